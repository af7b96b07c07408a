"""Abbreviations councils use as words ('CSP' = 'Community Safety Partnership'), from a file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import SearchError

DEFAULT_FILE = "synonyms.txt"


@dataclass(frozen=True)
class Synonyms:
    """Each abbreviation and the phrases it stands for (lower case)."""

    phrases: dict[str, tuple[str, ...]]

    def expansions(self, word: str) -> tuple[str, ...]:
        """Return the phrases an abbreviation stands for, or ()."""
        return self.phrases.get(word.lower(), ())

    def words(self) -> frozenset[str]:
        """Return every word of the list: its abbreviations and the words of their phrases."""
        return frozenset(w for abbr, ps in self.phrases.items()
                         for w in [abbr, *(w for p in ps for w in re.split(r"[\s-]+", p))])

    def abbreviations(self) -> dict[tuple[str, ...], str]:
        """Return each phrase, as a tuple of words, mapped to its abbreviation."""
        return {tuple(_words(p)): abbr for abbr, ps in self.phrases.items() for p in ps}


def load_synonyms(path: Path | None = None) -> Synonyms:
    """Read 'ABBR = phrase | other phrase' lines from path, or the packaged default file."""
    if path is None:
        text = resources.files("search").joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
        origin = DEFAULT_FILE
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise SearchError(f"cannot read synonyms file {path}: {error.strerror}") from None
        origin = str(path)
    return Synonyms(_parse(text, origin))


def _parse(text: str, origin: str) -> dict[str, tuple[str, ...]]:
    """Parse a synonyms file, naming the line of any mistake."""
    phrases: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        abbr, sep, rest = line.partition("=")
        alternatives = tuple(" ".join(_words(p)) for p in rest.split("|") if _words(p))
        if not sep or not abbr.strip() or not alternatives or len(_words(abbr)) != 1:
            raise SearchError(f"{origin} line {number}: expected 'ABBR = phrase | phrase', "
                              f"got {line!r}")
        phrases[abbr.strip().lower()] = phrases.get(abbr.strip().lower(), ()) + alternatives
    return phrases


def _words(text: str) -> list[str]:
    """Return the lower-case words of text, hyphenated words kept whole."""
    return re.findall(r"\w+(?:-\w+)*", text.lower())
