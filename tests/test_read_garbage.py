"""Text layers that cannot be decoded are dropped, line by line, or refused as a whole."""

from __future__ import annotations

import pytest

from indexer.errors import ExtractionError
from indexer.read.crawl import crawl
from indexer.read.document import read_document
from indexer.read.garbage import drop_undecodable, undecodable

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
