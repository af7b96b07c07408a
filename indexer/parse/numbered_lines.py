"""A numbered line read as an item's header: its number, its title and where its text starts."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Line
from .blocks import (
    FILE_BADGE,
    FUNCTION_WORDS,
    LIST_MARKER,
    SENTENCE_END,
    TIME_STAMP,
    ended_short,
    file_badge,
    is_title_like,
    is_upper_heading,
)
from .dates import MONTHS, is_date_line
from .heading_context import ATTENDANCE_START
from .item_header import FIGURES_TITLE, NUMBER_ALONE, NUMBERED, Header, number_key, number_style
from .line_fixes import PRIVATE_MARK, STAR_MARK
from .mentions import mentions
from .plain_headings import CONTINUED
from .runin import (
    RUN_ON_WORDS,
    VERBISH,
    caps_heading_run_in,
    opener_cut,
    refers_cut,
    run_on_title,
)
from .title_ends import (
    AGENDA_ENTRY,
    HEADING_STOP,
    LABEL_DECISIONS,
    LABEL_THAT,
    MAX_TITLE_WORDS,
    NAMED_AFTER,
    NIL_TAIL,
    OPENING_HEADING,
    OUTCOME_TAIL,
    SENTENCE_VERB,
    SPOKEN_GLOSS,
    STOPPED_WORDS,
    STUB,
    TRAILING_REF,
    bare_heading,
    colon_closing,
    cut_stub,
    is_sentence,
    long_wrapped_title,
    opened_run_in,
    opening_heading_cut,
    reads_as_speech,
    split_colon,
    stopped_heading,
    stopped_run_in,
    task_entry,
    untitled_sentence,
)
from .title_wraps import DECISION_OPENS, DECISION_START, finish_header, next_filled

AGENDA_NUMBER_AFTER = re.compile(r"(?P<open>\()?(?P<ref>\d{1,3}[a-z]?)(?(open)\)|[.)]?)\s+"
                                 r"(?=[A-Z(‘'\"])")
"""An agenda number after a minute's reference ('C112/23 1. APOLOGIES'), in brackets too
('112/16 (1) APOLOGIES FOR ABSENCE', a column of agenda numbers beside the minutes)."""
CITED = re.compile(r"\[\d{1,3}(?:\.\d{1,2})?\]\s+(?=[A-Z0-9])")
SECOND_NUMBER = re.compile(rf"(?P<ref>\d{{1,3}})[.)]\s+(?=[A-Z][a-z]|[A-Z]{{2,}})|{CITED.pattern}")
"""A second number after an item's own ('415. 403. Confirmation of Previous Minutes'): the
minute it refers to, in a column of its own; or in square brackets, the earlier minute a
matter arising comes from ('6.1 [5.3] Street light')."""
THAT_CLAUSE = re.compile(r"^That\s+(?:the|a|an|it|this|these|no|all|authority|[a-z]+\s)")
BRACKETED_REF = re.compile(r"\((?P<ref>\d{1,3}[a-z]?)\)\s+(?=[A-Z])")
"""The agenda's number in brackets after a running minute number ('1403 (4) LICENSING …')."""
RUNNING_DIGITS = 3
RUNNING_SENTENCE = re.compile(r"^(?:The|A|An|It|There|This|Members|Councillors|Cllr)\s+[a-zA-Z]"
                              r"|^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|PCSO|PC)\.?\s+[A-Z][\w'’-]+\s+[a-z]")
RUNNING_VERB = re.compile(SENTENCE_VERB.pattern
                          + r"|^(?:[\w'’.-]+\s+){1,4}?(?:[a-z]+ed|said|gave|told|took|made)\s+"
                          r"(?:the|that|a|an|to|on|her|his|their|its|it|this|these)\b")
"""A running minute's sentence opening: its subject, then a verb ('The Clerk reported that …',
'Mrs Ormiston declared an interest …', 'A letter … was read')."""
AGENDA_LABEL = re.compile(r"^(?:Agenda\s+)?Item\s+(?P<ref>\d{1,3}[a-z]?)\s*[:.)–-]\s*", re.I)
"""An agenda item's label opening a heading ('Item 4:', 'Agenda Item 4 –')."""
FIRST_LETTER = re.compile(r"\s\(?a\)\s+(?=[A-Z0-9])")
SECOND_LETTER = re.compile(r"\s\(?b\)\s+(?=[A-Z0-9])")
LETTERED_HEAD_WORDS = 8
LETTERED_ALONE_WORDS = 3
MAX_ENTRY_WORDS = 45
BARE_SECOND = re.compile(r"(?P<ref>\d{2,3})\s+(?=[A-Z]{2,}\b)(?!(?:[A-Z'’-]+\s+){0,3}"
                         r"(?:ROAD|STREET|LANE|CLOSE|AVENUE|DRIVE|WAY|CRESCENT|TERRACE|PLACE"
                         r"|GARDENS|COURT|ROW|HILL)\b)")
"""A report's number in a column after a running minute number ('1600  71  BUDGET …'), not a
house's number in an address ('1602  32 HARBOUR ROAD')."""
MONTH_STAMP = re.compile(r"\((?:0?[1-9]|1[0-2])/\d{2}\)\s+(?=[A-Z])|\([A-Z]\)\s+(?=[A-Z][a-z])")
DASH_AFTER_NUMBER = re.compile(r"^(\d{1,3}[.)])(?:\s+[-–]\s+|\s*/\s*)(?=[A-Z])")
RUN_IN_CELL_WORDS = 6
"""The most words of a heading run into its text after a number alone on its line."""
SEMICOLON_RUN_IN = re.compile(r"^(?P<head>[A-Z][^;:.]{2,60}?);\s+(?P<tail>\S.*)$")
"""A heading closed by a semicolon, its text after it ('Bench repairs; The Clerk …')."""
LINK_ICON = re.compile(r"^(?P<number>\d{1,3}[.)]?\s+)(?:icon|pdf|doc)\s+(?=[A-Z])")
"""A linked paper's icon, its image's words, between an item's number and its title."""
SIZE_BADGE = re.compile(r"\s*(?:\[\d+(?:\.\d+)?\s*[KMG]b\]|\(\d+(?:\.\d+)?\s*[KMG]b\))", re.I)
"""A linked paper's size after its title: '[3Mb]', '(104Kb)'."""
ENTRY_GLOSS = re.compile(r"^(?P<title>[A-Z][^–:.]{1,60}?)\s[–-]\s+(?=to\s+(?:receive|approve"
                         r"|consider|note|confirm|agree|resolve|review|discuss)\b)")
