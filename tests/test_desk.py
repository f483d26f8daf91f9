"""Issue 16: standalone pages (`--format page`), the format vocabulary, and the desk's handlers
(Starlette's test client; the browser tests are in test_desk_browser.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import html5lib
import pytest
from starlette.testclient import TestClient

from egovnews import load_records, write_article, write_roundup
from egovnews.cli import main
from egovnews.desk import create_app
from egovnews.page import to_page


def _parse(page: str):
    # html5lib's strict parser raises on any parse error of the HTML5 algorithm.
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def test_a_country_page_is_a_valid_html5_document_with_its_charts(un_survey) -> None:
    page = to_page(write_article(un_survey, "KAZ", 2024, lang="fr"), un_survey)
    tree = _parse(page)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    assert tree.find("head/meta").get("charset") == "utf-8" and tree.find("head/title").text.startswith("Administration en ligne")
    svgs = tree.findall(".//figure/{http://www.w3.org/2000/svg}svg")
    assert len(svgs) == 2 and all(s.get("role") == "img" and s.get("aria-label") for s in svgs)
    captions = [f.text for f in tree.findall(".//figcaption")]
    assert captions[0].startswith("Kazakhstan\xa0: rang mondial") and "2020 29e, 2022 28e, 2024 24e" in captions[0]
    assert "OSI" in captions[1] and "Moyenne mondiale" in captions[1]
    assert "Source" in tree.find(".//footer").text


def test_a_roundup_page_holds_its_chart_before_its_table(un_survey) -> None:
    page = to_page(write_roundup(un_survey, "CIS", 2024, lang="ru"), un_survey)
    _parse(page)
    assert page.index("<svg") < page.index("<table>")
    world = to_page(write_roundup(un_survey, "world", 2024, lang="en"), un_survey)
    assert "Countries in each EGDI group: Very high 76, High 62, Middle 44, Low 11." in world


def test_pages_are_the_same_for_the_same_input(un_survey) -> None:
    one = to_page(write_article(un_survey, "USA", 2024, lang="en"), un_survey)
    assert one == to_page(write_article(un_survey, "USA", 2024, lang="en"), un_survey)


def test_without_matplotlib_the_page_says_so_once_and_has_no_chart(un_survey, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = to_page(write_article(un_survey, "KAZ", 2024, lang="en"), un_survey)
    _parse(page)
    assert "<svg" not in page and page.count('egovnews[charts]') == 1


def test_write_and_roundup_take_format_page(un_paths, tmp_path: Path) -> None:
    out = tmp_path / "kaz.html"
    assert main(["write", "KAZ", "--format", "page", "--lang", "en", "--data", *map(str, un_paths), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    _parse(page)
    assert "<svg" in page


def test_show_and_facts_take_the_same_format_names_and_the_old_ones_with_a_warning(example_records, capsys) -> None:
    assert main(["show", "KAZ", "--format", "md", "--records", str(example_records)]) == 0
    assert capsys.readouterr().out.startswith("```text\nKazakhstan (KAZ)")
    assert main(["facts", "KAZ", "--format", "page", "--records", str(example_records)]) == 0
    _parse(capsys.readouterr().out)
    assert main(["show", "KAZ", "--format", "text", "--records", str(example_records)]) == 0
    assert "--format text is deprecated; use --format txt" in capsys.readouterr().err
    assert main(["facts", "KAZ", "--format", "table", "--records", str(example_records)]) == 0
    assert "--format table is deprecated" in capsys.readouterr().err


# -- the desk's handlers ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(un_survey) -> TestClient:
    return TestClient(create_app(un_survey))


def test_the_desk_page_and_its_assets_are_served_by_the_app(client) -> None:
    for path in ("/", "/article/KAZ/2024", "/roundup/cis/2024"):
        page = client.get(path)
        assert page.status_code == 200 and "<title>egovnews desk</title>" in page.text
        _parse(page.text)
    assert "text/javascript" in client.get("/assets/desk.js").headers["content-type"]
    assert client.get("/assets/../cli.py").status_code == 404
    # No request leaves the app: every URL the page and its script name is relative.
    script = client.get("/assets/desk.js").text + client.get("/").text
    assert "http://" not in script and "https://" not in script


def test_meta_lists_the_editions_countries_and_scopes(client) -> None:
    meta = client.get("/api/meta").json()
    assert meta["editions"] == [2020, 2022, 2024] and len(meta["countries"]) == 193 and len(meta["scopes"]) == 32
    kaz = next(c for c in meta["countries"] if c["iso3"] == "KAZ")
    assert kaz == {"iso3": "KAZ", "names": {"fr": "Kazakhstan", "en": "Kazakhstan", "ru": "Казахстан"}, "rank": 24}


def test_render_gives_the_three_languages_with_facts_and_charts(client) -> None:
    data = client.post("/api/render", json={"kind": "country", "key": "KAZ", "edition": 2024}).json()["articles"]
    assert set(data) == {"fr", "en", "ru"}
    en = data["en"]["article"]
    assert en["headline"]["facts"] and en["facts"]["standing"]["provenance"][0]["source"].endswith("EGOV_DATA_2024_MaryliaCruzS.csv:9")
    assert len(data["en"]["charts"]) == 2 and data["en"]["charts"][0]["svg"].startswith("<svg")
    roundup = client.post("/api/render", json={"kind": "roundup", "key": "subregion-central-asia", "edition": 2024}).json()["articles"]
    assert roundup["ru"]["table_html"].startswith("<table>")


def test_render_applies_the_seed_length_context_and_house_style(client) -> None:
    base = {"kind": "country", "key": "KAZ", "edition": 2024}
    texts = {client.post("/api/render", json={**base, "seed": n}).json()["articles"]["fr"]["article"]["text"] for n in range(4)}
    assert len(texts) > 1
    brief = client.post("/api/render", json={**base, "length": "brief"}).json()["articles"]["en"]["article"]["text"]
    full = client.post("/api/render", json={**base, "length": "full"}).json()["articles"]["en"]["article"]["text"]
    assert len(brief) < len(full)
    context = client.post("/api/render", json={**base, "context": "An editor's own line."}).json()["articles"]["en"]["article"]
    assert context["closing"]["context"] is True and context["closing"]["sentences"][0]["facts"] == []
    styled = client.post("/api/render", json={**base, "style": 'ordinal_style = "eme"\n'}).json()["articles"]["fr"]["article"]["text"]
    assert "24ème" in styled


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"kind": "country", "key": "XYZ"}, "unknown country 'XYZ'"),
        ({"kind": "country", "key": "KAZ", "edition": 2018}, "no data for the 2018 edition"),
        ({"kind": "country", "key": "KAZ", "seed": "x"}, "seed must be a whole number"),
        ({"kind": "nation", "key": "KAZ"}, "unknown kind 'nation'"),
        ({"kind": "roundup", "key": "atlantis"}, "unknown scope 'atlantis'"),
        ({"kind": "country", "key": "KAZ", "length": "epic"}, "unknown length 'epic'"),
        ({"kind": "country", "key": "KAZ", "style": "ordinal_style = "}, "the uploaded house style"),
        ({"kind": "country", "key": "KAZ", "style": 'colour = "red"\n'}, "colour"),
    ],
)
def test_bad_input_gets_one_message_and_no_stack_trace(client, body, message) -> None:
    response = client.post("/api/render", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert message in error and "Traceback" not in error and "/tmp/" not in error


def test_a_request_that_is_not_json_is_refused_with_a_message(client) -> None:
    response = client.post("/api/render", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["error"].startswith("the request is not JSON")


def test_downloads_in_each_format(client) -> None:
    txt = client.get("/download/country/KAZ/2024/en.txt?seed=&length=standard")
    assert txt.status_code == 200 and txt.text.startswith("E-government: Kazakhstan") and 'filename="KAZ-2024-en.txt"' in txt.headers["content-disposition"]
    page = client.get("/download/roundup/cis/2024/fr.page")
    _parse(page.text)
    assert json.loads(client.get("/download/country/KAZ/2024/ru.json").text)["lang"] == "ru"
    assert client.get("/download/country/KAZ/2024/en.pdf").json()["error"].startswith("unknown format 'pdf'")


def test_the_desk_from_a_records_file(example_records) -> None:
    client = TestClient(create_app(load_records(example_records)))
    assert client.get("/api/meta").json()["editions"] == [2022, 2024]
    data = client.post("/api/render", json={"kind": "country", "key": "KAZ", "edition": 2024}).json()
    assert "Kazakhstan" in data["articles"]["en"]["article"]["headline"]["text"]


def test_batch_writes_pages_that_open_in_a_browser(un_paths, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    assert main(["batch", "--lang", "ru", "--countries", "KAZ", "--roundups", "--format", "page", "--quiet", "--data", *map(str, un_paths), "--out", str(out)]) == 0
    page = (out / "KAZ-2024-ru.page.html").read_text(encoding="utf-8")
    _parse(page)
    assert "<svg" in page and (out / "roundup-cis-2024-ru.page.html").is_file()
