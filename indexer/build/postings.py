"""A posting pool that keeps each term's postings together, for Whoosh's segment writer; fenced.

Whoosh's SegmentWriter puts every posting, a (field, term, doc, weight, value) tuple, into a
PostingPool, sorts them all when the segment is written and, past its memory limit, marshals
them one by one into sorted runs on disk: a quarter of a build's writing time. Documents are
added in increasing order, so a term's postings arrive sorted already: this pool files them
by field and term in compact arrays, sorts only the terms, and spills a run as one record per
term. It hands the writer the same postings in the same order.

When the segment is written, each term's postings go to the codec's postings writer a block
at a time (write_terms), not one call per posting: the same blocks, statistics and bytes.

Written against whoosh-reloaded 2.7.5: SegmentWriter keeps its pool in `pool` and its
temporary storage in `_tempstorage`, and `_flush_segment()` hands the pool's postings to the
field writer; the pool's `add(item)`, `iter_postings()`, `fieldnames` and `cleanup()` are
what the writer and the multiprocess sub-writers use. TermPoolWriter.add_document is
SegmentWriter.add_document's steps (`_check_state`, `_doc_boost`, `_field_boost`,
`_check_fields`, `perdocwriter`, `docnum`, `_added`) with a field's postings filed at once.
W3FieldWriter keeps the term's W3PostingsWriter in `_postwriter`, which buffers a block in
`_ids` (array "I"), `_weights` (array "f"), `_values` (the non-empty values), `_maxweight`,
`_minlength` and `_maxlength` (lengths that are not 0), writes it with `_write_block()` when
`_blocklimit` postings are buffered and another comes, and leaves the last block to
`finish_term()`. Like whoosh_private.py and subwriters.py, this is the only module that
relies on them.
"""

from __future__ import annotations

import contextlib
import heapq
import pickle
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from .codec import LENGTH_OF_BYTE

Posting = tuple[str, bytes, int, float, bytes]
# Bytes a posting takes beyond its value (its doc, weight and value end), and a new term.
POSTING_BYTES = 16
TERM_BYTES = 400


@dataclass
class TermPostings:
    """One term's postings in document order: docs, weights, and values end to end."""

    docs: array = field(default_factory=lambda: array("I"))
    weights: array = field(default_factory=lambda: array("d"))
    values: bytearray = field(default_factory=bytearray)
    ends: array = field(default_factory=lambda: array("I"))
    ordered: bool = True

    def add(self, docnum: int, weight: float, value: bytes | None) -> None:
        """Add one posting."""
        docs = self.docs
        if docs and docnum < docs[-1]:
            self.ordered = False
        docs.append(docnum)
        self.weights.append(weight)
        if value:
            self.values += value
        self.ends.append(len(self.values))

    def extend(self, later: TermPostings) -> None:
        """Append the postings of a later run of the same term."""
        if self.docs and later.docs and later.docs[0] < self.docs[-1]:
            self.ordered = False
        self.ordered = self.ordered and later.ordered
        shift = len(self.values)
        self.docs += later.docs
        self.weights += later.weights
        self.values += later.values
        self.ends += array("I", (end + shift for end in later.ends))

    def postings(self) -> Iterator[tuple[int, float, bytes]]:
        """Yield (doc, weight, value) in document order."""
        values, start = bytes(self.values), 0
        triples = []
        for docnum, weight, end in zip(self.docs, self.weights, self.ends, strict=True):
            triples.append((docnum, weight, values[start:end]))
            start = end
        if not self.ordered:
            triples.sort(key=lambda t: t[0])
        return iter(triples)

    def columns(self) -> tuple[array, array, list[bytes]]:
        """Return the docs, weights and values, each in document order."""
        if not self.ordered:
            docs, weights, values = zip(*self.postings(), strict=True)
            return array("I", docs), array("d", weights), list(values)
        data, ends = bytes(self.values), self.ends
        starts = array("I", [0])
        starts += ends[:-1]
        return self.docs, self.weights, [data[a:b] for a, b in zip(starts, ends, strict=True)]


