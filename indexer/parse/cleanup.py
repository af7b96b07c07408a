"""Clean extracted page text: ligatures, bullets, hyphenation, running headers and footers."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from ..records import HEADING_MARK, Line
from .blocks import glued_apart
from .dates import MONTHS, find_dates, first_date, is_date_line
from .people import ATTENDANCE_LABEL

BULLETS = {
    "(cid:127)": "•",
    "\uf0b7": "•",
    "\uf0a7": "•",
    "\uf076": "•",
    "\uf0d8": "•",
    "\uf0fc": "✓",
    "\u25aa": "•",
    "\u25cf": "•",
}
HYPHEN_PREFIXES = frozenset(
    """
    anti co counter cross ex full half inter long multi non part post pre re self semi short
    sub vice well
    """.split()
)
PAGE_STAMP = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?$", re.I)
PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.I)
LETTERSPACED = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")
ITEM_REF_LINE = re.compile(r"^\(\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\s*\)$",
                           re.I)
"""An '(Item 4)' line at the top of a page is the agenda number of a heading, not a header."""
INTRODUCES = re.compile(r":\s*[-–]?$")
"""A line that opens what follows ('The Committee resolved:-' at the foot of two pages): text,
however often it falls at a page's edge; a running header or footer introduces nothing."""
POST_LINK = re.compile(r"^(?:[←«‹]|(?i:(?:previous|next)\s+(?:post|article|entry)\s*:))"
                       r"\s*\S.{0,150}$|^\S.{0,150}\s[→»›]$")
"""A blog's links to the posts before and after ('← Minutes of … – Monday 8 June 2015', '… 13
July 2015 →'): another page's title, not a heading of this one."""
POST_BYLINE = re.compile(r"^(?:posted|published)\s+(?:on\s+)?(?:\w+,?\s+){1,4}(?:19|20)\d\d"
                         r"(?:\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]m)?)?\s+by\s+\S.{0,40}$", re.I)
"""A blog post's byline ('Posted on December 18, 2012 by clerk'): who posted it and when, not
a heading nor the meeting's date."""
POST_FILED = re.compile(r"^(?:filed\s+under|posted\s+in|tags?|tagged|categories|category)\s*:\s*"
                        r"\S.{0,100}$", re.I)
"""A blog post's filing ('Filed under: Town Board Minutes', 'Categories: Minutes, News'): where
the site keeps it, not a heading of the minutes."""
SHARE_BAR = re.compile(r"^(?:share(?:\s+(?:this|on))?(?:\s+(?:page|post|article|story))?"
                       r"|follow\s+us(?:\s+on)?)\s*:?\s+(?:(?:facebook|twitter|x|e-?mail|linkedin|whatsapp"
                       r"|print|instagram|copy\s+link)\b\s*[|•·,]?\s*){2,}$", re.I)
"""A page's bar of links to share it ('Share this post: Facebook | Twitter | Email')."""
MENU_GAP = re.compile(r"\s{3,}|\s+[|•·]\s+")
MENU_WORDS = frozenset(["home", "contact", "about", "news", "events", "search", "menu", "links",
                        "gallery", "cookies", "accessibility", "sitemap", "site map", "privacy",
                        "privacy notice", "privacy policy", "disclaimer"])
MIN_MENU_ENTRIES = 4
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
SETEXT_RULE = re.compile(r"^(?:={3,}|-{3,})$")
TABLE_ROW = re.compile(r"^\|.*\|$")
NUMBER_CELL = re.compile(r"\|\s*\d{1,3}[.)]?\s*\|")
"""A table cell holding nothing but an item number: '| 4. |'."""
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+.!|>-])")
MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_RUN_IN = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})*\.?\s+)?"
                             r"\*\*(?P<head>[^*]{1,80}?\S)\*\*\s+(?P<rest>\S.*)$")
"""A paragraph opened by its heading in bold, its number perhaps before it."""
MARKDOWN_RUN_IN_WORDS = 14
LINE_BREAKS = {"\r\n": "\n", **dict.fromkeys("\r\f\v\x1c\x1d\x1e\x85\u2028", "\n"),
               "\u2029": "\n\n"}
"""Every character Python reads as a line break ends a line: one left inside a line is
whitespace that no pattern expects, and a run of them makes heading patterns backtrack."""
WORD_START = re.compile(r"\w+")
EDGE_LINES = 3
CELL_TITLE_WORDS = 14
CLOSED_LINE = re.compile(r"[.;:,!?]$")
FURNITURE_SHARE = 0.5


REPEAT_LINES = 8
REPEAT_START_CHARS = 40


YEARISH = re.compile(r"\b[12][0-9OolI]{3}\b")
"""A year as OCR may spell it, letters for figures ('2Ol8'); most are plain figures."""
OCR_YEAR = re.compile(r"\b(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                      + r")\.?,?\s+(?P<year>[12][0-9OolI]{3})\b")
"""A month and its year, the year perhaps misread by OCR ('June 2Ol8', 'May 20l7')."""
OCR_FIGURES = str.maketrans("OolI", "0011")
DAGGER_SPACES = re.compile(r"†{2,}")
OCR_INSIDE = re.compile(r"1(?<=[A-Za-z]1)(?=[a-z])")
"""A figure one inside a word of letters: OCR's reading of a letter l."""
OCR_TRAILING = re.compile(r"1(?<=[a-z]{4}1)(?=['’]?s?\b)")


