"""The SQLite FTS5 peer: the same items as a Minutebook index, searched the same ways.

Run from the project root:

    python bench/fts5_peer.py load EXPORT.jsonl DB.sqlite3     # from `minutebook export`
    python bench/fts5_peer.py search DB.sqlite3 'MATCH expression'

Items go into a content table (`items`) with committee, date, year and decision columns and an
index on each; speakers also go into `item_speakers` (one row per item and speaker) for the
speaker facet and filter. `items_fts` is an external-content FTS5 table over title, text,
resolutions, speakers and committee with the porter tokenizer, ranked by bm25() with
Minutebook's field weights. A search returns the total, the top hits and, on request, facet
counts (GROUP BY over the matched rows, each facet ignoring its own filter, as Minutebook
counts them) and snippet() of the text and the resolutions.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COLUMNS = ("title", "text", "resolutions", "speakers", "committee")
WEIGHTS = {"title": 4.0, "text": 1.0, "resolutions": 2.0, "speakers": 2.0, "committee": 0.5}
BM25 = "bm25(items_fts, {})".format(", ".join(str(WEIGHTS[c]) for c in COLUMNS))
FACET_LIMITS = {"committee": 50, "year": 50, "speaker": 25, "decision": 5}
SNIPPET_TOKENS = 32
SPEAKER_JOIN = " CROSS JOIN item_speakers AS s ON s.item = i.rowid"
OPENING_CHARS = 240
CACHE_KIB = 65536
HIT_COLUMNS = ("i.rowid, i.id, i.source, i.pages, i.committee, i.date, i.number, i.title, "
               "i.speakers, i.resolutions, i.decision, i.meeting_id, i.agenda_ref")

SCHEMA = f"""
CREATE TABLE items(
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, source TEXT, pages TEXT, committee TEXT,
    date TEXT, year INTEGER, number TEXT, title TEXT, speakers TEXT, resolutions TEXT,
    text TEXT, decision TEXT, agenda_ref TEXT, meeting_id TEXT, position INTEGER);
CREATE TABLE item_speakers(item INTEGER NOT NULL, speaker TEXT NOT NULL);
CREATE VIRTUAL TABLE items_fts USING fts5(
    {", ".join(COLUMNS)}, content='items', content_rowid='rowid',
    tokenize='porter unicode61');
"""
INDEXES = """
CREATE INDEX items_committee ON items(committee);
CREATE INDEX items_year ON items(year);
CREATE INDEX items_date ON items(date);
CREATE INDEX items_decision ON items(decision);
CREATE INDEX item_speakers_speaker ON item_speakers(speaker, item);
CREATE INDEX item_speakers_item ON item_speakers(item, speaker);
"""


@dataclass(frozen=True)
class Condition:
    """One SQL condition on the items table (alias i), with its parameters."""

    sql: str
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class FtsQuery:
    """A query for the peer: an FTS5 MATCH expression and WHERE conditions.

    `always` holds conditions that are part of the query itself (a date span typed in the
    query); `filters` the facet filters by facet name, each ignored when counting its own facet.
    """

    match: str
    always: tuple[Condition, ...] = ()
    filters: dict[str, Condition] = field(default_factory=dict)

    def where(self, skip: str | None = None, with_filters: bool = True) -> Condition:
        """Return ' AND …' for the conditions, leaving out one facet's filter."""
        parts = list(self.always)
        if with_filters:
            parts += [c for name, c in self.filters.items() if name != skip]
        sql = "".join(f" AND ({c.sql})" for c in parts)
        return Condition(sql, tuple(p for c in parts for p in c.params))


@dataclass
class FtsResults:
    """The peer's answer: total, hits as dicts and facet counts."""

    total: int
    hits: list[dict[str, Any]]
    facets: dict[str, list[tuple[Any, int]]]


