"""A record's opening lines: the date and committee they give where no heading does."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from ..records import Line
from .blocks import paragraphs
from .bodies import COMMITTEE_WORDS
from .committees import normalise_committee
from .dates import (
    MONTHS,
    WEEKDAY,
    WEEKDAY_REACH,
    find_dates,
    first_date,
    full_year,
    is_date_and_hours,
    is_date_line,
)
from .heading_context import ATTENDANCE_START, REFERS_BACK
from .meeting_heading import BILINGUAL
from .running_dates import PRINT_STAMP

HEADING_SCAN = 12
PROSE_WORDS = 12
"""Words of a line of prose: a sentence, not a heading or a field."""
FIELD_ROW = re.compile(r"^Date(?:\s*(?:[|,&/]|and)?\s*(?:Time|Venue|Place|Location|Start)){1,3}$",
                       re.I)
"""A table's heading row of a meeting's details: 'Date Time Venue', 'Date | Place'."""
HELD_ON = re.compile(r"\bto\s+be\s+held\s+(?:on\s+)?(?=(?:[A-Z][a-z]+day,?\s+)?\d)")
"""An agenda's own meeting ('… to be held on Tuesday 13 February 2024'); 'held on' alone is
as often an earlier meeting an item names ('Notes of meeting held on 18 July 2018')."""
HELD_AT_ON = re.compile(r"\bto\s+be\s+held\s+(?:in|at)\s+[^.;]{3,120}?\s+on\s+"
                        r"(?=(?:[A-Z][a-z]+day,?\s+)?\d)")
"""An agenda's own meeting with its place before its day ('to be held in the Assembly Room,
Town Hall, …, on Tuesday 9 November 1999')."""
SUMMONED = re.compile(
    r"\b(?:will\s+be\s+held|will\s+meet|will\s+(?:commence|start|begin|take\s+place))\s+"
    r"(?:(?:remotely|virtually|online)\s+)?"
    r"(?:(?:via|by|over|using)\s+[^;,]{1,40}?\s+on\s+"
    r"|at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)?\s+on\s+"
    r"|(?:at|in)\s+(?:the\s+)?[A-Z][^.;]{2,80}?,?\s+on\s+)?"
    r"(?:on\s+)?(?=(?:[A-Z][a-z]+day,?\s+)?\d)")
"""A summons' own meeting ('The next meeting of the Parish Council will be held on …', 'The
Council will meet remotely on …', '… will be held via Zoom 7.30pm on Tuesday …', 'The 2023 AGM
will commence at 14:00 on Wednesday …', '… will be held at the Reading Room, on …'), read near
its line's start: further into a paragraph flattened onto one line it is the minutes' last
item ('The next meeting will be held on …')."""
SUMMONS_LINES = 24
"""Lines of a paper's opening read for its summons."""
SUMMONS_REACH = 200
"""Characters into a line within which a summons' sentence starts."""
RECORD_LINE = re.compile(r"^(?:minutes|notes|agenda)$|^meeting\s+of\b", re.I)
RECORD_HEAD = re.compile(r"\bminutes\s+of\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,5}?meeting$", re.I)
"""A record's heading line ending at its meeting ('… MINUTES OF THE ANNUAL PARISH MEETING')."""
HELD_LINE = re.compile(r"^held\b", re.I)
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
NEXT_LABEL = re.compile(r"\s+(?:[A-Z][A-Za-z]*\s+){0,2}[A-Z][A-Za-z]*\s*:\s")
"""The label of the next field on a line of fields ('… TIME: 19.30 hrs', '… Venue: …')."""
MEETING_WORD = re.compile(r"\b(?:meeting|held)\b", re.I)
MEETING_DATE_REACH = 160
"""Characters after 'meeting' or 'held' within which an opening sentence dates the meeting (a
page whose paragraphs ran together reaches the next meeting's date much later)."""
OTHER_MEETING = re.compile(r"\b(?:next|previous|last|future|forthcoming|earlier|special|such)"
                           r"\s+meetings?(?-i:(?![a-z]))|\bmeetings?\s+(?:of|with)\s+(?:residents|officers)\b"
                           r"|\b(?:approved|confirmed|adopted|ratified|signed)\s+(?:at|by)\s+(?:the\s+)?"
                           r"(?:\w+\s+)?meeting\b"
                           r"|\b(?:approv(?:e|al)|confirm(?:ation)?|adopt(?:ion)?|accept(?:ance)?)\s+"
                           r"(?:of\s+)?(?:the\s+)?minutes\b", re.I)
