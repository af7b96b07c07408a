"""indexer/read/sidecar.py: metadata from the path and from NAME.meta.json beside a file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from indexer.errors import ExtractionError
from indexer.read.sidecar import (
    merge_meta,
    path_meta,
    read_sidecar,
    sidecar_meta,
    slug_to_name,
)
from indexer.records import SourceMeta


def test_path_meta_reads_the_folder_and_the_file_name() -> None:
    assert path_meta("kent-community-safety-partnership/2018-10-10-minutes.txt") == SourceMeta(
        committee="Kent Community Safety Partnership", date=date(2018, 10, 10),
        committee_from="folder", date_from="file name")
    assert path_meta("x/2021-02-30.txt").date is None


def test_slug_to_name_keeps_small_words_low() -> None:
    assert slug_to_name("kent-and-medway_board") == "Kent and Medway Board"


def test_a_sidecar_overrides_the_path(tmp_path: Path) -> None:
    minutes = tmp_path / "2018-10-10.txt"
    minutes.write_text("text")
    (tmp_path / "2018-10-10.meta.json").write_text(json.dumps(
        {"committee": "Cabinet", "date": "2018-10-11", "title": "T", "other": "ignored"}))
    meta = merge_meta(path_meta("a-b/2018-10-10.txt"), sidecar_meta(minutes))
    assert meta == SourceMeta(committee="Cabinet", date=date(2018, 10, 11), title="T",
                              committee_from="sidecar", date_from="sidecar")


def test_a_broken_sidecar_is_reported(tmp_path: Path) -> None:
    minutes = tmp_path / "m.txt"
    (tmp_path / "m.meta.json").write_text(json.dumps({"date": "18 July"}))
    with pytest.raises(ExtractionError, match=r"bad sidecar m\.meta\.json"):
        sidecar_meta(minutes)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", " JavaScript:alert(1)",
                                 "java\tscript:alert(1)", "data:text/html,<script>x</script>",
                                 "vbscript:x", "http://", "/relative/page", "file:///etc/passwd",
                                 "https://example.org/a b"])
def test_a_sidecar_url_that_is_not_http_is_refused(tmp_path: Path, url: str) -> None:
    minutes = tmp_path / "m.txt"
    (tmp_path / "m.meta.json").write_text(json.dumps({"url": url, "committee": "Cabinet"}))
    values, refused = read_sidecar(minutes)
    assert values == {"committee": "Cabinet"}
    assert refused == (f"sidecar m.meta.json: url refused, only http(s) addresses are kept "
                       f"(it was {url[:40] + ('…' if len(url) > 40 else '')!r})",)


def test_a_sidecar_http_url_is_kept(tmp_path: Path) -> None:
    minutes = tmp_path / "m.txt"
    (tmp_path / "m.meta.json").write_text(json.dumps({"url": " HTTPS://council.example/m/1 "}))
    assert read_sidecar(minutes) == ({"url": "HTTPS://council.example/m/1"}, ())


def test_a_sidecar_linked_from_outside_the_archive_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"title": "secret"}))
    (archive / "m.meta.json").symlink_to(secret)
    values, refused = read_sidecar(archive / "m.txt", within=archive)
    assert values == {}
    assert refused[0].startswith("sidecar m.meta.json refused: it is a link leading outside")


def test_a_folder_named_for_a_council_names_a_paper_whose_text_does_not() -> None:
    from indexer.parse.bodies import folder_body
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    assert folder_body("kent-county-council/county-council/agenda.pdf") == "Kent County Council"
    assert folder_body("county-council/agenda.pdf") == ""
    assert folder_body("minutes/2024/audit-committee/m.txt") == ""
    text = ("MINUTES of a meeting of the Audit Committee held on Thursday, 9 January 2025\n\n"
            "1. Apologies for Absence\n\nApologies were received from Mr Hood and Mrs Game.\n\n"
            "2. Internal Audit Report\n\nThe Head of Internal Audit presented the annual report"
            " and Members asked about the schools audits.\n\nRESOLVED that the report be noted.\n")
    rel = "kent-county-council/audit-committee/2025-01-09_minutes.txt"
    meetings = parse_document(Document(rel, "txt", (text,), path_meta(rel)))
    assert meetings[0].committee == "Kent County Council — Audit Committee"
