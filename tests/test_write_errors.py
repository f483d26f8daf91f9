"""The write and batch commands, user templates and the sandbox, and every error they report."""

from __future__ import annotations

from pathlib import Path

import pytest

from egovnews import EgovError, UnknownCountryError, UnknownEditionError, load_records, write_article
from egovnews.cli import main
from egovnews.render import TemplateError


@pytest.fixture()
def survey(example_records):
    return load_records(example_records)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_write_prints_the_article_in_each_format(capsys, example_records) -> None:
    for fmt, start in (("txt", ""), ("md", "# "), ("html", '<article lang="fr">'), ("json", "{")):
        code, out, err = _run(capsys, "write", "KAZ", "--edition", "2024", "--records", str(example_records), "--format", fmt)
        assert code == 0 and err == "" and out.startswith(start), (fmt, out[:80])
        if fmt == "txt":  # the headline comes first, and names the country
            assert "Kazakhstan" in out.splitlines()[0], out[:80]


def test_write_to_a_file_and_house_style(capsys, tmp_path, example_records) -> None:
    style = tmp_path / "house.toml"
    style.write_text('ordinal_style = "eme"\n', encoding="utf-8")
    out_file = tmp_path / "kaz.txt"
    code, out, _ = _run(capsys, "write", "KAZ", "--records", str(example_records), "--style", str(style), "--out", str(out_file))
    assert code == 0 and out == ""
    assert "24ème" in out_file.read_text(encoding="utf-8")
    assert {p.name for p in tmp_path.iterdir()} == {"house.toml", "kaz.txt"}


def test_batch_writes_579_articles(capsys, tmp_path, un_paths) -> None:
    code, _, err = _run(capsys, "batch", "--edition", "2024", "--lang", "fr,en,ru", "--data", *map(str, un_paths), "--out", str(tmp_path))
    assert code == 0, err
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 579 and "KAZ-2024-ru.txt" in files
    assert "579 articles written" in err and "0 failed" in err


def test_batch_reports_a_failing_country_and_writes_the_rest(capsys, tmp_path, example_records) -> None:
    # The example records hold a few countries only: asking for one more fails for it alone.
    code, _, err = _run(capsys, "batch", "--records", str(example_records), "--countries", "KAZ,FRA,NER", "--lang", "en", "--out", str(tmp_path))
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["FRA-2024-en.txt", "KAZ-2024-en.txt"]
    assert "NER en:" in err and "2 articles written" in err and "1 failed" in err


def test_unknown_country(capsys, survey, example_records, tmp_path) -> None:
    with pytest.raises(UnknownCountryError):
        write_article(survey, "XYZ", 2024)
    out_file = tmp_path / "x.txt"
    code, out, err = _run(capsys, "write", "XYZ", "--records", str(example_records), "--out", str(out_file))
    assert code == 1 and out == "" and err.startswith("egovnews: error:") and "XYZ" in err
    assert not out_file.exists()


def test_edition_without_data(capsys, survey, example_records, tmp_path) -> None:
    with pytest.raises(UnknownEditionError, match="2018"):
        write_article(survey, "KAZ", 2018)
    code, _, err = _run(capsys, "write", "KAZ", "--edition", "2018", "--records", str(example_records), "--out", str(tmp_path / "x.txt"))
    assert code == 1 and "2018" in err and "2022, 2024" in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_language(capsys, survey, example_records) -> None:
    with pytest.raises(EgovError, match="unknown language 'de'"):
        write_article(survey, "KAZ", 2024, lang="de")
    code, _, err = _run(capsys, "write", "KAZ", "--lang", "fr,en", "--records", str(example_records))
    assert code == 1 and "one language" in err


def _user_templates(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_user_template_overrides_the_default_by_name(survey, tmp_path) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "{{ country(f.country, capital=True) }}, {{ ordinal(f.rank) }} in {{ f.edition }}")
    article = write_article(survey, "KAZ", 2024, lang="en", templates=folder)
    assert article.headline == "Kazakhstan, 24th in 2024"
    assert article.lead.text == write_article(survey, "KAZ", 2024, lang="en").lead.text


