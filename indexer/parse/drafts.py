"""A document's sections drafted into meetings: their items, attendance and reports."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..records import Attendance, Document, Line
from .agenda import AgendaEntry, agenda_entries, match_entry
from .attendance import read_attendance
from .blocks import is_title_like
from .chains import MIN_CHAIN
from .committees import normalise_committee
from .dates import MONTHS, first_date
from .decision_pages import DecisionPage
from .decision_record import DecisionRecord
from .decisions import DECISION_LABEL, decisions
from .heading_context import ATTENDANCE_START
from .item_header import NUMBERED
from .item_lists import REGISTER_HEAD, RawItem, bullet_items
from .items import split_items
from .meeting_heading import ENTRY_LINE, ISSUE_DECISION
from .mentions import mentions
from .people import ATTENDANCE_LABEL, attendance_list
from .section_record import Section
from .speech import speaking
from .title_ends import OPENING_HEADING, STUB

PROSE_WORDS = 10
MIN_BULLET_ITEMS = 3
REGISTER_REACH = 3
TAKER_FIELD = re.compile(r"^decision[\s-]+(?:taker|maker)\s*:?\s*(?P<rest>.*)$", re.I)
TAKEN_AT = re.compile(r"^(?P<who>[A-Z][\w&,'’ -]{2,60}?)\s+(?:on|[-–,])\s+(?P<date>.*\d{4}.*)$")
"""'Cabinet on 14 April 2026': who took a decision, at which meeting."""
MAX_LIST_LINES = 8
MEETING_KIND = re.compile(r"^(?:(?:THE\s+)?(?:ANNUAL\s+GENERAL|ANNUAL|ORDINARY"
                          r"|REGULAR(?:\s+BUSINESS)?|MONTHLY|EXTRAORDINARY|SPECIAL)\s+MEETING"
                          r"|(?:The\s+)?(?:Annual\s+General|Ordinary|Regular(?:\s+Business)?"
                          r"|Monthly|Extraordinary|Special)\s+Meeting"
                          r"|AGM|(?:(?:PARISH|TOWN|COMMUNITY)\s+)?COUNCIL\s+MEETING)$")
"""A heading naming a meeting of its own inside one record ('ANNUAL GENERAL MEETING', 'AGM'
then 'PARISH COUNCIL MEETING')."""
AGENDA_PART = re.compile(r"^PART\s+(?:[A-D]|ONE|TWO|THREE|[1-3])\s*[-–—:]\s*(?P<name>"
                         r"(?:(?:ANNUAL|ORDINARY|EXTRA-?ORDINARY|SPECIAL)\s+MEETING"
                         r"|(?P<body>[A-Z][A-Z&,' -]{2,60}?\s(?:COMMITTEE|SUB-COMMITTEE|COUNCIL)))"
                         r"(?:\s*\([^()]{1,30}\))?)(?:\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?$")
"""A part of one summons given to a meeting of its own ('PART A – ANNUAL MEETING (CIVIC)',
'PART ONE – PLANNING COMMITTEE 6.45pm'): a council's annual meeting and the ordinary meeting
after it, or a committee meeting before the council, called together."""
AS_BEFORE = re.compile(r"^as\s+(?:for|at|in)\s+(?:the\s+)?(?:previous\s+|annual\s+|above\s+)", re.I)
"""An attendance list that refers to the meeting before ('As for the Annual Meeting')."""
ATTENDANCE_AT_END = re.compile(r"^\s*(?:Attendance(?:\s+(?:List|Details))?"
                               r"|Record\s+of\s+Attendance)\s*:?\s*$", re.I)
"""The heading of an attendance list printed after the minutes' last item."""
PACK_PAGES = re.compile(r"\(Pages?\s+\d|\bDocument\s+Pack\b|\bPages\s+\d{1,3}\s*[-–]\s*\d{1,3}\b"
                        r"|^\d{1,2}[.)]?\s+[A-Z][^.]{2,80}[a-z]\s+\d{1,3}$", re.I)
