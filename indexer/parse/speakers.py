"""Who speaks in an agenda item, named as fully as the record allows."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .blocks import LIST_MARKER, is_title_like
from .people import (
    FULL_NAME,
    HONORIFIC_NAME,
    NAME_WORD,
    NOT_NAMES,
    PersonName,
    full_name,
    honorific_name,
    plural_rank,
    role_key,
)

SPEECH_VERBS = frozenset(
    """
    introduced explained advised provided presented said highlighted commented asked confirmed
    stated reported suggested sought gave spoke proposed seconded nominated thanked drew brought
    made
    reminded referred queried updated welcomed delivered recommended summarised summarized
    requested expressed responded replied offered declared disclosed indicated hoped praised
    mentioned
    clarified informed emphasised emphasized outlined raised moved agreed added acknowledged
    observed questioned enquired inquired announced described urged assured reiterated
    congratulated apologised stressed noted felt believed considered circulated tabled
    committed undertook invited set talked pointed shared led opened closed chaired remarked
    argued objected supported proposed questioned gave cautioned warned answered read
    wished volunteered briefed relayed conveyed detailed voiced recounted hoped
    reports says explains advises asks confirms states suggests informs proposes seconds thanks
    hopes updates presents introduces welcomes requests put
    raises reads gives responds describes circulates
    addressed told thought disagreed complained recalled distributed commended echoed
    concurred criticised criticized challenged conceded contended maintained insisted reflected
    recognised recognized quoted cited promised pledged drawn
    """.split()
)
REPORT_FROM = re.compile(
    r"\b(?:heard|received|considered|had|noted)\s+(?:an?|the)\s+(?:\w+\s+)?(?:report|update"
    r"|presentation|briefing)\s+(?:on|about|regarding|concerning)\b[^.;]{1,160}\bfrom\s+$")
"""'Councillors heard a brief report on the school's suspension … from Mrs Sue Ryding'."""
PASSIVE = re.compile(
    r"\b(?:presented|seconded|proposed|nominated|introduced|moved|delivered|given|made"
    r"|called\s+to\s+order"
    r"|Proposed|Seconded|Moved)\s+by\s*[:.]?\s+$"
    r"|\b(?i:on|upon|following)\s+(?:a|the)\s+(?:motion|proposal|nomination)\s+(?:of|by|from)\s+$"
    r"|\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*$"
    r"|(?:^|[.;:,(–-])\s*(?i:propos(?:ed|er)|second(?:ed|er)|moved|mover)\s*[:;.\-–]?\s*$"
    r"|\b(?:Proposed|Seconded|Proposer|Seconder|PROPOSED|SECONDED)\s*:\s*$"
    r"|\b(?:answered|raised|asked|explained|outlined|tabled|reported|read|led)\s+by\s+$"
    r"|\b(?:considered|received|heard|noted|had)\s+(?:an?|the)\s+(?:\w+\s+)?"
    r"(?:report|update|presentation|statement|paper|briefing)\s+(?:from|by)\s+$"
    r"|\b(?:[Hh]eard\s+from|[Aa]\s+question\s+(?:from|by)|(?:[Aa]|[Tt]he)\s+(?:\w+\s+)?"
    r"(?:presentation|talk|address)\s+(?:was\s+(?:given|made)\s+)?by)\s+$"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:introduction\s+by|(?:deputation|response|representations?"
    r"|submission|reply)\s+(?:of|by))\s+$"
)
"""Words before a name that make it the mover, seconder or speaker: 'seconded by', 'Proposer:',
'Proposed Cllr Brown, seconded Cllr White', 'Proposed by. E. Baillie; Seconded. K. Dalgleish'
(but not 'Mr Hill proposed John Rivers' as a nominee), 'answered by', 'received a report from'
(but not 'request a report from'), 'The deputation of', 'The introduction by' (a planning
committee's list of what it noted)."""
MOVER = re.compile(rf"\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*"
                   rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)")
MOVER_WORDS = ("BY", "SECOND")
"""Words one of which text holds if MOVER can match: it is searched only then."""
SPOKE_AFTER = re.compile(
    r"^\s*(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?invited\s+to\s+(?:address|speak"
    r"|present|talk|give|update|report|explain|introduce)\b|attended(?:\s+(?:the|this)\s+meeting)?"
    r"\s+and\s+(?=[a-z])|(?:wanted|wished)\s+to\s+know\b|summed\s+up\b|(?:was|were)\s+thanked"
    r"\s+for\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:report|presentation|update|talk|address"
    r"|briefing)\b|paid\s+(?:tribute|their\s+respects)\b"
    r"|['’]s\s+(?:questions?|comments?|response|statement|presentation|introduction)\b"
    r"|(?:was|were)\s+(?:\w+\s+)?(?:concerned|worried)\s+(?:that|about|at|by)\b)")
"""What after a name makes them speak though no speech verb follows at once: 'had been invited
to address the meeting', 'attended the meeting and reported …' (then read on), 'wanted to
know', 'summed up', 'was thanked for his report', "Councillor Llewellyn's question", 'was
concerned that …' (a concern voiced)."""
SPOKEN_BY = re.compile(r"\b(?:confirmed|stated|commented\s+on|queried|questioned|mentioned"
                       r"|highlighted|clarified|emphasised|emphasized|stressed)\s+by\s+$")
"""'… and confirmed by County Councillor Yvonne Peacock': said at the meeting (a company
'recommended by' or a letter 'sent by' someone was not)."""
BYLINE_DASH = re.compile(r"\s[–—-]\s*(?P<name>[^–—-]{3,40})$")
BYLINE_WORDS = 6
LABEL_WORDS = 4
"""The longest label line naming who speaks ('Cllr Mowat:')."""
BYLINE_LISTED = re.compile(
    r"(?:^|\|\s*)(?:[ivxIVX]{1,4}|[a-hA-H]|\d{1,2})[.)]\s+[A-Z][\w&,'’ /]{2,40}?\s+[–-]\s*"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z]\.?\s*){1,2}\s*[A-Z][a-z'’-]+)"
    r"(?=\s*(?:\||$|\s\(|\s[A-Z][a-z]*\s))")
