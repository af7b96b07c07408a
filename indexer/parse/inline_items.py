"""Items numbered inside running text: a chain of numbers in one paragraph, cells of a row."""

from __future__ import annotations

import itertools
import re

from ..records import Line
from .cleanup import NUMBER_CELL

INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<num>\d{1,3})[.)]\s+(?=[A-Z]|(?P=num)\.1\.?\s+[A-Z])")
SECTION_THEN_FIRST = re.compile(r"^(?P<num>\d{1,2})\.\s+(?=(?P=num)\.1\s+\S)")
LEADING_NUMBER = re.compile(r"^(?P<num>\d{1,3})[.)]\s+\S")
INLINE_REF = re.compile(r"(?:^|(?<=\s))(?:(?P<pre>[A-Z]{0,4}\.?\d{1,4}/)(?P<num>\d{1,4})"
                        r"|(?P<lead>\d{1,4})(?P<post>/\d{2}))(?:[.:]?\s+|:)(?=[A-Z])")
"""A minute reference inside running text, before a capital: 'C16/011 Apologies', '64/21 Lease',
'16/203:Declarations' (its colon touching the title)."""
LEAD_COUNTER = re.compile(r"^(\d{1,4})/$")
"""A reference's first part when it is all figures: the counter of '64/21'."""
INLINE_YEAR_REF = re.compile(r"(?:^|(?<=\s))(?P<pre>\d{2}\.)(?P<num>\d{2,3})\.?\s+(?=[A-Z])")
"""A minute numbered within its council year inside running text ('22.14 Open Forum … 22.15
Declarations …'): the year's two figures, then the counter."""
COUNT_AFTER = re.compile(r"(?<=\s)(?P<pre>[A-Z]{0,2})(?P<num>\d{2,4})\s+(?=[A-Z][a-z])")
CAPS_BEFORE = re.compile(r"(?:^\s*|[.!?)]\s+)(?P<head>[A-Z][A-Z0-9'’&/,().–-]*"
                         r"(?:\s+[A-Z0-9–-][A-Z0-9'’&/,().–-]*){0,16})\s+$")
CAPS_REACH = 160
"""A minute's running number after its heading in capitals inside running text ('… the press.
APOLOGIES 412 Apologies were received … DECLARATIONS OF MEMBERS' INTERESTS 413 Councillor …'):
the item starts at its heading. A committee's letter may open the number ('… MINUTES L23 The
minutes of …')."""
GLUED_COLON = re.compile(r"^([A-Z]{0,4}\d{1,4}/\d{1,4}):(?=[A-Z])")
"""A reference whose colon touches its title once the paragraph is parted ('16/203:Minutes')."""
INLINE_SUBNUMBER = re.compile(r"(?<=\s)(?P<major>\d{1,2})\.\d{1,2}\.?\s+(?=[A-Z])")
"""A sub-item's number inside running text ('6. Governance 6.1. Parish Elections …')."""
PARA_COUNTER = re.compile(r"(?<=\s)\((?P<num>\d{1,3})\)\s+(?=[A-Z])")
"""A paragraph's running counter inside text ('… Apologies (2) Cllr Dane sent his apologies …')."""
MIN_COUNTERS = 5
MIN_PIPES = 3
MIN_INLINE_CHAIN = 3
LONG_LINE = 200
SUCCESSOR_REACH = 4
"""Lines under a numbered line searched for the next item's number run into its text."""


def split_inline(lines: list[Line]) -> list[Line]:
    """Break long lines at item numbers that run on in sequence ('… 1. Apologies … 2. …').

    Whole minutes pasted into one web-page paragraph keep their numbering inside the text;
    a chain of at least three numbers, each one more than the last, marks where items begin.
    """
    out: list[Line] = []
    for line in _table_cells(_runs_joined(lines)):
        section = SECTION_THEN_FIRST.match(line.text)
        if section:
            # '5. 5.1 Chairman's Report …': the section's number, then its first sub-item.
            out.extend([Line(section.group("num") + ".", line.page), Line("", line.page)])
            line = Line(line.text[section.end():], line.page, line.heading, line.run_in)
        cuts = _inline_chain(line.text) if len(line.text) >= LONG_LINE else []
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        for a, b in itertools.pairwise(bounds):
            piece = GLUED_COLON.sub(r"\1 ", line.text[a:b].strip())
            if piece:
                out.extend([Line("", line.page), Line(piece, line.page, run_in=a > 0)])
        out.append(Line("", line.page))
    return _counters_apart(_inline_successors(out))


