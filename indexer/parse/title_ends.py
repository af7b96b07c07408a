"""Where an item's title ends and its text begins: colons, dashes, stops and sentences run in."""

from __future__ import annotations

import re

from .blocks import (
    FUNCTION_WORDS,
    SENTENCE_END,
    clean_title,
    is_title_like,
    is_upper_heading,
    title_cased,
)
from .dates import first_date
from .mentions import mentions
from .runin import (
    APPLICATION_REF,
    OPENERS,
    SENTENCE_OPENERS,
    SMALL_WORDS,
    VERBISH,
    heading_dash_tail,
    opener_cut,
)
from .running_headings import DATE_OPENING
from .speech import SPEECH_VERBS, speaking, starts_with_speech

OPENED_HEADING_WORDS = 8
OPENED_RUN_IN_WORDS = 12
"""The most words of a heading run into its sentence after a number ('12 Annual report on the
Integrated Risk Management Plan 2019 – 20 The Director … submitted')."""
"""The longest title-case heading run into its sentence after a number with no stop."""
LONG_TITLE_WORDS = 32
_RUNNING_REF = r"[A-Z]{0,4}\d{1,4}[/:]\d{1,4}(?:[/:]\d{1,4})?"
TRAILING_REF = re.compile(rf"\s(?:\((?!\d{{1,2}}:\d{{2}}:\d{{2}}\))(?P<ref>{_RUNNING_REF})\)"
                          rf"|[-–]\s+(?:Ref(?:erence)?|Minute)\.?\s*(?P<cited>{_RUNNING_REF}))$")
"""A minute's running reference after its title: 'Apologies (21/42)', 'Apologies - Ref 23/041'."""
MAX_TITLE_WORDS = 14
"""The most words a wrapped title's further line may have."""
STUB = re.compile(r"^(?:(?:the\s+)?(?:time\s+and\s+)?dates?\s+(?:and\s+time\s+)?(?:of|for)\s+"
                  r"(?:the\s+)?"
                  r"(?:next|future|forthcoming)?\s*(?:meetings?|AGM|annual\s+(?:general\s+)?meeting)"
                  r"(?:\s+in\s+\d{4}(?:/\d{2,4})?)?|next\s+meeting(?=\s*[-–:,]?\s+(?:[A-Z][a-z]+day|\d)))",
                  re.I)
MONTH_OR_UNIT = re.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|^(?:Councillors|Members|"
    r"members|people|residents|houses|dwellings|pm|am|years?|months?|weeks?|days?|hours?)\b")
AGENDA_ENTRY = re.compile(r"^To\s+(?i:receive|consider|approve|note|agree|confirm|resolve|review"
                          r"|discuss|adopt|accept|elect|appoint|decide|authorise|authorize"
                          r"|ratify|sign|set|answer|hear)\b"
                          r"|^(?:Receive|Consider|Approve|Note|Agree|Confirm|Review|Discuss|Adopt"
                          r"|Elect|Appoint|Decide|Ratify)(?:\s+and\s+[a-z]+)?\s+(?:the|any|all)\s")
LIST_SENTENCE = re.compile(r"(?:The|A|An|It|This|These|All)\s")
"""A sentence that introduces its list ('The following payments were agreed:'), not a heading."""
SENTENCE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\s+[a-z]")
NIL_RETURN = re.compile(r"\s(?P<nil>(?:None|Nil|Nothing|NONE|NIL)(?:\s+(?:were\s+|was\s+)?"
                        r"(?:received|declared|made|reported|to\s+(?:report|declare)|noted))?\.?)$")
"""A heading's nil return run on after it: 'None', 'Nil received', 'None were declared.'"""
OPENING_HEADING = re.compile(
    r"^(?:To\s+|(?:Consider|Receive|Note|Approve)\s+)?(?:(?:receive|consider|note|approve)\s+)?"
    r"(?:the\s+)?(?:Apologies|Declarations?\s+of|(?:Approval\s+of\s+(?:the\s+)?)?Minutes\s+of"
    r"|Matters\s+arising|Correspondence|Chair(?:man)?['’]?s\s+report|Clerk['’]?s\s+report"
    r"|Finance|Financial\s+(?:report|matters)|Accounts\s+for|Planning\s+(?:applications?|matters)"
    r"|Police\s+report|Public\s+(?:forum|participation|session|questions)|Open\s+(?:forum|session)"
    r"|Any\s+other\s+business|Date\s+of\s+(?:the\s+)?next\s+meeting|Reports?\s+from"
    r"|Ymddiheuriadau|Datgan\w*\s+(?:o\s+)?[Bb]uddiant|Materion\s+yn\s+codi|Gohebiaeth"
    r"|Unrhyw\s+fater\s+arall|Dyddiad\s+y\s+cyfarfod\s+nesaf)\b", re.I)
