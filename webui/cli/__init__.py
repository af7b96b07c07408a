"""The `minutebook` command line (the console script): index, search, export, status, serve.

Exit status: 0 success; 3 some files could not be read; 4 another indexer holds the index;
1 any other error (a bad query, a missing index); 2 a usage error (Click's own).
"""

from __future__ import annotations

import os
import sys

import click

from .brief_commands import brief_command, decisions_command
from .commands import export, index, search, serve, status


class _Group(click.Group):
    """The command group; output cut short by its reader (`| head`) ends quietly with 0."""

    def invoke(self, ctx: click.Context):
        """Run the command; a closed stdout is where the reader stopped, not an error."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Python would complain again flushing stdout at exit: point it at /dev/null.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutebook")
def main() -> None:
    """Search local-government meeting minutes by agenda item, decision and speaker."""


for _command in (index, search, export, status, serve, brief_command, decisions_command):
    main.add_command(_command)
