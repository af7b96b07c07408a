"""Metadata the archive gives beside the text: path conventions and NAME.meta.json sidecars."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..errors import ExtractionError
from ..records import SourceMeta

PATH_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
SIDECAR_KEYS = frozenset(("committee", "date", "title", "url"))
URL_SCHEMES = frozenset(("http", "https"))


def path_meta(rel: str) -> SourceMeta:
    """Read a date from the file name and a committee from the folder it sits in."""
    path = PurePosixPath(rel)
    found = PATH_DATE.search(path.name)
    day = _valid_date(*map(int, found.groups())) if found else None
    committee = slug_to_name(path.parent.name) if path.parent.name else ""
    return SourceMeta(
        committee=committee,
        date=day,
        committee_from="folder" if committee else "",
        date_from="file name" if day else "",
    )


def sidecar_meta(path: Path) -> dict[str, str]:
    """Return the NAME.meta.json beside path, if any, as a dict of known keys."""
    return read_sidecar(path)[0]


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """Return where a sidecar of path may be: NAME.meta.json, then NAME.EXT.meta.json."""
    return path.with_suffix(".meta.json"), path.with_name(path.name + ".meta.json")


def read_sidecar(path: Path, within: Path | None = None
                 ) -> tuple[dict[str, str], tuple[str, ...]]:
    """Return the sidecar beside path as a dict of known keys, and what was refused in it.

    A `url` that is not an http(s) address (`javascript:…`, `data:…`) is dropped with a
    warning, and so is a sidecar that is a link leading outside the folder within.
    """
    for candidate in sidecar_paths(path):
        if not candidate.is_file():
            continue
        if within is not None and not candidate.resolve().is_relative_to(within.resolve()):
            return {}, (f"sidecar {candidate.name} refused: it is a link leading outside the "
                        f"folders being indexed (to {candidate.resolve()})",)
        values = _read_sidecar(candidate)
        url = values.pop("url", "")
        if url and not web_url(url):
            return values, (f"sidecar {candidate.name}: url refused, only http(s) addresses "
                            f"are kept (it was {_shorten(url)!r})",)
        return {**values, "url": url.strip()} if url else values, ()
    return {}, ()


def web_url(text: str) -> bool:
    """Return True for an absolute http(s) URL with a host and no spaces or control characters."""
    url = text.strip()
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in URL_SCHEMES and bool(parts.hostname)


def _shorten(text: str, limit: int = 40) -> str:
    """Return text cut to limit characters for a message."""
    return text if len(text) <= limit else text[:limit] + "…"


def merge_meta(base: SourceMeta, sidecar: dict[str, str]) -> SourceMeta:
    """Let a sidecar's values override those from the path."""
    day = base.date
    if sidecar.get("date"):
        day = parse_iso_date(sidecar["date"])
    return SourceMeta(
        committee=sidecar.get("committee") or base.committee,
        date=day,
        title=sidecar.get("title", ""),
        url=sidecar.get("url", ""),
        committee_from="sidecar" if sidecar.get("committee") else base.committee_from,
        date_from="sidecar" if sidecar.get("date") else base.date_from,
    )


def slug_to_name(slug: str) -> str:
    """Turn a folder slug such as 'pengarth-community-safety-partnership' into a display name."""
    words = [w for w in re.split(r"[-_\s]+", slug) if w]
    return " ".join(
        w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def parse_iso_date(text: str) -> date:
    """Parse YYYY-MM-DD, raising ValueError with the bad value named."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"bad date {text!r}: expected YYYY-MM-DD") from None


def _valid_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None for an impossible one such as 2021-02-30."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _read_sidecar(path: Path) -> dict[str, str]:
    """Read and check a sidecar file; a broken one is reported, not guessed at."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        values = {k: str(v) for k, v in data.items() if k in SIDECAR_KEYS and v}
        if "date" in values:
            parse_iso_date(values["date"])
    except (OSError, ValueError) as error:
        raise ExtractionError(f"bad sidecar {path.name}: {error}", cause=type(error).__name__) \
            from None
    return values
