"""A file as it travels to a cluster worker: its bytes and sidecars, unpacked there into a folder.

Without shared storage a worker cannot open the client's paths, so the client reads each file
(within the size limits the local run keeps) and the sidecars beside it, and the worker writes
them into a scratch folder laid out as the archive is, then reads that copy with the same
function as a local run. Messages that name the copy's paths are given back the client's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from ..read.document import MAX_TEXT_BYTES, size_limit, too_large
from ..read.sidecar import sidecar_paths
from ..records import SourceFile
from .workers import FileResult, unreadable

OUTSIDE = "outside"
"""Scratch subfolder for stand-ins of sidecars that are links leading out of the archive."""


@dataclass(frozen=True)
class Parcel:
    """One file for a cluster worker: its record, and its content unless storage is shared.

    sidecars holds (name, bytes) of each sidecar inside the archive; links holds (name, target)
    of each sidecar that is a link leading outside it, which is refused, never read or sent.
    """

    file: SourceFile
    root: str
    data: bytes | None = None
    sidecars: tuple[tuple[str, bytes], ...] = ()
    links: tuple[tuple[str, str], ...] = ()

    @property
    def nbytes(self) -> int:
        """Return how many bytes of content the parcel carries."""
        return len(self.data or b"") + sum(len(data) for _, data in self.sidecars)


def root_of(file: SourceFile) -> Path:
    """Return the folder the crawl found file in (its rel path is relative to it)."""
    return file.path.parents[len(PurePosixPath(file.rel).parts) - 1]


def pack(file: SourceFile, shared_storage: bool) -> Parcel | FileResult:
    """Return the parcel for file, or a failure if its content cannot be read or is too large."""
    root = root_of(file).resolve()
    if shared_storage:
        return Parcel(file, str(root))
    limit = size_limit(file.kind)
    try:
        data = _read_at_most(file.path, limit)
        sidecars, links = _sidecars(file.path, root)
    except OSError as error:
        return FileResult(file, reason=unreadable(error), error=type(error).__name__)
    if len(data) > limit:
        return FileResult(file, reason=too_large(file.path.stat().st_size, limit),
                          error="FileTooLarge")
    return Parcel(file, str(root), data, sidecars, links)


def _read_at_most(path: Path, limit: int) -> bytes:
    """Read up to limit + 1 bytes: enough to tell that a file grew past its limit."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def _sidecars(path: Path, root: Path) -> tuple[tuple[tuple[str, bytes], ...],
                                               tuple[tuple[str, str], ...]]:
    """Return the sidecars beside path to send, and those that are links leading outside."""
    sidecars, links = [], []
    for candidate in sidecar_paths(path):
        if not candidate.is_file():
            continue
        target = candidate.resolve()
        if not target.is_relative_to(root):
            links.append((candidate.name, str(target)))
        else:
            sidecars.append((candidate.name, _read_at_most(candidate, MAX_TEXT_BYTES)))
    return tuple(sidecars), tuple(links)


def unpack(parcel: Parcel, scratch: Path) -> tuple[SourceFile, dict[str, str]]:
    """Write parcel into an empty scratch folder as the archive lays it out; return the copy's
    record and the names to give back in messages (the copy's paths → the client's)."""
    rel = PurePosixPath(parcel.file.rel)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"not a path inside the archive: {parcel.file.rel!r}")
    root = scratch.resolve() / "archive"
    path = root.joinpath(*rel.parts)
    path.parent.mkdir(parents=True)
    path.write_bytes(parcel.data or b"")
    for name, data in parcel.sidecars:
        path.with_name(name).write_bytes(data)
    names = {}
    for name, target in parcel.links:
        stand_in = scratch.resolve() / OUTSIDE / name
        stand_in.parent.mkdir(exist_ok=True)
        stand_in.write_bytes(b"{}")
        path.with_name(name).symlink_to(stand_in)
        names[str(stand_in)] = target
    names[str(root)] = parcel.root
    return replace(parcel.file, path=path), names


def restore(result: FileResult, parcel: Parcel, names: dict[str, str]) -> FileResult:
    """Return result as if read at the client's path: its record, and its paths in messages."""

    def named(text: str) -> str:
        for copy, original in names.items():
            text = text.replace(copy, original)
        return text

    return replace(result, file=parcel.file, reason=named(result.reason),
                   warnings=tuple(map(named, result.warnings)),
                   doubts=tuple(map(named, result.doubts)))
