"""A file sent as bytes reads as the file itself: the same record, sidecars and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.build.parcels import Parcel, pack, restore, unpack
from indexer.build.workers import FileResult, read_file
from indexer.read.crawl import crawl
from indexer.read.document import MAX_TEXT_BYTES
from indexer.records import SourceFile

from .test_reindex import minutes


def found(root: Path) -> dict:
    """Return the crawled files of root by their rel path."""
    return {f.rel: f for f in crawl([root]).files}


def read_as_bytes(file, scratch: Path) -> FileResult:
    """Pack file, unpack it in scratch and read the copy, as a cluster worker does."""
    parcel = pack(file, shared_storage=False)
    assert isinstance(parcel, Parcel)
    copy, names = unpack(parcel, scratch)
    assert copy.path != file.path
    return restore(read_file(copy, 30.0), parcel, names)


def test_a_copy_with_sidecars_and_an_outside_link_reads_as_the_file(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    (root / "audit-committee").mkdir(parents=True)
    (root / "audit-committee" / "notes.txt").write_text(minutes("Audit Committee", 4, "Budget"))
    (root / "audit-committee" / "notes.meta.json").write_text(json.dumps(
        {"date": "2019-03-04", "url": "javascript:alert(1)"}))
    (tmp_path / "secret.json").write_text(json.dumps({"committee": "Stolen"}))
    (root / "cabinet").mkdir()
    (root / "cabinet" / "2019-03-11.txt").write_text(minutes("Cabinet", 11, "Parking"))
    (root / "cabinet" / "2019-03-11.meta.json").symlink_to(tmp_path / "secret.json")
    files = found(root)
    warned = {"audit-committee/notes.txt": "url refused",
              "cabinet/2019-03-11.txt": f"leading outside the folders being indexed (to "
                                        f"{(tmp_path / 'secret.json').resolve()})"}
    for rel, warning in warned.items():
        local = read_file(files[rel], 30.0)
        assert any(warning in w for w in local.warnings), local.warnings
        assert read_as_bytes(files[rel], tmp_path / f"scratch-{rel[:3]}") == local


def test_a_file_grown_past_its_limit_is_refused_before_it_is_sent(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "grown.txt").write_text("small")
    file = found(root)["grown.txt"]
    with (root / "grown.txt").open("wb") as handle:
        handle.truncate(MAX_TEXT_BYTES + 1)
    result = pack(file, shared_storage=False)
    assert result == FileResult(file, reason="too large: 20.0 MB (the limit for this kind of "
                                "file is 20 MB)", error="FileTooLarge")


def test_shared_storage_sends_no_bytes(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "a.txt").write_text(minutes("Cabinet", 1, "Roads"))
    parcel = pack(found(root)["a.txt"], shared_storage=True)
    assert (parcel.data, parcel.nbytes, parcel.root) == (None, 0, str(root.resolve()))


@pytest.mark.parametrize("rel", ["../escape.txt", "/etc/passwd"])
def test_a_path_outside_the_archive_is_never_written(tmp_path: Path, rel: str) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "a.txt").write_text("text")
    file = found(root)["a.txt"]
    parcel = Parcel(SourceFile(file.path, rel, "txt", 4, 0), str(root), b"text")
    with pytest.raises(ValueError, match="not a path inside the archive"):
        unpack(parcel, tmp_path / "scratch")
