"""A fixed, seeded mix of benchmark queries drawn from the synthetic archive's vocabulary.

Run from the project root to list them:  python -m bench.queries [--seed S]

Each BenchQuery holds its parts (words, phrases, field-scoped words, a date span typed in the
query, and facet filters) and renders them both as a Minutebook SearchRequest and as an FTS5
MATCH expression with WHERE conditions, so the two engines answer the same question.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.fts5_peer import Condition, FtsQuery
from bench.synthetic import DECISION_DRAWS, ArchiveWriter, load_data
from search.models import SearchRequest
from search.query import STOP_WORDS
from search.synonyms import load_synonyms

FIELD_PREFIX = {"title": "title", "speakers": "speaker", "committee": "committee",
                "resolutions": "resolutions"}
PUNCTUATION = ".,;:()[]\"'!?"
BREAK = "#"
MIN_WORD = 4
FIRST_YEAR, LAST_YEAR = 2000, 2025
# Queries per category; the order is the order they are drawn in.
MIX = {"term": 30, "and2": 25, "and3": 20, "phrase": 25, "or": 10, "not": 10, "title": 15,
       "speaker": 15, "committee": 10, "resolutions": 15, "date_span": 15, "from_to": 15,
       "f_committee": 15, "f_year": 15, "f_decision": 10, "f_speaker": 5, "f_multi": 10}


@dataclass(frozen=True)
class Clause:
    """A word or phrase, in every field or in one (an FTS5 column name), possibly excluded."""

    text: str
    column: str | None = None
    phrase: bool = False
    negated: bool = False

    def minutebook(self) -> str:
        """Return the clause in Minutebook's query language."""
        body = f'"{self.text}"' if self.phrase or " " in self.text else self.text
        prefix = f"{FIELD_PREFIX[self.column]}:" if self.column else ""
        return ("-" if self.negated else "") + prefix + body

    def fts5(self) -> str:
        """Return the clause as an FTS5 phrase, column-filtered if scoped."""
        body = f'"{self.text}"'
        return f"{self.column} : {body}" if self.column else body


@dataclass(frozen=True)
class BenchQuery:
    """One benchmark query: its category, clauses, a typed date span and facet filters."""

    category: str
    clauses: tuple[Clause, ...]
    any_of: bool = False
    span: tuple[int, int] | None = None
    committees: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    decisions: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    @property
    def text(self) -> str:
        """Return the query string a user would type into Minutebook."""
        joiner = " OR " if self.any_of else " "
        parts = [joiner.join(c.minutebook() for c in self.clauses if not c.negated)]
        parts += [c.minutebook() for c in self.clauses if c.negated]
        if self.span:
            parts.append(f"date:[{self.span[0]} to {self.span[1]}]")
        return " ".join(parts)

    def request(self, facets: bool = True, snippets: bool = True,
                limit: int = 10) -> SearchRequest:
        """Return the Minutebook request."""
        return SearchRequest(query=self.text, committees=self.committees, speakers=self.speakers,
                             years=self.years, decisions=self.decisions,
                             date_from=self.date_from, date_to=self.date_to, limit=limit,
                             facets=facets, snippets=snippets)

    def params(self) -> list[tuple[str, str]]:
        """Return the URL parameters of the web UI and /api/search."""
        pairs = [("q", self.text)]
        pairs += [("committee", c) for c in self.committees]
        pairs += [("speaker", s) for s in self.speakers]
        pairs += [("year", str(y)) for y in self.years]
        pairs += [("decision", d) for d in self.decisions]
        if self.date_from:
            pairs.append(("from", self.date_from.isoformat()))
        if self.date_to:
            pairs.append(("to", self.date_to.isoformat()))
        return pairs

    def fts5(self) -> FtsQuery:
        """Return the same query for the FTS5 peer."""
        positive = [c.fts5() for c in self.clauses if not c.negated]
        match = (" OR " if self.any_of else " AND ").join(positive)
        if self.any_of and len(positive) > 1:
            match = f"({match})"
        for clause in self.clauses:
            if clause.negated:
                match += f" NOT {clause.fts5()}"
        always = ()
        if self.span:
            always = (Condition("i.date BETWEEN ? AND ?",
                                (f"{self.span[0]}-01-01", f"{self.span[1]}-12-31")),)
        filters = {}
        if self.committees:
            filters["committee"] = _in("i.committee", self.committees)
        if self.speakers:
            marks = ", ".join("?" * len(self.speakers))
            filters["speaker"] = Condition(
                f"i.rowid IN (SELECT item FROM item_speakers WHERE speaker IN ({marks}))",
                self.speakers)
        if self.years:
            filters["year"] = _in("i.year", self.years)
        if self.decisions:
            filters["decision"] = _in("i.decision", self.decisions)
        if self.date_from or self.date_to:
            low = self.date_from.isoformat() if self.date_from else "0000-00-00"
            high = self.date_to.isoformat() if self.date_to else "9999-99-99"
            filters["dates"] = Condition("i.date BETWEEN ? AND ?", (low, high))
        return FtsQuery(match, always, filters)

    def as_dict(self) -> dict[str, Any]:
        """Return the query as plain data, for the JSON results."""
        return {"category": self.category, "query": self.text,
                "filters": [f"{k}={v}" for k, v in self.params()[1:]],
                "fts5": self.fts5().match}


