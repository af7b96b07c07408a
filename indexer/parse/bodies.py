"""The council a paper belongs to, read from its heading, and the committee named with it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .committees import DISCLAIMER, committee_key, normalise_committee

NAME_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
PLACE = r"[A-Z][a-z][\w'’]+(?:-[\w'’]+)*"
"""One place's name in a list of them ('Inverbrae, Kilmuir and Dunholm Community Council')."""
AUTHORITY_STOP = (r"(?i:committee|sub-committee|council|meeting|minutes|agenda|board|cabinet"
                  r"|regular|special|annual|planning|assembly|held|notice)\b")
"""Words that end an authority named by its kind before its place ('Town of Marlow Cross Regular
Meeting'): a meeting's words, not the place's."""
CONNECTOR = r"(?:and|with|cum|on|upon|in|by|the|of|le|&|AND|WITH|CUM|ON|UPON|IN|BY|THE|OF)"
BODY_NAME = re.compile(
    rf"\b(?:(?:Borough|City|County|District)\s+Council\s+of\s+{NAME_WORD}"
    rf"(?:\s+(?:(?i:and|upon|on)\s+)?{NAME_WORD}){{0,2}}"
    rf"|(?:(?i:london|royal|metropolitan|county)\s+)?(?i:borough\s+of)\s+{NAME_WORD}"
    rf"(?:\s+(?:(?i:and)\s+)?{NAME_WORD}){{0,2}}"
    rf"|(?:{PLACE},\s+){{1,3}}{PLACE}\s+(?:and|&)\s+{PLACE}\s+"
    r"(?i:(?:group\s+)?(?:parish|town|community)\s+council)\b"
    rf"|{NAME_WORD}(?:\s+(?:{CONNECTOR}\s+)*{NAME_WORD}){{0,4}}(?:\s+\([A-Z][\w'’ -]{{2,30}}\))?\s+"
    r"(?i:(?:parish|town|community|county|district|borough|city|metropolitan\s+borough"
    r"|village|neighbourhood|unitary|combined)\s+council|council|combined\s+authority"
    r"|parish\s+meeting|township(?!\s+(?i:of)\b)))\b(?!\s+(?i:offices?|chambers?|buildings?|depot|hall|house|room)\b)"
    r"(?!\s+(?:on|for)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)[A-Z][a-z])"
    rf"|\b(?:City\s+and\s+County|Corporation|Royal\s+Borough|(?i:municipal\s+district))\s+of\s+"
    rf"{NAME_WORD}"
    rf"(?:\s+(?:(?i:and|upon|on)\s+)?{NAME_WORD}){{0,2}}\b"
    rf"|{NAME_WORD}(?:\s+(?:{CONNECTOR}\s+)*{NAME_WORD}){{0,4}}\s+(?i:association|federation)\s+"
    r"(?i:of\s+(?:local|town|parish|community)(?:\s+and\s+(?:town|parish|community|city))?"
    r"\s+councils)\b"
    rf"|\b(?i:cyngor)\s+(?i:sir|cymuned|tref|dinas|bwrdeistref\s+sirol)\s+{NAME_WORD}"
    rf"(?:\s+{NAME_WORD}){{0,2}}"
    rf"|\b{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}\s+(?i:metropolitan\s+borough)\b"
    rf"|(?<!(?i:for)\s)(?<!(?i:for\sthe)\s)(?:\b(?i:the)\s+)?\b(?=[A-Z])(?:(?i:rural)\s+)?"
    rf"(?i:city|town|township|shire|parish|village|municipality|R\.\s?M\.)"
    rf"\s+(?i:of)\s+(?!{AUTHORITY_STOP}){NAME_WORD}"
    rf"(?:\s+(?:(?i:and|upon|on|de|la|le)\s+)*(?!{AUTHORITY_STOP}|(?i:no)\.?\s*\d){NAME_WORD}){{0,3}}"
    r"(?:\s+(?i:no)\.?\s*\d{1,4}\b)?")
BODY_NAME_WORDS = ("council", "authority", "meeting", "borough", "county", "corporation",
                   "cyngor", "municipal", "city of", "town of", "township of", "shire of",
                   "parish of", "village of", "municipality of", "r.m. of", "rm of", "township")
