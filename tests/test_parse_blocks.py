"""indexer/parse/blocks.py: titles, headings and paragraphs of cleaned lines."""

from __future__ import annotations

from indexer.parse.blocks import (
    Paragraph,
    clean_title,
    is_title_like,
    is_upper_heading,
    paragraphs,
)
from indexer.records import Line


def test_clean_title_takes_off_the_agenda_reference() -> None:
    assert clean_title("Gangs Strategy (Item A3)") == ("Gangs Strategy", "A3")
    assert clean_title("12. Budget") == ("12. Budget", "")


def test_titles_and_headings() -> None:
    assert is_title_like("Gangs Strategy Update")
    assert not is_title_like("the council said that it would review the plan.")
    assert is_upper_heading("AUDIT COMMITTEE")


def test_paragraphs_join_lines_and_keep_their_pages() -> None:
    lines = [Line("First line", 1), Line("continues here.", 1), Line("", 1),
             Line("Second para.", 2)]
    assert paragraphs(lines) == [Paragraph("First line continues here.", (1,)),
                                 Paragraph("Second para.", (2,))]


def test_the_agendas_document_number_at_a_headings_margin_is_no_part_of_its_title() -> None:
    """'Mayor’s Engagements      Document 2': the number the agenda gives the item's papers,
    set at the right margin, goes; a document named in the title stays."""
    assert clean_title("Mayor’s Engagements Document 2")[0] == "Mayor’s Engagements"
    assert clean_title("Payments Doc. 4")[0] == "Payments"
    assert clean_title("Consultation Document on Parking")[0] == "Consultation Document on Parking"


def test_a_note_of_where_the_paper_is_is_no_part_of_the_title() -> None:
    """'(Copy attached)', '(Report enclosed)', '(To be tabled)' at a heading's end say where its
    paper is; a bracket that names something stays."""
    assert clean_title("Rates Setting 2025/26 (Report attached)")[0] == "Rates Setting 2025/26"
    assert clean_title("Minutes of Council dated 4 March 2025 (Copy attached)")[0] \
        == "Minutes of Council dated 4 March 2025"
    assert clean_title("Mayor's Engagements (To be tabled)")[0] == "Mayor's Engagements"
    assert clean_title("Payments (to follow)")[0] == "Payments"
    assert clean_title("Minutes (circulated to all Councillors)")[0] == "Minutes"
    assert clean_title("Play Area (Phase 2)")[0] == "Play Area (Phase 2)"
    assert clean_title("Letters Attached to the Report")[0] == "Letters Attached to the Report"


def test_clean_title_drops_a_forum_s_document_letters() -> None:
    """'Falling rolls fund 2016/17 (Document HK)': the forum's letters for its paper are where
    the paper is, not what the item is."""
    assert clean_title("Falling rolls fund 2016/17 (Document HK)") == (
        "Falling rolls fund 2016/17", "")
    assert clean_title("Nursery places (Doc. 4)") == ("Nursery places", "")


def test_the_pack_page_after_a_dash_at_a_heading_s_end_is_no_part_of_its_title() -> None:
    assert clean_title("CAPITAL PROGRAMME 2026/27 TO 2030/31 - Page 12")[0] == \
        "CAPITAL PROGRAMME 2026/27 TO 2030/31"
    assert clean_title("Finance Report (Pages 42 - 47)")[0] == "Finance Report"
    assert clean_title("Page Street - Pageant Licence")[0] == "Page Street - Pageant Licence"


def test_an_icon_s_text_left_in_brackets_by_a_printed_page_is_no_part_of_the_title() -> None:
    assert clean_title("Appeals update [pdf icon]")[0] == "Appeals update"
    assert clean_title("P24/0031/FUL - 4 Mill Close, Ashby [PDF icon]")[0] == \
        "P24/0031/FUL - 4 Mill Close, Ashby"
    assert clean_title("Minutes here (PDF file)")[0] == "Minutes here (PDF file)"


def test_a_paper_s_note_closed_by_a_stop_and_a_page_s_footer_leave_the_title() -> None:
    assert clean_title("To consider quotations for the skate park ramps (report attached).") \
        == ("To consider quotations for the skate park ramps", "")
    assert clean_title("Matters arising not listed on the agenda Page 2") \
        == ("Matters arising not listed on the agenda", "")


def test_the_kind_of_file_a_title_s_link_opens_is_no_part_of_the_title() -> None:
    assert clean_title("Executive team report (Word)") == ("Executive team report", "")
    assert clean_title("Performance and finance report (PDF, 212 KB)") == (
        "Performance and finance report", "")
    assert clean_title("Review of the Word Count (Paper 4)") == (
        "Review of the Word Count (Paper 4)", "")


def test_a_title_s_closing_dash_of_any_kind_is_dropped() -> None:
    assert [clean_title(f"Memorial Hall {dash}")[0] for dash in "-–—‒"] == ["Memorial Hall"] * 4


def test_an_agendas_action_required_cell_is_no_part_of_its_title() -> None:
    assert clean_title("Budget monitoring to 28th February 2021 For noting") == (
        "Budget monitoring to 28th February 2021", "")
    assert clean_title("Accounts for payment – March 2021 For Board approval")[0] == \
        "Accounts for payment – March 2021"
    assert clean_title("Items for information")[0] == "Items for information"


def test_an_earlier_minutes_number_in_brackets_after_a_heading_in_capitals_is_no_title() -> None:
    """'STREET LIGHTING (214)': the council's earlier minute cited; a title in ordinary case
    keeps its bracket ('Planning applications (3)')."""
    assert clean_title("STREET LIGHTING – REPLACEMENT COLUMNS (214)") == (
        "STREET LIGHTING – REPLACEMENT COLUMNS", "")
    assert clean_title("Planning applications (3)") == ("Planning applications (3)", "")
