"""Text layers that cannot be decoded: '(cid:12)' codes, fonts whose codes are shifted."""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import HEADING_MARK as HEADING

CID = re.compile(r"\(cid:\d+\)")
WORD = re.compile(r"[A-Za-z]{2,}")
LETTER = re.compile(r"[^\W\d_]")
VOWEL = re.compile("[aeiouyAEIOUY]")
ODD = re.compile(r"[\x00-\x08\x0e-\x1f¶µ\ufffd]")
MIN_LINE = 12
LONG_RUN = 30
UNREADABLE_SHARE = 0.5
JUDGED_PAGES = 512
JUDGED_MAX_CHARS = 8000
"""The verdicts kept: a PDF page is judged when its reader is chosen (pdf.py) and again when
the document is read (document.py). Only pages up to JUDGED_MAX_CHARS long are kept (pages in
../shared run to 4,200), so the cache holds at most 512 pages of 8,000 characters and their
kept lines: about 16 MB of text with curly quotes (two bytes a character)."""
LONG_RUNS = re.compile(rf"\S{{{LONG_RUN},}}")
"""Runs of LONG_RUN or more characters without a space (\\S splits where str.split does)."""
NOT_ASCII_LETTER = bytes(i for i in range(128) if not LETTER.match(chr(i)))
NOT_VOWEL = bytes(i for i in range(128) if not VOWEL.match(chr(i)))
"""The ASCII characters that are not letters, and not vowels: deleted to count the rest."""


def undecodable(line: str) -> bool:
    """Return True for a line whose characters do not read as text in any language of words.

    Such lines are '(cid:NN)' codes, control characters, or a font's codes shifted by a fixed
    offset ('µ*RRG¶WRµ0RGHUDWH¶&RXQFLOORUV…'): long runs without spaces, few vowels.
    """
    text = line.strip()
    if len(text) < MIN_LINE:
        return False
    if CID.search(text) and len(CID.sub("", text).strip()) < len(text) / 4:
        return True
    if len(ODD.findall(text)) * 10 >= len(text):
        return True
    for run in LONG_RUNS.findall(text):
        if _count(run, LETTER, NOT_ASCII_LETTER) >= 0.7 * len(run) \
                and not re.search(r"[./@-]", run):
            return True
    letters = _count(text, LETTER, NOT_ASCII_LETTER)
    if letters >= 40:
        vowels = _count(text, VOWEL, NOT_VOWEL) / letters
        if vowels < 0.12 and not text.isupper():
            return True
    return False


GLYPH_OFFSET = 29
"""A subset font without a character map gives each glyph's index in the standard Macintosh
order as its code: space is 3, 'A' is 36, so a code plus 29 is the character for ' ' to '~'."""
GLYPH_HIGH = {"±": "–", "²": "—", "³": "“", "´": "”", "µ": "‘", "¶": "’"}
"""The same order's dashes and curly quotes, which clerks' word processors use."""
GLYPH_CODE = re.compile(r"[\x03-\x1d]")
"""Codes of space, punctuation and digits in glyph order: control characters, never text."""
GLYPH_HINT = re.compile("[\x03-\x1d" + "".join(GLYPH_HIGH) + "]")
"""A character only glyph-order text holds: a line without one is left alone at once."""
SHIFTED_SPACE = "\x03"
NUMBER_CODES = re.compile(r"[\d\x03-\x1d]*\d[\d\x03-\x1d]*")
"""A number in an ordinary font with its punctuation in glyph order: '4\x11' is '4.'."""
OPENING = r"^[(\"‘“']*"
CLOSING = r"(?:[’'][a-z]+)?[.,;:)!?’”\"']*$"
WORDLIKE = re.compile(rf"{OPENING}(?:[A-Za-z][a-z]*|[A-Z]+|\d[\d.,:/-]*){CLOSING}")
"""A token that reads as a word, an acronym or a number, with its punctuation."""
DECODED_WORD = re.compile(rf"{OPENING}(?:[A-Za-z][a-z]*|\d[\d.,:/-]*){CLOSING}")
"""A decoded token that reads as a word or a number (an acronym is not evidence)."""


