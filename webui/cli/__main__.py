"""Run the command line as `python -m webui.cli`."""

from . import main

main()
