"""Where the kind of character changes inside a word, found for a whole page of text at once.

pdfium_text.py measures the gap at each such change to see whether pdfminer.six would write a
space there. A regular expression finds them line by line; over a page's text a table of each
character's kind finds them in a few array operations, with the same answers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import numpy as np

BOUNDARY = re.compile(r"[^\w\s](?=[^\W_])|\d(?=[^\W\d_])|[^\W\d_](?=\d)|[a-z](?=[A-Z])")
"""A mark, digit or lower-case letter before a letter or digit of another kind (the change is
at the match's end)."""
KINDS = (r"[^\w\s]", r"\d", r"[^\W\d_]", "[a-z]", "[A-Z]")
"""The kinds BOUNDARY tells apart, numbered from 1 (0: a space or '_'); a later one overrides."""
MARK, DIGIT, LETTER, LOWER, UPPER = range(1, 6)
CHANGES = np.zeros((6, 6), dtype=bool)
"""CHANGES[kind before, kind after]: the pairs BOUNDARY matches."""
CHANGES[MARK, [DIGIT, LETTER, LOWER, UPPER]] = True
CHANGES[DIGIT, [LETTER, LOWER, UPPER]] = True
CHANGES[[LETTER, LOWER, UPPER], DIGIT] = True
CHANGES[LOWER, UPPER] = True
BMP = 0x10000


@cache
def _kinds() -> np.ndarray:
    """Return the kind of every character below U+10000, lone surrogates included."""
    every = "".join(map(chr, range(BMP)))
    kinds = np.zeros(BMP, dtype=np.uint8)
    for kind, pattern in enumerate(KINDS, 1):
        kinds[[m.start() for m in re.finditer(pattern, every)]] = kind
    return kinds


class KindChanges:
    """The positions in a page's text where BOUNDARY matches."""

    def __init__(self, text: str) -> None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self._at: list[int] | None = None  # None: a character beyond U+FFFF, found by part
        if not codes.size or codes.max() < BMP:
            kinds = _kinds()[codes]
            self._at = (np.flatnonzero(CHANGES[kinds[:-1], kinds[1:]]) + 1).tolist()

    def within(self, start: int, part: str) -> list[int]:
        """Return the offsets in part, which starts at start in the page's text, where the kind
        of character changes.

        part may end in a hyphen where the text has PDFium's mark for a word broken at a line
        end: both are marks, and nothing follows them in part.
        """
        if self._at is None:
            return [m.end() for m in BOUNDARY.finditer(part)]
        low = bisect_right(self._at, start)
        return [k - start for k in self._at[low:bisect_right(self._at, start + len(part) - 1)]]
