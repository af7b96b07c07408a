"""Scoring shared by the tests and the bench scripts: extraction against labels, ranking."""
