"""The truth of every accuracy corpus, in one place: the tests assert it and
`python -m benchmarks` scores claimcheck against it.

    seed         articles/nspcc.txt with data/ (`seed.CLAIMS`)
    paraphrases  the seed's figures said other ways, one sentence an article
    homeoffice   news-style articles on the real Home Office file
    domains      five domains claimcheck was not developed on
    inlg2021     INLG 2021 dev, with metadata and as a plain export (benchmarks/inlg2021)
    realdata-dev real public tables, labels.json and score.py in testdata/realdata-dev

Every label's truth is one of claimcheck's verdicts: "supported" (the claim is right),
"contradicted" (it is wrong) or "unverifiable" (the data cannot settle it).
"""

from __future__ import annotations

S, C, U = "supported", "contradicted", "unverifiable"
