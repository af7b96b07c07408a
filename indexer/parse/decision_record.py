"""A record of decision: one decision by one decision-maker, on a council's standard form.

English councils publish each executive decision on a form headed 'RECORD OF DECISION' (or
'PROPOSED RECORD OF DECISION' before it is taken): who takes it ('DECISION TAKEN BY:'), its
number ('DECISION NO:'), 'Subject Matter / Title of Decision', 'Decision:', the reasons, the
alternatives, and a signature with its date. The form is one item: numbered by the decision
number, titled by its subject, the decision-maker as the committee. A proposed record's
'Decision:' is read like a taken one's: it is the decision the maker is asked to take, worded as
it will be recorded, and the one an officer looks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..records import Line
from .dates import first_date

FORM_HEADING = re.compile(r"\b(?:proposed\s+)?record\s+of\s+(?:executive\s+|officer\s+)?"
                          r"(?:key\s+)?decision\b", re.I)
LABEL = re.compile(r"^(?P<label>decision\s+(?:to\s+be\s+)?taken\s+by|decision\s+(?:no|number|ref)"
                   r"\.?|subject(?:\s+matter)?(?:\s*/\s*title\s+of\s+decision)?|title\s+of\s+"
                   r"decision|decision)\s*:?\s*(?P<rest>.*)$", re.I)
NUMBER = re.compile(r"^\d{2,4}\s*/\s*\d{2,6}$|^[A-Z]{0,4}\d{2,4}[/-]\d{2,6}$")
SIGNATURE = re.compile(r"\b(?:signed|dated?)\b", re.I)
HEAD_LINES = 6
MAX_HEADING_WORDS = 12
SIGNATURE_LINES = 8
MIN_RECORDS = 3


@dataclass(frozen=True)
class DecisionRecord:
    """What the form's labels say: who decides, the number, the subject, and the signed date."""

    maker: str
    number: str
    title: str
    title_end: int
    day: date | None


def decision_record(lines: list[Line]) -> DecisionRecord | None:
    """Return the record of decision the document's first lines head, or None."""
    filled = [i for i, line in enumerate(lines) if line.text][:HEAD_LINES]
    heading = next((match for i in filled if (match := FORM_HEADING.search(lines[i].text))
                    and _heading_like(lines[i].text)), None)
    if heading is None or _repeated_form(lines):
        return None
    labels: list[tuple[str, str]] = []
    values: list[str] = []
    title, title_end = "", 0
    for i, line in enumerate(lines):
        match = LABEL.match(line.text)
        if match and _key(match.group("label")) == "subject":
            title, title_end = _title(lines, i, match.group("rest"))
            break
        if match:
            labels.append((_key(match.group("label")), match.group("rest").strip()))
        elif line.text and labels and len(values) < len(labels):
            values.append(line.text)
    fields = dict(_pair(labels, values))
    return DecisionRecord(fields.get("maker", ""), fields.get("number", ""), title, title_end,
                          _signed(lines))


def _repeated_form(lines: list[Line]) -> bool:
    """Return True if the form's labels repeat page after page: a file of several records (one
    to a page, 'Issue for Decision' / 'Decision Made' / 'Reasons for Decision' on each), not one
    record."""
    pages: dict[str, set[int]] = {}
    for line in lines:
        if line.heading and 0 < len(line.text.split()) <= MAX_HEADING_WORDS:
            pages.setdefault(line.text.strip(" :").casefold(), set()).add(line.page)
    return any(len(seen) >= MIN_RECORDS for seen in pages.values())


def _heading_like(text: str) -> bool:
    """Return True for a line that heads a form, not a sentence that names one."""
    return len(text.split()) <= MAX_HEADING_WORDS and not re.search(r"[.;,]$", text)


def _key(label: str) -> str:
    """Name a form label: maker, number, subject or decision."""
    label = label.lower()
    if "taken" in label:
        return "maker"
    if re.match(r"decision\s+(?:no|number|ref)", label):
        return "number"
    if label.startswith(("subject", "title")):
        return "subject"
    return "decision"


def _pair(labels: list[tuple[str, str]], values: list[str]) -> list[tuple[str, str]]:
    """Give each label its value: on its own line, or in the lines after the labels, in order."""
    out, pending = [], iter(values)
    for key, rest in labels:
        value = rest or next(pending, "")
        if key == "number" and not NUMBER.match(value.strip()):
            continue
        out.append((key, value.strip()))
    return out


def _title(lines: list[Line], i: int, rest: str) -> tuple[str, int]:
    """Return the subject after its label, with the lines it wraps onto, and where it ends."""
    parts = [rest.strip()] if rest.strip() else []
    j = i + 1
    while j < len(lines) and not LABEL.match(lines[j].text) and len(parts) < 3:
        if lines[j].text:
            parts.append(lines[j].text)
        elif parts:
            break
        j += 1
    return " ".join(parts).strip(" –-:"), j


def _signed(lines: list[Line]) -> date | None:
    """Return the date signed at the foot of the form: on a 'signed'/'date' line or next to it."""
    tail = [line.text for line in lines if line.text][-SIGNATURE_LINES:]
    for k, text in enumerate(tail):
        if SIGNATURE.search(text):
            for near in (text, *tail[max(0, k - 1):k], *tail[k + 1:k + 2]):
                day = first_date(near)
                if day:
                    return day
    return None
