"""No network: the whole pipeline runs with every socket refused.

Articles may be confidential drafts; claimcheck must never phone home, download a
model or fetch a source URL. With sockets disabled, loading the pipeline from scratch
and checking the seed article against the seed data still works.
"""

from __future__ import annotations

import socket

import pytest

from claimcheck import check
from claimcheck.pipeline import load_pipeline
from tests.conftest import ROOT


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))


def test_checking_the_seed_needs_no_network(no_network):
    load_pipeline.cache_clear()  # load the model again, from disk, with no network
    report = check([ROOT / "articles" / "nspcc.txt"], data=ROOT / "data", timestamp=False)
    assert report.summary == {"supported": 14, "contradicted": 0, "unverifiable": 5}
