"""Standalone pages (`--format page`): an HTML5 document with the article, its charts as inline
SVG, and a source line, readable on screen and in print.

Charts are drawn by matplotlib's SVG backend, imported only when a chart is drawn (the optional
extra ``egovnews[charts]``); without it the page says so once and has no chart. The SVG is
deterministic (a fixed hash salt, no date), so the same input gives the same page. Every chart
has a title, axis labels and a text alternative in the article's language, from the template
``page_labels.j2``.

>>> from egovnews import load_records, write_article
>>> survey = load_records("examples/kazakhstan-2024.yaml")
>>> page = to_page(write_article(survey, "KAZ", 2024, lang="en"), survey)
>>> page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
True
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from .article import Article
from .countries import countries
from .lang import default_style
from .lang import lang as toolkit_for
from .lexicon.base import capitalize_first
from .model import Survey
from .render import Renderer
from .style import Style

#: The label frames of page_labels.j2.
PAGE_LABELS = (
    "rank_title", "rank_axis", "edition_axis", "components_title", "value_axis", "country", "region", "world",
    "members_title", "levels_title", "count_axis", "component_axis", "group_axis", "no_chart", "source",
)

_STYLESHEET = """
body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
figure { margin: 1.5rem 0; }
figure svg { width: 100%; height: auto; }
figcaption, .note, footer { font: 0.85rem/1.4 system-ui, sans-serif; color: #555; }
table { border-collapse: collapse; font: 0.9rem system-ui, sans-serif; margin: 1rem 0; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; }
th.num, td.num { text-align: right; }
@media print { body { font-size: 11pt; } main { max-width: none; } figure { break-inside: avoid; } }
""".strip()


@dataclass(frozen=True)
class Chart:
    """One chart: its kind (``line`` or ``bars``), title, axis labels, series and a text alternative."""

    kind: str
    title: str
    x_label: str
    y_label: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    alt: str
    inverted: bool = False
    #: The decimal mark of the article's language, for the value axis.
    decimal_mark: str = "."


def _labels(renderer: Renderer) -> dict[str, str]:
    return {key: renderer.label("page_labels", key) for key in PAGE_LABELS}


def _after_colon(label: str) -> str:
    """A label that follows "Name:" in a title: its first letter lower-cased, unless it starts
    an abbreviation (EGDI)."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _mean(values: list[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


def _finish(chart: Chart, toolkit: Any) -> Chart:
    """The chart's title and text alternative through the language's typography (no-break
    spaces before a French colon), and its decimal mark."""
    from dataclasses import replace

    mark = toolkit.decimal(Decimal("0.5"), 1)[1]
    return replace(chart, title=toolkit.typography(chart.title), alt=toolkit.typography(chart.alt), decimal_mark=mark)


def charts_for(article: Article, survey: Survey, renderer: Renderer) -> list[Chart]:
    """The charts a page shows: for a country, its EGDI rank over the editions loaded (a line,
    rank 1 at the top) and its three components against its region's and the world's averages
    (bars); for a roundup, its members' EGDI values, or for the world the count in each group."""
    labels = _labels(renderer)
    toolkit = renderer.toolkit
    year = article.edition
    if article.kind == "roundup":
        return [_finish(c, toolkit) for c in _roundup_charts(article, labels, renderer)]
    iso3 = article.country
    name = toolkit.country(iso3, toolkit.bare_form)
    found = []
    history = [(y, r.egdi.rank) for y in survey.years if (r := survey.find_record(iso3, y)) is not None and r.egdi and r.egdi.rank]
    history = [(y, rank) for y, rank in history if y <= year]
    if len(history) >= 2:
        found.append(
            Chart(
                kind="line", title=f"{name}: {_after_colon(labels['rank_title'])}", x_label=labels["edition_axis"], y_label=labels["rank_axis"],
                categories=tuple(str(y) for y, _ in history), series=((name, tuple(float(r) for _, r in history)),),
                alt=f"{name}: {_after_colon(labels['rank_title'])}. " + ", ".join(f"{y} {toolkit.ordinal(r)}" for y, r in history) + ".", inverted=True,
            )
        )
    record = survey.find_record(iso3, year)
    edition = survey.edition(year)
    region = countries().get(iso3).region
    rows = [("osi", "OSI"), ("hci", "HCI"), ("tii", "TII")]
    own = [record.score(i).value if record is not None and record.score(i) is not None else None for i, _ in rows]
    if record is not None and all(v is not None for v in own) and edition.complete:
        world = [_mean([s.value for r in edition.records.values() if (s := r.score(i)) is not None and s.value is not None]) for i, _ in rows]
        mates = [r for r in edition.records.values() if countries().get(r.iso3).region == region]
        regional = [_mean([s.value for r in mates if (s := r.score(i)) is not None and s.value is not None]) for i, _ in rows]
        if all(v is not None for v in (*world, *regional)):
            series = ((name, own), (labels["region"], regional), (labels["world"], world))
            found.append(
                Chart(
                    kind="bars", title=f"{name}: {_after_colon(labels['components_title'])}", x_label=labels["component_axis"], y_label=labels["value_axis"],
                    categories=tuple(short for _, short in rows),
                    series=tuple((label, tuple(float(v) for v in values)) for label, values in series),  # type: ignore[union-attr]
                    alt=f"{name}: {_after_colon(labels['components_title'])}. "
                    + "; ".join(
                        f"{short}: {name} {toolkit.decimal(own[k])}, {labels['region']} {toolkit.decimal(regional[k])}, {labels['world']} {toolkit.decimal(world[k])}"  # type: ignore[arg-type]
                        for k, (_, short) in enumerate(rows)
                    )
                    + ".",
                )
            )
    return [_finish(c, toolkit) for c in found]


def _roundup_charts(article: Article, labels: dict[str, str], renderer: Renderer) -> list[Chart]:
    toolkit = renderer.toolkit
    table = article.table
    if table is None:
        return []
    if article.country == "world":
        levels = article.facts.get("levels")
        if levels is None:
            return []
        # The table's short group names ("Very high"), which fit under a bar.
        names = [renderer.label("roundup_table", lv) for lv in ("very_high", "high", "middle", "low")]
        return [
            Chart(
                kind="bars", title=capitalize_first(labels["levels_title"]), x_label=labels["group_axis"], y_label=labels["count_axis"], categories=tuple(names),
                series=((labels["count_axis"], tuple(float(n) for n in levels.counts)),),
                alt=f"{capitalize_first(labels['levels_title'])}: " + ", ".join(f"{n} {c}" for n, c in zip(names, levels.counts)) + ".",
            )
        ]
    rows = [(d["name"], d["value"]) for d in table.data if d["value"] is not None]
    if not rows:
        return []
    return [
        Chart(
            kind="hbars", title=capitalize_first(labels["members_title"]), x_label=labels["value_axis"], y_label=labels["country"], categories=tuple(n for n, _ in rows),
            series=((labels["members_title"], tuple(float(v) for _, v in rows)),),
            alt=f"{capitalize_first(labels['members_title'])}: " + ", ".join(f"{n} {toolkit.decimal(Decimal(v))}" for n, v in rows) + ".",
        )
    ]


def svg(chart: Chart) -> str | None:
    """The chart as an inline ``<svg>`` element, or None when matplotlib is not installed."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter, MaxNLocator
    except ImportError:
        return None
    # Values with the article's decimal mark (0,2 in French and Russian); ranks as whole numbers.
    values_axis = FuncFormatter(lambda x, _: f"{x:.1f}".replace(".", chart.decimal_mark))
    # Text stays text (searchable, small); a fixed salt and no date make the SVG reproducible.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "egovnews", "font.size": 10}):
        tall = chart.kind == "hbars"
        figure = Figure(figsize=(7.2, max(2.8, 0.32 * len(chart.categories) + 1.0) if tall else 3.4))
        axes = figure.add_subplot()
        if chart.kind == "line":
            (label, values), = chart.series
            axes.plot(chart.categories, values, marker="o", color="#1f5fa8")
            for x, y in zip(chart.categories, values):
                axes.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(0, 7), ha="center")
            axes.yaxis.set_major_locator(MaxNLocator(integer=True))
            if chart.inverted:
                axes.invert_yaxis()  # rank 1 at the top
        elif chart.kind == "hbars":
            (label, values), = chart.series
            positions = range(len(chart.categories))
            axes.barh(list(positions), values, color="#1f5fa8")
            axes.set_yticks(list(positions), chart.categories)
            axes.invert_yaxis()
            axes.set_xlim(0, 1)
            axes.xaxis.set_major_formatter(values_axis)
        else:
            width = 0.8 / len(chart.series)
            colors = ("#1f5fa8", "#9bb7d4", "#c9c9c9")
            for k, (label, values) in enumerate(chart.series):
                axes.bar([i + k * width for i in range(len(chart.categories))], values, width, label=label, color=colors[k % 3])
            axes.set_xticks([i + width * (len(chart.series) - 1) / 2 for i in range(len(chart.categories))], chart.categories)
            if len(chart.series) > 1:
                # Values run to 1: the legend sits in a band above them, clear of the bars.
                axes.set_ylim(0, 1.18)
                axes.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
                axes.yaxis.set_major_formatter(values_axis)
                axes.legend(frameon=False, ncol=3, loc="upper left")
        axes.set_title(chart.title, loc="left")
        axes.set_xlabel(chart.x_label)
        axes.set_ylabel(chart.y_label)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    # The SVG's own title is the chart's, for screen readers; the figure caption repeats the data.
    return text.replace(">", f' role="img" aria-label="{escape(chart.alt)}">', 1)


def to_page(article: Article, survey: Survey | None = None, *, style: Style | None = None, templates: Any = None) -> str:
    """The article as a standalone HTML5 page, with its charts when ``survey`` is given.

    >>> from egovnews import load_records, write_roundup
    >>> survey = load_records("examples/kazakhstan-2024.yaml")
    >>> "<svg" in to_page(write_roundup(survey, "LLDC", 2024, lang="fr"), survey) or "egovnews[charts]" in to_page(write_roundup(survey, "LLDC", 2024, lang="fr"), survey)
    True
    """
    renderer = Renderer(article.lang, toolkit_for(article.lang, style or default_style()), user_templates=templates)
    labels = _labels(renderer)
    figures = []
    charts = charts_for(article, survey, renderer) if survey is not None else []
    drawn = [(chart, svg(chart)) for chart in charts]
    for chart, image in drawn:
        if image is not None:
            figures.append(f"<figure>\n{image}\n<figcaption>{escape(chart.alt)}</figcaption>\n</figure>")
    note = f'<p class="note">{escape(labels["no_chart"])}</p>' if charts and not figures else ""
    # The charts come before a roundup's table, which may run to 193 rows.
    from dataclasses import replace as replaced

    body = replaced(article, table=None).to_html()
    body = re.sub(r"^<article[^>]*>\n|</article>\n$", "", body)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(article.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(article.headline)}</title>",
        f"<style>\n{_STYLESHEET}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f'<article lang="{escape(article.lang)}">',
        body.rstrip("\n"),
        *figures,
        note,
        article.table.to_html() if article.table is not None else "",
        "</article>",
        f"<footer>{escape(labels['source'])}</footer>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
