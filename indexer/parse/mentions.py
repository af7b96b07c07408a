"""People named in a text: honorific names, full names, initials and surnames, roles."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .people import FULL_NAME, HONORIFIC_NAME, NAME_WORD, PLURAL_TITLES
from .person_names import NOT_NAMES, PersonName, full_name, honorific_name

MOVER = re.compile(rf"\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*"
                   rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)")
MOVER_WORDS = ("BY", "SECOND")
"""Words one of which text holds if MOVER can match: it is searched only then."""
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
    r"|Limited|Ltd|LLP|plc|Room|Rooms|Pavilion|Library|Institute)\b")
"""A word after capitalised words, or ending them, that makes them a body's name ('Bro Tawe
Council') or a building's ('Polvean Reading Room')."""
THING_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?$|\b[A-Z]\w*['’]s\s+$"
                          r"|\b(?:Head|Director|Leader|Member|Manager|Officer|Holder)\s+(?:of|for)"
                          r"\s+$")
"""'the new Devolution Framework', 'SBC's Access Ranger', 'Head of Economic Growth': a thing or
a post, not a person."""
THING_LOOKBACK = 24
POST_ENDS = frozenset("officer manager director clerk secretary treasurer solicitor surveyor "
                      "engineer accountant auditor adviser advisor commissioner inspector".split())
"""A post's last word: a capitalised run after 'the' that ends with one names a post."""
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s*)+")
SPEECH_NEXT = re.compile(r"\s+(?:asked|said|reported|explained|replied|stated|noted|commented"
                         r"|suggested|proposed|queried|thanked|raised|spoke|presented|confirmed)\b")
"""A speech verb straight after a name."""
PLURALS = {word: PLURAL_TITLES[word]
           for word in ("Cllrs", "Councillors", "Councilors", "Messrs", "Mesdames", "Crs")}
"""The plural titles read before names in running text (the attendance lists' own too)."""
PLURAL_WORDS = re.compile("|".join(PLURALS))
PLURAL_ENTRY = rf"(?:[A-Z]\.?\s*(?:[A-Z]\.?\s*){{0,2}}\s)?{NAME_WORD}"
"""One name under a plural honorific: 'Hayward', or with initials 'M Barlow', 'D. A. Price'."""
PLURAL_NAMES = re.compile(
    rf"\b(?P<hon>Cllrs|Councillors|Messrs|Mesdames|Crs)\.?\s+(?P<names>{PLURAL_ENTRY}"
    rf"(?:\s*(?:,|&|and)\s*{PLURAL_ENTRY})+)")
"""'Cllrs Hayward, Hillard & Shewell', 'Cllrs M Barlow, R Tindall and A Greaves': several
people under one plural honorific."""
MOTION_WORD = r"(?:Seconded|Proposed|Carried|Agreed|Resolved|Approved|Abstained|Vote)\b"
"""A motion's word after a name: 'Proposed: K Mitchell Seconded: S Anderson'."""
INITIAL_SURNAME = re.compile(
    rf"(?P<init>[A-Z](?<![\w.&/-][A-Z])(?:\.\s?(?:[A-Z]\.\s?){{0,2}}|[A-Z]?(?<=[B-HJ-Z])\s))"
    rf"(?P<surname>{NAME_WORD})\b(?!\s+(?!{MOTION_WORD})[A-Z][a-z])")
"""'P. Agate', 'M Pogmore': initials and a surname with no honorific, not in a capitalised run
('A Parish Council' starts with an article; 'I' is a word; 'M Pogmore Esq' is no surname), but
a motion's word may follow.
It opens with the capital and looks back from it, so that re skips to capitals (a pattern that
opens with a look-behind is tried at every position: three times as slow)."""
WORD_INITIAL = re.compile(
    rf"(?<![\w.&/-])(?P<init>[AI]) (?P<surname>{NAME_WORD})\b(?!\s+[A-Z][a-z])")
"""'A Brodie', 'I Lusk': an initial that is also a word, a name only where it speaks or is moved
by ('A Brodie raised …', '… seconded by A Brodie')."""
NAMED_BY = re.compile(r"(?:\bby|,|\band|&|\b(?:Proposed|Seconded|Moved))\s$")
"""What stands before a name that moves or seconds: 'proposed by ', 'and ', a label's 'Proposed '
(a sentence's 'seconded A Penrose' names whom it put forward)."""
NAMED_BY_REACH = 10
CAPITALISED_BEFORE = re.compile(r"\b(?!(?:Proposed|Seconded|Moved|Prop|Sec)\s)[A-Z][a-z]+\s$")
"""A capitalised word just before: 'Item B Finance', 'Plan A Smith' are not people; a motion's
word is ('Proposed E Bryce, seconded R Tolmie')."""
WELSH_SPEAKING = tuple("""
    Dywedodd Gofynnodd Holodd Adroddodd Cynigiodd Eiliodd Esboniodd Diolchodd Croesawodd
    Cadarnhaodd Awgrymodd Nododd Atebodd Cyflwynodd Datganodd
    """.split())
"""Welsh verbs of speaking and moving in the past tense, which stand before who spoke."""
WELSH_VERBS = frozenset((*WELSH_SPEAKING, "Gadawodd", "Ymddiheurodd", "Cytunodd"))
"""Welsh past-tense verbs before a name, leaving and agreeing too: never part of the name."""
MENTIONS_CACHE = 4096
"""Recent paragraphs whose names are kept: a paragraph is read for names several times."""


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
        # 'The Electoral Registration Officer confirmed …': a post after 'the', not a person.
        if THING_BEFORE.search(text, max(0, match.start() - THING_LOOKBACK), match.start()) \
                and ((run_end := CAPITALISED_RUN.match(text, match.start()).end())
                     > len(text[:match.end()]) + 1 or not SPEECH_NEXT.match(text, match.end())
                     or match.group("surname").lower() in POST_ENDS):
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
    for match in WORD_INITIAL.finditer(text) if "A " in text or "I " in text else ():
        if match.group("surname").lower() not in NOT_NAMES \
                and (SPEECH_NEXT.match(text, match.end())
                     or NAMED_BY.search(text, max(0, match.start() - NAMED_BY_REACH),
                                        match.start())) \
                and not _overlaps(named_starts, named_ends, match.start(), match.end()):
            found.append(Mention(match.start(), match.end(),
                                 PersonName("", match.group("init"), "", match.group("surname"))))
    for match in PLURAL_NAMES.finditer(text) if PLURAL_WORDS.search(text) else ():
        # 'Cllrs Hayward, Hillard & Shewell': each is 'Cllr Hayward', … .
        honorific = PLURALS[match.group("hon")]
        for name in re.finditer(rf"(?P<init>(?:[A-Z]\.?\s*){{1,3}}\s)?(?P<surname>{NAME_WORD})",
                                match.group("names")):
            start = match.start("names") + name.start()
            surname = name.group("surname")
            initials = " ".join((name.group("init") or "").replace(".", " ").split())
            end = match.start("names") + name.end()
            if surname.lower() not in NOT_NAMES and not _overlaps(starts, ends, start,
                                                                  start + 1):
                # 'R Tindall' read alone above is the same person, now with the honorific.
                found = [m for m in found if not (start <= m.start and m.end <= end)]
                found.append(Mention(start, end, PersonName(honorific, initials, "", surname)))
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


def _sentence_start(text: str, index: int) -> bool:
    """Return True if index begins a sentence: nothing but spaces before it, or a stop.

    Only the end of the text before index is read ('4. ' ends in a stop too), so many roles in
    one long paragraph cost no more than the paragraph.
    """
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index == 0 or text[index - 1] in ".:;"
