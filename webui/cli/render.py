"""How the command line prints for a person: run reports, search results, index status."""

from __future__ import annotations

import sys

import click

from indexer.build.lock import LockHolder
from indexer.build.pipeline import RunReport
from indexer.build.status import IndexStatus
from search.models import SearchResults, Snippet, number_label


def print_report(report: RunReport, quiet: bool) -> None:
    """Print failures to stderr and the summary line to stdout."""
    for failure in report.failed:
        note = " (unchanged since it last failed)" if failure.unchanged else ""
        click.echo(f"minutebook: could not read {failure.source}: {failure.reason}{note}",
                   err=True)
    if not quiet:
        doubtful = dict(report.doubtful)
        for source, reasons in report.doubtful:
            click.echo(f"minutebook: check {source}: {'; '.join(reasons)}", err=True)
        for source, warning in report.warnings:
            if warning not in doubtful.get(source, ()):
                click.echo(f"minutebook: warning: {source}: {warning}", err=True)
    moved = f", {report.moved} moved" if report.moved else ""
    click.echo(f"{report.seen} files seen: {report.indexed} indexed, {report.unchanged} "
               f"unchanged, {report.removed} removed{moved}, {len(report.skipped)} skipped, "
               f"{len(report.failed)} failed; {report.items} items written "
               f"in {report.elapsed:.1f} s" + (" (full rebuild)" if report.full else ""))


def _plain(snippet: Snippet, bold: bool) -> str:
    """Turn a snippet into terminal text: marked words bold on a terminal, else [bracketed]."""
    text = "".join((click.style(t, bold=True) if bold else f"[{t}]") if marked else t
                   for t, marked in snippet.parts)
    return " ".join(text.split())


def print_results(results: SearchResults) -> None:
    """Print results for a person: date, committee, number and title, decision, snippet."""
    bold = sys.stdout.isatty()
    request = results.request
    if results.corrected:
        click.echo(f"Showing results for {results.corrected!r}: {request.query!r} respelt "
                   "from the archive's own words.")
    if results.relaxed:
        click.echo("No item has all of those words; showing items with any of them.")
    if results.filled:
        click.echo("Few items have those words; items with fewer of them follow.")
    plural = "item" if results.total == 1 else "items"
    click.echo(f"{results.total} {plural} (page {request.page} of {results.pages})\n")
    for hit in results.hits:
        day = hit.date.isoformat() if hit.date else "date unknown"
        number = f"{number_label(hit.number)} " if hit.number else ""
        click.echo(click.style(f"{day}  {hit.committee}  {number}{hit.title or '(untitled)'}",
                               bold=bold))
        if hit.resolutions:
            click.echo(f"  Decision ({hit.decision}): {_shorten(hit.resolutions[0])}")
        click.echo(f"  {_plain(hit.snippet, bold)}")
        pages = f" p. {hit.pages[0]}" if hit.pages else ""
        click.echo(f"  {hit.source}{pages}  [{hit.id}]")
        for line in hit.why.lines() if hit.why else ():
            click.echo(f"  why: {line}")
        click.echo()
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")


def _shorten(text: str, limit: int = 200) -> str:
    """Return text on one line, cut at a word boundary."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def print_status(info: IndexStatus) -> None:
    """Print what the index holds and how its last run went, for a person."""
    click.echo(f"index:      {info.path} ({info.generation})")
    click.echo(f"files:      {info.files} ({info.files_failed} could not be read)")
    click.echo(f"items:      {info.items} in {info.meetings} meetings")
    click.echo(f"dates:      {info.first_date} to {info.last_date}" if info.first_date
               else "dates:      unknown (no item has a date)")
    click.echo(f"committees: {len(info.committees)}")
    for name in info.committees:
        click.echo(f"            {name}")
    if info.last_run:
        run = info.last_run
        click.echo(f"last run:   {run['started']}, {run['indexed']} indexed, {run['unchanged']} "
                   f"unchanged, {run['removed']} removed, {len(run['failed'])} failed, "
                   f"{run['elapsed']:.1f} s")
    for failure in info.failures:
        click.echo(f"failed:     {failure['source']}: {failure['reason']}")
    if info.doubtful:
        plural = "s" if len(info.doubtful) > 1 else ""
        click.echo(f"to check:   {len(info.doubtful)} document{plural} read doubtfully")
        for entry in info.doubtful:
            click.echo(f"            {entry['source']}: {'; '.join(entry['reasons'])}")
    holder = LockHolder(**info.lock).describe() if info.lock else ""
    click.echo(f"write lock: held by {holder}" if holder else "write lock: free")
