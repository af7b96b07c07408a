"""The council or body each meeting belongs to, from headings, running heads and footers."""

from __future__ import annotations

import re
from datetime import date

from ..records import Document, Line
from .blocks import is_upper_heading
from .bodies import (
    BODY_NAME,
    NAME_PARTS,
    NAVIGATION,
    body_name,
    committee_with_body,
    folder_body,
    institution_line,
)
from .committees import committee_key, normalise_committee
from .dates import MONTHS, WEEKDAY, find_dates, first_date, meeting_day
from .drafts import Draft, before_business
from .meeting_heading import TITLED
from .record_opening import (
    HEADING_SCAN,
    LIST_BULLETS,
    OTHER_MEETING,
    dated_by_the_page,
    labelled_day,
    opening_committee,
    summoned_day,
)

FOOTER_PAGE = re.compile(r"\s*(?:[|–—-]\s*)?\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
"""A page number closing a footer line."""
PAGE_FOR = re.compile(r"^(?:agenda|minutes|decisions)(?:(?:\s*,\s*|\s+and\s+)"
                      r"(?:agenda|minutes|decisions)){0,2}\s+for\s+"
                      r"(?:the\s+)?(?P<committee>[A-Z].{2,120}?)\s+on\s+(?P<when>[^-|–]*\d{4})",
                      re.I)
"""A committee system's page title: 'Agenda for <committee> on <date>', 'Agenda and decisions
for …', 'Agenda, decisions and minutes for …'."""
MEETING_TITLE = re.compile(r"^(?:(?:annual|ordinary|extraordinary|council|parish|town)\s+)*"
                           r"(?:meeting|minutes)\b", re.I)
RUNNING_FOOT = re.compile(r"\s[–—-]\s.*\s[–—-]\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$")
"""A running footer's last part, the meeting's date after a dash: '… – Full Council –
10/01/2024'."""
COPYRIGHT = re.compile(r"^\s*(?:©|\([Cc]\)|Copyright\b)")
COMMITTEE_LINE = re.compile(r"^(?:(?:[A-Z][\w&'’,/-]*|and|of|for|the|&)\s+){0,9}"
                            r"(?i:sub[-\s]?committee|committee|cabinet|panel|board|forum|authority"
                            r"|trust|assembly|commissioners|trustees|steering\s+group"
                            r"|working\s+(?:party|group)|conservancy|conservators"
                            r"|partnership|portfolio\s+holder|decision\s+session)$")
"""A heading line that names a committee and nothing else ('LICENSING AND APPEALS
SUB-COMMITTEE'), or a decision-maker who meets in public ('ENVIRONMENT PORTFOLIO HOLDER
MEETING')."""
SESSION = re.compile(r"^(?:open|public)\s+(?:forum|session)$", re.I)
OF_THE_COUNCIL = re.compile(r"(?<=\b(?i:committee))\s+of\s+the\s+(?i:(?:parish|town|community|city"
                            r"|district|county|borough)\s+)?(?i:council)$")
"""'… Committee of the Parish Council': the council a committee's line names as its own."""
"""The public's part of a meeting ('Open Forum'), not a body."""
DATED_NOTE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\)$")
"""A parenthesis after a name that ends in a year: a note of the body's history."""
MEETING_SUFFIX = re.compile(r"\s+(?i:meeting)$")
"""'Aldwick Moor Village Hall Managing Trustees Meeting': the body that met, then 'Meeting'."""
WRAPPED_HEADING_LINES = 3
"""A heading's first lines, read together for a council's name wrapped over them."""
TRAILING_DATE = re.compile(r"\s+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:19|20)\d\d(?:[/-]\d{2,4})?)$")
"""A meeting's date after its committee's name ('National Park Authority 04/06/25'), or the
year of a page of its minutes ('Finance Committee Minutes 2011')."""
RECORD_SUFFIX = re.compile(r"\s*[–—-]?\s*\b(?:minutes?|agenda|notes)\s*$", re.I)
AUTHORITY_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+(?:(?i:and|of|&)\s+)?){1,6}(?i:authority|board|trust|commissioners"
    r"|commission|conservators|conservancy)$")
