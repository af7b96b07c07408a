"""People minutes name by their initials ('KC reported …'), resolved through the attendance list."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .people import NAME_WORD
from .speech import SPEECH_VERBS

HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd)\.?\s+)"
LISTED = re.compile(
    rf"(?=[A-Z])(?P<name>{HONORIFIC}?(?:[A-Z][a-z'’]+|[A-Z]\.?)"
    r"(?:[- ][A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?){1,2})\s*"
    r"(?:\([^)]{0,25}\)\s*)?"
    r"[(\[]?(?P<initials>[A-Z][a-z]?[A-Z](?:[a-z]?[A-Z]|[a-z])?)[)\]]?(?=[\s,;.)*]|$)")
"""A name and its initials ('Kenny Combe KC', 'Jo Sims (JS)'), perhaps an aside between."""
POSTED = re.compile(
    rf"(?P<name>{HONORIFIC}?(?:[A-Z][a-z'’]+|[A-Z]\.?)"
    r"(?:[- ][A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?){1,2}),\s*[A-Za-z][A-Za-z ]{1,30}?,?\s*$")
"""A name and its post after a comma, just before initials in brackets ('Elaine Tregony, Chair
(EMcT)'): read after LISTED, so that a list's next name is never taken for a post."""
BRACKETED_INITIALS = re.compile(r"[(\[](?P<initials>[A-Z][a-z]?[A-Z](?:[a-z]?[A-Z]|[a-z])?)[)\]]")
POSTED_REACH = 80
"""How far before its initials a posted name may start."""
ROW_LISTED = re.compile(rf"^{HONORIFIC}?(?P<name>[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){{1,2}})"
                        r"\b[^\n]{0,80}?\((?P<initials>[A-Z]{2,3})\)[ \t]*$", re.M)
"""A row of a table of who was present, its name first and its initials in brackets last."""
SURNAME_LISTED = re.compile(rf"(?:^|[,:;]\s*|\band\s+)(?P<name>{HONORIFIC}?[A-Z][a-z'’]+"
                            r"(?:-[A-Z][a-z'’]+)?)\s*\((?P<initials>[A-Z]{2,3})\)", re.M)
"""A surname alone in a list and its initials in brackets ('Councillors: Garside (PG)')."""
LIST_LABEL = re.compile(r"^\s*(?:present|chair(?:man|person)?|councillors?|cllrs|clerk"
                        r"|in\s+attendance|also\s+present)\b", re.I)
"""The label of a line listing who attended, where a surname alone may carry initials."""
MOVERS_PAIR = re.compile(r"\((?P<mover>[A-Z]{2,3})\s?/\s?(?P<seconder>[A-Z]{2,3})\)")
"""A proposer's and a seconder's initials in brackets after what they moved: '(RA/OP)'."""
CAPITAL_INSIDE = re.compile(r"(?<=[a-z])(?=[A-Z])")
AUXILIARY = frozenset("had has have was also then kindly further briefly again duly".split())
CANDIDATE = re.compile(r"(?<![\w.])[^\W\d_a-z][a-z]?[^\W\d_a-z]\w*"
                       r"|(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w.])"
                       r"|(?<![\w.])[A-Z]\.[A-Z](?:\.[A-Z])?(?![\w.])")
"""A whole word that may be initials or initials glued to a verb: its first letter and its
second or third a capital (or any letter outside a-z), as every key of an initials map is; or
initials written with stops ('P.K. declared …', 'N.C reported …')."""
GLUED = re.compile(r"^(?P<initials>[A-Z]{2,3})(?P<verb>[a-z]{4,})$")
ASIDE = re.compile(r"\s*\([^()]{1,160}\)")
"""A bracketed aside after initials, read past to the verb."""
JOINED_INITIALS = re.compile(r"\s*(?:,|and|&)\s+[A-Z]{2,3}\b")
"""Another member's initials joined on: 'GD and RW agreed to organise …'."""
NOTHING_NEW = re.compile(r"\s*(?:had|has|was)\s+(?:no|nothing)\s+(?:further\s+|new\s+|more\s+)?"
                         r"(?:information|news|update|progress|report|to\s+report)\b")
"""'GD had no further information': a member reporting that there is nothing to report."""
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|^[-•*–]\s+)$")
"""Where a sentence or a list's point opens ('- MC: noticeboard …')."""
SPEAKER_LABEL = re.compile(r"^\s*[–—:-]\s+\S")
"""A dash or colon after initials that open a paragraph: who speaks, as a label."""
COLON_LABEL = re.compile(r"^:\s+[A-Z0-9(“\"']")
"""A colon after initials inside a paragraph whose lines were joined ('… Playing Fields RJ:
Village Hall Trust'): each line was one member's, labelled by their initials (not
'TA & HM: Village Hall Representatives', members named to a post)."""
SPEECH_REACH = 40
"""The words read after initials for a verb of speech: never far into a paragraph."""
MOVER_BEFORE = re.compile(
    r"(?:\b(?:by|Prop\.?|Proposed|proposed|Proposer|proposer|Seconded|seconded|Seconder"
    r"|seconder|2nd|Approved|Approval)"
    rf"\s*[–:-]?\s*){HONORIFIC}{{0,2}}$")


