"""Headings a page repeats or pairs (a running head, a body over a date) and a pack's reports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import Line
from .blocks import FUNCTION_WORDS, is_title_like, is_upper_heading
from .committees import DISCLAIMER, normalise_committee
from .dates import WEEKDAY, find_dates, first_date, full_year, is_date_line
from .heading_context import page_top
from .section_record import SIGNED_ROLE, Section, line_window, plausible_committee

BODY_WORDS = re.compile(
    r"\b(?:committee|council|partnership|board|group|commission(?:ers)?|panel|cabinet|forum|authority"
    r"|assembly|executive|trust|trustees|association|sub-committee|meeting|agm)\b", re.I)
DANGLING_WORDS = frozenset("of the and for to on at held dated".split())
"""Words a name never ends with: a heading line ending in one runs on to the next."""
SHORT_DATED = re.compile(
    r"^(?P<committee>[A-Z][A-Za-z&,' -]{3,80}?(?i:committee|council|board|panel|cabinet|authority"
    r"|forum|partnership|commission|executive))\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)"
    r"(?:\s+\d{1,3})?$")
"""'PLANNING COMMITTEE 09.03.26', perhaps with the page's number: a body's name and its
meeting's date, the year in two figures (not a paper's link, 'Cemetery Committee Minutes
19.06.25')."""
PAGE_FIRST = re.compile(r"^page\s+\d{1,4}\s+(?=[A-Z])", re.I)
DECISION_DATE_LABEL = re.compile(r"^(?:decisions?\s+(?:made|taken)|date\s+of\s+decisions?)\s*:$",
                                 re.I)
POSTED = re.compile(r"^(?:posted|published|(?:last\s+)?updated)(?:\s+on)?\s*:?$", re.I)
DATE_NOTE_WORDS = 10
PLACE_COMMAS = 2
"""Commas in a line that make it an address ('The Jubilee Room, Harcombe Institute, Priory
Walk'), not a committee's name."""
REPORT_HEAD_LINES = 3
YEAR_THEN_NOTE = re.compile(r"\b(?:19|20)\d\d\b(?P<note>.*)$")
"""A date's year and what follows it: a note with no time or number ('…, following the AGM')."""
RECORD_WORDS = re.compile(
    r"^(?:(?:un-?confirmed|confirmed|draft|approved|signed)\s+)?(?:notes|minutes|agenda)"
    r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?:annual|ordinary|extraordinary|special|full|"
    r"parish|town|council|general|public)\s+){0,3}meeting)?$", re.I)
DECISION_WORD = re.compile(r"^(?:resolved|noted|agreed|carried|approved)\b", re.I)
AGENDA_LINE = re.compile(r"^(?:draft\s+|supplementary\s+|revised\s+)?agenda$", re.I)
DATED_RECORD = re.compile(r"^(?:draft\s+)?(?P<kind>minutes|notes|agenda|meeting(?=\s+[A-Z]))"
                          r"(?:\s+(?:of|for)\s+"
                          r"(?:the\s+)?meeting)?\s*[-–—:,]?\s+(?:of\s+|(?:to\s+be\s+)?held\s+on\s+"
                          r"|on\s+)?(?P<date>.+)$", re.I)
"""'Minutes – 14th November 2022', 'Agenda for the meeting on Monday 13 March 2023 at 6pm in
the Council Chamber', 'Meeting Tuesday 2nd December 2025 at 10.00am' under the body's name: the
record's title and its date (and place)."""
GENERIC_HEADING = re.compile(
    r"^(?:(?:draft|unconfirmed|regular|special|ordinary|extraordinary|annual|public)\s+)*"
    r"(?:meeting\s+)?"
    r"(?:minutes|notes|agenda|meeting|decisions)(?:(?:,|\s+and)\s+(?:minutes|agenda|decisions))*$",
    re.I)
"""A heading of the record's own words ('Minutes', 'Draft Minutes', 'Agenda and Minutes', 'Agenda,
decisions and minutes'), which names no committee."""
REPORT_LABEL = re.compile(
    r"(?:^|(?<=[\s.a-z]))(?P<label>From|By|To|Subject|Classification|Date(?:\s+of\s+meeting)?"
    r"|Report\s+(?:of|by|to|title)|Title|Agenda\s+item"
    r"|(?<![^\n])(?:TITLE|MEETING(?:\s+DATE)?|AGENDA\s+ITEM(?:\s+NUMBER)?))"
    r"\s*(?::|(?<=NUMBER)\s(?=\d))")