"""The headings that open most minutes, in the words clerks use for them, in English or Welsh
('Ymddiheuriadau', 'Datgan Buddiant', 'Materion yn codi', 'Gohebiaeth')."""
OPENING_CUT_WORDS = 6
ABSENT_HEAD = re.compile(r"(?:Apologies(?:\s+for\s+absence)?|Absent|Absences|Present"
                         r"|In\s+attendance)", re.I)
"""A heading whose text is names, however few ('Apologies - Joan Oakes, Alan Clegg')."""
PRESENTER_WORDS = 4
"""Words of an opening heading that a dash sets off from its text."""
SPEAKER_REACH = 30
"""How far into a dash's gloss a speaker may be named ('Police – PCSO Tamsin Polglase …')."""
AGENDA_VERBS = frozenset("consider receive approve note agree discuss review adopt confirm elect"
                         " appoint".split())
HEAD = r"(?:[^–-]|(?<=\w)-(?=\w))"
"""A heading's character before its dash: a hyphen inside a word ('Vice-Chairman') too."""
TASK_AFTER_DASH = re.compile(r"\s[–-]\s+(?=to\s)")
"""The dash before an agenda entry's task ('Payments – to approve …')."""
POINT_AFTER = re.compile(r"^(?P<head>[A-Z][^.:;]{1,80}?)\s+(?:\.-\s*|(?=\.\d{1,2}\s))"
                         r"(?P<tail>.*)$")
"""A typed heading closed by ' .-' or by its first point's '.1' ('Finance .1 The bank …')."""
DASH_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+"
                        r"(?P<tail>[a-z]\S*(?:\s+\S+){5,}.*)$")
ELLIPSIS_RUN_IN = re.compile(r"^(?P<head>[^.…]{3,80}?)\s*(?:\.{3}|…)\s+(?P<tail>\S.*)$")
"""A heading closed by an ellipsis, its text run on after it ('Clerk’s hours … The Clerk left')."""
STOP_BEFORE_FIGURES = re.compile(r"^(?P<head>[A-Z][^.:]{0,60}?[a-z]{3})(?<!\bCllr)(?<!\bRevd)"
                                 r"(?<!\bProf)(?<!\bCapt)(?<!\bSupt)(?<!\bInsp)(?<!\bCyng)\.\s+"
                                 r"(?P<tail>\d\S*\s.*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s?:\s.*)$")
"""A heading closed by its stop over text opening with a figure or with who reports ('Financial
report. Tormid: £1,204 in the bank'); a word of three letters or more before the stop, so
'Footpath No. 14' stays whole, and not an honorific's ('Motion from Cllr. Hebden: …')."""
GLUED_COLON = re.compile(r"^(?P<head>[^:]{3,60}?[A-Za-z0-9’')]):(?=[A-Z])")
HEAD_REACH = 70
"""How far into a line a run-in heading's closing stop or colon can stand (the patterns above
allow at most 65 characters before it)."""
SPOKEN_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+(?P<tail>[A-Z].*)$")
OUTCOME_FIRST = re.compile(r"^(?:read\s+and\s+|duly\s+)?(?:(?:approved|agreed|accepted|adopted"
                           r"|confirmed|deferred|resolved|noted|received)\s+(?:as|that|to|by|and"
                           r"|with|for|subject|unanimously)\b|(?:approved|agreed|accepted|adopted"
                           r"|confirmed|carried)(?:[.;]|\s+\d))")
"""A minute's text opening with its outcome after a heading's dash ('– approved as a correct
record', '– agreed that …', '– read and approved.', '– carried 6 for, 2 against.'), not a
gloss ('– noted' alone)."""
SHORT_DASH_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+(?P<tail>[a-z].*)$")
"""Fewer lower-case words after the dash are text only as a sentence with its verb ('Matters
arising – the bench has been repaired'), not a gloss ('Correspondence - all circulated')."""
HEADING_STOP = re.compile(r"^(?P<head>[A-Z0-9](?:[\w'’& –-]{1,40}[a-z]/\s?(?=[A-Z]))?"
                          r"[\w'’&/ –-]{2,40}(?:,[\w'’&/ –-]{2,30}){0,2}"
                          r"(?:\s\([\w'’&/ ,-]{2,30}\))?)(?<!\b[A-Z])(?<!\d\s[Nn][Oo])"
                          r"(?<!\bCllr)(?<!\bCllrs)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bRev)"
                          r"\.\s+(?:(?=[A-Z]|No\b|\(?[a-z]\)\s|[a-z]\.\s)|[-–]\s+(?=\S))")
