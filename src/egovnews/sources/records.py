"""Reader for hand-written records: a few countries and fields, typed from a press release.

The format (YAML, or the same structure in JSON)::

    editions:
      - year: 2024
        countries:
          KAZ:                       # ISO3, ISO2 or a known name
            egdi: {value: 0.90093, rank: 24}
            osi: {rank: 10}          # a value, a rank, or both
            tii: 0.92353             # a bare number is a value
            groups:
              LLDC: {rank: 1, of: 32}
            context: Free text an editor wants in the article.

A survey built from records knows it is partial: nothing is ranked that the records do not
rank, and no group standing is claimed that they do not state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..files import read_limited
from ..text import unsafe_character
from ..countries import GROUPS, UnknownCountryError, countries
from ..errors import DataError
from ..model import INDICES, CountryRecord, Edition, GroupStanding, IndexScore, SourceRef, Survey
from ._values import parse_index_value, parse_rank, parse_year

_STATED_GROUPS = (*GROUPS, "region", "subregion")
_COUNTRY_FIELDS = (*INDICES, "groups", "context")
#: What a group's members are called, for messages.
_GROUP_MEMBERS = {
    "LDC": "least developed countries",
    "SIDS": "small island developing States",
    "LLDC": "landlocked developing countries",
    "CIS": "members of the Commonwealth of Independent States",
}


@dataclass(frozen=True)
class _Node:
    """A parsed value with the line it starts on (1-based)."""

    value: Any
    line: int


# A records file nests about six levels deep; far deeper would exhaust Python's recursion
# limit in the composer and in _located (a RecursionError rather than a message).
_MAX_DEPTH = 50


class _Loader(yaml.SafeLoader):
    """SafeLoader's composer, refusing what a records file never needs and could not survive.

    Aliases (``*name``) are refused: one that points into its own anchor (``&a [*a]``) makes
    a cycle that _located would follow forever, and nested ones can expand exponentially.
    Nesting deeper than _MAX_DEPTH is refused too. Both become a located "malformed YAML".
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, f"aliases such as *{event.anchor} are not supported; write the value out", event.start_mark
            )
        if self.depth >= _MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {_MAX_DEPTH} levels deep", event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _located(node: yaml.Node, path: Path) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, tuple[_Node, _Node]] = {}
        for key_node, value_node in node.value:
            key = _located(key_node, path)
            if not isinstance(key.value, (str, int)):
                raise DataError("a key must be a plain word or number", file=path, line=key.line)
            name = str(key.value)
            if name in mapping:
                raise DataError(
                    f"duplicate key {name!r} (first at line {mapping[name][0].line})", file=path, line=key.line, field=name
                )
            mapping[name] = (key, _located(value_node, path))
        return _Node(mapping, line)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_located(item, path) for item in node.value], line)
    # Scalars are kept as text, so that 0.90093 is read as a Decimal, never as a float.
    assert isinstance(node, yaml.ScalarNode)
    if node.tag.endswith(":null") or (node.style is None and node.value in ("", "~", "null", "Null", "NULL")):
        return _Node(None, line)
    return _Node(node.value, line)


