"""Building the index: schema and analysis, the index document, writers, store and runs."""
