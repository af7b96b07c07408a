"""How Minutebook turns text into index terms: UK English minutes, stemmed, variants folded.

The schema is pickled into the index, so these filters live in an importable module and keep
their data in module constants rather than on the instances.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    Token,
)
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

WORD = r"\w+(?:[-'’]\w+)*"
VARIANTS = {
    "license": "licence", "licenses": "licences", "licensed": "licenced",
    "licensing": "licencing", "licensee": "licencee", "licensees": "licencees",
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "labor": "labour", "neighbor": "neighbour", "neighbors": "neighbours",
    "neighborhood": "neighbourhood", "neighborhoods": "neighbourhoods", "color": "colour",
    "favor": "favour", "favorable": "favourable", "honor": "honour", "center": "centre",
    "centers": "centres", "program": "programme", "programs": "programmes",
    "defense": "defence", "offense": "offence", "offenses": "offences",
    "judgment": "judgement", "judgments": "judgements", "catalog": "catalogue",
    "dialog": "dialogue", "fulfill": "fulfil", "enroll": "enrol", "counselor": "counsellor",
    "counselors": "counsellors", "counseling": "counselling", "traveling": "travelling",
    "modeling": "modelling", "canceled": "cancelled", "aging": "ageing", "gray": "grey",
    "practise": "practice", "practised": "practiced", "analyze": "analyse",
    "analyzed": "analysed", "paralyze": "paralyse", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "chairmen": "chairs", "vicechairman": "vicechair",
    "vicechairwoman": "vicechair", "vicechairperson": "vicechair",
}
# Compounds minutes write both joined and hyphenated; the joined form is split like the other.
COMPOUNDS = {
    word.replace("-", ""): tuple(word.split("-")) for word in """
    anti-social co-ordinator co-ordinators co-ordinate co-ordinated co-ordinating co-ordination
    co-operation co-operate co-operative co-operating co-opted co-opt co-option vice-chair
    vice-chairs vice-chairman vice-chairwoman vice-president multi-agency cross-party
    non-statutory pre-school re-offending re-offend re-offenders cyber-crime cyber-bullying
    cyber-security cyber-attack cyber-attacks well-being work-stream work-streams health-care
    child-care sub-group sub-groups
    """.split()
}
FORMS_CACHE = 500_000
_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {}
IZE = re.compile(r"^(\w{3,}?)iz(e|ed|es|ing|ation|ations|er|ers)$")
IZE_EXCEPTIONS = frozenset(
    """
    size sized sizes sizing seize seized seizes seizing prize prized prizes capsize downsize
    downsizing resize oversize oversized baize maize
    """.split()
)


def fold_variant(word: str) -> str:
    """Map US and variant spellings to the UK form minutes mostly use ('organize' → 'organise')."""
    word = VARIANTS.get(word, word)
    if word not in IZE_EXCEPTIONS:
        match = IZE.match(word)
        if match:
            return f"{match.group(1)}is{match.group(2)}"
    return word


def compound_parts(text: str) -> list[str]:
    """Return the parts of 'anti-social' or 'antisocial' (['anti', 'social']), else [text]."""
    parts = [p for p in text.split("-") if p]
    if len(parts) == 1 and text in COMPOUNDS:
        return list(COMPOUNDS[text])
    return parts or [text]


def _word_forms(text: str) -> tuple[str, tuple[str, ...]]:
    """Return a word's joined form and its parts, each folded and stemmed (cached)."""
    forms = _FORMS.get(text)
    if forms is None:
        parts = compound_parts(text)
        forms = (stem(fold_variant("".join(parts))), tuple(stem(fold_variant(p)) for p in parts))
        if len(_FORMS) > FORMS_CACHE:
            _FORMS.clear()
        _FORMS[text] = forms
    return forms


class WordFilter(Filter):
    """Split compounds (as CompoundFilter), fold variants and stem, in one cached step.

    The same terms as CompoundFilter, then fold_variant() and stem() on each word, at a third
    of the cost: each distinct word is worked out once.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Yield each token's stemmed forms, with positions and characters kept right."""
        shift = 0
        for token in tokens:
            text = token.text.replace("’", "'").replace("'", "") if "'" in token.text \
                or "’" in token.text else token.text
            joined, parts = _word_forms(text)
            if token.positions:
                token.pos += shift
            if len(parts) < 2:
                token.text = joined
                yield token
                continue
            if token.mode != "query":
                whole = token.copy()
                whole.text = joined
                yield whole
            raw_parts = compound_parts(text)
            offset = 0
            for k, part in enumerate(parts):
                piece = token.copy()
                piece.text = part
                if token.positions:
                    piece.pos = token.pos + k
                if token.chars:
                    offset = text.index(raw_parts[k], offset)
                    piece.startchar = token.startchar + offset
                    piece.endchar = piece.startchar + len(raw_parts[k])
                    offset += len(raw_parts[k])
                yield piece
            shift += len(parts) - 1


class CompoundFilter(Filter):
    """Split compound words into their parts; at index time also keep the joined word.

    'anti-social' and 'antisocial' are both indexed as 'anti', 'social' and, at the position of
    'anti', 'antisocial', so each spelling, and 'anti social', finds both; a query is only
    split, so a compound query word becomes a phrase of its parts. Words joined without a
    hyphen are split only when listed in COMPOUNDS.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Yield tokens with compound words split (and joined, when indexing)."""
        shift = 0
        for token in tokens:
            text = token.text.replace("’", "'").replace("'", "")
            parts = compound_parts(text)
            if token.positions:
                token.pos += shift
            if len(parts) < 2:
                token.text = text
                yield token
                continue
            if token.mode != "query":
                joined = token.copy()
                joined.text = "".join(parts)
                yield joined
            offset = 0
            for k, part in enumerate(parts):
                piece = token.copy()
                piece.text = part
                if token.positions:
                    piece.pos = token.pos + k
                if token.chars:
                    offset = text.index(part, offset)
                    piece.startchar = token.startchar + offset
                    piece.endchar = piece.startchar + len(part)
                    offset += len(part)
                yield piece
            shift += len(parts) - 1


def text_analyzer() -> Analyzer:
    """Return the analyzer for titles, minutes text and decisions: stemmed, no stop list."""
    return RegexTokenizer(WORD) | LowercaseFilter() | CharsetFilter(accent_map) | WordFilter()


def name_analyzer() -> Analyzer:
    """Return the analyzer for people's and committees' names: words, folded, not stemmed."""
    return RegexTokenizer(WORD) | LowercaseFilter() | CharsetFilter(accent_map) | CompoundFilter()