"""A heading closed by a full stop, then its sentence: 'Apologies. Apologies were received' (or
'Planning. - 17/00389/FUL, Low Garth …', a dash after the stop), a
bilingual one ('Cofrestriad o ddiddordeb/Registration of interest (if known at this point). B.
Jones …'), or its first lettered point ('Cyllid/Finance. a) Payments …'); not a count's 'No.'
('ERECTION OF 6 NO. TWO BEDROOM FLATS') nor an honorific's ('The Mayor, Cllr. Mrs. Ince took …')."""
STOPPED_WORDS = 6
BARE_WORDS = 10
BARE_TYPED_WORDS = 16
"""Words of a heading after a number with no stop ('1 Police Report'); more if set as one."""
"""The longest heading a bare number's line may close with a full stop before its text."""
LIST_OPENS = re.compile(r"\s(?:i|a)$")
"""A list's first marker closing a heading's words ('… Local Plan i')."""


COLON_WRAP_WORDS = 8


def colon_closing(text: str) -> int | None:
    """Return where the colon closing a wrapped heading's rest falls in text ('Osier Lane
    roundabout: Ms Ure showed …'), within COLON_WRAP_WORDS words that read as a heading, or
    None."""
    colon = text.find(":")
    head = text[:colon]
    if colon < 1 or len(head.split()) > COLON_WRAP_WORDS or re.search(r"[.;!?]", head) \
            or SENTENCE_VERB.search(head):
        return None
    return colon


def is_sentence(title: str, labelled: bool = False) -> bool:
    """Return True for a numbered paragraph's opening that is a sentence, not a heading: it
    ends with a full stop, or opens with an article ('It was agreed …'), and has its verb."""
    words = title.split()
    return bool((SENTENCE_END.search(title) or (labelled and LIST_SENTENCE.match(title))
                 or (len(words) >= MIN_OPENED_WORDS and words[0] in SENTENCE_ARTICLES))
                and SENTENCE_VERB.search(title))


def untitled_sentence(title: str, body: str) -> tuple[str, str]:
    """Return a numbered paragraph's heading and text, with no heading if it opens with its
    sentence ('1. It was agreed that Peter Kealey should chair the group …', 'Mr Hocking
    reported that …', 'Resolved, That the minutes … be confirmed.')."""
    if title and (is_sentence(title) or reads_as_speech(title)
                  or title in LABEL_DECISIONS or LABEL_THAT.match(title)):
        return "", f"{title} {body}".strip()
    return title, body


def stopped_heading(text: str) -> tuple[str, str] | None:
    """Split 'Apologies. Apologies were received …' at the full stop that ends its heading."""
    match = HEADING_STOP.match(text)
    if not match:
        return None
    head, rest = match.group("head").strip(), text[match.end():]
    if _other_language(head, rest):
        # '1. Croeso’r Cadeirydd. The Chair’s Welcome.': a heading given in Welsh, then in
        # English, is one heading.
        return None
    marker = LIST_OPENS.search(head)
    if marker:
        # 'Draft Local Plan i. The Councillors were …': the stop is a list's first marker's.
        return head[:marker.start()], f"{marker.group(0).strip()}. {rest}"
    return head, rest


NOT_A_HEADING = frozenset("None Nil Cllr Cllrs Councillor Councillors Mr Mrs Ms Dr".split())
"""Words a heading's text opens with that no heading in another language does: 'Apologies.
Cllr P. Hale', 'Order of Business. None'."""


def _other_language(head: str, rest: str) -> bool:
    """Return True if rest gives head again in another language: as short, in title case, with
    no verb, and ending the line ('Ymddiheuriadau. Apologies.')."""
    words = rest.rstrip(".").split()
    return 0 < len(words) <= max(2 * len(head.split()), 3) + 2 \
        and words[0] not in SENTENCE_ARTICLES and words[0].rstrip(".,") not in NOT_A_HEADING \
        and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in words) \
        and not SENTENCE_VERB.search(rest) and rest.count(".") <= 1 \
        and words[0].strip(":;,–-").upper() not in LABEL_DECISIONS


