"""`minutebook serve`: the web UI with waitress.

A module of its own, so that starting the server imports the web app and the search, not the
indexer's readers (PDF, HTML, OCR), parser and worker pool that `minutebook index` needs.
"""

from __future__ import annotations

from pathlib import Path

import click

from search.errors import SearchError

from ..settings import SERVE_THREADS, index_dir, serve_options, synonyms_path
from .options import INDEX_OPTION, fail


@click.command()
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=SERVE_THREADS, show_default=True,
              help="Requests worked on at once.")
@click.option("--synonyms", type=click.Path(exists=True, path_type=Path))
def serve(index_path: Path | None, host: str, port: int, threads: int,
          synonyms: Path | None) -> None:
    """Serve the web UI with waitress."""
    from waitress import serve as waitress_serve

    from ..app import create_app

    try:
        app = create_app(index_dir(index_path), synonyms_path(synonyms))
    except SearchError as error:
        fail(str(error))
    click.echo(f"Minutebook is serving {index_dir(index_path)} at http://{host}:{port}/")
    waitress_serve(app, host=host, port=port, **serve_options(threads))
