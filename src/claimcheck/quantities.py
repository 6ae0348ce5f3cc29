"""Parse a written quantity into the interval of values its wording allows.

An article never says "29.965%"; it says "30%", "almost four", "nearly two-thirds".
Checking such a claim means asking whether the true value lies in the interval the
words allow, so every quantity is parsed into a value *and* an interval. The rules
live here and only here; docs/quantities.md has them as a table.

Precision: a number is taken to be rounded to its last written digit ("30%" is
[29.5, 30.5), "2,895" is [2894.5, 2895.5), "1.2 million" is [1.15m, 1.25m)).
Fraction words are rounded to the nearest simple fraction (denominator <= 5, or the
fraction's own denominator if larger): "two-thirds" is nearer 2/3 than 3/5 or 3/4.
Multiplier words ("doubled") are approximate: within 10%.

Hedges (HEDGES below) then widen, cut or open the interval.

Why this module is long (about 500 lines): one grammar of written quantities (digits,
words, fractions, hedges, signs, powers, rounding) whose rules share their helpers;
the word lists are in `lexicon.py`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from claimcheck.lexicon import (
    CURRENCIES,
    DENOMINATORS,
    MULTIPLIERS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE,
)

INF = math.inf
_LARGEST = 10**300  # larger numbers in words overflow a float, or nearly


@dataclass(frozen=True)
class Interval:
    """A range of numbers; either end may be open or infinite."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = False

    def __contains__(self, x: float) -> bool:
        above = x >= self.low if self.low_closed else x > self.low
        below = x <= self.high if self.high_closed else x < self.high
        return above and below

    def negated(self) -> Interval:
        """The same interval on the other side of zero: [2, 3) becomes (-3, -2]."""
        return Interval(-self.high, -self.low, self.high_closed, self.low_closed)

    def scaled(self, factor: float) -> Interval:
        """The same interval in another unit (factor > 0)."""
        return Interval(self.low * factor, self.high * factor, self.low_closed, self.high_closed)

    def shown(self, unit: str) -> str:
        """The interval in the unit a reader sees: fractions as percentages."""
        if unit == "fraction":
            return f"{self.scaled(100)} (%)"
        return str(self)

    def __str__(self) -> str:
        """ "[1.295, 1.305)": each end to the decimals it has (up to six), so that the
        interval '1.30' allows is never shown as "[1.3, 1.3)"."""
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{_bound(self.low)}, {_bound(self.high)}{right}"


def _bound(x: float) -> str:
    """An interval's end with as many decimals as it needs, from two to six."""
    if math.isinf(x) or float(x).is_integer():
        return format_number(x)
    for decimals in range(2, 7):
        if math.isclose(round(x, decimals), x, rel_tol=1e-12, abs_tol=1e-12):
            return format_number(x, decimals)
    return format_number(x, 6)


@dataclass(frozen=True)
class Quantity:
    """A number as written in an article, with the interval its wording allows.

    `unit` is one of: "number", "percent", "points" (percentage points),
    "fraction" (0..1), "times" (a multiplier such as "doubled").
    `exact` is the interval from written precision alone, before any hedge: a check
    that passes only because of rounding can say so.
    """

    text: str
    value: float
    unit: str
    interval: Interval
    exact: Interval
    hedge: str | None = None
    vague: bool = False
    currency: str | None = None


# Hedge words, longest first within each rule. Each rule maps (value, rounding interval)
# to the interval the hedged phrase allows. See docs/quantities.md.
HEDGES: dict[str, tuple[str, ...]] = {
    "below": (
        "just under",
        "just below",
        "just short of",
        "just shy of",
        "almost",
        "nearly",
        "close to",
        "approaching",
        "not quite",
    ),
    "just_above": (
        "just over",
        "just above",
        "just more than",
        "slightly more than",
        "a little over",
        "a little more than",
    ),
    "above": (
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "greater than",
        "exceeding",
        "higher than",
        # verbs of crossing a threshold: "topped 1,000", "had already passed 8 billion"
        # ("passed" alone is also enacting: "passed 12 laws" is a count)
        "topped",
        "exceeded",
        "surpassed",
        "already passed",
    ),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "at_most": ("up to", "at most", "no more than", "as many as", "a maximum of"),
    "under": ("fewer than", "less than", "under", "below", "lower than"),
    "about": (
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "an estimated",
        "estimated",
        "circa",
        "c.",
    ),
}
HEDGE_TOLERANCE = 0.10  # "about", "almost" and "just over" allow 10% of the value
ROUNDED_FROM = 1000  # from here up, a whole number's trailing zeros are rounding (_rounded_zeros)

