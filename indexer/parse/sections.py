"""Split a document's lines into meetings, agendas and reports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import Line
from .bodies import body_name
from .committees import committee_key, normalise_committee
from .dates import first_date, is_date_line, yearless_date
from .heading_context import (
    ATTENDANCE_START,
    OPENING_LINES,
    attendance_in,
    attendance_line,
    page_foot,
    page_head,
    page_top,
)
from .item_header import NUMBERED, number_key
from .meeting_heading import (
    AGENDA_ALONE,
    AGENDA_TITLE,
    ATTENDED_REACH,
    BREADCRUMB_MEETING,
    ENTRY_LINE,
    ISSUE_MEETING,
    MEETING_DATED,
    MINUTES_LINE,
    NOTICE_GIVEN,
    NUMBERED_ENTRY,
    RECORD_NAME,
    back_over_heading,
    bilingual_meeting_at,
    meeting_at,
    record_after_agenda,
)
from .running_headings import REPORT_LABEL, labelled_date, report_at
from .section_record import Section, line_window, plausible_committee

LINK_LABELS = (r"(?:related|similar|recent|more|recommend(?:ed)?|other)\s+"
               r"(?:documents|papers|links|meetings|posts|minutes|publications|pages)"
               r"|background\s+papers"
               r"|(?:other\s+)?downloads?|attachments?|see\s+also|you\s+may\s+also\s+like")
"""The labels a page sets over, or before, its links to other papers."""
LINKS_LABEL = re.compile(rf"^(?:{LINK_LABELS})\s*:?$", re.I)
"""A label over a list of links to other papers, whose titles name other meetings."""
LINK_LINE = re.compile(rf"^(?:{LINK_LABELS}|you\s+are\s+here|pages|documents|links)\s*:\s*\S"
                       r"|^home\s*(?:/|>|»|›)\s*\S", re.I)
"""A page's line of links after its label: a breadcrumb ('You are here: Home > … > Minutes -
14 May 2025', 'Home / Meetings / Minutes – …'), 'Download: Minutes … (PDF, 90KB)', 'Related
pages: Agenda - …'."""
BACKGROUND_PAPERS = re.compile(r"^background\s+papers", re.I)
"""A report's own list of the papers it drew on, which more of the paper may follow."""
LINKS_REACH = 6
LINKS_ENTRIES = 12
"""The most titles a page's list of links to similar papers is read over."""
PAGE_NUMBER_END = re.compile(r"\d{4}\s+\d{1,3}$")
"""A footer's page number after its date ('… 3rd March, 2021 4')."""
PACK_LETTER = re.compile(r"^Dear\s+(?:Member|Councillor)s?\b|\bplease\s+find\s+enclosed\b"
                         r"|\(Pages?\s+\d+\s*[-–]\s*\d+\)", re.I)
"""A letter sending a meeting's papers ('Dear Member', 'Please find enclosed …'), or its list of
them ('3 English Devolution White Paper (Pages 1 - 18)')."""
RECORD_NAME_WORDS = re.compile(r"\b(?:draft\s+)?(?:minutes|notes|agenda)\b")
UNNAMED_RECORD = re.compile(r"^(?:(?:approved|un-?confirmed|confirmed|signed|draft|of|the|an?"
                            r"|meeting)\b\s*)*$")
"""What is left of a record's title that names no body ('Approved Minutes of Meeting')."""
ENTRY_NUMBER = re.compile(r"^(\d{1,4})[.)]\s+[A-Z]")
"""An item's numbered line ('1 APOLOGIES', '2. Planning'): a summons after one opens another
agenda, and a record's lines hold items, not only lists, when one is among them."""
"""Lines a heading may take before its date: 'Westvale Council' / 'Minutes' / 'of the Meeting
of the' / 'Planning & Regulatory Committee' / 'Wednesday, 7th June 2023'."""
BODY_PREFIX = re.compile(r"^(?:[\w'’-]+\s+){1,4}?(?:city|county|borough|district|town|parish)?\s*"
                         r"council\s+(?=\S)")
NOTICE_WORDS = re.compile(r"\b(?:no|the\s+committee|full(?:\s+review)?\s+decisions?)\b")
"""What a decision notice adds to its committee's name: the council before it, 'No.', '("The
Committee")', 'Full Decision'."""
VENUE_LINES = 3
"""Lines a venue takes between a meeting's heading and its summons."""