def opening_heading_cut(title: str) -> tuple[str, str] | None:
    """Split one of the headings minutes open with from the text run on after it: after a dash
    ('Apologies for Absence – Rita Okafor (Clerk), Cllr Wragg', 'Apologies - Joan Oakes',
    but not before a date nor before a presenter's name: 'Chairman's Report – F Reid'), or
    where a sentence starts with a name and its verb ('Public Forum Joan Hebb referred …')."""
    dashed = SPOKEN_GLOSS.match(title)
    if dashed and len(dashed.group("head").split()) <= OPENING_CUT_WORDS \
            and (len(dashed.group("tail").split()) > PRESENTER_WORDS
                 or (ABSENT_HEAD.fullmatch(dashed.group("head")) is not None
                     and _names_first(dashed.group("tail")))) \
            and OPENING_HEADING.match(dashed.group("head")) \
            and not first_date(dashed.group("tail")[:20]) \
            and not (title.isupper() and re.search("[A-Z]", dashed.group("tail"))):
        # 'PLANNING APPLICATION 18C102 – ERECTION OF BARN, …': a tail in capitals, as its
        # heading is, goes on with the heading.
        return dashed.group("head"), dashed.group("tail")
    opening = OPENING_HEADING.match(title)
    nil = NIL_RETURN.search(title) if opening else None
    if nil and nil.start() >= opening.end():
        # 'Declarations of interest None.', 'Apologies Nil received': nothing to record.
        return title[:nil.start()].rstrip(" :-–"), nil.group("nil")
    # 'Declarations of Interest Members are reminded …': a heading ending on 'of' runs on.
    words = title[opening.end():].split() if opening \
        and opening.group(0).split()[-1].lower() not in SMALL_WORDS else []
    for k in range(1, min(len(words), 4)):
        if not words[k - 1][:1].isupper() or words[k - 1].lower() in SMALL_WORDS:
            return None
        if VERBISH.match(words[k]) or re.fullmatch(r"[a-z]{3,}ed", words[k]):
            return title[:opening.end()], " ".join(words)
    return None


def _names_first(text: str) -> bool:
    """Return True if text opens with a person's name ('Joan Oakes, Alan Clegg', not
    'Ref 26/031: Councillor M Yelverton')."""
    found = mentions(text)
    return bool(found) and found[0].start == 0


def bare_heading(rest: str, typed: bool = False) -> bool:
    """Return True for '1 Police Report': a number and a short heading with no full stop.

    typed: the line is set as a heading (bold or a heading element), which vouches for a
    longer title ('335 Minutes of the Full Council meeting held on 10 March 2025').
    """
    title = clean_title(rest)[0]
    words = title.split()
    # A title with every word but the small ones capitalised vouches for itself as a heading
    # does ('10 His Majesty's Inspectorate of Fire & Rescue Services – Inspection Report').
    most = BARE_TYPED_WORDS if typed or title_cased(words) else BARE_WORDS
    return (0 < len(words) <= most and is_title_like(title) and not SENTENCE_END.search(title)
            and not MONTH_OR_UNIT.match(title)) or is_upper_heading(title)


def long_wrapped_title(title: str) -> bool:
    """Return True for a heading that wrapped over two lines and reads as one: capitalised,
    no verb, no closing full stop, not ending on a small word, at most LONG_TITLE_WORDS."""
    words = title.split()
    return len(words) <= LONG_TITLE_WORDS and title[:1].isupper() \
        and not SENTENCE_VERB.search(title) and not SENTENCE_END.search(title) \
        and words[-1].lower() not in FUNCTION_WORDS and not reads_as_speech(title)


def _head_words(head: str) -> int:
    """Return a heading's words, a bilingual one's ('Cofnodion cyfarfod/Minutes of meeting of 8th
    May 2025') counted in its longer language, a bracketed note ('(if known at this point)')
    left out."""
    head = re.sub(r"\s\([^()]*\)$", "", head)
    return max(len(part.split()) for part in head.split("/"))


