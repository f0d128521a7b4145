"""Concurrency: parsing from many threads at once gives what parsing one body at a time gives, and
parsing changes no state held by the package (module globals, class attributes).

A web server parses webhooks on many threads with the same imported package, so nothing a parse
does may leak into another: no shared mutable context, no caches filled with request data.
"""

from __future__ import annotations

import enum
import sys
import types
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from voice_webhooks import PayloadError, WireModel, _strictness

from ._corpus_cases import corpus_files
from ._parse_targets import PARSERS, Parser, check_verifiers, inputs_for, package_modules

REPEATS = 4
WORKERS = 8


def tasks(*, every_shape: bool = True) -> list[tuple[Parser, Any]]:
    """Every parser and mode on every corpus body: as bytes, and as text and decoded too."""
    return [
        (parser, body)
        for path in corpus_files()
        for parser in PARSERS
        for body in inputs_for(parser, path.read_bytes())[: None if every_shape else 1]
    ]


def outcome(parser: Parser, body: Any) -> tuple[str, Any, Any]:
    """What a parse gives, in a form that compares by value across threads."""
    try:
        model: WireModel = parser.parse(body)
    except PayloadError as exc:
        return "error", exc.errors(), str(exc)
    return type(model).__qualname__, model, model.to_json()


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    """Make the interpreter switch threads far more often than usual, so parses interleave."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.usefixtures("frequent_thread_switches")
def test_parsing_from_many_threads_gives_the_serial_results() -> None:
    work = tasks(every_shape=False)
    assert len(work) > 1000
    serial = [outcome(parser, body) for parser, body in work]
    assert {kind for kind, _, _ in serial} > {"error", "MediaStreamStopped", "Stream"}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        rounds = [pool.map(lambda task: outcome(*task), work) for _ in range(REPEATS)]
        for results in rounds:
            for (parser, body), expected, got in zip(work, serial, results, strict=True):
                assert got == expected, (parser, body)


@pytest.mark.usefixtures("frequent_thread_switches")
def test_request_checks_from_many_threads() -> None:
    bodies = [path.read_bytes() for path in corpus_files()]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(check_verifiers, bodies * 2))


# ------------------------------------------------------------------------ global state


def fingerprint(value: Any, seen: dict[int, Any] | None = None) -> Any:
    """A value's content, all the way down, as nested tuples that compare by value.

    `seen` holds every walked object, not only its id: a temporary (the mapping proxy that
    `vars()` makes) freed mid-walk could hand its id to a later object, which would then be
    reported as seen, and the fingerprint would depend on memory reuse."""
    seen = {} if seen is None else seen
    if isinstance(value, (str, bytes, int, float, bool, type(None), enum.Enum)):
        return repr(value)
    if isinstance(value, (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type)):
        return f"<{type(value).__name__} {getattr(value, '__qualname__', value.__name__)}>"
    if type(value).__module__ in {"typing", "types", "typing_extensions"}:
        # A type annotation (`Union[...]`, `list[str]`): named, not walked. A `GenericAlias`
        # forwards attribute lookups to its origin, so walking one would fingerprint the
        # standard library's classes (`collections.abc.Mapping.__dict__`), not the package.
        return f"<{type(value).__name__} {value!r}>"
    if id(value) in seen:
        return f"<seen {type(value).__name__}>"
    seen[id(value)] = value
    if isinstance(value, (dict, types.MappingProxyType)):
        return "dict", tuple((fingerprint(k, seen), fingerprint(v, seen)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return type(value).__name__, tuple(fingerprint(item, seen) for item in value)
    if isinstance(value, (set, frozenset)):
        return type(value).__name__, tuple(sorted(repr(fingerprint(v, seen)) for v in value))
    if hasattr(value, "__dict__"):
        return type(value).__name__, fingerprint(vars(value), seen)
    return type(value).__name__, repr(value)


def package_state() -> dict[str, Any]:
    """The fingerprint of every module global and class attribute of the package that is data
    (functions, classes and modules are named, not walked)."""
    state = {}
    for module in package_modules():
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            where = f"{module.__name__}.{name}"
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, item in vars(value).items():
                    if not attr.startswith("__") and not callable(item):
                        state[f"{where}.{attr}"] = fingerprint(item)
            elif not isinstance(value, (types.ModuleType, types.FunctionType, type)):
                state[where] = fingerprint(value)
    return state


def parse_the_corpus() -> None:
    for parser, body in tasks():
        outcome(parser, body)


def test_parsing_changes_no_package_state() -> None:
    before = package_state()
    assert len(before) > 100
    parse_the_corpus()
    after = package_state()
    assert [name for name in before if after.get(name) != before[name]] == []
    assert set(after) == set(before)


def test_the_state_check_sees_a_change() -> None:
    before = package_state()
    _strictness.LENIENT_CONTEXT["leaked"] = "request data"
    try:
        after = package_state()
    finally:
        del _strictness.LENIENT_CONTEXT["leaked"]
    changed = [name for name in before if after[name] != before[name]]
    assert "voice_webhooks._strictness.LENIENT_CONTEXT" in changed