"""Words one of which any BODY_NAME match holds."""
INSTITUTION = re.compile(
    rf"^{NAME_WORD}(?:\s+(?:{CONNECTOR}\s+)*{NAME_WORD}){{0,4}}\s+(?:(?i:primary|junior|infant"
    r"|nursery|first|middle|secondary|high|grammar|church|community)\s+)?(?i:school|academy)$")
"""A school on a line of its own over its governors' minutes ('Hazelford Primary School')."""
ASSOCIATION = re.compile(
    rf"^{NAME_WORD}(?:\s+(?:{CONNECTOR}\s+)*{NAME_WORD}){{0,5}}\s+(?i:association|society|trust"
    r"|club|forum|partnership|federation|guild|group|company|co-operative|choir|chorus"
    r"|orchestra|union|institute|league|circle|fellowship|alliance|network)"
    r"(?:\s+(?:Ltd|LTD|Limited|LIMITED|Inc|INC|CIC)\.?)?$")
"""A body that is no council, on a line of its own over its minutes ('Millford Allotment
Association', 'Kelso Rivers Trust', 'Ashcombe Cross Village Shop Company', '… Allotments
Association Ltd.', 'Fennick Vale Choir', 'Kelby Women's Institute')."""
WELSH_KIND = re.compile(r"^(?i:cyngor\s+(?:cymuned|tref|sir|dinas|bwrdeistref\s+sirol))\s+"
                        r"(?=.*\b(?i:council)$)")
WELSH_NAME = re.compile(r"^(?i:cyngor)\s(?!.*\b(?i:council)$)")
"""A council named in Welsh alone ('Cyngor Sir Cwmerwyn')."""
FIRST_COUNCIL = re.compile(r"^.*?\b(?i:council)\b")
"""A name ends at its first 'Council': 'MARSHWICK PARISH COUNCIL MINUTES OF THE PARISH COUNCIL'
is Marshwick Parish Council's heading, not a longer name."""
KIND_OF_PLACE = re.compile(r"^(?:Borough|City|County|District)\s+Council\s+of\s")
"""A council named by its kind before its place ('Borough Council of Marrow and Thwaite')."""
COMMITTEE_OF = re.compile(r"^.*\b(?:committee|sub-committee|panel|board|cabinet|forum|meeting)"
                          r"\s+of\s+(?:the\s+)?", re.I)
"""A committee or meeting named before its council ('Finance & General Purposes Committee of
Eastfield Town Council', 'Annual Parish Meeting of Marshwick Parish Council'): the council is what
follows."""
LEADING = frozenset("""
    minutes minute notes draft unconfirmed un-confirmed confirmed approved signed agenda of the a an
    meeting meetings held at assembly
    for ordinary extraordinary annual special regular public summons to and full monthly attend
    previous past recent latest last next forthcoming upcoming
    """.split())
MONTH_COUNCIL = re.compile(r"^(?:january|february|march|april|may|june|july|august|september"
                           r"|october|november|december)\s+council$", re.I)
"""A month's meeting of a council ('June Council'), not a council named for a place."""
ROSTER_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[:–-]\s*(?:Cllrs?|Councillors?)\.?\s+[A-Z]")
"""A member after the council they represent, in a roster ('… Council (Chair): Cllr …'; not a
letterhead's 'Clerk: Mrs …')."""
REPRESENTING = re.compile(r"(?:^|\s)[Rr]epresenting\s*$")
MEMBER_FIRST = re.compile(r"(?:Cllr|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s")
"""An attendance entry's honorific: the name after it is a person's, not a council's."""
CLERK_FIRST = re.compile(r"^(?:(?:Town|Parish|Deputy|Assistant)\s+)?Clerk\s+(?:[A-Z]\.?\s+){1,3}"
                         r"[A-Z][a-z'’-]+\s+(?=[A-Z])")
"""A clerk named by initials and surname before the council a letterhead names."""
MENU_KIND = re.compile(r"^(?:Community|Parish|Town)\s+(?=\S+(?:\s+\S+){0,3}\s+(?:Community|Parish"
                       r"|Town)\s+Council$)")
