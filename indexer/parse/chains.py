"""The most consistent chain of item numbers among a document's candidate headers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from ..records import Line
from .blocks import is_upper_heading
from .item_header import NUMBERED, Header
from .title_ends import STUB

MAX_PARTS = 20
"""The most parts a section numbered '7.1', '7.2' … is read to have."""
TOP_STYLES = ("dot0", "dot0-bare")
TOP_SHARE = 0.75
"""The share of sub-numbered sections whose number the top-level chain must hold."""
MIN_CHAIN = 3
SUCCESSOR_GAP = 3
LIST_ENTRY_SCORE = 0.5
"""What a numbered list's entry adds to a chain: less than any heading with text of its own."""


def weigh_lists(candidates: list[Header], lines: list[Line]) -> list[Header]:
    """Weigh down a numbered line with no text of its own that the next line's number, written
    the same way and with no text either, follows at once: an entry of a list ('7. Polvean
    Link etc.' / '8. CPRE …' under 'Correspondence'), which a chain of minutes with their
    text should outweigh."""
    weighed = list(candidates)
    for k, (header, nxt) in enumerate(itertools.pairwise(candidates)):
        listed = header.style == nxt.style and not header.first_body and not nxt.first_body \
            and bool(nxt.title) and all(not lines[n].text for n in range(header.body, nxt.line))
        if listed:
            weighed[k] = replace(header, score=LIST_ENTRY_SCORE)
    return weighed


def best_chain(candidates: list[Header], gap: int = SUCCESSOR_GAP) -> list[Header]:
    """Keep the best run of numbers that follow one another (92, 93, 94 …), each at most gap
    above the one before."""
    best: list[tuple[int, int]] = []
    lengths: list[int] = []
    # The best chain so far ending at each (style, numbers) and at each (style, numbers,
    # letter): a header's predecessors are looked up by the numbers number_follows accepts.
    by_numbers: dict[tuple, tuple[int, int]] = {}
    by_letter: dict[tuple, tuple[int, int]] = {}
    for k, header in enumerate(candidates):
        style, main, letter = _chain_key(header)
        coded = [k for k in range(len(main)) if _four_figures(header.number, k)]
        options = [by_numbers[key] for key in _lower_numbers(style, main, gap, coded)
                   if key in by_numbers]
        # A letter alone ('A.', 'B.') follows the letter just before it: initials set before
        # names ('J. Ash', 'R. Bell', 'T. Cole') skip far through the alphabet.
        options += [by_letter[key] for n in range(max(0, letter - 1) if not main else 0, letter)
                    if (key := (style, main, n)) in by_letter]
        top = max(options, default=None)
        best.append((top[0] + header.score, top[1]) if top else (header.score, -1))
        lengths.append(lengths[top[1]] + 1 if top else 1)
        ends = (best[k][0], k)
        for table, key in ((by_numbers, (style, main)), (by_letter, (style, main, letter))):
            table[key] = max(table.get(key, ends), ends)
    if not best:
        return []
    # Of chains that score alike, the longer: '071-25', '072-25', '073-25', '074-25' over the
    # two parts '073-25.1', '073-25.2' that score as much for their stops.
    k = max(range(len(best)), key=lambda n: (best[n][0], lengths[n]))
    chain = []
    while k >= 0:
        chain.append(candidates[k])
        k = best[k][1]
    chain.reverse()
    if len(chain) >= MIN_CHAIN or all(h.agenda_ref for h in chain) or (
            len(chain) > 1 and all(h.typed for h in chain)) or (
            len(chain) == 2 and all(h.title and h.score >= 2 for h in chain) and (
                ([h.key for h in chain] == [(1,), (2,)]
                 and all(is_upper_heading(h.title) for h in chain))
                or all("/" in h.number for h in chain))):
        # Two numbers in a row whose titles are set as headings are two items, too, as are a
        # sub-committee's '1. APPOINTMENT OF CHAIRMAN' and '2. APPLICATION FOR A LICENCE', and
        # two minutes numbered by reference ('F&GP/24/01 Apologies').
        return chain
    return []


MIN_REGISTER = 6
"""The fewest entries of a register read in whatever order it lists them."""


