"""The `egovnews` command."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .countries import countries
from .errors import DataError, EgovError, printable
from .files import OutputError, read_limited, write_atomically
from .text import unsafe_character
from .model import Survey


def _load(args: argparse.Namespace) -> Survey:
    if args.records:
        from .sources import load_records

        return load_records(args.records)
    from .sources import load_un_survey  # no YAML parser for the UN's files

    return load_un_survey(*args.data)


def _target(args: argparse.Namespace) -> tuple[Survey, Any, int]:
    """The survey, the country asked for and the edition (default: the latest loaded)."""
    from .countries import countries

    survey = _load(args)
    country = countries().resolve(args.country)
    return survey, country, args.edition if args.edition is not None else survey.years[-1]


def _add_sources(parser: argparse.ArgumentParser, required: bool = True) -> None:
    source = parser.add_mutually_exclusive_group(required=required)
    # "extend": a repeated --data adds its files; the default "store" kept the last only.
    source.add_argument("--data", nargs="+", action="extend", metavar="FILE", help="UN E-Government Survey CSV files (one or more editions)")
    source.add_argument("--records", metavar="FILE", help="a hand-written records file (YAML or JSON)")


def _cmd_show(args: argparse.Namespace) -> int:
    from .show import format_summary, record_summary

    survey, country, year = _target(args)
    summary = record_summary(survey, country.iso3, year)
    if args.format == "json":
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_as_format(format_summary(summary), args.format, f"{country.name} ({country.iso3}), {year}"))
    return 0


def _as_format(text: str, fmt: str, title: str) -> str:
    """A plain-text table in another format of the vocabulary: a fenced block in Markdown, a
    ``<pre>`` in HTML, a standalone page."""
    from html import escape

    if fmt == "md":
        return f"```text\n{text}```\n"
    if fmt == "html":
        return f"<pre>{escape(text)}</pre>\n"
    if fmt == "page":
        return (
            f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n</head>\n'
            f"<body>\n<pre>{escape(text)}</pre>\n</body>\n</html>\n"
        )
    return text


def _cmd_list(args: argparse.Namespace) -> int:
    from .listing import DEFAULT_EDITION, country_rows, edition_rows, format_rows, group_rows

    survey = _load(args) if args.data or args.records else None
    if args.edition is not None and survey is not None:
        survey.edition(args.edition)  # an UnknownEditionError names the editions loaded
    latest = survey.years[-1] if survey is not None and survey.years else None
    if args.what == "countries":
        rows = country_rows(survey, args.edition if args.edition is not None else latest)
    elif args.what == "editions":
        if survey is None:
            raise EgovError("list editions needs data: --data FILE… or --records FILE")
        rows = edition_rows(survey)
    else:
        years = [args.edition] if args.edition is not None else list(survey.years) if survey is not None else [DEFAULT_EDITION]
        rows = group_rows(survey, years)
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_rows(args.what, rows))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from .desk import serve
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise EgovError('the desk needs its web framework: pip install "egovnews[desk]"') from None
    survey = _load(args)
    print(f"egovnews: the desk is at http://{args.host}:{args.port}/ (Ctrl-C stops it)", file=sys.stderr)
    serve(survey, host=args.host, port=args.port)
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    import shutil

    from .resources import templates_dir

    root = templates_dir()
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    if args.action == "list":
        sys.stdout.write("".join(f"{name}\n" for name in files))
        return 0
    if args.dir is None:
        raise EgovError("templates copy needs a folder: egovnews templates copy DIR")
    target = Path(args.dir)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise EgovError(f"{target}: already exists and is not an empty folder; copy into a new one")
    shutil.copytree(root, target, dirs_exist_ok=True)
    print(f"egovnews: {len(files)} templates copied to {target}; use them with --templates {target}", file=sys.stderr)
    return 0


def _cmd_facts(args: argparse.Namespace) -> int:
    from .facts import describe, fact_to_dict, facts_for

    survey, country, year = _target(args)
    facts = facts_for(survey, country.iso3, year)
    if args.format == "json":
        payload = {"country": country.iso3, "edition": year, "facts": [fact_to_dict(f) for f in facts]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    width = max(len(f.id) for f in facts) if facts else 2
    lines = [f"{country.name} ({country.iso3}), UN E-Government Survey {year}: {len(facts)} facts\n\n", f"{'id':<{width}}  salience  claim\n"]
    lines += [f"{fact.id:<{width}}  {fact.salience:8.2f}  {describe(fact)}\n" for fact in facts]
    sys.stdout.write(_as_format("".join(lines), args.format, f"{country.name} ({country.iso3}), {year}"))
    return 0


FORMATS = ("txt", "md", "html", "page", "json")
#: File suffixes that differ from the format's name: a page opens in a browser as .html.
_SUFFIXES = {"page": "page.html"}
#: The names older versions took, accepted with a deprecation message.
OLD_FORMATS = {"text": "txt", "table": "txt"}


# SIGTERM (what `kill`, systemd and CI runners send) kills Python on the spot by default, so a
# batch stopped while writing would leave a `.NAME.XXXXXXXX.part` temporary file behind. While a
# command runs, main() turns SIGTERM into _Terminated, an exception raised where the program
# stands: write_atomically removes its temporary file, and main() exits with status 143.
class _Terminated(BaseException):
    """SIGTERM, as an exception; a BaseException so that no ``except Exception`` swallows it."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Within the block, SIGTERM raises _Terminated; the previous handler is restored after."""
    installed, previous = False, None
    # Left alone: a SIGTERM the caller chose to ignore, and signals outside the main thread
    # (an application calling main() from a worker thread), where Python cannot set a handler.
    if signal.getsignal(signal.SIGTERM) != signal.SIG_IGN:
        with contextlib.suppress(ValueError):
            previous = signal.signal(signal.SIGTERM, _raise_terminated)
            installed = True
    try:
        yield
    finally:
        if installed:
            # None: the previous handler was not set from Python and cannot be put back.
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _style(args: argparse.Namespace) -> Any:
    from .style import Style

    return Style.from_toml(args.style) if args.style else None


