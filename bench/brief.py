"""Measure the brief: precision@3 and recall@5 against hand labels, and the time of a brief.

    python -m bench.brief [--index-dir DIR] [--speed-index bench/out/index-100000] [-v]

The labels (bench/data/brief_labels.json) name an agenda file (corpus/… or archives/…, the
latter in ../shared), a phrase of one of its entries, and the earlier items a clerk would cite
(file name without extension, phrase of the title). A third of them ("held-out") were kept
aside while the ranking was tuned. Precision@3 counts the relevant items among the first
three, out of three or the number of relevant items if fewer (a case with one right answer
cannot have three); plain precision@3 is printed beside it. Recall@5 is the share of the
relevant items among the first five.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from indexer.build.pipeline import IndexOptions, run_index
from search.agenda_file import read_agenda_path
from search.brief import Agenda, Entry, brief
from search.engine import Engine
from search.errors import SearchError
from search.models import Hit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "bench" / "data" / "brief_labels.json"
ARCHIVES = ("burton-cum-walden-parish-council", "kent-county-council", "ayton-community-council")
SPEED_ENTRIES = 20


def resolve(path: str) -> Path:
    """Return a label's agenda path: corpus/… in the project, archives/… in ../shared."""
    return (SHARED if path.startswith("archives/") else ROOT) / path


def build_index(index_dir: Path) -> Engine:
    """Return an engine over the corpus and the shared archives, indexing them if needed."""
    try:
        return Engine(index_dir)
    except SearchError:
        roots = (ROOT / "corpus", *(SHARED / "archives" / name for name in ARCHIVES))
        run_index(IndexOptions(roots=tuple(r for r in roots if r.exists()),
                               index_dir=index_dir, workers=2, full=True))
        return Engine(index_dir)


def is_relevant(hit: Hit, wanted: dict) -> bool:
    """Return True if a hit is the labelled item (file stem and a phrase of its title)."""
    stem = Path(hit.source).stem
    return stem == wanted["source"] and wanted["title"].lower() in hit.title.lower()


def score_case(hits: tuple[Hit, ...], relevant: list[dict]) -> tuple[float, float, float]:
    """Return (capped precision@3, precision@3, recall@5) of one entry's hits."""
    good3 = sum(any(is_relevant(h, r) for r in relevant) for h in hits[:3])
    found5 = sum(any(is_relevant(h, r) for h in hits[:5]) for r in relevant)
    return good3 / min(3, len(relevant)), good3 / 3, found5 / len(relevant)


def quality(engine: Engine, labels: list[dict], verbose: bool) -> dict[str, dict[str, float]]:
    """Return the mean scores of each set of labels."""
    agendas: dict[str, Agenda] = {}
    scores: dict[str, list[tuple[float, float, float]]] = {}
    for case in labels:
        if case["agenda"] not in agendas:
            agendas[case["agenda"]] = read_agenda_path(resolve(case["agenda"]))
        agenda = agendas[case["agenda"]]
        entries = [e for e in agenda.entries if case["entry"].lower() in e.title.lower()]
        if not entries:
            raise SystemExit(f"no entry {case['entry']!r} in {case['agenda']}")
        one = replace(agenda, entries=(entries[0],))
        hits = brief(engine, one, limit=5).entries[0].earlier
        result = score_case(hits, case["relevant"])
        scores.setdefault(case["set"], []).append(result)
        if verbose and case["set"] == "tuning":  # held-out cases show only in the totals
            print(f"{case['set'][:4]} p3={result[0]:.2f} r5={result[2]:.2f}  {case['entry']}")
            for hit in hits:
                mark = "+" if any(is_relevant(hit, r) for r in case["relevant"]) else " "
                print(f"   {mark} {hit.date} {Path(hit.source).stem} {hit.title[:60]}")
    return {name: {"cases": len(rows), "precision@3": statistics.mean(r[0] for r in rows),
                   "plain precision@3": statistics.mean(r[1] for r in rows),
                   "recall@5": statistics.mean(r[2] for r in rows)}
            for name, rows in sorted(scores.items(), reverse=True)}


def speed(index_dir: Path, runs: int = 3) -> dict[str, float]:
    """Return the seconds of a 20-entry brief over an index: first (cold) and median warm."""
    engine = Engine(index_dir)
    items = [item for _, item in zip(range(SPEED_ENTRIES * 50), engine.items(), strict=False)]
    chosen = items[::50][:SPEED_ENTRIES]
    latest = max((i.date for i in items if i.date), default=None)
    agenda = Agenda(chosen[0].committee, latest, tuple(
        Entry(i.number, i.title, i.text) for i in chosen))
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        brief(engine, agenda, limit=5)
        times.append(time.perf_counter() - start)
    return {"items": engine.overview().items, "first": times[0],
            "median warm": statistics.median(times[1:])}


def main() -> None:
    """Print the quality of the brief on the labels and its speed on a large index."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, default=ROOT / "bench" / "out" / "brief-index")
    parser.add_argument("--speed-index", type=Path,
                        default=ROOT / "bench" / "out" / "index-100000")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each tuning case's hits (never the held-out ones')")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    for name, row in quality(build_index(args.index_dir), labels, args.verbose).items():
        print(f"{name:9} {row['cases']:3} entries  precision@3 {row['precision@3']:.2f} "
              f"(plain {row['plain precision@3']:.2f})  recall@5 {row['recall@5']:.2f}")
    if args.speed_index.exists():
        row = speed(args.speed_index)
        print(f"speed: a {SPEED_ENTRIES}-entry brief over {row['items']:,} items: "
              f"{row['first']:.2f} s first, {row['median warm']:.2f} s warm (median)")
    else:
        print(f"speed: no index at {args.speed_index} (see bench/README.md)")


if __name__ == "__main__":
    main()