"""A body that is not a council, named on a line of its own ('Glenmoira National Park
Authority', 'PORT ELWICK HARBOUR TRUST')."""
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
"""A UK postcode, which closes an address."""
ORGANISATION = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*|and|of|&)\s+){1,6}(?i:authority|association|councils|partnership"
    r"|board|trust|commissioners|commission|conservators)$|^Association\s+of\s+[A-Z].{2,60}$")
"""A body that is not a council, named first in its address ('Association of Moor and Vale
Councils, Moor House, …')."""
SITE_PART = re.compile(r"\s+[-–|]\s+")
OPENING_SCAN = 30
PROSE_WORDS = 25
"""A line this long, closed by its sentence's stop, is a paragraph's: the business has begun."""
CLOSING_SCAN = 8
RUNNING_LINES = 3
"""The lines at a PDF page's top and foot where a running header or footer is looked for."""
FIELD_PREFIX = re.compile(r"^(?:committee|meeting|body|meeting\s+title)\s*:\s+(?=[A-Z])", re.I)
"""A meeting summary's label before the committee's name ('Committee: Sutton Heath …')."""
MENU_MARKS = ("•", "·", "▪")
NAME_JOINS = frozenset(("&", "and", "of"))
"""Small words inside a body's name ('Fellbury and Askby Fire Authority')."""
RECORD_WORDS = re.compile(r"\b(?:minutes|notes|agenda|meeting|meetings|of|the|pack|supplementary"
                          r"|papers|reports)\b", re.I)
"""A record's own words, never the start of a body's fuller name: 'Agenda for …', a PDF titled
'Supplementary Pack Cabinet 10 March 2026'."""


NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _title_day(title: str, opening: list[Line]) -> date | None:
    """Return the day a paper's title gives ('MINUTES - Regular - 3/9/2011'), read month
    first when its figures could be either and the paper's opening names that day in words
    ('on Wednesday, March 9, 2011') and never the day first."""
    day = first_date(title)
    if day is None or day.day > 12 or day.day == day.month or not NUMERIC_DATE.search(title):
        return day
    other = date(day.year, day.day, day.month)
    named = {found for line in opening
             if line.text and line.text != title and (found := first_date(line.text))}
    return other if other in named and day not in named else day


