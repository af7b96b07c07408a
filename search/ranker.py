"""Match and rank every document of a query at once, with numpy arrays over the posting lists.

Whoosh's own matchers visit matching documents one at a time in Python, which costs tens of
milliseconds per query on a large archive. Here each term's posting list is read block by
block into arrays and the query's boolean structure becomes array operations, giving the same
BM25F scores Whoosh computes (B 0.75, K1 1.2, its idf and its byte-rounded field lengths).
Queries this module does not know raise Unsupported, and the caller falls back to Whoosh.

Reading posting lists by block relies on Whoosh's internals (indexer/build/whoosh_private.py);
open_ranker() probes them once per opened index and, if they do not read as expected, returns
WhooshRanker, which answers the same questions with Whoosh's own matchers, and says so once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from math import log

import numpy as np
from whoosh import query as wq
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.build.whoosh_private import leaf_length_bytes, leaf_postings, probe

from .passages import PASSAGE_FIELD, TITLE_FIELD, shares, text_words

B = 0.75
K1 = 1.2
CACHE_BYTES = 64 * 1024 * 1024  # posting lists kept per searcher for the next query
FEW_POSITIONS = 64
RARITY_FLOOR = 0.1  # the least a word counts in the share of a query's words an item holds
LOG = logging.getLogger("minutebook")
LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


class Unsupported(Exception):
    """A query this module cannot evaluate; Whoosh's matchers must."""


@dataclass
class Scored:
    """The documents a query matches (a boolean mask) and their scores."""

    mask: np.ndarray
    score: np.ndarray


def rarities(parts: list[Scored]) -> list[float]:
    """Return how much each word (each part's matches) counts among a query's words: BM25's
    own idf, near 0 for a word half the items hold ('community'), at least RARITY_FLOOR."""
    size = parts[0].mask.size
    return [max(RARITY_FLOOR, log((size - n + 0.5) / (n + 0.5)))
            for n in (np.count_nonzero(p.mask) for p in parts)]


def held_share(parts: list[Scored], docs: np.ndarray) -> np.ndarray:
    """Return the share of some words (each part's matches) each of docs holds, each word
    counted by its rarity over the documents ('saltire' counts more than 'new'), so an item
    lacking 'community' loses little, and one lacking 'precept' much.
    """
    idf = rarities(parts)
    held = np.zeros(docs.size, dtype=np.float32)
    for part, weight in zip(parts, idf, strict=True):
        held += part.mask[docs] * np.float32(weight)
    return held / np.float32(sum(idf))


def open_ranker(searcher: Searcher, scored_fields: tuple[str, ...],
                numeric: dict[str, np.ndarray] | None = None) -> Ranker | WhooshRanker:
    """Return the numpy ranker if its fast path reads this index right, else WhooshRanker."""
    try:
        reason = probe(searcher.reader())
        if not reason:
            return Ranker(searcher, scored_fields, numeric)
    except Exception as error:  # anything the internals raise means: do not use them
        reason = f"{type(error).__name__}: {error}"
    LOG.warning("minutebook: fast ranker unavailable (%s); using Whoosh's matchers", reason)
    return WhooshRanker(searcher)


