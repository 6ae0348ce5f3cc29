"""The seed's figures said the ways reporters also say them, one sentence an article,
checked against data/: every sentence is true of data/ or deliberately false, and each
once gave a wrong verdict.

    >>> IN_OTHER_WORDS[0][1:]
    ('rise of 30 per cent', 'supported')

`IN_OTHER_WORDS` is (sentence, claim text, truth); claimcheck must give the truth.
`AGAINST_ITSELF` is (sentence, claim text, verdict with no data, truth): the article's
own figures are checked against each other, and with data/ the truth is the verdict.
"""

from __future__ import annotations

from benchmarks.testdata import ROOT

DATA = ROOT / "data"

IN_OTHER_WORDS: list[tuple[str, str, str]] = [
    # A rise runs forward in time, whichever period is named first.
    (
        "North Wales Police recorded 373 offences in 2017/18, up from 287 the year "
        "before, a rise of 30 per cent.",
        "rise of 30 per cent",
        "supported",
    ),
    (
        "In 2017/18, Dyfed-Powys Police logged 275 offences, a fall of 24% on the previous year.",
        "fall of 24%",
        "supported",
    ),
    (
        "Gwent Police recorded 267 offences in 2017/18, a fall of 3% on 2016/17.",
        "fall of 3%",
        "contradicted",
    ),
    # "a year earlier" is a period, not "1,437 a year".
    (
        "Across Wales, the four forces recorded 1,458 offences in 2017/18, compared with "
        "1,437 a year earlier.",
        "1,437",
        "supported",
    ),
    # "more than any other" is the most of the group.
    (
        "South Wales Police recorded more offences than any other Welsh force in 2017/18.",
        "more offences than any other Welsh",
        "supported",
    ),
    (
        "Dyfed-Powys Police recorded fewer offences than any other force in Wales in 2017/18.",
        "fewer offences than any other",
        "contradicted",
    ),
    # Two periods compared: from the one after "than" to the one before it.
    (
        "Dyfed-Powys recorded 88 fewer offences in 2017/18 than in 2016/17.",
        "88 fewer offences in 2017/18 than in 2016/17",
        "supported",
    ),
    (
        "Dyfed-Powys recorded fewer offences in 2016/17 than in 2017/18.",
        "fewer offences in 2016/17 than in 2017/18",
        "contradicted",
    ),
    (
        "North Wales Police recorded 373 offences in 2017/18, 30% more than the 287 it "
        "recorded in 2016/17.",
        "30% more than",
        "supported",
    ),
    # A percentage difference between two names is of the second's figure.
    (
        "Gwent recorded 3% fewer offences than Dyfed-Powys in 2017/18.",
        "3% fewer offences than Dyfed-Powys",
        "supported",
    ),
    # A member's share of the group the sentence names; "all" is the whole.
    (
        "North Wales Police accounted for roughly a quarter of all offences in Wales in 2017/18.",
        "roughly a quarter",
        "supported",
    ),
    (
        "Gwent Police recorded nearly half of all Welsh offences in 2016/17.",
        "nearly half",
        "contradicted",
    ),
    # One figure over a list of periods is their sum; two figures over two, in turn.
    (
        "A total of 2,895 offences were recorded by Welsh forces in 2016/17 and 2017/18.",
        "2,895",
        "supported",
    ),
    (
        "South Wales Police recorded 528 and 543 offences in 2016/17 and 2017/18.",
        "528",
        "supported",
    ),
    (
        "South Wales Police recorded 528 and 543 offences in 2016/17 and 2017/18.",
        "543",
        "supported",
    ),
    # "all" over a group is each member, not the group's total.
    (
        "All four Welsh forces saw rises in 2017/18.",
        "All four Welsh forces saw rises",
        "contradicted",
    ),
    (
        "Every Welsh force recorded a rise in 2017/18.",
        "Every Welsh force recorded a rise",
        "contradicted",
    ),
    # "the biggest percentage increase" ranks changes in percent.
    (
        "North Wales Police saw the biggest percentage increase of any Welsh force.",
        "the biggest percentage increase",
        "supported",
    ),
    (
        "Dyfed-Powys saw the biggest percentage fall in Wales.",
        "the biggest percentage fall",
        "supported",
    ),
    (
        "Gwent saw the largest percentage rise in Wales.",
        "the largest percentage rise",
        "contradicted",
    ),
    # A multiple of another's figure is their ratio.
    (
        "South Wales Police recorded twice as many offences as Gwent Police in 2017/18.",
        "twice as many offences as Gwent Police",
        "supported",
    ),
    (
        "North Wales recorded three times as many offences as Gwent in 2017/18.",
        "three times as many offences as Gwent",
        "contradicted",
    ),
    # "up 86 on the previous year": a change from the period compared with.
    (
        "Offences recorded by North Wales Police were up 86 on the previous year.",
        "up 86",
        "supported",
    ),
    ("Gwent recorded 267 offences in 2017/18, up 8 on 2016/17.", "up 8", "supported"),
    ("Dyfed-Powys recorded 275, down 88 on 2016/17.", "275", "supported"),
]

AGAINST_ITSELF: list[tuple[str, str, str, str]] = [
    # A change said right after the figures it is between is checked against them.
    (
        "Offences recorded by North Wales Police rose from 287 to 373 last year, an "
        "increase of 25%.",
        "increase of 25%",
        "contradicted",
        "contradicted",
    ),
    (
        "Gwent Police recorded 259 offences in 2016/17 and 267 in 2017/18, a fall of 3%.",
        "fall of 3%",
        "contradicted",
        "contradicted",
    ),
    # A total and its parts must add up; where the data gives the total, the wrong
    # part is the error.
    (
        "In total, 2,895 offences were recorded across Wales - 1,437 in 2016/17 and "
        "1,448 in 2017/18.",
        "2,895",
        "contradicted",
        "supported",
    ),
    (
        "In total, 2,895 offences were recorded across Wales - 1,437 in 2016/17 and "
        "1,448 in 2017/18.",
        "1,448",
        "unverifiable",
        "contradicted",
    ),
]
