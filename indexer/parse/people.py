"""People in minutes: how their names are written, and the attendance lists that list them."""

from __future__ import annotations

import re

from ..records import Attendance
from .person_names import NOT_NAMES, PersonName, full_name, honorific_name

HONORIFICS = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "Rev", "Revd", "Reverend", "Cllr", "Councillor", "County Cllr", "County Councillor",
    "Youth Cllr", "Youth Councillor",
    "Supt", "D/Supt", "T/Supt", "Ch Supt", "Ch. Supt", "Chief Superintendent",
    "Detective Superintendent", "Superintendent", "Chief Inspector", "Detective Inspector",
    "Detective Sergeant", "Inspector", "Sergeant", "Sgt", "D/Ch. Insp.", "D/Insp", "Insp",
    "DCI", "DI", "DS", "DC", "PC", "WPC", "PCSO", "CSO", "CPO", "Police Constable",
    "Police Sergeant", "Constable", "Commissioner", "Chief Constable", "ACC",
    "DCC", "Commander", "Alderman", "Ald", "Captain", "Capt", "CC", "CCllr", "DCllr", "Chmn",
    "Cr", "Senator", "Connétable", "Cyng",
    "Councilmember", "Council Member", "Councilwoman", "Councilman", "Councilor", "Boardmember",
    "Board Member", "Selectman", "Selectwoman", "Trustee", "Supervisor", "Alderwoman",
    "Alderperson", "Vice Mayor", "Deputy Mayor", "Mayor", "Deputy Chairperson", "Chairperson",
)
HONORIFIC_WORDS = frozenset(word for title in HONORIFICS if " " not in title
                            for word in (title, title.upper()))
"""One-word ranks and honorifics, as written and in capitals ('PC', 'Mrs', 'CLLR')."""
PLURAL_TITLES = {"Councillors": "Councillor", "Councilors": "Councilor", "Cllrs": "Cllr",
                 "Messrs": "Mr", "Mesdames": "Mrs", "Aldermen": "Alderman", "CCllrs": "CCllr",
                 "DCllrs": "DCllr", "Crs": "Cr", "Supervisors": "Supervisor",
                 "Trustees": "Trustee", "Selectmen": "Selectman"}
"""A list's plural title and each member's ('Councillors A, B' are 'Councillor A', …)."""
PLURAL_HONORIFICS = tuple(PLURAL_TITLES)
RANKS = frozenset(("PC", "WPC", "PCSO", "CSO", "CPO", "DC", "DS", "DI", "DCI", "Sgt", "Insp"))
"""Police ranks whose plural heads a list of officers ('CPOs Suzanne Jacobs and Drew Young')."""
HONOURS = frozenset("OBE MBE CBE KBE DBE JP DL KC QC BEM QPM".split())
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
NAME_WORD = (rf"[{_UP}](?:[{_LOW}]+|[{_LOW}]{{0,2}}[{_UP}][{_LOW}]+|['’][{_UP}][{_LOW}]+)"
             rf"(?:-[{_UP}][{_LOW}]+)?")
"""A name's word: 'Smith', 'McDonald', 'MacLeod', 'O’Brien', 'Smith-Jones', 'Siân'."""
_HON = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
_HON_FIRST = "".join(sorted({h[0] for h in HONORIFICS}))
# The lookahead for an honorific's first letter spares trying every honorific at each word
# (the same matches, in less than half the time).
VERB_AFTER_NAME = (r"(?:Reported|Asked|Requested|Supported|Stated|Said|Explained|Advised|Confirmed"
                   r"|Informed|Proposed|Seconded|Queried|Suggested|Thanked|Presented|Replied"
                   r"|Responded|Commented|Updated|Raised|Declared|Agreed|Noted|Gave)\s+[a-z]")