def normalise(text: str) -> str:
    """Fold ligatures and compatibility forms (NFKC), map font bullets to '•', and read a year
    that OCR spelt with letters after its month ('9 June 2Ol8') in figures."""
    for raw, bullet in BULLETS.items():
        text = text.replace(raw, bullet)
    text = unicodedata.normalize("NFKC", text)
    for raw, newline in LINE_BREAKS.items():
        # A replace per character: str.translate, a dict lookup per character, cost 4% of parsing.
        text = text.replace(raw, newline)
    if "††" in text:
        # A page typed in Windows-1252 and read as Mac Roman: its runs of no-break spaces,
        # typed to centre a heading, show as daggers.
        text = DAGGER_SPACES.sub(" ", text)
    if OCR_INSIDE.search(text):
        # 'P1anning', 'Cl1r': OCR read a letter l as the figure one; in such a text, so is a
        # one closing a word of letters ('Counci1'), which elsewhere is a glued number
        # ('Phase1').
        text = OCR_TRAILING.sub("l", OCR_INSIDE.sub("l", text))
    if any(not year.group().isdigit() for year in YEARISH.finditer(text)):
        text = OCR_YEAR.sub(_year_in_figures, text)
    if " ." in text and len(SPACED_NUMBER.findall(text)) >= SPACED_NUMBERS:
        # 'I . OPENING' / 'II . OLD BUSINESS': typed or read by OCR with a space before
        # each heading number's stop.
        text = SPACED_NUMBER.sub(r"\1. ", text)
    if "- " in text and len(GLUED_DASH.findall(text)) >= GLUED_DASHES:
        # 'Min 88- Highways- The Clerk had written …': a typist's dash touching the word
        # before it, set apart as a dash is.
        text = GLUED_DASH.sub(" – ", text)
    if text.count(" , ") >= TOKENISED_COMMAS and 2 * text.count(" , ") >= text.count(","):
        text = _detokenised(text)
    if "<" in text and len(LITERAL_TAG.findall(text)) >= MIN_LITERAL_TAGS:
        # A page whose markup was saved as its text ('… Village Hall <br />Monday, May 3, 2010
        # <br />', '<p>Present: …</p><p>Apologies: …</p>'): its breaks and paragraphs kept,
        # its other tags dropped.
        text = LITERAL_TAG.sub(_literal_tag, text)
    if YEAR_BEFORE_WORD.search(text) and GLUED_YEAR.search(text):
        # '… on Tuesday April 12th 2016Present: Cllr …': a date's year glued to the next word.
        text = GLUED_YEAR.sub(r"\g<0> ", text)
    return text


TOKENISED_COMMAS = 5
SPACED_NUMBER = re.compile(r"^([ \t]*(?:[IVX]{1,5}|\d{1,3}|[A-H]))[ \t]+\.[ \t]+(?=\S)", re.M)
"""A heading's number or letter set apart from its stop: 'IV . REPORTS'."""
SPACED_NUMBERS = 3
GLUED_DASH = re.compile(r"(?<=[A-Za-z]{2})- (?=[A-Z])")
"""A dash typed against the word before it and apart from the next: 'Matters Arising- The'."""
GLUED_DASHES = 3
LITERAL_TAG = re.compile(r"</?(?P<tag>br|p|strong|b|em|i|u|span|div|font)\b[^<>]{0,200}>",
                         re.I)
"""A tag of a page's markup saved as text: breaks, paragraphs and inline styles."""
MIN_LITERAL_TAGS = 5


def _literal_tag(match: re.Match[str]) -> str:
    """Return what a literal tag stands for: a break's line end, a paragraph's blank line."""
    tag = match.group("tag").lower()
    if tag == "br":
        return "\n"
    return "\n\n" if tag in ("p", "div") else ""


_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) >= 3)
GLUED_YEAR = re.compile(rf"(?<=\s)(?i:(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
                        r"(?:19|20)\d\d"
                        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES}),?\s+(?:19|20)\d\d)"
                        r"(?=[A-Z][a-z]|(?:at|on|in)\b)")
"""A date whose year a lost line break or space glued to the next word ('April 12th 2016Present',
'8th May 2018at 7.30pm')."""
YEAR_BEFORE_WORD = re.compile(r"(?:19|20)\d\d(?:[A-Z][a-z]|at\b|on\b|in\b)")
"""What GLUED_YEAR needs, found faster: most pages have none."""
"""The fewest ' , ' that mark a text whose every mark stands apart ('Present : Members ; Jo
Ames , Ken Bray … 1 . Welcome : …'), as a records system's OCR layer gives it."""
SPACE_BEFORE_MARK = re.compile(r" (?=[,.;:?!%)\]])")
SPACE_AFTER_OPENING = re.compile(r"(?<=[(\[$£]) ")
SPLIT_FIGURES = re.compile(r"(?<=\d)([:/]) (?=\d)")
SPLIT_POSSESSIVE = re.compile(r" ([’']) (?=s\b)|(?<=[a-z]s) ([’'])(?= )")


