"""Tables that set each minute down twice, in two languages, cell beside cell.

A Welsh council may publish its minutes as 'number | Welsh | English' rows (or Irish, Gaelic
beside English). Minutebook reads such a table's English column first, so that each item is
titled and decided in English, and keeps the other column after it in the item's text, where
it stays searchable. Columns are told apart over the whole table, by how often the commonest
English words occur in them: the other language's column has almost none, though it is prose
(mostly words in lower case, not a column of names) of about the English column's length.
"""

from __future__ import annotations

import re

from bs4 import Tag

ENGLISH_WORDS = frozenset(
    "the and of to was were that for with from by be this is are had has have would will".split())
"""Words of which English prose is made but which no Celtic language shares."""
MIN_WORDS = 40
"""Words a column needs over the table before its language is judged."""
ENGLISH_SHARE = 0.08
OTHER_SHARE = 0.02
PROSE_SHARE = 0.4
"""Share of a prose column's words in lower case."""
LENGTH_RATIO = 2.0
"""Most by which one language's column may outrun the other's."""
WORD = re.compile(r"[^\W\d_]+")


def english_first(table: Tag) -> None:
    """Move a bilingual table's English column before the other language's column."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    cells = [row.find_all(["td", "th"], recursive=False) for row in rows]
    width = max((len(row) for row in cells), default=0)
    if width < 2:
        return
    columns = [_words([row[k] for row in cells if len(row) == width]) for k in range(width)]
    prose = [k for k, words in enumerate(columns) if len(words) >= MIN_WORDS
             and sum(word.islower() for word in words) >= PROSE_SHARE * len(words)]
    others = [k for k in prose if _english_share(columns[k]) <= OTHER_SHARE]
    english = [k for k in prose if _english_share(columns[k]) >= ENGLISH_SHARE]
    if len(others) != 1 or len(english) != 1 or english[0] < others[0]:
        return
    sizes = sorted((len(columns[others[0]]), len(columns[english[0]])))
    if sizes[1] > LENGTH_RATIO * sizes[0]:
        return
    for row in cells:
        if len(row) == width:
            row[others[0]].insert_before(row[english[0]].extract())


def _words(column: list[Tag]) -> list[str]:
    """Return the words of a column's cells."""
    return [word for cell in column for word in WORD.findall(cell.get_text(" "))]


def _english_share(words: list[str]) -> float:
    """Return the share of words that are common English ones."""
    return sum(word.lower() in ENGLISH_WORDS for word in words) / len(words)