"""A kind of council before a council of that kind's name: a menu's word, not the name's."""
NAVIGATION = frozenset("""home menu search skip back contact news events links about email e-mail
                        tel telephone phone fax mobile website""".split())
"""A site's menu words, which a page's text may run into the next line ('Home' / 'Council
Meetings'), and a letterhead's contact labels ('Tel: …' / 'Email Parish Council Manager: …')."""
COUNCIL_KINDS = re.compile(
    r"^(?:(?:the\s+)?(?:ordinary|extraordinary|annual|special|full|monthly)\s+)*"
    r"(?:(?:parish|town|community|county|district|borough|city)\s+)?council"
    r"(?:\s+meeting)?$|^(?:(?:ordinary|extraordinary|annual|special)\s+)*meeting$"
    r"|^(?:your|our|my|this|the)\s+(?:(?:parish|town|community|county|district|borough|city)\s+)?"
    r"council$", re.I)
"""A kind of council, not one council's name: 'Full Council', 'Your Council' (a site's menu)."""
PARISH_MEETING_KIND = re.compile(r"^(?:(?:the|annual|ordinary|extraordinary|special)\s+)*parish"
                                 r"\s+meeting$|\bannual\s+parish\s+meeting$", re.I)
"""A parish meeting named by its kind alone, or a council's annual one ('Marshwick Annual Parish
Meeting'): not a parish meeting that is the parish's body ('Fellside Head Parish Meeting')."""
NOISE = re.compile(r"\b(?:(?:approved|draft|confirmed|signed|un-?confirmed)\s+)?"
                   r"(?:minutes|notes|agenda)\s+(?:of|for)\s+(?:the\s+|a\s+)?"
                   r"|\brecords?\s+of\s+(?:\w+\s+)?decisions?\s+(?:of|by)\s+(?:the\s+)?|\bmeeting\s+held\s+on\b.*$"
                   r"|\bheld\s+(?:on|at|in)\b.*$", re.I)
COMMITTEE_WORDS = re.compile(
    r"\b(?:committee|sub-?committee|panel|board|cabinet|partnership|group|commission|forum"
    r"|executive|assembly|authority|trust|trustees|governors|working\s+party"
    r"|(?:parish|town)\s+meeting"
    r"|portfolio\s+holder|(?:is-|cyd-)?[pb]wyllgor|bwrdd|gweithgor|fforwm"
    r"|governing\s+(?:body|board)|(?:advisory|consultative|youth)\s+council)\b", re.I)
"""The words that name a body within a council; an advisory or youth 'council' is one ('Standing
Advisory Council on Religious Education' of a borough)."""
ADDRESSEES = re.compile(r"^(?:all\s+|the\s+)?(?:members|councillors)\s+of\b"
                        r"|^(?:(?:parish|town|deputy|assistant|proper)\s+)?clerk\s+to\b", re.I)
"""'To: ALL MEMBERS OF THE COUNCIL', 'Clerk to the Council': whom a summons is sent to or who
signs it, not the council's name."""
HEADING_LINES = 8
BYLINE = re.compile(r"\b(?:posted|published)\s+(?:on\s+.{4,40}?\s+)?by\b.*$", re.I)
"""A web post's byline ('Posted on 20 October 2025 by Hollow Lane Parish Council'): who runs
the site, not always the body that met."""
REPEATED_WORD = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.I)
"""A text layer that doubles a heading's fragments ('SNORING SNORING PARISH COUNCIL')."""
HYPHEN_SMALL = frozenset("cum on upon in le la by with under the en sur next super".split())


def _may_name_body(text: str) -> bool:
    """Return True if text holds a word BODY_NAME needs: most lines hold none."""
    lower = text.lower()
    return any(word in lower for word in BODY_NAME_WORDS)


