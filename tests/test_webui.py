"""The web UI over HTTP with Flask's test client: every route, parameter and error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.build.pipeline import IndexOptions, run_index
from webui.app import create_app


@pytest.fixture(scope="module")
def app(corpus_index: Path) -> Flask:
    """Return the app over the corpus index."""
    return create_app(corpus_index)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    """Return a test client."""
    return app.test_client()


def text_of(html: bytes) -> str:
    """Return the visible text of a page, tags removed and spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html.decode()).split())


def test_landing_page_counts_and_recent_meetings(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    text = text_of(page.data)
    assert "Search 70 agenda items" in text
    assert "Kent Community Safety Partnership 56" in text
    assert "2021 18" in text
    assert 'href="/meeting/' in page.data.decode()


def test_search_shows_items_facets_and_marks(client: FlaskClient) -> None:
    page = client.get("/?q=terms+of+reference")
    html = page.data.decode()
    assert page.status_code == 200
    assert "4 items for “terms of reference”" in text_of(page.data)
    assert html.count('class="hit"') == 4
    assert '<mark class="match' in html
    assert "KCSP Terms of Reference Reviews" in html
    assert "RESOLVED that the updated" in html
    assert re.search(r'href="\?q=terms\+of\+reference&amp;year=2021"', html)


def test_facet_values_combine_or_within_and_across(client: FlaskClient) -> None:
    both = client.get("/api/search?q=update&year=2018&year=2021").get_json()
    y2018 = client.get("/api/search?q=update&year=2018").get_json()
    y2021 = client.get("/api/search?q=update&year=2021").get_json()
    assert both["total"] == y2018["total"] + y2021["total"]
    narrowed = client.get("/api/search?q=update&year=2018&speaker=Shafick+Peerbux").get_json()
    assert 0 < narrowed["total"] < y2018["total"]
    years = {v["value"]: v["count"] for v in narrowed["facets"]["year"]}
    assert years["2018"] == narrowed["total"] and years["2021"] > 0


def test_selected_filter_is_a_removable_chip(client: FlaskClient) -> None:
    html = client.get("/?q=update&committee=Kent+Community+Safety+Partnership").data.decode()
    chip = re.search(r'<a class="chip" href="([^"]+)"[^>]*>Committee: Kent Community Safety '
                     r"Partnership", html)
    assert chip and chip.group(1) == "/?q=update"


def test_sort_dates_and_paging(client: FlaskClient) -> None:
    data = client.get("/api/search?q=update&sort=oldest&from=2015-01-01&to=2018-12-31"
                      "&limit=5&page=2").get_json()
    dates = [h["date"] for h in data["hits"]]
    assert data["page"] == 2 and len(dates) == 5 and dates == sorted(dates)
    assert all("2015-01-01" <= d <= "2018-12-31" for d in dates)
    html = client.get("/?q=update&limit=5&page=2").data.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html and "Page 2 of" in html


def test_api_matches_cli_json(client: FlaskClient, corpus_index: Path) -> None:
    from click.testing import CliRunner

    from webui.cli import main

    cli = CliRunner().invoke(main, ["search", "gangs", "--index", str(corpus_index), "--json",
                                    "--year", "2021"], catch_exceptions=False)
    api = client.get("/api/search?q=gangs&year=2021").get_json()
    import json
    assert api == json.loads(cli.stdout)


@pytest.mark.parametrize("url", ["/?q=speeker:x", "/?q=a&page=zero", "/?q=a&from=2018-13-40",
                                 "/?q=a&sort=best", "/?q=a&decision=maybe", '/?q="'])
def test_unreadable_queries_get_a_message_and_400(client: FlaskClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 400
    assert "That search could not be read" in page.data.decode()
    assert "Traceback" not in page.data.decode()


def test_api_errors_are_json(client: FlaskClient) -> None:
    page = client.get("/api/search?q=title:")
    assert page.status_code in (200, 400)
    bad = client.get("/api/search?q=speeker:x")
    assert bad.status_code == 400 and "speaker" in bad.get_json()["error"]


def test_no_hits_suggests_removing_filters(client: FlaskClient) -> None:
    html = client.get("/?q=rippon&year=2018").data.decode()
    assert "No items found" in html and "Search again without the filters" in html


def test_a_misspelling_is_respelt_and_said_so(client: FlaskClient) -> None:
    html = client.get("/?q=gangz").data.decode()
    assert "Showing results for <q>gangs</q>: <q>gangz</q> respelt" in html
    assert "Gangs Strategy" in html
    data = client.get("/api/search?q=gangz").get_json()
    assert data["corrected"] == "gangs" and data["query"] == "gangz" and data["total"] > 0


def test_a_misspelt_word_is_respelt_even_when_another_word_matches(client: FlaskClient) -> None:
    html = client.get("/?q=rippon+OR+gangz").data.decode()
    assert "Showing results for <q>rippon OR gangs</q>" in html


def test_item_page(client: FlaskClient) -> None:
    hit = client.get("/api/search?q=gangs+strategy").get_json()["hits"][0]
    page = client.get(f"/item/{hit['id']}?q=gangs")
    html = page.data.decode()
    assert page.status_code == 200
    assert "Kent and Medway Gangs Strategy Update" in html
    assert "<mark" in html and "Decision" in html and "Mark Powell" in html
    assert f'/meeting/{hit["meeting_id"]}' in html
    assert "2021-11-18-agenda-pack.pdf#page=5" in html
    assert 'rel="prev"' in html and 'rel="next"' in html


def test_meeting_page(client: FlaskClient) -> None:
    hit = client.get("/api/search?q=gangs+strategy").get_json()["hits"][0]
    html = client.get(f"/meeting/{hit['meeting_id']}").data.decode()
    assert "Tuesday 13 July 2021" in html and "Attendance" in html
    assert html.index("Introduction") < html.index("Gangs Strategy Update")


def test_unknown_ids_are_404_pages(client: FlaskClient) -> None:
    for url in ("/item/nothing", "/meeting/nothing", "/no/such/page"):
        page = client.get(url)
        assert page.status_code == 404 and "Not found" in page.data.decode()


def test_source_is_served_only_from_the_archive(client: FlaskClient) -> None:
    ok = client.get("/source/kent-community-safety-partnership/2015-03-19-minutes.pdf")
    assert ok.status_code == 200 and ok.data.startswith(b"%PDF")
    for url in ("/source/../README.md", "/source/%2e%2e/%2e%2e/etc/passwd",
                "/source//etc/passwd", "/source/kent-community-safety-partnership/nope.pdf"):
        assert client.get(url, follow_redirects=True).status_code == 404, url


def test_document_text_is_never_trusted(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2020-01-01-minutes.txt").write_text(
        "1. Hostile item <script>alert('x')</script>\n\nThe <b>council</b> noted "
        "<img src=x onerror=alert(1)> the report.\n\nRESOLVED that the <script>report</script>"
        " be noted.\n\n2. Second item\n\nThe Committee noted it.\n\n3. Third item\n\nNoted.\n",
        encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    client = create_app(tmp_path / "ix").test_client()
    results = client.get("/?q=council").data.decode()
    hit = client.get("/api/search?q=council").get_json()["hits"][0]
    item = client.get(f"/item/{hit['id']}?q=council").data.decode()
    for html in (results, item):
        assert "<script>" not in html and "<img" not in html and "<b>" not in html
        assert "&lt;script&gt;" in html
    assert "&lt;b&gt;<mark" in hit["snippet"] or "&lt;b&gt;" in hit["snippet"]
