"""A page of hits: each item's stored fields, its snippet and the matching part of its decision.

The engine ranks under its lock with the one shared searcher; hits are built after the lock is
released, through a reader of the request's own. A Whoosh reader reads its files by seeking and
then reading, so two threads sharing one could read each other's bytes; opening a reader of
the same index state takes about a millisecond. Docnums are only meaningful in the state they
were ranked in, so a reader of a later state (an update was committed meanwhile) raises
IndexMoved and the engine ranks again.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.index import EmptyIndexError, Index
from whoosh.reading import IndexReader

from indexer.build.document import stored_item

from .errors import SearchError
from .limits import Deadline
from .models import Hit, Snippet
from .query import STOP_WORDS
from .snippets import matched_part, opening, snippet

HIGHLIGHT_FIELDS = ("text", "title", "resolutions")
TITLE_CHARS = 400  # of an untitled item's text, for its first words as a title


class IndexMoved(SearchError):
    """The index was updated between ranking and reading the hits."""


def build_hits(index: Index, generation: int, page: list[tuple[int, float]],
               terms: frozenset[str] | None, deadline: Deadline) -> tuple[Hit, ...]:
    """Return the hits of (docnum, score) pairs ranked in the index's state generation."""
    if not page:
        return ()
    try:
        reader = index.reader()
    except (OSError, EmptyIndexError) as error:  # the generation was cleaned away meanwhile
        raise IndexMoved(str(error)) from None
    with reader:
        if reader.generation() != generation:
            raise IndexMoved(f"state {reader.generation()} is not {generation}")
        hits = []
        for docnum, score in page:
            deadline.check()
            try:
                fields = reader.stored_fields(docnum)
            except (OSError, TypeError) as error:
                # A reindex merged the segment away after this reader opened it: Whoosh opens
                # a segment's stored fields lazily and finds their file gone (its column reader
                # is None). The search is asked again of the index as it now is.
                raise IndexMoved(f"stored fields of document {docnum}: {error}") from None
            hits.append(hit(fields, score, terms))
        return tuple(hits)


def hit(fields: dict, score: float, terms: frozenset[str] | None) -> Hit:
    """Build one hit with its snippet and the matching part of its decision.

    With terms None (snippets not wanted) the snippet is the text's plain opening.
    """
    item = stored_item(fields)
    return Hit(
        id=item.id, source=item.source, pages=item.pages, committee=item.committee,
        date=item.date, number=item.number, title=item.title, speakers=item.speakers,
        resolutions=item.resolutions,
        snippet=opening(item.text) if terms is None else _snippet(item, terms),
        score=score, decision=item.decision,
        decision_snippet=Snippet() if terms is None else matched_part(
            "\n".join(item.resolutions), terms),
        meeting_id=item.meeting_id, agenda_ref=item.agenda_ref, url=item.url, kind=item.kind,
        text=item.text[:TITLE_CHARS] if not item.title else "",
        ocr_confidence=item.ocr_confidence, roles=item.roles)


def _snippet(item, terms: frozenset[str]) -> Snippet:
    """Return the snippet from the text outside the decision shown above it, if it matches."""
    rest = item.text
    for resolution in item.resolutions:
        if len(resolution) > 20:
            rest = rest.replace(resolution, " ")
    if rest == item.text:
        return snippet(item.text, terms)
    if not rest.strip(" .\n"):  # the text is the decision: shown once, above
        return Snippet()
    found = snippet(rest, terms)
    return found if any(marked for _, marked in found.parts) else opening(rest)


def highlight_terms(reader: IndexReader, q: wq.Query | None) -> frozenset[str]:
    """Return the indexed words a query matches in the highlighted fields."""
    if q is None:
        return frozenset()
    # Not Query.existing_terms: its loop variable overwrites its fieldname argument, so after
    # the first leaf it keeps only terms of that leaf's field (whoosh-reloaded 2.7.5).
    found = {(name, text) for leaf in q.leaves() if leaf.field() in HIGHLIGHT_FIELDS
             for name, text in leaf.expanded_terms(reader, phrases=True)
             if name in HIGHLIGHT_FIELDS}
    terms = frozenset(text.decode("utf-8") if isinstance(text, bytes) else text
                      for name, text in found if (name, text) in reader)
    # Marking every 'of' in a text because the query held "terms of reference" hides the
    # matches that matter; stop words are marked only when they are all the query has.
    return (terms - STOP_WORDS) or terms