MIN_RUN_LINES = 3
MIN_RUN_CHAIN = 5
RUN_INSIDE_SHARE = 0.6
"""A paragraph's lines are joined only for a chain of at least MIN_RUN_CHAIN numbers, most of
them inside lines: a list typed one number to a line is no paragraph, but a transcription's
pages, each a line of its own, may open on an item's number."""


def _runs_joined(lines: list[Line]) -> list[Line]:
    """Join a paragraph's wrapped lines into one where its item numbers run on inside them.

    A PDF's text dump of minutes typed as one paragraph ('… None received. 2. Minutes of …' /
    '… signed. 3. Declaration of Interest …') wraps it at the page's width: its chain of
    numbers is read across the lines, as in a paragraph pasted on one line.
    """
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, Line("", 0)]:
        if line.text and (not run or line.page == run[-1].page):
            run.append(line)
            continue
        out.extend(_joined(run))
        run = [line] if line.text else []
        if not line.text and line.page:
            out.append(line)
    return out


def _joined(run: list[Line]) -> list[Line]:
    """Return a run of lines as one line if item numbers run on inside its lines, else as is."""
    if len(run) < MIN_RUN_LINES:
        return run
    starts, position = set(), 0
    for line in run:
        starts.add(position)
        position += len(line.text) + 1
    text = " ".join(line.text for line in run)
    cuts = _inline_chain(text) if len(text) >= LONG_LINE else []
    inside = [c for c in cuts if c not in starts]
    if len(inside) < MIN_RUN_CHAIN or len(inside) < RUN_INSIDE_SHARE * len(cuts):
        return run
    return [Line(text, run[0].page, run[0].heading)]


def _counters_apart(lines: list[Line]) -> list[Line]:
    """Break a numbered heading from its text where a paragraph counter runs on after it.

    '1. Apologies (2) Cllr Dane sent his apologies. (3) The Chair welcomed …': a record
    numbering its paragraphs (2), (3), (4) … straight through, its items' headings run into
    them. The counters must count up by one through the record, at least MIN_COUNTERS of them.
    """
    found = [(k, m) for k, line in enumerate(lines) if "(" in line.text
             for m in PARA_COUNTER.finditer(line.text)]
    numbers = [int(m.group("num")) for _, m in found]
    if len(numbers) < MIN_COUNTERS \
            or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return lines
    first: dict[int, int] = {}
    for k, m in found:
        if k not in first and LEADING_NUMBER.match(lines[k].text):
            first[k] = m.start()
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k not in first:
            out.append(line)
            continue
        out.extend([Line(line.text[:first[k]].rstrip(), line.page, line.heading),
                    Line(line.text[first[k]:], line.page, run_in=True)])
    return out


def _inline_successors(lines: list[Line]) -> list[Line]:
    """Break a numbered paragraph where the next item's number runs on inside it.

    '7. Tree Survey Considered under item 5.3 8. Provision of HGV signs …' between paragraphs
    7 and 9: item 8 was pasted into item 7's paragraph; so can the last item be.
    """
    starts = [(k, int(m.group("num"))) for k, line in enumerate(lines)
              if (m := LEADING_NUMBER.match(line.text))]
    cut: dict[int, int] = {}
    for (k, number), (k_after, after) in itertools.pairwise(starts):
        if after != number + 2:
            continue
        # In the numbered line or a paragraph under it ('513. Apologies' / '– Cllrs Blakesley
        # and Marrick (approved) 514. Declaration of Interests To allow …').
        for n in range(k, min(k_after, k + SUCCESSOR_REACH)):
            inline = re.search(rf"(?<=\s){number + 1}[.)]\s+(?=[A-Z])", lines[n].text)
            if inline and (n == k or len(lines[n].text[:inline.start()].split()) > 1):
                # Under the heading, words before it ('012/26 2. Minutes …' is the next
                # item's own line, its minute reference first).
                cut[n] = inline.start()
                break
    if starts:
        # The last item run into the one before it, after that item's closing sentence ('10.
        # Any other business … on the next agenda. 11. Date of next meeting …').
        k, number = starts[-1]
        last = re.search(rf"(?<=[a-z)][.!?]\s){number + 1}\.\s+(?=[A-Z][a-z])", lines[k].text)
        if last and k not in cut:
            cut[k] = last.start()
    if not cut:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k not in cut:
            out.append(line)
            continue
        out.extend([Line(line.text[:cut[k]].rstrip(), line.page, run_in=True), Line("", line.page),
                    Line(line.text[cut[k]:], line.page, run_in=True)])
    return out


