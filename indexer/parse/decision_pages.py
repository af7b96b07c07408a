"""Decision pages: a committee system's web page for each decision, saved one after another.

Committee-management systems publish every decision of a meeting on a page of labelled fields:
its title over 'Decision Maker:', then 'Decision status:', 'Is Key decision?:', 'Decision:' or
'Decisions:' with the minute's text, the reasons and alternatives, and at the foot 'Date of
decision:' and 'Decided at meeting: 24/02/2026 - Council'. A file of such pages is a meeting's
record: one item per page, titled by the line over its 'Decision Maker:' (a trailing ' - Minute
No. 28/12(b)' is its number), its text the decision field on, and the meeting named and dated by
'Decided at meeting:', else by the maker and the date of decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..records import Line
from .dates import first_date

MAKER = re.compile(r"^decision[\s-]+maker\s*:\s*(?P<rest>.*)$", re.I)
DECISION = re.compile(r"^(?:decisions?(?:\s+(?:taken|made))?|content)\s*:\s*(?P<rest>.*)$", re.I)
"""The decision's text: 'Decision:', 'Decisions made:', or on a site that republishes councils'
decisions, 'Content:' under 'Outcome: Agreed'."""
TITLE_LABEL = re.compile(r"^(?:(?:officer|executive|delegated|key)\s+)?decision\s*:\s*(?=\S)", re.I)
"""A register's entry titled with its kind ('Officer decision: Grounds maintenance …')."""
AT_MEETING = re.compile(r"^(?:decided|made|taken)\s+at\s+meeting\s*:\s*(?P<rest>.*)$", re.I)
LISTED_TITLE = re.compile(r"^(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+[-–]\s+(?P<title>.+?)"
                          r"\s+ref:\s*(?P<ref>\w+)(?:\s.*)?$", re.I)
"""An entry of a 'Decisions published' list: '13/02/2026 - Mayoral Capacity Fund 2026/27 ref:
829    Recommendations Approved (subject to call-in)', its date, title and reference."""
DECIDED_ON = re.compile(r"^date\s+of\s+decision\s*:\s*(?P<rest>.*)$", re.I)
FOOT = re.compile(r"^(?:publication\s+date|date\s+of\s+decision|decided\s+at\s+meeting|effective\s+"
                  r"from|accompanying\s+documents|background\s+papers|lead\s+officer|report\s+"
                  r"author|contact(?:\s+officer)?|call[\s-]in\s+deadline"
                  r"|decision\s+(?:reference|ref\.?|no\.?|number))\s*:|^related\s+meetings?$", re.I)
"""The labels under a decision's text: its dates, meeting, papers and officers."""
FIELD = re.compile(r"^(?:decision\s+status|decision\s+type|decision\s+published|effective\s+from"
                   r"|is\s+key\s+decision\s*\??|is\s+subject"
                   r"\s+to\s+call[\s-]in\s*\??|purpose|wards?\s+affected|divisions?\s+affected)"
                   r"\s*:", re.I)
"""The labels between the maker and the decision: the page's furniture, never its title."""
REFERENCE = re.compile(r"^(?:decision\s+(?:reference|ref\.?|no\.?|number)"
                       r"|reference(?:\s+no\.?|\s+number)?)"
                       r"\s*:\s*(?P<rest>.*)$", re.I)
REFERENCE_REACH = 3
SUBJECT = re.compile(r"^(?:subject(?:\s+of\s+decision)?|title|decision\s+title"
                     r"|title\s+of\s+decision)\s*:"
                     r"\s*(?P<rest>.*)$", re.I)
"""A register's decision opens with its reference over the maker, its subject below them."""
MINUTE_NO = re.compile(r"\s+[-–]\s+minute\s+(?:no\.?|number)\s*(?P<num>\S+)$", re.I)
MEETING_NAME = re.compile(r"^[^-–]*\d[^-–]*\s[-–]\s+(?P<name>.+)$")
PAGE_HEADING = re.compile(r"^decision\s+details$", re.I)
DASHED_LABEL = re.compile(r"^(?P<label>[A-Z][\w ()/,?-]{1,90}?)\s*:-\s*")
DATE_FIELD = re.compile(r"^date\s*:\s*(?P<rest>.*)$", re.I)
"""A register's date field over its maker ('Reference Number: 1472' / 'Date: 2009/09/16')."""
TITLE_WORDS = 25
SUMMARY_REACH = 3
"""Lines with text a list's entry may stand above its 'Decision Maker:' (its summary between)."""


@dataclass(frozen=True)
class DecisionPage:
    """One decision's page: its title, number, text lines, and the meeting it was taken at."""

    number: str
    title: str
    lines: tuple[Line, ...]
    committee: str
    day: date | None


def decision_pages(lines: list[Line]) -> list[DecisionPage]:
    """Return the decision pages the lines hold, in order, or [] if they are not such pages."""
    if any(" :-" in line.text for line in lines):
        # 'Decision Maker :-Cabinet': a typed form's labels, closed by ':-'.
        lines = [replace(line, text=DASHED_LABEL.sub(r"\g<label>: ", line.text, count=1))
                 for line in lines]
    makers = [i for i, line in enumerate(lines) if line.text[:1] in "Dd" and MAKER.match(line.text)]
    pages = []
    for k, start in enumerate(makers):
        # A page ends where the next one's title, over its 'Decision Maker:', begins.
        end = _title_line(lines, makers[k + 1], start) if k + 1 < len(makers) else len(lines)
        page = _page(lines, start, end)
        if page is None and pages and k + 1 == len(makers):
            # 'Decision maker: All decision makers' in the list's search options, under it.
            break
        if page is None:
            return []
        pages.append(page)
    return pages


