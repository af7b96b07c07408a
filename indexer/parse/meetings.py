"""Turn a document's text into meetings and agenda items: the one entry point, parse_document()."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..records import AgendaItem, Attendance, Document, Line, Meeting
from .agenda import AgendaEntry, agenda_entries, match_entry
from .blocks import is_title_like, is_upper_heading, paragraphs
from .bodies import (
    COMMITTEE_WORDS,
    body_name,
    committee_with_body,
    folder_body,
    institution_line,
)
from .cleanup import clean_pages
from .committees import committee_key, normalise_committee, source_hash
from .dates import (
    MONTHS,
    WEEKDAY,
    WEEKDAY_REACH,
    find_dates,
    first_date,
    is_date_and_hours,
    is_date_line,
    yearless_date,
)
from .decision_pages import DecisionPage, decision_pages
from .decision_record import DecisionRecord, decision_record
from .decisions import decisions
from .guided import agenda_guided
from .initials import attendance_initials, initial_speakers, initials_map, mover_names
from .item_header import NUMBERED
from .item_lists import REGISTER_HEAD, RawItem, bullet_items
from .items import split_items
from .names import parse_name
from .people import (
    ATTENDANCE_LABEL,
    FULL_NAME,
    HONORIFIC_NAME,
    HONORIFICS,
    INITIALS_NAME,
    JOINED_LABEL,
    NOT_ATTENDING,
    NOT_NAMES,
    OFFICER_POST,
    attendance_list,
    entry_person,
    entry_role,
    parse_attendance,
    plural_rank,
    role_key,
    split_names,
)
from .roles import chair_named, clerk_named
from .sections import (
    ATTENDANCE_START,
    ENTRY_LINE,
    REFERS_BACK,
    TITLED,
    Section,
    find_sections,
)
from .speakers import (
    NameBook,
    bylines,
    declarers,
    first_names_speaking,
    item_speakers,
    labelled,
    mentions,
    officers_speaking,
    reporter,
    speaking,
    visitors,
)
from .title_ends import OPENING_HEADING, SENTENCE_VERB, STUB

PROSE_WORDS = 10
MIN_BULLET_ITEMS = 3
HEADING_SCAN = 12
CRUMB = re.compile(r"\s+[›»>]\s+")
"""The mark between the links of a site's trail ('Parish Council › Minutes › …')."""
REGISTER_REACH = 3
FOLLOWING_LABEL = re.compile(r"^the\s+following\s+(?:officers?|members?|councillors?)\s+were\s+"
                             r"(?:also\s+)?(?P<label>present|in\s+attendance)\s*:?$", re.I)
"""A list's label written as a sentence: 'The following officers were in attendance:'."""
WERE_PRESENT = re.compile(r"\b(?:when|where)\s+(?:there\s+)?were\s+present\s*:?\s*$", re.I)
"""A meeting's opening sentence that ends on the list of those present under it."""
SUBGROUP = re.compile(r"(?:Aldermen|Councillors|Members|Officers|Co-opted\s+Members)\s*:?")
GROUP_LIST = re.compile(
    r"^(?:Aldermen|Councillors|Cllrs\.?|Members|Officers|Co-opted\s+Members)\s*:\s+\S")
"""A group's list under the attendance label ('Present' / 'Cllrs: R Fenwright (Chair), …'): a
list even when the paragraph goes on in prose."""
TAKER_FIELD = re.compile(r"^decision[\s-]+(?:taker|maker)\s*:?\s*(?P<rest>.*)$", re.I)
TAKEN_AT = re.compile(r"^(?P<who>[A-Z][\w&,'’ -]{2,60}?)\s+(?:on|[-–,])\s+(?P<date>.*\d{4}.*)$")
"""'Cabinet on 14 April 2026': who took a decision, at which meeting."""
FOOTER_PAGE = re.compile(r"\s*(?:[|–—-]\s*)?\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
"""A page number closing a footer line."""
FIELD_ROW = re.compile(r"^Date(?:\s*(?:[|,&/]|and)?\s*(?:Time|Venue|Place|Location|Start)){1,3}$",
                       re.I)
"""A table's heading row of a meeting's details: 'Date Time Venue', 'Date | Place'."""
PAGE_FOR = re.compile(r"^(?:agenda|minutes|decisions|agenda\s+and\s+minutes)\s+for\s+"
                      r"(?:the\s+)?(?P<committee>[A-Z].{2,120}?)\s+on\s+(?P<when>[^-|–]*\d{4})",
                      re.I)
"""A committee system's page title: 'Agenda for <committee> on <date>'."""
MEETING_TITLE = re.compile(r"^(?:(?:annual|ordinary|extraordinary|council|parish|town)\s+)*"
                           r"(?:meeting|minutes)\b", re.I)
RUNNING_FOOT = re.compile(r"\s[–—-]\s.*\s[–—-]\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$")
"""A running footer's last part, the meeting's date after a dash: '… – Full Council –
10/01/2024'."""
COPYRIGHT = re.compile(r"^\s*(?:©|\([Cc]\)|Copyright\b)")
INLINE_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>Present|Also\s+present|In\s+attendance"
                          r"|Apologies(?:\s+for\s+absence)?|Officers?)"
                          r"(?:\s*:|(?:(?<=[.;]\sIn\sattendance)|(?<=[.;]\sAlso\spresent))\s)",
                          re.I)
"""A later list's label inside a list: 'Apologies:', or a sentence opening 'In attendance …'."""
ITEM_START = re.compile(r"\s\d{1,3}\.\s")
BLANK_PAGE = re.compile(r"^this page is intentionally (?:left )?blank\.?$", re.I)
MAX_LIST_LINES = 8
MEETING_KIND = re.compile(r"^(?:(?:THE\s+)?(?:ANNUAL\s+GENERAL|ANNUAL|ORDINARY"
                          r"|REGULAR(?:\s+BUSINESS)?|MONTHLY|EXTRAORDINARY|SPECIAL)\s+MEETING"
                          r"|(?:The\s+)?(?:Annual\s+General|Ordinary|Regular(?:\s+Business)?"
                          r"|Monthly|Extraordinary|Special)\s+Meeting)$")
"""A heading naming a meeting of its own inside one record ('ANNUAL GENERAL MEETING')."""
COMMITTEE_LINE = re.compile(r"^(?:(?:[A-Z][\w&'’,-]*|and|of|for|the|&)\s+){0,9}"
                            r"(?i:sub-committee|committee|cabinet|panel|board|forum|authority"
                            r"|trust|assembly|commissioners|trustees|steering\s+group"
                            r"|partnership|portfolio\s+holder|decision\s+session)$")
"""A heading line that names a committee and nothing else ('LICENSING AND APPEALS
SUB-COMMITTEE'), or a decision-maker who meets in public ('ENVIRONMENT PORTFOLIO HOLDER
MEETING')."""
MEETING_SUFFIX = re.compile(r"\s+(?i:meeting)$")
"""'Aldwick Moor Village Hall Managing Trustees Meeting': the body that met, then 'Meeting'."""
WRAPPED_HEADING_LINES = 3
"""A heading's first lines, read together for a council's name wrapped over them."""
INITIAL_FIRST = re.compile(r"^[A-Z]\.?\s")
TRAILING_DATE = re.compile(r"\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")
"""A meeting's date after its committee's name ('National Park Authority 04/06/25')."""
RECORD_SUFFIX = re.compile(r"\s*[–—-]?\s*\b(?:minutes?|agenda|notes)\s*$", re.I)
SENTENCE_WORDS = 3
"""Lower-case words that make a line after an attendance list a sentence, not more names."""
ATTENDANCE_STOP = re.compile(r"^(?:members of the public|unrestricted items|restricted items)",
                             re.I)
AS_BEFORE = re.compile(r"^as\s+(?:for|at|in)\s+(?:the\s+)?(?:previous\s+|annual\s+|above\s+)", re.I)
"""An attendance list that refers to the meeting before ('As for the Annual Meeting')."""
ATTENDANCE_AT_END = re.compile(r"^\s*(?:Attendance(?:\s+(?:List|Details))?"
                               r"|Record\s+of\s+Attendance)\s*:?\s*$", re.I)
"""The heading of an attendance list printed after the minutes' last item."""
ROLE_AFTER = re.compile(r"\s*\([^()]{2,40}\)$")
"""A person's post in brackets after the name ('Mrs D Penrose (Town Clerk)')."""
AUTHORITY_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+(?:(?i:and|of|&)\s+)?){1,6}(?i:authority|board|trust|commissioners"
    r"|commission|conservators|conservancy)$")
