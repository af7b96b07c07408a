"""Who chaired or clerked a meeting, as its text says outside the attendance list."""

from __future__ import annotations

import re

WORD = r"(?:Ma?c|O['’])?[A-Z][a-z'’]+"
"""A name's word: 'Hale', 'McAlinden', 'MacKinnon', 'O’Rourke'."""
SURNAME = r"(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-(?:Ma?c|O['’])?[A-Z]?[a-z'’]+)*"
"""A surname, perhaps double-barrelled ('Vane-Tempest', 'Carr-Lacey')."""
NAME = (rf"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:{WORD}|[A-Z]\.?(?=[ \t]))"
        rf"(?:[ \t]+[A-Z]\.?(?=[ \t]))?(?:[ \t]+(?!{SURNAME}[ \t]*:){SURNAME}){{0,2}}")
"""A name, its first name perhaps an initial ('Chairman: J Ritchie'), ending before the next
label on its line ('Chair: Jo Hale Clerk: …')."""
HOLDER = (r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
          rf"(?:[A-Z]{{1,3}}[ \t]+|(?:[A-Z]\.[ \t]*){{1,3}})?(?:{WORD}[ \t]+){{0,2}}{SURNAME}")
"""Whoever holds a post, as a list gives them: 'Mrs J Ames', 'KT Lomax', 'Mrs. Ruth Okoro'."""
CHAIR_FORMS = (
    re.compile(rf"\b(?:In[ \t]+the[ \t]+Chair|Chair(?:man|woman|person)?)[ \t]*:[ \t]*"
               rf"(?P<name>{NAME})"),
    re.compile(rf"(?P<name>{NAME}|[A-Z][A-Za-z]?[A-Z])[ \t]+(?:chaired\s+the\s+meeting|was\s+in\s+"
               r"the\s+chair|took\s+the\s+chair|presided\s+over\s+the\s+meeting"
               r"|presided(?=\s*[.;]))\b"),
    re.compile(rf"\bThe[ \t]+(?:Chair(?:man|woman|person)?|(?:Town[ \t]+)?Mayor),[ \t]+"
               rf"(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs"
               rf"|Ms|Miss|Dr|Rev|Revd|Reverend|Canon|Prof|Professor|Sir|Dame)\.?[ \t]+)+{NAME})"
               r"(?=,|[ \t]+[a-z])"),
    re.compile(rf"\b(?:RESOLVED|Resolved)[\s:–-]+(?:that|That|THAT)\s+(?P<name>{NAME})\s+"
               r"(?:be\s+(?:and\s+(?:he|she)\s+is\s+hereby\s+)?(?:elected|appointed)\s+(?:to\s+|as\s+)?"
               r"(?:the\s+)?[Cc]hair(?:man|woman|person)?\b(?:(?!\s+of\s+(?:the\s+)?(?!meeting)\w)"
               r"|\s+of\s+the\s+[\w -]{3,40}?\s+for\s+(?:the|this)\s+(?:meeting|hearing)\b)"
               r"|[Cc]hair\s+the\s+(?:meeting|hearing|(?:Sub-)?Committee|Sub-Committee|Panel)\b)"),
    re.compile(rf"(?<![\w,] )(?P<name>{NAME}),[ \t]+(?:the[ \t]+)?Chair(?:man|woman|person)?,"),
    re.compile(rf"(?:^|\n|[,;:][ \t]*|[ \t]{{2,}}|\b(?:were|was)[ \t]+)"
               rf"(?:(?:Councillors|Cllrs)\.?[ \t]+)?(?P<name>{HOLDER})[ \t]*"
               r"[\[(](?:[^)\]\n/]{1,20}/[ \t]*)?(?i:chair(?:man|woman|person)?"
               r"|(?:town[ \t]+)?mayor)[\])]"),
    re.compile(rf"\bwith[ \t]+(?P<name>{NAME})[ \t]+in[ \t]+the[ \t]+[Cc]hair\b"),
    re.compile(rf"(?:^|\n|[;:][ \t]*|[ \t]{{2,}})(?P<name>{HOLDER})[ \t]+[–—-][ \t]+"
               r"(?:the[ \t]+)?Chair(?:man|woman|person)?\b(?![ \t]+(?:of\b|[A-Z]{2,}))"),
    re.compile(rf"\b[Cc]haired[ \t]+by[ \t]+(?P<name>{NAME})"),
    re.compile(r"\b(?:[Tt]he[ \t]+(?:Right[ \t]+Honourable[ \t]+|Worshipful[ \t]+)?(?:the[ \t]+)?)"
               r"(?:(?:Lord|Town)[ \t]+)?(?:Mayor|Chair(?:man|woman|person)?)[ \t]*\((?P<name>"
               r"(?:Councillor|Cllr|Alderman)\.?[ \t]+[A-Z][^()\n]{1,40}?)\)"),
    re.compile(rf"\b[Tt]he[ \t]+[Cc]hair(?:man|woman|person)?,[ \t]+(?P<name>{WORD}[ \t]+"
               rf"{SURNAME}),[ \t]+[a-z]"),
    re.compile(rf"\b(?:RESOLVED|[Rr]esolved|[Aa]greed)[ \t]+to[ \t]+elect[ \t]+(?P<name>{NAME})"
               r"[ \t]+as[ \t]+(?:the[ \t]+)?Chair(?:man|woman|person)?\b"),
    re.compile(r"(?:^|\n)[ \t]*Chair(?:man|woman|person)?[ \t]+(?P<name>(?:Cllr|Councillor|Mr"
               rf"|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){{0,3}}{SURNAME})"),
)
CHAIR_FORM_WORDS = (re.compile("Chair"),
                    re.compile(r"chaired\s+the\s+meeting|was\s+in\s+the\s+chair|took\s+the\s+chair"
                               r"|presided"),
                    re.compile("The Chair|The Mayor|The Town Mayor"),
                    re.compile("RESOLVED|Resolved"),
                    re.compile(r",[ \t]+(?:the[ \t]+)?Chair"),
                    re.compile(r"(?i)(?:chair(?:man|woman|person)?|mayor)[\])]"),
                    re.compile(r"in\s+the\s+[Cc]hair"),
                    re.compile(r"[–—-][ \t]+(?:the[ \t]+)?Chair"),
                    re.compile(r"[Cc]haired\s+by"),
                    re.compile(r"(?:Mayor|Chair(?:man|woman|person)?)[ \t]*\("),
                    re.compile(r"[Cc]hair(?:man|woman|person)?,"), re.compile("to elect"),
                    re.compile("Chair"))
