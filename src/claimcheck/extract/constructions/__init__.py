"""Every construction, one module each, found by listing this package.

    >>> [c.name for c in CONSTRUCTIONS][:3]
    ['changes_from_to', 'ranges', 'pairs']

A module here declares `CONSTRUCTION = Construction(...)` (registry.py) with its own
name; adding one is adding a module (and its tests/constructions/<name>.jsonl), with no
list to edit. They run in the order of their priorities, which must differ, so the
order never depends on the listing.
"""

from __future__ import annotations

import importlib
import pkgutil

from claimcheck.extract.registry import Construction


def registered() -> tuple[Construction, ...]:
    """The constructions of this package's modules, by priority."""
    found = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        construction = importlib.import_module(f"{__name__}.{module}").CONSTRUCTION
        if construction.name != module:
            raise ValueError(f"the construction in {module}.py is named {construction.name!r}")
        found.append(construction)
    priorities = [c.priority for c in found]
    if len(set(priorities)) != len(priorities):
        raise ValueError(f"two constructions share a priority: {sorted(priorities)}")
    return tuple(sorted(found, key=lambda c: c.priority))


CONSTRUCTIONS = registered()