"""A pack's contents: a paper's pages after its entry ('(Pages 1 - 4)', 'Work programme 87'), or
its column of pages run into the entry's words ('Minutes of the meeting Pages 1 - 6')."""
ATTACHMENT_LINE = re.compile(r"^(?:Attachments?|Appendix|Appendices|Enclosures?)\s*:", re.I)
"""An entry's list of attached papers ('Attachments: 1. Board Minutes 4 March 2021 (page 5)'): their
pages are not the agenda's contents."""
SENTENCE_PAGES = (").", "),")
"""How an entry's sentence closes that names the pages of a paper it attaches ('To approve the
minutes as a correct record (pages 2-3).'): a notice's, where a pack's contents give pages in a
column of their own."""
PACK_STAMP = re.compile(r"^Agenda\s+Item\s+\d{1,3}[a-z]?$", re.I)
"""The stamp at the head of each paper in a pack: 'Agenda Item 7'."""
"""The paper's last lines, where a council may sign it off by its name alone ('London Borough
of Hendale' set right under the minutes)."""
MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(name for name in MONTHS if len(name) > 3)
                        + r")\s+(?P<year>(?:19|20)\d\d)\b", re.I)
"""A month named with its year and no day ('JANUARY 2025 MEETING'), in English or Welsh."""
MONTH_REACH = 6
"""Lines above a record's second numbering that may name its meeting's month."""
ATTENDANCE_REACH = 40
"""Lines of an attendance list that may stand between a record's heading and its first item."""
HEADING_FIELDS = 4
"""Lines above an attendance list that may be the record's fields ('Date:', 'Time:', 'Venue:')."""


@dataclass
class Draft:
    """A meeting being assembled from one section and the reports written for it."""

    section: Section
    committee: str
    date: date | None
    heading: str
    attendance: Attendance = field(default_factory=Attendance)
    items: list[RawItem] = field(default_factory=list)
    entries: list[AgendaEntry] = field(default_factory=list)
    date_from: str = "text"
    committee_from: str = "text"


def decision_draft(record: DecisionRecord, section: Section, lines: list[Line]) -> Draft:
    """Make the one item of a record of decision."""
    draft = Draft(section, record.maker, record.day, section.heading)
    body = lines[record.title_end:]
    draft.items = [RawItem(record.number, record.title, "", body[0].page if body else 1,
                           tuple(body))]
    return draft


def page_drafts(pages: list[DecisionPage], lines: list[Line]) -> tuple[list[Section],
                                                                         list[Draft]]:
    """Make a meeting of each meeting's decision pages, one item per page."""
    drafts: dict[tuple[str, date | None], Draft] = {}
    for page in pages:
        key = (page.committee, page.day)
        if key not in drafts:
            section = Section("minutes", 0, len(lines), page.committee, page.day,
                              lines[0].text if lines else "")
            drafts[key] = Draft(section, page.committee, page.day, section.heading)
        first = page.lines[0].page if page.lines else 1
        drafts[key].items.append(RawItem(page.number, page.title, "", first, page.lines))
    return [draft.section for draft in drafts.values()], list(drafts.values())


LABEL_WORDS = 4
"""The most words of a label over a list ('ACTIONS AGREED:')."""


