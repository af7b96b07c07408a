"""The indexer: files → page text (read) → meetings and items (parse) → Whoosh index (build).

Imports run one way: build → parse → read; errors and records are shared by all three.
"""
