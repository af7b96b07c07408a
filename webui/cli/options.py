"""What the commands share: the --index option and the one-line error exit."""

from __future__ import annotations

import sys
from pathlib import Path

import click

INDEX_OPTION = click.option("--index", "index_path", type=click.Path(path_type=Path),
                            help="Index folder [default: $MINUTEBOOK_INDEX or "
                                 ".minutebook/index].")


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit."""
    click.echo(f"minutebook: {message}", err=True)
    sys.exit(code)