class TermPool:
    """Postings filed by field and term, spilled to sorted runs past a memory limit."""

    def __init__(self, tempstore, limitmb: float) -> None:
        self.tempstore = tempstore
        self.limit = int(limitmb * 1024 * 1024)
        self.size = 0
        self.spilled = 0
        self.fields: dict[str, dict[bytes, TermPostings]] = {}
        self.runs: list[str] = []

    @property
    def fieldnames(self) -> set[str]:
        """Return the names of the fields that have postings."""
        return set(self.fields)

    def add(self, item: Posting) -> None:
        """Add one posting (field, term, doc, weight, value)."""
        fieldname, btext, docnum, weight, value = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        postings = terms.get(btext)
        if postings is None:
            postings = terms[btext] = TermPostings()
            self.size += TERM_BYTES
        postings.add(docnum, weight, value)
        self.size += POSTING_BYTES + (len(value) if value else 0)
        if self.size > self.limit:
            self.save()

    def add_terms(self, fieldname: str, docnum: int, items, boost: float) -> int:
        """Add one document's postings of a field, weights times boost; return their count.

        items are (term, frequency, weight, value) as a field's index() yields them: the
        postings add() would file one by one, filed here in one loop.
        """
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        added = count = 0
        for btext, freq, weight, value in items:
            postings = terms.get(btext)
            if postings is None:
                postings = terms[btext] = TermPostings()
                added += TERM_BYTES
            docs = postings.docs
            if docs and docnum < docs[-1]:
                postings.ordered = False
            docs.append(docnum)
            postings.weights.append(weight * boost)
            if value:
                postings.values += value
                added += len(value)
            postings.ends.append(len(postings.values))
            added += POSTING_BYTES
            count += freq
        self.size += added
        if self.size > self.limit:
            self.save()
        return count

    def _sorted_terms(self) -> Iterator[tuple[str, bytes, TermPostings]]:
        """Yield the postings held in memory, by field and term."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for btext in sorted(terms):
                yield fieldname, btext, terms[btext]

    def save(self) -> None:
        """Write the postings held in memory to a run on disk, one record per term."""
        if not self.fields:
            return
        name = f"{random_name()}.terms"
        with self.tempstore.create_file(name).raw_file() as out:
            for record in self._sorted_terms():
                pickle.dump(record, out, pickle.HIGHEST_PROTOCOL)
        self.runs.append(name)
        self.spilled += 1
        self.fields, self.size = {}, 0

    def _read_run(self, name: str) -> Iterator[tuple[str, bytes, TermPostings]]:
        """Yield a run's records, then delete it."""
        with self.tempstore.open_file(name).raw_file() as run:
            while True:
                try:
                    yield pickle.load(run)
                except EOFError:
                    break
        self.tempstore.delete_file(name)

    def iter_terms(self) -> Iterator[tuple[str, bytes, TermPostings]]:
        """Yield every term's postings, by field and term, runs joined in the order written."""
        if not self.runs:
            yield from self._sorted_terms()
            return
        sources: list[Iterable] = [self._read_run(name) for name in self.runs]
        sources.append(self._sorted_terms())
        self.runs = []
        merged = heapq.merge(*sources, key=lambda record: (record[0], record[1]))
        current = None
        for fieldname, btext, postings in merged:
            if current and current[0] == fieldname and current[1] == btext:
                current[2].extend(postings)
                continue
            if current:
                yield current
            current = (fieldname, btext, postings)
        if current:
            yield current

    def iter_postings(self) -> Iterator[Posting]:
        """Yield every posting as Whoosh's writer takes them, sorted by field, term and doc."""
        for fieldname, btext, postings in self.iter_terms():
            for docnum, weight, value in postings.postings():
                yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        """Delete any runs left on disk."""
        for name in self.runs:
            with contextlib.suppress(OSError):
                self.tempstore.delete_file(name)
        self.runs = []


def _field_lengths(lengths, fieldname: str):
    """Return a function from document number to the field's length (0 or None if none)."""
    if lengths is None:
        return lambda docnum: 0
    if hasattr(lengths, "lengths_bytes"):
        column = lengths.lengths_bytes(fieldname)
        if column is None:
            return lambda docnum: 0
        size = len(column)
        return lambda docnum: (LENGTH_OF_BYTE[column[docnum]] or None) if docnum < size \
            else None
    return lambda docnum: lengths.doc_field_length(docnum, fieldname)


def _fill_block(writer, docs: array, weights: array, values: list[bytes],
                lengths: list) -> None:
    """Buffer one block of postings in a W3PostingsWriter as add_posting() would."""
    writer._ids = array("I", docs)
    writer._weights = array("f", weights)
    writer._values = [v for v in values if v]
    writer._maxweight = max(0, max(weights))
    present = [n for n in lengths if n]
    writer._minlength = min(present) if present else None
    writer._maxlength = max(present) if present else 0


def write_terms(fieldwriter, schema, lengths, terms) -> None:
    """Write (field, term, TermPostings) records, sorted, through the codec's field writer."""
    current = None
    length_of = None
    for fieldname, btext, postings in terms:
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current, length_of = fieldname, _field_lengths(lengths, fieldname)
        fieldwriter.start_term(btext)
        writer = fieldwriter._postwriter
        docs, weights, values = postings.columns()
        size = writer._blocklimit
        for start in range(0, len(docs), size):
            if start:
                writer._write_block()
            end = start + size
            block = docs[start:end]
            _fill_block(writer, block, weights[start:end], values[start:end],
                        [length_of(d) for d in block])
        fieldwriter.finish_term()
    if current is not None:
        fieldwriter.finish_field()


class TermPoolWriter(SegmentWriter):
    """Whoosh's SegmentWriter with its postings in a TermPool, written a block at a time.

    merge_policy, when given, is the Whoosh merge policy a plain commit() uses.
    """

    def __init__(self, ix, limitmb: float = 128, merge_policy=None, **kwargs) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = TermPool(self._tempstorage, limitmb)
        self.merge_policy = merge_policy
        self._whoosh_path = any(field.separate_spelling() or field.vector
                                for _, field in self.schema.items())

    def add_document(self, **fields) -> None:
        """Add a document as SegmentWriter.add_document does, each field's postings filed at once.

        The same steps in the same order (sorted field names, stored value, length, column),
        with a field's postings handed to TermPool.add_terms instead of one add() each.
        A schema with separate spelling fields or term vectors takes Whoosh's own path.
        """
        if self._whoosh_path:
            super().add_document(**fields)
            return
        schema = self.schema
        self._check_state()
        perdocwriter, docnum, add_terms = self.perdocwriter, self.docnum, self.pool.add_terms
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    count = add_terms(fieldname, docnum, field.index(value), boost)
                    length = count if field.scorable else 0
                stored = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def commit(self, mergetype=None, optimize=None, merge=None) -> None:
        """Commit, merging segments by merge_policy unless told otherwise."""
        if mergetype is None and not optimize and merge is not False and self.merge_policy:
            mergetype = self.merge_policy
        super().commit(mergetype=mergetype, optimize=optimize, merge=merge)

    def _flush_segment(self) -> None:
        """Write the segment's postings (SegmentWriter._flush_segment with write_terms)."""
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        write_terms(self.fieldwriter, self.schema, lengths, self.pool.iter_terms())
        self.fieldwriter.close()
        if lengths:
            lengths.close()
