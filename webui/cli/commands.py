"""The commands of `minutebook`: each reads its options, calls the library, prints or exits.

A library error becomes a one-line message and a non-zero exit (see cli/__init__.py).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from indexer.build.children import Stopped, end_children, stop_signals_raise
from indexer.build.pipeline import ClusterOptions, IndexOptions, run_index
from indexer.build.status import index_status
from indexer.build.workers import Limits
from indexer.errors import IndexerError, IndexLockedError
from indexer.read.ocr import tesseract_version
from indexer.read.pdf import DEFAULT_PDF_READER, PDF_READERS
from indexer.read.scanned import OCR_MODES, OcrOptions
from search.engine import Engine
from search.errors import SearchError
from search.models import MAX_LIMIT, SORTS, SearchRequest
from search.synonyms import load_synonyms

from ..csvfile import csv_lines
from ..settings import index_dir, synonyms_path
from .options import INDEX_OPTION, fail
from .progress import Progress
from .render import print_report, print_results, print_status

EXIT_FAILED_FILES = 3
EXIT_LOCKED = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


@click.command()
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@INDEX_OPTION
@click.option("--full", is_flag=True, help="Rebuild from scratch instead of updating.")
@click.option("--workers", type=click.IntRange(1, 256), default=os.cpu_count() or 1,
              show_default="number of cores", help="Processes that read files.")
@click.option("--timeout", type=click.FloatRange(1), default=120.0, show_default=True,
              help="Seconds one file may take before it is given up.")
@click.option("--wait", type=click.FloatRange(0), default=60.0, show_default=True,
              help="Seconds to wait for another indexer to finish.")
@click.option("--report", "report_path", type=click.Path(path_type=Path),
              help="Write every failure (path, reason, exception class) to this JSON file.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--ocr", type=click.Choice(OCR_MODES), default="auto", show_default=True,
              help="Read scanned pages with Tesseract: auto (scans and undecodable text), "
                   "never, or force (every page of every PDF).")
@click.option("--pdf-reader", type=click.Choice(PDF_READERS), default=DEFAULT_PDF_READER,
              show_default=True,
              help="Read PDF text with PDFium (fast; pdfminer.six for pages it is in doubt "
                   "about) or pdfminer.six (every page).")
@click.option("--cluster", envvar="MINUTEBOOK_CLUSTER", metavar="ADDRESS",
              help="Read on the Dask cluster whose scheduler is at ADDRESS "
                   "(tcp://host:8786) [default: $MINUTEBOOK_CLUSTER, else read here].")
@click.option("--shared-storage", is_flag=True,
              help="The cluster's workers see the files at the same paths: send paths, "
                   "not the files' bytes.")
def index(sources: tuple[Path, ...], index_path: Path | None, full: bool, workers: int,
          timeout: float, wait: float, report_path: Path | None, quiet: bool,
          ocr: str, pdf_reader: str, cluster: str | None, shared_storage: bool) -> None:
    """Build or update the index from folders (or files) of .txt, .html and .pdf minutes."""
    if ocr == "force" and not tesseract_version():
        fail("--ocr force needs Tesseract: install it (apt-get install tesseract-ocr "
             "tesseract-ocr-eng) or use --ocr auto")
    if shared_storage and not cluster:
        fail("--shared-storage is for a cluster run: give --cluster ADDRESS too")
    limits = Limits(seconds=timeout, ocr=OcrOptions(mode=ocr), pdf_reader=pdf_reader)
    options = IndexOptions(roots=sources, index_dir=index_dir(index_path), full=full,
                           workers=workers, limits=limits, lock_wait=wait,
                           cluster=ClusterOptions(cluster, shared_storage) if cluster else None)
    progress = Progress.for_stream(sys.stderr, quiet)
    try:
        with stop_signals_raise():
            report = run_index(options, on_file=progress.advance, on_plan=progress.start)
    except IndexLockedError as error:
        fail(str(error), EXIT_LOCKED)
    except IndexerError as error:
        fail(str(error))
    except Stopped as stop:
        progress.close()
        end_children()
        fail(f"stopped by {stop} before the run finished: the index is as it was",
             stop.exit_code)
    except KeyboardInterrupt:
        progress.close()
        end_children()
        fail("interrupted before the run finished: the index is as it was", EXIT_INTERRUPTED)
    finally:
        progress.close()
    print_report(report, quiet)
    if report_path:
        report_path.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    sys.exit(EXIT_FAILED_FILES if report.failed else 0)


def _parse_date(ctx, param, value: str | None) -> date | None:
    """Click callback: read YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


@click.command()
@click.argument("query", nargs=-1)
@INDEX_OPTION
@click.option("--committee", multiple=True, help="Only this committee (repeat for several).")
@click.option("--speaker", multiple=True, help="Only items where this person spoke.")
@click.option("--year", multiple=True, type=int, help="Only meetings in this year.")
@click.option("--decision", multiple=True,
              help="Only this decision kind: resolved, carried, agreed, noted, none or any.")
@click.option("--decisions-only", is_flag=True, help="Only items that record a decision.")
@click.option("--from", "date_from", callback=_parse_date, help="Meetings on or after YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_parse_date, help="Meetings on or before YYYY-MM-DD.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=10, show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--csv", "as_csv", is_flag=True,
              help="Print every item the search finds (not one page) as CSV.")
@click.option("--explain", is_flag=True,
              help="Print the query and filters as they run, and why each hit ranked there.")
@click.option("--synonyms", type=click.Path(exists=True, path_type=Path),
              help="Abbreviations file [default: $MINUTEBOOK_SYNONYMS or the built-in one].")
def search(query: tuple[str, ...], index_path: Path | None, committee: tuple[str, ...],
           speaker: tuple[str, ...], year: tuple[int, ...], decision: tuple[str, ...],
           decisions_only: bool, date_from: date | None, date_to: date | None, sort: str,
           limit: int, page: int, as_json: bool, as_csv: bool, explain: bool,
           synonyms: Path | None) -> None:
    """Search agenda items: words, "phrases", AND/OR/NOT, speaker:, committee:, date: …"""
    request = SearchRequest(
        query=" ".join(query), committees=committee, speakers=speaker, years=year,
        decisions=decision + (("any",) if decisions_only else ()), date_from=date_from,
        date_to=date_to, sort=sort, page=page, limit=limit, explain=explain)
    try:
        engine = Engine(index_dir(index_path), load_synonyms(synonyms_path(synonyms)))
        if as_csv:
            _, hits = engine.iter_hits(request)
            for line in csv_lines(hits):
                click.echo(line, nl=False)
            return
        results = engine.search(request)
    except SearchError as error:
        fail(str(error))
    if page > results.pages:
        fail(f"there is no page {page}: this search has {results.pages} "
             f"page{'s' if results.pages > 1 else ''}")
    if explain:
        click.echo(results.explain, err=as_json)
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
    else:
        print_results(results)


@click.command()
@INDEX_OPTION
def export(index_path: Path | None) -> None:
    """Print every item as JSON Lines."""
    try:
        engine = Engine(index_dir(index_path))
        for item in engine.items():
            click.echo(json.dumps(item.to_json(), ensure_ascii=False))
    except SearchError as error:
        fail(str(error))


@click.command()
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def status(index_path: Path | None, as_json: bool) -> None:
    """Show what the index holds and how its last run went."""
    try:
        info = index_status(index_dir(index_path))
    except IndexerError as error:
        fail(str(error))
    if as_json:
        click.echo(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
        return
    print_status(info)