class Ranker:
    """Evaluates queries against one searcher; holds its per-document arrays."""

    def __init__(self, searcher: Searcher, scored_fields: tuple[str, ...],
                 numeric: dict[str, np.ndarray] | None = None) -> None:
        self.searcher = searcher
        self.reader: IndexReader = searcher.reader()
        self.size = self.reader.doc_count_all()
        self.leaves = list(self.reader.leaf_readers())
        self.live = np.ones(self.size, dtype=bool)
        for leaf, offset in self.leaves:
            deleted = list(leaf.deleted_docs_set) if leaf.has_deletions() else []
            self.live[np.asarray(deleted, dtype=np.int64) + offset] = False
        self.lengths = {name: self._lengths(name) for name in scored_fields}
        self.average = {name: (searcher.avg_field_length(name) or 1.0) for name in scored_fields}
        self.numeric = numeric or {}
        self._postings_cache: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        self._cached_bytes = 0
        self._phrases: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}
        self._positions: dict[tuple[str, str], dict[int, list[int]]] = {}

    def bonus_among(self, q: wq.Query, docs: np.ndarray) -> np.ndarray:
        """Return what q adds to each of docs' scores, checking its phrases for docs only.

        q is a phrase or an Or of phrases; a phrase that holds in a document adds its words'
        scores there, as a phrase does in evaluate(). Each word's posting list is skipped once
        to each candidate of every phrase holding the word (pairs of neighbouring words share
        their words) and the positions compared here: Whoosh's phrase matcher would check
        every document between two candidates that holds all the words.
        """
        return self._among(q, docs)[0]

    def together_among(self, q: wq.Query, docs: np.ndarray) -> np.ndarray:
        """Return the share of q's phrases (a phrase or an Or of phrases) that hold in each of
        docs, checking them as bonus_among() does."""
        _, held, phrases = self._among(q, docs)
        return held / np.float32(phrases)

    def _among(self, q: wq.Query, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
        """Return, for each of docs, the score its holding phrases of q add and how many of
        them hold there; and how many phrases q has."""
        bonus = np.zeros(docs.size, dtype=np.float32)
        held = np.zeros(docs.size, dtype=np.float32)
        phrases = q.subqueries if isinstance(q, wq.Or) else [q]
        order = np.argsort(docs, kind="stable")
        ordered = docs[order]
        words: dict[tuple[str, str, float], Scored] = {}
        checks = []
        for phrase in phrases:
            if not isinstance(phrase, wq.Phrase):
                raise Unsupported(type(phrase).__name__)
            mask = self.live[ordered].copy()
            score = np.zeros(ordered.size, dtype=np.float32)
            for word in phrase.words:
                key = (phrase.fieldname, word, phrase.boost)
                if key not in words:
                    words[key] = self._term(*key)
                mask &= words[key].mask[ordered]
                score += words[key].score[ordered]
            candidates = np.flatnonzero(mask)
            if candidates.size:
                checks.append((phrase, candidates, score))
        positions = self._positions_among(
            [(p.fieldname, w, ordered[c]) for p, c, _ in checks for w in p.words])
        for phrase, candidates, score in checks:
            for k in candidates.tolist():
                doc = int(ordered[k])
                found = [positions[(phrase.fieldname, w)].get(doc, []) for w in phrase.words]
                if all(found) and _in_order_within(found, phrase.slop):
                    bonus[order[k]] += score[k]
                    held[order[k]] += 1
        return bonus, held, len(phrases)

    def passage_among(self, clauses: tuple[wq.Query, ...], weights: list[float],
                      docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return, for each of docs, the share of the query's words (clauses, counted by
        weights) that its best passage holds (passages.py), and that the item holds, reading
        each word's positions once, in document order."""
        words = [{w for w in text_words(c, PASSAGE_FIELD)
                  if self.postings(PASSAGE_FIELD, w)[0].size} for c in clauses]
        positions = self._positions_among(
            [(PASSAGE_FIELD, w, docs[_holding(docs, self.postings(PASSAGE_FIELD, w)[0])])
             for found in words for w in found])
        everywhere = np.zeros((docs.size, len(clauses)), dtype=bool)
        for k, clause in enumerate(clauses):
            for word in text_words(clause, TITLE_FIELD):
                everywhere[:, k] |= _holding(docs, self.postings(TITLE_FIELD, word)[0])
        found = ([sorted(p for w in found for p in positions[(PASSAGE_FIELD, w)].get(doc, ()))
                  for found in words] for doc in docs.tolist())
        return shares(found, weights, everywhere, docs.size)

    def _positions_among(self, wanted: list[tuple[str, str, np.ndarray]]
                         ) -> dict[tuple[str, str], dict[int, list[int]]]:
        """Return each (field, word)'s positions in the documents asked of it, reading its
        posting list once, in document order."""
        docs: dict[tuple[str, str], set[int]] = {}
        for field, word, among in wanted:
            docs.setdefault((field, word), set()).update(among.tolist())
        out = {}
        for key, among in docs.items():
            known = self._positions.setdefault(key, {})
            missing = sorted(among.difference(known))
            if missing:
                matcher = self.reader.postings(*key)
                known.update((doc, _positions_at(matcher, doc)) for doc in missing)
            out[key] = known
        return out

    def forget_positions(self) -> None:
        """Forget the positions read for one search (its words-together and passage bonus
        read the same words' positions in the same items)."""
        self._positions.clear()

    def _phrase_holds(self, phrase: wq.Phrase, docs: np.ndarray) -> np.ndarray:
        """Return, for each of docs (ascending), whether the phrase's words stand in order there.

        Each word's posting list is skipped to each document and the positions compared
        here: Whoosh's span matchers compare every position with every other (quadratic in
        a document that repeats the words).
        """
        matchers = [self.reader.postings(phrase.fieldname, w) for w in phrase.words]
        held = np.zeros(docs.size, dtype=bool)
        for k, doc in enumerate(docs.tolist()):
            positions = [_positions_at(m, doc) for m in matchers]
            held[k] = all(positions) and _in_order_within(positions, phrase.slop)
        return held

    def _lengths(self, field: str) -> np.ndarray:
        """Return every document's length in a field, rounded as Whoosh stores it."""
        out = np.zeros(self.size, dtype=np.float32)
        for leaf, offset in self.leaves:
            count = leaf.doc_count_all()
            column = leaf_length_bytes(leaf, field)
            if column is None or count == 0:
                continue
            raw = np.frombuffer(column, dtype=np.uint8)[:count]
            out[offset:offset + raw.size] = LENGTH_OF_BYTE[raw]
        return out

    def evaluate(self, q: wq.Query | None) -> Scored:
        """Return the documents q matches and their scores (everything, unscored, for None)."""
        if q is None or isinstance(q, wq.Every):
            return Scored(self.live.copy(), np.zeros(self.size, dtype=np.float32))
        result = self._eval(q)
        result.mask &= self.live
        return result

    def _eval(self, q: wq.Query) -> Scored:
        """Evaluate one node of a query tree."""
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.And):
            return self._and([c for c in q.subqueries if not isinstance(c, wq.Not)],
                             [c.query for c in q.subqueries if isinstance(c, wq.Not)])
        if isinstance(q, wq.Or):
            return self._or([self._eval(c) for c in q.subqueries])
        if isinstance(q, wq.Not):
            inner = self._eval(q.query)
            return Scored(self.live & ~inner.mask, np.zeros(self.size, dtype=np.float32))
        if isinstance(q, wq.AndNot):
            return self._and([q.a], [q.b])
        if isinstance(q, wq.Require):
            wanted, required = self._eval(q.a), self._eval(q.b)
            return Scored(wanted.mask & required.mask, wanted.score)
        if isinstance(q, wq.AndMaybe):
            wanted, maybe = self._eval(q.a), self._eval(q.b)
            return Scored(wanted.mask, wanted.score + np.where(wanted.mask, maybe.score, 0))
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, wq.NumericRange) and q.fieldname in self.numeric:
            return self._range(q)
        if isinstance(q, wq.NumericRange | wq.TermRange):
            return self._constant(q)
        if isinstance(q, wq.MultiTerm):
            return self._or([self._term(q.fieldname, text, q.boost)
                             for _, text in q.expanded_terms(self.reader)])
        if isinstance(q, wq.NullQuery.__class__):
            return self._nothing()
        if isinstance(q, wq.Every):  # '*:*' among other words: every document, no score
            return Scored(self.live.copy(), np.zeros(self.size, dtype=np.float32))
        raise Unsupported(type(q).__name__)

    def _nothing(self) -> Scored:
        """Return a result with no documents."""
        return Scored(np.zeros(self.size, dtype=bool), np.zeros(self.size, dtype=np.float32))

    def _and(self, positive: list[wq.Query], negative: list[wq.Query]) -> Scored:
        """Documents matching every positive query and no negative one; scores add up."""
        if not positive:
            return self._nothing()
        parts = [self._eval(c) for c in positive]
        mask = parts[0].mask.copy()
        for part in parts[1:]:
            mask &= part.mask
        for query in negative:
            mask &= ~self._eval(query).mask
        score = np.sum([p.score for p in parts], axis=0, dtype=np.float32)
        return Scored(mask, np.where(mask, score, 0).astype(np.float32))

    def _or(self, parts: list[Scored]) -> Scored:
        """Documents matching any part; the scores of the parts that match add up."""
        if not parts:
            return self._nothing()
        mask = parts[0].mask.copy()
        score = parts[0].score.copy()
        for part in parts[1:]:
            mask |= part.mask
            score += part.score
        return Scored(mask, score)

    def _term(self, field: str, text: str | bytes, boost: float) -> Scored:
        """Score a term's documents with BM25F."""
        ids, tf = self.postings(field, text)
        mask = np.zeros(self.size, dtype=bool)
        score = np.zeros(self.size, dtype=np.float32)
        if ids.size == 0:
            return Scored(mask, score)
        mask[ids] = True
        if field in self.lengths:
            idf = log(self.size / (self.searcher.doc_frequency(field, text) + 1)) + 1
            length = self.lengths[field][ids]
            norm = K1 * ((1 - B) + B * length / self.average[field])
            score[ids] = boost * idf * (tf * (K1 + 1)) / (tf + norm)
        else:
            score[ids] = boost
        return Scored(mask, score)

    def postings(self, field: str, text: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        """Return a term's document numbers and term frequencies, read a block at a time."""
        key = (field, text if isinstance(text, str) else text.decode("utf-8"))
        cached = self._postings_cache.get(key)
        if cached is not None:
            return cached
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        fieldobj = self.reader.schema[field]
        for leaf, offset in self.leaves:
            btext = fieldobj.to_bytes(key[1]) if isinstance(key[1], str) else key[1]
            try:
                if (field, btext) not in leaf:
                    continue
                block_ids, block_weights = leaf_postings(leaf, field, btext, fieldobj.format)
            except TermNotFound:
                continue
            ids.append(block_ids + offset)
            weights.append(block_weights)
        result = ((np.concatenate(ids), np.concatenate(weights)) if ids
                  else (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)))
        size = result[0].nbytes + result[1].nbytes
        if self._cached_bytes + size > CACHE_BYTES:
            self._postings_cache.clear()
            self._cached_bytes = 0
        self._postings_cache[key] = result
        self._cached_bytes += size
        return result

    def _phrase(self, q: wq.Phrase) -> Scored:
        """Match a phrase with Whoosh's positions; score it as the sum of its words."""
        words = [self._term(q.fieldname, w, q.boost) for w in q.words]
        together = self._and_scored(words)
        if not together.mask.any():
            return together
        key = (q.fieldname, tuple(q.words), q.slop)
        docs = self._phrases.get(key)
        if docs is None:
            candidates = np.flatnonzero(together.mask & self.live)
            docs = candidates[self._phrase_holds(q, candidates)]
            if len(self._phrases) > 1024:
                self._phrases.clear()
            self._phrases[key] = docs
        mask = np.zeros(self.size, dtype=bool)
        mask[docs] = True
        mask &= together.mask
        return Scored(mask, np.where(mask, together.score, 0).astype(np.float32))

    def _range(self, q: wq.NumericRange) -> Scored:
        """Match a range of a numeric column (the meeting date) with array comparisons."""
        values = self.numeric[q.fieldname]
        mask = values > 0
        if q.start is not None:
            mask &= values > q.start if q.startexcl else values >= q.start
        if q.end is not None:
            mask &= values < q.end if q.endexcl else values <= q.end
        return Scored(mask, np.where(mask, np.float32(q.boost), 0).astype(np.float32))

    @staticmethod
    def _and_scored(parts: list[Scored]) -> Scored:
        """Intersect scored parts, adding their scores."""
        mask = parts[0].mask.copy()
        for part in parts[1:]:
            mask &= part.mask
        score = np.sum([p.score for p in parts], axis=0, dtype=np.float32)
        return Scored(mask, np.where(mask, score, 0).astype(np.float32))

    def _constant(self, q: wq.Query) -> Scored:
        """Match a range query through Whoosh; each match scores the query's boost."""
        mask = np.zeros(self.size, dtype=bool)
        docs = np.fromiter(q.docs(self.searcher), dtype=np.int64)
        mask[docs] = True
        return Scored(mask, np.where(mask, np.float32(q.boost), 0).astype(np.float32))


