"""parse_event: dispatch, the union type, strict and lenient modes, inputs, GET callbacks."""

from __future__ import annotations

import json
import subprocess
import sys
from types import MappingProxyType
from typing import Any, get_args

import pytest
from pydantic import TypeAdapter

from voice_webhooks import DEFAULT_MAX_BYTES, PayloadError, bandwidth
from voice_webhooks._clean_errors import fast_schema

from ..conftest import CORPUS


def load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / "bandwidth" / name).read_bytes())


STOPPED = load("mediaStreamStopped_1.json")
RECORDING = load("recordingAvailable_1.json") | {"eventTime": "2019-09-13T16:49:40.500Z"}


# ------------------------------------------------------------------------ the union type itself


def test_union_type_dispatches_in_pydantic_type_adapter() -> None:
    adapter = TypeAdapter(bandwidth.BandwidthEvent)
    event = adapter.validate_json(json.dumps(STOPPED))
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert adapter.validate_python(STOPPED) == event
    answer = adapter.validate_python(load("answer_1.json"))
    assert isinstance(answer, bandwidth.Answer)
    unknown = adapter.validate_python({"eventType": "answered", "callId": "c-1"})
    assert isinstance(unknown, bandwidth.UnknownEvent)


def test_union_is_a_tagged_union_not_smart_mode() -> None:
    # known types by tag, natively; UnknownEvent only when no known type matched the tag
    schema: Any = TypeAdapter(bandwidth.BandwidthEvent).core_schema
    if schema["type"] == "definitions":
        schema = schema["schema"]
    assert schema["type"] == "chain"  # the fast path, then the clean errors of a failure
    schema = fast_schema(schema)
    assert schema["type"] == "union" and schema["mode"] == "left_to_right"
    (known, _), (_unknown, _) = schema["choices"]
    assert known["type"] == "tagged-union"
    assert set(known["choices"]) == set(bandwidth.EVENT_TYPES)
    assert sorted(known["discriminator"]) == [["eventType"], ["event_type"]]


def test_a_known_type_that_fails_its_model_is_an_error_not_an_unknown_event() -> None:
    with pytest.raises(PayloadError) as info:
        bandwidth.parse_event(STOPPED | {"cause": 7})
    assert info.value.paths == ["cause"]


def test_an_event_that_fits_another_model_still_goes_by_its_event_type() -> None:
    # a stopped body labelled "mediaStreamStarted" validates as MediaStreamStarted, not Stopped
    event = bandwidth.parse_event(STOPPED | {"eventType": "mediaStreamStarted"})
    assert type(event) is bandwidth.MediaStreamStarted
    assert event.wire_extra() == {"cause": "closed"}


DOCUMENTED_EVENT_TYPES = {
    "initiate", "answer", "disconnect", "redirect", "dtmf", "gather",
    "machineDetectionComplete", "bridgeComplete", "bridgeTargetComplete", "transferAnswer",
    "transferComplete", "transferDisconnect", "recordComplete", "recordingAvailable",
    "transcriptionAvailable", "conferenceCreated", "conferenceRedirect", "conferenceMemberJoin",
    "conferenceMemberExit", "conferenceCompleted", "conferenceRecordingAvailable",
    "mediaStreamStarted", "mediaStreamRejected", "mediaStreamStopped",
    "realTimeTranscriptionStarted", "realTimeTranscriptionAvailable",
    "realTimeTranscriptionRejected", "realTimeTranscriptionStopped", "referComplete",
}  # fmt: skip


def test_event_types_registry() -> None:
    assert len(DOCUMENTED_EVENT_TYPES) == 29
    assert set(bandwidth.EVENT_TYPES) == DOCUMENTED_EVENT_TYPES | {"recordingComplete"}
    assert bandwidth.EVENT_TYPES["recordingComplete"] is bandwidth.RecordComplete
    assert bandwidth.EVENT_TYPES["recordComplete"] is bandwidth.RecordComplete
    models = set(bandwidth.EVENT_TYPES.values())
    assert len(models) == 29
    for event_type, model in bandwidth.EVENT_TYPES.items():
        named = "recordComplete" if event_type == "recordingComplete" else event_type
        assert model.__name__.lower() == named.lower()  # each model is named after its event
        assert model.__module__.startswith("voice_webhooks.bandwidth.")
        assert event_type in get_args(model.model_fields["event_type"].annotation)


def test_the_union_type_lists_exactly_the_registered_models() -> None:
    (members, _dispatch) = get_args(bandwidth.BandwidthEvent)
    assert set(get_args(members)) == {*bandwidth.EVENT_TYPES.values(), bandwidth.UnknownEvent}


