"""Every event model, one by one: its required fields, each value of each enumeration, each
optional field present and absent, and its GET-callback form.

The payloads come from the test kit's factory of each model, built twice with every optional
field sent (once in the documented scenario, once with the last value of every choice, which
reaches the fields only sent on errors) and once with none; the fields and enumerations are
found from the models, so a model added to the package is tested here as it is.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from enum import Enum
from typing import Any, TypeVar

import pytest

from voice_webhooks import PayloadError, WireModel, bandwidth
from voice_webhooks.testing import FACTORIES
from voice_webhooks.testing._values import Values

from .._corpus_cases import REMOVE, enum_paths, replaced, required_paths, wire

T = TypeVar("T")
MODELS = list(dict.fromkeys(bandwidth.EVENT_TYPES.values()))


class _Fixed(Values):
    """Every optional field sent, or none; each choice the documented one, or the last one."""

    def __init__(self, *, sent: bool, last: bool) -> None:
        super().__init__(random.Random(7))
        self.sent = sent
        self.last = last

    def present(self, default: bool) -> bool:
        return self.sent

    def choice(self, options: Sequence[T], default: T) -> T:
        return options[-1] if self.last else default


def _payloads(model: type[WireModel], *, sent: bool) -> list[dict[str, Any]]:
    factory = FACTORIES[model]
    return [factory.payload(_Fixed(sent=sent, last=last), {}, None) for last in (False, True)]


def full(model: type[WireModel]) -> list[dict[str, Any]]:
    return _payloads(model, sent=True)


def minimal(model: type[WireModel]) -> list[dict[str, Any]]:
    return _payloads(model, sent=False)


# A real-time transcription's details: optional under each name, one of them required.
EITHER = {"realTimeTranscription", "transcription"}


def _optional_paths(model: type[WireModel], prefix: tuple[str, ...] = ()) -> set[str]:
    """The wire paths of every optional field, nested models' included."""
    found: set[str] = set()
    for name, field in model.model_fields.items():
        path = (*prefix, field.alias or name)
        if not field.is_required() and name != "event_type":  # (the tag: always written)
            found.add(wire(path))
        for arg in (field.annotation, *getattr(field.annotation, "__args__", ())):
            if isinstance(arg, type) and issubclass(arg, WireModel):
                found |= _optional_paths(arg, path)
    return found


def _present(body: Any, prefix: tuple[str, ...] = ()) -> set[str]:
    found: set[str] = set()
    if isinstance(body, dict):
        for key, value in body.items():
            found.add(wire((*prefix, key)))
            found |= _present(value, (*prefix, key))
    return found


def parse_strictly(body: dict[str, Any]) -> Any:
    event = bandwidth.parse_event(json.dumps(body), strict=True)
    assert bandwidth.parse_event(event.to_json(), strict=True) == event
    assert event.to_dict() == body
    return event


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_required_fields_are_each_named_when_missing(model: type[WireModel]) -> None:
    body = minimal(model)[0]
    event = parse_strictly(body)
    assert type(event) is model
    paths = [path for path in required_paths(event, body) if path != ("eventType",)]
    assert paths
    for path in paths:
        with pytest.raises(PayloadError) as caught:
            bandwidth.parse_event(replaced(body, path, REMOVE))
        assert [(e["path"], e["type"]) for e in caught.value.errors()] == [(wire(path), "missing")]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_optional_fields_are_each_read_present_and_absent(model: type[WireModel]) -> None:
    optional = _optional_paths(model)
    bodies = full(model)
    sent = set().union(*(_present(body) for body in bodies))
    assert optional <= sent, f"never sent: {sorted(optional - sent)}"
    unsent = set.intersection(*(_present(body) for body in minimal(model)))
    assert not optional & unsent, f"always sent: {sorted(optional & unsent)}"
    for body in [*bodies, *minimal(model)]:
        event = parse_strictly(body)
        for path in optional & _present(body) - EITHER:  # each one read, and left out alone
            assert parse_strictly(replaced(body, tuple(path.split(".")), REMOVE)) != event


def _enum_cases() -> list[tuple[type[WireModel], tuple[str | int, ...], type[Enum]]]:
    cases = []
    for model in MODELS:
        seen = set()
        for body in full(model):
            event = bandwidth.parse_event(body, strict=True)
            for path, enum in enum_paths(event, body):
                if path not in seen:
                    seen.add(path)
                    cases.append((model, path, enum, body))
    return cases  # type: ignore[return-value]


ENUM_CASES = _enum_cases()


@pytest.mark.parametrize(
    ("model", "path", "enum", "body"),
    ENUM_CASES,
    ids=[f"{m.__name__}-{wire(p)}" for m, p, _, _ in ENUM_CASES],
)
def test_each_enum_value_is_read_and_unknown_ones_kept_leniently_only(
    model: type[WireModel], path: tuple[str | int, ...], enum: type[Enum], body: dict[str, Any]
) -> None:
    for member in enum:
        event = parse_strictly(replaced(body, path, member.value))
        value: Any = event
        for part in path:
            value = value[part] if isinstance(part, int) else _attribute(value, part)
        assert value is member
    unknown = 99 if isinstance(next(iter(enum)).value, int) else "added-later"
    drifted = replaced(body, path, unknown)
    assert bandwidth.parse_event(drifted).to_dict() == drifted
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(drifted, strict=True)
    assert [(e["path"], e["type"]) for e in caught.value.errors()] == [(wire(path), "enum_unknown")]


def _attribute(model: Any, wire_name: str) -> Any:
    for name, field in type(model).model_fields.items():
        if (field.alias or name) == wire_name:
            return getattr(model, name)
    raise AssertionError(wire_name)


def query_form(body: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """A JSON body as a GET callback delivers it: every value a string, objects as dotted
    keys (an empty one as JSON text), lists comma-separated, ``null`` left out."""
    out: dict[str, str] = {}
    for key, value in body.items():
        if isinstance(value, dict):
            out |= query_form(value, f"{prefix}{key}.") if value else {prefix + key: "{}"}
        elif isinstance(value, list):
            out[prefix + key] = ",".join(value)
        elif isinstance(value, bool):
            out[prefix + key] = str(value).lower()
        elif value is not None:
            out[prefix + key] = str(value)
    return out


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_the_get_callback_form_reads_as_the_json_body(model: type[WireModel]) -> None:
    for body in [full(model)[0], *minimal(model)]:
        params = query_form(body)
        assert all(isinstance(value, str) for value in params.values())
        event = bandwidth.parse_event(params, strict=True)
        assert type(event) is model
        assert event == bandwidth.parse_event(body)
