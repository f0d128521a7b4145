"""What docs/security.md promises: parsing evaluates, logs, opens and fetches nothing, and the
limits it states are the ones in the code."""

from __future__ import annotations

import ast
import contextlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import voice_webhooks
from voice_webhooks import DEFAULT_MAX_BYTES
from voice_webhooks._json_data import MAX_DEPTH

from ._corpus_cases import corpus_files
from ._parse_targets import PARSERS, inputs_for
from .conftest import ROOT

SOURCE = Path(voice_webhooks.__file__).parent
# The command line reads the files it is given and prints; the test kit is for tests.  Neither
# is on the path of a webhook through a server.
NOT_ON_THE_PARSE_PATH = ("cli.py", "__main__.py", "testing")

FORBIDDEN_MODULES = {
    "logging", "socket", "ssl", "http", "urllib.request", "subprocess", "pickle", "marshal",
    "shelve", "ctypes", "webbrowser", "ftplib", "smtplib", "requests", "httpx", "aiohttp",
}  # fmt: skip
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "print", "open", "input", "breakpoint"}


def package_sources() -> Iterator[Path]:
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE)
        if not any(part in NOT_ON_THE_PARSE_PATH for part in relative.parts):
            yield path


def test_the_package_imports_no_logging_network_or_process_modules() -> None:
    found = []
    for path in package_sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES):
                    found.append(f"{path.relative_to(SOURCE)}: import {name}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno}: {node.func.id}()")
    assert found == []


# Audit events (PEP 578) that would mean parsing reached outside itself: files, the network,
# processes, code evaluation, imports of new code.
OUTSIDE = re.compile(
    r"^(open|exec|compile|import|marshal\.|pickle\.|socket\.|urllib\.|http\.|ftplib\.|smtplib\."
    r"|subprocess\.|os\.(system|exec|spawn|posix_spawn|fork|startfile|remove|rename|listdir)"
    r"|shutil\.|ctypes\.|webbrowser\.)"
)
_recording: list[tuple[str, Any]] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording is not None and OUTSIDE.match(event):
        _recording.append((event, args))


def parse_everything(bodies: list[bytes]) -> None:
    for data in bodies:
        for parser in PARSERS:
            for body in inputs_for(parser, data):
                with contextlib.suppress(ValueError):
                    parser.parse(body)


@pytest.fixture(scope="module")
def audit_hook() -> None:
    sys.addaudithook(_audit)  # for the life of the process: inert unless recording


@pytest.mark.usefixtures("audit_hook")
def test_parsing_opens_fetches_and_evaluates_nothing() -> None:
    global _recording
    bodies = [path.read_bytes() for path in corpus_files()]
    parse_everything(bodies)  # first use may import what the package loads lazily
    _recording = []
    try:
        parse_everything(bodies)  # every mediaUrl, callUrl, destination of the corpus included
        seen, _recording = _recording, None
    finally:
        _recording = None
    assert seen == []


@pytest.mark.usefixtures("audit_hook")
def test_the_audit_sees_what_it_looks_for() -> None:
    global _recording
    _recording = []
    try:
        (ROOT / "README.md").read_bytes()
        seen, _recording = _recording, None
    finally:
        _recording = None
    assert [event for event, _ in seen] == ["open"]


def test_the_limits_in_the_docs_are_the_ones_in_the_code() -> None:
    text = (ROOT / "docs" / "security.md").read_text()
    assert f"{DEFAULT_MAX_BYTES:,}" in text.replace("\u202f", ",")
    assert f"{MAX_DEPTH} levels" in text
    assert f"{sys.get_int_max_str_digits():,} digits" in text