def test_both_names_of_the_record_complete_event_are_written_back_as_received() -> None:
    for name in ("recordComplete", "recordingComplete"):
        body = load("recordComplete_1.json") | {"eventType": name}
        event = bandwidth.parse_event(json.dumps(body), strict=True)
        assert type(event) is bandwidth.RecordComplete
        assert json.loads(event.to_json())["eventType"] == name
    fields = {k: v for k, v in load("recordComplete_1.json").items() if k != "eventType"}
    built = bandwidth.RecordComplete.model_validate(fields)  # named by neither: the pages' name
    assert json.loads(built.to_json())["eventType"] == "recordComplete"


LAZY = """
import json, sys
from voice_webhooks import bandwidth
from voice_webhooks.bandwidth.examples import DTMF, GATHER, MEDIA_STREAM_STOPPED
FAMILIES = {"calls", "input", "machine_detection", "bridge", "transfer", "recording",
            "transcription", "conference", "media_stream", "realtime_transcription", "refer"}
def state():
    prefix = "voice_webhooks.bandwidth."
    loaded = sorted(m[len(prefix):] for m in sys.modules
                    if m.startswith(prefix) and m[len(prefix):] in FAMILIES)
    built = sorted(m.__name__ for m in map(bandwidth.EVENT_TYPES.loaded, bandwidth.EVENT_TYPES)
                   if m is not None and m.__pydantic_complete__)
    return loaded, built
steps = [state()]
first = bandwidth.parse_event(DTMF.encode())
steps.append(state())
bandwidth.parse_event(GATHER, strict=True)
bandwidth.parse_event(DTMF.encode())
steps.append(state())
bandwidth.parse_event(MEDIA_STREAM_STOPPED.encode())
steps.append(state())
print(json.dumps([steps, type(first).__name__]))
"""


def test_parse_event_loads_and_builds_only_the_models_it_meets() -> None:
    # A fresh interpreter: importing loads no event model, the first body loads and builds its
    # own, and each later event type adds just its model (the same dispatch, grown).
    result = subprocess.run(
        [sys.executable, "-c", LAZY], capture_output=True, text=True, check=True
    )
    steps, first = json.loads(result.stdout)
    assert first == "Dtmf"
    assert steps == [
        [[], []],
        [["input"], ["Dtmf"]],
        [["input"], ["Dtmf", "Gather"]],
        [["input", "media_stream"], ["Dtmf", "Gather", "MediaStreamStopped"]],
    ]


GROWING = """
import json, sys, threading
from pathlib import Path
from voice_webhooks import bandwidth
bodies = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob("*.json"))]
results = {}
barrier = threading.Barrier(8)
def work(index):
    barrier.wait()
    results[index] = [type(bandwidth.parse_event(body)).__name__ for body in bodies[index::8]]
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(json.dumps([name for i in range(8) for name in results[i]]))
"""


def test_the_dispatch_grows_safely_under_concurrent_first_parses() -> None:
    # Eight threads parse every event type at once from a cold start: each body gets its own
    # model while the union is being grown by the others.
    folder = CORPUS / "bandwidth"
    result = subprocess.run(
        [sys.executable, "-c", GROWING, str(folder)], capture_output=True, text=True, check=True
    )
    bodies = sorted(folder.glob("*.json"))
    expected = [bandwidth.EVENT_TYPES[load(p.name)["eventType"]].__name__ for p in bodies]
    got = json.loads(result.stdout)
    assert sorted(got) == sorted(expected)
    assert "UnknownEvent" not in got


def test_every_public_name_is_exported_and_loaded_on_first_use() -> None:
    eager = {"EVENT_TYPES", "UnknownEvent", "parse_event"}
    assert set(bandwidth.__all__) == eager | set(bandwidth._MODULE_OF)
    assert set(bandwidth.EVENT_TYPES) <= {
        tag
        for model in dict.fromkeys(bandwidth.EVENT_TYPES.values())
        for tag in get_args(model.model_fields["event_type"].annotation)
    }


# --------------------------------------------------------------- strict rejects, lenient keeps

UNKNOWN_FIELD = STOPPED | {"newField": {"nested": [1, 2]}}
UNKNOWN_NESTED_FIELD = STOPPED | {"mediaStream": STOPPED["mediaStream"] | {"codec": "PCMU"}}
UNKNOWN_ENUM = STOPPED | {"direction": "sideways"}
UNKNOWN_TRACK = STOPPED | {"mediaStream": STOPPED["mediaStream"] | {"tracks": ["inbound", "x"]}}
UNKNOWN_EVENT_TYPE = STOPPED | {"eventType": "mediaStreamPaused"}
REPAIRED_TIMESTAMP = STOPPED | {"eventTime": "2022-06-30-18:55:02.489Z"}
ZONELESS_TIMESTAMP = STOPPED | {"answerTime": "2022-06-30T18:55:02.080"}

