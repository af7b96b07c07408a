"""Meeting and AgendaItem records made from drafts: speakers, decisions and roles named."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..records import AgendaItem, Attendance, Document, Line, Meeting
from .blocks import paragraphs
from .committees import furniture_name, source_hash
from .decisions import decisions
from .drafts import PROSE_WORDS, Draft
from .initials import attendance_initials, initial_speakers, mover_names
from .item_lists import RawItem
from .name_book import NameBook
from .names import parse_name
from .people import HONORIFICS, OFFICER_POST, entry_person, entry_role, role_key
from .person_names import NOT_NAMES, is_role
from .roles import chair_named, clerk_named
from .speakers import (
    bylines,
    declarers,
    first_names_speaking,
    item_speakers,
    labelled,
    officers_speaking,
    reporter,
    surnames_moving,
    visitors,
)
from .title_ends import SENTENCE_VERB, STUB, cut_stub

INITIAL_FIRST = re.compile(r"^[A-Z]\.?\s")
ONE_NAME = re.compile(r"[A-Z][a-z]{2,}")
"""An attendance entry that is a first name alone ('Gethin')."""
_CAPITALS_SURNAME = r"(?P<prefix>Mc|Mac|O['’])?(?P<rest>[A-Z]{3,}(?:-[A-Z]{2,})?)\b(?![a-z'’])"
"""A surname in capitals, its 'Mc', 'Mac' or 'O’' in title case ('McWEARNE', 'O’HOCKEN')."""
CAPITALS_NAME = re.compile(rf"\b[A-Z][a-z'’]+[ \t]+(?P<surname>{_CAPITALS_SURNAME})")
"""An attendance entry's first name and its surname in capitals ('Jowan McWEARNE')."""
CAPITALS_WORD = re.compile(rf"\b{_CAPITALS_SURNAME}")
FOR_ITEM = re.compile(r"\((?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+(?P<numbers>\d{1,3}[a-z]?"
                      r"(?:\s*(?:,|&|\band\b)\s*\d{1,3}[a-z]?)*)\)", re.I)
"""An attendance entry's note of the items its person came for: '(Item 1)', '(for items 4
and 5)'."""


def meeting_records(drafts: list[Draft], doc: Document, people: list,
              initials: dict[str, str], text: str) -> list[Meeting]:
    """Turn drafts into Meeting records with stable ids and finished items."""
    stem = source_hash(doc.rel)
    chair = chair_named(text, initials)
    clerk = clerk_named(text)
    ordinal = 0
    meetings = []
    named = NameBook(people)
    earlier: dict[str, dict[str, str]] = {}
    for k, draft in enumerate(drafts):
        book = NameBook([p for e in draft.attendance.everyone() if (p := entry_person(e))],
                        document=named)
        book.roles = _roles(draft.attendance, book)
        book.officers = _officers(draft.attendance, book)
        for post, name in _presenters(draft, book).items():
            book.officers.setdefault(post, name)
        book.capitals = frozenset(match.group("surname") for entry in draft.attendance.everyone()
                                  for match in CAPITALS_NAME.finditer(entry))
        if "chair" not in book.roles and chair:
            # 'Mr Cooke' elected to the chair is the 'Mr G Cooke' of the attendance list.
            chair_name = parse_name(chair)
            book.roles["chair"] = book.resolve(chair_name) if chair_name \
                else _signed_by(chair, book) or chair
        if "clerk" not in book.roles and clerk:
            # 'The Town Clerk, Mrs. S. Hartley, …' under the lists: who 'the Clerk' is.
            clerk_name = parse_name(clerk)
            book.roles["clerk"] = book.resolve(clerk_name) if clerk_name else clerk
        for role, holder in earlier.get(draft.committee, {}).items():
            # A minute book's later meeting, its attendance '… and the Clerk': the clerk the
            # same body's earlier meeting in the document named.
            book.roles.setdefault(role, holder)
        earlier[draft.committee] = dict(book.roles)
        guests = _attending_for(draft.attendance, book)
        # Initials the lists give ('Kenny Combe KC') first, then those of the attendance's names.
        # Someone the lists give initials to ('Margaret Carey MCa') goes by those alone.
        listed = set(initials.values())
        known = {**attendance_initials({name: (p.first or p.initials, p.surname)
                                        for p in book.people
                                        if (name := book.resolve(p)) not in listed}), **initials}
        attending = attendance_initials({book.resolve(p): (p.first or p.initials, p.surname)
                                         for p in book.people})
        for letters, name in initials.items():
            if INITIAL_FIRST.match(name) and letters in attending:
                # 'Mrs. A. Fell (AF)': the attendance's fuller form of the listed name.
                known[letters] = attending[letters]
        firsts = _first_names(book, draft.attendance)
        items = []
        for raw in draft.items:
            ordinal += 1
            item = _item(raw, book, f"{stem}-{ordinal:03d}", len(items) + 1, doc.kind == "pdf",
                         known, guests.get(raw.number.rstrip("."), []),
                         record=draft.section.kind != "agenda", firsts=firsts)
            if item.title or item.text:
                items.append(item)
        # A document site's 'File Type:pdf, Size:64Kb' or the room read in a heading's place
        # names no body.
        committee = "" if furniture_name(draft.committee) else draft.committee
        meetings.append(Meeting(
            id=f"{stem}-m{k + 1}", source=doc.rel, committee=committee, date=draft.date,
            heading=draft.heading or doc.meta.title, items=tuple(items),
            attendance=draft.attendance, kind=draft.section.kind, url=doc.meta.url,
            date_from=draft.date_from, committee_from=draft.committee_from if committee
            else ""))
    return meetings