"""A listed report's heading closed by its giver's initials and surname: 'ii. Financial Report –
P. Agate', run into its text ('… – P. Agate The final maintenance') or closed by a cell."""
LIST_COMMA = re.compile(r"\s*,\s*")
BY_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
COORDINATED = re.compile(r"\s*(?:,\s*[^,.;:()]{1,80}?(?:\s*\([^)]{0,40}\))?\s*)?(?:and|&)\s*")
"""Between two people who speak together: 'X and Y', 'X, Head of Commissioning and Y'."""
RANKS_SPEAKING = re.compile(r"\b[Tt]he\s+(?P<plural>[A-Z]{2,4}s)\b")
ORGANISATION_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
ROLE_ASKED = re.compile(r"^\s+(?:was\s+)?(?:asked|requested|instructed)\s+to\b")
ADVERBS = frozenset(
    """
    also then further briefly subsequently again formally verbally kindly both duly
    additionally finally
    """.split()
)
BLOCKERS = frozenset(
    """
    was were is are had has have would will could should did does that who which when if as
    while because although but so they he she we it
    """.split()
)
MAX_COMMA_APPOSITION = 10
GROUPS = frozenset("members councillors officers colleagues panel committee others all".split())
ROLE = re.compile(
    r"\b(?P<role>(?:Vice[- ]?)?[Cc]hair(?:man|woman|person)?|[Cc]lerk|(?:Deputy\s+)?Mayor)\b")
"""A role that stands for a person: 'The Chairman', 'the Town Clerk', 'The Mayor' (who chairs
a town council)."""
ROLE_WORDS = ("Chair", "Clerk", "Mayor", "chair", "clerk")
"""Words one of which text holds if ROLE can match: it is searched only then."""
ROLE_BEFORE = re.compile(r"(?P<the>\b[Tt]he\s+)?(?:(?:Town|Parish|Proper|Lord|City)\s+)?$")
"""What may stand before a role word: 'the ', 'the Town '. Read back from the role word, which
is rarer than the words before it, so the text is searched for the role alone."""
ROLE_LOOKBACK = 16
BODY_WORD_AFTER = re.compile(
    r"\s+(?:Council|Committee|Board|Police|Trust|Authority|Partnership|Society|Association"
    r"|Limited|Ltd|LLP|plc)\b")
"""A word after capitalised words, or ending them, that makes them a body's name ('Bro Tawe
Council')."""
THING_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?$|\b[A-Z]\w*['’]s\s+$"
                          r"|\b(?:Head|Director|Leader|Member|Manager|Officer|Holder)\s+(?:of|for)"
                          r"\s+$")
"""'the new Devolution Framework', 'SBC's Access Ranger', 'Head of Economic Growth': a thing or
a post, not a person."""
THING_LOOKBACK = 24
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s*)+")
SPEECH_NEXT = re.compile(r"\s+(?:asked|said|reported|explained|replied|stated|noted|commented"
                         r"|suggested|proposed|queried|thanked|raised|spoke|presented|confirmed)\b")
"""A speech verb straight after a name."""
NEGATIONS = frozenset("no none nil not nothing".split())
DECLARATIONS = re.compile(r"\bdeclarations?\s+of\s+(?:\w+\s+){0,3}interests?\b", re.I)
PLURALS = {"Cllrs": "Cllr", "Councillors": "Councillor", "Messrs": "Mr"}
PLURAL_WORDS = re.compile("|".join(PLURALS))
PLURAL_NAMES = re.compile(
    rf"\b(?P<hon>Cllrs|Councillors|Messrs)\.?\s+(?P<names>{NAME_WORD}"
    rf"(?:\s*(?:,|&|and)\s*{NAME_WORD})+)")
"""'Cllrs Hayward, Hillard & Shewell': several people under one plural honorific."""
MAX_GAP_WORDS = 16
MAX_ROLE_WORDS = 8
QUESTION_TITLE = re.compile(r"^(?:Supplementary\s+)?Question\s+(?:\d{1,3}\s+)?(?:by|from)\s+"
                            r"(?P<people>[A-Z].*?)(?:,|$)")
"""A member's question ('Question by Paul Stepto to Rory Love,'): an item of its own, and the
people who ask and answer it."""
REPORT_TITLE = re.compile(r"^(?:the\s+)?(?P<role>Chair(?:man|woman|person)?|Clerk|Mayor)['’]?s\s+"
                          r"report\b", re.I)