"""An agenda entry on its own line: its heading, a dash, and what the meeting is to do in lower
case ('Apologies for absence – to receive and approve apologies.')."""
AGENDA_GLOSS = re.compile(r"(?:\s[–-]|\s(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B?\b)\s+"
                          r"(?=To\s+[a-z]+\b|(?:Joint\s+)?(?:Report|Briefing\s+Note|Note"
                          r"|Memorandum)\s+(?:by|of|from)\s)")
"""Where an agenda entry's note of what the meeting is to do starts: ' – To receive and agree',
or after its paper's link ('… PDF 201 KB To receive the report of …')."""
GLUED_GLOSS = re.compile(rf"(?<=[a-z)’'])(?<!\s[a-h]\))(?<!\([a-h]\))\s?"
                         rf"(?={AGENDA_ENTRY.pattern[1:]})")
"""An agenda entry's note run on after its heading with no dash, often with no space, as text
pasted from a PDF comes ('Apologies for AbsenceTo receive apologies …'); not a lettered point's
('FINANCE a) To approve …')."""
DASH_NOTE = re.compile(
    r"\s[–-]\s+(?P<note>(?P<outcome>(?:[Aa]greed|[Nn]oted|[Aa]pproved|[Rr]esolved|[Cc]arried"
    r"|[Dd]eferred|[Aa]ccepted|[Nn]one|[Nn]il)\b[^–]{0,60}$)|(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z].*)$")
"""An outcome or names after a heading's dash: '… – Agreed', '… – approved and signed',
'Apologies – none, all councillors present', 'Apologies – Cllr Jessop'."""
OUTCOME_LABEL_AFTER = re.compile(r"\s+(?P<label>RESOLVED|AGREED|NOTED|DECIDED)[:.]?$")
"""A decision's label in capitals closing a heading in other case ('… of Chair RESOLVED')."""
PAGE_BEFORE_NUMBER = re.compile(r"^\d{1,3}\s+(?P<n>\d{1,2})\s+(?=[A-Z])")
"""A page's number run into the start of a line before an item's number ('2 9 Chair's …')."""
CAPS_OUTCOME = re.compile(r"\b(?:was|were|is|be)\s+(?:RESOLVED|AGREED|NOTED|APPROVED|CARRIED)\b")
"""A sentence's verb in capitals: '… it was RESOLVED that the play area remain closed.'"""
def label_beside(text: str) -> tuple[str, str] | None:
    """Split a heading from the decision's label a text dump put on its line, printed beside it
    ('Appointment of Chair RESOLVED'), into the heading and the label; None for a heading
    in capitals throughout or one that is no title."""
    label = OUTCOME_LABEL_AFTER.search(text)
    if label is None or text.isupper() or not is_title_like(text[:label.start()]):
        return None
    return text[:label.start()], label.group("label")


COLUMN_HEADING = re.compile(r"^(?:Actions?|Owner|Ref\.?)\s+(?=\d{1,3}(?:\.\d{1,2})?\.?\s+[A-Z])")
COLON_RUN_IN = re.compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}:\s+[A-Z0-9]")
ITEM_LABEL = re.compile(r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?(?:\s*[:–-]\s+(?=\S)"
                        r"|\.?\s+(?=[A-Z]))", re.I)
"""An agenda's label before an entry's title: 'AGENDA ITEM 1: ', 'Item 4 – ', 'Agenda Item 3.
Exclusion …', 'Agenda Item 2 Declarations …'."""
SPACED_STOP = re.compile(r"^(?P<num>\d{1,3}[a-z]?)\s\.\s+(?=[A-Z])")
GLUED_NUMBER = re.compile(r"^(?P<num>\d{1,4})(?=(?!(?:AM|PM|HRS)\b)[A-Z]{2,}[A-Z'’ ]*(?:\b|[–-]))")
"""A minute's number with no space before its heading in capitals ('1418PRESENT–')."""
CAPS_DASH = re.compile(r"^(?P<head>\d{1,4}\s[A-Z][A-Z'’ ]+[A-Z])\s*[–-](?=[A-Z][a-z])")
"""A heading in capitals glued by its dash to its text ('1421 APOLOGIES–Apologies for …')."""
TIMING_CELL = re.compile(r"^(?P<num>\d{1,3}[.)]?\s+)[0-2]?\d[.:][0-5]\d\s*(?:hrs\s*)?[–-]\s*"
                         r"[0-2]?\d[.:][0-5]\d\s*(?:hrs\s+)?(?=[A-Z])")
"""A timed agenda's row: the item's start and end times before its topic ('13.00 – 13.20')."""
PAPER_AND_LEAD = re.compile(r"\s+[A-Z]{1,4}\d{1,3}(?:\.\d{1,3}){2,3}"
                            r"(?:\s+(?:[A-Z]{2,4}(?:/[A-Z]{2,4})*|[A-Z][a-z]+)){0,2}$")
"""A row's paper number ('EB4.19.1') and the lead's initials or role after its topic."""
PIPE_ROW = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})*\.?)\s*\|\s*(?=[A-Z])")
GLUED_CAPS = re.compile(r"^(?P<head>\d{1,3}[.)]?\s+(?:[A-Z][A-Z'’&.]*\s+){0,6}[A-Z][A-Z'’&.]*"
                        r"(?:[A-Z]{2}|\.))(?P<next>[A-Z][a-z])")
"""A numbered heading in capitals whose text follows with no space: 'PLANNINGThe application'."""
GLUED_DASH = re.compile(r"(?<=\s)[–—](?=[A-Z][a-z])")


def _heading_above(lines: list[Line], i: int, start: int) -> int | None:
    """Return the line of a bold heading just above line i (a blank between), if one is."""
    k = i - 2
    if k < start or lines[i - 1].text or not lines[k].text or not lines[k].heading \
            or NUMBERED.match(lines[k].text) or not is_title_like(lines[k].text):
        return None
    return k


AGENDA_WORDING = re.compile(r"^To\s+[a-z]+\b")
"""An agenda entry's wording: 'To receive …', 'To welcome …'."""


