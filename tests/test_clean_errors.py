"""Clean errors wherever Pydantic runs the package's types: one error per problem, at its wire
path, without the unions' internal labels, with a bounded preview of the input.

Through ``TypeAdapter(bandwidth.BandwidthEvent)`` (JSON and Python input), a field of a user's
model, and each model's own ``model_validate_json``/``model_validate``, in lenient mode and in
strict mode (the validation context).  The bad bodies are made from the models
(``_bad_bodies.py``); the FastAPI app with the bare union as its body is in
``integrations/test_fastapi_union.py``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.plugin import _loader as plugin_loader

from voice_webhooks import PayloadError, WireModel, bandwidth, signalwire
from voice_webhooks._clean_errors import MAX_ERRORS
from voice_webhooks._errors import wire_path
from voice_webhooks._strictness import STRICT_CONTEXT

from ._bad_bodies import (
    EVENT_MODELS,
    EVENT_MUTATIONS,
    FIVE_MB,
    Loc,
    Mutation,
    complete_body,
    huge_bodies,
)
from ._parse_targets import models
from .test_fuzz import FUZZ, encode, json_values, mutated_corpus_body, objects
from .testing._support import ALL_FACTORIES

EVENTS = TypeAdapter(bandwidth.BandwidthEvent)
LABELS = ("~known", "~unknown", "~native", "~fallback", "BandwidthEvent")
EXPECTED_TYPE = {
    "missing": "missing",
    "bad-timestamp": "datetime_",
    "bad-duration": "duration_",
    "unknown-value": "enum_unknown",
}


def errors_of(call: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
    """The errors ``call`` raises, each checked to be clean; a valid input fails the test."""
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    errors: list[dict[str, Any]] = caught.value.errors(include_url=False)  # type: ignore[assignment]
    for error in errors:
        assert_clean(error)
    assert len(str(caught.value)) < 4000
    return errors


# Every wire key of every model: an eventType that is also one (SignalWire's "dtmf" message
# field) may start a location; any other eventType there would be the union's tag leaking.
WIRE_KEYS = {
    field.alias or name for model in models() for name, field in model.model_fields.items()
}


def assert_clean(error: dict[str, Any]) -> None:
    """No internal label, tag or union branch anywhere; every part bounded and JSON-ready."""
    assert not any(isinstance(part, str) and part.startswith("~") for part in error["loc"])
    for event_type in set(bandwidth.EVENT_TYPES) - WIRE_KEYS:  # the tag is not a wire key
        assert error["loc"][:1] != (event_type,)
    assert not any(label in error["msg"] for label in LABELS)
    assert len(json.dumps(error, default=str)) < 1000, error


def where(errors: list[dict[str, Any]]) -> list[Loc]:
    return [error["loc"] for error in errors]


def assert_one_error_at(errors: list[dict[str, Any]], mutation: Mutation) -> None:
    assert where(errors) == [mutation.loc]
    assert errors[0]["type"].startswith(EXPECTED_TYPE.get(mutation.what, ""))


def context(mutation: Mutation) -> dict[str, Any] | None:
    return STRICT_CONTEXT if mutation.strict else None


# ----------------------------------------------------------- every field of every event type


@pytest.mark.parametrize("model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_every_event_type_has_a_complete_valid_body(model: type[WireModel]) -> None:
    body = complete_body(model)
    event = model.model_validate(body, context=STRICT_CONTEXT)
    assert event.to_dict() == body  # every field present, nothing repaired


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_the_union_gives_one_error_at_the_wire_path(mutation: Mutation) -> None:
    body = mutation.body()
    python = errors_of(EVENTS.validate_python, body, context=context(mutation))
    assert_one_error_at(python, mutation)
    from_json = errors_of(EVENTS.validate_json, json.dumps(body), context=context(mutation))
    assert_one_error_at(from_json, mutation)  # (Pydantic words some errors of JSON input apart)


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_each_model_gives_one_error_at_the_wire_path(mutation: Mutation) -> None:
    body = mutation.body()
    model = mutation.model
    from_json = errors_of(model.model_validate_json, json.dumps(body), context=context(mutation))
    assert_one_error_at(from_json, mutation)
    assert_one_error_at(errors_of(model.model_validate, body, context=context(mutation)), mutation)


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_parse_event_names_the_same_place(mutation: Mutation) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(json.dumps(mutation.body()), strict=mutation.strict)
    assert caught.value.paths == [wire_path(mutation.loc)]


@pytest.mark.parametrize("mutation", [m for m in EVENT_MUTATIONS if m.strict], ids=repr)
def test_lenient_mode_keeps_the_unknown_value(mutation: Mutation) -> None:
    body = mutation.body()
    event = EVENTS.validate_python(body)
    assert type(event) is mutation.model
    assert event.to_dict() == body


@pytest.mark.parametrize("model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_every_problem_of_a_body_is_listed_once(model: type[WireModel]) -> None:
    required = [
        field.alias or name
        for name, field in model.model_fields.items()
        if field.is_required() and (field.alias or name) not in ("eventType", "eventTime")
    ]
    assert len(required) >= 2, required
    wrong, missing = required[:2]
    body = complete_body(model)
    body["eventTime"] = "soon"
    body[wrong] = [7]  # no required field takes a list of numbers
    del body[missing]
    errors = errors_of(EVENTS.validate_python, body)
    assert sorted(where(errors), key=str) == sorted([(missing,), (wrong,), ("eventTime",)], key=str)


@pytest.mark.parametrize("model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_a_field_of_a_users_model_puts_its_own_location_first(model: type[WireModel]) -> None:
    class Envelope(BaseModel):
        events: list[bandwidth.BandwidthEvent]
        attempt: int

    missing = next(
        field.alias or name
        for name, field in model.model_fields.items()
        if field.is_required() and (field.alias or name) != "eventType"
    )
    broken = complete_body(model)
    del broken[missing]
    with pytest.raises(ValidationError) as caught:
        Envelope.model_validate({"events": [complete_body(model), broken], "attempt": "x"})
    assert where(caught.value.errors()) == [("events", 1, missing), ("attempt",)]
    assert Envelope(events=[complete_body(model)], attempt=1).events[0] == EVENTS.validate_python(
        complete_body(model)
    )


def as_starlette_sends_it(errors: list[Any]) -> bytes:
    """What FastAPI's 422 does with the errors: strict JSON, encoded as UTF-8."""
    content = json.dumps(errors, ensure_ascii=False, allow_nan=False, default=str)
    return content.encode("utf-8")


