"""Lines set right before items are sought: glued references, bullets, prefixes, stacked numbers."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..records import Line
from .blocks import FUNCTION_WORDS, glued_apart, is_title_like, is_upper_heading
from .chains import MIN_CHAIN
from .dates import MONTHS, WEEKDAY, WEEKDAY_DATED
from .item_header import NUMBER_ALONE, NUMBERED, number_key

GLUED_REF = re.compile(r"^(?P<ref>\d{2,4}/\d{2,4}\s?[–-]\s?\d{1,4}|[A-Z]?\d{1,4}(?:\.\d{1,2})?"
                       r"|(?:[A-Z]{1,4}/)?\d{1,4}/\d{2,4})"
                       r"(?=[A-Z](?:[a-z]|[A-Z]{1,5}\s)|\([A-Z]\)\s)")
REF_LETTERS = re.compile(r"[A-Z]{1,3}(?=\s)")
"""Capitals after a glued reference, up to a space: a committee's letters ('PD') or a word."""
STAR_MARK = re.compile(r"^\*(?=[A-Z]{0,4}\d)")
"""A mark before a minute's number ('*207 Minutes': a matter the committee decides itself)."""
MINUTE_LABEL = r"(?:(?:Minute|MINUTE|Item|ITEM)\s+(?:(?:[Nn]o\.?|[Nn]umber|NUMBER)\s*)?\d)"
LIST_ONE = re.compile(rf"^1\.\s+(?=\d{{1,3}}\.\s+[A-Z]|{MINUTE_LABEL})")
"""A one-entry list's '1.' before the item's own number ('1. 5. Matters Arising', '1. Minute
Number 1107/19 – …')."""
BULLET_MARK = re.compile(rf"^•\s+(?=\d{{1,3}}[.)]?\s+[A-Z]|{MINUTE_LABEL})")
"""A list's bullet before an item's number ('• 4 General Fund Revenue Budget', '• Minute
Number 1107/19 – …'): a web page's list, numbered in its text."""
PRIVATE_MARK = re.compile(r"^\((?:EXEMPT|PRIVATE|CONFIDENTIAL|RESTRICTED|NOT\s+FOR\s+PUBLICATION)\)"
                          r"\s+(?=[A-Z]?\d)", re.I)
"""'(EXEMPT) 4 - Civic Government …': a private item's mark before its number."""
MIN_PARAGRAPH_LINES = 12
UNWRAPPED_LENGTH = 150
BLANK_SHARE = 12
SHORT_LINE = 40
"""At most one line in twelve blank: a paragraph to a line, as a document site saves text."""
"""A line longer than any width text is wrapped at: a paragraph kept on one line."""


def paragraphs_apart(lines: list[Line]) -> list[Line]:
    """Set a blank line between lines that are each a paragraph of their own: text saved with
    one paragraph to a line and no blank lines at all ('Apologies for Absence' / 'Cllr Pat
    Fewins (PC); …' / 'Declarations of Interest' / …), its long lines never wrapped, a blank
    line only under its title; short lines in a run (a list of names) stay together. A text
    wrapped at a width, or with blank lines, is left as it is."""
    if len(lines) < MIN_PARAGRAPH_LINES \
            or sum(NUMBERED.match(line.text) is not None for line in lines) >= MIN_CHAIN:
        # Numbered minutes are parted by their numbers already.
        return lines
    if sum(len(line.text) > UNWRAPPED_LENGTH for line in lines) < MIN_CHAIN:
        # Wrapped at a width: its paragraphs end where a line breaks before the width.
        start, end = _longest_run(lines)
        run = lines[start:end]
        if len(run) < MIN_PARAGRAPH_LINES or len(run) * 2 < len(lines) \
                or any("|" in line.text for line in run) \
                or sum(len(NUMBER_RUN_IN.findall(line.text)) for line in run) >= MIN_CHAIN:
            # Numbers on lines of their own or run into the text part it already.
            return lines
        return [*lines[:start], *_hard_breaks(run), *lines[end:]]
    if sum(not line.text for line in lines) * BLANK_SHARE > len(lines):
        # A site's furniture set apart by blank lines over the record's own lines, with none
        # between them: the record's run is parted alone.
        start, end = _longest_run(lines)
        run = lines[start:end]
        if len(run) < MIN_PARAGRAPH_LINES or len(run) * 2 < len(lines) \
                or sum(len(line.text) > UNWRAPPED_LENGTH for line in run) < MIN_CHAIN \
                or any("|" in line.text for line in run):
            # A table saved as text keeps its rows line under line.
            return lines
        return [*lines[:start], *paragraphs_apart(run), *lines[end:]]
    short = [0 < len(line.text) < SHORT_LINE for line in lines]
    listed = set()
    for is_short, group in itertools.groupby(range(len(lines)), key=lambda k: short[k]):
        run = list(group)
        if is_short and len(run) >= MIN_CHAIN:
            # A column of names or figures, each line short, stays one list.
            listed.update(run[:-1])
    out: list[Line] = []
    for k, line in enumerate(lines):
        out.extend([line] if k in listed else [line, Line("", line.page)])
    return out


