"""A package's public names that load on first use (PEP 562): importing the package costs
nothing for the names a program does not use."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from typing import Any

__all__ = ["LazyExports"]


class LazyExports:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public names live in the
    modules of ``modules`` (a module of the package, ``"verbs"``, or of its parent,
    ``"../_stream_session"``).  A name is imported on first access, then kept in the package.

    >>> import types
    >>> package, things = types.ModuleType("example"), types.ModuleType("example.things")
    >>> package.__path__, things.answer = [], 42
    >>> sys.modules.update({"example": package, "example.things": things})
    >>> exports = LazyExports("example", {"things": ("answer",)})
    >>> exports.attribute("answer"), vars(package)["answer"], "answer" in exports.names()
    (42, 42, True)
    >>> del sys.modules["example"], sys.modules["example.things"]
    """

    def __init__(self, package: str, modules: Mapping[str, tuple[str, ...]]) -> None:
        self.package = package
        self.module_of = {name: module for module, names in modules.items() for name in names}
        """The module of each lazily loaded name."""

    def attribute(self, name: str) -> Any:
        """``name``, imported now: the package's ``__getattr__``."""
        module = self.module_of.get(name)
        if module is None:
            raise AttributeError(f"module {self.package!r} has no attribute {name!r}")
        relative = module if module.startswith("..") else f".{module}"
        value = getattr(importlib.import_module(relative, self.package), name)
        vars(sys.modules[self.package])[name] = value
        return value

    def names(self) -> list[str]:
        """The package's names, loaded or not: its ``__dir__``."""
        return sorted({*vars(sys.modules[self.package]), *self.module_of})
