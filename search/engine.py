"""Run searches against the live index with one reused searcher, and fetch items and meetings."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from whoosh import query as wq
from whoosh import scoring
from whoosh.index import Index
from whoosh.searching import Searcher

from indexer.build.document import stored_item
from indexer.build.manifest import Manifest
from indexer.build.store import STATE_FILE, IndexStore
from indexer.errors import IndexMissingError, IndexOutdatedError

from .answers import NEAR_CHARS, Asked, amount_near, asked_for, asking_terms
from .browse import ItemPage, Overview, item_page, meeting_view, overview
from .errors import NotFoundError, SearchError, SearchTimeout
from .explain import Why, explain_hits, label
from .facets import FacetTable
from .filters import Filter, request_filters
from .hits import IndexMoved, build_hits, highlight_terms
from .limits import Deadline, check_expansions
from .listings import Listings
from .matching import Matched, better, explain_lines, match_plan
from .models import FACETS, Item, MeetingView, SearchRequest, SearchResults
from .passages import PASSAGE_FIELD, WINDOW, text_words
from .query import NEAR_GAIN, Plan, QueryBuilder, clean_query
from .ranker import Ranker, Scored, Unsupported, WhooshRanker, open_ranker
from .suggest import SUGGEST_BELOW, index_lexicon, respell
from .synonyms import Synonyms, load_synonyms

REFRESH_EVERY = 1.0
RERANK = 20
# A question's answer is more often one passage of a long item, and its words match loosely
# (most of them): a question weighs this many.
RERANK_QUESTION = 50
# Among the best RERANK (RERANK_QUESTION) matches, an item gains PASSAGE_GAIN × the best score
# × the share of the query's words (by rarity) its best passage holds (passages.py).
PASSAGE_GAIN = 0.5
# And each loses SCATTER_LOSS × its score × the share of the words it holds that its best
# passage lacks: a whole meeting's minutes that mention every word, apart, is not about them.
SCATTER_LOSS = 0.5
# Among them, an item that states an amount (a measure) beside the words of a question asking how
# much (how big) gains AMOUNT_GAIN × the best score (answers.py).
AMOUNT_GAIN = 0.5
MOVED_RETRIES = 3
Page = list[tuple[int, float]]  # the (docnum, score) of each hit of the requested page


@dataclass
class _Open:
    """The searcher of one index generation and what is cached for it."""

    generation: Path
    index: Index
    searcher: Searcher
    facets: FacetTable | None = None
    ranker: Ranker | WhooshRanker | None = None
    cached: dict = field(default_factory=dict)  # the people and the archive, made on demand


class Engine(Listings):
    """Searches one index; safe to share between threads.

    Searches take turns to rank with the shared searcher (under the lock, within their
    deadline), then build their page of hits at the same time, each with its own reader.
    """

    def __init__(self, index_dir: Path, synonyms: Synonyms | None = None,
                 weights: dict[str, float] | None = None) -> None:
        self.store = IndexStore(index_dir)
        self.builder = QueryBuilder(synonyms or load_synonyms(), weights)
        self._lock = threading.RLock()
        self._open: _Open | None = None
        self._checked = 0.0
        self._state()

    def close(self) -> None:
        """Close the searcher."""
        with self._lock:
            if self._open:
                self._open.searcher.close()
                self._open = None

    def _state(self) -> _Open:
        """Return the open searcher, reopening it if the index changed since last checked."""
        now = time.monotonic()
        if self._open and now - self._checked < REFRESH_EVERY:
            return self._open
        self._checked = now
        try:
            generation = self.store.require_current()
            if self._open is None or self._open.generation != generation:
                index = self.store.open_index(generation)
        except (IndexMissingError, IndexOutdatedError) as error:
            raise SearchError(str(error)) from None
        if self._open is None or self._open.generation != generation:
            if self._open:
                self._open.searcher.close()
            self._open = _Open(generation, index, self._new_searcher(index))
        elif not self._open.searcher.up_to_date():
            self._open.searcher.close()
            self._open = _Open(generation, self._open.index,
                               self._new_searcher(self._open.index))
        return self._open

    @staticmethod
    def _new_searcher(index: Index) -> Searcher:
        """Open a searcher ranking with BM25F."""
        return index.searcher(weighting=scoring.BM25F())

    def search(self, request: SearchRequest, seconds: float | None = None) -> SearchResults:
        """Return the page of results, facets and suggestion for a request.

        With seconds, raise SearchTimeout when the answer is not ready by then.
        """
        deadline = Deadline.after(seconds)
        q = self.builder.parse(request.query)
        active = request_filters(request)
        for _ in range(MOVED_RETRIES):
            with self._locked(deadline):
                state = self._state()
                table = self._table(state)
                filters = {f.facet: f.mask(table) for f in active}
                results, page, terms, whys = self._search(state, request, q, active,
                                                          filters, deadline)
                generation = state.searcher.reader().generation()
            try:
                hits = build_hits(state.index, generation, page, terms, deadline)
            except IndexMoved:
                self._checked = 0.0  # look for the new state at once
                continue
            if whys:
                hits = tuple(replace(h, why=w) for h, w in zip(hits, whys, strict=True))
            return replace(results, hits=hits)
        raise SearchTimeout("the index is being updated: try again in a moment")

    @contextmanager
    def _locked(self, deadline: Deadline) -> Iterator[None]:
        """Hold the lock, waiting no longer than the deadline allows."""
        wait = deadline.remaining()
        if not self._lock.acquire(timeout=-1 if wait == float("inf") else wait):
            raise SearchTimeout("Minutebook is busy with other searches: try again in a moment")
        try:
            yield
        finally:
            self._lock.release()

    def _search(self, state: _Open, request: SearchRequest, q: wq.Query | None,
                active: tuple[Filter, ...], filters: dict[str, np.ndarray],
                deadline: Deadline) -> tuple[SearchResults, Page, frozenset[str] | None,
                                             list[Why]]:
        """Search with most words (all of a short query), a misspelling corrected; when nothing
        matches, with any word.

        Return the results without their hits, the page of hits to build, the words to mark
        and, if the request asks, why each hit of the page ranked where it did.
        """
        lexicon = index_lexicon(state.searcher.reader())
        plan = self.builder.plan(request.query, lexicon) if q is not None else None
        found = self._evaluate_plan(state, plan, deadline)
        matched = _intersect(found.mask, filters.values())
        relaxed, corrected = False, ""
        respelt = respell(state.searcher, request.query, deadline, rare=True,
                          known=self.builder.known)
        respelt_found: Scored | None = None
        if respelt:
            respelt_plan = self._plan_or_none(respelt, lexicon)
            if respelt_plan is not None:
                respelt_found = self._evaluate_plan(state, respelt_plan, deadline)
                respelt_matched = _intersect(respelt_found.mask, filters.values())
                if better(respelt_found, respelt_matched, found, matched):
                    plan, found, matched, corrected = (respelt_plan, respelt_found,
                                                       respelt_matched, respelt)
        if plan is not None and (plan.relaxed or found.filled):
            relaxed = not (matched & found.all_words).any()
        q = plan.any_query() if plan is not None else None
        if not matched.any() and request.query:
            any_q = self.builder.parse(plan.text if plan else request.query, all_words=False)
            if repr(any_q) != repr(q):
                any_found = self._evaluate(state, any_q, deadline)
                any_matched = _intersect(any_found.mask, filters.values())
                if any_matched.any():
                    q, found, matched, relaxed = any_q, any_found, any_matched, True
                    plan = None
        total = int(np.count_nonzero(matched))
        relevance = request.sort == "relevance"
        near = self.builder.near(plan.text if plan else corrected or request.query) \
            if relevance and (plan is not None or not relaxed) else None
        deadline.check()
        passage = None
        if relevance and plan is not None and len(plan.clauses) >= 2:
            # Each word by its rarity; alike for two words, which are not evaluated apart.
            weights = list(getattr(found, "rarity", ())) or [1.0] * len(plan.clauses)
            passage = (plan.clauses, weights)
        asked = asked_for(request.query) if relevance and plan is not None else None
        page, gains = self._page(state, q, request, found.score, matched, near, passage,
                                 (_distinctive(plan, found), asked) if asked else None,
                                 _window(plan))
        deadline.check()
        facets = self._facets(state, request, found.mask, filters) if request.facets else {}
        suggestion = "" if corrected else self._suggest(state, request.query, total, filters,
                                                        deadline, respelt, respelt_found)
        terms = highlight_terms(state.searcher.reader(), q) if request.snippets else None
        results = SearchResults(
            request=request, total=total, hits=(), facets=facets, relaxed=relaxed,
            filled=plan is not None and found.filled and not relaxed,
            corrected=corrected, suggestion=suggestion,
            explain=self._explain(state, q, request, near, active, filters, plan, corrected,
                                  asked, getattr(found, "bodies", ())))
        whys = self._whys(state, plan, q, found, page, gains) \
            if request.explain and relevance and q is not None else []
        return results, page, terms, whys

    def _whys(self, state: _Open, plan: Plan | None, q: wq.Query, found: Scored,
              page: Page, gains: dict[str, dict[int, float]]) -> list[Why]:
        """Return why each hit of a page scored as it did (gains: what each item's best
        passage, and an amount answering a how-much question, added)."""
        docs = np.asarray([d for d, _ in page], dtype=np.int64)
        if plan is not None:
            clauses = plan.clauses
        else:  # every word of the query, any of them
            clauses = tuple(q.subqueries) if isinstance(q, wq.Or) else (q,)
        held = found if isinstance(found, Matched) else Matched.whole(found)
        return explain_hits(clauses, lambda c: self._evaluate(state, c, Deadline()), docs,
                            np.asarray([s for _, s in page]), held.power, held.raised,
                            held.enough, self._table(state).weights(docs),
                            np.asarray([gains["passage"].get(d, 0.0) for d, _ in page]),
                            np.asarray([gains["amount"].get(d, 0.0) for d, _ in page]))

    def _evaluate_plan(self, state: _Open, plan: Plan | None, deadline: Deadline) -> Matched:
        """Return the items holding enough of a plan's words, and their scores (matching.py)."""
        return match_plan(plan, lambda q: self._evaluate(state, q, deadline))

    def _plan_or_none(self, text: str, lexicon) -> Plan | None:
        """Return the plan of a respelt text, or None if it no longer parses."""
        try:
            return self.builder.plan(text, lexicon)
        except SearchError:
            return None

    def _explain(self, state: _Open, q: wq.Query | None, request: SearchRequest,
                 near: wq.Query | None, active: tuple[Filter, ...],
                 filters: dict[str, np.ndarray], plan: Plan | None = None,
                 corrected: str = "", asked: Asked | None = None,
                 bodies: tuple[str, ...] = ()) -> str:
        """Return what ran: the query and bonus as Whoosh prints them, each word taken as
        naming a council or committee (bodies), and each filter's mask."""
        lines = [f"query:  {q!r}"]
        if corrected:
            lines.append(f"respelt: {request.query!r} → {corrected!r}")
        typed = clean_query(corrected or request.query)
        if plan is not None and plan.text != typed:
            lines.append(f"question: {' '.join(_dropped(typed, plan.text))!r} only asks: "
                         f"runs as {plan.text!r}")
        if plan is not None:
            lines.append(f"words:  {' · '.join(label(c) for c in plan.clauses)}"
                         f" (forms and expansions of each word, · between words)")
        lines += explain_lines(plan, bodies)
        if near is not None and request.sort == "relevance":
            lines.append(f"bonus:  {near!r} (the best {_window(plan)} matches: score times 1 + "
                         f"{NEAR_GAIN:g} × the share of these standing together)")
        if plan is not None and len(plan.clauses) >= 2 and request.sort == "relevance":
            lines.append(f"passage: the best {_window(plan)} matches gain {PASSAGE_GAIN:g} × the "
                         f"best score × the share of the words (by rarity) that {WINDOW} words "
                         f"running in the text hold (a title word stands in every passage), "
                         f"and lose {SCATTER_LOSS:g} × their score × the share of the words "
                         f"they hold that stand apart from that passage")
        if asked:
            lines.append(f"amount: asks {asked.what}: the best {_window(plan)} matches stating one "
                         f"within {NEAR_CHARS} characters of its words gain {AMOUNT_GAIN:g} × "
                         f"the best score")
        live = self._evaluate(state, None, Deadline()).mask if active else None
        lines += [f.explain(int(np.count_nonzero(filters[f.facet] & live))) for f in active]
        return "\n".join(lines)

    def _evaluate(self, state: _Open, q: wq.Query | None, deadline: Deadline) -> Scored:
        """Return the documents a query matches and their scores (every document if None)."""
        deadline.check()
        if q is not None:
            check_expansions(q, state.searcher.reader())
        if state.ranker is None:
            state.ranker = open_ranker(state.searcher, tuple(self.builder.weights),
                                       {"date": self._table(state).dates})
        try:
            return state.ranker.evaluate(q)
        except Unsupported:
            return WhooshRanker(state.searcher).evaluate(q)

    def _table(self, state: _Open) -> FacetTable:
        """Return the searcher's facet table, reading it on first use."""
        if state.facets is None:
            state.facets = FacetTable.cached(state.searcher.reader(), state.generation)
        return state.facets

    def _facets(self, state: _Open, request: SearchRequest, docs: np.ndarray,
                filters: dict[str, np.ndarray]) -> dict:
        """Count each facet over the matches, ignoring that facet's own filter (multi-select)."""
        table = self._table(state)
        selected = {"committee": request.committees, "speaker": request.speakers,
                    "year": tuple(str(y) for y in request.years),
                    "decision": request.decisions, "kind": request.kinds}
        out = {}
        for facet in FACETS:
            others = [m for name, m in filters.items() if name != facet]
            out[facet] = table.count(facet, _intersect(docs, others), selected[facet],
                                     0 if facet == request.all_values else None)
        return out

    def _page(self, state: _Open, q: wq.Query | None, request: SearchRequest,
              score: np.ndarray, matched: np.ndarray, near: wq.Query | None = None,
              passage: tuple[tuple[wq.Query, ...], list[float]] | None = None,
              amount: tuple[frozenset[str], Asked] | None = None, window: int = RERANK
              ) -> tuple[Page, dict[str, dict[int, float]]]:
        """Rank the matches and return the (docnum, score) of the requested page's hits, and
        what the best passage (and an amount, for a how-much question) added to each item it
        raised.

        With near, the best window matches gain the bonus of the query's words standing
        together before the page is cut; with passage (the query's words and how much each
        counts), the bonus of the share of them their best passage holds; with amount (the
        terms of a how-much or how-big question and what it asks), the bonus of an amount or a
        measure beside them.
        """
        start = (request.page - 1) * request.limit
        docs = np.flatnonzero(matched)
        added: dict[str, dict[int, float]] = {"passage": {}, "amount": {}}
        if start >= docs.size:
            return [], added
        wanted = start + request.limit
        if q is None or request.sort != "relevance":
            table = self._table(state)
            dates = table.dates[docs]
            # Undated items come last whichever way the dates run.
            key = np.where(dates > 0, -dates if request.sort != "oldest" else dates,
                           np.iinfo(np.int64).max)
            order = docs[np.lexsort((table.positions[docs], key))][start:wanted]
            scored = False
        else:
            scores = score[docs] * self._table(state).weights(docs)
            if near is not None or passage is not None or amount:
                # Only the best (window) by score can gain; they stay above the rest either way,
                # so every page is cut from the same order.
                best = (np.argpartition(-scores, window - 1)[:window]
                        if docs.size > window else np.arange(docs.size))
                scores = scores.copy()
                try:
                    if near is not None:
                        scores[best] *= 1 + NEAR_GAIN * self._together(state, near, docs[best])
                    if passage is not None:
                        # On the scale of the best match, whatever the item's length: a long
                        # item's focused passage counts as much as a short item's.
                        share, held = state.ranker.passage_among(*passage, docs[best])
                        apart = np.where(held > 0, 1 - share / np.maximum(held, 1e-6), 0)
                        gain = (PASSAGE_GAIN * share * scores[best].max()
                                - SCATTER_LOSS * apart * scores[best])
                        scores[best] += gain
                        added["passage"] = dict(zip(docs[best].tolist(), gain.tolist(),
                                                    strict=True))
                    if amount:
                        gain = AMOUNT_GAIN * scores[best].max() * self._amounts(
                            state, docs[best], *amount)
                        scores[best] += gain
                        added["amount"] = dict(zip(docs[best].tolist(), gain.tolist(),
                                                   strict=True))
                finally:
                    state.ranker.forget_positions()
            if docs.size > wanted:
                keep = np.argpartition(-scores, wanted - 1)[:wanted]
                docs, scores = docs[keep], scores[keep]
            order = docs[np.lexsort((docs, -scores))][start:wanted]
            scored = True
        shown = dict(zip(docs.tolist(), scores.tolist(), strict=True)) if scored else {}
        return [(int(d), shown.get(int(d), 0.0)) for d in order], added

    @staticmethod
    def _amounts(state: _Open, docs: np.ndarray, terms: frozenset[str], asked: Asked
                 ) -> np.ndarray:
        """Return 1 for each of docs whose text states what was asked (an amount, a measure)
        beside the terms, else 0."""
        stored = state.searcher.stored_fields
        return np.array([amount_near(stored(int(d)).get("text") or "", terms, asked.pattern)
                         for d in docs.tolist()], dtype=np.float32)

    @staticmethod
    def _together(state: _Open, near: wq.Query, docs: np.ndarray) -> np.ndarray:
        """Return the share of the query's neighbouring words standing together in each of
        docs (none if the ranker cannot tell)."""
        try:
            return state.ranker.together_among(near, docs)
        except Unsupported:
            return np.zeros(docs.size, dtype=np.float32)

    def _suggest(self, state: _Open, text: str, total: int, filters: dict[str, np.ndarray],
                 deadline: Deadline, respelt: str | None = None,
                 respelt_found: Scored | None = None) -> str:
        """Suggest a respelling when a query finds little and the respelling, filtered, more.

        respelt and respelt_found are the respelling and its matches when already made.
        """
        if total >= SUGGEST_BELOW or not text:
            return ""
        if respelt is None:
            respelt = respell(state.searcher, text, deadline,
                              known=self.builder.known)
        if not respelt:
            return ""
        if respelt_found is None:
            respelt_q = self._parse_or_none(respelt)
            if respelt_q is None:
                return ""
            respelt_found = self._evaluate(state, respelt_q, deadline)
        more = int(np.count_nonzero(_intersect(respelt_found.mask, filters.values())))
        return respelt if more > total else ""

    def _parse_or_none(self, text: str) -> wq.Query | None:
        """Return the query for a respelt text, or None if it no longer parses."""
        try:
            return self.builder.parse(text)
        except SearchError:
            return None

    def item(self, item_id: str) -> ItemPage:
        """Return an item and its neighbours; NotFoundError if there is no such item."""
        with self._lock:
            return item_page(self._state().searcher, item_id)

    def meeting(self, meeting_id: str) -> MeetingView:
        """Return a meeting and its items; NotFoundError if there is no such meeting."""
        with self._lock:
            return meeting_view(self._state().searcher, meeting_id)

    def overview(self) -> Overview:
        """Return what the index holds, for the landing page."""
        with self._lock:
            state = self._state()
            return overview(state.searcher, self._table(state))

    def highlight_terms(self, text: str) -> frozenset[str]:
        """Return the indexed words a query would highlight (empty for a bad query)."""
        try:
            q = self.builder.parse(text)
        except SearchError:
            return frozenset()
        with self._lock:
            reader = self._state().searcher.reader()
            try:
                check_expansions(q, reader)
            except SearchError:
                return frozenset()
            return highlight_terms(reader, q)

    def source_file(self, source: str) -> Path:
        """Return the file an item came from, only if it lies inside the archive indexed."""
        with self._lock:
            generation = self._state().generation
        manifest = Manifest(generation / STATE_FILE)
        try:
            state = manifest.file(source)
        finally:
            manifest.close()
        if state is None:
            raise NotFoundError(f"{source!r} is not a file of this archive")
        root = Path(state.root).resolve()
        path = (root / source).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            raise NotFoundError(f"{source!r} is not a file of this archive")
        return path

    def items(self) -> Iterator[Item]:
        """Yield every item, ordered by source file and position, from one snapshot."""
        with self.store.open_index().searcher() as searcher:
            keys = sorted((f["source"], f.get("position", 0), n)
                          for n, f in searcher.reader().iter_docs())
            for _, _, docnum in keys:
                yield stored_item(searcher.stored_fields(docnum))


