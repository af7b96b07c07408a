"""Who speaks in an agenda item, named as fully as the record allows."""

from __future__ import annotations

import re

from .blocks import LIST_MARKER, is_title_like
from .mentions import mentions
from .name_book import WORD_RUN, NameBook, Seen
from .people import plural_rank, role_key
from .person_names import PersonName
from .speech import PASSIVE, SPEECH_VERBS, speaking, speaks

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
RANKS_SPEAKING = re.compile(r"\b[Tt]he\s+(?P<plural>[A-Z]{2,4}s)\b")
NEGATIONS = frozenset("no none nil not nothing".split())
DECLARATIONS = re.compile(r"\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,3}interests?\b",
                          re.I)
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
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
NAME_RUNS = 3


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
                if (at == 0 or not lowered[at - 1].isalnum()) and speaks(text[end:end + 200]):
                    names.setdefault(name)
                    break
                at = lowered.find(f"the {post}", end)
    return list(names)


AND_FIRST = re.compile(r"\s+(?:and|&)\s+(?P<word>[A-Z][a-z]{2,})\b")
"""A second first name joined to the first ('Beth and Carl agreed …')."""
SENTENCE_FIRST_WORD = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?P<word>[A-Z][a-z]{2,})\b")


def first_names_speaking(paragraphs: list[str], firsts: dict[str, str]) -> list[str]:
    """Return who speaks by first name alone ('Morag welcomed everyone', 'Callum advised that
    …', a paragraph labelled 'Eithne: …'), at a sentence's start, where the attendance gives that
    first name to one person."""
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
            pair = AND_FIRST.match(text, end) if name else None
            other = firsts.get(pair.group("word")) if pair else None
            if other and speaks(text[pair.end():pair.end() + 200]):
                # 'Beth and Carl agreed to repaint the board': both of them.
                names.setdefault(name)
                names.setdefault(other)
                continue
            if name and (speaks(text[end:end + 200])
                         or (match.start() == 0 and REPORT_LABEL.match(text, end))):
                # 'Eithne: new pages for the lights …': who reports, as a label.
                names.setdefault(name)
        for match in CAPITAL_WORD.finditer(text):
            name = firsts.get(match.group(0))
            if name and not SURNAME_AFTER.match(text, match.end()) \
                    and PASSIVE.search(text[max(0, match.start() - MOVER_REACH):match.start()]):
                # 'Accepted, proposed by Duncan and seconded by Morven.': who moved and who
                # seconded, named as the record names its members (a surname after the first
                # name is read as full names are).
                names.setdefault(name)
    return list(names)


def surnames_moving(paragraphs: list[str], book: NameBook) -> list[str]:
    """Return the movers, seconders and speakers a record names by surname alone ('Moved by
    Tolland, Seconded by Breck', 'Breck proposed …' opening a sentence), where the meeting's
    list names one person of that surname."""
    names: dict[str, None] = {}
    surnames = {p.surname.lower() for p in book.people}
    for text in paragraphs:
        for pair in MOVERS_SURNAMES.finditer(text) if "/" in text else ():
            # 'RESOLVED: (Hollis/Rudd)': the mover and the seconder, by surname, in brackets.
            people = [book.listed(pair.group(part)) if pair.group(part).lower() in surnames
                      else None for part in ("mover", "seconder")]
            if all(people):
                for person in people:
                    names.setdefault(book.resolve(person))
        for match in CAPITAL_WORD.finditer(text):
            if match.group(0).lower() not in surnames or SURNAME_AFTER.match(text, match.end()):
                continue
            if not PASSIVE.search(text[max(0, match.start() - MOVER_REACH):match.start()]) \
                    and not (SENTENCE_START.search(text[max(0, match.start() - STOP_REACH):
                                                        match.start()])
                             and speaks(text[match.end():match.end() + SPEECH_REACH])):
                continue
            person = book.listed(match.group(0))
            if person is not None:
                names.setdefault(book.resolve(person))
    return list(names)


MOVERS_SURNAMES = re.compile(r"\((?P<mover>[A-Z][a-z'’-]+)\s?/\s?(?P<seconder>[A-Z][a-z'’-]+)\)")
"""A motion's mover and seconder by surname in brackets after its label ('(Hollis/Rudd)')."""
SENTENCE_START = re.compile(r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)"
                            r"(?<!\bCouncillor)(?<!\bMiss)(?<!\bRev)[.;:]\s+)$", re.I)
