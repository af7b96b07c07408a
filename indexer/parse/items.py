"""Find where each agenda item of a meeting's minutes begins, and its number and title."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from ..records import Line
from .agenda_headings import headed_as_listed, headed_by_inline_agenda, titled_by_agenda
from .around_chain import (
    between_agenda_numbers,
    brought_forward,
    contents_guided,
    fill_gaps,
    headed_resolutions,
    list_inside_headings,
    numbers_under_headings,
    under_unnumbered_headings,
    unnumbered_among,
    without_repeats,
    without_template_headings,
)
from .blocks import file_badge
from .chains import (
    MIN_CHAIN,
    best_chain,
    main_number,
    points_in_sections,
    sectioned_lists,
    top_level,
    unordered_register,
    weigh_lists,
    with_closing_stub,
    with_deeper_tail,
    with_earlier_list,
    with_repeated_numbers,
    with_restarted_list,
    with_second_part,
)
from .dates import first_date, is_date_and_hours
from .grid import grid_rows
from .heading_context import ITEM_FIELD, MEETING_CLOSED
from .inline_items import split_inline
from .item_header import NUMBERED, Header
from .item_lists import TABLE_MARKER, RawItem, bulleted_tail, register_rows, table_items
from .line_fixes import (
    LABELLED_ROMAN,
    ROMAN_NUMBER,
    numbers_brought_forward,
    paragraphs_apart,
    parent_refs_apart,
    plain_numbers,
    reads_number,
    restacked,
    unbulleted,
    unglued_refs,
    without_prefix,
)
from .numbered_lines import numbered_at, numbered_run
from .numbering import learn_references
from .people import ATTENDANCE_LABEL, attendance_list
from .plain_headings import (
    DECISION_LABEL_ALONE,
    MIN_PLAIN_HEADINGS,
    MIN_PROSE_WORDS,
    caps_heading,
    caps_word,
    minute_after,
    plain_headings,
    prose_after,
    shown_as_heading,
    subheads_of_bare,
    unnumbered_at,
)
from .runin import DECIDED, run_in_headings
from .speakers import QUESTION_TITLE
from .subitems import (
    MIN_PARTS,
    PARAGRAPH_OPENING,
    bulleted_caps,
    lettered_headers,
    listed_under,
    subheads_under,
    with_subitems,
)
from .title_ends import NIL_RETURN, OPENING_HEADING, SENTENCE_VERB, STUB, sentence_title
from .title_wraps import finish_header, next_filled

WIDE_GAP = 2
"""How many more blank lines than between its paragraphs part a record's minutes."""
BARE_TRAILING_REF = re.compile(r"\s(?P<ref>\d{1,4}/\d{2}|(?:19|20)?\d{2}/\d{3,4})\.?$")
"""A running minute reference ending a heading with no mark before it ('… payments 208/24', or
year first: 'FINANCE 24/208', 'Correspondence 2009/377')."""
TRAILING_COUNT = re.compile(r"\s(?P<ref>(?P<pre>[A-Z]{0,2})(?P<count>\d{2,4}))$")
"""A minute's running number after its heading, as a district's minutes print it in the margin
('APOLOGIES 412', 'DECLARATIONS OF MEMBERS' INTERESTS 413'), a committee's letter before it
('MINUTES L23')."""
NUMBER_LABEL = re.compile(
    r"^(?:article|item|minute|motion|resolution)\s+(?:no\.?\s*)?\d{1,3}[a-z]?$", re.I)
"""A run-in label that is only a number's ('ARTICLE NO. 1', 'Item 4')."""
TABLE_HEAD_WORDS = frozenset("item items no no. notes note action actions owner by who when "
                             "discussion subject minute ref".split())
"""The words of a minutes table's header row ('Item No', 'Item Notes Action')."""
RANK_GROUP = re.compile(r"^(?:(?:county|district|parish|town|community|co-opted|elected|lay)\s+)?"
                        r"(?:councillors|cllrs|bailies|aldermen|members|officers)$", re.I)
"""An attendance table's group label set as a heading ('BAILIES' / 'Hamish GOURLAY Sandra
PIRIE', 'COUNCILLORS' / …, 'Officers'): the list's, no item."""
TYPED_SHARE = 0.8
APOLOGIES_HEADING = re.compile(r"^(?:to\s+(?:receive|note)\s+)?apologies(?:\s+for\s+absence)?\.?$",
                               re.I)
"""A heading of the apologies alone on its line, no colon: 'APOLOGIES', 'Apologies for Absence'."""
ECHO_REACH = 16
"""The most lines between an agenda entry and its minute's numbered heading repeating it."""
MIN_QUESTIONS = 2
PARAGRAPH_GAP = 12
"""The most paragraphs one item of minutes numbered by paragraph is read to hold."""


