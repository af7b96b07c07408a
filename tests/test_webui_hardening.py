"""The web UI under attack: amplifying parameters, deadlines, headers, redirects, links, pages."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.build.pipeline import IndexOptions, run_index
from webui.app import CONTENT_SECURITY_POLICY, create_app
from webui.views import SOURCE_HTML_POLICY, http_url

from .conftest import CORPUS

HTML_SOURCE = "kent-partnership-safer-and-stronger-communities-group/2010-03-04-minutes.html"
HOSTILE_SCRIPT = "<script>document.title = 'PWNED'; window.pwned = 1;</script>"


@pytest.fixture(scope="module")
def app(corpus_index: Path) -> Flask:
    """Return the app over the corpus index."""
    return create_app(corpus_index)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    """Return a test client."""
    return app.test_client()


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Index an archived HTML page carrying a script, and a sidecar whose url is javascript:."""
    root = tmp_path_factory.mktemp("hostile")
    archive = root / "archive"
    folder = archive / Path(HTML_SOURCE).parent
    folder.mkdir(parents=True)
    page = (CORPUS / HTML_SOURCE).read_text(encoding="utf-8")
    (archive / HTML_SOURCE).write_text(page.replace("</head>", HOSTILE_SCRIPT + "</head>"),
                                       encoding="utf-8")
    (archive / HTML_SOURCE).with_suffix(".meta.json").write_text(
        json.dumps({"url": "javascript:alert(document.domain)"}), encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=root / "ix", workers=1))
    return root / "ix"


def test_repeated_filter_values_are_refused(client: FlaskClient) -> None:
    years = "&".join(f"year={y}" for y in range(6000))
    for url in (f"/?q=gangs&{years}", f"/api/search?q=gangs&{years}"):
        page = client.get(url)
        assert page.status_code == 400 and len(page.data) < 5000
    assert "the limit is 4,096" in client.get(f"/api/search?q=gangs&{years}").json["error"]
    some = "&".join(f"year={y}" for y in range(1990, 2020))
    page = client.get(f"/?q=gangs&{some}")
    assert page.status_code == 400 and "'year' is given 30 times; the limit is 20" in unescape(
        page.data.decode())
    assert client.get("/api/search?q=gangs&year=2018&year=2021").status_code == 200


def test_a_search_past_its_deadline_is_a_503_with_a_message(corpus_index: Path) -> None:
    app = create_app(corpus_index)
    app.config["SEARCH_SECONDS"] = 0
    client = app.test_client()
    page = client.get("/?q=gangs")
    assert page.status_code == 503 and "took longer than" in page.data.decode()
    api = client.get("/api/search?q=gangs")
    assert api.status_code == 503 and "took longer than" in api.json["error"]


@pytest.mark.parametrize("query", ["*", "*e* *a*"])
def test_wildcards_that_would_tie_up_the_server_are_refused(client: FlaskClient,
                                                            query: str) -> None:
    assert client.get("/", query_string={"q": query}).status_code == 400
    assert "wildcard" in client.get("/api/search", query_string={"q": query}).json["error"] \
        or "'*'" in client.get("/api/search", query_string={"q": query}).json["error"]


def test_a_page_past_the_end_says_there_is_no_such_page(client: FlaskClient) -> None:
    pages = client.get("/api/search?q=update&limit=5").json
    last = -(-pages["total"] // 5)
    page = client.get(f"/?q=update&limit=5&page={last + 90}")
    assert page.status_code == 404
    assert f"There is no page {last + 90}: this search has {last} pages" in page.data.decode()
    api = client.get(f"/api/search?q=update&limit=5&page={last + 1}")
    assert api.status_code == 404 and api.json == {
        "error": f"there is no page {last + 1}: this search has {last} pages"}
    assert client.get(f"/api/search?q=update&limit=5&page={last}").status_code == 200


@pytest.mark.parametrize("url", ["/", "/?q=gangs", "/api/search?q=gangs", "/static/style.css",
                                 "/no/such/page", "/?q=speeker:x", "/api/search?q=speeker:x",
                                 "/source//kent-community-safety-partnership/x.pdf",
                                 "/source/kent-community-safety-partnership/2015-03-19-minutes.pdf"])
def test_every_response_carries_the_security_headers(client: FlaskClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_redirects_never_name_the_requests_host(client: FlaskClient) -> None:
    for path in ("/source//kent-community-safety-partnership/2015-03-19-minutes.pdf",
                 "//source/x.pdf", "/item//abc"):
        page = client.get(path, headers={"Host": "evil.example"})
        if page.status_code in (301, 302, 307, 308):
            location = page.headers["Location"]
            assert location.startswith("/") and not location.startswith("//"), location
            assert "evil.example" not in location


def test_html_sources_are_sandboxed(hostile_index: Path) -> None:
    client = create_app(hostile_index).test_client()
    page = client.get(f"/source/{HTML_SOURCE}")
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert page.headers["Content-Security-Policy"] == SOURCE_HTML_POLICY
    assert page.headers["Content-Security-Policy"].startswith("sandbox;")


def test_a_javascript_url_never_becomes_a_link(hostile_index: Path) -> None:
    client = create_app(hostile_index).test_client()
    hit = client.get("/api/search?q=community").json["hits"][0]
    html = client.get(f"/meeting/{hit['meeting_id']}").data.decode()
    assert "javascript:" not in html.lower() and "the council's page" not in html


@pytest.mark.parametrize(("url", "shown"), [
    ("https://democracy.kent.gov.uk/ieListDocuments.aspx?MId=8049",
     "https://democracy.kent.gov.uk/ieListDocuments.aspx?MId=8049"),
    ("HTTP://example.org/", "HTTP://example.org/"),
    ("javascript:alert(1)", ""), (" JavaScript:alert(1)", ""), ("java\nscript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""), ("//evil.example/", ""),
    ("vbscript:x", ""), ("https://", ""), ("", ""), (None, ""),
    ("https://example.org/\x00", "")])
def test_only_http_urls_are_links(url: str | None, shown: str) -> None:
    assert http_url(url) == shown


@pytest.mark.slow
@pytest.mark.browser
def test_a_script_in_an_archived_page_does_not_run(hostile_index: Path) -> None:
    from .serving import served
    from .test_browser import CHROMIUM_ARGS, chromium_path

    playwright = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    with served(create_app(hostile_index), threads=2) as url, \
            playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_context(java_script_enabled=True).new_page()
        response = page.goto(f"{url}/source/{HTML_SOURCE}")
        assert response.status == 200
        assert "Safer and Stronger" in page.title() and "PWNED" not in page.title()
        assert page.evaluate("typeof window.pwned") == "undefined"
        browser.close()

