"""Turn what a user types into a Whoosh query (filters are masks: see filters.py).

One query language for the CLI, the web UI and the API: words (all must match), "phrases",
AND / OR / NOT and parentheses, -word, field:term for title, speaker, committee, resolutions
(or resolved), number, decision and date (2018, 2018-07, 2018-07-18, [2015 to 2018]).
How words are read (stop words, abbreviations, years, fuzzy names) is in words.py; how dates
are, in dates.py.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    MultifieldPlugin,
    OrGroup,
    PlusMinusPlugin,
    QueryParser,
)
from whoosh.qparser import plugins as wp

from indexer.build.analysis import WORD
from indexer.build.schema import build_schema

from .dates import DateQueryField
from .errors import QueryError
from .limits import check_wildcards
from .synonyms import Synonyms
from .words import LEXICON, QUESTION_WORDS, STOP_WORDS, Parser, WordsPlugin

__all__ = ["STOP_WORDS", "Plan", "QueryBuilder", "check_fields", "clean_query", "minimum"]

FIELD_WEIGHTS = {"title": 4.0, "resolutions": 2.0, "text": 1.0, "speakers": 2.0,
                 "committee": 1.0}
ALIASES = {
    "speakers": ["speaker", "by", "who"],
    "resolutions": ["resolved", "resolution", "decided", "decisions"],
    "number": ["item", "minute", "no"],
    "date": ["year", "when"],
    "committee": ["body", "group"],
}
QUERY_FIELDS = ("title", "speaker", "committee", "resolutions", "resolved", "number", "date",
                "decision", "text")
MAX_QUERY_CHARS = 1000
FIELD_REF = re.compile(r"(?<![\w\"'])([A-Za-z_]+):(?=[^\s/])")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A question mark ending a word ('the gangs strategy?') is punctuation, not a wildcard.
QUESTION_END = re.compile(r"(?<=\w)[?!]+(?=[\s)]|$)")
# Items where the query's words stand together ('Safer Roads for Pengarth Board') rank higher.
SIMPLE_QUERY = re.compile(r"[\w\s'’&/.,-]+")
# The text holds the decisions too; title words already weigh four times as much.
NEAR_FIELDS = ("text",)
NEAR_SLOP = 2
NEAR_BOOST = 0.5
# An item's score is times 1 + NEAR_GAIN × the share of neighbouring pairs standing together:
# in a long item, whose words score little, the words standing together still count.
NEAR_GAIN = 1.0
NEAR_MAX_WORDS = 8
# A query of this many words (or a question) needs most of them, not all; see minimum().
MOST_FROM = 4
MOST_SHARE = 0.6
# Boolean logic, a field's own syntax or an excluded word: the user said what must match.
LOGIC = re.compile(r"\b(?:AND|OR|NOT)\b|[()]|(?:^|\s)-\S")
QUOTED = re.compile(r'"[^"]*"')
# A contraction is its words ("what's" is 'what is', "isn't" 'is not'), so that its question
# word or stop word is dropped like the others; a possessive ("council's") stays as it is.
CONTRACTION = re.compile(r"(?<![\w:'’])(what|who|where|when|why|how|it|that|there|here|he|she|"
                         r"they|we|you|i|let)['’](s|re|ve|ll|d|m)\b", re.I)
NEGATION = re.compile(r"(?<![\w:'’])(\w+?)n['’]t\b", re.I)
CONTRACTED = {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
NEGATED = {"wo": "will", "ca": "can", "sha": "shall"}
# The word after 'how' asks how much of something ('how big is the overspend', 'how long will
# the road be closed'): a question drops it there only.
HOW_WORDS = frozenset("big long far often soon old large small high tall wide".split())
# What every item of the minutes is part of: a question about a parish council meeting asks
# what the meeting did, and every item of it holds these words, in its body's name if not its
# text ('can I film or record a parish council meeting' is about recording meetings).
BODY_NAMING = frozenset("council councils parish committee meeting meetings".split())
QUESTION_START = re.compile(r"^(?:how|what|when|where|which|who|why|did|does|do|is|are|was|"
                            r"were|can|could|should|would|will|has|have|had|any|anyone|"
                            r"anybody|i|please|tell)\b", re.I)


@dataclass(frozen=True)
class Plan:
    """A query as it runs: the query of all its words, and how many of its words an item needs.

    clauses are the words (a word's forms and abbreviations together; a "phrase" or a field
    term as one), forced those an item must have whatever the minimum (+word, "phrase",
    field:term).
    """

    query: wq.Query
    clauses: tuple[wq.Query, ...]
    forced: tuple[bool, ...]
    minimum: int
    text: str = ""  # the words that ran: a question without its question words
    question: bool = False  # read as a question (a question word first, or '?' last)

    @property
    def relaxed(self) -> bool:
        """Return True if an item may lack some of the words."""
        return self.minimum < len(self.clauses)

    def any_query(self) -> wq.Query:
        """Return the query of any of the words (for highlighting and --explain)."""
        return wq.Or(list(self.clauses)) if self.relaxed else self.query


class QueryBuilder:
    """Builds Whoosh queries for the index's schema: the user's query and the ranking bonus."""

    def __init__(self, synonyms: Synonyms, weights: dict[str, float] | None = None) -> None:
        self.schema = _parse_schema()
        self.weights = weights or FIELD_WEIGHTS
        self.synonyms = synonyms
        self.known = synonyms.words()  # never respelt
        # The list's phrases of several words ('put in', 'get rid of'): a question keeps them.
        self._listed = frozenset(
            tuple(p.split()) for k, ps in synonyms.phrases.items() for p in (k, *ps) if " " in p)
        self._parsers = {True: self._parser(AndGroup), False: self._parser(OrGroup)}

    def _parser(self, group) -> QueryParser:
        """Return a parser whose bare words combine with group (AND or OR)."""
        parser = Parser(None, self.schema, group=group)
        parser.remove_plugin_class(wp.SingleQuotePlugin)
        parser.add_plugins([
            PlusMinusPlugin(plusexpr=r"(?:^|(?<=\s))\+(?=\S)",
                            minusexpr=r"(?:^|(?<=\s))-(?=\S)"),
            FieldAliasPlugin(ALIASES),
            WordsPlugin(self.synonyms),
            MultifieldPlugin(list(self.weights), fieldboosts=self.weights),
        ])
        return parser

    def parse(self, text: str, *, all_words: bool = True) -> wq.Query | None:
        """Return the query for text, or None if it is empty (match everything)."""
        text = clean_query(text)
        if not text:
            return None
        check_fields(text)
        try:
            q = self._parsers[all_words].parse(text)
        except QueryError:
            raise
        except Exception as error:
            raise QueryError(f"could not read the query: {error}") from None
        _raise_errors(q)
        if q is None or isinstance(q, wq.NullQuery.__class__):
            raise QueryError("the query has no words to search for")
        check_wildcards(q)
        return q

    def plan(self, text: str, lexicon: Callable[[str], int] | None = None) -> Plan | None:
        """Return how text runs: its words, and how many an item needs (None: every item).

        A question ('how much will the precept be next year?') drops its question words; a
        question or a query of MOST_FROM or more words needs only most of its words. With
        lexicon (how many items hold a word), two index words match written apart or together.
        """
        cleaned = clean_query(text)
        question = bool(QUESTION_START.match(cleaned)) or (text or "").rstrip().endswith("?")
        if question:
            cleaned = _without_question_words(cleaned, self._listed)
        token = LEXICON.set(lexicon)
        try:
            q = self.parse(cleaned)
        finally:
            LEXICON.reset(token)
        if q is None:
            return None
        if LOGIC.search(QUOTED.sub(" ", cleaned)):
            return Plan(q, (q,), (True,), 1, cleaned)
        clauses, forced = _clauses(q)
        wanted = minimum(len(clauses), question)
        return Plan(q, clauses, forced, max(wanted, sum(forced)), cleaned, question)

    def near(self, text: str) -> wq.Query | None:
        """Return each two neighbouring words of a plain query as a phrase with a little slop,
        as a ranking bonus ('defibrillator community hall': 'community hall' standing
        together counts even where 'defibrillator' is further away).

        The engine checks them only for the best-scored matches (see Ranker.together_among):
        a phrase over the whole index is the slowest thing Whoosh does.
        """
        text = clean_query(text)
        if not SIMPLE_QUERY.fullmatch(text) or re.search(r"\b(?:AND|OR|NOT)\b", text):
            return None
        words = [w for w in re.findall(WORD, text) if w.lower() not in STOP_WORDS]
        if not 2 <= len(words) <= NEAR_MAX_WORDS:
            return None
        phrases = []
        for name in NEAR_FIELDS:
            terms = [t.text for t in self.schema[name].analyzer(" ".join(words), mode="query")]
            if len(terms) == len(words) and self.weights.get(name):
                phrases += [wq.Phrase(name, list(pair), slop=NEAR_SLOP,
                                      boost=self.weights[name] * NEAR_BOOST)
                            for pair in dict.fromkeys(itertools.pairwise(terms))
                            if pair[0] != pair[1]]
        return _any_of(phrases)


def minimum(words: int, question: bool = False) -> int:
    """Return how many of a query's words an item needs: all of a few, most of many."""
    if words <= 2 or (words < MOST_FROM and not question):
        return words
    if words <= 4:
        return words - 1
    return math.ceil(words * MOST_SHARE)


