"""Item headings with no number: set apart, in capitals or bold, or in the agenda's own words."""

from __future__ import annotations

import re

from ..records import Line
from .blocks import (
    FILE_BADGE,
    ITEM_REF,
    SENTENCE_END,
    file_badge,
    is_noise,
    is_title_like,
    is_upper_heading,
)
from .dates import first_date, is_date_line
from .item_header import FIGURES_TITLE, NUMBER_ALONE, NUMBERED, Header
from .item_lists import RECORD_WORDS_ONLY
from .people import ATTENDANCE_LABEL, HONORIFIC_NAME, attendance_list
from .runin import PART_LABELS, VERBISH
from .speakers import LABEL_WORDS
from .title_ends import (
    AGENDA_ENTRY,
    BARE_TYPED_WORDS,
    OPENING_HEADING,
    SENTENCE_VERB,
    STUB,
    cut_stub,
)
from .title_wraps import (
    DECISION_OPENS,
    DECISION_START,
    MARKER_AFTER,
    REF_ALONE,
    finish_header,
    next_filled,
    ref_line_after,
    title_unfinished,
)

REASONS_LABEL = re.compile(r"^(?:reasons?\s+for\s+(?:the\s+)?(?:key\s+)?decisions?|alternative"
                           r"\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?)\s*:?$", re.I)
"""The reasons and alternatives a decision record sets out, labelled with or without a colon."""
ADDITIONAL = re.compile(r"^(?:(?:additional|supporting) documents|dogfennau ychwanegol)\s*:$"
                        r"|^meeting information$", re.I)
"""A meeting page's label over links to papers: an item's 'Additional documents:', the page's
'Meeting Information' over its printed minutes."""
ADDITIONAL_RUN_IN = re.compile(r"^(?:(?:additional|supporting) documents|dogfennau ychwanegol)"
                               r"\s*:\s*\S", re.I)
"""'Additional documents: Budget report PDF 318 KB': the label with its papers on one line."""
ATTACHMENT_REACH = 12
MIN_PROSE_WORDS = 6
PROSE_LOWER_SHARE = 0.3
"""The share of a chain's headings the source must show as headings for its typography to count."""
QUESTION = re.compile(r"^(?:What|Why|How|When|Where|Who|Which|Would|Could|Should|Can|Will|Is|Are"
                      r"|Was|Were|Did|Do|Does|Had|Has|Have)\s+\S+\s+\S+\s+\S+")
"""A question set in bold (a member's question in a Q&A) is not a heading."""
PUBLIC_COUNT = re.compile(r"^(?:members\s+of\s+(?:the\s+)?public|public\s+members)\b[^a-z]*$",
                          re.I)
"""'Members of the public: 9': part of the attendance, not an item."""
OPENING_WORDS = 12
MIN_SUBHEADS = 2
EARLIER_MINUTES = re.compile(r"^The\s+minutes\s+of\s+the\s+(?:\w+\s+){0,3}meeting\b", re.I)
"""'The minutes of the meeting held on …': the text of an item 'MINUTES' confirming them."""
COPULA = re.compile(r"\b(?:was|were|is|are|has|have|had)\s+(?:[a-z]|\d)")
"""A sentence's verb ('There were 3 members …'), where a title has none."""
BLOCK_LABEL_WORDS = 3
PLAIN_HEADING_WORDS = 8
STOPPED_PHRASE_WORDS = 6
"""The longest phrase set apart and closed by a full stop that is read as a heading."""
ONE_WORD_MINUTES = frozenset(("none", "nil", "noted", "agreed", "approved", "received", "resolved",
                              "carried", "deferred", "accepted", "declined", "no", "yes", "he",
                              "she", "they", "it", "we", "i", "this", "there", "these", "all"))