def numbered_run(lines: list[Line], start: int, stop: int, prefix: tuple[int, ...],
                  first: int, limit: int, style: str, packed: bool = False
                  ) -> tuple[list[Header], bool]:
    """Return the paragraphs numbered prefix.first, prefix.first+1 … below limit, in order,
    between lines start and stop, and whether every number up to limit was found.

    packed: paragraphs may follow each other with no blank line between, each on a line of its
    own (a web page's list saved as text): a number then opens a line after a finished one.
    """
    found, wanted = [], first
    for i in range(max(start, 1), stop):
        if wanted >= limit:
            break
        match = NUMBERED.match(lines[i].text) or NUMBER_ALONE.match(lines[i].text)
        if match and not prefix and number_key(match.group("num")) != (wanted,) \
                and (glued := PAGE_BEFORE_NUMBER.match(lines[i].text)) \
                and int(glued.group("n")) == wanted:
            # '1 4 Urgent items – …' between items 3 and 5: a text dump set the page's number
            # before the item's.
            match = NUMBERED.match(lines[i].text[glued.start("n"):])
        lone = limit == first + 1 and (match.groupdict().get("rest") or "")[:1].isupper() \
            if match else False
        if match and (match.groupdict().get("sep", ".") or prefix or style.endswith("-bare")
                      or lone) \
                and (not lines[i - 1].text
                     or (packed and lines[i - 1].text.endswith((".", ":", "!", "?")))) \
                and number_key(match.group("num")) == (*prefix, wanted):
            # '3.' alone, then 'The Minutes … were agreed as a true record.': untitled too;
            # 'Declarations of Interest. None were made.' has its heading run in.
            rest = match.groupdict().get("rest") or ""
            beside = label_beside(rest)
            if AGENDA_WORDING.match(rest):
                # '6 To welcome Sgt Marrow, who will report …': an agenda's entry is its title.
                title, body = run_on_title(rest)
                title = title if body else title.rstrip(".")
            elif beside:
                # '13 Appointments to outside bodies 2020 – 21 RESOLVED'.
                title, body = beside
            else:
                # 'Minute of previous meeting The minute of … was approved': a heading run into
                # a sentence that visibly opens.
                opened = opener_cut(rest)
                title, body = untitled_sentence(*(
                    refers_cut(rest) or stopped_heading(rest)
                    or (opened if opened and is_title_like(opened[0]) else ("", rest))))
            if lines[i].heading and SENTENCE_END.search(rest) and not HEADING_STOP.match(rest):
                # '3. The Minutes … were agreed as a true record.' all in bold, as the headings
                # are: a one-line minute is its own heading.
                title, body = rest.rstrip("."), ""
            if rest.endswith(":") and is_title_like(rest.rstrip(":")):
                # 'Declarations of Interest:' alone on its line: a heading, its text below.
                title, body = rest.rstrip(":").strip(), ""
            elif packed and body and not SENTENCE_END.search(rest) and is_title_like(rest):
                # "4. Accounts - Joy Pike" among untitled paragraphs: a heading.
                title, body = rest, ""
            elif body and lines[i].heading and not SENTENCE_END.search(rest) \
                    and is_title_like(rest):
                # '3. Materion yn Codi / Matters Arising' in bold, as the other headings are.
                title, body = rest, ""
            above = _heading_above(lines, i, start)
            if not rest and above is not None:
                # 'AOCB' in bold, then '10' alone: a Word table's cells read title first.
                found.append(Header(above, i + 1, match.group("num"), lines[above].text, "", 1,
                                    "", style))
            else:
                found.append(Header(i, i + 1, match.group("num"), title, "", 1, body, style))
            wanted += 1
    return found, wanted == limit


ENTRY_LINES = 3
RELATIVE = re.compile(r"\b(?:who|which)\s+(?:has|have|had|is|are|was|were)\b")
"""A relative clause's verb: '… in place of Councillor Quell, who has resigned.'"""


def _agenda_entry(lines: list[Line], i: int, end: int, rest: str) -> bool:
    """Return True for an agenda's entry in its own words, a paragraph of at most ENTRY_LINES
    lines with no verb of what was done ('To consider the report of the Chief Executive on
    …', 'Apologies for absence / Members on other Council duties.')."""
    if not rest[:1].isupper() or not (AGENDA_ENTRY.match(rest) or OPENING_HEADING.match(rest)) \
            or (i and lines[i - 1].text):
        return False
    stop = next((n for n in range(i + 1, min(end, i + ENTRY_LINES + 1)) if not lines[n].text),
                None)
    return stop is not None and not any(SENTENCE_VERB.search(RELATIVE.sub("", lines[n].text))
                                        for n in range(i, stop))


def _first_sub(rest: str, number: str) -> int | None:
    """Return where the first sub-item of item number begins in its heading's text ('7.
    Correspondence 7.1 Polvean Association …'): the space before 'number.1' and a capital."""
    needle = f"{number}.1"
    at = rest.find(needle, 1)
    while at != -1:
        after = at + len(needle)
        if rest[at - 1].isspace() and rest[after:after + 1].isspace() \
                and "A" <= rest[after:].lstrip()[:1] <= "Z":
            return at - 1
        at = rest.find(needle, at + 1)
    return None


def _first_lettered(rest: str) -> int | None:
    """Return where a heading's first lettered point begins in its paragraph ('7. Planning a)
    26/0184/FUL Ty Gwyn – … b) 26/0211/HH …'): 'a)' after a few words, with a 'b)' to follow,
    or None."""
    first = FIRST_LETTER.search(rest)
    if first is None or len(rest[:first.start()].split()) > LETTERED_HEAD_WORDS:
        return None
    if "(" in first.group(0) and len(rest[:first.start()].split()) > LETTERED_ALONE_WORDS:
        # '4.Matters Arising (a) Flagpole …': a point in brackets ends only a short
        # heading.
        return None
    if not SECOND_LETTER.search(rest, first.end()) \
            and len(rest[:first.start()].split()) > LETTERED_ALONE_WORDS:
        # 'Planning a) Decisions notified …' / … 'b) New applications': a short
        # heading's 'b)' may be on a later line.
        return None
    return first.start()


MINUTE_REACH = 3
"""Lines read between an agenda's entry and the minute numbered under it: its description."""
MIN_MINUTE_WORDS = 4
YEAR = re.compile(r"^(?:19|20)\d\d$")


def _minute_text(text: str) -> bool:
    """Return True for a minute's text under its number: a decision, or a full sentence."""
    return bool(DECISION_START.match(text)) or (
        (SENTENCE_END.search(text) is not None or text.endswith((":", ":-")))
        and len(text.split()) >= MIN_MINUTE_WORDS
        and (SENTENCE_VERB.search(text) is not None or not is_title_like(text)))


def _entry_title(text: str) -> tuple[str, str] | None:
    """Return an agenda entry's number and title ('2 Apologies', '1 pdf Minutes (88Kb)')."""
    cleaned = SIZE_BADGE.sub("", LINK_ICON.sub(r"\g<number>", text))
    match = NUMBERED.match(cleaned)
    if not match or not match.group("num").isdigit():
        return None
    title = match.group("rest").strip()
    return (match.group("num"), title) if is_title_like(title) and not _minute_text(title) \
        else None


