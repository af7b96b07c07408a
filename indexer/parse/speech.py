"""Which of the people a text names speak, present, propose or second in it."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .mentions import WELSH_SPEAKING, Mention, mentions

SPEECH_VERBS = frozenset(
    """
    introduced intimated explained advised provided presented said highlighted commented asked
    confirmed stated reported suggested sought gave spoke proposed seconded nominated thanked drew
    brought made
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
    raises reads gives responds describes circulates moves motions motioned makes
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
    r"|Proposed|Seconded|Moved|PROPOSED|SECONDED|MOVED|PROPOSAL|[Pp]roposal)\s+by\s*[:.]?\s+$"
    r"|\b(?i:on|upon|following)\s+(?:a|the)\s+(?:motion|proposal|nomination)\s+(?:of|by|from)\s+$"
    r"|\b(?i:cynigiwyd|eiliwyd|eilio|cynnig)\s+gan\s+(?:y\s+)?$"
    r"|\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*$"
    r"|\b(?:Motion|MOTION)\s+(?:[Bb]y|BY)\s*:\s*$"
    r"|(?:^|[.;:,(–-])\s*(?i:propos(?:ed|er)|second(?:ed|er)|moved|mover)\s*[:;.\-–]{0,2}\s*$"
    r"|(?:^|(?<=[\s.;:,(–-]))(?i:prop|sec|2nd)\.?\s*[:;\-–]?\s*$"
    r"|(?<=\s)(?:Seconded|SECONDED|Seconder)\s*[:\-–]{0,2}\s*$|(?<=\s)seconded\s+$"
    r"|(?<=\s)(?:Proposed|PROPOSED|Proposer)\s*[:\-–]\s*$"
    r"|\b(?:Proposed|Seconded|Proposer|Seconder|PROPOSED|SECONDED)\s*:\s*$"
    r"|\b(?:answered|raised|asked|explained|outlined|tabled|reported|read|led)\s+by\s+$"
    r"|\b(?:considered|received|heard|noted|had)\s+(?:an?|the)\s+(?:\w+\s+)?"
    r"(?:report|update|presentation|statement|paper|briefing)\s+(?:from|by)\s+$"
    r"|\b(?:[Hh]eard(?:\s+from)?|(?:[Aa]|[Tt]he)\s+question\s+(?:from|by)"
    r"|(?:[Qq]uestions|[Qq]ueries|Response|Reply)\s+from"
    r"|(?:[Dd]eputations?|[Rr]epresentations)\s+(?:was|were)\s+(?:made|given)\s+by|(?:[Aa]|[Tt]he)\s+(?:\w+\s+)?"
    r"(?:presentation|talk|address)\s+(?:was\s+(?:given|made)\s+)?by)\s+$"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:introduction\s+by|(?:deputation|response|representations?"
    r"|submission|reply)\s+(?:of|by))\s+$"
)
"""Words before a name that make it the mover, seconder or speaker: 'seconded by', 'Proposer:',
'Proposed Cllr Brown, seconded Cllr White', 'Proposed by. E. Baillie; Seconded. K. Dalgleish'
(but not 'Mr Hill proposed John Rivers' as a nominee), 'Prop. Cllr Gorran, Sec. Cllr Tregony',
'Prop Cllr Gorran 2nd Cllr Tregony', 'Proposed Ann Gorran seconded Eve Tregony' (one seconds a
motion, never a person), 'answered by', 'received a report from'
(but not 'request a report from'), 'The deputation of', 'The introduction by' (a planning
committee's list of what it noted)."""
SPOKE_AFTER = re.compile(
    r"^\s*(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?invited\s+to\s+(?:address|speak"
    r"|present|talk|give|update|report|explain|introduce)\b|attended(?:\s+(?:the|this)\s+meeting)?"
    r"\s+and\s+(?=[a-z])|(?:wanted|wished)\s+to\s+know\b|summed\s+up\b|(?:was|were)\s+thanked"
    r"\s+for\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:report|presentation|update|talk|address"
    r"|briefing)\b|paid\s+(?:tribute|their\s+respects)\b"
    r"|['’]s\s+(?:questions?|comments?|response|statement|presentation|introduction)\b"
    r"|(?:was|were)\s+(?:\w+\s+)?(?:concerned|worried)\s+(?:that|about|at|by)\b"
    r"|had\s+nothing\s+(?:further\s+|new\s+|more\s+)?to\s+report\b"
    r"|(?:\([^()]{1,60}\)\s*)?to\s+(?:present|introduce)\s+(?:the|this|his|her|their)\s)")
"""What after a name makes them speak though no speech verb follows at once: 'had been invited
to address the meeting', 'attended the meeting and reported …' (then read on), 'wanted to
know', 'summed up', 'was thanked for his report', "Councillor Llewellyn's question", 'was
concerned that …' (a concern voiced), 'had nothing to report', '(Chief Finance Officer) to
present the report'."""
SPOKEN_BY = re.compile(r"\b(?:confirmed|stated|commented\s+on|queried|questioned|mentioned"
                       r"|highlighted|clarified|emphasised|emphasized|stressed)\s+by\s+$")
