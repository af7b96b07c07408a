"""The pages: search (with the landing page), item, meeting, source file and the JSON API."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    render_template,
    request,
    send_file,
    url_for,
)

from search.engine import Engine
from search.errors import NotFoundError, SearchError, SearchTimeout
from search.models import SearchResults, display_title, number_label
from search.snippets import highlight_all

from .app import error_response
from .params import search_params, search_request, toggle_url, url_with

bp = Blueprint("minutebook", __name__)
bp.add_app_template_global(url_with, "url_with")
bp.add_app_template_global(toggle_url, "toggle_url")
FACET_LABELS = {"committee": "Committee", "year": "Year", "speaker": "Speaker",
                "decision": "Decision", "kind": "Kind"}
LONG_FACET = 10  # a facet with more values than this gets a filter box
# An archived page runs nothing and loads nothing from elsewhere; it may keep its own styles.
SOURCE_HTML_POLICY = ("sandbox; default-src 'none'; img-src 'self' data:; "
                      "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
LINK_SCHEMES = ("http", "https")


def engine() -> Engine:
    """Return the app's search engine."""
    return current_app.extensions["minutebook"]


def _search(args) -> SearchResults:
    """Run the search the parameters ask for, within the app's deadline."""
    return engine().search(search_request(args), current_app.config["SEARCH_SECONDS"])


def _past_the_end(results: SearchResults) -> str:
    """Return why the requested page does not exist, or '' if it does."""
    page, pages = results.request.page, results.pages
    if page <= pages:
        return ""
    return f"there is no page {page}: this search has {pages} page{'s' if pages > 1 else ''}"


@bp.app_template_filter("http_url")
def http_url(url: str | None) -> str:
    """Return url if it is an http(s) address to link to, else '' (never javascript: or data:)."""
    url = (url or "").strip()
    parts = urlsplit(url)
    ok = parts.scheme.lower() in LINK_SCHEMES and parts.netloc and url.isprintable()
    return url if ok else ""


bp.add_app_template_filter(number_label, "number_label")


@bp.app_template_filter("item_title")
def item_title(item) -> str:
    """Return an item's title, or an untitled item's first words."""
    return display_title(item.title, item.text)


@bp.app_template_global()
def person_url(name: str, committee: str = "") -> str:
    """Return the page of the person a name on an item stands for ('' for a role)."""
    ids = engine().person_ids()
    person = ids.get((committee, name)) or ids.get(("", name))
    return url_for("minutebook.person_page", person_id=person) if person else ""


def searched(args) -> str:
    """Return the query string of the search a page was reached from ('' if none)."""
    pairs = search_params(args)
    if args.get("page"):
        pairs.append(("page", args["page"]))
    return urlencode(pairs)


@bp.get("/")
def search_page():
    """Search results with facets, or the landing page when nothing is asked."""
    args = request.args
    context = {"args": args, "url_with": url_with, "toggle_url": toggle_url,
               "facet_labels": FACET_LABELS, "error": "", "long_facet": LONG_FACET,
               "search_qs": urlencode(search_params(args)), "searched": searched(args)}
    try:
        search = search_request(args)
        if not search.query and not search.filtered:
            return render_template("landing.html", overview=engine().overview(), **context)
        results = _search(args)
    except SearchTimeout as error:
        return error_response(503, "The search took too long", str(error))
    except SearchError as error:
        context["error"] = str(error)
        return render_template("search.html", results=None, **context), 400
    missing = _past_the_end(results)
    if missing:
        return error_response(404, "No such page", missing.capitalize() + ".")
    return render_template("search.html", results=results, **context)


CHIP_LABELS = {"committee": "Committee", "speaker": "Speaker", "year": "Year",
               "decision": "Decision", "kind": "Kind"}


@bp.app_template_global()
def filter_chips(args) -> list[tuple[str, str, str]]:
    """Return (label, value, param) for each selected filter, for removable chips."""
    return [(label, value, param) for param, label in CHIP_LABELS.items()
            for value in dict.fromkeys(v.strip() for v in args.getlist(param)[:20] if v.strip())]


@bp.get("/api/search")
def api_search():
    """The same JSON object as `minutebook search --json`; errors as JSON with a 4xx."""
    try:
        results = _search(request.args)
    except SearchTimeout as error:
        return jsonify({"error": str(error)}), 503
    except SearchError as error:
        return jsonify({"error": str(error)}), 400
    missing = _past_the_end(results)
    if missing:
        return jsonify({"error": missing}), 404
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
    decisions = [highlight_all(text, terms) for text in page.item.resolutions]
    return render_template("item.html", page=page, item=page.item, paragraphs=paragraphs,
                           decisions=decisions, query=query, searched=searched(request.args),
                           citation=citation(page.item),
                           permalink=url_for("minutebook.item_page", item_id=page.item.id,
                                             _external=True))


def citation(item) -> str:
    """Return how to cite an item: body, date, minute number, page of the source."""
    parts = [item.committee or "Committee unknown",
             item.date.strftime("%-d %B %Y") if item.date else "date unknown"]
    if item.number:
        parts.append(f"{'minute' if item.kind == 'minutes' else 'item'} {item.number}")
    if item.pages:
        parts.append(f"page {item.pages[0]} of {_paper(item.source)}")
    else:
        parts.append(_paper(item.source))
    return ", ".join(parts)


def _paper(source: str) -> str:
    """Return what a source file is called in a citation ('the agenda pack')."""
    name = source.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    for words, paper in (("pack", "the agenda pack"), ("agenda", "the agenda"),
                         ("minutes", "the minutes")):
        if words in name:
            return paper
    return source.rsplit("/", 1)[-1]


@bp.get("/meeting/<meeting_id>")
def meeting_page(meeting_id: str):
    """A meeting: heading, attendance and its items in order."""
    try:
        meeting = engine().meeting(meeting_id)
    except NotFoundError as error:
        abort(404, description=str(error))
    return render_template("meeting.html", meeting=meeting, searched=searched(request.args))


@bp.get("/source/<path:source>")
def source_file(source: str):
    """The original document, served only from inside the indexed archive."""
    try:
        path = engine().source_file(source)
    except NotFoundError as error:
        abort(404, description=str(error))
    response = send_file(path, conditional=True)
    if response.mimetype not in ("application/pdf", "text/plain"):
        # Archived HTML (or anything else a browser might run) is shown sandboxed: its
        # scripts cannot run, nor reach this site's pages as the same origin.
        response.headers["Content-Security-Policy"] = SOURCE_HTML_POLICY
    return response


from . import archive_views, exports  # noqa: E402, F401  (their routes join this blueprint)