def connect(db: Path) -> sqlite3.Connection:
    """Open the peer's database for searching."""
    conn = sqlite3.connect(db, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def load(export: Path, db: Path) -> int:
    """Build the peer database from `minutebook export` output; return the items loaded."""
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    try:
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        count = 0
        with export.open(encoding="utf-8") as lines:
            for rowid, line in enumerate(lines, 1):
                _insert(conn, rowid, json.loads(line))
                count += 1
        conn.execute("INSERT INTO items_fts(rowid, title, text, resolutions, speakers, "
                     "committee) SELECT rowid, title, text, resolutions, speakers, committee "
                     "FROM items")
        conn.executescript(INDEXES)
        conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
        conn.commit()
        conn.execute("ANALYZE")
        conn.commit()
        return count
    finally:
        conn.close()


def _insert(conn: sqlite3.Connection, rowid: int, item: dict[str, Any]) -> None:
    """Insert one exported item and its speakers."""
    day = item.get("date")
    conn.execute(
        "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rowid, item["id"], item["source"], json.dumps(item.get("pages") or []),
         item.get("committee") or "", day, int(day[:4]) if day else None,
         item.get("number") or "", item.get("title") or "", "; ".join(item.get("speakers") or ()),
         "\n".join(item.get("resolutions") or ()), item.get("text") or "",
         item.get("decision") or "none", item.get("agenda_ref") or "",
         item.get("meeting_id") or "", item.get("position") or 0))
    conn.executemany("INSERT INTO item_speakers VALUES (?, ?)",
                     [(rowid, name) for name in dict.fromkeys(item.get("speakers") or ())])


class Fts5Engine:
    """Searches the peer database over one connection."""

    def __init__(self, db: Path) -> None:
        self.conn = connect(db)
        self.conn.execute("CREATE TEMP TABLE matched(rowid INTEGER PRIMARY KEY, committee TEXT, "
                          "year INTEGER, decision TEXT, date TEXT, score REAL)")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def search(self, q: FtsQuery, facets: bool = False, snippets: bool = False,
               limit: int = 10) -> FtsResults:
        """Return total, top hits by bm25 and, if asked, facet counts and snippets."""
        if not facets:
            hits = self._top(q, limit, snippets)
            where = q.where()
            if where.sql:
                sql = ("SELECT count(*) FROM items_fts CROSS JOIN items AS i ON i.rowid = "
                       f"items_fts.rowid WHERE items_fts MATCH ?{where.sql}")
            else:
                sql = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?"
            total = self.conn.execute(sql, (q.match, *where.params)).fetchone()[0]
            return FtsResults(total, hits, {})
        self._match(q)
        where = q.where()
        total = self.conn.execute(f"SELECT count(*) FROM matched AS i WHERE 1{where.sql}",
                                  where.params).fetchone()[0]
        hits = self._top_matched(q, limit, snippets)
        return FtsResults(total, hits, self._facets(q))

    def _top(self, q: FtsQuery, limit: int, snippets: bool) -> list[dict[str, Any]]:
        """Rank the matches by bm25 in one FTS5 query, with snippets or the text's opening."""
        where = q.where()
        shown = (f"snippet(items_fts, 1, '<mark>', '</mark>', ' … ', {SNIPPET_TOKENS}), "
                 f"snippet(items_fts, 2, '<mark>', '</mark>', ' … ', {SNIPPET_TOKENS})"
                 if snippets else f"substr(i.text, 1, {OPENING_CHARS}), ''")
        sql = (f"SELECT {HIT_COLUMNS}, {BM25} AS score, {shown} FROM items_fts "
               f"CROSS JOIN items AS i ON i.rowid = items_fts.rowid WHERE items_fts MATCH ?"
               f"{where.sql} ORDER BY score LIMIT ?")
        rows = self.conn.execute(sql, (q.match, *where.params, limit)).fetchall()
        return [_hit(row) for row in rows]

    def _match(self, q: FtsQuery) -> None:
        """Put every match of the query (without facet filters) and its score in `matched`."""
        where = q.where(with_filters=False)
        self.conn.execute("DELETE FROM matched")
        self.conn.execute(
            f"INSERT INTO matched SELECT i.rowid, i.committee, i.year, i.decision, i.date, "
            f"{BM25} "
            f"FROM items_fts CROSS JOIN items AS i ON i.rowid = items_fts.rowid "
            f"WHERE items_fts MATCH ?{where.sql}", (q.match, *where.params))

    def _top_matched(self, q: FtsQuery, limit: int, snippets: bool) -> list[dict[str, Any]]:
        """Return the top hits from `matched`, with snippets from a second, rowid-bound MATCH."""
        where = q.where()
        text = "''" if snippets else f"substr(i.text, 1, {OPENING_CHARS})"
        sql = (f"SELECT {HIT_COLUMNS}, m.score, {text}, '' FROM matched AS m "
               f"CROSS JOIN items AS i ON i.rowid = m.rowid WHERE 1{where.sql} "
               f"ORDER BY m.score LIMIT ?")
        # The filters name alias i, which here is the items table: the same columns.
        hits = [_hit(row) for row in self.conn.execute(sql, (*where.params, limit))]
        if snippets and hits:
            marks = ", ".join("?" * len(hits))
            found = {row[0]: row[1:] for row in self.conn.execute(
                f"SELECT rowid, snippet(items_fts, 1, '<mark>', '</mark>', ' … ', "
                f"{SNIPPET_TOKENS}), snippet(items_fts, 2, '<mark>', '</mark>', ' … ', "
                f"{SNIPPET_TOKENS}) FROM items_fts WHERE items_fts MATCH ? "
                f"AND rowid IN ({marks})", (q.match, *(h["rowid"] for h in hits)))}
            for hit in hits:
                hit["snippet"], hit["decision_snippet"] = found.get(hit["rowid"], ("", ""))
        return hits

    def _facets(self, q: FtsQuery) -> dict[str, list[tuple[Any, int]]]:
        """Count committee, year, speaker and decision over `matched`, multi-select style."""
        out = {}
        for facet, column, order in (("committee", "i.committee", "c DESC, value"),
                                     ("year", "i.year", "value DESC"),
                                     ("decision", "i.decision", "c DESC"),
                                     ("speaker", "s.speaker", "c DESC, value")):
            where = q.where(skip=facet)
            join = SPEAKER_JOIN if facet == "speaker" else ""
            sql = (f"SELECT {column} AS value, count(*) AS c FROM matched AS i{join} "
                   f"WHERE {column} IS NOT NULL{where.sql} GROUP BY value ORDER BY {order} "
                   f"LIMIT {FACET_LIMITS[facet]}")
            out[facet] = self.conn.execute(sql, where.params).fetchall()
        return out