"""A body that is not a council, named on a line of its own ('Glenmoira National Park
Authority', 'PORT ELWICK HARBOUR TRUST')."""
SITE_PART = re.compile(r"\s+[-–|]\s+")
BILINGUAL_LABEL = re.compile(r"^(?P<en>[A-Z][\w'’ .–-]{1,50}?)\s*/\s*(?P<cy>[A-Z][\w'’ ]{1,40})$")
"""An attendance label or post in English, then Welsh: 'Clerk/Clerc', 'Present/ Presennol'."""
DASHED_ROLE = re.compile(r"^(?P<name>.+?)\s+[-–]\s+(?P<role>[A-Za-z -]+)$")
DASHED_POST = re.compile(r"\s+[-–]\s+[A-Za-z][^()]{2,50}$")
"""What follows a name after a dash in a list: 'K L Marden - substitute for P Oyler'."""
GROUP_WORDS = re.compile(r"\b(?:councillor|member|officer)(s?)$", re.I)
REGISTER_ROW = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+(?!Apol|Absent)[A-Z][\w'’-]+){1,3}(?:\s+\([^()]{2,30}\))?)"
    r"(?P<marks>(?:\s+(?:[A-Za-z]{1,6}|\d{1,2}[.:]\d\d(?:am|pm)?|[✓✔✗×-]))+)$")
"""A row of a register of attendance: a name (and post), then short marks."""
MIN_REGISTER_MARKS = 3
PRESENT_MARKS = frozenset(("a", "p", "y", "✓", "✔", "present", "attended"))
CUT_INITIAL = re.compile(r",\s+[A-Z]\.?$")
"""A list of names that ends with an initial: its surname is on the next line."""
HELD_ON = re.compile(r"\bto\s+be\s+held\s+(?:on\s+)?(?=(?:[A-Z][a-z]+day,?\s+)?\d)")
"""An agenda's own meeting ('… to be held on Tuesday 13 February 2024'); 'held on' alone is
as often an earlier meeting an item names ('Notes of meeting held on 18 July 2018')."""
RECORD_LINE = re.compile(r"^(?:minutes|notes|agenda)$|^meeting\s+of\b", re.I)
RECORD_TITLE = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:\S+\s+){0,6}?\S+$", re.I)
"""A record's title over its date line: 'Minutes of AGM', 'Notes of the Annual Meeting'."""
DATE_LABEL = re.compile(r"^\W{0,2}(?:date(?:\s*(?:/|and|&)\s*time)?(?:\s+of\s+(?:the\s+)?meeting)?"
                        r"|meeting\s+date|(?:(?:approved|draft|confirmed|un-?confirmed)\s+)?minutes?"
                        r"|notes)\s*[:;,–-]\s*(?P<rest>.+)"
                        r"|^(?:date(?:\s*(?:/|and|&)\s*time)?|time\s+and\s+date|meeting\s+date)"
                        r"\s+(?P<cell>(?:[A-Z][a-z]+day,?\s+)?\d.+)$", re.I)
"""A line that labels the meeting's date: 'Date: October 16, 2025', '• Date: Thursday 16
October 2025', 'Minutes; Monday, 17th November 2025'; a table's label cell before its value
('Date and time Thursday, 15 July 2021 at 10.00 a.m.')."""
OPENING_SCAN = 30
CLOSING_SCAN = 8
PACK_PAGES = re.compile(r"\(Pages?\s+\d|\bDocument\s+Pack\b"
                        r"|^\d{1,2}[.)]?\s+[A-Z][^.]{2,80}[a-z]\s+\d{1,3}$", re.I)
"""A pack's contents: a paper's pages after its entry ('(Pages 1 - 4)', 'Work programme 87')."""
PACK_STAMP = re.compile(r"^Agenda\s+Item\s+\d{1,3}[a-z]?$", re.I)
"""The stamp at the head of each paper in a pack: 'Agenda Item 7'."""
"""The paper's last lines, where a council may sign it off by its name alone ('London Borough
of Hendale' set right under the minutes)."""
YEARLESS_SCAN = 12
"""The lines of a record with no dated heading in which 'held on Tuesday 10th October' is read."""
RUNNING_LINES = 3
"""The lines at a PDF page's top and foot where a running header or footer is looked for."""
ONE_NAME = re.compile(r"[A-Z][a-z]{2,}")
"""An attendance entry that is a first name alone ('Gethin')."""
FIELD_PREFIX = re.compile(r"^(?:committee|meeting|body)\s*:\s+(?=[A-Z])", re.I)
"""A meeting summary's label before the committee's name ('Committee: Sutton Heath …')."""
MENU_MARKS = ("•", "·", "▪")
GROUP_LINE = re.compile(r"^(?P<group>[A-Z][A-Za-z&' -]{2,60}?)\s*:\s+(?P<names>[A-Z].*)$")
RECORD_WORDS = re.compile(r"\b(?:minutes|notes|agenda|meeting|meetings|of|the|pack|supplementary"
                          r"|papers|reports)\b", re.I)
"""A record's own words, never the start of a body's fuller name: 'Agenda for …', a PDF titled
'Supplementary Pack Cabinet 10 March 2026'."""
MEETING_WORD = re.compile(r"\b(?:meeting|held)\b", re.I)
MEETING_DATE_REACH = 160
"""Characters after 'meeting' or 'held' within which an opening sentence dates the meeting (a
page whose paragraphs ran together reaches the next meeting's date much later)."""
OTHER_MEETING = re.compile(r"\b(?:next|previous|last|future|forthcoming|earlier|special|such)"
                           r"\s+meetings?(?-i:(?![a-z]))|\bmeetings?\s+(?:of|with)\s+(?:residents|officers)\b",
                           re.I)
SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
MEETING_OF = re.compile(r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][\w&'’ -]{2,90}?)"
                        r"(?:\s+(?i:held|on|at|in|which|that)\b|\.(?=\s+(?i:present|sederunt)))")
"""'… Meeting of the Board held at …'; a Scottish council's 'Minute of Meeting of the OPERATIONAL
DELIVERY COMMITTEE. Present:- …'."""
DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s+(?P<date>[^,]{6,40}?)\.?$")
MINUTE_OF_MEETING = re.compile(
    r"^(?:the\s+)?minutes?\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?meeting\b", re.I)
"""A Scottish record's title after its dateline ('INVERCARRON, 24 June 2025.')."""
_CAPITALS_SURNAME = r"(?P<prefix>Mc|Mac|O['’])?(?P<rest>[A-Z]{3,}(?:-[A-Z]{2,})?)\b(?![a-z'’])"
"""A surname in capitals, its 'Mc', 'Mac' or 'O’' in title case ('McWEARNE', 'O’HOCKEN')."""
CAPITALS_NAME = re.compile(rf"\b[A-Z][a-z'’]+[ \t]+(?P<surname>{_CAPITALS_SURNAME})")
"""An attendance entry's first name and its surname in capitals ('Jowan McWEARNE')."""
CAPITALS_WORD = re.compile(rf"\b{_CAPITALS_SURNAME}")
HELD_IN_MONTH = re.compile(r"\bheld\s+in\s+(?P<month>" + "|".join(MONTHS) + r")\b(?!\s+\d)",
                           re.I)
"""A meeting said to be held in a month, its day not given ('held in May')."""
MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(name for name in MONTHS if len(name) > 3)
                        + r")\s+(?P<year>(?:19|20)\d\d)\b", re.I)
"""A month named with its year and no day ('JANUARY 2025 MEETING'), in English or Welsh."""
MONTH_REACH = 6
"""Lines above a record's second numbering that may name its meeting's month."""
AGENDA_WORD = re.compile(r"\bagenda\b(?!\s+items?\b)", re.I)
"""A paper naming itself an agenda ('Please find below the agenda …'), not an agenda item."""
LIST_BULLETS = "•·▪◦*–- "
PLACE_WORDS = 3
TIME_THEN_DAY = re.compile(rf"\bat\s+\d{{1,2}}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon)?\s+on\s+"
                           rf"(?P<day>(?:{WEEKDAY})\b)", re.I)
"""A meeting's time and day after its venue: '… at 10.00am on Friday 22nd November 2024'."""
PLACE_THEN_DATE = re.compile(
    rf"^(?:held\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][^,–\-:;.]{{2,60}}?\s*(?:[-–,]|\bon\b)\s*"
    rf"(?P<day>(?:(?:{WEEKDAY})\b,?\s*)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z].*)$", re.I)
"""Under the meeting's title, its place and then its date: 'At the Memorial Hall - 9th October
2024 7.00pm'."""
TITLE_OVER_PLACE = re.compile(r"\b(?:meeting|minutes|notes)\s*$", re.I)
"""A meeting's title ending its line ('Hall Trust Management Committee Meeting'), over its place
and date."""
WEEKDAY_FIRST = re.compile(rf"^(?:{WEEKDAY})\b\.?,?\s+(?:the\s+)?\d", re.I)
TITLE_RECORD_DATE = re.compile(r"^(?P<body>[A-Z].{3,120}?)\s+(?:Minutes?|MINUTES?|Notes|NOTES)"
                               r"\s*[-–:,]?\s+(?P<date>\S.{5,40})$")
