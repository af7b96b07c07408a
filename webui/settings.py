"""Where the index and the abbreviations file are, for the web app and the CLI alike.

The environment is read here only: --index DIR, else $MINUTEBOOK_INDEX, else .minutebook/index
under the current folder; --synonyms FILE, else $MINUTEBOOK_SYNONYMS, else the built-in list.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

DEFAULT_INDEX = Path(".minutebook") / "index"
SEARCH_SECONDS = 5.0  # a search not answered by then gets a 503 with a message


def index_dir(option: Path | None = None) -> Path:
    """Return the index folder: the option, else $MINUTEBOOK_INDEX, else .minutebook/index."""
    return option or Path(os.environ.get("MINUTEBOOK_INDEX") or DEFAULT_INDEX)


def synonyms_path(option: Path | None = None) -> Path | None:
    """Return the synonyms file: the option, else $MINUTEBOOK_SYNONYMS, else None (built-in)."""
    env = os.environ.get("MINUTEBOOK_SYNONYMS")
    return option or (Path(env) if env else None)


# How `minutebook serve` runs waitress; the README's "Serving" section gives the reasons.
SERVE_THREADS = 8  # requests worked on at once; each search ends by SEARCH_SECONDS
CONNECTION_LIMIT = 1000  # open connections: an idle one costs a socket, never a thread
CHANNEL_TIMEOUT = 15  # seconds a connection may sit idle, or stall mid-request, before closing
CLEANUP_INTERVAL = 5  # seconds between sweeps for such connections
BACKLOG = 1024  # connections the kernel queues while waitress is busy accepting
MAX_HEADER_BYTES = 16 * 1024  # a request line and headers; a search's URL is under 4 KB
MAX_BODY_BYTES = 21 * 1024 * 1024  # /brief takes an agenda of up to 20 MB; nothing else a body
SPARE_FILES = 64  # file descriptors kept for the index, logs and the listening socket


def serve_options(threads: int = SERVE_THREADS) -> dict[str, object]:
    """Return waitress's settings for `minutebook serve` (and the tests that mimic it)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = CONNECTION_LIMIT if soft == resource.RLIM_INFINITY else \
        max(1, min(CONNECTION_LIMIT, soft - SPARE_FILES))
    return {
        "threads": threads, "connection_limit": limit, "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": CLEANUP_INTERVAL, "backlog": BACKLOG,
        # select() cannot watch a socket numbered above 1024; poll() has no such limit.
        "asyncore_use_poll": True,
        "max_request_header_size": MAX_HEADER_BYTES, "max_request_body_size": MAX_BODY_BYTES,
        "ident": "minutebook",
    }
