"""The `minutebook` command line (the console script): index, search, export, status, serve.

Exit status: 0 success; 3 some files could not be read; 4 another indexer holds the index;
1 any other error (a bad query, a missing index); 2 a usage error (Click's own); 130 an
`index` run stopped by Ctrl-C, 143 or 129 by SIGTERM or SIGHUP (its clean-up ran).
"""

from __future__ import annotations

import importlib
import os
import sys

import click

# Each command's module and name: a command's module is imported only when it runs (or help
# lists it), so `minutebook serve` starts without the indexer's readers and parser.
COMMANDS = {"index": ("commands", "index"), "search": ("commands", "search"),
            "export": ("commands", "export"), "status": ("commands", "status"),
            "serve": ("serve", "serve"), "brief": ("brief_commands", "brief_command"),
            "decisions": ("brief_commands", "decisions_command")}


class _Group(click.Group):
    """The command group: commands imported on use; output cut short (`| head`) ends with 0."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return every command's name, in the order of COMMANDS."""
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the named command (None for an unknown name)."""
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)

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

