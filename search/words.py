"""How the query parser reads words: stop words, abbreviations, years, fuzzy names, compounds.

Whoosh parser plugins and a QueryParser subclass; query.py composes them into the parser.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from contextvars import ContextVar

from whoosh import query as wq
from whoosh.qparser import QueryParser, syntax
from whoosh.qparser import plugins as wp

from .synonyms import Synonyms

STOP_WORDS = frozenset(
    """
    a an and are as at be but by for from had has have he her his i if in into is it its of on
    or our she so than that the their them then there these they this those to was we were
    what when where which who whom why will with would you about did does do been
    """.split()
)
# Words that ask rather than say what is wanted: a question never needs them.
QUESTION_WORDS = frozenset(
    """
    how much many what when where which who whom whose why did does do is are was were can
    could should would will shall has have had there any ever get got put go going gone come
    came happen happened happening being been we our us my me i anyone anybody anything
    someone somebody something doing done know knows want wants like tell please news say
    said still yet now really actually currently
    """.split()
)
# How often a word occurs in the index (items holding it), when the parser may look: it lets
# two index words written together match apart, and the reverse ('flytipping', 'fly tipping').
LEXICON: ContextVar[Callable[[str], int] | None] = ContextVar("lexicon", default=None)
FORMS_KEPT = 10_000
COMPOUND_PART = 3  # the shortest part of a word split in two
# '20mph', '7pm' (not '1st', '2nd'): written apart too.
NUMBER_UNIT = re.compile(r"(\d+)(?!(?:st|nd|rd|th)$)([a-z]{2,})")
FUZZY_MIN = 4
# A bare year among the words ('mental health 2021') also matches meetings held that year.
YEAR_WORD = re.compile(r"(?:19[5-9]|20[0-9])[0-9]")
YEAR_BOOST = 1.0
FINANCIAL_YEAR = re.compile(r"((?:19|20)\d\d)[/-](\d\d(?:\d\d)?)")
# The stemmer keeps a consonant doubled before -ing and -ed ('gritting' → 'gritt'), so a word
# also matches its form with the consonant doubled (or single) when the index holds it.
STEMMED_FIELDS = ("title", "text", "resolutions")
SINGLE_END = re.compile(r"(?:^|[^aeiou])[aeiou][bdfgklmnprtv]$")
DOUBLE_END = re.compile(r"(\w*[aeiou]([bdfgkmnprtv]))\2(?:ing|ed)")
DOUBLED_STEM = re.compile(r"(\w*[aeiou]([bdfgkmnprtv]))\2")
# A verb in -ing or -ed whose noun ends in -ure ('closing', 'closed' → 'closure').
VERB_FORM = re.compile(r"([a-z]{3,}?[^aeiouy])(?:ing|ed)")


class Parser(QueryParser):
    """Whoosh's parser, where a hyphenated word also matches its parts written as one word."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True,
                   removestops=True):
        """Return a term query; 'co-ordinator' is the phrase 'co ordinator' or 'coordinator'."""
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        other = _other_way(text) if tokenize and isinstance(q, wq.Phrase) else None
        if other:
            written = super().term_query(fieldname, other, termclass, boost, tokenize,
                                         removestops)
            return wq.Or([q, written])
        if tokenize and "-" in text.strip("-") and isinstance(q, wq.Phrase):
            joined = super().term_query(fieldname, text.replace("-", ""), termclass, boost,
                                        tokenize, removestops)
            if isinstance(joined, wq.Term):
                return wq.Or([q, joined])
        if tokenize and isinstance(q, wq.Term) and fieldname in STEMMED_FIELDS:
            forms = [t for t in (super(Parser, self).term_query(fieldname, w, termclass, boost)
                                 for w in _doubled_forms(text) + _noun_forms(text))
                     if isinstance(t, wq.Term)]
            forms = list({t.text: t for t in forms if t.text != q.text}.values())
            if forms:
                return wq.Or([q, *forms])
        return q


