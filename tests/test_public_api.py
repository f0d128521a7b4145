"""Every public module says what it exports, and everything it exports shows an example.

Public modules are those whose dotted name has no part starting with ``_``.  In each: ``__all__``
exists and every name in it resolves; every public name the module itself defines at top level
(``def``, ``class``, assignments) is in it; a package's ``__all__`` also holds every public name
it takes from its private modules.  Each class and function in ``__all__`` carries a docstring
with a ``>>>`` example, which ``--doctest-modules`` runs, so ``help()`` and editor hovers show a
working example.  The exact names of the main namespaces are pinned in ``test_package.py``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import pytest

import voice_webhooks


def _public_modules() -> list[str]:
    names = [voice_webhooks.__name__]
    for info in pkgutil.walk_packages(voice_webhooks.__path__, prefix="voice_webhooks."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


PUBLIC_MODULES = _public_modules()


def _defined_at_top_level(module: ModuleType) -> set[str]:
    """The public names a module's own source binds at top level (not those it imports)."""
    tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return {
        name
        for name in names
        if not name.startswith("_") and not isinstance(getattr(module, name), TypeVar)
    }


def _from_private_modules(module: ModuleType) -> set[str]:
    """Public names a package takes from its own private modules: its public face."""
    if not hasattr(module, "__path__"):
        return set()
    names = set()
    for name, value in vars(module).items():
        origin = getattr(value, "__module__", None)
        if (
            not name.startswith("_")
            and not isinstance(value, ModuleType)
            and isinstance(origin, str)
            and origin.startswith(module.__name__ + "._")
        ):
            names.add(name)
    return names


def test_the_walk_finds_the_public_modules() -> None:
    assert {
        "voice_webhooks",
        "voice_webhooks.bandwidth",
        "voice_webhooks.signalwire",
        "voice_webhooks.types",
    } <= set(PUBLIC_MODULES)
    assert not any("._" in name for name in PUBLIC_MODULES)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_is_complete_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert isinstance(exported, (list, tuple)), f"{name} has no __all__"
    assert len(exported) == len(set(exported)), f"{name}.__all__ repeats a name"
    unresolved = [n for n in exported if not hasattr(module, n)]
    assert unresolved == [], f"{name}.__all__ names what it lacks"
    missing = (_defined_at_top_level(module) | _from_private_modules(module)) - set(exported)
    assert missing == set(), f"public in {name} but not in its __all__"


def _examples_missing(module: ModuleType) -> list[str]:
    missing = []
    for name in module.__all__:
        value = getattr(module, name)
        if (inspect.isclass(value) or inspect.isfunction(value)) and ">>>" not in (
            value.__doc__ or ""
        ):
            missing.append(name)
    return missing


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_each_exported_class_and_function_shows_an_example(name: str) -> None:
    module = importlib.import_module(name)
    assert _examples_missing(module) == [], f"{name}: no >>> example in the docstring"


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_each_public_module_has_a_docstring(name: str) -> None:
    assert (importlib.import_module(name).__doc__ or "").strip(), name


def test_the_checks_catch_what_they_look_for() -> None:
    module = ModuleType("voice_webhooks._probe")
    module.__all__ = ["documented"]  # type: ignore[attr-defined]

    def documented() -> None:
        """Has one.

        >>> documented()
        """

    def undocumented() -> None:
        """Has none."""

    module.documented = documented  # type: ignore[attr-defined]
    assert _examples_missing(module) == []
    module.__all__.append("undocumented")  # type: ignore[attr-defined]
    module.undocumented = undocumented  # type: ignore[attr-defined]
    assert _examples_missing(module) == ["undocumented"]


def _lazy_packages() -> list[str]:
    return [name for name in PUBLIC_MODULES if hasattr(importlib.import_module(name), "_LAZY")]


@pytest.mark.parametrize("name", _lazy_packages())
def test_a_lazy_packages_three_name_lists_agree(name: str) -> None:
    """A package that loads its names on first use (``_lazy.LazyExports``) lists them three
    times, each for a reader that cannot use the others: the ``if TYPE_CHECKING:`` imports (type
    checkers), ``__all__`` (type checkers and ``import *``) and ``_LAZY`` (the loader).  All
    three must name the same things from the same modules."""
    module = importlib.import_module(name)
    tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
    for_checkers: dict[str, tuple[str, ...]] = {}
    eager: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imported in node.body:
                assert isinstance(imported, ast.ImportFrom)
                # as ``_LAZY`` spells it: ``verbs`` for ``.verbs``, ``.._x`` for ``.._x``
                where = ("." * imported.level if imported.level > 1 else "") + str(imported.module)
                for_checkers[where] = tuple(alias.name for alias in imported.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 1:
            eager |= {alias.name for alias in node.names}
    lazy = {where: tuple(names) for where, names in module._LAZY.items()}
    assert for_checkers == lazy
    assert set(module.__all__) == {n for names in lazy.values() for n in names} | eager


def test_the_lazy_lists_are_found() -> None:
    assert set(_lazy_packages()) == {"voice_webhooks.bandwidth", "voice_webhooks.signalwire"}