def find_sections(lines: list[Line]) -> tuple[list[Section], list[Line]]:
    """Return the document's sections in order, and its lines without repeated headings.

    The text before the first heading joins the first section; a heading that repeats the
    current meeting's (a running page heading) is removed, not taken for a new meeting.
    """
    lines = _split_glued_labels(lines)
    starts, repeats = _starts(lines)
    # A page's list of links to other papers at its foot ('Recommend Documents' / titles)
    # belongs to no meeting.
    repeats.update(_links_foot(lines))
    # So does a document site's list of other papers above it ('Similar documents' / titles).
    repeats.update(_links_head(lines))
    # A pack's front sheet ('Committee' / 'Date: Friday, 11 March 2016' / … / 'Agenda' / '1.
    # Apologies …') above the last meeting's minutes it carries is a meeting of its own.
    fronted = bool(starts) and starts[0].kind == "minutes" \
        and _front_sheet(lines, starts[0].start) is not None
    opened = None
    if not fronted and starts and ((lines[starts[0].start].page > lines[0].page
                                    and (starts[0].weak
                                         or _numbering_runs_across(lines, starts[0])))
                                   or (starts[0].weak and _page_foot(lines, starts[0].start))):
        # The first heading found is a running page heading after the first page (the first
        # page's copy misread), or a page's footer ('… Participation Group – 9 March 2016 1'
        # closing page 1): the meeting began before it, so the first page is its body.
        opened = starts[0]
        repeats.update(range(opened.start, opened.body_start))
    if repeats:
        kept = [i for i in range(len(lines)) if i not in repeats]
        starts = [_dated_by_repeat(found, lines, kept, repeats)
                  for found in _starts([lines[i] for i in kept])[0]]
        lines = [lines[i] for i in kept]
    if opened is not None:
        starts = [replace(opened, start=0, body_start=0),
                  *(s for s in starts if not _same_meeting(opened, s))]
    if not starts:
        return [Section(_headless_kind(lines), 0, len(lines), body_start=0)], lines
    if fronted and starts[0].kind == "minutes" \
            and (front := _front_sheet(lines, starts[0].start)) is not None:
        # Found again on the lines left once repeated headings are dropped.
        starts.insert(0, front)
    sections = []
    if starts[0].kind == "minutes" and _record_before(lines, starts[0].start):
        # A record with no heading found over it before the first one found ('COMMITTEE OF THE
        # WHOLE' / 'MINUTES' / 'ATTENDANCE …' / items, then 'Council President
        # March 4, 1981' over the next): a meeting of its own, not that heading's lines.
        starts.insert(0, Section("minutes", 0, 0, body_start=0))
    first = replace(starts[0], start=0)
    starts[0] = first
    starts = _summonses_under_headings(starts, lines)
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        end = after.start if after else len(lines)
        if here.kind == "minutes" and after is not None and after.kind == "report" \
                and _covering_letter(lines[here.start:end]):
            # 'Dear Member' / 'Please find enclosed the documents for Item 3 …' over the
            # reports: a supplementary pack's letter, an agenda of its own meeting.
            here = replace(here, kind="agenda")
        if here.kind == "minutes" and here.weak and _agenda_label_under(lines, here, end):
            # 'Joint Board' / 'Friday 8th November, 2019 at 10.00 am' / … / 'AGENDA Page No'
            # over its entries: the meeting's agenda, not its minutes.
            here = replace(here, kind="agenda")
        if _names_no_body(here.committee):
            # 'Approved Minutes of Meeting – 16th September 2025' names no committee.
            here = replace(here, committee="")
        sections.append(replace(here, end=end))
    return sections, lines


RECORD_PROSE = 3
RECORD_PROSE_WORDS = 12


def _record_before(lines: list[Line], start: int) -> bool:
    """Return True if the lines before a paper's first heading found hold a record of their
    own: who attended, then at least RECORD_PROSE paragraphs of its minutes."""
    listed = next((k for k in range(start) if attendance_line(lines[k].text)), None)
    if listed is None:
        return False
    prose = 0
    for k in range(listed + 1, start):
        if len(lines[k].text.split()) >= RECORD_PROSE_WORDS \
                and (k == listed + 1 or not lines[k - 1].text):
            # A paragraph's first line, after a blank line or the list.
            prose += 1
    return prose >= RECORD_PROSE


RECORD_TITLE_START = re.compile(r"^(?:draft\s+|approved\s+|un-?confirmed\s+)?(?:minutes|notes)\b",
                                re.I)
HEADLESS_LINES = 8
"""The filled lines at a paper's head read for its kind when no meeting heading was found."""


def _headless_kind(lines: list[Line]) -> str:
    """Return 'agenda' for a paper no meeting heading opens whose first lines name it an agenda
    ('KELBY HARBOUR COMMISSIONERS' / 'ORDINARY BOARD MEETING 9th JUNE 2019' / 'AGENDA –
    PUBLIC SESSION') and never a record, else 'minutes'."""
    head = [line.text for line in lines if line.text][:HEADLESS_LINES]
    label = next((k for k, text in enumerate(head) if AGENDA_ALONE.match(text)
                  or (text.isupper() and AGENDA_TITLE.match(text))), None)
    # (Nor a record's title further on: an agenda and then the minutes on one page.)
    return "agenda" if label is not None \
        and not any(RECORD_NAME.search(text) for text in head[:label]) \
        and not any(RECORD_TITLE_START.match(line.text) for line in lines) else "minutes"