def opened_run_in(rest: str) -> tuple[str, str] | None:
    """Return (heading, text) of a short heading run into a sentence that visibly opens ('89
    Village Green The Clerk reported …', '93 County Councillor's report County Cllr Pike …'),
    or of an agenda's words run into it ('92 To receive the Clerk's report … The Clerk said
    …'), as a numbered paragraph's heading with no mark after it is typed; else None."""
    cut = opener_cut(rest)
    if cut is None or not cut[0]:
        return None
    head = cut[0].split()
    if AGENDA_ENTRY.match(cut[0]):
        return cut if len(head) <= MAX_TITLE_WORDS else None
    # A dash between figures is a year's range ('2019 – 20'), not the heading's end.
    dash = next((k for k, word in enumerate(head) if word in ("-", "–")
                 and not (head[k - 1][-1:].isdigit() and head[k + 1:k + 2]
                          and head[k + 1][:1].isdigit())), None)
    if dash and not (len(head) <= OPENED_HEADING_WORDS and dash + 1 < len(head)
                     and not head[dash + 1][:1].islower()):
        # '95 Ruskett Hall – request for help with heating … The trustees …': the heading,
        # a note of what is asked, then the sentence ('COVID-19 – Service response and
        # recovery The Chief Fire Officer …' and '… outturn 2019 – 20 The …' are one heading).
        cut, head = (" ".join(head[:dash]), f"{' '.join(head[dash + 1:])} {cut[1]}"), head[:dash]
    return cut if len(head) <= OPENED_RUN_IN_WORDS and head[0][:1].isupper() else None


def stopped_run_in(rest: str) -> bool:
    """Return True for '1 Apologies for absence. It was resolved …' or '6 Matters arising.':
    a short heading without a verb, closed by its full stop, perhaps run into its text."""
    stopped = stopped_heading(rest) or (
        (rest[:-1], "") if rest.endswith(".") and rest.count(".") == 1 else None)
    if not stopped:
        return False
    head = stopped[0]
    return _head_words(head) <= STOPPED_WORDS and is_title_like(head) \
        and not SENTENCE_VERB.search(head) and not MONTH_OR_UNIT.match(head)


STUB_TAIL = re.compile(r"^(?:is|was|will|would|IS|WAS|WILL|[-–,:;])\b|^[-–,:;]"
                       r"|^\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+[A-Z](?:[a-z]|[A-Z]{2})"
                       r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                       r"|^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")
"""What follows the next meeting's heading on its line: 'is …', a dash, its date or day, in
capitals too ('DATE OF NEXT MEETING 11TH APRIL 2024')."""


def cut_stub(title: str, body: str) -> tuple[str, str]:
    """Cut 'Date of next meeting is 6th September 2016' or 'Date of Next Meeting 10th August
    2012' to its heading and its text."""
    stub = STUB.match(title)
    rest = title[stub.end():].strip() if stub else ""
    if stub and STUB_TAIL.match(rest) and not TRAILING_REF.fullmatch(f" {rest}"):
        # ('Date of next meeting - Ref 26/034': the minute's reference stays with its title.)
        return stub.group(0), f"{rest.lstrip('-–,:; ')} {body}".strip()
    return title, body


REFERENCE_HEAD = re.compile(r"^[A-Z]*\d[\w/.-]*\d[\w/]*\b|^[A-Z]{2,}\d{2,}\b")
"""A reference opening a title: '16/00501/OM', '16/00042/TREECA', 'LAIS1389'."""
COLON_TITLE_WORDS = 24


CAPS_TAIL_WORDS = 12
PEOPLE_IN_CAPITALS = re.compile(r"\b(?:CLLRS?|COUNCILLORS?|MRS?|MS|MISS|DR|CHAIR(?:MAN)?|CLERK"
                                r"|MEMBERS?)\b\.?")
"""Words that name people in a heading's tail typed in capitals: the heading's text."""
OUTCOME_TAIL = re.compile(r"(?:Agreed|Approved|Noted|Carried|Resolved|Accepted|Adopted|Confirmed"
                          r"|Deferred|Received)(?:\s+(?:unanimously|nem\.?\s*con\.?))?$", re.I)
"""An outcome alone after a heading's colon ('Minutes of 18.1.2024: Agreed'): its text."""
NIL_TAIL = re.compile(r"(?:None|Nil|N/A)\b(?:\s+(?:received|declared|reported|raised))?$", re.I)
"""A nil answer after a heading's colon ('Matters Arising: None'): its text, not its title's."""


MOVED_AFTER = re.compile(r"^(?!(?:It|This|That|There|He|She|They|We)\b)"
                         r"(?P<head>[A-Z][^:–.]{2,60}?(?<!\b[Mm]otion)(?<!\b[Aa]mendment))"
                         r"\s+(?P<tail>(?:(?:was|were)\s+)?"
                         r"(?:proposed|moved)\s+by\s+[^.]{2,60}?\bseconded\s+by\s.*)$")
"""A heading run into its proposal and seconding, with no mark between them (not a sentence's
subject, 'It was proposed by …', nor a motion named by its mover, 'Notice of Motion proposed by
…', whose mover and seconder are its title's)."""