STRICT_CASES = {
    "unknown field": (UNKNOWN_FIELD, "newField", "extra_forbidden"),
    "unknown nested field": (UNKNOWN_NESTED_FIELD, "mediaStream.codec", "extra_forbidden"),
    "unknown enum value": (UNKNOWN_ENUM, "direction", "enum_unknown"),
    "unknown enum value in a list": (UNKNOWN_TRACK, "mediaStream.tracks[1]", "enum_unknown"),
    "unknown eventType": (UNKNOWN_EVENT_TYPE, "eventType", "event_type_unknown"),
    "repaired timestamp": (REPAIRED_TIMESTAMP, "eventTime", "datetime_not_rfc3339"),
    "timestamp without a zone": (ZONELESS_TIMESTAMP, "answerTime", "datetime_no_zone"),
}


@pytest.mark.parametrize("case", STRICT_CASES)
def test_strict_mode_rejects(case: str) -> None:
    body, path, kind = STRICT_CASES[case]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(json.dumps(body), strict=True)
    assert [(e["path"], e["type"]) for e in caught.value.errors()] == [(path, kind)]
    assert str(caught.value).startswith(f"invalid Bandwidth event: {path}: ")


@pytest.mark.parametrize("case", STRICT_CASES)
def test_strict_mode_rejects_decoded_mappings_too(case: str) -> None:
    body, path, _ = STRICT_CASES[case]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body, strict=True)
    assert caught.value.paths == [path]


@pytest.mark.parametrize("case", STRICT_CASES)
def test_lenient_mode_keeps_and_writes_back(case: str) -> None:
    body, _, _ = STRICT_CASES[case]
    event = bandwidth.parse_event(json.dumps(body))
    emitted = json.loads(event.to_json())
    assert set(emitted) == set(body)
    assert emitted["mediaStream"].keys() == body["mediaStream"].keys()
    assert bandwidth.parse_event(event.to_json()) == event


def test_lenient_values_are_plain_values() -> None:
    assert bandwidth.parse_event(UNKNOWN_FIELD).newField == {"nested": [1, 2]}  # type: ignore[union-attr]
    assert bandwidth.parse_event(UNKNOWN_FIELD).wire_extra() == {"newField": {"nested": [1, 2]}}
    event = bandwidth.parse_event(UNKNOWN_NESTED_FIELD)
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert event.media_stream.wire_extra() == {"codec": "PCMU"}
    direction = bandwidth.parse_event(UNKNOWN_ENUM).direction
    assert direction == "sideways" and type(direction) is str
    event = bandwidth.parse_event(UNKNOWN_TRACK)
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert event.media_stream.tracks == [bandwidth.StreamTrack.INBOUND, "x"]
    unknown = bandwidth.parse_event(UNKNOWN_EVENT_TYPE)
    assert isinstance(unknown, bandwidth.UnknownEvent)
    assert unknown.event_type == "mediaStreamPaused"
    assert json.loads(unknown.to_json()) == UNKNOWN_EVENT_TYPE


def test_model_from_json_is_strict_on_request() -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.MediaStreamStopped.from_json(json.dumps(UNKNOWN_FIELD), strict=True)
    assert caught.value.paths == ["newField"]
    assert bandwidth.MediaStreamStopped.from_json(json.dumps(UNKNOWN_FIELD)).newField  # type: ignore[attr-defined]


def test_model_from_json_checks_the_event_type() -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.MediaStreamStarted.from_json(json.dumps(STOPPED))
    assert "eventType" in caught.value.paths


def test_unknown_event_from_json_is_an_error_in_strict_mode() -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.UnknownEvent.from_json('{"eventType": "x"}', strict=True)
    assert caught.value.errors()[0]["type"] == "event_type_unknown"


# ----------------------------------------------------------------------------------- inputs


@pytest.mark.parametrize(
    "convert",
    [
        lambda b: b,
        lambda b: b.decode(),
        bytearray,
        memoryview,
        json.loads,
        lambda b: MappingProxyType(json.loads(b)),
    ],
    ids=["bytes", "str", "bytearray", "memoryview", "dict", "mapping"],
)
def test_accepted_input_types(convert: Any) -> None:
    body = json.dumps(STOPPED).encode()
    assert bandwidth.parse_event(convert(body)) == bandwidth.parse_event(body)


