"""A pattern of many alternatives searched one alternative at a time, each only in text that holds
a word it needs: where its earliest match starts, found without trying every alternative at every
position of the text (as Python's re does for an alternation it cannot index)."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

CASE_FOLDS = frozenset("iks")
"""ASCII letters that an ignore-case pattern also matches outside ASCII ('ı', 'K' the Kelvin sign,
'ſ'), which lower() leaves as they are: their literals are not counted as needed words there."""
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class Earliest:
    """A compiled pattern split into its top-level alternatives, each with the lower-case strings
    one of which any match of it holds; search() returns the match that starts first.

    The match found starts where the whole pattern's would; its text may differ when two
    alternatives match at that start, so use only its start. A pattern that cannot be split
    (verbose, or an alternative that does not compile alone) is searched whole.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        pieces = split_alternatives(pattern)
        self.parts = tuple((needed_strings(piece), piece) for piece in pieces)

    def search(self, text: str) -> re.Match[str] | None:
        """Return the earliest-starting match of any alternative in text, or None."""
        lowered = text.lower()
        best = None
        for words, piece in self.parts:
            if words is None or any(word in lowered for word in words):
                match = piece.search(text)
                if match and (best is None or match.start() < best.start()):
                    best = match
        return best


def earliest(pattern: re.Pattern[str]) -> re.Pattern[str] | Earliest:
    """Return pattern as an Earliest, or itself if it is a single alternative."""
    split = Earliest(pattern)
    return split if len(split.parts) > 1 else pattern


def split_alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Return the top-level alternatives of pattern compiled apart, or [pattern] if it cannot be
    split."""
    if pattern.flags & re.VERBOSE:
        return [pattern]
    source, pieces, depth, start, k, in_class = pattern.pattern, [], 0, 0, 0, False
    while k < len(source):
        char = source[k]
        if char == "\\":
            k += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            k += 1
            if source[k:k + 1] == "^":
                k += 1
            if source[k:k + 1] == "]":
                k += 1  # a ']' first in a class is itself
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:k])
            start = k + 1
        k += 1
    pieces.append(source[start:])
    try:
        return [re.compile(piece, pattern.flags) for piece in pieces]
    except re.error:
        return [pattern]


def needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return lower-case strings one of which the lower-cased text of any match of pattern holds,
    or None if none is known."""
    if pattern.flags & re.VERBOSE:
        return None
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return _needed(list(tree), bool(pattern.flags & re.IGNORECASE))


def _needed(items: list, ignore_case: bool) -> frozenset[str] | None:
    """Return what a sequence of parsed items needs: the best of what each of its items (or run
    of literal characters) needs, the one whose shortest string is longest."""
    best: frozenset[str] | None = None
    run = ""
    candidates: list[frozenset[str] | None] = []
    for op, value in items:
        char = _character(op, value, ignore_case)
        if char:
            run += char
            continue
        if run:
            candidates.append(frozenset((run,)))
            run = ""
        candidates.append(_item_needs(op, value, ignore_case))
    if run:
        candidates.append(frozenset((run,)))
    for found in candidates:
        if found and (best is None or _rank(found) > _rank(best)):
            best = found
    return best


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    """Rank what a pattern needs: longer shortest strings first, then fewer strings."""
    return min(map(len, strings)), -len(strings)


def _item_needs(op: object, value: object, ignore_case: bool) -> frozenset[str] | None:
    """Return what one parsed item needs, or None: a group's content, every branch of an
    alternation, a repeat's body if it must occur."""
    if op is sre.SUBPATTERN:
        _, added, removed, content = value
        folded = (ignore_case or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
        return _needed(list(content), folded)
    if op is sre.BRANCH:
        branches = [_needed(list(branch), ignore_case) for branch in value[1]]
        if any(not b for b in branches):
            return None
        return frozenset().union(*branches)
    if op in REPEATS and value[0] >= 1:
        return _needed(list(value[2]), ignore_case)
    return None


def _character(op: object, value: object, ignore_case: bool) -> str:
    """Return the lower-case ASCII character an item matches (a literal, or a class of one letter
    in both cases such as [Ss]), or '' if it matches other characters too."""
    if op is sre.LITERAL:
        codes = {value}
    elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):
        codes = {code for _, code in value}
    else:
        return ""
    chars = {chr(code).lower() for code in codes}
    if len(chars) != 1 or any(code > 127 for code in codes):
        return ""
    char = chars.pop()
    return "" if ignore_case and char in CASE_FOLDS else char