def body_name(lines: list[str], *, small: bool = True) -> str:
    """Return the council a heading names ('Marshwick-cum-Hollow Parish Council'), or ''.

    small: a council written in small letters ('Old district council records') may be a
    kind of council, not a name; it is returned only when no line names one with a capital, and
    not at all when small is False.

    The first name wins, unless a later heading line gives the same council its fuller name: a
    web page titled 'Marshwick Parish Council – minutes' whose minutes open 'Marshwick and Hollow
    Parish Council – Ordinary Meeting' is the latter's.
    """
    found = lowered = welsh = ""
    for text in _without_menus(lines)[:HEADING_LINES]:
        if byline := BYLINE.search(text):
            text = text[:byline.start()]
        if caveat := DISCLAIMER.search(text):
            # '… Quorvale Parish Council held on 16th May 2019 … - DRAFT, to be confirmed at the
            # next meeting': the heading before a draft's caveat still names its council; the
            # caveat names none ('SUBJECT TO CONFIRMATION AT NEXT COUNCIL MEETING').
            text = text[:caveat.start()]
        if " Council of " in text:
            # 'The Meeting of the Parish Council of Barlemoor and Hensridge': the council named
            # as its parish's, read as 'Barlemoor and Hensridge Parish Council'.
            text = LOCAL_COUNCIL_OF.sub(lambda m: f"{m.group('place')} {m.group('kind')} Council",
                                        text)
        for match in BODY_NAME.finditer(text) if _may_name_body(text) else ():
            if (text[:match.start()].count("(") > text[:match.start()].count(")")
                    and not COMMITTEE_OF.match(match.group(0))) \
                    or MEMBER_FIRST.match(match.group(0)) \
                    or REPRESENTING.search(text[:match.start()]) \
                    or match.group(0).startswith("Representing ") \
                    or ROSTER_AFTER.match(text, match.end()):
                # 'Cllr Mark Feltham Wessex Vale Council': a member and the council they sit on;
                # 'Tamsby District Council (Chair): Cllr Ann Ash', a roster's line, the same.
                # 'Councillor Moira Dunbar (Glenmoray Council)': the council a member comes from,
                # as 'Representing Glenisla Council' over a joint board's members. '(A site
                # committee of Kelby Town Council)' under a committee's name is its council.
                continue
            name = REPEATED_WORD.sub(r"\1", _without_leading_words(
                COMMITTEE_OF.sub("", _to_first_council(match.group(0)))))
            # 'CYNGOR CYMUNED BRYNGARTH COMMUNITY COUNCIL': the Welsh kind, then the English.
            name = WELSH_KIND.sub("", name) if len(WELSH_KIND.sub("", name).split()) >= 3 \
                else name
            # 'Town Clerk J M Trebarwith Lanreath Town Council': a letterhead's clerk, then
            # the council.
            name = CLERK_FIRST.sub("", name)
            words = name.split()
            menu = max((k for k, word in enumerate(words[:-1])
                        if word.lower() in NAVIGATION and words[k + 1][:1].isupper()), default=-1)
            if menu >= 0:
                # 'Home Village News Parish Council': a site's menu run into the council's
                # name; the name is what follows its last menu word ('Home of …' is no menu).
                name = " ".join(words[menu + 1:])
                if not name:
                    continue
            if MENU_KIND.match(name):
                # 'Home  Community  Glenbrae Community Council  Events': a menu's entry
                # before the council's name.
                name = name.split(maxsplit=1)[1]
            if len(name.split()) < 2 or COUNCIL_KINDS.match(name) or ADDRESSEES.match(name) \
                    or PARISH_MEETING_KIND.search(name) or name.split()[0].lower() in LEADING \
                    or MONTH_COUNCIL.match(name):
                # 'Draft Council Minutes – …': a record's words before 'Council', no name; nor
                # is the month of 'June Council highlights' (its meeting) a place.
                continue
            name = _hyphenated_case(normalise_committee(name))
            if match.group(0).split()[-1].islower():
                lowered = lowered or name
            elif WELSH_NAME.match(name):
                # 'Cyngor Cymuned Cwmerwyn' over 'Cwmerwyn Community Council': a bilingual
                # paper's English name is the one its readers search for.
                welsh = welsh or name
            elif not found:
                found = name
            elif _words(found) < _words(name):
                return name
            elif HOST_COUNCIL.match(found) and LOCAL_COUNCIL.search(name) \
                    and RECORD_WORD.search(text):
                # 'Glenmoray Council' (the site) over 'Approved Minutes 47 Tregony Community
                # Council May 2012': a principal council's site publishing a community council's
                # minutes; the record's own title names its body.
                return name
    return found or welsh or (lowered if small else "")