ORGANISATION_WORDS = frozenset("""
    unit group council board partnership team service services committee society association
    trust fund office police authority plan strategy report agency centre center network forum
    hall church school club panel commission executive department county borough district
    parish town community city village road street lane house court project scheme programme
    """.split())


def initials_map(text: str) -> dict[str, str]:
    """Return initials → full name from lists that give both ('Kenny Combe KC', 'Jo Sims (JS)',
    'E Pritchard (EP)', 'D Morgan-Owen (DMO)').

    Initials count only when they fit the name: the first letter of the first name and the
    first letter of the surname ('PWh' for Paul Wheelhouse).
    """
    found: dict[str, set[str]] = {}
    for match in ROW_LISTED.finditer(text) if ")" in text else ():
        # 'Morwen Chegwin CC Tregyn County Councillor (Polvean) (MC)': a table's row, the
        # name first and the initials last, what the person represents between.
        # The name's words run on into what they represent ('Jan Udy Polvean Parish …'):
        # the shortest that the initials spell is the name.
        words = match.group("name").split()
        name = next((" ".join(words[:n]) for n in range(2, len(words) + 1)
                     if _fits(match.group("initials").lower(), CAPITAL_INSIDE.sub(
                         " ", " ".join(words[:n]).replace("-", " ")).lower().split())), "")
        if name:
            found.setdefault(match.group("initials"), set()).add(name)
    listed = set()
    for posted, raw, initials in itertools.chain(
            ((False, m.group("name"), m.group("initials")) for m in LISTED.finditer(text)),
            _posted(text)):
        if posted and initials in listed:
            # 'Jan Udy, Jo Pascoe (JP)': the name before the initials is theirs.
            continue
        # 'Present Rob Boyd RB': the list's label opens the line, not the name.
        name = re.sub(rf"^(?:(?:Present|Attendance|Apologies)\s+)?{HONORIFIC}?", "", raw)
        if re.match(r"^[A-Z]\.?\s+[A-Z][a-z]", name) and not _fits(
                initials.lower(), name.replace("-", " ").lower().split()):
            # 'O Richard Toward (RT)': a stray letter before a full name is no initial of it.
            name = name.split(maxsplit=1)[1]
        # 'Donald MacPhee (DMP)': a surname's inner capital starts a part the initials spell.
        # 'Elaine McTregony (EMcT)': or the prefix's letters are the initials' own.
        words = CAPITAL_INSIDE.sub(" ", name.replace("-", " ")).split()
        whole = name.replace("-", " ").lower().split()
        capitals = [c for c in initials if c.isupper()]
        if len(capitals) <= 3 and (_fits(initials.lower(), [w.lower() for w in words])
                                   or _fits(initials.lower(), whole)) \
                and not ORGANISATION_WORDS & {w.lower() for w in words}:
            found.setdefault(initials, set()).add(name)
            listed.add(initials)
    listing = [line for line in text.split("\n") if LIST_LABEL.match(line)] if ")" in text else []
    for match in (m for line in listing for m in SURNAME_LISTED.finditer(line)):
        # 'Present: Councillors: Garside (PG), Lund (HL)', 'Chair: Cllr Mossop (KM)': a
        # surname alone before initials that end with its letter.
        initials, name = match.group("initials"), match.group("name")
        if initials not in found and initials[-1] == name.split()[-1][0] \
                and initials not in NOT_INITIALS:
            found[initials] = {name}
    return {initials: names.pop() for initials, names in
            ((initials, _fullest(names)) for initials, names in found.items())
            if len(names) == 1}


def _posted(text: str) -> Iterator[tuple[bool, str, str]]:
    """Yield (True, name, initials) for each name given its post before its initials
    ('Elaine Tregony, Chair (EMcT)'): found from the bracketed initials back, as few lines
    have any."""
    for bracket in BRACKETED_INITIALS.finditer(text) if "(" in text or "[" in text else ():
        before = text[max(0, bracket.start() - POSTED_REACH):bracket.start()]
        if "," in before and (match := POSTED.search(before)):
            yield True, match.group("name"), bracket.group("initials")


def _fullest(names: set[str]) -> set[str]:
    """Return the names left when one person's initial form gives way to his full one ('R
    Toward' and 'Richard Toward' are Richard Toward)."""
    fuller = {name for name in names if not any(
        other != name and other.split()[-1] == name.split()[-1] and other[:1] == name[:1]
        and len(other) > len(name) for other in names)}
    return fuller or names


