"""Score parsed meetings against hand-labelled expectations (tests/data/extraction)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from indexer.parse.meetings import parse_document
from indexer.read.crawl import KINDS
from indexer.read.document import read_document
from indexer.read.pdf import DEFAULT_PDF_READER
from indexer.records import AgendaItem, Meeting, SourceFile

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extraction"
SHARED = ROOT.parent / "shared"
MATCH_THRESHOLD = 0.5
PAIR = 1000
"""What any pairing of a labelled and a parsed item is worth: more than any tie-break adds."""
SAME_DAY = 20
"""Tie-breaks: a parsed item in a meeting of the labelled date, then one of the labelled number."""
SAME_NUMBER = 10
HONORIFICS = frozenset("mr mrs ms miss dr prof professor cllr councillor cr rev revd reverend sir "
                       "dame alderman pc pcso cpo sgt insp supt inspector sergeant constable "
                       "superintendent".split())
RANK_WORDS = 4
"""How far into a name its rank may reach ('East Suffolk Cllr Mr G Rivett')."""


@dataclass(frozen=True)
class Case:
    """One labelled document: where its input is and what it should give."""

    name: str
    path: Path
    expected: dict

    @property
    def available(self) -> bool:
        """Return True if the input file is here (inputs in ../shared may be absent)."""
        return self.path.is_file()


@dataclass
class Counts:
    """True/false positives and negatives, and decision and date tallies."""

    title_tp: int = 0
    title_fp: int = 0
    title_fn: int = 0
    speaker_tp: int = 0
    speaker_fp: int = 0
    speaker_fn: int = 0
    decisions_expected: int = 0
    decisions_found: int = 0
    kinds_right: int = 0
    kinds_total: int = 0
    dates_right: int = 0
    dates_wrong: int = 0
    dates_missing: int = 0
    committees_right: int = 0
    committees_total: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another case's counts to these."""
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        """Return F1, or 1.0 when there was nothing to find and nothing was found."""
        return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)

    @property
    def title_f1(self) -> float:
        """Return the F1 of item titles."""
        return self.f1(self.title_tp, self.title_fp, self.title_fn)

    @property
    def speaker_f1(self) -> float:
        """Return the F1 of speakers over matched items."""
        return self.f1(self.speaker_tp, self.speaker_fp, self.speaker_fn)

    @property
    def speaker_recall(self) -> float:
        """Return the share of labelled speakers that were found."""
        found = self.speaker_tp + self.speaker_fn
        return self.speaker_tp / found if found else 1.0

    @property
    def title_precision(self) -> float:
        """Return the share of parsed items that match a labelled title."""
        return self.title_tp / max(1, self.title_tp + self.title_fp)

    @property
    def title_recall(self) -> float:
        """Return the share of labelled items whose title was found."""
        return self.title_tp / max(1, self.title_tp + self.title_fn)

    @property
    def decision_recall(self) -> float:
        """Return the share of labelled decisions whose phrases were all found."""
        return self.decisions_found / self.decisions_expected if self.decisions_expected else 1.0


def load_cases() -> list[Case]:
    """Return every labelled case, with the path of its input document."""
    cases = []
    for expected_path in sorted(DATA.glob("*.expected.json")):
        name = expected_path.name.removesuffix(".expected.json")
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        cases.append(Case(name, _input_path(name, expected), expected))
    return cases


def _input_path(name: str, expected: dict) -> Path:
    """Return a case's input: a local file (seed copies, minutes written in other councils'
    layouts), else the file in ../shared."""
    local = next((path for ext in (".txt", ".html", ".pdf")
                  if (path := DATA / f"{name}{ext}").is_file()), None)
    return local or SHARED / expected["source"]


def parse_case(case: Case, pdf_reader: str = DEFAULT_PDF_READER) -> list[Meeting]:
    """Read and parse a case's document the way the indexer does (PDFs with pdf_reader)."""
    path = case.path
    stat = path.stat()
    # As if ../shared were the folder indexed: a file keeps its folders ('archives/kent-county-
    # council/…'), which may name its council; a local copy of a seed has none.
    rel = path.name if path.parent == DATA else case.expected["source"]
    source = SourceFile(path, rel, KINDS[path.suffix.lower()], stat.st_size,
                        stat.st_mtime_ns)
    return parse_document(read_document(source, pdf_reader=pdf_reader))


