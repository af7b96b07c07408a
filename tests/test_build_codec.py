"""The codec's in-memory field lengths answer exactly as Whoosh's own reader."""

from __future__ import annotations

from pathlib import Path

from whoosh.codec.whoosh3 import W3PerDocReader

from indexer.build.codec import LengthsInMemoryCodec
from indexer.build.store import IndexStore

FIELDS = ("title", "text", "resolutions", "speakers", "committee", "no_such_field")


def test_lengths_match_whoosh_s_reader(corpus_index: Path) -> None:
    ix = IndexStore(corpus_index).open_index()
    compared = 0
    for segment in ix._segments():
        assert isinstance(segment.codec(), LengthsInMemoryCodec), "the writer should use it"
        ours = segment.codec().per_document_reader(ix.storage, segment)
        theirs = W3PerDocReader(ix.storage, segment)
        try:
            for doc in range(segment.doc_count_all()):
                for field in FIELDS:
                    assert ours.doc_field_length(doc, field) == theirs.doc_field_length(
                        doc, field), (doc, field)
                    compared += 1
        finally:
            ours.close()
            theirs.close()
    assert compared >= 70 * len(FIELDS)
