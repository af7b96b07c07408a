"""Errors raised by the indexer; each carries a reason a person understands."""

from __future__ import annotations


class IndexerError(Exception):
    """Base class of every error the indexer raises on purpose."""


class ExtractionError(IndexerError):
    """A file whose text cannot be read; `reason` says why in plain words."""

    def __init__(self, reason: str, *, cause: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause or type(self).__name__


class IndexLockedError(IndexerError):
    """Another process holds the index's write lock."""


class IndexMissingError(IndexerError):
    """There is no index where one was expected."""


class IndexOutdatedError(IndexerError):
    """An index written in another format (schema version): it must be rebuilt."""


class DiskFullError(IndexerError):
    """The disk filled up while writing the index; the run was undone."""


class ClusterError(IndexerError):
    """The Dask cluster a run reads on cannot be reached, or was lost during the run."""