"""A record titled by its body, its kind and its date, on a line of its own."""
ENTRY_WORDS = 6
NAME_PARTICLES = frozenset(("de", "van", "von", "der", "la", "le", "du", "of", "and", "-", "–"))
FOR_ITEM = re.compile(r"\((?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+(?P<numbers>\d{1,3}[a-z]?"
                      r"(?:\s*(?:,|&|\band\b)\s*\d{1,3}[a-z]?)*)\)", re.I)
"""An attendance entry's note of the items its person came for: '(Item 1)', '(for items 4
and 5)'."""


@dataclass
class _Draft:
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


def parse_document(doc: Document) -> list[Meeting]:
    """Return the meetings recorded in a document, each with its agenda items in order."""
    lines = [line for line in clean_pages(doc.pages, paged=doc.kind == "pdf")
             if not BLANK_PAGE.match(line.text)]
    pages = decision_pages(lines)
    record = None if pages else decision_record(lines)
    if pages:
        sections, drafts = _page_drafts(pages, lines)
    elif record is not None:
        section = Section("minutes", 0, len(lines), record.maker, record.day,
                          lines[0].text if lines else "", body_start=record.title_end)
        sections, drafts = [section], [_decision_draft(record, section, lines)]
    else:
        sections, lines = find_sections(lines)
        sections = [part for section in sections for part in _meetings_within(section, lines)]
        drafts = []
        for section in sections:
            if section.kind == "report":
                _attach_report(drafts, section, lines)
            else:
                drafts.append(_draft(section, lines, doc, drafts[-1] if drafts else None))
    if any(d.section.kind == "agenda" for d in drafts) \
            and all(d.section.kind == "agenda" and len(d.items) == 1 for d in drafts
                    if any(item.title for item in d.items)):
        # An agenda paper on its own: its entries are the items. In a pack the reports are. A
        # page's heading over the agenda ('Council Meeting - 23 June 2021') holds no item.
        for draft in drafts:
            _agenda_items(draft, lines)
    for draft, after in itertools.pairwise(drafts):
        if draft.section.kind == "agenda" and len(draft.items) == 1 \
                and after.section.kind == "minutes" and draft.date and after.date \
                and after.date < draft.date and not _paged_contents(draft, lines) \
                and not any(section.kind == "report" for section in sections):
            # A notice of meeting with the last meeting's draft minutes attached and no reports:
            # its entries are its items. A pack's contents, which give each paper's pages or
            # come with reports, are its front sheet ('Agenda').
            _agenda_items(draft, lines)
    if drafts and drafts[0].date is None and not drafts[0].committee \
            and (taker := _decision_taker(lines[drafts[0].section.start:drafts[0].section.end])):
        # A record of decisions whose every form names its taker and the meeting's date
        # ('Decision Taker' / 'Cabinet on 14 April 2026'): that meeting's.
        drafts[0].committee, drafts[0].date = taker
    _name_bodies(drafts, lines, doc)
    _apply_meta(drafts, doc)
    if drafts and drafts[0].date is None and (day := yearless_date(" ".join(
            line.text for line in lines[drafts[0].section.start:max(
                drafts[0].section.body_start + 3, drafts[0].section.start + YEARLESS_SCAN)]
            if line.text) or drafts[0].section.heading, "\n".join(line.text for line in lines))):
        # 'held on Tuesday 8th April at 7.30pm' under 'Minutes – April 2025': the year the
        # paper gives that month (or that day, in figures) in which that day is a Tuesday.
        drafts[0].date, drafts[0].date_from = day, "text"
    if drafts and drafts[0].date is None and (day := _opening_date(lines[:OPENING_SCAN])) \
            and not _held_in_other_month(day, lines[:OPENING_SCAN]):
        # Neither a meeting heading nor the file's path dates it: its opening lines may.
        drafts[0].date, drafts[0].date_from = day, "text"
    for draft, after in itertools.pairwise(drafts):
        if draft.section.kind == "agenda" and after.section.kind == "minutes" \
                and after.committee == draft.committee and after.date in (None, draft.date):
            # An agenda and, on the same page, the minutes of that meeting: the minutes share
            # its date (the paper's own when neither states it), and the agenda's entries are
            # its items.
            if draft.date is None and doc.meta.date:
                draft.date, draft.date_from = doc.meta.date, doc.meta.date_from
            after.date, after.date_from = draft.date, draft.date_from
            if len(draft.items) == 1:
                _agenda_items(draft, lines)
            after.items = agenda_guided(after.items, draft.items)
    paras = paragraphs(lines)
    # Names the text gives by initials alone ('P. Agate') name no one more fully than the
    # attendance list does: they are not used to complete other mentions.
    people = [m.person for p in paras for m in mentions(p.text)
              if m.person.first or m.person.honorific or not m.person.initials]
    text = "\n".join(line.text for line in lines)
    initials = initials_map(text)
    meetings = _meetings(drafts, doc, people, initials, text)
    if _reads_as_minutes(meetings):
        return meetings
    if any(AGENDA_WORD.search(line.text) for line in lines[:OPENING_SCAN]) \
            and any(len(m.items) >= 2 and all(i.title for i in m.items) for m in meetings):
        # An agenda whose heading was not recognised ('Agenda' over entries that only say what
        # the meeting will do): its entries, not nothing.
        return [replace(m, kind="agenda") for m in meetings]
    return []


def _decision_draft(record: DecisionRecord, section: Section, lines: list[Line]) -> _Draft:
    """Make the one item of a record of decision."""
    draft = _Draft(section, record.maker, record.day, section.heading)
    body = lines[record.title_end:]
    draft.items = [RawItem(record.number, record.title, "", body[0].page if body else 1,
                           tuple(body))]
    return draft


def _page_drafts(pages: list[DecisionPage], lines: list[Line]) -> tuple[list[Section],
                                                                         list[_Draft]]:
    """Make a meeting of each meeting's decision pages, one item per page."""
    drafts: dict[tuple[str, date | None], _Draft] = {}
    for page in pages:
        key = (page.committee, page.day)
        if key not in drafts:
            section = Section("minutes", 0, len(lines), page.committee, page.day,
                              lines[0].text if lines else "")
            drafts[key] = _Draft(section, page.committee, page.day, section.heading)
        first = page.lines[0].page if page.lines else 1
        drafts[key].items.append(RawItem(page.number, page.title, "", first, page.lines))
    return [draft.section for draft in drafts.values()], list(drafts.values())


def _meetings_within(section: Section, lines: list[Line]) -> list[Section]:
    """Split a record holding two meetings into those meetings, of the record's body and date:
    under headings of their own ('ANNUAL GENERAL MEETING' then 'REGULAR BUSINESS MEETING'),
    or each numbered from its own '1 APOLOGIES' (two hearings of a sub-committee)."""
    if section.kind != "minutes":
        return [section]
    starts = [i for i in range(section.body_start, section.end)
              if MEETING_KIND.match(lines[i].text)]
    skip = 1
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
        if k and _other_month_above(lines, start, section.date):
            # 'JANUARY 2025 MEETING' over the second numbering of a record dated in December:
            # another meeting, its day not given, never the record's date.
            part = replace(part, date=None)
        parts.append(part)
    if parts[0].start != section.start:
        # The record's own heading and attendance open the first meeting.
        parts[0] = replace(parts[0], start=section.start)
    return parts


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


def _draft(section: Section, lines: list[Line], doc: Document,
           earlier: _Draft | None = None) -> _Draft:
    """Assemble the items of a minutes or agenda section (earlier: the record before it)."""
    draft = _Draft(section, section.committee, section.date, section.heading)
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
        items.insert(0, RawItem("", "", "", preamble[opening].page, tuple(preamble[opening:])))
        preamble = preamble[:opening]
    # 'Cou/112/24-25 Present' / 'Members: Cllr R Ashworth (Chairman), …': the item's own text
    # may label its lists.
    listed_lines = [line for item in listed
                    for line in (Line(item.first_body if ATTENDANCE_LABEL.match(item.first_body)
                                      else f"{item.title}: {item.first_body}", item.page),
                                 *item.lines)]
    # Minutes not split into items keep their attendance list in the one body.
    draft.attendance = _attendance(lines[section.start:section.body_start]
                                   + (listed_before if items else body) + listed_lines)
    if items and not draft.attendance.present:
        items[-1], draft.attendance = _attendance_at_end(items[-1], draft.attendance)
    if earlier is not None and len(draft.attendance.present) == 1 \
            and AS_BEFORE.match(draft.attendance.present[0]):
        # 'PRESENT: As for the Annual Meeting': the same people as the meeting before it.
        draft.attendance = earlier.attendance
    # Minutes kept as a bulleted list of headings, each with its text under it.
    if items and not any(item.number for item in items) and len(
            [item for item in bullet_items(lines, section.body_start, section.end, alone=False)
             if any(line.text for line in item.lines)]) > len(items):
        # More bulleted headings with text under them than unnumbered headings found: the
        # bullets are the items ('• APOLOGIES FOR ABSENCE .', its minute below).
        items = []
    bullets = [] if items else [item for item in bullet_items(lines, section.body_start,
                                                               section.end)
                                if any(line.text for line in item.lines)]
    draft.items = items or (bullets if len(bullets) >= MIN_BULLET_ITEMS else []) \
        or [_whole_section_item(body, doc)]
    return draft