"""Words that open a minute complete in itself ('None.', 'Noted.', 'No declarations.', 'He left
the meeting.')."""
PLAIN_PROSE_WORDS = 3
TIGHT_PROSE_WORDS = 16
"""Words of the line under a heading that opens its paragraph: more than a wrapped line's."""
WRAP_PARAGRAPH_LINES = 4
"""Lines of a wrapped paragraph counted for its words."""
MIN_PLAIN_HEADINGS = 4
CAPS_PAIR_WORDS = 8
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,6}")
"""'A.O.C.B.': a heading's letters, each with its stop."""
LONG_BOLD_WORDS = 24
"""A bold line this long is still a heading if no full stop closes it."""
CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]{4,}:?|A\.?O\.?C?\.?B\.?")
"""A word in capitals long enough to be no acronym, or the clerk's 'AOB' / 'AOCB' (any other
(competent) business)."""
RECORD_WORDS = frozenset("minutes agenda present absent attendance apologies: unconfirmed draft "
                         "confidential private signed chairman chair dated".split())


def _part_label(text: str) -> bool:
    """Return True for a label of a minute's parts or a meeting page's details on a line of its
    own ('Decision Made:', 'Reasons for the Decision:', 'Venue:'), or a paper's contact line
    ('Officer contact: A Moore at …'), or who is to act ('ACTION: Head of Libraries'): never an
    item, however set."""
    return (text.endswith(":") and text[:-1].strip().lower() in PART_LABELS) \
        or REASONS_LABEL.match(text) is not None or CONTACT_LINE.match(text) is not None \
        or ACTION_LINE.match(text) is not None


ACTION_LINE = re.compile(r"^(?:action(?:\s+by)?|actions)\s*:\s*\S", re.I)
"""Who is to act on a decision ('ACTION: Parks Manager'), under the decision."""
CONTACT_LINE = re.compile(r"^(?:(?:officer|report)\s+contact|contact\s+officer|contact"
                          r"|report\s+author|lead\s+officer)s?\s*:\s*\S", re.I)
"""A paper's contact under its entry ('Officer contact: Gareth Dane on 01632 …')."""