def _agenda_entry_above(lines: list[Line], i: int, minute: str) -> tuple[str, str] | None:
    """Return the number and title of the agenda entry a minute's number stands under, past
    the entry's description ('To receive any apologies.'), if a different number heads it;
    or a title set directly over the number with no number of its own."""
    if i and lines[i - 1].text and is_title_like(lines[i - 1].text) \
            and not NUMBERED.match(lines[i - 1].text) and not _minute_text(lines[i - 1].text) \
            and (i < 2 or not lines[i - 2].text):
        # 'Review of Street Trading Fees' / '33': a row's title over its minute's number.
        return "", lines[i - 1].text.strip()
    seen = 0
    for k in range(i - 1, max(-1, i - 3 * MINUTE_REACH), -1):
        text = lines[k].text
        if not text:
            continue
        entry = _entry_title(text)
        if entry and entry[0] != minute:
            return entry
        seen += 1
        if seen >= MINUTE_REACH or NUMBER_ALONE.match(text) or not SENTENCE_END.search(text):
            return None
    return None


def _minute_under(lines: list[Line], i: int, end: int, number: str) -> bool:
    """Return True if an agenda entry at line i has a minute numbered on its own line under
    it, past its description, with the minute's text after (see _agenda_entry_above)."""
    if _entry_title(lines[i].text) is None:
        return False
    seen = 0
    for k in range(i + 1, min(end, i + 3 * MINUTE_REACH)):
        text = lines[k].text
        if not text:
            continue
        alone = NUMBER_ALONE.match(text)
        if alone and YEAR.match(alone.group("num")) and seen == 0 \
                and lines[i].text.split()[-1].lower() in MONTHS:
            # '3 MINUTES OF THE MEETING HELD ON 14 MARCH' / '2025': the title's year wrapped.
            return False
        if alone:
            j = next_filled(lines, k, end)
            return alone.group("num").isdigit() and alone.group("num") != number \
                and number_key(alone.group("num")) \
                != (*number_key(number)[:-1], number_key(number)[-1] + 1) \
                and j is not None and _minute_text(lines[j].text)
        seen += 1
        if seen >= MINUTE_REACH or not SENTENCE_END.search(text):
            return False
    return False


def _presenters_cut(title: str) -> str:
    """Return a title without the presenters an agenda names after it, two or more people
    parted by ' / ' ('… Report Ewan Bairnsfather / Duncan Fyfe'), or '' if it names none."""
    first, *others = title.split(" / ")
    if not all(_whole_name(part) for part in others):
        return ""
    words = first.split()
    # The first presenter's name, read alone: after 'the Harbour Trust' a name run on
    # from the title would read as part of a body's name.
    named = next((k for k in (3, 2) if len(words) > k and _whole_name(" ".join(words[-k:]))), 0)
    head = " ".join(words[:-named]).rstrip(" –-") if named else ""
    # A title of one word before a name is more likely a bilingual title ('Unrhyw Fater Arall /
    # Any Other Business').
    return head if len(head.split()) >= MIN_PRESENTED_WORDS and is_title_like(head) else ""


MIN_PRESENTED_WORDS = 2


def _whole_name(text: str) -> bool:
    """Return True if text is one person's name and nothing else."""
    found = mentions(text)
    return bool(found) and found[0].start == 0 and found[0].end == len(text)


INITIAL_SURNAME = re.compile(r"^[A-Z]\.\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+\([^()]{1,30}\))?$")
"""A person on a line of a stacked list: an initial and a surname, with a role ('(Clerk)')."""
PRESENT_REACH = 12


def _listed_present(lines: list[Line], i: int) -> bool:
    """Return True if line i is in a stacked list of who attended: a 'Present' label above it,
    only more of the list's names between."""
    for k in range(i, max(-1, i - PRESENT_REACH), -1):
        if ATTENDANCE_START.match(lines[k].text):
            return True
        if not INITIAL_SURNAME.match(lines[k].text):
            return False
    return False


NUMBERED_PERSON = re.compile(r"^\d{1,2}[.)]\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Rev|Sir"
                             r"|Dame)\.?\s+[A-Z]")
"""A numbered line naming a person: '3. Cllr A Bates Venton Town Council'."""
ATTENDANCE_REACH = 40


def _numbered_attendance(lines: list[Line], i: int) -> bool:
    """Return True if line i is in a numbered list of people under an attendance label
    ('Attendees', 'In Attendance', 'Present', 'Apologies'), with only such lines, their
    wrapped rest, blank lines and the labels of its groups ('Orlby Airport Ltd:') between."""
    for k in range(i - 1, max(-1, i - ATTENDANCE_REACH), -1):
        text = lines[k].text
        if ATTENDANCE_START.match(text) or APOLOGIES_LABEL.match(text):
            return True
        if text[:1].isdigit() and not NUMBERED_PERSON.match(text):
            return False
    return False


APOLOGIES_LABEL = re.compile(r"^Apologies(?:\s+for\s+absence)?\s*:?$", re.I)
"""The label of a list of those who sent apologies, alone on its line."""


ALONE_STOP = re.compile(r"^(?P<head>[A-Z][^.;:]{2,150}?[a-z0-9)])\.\s+(?=[A-Z])")
"""A line under a number alone opening with its heading closed by a full stop, then its text."""
ALONE_STOP_WORDS = 10
ALONE_ENTRY_WORDS = 20
"""The most words of such a heading: a subject's, or the agenda's words ('To agree the minutes
of the meeting held on 29/08/23 as an accurate record of the meeting')."""


