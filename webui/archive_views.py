"""Pages beside the search: people, one person, every value of a facet, about this archive."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlencode

from flask import abort, current_app, render_template, request

from indexer.build.status import index_status
from indexer.errors import IndexerError
from search.errors import NotFoundError, SearchError, SearchTimeout
from search.models import FACETS

from .app import error_response
from .params import search_request, toggle_url, url_with
from .views import FACET_LABELS, bp, engine

MAX_NAME_FILTER = 100


@bp.get("/people")
def people_page():
    """Everyone who spoke, by surname, with a search by name."""
    name = request.args.get("name", "").strip()[:MAX_NAME_FILTER]
    people = engine().people()
    if name:
        wanted = name.casefold()
        people = tuple(p for p in people if any(wanted in n.casefold() for n in p.names))
    return render_template("people.html", people=people, name=name, args=request.args)


@bp.get("/person/<person_id>")
def person_page(person_id: str):
    """One person: their roles, committees, years and items newest first with decisions."""
    try:
        page = engine().person(person_id)
    except NotFoundError as error:
        abort(404, description=str(error))
    person = page.person
    search_qs = urlencode([("committee", person.committee), *(("speaker", n) for n in
                                                              person.names), ("sort", "newest")])
    return render_template("person.html", page=page, person=person, search_qs=search_qs,
                           args=request.args)


@bp.get("/facet/<facet>")
def facet_page(facet: str):
    """Every value of one facet for the current search, with a filter box (no script needed)."""
    if facet not in FACETS:
        abort(404, description=f"there is no facet {facet!r}")
    try:
        search = replace(search_request(request.args), all_values=facet, limit=1,
                         snippets=False)
        results = engine().search(search, current_app.config["SEARCH_SECONDS"])
    except SearchTimeout as error:
        return error_response(503, "The search took too long", str(error))
    except SearchError as error:
        return error_response(400, "That search could not be read", str(error))
    contains = request.args.get("contains", "").strip()[:MAX_NAME_FILTER]
    values = [v for v in results.facets.get(facet, ())
              if contains.casefold() in v.value.casefold()]
    return render_template("facet.html", facet=facet, label=FACET_LABELS[facet], values=values,
                           contains=contains, results=results, args=request.args,
                           toggle_url=toggle_url, url_with=url_with)


@bp.get("/about")
def about_page():
    """About this archive: committees, documents, the last reindex, what could not be read."""
    try:
        status = index_status(current_app.config["INDEX_DIR"])
    except IndexerError as error:
        return error_response(503, "The archive cannot be read", str(error))
    published = engine().published()
    return render_template("about.html", status=status, committees=engine().committees(),
                           published=published, ago=_ago(datetime.now(UTC) - published),
                           args=request.args)


def _ago(elapsed) -> str:
    """Return a time span as people say it ('3 days ago')."""
    seconds = max(0, int(elapsed.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"
