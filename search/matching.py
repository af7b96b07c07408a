"""Which items a plan matches and how they score: most of a question's words, rare words
counting more, and items holding fewer words after the few that hold enough.

The engine evaluates each word (a clause of the plan) with its ranker and hands the results
here; nothing here reads the index.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from .passages import leaves
from .query import Plan
from .ranker import Scored, held_share, rarities

# An item holding some of a query's words scores their BM25 times the share it holds to this
# power, each word counted by its rarity (see held_share).
ALL_WORDS_POWER = 3.0
# A query of FILL_FROM or more words that fewer than FILL_BELOW items hold (in full, or most
# of a long one) also finds items holding fewer of its words, after those.
FILL_FROM = 2
FILL_BELOW = 10
# A question's words that more than this share of the items hold ('next', 'year') are not
# needed: an item holding all its other words holds enough.
COMMON = 0.05
# A word naming a council or committee ('lanreath', 'pengarth'), among other words, is needed by
# every item, as a committee: filter would be: nine in ten (BODY_SHARE) of the items holding
# it hold it in their body's name, and it is no word every body's name is made of.
BODY_SHARE = 0.9
BODY_WORDS = frozenset(
    """
    council councils parish town community county borough district city metropolitan
    committee sub panel cabinet board meeting meetings annual joint working group forum
    partnership authority assembly executive the of and for
    """.split()
)


@dataclass
class Matched(Scored):
    """The items a plan matches, their scores, and those holding all its words."""

    all_words: np.ndarray
    enough: np.ndarray  # the items holding as many words as the plan needs
    filled: bool = False  # items holding fewer words than the plan needs follow
    raised: float = 0.0  # added to the score of each item holding enough words, when filled
    power: float = 0.0  # the score is times (share of the words held) ** power
    rarity: tuple[float, ...] = ()  # how much each word of the plan counts (held_share)
    bodies: tuple[str, ...] = ()  # the words taken as naming a council or committee

    @classmethod
    def whole(cls, found: Scored) -> Matched:
        """Return the matches of a query taken whole (every word needed, or logic)."""
        return cls(found.mask, found.score, found.mask, found.mask)


def match_plan(plan: Plan | None, evaluate: Callable[[wq.Query | None], Scored]) -> Matched:
    """Return the items holding enough of a plan's words, scored by BM25 over the words
    they hold, times the share of the words they hold, rare words counting more (so items
    with all come first, and an item lacking a common word beats one lacking a rare one).

    When fewer than FILL_BELOW items hold enough of FILL_FROM or more words, items holding
    fewer follow them (each ranked below every item holding enough, or lacking only common
    words).
    """
    if plan is None or len(plan.clauses) < (1 if plan.relaxed else FILL_FROM):
        return Matched.whole(evaluate(plan.query if plan else None))
    parts = [evaluate(clause) for clause in plan.clauses]
    count = np.sum([p.mask for p in parts], axis=0, dtype=np.int32)
    allowed = np.ones_like(count, dtype=bool)
    bodies = []
    required = 0
    for clause, part, forced in zip(plan.clauses, parts, plan.forced, strict=True):
        body = "" if forced or len(parts) < 2 else _body_named(clause, part, evaluate)
        if body:
            bodies.append(body)
        if forced or body:
            allowed &= part.mask
            required += 1
    enough_all = count >= plan.minimum
    if plan.relaxed:  # 'precept' is enough for 'precept next year': many items hold those
        enough_all |= _holds_uncommon(parts)
    # The arithmetic runs over the items holding enough words (to fill: the words needed and
    # any other), not the index.
    docs = np.flatnonzero(allowed & enough_all)
    if docs.size < FILL_BELOW and len(parts) >= FILL_FROM:
        docs = np.flatnonzero(allowed & (enough_all | (count > required)))
    held = count[docs]
    score = np.sum([np.where(p.mask[docs], p.score[docs], 0) for p in parts], axis=0,
                   dtype=np.float32) * held_share(parts, docs) ** ALL_WORDS_POWER
    enough = enough_all[docs]
    keep, filled, raised = enough, False, 0.0
    if np.count_nonzero(enough) < FILL_BELOW and len(parts) >= FILL_FROM \
            and not enough.all():
        # An item lacking only common words ('new' of 'new swings play area') is not one
        # holding fewer words: it ranks with those holding enough.
        enough = enough | _holds_uncommon(parts)[docs]
        raised = float(score[~enough].max()) if not enough.all() else 0.0
        score = np.where(enough, score + raised, score)
        keep, filled = np.ones_like(enough), True
    return Matched(*_scatter(count.size, docs[keep], score[keep]),
                   all_words=_scatter(count.size, docs[keep & (held == len(parts))])[0],
                   enough=_scatter(count.size, docs[enough])[0], filled=filled,
                   raised=raised, power=ALL_WORDS_POWER, rarity=tuple(rarities(parts)),
                   bodies=tuple(bodies))


def _body_named(clause: wq.Query, part: Scored,
                evaluate: Callable[[wq.Query | None], Scored]) -> str:
    """Return the word of a clause that names a council or committee (BODY_SHARE of the items
    holding the clause hold it in their body's name), or ''."""
    named = [n for n in leaves(clause) if isinstance(n, wq.Term) and n.fieldname == "committee"
             and n.text not in BODY_WORDS]
    if not named:
        return ""
    holding = np.count_nonzero(part.mask)
    in_name = evaluate(wq.Or(named) if len(named) > 1 else named[0]).mask & part.mask
    if holding == 0 or np.count_nonzero(in_name) < BODY_SHARE * holding:
        return ""
    return " ".join(str(n.text) for n in named)


def _holds_uncommon(parts: list[Scored]) -> np.ndarray:
    """Return a mask of the items holding every word that few items hold (fewer than COMMON
    of the index): none when every word is common."""
    size = parts[0].mask.size
    uncommon = [p.mask for p in parts if np.count_nonzero(p.mask) < COMMON * size]
    if not uncommon:
        return np.zeros(size, dtype=bool)
    return np.logical_and.reduce(uncommon)


def _scatter(size: int, docs: np.ndarray, score: np.ndarray | None = None
             ) -> tuple[np.ndarray, np.ndarray]:
    """Return a mask over all items of docs, and their scores (0 elsewhere)."""
    mask = np.zeros(size, dtype=bool)
    mask[docs] = True
    full = np.zeros(size, dtype=np.float32)
    if score is not None:
        full[docs] = score
    return mask, full


def better(respelt: Matched, respelt_matched: np.ndarray, found: Matched,
           matched: np.ndarray) -> bool:
    """Return True if a respelling finds more items holding enough of its words (or finds
    anything where the query found nothing).
    """
    if not matched.any():
        return bool(respelt_matched.any())
    return (np.count_nonzero(respelt_matched & respelt.enough)
            > np.count_nonzero(matched & found.enough))


def explain_lines(plan: Plan | None, bodies: tuple[str, ...] = ()) -> list[str]:
    """Return the --explain lines of how a plan matches: most of its words, the fill, and the
    words taken as naming a council or committee (bodies)."""
    lines = [f"body:   {word!r} names a council or committee: every item needs it"
             for word in bodies]
    if plan is not None and plan.relaxed:
        lines.append(f"most:   {plan.minimum} of its {len(plan.clauses)} words, or every word "
                     f"fewer than {COMMON:.0%} of the items hold; score times (share of the "
                     f"words held, by rarity)^{ALL_WORDS_POWER}")
    if plan is not None and len(plan.clauses) >= FILL_FROM:
        lines.append(f"fill:   fewer than {FILL_BELOW} items holding enough words are "
                     f"followed by items holding fewer (lacking only words {COMMON:.0%} of "
                     f"the items or more hold is holding enough)")
    return lines