def unnumbered_at(lines: list[Line], i: int, end: int, numbered: bool) -> Header | None:
    """Return an unnumbered header: a web-page title with its markers, or a stub."""
    text = lines[i].text
    # '2022/23 Budget Setting' in bold among unnumbered headings: the year it covers.
    if not text or is_noise(text) or (NUMBERED.match(text) and not (
            lines[i].heading and FIGURES_TITLE.match(text))) or NUMBER_ALONE.match(text) \
            or PUBLIC_COUNT.match(text) or CONTINUED.search(text) or _part_label(text) \
            or ADDITIONAL_RUN_IN.match(text):
        return None
    badge = file_badge(text)
    j = next_filled(lines, i, end, limit=2)
    # A bold 'Minutes' with no colon is the next item's heading, not this one's label.
    marked = j is not None and MARKER_AFTER.match(lines[j].text) is not None \
        and (lines[j].text.endswith(":") or not COPULA.search(text)) \
        and (lines[j].text.endswith(":") or not lines[j].heading)
    # 'There were 3 members of the public present' / 'MINUTES': a sentence over a heading in
    # capitals, not an item's title over a meeting page's label.
    named = (text[:badge.start()] + " " + text[badge.end():]).strip() if badge else ""
    if badge and named and is_title_like(text[:badge.start()] or named) \
            and not _attachment(lines, i):
        # 'Minutes PDF 130 KB': a title with its file's badge; the badge alone titles nothing.
        return finish_header(lines, i, i, "", text, end)
    if not numbered and not marked and j is not None and _described(lines, i, j, end) \
            and is_title_like(text) \
            and len(text.split()) <= BARE_TYPED_WORDS:
        # 'Apologies' / 'To note apologies for absence.' / 'Minutes:': a meeting page's item
        # with no number, its agenda's description between it and its minutes.
        return finish_header(lines, i, i, "", text, end, wrap=False)
    above = next(iter(_filled_above(lines, i, 3)), None)
    if above is not None and attendance_list(lines[above].text) == "":
        # 'In Attendance' / 'Ann Ash, Ben Bell' / 'Minutes': the list under its label, not an
        # item whose minutes follow.
        return None
    if marked and (_under_item_heading(lines, i) or _under_label(lines, i) or (
            above is not None and _described(lines, above, i, end))):
        # '5.' / 'POLICE UPDATE PDF 310 KB' / 'Report by Area Commander' / 'Minutes:': the line
        # between a meeting page's item and its minutes says what the item's paper is.
        return None
    stub_title = cut_stub(text, "")[0] if STUB.match(text) else text
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    if STUB.match(before) and not SENTENCE_END.search(before):
        # 'Date of Next Meetings' / 'Dates of next meetings were confirmed …': its text.
        stub_title = ""
    if (marked or STUB.match(text)) and is_title_like(stub_title) and len(stub_title.split()) <= 16:
        title, rest = cut_stub(text, "")
        header = finish_header(lines, i, i, "", title, end)
        return Header(header.line, header.body, "", header.title, header.agenda_ref,
                      header.score, rest)
    if opens_paragraph(lines, i) and is_title_like(text) and not SENTENCE_END.search(text) \
            and ref_line_after(lines, i, end) is not None:
        return finish_header(lines, i, i, "", text, end)
    if not numbered and text.endswith(")") and (ref := ITEM_REF.search(text)) \
            and ref.end() == len(text) and ref.start() > 0 and opens_paragraph(lines, i) \
            and is_title_like(text[:ref.start()]):
        # 'Apologies for absence (Item 1)': the agenda's reference closing an unnumbered heading.
        return finish_header(lines, i, i, "", text, end)
    if not numbered and (caps_heading(text) or caps_word(lines, i, end)):
        return finish_header(lines, i, i, "", text, end)
    if not numbered and text.endswith(":") and caps_heading(text[:-1]) \
            and (i == 0 or not lines[i - 1].text) and minute_after(lines, i, end):
        # 'APOLOGIES FOR ABSENCE:' alone on its line, its minute under it: a heading in
        # capitals that a typist closed with a colon.
        return finish_header(lines, i, i, "", text[:-1], end)
    if not numbered and text.endswith(":") and _colon_line(lines, i, end):
        # 'Footpath at Mill Lane:' on a line of its own, its minute on the lines under it, no
        # blank line between: a subject closed by its colon.
        return finish_header(lines, i, i, "", text[:-1].rstrip(), end, wrap=False)
    if not numbered and shown_as_heading(lines, i, end):
        k = _bold_wrap(lines, i, end)
        return finish_header(lines, i, k, "", f"{text} {lines[k].text}" if k > i else text, end,
                       wrap=False)
    if not numbered and _follows_decision(lines, i) and is_title_like(text) \
            and len(text.split()) <= 14 and not ITEM_REF.search(text) and not text.endswith(":") \
            and not MOTION_LABEL.match(text):
        return finish_header(lines, i, i, "", text, end)
    return None


COLON_LINE_WORDS = 6
MIN_COLON_TEXT_WORDS = 3
"""The fewest words of the text under a subject closed by its colon (not a share button's
'Share this:' over 'Twitter')."""


TEXT_OPENING = re.compile(r"^(?P<bullet>[-–•*]\s+)?[A-Z0-9]")
"""A minute's first line: a capital or figure, perhaps after its bullet ('- EH gave the …')."""
MIN_BULLET_TEXT_WORDS = 8
"""The fewest words of a bulleted minute under a subject closed by its colon: a sentence, not
an entry of a list under its label ('Additional roles agreed:' / '– Roads Lead – Jo Bell')."""