def _in(column: str, values: tuple) -> Condition:
    """Return 'column IN (…)'."""
    return Condition(f"{column} IN ({', '.join('?' * len(values))})", tuple(values))


class Vocabulary:
    """Words, phrases, names and committees of the synthetic archive, in a stable order."""

    def __init__(self) -> None:
        data = load_data()
        writer = ArchiveWriter(1, data)
        self.abbreviations = {a.lower() for a in load_synonyms().abbreviations().values()}
        self.synonym_runs = set(load_synonyms().abbreviations())
        topics = [t for domain in sorted(data["topics"]) for t in data["topics"][domain]]
        titles = topics + data["seed_titles"]
        decisions = [d for kind in sorted(data["decisions"]) for d in data["decisions"][kind]]
        templates = [re.sub(r"\{\w+\}", " ", t) for t in data["templates"]]
        body = data["sentences"] + data["clauses"] + templates
        self.texts = [self._words(t) for t in titles + body + decisions]
        self.texts = [t for t in self.texts if t]
        self.words = _unique(w for t in self.texts for w in t if self._content(w))
        self.title_words = _unique(w for t in map(self._words, titles) for w in t
                                   if self._content(w))
        self.decision_words = _unique(w for t in map(self._words, decisions) for w in t
                                      if self._content(w))
        self.committees = [name for name, _ in data["committees"]]
        self.committee_words = _unique(w for name in self.committees for w in self._words(name)
                                       if self._content(w))
        self.people = sorted({(p.surname, p.full) for p in writer.pool})

    @staticmethod
    def _words(text: str) -> list[str]:
        """Return the words of text, lower case; BREAK stands for a number or compound."""
        out = []
        for token in text.split():
            core = token.strip(PUNCTUATION)
            out.append(core.lower() if core.isascii() and core.isalpha() else BREAK)
        return out

    def _content(self, word: str) -> bool:
        """Return True for a word worth searching for on its own."""
        return (len(word) >= MIN_WORD and word not in STOP_WORDS
                and word not in self.abbreviations)

    def run(self, rng: random.Random, size: int) -> list[str]:
        """Return size content words that occur together in one source text."""
        while True:
            text = rng.choice(self.texts)
            content = _unique(w for w in text if self._content(w))
            if len(content) >= size:
                picked = rng.sample(content, size)
                if not any(tuple(picked[k:k + n]) in self.synonym_runs
                           for n in (2, 3) for k in range(size)):
                    return picked

    def phrase(self, rng: random.Random) -> str:
        """Return 2–3 consecutive words of a source text, not starting or ending on a stop word."""
        while True:
            text = rng.choice(self.texts)
            size = rng.choice((2, 2, 3))
            if len(text) < size:
                continue
            start = rng.randrange(len(text) - size + 1)
            words = text[start:start + size]
            if (words[0] not in STOP_WORDS and words[-1] not in STOP_WORDS
                    and BREAK not in words):
                return " ".join(words)


def _unique(words) -> list[str]:
    """Return words without repeats, in first-seen order."""
    return list(dict.fromkeys(words))


def _span(rng: random.Random) -> tuple[int, int]:
    """Return a span of 1–8 years within the archive's dates."""
    first = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
    return first, min(LAST_YEAR, first + rng.randint(1, 7))