DAY_AT_END = re.compile(rf"\b{WEEKDAY}\b\.?,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?$",
                        re.I)
"""A heading line ending at its weekday and day ('… MEETING ON TUESDAY 10'), the month and
year wrapped onto the next."""


ORDINAL_AT_END = re.compile(r"\s[0-3]?\d(?:st|nd|rd|th)$")
MONTH_YEAR_OPENS = re.compile(
    rf"^(?i:{'|'.join(name for name in MONTHS if len(name) > len('june'))}|june|july|may)"
    r"\s+(?:19|20)\d\d\b")
RECORD_WORDS = re.compile(r"\b(?:minutes|meeting)\b", re.I)


def wrapped_dates_joined(lines: list[Line]) -> list[Line]:
    """Join a heading wrapped inside its date ('… COUNCIL - MEETING ON TUESDAY 10' / 'MAY 2016
    IN THE SCHOOL AT 7.30PM') into one line, so the heading reads with its whole date."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        after = lines[k + 1] if k + 1 < len(lines) else None
        if after is not None and after.page == line.page and (line.heading or line.text.isupper()) \
                and (found := DAY_AT_END.search(line.text)) \
                and WEEKDAY_DATED.match(f"{found.group(0)} {after.text}"):
            out.append(replace(line, text=f"{line.text} {after.text}"))
            k += 2
            continue
        if after is not None and after.page == line.page and line.heading and after.heading \
                and ORDINAL_AT_END.search(line.text) and MONTH_YEAR_OPENS.match(after.text) \
                and RECORD_WORDS.search(line.text):
            # A post's title wrapped inside its date ('Town Centre Group Minutes 14th' /
            # 'March 2024'), both lines set as its heading.
            out.append(replace(line, text=f"{line.text} {after.text}"))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


NUMBER_RUN_IN = re.compile(r"(?:^|[.:;]\s)\d{1,3}(?:\.\d{1,2})?\.?(?=\s+[A-Z]|$)")
"""An item's number opening a line or run into the text after a sentence ('… signed. 3.
Declaration of Interest', '4.' alone)."""
PARAGRAPH_END = re.compile(r"(?<![A-Z])(?<!\b[Cc]llr)(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bNo)[.:!?]$")
"""A line ending a sentence (not at an initial or an honorific's stop: 'J.', 'Cllr.')."""


def _hard_breaks(run: list[Line]) -> list[Line]:
    """Set a blank line after each line of wrapped text that ends a sentence where the next
    line's first word would still have fitted: the writer ended the paragraph there."""
    width = max(len(line.text) for line in run)
    out: list[Line] = []
    for line, nxt in itertools.zip_longest(run, run[1:]):
        out.append(line)
        if nxt is not None and PARAGRAPH_END.search(line.text) \
                and len(line.text) + 1 + len(nxt.text.split()[0]) <= width:
            out.append(Line("", line.page))
    return out


def _longest_run(lines: list[Line]) -> tuple[int, int]:
    """Return the bounds of the longest run of lines with no blank line among them."""
    best = (0, 0)
    start = 0
    for k, line in enumerate([*lines, Line("", 0)]):
        if not line.text:
            if k - start > best[1] - best[0]:
                best = (start, k)
            start = k + 1
    return best