def _page(lines: list[Line], start: int, end: int) -> DecisionPage | None:
    """Read one page from its 'Decision Maker:' line to the next page's; None if it has no
    decision field or no meeting or date at its foot."""
    title_at = _title_line(lines, start, -1)
    if title_at < 0 or PAGE_HEADING.match(lines[title_at].text) \
            or len(lines[title_at].text.split()) > TITLE_WORDS:
        return None
    maker = _value(lines, start, MAKER)
    decision_at = next((i for i in range(start + 1, end) if DECISION.match(lines[i].text)), None)
    subject_at = next((i for i in range(start + 1, end) if SUBJECT.match(lines[i].text)), None)
    unlabelled = decision_at is None and subject_at is not None and subject_at + 1 < end \
        and REFERENCE.match(lines[title_at].text) is not None
    if unlabelled:
        # 'Subject of Decision: …' / 'RESOLVED that …' / 'Reason for Decision: …': a register
        # whose decision has no label of its own, under its subject.
        decision_at = subject_at + 1
    undecided = decision_at is None and LISTED_TITLE.match(lines[title_at].text) is not None
    if undecided:
        # '… ref: 2210    For Determination' with no 'Decision:' field: a list's entry not
        # yet decided, an item of its meeting with no text.
        decision_at = start
    if decision_at is None:
        return None
    foot = next((i for i in range(decision_at + 1, end) if FOOT.match(lines[i].text)), end)
    meeting = next((_value(lines, i, AT_MEETING) for i in [*range(foot, end),
                                                           *range(start, decision_at)]
                    if AT_MEETING.match(lines[i].text)), "")
    listed = LISTED_TITLE.match(lines[title_at].text)
    # A register gives the date of decision above the decision, with the maker.
    decided = next((_value(lines, i, DECIDED_ON) for i in [*range(foot, end),
                                                           *range(start, decision_at)]
                    if DECIDED_ON.match(lines[i].text)), "") or next(
        (_value(lines, i, DATE_FIELD) for i in range(title_at, start)
         if DATE_FIELD.match(lines[i].text)), "")
    day = first_date(meeting) or first_date(decided) or (
        first_date(listed.group("date")) if listed else None)
    if day is None:
        return None
    named = MEETING_NAME.match(meeting)
    title, number = lines[title_at].text.strip(), ""
    if listed:
        title, number = listed.group("title"), listed.group("ref")
    register = bool(REFERENCE.match(title) or TITLE_LABEL.match(title))
    if REFERENCE.match(title):
        # 'Decision Reference: OD/2025/01' / 'Decision Maker: …' / … / 'Subject: …': a register's
        # entry, titled by its subject.
        number = _value(lines, title_at, REFERENCE)
        title = next((_value(lines, i, SUBJECT) for i in range(start, decision_at)
                      if SUBJECT.match(lines[i].text)), "")
        if not title:
            return None
    if label := TITLE_LABEL.match(title):
        title = title[label.end():]
    elif subject := SUBJECT.match(title):
        # 'Reference: ODR/2024/031' / 'Title of decision: Award of contract …' / 'Decision
        # maker: …': a register's entry titled by its field, its reference above.
        title, register = subject.group("rest").strip(), True
        number = number or next((_value(lines, i, REFERENCE) for i in range(
            title_at - 1, max(-1, title_at - REFERENCE_REACH), -1)
            if REFERENCE.match(lines[i].text)), "")
    if minute := MINUTE_NO.search(title):
        title, number = title[:minute.start()].strip(), minute.group("num")
    if undecided:
        return DecisionPage(number, title, (), named.group("name").strip() if named else maker,
                            day)
    rest = lines[decision_at].text.strip() if unlabelled \
        else DECISION.match(lines[decision_at].text).group("rest").strip()
    after = decision_at + 1
    if register:
        # A register's entry keeps its field's label ('Decision taken:' over its text): what
        # follows it is what was decided.
        if not rest and (nxt := next((k for k in range(after, foot) if lines[k].text), None)):
            rest, after = lines[nxt].text.strip(), nxt + 1
        rest = rest if unlabelled else f"Decision: {rest}"
    body = ([Line(rest, lines[decision_at].page)] if rest else []) + [
        line for line in lines[after:foot] if not FIELD.match(line.text)]
    return DecisionPage(number, title, tuple(body),
                        named.group("name").strip() if named else maker, day)


def _title_line(lines: list[Line], maker: int, floor: int) -> int:
    """Return the line with text over a page's 'Decision Maker:' line (floor if none), above its
    date field if one stands between."""
    at = next((i for i in range(maker - 1, floor, -1) if lines[i].text), floor)
    filled = [i for i in range(maker - 1, floor, -1) if lines[i].text][:SUMMARY_REACH]
    if (listed := next((i for i in filled if LISTED_TITLE.match(lines[i].text)), None)) \
            is not None:
        # '14/03/2019 - Quarter 3 Report ref: 2207  Recommendations Approved' / its summary
        # ('Cabinet to note …') / 'Decision Maker: Cabinet': a list's entry over its summary.
        return listed
    if at > floor and DATE_FIELD.match(lines[at].text):
        above = next((i for i in range(at - 1, floor, -1) if lines[i].text), floor)
        return above if above > floor and REFERENCE.match(lines[above].text) else at
    return at


def _value(lines: list[Line], i: int, label: re.Pattern[str]) -> str:
    """Return a label's value: after it on its line, else on the next line with text."""
    rest = label.match(lines[i].text).group("rest").strip()
    if rest:
        return rest
    return next((line.text.strip() for line in lines[i + 1:i + 3] if line.text), "")