def _agenda_task(tail: str) -> bool:
    """Return True for an agenda's task after a heading's dash ('to consider the three tenders
    received and award the contract'): part of the entry's title."""
    verb = tail.split()[:2]
    return len(verb) == 2 and verb[0] == "to" and verb[1] in AGENDA_VERBS


CELL_SLASH = re.compile(r"(?<=[a-z0-9’')])\.\s+/(?:\s+|$)")
"""A heading's cell of a table saved as text, closed by its stop and the slash before the next
cell ('To hear the County Councillor’s report. / No report was received …')."""
CELL_REACH = 160
"""Characters into a line within which a heading's cell ends."""
CELL_WORD = 5
"""The fewest letters of the word a heading's cell ends on: a shorter one may be shortened."""


def split_colon(rest: str, *, wrapped: bool = False) -> tuple[str, str]:
    """Split 'Police Report: Attached. …' into its heading and the text that follows it.

    A colon followed by a short title-cased phrase ('Vision Zero: The Road Safety Strategy')
    stays in the title, unless the line runs on into a sentence on the next line.
    """
    # Each pattern is tried only on text holding the words or marks it needs.
    for cell in CELL_SLASH.finditer(rest, 0, CELL_REACH) if ". /" in rest else ():
        # 'To approve the minutes of 8th February 2012. / Proposed by …': a table's row saved
        # with a slash between its cells, the heading's cell closed by its stop ('Dist. /
        # County Councillors' is one heading).
        last = rest[:cell.start()].split()[-1:] or [""]
        if is_title_like(rest[:cell.start()]) and (len(last[0]) >= CELL_WORD or last[0].isdigit()):
            head, text = split_colon(rest[:cell.start()], wrapped=wrapped)
            return head, " ".join(part for part in (text, rest[cell.end():].strip()) if part)
    moved = MOVED_AFTER.match(rest) if "seconded" in rest else None
    if moved and is_title_like(moved.group("head")):
        # 'Minutes of the last meeting proposed by Cllr Pratt and seconded by Cllr Gill':
        # the heading, then who moved and seconded its decision.
        return moved.group("head"), moved.group("tail")
    ellipsis = ELLIPSIS_RUN_IN.match(rest) if "..." in rest or "…" in rest else None
    if ellipsis and is_title_like(ellipsis.group("head")):
        # '2. Declarations of interest … There were none.': the heading, an ellipsis, its text.
        return ellipsis.group("head"), ellipsis.group("tail")
    stopped = STOP_BEFORE_FIGURES.match(rest) if "." in rest[:HEAD_REACH] else None
    if stopped and is_title_like(stopped.group("head")):
        # 'Planning. 4/11/21/017 – Rose Cottage – new porch. No objection.': the heading closed by
        # its stop, its text opening with an application's reference, a figure or a name.
        return stopped.group("head"), stopped.group("tail")
    glued = GLUED_COLON.match(rest) if ":" in rest[:HEAD_REACH] else None
    if glued and is_title_like(glued.group("head")):
        # 'Welcome and Apologies:The Chairman welcomed …': a bold run-in heading whose colon
        # lost its space.
        rest = f"{glued.group('head')}: {rest[glued.end():]}"
    head, sep, tail = rest.partition(": ")
    if sep and head.count("(") > head.count(")") and (close := rest.find(")", len(head))) > 0:
        # 'Appointment of Approving Officer (File: 0540-01)': a colon inside the heading's
        # brackets is no end of it; one after them may be.
        after, sep, tail = rest[close:].partition(": ")
        head = rest[:close] + after
    if sep and REGARDING.search(head):
        # 'Parks Director re: Pavilion roof repairs': 're:' is 'about', inside the title.
        about, text = split_colon(tail, wrapped=wrapped)
        return f"{head}: {about}", text
    point = POINT_AFTER.match(rest) if " ." in rest[:HEAD_REACH + 2] else None
    if point and is_title_like(point.group("head")):
        # 'Highways .1 Mr Trewin reported …', 'Public Participation .- none present': a
        # typed heading closed by its dash or by its first point's number, the minute's own
        # number left off ('.1' for '1596.1').
        return point.group("head"), point.group("tail")
    if not sep and ":- " in rest:
        # 'Footpaths:- Mr Gunnell reported …': a typed heading's colon and dash.
        head, _, tail = rest.partition(":- ")
        sep = ": "
    if not sep and rest.endswith(":"):
        spoken = SPOKEN_GLOSS.match(rest[:-1])
        if spoken and is_title_like(spoken.group("head")) \
                and _sentence_after_dash(spoken.group("tail")):
            # 'Finance – The Clerk presented the finance report:': the heading, then the
            # sentence that opens its list.
            return spoken.group("head"), spoken.group("tail") + ":"
        glossed = SHORT_DASH_GLOSS.match(rest[:-1])
        if glossed and is_title_like(glossed.group("head")) \
                and SENTENCE_VERB.search(glossed.group("tail")):
            # 'Reports – the following reports were received:': the heading, then the sentence
            # that opens its list.
            return glossed.group("head"), glossed.group("tail") + ":"
        verb = glossed.group("tail").split()[:2] if glossed else []
        if glossed and is_title_like(glossed.group("head")) and len(verb) == 2 \
                and verb[0] == "to" and verb[1] in AGENDA_VERBS:
            # 'Planning – to consider applications received since the last meeting:': an
            # agenda's heading, then what the meeting is to do, opening its list.
            return glossed.group("head"), glossed.group("tail") + ":"
        return rest[:-1], ""
    dashed = DASH_GLOSS.match(rest)
    if dashed and _agenda_task(dashed.group("tail")):
        dashed = None
    if dashed is None and (short := SHORT_DASH_GLOSS.match(rest)) \
            and (SENTENCE_VERB.search(short.group("tail"))
                 or OUTCOME_FIRST.match(short.group("tail"))):
        # 'Minutes of the meeting held on 16th December – approved as a correct record': the
        # outcome opens the minute's text.
        dashed = short
    if dashed is None and (spoken := SPOKEN_GLOSS.match(rest)) \
            and (_speaks_early(spoken.group("tail")) or _sentence_after_dash(spoken.group("tail"))):
        # '5.1 Police – PCSO Tamsin Polglase reported 6 crimes …': a heading, then who spoke.
        dashed = spoken
    # A paper's reference before the dash is no heading of its own ('R102 - Order to
    # Close Bridleway R7 …' is the title whole).
    if not sep and dashed and is_title_like(dashed.group("head")) \
            and not REFERENCE_HEAD.fullmatch(dashed.group("head")):
        # 'Public participation – a period of 15 minutes for residents …': a heading and, after
        # a dash, words in lower case that explain it; but 'Quay works - progress report
        # There was submitted …' is one heading in two parts, its sentence after them.
        if kept := heading_dash_tail(dashed.group("tail")):
            words = dashed.group("tail").split()
            return rest[:dashed.start("tail")] + " ".join(words[:kept]), " ".join(words[kept:])
        return dashed.group("head"), dashed.group("tail")
    if sep and TRAILING_REF.search(head):
        # 'Approval of the minutes of the meeting held on 14th February 2023 - Ref 23/044:
        # Proposed and seconded …': the minute's reference closes its heading, however long.
        return head, tail
    if sep and REFERENCE_HEAD.match(head) and not SENTENCE_VERB.search(tail) \
            and len(tail.split()) <= COLON_TITLE_WORDS:
        # '16/00501/OM Outline Application: construction of 28 Dwellings, Land at the Row':
        # a planning application's or a paper's reference, then what it is.
        return rest.rstrip("."), ""
    if sep and head.isupper() and tail.rstrip(",").isupper() and not NIL_TAIL.match(tail) \
            and len(tail.split()) <= CAPS_TAIL_WORDS and not PEOPLE_IN_CAPITALS.search(tail) \
            and not SENTENCE_VERB.search(tail.lower()):
        # 'MINUTE 7 – PETITION: 30 MPH LIMIT, HOLLY LANE, NEAR THE' / 'SCHOOL': a
        # heading typed in capitals goes on in capitals after its colon (the text under a
        # heading is not typed so; who was absent, 'APOLOGIES: CLLR GRAY', is, and so are
        # minutes typed all in capitals, 'CORRESPONDENCE: THE LIST WAS NOTED').
        return rest.rstrip(".,"), ""
    if sep and tail.count("(") > tail.count(")") and not SENTENCE_VERB.search(tail) \
            and title_cased(tail.split("(")[0].split()):
        # 'Report of the Audit Panel: 3 March 2021 (Report' / 'number: AP/21/014)':
        # a bracket opened after the colon and closed on the next line, the title wrapped
        # (the words before the bracket in title case or figures, no text after a heading).
        return rest, ""
    if sep and len(head.split()) <= 10 and (
            not tail or wrapped or len(tail.split()) > 6 or re.search(r"[.!?,;]", tail)
            or NIL_TAIL.match(tail) or OUTCOME_TAIL.match(tail)
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in FUNCTION_WORDS
                       for w in tail.split())
            or not any(w[:1].isupper() for w in tail.split()) or first_date(tail) is not None
            or NAMED_AFTER.match(tail)):
        # 'Apologies: Councillor Penrose': who, after the heading, is its text.
        return head, tail
    return rest, ""


