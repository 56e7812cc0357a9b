"""The package's imports run one way: each module imports only modules of its own layer or below.

The layers, lowest first (README, "Architecture"):

0. ``errors``, ``_files``, ``_version`` and ``_collector``: the exception tree, the bounded
   reader and the atomic writer, the installed version, the collector paused;
1. ``dates``, ``edtf``, ``recurrence``, ``rule_days``, ``rule_words``, ``date_hints``: values
   that know nothing of events;
2. ``records`` and ``tables``: an event, a source, a person, a kind;
3. ``timeline``, ``query``, ``_table``: the collection, its index and its table;
4. ``load`` and ``_locate``: events.toml in, errors with line numbers;
5. the formats: ``ical``, ``plot``, ``export``, ``draft`` (and the old ``model`` and ``importer``
   paths, which only re-export);
6. ``cli``.

Every import counts, including those under ``if TYPE_CHECKING:`` and those inside functions, and
so does ``import_module("kztimeline....")`` with a literal name. Nothing imports the package root.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "kztimeline"

# The first matching prefix gives a module's layer; a module that matches none fails the test,
# so a new module must be given its place here (and in the README's diagram).
LAYERS: tuple[tuple[str, int], ...] = (
    ("kztimeline.errors", 0),
    ("kztimeline._files", 0),
    ("kztimeline._version", 0),
    ("kztimeline._collector", 0),
    ("kztimeline._toml_text", 0),
    ("kztimeline.dates", 1),
    ("kztimeline.time_zones", 1),
    ("kztimeline.edtf", 1),
    ("kztimeline.recurrence", 1),
    ("kztimeline.rule_days", 1),
    ("kztimeline.rule_reading", 1),
    ("kztimeline.rule_periods", 1),
    ("kztimeline.rule_words", 1),
    ("kztimeline.date_hints", 1),
    ("kztimeline._fields", 2),
    ("kztimeline._occurrence", 2),
    ("kztimeline.records", 2),
    ("kztimeline.tables", 2),
    ("kztimeline.timeline", 3),
    ("kztimeline.query", 3),
    ("kztimeline._indexed_rules", 3),
    ("kztimeline._table", 3),
    ("kztimeline.model", 3),
    ("kztimeline.load", 4),
    ("kztimeline._locate", 4),
    ("kztimeline._problems", 4),
    ("kztimeline._references", 4),
    ("kztimeline._syntax_hints", 4),
    ("kztimeline.ical", 5),
    ("kztimeline.plot", 5),
    ("kztimeline.export", 5),
    ("kztimeline.draft", 5),
    ("kztimeline.importer", 5),
    ("kztimeline.publishing", 5),
    ("kztimeline.cli", 6),
    ("kztimeline._commands", 6),
    ("kztimeline._cli_help", 6),
    ("kztimeline.__main__", 6),
)


def layer_of(module: str) -> int | None:
    for prefix, layer in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path) -> Iterator[tuple[int, str]]:
    """Every module that the package module at ``path`` imports, with the line of the import."""
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> Iterator[tuple[int, str]]:
    """Every module that ``source``, a module of ``package``, imports, with its line."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # ``from kztimeline import export`` names a module
                candidate = f"{target}.{alias.name}"
                if module_path(candidate) is not None:
                    yield node.lineno, candidate
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def module_path(module: str) -> Path | None:
    if module != "kztimeline" and not module.startswith("kztimeline."):
        return None
    relative = Path(*module.split("."))
    for candidate in (PACKAGE.parent / relative.with_suffix(".py"), PACKAGE.parent / relative):
        if candidate.exists():
            return candidate
    return None


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def internal_imports() -> dict[str, set[tuple[int, str]]]:
    graph: dict[str, set[tuple[int, str]]] = {}
    for path in package_modules():
        graph[module_name(path)] = {
            (line, target)
            for line, target in imported_names(path)
            if target == "kztimeline" or target.startswith("kztimeline.")
        }
    return graph