def norm(text: str) -> str:
    """Normalise text for comparison: NFKC, case, quotes, dashes, '&', whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-",
                                         "—": "-", "&": " and "}))
    text = re.sub(r"\s*-\s*", "-", text)
    # A space a tokenised text sets before its marks ('the Mayor , Deputy') is no word.
    text = re.sub(r"\s+(?=[,;:])", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def person_key(name: str) -> str:
    """Return a name for comparison: 'Mrs Susan Ryding' and 'Susan Ryding' are one person, as
    are 'Councillor D M Quarrie' and the 'D M Quarrie' of a list headed 'Councillors'.

    Honorifics are dropped only before a first name or initials and a surname, so 'Mr Hill'
    still differs from 'Hill'.
    """
    parts = norm(name).replace(".", " ").split()
    # A rank with its council or office before it ('District Councillor', 'East Suffolk Cllr
    # Mr', 'Chief Superintendent') goes with the honorific.
    ranks = [k for k, part in enumerate(parts[:RANK_WORDS]) if part in HONORIFICS]
    if ranks and len(parts) - ranks[-1] - 1 >= 2:
        parts = parts[ranks[-1] + 1:]
    # Initials are one however they are spaced: 'G.T. Beckley', 'G T Beckley', 'GT Beckley'.
    return re.sub(r"\b(\w) (?=\w\b)", r"\1", " ".join(parts))


def _similarity(a: str, b: str) -> float:
    """Return the word overlap of two titles (1.0 for equal titles, empty ones included)."""
    if a == b:
        return 1.0
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def score(case: Case, meetings: list[Meeting]) -> Counts:
    """Compare parsed meetings with a case's labels."""
    counts = Counts()
    got = [(m, item) for m in meetings for item in m.items]
    want = [(m, item) for m in case.expected["meetings"] for item in m["items"]]
    pairs = _alignment([(norm(item["title"]), item["number"], m["date"]) for m, item in want],
                       [(item, m.date.isoformat() if m.date else None) for m, item in got])
    used: set[int] = set()
    for (meeting, item), k in zip(want, pairs, strict=True):
        if k is None:
            counts.title_fn += 1
            counts.problems.append(f"missing item {item['number']} {item['title']!r}")
            _count_unmatched(counts, item)
            continue
        used.add(k)
        _compare_item(counts, meeting, item, *got[k])
    for k, (_, item) in enumerate(got):
        if k not in used:
            counts.title_fp += 1
            counts.problems.append(f"extra item {item.number} {item.title!r}")
    _compare_committees(counts, case.expected["meetings"], meetings)
    return counts


def committee_named(want: str, got: str) -> bool:
    """Return True if a parsed committee names the labelled body: its words, in any case.

    'Pengarth County Council — Cabinet' names itself; 'Tregony Council —
    Audit Committee' names 'Audit Committee'; an empty name or a run of heading lines does not.
    """
    want_words = set(re.findall(r"[a-z0-9]+", norm(want)))
    got_words = set(re.findall(r"[a-z0-9]+", norm(got)))
    if not want_words or not got_words:
        return want_words == got_words
    shared = len(want_words & got_words)
    return shared / len(want_words) >= 0.75 and shared / len(got_words) >= 0.5


def _compare_committees(counts: Counts, want: list[dict], meetings: list[Meeting]) -> None:
    """Count the labelled meetings whose committee the document's parsed meetings name."""
    for meeting in want:
        counts.committees_total += 1
        if any(committee_named(meeting["committee"], m.committee) for m in meetings):
            counts.committees_right += 1
        else:
            counts.problems.append(f"committee {meeting['committee']!r} not in "
                                   f"{[m.committee for m in meetings]}")