def _languages(value: str) -> list[str]:
    from .write import check_language

    langs = [part.strip() for part in value.split(",") if part.strip()]
    if not langs:
        raise EgovError("--lang needs at least one language (fr, en, ru)")
    return [check_language(lang) for lang in dict.fromkeys(langs)]


def _read_context(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = read_limited(path, "text").decode("utf-8")
    except OSError as error:
        raise DataError(f"cannot read the context file: {error.strerror or error}", file=path) from None
    except UnicodeDecodeError as error:
        raise DataError(f"the context file is not UTF-8 text ({error.reason})", file=path) from None
    if not text.strip():
        raise DataError("the context file is empty", file=path)
    if (bad := unsafe_character(text)) is not None:
        raise DataError(f"the context holds {bad}", file=path)
    return text


def _render(article: Any, args: argparse.Namespace, survey: Survey) -> str:
    """The article in ``--format``: ``page`` is a standalone HTML5 page with its charts."""
    if args.format == "page":
        from .page import to_page

        return to_page(article, survey, style=_style(args), templates=args.templates)
    return article.render(args.format)


def _emit(article: Any, args: argparse.Namespace, survey: Survey) -> int:
    """The article in ``--format``, to ``--out`` (written atomically) or standard output."""
    text = _render(article, args, survey)
    if args.out:
        write_atomically(Path(args.out), text)
    else:
        sys.stdout.write(text)
    return 0


def _cmd_write(args: argparse.Namespace) -> int:
    from .write import write_article

    survey, country, year = _target(args)
    langs = _languages(args.lang)
    if len(langs) != 1:
        raise EgovError("write takes one language; use batch to write several")
    (lang,) = langs
    article = write_article(
        survey,
        country.iso3,
        year,
        lang=lang,
        style=_style(args),
        seed=args.seed,
        templates=args.templates,
        context=_read_context(args.context),
    )
    return _emit(article, args, survey)


def _cmd_roundup(args: argparse.Namespace) -> int:
    from .roundup import write_roundup
    from .roundup_facts import scope_key

    scope = scope_key(args.scope)
    survey = _load(args)
    year = args.edition if args.edition is not None else survey.years[-1]
    langs = _languages(args.lang)
    if len(langs) != 1:
        raise EgovError("roundup takes one language; use batch --roundups to write several")
    (lang,) = langs
    article = write_roundup(survey, scope, year, lang=lang, style=_style(args), seed=args.seed, templates=args.templates)
    return _emit(article, args, survey)


class _Progress:
    """Progress on stderr: a one-line bar on a terminal; elsewhere (a log, a CI job) one line per
    10 % with ``lines=True`` (``--progress``); with ``verbose``, a line per file written."""

    def __init__(self, total: int, enabled: bool, *, lines: bool = False, verbose: bool = False) -> None:
        self.total, self.done = total, 0
        self.bar = enabled and sys.stderr.isatty()
        self.lines = enabled and lines and not self.bar
        self.verbose = verbose
        self.tenths = 0

    def step(self, label: str, path: Path | None = None) -> None:
        self.done += 1
        if self.verbose and path is not None:
            sys.stderr.write(f"egovnews: wrote {path}\n")
        if self.bar:
            width = 30
            filled = width * self.done // max(self.total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {label:<12} (Ctrl-C stops; files written stay whole)")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif self.lines:
            tenths = 10 * self.done // max(self.total, 1)
            if tenths > self.tenths:
                self.tenths = tenths
                sys.stderr.write(f"egovnews: {10 * tenths}% ({self.done}/{self.total})\n")
                sys.stderr.flush()


def _cmd_batch(args: argparse.Namespace) -> int:
    from .write import write_article

    survey = _load(args)
    year = args.edition if args.edition is not None else survey.years[-1]
    edition = survey.edition(year)
    langs = _languages(args.lang)
    style = _style(args)
    skipped: list[str] = []
    if args.countries:
        # KAZ, KZ and Kazakhstan are one country: written and counted once.
        targets = list(dict.fromkeys(countries().resolve(code.strip()).iso3 for code in args.countries.split(",") if code.strip()))
    else:
        # Every country of the edition that has an EGDI: records files also name countries for
        # one sub-index or another edition only, as context; those are skipped, and said so.
        targets = [i for i in sorted(edition.records) if edition.records[i].has_standing]
        skipped = [i for i in sorted(edition.records) if i not in targets]
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise EgovError(f"{out}: not a folder")
    jobs: list[tuple[str, str, Path, Any]] = []
    skipped_scopes: list[str] = []
    for iso3, lang in ((i, lang) for i in targets for lang in langs):
        jobs.append((iso3, lang, out / f"{iso3}-{year}-{lang}.{_SUFFIXES.get(args.format, args.format)}", write_article))
    if args.roundups:
        from .roundup import write_roundup
        from .roundup_facts import all_scopes, scope_slug

        from .roundup_facts import roundup_facts

        # A records file covers a few countries: scopes none of whose members it holds are
        # skipped, and said so, as countries without an EGDI are.
        scopes = [s for s in all_scopes() if roundup_facts(survey, s, year)[0].rows]
        skipped_scopes = [s for s in all_scopes() if s not in scopes]
        for scope, lang in ((s, lang) for s in scopes for lang in langs):
            jobs.append((scope, lang, out / f"roundup-{scope_slug(scope)}-{year}-{lang}.{_SUFFIXES.get(args.format, args.format)}", write_roundup))
    progress = _Progress(len(jobs), enabled=not args.quiet, lines=args.progress, verbose=args.verbose)
    written, failures = 0, []
    # The reason of each write failure in a row: the same one for every file (a read-only or
    # full disk) stops the batch rather than print it 579 times.
    same: list[str] = []
    stopped = None
    for iso3, lang, path, write in jobs:
        try:
            article = write(survey, iso3, year, lang=lang, style=style, seed=args.seed, templates=args.templates)
        except EgovError as error:
            failures.append(f"{iso3} {lang}: {error}")
            progress.step(f"{iso3} {lang}")
            continue
        try:
            write_atomically(path, _render(article, args, survey))
            written += 1
            same = []
            progress.step(f"{iso3} {lang}", path)
            continue
        except (OutputError, OSError) as error:
            reason = error.reason if isinstance(error, OutputError) else f"cannot write: {error.strerror or error}"
            failures.append(f"{iso3} {lang}: {error}" if isinstance(error, OutputError) else f"{iso3} {lang}: {reason}")
            same = [*same, reason] if same[-1:] in ([], [reason]) else [reason]
            if len(same) >= _SAME_FAILURES:
                stopped = reason
                break
        progress.step(f"{iso3} {lang}")
    for iso3 in skipped:
        print(f"egovnews: skipped {iso3}: no EGDI value or rank in the {year} edition", file=sys.stderr)
    for scope in skipped_scopes:
        print(f"egovnews: skipped the roundup of {scope}: no member has an EGDI value or rank in the {year} edition", file=sys.stderr)
    for failure in failures:
        print(f"egovnews: error: {failure}", file=sys.stderr)
    if stopped is not None:
        print(f"egovnews: stopped after {_SAME_FAILURES} files in a row failed the same way ({stopped})", file=sys.stderr)
    if not args.quiet or failures:
        roundups = f" and {_count(len(jobs) - len(targets) * len(langs), 'roundup')}" if args.roundups else ""
        print(
            f"egovnews: {_count(written, 'article')} written to {out}, {len(failures)} failed "
            f"({_count(len(targets), 'country', 'countries')} x {_count(len(langs), 'language')}{roundups}, edition {year})",
            file=sys.stderr,
        )
    return 1 if failures else 0


#: Files in a row a batch may fail to write for the same reason before it stops.
_SAME_FAILURES = 3


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _format(value: str) -> str:
    """One of FORMATS; an older name (``text``, ``table``) is taken with a deprecation message."""
    if value in OLD_FORMATS:
        print(f"egovnews: --format {value} is deprecated; use --format {OLD_FORMATS[value]}", file=sys.stderr)
        return OLD_FORMATS[value]
    if value not in FORMATS:
        raise argparse.ArgumentTypeError(f"invalid choice: {value!r} (choose from {', '.join(FORMATS)})")
    return value


def _add_writing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    _add_sources(parser)
    parser.add_argument("--format", type=_format, default="txt", metavar="FORMAT", help="txt, md, html, page (a standalone HTML5 page with charts) or json (default: txt)")
    parser.add_argument("--style", metavar="FILE", help="house style, a TOML file (see egovnews.Style)")
    parser.add_argument("--templates", metavar="DIR", help="your own templates, overriding the defaults by name (DIR or DIR/<lang>)")
    parser.add_argument("--seed", type=int, metavar="N", help="another choice of wording variants (default: one fixed choice)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `egovnews` command (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="egovnews",
        description="Write news articles from UN E-Government Survey rankings.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    listing = commands.add_parser(
        "list",
        help="list the countries, the editions loaded or the groups",
        description="List the countries (ISO3, ISO2, EGDI rank in the edition, names in French, English and "
        "Russian), the editions loaded (with --data or --records), or the groups a roundup can be about "
        "with their member counts at each edition. Data are optional for countries and groups.",
    )
    listing.add_argument("what", choices=("countries", "editions", "groups"), help="what to list")
    listing.add_argument("--edition", type=int, metavar="YEAR", help="one edition (default: the latest loaded; groups: every edition loaded)")
    _add_sources(listing, required=False)
    listing.add_argument("--format", choices=("txt", "json"), default="txt", help="output format (default: txt)")
    listing.set_defaults(run=_cmd_list)

    desk = commands.add_parser(
        "serve",
        help="open the editor's desk, a local web app",
        description="Serve the editor's desk on this machine: pick an edition and a country or a roundup "
        "scope, read the French, English and Russian articles side by side, see the facts and data behind "
        "each sentence, try a seed, a length, a house style or a context paragraph, and download the "
        "texts. Bound to 127.0.0.1 unless --host says otherwise.",
    )
    _add_sources(desk)
    desk.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1, this machine only)")
    desk.add_argument("--port", type=int, default=8000, help="the port (default: 8000)")
    desk.set_defaults(run=_cmd_serve)

    templates = commands.add_parser(
        "templates",
        help="list the default templates, or copy them into a folder to edit",
        description="list: the default templates, one path a line (LANG/NAME.j2). copy DIR: copy them, with "
        "their reference (README.md), into a new folder; edit the ones you want, delete the others, and "
        "pass the folder with --templates DIR.",
    )
    templates.add_argument("action", choices=("list", "copy"), help="list or copy")
    templates.add_argument("dir", nargs="?", help="the folder to copy into (copy)")
    templates.set_defaults(run=_cmd_templates)

    show = commands.add_parser(
        "show",
        help="print a country's record in an edition",
        description="Print a country's index values and ranks in an edition, its change since the "
        "previous edition loaded, and its groups.",
    )
    show.add_argument("country", help="ISO3 or ISO2 code, or a name the survey uses (KAZ, KZ, Kazakhstan)")
    show.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    _add_sources(show)
    show.add_argument("--format", type=_format, default="txt", metavar="FORMAT", help="txt, md, html, page or json (default: txt)")
    show.set_defaults(run=_cmd_show)

    facts = commands.add_parser(
        "facts",
        help="print what the data proves about a country in an edition",
        description="Print every fact the data proves about a country in an edition, with its "
        "salience; --format json adds each fact's provenance (the data it rests on).",
    )
    facts.add_argument("country", help="ISO3 or ISO2 code, or a name the survey uses")
    facts.add_argument("--edition", type=int, metavar="YEAR", help="survey year (default: the latest loaded)")
    _add_sources(facts)
    facts.add_argument("--format", type=_format, default="txt", metavar="FORMAT", help="txt, md, html, page or json (default: txt)")
    facts.set_defaults(run=_cmd_facts)

    write = commands.add_parser(
        "write",
        help="write the article about a country in an edition",
        description="Write the news article about a country's standing in an edition, in one "
        "language, to standard output or to a file (written atomically).",
    )
    write.add_argument("country", help="ISO3 or ISO2 code, or a name the survey uses")
    write.add_argument("--lang", default="fr", metavar="LANG", help="fr, en or ru (default: fr)")
    _add_writing_options(write)
    write.add_argument("--context", metavar="FILE", help="an editor's paragraph of context (UTF-8 text) to close the article")
    write.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    write.set_defaults(run=_cmd_write)

    batch = commands.add_parser(
        "batch",
        help="write the articles of every country of an edition",
        description="Write one file per country and language (COUNTRY-YEAR-LANG.EXT) into a folder. "
        "A country that fails is reported and the others are still written; exit code 1 if any failed.",
    )
    batch.add_argument("--lang", default="fr,en,ru", metavar="LANGS", help="comma-separated languages (default: fr,en,ru)")
    _add_writing_options(batch)
    batch.add_argument("--countries", metavar="CODES", help="comma-separated countries (default: every country of the edition)")
    batch.add_argument("--out", required=True, metavar="DIR", help="the folder to write into (created if needed)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary unless something failed")
    batch.add_argument("--progress", action="store_true", help="when standard error is not a terminal, one progress line per 10 %% of the files")
    batch.add_argument("--verbose", action="store_true", help="one line per file written")
    batch.add_argument(
        "--roundups", action="store_true",
        help="also write the roundup of every scope (the world, each region and sub-region, LLDC, SIDS, LDC, CIS) "
        "as roundup-SCOPE-YEAR-LANG.EXT",
    )
    batch.set_defaults(run=_cmd_batch)

    roundup = commands.add_parser(
        "roundup",
        help="write the roundup of the world, a region, a sub-region or a group in an edition",
        description="Write the roundup of a scope in an edition: who leads, the podium, the moves, the "
        "averages, then the ranking table of its members. SCOPE is world, region:NAME, subregion:NAME, "
        "LLDC, SIDS, LDC or CIS (case does not matter), e.g. \"subregion:Central Asia\".",
    )
    roundup.add_argument("scope", help='world, region:Africa, "subregion:Central Asia", LLDC, SIDS, LDC or CIS')
    roundup.add_argument("--lang", default="fr", metavar="LANG", help="fr, en or ru (default: fr)")
    _add_writing_options(roundup)
    roundup.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    roundup.set_defaults(run=_cmd_roundup)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 1 on bad input, 2 on usage,
    143 when stopped by SIGTERM)."""
    args = build_parser().parse_args(argv)
    # Articles are UTF-8 whatever the locale says (a Latin-1 terminal cannot take Russian).
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")
    try:
        with _sigterm_raises():
            return args.run(args)
    except EgovError as error:
        print(f"egovnews: error: {printable(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except OSError as error:
        # An output that cannot be written (inputs are read as DataError already): one line.
        where = f"{error.filename}: " if error.filename else ""
        print(f"egovnews: error: cannot write {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # Files already written are whole; the one in progress was removed (write_atomically).
        # A second Ctrl-C while we say so must not turn the exit into a kill by SIGINT; the
        # handler is given back after, for a caller of main() in its own process.
        with _sigint_ignored():
            print("egovnews: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
    except _Terminated:
        # Files already written are whole; the one in progress was removed (write_atomically).
        print("egovnews: terminated by SIGTERM", file=sys.stderr)
        return 128 + signal.SIGTERM


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored in the block (main thread only), its handler given back after."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to set
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def entry() -> None:
    """The ``egovnews`` command: main(), then the exit. After Ctrl-C the process leaves at once,
    without the interpreter's shutdown, during which a second SIGINT would meet the default
    handler again and turn status 130 into a kill."""
    code = main()
    if code == 128 + signal.SIGINT:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