"""A report cover's labels, as a title-case form writes them or a capitals table opening its
lines ('MEETING:', 'MEETING DATE:', 'AGENDA ITEM NUMBER 6', 'TITLE:'; not 'DATE OF NEXT
MEETING:')."""
ANY_LABEL = re.compile(r"^[A-Z][A-Za-z ]{1,30}:")
WRAPPED_LINE_CHARS = 45
"""A title's line long enough to have wrapped at the cover's margin."""
WRAP_TAIL_WORDS = 8
LABEL_KEYS = {"meeting": "to", "meeting date": "date", "agenda item number": "agenda item"}
REPORT_TITLE = re.compile(r"^(?i:report)\s+(?:(?i:of)\s+[^:]{3,60}?\s+)?(?i:to)\s+(?:(?i:the)\s+)?"
                          r"(?P<to>(?:[A-Z][\w&,' -]{2,80}\s)?(?i:Committee|Cabinet|Council|Board"
                          r"|Panel|Executive|Sub-Committee))$")
"""A report's title line naming the body it goes to ('Report to Governance Committee')."""
REPORT_TO = re.compile(r"^report\s+to\b", re.I)
REPORT_WINDOW = 8
AGENDA_STAMP = re.compile(r"^Agenda\s+[Ii]tem\s+(?P<ref>[A-Z]?\d{1,3}[a-z]?)(?:\s*[–-]\s+\S.*)?$")
"""A pack's stamp over a report: 'Agenda Item 6', 'Agenda Item 6 – Clerk's Report'."""
APPENDIX_STAMP = re.compile(r"\bAppendix\s+[A-Z0-9]{1,3}\s*[–-]\s*Agenda\s+[Ii]tem\s+"
                            r"(?P<ref>[A-Z]?\d{1,3}[a-z]?)$")
"""An appendix stamped with its agenda item: 'Appendix C – Agenda item 5a'."""
WRAP_WORDS = FUNCTION_WORDS | {"under", "into", "upon", "about", "between", "&"}
"""A title's line ending in one of these small words runs on to the next line."""
SIGNATURE_ROLE = re.compile(r"^(?:(?:Parish|Town|Proper|Deputy|Assistant)\s+)?Clerk\b"
                            r"|^(?:Chair(?:man|woman|person)?|Responsible\s+Financial\s+Officer"
                            r"|Chief\s+Executive|Secretary|Proper\s+Officer"
                            r"|(?:(?:Parish|Town|Community|City)\s+)?(?:Council\s+)?(?:Manager"
                            r"|Administrator|Officer))$", re.I)
"""A signature's role line under the signer's name ('Clerk to the Council', 'Parish Council
Manager'): the paper's signature, not its heading."""
RUNNING_PARTS = re.compile(r"\s+[-–~]\s+|(?<=[A-Za-z])–\s+|,\s+(?=\D)")
"""What parts a running heading: 'Pengarth CSP – 13 July 2021 – Unconfirmed minutes'."""
RUNNING_MARKS = "-–~,"
"""The marks one of which RUNNING_PARTS needs."""
DATE_OPENING = re.compile(
    rf"^(?:meeting\s+(?:of|held)\s+)?(?:(?:held\s+)?on\s+)?(?:{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s+[A-Z])", re.I)
"""A line that opens with its date ('Monday 16th October 2023, 7pm, …', '16 October 2023',
'Meeting of Wed 15 November 2023 at')."""