def _attendance_at_end(item: RawItem, found: Attendance) -> tuple[RawItem, Attendance]:
    """Read an 'Attendance List' printed after the last item (a committee system's 'attendance
    list at end of document'): the meeting's attendance, not the item's text."""
    at = next((k for k, line in enumerate(item.lines) if ATTENDANCE_AT_END.match(line.text)), None)
    if at is None:
        return item, found
    listed = _attendance(list(item.lines[at + 1:]))
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


def _prose_words(lines: list[Line] | tuple[Line, ...]) -> int:
    """Return the words of lines that read as prose: not an attendance list, not a heading."""
    return sum(len(line.text.split()) for line in lines
               if len(line.text.split()) >= PROSE_WORDS and not ATTENDANCE_LABEL.match(line.text))


def _paged_contents(draft: _Draft, lines: list[Line]) -> bool:
    """Return True if an agenda gives its papers' pages ('(Pages 1 - 4)', 'Work programme 87'),
    or its papers are stamped with their entries ('Agenda Item 7'), as a pack's are."""
    body = lines[draft.section.body_start:draft.section.end]
    return any(PACK_PAGES.search(line.text) for line in body) \
        or any(PACK_STAMP.match(line.text) for line in lines if line.text[:1] in "Aa")


def _agenda_items(draft: _Draft, lines: list[Line]) -> None:
    """Read an agenda that came without reports as one item per agenda entry."""
    section = draft.section
    _, items = split_items(lines, section.body_start, section.end)
    bullets = bullet_items(lines, section.body_start, section.end)
    if len(items) < 2 or (len(bullets) > len(items) and not any(i.number for i in items)):
        # Headings found without numbers ('Date of next meeting') in an agenda of bullets.
        items = bullets
    if len(items) >= 2:
        draft.items = items


def _first_page(body: list[Line], lines: list[Line], section: Section) -> int:
    """Return the page a section's text starts on."""
    return body[0].page if body else lines[section.start].page


def _whole_section_item(body: list[Line], doc: Document) -> RawItem:
    """Make one item of a section in which no item headings were found."""
    # The paper's own title names a section that has text but no heading of its own.
    title = next((line.text for line in body if line.text and is_title_like(line.text)
                  and len(line.text.split()) <= 14),
                 doc.title if any(line.text for line in body) else "")
    page = body[0].page if body else 1
    return RawItem("", title, "", page, tuple(body))


def _attendance(lines: list[Line]) -> Attendance:
    """Read the PRESENT / IN ATTENDANCE / apologies lists from a meeting's preamble."""
    blocks: dict[str, str] = {}
    label = ""
    gap = False
    previous = ""
    for line in _english_labels(lines):
        match = ATTENDANCE_LABEL.match(line.text)
        following = FOLLOWING_LABEL.match(line.text) if match is None and blocks else None
        if following:
            # 'The following officers were in attendance:' under the members present.
            label, gap = following.group("label").lower(), False
            blocks.setdefault(label, "")
        elif match is None and not blocks and WERE_PRESENT.search(line.text):
            # '… at 9.30 am when there were present:' / 'Councillors' / 'Mrs H M Quenby
            # (Chairman)' / …: the opening sentence labels the list under it.
            label, gap = "present", False
            blocks[label] = ""
        elif match is None and label and SUBGROUP.fullmatch(line.text):
            gap = False
        elif match:
            label, gap = match.group("label"), False
            # A second list under the same label ('Councillors:' for the committee, then for
            # the other councillors present) adds to the first.
            # 'APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST': a heading of two labels.
            rest = "" if JOINED_LABEL.match(match.group("rest")) else match.group("rest")
            blocks[label] = ", ".join(filter(None, (blocks.get(label), rest)))
        elif label and line.text and not ATTENDANCE_STOP.match(line.text) \
                and (not _sentence(line.text) or GROUP_LIST.match(line.text)) and (
                not gap or _names_officers(line.text) or _one_entry(line.text)
                or _names_only(line.text)):
            joint = ", " if gap or _entry_per_line(previous, line.text) else " "
            blocks[label] = f"{blocks[label]}{joint}{line.text}".strip()
            gap = False
        elif label and not line.text and re.search(r"(?:,|\band|&)$|^$", blocks[label]):
            continue
        elif label and not line.text and CUT_INITIAL.search(blocks[label]):
            # '…, S Dingle, R' / (blank) / 'Kessell, L Vosper and T Whetter.': a name broken
            # after its initial goes on after the break.
            previous = blocks[label]
            continue
        elif label and (not line.text or SUBGROUP.fullmatch(line.text)):
            # 'In Attendance: Five members of the public' / (blank) / 'CPOs Suzanne Jacobs and
            # Drew Young': a list of officers may follow after a blank line, or two; a group's
            # title ('Aldermen' / 'Alderman S J Gilpin …') heads more of the same list.
            gap = True
        elif blocks and (names := _group_names(line.text)):
            # 'Tenant Representatives: Joan Tebbutt and Darren Mistry' under the members
            # present: a group attending, named by its label.
            blocks["also present"] = ", ".join(filter(None, (blocks.get("also present"), names)))
            label = ""
        else:
            label = ""
        previous = line.text or previous
    if not blocks:
        blocks = _inline_attendance(lines)
    for kind, names in _register(lines).items():
        blocks[kind] = ", ".join(filter(None, (blocks.get(kind), *names)))
    return parse_attendance(_split_inline_labels(blocks))


