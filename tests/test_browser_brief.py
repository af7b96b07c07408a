"""The brief and the register in a real Chromium, JavaScript off: upload, print, chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from webui.app import create_app

from .conftest import CORPUS
from .serving import served
from .test_browser import CHROMIUM_ARGS, SCREENSHOTS, chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PACK = CORPUS / "kent-community-safety-partnership" / "2021-11-18-agenda-pack.pdf"


@pytest.fixture(scope="module")
def site(corpus_index: Path) -> Iterator[str]:
    """Serve the corpus index with waitress (its real limits) on a free port."""
    from webui.settings import serve_options

    options = {k: v for k, v in serve_options(4).items() if k in (
        "max_request_body_size", "max_request_header_size")}
    with served(create_app(corpus_index), threads=4, **options) as url:
        yield url


@pytest.fixture()
def tab() -> Iterator:
    """A Chromium page with JavaScript off."""
    playwright = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_context(java_script_enabled=False).new_page()
        yield page
        browser.close()


def test_upload_an_agenda_and_print_its_brief(tab, site: str) -> None:
    tab.goto(site + "/brief")
    tab.get_by_label("Agenda file").set_input_files(str(PACK))
    tab.get_by_role("button", name="Brief").click()
    tab.wait_for_load_state()
    assert tab.get_by_role("heading", level=1).inner_text().startswith(
        "Earlier decisions for the agenda of Kent Community Safety Partnership")
    assert tab.locator(".brief-entry").count() == 5
    assert tab.locator(".earlier li").count() >= 4
    tab.emulate_media(media="print")
    assert not tab.locator("header.site").is_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / "brief-print.png"), full_page=True)


def test_register_timeline_is_an_svg_chart(tab, site: str) -> None:
    tab.goto(site + "/decisions?q=strategy")
    assert tab.get_by_role("heading", level=1).inner_text() == "Register of decisions"
    chart = tab.locator("figure.timeline svg")
    assert chart.is_visible() and tab.locator("figure.timeline rect").count() >= 2
    tab.get_by_role("link", name="CSV").is_visible()
    tab.screenshot(path=str(SCREENSHOTS / "decisions-timeline.png"), full_page=True)
