"""SignalWire's compatibility API spec (2026): every example of its stream paths and callback
payload schemas parses into its model, strictly, and round-trips.

The spec is the verbatim copy in ``tests/corpus/signalwire-spec/``.  Its examples are given per
property; a schema's example body is each property's first example, in the spec's order (a
property with no example, a response's ``status``, takes every value its enum allows).  The
corpus bodies of that group are those example bodies, written out, and the packaged examples
(``signalwire.examples``) are those files.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
import yaml

from voice_webhooks import PayloadError, WireModel, signalwire
from voice_webhooks._form import FormModel
from voice_webhooks.signalwire import examples

from ..conftest import CORPUS

SPEC_DIR = CORPUS / "signalwire-spec"
SPEC: dict[str, Any] = yaml.safe_load((SPEC_DIR / "compat-streams-openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

# Each schema of the spec, with the model that reads it.
MODELS: dict[str, type[WireModel]] = {
    "CreateCallStreamRequest": signalwire.CreateStreamRequest,
    "UpdateCallStreamRequest": signalwire.UpdateStreamRequest,
    "CreateConferenceStreamRequest": signalwire.CreateConferenceStreamRequest,
    "UpdateConferenceStreamRequest": signalwire.UpdateConferenceStreamRequest,
    "CallStreamResponse": signalwire.Stream,
    "ConferenceStreamResponse": signalwire.ConferenceStream,
    "CompatibilityErrorResponse": signalwire.ErrorResponse,
    "CompatibilityErrorStringArrayResponse": signalwire.ErrorListResponse,
    "VoiceStatusCallbackPayload": signalwire.CallStatusCallback,
    "InboundCallStatusCallbackPayload": signalwire.CallStatusCallback,
    "RecordingStatusCallbackPayload": signalwire.RecordingStatusCallback,
    "TranscriptionStatusCallbackPayload": signalwire.TranscriptionStatusCallback,
}
# Not a voice payload: SMS status callbacks are outside this package.
NOT_MODELLED = {"SmsStatusCallbackPayload"}
# The corpus file of each schema's example body (and the packaged example that is its text).
CORPUS_BODIES = {
    "VoiceStatusCallbackPayload": ("call_status_callback.spec.form.txt", "CALL_STATUS_CALLBACK"),
    "InboundCallStatusCallbackPayload": (
        "inbound_call_status_callback.spec.form.txt",
        "INBOUND_CALL_STATUS_CALLBACK",
    ),
    "RecordingStatusCallbackPayload": (
        "recording_status_callback.spec.form.txt",
        "RECORDING_STATUS_CALLBACK",
    ),
    "TranscriptionStatusCallbackPayload": (
        "transcription_status_callback.spec.form.txt",
        "TRANSCRIPTION_STATUS_CALLBACK",
    ),
    "CreateConferenceStreamRequest": (
        "create_conference_stream_request.spec.form.txt",
        "CREATE_CONFERENCE_STREAM_REQUEST",
    ),
    "CompatibilityErrorStringArrayResponse": (
        "error_list_response.spec.json",
        "ERROR_LIST_RESPONSE",
    ),
}


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with its ``allOf: [$ref]`` followed."""
    for part in schema.get("allOf", []):
        if "$ref" in part:
            return {**SCHEMAS[part["$ref"].rsplit("/", 1)[1]], **schema}
    return schema


def example_bodies(name: str) -> Iterator[dict[str, Any]]:
    """The example bodies of schema ``name``: each property's first example, and every value
    of an enumerated property that has none."""
    fixed: dict[str, Any] = {}
    open_choices: dict[str, list[Any]] = {}
    for key, prop in SCHEMAS[name]["properties"].items():
        prop = _resolved(prop)
        if "examples" in prop:
            fixed[key] = prop["examples"][0]
        elif "enum" in prop:
            open_choices[key] = prop["enum"]
        else:
            raise AssertionError(f"{name}.{key} has no example")
    for values in itertools.product(*open_choices.values()):
        yield {**fixed, **dict(zip(open_choices, values, strict=True))}


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def wire_body(model: type[WireModel], example: dict[str, Any]) -> str:
    """An example as it is sent: an urlencoded form, or JSON."""
    if issubclass(model, FormModel):
        return urlencode({key: _form_text(value) for key, value in example.items()})
    return json.dumps(example)


def parse(model: type[WireModel], body: str, *, strict: bool) -> WireModel:
    if issubclass(model, FormModel):
        return model.from_form(body, strict=strict)
    return model.from_json(body, strict=strict)


def write_back(model: WireModel) -> str:
    return model.to_form_body() if isinstance(model, FormModel) else model.to_json()


