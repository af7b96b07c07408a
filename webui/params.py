"""Query-string parameters: read them into a SearchRequest, and build facet-toggle URLs."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from search.errors import QueryError
from search.models import MAX_LIMIT, SORTS, SearchRequest

KEPT_PARAMS = ("q", "committee", "speaker", "year", "decision", "kind", "from", "to", "sort",
               "limit")
REPEATABLE = ("committee", "speaker", "year", "decision", "kind")
SEARCH_PARAMS = ("q", *REPEATABLE, "from", "to", "sort")  # what makes a search, less its page
UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# Every facet and chip link repeats every parameter: 6,000 years made a 1 GB page.
MAX_VALUES_PER_FILTER = 20


def search_request(args: MultiDict) -> SearchRequest:
    """Read a SearchRequest from query-string parameters; QueryError names a bad value."""
    return SearchRequest(
        query=args.get("q", ""),
        committees=_values(args, "committee"),
        speakers=_values(args, "speaker"),
        years=tuple(_number(v, "year") for v in _values(args, "year")),
        decisions=_values(args, "decision"),
        kinds=_values(args, "kind"),
        date_from=_date(args.get("from"), "from"),
        date_to=_date(args.get("to"), "to"),
        sort=_choice(args.get("sort") or "relevance", "sort", SORTS),
        page=_number(args.get("page") or "1", "page", low=1),
        limit=_number(args.get("limit") or "10", "limit", low=1, high=MAX_LIMIT),
    )


def _values(args: MultiDict, name: str) -> tuple[str, ...]:
    """Return the non-empty values of a repeatable parameter, without repeats."""
    values = args.getlist(name)
    if len(values) > MAX_VALUES_PER_FILTER:
        raise QueryError(f"'{name}' is given {len(values):,} times; the limit is "
                         f"{MAX_VALUES_PER_FILTER}")
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def _number(text: str, name: str, low: int = 0, high: int | None = None) -> int:
    """Read a whole number parameter within bounds."""
    try:
        value = int(text)
    except ValueError:
        raise QueryError(f"'{name}' must be a whole number, not {text!r}") from None
    if value < low or (high is not None and value > high):
        raise QueryError(f"'{name}' must be between {low} and {high}" if high else
                         f"'{name}' must be at least {low}")
    return value


def _date(text: str | None, name: str) -> date | None:
    """Read a date parameter written YYYY-MM-DD or, as in the UK, DD/MM/YYYY."""
    if not text or not text.strip():
        return None
    text = text.strip()
    uk = UK_DATE.fullmatch(text)
    try:
        if uk:
            return date(int(uk.group(3)), int(uk.group(2)), int(uk.group(1)))
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"'{name}' must be a date written DD/MM/YYYY or YYYY-MM-DD, "
                         f"not {text!r}") from None


def search_params(args: MultiDict) -> list[tuple[str, str]]:
    """Return the parameters that make the search (no page or limit), for feeds and CSV."""
    return [(k, v) for k, v in _kept(args) if k in SEARCH_PARAMS]


def _choice(text: str, name: str, choices: tuple[str, ...]) -> str:
    """Read a parameter that takes one of a few values."""
    if text not in choices:
        raise QueryError(f"'{name}' must be one of {', '.join(choices)}, not {text!r}")
    return text


def url_with(args: MultiDict, **changes: str | None) -> str:
    """Return '?…' for the current parameters with some replaced (None removes them)."""
    pairs = [(k, v) for k, v in _kept(args) if k not in changes]
    pairs += [(k, v) for k, v in changes.items() if v is not None]
    return "?" + urlencode(pairs)


def toggle_url(args: MultiDict, param: str, value: str) -> str:
    """Return the URL that adds a facet value to the search, or removes it if selected."""
    pairs = _kept(args)
    if (param, value) in pairs:
        pairs.remove((param, value))
    else:
        pairs.append((param, value))
    return "?" + urlencode(pairs)


def _kept(args: MultiDict) -> list[tuple[str, str]]:
    """Return the parameters a link keeps: each value of a filter, the first of the others."""
    return [(k, v) for k in KEPT_PARAMS
            for v in (args.getlist(k) if k in REPEATABLE else args.getlist(k)[:1])]