FRONT_REACH = 40
"""Lines a front sheet's fields may stand above its 'Agenda' label."""
FRONT_ENTRY_REACH = 24
"""Lines between the 'Agenda' label and its first entry (a table of its members between)."""
FRONT_DATE_LINES = 4
"""The first lines of a front sheet that may give its date on a line of its own."""


def _front_sheet(lines: list[Line], stop: int) -> Section | None:
    """Return the agenda a pack's front sheet opens before line stop: an 'Agenda' label alone
    over numbered entries, its meeting's 'Date: …' field above it; None if there is none."""
    label = next((k for k in range(min(stop, FRONT_REACH)) if AGENDA_ALONE.match(lines[k].text)),
                 None)
    if label is None or not any(ENTRY_LINE.match(lines[k].text)
                                for k in range(label + 1, min(stop, label + FRONT_ENTRY_REACH))):
        return None
    filled = [(k, lines[k].text) for k in range(label) if lines[k].text]
    # 'Date: Friday, 11 March 2016', the date a sentence says the meeting is held on ('The
    # Committee will meet at 10.00 am on …', not the letter's own date over it), or the date
    # on a line of its own under the heading and venue ('15 June 2017 at 1.00 pm').
    day = labelled_date(filled) or _meets_on(filled) or next(
        (first_date(text) for _, text in filled[:FRONT_DATE_LINES] if is_date_line(text)), None)
    if day is None or not filled:
        return None
    committee = filled[0][1] if plausible_committee(filled[0][1]) else ""
    return Section("agenda", 0, 0, normalise_committee(committee), day, filled[0][1],
                   body_start=label + 1)


MEETS_ON = re.compile(r"\b(?:will|shall)\s+(?:meet|be\s+held)\b|\bto\s+be\s+held\b", re.I)
MEETS_REACH = 120
"""Characters after 'will meet' read for the day it names."""


def _meets_on(filled: list[tuple[int, str]]) -> date | None:
    """Return the day a front sheet's sentence says the meeting will meet or be held on."""
    joined = " ".join(text for _, text in filled)
    said = MEETS_ON.search(joined)
    return first_date(joined[said.end():said.end() + MEETS_REACH]) if said else None


AGENDA_ALONE_REACH = 12


def _agenda_label_under(lines: list[Line], section: Section, end: int) -> bool:
    """Return True if 'AGENDA' stands alone among a section's first lines, before any numbered
    entry or list of who attended."""
    if any(MINUTES_LINE.match(line.text) for line in lines[section.body_start:end]):
        # 'Agenda' / its entries / 'Minutes' / the record: a page with both is the minutes'.
        return False
    for line in lines[section.body_start:min(end, section.body_start + AGENDA_ALONE_REACH)]:
        if NUMBERED_ENTRY.match(line.text) or ATTENDANCE_START.match(line.text):
            return False
        if AGENDA_ALONE.match(line.text):
            return True
    return False


SUMMONS_NOTICE_DAYS = 31
SALUTATION = re.compile(r"^Dear\b", re.I)


def _summonses_under_headings(starts: list[Section], lines: list[Line]) -> list[Section]:
    """Join a dated meeting heading to the summons under it: 'CEMETERY COMMITTEE' / '13th
    FEBRUARY 2012 at 7pm' / 'in the Council Chamber' / 'Members of the Committee are summoned
    to attend:' is one agenda, of that committee on that date, with nothing of its own between
    the heading and the summons but the venue."""
    out: list[Section] = []
    for start in starts:
        if out and start.kind == "agenda" and out[-1].kind == "minutes" and out[-1].date \
                and start.date in (None, out[-1].date) \
                and _venue_only(lines[out[-1].body_start:start.start]):
            out[-1] = replace(out[-1], kind="agenda")
            continue
        if out and start.kind == "agenda" and out[-1].kind == "minutes" and out[-1].weak \
                and out[-1].date and start.date \
                and 0 < (start.date - out[-1].date).days <= SUMMONS_NOTICE_DAYS \
                and all(SALUTATION.match(line.text) for line in
                        lines[out[-1].body_start:start.start] if line.text):
            # 'BOROUGH COUNCIL' / '19 February 2020' / 'Dear Sir/Madam' / 'You are hereby invited
            # to attend a meeting … on Wednesday 26 February 2020': the letter's head and date
            # over its summons, one agenda of the meeting's date.
            out[-1] = replace(out[-1], kind="agenda", date=start.date)
            continue
        out.append(start)
    return out