@FUZZ
@given(st.one_of(json_values, objects, mutated_corpus_body()), st.booleans())
def test_any_input_gives_an_event_or_clean_errors_json_can_carry(value: Any, strict: bool) -> None:
    mode = STRICT_CONTEXT if strict else None
    for validate, data in ((EVENTS.validate_python, value), (EVENTS.validate_json, encode(value))):
        try:
            event = validate(data, context=mode)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            if errors[0]["type"] == "json_invalid":  # Pydantic's parser, before any type runs
                assert [e["loc"] for e in errors] == [()]
                continue
            assert 1 <= len(errors) <= MAX_ERRORS
            for error in errors:
                assert_clean(dict(error))
            assert len(as_starlette_sends_it(errors)) < 20 * 1000
        else:
            assert isinstance(event, WireModel)


# ------------------------------------------------------------------- bodies nothing can dispatch


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"callId": "c-1"}, [(("eventType",), "missing")]),
        ({"eventType": 5}, [(("eventType",), "event_type_type")]),
        ({"eventType": ""}, [(("eventType",), "event_type_type")]),
        ([1, 2], [((), "body_not_object")]),
        ("mediaStreamStopped", [((), "body_not_object")]),
    ],
    ids=["no-event-type", "number", "empty", "array", "string"],
)
def test_a_body_without_a_usable_event_type_is_one_error(body: Any, expected: list[Any]) -> None:
    for errors in (
        errors_of(EVENTS.validate_python, body),
        errors_of(EVENTS.validate_json, json.dumps(body)),
    ):
        assert [(error["loc"], error["type"]) for error in errors] == expected


