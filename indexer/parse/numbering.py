"""A document's own way of numbering its minutes, learnt from the lines it opens.

Councils number minutes in more ways than any list of forms can hold ('*512', '12/05:01',
'004/RE/15', 'M.24-045'). What they share is that the references open the items' lines, are
written one way through the record and count up one at a time. A reference form the item
reader does not know is learnt from that run, and its lines are rewritten for the reader in a
form it knows: the n-th reference of the run as 'n/00', kept apart from any real reference.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..records import Line
from .blocks import is_title_like
from .dates import first_date

MIN_RUN = 3
"""The fewest lines that make a run of references."""
MIN_SHARE = 0.8
"""The share of a form's lines that must count up in order."""
SMALL_STEP = 2
"""How far apart two references in a row may be (one minute missing is common)."""
STEP_SHARE = 0.75
"""The share of steps in a run that must be small: a list of planning applications counts up
in hundreds, minutes one at a time."""
MAX_CHARS = 18
OPENING = re.compile(r"^(?P<word>[A-Z][A-Za-z]{0,7}\.?\s+)?"
                     r"(?P<ref>\[\d{1,3}\]|\(\d{1,3}\)|[^\s]*\d[^\s]*?)(?P<sep>[.):,]?)"
                     r"(?:(?:\s+|(?<=[\])]\.))(?P<second>\d{1,4}[/.-]\d{1,4})(?=[.:]?(?:\s|$))[.:]?)?"
                     r"(?:\s+(?P<rest>.*))?$")
"""A line's first token holding a digit, perhaps after a word ('Min 24-045 Title') or before
the meeting's own code ('F3. 06/24 Insurance renewal'); a number in brackets is a token of its
own ('(41) MINUTES', '[2]. 14/102. Apologies.', '[3].14/103. Declarations')."""
GLUED = re.compile(r"^(?P<ref>[^\s]*?\W[^\s]*?\d|\d{1,4}/)(?P<rest>[A-Z][a-z].*)$")
"""A reference with a separator in it run into its title ('ST~27~24Apologies'), as a web page's
table cells come out when their text is taken without spaces, or a number closed by a slash
with no year after it, run into its title ('01/Welcome;')."""
NOT_REFERENCE = re.compile(r"[£$€%@]|^\d+$|^\d{1,2}[.:]\d\d(?:[ap]m)?$|^\d+(?:st|nd|rd|th)$|"
                           r"^(?:https?|www)\b|\.(?:pdf|docx?|html?)$", re.I)
"""Money, plain numbers (read already), times, ordinals, addresses and file names."""
AGENDA_THEN_MINUTE = re.compile(r"^(?P<agenda>\d{1,3})\.?\s+\((?P<minute>\d{1,4})\)[.:]?"
                                r"\s+(?P<rest>[A-Z].*)$")
"""An agenda's number, then the council's running minute number in brackets ('4 (517) MINUTES')."""
AGENDA_AFTER = re.compile(r"^(?P<agenda>\d{1,2})[.)]\s+(?=[A-Z])")
"""An agenda's number after the minute's reference ('171/19-20 1. Apologies')."""
BRACKETED = re.compile(r"\[\d{1,3}\]|\(\d{1,3}\)")
LETTER_PART = re.compile(r"(?<=[\d/.-])[A-Z](?![A-Za-z])")
"""A single capital in a reference after its number or a separator ('7-A', '7-C1', '7.B'):
a counter, as a letter of the alphabet counts (A is 1)."""
REFERENCE_PARTS = re.compile(r"\d+|" + LETTER_PART.pattern)
"""A reference's counters: its numbers and its single letters."""
Found = tuple[int, tuple[int, ...], str, str]
"""A line's index, its reference's numbers, the reference as printed, and the rest of the line."""
DATED_COUNTER = re.compile(r"^[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\.\d{1,3}$")
"""A reference made of the meeting's date and a counter ('18.3.2021.01'), as a district's
minutes number their items; a date alone is no reference."""
RAW = "00"
"""The second part of a rewritten reference: no council writes the year or body as '00'."""


@dataclass(frozen=True)
class Learnt:
    """Lines rewritten for the item reader, and each rewritten line's reference as printed."""

    lines: list[Line]
    printed: dict[int, str]
    agendas: dict[int, str] = field(default_factory=dict)
    """The agenda's number printed before a rewritten line's reference ('4 (517)' is 4)."""


