"""indexer/parse/agenda.py: an agenda's numbered entries, and matching a report to one."""

from __future__ import annotations

from indexer.parse.agenda import AgendaEntry, agenda_entries, match_entry
from indexer.records import Line

AGENDA = ["1. Apologies for Absence", "2. Minutes of the last meeting",
          "3. Gangs Strategy Update (Pages 5 - 10)"]


def test_agenda_entries_drop_page_references() -> None:
    assert agenda_entries([Line(text, 1) for text in AGENDA]) == [
        AgendaEntry("1", "Apologies for Absence"),
        AgendaEntry("2", "Minutes of the last meeting"),
        AgendaEntry("3", "Gangs Strategy Update")]


def test_a_report_takes_the_number_of_the_entry_its_title_matches() -> None:
    entries = agenda_entries([Line(text, 1) for text in AGENDA])
    assert match_entry("Gangs strategy update", entries) == "3"
    assert match_entry("Budget", entries) == ""
