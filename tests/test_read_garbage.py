"""Text layers that cannot be decoded are dropped, line by line, or refused as a whole."""

from __future__ import annotations

import pytest

from indexer.errors import ExtractionError
from indexer.read.crawl import crawl
from indexer.read.document import read_document
from indexer.read.garbage import drop_undecodable, undecodable, unshifted

from .conftest import SHARED


def test_cid_codes_and_shifted_fonts_are_undecodable_and_ordinary_lines_are_not() -> None:
    assert undecodable("(cid:25)(cid:31)(cid:34)(cid:35)(cid:28) (cid:32)(cid:19)(cid:34)")
    assert undecodable("µ*RRG¶\x03WR\x03µ0RGHUDWH¶\x11\x03\x03&RXQFLOORUV\x03GLVFXVVHG")
    assert undecodable("QHFHVVDU\\\x03DQG\x03WKDW\x030UV\x035H\\QROGV\x03LV\x03WKDQNHG")
    for line in ("Mr Webb, Mr Wright, Ms Wright", "KENT COUNTY COUNCIL",
                 "Minutes are published on northwoldparishcouncil.norfolkparishes.gov.uk",
                 "The Clerk reported on the following matters:"):
        assert not undecodable(line), line


def test_bad_lines_are_dropped_and_their_share_measured() -> None:
    pages, dropped, share = drop_undecodable((
        "Minutes of the meeting\n(cid:25)(cid:31)(cid:34)(cid:35)(cid:28)(cid:1)(cid:2)\nEnd",))
    assert pages == ("Minutes of the meeting\nEnd",) and dropped == 1 and 0 < share < 0.8


@pytest.mark.shared
def test_a_pdf_whose_text_layer_cannot_be_decoded_is_refused_with_a_reason() -> None:
    folder = SHARED / "archives" / "unreadable-text-layer"
    if not folder.is_dir():
        pytest.skip("../shared/archives is absent")
    (source,) = crawl([folder]).files
    refused = r"text layer cannot be decoded \(\d+% of its characters\); needs OCR"
    with pytest.raises(ExtractionError, match=refused):
        read_document(source)


def test_runs_in_glyph_order_are_decoded_when_they_read_as_words() -> None:
    # A subset font with no character map: each code is the glyph's index (space 3, 'A' 36).
    assert unshifted("4\x11\x03\x03&OHUN¶V\x035HSRUW") == "4.  Clerk’s Report"
    assert unshifted("8. Consideration RI\x03WKH\x03QHZ\x03&OHUN¶V\x03Salary and Hours") == (
        "8. Consideration of the new Clerk’s Salary and Hours")
    assert unshifted("µ*RRG¶\x03WR\x03µ0RGHUDWH¶\x11\x03\x03&RXQFLOORUV\x03GLVFXVVHG") == (
        "‘Good’ to ‘Moderate’.  Councillors discussed")
    assert unshifted("Cost \x18\x13\x13 pounds") == "Cost 500 pounds"
    # Ordinary text, codes that decode to no words, and glued runs are left as they are.
    for line in ("The Clerk reported on the following matters:", "Chairman\x01 \x04\x05\x06\x07",
                 "RIWKHQHZ&OHUN¶VSalary", "\x19\x1f\"#"):
        assert unshifted(line) is None, line


def test_a_decoded_line_is_kept_and_counted_as_doubt() -> None:
    pages, doubtful, share = drop_undecodable(
        ("Minutes\nQHFHVVDU\\\x03DQG\x03WKDW\x030UV\x035H\\QROGV\x03LV\x03WKDQNHG\nEnd",))
    assert pages == ("Minutes\nnecessary and that Mrs Reynolds is thanked\nEnd",)
    assert doubtful == 1 and share == 0


@pytest.mark.shared
def test_a_heading_in_glyph_order_is_read_and_starts_its_item() -> None:
    from indexer.parse.meetings import parse_document

    path = SHARED / "archives" / "burton-cum-walden-parish-council" / "minutes"
    if not path.is_dir():
        pytest.skip("../shared/archives is absent")
    (source,) = [f for f in crawl([path]).files if f.path.name == "minutes-2024-07-02.pdf"]
    (meeting,) = parse_document(read_document(source))
    assert [(i.number, i.title) for i in meeting.items][2:4] == [
        ("3", "Minutes"), ("4", "Clerk’s Report")]
