"""Shapes of lines in minutes: titles, list items, page-furniture noise and paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Line

NOISE_LINE = re.compile(
    r"^(?:(?:additional|supporting) documents:?|minutes:|dogfennau ychwanegol:|cofnodion:"
    r"|view directions|media"
    r"|items|no\.?\s*\|?\s*item\s*\|?"
    r"|this page is intentionally (?:left )?blank\.?|-{2,}\|?-*\|?|\|"
    r"|(?:one|\d{1,3})\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[“\"‘'].*"
    r"|leave\s+a\s+(?:reply|comment)|(?:post\s+)?comments?\s+(?:are\s+)?closed\.?)$",
    re.I,
)
"""Furniture lines: a meeting page's labels, a blank page's notice, a table's rules, and a blog's
comments heading ('2 thoughts on “… April's agenda”', 'Leave a Reply')."""
FILE_BADGE = re.compile(r"\s*(?:pdf (?:icon|eicon)\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KM]B?\b\s*"
                        r"|\s*[\[(](?:pdf|word|doc)\s+(?:icon|eicon)[\])]\s*", re.I)
"""A link's badge: 'pdf icon PDF 212 KB', or an icon's text left in brackets ('[pdf icon]')."""
FILE_ROW = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|rtf|pptx?)\s+\d+(?:\.\d+)?\s*[KMG]B\b"
                      r"(?:\s+(?:Microsoft\s+\w+|Adobe\s+\w+|PDF))?\s*$"
                      r"|^Printed\s+(?:plain\s+text\s+)?(?:minutes|decisions|agenda)\b.{0,120}"
                      r"\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I)
"""A row of a page's list of documents, or a meeting page's link to its printed record
('Printed minutes 14th-Mar-2019 18:30 Licensing Committee PDF 96 KB')."""
FILE_KINDS = ("pdf", "doc", "xls", "odt", "rtf", "ppt")
"""Words one of which a row of documents holds (FILE_ROW is searched only then)."""
ASIDE = re.compile(r"\([^()]*\)")
PAPER_SIZE = re.compile(r"\d(?:\.\d{1,2})?\s?(?:[KMG]B|kB)\b")
"""A linked paper's size ('198.4 KB', '1.21 MB'), which a meeting page prints after its name."""
PAGES_REF = re.compile(r"\s*\(Pages?\s+\d+(?:\s*[-–]?\s*\d+)?\)\s*"
                       r"|\s+[-–]\s+Pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*$", re.I)
"""Where an entry's paper is in the pack: '(Pages 5 - 10)', or after a dash at the end, '…
2026/27 - Page 12'."""
ITEM_REF = re.compile(
    r"\s*\*?\(\s*\*?(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?|Ref\s*[:.]\s*)"
    r"(?P<ref>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:\s*,\s*[a-z][^()]{0,40}?)?\*?\s*\)\*?\s*",
    re.I,
)
"""The agenda's reference for an item printed in its heading: '(Item B1)', '(Agenda item 3)',
'(REF: 7.1)', with the clerk's note after it ('(Agenda item 5, taken first)')."""
LIST_MARKER = re.compile(
    r"^(?:[-–•·o◦✓▪*]\s+|\(?[a-zA-Z]\)\s+|[a-zA-Z]\.\s+|\(?[ivxIVX]{1,5}\)\s+|\d{1,2}[.)]\s+"
    r"|\(\d{1,2}\)\s+)"
)
SENTENCE_END = re.compile(r"[.!?]['\"”’)]?$")
TAIL = 6
"""The characters of a paragraph's end looked at to tell whether it ended."""
TITLE_STOP = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Revd?|Cyng)\.$")
"""A stop that ends an honorific ('seconded by Cllr. Mrs.' / 'AF, it was RESOLVED'), not a
sentence."""
FUNCTION_WORDS = frozenset(
    """
    a an the of to and or that which was were is are be been has have had by for with from in
    on at as this these those it its their his her our but if would could should will
    """.split()
)
MAX_TITLE_WORDS = 22
SHORT_LINE_SHARE = 0.8
"""A line shorter than this share of the next, less that line's first word, was ended short."""


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines that read as one paragraph, with the pages they sit on."""

    text: str
    pages: tuple[int, ...]


CLOSING_ABBREVIATION = re.compile(
    r"(?:\b(?:etc|Ltd|Co|Inc|St|No|Nos|approx|Cllrs?|Mrs?|Dr)|\b[A-Z]|\.\.)\.$")
"""A title's closing full stop that belongs to an abbreviation ('… Ltd.') or an ellipsis."""


