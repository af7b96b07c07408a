"""The Minutebook web app: a Flask app factory over one index, opened once and reused."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, render_template

from search.engine import Engine
from search.synonyms import load_synonyms

from . import settings


def create_app(index_dir: Path | None = None, synonyms: Path | None = None) -> Flask:
    """Return the app serving index_dir (default: $MINUTEBOOK_INDEX or .minutebook/index)."""
    app = Flask(__name__)
    index_dir = settings.index_dir(index_dir)
    app.config["INDEX_DIR"] = index_dir
    app.extensions["minutebook"] = Engine(index_dir, load_synonyms(synonyms))

    from .views import bp

    app.register_blueprint(bp)
    app.register_error_handler(404, _not_found)
    app.register_error_handler(500, _server_error)
    return app


def _not_found(error):
    """Render the 404 page."""
    return render_template("error.html", title="Not found", message=getattr(
        error, "description", "There is nothing at this address.")), 404


def _server_error(error):
    """Render a plain error page: never a stack trace."""
    return render_template("error.html", title="Something went wrong",
                           message="Minutebook could not show this page. Please try again."), 500