def _table_cells(lines: list[Line]) -> list[Line]:
    """Give each cell of a pipe-table row ('| 4. | Chairman's Report | …') a line of its own.

    Tables saved as text (Markdown, or a web table pasted as text) keep an item's number and
    title in cells of one row; as lines, they read like any numbered heading.
    """
    out: list[Line] = []
    for line in lines:
        if line.text.count("|") < MIN_PIPES or not NUMBER_CELL.search(line.text):
            out.append(line)
            continue
        for cell in line.text.split("|"):
            cell = cell.strip()
            if cell and not re.fullmatch(r"[-:\s]+", cell):
                if re.fullmatch(r"\d{1,3}[.)]?", cell):
                    out.append(Line("", line.page))
                out.append(Line(cell, line.page))
    return out


def _inline_chain(text: str) -> list[int]:
    """Return where the longest run of consecutive inline item numbers starts, number by number.

    The numbers are plain ('1. Apologies … 2. Minutes …') or minute references that count up
    in one part ('C16/011 Apologies … C16/012 …', '64/21 … 65/21 …', '22.14 … 22.15 …').
    """
    plain = [(int(m.group("num")), m.start()) for m in INLINE_NUMBER.finditer(text)]
    refs: dict[str, list[tuple[int, int]]] = {}
    for m in INLINE_REF.finditer(text) if "/" in text else ():
        counter = m.group("num") or m.group("lead")
        refs.setdefault(m.group("pre") or m.group("post"), []).append((int(counter), m.start()))
        if m.group("pre") and (year := LEAD_COUNTER.match(m.group("pre"))) \
                and len(m.group("num")) == 2:
            # '64/21 Lease … 65/21 Hall …': the minute counts up before the year it ends with.
            refs.setdefault(f"/{m.group('num')}", []).append((int(year.group(1)), m.start()))
    for m in INLINE_YEAR_REF.finditer(text):
        refs.setdefault(m.group("pre"), []).append((int(m.group("num")), m.start()))
    for m in COUNT_AFTER.finditer(text):
        if head := CAPS_BEFORE.search(text, max(0, m.start() - CAPS_REACH), m.start()):
            refs.setdefault(f"after{m.group('pre')}", []).append(
                (int(m.group("num")), head.start("head")))
    chain = max((_longest_run(found) for found in (plain, *refs.values())), key=len)
    if len(chain) < MIN_INLINE_CHAIN:
        return []
    cuts = [start for _, start in chain]
    # Sub-items of a chained item ('5. Reports 5.1 Chairman's Report 5.2 …') start items too.
    for (number, start), (_, stop) in itertools.pairwise([*chain, (0, len(text))]):
        cuts.extend(m.start() for m in INLINE_SUBNUMBER.finditer(text, start, stop)
                    if int(m.group("major")) == number)
    return sorted(c for c in cuts if c > 0)


INLINE_LABEL = re.compile(r"(?<=[.!?)]\s)(?P<label>[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){0,4})"
                          r":\s+(?=[A-Z0-9£])")
"""A label in capitals run into a paragraph after a sentence's end ('… signed. ACCOUNTS: Mrs
Dunn presented …')."""
MIN_INLINE_LABELS = 4


def labels_apart(lines: list[Line]) -> list[Line]:
    """Part a record pasted as one paragraph at its capitals labels ('MINUTES of the ANNUAL
    ASSEMBLY … held on … PRESENT: … APOLOGIES: … ACCOUNTS: …'), each label opening a paragraph
    of its own, so its heading, attendance and items read apart."""
    out: list[Line] = []
    for line in lines:
        cuts = _inline_labels(line.text) if len(line.text) >= LONG_LINE else []
        if not cuts:
            out.append(line)
            continue
        for a, b in itertools.pairwise([0, *cuts, len(line.text)]):
            if piece := line.text[a:b].strip():
                out.extend([Line(piece, line.page, line.heading and a == 0), Line("", line.page)])
    return out


INLINE_CAPS_HEAD = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=:\s\d\s)|(?<=:\s\d\d\s))"
    r"(?P<head>[A-Z][A-Z0-9'’&/,-]*[A-Z0-9](?:\s+[A-Z0-9][A-Z0-9'’&/,-]*){0,12})"
    r"\s+(?=[A-Z][a-z])")