def reads_as_minutes(meetings: list[Meeting]) -> bool:
    """Return False for a page with no prose, decision or speaker: an index of links, say."""
    items = [item for m in meetings for item in m.items]
    if any(m.kind == "agenda" and len(m.items) >= 2 for m in meetings):
        return True
    return any(item.resolutions or item.speakers or item.roles or any(
        len(para.split()) >= PROSE_WORDS for para in item.text.split("\n\n")) for item in items)


def _roles(attendance: Attendance, book: NameBook) -> dict[str, str]:
    """Return who the attendance list marks as chair and vice-chair, by display name."""
    roles = {}
    for entry in attendance.everyone():
        person, role = entry_person(entry), entry_role(entry)
        if person and role:
            roles.setdefault(role, book.resolve(person))
    return roles


POST_QUALIFIER = re.compile(r",\s*|\s+(?:to|for)\s+the\s+", re.I)
"""Where a post's name ends and what it serves begins ('Monitoring Officer to the Panel')."""
POST_NOUNS = frozenset("commissioner treasurer secretary solicitor engineer surveyor accountant "
                       "auditor inspector warden ranger superintendent sergeant constable planner "
                       "counsel registrar coroner chamberlain steward bailiff archivist".split())
"""The last words of posts a text may shorten to ('the Commissioner' for the Police and Crime
Commissioner); not 'officer' or 'manager', which may be any of several, nor a body's name
('Care Board') that a list gives in brackets for whom a member represents."""


def _officers(attendance: Attendance, book: NameBook) -> dict[str, str]:
    """Return the posts the attendance list gives in brackets, other than chair and clerk,
    with who holds each: 'Mr B Watts (General Counsel)' gives 'general counsel'."""
    officers: dict[str, str] = {}
    for entry in attendance.everyone():
        person = entry_person(entry)
        # 'Andrew Jarrett (Deputy Chief Executive (S151))': a post may carry its statute's code.
        for post in re.findall(r"\(([A-Z][A-Za-z&,' -]{5,60}(?:\s*\([A-Z0-9]{2,8}\))?)\)", entry) \
                if person else ():
            if not role_key(post) and len(post.split()) >= 2:
                # 'Monitoring Officer to the Panel', 'Chief Finance Officer, Office of the
                # Commissioner': the text calls them by the post alone.
                short = POST_QUALIFIER.split(post)[0].lower().strip()
                officers.setdefault(post.lower().strip(), book.resolve(person))
                officers.setdefault(short, book.resolve(person))
    heads = Counter(post.split()[-1] for post in officers)
    for post, name in list(officers.items()):
        # 'The Commissioner presented …': the one post of that kind, by its last word.
        head = post.split()[-1]
        if heads[head] == 1 and head in POST_NOUNS and len(post.split()) >= 2:
            officers.setdefault(head, name)
    return officers


PRESENTER = re.compile(r"^\((?P<name>(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][A-Za-z'’-]+),\s+"
                       r"(?P<post>[A-Z][A-Za-z&' -]{5,60}?)\s*(?:/[^()\n]{0,80})?\)$")
"""An agenda's note of who presents the paper, on a line of its own: '(Priya Lennard, Head of
Finance and Revenues / Calloway Mercer LLP)'."""