def _english_labels(lines: list[Line]) -> list[Line]:
    """Return attendance lines with their bilingual labels read by the English part: 'Present/
    Presennol' as 'Present:', 'Mrs. E. Bowen - Chairman/Cadeirydd' as 'Mrs. E. Bowen -
    Chairman', a post over its holder ('Clerk/Clerc' / 'Mr. O. Rees.') as 'Mr. O. Rees (Clerk)'
    and a group over its names ('Councillors/Cynghorwyr' / 'Mr. G. Pritchard, …') as
    'Councillors: Mr. G. Pritchard, …'."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        pair = BILINGUAL_LABEL.match(line.text)
        english = pair.group("en").strip() if pair else ""
        dashed = DASHED_ROLE.match(english)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if pair and ATTENDANCE_START.match(english):
            out.append(replace(line, text=f"{english}:"))
        elif dashed and role_key(dashed.group("role")):
            out.append(replace(line, text=english))
        elif pair and nxt is not None and nxt.text and role_key(english):
            out.append(replace(nxt, text=f"{nxt.text.rstrip('.')} ({english})"))
            k += 1
        elif pair and nxt is not None and nxt.text and (group := GROUP_WORDS.search(english)):
            # 'County Member/Aelod o'r Cyngor Sir' over one name is no list's label.
            out.append(replace(nxt, text=f"{english}: {nxt.text}" if group.group(1)
                               else nxt.text))
            k += 1
        else:
            out.append(line)
        k += 1
    return out


def _register(lines: list[Line]) -> dict[str, list[str]]:
    """Return who a register of attendance lists, present or sending apologies at this
    meeting: rows of a name (and post), then a mark for each meeting of the year, this one's
    last ('Richard Ashworth (Chair) a a a a a a', 'Lisa Bramley a Apols a')."""
    found: dict[str, list[str]] = {}
    for line in lines:
        row = REGISTER_ROW.match(line.text)
        marks = row.group("marks").split() if row else []
        if len(marks) < MIN_REGISTER_MARKS or sum(
                len(mark) == 1 or mark.lower().startswith("apol") for mark in marks) \
                < MIN_REGISTER_MARKS:
            continue
        last = marks[-1].lower()
        kind = "present" if last in PRESENT_MARKS else "apologies" if last.startswith(
            "apol") else ""
        if kind:
            found.setdefault(kind, []).append(row.group("name"))
    return found


def _names_only(text: str) -> bool:
    """Return True for a line that lists two or more people's names and nothing else, each
    perhaps with its post ('Huw Prothero, Bethan Rowlands, Gethin Cole and', 'Mrs D Penrose
    (Town Clerk) and Mr K Soady (Deputy Town Clerk).'): a list going on after a blank line."""
    if ":" in text:
        # 'Tenant Representatives: Joan Tebbit and …': a group named by its label.
        return False
    names = [ROLE_AFTER.sub("", name)
             for name in split_names(re.sub(r"\s+(?:and|&)$", "", text.rstrip(".;")))]
    # 'L. Ffowc (Gwernant County Council); P. Rhosier (…);': initials and surnames too.
    return len(names) >= 2 and all(FULL_NAME.fullmatch(name) or HONORIFIC_NAME.fullmatch(name)
                                   or INITIALS_NAME.fullmatch(name) for name in names)


def _group_names(text: str) -> str:
    """Return the names a 'Group: names' line lists ('Executive Councillor for Housing:
    Councillor Sian Driscoll'), each with the group as its role when it is one person, or "" if
    the line is not such a list."""
    match = GROUP_LINE.match(text)
    if not match:
        return ""
    names = split_names(match.group("names"))
    if not names or not all(FULL_NAME.fullmatch(name) or HONORIFIC_NAME.fullmatch(name)
                            for name in names):
        return ""
    group = match.group("group")
    return names[0] + f" ({group})" if len(names) == 1 else ", ".join(names)


def _split_inline_labels(blocks: dict[str, str]) -> dict[str, str]:
    """Take a list's later labels out of it: '… Cllr A Wragg. Also Present: Mrs Diane Pryke
    (Town Clerk); …' is two lists."""
    out: dict[str, str] = {}
    for label, text in blocks.items():
        found = [m for m in INLINE_LABEL.finditer(text) if m.start() > 0]
        pieces = [(label, text[:found[0].start()] if found else text)]
        pieces += [(m.group("label"), text[m.end():nxt.start() if nxt else len(text)])
                   for m, nxt in itertools.zip_longest(found, found[1:])]
        for key, piece in pieces:
            out[key] = ", ".join(filter(None, (out.get(key), piece.strip(" .;"))))
    return out


HONORIFIC_CAPS = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Sgt|Rev|Revd)\.?\s+[A-Z][a-z]+\s+"
                            r"[A-Z]{2,}\b")
"""A name with its surname in capitals after its honorific ('Mr. Lachlan DRUMOAK (LD)')."""


def _entry_per_line(previous: str, text: str) -> bool:
    """Return True when a list gives one person a line with no comma between: 'Matthew
    Greaves, Service Manager, Highways Development Management' / 'Justin Pardoe, …', 'P Hurrell
    (Chairperson)' / 'K Braddock'."""
    words = previous.split()
    # 'Ms. Ishbel TORRANCE (IT) Community Councillor' / 'Mr. Lachlan DRUMOAK (LD) …': a post ending
    # in a title is no honorific for a name that has its own.
    titled = HONORIFIC_NAME.match(text) is not None or HONORIFIC_CAPS.match(text) is not None
    return bool(words) and (previous[-1].islower() or previous[-1] in ")0123456789") \
        and words[-1].lower() not in NAME_PARTICLES and (words[-1] not in HONORIFICS or titled) \
        and (FULL_NAME.match(text) is not None or titled
             or INITIALS_NAME.fullmatch(DASHED_POST.sub("", ROLE_AFTER.sub("", text))) is not None
             or _one_entry(text))


def _sentence(text: str) -> bool:
    """Return True for a line of prose after a list ('Chairman Councillor H Bowen presided over
    the meeting.'): it closes with a full stop and has words in lower case outside brackets."""
    outside = NOT_ATTENDING.sub("", re.sub(r"\([^)]*\)", "", text))
    lower = [w for w in outside.split() if w[:1].islower() and w not in NAME_PARTICLES]
    return outside.rstrip().endswith(".") and len(lower) >= SENTENCE_WORDS


def _one_entry(text: str) -> bool:
    """Return True for a line that is one person's entry ('Cllr D Forster (Chair)', 'B
    Quennell', 'P Hart, Town Clerk'), as lists written one name to a line with blank lines
    between them have."""
    text = text.rstrip(";")
    outside = re.sub(r"\([^)]*\)", "", text).split()
    name, _, post = text.partition(", ")
    if post and OFFICER_POST.search(post) and (INITIALS_NAME.fullmatch(name)
                                              or FULL_NAME.fullmatch(name)):
        return True  # 'P Hart, Town Clerk'
    if INITIALS_NAME.fullmatch(" ".join(outside)):
        return True  # 'B Quennell (Chair)'
    return bool(HONORIFIC_NAME.match(text)) and len(outside) <= ENTRY_WORDS and all(
        word[:1].isupper() or word in NAME_PARTICLES for word in outside)


def _names_officers(text: str) -> bool:
    """Return True for a line that lists officers under their plural rank ('CPOs A and B')."""
    words = text.split()
    return len(words) >= 3 and bool(plural_rank(words[0])) and words[1][:1].isupper()


def _inline_attendance(lines: list[Line]) -> dict[str, str]:
    """Read lists run into a paragraph ('… 2019 Present: Cllr A, Cllr B. Also present: …').

    Minutes pasted as one paragraph have no line of their own for 'Present:'; each list runs
    to the next label, the first item number or the end of the paragraph.
    """
    for line in lines:
        found = list(INLINE_LABEL.finditer(line.text))
        if not found:
            continue
        blocks = {}
        for match, nxt in itertools.zip_longest(found, found[1:]):
            rest = line.text[match.end():nxt.start() if nxt else len(line.text)]
            blocks[match.group("label")] = ITEM_START.split(rest, maxsplit=1)[0]
        return blocks
    return {}


def _attach_report(drafts: list[_Draft], section: Section, lines: list[Line]) -> None:
    """Add a report to the meeting it was written for: same date, else the latest agenda."""
    body = lines[section.start:section.end]
    item = RawItem("", section.subject or section.heading, "", body[0].page, tuple(body))
    target = next((d for d in drafts if section.date and d.date == section.date), None)
    target = target or next((d for d in reversed(drafts) if d.section.kind == "agenda"), None)
    target = target or (drafts[-1] if drafts else None)
    if target is None:
        target = _Draft(section, "", section.date, section.heading)
        drafts.append(target)
    # 'Agenda item: 0325/07' on the report says which entry it is; else its title is matched.
    number = section.ref or match_entry(item.title, target.entries)
    target.items.append(RawItem(number, item.title, "", item.page, item.lines))


def _before_business(texts: list[str]) -> list[str]:
    """Return a paper's opening lines up to its attendance list or first numbered item: a name
    wrapped over heading lines is not read on into the business ('1. Budget Consultation' /
    'The Council agreed …')."""
    stop = next((k for k, text in enumerate(texts)
                 if ATTENDANCE_START.match(text) or NUMBERED.match(text)), len(texts))
    return texts[:stop]


def _decision_taker(lines: list[Line]) -> tuple[str, date] | None:
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


