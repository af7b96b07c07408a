"""How a person's name is written: honorific, first names or initials, surname."""

from __future__ import annotations

import re
from dataclasses import dataclass

MALE = frozenset(("mr", "sir", "lord", "messrs"))
FEMALE = frozenset(("mrs", "ms", "miss", "dame", "lady", "mesdames"))
RANK_FAMILIES = {
    "supt": "supt", "d/supt": "supt", "t/supt": "supt", "ch supt": "supt", "ch. supt": "supt",
    "chief superintendent": "supt", "detective superintendent": "supt",
    "superintendent": "supt", "chief inspector": "insp", "detective inspector": "insp",
    "inspector": "insp", "insp": "insp", "d/insp": "insp", "d/ch. insp.": "insp", "dci": "insp",
    "di": "insp", "detective sergeant": "sgt", "sergeant": "sgt", "sgt": "sgt", "ds": "sgt",
    "cllr": "cllr", "councillor": "cllr", "councilor": "cllr", "county cllr": "cllr",
    "county councillor": "cllr",
    "youth cllr": "cllr", "youth councillor": "cllr",
}
INITIAL_BEFORE = re.compile(r"\b[A-Z]\.?\s+$")
ROLE = re.compile(r"(?i)^(?:the\s(?!(?:rev|revd|reverend|right|rt|very|venerable|hon|honourable)\b)"
                  r"|chair(?:man|woman|person)?$|vice[- ]chair|clerk$|mayor$)")
"""A post standing for the person who holds it: 'The Chairman', 'The Clerk', 'Vice-Chair' (not
'The Revd P. J. Amy' nor 'The Right Honourable …', a person by a title)."""
NOT_NAMES = frozenset(
    """
    police council councils group partnership partnerships board service services committee
    motion amendment
    team unit office authority trust agency department panel fund plan strategy report update
    project programme act bill centre commission government house hall road lane street
    village church school college university hospital company society association network
    forum england london highways housing health safety
    community public county district parish borough city national home prevent domestic abuse
    crime justice youth mental members member chairman chair vice officer officers manager
    director head leader cabinet executive minister secretary commissioner inspector clerk
    councillor councillors councilor councilors cllr cllrs ccllr ccllrs dcllr dcllrs cr crs cyng
    mr mrs ms dr
    chairperson chairwoman supervisor supervisors trustee trustees selectman selectmen
    mayor treasurer resident residents
    messrs mesdames the this that
    these those it its there their in on at following during partners further also finally
    subject action apologies
    resolved noted agreed minutes notes item items page agenda january february march april
    may june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday operation vision safe havens triage pilot release pressure zero
    legal audit accounts pension financial finance annual planning governance review business
    crisis care conference steering working information sharing action safer stronger new
    next last first second third chief deputy assistant head senior principal his her royal
    british fire rescue ambulance probation prison prisons victims victim alternate arrived
    attendee name present apols mayor provost convener convenor all both none nil hon
    absent late status title bridge farm cottage inn field park avenue shared sessions
    academy trading standards
    general counsel solicitor treasurer monitoring standing orders democratic auditor
    castle lodge tree trees light lights area areas ground garden construction drive
    development developments land link town close panels speeding traffic transport parking
    union unions constabulary water leisure rail railway railways buses energy electricity gas
    power homes estates surfacing fencing roofing landscapes landscaping contractors builders
    electrical plumbing plc associates consulting solutions supplies advisory end mowing
    cleaning
    operations waste recycling commemoration year years advisor adviser summary application
    management corporate resources
    applications consent club scout scouts enhancement framework devolution plans
    consultation christmas solar houses east west north
    portfolio harbour control protection environmental social adult appointments governor
    governors baths
    south scotland wales room rooms pavilion library institute
    way view crescent terrace gardens walk ferry mews grove drove side row
    authorities interests absence
    consider receive approve discuss confirm dispensation dispensations seconded proposed
    carried abstained abstentions document documents submission funding source sources budget
    requests statement statements assurance availability
    option options alternative alternatives decision decisions
    unanimous unanimously record records true correct proposer seconder
    approved moved motioned passed deferred withdrawn declined rejected
    """.split()
)