def _detokenised(text: str) -> str:
    """Close up the marks a tokenised text sets apart: 'Ken Bray seconded , all in favor .'
    is 'Ken Bray seconded, all in favor.', '7 : 30pm' '7:30pm', '4/ 11/2019' '4/11/2019',
    'clerk ' s' 'clerk's' and 'Members ' allowances' 'Members' allowances'."""
    text = SPACE_AFTER_OPENING.sub("", SPACE_BEFORE_MARK.sub("", text))
    return SPLIT_POSSESSIVE.sub(lambda m: m.group(1) or m.group(2),
                                SPLIT_FIGURES.sub(r"\1", text))


def _year_in_figures(match: re.Match[str]) -> str:
    """Return a month and its year with OCR's letters for figures ('O', 'l', 'I') read as
    figures, if that makes a year of this century or the last; else as written."""
    year = match.group("year").translate(OCR_FIGURES)
    if not year.startswith(("19", "20")):
        return match.group()
    return match.group()[:match.start("year") - match.start()] + year


def clean_pages(pages: tuple[str, ...], *, paged: bool) -> list[Line]:
    """Return the document's lines with page furniture removed and hyphenation undone."""
    split = [_page_lines(normalise(page)) for page in pages]
    split = _drop_furniture(split) if paged else [_without_folios(lines) for lines in split]
    lines: list[Line] = []
    for number, page_lines in enumerate(split, start=1):
        lines.extend(Line(_unspaced(text.lstrip(HEADING_MARK).strip()), number,
                          heading=text.startswith(HEADING_MARK)) for text in page_lines)
    # '1APOLOGIES', '14DATE OF NEXT MEETING': numbers a word processor glued to headings.
    lines = _join_hyphenated(glued_apart(lines, GLUED_NUMBER, "num", MIN_GLUED_NUMBERS))
    # 'PRESENTCllr Mrs J. Tredinnick': a label in capitals glued to its list.
    lines = glued_apart(lines, GLUED_LABEL, "label", 1)
    lines = _without_contents(_labels_unwrapped(lines))
    return lines if paged else _without_repeat(lines)


DIGITS = tuple("0123456789")
CONTENTS_ENTRY = re.compile(r"\S.*?\s?(?:\.\s?){5,}\s*\d{1,3}$")
"""A contents page's entry: its title, dot leaders and the page it starts on ('Apologies
........ 2')."""
MIN_CONTENTS = 3


def _without_contents(lines: list[Line]) -> list[Line]:
    """Blank a contents page's entries, MIN_CONTENTS or more of them: the paper's index of its
    own items, which follow with their text.

    When almost no entry's title is printed again after the list, the list is the paper's
    whole business (an agenda that gives each report's page in a pack it does not carry): its
    entries keep their titles and lose the leaders and pages ('PETITIONS; ...... Nil' too).
    """
    entries = [k for k, line in enumerate(lines)
               if line.text.endswith(DIGITS) and CONTENTS_ENTRY.fullmatch(line.text)]
    if len(entries) < MIN_CONTENTS:
        return lines
    out = list(lines)
    # A document site's summary runs the whole paper into one line, ending at an entry's page.
    short = [k for k in entries if len(lines[k].text) <= ENTRY_CHARS]
    if len(short) >= MIN_CONTENTS and _contents_alone(lines, short):
        for k, line in enumerate(lines[short[0]:short[-1] + 1], start=short[0]):
            if (leaders := LEADERS.search(line.text)) and leaders.start():
                out[k] = replace(line, text=line.text[:leaders.start()].rstrip(" ;,"))
        entries = [k for k in entries if k not in short]
    for k in entries:
        out[k] = replace(lines[k], text="")
    return out


ENTRY_CHARS = 200
ALONE_SHARE = 4
LEADERS = re.compile(r"\s?(?:\.\s?){5,}\s*(?:\d{1,3}|Nil|NIL|nil)?$")
"""Dot leaders at a line's end, with the page number or 'Nil' after them."""
ENTRY_NUMBER = re.compile(r"^(?:[A-Za-z]?\d{1,3}(?:\.\d{1,2})*\.?|[A-Z]\.?)\s+")


def _contents_alone(lines: list[Line], entries: list[int]) -> bool:
    """Return True if fewer than one in ALONE_SHARE of the entries' titles is printed after
    the list."""
    later = " ".join(line.text.casefold() for line in lines[entries[-1] + 1:])
    printed = 0
    for k in entries:
        title = ENTRY_NUMBER.sub("", lines[k].text[:LEADERS.search(lines[k].text).start()])
        printed += title.casefold().strip()[:30] in later
    return ALONE_SHARE * printed < len(entries)


