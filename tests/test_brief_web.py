"""/brief (uploaded agendas, hostile ones too), /decisions and the earlier-decisions sections."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from search.agenda_file import MAX_UPLOAD_BYTES
from webui.app import create_app

from .conftest import CORPUS, shared_path

PACK = CORPUS / "kent-community-safety-partnership" / "2021-11-18-agenda-pack.pdf"


@pytest.fixture(scope="module")
def client(corpus_index: Path) -> FlaskClient:
    """A test client of the app over the corpus index."""
    return create_app(corpus_index).test_client()


def upload(client: FlaskClient, data: bytes, name: str):
    """Post a file to /brief."""
    return client.post("/brief", data={"agenda": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def test_form_is_a_page_with_a_file_input(client: FlaskClient) -> None:
    page = client.get("/brief")
    assert page.status_code == 200
    assert b'type="file"' in page.data and b'enctype="multipart/form-data"' in page.data
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]


def test_uploaded_pack_gives_a_printable_brief(client: FlaskClient) -> None:
    page = upload(client, PACK.read_bytes(), "2021-11-18-agenda-pack.pdf")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Earlier decisions for the agenda of Kent Community Safety Partnership" in text
    assert "Kent Community Safety Agreement Update" in text
    assert "Standing item (agenda)" in text
    assert "brief.css" in text and "<script" not in text.split("</head>")[1]


def test_html_agenda_with_script_is_shown_escaped(client: FlaskClient) -> None:
    hostile = (b"<html><head><title>x</title></head><body><h1>Agenda</h1><ol>"
               b"<li>1. Apologies</li>"
               b"<li>2. Gangs strategy &lt;script&gt;alert(1)&lt;/script&gt; update</li>"
               b"<li>3. <img src=x onerror=alert(2)>Mental health</li>"
               b"<script>alert(3)</script></ol></body></html>")
    page = upload(client, hostile, "<b>agenda</b>.html")
    text = page.get_data(as_text=True)
    assert page.status_code in (200, 400)
    body = text.split("<main", 1)[1]
    assert "<script>alert" not in body and "onerror=alert" not in body
    assert "<b>agenda</b>" not in body


def test_broken_pdf_is_a_400_with_the_reason(client: FlaskClient) -> None:
    page = upload(client, b"%PDF-1.4\n1 0 obj <<\n" + b"\x00" * 4000, "broken.pdf")
    assert page.status_code == 400
    assert "could not be read" in page.get_data(as_text=True)
    assert b"Traceback" not in page.data


def test_binary_file_is_refused_by_its_content(client: FlaskClient) -> None:
    page = upload(client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "agenda.pdf")
    assert page.status_code == 400
    assert "not a PDF, HTML or text file" in page.get_data(as_text=True)


def test_a_50_mb_file_is_refused(client: FlaskClient) -> None:
    page = upload(client, b"%PDF-1.4\n" + b"0" * (50 * 1024 * 1024), "huge.pdf")
    assert page.status_code == 413
    assert f"at most {MAX_UPLOAD_BYTES // 2**20} MB" in page.get_data(as_text=True)


def test_no_file_is_a_400(client: FlaskClient) -> None:
    page = client.post("/brief", data={}, content_type="multipart/form-data")
    assert page.status_code == 400 and "Choose an agenda file" in page.get_data(as_text=True)


def test_meeting_and_item_pages_show_earlier_decisions(client: FlaskClient) -> None:
    register = client.get("/decisions?q=%22Community+Safety+Agreement%22&year=2021")
    text = register.get_data(as_text=True)
    assert register.status_code == 200
    item_id = text.split('href="/item/', 1)[1].split('"', 1)[0]
    item = client.get(f"/item/{item_id}").get_data(as_text=True)
    assert "Earlier decisions on this subject" in item and "Later on this subject" in item
    meeting_id = item.split('href="/meeting/', 1)[1].split('"', 1)[0]
    agenda_id = meeting_id.rsplit("-", 1)[0] + "-m1"
    meeting = client.get(f"/meeting/{agenda_id}").get_data(as_text=True)
    assert "Earlier decisions for this agenda" in meeting


def test_register_filters_pages_and_timeline(client: FlaskClient) -> None:
    page = client.get("/decisions?q=strategy&kind=resolved")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<svg" in text and "by year" in text and "<script" not in text.split("<main")[1]
    assert client.get("/decisions?kind=none").status_code == 400
    assert client.get("/decisions?year=20x8").status_code == 400
    assert client.get("/decisions?page=999").status_code == 404
    everything = client.get("/decisions").get_data(as_text=True)
    assert 'rel="next"' in everything


def test_register_links_to_the_search_csv_and_feed(client: FlaskClient) -> None:
    text = client.get("/decisions?q=gangs&kind=resolved").get_data(as_text=True)
    csv_link = text.split('href="/search.csv', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert csv_link == "?q=gangs&decision=resolved&sort=newest"
    table = client.get("/search.csv" + csv_link)
    assert table.mimetype == "text/csv" and b"Gangs" in table.data
    feed = client.get("/feed?decision=any&sort=newest")
    assert feed.mimetype == "application/atom+xml" and feed.data.count(b"<entry>") > 5


def test_burton_agenda_upload(client: FlaskClient) -> None:
    agenda = shared_path("archives", "burton-cum-walden-parish-council", "agendas",
                         "public-notice-2026-01-06.pdf")
    page = upload(client, agenda.read_bytes(), agenda.name)
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Burton-cum-Walden Parish Council" in text
    assert "Standing item (apologies)" in text
