"""An item's header completed: its title however it wraps onto the lines under it, and its text."""

from __future__ import annotations

import re

from ..records import Line
from .blocks import (
    FUNCTION_WORDS,
    SENTENCE_END,
    clean_title,
    file_badge,
    is_title_like,
    is_upper_heading,
)
from .dates import MONTHS
from .heading_context import ITEM_FIELD
from .item_header import NUMBERED, Header
from .item_lists import LIST_MARKER_LOWER, WRAPPED_TITLE_WORDS
from .title_ends import AGENDA_VERBS, MAX_TITLE_WORDS

BRACKET_WORDS = 8
YEAR_ALONE = re.compile(r"^(?:19|20)\d\d\.?$")
DAY_ALONE = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$")
REF_ALONE = re.compile(r"^\*?\(\s*\*?(?:Agenda\s+)?Item\s+[A-Z]?\d{1,3}[a-z]?\*?\s*\)\*?$", re.I)
MARKER_AFTER = re.compile(r"^(?:(?:additional|supporting) documents|minutes)\s*:?$"
                          r"|^(?:dogfennau ychwanegol|cofnodion)\s*:$", re.I)
"""A meeting page's labels under an item's heading, in English or Welsh ('Cofnodion:')."""
DECISION_OPENS = re.compile(r"^(?:It\s+was\s+)?(?:RESOLVED|Resolved|NOTED|Noted|AGREED|Agreed"
                            r"|Carried|Approved)\b")
"""A line opening with its decision: the minute under an entry, not the entry's words."""
DECISION_START = re.compile(r"^(?:It\s+was\s+)?(?:RESOLVED|NOTED|Noted|Agreed|AGREED|Carried)\b")
SHORT_WRAP_WORDS = 4
CAPS_WRAP_WORDS = 9
SHORT_CAPS_TAIL = 2
SHORT_CAPS_WRAP_WORDS = 6
"""Words of a heading in capitals long enough to have filled its line and wrapped."""
DETERMINERS = frozenset("other any each every such further both various following".split())
WRAP_LINES = 2
DASH_CONTINUATION = re.compile(r"^[–—-]\s*[\w(][^.;:!?]{0,40}$")
"""A line that carries a heading on after a dash: '– 15th February 2013', '– F Reid'."""
ACTION_INITIALS = re.compile(r"(?:(?<=\d)|(?P<name>\b[A-Z][a-z]+))\s+[A-Z]{2,4}$")
"""An action column's initials run on after a date or a name: '– 22nd June 2012 FRE', '– F
Reid FRE' (not after a small word: '– update on CCTV')."""
BLANKS_BETWEEN = 24


def next_filled(lines: list[Line], i: int, end: int, limit: int = 3) -> int | None:
    """Return the index of the next non-blank line after i within limit lines."""
    for j in range(i + 1, min(end, i + 1 + limit * 2)):
        if lines[j].text:
            return j
    return None


