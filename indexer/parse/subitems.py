"""Parts under an item's heading: lettered, decimal, roman, bulleted or headed sub-items."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..records import Line
from .blocks import SENTENCE_END, is_title_like, is_upper_heading
from .chains import MIN_CHAIN, OUTCOME_LABEL, number_follows
from .item_header import NUMBER_ALONE, NUMBERED, Header, number_key
from .line_fixes import ROMANS
from .numbered_lines import numbered_at
from .people import HONORIFIC_WORDS
from .plain_headings import opens_paragraph
from .runin import caps_heading_run_in
from .title_ends import (
    AGENDA_ENTRY,
    MAX_TITLE_WORDS,
    OPENED_HEADING_WORDS,
    SENTENCE_VERB,
    sentence_title,
)
from .title_wraps import CAPS_WRAP_WORDS, MARKER_AFTER, finish_header, next_filled

INTRODUCES_LIST = re.compile(r"\bthe\s+following\b[^:]*:\s*$", re.I)
"""An agenda entry that introduces the list under it ('To consider the following reports:')."""
GROUP_HEADING = re.compile(r"(?::|\b(?:items|reports|matters|papers|business))\s*$", re.I)
"""An entry naming a group of entries under it: 'Standing Agenda Items', 'Reports by …:'."""
LABEL_OVER_SUBITEMS = 3
INTRO_WORDS = 40
INTRODUCES_SUBITEMS = re.compile(r"\bthe\s+following\b|\bbelow\b", re.I)
"""A heading's sentence that introduces the sub-items under it ('… considered the following
applications for development.', 'The Committee determined the applications below.')."""
STOPPED_RUN_IN = re.compile(r"^(?P<title>[A-Z][^.:;]{0,50}?[a-z]{3})\.\s+(?P<rest>[A-Z(£\d].*)$")
RUN_IN_SUBJECT_WORDS = 6
LETTERED_RUN_IN = re.compile(r"^\(?(?P<letter>[a-h])[).]\s+(?P<title>[A-Z\d][^:;]{1,60}?):\s+"
                             r"(?P<rest>\S.*)$")
"""A lettered paragraph opening with its subject closed by a colon ('b) 3 Mill Close: Two
storey side extension …')."""
ABBREVIATED = HONORIFIC_WORDS | {"Cyng"}
"""Words whose stop abbreviates them ('Cllr. Quarle declared …', Welsh 'Cyng.' for Cynghorydd):
no subject ends there."""
"""A paragraph opening with its subject, closed by a stop ('Bus Shelter. Repairs booked …')."""
MIN_PARTS = 2
"""The fewest parts under a heading with no text of its own that are its items."""
ROMAN_RUN_IN = re.compile(r"^(?P<n>[IVX]{1,5})[.)]\s+(?P<title>[A-Z][^:.]{1,60}):\s+"
                          r"(?P<rest>\S.*)$")
"""A part numbered in capital roman figures, as sections are (points are 'i.', 'ii.'), its
subject run into its text ('II. Grants: Wendy …')."""
CITED_PART = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})?\s?\((?:[a-z]{1,2}|[ivx]{1,5})\))\s+"
                        r"(?P<rest>\S.*)$")
"""A part numbered by the earlier minute it follows up, letter in brackets ('6 (b) Bus Shelter')."""
LETTERED = re.compile(r"^(?:\((?P<letter>[a-z])\)|(?P<bare>[a-h])[.)])\s+(?:/\s+)?"
                      r"(?P<title>(?:[A-Z]|\d(?!\S*/)).*)$")
"""A heading lettered '(a)', 'a)' or 'a.' (a table's row saved with slashes between its cells,
'(a) / Investment Policy', too), its title capitalised or opening with a figure ('(b)
30mph roundels on Kirk Road'), but not with a planning application's reference (the
applications a heading lists are its text)."""
STATED = re.compile(r"^(?:[A-Z][\w'’.]*\s+){1,3}(?:[a-z]+ed|has|had|was|were|is|are|said|gave"
                    r"|made)\s")