"""Where a sentence opens: a surname there, before its verb, names who spoke ('Lowis proposed
…'), not a place or a thing in the sentence's middle, nor a name after an honorific's stop
('Mr. Vosper')."""
SPEECH_REACH = 200
STOP_REACH = 16
"""How far back from a surname its sentence's opening stop is looked for."""
REPORT_LABEL = re.compile(r" ?: +\S")
RUN_IN_LABEL = re.compile(r"^(?P<name>[A-Z][\w.'’ -]{2,40}?):\s+(?:\S+\s+){3}")
LABEL_REACH = 45
CAPITAL_WORD = re.compile(r"\b[A-Z][a-z'’-]+\b")
MOVER_REACH = 40
SURNAME_AFTER = re.compile(r"\s+[A-Z]")


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
    lined: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        if paragraph.endswith(":") and len(paragraph.split()) <= LABEL_WORDS:
            found = mentions(paragraph[:-1])
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(paragraph) - 1:
                person = found[0].person
                if person.honorific or person.initials or book.knows(person):
                    names.setdefault(book.resolve(person))
        elif ":" in paragraph[:LABEL_REACH] and (label := RUN_IN_LABEL.match(paragraph)):
            # 'Cllr Gorran: the stile has been repaired …': the label run into what was said.
            found = mentions(label.group("name"))
            if len(found) == 1 and found[0].start == 0 \
                    and found[0].end == len(label.group("name")) \
                    and (found[0].person.honorific or book.knows(found[0].person)):
                names.setdefault(book.resolve(found[0].person))
        elif (noted := NOTED_LABEL.match(paragraph)) is not None:
            # A verbatim report's label: 'Owen Pryde (Eastfield) (Lab): The rent review …',
            # the member with their ward and party; 'The Convener (Marion Tate): …', the
            # chair's name in the brackets after the post.
            who = noted.group("first") if noted.group("name").startswith("The ") \
                else noted.group("name")
            found = mentions(who)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(who) \
                    and (found[0].person.first or found[0].person.honorific
                         or book.knows(found[0].person)):
                names.setdefault(book.resolve(found[0].person))
        elif k + 1 < len(paragraphs) and _speaker_line(paragraph, paragraphs[k + 1], book):
            # A transcript's speaker on a line of their own over what they said ('Councillor
            # Grainne Foley' / 'I welcome the figure …'), perhaps with the time they spoke
            # ('Councillor Joan Abney 14 Mar 2011, 7:05 p.m.'): where
            # two or more speak so, as a transcript's do (one name over a paragraph is a
            # table's cell, a lead officer or a heading).
            lined.append(book.resolve(mentions(SPOKEN_AT.sub("", paragraph))[0].person))
    if len(lined) >= MIN_SPEAKER_LINES:
        names.update(dict.fromkeys(lined))
    return list(names)


NOTED_LABEL = re.compile(r"^(?P<name>[A-Z][\w.'’ -]{2,40}?)\s+\((?P<first>[^()]{2,60})\)"
                         r"(?:\s+\([^()]{1,60}\)){0,2}:\s+\S")
SPOKEN_AT = re.compile(r"^[•·▪]\s*|\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4},\s+\d{1,2}[:.]\d{2}"
                       r"\s*(?:[ap]\.?m\.?)?$")
"""A transcript's mark before its speaker's name, and the time it gives after it ('14 Mar
2011, 7:05 p.m.')."""
MIN_SPEAKER_LINES = 2
SPEECH_WORDS = 6
"""The fewest words of what a transcript's speaker said, in the paragraph under their name."""


def _speaker_line(paragraph: str, said: str, book: NameBook) -> bool:
    """Return True for a paragraph that is a person's name alone, written with an honorific, a
    rank or a first name, or known to the document, over a sentence they said."""
    name = SPOKEN_AT.sub("", paragraph)
    if len(name.split()) > LABEL_WORDS + 2 or len(said.split()) < SPEECH_WORDS \
            or not said[:1].isupper():
        return False
    found = mentions(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name.rstrip(".")) \
        and bool(found[0].person.honorific or book.knows(found[0].person))


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


SURNAME_CELL = re.compile(r"^(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+"
                          r"(?=(?:Agenda\s+)?Items?\b|Minutes?\b|Min\.?\s|(?:Personal|Prejudicial|Pecuniary|Disclosable"
                          r"|Other\s+registrable)\b)")
"""A table's row of who declared what, saved as text: a surname alone in its first cell, then
the item or the kind of interest ('Gorran  Agenda Item 6 – Personal Interest …')."""


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
        if words & NEGATIONS or words & SPEECH_VERBS or "apologies" in words:
            # 'No declarations from Cllr X'; 'Cllr Y declared …' is found as speech; in an
            # item of apologies and declarations, who sent apologies declared nothing.
            continue
        row = SURNAME_CELL.match(text)
        surnamed = PersonName("", "", "", row.group("surname")) if row else None
        if surnamed and (book.knows(surnamed) or (book.document and book.document.knows(surnamed))):
            # 'Gorran        Agenda Item 6 – Personal Interest as a trustee …': a table of
            # who declared, its first cell a member's surname the attendance gives.
            names.setdefault(book.resolve(surnamed))
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
            if speaks(text[match.end():match.end() + 200]):
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
                    and speaks(text[end:end + 200]):
                spoke.add(first)
    return [seen.firsts[first] for first in sorted(spoke, key=seen.order.__getitem__)]