def _hit(row: tuple) -> dict[str, Any]:
    """Return a result row as a hit."""
    (rowid, item_id, source, pages, committee, day, number, title, speakers, resolutions,
     decision, meeting_id, agenda_ref, score, text, decision_snippet) = row
    return {"rowid": rowid, "id": item_id, "source": source, "pages": json.loads(pages),
            "committee": committee, "date": day, "number": number, "title": title,
            "speakers": speakers.split("; ") if speakers else [],
            "resolutions": resolutions.split("\n") if resolutions else [],
            "decision": decision, "meeting_id": meeting_id, "agenda_ref": agenda_ref,
            "score": score, "snippet": text, "decision_snippet": decision_snippet}


def main() -> None:
    """Load an export, or run one MATCH expression and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    loading = sub.add_parser("load", help="build the database from an export")
    loading.add_argument("export", type=Path)
    loading.add_argument("db", type=Path)
    searching = sub.add_parser("search", help="run one FTS5 MATCH expression")
    searching.add_argument("db", type=Path)
    searching.add_argument("match")
    args = parser.parse_args()
    if args.command == "load":
        start = time.perf_counter()
        count = load(args.export, args.db)
        print(f"{count} items loaded into {args.db} in {time.perf_counter() - start:.1f} s")
        return
    engine = Fts5Engine(args.db)
    results = engine.search(FtsQuery(args.match), facets=True, snippets=True)
    print(f"{results.total} items")
    for hit in results.hits:
        print(f"{hit['score']:8.3f}  {hit['date']}  {hit['committee']}  {hit['title']}")
        print(f"          {hit['snippet']}")
    for name, values in results.facets.items():
        print(f"{name}: " + ", ".join(f"{v} ({c})" for v, c in values[:8]))


if __name__ == "__main__":
    main()
