"""Progress of an indexing run: a bar on a terminal, log lines otherwise, or nothing."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

from indexer.build.workers import FileResult

LOG_EVERY = 5.0


class Progress:
    """Reports files as they are read; pick the form with Progress.for_stream()."""

    def start(self, total: int) -> None:
        """Say how many files will be read."""

    def advance(self, result: FileResult) -> None:
        """Record one file read."""

    def close(self) -> None:
        """Finish the display."""

    @staticmethod
    def for_stream(stream: TextIO, quiet: bool) -> Progress:
        """Return a bar for a terminal, log lines for a file or pipe, or nothing when quiet."""
        if quiet:
            return Progress()
        if stream.isatty():
            return BarProgress(stream)
        return LogProgress(stream)


class BarProgress(Progress):
    """A tqdm bar: files done, items written, rate and time left."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: tqdm | None = None
        self.items = 0

    def start(self, total: int) -> None:
        """Open the bar."""
        self.bar = tqdm(total=total, unit="file", file=self.stream, dynamic_ncols=True)

    def advance(self, result: FileResult) -> None:
        """Move the bar on by one file."""
        self.items += sum(len(m.items) for m in result.meetings)
        if self.bar:
            self.bar.set_postfix(items=self.items, refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        """Close the bar."""
        if self.bar:
            self.bar.close()


class LogProgress(Progress):
    """Plain lines for logs: a line every few seconds and at the end."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.total = 0
        self.done = 0
        self.items = 0
        self.started = time.monotonic()
        self.logged = self.started

    def start(self, total: int) -> None:
        """Log how many files will be read."""
        self.total = total
        print(f"reading {total} new or changed files", file=self.stream, flush=True)

    def advance(self, result: FileResult) -> None:
        """Log progress now and then."""
        self.done += 1
        self.items += sum(len(m.items) for m in result.meetings)
        now = time.monotonic()
        if now - self.logged >= LOG_EVERY:
            self.logged = now
            rate = self.done / max(now - self.started, 1e-9)
            left = (self.total - self.done) / rate if rate else 0
            print(f"{self.done}/{self.total} files, {self.items} items, {rate:.1f} files/s, "
                  f"about {left:.0f} s left", file=self.stream, flush=True)
