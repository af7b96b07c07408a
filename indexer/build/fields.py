"""Whoosh text fields that index a value word by word through a cache of each word's terms.

Whoosh indexes a field by running its analyzer over the whole value, one Token object
through four filters per word: over half of a build's writing time. Our analyzers
(analysis.py) are a word pattern followed by filters that each look at one word alone, so a
word always gives the same terms at the same offsets from its position. These fields split
the value with the same pattern, analyse each distinct word once (with the field's own
analyzer, so the terms cannot drift from it) and post the cached terms: the same terms,
positions, frequencies and weights as Whoosh's word_values, at a fraction of the cost.
Queries and highlighting still run the analyzer itself.

The classes are pickled into the index with the schema (see schema.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import chain

from whoosh.compat import dumps
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.system import pack_uint

from .analysis import WORD

WORDS = re.compile(WORD).findall
CACHE_WORDS = 200_000
# A word's terms (UTF-8) with their offsets from the word's position, and the positions it spans.
Terms = tuple[tuple[tuple[bytes, int], ...], int]
_FREQUENCY = tuple(pack_uint(n) for n in range(64))
# Most terms occur once in a field: Positions.encode([p]) of the first positions, made once.
_ONE_POSITION = tuple(pack_uint(1) + dumps([p], 2) for p in range(4096))


def word_terms(analyzer, word: str) -> Terms:
    """Return the terms the analyzer makes of one word, with offsets, and the span."""
    terms = tuple((t.text.encode("utf-8"), t.pos)
                  for t in analyzer(word, positions=True, mode="index"))
    return terms, max((pos for _, pos in terms), default=0) + 1


class WordCachedText(TEXT):
    """A TEXT field whose analyzer is a WORD tokenizer and per-word filters, indexed by cache.

    Only sound for such analyzers: a filter that looks at neighbouring words (stop words
    with renumbering, shingles) would make a word's terms depend on its context. The cache
    belongs to the field object in one process and is left out when the schema is pickled.
    """

    def __getstate__(self) -> dict:
        """Return the field's state for pickling, without the word cache."""
        state = dict(self.__dict__)
        state.pop("_word_cache", None)
        state.pop("_term_cache", None)
        return state

    def index(self, value, **kwargs) -> Iterator[tuple[bytes, int, float, bytes]]:
        """Yield (term bytes, frequency, weight, encoded value) for each term of the value."""
        if not isinstance(value, str) or kwargs:
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        if isinstance(self.format, Positions):
            positions = self._positions(value)
            encode = self.format.encode
            for term, where in positions.items():
                count = len(where)
                if count == 1 and where[0] < len(_ONE_POSITION):
                    yield term, 1, boost, _ONE_POSITION[where[0]]
                else:
                    yield term, count, count * boost, encode(where)
        else:
            for term, count in self._counts(value).items():
                frequency = _FREQUENCY[count] if count < len(_FREQUENCY) else pack_uint(count)
                yield term, count, count * boost, frequency

    def _counts(self, value: str) -> Counter[bytes]:
        """Return each term of the value with how often it occurs (no positions kept)."""
        cache: dict[str, tuple[bytes, ...]] | None = self.__dict__.get("_term_cache")
        if cache is None or len(cache) >= CACHE_WORDS:
            cache = self.__dict__["_term_cache"] = {}
        words = WORDS(value)
        for word in set(words).difference(cache):
            cache[word] = tuple(term for term, _ in word_terms(self.analyzer, word)[0])
        return Counter(chain.from_iterable(map(cache.__getitem__, words)))

    def _positions(self, value: str) -> dict[bytes, list[int]]:
        """Return each term of the value with the positions it is found at."""
        cache: dict[str, Terms] | None = self.__dict__.get("_word_cache")
        if cache is None or len(cache) >= CACHE_WORDS:
            cache = self.__dict__["_word_cache"] = {}
        words = WORDS(value)
        for word in set(words).difference(cache):
            cache[word] = word_terms(self.analyzer, word)
        positions: dict[bytes, list[int]] = defaultdict(list)
        at = 0
        for terms, span in map(cache.__getitem__, words):
            for term, offset in terms:
                positions[term].append(at + offset)
            at += span
        return positions
