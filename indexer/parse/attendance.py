"""Who attended a meeting, read from the lists and labels at the head of its record."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..records import Attendance, Line
from .heading_context import ATTENDANCE_START
from .people import (
    ATTENDANCE_LABEL,
    FULL_NAME,
    HONORIFIC_NAME,
    HONORIFICS,
    INITIALS_NAME,
    JOINED_LABEL,
    NOT_ATTENDING,
    OFFICER_POST,
    parse_attendance,
    plural_rank,
    role_key,
    split_names,
)
from .person_names import NOT_NAMES

FOLLOWING_LABEL = re.compile(r"^the\s+following\s+(?:officers?|members?|councillors?)\s+were\s+"
                             r"(?:also\s+)?(?P<label>present|in\s+attendance)\s*:?$", re.I)
"""A list's label written as a sentence: 'The following officers were in attendance:'."""
WERE_PRESENT = re.compile(r"\b(?:when|where)\s+(?:there\s+)?were\s+present\s*:?\s*$", re.I)
"""A meeting's opening sentence that ends on the list of those present under it."""
SUBGROUP = re.compile(r"(?:Aldermen|Councillors|Members|Officers|Co-opted\s+Members)\s*:?")
GROUP_LIST = re.compile(
    r"^(?:Aldermen|Councillors|Cllrs\.?|Members|Officers|Co-opted\s+Members)\s*:\s+\S")
"""A group's list under the attendance label ('Present' / 'Cllrs: R Fenwright (Chair), …'): a
list even when the paragraph goes on in prose."""
INLINE_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>Present|Also\s+present|In\s+attendance"
                          r"|Apologies(?:\s+for\s+absence)?|Officers?)"
                          r"(?:\s*:|(?:(?<=[.;]\sIn\sattendance)|(?<=[.;]\sAlso\spresent))\s)",
                          re.I)
"""A later list's label inside a list: 'Apologies:', or a sentence opening 'In attendance …'."""
GROUP_WORD = re.compile(r"\b(?:Aldermen|Councillors|Cllrs|Members)\b")
"""A group's name in a list, whose names may be surnames alone."""
ITEM_START = re.compile(r"\s\d{1,3}\.\s")
LIST_GOES_ON = re.compile(r"(?:[,;]|\band|&)\s*$")
"""A list's line ending where its next name must follow: a comma, a semicolon, 'and'."""
SENTENCE_WORDS = 3
"""Lower-case words that make a line after an attendance list a sentence, not more names."""
ATTENDANCE_STOP = re.compile(r"^(?:(?:\w+\s+)?members? of the public|unrestricted items"
                             r"|restricted items)",
                             re.I)
ROLE_AFTER = re.compile(r"\s*\([^()]{2,40}\)$")
"""A person's post in brackets after the name ('Mrs D Penrose (Town Clerk)')."""
BILINGUAL_LABEL = re.compile(r"^(?P<en>[A-Z][\w'’ .–-]{1,50}?)\s*/\s*(?P<cy>[A-Z][\w'’ ]{1,40})$")
"""An attendance label or post in English, then Welsh: 'Clerk/Clerc', 'Present/ Presennol'."""
DASHED_ROLE = re.compile(r"^(?P<name>.+?)\s+[-–]\s+(?P<role>[A-Za-z -]+)$")
DASHED_POST = re.compile(r"\s+[-–]\s+[A-Za-z][^()]{2,50}$")
"""What follows a name after a dash in a list: 'K L Marden - substitute for P Oyler'."""
GROUP_WORDS = re.compile(r"\b(?:councillor|member|officer)(s?)$", re.I)
REGISTER_ROW = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+(?!Apol|Absent)[A-Z][\w'’-]+){1,3}(?:\s+\([^()]{2,30}\))?)"
    r"(?P<marks>(?:\s+(?:[A-Za-z]{1,6}|\d{1,2}[.:]\d\d(?:am|pm)?|[✓✔✗×-]))+)$")