def _without_question_words(text: str, listed: frozenset[tuple[str, ...]] = frozenset()
                            ) -> str:
    """Return a question without the words that only ask ('how much', 'when did'), if any left,
    and without the words naming what every item is part of ('parish council meeting') if two
    words or more are left besides; words of a phrase of the synonyms list (listed: 'put in',
    'go ahead', 'council tax') stay."""
    words = text.split()
    bare = [w.lower().strip("?,.") for w in words]
    listing = [False] * len(words)
    for phrase in listed:
        for start in range(len(words) - len(phrase) + 1):
            if tuple(bare[start:start + len(phrase)]) == phrase:
                listing[start:start + len(phrase)] = [True] * len(phrase)
    asking = [b in QUESTION_WORDS or (k > 0 and bare[k - 1] == "how" and b in HOW_WORDS)
              for k, b in enumerate(bare)]
    kept = [w for w, ask, keep in zip(words, asking, listing, strict=True)
            if keep or not ask or '"' in w]
    naming = [w for w, b, keep in zip(words, bare, listing, strict=True)
              if b in BODY_NAMING and not keep]
    said = [w for w in kept if w.lower().strip("?,.") not in STOP_WORDS and w not in naming]
    if naming and len(said) >= 2:
        kept = [w for w in kept if w not in naming]
    return " ".join(kept) if kept else text