_HEDGE_PHRASES = sorted(
    ((phrase, rule) for rule, phrases in HEDGES.items() for phrase in phrases),
    key=lambda item: -len(item[0]),
)

_UNIT_RE = re.compile(r"^(?P<core>.*?[\w)])\s*(?P<unit>%|per\s?cent|percentage points?|pc|pp)$")
# Thousands may be grouped by commas ("12,345") or by a space of any width ("12 345":
# a space, no-break space, thin space or narrow no-break space; number_tokens.py).
GROUP_SPACES = " \u00a0\u2009\u202f"
_NUMBER_RE = re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?$")
# the digits of a figure in running text, grouped by commas or spaces ("307 000")
_WRITTEN_RE = re.compile(rf"\d(?:[\d,]|[{GROUP_SPACES}](?=\d{{3}}))*(?:\.\d+)?")
_SPACE_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,])")
_SPLIT_RE = re.compile(r"(?<=\d)(?=[a-z%])|[\s\-–]+")


# A unit in brackets at the end of a header or label: "Revenue (£m)", "Unemployed
# (thousands)", "Net income ($bn)", "Population ('000s)".
_BRACKETED_UNIT_RE = re.compile(r"^(?P<label>.*?\S)\s*[(\[](?P<unit>[^()\[\]]*)[)\]]$")
_HEADER_SCALES = {
    **{w: s for w, s in SCALE_WORDS.items() if w != "hundred"},
    **{f"{w}s": s for w, s in SCALE_WORDS.items() if w.isalpha() and len(w) > 2},
    "000": 1_000,
    "000s": 1_000,
    "'000": 1_000,
    "'000s": 1_000,
    "%": 1,
    "per cent": 1,
    "percent": 1,
    "": 1,  # a currency alone: "Price (£)"
}
_CURRENCY_RE = re.compile(r"^[£$€]\s*|^(gbp|usd|eur|pounds|dollars|euros)\s+|\s+(gbp|usd|eur)$")


@lru_cache(maxsize=4096)  # every distinct header and dimension value of every table
def header_scale(header: str) -> tuple[str, float]:
    """The words of a header without its bracketed unit, and what a figure under it is
    multiplied by to be read as an article writes it: tables give money in £m or $bn
    and counts in thousands ("Revenue (£m)": 3,402 is "£3.4bn"). A bracket that is no
    unit ("Offences (all)") leaves the header whole, at scale 1."""
    found = _BRACKETED_UNIT_RE.match(header.strip())
    if found is None:
        return header, 1.0
    written = found["unit"].strip().lower()
    unit = _CURRENCY_RE.sub("", written).strip()
    scale = _HEADER_SCALES.get(unit)
    if scale is None or (unit in {"m", "k"} and unit == written):
        return header, 1.0  # "Distance (m)" is in metres: "m" is millions only after £ or $
    return found["label"], float(scale)


_PERCENT_HEADER_RE = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)


def percent_header(header: str) -> bool:
    """Whether a header says its figures are percentages ("Vote share (%)",
    "Unemployment rate, per cent"): a count is never checked against them."""
    return _PERCENT_HEADER_RE.search(header) is not None


_PER_BASE_RE = re.compile(r"\bper\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+(?:k|m)?|thousand|million)\b")


def rate_base(text: str) -> float | None:
    """The base of a rate a header or an article names: "Rate per 100,000 population"
    and "24.6 per 100,000" are per 100,000; "per 1,000" and "per thousand" per 1,000.
    None when it names none."""
    found = _PER_BASE_RE.search(text.lower())
    if found is None:
        return None
    base = parse_quantity(found["base"])
    return base.value if base is not None else None


