"""Where an index lives on disk, and how it is switched, locked and cleaned.

    <root>/write.lock        held (flock) by the one process writing, naming it (see lock.py)
    <root>/current  ->  gen-000003/      a symlink, replaced atomically
    <root>/gen-000003/whoosh/            the Whoosh index
    <root>/gen-000003/state.sqlite3      what was indexed from which file (see manifest.py)

A full rebuild writes a new generation beside the live one and publishes it by replacing the
symlink, so readers see either the old index or the new one, never a half-written one.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from ..errors import IndexMissingError
from .lock import LockHolder, lock_holder, write_lock
from .manifest import check_version
from .schema import build_schema

CURRENT = "current"
WHOOSH_DIR = "whoosh"
STATE_FILE = "state.sqlite3"
GENERATION = re.compile(r"^gen-(\d{6})$")


class IndexStore:
    """An index root folder holding generations of the index."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def current(self) -> Path | None:
        """Return the live generation's folder, or None if there is no index yet."""
        link = self.root / CURRENT
        if not link.is_symlink():
            return None
        target = self.root / os.readlink(link)
        return target if (target / WHOOSH_DIR).is_dir() else None

    def require_current(self) -> Path:
        """Return the live generation, or raise IndexMissingError naming the folder."""
        current = self.current
        if current is None:
            raise IndexMissingError(
                f"no index at {self.root}: run 'minutebook index FOLDER' first "
                f"(or pass --index DIR / set MINUTEBOOK_INDEX)")
        return current

    def open_index(self, generation: Path | None = None) -> whoosh_index.Index:
        """Open the Whoosh index of a generation (the live one by default).

        IndexOutdatedError if an older Minutebook wrote it.
        """
        generation = generation or self.require_current()
        check_version(generation / STATE_FILE)
        return whoosh_index.open_dir(str(generation / WHOOSH_DIR))

    def segment_count(self) -> int:
        """Return how many segments the live generation has (a merge policy keeps it small)."""
        index = self.open_index()
        try:
            with index.reader() as reader:
                return sum(1 for _ in reader.leaf_readers())
        finally:
            index.close()

    def new_generation(self) -> Path:
        """Create an empty generation beside the live one and return its folder."""
        self.root.mkdir(parents=True, exist_ok=True)
        numbers = [int(m.group(1)) for p in self.root.iterdir() if (m := GENERATION.match(p.name))]
        folder = self.root / f"gen-{max(numbers, default=0) + 1:06d}"
        try:
            (folder / WHOOSH_DIR).mkdir(parents=True)
            whoosh_index.create_in(str(folder / WHOOSH_DIR), build_schema())
        except BaseException:  # a full disk: leave no half-made generation behind
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return folder

    def publish(self, generation: Path) -> None:
        """Make generation the live index in one atomic step."""
        temporary = self.root / f"{CURRENT}.{os.getpid()}.tmp"
        if temporary.is_symlink():
            temporary.unlink()
        temporary.symlink_to(generation.name)
        os.replace(temporary, self.root / CURRENT)
        _fsync_dir(self.root)

    def clean(self, keep_previous: Path | None = None) -> list[Path]:
        """Delete generations that are neither live nor the one just replaced."""
        current = self.current
        removed = []
        for folder in sorted(self.root.iterdir()) if self.root.is_dir() else []:
            if GENERATION.match(folder.name) and folder not in (current, keep_previous):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        return removed

    @contextmanager
    def write_lock(self, wait: float) -> Iterator[None]:
        """Hold the index's write lock, waiting up to wait seconds for another writer."""
        with write_lock(self.root, wait):
            yield

    def lock_holder(self) -> LockHolder | None:
        """Return who holds the write lock, or None if nobody does."""
        return lock_holder(self.root)


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk so a renamed link survives a power cut."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