def numbered_at(lines: list[Line], i: int, end: int) -> Header | None:
    """Return a numbered header at line i ('29. Title (Item B1)', '1.' then a title line)."""
    # A table's column heading run into its first row: 'Action 1.0 Welcome and apologies'.
    text = lines[i].text
    if text[1:3] == ". " and INITIAL_SURNAME.match(text) and _listed_present(lines, i):
        # 'Present: Councillors: P. Dunn' / 'L. Crane' / 'M. Moss (Clerk)': who attended,
        # stacked one a line, each an initial and a surname, not lettered headings.
        return None
    if NUMBERED_PERSON.match(text) and _numbered_attendance(lines, i):
        # 'Attendees' / '1. Mr P Thorne (Chair) Orlby Chamber of Trade' / '2. Cllr Mrs J
        # Hale …': who attended, numbered one a line, not the minutes' items.
        return None
    text = COLUMN_HEADING.sub("", text) if text[:1] in "AOR" else \
        PRIVATE_MARK.sub("", text) if text[:1] == "(" else \
        STAR_MARK.sub("", text) if text[:1] == "*" else text
    # '1. /' then 'CHAIR'S WELCOME': a table's cells saved as text with slashes between them.
    text = text[:-2] if text.endswith(" /") else text
    if text[:1].isdigit():
        # '1 . Prayers' (a webcast site's agenda) and '3. | Minutes |' (a table's row saved as
        # text): the number, its stop and its title.
        text = PIPE_ROW.sub(r"\g<num> ", SPACED_STOP.sub(r"\g<num>. ", text)).rstrip(" |")
        # '1421APOLOGIES–Apologies …': a minute's number glued to its heading in capitals.
        text = CAPS_DASH.sub(r"\g<head> – ", GLUED_NUMBER.sub(r"\g<num> ", text, count=1),
                              count=1)
        # '8. - Planning Matters - Noted …': a dash between the number and its heading; '2.
        # /Minutes of the meeting …': a table's cells saved with a slash between them.
        text = DASH_AFTER_NUMBER.sub(r"\1 ", text)
        # '1. APOLOGIESApologies received …': a heading in capitals glued to its text.
        text = GLUED_CAPS.sub(r"\g<head> \g<next>", text, count=1)
        # '1 13.00 – 13.20 Welcome, minutes … EB4.19.1 Chairman': a timed agenda's row, its
        # timing, paper and lead in cells of their own beside the topic.
        text = PAPER_AND_LEAD.sub("", TIMING_CELL.sub(r"\g<num>", text, count=1), count=1)
    if "(" in text and ":" in text:
        # 'Reports – (video time: 00:41:12) – the following reports were received:': where the
        # recording reaches the item is no part of its heading or its text.
        text = TIME_STAMP.sub("", text)
    if "icon" in text or "[" in text or "b)" in text:
        # '6.  icon Annual Treasury Report 2020/21 [3Mb] - Report by …': a linked paper's icon
        # (its image's words) and its size.
        text = SIZE_BADGE.sub("", LINK_ICON.sub(r"\g<number>", text))
    alone = NUMBER_ALONE.match(text)
    if alone:
        # A reference's letters ('RC/31') make its style, whatever mark stands before it.
        prefixed = text.lstrip("* ")[:1].isalpha()
        j = next_filled(lines, i, end)
        sub = NUMBERED.match(lines[j].text) if j is not None \
            and not FIGURES_TITLE.match(lines[j].text) else None
        if sub and sub.group("num") in (f"{alone.group('num')}.1", f"{alone.group('num')}/1"):
            # '5.' then '5.1 Chairman's Report': a section with no title, its sub-items follow.
            return Header(i, i + 1, alone.group("num"), "", "", 1, "",
                          number_style(alone.group("num"), text[-1], prefixed))
        before = next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].text),
                      None)
        titled_above = before is not None and before.heading and is_title_like(before.text) \
            and not NUMBERED.match(before.text)
        if j is not None and not sub and alone.group("num").isdigit() \
                and _minute_text(lines[j].text) \
                and (entry_above := _agenda_entry_above(lines, i, alone.group("num"))):
            # '2 Apologies' / 'To receive any apologies.' / '32' / 'Apologies were received
            # from …': a committee system's minute, numbered on its own line under the agenda's
            # entry, takes the entry's title and its number as the agenda's reference.
            ref, title = entry_above
            return Header(i, i + 1, alone.group("num"), title, ref, 1, "",
                          number_style(alone.group("num"), text[-1], False) + "-alone")
        if j is not None and not sub and file_badge(lines[j].text) \
                and (linked := FILE_BADGE.sub(" ", lines[j].text).strip()):
            # '46.' / 'Application Reference No. 1/23/9004. Proposal: … pdf icon PDF 1 MB': a
            # meeting page's item is the link to its paper, sentences and all.
            return replace(finish_header(lines, i, j, alone.group("num"), linked, end, wrap=False),
                           style=number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        glossed = ENTRY_GLOSS.match(lines[j].text) if j is not None and not sub else None
        if glossed and is_title_like(glossed.group("title")):
            # '1.' / 'Apologies for absence – to receive and approve apologies.': an agenda
            # entry under its number, its heading before the dash, what is to be done after.
            header = finish_header(lines, i, j, alone.group("num"), glossed.group("title"), end,
                             wrap=False)
            return replace(header, first_body=lines[j].text[glossed.end("title"):].strip(" –-"),
                           style=number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        # 'SDC - LC/5/25-26': the council's code before the committee's reference is printed
        # as part of it.
        number = (alone.group("code") or "") + alone.group("num")
        sep = text[-1] if text[-1] in ".):" else ""
        head, said = _run_in_cell(lines[j].text) if j is not None and not sub \
            and not titled_above else ("", "")
        if said:
            # 'P/03.19/02' / 'Apologies for absence: Cllr Ames (holiday)', 'Date of next
            # meeting; 4 July 2019': the cell's heading closed by its colon or semicolon.
            header = finish_header(lines, i, j, number, head, end, wrap=False)
            return replace(header, first_body=said, typed=lines[j].heading,
                           style=number_style(number, sep, prefixed) + "-alone")
        prose = j is not None and not sub and not titled_above \
            and SENTENCE_END.search(lines[j].text) is not None
        head, rest = run_on_title(lines[j].text) \
            if prose and not lines[j].heading and not lines[j].text.startswith("To ") \
            else ("", "")
        stop = ALONE_STOP.match(lines[j].text) if prose and j == i + 1 \
            and not lines[j].heading else None
        words = len(stop.group("head").split()) if stop else 0
        if stop and words >= 2 and (
                (AGENDA_ENTRY.match(stop.group("head")) and words <= ALONE_ENTRY_WORDS)
                or (words <= ALONE_STOP_WORDS and "," not in stop.group("head")
                    and (len(head.split()) <= 1 or OPENING_HEADING.match(stop.group("head")))
                    and is_title_like(stop.group("head"))
                    and not SENTENCE_VERB.search(stop.group("head")))):
            # '85/09/23.' / 'Disclosure of interest in items on the agenda. Cllr Garland
            # declared …': the heading under its number, closed by its full stop, then the text,
            # where no shorter heading opens the line.
            return Header(i, j + 1, alone.group("num"), stop.group("head"), "", 1,
                          lines[j].text[stop.end():],
                          number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        if rest and is_title_like(head) and len(head.split()) <= RUN_IN_CELL_WORDS:
            # '1' then 'Public Speaking Mrs Iris Wetherden spoke about …': a heading run in.
            return Header(i, j + 1, alone.group("num"), head, "", 1, rest,
                          number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        if prose and (SENTENCE_VERB.search(lines[j].text) or CAPS_OUTCOME.search(lines[j].text)):
            # '6.' then 'Accounts were presented and accepted for payment.' or '… it was
            # RESOLVED that …': no heading (but a
            # number set under a bold heading belongs to it: a Word table's cells come apart).
            return Header(i, i + 1, alone.group("num"), "", "", 1, "",
                          number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        entry = j is not None and AGENDA_ENTRY.match(lines[j].text) is not None \
            and len(lines[j].text.split()) <= MAX_TITLE_WORDS
        if j is None or sub or not (is_title_like(lines[j].text) or entry):
            # An agenda's words under the number are its title, sentence or not ('To consider
            # any risk assessments as may be received.').
            return None
        return replace(finish_header(lines, i, j, number, lines[j].text, end),
                       style=number_style(number, sep, prefixed) + "-alone",
                       typed=lines[j].heading)
    match = NUMBERED.match(text)
    if not match or is_date_line(text) or CONTINUED.search(text):
        # '… CHAIRMAN'S ANNOUNCEMENTS - Continued' at a page's head: the item goes on.
        return None
    # 'Neighbourhood Development Plan –An update on …': a dash that lost its space after it.
    rest = GLUED_DASH.sub("– ", match.group("rest"))
    if rest[:1] == "(" and (stamp := MONTH_STAMP.match(rest)):
        # '131. (01/17) APOLOGIES': a minute book's month stamp after the running number;
        # '113/04 (S) Remembrance Sunday': an agenda's mark for an item added (S) or urgent (U).
        rest = rest[stamp.end():]
    if (badge := file_badge(rest)) and not rest[badge.end():].strip():
        # '3. Joint Museum Service: Annual Report 2025/26 pdf icon PDF 311 KB': the link's
        # badge closing the heading is no part of it.
        rest = rest[:badge.start()]
    number, sep = match.group("num"), match.group("sep")
    if _minute_under(lines, i, end, number):
        # The agenda's entry over its minute's own number: the minute is the item.
        return None
    if THAT_CLAUSE.match(rest):
        # '2. That the Combined Authority congratulate …': a resolution's numbered clause.
        return None
    referenced = "/" in number or "-" in number or number[:1].isalpha()
    agenda = AGENDA_NUMBER_AFTER.match(rest) if referenced else \
        SECOND_NUMBER.match(rest) if sep in (".", ")") else CITED.match(rest) or (
            (BRACKETED_REF.match(rest) or BARE_SECOND.match(rest))
            if number.isdigit() and len(number) >= RUNNING_DIGITS else None)
    if agenda:
        # 'C112/23   1.   APOLOGIES FOR ABSENCE': the minute's reference, then the agenda's
        # own number for the item.
        rest = rest[agenda.end():]
    item_label = ITEM_LABEL.match(rest) if rest[:1] in "AaIi" else None
    if item_label:
        # '1. AGENDA ITEM 1: WELCOME & APOLOGIES': the agenda's label, then the title, which
        # may be the agenda's words in small letters ('34/15 Item 1: to approve the minutes').
        rest = rest[item_label.end():]
    if " / " in rest and (cut := _presenters_cut(rest)):
        # '6. Financial Report Ewan Bairnsfather / Duncan Fyfe': who presents the paper, after its
        # title on an agenda, is no part of it.
        rest = cut

    bare = not sep and "." not in number and "/" not in number and not text[:1].isalpha()
    if (bare or sep == ".") and number.isdigit() and len(number) >= RUNNING_DIGITS \
            and RUNNING_SENTENCE.match(rest) and RUNNING_VERB.search(rest):
        # '1512 The Chairman opened the meeting …' among '1513 Public Participation. …', or
        # '541. Mrs Ormiston reported …': a running minute with no heading; only a chain of such
        # numbers keeps it.
        return Header(i, i + 1, number, "", "", 0.5, rest, number_style(number, sep, False))
    # '6 Quarterly Performance Report – Report of Police and' / 'Crime Commissioner': a bold
    # heading that wraps on a small word is read whole.
    whole = f"{rest} {lines[i + 1].text}" if bare and lines[i].heading and i + 1 < end \
        and lines[i + 1].heading and rest.split()[-1].lower() in FUNCTION_WORDS else rest
    # A line standing alone between blank lines is set apart as headings are.
    alone = i + 1 < end and not lines[i + 1].text and (i == 0 or not lines[i - 1].text)
    caps = caps_heading_run_in(rest)
    opened = None
    entry = bare and _agenda_entry(lines, i, end, rest)
    if bare and not (bare_heading(whole, lines[i].heading or alone) or COLON_RUN_IN.match(rest)
                     or stopped_run_in(rest) or caps is not None
                     or entry
                     or (opened := opened_run_in(rest))):
        # '2   Accounts: AB presented the accounts.': a table row's number, its heading closed
        # by a colon, then its text; '1406 EXCLUSION OF THE PUBLIC - Resolved - …' and '2
        # DECLARATIONS OF INTEREST To receive …': a heading in capitals run into its text.
        return None
    nxt = lines[i + 1].text if i + 1 < end else ""
    first_sub = _first_sub(rest, number) if "." not in number else None
    if first_sub is None and "a)" in rest:
        first_sub = _first_lettered(rest)
    gloss = AGENDA_GLOSS.search(rest) or (GLUED_GLOSS.search(rest) if "To " in rest else None)
    if first_sub is not None and is_title_like(rest[:first_sub]):
        # '7. Correspondence 7.1 Polvean Association …', '7. Planning a) 26/0184/FUL …': the
        # heading, then its first sub-item.
        title, body = rest[:first_sub], rest[first_sub:].strip()
    elif gloss and is_title_like(rest[:gloss.start()]):
        # '4. District and County Councillors Reports – To note written reports …': an
        # agenda's heading, then what the meeting is to do with it.
        title, body = rest[:gloss.start()], rest[gloss.end():]
    else:
        title, body = caps if caps else split_colon(rest, wrapped=nxt[:1].islower())
        if body and lines[i].heading and lines[i].text == text and rest.startswith(f"{title}: ") \
                and _heading_subtitle(body):
            # '199/24 Council meeting minutes: 6th January 2025', '207/24 Finance: schedule of
            # payments.' set in bold whole: the words after the colon are the heading's too.
            title, body = rest.rstrip("."), ""
        stopped_first = stopped_heading(title) if body and not caps else None
        opened_first = opener_cut(title) if body and not caps and not stopped_first else None
        if stopped_first and len(stopped_first[0].split()) <= STOPPED_WORDS:
            # '7.1 Accounts for payment. It was resolved to pay the following: …': the heading
            # ends at its full stop, before the colon of its text.
            title, body = stopped_first[0], f"{stopped_first[1]}: {body}"
        elif opened_first and opened_first[0] and len(opened_first[0].split()) <= STOPPED_WORDS \
                and is_title_like(opened_first[0]) and SENTENCE_VERB.search(opened_first[1]):
            # '5. Police The Clerk read the beat manager's report: four crimes …': the heading
            # ends where its sentence opens, before the colon of its text.
            title, body = opened_first[0], f"{opened_first[1]}: {body}"
    if not body and STUB.match(title):
        # 'Date of Next Meeting – Tuesday 9th September 2014, 7.30pm': the stub and its date.
        title, body = cut_stub(title, body)
    opening_cut = opening_heading_cut(title)
    if opening_cut and body and not SPOKEN_GLOSS.match(title):
        opening_cut = None
    if opening_cut:
        # '100/25 Public Forum Joan Hebb referred to …', '98/25 Apologies for Absence – Rita
        # Okafor (Parish Clerk), …': a heading minutes open with, then its text; '7.
        # Correspondence – Letters received from residents since June: two …' too,
        # its text going on past the colon.
        title, body = opening_cut[0], f"{opening_cut[1]}: {body}" if body else opening_cut[1]
    stopped = None if body or reads_as_speech(title) else refers_cut(title) \
        or stopped_heading(title)
    if stopped:
        # 'Lych gate (min.212 refers) Cllr Tregony still to …': a matter arising's note of
        # its earlier minute closes its heading.
        title, body = stopped
    elif not body and opened and rest.startswith(opened[0]):
        # '42 Declarations of interest Cllr Mole declared …': the heading ends where its
        # sentence visibly opens.
        title, body = opened
    elif not body and (len(text.split()) > RUN_ON_WORDS or lines[i].run_in) \
            and not reads_as_speech(title) \
            and not (lines[i].heading and AGENDA_ENTRY.match(title)):
        # A bold line of agenda wording ('4.11.23 To approve the Minutes … as a true record.')
        # is the heading whole, however long.
        title, body = run_on_title(title)
    elif not body and ("/" in number or (number[:1].isalpha() and number[-1:].isdigit())) \
            and (SENTENCE_VERB.search(title) or SENTENCE_END.search(title)) \
            and (cut := opener_cut(title)) and is_title_like(cut[0]):
        # '31/24 Declarations of interest None were declared.': a short heading run into its
        # sentence, after a minute's reference (a list's plain numbers open sentences too).
        title, body = cut
    elif not body and AGENDA_ENTRY.match(title) and not lines[i].heading \
            and (cut := opener_cut(title)) and cut[0] \
            and (SENTENCE_VERB.search(cut[1]) or title.startswith(f"{cut[0]}.")):
        # '3.1 To adopt the minutes of the meeting held 5th February The minutes were
        # adopted.': the agenda's words, then the minute's sentence.
        title, body = cut
    # '7.4 Mole traps were set by CGM …': a numbered paragraph with no heading.
    untitled = not title and bool(body)
    last = i
    if AGENDA_ENTRY.match(title) and not body:
        # 'To consider the following planning applications:': its colon closes the entry.
        title, last = _agenda_title(lines, i, end, title + ":" * rest.rstrip().endswith(":"))
        header = finish_header(lines, i, last, number, title, end, wrap=False)
        return replace(header, style=number_style(number, sep, text[:1].isalpha()))
    outcome = DASH_NOTE.search(title) if not body else None
    beside = label_beside(title) if not body else None
    if beside:
        # '1 Appointment of Chair RESOLVED' / 'That Councillor …'.
        title, body = beside
    elif outcome and outcome.group("outcome"):
        # '5. Minutes of the meeting held on 10th April 2023 – approved and signed.': the
        # heading, then its outcome.
        title, body = title[:outcome.start()], outcome.group("note")
    labelled = rest.rstrip().endswith(":") and not body and len(title.split()) <= 10
    following = next_filled(lines, i, end, limit=1)
    if not body and title.endswith(";") and is_title_like(title[:-1]) \
            and (following is None or lines[following].text[:1].isupper()):
        # '02/Apologies;' over 'None; all members were present.': a heading closed by the
        # clerk's semicolon on its own line, as by a colon.
        title, labelled = title[:-1].rstrip(), True
    # An agenda's entry in its own words after its label ends at its semicolon ('Item 2: elect
    # a Vingtenier …;'), or where a sentence opens on the next line; it wraps onto a line
    # that goes on from it ('… held on 20 May' / '2015;').
    following = next_filled(lines, i, end, limit=1) if item_label is not None else None
    closed = item_label is not None and (title.endswith(";") or following is None
                                         or lines[following].text[:1].isupper())
    if not is_title_like(title) and not body and not SENTENCE_END.search(title) \
            and not labelled and not closed:
        # A heading wrapped onto the next line: '1. June 10, 2019; …, 2019,' / 'Planning …'.
        k = next_filled(lines, i, end, limit=1)
        caps = caps_heading_run_in(lines[k].text) if k is not None and is_upper_heading(title) \
            else None
        if caps and caps[1]:
            # '4 APPLICATION …, HOLIDAY LET,' / 'PEN-Y-FAL FARM, LLANGATWG LINGOED We considered
            # the report …': the heading's end in capitals, then its text, kept as text.
            title = f"{title} {caps[0]}"
        elif k is not None and lines[i].heading and (colon := colon_closing(lines[k].text)):
            # '2. Talk by Ms Ure of Pinnock Homes on the plans for a site off the' (bold) / 'Osier
            # Lane roundabout: Ms Ure showed the layout …': a bold heading closed by its colon
            # on the line its text runs on from.
            title, body = f"{title} {lines[k].text[:colon]}", lines[k].text[colon + 1:].strip()
            last = k
        elif k is not None:
            title, last = f"{title} {lines[k].text}", k
    if item_label is not None:
        title = title.rstrip(";").rstrip()
    # 'Apologies for Absence accepted from: Cllr Mack': a label ending in a small word before
    # its colon is still a heading.
    label_before_colon = bool(body) and rest.startswith(f"{title}:") and " " in title \
        and is_title_like(title.rsplit(" ", 1)[0])
    # 'Code No. 25/0640/OUT - Land at …, Ystrad Rhymni - Outline application for' /
    # 'residential development of up to 40 dwellings with access': a planning application's
    # heading wrapped onto its next line, longer than other headings but with no verb.
    wrapped = last != i and long_wrapped_title(title)
    # A numbered line the source sets as a heading is one, sentence or not ('<b>5.11.23 To invite
    # Members of the Public to address the meeting.</b>').
    set_apart = lines[i].heading and not body and last == i
    # '1a. Declarations of interest in accordance with the … Order 2007.' on a line of its own,
    # its text a paragraph under it: a heading minutes open with, however long, closed by a
    # stop, no verb in it.
    alone = not body and last == i and i + 1 < end and not lines[i + 1].text \
        and title.endswith(".") and OPENING_HEADING.match(title) \
        and not SENTENCE_VERB.search(title) \
        and not any(VERBISH.match(word.strip(".,;")) for word in title.split()[1:])
    if not labelled and not untitled and not wrapped and DECISION_START.match(rest) \
            and sep == "." and number.isdigit() and not body and lines[i].text == text:
        # '2. RESOLVED that the fares be advertised.': a numbered resolution, as a wrapped
        # one is ('1. RESOLVED that the minutes …' / 'be confirmed …'); only a chain of them,
        # under headings of their own, makes them items (see headed_resolutions).
        return Header(i, i + 1, number, "", "", 1, rest, number_style(number, sep, False))
    if not labelled and not untitled and not wrapped and (
            not (is_title_like(title) or label_before_colon or set_apart or entry or alone
                 or task_entry(title) or item_label)
            or reads_as_speech(title)
            or (title.endswith(":") and body == "")):
        return None
    title, body = cut_stub(title, body)
    note = DASH_NOTE.search(title) if not body else None
    if note and (note.group("outcome") or OPENING_HEADING.match(title[:note.start()])):
        # '5. Confirmation of the minutes … – Agreed', '4. Declarations of Interest – Cllr
        # Halse, item 9.1': the outcome or the names after the heading are its text.
        title, body = title[:note.start()], note.group("note")
    if is_sentence(title, labelled):
        # '6. Accounts were presented and accepted for payment.': an item with no heading,
        # unless the clerk set the sentence in bold as the other headings: then it is one.
        title, body = (title.rstrip("."), body) if lines[i].heading \
            else ("", f"{title} {body}".strip())
    if (title in LABEL_DECISIONS or LABEL_THAT.match(title)) and not lines[i].heading:
        # '5. Noted: that the replacement bench …': a numbered paragraph opened by its outcome.
        title, body = "", f"{title}: {body}".strip()
    # A heading closed by its colon ('Apologies for Absence received from:') is complete.
    header = finish_header(lines, i, last, number, title, end, wrap=not body and not labelled)
    if agenda and agenda.groupdict().get("ref") and not header.agenda_ref:
        header = replace(header, agenda_ref=agenda.group("ref"))
        if AGENDA_LABEL.match(text):
            # 'Item 3. 2. DECLARATIONS OF INTEREST': the agenda's item, then the minute.
            header = replace(header, number=agenda.group("ref"), agenda_ref=number)
            number = header.number
    style = number_style(number, sep, text[:1].isalpha())
    trailing = TRAILING_REF.search(header.title)
    if trailing and not header.agenda_ref and "/" not in number:
        # '1.  Welcome Remarks by the Chairman (21/41)': the agenda's number, the title, then
        # the running minute reference, which numbers the minute.
        header = replace(header, number=trailing.group("ref") or trailing.group("cited"),
                         agenda_ref=number,
                         title=header.title[:trailing.start()].rstrip())
        style = number_style(header.number, sep, False)
    # A number with no stop after it is weak evidence of a heading, unless it is set in bold
    # ('109 MINUTES' over an application's 'A5 25/01102/OUT …' line).
    return replace(header, first_body=body, score=header.score - (bare and not lines[i].heading),
                   style=style, typed=lines[i].heading)


def _agenda_title(lines: list[Line], i: int, end: int, title: str) -> tuple[str, int]:
    """Return an agenda entry's whole wording ('To consider … on behalf of the' / 'Council …').

    An entry runs on over its wrapped lines, across one blank line, until it ends a sentence
    or a colon, or the next line is numbered or a list item, or is set plain under a heading
    set in bold (the minute's text: 'The Council considered the hourly rate …'), or opens a
    decision, or the entry's line ended short of it ('3. To elect Vice Chairman for 2024/25' /
    'One nomination was received and Cllr A Whitelam was duly elected …').
    """
    last = i
    while len(title.split()) < MAX_ENTRY_WORDS and not re.search(r"[.:;?]$", title):
        k = next_filled(lines, last, end, limit=1)
        if k is None:
            break
        nxt = lines[k].text
        if NUMBERED.match(nxt) or NUMBER_ALONE.match(nxt) or LIST_MARKER.match(nxt) \
                or (lines[i].heading and not lines[k].heading) or DECISION_OPENS.match(nxt) \
                or ended_short(lines[last].text, nxt) \
                or len(nxt.split()) > 24 or (k > last + 1 and nxt[:1].isupper()
                                              and title.split()[-1].lower() not in
                                              FUNCTION_WORDS and not title[-1:].isupper()
                                              and not re.search(r"\b[A-Z]\w*$", title)) \
                or (nxt[:1].isupper() and title.split()[-1].lower() not in FUNCTION_WORDS
                    and SENTENCE_VERB.search(nxt) and re.search(r"[.!?]$", nxt)):
            # '… held on 1st June 2015' / 'Cllr Cole's name was added to the list.': the
            # minute's first sentence, not the entry's wrapped end.
            break
        title, last = f"{title} {nxt}", k
    return title.rstrip(".:;"), last


SUBTITLE_WORDS = 6


def _heading_subtitle(tail: str) -> bool:
    """Return True for a short phrase after a bold heading's colon that is no text of its own:
    no sentence, no nil return or outcome, nobody named, no bare reference, no one word naming
    a part ('Harbour Shuttle bus service', '6th January 2025'; not '148/24' or 'Finance')."""
    worded = [word for word in tail.split() if any(c.isalpha() for c in word)]
    return len(worded) >= 2 and len(tail.split()) <= SUBTITLE_WORDS \
        and not SENTENCE_VERB.search(tail) and not tail.rstrip().endswith(("–", "-", ":")) \
        and not NIL_TAIL.match(tail) and not OUTCOME_TAIL.match(tail) \
        and not NAMED_AFTER.match(tail) and tail.rstrip(".").count(".") == 0 \
        and any(len(word) > 2 and word.isalpha() for word in tail.split())


def _run_in_cell(text: str) -> tuple[str, str]:
    """Return the heading and text of a line under a number alone when a semicolon closes a
    short heading ('Bench repairs; The Clerk …'), or a colon closes a heading minutes open
    with or one over a nil return ('Apologies for absence: Cllr Ames', 'Declarations of
    interest: None'), else ('', '')."""
    head, tail = split_colon(text)
    if tail and (not text.startswith(f"{head}:")
                 or (not OPENING_HEADING.match(head) and not NIL_TAIL.match(tail))):
        # 'Section 1: Planning Application …': a label and its subject, one title.
        head, tail = text, ""
    if not tail and (semi := SEMICOLON_RUN_IN.match(text)) and ";" not in semi.group("tail"):
        # (Not a list of things received, each closed by its semicolon.)
        head, tail = semi.group("head"), semi.group("tail")
    if not tail:
        head, tail = cut_stub(text, "")
    if tail and is_title_like(head) and len(head.split()) <= RUN_IN_CELL_WORDS:
        return head, tail
    return "", ""