def _nested_runs(candidates: list[Header], style: str) -> set[int]:
    """Return the lines of the short lists numbered 1, 2, 3 … on consecutive candidates among
    headings all numbered '1' in style (a list inside an item whose numbering was lost), where
    the '1's outside them outnumber them twice over."""
    styled = [h for h in candidates if h.style == style]
    runs: set[int] = set()
    for k, header in enumerate(styled):
        if header.number.isdigit() and header.number != "1":
            before = styled[k - 1] if k else None
            if before is None or before.number != str(int(header.number) - 1):
                return set()
            runs.update((before.line, header.line))
    ones = sum(1 for h in styled if h.number == "1" and h.line not in runs)
    return runs if ones >= 2 * len(runs) else set()


BULLET_START = tuple("•·▪◦●-*–")


def _without_listed_apologies(headers: list[Header], lines: list[Line]) -> list[Header]:
    """Drop an 'Apologies: …' line that closes the attendance ('Present: …' just above it) and
    stands outside the bulleted 'Label: text' items after it: it lists who was away."""
    if len(headers) < MIN_CHAIN or not APOLOGIES_HEADING.match(headers[0].title):
        return headers
    first = lines[headers[0].line].text
    above = next((lines[k].text for k in range(headers[0].line - 1, -1, -1) if lines[k].text), "")
    if first.startswith(BULLET_START) or not ATTENDANCE_LABEL.match(above) \
            or not all(lines[h.line].text.startswith(BULLET_START) for h in headers[1:]):
        return headers
    return headers[1:]


