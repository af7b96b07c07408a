"""The web UI in a real Chromium (Debian's package) through Playwright, over real HTTP."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from webui.app import create_app

from .serving import served

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screenshots"


def chromium_path() -> str:
    """Return the system Chromium, skipping when it is not installed."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def server(corpus_index: Path) -> Iterator[str]:
    """Serve the corpus index with waitress on a free port; yield its base URL."""
    with served(create_app(corpus_index), threads=4) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Launch headless Chromium."""
    playwright = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    """Open a fresh page with JavaScript disabled: the UI must work without it."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280,
                                                                        "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_search_facet_chip_item_and_source(page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_label("Search minutes").fill("terms of reference")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=terms+of+reference*")
    assert page.get_by_role("heading", level=1).inner_text() == \
        "4 items for “terms of reference”"
    assert page.locator("mark").count() > 4
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "search-facets-highlights.png"), full_page=True)

    page.locator(".facets").get_by_role("link", name="2021").click()
    assert page.get_by_role("heading", level=1).inner_text() == \
        "3 items for “terms of reference”"
    chip = page.get_by_role("link", name="Remove Year 2021")
    assert chip.is_visible()

    chip.click()
    assert page.get_by_role("heading", level=1).inner_text() == \
        "4 items for “terms of reference”"
    assert page.get_by_role("link", name="Remove Year 2021").count() == 0

    page.get_by_role("link", name="KCSP and Subgroups Terms of Reference review").click()
    assert "KCSP and Subgroups Terms of Reference review" in \
        page.get_by_role("heading", level=1).inner_text()
    assert page.locator(".text mark").count() >= 4
    source = page.locator(".facts a.source")
    assert source.get_attribute("href").endswith("2021-11-18-agenda-pack.pdf#page=3")
    response = page.request.get(server + source.get_attribute("href").split("#")[0])
    assert response.status == 200 and response.body().startswith(b"%PDF")


def test_narrow_by_year_then_open_the_2021_item(page, server: str) -> None:
    page.goto(server + "/?q=terms+of+reference+resolved")
    page.locator(".facets").get_by_role("link", name="2021").click()
    page.get_by_role("link", name="KCSP and Subgroups Terms of Reference review").click()
    assert page.locator(".decision-box").inner_text().startswith("Decision")
    assert "to agree the Terms of Reference" in page.locator(".decision-box").inner_text()


def test_unreadable_query_shows_a_message(page, server: str) -> None:
    response = page.goto(server + "/?q=speeker%3Abrinson")
    assert response.status == 400
    assert "did you mean 'speaker'" in page.get_by_role("alert").inner_text()


def test_keyboard_focus_is_visible_and_phone_layout_fits(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(server + "/?q=gangs")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.keyboard.press("Tab")
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none"
    context.close()


def phone(browser):
    """Return a page in a phone-sized viewport (JavaScript on, as on a phone)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    return context, context.new_page()


def test_people_search_and_a_person_page(page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name="People", exact=True).click()
    page.get_by_label("Find a person by name").fill("harper")
    page.get_by_role("button", name="Find").click()
    assert page.locator(".people li").count() == 2
    page.get_by_role("link", name="Susie Harper").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Susie Harper"
    assert page.locator(".person-items li").count() == 3
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "person.png"), full_page=True)


def test_results_links_to_feed_and_csv_and_about_page(page, server: str) -> None:
    page.goto(server + "/?q=update&year=2018")
    feed = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    assert feed.get_attribute("href") == "/feed?q=update&year=2018"
    response = page.request.get(server + feed.get_attribute("href"))
    assert response.ok and b"<feed" in response.body()
    csv_link = page.get_by_role("link", name="Download these 18 items as CSV")
    response = page.request.get(server + csv_link.get_attribute("href"))
    assert response.ok and len(list(csv.reader(io.StringIO(response.text())))) == 19
    page.screenshot(path=str(SCREENSHOTS / "results.png"), full_page=True)
    page.get_by_role("link", name="About this archive").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "About this archive"
    assert page.locator("table.committees tbody tr").count() == 2
    page.screenshot(path=str(SCREENSHOTS / "about.png"), full_page=True)


def test_phone_shows_the_first_result_early_and_new_pages_fit(browser, server: str) -> None:
    context, page = phone(browser)
    page.goto(server + "/?q=gangs+strategy")
    top = page.locator(".hit").first.bounding_box()["y"]
    assert top < 844 * 0.6, top
    assert not page.locator(".sort").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "phone-results.png"), full_page=False)
    for path in ("/people", "/about", "/facet/speaker?q=update"):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    page.get_by_role("link", name="People", exact=True).click()
    page.locator(".people a").first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(SCREENSHOTS / "phone-person.png"), full_page=True)
    context.close()


def test_slash_focuses_the_search_box_and_copy_buttons_show(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server + "/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.goto(server + "/item/6924514ef7-013?q=gangs")
    page.locator("h1").click()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.get_by_role("button", name="Copy").first.is_visible()
    assert not errors, errors  # no CSP violation, no script error
    context.close()
