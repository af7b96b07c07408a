"""What a question asks for beyond its words: 'how much did the saltire cost?' asks for an
amount of money, so an item that states one beside the question's words ('the saltire had been
purchased at a cost of £84.95') answers it better than one that only names the saltire; 'how
big was the common?' asks for a measure ('the Common consisted of 39 acres').

Pure functions of the query and an item's stored text; the engine applies them to its best
matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from .snippets import SCAN_CHARS, matches, word_terms

# 'how much' anywhere ('can you tell me how much …'), or a word asking for a sum of money.
ASKS_AMOUNT = re.compile(r"\bhow\s+much\b|£|\b(?:costs?|costing|prices?|paid|spen[dt]|charges?|"
                         r"fees?)\b", re.IGNORECASE)
AMOUNT = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|k)\b", re.IGNORECASE)
# 'how big', 'how far' … asks for a measure: a number and its unit of area, length or height.
ASKS_MEASURE = re.compile(r"\bhow\s+(?:big|large|small|long|far|tall|high|wide|deep)\b|"
                          r"\b(?:size|acreage)\b", re.IGNORECASE)
UNITS = (r"acres?|hectares?|ha|sq\.?\s?(?:m|ft|yds?)|square\s+(?:metres?|meters?|feet|yards?"
         r"|miles?)|metres?|meters?|m|km|kilometres?|miles?|feet|ft|foot|yards?|yds?|inches")
# 'how long' asks for a time too ('closed for 6 weeks').
TIMES = r"days?|weeks?|months?|years?|hours?|hrs|minutes?|mins"
MEASURE = re.compile(rf"\b\d[\d,.]*\s?(?:{UNITS})\b", re.IGNORECASE)
MEASURE_OR_TIME = re.compile(rf"{MEASURE.pattern}|\b\d[\d,.]*\s?(?:{TIMES})\b",
                             re.IGNORECASE)
# The words asking for the sum: the amount stands in for them, so they are not the words it must
# stand beside.
ASKING_WORDS = ("cost", "costs", "costing", "price", "prices", "paid", "spend", "spent",
                "charge", "charges", "fee", "fees")
# An amount this near one of the question's words (about 25 words, a sentence or two) answers it.
NEAR_CHARS = 150
MAX_MATCHES = 200


@dataclass(frozen=True)
class Asked:
    """What a question asks for (for --explain) and the pattern of a text that states it."""

    what: str
    pattern: re.Pattern[str]


def asked_for(query: str) -> Asked | None:
    """Return what a query asks for beyond its words: an amount of money ('how much', 'cost'),
    a measure ('how big', 'how far'; and a time for 'how long'), or None."""
    if asks_amount(query):
        return Asked("how much (how much, cost, price, £ …): an amount of money", AMOUNT)
    found = ASKS_MEASURE.search(query or "")
    if not found:
        return None
    if found[0].lower().split()[-1] == "long":
        return Asked("how long: a measure or a time (2 miles, 6 weeks)", MEASURE_OR_TIME)
    return Asked("how big, far, high …: a measure (39 acres, 2 miles, 5 metres)", MEASURE)


def asks_amount(query: str) -> bool:
    """Return True for a query asking how much ('how much will the precept be?', 'cost of the
    new noticeboard')."""
    return bool(ASKS_AMOUNT.search(query or ""))


@cache
def asking_terms() -> frozenset[str]:
    """Return the index terms of the words that ask for a sum ('cost', 'price' …)."""
    return frozenset(t for w in ASKING_WORDS for t in word_terms(w))


def amount_near(text: str, terms: frozenset[str], pattern: re.Pattern[str] = AMOUNT) -> bool:
    """Return True if an amount of money (or what pattern finds: a measure) stands within
    NEAR_CHARS of one of the terms (the index's terms of the question's words) in text, looking
    at its first SCAN_CHARS only."""
    window = text[:SCAN_CHARS]
    amounts = [m.start() for m in pattern.finditer(window)]
    if not amounts or not terms:
        return False
    words = [start for start, _ in matches(window, terms, MAX_MATCHES)]
    for amount in amounts:
        k = bisect_left(words, amount - NEAR_CHARS)
        if k < len(words) and words[k] <= amount + NEAR_CHARS:
            return True
    return False