def finish_header(lines: list[Line], i: int, j: int, number: str, title: str, end: int,
            wrap: bool = True) -> Header:
    """Complete a header: pick up an '(Item A4)' line or a wrapped title line after line j."""
    body = j + 1
    ref_at = None if SENTENCE_END.search(title) else ref_line_after(lines, j, end)
    if ref_at is not None:
        # A long title wraps before its '(Item 6)' line: every line up to it is the title.
        title = " ".join([title, *(lines[n].text for n in range(j + 1, ref_at + 1)
                                   if lines[n].text)])
        clean, ref = clean_title(title)
        return Header(i, ref_at + 1, number, clean, ref, 4 if len(clean.split()) <= 24 else 3)
    badge_at = _badge_line_after(lines, j, end) if wrap and not SENTENCE_END.search(title) \
        else None
    if badge_at is not None:
        # '2. TRW/24CM003 - Renewal of Consent … and' / 'for Lighting, at Stanage Lane Depot,
        # … for a Further Period' / 'until 2029 pdf icon PDF 310 KB': a meeting page's title
        # wraps on to the link's badge that closes it.
        clean, ref = clean_title(" ".join([title, *(lines[n].text
                                                    for n in range(j + 1, badge_at + 1))]))
        return Header(i, badge_at + 1, number, clean, ref, 2)
    k = next((n for n in range(j + 1, end) if lines[n].text), None)
    while k is not None and wrap and k <= j + 2 and _cell_wraps(lines, j, k, title):
        # '41.24/25 Apologies for' / (blank) / 'absence': a bold heading in a narrow table
        # cell, cut on a word that needs the next, goes on over its bold lines.
        title, j = f"{_kept_colon(title, lines[j].text)} {lines[k].text}", k
        k = next((n for n in range(j + 1, end) if lines[n].text), None)
    if k is not None and (ITEM_FIELD.fullmatch(lines[k].text)
                          or MARKER_AFTER.match(lines[k].text)):
        # 'MINUTES OF THE SCRUTINY COMMITTEE - 23RD JUNE' / 'Status:': the item's first field.
        k = None
    body = j + 1
    if k is not None and wrap and k == j + 2 and ((title_unfinished(title) and is_title_like(
            lines[k].text) and not NUMBERED.match(lines[k].text))
            or _closes(title, lines[k].text) or (
            len(lines[k].text.split()) <= SHORT_WRAP_WORDS
            and _bold_wraps(lines, j, k, title, end))
            or _caps_wraps(lines, j, k, title)):
        # '2. Declarations of … Interests or Other' / (blank) / 'Significant Interests in …':
        # a title cannot end on 'or Other', so it goes on past the blank line; a long bold
        # one goes on to a short bold rest ('… at Sandy and Potton' / 'Fire Stations').
        title, body = f"{_kept_colon(title, lines[j].text)} {lines[k].text}", k + 1
    elif k is not None and wrap and (k == j + 1 or (lines[k].heading and lines[j].heading)) \
            and DASH_CONTINUATION.match(lines[k].text):
        # '2. Minutes of the Meeting' / '– 15th February 2013': the heading goes on (an action
        # column's initials after its date are not part of it: '… 2012 FRE').
        kept = ACTION_INITIALS.sub(lambda m: m.group("name") or "", lines[k].text)
        title, body = f"{title} {kept}", k + 1
    elif k is not None and (k == j + 1 or lines[k].page != lines[j].page):
        nxt = lines[k].text
        if REF_ALONE.match(nxt) or _title_continues(title, nxt) or (
                wrap and k == j + 1 and (_wraps_lower(title, nxt) or _closes(title, nxt)
                                         or _bold_wraps(lines, j, k, title, end))):
            title, body = f"{_kept_colon(title, lines[j].text)} {nxt}", k + 1
    elif k is not None and REF_ALONE.match(lines[k].text):
        title, body = f"{title} {lines[k].text}", k + 1
    clean, ref = clean_title(title)
    score = (2 if len(clean.split()) <= 12 else 1) + (2 if ref else 0)
    return Header(i, body, number, clean, ref, score)


def _kept_colon(title: str, line: str) -> str:
    """Return a title with the colon its line closed on, when the title goes on to the next
    line ('52 REPORT FROM THE AMENITIES COMMITTEE RE:' / 'ALLOTMENT RENTS …'):
    inside the title it is the heading's own."""
    return f"{title}:" if line.rstrip().endswith(":") and not title.endswith(":") else title


def _caps_wraps(lines: list[Line], j: int, k: int, title: str) -> bool:
    """Return True if bold line k, in capitals, carries on a long bold heading in capitals on
    line j that filled its line ('218 P/12/401/FUL - DEMOLITION OF FORMER CHAPEL AND ERECTION
    OF 6 NO. TWO' / 'BEDROOM FLATS, CHAPEL STREET, …'), a blank line between as a PDF may read
    it."""
    nxt = lines[k].text
    # The heading's reader may have taken this line's capitals already ('… AND' / 'OTHER
    # COMMITTEES OF THE COUNCIL [Item 5]').
    # A tail of a word or two ('… FIRE SERVICES MANAGEMENT' / 'COMMITTEE') ends a shorter one.
    least = CAPS_WRAP_WORDS if len(nxt.split()) > SHORT_CAPS_TAIL else SHORT_CAPS_WRAP_WORDS
    return (lines[j].heading and lines[k].heading and len(title.split()) >= least
            and " ".join(nxt.split()[:3]) not in title
            and is_upper_heading(title) and is_upper_heading(nxt) and nxt[:1].isalnum()
            and not re.search(r"[.:;!?]$", title) and ":" not in nxt
            and not NUMBERED.match(nxt) and not DECISION_OPENS.match(nxt)
            and len(nxt.split()) <= MAX_TITLE_WORDS)


def _cell_wraps(lines: list[Line], j: int, k: int, title: str) -> bool:
    """Return True if bold line k carries on the bold heading on line j that stops on a small
    word ('Apologies for' / 'absence', 'Minutes of the' / 'meeting on' / 'September 11th')."""
    words = title.split()
    nxt = lines[k].text
    return (lines[j].heading and lines[k].heading and bool(words)
            and words[-1].lower() in FUNCTION_WORDS and len(nxt.split()) <= SHORT_WRAP_WORDS
            and not NUMBERED.match(nxt) and not re.search(r"[.:;!?]$", title))


def title_unfinished(title: str) -> bool:
    """Return True for a title that stops on a word that needs another after it: a function
    word or a determiner ('… Interests or Other')."""
    words = title.split()
    return len(words) >= 3 and (words[-1].lower() in FUNCTION_WORDS
                                or words[-1].lower() in DETERMINERS)