def unordered_register(candidates: list[Header]) -> list[Header]:
    """Return a register's entries in the order it lists them, however their references run
    ('DR0412 …', 'DR0407 …', 'DR0415 …': a page of decision records sorted by its search):
    every candidate set as a heading in one style, each with a title and a reference of its
    own that is more than a plain number and names no meeting ('4/05/21', a minute numbered
    within its meeting of May 2021, is one meeting's). Else none."""
    # A date alone on its line under an entry ('03/11/2020') is the entry's, not a reference.
    candidates = [h for h in candidates if not DATE_NUMBER.match(h.number)]
    if len(candidates) < MIN_REGISTER or len({h.number for h in candidates}) < len(candidates):
        return []
    # A committee's letters before some references ('AM22/011' among '21/102') are one style.
    style = candidates[0].style.split("-")[0]
    if all(h.typed and h.title and h.style.split("-")[0] == style and not h.number.isdigit()
           and any(c.isalpha() or c == "/" for c in h.number)
           and sum(h.number.count(c) for c in "/.") <= 1 for h in candidates):
        return candidates
    return []


DATE_NUMBER = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d$")
"""A date in figures read as a number ('03/11/2020')."""


def with_closing_stub(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the 'Date of next meeting' that closes the minutes, however far its number jumps.

    Clerks number it as the agenda did ('21.0' after '15.0' when items were taken out), so
    it follows the chain's last item in the same style, beyond the usual gap.
    """
    if not chain:
        return chain
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    later = [h for h in candidates if h.line > last.line
             and h.style.removesuffix("-alone") == style and STUB.match(h.title)
             and len(main_number(h.number)) == len(main_number(last.number))
             and main_number(h.number) > main_number(last.number)]
    return [*chain, later[0]] if later else chain


def with_repeated_numbers(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add an item the clerk numbered the same as the next or last one ('3. Minutes:' then '3.
    Declarations of interest:' between 2 and 4): a short heading in the chain's style, lying
    between the two it repeats a number of."""
    if len(chain) < MIN_CHAIN:
        return chain
    taken = {h.line for h in chain}
    added = [c for a, b in itertools.pairwise(chain) for c in candidates
             if a.line < c.line < b.line and c.line not in taken and c.title
             and c.number in (a.number, b.number) and c.style == a.style == b.style
             and c.score >= a.score and c.score >= b.score
             and not _same_heading(c.title, (a if c.number == a.number else b).title)]
    return sorted([*chain, *added], key=lambda h: h.line) if added else chain


SAME_HEADING_CHARACTERS = 24


def _same_heading(title: str, other: str) -> bool:
    """Return True if two titles open alike: a heading continued on the next page ('… (CONTINUED)'),
    not another item."""
    return title[:SAME_HEADING_CHARACTERS].casefold() == other[:SAME_HEADING_CHARACTERS].casefold()


def with_restarted_list(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add a second list after the chain that numbers again from 1 to the 'Date of next
    meeting' closing the minutes ('5. Planning reports' / … / '1. Reports' / '2. Finance' / '3.
    …' / '4. Date of next meeting'): a clerk's word processor restarted the list, the items go
    on. A resolution's clauses numbered 1, 2, 3 close with no such heading."""
    if not chain:
        return chain
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    later = [h for h in candidates if h.line > last.line and h.title
             and h.style.removesuffix("-alone") == style]
    if len(later) >= MIN_CHAIN and [h.number for h in later] == [
            str(k) for k in range(1, len(later) + 1)] and STUB.match(later[-1].title):
        return [*chain, *later]
    return chain


MEETING_OPENS = re.compile(r"^(?:to\s+)?(?:(?:receive|accept|note|record)\s+(?:any\s+)?)?"
                           r"(?:(?:chair(?:man)?['’]?s?\s+)?welcome|apologies|declarations?"
                           r"|present|election|croeso|ymddiheuriadau)\b", re.I)
"""The business a meeting opens with: welcome, apologies, declarations, who was present."""


def with_earlier_list(chain: list[Header], candidates: list[Header],
                      lines: list[Line]) -> list[Header]:
    """Add a list before the chain that numbered from 1 too ('1. Apologies: Cllr Gorran.' …
    '3. Minutes: …' / '1. Planning: …' … '4. Date of next meeting'): the clerk's word
    processor restarted the list, and the longer part was taken for the chain. A list of
    titles alone before it (an agenda, a contents page), or one before a chain that opens a
    meeting of its own (an agenda, an earlier meeting), is not part of these minutes."""
    if not chain or chain[0].number != "1" or MEETING_OPENS.match(chain[0].title):
        # '1. Apologies': the chain opens a meeting of its own.
        return chain
    style = chain[0].style.removesuffix("-alone")
    earlier: list[Header] = []
    for header in candidates:
        if header.line >= chain[0].line:
            break
        if header.title and header.style.removesuffix("-alone") == style \
                and header.number == str(len(earlier) + 1):
            earlier.append(header)
    if len(earlier) < MIN_CHAIN - 1:
        return chain
    ends = [header.line for header in earlier[1:]] + [chain[0].line]
    written = sum(bool(header.first_body) or any(lines[j].text for j in range(header.body, end))
                  for header, end in zip(earlier, ends, strict=True))
    return [*earlier, *chain] if written == len(earlier) else chain


PART_TWO = re.compile(r"^\W{0,2}(?:part\s+(?:ii|2|two|b)\b|(?:confidential|exempt|closed|private)"
                      r"\s+(?:items?|business|session|matters|part)\b|in\s+camera\b)", re.I)
"""The heading of a meeting's part held in private: 'PART II - CONFIDENTIAL ITEMS'."""


def with_deeper_tail(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the numbered parts that carry the outline on after the chain's last item under
    headings of no number ('6 Confirmation of Minutes' / 'Reports - Policy and Strategy' /
    '7.1 Dog Control Policy' / '7.2 …' / 'Reports - Operations' / '8.1 …'): the next
    sections' parts, '7.1' first, are items too."""
    if len(chain) < MIN_CHAIN or not chain[-1].number.isdigit():
        return chain
    last = chain[-1]
    later = best_chain([h for h in candidates if h.line > last.line and h.style == "dot1"])
    if len(later) < MIN_PARTS_AFTER or later[0].key != (last.key[0] + 1, 1):
        return chain
    return chain + later


MIN_PARTS_AFTER = 2


def with_second_part(chain: list[Header], candidates: list[Header],
                     lines: list[Line]) -> list[Header]:
    """Add the items of a part held in private after the chain, numbered again from 1 under
    its heading ('9. Date of next meeting' / 'PART 2 – EXEMPT BUSINESS' / 'The press and public
    were excluded …' / '1. Staffing' / '2. …')."""
    if not chain:
        return chain
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    run: list[Header] = []
    for header in candidates:
        if header.line > last.line and header.title \
                and header.style.removesuffix("-alone") == style \
                and header.number == str(len(run) + 1):
            run.append(header)
    headed = bool(run) and any(PART_TWO.match(lines[i].text)
                               for i in range(last.line + 1, run[0].line))
    return [*chain, *run] if headed else chain


MIN_SECTIONS = 3
OUTCOME_LABEL = re.compile(r"^(?:[\d.]+\s+)?(?:RESOLVED|AGREED|NOTED|DECISIONS?|DECIDED"
                           r"|RECOMMEND(?:ED|ATIONS?))\b", re.I)
"""A decision's label over its numbered clauses ('RESOLVED:' / '1. To note …'), no section."""
SECTION_REACH = 3
"""Lines with text above a section's first item among which its heading stands."""


def sectioned_lists(chain: list[Header], candidates: list[Header],
                    lines: list[Line]) -> list[Header]:
    """Return the items of a paper numbered again from 1 under each section's heading ('OLD
    SCHOOL' / 'Item 1 To discuss …' / 'Item 2 …' / 'FINANCE' / 'Item 1 …'), after the chain's
    items that come before them in another style; [] if the paper is not numbered so.

    Each list counts up from 1 (a number left out is filled later) and each has a heading in
    capitals or bold just above it, below the list before. Lists whose entries are mostly
    points with no text of their own are the sections' points, not items."""
    for style, runs in _sectioned_runs(candidates, lines):
        if not _pointed(runs, lines):
            lead = best_chain([h for h in candidates
                               if h.line < runs[0][0].line and h.style != style])
            return [*lead, *(h for run in runs for h in run)]
    return []


def points_in_sections(candidates: list[Header], lines: list[Line]) -> bool:
    """Return True when the numbers restart at 1 under each section's heading and mark points
    with no text of their own ('MATTERS ARISING' / '1) Flooding. Mr Ash reported …' / '2) …' /
    'PLANNING' / '1) …'): the sections' headings are the items."""
    return any(_pointed(runs, lines) for _, runs in _sectioned_runs(candidates, lines))


def _pointed(runs: list[list[Header]], lines: list[Line]) -> bool:
    """Return True when most of the lists' entries are points with no text of their own and
    none calls itself an item."""
    return 2 * sum(_point(lines, h) for run in runs for h in run) > sum(map(len, runs)) \
        and not any(ITEM_WORD.match(lines[run[0].line].text) for run in runs)


def _sectioned_runs(candidates: list[Header], lines: list[Line]
                    ) -> Iterator[tuple[str, list[list[Header]]]]:
    """Yield each style's lists counting up from 1, when there are several and each has a
    section's heading just above it."""
    for style in dict.fromkeys(h.style for h in candidates if h.number == "1"):
        listed = [h for h in candidates if h.style == style and h.title]
        runs: list[list[Header]] = []
        for header in listed:
            if header.number == "1":
                runs.append([header])
            elif runs and header.number.isdigit() and runs[-1][-1].number.isdigit() \
                    and 0 < int(header.number) - int(runs[-1][-1].number) <= 2:
                runs[-1].append(header)
            else:
                runs = []
                break
        if len(runs) >= MIN_SECTIONS and all(
                _section_heading(lines, run[0].line, runs[k - 1][-1].line if k else -1)
                for k, run in enumerate(runs)):
            yield style, runs


ITEM_WORD = re.compile(r"^(?:agenda\s+)?(?:item|minute)\b", re.I)
"""'Item 1 To receive …': entries that call themselves items are the items, however short."""


def _point(lines: list[Line], header: Header) -> bool:
    """Return True for a numbered point with no text of its own under it, only the next point
    or the next section's heading ('1) Flooding. Mr Ash reported that the culvert …' / '2) …'):
    a section's point, not an item."""
    body = next((line for line in lines[header.line + 1:header.line + 3] if line.text), None)
    return body is None or NUMBERED.match(body.text) is not None or body.heading \
        or is_upper_heading(body.text)


def _section_heading(lines: list[Line], i: int, floor: int) -> bool:
    """Return True if a heading in capitals or bold stands among the lines just above line i."""
    seen = 0
    for j in range(i - 1, floor, -1):
        if not lines[j].text:
            continue
        if (is_upper_heading(lines[j].text) or lines[j].heading) \
                and not OUTCOME_LABEL.match(lines[j].text):
            return True
        seen += 1
        if seen == SECTION_REACH:
            return False
    return False


def top_level(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Prefer items numbered 1, 2, 3 to the paragraphs 5.1, 5.2, 6.1 … numbered under them.

    Numbering is an outline: a chain of sub-numbers can be longer than the items' own, but
    when the items' chain numbers the sections the sub-numbers sit in, the items are it.
    """
    if not chain or "." not in chain[0].number or "-minute" in chain[0].style:
        return chain
    headings = best_chain([h for h in candidates if h.number.endswith(".0")])
    if len(headings) >= MIN_CHAIN:
        # An outline of '1.0', '2.0' headings over '1.1', '1.2' paragraphs: the headings, and
        # the paragraphs of a section whose own '7.0' heading lost its number.
        sections = {h.key[0] for h in headings}
        orphans = [h for h in chain if h.key[0] not in sections]
        return sorted(headings + orphans, key=lambda h: h.line)
    top = best_chain([h for h in candidates if h.style.removesuffix("-alone") in TOP_STYLES])
    majors = {main_number(h.number)[0] for h in chain}
    numbers = {main_number(h.number)[0] for h in top}
    if len(top) >= MIN_CHAIN and len(majors & numbers) >= TOP_SHARE * len(majors):
        return top
    if len(top) >= MIN_CHAIN and top[-1].line < chain[0].line:
        # '6 Confirmation of Minutes' / 'Reports' / '7.1 …': the items, then the parts of
        # sections whose headings carry no number (with_deeper_tail).
        return with_deeper_tail(top, chain)
    return chain


def _chain_key(header: Header) -> tuple[str, tuple[int, ...], int]:
    """Return what number_follows compares of a header: its style, numbers and letter."""
    return header.style.removesuffix("-alone"), main_number(header.number), _letter(header.number)


def _lower_numbers(style: str, main: tuple[int, ...], gap: int = SUCCESSOR_GAP,
                   coded: list[int] | None = None) -> list[tuple]:
    """Return the (style, numbers) a header can follow with one number lower by 1 to gap, and,
    for a section's first part ('3.1'), the last parts of the section before ('2.1' … '2.n');
    a part in four figures (coded) may be lower by 100 to 100 × gap ('0105/21' before
    '0205/21', number_follows)."""
    lower = [(style, (*main[:k], part - step, *main[k + 1:]))
             for k, part in enumerate(main) for step in range(1, gap + 1)]
    lower += [(style, (*main[:k], main[k] - 100 * step, *main[k + 1:]))
              for k in coded or () for step in range(1, gap + 1) if main[k] >= 100 * step]
    if len(main) >= 2 and main[-1] == 1 and main[-2] > 1:
        lower += [(style, (*main[:-2], main[-2] - 1, n)) for n in range(2, MAX_PARTS + 1)]
    return lower


def number_follows(before: Header, after: Header) -> bool:
    """Return True if after's number can follow before's in one sequence written one way.

    One part goes up and the others stay: 1 → 2, 16.07.1 → 16.07.2, 112/21 → 113/21,
    19/052 → 19/053, and 3 → 3A → 4.
    """
    if before.style.removesuffix("-alone") != after.style.removesuffix("-alone"):
        return False
    a, b = main_number(before.number), main_number(after.number)
    if len(a) != len(b):
        return False
    if a == b:
        return _letter(after.number) > _letter(before.number)
    changed = [k for k in range(len(a)) if a[k] != b[k]]
    if len(a) >= 2 and changed == [len(a) - 2, len(a) - 1] and b[-1] == 1 \
            and b[-2] == a[-2] + 1 and a[-1] <= MAX_PARTS:
        # '2.2 Matters Arising' then '3.1 Public Participation': the next section's first part,
        # its own heading never printed.
        return True
    if len(changed) != 1:
        return False
    k = changed[0]
    if 0 < b[k] - a[k] <= SUCCESSOR_GAP:
        return True
    # '0105/21 APOLOGIES' then '0205/21 DECLARATIONS': the minute's number, then the month's in
    # the same four figures, before the year; the first two count up, the month stays.
    return _four_figures(before.number, k) and _four_figures(after.number, k) \
        and a[k] % 100 == b[k] % 100 and 0 < b[k] // 100 - a[k] // 100 <= SUCCESSOR_GAP


CODED_FIGURES = 4
"""The figures of a minute number that holds the month after it ('0105/21')."""


def _four_figures(number: str, part: int) -> bool:
    """Return True if an item number's given part is printed in four figures ('0105/21')."""
    if "/" not in number:
        return False
    parts = re.findall(r"\d+", number)
    return part < len(parts) and len(parts[part]) == CODED_FIGURES


def main_number(number: str) -> tuple[int, ...]:
    """Return the numeric parts of an item number, without a letter suffix."""
    return tuple(int(p) for p in re.findall(r"\d+", number))


def _letter(number: str) -> int:
    """Return the position in the alphabet of a number's letter suffix ('3A' 1, '3 b)' 2),
    else 0."""
    match = re.search(r"(?:[A-Za-z]$|(?<=\d )[a-h](?=\)$))", number)
    return ord(match.group(0).upper()) - 64 if match else 0