def restacked(lines: list[Line]) -> list[Line]:
    """Put the numbers a table's column printed in a stack back on their headings.

    A PDF table 'No | Minute | Action' whose cells a reader takes column by column gives '1.0'
    / '2.0' on lines of their own, then the headings with their text ('WELCOME AND
    APOLOGIES' / 'Fiona welcomed …' / 'POLICE UPDATE' / …). The numbers go, in order, to the
    headings set as such (in capitals or bold) before the next number; when there are fewer
    such headings than numbers, the lines stay as they are.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        # The stack's numbers, with or without blank lines between them ('24.31' / '' /
        # '24.32' / …).
        stack: list[int] = []
        k = i
        while k < len(out) and (NUMBER_ALONE.match(out[k].text) or (stack and not out[k].text)):
            if out[k].text:
                stack.append(k)
            k += 1
        k = stack[-1] + 1 if stack else i
        keys = [number_key(NUMBER_ALONE.match(out[n].text).group("num")) for n in stack]
        spaced = bool(stack) and stack[-1] - stack[0] >= len(stack)
        if len(stack) >= (SPACED_STACK if spaced else 2) \
                and all(a < b for a, b in itertools.pairwise(keys)):
            heads = _heads_after(out, k, len(stack), bold=True)
            if len(heads) != len(stack):
                heads = _heads_after(out, k, len(stack), bold=False)
            plain = len(heads) != len(stack)
            if plain:
                heads = [] if spaced else _entries_after(out, k, len(stack))
            if spaced and heads and any(out[m].text for m in range(k, heads[0])):
                # Numbers spaced by blank lines are a column's only when its first heading
                # follows them at once: a table's scores ('2' / '' / '3') are no stack.
                heads = []
            if len(heads) == len(stack):
                for n, m in zip(stack, heads, strict=True):
                    # A plain entry keeps its number as printed, its stop with it ('4.').
                    number = out[n].text.strip() if plain \
                        else NUMBER_ALONE.match(out[n].text).group("num")
                    out[m] = replace(out[m], text=f"{number} {out[m].text}")
                    out[n] = replace(out[n], text="")
        i = max(k, i + 1)
    return out


def _heads_after(lines: list[Line], start: int, wanted: int, *, bold: bool) -> list[int]:
    """Return the headings (bold, or in capitals too unless bold) after a stack of numbers,
    up to the wanted number of them or the next number.

    With bold, a line in capitals that is no bold heading ('RT A', an action column's
    initials) is passed over: a paper that sets its headings in bold sets them all so."""
    heads: list[int] = []
    for m in range(start, len(lines)):
        text = lines[m].text
        if len(heads) == wanted or NUMBERED.match(text) or NUMBER_ALONE.match(text):
            break
        if (bold and not lines[m].heading) or (text.endswith(":") and len(text.split()) <= 2):
            # 'Minutes:' in bold under each heading of a committee system's page: a field's
            # label, not an item's heading.
            continue
        if heads and heads[-1] == m - 1 and lines[m].heading and lines[m - 1].heading \
                and not lines[m - 1].text.rstrip().endswith((".", ":", "?", "!")):
            # 'Link Governor: to consider the appointment of a' / 'Governor.': one heading
            # wrapped onto a second line.
            continue
        # A bold entry worded as the agenda's sentence ('To extend a welcome to all present and
        # open the meeting.') is a heading too, as is a bold subject before its note ('Code of
        # Conduct: to sign the Code of') however the note runs on.
        if text and (is_upper_heading(text) or lines[m].heading) and (
                is_title_like(text) or (lines[m].heading and (
                    AGENDA_NOTE.match(text) or is_title_like(text.split(":")[0])))):
            heads.append(m)
    return heads


SPACED_STACK = 3
"""Numbers a column prints with blank lines between them make a stack from three up."""
SUB_MARK = re.compile(r"^(?:\(?[a-z]{1,4}[.)]|\([a-z0-9]{1,4}\)|[•·▪*-])\s")
"""A sub-entry's letter, roman figure or bullet ('a) Reports …', 'ii) …', 'b. P15/…')."""
AGENDA_NOTE = re.compile(r"^To\s+[a-z]")
ENTRY_WORDS = 15