def attendance_initials(people: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Return initials → name for attendance names that minutes may shorten ('Cllr C Pointeer'
    is 'CP' in 'Prop. CP, 2nd RC'): the first name's or first initial's letter and the
    surname's (and every word's of a name of three), where only one person has them and they
    are not an organisation's letters.

    people maps each display name to its (first name or initials, surname)."""
    found: dict[str, set[str]] = {}
    for display, (first, surname) in people.items():
        if first[:1].isupper() and surname[:1].isupper():
            found.setdefault(first[0] + surname.split()[-1][0], set()).add(display)
            words = [*first.split(), *surname.split()]
            if len(words) == 3 and all(word[:1].isupper() for word in words):
                # 'Glesni Mai Hughes' is 'GMH' too, a middle name's letter and all.
                found.setdefault("".join(word[0] for word in words), set()).add(display)
    return {letters: names.pop() for letters, names in found.items()
            if len(names) == 1 and letters not in NOT_INITIALS}


NOT_INITIALS = frozenset("PC CC TC DC BC MP".split())
"""Letters minutes use for bodies ('the PC', 'CC'), never read as a person's initials."""


def _fits(initials: str, words: list[str], first: bool = True) -> bool:
    """Return True if initials spell the name: each word's first letters, in order ('pwh' for
    Paul Wheelhouse, 'fre' for Frank Reid), the first and last words always given and a
    middle name by its initial or not at all."""
    if not words:
        return not initials
    word, rest = words[0], words[1:]
    middle = not first and bool(rest)
    if middle and _fits(initials, rest, False):
        return True
    for n in range(1, min(1 if middle else len(word), len(initials)) + 1):
        if initials[:n] == word[:n] and _fits(initials[n:], rest, False):
            return True
    return False


def initial_speakers(paragraphs: list[str], known: dict[str, str]) -> list[str]:
    """Return the full names of people who speak, propose or second by their initials."""
    if not known:
        return []
    # Initials are whole words: each word that could be initials is looked up, not matched
    # against every initials known (a pattern of thousands of alternatives tried at every
    # position).
    names: dict[str, None] = {}
    for text in paragraphs:
        for pair in MOVERS_PAIR.finditer(text) if "/" in text else ():
            # '… be signed as a correct record (RA/OP)': who proposed and who seconded it.
            if pair.group("mover") in known and pair.group("seconder") in known:
                names.setdefault(known[pair.group("mover")])
                names.setdefault(known[pair.group("seconder")])
        for match in CANDIDATE.finditer(text):
            word = match.group().replace(".", "")
            glued = GLUED.match(word) if word not in known else None
            if glued and glued.group("initials") in known \
                    and (glued.group("verb") in SPEECH_VERBS or glued.group("verb") == "agreed"):
                # 'FRErequested': a table's cells joined without a space.
                names.setdefault(known[glued.group("initials")])
                continue
            if word not in known:
                continue
            before = text[max(0, match.start() - 20):match.start()]
            after = text[match.end():match.end() + SPEECH_REACH]
            aside = ASIDE.match(text, match.end())
            if aside:
                # 'JF (who is Convener of the Roads Committee at SBC) explained …'.
                after = text[aside.end():aside.end() + SPEECH_REACH]
            if re.search(r"\b[Tt]he\s+$", before):
                # 'the CC supported …': the Community Council, though a member's initials too.
                continue
            if MOVER_BEFORE.search(before) or _speaks(after) \
                    or (SENTENCE_START.search(before) and SPEAKER_LABEL.match(after)) \
                    or (before.endswith(" ") and not re.search(r"(?:&|,|\band)\s$", before)
                        and COLON_LABEL.match(after)):
                # 'DS – proposed that …', '… replaced. KK – stated that …': a paragraph or a
                # sentence opened by who spoke, as a label.
                names.setdefault(known[word])
    return list(names)


def _speaks(after: str) -> bool:
    """Return True if the words after initials say they spoke ('KC had reported', 'RA pointed',
    'GD and RW agreed', 'GD had no further information')."""
    joined = JOINED_INITIALS.match(after)
    if joined:
        after = after[joined.end():]
    if NOTHING_NEW.match(after):
        return True
    for word in after.split()[:3]:
        word = word.strip(",;:").lower()
        if word in SPEECH_VERBS or word == "agreed":
            return True
        if word not in AUXILIARY:
            return False
    return False


MOVER_NAME = re.compile(
    r"\b(?:[Pp]roposed|[Ss]econded|[Mm]oved)\s+by\s+(?P<name>(?:(?:Mrs|Mr|Ms|Miss|Dr|Cllr)\.?\s+)?"
    rf"(?:[A-Z]\.\s?){{1,3}}{NAME_WORD})\b")


def mover_names(paragraphs: list[str]) -> list[str]:
    """Return proposers and seconders written with initials and a surname ('by G. Clere')."""
    names: dict[str, None] = {}
    for text in paragraphs:
        for match in MOVER_NAME.finditer(text) if "by" in text else ():
            names.setdefault(match.group("name"))
    return list(names)
