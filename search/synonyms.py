"""Abbreviations councils use as words ('CSP' = 'Community Safety Partnership') and everyday words
for the minutes' words ('graveyard' => 'cemetery'), from a file a clerk can edit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import SearchError

DEFAULT_FILE = "synonyms.txt"


@dataclass(frozen=True)
class Synonyms:
    """Each abbreviation (or word, or phrase) and the phrases it stands for (lower case);
    one_way: those whose phrases do not stand for it in turn ('graveyard' finds 'cemetery',
    'cemetery' does not find 'graveyard' or 'churchyard')."""

    phrases: dict[str, tuple[str, ...]]
    one_way: frozenset[str] = frozenset()

    def expansions(self, word: str) -> tuple[str, ...]:
        """Return the phrases an abbreviation stands for, or ()."""
        return self.phrases.get(word.lower(), ())

    def words(self) -> frozenset[str]:
        """Return every word of the list: its abbreviations and the words of their phrases."""
        return frozenset(w for abbr, ps in self.phrases.items()
                         for w in [abbr, *(w for p in ps for w in re.split(r"[\s-]+", p))])

    def abbreviations(self) -> dict[tuple[str, ...], str]:
        """Return each phrase, as a tuple of words, mapped to its abbreviation (a left-hand
        side of several words is such a phrase too, mapped to itself)."""
        out = {tuple(_words(p)): abbr for abbr, ps in self.phrases.items() for p in ps
               if abbr not in self.one_way}
        out.update({tuple(abbr.split()): abbr for abbr in self.phrases if " " in abbr})
        return out


def load_synonyms(path: Path | None = None) -> Synonyms:
    """Read 'ABBR = phrase | other phrase' lines from path, or the packaged default file (the
    left-hand side may be a phrase too: 'wind farm = wind turbines'); with '=>' the phrases
    do not find the left-hand side in turn ('not working => faulty | broken')."""
    if path is None:
        text = resources.files("search").joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
        origin = DEFAULT_FILE
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise SearchError(f"cannot read synonyms file {path}: {error.strerror}") from None
        origin = str(path)
    return _parse(text, origin)


def _parse(text: str, origin: str) -> Synonyms:
    """Parse a synonyms file, naming the line of any mistake."""
    phrases: dict[str, tuple[str, ...]] = {}
    ways: dict[str, bool] = {}  # each left-hand side: one way (=>) or both (=)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        abbr, sep, rest = line.partition("=>")
        one_way = bool(sep)
        if not one_way:
            abbr, sep, rest = line.partition("=")
        alternatives = tuple(" ".join(_words(p)) for p in rest.split("|") if _words(p))
        key = " ".join(_words(abbr))
        if not sep or not key or not alternatives:
            raise SearchError(f"{origin} line {number}: expected 'ABBR = phrase | phrase' "
                              f"(or 'words => phrase | phrase'), got {line!r}")
        if ways.setdefault(key, one_way) != one_way:
            raise SearchError(f"{origin} line {number}: {key!r} is given with '=' and '=>'")
        phrases[key] = phrases.get(key, ()) + alternatives
    return Synonyms(phrases, frozenset(k for k, one in ways.items() if one))


def _words(text: str) -> list[str]:
    """Return the lower-case words of text, hyphenated words and possessives kept whole
    ("women's institute" is two words, as a query reads it)."""
    return re.findall(r"\w+(?:[-'’]\w+)*", text.lower())
