"""Parsing page text into meetings and agenda items: pure functions of strings and lines."""
