"""The web UI's pages beside the search, over HTTP: people, feeds, CSV, about, citations, urls."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from indexer.build.pipeline import IndexOptions, run_index
from search.people import directory, group_names, is_role
from webui.app import create_app
from webui.cli import main

from .conftest import CORPUS


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


def person_id(client: FlaskClient, name: str) -> str:
    """Return the id of the person /people lists under name."""
    html = client.get("/people").data.decode()
    return re.search(rf'href="/person/([\w-]+)">{re.escape(name)}</a>', html).group(1)


# People


def test_names_of_one_body_are_one_person_and_roles_are_not_people() -> None:
    groups = group_names({"Cllr Shewell": 2, "Cllr Mrs Shewell": 1, "Robert Allen Fisk": 1,
                          "Allen Fisk": 3, "The Chairman": 9, "The Clerk": 4})
    assert sorted(map(sorted, groups)) == [["Allen Fisk", "Robert Allen Fisk"],
                                           ["Cllr Mrs Shewell", "Cllr Shewell"]]
    assert is_role("The Chairman") and is_role("Vice-Chairman") and not is_role("Jim Parris")
    people = directory({("Parish A", "Cllr Shewell"): 1, ("Parish B", "Cllr Mrs Shewell"): 2})
    assert len(people) == 2  # never merged across bodies
    assert len({p.id for p in people}) == 2


def test_people_index_searches_by_name_and_leaves_out_roles(client: FlaskClient) -> None:
    page = client.get("/people")
    assert page.status_code == 200
    text = text_of(page.data)
    assert "Shafick Peerbux" in text and "The Chairman" not in text
    found = text_of(client.get("/people?name=harper").data)
    assert "Adrian Harper" in found and "Susie Harper" in found and "Peerbux" not in found
    assert "2 people whose name contains “harper”" in found


def test_person_page_lists_items_newest_first_with_roles_years_and_decisions(
        client: FlaskClient) -> None:
    page = client.get(f"/person/{person_id(client, 'Jim Parris')}")
    assert page.status_code == 200
    text = text_of(page.data)
    assert "Community Safety Manager" in text  # the role the attendance list gives
    assert "Kent Community Safety Partnership" in text
    dates = re.findall(r'<span class="date">([^<]+)</span>', page.data.decode())
    from datetime import datetime
    days = [datetime.strptime(d, "%d %B %Y") for d in dates]
    assert days == sorted(days, reverse=True) and days
    assert 'class="kind kind-' in page.data.decode()
    assert client.get("/person/nobody-000000").status_code == 404


def test_speaker_facet_and_names_on_hits_link_to_people(client: FlaskClient) -> None:
    html = client.get("/?q=update").data.decode()
    assert re.search(r'<a href="/person/[\w-]+">Shafick Peerbux</a>', html)
    assert re.search(r'class="person-link" href="/person/[\w-]+" aria-label="About ', html)
    facet = html.split('id="facet-speaker"')[1].split("</section>")[0]
    assert "The Chairman" not in facet


# Feeds


def test_feed_is_valid_atom_of_the_newest_items_with_stable_ids(client: FlaskClient) -> None:
    response = client.get("/feed?q=update&year=2018")
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    api = client.get("/api/search?q=update&year=2018&sort=newest&limit=30").get_json()
    ids = [e.id for e in feed.entries]
    assert ids == [f"urn:minutebook:item:{h['id']}" for h in api["hits"]]
    assert ids == [e.id for e in feedparser.parse(client.get("/feed?q=update&year=2018").data)
                   .entries]
    assert all(e.link.startswith("/item/") for e in feed.entries)
    assert client.get("/feed?q=speeker:x").status_code == 400


def test_results_page_advertises_and_links_its_feed_csv_and_json(client: FlaskClient) -> None:
    html = client.get("/?q=update&year=2018").data.decode()
    assert ('<link rel="alternate" type="application/atom+xml" title="Newest items of this '
            'search" href="/feed?q=update&amp;year=2018">') in html
    assert 'href="/search.csv?q=update&amp;year=2018" download>Download these 18 items as CSV' \
        in html
    assert 'href="/api/search?q=update&amp;year=2018">This page as JSON' in html


def test_feed_is_updated_when_a_reindex_brings_new_items(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    extra = corpus / "kent-community-safety-partnership" / "2018-07-18-minutes.txt"
    kept = extra.read_bytes()
    extra.unlink()
    index = tmp_path / "index"
    run_index(IndexOptions(roots=(corpus,), index_dir=index, workers=1))
    client = create_app(index).test_client()
    before = feedparser.parse(client.get("/feed?q=update").data)
    extra.write_bytes(kept)
    run_index(IndexOptions(roots=(corpus,), index_dir=index, workers=1))
    after = feedparser.parse(create_app(index).test_client().get("/feed?q=update").data)
    new = {e.id for e in after.entries} - {e.id for e in before.entries}
    assert new and all(e.startswith("urn:minutebook:item:8d00f51ad7-") for e in new)
    assert after.feed.updated_parsed >= before.feed.updated_parsed


# CSV


def test_csv_has_every_hit_respects_filters_and_streams(client: FlaskClient) -> None:
    response = client.get("/search.csv?q=update&year=2018&limit=5&page=2")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.is_streamed
    rows = list(csv.DictReader(io.StringIO(response.data.decode())))
    api = client.get("/api/search?q=update&year=2018&limit=200").get_json()
    assert [r["id"] for r in rows] == [h["id"] for h in api["hits"]]
    assert len(rows) == api["total"] == 18
    assert {r["date"][:4] for r in rows} == {"2018"}
    assert set(rows[0]) >= {"id", "date", "committee", "title", "decision", "url", "source"}
    everything = list(csv.DictReader(io.StringIO(client.get("/search.csv").data.decode())))
    assert len(everything) == 70  # more than a page and the API's limit would allow


def test_cli_search_csv_matches_the_web(client: FlaskClient, corpus_index: Path) -> None:
    result = CliRunner().invoke(main, ["search", "update", "--year", "2018", "--csv",
                                       "--index", str(corpus_index)], catch_exceptions=False)
    assert result.exit_code == 0
    web = client.get("/search.csv?q=update&year=2018").data.decode()
    assert result.output.replace("\r\n", "\n") == web.replace("\r\n", "\n")


# Sidecar url, about, citation


@pytest.fixture(scope="module")
def sidecar_client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """An archive of one minutes file whose sidecar gives an http url, one a javascript: one."""
    root = tmp_path_factory.mktemp("sidecar")
    folder = root / "corpus" / "parish-council"
    folder.mkdir(parents=True)
    source = CORPUS / "kent-community-safety-partnership" / "2018-07-18-minutes.txt"
    for name, url in (("2018-07-18-minutes", "https://example.org/minutes?id=1&x=<b>"),
                      ("2018-07-19-minutes", "javascript:alert(1)")):
        shutil.copy(source, folder / f"{name}.txt")
        (folder / f"{name}.meta.json").write_text(json.dumps({"url": url}))
    run_index(IndexOptions(roots=(root / "corpus",), index_dir=root / "index", workers=1))
    return create_app(root / "index").test_client()


def test_sidecar_url_on_item_and_meeting_pages_and_in_json_csv(
        sidecar_client: FlaskClient) -> None:
    api = sidecar_client.get("/api/search?q=update&limit=200").get_json()
    urls = {h["url"] for h in api["hits"]}
    assert "https://example.org/minutes?id=1&x=<b>" in urls
    good = next(h for h in api["hits"] if h["url"] and h["url"].startswith("https"))
    bad = next(h for h in api["hits"] if not h["url"])  # the reader refused javascript:
    item = sidecar_client.get(f"/item/{good['id']}").data.decode()
    assert 'href="https://example.org/minutes?id=1&amp;x=&lt;b&gt;"' in item
    meeting = sidecar_client.get(f"/meeting/{good['meeting_id']}").data.decode()
    assert 'class="council-url" href="https://example.org/minutes?id=1&amp;x=&lt;b&gt;"' \
        in meeting
    assert "javascript:" not in sidecar_client.get(f"/item/{bad['id']}").data.decode()
    rows = list(csv.DictReader(io.StringIO(sidecar_client.get("/search.csv?q=update")
                                           .data.decode())))
    assert "https://example.org/minutes?id=1&x=<b>" in {r["url"] for r in rows}


def test_export_includes_the_sidecar_url(corpus_index: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--index", str(corpus_index)],
                                catch_exceptions=False)
    first = json.loads(result.output.splitlines()[0])
    assert "url" in first and "kind" in first


def test_about_page_counts_committees_and_reports_reading(client: FlaskClient) -> None:
    page = client.get("/about")
    assert page.status_code == 200
    text = text_of(page.data)
    assert "70 agenda items from 6 meetings in 5 documents" in text
    assert re.search(r"Kent Community Safety Partnership 56 5 19/03/2015 18/11/2021", text)
    assert re.search(r"Kent Partnership: Safer and Stronger Communities Group 14 1", text)
    assert re.search(r"Last reindexed .* \( ?(just now|\d+ (minute|hour|day)s? ago) ?\)", text)
    assert "Every document was read." in text
    assert "How to cite an item" in text


def test_item_page_has_permalink_citation_and_back_to_results(client: FlaskClient) -> None:
    html = client.get("/item/6924514ef7-013?q=gangs+strategy&year=2021&page=1").data.decode()
    assert ('value="Kent Community Safety Partnership, 13 July 2021, minute 34, page 5 of the '
            'agenda pack"') in html
    assert 'id="permalink" class="copy" type="text" readonly value="http://localhost/item/' \
        '6924514ef7-013"' in html
    assert 'class="back" href="/?q=gangs+strategy&amp;year=2021&amp;page=1">← Back to results' \
        in html
    assert "<script>" not in html and ' style="' not in html
    decision = html.split('class="decision-box"')[1].split("</section>")[0]
    assert '<mark class="match">strategy</mark>' in decision


# Rough edges


def test_narrowing_by_a_facet_suggests_no_respelling_of_matched_words(
        client: FlaskClient) -> None:
    data = client.get("/api/search?q=what+did+we+resolve+on+the+gangs+strategy&year=2021")
    assert data.get_json()["suggestion"] is None
    html = client.get("/?q=what+did+we+resolve+on+the+gangs+strategy&year=2021").data.decode()
    assert "Did you mean" not in html


def test_kind_facet_favours_minutes_and_filters(client: FlaskClient) -> None:
    data = client.get("/api/search?q=kent+community+safety").get_json()
    kinds = {v["value"]: v["count"] for v in data["facets"]["kind"]}
    assert kinds["minutes"] > 0 and kinds["agenda"] + kinds.get("report", 0) > 0
    assert data["hits"][0]["kind"] == "minutes"
    agenda = client.get("/api/search?kind=agenda").get_json()
    assert agenda["total"] and {h["kind"] for h in agenda["hits"]} == {"agenda"}
    assert client.get("/api/search?kind=poem").status_code == 400


def test_untitled_item_shows_its_first_words(client: FlaskClient) -> None:
    html = client.get("/item/5bf0875d23-005").data.decode()
    assert "(untitled item)" not in html
    assert "<title>Tim Woodhouse, KCC Suicide Prevention Programme Manager" in html


def test_long_facets_have_show_all_and_a_filter_box(client: FlaskClient) -> None:
    html = client.get("/?q=update").data.decode()
    assert 'href="/facet/speaker?q=update">Show all speaker values' in html
    assert 'action="/facet/speaker"' in html
    every = text_of(client.get("/facet/speaker?q=update").data)
    assert "Shafick Peerbux" in every and "The Chairman" not in every
    found = text_of(client.get("/facet/speaker?q=update&contains=harp").data)
    assert "Adrian Harper" in found and "Peerbux" not in found
    assert client.get("/facet/nothing").status_code == 404


def test_results_say_which_of_how_many_and_past_the_end_is_404(client: FlaskClient) -> None:
    text = text_of(client.get("/?q=update&page=2").data)
    assert "Showing 11–20 of 43" in text
    assert client.get("/?q=update&page=99").status_code == 404
    assert client.get("/api/search?q=update&page=99").status_code == 404


def test_dates_are_read_and_shown_dd_mm_yyyy(client: FlaskClient) -> None:
    uk = client.get("/api/search?q=update&from=01/01/2015&to=31/12/2018").get_json()
    iso = client.get("/api/search?q=update&from=2015-01-01&to=2018-12-31").get_json()
    assert uk["total"] == iso["total"] > 0
    html = client.get("/?q=update&from=2015-01-01").data.decode()
    assert 'name="from" type="text" inputmode="numeric" size="10" placeholder="dd/mm/yyyy" ' \
           'value="01/01/2015"' in html
    assert 'type="date"' not in html
    assert client.get("/?q=update&from=31/02/2015").status_code == 400


def test_phone_layout_folds_help_and_sort_form(client: FlaskClient) -> None:
    html = client.get("/?q=update").data.decode()
    assert '<details class="help" id="q-help">' in html
    assert '<details class="sort-box" >' in html
    css = client.get("/static/style.css").data.decode()
    assert ".sort-box:not([open]) .sort { display: none; }" in css


def test_meeting_page_numbers_once_keeps_the_year_and_opens_at_its_first_page(
        client: FlaskClient) -> None:
    html = client.get("/meeting/6924514ef7-m2").data.decode()
    if "<h1>" not in html:  # the pack's second meeting, whatever its number
        html = client.get("/?q=gangs+strategy").data.decode()
    page = client.get(re.search(r'href="(/meeting/[\w-]+)', client.get(
        "/item/6924514ef7-013").data.decode()).group(1)).data.decode()
    assert '<ol class="items">' not in page and '<ul class="items">' in page
    assert re.search(r"<h1>Kent Community Safety Partnership, 13 July 2021</h1>", page)
    assert re.search(r'class="source" href="/source/[^"]+\.pdf#page=\d+"', page)


def test_a_new_query_with_filters_on_says_so_beside_the_box(client: FlaskClient) -> None:
    html = client.get("/?q=update&speaker=Stuart+Beaumont").data.decode()
    within = html.split('class="within"')[1].split("</p>")[0]
    assert "Searching within:" in within and "Speaker: Stuart Beaumont" in within
    assert 'href="/?q=update"' in within
    assert 'class="within"' not in client.get("/?q=update").data.decode()


def test_search_box_is_focused_on_landing_and_slash_key_script_is_a_file(
        client: FlaskClient) -> None:
    landing = client.get("/").data.decode()
    assert re.search(r'id="q"[^>]*autofocus', landing)
    assert 'autofocus' not in client.get("/?q=update").data.decode()
    assert '<script src="/static/keys.js" defer></script>' in landing
    script = client.get("/static/keys.js")
    assert script.status_code == 200 and b'event.key === "/"' in script.data


def test_new_pages_escape_document_text(client: FlaskClient) -> None:
    for path in ("/people?name=<script>x", "/facet/speaker?q=update&contains=<b>x",
                 "/about", "/feed?q=<b>"):
        response = client.get(path)
        assert b"<script>x" not in response.data and b"<b>x" not in response.data
        assert b"Traceback" not in response.data


def test_snippets_open_at_a_sentence_or_a_word_never_inside_one() -> None:
    from search.snippets import snippet, word_terms
    text = ("The board met. Officers described the site at https://kent.example/plans/gangs-"
            "strategy-2021 in detail and " + "more words " * 12 + "then the gangs work. ")
    parts = snippet("x" * 200 + " " + text * 3, frozenset(word_terms("gangs"))).parts
    first = parts[0][0]
    assert first.startswith(("The board", "Officers", "…")) and "… …" not in \
        "".join(t for t, _ in parts)
    assert not first.lstrip("…").startswith(("ttps", "ent.example", "/"))


def test_one_result_is_counted_in_the_singular(client: FlaskClient) -> None:
    text = text_of(client.get("/?q=update&kind=agenda").data)
    assert "Showing 1 of 1" in text and "Download this item as CSV" in text
