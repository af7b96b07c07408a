"""The `minutebook` command line (the console script): index, search, export, status, serve.

Exit status: 0 success; 3 some files could not be read; 4 another indexer holds the index;
1 any other error (a bad query, a missing index); 2 a usage error (Click's own).
"""

from __future__ import annotations

import click

from .commands import export, index, search, serve, status


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutebook")
def main() -> None:
    """Search local-government meeting minutes by agenda item, decision and speaker."""


for _command in (index, search, export, status, serve):
    main.add_command(_command)
