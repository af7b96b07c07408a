"""The brief (earlier decisions for an agenda) and the register of decisions: library and CLI."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build.pipeline import IndexOptions, run_index
from search.agenda_file import AgendaError, read_agenda_bytes, read_agenda_path, sniff_kind
from search.brief import agenda_in_index, brief, related_to_item, standing_kind
from search.engine import Engine
from search.errors import QueryError
from search.models import FacetValue
from search.register import DecisionFilters, bars, check_kinds, register, timeline
from webui.cli import main

from .conftest import CORPUS, shared_path

PACK = CORPUS / "kent-community-safety-partnership" / "2021-11-18-agenda-pack.pdf"
BURTON = ("archives", "burton-cum-walden-parish-council")


@pytest.mark.parametrize(("title", "kind"), [
    ("To receive apologies for absence", "apologies"),
    ("Declarations of Disclosable Pecuniary Interests or Other", "declarations of interest"),
    ("To confirm the minutes of the Parish Council Meeting held on 8 July 2025",
     "minutes of the last meeting"),
    ("Notes of meeting held on 25 March 2021", "minutes of the last meeting"),
    ("Date of next meeting", "date of next meeting"),
    ("AOB", "any other business"),
    ("Public participation", "public participation"),
    ("Kent and Medway Gangs Strategy Update", ""),
    ("To consider matters arising from the Annual Parish Meeting on 22 April", ""),
    ("Review of policy on recording meetings", ""),
])
def test_standing_items_are_recognised(title: str, kind: str) -> None:
    assert standing_kind(title) == kind


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n", "pdf"), (b"<!DOCTYPE html><html>", "html"), (b"  <p>Agenda</p>", "html"),
    (b"1. Apologies\n2. Minutes\n", "txt")])
def test_agenda_kind_is_read_from_the_content(head: bytes, kind: str) -> None:
    assert sniff_kind(head) == kind


def test_binary_and_empty_uploads_are_refused() -> None:
    with pytest.raises(AgendaError, match="not a PDF, HTML or text"):
        sniff_kind(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(AgendaError, match="empty"):
        read_agenda_bytes(b"  \n")


def test_a_broken_pdf_is_refused_with_its_reason() -> None:
    with pytest.raises(AgendaError, match="could not be read"):
        read_agenda_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 500, "broken.pdf")


def test_pack_brief_is_earlier_and_never_its_own_meeting(engine: Engine) -> None:
    agenda = read_agenda_path(PACK)
    assert agenda.date == date(2021, 11, 18) and len(agenda.entries) == 5
    result = brief(engine, agenda, limit=3)
    by_title = {e.entry.title: e for e in result.entries}
    assert by_title["Agenda"].standing == "agenda"
    safety = by_title["Kent Community Safety Agreement Update"].earlier
    assert safety and safety[0].title in {"Kent Community Safety Agreement Update",
                                          "Kent Community Safety Agreement and Action Plan Update"}
    for entry in result.entries:
        assert all(h.date and h.date < agenda.date for h in entry.earlier)


def test_meeting_in_the_index_is_briefed_without_itself(engine: Engine) -> None:
    item = next(i for i in engine.items() if i.title == "Mental Health Update"
                and i.date == date(2018, 10, 10))
    agenda = agenda_in_index(engine, item.meeting_id)
    result = brief(engine, agenda, limit=5)
    hits = [h for e in result.entries for h in e.earlier]
    assert hits and all(h.meeting_id != item.meeting_id for h in hits)
    earlier, later = related_to_item(engine, item)
    assert all(h.date < item.date for h in earlier)
    assert all(h.date > item.date for h in later)
    assert "Mental Health Update" in [h.title for h in earlier]


def test_register_is_decisions_newest_first(engine: Engine) -> None:
    results = register(engine, DecisionFilters(kinds=("resolved",)), limit=50)
    assert results.total > 10
    dates = [h.date for h in results.hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert {h.decision for h in results.hits} == {"resolved"}
    with pytest.raises(QueryError, match="unknown kind of decision 'none'"):
        check_kinds(("none",))


def test_timeline_fills_years_and_scales_bars() -> None:
    counts = timeline((FacetValue("2018", 4), FacetValue("2021", 2),
                       FacetValue("4294967295", 1)))
    assert counts == [(2018, 4), (2019, 0), (2020, 0), (2021, 2)]
    chart = bars(counts, width=400, height=100)
    assert [(b.year, b.height) for b in chart] == [(2018, 100.0), (2019, 0.0), (2020, 0.0),
                                                   (2021, 50.0)]


def run(*args: str) -> str:
    """Run the CLI and return its output, failing on a non-zero exit."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_brief_json_shape(corpus_index: Path) -> None:
    out = json.loads(run("brief", str(PACK), "--index", str(corpus_index), "--json",
                         "--limit", "2"))
    assert out["agenda"]["date"] == "2021-11-18"
    assert [e["number"] for e in out["entries"]] == ["", "B2", "B3", "B4", "B5"]
    hit = out["entries"][2]["earlier"][0]
    assert {"id", "source", "pages", "committee", "date", "number", "title", "resolutions",
            "decision", "snippet", "score"} <= set(hit)
    assert hit["date"] < "2021-11-18"


def test_cli_brief_text_and_since(corpus_index: Path) -> None:
    out = run("brief", str(PACK), "--index", str(corpus_index), "--since", "2019-01-01")
    assert "standing item (agenda): no brief" in out
    assert "2018-" not in out and "2021-07-13" in out


def test_cli_brief_unknown_meeting_is_one_line(corpus_index: Path) -> None:
    result = CliRunner().invoke(main, ["brief", "nope-m9", "--index", str(corpus_index)])
    assert result.exit_code == 1 and "no meeting with id 'nope-m9'" in result.output


def test_cli_decisions_csv_and_json(corpus_index: Path) -> None:
    rows = list(csv.reader(io.StringIO(run("decisions", "gangs", "--index",
                                           str(corpus_index), "--csv"))))
    assert rows[0][:4] == ["date", "committee", "number", "title"]
    assert any("Gangs" in row[3] for row in rows[1:])
    out = json.loads(run("decisions", "--year", "2018", "--index", str(corpus_index),
                         "--json"))
    assert out["total"] > 0 and all(h["date"].startswith("2018") for h in out["hits"])


@pytest.fixture(scope="module")
def burton_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Index the Burton-cum-Walden minutes (skipped when ../shared is absent)."""
    minutes = shared_path(*BURTON, "minutes")
    index_dir = tmp_path_factory.mktemp("burton") / "index"
    run_index(IndexOptions(roots=(minutes,), index_dir=index_dir, workers=2))
    return index_dir


def test_burton_agenda_brief_finds_last_years_items(burton_index: Path) -> None:
    agenda = shared_path(*BURTON, "agendas", "public-notice-2025-09-02.pdf")
    out = json.loads(run("brief", str(agenda), "--index", str(burton_index), "--json"))
    entries = {e["number"]: e for e in out["entries"]}
    assert entries["1"]["standing"] == "apologies"
    assert entries["10"]["earlier"][0]["title"] == "Rental charges"
    assert entries["11"]["earlier"][0]["title"] == "Arrangements for Bonfire Night"
    assert all(h["date"] < "2025-09-02" for e in out["entries"] for h in e["earlier"])