def _report_heading(window: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Return the line under a report's 'REPORT TO …' line that titles it, past its date."""
    for j, text in window[:REPORT_HEAD_LINES]:
        if is_date_line(text):
            continue
        return (j, text) if is_upper_heading(text) and heading_line(text) else None
    return None


def running_heading(text: str, i: int) -> Section | None:
    """Match a page heading such as 'Pengarth CSP – 13 July 2021 – Unconfirmed minutes', or
    'PLANNING COMMITTEE 09.03.26' (a body and its meeting's date in figures, the year in two)."""
    short = SHORT_DATED.match(text)
    if short and plausible_committee(short.group("committee")):
        try:
            day = date(full_year(int(short.group("y"))), int(short.group("m")),
                       int(short.group("d")))
        except ValueError:
            return None
        return Section("minutes", i, 0, normalise_committee(short.group("committee")), day,
                       text, body_start=i + 1, weak=True)
    # OCR reads a dash now and then as '~'. A page's number may open its running heading ('Page 1
    # Cabinet - 10 March 2026').
    text = PAGE_FIRST.sub("", text)
    if not any(mark in text for mark in RUNNING_MARKS):
        return None
    parts = [p.strip(" ,") for p in RUNNING_PARTS.split(text)]
    if len(parts) < 2 or len(parts) > 3 or not plausible_committee(parts[0]) \
            or not BODY_WORDS.search(parts[0]) or REPORT_TO.match(parts[0]):
        # 'REPORT TO COUNCIL – 7th MARCH 2024': a report's title, not the council's minutes.
        return None
    dates = [p for p in parts[1:] if is_date_line(p)]
    if len(dates) != 1 or not all(p in dates or RECORD_WORDS.match(p) for p in parts[1:]):
        return None
    return Section("minutes", i, 0, normalise_committee(parts[0]), first_date(dates[0]), text,
                   body_start=i + 1, weak=True)


def _date_with_note(text: str) -> bool:
    """Return True for a heading's date line with a short note after it ('MONDAY 23 JUNE 2025,
    following the AGM'), or its hour and the call it met by ('Friday 14 October 2022, 10.00am, via
    Microsoft Teams')."""
    year = YEAR_THEN_NOTE.search(text)
    return DATE_OPENING.match(text) is not None and len(text.split()) <= DATE_NOTE_WORDS \
        and year is not None and first_date(text) is not None \
        and (not re.search(r"\d", year.group("note")) or REMOTE_HOUR.match(year.group("note")))


REMOTE_HOUR = re.compile(r"^[\s,]*\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)[\s,]+"
                         r"(?:via|by|on)\s+(?:Microsoft\s+)?(?:Teams|Zoom|video)\b", re.I)
"""The hour of a meeting held online and how it met, after its date ('…, 10.00am, via Microsoft
Teams'); a summons's hour and place after the date name a meeting to come."""


HOUR_PLACE = re.compile(r"^\s*(?:[–—-]\s*)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+[–—-]\s+"
                        r"[A-Z][\w'’ ,-]{2,60}$", re.I)
"""A meeting's hour and place after its date ('26/01/2026 15:00 - Council Chamber', 'November
10, 2016 – 10:00 a.m. – Administration Office, Wyndmoor')."""


HOUR_DASH = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+[–—-]\s+[A-Z]", re.I)


def _date_hour_place(text: str) -> bool:
    """Return True for a heading's date line giving the hour and the place after the date."""
    if not HOUR_DASH.search(text):
        # Most lines name no hour before a dash: the date is looked for on the others only.
        return False
    found = next(find_dates(text), None)
    return found is not None and found[1] == 0 and HOUR_PLACE.match(text[found[2]:]) is not None


PAGE_FOOTER = re.compile(r"\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
"""A page's footer, closed by its number ('Fernby PC minutes May 2019 (draft) Page 1')."""


def heading_pair(lines: list[Line], i: int, window: list[tuple[int, str]]) -> Section | None:
    """Match 'AGENDA' / committee name lines followed by a date line."""
    names: list[str] = []
    kind = "minutes"
    footer = False
    for j, text in window:
        dated = None
        if names and PAGE_FOOTER.search(text):
            # 'FERNBY PARISH COUNCIL' / 'AMENITIES COMMITTEE MEETING' / '… minutes May 2019
            # (draft) Page 1' / (the next page) 'Monday May 20th 2019': a
            # heading broken by the page's end goes on past its footer.
            footer = True
            continue
        if lines[j].page != lines[i].page and not footer:
            return None
        if AGENDA_LINE.match(text):
            if names:
                return None
            kind = "agenda"
        elif is_date_line(text) or _date_with_note(text) or _date_hour_place(text) or (
                (dated := DATED_RECORD.match(text)) and (
                is_date_line(dated.group("date")) or (DATE_OPENING.match(dated.group("date"))
                                                      and first_date(dated.group("date"))))):
            if dated and dated.group("kind").lower() == "agenda":
                kind = "agenda"
            committee = " ".join(n for n in names if not GENERIC_HEADING.match(n))
            if (titled := RECORD_OF.match(committee)) and not BODY_WORDS.search(titled.group()) \
                    and not titled.group().isupper():
                # 'More Info' / 'Summary Minute of Meeting of the Board of Directors of ABLCC
                # Ltd': a site's button, then the record's title naming its body (not a body's
                # name set in capitals over it, 'THE STRATHDEVERON COUNCIL' / 'MINUTE OF …').
                committee = committee[titled.end():]
            following = [t for _, t in line_window(lines, j + 1, 2)]
            if any(AGENDA_LINE.match(after) or AGENDA_LINE.match(after.split(":")[0])
                   for after in following):
                # 'PARISH COUNCIL MEETING' / '13th January 2025 at 7.30pm' / (its place) /
                # 'AGENDA'.
                kind = "agenda"
            if names and BODY_WORDS.search(committee) and len(committee.split()) <= 14 \
                    and committee.split()[-1].lower() not in DANGLING_WORDS \
                    and not SIGNED_ROLE.search(committee):
                # Not 'Minute of Meeting of' / '4 May 2021': a margin's heading over a minute
                # that approves an earlier meeting's record, its words running on to the date.
                day, start = first_date(text), j + 1
                if (earlier := _meeting_day_under(lines, j, day)) is not None:
                    day, start = earlier
                return Section(kind, i, 0, normalise_committee(committee), day,
                               " ".join([*names, text]), body_start=start, weak=True)
            return None
        elif DECISION_DATE_LABEL.match(text) and names:
            # 'RECORD OF DECISION OF THE Cabinet' / 'Decision Made:' / '11 February 2026': the
            # date's label on a line of its own.
            continue
        elif SIGNATURE_ROLE.match(text) or POSTED.match(text):
            # 'Rhian Harries' / 'Clerk to the Council' / '10th November 2023': who signed the
            # paper and when, not a meeting's heading; 'Posted on' / '18th June 2026': when a
            # web post went up.
            return None
        elif heading_line(text) and not REPORT_TO.match(text):
            # 'REPORT TO CABINET' / '14 JANUARY 2025': a report's cover, not a meeting's heading.
            names.append(text)
        else:
            return None
    return None


def _meeting_day_under(lines: list[Line], j: int, posted: date | None
                       ) -> tuple[date, int] | None:
    """Return the day and the body's first line of a meeting whose day and place open the line
    under a post's date ('Tuesday 4 March 2014' / 'Monday 24th February 2014 Wexcombe Town
    Hall, …'): the post went up after the meeting it records."""
    after = line_window(lines, j + 1, 1)
    found = next(find_dates(after[0][1]), None) if after and posted else None
    if found is None or found[0] >= posted or len(after[0][1]) == found[2] \
            or not (found[1] == 0 or OPENING_DAY.fullmatch(after[0][1][:found[1]])):
        return None
    return found[0], after[0][0] + 1


OPENING_DAY = re.compile(rf"(?i:{WEEKDAY})\.?,?\s+")
RECORD_OF = re.compile(r"^.*?\s(?=(?:summary\s+)?(?:minutes?|notes)\s+of\s+(?:(?:the|an?)\s+)?"
                       r"meeting\s+of\s+\S)", re.I)
"""A site's words before a record's title ('More Info Summary Minute of Meeting of the …')."""
HEADING_LINE_WORDS = 12
"""The most words of a line naming a meeting in a heading ('Summary Minute of Meeting of the
Board of Directors of SACC Ltd')."""


def heading_line(text: str) -> bool:
    """Return True for a short line that could name a committee in a heading.

    Not an item's numbered heading ('FC/23/009 DATE OF NEXT MEETING') nor the next meeting's.
    """
    words = text.split()
    return (0 < len(words) <= HEADING_LINE_WORDS and not re.search(r"[.;:,]$|^\S*\d", text)
            and text.count(",") < PLACE_COMMAS
            and not re.search(r"\bnext\b", text, re.I)
            and not DECISION_WORD.match(text) and not DISCLAIMER.search(text)
            and not REPORT_TITLE.match(text)
            and (is_upper_heading(text) or all(w[0].isupper() or (w.islower() and len(w) <= 4)
                                               or w == "&" or w.startswith("(")
                                               or w in ("meeting", "minutes", "agenda")
                                               for w in words)))


def labelled_date(window: list[tuple[int, str]]) -> date | None:
    """Return the date of a 'Date: …' line in the window, its year perhaps wrapped onto the
    next line ('Date: Tuesday 15 March' / '2011')."""
    for k, (_, text) in enumerate(window):
        if re.match(r"^date\s*:", text, re.I):
            wrapped = next((t for _, t in window[k + 1:] if t), "")
            return first_date(text) or (first_date(f"{text} {wrapped}") if wrapped else None)
    return None


def _appendix_at(lines: list[Line], i: int) -> Section | None:
    """Return an appendix a pack stamps with the agenda item it serves, at a page's head ('(2017/18)
    40 Appendix C – Agenda item 5a' / 'Schedule of Payments – October 2017'), titled by the line
    under the stamp, or None."""
    stamp = APPENDIX_STAMP.search(lines[i].text)
    j = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text), None)
    if stamp is None or j is None or not page_top(lines, i) or REPORT_LABEL.match(lines[j].text) \
            or not is_title_like(lines[j].text):
        return None
    return Section("report", i, 0, "", None, lines[j].text, subject=lines[j].text,
                   body_start=j + 1, ref=stamp.group("ref"))