"""A speech verb set in title case after a name, the sentence going on in lower case ('Cllr
Hale Reported that …'): not the name's second word."""
HONORIFIC_NAME = re.compile(
    rf"\b(?=[{_HON_FIRST}])(?P<hon>(?:{_HON})(?:\.?\s+(?:{_HON}))?)(?:\.\s*|\s+)"
    rf"(?P<init>(?:[A-Z]\.?\s+|(?:[A-Z]\.){{1,3}}\s*){{0,3}}|[A-Z]{{2,3}}\s+(?=[A-Z][a-z]))"
    rf"(?P<surname>{NAME_WORD}(?:\s+(?!{VERB_AFTER_NAME})(?:[A-Z]\.?\s+)?{NAME_WORD})?)\b"
)
"""A name after its honorific, or two ('Cllr. Mrs. S. Fennah'; its full stop perhaps glued to the
name: 'Mr.G.Parry-Jones'), with
initials spaced, stopped or run together ('Mrs SJ Wardle'),
or a first name, perhaps a middle initial, and a surname ('Councillor Ross D Lennie')."""
FULL_NAME = re.compile(
    rf"\b(?P<first>{NAME_WORD})\s+(?:(?P<mid>{NAME_WORD}|[A-Z]\.?)\s+)?"
    rf"(?P<surname>{NAME_WORD})\b"
)
"""A first name, perhaps a middle name or initial, and a surname."""
INITIALS_NAME = re.compile(rf"(?P<init>(?:[A-Z]\.\s*|[A-Z]\s+){{1,3}})(?P<surname>{NAME_WORD})\b")


ATTENDANCE_LABEL = re.compile(
    r"^(?:[^/:\d–-]{2,40}?(?:\s?/|\s[–-])\s?)?(?P<label>also\s+present|(?:also\s+)?in\s+attend[ae]nce"
    r"|in\s+the\s+chair(?=\s*:)"
    r"|attend[ae]nce(?=\s*(?::|$))|attendees(?=\s*(?::|$))"
    r"|(?:(?:authority|board|committee|panel|forum|voting|co-opted|elected|independent|lay)\s+)?"
    r"members(?=\s*:|\s+(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]))|(?:also\s+)?attending(?:\s+members(?:\s+of\s+the\s+\w+)?)?"
    r"(?=\s*(?:\((?:by|via|in)\s[^()]{2,30}\)\s*)?:)"
    r"|those\s+(?:attending|present)|sederunt|councillors(?=\s*:)|others(?=\s*:)"
    r"|(?:members\s+and\s+)?office[\s-]bearers(?:\s+present)?(?=\s*(?::|$))"
    r"|(?:councillors|cllrs\.?)(?=\s+(?:[A-Z]\.?\s+){1,3}[A-Z][a-z'’-]+\s*(?:\([^)]*\)\s*)*"
    r"(?:,|(?:(?<=\))|(?<=\)\s))(?:[A-Z]\.?\s+){1,3}[A-Z][a-z]))"
    r"|officers(?:\s+present|\s+in\s+attendance)?|staff(?:\s+present)?(?=\s*:)"
    r"|(?-i:[A-Z]{2,4}\s+)?(?:members|councillors|others)"
    r"(?:\s+of\s+the\s+(?:parish\s+|town\s+)?council)?\s+present"
    r"(?:\s+were)?|present"
    r"|(?:councillor\s+|member\s+)?apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received\s+from)?"
    r"|absent)(?:\b|(?<=\.))(?:\s*\((?:for|by|via|in)\s+[^()]{2,40}\))?\s*[:\-–—]?\s*"
    r"(?P<rest>.*)$",
    re.I,
)
_SPLIT = re.compile(
    r",|\s+(?:a/)?and\s+|\s+&\s+|;|\s*[•·▪]\s*|(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)"
    r"(?<!\bRev)(?<!\bRevd)(?<!\bSt)(?<!\bDist)(?<!\bCo)(?<!\bProf)(?<!\bSgt)\.\s+")
"""Entries end at a comma, 'and', a semicolon, a bullet or a full stop, but not the stop of an
initial or an honorific ('Cllr. J. Smith')."""
_GLUED = re.compile(r"(?<=[a-z)])\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Alderman|Ald)\.?"
                    r"\s+[A-Z]|[A-Z]\s+[A-Z][a-z])|(?:(?<=\s[A-Z]{2})|(?<=\s[A-Z]{3}))\s+"
                    r"(?!(?:Vice|Deputy|Chair|Clerk|Parish|Town|Mayor)\b)"
                    r"(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Alderman|Ald)\.?\s+[A-Z]"
                    r"|[A-Z][a-z]+\s+[A-Z][a-z]+)")