@lru_cache(maxsize=16384)  # the same few phrases recur in every article
def parse_quantity(text: str, tolerance: float = HEDGE_TOLERANCE) -> Quantity | None:
    """Parse a quantity phrase ("almost four", "30 per cent", "£1.2bn"); None if it is not one.

    `tolerance` is how far "about", "almost" and "just over" reach, as a share of the value.
    """
    # "£822m." at the end of a sentence: the tokenizer keeps the full stop on "m."
    phrase = " ".join(text.lower().replace("\u2019", "'").split()).rstrip(".")
    hedge, core = _strip_hedge(phrase)
    negative, core = _strip_sign(core)
    if not core:
        return None
    currency = None
    if core[0] in CURRENCIES:
        currency, core = CURRENCIES[core[0]], core[1:].strip()
    if not negative:
        negative, core = _strip_sign(core)  # "£-3.2m"
    if negative and not core[:1].isdigit():
        return None  # a sign goes with digits: "-2%", not "-two"
    core, unit = _strip_unit(core)
    parsed = _parse_core(core, tolerance)
    if parsed is None:
        return None
    value, exact, kind = parsed
    if not math.isfinite(value):
        return None  # 400 digits overflow a float: no interval can be made of it
    if kind == "fraction" and unit != "number":
        return None  # "two-thirds per cent" is not a quantity
    if unit == "number" and kind in {"fraction", "times"}:
        unit = kind
    vague = kind == "vague"
    interval = exact if vague else _apply_hedge(hedge, value, exact, tolerance)
    quantity = Quantity(
        text=text,
        value=value,
        unit=unit,
        interval=interval,
        exact=exact,
        hedge=hedge,
        vague=vague,
        currency=currency,
    )
    return opposite(quantity) if negative else quantity


MINUS_SIGNS = "-\u2212"  # a hyphen-minus or the minus sign U+2212: "-£3.2m", "-2%"


def _strip_sign(core: str) -> tuple[bool, str]:
    if core[:1] and core[0] in MINUS_SIGNS:
        return True, core[1:].strip()
    return False, core


def opposite(quantity: Quantity) -> Quantity:
    """The quantity with its sign changed. A hedge applies to the size of a negative
    figure: "almost -2%" is (-2, -1.8], "more than -£3m" a loss of more than £3m."""
    return replace(
        quantity,
        value=-quantity.value,
        interval=quantity.interval.negated(),
        exact=quantity.exact.negated(),
    )


def _strip_hedge(phrase: str) -> tuple[str | None, str]:
    for words, rule in _HEDGE_PHRASES:
        if phrase.startswith(words + " "):
            return rule, phrase[len(words) + 1 :].strip()
    return None, phrase


def _strip_unit(core: str) -> tuple[str, str]:
    match = _UNIT_RE.match(core)
    if match is None:
        return core, "number"
    unit = "points" if match.group("unit").startswith(("percentage", "pp")) else "percent"
    return match.group("core"), unit


def _parse_core(core: str, tolerance: float) -> tuple[float, Interval, str] | None:
    """Return (value, rounding interval, kind) with kind number|fraction|times|vague."""
    core = core.removeprefix("of ").removesuffix(" of").strip()
    if core in VAGUE:
        low, high = VAGUE[core]
        return float(low), Interval(low, high), "vague"
    if core in MULTIPLIERS:
        value = MULTIPLIERS[core]
        return float(value), _about(value, Interval(value, value, True, True), tolerance), "times"
    # "two and a half times that of X": "that" stands for X's figure, the other term;
    # "twelvefold" is one word.
    times = re.fullmatch(
        r"(.+?)(?: times| ?fold)(?: as many| as much| as| over| more| that| those)?", core
    )
    if times:
        inner = _parse_core(times.group(1), tolerance)
        if inner is None or inner[2] != "number":
            return None
        value = inner[0]
        return value, _about(value, Interval(value, value, True, True), tolerance), "times"
    fraction = _parse_fraction(core)
    if fraction is not None:
        return float(fraction), _fraction_interval(fraction), "fraction"
    return _parse_and_a_half(core, tolerance) or _parse_number(core, tolerance)