def test_every_module_has_a_layer() -> None:
    """A new module is given its layer here before it can land."""
    missing = [
        name
        for name in internal_imports()
        if name not in {"kztimeline", "kztimeline.__main__"} and layer_of(name) is None
    ]
    assert missing == []


def test_no_import_points_up_a_layer() -> None:
    """Each module imports only its own layer or a lower one, type-only imports included."""
    offenders = []
    for name, targets in internal_imports().items():
        own = layer_of(name)
        if own is None or name == "kztimeline":
            continue
        for line, target in targets:
            theirs = layer_of(target)
            if theirs is not None and theirs > own:
                offenders.append(f"{name}:{line} imports {target} (layer {theirs} > {own})")
    assert offenders == []


def test_there_is_no_import_cycle() -> None:
    """No chain of imports leads from a module back to itself (within a layer included)."""
    graph = {
        name: {target for _, target in targets if target in internal_imports_names()}
        for name, targets in internal_imports().items()
        if name != "kztimeline"
    }
    cycle = find_cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def internal_imports_names() -> set[str]:
    return {module_name(path) for path in package_modules()} - {"kztimeline"}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle in ``graph`` as a list of names that starts and ends with the same one, or None.

    A module also depends on the package that holds it (``a.b`` runs ``a/__init__``), so an
    import of ``a.b`` from inside ``a/__init__`` is not counted as a cycle through ``a``.
    """
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
    ],
)
def test_the_cycle_finder_finds_cycles(
    graph: dict[str, set[str]], expected: list[str] | None
) -> None:
    """The check above can fail: a circle of two or three modules is found."""
    assert find_cycle(graph) == expected


def test_the_walk_sees_type_only_and_function_level_imports() -> None:
    """An import under ``TYPE_CHECKING``, inside a function or by name is found like any other."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import dates\n"
        "if TYPE_CHECKING:\n    from kztimeline.cli import main\n"
        "def f():\n    from .plot import render\n"
        "    import_module('kztimeline.draft')\n"
    )
    found = {target for _, target in imports_in(source, "kztimeline")}
    assert {
        "kztimeline.dates",
        "kztimeline.cli",
        "kztimeline.plot",
        "kztimeline.draft",
    } <= found


def test_no_module_imports_the_package_root() -> None:
    """The root re-exports everything, so importing it from inside would make a circle."""
    offenders = [
        f"{name}:{line}"
        for name, targets in internal_imports().items()
        if name != "kztimeline"
        for line, target in targets
        if target == "kztimeline"
    ]
    assert offenders == []


def test_no_module_is_over_450_lines() -> None:
    """Past about 450 lines a module holds more than one concept: split it."""
    long = {
        module_name(path): count
        for path in package_modules()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert long == {}


def function_level_imports_without_a_reason(source: str) -> list[int]:
    """The lines of imports inside a function with no comment saying why: none on the line, and
    none just above the run of imports it belongs to."""
    lines = source.splitlines()
    missing = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            number = node.lineno - 1
            if "#" in lines[number]:
                continue
            above = number - 1
            while above >= 0 and lines[above].lstrip().startswith(("from ", "import ")):
                above -= 1
            if above < 0 or not lines[above].lstrip().startswith("#"):
                missing.append(node.lineno)
    return missing


def test_every_import_inside_a_function_says_why() -> None:
    """An import belongs at the top unless it keeps a heavy dependency off a quick path; then a
    comment says so, so that nobody lifts it or copies it without the reason."""
    missing = [
        f"{module_name(path)}:{line}"
        for path in package_modules()
        for line in function_level_imports_without_a_reason(path.read_text(encoding="utf-8"))
    ]
    assert missing == []


def test_the_reason_check_can_fail() -> None:
    source = (
        "def f():\n    import json\n"
        "def g():\n    # json is loaded only by the commands that print it.\n    import json\n"
        "def h():\n    import json  # for messages only\n"
    )
    assert function_level_imports_without_a_reason(source) == [2]
