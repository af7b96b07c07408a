"""Plain-text files: decoded whatever their encoding, refused when they are not text."""

from __future__ import annotations

import pytest

from indexer.errors import ExtractionError
from indexer.read.textfile import decode_text, split_front_matter


def test_utf8_and_bom() -> None:
    assert decode_text("Café – licence".encode()) == "Café – licence"
    assert decode_text(b"\xef\xbb\xbfRESOLVED") == "RESOLVED"


def test_cp1252_falls_back() -> None:
    assert decode_text("Council’s café £5".encode("cp1252")) == "Council’s café £5"


def test_latin1_bytes_cp1252_lacks_still_decode() -> None:
    assert decode_text(b"caf\xe9 \x81") == "café \x81"


def test_utf16_with_bom() -> None:
    assert decode_text("Minutes".encode("utf-16")) == "Minutes"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\t ", "empty file"),
    (b"\x00\x01\x02binary\x00junk" * 10, "not a text file: it contains binary data"),
])
def test_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError) as error:
        decode_text(data)
    assert error.value.reason == reason


def test_front_matter_is_split_off_but_a_ruled_off_attendance_list_is_kept() -> None:
    """Static-site front matter has lower-case keys; minutes that open between two rules with
    'Present: …' and 'Apologies: …' are the minutes' own text."""
    assert split_front_matter("---\ntitle: Minutes 4 May\nlayout: page\n---\nText\n") == (
        "Minutes 4 May", "Text\n")
    ruled = "---\nPresent: Cllr A Vane\nApologies: Cllr B Ross\n---\n1. Minutes\n"
    assert split_front_matter(ruled) == ("", ruled)


def test_a_web_readers_fields_over_a_saved_page_give_its_title() -> None:
    """'Title:', 'URL Source:' and 'Markdown Content:' head a page a web-to-Markdown reader
    saved: the title is the page's, the fields no part of its text."""
    saved = ("Title: Agenda and decisions for Cabinet on Monday, 9th June, 2025 - Eastmere "
             "Council\n\nURL Source: https://example.org/ieListDocuments.aspx?MId=12\n\n"
             "Published Time: 2025-06-10\n\nMarkdown Content:\nAgenda and decisions\n")
    assert split_front_matter(saved) == (
        "Agenda and decisions for Cabinet on Monday, 9th June, 2025 - Eastmere Council",
        "Agenda and decisions\n")
    assert split_front_matter("Title: Minutes\nApologies: none\n") == (
        "", "Title: Minutes\nApologies: none\n")
