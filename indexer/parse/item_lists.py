"""Items laid out as a table's rows, a register of decisions or a bulleted list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Line
from .blocks import (
    FUNCTION_WORDS,
    clean_title,
    file_badge,
    is_noise,
    is_title_like,
    is_upper_heading,
)
from .chains import MIN_CHAIN
from .dates import find_dates, is_date_line
from .heading_context import ATTENDANCE_START
from .item_header import NUMBERED, Header
from .runin import opener_cut
from .running_headings import SIGNATURE_ROLE
from .title_ends import SENTENCE_VERB, STUB, cut_stub, stopped_heading, stopped_run_in

LIST_MARKER_LOWER = re.compile(r"^(?:[a-z]\)|\(?[a-z]\)|[ivx]+[.)]|[a-z]\.\s)")
WRAPPED_TITLE_WORDS = 8
REGISTER_HEAD = re.compile(r"^(?:date|date\s+of\s+decision)\b.*\bdecisions?$", re.I)
"""A decisions register's header row: its date column first, the decision last."""
REGISTER_HEAD_WORDS = 12
WEEKDAY_CHARS = 10
RECORD_WORDS_ONLY = re.compile(r"^(?:minutes|agenda|notes|draft|attendance|present)\b\W*$", re.I)


def register_rows(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return one untitled item per dated row under a register's header row naming its date and
    decision columns, or [] if there is no such table of at least MIN_CHAIN rows."""
    head = next((i for i in range(start, end) if REGISTER_HEAD.match(lines[i].text)
                 and len(lines[i].text.split()) <= REGISTER_HEAD_WORDS), None)
    if head is None:
        return []
    rows = []
    for i in range(head + 1, end):
        if not lines[i].text:
            continue
        if not _dated_row(lines[i].text):
            break
        rows.append(Header(i, i + 1, "", "", first_body=lines[i].text, style="register"))
    return rows if len(rows) >= MIN_CHAIN else []


def _dated_row(text: str) -> bool:
    """Return True for a table row opening with its date ('Tue 20th Jan, 2026 Clerk …')."""
    found = next(find_dates(text), None)
    return found is not None and found[1] <= WEEKDAY_CHARS \
        and (found[1] == 0 or text[:found[1]].strip(" ,").isalpha())


@dataclass(frozen=True)
class RawItem:
    """An item's heading fields and the lines of its text, before fields are extracted."""

    number: str
    title: str
    agenda_ref: str
    page: int
    lines: tuple[Line, ...]
    first_body: str = ""
ROW_ENTRY = re.compile(r"\s(?=To\s+(?:consider|receive|note|approve|agree|confirm)\b)")
"""An agenda's note opening after a title: ' To consider …'."""


TABLE_MARKER = re.compile(r"\s*(?:(?:pdf (?:icon|eicon)\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KM]B?\b"
                          r"|(?:Additional|Supporting) documents:|Minutes:)\s*", re.I)


def table_items(lines: list[Line], start: int, end: int) -> tuple[list[Line], list[RawItem]]:
    """Split a web page rendered as a table: rows end with '|' and are separated by '|' lines."""
    rows: list[list[Line]] = [[]]
    for line in lines[start:end]:
        if line.text == "|":
            rows.append([])
        elif line.text:
            rows[-1].append(Line(re.sub(r"\s*\|\s*$", "", line.text), line.page))
    first_item = next((k for k, line in enumerate(rows[0]) if TABLE_MARKER.search(line.text)),
                      len(rows[0]))
    if 0 < first_item < len(rows[0]) and TABLE_MARKER.match(rows[0][first_item].text):
        # 'Minutes To confirm the minutes …' / 'Minutes: The minutes of …': the first row's
        # title is on the line above its first marker.
        first_item -= 1
    preamble, rows[0] = rows[0][:first_item], rows[0][first_item:]
    items = []
    for row in rows:
        if row and TABLE_MARKER.search(" ".join(line.text for line in row)):
            items.append(_table_row(row))
    return preamble, items


def _table_row(row: list[Line]) -> RawItem:
    """Read one table row: the title before its first marker, the minutes after it."""
    first = row[0].text
    number = ""
    cell = re.match(r"^(\d{1,4}[a-z]?)\.?\s*\|\s*", first)
    if cell:
        number, first = cell.group(1), first[cell.end():]
    marker = TABLE_MARKER.search(first)
    head, tail = (first[:marker.start()], first[marker.end():]) if marker else (first, "")
    badge = file_badge(head)
    if badge and badge.start() > 0:
        # 'MINUTES OF THE LAST MEETING HELD ON 9 JULY 2019 PDF 164 KB To agree …': the
        # title's link ends at its file's badge, the agenda's note after it.
        head, tail = head[:badge.start()].rstrip(), f"{head[badge.end():].strip()} {tail}".strip()
    stub = STUB.match(head)
    if stub:
        head, tail = stub.group(0), f"{head[stub.end():].strip()} {tail}".strip()
    elif (entry := ROW_ENTRY.search(head)) and (is_title_like(head[:entry.start()])
                                               or RECORD_WORDS_ONLY.match(head[:entry.start()])):
        # 'Apologies for absence To receive any apologies for absence': the agenda's note run
        # on after a title that reads as one with it.
        head, tail = head[:entry.start()], f"{head[entry.start():].lstrip()} {tail}".strip()
    elif not is_title_like(head):
        cut = _row_heading(head)
        head, tail = cut[0], f"{cut[1]} {tail}".strip()
    tail = TABLE_MARKER.sub(" ", tail).strip()
    title, ref = clean_title(head)
    body = [Line(TABLE_MARKER.sub(" ", line.text).strip(), line.page) for line in row[1:]
            if not is_noise(line.text)]
    return RawItem(number, title, ref, row[0].page, tuple(body), tail)


def _row_heading(text: str) -> tuple[str, str]:
    """Split a table row's first cell, run into one line with the agenda's note under its
    title, at the note ('Matters Arising (if any) To consider any matters …', 'Declarations of
    Interest Members are invited …'); ('', text) if no heading shows."""
    entry = ROW_ENTRY.search(text)
    head, rest = (text[:entry.start()], text[entry.start():].lstrip()) if entry \
        else opener_cut(text) or ("", text)
    return (head, rest) if head and rest and is_title_like(head) else ("", text)


BULLET_ENTRY = re.compile(r"^[•·▪◦*–-]\s+(?P<title>[A-Z].{2,})$")
"""A list's entry by its bullet: a dot, or the '-' or '*' a page's list is saved as text with."""
MIN_BULLET_ENTRIES = 3
SUB_BULLETS = "◦–-"
"""The marks of points under a list's entries that open with a dot ('•')."""
LIST_GAP = 8
"""Lines (sub-entries) that may stand between a list's entries."""


def _standalone_entry(lines: list[Line], i: int, start: int, end: int) -> bool:
    """Return True for an agenda entry among bullets that lost its bullet: a short heading in
    a paragraph of its own ('Apologies', 'Open Questions'), not a sub-entry ('i. Highways'),
    a label ('Date held:') or a sentence."""
    text = lines[i].text
    return bool(text) and (i == start or not lines[i - 1].text) \
        and (i + 1 >= end or not lines[i + 1].text) \
        and len(text.split()) <= WRAPPED_TITLE_WORDS and is_title_like(text.rstrip(".")) \
        and not re.search(r"[:;!?]$|:\s|\w\.\s*\w.*\.$", text) \
        and not LIST_MARKER_LOWER.match(text) and not NUMBERED.match(text) \
        and not SENTENCE_VERB.search(text) and not ATTENDANCE_START.match(text) \
        and not _signature(lines, i, end) and not RECORD_WORDS_ONLY.match(text)


def _signature(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a line of the signature closing an agenda: the clerk's name over the
    post, the post, or the date it was signed ('Jo Penrose' / 'Parish Clerk' / '3rd
    February 2026')."""
    text = lines[i].text
    below = next((lines[j].text for j in range(i + 1, min(end, i + 3)) if lines[j].text), "")
    return is_date_line(text) or SIGNATURE_ROLE.match(text) is not None \
        or SIGNATURE_ROLE.match(below) is not None


def bulleted_tail(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Return the entries after a numbered chain's last item that go on as bullets, each a
    short heading on its line with its text under it ('45. Finance' / … / '- Correspondence.' /
    'The list had been circulated …' / '- Neighbourhood Plan update.' / …): the clerk's word
    processor lost the list's numbers after its last one; [] unless MIN_BULLET_ENTRIES go on so.
    """
    if not chain:
        return []
    heads: list[Header] = []
    for i in range(chain[-1].body, end):
        match = BULLET_ENTRY.match(lines[i].text)
        if not match:
            continue
        title = match.group("title").rstrip(" .:")
        under = next((lines[j].text for j in range(i + 1, end) if lines[j].text), "")
        if not is_title_like(title) or len(title.split()) > WRAPPED_TITLE_WORDS * 2 \
                or SENTENCE_VERB.search(title) or not under or BULLET_ENTRY.match(under) \
                or title.endswith(("&", ",")) or title.split()[-1].lower() in FUNCTION_WORDS:
            return []
        heads.append(Header(i, i + 1, "", title, style="bullet"))
    return heads if len(heads) >= MIN_BULLET_ENTRIES else []


LINK_TEXT = re.compile(r"^(?:View|Watch|Download|Read|See|Listen\s+to|Open)\s", re.I)
"""A web page's link in a bulleted list ('• View the background to item 43.', '• Watch the
meeting'): not an entry."""


def bullet_items(lines: list[Line], start: int, end: int, *, alone: bool = True
                 ) -> list[RawItem]:
    """Return an unnumbered agenda's entries listed as bullets, each with the lines under it.

    A word processor's list may go on with numbers after its bullets ('• Matters Arising' …
    '4. Parishioner Comments'): among bullets, a numbered entry is one too (not 'i.' under one).
    With alone, so is a short heading in a paragraph of its own that lost its bullet.
    """
    heads: dict[int, tuple[str, str]] = {}
    # '• Matters raised by members' / '◦ Flooding at the ford' (or '– Bus shelter …'): where
    # the list's entries open with a dot, points under them marked otherwise are no entries.
    first = next((lines[i].text[0] for i in range(start, end) if BULLET_ENTRY.match(lines[i].text)),
                 "")
    second = first == "•" and any(lines[i].text[:1] in SUB_BULLETS for i in range(start, end))
    said: dict[int, str] = {}
    for i in range(start, end):
        if second and lines[i].text[:1] in SUB_BULLETS:
            continue
        match = BULLET_ENTRY.match(lines[i].text)
        stopped = stopped_heading(match.group("title")) if match \
            and stopped_run_in(match.group("title")) else None
        if stopped and stopped[1] and ":" not in stopped[0] and not is_upper_heading(stopped[0]):
            # '• Financial Position. Mary reported that …': minutes kept as a bulleted list,
            # each heading closed by its stop and run into its text (one in capitals is read as
            # other capitals headings are).
            heads[i], said[i] = ("", stopped[0]), stopped[1]
        elif match and is_title_like(match.group("title").rstrip(".:")) \
                and not LINK_TEXT.match(match.group("title")) and not file_badge(lines[i].text):
            # '• Date of next meeting – Monday 9th March 2026': the stub, its date its text.
            title, said[i] = cut_stub(match.group("title").rstrip(" .:"), "")
            heads[i] = ("", title)
    if len(heads) < MIN_BULLET_ENTRIES:
        return []
    last, filled, previous = max(heads), 0, None
    for i in range(min(heads), end):
        numbered = NUMBERED.match(lines[i].text)
        filled += bool(lines[i].text)
        if i in heads:
            filled = 0
        elif numbered and numbered.group("num").isdigit() and is_title_like(
                numbered.group("rest")) and (i < last or filled <= LIST_GAP) \
                and previous in (None, int(numbered.group("num")) - 1):
            heads[i] = (numbered.group("num"), numbered.group("rest").rstrip(" .:"))
            filled, previous = 0, int(numbered.group("num"))
        elif i > last and filled > LIST_GAP:
            break
    for i in range(start, min(max(heads) + LIST_GAP, end) if alone else start):
        if i not in heads and _standalone_entry(lines, i, start, end):
            heads[i] = ("", lines[i].text.rstrip("."))
    order = sorted(heads)
    items = []
    for k, i in enumerate(order):
        stop = order[k + 1] if k + 1 < len(order) else end
        items.append(RawItem(*heads[i], "", lines[i].page, tuple(lines[i + 1:stop]),
                             said.get(i, "")))
    return items