def _parse_and_a_half(core: str, tolerance: float) -> tuple[float, Interval, str] | None:
    """ "two and a half", "3 and a half": a whole number and a half, written to the
    nearest half, so [2.25, 2.75) (and "two and a half times" is a multiplier of 2.5)."""
    whole = re.fullmatch(r"(.+?) and a half", core)
    if whole is None:
        return None
    inner = _parse_number(whole.group(1), tolerance)
    if inner is None or not inner[0].is_integer():
        return None
    value = inner[0] + 0.5
    return value, Interval(value - 0.25, value + 0.25), "number"


def _parse_number(core: str, tolerance: float) -> tuple[float, Interval, str] | None:
    core = _SPACE_GROUPED.sub(lambda found: found[0].replace(" ", ","), core)  # "12 345"
    tokens = [t for t in _SPLIT_RE.split(core) if t and t != "and"]
    if not tokens:
        return None
    scale = 1
    while tokens and tokens[-1] in SCALE_WORDS and len(tokens) > 1 and _is_digits(tokens[0]):
        scale *= SCALE_WORDS[tokens.pop()]
    if len(tokens) == 1 and (power := _POWER_RE.match(tokens[0])):
        return _parse_power(int(power["base"]), int(power["exponent"]))
    if len(tokens) == 1 and _is_digits(tokens[0]):
        match = _NUMBER_RE.match(tokens[0])
        assert match is not None
        decimals = len(match.group("frac") or "")
        value = float(tokens[0].replace(",", "")) * scale
        half = 0.5 * scale * 10 ** (_rounded_zeros(tokens[0], value) - decimals)
        return value, Interval(value - half, value + half), "number"
    if tokens[0] == "half" and len(tokens) >= 2 and tokens[-1] in SCALE_WORDS:
        value = 0.5 * SCALE_WORDS[tokens[-1]]
        return value, _about(value, Interval(value, value, True, True), tolerance), "number"
    words = _parse_number_words(tokens)
    if words is None or words * scale > _LARGEST:
        return None  # "hundred hundred ... hundred" is no float
    value = float(words * scale)
    return value, Interval(value - 0.5 * scale, value + 0.5 * scale), "number"


def _rounded_zeros(digits: str, value: float) -> int:
    """How many of a whole number's trailing zeros are rounding, not precision.

    "307,000 births" is usually rounded to the thousand and "450 million" to the ten
    million: from a thousand up, trailing zeros are read as rounding, keeping at least
    two significant digits ("2,000" to the hundred, "20 million" to the million).
    Below a thousand ("110 points", "40 countries") a whole number is exact.
    """
    if "." in digits or abs(value) < ROUNDED_FROM:
        return 0
    written = re.sub(rf"[,{GROUP_SPACES}]", "", digits).lstrip("-")
    zeros = len(written) - len(written.rstrip("0"))
    return max(0, min(zeros, len(written) - 2))


def rounded_to(quantity: Quantity) -> float | None:
    """The unit a whole number's trailing zeros were read as rounding to ("307,000":
    1,000; "450 million": 10 million), so that a pass resting on it can say so; None
    when the number was read at the precision its digits give."""
    digits = _WRITTEN_RE.search(quantity.text)
    if digits is None or not _rounded_zeros(digits.group(), quantity.value):
        return None
    return quantity.exact.high - quantity.exact.low


_POWER_RE = re.compile(r"^(?P<base>\d+)\^(?P<exponent>\d+)$")  # "10^6", "2^10"


def _parse_power(base: int, exponent: int) -> tuple[float, Interval, str] | None:
    """ "10^6" is 1,000,000 as if every digit were written; a power past a float
    ("10^309") is no quantity, as 400 digits are not, and is never computed."""
    if base > 1 and exponent * math.log10(base) > math.log10(_LARGEST):
        return None
    value = float(base**exponent)
    return value, Interval(value - 0.5, value + 0.5), "number"


