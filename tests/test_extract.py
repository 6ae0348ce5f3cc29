"""Extraction on small sentences with the pinned pipeline: kinds, anchors, hints."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def only(claims, kind):
    found = [c for c in claims if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.text) for c in claims]
    return found[0]


def test_percent_change_with_from_and_to_values(nlp):
    text = "North Wales Police recorded a rise - up 30% from 287 in 2016/2017 to 373 in 2017/2018."
    claims = claims_of(nlp, text)
    change = only(claims, "percent_change")
    assert change.text == "up 30%"
    assert [q.value for q in change.operands] == [287, 373]
    assert [p.mention.text for p in change.periods] == ["2016/2017", "2017/2018"]
    values = [c for c in claims if c.kind == "value"]
    assert [(c.text, c.periods[0].mention.text) for c in values] == [
        ("287", "2016/2017"),
        ("373", "2017/2018"),
    ]


def test_every_claim_text_is_the_article_slice(nlp):
    text = (
        "Police forces in Wales recorded almost four offences a day in the past two years. "
        "About 30 per cent were in South Wales, and more than 2,000 were online."
    )
    for claim in claims_of(nlp, text):
        assert text[claim.start : claim.end] == claim.text


def test_rate_spans_the_number_and_its_unit(nlp):
    claim = only(
        claims_of(
            nlp, "Forces in Wales recorded almost four offences a day in the past two years."
        ),
        "rate",
    )
    assert claim.text == "almost four offences a day"
    assert claim.per == "day"
    assert claim.periods[0].expr.kind == "relative"
    assert claim.counted.text == "offences"


def test_respectively_pairs_numbers_with_periods_in_order(nlp):
    text = "South Wales Police had 528 and 543 crimes in 2016/2017 and 2017/2018 respectively."
    values = [c for c in claims_of(nlp, text) if c.kind == "value"]
    assert [(c.text, c.periods[0].mention.text) for c in values] == [
        ("528", "2016/2017"),
        ("543", "2017/2018"),
    ]


def test_rank_largest_rise_is_a_change_maximum(nlp):
    claim = only(claims_of(nlp, "The largest rise was recorded by North Wales Police."), "rank")
    assert (claim.extreme, claim.metric) == ("max", "change")
    assert claim.subject_hints[0].text == "North Wales Police"


def test_rank_largest_fall_is_the_most_negative_change(nlp):
    claim = only(claims_of(nlp, "The biggest fall was in Gwent."), "rank")
    assert (claim.extreme, claim.metric) == ("min", "change")


def test_only_claim_keeps_its_group_and_direction(nlp):
    text = "Dyfed-Powys Police was the only Welsh force to log a drop in the number of offences."
    claim = only(claims_of(nlp, text), "only")
    assert claim.text == "the only Welsh force to log a drop"
    assert claim.direction == "down"
    assert claim.group_hint.text == "Welsh"
    assert claim.subject_hints[0].text == "Dyfed-Powys Police"


def test_direction_claim_lists_its_subjects(nlp):
    text = "South Wales, North Wales and Gwent police forces all saw increases in offences."
    claim = only(claims_of(nlp, text), "direction")
    assert claim.text == "all saw increases"
    assert claim.direction == "up"
    assert {"South Wales", "North Wales", "Gwent"} <= {m.text for m in claim.subject_hints}


def test_share_of_a_whole(nlp):
    claim = only(claims_of(nlp, "It accounted for nearly two-thirds of all activity."), "share")
    assert claim.text == "nearly two-thirds"
    assert claim.quantity.unit == "fraction"


def test_counted_noun_is_what_the_number_counts(nlp):
    claims = claims_of(nlp, "The home secretary has made five unequivocal demands.")
    assert only(claims, "value").counted.text == "unequivocal demands"


@pytest.mark.parametrize(
    "text",
    [
        "The report was published in 2018.",
        "He was 15-year-old at the time.",
        "It was the first time in two years.",
        "Every one of these images represents a real child.",
    ],
)
def test_numbers_that_are_not_claims(nlp, text):
    assert claims_of(nlp, text) == []


def test_the_year_before_is_the_year_before_the_sentence_period(nlp):
    text = "Gwent Police recorded 276 offences in 2017/18, up from 259 the year before."
    claims = claims_of(nlp, text)
    value = next(c for c in claims if c.text == "259")
    assert value.periods[0].expr.resolve().label == "2016/17"
    change = only(claims, "change")
    assert [q.value for q in change.operands] == [259, 276]


def test_page_furniture_yields_no_claims(nlp):
    text = (
        "BBC\n\n  • Published 13 September 2018\nImage source, Getty Images 2018\n\n"
        "Related internet links\n\nThere were 12 offences in 2017.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.text for c in claims] == ["12"]


def test_headline_does_not_run_into_the_first_paragraph(nlp):
    doc = nlp("Forces in figures\n\nThere were 12 offences.")
    assert [s.text.strip() for s in doc.sents] == ["Forces in figures", "There were 12 offences."]


def test_a_number_noun_is_anchored_on_the_noun_not_its_article(nlp):
    claims = claims_of(nlp, "Smith had 20 points, six rebounds and a pair of steals.")
    assert [(c.text, c.quantity.value) for c in claims] == [
        ("20", 20),
        ("six", 6),
        ("pair", 2),
    ]
    hedged = only(claims_of(nlp, "He added almost a dozen rebounds."), "value")
    assert (hedged.text, hedged.quantity.interval.high) == ("almost a dozen", 12)


def test_he_stands_for_one_person_not_a_team_the_tagger_calls_an_organisation(nlp):
    claims = claims_of(
        nlp,
        "Bradley Beal's 41 points led the Wizards, a total he supplemented with three "
        "rebounds, three assists and a steal.",
    )
    assert [c.text for c in claims] == ["41", "three", "three", "a"]  # not "a total"
    assert {c.subject_hints[0].text for c in claims} == {"Bradley Beal"}


def test_a_capitalised_noun_after_lower_case_is_a_name(nlp):
    claims = claims_of(
        nlp,
        "The Trail Blazers went 49 percent from the field, while the Lakers went 44 percent "
        "from the floor and just 30 percent from deep.",
    )
    subjects = {c.text: c.subject_hints[0].text for c in claims}
    assert subjects == {
        "49 percent": "Trail Blazers",
        "44 percent": "Lakers",
        "30 percent": "Lakers",
    }
    assert claims[-1].counted.text == "from deep"


def test_a_title_in_title_case_is_not_taken_for_names(nlp):
    (claim,) = claims_of(nlp, "Welsh Forces See 30% Rise In Image Offences")
    assert [h.text for h in claim.subject_hints] == ["Welsh Forces"]


def test_a_figure_recorded_by_someone_else_is_theirs(nlp):
    text = (
        "South Wales Police recorded 10,290 offences in 2017/18, more than the 3,888 "
        "recorded by Gwent."
    )
    claims = {c.text: c for c in claims_of(nlp, text)}
    assert claims["10,290"].subject_hints[0].text == "South Wales Police"
    assert claims["3,888"].subject_hints[0].text == "Gwent"


def test_each_number_of_a_list_without_verbs_is_the_name_before_it(nlp):
    text = "Gwent Police recorded 57 offences in 2017/18, North Wales Police 42 and Dyfed Powys 33."
    claims = {c.text: c for c in claims_of(nlp, text)}
    assert [claims[n].subject_hints[0].text for n in ("57", "42", "33")] == [
        "Gwent Police",
        "North Wales Police",
        "Dyfed Powys",
    ]
    assert claims["42"].counted is None  # not "Dyfed Powys", the next item of the list


def test_hyphens_between_letters_and_digits_split_and_the_text_is_kept(nlp):
    text = "He went 8-of-18, 13-for-19 (7-14 FG) on COVID-19 day; see http://a-1.com."
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[2:9] == ["8", "-", "of", "-", "18", ",", "13"]
    assert "http://a-1.com" in words


@pytest.mark.parametrize(
    ("text", "anchor", "direction", "low"),
    [
        (
            "Thefts in Gwent fell by more than half in 2017/18.",
            "fell by more than half",
            "down",
            0.5,
        ),
        (
            "Gwent recorded 80 thefts, a rise of more than a third.",
            "rise of more than a third",
            "up",
            1 / 3,
        ),
        (
            "Gwent recorded 80 thefts in 2017, a drop of about a fifth.",
            "drop of about a fifth",
            "down",
            0.1,
        ),
    ],
)
def test_fraction_with_a_hedge_is_the_amount_of_a_change(nlp, text, anchor, direction, low):
    change = only(claims_of(nlp, text), "percent_change")
    assert (change.text, change.direction) == (anchor, direction)
    assert change.quantity.unit == "fraction"
    assert change.quantity.interval.low == pytest.approx(low)


def test_bare_fraction_outside_a_change_is_no_quantity(nlp):
    claims = claims_of(nlp, "Gwent scored 12 points in the first half and won in a quarter.")
    assert [c.text for c in claims] == ["12"]


@pytest.mark.parametrize(
    ("text", "anchor", "place"),
    [
        (
            "West Midlands recorded 19,883 thefts in 2017/18, the second highest of any force.",
            "the second highest",
            2,
        ),
        (
            "Sussex recorded 1,006 thefts in 2017/18, second only to Kent's 1,056.",
            "second only to",
            2,
        ),
        ("Gwent recorded 86 thefts in 2017/18, the lowest of any force.", "the lowest", 1),
    ],
)
def test_rank_with_a_place(nlp, text, anchor, place):
    rank = only(claims_of(nlp, text), "rank")
    assert (rank.text, rank.position) == (anchor, place)
    assert [p.mention.text for p in rank.periods] == ["2017/18"]


def test_multiple_of_another_subjects_figure_is_a_comparison(nlp):
    claims = claims_of(nlp, "Gwent's figure was more than two and a half times that of Kent.")
    ratio = only(claims, "comparison")
    assert ratio.text == "more than two and a half times that of Kent"
    assert (ratio.quantity.unit, ratio.quantity.value, ratio.other.text) == ("times", 2.5, "Kent")
    assert [c.kind for c in claims] == ["comparison"]  # no "a" counted, no change over time


def test_a_comparative_inside_a_name_is_no_comparison(nlp):
    text = "Greater Manchester Police recorded more thefts than West Yorkshire in 2017."
    comparison = only(claims_of(nlp, text), "comparison")
    assert comparison.text == "more thefts than West Yorkshire"


@pytest.mark.parametrize("when", ["a year earlier", "a year ago", "a month before"])
def test_a_figure_a_year_earlier_is_a_value_not_a_rate(nlp, when):
    claims = claims_of(nlp, f"The list reached 845,200, up from 812,900 {when}.")
    assert [(c.text, c.kind) for c in claims if c.text.startswith("812,900")] == [
        ("812,900", "value")
    ]


def test_a_scaled_amount_that_ends_a_sentence_keeps_its_scale(nlp):
    claims = claims_of(nlp, "Operating profit for 2024 was £822m.")
    assert [(c.text, c.quantity.value, c.counted) for c in claims] == [
        ("£822m.", 822_000_000, None)
    ]


@pytest.mark.parametrize("currency", ["dollars", "pounds", "euros"])
def test_a_currency_after_an_amount_is_not_what_it_counts(nlp, currency):
    claims = claims_of(nlp, f"Revenue was 5.1 billion {currency} in 2024.")
    assert [(c.text, c.counted) for c in claims] == [("5.1 billion", None)]


def test_a_hyphenated_place_in_a_ranking_is_read(nlp):
    claims = claims_of(nlp, "The South West had the second-lowest infection rate in 2023.")
    assert [(c.kind, c.text, c.position, c.extreme) for c in claims] == [
        ("rank", "the second-lowest infection rate", 2, "min")
    ]
