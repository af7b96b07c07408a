"""Earlier decisions for an agenda: more-like-this over the index for each agenda entry.

Each entry's distinctive words (tf-idf: counted in its title and text, weighed by how rare the
index finds them) become one query over title, text and decision, weighted like the search,
and ranked by the engine's BM25F. The score then gains for items that record a decision and
for items of the agenda's own committee, and loses gently with age; only items of meetings
dated before the agenda's (never its own meeting) are earlier, only those after it later.
Standing items (apologies, minutes of the last meeting…) are recognised and not briefed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from math import log
from typing import Any

import numpy as np
from whoosh import query as wq

from indexer.build.document import day_number

from .engine import Engine
from .hits import build_hits
from .limits import Deadline
from .models import Hit, Item
from .query import FIELD_WEIGHTS

MLT_FIELDS = ("title", "text", "resolutions")
TITLE_TF = 3.0  # a word of the entry's title counts as three of its text
MAX_TERMS = 14
CANDIDATES = 60  # an entry's most frequent words, of which the rarest are kept
MAX_TEXT = 6000  # characters of an entry's text read for its words (a report can be long)
COMMON_SHARE = 0.15  # words in more items than this share say nothing about a subject
DECIDED_BOOST = 1.2
COMMITTEE_BOOST = 1.25
HALF_LIFE_YEARS = 10.0
KEEP_SHARE = 0.3  # a hit scoring under this share of the entry's best is not on its subject
MIN_WORD = 3
SPARE = 2  # candidates ranked per hit wanted, for those left out as standing items

# Words of an agenda's wording, not of its subject ("to receive and consider an update in
# relation to …"), compared after analysis.
AGENDA_WORDS = ("receive consider considered consideration update updates relation regard "
                "respect developments following further matters proposal proposed request "
                "discuss discussion new")
STANDING = (
    ("apologies", r"\bapolog"),
    ("declarations of interest", r"\b(?:declarations?|disclosures?)\b.{0,40}\binterest"
                                 r"|\binterests?\b.{0,20}\bdeclar|\bdispensations?\b"),
    ("minutes of the last meeting", r"^(?:to\s+)?(?:confirm|approve|agree|receive|sign|adopt)"
                                    r"\w*\b.{0,30}\b(?:minutes|notes)\b|^(?:the\s+)?(?:minutes|notes)"
                                    r"\b.{0,20}\b(?:last|previous|meeting held)|^minutes$"),
    ("matters arising", r"^matters arising\b(?!.{0,10}\bannual)"),
    ("date of next meeting", r"\bdates?\b.{0,20}\b(?:next|future|forthcoming)\s+meeting"
                             r"|\bnext meeting\b|\bdates? of meetings\b"),
    ("any other business", r"\bany other business\b|\baob\b|\burgent business\b"
                           r"|\bitems for the next agenda\b|\bitems? of (?:interest|concern)\b"),
    ("public participation", r"\bpublic (?:participation|question|forum|session|speaking)"
                             r"|\bopen forum\b|\bquestions? from\b.{0,25}\bpublic\b"
                             r"|\bexclusion of (?:the )?(?:press|public)"),
    ("welcome", r"^(?:welcome|introductions?|chair(?:man)?'?s? (?:welcome|announcements?))\b"),
    ("notice of meetings", r"\bnotice of meetings\b"),
    ("agenda", r"^agenda$"),
)
_STANDING = [(name, re.compile(pattern, re.I)) for name, pattern in STANDING]


@dataclass(frozen=True)
class Entry:
    """One entry of an agenda to brief: its number, title and any text under it."""

    number: str
    title: str
    text: str = ""


@dataclass(frozen=True)
class Agenda:
    """An agenda: its meeting (an id when in the index), committee, date and entries."""

    committee: str
    date: date | None
    entries: tuple[Entry, ...]
    meeting_id: str = ""
    heading: str = ""
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        """Return the agenda as the "agenda" object of `minutebook brief --json`."""
        return {"meeting_id": self.meeting_id or None, "committee": self.committee,
                "date": self.date.isoformat() if self.date else None,
                "heading": self.heading, "source": self.source, "entries": len(self.entries)}


@dataclass(frozen=True)
class BriefEntry:
    """An entry with the earlier items on its subject, or why it is not briefed."""

    entry: Entry
    standing: str = ""
    earlier: tuple[Hit, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Return the entry as one of `minutebook brief --json`'s "entries"."""
        return {"number": self.entry.number, "title": self.entry.title,
                "standing": self.standing or None,
                "earlier": [hit.to_json() for hit in self.earlier]}


