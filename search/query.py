"""Turn what a user types, and the filters they pick, into Whoosh queries.

One query language for the CLI, the web UI and the API: words (all must match), "phrases",
AND / OR / NOT and parentheses, -word, field:term for title, speaker, committee, resolutions
(or resolved), number, decision and date (2018, 2018-07, 2018-07-18, [2015 to 2018]).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

from whoosh import query as wq
from whoosh.fields import FieldType, Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    MultifieldPlugin,
    OrGroup,
    PlusMinusPlugin,
    QueryParser,
    QueryParserError,
    syntax,
)
from whoosh.qparser import plugins as wp

from indexer.analysis import WORD
from indexer.schema import build_schema

from .errors import QueryError
from .models import SearchRequest
from .synonyms import Synonyms

FIELD_WEIGHTS = {"title": 4.0, "resolutions": 2.0, "text": 1.0, "speakers": 2.0,
                 "committee": 0.5}
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
STOP_WORDS = frozenset(
    """
    a an and are as at be but by for from had has have he her his i if in into is it its of on
    or our she so than that the their them then there these they this those to was we were
    what when where which who whom why will with would you about did does do been
    """.split()
)
DECISION_KINDS = ("resolved", "carried", "agreed", "lost", "deferred", "noted")
FIELD_REF = re.compile(r"(?<![\w\"'])([A-Za-z_]+):(?=[^\s/])")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
FUZZY_MIN = 4
# A question mark ending a word ('the gangs strategy?') is punctuation, not a wildcard.
QUESTION_END = re.compile(r"(?<=\w)[?!]+(?=[\s)]|$)")
# A bare year among the words ('mental health 2021') also matches meetings held that year.
YEAR_WORD = re.compile(r"(?:19[5-9]|20[0-9])[0-9]")
YEAR_BOOST = 1.0
FINANCIAL_YEAR = re.compile(r"((?:19|20)\d\d)[/-](\d\d(?:\d\d)?)")
# Items where the query's words stand together ('Safer Roads for Kent Board') rank higher.
SIMPLE_QUERY = re.compile(r"[\w\s'’&/.,-]+")
# The text holds the decisions too; title words already weigh four times as much.
NEAR_FIELDS = ("text",)
NEAR_SLOP = 2
NEAR_BOOST = 0.5
NEAR_MAX_WORDS = 6


@dataclass(frozen=True)
class DateBounds:
    """A date span as YYYYMMDD integers, inclusive."""

    low: int
    high: int


def date_bounds(text: str) -> DateBounds:
    """Read '2018', '2018-07' or '2018-07-18' as the span of days it covers."""
    text = text.strip().strip("'\"")
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not match:
        raise QueryParserError(f"bad date {text!r}: write 2018, 2018-07 or 2018-07-18")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        first = date(year, month or 1, day or 1)
        last = date(year, month or 12, day or _month_end(year, month or 12))
    except ValueError:
        raise QueryParserError(f"bad date {text!r}: no such day") from None
    return DateBounds(_day_number(first), _day_number(last))


def _month_end(year: int, month: int) -> int:
    """Return the last day of a month."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date.resolution).day


def _day_number(day: date) -> int:
    """Return a date as the integer YYYYMMDD the index stores."""
    return day.year * 10000 + day.month * 100 + day.day


class DateQueryField(FieldType):
    """Stands in for the index's date field while parsing, to read dates as spans."""

    def __init__(self) -> None:
        self.format = None
        self.analyzer = None

    def self_parsing(self) -> bool:
        """Tell the parser this field reads its own values."""
        return True

    def parse_query(self, fieldname: str, qstring: str, boost: float = 1.0) -> wq.Query:
        """Return the range of days a date value covers."""
        bounds = date_bounds(qstring)
        return wq.NumericRange("date", bounds.low, bounds.high, boost=boost)

    def parse_range(self, fieldname: str, start: str | None, end: str | None,
                    startexcl: bool, endexcl: bool, boost: float = 1.0) -> wq.Query:
        """Return the range of days between two date values."""
        low = date_bounds(start).low if start else None
        high = date_bounds(end).high if end else None
        return wq.NumericRange("date", low, high, startexcl, endexcl, boost=boost)