def _doubled_forms(text: str) -> list[str]:
    """Return the forms of a word that differ by a doubled consonant and that the index holds
    ('grit' → 'gritting', 'planning' → 'plan'): the stemmer keeps the double letter ('gritt').
    A stop word has none: 'in' of 'put in' is not 'inning', which the index holds as 'inn'.
    """
    lexicon = LEXICON.get()
    word = text.lower()
    if lexicon is None or not word.isalpha() or word in STOP_WORDS:
        return []
    if found := DOUBLE_END.fullmatch(word):
        wanted = [found.group(1)]
    elif SINGLE_END.search(word) and not word.endswith("ed"):
        wanted = [word + word[-1] + ending for ending in ("ing", "ed")]
    else:
        return []
    return [w for w in wanted if lexicon(w)]


def _noun_forms(text: str) -> list[str]:
    """Return the noun in -ure of a verb in -ing or -ed, when the index holds it ('closing' →
    'closure', 'failed' → 'failure'): the stemmer leaves the two apart, and a resident asks
    whether the post office is closing where the minutes record its closure."""
    lexicon = LEXICON.get()
    found = VERB_FORM.fullmatch(text.lower())
    if lexicon is None or not found:
        return []
    noun = found.group(1) + "ure"
    return [noun] if lexicon(noun) else []


def _other_way(text: str) -> str | None:
    """Return a financial year written the other way ('2021/22' ↔ '2021/2022'), else None."""
    found = FINANCIAL_YEAR.fullmatch(text.strip())
    if not found:
        return None
    first, second = found.groups()
    following = str(int(first) + 1)
    if second == following:
        return f"{first}/{following[2:]}"
    if second == following[2:]:
        return f"{first}/{following}"
    return None


class WordsPlugin(wp.Plugin):
    """Drop stop words between other words (phrases keep them) and expand abbreviations."""

    def __init__(self, synonyms: Synonyms) -> None:
        self.synonyms = synonyms
        self.phrases = synonyms.abbreviations()
        self._forms: dict[str, str] = {}
        self._by_first: dict[str, list] | None = None
        self._by_form: dict[str, str] | None = None

    def filters(self, parser):
        """Run after field names are attached (100) and before multifield expansion (110)."""
        return [(self.do_words, 105)]

    def do_words(self, parser, group):
        """Rewrite one group, and its subgroups."""
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.do_words(parser, node)
            elif _fuzzy_name(node):
                group[i] = _placed(syntax.OrGroup([node, _fuzzy(node)]), node)
        form = self._form_of(parser)
        group = self._expand_phrases(group, form)
        group = self._expand_abbreviations(group, form)
        group = _expand_compounds(group)
        group = self._expand_years(group)
        group = _join_alternatives(group)
        return self._drop_stop_words(group)

    @staticmethod
    def _expand_years(group):
        """Replace a bare year by (the word OR a meeting held in that year)."""
        for i, node in enumerate(group):
            if _plain_word(node) and YEAR_WORD.fullmatch(node.text):
                held = _placed(syntax.WordNode(node.text), node)
                held.set_fieldname("date")
                held.set_boost(YEAR_BOOST)
                group[i] = _expanded(syntax.OrGroup([node, held]), node)
        return group

    def _expand_abbreviations(self, group, form: Callable[[str], str]):
        """Replace an abbreviation, in any of its forms ('defibs' for 'defib'), by
        (abbreviation OR "what it stands for")."""
        for i, node in enumerate(group):
            if not _plain_word(node):
                continue
            key = node.text if self.synonyms.expansions(node.text) else \
                self._keys_by_form(form).get(form(node.text))
            if key:
                alternatives = [node] + [_placed(_phrase_node(p), node)
                                         for p in self.synonyms.expansions(key)]
                group[i] = _expanded(syntax.OrGroup(alternatives), node)
        return group

    def _keys_by_form(self, form: Callable[[str], str]) -> dict[str, str]:
        """Return the list's one-word abbreviations by their indexed form (made once)."""
        if self._by_form is None:
            self._by_form = {form(k): k for k in self.synonyms.phrases if " " not in k}
        return self._by_form

    def _form_of(self, parser) -> Callable[[str], str]:
        """Return a word's indexed form ('boxes' → 'box'), so that phrases match any form."""
        analyzer = parser.schema["text"].analyzer if "text" in parser.schema else None

        def form(word: str) -> str:
            if word not in self._forms:
                if len(self._forms) > FORMS_KEPT:  # queries' words are unbounded
                    self._forms.clear()
                terms = [t.text for t in analyzer(word, mode="query")] if analyzer else []
                if len(terms) == 1 and (doubled := DOUBLED_STEM.fullmatch(terms[0])) \
                        and word.lower().endswith(("ing", "ed")):
                    terms = [doubled.group(1)]  # 'stepping' is 'step', as 'step down' is
                self._forms[word] = " ".join(terms) or word.lower()
            return self._forms[word]
        return form

    def _expand_phrases(self, group, form: Callable[[str], str]):
        """Replace a run of words that spells out an abbreviation (in any of its words' forms:
        'phone boxes' for 'phone box') by (words OR abbreviation OR its other phrases).
        """
        words = [(i, n) for i, n in enumerate(group) if _plain_word(n)]
        forms = [form(n.text) for _, n in words]
        for k, first_form in enumerate(forms):
            for wanted, phrase, abbr in self._phrases_by_first(form).get(first_form, ()):
                run = words[k:k + len(wanted)]
                if tuple(forms[k:k + len(wanted)]) != wanted or not _adjacent(group, run):
                    continue
                first, last = run[0][0], run[-1][0]
                together = _placed(syntax.AndGroup([n for _, n in run]), run[0][1])
                others = [_placed(_phrase_node(p), run[0][1])
                          for p in (abbr, *self.synonyms.expansions(abbr))
                          if tuple(p.split()) != phrase]
                group[first:last + 1] = [_expanded(syntax.OrGroup([together, *others]),
                                                   run[0][1])]
                return self._expand_phrases(group, form)
        return group

    def _phrases_by_first(self, form: Callable[[str], str]) -> dict[str, list]:
        """Return the synonyms' phrases as (forms, words, abbreviation), by their first form,
        the longest first (made once: the analyzer does not change)."""
        if self._by_first is None:
            by_first: dict[str, list] = {}
            for phrase, abbr in self.phrases.items():
                wanted = tuple(form(w) for w in phrase)
                by_first.setdefault(wanted[0], []).append((wanted, phrase, abbr))
            for found in by_first.values():  # the longest first: 'street lights off'
                found.sort(key=lambda f: -len(f[0]))
            self._by_first = by_first
        return self._by_first

    def _drop_stop_words(self, group):
        """Remove stop words that sit between other words, unless operators touch them."""
        content = [n for n in group if not isinstance(n, syntax.Whitespace)]
        keep = [n for n in content if not (_plain_word(n) and n.text.lower() in STOP_WORDS)]
        if not keep or len(keep) == len(content) or any(
                isinstance(n, syntax.Operator)
                or (getattr(n, "qclass", None) is not None and not getattr(n, "expanded", False))
                for n in content):
            return group
        return group.__class__([n for n in group if n in keep
                                or isinstance(n, syntax.Whitespace)])