@dataclass(frozen=True)
class Brief:
    """An agenda and, for each entry, what was decided on its subject before."""

    agenda: Agenda
    entries: tuple[BriefEntry, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """Return the object `minutebook brief --json` prints."""
        return {"agenda": self.agenda.to_json(),
                "entries": [entry.to_json() for entry in self.entries]}


def standing_kind(title: str) -> str:
    """Return which standing item a title is (apologies, minutes…), or '' for a subject."""
    text = " ".join(title.split()).strip(" .:-")
    for name, pattern in _STANDING:
        if pattern.search(text):
            return name
    return ""


def agenda_in_index(engine: Engine, meeting_id: str) -> Agenda:
    """Return the agenda of a meeting in the index (NotFoundError if there is none)."""
    view = engine.meeting(meeting_id)
    return Agenda(view.committee, view.date, tuple(entry_of(i) for i in view.items),
                  view.id, view.heading, view.source)


def entry_of(item: Item) -> Entry:
    """Return an indexed item as an entry to brief."""
    return Entry(item.number, item.title, "\n".join((item.text, *item.resolutions)))


def brief(engine: Engine, agenda: Agenda, limit: int = 5, since: date | None = None,
          seconds: float | None = None) -> Brief:
    """Return the earlier items on the subject of each entry of an agenda, best first."""
    deadline = Deadline.after(seconds)
    finder = Related(engine, deadline)
    entries = []
    for entry in agenda.entries:
        standing = standing_kind(entry.title)
        if standing or not entry.title.strip():
            entries.append(BriefEntry(entry, standing or "untitled"))
            continue
        hits = finder.related(entry, agenda, limit, since=since)
        entries.append(BriefEntry(entry, "", hits))
    return Brief(agenda, tuple(entries))


def related_to_item(engine: Engine, item: Item, limit: int = 3, seconds: float | None = None
                    ) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """Return the earlier and the later items on an item's subject (a few of each)."""
    if standing_kind(item.title) or not item.date:
        return (), ()
    finder = Related(engine, Deadline.after(seconds))
    agenda = Agenda(item.committee, item.date, (), item.meeting_id)
    entry = entry_of(item)
    return (finder.related(entry, agenda, limit),
            finder.related(entry, agenda, limit, later=True))


class Related:
    """Finds the items on an entry's subject with an engine's searcher, within a deadline."""

    def __init__(self, engine: Engine, deadline: Deadline) -> None:
        self.engine = engine
        self.deadline = deadline
        self.known: dict[str, int] = {}  # document frequencies, shared by an agenda's entries

    def related(self, entry: Entry, agenda: Agenda, limit: int, *, since: date | None = None,
                later: bool = False) -> tuple[Hit, ...]:
        """Return up to limit items on entry's subject before (or after) the agenda's date."""
        engine = self.engine
        # The engine's ranking state is shared: use it under its lock, as Engine.search does.
        with engine._locked(self.deadline):
            state = engine._state()
            table = engine._table(state)
            reader = state.searcher.reader()
            terms = distinctive_terms(reader, entry, self.known, agenda.committee)
            if not terms:
                return ()
            found = engine._evaluate(state, mlt_query(terms), self.deadline)
            eligible = found.mask & _when(table.dates, agenda.date, since, later)
            if agenda.meeting_id:
                eligible &= ~_meeting_mask(state.searcher, agenda.meeting_id, table.size)
            # Earlier standing items (apologies, items for the next agenda) are on no subject.
            page = _rank(found.score, eligible, table, agenda, limit * SPARE)
            generation = reader.generation()
        marks = frozenset(text for text, _ in terms)
        hits = build_hits(state.index, generation, page, marks, self.deadline)
        return _distinct(h for h in hits if not standing_kind(h.title))[:limit]


def _distinct(hits) -> tuple[Hit, ...]:
    """Return hits without second copies of one item (a paper published as PDF and HTML)."""
    seen: set[tuple] = set()
    out = []
    for hit in hits:
        key = (hit.date, hit.committee, hit.number, hit.title)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return tuple(out)


def distinctive_terms(reader, entry: Entry, known: dict[str, int] | None = None,
                      committee: str = "") -> list[tuple[str, float]]:
    """Return an entry's most distinctive index words with their tf-idf weights.

    The words of the agenda's wording and of its committee's name (every item of a parish
    names its parish) are left out. Only the CANDIDATES most frequent words are looked up;
    known caches document frequencies.
    """
    analyzer = reader.schema["text"].analyzer
    wording = {token.text for token in analyzer(f"{AGENDA_WORDS} {committee}")}
    counts: Counter[str] = Counter()
    for text, weight in ((entry.title, TITLE_TF), (entry.text[:MAX_TEXT], 1.0)):
        for token in analyzer(text):
            word = token.text
            if len(word) >= MIN_WORD and not word.isdigit() and word not in wording:
                counts[word] += weight
    size = max(1, reader.doc_count())
    known = {} if known is None else known
    scored = []
    for word, tf in counts.most_common(CANDIDATES):
        if word not in known:
            known[word] = reader.doc_frequency("text", word)
        df = known[word]
        if 0 < df <= max(3, COMMON_SHARE * size):
            scored.append((word, (1 + log(tf)) * log(size / df + 1)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    best = scored[:MAX_TERMS]
    top = best[0][1] if best else 1.0
    return [(word, weight / top) for word, weight in best]


def mlt_query(terms: list[tuple[str, float]]) -> wq.Query:
    """Return the query of weighted words over title, text and decision."""
    return wq.Or([wq.Term(name, word, boost=FIELD_WEIGHTS[name] * weight)
                  for word, weight in terms for name in MLT_FIELDS])


def _when(dates: np.ndarray, day: date | None, since: date | None, later: bool) -> np.ndarray:
    """Return the mask of dated items before day (after it, if later), on or after since."""
    mask = dates > 0
    if day:
        mask &= (dates > day_number(day)) if later else (dates < day_number(day))
    if since:
        mask &= dates >= day_number(since)
    return mask


def _meeting_mask(searcher, meeting_id: str, size: int) -> np.ndarray:
    """Return the mask of a meeting's items."""
    mask = np.zeros(size, dtype=bool)
    docs = list(searcher.docs_for_query(wq.Term("meeting_id", meeting_id)))
    mask[np.asarray(docs, dtype=np.int64)] = True
    return mask


def _rank(score: np.ndarray, eligible: np.ndarray, table, agenda: Agenda,
          limit: int) -> list[tuple[int, float]]:
    """Return the best (docnum, score) by score, decision, committee and age."""
    docs = np.flatnonzero(eligible)
    if docs.size == 0:
        return []
    final = score[docs].astype(np.float64)
    decided = table.single["decision"][docs] != _number(table, "decision", "none")
    final *= np.where(decided, DECIDED_BOOST, 1.0)
    committee = _number(table, "committee", agenda.committee)
    if committee >= 0:
        final *= np.where(table.single["committee"][docs] == committee, COMMITTEE_BOOST, 1.0)
    if agenda.date:
        years = np.abs(_years(agenda.date) - _years_of(table.dates[docs]))
        final *= 0.5 ** (years / HALF_LIFE_YEARS)
    keep = final >= KEEP_SHARE * final.max()
    docs, final = docs[keep], final[keep]
    order = np.lexsort((docs, -final))[:limit]
    return [(int(docs[k]), float(final[k])) for k in order]


def _number(table, facet: str, value: str) -> int:
    """Return the number a facet table gives a value, or -1 if no item has it."""
    try:
        return table.values[facet].index(value)
    except ValueError:
        return -1


def _years(day: date) -> float:
    """Return a date as a fractional year."""
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def _years_of(numbers: np.ndarray) -> np.ndarray:
    """Return YYYYMMDD integers as fractional years (month precision is enough)."""
    return numbers // 10000 + (numbers // 100 % 100 - 1) / 12.0