def _entries_after(lines: list[Line], start: int, wanted: int) -> list[int]:
    """Return the lines that open an agenda's entries after a stack of its numbers, printed plain:
    a line with a capital that is no lettered sub-entry, no line wrapped from the one above
    (which ended on a small word, a comma or a dash) and no 'To …' note under an entry; [] unless
    there are as many before the next number as numbers stacked.

    A word processor's numbered list read by a document site gives '1.' … '7.' on lines of their
    own, then the entries ('Open Forum, including' / 'a) Reports …' / 'Approve Minutes …')."""
    heads: list[int] = []
    previous, above = "", None
    for m in range(start, len(lines)):
        text = lines[m].text
        if not text:
            continue
        if NUMBERED.match(text) or NUMBER_ALONE.match(text) or len(heads) == wanted:
            break
        last = previous.split()[-1].lower() if previous else ""
        wrapped = last in FUNCTION_WORDS or previous.endswith((",", "–", "-"))
        # 'Exclusion of the public and press' / 'To resolve that …': the entry's note.
        note = bool(heads) and heads[-1] == above and AGENDA_NOTE.match(text) is not None
        if text[:1].isupper() and not SUB_MARK.match(text) and not wrapped and not note:
            if len(text.split()) > ENTRY_WORDS or not is_title_like(text):
                return []
            heads.append(m)
        previous, above = text, m
    return heads if len(heads) == wanted else []


PLAIN_NUMBER = re.compile(r"^\d{1,3}[.)]?\s+[A-Z]")
BRACKETED = re.compile(r"^[(\[](?P<n>\d{1,3})[)\]]\s+(?=[A-Z])")
HEADING_PREFIX = re.compile(r"^(?P<prefix>[A-Z][\w/ .-]{1,30}?)\s*:\s+(?=(?:Item\s+)?\d)",
                            re.I)
"""A label before a heading's number ('Agenda 3/25: Item 2.')."""
CODE_BEFORE_ITEM = re.compile(r"^(?P<prefix>[A-Z]{1,4}\d{2,6}(?:\(\d{1,2}\))?)\s+"
                              r"(?=(?i:item)\s+\d)")
"""A meeting's code before each item's label and number ('M0326(1) Item 4 Planning …')."""
WORD_BEFORE_ITEM = re.compile(r"^(?P<prefix>(?!Agenda\s)[A-Z][a-z]{2,12}\s+)"
                              r"(?=(?i:item)\s+\d{1,3}[a-z]?\s*[:.–-]\s)")
"""A word every entry's label opens with before 'item' ('Report item 3: Member Contributions')."""
TIME_BEFORE_ITEM = re.compile(r"^(?P<prefix>[0-2]?\d[.:][0-5]\d(?:\s?[ap]\.?m\.?)?)\s+"
                              r"(?=\d{1,3}[.)]\s+[A-Z])", re.I)
"""An agenda's time for its entry before the entry's number ('8.20 7. County Councillor's
Report')."""
BULLET_BEFORE_REF = re.compile(r"^(?P<prefix>[•·▪])\s+(?=(?:19|20)?\d{2}/\d{1,4}\s+[–-]\s+[A-Z])")
"""A list's bullet before each record's reference ('• 2019/015 – Station cleaning contract …', a
page listing decision records)."""
PREFIX_CHARS = 34
ROMAN_NUMBER = re.compile(r"^(?P<n>[IVX]{1,5})(?:[.)]\s+(?=[A-Z])|\s+\*?(?=[A-Z]{2,}\b))")
LABELLED_ROMAN = re.compile(
    r"^(?P<label>(?:Agenda\s+)?Item\s+)(?P<n>[IVX]{1,5})(?=\s*[:.)–-]\s+\S|(?-i:\s+[A-Z]))", re.I)
"""An item labelled with a roman figure ('ITEM IV – Police Report', 'Item II Budget for 2023')."""
ROMANS = {numeral: k + 1 for k, numeral in enumerate(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())}


PARENT_THEN_FIRST = re.compile(
    r"^(?P<ref>\d{1,4}(?:/\d{1,4})?)\s+(?P<sub>(?P=ref)[/.]1\s+[A-Z].*)$")
"""A minute's reference printed in its column beside its first sub-minute's ('25/143 25/143/1
Chairman’s Announcements: …'): the minute has no heading of its own."""