def _name_bodies(drafts: list[_Draft], lines: list[Line], doc: Document) -> None:
    """Name each meeting's committee with the council its heading names."""
    opening = [line.text for line in lines[:HEADING_SCAN] if line.text]
    found = ""
    # 'Agenda for <committee> on <date>': a committee system's page for one meeting.
    paged = PAGE_FOR.match(doc.title)
    paged_day = first_date(paged.group("when")) if paged else None
    if drafts and drafts[0].date is None:
        # A heading the source shows as one ('<h1>Minutes of … held on 12th May 2022</h1>')
        # dates the first meeting when no meeting heading was recognised.
        # A page titled by its meeting and date ('Meeting 09/22, Tuesday 12th July 2022 –
        # Porthwenn Town Council') is dated by its title first: a bold 'Minutes of the
        # Meeting held on 28th June 2022' under '141 …' is an item's, naming the last meeting.
        drafts[0].date = (first_date(doc.title) if MEETING_TITLE.search(doc.title) else None) \
            or next((day for line in lines[:HEADING_SCAN]
                     if line.heading and (day := first_date(line.text))), None) or paged_day
    for k, draft in enumerate(drafts):
        section = draft.section
        # A web page's menu above its heading ('• Home', '• Committees') names nothing.
        heading = [line.text for line in lines[section.start:max(section.body_start,
                                                                  section.start + 1)]
                   if line.text and not line.text.startswith(MENU_MARKS)]
        if k == 0:
            # The paper's opening lines may give the heading's council its fuller name.
            # A folder named for a council ('kent-county-council/…') is the last resort.
            # A heading that wraps its council's name ('… MEETING OF CARNBANN BOROUGH' /
            # 'COUNCIL HELD IN …', 'CYNGOR CYMUNED' / 'BRYNGARTH' / 'COMMUNITY COUNCIL') names
            # it across its lines.
            # A page's title names its council however many heading lines come first
            # ('Meeting Details' / 'Meeting Summary' / 'Council' / … under 'Welcome to
            # Glenmoray Council | Glenmoray Council').
            found = body = body_name([*heading, doc.title, *opening]) \
                or body_name([doc.title]) \
                or _body_line(lines[:OPENING_SCAN]) or institution_line(opening) \
                or body_name([" ".join(heading[:WRAPPED_HEADING_LINES]),
                              " ".join(_before_business(opening[:WRAPPED_HEADING_LINES]))]) \
                or _body_line(lines[-CLOSING_SCAN:]) or _footer_body(lines) \
                or _running_body(doc.pages) \
                or folder_body(doc.rel)
        else:
            body = body_name(heading) or found
        if k and not draft.committee and not body_name(heading) and drafts[k - 1].committee:
            # 'MINUTES – ORDINARY MEETING, Tuesday, 2 June 2026' after the annual meeting's
            # minutes on the same page: the same body met again.
            draft.committee = drafts[k - 1].committee
        if not draft.committee and (k == 0 or not section.heading):
            # 'COASTWOLD DISTRICT COUNCIL' / 'LICENSING AND APPEALS SUB-COMMITTEE' over a
            # record that no heading names: the committee its opening lines name, under the
            # body ('Cheviot Fells National Park Authority' / 'Planning Committee').
            named = [(n, line, name) for n, line in enumerate(lines[:OPENING_SCAN])
                     if (name := _committee_line(line.text))
                     and name.casefold() != body.casefold()]
            draft.committee = next((name for _, line, name in named
                                    if line.heading or is_upper_heading(line.text)), "") \
                or next((name for _, _, name in named if len(name.split()) >= 2), "")
            if len(named) > 1 and named[1][0] - named[0][0] <= 2 and not body:
                # An authority's name over its committee's, line under line.
                body, draft.committee = named[0][2], named[1][2]
        if k == 0 and not draft.committee and (titled := TITLED.match(doc.title)) \
                and not body:
            # A page titled 'MINUTES of the Arunmouth Harbour Board' whose heading prints the
            # name in small capitals ('MINUTES of the arunmouth harbour board held …').
            draft.committee = titled.group("committee")
        if k == 0 and not draft.committee and paged and paged_day == draft.date:
            # 'Agenda for Eastmoor Joint Health Scrutiny Committee on Tuesday, 14 March
            # 2023, 2.00 pm': a committee system's page for one meeting names its committee.
            draft.committee = paged.group("committee")
        if k == 0 and not draft.committee and (named := _opening_committee(lines[:OPENING_SCAN])):
            # 'At a MEETING of the DUNMORE AND GLENS VALUATION JOINT BOARD held at …': the body
            # the record's opening sentence names, not a council its attendance names
            # ('Representing Glenisla Council').
            draft.committee, body = named, body_name([named])
        if not body and draft.committee:
            body = _authority(draft.committee, opening, doc.title)
        if not body and draft.committee:
            draft.committee = _fuller_name(draft.committee, [doc.title, *opening])
        draft.committee = committee_with_body(normalise_committee(draft.committee), body)


def _authority(committee: str, opening: list[str], title: str) -> str:
    """Return the authority a committee belongs to when it is not a council: a line of its
    own over the record ('GLENMOIRA NATIONAL PARK AUTHORITY' / 'MINUTES OF THE BOARD
    MEETING'), or the site a meeting's page is on ('Agenda for Resources Committee on … -
    Wessex Vale Fire and Rescue Authority'); '' if neither names one."""
    key = committee_key(committee)
    parts = SITE_PART.split(title)
    site = parts[-1].strip() if len(parts) > 1 else ""
    for text in [*opening, site]:
        name = normalise_committee(text) if AUTHORITY_NAME.match(text) else ""
        if name and key not in committee_key(name) and committee_key(name) not in key:
            return name
    return ""


def _committee_line(text: str) -> str:
    """Return the committee a heading line names and nothing else, without the date before or
    after it or the record's word after it ('2nd July 2025 Burial Committee Minutes', 'FINANCE &
    GENERAL PURPOSES COMMITTEE – MINUTES', 'National Park Authority 04/06/25'), or ''."""
    text = FIELD_PREFIX.sub("", text.lstrip(LIST_BULLETS)).rstrip(". ")
    dated = next(find_dates(text), None)
    if dated and dated[1] == 0:
        text = text[dated[2]:]
    elif dated and dated[2] == len(text.rstrip(". ")):
        # 'Little Hadworth Neighbourhood Plan - Steering Group Meeting 14th May 2024'.
        text = text[:dated[1]]
    text = MEETING_SUFFIX.sub("", RECORD_SUFFIX.sub("", TRAILING_DATE.sub("", text)).strip())
    if COMMITTEE_LINE.match(joined := text.replace(" - ", " ")):
        return normalise_committee(joined)
    # 'THE INCHKEITH COUNCIL - NORTH AREA COMMITTEE – COUNTY BUILDINGS, CUPAR': the council, its
    # committee and the place, set apart by dashes.
    return next((normalise_committee(part) for part in re.split(r"\s+[–—-]\s+", text)[1:]
                 if COMMITTEE_LINE.match(part)), "")


def _footer_body(lines: list[Line]) -> str:
    """Return the council a page's footer names beside its page number ('Evenlode County
    Council – Statements of Decision Page 1'), in its copyright ('© Esk Valley Council
    2000') or with the meeting and its date ('Cwm Aran Town Council – Full Council –
    10/01/2024'), or ''."""
    return next((name for line in lines
                 if (("page" in line.text.lower() and FOOTER_PAGE.search(line.text))
                     or COPYRIGHT.match(line.text) or RUNNING_FOOT.search(line.text))
                 and (name := body_name([FOOTER_PAGE.sub("", line.text)]))), "")


def _running_body(pages: tuple[str, ...]) -> str:
    """Return the council a PDF's running header or footer names, a line printed at the top or
    foot of every page ('Ellmouth Parish Council – Extraordinary Meeting 16.05.17 Chairman's
    initials ……'), which the text read for items leaves out, or ''."""
    if len(pages) < 2:
        return ""
    edges = [{line.strip() for line in [*filled[:RUNNING_LINES], *filled[-RUNNING_LINES:]]}
             for page in pages if (filled := [line for line in page.splitlines() if line.strip()])]
    repeated = set.intersection(*edges) if len(edges) == len(pages) else set()
    return next((name for text in sorted(repeated) if (name := body_name([text]))), "")


def _body_line(lines: list[Line]) -> str:
    """Return a council named by a line of its own among a record's first lines, below its
    attendance ('Severnbridge City Council' as a page's running head), or ''."""
    for line in lines:
        # 'Ruskett Parish Council › Minutes › Draft Minutes …': a site's trail of links opens
        # with the council whose page it is.
        text = CRUMB.split(line.text, 1)[0] if CRUMB.search(line.text) else line.text
        name = body_name([text]) if text else ""
        if name and name.casefold() == normalise_committee(text).casefold():
            return name
    return ""


def _fuller_name(committee: str, texts: list[str]) -> str:
    """Return the name of a body that is not a council as its page names it in full: 'Fire and
    Rescue Authority' under a site titled 'Avonmere Fire and Rescue Authority'."""
    fuller = re.compile(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}){re.escape(committee)}\b", re.I)
    for text in texts:
        for match in fuller.finditer(text):
            # 'Agenda for Combined Authority on … | North Moorland Combined Authority': the
            # site's name, not the agenda's words.
            if all(word[:1].isupper() for word in match.group(1).split()) \
                    and not RECORD_WORDS.search(match.group(1)):
                return match.group(0)
    return committee


def _held_in_other_month(day: date, lines: list[Line]) -> bool:
    """Return True if the opening says the meeting was held in a month other than day's ('…
    taken from the record of the council's annual meeting held in May.' under a news
    page's 'Friday 20 June 2008'): the date is the page's, not the meeting's."""
    held = next((match for line in lines if "held in" in line.text
                 and (match := HELD_IN_MONTH.search(line.text))), None)
    return held is not None and MONTHS[held.group("month").lower()] != day.month


