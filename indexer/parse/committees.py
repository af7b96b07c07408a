"""Small pure functions that tidy field values: committee names and ids."""

from __future__ import annotations

import hashlib
import re

from .dates import find_dates

KIND_ONLY = re.compile(r"^(?:(?:annual|ordinary|extraordinary|special|monthly|full|general"
                       r"|additional|emergency|adjourned)\s*)+$", re.I)
"""A meeting's kind alone, left when 'Meeting' is taken off: no body's name."""
SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
TRAILING_NOISE = re.compile(r"[\s,.:;–-]+$|\s+held$"
                            r"|(?<!\bParish)(?<!\bTown)(?<!\bPARISH)(?<!\bTOWN)\s+meeting"
                            r"(?:\s+(?:minutes|agenda|notes))?$"
                            r"|\s+\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d)?\)$"
                            r"|(?<=\bCommittee)\s+(?:annual|monthly|ordinary|extraordinary|special)"
                            r"(?:\s+general)?$"
                            r"|(?<=\bCouncil)(?:\s+(?:annual|monthly|ordinary|extraordinary|special))?"
                            r"(?:\s+meeting)?\s+(?:minutes|agenda|notes)$", re.I)
"""What ends a captured name but is not part of it: 'held', a stop, the years a committee sat
('Executive (2003-2015)'), 'meeting' (not of an 'Annual Parish Meeting', a body of its own)
and its record ('Board of Directors Meeting Minutes'), the kind of a committee's meeting once
'Meeting' is gone ('… Allotments Committee Annual General'), a council's meeting and record
named after it ('Town Council Monthly meeting Minutes')."""


MEETING_OF = re.compile(r"^(?:(?:proceedings|decisions|minutes|notice)\s+of\s+(?:the\s+|an?\s+)?"
                        r"(?=\S+\s+\S))?"
                        r"(?:(?:[\w-]+(?:st|nd|rd|th)\s+)?"
                        r"(?:(?:annual|general|ordinary|extraordinary|special|monthly)\s+)*"
                        r"meeting(?:\s+of\s+(?:the\s+)?|,\s+)(?=\S+\s+\S))?", re.I)
"""The record's and the meeting's kind before the body that met ('Annual General Meeting of the
Village Hall Management Committee', 'Meeting of the Porthkennack Harbour Commissioners',
'Proceedings of the Meeting of the Airedon City Council', 'Decisions of the Finchbury Area
Committee', 'Ninety-Eighth Annual Meeting of the … Parish Council', 'Annual Meeting, Cwm Tawel
Crematorium Joint Committee')."""


RECORD_OF = re.compile(r"(?<=\w)(?:\s+[-–—])?\s+(?:minutes|notes)\s+of\s+(?:the\s+)?(?=[A-Z])",
                       re.I)
"""The record's words between a body and its committee ('Cawsand Parish Plan - Minutes of Steering
Group'): no part of either name."""
BODY_DASH = re.compile(r"(?:(?<=\bCouncil)|(?<=\bAuthority))\s+[–-]\s+(?=[A-Z])")
"""The dash between a council's name and its committee's in a heading."""


DISCLAIMER = re.compile(r"\b(?:subject\s+to\s+(?:confirmation|approval|ratification)|to\s+be\s+"
                        r"(?:confirmed|approved|ratified)|not\s+yet\s+(?:confirmed|approved)"
                        r"|(?:before|until)\s+(?:being\s+)?(?:confirmed|approved|adopted))\b",
                        re.I)
"""A draft's running caveat ('DRAFT MINUTES SUBJECT TO CONFIRMATION AT NEXT COUNCIL MEETING', 'ANY
MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES'), which names no committee or
council."""


BREADCRUMB = re.compile(r"^(?:[^>]{1,40}\s>\s)+|^(?i:home)\s+/\s+(?:[^/]{1,40}\s/\s)*")
"""The trail of a site's breadcrumb before its last step."""


FURNITURE_NAME = re.compile(r"\bfile\s+type\b|\bsize\s*:\s*\d|\bweblink\b"
                            r"|^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|^council\s+chambers?$", re.I)
