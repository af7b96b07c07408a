"""The query language, item by item, over a small archive written for it."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.errors import QueryError, SearchError
from search.models import SearchRequest
from search.query import MAX_QUERY_CHARS
from search.synonyms import load_synonyms

AUDIT = """NOTES of a meeting of the Audit Committee held at County Hall on Tuesday, 10 May 2016.

1. Taxi Licensing Policy

Anne Brinson (Licensing Manager) explained the new license conditions for taxis.

RESOLVED that the licensing policy be approved.

2. Anti-social Behaviour in the Town Centre

The co-ordinator reported on antisocial behaviour near the market and the organisation of
patrols.

NOTED that a further report would follow.

3. Election of Vice-Chairman

Peter Gilroy proposed and Robin Hales seconded that Mr Gilroy be elected Vice Chairman.

Carried unanimously.
"""

CABINET = """NOTES of a meeting of the Cabinet held at the Civic Centre on Wednesday, 3 July 2019.

1. Domestic Homicide Review

Shafick Peerbux explained that the DHR had reported on the organization of local services.

RESOLVED that the recommendations of the review be accepted.

2. Community Safety Partnership Plan

Mr Peerbux introduced the CSP plan and the coordinator's report on antisocial behaviour.

RESOLVED that the plan be endorsed.

3. Terms of Reference

The Police and Crime Commissioner asked about the terms of reference of the panel.

