"""No import cycles between claimcheck's modules (module-level imports, as Python runs them).

A cycle makes the import order matter and keeps the modules from being understood
(or moved) one at a time. `api` <-> `jobs` is the one left (issue 13), for the engineer
who changes both.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
KNOWN = {frozenset({"claimcheck.api", "claimcheck.jobs"})}


def module_imports() -> dict[str, set[str]]:
    """Each module's claimcheck imports at module level (not inside functions)."""
    graph: dict[str, set[str]] = {}
    for path in sorted((SRC / "claimcheck").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
        graph[name] = {m for m in found if m.startswith("claimcheck")}
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The sets of modules that import each other, directly or through others."""
    reach = {name: set(targets) for name, targets in graph.items()}
    changed = True
    while changed:  # the transitive closure: a few dozen modules
        changed = False
        for targets in reach.values():
            more = set().union(*(reach.get(t, set()) for t in targets)) - targets
            if more:
                targets |= more
                changed = True
    return {
        frozenset({a} | {b for b in reach[a] if a in reach.get(b, ())})
        for a in reach
        if a in reach[a]
    }


def test_the_graph_is_read():
    graph = module_imports()
    assert "claimcheck.extract" in graph["claimcheck.pipeline"]  # registers its factory
    assert "claimcheck.doc_spans" in graph["claimcheck.extract.view"]


def test_no_modules_import_each_other():
    assert cycles(module_imports()) - KNOWN == set()