def learn_references(lines: list[Line], known: Callable[[str], bool]) -> Learnt:
    """Rewrite the lines that open with a run of references in a form known() cannot read.

    known(text): True if the item reader reads the line's opening number itself; such lines are
    left as they are, and so is every document the reader already understands.
    """
    forms: dict[str, list[Found]] = defaultdict(list)
    agendas: dict[int, str] = {}
    for i, line in enumerate(lines):
        text = line.text
        if not text or not any(c.isdigit() for c in text[:MAX_CHARS + 10]):
            continue
        if paired := AGENDA_THEN_MINUTE.match(text):
            # '1 (514) PUBLIC FORUM: …': the agenda's number, then the running minute's.
            minute = paired.group("minute")
            forms["9 (9)"].append((i, (int(minute),), minute, paired.group("rest")))
            agendas[i] = paired.group("agenda")
            continue
        match = GLUED.match(text) or OPENING.match(text)
        if not match or len(match.group("ref")) > MAX_CHARS:
            continue
        ref, rest = match.group("ref"), match.group("rest") or ""
        if NOT_REFERENCE.search(ref) or ref.isalpha() or known(text):
            continue
        if (entry := AGENDA_AFTER.match(rest)) and not ref[:1].isalpha():
            # '171/19-20 1. Apologies – …': the minute's reference, then the agenda's number.
            agendas[i], rest = entry.group("agenda"), rest[entry.end():]
        if rest[:1].islower() or rest[:1].isdigit() \
                or (first_date(ref) is not None and not DATED_COUNTER.match(ref)):
            continue
        second = match.groupdict().get("second")
        sep = match.groupdict().get("sep") or ""
        if BRACKETED.fullmatch(ref) and not second:
            # '(41) APOLOGIES': the minute's number in brackets is 41.
            ref = ref[1:-1]
        word = match.groupdict().get("word") or ""
        printed = word + ref + (f"{sep} {second}" if second else "")
        if second and BRACKETED.fullmatch(ref):
            # '[2]. 14/102. Apologies.': the agenda's number in brackets, then the minute's.
            printed = second
        form = LETTER_PART.sub("A", re.sub(r"\d+", "9", printed))
        numbers = tuple(int(n) if n.isdigit() else ord(n) - ord("A") + 1 for n in
                        REFERENCE_PARTS.findall(f"{ref} {second or ''}"))
        forms[form].append((i, numbers, printed, rest))
    printed_at: dict[int, str] = {}
    out = list(lines)
    for run in _nested(run for found in forms.values() if (run := _counting_run(found))):
        for n, (i, _, printed, rest) in enumerate(run, start=1):
            out[i] = replace(lines[i], text=f"{n}/{RAW} {rest}".rstrip())
            printed_at[i] = printed
    if not printed_at:
        return Learnt(lines, {})
    return Learnt(out, printed_at, {i: agendas[i] for i in printed_at if i in agendas})


def _counting_run(found: list[Found]) -> list[Found]:
    """Return the longest run of found that counts up in small steps, or [] if none does."""
    if len(found) < MIN_RUN or len({len(numbers) for _, numbers, _, _ in found}) != 1:
        return []
    # Longest strictly increasing run of the numbers, in document order (quadratic: a form's
    # lines are few).
    best = [1] * len(found)
    back = [-1] * len(found)
    for k in range(len(found)):
        for j in range(k):
            if found[j][1] < found[k][1] and best[j] + 1 > best[k]:
                best[k], back[k] = best[j] + 1, j
    k = max(range(len(found)), key=best.__getitem__)
    run = []
    while k >= 0:
        run.append(found[k])
        k = back[k]
    run.reverse()
    if len(run) < MIN_RUN or len(run) < MIN_SHARE * len(found):
        return []
    small = sum(1 for a, b in itertools.pairwise(run) if _step(a[1], b[1]) <= SMALL_STEP)
    return run if small >= STEP_SHARE * (len(run) - 1) else []


def _nested(runs: Iterable[list[Found]]) -> list[list[Found]]:
    """Return the runs with each run whose references all extend another run's ('7-C1',
    '7-C2' under '7-C CORRESPONDENCE') read into that run in document order: sub-items
    between their parent's siblings ('7-B', '7-C', '7-C1', …, '7-D'). References opening
    sentences ('2403-01.458 Mr Hale reported that …' under '2403-01') number paragraphs."""
    runs = list(runs)
    parents: dict[int, int] = {}
    for k, run in enumerate(runs):
        for j, other in enumerate(runs):
            heads = {printed for _, _, printed, _ in other}
            if j != k and j not in parents and all(
                    any(printed.startswith(head) and len(printed) > len(head) for head in heads)
                    for _, _, printed, _ in run) \
                    and 2 * sum(1 for *_, rest in run if is_title_like(rest)) > len(run):
                parents[k] = j
                break
    merged = {j: list(run) for j, run in enumerate(runs) if j not in parents}
    for k, j in parents.items():
        while j in parents:
            j = parents[j]
        merged[j].extend(runs[k])
    return [sorted(run) for run in merged.values()]


def _step(before: tuple[int, ...], after: tuple[int, ...]) -> int:
    """Return how far after's first differing part is from before's ('12/05:03' → '12/06:01'
    is a step of one: the next meeting's first minute)."""
    k = next(k for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b)
    return after[k] - before[k]