The Cabinet agreed the terms of reference.
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over two meetings of three items each."""
    root = tmp_path_factory.mktemp("query-archive")
    (root / "archive").mkdir()
    (root / "archive" / "audit.txt").write_text(AUDIT)
    (root / "archive" / "cabinet.txt").write_text(CABINET)
    report = run_index(IndexOptions(roots=(root / "archive",), index_dir=root / "ix", workers=1))
    assert report.items == 6, report
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def titles(engine: Engine, query: str, **filters) -> list[str]:
    """Return the titles a query finds, best first."""
    return [hit.title for hit in engine.search(SearchRequest(query, **filters)).hits]


def found(engine: Engine, query: str) -> set[str]:
    """Return the titles a query finds, as a set."""
    return set(titles(engine, query))


TAXI, ASB, VICE = ("Taxi Licensing Policy", "Anti-social Behaviour in the Town Centre",
                   "Election of Vice-Chairman")
DHR, CSP, TOR = ("Domestic Homicide Review", "Community Safety Partnership Plan",
                 "Terms of Reference")


def test_words_must_all_match(small: Engine) -> None:
    assert found(small, "taxis conditions") == {TAXI}
    assert found(small, "review accepted") == {DHR}


def test_all_words_falls_back_to_any_word_and_says_so(small: Engine) -> None:
    results = small.search(SearchRequest("taxis zeppelin"))
    assert results.relaxed and [h.title for h in results.hits] == [TAXI]
    assert not small.search(SearchRequest("taxis conditions")).relaxed


def test_phrases_keep_word_order_and_stop_words(small: Engine) -> None:
    assert found(small, '"terms of reference"') == {TOR}
    assert found(small, '"reference of terms"') == set()
    assert found(small, '"elected vice chairman"') == {VICE}


def test_boolean_operators_and_parentheses(small: Engine) -> None:
    assert found(small, "taxis OR homicide") == {TAXI, DHR}
    assert found(small, "antisocial NOT market") == {CSP}
    assert found(small, "(taxis OR homicide) AND accepted") == {DHR}
    assert found(small, "antisocial -market") == {CSP}
    assert found(small, "antisocial +market") == {ASB}


@pytest.mark.parametrize(("query", "expected"), [
    ("title:review", {DHR}),
    ("speaker:brinson", {TAXI}),
    ("speaker:peerbux", {DHR, CSP}),
    ("committee:cabinet", {DHR, CSP, TOR}),
    ('committee:"audit committee"', {TAXI, ASB, VICE}),
    ("resolutions:approved", {TAXI}),
    ("resolved:endorsed", {CSP}),
    ("number:2", {ASB, CSP}),
    ("date:2016", {TAXI, ASB, VICE}),
    ("date:2019-07", {DHR, CSP, TOR}),
    ("date:2019-07-03", {DHR, CSP, TOR}),
    ("date:2016-06", set()),
    ("date:[2015 to 2017]", {TAXI, ASB, VICE}),
    ("date:[2017 to 2020] review", {DHR}),
    ("decision:carried", {VICE}),
    ("decision:agreed", {TOR}),
])
def test_each_field(small: Engine, query: str, expected: set[str]) -> None:
    assert found(small, query) == expected


def test_title_match_outranks_body_match(small: Engine) -> None:
    assert titles(small, "review")[0] == DHR
    assert titles(small, "licensing")[0] == TAXI


def test_unknown_field_lists_fields_with_a_did_you_mean(small: Engine) -> None:
    with pytest.raises(QueryError) as error:
        small.search(SearchRequest("titel:review"))
    message = str(error.value)
    assert "unknown field 'titel'" in message and "did you mean 'title'" in message
    assert "speaker" in message and "committee" in message


def test_bad_date_is_a_readable_error(small: Engine) -> None:
    with pytest.raises(QueryError, match="bad date"):
        small.search(SearchRequest("date:yesterday"))
    with pytest.raises(QueryError, match="no such day"):
        small.search(SearchRequest("date:2019-02-30"))


@pytest.mark.parametrize(("one", "other"), [
    ("license", "licence"),
    ("organization", "organisation"),
    ("antisocial", "anti-social"),
    ("coordinator", "co-ordinator"),
    ('"vice chair"', '"vice-chairman"'),
    ("Vice-Chair", "vice chairman"),
])
def test_spelling_variants_find_the_same_items(small: Engine, one: str, other: str) -> None:
    assert found(small, one) == found(small, other) != set()


def test_variant_spellings_match_both_forms_in_the_text(small: Engine) -> None:
    assert found(small, "antisocial") == {ASB, CSP}
    assert found(small, "coordinator") == {ASB, CSP}
    assert found(small, "organisation") == {ASB, DHR}


def test_stemming_and_accents(small: Engine) -> None:
    assert found(small, "elect") == {VICE}
    assert found(small, "recommendation") == {DHR}
    assert found(small, "réview accépted") == {DHR}


def test_abbreviations_expand_both_ways(small: Engine) -> None:
    assert found(small, "dhr") == found(small, "domestic homicide review") == {DHR}
    assert found(small, "CSP") == {CSP}
    assert found(small, "community safety partnership") == {CSP}
    assert found(small, "PCC") == {TOR}
    assert found(small, "asb") == {ASB, CSP}


def test_user_synonym_file(tmp_path: Path, small: Engine) -> None:
    custom = tmp_path / "synonyms.txt"
    custom.write_text("HACK = hackney carriage | taxi\n")
    engine = Engine(small.store.root, synonyms=load_synonyms(custom))
    try:
        assert {h.title for h in engine.search(SearchRequest("hack")).hits} == {TAXI}
    finally:
        engine.close()
    custom.write_text("this line has no equals sign\n")
    with pytest.raises(SearchError, match="line 1: expected 'ABBR = phrase"):
        load_synonyms(custom)


def test_a_synonym_line_may_start_with_a_phrase(tmp_path: Path, small: Engine) -> None:
    custom = tmp_path / "synonyms.txt"
    custom.write_text("private hire = taxi | hackney carriage\n")
    engine = Engine(small.store.root, synonyms=load_synonyms(custom))
    try:
        assert found(engine, "private hire") == found(engine, "hackney carriage") == {TAXI}
        assert found(engine, "private hire licensing") == {TAXI}
        assert found(engine, "private") == found(engine, "hire") == set()
    finally:
        engine.close()


def test_a_synonym_matches_in_any_form_of_its_words(tmp_path: Path, small: Engine) -> None:
    custom = tmp_path / "synonyms.txt"
    custom.write_text("hack = hackney carriage | taxi\nstep down => review\n")
    engine = Engine(small.store.root, synonyms=load_synonyms(custom))
    try:
        assert found(engine, "hacks") == found(engine, "hack") == {TAXI}
        assert found(engine, "stepping down") == found(engine, "steps down") == {DHR}
    finally:
        engine.close()


def test_the_longest_phrase_of_the_list_wins(tmp_path: Path, small: Engine) -> None:
    # 'taxi licensing' is a phrase of the list, but so is the longer 'taxi licensing policy'.
    custom = tmp_path / "synonyms.txt"
    custom.write_text("taxi licensing = cab licences\ntaxi licensing policy => homicide\n")
    engine = Engine(small.store.root, synonyms=load_synonyms(custom))
    try:
        assert found(engine, "taxi licensing policy") == {TAXI, DHR}
        assert found(engine, "taxi licensing") == {TAXI}
    finally:
        engine.close()


@pytest.mark.parametrize(("line", "taxi"), [("hackney = taxi | review", {TAXI, DHR}),
                                            ("hackney => taxi | review", {TAXI})])
def test_a_one_way_synonym_line_does_not_lead_back(tmp_path: Path, small: Engine, line: str,
                                                   taxi: set[str]) -> None:
    custom = tmp_path / "synonyms.txt"
    custom.write_text(line + "\n")
    engine = Engine(small.store.root, synonyms=load_synonyms(custom))
    try:
        assert found(engine, "hackney") == {TAXI, DHR}
        assert found(engine, "taxi") == taxi
    finally:
        engine.close()
    custom.write_text(line + "\nhackney = cab\nhackney => carriage\n")
    with pytest.raises(SearchError, match="'hackney' is given with '=' and '=>'"):
        load_synonyms(custom)


def test_a_misspelt_query_that_finds_nothing_is_respelt_from_the_index(small: Engine) -> None:
    results = small.search(SearchRequest("homicde reveiw"))
    assert results.corrected == "homicide review" and not results.relaxed
    assert [h.title for h in results.hits] == [DHR]
    assert results.to_json()["corrected"] == "homicide review"
    assert results.to_json()["query"] == "homicde reveiw"
    # The match is in the decision, shown above the snippet, which does not repeat it.
    assert "<mark" in results.hits[0].decision_snippet.html()
    assert "RESOLVED" not in results.hits[0].snippet.html()
    exact = small.search(SearchRequest("homicide"))
    assert exact.corrected == "" and exact.suggestion == ""


def test_a_misspelling_beside_matching_words_is_corrected(small: Engine) -> None:
    results = small.search(SearchRequest("taxi OR homicde"))
    assert {h.title for h in results.hits} == {TAXI, DHR}
    assert results.corrected == "taxi OR homicide" and results.suggestion == ""


def test_a_question_needs_most_of_its_words_not_the_question_words(small: Engine) -> None:
    plan = small.builder.plan("when did the taxi licensing policy change?")
    assert (len(plan.clauses), plan.minimum) == (4, 3)
    assert small.builder.plan("taxi licensing policy").minimum == 3
    forced = small.builder.plan('+taxi "licensing policy" conditions fees')
    assert forced.forced == (True, True, False, False)
    assert TAXI in titles(small, "how much did the taxi licensing policy change")


def test_a_question_keeps_a_phrase_of_the_synonyms_list_made_of_question_words(
        small: Engine) -> None:
    # 'put' is a question word, but 'put in' is a phrase of the list: installed, fitted …
    plan = small.builder.plan("when was the taxi rank put in?")
    assert plan.text == "the taxi rank put in" and "'instal'" in repr(plan.query)
    assert small.builder.plan("where did we put the taxi rank?").text == "the taxi rank"


def test_a_word_naming_a_committee_is_needed_among_other_words(small: Engine) -> None:
    # 'audit' is held by the Audit Committee's items alone, in their committee's name.
    results = small.search(SearchRequest("when did the audit committee discuss antisocial "
                                         "behaviour", explain=True))
    assert "body:   'audit' names a council or committee: every item needs it" in results.explain
    assert results.hits[0].title == ASB and {h.title for h in results.hits} <= {TAXI, ASB, VICE}
    assert CSP in found(small, "when did the committee discuss antisocial behaviour")
    # A word every body's name is made of ('committee', 'cabinet') is no body's name.
    assert "body:" not in small.search(SearchRequest("how did the cabinet review antisocial "
                                                     "behaviour", explain=True)).explain


def test_a_year_among_the_words_matches_the_meeting_year(small: Engine) -> None:
    assert found(small, "antisocial 2016") == {ASB}
    results = small.search(SearchRequest("terms of reference 2019"))
    assert results.hits[0].title == TOR and results.filled  # the rest hold one of the two
    assert small.search(SearchRequest("terms of reference 2016")).relaxed


def test_words_standing_together_rank_first(small: Engine) -> None:
    assert titles(small, "safety plan")[0] == CSP
    assert titles(small, "review accepted domestic")[0] == DHR
    near = small.builder.near("community safety")
    assert "Phrase('text', ['commun', 'safeti'], slop=2" in repr(near)
    assert small.builder.near('"community safety" OR taxi') is None
    assert small.builder.near("title:community safety") is None
    assert small.builder.near("safety") is None


def test_stop_words_next_to_an_abbreviation_are_dropped(small: Engine) -> None:
    assert "'the'" not in repr(small.builder.parse("the DHR of the cabinet"))


def test_speaker_names_match_fuzzily(small: Engine) -> None:
    assert found(small, "speaker:brinsen") == {TAXI}
    assert found(small, "speaker:perbux") == {DHR, CSP}
    assert found(small, "speaker:brown") == set()


def test_question_marks_end_questions(small: Engine) -> None:
    assert titles(small, "what did we resolve on the taxi licensing policy?")[0] == TAXI
    assert found(small, "who was elected vice chair?") == {VICE}


def test_filters_combine_with_the_query(small: Engine) -> None:
    assert found(small, "antisocial") == {ASB, CSP}
    assert set(titles(small, "antisocial", committees=("Cabinet",))) == {CSP}
    assert set(titles(small, "", years=(2016,), decisions=("any",))) == {TAXI, ASB, VICE}
    assert set(titles(small, "", decisions=("resolved",))) == {TAXI, DHR, CSP}
    assert set(titles(small, "", date_from=date(2019, 1, 1))) == {DHR, CSP, TOR}
    assert set(titles(small, "", speakers=("Anne Brinson",))) == {TAXI}


def test_sort_orders(small: Engine) -> None:
    newest = titles(small, "", sort="newest")
    oldest = titles(small, "", sort="oldest")
    assert newest[:3] == [DHR, CSP, TOR] and oldest[:3] == [TAXI, ASB, VICE]


def test_explain_shows_the_parsed_query_and_filters(small: Engine) -> None:
    text = small.search(SearchRequest("speaker:brinson", years=(2016,))).explain
    assert "'speakers', 'brinson'" in text
    kept = small.search(SearchRequest("", years=(2016,))).total
    assert f"filter: year in (2016,) → {kept} items" in text.splitlines()


def test_long_query_is_refused_with_its_length(small: Engine) -> None:
    with pytest.raises(QueryError) as error:
        small.search(SearchRequest("review " * 1430))
    assert str(error.value) == (f"the query is 10,009 characters long; the limit is "
                                f"{MAX_QUERY_CHARS:,}")


@pytest.mark.parametrize("query", [
    '"unbalanced', 'terms of "reference', "AND", "OR", "NOT", "AND OR NOT", "(", ")", "((review",
    "review)", "title:", ":", "speaker:", "date:[2015 to", "date:[to]", "-", "+", "*", "?",
    "~", "^", "review^", "re*iew", "'", "review\x00\x07\x1b", "\x00", "\u200b", "a" * 1000,
    "date:[2019 to 2015]", "title:(", 'speaker:"', "NOT NOT review", "review AND", "OR review",
    "[", "]", "{", "}", "title:[a to b]", "number:[1 to 3]", "\\", "%", "&&", "||", "\n\t",
])
def test_no_query_raises_anything_but_query_error(small: Engine, query: str) -> None:
    try:
        small.search(SearchRequest(query))
    except QueryError as error:
        assert str(error) and "Traceback" not in str(error)


def test_random_queries_never_raise_anything_but_query_error(small: Engine) -> None:
    rng = random.Random(7)
    alphabet = 'ab review" ()[]{}:-+*?~^\\/\'!AND OR NOT title:date:speaker:2019\x00\x1f'
    for _ in range(300):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        with contextlib.suppress(QueryError):
            small.search(SearchRequest(query))


def test_snippets_mark_words_found_only_in_the_body(small: Engine) -> None:
    snippet = small.search(SearchRequest("patrols market")).hits[0].snippet.html()
    assert '<mark class="match">patrols</mark>' in snippet
    assert '<mark class="match">market</mark>' in snippet


def test_a_financial_year_matches_either_way_of_writing_it(small: Engine) -> None:
    for text, other in (("2021/22", "2021/2022"), ("2019/2020", "2019/20"),
                        ("1999/00", "1999/2000")):
        assert other in repr(small.builder.parse(text)).replace("', '", "/"), text
    assert "2022/23" not in repr(small.builder.parse("2021/23"))


def test_everyday_words_find_the_minutes_words(small: Engine) -> None:
    parsed = repr(small.builder.parse("council tax"))
    assert "'precept'" in parsed
    assert "defibril" in repr(small.builder.parse("defib"))
    # A run that spells one phrase also finds the others written for the same thing.
    assert "skateboard" in repr(small.builder.parse("skate park"))
    # Residents' words for the minutes' (one way): pupils, part-night lighting, updated.
    assert "'pupil'" in repr(small.builder.parse("school children"))
    assert "['part', 'night', 'light']" in repr(small.builder.parse("street lights off"))
    assert "'updat'" in repr(small.builder.parse("bus timetables out of date"))
    assert "'out'" not in repr(small.builder.parse("updated"))
    assert "['scottish', 'border', 'council']" in repr(small.builder.parse("SBC"))


def test_two_index_words_match_together_or_apart(small: Engine) -> None:
    counts = {"fly": 5, "tipping": 5, "flytipping": 1}
    plan = small.builder.plan("flytipping", lambda w: counts.get(w, 0))
    assert "Phrase('text', ['fly', 'tipp']" in repr(plan.query)
    joined = small.builder.plan("fly tipping", lambda w: counts.get(w, 0))
    assert "Term('text', 'flytipp')" in repr(joined.query)


def test_explain_says_why_each_hit_ranked_where_it_did(small: Engine) -> None:
    results = small.search(SearchRequest("how did the taxi licensing conditions change",
                                         explain=True))
    first = results.hits[0]
    assert first.title == TAXI
    why = first.why
    assert [w.word for w in why.words] == ["taxi", "licenc", "condit", "chang"]
    taxi, licensing, conditions, change = why.words
    assert taxi.score > 0 and "title" in taxi.fields and "text" in taxi.fields
    assert licensing.score > 0 and conditions.score > 0 and change.score == 0
    assert why.held == 3 and 0 < why.share < 1  # no item holds 'change'
    assert why.raised == 0  # no other item holds enough words, so none to rise above
    # No item holds every word, yet 'taxi licensing' standing together still counts.
    assert why.together > 0 and "bonus:" in results.explain
    assert why.passage > 0  # its best passage holds some of the words
    assert why.score == pytest.approx(first.score, rel=1e-4)
    assert why.score == pytest.approx(
        (sum(w.score for w in why.words) * why.share + why.raised) * why.weight + why.together
        + why.passage, rel=1e-4)
    assert "words:  taxi · licenc · condit · chang" in results.explain
    assert first.to_json()["why"]["words"][0] == {"word": "taxi", "score": round(taxi.score, 4),
                                                  "fields": list(taxi.fields)}
    assert small.search(SearchRequest("taxi licensing")).hits[0].why is None


def test_explain_shows_the_rise_of_items_holding_every_word(small: Engine) -> None:
    # Fewer than ten items hold all three words, so items holding some follow, below them.
    hits = small.search(SearchRequest("coordinator report market", explain=True)).hits
    assert [h.title for h in hits] == [ASB, CSP]
    assert (hits[0].why.held, hits[1].why.held) == (3, 2)
    assert hits[0].why.raised > 0 and hits[1].why.raised == 0
    results = small.search(SearchRequest("coordinator report market"))
    assert results.filled and not results.relaxed and results.to_json()["filled"]
    assert not small.search(SearchRequest("taxi licensing")).filled
    assert small.search(SearchRequest("terms of reference panel", explain=True)).hits[
        0].why.together > 0  # 'terms' and 'reference' stand together


def test_explain_names_a_respelling_and_an_expansion(small: Engine) -> None:
    results = small.search(SearchRequest("homicde reveiw", explain=True))
    assert "respelt: 'homicde reveiw' → 'homicide review'" in results.explain
    assert "dhr" in small.search(SearchRequest("domestic homicide review", explain=True)).explain


def test_a_one_word_expansion_weighs_as_the_word_and_synonyms_count_once(small: Engine) -> None:
    assert "Term('title', 'defibril', boost=4.0)" in repr(small.builder.parse("defib"))
    # An abbreviation ranks an item that spells it out as the spelled-out words do.
    spelt = small.search(SearchRequest('"police and crime commissioner"')).hits[0]
    assert small.search(SearchRequest("PCC")).hits[0].score == pytest.approx(spelt.score)
    assert len(small.builder.plan("fibre broadband").clauses) == 1
    assert len(small.builder.plan("fibre broadband cabinet").clauses) == 2


def test_a_word_matches_its_form_with_a_doubled_consonant_the_index_holds(small: Engine) -> None:
    held = {"gritting", "plan"}.__contains__
    grit = repr(small.builder.plan("grit roads", lambda w: int(held(w))).query)
    assert "Term('text', 'gritt')" in grit and "Term('text', 'grit')" in grit
    # A stop word has no such form: 'inning' is held as 'inn' (a pub), not as 'in'.
    put_in = repr(small.builder.plan("when was it put in", lambda w: int(w == "inning")).query)
    assert "'inn'" not in put_in and "'in'" in put_in
    planning = repr(small.builder.plan("planning", lambda w: int(held(w))).query)
    assert "Term('text', 'plan')" in planning and "Term('text', 'plann')" in planning
    assert "gritt" not in repr(small.builder.plan("grit", lambda w: 0).query)
    assert "bennet'" not in repr(small.builder.plan("bennett", lambda w: 1).query)