def _labels_unwrapped(lines: list[Line]) -> list[Line]:
    """Join an attendance label a narrow column wrapped ('ALSO IN' / 'ATTENDANCE:')."""
    wrapped = [k for k in range(len(lines) - 1)
               if lines[k].text and LABEL_START.match(lines[k].text)
               and LABEL_END.match(lines[k + 1].text)
               and ATTENDANCE_LABEL.match(f"{lines[k].text} {lines[k + 1].text}")]
    if not wrapped:
        return lines
    out = list(lines)
    for k in wrapped:
        out[k] = replace(lines[k], text=f"{lines[k].text} {lines[k + 1].text}")
        out[k + 1] = replace(lines[k + 1], text="")
    return out


LABEL_START = re.compile(r"^(?:ALSO|Also)(?:\s+(?:IN|in))?$")
LABEL_END = re.compile(r"^(?:IN\s+)?(?:ATTENDANCE|PRESENT|Attendance|Present)\s*:")
LETTER_SPACED = re.compile(r"^[A-Za-z](?: [A-Za-z]){3,}$")
"""A heading set in spaced letters, alone on its line: 'A g e n d a'."""


def _unspaced(text: str) -> str:
    """Return a line set in spaced letters as its word ('A g e n d a' is 'Agenda')."""
    return text.replace(" ", "") if text[1:2] == " " and LETTER_SPACED.match(text) else text


def _without_repeat(lines: list[Line]) -> list[Line]:
    """Drop a second copy of the text: a web page that carries its minutes twice.

    A run of at least REPEAT_LINES non-blank lines, starting with a long line, that repeats an
    earlier run line for line is the same text pasted again; it would otherwise become part of
    the last item. Only one copy is kept.
    """
    filled = [k for k, line in enumerate(lines) if line.text]
    first: dict[str, int] = {}
    for n, k in enumerate(filled):
        text = lines[k].text
        if len(text) < REPEAT_START_CHARS:
            continue
        if text not in first:
            first[text] = n
            continue
        m = first[text]
        length = 0
        while n + length < len(filled) and m + length < n \
                and lines[filled[m + length]].text == lines[filled[n + length]].text:
            length += 1
        if length >= REPEAT_LINES:
            drop = set(filled[n:n + length])
            return [line for k, line in enumerate(lines) if k not in drop]
    return lines


GLUED_NUMBER = re.compile(r"^(?P<num>\d{1,2}|(?:[A-Z]{1,4})?\d{1,4}/\d{1,3}(?:/\d{1,3})?)"
                          r"(?=[A-Z]{4,}(?:\s|$|[(:,'])|[A-Z]{2,3}\s+[A-Z]{2,})")
"""A heading's number or minute reference glued to its first word in capitals: '1APOLOGIES',
'3MINUTES', '412/03CORRESPONDENCE', 'TC88/09/10APOLOGIES'."""
MIN_GLUED_NUMBERS = 3
GLUED_LABEL = re.compile(r"^(?P<label>PRESENT|APOLOGIES|ABSENT|IN ATTENDANCE)"
                         r"(?=(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\b)")
GLUED_LINE_CHARS = 1500
GLUED_PER_1000 = 4
GLUE = re.compile(r"(?<=[a-z]{2})(?<!\bMc)(?<!\bMac)(?<!\bDe)(?<!\bLe)(?<!\bLa)(?<!\bDi)(?=[A-Z])"
                  r"|(?<=[a-z]{3})(?=\d)|(?<=\d)(?=[A-Z][a-z])|(?<=[A-Z]\.[A-Z]\.)(?=[A-Z][a-z])")
"""Where a word is glued to the next in text that lost its breaks."""


QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
"""An e-mail's quote marks at a line's start, one per level of reply."""
MIN_QUOTED_LINES = 10
MAIL_HEADER = re.compile(r"^(?:[ \t>]*(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance|Attachments)"
                         r"[ \t]*:[^\n]*\n){3,}"
                         r"|^[ \t>]*-{3,}[ \t]*Original Message[ \t]*-{3,}[ \t]*$",
                         re.M | re.I)
"""An e-mail's header lines, three or more in a row ('From: …' / 'Sent: …' / 'To: …'), and the
line a reply puts over the message it quotes."""
QUOTED_SHARE = 0.3
COLUMN_ROW = re.compile(r"^\s*(?P<num>(?:[A-Z]{1,3})?\d{1,4}(?:[/.]\d{1,4}){0,2}[a-z]?\.?)"
                        r"(?:\s{3,}|\t+)(?P<title>[A-Z][^\t]*?[^\s.,;:])(?:\s{3,}|\t+)"
                        r"(?P<text>\S.*)$")