GROUP_OVER = re.compile(r"\b(?:Aldermen|Councillors|Cllrs)[,:]?\s+"
                        r"(?=(?:Alderman|Councillor|Cllr)\s+[A-Z])")
"""A group's label over its members, each with the singular title ('Aldermen' / 'Alderman S J
Gilpin Alderman Mrs E Mulligan'): read past."""
_CLERK_TO = (r"\s+to\s+(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|board|authority"
             r"|commissioners|trust|committee|trustees)")
"""'… to the Council' after 'Clerk': whom the clerk serves."""
ROLE_AFTER = re.compile(
    r"(?:(?:deputy|assistant)\s+)?(?:(?:parish|town|council|proper)\s+)?clerk(?:\s*(?:and|&|/)"
    rf"\s*(?:rfo|responsible\s+financ(?:e|ial)\s+officer)|{_CLERK_TO})?|(?:vice[- ]?)?chair"
    r"(?:man|woman|person)?|councillors|members|rfo|responsible\s+financial\s+officer", re.I)
VICE_CHAIR_ROLE = re.compile(r"vice[- ]?chair(?:man|woman|person)?|deputy[-\s]+(?:town\s+)?mayor")
CLERK_ROLE = re.compile(r"(?:(?:parish|town|council|proper)\s+)?clerk(?:\s*(?:and|&|/)\s*"
                        r"(?:rfo|responsible\s+financ(?:e|ial)\s+officer)"
                        r"|\s+to\s+(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|board"
                        r"|authority|commissioners|trust|committee|trustees))?")
CHAIR_ROLE = re.compile(r"chair(?:man|woman|person)?|(?:(?:town|lord|city)\s+)?mayor"
                        r"|(?:lord\s+)?provost|conven[eo]r")
IN_THE_CHAIR = re.compile(r"\bin\s+the\s+chair$")
_ROLE_PREFIX = re.compile(r"^(?:(?:The\s+)?Right\s+Worshipful\s+(?:the\s+)?)?"
                          r"(?P<role>(?i:(?:Vice[- ]?)?Chair(?:man|woman|person)?"
                          r"|(?:Parish\s+|Town\s+)?Clerk(?:\s+(?:and|&)\s+RFO)?"
                          r"|(?:Minute\s+)?Secretary|Sec\.?|Treasurer|(?:Vice[- ]?)?Conven[eo]r)"
                          r"|(?:Deputy\s+)?(?:Lord\s+)?Mayor)\s+(?=[A-Z])")
CLERK_FIRST = re.compile(r"^(?:[Tt]he\s+)?(?P<role>(?i:(?:parish\s+|town\s+)?clerk(?:" + _CLERK_TO
                         + r")?))\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+"
                         r"(?:\s+[A-Z][a-z'’-]+){1,2})$")
"""The clerk's post and then its holder with nothing between ('Clerk to the Council Wenna
Boase', 'Parish Clerk Jowan Skewes')."""
_POST_FIRST = re.compile(r"^(?:[Tt]he\s+)?(?P<role>[A-Z][A-Za-z -]{1,30}?)"
                         r"\s*(?::\s*|\(|(?<=\s)[–—-]\s+)"
                         r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][^()]*?"
                         r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}))\)?$")
OFFICER_POST = re.compile(r"\b(?:Officer|Manager|Clerk|Treasurer|Secretary|Counsel|Director"
                          r"|Executive|Accountant|Engineer|Warden|Assistant|Administrator|Surveyor|Head)"
                          r"(?:\s+(?:of|for)\s+[A-Z][A-Za-z &-]*)?$")
