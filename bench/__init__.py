"""Benchmarks and quality figures, run as modules from the project root: `python -m bench.run`."""
