"""Score search ranking against labelled queries (tests/data/queries.json): MRR and recall@10."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from search.engine import Engine
from search.models import Item, SearchRequest

QUERIES = Path(__file__).resolve().parents[2] / "tests" / "data" / "queries.json"
DEPTH = 10


@dataclass(frozen=True)
class Labelled:
    """A query and the ids of the items that answer it, the one that must come first first."""

    query: str
    relevant: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    """Where a labelled query's answers came in the results."""

    labelled: Labelled
    found: tuple[str, ...]

    @property
    def first_rank(self) -> int | None:
        """Return the rank (1-based) of the first relevant item in the top results."""
        return next((k for k, i in enumerate(self.found, 1) if i in self.labelled.relevant),
                    None)

    @property
    def reciprocal_rank(self) -> float:
        """Return 1/rank of the first relevant item, 0 if none is in the top results."""
        rank = self.first_rank
        return 1 / rank if rank else 0.0

    @property
    def recall(self) -> float:
        """Return the share of the relevant items found in the top results."""
        hits = set(self.found) & set(self.labelled.relevant)
        return len(hits) / len(self.labelled.relevant)

    @property
    def first_is_best(self) -> bool:
        """Return True if the item that must come first came first."""
        return bool(self.found) and self.found[0] == self.labelled.relevant[0]


@dataclass
class Summary:
    """MRR and recall@10 over a set of outcomes."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def mrr(self) -> float:
        """Return the mean reciprocal rank."""
        return mean(o.reciprocal_rank for o in self.outcomes)

    @property
    def recall(self) -> float:
        """Return the mean recall@10."""
        return mean(o.recall for o in self.outcomes)

    @property
    def first_right(self) -> int:
        """Return how many queries had their best item first."""
        return sum(o.first_is_best for o in self.outcomes)


def load_queries(items: list[Item], path: Path = QUERIES) -> list[Labelled]:
    """Read the labelled queries, naming each relevant item by the id it has in this index."""
    out = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        ids = tuple(_item_id(items, ref, entry["query"]) for ref in entry["relevant"])
        out.append(Labelled(entry["query"], ids, entry.get("note", "")))
    return out


def _item_id(items: list[Item], ref: dict, query: str) -> str:
    """Return the id of the one item a label refers to (source, title, maybe contains)."""
    found = [i for i in items if i.source == ref["source"] and i.title == ref["title"]
             and ref.get("contains", "") in i.text
             and str(ref.get("number", i.number)) == i.number]
    if len(found) != 1:
        raise ValueError(f"label of {query!r} matches {len(found)} items: {ref}")
    return found[0].id


def evaluate(engine: Engine, queries: list[Labelled]) -> Summary:
    """Run every query and record where its relevant items came."""
    summary = Summary()
    for labelled in queries:
        results = engine.search(SearchRequest(labelled.query, limit=DEPTH, facets=False,
                                              snippets=False))
        summary.outcomes.append(Outcome(labelled, tuple(h.id for h in results.hits)))
    return summary