"""A row of a register of attendance: a name (and post), then short marks."""
MIN_REGISTER_MARKS = 3
STATUS_ROW = re.compile(
    r"^(?P<name>(?:(?:County|District|Borough|Town)\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)"
    r"\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?:\s+(?P<post>\([^()]{2,30}\))"
    r"|,\s+(?P<role>[A-Z][^,()]{2,40}?(?:,\s+[A-Z][^,()]{2,40}?)?))?"
    r"(?:\s+[A-Z][\w'’-]+){0,3}\s+(?P<status>Present|Not\s+present|Absent|Apologies|Apols?"
    r"|In\s+Attendance|Apolog(?:y|ies)\s+(?:Accepted|Received|Given))\.?$")
"""A row of a table of attendance with a status column: name (post) ward, then its status;
or name, post, then status ('Ann Crowle, Councillor In Attendance', '… Apology Accepted')."""
STATUS_ENDS = ("Present", "present", "Absent", "Apologies", "Apols", "Apol", "Present.",
               "Attendance", "Accepted", "Received", "Given")
MIN_STATUS_ROWS = 3
PRESENT_MARKS = frozenset(("a", "p", "y", "✓", "✔", "present", "attended"))
CUT_INITIAL = re.compile(r"(?:,|\b(?:Cllrs?|Ald|Alderman|Councillor|Mrs?|Ms|Miss|Dr)\.?)"
                         r"\s+[A-Z]\.?$")
"""A list of names that ends with an initial, after a comma or an honorific ('… Cllr S Agnew Cllr
C'): its surname is on the next line."""
GROUP_LINE = re.compile(r"^(?P<group>[A-Z][A-Za-z&' -]{2,60}?)\s*:\s+(?P<names>[A-Z].*)$")
ENTRY_WORDS = 6
DITTO = re.compile(r"^(?:[“”\"〃″]|[Dd]itto\b|[Dd]o\.)\s*(?=[A-Z])")
"""A ditto mark opening a line of a list: the line above's first word again."""
POST_LINE = re.compile(r"^(?P<role>[A-Z][A-Za-z &-]{2,40}?)\s*:\s*\S")
NAME_PARTICLES = frozenset(("de", "van", "von", "der", "la", "le", "du", "of", "and", "-", "–"))


INITIALLED_ENTRY = re.compile(r"(?:,\s*(?P<post>[A-Za-z][A-Za-z ]{1,30}?),?)?\s*"
                              r"[(\[][A-Z][a-z]?[A-Z](?:[a-z]?[A-Z]|[a-z])?[)\]]\s*\*?"
                              r"(?=\s*(?:$|[A-Z]))")
"""An entry of a grid of members that closes with the member's initials: 'Elaine Tregony, Chair
(ET)*', a post after a comma, an asterisk for an apology."""


def _initialled_grid(text: str) -> str:
    """Return a line of two or more members, each closed by initials ('Elaine Tregony, Chair
    (ET) Dan Gorran (DG)*'), as entries set apart by commas, each post in brackets."""
    if len(INITIALLED_ENTRY.findall(text)) < 2:
        return text
    return INITIALLED_ENTRY.sub(
        lambda m: f" ({m.group('post')}), " if m.group("post") else ", ", text).strip(" ,")


PRESENT_AFTER = re.compile(r"[.,]\s+present\s*:\s*[-–]?$", re.I)
"""The label of who was present closing the record's opening sentence ('… VILLAGE HALL.
PRESENT: -')."""


