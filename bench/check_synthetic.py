"""Check that Minutebook's parser reads a synthetic archive as it was generated.

Run from the project root:  python -m bench.check_synthetic [--items N] [--seed S] [-v]

Generates the archive in a temporary folder, parses every file in this process and prints how
many items, titles, dates, committees, speakers, decisions and resolutions come out as written.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench.synthetic import generate
from indexer.parse.meetings import parse_document
from indexer.read.crawl import crawl
from indexer.read.document import read_document

FIELDS = ("title", "date", "committee", "speakers", "decision", "resolutions", "agenda_ref")


def parsed_items(root: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Parse every file under root; return its items keyed by (source, number)."""
    found = {}
    for file in crawl([root]).files:
        for meeting in parse_document(read_document(file)):
            for item in meeting.items:
                found[(file.rel, item.number)] = {
                    "title": item.title, "date": meeting.date.isoformat() if meeting.date else None,
                    "committee": meeting.committee, "speakers": list(item.speakers),
                    "decision": item.decision, "resolutions": list(item.resolutions),
                    "agenda_ref": item.agenda_ref}
    return found


def compare(generated: list[dict[str, Any]], found: dict[tuple[str, str], dict[str, Any]],
            verbose: bool) -> Counter:
    """Count the fields that match, printing the first mismatches when verbose."""
    right: Counter = Counter()
    shown: Counter = Counter()
    for item in generated:
        got = found.get((item["source"], item["number"]))
        if got is None:
            continue
        right["items"] += 1
        for name in FIELDS:
            expected = " ".join(item[name]) if name == "resolutions" else item[name]
            actual = " ".join(got[name]) if name == "resolutions" else got[name]
            if _normal(expected) == _normal(actual):
                right[name] += 1
            elif verbose and shown[name] < 5:
                shown[name] += 1
                print(f"  {name} {item['source']} {item['number']}:\n    expected "
                      f"{expected!r}\n    found    {actual!r}")
    return right


def _normal(value: Any) -> Any:
    """Return a value with whitespace folded, for comparison."""
    return " ".join(value.split()) if isinstance(value, str) else value


def main() -> None:
    """Generate, parse and print the agreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generated = generate(Path(tmp), args.items, args.seed)
        found = parsed_items(Path(tmp))
    right = compare(generated, found, args.verbose)
    print(f"items generated {len(generated)}, parsed {len(found)}, "
          f"matched by file and number {right['items']}")
    for name in FIELDS:
        print(f"  {name:12} {right[name]:>7} / {right['items']} "
              f"({right[name] / max(1, right['items']):.1%})")


if __name__ == "__main__":
    main()