def name_bodies(drafts: list[Draft], lines: list[Line], doc: Document) -> None:
    """Name each meeting's committee with the council its heading names."""
    opening = [line.text for line in lines[:HEADING_SCAN] if line.text]
    found = ""
    # 'Agenda for <committee> on <date>': a committee system's page for one meeting.
    # A page saved as text keeps its title as its first line.
    paged = PAGE_FOR.match(doc.title) or (PAGE_FOR.match(opening[0]) if opening else None)
    paged_day = first_date(paged.group("when")) if paged else None
    if drafts and drafts[0].date is None:
        # A heading the source shows as one ('<h1>Minutes of … held on 12th May 2022</h1>')
        # dates the first meeting when no meeting heading was recognised.
        # A page titled by its meeting and date ('Meeting 09/22, Tuesday 12th July 2022 –
        # Porthwenn Town Council') is dated by its title first: a bold 'Minutes of the
        # Meeting held on 28th June 2022' under '141 …' is an item's, naming the last meeting.
        # A blog's date heading over a post ('Tuesday, 29 March 2011') is when it was posted:
        # the record's own 'DATE: 22nd March 2011' under it dates the meeting, as does the
        # summons before the agenda's entries ('The next meeting of the Parish Council will be
        # held on Thursday 16 July 2009 …').
        # 'To approve the minutes of the last meeting held on 11th April 2005' in bold: an
        # item's heading dating another meeting.
        shown = next((day for line in lines[:HEADING_SCAN]
                      if line.heading and (day := meeting_day(line.text))
                      and not OTHER_MEETING.search(line.text)), None)
        # 'Friday, 7 January 2011' (posted) over 'Parish Council Meeting - 4 January': the post's
        # title gives the meeting's day and month, the post's date its year. A post telling of
        # a meeting in another month ('… two items from the May 2017 meeting') gives no day.
        drafts[0].date = (_title_day(doc.title, lines[:HEADING_SCAN])
                          if MEETING_TITLE.search(doc.title) else None) \
            or (shown and labelled_day([line.text for line in lines[:HEADING_SCAN]])) \
            or (shown and summoned_day(before_business(
                [line.text for line in lines[:HEADING_SCAN] if line.text]))) \
            or (shown and _posted_meeting_day(lines[:HEADING_SCAN], shown)) \
            or (shown and _held_record_day(before_business(
                [line.text for line in lines[:OPENING_SCAN] if line.text]))) \
            or (shown if shown and not dated_by_the_page(shown, lines[:HEADING_SCAN]) else None) \
            or paged_day
    for k, draft in enumerate(drafts):
        section = draft.section
        # A web page's menu above its heading ('• Home', '• Committees') names nothing.
        heading = [line.text for line in lines[section.start:max(section.body_start,
                                                                  section.start + 1)]
                   if line.text and not line.text.startswith(MENU_MARKS)]
        if k == 0:
            # The paper's opening lines may give the heading's council its fuller name.
            # A folder named for a council ('pengarth-county-council/…') is the last resort.
            # A heading that wraps its council's name ('… MEETING OF CARNBANN BOROUGH' /
            # 'COUNCIL HELD IN …', 'CYNGOR CYMUNED' / 'BRYNGARTH' / 'COMMUNITY COUNCIL') names
            # it across its lines.
            # A page's title names its council however many heading lines come first
            # ('Meeting Details' / 'Meeting Summary' / 'Council' / … under 'Welcome to
            # Glenmoray Council | Glenmoray Council').
            # A council in small letters among the first lines ('Home > Old district
            # council records') is a kind of council, not a name, unless it is a line's whole
            # text ('Fernbrae community council' over the minutes).
            found = body = body_name([*heading, doc.title, *opening], small=False) \
                or body_name([doc.title]) \
                or _authority_line(before_business(opening)) \
                or _body_line(lines[:OPENING_SCAN]) or institution_line(opening) \
                or body_name([" ".join(heading[:WRAPPED_HEADING_LINES]),
                              " ".join(before_business(opening[:WRAPPED_HEADING_LINES]))],
                             small=False) \
                or _body_line(lines[-CLOSING_SCAN:]) or _address_body(lines[-CLOSING_SCAN:]) \
                or _footer_body(lines) \
                or _running_body(doc.pages) or _banner_body(doc.pages) \
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
            # A committee's name set as a heading under the record's first paragraph of prose
            # ('Here is a summary of the meeting …' / 'Cemetery Committee') heads
            # an item; a running head's ('F Committee 12.05.15') still names the meeting.
            prose = next((n for n, line in enumerate(lines[:OPENING_SCAN])
                          if len(line.text.split()) >= PROSE_WORDS
                          and line.text.endswith((".", "!", "?"))), OPENING_SCAN)
            named = [(n, line, name) for n, line in enumerate(lines[:OPENING_SCAN])
                     if (n < prose or not line.heading) and (name := _committee_line(line.text))
                     and name.casefold() != body.casefold() and not _entry_goes_on(lines, n)]
            draft.committee = next((name for _, line, name in named
                                    if line.heading or is_upper_heading(line.text)), "") \
                or next((name for _, _, name in named if len(name.split()) >= 2), "")
            if len(named) > 1 and named[1][0] - named[0][0] <= 2 and not body:
                # An authority's name over its committee's, line under line; or one body named
                # short, then in full ('… of the Fire Authority' / '… of Brackmoor Fire
                # Authority').
                if committee_key(named[0][2]) in committee_key(named[1][2]):
                    draft.committee = named[1][2]
                else:
                    body, draft.committee = named[0][2], named[1][2]
        if not draft.committee and (topic := _topic_committee(
                [*heading, *(opening if k == 0 else [])])):
            # 'Minutes of the Parish Council Finance Meeting held on …', '… the Draft Minutes
            # of the March Amenities Committee Meeting of Pelsby Parish Council': the council's
            # committee for that business.
            draft.committee = topic
        if k == 0 and not draft.committee and (titled := TITLED.match(doc.title)) \
                and not body:
            # A page titled 'MINUTES of the Arunmouth Harbour Board' whose heading prints the
            # name in small capitals ('MINUTES of the arunmouth harbour board held …').
            draft.committee = titled.group("committee")
        only_body = bool(draft.committee) \
            and body_name([draft.committee]).casefold() == draft.committee.casefold()
        if k == 0 and (not draft.committee or only_body) and paged and paged_day == draft.date:
            # 'Agenda for Eastmoor Joint Health Scrutiny Committee on Tuesday, 14 March
            # 2023, 2.00 pm': a committee system's page for one meeting names its committee.
            draft.committee = paged.group("committee")
        if k == 0 and not draft.committee and (named := opening_committee(lines[:OPENING_SCAN])):
            # 'At a MEETING of the DUNMORE AND GLENS VALUATION JOINT BOARD held at …': the body
            # the record's opening sentence names, not a council its attendance names
            # ('Representing Glenisla Council').
            # A committee of the council the page or the paper's head names ('… a meeting of
            # the Planning Committee on …' on Selbury Town Council's site) keeps it.
            draft.committee, body = named, body_name([named]) or (
                "" if AUTHORITY_NAME.match(named) else body)
        if not body and draft.committee:
            body = _authority(draft.committee, opening, doc.title)
        if not body and draft.committee:
            draft.committee = _fuller_name(draft.committee, [doc.title, *opening])
        if k == 0 and not body and LOCAL_KIND.match(draft.committee) \
                and (place := _site_place(doc.title)):
            # 'Minutes 4th May 2018 – Gorran & Pentewan' over 'Minutes of the Parish
            # Council meeting …': the site's name is the parish's.
            draft.committee = f"{place} {normalise_committee(draft.committee)}"
        if k == 0 and not body and LOCAL_KIND.match(draft.committee) \
                and (named := _only_council_of_kind(draft.committee, lines)):
            # 'Minutes of the Parish Council Meeting held …' naming no parish, whose text names
            # one council of that kind, and only one ('… a letter addressed to Hollow Parish
            # Council', 'the minutes of the meeting of Hollow Parish Council held on …'): its own.
            draft.committee = named
        if k == 0 and not body and LOCAL_KIND.match(draft.committee) \
                and (place := _venue_place([doc.title, *opening])):
            # 'Minutes of the Parish Council Meeting held in Kelby Reading Room', 'Ashcombe
            # CC Minutes …', 'Parish of Marlow Cross': the place the council serves, named
            # where it meets or by the page's own title, when no line names the council whole.
            draft.committee = f"{place} {normalise_committee(draft.committee)}"
        if k == 0 and body and committee_key(draft.committee) == committee_key(body) \
                and (own := _own_committee(opening, lines, body)):
            # 'MARLOW END TOWN COUNCIL' / 'MARKETS & FAIRS SUBCOMMITTEE' / '9th MARCH
            # 2011': the council's heading over the committee that met.
            draft.committee = own
        if BARE_KIND.match(draft.committee) \
                and (fuller := _named_kind(draft.committee, lines[:OPENING_SCAN])):
            # 'Pellingham Vale Parish Council' / 'Neighbourhood Watch and Residents Committee' /
            # 'MINUTES OF A COMMITTEE MEETING': the record's title names only the kind of
            # body; the paper's heading names which.
            draft.committee = fuller
        draft.committee = committee_with_body(
            normalise_committee(draft.committee), body,
            paged=PAGED_MEETING.match(draft.section.heading) is not None)
    if len(drafts) > 1 and not drafts[0].committee and drafts[0].section.kind == "agenda" \
            and drafts[1].section.kind == "minutes" and drafts[1].committee:
        # A pack whose front page names no body ('Board Meeting 10.00 a.m. 12th June 2012' /
        # 'Agenda'), then its last minutes: 'MINUTES OF THE MEETING OF THE ASHDOWN VALE
        # CONSERVATION BOARD …' name the body that meets.
        drafts[0].committee = drafts[1].committee