VISITING_TITLE = re.compile(r"\b(?:reports?|updates?|presentations?|police|PCSO)\b", re.I)
"""An item a visitor gives: 'Police Report', 'County Councillor's Update', 'Presentation'."""
ATTENDED = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,.]{0,80},\s*)?attended"
                      r"(?:\s+(?:the|this|tonight['’]s)\s+meeting\b|\s*[.,;]|\s+and\b)")
"""'… attended the meeting', '… attended and gave': this meeting, not 'attended a meeting on …'."""
WORD_RUN = re.compile(r"\w+")
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
NAME_RUNS = 3
INITIAL_SURNAME = re.compile(
    rf"(?P<init>[A-Z](?<![\w.&/-][A-Z])(?:\.\s?(?:[A-Z]\.\s?){{0,2}}|[A-Z]?(?<=[B-HJ-Z])\s))"
    rf"(?P<surname>{NAME_WORD})\b(?!\s+[A-Z][a-z])")
"""'P. Agate', 'M Pogmore': initials and a surname with no honorific, not in a capitalised run
('A Parish Council' starts with an article; 'I' is a word; 'M Pogmore Esq' is no surname).
It opens with the capital and looks back from it, so that re skips to capitals (a pattern that
opens with a look-behind is tried at every position: three times as slow)."""
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
"""A capitalised word just before: 'Item B Finance', 'Plan A Smith' are not people."""
WELSH_SPEAKING = tuple("""
    Dywedodd Gofynnodd Holodd Adroddodd Cynigiodd Eiliodd Esboniodd Diolchodd Croesawodd
    Cadarnhaodd Awgrymodd Nododd Atebodd Cyflwynodd Datganodd
    """.split())
"""Welsh verbs of speaking and moving in the past tense, which stand before who spoke."""
WELSH_VERBS = frozenset((*WELSH_SPEAKING, "Gadawodd", "Ymddiheurodd", "Cytunodd"))
"""Welsh past-tense verbs before a name, leaving and agreeing too: never part of the name."""
WELSH_SPOKE = re.compile(rf"\b(?:{'|'.join(WELSH_SPEAKING)})\s+$")
"""A Welsh verb of speaking just before a name: its speaker ('Gofynnodd Sian Owen am …')."""
MENTIONS_CACHE = 4096
"""Recent paragraphs whose names are kept: a paragraph is read for names several times."""
SPEECH_CACHE = 1024
"""Recent headings read for speech at their start: a line is tried as several kinds of heading."""
SPEECH_OPENING = 400
"""How much of a text starts_with_speech reads: a name and the 200 characters after it."""


@dataclass(frozen=True)
class Mention:
    """A name written in the text, where it is, and who it names."""

    start: int
    end: int
    person: PersonName


def mentions(text: str) -> list[Mention]:
    """Return every person named in text, honorific forms first where they overlap.

    A paragraph is read for names several times (its item's speakers, a heading that may be
    speech, the document's people), so the last paragraphs' mentions are kept.
    """
    return list(_mentions(text))