"""A heading in capitals run into a paragraph after a sentence's end (or a count closing the
attendance, 'Villagers: 5 APOLOGIES …'), its text opening in sentence case ('… thanked them for
attending. CHAIRMAN'S REPORT The Chairman reported …')."""
INLINE_RECORD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][\w'’-]+\s+){1,6}(?:Minutes|MINUTES)\s+of\s+(?:the|an?)\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,6}(?i:meeting)\s+held\b")
"""A record's title run on after the last record's end ('… The meeting closed at 7.50pm.
Cullerhay Parish Council Minutes of the ANNUAL PARISH COUNCIL MEETING held at …'): a year's
minute book pasted as one paragraph."""
PRESENT_AFTER = re.compile(r"\s(?=(?:Present|PRESENT)\s*:\s)")
OUTCOME_WORDS = frozenset("""RESOLVED AGREED CARRIED NOTED APPROVED MOTION AYES NAYS NOES ABSENT
    ABSTAIN ABSTAINED ABSTENTIONS PRESENT LOST DEFERRED ROLL CALL UNANIMOUS UNANIMOUSLY NONE NIL
    YES NO FOR AGAINST AND THE OF TO A""".split())
"""Capitals that say an outcome or a vote, not a heading ('… seconded. CARRIED Councillor …')."""
MIN_CAPS_HEADS = 6


PAGE_MARK = re.compile(r"\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b")
MIN_RUNNING = 3
RUNNING_WORDS = 12


def _without_running_heads(text: str) -> str:
    """Take out of a flattened paper its running head wherever it falls: the words around a
    'Page N' that are the same at every page ('Cullerhay Parish Council Minutes April 2017 to
    March 2018 Page 2 Initialled'), when there are at least MIN_RUNNING pages."""
    marks = list(PAGE_MARK.finditer(text))
    if len(marks) < MIN_RUNNING:
        return text
    befores = [text[:m.start()].split()[-RUNNING_WORDS:] for m in marks]
    afters = [text[m.end():].split()[:RUNNING_WORDS] for m in marks]
    lead = next((k for k in range(RUNNING_WORDS, 0, -1)
                 if all(len(b) >= k for b in befores)
                 and len({tuple(b[-k:]) for b in befores}) == 1), 0)
    trail = next((k for k in range(RUNNING_WORDS, 0, -1)
                  if all(len(a) >= k for a in afters)
                  and len({tuple(a[:k]) for a in afters}) == 1), 0)
    if lead < 2:
        return text
    head = r"\s+".join(map(re.escape, befores[0][-lead:]))
    tail = r"\s+".join(map(re.escape, afters[0][:trail]))
    running = re.compile(rf"{head}\s+{PAGE_MARK.pattern}" + (rf"\s+{tail}" if tail else ""))
    return running.sub(" ", text)


def records_apart(lines: list[Line]) -> list[Line]:
    """Part a year's minute book pasted as one paragraph ('… Minutes of the ANNUAL PARISH
    MEETING held … CHAIRMAN'S REPORT The Chairman reported … FINANCE … The meeting closed at
    7.50pm. … Minutes of the ANNUAL PARISH COUNCIL MEETING held …') at each record's title and
    each heading in capitals, when it holds at least MIN_CAPS_HEADS different headings: each
    record's title a line, each heading a line of its own over its text."""
    out: list[Line] = []
    for line in lines:
        heads = _caps_heads(line.text) if len(line.text) >= LONG_LINE else []
        if not heads:
            out.extend(piece for part in _record_apart(line) for piece in _title_apart(part))
            continue
        line = Line(" ".join(_without_running_heads(line.text).split()), line.page, line.heading)
        heads = _caps_heads(line.text)
        cuts = sorted({m.start() for m in INLINE_RECORD.finditer(line.text)}
                      | {start for start, _ in heads})
        ends = dict(heads)
        for a, b in itertools.pairwise([0, *cuts, len(line.text)]):
            piece = line.text[a:b].strip()
            if not piece:
                continue
            if a in ends:
                out.extend([Line(line.text[a:ends[a]].strip(), line.page, True),
                            Line(line.text[ends[a]:b].strip(), line.page), Line("", line.page)])
            elif INLINE_RECORD.match(piece) and (present := PRESENT_AFTER.search(piece)):
                # The record's title, then who was present: apart, as a page sets them.
                out.extend([Line(piece[:present.start()].strip(), line.page), Line("", line.page),
                            Line(piece[present.start():].strip(), line.page),
                            Line("", line.page)])
            else:
                out.extend([Line(piece, line.page, line.heading and a == 0), Line("", line.page)])
    return out


MID_RECORD = re.compile(
    r"(?<=\s)(?:Minutes|MINUTES)\s+of\s+(?:the|an?)\s+(?:[A-Z][\w'’-]*\s+){1,8}?(?i:meeting)\b"
    r"[^.]{0,120}?\bheld\b[^.]{0,60}?\b(?:19|20)\d\d\b[^.:]{0,40}?(?=\s(?:Present|PRESENT)\s*:\s)")
"""A record's title, its meeting's day and who was present, run on after a paper's first part
('… 13. Any other business Minutes of the Annual Parochial Church Meeting … held at 7pm on
Wednesday 18 November 2020 via Zoom Present: …'): an agenda's with the last minutes after it."""


MID_AGENDA = re.compile(r"(?<=\s)(?:You\s+are\s+(?:hereby\s+)?summoned\b"
                        r"|(?:AGENDA|Agenda)\s+(?=1[.)]?\s+[A-Z]))")
"""A summons and its agenda run on inside a document site's first paragraph ('… 3 November
2009 TOWN COUNCIL MEETING You are hereby summoned to attend … 9 NOVEMBER 2009 AGENDA 1. Public
Address …')."""


def _record_apart(line: Line) -> list[Line]:
    """Return a long line cut before and after a record's title run on inside it (MID_RECORD),
    or before a summons and its agenda's first entry run on inside it (MID_AGENDA), else the
    line."""
    record = MID_RECORD.search(line.text) if len(line.text) >= LONG_LINE else None
    if record is None:
        cuts = [m.start() for m in MID_AGENDA.finditer(line.text)] \
            if len(line.text) >= LONG_LINE else []
        if not cuts:
            return [line]
        parts = [line.text[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(line.text)])]
        return [piece for k, part in enumerate(parts)
                for piece in (Line(part, line.page, line.heading and k == 0), Line("", line.page))]
    return [Line(line.text[:record.start()].strip(), line.page, line.heading), Line("", line.page),
            Line(record.group(0), line.page), Line("", line.page),
            Line(line.text[record.end():].strip(), line.page)]