"""Page furniture a heading's place may hold, never a body: a document site's 'File Type:pdf,
Size:64Kb', a records viewer's name, the meeting's hours, its room ('Council Chambers')."""


def furniture_name(name: str) -> bool:
    """Return True for a 'committee' that is a page's furniture, not a body."""
    return FURNITURE_NAME.search(name) is not None


STATUS_FIRST = re.compile(r"^(?:(?i:draft\s*/\s*)?(?i:unapproved|unconfirmed)\s+|DRAFT\s+)"
                          r"(?=\S+\s+\S)")
"""A paper's status before the body's name ('Draft/Unapproved …', 'DRAFT …'; not a 'Draft Budget
Panel')."""


def normalise_committee(name: str) -> str:
    """Return one spelling of a committee name: Title Case for capitals, tidy spacing."""
    name = re.sub(r"\s+", " ", name).strip()
    # A site's breadcrumb trail ('Committees > Cabinet > Cabinet'): the meeting's body is last.
    name = BREADCRUMB.sub("", name)
    name = re.sub(r"^(?:the|a)\s+", "", name, flags=re.I)
    # 'DRAFT/UNAPPROVED PENHOLT PARISH COUNCIL': the paper's status is no part of the body.
    name = STATUS_FIRST.sub("", name)
    name = MEETING_OF.sub("", name)
    name = TRAILING_NOISE.sub("", TRAILING_NOISE.sub("", name))
    name = RECORD_OF.sub(" – ", name, count=1)
    name = _without_dates(name)
    if KIND_ONLY.match(name):
        # 'Agenda – Annual Meeting – 9 May 2019': the meeting's kind, no body.
        return ""
    # 'ROYAL BURGH of KELBY COMMUNITY COUNCIL': capitals but for a small word.
    letters = [c for word in name.split() if word.lower() not in SMALL_WORDS
               for c in word if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        name = _title_case(name)
    # 'Trentvale Fire and Rescue Authority – Policy and Strategy Committee' is written as
    # Minutebook writes a council's committee, so that the two spellings are one facet value.
    return BODY_DASH.sub(" — ", name, count=1)


def _without_dates(name: str) -> str:
    """Return a name run together with a page's heading and its date ('CABINET 9TH MARCH 2011
    CABINET') as the body named after the date; a name with a date only at its end stays as it
    is, for the callers that judge a heading by it."""
    found = list(find_dates(name)) if any(c.isdigit() for c in name) else []
    if not found or not any(c.isalpha() for c in name[found[-1][2]:]) \
            or not any(c.isalpha() for c in name[:found[0][1]]):
        return name
    return name[found[-1][2]:].strip(" -–—,")


def committee_key(name: str) -> str:
    """Return a comparison key under which spellings of one committee agree."""
    key = name.casefold().replace("&", " and ")
    key = re.sub(r"^the\s+", "", key)
    return " ".join(re.findall(r"[\w]+", key))


PLACE_ABBREVIATIONS = frozenset({"st", "sts", "mt"})
"""Saint and Mount as place names shorten them: capitalised, not acronyms."""


def _title_case(text: str) -> str:
    """Title-case a capitalised name, keeping small words low and vowel-less acronyms high."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            out.append(lower)
        elif lower.rstrip(".") in PLACE_ABBREVIATIONS:
            # 'ST KEWEN' is 'St Kewen', not an acronym.
            out.append(word.capitalize())
        elif len(word) <= 4 and word.isalpha() and not re.search(r"[AEIOUY]", word):
            out.append(word)
        elif "/" in lower and lower.replace("/", "").isalpha():
            # 'BURIAL/ALLOTMENTS' names two things, each capitalised.
            out.append("/".join(part.capitalize() for part in lower.split("/")))
        elif lower.startswith("sub-"):
            # 'SUB-COMMITTEE' is 'Sub-Committee', as councils write it.
            out.append("Sub-" + lower[4:].capitalize())
        else:
            out.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), lower, count=1)
                       if not lower[:1].isalpha() else lower.capitalize())
    return " ".join(out)


def source_hash(source: str) -> str:
    """Return a short stable hash of a source path, the stem of its item and meeting ids."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:10]