def meetings_within(section: Section, lines: list[Line]) -> list[Section]:
    """Split a record holding two meetings into those meetings, of the record's body and date:
    under headings of their own ('ANNUAL GENERAL MEETING' then 'REGULAR BUSINESS MEETING'),
    or each numbered from its own '1 APOLOGIES' (two hearings of a sub-committee)."""
    if section.kind == "agenda":
        return _agenda_parts(section, lines)
    if section.kind != "minutes":
        return [section]
    starts = [i for i in range(section.body_start, section.end)
              if MEETING_KIND.match(lines[i].text)]
    skip = 1
    fields = _dated_fields(lines, section)
    if len(starts) < 2 and len(fields) >= 2:
        # 'Date: 7th March 2019' / 'Present' …, then 'Date: 21st March 2019' / 'Present' …: a
        # volume of a committee's records, a meeting from each dated field over its attendance.
        parts = [replace(section, end=fields[1][0], date=section.date or fields[0][1])]
        for (start, day), after in itertools.zip_longest(fields[1:], fields[2:]):
            parts.append(replace(section, start=start, body_start=start, date=day,
                                 end=after[0] if after else section.end))
        return parts
    if len(starts) < 2:
        skip = 0
        # Two hearings of a sub-committee in one file, each numbered from '1 APOLOGIES'.
        starts = [i for i in range(section.body_start, section.end)
                  if lines[i].text[:1] == "1" and (m := NUMBERED.match(lines[i].text))
                  and m.group("num") == "1" and OPENING_HEADING.match(m.group("rest"))]
        if len(starts) >= 2 and not any(
                (m := NUMBERED.match(lines[i].text)) and m.group("num") == "2"
                for i in range(starts[0], starts[1])):
            # Each hearing goes on to its item 2; a list whose every heading is numbered '1.'
            # (a word processor's numbering lost) is one meeting.
            starts = []
        if len(starts) >= 2 and (_bare_list(lines, starts[0], starts[1])
                                 or _listed_again(lines, starts[0], starts[1], section.end)):
            # 'ITEMS DISCUSSED:' / '1 Apologies' / '2 Minutes …' / 'ACTIONS AGREED:' / '1.
            # APOLOGIES: …': the first list only names the items the second records.
            starts = []
        if len(starts) >= 2:
            starts[0] = section.body_start
    if len(starts) < 2:
        return [section]
    parts = [replace(section, end=starts[0])] if _has_text(lines, section.body_start,
                                                            starts[0]) else []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else section.end
        part = replace(section, start=start, end=end, body_start=start + skip,
                       heading=lines[start].text if skip else section.heading)
        heading_day = _heading_date_above(lines, start) if k else None
        if heading_day is not None and heading_day != section.date:
            # '… ON WEDNESDAY 11th NOVEMBER [1998] at 2.30 P.M.' in bold over the second
            # numbering: that meeting's own heading dates it (its first line, repeating the
            # first meeting's, was taken for a running heading).
            part = replace(part, date=heading_day)
        elif k and _other_month_above(lines, start, section.date):
            # 'JANUARY 2025 MEETING' over the second numbering of a record dated in December:
            # another meeting, its day not given, never the record's date.
            part = replace(part, date=None)
        elif k:
            part = replace(part, same_day=True)
        parts.append(part)
    if parts[0].start != section.start:
        # The record's own heading and attendance open the first meeting.
        parts[0] = replace(parts[0], start=section.start)
    return parts


def _agenda_parts(section: Section, lines: list[Line]) -> list[Section]:
    """Split one summons calling two meetings into their agendas, each under its part's heading
    and of the summons' date; a part naming a committee is that committee's."""
    parts = [(i, match) for i in range(section.body_start, section.end)
             if (match := AGENDA_PART.match(lines[i].text))]
    if len(parts) < 2:
        return [section]
    # The summons over the first part opens its agenda, unless entries of its own stand there.
    out = [replace(section, end=parts[0][0])] \
        if any(ENTRY_LINE.match(line.text) for line in lines[section.body_start:parts[0][0]]) \
        else []
    for (start, match), after in itertools.zip_longest(parts, parts[1:]):
        committee = normalise_committee(match.group("body")) if match.group("body") \
            else section.committee
        out.append(replace(section, start=start if out else section.start, body_start=start + 1,
                           heading=lines[start].text if out else section.heading,
                           end=after[0] if after else section.end, committee=committee,
                           same_day=True))
    return out


