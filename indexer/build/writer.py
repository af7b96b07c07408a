"""Write meetings to the Whoosh index: one document per agenda item, through our codec."""

from __future__ import annotations

from typing import Any

from whoosh.index import Index
from whoosh.writing import IndexWriter

from ..records import AgendaItem, Meeting
from .codec import LengthsInMemoryCodec
from .document import item_document, meeting_summary
from .merging import merge_cascade
from .postings import TermPoolWriter
from .subwriters import SafeMpWriter

WRITER_MEMORY_MB = 512
# Fields added without a new SCHEMA_VERSION: an index written before them gets none.
LATER_FIELDS = ("kind",)


def open_writer(index: Index, full: bool = False, workers: int = 1) -> IndexWriter:
    """Return the index writer: for a full build, one Whoosh segment writer per worker.

    Analysing and posting the text is most of a build's time; with procs, Whoosh spreads it
    over processes, each writing its own segment (kept as is: merging would cost it again).
    An update deletes and re-adds documents, which only a single writer can do; its commit
    merges the small segments that updates leave (merging.py).
    Segments stay as separate files: Whoosh opens a file inside a compound segment by copying
    it into a BytesIO, so a searcher held every posting and column in memory (80 MB of a
    serving process's RSS at 20,000 items); separate files are read through the page cache.
    The processes are SafeMpWriter's: a failing one ends the run instead of hanging it.
    """
    if full and workers > 1:
        return SafeMpWriter(index, procs=workers, multisegment=True, compound=False,
                            codec=LengthsInMemoryCodec(),
                            limitmb=max(64, WRITER_MEMORY_MB // workers))
    return TermPoolWriter(index, limitmb=WRITER_MEMORY_MB, compound=False,
                          codec=LengthsInMemoryCodec(), merge_policy=merge_cascade)


def add_meetings(writer: IndexWriter, meetings: list[Meeting], source_kind: str) -> int:
    """Add every item of the meetings to the index; return how many were added."""
    count = 0
    for meeting in meetings:
        # The same for every item: made for each, its attendance turned into dicts item
        # by item was a large share of the main process's time in a build.
        summary = meeting_summary(meeting, source_kind)
        for item in meeting.items:
            writer.add_document(**index_document(writer, meeting, item, source_kind, summary))
            count += 1
    return count


def index_document(writer: IndexWriter, meeting: Meeting, item: AgendaItem,
                   source_kind: str, summary: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the item's document, without the fields the writer's index was made before."""
    document = item_document(meeting, item, source_kind, summary)
    for name in LATER_FIELDS:
        if name not in writer.schema:
            del document[name]
    return document