PAPER_REF = re.compile(r"\s*\[[A-Z]{1,6}(?:\s?\d{1,4}(?:/\d{1,4})?\]?)?\s*$")
"""The paper an entry refers to, at the heading's end: '… BUDGET MONITORING [PB 4/19]', or its
bracket's start where the heading wraps ('… [PB' / '4/19]')."""
PAPER_CODE = re.compile(r"\s*\([A-Z]{2,8}(?:/\d{1,4}){2,4}\)$"
                        r"|\s*\([A-Z][A-Za-z]{1,7}\.(?:\d{1,2}\.){2}\d{2,4}/\d{1,3}\)$"
                        r"|\s*\((?:Document|Doc\.?)\s+[A-Z0-9]{1,4}\)$"
                        r"|\s*\((?:PDF|Word|Excel|ODT|ODS|CSV|PowerPoint)(?:,?\s*\d+(?:\.\d+)?\s*[KMG]B)?\)$")
"""A paper's code in brackets at a heading's end: '(HPB/07/02/11)' (a board's paper, its number
and its meeting's date), '(Exec.14.5.2024/6)' (the committee, the meeting's date, the paper's
number), '(Document GQ)'; or the kind of file its link opens, '(Word)', '(PDF, 212 KB)'. A
'(Paper 4)' stays: sets' labels differ on it."""
STATUS_NOTE = re.compile(
    r"\s*\((?:(?:a\s+)?(?:copy|copies|report|reports|paper|papers|minutes|draft|correspondence"
    r"|documents?|details|schedule|list|letter|appendix|appendices)\s+)?(?:attached|enclosed"
    r"|to\s+follow|(?:to\s+be\s+)?tabled|herewith|(?:previously\s+)?circulated"
    r"(?:\s+to\s+(?:all\s+)?(?:members|councillors))?)\)$", re.I)
"""What a heading says of its paper at its end: '(Copy attached)', '(Report enclosed)', '(To
follow)', '(To be tabled)', '(copy herewith)': where the paper is, not what the item is."""
PAGE_AFTER = re.compile(r"\s+Page\s+\d{1,3}$")
"""A page's footer run onto a heading broken by the page ('… not listed on the agenda Page 2')."""
DOCUMENT_NUMBER = re.compile(r"\s+Doc(?:ument|\.)?\s+\d{1,3}[a-z]?$")
"""The agenda's number for an item's papers, set at the heading's right margin: '88/2021
Mayor’s Engagements      Document 5'."""
TIME_STAMP = re.compile(r"(?:\s[-–])?\s\((?:[A-Za-z][A-Za-z ]{0,20}:\s*)?\d{1,2}:\d{2}:\d{2}\)"
                        r"(?=\s|$)|\s\(\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\)$"
                        r"|\s\((?:[01]?\d|2[0-3])[.:][0-5]\d\)$", re.I)
"""Where the webcast or video reaches the item, after its title: 'Apologies (00:00:42)',
'Reports – (video time: 00:41:12)'; or the clock's time when the meeting took it, or an
agenda's time for it, at the title's end: 'Capital Programme Review (6:47 pm)', 'Finance
(8.15)'."""


def glued_apart(lines: list[Line], glued: re.Pattern[str], group: str, minimum: int
                ) -> list[Line]:
    """Set a space after the part of each line that glued matches (its named group), when at
    least minimum lines open so: a number or reference a text layer glued to its title."""
    found = [k for k, line in enumerate(lines) if line.text[:1].isalnum()
             and glued.match(line.text)]
    if len(found) < minimum:
        return lines
    out = list(lines)
    for k in found:
        out[k] = replace(lines[k], text=glued.sub(rf"\g<{group}> ", lines[k].text, count=1))
    return out