def test_python_names_are_accepted_on_input() -> None:
    event = bandwidth.parse_event(STOPPED)
    by_name = event.model_dump()  # python names, python values
    assert bandwidth.parse_event(by_name) == event


@pytest.mark.parametrize(
    "body", [42, None, 1.5, ["x"], object()], ids=lambda body: type(body).__name__
)
def test_other_input_types_are_payload_errors(body: Any) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body)
    assert caught.value.errors()[0]["type"] == "body_type"


# ----------------------------------------------------------------------------- the size cap


def test_default_cap_applies_before_parsing() -> None:
    # not even JSON: the size check must come first, or this would be a JSON error
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(b"x" * (DEFAULT_MAX_BYTES + 1))
    assert caught.value.errors()[0]["type"] == "body_too_large"
    assert str(DEFAULT_MAX_BYTES) in str(caught.value)


def test_cap_counts_utf8_bytes_of_text() -> None:
    text = json.dumps(STOPPED | {"tag": "é" * 600}, ensure_ascii=False)
    assert len(text) <= 2000 < len(text.encode())
    with pytest.raises(PayloadError, match="over the 2000-byte cap"):
        bandwidth.parse_event(text, max_bytes=2000)
    assert bandwidth.parse_event(text, max_bytes=len(text.encode())).tag == "é" * 600


def test_cap_is_adjustable_and_can_be_lifted() -> None:
    body = json.dumps(STOPPED | {"tag": "x" * (DEFAULT_MAX_BYTES + 10)})
    with pytest.raises(PayloadError):
        bandwidth.parse_event(body)
    assert bandwidth.parse_event(body, max_bytes=None).tag.startswith("xxx")  # type: ignore[union-attr]
    assert bandwidth.parse_event(body, max_bytes=2 * DEFAULT_MAX_BYTES).event_type
    with pytest.raises(PayloadError):
        bandwidth.parse_event(json.dumps(STOPPED), max_bytes=100)


# ------------------------------------------------------------------------------ error paths

ERROR_CASES: dict[str, tuple[Any, str, str]] = {
    "empty body": (b"", "", "json_invalid"),
    "whitespace body": (b"  \n", "", "json_invalid"),
    "not JSON": (b"eventType=answer", "", "json_invalid"),
    "not UTF-8": (b'{"eventType": "\xff\xfe"}', "", "json_invalid"),
    "JSON array": (b"[]", "", "body_not_object"),
    "JSON string": (b'"mediaStreamStopped"', "", "body_not_object"),
    "JSON number": (b"12", "", "body_not_object"),
    "JSON null": (b"null", "", "body_not_object"),
    "eventType missing": (b'{"callId": "c"}', "eventType", "missing"),
    "eventType null": (b'{"eventType": null}', "eventType", "event_type_type"),
    "eventType a number": (b'{"eventType": 7}', "eventType", "event_type_type"),
    "eventType empty": (b'{"eventType": ""}', "eventType", "event_type_type"),
    "deep nesting": (
        b'{"eventType": "x", "a": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        "",
        "json_invalid",
    ),
}


@pytest.mark.parametrize("case", ERROR_CASES)
def test_bad_bodies_are_payload_errors(case: str) -> None:
    body, path, kind = ERROR_CASES[case]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body)
    assert [(e["path"], e["type"]) for e in caught.value.errors()] == [(path, kind)]
    assert isinstance(caught.value, ValueError)


def test_every_missing_required_field_is_named() -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event({"eventType": "mediaStreamStopped", "mediaStream": {}})
    assert caught.value.paths == [
        "eventTime", "from", "to", "direction", "callId",
        "callUrl", "startTime", "answerTime", "cause", "mediaStream.destination",
        "mediaStream.id", "mediaStream.name", "mediaStream.startTime", "mediaStream.tracks",
        "mediaStream.type", "mediaStream.duration",
    ]  # fmt: skip
    assert {e["type"] for e in caught.value.errors()} == {"missing"}


WRONG_TYPES = {
    "callId": 123,
    "from": ["+1"],
    "direction": 1,
    "eventTime": 1656615302,
    "privacy": "maybe",
    "mediaStream": "not an object",
    "tag": {"a": 1},
}


@pytest.mark.parametrize("field", WRONG_TYPES)
def test_wrong_types_are_named(field: str) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(STOPPED | {field: WRONG_TYPES[field]})
    assert caught.value.paths == [field]
    assert caught.value.errors()[0]["input"] == WRONG_TYPES[field]


