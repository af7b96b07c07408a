"""A record dated by its running heads or footers when its own heading gives no date."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.running_dates import running_date
from tests.fixtures.minutes import pdf_meetings

BODY = (
    "Minutes of the meeting of the Council\n\nPresent: Cllr A Ash (Chair), Cllr B Bell, "
    "Cllr C Cole\n\n1. Apologies\nCllr Dale sent apologies.\n\n"
    "2. Minutes\nThe minutes were signed as a true record.\n",
    "3. Planning\nThe Council raised no objection to the application.\n\n"
    "4. Accounts\nIt was resolved to approve the payments listed.\n",
    "5. Footpaths\nThe Clerk will report the broken stile.\n\n6. Correspondence\n"
    "The letters were noted.\n",
)


def _paged(footer: str) -> tuple[str, ...]:
    return tuple(f"{text}\n{footer.format(page=n + 1)}" for n, text in enumerate(BODY))


def test_a_footer_naming_the_meeting_s_day_on_every_page_dates_the_record() -> None:
    """'Allerby Town Council – Council Meeting – 4 October 2010 – Page 2 of 3' under each page."""
    meetings = pdf_meetings(_paged(
        "Allerby Town Council – Council Meeting – 4 October 2010 – Page {page} of 3"))
    assert [m.date for m in meetings] == [date(2010, 10, 4)]
    assert [item.title for item in meetings[0].items][:2] == ["Apologies", "Minutes"]


@pytest.mark.parametrize("footer", [
    "Printed on 12 October 2010 – Page {page} of 3",
    "Version 2, revised 12 October 2010 – Page {page} of 3",
    "12/10/2010, 09:41 Council Meeting | Allerby Town Council",
])
def test_a_print_s_or_revision_s_day_on_every_page_does_not_date_it(footer: str) -> None:
    """When the paper was printed or revised is not when the meeting sat."""
    assert [m.date for m in pdf_meetings(_paged(footer))] == [None]


def test_two_days_in_running_lines_or_one_page_give_no_date() -> None:
    """Running lines of two meetings' days name no one meeting; one page runs nothing."""
    pages = _paged("Council Meeting 4 October 2010 – Page {page}")
    pages = (*pages[:2], pages[2].replace("4 October", "1 November"), pages[2].replace(
        "4 October", "1 November"))
    assert running_date(pages) is None
    assert running_date(pages[:1]) is None


def test_a_paper_kept_as_one_text_is_dated_by_its_numbered_running_lines() -> None:
    """A transcription keeps each page's head as a line ('… Minutes - May 6, 2014 Page 2 of 3');
    a newspaper's 'Issue 1187, 5 April 1883, Page 2' printed twice is one page's line."""
    heads = "\n".join(f"Township of Harrow Bend Minutes - May 6, 2014 Page {n} of 3\nText {n}."
                      for n in (1, 2, 3))
    assert running_date((heads,)) == date(2014, 5, 6)
    issue = "Kereru Standard, Issue 1187, 5 April 1883, Page 2"
    assert running_date((f"{issue}\nHarbour Board.\n{issue}",)) is None


def test_a_page_s_running_head_opening_its_text_dates_a_paper_kept_as_one_text() -> None:
    """A document site's text: each page one paragraph opening with its running head ('Town of
    Windrow Town Council Tuesday, May 24, 2011 Page 2 of 3 Councillor Forsythe arrived …'),
    and the site's list of other papers under it ('… May 10, 2011 Page 1 of 5') once."""
    head = "Town of Windrow Town Council Tuesday, May 24, 2011 Page {n} of 3"
    pages = [head.format(n=n) + f" The minutes of page {n} run on." for n in (1, 2, 3)]
    text = "\n\n".join([*pages, "Town of Windrow Town Council Tuesday, May 10, 2011 Page 1 of 5"])
    assert running_date((text,)) == date(2011, 5, 24)
