"""The Article result and its writers: plain text, Markdown, HTML and JSON-ready data.

Every sentence keeps the ids of the facts it states, so ``to_dict()`` can show an editor
why each sentence is true. HTML output escapes every piece of text, the editor's context
included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from .facts import fact_to_dict
from .text import escape_markdown, escape_table_cell


@dataclass(frozen=True)
class Sentence:
    """One rendered sentence and the facts it states."""

    text: str
    facts: tuple[str, ...] = ()
    template: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: sentences joined by a space. A context paragraph states no fact of ours."""

    sentences: tuple[Sentence, ...]
    context: bool = False

    @property
    def text(self) -> str:
        """The paragraph as one line of text."""
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Section:
    """A subheading and its paragraphs."""

    heading: Sentence
    paragraphs: tuple[Paragraph, ...]
    kind: str = ""


def in_reading_order(headline: Any, lead: Any, body: Any, sections: Any, footer: Any) -> list[Any]:
    """The sentences of an article or of its plan in reading order: the headline, the lead,
    the untitled paragraphs, each subheading and its paragraphs, the footer. Both shapes have
    ``sentences`` on paragraphs and ``heading`` and ``paragraphs`` on sections.

    >>> in_reading_order("H", Paragraph((Sentence("L."),)), (), (), None)
    ['H', Sentence(text='L.', facts=(), template=None)]
    """
    found = [headline, *lead.sentences, *(s for p in body for s in p.sentences)]
    for section in sections:
        found.append(section.heading)
        found += [s for p in section.paragraphs for s in p.sentences]
    if footer is not None:
        found += footer.sentences
    return found


@dataclass(frozen=True)
class Table:
    """A ranking table: localized column headings and cells, each column's alignment (``l``
    or ``r``), and the rows as data for JSON.

    >>> t = Table(columns=("Rank", "Country"), rows=(("1", "Denmark"),), align=("r", "l"), data=({"country": "DNK"},))
    >>> print(t.to_text())
    Rank  Country
    ----  -------
       1  Denmark
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]
    data: tuple[dict[str, Any], ...] = ()

    def _widths(self) -> list[int]:
        return [max(len(cell) for cell in column) for column in zip(self.columns, *self.rows)]

    def to_text(self) -> str:
        """The table aligned in plain text, a rule under the headings."""
        widths = self._widths()

        def line(cells: tuple[str, ...]) -> str:
            parts = [c.rjust(w) if a == "r" else c.ljust(w) for c, w, a in zip(cells, widths, self.align)]
            return "  ".join(parts).rstrip()

        return "\n".join([line(self.columns), "  ".join("-" * w for w in widths), *(line(r) for r in self.rows)])

    def to_markdown(self) -> str:
        """A Markdown (GFM) table, each cell's text escaped."""

        def line(cells: tuple[str, ...]) -> str:
            return "| " + " | ".join(escape_table_cell(c) for c in cells) + " |"

        rule = "|" + "|".join("---:" if a == "r" else ":---" for a in self.align) + "|"
        return "\n".join([line(self.columns), rule, *(line(r) for r in self.rows)])

    def to_html(self) -> str:
        """An HTML ``<table>``, every text escaped."""
        def cell(tag: str, text: str, align: str) -> str:
            style = ' class="num"' if align == "r" else ""
            return f"<{tag}{style}>{escape(text)}</{tag}>"

        head = "<tr>" + "".join(cell("th", c, a) for c, a in zip(self.columns, self.align)) + "</tr>"
        body = ["<tr>" + "".join(cell("td", c, a) for c, a in zip(r, self.align)) + "</tr>" for r in self.rows]
        return "\n".join(["<table>", f"<thead>{head}</thead>", "<tbody>", *body, "</tbody>", "</table>"])


