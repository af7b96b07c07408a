"""The word-cached fields and the term pool write exactly the index Whoosh's own parts write."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from indexer.build.codec import LengthsInMemoryCodec
from indexer.build.document import item_document
from indexer.build.fields import WordCachedText
from indexer.build.postings import TermPoolWriter
from indexer.build.schema import build_schema
from indexer.build.workers import read_file
from indexer.read.crawl import crawl

from .conftest import CORPUS

TRICKY = ("The Vice-Chairman's anti-social behaviour: co-ordination with the antisocial team; "
          "Café Zoë's license (re-offending), naïve 'quoted' don’t organize 12.5% x-y-z a--b "
          "wellbeing well-being Well-Being 2019/20 O'Brien O’Brien straße the the the")


def whoosh_schema() -> fields.Schema:
    """Return our schema with each word-cached field as Whoosh's own TEXT field."""
    schema = build_schema()
    for name, field in list(schema.items()):
        if isinstance(field, WordCachedText):
            schema._fields[name] = fields.TEXT(analyzer=field.analyzer, stored=field.stored,
                                               phrase=isinstance(field.format,
                                                                 fields.formats.Positions))
    return schema


def corpus_documents() -> list[dict]:
    """Return the index documents of the corpus's items, plus one of tricky words."""
    docs = []
    for file in crawl([CORPUS]).files:
        result = read_file(file, 60.0)
        for meeting in result.meetings:
            docs += [item_document(meeting, item, file.kind) for item in meeting.items]
    tricky = dict(docs[0], id="tricky", title=TRICKY, text=TRICKY * 3, speakers=TRICKY)
    return [*docs, tricky]


def index_contents(folder: Path, schema: fields.Schema, docs: list[dict], ours: bool) -> tuple:
    """Index docs (ours: our fields and pool, spilling runs every 100 KB); return its postings."""
    storage = FileStorage(str(folder)).create()
    ix = storage.create_index(schema)
    if ours:
        writer = TermPoolWriter(ix, limitmb=0.1, codec=LengthsInMemoryCodec(), compound=False)
    else:
        writer = ix.writer(limitmb=1, compound=False)
    for doc in docs:
        writer.add_document(**doc)
    spilled = writer.pool.spilled if ours else None
    writer.commit()
    assert spilled is None or spilled >= 3, "the test should cover runs merged from disk"
    with ix.reader() as reader:
        postings = list(reader.iter_postings())
        lengths = [[reader.doc_field_length(n, name) for name in ("title", "text", "spell")]
                   for n in range(reader.doc_count_all())]
        stored = list(reader.all_stored_fields())
    # The posting blocks and term table, byte for byte (block statistics included).
    files = {path.suffix: path.read_bytes() for path in folder.iterdir()
             if path.suffix in (".pst", ".trm")}
    assert len(files) == 2
    return postings, lengths, stored, files


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents()


def test_same_postings_lengths_and_stored_fields(tmp_path: Path, documents: list[dict]) -> None:
    (tmp_path / "whoosh").mkdir()
    (tmp_path / "ours").mkdir()
    theirs = index_contents(tmp_path / "whoosh", whoosh_schema(), documents, ours=False)
    ours = index_contents(tmp_path / "ours", build_schema(), documents, ours=True)
    assert len(theirs[0]) > 15_000
    assert ours == theirs


def test_the_word_cache_is_not_pickled() -> None:
    schema = build_schema()
    list(schema["text"].index(TRICKY))
    assert "_word_cache" in schema["text"].__dict__
    assert "_word_cache" not in pickle.loads(pickle.dumps(schema))["text"].__dict__