def read_attendance(lines: list[Line]) -> Attendance:
    """Read the PRESENT / IN ATTENDANCE / apologies lists from a meeting's preamble."""
    blocks: dict[str, str] = {}
    label = ""
    gap = False
    previous = ""
    ditto_above = grouped = False
    for line in _english_labels(lines):
        # 'Cllr Mrs J. Tredinnick (Mayor)' / '“ A.B. Cawsand' / '“ P. Tregony' / 'Town Clerk': a
        # typist's ditto mark repeats the honorific above, each such line one entry; a line
        # after them that names no one is no post of the last.
        ditto = DITTO.match(line.text)
        line = replace(line, text=_initialled_grid(line.text[ditto.end():] if ditto else line.text))
        if ditto_above and not ditto and line.text and not _one_entry(line.text):
            label, ditto_above = "", False
        match = ATTENDANCE_LABEL.match(line.text)
        following = FOLLOWING_LABEL.match(line.text) if match is None and blocks else None
        if match is None and not blocks and line.text[-1:] in ":-–" \
                and PRESENT_AFTER.search(line.text):
            # '… HELD ON TUESDAY 9TH MARCH 2010 AT THE SCHOOL. PRESENT: -' over the
            # names: the record's opening sentence ends with the list's label.
            label, gap = "present", False
            blocks[label] = ""
        elif following:
            # 'The following officers were in attendance:' under the members present.
            label, gap = following.group("label").lower(), False
            blocks.setdefault(label, "")
        elif match is None and not blocks and WERE_PRESENT.search(line.text):
            # '… at 9.30 am when there were present:' / 'Councillors' / 'Mrs H M Quenby
            # (Chairman)' / …: the opening sentence labels the list under it.
            label, gap = "present", False
            blocks[label] = ""
        elif match is None and label and line.text and _open_bracket(blocks.get(label, "")):
            # 'Ms R Tregony (Deputy Chief' / 'Executive)': a post wrapped in its bracket.
            blocks[label] = f"{blocks[label]} {line.text}"
            gap = False
        elif match is None and label and SUBGROUP.fullmatch(line.text):
            gap, grouped = False, True
        elif match:
            label, gap = match.group("label"), False
            # A second list under the same label ('Councillors:' for the committee, then for
            # the other councillors present) adds to the first.
            # 'APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST': a heading of two labels.
            rest = "" if JOINED_LABEL.match(match.group("rest")) else match.group("rest")
            blocks[label] = ", ".join(filter(None, (blocks.get(label), rest)))
        elif label and line.text and not ATTENDANCE_STOP.match(line.text) \
                and (not _sentence(line.text) or GROUP_LIST.match(line.text)) and (
                not gap or _names_officers(line.text) or _one_entry(line.text)
                or _names_only(line.text, grid=not grouped)
                or (_full_name_entry(previous) and _full_name_entry(line.text))):
            joint = ", " if gap or ditto or _entry_per_line(previous, line.text) \
                or _post_labelled(line.text) else " "
            blocks[label] = f"{blocks[label]}{joint}{line.text}".strip()
            gap = False
        elif label and not line.text and re.search(r"(?:,|\band|&)$|^$", blocks[label]):
            continue
        elif label and not line.text and (CUT_INITIAL.search(blocks[label])
                                          or _cut_given_name(blocks[label])):
            # '…, S Dingle, R' / (blank) / 'Kessell, L Vosper and T Whetter.': a name broken
            # after its initial goes on after the break.
            previous = blocks[label]
            continue
        elif label and (not line.text or SUBGROUP.fullmatch(line.text)):
            # 'In Attendance: Five members of the public' / (blank) / 'CPOs Suzanne Jacobs and
            # Drew Young': a list of officers may follow after a blank line, or two; a group's
            # title ('Aldermen' / 'Alderman S J Gilpin …') heads more of the same list.
            grouped = grouped or bool(line.text)
            gap = True
        elif blocks and (names := _group_names(line.text)):
            # 'Tenant Representatives: Joan Tebbutt and Darren Mistry' under the members
            # present: a group attending, named by its label.
            blocks["also present"] = ", ".join(filter(None, (blocks.get("also present"), names)))
            label = ""
        else:
            label = ""
        previous = line.text or previous
        ditto_above = bool(ditto)
    if not blocks:
        blocks = _inline_attendance(lines)
    for kind, names in [*_register(lines).items(), *_status_rows(lines).items()]:
        blocks[kind] = ", ".join(filter(None, (blocks.get(kind), *names)))
    # 'Attendance:' over rows of names in columns, no group's label ('Councillors' over a grid
    # of surnames) above them: each row holds first names and surnames.
    grid = not grouped and not any(GROUP_WORD.search(text) for text in blocks.values())
    blocks = {kind: _names_cased(names) for kind, names in blocks.items()}
    return parse_attendance(_split_inline_labels(blocks), grid=grid)


CAPITALS_SHARE = 0.9
LOWER_WORDS = frozenset(("and", "of", "the", "for", "to", "in", "at", "with", "from", "by"))