def _listed_again(lines: list[Line], start: int, second: int, end: int) -> bool:
    """Return True if the numbered titles from start to second, listed with nothing under them,
    come again, number for number, from second on: a page's list of its agenda ('Agenda' / '1.
    Minutes …' / '2. …'), then the minutes under the same headings, is one meeting."""
    def titles(low: int, high: int) -> set[tuple[str, str]]:
        return {(m.group("num"), " ".join(m.group("rest").lower().split()))
                for line in lines[low:high] if (m := NUMBERED.match(line.text))}

    numbered = [k for k in range(start, second) if NUMBERED.match(lines[k].text)]
    if any(lines[k].text for a, b in itertools.pairwise(numbered) for k in range(a + 1, b)):
        # Text under the first numbering's entries: minutes of a meeting of their own.
        return False
    listed = titles(start, second)
    return len(listed) >= MIN_CHAIN and len(listed & titles(second, end)) * 2 > len(listed)


def _bare_list(lines: list[Line], start: int, end: int) -> bool:
    """Return True if lines start to end hold only numbered titles and labels: a list of the
    meeting's items with nothing recorded under them."""
    return all(NUMBERED.match(line.text) or (line.text.endswith(":")
                                             and len(line.text.split()) <= LABEL_WORDS)
               for line in lines[start:end] if line.text)


DATE_FIELD = re.compile(r"^Date\s*:\s*(?P<date>\S.{5,40})$")
"""A meeting's date as a labelled field: 'Date: 7th March 2019'."""


def _dated_fields(lines: list[Line], section: Section) -> list[tuple[int, date]]:
    """Return the lines of a record whose date fields each stand over an attendance list
    ('Date: 7th March 2019' / 'Present'), with their dates, when those dates all differ."""
    found = []
    for i in range(section.start, section.end):
        if lines[i].text[:1] in "Dd" and (field_ := DATE_FIELD.match(lines[i].text)) \
                and (day := first_date(field_.group("date"))) \
                and any(ATTENDANCE_START.match(line.text) for line in lines[i + 1:i + 4]
                        if line.text):
            found.append((i, day))
    return found if len({day for _, day in found}) == len(found) else []


def _heading_date_above(lines: list[Line], start: int) -> date | None:
    """Return the date of a heading line just above start (the nearest within reach), or just
    above the attendance list over it ('Date: 17 March 2015' / 'Time: …' / 'Present:' / the
    board's members … / '1. Apologies')."""
    listed = next((k for k in range(start - 1, max(-1, start - ATTENDANCE_REACH), -1)
                   if ATTENDANCE_START.match(lines[k].text)
                   and not any(NUMBERED.match(line.text) for line in lines[k:start])), start)
    if listed < start:
        fields = [k for k in range(listed - 1, max(-1, listed - ATTENDANCE_REACH), -1)
                  if lines[k].text][:HEADING_FIELDS]
        return next((day for k in fields if lines[k].heading
                     and (day := first_date(lines[k].text))), None)
    for k in range(start - 1, max(-1, start - MONTH_REACH), -1):
        if lines[k].heading and (day := first_date(lines[k].text)):
            return day
    return None


def _other_month_above(lines: list[Line], start: int, day: date | None) -> bool:
    """Return True if the lines just above start name a month and year other than day's."""
    if day is None:
        return False
    for k in range(start - 1, max(-1, start - MONTH_REACH), -1):
        for found in MONTH_YEAR.finditer(lines[k].text):
            if (MONTHS[found.group("month").lower()], int(found.group("year"))) \
                    != (day.month, day.year):
                return True
    return False


def _has_text(lines: list[Line], start: int, end: int) -> bool:
    """Return True if any of the lines holds an item's text (a number or prose), not only the
    attendance lists."""
    return any(ENTRY_LINE.match(lines[i].text) for i in range(start, end))


