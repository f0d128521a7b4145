"""Valid bodies from the conformance corpus, each with the parse entry points that take it, and
the wire paths of their fields (found from the parsed models, never listed by hand)."""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, Union, get_args, get_origin
from urllib.parse import parse_qsl

from voice_webhooks import PayloadError, WireModel

from ._parse_targets import PARSERS, Parser
from .conftest import CORPUS

Path_ = tuple[str | int, ...]


def corpus_files() -> list[Path]:
    """Every body file of the corpus (JSON and forms; not the READMEs)."""
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".json", ".txt"))


def decoded(path: Path) -> dict[str, Any] | None:
    """A corpus body as the mapping it stands for (``None``: not a JSON object or a form)."""
    raw = path.read_bytes()
    if path.name.endswith(".form.txt"):
        return dict(parse_qsl(raw.decode().rstrip("\n"), keep_blank_values=True))
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) and "vectors" not in value else None


@dataclass(frozen=True)
class Case:
    """A parser and a corpus body it accepts, with the model it gives."""

    parser: Parser
    source: str
    body: dict[str, Any]
    result: WireModel

    def __repr__(self) -> str:
        return f"{self.parser!r}<-{self.source}"


@functools.cache
def valid_cases() -> tuple[Case, ...]:
    """Every (parser, corpus body) pair that parses, in both modes."""
    cases = []
    bodies = [(p.name, body) for p in corpus_files() if (body := decoded(p)) is not None]
    for parser in PARSERS:
        for source, body in bodies:
            try:
                result = parser.parse(body)
            except PayloadError:
                continue
            cases.append(Case(parser, source, body, result))
    return tuple(cases)


def specific_cases() -> list[Case]:
    """One case per parser and kind of result: the first body that gives values to the model's
    fields, by their wire names."""
    seen: set[tuple[Parser, type]] = set()
    out = []
    for case in valid_cases():
        key = (case.parser, type(case.result))
        if key in seen or not any(field_paths(case.result, case.body)):
            continue
        if any(
            name in case.body and field.alias not in (None, name)
            for name, field in type(case.result).model_fields.items()
        ):
            continue  # given by Python name: errors would name the wire name
        seen.add(key)
        out.append(case)
    return out


# ----------------------------------------------------------------------------- field paths


def _wire_names(model: WireModel) -> dict[str, str]:
    """Wire name (and Python name) -> Python name, for the model's fields."""
    names: dict[str, str] = {}
    for name, field in type(model).model_fields.items():
        names[name] = name
        if field.alias:
            names[field.alias] = name
    return names


def field_paths(model: WireModel, body: Mapping[str, Any], prefix: Path_ = ()) -> Iterator[Path_]:
    """The wire paths of every field value present in ``body`` (not unknown fields), nested
    objects and list items included."""
    names = _wire_names(model)
    for key, value in body.items():
        if key not in names:
            continue
        path = (*prefix, key)
        yield path
        inner = getattr(model, names[key])
        if isinstance(inner, WireModel) and isinstance(value, Mapping):
            yield from field_paths(inner, value, path)
        elif isinstance(value, list):
            yield from ((*path, i) for i in range(len(value)))


def required_paths(
    model: WireModel, body: Mapping[str, Any], prefix: Path_ = ()
) -> Iterator[Path_]:
    """The wire paths of the required fields present in ``body``, nested ones included."""
    names = _wire_names(model)
    for key, value in body.items():
        if key not in names:
            continue
        field = type(model).model_fields[names[key]]
        if field.is_required():
            yield (*prefix, key)
        inner = getattr(model, names[key])
        if isinstance(inner, WireModel) and isinstance(value, Mapping):
            yield from required_paths(inner, value, (*prefix, key))


def _base_type(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _base_type(args[0]) if len(args) == 1 else annotation
    return annotation


def typed_paths(
    model: WireModel, body: Mapping[str, Any], kind: type | tuple[type, ...], prefix: Path_ = ()
) -> Iterator[Path_]:
    """The wire paths in ``body`` of the fields whose type is ``kind`` (datetime, timedelta)."""
    names = _wire_names(model)
    for key, value in body.items():
        if key not in names:
            continue
        field = type(model).model_fields[names[key]]
        base = _base_type(field.annotation)
        if isinstance(base, type) and issubclass(base, kind):
            yield (*prefix, key)
        inner = getattr(model, names[key])
        if isinstance(inner, WireModel) and isinstance(value, Mapping):
            yield from typed_paths(inner, value, kind, (*prefix, key))


def enum_of(annotation: Any) -> type[Enum] | None:
    """The enumeration a field's type admits (through ``Optional``, open unions and lists)."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    for arg in get_args(annotation):
        found = enum_of(arg)
        if found is not None:
            return found
    return None


def enum_paths(
    model: WireModel, body: Mapping[str, Any], prefix: Path_ = ()
) -> Iterator[tuple[Path_, type[Enum]]]:
    """The wire paths in ``body`` of enumerated values (list items one by one), with the enum."""
    names = _wire_names(model)
    for key, value in body.items():
        if key not in names:
            continue
        annotation = type(model).model_fields[names[key]].annotation
        enum = enum_of(annotation)
        if enum is not None and isinstance(value, list):
            yield from (((*prefix, key, i), enum) for i in range(len(value)))
        elif enum is not None:
            yield (*prefix, key), enum
        inner = getattr(model, names[key])
        if isinstance(inner, WireModel) and isinstance(value, Mapping):
            yield from enum_paths(inner, value, (*prefix, key))


def object_paths(model: WireModel, body: Mapping[str, Any], prefix: Path_ = ()) -> Iterator[Path_]:
    """The wire paths of ``body`` and of every nested object that is a model of its own."""
    yield prefix
    names = _wire_names(model)
    for key, value in body.items():
        inner = getattr(model, names[key]) if key in names else None
        if isinstance(inner, WireModel) and isinstance(value, Mapping):
            yield from object_paths(inner, value, (*prefix, key))


def field_names(model: type[WireModel]) -> set[str]:
    """Every name a field of ``model`` or of a model nested in it answers to."""
    names: set[str] = set()
    for name, field in model.model_fields.items():
        names |= {name, field.alias or name}
        for arg in (field.annotation, *get_args(field.annotation)):
            if isinstance(arg, type) and issubclass(arg, WireModel) and arg is not model:
                names |= field_names(arg)
    return names


TIME_KINDS = (datetime, timedelta)


def wire(path: Path_) -> str:
    """``('mediaStream', 'tracks', 1)`` -> ``mediaStream.tracks[1]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def replaced(body: Any, path: Path_, value: Any) -> Any:
    """A deep copy of ``body`` with the value at ``path`` replaced (or removed: ``REMOVE``)."""
    copy = json.loads(json.dumps(body))
    *parents, last = path
    target = copy
    for part in parents:
        target = target[part]
    if value is REMOVE:
        del target[last]
    else:
        target[last] = value
    return copy


REMOVE = object()