"""A sentence's subject and verb ('Cllr Passmore declared …', 'The Council recommended …')."""
BULLETS = "•●▪"
PARAGRAPH_OPENING = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|NOTED)\b|^(?:Submitted|Considered|Tabled|Read|Received)\s+[a-z]+\b"
    r"|^(?:The|It|This|These|There|Item)\s.*\b(?:gave|was|were|had|has|will|noted|agreed"
    r"|confirmed|reported|asked|considered|presented|explained|advised|outlined|informed|stated"
    r"|said|introduced|submitted)\b")
"""A numbered paragraph's opening, not a sub-item's heading: a decision, a sentence, or the
proceedings' verb opening a minute ('Submitted circular from the Department …')."""
PAGE_GAP = 6
"""Blank lines a heading at a page's foot may stand above its first sub-item on the next."""


def subheads_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the headings under a heading in capitals with no text of its own ('BURIAL GROUNDS' /
    '' / 'Path edging repairs' / its text / '' / 'Bench plaques' / …), each a short
    line set apart above its text, when at least two are; else []."""
    if header.number or header.first_body or not is_upper_heading(header.title):
        return []
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if first is None or lines[first - 1].text:
        return []
    subs = [k for k in range(first, stop - 1)
            if not lines[k - 1].text and lines[k + 1].text and _subhead(lines[k].text)]
    if len(subs) < MIN_PARTS or subs[0] != first:
        return []
    return [Header(k, k + 1, "", lines[k].text, score=2, style="subhead") for k in subs]


def _subhead(text: str) -> bool:
    """Return True for a short heading in sentence or title case: no stop, not in capitals."""
    words = text.split()
    return 0 < len(words) <= OPENED_HEADING_WORDS and text[:1].isupper() \
        and not text.endswith(":") and not SENTENCE_END.search(text) and not text.isupper() \
        and is_title_like(text) and not SENTENCE_VERB.search(text)


INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
"""A line ending on a person's initial ('… Licence - Mr. T.R.'), not a sentence's full stop."""
ASIDE_ALONE = re.compile(r"^\([^()]{2,80}\)$")
"""A line that is one aside in brackets ('(Exempt Information - Paragraph 12)')."""


def lettered_headers(lines: list[Line], start: int, end: int, least: int = MIN_CHAIN,
                     entries: bool = False, tasks: bool = False, top: bool = False,
                     under: bool = False) -> list[Header]:
    """Return items lettered '(a)', '(b)', '(c)' … on lines of their own, each a short heading
    with its minute under it (entries: or an agenda's entry with none; tasks: or an agenda's
    entry in its words, closed by a stop), when at least `least` run in order from '(a)';
    else []. top: the record's own items, no number above them, so 'a.' in plain type counts;
    under: the parts of a heading with no text of its own, each over its paragraph, so it counts
    there too ('4. Matters for Discussion' / 'a. Request for grant …' / 'The Council agreed …').
    """
    found: list[Header] = []
    for i in range(start, end):
        match = LETTERED.match(lines[i].text)
        letter = match and (match.group("letter") or match.group("bare"))
        if not letter or ord(letter) - ord("a") != len(found) \
                or (lines[i].text[1:2] == "." and not lines[i].heading and not entries
                    and not top and not under):
            # 'a. To receive apologies' set in bold is a heading; in plain type, a list's point
            # (but an agenda's entry in a list of entries).
            continue
        # 'a) Finance:' over its points: the heading without its colon.
        title, last = match.group("title").strip().rstrip(":"), i
        if under and not top and lines[i].text[1:2] == "." and not lines[i].heading \
                and STATED.match(title):
            # 'a. Cllr Passmore declared an interest …' in plain type: the heading's paragraphs
            # are lettered, not its parts.
            return []
        caps = caps_heading_run_in(title) if title[:2].isupper() else None
        if caps and caps[1]:
            # '(b) BUS SHELTER – The Clerk reported …': a heading in capitals run
            # into its minute.
            found.append(Header(i, i + 1, letter, caps[0], "", 2, caps[1], "lettered"))
            continue
        # '… Licence - Mr. T.R.': a heading may end on a person's initials.
        ended = SENTENCE_END.search(title) and not INITIAL_END.search(title)
        if ended and ((tasks and AGENDA_ENTRY.match(title)) or lines[i].heading) \
                and title.endswith(".") and not SENTENCE_END.search(title[:-1]):
            # 'b) To note the bank reconciliation to 31 May 2022.': an entry's one sentence;
            # 'a) Applications for comment.' in bold: a heading closed by a stop.
            title, ended = title[:-1], False
        if not ended and i + 1 < end and lines[i + 1].text \
                and not LETTERED.match(lines[i + 1].text) and (
                not is_title_like(title) or ASIDE_ALONE.match(lines[i + 1].text)):
            # '(c) Licensing Act 2003 - Application for a Premises Licence - The' / 'Old Mill
            # Tearooms, Quay Lane', '… - Mr. T.R.' / '(Exempt Information - Paragraph 12)': a
            # heading wrapped onto the next line.
            title, last = f"{title} {lines[i + 1].text}", i + 1
        j = next_filled(lines, last, end, limit=2)
        if not is_title_like(title) or ended \
                or (not entries and (j is None or LETTERED.match(lines[j].text))):
            continue
        found.append(replace(finish_header(lines, i, last, letter, title, end), style="lettered"))
    return found if len(found) >= least else []


def bulleted_caps(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return items whose numbers a word processor turned into bullets, each heading in
    capitals ('• ELECTION OF CHAIR: Cllr Otterway was proposed …', '• MATTERS ARISING. The
    Clerk …', '• FINANCE' alone), when at least MIN_CHAIN are; else []."""
    found: list[Header] = []
    for i in range(start, end):
        text = lines[i].text
        if text[:1] not in BULLETS or not text[1:2].isspace():
            continue
        rest = text[1:].strip()
        caps = caps_heading_run_in(rest)
        if caps and caps[1]:
            found.append(Header(i, i + 1, "", caps[0], first_body=caps[1], style="bullet-caps"))
        elif is_upper_heading(rest.rstrip(":.")) and len(rest.split()) <= CAPS_WRAP_WORDS:
            words = rest.rstrip(":.").split()
            last = max(k for k, word in enumerate(words) if word.isupper())
            if any(word[:1].isupper() and word[1:].islower() for word in words[last + 1:]):
                # '… MEETING HELD March 4 2021': the capitals are the heading.
                words = words[:last + 1]
            found.append(finish_header(lines, i, i, "", " ".join(words), end))
    return found if len(found) >= MIN_CHAIN else []


