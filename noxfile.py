"""One command per check: ``nox -s NAME`` (``nox -l`` lists them). CONTRIBUTING.md says what
each is for; ``.ci/run`` runs ``docs`` after the suite on every Python.

Install nox from the project's own files: ``python -m pip install --group nox``.
"""

from __future__ import annotations

import re
from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.sessions = ["tests", "typing", "lint", "docs"]
nox.options.reuse_existing_virtualenvs = True

PYTHONS = re.findall(
    r'"Programming Language :: Python :: (3\.\d+)"', (ROOT / "pyproject.toml").read_text()
)
"""The Pythons the package claims (its classifiers), the ones .ci/run tests."""

LINTED = ["src", "tests", "examples", "benchmarks", "fuzz", "docs/_hooks", "noxfile.py"]
TYPED = ["src", "examples", "tests/typing"]
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole suite on each Python the package claims (``tests-3.12``: one of them).

    Docstring examples, typing, lint and the built site are in the suite; ``-- -k NAME``
    narrows it."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict and basedpyright over the package, the examples and tests/typing."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "mypy", "--strict", *TYPED)
    session.run("python", "-m", "basedpyright", *TYPED)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint, and format checked (``ruff format`` fixes it)."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site: built strictly, checked, rendered in headless Chromium.

    The generated pages must be current, ``mkdocs build --strict`` pass, the docstring examples
    run, and the built site pass tests/test_site.py, whose render check needs Debian's
    ``chromium`` (``apt-get install chromium``)."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "voice_webhooks", "schema", "--docs", "docs", "--check")
    site = session.create_tmp() + "/site"
    session.run("mkdocs", "build", "--strict", "--site-dir", site, env=QUIET_MKDOCS)
    session.run(
        "python", "-m", "pytest", "-p", "no:cacheprovider", "src", "tests/test_docs.py",
        "tests/test_site.py", *session.posargs,
        env={"VOICE_WEBHOOKS_SITE": site, "VOICE_WEBHOOKS_BROWSER": "required"},
    )  # fmt: skip


@nox.session
def serve(session: nox.Session) -> None:
    """The site, served on http://127.0.0.1:8000 and rebuilt on every change."""
    session.install("-e", ".[docs]")
    session.run("mkdocs", "serve", *session.posargs, env=QUIET_MKDOCS)


@nox.session(name="generate")
def generate(session: nox.Session) -> None:
    """Regenerate docs/reference/ and docs/schema/ from the models."""
    session.install("-e", ".")
    session.run("python", "-m", "voice_webhooks", "schema", "--docs", "docs")


@nox.session
def benchmarks(session: nox.Session) -> None:
    """The benchmarks; they rewrite the chart and table of the site's performance page.

    Against json.loads, orjson, a bare Pydantic model, msgspec and Bandwidth's SDK, in one
    run (``-- --quick`` for a rough reading)."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/run.py", "--docs", "docs/benchmarks", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The coverage-guided fuzzer over every parse entry point, for 10 minutes.

    ``-- -max_total_time=1800`` runs it longer."""
    session.install("-e", ".[test,fuzz]")
    args = session.posargs or ["-max_total_time=600"]
    session.run("python", "fuzz/fuzz_parse.py", "-print_final_stats=1", *args)