"""What a text holds if the CHAIR_FORMS pattern of the same place can match: each pattern is
searched only then (the second, tried at every position, was a build's slowest search)."""
SIGNATURE_LINE = re.compile(r"^\s*(?:Chair(?:man|woman|person)?|Signed)\s*[:.]?\s*[_.…]{3,}")


def chair_named(text: str, initials: dict[str, str]) -> str:
    """Return the chair the text names ('Chairman: Jane Ritchie', 'RW chaired the meeting').

    Initials are resolved through the document's own list; an empty signature line names
    nobody.
    """
    for pattern, words in zip(CHAIR_FORMS, CHAIR_FORM_WORDS, strict=True):
        for match in pattern.finditer(text) if words.search(text) else ():
            name = match.group("name").strip()
            if SIGNATURE_LINE.match(text[match.start():match.end()]):
                continue
            name = initials.get(name, name)
            if len(name.split()) >= 2 or name in initials.values():
                return re.sub(r"\s+[A-Z]\.?(?=\s)", "", name) if _honorless(name) else name
    return ""


TITLED = (rf"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){{0,3}}(?:{WORD}[ \t]+)?"
          rf"{SURNAME}"
          rf"|(?!(?:The|A|An|This|Our|Your)\b){WORD}[ \t]+{SURNAME}")
CLERK = r"(?:(?:Parish|Town|Council)[ \t]+)?Clerk"
THE_COUNCIL = r"the[ \t]+(?:Parish[ \t]+|Town[ \t]+)?Council"
CLERK_LINE = re.compile(rf"(?:^|\n)[ \t]*{CLERK}(?:[ \t]+(?:and|&)[ \t]+RFO)?[ \t]*:[ \t]*"
                        rf"(?P<name>{TITLED})(?=[ \t]*(?:\(|,|$|\n))")