def _days(rng: random.Random) -> tuple[date, date]:
    """Return a from/to pair 6 months to 5 years apart."""
    low = date(FIRST_YEAR, 1, 1) + timedelta(days=rng.randrange(365 * 23))
    return low, low + timedelta(days=rng.randint(182, 5 * 365))


def _decisions(rng: random.Random) -> tuple[str, ...]:
    """Return one or two decision kinds the archive has."""
    kinds = sorted(set(DECISION_DRAWS))
    return tuple(sorted(rng.sample(kinds, rng.choice((1, 1, 2)))))


def _makers(v: Vocabulary) -> dict[str, Callable[[random.Random], BenchQuery]]:
    """Return one function per category that draws a query of it."""
    def words(rng: random.Random, size: int) -> tuple[Clause, ...]:
        return tuple(Clause(w) for w in v.run(rng, size))

    def one(rng: random.Random) -> tuple[Clause, ...]:
        return words(rng, rng.choice((1, 1, 2)))

    return {
        "term": lambda r: BenchQuery("term", (Clause(r.choice(v.words)),)),
        "and2": lambda r: BenchQuery("and2", words(r, 2)),
        "and3": lambda r: BenchQuery("and3", words(r, 3)),
        "phrase": lambda r: BenchQuery("phrase", (Clause(v.phrase(r), phrase=True),)),
        "or": lambda r: BenchQuery("or", (Clause(r.choice(v.words)), Clause(r.choice(v.words))),
                                   any_of=True),
        "not": lambda r: BenchQuery("not", (*words(r, 1),
                                            Clause(r.choice(v.words), negated=True))),
        "title": lambda r: BenchQuery("title", (Clause(r.choice(v.title_words), "title"),)),
        "speaker": lambda r: BenchQuery("speaker", (Clause(r.choice(v.people)[0].lower(),
                                                           "speakers"),)),
        "committee": lambda r: BenchQuery("committee", (
            *words(r, 1), Clause(r.choice(v.committee_words), "committee"))),
        "resolutions": lambda r: BenchQuery("resolutions", (
            Clause(r.choice(v.decision_words), "resolutions"),)),
        "date_span": lambda r: BenchQuery("date_span", one(r), span=_span(r)),
        "from_to": lambda r: BenchQuery("from_to", one(r), date_from=(d := _days(r))[0],
                                        date_to=d[1]),
        "f_committee": lambda r: BenchQuery("f_committee", one(r), committees=tuple(
            r.sample(v.committees, r.choice((1, 1, 2))))),
        "f_year": lambda r: BenchQuery("f_year", one(r), years=tuple(sorted(r.sample(
            range(FIRST_YEAR, LAST_YEAR + 1), r.choice((1, 1, 2)))))),
        "f_decision": lambda r: BenchQuery("f_decision", one(r), decisions=_decisions(r)),
        "f_speaker": lambda r: BenchQuery("f_speaker", words(r, 1),
                                          speakers=(r.choice(v.people)[1],)),
        "f_multi": lambda r: BenchQuery("f_multi", words(r, 1),
                                        committees=(r.choice(v.committees),),
                                        years=tuple(sorted(r.sample(
                                            range(FIRST_YEAR, LAST_YEAR + 1), 3))),
                                        decisions=_decisions(r)),
    }


def query_mix(seed: int = 1) -> list[BenchQuery]:
    """Return the fixed mix of queries for a seed, category by category."""
    rng = random.Random(seed)
    makers = _makers(Vocabulary())
    return [makers[category](rng) for category, count in MIX.items() for _ in range(count)]


def sample(queries: list[BenchQuery], size: int) -> list[BenchQuery]:
    """Return about size queries spread evenly over the mix (so over every category)."""
    step = max(1, len(queries) // max(1, size))
    return queries[::step][:size]


def main() -> None:
    """Print the mix: category, Minutebook query and filters, FTS5 MATCH."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    queries = query_mix(args.seed)
    for q in queries:
        filters = " ".join(f"{k}={v}" for k, v in q.params()[1:])
        print(f"{q.category:12} {q.text!r} {filters}\n{'':12} FTS5: {q.fts5().match}")
    print(f"{len(queries)} queries")


if __name__ == "__main__":
    main()