def _expand_compounds(group):
    """Let two index words match written together or apart ('fly tipping' ↔ 'flytipping'), and
    a number its unit ('20mph' ↔ '20 mph', '7pm' ↔ '7 pm')."""
    lexicon = LEXICON.get()
    if lexicon is None:
        return group
    for i, node in enumerate(group):
        if _compound_word(node) or _number_unit(node):
            split = _split(node.text.lower(), lexicon)
            if split:
                apart = _placed(wp.PhrasePlugin.PhraseNode(split, 0), node)
                group[i] = _expanded(syntax.OrGroup([node, apart]), node)
    words = [(i, n) for i, n in enumerate(group) if _compound_word(n) or _unit_part(n)]
    joined_from = len(group)  # pairs are joined from the end, each word at most once
    for (i, first), (j, second) in reversed(list(itertools.pairwise(words))):
        joined = (first.text + second.text).lower()
        if not ((_compound_word(first) and _compound_word(second))
                or (_number(first) and _unit_part(second) and not _number(second))):
            continue  # two words of letters, or a number and its unit
        if j < joined_from and all(isinstance(n, syntax.Whitespace) for n in group[i + 1:j]) \
                and lexicon(joined):
            together = _placed(syntax.AndGroup([first, second]), first)
            group[i:j + 1] = [_expanded(syntax.OrGroup(
                [together, _placed(syntax.WordNode(joined), first)]), first)]
            joined_from = i
    return group


