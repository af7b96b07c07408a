"""Plain records of the search side: a request, its hits and facets, items and meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

# An item in full, for its page and for export, is what the index stores (one home for it).
from indexer.build.document import StoredItem as Item
from indexer.build.document import ocr_json

SORTS = ("relevance", "newest", "oldest")
FACETS = ("committee", "year", "speaker", "decision", "kind")
KINDS = ("minutes", "agenda", "report")
DEFAULT_LIMIT = 10
MAX_LIMIT = 200


@dataclass(frozen=True)
class SearchRequest:
    """A user's query and filters. Values within one filter combine with OR, filters with AND."""

    query: str = ""
    committees: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    decisions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = DEFAULT_LIMIT
    facets: bool = True
    snippets: bool = True
    all_values: str = ""  # a facet to list every value of, not only the first few
    explain: bool = False  # say why each hit ranked where it did (Hit.why)

    @property
    def filtered(self) -> bool:
        """Return True if any filter narrows the results."""
        return bool(self.committees or self.speakers or self.years or self.decisions
                    or self.kinds or self.date_from or self.date_to)


@dataclass(frozen=True)
class Snippet:
    """Text with marked spans (the words a query matched): parts of (text, marked), in order."""

    parts: tuple[tuple[str, bool], ...] = ()

    def __bool__(self) -> bool:
        """Return True if there is any text."""
        return bool(self.parts)

    def html(self) -> str:
        """Return the text escaped, each marked span in <mark class="match"> (the JSON form)."""
        return "".join(f'<mark class="match">{escape(text, quote=False)}</mark>' if marked
                       else escape(text, quote=False) for text, marked in self.parts)

    def paragraphs(self) -> list[Snippet]:
        """Split at blank lines ('\n\n' in unmarked text), leaving out empty paragraphs."""
        paragraphs: list[list[tuple[str, bool]]] = [[]]
        for text, marked in self.parts:
            pieces = [text] if marked else text.split("\n\n")
            for k, piece in enumerate(pieces):
                if k:
                    paragraphs.append([])
                if piece:
                    paragraphs[-1].append((piece, marked))
        return [Snippet(tuple(p)) for p in paragraphs if "".join(t for t, _ in p).strip()]


@dataclass(frozen=True)
class WordScore:
    """One word of the query (with the forms and expansions it matched) in one item."""

    word: str
    score: float
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Why:
    """How an item's score was made: (sum(words) × share + raised) × weight × the gain of
    words standing together (together: what that gain added) + what the item's best passage
    added + what an amount beside the words of a how-much question added."""

    words: tuple[WordScore, ...]
    held: int
    share: float  # (share of the words held, by idf) ** power: items holding all keep all
    raised: float  # added so that items holding enough words rank above those holding fewer
    together: float  # what neighbouring words standing together added
    weight: float  # the item's own weight (agendas and reports rank below minutes)
    score: float
    passage: float = 0.0  # added for the share of the words one passage holds (less: apart)
    amount: float = 0.0  # added for an amount (or a measure) beside a how-much (how-big) question

    def lines(self) -> list[str]:
        """Return the explanation as lines of text for a terminal."""
        words = " + ".join(f"{w.word} {w.score:.2f}" + (f" ({', '.join(w.fields)})"
                                                          if w.fields else "")
                           for w in self.words)
        out = [f"score {self.score:.2f} = ({words})"]
        out.append(f"  × {self.share:.3f} for {self.held} of {len(self.words)} words held "
                   f"(rare words count more)")
        if self.raised:
            out.append(f"  + {self.raised:.2f} to rank above items holding fewer words")
        if self.weight != 1:
            out.append(f"  × {self.weight:.2f} for the kind of document")
        if self.together:
            before = self.score - self.passage - self.amount
            gain = before / (before - self.together)
            out.append(f"  × {gain:.2f} for words standing together (+ {self.together:.2f})")
        if self.passage:
            sign = "+" if self.passage > 0 else "−"
            out.append(f"  {sign} {abs(self.passage):.2f} for the words one passage holds "
                       f"(less for those standing apart)")
        if self.amount:
            out.append(f"  + {self.amount:.2f} for an amount or measure beside the words")
        return out

    def to_json(self) -> dict[str, Any]:
        """Return the explanation as the JSON object of a hit's "why"."""
        return {"score": round(self.score, 4), "held": self.held, "share": round(self.share, 4),
                "raised": round(self.raised, 4), "together": round(self.together, 4),
                "passage": round(self.passage, 4), "amount": round(self.amount, 4),
                "weight": round(self.weight, 4),
                "words": [{"word": w.word, "score": round(w.score, 4), "fields": list(w.fields)}
                          for w in self.words]}


