"""Write a deterministic synthetic archive of meeting minutes, built from the seed texts.

Run from the project root:

    python -m bench.synthetic OUT_DIR --items N [--seed S] [--files F]

Each meeting is one file, OUT_DIR/<committee-slug>/<yyyy-mm-dd>-minutes.txt, in the
numbered-minutes shape of seed 004 ("NOTES of a meeting of …", "PRESENT:", "92. Title (Item B1)",
numbered paragraphs, "RESOLVED that …"), with about 10 agenda items. The same N and seed always
give the same files. `generate()` returns the items written, for peers that load the same data;
`write_meetings()` yields them file by file, for archives too large to hold.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).with_name("seed_paragraphs.json")
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2025, 12, 31)
POOL_SIZE = 300
MEMBERS = (14, 24)
PRESENT = (8, 14)
ITEMS_PER_MEETING = (7, 13)
SPEAKER_COUNTS = (0, 1, 1, 1, 2, 2, 2, 3, 3, 4)
DECISION_DRAWS = ("resolved",) * 6 + ("noted", "agreed", "none", "none")
VERBS = ("explained", "advised", "said", "highlighted", "commented", "confirmed", "stated",
         "reported", "suggested", "clarified")
HONORIFICS = {"f": ("Mrs", "Ms", "Ms", "Miss", "Cllr", "Cllr", "Dr"),
              "m": ("Mr", "Mr", "Mr", "Cllr", "Cllr", "Dr", "Supt")}
BODIES = ("Committee", "Board", "Panel", "Partnership", "Group", "Cabinet", "Forum")


@dataclass(frozen=True)
class Person:
    """One invented person: how the minutes name them, in full and in short."""

    honorific: str
    first: str
    surname: str
    role: str

    @property
    def full(self) -> str:
        """Return first name and surname, the form Minutebook shows."""
        return f"{self.first} {self.surname}"

    @property
    def short(self) -> str:
        """Return honorific and surname ('Ms Brinson')."""
        return f"{self.honorific} {self.surname}"

    @property
    def listed(self) -> str:
        """Return the attendance-list form ('Ms S Brinson')."""
        return f"{self.honorific} {self.first[0]} {self.surname}"


@dataclass(frozen=True)
class Committee:
    """A committee, the topics it discusses and the people who sit on it."""

    name: str
    domain: str
    members: tuple[Person, ...]

    @property
    def slug(self) -> str:
        """Return the folder name of the committee."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    @property
    def body(self) -> str:
        """Return the word the minutes use for the committee ('the Board agreed …')."""
        last = self.name.split()[-1]
        return last if last in BODIES else "Committee"


def load_data(path: Path = DATA_FILE) -> dict[str, Any]:
    """Read the seed sentences, templates, names and committees."""
    return json.loads(path.read_text(encoding="utf-8"))


def day_text(day: date) -> str:
    """Return a date as minutes write it ('19 March 2015')."""
    return f"{day.day} {day:%B %Y}"