"""A meeting other than the record's: the next or the last, or the one that approved the record
('Approved at the meeting of 11th March 2019', a page's stamp over the minutes), or the one
whose minutes an item approves ('2. Approval of minutes 17th February 2016')."""
SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
MEETING_OF = re.compile(r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][\w&'’ -]{2,90}?)"
                        r"(?:\s+(?i:held|on|at|in|which|that)\b|\.(?=\s+(?i:present|sederunt))|$)")
"""'… Meeting of the Board held at …'; a Scottish council's 'Minute of Meeting of the OPERATIONAL
DELIVERY COMMITTEE. Present:- …'."""
DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s+(?P<date>[^,]{6,40}?)\.?$")
MINUTE_OF_MEETING = re.compile(
    r"^(?:the\s+)?minutes?\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?meeting\b", re.I)
"""A Scottish record's title after its dateline ('INVERCARRON, 24 June 2025.')."""
HELD_IN_MONTH = re.compile(r"\b(?:held|met)\s+(?:in|(?:early|late)\s+in|at\s+the\s+(?:end|start"
                           r"|beginning)\s+of)\s+(?P<month>" + "|".join(MONTHS)
                           + r")\b(?!\s+\d)", re.I)
"""A meeting said to be held in a month, its day not given ('held in May', 'when they met at
the end of May')."""
_MONTH_NAMES = "|".join(name for name in MONTHS
                        if len(name) > 4 or name in ("may", "mai", "june", "july"))
"""The months' names written out, not their abbreviations ('Mar' is no month in a sentence)."""
HELD_ON_YEARLESS = re.compile(
    r"(?:^|:\s+)(?:draft\s+)?(?:minutes|notes)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"meeting\s+held\s+on\s+(?:[a-z]+day,?\s+)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<after>{_MONTH_NAMES}))\b"
    r"(?![\s,]+(?:19|20)\d\d)", re.I)
"""A record's title saying its meeting was held on a day of a month, no year given ('PARISH
COUNCIL: Draft Minutes of meeting held on Wednesday, July 23 at the Village Hall'), not a show
'held on 16 August' its text tells of."""
RELATIVE_MEETING = re.compile(
    r"\b(?:last\s+(?:week|month)['’]s|(?:at|during)\s+(?:its|their|the)\s+(?:most\s+)?recent)"
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:[Cc]ouncil\s+)?meeting\b")
"""A report's meeting by when it was, as a newspaper tells it: 'last week's Parish Council
meeting', 'at its recent meeting'."""
NAMED_MEETING = re.compile(
    rf"(?:^|(?<=[.:;–-]\s))(?:At|During)\s+(?:the|its|their)\s+(?P<month>(?i:{_MONTH_NAMES}))"
    r"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?\s+(?:(?:[Pp]arish\s+)?[Cc]ouncil\s+)?meeting\b")
"""A report's meeting by its month, or month and day, opening its sentence: 'At the November
21 meeting the chairman …' (not 'for confirmation at the November meeting')."""
MONTH_YEAR_MEETING = re.compile(
    rf"\b(?:from|of|at|during)\s+the\s+(?P<month>{_MONTH_NAMES})\s+(?:19|20)\d\d\s+"
    r"(?:[A-Z][a-z]+\s+){0,2}meeting\b", re.I)
"""A report's meeting by its month and year, its day not given ('two items from the May 2017
meeting of the Parish Council')."""
LIST_BULLETS = "•·▪◦*–- "
PLACE_WORDS = 3
TIME_THEN_DAY = re.compile(rf"\bat\s+\d{{1,2}}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon)?\s+on\s+"
                           rf"(?P<day>(?:{WEEKDAY})\b)", re.I)
"""A meeting's time and day after its venue: '… at 10.00am on Friday 22nd November 2024'."""
TIME_PLACE_DATE = re.compile(r"^\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+[A-Z][^\d]{2,60}?"
                             r"(?:,\s*|\s+)(?P<day>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\S*\s+[A-Z][a-z]+"
                             r",?\s+\d{4})$", re.I)
"""A meeting's time, place and date on one line: '7.30 pm St. Mary's Church Room 20 March 2018'."""
COMMENCING = re.compile(r"^(?:commencing|commenced|starting|beginning)\s+(?:at\s+)?\d{1,2}"
                        r"(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs)?,?\s+(?:on\s+)?(?P<day>\S.*)$",
                        re.I)
