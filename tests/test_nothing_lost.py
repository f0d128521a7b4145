"""Nothing lost: a genuine body with arbitrary unknown keys at every level and unknown values in
every enumerated field parses leniently, and writes back every key and value it came with.

``bandwidth/test_properties.py`` checks this for extra keys at the top and in ``mediaStream``
and one enum field at a time; here every object level, every enum field (list items and integer
enums included) and every model of both providers, JSON and form, are covered, with the fields
found from the models.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_webhooks import PayloadError, WireModel, bandwidth

from ._corpus_cases import (
    Case,
    enum_paths,
    field_names,
    object_paths,
    replaced,
    specific_cases,
    wire,
)
from ._meaning import differences
from ._parse_targets import models
from .bandwidth.test_properties import EVENTS
from .test_fuzz import EXAMPLES

SETTINGS = settings(
    max_examples=max(80, EXAMPLES), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

KNOWN_NAMES = set().union(*(field_names(model) for model in models()))
text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
unknown_keys = text.filter(lambda k: k not in KNOWN_NAMES and not k.startswith("Parameter"))


def _arrays_and_objects(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text,
    _arrays_and_objects,
    max_leaves=10,
)


def unknown_value(enum: type[Enum], *, form: bool) -> st.SearchStrategy[Any]:
    known = {member.value for member in enum}
    if isinstance(next(iter(known)), int) and not form:
        return st.integers().filter(lambda v: v not in known)
    return text.filter(lambda v: v not in known)


Added = list[tuple[str, tuple[str | int, ...], Any]]
"""What :func:`drifted_and_added` added: ``("value", path, value)`` and ``("field", path, key)``."""


@st.composite
def drifted_and_added(
    draw: st.DrawFn, body: dict[str, Any], model: WireModel, *, form: bool
) -> tuple[Any, Added]:
    """``body`` as a provider might send it tomorrow: unknown values in some enum fields,
    unknown keys in some objects (with any JSON value; text only in a form); and what was
    added."""
    added: Added = []
    for path, enum in enum_paths(model, body):
        if draw(st.booleans()):
            value = draw(unknown_value(enum, form=form))
            body = replaced(body, path, value)
            added.append(("value", path, value))
    values = text if form else json_values
    for path in object_paths(model, body):
        extras = draw(st.dictionaries(unknown_keys, values, max_size=3))
        target = body
        for part in path:
            target = target[part]
        target.update(extras)
        added += [("field", path, key) for key in extras]
    return body, added


def drifted(body: dict[str, Any], model: WireModel, *, form: bool) -> st.SearchStrategy[Any]:
    """:func:`drifted_and_added`, the body alone."""
    return drifted_and_added(body, model, form=form).map(lambda drift: drift[0])


LENIENT_CASES = [c for c in specific_cases() if not c.parser.strict]


@SETTINGS
@given(st.data())
def test_any_genuine_body_with_drift_loses_nothing(data: st.DataObject) -> None:
    case: Case = data.draw(st.sampled_from(LENIENT_CASES))
    form = case.parser.kind == "form"
    body = data.draw(drifted(json.loads(json.dumps(case.body)), case.result, form=form))
    shapes: list[Any] = [body] if form else [json.dumps(body).encode(), body]
    for shape in shapes:
        model = case.parser.parse(shape)
        emitted = model.to_form() if form else json.loads(model.to_json())
        assert differences(body, emitted) == []
        assert case.parser.parse(emitted) == model


EVENT_BODIES = st.one_of(list(EVENTS.values()))


@SETTINGS
@given(st.data())
def test_any_valid_event_with_drift_loses_nothing(data: st.DataObject) -> None:
    body = data.draw(EVENT_BODIES)
    strict = bandwidth.parse_event(json.dumps(body), strict=True)
    drift = data.draw(drifted(body, strict, form=False))
    event = bandwidth.parse_event(json.dumps(drift))
    assert type(event) is type(strict)
    emitted = json.loads(event.to_json())
    assert differences(drift, emitted) == []
    assert bandwidth.parse_event(emitted) == event == bandwidth.parse_event(drift)


def _strict_ok(case: Case) -> bool:
    try:
        bandwidth.parse_event(case.body, strict=True)
    except PayloadError:
        return False
    return True


def test_drift_is_what_strict_mode_refuses() -> None:
    # The drift the properties above add is real drift: strict mode names each kind of it.
    case = next(
        c for c in LENIENT_CASES
        if c.parser.name == "parse_event" and any(enum_paths(c.result, c.body)) and _strict_ok(c)
    )  # fmt: skip
    path, _ = next(enum_paths(case.result, case.body))
    for body, where in (
        (replaced(case.body, path, "brand-new"), path),
        (case.body | {"brandNew": 1}, ("brandNew",)),
    ):
        assert bandwidth.parse_event(body).to_dict() == body
        with pytest.raises(PayloadError) as caught:
            bandwidth.parse_event(body, strict=True)
        assert caught.value.paths == [wire(where)]


other_event_types = text.filter(lambda t: bool(t) and t not in bandwidth.EVENT_TYPES)
any_fields = st.dictionaries(
    st.one_of(st.sampled_from(sorted(KNOWN_NAMES - {"event_type", "eventType"})), text).filter(
        lambda k: k not in ("eventType", "event_type")
    ),
    json_values,
    max_size=8,
)


@SETTINGS
@given(other_event_types, any_fields)
def test_an_unknown_event_type_keeps_every_field(event_type: str, fields: dict[str, Any]) -> None:
    # Field names of the known events, with any values, are just fields of an unknown event.
    body = {"eventType": event_type, **fields}
    for shape in (json.dumps(body), body):
        event = bandwidth.parse_event(shape)
        assert isinstance(event, bandwidth.UnknownEvent)
        assert event.event_type == event_type and event.wire_extra() == fields
        assert json.loads(event.to_json()) == body
        assert bandwidth.parse_event(event.to_json()) == event


@SETTINGS
@given(other_event_types, st.dictionaries(text.filter(lambda k: k != "eventType"), text))
def test_an_unknown_event_from_a_get_callback_keeps_every_parameter(
    event_type: str, params: dict[str, str]
) -> None:
    query = {"eventType": event_type, **params}
    event = bandwidth.parse_event(query)
    assert isinstance(event, bandwidth.UnknownEvent)
    assert json.loads(event.to_json()) == query


def test_models_are_frozen_so_nothing_changes_after_parsing() -> None:
    for case in LENIENT_CASES:
        model = case.result
        name = next(iter(type(model).model_fields))
        try:
            setattr(model, name, None)
        except ValueError:  # pydantic's frozen-instance error
            continue
        raise AssertionError(f"{type(model).__name__}.{name} could be reassigned")
