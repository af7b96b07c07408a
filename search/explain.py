"""Why an item ranked where it did (`--explain`): each word's score, the share of words held,
the words-together bonus, the best passage's, an amount's for a how-much question, and how the
query was read (respelt, expanded).

The engine hands over what it ranked with; nothing here searches.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from whoosh import query as wq

from .models import Why, WordScore
from .passages import leaves
from .ranker import Scored, held_share

SHOWN_FORMS = 6  # of a word's forms and expansions, in its label
TOLERANCE = 1e-4  # of float32 sums: below it, no words-together bonus was added


def explain_hits(clauses: tuple[wq.Query, ...], evaluate: Callable[[wq.Query], Scored],
                 docs: np.ndarray, scores: np.ndarray, power: float, raised: float,
                 enough: np.ndarray, weights: np.ndarray,
                 passages: np.ndarray | None = None,
                 amounts: np.ndarray | None = None) -> list[Why]:
    """Return why each of docs scored as it did (scores), from the query's words (clauses)
    and what each item's best passage (passages) and an amount answering a how-much question
    (amounts) added.

    What the words and the passage do not account for is the words-together bonus, which
    only the best matches were checked for.
    """
    if passages is None:
        passages = np.zeros(docs.size, dtype=np.float32)
    if amounts is None:
        amounts = np.zeros(docs.size, dtype=np.float32)
    parts = [evaluate(c) for c in clauses]
    by_field = [_field_masks(c, evaluate) for c in clauses]
    held = np.sum([p.mask[docs] for p in parts], axis=0, dtype=np.int32)
    shares = held_share(parts, docs) ** power
    out = []
    for k, doc in enumerate(docs.tolist()):
        words = tuple(
            WordScore(label(c), float(p.score[doc]) if p.mask[doc] else 0.0,
                      tuple(name for name, m in fields.items() if m[doc]))
            for c, p, fields in zip(clauses, parts, by_field, strict=True))
        share = float(shares[k])
        lift = raised if enough[doc] else 0.0
        base = (sum(w.score for w in words) * share + lift) * float(weights[k])
        total = float(scores[k])
        passage, amount = float(passages[k]), float(amounts[k])
        rest = total - passage - amount - base
        together = rest if rest > TOLERANCE * max(total, 1.0) else 0.0
        out.append(Why(words, int(held[k]), share, lift, together, float(weights[k]), total,
                       passage, amount))
    return out


def label(clause: wq.Query) -> str:
    """Return a word's label: its indexed forms and expansions ('defibril | defib')."""
    forms: list[str] = []
    for node in leaves(clause):
        if isinstance(node, wq.Phrase):
            form = " ".join(node.words)
        elif isinstance(node, wq.Term):
            form = node.text if isinstance(node.text, str) else node.text.decode("utf-8")
        else:
            form = str(node)
        if getattr(node, "fieldname", "text") in ("text", "date") or len(forms) == 0:
            forms.append(form if node.fieldname != "date" else f"date:{form}")
    kept = list(dict.fromkeys(forms))
    more = f" | … {len(kept) - SHOWN_FORMS} more" if len(kept) > SHOWN_FORMS else ""
    return " | ".join(kept[:SHOWN_FORMS]) + more


def _field_masks(clause: wq.Query, evaluate: Callable[[wq.Query], Scored]) -> dict:
    """Return, for each field a clause searches, the items where it matched in that field."""
    names = dict.fromkeys(getattr(n, "fieldname", None) for n in leaves(clause))
    out = {}
    for name in names:
        if name is None:
            continue
        scoped = _scoped(clause, name)
        if scoped is not None:
            out[name] = evaluate(scoped).mask
    return out


def _scoped(q: wq.Query, name: str) -> wq.Query | None:
    """Return q keeping only the leaves of one field (None if none is left)."""
    if not list(q.children()):
        return q if getattr(q, "fieldname", None) == name else None
    kids = [k for k in (_scoped(c, name) for c in q.children()) if k is not None]
    if not kids:
        return None
    if isinstance(q, wq.And):
        return wq.And(kids) if len(kids) == len(list(q.children())) else None
    return wq.Or(kids) if len(kids) > 1 else kids[0]