@lru_cache(maxsize=MENTIONS_CACHE)
def _mentions(text: str) -> tuple[Mention, ...]:
    """Return mentions(text) as a tuple, worked out once per recent paragraph."""
    found = [Mention(m.start(), m.end(), p) for m in HONORIFIC_NAME.finditer(text)
             if (p := honorific_name(m))]
    # Honorific names do not overlap, so the one a span might overlap is found by bisection.
    starts, ends = [m.start for m in found], [m.end for m in found]
    position = 0
    while match := FULL_NAME.search(text, position):
        if match.group("first") in WELSH_VERBS:
            # 'Dywedodd Dafydd Roberts bod …' ('Dafydd Roberts said that …'): Welsh puts the
            # verb before its speaker.
            position = match.start() + len(match.group("first")) + 1
            continue
        person = full_name(match)
        run_end = 0
        if THING_BEFORE.search(text, max(0, match.start() - THING_LOOKBACK), match.start()) \
                and ((run_end := CAPITALISED_RUN.match(text, match.start()).end())
                     > len(text[:match.end()]) + 1 or not SPEECH_NEXT.match(text, match.end())):
            # 'the new Devolution Framework', 'the Multi-Agency Risk Assessment Conference': a
            # capitalised run after 'the' names a thing, all of it; but in 'In response to the
            # report Joan Tebbutt asked …' the two words are someone speaking.
            position = run_end
            continue
        if BODY_WORD_AFTER.match(text, match.end()) or BODY_WORD_AFTER.search(
                text, match.start(), match.end()):
            # 'Licensing Officer (Bro Tawe Council)': the words name a body, not a person.
            position = match.end()
            continue
        if person and not _overlaps(starts, ends, match.start(), match.end()):
            found.append(Mention(match.start(), match.end(), person))
            position = match.end()
        else:
            # 'Present Juan Mendez': try again from the word after the first.
            position = match.start() + len(match.group("first")) + 1
    spans = sorted((m.start, m.end) for m in found)
    named_starts, named_ends = [a for a, _ in spans], [b for _, b in spans]
    for match in INITIAL_SURNAME.finditer(text):
        # 'P. Agate reported', 'M Pogmore explained': initials and a surname, no honorific.
        surname = match.group("surname")
        if surname.lower() not in NOT_NAMES and ("." in match.group("init") or not
                                                 CAPITALISED_BEFORE.search(
                text, max(0, match.start() - THING_LOOKBACK), match.start())) and not _overlaps(
                named_starts, named_ends, match.start(), match.end()):
            initials = " ".join(match.group("init").split())  # as printed: 'G.', 'P. M.'
            found.append(Mention(match.start(), match.end(),
                                 PersonName("", initials, "", surname)))
    for match in PLURAL_NAMES.finditer(text) if PLURAL_WORDS.search(text) else ():
        # 'Cllrs Hayward, Hillard & Shewell': each is 'Cllr Hayward', … .
        honorific = PLURALS[match.group("hon")]
        for name in re.finditer(NAME_WORD, match.group("names")):
            start = match.start("names") + name.start()
            if name.group(0).lower() not in NOT_NAMES and not _overlaps(starts, ends, start,
                                                                        start + 1):
                found.append(Mention(start, match.start("names") + name.end(),
                                     PersonName(honorific, "", "", name.group(0))))
    for match in MOVER.finditer(text) if any(w in text for w in MOVER_WORDS) else ():
        if not _overlaps(starts, ends, match.start("name"), match.start("name") + 1):
            found.append(Mention(match.start("name"), match.end("name"),
                                 PersonName("", "", "", match.group("name"))))
    for match in ROLE.finditer(text) if any(w in text for w in ROLE_WORDS) else ():
        before = ROLE_BEFORE.search(text, max(0, match.start() - ROLE_LOOKBACK), match.start())
        start = before.start() if before and before.group(0) else match.start()
        lower = match.group("role")[:1].islower()
        # 'the clerk reported': in lower case only after 'the' (a 'clerk' alone is a post).
        if ((before and before.group("the")) or (not lower and _sentence_start(text, start))) \
                and not _overlaps(starts, ends, start, start + 1):
            role = match.group("role").replace("-", " ").title().replace(" ", "-")
            found.append(Mention(start, match.end(), PersonName("", "", "", f"The {role}")))
    return tuple(sorted(found, key=lambda m: m.start))


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Return True if [start, end) overlaps one of the sorted, disjoint spans given."""
    k = bisect_right(ends, start)
    return k < len(starts) and starts[k] < end


def speaking(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions in text that are people speaking, presenting or moving."""
    spoke = [False] * len(found)
    listed = False
    """Whether found[i + 1] speaks as one of a list that ends in 'and' ('A, B and C spoke')."""
    for i in reversed(range(len(found))):
        mention = found[i]
        after = text[mention.end:mention.end + 200]
        before = text[max(0, mention.start - 40):mention.start]
        role_asked = mention.person.surname.startswith("The ") and ROLE_ASKED.match(after)
        coordinated = i + 1 < len(found) and _coordinated(text, mention, found[i + 1])
        in_list = listed and LIST_COMMA.fullmatch(text, mention.end, found[i + 1].start)
        listed = bool(coordinated or in_list)
        if i and ORGANISATION_AFTER.fullmatch(text, found[i - 1].end, mention.start):
            # 'Mr Tom Brown of Anglian Water gave …': the speaker's organisation, not a person.
            continue
        spoke[i] = bool((_speaks(after) and not role_asked) or PASSIVE.search(before)
                        or WELSH_SPOKE.search(before)
                        or coordinated or in_list or SPOKEN_BY.search(before)
                        or ("from" in before and REPORT_FROM.search(
                            text, max(0, mention.start - 200), mention.start)))
    by = False
    for i, mention in enumerate(found):
        # 'tributes were made by Mr Gough, Mr Rayner, … and Mr Lehmann': the whole list.
        joined = i and BY_LIST.fullmatch(text, found[i - 1].end, mention.start)
        by = bool(PASSIVE.search(text, max(0, mention.start - 40), mention.start)
                  or (by and joined))
        spoke[i] = spoke[i] or by
    return [m for m, said in zip(found, spoke, strict=True) if said]


def starts_with_speech(text: str) -> bool:
    """Return True for text that opens with a person speaking ('Alison Gilmour presented …').

    Only the opening is read: a name at the start and the words after it that say it speaks
    (speaking() looks 200 characters on) lie inside it, however long the paragraph.
    """
    return _starts_with_speech(text[:SPEECH_OPENING])


@lru_cache(maxsize=SPEECH_CACHE)
def _starts_with_speech(text: str) -> bool:
    """Return starts_with_speech(text) for an opening, worked out once per recent heading."""
    found = mentions(text)
    return bool(found) and found[0].start == 0 and bool(speaking(text, found[:1]))


def _speaks(after: str) -> bool:
    """Return True if the text after a name leads to a speech verb through an apposition."""
    spoke = SPOKE_AFTER.match(after)
    if spoke:
        return not spoke.group(0).rstrip().endswith("and") or _speaks(after[spoke.end():])
    words = re.findall(r"[\w'/-]+|[(),.;:]", after)
    depth = 0
    for count, word in enumerate(words):
        lower = word.lower()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif lower in SPEECH_VERBS:
            # 'On-Call Availability – Proposed Changes': a verb in title case is a heading's,
            # unless it follows the name and goes on in lower case ('Cllr Hale Reported that …',
            # as clerks who set each speaker's name on a line of its own write; 'Proposed by'
            # names another).
            nxt = words[count + 1] if count + 1 < len(words) else ""
            return (not word.istitle() or word.isupper()
                    or (count == 0 and nxt[:1].islower() and nxt != "by")) and (
                count == 0 or _apposition_ok(words[:count]))
        elif word in (".", ";", ":") or count > MAX_GAP_WORDS or (
                lower in BLOCKERS and not (lower == "as" and count and words[count - 1].lower()
                                           in (",", "capacity", "role", "acting"))):
            # '… Councillor David Dent, in their capacity as members of the Emergency Group
            # reported': 'as' names the role they speak in.
            return False
    return False


