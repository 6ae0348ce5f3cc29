"""One check class a claim kind, found by the kind: `CHECKS[Kind.SHARE]` is `ShareCheck`.

    >>> CHECKS[Kind.RANK](claim, query, catalog).run().verdict
    'supported'

A new kind is one module here with its class (validate, then compute) and one line in
`CHECKS`; nothing dispatches on the kind's name as a string.
"""

from __future__ import annotations

from claimcheck.model import Kind
from claimcheck.verify.checks.base import KindCheck
from claimcheck.verify.checks.change import ChangeCheck
from claimcheck.verify.checks.comparison import ComparisonCheck
from claimcheck.verify.checks.count_of_subjects import CountCheck
from claimcheck.verify.checks.direction import DirectionCheck
from claimcheck.verify.checks.only import OnlyCheck
from claimcheck.verify.checks.percent_change import PercentChangeCheck
from claimcheck.verify.checks.rank import RankCheck
from claimcheck.verify.checks.rate import RateCheck
from claimcheck.verify.checks.record import RecordCheck
from claimcheck.verify.checks.share import ShareCheck
from claimcheck.verify.checks.value import ValueCheck

CHECKS: dict[Kind, type[KindCheck]] = {
    Kind.VALUE: ValueCheck,
    Kind.TOTAL: ValueCheck,  # a value summed over a group or periods: the same check
    Kind.RATE: RateCheck,
    Kind.SHARE: ShareCheck,
    Kind.CHANGE: ChangeCheck,
    Kind.PERCENT_CHANGE: PercentChangeCheck,
    Kind.DIRECTION: DirectionCheck,
    Kind.RANK: RankCheck,
    Kind.COMPARISON: ComparisonCheck,
    Kind.ONLY: OnlyCheck,
    Kind.COUNT_OF_SUBJECTS: CountCheck,
    Kind.RECORD: RecordCheck,
}
