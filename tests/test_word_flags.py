"""A pattern's tests of a word's text compiled into vocabulary flags match what the
pattern as written matches: the same words, near misses left out, new words included."""

from __future__ import annotations

import spacy
from spacy.attrs import ORTH
from spacy.matcher import Matcher

from claimcheck.word_flags import FLAGS, WordTest, with_flags

YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}
PATTERNS = [
    [{"LOWER": {"IN": ["in", "since"]}}, YEAR],  # "In 2016", "since 1999"
    [{"ORTH": {"IN": ["Q1", "Q2"]}}, YEAR],  # case matters for ORTH: "q1 2016" is no match
    [{"LOWER": {"REGEX": "^fy\\d\\d$"}}],  # "FY18"
    [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["past", "last"]}}, {"LOWER": "year"}],
    [{"LOWER": {"IN": ["a"]}}, {"LOWER": "dozen"}],  # a list of one: the plain value
]
TEXT = (
    "In 2016 and since 1999, not in 3016 nor in 20161; Q1 2016 but q1 2017 and Q3 2018; "
    "FY18, FY2018 and fy19; the past year, last year, the next year; a dozen, an dozen."
)
EXPECTED = [
    "In 2016",
    "since 1999",
    "Q1 2016",
    "FY18",
    "fy19",
    "the past year",
    "past year",
    "last year",
    "a dozen",
]


def _matches(matcher: Matcher, doc) -> list[str]:
    return [doc[start:end].text for _, start, end in matcher(doc)]


def _matcher(vocab, patterns, validate: bool) -> Matcher:
    matcher = Matcher(vocab, validate=validate)
    for i, pattern in enumerate(patterns):
        matcher.add(f"p{i}", [pattern])
    return matcher


def test_flagged_patterns_match_what_they_match_as_written():
    nlp = spacy.blank("en")
    flagged = _matcher(nlp.vocab, with_flags(nlp.vocab, PATTERNS), validate=False)
    plain = _matcher(nlp.vocab, PATTERNS, validate=True)
    doc = nlp(TEXT)
    assert sorted(_matches(flagged, doc)) == sorted(_matches(plain, doc)) == sorted(EXPECTED)


def test_each_test_of_a_word_is_a_flag_and_a_list_of_one_is_its_value():
    nlp = spacy.blank("en")
    compiled = with_flags(nlp.vocab, PATTERNS)
    assert all(isinstance(key, int) and key in FLAGS for key in compiled[0][0])
    assert compiled[0][1] == compiled[1][1]  # the same year test: one flag
    assert compiled[3][0] == {"LOWER": "the", "OP": "?"}  # a plain value stays as written
    assert compiled[4][0] == {"LOWER": "a"}
    assert PATTERNS[0][0] == {"LOWER": {"IN": ["in", "since"]}}  # the input is unchanged


def test_a_word_first_seen_after_compiling_gets_its_flag():
    nlp = spacy.blank("en")
    flag = next(iter(with_flags(nlp.vocab, [[YEAR]])[0][0]))
    assert "2087" not in nlp.vocab.strings
    doc = nlp.make_doc("2087 3087 1987")
    assert [token.check_flag(flag) for token in doc] == [True, False, True]


def test_matchers_on_one_vocabulary_share_its_flags():
    nlp = spacy.blank("en")
    first = with_flags(nlp.vocab, PATTERNS)
    taken = len(nlp.vocab.lex_attr_getters)
    for _ in range(3 * len(FLAGS)):  # more matchers than there are bits
        assert with_flags(nlp.vocab, PATTERNS) == first
    assert len(nlp.vocab.lex_attr_getters) == taken


def test_tests_past_the_free_bits_keep_their_python_test_and_match_the_same():
    nlp = spacy.blank("en")
    for bit in list(FLAGS)[:-1]:  # another user of the vocabulary took all bits but one
        nlp.vocab.add_flag(WordTest(ORTH, frozenset({f"word{bit}"})), bit)
    compiled = with_flags(nlp.vocab, PATTERNS)
    # the one bit goes to a test that may start a match, before those that follow one
    assert next(iter(compiled[0][0])) == FLAGS[-1]
    assert compiled[0][1] == YEAR
    flagged = _matcher(nlp.vocab, compiled, validate=False)
    doc = nlp(TEXT)
    assert sorted(_matches(flagged, doc)) == sorted(EXPECTED)