def _apposition_ok(gap: list[str]) -> bool:
    """Accept the words between a name and its verb if they read as an apposition."""
    if all(w.lower() in ADVERBS for w in gap):
        return True
    if gap[0] == "and" and len(gap) <= 3 and gap[-1].lower() in GROUPS:
        # 'The Chair and Members shared their congratulations': they all spoke.
        return True
    if gap[0].lower() == "acting" and gap[1:2] == ["as"] and len(gap) <= MAX_ROLE_WORDS:
        # 'The Clerk acting as the Responsible Financial Officer tabled …'.
        return True
    if gap[0].lower() in ("of", "from", "for"):
        # 'X of the Office of the PCC explained', but not 'X of Y as Chair, motion seconded'.
        return all(nxt[:1].isupper() for w, nxt in itertools.pairwise(gap) if w == ",")
    if gap[0] == "," and gap[-1] == ",":
        # 'Mr Oakford, Deputy Leader and Cabinet Member for Finance, …, seconded': an apposition
        # closed by its comma may be long.
        return True
    return gap[0] in (",", "(", ")") and len(gap) <= MAX_COMMA_APPOSITION


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    """Return True for 'X and Y explained': both speak when the second does."""
    between = text[first.end:second.start]
    return bool(COORDINATED.fullmatch(between)) and _speaks(
        text[second.end:second.end + 200])


def _sentence_start(text: str, index: int) -> bool:
    """Return True if index begins a sentence: nothing but spaces before it, or a stop.

    Only the end of the text before index is read ('4. ' ends in a stop too), so many roles in
    one long paragraph cost no more than the paragraph.
    """
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index == 0 or text[index - 1] in ".:;"


class Seen:
    """The people named so far in an item, the latest last, found by their surname."""

    def __init__(self, people: Iterable[PersonName] = ()) -> None:
        self.by_surname: dict[str, list[PersonName]] = {}
        self.firsts: dict[str, str] = {}
        """First name (one word) → the display name of the latest person with it."""
        self.order: dict[str, int] = {}
        """First name → when it was first seen."""
        self.heads: set[str] = set()
        """The first run of word characters of each first name ('O' of "O'Neil")."""
        for person in people:
            self.add(person)

    def add(self, person: PersonName) -> None:
        """Remember a person named in the text."""
        if person.first:
            self.by_surname.setdefault(_surname_key(person), []).append(person)
            if " " not in person.first:
                self.order.setdefault(person.first, len(self.order))
                self.firsts[person.first] = person.display
                if head := WORD_RUN.match(person.first):
                    self.heads.add(head.group(0))

    def latest(self, short: PersonName) -> PersonName | None:
        """Return the latest full name that a short form could name."""
        for candidate in reversed(self.by_surname.get(_surname_key(short), ())):
            if _same_person(short, candidate):
                return candidate
        return None