def _names_cased(text: str) -> str:
    """Return a list typed in capitals ('COUNCILLORS A. BOOTH, C. DALE AND MR. E. FROST
    (CLERK)') as names are cased, its joining words in small letters, so that its names,
    groups and posts are read as a list in ordinary case is; other lists as they are (one with
    no 'AND', its entries opened by honorifics in capitals, is read by those)."""
    letters = [c for c in text if c.isalpha()]
    if " AND " not in text or len(letters) < 2 * len(LOWER_WORDS) \
            or sum(c.isupper() for c in letters) < CAPITALS_SHARE * len(letters):
        return text
    return " ".join(word.lower() if word.lower() in LOWER_WORDS else word.title()
                    for word in text.split(" "))


def _english_labels(lines: list[Line]) -> list[Line]:
    """Return attendance lines with their bilingual labels read by the English part: 'Present/
    Presennol' as 'Present:', 'Mrs. E. Bowen - Chairman/Cadeirydd' as 'Mrs. E. Bowen -
    Chairman', a post over its holder ('Clerk/Clerc' / 'Mr. O. Rees.') as 'Mr. O. Rees (Clerk)'
    and a group over its names ('Councillors/Cynghorwyr' / 'Mr. G. Pritchard, …') as
    'Councillors: Mr. G. Pritchard, …'."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        pair = BILINGUAL_LABEL.match(line.text)
        english = pair.group("en").strip() if pair else ""
        dashed = DASHED_ROLE.match(english)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if pair and ATTENDANCE_START.match(english):
            out.append(replace(line, text=f"{english}:"))
        elif dashed and role_key(dashed.group("role")):
            out.append(replace(line, text=english))
        elif pair and nxt is not None and nxt.text and role_key(english):
            out.append(replace(nxt, text=f"{nxt.text.rstrip('.')} ({english})"))
            k += 1
        elif pair and nxt is not None and nxt.text and (group := GROUP_WORDS.search(english)):
            # 'County Member/Aelod o'r Cyngor Sir' over one name is no list's label.
            out.append(replace(nxt, text=f"{english}: {nxt.text}" if group.group(1)
                               else nxt.text))
            k += 1
        else:
            out.append(line)
        k += 1
    return out


def _register(lines: list[Line]) -> dict[str, list[str]]:
    """Return who a register of attendance lists, present or sending apologies at this
    meeting: rows of a name (and post), then a mark for each meeting of the year, this one's
    last ('Richard Ashworth (Chair) a a a a a a', 'Lisa Bramley a Apols a')."""
    found: dict[str, list[str]] = {}
    for line in lines:
        row = REGISTER_ROW.match(line.text)
        marks = row.group("marks").split() if row else []
        if len(marks) < MIN_REGISTER_MARKS or sum(
                len(mark) == 1 or mark.lower().startswith("apol") for mark in marks) \
                < MIN_REGISTER_MARKS:
            continue
        last = marks[-1].lower()
        kind = "present" if last in PRESENT_MARKS else "apologies" if last.startswith(
            "apol") else ""
        if kind:
            found.setdefault(kind, []).append(row.group("name"))
    return found


def _status_rows(lines: list[Line]) -> dict[str, list[str]]:
    """Return who a table of attendance lists with a status column, present or sending
    apologies, when at least MIN_STATUS_ROWS rows read so: 'Huw Garnant Caerwenog Present',
    'Emrys Haverd (Chair) Llanbedrwy Present', 'Ann Ash Pentre Not present' (a name, its post,
    the member's ward or village, then the status)."""
    rows = [(row.group("name") + (f" {row.group('post')}" if row.group("post") else ""),
             re.sub(r"\s+", " ", row.group("status").lower())) for line in lines
            if line.text.endswith(STATUS_ENDS) and (row := STATUS_ROW.match(line.text))]
    if len(rows) < MIN_STATUS_ROWS:
        return {}
    found: dict[str, list[str]] = {}
    for name, status in rows:
        kind = "present" if status in ("present", "in attendance") \
            else "apologies" if status.startswith("apol") else ""
        if kind:
            found.setdefault(kind, []).append(name)
    return found


def _open_bracket(text: str) -> bool:
    """Return True if text's last bracket is open: a post in brackets wraps onto the next line."""
    return text.rfind("(") > text.rfind(")")


CUT_FIRST_NAME = re.compile(r"[A-Z][a-z'’]{2,}")
"""A first name closing a line, its surname wrapped onto the next."""


def _names_only(text: str, *, grid: bool = False) -> bool:
    """Return True for a line that lists two or more people's names and nothing else, each
    perhaps with its post ('Huw Prothero, Bethan Rowlands, Gethin Cole and', 'Mrs D Penrose
    (Town Clerk) and Mr K Soady (Deputy Town Clerk).'): a list going on after a blank line."""
    if ":" in text:
        # 'Tenant Representatives: Joan Tebbit and …': a group named by its label.
        return False
    names = [ROLE_AFTER.sub("", name)
             for name in split_names(re.sub(r"\s+(?:and|&)$", "", text.rstrip(".;")), grid=grid)]
    # 'L. Ffowc (Gwernant County Council); P. Rhosier (…);': initials and surnames too.
    # '…, Vice Chair Moira Tregony, Secretary Fiona' / 'Gorran, …': the last name wraps.
    return len(names) >= 2 and all(FULL_NAME.fullmatch(name) or HONORIFIC_NAME.fullmatch(name)
                                   or INITIALS_NAME.fullmatch(name)
                                   or (k == len(names) - 1 and CUT_FIRST_NAME.fullmatch(name))
                                   for k, name in enumerate(names))


def _group_names(text: str) -> str:
    """Return the names a 'Group: names' line lists ('Executive Councillor for Housing:
    Councillor Sian Driscoll'), each with the group as its role when it is one person, or "" if
    the line is not such a list."""
    match = GROUP_LINE.match(text)
    if not match:
        return ""
    names = split_names(match.group("names"))
    if not names or not all(FULL_NAME.fullmatch(name) or HONORIFIC_NAME.fullmatch(name)
                            for name in names):
        return ""
    group = match.group("group")
    return names[0] + f" ({group})" if len(names) == 1 else ", ".join(names)


def _split_inline_labels(blocks: dict[str, str]) -> dict[str, str]:
    """Take a list's later labels out of it: '… Cllr A Wragg. Also Present: Mrs Diane Pryke
    (Town Clerk); …' is two lists."""
    out: dict[str, str] = {}
    for label, text in blocks.items():
        found = [m for m in INLINE_LABEL.finditer(text) if m.start() > 0]
        pieces = [(label, text[:found[0].start()] if found else text)]
        pieces += [(m.group("label"), text[m.end():nxt.start() if nxt else len(text)])
                   for m, nxt in itertools.zip_longest(found, found[1:])]
        for key, piece in pieces:
            out[key] = ", ".join(filter(None, (out.get(key), piece.strip(" .;"))))
    return out


HONORIFIC_CAPS = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Sgt|Rev|Revd)\.?\s+[A-Z][a-z]+\s+"
                            r"[A-Z]{2,}\b")
