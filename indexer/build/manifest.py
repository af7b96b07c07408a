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
# 7: the stored field ocr (an item's OCR confidence, for items read from scans).
# Text fields became indexer.build.fields.WordCachedText without a new version: it writes the
# same terms, and an index of version 7 with Whoosh's TEXT fields is read and updated as before.
SCHEMA_VERSION = 7
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
CREATE TABLE IF NOT EXISTS doubts (source TEXT PRIMARY KEY, reasons TEXT NOT NULL);
"""
# doubts came with the reading report: an index without the table has none recorded yet, so
# it needs no new SCHEMA_VERSION (the table is created on the next run).


def check_version(path: Path) -> None:
    """Raise IndexOutdatedError unless the state at path is of this SCHEMA_VERSION.

    Checked before Whoosh opens the index: unpickling an older schema could fail on module
    paths that have since moved (see schema.py).
    """
    manifest = Manifest(path, read_only=path.exists())
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


def _read_only(path: Path) -> sqlite3.Connection:
    """Open the database only to read it, even where SQLite cannot create its -shm file.

    A WAL database read in mode=ro still needs its shared-memory file, which a full disk
    refuses; immutable mode reads the file as it stands (the writer checkpoints on close).
    """
    uri = path.resolve().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        db.close()
        db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return db


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
    """The state database of one index generation (read_only: only read it, as status does).

    Read-only, nothing is written, not even the table definitions, so that `status` and
    searches work on a full disk.
    """

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        if read_only:
            self.db = _read_only(path)
            return
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

    def save(self, states: Iterable[FileState], removed: Iterable[str], report: dict,
             doubts: dict[str, tuple[str, ...]] | None = None) -> None:
        """Record the files read and removed, their doubts and the run's report, at once.

        doubts holds every file read or moved in the run (an empty tuple for none).
        """
        removed = list(removed)
        doubts = doubts or {}
        with self.db:
            self.db.executemany("DELETE FROM doubts WHERE source = ?",
                                [(s,) for s in [*removed, *doubts]])
            self.db.executemany("INSERT INTO doubts VALUES (?, ?)",
                                [(s, json.dumps(r)) for s, r in doubts.items() if r])
            self.db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(s.source, s.root, s.kind, s.size, s.mtime_ns, s.sha256, s.status, s.reason,
                  s.error, s.items, s.meetings, int(s.path_meta)) for s in states])
            self.db.executemany("DELETE FROM files WHERE source = ?", [(r,) for r in removed])
            self.db.execute("INSERT INTO runs (started, report) VALUES (?, ?)",
                            (report["started"], json.dumps(report)))

    def doubts(self) -> dict[str, list[str]]:
        """Return the reasons to check each document read doubtfully, by source path."""
        try:
            rows = self.db.execute("SELECT source, reasons FROM doubts ORDER BY source")
        except sqlite3.OperationalError:  # an index written before the reading report
            return {}
        return {source: json.loads(reasons) for source, reasons in rows}

    def last_run(self) -> dict | None:
        """Return the report of the most recent run, if any."""
        row = self.db.execute("SELECT report FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None