class _Parser(QueryParser):
    """Whoosh's parser, where a hyphenated word also matches its parts written as one word."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True,
                   removestops=True):
        """Return a term query; 'co-ordinator' is the phrase 'co ordinator' or 'coordinator'."""
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        other = _other_way(text) if tokenize and isinstance(q, wq.Phrase) else None
        if other:
            written = super().term_query(fieldname, other, termclass, boost, tokenize,
                                         removestops)
            return wq.Or([q, written])
        if tokenize and "-" in text.strip("-") and isinstance(q, wq.Phrase):
            joined = super().term_query(fieldname, text.replace("-", ""), termclass, boost,
                                        tokenize, removestops)
            if isinstance(joined, wq.Term):
                return wq.Or([q, joined])
        return q


def _other_way(text: str) -> str | None:
    """Return a financial year written the other way ('2021/22' ↔ '2021/2022'), else None."""
    found = FINANCIAL_YEAR.fullmatch(text.strip())
    if not found:
        return None
    first, second = found.groups()
    following = str(int(first) + 1)
    if second == following:
        return f"{first}/{following[2:]}"
    if second == following[2:]:
        return f"{first}/{following}"
    return None


class _WordsPlugin(wp.Plugin):
    """Drop stop words between other words (phrases keep them) and expand abbreviations."""

    def __init__(self, synonyms: Synonyms) -> None:
        self.synonyms = synonyms
        self.phrases = synonyms.abbreviations()

    def filters(self, parser):
        """Run after field names are attached (100) and before multifield expansion (110)."""
        return [(self.do_words, 105)]

    def do_words(self, parser, group):
        """Rewrite one group, and its subgroups."""
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.do_words(parser, node)
            elif _fuzzy_name(node):
                group[i] = _placed(syntax.OrGroup([node, _fuzzy(node)]), node)
        group = self._expand_phrases(group)
        group = self._expand_abbreviations(group)
        group = self._expand_years(group)
        return self._drop_stop_words(group)

    @staticmethod
    def _expand_years(group):
        """Replace a bare year by (the word OR a meeting held in that year)."""
        for i, node in enumerate(group):
            if _plain_word(node) and YEAR_WORD.fullmatch(node.text):
                held = _placed(syntax.WordNode(node.text), node)
                held.set_fieldname("date")
                held.set_boost(YEAR_BOOST)
                group[i] = _expanded(syntax.OrGroup([node, held]), node)
        return group

    def _expand_abbreviations(self, group):
        """Replace an abbreviation by (abbreviation OR "what it stands for")."""
        for i, node in enumerate(group):
            if _plain_word(node) and self.synonyms.expansions(node.text):
                alternatives = [node] + [_placed(wp.PhrasePlugin.PhraseNode(p, 0), node)
                                         for p in self.synonyms.expansions(node.text)]
                group[i] = _expanded(syntax.OrGroup(alternatives), node)
        return group

    def _expand_phrases(self, group):
        """Replace a run of words that spells out an abbreviation by (words OR abbreviation)."""
        words = [(i, n) for i, n in enumerate(group) if _plain_word(n)]
        for phrase, abbr in self.phrases.items():
            size = len(phrase)
            for k in range(len(words) - size + 1):
                run = words[k:k + size]
                if tuple(n.text.lower() for _, n in run) == phrase and _adjacent(group, run):
                    first, last = run[0][0], run[-1][0]
                    words = _placed(syntax.AndGroup([n for _, n in run]), run[0][1])
                    expanded = _expanded(syntax.OrGroup(
                        [words, _placed(syntax.WordNode(abbr), run[0][1])]), run[0][1])
                    group[first:last + 1] = [expanded]
                    return self._expand_phrases(group)
        return group

    def _drop_stop_words(self, group):
        """Remove stop words that sit between other words, unless operators touch them."""
        content = [n for n in group if not isinstance(n, syntax.Whitespace)]
        keep = [n for n in content if not (_plain_word(n) and n.text.lower() in STOP_WORDS)]
        if not keep or len(keep) == len(content) or any(
                isinstance(n, syntax.Operator)
                or (getattr(n, "qclass", None) is not None and not getattr(n, "expanded", False))
                for n in content):
            return group
        return group.__class__([n for n in group if n in keep
                                or isinstance(n, syntax.Whitespace)])


def _fuzzy_name(node) -> bool:
    """Return True for a word the user scoped to speakers ('speaker:brinsen')."""
    return (isinstance(node, syntax.WordNode) and node.fieldname == "speakers"
            and len(node.text) >= FUZZY_MIN and node.text.isalpha())


def _fuzzy(node):
    """Return a node matching names one edit away (two for long names), weighted down."""
    fuzzy = wp.FuzzyTermPlugin.FuzzyTermNode(node, 1 if len(node.text) < 7 else 2, 1)
    fuzzy.boost = node.boost * 0.5
    return fuzzy


def _placed(node, like):
    """Give a node made by a plugin the position of the node it stands in for."""
    if not isinstance(node, syntax.GroupNode):
        node.startchar = getattr(like, "startchar", 0) or 0
        node.endchar = getattr(like, "endchar", 0) or 0
    return node


def _expanded(group, like):
    """Mark a group that stands in for one word, so stop words around it are still dropped."""
    group = _placed(group, like)
    group.expanded = True
    return group


def _plain_word(node) -> bool:
    """Return True for an unfielded word node."""
    return isinstance(node, syntax.WordNode) and node.fieldname is None


def _adjacent(group, run) -> bool:
    """Return True if only whitespace separates the nodes of run in group."""
    first, last = run[0][0], run[-1][0]
    return all(isinstance(n, syntax.Whitespace) or _plain_word(n)
               for n in group[first:last + 1])


class QueryBuilder:
    """Builds Whoosh queries for the index's schema: one per user query and per filter set."""

    def __init__(self, synonyms: Synonyms, weights: dict[str, float] | None = None) -> None:
        self.schema = _parse_schema()
        self.weights = weights or FIELD_WEIGHTS
        self.synonyms = synonyms
        self._parsers = {True: self._parser(AndGroup), False: self._parser(OrGroup)}

    def _parser(self, group) -> QueryParser:
        """Return a parser whose bare words combine with group (AND or OR)."""
        parser = _Parser(None, self.schema, group=group)
        parser.remove_plugin_class(wp.SingleQuotePlugin)
        parser.add_plugins([
            PlusMinusPlugin(plusexpr=r"(?:^|(?<=\s))\+(?=\S)",
                            minusexpr=r"(?:^|(?<=\s))-(?=\S)"),
            FieldAliasPlugin(ALIASES),
            _WordsPlugin(self.synonyms),
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
        return q

    def near(self, text: str) -> wq.Query | None:
        """Return phrases of a plain query's words with a little slop, as a ranking bonus.

        The engine checks them only for the best-scored matches (see Ranker.bonus_among):
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
                phrases.append(wq.Phrase(name, terms, slop=NEAR_SLOP,
                                         boost=self.weights[name] * NEAR_BOOST))
        return _any_of(phrases)

    def filter(self, request: SearchRequest) -> wq.Query | None:
        """Return the query the request's filters select, or None when nothing is filtered."""
        parts = [
            _any_of([wq.Term("committee_facet", c) for c in request.committees]),
            _any_of([wq.Term("speaker_exact", s.replace(",", " ")) for s in request.speakers]),
            _any_of([wq.NumericRange("date", y * 10000 + 101, y * 10000 + 1231)
                     for y in request.years]),
            _any_of([wq.Term("decision", k) for k in decision_kinds(request.decisions)]),
            _date_range(request.date_from, request.date_to),
        ]
        parts = [p for p in parts if p is not None]
        return wq.And(parts) if parts else None


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
    return text


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


def decision_kinds(values: tuple[str, ...]) -> list[str]:
    """Expand 'any' to every kind of decision and check the kinds named."""
    kinds: list[str] = []
    for value in values:
        value = value.lower()
        if value == "any":
            kinds.extend(DECISION_KINDS)
        elif value in (*DECISION_KINDS, "none"):
            kinds.append(value)
        else:
            raise QueryError(f"unknown decision kind '{value}': use any, "
                             f"{', '.join(DECISION_KINDS)} or none")
    return list(dict.fromkeys(kinds))


def _date_range(low: date | None, high: date | None) -> wq.Query | None:
    """Return the range of meeting dates between low and high, inclusive."""
    if low is None and high is None:
        return None
    if low and high and low > high:
        raise QueryError(f"the 'from' date {low} is after the 'to' date {high}")
    return wq.NumericRange("date", _day_number(low) if low else None,
                           _day_number(high) if high else None)