def _clauses(q: wq.Query) -> tuple[tuple[wq.Query, ...], tuple[bool, ...]]:
    """Return the words of a parsed query and whether each is forced (+word, "phrase", field)."""
    if isinstance(q, wq.AndMaybe):
        required, _ = _clauses(q.a)
        optional, forced = _clauses(q.b)
        return required + optional, (True,) * len(required) + forced
    parts = tuple(q.subqueries) if isinstance(q, wq.And) else (q,)
    # Two words that are each other's synonym ('fibre broadband') are one word, counted once.
    kept: dict[frozenset[str], int] = {}
    clauses: list[wq.Query] = []
    forced: list[bool] = []
    for part in parts:
        key = frozenset((type(n).__name__, getattr(n, "fieldname", None),
                         str(getattr(n, "words", getattr(n, "text", n))))
                        for n in _walk(part) if not list(n.children()))
        if key in kept:
            forced[kept[key]] = forced[kept[key]] or _forced(part)
            continue
        kept[key] = len(clauses)
        clauses.append(part)
        forced.append(_forced(part))
    return tuple(clauses), tuple(forced)


def _forced(clause: wq.Query) -> bool:
    """Return True for a quoted phrase or a word scoped to a field: the user asked for it."""
    leaves = [n for n in _walk(clause) if not list(n.children())]
    if any(isinstance(n, wq.Not) for n in _walk(clause)):
        return True
    if leaves and all(isinstance(n, wq.Phrase) for n in leaves):
        return True
    return not any(getattr(n, "fieldname", None) == "text" for n in leaves)


def _parse_schema() -> Schema:
    """Return the index schema with the date field replaced for parsing."""
    schema = build_schema()
    schema.remove("date")
    schema.add("date", DateQueryField())
    for name in FIELD_WEIGHTS:
        # 'anti-social' in a query is the phrase 'anti social', not two separate words.
        schema[name].multitoken_query = "phrase"
    return schema


def clean_query(text: str) -> str:
    """Remove control characters and surplus spaces; refuse a query that is far too long."""
    text = " ".join(CONTROL.sub(" ", text or "").split())
    text = QUESTION_END.sub("", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; the limit is "
                         f"{MAX_QUERY_CHARS:,}")
    if text.count('"') % 2:
        text += '"'
    return _spelt_out(text)


def _spelt_out(text: str) -> str:
    """Return text with its contractions outside quotes spelt out ("what's" → 'what is',
    "isn't" → 'is not', "let's" → 'let us')."""
    parts = re.split(r'("[^"]*")', text)
    for k in range(0, len(parts), 2):
        part = CONTRACTION.sub(lambda m: f"{m[1]} "
                               f"{'us' if m[1].lower() == 'let' else CONTRACTED[m[2].lower()]}",
                               parts[k])
        parts[k] = NEGATION.sub(lambda m: f"{NEGATED.get(m[1].lower(), m[1])} not", part)
    return "".join(parts)


def check_fields(text: str) -> None:
    """Raise QueryError naming an unknown field, with a did-you-mean and the valid fields."""
    outside_quotes = re.sub(r'"[^"]*"', " ", text)
    known = set(QUERY_FIELDS) | {a for names in ALIASES.values() for a in names} | set(ALIASES)
    for name in FIELD_REF.findall(outside_quotes):
        if name.lower() in ("http", "https", "mailto"):
            continue
        if name not in known:
            close = difflib.get_close_matches(name.lower(), sorted(known), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise QueryError(f"unknown field '{name}': {hint}fields: "
                             f"{', '.join(QUERY_FIELDS)}")


def _raise_errors(q: wq.Query) -> None:
    """Raise QueryError for any part of a parsed query that Whoosh marked as an error."""
    for node in _walk(q):
        message = getattr(node, "error", None)
        if message:
            raise QueryError(str(message))


def _walk(q: wq.Query):
    """Yield q and every query inside it."""
    yield q
    for child in q.children():
        yield from _walk(child)


def _any_of(queries: list[wq.Query]) -> wq.Query | None:
    """Return the OR of some queries, or None if there are none."""
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.Or(queries)
