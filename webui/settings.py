"""Where the index and the abbreviations file are, for the web app and the CLI alike.

The environment is read here only: --index DIR, else $MINUTEBOOK_INDEX, else .minutebook/index
under the current folder; --synonyms FILE, else $MINUTEBOOK_SYNONYMS, else the built-in list.
"""

from __future__ import annotations

import os
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