"""The last word of an officer's post, or its head before its field: 'Finance Officer (Sam
Hunt)', 'Director of Housing: Neil Carrow' name who holds it."""
"""An entry that gives the post first: 'the Clerk (Ms Evans)', 'Clerk: Mrs P Lane', 'Town Clerk
– Nadia Haworth'."""
POST_WORDS = 6
OTHER_RANK = re.compile(r"^(?:District|County|Borough|City|Ward|Town|Parish)\s+"
                        r"(?:Cllr|Councillor)\b")
"""Another council's member in a list ('District Councillor Jo Hannaford')."""
PRESENT_TAIL = re.compile(r"\s+(?:were|was)\s+(?:also\s+)?present$|^as\s+(?:was|were)\s+"
                          r"|\s+together\s+with\s+(?:some\s+|about\s+|around\s+)?\d+\b.*$", re.I)
"""A list written as a sentence: '… and Thomas were present, as was A Thom (Clerk)', '… T Quay
together with some 35 electors'."""
GROUP_PREFIX = re.compile(r"^(?:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+s:|(?:[^/:;,]{2,40}\s/\s)?"
                          r"(?:[A-Z][a-z]+\s+)?(?:Members|Councillors|Officers|Representatives)"
                          r"\s[–-])\s*(?=[A-Z])")
"""A group's label before its first member, inside a list ('Site Representatives: Maureen
Sutton – Mill Close', 'Aelodau'r Cyngor / Council Members - Cynghorwyr …')."""
COUNCIL_OF = frozenset(("Parish", "Town", "District", "County", "Borough", "City", "Community"))
"""The council a list's rank belongs to ('Parish Councillors M Penrose (Chairman), …')."""
GROUP_LABEL = re.compile(r"^\s*(?:\w+\s*/\s*)?(?:Cllrs?|Councillors?)\.?\s*:\s*"
                         r"|^\s*(?:Y\s+)?Cynghorwyr(?:\s*/\s*Councillors)?\s+(?=[A-Z])", re.I)
"""A label naming the rank of everyone listed after it ('Cllrs:', bilingual 'Cyng/Cllrs.:', 'Y
Cynghorwyr /Councillors')."""
NOT_ATTENDING = re.compile(r"\b(?:members? of the public|in the public gallery)\b[^,;]*", re.I)


def parse_attendance(blocks: dict[str, str], *, grid: bool = False) -> Attendance:
    """Build an Attendance from the text after each label (PRESENT:, IN ATTENDANCE: …); with
    grid, a row of names run together is read as first names and surnames in pairs."""
    lists: dict[str, list[str]] = {"present": [], "also": [], "in": [], "apologies": []}
    for label, text in blocks.items():
        key = _label_key(label)
        names = split_names(text, grid=grid)
        if re.match(r"in\s+the\s+chair", label, re.I):
            # 'In the Chair: The Mayor, Councillor A Mulholland': who chaired.
            post = re.match(r"(?:the\s+)?(?P<role>[A-Za-z -]{2,30}?),\s*(?P<rest>\S.*)$", text,
                            re.I)
            if post and role_key(post.group("role")):
                names = split_names(post.group("rest"))
            if names and not entry_role(names[0]):
                names[0] = f"{names[0]} (in the Chair)"
        lists[key].extend(names)
    return Attendance(tuple(lists["present"]), tuple(lists["also"]), tuple(lists["in"]),
                      tuple(lists["apologies"]))


def _label_key(label: str) -> str:
    """Map an attendance label to the list it fills."""
    label = label.lower()
    if label.startswith("in the chair"):
        return "present"
    if label.startswith(("also", "others")):
        return "also"
    if label.startswith(("in ", "officer")):
        return "in"
    if label.startswith(("apolog", "absent")):
        return "apologies"
    return "present"