"""A name with its surname in capitals after its honorific ('Mr. Lachlan DRUMOAK (LD)')."""


def _entry_per_line(previous: str, text: str) -> bool:
    """Return True when a list gives one person a line with no comma between: 'Matthew
    Greaves, Service Manager, Highways Development Management' / 'Justin Pardoe, …', 'P Hurrell
    (Chairperson)' / 'K Braddock'."""
    words = previous.split()
    # 'Ms. Ishbel TORRANCE (IT) Community Councillor' / 'Mr. Lachlan DRUMOAK (LD) …': a post ending
    # in a title is no honorific for a name that has its own.
    titled = HONORIFIC_NAME.match(text) is not None or HONORIFIC_CAPS.match(text) is not None
    return bool(words) and (previous[-1].islower() or previous[-1] in ")0123456789") \
        and words[-1].lower() not in NAME_PARTICLES and (words[-1] not in HONORIFICS or titled) \
        and (FULL_NAME.match(text) is not None or titled
             or INITIALS_NAME.fullmatch(DASHED_POST.sub("", ROLE_AFTER.sub("", text))) is not None
             or _one_entry(text))


def _cut_given_name(block: str) -> bool:
    """Return True when a list of full names ends with a given name alone after a comma ('Cllr
    Ann Rowe (Chair), Helen' / (blank) / 'Tregarth, Karen Daw'): its surname is on the next line.
    A list closed by 'and' is whole, and one of surnames alone has no given names to cut."""
    cut = re.search(r"[,;]\s*([A-Z][a-z]{2,})$", block)
    if cut is None or cut.group(1) in HONORIFICS:
        return False
    entries = [re.sub(r"\([^()]*\)", "", entry).split() for entry in re.split(r"[,;]", block)[:-1]]
    return any(len(entry) > 1 and entry[0] not in HONORIFICS for entry in entries) \
        and all(len(entry) > 1 for entry in entries if entry)


