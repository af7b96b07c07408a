"""Facet counts and filters from the index's columns, read once per searcher into arrays.

The columns are read a segment at a time (whoosh_private.column_values: Whoosh's own readers
take a file read per value, over a second a column at 100,000 items); the arrays are also saved
beside the index (facets-<whoosh generation>.npz) and loaded from there
by the next process that opens the same state of the index.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import numpy as np
from whoosh.reading import IndexReader

from indexer.build.document import (
    DATE,
    DECISION_KINDS,
    FACET_COLUMNS,
    POSITION,
    SPEAKER_SEPARATOR,
    column_text,
    day_number,
    item_kind,
)
from indexer.build.whoosh_private import column_values

from .models import FacetValue
from .people import is_role

LAST_DAY = 99991231
MAX_VALUES = {"committee": 50, "year": 50, "speaker": 25, "decision": 5, "kind": 5}
KIND_ORDER = ("minutes", "report", "agenda")
NOT_MINUTES_WEIGHT = 0.6  # a search favours what was said and decided over papers for it


class FacetTable:
    """Each document's committee, year, speakers, decision kind, date and position as arrays.

    Values are numbered (committee 'Cabinet' → 3) so that a facet count is one bincount over
    the documents a query matched, and a filter is one membership test.
    """

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {f: [] for f in MAX_VALUES}
        self._numbers: dict[str, dict[str, int]] = {f: {} for f in MAX_VALUES}
        self.single: dict[str, np.ndarray] = {}
        self.speaker_docs = self.speaker_values = np.zeros(0, dtype=np.int64)
        self.dates = self.positions = np.zeros(0, dtype=np.int64)
        self.size = 0

    @classmethod
    def cached(cls, reader: IndexReader, folder: Path) -> FacetTable:
        """Return the table of reader, from folder's saved copy when it is of this state."""
        path = folder / f"facets-{reader.generation()}-{reader.doc_count_all()}.npz"
        with contextlib.suppress(OSError, ValueError, KeyError), np.load(
                path, allow_pickle=False) as saved:
            return cls._from_arrays(saved)
        table = cls.read(reader)
        with contextlib.suppress(OSError):
            table._save(path)
        return table

    @classmethod
    def read(cls, reader: IndexReader) -> FacetTable:
        """Return the table read from the reader's columns."""
        table = cls()
        if reader.doc_count_all():
            table._read(reader)
        else:  # an empty index has no columns to read
            table.single = {f: np.zeros(0, dtype=np.int64) for f in MAX_VALUES if f != "speaker"}
        return table

    def _read(self, reader: IndexReader) -> None:
        """Fill the arrays from the reader's columns."""
        self.single = {
            "committee": self._numbered("committee", (column_text(v) for v in column_values(
                reader, FACET_COLUMNS["committee"]))),
            "decision": self._numbered("decision", (column_text(v) for v in column_values(
                reader, FACET_COLUMNS["decision"]))),
            "year": self._numbered("year", (str(v) if v else "" for v in
                                            column_values(reader, FACET_COLUMNS["year"]))),
            "kind": self._numbered("kind", _kinds(reader)),
        }
        docs, names = [], []
        for doc, raw in enumerate(column_values(reader, FACET_COLUMNS["speaker"])):
            if not raw:
                continue
            for name in column_text(raw).split(SPEAKER_SEPARATOR):
                if name:
                    docs.append(doc)
                    names.append(self._number("speaker", name))
        self.speaker_docs = np.asarray(docs, dtype=np.int64)
        self.speaker_values = np.asarray(names, dtype=np.int64)
        self.dates = _known_days(np.asarray(column_values(reader, DATE), dtype=np.int64))
        self.positions = np.asarray(column_values(reader, POSITION), dtype=np.int64)
        self.size = len(self.dates)

    def _save(self, path: Path) -> None:
        """Write the arrays to path atomically and remove copies of older states."""
        arrays = {f"single_{f}": a for f, a in self.single.items()}
        arrays |= {f"values_{f}": np.array(v, dtype=str) for f, v in self.values.items()}
        arrays |= {"speaker_docs": self.speaker_docs, "speaker_values": self.speaker_values,
                   "dates": self.dates, "positions": self.positions}
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".facets-", suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        for old in path.parent.glob("facets-*.npz"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()

    @classmethod
    def _from_arrays(cls, saved) -> FacetTable:
        """Return a table from the arrays _save wrote."""
        table = cls()
        for facet in MAX_VALUES:
            table.values[facet] = [str(v) for v in saved[f"values_{facet}"]]
            table._numbers[facet] = {v: n for n, v in enumerate(table.values[facet])}
            if facet != "speaker":
                table.single[facet] = saved[f"single_{facet}"]
        table.speaker_docs = saved["speaker_docs"]
        table.speaker_values = saved["speaker_values"]
        table.dates = _known_days(saved["dates"])
        table.positions = saved["positions"]
        table.size = len(table.dates)
        return table

    def _numbered(self, facet: str, values: Iterable[str]) -> np.ndarray:
        """Return a column of values as an array of their numbers."""
        return np.fromiter((self._number(facet, v) for v in values), dtype=np.int64)

    def _number(self, facet: str, value: str) -> int:
        """Return the small integer standing for a facet value, numbering new values."""
        numbers = self._numbers[facet]
        number = numbers.get(value)
        if number is None:
            number = numbers[value] = len(self.values[facet])
            self.values[facet].append(value)
        return number

    def count(self, facet: str, docs: np.ndarray, selected: Iterable[str] = (),
              limit: int | None = None) -> tuple[FacetValue, ...]:
        """Count a facet's values over a mask of documents; selected values are always listed.

        Only the first limit values are listed (default MAX_VALUES); 0 lists them all.
        """
        names = self.values[facet]
        if facet == "speaker":
            counts = np.bincount(self.speaker_values[docs[self.speaker_docs]],
                                 minlength=len(names))
        else:
            counts = np.bincount(self.single[facet][docs], minlength=len(names))
        found = {names[n]: int(counts[n]) for n in np.flatnonzero(counts) if names[n]
                 and not (facet == "speaker" and is_role(names[n]))}
        chosen = set(selected)
        for value in chosen:
            found.setdefault(value, 0)
        ordered = sorted(found.items(), key=_sort_key(facet))
        limit = MAX_VALUES[facet] if limit is None else limit
        kept = [item for k, item in enumerate(ordered)
                if not limit or k < limit or item[0] in chosen]
        return tuple(FacetValue(v, c, v in chosen) for v, c in kept)

    def weights(self, docs: np.ndarray) -> np.ndarray:
        """Return each document's ranking weight: agenda entries and reports rank below minutes."""
        minutes = self._numbers["kind"].get("minutes", -1)
        kinds = self.single.get("kind")
        if kinds is None or not kinds.size:
            return np.ones(docs.size, dtype=np.float32)
        return np.where(kinds[docs] == minutes, 1.0, NOT_MINUTES_WEIGHT).astype(np.float32)

    def speaker_pairs(self, live: np.ndarray) -> dict[tuple[str, str], int]:
        """Return how many live items each (committee, speaker) pair has."""
        keep = live[self.speaker_docs]
        committees = self.single["committee"][self.speaker_docs[keep]]
        pairs: dict[tuple[str, str], int] = {}
        for c, s in zip(committees.tolist(), self.speaker_values[keep].tolist(), strict=True):
            key = (self.values["committee"][c], self.values["speaker"][s])
            pairs[key] = pairs.get(key, 0) + 1
        return pairs

    def having(self, facet: str, values: Iterable[str]) -> np.ndarray:
        """Return the mask of documents with any of the values of a facet."""
        numbers = [self._numbers[facet][v] for v in values if v in self._numbers[facet]]
        if facet == "speaker":
            mask = np.zeros(self.size, dtype=bool)
            mask[self.speaker_docs[np.isin(self.speaker_values, numbers)]] = True
            return mask
        return np.isin(self.single[facet], numbers)

    def between(self, low: date | None, high: date | None) -> np.ndarray:
        """Return the mask of documents whose meeting date lies between low and high."""
        mask = self.dates > 0
        if low:
            mask &= self.dates >= day_number(low)
        if high:
            mask &= self.dates <= day_number(high)
        return mask


def _sort_key(facet: str):
    """Return how a facet's values are ordered: years newest first, kinds by strength."""
    if facet == "year":
        return lambda item: -int(item[0])
    if facet == "kind":
        return lambda item: KIND_ORDER.index(item[0]) if item[0] in KIND_ORDER else 9
    if facet == "decision":
        return lambda item: DECISION_KINDS.index(item[0]) if item[0] in DECISION_KINDS else 9
    return lambda item: (-item[1], item[0].casefold())


def _kinds(reader: IndexReader) -> list[str]:
    """Return each document's item kind ('' for a deleted document).

    From the kind column; an index written before it has one reads each stored document.
    """
    if FACET_COLUMNS["kind"] not in reader.schema or not reader.has_column(FACET_COLUMNS["kind"]):
        return [_stored_kind(reader, doc) for doc in range(reader.doc_count_all())]
    kinds = [column_text(v) for v in column_values(reader, FACET_COLUMNS["kind"])]
    if reader.has_deletions():
        for doc in range(len(kinds)):
            if reader.is_deleted(doc):
                kinds[doc] = ""
    return kinds


def _stored_kind(reader: IndexReader, doc: int) -> str:
    """Return the kind of a document's item ('' for a deleted document)."""
    if reader.is_deleted(doc):
        return ""
    return item_kind(reader.stored_fields(doc))


def _known_days(dates: np.ndarray) -> np.ndarray:
    """Return YYYYMMDD days with an item's missing date as 0.

    Whoosh gives an unsigned column's missing value as its largest (4294967295), which would
    sort an undated item as the newest and let it through every 'from' filter.
    """
    return np.where(dates > LAST_DAY, 0, dates)