TOPIC = (r"(?!(?:Annual|Ordinary|Extraordinary|Special|Monthly|General|Full|Virtual|Remote"
         r"|Public|Open|Statutory|Inaugural|Emergency|Budget|Council|Parish|Town|January|February"
         r"|March|April|May|June|July|August|September|October|November|December)\b)"
         r"[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?")
"""A committee's business ('Finance', 'Amenities', 'Burial and Cemetery'), not a meeting's kind
or month."""
TOPIC_MEETING = re.compile(
    rf"\b(?:Parish|Town|Community)\s+Council\s+(?P<after>{TOPIC})\s+(?:Committee\s+)?Meeting\b"
    rf"|\b(?P<before>{TOPIC}\s+(?:Committee|Sub-Committee|Working\s+Party))\s+Meeting\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’ -]{1,60}?(?:Parish|Town|Community)\s+Council\b")
"""'Minutes of the Parish Council Finance Meeting', '… the March Amenities Committee Meeting of
Pelsby Parish Council': a council's committee named in its record's title."""


ENTRY_OPEN = re.compile(r"^\d{1,3}[.)]?\s+\S.*\b(?:the|of|to|for|and|a|an|on)$", re.I)
"""An agenda's numbered entry broken on a word that needs the next line ('6. Election of a
member to the' / 'Finance Committee')."""
TIME_CELL = re.compile(r"^[\d.:\s–-]+(?:[ap]\.?m\.?)?$", re.I)
"""A timed agenda's cell of hours ('10.20 – 10.35'), set between an entry's two lines."""
ENTRY_REACH = 4


