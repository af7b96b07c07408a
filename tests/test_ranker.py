"""The array ranker gives Whoosh's own matches and BM25F scores; snippets mark the right words."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as wq
from whoosh import scoring

from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.store import IndexStore
from search.query import FIELD_WEIGHTS, QueryBuilder
from search.ranker import Ranker, WhooshRanker
from search.snippets import highlight_all, matched_part, snippet
from search.synonyms import load_synonyms

from .conftest import CORPUS

SAME_SCORES = ["community safety", "gangs strategy", "mental health OR housing",
               "(prevent OR exploitation) AND board", "police -crime", "police +crime",
               "title:update", "committee:partnership", "resolutions:endorse",
               "decision:agreed", "nonexistentword"]
SAME_MATCHES = ['"terms of reference"', "dhr", "speaker:brinson", "speaker:brinsen",
                "anti-social behaviour", "date:[2015 to 2018] review", "date:2021",
                "police NOT crime", "licen*"]


def _compare(index_dir: Path) -> None:
    """Check the ranker against Whoosh on every query of both lists."""
    ix = IndexStore(index_dir).open_index()
    builder = QueryBuilder(load_synonyms())
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        dates = np.fromiter(searcher.reader().column_reader("date"), dtype=np.int64)
        ranker = Ranker(searcher, tuple(FIELD_WEIGHTS), {"date": dates})
        for text in SAME_SCORES + SAME_MATCHES:
            q = builder.parse(text)
            expected = {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}
            got = ranker.evaluate(q)
            assert set(np.flatnonzero(got.mask).tolist()) == set(expected), text
            if text in SAME_SCORES:
                for doc, score in expected.items():
                    assert got.score[doc] == pytest.approx(score, rel=1e-4), text


def test_ranker_matches_and_scores_like_whoosh(corpus_index: Path) -> None:
    _compare(corpus_index)


def test_ranker_skips_deleted_documents(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(CORPUS, archive)
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    changed = archive / "kent-community-safety-partnership" / "2018-07-18-minutes.txt"
    changed.write_text(changed.read_text().replace("Mental Health", "Wellbeing"))
    report = run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    assert report.indexed == 1
    with IndexStore(tmp_path / "ix").open_index().reader() as reader:
        assert reader.has_deletions(), "an update should leave deleted documents behind"
    _compare(tmp_path / "ix")


def test_snippet_marks_every_form_of_a_term_and_escapes_text() -> None:
    text = ("<b>Gangs</b> & youth: the strategy was agreed. " + "Filler words here. " * 20
            + "Later the gang-related STRATEGIES were reviewed.")
    terms = frozenset({"gang", "strategi"})
    out = snippet(text, terms).html()
    assert "&lt;b&gt;<mark class=\"match\">Gangs</mark>&lt;/b&gt; &amp;" in out
    assert '<mark class="match">STRATEGIES</mark>' in out
    assert '<mark class="match">gang-related</mark>' in out
    assert " … " in out and "<b>" not in out


def test_snippet_without_a_match_is_the_opening() -> None:
    assert snippet("Apologies were received from <Mr Smith>.", frozenset({"budget"})).html() == \
        "Apologies were received from &lt;Mr Smith&gt;."
    assert not matched_part("RESOLVED that the report be noted.", frozenset({"budget"}))


def test_highlight_all_keeps_the_whole_text() -> None:
    text = "Line one about budgets.\n\nLine two <script>x</script> budget."
    out = highlight_all(text, frozenset({"budget"})).html()
    assert out.count("<mark") == 2 and "\n\n" in out and "&lt;script&gt;" in out


def test_a_phrase_scores_nothing_where_it_does_not_match(corpus_index: Path) -> None:
    ix = IndexStore(corpus_index).open_index()
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        ranker = Ranker(searcher, tuple(FIELD_WEIGHTS), {})
        for first, second in (("board", "safer"), ("gilroi", "mcmullan")):
            assert ranker.evaluate(wq.Term("text", first)).mask.any()
            assert ranker.evaluate(wq.Term("text", second)).mask.any()
            phrase = ranker.evaluate(wq.Phrase("text", [first, second]))
            assert not phrase.mask.any() and not phrase.score.any(), (first, second)
            bonus = ranker.evaluate(wq.AndMaybe(wq.Term("text", first),
                                                wq.Phrase("text", [first, second])))
            alone = ranker.evaluate(wq.Term("text", first))
            assert np.array_equal(bonus.score, alone.score), (first, second)


@pytest.mark.parametrize("text", ["community safety", "gangs strategy", "mental health act",
                                  "safer roads kent board", "terms of reference"])
def test_bonus_among_candidates_equals_the_phrases_over_the_index(corpus_index: Path,
                                                                  text: str) -> None:
    ix = IndexStore(corpus_index).open_index()
    builder = QueryBuilder(load_synonyms())
    near = builder.near(text)
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        ranker = Ranker(searcher, tuple(FIELD_WEIGHTS), {})
        everywhere = ranker.evaluate(near)
        assert everywhere.mask.any(), text
        docs = np.arange(searcher.doc_count_all())[::-1].copy()
        assert np.allclose(ranker.bonus_among(near, docs), everywhere.score[docs])
        some = docs[::3].copy()
        assert np.allclose(ranker.bonus_among(near, some), everywhere.score[some])
        phrases = near.subqueries if isinstance(near, wq.Or) else [near]
        held = np.sum([ranker.evaluate(p).mask[some] for p in phrases], axis=0)
        assert np.allclose(ranker.together_among(near, some), held / len(phrases))
        assert np.allclose(WhooshRanker(searcher).together_among(near, some),
                           held / len(phrases))


def test_a_snippet_is_text_with_marked_spans() -> None:
    out = snippet("The  budget\nwas set <here>. Budgets matter.", frozenset({"budget"}))
    assert out.parts == (("The ", False), ("budget", True), (" was set <here>. ", False),
                         ("Budgets", True), (" matter.", False))
    assert out.html() == ('The <mark class="match">budget</mark> was set &lt;here&gt;. '
                          '<mark class="match">Budgets</mark> matter.')
    paragraphs = highlight_all("One budget.\n\n\n\nTwo.", frozenset({"budget"})).paragraphs()
    assert [p.parts for p in paragraphs] == [(("One ", False), ("budget", True), (".", False)),
                                             (("Two.", False),)]


def test_whooshs_fallback_scores_a_patterns_words_with_their_fields_boosts(
        corpus_index: Path) -> None:
    ix = IndexStore(corpus_index).open_index()
    builder = QueryBuilder(load_synonyms())
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        dates = np.fromiter(searcher.reader().column_reader("date"), dtype=np.int64)
        ranker = Ranker(searcher, tuple(FIELD_WEIGHTS), {"date": dates})
        fallback = WhooshRanker(searcher)
        for text in ("licen*", "upd*", "partner*", "strat?gy"):
            q = builder.parse(text)
            fast, slow = ranker.evaluate(q), fallback.evaluate(q)
            assert np.array_equal(fast.mask, slow.mask), text
            assert np.allclose(fast.score, slow.score, rtol=1e-5), text
