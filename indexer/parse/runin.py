"""Item headings written inside running text: numbers inline, and run-in 'Label:' headings."""

from __future__ import annotations

import re
from collections import Counter

from ..records import Line
from .blocks import FILE_BADGE, file_badge, is_title_like
from .dates import find_dates
from .initials import NOT_INITIALS
from .item_header import Header
from .people import FULL_NAME, HONORIFIC_WORDS, attendance_list, role_key
from .person_names import full_name

RUN_IN = re.compile(r"^(?P<label>[A-Z][\w’'&/()-]*(?:\s+[\w’'&/()-]+){0,5}?)\s*"
                    r"(?::[-–]?\s+|;\s*(?=[A-Z£\d]))(?P<rest>\S.*)$")
"""A paragraph's subject run into it, after a colon, a typist's colon and dash ('Planning:-
…') or a semicolon typed for a colon ('Kitchen; The cooker …')."""
STOP_DASH = re.compile(r"^(?P<label>[A-Z][\w’'&/()-]*(?:\s+[\w’'&/()-]+){0,5}?)\.\s+[–—]\s+"
                       r"(?P<rest>[A-Z\d£].*)$")
"""A subject closed by a full stop and a spaced dash, as a newspaper reports a council's
business ('Donations. – It was agreed to …')."""
STOP_RUN_IN = re.compile(r"^(?P<label>[A-Z][\w’'&/()-]*(?:\s+[\w’'&/()-]+){0,4}?"
                         r"(?:[a-z]{2}|\s\d{4}(?:/\d{2,4})?))\.\s+"
                         r"(?P<rest>[A-Z][\w’'/-]*\s+\S.*)$")
"""A subject closed by its full stop, its paragraph's sentence after it ('Bus shelter. The
broken pane has been replaced …'), as a typed page without numbers gives its items."""
SPACED_DASH = re.compile(r"^(?P<label>[A-Z][\w’'&/()]*(?:\s+[\w’'&/()]+){0,5}?)\s+[-–—]\s+"
                         r"(?P<rest>[A-Z][a-z]+\b(?:\S*\s+){5}.*)$")
"""A subject set off by a spaced dash from the sentences it opens ('Bus Shelter - The
broken pane has been replaced …'), as a village's web page gives its council's business; not a
heading with a dash inside it ('Fees and Charges – Markets 2026/27')."""
TIMED_ENTRY = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]|to)\s*\d{1,2}[.:]\d{2}"
                         r"\s*(?:[ap]\.?m\.?)?\s+(?P<label>[A-Z][^.!?]{2,80})$")
"""A session of a timed programme, its times from and to before its subject ('10.30 – 11.00
Review of the year')."""
BULLET_RUN_IN = re.compile(r"^(?P<label>[A-Z](?:[^:.]|\.(?=\d)){1,80}?)\s*:\s*(?P<rest>.*)$")
"""A bulleted point's longer subject before its colon ('• Minutes of the meeting held on 16th
April 2009: The minutes were signed …', '• Financial report for the year to 31.03.10:'): a
bullet marks where each point starts, so the subject may run to a dozen words. A subject with a
verb ('The Clerk reported the following:') is a sentence opening a list."""
CLOCK_TIME = re.compile(r"(?<![\d.])\d{1,2}[.:]\d{2}(?![.\d])")
"""A time in a label ('Meeting 7.30pm:'), not a date in figures ('31.03.10')."""
LIST_BULLET = re.compile(r"^[-•*–]\s+")
"""A list's bullet, as a page's list is saved as text."""
BARE_LABEL = re.compile(r"^(?P<label>[A-Z][\w’'&/()-]*(?:\s+[\w’'&/()-]+){0,5}?)\s*:[-–]?"
                        r"(?P<rest>)\s*$")
