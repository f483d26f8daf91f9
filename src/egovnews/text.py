"""Text that comes from a user (an editor's context, a records file): checked once, at the
boundary, so that nothing downstream meets a lone surrogate or a terminal escape, and
escaped for Markdown where it is not ours."""

from __future__ import annotations

import re
import unicodedata

#: Control characters a paragraph of prose may hold.
_ALLOWED_CONTROLS = frozenset("\n\t\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def unsafe_character(text: str) -> str | None:
    """A description of the first character no output can hold as is (a lone surrogate, which
    UTF-8 cannot encode; a control character such as ESC or BEL, which a terminal obeys), or None.

    >>> unsafe_character("Le Kazakhstan."), unsafe_character("a\\x1b[31m"), unsafe_character("\\ud800")
    (None, 'a control character (U+001B) at position 2', 'a lone surrogate (U+D800) at position 1')
    """
    for position, char in enumerate(text, start=1):
        category = unicodedata.category(char)
        if category == "Cs":
            return f"a lone surrogate (U+{ord(char):04X}) at position {position}"
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            return f"a control character (U+{ord(char):04X}) at position {position}"
    return None


def escape_markdown(text: str) -> str:
    r"""``text`` with every character Markdown (or the HTML it may carry) would read as markup
    escaped by a backslash: an editor's ``# heading``, ``<script>`` or ``[x](javascript:…)``
    stays text.

    >>> escape_markdown("# 1. <b>[x](y)</b>")
    '\\# 1\\. \\<b\\>\\[x\\]\\(y\\)\\</b\\>'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


_CELL_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def escape_table_cell(text: str) -> str:
    r"""``text`` for a Markdown table cell: the pipe that would end the cell and the characters
    that start emphasis, code, links or HTML escaped; digits, signs and dots stay as they are
    (a cell cannot start a list or a heading).

    >>> escape_table_cell("+4 | 0.9009 *x* <b>")
    '+4 \\| 0.9009 \\*x\\* \\<b\\>'
    """
    return _CELL_SPECIAL.sub(r"\\\1", text)
