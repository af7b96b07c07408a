"""The brief and the register: /brief (earlier decisions for an uploaded agenda), /decisions.

The register's CSV and Atom are those of any search (/search.csv and /feed, webui/exports.py)
with its filters as a search's.

An uploaded agenda is held in memory only for the request (at most MAX_UPLOAD_BYTES), its
kind decided by its content, and read in a worker with the indexer's limits; nothing of it is
kept. Item and meeting pages call earlier_for_item() and earlier_for_meeting() from their
_earlier.html partial: a few hits each, within a short deadline, and nothing if it passes.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, current_app, render_template, request
from werkzeug.exceptions import RequestEntityTooLarge

from search.agenda_file import MAX_UPLOAD_BYTES, read_agenda_bytes
from search.brief import Brief, agenda_in_index, brief, related_to_item
from search.engine import Engine
from search.errors import NotFoundError, SearchError, SearchTimeout
from search.models import Hit, Item
from search.register import DecisionFilters, bars, register, timeline

from .app import error_response
from .params import MAX_VALUES_PER_FILTER

bp = Blueprint("brief", __name__)
BRIEF_SECONDS = 20.0  # reading the file in its worker has its own limit besides
PARTIAL_SECONDS = 1.0  # the item and meeting pages' "earlier decisions" may take this long
PARTIAL_LIMIT = 3
KINDS = ("resolved", "carried", "agreed", "lost", "deferred", "noted")


def engine() -> Engine:
    """Return the app's search engine."""
    return current_app.extensions["minutebook"]


@bp.get("/brief")
def brief_form():
    """The upload form; with ?meeting=ID, the brief of a meeting in the index."""
    meeting_id = request.args.get("meeting", "").strip()
    if not meeting_id:
        return render_template("brief.html", result=None, kinds=KINDS)
    try:
        result = brief(engine(), agenda_in_index(engine(), meeting_id), limit=5,
                       seconds=BRIEF_SECONDS)
    except NotFoundError as error:
        return error_response(404, "Not found", str(error))
    except SearchTimeout as error:
        return error_response(503, "The brief took too long", str(error))
    return render_template("brief.html", result=result, name="")


@bp.post("/brief")
def brief_upload():
    """The brief of an uploaded agenda, as one printable page."""
    if (request.content_length or 0) > MAX_UPLOAD_BYTES + 64 * 1024:
        return _too_large()
    request.max_content_length = MAX_UPLOAD_BYTES + 64 * 1024
    try:
        upload = request.files.get("agenda")
    except RequestEntityTooLarge:
        return _too_large()
    if upload is None or not upload.filename:
        return render_template("brief.html", result=None, error="Choose an agenda file."), 400
    data = upload.stream.read(MAX_UPLOAD_BYTES + 1)
    upload.close()
    try:
        result = _brief_of(data, upload.filename)
    except SearchTimeout as error:
        return error_response(503, "The brief took too long", str(error))
    except SearchError as error:
        return render_template("brief.html", result=None, error=str(error)), 400
    return render_template("brief.html", result=result, name=result.agenda.source)


def _brief_of(data: bytes, name: str) -> Brief:
    """Read an uploaded agenda and brief it."""
    agenda = read_agenda_bytes(data, name)
    return brief(engine(), agenda, limit=5, seconds=BRIEF_SECONDS)


def _too_large():
    """Refuse an upload over the limit."""
    return error_response(413, "That file is too large",
                          f"An agenda may be at most {MAX_UPLOAD_BYTES // 2**20} MB.")


@bp.errorhandler(RequestEntityTooLarge)
def _refuse_large(error):
    """Refuse a request body over the limit, wherever it is read."""
    return _too_large()


@bp.app_template_global()
def earlier_for_item(item: Item) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """Return a few earlier and later items on an item's subject (none past the deadline)."""
    try:
        return related_to_item(engine(), item, PARTIAL_LIMIT, PARTIAL_SECONDS)
    except SearchError:
        return (), ()


@bp.app_template_global()
def earlier_for_meeting(meeting_id: str) -> Brief | None:
    """Return the brief of an agenda in the index (None past the deadline)."""
    try:
        return brief(engine(), agenda_in_index(engine(), meeting_id), limit=PARTIAL_LIMIT,
                     seconds=PARTIAL_SECONDS * 2)
    except SearchError:
        return None


def _filters(args) -> DecisionFilters:
    """Read the register's filters from the query string."""
    def values(name: str) -> tuple[str, ...]:
        found = [v.strip() for v in args.getlist(name) if v.strip()]
        if len(found) > MAX_VALUES_PER_FILTER:
            raise SearchError(f"'{name}' is given {len(found):,} times; the limit is "
                              f"{MAX_VALUES_PER_FILTER}")
        return tuple(dict.fromkeys(found))
    years = values("year")
    if not all(y.isdigit() and len(y) == 4 for y in years):
        raise SearchError("'year' must be a year written YYYY")
    return DecisionFilters(args.get("q", "").strip(), values("committee"),
                           tuple(int(y) for y in years), values("kind"))


def _page(args) -> int:
    """Read the page number."""
    text = args.get("page", "1")
    if not text.isdigit() or not 1 <= int(text) <= 100_000:
        raise SearchError("'page' must be a whole number from 1")
    return int(text)


@bp.get("/decisions")
def decisions():
    """The register: every decision, newest first, with filters, pages and a timeline."""
    seconds = current_app.config["SEARCH_SECONDS"]
    try:
        filters = _filters(request.args)
        page = _page(request.args)
        results = register(engine(), filters, page=page, limit=20, seconds=seconds)
    except SearchTimeout as error:
        return error_response(503, "The register took too long", str(error))
    except SearchError as error:
        return error_response(400, "That register could not be read", str(error))
    if page > results.pages:
        return error_response(404, "No such page", f"There is no page {page}.")
    chart = bars(timeline(results.facets.get("year", ()))) if filters.words else []
    return render_template("decisions.html", results=results, filters=filters, chart=chart,
                           kinds=KINDS, args=request.args, page=page,
                           exports="?" + urlencode(_search_params(filters)))


def _search_params(filters: DecisionFilters) -> list[tuple[str, str]]:
    """Return the search parameters of the register, for /search.csv and /feed."""
    pairs = [("q", filters.words)] if filters.words else []
    pairs += [("committee", c) for c in filters.committees]
    pairs += [("year", str(y)) for y in filters.years]
    pairs += [("decision", k) for k in (filters.kinds or ("any",))]
    return [*pairs, ("sort", "newest")]