def _badge_line_after(lines: list[Line], j: int, end: int) -> int | None:
    """Return the line closing a wrapped heading with its link's badge ('… until 2029 pdf
    icon PDF 310 KB'), the lines from j on unbroken and none a sentence's end, if any."""
    for n in range(j + 1, min(end, j + 1 + WRAP_LINES)):
        text = lines[n].text
        if not text or NUMBERED.match(text) or len(text.split()) > MAX_WRAP_WORDS \
                or MARKER_AFTER.match(text):
            # 'Additional documents:' / 'Appendix A …, item 5 pdf icon PDF 2 MB': a label over
            # the item's other papers ends its title.
            return None
        badge = file_badge(text)
        if badge and not text[badge.end():].strip() and text[:badge.start()].strip():
            return n
        if SENTENCE_END.search(text):
            return None
    return None


MAX_WRAP_WORDS = 16
"""The most words a heading's wrapped line holds."""


def ref_line_after(lines: list[Line], j: int, end: int) -> int | None:
    """Return the '(Item N)' line that closes a heading within the next few lines, if any."""
    seen = 0
    for n in range(j + 1, min(end, j + 1 + BLANKS_BETWEEN + WRAP_LINES)):
        text = lines[n].text
        if not text:
            continue
        if REF_ALONE.match(text):
            return n
        seen += 1
        if seen > WRAP_LINES or NUMBERED.match(text) or SENTENCE_END.search(text) \
                or len(text.split()) > 14:
            return None
    return None


def _wraps_lower(title: str, nxt: str) -> bool:
    """Return True if nxt, starting in lower case, carries on a title cut mid-phrase."""
    words = title.split()
    unfinished = len(words) >= WRAPPED_TITLE_WORDS or words[-1].lower() in FUNCTION_WORDS
    return (unfinished and nxt[:1].islower() and not re.search(r"[.:;!?]$", title)
            and len(nxt.split()) <= 16 and not LIST_MARKER_LOWER.match(nxt))


def _bold_wraps(lines: list[Line], j: int, k: int, title: str, end: int) -> bool:
    """Return True if line k, in bold like the long bold heading on line j and followed by plain
    text, is the rest of that heading ('11. Items of Interest … the YLCA White Rose' / 'Bulletin
    and the YLCA weekly News and Notifications')."""
    after = next((n for n in range(k + 1, end) if lines[n].text), None)
    nxt = lines[k].text
    # '95 Scrutiny Report – … Communication Needs' / 'in the Early Years', both in bold.
    lower = nxt[:1].islower() and not LIST_MARKER_LOWER.match(nxt)
    return (lines[j].heading and lines[k].heading and len(title.split()) >= WRAPPED_TITLE_WORDS
            and not re.search(r"[.:;!?]$", title) and (is_title_like(nxt) or lower)
            and len(nxt.split()) <= WRAPPED_TITLE_WORDS * 2 and not NUMBERED.match(nxt)
            and not DECISION_START.match(nxt)
            and after is not None and not lines[after].heading)


def _closes(title: str, nxt: str) -> bool:
    """Return True if nxt closes what the title left open: the bracket it opened ('… Report
    (Quarter 3: October to December' / '2025)') or its date ('… HELD ON TUESDAY 20
    JANUARY' / '2026', '… held on 9' / 'March 2022')."""
    words = title.split()
    if title.count("(") > title.count(")") and ")" in nxt and len(nxt.split()) <= BRACKET_WORDS \
            and not NUMBERED.match(nxt):
        return True
    if words and DAY_ALONE.match(words[-1]) and len(rest := nxt.split()) == 2 \
            and rest[0].lower().strip(".,") in MONTHS and YEAR_ALONE.match(rest[1]):
        # '… Meeting held on 9' / 'March 2022': the date's month and year.
        return True
    return bool(words) and YEAR_ALONE.match(nxt) is not None \
        and words[-1].lower().strip(".,") in MONTHS


def _title_continues(title: str, nxt: str) -> bool:
    """Return True if nxt carries on a heading in capitals ('… RESOURCES' / 'JUDGEMENT'), or
    a heading that ends in a comma ('Question by A to B,' / 'Cabinet Member for Education') or
    an agenda's verb ('Consider' / 'Declarations of Interest')."""
    words = title.split()
    if not words:
        return False
    if _closes(title, nxt):
        return True
    if (title.endswith(",") or words[-1].lower() in AGENDA_VERBS) \
            and is_title_like(nxt) and not NUMBERED.match(nxt):
        # '4/16 Consider' / 'Declarations of Interest on Agenda Items': a verb needs its object.
        return True
    return (is_upper_heading(title) and is_upper_heading(clean_title(nxt)[0])
            and not NUMBERED.match(nxt) and len(nxt.split()) <= 8
            and not DECISION_START.match(nxt) and not CROSS_REFERENCE.match(nxt))
CROSS_REFERENCE = re.compile(r"^\((?:REF|Ref|See|SEE)\b[^)]*\)$")
"""A line under a heading that cites earlier minutes or papers ('(REF: M/1-M/11)')."""