def _distinctive(plan: Plan, found: Scored) -> frozenset[str]:
    """Return the text terms of a plan's words that count at least half as much as its rarest
    (every word's, when the words were not weighed apart), leaving out the words that ask for
    the sum ('cost', 'price'), which the amount stands in for."""
    rarity = list(getattr(found, "rarity", ())) or [1.0] * len(plan.clauses)
    asking = asking_terms()
    words = [(text_words(c, PASSAGE_FIELD), r) for c, r in zip(plan.clauses, rarity, strict=True)]
    words = [(w, r) for w, r in words if not w <= asking] or words
    top = max(r for _, r in words)
    return frozenset(t for w, r in words if r >= top / 2 for t in w)


def _window(plan: Plan | None) -> int:
    """Return how many of the best matches the bonuses weigh: more for a question."""
    return RERANK_QUESTION if plan is not None and plan.question else RERANK


def _dropped(asked: str, ran: str) -> list[str]:
    """Return the words of a question that did not run (its question words), in order."""
    kept = ran.split()
    out = []
    for word in asked.split():
        if kept and word == kept[0]:
            kept.pop(0)
        else:
            out.append(word)
    return out


def _intersect(docs: np.ndarray, others) -> np.ndarray:
    """Intersect a mask of documents with some filter masks."""
    for other in others:
        docs = docs & other
    return docs