"""A line 'Clerk: Ione Heskin (IH)', or 'Parish Clerk: Mrs E Lane, 4 Pound Close' in a page's
contact footer."""
CLERK_FORMS = (
    re.compile(rf"\b[Tt]he[ \t]+{CLERK},[ \t]+(?P<name>{TITLED})\b"),
    # 'The Head of Legal Services, Ann Gorran, acting in the role of Clerk to the Board'.
    re.compile(rf"(?P<name>{SURNAME}[ \t]+{SURNAME}),?[ \t]+(?:acting|who[ \t]+acted)"
               rf"[ \t]+(?:in[ \t]+the[ \t]+role[ \t]+of|as)[ \t]+(?:the[ \t]+)?{CLERK}\b"),
    re.compile(rf"\b{CLERK}(?:[ \t]+(?:and|&)[ \t]+RFO)?[ \t]*[:,]?[ \t]+"
               r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){0,3}"
               rf"(?:{WORD}[ \t]+)?{SURNAME}|(?:[A-Z]\.?[ \t]+){{1,3}}{SURNAME})\b"),
    CLERK_LINE,
    re.compile(rf"(?:^|\n)[ \t]*(?:(?:PARISH|TOWN)[ \t]+)?CLERK[ \t]*:?[ \t]+(?P<name>{TITLED})"
               r"(?=[ \t]*(?:\(|,|$|\n))"),
    re.compile(rf"(?:^|\n)[ \t]*{CLERK}[ \t]+to[ \t]+the[ \t]+(?:(?:Parish|Town)[ \t]+)?"
               rf"(?:Meeting|Council|Committee|Board)[ \t]*[:,–—-]?[ \t]+(?P<name>{TITLED})"),
    re.compile(rf"(?:^|\n)(?P<name>{TITLED}),?[ \t]+(?:the[ \t]+)?{CLERK}\b"),
    re.compile(rf"(?:^|\n|[,;:][ \t]*|[ \t]{{2,}})(?P<name>{HOLDER})[ \t]*(?:[–—-][ \t]*|[\[(]"
               rf"(?:[^\])\n/]{{1,20}}/[ \t]*)?)(?:the[ \t]+)?{CLERK}\b(?![ \t]+to\b)"),
    re.compile(rf"\b{CLERK},[ \t]+(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){{0,3}}"
               rf"{SURNAME}(?:[ \t]+{SURNAME})?)"),
    re.compile(rf"\b(?:[Tt]he[ \t]+{CLERK}[ \t]*[–—-]|by[ \t]+(?:the[ \t]+)?{CLERK})[ \t]+"
               rf"(?P<name>{SURNAME}(?:[ \t]+{SURNAME}){{1,2}})\b"),
    re.compile(rf"\b[Tt]he[ \t]+{CLERK}[ \t]+in[ \t]+attendance[ \t]*[–—:-][ \t]*"
               rf"(?P<name>{TITLED})"),
    re.compile(rf"(?:^|\n|[,;:.][ \t]*|[ \t]{{2,}}|\b(?:[Aa]lso|and)[ \t]+)(?P<name>{HOLDER})"
               rf"[ \t]*(?:[\[(][ \t]*(?:the[ \t]+)?(?i:(?:parish|town)[ \t]+)?(?i:clerk)"
               rf"(?:[ \t]+to[ \t]+{THE_COUNCIL})?[\])]|,?[ \t]+(?:the[ \t]+)?"
               rf"(?:{CLERK}[ \t]+to[ \t]+{THE_COUNCIL}|(?:Parish|Town)[ \t]+Clerk[ \t]+was\b))"),
)
"""How a preamble names its clerk outside a labelled list: 'The Town Clerk, Mrs S Hartley, …',
'Clerk: Ms Fiona Vane' among other labels, 'Town Clerk, C. Quarle', 'The Parish Clerk in
attendance – Miss K Vane', 'Mrs J Quiller (Clerk) was in attendance', 'Ms H Pentreath (Clerk
to the Council)', 'Bryn Morys Clerk to the Council', a line 'Clerk: Ione Heskin (IH)',
'Parish Clerk and RFO S A Nunn', a line 'Mrs C Pettit Clerk and Responsible Financial Officer',
a line 'Clerk to the Meeting Mrs A Gorran', a label grid's 'CLERK Ms Catrin Maddox',
the post after a dash or in brackets ('Mrs J Ames – Clerk', 'Ann Lyle [Parish Clerk]', 'Ifan Rees
(Clerc/Clerk)'), or before the name in a list ('Present: Clerk, Mrs Dunn, …'), after a dash ('and
the Clerk – Wenna Boase') or a verb ('Meeting minuted by Parish Clerk Jowan Skewes')."""
PREAMBLE_CHARS = 3000
SIGNED_CLERK = re.compile(rf"(?:^|\n)[ \t]*(?P<name>{TITLED})[ \t]*\n[ \t]*{CLERK}\b[^\n]*\s*$")
"""A record signed off by its clerk at its foot: 'Bryn Tallis' / 'Clerk and Financial Officer'."""
SIGN_OFF_CHARS = 300


def clerk_named(text: str) -> str:
    """Return the clerk a record's opening names outside its attendance list, or the one who
    signs it off at its foot, or ''."""
    head = text[:PREAMBLE_CHARS]
    for pattern in CLERK_FORMS if "lerk" in head or "LERK" in head else ():
        match = pattern.search(head)
        if match:
            return match.group("name")
    tail = text[-SIGN_OFF_CHARS:]
    signed = (SIGNED_CLERK.search(tail) or CLERK_LINE.search(tail)) if "Clerk" in tail else None
    return signed.group("name") if signed else ""


def _honorless(name: str) -> bool:
    """Return True for a name without an honorific ('Jane O Ritchie')."""
    return not re.match(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b", name)