GRID_ROW = re.compile(r"^(?P<label>Meeting|Agenda\s+item|(?:Paper|Report)\s+for\s+item|Subject"
                      r"|Author|Report\s+by|From)\s+(?P<value>[A-Z0-9].*)$")
"""A row of a report's cover table read without its cell border, the label then its value
('Meeting Full Council, 19 March 2020', 'Agenda item 20.64', 'Paper for item 9.1', 'Subject
Finance Report')."""
GRID_LABELS = {"meeting": "To", "agenda item": "Agenda item", "paper for item": "Agenda item",
               "report for item": "Agenda item", "subject": "Subject", "author": "By",
               "report by": "Report by", "from": "From"}
GRID_OPENS = frozenset(("meeting", "agenda item", "paper for item", "report for item"))
MIN_GRID_ROWS = 3


def _cover_grid(lines: list[Line], i: int) -> Section | None:
    """Return a report whose cover is a table of rows with no colons after their labels (the
    meeting or the agenda item it serves, its subject, who wrote it), read as the labelled
    cover it is, or None."""
    rows = []
    for j, text in line_window(lines, i, len(GRID_LABELS)):
        if not (row := GRID_ROW.match(text)):
            break
        rows.append((j, re.sub(r"\s+", " ", row.group("label").lower()), row.group("value")))
    labels = {label for _, label, _ in rows}
    if len(rows) < MIN_GRID_ROWS or rows[0][1] not in GRID_OPENS or "subject" not in labels \
            or not labels & (GRID_OPENS - {"meeting"}):
        return None
    shadow = list(lines)
    for j, label, value in rows:
        shadow[j] = replace(lines[j], text=f"{GRID_LABELS[label]}: {value}")
    return report_at(shadow, i)


