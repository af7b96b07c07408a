"""Text layers that cannot be decoded: '(cid:12)' codes, fonts whose codes are shifted."""

from __future__ import annotations

import re

CID = re.compile(r"\(cid:\d+\)")
WORD = re.compile(r"[A-Za-z]{2,}")
LETTER = re.compile(r"[^\W\d_]")
VOWEL = re.compile("[aeiouyAEIOUY]")
ODD = re.compile(r"[\x00-\x08\x0e-\x1f¶µ\ufffd]")
MIN_LINE = 12
LONG_RUN = 30
UNREADABLE_SHARE = 0.5


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
    for run in text.split():
        if len(run) >= LONG_RUN and len(LETTER.findall(run)) >= 0.7 * len(run) \
                and not re.search(r"[./@-]", run):
            return True
    letters = len(LETTER.findall(text))
    if letters >= 40:
        vowels = len(VOWEL.findall(text)) / letters
        if vowels < 0.12 and not text.isupper():
            return True
    return False


def drop_undecodable(pages: tuple[str, ...]) -> tuple[tuple[str, ...], int, float]:
    """Return the pages without undecodable lines, how many were dropped, and their share.

    The share is of all non-blank characters, so a document that is mostly garbage can be
    refused as a whole.
    """
    kept_pages = []
    dropped = 0
    bad_chars = total_chars = 0
    for page in pages:
        kept = []
        for line in page.split("\n"):
            size = len(line.strip())
            total_chars += size
            if undecodable(line):
                dropped += 1
                bad_chars += size
            else:
                kept.append(line)
        kept_pages.append("\n".join(kept))
    share = bad_chars / total_chars if total_chars else 0.0
    return tuple(kept_pages), dropped, share
