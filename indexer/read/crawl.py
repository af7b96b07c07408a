"""Find the minutes files in a folder tree."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..records import SourceFile

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class CrawlResult:
    """Files to index, with the count of files skipped for their type."""

    files: list[SourceFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def crawl(roots: Iterable[Path], exclude: Iterable[Path] = ()) -> CrawlResult:
    """Walk each root (a folder or a single file) and collect the files Minutebook reads.

    Folders in exclude (the index itself, when it lives inside the archive) are not entered.
    """
    result = CrawlResult()
    seen: set[str] = set()
    skip = {p.resolve() for p in exclude}
    for root in roots:
        base = root if root.is_dir() else root.parent
        for path in _walk(root, skip):
            rel = path.relative_to(base).as_posix()
            if rel in seen:
                continue
            seen.add(rel)
            kind = KINDS.get(path.suffix.lower())
            if path.name.endswith(SIDECAR_SUFFIX):
                continue
            if kind is None:
                result.skipped.append(rel)
                continue
            stat = path.stat()
            result.files.append(SourceFile(path, rel, kind, stat.st_size, stat.st_mtime_ns))
    result.files.sort(key=lambda f: f.rel)
    return result


def _walk(root: Path, skip: set[Path]) -> Iterator[Path]:
    """Yield regular files under root in a stable order, skipping hidden and excluded folders."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and Path(dirpath, d).resolve() not in skip)
        for name in sorted(filenames):
            if not name.startswith("."):
                path = Path(dirpath, name)
                if path.is_file():
                    yield path