def _opening_date(lines: list[Line]) -> date | None:
    """Return the date a record's opening gives its meeting when no heading was recognised.

    Read before the first numbered item: after 'to be held on' ('for the meeting of the Parish
    Council to be held on Tuesday 13 February 2024'); alone on the line under 'Meeting of …' or
    'MINUTES'; after a label ('Date: October 16, 2025', 'Minutes; Monday, 17th November');
    in the record's opening sentence about the meeting ('At a MEETING of the Joint
    Board held at Dunmore on 24th November, 2025.', 'of the proceedings of the Board at a
    Meeting held … on Wednesday 17 September 2025'); or a line that is the date and the
    meeting's hours ('10 Dec 2025 - 10:30 to 12:45').
    """
    filled = [line.text for line in _opening_lines(lines) if line.text]
    for text in filled[:HEADING_SCAN]:
        held = HELD_ON.search(text)
        if held and (day := first_date(text[held.end():])):
            return day
    for paragraph in paragraphs(_opening_lines(lines)):
        for place, after in itertools.pairwise(SENTENCE_END.split(paragraph.text)):
            # 'INVERCARRON, 24 June 2025. Minute of Meeting of the … COMMITTEE.': a Scottish
            # council's dateline, the place and the date, before the record's title.
            dateline = DATELINE.match(place)
            if dateline and MINUTE_OF_MEETING.match(after) \
                    and is_date_line(dateline.group("date")):
                return first_date(dateline.group("date"))
    for before, text in itertools.pairwise(filled):
        if RECORD_LINE.match(before) and is_date_line(text):
            return first_date(text)
        if RECORD_TITLE.match(before) and (found := next(find_dates(text), None)) \
                and found[1] == 0:
            # 'Minutes of AGM' / 'May 6th 2025 7.30pm, Burnside Hall': before any label
            # ('Date: 12 May 2025 21:14', when a forum's post was made).
            return found[0]
    for before, text in itertools.pairwise(filled[:HEADING_SCAN]):
        if FIELD_ROW.match(before) and (found := next(find_dates(text), None)) \
                and found[1] == 0:
            # 'Date Time Venue' / '12 March 2019 10am Council Chambers, …': a table's
            # heading row of the meeting's details, its values under it.
            return found[0]
    for text in filled:
        labelled = DATE_LABEL.match(text)
        rest = labelled and (labelled.group("rest") or labelled.group("cell"))
        if rest and (is_date_line(rest) or is_date_and_hours(rest)):
            return first_date(rest)
    for sentence in _opening_sentences(lines):
        # From 'meeting', else from 'held': 'At a meeting of the Combined Fire Authority for
        # Teesdale and Eskside held at …, Newton Aycliffe on Thursday 20 November 2025'.
        for meeting in MEETING_WORD.finditer(sentence):
            if day := first_date(sentence[meeting.end():][:MEETING_DATE_REACH]):
                return day
    for text in filled[:HEADING_SCAN]:
        dateline = DATELINE.match(text)
        if dateline and len(text[:dateline.start("date")].split()) <= PLACE_WORDS \
                and is_date_line(dateline.group("date")):
            # 'Clydeholm, 10th March 2026.' over the committee's name: the place and the date.
            return first_date(dateline.group("date"))
        found = next(find_dates(text), None) if WEEKDAY_FIRST.match(text) else None
        if found and found[1] <= WEEKDAY_REACH:
            # 'Monday, 2 February 2026, at 10.00 am in the Main Conference Room, …'.
            return found[0]
        titled = TITLE_RECORD_DATE.match(text)
        if titled and is_date_line(titled.group("date")):
            # 'Strathearn and Angus Transport Partnership Minute 16 September 2025'.
            return first_date(titled.group("date"))
    # A site's menus may come first: the title is found wherever the opening holds it.
    for before, text in itertools.pairwise(filled):
        placed = PLACE_THEN_DATE.match(text) if TITLE_OVER_PLACE.search(before) else None
        if placed and is_date_line(placed.group("day")):
            return first_date(placed.group("day"))
    for text in filled[:HEADING_SCAN]:
        timed = TIME_THEN_DAY.search(text)
        if timed and is_date_line(text[timed.start("day"):]):
            # 'Quay House, Ellmouth at 10.00am on Friday 22nd November 2024': where the
            # meeting sat, at what time, on what day, under its title.
            return first_date(text[timed.start("day"):])
    # '• 10 June 2025 - 10:00AM': a meeting page's details may be listed with bullets.
    return next((first_date(text) for text in filled
                 if is_date_and_hours(text.lstrip(LIST_BULLETS))), None)


def _opening_committee(lines: list[Line]) -> str:
    """Return the body a record's opening sentence names ('At a Meeting of the Fen Drainage
    Board held …'), or ""."""
    for sentence in _opening_sentences(lines):
        match = MEETING_OF.search(sentence)
        if match and COMMITTEE_WORDS.search(match.group("body")):
            return normalise_committee(match.group("body"))
    return ""


def _opening_sentences(lines: list[Line]) -> list[str]:
    """Return the sentences about the meeting that open a record, before its attendance and
    first item ('At a MEETING of the Joint Board held at Dunmore on 24th November, 2025.')."""
    return [sentence for paragraph in paragraphs(_opening_lines(lines))
            for sentence in SENTENCE_END.split(paragraph.text)
            if MEETING_WORD.search(sentence) and not OTHER_MEETING.search(sentence)
            and not REFERS_BACK.search(sentence)]


def _opening_lines(lines: list[Line]) -> list[Line]:
    """Return a record's lines before its attendance and its first numbered item."""
    return list(itertools.takewhile(
        lambda line: not _entry(line.text) and not ATTENDANCE_START.match(line.text)
        and not line.text.lower().startswith("apologies"), lines))


def _entry(text: str) -> bool:
    """Return True for a numbered item's line ('1 APOLOGIES'), not a date ('10 Dec 2025')."""
    return ENTRY_LINE.match(text) is not None and next(find_dates(text), (None, 1))[1] != 0


def _apply_meta(drafts: list[_Draft], doc: Document) -> None:
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


def _meetings(drafts: list[_Draft], doc: Document, people: list,
              initials: dict[str, str], text: str) -> list[Meeting]:
    """Turn drafts into Meeting records with stable ids and finished items."""
    stem = source_hash(doc.rel)
    chair = chair_named(text, initials)
    clerk = clerk_named(text)
    ordinal = 0
    meetings = []
    named = NameBook(people)
    earlier: dict[str, dict[str, str]] = {}
    for k, draft in enumerate(drafts):
        book = NameBook([p for e in draft.attendance.everyone() if (p := entry_person(e))],
                        document=named)
        book.roles = _roles(draft.attendance, book)
        book.officers = _officers(draft.attendance, book)
        book.capitals = frozenset(match.group("surname") for entry in draft.attendance.everyone()
                                  for match in CAPITALS_NAME.finditer(entry))
        if "chair" not in book.roles and chair:
            # 'Mr Cooke' elected to the chair is the 'Mr G Cooke' of the attendance list.
            chair_name = parse_name(chair)
            book.roles["chair"] = book.resolve(chair_name) if chair_name \
                else _signed_by(chair, book) or chair
        if "clerk" not in book.roles and clerk:
            # 'The Town Clerk, Mrs. S. Hartley, …' under the lists: who 'the Clerk' is.
            clerk_name = parse_name(clerk)
            book.roles["clerk"] = book.resolve(clerk_name) if clerk_name else clerk
        for role, holder in earlier.get(draft.committee, {}).items():
            # A minute book's later meeting, its attendance '… and the Clerk': the clerk the
            # same body's earlier meeting in the document named.
            book.roles.setdefault(role, holder)
        earlier[draft.committee] = dict(book.roles)
        guests = _attending_for(draft.attendance, book)
        # Initials the lists give ('Kenny Combe KC') first, then those of the attendance's names.
        # Someone the lists give initials to ('Margaret Carey MCa') goes by those alone.
        listed = set(initials.values())
        known = {**attendance_initials({name: (p.first or p.initials, p.surname)
                                        for p in book.people
                                        if (name := book.resolve(p)) not in listed}), **initials}
        attending = attendance_initials({book.resolve(p): (p.first or p.initials, p.surname)
                                         for p in book.people})
        for letters, name in initials.items():
            if INITIAL_FIRST.match(name) and letters in attending:
                # 'Mrs. A. Fell (AF)': the attendance's fuller form of the listed name.
                known[letters] = attending[letters]
        firsts = _first_names(book, draft.attendance)
        items = []
        for raw in draft.items:
            ordinal += 1
            item = _item(raw, book, f"{stem}-{ordinal:03d}", len(items) + 1, doc.kind == "pdf",
                         known, guests.get(raw.number.rstrip("."), []),
                         record=draft.section.kind != "agenda", firsts=firsts)
            if item.title or item.text:
                items.append(item)
        meetings.append(Meeting(
            id=f"{stem}-m{k + 1}", source=doc.rel, committee=draft.committee, date=draft.date,
            heading=draft.heading or doc.meta.title, items=tuple(items),
            attendance=draft.attendance, kind=draft.section.kind, url=doc.meta.url,
            date_from=draft.date_from, committee_from=draft.committee_from if draft.committee
            else ""))
    return meetings