"""The hour a meeting began, then its day: 'Commencing 7.30pm, Tuesday 6th March 2018.'"""
PLACE_THEN_DATE = re.compile(
    rf"^(?:held\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][^,–\-:;.]{{2,60}}?\s*(?:[-–,]|\bon\b)\s*"
    rf"(?P<day>(?:(?:{WEEKDAY})\b,?\s*)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z].*)$", re.I)
"""Under the meeting's title, its place and then its date: 'At the Memorial Hall - 9th October
2024 7.00pm'."""
TITLE_OVER_PLACE = re.compile(r"\b(?:meeting|minutes|notes)\s*$", re.I)
"""A meeting's title ending its line ('Hall Trust Management Committee Meeting'), over its place
and date."""
WEEKDAY_FIRST = re.compile(rf"^(?:{WEEKDAY})\b\.?,?\s+(?:the\s+)?\d", re.I)
DATE_THEN_BODY = re.compile(r"^(?P<date>[^-–|]{6,30}?)\s+[-–|]\s+(?:[A-Z][\w&'’-]*\s+){0,6}"
                            r"(?:Board|Council|Committee|Commission|Panel|Authority|Trust|Forum"
                            r"|Group|Cabinet)(?:\s+Meeting)?$")
"""A page's title of a meeting's day and then its body: 'June 6, 2019 - Library Board'."""
TITLE_RECORD_DATE = re.compile(r"^(?P<body>[A-Z].{3,120}?)\s+(?:Minutes?|MINUTES?|Notes|NOTES)"
                               r"\s*[-–:,]?\s+(?P<date>\S.{5,40})$")
"""A record titled by its body, its kind and its date, on a line of its own."""


def dated_by_the_page(day: date, lines: list[Line]) -> bool:
    """Return True if the opening says the meeting was held on another day than day: in
    another month ('… taken from the record of the council's annual meeting held in May.'
    under a news page's 'Friday 20 June 2008', '… meeting held on Wednesday, July 23'), last
    week, or on a day the page does not give ('At the October meeting'): the date is the
    page's, not the meeting's."""
    # An agenda's numbered entries name earlier meetings ('3. To approve … the minutes of the
    # meeting held on Thursday 12th November 2015'): only the lines above them are read.
    entry = next((k for k, line in enumerate(lines) if _entry(line.text)), len(lines))
    held = next((match for line in lines[:entry] if ("held " in line.text or "met " in line.text)
                 and (match := HELD_IN_MONTH.search(line.text))), None)
    # What the record's heading says comes before its attendance list; the items after it
    # name other meetings ('The minutes of the meeting held on 12th March were approved').
    listed = next((k for k, line in enumerate(lines) if ATTENDANCE_START.match(line.text)),
                  len(lines))
    heading = lines[:listed]
    if held is None:
        # '… Draft Minutes of meeting held on Wednesday, July 23 …' under a paper's dateline of
        # 7th August 2003: the day the paper went out, not the meeting's.
        held = next((match for line in heading if "held on" in line.text
                     and (match := HELD_ON_YEARLESS.search(line.text))), None)
    if held is not None:
        month = held.group("month") or held.groupdict().get("after")
        return MONTHS[month.lower()] != day.month
    text = " ".join(line.text for line in heading if line.text)
    month_year = MONTH_YEAR_MEETING.search(text)
    if RELATIVE_MEETING.search(text) or (month_year and MONTHS[
            month_year.group("month").lower()] != day.month):
        # 'the first business at last week's Parish Council meeting', '… from the May 2017
        # meeting of Westcote Parish Council' under 'Wednesday, 14 June 2017': a news page's
        # dateline.
        return True
    named = NAMED_MEETING.search(text)
    # 'At the November 21 meeting the chairman …' under 'Thursday 6th December 2001'; 'At the
    # October meeting …' under '24th October 2013' gives no day at all.
    return named is not None and (MONTHS[named.group("month").lower()] != day.month
                                  or named.group("day") is None
                                  or int(named.group("day")) != day.day)


_CLOCK = (r"(?<![\d/.:])(?:\d{1,2}[.:]\d\d\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)?"
          r"|\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?))(?![\d/:])")
