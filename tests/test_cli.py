"""The `minutebook` command line: the contract other tools depend on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from webui.cli import main

from .conftest import CORPUS, ROOT

HIT_KEYS = {"id", "source", "pages", "committee", "date", "number", "title", "speakers",
            "roles", "resolutions", "snippet", "score"}


def run(*args: str, env: dict | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)
    return result.exit_code, result.stdout, result.stderr


def test_search_json_contract(corpus_index: Path) -> None:
    code, out, _ = run("search", "terms of reference", "--index", str(corpus_index), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "terms of reference"
    assert data["page"] == 1
    assert data["total"] >= 2
    assert set(data["facets"]) >= {"committee", "year", "speaker"}
    assert all(set(v) == {"value", "count"} for values in data["facets"].values() for v in values)
    for hit in data["hits"]:
        assert set(hit) >= HIT_KEYS
        assert isinstance(hit["speakers"], list) and isinstance(hit["resolutions"], list)
        assert isinstance(hit["roles"], list)
    by_date = {hit["date"]: hit for hit in data["hits"]}
    assert {"2018-07-18", "2021-07-13"} <= set(by_date)
    assert "Terms of Reference be agreed" in by_date["2018-07-18"]["resolutions"][0]
    assert "to agree the Terms of Reference" in by_date["2021-07-13"]["resolutions"][0]
    assert by_date["2021-07-13"]["committee"] == "Kent Community Safety Partnership"
    assert by_date["2021-07-13"]["pages"] == [3]
    assert "<mark" in by_date["2018-07-18"]["snippet"]


def test_search_filters_and_paging(corpus_index: Path) -> None:
    args = ("search", "update", "--index", str(corpus_index), "--json")
    _, out, _ = run(*args, "--committee", "Kent Community Safety Partnership", "--from",
                    "2018-01-01", "--to", "2018-12-31", "--limit", "3", "--page", "2")
    data = json.loads(out)
    assert data["page"] == 2 and len(data["hits"]) == 3
    assert all(h["date"].startswith("2018") for h in data["hits"])
    _, out, _ = run(*args, "--speaker", "Shirley Brinson")
    assert all("Shirley Brinson" in h["speakers"] for h in json.loads(out)["hits"])


def test_search_text_output_is_readable(corpus_index: Path) -> None:
    code, out, _ = run("search", "gangs strategy", "--index", str(corpus_index))
    assert code == 0
    assert "2021-07-13  Kent Community Safety Partnership  34. Kent and Medway Gangs" in out
    assert "Decision (resolved): RESOLVED to endorse the aims" in out
    assert "<mark" not in out


def test_bad_query_is_one_line_and_non_zero(corpus_index: Path) -> None:
    code, out, err = run("search", "speeker:brinson", "--index", str(corpus_index))
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [
        "minutebook: unknown field 'speeker': did you mean 'speaker'? fields: title, speaker, "
        "committee, resolutions, resolved, number, date, decision, text"]


def test_missing_index_is_one_line(tmp_path: Path) -> None:
    code, _, err = run("search", "anything", "--index", str(tmp_path / "nowhere"))
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "no index at" in err and "minutebook index" in err


def test_index_env_variable_and_summary(tmp_path: Path) -> None:
    code, out, err = run("index", str(CORPUS), "--quiet", env={"MINUTEBOOK_INDEX":
                                                                 str(tmp_path / "ix")})
    assert code == 0, err
    assert out.startswith("5 files seen: 5 indexed, 0 unchanged, 0 removed, 1 skipped, 0 failed;")
    assert (tmp_path / "ix" / "current").is_symlink()


def test_index_reports_bad_files_and_exits_3(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "good.txt").write_text("1. Apologies\n\nNoted\n\n2. Budget\n\nRESOLVED that the "
                                      "budget be agreed.\n\n3. AOB\n\nNone.\n", encoding="utf-8")
    (archive / "broken.pdf").write_bytes(b"<html><body>Server Error</body></html>")
    report = tmp_path / "report.json"
    code, out, err = run("index", str(archive), "--index", str(tmp_path / "ix"), "--quiet",
                         "--report", str(report))
    assert code == 3
    assert "could not read broken.pdf: not a PDF: it is a web page (HTML) saved as .pdf" in err
    assert "1 indexed" in out and "1 failed" in out
    failures = json.loads(report.read_text())["failed"]
    assert failures == [{"source": "broken.pdf", "reason": "not a PDF: it is a web page (HTML) "
                         "saved as .pdf", "error": "NotAPdf", "unchanged": False}]


def test_export_prints_every_item(corpus_index: Path) -> None:
    code, out, _ = run("export", "--index", str(corpus_index))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == json.loads(run("status", "--index", str(corpus_index), "--json")[1])[
        "items"]
    keys = {"id", "source", "pages", "committee", "date", "number", "title", "speakers",
            "roles", "resolutions", "text"}
    assert all(keys <= set(row) for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)


def test_status(corpus_index: Path) -> None:
    code, out, _ = run("status", "--index", str(corpus_index), "--json")
    assert code == 0
    info = json.loads(out)
    assert (info["files"], info["items"], info["files_failed"]) == (5, 70, 0)
    assert info["meetings"] == 6
    assert info["first_date"] == "2010-03-04" and info["last_date"] == "2021-11-18"
    assert info["committees"] == ["Kent Community Safety Partnership",
                                  "Kent Partnership: Safer and Stronger Communities Group"]


@pytest.mark.parametrize("command", ["index", "search", "export", "status", "serve"])
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Usage:" in out
    assert f"minutebook {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_search_explain_prints_each_hits_reasons(corpus_index: Path) -> None:
    code, out, _ = run("search", "gangs strategy", "--index", str(corpus_index), "--explain")
    assert code == 0
    assert out.startswith("query:  ")
    assert "\n  why: score " in out and " for 2 of 2 words held" in out
    code, out, err = run("search", "gangs strategy", "--index", str(corpus_index), "--explain",
                         "--json")
    hit = json.loads(out)["hits"][0]
    assert hit["why"]["held"] == 2
    assert hit["why"]["score"] == pytest.approx(hit["score"], rel=1e-4)
    assert [w["word"] for w in hit["why"]["words"]] == ["gang", "strategi"]
    assert err.startswith("query:  ")