def _presenters(draft: Draft, book: NameBook) -> dict[str, str]:
    """Return the posts of the officers an agenda's notes name as presenting papers, with who
    holds each: the minutes then call them by the post ('The Head of Finance and Revenues gave
    members an update …')."""
    found: dict[str, str] = {}
    for item in draft.items:
        for line in item.lines:
            match = PRESENTER.match(line.text) if line.text[:1] == "(" else None
            person = parse_name(match.group("name")) if match else None
            post = match.group("post") if match else ""
            if person and not role_key(post) and len(post.split()) >= 2:
                found.setdefault(post.lower().strip(), book.resolve(person))
    return found


def _signed_by(name: str, book: NameBook) -> str:
    """Return the one attendee a signature's name fits by first initial and surname
    ('Chairman: J Other Ritchie' is Miss Jane Ritchie), or ''."""
    words = [w for w in name.replace(".", " ").split() if w not in HONORIFICS]
    if len(words) < 2:
        return ""
    fits = {book.resolve(p) for p in book.people if p.surname == words[-1]
            and (p.first or p.initials)[:1] == words[0][:1]}
    return fits.pop() if len(fits) == 1 else ""


def _attending_for(attendance: Attendance, book: NameBook) -> dict[str, list[str]]:
    """Return who the attendance list says came for an item ('CPO Suzanne Jacobs (Item 1)'),
    by item number: they came to give it."""
    guests: dict[str, list[str]] = {}
    for entry in attendance.in_attendance + attendance.also_present:
        note = FOR_ITEM.search(entry)
        person = entry_person(entry) if note else None
        if person is None:
            continue
        for number in re.split(r"\s*(?:,|&|\band\b)\s*", note.group("numbers")):
            guests.setdefault(number.rstrip("."), []).append(book.resolve(person))
    return guests


def _first_names(book: NameBook, attendance: Attendance) -> dict[str, str]:
    """Return the attendance's first names that one person alone has, and who has each: the
    names a community council's minutes call its members by ('Morag welcomed everyone'), and
    members the list itself gives by first name alone ('Present: Gethin, Eluned, Iolo'); with
    no attendance, the first names of the people the document names in full."""
    people: dict[str, set[str]] = {}
    # With no list of who attended, the people the text itself names in full ('introduced
    # Tressa Quiller, the new schools adviser', then 'Tressa presented …').
    named = book.people or (book.document.people if book.document else [])
    for person in named:
        if person.first:
            people.setdefault(person.first, set()).add(book.resolve(person))
    for entry in attendance.everyone():
        alone = re.sub(r"\s*\([^)]*\)$", "", entry)
        if ONE_NAME.fullmatch(alone) and not entry_person(entry) and not role_key(alone) \
                and not OFFICER_POST.search(alone):
            people.setdefault(alone, set()).add(alone)
    surnames = {person.surname for person in book.people}
    return {first: names.pop() for first, names in people.items()
            if len(names) == 1 and first not in surnames and first.lower() not in NOT_NAMES}


LEAD_INITIALS = re.compile(r"\s*[(\[](?P<letters>[A-Z][A-Za-z]{1,4}"
                           r"(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,4})*)[)\]]$")
"""Who leads an item, by initials after its heading ('Police report [SK]', 'Welcome (EMcT/JH)')."""


FILE_CODE = re.compile(r"\s+\((?:File(?:\s+No\.?)?\s*:\s*[\d-]{4,20}"
                       r"|(?!(?:19|20)\d\d\s*-\s*(?:\d\d|(?:19|20)\d\d)\))\d{3,4}\s*(?:-|x)\s*\d{3,4})\)$")
"""A file code closing a heading: '(301-201)', '(1204 x 1405)', '(File: 1850-05-21)' (not a
year's span, '(2008-09)')."""


def _leads(title: str, initials: dict[str, str]) -> tuple[str, list[str]]:
    """Return the title without the initials of those who lead it, and their names: only
    initials the lists give ('(CIL)' after a heading is an abbreviation)."""
    match = LEAD_INITIALS.search(title)
    letters = re.split(r"\s*[/,&]\s*", match.group("letters")) if match else []
    if not letters or not all(part in initials for part in letters) \
            or any(initials[part] in title for part in letters):
        # 'Speed Indicator Device (SID)': the heading's own words, abbreviated.
        return title, []
    return title[:match.start()], [initials[part] for part in letters]


def _first_name_off_title(raw: RawItem, book: NameBook) -> RawItem:
    """Give back to an item's text the first name its run-in title took from it: 'Playing
    Field Colin' / 'Batt reported …', where Colin Batt attended."""
    words = raw.title.split()
    surname = raw.first_body.split(maxsplit=1)[0] if raw.first_body.strip() else ""
    if len(words) >= 2 and surname and any(
            person.first == words[-1] and person.surname == surname for person in book.people):
        return replace(raw, title=" ".join(words[:-1]), first_body=f"{words[-1]} {raw.first_body}")
    return raw