def _join_alternatives(group):
    """Let two words joined by a lower-case 'or' stand for one word, either of them ('can I
    film or record a meeting': an item needs film or record, not both). Upper-case OR and the
    other operators are the user's logic, left to the parser."""
    if any(isinstance(n, syntax.Operator) for n in group):
        return group
    content = [i for i, n in enumerate(group) if not isinstance(n, syntax.Whitespace)]
    triples = zip(content, content[1:], content[2:], strict=False)
    for before, at, after in reversed(list(triples)):
        node = group[at]
        if not (_plain_word(node) and node.text == "or"):
            continue
        first, second = group[before], group[after]
        if _alternative(first) and _alternative(second):
            group[before:after + 1] = [_expanded(syntax.OrGroup([first, second]), first)]
    return group


def _alternative(node) -> bool:
    """Return True for a word, or a word with its expansions, that 'or' may join to another."""
    if _plain_word(node):
        return node.text.lower() not in STOP_WORDS
    return getattr(node, "expanded", False)


def _split(word: str, lexicon: Callable[[str], int]) -> str | None:
    """Return a word rarer than its two parts as those parts ('flytipping' → 'fly tipping',
    '20mph' → '20 mph': a number and its unit whenever the index holds both)."""
    unit = NUMBER_UNIT.fullmatch(word)
    if unit:
        return " ".join(unit.groups()) if all(lexicon(p) for p in unit.groups()) else None
    if len(word) < 2 * COMPOUND_PART:
        return None
    own = lexicon(word)
    best, best_count = None, own
    for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
        count = min(lexicon(word[:cut]), lexicon(word[cut:]))
        if count > best_count:
            best, best_count = f"{word[:cut]} {word[cut:]}", count
    return best


def _phrase_node(text: str):
    """Return a node for an expansion: a phrase of its words, or a plain word (which, unlike a
    one-word phrase, keeps each field's weight)."""
    if " " in text:
        return wp.PhrasePlugin.PhraseNode(text, 0)
    return syntax.WordNode(text)


def _compound_word(node) -> bool:
    """Return True for a plain word of letters that may be half of a compound."""
    return (_plain_word(node) and node.text.isalpha() and len(node.text) >= COMPOUND_PART
            and node.text.lower() not in STOP_WORDS)


def _number_unit(node) -> bool:
    """Return True for a plain word of a number and a unit ('20mph', '7pm')."""
    return _plain_word(node) and bool(NUMBER_UNIT.fullmatch(node.text.lower()))


def _number(node) -> bool:
    """Return True for a plain word of digits."""
    return _plain_word(node) and node.text.isdigit()


def _unit_part(node) -> bool:
    """Return True for a number, or a word of letters that may be its unit ('20' 'mph')."""
    return _number(node) or (_plain_word(node) and node.text.isalpha()
                             and node.text.lower() not in STOP_WORDS)


def _fuzzy_name(node) -> bool:
    """Return True for a word the user scoped to speakers ('speaker:brinsen')."""
    return (isinstance(node, syntax.WordNode) and node.fieldname == "speakers"
            and len(node.text) >= FUZZY_MIN and node.text.isalpha())


def _fuzzy(node):
    """Return a node matching names one edit away (two for long names), weighted down."""
    fuzzy = wp.FuzzyTermPlugin.FuzzyTermNode(node, 1 if len(node.text) < 7 else 2, 1)
    fuzzy.boost = node.boost * 0.5
    return fuzzy


def _placed(node, like):
    """Give a node made by a plugin the position of the node it stands in for."""
    if not isinstance(node, syntax.GroupNode):
        node.startchar = getattr(like, "startchar", 0) or 0
        node.endchar = getattr(like, "endchar", 0) or 0
    return node


def _expanded(group, like):
    """Mark a group that stands in for one word, so stop words around it are still dropped."""
    group = _placed(group, like)
    group.expanded = True
    return group


def _plain_word(node) -> bool:
    """Return True for an unfielded word node."""
    return isinstance(node, syntax.WordNode) and node.fieldname is None


def _adjacent(group, run) -> bool:
    """Return True if only whitespace separates the nodes of run in group."""
    first, last = run[0][0], run[-1][0]
    return all(isinstance(n, syntax.Whitespace) or _plain_word(n)
               for n in group[first:last + 1])