def test_user_template_syntax_error_names_file_and_line(capsys, survey, example_records, tmp_path) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "{{ country(f.country) }}\n{% if f.rank %}\nno end")
    with pytest.raises(TemplateError, match=r"mine/headline\.j2:3: template syntax error"):
        write_article(survey, "KAZ", 2024, lang="en", templates=folder)
    out_file = tmp_path / "a.txt"
    code, _, err = _run(capsys, "write", "KAZ", "--lang", "en", "--records", str(example_records), "--templates", str(folder), "--out", str(out_file))
    assert code == 1 and "headline.j2:3" in err and err.count("\n") == 1
    assert not out_file.exists() and not list(tmp_path.glob(".a.txt.*"))


def test_user_template_with_an_undefined_variable(survey, tmp_path) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "{{ country(f.country) }}\n{{ no_such_thing }}")
    with pytest.raises(TemplateError, match=r"headline\.j2:2: undefined variable: 'no_such_thing' is undefined"):
        write_article(survey, "KAZ", 2024, lang="fr", templates=folder)


@pytest.mark.parametrize(
    ("body", "error"),
    [("{{ 1 / 0 }}", "ZeroDivisionError"), ("{{ country('XYZ') }}", "KeyError: \"no English name for entity 'XYZ'"), ("{{ ordinal(-3) }}", "ValueError")],
)
def test_a_user_template_that_fails_at_run_time_fails_one_country_of_a_batch(capsys, example_records, tmp_path, body, error) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "{{ country(f.country) }}\n" + body)
    out = tmp_path / "out"
    code, _, err = _run(capsys, "batch", "--records", str(example_records), "--countries", "KAZ,FRA", "--lang", "en", "--templates", str(folder), "--out", str(out))
    assert code == 1 and "Traceback" not in err
    assert f"KAZ en: {folder}/headline.j2:2: {error}" in err and "FRA en:" in err
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize(
    "escape",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ f.__class__.__init__.__globals__ }}",
        "{{ country.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
    ],
)
def test_sandbox_refuses_escapes(capsys, survey, example_records, tmp_path, escape) -> None:
    folder = _user_templates(tmp_path, "headline.j2", escape)
    with pytest.raises(TemplateError, match=r"headline\.j2:1: (refused by the sandbox|undefined variable)"):
        write_article(survey, "KAZ", 2024, lang="en", templates=folder)
    out_file = tmp_path / "a.html"
    code, _, err = _run(capsys, "write", "KAZ", "--records", str(example_records), "--templates", str(folder), "--format", "html", "--out", str(out_file))
    assert code == 1 and err.startswith("egovnews: error:") and not out_file.exists()


def test_user_templates_cannot_read_files(survey, tmp_path) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "{% include '../../../../../../etc/passwd' %}")
    with pytest.raises(TemplateError, match="etc/passwd"):
        write_article(survey, "KAZ", 2024, lang="en", templates=folder)


def test_html_escapes_context_and_user_template_output(survey, tmp_path) -> None:
    folder = _user_templates(tmp_path, "headline.j2", "<b>{{ country(f.country) }}</b> & co")
    article = write_article(survey, "KAZ", 2024, lang="en", templates=folder, context="Editors say <script>alert(1)</script> & more.")
    html = article.to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<h1>&lt;b&gt;Kazakhstan&lt;/b&gt; &amp; co</h1>" in html
    assert article.text.rstrip().endswith("Editors say <script>alert(1)</script> & more.")


def test_context_file_closes_the_article(capsys, tmp_path, example_records) -> None:
    context = tmp_path / "context.txt"
    context.write_text("Le gouvernement prépare une nouvelle stratégie numérique.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "write", "KAZ", "--records", str(example_records), "--context", str(context))
    assert code == 0 and out.rstrip().endswith("Le gouvernement prépare une nouvelle stratégie numérique.")
    code, _, err = _run(capsys, "write", "KAZ", "--records", str(example_records), "--context", str(tmp_path / "none.txt"))
    assert code == 1 and "none.txt" in err


def test_json_output_carries_facts_and_provenance(survey) -> None:
    data = write_article(survey, "KAZ", 2024, lang="ru").to_dict()
    lead_facts = data["lead"]["sentences"][0]["facts"]
    assert lead_facts == ["standing", "change"]
    assert data["facts"]["standing"]["provenance"] and data["facts"]["standing"]["rank"] == 24


def test_written_files_get_the_permissions_of_a_plain_open(tmp_path) -> None:
    import os

    from egovnews import write_atomically

    mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "a.txt", "text\n")
        (tmp_path / "b.txt").write_text("text\n")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == (tmp_path / "b.txt").stat().st_mode & 0o777 == 0o644
