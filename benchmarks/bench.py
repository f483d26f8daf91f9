"""Benchmark of egovnews on the UN files: import, loading, warm rendering, roundups, a whole batch, memory.

    python benchmarks/bench.py [--data DIR] [--edition 2024] [--repeat 3]

DIR holds the UN's CSV exports (default: ../shared/data/raw beside the project, or
$EGOVNEWS_SHARED_DATA/raw). Prints one table with each figure and its target. A script, not a
test: timings depend on the machine, so nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("EGOVNEWS_SHARED_DATA", ROOT.parent / "shared" / "data")) / "raw"
UN_FILES = ("EGOV_DATA_2020.csv", "EGOV_DATA_2022.csv", "EGOV_DATA_2024_MaryliaCruzS.csv")
LANGS = ("fr", "en", "ru")


def run_child(command: list[str]) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (bytes) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"bench: {' '.join(command)} failed ({child.returncode}): {error.strip()}")
    # ru_maxrss is in kilobytes on Linux.
    return wall, usage.ru_maxrss * 1024


def import_time(repeat: int) -> float:
    """Best wall time of a fresh interpreter importing egovnews, less the bare interpreter."""
    bare = min(run_child([sys.executable, "-c", "pass"])[0] for _ in range(repeat))
    loaded = min(run_child([sys.executable, "-c", "import egovnews"])[0] for _ in range(repeat))
    return max(loaded - bare, 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UN CSV files")
    parser.add_argument("--edition", type=int, default=2024, help="edition rendered (default: 2024)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best (or median) is kept")
    args = parser.parse_args()
    paths = [args.data / name for name in UN_FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"bench: missing UN files: {', '.join(missing)} (use --data DIR)")

    rows: list[tuple[str, str, str]] = []

    seconds = import_time(args.repeat)
    rows.append(("import egovnews", f"{seconds:.3f} s", "< 0.4 s"))

    from egovnews import load_un_survey, write_article

    loads = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        survey = load_un_survey(*paths)
        loads.append(time.perf_counter() - start)
    rows.append(("load the 3 UN files", f"{min(loads):.3f} s", ""))

    targets = sorted(survey.edition(args.edition).records)
    # First pass on the freshly loaded survey: templates compiled, facts derived, caches filled.
    start = time.perf_counter()
    for iso3 in targets:
        for lang in LANGS:
            write_article(survey, iso3, args.edition, lang=lang).render("txt")
    first = time.perf_counter() - start
    rows.append((f"first pass, {len(targets)} x {len(LANGS)} articles", f"{len(targets) * len(LANGS) / first:,.0f} articles/s", ""))
    best_total, per_article = float("inf"), []
    for _ in range(args.repeat):
        times = []
        for iso3 in targets:
            for lang in LANGS:
                start = time.perf_counter()
                write_article(survey, iso3, args.edition, lang=lang).render("txt")
                times.append(time.perf_counter() - start)
        if sum(times) < best_total:
            best_total, per_article = sum(times), times
    count = len(per_article)
    rows.append((f"warm rendering, {len(targets)} x {len(LANGS)} articles", f"{count / best_total:,.0f} articles/s", ">= 1,000/s"))
    rows.append(("  median per article", f"{statistics.median(per_article) * 1000:.2f} ms", ""))
    rows.append(("  worst per article", f"{max(per_article) * 1000:.2f} ms", ""))

    # Roundups: every scope (world, regions, sub-regions, groups) in every language, warm:
    # the scope's facts are derived on the first pass and shared by the three languages.
    from egovnews import write_roundup
    from egovnews.roundup_facts import all_scopes

    scopes = all_scopes()
    start = time.perf_counter()
    for scope in scopes:
        for lang in LANGS:
            write_roundup(survey, scope, args.edition, lang=lang).render("md")
    first_roundups = time.perf_counter() - start
    best_roundups = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for scope in scopes:
            for lang in LANGS:
                write_roundup(survey, scope, args.edition, lang=lang).render("md")
        best_roundups = min(best_roundups, time.perf_counter() - start)
    count = len(scopes) * len(LANGS)
    rows.append((f"roundups, first pass, {len(scopes)} scopes x {len(LANGS)}", f"{count / first_roundups:,.0f} roundups/s", ""))
    rows.append((f"roundups, warm, {len(scopes)} scopes x {len(LANGS)}", f"{count / best_roundups:,.0f} roundups/s", ""))

    command = [sys.executable, "-m", "egovnews", "batch", "--edition", str(args.edition), "--lang", ",".join(LANGS), "--quiet", "--data", *map(str, paths)]
    walls, peaks = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            wall, peak = run_child([*command, "--out", out])
            written = len(os.listdir(out))
        walls.append(wall)
        peaks.append(peak)
    rows.append((f"egovnews batch process, {written} articles", f"{statistics.median(walls):.2f} s", "< 2 s"))
    rows.append(("  peak memory of the batch process", f"{max(peaks) / 2**20:.0f} MB", "< 200 MB"))

    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"egovnews benchmark, edition {args.edition}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"{'measure':<{width}}  {'result':>{value_width}}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>{value_width}}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
