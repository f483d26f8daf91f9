"""Two revisions of egovnews measured side by side, in one run, on a noisy machine.

    python benchmarks/compare.py OLD_REF NEW_REF [--pairs 7] [--passes 4] [--data DIR] [--edition 2024]

Each revision is exported from git (``git archive``) into a temporary folder and installed in a
virtualenv of its own; then the same measures run alternately, old then new, ``--pairs`` times
(A/B pairs, so that a slow moment of the machine hits both), and the table gives the median of
each measure and the ratio new / old. The measures: ``import egovnews`` in a fresh interpreter
(less the bare interpreter), warm rendering per article (every country of the edition in
fr, en and ru, after a first pass; in each pair both revisions' processes stay loaded and
their timed passes alternate one by one, ``--passes`` each, the pair's figure the median of
them), a whole ``egovnews batch`` process of one edition (wall and CPU time, peak memory),
and the batches of the three editions 2020, 2022 and 2024 (193 x 3 x 3 articles; times
summed, the largest peak). Both revisions share one compiled-template
cache folder of their own, made for the run. A script, not a test: nothing here fails a build.
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
EDITIONS = (2020, 2022, 2024)

# Runs inside each revision's virtualenv: only the public API, which every revision has. After
# a first pass (templates compiled, facts derived), it times one pass each time it is told to
# on standard input, so that the two revisions' passes can alternate one by one.
WARM = """
import json, sys, time
from egovnews import load_un_survey, write_article
paths, edition = sys.argv[1:-1], int(sys.argv[-1])
survey = load_un_survey(*paths)
targets = sorted(survey.edition(edition).records)
def once():
    start = time.perf_counter()
    for iso3 in targets:
        for lang in ("fr", "en", "ru"):
            write_article(survey, iso3, edition, lang=lang).render("txt")
    return time.perf_counter() - start
once()
print("ready", flush=True)
for _ in sys.stdin:
    print(json.dumps(1000 * once() / (3 * len(targets))), flush=True)
"""


def run_child(command: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system, s) and peak memory (bytes) of one child."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    error = child.stderr.read() if child.stderr else b""  # read to its end: a full pipe would stall the child
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"compare: {' '.join(command)} failed: {error.decode(errors='replace').strip()[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def install(ref: str, folder: Path) -> Path:
    """Export ``ref`` into ``folder``/src and install it into ``folder``/venv; the venv's python."""
    source = folder / "src"
    source.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True)
    python = folder / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], check=True)
    return python


def batch(python: Path, paths: list[Path], edition: int, out: Path) -> tuple[float, float, int]:
    """Wall time, CPU time and peak memory of one ``egovnews batch`` process."""
    return run_child([str(python), "-m", "egovnews", "batch", "--edition", str(edition), "--quiet", "--data", *map(str, paths), "--out", str(out)])


def warm_side_by_side(pythons: dict[str, Path], paths: list[Path], edition: int, passes: int) -> dict[str, float]:
    """Median warm milliseconds per article of each revision, their passes alternated.

    Both revisions' processes load the survey and make a first pass, then time ``passes``
    passes each, one by one, in the order old new new old old new…: the speed of this machine
    moves by half within seconds, and a pass of one revision timed right beside a pass of the
    other meets the same moment of it, where two processes run one after the other need not.
    """
    children = {
        name: subprocess.Popen(
            [str(python), "-c", WARM, *map(str, paths), str(edition)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name, python in pythons.items()
    }

    def answer(name: str) -> str:
        line = children[name].stdout.readline()  # type: ignore[union-attr]
        if not line:
            error = children[name].stderr.read() if children[name].stderr else ""  # type: ignore[union-attr]
            raise SystemExit(f"compare: the warm rendering of {name} failed: {error.strip()[-400:]}")
        return line

    times: dict[str, list[float]] = {name: [] for name in children}
    try:
        for name in children:
            if answer(name).strip() != "ready":
                raise SystemExit(f"compare: the warm rendering of {name} did not start")
        names = list(children)
        for round_ in range(passes):
            for name in names if round_ % 2 == 0 else reversed(names):
                children[name].stdin.write("go\n")  # type: ignore[union-attr]
                children[name].stdin.flush()  # type: ignore[union-attr]
                times[name].append(float(answer(name)))
    finally:
        for child in children.values():
            if child.stdin:
                child.stdin.close()
            child.wait()
    return {name: statistics.median(values) for name, values in times.items()}


def measure(python: Path, paths: list[Path], edition: int, out: Path) -> dict[str, float]:
    bare = run_child([str(python), "-c", "pass"])[0]
    loaded = run_child([str(python), "-c", "import egovnews"])[0]
    wall, cpu, peak = batch(python, paths, edition, out / "one")
    # The three editions of the UN files, one batch process each (193 x 3 x 3 articles), into
    # folders that already hold the files: a re-run replaces them.
    editions = [batch(python, paths, year, out / "all") for year in EDITIONS]
    return {
        "import_s": max(loaded - bare, 0.0),
        "batch_wall_s": wall,
        "batch_cpu_s": cpu,
        "batch_peak_mb": peak / 2**20,
        "3_editions_wall_s": sum(e[0] for e in editions),
        "3_editions_cpu_s": sum(e[1] for e in editions),
        "3_editions_peak_mb": max(e[2] for e in editions) / 2**20,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="the revision to compare against (a commit, tag or branch)")
    parser.add_argument("new", help="the revision measured (HEAD for the last commit)")
    parser.add_argument("--pairs", type=int, default=7, help="A/B pairs (default: 7)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UN CSV files")
    parser.add_argument("--edition", type=int, default=2024)
    parser.add_argument("--passes", type=int, default=4, help="alternated warm passes of each revision per pair (default: 4)")
    args = parser.parse_args()
    paths = [args.data / name for name in UN_FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"compare: missing UN files: {', '.join(missing)} (use --data DIR)")
    with tempfile.TemporaryDirectory(prefix="egovnews-compare-") as tmp:
        folder = Path(tmp)
        os.environ["EGOVNEWS_CACHE_DIR"] = str(folder / "cache")  # not the user's; older revisions ignore it
        pythons = {name: install(ref, folder / name) for name, ref in (("old", args.old), ("new", args.new))}
        results: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        for pair in range(args.pairs):
            warm = warm_side_by_side(pythons, paths, args.edition, args.passes)
            for name in ("old", "new"):
                out = folder / f"out-{name}-{pair}"
                measured = measure(pythons[name], paths, args.edition, out)
                results[name].append({"import_s": measured.pop("import_s"), "per_article_ms": warm[name], **measured})
            print(f"pair {pair + 1}/{args.pairs} done", file=sys.stderr)
    print(f"egovnews: {args.old} (old) against {args.new} (new), {args.pairs} A/B pairs ({args.passes} warm passes each), edition {args.edition}, {os.cpu_count()} cores")
    print(f"{'measure':<20} {'old':>10} {'new':>10} {'new/old':>8}")
    for key in results["old"][0]:
        old = statistics.median(r[key] for r in results["old"])
        new = statistics.median(r[key] for r in results["new"])
        print(f"{key:<20} {old:>10.3f} {new:>10.3f} {new / old if old else float('nan'):>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