def _bare_entry(lines: list[Line], sub: Header, stop: int) -> bool:
    """Return True if a lettered entry has no text of its own: the next line with text is the
    next entry, or none comes before stop (a minute's lettered points have their text)."""
    nxt = next_filled(lines, sub.body - 1, stop, limit=2)
    return nxt is None or LETTERED.match(lines[nxt].text) is not None


def _lettered_under(lines: list[Line], header: Header, stop: int, listed: bool = False
                    ) -> list[Header]:
    """Return the lettered sub-items right under a heading with no text of its own ('46.
    REPORT(S) OF THE HEAD OF REGENERATION' / '(a) Public Interest Test' / … / '(b) Appeal
    Decisions Received'), numbered as clerks cite them ('46(a)'), or [].

    listed: most entries of the list have no text of their own (an agenda's), so neither need
    the lettered ones under a heading that names a group ('9. Standing Agenda Items' / 'a)
    Update on actions' / 'b) Questions …', '10. To consider reports by the Commissioner:').
    """
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or header.agenda_ref or first is None \
            or not LETTERED.match(lines[first].text):
        return []
    grouped = listed and GROUP_HEADING.search(lines[header.line].text) is not None
    if listed and not grouped:
        # '10. Finance' / 'a. To approve payments for April.' / 'b. To approve the Annual
        # Governance Statement.': an agenda's entries, each a task in the agenda's words, under
        # the subject that groups them.
        tasks = lettered_headers(lines, first, stop, least=2, entries=True, tasks=True)
        grouped = bool(tasks) and 2 * sum(AGENDA_ENTRY.match(sub.title) is not None
                                          for sub in tasks) >= len(tasks) \
            and all(_bare_entry(lines, sub, stop) for sub in tasks)
        if grouped:
            return [replace(sub, number=f"{header.number}({sub.number})") for sub in tasks]
    subs = lettered_headers(lines, first, stop, least=2, entries=grouped, under=True)
    if not subs or subs[0].line != first or any(SENTENCE_VERB.search(sub.title) for sub in subs) \
            or (lines[header.line].heading and not grouped
                and not all(lines[sub.line].heading for sub in subs)):
        # '(a) The following applications had been received …', a bold heading's '(a)
        # Churchyard wall – second quotation still awaited' in plain type: its paragraphs.
        return []
    return [replace(sub, number=f"{header.number}({sub.number})") for sub in subs]