def find_headers(lines: list[Line], start: int, end: int, *, paragraphs: bool = True
                 ) -> list[Header]:
    """Return the item headers between start and end, numbered or not, in order."""
    asked = [i for i in range(start, end) if QUESTION_TITLE.match(lines[i].text)]
    if len(asked) >= MIN_QUESTIONS:
        # Members' questions and their answers: each 'Question by X to Y' is an item, its
        # 'Answer' a part of it, whatever numbers the pack prints or leaves out.
        return [finish_header(lines, i, i, "", lines[i].text, end) for i in asked]
    rows = register_rows(lines, start, end)
    if rows:
        # 'Date  Decision Maker  Advice taken from  Decision' / 'Tue 20th Jan, 2026  Clerk …': a
        # register of decisions kept as a table, each dated row a decision of its own.
        return rows
    candidates = weigh_lists(without_repeats(
        [h for i in range(start, end) if (h := numbered_at(lines, i, end))], lines), lines)
    numbered = with_second_part(with_earlier_list(with_restarted_list(with_closing_stub(
        with_repeated_numbers(top_level(best_chain(candidates), candidates), candidates),
        candidates), candidates), candidates, lines), candidates, lines)
    numbered = with_deeper_tail(numbered, candidates)
    register = unordered_register(candidates)
    if len(register) > len(numbered):
        # A register listing its entries out of their references' order: each is an item.
        numbered = register
    guided = contents_guided(candidates, lines)
    if len(guided) > len({h.line for h in guided} & {h.line for h in numbered}):
        # A pack's contents list its entries by number, title and page ('6.2 Deputation …
        # 4', '11 Notice of Motion … 8'): the headings it names are the items, not the
        # numbered paragraphs of the reports between them.
        numbered = guided
    listed = next((h for h in candidates if numbered and h.line < numbered[0].line
                   and h.number == numbered[0].number and attendance_list(h.title) == ""), None)
    if listed:
        # '1. PRESENT: Cllrs …' then '1. WELCOME AND APOLOGIES': the clerk numbered the list of
        # who attended and the first item alike; the list is an item as numbered.
        numbered = [listed, *numbered]
    if not numbered and len(candidates) == 1 and file_badge(lines[candidates[0].line].text):
        # '9 Annual Governance Statement 2025/26 pdf icon PDF 64 KB': a meeting page's one
        # item, numbered as on its agenda and linked to its paper.
        numbered = candidates
    # Every candidate numbered in the list's own style is '1' (an application's reference
    # 'T/2024/0112' under one of them is numbered otherwise).
    style = next((h.style for h in candidates if h.number == "1"), "")
    nested = _nested_runs(candidates, style)
    ones = [h for h in candidates if h.number == "1" and h.title and h.line not in nested
            and (h.typed or all(c.number == "1" or c.line in nested
                                for c in candidates if c.style == style))]
    if len(ones) >= MIN_CHAIN and len(ones) > len(numbered):
        # A word processor's list whose numbering was lost on saving: every bold heading
        # '1. Present', '1. Apologies', '1. Finance' … is an item, each numbered '1'; so is
        # every heading where no number but '1' is found.
        numbered = ones
    sectioned = sectioned_lists(numbered, candidates, lines)
    if len(sectioned) > len(numbered):
        # 'OLD SCHOOL' / 'Item 1 …' / 'Item 2 …' / 'FINANCE' / 'Item 1 …': lists numbered from
        # 1 again under each section's heading are the items, all of them.
        numbered = sectioned
    numbered = brought_forward(fill_gaps(numbered, lines, end), candidates)
    numbered += bulleted_tail(numbered, lines, end)
    numbered = between_agenda_numbers(numbered, candidates)
    numbered = under_unnumbered_headings(with_subitems(numbered, lines, start, end), lines)
    numbered = listed_under(numbered, lines, end)
    numbered = titled_by_agenda(headed_resolutions(numbered, lines, start, end), lines)
    numbered = headed_as_listed(numbered, lines, end)
    inline = headed_by_inline_agenda(lines, start, end)
    if inline and len(inline) > sum(1 for h in numbered if h.title) / 2:
        # 'Agenda: Ditches, Culvert, Funding, AOB' over 'Ditches' / 'Make a list of priority
        # areas …' / '1. Mill Lane …': the agenda's entries head the minutes; a list numbered
        # under one of them is its text.
        numbered = inline
    # Paragraphs numbered through the record under headings: an item's first paragraph may be
    # several numbers after the last item's ('240.' … '244.', then 'ITEM 8' over '245.').
    over = best_chain(numbers_under_headings(lines, start, end), PARAGRAPH_GAP)
    if len(over) >= MIN_CHAIN and (len(over) > sum(1 for h in numbered if h.title)
                                   or movers_for_titles(numbered)):
        # 'DECLARATIONS OF INTEREST' / 'PLA99/24 Councillor Pilbeam declared …': a printed
        # committee's layout, the heading in bold above, the minute's number opening its text.
        # So is a chain whose numbers open with their movers' names, not their subjects
        # ('AGENDA' / '20/101 VANEK: That the agenda be adopted …').
        numbered = over
    if not numbered:
        # '(a)       Appointment of Chairman': minutes lettered, not numbered.
        numbered = lettered_headers(lines, start, end, top=True)
    if not numbered:
        # '• ELECTION OF CHAIR: …': headings in capitals, their numbers turned into bullets.
        numbered = bulleted_caps(lines, start, end)
    if not numbered:
        # 'ARTICLE NO. 1: To see if the Town will vote …' under 'UNPAID BILLS': a label that
        # numbers the paragraph names no subject of its own.
        numbered = _without_listed_apologies([h for h in run_in_headings(lines, start, end)
                                              if not NUMBER_LABEL.match(h.title)], lines)
        shown = [i for i in range(start, end) if lines[i].heading
                 and unnumbered_at(lines, i, end, False) is not None] if numbered else []
        capitals = {i for i in range(start, end) if (i == start or not lines[i - 1].text)
                    and (caps_heading(lines[i].text.removesuffix(":"))
                         or caps_word(lines, i, end))
                    and minute_after(lines, i, end)} if numbered else set()
        if len(shown) >= MIN_PLAIN_HEADINGS and len(shown) > len(numbered):
            # Bold headings on lines of their own outnumber the 'Label: text' paragraphs: they
            # are the items ('Apologies: AG' and 'Member of Public Present: 3' open the record).
            numbered = []
        elif len(capitals) >= MIN_PLAIN_HEADINGS \
                and len(capitals) > sum(h.line not in capitals for h in numbered):
            # So do headings in capitals set apart ('VOTES OF SYMPATHY.' / 'Councillor …'):
            # the labels of a typed record's attendance block ('PRESIDING:   Councillor …')
            # and a vote's tally ('FOR: 12  AGAINST: 3') are no items.
            numbered = []
        elif numbered and paragraphs and (plain := len(plain_headings(lines, start, end))) \
                and (plain > 2 * len(numbered) or (plain > len(numbered) and not any(
                    OPENING_HEADING.match(h.title) for h in numbered))):
            # Headings set apart as paragraphs of their own, one of them a heading minutes open
            # with, outnumber the paragraphs that open with a label, none such (planning
            # applications' references, 'C21/0412/09/LL – …', a page's 'Categories: …'), or
            # twice over ('Apologies: Mr A Kewley' and 'Meeting Closed: 20.30' around nine
            # headings): the headings are the items.
            numbered = []
    pointed = bool(numbered) and points_in_sections(candidates, lines)
    if numbered and (pointed or list_inside_headings(lines, numbered, start, end)):
        numbered = []
    taken = {i for h in numbered for i in range(h.line, h.body)}
    others = [h for i in range(start, end)
              if i not in taken and (h := unnumbered_at(lines, i, end, bool(numbered)))]
    if pointed:
        # '1) Village newsletter' / '2) …' under 'CORRESPONDENCE': a section's points,
        # however short, are no headings of their own.
        others = [h for h in others if not NUMBERED.match(lines[h.line].text)]
    elif paragraphs and not numbered and len(others) < MIN_PLAIN_HEADINGS:
        # Minutes whose only marks are headings set apart as paragraphs of their own.
        plain = plain_headings(lines, start, end) or plain_headings(lines, start, end, True)
        others = sorted(plain + [h for h in others if all(p.line != h.line for p in plain)],
                        key=lambda h: h.line) if plain else others
    elif paragraphs and not numbered and others:
        others = subheads_of_bare(others, plain_headings(lines, start, end), lines, end)
    if not numbered and len(others) >= MIN_PLAIN_HEADINGS:
        # 'APOLOGIES' / 'Cllrs. Ann Ash, Ben Bell.' before the first heading found: set apart
        # like the headings after it, the apologies are an item, not the attendance's label.
        # 'WELCOME' / … / 'APOLOGIES' / 'Mary Polkinghorne, Cllr Tom Tredinnick.' / 'POLICE REPORT':
        # so is one between the headings, its names under it.
        heads = {h.line for h in others}
        others = sorted([finish_header(lines, i, i, "", lines[i].text, end, wrap=False)
                         for i in range(start, end) if i not in heads
                         and APOLOGIES_HEADING.match(lines[i].text)
                         and not any(k in heads for k in (i - 1, i - 2))
                         and (i == start or not lines[i - 1].text)
                         and next_filled(lines, i, end, limit=2) is not None] + others,
                        key=lambda h: h.line)
    if not numbered:
        others = without_template_headings(others, lines)
    typed = bool(numbered) \
        and sum(lines[h.line].heading for h in numbered) >= TYPED_SHARE * len(numbered)
    # Headings set apart over their minutes before a list numbered late ('President's Address'
    # / … / 'Motions' / 'AOB' / '1. Bridge lifting times …'), under the record's title.
    opened = next_filled(lines, start - 1, end) if numbered and not typed else None
    headed = opened is not None and _headed_before(lines, opened + 1, numbered[0].line, end)
    if typed or headed:
        # Numbered minutes set in bold: a bold heading between the attendance list and the
        # first number is business taken before the numbered items ('Election of Chair').
        # A bold 'Apologies for Absence' over 'Apologies for absence were submitted …': a
        # heading and its minute, no list.
        listed = [i for i in range(start, numbered[0].line)
                  if ATTENDANCE_LABEL.match(lines[i].text)
                  and not (lines[i].heading and prose_after(lines, i, end))
                  and not (i and lines[i - 1 if lines[i - 1].text else max(0, i - 2)].heading
                           and SENTENCE_VERB.search(lines[i].text))]
        first = listed[-1] + 1 if listed else opened + 1 if headed and opened is not None \
            else end
        others += [finish_header(lines, i, i, "", lines[i].text, end, wrap=False)
                   for i in range(first, numbered[0].line)
                   if shown_as_heading(lines, i, end)
                   and len(lines[i].text.split()) >= (1 if headed else 2)
                   and not first_date(lines[i].text)
                   and (not ATTENDANCE_LABEL.match(lines[i].text) or lines[i].heading)
                   and (prose_after(lines, i, end) or _nil_after(lines, i, end))
                   and not any(h.line == i for h in others)]
    if not numbered and not others:
        # Minutes kept as numbered paragraphs, each a sentence ('1. The Secretary read the
        # minutes … Resolved, That …'): every paragraph is an item with no heading.
        run: list[Header] = []
        while len(part := numbered_run(lines, run[-1].body if run else start, end, (), 1,
                                        end, "dot0", packed=True)[0]) >= MIN_PARTS:
            # A list broken by bullets starts again at 1: its paragraphs go on being items.
            run += part
        numbered = run if len(run) >= MIN_CHAIN and not all(h.title for h in run) else []
    if numbered:
        others += unnumbered_among(lines, numbered, start, end, taken | {h.line for h in others})
    if numbered and paragraphs and all(h.number == "1" for h in numbered):
        # 'Matters arising' / '1. Beach litter bins' / '1. Speed signs …' among headings set
        # over their minutes ('Police Matters', 'Planning', 'Finance'): a word processor's list
        # whose numbers were lost is only part of the record; its headings are items too.
        # Only those after the list: inside it a heading-like line is its items' text.
        near = {h.line for h in others} | {h.line for h in numbered}
        others += [h for h in plain_headings(lines, start, end)
                   or plain_headings(lines, start, end, True)
                   if h.line not in near and h.line > numbered[-1].line
                   and not STUB.match(numbered[-1].title)]
    # 'Fire and Rescue Authority' / '10 Dec 2025 - 10:30 to 12:45': a heading over the
    # meeting's date line is the record's title, not an item ('Date of next meeting' is).
    others = [h for h in others if (j := next_filled(lines, h.line, end, limit=2)) is None
              or not is_date_and_hours(lines[j].text) or STUB.match(h.title)]
    listed = [i for i in range(start, numbered[0].line if numbered else end)
              if attendance_list(lines[i].text) is not None]
    label = listed[0] if listed else None
    labels = [ATTENDANCE_LABEL.match(lines[i].text).group("label").casefold() for i in listed]
    if label is not None and label < (start + end) / 2 and labels.count(labels[0]) < 2:
        # Above the attendance list is the record's own heading ('Westby Community Council'
        # set large, read after the line under it), not an item; an attendance table in the
        # record's second half (a meeting's web page, its tab of who attended) closes it. A
        # list repeated under each heading ('Officers: …' in every statement of decision) is
        # each item's own, and the heading above the first is an item's title.
        others = [h for h in others if h.line > label]
    if sum(1 for h in others if h.agenda_ref) >= 2 and not any(h.agenda_ref for h in numbered):
        # Items titled '… (Item 4)' with no minute number: numbered lines between them are
        # the paragraphs of their discussion.
        titled = {h.line: h for h in others if h.agenda_ref and not numbered}
        others = sorted({**titled, **{h.line: h for i in range(start, end)
                                      if (h := unnumbered_at(lines, i, end, True))}}.values(),
                        key=lambda h: h.line)
        numbered = []
    unnumbered = sorted(others + [h for h in numbered if not h.number], key=lambda h: h.line)
    if len(others) >= MIN_CHAIN and len(unnumbered) < len(numbered) + len(others) \
            and _paragraph_numbers([h for h in numbered if h.number], unnumbered):
        # 'Better Care Fund … PDF 412 KB' / '3.1 Martin Achebe introduced the report.': the
        # paragraphs of the third unnumbered item, numbered by its place and theirs.
        numbered = []
        others = [h for h in unnumbered if not re.match(r"\d{1,2}\.\d{1,2}\s", h.title)]
        # The headings were looked for as if numbered items stood between them; bold ones
        # looked for again as a page's only headings ('Questions from Board members', and
        # 'Apologies' over its list of names) are items too.
        found = {h.line for h in others}
        first = others[0].line if others else end
        before = max((i for i in range(start, first) if lines[i].heading), default=first)
        bold = [h for i in range(before, end) if lines[i].heading and i not in found
                and (h := unnumbered_at(lines, i, end, False))
                and (i > first or APOLOGIES_HEADING.match(h.title))]
        others = sorted(others + bold, key=lambda h: h.line)
    if paragraphs and sum(1 for h in numbered + others
                          if h.number or not DECISION_LABEL_ALONE.match(h.title)) <= 1:
        # A web page saved as text whose headings were lost: wide gaps part its minutes.
        gapped = _gap_headers(lines, start, end)
        taken = {h.line for h in numbered + others}
        others += [h for h in gapped if h.line not in taken]
    # 'Item Notes Action': a table's header row, not an item; 'IT WAS resolved:' on a line of
    # its own labels the decision under it.
    headers = sorted([h for h in numbered + others
                      if h.number or h.style == "gap"
                      or not (set(h.title.lower().split()) <= TABLE_HEAD_WORDS
                                          or DECISION_LABEL_ALONE.match(h.title)
                                          or RANK_GROUP.match(h.title)
                                          or ITEM_FIELD.fullmatch(f"{h.title}:"))],
                     key=lambda h: h.line)
    signed = next((i for i in range(numbered[-1].line if numbered else end, end)
                   if SIGNATURE_LINE.match(lines[i].text)), end)
    # 'Signed ………… (Chair)  Date ……': the record ends; a site's links under it are no items.
    headers = [h for h in headers if h.number or (h.line < signed
                                                  and not BLANK_FIELD.match(h.title))]
    # 'Appointment of Chair' / (the agenda's words) / '2. Appointment of Chair': a meeting
    # page's agenda entry over its minute, numbered and titled again: one item, the minute.
    headers = [h for k, h in enumerate(headers)
               if h.number or not h.title or k + 1 == len(headers) or not headers[k + 1].number
               or headers[k + 1].title.casefold() != h.title.casefold()
               or headers[k + 1].line - h.line > ECHO_REACH]
    headers = [h for k, h in enumerate(headers) if k == 0 or h.line >= headers[k - 1].body]
    # '3' / 'Reports' / '3.1' / 'Fund Applications': a heading with no text of its own over
    # its first sub-item groups its sub-items and is no item.
    headers = [h for k, h in enumerate(headers)
               if not (h.number and k + 1 < len(headers)
                       and headers[k + 1].number.startswith(f"{h.number}.")
                       and not any(lines[n].text for n in range(h.body, headers[k + 1].line)))]
    return [sub for k, h in enumerate(headers) for sub in subheads_under(
        lines, h, headers[k + 1].line if k + 1 < len(headers) else end) or [h]]