@dataclass(frozen=True)
class Article:
    r"""A written article.

    >>> a = Article(country="KAZ", edition=2024, lang="en", headline_sentence=Sentence("Kazakhstan 24th"),
    ...             lead=Paragraph((Sentence("Kazakhstan ranks 24th.", ("standing",)),)), sections=())
    >>> a.text
    'Kazakhstan 24th\n\nKazakhstan ranks 24th.\n'
    """

    country: str
    edition: int
    lang: str
    headline_sentence: Sentence
    lead: Paragraph
    sections: tuple[Section, ...]
    facts: dict[str, Any] = field(default_factory=dict)
    #: The editor's context paragraph, which closes the article; it states no fact of ours.
    closing: Paragraph | None = None
    #: Untitled paragraphs between the lead and the first subheading.
    body: tuple[Paragraph, ...] = ()
    #: The untitled paragraph after the sections: the source.
    footer: Paragraph | None = None
    #: The story the headline tells, as the plan named it (``plan.ANGLES``): ``index_first``…
    angle: str = ""
    #: ``country`` for a country's article, ``roundup`` for a scope's (``country`` is then the scope).
    kind: str = "country"
    #: A roundup's ranking table, after the text.
    table: Table | None = None

    @property
    def headline(self) -> str:
        """The headline's text."""
        return self.headline_sentence.text

    def sentences(self) -> list[Sentence]:
        """Every sentence in reading order, the headline and subheadings included.

        >>> a = Article(country="KAZ", edition=2024, lang="en", headline_sentence=Sentence("Kazakhstan 24th"),
        ...             lead=Paragraph((Sentence("It ranks 24th.", ("standing",)),)), sections=())
        >>> [s.text for s in a.sentences()]
        ['Kazakhstan 24th', 'It ranks 24th.']
        """
        return in_reading_order(self.headline_sentence, self.lead, self.body, self.sections, self.footer)

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph after the headline, in order."""
        found = [self.lead, *self.body]
        for section in self.sections:
            found.extend(section.paragraphs)
        if self.footer is not None:
            found.append(self.footer)
        if self.closing is not None:
            found.append(self.closing)
        return found

    @property
    def text(self) -> str:
        """Plain text: headline, lead, then each subheading and its paragraphs, blank-line separated."""
        blocks = [self.headline, self.lead.text, *(p.text for p in self.body)]
        for section in self.sections:
            blocks.append(section.heading.text)
            blocks.extend(p.text for p in section.paragraphs)
        blocks.extend(p.text for p in self._closing())
        if self.table is not None:
            blocks.append(self.table.to_text())
        return "\n\n".join(blocks) + "\n"

    def _closing(self) -> list[Paragraph]:
        return [p for p in (self.footer, self.closing) if p is not None]

    def to_markdown(self, level: int = 1) -> str:
        """Markdown: the headline as a heading of ``level`` (1 by default), subheadings one
        level below, so that an article can sit inside a larger document.

        >>> a = Article(country="KAZ", edition=2024, lang="en", headline_sentence=Sentence("Kazakhstan 24th"),
        ...             lead=Paragraph((Sentence("It ranks 24th."),)), sections=())
        >>> a.to_markdown(level=3)
        '### Kazakhstan 24th\\n\\nIt ranks 24th.\\n'
        """
        if not 1 <= level <= 5:
            raise ValueError(f"a Markdown heading level for the headline is 1 to 5, got {level}")
        blocks = [f"{'#' * level} {self.headline}", self.lead.text, *(p.text for p in self.body)]
        for section in self.sections:
            blocks.append(f"{'#' * (level + 1)} {section.heading.text}")
            blocks.extend(p.text for p in section.paragraphs)
        # An editor's context is not ours: its "#", "<script>" or "[x](javascript:…)" stay text.
        blocks.extend(escape_markdown(p.text) if p.context else p.text for p in self._closing())
        if self.table is not None:
            blocks.append(self.table.to_markdown())
        return "\n\n".join(blocks) + "\n"

    def to_html(self) -> str:
        """An HTML fragment (an ``<article>``), every text escaped."""
        lines = [f'<article lang="{escape(self.lang)}">', f"<h1>{escape(self.headline)}</h1>", f"<p>{escape(self.lead.text)}</p>"]
        lines.extend(f"<p>{escape(p.text)}</p>" for p in self.body)
        for section in self.sections:
            lines.append(f"<h2>{escape(section.heading.text)}</h2>")
            lines.extend(f"<p>{escape(p.text)}</p>" for p in section.paragraphs)
        lines.extend(f"<p>{escape(p.text)}</p>" for p in self._closing())
        if self.table is not None:
            lines.append(self.table.to_html())
        lines.append("</article>")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """The text, and for each sentence the facts (with provenance) it rests on."""

        def sentence(s: Sentence) -> dict[str, Any]:
            return {"text": s.text, "template": s.template, "facts": list(s.facts)}

        def paragraph(p: Paragraph) -> dict[str, Any]:
            return {"context": p.context, "sentences": [sentence(s) for s in p.sentences]}

        return {
            "kind": self.kind,
            # A roundup's subject is its scope (``subregion:Central Asia``); kept under both keys.
            **({"scope": self.country} if self.kind == "roundup" else {}),
            "country": self.country,
            "edition": self.edition,
            "lang": self.lang,
            "angle": self.angle,
            "headline": sentence(self.headline_sentence),
            "lead": paragraph(self.lead),
            "body": [paragraph(p) for p in self.body],
            "sections": [
                {"kind": s.kind, "heading": sentence(s.heading), "paragraphs": [paragraph(p) for p in s.paragraphs]}
                for s in self.sections
            ],
            "footer": None if self.footer is None else paragraph(self.footer),
            "closing": None if self.closing is None else paragraph(self.closing),
            "table": None if self.table is None else {"columns": list(self.table.columns), "rows": [dict(r) for r in self.table.data]},
            "text": self.text,
            "facts": {fid: fact_to_dict(f) for fid, f in self.facts.items()},
        }

    def render(self, fmt: str) -> str:
        """The article in one of the formats ``txt``, ``md``, ``html``, ``json``."""
        if fmt == "txt":
            return self.text
        if fmt == "md":
            return self.to_markdown()
        if fmt == "html":
            return self.to_html()
        if fmt == "json":
            import json

            return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        raise ValueError(f"unknown format {fmt!r}; expected txt, md, html or json")
