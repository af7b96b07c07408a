"""Find the minutes files in a folder tree, refusing links that lead out of it and bad names."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..records import SourceFile

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}
SIDECAR_SUFFIX = ".meta.json"
BAD_NAME = "its name is not valid UTF-8: rename it"


@dataclass(frozen=True)
class CrawlProblem:
    """A path the crawl could not take: its display form, why, and the error's class."""

    path: str
    reason: str
    error: str


@dataclass(frozen=True)
class RefusedLink:
    """A symbolic link not followed because it leads outside the folders being indexed."""

    path: str
    target: str


@dataclass
class CrawlResult:
    """Files to index, files skipped for their type, paths refused and why."""

    files: list[SourceFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[CrawlProblem] = field(default_factory=list)
    links: list[RefusedLink] = field(default_factory=list)


def display_path(text: str) -> str:
    """Return a path as valid text: bytes that are not UTF-8 shown as \\xNN."""
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def valid_name(text: str) -> bool:
    """Return True if a path decoded from the file system is valid UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def crawl(roots: Iterable[Path], exclude: Iterable[Path] = (),
          allowed: Iterable[Path] | None = None) -> CrawlResult:
    """Walk each root (a folder or a single file) and collect the files Minutebook reads.

    Folders in exclude (the index itself, when it lives inside the archive) are not entered.
    A link is followed only to a file inside the allowed paths (by default, the roots);
    links to folders are never entered.
    """
    roots = list(roots)
    inside = [p.resolve() for p in (roots if allowed is None else allowed)]
    result = CrawlResult()
    seen: set[str] = set()
    skip = {p.resolve() for p in exclude}
    for root in roots:
        base = root if root.is_dir() else root.parent
        for path in _walk(root, skip, inside, result):
            rel = path.relative_to(base).as_posix()
            if rel not in seen:
                seen.add(rel)
                _take(path, rel, inside, result)
    result.files.sort(key=lambda f: f.rel)
    return result


def _take(path: Path, rel: str, inside: list[Path], result: CrawlResult) -> None:
    """Add one found file to the result: a file to read, skipped, or refused."""
    if path.name.endswith(SIDECAR_SUFFIX):
        return
    if not valid_name(rel):
        result.problems.append(CrawlProblem(display_path(rel), BAD_NAME, "UnicodeEncodeError"))
        return
    if path.is_symlink() and not _inside(path, inside):
        result.links.append(RefusedLink(rel, display_path(str(path.resolve()))))
        return
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        result.skipped.append(rel)
        return
    try:
        stat = path.stat()
    except OSError as error:
        result.problems.append(CrawlProblem(rel, _gone(error), type(error).__name__))
        return
    result.files.append(SourceFile(path, rel, kind, stat.st_size, stat.st_mtime_ns))


def _gone(error: OSError) -> str:
    """Say why a file found a moment ago cannot be looked at."""
    if isinstance(error, FileNotFoundError):
        return "it was deleted or moved while the folder was being read"
    return f"cannot read the file: {error.strerror}"


def _inside(path: Path, inside: list[Path]) -> bool:
    """Return True if path, links resolved, is one of the allowed paths or under one."""
    target = path.resolve()
    return any(target.is_relative_to(root) for root in inside)


def _walk(root: Path, skip: set[Path], inside: list[Path], result: CrawlResult
          ) -> Iterator[Path]:
    """Yield regular files under root in a stable order, skipping hidden and excluded folders.

    Folders that cannot be listed, have names that are not UTF-8 or are links leading outside
    are reported in result.
    """
    if root.is_file():
        yield root
        return

    def unlisted(error: OSError) -> None:
        where = display_path(os.path.relpath(error.filename or root, root))
        result.problems.append(CrawlProblem(
            where, f"cannot list the folder: {error.strerror}", type(error).__name__))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted):
        dirnames[:] = [d for d in sorted(dirnames) if _enter(root, Path(dirpath, d), skip,
                                                             inside, result)]
        for name in sorted(filenames):
            if not name.startswith("."):
                path = Path(dirpath, name)
                if path.is_file() or not valid_name(name):
                    yield path


def _enter(root: Path, folder: Path, skip: set[Path], inside: list[Path],
           result: CrawlResult) -> bool:
    """Return True if the walk should go into folder; report the folders it refuses."""
    if folder.name.startswith(".") or folder.resolve() in skip:
        return False
    rel = folder.relative_to(root).as_posix()
    if not valid_name(folder.name):
        result.problems.append(CrawlProblem(display_path(rel) + "/", BAD_NAME,
                                            "UnicodeEncodeError"))
        return False
    if folder.is_symlink():
        if not _inside(folder, inside):
            result.links.append(RefusedLink(rel + "/", display_path(str(folder.resolve()))))
        return False
    return True