TITLE_REACH = 12
"""Lines under a site's title for a paper within which the record's own heading may stand."""
FURNITURE_WORDS = 4
"""Words of a line of a page's furniture ('advertisement', the council's name)."""


def _furniture_only(lines: list[Line]) -> bool:
    """Return True for lines that hold only a page's furniture: a few short lines, no sentence."""
    filled = [line.text for line in lines if line.text]
    return len(filled) <= VENUE_LINES and all(
        len(text.split()) <= FURNITURE_WORDS and not text.endswith(".") for text in filled)


LETTER_LINE = re.compile(r"^(?:Dear\s+[\w /]{2,40},?|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)$", re.I)
"""A summons letter's greeting, or the meeting's hour on a line of its own ('7.30PM')."""


def _venue_only(lines: list[Line]) -> bool:
    """Return True for the few lines between a meeting's heading and its summons: its venue,
    with no numbered item and no list of who attended."""
    # The letter's own date, the hour alone and its greeting ('2 March 2023' / 'Dear
    # Councillor,') are no more the meeting's business than the venue is.
    filled = [line.text for line in lines if line.text and not LETTER_LINE.match(line.text)
              and not is_date_line(line.text)]
    return len(filled) <= VENUE_LINES and not any(
        NUMBERED_ENTRY.match(text) or ATTENDANCE_START.match(text) for text in filled)


def _dated_by_repeat(found: Section, lines: list[Line], kept: list[int],
                     repeats: set[int]) -> Section:
    """Return a record's heading that names no day with the day of the repeated heading dropped
    just over it ('MARAEHUKA DISTRICT COUNCIL' / '19 June 2018', a later page's copy of the
    first page's heading, over 'Minutes of an Ordinary meeting of the Maraehuka District Council
    held in the Council Chamber, …')."""
    if found.kind != "minutes" or found.date is not None or found.start >= len(kept):
        return found
    k = kept[found.start] - 1
    while k >= 0 and (k in repeats or not lines[k].text):
        if k in repeats and is_date_line(lines[k].text):
            return replace(found, date=first_date(lines[k].text))
        k -= 1
    return found


def _page_foot(lines: list[Line], i: int) -> bool:
    """Return True if line i is the last line of a page that holds text, after lines of text
    of the same page."""
    page = lines[i].page
    after = next((line for line in lines[i + 1:] if line.text or line.page != page), None)
    return (after is None or after.page != page) and i > 0 and any(
        line.text and line.page == page for line in lines[:i])