def _entry_goes_on(lines: list[Line], n: int) -> bool:
    """Return True if line n finishes the numbered entry above it, perhaps past its hours."""
    above = (lines[k].text for k in range(n - 1, max(-1, n - 1 - 2 * ENTRY_REACH), -1)
             if lines[k].text and not TIME_CELL.match(lines[k].text))
    return ENTRY_OPEN.match(next(above, "")) is not None


MEETING_DAY_MONTH = re.compile(
    r"^(?:(?:annual|ordinary|extraordinary|council|parish|town|community)\s+)*meeting\s*[-–—:,]?\s*"
    r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?$",
    re.I)
"""A post's title naming its meeting by day and month alone ('Parish Council Meeting - 4
January')."""


def _posted_meeting_day(lines: list[Line], posted: date) -> date | None:
    """Return the day a heading names its meeting by day and month alone, in the year of the
    date the post was made (the year before, if that day would come after it), or None."""
    for line in lines:
        match = MEETING_DAY_MONTH.match(line.text) if line.heading else None
        month = MONTHS.get(match.group("month").lower()) if match else None
        if match and month:
            try:
                day = date(posted.year, month, int(match.group("day")))
                return day if day <= posted else date(posted.year - 1, month, day.day)
            except ValueError:
                return None
    return None


RECORD_HELD_ON = re.compile(r"^(?:draft\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|an?\s+)?"
                            r"(?:[^.;]{0,80}?\s)?meeting\b[^.;]{0,80}?\bheld\s+on\s+", re.I)
"""A record's own title saying when its meeting was held ('Minutes of a meeting for worship for
business held on 4 October 2015')."""


def _held_record_day(texts: list[str]) -> date | None:
    """Return the day the record's own title under a post's date says its meeting was held, or
    None: the post went up on another day ('Tuesday, 6 October 2015' over '… held on 4
    October 2015')."""
    for text in texts:
        held = RECORD_HELD_ON.match(text)
        if held and not OTHER_MEETING.search(text[:held.end()]) \
                and (day := meeting_day(text[held.end():])):
            return day
    return None


def _topic_committee(texts: list[str]) -> str:
    """Return the committee a record's title names by its business, or ''."""
    for text in texts:
        match = TOPIC_MEETING.search(text) if "eeting" in text else None
        if match:
            return match.group("before") or f"{match.group('after')} Committee"
    return ""


def _only_council_of_kind(kind: str, lines: list[Line]) -> str:
    """Return the one council of a kind ('Parish Council') the text names, or ''."""
    ending = kind.casefold()
    # 'Letters from Hollow Parish Council and Dene Parish Council': two councils, each named.
    names = {name.casefold(): name for line in lines if ending in line.text.casefold()
             for match in BODY_NAME.finditer(line.text)
             for part in re.split(r"\s+(?:and|&)\s+", match.group(0))
             if (name := body_name([part])) and name.casefold().endswith(ending)
             and name.casefold() != ending}
    return next(iter(names.values())) if len(names) == 1 else ""