"""A bullet's label alone, its points under it ('- Matters Arising:')."""
INITIALS_LABEL = re.compile(r"^[A-Z]{2,4}$")
INITIALS_IN_TEXT = re.compile(r"(?<![\w-])([A-Z]{2,4})\s+(?=[a-z])")
"""Initials as a sentence's subject: 'MC proposed', 'SL to look at the site'."""
HONORIFIC_LABEL = re.compile(r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")
RECORD_HEADING = re.compile(r"^MINUTES\s+of\s+(?:(?:the|a|an)\s+(?:\w+\s+){0,3}"
                            r"|(?:[\w'’&,.-]+\s+){0,5}?(?:council|committee|board|authority|panel"
                            r"|forum|group)\s+)meeting\b", re.I)
"""The record's own heading: 'MINUTES of the meeting of …', or naming its body with no article
('MINUTES OF ASHBY PARISH COUNCIL MEETING HELD …'); not 'MINUTES OF LAST MEETING'."""
LETTER_POINT = re.compile(r"^\(?[a-h]\)$")
ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)[.,]?")
MONTH_YEAR = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December),?\s+\d{4}\.?")
ORDINAL_OR_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
SMALL_WORDS = frozenset("a an the of to and or for in on at by with from".split())
LINKING_WORDS = frozenset("of to and or for in on at by with from".split())
"""Small words that go on with the words before them, never open a paragraph."""
RECORD_VERB = re.compile(r"^(?:approved|signed|confirmed|adopted|accepted)\b")
RECORD_HEADING = re.compile(r"^(?:THE|MINUTES)$")
"""A heading opening with the record's own word ('MINUTES of the meeting held on …'), whose
sentence the next lines finish."""
MIN_RUN_IN = 3
SEMICOLON_LABEL_WORDS = 4
"""A subject before a semicolon is a few words ('Date of next meeting;'), not a clause."""
ACRONYM_LETTERS = 6
"""Acronyms that open a title ('MARAC', 'SACRE', 'NHSBSA') are short; a longer word in capitals
is a heading's ('CORRESPONDENCE')."""
APPLICATION_REF = re.compile(r"\b[A-Z]{0,4}/?\d{1,4}/\d{1,5}\b")
"""A planning application's reference ('PL/16/0288', '22/00417')."""
OWN_REFERENCE = re.compile(r"^[A-Z]{0,4}/?\d{2,4}/\d{3,5}/[A-Z]{2,6}[.,:]?$")
"""A planning application's full reference, its kind last ('19/02216/FUL', 'PL/24/0112/HH')."""
REFERENCE_NAMERS = frozenset(("application", "applications", "ref", "reference", "no", "number"))
"""Words that make a reference after them part of a heading ('Planning application 19/0221/FUL')."""
LETTER_MARK = re.compile(r"^(?:\([a-h]\)|[a-h][.)])$")
DECISION_WORDS = frozenset("RESOLVED NOTED AGREED CARRIED APPROVED DEFERRED LOST NOTE".split())
OUTCOME_WORDS = DECISION_WORDS - {"NOTE"} | {"CONCLUDED", "DECIDED", "ORDERED"}
"""A decision's word in capitals that opens a minute's text after its heading."""
CAPS_DASHED = re.compile(r"^(?P<title>[A-Z][A-Z0-9&'’/(),. ]*?[A-Z0-9)])\s+[-–]\s+(?P<rest>\S.*)$")
"""A subject in capitals closed by a dash: 'REC  FIELD - DT reported …'."""
RUN_ON_WORDS = 25
MAX_RUN_ON_TITLE = 16
OPENERS = frozenset("""
    The It A An This These There Cllr Cllrs Councillor Councillors Mr Mrs Ms Miss Dr All No
    Members We Following After As In Due Although Once Having
    """.split())
VERBISH = re.compile(r"^(?:has|have|had|was|were|is|are|will|would|reported|noted|agreed|said"
                     r"|explained|advised|informed|asked|confirmed|stated|thanked|presented"
                     r"|declared|proposed|resolved|discussed|welcomed|gave|updated|met|sent"
                     r"|recommends|reports|advises|provided|received|attended|requested|raised"
                     r"|made|circulated|recommended|considered|visited|wrote|contacted|spoke"
                     r"|suggested|commented|queried|highlighted|outlined)$")
SENTENCE_OPENERS = frozenset("""
    None Nothing Two Three Four Five Six Several Some Both Each Noted Agreed Resolved Approved
    """.split())
"""Further words that open a minute's sentence after a heading run into it."""
MOTION_CAPS = frozenset(("IT", "THAT", "MOVED", "RESOLVED", "ON"))
"""Words a motion typed in capitals opens with ('IT WAS REGULARLY MOVED …', 'THAT COUNCIL …')."""
LETTERED_COUNT = re.compile(r"[A-Z]{1,2}\d{2,4}")
"""A minute's running number with its committee's letter ('L23', 'PC104')."""
MOTION_OPENERS = frozenset(("Moved", "Proposed", "Seconded"))
"""Words that open a motion's record ('Moved by Councillor Rook, Seconded by …')."""
INITIAL = re.compile(r"^[A-Z]\.$")
RANKS = frozenset(("District", "County", "Borough", "Town", "Parish", "City"))
RUN_IN_MARKER = re.compile(r"^(?:\(?[ivx]{1,4}[.)]|\(?[a-h]\)|\([a-h1-9]\))$")
"""A list's first marker run into a heading: 'i.', '(a)', 'ii)'."""
DECIDED = frozenset(("RESOLVED", "AGREED", "NOTED", "Resolved", "Agreed", "Noted"))
"""An outcome opening the minute run into an agenda's words ('… for September 2024 RESOLVED
that …')."""
LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
"""A numbered point's number ('1.', '2)')."""
OFFICER_RANKS = frozenset(("PC", "PCSO", "Sgt", "SGT", "Insp", "INSP", "Cllr", "CLLR", "Mr", "Mrs",
                           "Ms", "Dr"))
"""Ranks and titles written before a name ('PC Piran Tangye'), in capitals or not."""
DISPOSALS = frozenset(("Considered", "Deferred", "Discussed", "Dealt"))
"""How a minute disposes of an item, written after its heading ('Tree Survey Considered under
item 5.3')."""
NAME_CONTINUES = frozenset("""
    Council Committee Group Board Trust Association Partnership Club Society Office Agency
    """.split())
"""Words that carry on a capitalised name ('Gorran Parish Council has …'): not a new subject."""


PART_LABELS = frozenset("""
    resolved agreed noted decision decisions action actions recommendation recommendations
    recommended venue contact motion amendment
    """.split()) | {"decision made", "decisions made", "additional documents",
                    "supporting documents", "dogfennau ychwanegol", "cofnodion"} | {
    f"{side} {the}{motion}" for side in ("for", "against") for the in ("", "the ")
    for motion in ("motion", "amendment", "resolution")}
"""Labels of a minute's parts or of a meeting page's details ('Resolved: …', 'Action: …',
'Venue: …', 'Motion: (Pask/Dunne)', 'For Motion: Crs …'), never an item's subject."""


DETAIL_LABELS = frozenset(("date", "time", "date and time", "location", "place", "download",
                           "published", "meeting", "start", "finish", "share this", "share"))