def unshifted(line: str) -> str | None:
    """Return a line with its runs in glyph order decoded ('4\x11\x03&OHUN¶V\x035HSRUW' is
    '4. Clerk’s Report'), or None if it has none or they do not read as words.

    Control characters are always decoded; a token is decoded when it touches a shifted space
    or does not read as a word as it is, and only if the result reads as a word ('Salary'
    stays: its letters decode to nothing).
    """
    if not GLYPH_HINT.search(line):
        return None
    mark = HEADING if line.startswith(HEADING) else ""
    parts = line.removeprefix(mark).split(SHIFTED_SPACE)
    out = []
    changed = False
    for k, part in enumerate(parts):
        tokens = part.split(" ")
        for n, token in enumerate(tokens):
            touches = (n == 0 and k > 0) or (n == len(tokens) - 1 and k < len(parts) - 1)
            codes = GLYPH_CODE.sub(lambda m: chr(ord(m.group(0)) + GLYPH_OFFSET), token)
            if codes != token and NUMBER_CODES.fullmatch(token):
                # '4\x11': a number in an ordinary font, its full stop in glyph order.
                decoded = codes if WORDLIKE.match(codes) else None
            else:
                decoded = _decoded(token) if token else None
                if not (touches or not WORDLIKE.match(token) or codes != token):
                    decoded = None
            if decoded is not None and DECODED_WORD.match(decoded):
                tokens[n], changed = decoded, True
        out.append(" ".join(tokens))
    return mark + " ".join(out) if changed or len(parts) > 1 else None


def _decoded(token: str) -> str | None:
    """Return a token read in glyph order, or None if a character falls outside it."""
    chars = []
    for c in token:
        if c in GLYPH_HIGH:
            chars.append(GLYPH_HIGH[c])
        elif 3 <= ord(c) <= 97:
            chars.append(chr(ord(c) + GLYPH_OFFSET))
        else:
            return None
    return "".join(chars)


def _count(text: str, pattern: re.Pattern[str], others: bytes) -> int:
    """Return how many characters of text match a one-character pattern; others are the ASCII
    characters that do not (ASCII text is counted by deleting them, a few times quicker)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, others))
    return len(pattern.findall(text))


def drop_undecodable(pages: tuple[str, ...]) -> tuple[tuple[str, ...], int, float]:
    """Return the pages without undecodable lines, how many were dropped, and their share.

    The share is of all non-blank characters, so a document that is mostly garbage can be
    refused as a whole.
    """
    kept_pages = []
    dropped = 0
    bad_chars = total_chars = 0
    for page in pages:
        judged = _judged if len(page) <= JUDGED_MAX_CHARS else _judge
        kept, page_dropped, page_bad, page_total = judged(page)
        kept_pages.append(kept)
        dropped += page_dropped
        bad_chars += page_bad
        total_chars += page_total
    share = bad_chars / total_chars if total_chars else 0.0
    return tuple(kept_pages), dropped, share


def _judge(page: str) -> tuple[str, int, int, int]:
    """Return a page without its undecodable lines, how many were dropped, and the non-blank
    characters of those lines and of the page."""
    kept = []
    dropped = bad_chars = total_chars = decoded_lines = 0
    for line in page.split("\n"):
        size = len(line.strip())
        total_chars += size
        decoded = unshifted(line)
        if decoded is not None and not undecodable(decoded):
            # A run in glyph order that reads as words: kept decoded, and counted as doubt
            # so that a reader with the font's own map is asked too.
            kept.append(decoded)
            decoded_lines += 1
        elif undecodable(line):
            dropped += 1
            bad_chars += size
        else:
            kept.append(line)
    changed = dropped or decoded_lines
    return ("\n".join(kept) if changed else page), dropped + decoded_lines, bad_chars, total_chars


_judged = lru_cache(maxsize=JUDGED_PAGES)(_judge)


def purge() -> None:
    """Forget the verdicts kept on pages, as re.purge forgets compiled patterns."""
    _judged.cache_clear()
