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
from indexer.records import Meeting, SourceFile

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extraction"
SHARED = ROOT.parent / "shared"
MATCH_THRESHOLD = 0.5
HONORIFICS = frozenset("mr mrs ms miss dr prof professor cllr councillor cr rev revd reverend sir "
                       "dame alderman pc pcso cpo sgt insp supt inspector sergeant constable "
                       "superintendent".split())
RANK_WORDS = 4
"""How far into a name its rank may reach ('East Suffolk Cllr Mr G Rivett')."""
CLOSE = 0.8


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
    used: set[int] = set()
    last = -1
    for meeting, item in want:
        k = _best_match(norm(item["title"]), item["number"], got, used, last)
        if k is None:
            counts.title_fn += 1
            counts.problems.append(f"missing item {item['number']} {item['title']!r}")
            _count_unmatched(counts, item)
            continue
        used.add(k)
        last = k
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


def _best_match(title: str, number: str, got: list, used: set[int], last: int) -> int | None:
    """Return the index of the next parsed item that matches a labelled title well.

    The first close match (overlap >= CLOSE) in document order wins, so an item whose title
    lost a word does not make the matcher skip ahead to a later namesake. An item labelled
    without a title matches only an untitled item of its own number, the first of that
    number still unmatched: any untitled item would let it skip ahead past every item between,
    and a later one into the next meeting of a minute book numbered from 1 each time.
    """
    best, best_k, numbered_k = MATCH_THRESHOLD, None, None
    for k in range(last + 1, len(got)):
        if k in used:
            continue
        if not title and got[k][1].number != number:
            continue
        if not title and norm(got[k][1].title):
            return None
        similarity = _similarity(title, norm(got[k][1].title))
        if similarity >= CLOSE:
            # A title cut short under its own number comes before a namesake numbered
            # otherwise (an agenda's entry before the same entry in the minutes after it).
            return numbered_k if numbered_k is not None and got[k][1].number != number \
                else k
        if similarity >= MATCH_THRESHOLD and number and got[k][1].number == number \
                and numbered_k is None:
            numbered_k = k
        if similarity > best:
            best, best_k = similarity, k
    return best_k


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