LOCAL_KIND = re.compile(r"^(?:Parish|Town|Community)\s+Council$", re.I)
"""A local council's kind alone, with no place's name."""
SITE_WORDS = re.compile(r"\s+(?:Village|Website|Web\s+Site|Online)$", re.I)
"""A site's word after the place it is for ('Tregony Village')."""
PLACE_WORDS = 4


def _site_place(title: str) -> str:
    """Return the place a page's title names as its site ('Minutes 4th May 2018 – Gorran &
    Pentewan', 'Tregony Village - Parish Council Minutes …'), or ''."""
    parts = [part.strip() for part in SITE_PART.split(title)] if SITE_PART.search(title) else []
    for part in parts:
        words = part.split()
        if 0 < len(words) <= PLACE_WORDS and not any(c.isdigit() for c in part) \
                and not RECORD_WORDS.search(part) and not BODY_KIND_WORD.search(part) \
                and all(w[:1].isupper() or w in NAME_JOINS for w in words):
            return SITE_WORDS.sub("", part)
    return ""


PAGED_MEETING = re.compile(rf"^[A-Z][^–—-]{{2,60}}?\s[-–]\s(?i:{WEEKDAY}),?\s+\d")
"""A committee system's title of a meeting: its committee, then its day ('Parks & Recreation -
Monday, 14th September, 2015 6.30 pm')."""
PLACE_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:cum|upon|on|in|by|le|next|the)\s+)?[A-Z][\w'’-]+){0,2}?"
VENUE_PLACE = re.compile(
    rf"\b(?i:held\s+(?:at|in)\s+(?:the\s+)?|in\s+the\s+)(?P<before>{PLACE_NAME})\s+(?i:(?:(?:Village|Memorial"
    r"|Parish|Church|Community|Jubilee|Reading|Coronation|Victoria|Methodist|Recreation)\s+)?"
    r"(?:Hall|Room|Centre|Institute|Pavilion|Rooms))\b"
    r"|\b(?i:(?:Village|Memorial|Parish|Church|Community)\s+(?:Hall|Centre|Rooms?)),\s+"
    rf"(?P<after>{PLACE_NAME})(?=\s*(?:[,.;)]|$)|\s+(?i:on|at)\b)"
    rf"|^(?P<abbreviated>{PLACE_NAME})\s+(?:CC|PC|TC)\s+(?:Minutes|Agenda)\b"
    rf"|^\W?Parish\s+of\s+(?P<parish>{PLACE_NAME})$")
"""Where a local council that names only its kind is: the place it meets in ('… held in
Kelby Reading Room', 'Village Hall, Ashcombe'), its name shortened on the page's title
('Ashcombe CC Minutes …') or its parish ('Parish of Marlow Cross')."""
VENUE_SCAN = 12
STREET_WORDS = frozenset("road street lane way close avenue drive crescent terrace".split())
"""A street's last word: 'Village Hall, Great Ashby Road' names the street, not the place."""


def _venue_place(texts: list[str]) -> str:
    """Return the place a local council meets in or its page names, or ''."""
    # A heading wrapped in the venue's name ('… HELD AT PENLOWARTH VILLAGE' / 'HALL, …') is
    # read whole too.
    for text in [*texts[:VENUE_SCAN], " ".join(texts[1:VENUE_SCAN])]:
        if (found := VENUE_PLACE.search(text.strip())) is not None:
            place = next(group for group in found.groups() if group)
            place = place.title() if place.isupper() else place
            if place.split()[0].lower() not in ("the", "a", "village", "parish", "community") \
                    and place.split()[-1].lower() not in STREET_WORDS:
                return place
    return ""


SITE_NAME_WORDS = 6
HOST_WORDS = re.compile(r"\b(?:web\s*sites?|sites|online|portal|hosting|network|archive)\b", re.I)
"""Words of a host's name, not the body's: a county's scheme hosting its parishes' pages
('… | Downshire Parish Websites')."""


def site_name(title: str) -> str:
    """Return the site a page's title names after its page ('… | Kelso Rivers Trust'), or ''."""
    parts = SITE_PART.split(title)
    site = parts[-1].strip() if len(parts) > 1 else ""
    words = site.split()
    if not 1 < len(words) <= SITE_NAME_WORDS or any(c.isdigit() for c in site) \
            or RECORD_WORDS.search(site) or HOST_WORDS.search(site) \
            or words[0].lower() in NAVIGATION \
            or not all(w[:1].isupper() or w in NAME_JOINS for w in words):
        return ""
    return site


BODY_KIND_WORD = re.compile(r"\b(?:council|committee|parish|town|community|home|news)\b", re.I)
"""Words that name a kind of body or a site's page, not a place."""


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


RECORD_PREFIX = re.compile(r"^(?:draft\s+|unconfirmed\s+)?(?:minutes|notes)\s+(?:of|from)\s+"
                           r"(?:the\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?", re.I)
"""A record's words before the committee it names ('Minutes of the Meeting of the …')."""


def _own_committee(opening: list[str], lines: list[Line], body: str) -> str:
    """Return the committee a council's paper names before its business, on a line of its own
    or in its opening sentence ('… MEETING OF THE JOINT BURIAL/ALLOTMENTS COMMITTEE held
    at …'), or ''."""
    key = committee_key(body)
    return next((name for text in before_business(opening)
                 if (name := _committee_line(text)) and committee_key(name) != key), "") \
        or opening_committee(lines[:OPENING_SCAN])


BARE_KIND = re.compile(r"^(?i:(?:the\s+)?(?:committee|sub-committee|working\s+(?:group|party)"
                       r"|panel|board|steering\s+group|task\s+group))$")
"""A committee named only by its kind ('Committee', 'Working Group')."""


def _named_kind(kind: str, lines: list[Line]) -> str:
    """Return the opening's line naming a committee of that kind in full ('Climate and
    Biodiversity Working Group' for 'Working Group'), or ''."""
    want = committee_key(kind).removeprefix("the ")
    return next((name for line in lines if (name := _committee_line(line.text))
                 and committee_key(name).endswith(f" {want}")), "")


def _committee_line(text: str) -> str:
    """Return the committee a heading line names and nothing else, without the date before or
    after it or the record's word after it ('2nd July 2025 Burial Committee Minutes', 'FINANCE &
    GENERAL PURPOSES COMMITTEE – MINUTES', 'National Park Authority 04/06/25'), or ''."""
    # 'Executive Committee (Disbanded 16 May 2017)': a committee system's note of when the
    # committee ended, no part of its name.
    text = DATED_NOTE.sub("", FIELD_PREFIX.sub("", text.lstrip(LIST_BULLETS)).rstrip(". |–-"))
    dated = next(find_dates(text), None)
    if dated and dated[1] == 0:
        text = text[dated[2]:]
    elif dated and dated[2] == len(text.rstrip(". ")):
        # 'Little Hadworth Neighbourhood Plan - Steering Group Meeting 14th May 2024'.
        text = text[:dated[1]]
    text = MEETING_SUFFIX.sub("", RECORD_SUFFIX.sub("", TRAILING_DATE.sub("", text)).strip())
    # 'Minutes of the Meeting of the Planning & Development Control Committee', 'DRAFT Minutes
    # from the Cemetery Committee Meeting': the record's words before the committee's name.
    text = RECORD_PREFIX.sub("", text)
    if SESSION.match(text):
        # 'Open Forum' under a summons: the public's part of the meeting, an agenda entry.
        return ""
    # 'Recreation Ground Committee of the Parish Council': the committee, of its council.
    text = OF_THE_COUNCIL.sub("", text)
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


def _address_body(lines: list[Line]) -> str:
    """Return the body a site's footer gives the address of ('Corporation of Fallowmere,
    Guildhall, Fallowmere FM1 2AB', 'Tidwick Fire Authority, Mill Road, Tidwick TW9 4RQ |
    Accessibility'), or ''."""
    for line in reversed(lines):
        first, _, rest = line.text.partition(", ")
        if POSTCODE.search(rest) and (name := body_name([first]) or (
                normalise_committee(first) if ORGANISATION.match(first) else "")):
            return name
    return ""


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


BANNER_LINES = 6
MIN_BANNER_LINKS = 3


def _banner_body(pages: tuple[str, ...]) -> str:
    """Return the council a site's banner names over its menu, on one line at the page's top
    ('Fernley Borough Council | Home | Councillors | Meetings'), which the text read for items
    leaves out as a menu, or ''."""
    for text in pages[0].splitlines()[:BANNER_LINES] if pages else ():
        parts = [part.strip() for part in text.split("|")]
        if len(parts) > MIN_BANNER_LINKS and all(part.lower() in NAVIGATION or len(part.split())
                                                 <= 2 for part in parts[1:]):
            return body_name([parts[0]])
    return ""


def _authority_line(texts: list[str]) -> str:
    """Return an authority that is not a council, named by a line of its own over the record's
    attendance ('ELMSTONE NATIONAL PARK AUTHORITY'), before any council a member of its forum
    represents ('Ann Ash   Quenbury Parish Council'), or ''."""
    return next((normalise_committee(text) for text in texts if AUTHORITY_NAME.match(text)
                 and text.split()[-1].lower() == "authority"), "")


def _body_line(lines: list[Line]) -> str:
    """Return a council named by a line of its own among a record's first lines, below its
    attendance ('Severnbridge City Council' as a page's running head), or ''."""
    for line in lines:
        # 'Ruskett Parish Council › Minutes › Draft Minutes …': a site's trail of links opens
        # with the council whose page it is; 'Cwmtaran County Borough Council · Civic Centre,
        # …': a letterhead's line, the council then its address.
        text = NAME_PARTS.split(line.text, 1)[0]
        name = body_name([text]) if text else ""
        if name and name.casefold() == normalise_committee(text.rstrip(".")).casefold():
            return name
    return ""


DETERMINERS = frozenset("this that these the a an our your its each every".split())
"""Words that open a sentence about a body ('This Planning Committee meeting was attended …'),
never its name's."""


ACRONYM = re.compile(r"[A-Z]{2,6}")
"""A body named by its initials ('RCF')."""
NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z][\w'’-]*)+")


def _spelled_out(acronym: str, text: str) -> list[str]:
    """Return the runs of capitalised words in text whose initials spell the acronym, small
    words apart ('Ramsclough Community Forum' for 'RCF')."""
    found = []
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            capitals = [(n, word) for n, word in enumerate(words[start:], start)
                        if word[:1].isupper()]
            if len(capitals) >= len(acronym) and words[start][:1].isupper() and "".join(
                    word[0] for _, word in capitals[:len(acronym)]) == acronym:
                found.append(" ".join(words[start:capitals[len(acronym) - 1][0] + 1]))
    return found


def _fuller_name(committee: str, texts: list[str]) -> str:
    """Return the name of a body that is not a council as its page names it in full: 'Fire and
    Rescue Authority' under a site titled 'Avonmere Fire and Rescue Authority', 'RCF' on the
    site of the 'Ramsclough Community Forum'."""
    if ACRONYM.fullmatch(committee):
        spelled = next((name for text in texts for name in _spelled_out(committee, text)), "")
        if spelled:
            return spelled
    fuller = re.compile(rf"\b((?:(?:[A-Z][\w'’-]*|&)\s+){{1,4}}){re.escape(committee)}\b",
                        re.I)
    for text in texts:
        for match in fuller.finditer(text):
            # 'Agenda for Combined Authority on … | North Moorland Combined Authority': the
            # site's name, not the agenda's words ('Kelbridge Fire & Rescue Authority' is);
            # 'Annual Meeting of Brackmoor Fire Authority': the name after the record's words.
            words = match.group(1).split()
            cut = max((n + 1 for n, word in enumerate(words) if RECORD_WORDS.fullmatch(word)
                       or word.lower() in DETERMINERS
                       or not (word[:1].isupper() or word in NAME_JOINS)), default=0)
            words = words[cut:]
            if words and words[0][:1].isupper():
                return " ".join([*words, match.group(0)[len(match.group(1)):]])
    return committee
