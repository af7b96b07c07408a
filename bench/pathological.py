"""Time the parser on pathological inputs: each shape doubled four times, ratio per doubling.

Run from the project root:  python -m bench.pathological [--start KB] [--doublings N] [--runs R]
                                                          [--budget S] [SHAPE …]

Each shape is one way a real document can be large (a 500-page pack) or hostile: thousands of
numbered lines, a run of line separators inside a heading, hundreds of speakers in one item.
For each it builds a Document in memory at START KB and at each doubling, times
parse_document (the median of R runs) and prints the time and its ratio to the size before: a
ratio near 2 is linear, near 4 quadratic. A shape stops doubling once one size takes longer
than the budget, so a cliff shows as a ratio and a dash rather than an hour's wait.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from collections.abc import Callable

from indexer.parse.meetings import parse_document
from indexer.records import Document

HEADING = "Minutes of a meeting of the Parish Council held on 4 May 2021 at 7pm\n\n"
ITEM = "1. Apologies\n\nNone were received.\n\n2. Matters arising\n\n"
CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aeiou"
MONTHS = "January February March April May June July August September October".split()


def word(k: int, syllables: int = 3) -> str:
    """Return a made-up capitalised word for k ('Bakoru'), distinct for each k."""
    out = []
    for _ in range(syllables):
        k, rest = divmod(k, len(CONSONANTS) * len(VOWELS))
        out.append(CONSONANTS[rest // len(VOWELS)] + VOWELS[rest % len(VOWELS)])
    return "".join(out).capitalize()


def repeat(unit: Callable[[int], str], size: int, head: str = HEADING + ITEM) -> str:
    """Return head followed by unit(0), unit(1) … until the text is size characters long."""
    parts, length, k = [head], len(head), 0
    while length < size:
        part = unit(k)
        parts.append(part)
        length += len(part)
        k += 1
    return "".join(parts)


def separators(size: int) -> str:
    """Unicode line and paragraph separators between 'Minutes of a meeting of' and 'held'."""
    run = "\u2028\u2029" * (size // 2)
    return f"Minutes of a meeting of the Parish Council{run} and held\n\n{ITEM}Noted.\n"


def short_lines(size: int) -> str:
    """One paragraph wrapped into thousands of short lines."""
    return repeat(lambda k: f"and then {k} more\n", size)


def short_paragraphs(size: int) -> str:
    """Paragraphs broken by blank lines mid-sentence, each joined back to the one before."""
    return repeat(lambda k: f"and then {k} more\n\n", size)


def numbered_lines(size: int) -> str:
    """Thousands of numbered headings, a chain of numbers."""
    return repeat(lambda k: f"{k + 3}. Report of the {word(k)} working group\n\n", size)


def repeated_numbers(size: int) -> str:
    """Numbered lines that restart: many chains of 1, 2, 3 to choose from."""
    return repeat(lambda k: f"{k % 7 + 1}. Report of the {word(k)} group\n\nNoted.\n\n", size)


def speakers(size: int) -> str:
    """One item in which hundreds of distinct people speak."""
    return repeat(lambda k: f"{word(k)} {word(k + 7919)} said the {word(k, 2).lower()} works "
                            "were noted.\n\n", size)


def honorific_names(size: int) -> str:
    """A long list of 'Mr X' names in one paragraph."""
    titles = ("Mr", "Mrs", "Cllr", "Dr")
    return repeat(lambda k: f"{titles[k % 4]} {word(k)}, ", size,
                  HEADING + ITEM + "Also attending were ") + "\n"


def capitalised_words(size: int) -> str:
    """A long run of capitalised words, each pair of which could be a name."""
    return repeat(lambda k: f"{word(k)} ", size, HEADING + ITEM + "Streets: ") + "\n"


def same_surname(size: int) -> str:
    """Many people of one surname, some speaking by honorific and surname alone."""
    return repeat(lambda k: f"{word(k)} Smith attended. Mr Smith said it was noted.\n\n", size)


def long_line(size: int) -> str:
    """One line of prose with no line breaks at all."""
    return repeat(lambda k: f"the council discussed item {k} at length ", size, HEADING + ITEM)


def long_word(size: int) -> str:
    """One 'word' with no spaces or line breaks (a base64 blob pasted into a page)."""
    return HEADING + ITEM + "x" * size + "\n"


def bullets(size: int) -> str:
    """A decision followed by a deep bulleted list."""
    marks = ("•", "-", "(a)", "(i)", "o")
    return repeat(lambda k: f"{marks[k % 5]} point {k} of the plan\n", size,
                  HEADING + ITEM + "RESOLVED that:\n")


def resolutions(size: int) -> str:
    """Thousands of RESOLVED paragraphs in one item."""
    return repeat(lambda k: f"RESOLVED that the {word(k)} report be noted.\n\n", size)


def dates(size: int) -> str:
    """Many dates, alone on lines and inside sentences."""
    return repeat(lambda k: f"{k % 28 + 1} {MONTHS[k % 10]} {2000 + k % 20}\n\nThe visit on "
                            f"{k % 28 + 1} {MONTHS[k % 10]} {2001 + k % 20} was noted.\n\n", size)


def item_refs(size: int) -> str:
    """Many headings with '(Item N)' references."""
    return repeat(lambda k: f"Report of the {word(k)} group (Item {k % 999 + 1})\n\n"
                            "The report was noted.\n\n", size)


def agenda_entries(size: int) -> str:
    """An agenda on its own with thousands of entries."""
    return repeat(lambda k: f"{k % 99 + 1}. {word(k)} report\n", size,
                  "AGENDA\nParish Council\n4 May 2021\n\n")


def meetings(size: int) -> str:
    """Thousands of meetings in one file, each with a few items and speakers."""
    return repeat(lambda k: f"Minutes of a meeting of the {word(k)} Committee held on "
                            f"{k % 28 + 1} May 2021\n\nPresent: Mr {word(k)}, Mrs {word(k + 1)}"
                            f"\n\n{ITEM}{word(k)} {word(k + 3)} said it was noted.\n\n", size, "")


def reports(size: int) -> str:
    """An agenda followed by many reports, each matched to an entry."""
    head = "AGENDA\nParish Council\n4 May 2021\n\n" + "".join(
        f"{k + 1}. {word(k)} {word(k + 5)} report\n" for k in range(size // 400)) + "\n"
    return repeat(lambda k: f"From: Clerk\nTo: Parish Council\nSubject: {word(k)} {word(k + 5)}"
                            " report\n\nThe report was noted by the council today.\n\n",
                  size, head)


def inline_numbers(size: int) -> str:
    """Whole minutes in one huge paragraph, item numbers inline."""
    return repeat(lambda k: f"{k % 99 + 1}. Report {word(k)} was noted. ", size,
                  HEADING) + "\n"


def initials(size: int) -> str:
    """Many people listed with their initials, then speaking by initials."""
    def unit(k: int) -> str:
        first, last = word(k), word(k + 31)
        first = chr(65 + k % 26) + first[1:]
        last = chr(65 + (k // 26) % 26) + last[1:]
        mid = chr(65 + (k // 676) % 26)
        return f"{first} {last} ({first[0]}{mid}{last[0]})\n"
    listed = repeat(unit, size // 2, HEADING + "Present:\n")
    return listed + repeat(lambda k: f"{chr(65 + k % 26)}{chr(65 + k // 676 % 26)}"
                                     f"{chr(65 + k // 26 % 26)} reported on it.\n\n",
                           size // 2, "\n" + ITEM)


def attendance(size: int) -> str:
    """A very long attendance list, one name a line."""
    return repeat(lambda k: f"Cllr {word(k)},\n", size,
                  "Minutes of a meeting of the Parish Council held on 4 May 2021\n\nPresent:\n"
                  ) + "\n" + ITEM + "Noted.\n"


def page_numbers(size: int) -> str:
    """A PDF page of figures, each alone on its line (a table of numbers)."""
    return repeat(lambda k: f"{k % 9000 + 1}\n", size)


SHAPES: dict[str, Callable[[int], str]] = {
    f.__name__: f for f in (
        separators, short_lines, short_paragraphs, numbered_lines, repeated_numbers, speakers,
        honorific_names, capitalised_words, same_surname, long_line, long_word, bullets,
        resolutions, dates, item_refs, agenda_entries, meetings, reports, inline_numbers,
        initials, attendance, page_numbers)
}
PAGED = {"page_numbers"}


def document(shape: str, size: int) -> Document:
    """Build the shape's Document of about size characters, in memory."""
    text = SHAPES[shape](size)
    kind = "pdf" if shape in PAGED else "txt"
    return Document(f"pathological/{shape}.txt", kind, (text,))