REGARDING = re.compile(r"\b(?:re|Re|RE)$")
"""A heading's 're' before its colon ('Fire Chief re: Ladder truck'): 'regarding'."""
NAMED_AFTER = re.compile(r"^(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]")


def _sentence_after_dash(tail: str) -> bool:
    """Return True if the words after a heading's dash are the minute's text, not the rest of
    its title: a sentence's opener ('Village Hall Roof – Following the request …', 'Finance –
    The Clerk presented …'), an action ('– Clerk to report …'), a verb, or a list ('– SID data
    review; Christmas tree; …')."""
    tail = FULL_STOP.split(tail, maxsplit=1)[0]
    if (REFERENCE_HEAD.match(tail) or APPLICATION_REF.match(tail)) \
            and SENTENCE_VERB.search(tail) is None:
        # 'ORLESTONE - PL/16/0288 - Conversion of a barn; Oak Barn, …': an application's
        # reference and what it is, the rest of its title.
        return False
    words = tail.split()
    first = words[0].rstrip(".,") if words else ""
    return len(words) >= MIN_DASH_SENTENCE and (
        first in OPENERS or first in SENTENCE_OPENERS or ";" in tail
        or (words[1] == "to" and first[:1].isupper())
        or SENTENCE_VERB.search(tail) is not None
        or any(VERBISH.match(word) for word in words[1:DASH_VERB_REACH]))