class NameBook:
    """Every person a document names, used to show short forms by their fullest name."""

    def __init__(self, people: Iterable[PersonName] = (), roles: dict[str, str] | None = None,
                 *, document: NameBook | None = None) -> None:
        self.people = [p for p in people if p.surname]
        self.roles = roles or {}
        self.capitals: frozenset[str] = frozenset()
        """Surnames the attendance list writes in capitals ('McWEARNE'), to find in the text."""
        self.officers: dict[str, str] = {}
        """Officers the attendance names by post ('Mr J Cook (Democratic Services Manager)'),
        by the post's words in lower case."""
        self.document = document
        """The book of everyone the whole document names, shared by its meetings' books."""
        # Indexes over people, so that resolving a name never reads the whole document's list.
        self._by_surname: dict[str, list[PersonName]] = {}
        self._longer_forms: dict[str, set[str]] = {}
        self._unique_forms: dict[PersonName, str] = {}
        for p in self.people:
            self._by_surname.setdefault(_surname_key(p), []).append(p)
            if p.first:
                for tail in _word_tails(p.display):
                    self._longer_forms.setdefault(tail, set()).add(p.display)

    def knows(self, person: PersonName) -> bool:
        """Return True if the document names someone of this surname and a first name or
        initial that fits ('Peter Agate' is the list's 'P. Agate')."""
        return any((not p.first[:1] and not p.initials[:1]) or not person.first
                   or person.first[:1] in (p.first[:1], p.initials[:1])
                   for p in self._by_surname.get(_surname_key(person), ()))

    def resolve(self, person: PersonName, nearby: Iterable[PersonName] | Seen = ()) -> str:
        """Return the display name for person, preferring a full name seen nearby."""
        if person.surname.startswith("The "):
            return self.roles.get(role_key(person.surname.removeprefix("The ")), person.surname)
        if person.first:
            longer = self._longer(person)
            return self._formal(person) or longer if longer == person.display else longer
        seen = nearby if isinstance(nearby, Seen) else Seen(nearby)
        candidate = seen.latest(person)
        if candidate:
            return candidate.display
        if person not in self._unique_forms:
            self._unique_forms[person] = self._unique(person)
        return self._unique_forms[person] or person.display

    def _longer(self, person: PersonName) -> str:
        """Return a longer form of a full name ('Allen Fisk' → 'Robert Allen Fisk') if one."""
        longer = self._longer_forms.get(person.display, set())
        if self.document:
            longer = longer | self.document._longer_forms.get(person.display, set())
        # 'Isla Grant Morag Dingwall' of a table's row is two people: a longer form opened by
        # another person's surname is not this one's name.
        longer = {name for name in longer
                  if not self._is_surname(name.removesuffix(person.display).split()[0])}
        return next(iter(longer)) if len(longer) == 1 else person.display

    def _is_surname(self, word: str) -> bool:
        """Return True if someone this book or its document names has word as surname."""
        key = word.lower()
        return key in self._by_surname or bool(self.document and key in self.document._by_surname)

    def _same_surname(self, person: PersonName) -> list[PersonName]:
        """Return the people this book and its document name with person's surname."""
        key = _surname_key(person)
        return [*self._by_surname.get(key, ()),
                *(self.document._by_surname.get(key, ()) if self.document else ())]

    def _formal(self, person: PersonName) -> str:
        """Return the one person named in full whose first name this one shortens ('Sue
        Ryding' is the 'Mrs Susan Ryding' of the attendance list), or ''."""
        formal = DIMINUTIVES.get(person.first.lower())
        if not formal:
            return ""
        fits = {p.display for p in self._same_surname(person) if p.first.lower() in formal
                and _same_person(replace(person, first=""), p)}
        return fits.pop() if len(fits) == 1 else ""

    def _unique(self, person: PersonName) -> str:
        """Return the one fuller name that fits person, or '' if none or several do: a full
        name anywhere in the document, else the meeting's own list's form ('E Griffiths' of
        its list is the text's 'Cllr E Griffiths'), else a form the document gives."""
        fits = [p for p in self._same_surname(person)
                if (p.first or p.initials) and _same_person(person, p)]
        own = {p.display for p in self._by_surname.get(_surname_key(person), ())
               if p.initials and not p.first and _same_person(person, p)}
        if person.rank:
            # 'District Councillor J Hale' is the district's, not the parish's 'Joan Hale'; a
            # rank shared only with short forms of the name ('Councillor G Cole' again) leaves
            # the full name the attendance gives ('Gethin Cole').
            ranked = [p for p in fits if p.rank == person.rank and p.first]
            fits = ranked or fits
        full = _longest_forms({p.display for p in fits if p.first})
        if len(full) == 1:
            return full.pop()
        partial = own or {p.display for p in fits if not p.first}
        return partial.pop() if not full and len(partial) == 1 else ""


DIMINUTIVES = {short: frozenset(full.split()) for short, full in (
    ("sue", "susan suzanne"), ("dave", "david"), ("mike", "michael"), ("jim", "james"),
    ("jimmy", "james"), ("bob", "robert"), ("rob", "robert"), ("bill", "william"),
    ("will", "william"), ("tony", "anthony"), ("pete", "peter"), ("andy", "andrew"),
    ("tom", "thomas"), ("nick", "nicholas"), ("ken", "kenneth"), ("kenny", "kenneth"),
    ("ray", "raymond"), ("geoff", "geoffrey"), ("steve", "stephen steven"),
    ("chris", "christopher christine christina"), ("liz", "elizabeth"), ("beth", "elizabeth"),
    ("kate", "katherine catherine kathryn"), ("cathy", "catherine"), ("jen", "jennifer"),
    ("jenny", "jennifer"), ("maggie", "margaret"), ("meg", "margaret"), ("dick", "richard"),
    ("rick", "richard"), ("ted", "edward"), ("ed", "edward"), ("phil", "philip phillip"),
    ("matt", "matthew"), ("dan", "daniel"), ("danny", "daniel"), ("ben", "benjamin"),
    ("alex", "alexander alexandra"), ("sandy", "sandra alexander"), ("val", "valerie"),
    ("vicky", "victoria"), ("vic", "victor victoria"), ("pat", "patricia patrick"),
    ("sam", "samuel samantha"), ("jo", "joanne joanna josephine"), ("di", "diane diana"),
    ("jackie", "jacqueline"), ("terry", "terence"), ("gerry", "gerald"), ("les", "leslie"),
    ("ron", "ronald"), ("don", "donald"), ("tim", "timothy"), ("greg", "gregory"),
)}
"""First names clerks shorten, and the names they shorten."""


def _surname_key(person: PersonName) -> str:
    """Return the last word of a surname, lower-cased: names that may be one person share it."""
    words = person.surname.split()
    return words[-1].lower() if words else ""


def _word_tails(name: str) -> list[str]:
    """Return the names a longer name ends with: 'Robert Allen Fisk' → 'Allen Fisk', 'Fisk'."""
    return [name[k + 1:] for k, char in enumerate(name) if char == " "]


def _longest_forms(names: set[str]) -> set[str]:
    """Drop names that are the end of a longer one ('Allen Fisk' in 'Robert Allen Fisk')."""
    tails = {tail for name in names for tail in _word_tails(name)}
    return names - tails


def _same_person(short: PersonName, other: PersonName) -> bool:
    """Return True if a short form (honorific, initials, surname) could name other."""
    if short.surname.split()[-1].lower() != other.surname.split()[-1].lower():
        return False
    if short.gender and other.gender and short.gender != other.gender:
        return False
    if short.initials and other.first and other.first[0] != short.initials[0]:
        return False
    if short.initials and other.initials and other.initials[0] != short.initials[0]:
        return False
    return not (short.rank and other.rank and short.rank != other.rank)