def split_names(text: str, *, grid: bool = False) -> list[str]:
    """Split an attendance list into entries, keeping roles and honours with their person;
    with grid, a row of names run together is read as first names and surnames in pairs."""
    names: list[str] = []
    plural = pending = ""
    text = GROUP_OVER.sub("", GROUP_LABEL.sub("", NOT_ATTENDING.sub("", text)))
    if ";" in text and "," in text:
        # 'Mr D Hale, Director of Environment; Mr P Vane, Parks and Open Spaces Manager; …':
        # entries set apart by semicolons, a name and its post after a comma.
        # A post may read as a name ('President Pro Tem'): most, not all, read as none.
        posts = [part.strip().split(",", 1) for part in text.split(";") if part.strip()]
        paired = [pair for pair in posts if len(pair) == 2]
        if all(_is_name(pair[0]) and "," not in pair[1] for pair in paired) \
                and 2 * sum(not _is_name(pair[1].strip()) for pair in paired) > len(paired):
            text = "; ".join(f"{pair[0].strip()} ({pair[1].strip(' .,')})" if len(pair) == 2
                             else pair[0] for pair in posts)
    pieces = [p for piece in _split_outside_brackets(text) for p in _split_glued(piece, grid)]
    for piece in pieces:
        piece = piece.strip(" .:-–")
        # 'Councillors Rake, …, Pethick and Thomas were present, as was A Thom (Clerk)'.
        piece = PRESENT_TAIL.sub("", GROUP_LABEL.sub("", GROUP_PREFIX.sub("", piece)))
        if not piece or piece.lower() in ("none", "nil", "n/a"):
            continue
        words = piece.split()
        if words[0].strip("(") in HONOURS or piece.startswith("("):
            if names:
                names[-1] = f"{names[-1]}, {piece}" if not piece.startswith("(") \
                    else f"{names[-1]} {piece}"
            continue
        lead = re.match(r"[Tt]he\s+(?P<role>.+)$", piece)
        if lead and ROLE_AFTER.fullmatch(lead.group("role")) and not piece.endswith("s"):
            # 'The Town Clerk, Mrs S Hartley': the post, then who holds it after the comma.
            pending = lead.group("role")
            continue
        if ROLE_AFTER.fullmatch(piece):
            # 'Mrs Susan Ryding, Clerk': a role after its person; 'Councillors' names a group.
            if names and not piece.lower().endswith("s"):
                names[-1] = f"{names[-1]} ({piece})"
            continue
        if names and "(" not in names[-1] and _post_alone(piece):
            # 'Gordon Anstruther, Director of Finance': the post after its holder.
            names[-1] = f"{names[-1]} ({piece})"
            continue
        post = _POST_FIRST.match(piece) or CLERK_FIRST.match(piece)
        if post and (role_key(post.group("role")) or OFFICER_POST.search(post.group("role"))) \
                and not BODY_END.search(post.group("name")):
            # 'the Clerk (Ms Evans)', 'Clerk: Mrs P Lane': the post, then who holds it.
            names.append(f"{post.group('name').strip()} ({post.group('role')})")
            plural = ""
            continue
        if len(words) > 2 and words[0] in COUNCIL_OF and words[1] in PLURAL_HONORIFICS:
            words = words[1:]
        if words[0] in PLURAL_HONORIFICS or plural_rank(words[0]):
            # The list's own title, singular: 'Councillors A, B' are 'Councillor A', …; 'CPOs
            # Suzanne Jacobs and Drew Young' are 'CPO Suzanne Jacobs', ….
            plural = PLURAL_TITLES.get(words[0]) or plural_rank(words[0])
            piece = " ".join(words[1:])
        if piece[:4].lower() == "the " and _ROLE_PREFIX.match(piece[4:]):
            # 'Also present the Clerk Gareth Morgan', 'The Lord Mayor Councillor B Quigley in
            # the Chair': the post, then its holder.
            piece = piece[4:]
        if not piece or not (piece[0].isupper() or _ROLE_PREFIX.match(piece)):
            continue
        role = _ROLE_PREFIX.match(piece)
        if role and len(piece.split()) > 1:
            # 'Chair Tom Parry', 'Clerk Nia Morgan': the post, then its holder; a councillors'
            # list ends there.
            names.append(f"{piece[role.end():]} ({role.group('role')})")
            plural = ""
            continue
        if run := _initials_run(piece):
            # 'Aldermen K. L. Orrin T. V. Cathcart (Mrs.)': a grid's names, side by side.
            names.extend(f"{plural} {name}" if plural else name for name in run)
            pending = ""
            continue
        if plural and not HONORIFIC_NAME.match(piece) and not OTHER_RANK.match(piece) \
                and role_key(re.sub(r"^.*\(|\)$", "", piece)) != "clerk":
            # Not the list's rank for its clerk ('A Thom (Clerk)') or another council's
            # member ('District Councillor Jo Hannaford').
            piece = f"{plural} {piece}"
        names.append(f"{piece} ({pending})" if pending else piece)
        pending = ""
    return names