def _starts(lines: list[Line]) -> tuple[list[Section], set[int]]:
    """Find where each meeting, agenda or report begins, and the lines of repeated headings."""
    starts: list[Section] = []
    repeats: set[int] = set()
    filled = [i for i, line in enumerate(lines) if line.text]
    top = filled[min(OPENING_LINES, len(filled)) - 1] if filled else 0
    i = 0
    while i < len(lines):
        after_agenda = record_after_agenda(lines, i, starts[-1] if starts else None)
        # A site's title for the paper ('Annual Meeting of the Town Council held on …') may stand
        # over the record's own heading: the opening goes on while nothing is under the first.
        opening = not starts and i <= top
        under_title = len(starts) == 1 and starts[0].start <= top < i \
            and i - starts[0].body_start <= TITLE_REACH \
            and _furniture_only(lines[starts[0].body_start:i])
        found = (after_agenda or meeting_at(lines, i, opening=opening or under_title)
                 or bilingual_meeting_at(lines, i, opening) or report_at(lines, i))
        if found and (_under_links_label(lines, i) or LINK_LINE.match(lines[i].text)) \
                and not BREADCRUMB_MEETING.match(lines[i].text):
            # 'Related documents' / 'Minutes of the Combined Fire Authority 25 September 2025':
            # a link to another meeting's papers, not a meeting.
            found = None
        if under_title and found and found.kind == starts[0].kind and found.date \
                and found.date != starts[0].date:
            # The record's own heading of another day under the site's title: the record's.
            starts[0] = found
            i = found.body_start
            continue
        if found and len(starts) == 1 and found.kind == starts[0].kind and found.date is None \
                and i - starts[0].body_start <= TITLE_REACH \
                and not any(line.text.endswith(".") for line in lines[starts[0].body_start:i]) \
                and starts[0].date is not None and yearless_date(
                    found.heading, lines[starts[0].start].text) == starts[0].date:
            # 'Community Council Minutes - 14th March 2018' over 'Minutes of the meeting of …
            # held on Wednesday, 14th March, …': the page's title gives its heading's year.
            starts[0] = replace(found, date=starts[0].date)
            i = found.body_start
            continue
        if found and found.kind == "minutes" and not after_agenda and lines[i].page > 1 \
                and page_top(lines, i) \
                and any(AGENDA_ALONE.match(t) for _, t in line_window(lines, i, 3)[1:]):
            # 'Gorran Pension Fund Committee - Friday, 11th March, 2016' / 'at 2.00 pm in
            # the Council Chamber' / 'AGENDA': a pack's agenda page, headed as a record would be.
            found = replace(found, kind="agenda")
        if found and found.weak and starts and found.kind == starts[-1].kind == "minutes" \
                and found.date != starts[-1].date \
                and (lines[i].page == lines[starts[-1].start].page or not page_top(lines, i)) \
                and not attendance_in(line_window(lines, i, ATTENDED_REACH)) \
                and not _called_to_order(lines, i, found):
            # 'COUNCIL ELECTIONS – 5 MAY 2022' among a record's items, no one listed under it:
            # an item's heading that names a date, not another meeting ('ADJOURNED ANNUAL TOWN
            # MEETING' / 'Tuesday, May 6th, 2003' / 'The adjourned session … was called to
            # order …' is one).
            found = None
        if found and starts and not found.committee and starts[-1].date \
                and found.date != starts[-1].date and is_date_line(found.heading) \
                and not any(lines[n].text for n in range(starts[-1].body_start, i)):
            # 'Minutes of the Parish Council Meeting 4th March 2014' / 'Tuesday, 11 March
            # 2014 09:12' / 'Present': a page's stamp of when it was posted, straight
            # under the record's own dated heading, not another meeting.
            found = None
        if found and found.weak and starts and found.kind == starts[-1].kind == "minutes" \
                and found.date != starts[-1].date and _numbered_on(lines, starts[-1].start, i):
            # 'C123/19 Environment Committee – 8 October 2019' after minute C122/19: the
            # next minute, receiving a committee's minutes, not that committee's meeting.
            found = None
        # A page's running heading, or its footer ('Council - Wednesday, 3rd March, 2021 4',
        # the page's number closing it).
        footer = bool(found) and page_foot(lines, i) \
            and PAGE_NUMBER_END.search(lines[i].text) is not None
        running = bool(found) and (page_head(lines, i) or footer)
        titled = bool(found) and bool(starts) and _title_over(lines, starts[-1], found, i)
        if found and starts and (titled or _same_meeting(starts[-1], found, running, footer)) \
                and not after_agenda \
                and not _another_sitting(lines, starts[-1], i, found.body_start):
            if titled:
                # 'Joint Extra-Ordinary Meeting with Colham Parish Council – 22nd March 2016' /
                # 'Posted: 4th April 2016' / 'MINUTES OF THE JOINT EXTRA-ORDINARY MEETING OF
                # AMBREY … AND COLHAM PARISH COUNCILS …': a page's title over the record's own
                # heading of that day, which names the meeting's body as it names itself.
                starts[-1] = replace(starts[-1], committee=found.committee, heading=found.heading,
                                     body_start=found.body_start, weak=False)
            if starts[-1].kind == "minutes" and found.kind == "agenda" \
                    and not RECORD_NAME_WORDS.search(starts[-1].heading.lower()) \
                    and _venue_only(lines[starts[-1].body_start:i]):
                # 'FULL COUNCIL MEETING – THURSDAY 19 MARCH 2020' / 'MEETING PACK' / 'You are
                # hereby summoned to attend …': a heading naming the meeting alone, its summons
                # just under it, opens that meeting's agenda, not its minutes.
                starts[-1] = replace(starts[-1], kind="agenda")
            if _names_no_body(starts[-1].committee):
                # The record's own heading names the body its page's title did not: kept.
                starts[-1] = replace(starts[-1], committee=found.committee)
            elif found.weak or running or ISSUE_MEETING.match(found.heading):
                # A running heading, or an issue page's 'Meeting: 12/04/2023 - Cabinet (Item
                # 9)' under the same meeting's breadcrumb: no item of its own.
                repeats.update(range(i, found.body_start))
        elif found and starts and found.kind == starts[-1].kind == "agenda" \
                and not any(ENTRY_LINE.match(lines[n].text) and not is_date_line(lines[n].text)
                            for n in range(starts[-1].start, i)):
            # 'Parish Councillors are summoned to' / 'A MEETING …' / 'DATE: …', then the summons
            # sentence again before the first entry (with last year's date left in it): one
            # agenda, dated by its first statement; a summons signed and dated ('13 March 2020')
            # and its pack's contents, then the agenda's own heading, too.
            pass
        elif found:
            if after_agenda and starts[-1].kind == "minutes":
                # The page's heading named the meeting; what it held before 'MINUTES' was the
                # agenda.
                starts[-1] = replace(starts[-1], kind="agenda")
            if found.kind != "report":
                found = replace(found, start=back_over_heading(lines, i))
            starts.append(found)
        i = max(found.body_start, i + 1) if found else i + 1
    return starts, repeats