class ArchiveWriter:
    """Builds meetings and their items from one random stream."""

    def __init__(self, seed: int, data: dict[str, Any]) -> None:
        self.rng = random.Random(seed)
        self.data = data
        self.pool = self._people()
        self.committees = [self._committee(name, domain) for name, domain in data["committees"]]
        self.weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.committees))]
        self.numbers: dict[str, int] = {}
        self.taken: set[tuple[str, date]] = set()

    def _people(self) -> list[Person]:
        """Return the pool of invented people, each surname used once."""
        surnames = self.rng.sample(self.data["surnames"], min(POOL_SIZE,
                                                               len(self.data["surnames"])))
        people = []
        for surname in surnames:
            gender = self.rng.choice("fm")
            people.append(Person(self.rng.choice(HONORIFICS[gender]),
                                 self.rng.choice(self.data["first_names"][gender]), surname,
                                 self.rng.choice(self.data["roles"])))
        return people

    def _committee(self, name: str, domain: str) -> Committee:
        """Return a committee with its members drawn from the pool."""
        return Committee(name, domain, tuple(self.rng.sample(self.pool,
                                                              self.rng.randint(*MEMBERS))))

    def meeting(self, max_items: int) -> tuple[str, str, list[dict[str, Any]]]:
        """Return one meeting file: its relative path, its text and its items."""
        committee = self.rng.choices(self.committees, self.weights)[0]
        day = self._day(committee)
        rel = f"{committee.slug}/{day.isoformat()}-minutes.txt"
        present = self.rng.sample(committee.members, self.rng.randint(*PRESENT))
        items = self._items(committee, day, present, max_items)
        for item in items:
            item.update(source=rel, committee=committee.name, date=day.isoformat())
        text = "\n\n".join([*self._preamble(committee, day, present),
                            *(item.pop("block") for item in items)]) + "\n"
        return rel, text, items

    def _day(self, committee: Committee) -> date:
        """Return a weekday in 2000–2025 on which the committee has not yet met."""
        day = FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days))
        while day.weekday() > 4 or (committee.slug, day) in self.taken:
            day += timedelta(days=1)
        self.taken.add((committee.slug, day))
        return day

    def _preamble(self, committee: Committee, day: date, present: list[Person]) -> list[str]:
        """Return the heading, attendance and section lines of a meeting."""
        venue = self.rng.choice(self.data["venues"])
        kind = self.rng.choice(("NOTES", "NOTES", "MINUTES"))
        names = [f"{p.listed} (Chairman)" if k == 0 else p.listed for k, p in enumerate(present)]
        officers = self.rng.sample(self.pool, 2)
        return [
            committee.name.upper(),
            f"{kind} of a meeting of the {committee.name} held in {venue} on "
            f"{day:%A}, {day_text(day)}.",
            f"PRESENT: {', '.join(names[:-1])} and {names[-1]}",
            "IN ATTENDANCE: " + " and ".join(f"{p.listed} ({p.role})" for p in officers),
            "UNRESTRICTED ITEMS",
        ]

    def _items(self, committee: Committee, day: date, present: list[Person],
               max_items: int) -> list[dict[str, Any]]:
        """Return the items of a meeting, procedural ones first, numbered in sequence."""
        count = min(max_items, self.rng.randint(*ITEMS_PER_MEETING))
        procedural = [kind for kind, chance in (("apologies", 0.6), ("declarations", 0.3),
                                                ("minutes", 0.8)) if self.rng.random() < chance]
        closing = ["next meeting"] if self.rng.random() < 0.5 else []
        topical = max(1, count - len(procedural) - len(closing))
        plan = (procedural + ["topic"] * topical + closing)[:count]
        number = self.numbers.get(committee.slug) or self.rng.randint(1, 400)
        numbered = self.rng.random() < 0.6
        items = []
        for position, kind in enumerate(plan):
            ref = self._ref(kind, position, len(procedural))
            item = (self._topic_item(committee, present, numbered) if kind == "topic"
                    else self._procedural_item(kind, committee, day, present))
            items.append(self._placed(item, str(number + position), ref))
        self.numbers[committee.slug] = number + len(plan)
        return items

    @staticmethod
    def _ref(kind: str, position: int, procedural: int) -> str:
        """Return the agenda reference of an item ('A3', 'B1', 'C1')."""
        if kind == "next meeting":
            return "C1"
        return f"A{position + 1}" if position < procedural else f"B{position - procedural + 1}"

    def _placed(self, item: dict[str, Any], number: str, ref: str) -> dict[str, Any]:
        """Give an item its number and reference, and the block of text the file holds."""
        if self.rng.random() < 0.5:
            heading = f"{number}. {item['title']} (Item {ref})"
        else:
            heading = f"{number}. {item['title']}\n\n(Item {ref})"
        item.update(number=number, agenda_ref=ref, text="\n\n".join(item["paragraphs"]))
        item["block"] = "\n\n".join([heading, *item.pop("paragraphs")])
        return item

    def _procedural_item(self, kind: str, committee: Committee, day: date,
                         present: list[Person]) -> dict[str, Any]:
        """Return an apologies, declarations, minutes or next-meeting item."""
        if kind == "apologies":
            away = self.rng.sample([p for p in self.pool if p not in present], 2)
            text = (f"Apologies for absence were received from {away[0].listed} and "
                    f"{away[1].listed}.")
            return _item("Apologies and Substitutes", [text])
        if kind == "declarations":
            person = self.rng.choice(present)
            text = (f"{person.full} declared an interest as a member of "
                    f"{self.rng.choice(self.data['orgs'])}.")
            return _item("Declarations of Interest", [text], [person.full])
        if kind == "minutes":
            earlier = day_text(day - timedelta(weeks=self.rng.randint(6, 16)))
            decision = (f"RESOLVED that the minutes of the meeting held on {earlier} are an "
                        "accurate record and that they be signed by the Chairman.")
            return _item(f"Minutes of the meeting held on {earlier}", [decision], [], [decision],
                         "resolved")
        later = day + timedelta(weeks=self.rng.randint(6, 16))
        decision = f"NOTED that the next meeting would be held on {later:%A} {day_text(later)}."
        return _item("Date of next meeting", [decision], [], [decision], "noted")

    def _topic_item(self, committee: Committee, present: list[Person],
                    numbered: bool) -> dict[str, Any]:
        """Return an item on one of the committee's topics, with speakers and a decision."""
        topic = self._topic(committee)
        title = self._title(topic)
        topic_text = _lower_words(topic)
        speakers = self.rng.sample(present, min(len(present),
                                                self.rng.choice(SPEAKER_COUNTS)))
        paragraphs = self._discussion(topic_text, speakers, committee, self._length())
        if numbered:
            paragraphs = [f"{k}. {p}" for k, p in enumerate(paragraphs, 1)]
        kind = self.rng.choice(DECISION_DRAWS)
        resolutions = [] if kind == "none" else [self._decision(kind, topic_text, committee)]
        return _item(title, paragraphs + resolutions, [p.full for p in speakers], resolutions,
                     kind)

    def _topic(self, committee: Committee) -> str:
        """Return a topic of the committee's domain (seed titles for community safety)."""
        if committee.domain == "safety" and self.rng.random() < 0.5:
            return self.rng.choice(self.data["seed_titles"])
        return self.rng.choice(self.data["topics"][committee.domain])

    def _title(self, topic: str) -> str:
        """Return an item title about a topic."""
        year = self.rng.randint(2000, 2025)
        return self.rng.choice((topic, topic, f"{topic} Update", f"Review of the {topic}",
                                f"{topic} - Annual Report {year}/{(year + 1) % 100:02d}",
                                f"{topic} - Consultation Outcome",
                                f"{topic} - Quarterly Performance Report"))

    def _length(self) -> int:
        """Return a target length for an item's discussion, mostly 200–3,000 characters."""
        r = self.rng.random()
        if r < 0.7:
            return self.rng.randint(200, 1500)
        return self.rng.randint(1500, 3000) if r < 0.95 else self.rng.randint(3000, 6000)

    def _discussion(self, topic: str, speakers: list[Person], committee: Committee,
                    target: int) -> list[str]:
        """Return paragraphs of discussion: each speaker in turn, then plain reporting."""
        paragraphs: list[str] = []
        waiting = list(speakers)
        introduced: set[Person] = set()
        while waiting or sum(map(len, paragraphs)) < target:
            person = waiting.pop(0) if waiting else (
                self.rng.choice(speakers) if speakers and self.rng.random() < 0.4 else None)
            first = self._speech(person, topic, committee, person not in introduced) \
                if person else self._sentence(topic)
            if person:
                introduced.add(person)
            more = [self._sentence(topic) for _ in range(self.rng.randint(0, 3))]
            paragraphs.append(" ".join([first, *more]))
        return paragraphs

    def _speech(self, person: Person, topic: str, committee: Committee, first: bool) -> str:
        """Return a sentence in which a person speaks, in full the first time."""
        verb = self.rng.choice(VERBS)
        clause = self._clause(topic)
        if first and self.rng.random() < 0.6:
            return f"{person.full} ({person.role}) {verb} that {clause}"
        if first:
            return f"{person.full} introduced the report on the {topic}."
        if self.rng.random() < 0.2:
            return f"In response to a question, {person.short} confirmed that {clause}"
        if self.rng.random() < 0.2:
            return f"{person.short} advised the {committee.body} that {clause}"
        return f"{person.short} {verb} that {clause}"

    def _clause(self, topic: str) -> str:
        """Return what someone said, as a clause that can follow 'explained that'."""
        if self.rng.random() < 0.6:
            return self.rng.choice(self.data["clauses"])
        sentence = self._template(topic)
        return sentence[0].lower() + sentence[1:]

    def _sentence(self, topic: str) -> str:
        """Return a sentence of plain reporting: a seed sentence or a filled template."""
        if self.rng.random() < 0.55:
            return self.rng.choice(self.data["sentences"])
        return self._template(topic)

    def _template(self, topic: str) -> str:
        """Return a sentence template filled with the topic and invented figures."""
        rng = self.rng
        return rng.choice(self.data["templates"]).format(
            topic=topic, amount=f"{rng.randint(5, 950)},000", year=rng.randint(2000, 2026),
            month=f"{date(2000, rng.randint(1, 12), 1):%B}", count=rng.randint(12, 900),
            count2=rng.randint(3, 11), place=rng.choice(self.data["places"]),
            org=rng.choice(self.data["orgs"]))

    def _decision(self, kind: str, topic: str, committee: Committee) -> str:
        """Return a decision of a kind: RESOLVED that …, NOTED that …, the Committee agreed …."""
        body = self.rng.choice(self.data["decisions"][kind]).format(
            topic=topic, body=committee.body, amount=f"{self.rng.randint(5, 950)},000",
            month=f"{date(2000, self.rng.randint(1, 12), 1):%B}")
        return f"RESOLVED {body}" if kind == "resolved" else body