def _colon_line(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short subject closed by its colon opening a paragraph, its text on
    the next line: not a list's label ('Present:'), a field's or a decision's."""
    text = lines[i].text[:-1].rstrip()
    return (i == 0 or not lines[i - 1].text) and i + 1 < end and bool(lines[i + 1].text) \
        and 0 < len(text.split()) <= COLON_LINE_WORDS and is_title_like(text) \
        and (opening := TEXT_OPENING.match(lines[i + 1].text)) is not None \
        and len(lines[i + 1].text.split()) >= (
            MIN_BULLET_TEXT_WORDS if opening.group("bullet") else MIN_COLON_TEXT_WORDS) \
        and not ATTENDANCE_LABEL.match(lines[i].text) \
        and text.lower() not in PART_LABELS and not SENTENCE_VERB.search(text)


def _attachment(lines: list[Line], i: int) -> bool:
    """Return True for a file listed under a meeting page's 'Additional documents:' label
    ('Cofnodion 18.11.25 - Saesneg , eitem 3. pdf eicon PDF 139 KB'), not an item's heading."""
    for k in range(i - 1, max(-1, i - ATTACHMENT_REACH), -1):
        text = lines[k].text
        if not text:
            continue
        if ADDITIONAL.match(text):
            return True
        if not file_badge(text):
            return False
    return False


def _described(lines: list[Line], i: int, j: int, end: int) -> bool:
    """Return True if line j, under line i, is an agenda's description of an item with its
    minutes' label after it ('To note apologies for absence.' / 'Minutes:')."""
    k = next_filled(lines, j, end, limit=2)
    description = lines[j].text
    return k is not None and MARKER_AFTER.match(lines[k].text) is not None \
        and not SENTENCE_END.search(lines[i].text) and not lines[i].text.endswith(":") \
        and (description.startswith("To ") or bool(SENTENCE_END.search(description))) \
        and MARKER_AFTER.match(description) is None


def _filled_above(lines: list[Line], i: int, reach: int) -> list[int]:
    """Return the indexes of the non-blank lines within reach above line i, nearest first; a
    page's link ('• Share this item') is passed over."""
    return [k for k in range(i - 1, max(-1, i - 1 - reach), -1)
            if lines[k].text and not lines[k].text.startswith("•")]


def _under_label(lines: list[Line], i: int) -> bool:
    """Return True if the line above line i is a block's label ('Decision:'): line i is what
    the block says ('There were no public questions.'), not a heading."""
    above = lines[k].text if (k := next(iter(_filled_above(lines, i, 3)), None)) is not None \
        else ""
    return above.endswith(":") and 0 < len(above.split()) <= BLOCK_LABEL_WORDS


DESCRIPTION_LINES = 2
"""How many lines of an agenda's description may stand between an item's heading and the
line under them."""


def _under_item_heading(lines: list[Line], i: int) -> bool:
    """Return True if the line above line i is an item's heading: numbered, under a number
    alone, or carrying its paper's file badge; or if only the agenda's description of that
    item stands between ('21/02733/FUL PDF 402 KB' / 'Construction of a dwelling' / 'Land
    north of …': the site is the description's second line)."""
    above = _filled_above(lines, i, 12)[:DESCRIPTION_LINES + 2]
    for n, k in enumerate(above[:DESCRIPTION_LINES + 1]):
        heading = lines[k].text
        between = lines[above[n - 1]] if n else None
        if between is not None and (between.heading or MARKER_AFTER.match(between.text)
                                    or NUMBER_ALONE.match(between.text)):
            # A heading, a minutes' label or a number alone ('53a') between: line i is
            # another item's.
            return False
        if SENTENCE_END.search(FILE_BADGE.sub(" ", heading).strip()):
            continue
        if file_badge(heading) or NUMBERED.match(heading) \
                or (n + 1 < len(above) and NUMBER_ALONE.match(lines[above[n + 1]].text)):
            return True
    return False


def plain_headings(lines: list[Line], start: int, end: int, tight: bool = False) -> list[Header]:
    """Return the headings of minutes that mark them only by setting them apart: a short phrase
    as a paragraph of its own, with prose after it ('Police Report' / 'PC Arbuthnott attended
    …'), where the record has several and one is a heading most minutes open or close with.

    tight: the phrase opens its paragraph instead, its prose on the next line and the minute's
    paragraphs kept one to a line ('Shore path' / 'Peter Moffat raises the state of …').
    """
    found = []
    for i in range(start, end):
        text = lines[i].text
        if not text or (i > start and lines[i - 1].text) or i + 1 >= end \
                or bool(lines[i + 1].text) != tight:
            continue
        if tight and _tight_prose_words(lines, i + 1, end) < TIGHT_PROSE_WORDS \
                and not STUB.match(text) and not _whole_sentence(lines, i + 1, end):
            # 'Date of next meeting' / 'Wednesday 9th December …' is as short as it is anywhere;
            # 'Monthly Reports' / 'The monthly reports circulated … were noted.' is a sentence.
            continue
        numbered = NUMBERED.match(text)
        number, text = (numbered.group("num"), numbered.group("rest")) if numbered else ("", text)
        if len(text.split()) > PLAIN_HEADING_WORDS or SENTENCE_VERB.search(text) \
                or any(VERBISH.match(word) or re.fullmatch(r"[a-z]{3,}ed", word)
                       for word in text.split()) \
                or not (is_title_like(text) or ABBREVIATION.fullmatch(text)) \
                or (SENTENCE_END.search(text) and not ABBREVIATION.fullmatch(text)
                    and not _stopped_phrase(text)) \
                or attendance_list(text) is not None \
                or (RECORD_WORDS_ONLY.match(text) and not _confirms_minutes(lines, i + 1, end)) \
                or first_date(text) or text.endswith((":", ",", ";")):
            continue
        j = i + 1 if tight else next_filled(lines, i, end, limit=1)
        if j is None or len(lines[j].text.split()) < PLAIN_PROSE_WORDS \
                or not re.search(r"\b[a-z]{3,}\b|,", lines[j].text):
            # Prose after it, or a list ('Apologies' / 'G. Hendry, Cllr P. Laing, C. Ogilvie').
            continue
        found.append(finish_header(lines, i, i, number, text, end, wrap=False))
    if len(found) < MIN_PLAIN_HEADINGS or not any(
            OPENING_HEADING.match(h.title) or STUB.match(h.title) for h in found):
        return []
    return found


def subheads_of_bare(headers: list[Header], plain: list[Header], lines: list[Line],
                     end: int) -> list[Header]:
    """Return headers with each one in capitals that has no text of its own, phrases in small
    letters set apart with their prose right under it, replaced by those phrases: 'MATTERS
    ARISING' / 'Bus Shelter' / 'The Clerk reported …' / 'Footpath Signs' / … are minutes of their
    own under a group's heading."""
    lines_of = {h.line for h in headers}
    found = []
    for here, after in zip(headers, [*headers[1:], None], strict=True):
        stop = after.line if after else end
        under = [p for p in plain if here.line < p.line < stop and p.line not in lines_of
                 and not p.title.isupper()]
        if len(under) >= MIN_SUBHEADS and here.title.isupper() \
                and next_filled(lines, here.line, end, limit=2) == under[0].line:
            found += under
        else:
            found.append(here)
    return found


def _stopped_phrase(text: str) -> bool:
    """Return True for a short phrase a typist closed with a full stop ('Finance.', 'Playing
    Field.', 'Precept 2027-28.'): a heading set apart, not a sentence ('None.', 'Noted.')."""
    words = text[:-1].split()
    return bool(words) and text.endswith(".") and not text.endswith("..") \
        and len(words) <= STOPPED_PHRASE_WORDS \
        and not SENTENCE_END.search(text[:-1]) \
        and words[0].strip(".,").lower() not in ONE_WORD_MINUTES


SENTENCE_WORDS = 6
CONFIRMED_MINUTES = re.compile(r"\bminutes\s+of\s+the\s+(?:[\w-]+\s+){0,3}meeting\b.{0,120}?"
                               r"\b(?:confirmed|approved|adopted|agreed|signed)\b", re.I | re.S)
CONFIRM_LINES = 3


def _confirms_minutes(lines: list[Line], k: int, end: int) -> bool:
    """Return True if the paragraph from line k confirms earlier minutes ('Minutes' / 'On the
    proposal of …, the minutes of the meeting of 18th June 2007 were confirmed'): 'Minutes'
    over it is that item's heading, not the record's label."""
    text = " ".join(lines[n].text for n in range(k, min(end, k + CONFIRM_LINES)) if lines[n].text)
    return CONFIRMED_MINUTES.search(text) is not None


def _whole_sentence(lines: list[Line], k: int, end: int) -> bool:
    """Return True if line k is a sentence of its own: a capital, a verb, a full stop, and no
    line of its paragraph after it."""
    text = lines[k].text
    return (k + 1 >= end or not lines[k + 1].text) and text[:1].isupper() \
        and text.endswith(".") and len(text.split()) >= SENTENCE_WORDS \
        and SENTENCE_VERB.search(text) is not None


def _tight_prose_words(lines: list[Line], k: int, end: int) -> int:
    """Return the words of the prose that opens on line k under a heading: its line's, or its
    paragraph's where the text was saved wrapped ('Shore path' / 'Peter Moffat raised the state
    of the shore path beyond the' / 'slipway, which …'), its lines far longer than the heading."""
    words = len(lines[k].text.split())
    if k + 1 >= end or not lines[k + 1].text or len(lines[k - 1].text) * 2 > len(lines[k].text):
        return words
    last = k
    while last + 1 < end and lines[last + 1].text and last - k < WRAP_PARAGRAPH_LINES:
        last += 1
    return sum(len(line.text.split()) for line in lines[k:last + 1])


def _bold_wrap(lines: list[Line], i: int, end: int) -> int:
    """Return the line a bold heading at i wraps onto ('… fence along' / 'the churchyard'),
    or i if it does not."""
    k = i + 1
    if k < end and lines[k].heading and lines[k].text and lines[i].text and (
            lines[k].text[:1].islower() or title_unfinished(lines[i].text)) \
            and not NUMBERED.match(lines[k].text):
        return k
    return i
MEETING_FIELD = re.compile(r"^(?:Location|Venue|Place|Duration|Time|Start\s+time|End\s+time"
                           r"|Finish\s+time)\s*:$", re.I)
"""A label of the meeting's own details ('Duration:' / 'Start Time: 6.00pm'), not an item."""


DECISION_LABEL_ALONE = re.compile(r"^(?:it\s+was\s+|and\s+)?(?:resolved|agreed|noted|decided"
                                  r"|carried|approved|(?:(?:council|committee|board)\s+)?"
                                  r"resolution)\s*[:\-–]?$", re.I)
"""A decision's label alone on its line ('RESOLVED:', 'IT WAS resolved:', 'Council
resolution'), over the decision's words: no heading of its own."""


def shown_as_heading(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short line the source shows as a heading, with text after it."""
    text = lines[i].text
    j = next_filled(lines, _bold_wrap(lines, i, end), end, limit=2)
    if j is not None and (_label_line(lines, j, end) or (
            lines[j].heading and DECISION_LABEL_ALONE.match(lines[j].text))):
        # 'Police Report:' / 'PC Baird:' / what she said: the heading, then who speaks; a
        # meeting page's 'Election of Chair' / 'RESOLVED' / 'that …': the heading, then its
        # decision's label.
        j = next_filled(lines, j, end, limit=2)
    wrapped = i > 0 and lines[i - 1].heading and lines[i - 1].text
    above = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), None)
    if _label_line(lines, i, end) and (HONORIFIC_NAME.fullmatch(text[:-1]) or (
            above is not None and lines[above].heading and lines[above].text.endswith(":"))):
        # 'Cllr Mowat:' or, under 'Matters Arising:', 'Moira Kinnaird:': who speaks next.
        return False
    # 'To receive members' declarations of interest.' set in bold: the agenda's words as the
    # item's heading, its stop and all.
    return (lines[i].heading and not wrapped and not QUESTION.match(text)
            and (is_title_like(text) or bool(AGENDA_ENTRY.match(text)))
            and (len(text.split()) <= 14 or (
                len(text.split()) <= LONG_BOLD_WORDS and not SENTENCE_END.search(text)))
            and not (ATTENDANCE_LABEL.match(text) and not text.lower().startswith("apolog"))
            and not MEETING_FIELD.match(text)
            and not is_date_line(text) and j is not None and not lines[j].heading)


def _label_line(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short bold line closed by a colon with plain text after it, as a
    label naming who speaks is ('PC Baird:', 'Moira Kinnaird:')."""
    text = lines[i].text
    j = next_filled(lines, i, end, limit=2)
    return (lines[i].heading and text.endswith(":") and len(text.split()) <= LABEL_WORDS
            and j is not None and not lines[j].heading)


def prose_after(lines: list[Line], i: int, end: int) -> bool:
    """Return True if running text follows line i, not a table's row of names or figures."""
    j = next_filled(lines, i, end, limit=2)
    words = lines[j].text.split() if j is not None else []
    return len(words) >= MIN_PROSE_WORDS and sum(w[:1].islower() for w in words) >= \
        PROSE_LOWER_SHARE * len(words)


MOTION_LABEL = re.compile(r"^(?:Proposed|Seconded|Moved|Carried|Vote)\b")
"""A motion's record under its decision ('Proposed: Cllr A Seconded: Cllr B'), never a heading."""
MOTION_OPENS = re.compile(r"^(?:(?:Proposed|Moved|Seconded)\s+by|On\s+the\s+(?:proposition|proposal"
                          r"|motion)\s+of)\b", re.I)
"""A minute that opens with its motion ('Proposed by Cllr. S. Gavin' on a line of its own)."""


def minute_after(lines: list[Line], i: int, end: int) -> bool:
    """Return True if a minute follows line i: running text, or a motion or decision opening
    on a line of its own ('Proposed by Cllr. S. Gavin' / 'Seconded by …' / 'Resolved:-')."""
    j = next_filled(lines, i, end, limit=2)
    return prose_after(lines, i, end) or (j is not None and bool(
        MOTION_OPENS.match(lines[j].text) or DECISION_OPENS.match(lines[j].text)))


def opens_paragraph(lines: list[Line], i: int) -> bool:
    """Return True if line i follows a blank line or a finished sentence."""
    before = lines[i - 1].text if i > 0 else ""
    return not before or bool(SENTENCE_END.search(before)) or bool(REF_ALONE.match(before))


def caps_word(lines: list[Line], i: int, end: int) -> bool:
    """Return True for one word in capitals on a line of its own, with text under it
    ('FINANCE', 'PLAYGROUND'): a heading of minutes that number nothing; not a label of the
    record ('PRESENT', 'MINUTES' but over the earlier meeting's minutes confirmed), a decision's
    label ('RESOLVED' over its (a), (b) …) nor an acronym."""
    text = _unstopped(lines[i].text.strip())
    j = next_filled(lines, i, end, limit=1)
    confirming = j is not None and text == "MINUTES" and EARLIER_MINUTES.match(lines[j].text)
    return (CAPS_WORD.fullmatch(text) is not None
            and (text.lower() not in RECORD_WORDS or bool(confirming))
            and not DECISION_OPENS.match(text)
            and (i == 0 or not lines[i - 1].text) and j is not None
            and not lines[j].text.isupper() and not ATTENDANCE_LABEL.match(text))


def caps_pair(lines: list[Line], i: int, end: int) -> bool:
    """Return True if lines i and i + 1 are one heading in capitals wrapped in two, with
    running text under it."""
    first, second = lines[i].text, lines[i + 1].text
    return bool(first and second) and is_upper_heading(first) and is_upper_heading(second) \
        and not NUMBERED.match(first) and not NUMBERED.match(second) \
        and (i == 0 or not is_upper_heading(lines[i - 1].text)) \
        and len(f"{first} {second}".split()) <= CAPS_PAIR_WORDS \
        and caps_heading(f"{first} {second}") and prose_after(lines, i + 1, end)


def caps_heading(text: str) -> bool:
    """Return True for a heading in capitals ('ANNUAL GOVERNANCE REPORT 2008/09')."""
    text = _unstopped(text)
    words = text.split()
    return (2 <= len(words) <= 14 and is_upper_heading(text) and not is_date_line(text)
            and not ATTENDANCE_LABEL.match(text) and not re.search(r"[.:;,]$", text)
            and not VOTE_TALLY.search(text) and not OUTCOME_ALONE.match(text)
            and not VOTE_RECORD.search(text))


OUTCOME_ALONE = re.compile(r"^[\"“]?(?:(?:THE\s+)?(?:MOTION|AMENDMENT|PROPOSAL|RECOMMENDATION)\s+"
                           r"(?:WAS\s+)?)?(?:CARRIED|LOST|DEFEATED|FAILED|WITHDRAWN)"
                           r"(?:\s+UNANIMOUSLY)?[\"”]?$")
"""A motion's outcome on a line of its own ('"MOTION LOST"', 'CARRIED'), not a heading."""
VOTE_TALLY = re.compile(r"\b(?:FOR|AGAINST|ABSTENTIONS?|ABSTAINED)\s*[:=-]?\s*\d")
"""'FOR: 12  AGAINST: 3': a vote's tally typed in capitals, not a heading."""
VOTE_RECORD = re.compile(r"^(?:ROLL\s+CALL\s+)?VOTE\b\s*[.:]|\b(?:MOVED|SECONDED)\b")
"""'VOTE. NO. ASH, COLE.', 'ASH/BELL – MOVED TO ADOPT THE AGENDA': a motion and how
members voted on it, typed in capitals, not a heading."""


def _unstopped(text: str) -> str:
    """Return a line without the full stop a typist closed a heading in capitals with
    ('VOTES OF SYMPATHY.', 'CORRESPONDENCE.'); an ellipsis stays."""
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def opening_heading(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a paragraph that is one of the headings most minutes open with, in a
    line of its own with text after it ('Consider Declarations of Interest on Agenda Items',
    'Matters Arising (from the meeting held on 9th September 2014)'): the business before the
    numbered items."""
    text = lines[i].text
    return (not lines[i - 1].text and bool(OPENING_HEADING.match(text))
            and next_filled(lines, i, end, limit=2) is not None
            and len(text.split()) <= OPENING_WORDS and is_title_like(text)
            and not SENTENCE_VERB.search(text) and not text.rstrip().endswith((".", ":")))


def _follows_decision(lines: list[Line], i: int) -> bool:
    """Return True if the last non-blank line before i starts a decision (RESOLVED …)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if lines[j].text:
            # 'RESOLVED:' alone opens the resolution under it; it closes nothing.
            return bool(DECISION_START.match(lines[j].text)) and lines[j + 1].text == "" \
                and not lines[j].text.rstrip().endswith((":", ":-", "-", "–"))
    return False
CONTINUED = re.compile(r"(?:\s[-–—]\s*|\s\(|\s)(?:continued|cont['’]?d\.?)\)?$", re.I)
"""A heading repeated at a page's head for the item going on ('… - Continued')."""