def _parse(path: Path) -> _Node:
    try:
        text = read_limited(path, "records").decode("utf-8-sig")
    except OSError as error:
        raise DataError(f"cannot read the file: {error.strerror}", file=path) from None
    except UnicodeDecodeError as error:
        raise DataError(f"not UTF-8 text (byte {error.start})", file=path) from None
    if not text.strip():
        raise DataError("the file is empty", file=path, line=1)
    if path.suffix.lower() == ".json":
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            raise DataError(f"malformed JSON: {error.msg} (column {error.colno})", file=path, line=error.lineno) from None
        except ValueError as error:  # an integer of thousands of digits
            raise DataError(f"malformed JSON: {error}", file=path) from None
        except RecursionError:
            pass  # nested too deep for json; the YAML composer below says where
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise DataError(f"malformed {kind}: {error.problem or error.context}", file=path, line=line) from None
    except yaml.YAMLError as error:
        raise DataError(f"malformed YAML: {error}", file=path) from None
    if node is None:
        raise DataError("the file is empty", file=path, line=1)
    return _located(node, path)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, reason: str, node: _Node, field: str | None = None) -> DataError:
        return DataError(reason, file=self.path, line=node.line, field=field)

    def mapping(self, node: _Node, what: str, field: str | None = None) -> dict[str, tuple[_Node, _Node]]:
        if not isinstance(node.value, dict):
            raise self.fail(f"{what} must be a mapping of names to values", node, field)
        return node.value

    def check_keys(self, mapping: dict[str, tuple[_Node, _Node]], allowed: tuple[str, ...]) -> None:
        for key, (key_node, _) in mapping.items():
            if key not in allowed:
                raise self.fail(f"unknown field {key!r}; expected one of: {', '.join(allowed)}", key_node, key)

    def scalar(self, node: _Node, field: str) -> str:
        if node.value is None or isinstance(node.value, (dict, list)):
            raise self.fail("expected a single value", node, field)
        return str(node.value)

    def survey(self) -> Survey:
        root = self.mapping(_parse(self.path), "the file")
        self.check_keys(root, ("editions", "title", "source"))
        if "editions" not in root:
            raise DataError("no 'editions' list", file=self.path, line=1, field="editions")
        editions_node = root["editions"][1]
        if not isinstance(editions_node.value, list) or not editions_node.value:
            raise self.fail("'editions' must be a list with at least one edition", editions_node, "editions")
        editions: dict[int, Edition] = {}
        for item in editions_node.value:
            edition = self.edition(item)
            if edition.year in editions:
                raise self.fail(f"the {edition.year} edition is given twice", item, "year")
            editions[edition.year] = edition
        return Survey.from_editions(editions.values())

    def edition(self, node: _Node) -> Edition:
        fields = self.mapping(node, "an edition")
        self.check_keys(fields, ("year", "countries"))
        if "year" not in fields:
            raise self.fail("this edition has no year", node, "year")
        year_node = fields["year"][1]
        try:
            year = parse_year(self.scalar(year_node, "year"))
        except ValueError as error:
            raise self.fail(str(error), year_node, "year") from None
        if "countries" not in fields:
            raise self.fail(f"the {year} edition has no 'countries'", node, "countries")
        records: dict[str, CountryRecord] = {}
        for key, (key_node, value_node) in self.mapping(fields["countries"][1], "'countries'", "countries").items():
            try:
                country = countries().resolve(key)
            except UnknownCountryError as error:
                raise self.fail(str(error), key_node, "countries") from None
            if country.iso3 in records:
                raise self.fail(f"duplicate country: {key!r} is {country.iso3}, already given", key_node, key)
            records[country.iso3] = self.record(country.iso3, year, key, key_node, value_node)
        return Edition(year=year, records=records, sources=(str(self.path),))

    def record(self, iso3: str, year: int, key: str, key_node: _Node, node: _Node) -> CountryRecord:
        fields = self.mapping(node, f"the record of {key}", key)
        self.check_keys(fields, _COUNTRY_FIELDS)
        scores = {index: self.score(fields[index][1], index) for index in INDICES if index in fields}
        groups: list[GroupStanding] = []
        if "groups" in fields:
            for group, (group_key, group_node) in self.mapping(fields["groups"][1], "'groups'", "groups").items():
                groups.append(self.standing(iso3, year, group, group_key, group_node))
        context = None
        if "context" in fields:
            context = self.scalar(fields["context"][1], "context").strip() or None
            if context is not None and (bad := unsafe_character(context)) is not None:
                raise self.fail(f"the context holds {bad}", fields["context"][1], "context")
        return CountryRecord(
            iso3=iso3,
            edition=year,
            name_as_found=key,
            groups_stated=tuple(groups),
            context=context,
            source=SourceRef(file=str(self.path), line=key_node.line),
            **scores,
        )

    def score(self, node: _Node, index: str) -> IndexScore:
        if not isinstance(node.value, dict):
            return IndexScore(value=self.value(node, index))
        fields = node.value
        self.check_keys(fields, ("value", "rank"))
        if not fields:
            raise self.fail("give a value, a rank or both", node, index)
        value = self.value(fields["value"][1], f"{index}.value") if "value" in fields else None
        rank = self.rank(fields["rank"][1], f"{index}.rank") if "rank" in fields else None
        return IndexScore(value=value, rank=rank, rank_source="stated" if rank else None)

    def value(self, node: _Node, field: str):
        try:
            return parse_index_value(self.scalar(node, field))
        except ValueError as error:
            raise self.fail(str(error), node, field) from None

    def rank(self, node: _Node, field: str) -> int:
        try:
            return parse_rank(self.scalar(node, field))
        except ValueError as error:
            raise self.fail(str(error), node, field) from None

    def standing(self, iso3: str, year: int, group: str, key_node: _Node, node: _Node) -> GroupStanding:
        if group not in _STATED_GROUPS:
            raise self.fail(f"unknown group {group!r}; expected one of: {', '.join(_STATED_GROUPS)}", key_node, group)
        # "region" and "subregion" mean the country's own, named as Country.groups names them.
        group_id = next((g for g in countries().get(iso3).groups(year) if g.split(":")[0] == group), group)
        fields = self.mapping(node, f"the standing in {group}", group)
        self.check_keys(fields, ("rank", "of"))
        if "rank" not in fields:
            raise self.fail("a group standing needs a rank", node, f"{group}.rank")
        rank = self.rank(fields["rank"][1], f"{group}.rank")
        size = self.rank(fields["of"][1], f"{group}.of") if "of" in fields else None
        if size is not None and rank > size:
            raise self.fail(f"rank {rank} is beyond the group's size {size}", node, f"{group}.rank")
        # The library's country table knows each group's members at each edition: a claim it
        # contradicts would be printed as a fact (or, before, dropped without a word).
        country = countries().get(iso3)
        if not country.in_group(group_id, year):
            raise self.fail(f"{country.name} is not one of the {_GROUP_MEMBERS.get(group, group)} in {year}", key_node, f"groups.{group}")
        members = sum(1 for c in countries() if c.in_group(group_id, year))
        if size is not None and size != members:
            raise self.fail(
                f"the group has {members} members in {year} in egovnews's country table, not {size}", fields["of"][1], f"groups.{group}.of"
            )
        return GroupStanding(group=group_id, rank=rank, size=size, source=SourceRef(file=str(self.path), line=key_node.line))


def load_records(path: str | Path) -> Survey:
    """A partial Survey from a hand-written YAML or JSON records file.

    >>> survey = load_records("examples/kazakhstan-2024.yaml")
    >>> survey.is_complete(2024), survey.record("KAZ", 2024).stated_standing("LLDC").rank
    (False, 1)
    """
    return _Reader(Path(path)).survey()
