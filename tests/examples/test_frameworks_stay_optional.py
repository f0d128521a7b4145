"""The web frameworks are extras and test dependencies: the package never needs them, and its
integrations (voice_webhooks.fastapi, voice_webhooks.django) load them only when used."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from ..conftest import ROOT

FRAMEWORKS = ("fastapi", "starlette", "flask", "werkzeug", "httpx", "django", "asgiref")

IMPORT_EVERYTHING = """
import pkgutil, sys, importlib
import voice_webhooks
for info in pkgutil.walk_packages(voice_webhooks.__path__, prefix="voice_webhooks."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_importing_the_package_loads_no_web_framework() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "voice_webhooks" in loaded
    assert loaded.isdisjoint(FRAMEWORKS), sorted(loaded & set(FRAMEWORKS))


def test_frameworks_are_test_extras_not_runtime_dependencies() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

    def names(requirements: list[str]) -> set[str]:
        return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in requirements}

    assert names(project["dependencies"]) == {"pydantic", "python-dateutil", "isodate"}
    extras = project["optional-dependencies"]
    assert {"fastapi", "flask", "httpx", "django"} <= names(extras["test"])
    assert names(extras["fastapi"]) == {"fastapi"}
    assert names(extras["django"]) == {"django"}