def _speaks_early(text: str) -> bool:
    """Return True if someone named in text's first words speaks ('Pengarth Councillor Mrs B
    Rosevear reported …')."""
    return any(m.start <= SPEAKER_REACH for m in speaking(text, list(mentions(text))))


POSSESSED_HEADING = re.compile(r"^[A-Z][\w ]{1,40}?['’]s\s+[\w’' ]{2,40}$")
"""A heading naming whose the item is ('Chairman’s comments', 'Mayor's announcements'): a
possessive and nouns, nothing said."""


def reads_as_speech(title: str) -> bool:
    """Return True for a numbered paragraph that starts 'Mr Adams explained …'; not for a
    heading that is a possessive and a noun ('6. Chairman’s comments')."""
    return starts_with_speech(title) and not (
        POSSESSED_HEADING.match(title) and len(title.split()) <= POSSESSED_WORDS)


def task_entry(title: str) -> bool:
    """Return True for an agenda's entry, a heading then its task after a dash ('Payments – to
    approve the schedule of payments for March.'): a title, however long."""
    task = TASK_AFTER_DASH.search(title)
    return bool(task) and _agenda_task(title[task.end():]) \
        and is_title_like(title[:task.start()])


def sentence_title(title: str) -> bool:
    """Return True for a sub-item's 'title' that is its paragraph's sentence ('1.1 No Apologies
    were received.', '2.1 LD reported that the letter …', '3.1 Monday 06 April 2026 at
    19:00hrs, …'), not an agenda's entry ('5.2 To note that the railing has been replaced')."""
    words = title.split()
    return not title.startswith("To ") and (
        SENTENCE_VERB.search(title) is not None or reads_as_speech(title)
        or (len(words) > 2 and words[1] in SPEECH_VERBS)
        or (DATE_OPENING.match(title) is not None and first_date(title) is not None))
MIN_DASH_SENTENCE = 4
POSSESSED_WORDS = 4
SENTENCE_ARTICLES = frozenset(("A", "An", "The", "It", "There", "This"))
"""Words that open a numbered paragraph's sentence ('1. A short talk was given by … She
described'): with its verb, a paragraph with no heading even where its line wraps."""
MIN_OPENED_WORDS = 5
LABEL_DECISIONS = frozenset(("Noted", "Agreed", "Resolved", "NOTED", "AGREED", "RESOLVED"))
LABEL_THAT = re.compile(
    r"^(?:Resolved|Agreed|Noted|RESOLVED|AGREED|NOTED)[,:;–-]?\s+(?:that|That|THAT)\b")
"""'Resolved, That …': a minute book's resolution opens its numbered paragraph."""
FULL_STOP = re.compile(r"(?<=[a-z0-9)])\.(?:\s+|$)")
DASH_VERB_REACH = 8