@pytest.mark.parametrize(
    ("nested", "value", "path"),
    [
        ("tracks", "inbound", "mediaStream.tracks"),
        ("tracks", [None], "mediaStream.tracks[0]"),
        ("duration", "-PT1S", "mediaStream.duration"),
        ("duration", "P1M", "mediaStream.duration"),
        ("duration", 112.2, "mediaStream.duration"),
        ("startTime", "yesterday", "mediaStream.startTime"),
    ],
)
def test_nested_errors_carry_wire_paths(nested: str, value: Any, path: str) -> None:
    body = STOPPED | {"mediaStream": STOPPED["mediaStream"] | {nested: value}}
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(json.dumps(body))
    assert caught.value.paths == [path]


# ------------------------------------------------------------------------- GET query strings


def query_form(body: dict[str, Any]) -> dict[str, str]:
    """Flatten a JSON body the way a GET callback delivers it: every value a string."""
    out: dict[str, str] = {}
    for key, value in body.items():
        if isinstance(value, dict):
            for sub, item in query_form(value).items():
                out[f"{key}.{sub}"] = item
        elif isinstance(value, list):
            out[key] = ",".join(value)
        elif isinstance(value, bool):
            out[key] = str(value).lower()
        else:
            out[key] = str(value)
    return out


def test_get_callback_with_dotted_keys() -> None:
    params = query_form(STOPPED | {"privacy": False})
    assert params["mediaStream.tracks"] == "inbound,outbound"
    event = bandwidth.parse_event(params, strict=True)
    assert event == bandwidth.parse_event(STOPPED | {"privacy": False})


def test_get_callback_with_numbers_as_strings() -> None:
    params = query_form(RECORDING)
    assert params["channels"] == "1"
    event = bandwidth.parse_event(params, strict=True)
    assert isinstance(event, bandwidth.RecordingAvailable)
    assert event.channels is bandwidth.RecordingChannels.MONO
    assert event == bandwidth.parse_event(RECORDING)


def test_get_callback_with_json_text_values() -> None:
    params = {k: v for k, v in query_form(STOPPED).items() if not k.startswith("mediaStream.")}
    params["mediaStream"] = json.dumps(STOPPED["mediaStream"])
    assert bandwidth.parse_event(params) == bandwidth.parse_event(STOPPED)
    tracks = query_form(STOPPED) | {"mediaStream.tracks": '["inbound", "outbound"]'}
    assert bandwidth.parse_event(tracks) == bandwidth.parse_event(STOPPED)


def test_get_callback_of_an_unknown_event_keeps_keys_as_given() -> None:
    params = {"eventType": "answered", "callId": "c-1", "machineDetectionResult.value": "human"}
    event = bandwidth.parse_event(params)
    assert isinstance(event, bandwidth.UnknownEvent)
    assert event.wire_extra() == {"callId": "c-1", "machineDetectionResult.value": "human"}


@pytest.mark.parametrize(
    ("params", "path"),
    [
        ({"mediaStream": "{not json"}, "mediaStream"),
        ({"mediaStream.tracks": "[1,"}, "mediaStream.tracks"),
        ({"mediaStream": "{}", "mediaStream.id": "s"}, "mediaStream"),
        ({"channels": "two"}, "channels"),
    ],
)
def test_get_callback_errors(params: dict[str, str], path: str) -> None:
    base = query_form(STOPPED if "channels" not in params else RECORDING)
    base = {k: v for k, v in base.items() if not k.startswith("mediaStream")} | params
    if "channels" not in params:
        base.setdefault("mediaStream.id", "s")
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(base)
    assert path in caught.value.paths


@pytest.mark.parametrize("mode", ["validation", "serialization"])
def test_union_json_schema_describes_every_model(mode: str) -> None:
    schema = TypeAdapter(bandwidth.BandwidthEvent).json_schema(mode=mode)  # type: ignore[arg-type]
    stopped = schema["$defs"]["MediaStreamStopped"]
    assert {"eventType", "mediaStream", "cause"} <= set(stopped["properties"])
    assert stopped["properties"]["eventTime"]["format"] == "date-time"
    known, unknown = schema["anyOf"]
    assert len(known["oneOf"]) == len(set(bandwidth.EVENT_TYPES.values()))
    assert known["discriminator"]["propertyName"] == "eventType"
    assert set(known["discriminator"]["mapping"]) == set(bandwidth.EVENT_TYPES)
    assert unknown == {"$ref": "#/$defs/UnknownEvent"}
    # a body of a known type that its model rejects must not pass as an UnknownEvent
    event_type = schema["$defs"]["UnknownEvent"]["properties"]["eventType"]
    assert event_type["not"] == {"enum": sorted(bandwidth.EVENT_TYPES)}