NOTE_AFTER_BADGE = re.compile(r"\s*To\s+[a-z]")


def file_badge(text: str) -> re.Match[str] | None:
    """Return the link badge in text ('PDF 231 KB'), looked for only where text says 'pdf'."""
    return FILE_BADGE.search(text) if "pdf" in text.lower() else None


COLUMN_LABEL = re.compile(r"\s+(?:ACTIONS?(?:\s+BY)?|ACTION\s+(?:OWNER|POINTS)|OWNER|WHO|LEAD)$")
"""A table's column heading in capitals printed on the row of an item's heading in words
('1.0 Introductions ACTIONS'), no part of the title."""
COLUMN_WORDS = ("ACTION", "ACTIONS", "BY", "OWNER", "POINTS", "WHO", "LEAD")


ACTION_CELL = re.compile(r"\s+For\s+(?:(?:Board|Council|Committee|Members[’']?)\s+)?"
                         r"(?:noting|information|decision|approval|discussion|consideration"
                         r"|ratification|agreement)\.?$")
"""An agenda's 'Action required' cell after its entry's title ('For noting', 'For Board
approval')."""


MINUTE_CITED = re.compile(r"\s+\(\d{1,4}\)$")
"""An earlier minute's number a heading in capitals cites in brackets ('POLICE LIAISON (327)')."""


def clean_title(text: str) -> tuple[str, str]:
    """Strip file badges, page and item references from a heading; return (title, item ref)."""
    ref = ""
    match = ITEM_REF.search(text)
    if match:
        ref = match.group("ref").upper()
        text = text[: match.start()] + " " + text[match.end():]
    if badge := file_badge(text):
        # 'MINUTES OF THE LAST MEETING PDF 164 KB To agree the minutes …': a meeting page's
        # link to the item's paper, then the agenda's note for it, no part of the title.
        text = text[:badge.start()] if NOTE_AFTER_BADGE.match(text, badge.end()) \
            else FILE_BADGE.sub(" ", text)
    text = PAGES_REF.sub(" ", text)
    text = TIME_STAMP.sub(" ", text).rstrip()
    text = PAPER_REF.sub("", text) if text.endswith(("]", "[")) or "[" in text[-8:] else text
    text = STATUS_NOTE.sub("", PAPER_CODE.sub("", text.removesuffix("."))) \
        if text.endswith((")", ").")) else text
    text = MINUTE_CITED.sub("", text) if text.endswith(")") and text[:-8].isupper() else text
    text = PAGE_AFTER.sub("", text) if "Page" in text[-8:] else text
    text = DOCUMENT_NUMBER.sub("", text) if "Doc" in text[-14:] else text
    text = re.sub(r"\s+", " ", text).strip(" |*-–—‒:")
    if text.endswith(COLUMN_WORDS) and (column := COLUMN_LABEL.search(text)) \
            and any(c.islower() for c in text[:column.start()]):
        text = text[:column.start()]
    if " For " in text and (action := ACTION_CELL.search(text)) and action.start() > 0:
        # '5.2 Budget monitoring to 28th February 2021 For noting': an agenda's 'Action
        # required' column read into its title.
        text = text[:action.start()]
    if text.endswith(".") and not CLOSING_ABBREVIATION.search(text):
        text = text[:-1].rstrip()
    return text, ref


def is_noise(text: str) -> bool:
    """Return True for web-page and PDF furniture lines that carry no content: a page's labels,
    and a row of its documents' list ('Minute and Appendix - 10 June 2025.pdf 241KB Microsoft
    Word')."""
    lowered = text.casefold()
    return bool(NOISE_LINE.match(text.strip()) or (any(kind in lowered for kind in FILE_KINDS)
                                                  and FILE_ROW.search(text)))