BRACKETED_PART = re.compile(r"^\((?P<n>\d{1,2}|[ivx]{1,5})\)\s+(?P<title>[A-Z].*)$")


def _bracketed_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the parts numbered '(1)', '(2)' … or '(i)', '(ii)' … in bold right under a heading
    in bold or capitals with no text of its own ('1. Preliminary' / '(1) Apologies for
    absence.' / … / '(2) Declarations of …'), numbered as 1.1, 1.2 …, when at least MIN_PARTS
    count up from 1; else []."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or header.agenda_ref or first is None \
            or not (lines[header.line].heading or is_upper_heading(header.title)) \
            or not BRACKETED_PART.match(lines[first].text):
        return []
    parts = [(i, match) for i in range(first, stop) if lines[i].heading
             and (match := BRACKETED_PART.match(lines[i].text))]
    counts = [_part_count(m.group("n")) for _, m in parts]
    if len(parts) < MIN_PARTS or counts != list(range(1, len(parts) + 1)) \
            or any(SENTENCE_VERB.search(m.group("title")) for _, m in parts):
        return []
    return [finish_header(lines, i, i, f"{header.number.rstrip('.')}.{k}",
                          m.group("title"), stop, wrap=False)
            for k, (i, m) in zip(counts, parts, strict=True)]


def _part_count(figure: str) -> int:
    """Return a part's count from its figure: '3' and 'iii' are 3 (0 if it is neither)."""
    return int(figure) if figure.isdigit() else ROMANS.get(figure.upper(), 0)


def listed_under(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Replace an entry that introduces a list ('8. To consider the following reports:') by the
    reports listed under it under their own references ('21/25 Corporate and Resources Plan',
    '22/25 …'), when at least two follow it in order."""
    out: list[Header] = []
    for k, header in enumerate(chain):
        stop = chain[k + 1].line if k + 1 < len(chain) else end
        found = [] if header.first_body or not INTRODUCES_LIST.search(lines[header.line].text) \
            else [h for n in range(header.body, stop) if "/" in lines[n].text[:12]
                  and (h := numbered_at(lines, n, stop)) and "/" in h.number and h.title]
        # A report's link under its entry repeats its reference ('21/25 … (PDF, 1.2MB)').
        listed = [h for n, h in enumerate(found) if n == 0 or h.number != found[n - 1].number]
        if len(listed) >= 2 and all(a.key < b.key for a, b in itertools.pairwise(listed)):
            out.extend(listed)
        else:
            out.append(header)
    return out


def with_subitems(chain: list[Header], lines: list[Line], start: int, end: int) -> list[Header]:
    """Replace an empty section heading ('5. SPECIAL PRESENTATIONS') by its sub-items 5.1 …"""
    out: list[Header] = []
    stops = [h.line for h in chain[1:]] + [end] if chain else []
    listed = 2 * sum((j := next_filled(lines, h.body - 1, stop, limit=2)) is None
                     or LETTERED.match(lines[j].text) is not None
                     for h, stop in zip(chain, stops, strict=True)) >= len(chain)
    # Lettered paragraphs run in under their subjects are the minutes' parts where the clerk
    # set out more than one section so; under one section alone they are its points.
    lettered = [_lettered_run_in(lines, header, stop) for header, stop in zip(chain, stops,
                                                                             strict=True)]
    if sum(map(bool, lettered)) < MIN_PARTS:
        lettered = [[] for _ in chain]
    for k, header in enumerate(chain):
        stop = stops[k]
        subs = _subitems(lines, header, stop) or _lettered_under(lines, header, stop, listed) \
            or _bracketed_under(lines, header, stop)
        cited = [] if subs else (_headed_under(lines, header, stop)
                                 or _roman_under(lines, header, stop))
        if not subs and not cited:
            subs = _run_in_under(lines, header, stop) or lettered[k]
        if cited:
            # '3. Matters arising from the minutes:' / '6 (b) Bus Shelter' / '9 (iii) Hedge
            # Cutting': its bold parts, numbered by the earlier minutes they follow up.
            out.extend(cited)
            continue
        intro = None if subs else _introduced(lines, header, stop)
        if intro is not None:
            # '5. PLANNING APPLICATIONS' / 'The Committee considered the following
            # applications …' / '5.1 Application No …': the heading keeps its sentence, and
            # its titled sub-items follow it as items.
            subs = _subitems(lines, replace(header, body=intro), stop)
            if subs:
                out.append(header)
        if subs:
            parent = header.number[:-2] if _zeroed_in(lines, header) else header.number
            own = (f"{parent}.", f"{parent}/", f"{parent}(",
                   *((f"{header.key[0]}.",) if "/" in header.number else ()))
            out.extend(_deeper([s if s.number.startswith(own) else
                                Header(s.line, s.body, f"{header.number}.{s.number}", s.title,
                                       s.agenda_ref, s.score, s.first_body) for s in subs],
                               lines, stop))
        else:
            out.append(header)
    return out


def _deeper(subs: list[Header], lines: list[Line], stop: int) -> list[Header]:
    """Replace a sub-item with no text of its own by its own numbered parts, a level down
    ('10.1 FINANCE REPORTS' / '10.1.1 Accounts for Payment' / '10.1.2 …')."""
    out: list[Header] = []
    for k, sub in enumerate(subs):
        end = subs[k + 1].line if k + 1 < len(subs) else stop
        parts = _subitems(lines, sub, end) if "." in sub.number else []
        if parts and all(len(part.key) == len(sub.key) + 1 for part in parts):
            out.extend(_deeper(parts, lines, end))
        else:
            out.append(sub)
    return out


def _headed_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the parts of a heading set in bold with no text of its own, when each is set in
    bold over its own text and numbered by the earlier minute it follows up ('6 (b) Bus Shelter',
    '4.2 (a) …', under 'Matters arising from the minutes:'): items numbered as printed, or []."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or not lines[header.line].heading or first is None \
            or not lines[first].heading:
        return []
    parts = [i for i in range(first, stop) if lines[i].heading and lines[i].text
             and (j := next_filled(lines, i, stop, limit=2)) is not None
             and not lines[j].heading]
    cited = [CITED_PART.match(lines[i].text) for i in parts]
    if len(parts) < MIN_PARTS or not all(cited) \
            or any(not _heading_words(lines[i].text) for i in parts):
        return []
    return [finish_header(lines, i, i, match.group("num"), match.group("rest"), stop, wrap=False)
            for i, match in zip(parts, cited, strict=True) if match]


def _roman_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the parts numbered in roman figures under a heading with no text of its own, each
    a paragraph of its own opening with its subject ('3. Reports:' / 'I. Grants: The treasurer
    had …' / 'II. Highways: …'), numbered as printed, or []."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or first is None or not ROMAN_RUN_IN.match(lines[first].text):
        return []
    parts = []
    for i in range(first, stop):
        match = ROMAN_RUN_IN.match(lines[i].text)
        if match and ROMANS.get(match.group("n")) == len(parts) + 1 \
                and (i == first or not lines[i - 1].text):
            parts.append(Header(i, i + 1, match.group("n"), match.group("title"), "", 2,
                                match.group("rest"), "roman"))
    return parts if len(parts) >= MIN_PARTS else []


def _run_in_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the paragraphs under a heading with no text of its own when every one opens with
    its subject closed by a stop ('2. Items Reported.' / 'Bus Shelter. Repairs booked …' /
    'Village Sign. The sign was repainted …'), numbered 1, 2 … under it, or []."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or first is None:
        return []
    opening = [i for i in range(first, stop) if lines[i].text and not lines[i - 1].text]
    parts = [(i, match) for i in opening if (match := STOPPED_RUN_IN.match(lines[i].text))
             and is_title_like(match.group("title"))
             and len(match.group("title").split()) <= RUN_IN_SUBJECT_WORDS
             and not SENTENCE_VERB.search(match.group("title"))
             and match.group("title").split()[-1] not in ABBREVIATED]
    if len(parts) < MIN_PARTS or len(parts) != len(opening) or opening[0] != first:
        return []
    return [Header(i, i + 1, str(k), match.group("title"), "", 2, match.group("rest"), "run-in")
            for k, (i, match) in enumerate(parts, 1)]


def _lettered_run_in(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the lettered paragraphs under a heading with no text of its own when every one
    opens with its subject closed by a colon ('5. Planning:' / 'a) Hill Barn, Top Road:
    Conversion …' / 'b) 3 Mill Close: …'), numbered 1, 2 … under it, or []."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or first is None:
        return []
    opening = [i for i in range(first, stop) if lines[i].text and not lines[i - 1].text]
    parts = [(i, match) for i in opening if (match := LETTERED_RUN_IN.match(lines[i].text))]
    if len(parts) < MIN_PARTS or len(parts) != len(opening) or opening[0] != first \
            or [m.group("letter") for _, m in parts] != list("abcdefgh"[:len(parts)]) \
            or not all(is_title_like(title := m.group("title"))
                       and not SENTENCE_VERB.search(title) for _, m in parts):
        return []
    return [Header(i, i + 1, str(k), match.group("title"), "", 2, match.group("rest"), "run-in")
            for k, (i, match) in enumerate(parts, 1)]


def _heading_words(text: str) -> bool:
    """Return True for a line that reads as a heading, not a bold sentence."""
    words = text.split()
    return len(words) <= MAX_TITLE_WORDS and not SENTENCE_END.search(text) \
        and not SENTENCE_VERB.search(text)


def _zeroed(header: Header) -> bool:
    """Return True for a section in capitals numbered with a closing '.0' ('6.0 PARKS
    AND OPEN SPACES REPORT'): a divider over its sub-items, where '9.0 Planning' over '9.1 …' is an
    item with its parts."""
    return header.number.endswith(".0") and len(header.key) > 1 \
        and is_upper_heading(header.title)


def _zeroed_in(lines: list[Line], header: Header) -> bool:
    """Return True for a '.0' section that divides its sub-items: in capitals, or set in bold
    over a first sub-item set in bold with no text of its own between ('3.0 Panel Matters' /
    '3.1 Report from the Chair')."""
    if _zeroed(header):
        return True
    first = next_filled(lines, header.body - 1, len(lines), limit=1)
    return header.number.endswith(".0") and len(header.key) > 1 and not header.first_body \
        and lines[header.line].heading and first is not None and lines[first].heading \
        and NUMBERED.match(lines[first].text) is not None


def _introduced(lines: list[Line], header: Header, stop: int) -> int | None:
    """Return where the sub-items start under a heading whose one short paragraph introduces
    them ('The Committee considered the following applications …'), or None."""
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if first is not None and MARKER_AFTER.match(lines[first].text):
        # 'Minutes:' / 'The Committee determined the applications below.': a meeting page's label
        # over the paragraph.
        first = next_filled(lines, first, stop, limit=1)
    if first is None or header.first_body or NUMBERED.match(lines[first].text):
        return None
    # The paragraph may wrap over several lines.
    last = first
    while last + 1 < stop and lines[last + 1].text and not NUMBERED.match(lines[last + 1].text):
        last += 1
    paragraph = " ".join(line.text for line in lines[first:last + 1])
    if not INTRODUCES_SUBITEMS.search(paragraph) or len(paragraph.split()) > INTRO_WORDS \
            or paragraph.endswith(":"):
        # '… updated the Board on the following matters:': a list of the heading's own.
        return None
    nxt = next_filled(lines, last, stop, limit=1)
    sub = numbered_at(lines, nxt, stop) if nxt is not None else None
    return nxt if sub and sub.number == f"{header.number}.1" else None


def _subitems(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the numbered sub-items directly under a heading with no text of its own."""
    if header.first_body or header.agenda_ref:
        return []
    first = next_filled(lines, header.body - 1, stop, limit=1)
    if first is None:
        # '8 Planning.' at a page's foot, '8.1 …' at the next page's head.
        first = next_filled(lines, header.body - 1, stop, limit=PAGE_GAP)
        first = first if first is not None and lines[first].page > lines[header.line].page \
            else None
    if first is not None and not NUMBERED.match(lines[first].text) \
            and not NUMBER_ALONE.match(lines[first].text) \
            and not OUTCOME_LABEL.match(lines[first].text) \
            and len(lines[first].text.split()) <= LABEL_OVER_SUBITEMS \
            and is_title_like(lines[first].text) \
            and (after := next_filled(lines, first, stop, limit=1)) is not None:
        # '5. MINUTES OF … COMMITTEE …' / 'Matters Arising' / '5.1 Grass Cutting …': a label
        # over the sub-items, the first one's heading with it.
        label, first = first, after
    else:
        label = None
    sub = numbered_at(lines, first, stop) if first is not None else None
    if sub is not None and label is not None:
        # The heading's lines and the label go with the first sub-item: neither is an item.
        sub = replace(sub, line=header.line)
    # '6.0 PARKS AND OPEN SPACES REPORT' / '6.1 Mill Lane Play Area …': a section numbered
    # '.0' counts its sub-items from 1 under the same first part.
    firsts = ((1,), (*header.key, 1),
              *(((*header.key[:-1], 1),) if _zeroed_in(lines, header) else ()),
              # '108/04 Progress Reports' / '108.1 Landfill': the minute's parts under its
              # number, without the year its reference carries.
              *(((header.key[0], 1),) if "/" in header.number else ()))
    if sub is None or sub.key not in firsts or _runs_on(sub, lines) \
            or not sub.title or PARAGRAPH_OPENING.match(sub.title) or sentence_title(sub.title):
        # '2.1 RESOLVED – That …', '3.1 The Chair gave the following communications': the
        # heading's numbered paragraphs, not sub-items with headings of their own.
        return []
    subs = [sub]
    for i in range(sub.body, stop):
        nxt = numbered_at(lines, i, stop)
        if nxt is None and _next_number(lines, i, subs[-1]):
            # '5.3 Pride in Polvean will remain an agenda item as …': a sub-item that is a
            # sentence, so the numbered paragraphs are the heading's text, titled or not.
            return []
        if nxt and number_follows(subs[-1], nxt):
            if _runs_on(nxt, lines) or not nxt.title or sentence_title(nxt.title):
                # Numbered paragraphs with no headings of their own are the heading's text.
                return []
            subs.append(nxt)
    return subs


def _next_number(lines: list[Line], i: int, last: Header) -> bool:
    """Return True if line i opens a paragraph numbered next after last ('5.3' after '5.2')."""
    match = NUMBERED.match(lines[i].text)
    return bool(match) and opens_paragraph(lines, i) and number_key(
        match.group("num")) == (*last.key[:-1], last.key[-1] + 1)


def _runs_on(header: Header, lines: list[Line]) -> bool:
    """Return True for a numbered sentence cut into a 'title' ('9.1 Vehicles speeding …'),
    not for a heading that a dash or colon sets off from its text ('9.1 Phone box – all is
    felt to have gone well')."""
    if not header.first_body[:1].islower():
        return False
    text = lines[header.line].text
    at = text.find(header.title) + len(header.title) if header.title else -1
    return not (at > 0 and text[at:].lstrip()[:1] in "–—-:")