def draft_meeting(section: Section, lines: list[Line], doc: Document,
           earlier: Draft | None = None) -> Draft:
    """Assemble the items of a minutes or agenda section (earlier: the record before it)."""
    draft = Draft(section, section.committee, section.date, section.heading)
    body = lines[section.body_start:section.end]
    if section.kind == "agenda":
        draft.entries = agenda_entries(body)
        draft.items.append(RawItem("", "Agenda", "", _first_page(body, lines, section),
                                   tuple(body)))
        return draft
    preamble, items = split_items(lines, section.body_start, section.end,
                                  paragraphs=doc.kind != "pdf")
    # '1. Present: G. Gott - Vice-chairman, P. Markwell …': a numbered attendance list is the
    # meeting's attendance, and an item as the clerk numbered it.
    listed = [item for item in items if attendance_list(item.title) == ""
              and sum(1 for line in item.lines if line.text) <= MAX_LIST_LINES]
    if items and all(STUB.match(item.title) for item in items) and _prose_words(preamble):
        # Only 'Date of next meeting' found, the minutes' prose above it: split there, the
        # rest would be lost as if it were the attendance list.
        items = []
    # A register's rows of decisions under its header row: the paragraphs above it explain the
    # register ('The Parish Council RESOLVED that … the Clerk shall have delegated authority').
    registered = any(REGISTER_HEAD.match(line.text) for line in preamble[-REGISTER_REACH:])
    opening = _business_before(preamble) if items and not registered else None
    # Lists below the business taken first are still the meeting's attendance.
    listed_before = preamble
    if opening is not None:
        # 'At the beginning of the meeting, Mr Smeeton reported …' before item 1: business
        # taken before the numbered items is an item of its own, without a heading.
        title, opening = _decision_heading_above(preamble, opening)
        items.insert(0, RawItem("", title, "", preamble[opening].page,
                                tuple(preamble[opening + bool(title):])))
        preamble = preamble[:opening]
    # 'Cou/112/24-25 Present' / 'Members: Cllr R Ashworth (Chairman), …': the item's own text
    # may label its lists.
    listed_lines = [line for item in listed
                    for line in (Line(item.first_body if ATTENDANCE_LABEL.match(item.first_body)
                                      else f"{item.title}: {item.first_body}", item.page),
                                 *item.lines)]
    # Minutes not split into items keep their attendance list in the one body.
    draft.attendance = read_attendance(lines[section.start:section.body_start]
                                   + (listed_before if items else body) + listed_lines)
    if items and not draft.attendance.present:
        items[-1], draft.attendance = _attendance_at_end(items[-1], draft.attendance)
    if earlier is not None and len(draft.attendance.present) == 1 \
            and AS_BEFORE.match(draft.attendance.present[0]):
        # 'PRESENT: As for the Annual Meeting': the same people as the meeting before it.
        draft.attendance = earlier.attendance
    elif earlier is not None and section.same_day and not draft.attendance.present \
            and earlier.section.end == section.start and MEETING_KIND.match(section.heading):
        # 'AGM' / … / 'PARISH COUNCIL MEETING' / '1. Apologies': the second meeting of the
        # evening, under the record's one list of who was present.
        draft.attendance = earlier.attendance
    # Minutes kept as a bulleted list of headings, each with its text under it.
    if items and not any(item.number for item in items) and len(
            [item for item in bullet_items(lines, section.body_start, section.end, alone=False)
             if item.first_body or any(line.text for line in item.lines)]) > len(items):
        # More bulleted headings with text under them than unnumbered headings found: the
        # bullets are the items ('• APOLOGIES FOR ABSENCE .', its minute below).
        items = []
    bullets = [] if items else [item for item in bullet_items(lines, section.body_start,
                                                               section.end)
                                if item.first_body or any(line.text for line in item.lines)]
    draft.items = items or (bullets if len(bullets) >= MIN_BULLET_ITEMS else []) \
        or [_whole_section_item(body, doc)]
    return draft


def _attendance_at_end(item: RawItem, found: Attendance) -> tuple[RawItem, Attendance]:
    """Read an 'Attendance List' printed after the last item (a committee system's 'attendance
    list at end of document'): the meeting's attendance, not the item's text."""
    at = next((k for k, line in enumerate(item.lines) if ATTENDANCE_AT_END.match(line.text)), None)
    if at is None:
        return item, found
    listed = read_attendance(list(item.lines[at + 1:]))
    if not listed.present:
        return item, found
    return replace(item, lines=item.lines[:at]), listed