def _item(raw: RawItem, book: NameBook, item_id: str, position: int, paged: bool,
          initials: dict[str, str], guests: list[str], record: bool = True,
          firsts: dict[str, str] | None = None) -> AgendaItem:
    """Extract an item's text, pages, decisions and speakers (guests: who came to give it; an
    agenda's by-lines name who is to report, not who did: only a record's count; firsts: the
    members the record calls by first name)."""
    if STUB.match(raw.title) and (stub := cut_stub(raw.title, raw.first_body))[0] != raw.title:
        # 'Date of next meeting – Monday 9th March 2026', however the heading was found: the
        # stub is the title, its date the item's text.
        raw = replace(raw, title=stub[0], first_body=stub[1])
    raw = _first_name_off_title(raw, book)
    lines = [Line(raw.first_body, raw.page), *raw.lines] if raw.first_body else list(raw.lines)
    paras = paragraphs(lines)
    texts = [p.text for p in paras]
    # 'Jowan McWEARNE' of the attendance list, named so in the text: read for people as 'Jowan
    # McWearne', the text itself kept as printed.
    named = [_titled_surnames(text, book.capitals) for text in texts] if book.capitals else texts
    # '3. The Minutes of the meeting … were agreed as a true record.' in bold: a minute that is
    # its own heading decides in its heading.
    said = [raw.title] if SENTENCE_VERB.search(raw.title) and not raw.title.startswith("To ") \
        else []
    # An agenda, and the reports of its pack, only propose ('Recommendation: That the Council
    # approves the payments listed above'): the meeting has not yet decided anything.
    kind, resolutions = decisions(said + texts) if raw.title != "Agenda" and record \
        else ("none", ())
    if record and not said and texts and texts[0][:1].islower():
        # 'THE MINUTES' / 'of the last meeting were read, approved and signed.': a heading
        # that runs into its sentence is the subject the sentence's verb decides on.
        joined = decisions([f"{raw.title} {texts[0]}", *texts[1:]])
        kind, resolutions = joined if joined[0] != "none" else (kind, resolutions)
    pages = tuple(sorted({raw.page, *(n for p in paras for n in p.pages)})) if paged else ()
    title, leads = _leads(raw.title, initials)
    # 'Register of Demands (602-401)', '… Approving Officer (File: 0540-01)': the council's file
    # code after the heading, no part of its subject.
    title = FILE_CODE.sub("", title)
    spoke = _with_initials(list(dict.fromkeys(
        (reporter(raw.title, book) + bylines(raw.title, named, book) if record else [])
        + guests
        + visitors(raw.title, named, book) + labelled(named, book)
        + item_speakers(named, book) + officers_speaking(named, book)
        + declarers(raw.title, named, book) + surnames_moving(named, book))),
                           leads + initial_speakers(named, initials) + mover_names(named)
                           + first_names_speaking(named, firsts or {}))
    # 'The Clerk reported …' where no list says who clerked: a post, kept apart from people.
    return AgendaItem(
        id=item_id, position=position, number=raw.number, title=title,
        text="\n\n".join(texts), pages=pages, agenda_ref=raw.agenda_ref,
        speakers=tuple(s for s in spoke if not is_role(s)),
        roles=tuple(s for s in spoke if is_role(s)),
        resolutions=resolutions, decision=kind)


def _titled_surnames(text: str, capitals: frozenset[str]) -> str:
    """Return text with the surnames the attendance list writes in capitals ('McWEARNE') in
    title case ('McWearne', 'O’Hocken'), each word kept to its length."""
    def titled(match: re.Match[str]) -> str:
        if match.group(0) not in capitals:
            return match.group(0)
        rest = "-".join(part[:1] + part[1:].lower() for part in match.group("rest").split("-"))
        return (match.group("prefix") or "") + rest
    return CAPITALS_WORD.sub(titled, text)


def _with_initials(speakers: list[str], by_initials: list[str]) -> tuple[str, ...]:
    """Add people named by initials, unless already there under a fuller or the same name."""
    out = list(speakers)
    # Names, the names they end with, and their surnames: one look per name.
    listed = set(out)
    ends = {s[k + 1:] for s in out for k, c in enumerate(s) if c == " "}
    surnames = {s.split()[-1] for s in out}
    for name in by_initials:
        surname = name.split()[-1]
        if name not in listed and name not in ends and surname not in surnames:
            out.append(name)
            listed.add(name)
            ends.update(name[k + 1:] for k, c in enumerate(name) if c == " ")
            surnames.add(surname)
    return tuple(out)
