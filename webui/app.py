"""The Minutebook web app: a Flask app factory over one index, opened once and reused.

Every response carries headers that keep a page's content in its place: a strict Content
Security Policy (only this site's own files, no inline script, never framed), nosniff and a
same-origin Referrer-Policy. Redirects are relative, so the Host header never writes a link.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Response, jsonify, render_template, request

from search.engine import Engine
from search.synonyms import load_synonyms

from . import settings

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; object-src 'none'; "
                           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}
MAX_QUERY_STRING = 4096  # bytes; a search needs far less (the query itself is at most 1,000)


def create_app(index_dir: Path | None = None, synonyms: Path | None = None) -> Flask:
    """Return the app serving index_dir (default: $MINUTEBOOK_INDEX or .minutebook/index)."""
    app = Flask(__name__)
    index_dir = settings.index_dir(index_dir)
    app.config["INDEX_DIR"] = index_dir
    app.config["SEARCH_SECONDS"] = settings.SEARCH_SECONDS
    app.extensions["minutebook"] = Engine(index_dir, load_synonyms(synonyms))

    from .views import bp

    app.register_blueprint(bp)
    from .brief_views import bp as brief_bp

    app.register_blueprint(brief_bp)
    app.register_error_handler(404, _not_found)
    app.register_error_handler(500, _server_error)
    app.before_request(_refuse_long_query_strings)
    app.after_request(_secure)
    return app


def error_response(status: int, title: str, message: str) -> tuple[Response | str, int]:
    """Return a one-line error: JSON under /api/, else the error page."""
    if request.path.startswith("/api/"):
        return jsonify({"error": message}), status
    return render_template("error.html", title=title, message=message), status


def _refuse_long_query_strings():
    """Answer 400 to a query string longer than any search needs."""
    if len(request.query_string) > MAX_QUERY_STRING:
        return error_response(400, "That search could not be read",
                              f"the address is {len(request.query_string):,} bytes long; "
                              f"the limit is {MAX_QUERY_STRING:,}")
    return None


def _secure(response: Response) -> Response:
    """Add the security headers, and make a redirect to this site relative."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    location = response.headers.get("Location")
    if location:
        parts = urlsplit(location)
        if parts.netloc:  # werkzeug's slash-merging redirects name the request's Host
            path = "/" + parts.path.lstrip("/")  # never '//host', which leaves the site
            response.headers["Location"] = path + (f"?{parts.query}" if parts.query else "")
    return response


def _not_found(error):
    """Render the 404 page."""
    return render_template("error.html", title="Not found", message=getattr(
        error, "description", "There is nothing at this address.")), 404


def _server_error(error):
    """Render a plain error page: never a stack trace."""
    return render_template("error.html", title="Something went wrong",
                           message="Minutebook could not show this page. Please try again."), 500