@dataclass(frozen=True)
class Hit:
    """One agenda item in a result list."""

    id: str
    source: str
    pages: tuple[int, ...]
    committee: str
    date: date | None
    number: str
    title: str
    speakers: tuple[str, ...]
    resolutions: tuple[str, ...]
    snippet: Snippet
    score: float
    decision: str = "none"
    decision_snippet: Snippet = Snippet()
    meeting_id: str = ""
    agenda_ref: str = ""
    url: str = ""
    kind: str = "minutes"
    text: str = ""
    ocr_confidence: float | None = None
    roles: tuple[str, ...] = ()  # posts that spoke, no one named as holding them ('The Clerk')
    why: Why | None = None  # how its score was made, when the request asked (explain)

    def to_json(self) -> dict[str, Any]:
        """Return the hit as the JSON object of `minutebook search --json`."""
        return {
            "id": self.id, "source": self.source, "pages": list(self.pages),
            "committee": self.committee,
            "date": self.date.isoformat() if self.date else None,
            "number": self.number, "title": self.title, "speakers": list(self.speakers),
            "roles": list(self.roles),
            "resolutions": list(self.resolutions), "snippet": self.snippet.html(),
            "score": round(self.score, 4), "decision": self.decision,
            "decision_snippet": self.decision_snippet.html(), "meeting_id": self.meeting_id,
            "agenda_ref": self.agenda_ref, "url": self.url or None, "kind": self.kind,
            **ocr_json(self.ocr_confidence),
            **({"why": self.why.to_json()} if self.why else {}),
        }


def number_label(number: str) -> str:
    """Return an item's number as it heads its title: '12.', but '3 a)' and '4.' unchanged."""
    return number if number.endswith((")", ".")) else f"{number}."


def display_title(title: str, text: str, words: int = 10) -> str:
    """Return an item's title, or for an untitled item its first words."""
    if title:
        return title
    first = re.sub(r"^\s*[\dA-Z]{1,3}[.)]\s+", "", " ".join(text[:400].split())).split()
    if not first:
        return "(untitled item)"
    return " ".join(first[:words]).rstrip(",;:") + ("…" if len(first) > words else "")


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet, how many results have it, and whether it is selected."""

    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class SearchResults:
    """The answer to a SearchRequest."""

    request: SearchRequest
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    relaxed: bool = False
    filled: bool = False  # few items hold enough words: items holding fewer follow them
    corrected: str = ""
    suggestion: str = ""
    explain: str = ""

    @property
    def pages(self) -> int:
        """Return the number of result pages."""
        return max(1, -(-self.total // self.request.limit))

    def to_json(self) -> dict[str, Any]:
        """Return the results as the JSON object of `minutebook search --json`."""
        return {
            "query": self.request.query,
            "total": self.total,
            "page": self.request.page,
            "limit": self.request.limit,
            "hits": [hit.to_json() for hit in self.hits],
            "facets": {name: [{"value": v.value, "count": v.count} for v in values]
                       for name, values in self.facets.items()},
            "relaxed": self.relaxed,
            "filled": self.filled,
            "corrected": self.corrected or None,
            "suggestion": self.suggestion or None,
        }


@dataclass(frozen=True)
class MeetingView:
    """A meeting: its heading, attendance and items in order."""

    id: str
    source: str
    source_kind: str
    committee: str
    date: date | None
    heading: str
    kind: str
    url: str
    date_from: str
    attendance: dict[str, tuple[str, ...]]
    items: tuple[Item, ...]
