"""The Whoosh schema: one document per agenda item, with fields chosen for fast search.

- Facets and filters read columns (sortable fields), not stored fields: committee, decision,
  year, the list of speakers and the item's kind (minutes, agenda, report) each have one.
- The meeting date is an integer YYYYMMDD, so date ranges are numeric ranges.
- Only what a result page shows is stored.
- `spell` holds the unstemmed words, for "did you mean" suggestions.

The schema is pickled into the index with its analyzers, so the module paths of the analysis
filters (indexer.build.analysis) and of the codec are part of the on-disk format: moving or
renaming them, like changing a field, needs SCHEMA_VERSION (manifest.py) raised. An index of an
older version is then refused with "rebuild with `minutebook index --full`" before Whoosh
unpickles it, and `minutebook index` rebuilds it in full.
"""

from __future__ import annotations

from whoosh import columns
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, Schema

from .analysis import name_analyzer, text_analyzer
from .fields import WordCachedText


def build_schema() -> Schema:
    """Return the schema of a Minutebook index."""
    text = text_analyzer()
    names = name_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        meeting_id=ID(stored=True),
        source=ID(stored=True),
        position=NUMERIC(int, bits=32, stored=True, sortable=True),
        number=KEYWORD(stored=True, lowercase=True, scorable=True),
        title=WordCachedText(analyzer=text, stored=True, phrase=True),
        text=WordCachedText(analyzer=text, stored=True, phrase=True),
        resolutions=WordCachedText(analyzer=text, stored=True, phrase=True),
        speakers=WordCachedText(analyzer=names, stored=True, phrase=True),
        committee=WordCachedText(analyzer=names, stored=True, phrase=True),
        committee_facet=ID(sortable=columns.RefBytesColumn()),
        speaker_facet=COLUMN(columns.VarBytesColumn()),
        decision=ID(stored=True, sortable=columns.RefBytesColumn()),
        kind=COLUMN(columns.RefBytesColumn()),
        date=NUMERIC(int, bits=32, stored=True, sortable=True, signed=False),
        year=NUMERIC(int, bits=32, sortable=True, signed=False),
        spell=WordCachedText(analyzer=names, phrase=False),
        pages=STORED(),
        agenda_ref=STORED(),
        meeting=STORED(),
        ocr=STORED(),
    )
