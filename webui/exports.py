"""A search as an Atom feed of its newest items (`/feed`) and as CSV of every hit (`/search.csv`).

Both take the search page's parameters. Links in the feed are relative to the feed's own
address (the Host header never writes them); entry ids are the item ids, so a feed reader
sees an item once however often the index is rebuilt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from urllib.parse import urlencode

from feedgen.feed import FeedGenerator
from flask import Response, current_app, request, url_for

from search.errors import SearchError, SearchTimeout
from search.models import Hit, display_title

from .app import error_response
from .csvfile import csv_lines
from .params import search_params, search_request
from .views import bp, engine

FEED_ITEMS = 30
ID_PREFIX = "urn:minutebook:item:"


@bp.get("/feed")
def feed():
    """The newest items of a search as Atom."""
    try:
        search = replace(search_request(request.args), sort="newest", page=1,
                         limit=FEED_ITEMS, facets=False, snippets=False)
        results = engine().search(search, current_app.config["SEARCH_SECONDS"])
    except SearchTimeout as error:
        return error_response(503, "The search took too long", str(error))
    except SearchError as error:
        return error_response(400, "That search could not be read", str(error))
    query = urlencode(search_params(request.args))
    generator = FeedGenerator()
    generator.id(f"urn:minutebook:search:{query or 'everything'}")
    generator.title(f"Minutebook: {_describe(search)}")
    generator.link(href=url_for("minutebook.search_page") + "?" + request.query_string.decode(),
                   rel="alternate")
    generator.link(href=request.full_path, rel="self")
    generator.updated(engine().published())
    for hit in reversed(results.hits):  # feedgen lists the last entry added first
        _entry(generator.add_entry(), hit)
    return Response(generator.atom_str(pretty=True), mimetype="application/atom+xml")


def _describe(search) -> str:
    """Return a feed's title: the query and the filters it follows."""
    parts = [f"“{search.query}”"] if search.query else []
    parts += list(search.committees) + list(search.speakers)
    parts += [str(y) for y in search.years] + list(search.decisions) + list(search.kinds)
    return ", ".join(parts) or "every item"


def _entry(entry, hit: Hit) -> None:
    """Fill one feed entry from a hit."""
    day = hit.date.strftime("%-d %B %Y") if hit.date else "date unknown"
    title = display_title(hit.title, hit.text)
    entry.id(ID_PREFIX + hit.id)
    entry.title(f"{hit.committee}, {day}: {hit.number + '. ' if hit.number else ''}{title}")
    entry.link(href=url_for("minutebook.item_page", item_id=hit.id), rel="alternate")
    when = datetime.combine(hit.date, time(), UTC) if hit.date else engine().published()
    entry.updated(when)
    entry.published(when)
    summary = "\n".join(hit.resolutions) or " ".join(t for t, _ in hit.snippet.parts)
    if summary:
        entry.summary(summary)  # feedgen escapes text; no HTML from documents is passed on
    entry.author({"name": hit.committee or "Minutebook"})


@bp.get("/search.csv")
def search_csv():
    """Every hit of a search as CSV, streamed as it is read."""
    try:
        total, hits = engine().iter_hits(search_request(request.args),
                                         current_app.config["SEARCH_SECONDS"])
    except SearchTimeout as error:
        return error_response(503, "The search took too long", str(error))
    except SearchError as error:
        return error_response(400, "That search could not be read", str(error))
    response = Response(csv_lines(hits), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="minutebook-search.csv"'
    response.headers["X-Total-Count"] = str(total)
    return response