INITIALS_ENTRY = re.compile(rf"(?:[A-Z]\.\s*|[A-Z]\s+){{1,3}}{NAME_WORD}\b"
                            rf"(?:\s*\([^()]{{1,40}}\))*")
"""A name by initials and surname, with its notes in brackets: 'T. V. Cathcart (Mrs.)'."""


def _initials_run(piece: str) -> list[str]:
    """Return the names of a list entry that is two or more names by initials side by side
    ('J. A. Corrie S. P. Madden (Items 1.0 – 3.2)'), or [] for any other entry."""
    found = [m.group(0).strip() for m in INITIALS_ENTRY.finditer(piece)]
    return found if len(found) >= 2 and not INITIALS_ENTRY.sub("", piece).strip() else []


BODY_END = re.compile(r"\b(?:Council|Committee|Board|Police|Trust|Authority|Partnership"
                      r"|Service|Services|Limited|Ltd|LLP|plc)\W*$")
"""'Licensing Officer (Bro Tawe Council)': a post's body in brackets, not its holder."""


def plural_rank(word: str) -> str:
    """Return the rank a plural names ('CPOs' → 'CPO', 'PCSOs' → 'PCSO'), or ''."""
    return word[:-1] if word.endswith("s") and word[:-1] in RANKS else ""


INITIAL_OPENED = re.compile(r"^[A-Z]\.?\s+[A-Z][a-z]")
"""An entry opening with a person's initial and surname ('R Tredinnick Clerk'), not a post."""


def _post_alone(piece: str) -> bool:
    """Return True for a list entry that is an officer's post and names nobody ('Director of
    Technical Services', 'Democratic Services Manager', 'Chief Executive')."""
    words = piece.rstrip(".").split()
    return 2 <= len(words) <= POST_WORDS and bool(OFFICER_POST.search(piece.rstrip("."))) \
        and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words) \
        and not HONORIFIC_NAME.match(piece) and not INITIAL_OPENED.match(piece)


def entry_person(entry: str) -> PersonName | None:
    """Return the person an attendance entry names ('Mr P M Hill, OBE (Chairman)', a name in
    capitals as 'Councillor ROBERT FAIRLIE')."""
    entry = _name_in_capitals(entry)
    match = HONORIFIC_NAME.match(entry)
    if match:
        return honorific_name(match)
    match = FULL_NAME.match(entry)
    if match:
        return full_name(match)
    # 'L. Ford (Clerk)', 'G. Clere': initials and a surname, without an honorific.
    match = INITIALS_NAME.match(entry)
    if match and match.group("surname").lower() not in NOT_NAMES:
        initials = " ".join(match.group("init").replace(".", " ").split())
        return PersonName("", initials, "", match.group("surname"))
    return None


CAPITALS_WORD = re.compile(r"\b(?:Ma?c)?[A-Z][A-Z'’-]{2,}\b")
CAPITALS_KEPT = HONOURS | frozenset("CVO LVO KPM MP MSP MS AM MLA MEP".split())
"""Letters after a name that stay in capitals when the name does not."""


def _name_in_capitals(entry: str) -> str:
    """Return an entry whose name is typed in capitals in title case ('Councillor ROBERT
    FAIRLIE' as 'Councillor Robert Fairlie'); honours and initials keep their capitals."""
    head = entry.split(",")[0]
    # 'Ms. Ishbel TORRANCE (IT) Community Councillor': the name ends at its bracket, its post after.
    head = head.split("(")[0] if CAPITALS_WORD.search(head.split("(")[0]) else head
    name = re.sub(r"\([^)]*\)", "", head)
    words = [w for w in re.findall(r"[A-Za-z'’-]{3,}", name) if w not in CAPITALS_KEPT
             and w.lower() not in ("cllr", "councillor", "mrs", "miss")]
    if not words or not (all(CAPITALS_WORD.fullmatch(w) for w in words)
                         or (CAPITALS_WORD.fullmatch(words[-1]) and len(words) >= 2)):
        # 'Councillor Ewan BALLANTYNE': a surname in capitals after a first name.
        return entry
    # 'MR B ROWELL': a two-letter honorific in capitals too.
    return SHORT_HONORIFIC.sub(lambda m: m.group(0).title(),
                               CAPITALS_WORD.sub(_title_word, head)) + entry[len(head):]