def officers_speaking(paragraphs: list[str], book: NameBook) -> list[str]:
    """Return the officers who speak by their post: 'The Democratic Services Manager reported
    apologies', when the attendance names who holds it."""
    if not book.officers:
        return []
    names: dict[str, None] = {}
    for text in paragraphs:
        lowered = text.lower()
        for post, name in book.officers.items():
            at = lowered.find(f"the {post}")
            while at >= 0:
                end = at + len(post) + 4
                if (at == 0 or not lowered[at - 1].isalnum()) and _speaks(text[end:end + 200]):
                    names.setdefault(name)
                    break
                at = lowered.find(f"the {post}", end)
    return list(names)


SENTENCE_FIRST_WORD = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?P<word>[A-Z][a-z]{2,})\b")


def first_names_speaking(paragraphs: list[str], firsts: dict[str, str]) -> list[str]:
    """Return who speaks by first name alone ('Morag welcomed everyone', 'Callum advised that
    …'), at a sentence's start, where the attendance gives that first name to one person."""
    if not firsts:
        return []
    names: dict[str, None] = {}
    for text in paragraphs:
        for match in SENTENCE_FIRST_WORD.finditer(text):
            name = firsts.get(match.group("word"))
            end = match.end()
            if name and (initials := SURNAME_INITIALS.match(text, end)):
                # 'Morag F reported …', 'Kirsty C-H reported …': the first name and the
                # surname's initials, which must be that person's.
                if not _surname_initials(name, initials.group("letters")):
                    continue
                end = initials.end()
            if name and _speaks(text[end:end + 200]):
                names.setdefault(name)
    return list(names)


SURNAME_INITIALS = re.compile(r"\s+(?P<letters>[A-Z](?:-[A-Z])?)\.?(?=[\s,;:])")
"""A surname cut to its initials after a first name ('Euan T', 'Iona C-H')."""


def _surname_initials(name: str, letters: str) -> bool:
    """Return True if letters ('F', 'C-H') are the initials of name's surname ('Morag Farthingale',
    'Kirsty Cresswick-Holdforth')."""
    surname = name.split()[-1]
    parts = surname.split("-")
    wanted = letters.split("-")
    return len(parts) == len(wanted) and all(part[:1] == letter
                                             for part, letter in zip(parts, wanted, strict=True))


def reporter(title: str, book: NameBook) -> list[str]:
    """Return who speaks by the item's title: the chair or clerk whose report it is ('Chairman's
    Report'), when named; the member who asks and the one who answers ('Question by A to B').

    A report is theirs to give; a role the document never names gives nobody.
    """
    asked = QUESTION_TITLE.match(title)
    if asked:
        return [book.resolve(m.person) for m in mentions(asked.group("people"))]
    match = REPORT_TITLE.match(title)
    if not match:
        return []
    role = role_key(match.group("role"))
    return [book.roles[role]] if role in book.roles else []


def bylines(title: str, paragraphs: list[str], book: NameBook) -> list[str]:
    """Return who gives a report by its by-line: a title closed by a name after a dash
    ('Financial Report – D. Horkan', 'Planning –Peter Agate'), and in a reports item, each
    short listed heading closed by one ('i. Highways T. Roberts', 'ii. Drainage G. Proctor').

    The name must be a person's: written with initials or an honorific, or known to the
    document ('• Substance Misuse' and 'Wall at Morpeth Gate' are topics)."""
    # Each tail ends in a name; whether a topic stands before it (so a lone name is a by-line).
    tails: list[tuple[str, bool]] = []
    dash = BYLINE_DASH.search(title)
    if dash:
        tails.append((dash.group("name"), True))
    if VISITING_TITLE.search(title):
        # 'ii. Financial Report – P. Agate' run into its text or set in a table's cell.
        tails += [(m.group("name"), True) for p in paragraphs if "–" in p or "-" in p
                  for m in BYLINE_LISTED.finditer(p)]
        tails += [(p[marker.end():], False) for p in paragraphs
                  if (marker := LIST_MARKER.match(p)) and len(p.split()) <= BYLINE_WORDS]
    names: dict[str, None] = {}
    for tail, topic_known in tails:
        found = mentions(tail)
        if not found or tail[found[-1].end:].strip(" .,;:"):
            continue
        person = found[-1].person
        topic_first = found[-1].start > 0 or topic_known
        if topic_first and not person.surname.startswith("The ") and (
                person.initials or person.honorific or book.knows(person)):
            names.setdefault(book.resolve(person))
    return list(names)


def labelled(paragraphs: list[str], book: NameBook) -> list[str]:
    """Return who speaks by a label line of their own before what they said ('PC Baird:',
    'Moira Kinnaird:'): a whole name, written with an honorific, a rank or initials, or known
    to the document."""
    names: dict[str, None] = {}
    for paragraph in paragraphs:
        if not paragraph.endswith(":") or len(paragraph.split()) > LABEL_WORDS:
            continue
        found = mentions(paragraph[:-1])
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(paragraph) - 1:
            person = found[0].person
            if person.honorific or person.initials or book.knows(person):
                names.setdefault(book.resolve(person))
    return list(names)


