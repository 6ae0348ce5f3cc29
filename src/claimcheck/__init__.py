"""claimcheck: check the numbers in an article against the data they come from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "check"]

if TYPE_CHECKING:
    from claimcheck.api import check


def __getattr__(name: str) -> Any:
    # spaCy loads only when checking (pandas never does), so `claimcheck --help` stays instant.
    if name == "check":
        from claimcheck.api import check

        return check
    raise AttributeError(name)