"""A clock time as clerks write a meeting's hour: '7.30pm', '7 pm', '19:00', '10.00 hrs'."""
CLOCK_AFTER = re.compile(rf"^[\s,]*(?:(?:at|from|commencing|starting)\s+|[-–]\s*)?{_CLOCK}", re.I)
CLOCK_BEFORE = re.compile(rf"{_CLOCK}\s*(?:on\b|,|[-–])?\s*(?:(?:{WEEKDAY})\b\.?,?\s+)?$", re.I)
"""A meeting's hour beside its date: 'Thursday 5th October 2023 at 7pm', '5 October 2023,
7.15 pm', '14:00 on 2nd March 2022'."""
OTHER_TIME = re.compile(r"\b(?:posted|published|updated|printed|issued|circulated|uploaded|created"
                        r"|modified|despatched|dispatched|sent|next|previous|last|following"
                        r"|deadline|closing|expires?|until|by)\b", re.I)
"""Words that make a line's day another event's than the meeting's: when a page was posted or
printed, the next meeting, a deadline."""
WRAPPED_DAY = re.compile(r"(?<![\d.:/])(?P<day>[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?)$", re.I)
"""A day of the month ending a line, its month and year on the next ('… 7pm 5th of')."""


def labelled_day(texts: list[str]) -> date | None:
    """Return the date the first line labelled as the meeting's date gives ('Date: October 16,
    2025', 'DATE: 22nd March 2011'), or None."""
    for text in texts:
        labelled = DATE_LABEL.match(text)
        rest = labelled and (labelled.group("rest") or labelled.group("cell"))
        # 'Date: | Monday, March 10, 2014 |': a table copied as text keeps its cells' bars.
        rest = rest and rest.strip(" |")
        if rest and (following := NEXT_LABEL.search(rest)):
            # 'DATE: Tuesday 9th June 2009 TIME: 19.30 hrs VENUE: …': the record's
            # fields run on one line, each value ending at the next field's label.
            rest = rest[:following.start()]
        if rest and (is_date_line(rest) or is_date_and_hours(rest)):
            return first_date(rest)
        if rest and (short := SHORT_FIGURES.fullmatch(rest.strip())):
            # 'Date: 11-02-16': the field's value in figures, its year in two, day first as
            # 'held 3.7.23' reads.
            try:
                return date(full_year(int(short.group(4))), int(short.group(3)),
                            int(short.group(1)))
            except ValueError:
                return None
    return None


SHORT_FIGURES = re.compile(r"([0-3]?\d)([-/.])([01]?\d)\2(\d\d)\.?")


REPORTED_MEETING = re.compile(
    r"\b(?:at|during)\s+(?:the|a|last\s+\w+['’]s)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+Council)\s+on\s+"
    r"(?P<when>[A-Z][\w]*,?\s+[\w ,]{3,30})")
"""A news report's sentence naming the meeting it reports ('… moved a step forward at the
meeting of Polvean Town Council on Tuesday, June 4.')."""
REPORT_SCAN = 40


def reported_meeting(lines: list[Line]) -> tuple[str, str] | None:
    """Return the council and the day (as written) of the meeting a report's opening
    paragraphs name, or None."""
    text = " ".join(line.text for line in lines[:REPORT_SCAN] if line.text)
    match = REPORTED_MEETING.search(text)
    return (match.group("body"), match.group("when")) if match else None


def record_heading_date(lines: list[Line]) -> date | None:
    """Return the date under a record's heading before its attendance and first item
    ('PARISH COUNCIL MINUTES OF THE ANNUAL PARISH MEETING' / 'held in the Memorial Hall on
    Tuesday 14th October 2021'), however far down a page's account of meetings before it ('At
    its meeting on 9th June 2021 the Council agreed …') pushes it; None if there is none."""
    filled = [line.text for line in _opening_lines(lines) if line.text]
    return next((day for before, text in itertools.pairwise(filled)
                 if RECORD_HEAD.search(before) and HELD_LINE.match(text)
                 and (day := first_date(text))), None)


TITLED_MEETING = re.compile(r"^(?:[A-Z&][\w&'’.-]*\s+){1,8}(?:Meeting|Minutes)\s*[-–—,:]\s*"
                            r"(?P<date>.{6,40})$")
"""A line naming a meeting, then its date after a dash, comma or colon ('Budget & Finance
Committee Meeting – October 16, 2019')."""


def titled_day(texts: list[str]) -> date | None:
    """Return the day the first line naming its meeting, then the date, gives, or None."""
    for text in texts:
        titled = TITLED_MEETING.match(text)
        if titled and is_date_line(titled.group("date")):
            return first_date(titled.group("date"))
    return None