def _business_before(preamble: list[Line]) -> int | None:
    """Return where business recorded before the first item starts (a paragraph where someone
    speaks or something is decided, not the attendance list), or None if there is none."""
    start = 0
    for k, line in enumerate([*preamble, Line("", 0)]):
        if line.text:
            continue
        text = " ".join(part.text for part in preamble[start:k] if part.text)
        if len(text.split()) >= PROSE_WORDS and not ATTENDANCE_LABEL.match(text) and (
                decisions([text])[0] != "none" or speaking(text, mentions(text))):
            return start
        start = k + 1
    return None


DECISION_HEADING_WORDS = 14


def _decision_heading_above(preamble: list[Line], start: int) -> tuple[str, int]:
    """Return the heading over business taken first and the line it is on, when a decision
    page's 'Decision:' label stands between them ('Deputations from the Public' / 'Decision:'
    / 'Deputations were made by …'); else ('', start)."""
    filled = [k for k in range(start - 1, -1, -1) if preamble[k].text][:2]
    if len(filled) == 2 and DECISION_LABEL.match(preamble[filled[0]].text.strip()) \
            and is_title_like(preamble[filled[1]].text) \
            and len(preamble[filled[1]].text.split()) <= DECISION_HEADING_WORDS \
            and not ATTENDANCE_LABEL.match(preamble[filled[1]].text):
        return preamble[filled[1]].text.strip(), filled[1]
    return "", start


def _prose_words(lines: list[Line] | tuple[Line, ...]) -> int:
    """Return the words of lines that read as prose: not an attendance list, not a heading."""
    return sum(len(line.text.split()) for line in lines
               if len(line.text.split()) >= PROSE_WORDS and not ATTENDANCE_LABEL.match(line.text))


def paged_contents(draft: Draft, lines: list[Line]) -> bool:
    """Return True if an agenda gives its papers' pages ('(Pages 1 - 4)', 'Work programme 87'),
    or its papers are stamped with their entries ('Agenda Item 7'), as a pack's are."""
    body = lines[draft.section.body_start:draft.section.end]
    return any(PACK_PAGES.search(line.text) and not ATTACHMENT_LINE.match(line.text)
               and not line.text.endswith(SENTENCE_PAGES) for line in body) \
        or any(PACK_STAMP.match(line.text) for line in lines if line.text[:1] in "Aa")


def agenda_items(draft: Draft, lines: list[Line]) -> None:
    """Read an agenda that came without reports as one item per agenda entry."""
    section = draft.section
    _, items = split_items(lines, section.body_start, section.end)
    bullets = bullet_items(lines, section.body_start, section.end)
    if len(items) < 2 or (len(bullets) > len(items) and not any(i.number for i in items)):
        # Headings found without numbers ('Date of next meeting') in an agenda of bullets.
        items = bullets
    if len(items) >= 2:
        draft.items = [_whole_entry(item) for item in items]


ENTRY_SENTENCE_LINES = 3
MAX_ENTRY_WORDS = 40
UNFINISHED = re.compile(r"\b(?:of|the|to|and|or|on|for|with|in|at|by|from|a|an|their|his|her"
                        r"|Councillor|Cllr|Mr|Mrs|Ms|Dr)$")
"""A title's last word that cannot end it: the entry's sentence wraps onto the next line."""
SENTENCE_CLOSE = re.compile(r"[.?!]\)?$")