CASES = [
    (name, index, body)
    for name in MODELS
    for index, body in enumerate(example_bodies(name))
]  # fmt: skip


def test_every_schema_of_the_spec_is_modelled_or_named_out_of_scope() -> None:
    assert set(MODELS) | NOT_MODELLED | {
        "uuid", "StreamStatus", "ConferenceStreamStatus"
    } == set(SCHEMAS)  # fmt: skip


@pytest.mark.parametrize(("name", "index", "example"), CASES, ids=[f"{n}-{i}" for n, i, _ in CASES])
def test_every_example_parses_strictly_and_round_trips(
    name: str, index: int, example: dict[str, Any]
) -> None:
    model = MODELS[name]
    body = wire_body(model, example)
    strict = parse(model, body, strict=True)
    lenient = parse(model, body, strict=False)
    assert strict == lenient
    assert not strict.wire_extra()  # every property of the spec is a field of the model
    again = parse(model, write_back(strict), strict=True)
    assert again == strict
    written = json.loads(strict.to_json())
    for key, value in example.items():  # every value comes back (dates by instant)
        if key in ("date_updated", "Timestamp"):
            continue
        expected = _form_text(value) if isinstance(strict, FormModel) else value
        got = strict.to_form()[key] if isinstance(strict, FormModel) else written[key]
        assert got == expected, key


# Properties the spec requires that a model reads as optional, and why.
OPTIONAL_ON_PURPOSE: dict[type[WireModel], set[str]] = {
    signalwire.Stream: {"call_sid", "name"},  # also reads conference streams; Twilio's name: null
    signalwire.ConferenceStream: {"name"},  # "May be null if not specified"
    signalwire.ErrorResponse: {"more_info"},  # Twilio's error bodies may lack it
}


def test_required_properties_are_required_fields() -> None:
    """What the spec requires, the model requires, but where noted, and for the call status
    callback: its two schemas differ, and SignalWire's own callbacks (signalwire-sdks corpus)
    leave out the audio quality fields, so it requires what both schemas and those carry."""
    shared = set(SCHEMAS["VoiceStatusCallbackPayload"]["required"]) & set(
        SCHEMAS["InboundCallStatusCallbackPayload"]["required"]
    )
    for name, model in MODELS.items():
        schema_required = set(SCHEMAS[name].get("required", []))
        required = {
            field.alias or key for key, field in model.model_fields.items() if field.is_required()
        }
        if model is signalwire.CallStatusCallback:
            assert required == shared - {"AudioInMos"}
        else:
            assert required == schema_required - OPTIONAL_ON_PURPOSE.get(model, set()), name


@pytest.mark.parametrize("name", sorted(CORPUS_BODIES))
def test_corpus_bodies_are_the_spec_examples(name: str) -> None:
    file_name, constant = CORPUS_BODIES[name]
    text = (SPEC_DIR / file_name).read_text(encoding="utf-8").rstrip("\n")
    (example,) = example_bodies(name)
    model = MODELS[name]
    if issubclass(model, FormModel):
        assert parse_qsl(text, keep_blank_values=True) == [
            (key, _form_text(value)) for key, value in example.items()
        ]
        assert text == wire_body(model, example)
    else:
        assert json.loads(text) == example
    assert getattr(examples, constant).rstrip("\n") == text
    parsed = parse(model, text, strict=True)
    assert parse(model, write_back(parsed), strict=True) == parsed


def test_the_spec_example_parameters_and_defaults() -> None:
    request = signalwire.CreateConferenceStreamRequest.from_form(
        examples.CREATE_CONFERENCE_STREAM_REQUEST, strict=True
    )
    assert request.stream_codec is signalwire.StreamCodec.PCMU
    assert request.stream_real_time is True
    assert request.parameters == {"FirstName": "Jane", "LastName": "Doe"}
    assert request.authorization_bearer_token == "your-bearer-token"
    assert request.status_callback_method is signalwire.HttpMethod.GET
    # The documented defaults (Track, StatusCallbackMethod) are never sent unless set.
    bare = signalwire.CreateConferenceStreamRequest(url="wss://your-application.com/audiostream")
    assert bare.to_form() == {"Url": "wss://your-application.com/audiostream"}
    assert SCHEMAS["CreateConferenceStreamRequest"]["properties"]["Track"]["default"] == (
        "both_tracks"
    )