"""Labels of a meeting's or a paper's details ('Date : 26 February 2026', 'Location : …',
'Download: Approved Minute (PDF)'), or a page's buttons ('Share this: Facebook …'), never an
item's subject."""


AGENDA_NOTE = re.compile(r"To\s+[a-z]")
"""An agenda's note opening after a heading ('To receive a verbal update …')."""
POST_HOLDER_WORDS = 4
COUNT_ONLY = re.compile(r"^\d{1,3}\.?$")


def run_in_headings(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return the headings of paragraphs that open with a run-in 'Label: text' heading.

    Minutes without numbers often open each item with its subject and a colon ("Planning:
    all applications approved"); three or more such paragraphs read as the items.
    """
    found = []
    said = None
    for i in range(start, end):
        text = lines[i].text
        bullet = LIST_BULLET.match(text)
        if not text or (i > start and lines[i - 1].text and not bullet
                        and not lines[i - 1].text.endswith("|")):
            # A paragraph opens after a blank line, at a bullet of a list saved as text, or
            # after a table's row saved as text ('… be agreed as a correct record. |').
            continue
        text = text[bullet.end():] if bullet else text
        row = text.endswith("|") and lines[i - 1].text.endswith("|") if i > start else False
        # A row's first cell in capitals is its heading, before any label in its text
        # ('ELECTION OF MAYOR Minutes: Councillor Holle proposed …').
        match = None if row and caps_heading_run_in(text) else \
            RUN_IN.match(text) or (BARE_LABEL.match(text) if bullet else None) \
            or STOP_DASH.match(text) or (BULLET_RUN_IN.match(text) if bullet else None) \
            or (_spaced_dash(text) if not bullet and not lines[i].heading else None) \
            or (_stopped(text) if not bullet else None)
        if not match and not bullet and (timed := TIMED_ENTRY.match(text)) \
                and is_title_like(label := timed.group("label")) \
                and not any(VERBISH.match(word) for word in label.split()):
            # '10.30 – 11.00 Review of the year': a timed programme's session.
            found.append(_run_in(i, i + 1, label, ""))
            continue
        if not match and not bullet and (caps := _caps_run_in(text.rstrip(" |"), row)):
            # 'REC  FIELD - DT reported that …': a typed minute's subject in capitals.
            found.append(_run_in(i, i + 1, *caps))
            continue
        if not match and not bullet and text.isupper() and i + 1 < end and lines[i + 1].text \
                and (caps := _caps_run_in(f"{text} {lines[i + 1].text}")):
            if len(caps[0]) > len(text):
                # 'TO CONSIDER THE REQUEST FROM THE BOWLS CLUB FOR A GRANT TOWARDS THE' /
                # 'CLUBHOUSE ROOF 303/15: Cllr Ives explained …': the heading wrapped.
                found.append(_run_in(i, i + 2, *caps))
                continue
            if text.endswith(":") and caps[0] == text[:-1].strip():
                # 'TO RECEIVE REPORTS FROM THE COUNCILLORS 304/15:' over its text.
                found.append(_run_in(i, i + 1, caps[0], ""))
                continue
        if not match or attendance_list(text) is not None:
            # 'Present:' is the attendance; 'Apologies: G. Gott' is an item, as when numbered.
            continue
        label = match.group("label").strip()
        if text[match.end("label"):].lstrip().startswith(";") \
                and len(label.split()) > SEMICOLON_LABEL_WORDS:
            # 'Chair to review the year; Secretary to present …': a sentence's clauses.
            continue
        if (role_key(label) and len(match.group("rest").split()) <= POST_HOLDER_WORDS) \
                or COUNT_ONLY.match(match.group("rest")):
            # 'Clerk: Mrs E Tregony', 'Public: 3' under 'Present: …': who holds the post, how
            # many came, not a subject.
            continue
        if bullet and INITIALS_LABEL.match(label):
            # '- MC: noticeboard at Bunachton - replacement ordered': a member's initials
            # label a point under an item, when the same letters name someone in the text too.
            said = said if said is not None else _initials_in_text(lines, start, end)
            if label in said:
                continue
        if bullet and HONORIFIC_LABEL.match(label):
            # '- Cllr Nicol: ward discretionary fund open …': who spoke, not a subject.
            continue
        if is_title_like(label) and not CLOCK_TIME.search(label) \
                and not any(VERBISH.match(word) for word in label.split()) \
                and label.lower() not in PART_LABELS and label.lower() not in DETAIL_LABELS:
            found.append(_run_in(i, i + 1, label, match.group("rest")))
    # 'Minutes: …' under every heading of a committee system's page, 'Proposed: …' under each
    # motion: a label repeated through the record is a field of its items, not a subject.
    counts = Counter(h.title.casefold() for h in found)
    found = [h for h in found if counts[h.title.casefold()] < FIELD_REPEATS]
    if found:
        # 'Dean Kramer: The bids …': a transcript's speaker, named in the attendance above the
        # business, not a subject.
        above = " ".join(line.text for line in lines[start:found[0].line])
        found = [h for h in found if not _listed_person(h.title, above)]
    return found if len(found) >= MIN_RUN_IN else []


def _listed_person(label: str, above: str) -> bool:
    """Return True if a label is a person's name whose surname the text above names."""
    match = FULL_NAME.fullmatch(label)
    person = full_name(match) if match else None
    return person is not None and re.search(rf"\b{re.escape(person.surname)}\b", above) is not None


def _stopped(text: str) -> re.Match[str] | None:
    """Return a STOP_RUN_IN match whose label names a subject: not a name after its title ('Mr
    Hollins. He asked …'), nor a word a minute's part opens with ('Agreed. The Clerk …')."""
    match = STOP_RUN_IN.match(text)
    if match is None:
        return None
    words = match.group("label").split()
    return None if words[0] in HONORIFIC_WORDS or len(words[-1]) < STOPPED_WORD_CHARS else match


STOPPED_WORD_CHARS = 4
"""The fewest letters of a stopped label's last word: 'Rd.', 'Ltd.', 'No.' are abbreviations."""


def _spaced_dash(text: str) -> re.Match[str] | None:
    """Return a SPACED_DASH match for a paragraph whose rest opens a sentence ('The broken pane
    …', 'Councillor Tolland reported …'), not a list's entry ('County News – May issue') nor
    a meeting page's line: a paper's link ('Budget Report - Quarter 2 2019/20 pdf icon PDF
    88 KB') or the meeting and its day ('Cabinet - Tuesday, 3rd March, 2020 5.00 pm')."""
    match = SPACED_DASH.match(text)
    if match is None or file_badge(text):
        return None
    rest = match.group("rest")
    if not _sentence_opens(rest) \
            and not any(VERBISH.match(word) for word in rest.split()[:SENTENCE_VERB_REACH]):
        return None
    dated = next(find_dates(match.group("rest")), None)
    return None if dated and dated[1] <= DATE_REACH else match


DATE_REACH = 12
SENTENCE_VERB_REACH = 12
"""The words of a dash's rest in which a verb shows it to be a sentence ('Gravel on the road from
the quarry lorries was reported …')."""
"""How far into a dash's rest a date makes the line a meeting's title, not a subject's text."""
FIELD_REPEATS = 3
"""How often a run-in label may stand in one record and still be an item's subject."""


def _run_in(line: int, body: int, label: str, rest: str) -> Header:
    """Return a run-in heading: its label, the rest of its paragraph's first line as text."""
    return Header(line, body, "", label, "", 2, rest, "run-in")


OPENING_NAME_WORDS = 3
"""The most words of a name before its verb where a sentence opens after a heading."""


def _caps_run_in(text: str, row: bool = False) -> tuple[str, str] | None:
    """Return the heading in capitals a paragraph opens with and the rest of it, when a dash,
    a colon, a full stop or a sentence in lower case follows ('PLANNING - 96/1432 …', 'THE
    MINUTES of the meeting …'), or the paragraph is a table's row saved as text (row: its
    capitals are its first cell), or None."""
    if attendance_list(text) is not None:
        return None
    dashed = CAPS_DASHED.match(text)
    caps = (" ".join(dashed.group("title").split()), dashed.group("rest")) if dashed \
        else caps_heading_run_in(text)
    if caps is None:
        return None
    title, rest = caps
    more = caps_heading_run_in(FILE_BADGE.sub(" ", rest) if file_badge(rest) else rest) \
        if dashed else None
    if more and more[1] and (_sentence_opens(more[1]) or AGENDA_NOTE.match(more[1])):
        # 'BERTHING - SLIP PONTOON The Group looked at …', 'PLAY AREAS - VERBAL UPDATE
        # PDF 95 KB To receive …': the heading goes on in capitals after its dash.
        title, rest = f"{title} - {more[0]}", more[1]
    if not rest or title.split()[0].strip(":.–-") in DECISION_WORDS | {"THAT", "PRESENT"} \
            or INITIALS_LABEL.match(title) or HONORIFIC_LABEL.match(title.title()):
        # 'DS – proposed that …', 'CLLR JONES - asked …': who spoke, not a subject.
        return None
    if RECORD_HEADING.match(f"{title} {rest}"):
        # 'MINUTES of the meeting of … held on …': the record's own heading, no item.
        return None
    # 'POLICE MATTERS. PCSO Rix reported …': a typed minute book closes it with a stop.
    after = " ".join(text.split())[len(title):].lstrip()[:1]
    closed = after in (":", "–", "-") or (after == "." and bool(re.search(r"[A-Z]{3}", title)))
    return (title, rest) if dashed or closed or row or rest[:1].islower() \
        or _sentence_opens(rest) else None


def _sentence_opens(text: str) -> bool:
    """Return True if text opens a sentence: with a word minutes open sentences with ('The
    minutes …', 'Members …') or with a name and its verb ('Captain Tregear reported …')."""
    words = text.split()[:OPENING_NAME_WORDS + 1]
    if not words or words[0] in OPENERS or words[0] in SENTENCE_OPENERS:
        return bool(words)
    for k, word in enumerate(words):
        if VERBISH.match(word):
            return k > 0
        if not (word[:1].isupper() and word[1:2].islower()):
            return False
    return False


def _initials_in_text(lines: list[Line], start: int, end: int) -> set[str]:
    """Return the capitals that stand in the text as a member's initials ('MC proposed, ER
    seconded', 'SL to look at site'): a word of two to four capitals not opening a label."""
    return {m.group(1) for i in range(start, end)
            for m in INITIALS_IN_TEXT.finditer(lines[i].text)}


REF_OPENING = re.compile(r"(?=\S*/)[A-Z]{0,4}/?\d[\w/.-]*")
"""An application's reference opening a title ('C/09/0042', '19/01234/FUL'): the dash after it
goes on to what is applied for."""
DASHES = ("-", "–")


def run_on_title(text: str) -> tuple[str, str]:
    """Split '7. Weight Restriction Signage? The issue of …' into its heading and its text.

    A heading run into its paragraph ends where a sentence visibly begins: after '?', '!' or
    ':', at a dash or a bullet, at a sentence opener ('The', 'It', 'Cllr' …), or at a
    capitalised word followed by a verb ('Councillors have …'). Headings are often written in
    sentence case ('Budget needs and precept request'), so the first lower-case word that is not
    a small word ends the heading only when no such mark comes before it. A verb before any
    such mark, as the first lower-case word ('Accounts were presented …', 'NALC has provided …'),
    means the paragraph opens with its sentence and has no heading: ('', text). A bracketed
    note belongs to the heading.
    """
    if referred := refers_cut(text):
        return referred
    words = text.split()
    if not words or words[0].rstrip(".") in OPENERS:
        return text, ""
    if words[0] == "To" and words[1:] and words[1][:1].islower():
        return _agenda_wording(words, text)
    lower, depth = None, 0
    # 'C/09/0042 – Change of use …, The Granary, …', 'DC/26/0155/FUL – The Old Maltings': an
    # application's reference and what it is for; the words after a comma, or after the
    # reference's dash, open no sentence.
    referenced = REF_OPENING.fullmatch(words[0]) is not None
    for k, word in enumerate(words[:MAX_RUN_ON_TITLE + 1]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k and depth == 0 and LETTER_MARK.match(word) and nxt[:1].isupper():
            # "Clerk's Report (a) The footpath stile …": a lettered list opens the text.
            return _cut(words, k)
        if k and depth == 0 and OWN_REFERENCE.match(word) \
                and words[k - 1].lower().rstrip(".:") not in REFERENCE_NAMERS:
            # 'Planning 19/02216/FUL Single-storey rear extension …': an application opens the text.
            return _cut(words, k)
        depth += word.count("(") - word.count(")")
        if depth > 0 or word.endswith(")"):
            continue
        subject = word[:1].isupper() and VERBISH.match(nxt) and not (
            word in NAME_CONTINUES and words[k - 1][:1].isupper())
        if k and ((not words[k - 1].endswith(",")
                   and not (k <= 2 and referenced and words[k - 1] in DASHES)
                   and (word.rstrip(".") in OPENERS or word in SENTENCE_OPENERS)) or subject
                  or (word == "To" and nxt[:1].islower() and nxt.isalpha())
                  or (word in RANKS and nxt.rstrip(".") in ("Cllr", "Councillor"))
                  or (word[:1] in "•-–" and not (k == 1 and referenced))
                  or re.match(r"^\d+\.\d+$", word) or word in DISPOSALS
                  or (RUN_IN_MARKER.match(word) and nxt[:1].isupper())):
            # '… Draft Local Plan i. The Councillors were …': a list opens the text.
            return _cut(words, _first_name_before(words, k) if subject else k)
        if k and word[:1].islower() and VERBISH.match(word.rstrip(".,;")):
            # 'Provision of HGV signs Polvean County Council (PCC) has agreed …': the sentence
            # starts with the name before its verb; with no name, at the first word.
            start = _name_before(words, k)
            if start and (lower is None or start > lower):
                return _cut(words, start)
            if lower is None:
                return "", text
        if k and lower is None and word[:1].islower() and word.lower() not in SMALL_WORDS:
            lower = _sentence_capital(words, k)
        if word.endswith(("?", "!", ":")):
            return _cut(words, k + 1)
        if word.endswith(".") and len(word) > 3 and word[:-1].isalpha():
            return _cut(words, lower if lower is not None else k + 1)
    if lower is None or is_title_like(text):
        return text, ""
    return _cut(words, lower)


DASH_TAIL_WORDS = 8
"""The most words a heading's lower-case part after its dash runs to."""


def heading_dash_tail(tail: str) -> int:
    """Return how many words of the text after a heading's dash still belong to the heading:
    lower-case words, no verb and no stop among them, then a sentence's opener ('Quay works
    - progress report There was submitted …'); 0 for the text after a heading ('Finance – the
    accounts were paid')."""
    words = tail.split()
    for j, word in enumerate(words[:DASH_TAIL_WORDS + 1]):
        if j and (word in SENTENCE_OPENERS or word.rstrip(".") in OPENERS):
            return j
        if not (word[:1].islower() or word[:1].isdigit()) or VERBISH.match(word) \
                or word[-1] in ",.;:?!":
            return 0
    return 0


def _agenda_wording(words: list[str], text: str) -> tuple[str, str]:
    """Split a heading in the agenda's words ('To receive a report from the members who sit on
    other bodies …') from its text: it is written in sentence case, so only a mark ends it
    (a full stop, '?', ':', a dash or bullet, a list's first marker, a sentence opener such as
    'The', an outcome such as 'RESOLVED'); else it is whole."""
    for k, word in enumerate(words[:MAX_RUN_ON_TITLE + 1]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        opens = (word.rstrip(".") in OPENERS or word in SENTENCE_OPENERS) \
            and words[k - 1] not in SMALL_WORDS
        if k > 1 and (opens or word[:1] in "•-–" or word.rstrip(":") in DECIDED
                      or (RUN_IN_MARKER.match(word) and nxt[:1].isupper())):
            return _cut(words, k)
        if word.endswith(("?", "!", ":")) or (word.endswith(".") and len(word) > 3
                                               and word[:-1].isalpha()):
            return _cut(words, k + 1)
    return text, ""


def _sentence_capital(words: list[str], k: int) -> int:
    """Return where the sentence holding the lower-case word k starts: at k, or at the capital
    that opens it after a heading in title case ('Councillor Vacancy One application …',
    'Items for Next Agenda Village hall car park lighting.')."""
    c = k - 1
    while c > 0 and words[c].lower() in SMALL_WORDS and not words[c][:1].isupper():
        c -= 1
    head = words[:c]
    if c < 1 or not words[c][:1].isupper() or not any(w[:1].isupper() for w in head) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS
                       for w in head):
        return k
    return c


REFERS_ASIDE = re.compile(r"\s*\((?:min(?:ute)?s?\.?\s*(?:no\.?\s*)?[\w/.-]+"
                          r"(?:\s*(?:,|and|&)\s*[\w/.-]+)*\s+refers?"
                          r"|refers?\s+to\s+min(?:ute)?s?\.?\s*[\w/.-]+)\)", re.I)
"""A matter arising's note of the earlier minute it follows ('Bus shelter (min.207 refers)'): it
closes the heading."""
REFERS_REACH = 80


def refers_cut(text: str) -> tuple[str, str] | None:
    """Split 'Lych gate (min.212 refers) Cllr Tregony still to …' at its minute's note: the
    heading before it, the text after; None if no such note closes a heading's length."""
    match = REFERS_ASIDE.search(text, 0, REFERS_REACH + 40)
    if match is None or match.start() > REFERS_REACH or match.start() == 0:
        return None
    return text[:match.start()].strip(), text[match.end():].strip()


def opener_cut(text: str) -> tuple[str, str] | None:
    """Split '36/24 Finance The bank balance at 31st August was …' where its sentence visibly
    begins: at an opener ('The', 'It', 'None', 'Two' …), an initial and surname or a member's
    initials that speak ('H. Coultas proposed', 'BI reported'), a rank and name ('District
    Cllr Wragg') or the heading's first word again, as the subject of a verb ('Apologies
    Apologies were …'); None when no such start comes before a lower-case verb or within a
    heading's length, or the text opens with one ('The Clerk had …')."""
    if referred := refers_cut(text):
        return referred
    words = text.split()
    if not words or words[0].rstrip(".,") in OPENERS or words[0] in SENTENCE_OPENERS \
            or all(word.isupper() for word in words[:3]) \
            or (words[0] in RANKS and words[1:2] in (["Cllr"], ["Councillor"])):
        # A heading in capitals ('TO RECEIVE A REPORT …') shows no sentence's start by case;
        # 'County Councillor Ince reported …' opens with its speaker.
        return None
    for k, word in enumerate(words[:MAX_RUN_ON_TITLE + 1]):
        nxt, after = [*words[k + 1:k + 3], "", ""][:2]
        if k and word[:1].islower() and VERBISH.match(word.rstrip(".,;")):
            return None
        if k and words[k - 1].lower() not in SMALL_WORDS and nxt and (
                word.rstrip(".,") in OPENERS or word.rstrip(":") in SENTENCE_OPENERS
                or (INITIAL.match(word) and nxt[:1].isupper() and VERBISH.match(after))
                or (_initials(word) and VERBISH.match(nxt))
                or (word in RANKS and nxt in ("Cllr", "Councillor") and after[:1].isupper())
                or (word == words[0] and VERBISH.match(nxt))):
            # 'Apologies Apologies were intimated …': the sentence repeats its heading's word.
            if words[k - 1].endswith(",") and not any(
                    w[:1].islower() and VERBISH.match(w.rstrip(".,;")) for w in words[k + 1:]):
                # 'Salt Bin, The Green.': a place after the heading's comma, no sentence.
                continue
            return _cut(words, k)
    return None


def _initials(word: str) -> bool:
    """Return True for a member's initials standing for their name ('MT'), not a rank ('PC')."""
    return INITIALS_LABEL.match(word) is not None and word not in NOT_INITIALS


def _name_before(words: list[str], k: int) -> int:
    """Return where the run of capitalised words (brackets included) ending before k starts,
    or 0 if none does."""
    j = k
    while j > 0 and (words[j - 1][:1].isupper() or words[j - 1].startswith("(")
                     or words[j - 1].endswith(")") or words[j - 1] in ("&", "of", "and")):
        j -= 1
    while j < k and not words[j][:1].isupper():
        j += 1
    # 'Police Report PC Dana Quarle reported …', 'Treasurer's Report BI reported …': the name
    # starts at its rank or honorific, or is the initials before the verb.
    named = next((p for p in range(j + 1, k) if words[p].rstrip(".") in HONORIFIC_WORDS), None) \
        or (k - 1 if k - 1 > j and _initials(words[k - 1]) else None)
    return named or (j if j < k else 0)


def _first_name_before(words: list[str], k: int) -> int:
    """Return where a name whose surname is words[k] starts: at the capitalised word before it
    when a heading's own word in lower case comes before that ('… on tonight's agenda Anne
    Fell declared …'); else at k ('Village Hall Smith reported', 'Declaration of Interests
    Smith declared' keep their headings whole)."""
    before = words[k - 1] if k > 2 else ""
    if before[:1].isupper() and before.isalpha() and before not in OPENERS \
            and words[k - 2][:1].islower() and words[k - 2].lower() not in SMALL_WORDS:
        return k - 1
    return k


INITIAL_WORD = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
"""A name's initials before its surname ('R.', 'J.P.')."""


def _cut(words: list[str], k: int) -> tuple[str, str]:
    """Return words[:k] as a heading (without trailing small words) and the rest as text; a
    name cut at its surname keeps its initials ('Highways R. Pardew reported …'), and initials
    that open the text leave no heading ('R Galbraith read …')."""
    while 0 < k < len(words) and words[k][:1].isupper() and INITIAL_WORD.match(words[k - 1]):
        k -= 1
    if k == 0:
        return "", " ".join(words)
    while k > 1 and words[k - 1].lower() in SMALL_WORDS:
        k -= 1
    return " ".join(words[:k]).rstrip(":.,;"), " ".join(words[k:])


CAPS_SENTENCE_WORDS = 6
"""Words after a heading's colon that, all in capitals and closed by a stop, are a sentence."""


def _caps_sentences(words: list[str], k: int) -> bool:
    """Return True if the words from k on are sentences typed in capitals, not a subtitle: a
    stop then more capitals ('ALLOTMENTS: THE RENEWALS WERE IN. IT WAS RESOLVED …'), or
    a long run closed by its stop, with nothing in small letters."""
    for j in range(k, len(words)):
        if any(c.islower() for c in words[j]):
            return False
        if words[j].endswith(".") and words[j] != "NO." and not _initials(words[j]):
            return _caps_word_at(words, j + 1) or (j + 1 == len(words)
                                                  and j + 1 - k >= CAPS_SENTENCE_WORDS)
    return False


def _caps_word_at(words: list[str], k: int) -> bool:
    """Return True if words[k] is a word of two or more letters, all capitals."""
    letters = [c for c in words[k] if c.isalpha()] if k < len(words) else []
    return len(letters) > 1 and all(c.isupper() for c in letters)


DATE_WORDS = 4
"""The most words a date takes ('Wednesday 14th March, 2018' less its weekday)."""
AGENDA_TO = frozenset(("to",))
"""The word agenda wording opens with, before its verb."""


def _date_words(words: list[str], k: int) -> int:
    """Return how many words from words[k] write a date ('14TH March, 2018', 'June 18 2019'),
    or 0."""
    if not words[k][:1].isdigit() and words[k][:1].upper() not in "JFMASOND":
        return 0
    head = " ".join(words[k:k + DATE_WORDS])
    found = next(find_dates(head), None)
    if found is None or found[1] != 0:
        return 0
    return len(head[:found[2]].split())


PLANNING_HEAD = re.compile(r"PLANNING(?:\s+(?:APPLICATIONS?|MATTERS))?:?")
"""The heading minutes give their planning business, in capitals."""


def caps_heading_run_in(text: str) -> tuple[str, str] | None:
    """Split 'PUBLIC FORUM (15 MINUTES) Item 8 was …' into a heading in capitals and its text.

    A heading typed in capitals and run into its paragraph ends where the capitals end; small
    words and a bracketed note ('(for items on the Agenda)') between capitals stay in it.
    Returns None unless capitals open the text and ordinary text follows them.
    """
    words = text.split()
    k, last_caps, depth = 0, -1, 0
    while k < len(words):
        word = words[k]
        depth += word.count("(") - word.count(")")
        letters = [c for c in word if c.isalpha()]
        if LETTER_POINT.match(word) and depth <= 0:
            # 'PLANNING a) PA19/01234 – …': the heading's first lettered point opens its text.
            break
        if depth > 0 or word.endswith(")"):
            if depth <= 0 and letters and all(c.isupper() for c in letters):
                # 'ELECTION OF CHAIR(PERSON)', '… (15 MINUTES)': a bracket closed in capitals.
                last_caps = k
            k += 1
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        dated = _date_words(words, k) if last_caps >= 0 else 0
        if dated:
            # '… MEETING HELD ON THE 14TH March, 2018', '… MEETING HELD June 18 2019: …': a date
            # the heading names is the heading's, in whatever case.
            last_caps = k + dated - 1
            k += dated
            continue
        if k and (LIST_NUMBER.fullmatch(word) or word.replace(".", "") in OFFICER_RANKS) \
                and nxt[1:2].islower() and nxt[:1].isupper():
            # '… COFNODION Y CYFARFOD 1. The minutes …', '… YR HEDDLU PC Piran Tangye
            # reported …': a numbered point, or an officer by rank and name, opens the text.
            break
        if k and word.endswith(":") and any(c.isdigit() for c in word) \
                and nxt in MOTION_CAPS and _caps_sentences(words, k + 1):
            # 'AGENDA APPROVAL 01-05B-11: IT WAS REGULARLY MOVED AND SECONDED THAT …': the
            # resolution's number opens its text, typed in capitals too.
            break
        if k and word.strip(":.–-") in OUTCOME_WORDS and k + 1 < len(words) \
                and (words[k + 1][:1].islower() or word.endswith(":")):
            # '… HELD ON 18TH JANUARY 2010 CONCLUDED that the minutes …': the outcome opens
            # the text.
            break
        if letters and all(c.isupper() for c in letters) and (
                len(letters) > 1 or word == "A" or _caps_word_at(words, k + 1)):
            # A one-letter word between capitals stays in the heading ('ADRODDIAD Y CYNGHORYDD').
            last_caps = k
            if word.endswith((":", "–", "-", ".")) and len(letters) > 1 \
                    and not (word == "NO." and ((k and words[k - 1].isdigit())
                                                or nxt[:1].isdigit())) \
                    and not (word.endswith(":") and _caps_word_at(words, k + 1)
                             and _caps_word_at(words, k + 2)
                             and not _caps_sentences(words, k + 1)):
                # 'COAST PATH: REPAIRS AFTER THE WINTER STORMS …': a subtitle in capitals
                # after the colon is the heading's too.
                # '… ERECTION OF 6 NO. TWO BEDROOM FLATS': a count's 'NO.' ends nothing, nor
                # does a number's ('TREE PRESERVATION ORDER NO. 12').
                break
        elif last_caps >= 0 and word in ("No", "No.") and nxt[:1].isdigit():
            # 'TREE PRESERVATION ORDER No 14/1999, LAND AT …': a number's abbreviation in
            # small letters stays in the heading.
            last_caps = k
        elif last_caps >= 0 and ((any(c.isdigit() for c in word)
                                  and all(c.isupper() for c in letters)
                                  and (not letters or _caps_word_at(words, k + 1 + (
                                      nxt in ("–", "-"))) or LETTERED_COUNT.fullmatch(word)))
                                 or ORDINAL.fullmatch(word)):
            # 'HELD ON 10th SEPTEMBER 2025.': a date's day and year stay in the heading, and
            # so does a reference in capitals ('PLANNING APPLICATION 19B214 – NEW BARN'), or
            # the minute's own running number after it ('MINUTES L23 The minutes …').
            last_caps = k
        elif not ((word.lower() in SMALL_WORDS and not word.istitle())
                  or word in ("&", "–", "-") or not letters):
            # A small word in title case opens a sentence ('… THE MINUTES The CAO advised').
            break
        k += 1
    if last_caps > 0 and words[last_caps] == "A" and last_caps + 1 < len(words) \
            and words[last_caps + 1][:1].islower():
        # '… AND RESOLVE ON PURCHASE A selection of bins …': the article opens the sentence.
        last_caps -= 1
    if last_caps > 0 and _initials(words[last_caps]) and last_caps + 1 < len(words) \
            and VERBISH.match(words[last_caps + 1]):
        # 'AOCB CO raised the condition of the path …': a member's initials open the sentence.
        last_caps -= 1
    heading = words[:last_caps + 1]
    caps_words = [w for w in heading if any(c.isalpha() for c in w) and w.upper() == w]
    if heading and heading[0] not in caps_words and heading[0].lower() in AGENDA_TO:
        # '1. To RECEIVE apologies for absence – …': agenda wording with its verb in capitals,
        # not a heading in capitals.
        return None
    if not heading or len(heading) == len(words) or (
            len(caps_words) < 2 and (len(caps_words) == 0 or len(caps_words[0]) < 4
                                     or caps_words[0].strip(":.–-") in DECISION_WORDS)):
        return None
    follower = next((w for w in words[last_caps + 1:] if any(c.isalpha() for c in w)
                     and w.lower() not in SMALL_WORDS), "")
    # 'CHAIRMAN - Resolved - That …': a dash after the capitals closes the heading.
    dashed = last_caps + 1 < len(words) and words[last_caps + 1] in ("-", "–")
    ref_at = next((n for n, word in enumerate(heading) if APPLICATION_REF.match(word)), None)
    if dashed and ref_at and PLANNING_HEAD.fullmatch(" ".join(heading[:ref_at])):
        # 'PLANNING 2012/188/PP - Erection of garage, …': the heading, then its first
        # application's reference and description.
        return " ".join(heading[:ref_at]).rstrip(":–-. "), " ".join(words[ref_at:])
    if dashed and (APPLICATION_REF.search(" ".join(heading))
                   or (len(heading) == 1 and any(c.isdigit() for c in heading[0]))) \
            and follower.strip(":.–-").upper() not in DECISION_WORDS:
        # 'TRW/24CM003 - Renewal of Consent …': a paper's reference alone is no heading.
        # 'ORLESTONE - PL/16/0288 - Erection of two dwellings; Land east of Church Lane': a planning
        # application's place and reference in capitals, its description after the dash.
        return None
    if len(caps_words) < 2 and follower[:1].isupper() and follower[1:2].islower() \
            and follower not in OPENERS | MOTION_OPENERS and not dashed \
            and not caps_words[0].endswith(".") \
            and (len(caps_words[0]) <= ACRONYM_LETTERS or not caps_words[0].isalpha()):
        # 'MARAC Consultation - Verbal Update': an acronym opening a title, not a heading (but
        # 'A.O.C.B. Isla asked …' is a heading closed by its stop, 'CORRESPONDENCE Letters
        # from …' a word too long to be an acronym, and 'BY-LAWS Moved by …' its motion).
        return None
    if len(caps_words) < 2 and VERBISH.match(follower.rstrip(".,;")) and not dashed:
        # 'NALC has provided the following advice': an acronym as the sentence's subject.
        return None
    end = last_caps + 1
    if end < len(words) and words[end] in LINKING_WORDS \
            and not any(VERBISH.match(word) or RECORD_VERB.match(word) for word in words[end:]) \
            and not RECORD_HEADING.match(words[0]):
        # 'INVESTITURE of the new Mayor with the badge of office': capitals opening a title
        # that goes on in small letters, a word linking them, not a heading run into its text
        # ('MINUTES of the meeting held on 2nd May were approved': a record's sentence).
        return None
    while end < len(words) and (words[end].startswith("(") or depth_open(words[:end])):
        end += 1
    if MONTH_YEAR.fullmatch(" ".join(words[end:])) and ORDINAL_OR_DAY.fullmatch(words[end - 1]):
        # 'MINUTES – ORDINARY MEETING 7 April 2026': a date in title case ends the heading.
        return None
    title = " ".join(words[:end]).rstrip(":–-. ")
    return title, " ".join(words[end:]).lstrip(":–- ")


def depth_open(words: list[str]) -> bool:
    """Return True while a bracket opened in words is still open."""
    return sum(w.count("(") - w.count(")") for w in words) > 0
