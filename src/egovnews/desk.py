"""The editor's desk: a local web app (`egovnews serve`) to read an article or a roundup in the
three languages side by side, see what each sentence rests on, and try a seed, a length, a
house style or a context paragraph.

Built on Starlette (an ASGI toolkit: small, typed, with a test client, and served by uvicorn),
installed with the optional extra ``egovnews[desk]``. The page, its script and its stylesheet are
served by the app itself: the desk makes no request outside it. Every error reaches the page as
one message (``{"error": "…"}`` with status 400 or 404), never a stack trace; an uploaded house
style is read from a temporary folder, the only place the app writes.

>>> from egovnews import load_records
>>> app = create_app(load_records("examples/kazakhstan-2024.yaml"))
>>> sorted(route.path for route in app.routes)[:3]
['/', '/api/meta', '/api/render']
"""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from .countries import countries
from .errors import EgovError
from .lang import LANGUAGES
from .lang import lang as toolkit_for
from .model import Survey
from .style import Style

#: The formats a download takes.
DOWNLOADS = ("txt", "md", "page", "json")
#: How large a house style or context the desk takes.
MAX_TEXT = 100_000


def _asset(name: str) -> bytes:
    return (resources.files("egovnews") / "desk_assets" / name).read_bytes()


def _meta(survey: Survey) -> dict[str, Any]:
    from .roundup_facts import all_scopes, scope_entity, scope_slug

    toolkits = {code: toolkit_for(code) for code in LANGUAGES}
    latest = survey.years[-1] if survey.years else None
    people = []
    for c in countries():
        record = survey.find_record(c.iso3, latest) if latest is not None else None
        people.append({"iso3": c.iso3, "names": {k: t.country(c.iso3, t.bare_form) for k, t in toolkits.items()}, "rank": record.egdi.rank if record and record.egdi else None})
    scopes = []
    for scope in all_scopes():
        entity = scope_entity(scope)
        names = {k: (t.name(entity, t.bare_form) if entity else {"fr": "monde", "en": "world", "ru": "мир"}[k]) for k, t in toolkits.items()}
        scopes.append({"key": scope, "slug": scope_slug(scope), "names": names})
    return {"editions": list(survey.years), "languages": list(LANGUAGES), "countries": people, "scopes": scopes}


def _scope_of(slug: str) -> str:
    from .roundup_facts import all_scopes, scope_key, scope_slug

    found = next((s for s in all_scopes() if scope_slug(s) == slug), None)
    return found if found is not None else scope_key(slug)


def _style(text: str | None, length: str | None) -> Style:
    style = Style()
    if text:
        if len(text) > MAX_TEXT:
            raise EgovError(f"the house style is over {MAX_TEXT:,} characters")
        with tempfile.TemporaryDirectory(prefix="egovnews-desk-") as folder:
            path = Path(folder) / "house-style.toml"
            path.write_text(text, encoding="utf-8")
            try:
                style = Style.from_toml(path)
            except EgovError as error:
                raise EgovError(str(error).replace(str(path), "the uploaded house style")) from None
    if length:
        if length not in ("brief", "standard", "full"):
            raise EgovError(f"unknown length {length!r}; expected brief, standard or full")
        style = style.model_copy(update={"length": length})
    return style


def _write(survey: Survey, kind: str, key: str, edition: int, lang: str, style: Style, seed: int | None, context: str | None) -> Any:
    from .roundup import write_roundup
    from .write import write_article

    if kind == "country":
        return write_article(survey, key, edition, lang=lang, style=style, seed=seed, context=context or None)
    if kind == "roundup":
        return write_roundup(survey, _scope_of(key), edition, lang=lang, style=style, seed=seed)
    raise EgovError(f"unknown kind {kind!r}; expected country or roundup")


def _rendered(survey: Survey, article: Any, style: Style) -> dict[str, Any]:
    from .page import charts_for, svg
    from .render import Renderer

    renderer = Renderer(article.lang, toolkit_for(article.lang, style))
    charts = [{"svg": image, "alt": chart.alt} for chart in charts_for(article, survey, renderer) if (image := svg(chart)) is not None]
    return {"article": article.to_dict(), "charts": charts, "table_html": article.table.to_html() if article.table is not None else None}


def _int(value: Any, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise EgovError(f"{name} must be a whole number, not {value!r}") from None


def create_app(survey: Survey) -> Any:
    """The desk as an ASGI app over ``survey`` (run it with uvicorn, or test it with Starlette's
    TestClient)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    meta = _meta(survey)

    def error(message: str, status: int = 400) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    async def index(request: Request) -> Response:
        return Response(_asset("index.html"), media_type="text/html; charset=utf-8")

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        types = {"desk.js": "text/javascript; charset=utf-8", "desk.css": "text/css; charset=utf-8"}
        if name not in types:
            return error(f"no asset {name!r}", 404)
        return Response(_asset(name), media_type=types[name])

    async def api_meta(request: Request) -> Response:
        return JSONResponse(meta)

    async def api_render(request: Request) -> Response:
        try:
            body = json.loads(await request.body() or b"{}")
            if not isinstance(body, dict):
                raise EgovError("the request must be a JSON object")
            context = body.get("context") or None
            if context is not None and (not isinstance(context, str) or len(context) > MAX_TEXT):
                raise EgovError(f"the context must be text of at most {MAX_TEXT:,} characters")
            style = _style(body.get("style"), body.get("length"))
            edition = _int(body.get("edition"), "edition") or survey.years[-1]
            seed = _int(body.get("seed"), "seed")
            articles = {}
            for lang in LANGUAGES:
                article = _write(survey, str(body.get("kind", "country")), str(body.get("key", "")), edition, lang, style, seed, context)
                articles[lang] = _rendered(survey, article, style)
        except json.JSONDecodeError as exc:
            return error(f"the request is not JSON: {exc.msg}")
        except EgovError as exc:
            return error(str(exc))
        return JSONResponse({"articles": articles})

    async def download(request: Request) -> Response:
        from .page import to_page

        p = request.path_params
        fmt = p["fmt"]
        try:
            if fmt not in DOWNLOADS:
                raise EgovError(f"unknown format {fmt!r}; expected {', '.join(DOWNLOADS)}")
            if p["lang"] not in LANGUAGES:
                raise EgovError(f"unknown language {p['lang']!r}")
            style = _style(None, request.query_params.get("length"))
            seed = _int(request.query_params.get("seed"), "seed")
            article = _write(survey, p["kind"], p["key"], _int(p["edition"], "edition") or 0, p["lang"], style, seed, None)
        except EgovError as exc:
            return error(str(exc))
        text = to_page(article, survey, style=style) if fmt == "page" else article.render(fmt)
        types = {"txt": "text/plain", "md": "text/markdown", "page": "text/html", "json": "application/json"}
        name = f"{p['key']}-{p['edition']}-{p['lang']}.{'html' if fmt == 'page' else fmt}"
        return Response(text, media_type=f"{types[fmt]}; charset=utf-8", headers={"Content-Disposition": f'attachment; filename="{name}"'})

    routes = [
        Route("/", index),
        Route("/article/{key}/{edition}", index),
        Route("/roundup/{key}/{edition}", index),
        Route("/assets/{name}", asset),
        Route("/api/meta", api_meta),
        Route("/api/render", api_render, methods=["POST"]),
        Route("/download/{kind}/{key}/{edition}/{lang}.{fmt}", download),
    ]
    return Starlette(routes=routes)


def serve(survey: Survey, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the desk until interrupted."""
    import uvicorn

    uvicorn.run(create_app(survey), host=host, port=port, log_level="warning")