def test_an_unknown_event_type_is_kept_or_one_error_in_strict_mode() -> None:
    body = {"eventType": "somethingNew", "callId": "c-1"}
    assert isinstance(EVENTS.validate_python(body), bandwidth.UnknownEvent)
    errors = errors_of(EVENTS.validate_python, body, context=STRICT_CONTEXT)
    assert [(error["loc"], error["type"]) for error in errors] == [
        (("eventType",), "event_type_unknown")
    ]
    assert errors[0]["input"] == "somethingNew"


def test_an_unknown_field_an_event_cannot_keep_is_one_error() -> None:
    body = complete_body(bandwidth.MediaStreamStopped) | {"addedLater": {"x": [1, None]}}
    assert EVENTS.validate_json(json.dumps(body)).wire_extra() == {"addedLater": {"x": [1, None]}}
    errors = errors_of(EVENTS.validate_json, json.dumps(body).replace("null", "NaN"))
    assert where(errors) == [("addedLater",)]
    assert errors[0]["input"] == "{'x': [1, nan]}"  # a preview that JSON can carry


# --------------------------------------------------------------------------- bounded in size


@pytest.mark.parametrize(("name", "body", "locs"), huge_bodies(), ids=lambda v: str(v)[:30])
def test_a_5_mb_body_gives_small_errors(name: str, body: Any, locs: list[Loc]) -> None:
    text = json.dumps(body)
    assert len(text) > FIVE_MB
    calls = [EVENTS.validate_json]
    if name in ("missing-field-in-padding", "long-timestamp"):
        calls.append(bandwidth.MediaStreamStopped.model_validate_json)
    for call in calls:
        errors = errors_of(call, text)
        assert where(errors) == locs
        assert len(json.dumps(errors, default=str)) < 4096


def test_past_the_limit_the_last_error_counts_the_others() -> None:
    stopped = complete_body(bandwidth.MediaStreamStopped)
    tracks = ["inbound", *[7] * 5000]
    body = stopped | {"mediaStream": stopped["mediaStream"] | {"tracks": tracks}}
    for call in (EVENTS.validate_python, bandwidth.MediaStreamStopped.model_validate):
        errors = errors_of(call, body)
        assert where(errors) == [("mediaStream", "tracks", i) for i in range(1, MAX_ERRORS)] + [()]
        assert errors[-1]["type"] == "too_many_errors"
        assert errors[-1]["msg"] == f"{5000 - (MAX_ERRORS - 1)} more problems, not listed"
        assert len(json.dumps(errors, default=str)) < 4096


def test_a_model_refuses_a_5_mb_array_with_a_bounded_input() -> None:
    errors = errors_of(bandwidth.MediaStreamStopped.model_validate, ["x" * FIVE_MB])
    assert [(error["loc"], error["type"]) for error in errors] == [((), "model_type")]


def test_garbage_bytes_are_one_json_error() -> None:
    garbage = bytes(range(256)) * 4
    # TypeAdapter.validate_json: Pydantic's JSON parser refuses the bytes before any type runs
    with pytest.raises(ValidationError) as caught:
        EVENTS.validate_json(garbage)
    assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [((), "json_invalid")]
    errors = errors_of(bandwidth.MediaStreamStopped.model_validate_json, garbage * 5000)
    assert [(e["loc"], e["type"]) for e in errors] == [((), "json_invalid")]


# ------------------------------------------------------------------------ every model directly