MEETS_SOON = re.compile(r"\b(?:will\s+meet|meets|is\s+meeting)\s+(?P<when>tonight|this\s+evening"
                        r"|tomorrow)\b", re.I)
"""A post telling of its meeting by the day it was posted ('The Town Council will meet
tomorrow night (Tuesday) at 7 p.m.')."""


def posted_soon_day(texts: list[str], posted: date) -> date | None:
    """Return the day a post's 'will meet tomorrow' or 'meets tonight' gives, counted from the
    day it was posted, or None."""
    for text in texts:
        if soon := MEETS_SOON.search(text):
            return posted + timedelta(days=soon.group("when").lower() == "tomorrow")
    return None


def summoned_day(texts: list[str]) -> date | None:
    """Return the day a paper's opening summons its meeting for ('… to be held on Tuesday 13
    February 2024', 'The next meeting of the Parish Council will be held on …'), or None."""
    for k, text in enumerate(texts):
        if k + 1 < len(texts) and HELD_AT_END.search(text):
            # '… which will be held' / 'at the Reading Room, Pen-y-Dyfrig, on Thursday …': the
            # sentence wrapped after its verb.
            text = f"{text} {texts[k + 1]}"
        held = HELD_ON.search(text) or SUMMONED.search(text[:SUMMONS_REACH])
        if held and (day := first_date(text[held.end():])):
            return day
    return None


HELD_AT_END = re.compile(r"\bwill\s+be\s+held$")
"""A summons' sentence broken after its verb, its place and day on the next line."""


def opening_date(lines: list[Line]) -> date | None:
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
    # A bilingual notice's summons may come second, under the other language's
    # ('Tionólfar …' / 'The next Meeting … will be held on Tuesday 8th February, 2022').
    if day := summoned_day(filled[:SUMMONS_LINES]):
        return day
    for paragraph in paragraphs(_opening_lines(lines)):
        held = HELD_AT_ON.search(paragraph.text)
        if held and (day := first_date(paragraph.text[held.end():])):
            # '… to be held in the Assembly Room, Town Hall, 4 Quay Road, Harton
            # Vale, on Tuesday 9 November 1999': the place, then the day.
            return day
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
    if day := labelled_day(filled):
        return day
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
        # 'Monday, 2 February 2026, at 10.00 am in the Main Conference Room, …', alone or
        # after the same in another language ('Dé Máirt, 12 Márta 2024 / Tuesday, …').
        found = _weekday_first(text) or _weekday_first(text.rsplit(BILINGUAL, 1)[-1].strip())
        if found:
            return found
        named = DATE_THEN_BODY.match(text)
        if named and is_date_line(named.group("date")):
            # 'June 6, 2019 - Library Board': a document site's title, the meeting's day and
            # then its body.
            return first_date(named.group("date"))
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
        clocked = TIME_PLACE_DATE.match(text)
        if clocked and is_date_line(clocked.group("day")):
            # '7.30 pm St. Mary's Church Room 20 March 2018' under the meeting's title: its
            # time, its place and its date.
            return first_date(clocked.group("day"))
        started = COMMENCING.match(text)
        if started and is_date_line(day := started.group("day").split(". ")[0].rstrip(".")):
            # 'Commencing 7.30pm, Tuesday 6th March 2018. Held at the Pavilion, …' under the
            # record's title: when it began, then where.
            return first_date(day)
        timed = TIME_THEN_DAY.search(text)
        if timed and is_date_line(text[timed.start("day"):]):
            # 'Quay House, Ellmouth at 10.00am on Friday 22nd November 2024': where the
            # meeting sat, at what time, on what day, under its title.
            return first_date(text[timed.start("day"):])
    for text, after in itertools.pairwise(filled[:HEADING_SCAN]):
        wrapped = WRAPPED_DAY.search(text)
        if wrapped and is_date_line(day_line := f"{wrapped.group('day')} {after}"):
            # 'Village Hall, Cwmgarth, 7pm 5th of' / 'November 2022': where and when,
            # the date wrapped after its day.
            return first_date(day_line)
    # '• 10 June 2025 - 10:00AM': a meeting page's details may be listed with bullets.
    listed = next((first_date(text) for text in filled
                   if is_date_and_hours(text.lstrip(LIST_BULLETS))), None)
    return listed or next((day for text in filled[:HEADING_SCAN]
                           if (day := _when_it_met(text))), None)