def time_parse(doc: Document, runs: int) -> float:
    """Return the median time of parse_document over runs runs."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        parse_document(doc)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def measure(shape: str, start_kb: int, doublings: int, runs: int, budget: float) -> list[float]:
    """Return the shape's times at start_kb and each doubling, stopping past the budget."""
    times: list[float] = []
    for step in range(doublings + 1):
        seconds = time_parse(document(shape, start_kb * 1024 << step), runs)
        times.append(seconds)
        if seconds > budget:
            break
    return times


def row(shape: str, times: list[float], doublings: int) -> str:
    """Format a shape's times and ratios; the worst ratio last."""
    cells = [f"{t:8.3f}" for t in times] + ["       —"] * (doublings + 1 - len(times))
    ratios = [b / a if a > 0 else float("inf") for a, b in itertools.pairwise(times)]
    ratio_cells = [f"{r:5.1f}" for r in ratios] + ["    —"] * (doublings - len(ratios))
    worst = max(ratios[1:] or ratios, default=0.0)
    flag = "QUADRATIC?" if worst >= 3 or len(times) <= doublings else ""
    return f"{shape:18} {' '.join(cells)}   {' '.join(ratio_cells)}   {flag}"


def main() -> None:
    """Time every shape (or the ones named) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapes", nargs="*", metavar="SHAPE", help=f"of: {', '.join(SHAPES)}")
    parser.add_argument("--start", type=int, default=16, help="first size in KB (16)")
    parser.add_argument("--doublings", type=int, default=4, help="how often to double (4)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the median (3)")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="stop doubling a shape once one size takes this many seconds (20)")
    args = parser.parse_args()
    unknown = [s for s in args.shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape {unknown[0]!r}; shapes: {', '.join(SHAPES)}")
    sizes = [args.start << k for k in range(args.doublings + 1)]
    print(f"{'shape':18} " + " ".join(f"{s:>6}KB" for s in sizes) + "   seconds, median of "
          f"{args.runs}; ratio per doubling (2 linear, 4 quadratic)")
    for shape in args.shapes or SHAPES:
        times = measure(shape, args.start, args.doublings, args.runs, args.budget)
        print(row(shape, times, args.doublings), flush=True)


if __name__ == "__main__":
    main()