def _whole_entry(item: RawItem) -> RawItem:
    """Return an agenda entry titled by its whole first sentence where the clerk wrote the entry
    as one ('5. The outgoing Chairman will ask for nominations for the Office of Chairman' /
    'for the year 2004/05.'): the sentence read on across the lines
    it wraps over, when the title is empty or stops on a word that cannot end it."""
    start = item.first_body if not item.title else item.title
    if not start or (item.title and not UNFINISHED.search(item.title)):
        return item
    words = [start]
    texts = [line.text for line in item.lines]
    alone = not item.title and not any(texts[:1])
    for text in texts[:ENTRY_SENTENCE_LINES]:
        if SENTENCE_CLOSE.search(words[-1]) or not text:
            break
        words.append(text)
    sentence = " ".join(words)
    if len(sentence.split()) > MAX_ENTRY_WORDS or not (SENTENCE_CLOSE.search(sentence) or alone):
        # An entry on a line of its own ('4 Public Discussion – an opportunity for residents to
        # comment') is its title though no stop closes it.
        return item
    title = sentence[:-1].rstrip() if sentence.endswith(".") else sentence
    return replace(item, title=title, first_body="")


def _first_page(body: list[Line], lines: list[Line], section: Section) -> int:
    """Return the page a section's text starts on."""
    return body[0].page if body else lines[section.start].page


def _whole_section_item(body: list[Line], doc: Document) -> RawItem:
    """Make one item of a section in which no item headings were found."""
    # The paper's own title names a section that has text but no heading of its own.
    title = next((line.text for line in body if line.text and is_title_like(line.text)
                  and len(line.text.split()) <= 14),
                 doc.title if any(line.text for line in body) else "")
    if decided := ISSUE_DECISION.match(title):
        # '12/12/2011 - Car Parking Strategy': a decision's heading on an issue's page, the day
        # its meeting's.
        title = decided.group("title")
    page = body[0].page if body else 1
    return RawItem("", title, "", page, tuple(body))


def attach_report(drafts: list[Draft], section: Section, lines: list[Line]) -> None:
    """Add a report to the meeting it was written for: same date, else the latest agenda."""
    body = lines[section.start:section.end]
    item = RawItem("", section.subject or section.heading, "", body[0].page, tuple(body))
    target = next((d for d in drafts if section.date and d.date == section.date), None)
    target = target or next((d for d in reversed(drafts) if d.section.kind == "agenda"), None)
    target = target or (drafts[-1] if drafts else None)
    if target is None:
        target = Draft(section, "", section.date, section.heading)
        drafts.append(target)
    # 'Agenda item: 0325/07' on the report says which entry it is; else its title is matched.
    number = section.ref or match_entry(item.title, target.entries)
    target.items.append(RawItem(number, item.title, "", item.page, item.lines))


def before_business(texts: list[str]) -> list[str]:
    """Return a paper's opening lines up to its attendance list or first numbered item: a name
    wrapped over heading lines is not read on into the business ('1. Budget Consultation' /
    'The Council agreed …')."""
    stop = next((k for k, text in enumerate(texts)
                 if ATTENDANCE_START.match(text) or NUMBERED.match(text)), len(texts))
    return texts[:stop]


def decision_taker(lines: list[Line]) -> tuple[str, date] | None:
    """Return the body and date every 'Decision Taker' (or maker) field gives alike, or None."""
    values = set()
    for k, line in enumerate(lines):
        field = TAKER_FIELD.match(line.text)
        if field is None:
            continue
        value = field.group("rest").strip() or next(
            (later.text for later in lines[k + 1:k + 3] if later.text), "")
        taken = TAKEN_AT.match(value)
        day = first_date(taken.group("date")) if taken else None
        if day is None:
            return None
        values.add((normalise_committee(taken.group("who")), day))
    return values.pop() if len(values) == 1 else None


def apply_meta(drafts: list[Draft], doc: Document) -> None:
    """Fill or override the first meeting's committee and date from sidecar and path."""
    meta = doc.meta
    for k, draft in enumerate(drafts):
        if meta.committee and (meta.committee_from == "sidecar" or not draft.committee):
            draft.committee, draft.committee_from = meta.committee, meta.committee_from
        if k == 0 and meta.date and (meta.date_from == "sidecar" or draft.date is None):
            draft.date, draft.date_from = meta.date, meta.date_from
        if k == 0 and meta.title and not draft.heading:
            draft.heading = meta.title
        if draft.date is None:
            draft.date_from = ""
        draft.committee = normalise_committee(draft.committee)
