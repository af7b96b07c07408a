"""Whoosh's private internals, fenced: the one module that reaches into them.

Written against whoosh-reloaded 2.7.5, the version setup.cfg pins. It relies on these parts of
whoosh.codec.whoosh3, none of them public:

- a segment keeps each field's lengths in a column named `_lenfield(field)`, one byte per
  document; `W3PerDocReader._cached_reader(name, LENGTHS_COLUMN)` opens it, and the column
  reader's `_dbfile.get(_basepos, _count)` returns all of its bytes in one read;
- a leaf (segment) reader's `_terms.matcher(field, btext, format)` gives a term's raw
  `W3LeafMatcher`, deleted documents included, whose `_data` holds the current block's
  (id deltas, weights) once `_read_data()` has run and whose `_next_block()` moves on; a list
  stored inline (`_byteids`) is read through the matcher's public methods instead;
- a leaf reader's `_perdoc` is its W3PerDocReader;
- whoosh.columns: a RefBytesColumn.Reader holds one reference per document from `_basepos`
  (struct `_typecode`, big-endian, `_itemsize` bytes each) into `_uniques`, read through its
  `_dbfile.get(position, length)`; a NumericColumn.Reader holds `_count` big-endian values of
  `_typecode` (`_fixedlen` bytes each) from `_basepos`, the documents after them taking
  `_default`; a VarBytesColumn.Reader holds each document's `_offsets` and `_lengths` in its
  data from `_basepos`.

probe() reads the start of one posting list and of each length column both this way and
through Whoosh's public API; the search engine runs it when it opens an index and, if they
disagree or this raises, uses Whoosh's own matchers instead. column_values() checks the first
values of each segment's column against Whoosh's own reader and falls back to it.
"""

from __future__ import annotations

import numpy as np
from whoosh import columns
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

PROBE_FIELD = "text"
PROBE_TERMS = ("the", "and")
PROBE_DOCS = 200
PROBE_POSTINGS = 400  # four of Whoosh's blocks of 128: enough to cross block boundaries
ALL = np.iinfo(np.int64).max


def length_bytes(perdoc, field: str) -> bytes | None:
    """Return a per-document reader's length column of a field as bytes (None if absent)."""
    column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    if column is None:
        return None
    return bytes(column._dbfile.get(column._basepos, column._count))


def leaf_length_bytes(leaf: IndexReader, field: str) -> bytes | None:
    """Return a segment reader's length column of a field as bytes (None if absent)."""
    return length_bytes(leaf._perdoc, field)


def leaf_postings(leaf: IndexReader, field: str, btext: bytes, format_,
                  most: int = ALL) -> tuple[np.ndarray, np.ndarray]:
    """Return a term's ids (deleted documents included) and weights in one segment.

    With most, stop after the block that reaches that many. Raises
    whoosh.reading.TermNotFound if the segment does not hold the term.
    """
    matcher = leaf._terms.matcher(field, btext, format_)
    if not isinstance(matcher, W3LeafMatcher) or matcher._byteids:
        return _first_postings(matcher, most)
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    read = 0
    while matcher.is_active() and read < most:
        if matcher._data is None:
            matcher._read_data()
        raw_ids, raw_weights = matcher._data[0], matcher._data[1]
        block_ids = np.cumsum(np.asarray(raw_ids, dtype=np.int64))
        count = block_ids.size
        if raw_weights is None:
            block_weights = np.ones(count, dtype=np.float32)
        elif isinstance(raw_weights, float):
            block_weights = np.full(count, raw_weights, dtype=np.float32)
        else:
            block_weights = np.asarray(raw_weights, dtype=np.float32)
        ids.append(block_ids)
        weights.append(block_weights)
        read += count
        matcher._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return np.concatenate(ids), np.concatenate(weights)


def probe(reader: IndexReader) -> str:
    """Return '' if the private reads above agree with Whoosh's public ones, else why not.

    Compares each segment's first field lengths, and the first postings of one common word.
    """
    for leaf, _ in reader.leaf_readers():
        found = _probe_lengths(leaf)
        if found:
            return found
    return _probe_postings(reader)