LOCAL_COUNCIL_OF = re.compile(
    rf"\b(?P<kind>Parish|Town|Community)\s+Council\s+of\s+(?:the\s+)?(?P<place>{NAME_WORD}"
    rf"(?:\s+(?:(?:and|&|cum|upon|on)\s+)?(?!(?:Clerk|Chair|Chairman)\b){NAME_WORD}){{0,3}})")
"""A local council named as its place's ('the Parish Council of Barlemoor and Hensridge'); a
letterhead's 'Clerk:' after it is no part of the place."""
MENU_RUN = 3
MENU_ENTRY_WORDS = 2


def _without_menus(lines: list[str]) -> list[str]:
    """Return lines without a site's menu set down a line an entry ('Home' / 'Parish Council'
    / 'Village Hall' / 'Church' …): a run of MENU_RUN or more lines of a word or two each, which
    would push the council's own heading past the lines read. A logo's name set a word a line
    ('FENMARSH' / 'DISTRICT' / 'COUNCIL') is one line, the council's name."""
    short = [0 < len(text.split()) <= MENU_ENTRY_WORDS and not any(c.isdigit() for c in text)
             for text in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and short[end]:
            end += 1
        if end - k >= MENU_RUN:
            stacked = " ".join(lines[k:end])
            if end - k <= STACKED_LINES and STACKED_NAME.match(stacked) \
                    and all(len(text.split()) == 1 and text.lower() not in NAVIGATION
                            for text in lines[k:end]):
                out.append(stacked)
        else:
            out.extend(lines[k:max(end, k + 1)])
        k = max(end, k + 1)
    return out


STACKED_LINES = 5
STACKED_NAME = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,4}(?:COUNCIL|Council)$")
"""A council's name set down a logo, a word a line, read as one line."""


HOST_COUNCIL = re.compile(r"^(?!.*\b(?:Community|Parish|Town)\s+Council$)(?:[A-Z][\w'’-]*\s+){1,3}"
                          r"Council$")
"""A principal council as its own site names it ('Glenmoray Council', 'Pengarth City Council'),
not a community, parish or town council."""
LOCAL_COUNCIL = re.compile(r"\b(?:Community|Parish|Town)\s+Council$")
RECORD_WORD = re.compile(r"\b(?i:minutes)\b")


def _to_first_council(name: str) -> str:
    """Return a matched name up to its first 'Council' (all of it if it has none, or if it is
    'Borough Council of …')."""
    if KIND_OF_PLACE.match(name):
        return name
    first = FIRST_COUNCIL.match(name)
    if not first:
        return name
    rest = name[first.end():].strip()
    if COUNCIL_KINDS.match(_without_leading_words(first.group(0))) and FIRST_COUNCIL.match(rest):
        # 'Minutes of Full Council Meeting of the Tregarn Parish Council': the kind of meeting
        # first, then the council that held it.
        return _to_first_council(rest)
    return first.group(0)


def _words(name: str) -> set[str]:
    """Return a name's words in lower case."""
    return set(name.lower().split())


def institution_line(lines: list[str]) -> str:
    """Return a school, or a body that is no council, a line of its own names among a paper's
    first lines, or ''."""
    return next((_hyphenated_case(normalise_committee(part))
                 for k, text in enumerate(lines[:HEADING_LINES])
                 for part in NAME_PARTS.split(text, 1)[:1]
                 if INSTITUTION.match(part)
                 or (ASSOCIATION.match(part) and _stands_alone(lines, k))), "")


NAME_PARTS = re.compile(r"\s+[›»>·•|]\s+")
"""The marks after a line's first part that names its body: a site's trail ('Ruskett Parish
Council › Minutes › …'), a site's title ('Abermorlais Twinning Association | Cymdeithas
Gefeillio Abermorlais'), a letterhead ('Cwmtaran County Borough Council · Civic Centre, …')."""