def _documented_models() -> dict[type[WireModel], WireModel]:
    """A valid instance of each model reachable from the factories' payloads and the XML
    examples of the reference pages, by exact type: nested models (a media chunk, a stream
    noun, a parameter) included, whose rules a schema alone cannot satisfy."""
    from voice_webhooks.bandwidth import bxml_examples
    from voice_webhooks.signalwire import cxml_examples

    roots: list[Any] = [factory.build() for factory in ALL_FACTORIES if factory.strictly_valid]
    roots += [bandwidth.BxmlResponse.from_xml(bxml_examples.START_STREAM)]
    for name in dir(cxml_examples):
        text = getattr(cxml_examples, name)
        if name.isupper() and isinstance(text, str):
            body = text if "<Response>" in text else f"<Response>{text}</Response>"
            document = signalwire.CxmlResponse.from_xml(body)
            roots += [document, *document.conference_streams()]
    found: dict[type[WireModel], WireModel] = {}

    def walk(value: Any) -> None:
        if isinstance(value, WireModel):
            found.setdefault(type(value), value)
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for root in roots:
        walk(root)
    return found


DOCUMENTED = _documented_models()


def _valid_body(model: type[WireModel]) -> dict[str, Any] | None:
    """A valid body of ``model``: its factory's, a subclass's, a documented instance's, or one
    made from its schema."""
    for factory in ALL_FACTORIES:
        if issubclass(factory.model, model) and factory.strictly_valid:
            return dict(factory())
    if model in DOCUMENTED:
        return DOCUMENTED[model].to_dict()
    try:
        return complete_body(model)
    except TypeError:
        return None


MODEL_BODIES = [(model, body) for model in models() if (body := _valid_body(model)) is not None]


def test_every_model_has_a_valid_body() -> None:
    assert {model for model, _ in MODEL_BODIES} == set(models())


@pytest.mark.parametrize(
    ("model", "body"), MODEL_BODIES, ids=[model.__name__ for model, _ in MODEL_BODIES]
)
def test_every_model_names_each_missing_field_once(
    model: type[WireModel], body: dict[str, Any]
) -> None:
    model.model_validate_json(json.dumps(body))
    required = [
        field.alias or name
        for name, field in model.model_fields.items()
        if field.is_required() and (field.alias or name) in body
    ]
    for key in required:
        broken = {k: v for k, v in body.items() if k != key} | {"padding": "x" * 100_000}
        errors = errors_of(model.model_validate_json, json.dumps(broken))
        assert [(error["loc"], error["type"]) for error in errors] == [((key,), "missing")]


def test_building_a_request_reports_clean_errors() -> None:
    with pytest.raises(ValidationError) as caught:
        signalwire.CreateStreamRequest(url="wss://ws.example/audio", track="bothh")  # type: ignore[arg-type]
    errors = caught.value.errors(include_url=False)
    assert [(e["loc"], e["type"]) for e in errors] == [(("track",), "enum")]
    assert caught.value.title == "CreateStreamRequest"


# ------------------------------------------------------------- what the cleaning leaves alone


def test_valid_events_serialize_and_document_as_before() -> None:
    for model in EVENT_MODELS:
        event = EVENTS.validate_python(complete_body(model))
        assert json.loads(EVENTS.dump_json(event, by_alias=True)) == event.to_dict()
    schema = EVENTS.json_schema()
    known, unknown = schema["anyOf"]
    assert known["discriminator"]["propertyName"] == "eventType"
    assert unknown == {"$ref": "#/$defs/UnknownEvent"}
    assert EVENTS.json_schema(mode="serialization")["anyOf"][0]["oneOf"] == known["oneOf"]


class _Plugin:
    """A Pydantic plugin that records what the validators it wraps report."""

    def __init__(self) -> None:
        self.failures: list[ValidationError] = []

    def new_schema_validator(self, *args: Any, **kwargs: Any) -> tuple[Any, Any, Any]:
        plugin = self

        class OnValidate:
            def on_error(self, error: ValidationError) -> None:
                plugin.failures.append(error)

        return OnValidate(), OnValidate(), OnValidate()


def test_pydantic_plugins_see_the_union_validate(monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = _Plugin()
    monkeypatch.setattr(plugin_loader, "_plugins", {"recorder": plugin})
    adapter = TypeAdapter(bandwidth.BandwidthEvent)
    with pytest.raises(ValidationError):
        adapter.validate_python({"eventType": "mediaStreamStopped"})
    [failure] = plugin.failures
    assert ("callId",) in where(failure.errors())  # the clean error, as the user gets it