"""A numbered row laid out in columns: its number, its heading, then its text, each cell set apart
by a wide gap of spaces or tabs."""
GLUED_CRUMBS = re.compile(r"^Home\s?My\s[A-Z][A-Za-z ]{2,24}?About(?=[A-Z0-9])")
"""A document site's menu links glued together before the title ('HomeMy Records PortalAbout…')."""
BARE_BULLET = re.compile(r"^[-–—•·*▪◦]$")
"""A list's bullet left alone on its line, its entry flattened onto the next: a paragraph break."""
NUMBER_START = frozenset(" \t0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
MIN_COLUMN_ROWS = 3
COLUMN_TITLE_WORDS = 8


def _page_lines(page: str) -> list[str]:
    """Split a page into tidy lines, keeping blank lines as paragraph breaks."""
    lines: list[str] = []
    for raw in _indented_heads(_cells_apart(_unglued(_without_mail_marks(page)).split("\n"))):
        mark = HEADING_MARK if raw.startswith(HEADING_MARK) or _empty_cell_title(raw) else ""
        # Any run of spaces is one space, so no pattern's '\s+' meets a run it must backtrack over.
        line = "" if _site_menu(raw) else " ".join(raw[len(mark):].split())
        if POST_LINK.match(line) or POST_BYLINE.match(line) or BARE_BULLET.match(line) \
                or SHARE_BAR.match(line) or POST_FILED.match(line):
            line = ""
        if line.startswith("Home") and (crumbs := GLUED_CRUMBS.match(line)):
            # 'HomeMy Records PortalAboutPlanning Board - 03/14/2006 …': a site's menu glued
            # to the page's title.
            line = line[crumbs.end():]
        if LETTERSPACED.match(line):
            line = line.replace(" ", "")
        if SETEXT_RULE.match(line) and lines and lines[-1] and not SETEXT_RULE.match(lines[-1]):
            # 'Minutes of the Planning Committee' over '-----': a Markdown heading.
            lines[-1] = HEADING_MARK + lines[-1].lstrip(HEADING_MARK)
            continue
        if "\\" in line:
            # 'Bus shelter', numbered '212\.': a Markdown export escapes its punctuation.
            line = MARKDOWN_ESCAPE.sub(r"\1", line)
        run_in = MARKDOWN_RUN_IN.match(line) if "**" in line[:8] else None
        if run_in and len(run_in.group("head").split()) <= MARKDOWN_RUN_IN_WORDS \
                and (run_in.group("num") or not run_in.group("head").endswith(":")):
            # '4. **Ward Councillor report** Ward Councillor Ivor Penhallow reported …': a bold
            # opening is the item's heading, on a line of its own, as a web page's is ('**Present:**
            # Cllr A Smith', a label, stays with its names).
            lines.append(f"{HEADING_MARK}{run_in.group('num') or ''}{run_in.group('head')}")
            line = run_in.group("rest")
        lines.append(mark + _without_markdown(_table_row(line)) if line else "")
    return lines


INDENT = re.compile(r"^(?: {2,}|\t)\S")
HEAD_WORDS = 10
MIN_INDENTED_HEADS = 3
INDENTED_WORDS = 6


def _indented_heads(raws: list[str]) -> list[str]:
    """Mark as headings the short lines at the margin whose paragraphs are indented under them
    ('Trail Work' / '    Jo Penn said the bridge …'), when a page sets three or more so: a page
    saved as text keeps its layout, not its bold."""
    heads = [k for k, (raw, after) in enumerate(itertools.pairwise(raws))
             if raw[:1].isupper() and not raw.startswith(HEADING_MARK)
             and len(raw.split()) <= HEAD_WORDS and not CLOSED_LINE.search(raw.rstrip())
             and INDENT.match(after) and len(after.split()) >= INDENTED_WORDS]
    if len(heads) < MIN_INDENTED_HEADS:
        return raws
    marked = set(heads)
    return [HEADING_MARK + raw if k in marked else raw for k, raw in enumerate(raws)]


STATUS_CELL = re.compile(r"^(?P<head>(?:[A-Z]{1,3})?\d[\w/.]*\.?\s+[A-Z].*?\S)\s{8,}"
                         r"(?P<cell>[A-Z][A-Z'’&/-]+(?:\s[A-Z][A-Z'’&/-]+)?)\s*$")
"""A numbered heading with a short cell in capitals far to its right: a status or action
column ('2024/8311  MINUTES OF THE LAST MEETING <gap> RESUME')."""


def _status_cells_apart(raws: list[str]) -> list[str]:
    """Set a status column's cell ('RESUME', 'DISCHARGE') below its heading, apart, where
    MIN_COLUMN_ROWS headings carry one: it is no part of the title."""
    rows = [STATUS_CELL.match(raw) if raw[:1] in NUMBER_START and "  " in raw else None
            for raw in raws]
    if sum(1 for row in rows if row) < MIN_COLUMN_ROWS:
        return raws
    out: list[str] = []
    for raw, row in zip(raws, rows, strict=True):
        out += [row.group("head"), "", row.group("cell"), ""] if row else [raw]
    return out


DATED_CELL = re.compile(r"^(?P<head>\s*\S.*?\S)\s{6,}(?P<cell>\S.{5,40})$")
"""A line typed in columns whose last cell may be a date ('NY 14000 <gap> May 4, 2009')."""
NAMES_RECORD = re.compile(r"\b(?i:minutes|agenda|meeting|notes|proceedings)\b")
"""A record's heading ('Council Minutes <gap> May 11, 1999') keeps its date on its line."""
HEAD_LINES = 20
"""How far down a page a letterhead's columns may reach."""


def _dated_cells_apart(raws: list[str]) -> list[str]:
    """Set a date typed in a letterhead's right-hand column on a line of its own ('Easton Hollow,
    NY 14000 <gap> May 4, 2009'), as a heading's date line is: run into the address, it dates
    nothing. A record's heading keeps its date."""
    out: list[str] = []
    for k, raw in enumerate(raws):
        cell = DATED_CELL.match(raw) if k < HEAD_LINES and "  " in raw else None
        if cell and is_date_line(cell.group("cell")) \
                and not NAMES_RECORD.search(cell.group("head")):
            out += [cell.group("head"), cell.group("cell").strip()]
        else:
            out.append(raw)
    return out


ACTION_HEAD = re.compile(r"(?<=\S)\s{4,}(?:Action|ACTION)(?P<by>\s+(?:by|By|BY))?:?\s*$")
"""An action column's heading at a line's right edge, past a wide gap ('Minutes of the Meeting of
the Parish Council on Thursday <gap> Action'), its 'By' on the line below if not on this one."""
ACTION_BY = re.compile(r"(?<=\S)\s{4,}(?:by|By|BY):?\s*$")


def _action_heading_apart(raws: list[str]) -> list[str]:
    """Drop an action column's heading from the right of the lines it shares: it is no part of
    a meeting's heading or an item's title, and would keep a wrapped date from joining."""
    out = list(raws)
    for k, raw in enumerate(raws):
        if "  " not in raw or not (head := ACTION_HEAD.search(raw)):
            continue
        out[k] = raw[:head.start()]
        if not head.group("by") and k + 1 < len(raws) and (by := ACTION_BY.search(raws[k + 1])):
            out[k + 1] = raws[k + 1][:by.start()]
    return out


def _cells_apart(raws: list[str]) -> list[str]:
    """Put the text cell of a numbered row laid out in columns on a line of its own: '23/041
    <gap> Apologies <gap> Councillor A Spurdle' is the item's number and heading, then its text,
    as a table's cells are read. Only where MIN_COLUMN_ROWS rows are laid out so."""
    raws = _dated_cells_apart(_status_cells_apart(_action_heading_apart(raws)))
    rows = [COLUMN_ROW.match(raw) if raw[:1] in NUMBER_START else None for raw in raws]
    if sum(1 for row in rows if row) < MIN_COLUMN_ROWS:
        return raws
    out: list[str] = []
    for raw, row in zip(raws, rows, strict=True):
        if row and len(row.group("title").split()) <= COLUMN_TITLE_WORDS:
            out += [f"{row.group('num')} {row.group('title')}", row.group("text")]
        else:
            out.append(raw)
    return out


def _without_mail_marks(page: str) -> str:
    """Return a page without e-mail quote marks ('> 17b/22 Apologies: …') where quoted lines
    are a good share of it, and without its messages' headers ('From: …', 'Sent: …',
    'Subject: …'): minutes pasted into a message and quoted in the replies."""
    if MAIL_HEADER.search(page):
        page = MAIL_HEADER.sub("", page)
    quoted = len(QUOTED.findall(page)) if ">" in page else 0
    if quoted < MIN_QUOTED_LINES or quoted < QUOTED_SHARE * sum(
            1 for line in page.split("\n") if line.strip()):
        return page
    return QUOTED.sub("", page)


def _empty_cell_title(raw: str) -> bool:
    """Return True for '\tNomination of Chair': a web page's items table saved as text, the
    title in the second cell of a row whose number cell is empty."""
    text = raw[1:].strip()
    return raw.startswith("\t") and text[:1].isupper() \
        and len(text.split()) <= CELL_TITLE_WORDS and not CLOSED_LINE.search(text)


def _unglued(page: str) -> str:
    """Break apart paragraphs a copy ran together, where one word is glued to the next.

    A document saved without its paragraph breaks reads as one long line in which every
    heading is glued to its text ('AttendanceR. Guthrie', 'the publicK. Bisset', 'was not
    carriedDate of next meeting'). Only a line that long and that often glued is broken, at
    each lower-case letter (or figure) followed by a capital; a name's own capital ('McLeod',
    'MacKay') is not such a place.
    """
    if max((len(line) for line in page.split("\n")), default=0) < GLUED_LINE_CHARS:
        return page
    out = []
    for line in page.split("\n"):
        glued = len(GLUE.findall(line)) if len(line) >= GLUED_LINE_CHARS else 0
        out.append(GLUE.sub("\n\n", line) if glued * 1000 >= GLUED_PER_1000 * len(line)
                   else line)
    return "\n".join(out)


def _table_row(line: str) -> str:
    """Read a Markdown table row without item numbers as its cells: '| Cllr A Moss | Chair |'
    is 'Cllr A Moss, Chair;', the semicolon ending the row when rows are joined; a row of one
    cell ('| Present | |') is that cell.

    Rows with a numbered cell are left to the item splitter, which gives each cell a line.
    """
    if not TABLE_ROW.match(line) or NUMBER_CELL.search(line):
        return line
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    if all(re.fullmatch(r":?-*:?", cell) for cell in cells):
        return ""
    filled = [cell for cell in cells if cell]
    return ", ".join(filled) + (";" if len(filled) > 1 else "")


def _without_markdown(line: str) -> str:
    """Drop Markdown's marks from minutes saved as text: '## 1. Apologies', '**Present:**'."""
    heading = MARKDOWN_HEADING.match(line) or MARKDOWN_STRONG.fullmatch(line)
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_STRONG.sub(r"\2", line) if "**" in line or "__" in line else line
    return f"{HEADING_MARK}{line}" if heading else line


def _furniture_key(line: str) -> str:
    """Return the form of a line used to spot repeats: digits ignored, case folded."""
    return re.sub(r"\d+", "#", line).casefold()


def _edge_indexes(lines: list[str]) -> list[int]:
    """Return the indexes of the first and last few non-blank lines of a page.

    Page stamps ('3', 'Page 3 of 8') count as edges but not towards the few, so a footer
    above stacked page numbers is still seen as a footer.
    """
    filled = [i for i, line in enumerate(lines) if line]
    stamps = [i for i in filled if PAGE_STAMP.match(lines[i])]
    stamped = set(stamps)
    text = [i for i in filled if i not in stamped]
    edges = set(text[:EDGE_LINES] + text[-EDGE_LINES:])
    edges.update(i for i in stamps if not text or i < text[0] or i > text[-1]
                 or i in filled[:2] or i in filled[-2:])
    return sorted(edges)


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove page stamps and running headers/footers, keeping each header's first occurrence.

    A heading mark is not part of a line's text: a header set in bold is the same header.
    """
    marked = pages
    pages = [[line.lstrip(HEADING_MARK) for line in lines] for lines in marked]
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_furniture_key(lines[i]) for i in _edge_indexes(lines)})
    threshold = max(2, FURNITURE_SHARE * len(pages))
    repeated = {key for key, n in counts.items() if n >= threshold}
    seen: set[str] = set()
    cleaned = []
    for lines, originals in zip(pages, marked, strict=True):
        drop = set()
        renamed: dict[int, str] = {}
        kept = _dated_headings(lines) | _wrapped_headings(lines)
        for i in _edge_indexes(lines):
            key = _furniture_key(lines[i])
            if PAGE_STAMP.match(lines[i]):
                drop.add(i)
            elif key in repeated and i not in kept and not ITEM_REF_LINE.match(lines[i]) \
                    and not INTRODUCES.search(lines[i]):
                named = PAGE_OF.sub(" ", lines[i]).strip(" |–-")
                if key not in seen and named != lines[i] and named and _heading_like(named):
                    # 'Lochanbank Community Council Page 1 of 2': the running header names the
                    # body; its first copy is kept without the page's number.
                    renamed[i] = originals[i].replace(lines[i], named)
                elif key in seen or not _heading_like(lines[i]):
                    drop.add(i)
                seen.add(key)
        cleaned.append([renamed.get(i, line) for i, line in enumerate(originals)
                        if i not in drop])
    return cleaned


DANGLING_END = re.compile(r"\s(?i:of|the|and|for|to)$")
"""A heading's line ending in a word that needs the next ('… OF THE RURAL MUNICIPALITY OF')."""


def _wrapped_headings(lines: list[str]) -> set[int]:
    """Return the lines of a heading in capitals wrapped after a word that needs another ('MINUTES
    OF … THE RURAL MUNICIPALITY OF' / 'WHITLOW PLAINS NO. 187'): each meeting's heading names the
    body the same way at its page's top, but it is no running header."""
    filled = [i for i, line in enumerate(lines) if line]
    return {k for before, i in itertools.pairwise(filled)
            if lines[before].isupper() and DANGLING_END.search(lines[before])
            for k in (before, i)}


FOLIO_LINE = re.compile(r"^(?P<lead>\S.*?\S)\s+(?P<page>\d{1,3})$")
"""A line ending in a page's number: 'Planning Committee 09.03.15      3'."""
FOLIO_WORDS = 3
FOLIO_GAP = 10


def _without_folios(lines: list[str]) -> list[str]:
    """Drop the running footer of a paper saved as text: a line of at least FOLIO_WORDS words
    that comes back every page or so (FOLIO_GAP lines or more apart) the same but for its last
    number, which counts the pages up by one ('Planning Committee 09.03.15   1', '… 2'). A
    header whose date changes marks where the next meeting starts and is kept."""
    found: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        if line[-1:].isdigit() and (match := FOLIO_LINE.match(line.lstrip(HEADING_MARK))) \
                and len(match.group("lead").split()) >= FOLIO_WORDS:
            found.setdefault(match.group("lead").casefold(), []).append(
                (i, int(match.group("page"))))
    drop = set()
    for copies in found.values():
        if len(copies) >= 2 and all(b[1] == a[1] + 1 and b[0] - a[0] >= FOLIO_GAP
                                    for a, b in itertools.pairwise(copies)):
            drop.update(i for i, _ in copies)
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


def _heading_like(line: str) -> bool:
    """Return True for a short running heading whose first copy may be a meeting's heading."""
    return len(line.split()) <= 12 and not re.search(r"[.!?]\s", line) \
        and not PAGE_OF.search(line)


HELD_ON_END = re.compile(r"\bheld(?:\s+on)?\s*$", re.I)
"""A meeting's heading broken before its date ('… Parish Council held on')."""
HELD_OPENING = re.compile(r"^held\b", re.I)
"""The line under a meeting's heading that says when it was held ('Held on Wednesday 9th
April 2014 in the Village Hall')."""


def _dated_headings(lines: list[str]) -> set[int]:
    """Return the indexes of a heading line and the date line under it ('AUDIT COMMITTEE' /
    '24 SEPTEMBER 2009'): these mark where a meeting starts, so the section splitter, not
    this filter, decides whether they repeat."""
    filled = [i for i, line in enumerate(lines) if line]
    kept = set()
    for before, after in itertools.pairwise(filled):
        if (is_date_line(lines[after]) or ((HELD_ON_END.search(lines[before])
                                            or HELD_OPENING.match(lines[after]))
                                           and first_date(lines[after]) is not None)) \
                and not is_date_line(lines[before]) and len(lines[before].split()) <= 12:
            # 'Minutes of the Meeting of the Parish Council held on' / 'Wednesday 18 March 2026
            # at 7.45 pm in the Old School Room': the heading's sentence goes on to its date,
            # as it does to 'Held on Wednesday 9th April 2014 …'.
            kept.update((before, after))
        elif RECORD_WORDS.search(lines[before]) and _wrapped_date(lines[before], lines[after]):
            # 'MINUTES OF MEETING HELD IN THE INSTITUTE, ON TUESDAY 8' / 'MARCH 2016': a
            # record's heading whose date wraps, the next meeting's on the next page.
            kept.update((before, after))
    return kept


RECORD_WORDS = re.compile(r"\b(?:minutes|meeting|held)\b", re.I)


def _wrapped_date(line: str, after: str) -> bool:
    """Return True if a date begins on line and ends on the line after it."""
    return any(start < len(line) < end for _, start, end in find_dates(f"{line} {after}"))


ADDRESS = re.compile(r"://|^www\.|@|\.(?:uk|com|org|gov|net)/")


LETTERED_POINT = re.compile(r"^(?:[a-h]|[ivx]{1,4})[.)]\s")
"""A list's letter or roman figure opening a line ('a. To approve …')."""


def _join_hyphenated(lines: list[Line]) -> list[Line]:
    """Rejoin words broken with a hyphen at a line end ('Comm-' + 'unity')."""
    out = list(lines)
    emptied = set()
    for i in range(len(out) - 1):
        text, nxt = out[i].text, out[i + 1].text
        start, broken = _word_before_hyphen(text)
        if broken and nxt[:1].islower() and broken.casefold() not in HYPHEN_PREFIXES \
                and not LETTERED_POINT.match(nxt):
            # 'Finance -' over 'a. To approve payments': a heading's dash, then its list.
            word, _, rest = nxt.partition(" ")
            # Inside an address ('www.pengarth.gov.uk/gangs-' + 'strategy') the hyphen is its own.
            kept = "-" if ADDRESS.search(text.rsplit(" ", 1)[-1]) else ""
            out[i] = Line(text[:start] + broken + kept + word, out[i].page, out[i].heading)
            out[i + 1] = Line(rest, out[i + 1].page, out[i + 1].heading)
            if not rest:
                emptied.add(i + 1)
    return [line for i, line in enumerate(out) if i not in emptied]


def _word_before_hyphen(text: str) -> tuple[int, str]:
    """Return where the word before a line-end hyphen starts, and the word ('Comm-'), or ''.

    The same as searching for '(\\w+) ?-$', read from the end: that search retries every
    start inside a long word and takes quadratic time on a line of one huge 'word'.
    """
    if not text.endswith("-"):
        return 0, ""
    body = text[:-1].removesuffix(" ")
    word = WORD_START.match(body[::-1])
    return (len(body) - word.end(), body[len(body) - word.end():]) if word else (0, "")


def _site_menu(raw: str) -> bool:
    """Return True for a web site's menu saved as a line of text ('Home   Community Groups
    Community Council   Harbour   Events   Contact'): short entries set apart by runs of spaces
    or bars, one of them a menu's own word. Its words would run into a name ('Community Groups
    Community Council')."""
    if "  " not in raw and "|" not in raw and "•" not in raw:
        return _capitals_menu(raw)
    entries = MENU_GAP.split(raw.strip())
    return len(entries) >= MIN_MENU_ENTRIES and all(
        0 < len(entry.split()) <= 3 and entry[:1].isupper() for entry in entries) and any(
        entry.lower() in MENU_WORDS for entry in entries)


MIN_MENU_WORDS = 2


def _capitals_menu(raw: str) -> bool:
    """Return True for a site's menu of one-word entries in capitals set apart by single spaces
    ('HOME ABOUT TALKS PUBLICATIONS ARCHIVE AGM CONTACT'), 'HOME' first and another menu word
    among them."""
    words = raw.strip().split()
    return len(words) >= MIN_MENU_ENTRIES and words[0] == "HOME" \
        and all(word.isupper() and word.isalpha() for word in words) \
        and sum(word.lower() in MENU_WORDS for word in words) >= MIN_MENU_WORDS