NUMBERING_REACH = 200


def _numbered_on(lines: list[Line], low: int, i: int) -> bool:
    """Return True if line i opens with the number after the last one a line above it opened
    with (since line low): 'C123/19' after 'C122/19', '12' after '11'."""
    match = NUMBERED.match(lines[i].text)
    if not match:
        return False
    key = number_key(match.group("num"))
    for n in range(i - 1, max(low, i - NUMBERING_REACH) - 1, -1):
        if before := NUMBERED.match(lines[n].text):
            last = number_key(before.group("num"))
            steps = [b - a for a, b in zip(last, key, strict=False) if a != b]
            return len(last) == len(key) and steps == [1]
    return False


def _covering_letter(lines: list[Line]) -> bool:
    """Return True if lines read as a letter sending a meeting's papers, not as its record."""
    return any(PACK_LETTER.search(line.text) for line in lines) \
        and not any(ATTENDANCE_START.match(line.text) for line in lines)


def _under_links_label(lines: list[Line], i: int) -> bool:
    """Return True if line i is in a list of links under a 'Related documents' label: within
    LINKS_REACH lines of it, or within LINKS_REACH entries of a list that closes the paper
    (a document site's 'Similar documents' at its foot, blank lines between the titles)."""
    if any(LINKS_LABEL.match(lines[k].text) for k in range(i - 1, max(-1, i - LINKS_REACH), -1)):
        return True
    # A document site's 'Similar documents' over the paper: its titles in plain type, blank
    # lines between.
    titles = [k for k in range(i - 1, max(-1, i - 2 * LINKS_ENTRIES), -1) if lines[k].text] \
        if not lines[i].heading else []
    for k in titles[:LINKS_ENTRIES]:
        if PAPERS_LIST.match(lines[k].text):
            return True
        if len(lines[k].text.split()) > LINK_WORDS or lines[k].heading:
            break
    if any(line.text for line in lines[i + 1:]):
        return False
    filled = [k for k in range(i - 1, max(-1, i - 2 * LINKS_REACH), -1) if lines[k].text]
    return any(LINKS_LABEL.match(lines[k].text) for k in filled[:LINKS_REACH])


