"""The pages: search (with the landing page), item, meeting, source file and the JSON API."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, render_template, request, send_file

from search.engine import Engine
from search.errors import NotFoundError, SearchError
from search.models import SearchResults
from search.snippets import highlight_all

from .params import search_request, toggle_url, url_with

bp = Blueprint("minutebook", __name__)
FACET_LABELS = {"committee": "Committee", "year": "Year", "speaker": "Speaker",
                "decision": "Decision"}


def engine() -> Engine:
    """Return the app's search engine."""
    return current_app.extensions["minutebook"]


@bp.get("/")
def search_page():
    """Search results with facets, or the landing page when nothing is asked."""
    args = request.args
    context = {"args": args, "url_with": url_with, "toggle_url": toggle_url,
               "facet_labels": FACET_LABELS, "error": ""}
    try:
        search = search_request(args)
        if not search.query and not search.filtered:
            return render_template("landing.html", overview=engine().overview(), **context)
        results = engine().search(search)
    except SearchError as error:
        context["error"] = str(error)
        return render_template("search.html", results=None, **context), 400
    return render_template("search.html", results=results, chips=_chips(results), **context)


def _chips(results: SearchResults) -> list[tuple[str, str, str]]:
    """Return (label, value, param) for each selected filter, for removable chips."""
    req = results.request
    chips = [("Committee", v, "committee") for v in req.committees]
    chips += [("Speaker", v, "speaker") for v in req.speakers]
    chips += [("Year", str(v), "year") for v in req.years]
    chips += [("Decision", v, "decision") for v in req.decisions]
    return chips


@bp.get("/api/search")
def api_search():
    """The same JSON object as `minutebook search --json`; errors as JSON with a 4xx."""
    try:
        results = engine().search(search_request(request.args))
    except SearchError as error:
        return jsonify({"error": str(error)}), 400
    return jsonify(results.to_json())


@bp.get("/item/<item_id>")
def item_page(item_id: str):
    """One item in full, the query's words marked, with its meeting and neighbours."""
    try:
        page = engine().item(item_id)
    except NotFoundError as error:
        abort(404, description=str(error))
    query = request.args.get("q", "")
    terms = engine().highlight_terms(query) if query else frozenset()
    paragraphs = highlight_all(page.item.text, terms).paragraphs()
    return render_template("item.html", page=page, item=page.item, paragraphs=paragraphs,
                           query=query)


@bp.get("/meeting/<meeting_id>")
def meeting_page(meeting_id: str):
    """A meeting: heading, attendance and its items in order."""
    try:
        meeting = engine().meeting(meeting_id)
    except NotFoundError as error:
        abort(404, description=str(error))
    return render_template("meeting.html", meeting=meeting)


@bp.get("/source/<path:source>")
def source_file(source: str):
    """The original document, served only from inside the indexed archive."""
    try:
        path = engine().source_file(source)
    except NotFoundError as error:
        abort(404, description=str(error))
    return send_file(path, conditional=True)
