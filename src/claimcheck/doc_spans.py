"""What claimcheck leaves on a spaCy Doc for its later components: span groups and text.

    doc.spans[QUANTITIES]  # "30%", "almost four": set by claimcheck_mentions
    doc_text(doc)          # the text as the tokenizer was given it

Why a module of its own: pipeline.py (which builds the pipeline) and extract/ (its
claims component) both read these names; kept in pipeline.py they made the two import
each other.
"""

from __future__ import annotations

from spacy.tokens import Doc

PERIODS, QUANTITIES, CUES = "claimcheck_periods", "claimcheck_quantities", "claimcheck_cues"
TEXT = "claimcheck_text"  # Doc.user_data key of the text the tokenizer was given


def doc_text(doc: Doc) -> str:
    """The Doc's text, as given to the tokenizer when it is known (the same string)."""
    return doc.user_data.get(TEXT) or doc.text