def _probe_postings(reader: IndexReader) -> str:
    """Read one common word's first postings both ways; return why not if they differ."""
    fieldobj = reader.schema[PROBE_FIELD]
    for leaf, offset in reader.leaf_readers():
        for word in PROBE_TERMS:
            btext = fieldobj.to_bytes(word)
            if (PROBE_FIELD, btext) not in leaf:
                continue
            deleted = list(leaf.deleted_docs_set) if leaf.has_deletions() else []
            ids, weights = leaf_postings(leaf, PROBE_FIELD, btext, fieldobj.format,
                                         most=PROBE_POSTINGS + len(deleted))
            public = _first_postings(leaf.postings(PROBE_FIELD, btext), PROBE_POSTINGS)
            live = ~np.isin(ids, deleted)
            ids, weights = ids[live][:PROBE_POSTINGS], weights[live][:PROBE_POSTINGS]
            if not (np.array_equal(ids, public[0]) and np.allclose(weights, public[1])):
                return f"the postings of {word!r} differ in the segment at {offset}"
            return ""
    return ""


def _first_postings(matcher, most: int) -> tuple[np.ndarray, np.ndarray]:
    """Read up to most postings through a matcher's public methods."""
    ids, weights = [], []
    while matcher.is_active() and len(ids) < most:
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32)


def _probe_lengths(leaf: IndexReader) -> str:
    """Compare the first documents' lengths read both ways; return why not if they differ."""
    raw = leaf_length_bytes(leaf, PROBE_FIELD)
    if raw is None:
        return ""
    for doc in range(min(PROBE_DOCS, leaf.doc_count_all(), len(raw))):
        fast = byte_to_length(raw[doc]) if raw[doc] else 0
        if fast != (leaf.doc_field_length(doc, PROBE_FIELD) or 0):
            return f"field lengths differ at document {doc}"
    return ""


def column_values(reader: IndexReader, field: str) -> list:
    """Return a column's value for every document, as list(reader.column_reader(field)) does.

    Reference, numeric and variable-length byte columns are read in one piece per segment
    (reference and numeric ones translating only their distinct values), instead of one file
    read per document; any other column, or one whose first values disagree with Whoosh's own
    reader, is read through Whoosh.
    """
    fieldobj = reader.schema[field]
    values: list = []
    for leaf, _ in reader.leaf_readers():
        if not leaf.has_column(field):
            values.extend(leaf.column_reader(field))
            continue
        raw = leaf.column_reader(field, translate=False)
        fast = _fast_column(raw, leaf.doc_count_all(), fieldobj.from_column_value)
        public = leaf.column_reader(field)
        if fast is None or any(fast[doc] != public[doc]
                               for doc in range(min(PROBE_DOCS, len(fast)))):
            fast = list(public)
        values.extend(fast)
    return values


def _fast_column(raw, documents: int, translate) -> list | None:
    """Return a segment column's translated values from its bytes (None if of another kind)."""
    if isinstance(raw, columns.RefBytesColumn.Reader):
        count, dtype = documents, np.dtype(">" + raw._typecode)
        data = raw._dbfile.get(raw._basepos, count * raw._itemsize)
        codes = np.frombuffer(data, dtype=dtype, count=count)
        distinct = [translate(value) for value in raw._uniques]
        return [distinct[code] for code in codes.tolist()]
    if isinstance(raw, columns.NumericColumn.Reader):
        count, dtype = min(raw._count, documents), np.dtype(">" + raw._typecode)
        data = raw._dbfile.get(raw._basepos, count * raw._fixedlen)
        numbers = np.frombuffer(data, dtype=dtype, count=count)
        if count < documents:
            numbers = np.concatenate([numbers, np.full(documents - count, raw._default,
                                                       dtype=dtype)])
        distinct, codes = np.unique(numbers, return_inverse=True)
        translated = [translate(value) for value in distinct.tolist()]
        return [translated[code] for code in codes.tolist()]
    if isinstance(raw, columns.VarBytesColumn.Reader):
        offsets, lengths = raw._offsets, raw._lengths
        if len(lengths) < documents:
            return None
        end = max((o + n for o, n in zip(offsets, lengths, strict=False)), default=0)
        data = bytes(raw._dbfile.get(raw._basepos, end))
        return [translate(data[o:o + n]) for o, n in zip(offsets, lengths, strict=False)]
    return None
