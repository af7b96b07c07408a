"""Turn a document's text into meetings and agenda items: the one entry point, parse_document()."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from ..records import Document, Line, Meeting
from .blocks import paragraphs
from .bodies import body_name
from .chains import MIN_CHAIN
from .cleanup import clean_pages
from .committees import committee_key
from .dates import WEEKDAY, first_date, yearless_date
from .decision_pages import decision_pages
from .decision_record import decision_record
from .decisions import decisions
from .drafts import (
    Draft,
    agenda_items,
    apply_meta,
    attach_report,
    before_business,
    decision_draft,
    decision_taker,
    draft_meeting,
    meetings_within,
    page_drafts,
    paged_contents,
)
from .guided import agenda_guided
from .heading_context import attendance_line
from .initials import initials_map
from .inline_items import labels_apart, records_apart
from .item_records import meeting_records, reads_as_minutes
from .line_fixes import wrapped_dates_joined
from .meeting_bodies import OPENING_SCAN, name_bodies, site_name
from .mentions import mentions
from .name_book import without_surname_rows
from .record_opening import (
    dated_by_the_page,
    labelled_day,
    opening_date,
    posted_soon_day,
    record_heading_date,
    reported_meeting,
    summoned_day,
    titled_day,
)
from .running_dates import running_date
from .section_record import Section
from .sections import find_sections

BLANK_PAGE = re.compile(r"^this page is intentionally (?:left )?blank\.?$", re.I)
YEARLESS_SCAN = 12
HELD_YEARLESS = re.compile(rf"\b(?i:held\s+on)\s+(?=(?i:{WEEKDAY})\b)")
"""'HELD ON MONDAY 15TH JULY': the record's own words for its meeting's day."""
YEARLESS_LINE = re.compile(rf"^(?i:{WEEKDAY}),?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
                           r"|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\.?$")
"""A line that is a weekday, a day and a month alone ('Tuesday 9 November', 'Tuesday, November
9'), no year."""
HEADING_AFTER = 3
"""Lines after a record's heading that may still be its title ('HELD ON MONDAY 15TH JULY')."""
"""The lines of a record with no dated heading in which 'held on Tuesday 10th October' is read."""
AGENDA_WORD = re.compile(r"\bagenda\b(?!\s+items?\b)", re.I)
"""A paper naming itself an agenda ('Please find below the agenda …'), not an agenda item."""


def parse_document(doc: Document) -> list[Meeting]:
    """Return the meetings recorded in a document, each with its agenda items in order."""
    lines = records_apart(labels_apart(wrapped_dates_joined(
        [line for line in clean_pages(doc.pages, paged=doc.kind == "pdf")
         if not BLANK_PAGE.match(line.text)])))
    pages = decision_pages(lines)
    record = None if pages else decision_record(lines)
    if pages:
        sections, drafts = page_drafts(pages, lines)
    elif record is not None:
        section = Section("minutes", 0, len(lines), record.maker, record.day,
                          lines[0].text if lines else "", body_start=record.title_end)
        sections, drafts = [section], [decision_draft(record, section, lines)]
    else:
        sections, lines = find_sections(lines)
        sections = [part for section in sections for part in meetings_within(section, lines)]
        drafts = []
        for section in sections:
            if section.kind == "report":
                attach_report(drafts, section, lines)
            else:
                drafts.append(draft_meeting(section, lines, doc, drafts[-1] if drafts else None))
    drafts = _stub_folded(drafts)
    if any(d.section.kind == "agenda" for d in drafts) \
            and all(d.section.kind == "agenda" and len(d.items) == 1 for d in drafts
                    if any(item.title for item in d.items)):
        # An agenda paper on its own: its entries are the items. In a pack the reports are. A
        # page's heading over the agenda ('Council Meeting - 23 June 2021') holds no item.
        for draft in drafts:
            agenda_items(draft, lines)
    for draft, after in itertools.pairwise(drafts):
        if draft.section.kind == "agenda" and len(draft.items) == 1 \
                and after.section.kind == "minutes" and draft.date and after.date \
                and after.date < draft.date and not paged_contents(draft, lines) \
                and not any(section.kind == "report" for section in sections):
            # A notice of meeting with the last meeting's draft minutes attached and no reports:
            # its entries are its items. A pack's contents, which give each paper's pages or
            # come with reports, are its front sheet ('Agenda').
            agenda_items(draft, lines)
    for before, draft in itertools.pairwise(drafts):
        if draft.section.kind == "agenda" and len(draft.items) == 1 \
                and before.section.kind == "minutes" and before.date and draft.date \
                and before.date < draft.date \
                and not any(section.kind == "report" for section in sections):
            # Minutes with the next meeting's agenda under them: its entries are its items.
            agenda_items(draft, lines)
    if drafts and drafts[0].date is None and not drafts[0].committee \
            and (taker := decision_taker(lines[drafts[0].section.start:drafts[0].section.end])):
        # A record of decisions whose every form names its taker and the meeting's date
        # ('Decision Taker' / 'Cabinet on 14 April 2026'): that meeting's.
        drafts[0].committee, drafts[0].date = taker
    name_bodies(drafts, lines, doc)
    apply_meta(drafts, doc)
    whole = "\n".join(line.text for line in lines)
    for draft in drafts:
        if draft.date is None and (draft is drafts[0] or draft.section.heading) \
                and (day := yearless_date(" ".join(
                    line.text for line in lines[draft.section.start:max(
                        draft.section.body_start + 3, draft.section.start + YEARLESS_SCAN)]
                    if line.text) or draft.section.heading, whole)):
            # 'held on Tuesday 8th April at 7.30pm' under 'Minutes – April 2025': the year the
            # paper gives that month (or that day, in figures) in which that day is a Tuesday;
            # each meeting of a volume's page so ('… FINANCE COMMITTEE ON TUESDAY 12th' /
            # 'FEBRUARY AT 7.15PM' under 'BRINDLECOTE PARISH COUNCIL MINUTES 2013').
            draft.date, draft.date_from = day, "text"
    # A web page's fields set apart by blank lines may push the date past the opening's
    # lines: its first lines with text are read next.
    opening = lines[:OPENING_SCAN]
    day = (record_heading_date(lines[:drafts[0].section.end]) or opening_date(opening)) \
        if drafts and drafts[0].date is None else None
    if drafts and drafts[0].date is None and day is None:
        opening = _filled_lines(lines, OPENING_SCAN)
        day = opening_date(opening)
    if day and not dated_by_the_page(day, opening):
        # Neither a meeting heading nor the file's path dates it: its opening lines may; a
        # post's 'The Town Council will meet tomorrow night' under its date, the day after.
        drafts[0].date = posted_soon_day([line.text for line in opening], day) or day
        drafts[0].date_from = "text"
    if drafts and all(draft.date is None for draft in drafts) \
            and (day := running_date(doc.pages)):
        # 'Ashby Town Council – Full Council – 7 June 2012 – Page 2 of 4' heading every
        # page of a record whose own heading gave no date.
        for draft in drafts:
            draft.date, draft.date_from = day, "text"
    reported = reported_meeting(lines) if drafts and drafts[0].date is None \
        and not drafts[0].committee else None
    if reported and (day := first_date(reported[1]) or yearless_date(
            reported[1], "\n".join(line.text for line in lines))):
        # A news report of a council's meeting: 'at the meeting of Polvean Town Council on
        # Tuesday, June 4', the year from the report's own dateline.
        drafts[0].date, drafts[0].date_from = day, "text"
        drafts[0].committee = body_name([reported[0]])
    if drafts and not drafts[0].committee and (site := site_name(doc.title)):
        # '12 May 2022 | Kelso Rivers Trust': a body that is no council,
        # its minutes on its own site, named by the page's title.
        drafts[0].committee, drafts[0].committee_from = site, "text"
    for draft, after in itertools.pairwise(drafts):
        if after.date is None and after.section.same_day:
            # 'Ordinary Meeting' / '9.10pm, the same place' after the record's AGM, which
            # only the record's opening lines dated: the same day.
            after.date, after.date_from = draft.date, draft.date_from
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
                agenda_items(draft, lines)
            after.items = agenda_guided(after.items, draft.items)
    for draft in drafts:
        if (met := _met_on(lines, draft, whole)) is not None:
            # 'Posted 31 March 2009' / 'The Burial Ground Committee … met in the Church Room on
            # Tuesday 17th March.': a report of the meeting, dated by the day it says it met.
            draft.date, draft.date_from = met, "text"
        elif (fielded := _fielded_day(lines, draft)) is not None:
            # 'Notice of Council Meeting & Agenda' / '19 February 2009' (posted) / 'Formal
            # meeting of the Island Council' / 'Date: Thursday, 26th February 2009'.
            draft.date, draft.date_from = fielded, "text"
    for draft in drafts:
        if draft.date and (own := _heading_yearless(lines, draft, whole)) \
                and (own.month, own.day) != (draft.date.month, draft.date.day):
            # 'Forum – Minutes 15th July 2013' (a post's title) over 'MINUTES OF MEETING … HELD
            # ON MONDAY 15TH JULY': the record's own heading gives its day, with no year; a
            # day the page gave before it (another post's open day) is not the meeting's.
            draft.date, draft.date_from = own, "text"
    for draft in drafts:
        if draft.section.kind == "agenda" and _records_decisions(draft) \
                and not any(section.kind == "report" for section in sections):
            # 'Agenda for … meeting to be held on …' over 'It was RESOLVED that …' under item
            # after item: the clerk kept the agenda's heading for the minutes.
            draft.section = replace(draft.section, kind="minutes")
    drafts = _without_listed_page(drafts)
    paras = paragraphs(lines)
    # Names the text gives by initials alone ('P. Agate') name no one more fully than the
    # attendance list does: they are not used to complete other mentions.
    people = without_surname_rows([m.person for p in paras for m in mentions(p.text)
                                   if m.person.first or m.person.honorific
                                   or not m.person.initials])
    text = "\n".join(line.text for line in lines)
    initials = initials_map(text)
    meetings = meeting_records(drafts, doc, people, initials, text)
    if reads_as_minutes(meetings):
        return meetings
    if any(AGENDA_WORD.search(line.text) for line in lines[:OPENING_SCAN]) \
            and any(len(m.items) >= 2 and all(i.title for i in m.items) for m in meetings):
        # An agenda whose heading was not recognised ('Agenda' over entries that only say what
        # the meeting will do): its entries, not nothing.
        return [replace(m, kind="agenda") for m in meetings]
    return []


SIGN_OFF_LINES = 3
"""Lines after an agenda's last entry, before the next heading: the clerk's name and date, a
notice on recording."""


STUB_WORDS = 12
STUB_LINES = 3
"""The most words and lines of a page's furniture read as a meeting of its own before the
record."""


def _stub_folded(drafts: list[Draft]) -> list[Draft]:
    """Fold a first 'meeting' of a line or two, one unnumbered item, into the minutes after it:
    a post's date and title over the record ('Parish Council Minutes 3/12/2024'), a document
    site's buttons ('Download Report this document Share'), dated by the page, not the meeting."""
    if len(drafts) < 2 or drafts[0].section.kind != "minutes" or len(drafts[0].items) != 1 \
            or drafts[0].items[0].number:
        return drafts
    filled = [line.text for line in drafts[0].items[0].lines if line.text]
    if drafts[1].section.kind == "agenda" and drafts[0].section.weak \
            and drafts[0].date == drafts[1].date and len(filled) <= STUB_LINES \
            and not any(text.endswith(".") for text in filled):
        # 'Council Meeting – 9 May 2023' / 'Oxcombe Council Meeting on 9 May 2023 at the
        # Village Hall, at 7:30pm' over that day's summons: the page's title and its line of
        # when and where, no meeting of their own.
        return drafts[1:]
    if drafts[1].section.kind != "minutes":
        return drafts
    if len(filled) > STUB_LINES or sum(len(text.split()) for text in filled) >= STUB_WORDS:
        return drafts
    first, record = drafts[0], drafts[1]
    if first.committee and record.committee \
            and committee_key(first.committee) not in committee_key(record.committee) \
            and committee_key(record.committee) not in committee_key(first.committee):
        # Two bodies' headings: two meetings, however short the first.
        return drafts
    if first.committee and (not record.committee or (
            committee_key(first.committee) in committee_key(record.committee)
            and any(c.isdigit() for c in record.committee))):
        # 'LICENSING COMMITTEE' over 'LICENSING COMMITTEE - 3RD MAY 2017': the body's name,
        # not its heading run on into the date ('X Parish Council — Planning Committee' keeps
        # its committee).
        record.committee = first.committee
    record.items[:0] = first.items
    return drafts[1:]


LISTED_FURNITURE = re.compile(r"^(?:\d{1,2}\.?\s+[^a-z]+|[^.]{1,80}\b\d{1,3}\s+of\s+\d{1,3})$")
"""Lines between a contents list's entries: a section's number and heading in capitals, under
which its numbered entries stand ('3. CONFIRMATION OF MINUTES'), or a running line with its page
('Resolutions In Brief 20 June 2023 2 of 14')."""


def _listed_line(text: str) -> bool:
    """Return True for an empty line or a contents list's furniture between its entries."""
    return not text or bool(LISTED_FURNITURE.match(text))


def _without_listed_page(drafts: list[Draft]) -> list[Draft]:
    """Drop a meeting page's list of its items ('• 1 Welcome and Apologies' / '• 2 …', nothing
    under them but, after the last, the minutes' own heading line or the clerk's sign-off) when
    the minutes of the same meeting follow on the page under those titles; a paper's contents
    too, its sections' headings and running lines between its entries."""
    kept: list[Draft] = []
    for k, draft in enumerate(drafts):
        after = drafts[k + 1] if k + 1 < len(drafts) else None
        listed = {" ".join(item.title.lower().split()) for item in draft.items if item.title}
        if after is not None and draft.date is not None and draft.date == after.date \
                and draft.committee in ("", after.committee) and len(listed) >= MIN_CHAIN \
                and all(_listed_line(line.text) for item in draft.items[:-1]
                        for line in item.lines) \
                and sum(bool(line.text) for line in itertools.takewhile(
                    lambda line: not line.heading, draft.items[-1].lines)) <= SIGN_OFF_LINES \
                and 2 * len(listed & {" ".join(item.title.lower().split())
                                      for item in after.items}) > len(listed):
            continue
        kept.append(draft)
    return kept


BODY_MET = re.compile(r"\b(?:[Cc]ommittee|[Cc]ouncil|[Gg]roup|[Bb]oard|[Pp]anel|[Tt]rustees"
                      r"|[Pp]artnership|[Ff]orum)\b(?:\s+of\s+[^.]{1,60}?)?\s+(?:met|convened)\b"
                      r"[^.]{0,80}?\bon\s+(?:[A-Z][a-z]+day,?\s+)?\d[^.]*"
                      r"|^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:met|convened)\s+on\s+"
                      r"(?:[A-Z][a-z]+day,?\s+)?\d[^.]*"
                      r"|^(?:An?|The)\s+(?:\w+\s+){0,2}[Mm]eeting\s+of\s+(?:the\s+)?[^.]{1,60}?\s+"
                      r"was\s+held\s+on\s+(?:[A-Z][a-z]+day,?\s+)?\d[^.]*")
"""A report's sentence saying when the body met ('The Burial Ground Committee of Hatherby
Parish Council met in the Church Room on Tuesday 17th March', 'The States convened on
Wednesday 17th January 2024 for their Christmas Meeting'), or a record's opening one ('A
Meeting of the Parish Council was held on 27th October 2020 at 7.00pm via Zoom.', under the
date the clerk sent the minutes out)."""
MET_REACH = 12
"""Lines of a meeting's opening read for the sentence saying when it met."""
REPORT_DELAY = 62
"""Days a report of a meeting may be dated after the meeting it reports."""


def _met_on(lines: list[Line], draft: Draft, text: str) -> date | None:
    """Return the day a report's opening says its meeting was held on: for an undated draft,
    if the sentence gives its year; else if it is not the day the draft was dated by and falls
    in the weeks before it (a post's or a page's date)."""
    for line in lines[draft.section.start:draft.section.start + MET_REACH]:
        said = BODY_MET.search(line.text) if " met " in line.text or " held on " in line.text \
            or " convened " in line.text else None
        if said is None:
            continue
        if draft.date is None:
            # 'The Parish Council met on Monday 8th March 2021 at the school.' opening
            # an undated report: that day, when it gives its year.
            return first_date(said.group(0))
        day = first_date(said.group(0)) or yearless_date(said.group(0), text)
        if day is not None and day < draft.date and (draft.date - day).days <= REPORT_DELAY:
            return day
        return None
    return None


def _heading_yearless(lines: list[Line], draft: Draft, whole: str) -> date | None:
    """Return the day a record's own heading gives by weekday, day and month with no year
    ('HELD ON MONDAY 15TH JULY AT 7.30PM'), its year from the paper, or None."""
    section = draft.section
    top = next((k for k in range(section.start, section.body_start)
                if section.heading and lines[k].text == section.heading), section.start)
    heading = " ".join(line.text for line in lines[top:min(
        section.body_start + HEADING_AFTER, top + YEARLESS_SCAN, section.end)] if line.text)
    # A heading that dates its meeting in full ('… held on 3rd June 2014') is read as it is; an
    # agenda's day is the coming meeting's. A post's title dated in full over it ('Minutes 15th
    # March 2023' / 'Held on Tuesday 14th March …') is the day it was posted.
    held = HELD_YEARLESS.search(heading)
    if held is None and section.kind == "minutes":
        # 'Sunday, 14 November 2010' (posted) / 'Pelling Gardens AGM 2010' / 'Minutes' /
        # 'Tuesday 9 November': the record's own line of its day, alone under its title.
        opening = lines[top:min(top + YEARLESS_SCAN, section.end)]
        listed = next((k for k, line in enumerate(opening) if attendance_line(line.text)),
                      len(opening))
        return next((day for line in opening[:listed]
                     if YEARLESS_LINE.match(line.text) and first_date(line.text) is None
                     and (day := yearless_date(line.text, whole))), None)
    return yearless_date(heading[held.start():], whole) \
        if held and section.kind == "minutes" and first_date(heading[held.start():]) is None \
        else None


def _fielded_day(lines: list[Line], draft: Draft) -> date | None:
    """Return the day a meeting's own date field, summons, titled line ('Budget & Finance
    Committee Meeting – October 16, 2019') or 'will meet tomorrow' gives, under a heading
    dated only by a bare date line (the day a page was posted or a letter sent), when it
    differs from that date by no more than REPORT_DELAY days; else None."""
    section = draft.section
    if not section.weak or draft.date is None or draft.date != section.date:
        return None
    reach = min(section.end, section.body_start + MET_REACH)
    texts = before_business([line.text for line in lines[section.body_start:reach] if line.text])
    day = labelled_day(texts) or summoned_day(texts) or titled_day(texts) \
        or posted_soon_day(texts, draft.date)
    return day if day is not None and day != draft.date \
        and abs((day - draft.date).days) <= REPORT_DELAY else None


RECORDED_ITEMS = 3
"""The fewest items an agenda's entries must record decisions in to be minutes."""


def _records_decisions(draft: Draft) -> bool:
    """Return True if half or more of a draft's items, and at least RECORDED_ITEMS, record a
    decision taken (resolved, carried, lost or agreed), as minutes do and an agenda cannot."""
    taken = sum(decisions([p.text for p in paragraphs(
        [Line(item.first_body, item.page), *item.lines])])[0]
                in ("resolved", "carried", "lost", "agreed") for item in draft.items)
    return taken >= RECORDED_ITEMS and 2 * taken >= len(draft.items)


def _filled_lines(lines: list[Line], count: int) -> list[Line]:
    """Return the lines up to the count-th that holds text (a web page's blank lines between
    its fields count for nothing)."""
    filled = [k for k, line in enumerate(lines) if line.text]
    return lines[:filled[count - 1] + 1] if len(filled) >= count else lines