def test_every_stream_path_of_the_spec() -> None:
    account, call, conference, sid = "{AccountSid}", "{CallSid}", "{ConferenceSid}", "{Sid}"

    def unquoted(path: str) -> str:
        return path.removeprefix("/api/laml/2010-04-01").replace("%7B", "{").replace("%7D", "}")

    built = {
        unquoted(signalwire.create_stream_path(account, call)),
        unquoted(signalwire.update_stream_path(account, call, sid)),
        unquoted(signalwire.create_conference_stream_path(account, conference)),
        unquoted(signalwire.update_conference_stream_path(account, conference, sid)),
    }
    assert built == set(SPEC["paths"])
    requests = {
        "create_stream": signalwire.CreateStreamRequest,
        "update_stream": signalwire.UpdateStreamRequest,
        "create_conference_stream": signalwire.CreateConferenceStreamRequest,
        "update_conference_stream": signalwire.UpdateConferenceStreamRequest,
    }
    responses = {
        "CallStreamResponse": signalwire.Stream,
        "ConferenceStreamResponse": signalwire.ConferenceStream,
        "CompatibilityErrorResponse": signalwire.ErrorResponse,
        "CompatibilityErrorStringArrayResponse": signalwire.ErrorListResponse,
    }
    for operations in SPEC["paths"].values():
        operation = operations["post"]
        body = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
        assert (
            MODELS[body["schema"]["$ref"].rsplit("/", 1)[1]] is (requests[operation["operationId"]])
        )
        for response in operation["responses"].values():
            ref = response["content"]["application/json"]["schema"]["$ref"]
            name = ref.rsplit("/", 1)[1]
            assert MODELS[name] is responses[name]
            for example in example_bodies(name):
                responses[name].from_json(example, strict=True)


def test_the_spec_s_sept_dates_pass_strict_mode() -> None:
    (example,) = [
        e for e in example_bodies("ConferenceStreamResponse") if e["status"] == "in-progress"
    ]
    assert "Sept" in example["date_updated"]
    stream = signalwire.ConferenceStream.from_json(example, strict=True)
    assert json.loads(stream.to_json())["date_updated"] == "Tue, 25 Sep 2018 20:00:00 +0000"


TYPESPEC_FILES = {
    "call_stream.typespec.json": (signalwire.Stream, "STREAM_WITH_DATE_CREATED"),
    "conference_stream.typespec.json": (
        signalwire.ConferenceStream,
        "CONFERENCE_STREAM_WITH_DATE_CREATED",
    ),
}


@pytest.mark.parametrize("file_name", sorted(TYPESPEC_FILES))
def test_api_model_examples_carry_date_created(file_name: str) -> None:
    model, constant = TYPESPEC_FILES[file_name]
    raw = (SPEC_DIR / file_name).read_text(encoding="utf-8")
    assert getattr(examples, constant) == raw
    stream = model.from_json(raw, strict=True)
    assert stream.date_created is not None and stream.date_created < stream.date_updated
    assert model.from_json(stream.to_json(), strict=True) == stream
    assert set(json.loads(stream.to_json())) == set(json.loads(raw))
    assert signalwire.Stream.from_json(raw, strict=True).date_created == stream.date_created


def test_the_api_model_example_repeats_a_parameter_name() -> None:
    text = (SPEC_DIR / "create_stream_request_repeated_name.typespec.form.txt").read_text()
    text = text.rstrip("\n")
    assert text == examples.CREATE_STREAM_REQUEST_REPEATED_NAME
    for strict in (False, True):
        request = signalwire.CreateStreamRequest.from_form(text, strict=strict)
        assert request.parameter_pairs == (("FirstName", "Jane"), ("FirstName", "Jane"))
        assert request.parameters == signalwire.Parameters(
            [("FirstName", "Jane"), ("FirstName", "Jane")]
        )
        assert dict(request.parameters) == {"FirstName": "Jane"}
        assert request.to_form() == dict(parse_qsl(text))  # both pairs, numbered in order


def test_every_file_of_the_group_is_exercised() -> None:
    exercised = {"compat-streams-openapi.yaml", *TYPESPEC_FILES}
    exercised |= {file_name for file_name, _ in CORPUS_BODIES.values()}
    exercised.add("create_stream_request_repeated_name.typespec.form.txt")
    assert {p.name for p in SPEC_DIR.iterdir()} == exercised


def test_strict_mode_refuses_what_the_spec_does_not_document() -> None:
    body = examples.RECORDING_STATUS_CALLBACK
    paused = body.replace("RecordingStatus=completed", "RecordingStatus=paused")
    for changed, path in ((paused, "RecordingStatus"), (body + "&ErrorCode=12345", "ErrorCode")):
        lenient = signalwire.RecordingStatusCallback.from_form(changed)
        assert lenient.to_form() == dict(parse_qsl(changed))
        with pytest.raises(PayloadError) as caught:
            signalwire.RecordingStatusCallback.from_form(changed, strict=True)
        assert caught.value.paths == [path]
