"""Minutes read against their own agenda: headings the item splitter missed but the agenda lists."""

from __future__ import annotations

import re
from dataclasses import replace

from .item_lists import RawItem

MAX_HEADING_WORDS = 12
MIN_ENTRIES = 3


def _key(text: str) -> str:
    """Return a heading's words in lower case, without punctuation or a leading number."""
    text = re.sub(r"^\s*(?:\d{1,3}[.)]?|[ivx]{1,4}[.)])\s+", "", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


def agenda_guided(items: list[RawItem], agenda: list[RawItem]) -> list[RawItem]:
    """Split minutes items where a line repeats an agenda entry no minutes item is titled by.

    Clerks write minutes in the order of the agenda and head each minute with the agenda's
    words. Where the minutes' own numbering was lost (a Word table saved as a web page, the
    numbers in one cell and the headings in another), a line that is just an agenda entry's
    title, standing alone, starts that entry's item.
    """
    if len(agenda) < MIN_ENTRIES:
        return items
    titled = {_key(item.title) for item in items}
    wanted = [_key(entry.title) for entry in agenda]
    wanted = [key for key in wanted if key and key not in titled]
    if not wanted:
        return items
    out: list[RawItem] = []
    for item in items:
        out.extend(_split(item, wanted))
    return out


def _split(item: RawItem, wanted: list[str]) -> list[RawItem]:
    """Return item cut at each standalone line that is one of the wanted agenda titles.

    Each title starts one item only: a title found is removed from wanted, which the items of
    one meeting share in order.
    """
    lines = item.lines
    cuts = []
    for k, line in enumerate(lines):
        key = _key(line.text)
        alone = (k == 0 or not lines[k - 1].text or lines[k].heading) \
            and len(line.text.split()) <= MAX_HEADING_WORDS
        if key in wanted and alone:
            cuts.append(k)
            wanted.remove(key)
    if not cuts:
        return [item]
    pieces = [replace(item, lines=lines[:cuts[0]])]
    for n, k in enumerate(cuts):
        stop = cuts[n + 1] if n + 1 < len(cuts) else len(lines)
        title = lines[k].text.strip().rstrip(".:")
        pieces.append(RawItem("", title, "", lines[k].page, lines[k + 1:stop]))
    return pieces