def _pair_value(want: tuple[str, str, str | None], got: tuple[AgendaItem, str | None]
                ) -> int | None:
    """Return how well a labelled item (normalised title, number, meeting date) pairs with a
    parsed item and its meeting's date, or None if they cannot pair.

    Any pair counts far more than how good it is (PAIR), so the alignment pairs as many items as
    it can; then closer titles, the labelled meeting's date and the item's own number win ties
    (an agenda entry cut short under its number before the minutes' namesake after it). An item
    labelled without a title pairs only with an untitled item of its own number in a meeting not
    dated otherwise.
    """
    title, number, day = want
    item, got_day = got
    same_day = SAME_DAY if day == got_day else 0
    if not title:
        # Nothing to know it by but its number and its meeting: not one of another date.
        return PAIR + 100 + same_day if item.number == number and not norm(item.title) and (
            same_day or got_day is None) else None
    similarity = _similarity(title, norm(item.title))
    if similarity < MATCH_THRESHOLD:
        return None
    return PAIR + round(100 * similarity) + same_day + (SAME_NUMBER if number and
                                                        item.number == number else 0)


def _alignment(want: list[tuple[str, str, str | None]], got: list[tuple[AgendaItem, str | None]]
               ) -> list[int | None]:
    """Return, for each labelled item, the index of the parsed item it pairs with, or None.

    Both lists are in document order and so are the pairs: the best order-keeping pairing over
    the whole document (dynamic programming, as a diff aligns lines), so that one item paired
    with a namesake further on (a pack's agenda entry with the same title among the minutes it
    carries) cannot leave every labelled item before that namesake unpaired.
    """
    n, m = len(want), len(got)
    values = [[_pair_value(w, g) for g in got] for w in want]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            value = values[i][j]
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             value + best[i + 1][j + 1] if value is not None else 0)
    pairs: list[int | None] = [None] * n
    i = j = 0
    while i < n and j < m:
        value = values[i][j]
        if value is not None and best[i][j] == value + best[i + 1][j + 1]:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _count_unmatched(counts: Counts, item: dict) -> None:
    """Count a labelled item that the parser missed."""
    counts.speaker_fn += len(item["speakers"])
    if item["decision"] != "none":
        counts.decisions_expected += 1


def _compare_item(counts: Counts, want_meeting: dict, want: dict, meeting, item) -> None:
    """Compare one matched item: title, speakers, decision and date."""
    label = f"{want['number']} {want['title'][:40]!r}"
    if norm(want["title"]) == norm(item.title):
        counts.title_tp += 1
    else:
        counts.title_fp += 1
        counts.title_fn += 1
        counts.problems.append(f"title {want['title']!r} != {item.title!r}")
    expected = {person_key(s) for s in want["speakers"]}
    found = {person_key(s) for s in item.speakers}
    counts.speaker_tp += len(expected & found)
    counts.speaker_fp += len(found - expected)
    counts.speaker_fn += len(expected - found)
    if expected != found:
        counts.problems.append(f"speakers {label}: missing {sorted(expected - found)} "
                               f"extra {sorted(found - expected)}")
    _compare_decision(counts, want, item, label)
    _compare_date(counts, want_meeting, meeting, label)


def _compare_decision(counts: Counts, want: dict, item, label: str) -> None:
    """Count whether the labelled decision phrases are in the parsed decision text."""
    counts.kinds_total += 1
    counts.kinds_right += want["decision"] == item.decision
    if want["decision"] == "none":
        return
    counts.decisions_expected += 1
    text = norm(" ".join(item.resolutions))
    if all(norm(p) in text for p in want["decision_phrases"]):
        counts.decisions_found += 1
    else:
        counts.problems.append(f"decision {label}: want {want['decision_phrases']} "
                               f"got {[r[:80] for r in item.resolutions]}")


def _compare_date(counts: Counts, want_meeting: dict, meeting, label: str) -> None:
    """Count a right, wrong or missing meeting date."""
    want = want_meeting["date"]
    got = meeting.date.isoformat() if meeting.date else None
    if got == want:
        counts.dates_right += 1
    elif got is None or (want is None and meeting.date_from not in ("", "text")):
        # The text never states the date (labelled null), and the parser did not read one
        # from it either: it took the file name's or a sidecar's, which the labels ignore.
        counts.dates_missing += 1
    else:
        counts.dates_wrong += 1
        counts.problems.append(f"WRONG DATE {label}: {got} != {want}")