SHORT_HONORIFIC = re.compile(r"^(?:MR|MS|DR)\b")


def _title_word(match: re.Match[str]) -> str:
    """Return a word typed in capitals in title case ('McEWAN' as 'McEwan')."""
    word = match.group(0)
    if word in CAPITALS_KEPT:
        return word
    prefix = re.match(r"Ma?c(?=[A-Z])", word)
    head = prefix.group(0) if prefix else ""
    return head + word[len(head):].capitalize()


JOINED_LABEL = re.compile(r"(?:and|&)\s+(?:in\s+attendance|also\s+present"
                          r"|apologies(?:\s+for\s+absence)?|declarations?(?:\s+of\s+interests?)?"
                          r"|minutes|welcome)\b\s*:?", re.I)
"""A second label joined to an attendance label ('Those Present and In Attendance', 'APOLOGIES
FOR ABSENCE AND DECLARATIONS OF INTEREST'): a heading, not a list."""


def attendance_list(text: str) -> str | None:
    """Return the list a line opens ('Present: Cllr A, Cllr B' gives 'Cllr A, Cllr B'; 'In
    attendance' gives ''), or None if it opens none: the meeting's attendance, never an item.
    Apologies are an item of their own."""
    match = ATTENDANCE_LABEL.match(text)
    if not match or match.group("label").lower().startswith("apolog"):
        return None
    # 'Those Present and In Attendance': two labels heading the lists under them.
    return "" if JOINED_LABEL.fullmatch(match.group("rest")) else match.group("rest")


TRAILING_ROLE = re.compile(r"\b(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|woman|person)?|Mayor)\s*$"
                           r"|\b(?:(?:Parish|Town|Proper)\s+)?Clerk(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?"
                           r"Council)?\b(?=\s*(?:\([^)]*\))?\s*$)")


def entry_role(entry: str) -> str:
    """Return the role an entry gives: 'chair', 'vice-chair', 'clerk' or ''.

    The role is in brackets or after a dash or comma: 'Mr P Hill (Chairman)', 'Cllr. R. Crisp
    – Chair (RC)', 'Mrs Susan Ryding, Clerk'.
    """
    roles = re.findall(r"\(([^)]*)\)", entry)
    # '(FM, Chair)': the initials, then the role.
    roles += [part.strip() for role in roles if "," in role for part in role.split(",")]
    # '(Chairman and District Councillor)': two posts, one of them the chair.
    roles += [part for role in roles if len(parts := re.split(r"\s+(?:and|&)\s+", role)) > 1
              for part in parts]
    after = re.search(r"[-–,]\s*(?P<after>[A-Za-z /]+?)\s*(?:\([^)]*\))?$", entry)
    if after:
        roles.append(after.group("after"))
    # A bilingual role gives each language's word: '(Cadeirydd / Chair)', '(Clerc y Dref /Town
    # Clerk)', '(yn y gadair /in the chair)'.
    roles += [part.strip() for role in roles if "/" in role for part in role.split("/")]
    # A table row typed without separators: 'Cllr Jo Bruce JB Chair', 'Nicola Cooper NC
    # Parish Clerk (Minutes)'.
    trailing = TRAILING_ROLE.search(entry)
    if trailing:
        roles.append(trailing.group(0))
    if IN_THE_CHAIR.search(entry.rstrip(". ").lower()):
        # 'Mr GR Lathom in the chair'.
        roles.append("in the chair")
    return next((key for role in roles if (key := role_key(role))), "")


