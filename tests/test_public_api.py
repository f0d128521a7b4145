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