NAME_WORDS = frozenset(
    """
    bill may june april august march field hall house lane street park bridge church head page
    farm home king young law chambers mason marsh wood hill castle lodge land close west north
    south garden link power way grove ferry walk mews row
    """.split()
)
"""Words of NOT_NAMES that are also first names or surnames, read as names after an honorific."""


def is_role(name: str) -> bool:
    """Return True for a role standing in for a person ('The Chairman', 'The Clerk')."""
    return bool(ROLE.match(name.strip()))


@dataclass(frozen=True)
class PersonName:
    """A person's name as one record writes it, split into its parts."""

    honorific: str
    initials: str
    first: str
    surname: str

    @property
    def gender(self) -> str:
        """Return 'm', 'f' or '' from the honorific."""
        words = self.honorific.lower().split()
        return "m" if MALE & set(words) else "f" if FEMALE & set(words) else ""

    @property
    def rank(self) -> str:
        """Return the family of a police rank or councillor title, or '' ('Cllr Mrs' is a
        councillor's)."""
        honorific = self.honorific.lower()
        return RANK_FAMILIES.get(honorific) or next(
            (family for word in honorific.split() if (family := RANK_FAMILIES.get(word))), "")

    @property
    def display(self) -> str:
        """Return the name as Minutebook shows it: first name and surname when known."""
        if self.first:
            # 'Morag A Flett': a middle initial, where the record gives one, stays.
            return " ".join(p for p in (self.first, self.initials, self.surname) if p)
        return " ".join(p for p in (self.honorific, self.initials, self.surname) if p)


FIRST_NAMES = frozenset("bill april june".split())
"""Words that are things elsewhere but, before a surname, a person's first name ('Bill Stewart',
'June Hall' no: 'hall' is a thing, so a surname must not be)."""


def full_name(match: re.Match[str]) -> PersonName | None:
    """Return the person a FULL_NAME match names, or None when it names a thing."""
    first, mid, surname = match.group("first"), match.group("mid") or "", match.group("surname")
    if mid and len(mid) > 1 and surname.lower() in NOT_NAMES:
        mid, surname = "", mid
    if any(w.lower().rstrip(".") in NOT_NAMES for w in (mid, surname) if w) or (
            first.lower() in NOT_NAMES and first.lower() not in FIRST_NAMES):
        return None
    if len(mid.rstrip(".")) == 1 and INITIAL_BEFORE.search(
            match.string, max(0, match.start() - 4), match.start()):
        # 'D J Pattenden S Ruck', a list's names run together: two names by initials, not
        # 'Pattenden S Ruck'.
        return None
    if len(mid.rstrip(".")) > 1:
        surname = f"{mid} {surname}"
    return PersonName("", mid.rstrip(".") if len(mid.rstrip(".")) == 1 else "", first, surname)


def honorific_name(match: re.Match[str]) -> PersonName | None:
    """Return the person an HONORIFIC_NAME match names.

    After an honorific a capitalised word is a name unless it is a role ('Mr Chairman'), so
    words that are things elsewhere ('Cllr Field', 'Mrs June Hall') are names here.
    """
    # A middle initial between the first name and the surname ('Ross D Lennie').
    words = match.group("surname").split()
    parts = [part for part in words if len(part.rstrip(".")) > 1]
    middle = words[1].rstrip(".") if len(words) == 3 else ""
    if parts[-1].lower() in NOT_NAMES and parts[-1].lower() not in NAME_WORDS:
        parts = parts[:1]
    initials = " ".join(match.group("init").replace(".", " ").split())
    if parts[0].lower() in NOT_NAMES and parts[0].lower() not in NAME_WORDS \
            and not (initials and len(parts) == 1 and not ROLE.match(parts[0])):
        # 'Cllr T Senior', 'Mr J Field': after an honorific and initials the word is a surname.
        return None
    hon = " ".join(match.group("hon").split())
    if len(parts) == 2 and not initials:
        return PersonName(hon, middle, parts[0], parts[1])
    return PersonName(hon, initials, "", parts[0])
