"""The state beside each index: which files were read, their hashes, and each run's report."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import IndexOutdatedError
from ..records import SourceFile

# 6: the indexer split into read/, parse/ and build/ (new pickled module paths); no
# speaker_exact field (filters are masks over the facet columns).
SCHEMA_VERSION = 6
DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY, root TEXT NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL, status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',
    items INTEGER NOT NULL DEFAULT 0, meetings INTEGER NOT NULL DEFAULT 0,
    path_meta INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, report TEXT NOT NULL);
"""


def check_version(path: Path) -> None:
    """Raise IndexOutdatedError unless the state at path is of this SCHEMA_VERSION.

    Checked before Whoosh opens the index: unpickling an older schema could fail on module
    paths that have since moved (see schema.py).
    """
    manifest = Manifest(path)
    try:
        version = manifest.get_meta("schema_version")
    finally:
        manifest.close()
    if version == str(SCHEMA_VERSION):
        return
    age = "a newer" if version and version.isdigit() and int(version) > SCHEMA_VERSION \
        else "an older"
    raise IndexOutdatedError(f"index was built by {age} Minutebook (schema {version}); "
                             f"rebuild with `minutebook index --full`")


@dataclass(frozen=True)
class FileState:
    """What the last run recorded about one file."""

    source: str
    root: str
    kind: str
    size: int
    mtime_ns: int
    sha256: str
    status: str
    reason: str = ""
    error: str = ""
    items: int = 0
    meetings: int = 0
    path_meta: bool = False

    def same_stat(self, file: SourceFile) -> bool:
        """Return True if size and modification time are unchanged (no need to hash)."""
        return self.size == file.size and self.mtime_ns == file.mtime_ns


class Manifest:
    """The state database of one index generation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(DDL)
        if self.get_meta("schema_version") is None:
            self.set_meta("schema_version", str(SCHEMA_VERSION))
            self.db.commit()

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def get_meta(self, key: str) -> str | None:
        """Return a value from the meta table."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the meta table (committed with the next transaction)."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def files(self) -> dict[str, FileState]:
        """Return every file's state, by source path."""
        rows = self.db.execute(f"SELECT {', '.join(FileState.__dataclass_fields__)} FROM files")
        return {row[0]: FileState(*row[:-1], path_meta=bool(row[-1])) for row in rows}

    def file(self, source: str) -> FileState | None:
        """Return one file's state, or None if the index never read it."""
        row = self.db.execute(
            f"SELECT {', '.join(FileState.__dataclass_fields__)} FROM files WHERE source = ?",
            (source,)).fetchone()
        return FileState(*row[:-1], path_meta=bool(row[-1])) if row else None

    def save(self, states: Iterable[FileState], removed: Iterable[str], report: dict) -> None:
        """Record the files read and removed and the run's report, in one transaction."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(s.source, s.root, s.kind, s.size, s.mtime_ns, s.sha256, s.status, s.reason,
                  s.error, s.items, s.meetings, int(s.path_meta)) for s in states])
            self.db.executemany("DELETE FROM files WHERE source = ?", [(r,) for r in removed])
            self.db.execute("INSERT INTO runs (started, report) VALUES (?, ?)",
                            (report["started"], json.dumps(report)))

    def last_run(self) -> dict | None:
        """Return the report of the most recent run, if any."""
        row = self.db.execute("SELECT report FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None