def _stands_alone(lines: list[str], k: int) -> bool:
    """Return True if line k is no part of a name wrapped over the lines around it ('VALE AND
    UPLAND ASSOCIATION' / 'OF' / 'LOCAL COUNCILS', '… Sole Trustee of Ashcott' / 'Recreation
    Ground Charitable Trust')."""
    after = lines[k + 1].strip().lower() if k + 1 < len(lines) else ""
    # A browser's print header over it ('14/02/2003 21:37 AGM Minutes 6th February 2003') or a
    # line of small letters over its capitals wraps nothing into it.
    return (k == 0 or lines[k - 1].rstrip()[-1:] in ".:!?" or PRINT_STAMP.match(lines[k - 1])
            or (lines[k].isupper() and not lines[k - 1].isupper())) \
        and after != "of" and not after.startswith("of ")


PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d\b")
"""The date and time a browser prints at the head of a saved page's sheet."""


def folder_body(rel: str) -> str:
    """Return the council a folder of the file's path is named for ('marshwick-parish-council/…'),
    nearest folder first, or ''."""
    folders = PurePosixPath(rel).parent.parts
    return body_name([" ".join(word.capitalize() for word in re.split(r"[-_\s]+", folder))
                      for folder in reversed(folders)])


def _hyphenated_case(name: str) -> str:
    """Capitalise place names joined by hyphens as they are written: 'Marshwick-cum-Hollow'."""
    return re.sub(r"(?<=-)([a-z])([a-z]*)", lambda m: m.group(0) if m.group(0) in HYPHEN_SMALL
                  else m.group(1).upper() + m.group(2), name)


def _without_leading_words(name: str) -> str:
    """Drop 'Minutes of the' and the like from the front of a captured name."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in LEADING:
        words.pop(0)
    return " ".join(words)


LEADING_WORDS = re.compile(r"^(?:(?:(?:a\s+)?meeting|minutes)\s+of\s+(?:the\s+)?|of\s+|the\s+"
                           r"|and\s+|[-–—:,]\s+|meeting\s*:?\s+(?=(?-i:[A-Z])))", re.I)
"""What is left before a committee's name once its council's is taken out: 'meeting of the', or
a header grid's label ('Meeting' / 'Standards Committee')."""
OF_PLACE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:parish\s+of\s+)?(\S.*)$", re.I)
"""A committee's last words naming where it serves ('… for the Parish of Ashby')."""
TRAILING_OF = re.compile(r"\s+(?:of|for)(?:\s+the)?$", re.I)
"""What is left after it: 'Finance Committee of'."""


def committee_with_body(committee: str, body: str, *, paged: bool = False) -> str:
    """Name a meeting's committee with its council: 'Westshire County Council — Cabinet'.

    A committee that only repeats the council ('Minutes of the Parish Council Meeting') gives
    the council alone, so two councils' 'Audit Committee's never share one name.

    paged: a committee system's page names the committee as its meeting's title ('Parks &
    Recreation - Monday, 14th September, 2015 6.30 pm'), no committee's word in it needed.
    """
    if not body:
        return committee
    rest = committee
    for variant in {body, body.upper(), body.lower()}:
        rest = rest.replace(variant, " ")
    rest = re.sub(re.escape(body), " ", rest, flags=re.I)
    rest = normalise_committee(NOISE.sub(" ", rest))
    while (shorter := LEADING_WORDS.sub("", rest).strip(" -–—:,")) != rest:
        rest = shorter
    rest = TRAILING_OF.sub("", rest)
    if (place := OF_PLACE.search(rest)) and _words(place.group(1)) <= _words(body):
        # 'Annual Parish Meeting of Cawsand Parish' under Cawsand Parish Council: its parish.
        rest = rest[:place.start()]
    if not rest or COUNCIL_KINDS.match(rest) or committee_key(rest) in committee_key(body) \
            or not (paged or COMMITTEE_WORDS.search(rest)):
        return body
    return f"{body} — {rest}"