def _when_it_met(text: str) -> date | None:
    """Return the date of a line of the opening that gives it with the meeting's hour ('The
    Institute, Thursday 5th October 2023 at 7pm', '5 October 2023 at 7.15 pm in the Old
    School'), unless the line names another event's day (a post's, a print's, the next
    meeting's)."""
    found = list(itertools.islice(find_dates(text), 2))
    if len(found) != 1 or len(text.split()) > PROSE_WORDS or OTHER_TIME.search(text) \
            or PRINT_STAMP.match(text):
        # A sentence, or a line of two days, may tell of any event: the meeting's own day and
        # hour stand on a short line of their own.
        return None
    day, start, end = found[0]
    return day if CLOCK_AFTER.match(text[end:]) or CLOCK_BEFORE.search(text[:start]) else None


def opening_committee(lines: list[Line]) -> str:
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
    return [sentence for paragraph in paragraphs(_introduced(_opening_lines(lines)))
            for sentence in SENTENCE_END.split(paragraph.text)
            if MEETING_WORD.search(sentence) and not OTHER_MEETING.search(sentence)
            and not REFERS_BACK.search(sentence)]


def _introduced(lines: list[Line]) -> list[Line]:
    """Return lines up to the first heading under a paragraph of prose: a page's introduction
    ('We publish the committee's responses here.') over its first entry ends the opening, and
    the entries' own sentences ('At its meeting on 10 June the Committee agreed …') tell of
    other days."""
    prose = False
    for k, line in enumerate(lines):
        if prose and line.heading:
            return lines[:k]
        prose = prose or (not line.heading and len(line.text.split()) >= PROSE_WORDS
                          and line.text.rstrip()[-1:] in ".:")
    return lines


def _weekday_first(text: str) -> date | None:
    """Return the date of a line that opens with its weekday, within the weekday's reach."""
    found = next(find_dates(text), None) if WEEKDAY_FIRST.match(text) else None
    return found[0] if found and found[1] <= WEEKDAY_REACH else None


def _opening_lines(lines: list[Line]) -> list[Line]:
    """Return a record's lines before its attendance and its first numbered item, without a
    page's list of links to other papers ('In this section' / '14th May 2018 Annual Meeting' /
    '12th March 2018'): their dates are other meetings'."""
    opening = list(itertools.takewhile(
        lambda line: not _entry(line.text) and not ATTENDANCE_START.match(line.text)
        and not line.text.lower().startswith("apologies"), lines))
    label = next((k for k, line in enumerate(opening) if OTHER_PAPERS.match(line.text)), None)
    if label is None:
        return opening
    end = label + 1
    while end < len(opening) and not opening[end].text:
        end += 1
    while end < len(opening) and opening[end].text \
            and len(opening[end].text.split()) <= LINK_TITLE_WORDS:
        end += 1
    return opening[:label] + opening[end:]


OTHER_PAPERS = re.compile(r"^(?:in\s+this\s+section|(?:related|similar|recent|more|other)\s+"
                          r"(?:documents|papers|meetings|minutes|pages|posts))\s*:?$", re.I)
"""A page's label over its links to other papers (not 'Download', its own file's)."""
LINK_TITLE_WORDS = 8


ENTRY_LINE = re.compile(r"^\d{1,3}(?:\.\d{1,2}(?!\s*[AaPp]\.?[Mm]\b))?[a-z]?(?:[.)]\s*|\s+)[A-Z]"
                        r"|^\d{1,4}/\d{1,4}[.:]?\s+[A-Z]|^[IVX]{1,5}[.)]\s+[A-Z]{2}")
"""A numbered item's line, its number perhaps decimal ('1.0 Minutes', not '6.00 PM') or with a
committee's letter ('45p. Apologies'), a minute's running reference ('19/41 APOLOGIES'), or a
roman figure before a heading in capitals ('III. NEW BUSINESS')."""


def _entry(text: str) -> bool:
    """Return True for a numbered item's line ('1 APOLOGIES', '45p. Apologies'), not a date
    ('10 Dec 2025') or a letterhead's address ('7 Heol y Felin Uchaf, Blaen Dyfrig, NP99 4QX')."""
    return ENTRY_LINE.match(text) is not None and next(find_dates(text), (None, 1))[1] != 0 \
        and not ADDRESS_POSTCODE.search(text)


ADDRESS_POSTCODE = re.compile(r",\s*[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\.?$")
"""A postcode closing an address line."""