def _holding(docs: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Return which of a few docs a posting list's ascending document numbers (ids) hold, by
    binary search (a set operation would sort the whole list)."""
    if ids.size == 0:
        return np.zeros(docs.size, dtype=bool)
    at = np.minimum(np.searchsorted(ids, docs), ids.size - 1)
    return ids[at] == docs


def _positions_at(matcher, doc: int) -> list[int]:
    """Return a word's positions in doc, moving its matcher forward ([] if it is not there)."""
    if matcher.is_active() and matcher.id() < doc:
        matcher.skip_to(doc)
    if matcher.is_active() and matcher.id() == doc:
        return list(matcher.value_as("positions"))
    return []


def _in_order_within(positions: list[list[int]], slop: int) -> bool:
    """Return True if each word follows the one before it by 1 to slop positions.

    Positions come from the document, so each step is a sort and a binary search per
    position (n log n), not a comparison of every position with every other (which is
    quicker only for the few positions most documents have).
    """
    if sum(map(len, positions)) <= FEW_POSITIONS:
        near = set(positions[0])
        for following in positions[1:]:
            near = {p for p in following if any(0 < p - q <= slop for q in near)}
            if not near:
                return False
        return True
    reached = np.unique(np.asarray(positions[0], dtype=np.int64))
    for following in positions[1:]:
        candidates = np.asarray(following, dtype=np.int64)
        # The last reached position before p must be within slop of it.
        before = np.searchsorted(reached, candidates, side="left") - 1
        ok = before >= 0
        ok[ok] = candidates[ok] - reached[before[ok]] <= slop
        reached = np.unique(candidates[ok])
        if reached.size == 0:
            return False
    return True


class WhooshRanker:
    """The Ranker's questions answered by Whoosh's own matchers: slower, any query."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.size = searcher.doc_count_all()

    def evaluate(self, q: wq.Query | None) -> Scored:
        """Return the documents q matches and their scores (everything, unscored, for None)."""
        mask = np.zeros(self.size, dtype=bool)
        score = np.zeros(self.size, dtype=np.float32)
        if q is None or isinstance(q, wq.Every):
            mask[list(self.searcher.reader().all_doc_ids())] = True
            return Scored(mask, score)
        for hit in self.searcher.search(self._boosted(q), limit=None):
            mask[hit.docnum] = True
            score[hit.docnum] = hit.score
        return Scored(mask, score)

    def _boosted(self, q: wq.Query) -> wq.Query:
        """Return q with each pattern ('licen*') written as the words it stands for, each
        carrying the pattern's field boost: Whoosh scores a pattern's words without it, the
        Ranker with it (a title's 'licensing' weighs as a title word does)."""
        if isinstance(q, wq.MultiTerm):
            words = [wq.Term(q.fieldname, text.decode("utf-8") if isinstance(text, bytes)
                             else text, boost=q.boost)
                     for _, text in q.expanded_terms(self.searcher.reader())]
            return wq.Or(words) if words else wq.NullQuery
        return q.apply(self._boosted)

    def bonus_among(self, q: wq.Query, docs: np.ndarray) -> np.ndarray:
        """Return what q adds to each of docs' scores, as Whoosh scores q there."""
        found = {hit.docnum: hit.score for hit in
                 self.searcher.search(self._boosted(q), filter=set(docs.tolist()), limit=None)}
        return np.asarray([found.get(int(d), 0.0) for d in docs], dtype=np.float32)

    def passage_among(self, clauses: tuple[wq.Query, ...], weights: list[float],
                      docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return the share of the query's words each of docs' best passage holds, and the
        item holds, as Ranker does, reading positions through Whoosh's own matchers."""
        wanted = sorted(set(docs.tolist()))
        words = [text_words(c, PASSAGE_FIELD) for c in clauses]
        positions = {w: self._positions(PASSAGE_FIELD, w, wanted) for found in words for w in found}
        everywhere = np.zeros((docs.size, len(clauses)), dtype=bool)
        for k, clause in enumerate(clauses):
            for word in text_words(clause, TITLE_FIELD):
                titled = self._positions(TITLE_FIELD, word, wanted, read=False)
                everywhere[:, k] |= np.isin(docs, list(titled))
        found = ([sorted(p for w in found for p in positions[w].get(doc, ())) for found in words]
                 for doc in docs.tolist())
        return shares(found, weights, everywhere, docs.size)

    def _positions(self, field: str, word: str, docs: list[int], *, read: bool = True
                   ) -> dict[int, list[int]]:
        """Return the word's positions in each of the sorted docs that hold it (with read
        False, only which docs hold it)."""
        try:
            matcher = self.searcher.reader().postings(field, word)
        except TermNotFound:
            return {}
        out = {}
        for doc in docs:
            if not matcher.is_active():
                break
            matcher.skip_to(doc)
            if matcher.is_active() and matcher.id() == doc:
                out[doc] = list(matcher.value_as("positions")) if read else []
        return out

    def forget_positions(self) -> None:
        """Keep nothing between searches (as Ranker.forget_positions)."""

    def together_among(self, q: wq.Query, docs: np.ndarray) -> np.ndarray:
        """Return the share of q's phrases that hold in each of docs, as Whoosh matches them."""
        phrases = q.subqueries if isinstance(q, wq.Or) else [q]
        held = np.zeros(docs.size, dtype=np.float32)
        for phrase in phrases:
            held += self.bonus_among(phrase, docs) > 0
        return held / np.float32(len(phrases))