def parent_refs_apart(lines: list[Line]) -> list[Line]:
    """Set a minute's reference on a line of its own when its first sub-minute follows it."""
    out = []
    for line in lines:
        both = PARENT_THEN_FIRST.match(line.text)
        if both:
            out += [replace(line, text=both.group("ref")), replace(line, text=both.group("sub"))]
        else:
            out.append(line)
    return out


def unglued_refs(lines: list[Line]) -> list[Line]:
    """Part item references from the titles a text layer glued them to ('A1Declarations of
    interest', 'A10Exclusion of the public', 'HR/14/23Matters Arising', a running minute's
    '2841Apologies', a page's number cell '3Minutes'), when at least MIN_CHAIN lines open so.

    Capitals that follow every such reference alike are the committee's letters, part of it
    ('14/23PD Apologies', '15/23PD Open Forum'), unless they are a word ('TO RECEIVE …').
    """
    runs = Counter(run.group(0) for line in lines if line.text[:1].isalnum()
                   and (glued := GLUED_REF.match(line.text))
                   and (run := REF_LETTERS.match(line.text, glued.end())))
    letters = [run for run, count in runs.items() if count >= MIN_CHAIN
               and run.lower() not in FUNCTION_WORDS]
    pattern = re.compile(GLUED_REF.pattern + f"(?!(?:{'|'.join(letters)})\\s)") if letters \
        else GLUED_REF
    return glued_apart(lines, pattern, "ref", MIN_CHAIN)


def unbulleted(lines: list[Line]) -> list[Line]:
    """Drop the bullets of a web page's numbered list ('• 4 General Fund Revenue Budget'), or
    the '1.' a list that restarts at every entry draws before each number ('1. 5. Matters
    Arising'), when at least MIN_CHAIN of its lines have one: the numbers are the items'."""
    for mark in (BULLET_MARK, LIST_ONE):
        marked = [k for k, line in enumerate(lines) if mark.match(line.text)]
        if len(marked) < MIN_CHAIN:
            continue
        lines = list(lines)
        for k in marked:
            lines[k] = replace(lines[k], text=mark.sub("", lines[k].text))
    return lines


def reads_number(text: str) -> bool:
    """Return True if a line opens with a number the item reader knows."""
    text = STAR_MARK.sub("", PRIVATE_MARK.sub("", text))
    return bool(NUMBERED.match(text) or NUMBER_ALONE.match(text))


def without_prefix(lines: list[Line]) -> list[Line]:
    """Drop a label, code or bullet every heading repeats before its number ('Agenda 3/25: Item 2.
    1. CHAIRMAN'S ANNOUNCEMENTS', 'M0326(1) Item 4 …', 'Report item 3: …', '• 2019/015 – …'), so
    the numbers or labels open the
    lines. Only the headings are read from these lines; the items keep the text as printed."""
    found = [(i, m.group("prefix")) for i, line in enumerate(lines)
             if (":" in line.text[:PREFIX_CHARS] and (m := HEADING_PREFIX.match(line.text)))
             or (m := CODE_BEFORE_ITEM.match(line.text))
             or (m := WORD_BEFORE_ITEM.match(line.text))
             or (m := BULLET_BEFORE_REF.match(line.text))]
    counts = Counter(prefix for _, prefix in found)
    common = {prefix for prefix, count in counts.items() if count >= MIN_CHAIN}
    # '8.00 6. Planning Applications', '8.50 10. Finance': an agenda's time for each entry in a
    # column before its number; the times differ, the column is the same.
    timed = [(i, m.group("prefix")) for i, line in enumerate(lines)
             if line.text[:1].isdigit() and (m := TIME_BEFORE_ITEM.match(line.text))]
    if len(timed) >= MIN_CHAIN:
        found, common = found + timed, common | {prefix for _, prefix in timed}
    if not common:
        return lines
    out = list(lines)
    for i, prefix in found:
        if prefix in common:
            rest = lines[i].text[len(prefix):].lstrip(": ")
            out[i] = replace(lines[i], text=f"I{rest[1:]}" if rest.startswith("item") else rest)
    return out