def _item(title: str, paragraphs: list[str], speakers: list[str] | None = None,
          resolutions: list[str] | None = None, decision: str = "none") -> dict[str, Any]:
    """Return an item's fields before it is placed in its meeting."""
    return {"title": title, "paragraphs": paragraphs, "speakers": speakers or [],
            "resolutions": resolutions or [], "decision": decision}


def _lower_words(title: str) -> str:
    """Return a title as running text: lower case, acronyms kept ('SEND strategy')."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in title.split())


def write_meetings(out_dir: Path, items: int, seed: int = 1, files: int | None = None
                   ) -> Iterator[list[dict[str, Any]]]:
    """Write an archive of `items` agenda items (or `files` meetings), yielding each file's items.

    Nothing is kept between files, so a million items take no more memory than ten.
    """
    writer = ArchiveWriter(seed, load_data())
    written = count = 0
    while written < items and (files is None or count < files):
        rel, text, meeting_items = writer.meeting(items - written)
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += len(meeting_items)
        count += 1
        yield meeting_items


def generate(out_dir: Path, items: int, seed: int = 1, files: int | None = None
             ) -> list[dict[str, Any]]:
    """Write an archive of `items` agenda items (or `files` meetings) and return the items."""
    return [item for meeting in write_meetings(out_dir, items, seed, files) for item in meeting]


def main() -> None:
    """Parse the command line and write the archive."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--items", type=int, default=2000, help="agenda items to write")
    parser.add_argument("--files", type=int, help="stop after this many meeting files")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    items = generate(args.out_dir, args.items, args.seed, args.files)
    meetings = len({item["source"] for item in items})
    print(f"{len(items)} items in {meetings} files written to {args.out_dir}")


if __name__ == "__main__":
    main()