def role_key(role: str) -> str:
    """Return which office a role's words name: 'vice-chair' ('Vice-Chairman', 'Deputy Mayor'),
    'clerk' ('Town Clerk', 'Clerk & RFO'), 'chair' ('Chairwoman', 'Mayor', 'Leader, in the
    Chair') or ''. The one reading of a role, in attendance lists, text and titles alike."""
    role = role.lower().strip()
    if " / " in role:
        # A bilingual role ('clerc / clerk'): either language's words name the office.
        return next((key for part in role.split(" / ") if (key := role_key(part))), "")
    if VICE_CHAIR_ROLE.fullmatch(role):
        return "vice-chair"
    if CLERK_ROLE.fullmatch(role):
        return "clerk"
    return "chair" if CHAIR_ROLE.fullmatch(role) or IN_THE_CHAIR.search(role) else ""


TABLE_ROW_TAIL = re.compile(r"(?:(?:\s+[A-Z]{2,4}){1,2}|(?<=[a-z]))(?:\s+(?:(?:Vice|Deputy)[- ]?)?"
                            r"Chair(?:man|woman|person)?|\s+(?:Parish\s+|Town\s+)?Clerk)?$")
"""What a one-line table row puts after a name: initials, an organisation's, a role ('K Cawsand
Chair B Gorran …': a role alone, where a list lost its commas)."""


CAPS_HONORIFIC = re.compile(r"(?<!\S)(?:MR|MRS|MS|MISS|DR|CLLR)\.?\s+(?=[A-Z])")


PAIRED_NAMES = 4
"""The fewest words of a row of names run together that is read as pairs."""
PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
NAME_PARTICLE_WORDS = frozenset("de van von der la le du st mac".split())


def _split_glued(piece: str, grid: bool = False) -> list[str]:
    """Split 'Mr M Burbeck Mrs C Collins' where a list lacks its comma, but only between names."""
    out: list[str] = []
    start = 0
    if piece.isupper() and len(CAPS_HONORIFIC.findall(piece)) > 1:
        # 'CHAIRMAN MR B ROWELL MR C D SELBY MRS E TULLY': a list typed in capitals with
        # no commas, each entry opened by its honorific.
        cuts = [m.start() for m in CAPS_HONORIFIC.finditer(piece)]
        return [part for part in (piece[a:b].strip() for a, b in
                                  zip([0, *cuts], [*cuts, len(piece)], strict=True)) if part]
    words = piece.split()
    if grid and len(words) >= PAIRED_NAMES and len(words) % 2 == 0 and all(
            PLAIN_WORD.fullmatch(word) for word in words) \
            and not any(word.lower() in NAME_PARTICLE_WORDS or word.lower() in NOT_NAMES
                        for word in words):
        # 'Amy Cawsand Ben Gorran Cara Tregony': a grid of names in columns, each a first
        # name and a surname, read along its row.
        return [f"{a} {b}" for a, b in zip(words[::2], words[1::2], strict=True)]
    for match in _GLUED.finditer(piece):
        left = piece[start:match.start()]
        if _is_name(left):
            out.append(left)
            start = match.end()
    out.append(piece[start:])
    return out


def _is_name(text: str) -> bool:
    """Return True if text is a whole name, perhaps with a role in brackets."""
    text = re.sub(r"\s*\([^)]*\)$", "", text.strip())
    # A table row typed on one line: the name, its initials and a role ('Cllr Jo Bruce JB Chair').
    text = TABLE_ROW_TAIL.sub("", text)
    honorific = HONORIFIC_NAME.fullmatch(text)
    full = FULL_NAME.fullmatch(text)
    return bool((honorific and honorific_name(honorific)) or (full and full_name(full))
                or re.fullmatch(r"(?:[A-Z]\s+){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", text))


def _split_outside_brackets(text: str) -> list[str]:
    """Split on commas and 'and' that are not inside parentheses."""
    pieces, depth, start = [], 0, 0
    masked = []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        masked.append(ch if depth == 0 else "_")
    masked_text = "".join(masked)
    for match in _SPLIT.finditer(masked_text):
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces
