"""The event grammar's example sentences (resources/ar/examples/events.tsv) give what they say.

Each line names the entry it shows, whether the entry applies (+) or is a near
miss (-), and the records the sentence must give. An entry listed there needs
at least one example of each polarity. A record written "type/status:..." checks
the status too; a party written "name@CODE" checks the person's state too ("name@-": none); a sixth column gives
the document date the sentence is read against.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from syriadiplo.text.normalize import normalize_text
from syriadiplo.pipeline import extract_text
from syriadiplo.resources import grammar, read_table

ROWS = read_table("examples/events.tsv")
STEPS = {"restore_titles", "officer_in_body", "possessed_trigger", "pair_apposed", "nationals_met", "body_colleagues", "calls_told_as_talks", "trigger_negatives", "visit_tour", "visit_host", "bare_title_link",
         "talks_back_reference", "topic_past_parties", "entourage", "historical_present", "other_counterpart", "joint_press_conference", "report_clause", "headline_call", "calendar_ahead", "topic_quote",
         "topic_lead", "topic_time", "topic_object", "topic_side_gap", "topic_said_last",
         "topic_said_first", "topic_follow_up_reach", "topic_follow_up_weak", "topic_next_sentence", "topic_headline_fuller", "topic_before_side",
         "doubt_apart", "quoted_title", "possessor", "future_relative", "future_clause", "title_holders",
         "delegation_host", "delegation_of", "topic_lone_state", "bare_title_dropped", "trailing_state", "joined_refusal",
         "tour_visitors", "title_second_state", "time_within_period", "capital_between", "narrated_subject", "told_pair", "titled_given_family", "possessed_institution_noun", "apposed_office", "purpose_partner", "named_host", "pair_one_named", "headline_given_name", "title_with_its_name", "triggers", "speaking_sides", "bare_state_twin", "names_after_list", "joined_verb_clause", "listed_state", "counterpart_host", "dated_alike", "sides_told", "weak_object", "headline_told_first", "counted_object", "definite_title_state", "told_in_one_sentence", "untold_back_reference", "topic_named_sides", "between_noun", "topic_setting", "registry_body", "members_in_brackets", "headline_run_in", "joint_subjects", "dated_entry_objects", "demanded_states", "coordinated_delegation_states", "honorific_in_title", "conjunction_name", "other_spelling", "posted_visitor", "one_listed_side", "several_of_one_type", "clause_own_subject", "apposed_pair", "subject_before_verb", "negated_trigger_apart", "counterpart_of_subject", "gathering_reach", "reported_talks", "subject_before_group", "visitor_ends", "dated_opening", "said_topic_sides", "attendance_told", "dual_title_holders", "venue_only", "bodies_of_their_officials", "relative_antecedent", "body_officials", "attended_status", "owner_after_noun", "restated_in_brackets", "frame_destination", "visited_elsewhere", "relative_verb_head", "represented_bodies", "restated_officials", "attending_host", "setting_noun", "relative_verb_event", "party_of_one_state"}  # steps and data files  # module steps shown by examples, beside grammar keys


def _party(p, with_state: bool) -> str:
    if p.name:
        return normalize_text(p.name).split()[-1] + (f"@{p.country or '-'}" if with_state else "")
    return normalize_text(p.country or p.organization or "?")  # (a body's name as written: جماعة الحوثي)


def _records(sentence: str, with_status: bool, doc_date: str | None, with_state: bool = False) -> str:
    recs = extract_text(sentence.replace("\\n", "\n"), doc_date=doc_date)  # \n: a line break (after a headline)
    out = sorted(f"{r.type}{'/' + r.status if with_status else ''}:"
                 + "+".join(sorted(_party(p, with_state) for p in r.participants)) for r in recs)
    return " ; ".join(out) or "-"


def _expected(text: str) -> str:
    if text == "-":
        return text
    records = []
    for rec in text.split(";"):
        typ, parties = normalize_text(rec.strip()).split(":")
        records.append(f"{typ}:" + "+".join(sorted(parties.split("+"))))
    return " ; ".join(sorted(records))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}{r[1]}{i}" for i, r in enumerate(ROWS)])
def test_example_gives_its_records(row):
    key, polarity, sentence, expected = row[:4]
    doc_date = row[5] if len(row) > 5 else None
    assert _records(sentence, "/" in expected, doc_date, "@" in expected) == _expected(expected)
    if len(row) > 4 and row[4]:  # the topic of its one record
        assert [normalize_text(r.topic or "-") for r in extract_text(sentence.replace("\\n", "\n"), doc_date=doc_date)] == [row[4]]


def test_every_entry_has_both_polarities():
    seen = defaultdict(set)
    for key, polarity, *_ in ROWS:
        assert polarity in "+-", key
        seen[key].add(polarity)
    for key, pols in seen.items():
        assert pols == {"+", "-"}, f"{key} lacks a {'+' if '+' not in pols else '-'} example"


def test_every_key_is_a_grammar_key_or_a_step():
    for key, *_ in ROWS:
        if key not in STEPS:
            assert grammar(key), key