def report_at(lines: list[Line], i: int) -> Section | None:
    """Return a report that begins at line i: a cluster of From/To/Subject labels, or a title
    'Report to Governance Committee' with its 'Subject:' under it."""
    if lines[i].text.startswith(("Meeting ", "Agenda item ", "Paper for", "Report for")) \
            and (grid := _cover_grid(lines, i)):
        return grid
    titled = REPORT_TITLE.match(lines[i].text)
    stamped = AGENDA_STAMP.match(lines[i].text) if not titled else None
    if not REPORT_LABEL.match(lines[i].text) and not titled and not stamped:
        return _appendix_at(lines, i) if "ppendix" in lines[i].text else None
    window = line_window(lines, i, REPORT_WINDOW)
    labels: dict[str, str] = {"to": titled.group("to")} if titled else {}
    if stamped:
        # 'Agenda Item 6 – Clerk's Report, March 2021' / 'Subject: …': a pack's stamp over the
        # report's labels gives its agenda reference.
        labels["agenda item"] = stamped.group("ref")
        window = window[1:]
    last = i
    capitals: set[str] = set()
    for j, text in window:
        found = list(REPORT_LABEL.finditer(text))
        if not found:
            continue
        if j > i and any(LABEL_KEYS.get(key := re.sub(r"\s+", " ", match.group("label").lower()),
                                        key) in labels for match in found):
            # 'Appendix B' / 'Agenda item: 0325/03': a label already given opens the next
            # report.
            break
        last = j
        for k, match in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(text)
            key = re.sub(r"\s+", " ", match.group("label").lower())
            labels.setdefault(LABEL_KEYS.get(key, key), text[match.end():end].strip())
            if match.group("label").isupper():
                capitals.add(key)
    if capitals and not {"meeting", "title"} <= capitals:
        # A cover's labels in capitals come as its table: the meeting and the title both.
        return None
    if "report to" in labels:
        # 'Report to: Policy and Strategy Committee' names the body the report goes to.
        labels.setdefault("to", labels["report to"])
    for label in ("report title", "title"):
        if label in labels:
            labels.setdefault("subject", labels[label])
    labels.setdefault("date", labels.get("date of meeting", ""))
    subject = labels.get("subject", "")
    if subject and subject.split()[-1].lower() in WRAP_WORDS:
        # 'Report title: Highway Capital Programme 2025/26 and' / 'Asset Management Plan': the
        # title wrapped onto the next line.
        shown = next((j for j, text in window if text.endswith(subject)), None)
        after = next((text for j, text in window if shown is not None and j > shown), "")
        if after and not REPORT_LABEL.search(after):
            labels["subject"] = f"{subject} {after}"
    shown = next((k for k, (_, text) in enumerate(window) if subject and text.endswith(subject)),
                 None)
    if shown is not None and shown + 2 < len(window) and not REPORT_LABEL.search(
            window[shown + 1][1]) and ANY_LABEL.match(window[shown + 2][1]) \
            and window[shown + 1][1][:1].isupper() and subject == labels.get("subject") \
            and len(window[shown][1]) >= WRAPPED_LINE_CHARS \
            and len(window[shown + 1][1].split()) <= WRAP_TAIL_WORDS \
            and not window[shown + 1][1].endswith("."):
        # 'TITLE: Review of Treasury Management Strategy for the' / 'Year Ending 31 March 2016' /
        # 'WARD: ALL': the title wrapped onto the line before the next label.
        labels["subject"] = f"{subject} {window[shown + 1][1]}"
    if titled and "subject" not in labels and (named := _report_heading(window[1:])):
        # 'REPORT TO CABINET' / '14 JANUARY 2025' / 'BUDGET 2025/26': the cover's title,
        # set as a heading under the body it goes to and the date.
        labels["subject"], last = named[1], named[0]
        labels.setdefault("date", next((t for _, t in window[1:] if is_date_line(t)), ""))
    if len(labels.keys() & {"from", "by", "to", "subject", "classification", "report by",
                            "report of", "report title", "agenda item"}) + ("report title" in labels
                                                             and "date" in labels) < 2 \
            or (titled and "subject" not in labels) \
            or not labels.keys() - {"from", "by", "to", "date"}:
        # 'From: Mrs Ann Rosevear' / 'To: Cabinet Member for Highways' / the question: who
        # asked whom, in a meeting's record; a report's cover gives its subject too.
        return None
    subject = labels.get("subject", "")
    day = next((d for d, _, _ in find_dates(labels.get("to", "") + " " + labels.get("date", ""))),
               None) or labelled_date(window)
    ref = labels.get("agenda item", "").split(" ")[0].rstrip(".:")
    return Section("report", i, 0, "", day, subject, subject=subject, body_start=last + 1,
                   ref=ref)