def is_title_like(text: str) -> bool:
    """Return True for text that reads as a heading rather than a sentence or list item."""
    text = text.strip()
    first = text.lstrip("\"'“‘")[:1]
    # '"Cranage Moss in Bloom"': a group's name in quotes titles its report.
    if not first or LIST_MARKER.match(text) or not (first.isupper() or first.isdigit()):
        return False
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    last = words[-1].lower().strip(",;")
    if text.endswith((",", ";")) or (last in FUNCTION_WORDS and len(words) > 3):
        return False
    # A long line closed by a full stop is a sentence, unless it is in capitals as agenda
    # wording set as a heading is ('TO CONSIDER THE ANNUAL REVIEW OF THE RISK REGISTER.') or
    # in title case ('Signing of the Minutes – 1st November 2023 Meeting of the Council.').
    # An aside in brackets keeps its own case: 'Reports from County & District Councillors (if
    # in attendance).'
    return not (SENTENCE_END.search(text) and len(words) > 8 and not is_upper_heading(text)
                and not title_cased(ASIDE.sub(" ", text).split()))


def title_cased(words: list[str]) -> bool:
    """Return True when every word but the small ones starts with a capital or a digit."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in FUNCTION_WORDS
               or not w[:1].isalnum() for w in words)


def is_upper_heading(text: str) -> bool:
    """Return True for a line written in capitals, as committee names and headings often are:
    at least three letters, nine in ten of them capitals."""
    # Most lines are sentences: more small letters than a tenth of the line's length rules a
    # line out before its letters are counted.
    if sum(map(str.islower, text)) * 10 > len(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Join wrapped lines into paragraphs; blank lines and list markers start new ones.

    A paragraph is kept as its lines until it is done, and only its last characters are
    looked at, so a paragraph of thousands of lines costs no more than its length.
    """
    out: list[Paragraph] = []
    parts: list[str] = []
    pages: list[int] = []
    ended = False
    for line in lines:
        content = line.text.strip()
        if not content or is_noise(content):
            ended = bool(parts)
            continue
        if ended and not _runs_on(_tail(parts), content):
            out.append(_paragraph(parts, pages))
            parts, pages = [], []
        # Else a sentence broken by a blank line (a page or text-box break) goes on.
        ended = False
        if parts and (_starts_new_paragraph(_tail(parts), content)
                      or ended_short(parts[-1], content)):
            out.append(_paragraph(parts, pages))
            parts, pages = [], []
        parts.append(content)
        pages.append(line.page)
    if parts:
        out.append(_paragraph(parts, pages))
    return out


def _paragraph(parts: list[str], pages: list[int]) -> Paragraph:
    """Return the paragraph of these lines, with each page once."""
    return Paragraph(" ".join(parts), tuple(dict.fromkeys(pages)))


def _tail(parts: list[str]) -> str:
    """Return the last few characters of the lines joined with spaces."""
    if len(parts[-1]) >= TAIL or len(parts) == 1:
        return parts[-1][-TAIL:]
    return f" {parts[-1]}"


def _runs_on(tail: str, line: str) -> bool:
    """Return True if line continues a paragraph that stopped mid-sentence (ending in tail)."""
    return line[:1].islower() and not re.search(r"[.:;!?]['\"”’)]?$", tail) \
        and not LIST_MARKER.match(line)


def ended_short(before: str, line: str) -> bool:
    """Return True if the line before ended by the writer's choice, not by wrapping: the
    line's first word would have fitted on it, as this longer line shows ('Minute no. 11 - Bus
    Shelter, Heol y Parc' / 'The Clerk reported that only one quotation had been …')."""
    word = line.split(maxsplit=1)[0]
    return line[:1].isupper() and len(before) + 1 + len(word) < SHORT_LINE_SHARE * len(line) \
        and before.split()[-1].lower() not in FUNCTION_WORDS and not before.endswith(",")


DECISION_OPENS = re.compile(r"(?:RESOLVED|NOTED|AGREED|Action:"
                            r"|(?:Agreed|Resolved|Approved)(?:\s+(?:that|to|unanimously)\b|\s*[:–-]))")
"""A line opened by what was decided ('Agreed that the Clerk …'): a paragraph of its own, even
after a line its writer left without a stop."""


def _starts_new_paragraph(tail: str, line: str) -> bool:
    """Decide whether line begins a paragraph rather than continuing one that ends in tail."""
    if LIST_MARKER.match(line) or DECISION_OPENS.match(line):
        return True
    return bool(re.search(r"[.:;!?]['\"”’)]?$", tail)) and line[:1].isupper() \
        and not TITLE_STOP.search(tail)