"""'… and confirmed by County Councillor Yvonne Peacock': said at the meeting (a company
'recommended by' or a letter 'sent by' someone was not)."""
LIST_COMMA = re.compile(r"\s*,\s*")
BY_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
COORDINATED = re.compile(r"\s*(?:,\s*[^,.;:()]{1,80}?(?:\s*\([^)]{0,40}\))?\s*)?(?:and|&)\s*")
"""Between two people who speak together: 'X and Y', 'X, Head of Commissioning and Y'."""
ORGANISATION_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
ROLE_ASKED = re.compile(r"^\s+(?:was\s+)?(?:asked|requested|instructed)\s+to\b")
ADVERBS = frozenset(
    """
    also then further briefly subsequently again formally verbally kindly both duly
    additionally finally each jointly
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
MAX_GAP_WORDS = 16
ASIDE_AFTER = re.compile(r"^\s*,\s*who\s+[^,.;:()]{1,80},\s*(?=[a-z])")
MAX_ROLE_WORDS = 8
WELSH_SPOKE = re.compile(rf"\b(?:{'|'.join(WELSH_SPEAKING)})\s+$")
"""A Welsh verb of speaking just before a name: its speaker ('Gofynnodd Sian Owen am …')."""
SPEECH_CACHE = 1024
"""Recent headings read for speech at their start: a line is tried as several kinds of heading."""
SPEECH_OPENING = 400
"""How much of a text starts_with_speech reads: a name and the 200 characters after it."""


PLURAL_TAIL = re.compile(r"\s(?:Councillors|Cllrs|Crs|Messrs|Mesdames)\.?\s+$")
"""A plural honorific just before the first of the names it covers ('questions from Councillors
Baird and Lennox'): what comes before it is what comes before each name."""


PLACE_BEFORE = re.compile(r"\b(?:of|at|near)\s+(?:the\s+)?$")
"""The words before a place's name: a capitalised phrase after them is where, not who."""


def speaking(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions in text that are people speaking, presenting or moving."""
    spoke = [False] * len(found)
    listed = False
    """Whether found[i + 1] speaks as one of a list that ends in 'and' ('A, B and C spoke')."""
    for i in reversed(range(len(found))):
        mention = found[i]
        after = text[mention.end:mention.end + 200]
        before = PLURAL_TAIL.sub(" ", text[max(0, mention.start - 40):mention.start])
        role_asked = mention.person.surname.startswith("The ") and ROLE_ASKED.match(after)
        coordinated = i + 1 < len(found) and _coordinated(text, mention, found[i + 1])
        in_list = listed and LIST_COMMA.fullmatch(text, mention.end, found[i + 1].start)
        listed = bool(coordinated or in_list)
        if i and ORGANISATION_AFTER.fullmatch(text, found[i - 1].end, mention.start):
            # 'Mr Tom Brown of Anglian Water gave …': the speaker's organisation, not a person.
            continue
        if PLACE_BEFORE.search(before) and not mention.person.honorific:
            # 'Two residents of Fenby Row asked …', 'a traffic count at Pont Ddu, seconded
            # by …': a place, whoever speaks.
            continue
        spoke[i] = bool((speaks(after) and not role_asked) or PASSIVE.search(before)
                        or WELSH_SPOKE.search(before)
                        or coordinated or in_list or SPOKEN_BY.search(before)
                        or ("from" in before and REPORT_FROM.search(
                            text, max(0, mention.start - 200), mention.start)))
    by = False
    for i, mention in enumerate(found):
        # 'tributes were made by Mr Gough, Mr Rayner, … and Mr Lehmann': the whole list.
        joined = i and BY_LIST.fullmatch(text, found[i - 1].end, mention.start)
        by = bool(PASSIVE.search(PLURAL_TAIL.sub(" ", text[max(0, mention.start - 40):
                                                          mention.start]))
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


def speaks(after: str) -> bool:
    """Return True if the text after a name leads to a speech verb through an apposition."""
    if aside := ASIDE_AFTER.match(after):
        # 'Cllr Gorran, who walks the path daily, reported …': a clause about the person
        # between the name and the verb.
        after = after[aside.end():]
    spoke = SPOKE_AFTER.match(after)
    if spoke:
        return not spoke.group(0).rstrip().endswith("and") or speaks(after[spoke.end():])
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
        elif lower == "2nd" and count == 0:
            # 'Cllr Lusher 2nd, all in favour': a clerk's short word for seconded, not a date
            # ('Ordinary Meeting Tuesday 2nd October').
            return words[1:2] in ([], [","], ["."], [";"])
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
    return bool(COORDINATED.fullmatch(between)) and speaks(
        text[second.end:second.end + 200])