def visitors(title: str, paragraphs: list[str], book: NameBook) -> list[str]:
    """Return who attended to give a report item ('CPO Kirsty Nash attended the meeting. There
    had been 5 calls …' under 'Police Report'): in such an item, attending is giving it."""
    if not VISITING_TITLE.search(title):
        return []
    names: dict[str, None] = {}
    for text in paragraphs:
        for mention in mentions(text):
            if ATTENDED.match(text, mention.end) and not mention.person.surname.startswith(
                    "The "):
                names.setdefault(book.resolve(mention.person))
    return list(names)


def declarers(title: str, paragraphs: list[str], book: NameBook) -> list[str]:
    """Return the people named in a 'Declarations of interest' item: each declared one.

    Such items list who declared ('Cllrs Hayward, Hillard & Shewell re 2588') without a verb;
    only such lists are read, neither sentences nor 'no declarations'.
    """
    if not DECLARATIONS.search(title):
        return []
    names: dict[str, None] = {}
    for text in paragraphs:
        words = {w.lower() for w in WORD_RUN.findall(text)}
        if words & NEGATIONS or words & SPEECH_VERBS:
            # 'No declarations from Cllr X'; 'Cllr Y declared …' is found as speech.
            continue
        for mention in mentions(text):
            person = mention.person
            # A title's words can look like a name ('Significant Interests'): a declarer is
            # written with an honorific or initials, or is on the attendance list.
            if (person.honorific or person.initials or person in book.people) \
                    and not person.surname.startswith("The "):
                names.setdefault(book.resolve(person))
    return list(names)


def item_speakers(paragraphs: list[str], book: NameBook) -> list[str]:
    """Return the display names of the people who speak in an item, in order, once each."""
    names: dict[str, None] = {}
    seen = Seen()
    for text in _sentences_rejoined(paragraphs):
        found = mentions(text)
        told = 0
        for mention in speaking(text, found):
            if mention.person.first.lower() in NEGATIONS:
                # 'No Declarations of Interest made': a capitalised 'No' opens no one's name
                # (though, opening an item, it reads as a sentence, not a heading).
                continue
            # Resolve through everyone named before this mention, here or in earlier paragraphs.
            while told < len(found) and found[told].start < mention.start:
                seen.add(found[told].person)
                told += 1
            names.setdefault(book.resolve(mention.person, seen))
        for later in found[told:]:
            seen.add(later.person)
        for name in _first_names_speaking(text, seen):
            names.setdefault(name)
        for match in RANKS_SPEAKING.finditer(text) if "s " in text else ():
            # 'The CPOs presented the Police Report': the officers of that rank present.
            if _speaks(text[match.end():match.end() + 200]):
                rank = plural_rank(match.group("plural"))
                for person in book.people:
                    if person.honorific == rank:
                        names.setdefault(book.resolve(person))
    return list(names)


def _sentences_rejoined(paragraphs: list[str]) -> list[str]:
    """Join a paragraph cut mid-sentence (at a page's end) to the one that finishes it: '…
    Robin Cahill, Senior' / 'Commissioner (Children's) introduced the Strategy.'"""
    groups: list[list[str]] = []
    for text in paragraphs:
        # Only the last paragraph's end is read, and a group is joined once: a run of thousands
        # of unfinished paragraphs stays linear.
        if groups and groups[-1][-1] and not _finished(groups[-1][-1]) \
                and text[:1].isalpha() and not LIST_MARKER.match(text) \
                and not VOTE_LIST.match(text) \
                and not (SENTENCE_OPENER.match(text) and is_title_like(groups[-1][-1])):
            groups[-1].append(text)
        else:
            groups.append([text])
    return [" ".join(group) for group in groups]


def _finished(text: str) -> bool:
    """Return True if a paragraph ends as a sentence or is one word (a heading, a name)."""
    end = text.rstrip()
    return bool(end) and (end[-1] in ".!?:;)]\"”’'" or not re.search(r"\s", end))


SENTENCE_OPENER = re.compile(r"(?:The|A|An|It|This|In|At|On|Following)\s")
"""A paragraph opening its own sentence under a heading ('Bus Shelter, Heol y Parc' / 'The
Clerk reported …'), not the rest of one cut at a page's end."""
VOTE_LIST = re.compile(r"(?i:for|against|abstain(?:ed|ing|ions?)?|ayes|noes|nays)\b")
"""A recorded vote's next list ('Against (45) Mr Baker, …'), not the sentence going on."""


def _first_names_speaking(text: str, seen: Seen) -> list[str]:
    """Return people named by first name alone who speak ('In response Peter spoke …').

    Each run of words in the text is looked up among the first names, as '\\bPeter\\b' would
    find it, rather than a pattern made and searched for every name known. Only runs that
    begin a first name (its head) are tried, and none in an item that has named nobody yet.
    """
    if not seen.heads:
        return []
    spoke: set[str] = set()
    for head in WORD_RUN.finditer(text):
        if head.group(0) not in seen.heads:
            continue
        start, end = head.span()
        for n in range(NAME_RUNS):
            if n:
                # The name's next run of word characters follows one character later, or the
                # name ends.
                nxt = WORD_RUN.match(text, end + 1)
                if not nxt:
                    break
                end = nxt.end()
            first = text[start:end]
            if first in seen.firsts and first not in spoke and not CAPITAL_NEXT.match(text, end) \
                    and _speaks(text[end:end + 200]):
                spoke.add(first)
    return [seen.firsts[first] for first in sorted(spoke, key=seen.order.__getitem__)]