def _reads_as_minutes(meetings: list[Meeting]) -> bool:
    """Return False for a page with no prose, decision or speaker: an index of links, say."""
    items = [item for m in meetings for item in m.items]
    if any(m.kind == "agenda" and len(m.items) >= 2 for m in meetings):
        return True
    return any(item.resolutions or item.speakers or any(
        len(para.split()) >= PROSE_WORDS for para in item.text.split("\n\n")) for item in items)


def _roles(attendance: Attendance, book: NameBook) -> dict[str, str]:
    """Return who the attendance list marks as chair and vice-chair, by display name."""
    roles = {}
    for entry in attendance.everyone():
        person, role = entry_person(entry), entry_role(entry)
        if person and role:
            roles.setdefault(role, book.resolve(person))
    return roles


POST_QUALIFIER = re.compile(r",\s*|\s+(?:to|for)\s+the\s+", re.I)
"""Where a post's name ends and what it serves begins ('Monitoring Officer to the Panel')."""
POST_NOUNS = frozenset("commissioner treasurer secretary solicitor engineer surveyor accountant "
                       "auditor inspector warden ranger superintendent sergeant constable planner "
                       "counsel registrar coroner chamberlain steward bailiff archivist".split())
"""The last words of posts a text may shorten to ('the Commissioner' for the Police and Crime
Commissioner); not 'officer' or 'manager', which may be any of several, nor a body's name
('Care Board') that a list gives in brackets for whom a member represents."""


def _officers(attendance: Attendance, book: NameBook) -> dict[str, str]:
    """Return the posts the attendance list gives in brackets, other than chair and clerk,
    with who holds each: 'Mr B Watts (General Counsel)' gives 'general counsel'."""
    officers: dict[str, str] = {}
    for entry in attendance.everyone():
        person = entry_person(entry)
        # 'Andrew Jarrett (Deputy Chief Executive (S151))': a post may carry its statute's code.
        for post in re.findall(r"\(([A-Z][A-Za-z&,' -]{5,60}(?:\s*\([A-Z0-9]{2,8}\))?)\)", entry) \
                if person else ():
            if not role_key(post) and len(post.split()) >= 2:
                # 'Monitoring Officer to the Panel', 'Chief Finance Officer, Office of the
                # Commissioner': the text calls them by the post alone.
                short = POST_QUALIFIER.split(post)[0].lower().strip()
                officers.setdefault(post.lower().strip(), book.resolve(person))
                officers.setdefault(short, book.resolve(person))
    heads = Counter(post.split()[-1] for post in officers)
    for post, name in list(officers.items()):
        # 'The Commissioner presented …': the one post of that kind, by its last word.
        head = post.split()[-1]
        if heads[head] == 1 and head in POST_NOUNS and len(post.split()) >= 2:
            officers.setdefault(head, name)
    return officers


def _signed_by(name: str, book: NameBook) -> str:
    """Return the one attendee a signature's name fits by first initial and surname
    ('Chairman: J Other Ritchie' is Miss Jane Ritchie), or ''."""
    words = [w for w in name.replace(".", " ").split() if w not in HONORIFICS]
    if len(words) < 2:
        return ""
    fits = {book.resolve(p) for p in book.people if p.surname == words[-1]
            and (p.first or p.initials)[:1] == words[0][:1]}
    return fits.pop() if len(fits) == 1 else ""


def _attending_for(attendance: Attendance, book: NameBook) -> dict[str, list[str]]:
    """Return who the attendance list says came for an item ('CPO Suzanne Jacobs (Item 1)'),
    by item number: they came to give it."""
    guests: dict[str, list[str]] = {}
    for entry in attendance.in_attendance + attendance.also_present:
        note = FOR_ITEM.search(entry)
        person = entry_person(entry) if note else None
        if person is None:
            continue
        for number in re.split(r"\s*(?:,|&|\band\b)\s*", note.group("numbers")):
            guests.setdefault(number.rstrip("."), []).append(book.resolve(person))
    return guests


def _first_names(book: NameBook, attendance: Attendance) -> dict[str, str]:
    """Return the attendance's first names that one person alone has, and who has each: the
    names a community council's minutes call its members by ('Morag welcomed everyone'), and
    members the list itself gives by first name alone ('Present: Gethin, Eluned, Iolo'); with
    no attendance, the first names of the people the document names in full."""
    people: dict[str, set[str]] = {}
    # With no list of who attended, the people the text itself names in full ('introduced
    # Tressa Quiller, the new schools adviser', then 'Tressa presented …').
    named = book.people or (book.document.people if book.document else [])
    for person in named:
        if person.first:
            people.setdefault(person.first, set()).add(book.resolve(person))
    for entry in attendance.everyone():
        alone = re.sub(r"\s*\([^)]*\)$", "", entry)
        if ONE_NAME.fullmatch(alone) and not entry_person(entry) and not role_key(alone) \
                and not OFFICER_POST.search(alone):
            people.setdefault(alone, set()).add(alone)
    surnames = {person.surname for person in book.people}
    return {first: names.pop() for first, names in people.items()
            if len(names) == 1 and first not in surnames and first.lower() not in NOT_NAMES}


def _item(raw: RawItem, book: NameBook, item_id: str, position: int, paged: bool,
          initials: dict[str, str], guests: list[str], record: bool = True,
          firsts: dict[str, str] | None = None) -> AgendaItem:
    """Extract an item's text, pages, decisions and speakers (guests: who came to give it; an
    agenda's by-lines name who is to report, not who did: only a record's count; firsts: the
    members the record calls by first name)."""
    lines = [Line(raw.first_body, raw.page), *raw.lines] if raw.first_body else list(raw.lines)
    paras = paragraphs(lines)
    texts = [p.text for p in paras]
    # 'Jowan McWEARNE' of the attendance list, named so in the text: read for people as 'Jowan
    # McWearne', the text itself kept as printed.
    named = [_titled_surnames(text, book.capitals) for text in texts] if book.capitals else texts
    # '3. The Minutes of the meeting … were agreed as a true record.' in bold: a minute that is
    # its own heading decides in its heading.
    said = [raw.title] if SENTENCE_VERB.search(raw.title) and not raw.title.startswith("To ") \
        else []
    # An agenda, and the reports of its pack, only propose ('Recommendation: That the Council
    # approves the payments listed above'): the meeting has not yet decided anything.
    kind, resolutions = decisions(said + texts) if raw.title != "Agenda" and record \
        else ("none", ())
    pages = tuple(sorted({raw.page, *(n for p in paras for n in p.pages)})) if paged else ()
    return AgendaItem(
        id=item_id, position=position, number=raw.number, title=raw.title,
        text="\n\n".join(texts), pages=pages, agenda_ref=raw.agenda_ref,
        speakers=_with_initials(list(dict.fromkeys(
            reporter(raw.title, book) + (bylines(raw.title, named, book) if record else []) + guests
            + visitors(raw.title, named, book) + labelled(named, book)
            + item_speakers(named, book) + officers_speaking(named, book)
            + declarers(raw.title, named, book))),
                                initial_speakers(named, initials) + mover_names(named)
                                + first_names_speaking(named, firsts or {})),
        resolutions=resolutions, decision=kind)


def _titled_surnames(text: str, capitals: frozenset[str]) -> str:
    """Return text with the surnames the attendance list writes in capitals ('McWEARNE') in
    title case ('McWearne', 'O’Hocken'), each word kept to its length."""
    def titled(match: re.Match[str]) -> str:
        if match.group(0) not in capitals:
            return match.group(0)
        rest = "-".join(part[:1] + part[1:].lower() for part in match.group("rest").split("-"))
        return (match.group("prefix") or "") + rest
    return CAPITALS_WORD.sub(titled, text)


def _with_initials(speakers: list[str], by_initials: list[str]) -> tuple[str, ...]:
    """Add people named by initials, unless already there under a fuller or the same name."""
    out = list(speakers)
    # Names, the names they end with, and their surnames: one look per name.
    listed = set(out)
    ends = {s[k + 1:] for s in out for k, c in enumerate(s) if c == " "}
    surnames = {s.split()[-1] for s in out}
    for name in by_initials:
        surname = name.split()[-1]
        if name not in listed and name not in ends and surname not in surnames:
            out.append(name)
            listed.add(name)
            ends.update(name[k + 1:] for k, c in enumerate(name) if c == " ")
            surnames.add(surname)
    return tuple(out)

