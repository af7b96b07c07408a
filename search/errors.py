"""Errors raised by the search package, each with a message a person can act on."""

from __future__ import annotations


class SearchError(Exception):
    """Base class of every error the search package raises on purpose."""


class QueryError(SearchError):
    """A query (or a filter) that cannot be read; the message says what is wrong."""


class NotFoundError(SearchError):
    """An item or meeting id that is not in the index."""


class SearchTimeout(SearchError):
    """A search that could not be answered by its deadline (the server is busy or it is heavy)."""
