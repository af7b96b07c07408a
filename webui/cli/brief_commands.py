"""`minutebook brief` (earlier decisions for an agenda) and `minutebook decisions` (the register).

A library error becomes a one-line message and exit status 1, as for every command.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import click

from search.agenda_file import read_agenda_path
from search.brief import Brief, agenda_in_index, brief
from search.engine import Engine
from search.errors import SearchError
from search.models import MAX_LIMIT, Hit, number_label
from search.register import CSV_COLUMNS, DecisionFilters, csv_row, register

from ..settings import index_dir
from .commands import INDEX_OPTION, _parse_date, fail

STANDING_NOTE = "standing item ({}): no brief"


@click.command("brief")
@click.argument("agenda")
@INDEX_OPTION
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True,
              help="Earlier items per agenda entry.")
@click.option("--since", callback=_parse_date, help="Only meetings on or after YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def brief_command(agenda: str, index_path: Path | None, limit: int, since: date | None,
                  as_json: bool) -> None:
    """Earlier decisions for each entry of AGENDA: a PDF, HTML or text file, or a meeting id."""
    try:
        engine = Engine(index_dir(index_path))
        path = Path(agenda)
        paper = read_agenda_path(path) if path.is_file() else agenda_in_index(engine, agenda)
        result = brief(engine, paper, limit=limit, since=since)
    except SearchError as error:
        fail(str(error))
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print_brief(result)


def print_brief(result: Brief) -> None:
    """Print a brief for a person: each entry, then its earlier items, one block each."""
    agenda = result.agenda
    when = agenda.date.isoformat() if agenda.date else "date unknown"
    click.echo(f"Brief for {agenda.committee or 'the meeting'}, {when}"
               f" ({len(agenda.entries)} entries)")
    for item in result.entries:
        entry = item.entry
        click.echo("")
        click.echo(click.style(f"{entry.number + '. ' if entry.number else ''}{entry.title}",
                               bold=True))
        if item.standing:
            click.echo(f"  {STANDING_NOTE.format(item.standing)}")
        elif not item.earlier:
            click.echo("  nothing earlier on this subject")
        for hit in item.earlier:
            _print_hit(hit)


def _print_hit(hit: Hit) -> None:
    """Print one earlier item: date, committee, number and title, decision, source page."""
    when = hit.date.isoformat() if hit.date else "undated   "
    number = f"{number_label(hit.number)} " if hit.number else ""
    click.echo(f"  {when}  {hit.committee}  {number}{hit.title}")
    if hit.resolutions:
        text = " ".join(" ".join(hit.resolutions).split())
        click.echo(f"    Decision ({hit.decision}): {_cut(text, 300)}")
    page = f" p. {hit.pages[0]}" if hit.pages else ""
    click.echo(f"    {hit.source}{page}  [{hit.id}]")


def _cut(text: str, size: int) -> str:
    """Return text cut at a word to about size characters."""
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0] + " …"


@click.command("decisions")
@click.argument("words", nargs=-1)
@INDEX_OPTION
@click.option("--committee", multiple=True, help="Only this committee (repeat for several).")
@click.option("--year", multiple=True, type=int, help="Only decisions of this year.")
@click.option("--kind", multiple=True, help="Only this kind: resolved, carried, agreed, lost, "
                                            "deferred or noted.")
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=20, show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV (every matching decision).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def decisions_command(words: tuple[str, ...], index_path: Path | None,
                      committee: tuple[str, ...], year: tuple[int, ...], kind: tuple[str, ...],
                      limit: int, page: int, as_csv: bool, as_json: bool) -> None:
    """The register of decisions, newest first, filtered by committee, year, kind and words."""
    filters = DecisionFilters(" ".join(words), committee, year, kind)
    try:
        engine = Engine(index_dir(index_path))
        if as_csv:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            for hit in register(engine, filters, everything=True).hits:
                writer.writerow(csv_row(hit))
            return
        results = register(engine, filters, page=page, limit=limit)
    except SearchError as error:
        fail(str(error))
    if page > results.pages:
        fail(f"there is no page {page}: the register has {results.pages} page(s) here")
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
        return
    click.echo(f"{results.total} decisions (page {page} of {results.pages})")
    for hit in results.hits:
        click.echo("")
        _print_hit(hit)