def _title_apart(line: Line) -> list[Line]:
    """Return a record pasted as one paragraph that opens with its title ('… MINUTES OF THE
    ANNUAL COUNCIL MEETING HELD … PRESENT: … tc 001/14 ELECTION OF CHAIRMAN …') as its title
    and attendance, then its numbered minutes from the first of their chain, when they are long
    enough to be parted in their turn (split_inline); other lines as they are."""
    if len(line.text) < LONG_LINE or not RECORD_OPENING.search(line.text):
        return [line]
    cuts = _inline_chain(line.text)
    head = line.text[:cuts[0]] if cuts else ""
    if not RECORD_OPENING.search(head) or len(line.text) - cuts[0] < LONG_LINE:
        return [line]
    present = PRESENT_AFTER.search(head)
    parts = [head[:present.start()], head[present.start():]] if present else [head]
    out = [Line(part.strip(), line.page, line.heading and k == 0) for k, part in enumerate(parts)]
    return [*(piece for part in out for piece in (part, Line("", line.page))),
            Line(line.text[cuts[0]:], line.page)]


RECORD_OPENING = re.compile(r"\bminutes\s+of\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,6}?meeting\b", re.I)
"""A record's title: 'MINUTES OF THE ANNUAL COUNCIL MEETING', 'Minutes of a meeting'."""


def _caps_heads(text: str) -> list[tuple[int, int]]:
    """Return where each heading in capitals run into a long paragraph starts and ends, when
    there are at least MIN_CAPS_HEADS different ones and some record's title among them."""
    if not INLINE_RECORD.search(text):
        return []
    found = [(m.start(), m.end("head")) for m in INLINE_CAPS_HEAD.finditer(text)
             if not set(m.group("head").replace(",", " ").split()) <= OUTCOME_WORDS
             and any(len(word) >= 3 and word.isalpha() for word in m.group("head").split())]
    if len({text[a:b] for a, b in found}) < MIN_CAPS_HEADS:
        return []
    return found


def _inline_labels(text: str) -> list[int]:
    """Return where each capitals label starts in a record pasted as one paragraph ('…
    PRESENT: … APOLOGIES: … MINUTES: … ACCOUNTS: …'), when there are at least
    MIN_INLINE_LABELS different ones; else none."""
    found = list(INLINE_LABEL.finditer(text))
    if len({m.group("label") for m in found}) < MIN_INLINE_LABELS:
        return []
    return [m.start() for m in found]


def _longest_run(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the longest run of found's numbers that go up by one or two, in text order."""
    best: list[tuple[int, int]] = []
    for k, (number, _) in enumerate(found):
        options = [(best[p][0] + 1, p) for p in range(max(0, k - 40), k)
                   if number - found[p][0] in (1, 2)]
        best.append(max(options, default=(1, -1)))
    if not best:
        return []
    k = max(range(len(best)), key=lambda n: best[n][0])
    chain = []
    while k >= 0:
        chain.append(found[k])
        k = best[k][1]
    chain.reverse()
    return chain