def _roman_numbered(header: Header, roman: re.Match[str]) -> Header:
    """Return a heading found unnumbered under the roman figure that opens its line, the
    figure taken out of its title ('IV WINTER SERVICE PLAN' is article IV's 'WINTER SERVICE
    PLAN'; '*' marks an article not delegated)."""
    title = header.title
    if roman.re is ROMAN_NUMBER and title.startswith(roman.group(0)):
        title = title[roman.end():].lstrip(" *")
    return replace(header, number=roman.group("n").upper(), title=title or header.title)


def _gap_headers(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return an untitled item at each paragraph after a gap of blank lines wider than the
    record's paragraphs have between them, when there are at least MIN_CHAIN such gaps and
    most gaps are narrow: minutes whose headings a saved page lost ('452 MINUTES -' kept, the
    other headings gone, five blank lines where each stood, two between paragraphs)."""
    gaps: list[tuple[int, int]] = []
    run = 0
    for i in range(start, end):
        if not lines[i].text:
            run += 1
            continue
        if run:
            gaps.append((i, run))
        run = 0
    if len(gaps) < 2 * MIN_CHAIN:
        return []
    usual = Counter(size for _, size in gaps).most_common(1)[0][0]
    wide = [i for i, size in gaps if size >= usual + WIDE_GAP]
    if len(wide) < MIN_CHAIN or len(wide) * 2 > len(gaps):
        return []
    return [Header(i, i, "", "", "", 1, "", "gap") for i in wide
            if len(lines[i].text.split()) >= MIN_PROSE_WORDS]


def _nil_after(lines: list[Line], i: int, end: int) -> bool:
    """Return True if the line under line i is a nil return alone: 'Nil', 'None received.'."""
    j = next_filled(lines, i, end, limit=2)
    return j is not None and NIL_RETURN.fullmatch(f" {lines[j].text}") is not None


def _paragraph_numbers(numbered: list[Header], others: list[Header]) -> bool:
    """Return True if every number is 'N.k' with N the count of unnumbered headings above it,
    or if each heading's paragraphs are numbered N.1, N.2 … with an N of their own, greater than
    the one above, and none titled but by its sentence ('58.1' under one heading, '61.1' under a
    later one: minutes numbered on from the last meeting's, a heading perhaps not found): a
    meeting page numbering each item's paragraphs, not its items."""
    above = [h.line for h in others]
    if all(len(parts := main_number(h.number)) == 2 and "." in h.number
           and parts[0] == bisect_right(above, h.line) for h in numbered):
        return True
    groups: dict[int, list[tuple[int, ...]]] = {}
    for h in numbered:
        parts = main_number(h.number)
        place = bisect_right(above, h.line)
        if len(parts) != 2 or "." not in h.number or not place or (
                h.title and not sentence_title(h.title) and not PARAGRAPH_OPENING.match(h.title)
                and DECIDED.isdisjoint(h.title.split())):
            # '5.1 Land at Mill Lane' under 'PLANNING': a section's numbered items, titled.
            return False
        groups.setdefault(place, []).append(parts)
    mains = [{parts[0] for parts in group} for group in groups.values()]
    return all(len(main) == 1 for main in mains) \
        and all(a < b for a, b in itertools.pairwise(min(main) for main in mains)) \
        and all([parts[1] for parts in group] == list(range(1, len(group) + 1))
                for group in groups.values())


SIGNATURE_LINE = re.compile(r"^(?:Signed|Signature|Chair(?:man|person)?|Mayor)\b[^.…_]{0,30}"
                            r"(?:\.{4,}|…{2,}|_{4,})", re.I)
"""The chair's signature line that closes a record ('Signed ……… (Chair)  Date ……')."""
BLANK_FIELD = re.compile(r"^(?:Signed|Signature|Date)\s*:?\s*(?:_{4,}|\.{4,}|…{2,})", re.I)
"""A field of the signing-off left blank ('SIGNED: ______ CATHAOIRLEACH', 'DATE: ______'):
never an item's heading."""


def split_items(lines: list[Line], start: int, end: int, *, paragraphs: bool = True
                ) -> tuple[list[Line], list[RawItem]]:
    """Split a meeting's lines into its preamble and its items.

    paragraphs: the source marks its paragraphs itself (a text file, a web page), so a phrase
    set apart as one may be a heading; a PDF's blank lines are only the reader's guess.
    """
    if sum(1 for line in lines[start:end] if line.text == "|") >= 2 and any(
            TABLE_MARKER.search(line.text) for line in lines[start:end]):
        return table_items(lines, start, end)
    if grid := grid_rows(lines, start, end):
        # 'Item / Raised by / Discussion & Decision' over a row per item: a table saved as text.
        head, rows = grid
        return lines[start:head], [RawItem("", row.title, "", lines[row.line].page, row.body)
                                   for row in rows]
    section = lines[start:end]
    lines = numbers_brought_forward(unbulleted(parent_refs_apart(unglued_refs(restacked(
        split_inline(paragraphs_apart(section) if paragraphs else section))))))
    start, end = 0, len(lines)
    learnt = learn_references(plain_numbers(without_prefix(lines)), reads_number)
    found = find_headers(learnt.lines, start, end, paragraphs=paragraphs)
    closed = next((i for i in range(start, end) if lines[i].text[:1] in "TMtm"
                   and MEETING_CLOSED.match(lines[i].text)), None)
    if closed is not None and any(h.number for h in found) \
            and next(h for h in found if h.number).line > closed:
        # 'The meeting closed at 9:05 pm.', then an 'ACTIONS & INFORMATION LIST' numbered 1 to
        # 14: the minutes' numbers are the ones before the close, the list stays with the last.
        before = find_headers(learnt.lines, start, closed, paragraphs=paragraphs)
        found = before if len([h for h in before if h.number]) >= MIN_CHAIN else found
    # A part's number is its heading's as rewritten ('2/00(a)'): it takes the printed one too.
    printed = {learnt.lines[i].text.split(maxsplit=1)[0]: ref for i, ref in learnt.printed.items()}
    headers = _leading_references(_trailing_references([
        replace(h, number=learnt.printed[h.line],
                agenda_ref=learnt.agendas.get(h.line, h.agenda_ref)) if h.line in learnt.printed
        else replace(h, number=printed[parent] + h.number[len(parent):])
        if (parent := h.number.partition("(")[0]) in printed and parent != h.number
        else _roman_numbered(h, roman)
        if (roman := ROMAN_NUMBER.match(lines[h.line].text)
            or LABELLED_ROMAN.match(lines[h.line].text)) else h
        for h in found]))
    if not headers:
        return [], []
    # A meeting page's link to an appendix ('Appendix 1 - Forecasts, item 4 pdf icon PDF 212
    # KB') is one of the item's papers.
    appendix = next((i for i in range(headers[0].body, end) if APPENDIX.match(lines[i].text)
                     and not lines[i - 1].text and not file_badge(lines[i].text)), None)
    before = [h for h in headers if appendix is not None and h.line < appendix]
    after = [h for h in headers if appendix is not None and h.line >= appendix]
    if before and after and _next_in_line(before[-1], after[0]) \
            and not any(NUMBERED.match(lines[i].text) for i in range(appendix, after[0].line)):
        # 'Appendix 1 – Route Map' listed under agenda entry 5, entry 6 after it:
        # the list of papers goes on (an appendix's own numbered rows would stand between).
        appendix = None
    if appendix is not None:
        # 'APPENDIX A – SCHEDULE OF PAYMENTS' after the minutes: its numbered rows are the
        # appendix's, not more items; it stays with the last item.
        headers = before or headers
    items = []
    for k, header in enumerate(headers):
        stop = headers[k + 1].line if k + 1 < len(headers) else end
        items.append(RawItem(header.number, header.title, header.agenda_ref,
                             lines[header.line].page, tuple(lines[header.body:stop]),
                             header.first_body))
    return lines[start:headers[0].line], items


def _headed_before(lines: list[Line], start: int, first: int, end: int) -> bool:
    """Return True if at least MIN_PLAIN_HEADINGS headings set apart, each over its minute,
    stand before the first numbered item."""
    return sum(1 for i in range(start, first) if shown_as_heading(lines, i, end)
               and prose_after(lines, i, end)) >= MIN_PLAIN_HEADINGS


def _next_in_line(last: Header, nxt: Header) -> bool:
    """Return True if nxt's number is the one after last's ('6' then '7')."""
    a, b = main_number(last.number), main_number(nxt.number)
    return bool(a) and len(a) == len(b) == 1 and b[0] == a[0] + 1


def _trailing_references(headers: list[Header]) -> list[Header]:
    """Number the minutes by the running references their headings end with ('3. To approve the
    minutes of the previous meeting 207/24', 'TO RECEIVE APOLOGIES 301/15: …' with no agenda
    number), the agenda's number kept as its reference, when
    at least MIN_CHAIN headings end so and the references run up within one year: a heading
    ending in a year ('Budget 2025/26') is left as it is."""
    found = [(k, match) for k, header in enumerate(headers)
             if "/" not in header.number and (match := BARE_TRAILING_REF.search(header.title))]
    if len(found) < MIN_CHAIN:
        return _trailing_counts(headers)
    refs = [tuple(int(part) for part in match.group("ref").split("/")) for _, match in found]
    if not any(len({ref[1 - at] for ref in refs}) == 1
               and all(after[at] > before[at] for before, after in itertools.pairwise(refs))
               for at in (0, 1)):
        # The references run up within one year, written before or after the number.
        return headers
    out = list(headers)
    for k, match in found:
        out[k] = replace(headers[k], number=match.group("ref"), agenda_ref=headers[k].number,
                         title=headers[k].title[:match.start()].rstrip())
    return out


def _trailing_counts(headers: list[Header]) -> list[Header]:
    """Number unnumbered headings by the running numbers they end with ('APOLOGIES 412',
    'MINUTES 414' …), when most headings end so and each number is one or two more than the
    one before: a year closing a title ('Budget 2025') never runs on so."""
    found = [(k, match) for k, header in enumerate(headers)
             if not header.number and (match := TRAILING_COUNT.search(header.title))]
    counts = [int(match.group("count")) for _, match in found]
    if len(found) < MIN_CHAIN or 2 * len(found) < len(headers) \
            or len({match.group("pre") for _, match in found}) > 1 \
            or any(after - before not in (1, 2) for before, after in itertools.pairwise(counts)):
        return headers
    out = list(headers)
    for k, match in found:
        out[k] = replace(headers[k], number=match.group("ref"),
                         title=headers[k].title[:match.start()].rstrip(" –-"))
    return out


LEADING_REF = re.compile(r"^(?P<ref>[A-Z]{0,3}(?P<a>\d{1,4})/(?P<b>\d{1,4})(?P<y>[.-]\d{2})?)"
                         r"(?:\s+[–-])?\s+(?=[A-Z0-9])")
"""A running minute reference opening a list entry's heading ('2. 2019/064 Declarations of
Interest', '1. P2019/012 Apologies', '3) 073/22.23 – Minutes': its number before or after
the year, a council year's two years given)."""


def _leading_references(headers: list[Header]) -> list[Header]:
    """Number the minutes by the running references their headings open with after the list's
    own numbers ('3. 2019/065 Public Forum'), when at least MIN_CHAIN do and each runs
    on from the one before within one year; the list's number is kept as the agenda's."""
    found = [(k, match) for k, header in enumerate(headers)
             if "/" not in header.number and (match := LEADING_REF.match(header.title))]
    if len(found) < MIN_CHAIN:
        return headers
    steps = max(sum(int(after.group(count)) == int(before.group(count)) + 1
                    and after.group(year) == before.group(year)
                    and after.group("y") == before.group("y")
                    for (_, before), (_, after) in itertools.pairwise(found))
                for count, year in (("b", "a"), ("a", "b")))
    if steps < MIN_CHAIN - 1 or 2 * steps < len(found) - 1:
        # Planning applications' references ('3. 21/0733 Extension …') do not run on by one.
        return headers
    out = list(headers)
    for k, match in found:
        out[k] = replace(headers[k], number=match.group("ref"), agenda_ref=headers[k].number,
                         title=headers[k].title[match.end():])
    return out


APPENDIX = re.compile(r"^(?:appendix|annex(?:e)?|schedule)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b"
                      r"(?:\s*[-–—:.]\s*\S.{0,60}|\s*)$", re.I)
"""An appendix's heading on its own line ('APPENDIX A – SCHEDULE OF PAYMENTS', 'Annex 2')."""


MOVER_WORDS = 2
"""The most words of a mover's name before a motion ('VANEK', 'Van Dusen')."""


def movers_for_titles(numbered: list[Header]) -> bool:
    """Return True if a chain's 'titles' are its movers' names: each a word or two before a
    motion 'That …', the same few names over and over ('20/101 VANEK: That …', '20/105 DUECK:
    That …', '20/110 DUECK: That …'), where subjects would differ."""
    titled = [h for h in numbered if h.title]
    if len(titled) < MIN_CHAIN or not all(
            len(h.title.split()) <= MOVER_WORDS and h.first_body.startswith(("That ", "THAT "))
            for h in titled):
        return False
    return len({h.title.casefold() for h in titled}) < len(titled) - 1

