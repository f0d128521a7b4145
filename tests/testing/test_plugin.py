"""The pytest plugin: registered as an entry point, fixtures only, and working in a separate
pytest run on the example test file (which has no conftest: its fixtures come from the plugin,
found through the entry point)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from typing import Any

import pytest

from voice_webhooks.testing import FACTORIES, TEST_SIGNING_KEY, Factory, plugin

from ..conftest import ROOT

EXAMPLE = ROOT / "examples" / "test_handler_with_kit.py"


def test_registered_as_a_pytest11_entry_point() -> None:
    (entry,) = [ep for ep in entry_points(group="pytest11") if ep.name == "voice_webhooks"]
    assert entry.load() is plugin


def test_the_plugin_adds_fixtures_and_nothing_else() -> None:
    assert set(plugin.__all__) == {factory.name for factory in FACTORIES.values()} | {
        "signalwire_signing_key"
    }
    assert not [name for name in vars(plugin) if name.startswith("pytest_")]  # no hooks


@pytest.mark.parametrize("factory", FACTORIES.values(), ids=lambda factory: factory.name)
def test_each_factory_is_a_fixture_of_its_name(
    request: pytest.FixtureRequest, factory: Factory[Any]
) -> None:
    assert request.getfixturevalue(factory.name) is factory


def test_the_signing_key_fixture(signalwire_signing_key: str) -> None:
    assert signalwire_signing_key == TEST_SIGNING_KEY


def test_the_example_passes_in_its_own_pytest_run() -> None:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-W", "error"]
    result = subprocess.run(
        [*command, str(EXAMPLE)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "warning" not in result.stdout.lower()
