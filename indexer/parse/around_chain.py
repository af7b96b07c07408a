"""Headers found around a chain of item numbers: before, after and between them, and in its gaps."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from ..records import Line
from .blocks import PAPER_SIZE, SENTENCE_END, clean_title, is_title_like, is_upper_heading
from .chains import MIN_CHAIN
from .dates import is_date_line
from .item_header import NUMBER_ALONE, NUMBERED, Header, number_key, number_style
from .item_lists import WRAPPED_TITLE_WORDS
from .numbered_lines import AGENDA_LABEL, numbered_run
from .people import ATTENDANCE_LABEL
from .plain_headings import (
    LONG_BOLD_WORDS,
    caps_heading,
    caps_pair,
    opening_heading,
    prose_after,
    shown_as_heading,
)
from .runin import MIN_RUN_IN, run_in_headings, run_on_title
from .title_ends import (
    MAX_TITLE_WORDS,
    OPENING_HEADING,
    SENTENCE_ARTICLES,
    SENTENCE_VERB,
    stopped_heading,
    untitled_sentence,
)
from .title_wraps import DECISION_OPENS, finish_header, next_filled

DASHED_CAPS = re.compile(r"^[-–•]\s+(?P<title>[A-Z][^a-z]{3,80})$")
"""A heading in capitals after a dash or bullet, alone on its line ('- CORRESPONDENCE')."""
REPEAT_REACH = 6
"""Lines within which a number alone repeats the entry above it."""
REPORT_BYLINE = re.compile(r"^(?:(?:Joint\s+)?[Rr]eport\s+(?:of|by|from)\s+(?:the\s+)?[A-Z]"
                           r"|REPORT\s+(?:OF|BY|FROM)\s+(?:THE\s+)?[A-Z])")
"""A by-line under an item's title ('Report of the Head of Planning and Building Control')."""
DESCRIPTION = re.compile(r"^To\s+[a-z]")
"""An agenda entry's description under its title ('To be reported by the Democratic Services
Officer', 'To note the report'), never part of the title."""
COLON_SHARE = 0.3
SECTION_LABEL = re.compile(r"\b(?:ITEMS|BUSINESS|PART\s+(?:[1-9]|[IVX]+|ONE|TWO))\b")
"""'UNRESTRICTED ITEMS', 'OPEN BUSINESS', 'PART 1': a part of the meeting, not an item."""
COLON_HEADING_WORDS = 6
PUBLIC_SESSION = re.compile(r"^(?:open|public)\s+(?:open\s+)?(?:forum|session|participation"
                            r"|questions?(?:\s+time)?|speaking(?:\s+time)?|comments?|time)"
                            r"(?:\s+\(?[\w ]{0,30}\)?|\s+[\d.:]+\s*[ap]m\s*[–-]\s*[\d.:]+\s*[ap]m"
                            r"|\s+[–-]\s+[^.]{3,80}?)?(?:\s+\([\d.:]{3,5}\))?:?$", re.I)
PUBLIC_RUN_IN = re.compile(r"^(?P<head>(?:OPEN|PUBLIC)\s+(?:FORUM|SESSION|PARTICIPATION|QUESTIONS?"
                           r"|TIME)|(?:Open|Public)\s+(?:[Ff]orum|[Ss]ession|[Pp]articipation"
                           r"|[Qq]uestions?|[Tt]ime))\s*(?::\s+|[•–-]\s*)(?P<text>[A-Z•].{20,})$")
"""The public session's heading run into its first sentence: 'PUBLIC PARTICIPATION • Comment
was made …', 'Public Forum: Mr Smith asked …'."""
BOLD_OPENING_WORDS = 6
PASTED_LIST = 4
"""The most numbers of a list pasted inside minutes headed by unnumbered labels in capitals."""
CAPS_LABEL_WORDS = 6
BOLD_BLOCK_LINES = 3


def without_repeats(candidates: list[Header], lines: list[Line]) -> list[Header]:
    """Drop a number standing alone that repeats the entry just above it: a meeting's web page
    gives each agenda entry ('1 Minutes' / 'To approve …') and then, under its number again
    ('1'), the minute."""
    out: list[Header] = []
    for header in candidates:
        if out and header.key == out[-1].key and header.number != out[-1].number \
                and PAPER_SIZE.search(lines[header.line].text):
            # '03 Minutes' / 'Members are asked to agree …' / '2 - Board Minutes 4 February
            # 2025 198.4 KB': the item's paper, linked under it by the item's number.
            continue
        if out and NUMBER_ALONE.match(lines[header.line].text) \
                and out[-1].number == header.number and header.line - out[-1].line <= REPEAT_REACH:
            between = [lines[k].text for k in range(out[-1].body, header.line) if lines[k].text]
            if out[-1].title and 0 < len(between) <= 2 and not any(
                    SENTENCE_END.search(t) or len(t.split()) > MAX_TITLE_WORDS
                    or DESCRIPTION.match(t) or REPORT_BYLINE.match(t) for t in between):
                # '412' / 'Police Scotland – Local Policing Plan' / 'Performance Report: 1 April
                # 2025 – 31 March 2026' / '412': a number printed in both margins, the title
                # running on until its second copy.
                title = clean_title(" ".join([out[-1].title, *between]))[0]
                out[-1] = replace(out[-1], title=title, body=header.line + 1)
            continue
        out.append(header)
    return out


