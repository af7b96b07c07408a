"""Which segments an incremental run merges: small ones in a cascade, the large ones never.

Every incremental run writes a segment of its own, and a search pays for each segment it
reads. Whoosh's default policy (MERGE_SMALL) lets a dozen or more small segments pile up before
it merges them. Here a run's new segment takes in the existing segments smallest first, each as
long as it is no more than MERGE_FACTOR times what has been taken so far: the small segments
stay in sizes that grow by at least that factor, so there are only a few of them, and each
item is rewritten only a few times as they grow. A segment holding more than LARGE_SHARE of
the index (such as a full build's, one per worker) is not merged by a run (rewriting it would
cost about as much as a build) until over DELETED_SHARE of its documents are deleted: their
postings are still read by every search that matches them.
"""

from __future__ import annotations

from whoosh.reading import SegmentReader

MERGE_FACTOR = 4
LARGE_SHARE = 0.25
DELETED_SHARE = 0.3


def segments_to_merge(new_docs: int, sizes: list[int],
                      deleted: list[int] | None = None) -> list[int]:
    """Return the positions in sizes (documents per segment, deleted ones in deleted) that a
    new segment takes in."""
    total = new_docs + sum(sizes)
    taken, docs = [], max(new_docs, 1)
    for position in sorted(range(len(sizes)), key=lambda k: sizes[k]):
        size = sizes[position]
        if size > total * LARGE_SHARE or size > MERGE_FACTOR * docs:
            break
        taken.append(position)
        docs += size
    if deleted:
        taken += [k for k, size in enumerate(sizes)
                  if k not in taken and deleted[k] > DELETED_SHARE * size]
    return taken


def merge_cascade(writer, segments: list) -> list:
    """Whoosh merge policy: add the chosen segments to the writer; return those kept."""
    chosen = set(segments_to_merge(writer.doc_count(), [s.doc_count_all() for s in segments],
                                   [s.deleted_count() for s in segments]))
    for position in sorted(chosen):
        reader = SegmentReader(writer.storage, writer.schema, segments[position])
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [s for k, s in enumerate(segments) if k not in chosen]