def _counted(lines: list[Line], pattern: re.Pattern[str],
             value: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """Return the lines that open with the pattern's number and its value, if those numbers
    count 1, 2, 3 … once through the lines (at least a chain's length), else none."""
    found = [(i, value(m.group("n"))) for i, line in enumerate(lines)
             if (m := pattern.match(line.text))]
    numbers = [n for _, n in found]
    if len(numbers) >= MIN_CHAIN and sorted(numbers) == list(range(1, len(numbers) + 1)) \
            and len(numbers) - _longest_rising(numbers) <= MOVED_ITEMS:
        # (One item taken out of order, 'IV' before 'III', still counts them once.)
        return found
    return []


MOVED_ITEMS = 1
"""The items a record may take out of their printed order and still count once through."""


def _longest_rising(numbers: list[int]) -> int:
    """Return the length of the longest rising run of numbers, gaps allowed."""
    best: list[int] = []
    for n in numbers:
        k = bisect.bisect_left(best, n)
        best[k:k + 1] = [n]
    return len(best)


def plain_numbers(lines: list[Line]) -> list[Line]:
    """Write '(1) Apologies', '[1] Apologies' and 'II. MINUTES' as '1. Apologies' and '2.
    MINUTES' where the bracketed or roman numbers that open lines count 1, 2, 3 … once
    through the record and no line opens with a plain number (the (1), (2) paragraphs that
    restart in every minute of a county council's record, or a list inside a numbered minute,
    are left alone); 'ITEM IV – Police Report' as 'ITEM 4 – Police Report' where those labels
    count once through the record, whatever numbers its paragraphs carry. Only the headings
    are read from these lines; the items keep the text as printed."""
    labelled = _counted(lines, LABELLED_ROMAN, lambda n: ROMANS.get(n.upper()))
    if labelled:
        out = list(lines)
        for i, n in labelled:
            match = LABELLED_ROMAN.match(lines[i].text)
            rest = lines[i].text[match.end():]
            out[i] = replace(lines[i], text=f"{match.group('label')}{n}{rest}")
        return out
    if any(PLAIN_NUMBER.match(line.text) for line in lines):
        return lines
    for pattern, value in ((BRACKETED, int), (ROMAN_NUMBER, ROMANS.get)):
        found = _counted(lines, pattern, value)
        if found:
            out = list(lines)
            for i, n in found:
                out[i] = replace(lines[i], text=f"{n}. {pattern.sub('', lines[i].text, count=1)}")
            return out
    return lines


NUMBER_AFTER_TITLE = re.compile(r"^(?P<title>[A-Z][^().:;]{1,70}?)\.?\s*\((?P<num>\d{1,4})\)"
                                r"\s*[.:]?\s*(?P<rest>.*)$")
"""A heading whose minute number follows it in brackets ('Correspondence. (57)', 'Apologies.
(55) Cllr A Rees …', the text run on after it)."""
TITLE_BEFORE_NUMBER_WORDS = 10
NUMBER_AFTER_STEP = 3
"""The largest step between two headings' numbers in one run (a minute left out between)."""


def numbers_brought_forward(lines: list[Line]) -> list[Line]:
    """Set before its heading the minute number a clerk typed after it ('Planning. (58)' reads
    '58. Planning'), when at least MIN_CHAIN headings do so with numbers running up in small
    steps and every heading its own words (not 'Document Type (03) Minute.pdf', a page's
    labels over its files); the text run on after the number goes on the heading's line."""
    found = [(k, match) for k, line in enumerate(lines) if line.text[:1].isupper()
             and (match := NUMBER_AFTER_TITLE.match(line.text))
             and len(match.group("title").split()) <= TITLE_BEFORE_NUMBER_WORDS]
    numbers = [int(match.group("num")) for _, match in found]
    titles = {match.group("title").strip().lower() for _, match in found}
    running = all(0 < b - a <= NUMBER_AFTER_STEP for a, b in itertools.pairwise(numbers))
    if len(found) < MIN_CHAIN or len(titles) < len(found) or not running:
        return lines
    out = list(lines)
    for k, match in found:
        title = match.group("title").rstrip()
        rest = f" {match.group('rest')}" if match.group("rest") else ""
        out[k] = replace(lines[k], text=f"{match.group('num')}. {title}.{rest}"
                         if rest else f"{match.group('num')}. {title}")
    return out