def under_unnumbered_headings(numbered: list[Header], lines: list[Line]) -> list[Header]:
    """Put a run of paragraphs numbered 7.1, 7.2 … whose section 7 is never printed under the
    bold heading just above 7.1 ('Village Management Issues', the number cell left empty).

    The heading is the item; the numbered paragraphs are its text, or its sub-items when every
    one of them has a title of its own.
    """
    printed = {h.key for h in numbered}
    out: list[Header] = []
    k = 0
    while k < len(numbered):
        header = numbered[k]
        run = _decimal_run(numbered, k)
        above = _heading_just_above(lines, header.line, out[-1].body if out else 0)
        if run and header.key[-1] == 1 and above is not None \
                and not {header.key[:-1], (*header.key[:-1], 0)} & printed:
            out.append(Header(above, above + 1, "", lines[above].text, score=2, typed=True))
            out.extend(run if all(h.title for h in run) else [])
            k += len(run)
            continue
        out.append(header)
        k += 1
    return out


def headed_resolutions(numbered: list[Header], lines: list[Line], start: int, end: int
                       ) -> list[Header]:
    """Put each numbered resolution ('1. RESOLVED that …') under the bold heading nearest above
    it, when every number of the chain opens a resolution: a printed committee's minutes
    number only their resolutions, and the heading is the item, numbered by its resolution."""
    if len(numbered) < MIN_CHAIN or not all(
            not h.title and DECISION_OPENS.match(h.first_body) for h in numbered):
        return numbered
    untyped = not any(line.heading for line in lines[start:numbered[-1].line])
    out: list[Header] = []
    floor = start
    for k, header in enumerate(numbered):
        blocks = _heading_blocks(lines, floor, header.line, untyped)
        if not blocks and k:
            # A second resolution under the same heading ('Report of the Cabinet' / '2.
            # RESOLVED …' / '3. RESOLVED …') is the same item's.
            floor = header.line + 1
            continue
        if not blocks:
            return numbered
        # The headings no resolution is numbered under ('Thanks to the Retiring Warden', a
        # tribute) are items as well, unnumbered.
        out += [_block_header(lines, first, last, "") for first, last in blocks[:-1]
                if k and _prose_under(lines, last, end)]
        out.append(replace(_block_header(lines, *blocks[-1], header.number), score=2,
                           style=header.style))
        floor = header.line + 1
    return out + [_block_header(lines, first, last, "")
                  for first, last in _heading_blocks(lines, out[-1].body, end, untyped)
                  if _prose_under(lines, last, end)]


def _block_header(lines: list[Line], first: int, last: int, number: str) -> Header:
    """Return the header of a heading set on lines first to last."""
    title = clean_title(" ".join(lines[n].text for n in range(first, last + 1)))[0]
    return Header(first, last + 1, number, title, typed=True)


def _prose_under(lines: list[Line], last: int, end: int) -> bool:
    """Return True if running text follows a heading ending on line last, past a page break."""
    j = next_filled(lines, last, end, limit=PAGE_BREAK_LINES)
    return j is not None and prose_after(lines, j - 1, end)


PAGE_BREAK_LINES = 6
"""Blank lines a page break leaves between a heading at a page's foot and its text."""


def _heading_blocks(lines: list[Line], low: int, high: int, untyped: bool
                    ) -> list[tuple[int, int]]:
    """Return the first and last lines of each run of heading lines (up to three) from low to
    high."""
    blocks: list[tuple[int, int]] = []
    n = low
    while n < high:
        if lines[n].text and _set_as_heading(lines[n], untyped) \
                and not NUMBERED.match(lines[n].text):
            first = n
            while n + 1 < high and lines[n + 1].text and _set_as_heading(lines[n + 1], untyped):
                n += 1
            if n - first < BOLD_BLOCK_LINES:
                blocks.append((first, n))
        n += 1
    return blocks


