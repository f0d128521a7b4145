"""What a published release needs: metadata that matches what CI tests, a license in both
distributions, extras that fit their users, and a changelog."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import metadata, requires

from .conftest import ROOT

CI = (ROOT / ".ci" / "run").read_text()


def _ci_pythons() -> list[str]:
    match = re.search(r'^PYTHONS="([0-9. ]+)"$', CI, re.M)
    assert match, "PYTHONS is not set in .ci/run"
    return match.group(1).split()


def test_the_classifiers_list_exactly_the_pythons_ci_tests() -> None:
    classifiers = metadata("voice-webhooks").get_all("Classifier") or []
    claimed = [c.rsplit(" :: ", 1)[1] for c in classifiers if re.match(r".* :: 3\.\d+$", c)]
    assert claimed == _ci_pythons()
    assert metadata("voice-webhooks")["Requires-Python"] == f">={_ci_pythons()[0]}"
    for required in ("Typing :: Typed", "Framework :: Pydantic :: 2", "Framework :: Pytest"):
        assert required in classifiers


def test_the_license_file_is_the_license_the_metadata_names() -> None:
    meta = metadata("voice-webhooks")
    assert meta["License-Expression"] == "MIT"
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License") and "voice-webhooks contributors" in text
    assert "LICENSE" in (meta.get_all("License-File") or [])
    assert "include LICENSE" in (ROOT / "MANIFEST.in").read_text()


def test_the_changelog_has_an_entry_for_the_current_version() -> None:
    import voice_webhooks

    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert "## [Unreleased]" in changelog
    assert f"## [{voice_webhooks.__version__}]" in changelog


def _extra(name: str) -> list[str]:
    marker = f'extra == "{name}"'
    return [r.split(";")[0].strip() for r in requires("voice-webhooks") or [] if marker in r]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[ ]", r, maxsplit=1)[0].lower() for r in requirements}


def test_the_testing_extra_is_only_what_the_kit_needs() -> None:
    assert _names(_extra("testing")) == {"pytest", "hypothesis"}
    assert "voice-webhooks" in _names(_extra("test"))  # the suite's extra builds on it
    assert {"mypy", "ruff", "fastapi"} <= _names(_extra("test"))
    assert "voice-webhooks[testing]" in (ROOT / "docs" / "testing.md").read_text()


def test_docs_tooling_is_its_own_extra() -> None:
    docs = _names(_extra("docs"))
    assert {"mkdocs", "mkdocs-material", "mkdocstrings"} <= docs
    runtime = _names([r for r in requires("voice-webhooks") or [] if "extra ==" not in r])
    assert runtime == {"pydantic", "python-dateutil", "isodate"}
    assert "mkdocs serve" in (ROOT / "README.md").read_text()


KIT = """
import sys
import voice_webhooks.testing, voice_webhooks.testing.strategies, voice_webhooks.testing.plugin
from voice_webhooks.testing import strategies
strategies.bandwidth_events(unknown=True).example
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_the_kit_imports_nothing_beyond_its_extra() -> None:
    """Every third-party module the kit loads belongs to a distribution that the runtime
    dependencies or the ``testing`` extra bring, directly or through their own requirements."""
    from importlib.metadata import PackageNotFoundError, packages_distributions
    from importlib.metadata import requires as requires_of

    def loaded_by(code: str) -> set[str]:
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return set(run.stdout.split())

    # What the interpreter loads by itself (site hooks, and the distutils shim that setuptools
    # puts in a virtual environment) is not the kit's doing.
    bare = loaded_by('import sys; print(" ".join({n.split(".")[0] for n in sys.modules}))')
    loaded = loaded_by(KIT) - bare - {"_distutils_hack"}
    owners = packages_distributions()
    third_party = {
        dist.lower().replace("_", "-")
        for name in loaded - set(sys.stdlib_module_names)
        for dist in owners.get(name, [])
    }
    allowed: set[str] = set()
    todo = ["voice-webhooks", *_names(_extra("testing"))]
    while todo:
        dist = todo.pop()
        if dist in allowed:
            continue
        allowed.add(dist)
        try:
            reqs = requires_of(dist) or []
        except PackageNotFoundError:
            continue
        todo += [
            name.replace("_", "-") for r in reqs if "extra ==" not in r for name in _names([r])
        ]
    assert third_party - allowed == set()