def _links_foot(lines: list[Line]) -> range:
    """Return the lines from a links label in the last two thirds of a page to its end (no
    numbered entry after it), or none."""
    label = next((k for k in range(len(lines) - 1, len(lines) // 3, -1)
                  if LINKS_LABEL.match(lines[k].text)
                  and not BACKGROUND_PAPERS.match(lines[k].text)), None)
    if label is None or any(ENTRY_NUMBER.match(line.text) or len(line.text.split()) > LINK_WORDS
                            for line in lines[label:]):
        # A site's 'Download' button over the paper's own text ('Download' / 'FENNOCK PARISH
        # COUNCIL. Minutes of the Meeting … PRESENT: …' in one long paragraph) labels no links.
        return range(0)
    return range(label, len(lines))


PAPERS_LIST = re.compile(r"^(?:related|similar|recommend(?:ed)?)\s+(?:documents|papers|minutes"
                         r"|publications)\s*:?$", re.I)
"""A document site's label over other papers it holds (not a page's 'Download' of its own)."""
LINK_WORDS = 30
"""A list of links runs on line after line of titles, each of a few words."""


SITE_CONTROL = re.compile(r"^(?:size\s*:|start\s+display\b|download\b|report\b|transcription$)",
                          re.I)
"""A document site's controls under its list of similar papers ('Size: px', 'Start display at
page:', 'Download "…"', 'Transcription')."""


def _links_head(lines: list[Line]) -> range:
    """Return a document site's list of other papers above the paper ('Similar documents' /
    'DRAFT MINUTES OF THE MONTHLY MEETING HELD 12th October 2010' / …): its label in the
    first third, then its titles line after line, one blank line between them or none; or
    none."""
    label = next((k for k in range(len(lines) // 3) if PAPERS_LIST.match(lines[k].text)), None)
    if label is None:
        return range(0)
    k = label + 1
    spaced = False
    while k < len(lines) and len(lines[k].text.split()) <= LINK_WORDS:
        if not lines[k].text:
            nxt = lines[k + 1].text if k + 1 < len(lines) else ""
            if not nxt or SITE_CONTROL.match(nxt):
                # Two blank lines, or the site's own controls ('Size: px', 'Download "…"'),
                # end the titles, one blank line between each.
                break
            spaced = True
        elif spaced and ((k + 1 < len(lines) and lines[k + 1].text) or lines[k].heading):
            # A line with text straight under it (the paper's heading over its title), or one
            # set as a heading, is the paper's own, not a link's title.
            break
        k += 1
    return range(label, k)


def _split_glued_labels(lines: list[Line]) -> list[Line]:
    """Start a new line where report labels are glued to the end of a line ('… To:Pengarth …')."""
    out = []
    for line in lines:
        found = list(REPORT_LABEL.finditer(line.text)) if ":" in line.text else []
        if len(found) >= 2 and found[0].start() > 0:
            out.append(Line(line.text[:found[0].start()].rstrip(), line.page))
            out.append(Line(line.text[found[0].start():], line.page))
        else:
            out.append(line)
    return out


def _numbering_runs_across(lines: list[Line], found: Section) -> bool:
    """Return True when the items' numbers run on across a heading ('115. METRO MAYOR'S …' above
    a page's running heading, '116. GROWTH STRATEGY …' under it): the heading repeats the
    meeting's, and the record began before it."""
    before = [m for i in range(found.start) if (m := ENTRY_NUMBER.match(lines[i].text))]
    after = next((m for i in range(found.body_start, len(lines))
                  if (m := ENTRY_NUMBER.match(lines[i].text))), None)
    return bool(before) and after is not None \
        and int(after.group(1)) == int(before[-1].group(1)) + 1


def _another_sitting(lines: list[Line], previous: Section, i: int, body: int = 0) -> bool:
    """Return True when a heading like the last meeting's, at line i, opens another meeting of
    the same body that day: each lists who attended, and numbered items or the last meeting's
    closing line stood between, or the headings name other kinds of meeting (an annual general
    meeting, then the ordinary meeting that follows it, or the other way round); or a notice
    of a meeting after another's numbered business."""
    between = range(previous.start, i)
    if previous.kind == "agenda" \
            and any(NOTICE_GIVEN.match(lines[n].text) for n in range(i, max(body, i + 1))) \
            and any(ENTRY_LINE.match(lines[n].text) for n in between):
        # A page of notices: 'The Vicar and Wardens call a meeting of the Parishioners …'
        # over its business, then 'The Constables call a meeting of the Parishioners …' that
        # evening over business of its own.
        return True
    kinds = {_meeting_kind(previous.heading), _meeting_kind(lines[i].text)}
    return attendance_in(line_window(lines, i, 4)) \
        and any(attendance_line(lines[n].text) for n in between) \
        and (any(ENTRY_LINE.match(lines[n].text) or SITTING_CLOSED.match(lines[n].text)
                 for n in between)
             or (len(kinds) == 2 and "" not in kinds))


SITTING_CLOSED = re.compile(r"^(?:the\s+)?(?:meeting|AGM|EGM|annual\s+(?:general\s+)?meeting)\s+"
                            r"(?:was\s+)?(?:closed|ended|concluded|finished)\s+at\b", re.I)
"""The line that closes a meeting ('The AGM closed at 7.25 pm and was followed by the ordinary
meeting.'): a heading after it opens another."""


SITTING_KIND = re.compile(r"\b(annual\s+general|annual|extra[\s-]?ordinary|ordinary|special"
                          r"|monthly)\s+meeting\b", re.I)
"""The kind of meeting a heading names ('Minutes of Ordinary Meeting held on', 'Extra Ordinary
Meeting', as some clerks spell it)."""


KIND_SPACES = re.compile(r"[\s-]+")


def _meeting_kind(heading: str) -> str:
    """Return the kind of meeting a heading names, in lower case, or ''."""
    found = SITTING_KIND.search(heading)
    return KIND_SPACES.sub("", found.group(1).lower()) if found else ""


TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,12}\)$")
"""Letters or a short note in brackets closing a committee's name ('Cabinet (HDC)')."""


ATTENDANCE_TITLE = re.compile(r"\s+(?:attendance|attendance\s+list|attendees)$")
"""A body's name titling its list of who attended ('Steering Board Attendance')."""
THIS_DAY = re.compile(r"\bheld\s+(?:on\s+)?(?:this|the\s+above)\s+(?:day|date)\b", re.I)


TITLE_GAP_LINES = 2
"""The most lines between a page's title and the record's heading under it (a post's date)."""


def _title_over(lines: list[Line], previous: Section, found: Section, i: int) -> bool:
    """Return True if previous is a page's title just above the record heading found at line i:
    weak, the same kind and day, no more than a by-line between them, the record naming its
    council."""
    return previous.weak and not found.weak and previous.kind == found.kind \
        and previous.date is not None and previous.date == found.date \
        and bool(body_name([found.committee])) \
        and sum(1 for n in range(previous.body_start, i) if lines[n].text) <= TITLE_GAP_LINES


MEETING_KIND_WORDS = re.compile(r"^(?:(?:regular|ordinary|special|monthly|annual|full)\s+)+")
"""A meeting's kind before its body's name in a running heading ('Regular Council')."""


def _same_meeting(previous: Section, found: Section, running: bool = False,
                  footer: bool = False) -> bool:
    """Return True when a heading repeats the current meeting's (a running page heading), in
    full or by its last words ('Minutes of Cabinet - 17 March 2026' on the pages of 'SPENHOLME
    COUNCIL' / 'CABINET' / 'Tuesday 17 March 2026')."""
    if found.kind == previous.kind == "minutes" and previous.date and found.date is None \
            and THIS_DAY.search(found.heading):
        # 'Thursday 4th July 2019' / 'Minutes of a meeting of the … Group held on this day in
        # the Sail Loft': the sentence is dated by the line above it.
        return True
    if found.kind == "report" or previous.kind == "report" or previous.date != found.date:
        return False
    if footer and found.date:
        # A page's footer naming the body short ('Council - 3rd March,
        # 2021 4') under the record's own full heading of that day.
        return True
    before, now = _record_key(previous.committee), _record_key(found.committee)
    if found.date and UNNAMED_RECORD.match(now):
        # A line that dates the meeting again and names no body ('Tuesday, 10 March 2026 at
        # 19:00, under the presidency of …' over its attendance): the same meeting.
        return True
    if previous.weak and previous.date and UNNAMED_RECORD.match(before):
        # A page's title 'Approved Minutes of Meeting – 16th September 2025', then the record's
        # own heading naming its council for the same day: one meeting.
        return True
    if running and bool(before) and f" {now}".endswith(f" {before}"):
        # A later page's running heading naming the body in full ('RIBBLE AND WYRE COMBINED
        # AUTHORITY - FRIDAY, 13TH MARCH, 2026') where the record's opening sentence named it
        # short ('At a meeting of the Combined Authority held … on Friday, 13th March, 2026').
        return True
    if running and bool(before) and (bare := MEETING_KIND_WORDS.sub("", now).strip()) \
            and bare != now and f" {before}".endswith(f" {bare}"):
        # 'Regular Council Minutes' / 'March 12, 2009' at the head of later pages of the
        # 'COUNTY OF … / MINUTES OF COUNCIL MEETING' of that day: its kind, then the body.
        return True
    if before and _record_key(TRAILING_ASIDE.sub("", previous.committee)) \
            == _record_key(TRAILING_ASIDE.sub("", found.committee)):
        # 'Cabinet (HDC)' over a page's 'Cabinet' of the same day: the letters in brackets
        # say whose cabinet it is, not another committee.
        return True
    if running and not before and now and found.date:
        # 'Agenda' / 'Wednesday, 4 October 2017, 10:00 – 13:00' naming no body, then the next
        # page's running heading 'Transport for … Board - 4 October 2017': the same meeting,
        # its body named at last.
        return True
    listed = ATTENDANCE_TITLE.sub("", now)
    if listed != now and listed and f" {before}".endswith(f" {listed}"):
        # 'Steering Board Attendance - Wednesday 4th September 2019' under the record of the
        # Management Board of that day: the heading of its list of who attended.
        return True
    return before == now or (found.weak and bool(now) and f" {before}".endswith(f" {now}")) \
        or (bool(before) and _decision_notice_key(now) == _decision_notice_key(before))


def _decision_notice_key(key: str) -> str:
    """Return a committee's key as a decision notice inside its minutes names it: 'westholm
    city council licensing sub committee no 3 the committee full decision' is the 'licensing
    sub committee 3' whose page holds it."""
    return " ".join(NOTICE_WORDS.sub(" ", BODY_PREFIX.sub("", key)).split())


def _names_no_body(committee: str) -> bool:
    """Return True if a heading's committee is only a record's words ('Approved Minutes of')."""
    return UNNAMED_RECORD.match(_record_key(committee)) is not None


def _record_key(committee: str) -> str:
    """Return a committee's key without the record's own words ('… Council Minutes', 'Minutes
    of …')."""
    key = RECORD_NAME_WORDS.sub(" ", committee_key(committee)).strip()
    return re.sub(r"^(?:of\s+)?(?:the\s+)?", "", key)


CALLED_TO_ORDER = re.compile(r"\b(?:called\s+to\s+order|(?:re)?convened)\b", re.I)
"""A sitting's opening sentence: 'The adjourned session … was called to order at 7:08 p.m.'."""
TITLE_WORDS = 8


def _called_to_order(lines: list[Line], i: int, found: Section) -> bool:
    """Return True if a dated heading naming a meeting, a short line of its own, has just under
    it the sentence that opens a sitting."""
    title = lines[i].text.strip()
    return bool(MEETING_DATED.search(title)) and len(title.split()) <= TITLE_WORDS \
        and not title.endswith(".") and any(
        CALLED_TO_ORDER.search(text) for _, text in line_window(lines, found.body_start,
                                                                 ATTENDED_REACH))