def _post_labelled(text: str) -> bool:
    """Return True for a line naming a post and then its holder ('Clerk to the Council: Jo
    Penrose', 'In the Chair: Cllr A Cawsand'): an entry of its own, never the name above's."""
    post = POST_LINE.match(text)
    return post is not None and bool(role_key(post.group("role")))


def _sentence(text: str) -> bool:
    """Return True for a line of prose after a list ('Chairman Councillor H Bowen presided over
    the meeting.'): it closes with a full stop and has words in lower case outside brackets."""
    outside = NOT_ATTENDING.sub("", re.sub(r"\([^)]*\)", "", text))
    lower = [w for w in outside.split() if w[:1].islower() and w not in NAME_PARTICLES]
    return outside.rstrip().endswith(".") and len(lower) >= SENTENCE_WORDS


def _one_entry(text: str) -> bool:
    """Return True for a line that is one person's entry ('Cllr D Forster (Chair)', 'B
    Quennell', 'P Hart, Town Clerk', 'Anwen Price (AP) - Clerk'), as lists written one name
    to a line with blank lines between them have."""
    text = text.rstrip(";")
    outside = re.sub(r"\([^)]*\)", "", text).split()
    name, post = [*re.split(r",\s|\s[-–]\s", text, maxsplit=1), ""][:2]
    name = re.sub(r"\s*\([^)]*\)", "", name)
    if post and OFFICER_POST.search(post) and (INITIALS_NAME.fullmatch(name)
                                              or FULL_NAME.fullmatch(name)):
        return True  # 'P Hart, Town Clerk', 'Anwen Price (AP) - Clerk'
    if INITIALS_NAME.fullmatch(" ".join(outside)):
        return True  # 'B Quennell (Chair)'
    return bool(HONORIFIC_NAME.match(text)) and len(outside) <= ENTRY_WORDS and all(
        word[:1].isupper() or word in NAME_PARTICLES for word in outside)


def _full_name_entry(text: str) -> bool:
    """Return True for a line that is one person's full name, perhaps with a post ('Graham
    Tull', 'Sally Dunning (secretary)', 'Peter Lockyer, Chairman'): under one such line, a
    list written a name to a paragraph goes on after the blank line."""
    name = re.sub(r"\s*\([^)]*\)$", "", re.split(r",\s", text.strip(), maxsplit=1)[0])
    return bool(FULL_NAME.fullmatch(name)) \
        and not any(word.lower() in NOT_NAMES for word in name.split())


def _names_officers(text: str) -> bool:
    """Return True for a line that lists officers under their plural rank ('CPOs A and B')."""
    words = text.split()
    return len(words) >= 3 and bool(plural_rank(words[0])) and words[1][:1].isupper()


def _inline_attendance(lines: list[Line]) -> dict[str, str]:
    """Read lists run into a paragraph ('… 2019 Present: Cllr A, Cllr B. Also present: …').

    Minutes pasted as one paragraph have no line of their own for 'Present:'; each list runs
    to the next label, the first item number or the end of the paragraph.
    """
    for k, line in enumerate(lines):
        found = list(INLINE_LABEL.finditer(line.text))
        if not found:
            continue
        text = line.text
        for after in lines[k + 1:]:
            # '… Town Hall. Present: Ruth E. Coelho, President; Dan P. Medeiros,' / 'President
            # Pro Tem; …': a list wrapped at a comma or semicolon goes on, to its paragraph's end.
            if not after.text or not LIST_GOES_ON.search(text):
                break
            text = f"{text} {after.text}"
        blocks = {}
        for match, nxt in itertools.zip_longest(found, found[1:]):
            rest = text[match.end():nxt.start() if nxt else len(text)]
            blocks[match.group("label")] = ITEM_START.split(rest, maxsplit=1)[0]
        return blocks
    return {}
