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


# --- The real archives (../shared/archives): labels by (file, phrase), not by item -------------

ARCHIVE_QUERIES = QUERIES.with_name("archive_queries.json")
SHARED = Path(__file__).resolve().parents[3] / "shared"
ARCHIVES = SHARED / "archives"


def normalise(text: str) -> str:
    """Fold case and whitespace (and the soft hyphens text layers leave) for phrase matching."""
    return " ".join(text.replace("\ufffe", "").replace("\u00ad", "").split()).casefold()


@dataclass(frozen=True)
class Passage:
    """A relevant passage: a file under ../shared and a short phrase from it."""

    file: str
    phrase: str

    def source(self, root: str = "archives") -> str:
        """Return the file as an index built from ../shared/<root> names it."""
        prefix = root.rstrip("/") + "/"
        return self.file[len(prefix):] if self.file.startswith(prefix) else self.file


@dataclass(frozen=True)
class ArchiveLabelled:
    """An archive query, its set (tune, heldout, heldout2), and the passages that answer it."""

    query: str
    passages: tuple[Passage, ...]
    set: str
    kind: str = ""
    body: str = ""
    note: str = ""


@dataclass(frozen=True)
class ArchiveOutcome:
    """Which of the top results held which relevant passages."""

    labelled: ArchiveLabelled
    found: tuple[str, ...]                      # hit ids, best first
    matches: tuple[tuple[int, ...], ...]        # for each hit, the passages it holds
    unmatched: tuple[int, ...] = ()             # passages no item of the index holds

    @property
    def first_rank(self) -> int | None:
        """Return the rank (1-based) of the first hit holding a relevant passage."""
        return next((k for k, m in enumerate(self.matches, 1) if m), None)

    @property
    def reciprocal_rank(self) -> float:
        """Return 1/rank of the first relevant hit, 0 if none is in the top results."""
        rank = self.first_rank
        return 1 / rank if rank else 0.0

    @property
    def recall(self) -> float:
        """Return the share of the relevant passages held by the top results."""
        held = {p for m in self.matches for p in m}
        return len(held) / len(self.labelled.passages)

    @property
    def zero(self) -> bool:
        """Return True if nothing relevant came in the top results."""
        return self.first_rank is None


@dataclass
class ArchiveSummary:
    """MRR, recall@10 and zero-hit queries over a set of archive outcomes."""

    outcomes: list[ArchiveOutcome] = field(default_factory=list)

    @property
    def mrr(self) -> float:
        """Return the mean reciprocal rank (0 for an empty set)."""
        return mean(o.reciprocal_rank for o in self.outcomes) if self.outcomes else 0.0

    @property
    def recall(self) -> float:
        """Return the mean recall@10 (0 for an empty set)."""
        return mean(o.recall for o in self.outcomes) if self.outcomes else 0.0

    @property
    def zero_hits(self) -> int:
        """Return how many queries had nothing relevant in the top results."""
        return sum(o.zero for o in self.outcomes)

    def subset(self, name: str) -> ArchiveSummary:
        """Return the outcomes of one set (tune, heldout, heldout2)."""
        return ArchiveSummary([o for o in self.outcomes if o.labelled.set == name])


def load_archive_queries(path: Path = ARCHIVE_QUERIES) -> list[ArchiveLabelled]:
    """Read the archive queries (tests/data/archive_queries.json, then each set written apart
    beside it, archive_queries_<set>.json, so its writer and the tuner never share a file)."""
    out = []
    files = [path, *sorted(path.parent.glob(f"{path.stem}_*.json"))]
    for entry in (e for f in files for e in json.loads(f.read_text(encoding="utf-8"))):
        passages = tuple(Passage(r["file"], r["phrase"]) for r in entry["relevant"])
        out.append(ArchiveLabelled(entry["query"], passages, entry["set"], entry.get("kind", ""),
                                   entry.get("body", ""), entry.get("note", "")))
    return out


def item_text(item: Item) -> str:
    """Return the normalised text an item offers to a phrase: title, text and decisions."""
    parts = [item.title or "", item.text or ""]
    for resolution in item.resolutions or ():
        parts.append(resolution if isinstance(resolution, str)
                     else str(getattr(resolution, "text", resolution)))
    return normalise(" ".join(parts))


def holds(item: Item, passage: Passage, text: str | None = None) -> bool:
    """Return True if an item comes from the passage's file and its text holds the phrase."""
    source = item.source.replace("\\", "/")
    wanted = passage.source()
    if not (source == wanted or source.endswith("/" + wanted)):
        return False
    return normalise(passage.phrase) in (text if text is not None else item_text(item))


def evaluate_archive(engine: Engine, queries: list[ArchiveLabelled]) -> ArchiveSummary:
    """Run every archive query through the engine and record which hits hold which passages."""
    items = {item.id: item for item in engine.items()}
    texts = {key: item_text(item) for key, item in items.items()}
    by_source: dict[str, list[str]] = {}
    for key, item in items.items():
        by_source.setdefault(item.source.replace("\\", "/"), []).append(key)
    summary = ArchiveSummary()
    for labelled in queries:
        unmatched = tuple(
            k for k, p in enumerate(labelled.passages)
            if not any(holds(items[i], p, texts[i]) for s, ids in by_source.items()
                       if s == p.source() or s.endswith("/" + p.source()) for i in ids))
        results = engine.search(SearchRequest(labelled.query, limit=DEPTH, facets=False,
                                              snippets=False))
        found, matches = [], []
        for hit in results.hits:
            found.append(hit.id)
            item = items.get(hit.id)
            matches.append(tuple(k for k, p in enumerate(labelled.passages)
                                 if item is not None and holds(item, p, texts[hit.id])))
        summary.outcomes.append(ArchiveOutcome(labelled, tuple(found), tuple(matches), unmatched))
    return summary