def _first_numbered(lines: list[Line], start: int, stop: int) -> int:
    """Return the first line from start to stop that opens with a number, else stop."""
    return next((n for n in range(start, stop) if NUMBERED.match(lines[n].text)), stop)


def _decimal_run(numbered: list[Header], k: int) -> list[Header]:
    """Return the headers from k on that share header k's section number (7.1, 7.2 …)."""
    key = numbered[k].key
    if len(key) != 2:
        return []
    return list(itertools.takewhile(lambda h: len(h.key) == 2 and h.key[0] == key[0],
                                    numbered[k:]))


HEADING_GAP = 6
"""How far above a numbered minute its heading may stand: blank lines between, a page's break
among them."""


CATCHWORD_WORDS = 14
"""The most words of a minute's catchwords over its numbered paragraph."""


def numbers_under_headings(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return a header for each plain line opening with a minute's number or reference (not a
    sub-number: '5.1' belongs to its section) under a bold heading of its own."""
    out: list[Header] = []
    floor = start
    untyped = not any(line.heading for line in lines[start:end])
    for i in range(start, end):
        if lines[i].heading or not lines[i].text[:1].isalnum():
            continue
        # Only a line under a bold one is read for its number: most lines are not.
        above = next((n for n in range(i - 1, max(floor - 1, i - HEADING_GAP), -1)
                      if lines[n].text), None)
        match = NUMBERED.match(lines[i].text) if above is not None else None
        if match and not _set_as_heading(lines[above], untyped):
            continue
        if not match or "." in match.group("num"):
            continue
        block = _bold_block_above(lines, i, floor, untyped)
        if block is not None:
            title = " ".join(lines[n].text for n in range(block[0], block[1] + 1) if lines[n].text)
            title = clean_title(title)[0]
            number = match.group("num")
            # 'Item 4:To receive the minutes …' / '24/64 Resolved …': the agenda's number in
            # the heading, the minute's reference under it.
            label = AGENDA_LABEL.match(title)
            ref = label.group("ref") if label and label.end() < len(title) else ""
            out.append(Header(block[0], i + 1, number, title[label.end():] if ref else title,
                              ref, 2,
                              match.group("rest"),
                              number_style(number, match.group("sep"), number[:1].isalpha())))
        floor = i + 1
    return out


def _set_as_heading(line: Line, untyped: bool) -> bool:
    """Return True for a line set as a heading: in bold, or, where the text carries no type
    (untyped), in capitals ('MINUTES OF MEETINGS OF COMMITTEES' over '3. There was submitted
    …') or as a minute's catchwords closed by a stop ('Internal audit plan 2026/27 approved.'
    over '3 There was submitted …')."""
    return line.heading or (untyped and ((is_upper_heading(line.text)
                                          and not line.text.endswith((".", ":")))
                                         or _catchwords(line.text)))


def _catchwords(text: str) -> bool:
    """Return True for a minute's catchwords: a short phrase, no sentence, closed by one stop
    ('Programme status report – Noted.', 'Press and public excluded.')."""
    words = text.split()
    return text.endswith(".") and not text.endswith("..") and text[:1].isupper() \
        and 1 < len(words) <= CATCHWORD_WORDS and words[0] not in SENTENCE_ARTICLES \
        and not SENTENCE_VERB.search(text) and "," not in text and is_title_like(text[:-1])


def _bold_block_above(lines: list[Line], i: int, floor: int, untyped: bool
                      ) -> tuple[int, int] | None:
    """Return the first and last lines of the bold heading just above line i (one to three
    lines, blank lines between), or None; in untyped text, capitals stand for bold."""
    last = next((n for n in range(i - 1, max(floor - 1, i - HEADING_GAP), -1) if lines[n].text),
                None)
    if last is None or not _set_as_heading(lines[last], untyped) \
            or (NUMBERED.match(lines[last].text) and not _labelled_heading(lines[last].text)) \
            or NUMBER_ALONE.match(lines[last].text):
        return None
    first = last
    while first - 1 >= max(floor, last - BOLD_BLOCK_LINES + 1) and lines[first - 1].text \
            and _set_as_heading(lines[first - 1], untyped) \
            and not NUMBERED.match(lines[first - 1].text):
        first -= 1
    words = sum(len(lines[n].text.split()) for n in range(first, last + 1))
    return (first, last) if words <= LONG_BOLD_WORDS else None


def _labelled_heading(text: str) -> bool:
    """Return True for a heading opened by its agenda's label ('ITEM 7: HDNP/13/0441/FUL –
    LAND EAST OF MILL LANE'): the minute's number is the paragraph's under it."""
    label = AGENDA_LABEL.match(text)
    return label is not None and label.end() < len(text)


def _heading_just_above(lines: list[Line], i: int, floor: int) -> int | None:
    """Return the short unnumbered bold heading just above line i (no lower than floor)."""
    above = next((n for n in range(i - 1, max(floor - 1, i - 4), -1) if lines[n].text), None)
    if above is None:
        return None
    text = lines[above].text
    return above if (lines[above].heading and not NUMBERED.match(text)
                     and not NUMBER_ALONE.match(text) and is_title_like(text)
                     and len(text.split()) <= BOLD_OPENING_WORDS) else None


ITEMS_LABEL = re.compile(r"^(?:agenda|items(?:\s+of\s+business)?|(?:the\s+)?business(?:\s+to\s+be"
                         r"\s+(?:transacted|considered))?|order\s+of\s+business)\s*:?$", re.I)
"""A page's label over its list of items."""


MINUTES_OPENINGS = 2
"""Numbered titles that open minutes ('Apologies', 'Minutes', 'Declarations of Interest') in
a chain that make it the minutes' items, whatever bold lines a page sets around them."""


def list_inside_headings(lines: list[Line], numbered: list[Header], start: int,
                          end: int) -> bool:
    """Return True when the numbers are a list inside one of the minutes' bold headings.

    Minutes headed in bold without numbers ('Minutes of last meeting', 'Planning') may number
    the planning applications under one heading 1, 2, 3 …: those numbers are not the items
    when bold headings stand before and after them and none between them. Minute references
    ('41/09') are never such a list.
    """
    # A heading with no number taken in over the list (a table's header row) is not one of
    # its numbers.
    numbered = [h for h in numbered if h.number] or numbered
    first, last = numbered[0].line, numbered[-1].line
    bold = [i for i in range(start, end) if lines[i].heading and not NUMBERED.match(lines[i].text)
            and not NUMBER_ALONE.match(lines[i].text) and shown_as_heading(lines, i, end)]
    before = [i for i in bold if i < first]
    if before and ITEMS_LABEL.match(lines[before[-1]].text):
        # 'Agenda' in bold over the numbers: they are the meeting's items, listed.
        return False
    if not bold and numbered[0].number == "1" and len(numbered) <= PASTED_LIST:
        # 'POLICE REPORT' / 'PC Rosevear presented the police report:' / '1. CRIME SUMMARY …'
        # / '2. COMMUNITY ENGAGEMENT …' / 'MINUTES OF PREVIOUS MEETING': minutes headed by
        # labels in capitals alone on their lines, a short list numbered from 1 pasted inside
        # one of them.
        caps = [i for i in range(start, end) if _caps_label(lines, i, end)]
        before = [i for i in caps if i < first]
        return len(before) >= MIN_CHAIN - 1 and sum(i > last for i in caps) >= MIN_CHAIN \
            and len(caps) > 2 * len(numbered) and not any(first < i < last for i in caps) \
            and all(h.number.isdigit() for h in numbered)
    return len(bold) >= MIN_CHAIN and len(before) >= MIN_CHAIN - 1 \
        and any(i > last for i in bold) \
        and not any(first < i < last for i in bold) and not any(
            lines[h.line].heading for h in numbered) \
        and not any("/" in h.number for h in numbered) \
        and sum(bool(OPENING_HEADING.match(h.title)) for h in numbered) < MINUTES_OPENINGS


def _caps_label(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short label in capitals alone on its line with prose under it
    ('APOLOGIES', 'TREASURER'S REPORT'), no number before it."""
    text = lines[i].text
    return 0 < len(text.split()) <= CAPS_LABEL_WORDS and is_upper_heading(text) \
        and not NUMBERED.match(text) and not NUMBER_ALONE.match(text) \
        and not re.search(r"[.:;,]$", text) and prose_after(lines, i, end)


def unnumbered_among(lines: list[Line], numbered: list[Header], start: int, end: int,
                      taken: set[int]) -> list[Header]:
    """Return headings the clerk left unnumbered among numbered minutes, written the way the
    numbered ones are: a heading in capitals between the attendance list and item 1 ('OPEN
    SESSION'), and, where the numbered headings end with a colon, a short line that does too
    ('Clerk's Report:' between 5 and 6); and anywhere among them, the session the meeting
    gives the public ('OPEN FORUM', 'Public Participation'), which clerks seldom number."""
    found = []
    listed = [i for i in range(start, numbered[0].line) if ATTENDANCE_LABEL.match(lines[i].text)]
    if listed:
        found += [finish_header(lines, i, i, "", lines[i].text, end, wrap=False)
                  for i in range(listed[-1] + 1, numbered[0].line)
                  if i not in taken and not SECTION_LABEL.search(lines[i].text) and (
                      (caps_heading(lines[i].text) and prose_after(lines, i, end))
                      or opening_heading(lines, i, end))]
    found += [finish_header(lines, i, i, "", lines[i].text.rstrip(":"), end, wrap=False)
              for i in [*range(start + 1, numbered[0].line), *range(numbered[0].body, end)]
              if i not in taken and PUBLIC_SESSION.match(lines[i].text)
              and not lines[i - 1].text
              and (prose_after(lines, i, end)
                   or (i > numbered[0].line and _entry_after(lines, i, end)))]
    found += [Header(i, i + 1, "", run.group("head"), first_body=run.group("text"))
              for i in range(numbered[0].body, end)
              if i not in taken and not lines[i - 1].text
              and (run := PUBLIC_RUN_IN.match(lines[i].text))]
    if sum(1 for h in numbered if lines[h.line].heading) * 2 >= len(numbered):
        # 'Clerk's Report' in bold, as the numbered headings are, between 5 and 6: one of the
        # headings minutes are made of, left unnumbered.
        found += [finish_header(lines, i, i, "", lines[i].text, end, wrap=False)
                  for i in range(numbered[0].body, end)
                  if i not in taken and lines[i].heading and not lines[i - 1].text
                  and not NUMBERED.match(lines[i].text)
                  and len(lines[i].text.split()) <= BOLD_OPENING_WORDS
                  and OPENING_HEADING.match(lines[i].text) and is_title_like(lines[i].text)
                  and (j := next_filled(lines, i, end, limit=2)) is not None
                  and not lines[j].heading and not _part_of_above(numbered, i, lines[i].text)]
        # 'Village Management Issues' in bold where the numbers skip from 2 to 4: the section
        # the clerk left unnumbered (its paragraphs may be numbered 3.1, 3.2 …).
        skipped = [(a.body, b.line) for a, b in itertools.pairwise(numbered)
                   if a.key[:1] and b.key[:1] and b.key[0] - a.key[0] == 2]
        found += [Header(n, n + 1, "", lines[n].text, score=2, typed=True)
                  for first, last in skipped
                  if (n := _heading_just_above(lines, _first_numbered(lines, first, last), first))
                  is not None and n not in taken and len(lines[n].text.split()) >= 2
                  and not any(h.line == n for h in found)]
    if sum(1 for h in numbered if is_upper_heading(h.title)) * 2 >= len(numbered):
        # Numbered headings in capitals: a capitals heading wrapped over two lines among them
        # ('PARISHIONERS' / 'QUESTION TIME', 'DECLARATIONS OF' / 'INTEREST') is one more.
        first = listed[-1] + 1 if listed else numbered[0].body
        found += [finish_header(lines, i, i + 1, "", f"{lines[i].text} {lines[i + 1].text}", end,
                          wrap=False)
                  for i in range(first, end - 1)
                  if i not in taken and i + 1 not in taken and caps_pair(lines, i, end)]
        # '- BURIAL GROUND FEES' among '5. MINUTES …' and '11. PLANNING': a heading whose
        # number the word processor's list turned into a dash.
        found += [finish_header(lines, i, i, "", dashed.group("title"), end, wrap=False)
                  for i in range(min(first, numbered[0].line), end)
                  if i not in taken and (dashed := DASHED_CAPS.match(lines[i].text))
                  and is_upper_heading(dashed.group("title")) and prose_after(lines, i, end)]
    colons = sum(1 for h in numbered if lines[h.line].text.rstrip().endswith(":"))
    if colons >= COLON_SHARE * len(numbered):
        found += [finish_header(lines, i, i, "", lines[i].text.rstrip().rstrip(":"), end,
                                wrap=False)
                  for i in range(numbered[0].body, end)
                  if i not in taken and lines[i].text.rstrip().endswith(":")
                  and len(lines[i].text.split()) <= COLON_HEADING_WORDS
                  and not lines[i - 1].text and is_title_like(lines[i].text.rstrip(":"))
                  and not ATTENDANCE_LABEL.match(lines[i].text)
                  and prose_after(lines, i, end) and not _opens_item(numbered, lines, i)]
    found += _cells_around(lines, numbered, start, end, taken)
    return found + _labelled_around(lines, numbered, start, end, taken)


def _entry_after(lines: list[Line], i: int, end: int) -> bool:
    """Return True if the next line after line i opens a numbered entry: the public session
    between two entries is an agenda's entry of its own ('5. Police Matters' / … / 'Public
    Session – members of the public may address the council' / '6. Committee Minutes'); over
    the first, it may be the label of the page's public part ('Public Session' / '1 Minutes')."""
    j = next_filled(lines, i, end, limit=2)
    return j is not None and NUMBERED.match(lines[j].text) is not None


def _opens_item(numbered: list[Header], lines: list[Line], i: int) -> bool:
    """Return True if line i is the first text under a numbered heading with none of its own
    ('1. Planning:' / 'Applications Received:'): a label inside that item."""
    header = next((h for h in reversed(numbered) if h.line < i), None)
    return header is not None and not header.first_body \
        and not any(lines[j].text for j in range(header.body, i))


CELL_ROW = re.compile(r"^(?P<title>[A-Z][^/]{2,60}?)\s+/\s+(?P<rest>\S.*)$")
"""A table's row saved as text, its cells set apart by slashes: 'Public Questions / Mr …'."""
CELL_TITLE_WORDS = 6


def _cells_around(lines: list[Line], numbered: list[Header], start: int, end: int,
                  taken: set[int]) -> list[Header]:
    """Return the unnumbered rows of a table of minutes saved with slashes between its cells
    ('Public Questions / Mr Penrose asked …' and 'Date of next meeting / Wednesday 4 June …'
    around '05.03/5.01 / Election of Chairman: …'), when most numbered rows are so written."""
    rows = sum(1 for h in numbered
               if lines[h.line].text.startswith(f"{h.number} / "))
    if rows * 2 < len(numbered) or rows < MIN_CHAIN:
        return []
    return [Header(i, i + 1, "", row.group("title"), first_body=row.group("rest"))
            for i in range(start, end)
            if i not in taken and (row := CELL_ROW.match(lines[i].text))
            and not NUMBERED.match(lines[i].text) and not ATTENDANCE_LABEL.match(lines[i].text)
            and len(row.group("title").split()) <= CELL_TITLE_WORDS
            and is_title_like(row.group("title"))]


def _labelled_around(lines: list[Line], numbered: list[Header], start: int, end: int,
                     taken: set[int]) -> list[Header]:
    """Return the 'Label: text' paragraphs that head minutes before and after a short numbered
    list ('Minutes of Previous Meeting: …', then 'Matters Arising' over '1. …' to '3. …', then
    'Police Report: …', 'Planning: …'): the numbers are the list's, the labels the items'."""
    labelled = [h for h in run_in_headings(lines, start, end)
                if h.line not in taken and not (numbered[0].line <= h.line <= numbered[-1].line)
                and not ATTENDANCE_LABEL.match(lines[h.line].text)]
    before = [h for h in labelled if h.line < numbered[0].line]
    after = [h for h in labelled if h.line > numbered[-1].line]
    if not before or len(after) < MIN_RUN_IN or len(labelled) < len(numbered):
        return []
    return labelled


def _part_of_above(numbered: list[Header], i: int, text: str) -> bool:
    """Return True if the numbered heading above line i names it: 'Apologies' under '09/03:01
    APOLOGIES AND CHAIRMAN'S BUSINESS' is a part of that minute."""
    above = next((h for h in reversed(numbered) if h.line < i), None)
    return above is not None and text.strip(" :").lower() in above.title.lower()


def brought_forward(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the items taken out of their order ('Item 15 was brought forward'): a titled
    heading numbered in the chain's own way with a number the chain skips."""
    if len(chain) < MIN_CHAIN or len({h.key[:-1] for h in chain}) != 1:
        return chain
    prefix, style = chain[0].key[:-1], chain[0].style
    taken = {h.key[-1] for h in chain}
    lines = {h.line for h in chain}
    moved = [h for h in candidates if h.title and h.style == style and h.key[:-1] == prefix
             and len(h.key) == len(chain[0].key) and h.key[-1] not in taken
             and min(taken) < h.key[-1] < max(taken) and h.line not in lines]
    counts = Counter(h.key for h in moved)
    moved = [h for h in moved if counts[h.key] == 1]
    return sorted(chain + moved, key=lambda h: h.line) if moved else chain


def without_template_headings(headers: list[Header], lines: list[Line]) -> list[Header]:
    """Drop the headings a form repeats inside every item ('Documentation considered', 'Summary
    of representations in person' under each statement of decision): the items are the headings
    that differ, one before each repeat."""
    counts = Counter(h.title.casefold() for h in headers)
    repeated = {title for title, n in counts.items() if n >= MIN_TEMPLATE_REPEATS}
    kept = [h for h in headers if h.title.casefold() not in repeated]
    if repeated and len(kept) < MIN_TEMPLATE_REPEATS:
        return _form_titles(headers, repeated, lines) or headers
    if not repeated:
        return headers
    return kept


def _form_titles(headers: list[Header], repeated: set[str], lines: list[Line]) -> list[Header]:
    """Return one item per form where only a form's labels were found, repeated form after form
    (a record of decisions, one to a page: a title, then 'Decision Taker' / 'Decision' / 'Reason
    for the Decision' …): each titled by the line just above its first label; [] if a form has
    no such line."""
    first = headers[0].title.casefold()
    if first not in repeated:
        return []
    out = []
    for header in headers:
        if header.title.casefold() != first:
            continue
        k = next((k for k in range(header.line - 1, max(-1, header.line - FORM_TITLE_REACH), -1)
                  if lines[k].text), None)
        if k is None or lines[k].text.casefold() in repeated or is_date_line(lines[k].text) \
                or not is_title_like(lines[k].text):
            return []
        title, top = lines[k].text, k
        while top > 0 and (above := lines[top - 1]).text and above.heading == lines[k].heading \
                and is_title_like(above.text) and above.text.casefold() not in repeated \
                and not is_date_line(above.text) and k - top < FORM_TITLE_REACH:
            # 'Transfer of the Public Conveniences to the Community' /
            # 'Association': a title wrapped over its lines.
            title, top = f"{above.text} {title}", top - 1
        out.append(Header(top, k + 1, "", title, style="form", typed=lines[k].heading))
    return out if len(out) >= MIN_TEMPLATE_REPEATS else []


def between_agenda_numbers(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the items numbered only by the agenda between minutes that give both numbers.

    '1. Apologies for absence' / '012/26 2. Minutes of the meeting …' / '3. Matters Arising' /
    '013/26 4. Bank Reconciliation': a minute's reference is given only where there was
    business to record; the agenda's numbers, running under both, make the others items too.
    """
    refs = [h.agenda_ref for h in chain]
    if len(chain) < MIN_CHAIN or not all(r.isdigit() for r in refs) \
            or any(int(b) <= int(a) for a, b in itertools.pairwise(refs)):
        return chain
    taken = [h.line for h in chain]
    added = []
    for header in candidates:
        k = bisect_left(taken, header.line)
        if (k < len(taken) and taken[k] == header.line) or not header.number.isdigit() \
                or not header.title:
            continue
        low = int(chain[k - 1].agenda_ref) if k else 0
        high = int(chain[k].agenda_ref) if k < len(chain) else int(header.number) + 1
        if low < int(header.number) < high:
            added.append(header)
    return sorted(chain + added, key=lambda h: h.line) if added else chain


def fill_gaps(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Add the numbered paragraphs a chain skips: '2. No declarations were made.' is item 2.

    Between items 1 and 4 of a chain, paragraphs numbered 2 and 3 in the same way are items
    too, whatever they say; one that is a sentence has no title, only text. Sub-items the same:
    between 7.4 and 7.7, and before a run that opens at 7.3, paragraphs numbered 7.5 and 7.6,
    or 7.1 and 7.2, are items when they fill the whole gap. So are the paragraphs that go on
    numbering after the chain's last ('25.041.', '25.042.' after '25.040. Individual
    allotments').
    """
    out: list[Header] = _leading(chain[0], lines) if chain else []
    for k, header in enumerate(chain):
        key, before = header.key, chain[k - 1] if k else None
        if len(key) > 1 and key[-1] > 1 and (before is None or before.key[:-1] != key[:-1]):
            found, complete = numbered_run(lines, before.body if before else 0, header.line,
                                            key[:-1], 1, key[-1], header.style)
            out.extend(found if complete else [])
        out.append(header)
        if k + 1 == len(chain):
            continue
        after = chain[k + 1]
        if len(key) == 1:
            found, complete = numbered_run(lines, header.body, after.line, (), key[0] + 1,
                                            after.key[0], header.style)
            # Numbers set alone on their lines ('1.' / 'Apologies'): a paragraph numbered
            # inline between two of them is an item only if such paragraphs fill the gap.
            out.extend(found if "-" not in header.style or complete else [])
        elif after.key[:-1] == key[:-1]:
            found, complete = numbered_run(lines, header.body, after.line, key[:-1],
                                            key[-1] + 1, after.key[-1], header.style)
            out.extend(found if complete else [])
    return [*out, *_trailing(chain, lines, end)] if len(chain) > 1 else out


def _trailing(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Return the paragraphs numbered on from a chain's last item, in its style, each opening a
    paragraph: '25.042. It was resolved to hold the next meeting …' after '25.041.' (numbers
    written otherwise between them, a list's '01.', '02.', are passed over). The part of the
    number that goes up is the one that went up last in the chain (89.0, 90.0 go on at 91.0,
    not at 90.1). A number of the chain's shape out of turn ends them."""
    found: list[Header] = []
    before, last = chain[-2].key, chain[-1].key
    rising = [k for k in range(len(last)) if len(before) == len(last) and before[k] != last[k]]
    if len(rising) != 1:
        return found
    wanted = tuple(part + (k == rising[0]) for k, part in enumerate(last))
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    for i in range(last.body, end):
        match = NUMBERED.match(lines[i].text)
        if not match or lines[i - 1].text:
            continue
        number = match.group("num")
        if number_style(number, match.group("sep"), lines[i].text[:1].isalpha()) != style:
            continue
        if number_key(number) != wanted:
            break
        rest = match.group("rest")
        title, body = untitled_sentence(*(stopped_heading(rest) or (
            (rest, "") if is_title_like(rest) and not SENTENCE_END.search(rest)
            else ("", rest))))
        found.append(Header(i, i + 1, number, title, "", 1, body, last.style))
        wanted = tuple(part + (k == rising[0]) for k, part in enumerate(wanted))
    return found


def _leading(first: Header, lines: list[Line]) -> list[Header]:
    """Return the items numbered just before a chain's first whose headings did not read as
    titles: OCR's '27. introduction' above a chain 28, 29 …, or '1 Apologies. None.' above a
    chain of bare numbers that opens at '6 Chairman's report'. Counting down, each is numbered
    as the chain is (its full stop may be missing: '5 Matters Arising' above '6. Planning'), on
    a line of its own after a blank; a short phrase is its title, else it is a heading run into
    its text (or, numbered in parts, '25.031. Apologies were received …', a sentence with no
    title). Any other number so set ends the count."""
    found: list[Header] = []
    outline = len(first.key) > 1
    wanted = first.key[-1] - 1
    for i in range(first.line - 1, 0, -1):
        match = NUMBERED.match(lines[i].text) if wanted >= 1 else None
        if not match or lines[i - 1].text or number_style(
                match.group("num"), match.group("sep"), lines[i].text[:1].isalpha()
                ).removesuffix("-bare") != first.style.removesuffix("-bare"):
            if wanted < 1:
                break
            continue
        if number_key(match.group("num")) != (*first.key[:-1], wanted):
            break
        rest = match.group("rest").strip()
        short = len(rest.split()) <= WRAPPED_TITLE_WORDS and not SENTENCE_END.search(rest)
        title, body = (rest, "") if short else untitled_sentence(*(stopped_heading(rest) or (
            ("", rest) if outline else run_on_title(rest))))
        found.append(Header(i, i + 1, match.group("num"), title, "", 1, body, first.style))
        wanted -= 1
    return found[::-1]


MIN_TEMPLATE_REPEATS = 3
FORM_TITLE_REACH = 4
"""How often a heading recurs among unnumbered items before it is a form's label inside them."""


PAGED_ENTRY = re.compile(r"^(?P<num>[A-Z]?\d{1,3}(?:\.\d{1,2})?)\s+(?P<title>\S.{2,150}?)\s+"
                            r"(?P<page>\d{1,3})$")
"""A pack's contents line: the entry's number, its title and the page it starts on ('17
Playground Safety Review 14')."""
CONTENTS_GAP = 2
"""Blank lines a contents list may leave between its entries."""
CONTENTS_KEY = 30
"""The letters of a title compared with its contents entry (a heading may wrap sooner)."""


def contents_guided(candidates: list[Header], lines: list[Line]) -> list[Header]:
    """Return the headers a pack's contents list names, number and title, when the pack keeps
    its agenda's numbers with gaps ('6.2', '11', '14' …) and numbers its reports'
    paragraphs 1, 2, 3 …; [] without such a list or too few of its entries found."""
    entries: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        found = PAGED_ENTRY.match(line.text)
        if found is None:
            continue
        if entries and i - entries[-1][0] > CONTENTS_GAP + 1:
            if len(entries) >= MIN_CHAIN:
                break
            entries = []
        entries.append((i, found.group("num"), _title_key(found.group("title"))))
    if len(entries) < MIN_CHAIN:
        return []
    wanted = {(number, key) for _, number, key in entries}
    chosen: list[Header] = []
    for header in candidates:
        key = (header.number, _title_key(header.title))
        if header.line > entries[-1][0] and key in wanted:
            chosen.append(header)
            wanted.discard(key)
    return chosen if len(chosen) >= MIN_CHAIN and 2 * len(chosen) >= len(entries) else []


def _title_key(title: str) -> str:
    """Return a title's first letters in lower case, for comparing it with its entry."""
    return " ".join(title.lower().split())[:CONTENTS_KEY]
