"""No import cycles between claimcheck's modules (module-level imports, as Python runs them).

A cycle makes the import order matter and keeps the modules from being understood
(or moved) one at a time. Imports inside functions count too: `api` imported `jobs`
only when asked for workers, and `jobs` imported `api`, a cycle all the same. Imports
under `if TYPE_CHECKING:` do not: they never run, and only name a type for annotations.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def module_imports() -> dict[str, set[str]]:
    """Each module's claimcheck imports, at module level or inside functions."""
    paths = {}
    for path in sorted((SRC / "claimcheck").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found = set()
        for node in _run_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                # "from claimcheck import rivals" imports the module claimcheck.rivals
                found |= {
                    f"{node.module}.{alias.name}"
                    if f"{node.module}.{alias.name}" in paths
                    else node.module
                    for alias in node.names
                }
        graph[name] = {m for m in found if m in paths}
    return graph


def _run_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of the module except those under `if TYPE_CHECKING:`."""
    nodes, todo = [], [tree]
    while todo:
        node = todo.pop()
        nodes.append(node)
        for child in ast.iter_child_nodes(node):
            typing_only = (
                isinstance(child, ast.If)
                and isinstance(child.test, ast.Name)
                and child.test.id == "TYPE_CHECKING"
            )
            todo.extend(child.orelse if typing_only else [child])
    return nodes


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
    assert cycles(module_imports()) == set()


def test_an_import_for_type_checking_only_is_no_edge():
    assert "claimcheck.extract.view" not in module_imports()["claimcheck.extract.registry"]


def test_an_import_inside_a_function_is_an_edge():
    assert "claimcheck.jobs" in module_imports()["claimcheck.api"]  # only when asked


def test_a_cycle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == {frozenset({"a", "b", "c"})}