# Nouns that are numbers: in "a pair", the noun says how many and "a" is its article.
GROUP_NOUNS = {"dozen": 12, "pair": 2, "brace": 2}


def _is_digits(token: str) -> bool:
    return bool(_NUMBER_RE.match(token))


def _parse_number_words(tokens: list[str]) -> int | None:
    """ "twenty one", "a dozen", "one hundred and five", "three million" -> int."""
    if tokens[0] == "a" and len(tokens) == 2 and tokens[1] in GROUP_NOUNS:
        return GROUP_NOUNS[tokens[1]]
    if tokens[0] == "a" and len(tokens) >= 2:
        tokens = ["one", *tokens[1:]]
    if tokens == ["dozen"]:
        return 12
    if tokens in (["a"], ["an"]):
        return 1  # "six assists and a steal": only read so inside a list of counts
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in UNITS_WORDS:
            current += UNITS_WORDS[token]
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in SCALE_WORDS and token not in SCALE_ABBREVIATIONS:
            total += max(current, 1) * SCALE_WORDS[token]
            current = 0
        else:
            return None
        if total + current > _LARGEST:
            return None  # "hundred hundred ... hundred": stop before the number is huge
        seen = True
    return total + current if seen else None


def _parse_fraction(core: str) -> Fraction | None:
    """ "two-thirds", "a quarter", "half", "three in five", "one in ten" -> Fraction."""
    if core in {"half", "a half", "one half"}:
        return Fraction(1, 2)
    in_form = re.fullmatch(r"(\w+) (?:in|out of) (\w+)", core)
    if in_form:
        num, den = (
            int(word) if word.isdigit() else _parse_number_words([word])
            for word in in_form.groups()
        )
        if num is not None and den and num <= den:
            return Fraction(num, den)
        return None
    tokens = [t for t in re.split(r"[\s\-–]+", core) if t]
    if len(tokens) == 2 and tokens[1] in DENOMINATORS:
        num = 1 if tokens[0] in {"a", "an", "one"} else _parse_number_words([tokens[0]])
        den = DENOMINATORS[tokens[1]]
        if num is not None and 0 < num < den:
            return Fraction(num, den)
    return None


def _fraction_interval(fraction: Fraction) -> Interval:
    """Values nearer this fraction than any other of denominator <= max(5, its own)."""
    limit = max(5, fraction.denominator)
    family = sorted({Fraction(n, d) for d in range(1, limit + 1) for n in range(d + 1)})
    i = family.index(fraction)
    low = (family[i - 1] + fraction) / 2 if i > 0 else Fraction(0)
    high = (family[i + 1] + fraction) / 2 if i + 1 < len(family) else Fraction(1)
    return Interval(float(low), float(high))


def _about(value: float, exact: Interval, tolerance: float) -> Interval:
    """Within `tolerance` of the value, or the rounding interval if that is wider."""
    span = abs(value) * tolerance
    low = min(value - span, exact.low)
    high = max(value + span, exact.high)
    return Interval(low, high, True, True)


def _apply_hedge(hedge: str | None, value: float, exact: Interval, tolerance: float) -> Interval:
    floor = 0.0 if value >= 0 else -INF
    span = abs(value) * tolerance
    match hedge:
        case None:
            return exact
        case "about":
            return _about(value, exact, tolerance)
        case "below":
            return Interval(value - span, value, True, False)
        case "just_above":
            return Interval(value, value + span, False, True)
        case "above":
            return Interval(value, INF, False, False)
        case "at_least":
            return Interval(value, INF, True, False)
        case "at_most":
            return Interval(floor, value, True, True)
        case "under":
            return Interval(floor, value, True, False)
    raise ValueError(f"unknown hedge {hedge!r}")


def format_number(x: float, decimals: int | None = None) -> str:
    """Human form: thousands separators, no trailing zeros, "inf" spelt as such."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if decimals is None:
        decimals = 0 if float(x).is_integer() else (2 if abs(x) >= 1 else 4)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
