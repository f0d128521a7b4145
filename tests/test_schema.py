"""The JSON Schemas against the models: every corpus payload validates, and the schemas reject
what parsing rejects (a missing required field, a wrong type, an unknown value in strict terms,
an unknown field in strict mode), checked with jsonschema's Draft 2020-12 validator."""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks._form import FormModel
from voice_webhooks._strictness import DURATION_PATTERN, RFC3339_PATTERN
from voice_webhooks.bandwidth import examples as bandwidth_examples
from voice_webhooks.schema import (
    DIALECT,
    FLAVOURS,
    json_schema,
    schema_files,
    schema_id,
    write_schemas,
)

from .conftest import CORPUS, bandwidth_webhooks

# ------------------------------------------------------------------------------- validators

FORMATS = FormatChecker()  # jsonschema's, plus date-time (which needs an optional package)
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", re.I)


@FORMATS.checks("date-time", raises=ValueError)
def _is_rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    whole, _, rest = value.upper().replace("Z", "+00:00").partition(".")
    datetime.fromisoformat(whole + (rest.lstrip("0123456789") if rest else ""))
    return True


@functools.cache
def _validator(target: Any, strict: bool, mode: str) -> Draft202012Validator:
    schema = json_schema(target, strict=strict, mode=mode)  # type: ignore[arg-type]
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FORMATS)


def schema_accepts(
    target: Any, body: Any, *, strict: bool = False, mode: str = "validation"
) -> bool:
    return _validator(target, strict, mode).is_valid(body)


def model_accepts(target: Any, body: dict[str, Any], *, strict: bool = False) -> bool:
    try:
        parse(target, body, strict=strict)
    except PayloadError:
        return False
    return True


def parse(target: Any, body: dict[str, Any], *, strict: bool = False) -> Any:
    if target is bandwidth.BandwidthEvent:
        return bandwidth.parse_event(json.dumps(body), strict=strict)
    if issubclass(target, FormModel):
        return target.from_form(body, strict=strict)
    return target.from_json(json.dumps(body), strict=strict)


# ----------------------------------------------------------------------------------- corpus

SIGNALWIRE_MODELS = {
    "sw_create_stream_request.form.txt": signalwire.CreateStreamRequest,
    "twilio_stream_create_request.oai-example.json": signalwire.CreateStreamRequest,
    "sw_stop_stream_request.form.txt": signalwire.UpdateStreamRequest,
    "sw_stream_response.legacy-docs.json": signalwire.Stream,
    "sw_stream_response.current-spec.json": signalwire.Stream,
    "sw_conference_stream_response.docs.json": signalwire.Stream,
    "twilio_stream_response.oai-example.json": signalwire.Stream,
    "twilio_stream_update_response.oai-example.json": signalwire.Stream,
    "sw_compat_error_response.spec.json": signalwire.ErrorResponse,
    "sw_stream_status_callback_started.constructed.form.txt": signalwire.StreamStatusCallback,
    "sw_stream_status_callback_stopped.constructed.form.txt": signalwire.StreamStatusCallback,
    "sw_stream_status_callback_error.constructed.form.txt": signalwire.StreamStatusCallback,
}
SIGNALWIRE_SPEC_MODELS = {
    "call_status_callback.spec.form.txt": signalwire.CallStatusCallback,
    "inbound_call_status_callback.spec.form.txt": signalwire.CallStatusCallback,
    "recording_status_callback.spec.form.txt": signalwire.RecordingStatusCallback,
    "transcription_status_callback.spec.form.txt": signalwire.TranscriptionStatusCallback,
    "create_conference_stream_request.spec.form.txt": signalwire.CreateConferenceStreamRequest,
    "create_stream_request_repeated_name.typespec.form.txt": signalwire.CreateStreamRequest,
    "error_list_response.spec.json": signalwire.ErrorListResponse,
    "call_stream.typespec.json": signalwire.Stream,
    "conference_stream.typespec.json": signalwire.ConferenceStream,
}


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.name.endswith(".form.txt"):
        return dict(parse_qsl(text.rstrip("\n"), keep_blank_values=True))
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _corpus() -> list[tuple[str, Any, dict[str, Any]]]:
    """(name, target, body) for every payload of the corpus that parses leniently."""
    cases: list[tuple[str, Any, dict[str, Any]]] = [
        (p.name, bandwidth.BandwidthEvent, _load(p)) for p in bandwidth_webhooks()
    ]
    cases += [
        (name, model, _load(CORPUS / "signalwire" / name))
        for name, model in SIGNALWIRE_MODELS.items()
    ]
    cases += [
        (name, model, _load(CORPUS / "signalwire-spec" / name))
        for name, model in SIGNALWIRE_SPEC_MODELS.items()
    ]
    return cases


CORPUS_CASES = _corpus()
IDS = [name for name, _, _ in CORPUS_CASES]


def test_every_signalwire_payload_of_the_corpus_is_covered() -> None:
    bodies = {
        p.name
        for p in (CORPUS / "signalwire").iterdir()
        if p.suffix in (".json", ".txt") and "signature" not in p.name
    }
    assert bodies == set(SIGNALWIRE_MODELS)
    spec = {p.name for p in (CORPUS / "signalwire-spec").iterdir() if p.suffix in (".json", ".txt")}
    assert spec == set(SIGNALWIRE_SPEC_MODELS)


def _model_of(target: Any, body: dict[str, Any]) -> Any:
    """The model class a body parses into (the event's own model for the union)."""
    if target is bandwidth.BandwidthEvent:
        return bandwidth.EVENT_TYPES.get(body["eventType"], bandwidth.UnknownEvent)
    return target


@pytest.mark.parametrize(("name", "target", "body"), CORPUS_CASES, ids=IDS)
def test_corpus_payloads_validate_against_the_lenient_schemas(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    assert model_accepts(target, body)
    assert schema_accepts(target, body), name
    assert schema_accepts(_model_of(target, body), body), name


@pytest.mark.parametrize(("name", "target", "body"), CORPUS_CASES, ids=IDS)
def test_strict_schema_accepts_exactly_what_strict_parsing_accepts(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    strict_ok = model_accepts(target, body, strict=True)
    assert schema_accepts(target, body, strict=True) == strict_ok
    model = _model_of(target, body)
    if model is not bandwidth.UnknownEvent:
        assert schema_accepts(model, body, strict=True) == strict_ok


@pytest.mark.parametrize(("name", "target", "body"), CORPUS_CASES, ids=IDS)
def test_what_to_json_writes_validates_against_the_output_and_strict_schemas(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    written = parse(target, body).to_dict()
    assert schema_accepts(target, written, mode="serialization")
    assert schema_accepts(_model_of(target, body), written, mode="serialization")
    if model_accepts(target, written, strict=True):
        assert schema_accepts(target, written, strict=True)


def test_lenient_schema_keeps_the_warts_that_the_output_schema_does_not() -> None:
    warty = json.loads(bandwidth_examples.RECORDING_AVAILABLE)  # zone-less, malformed times
    assert schema_accepts(bandwidth.RecordingAvailable, warty)
    assert not schema_accepts(bandwidth.RecordingAvailable, warty, mode="serialization")
    assert not schema_accepts(bandwidth.RecordingAvailable, warty, strict=True)
    written = bandwidth.parse_event(bandwidth_examples.RECORDING_AVAILABLE).to_dict()
    assert schema_accepts(bandwidth.RecordingAvailable, written, mode="serialization")
    assert schema_accepts(bandwidth.RecordingAvailable, written, strict=True)


# -------------------------------------------------------------------------------- mutations

Path_ = tuple[str | int, ...]


def _paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every key and list item inside a body, depth first."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        yield (*prefix, key)
        if isinstance(item, (dict, list)):
            yield from _paths(item, (*prefix, key))


def _objects(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """The path of every object inside a body, the body itself first."""
    if isinstance(value, dict):
        yield prefix
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _objects(item, (*prefix, key))


def _changed(body: dict[str, Any], path: Path_, change: Callable[[Any, Any], None]) -> Any:
    out = copy.deepcopy(body)
    parent = out
    for key in path[:-1]:
        parent = parent[key]
    change(parent, path[-1])
    return out


def _removed(body: dict[str, Any], path: Path_) -> Any:
    if isinstance(path[-1], int):
        return None  # list items are values, not fields

    def remove(parent: Any, key: Any) -> None:
        del parent[key]

    return _changed(body, path, remove)


def _replaced(body: dict[str, Any], path: Path_, value: Any) -> Any:
    def replace(parent: Any, key: Any) -> None:
        parent[key] = value

    return _changed(body, path, replace)


def _wrong_types(value: Any, form: bool) -> list[Any]:
    """Values of another JSON type than ``value`` (forms carry only strings: no null)."""
    wrong: list[Any] = ["text" if isinstance(value, (dict, list)) else {"wrong": "type"}]
    if not form:
        wrong.append(None)
    return wrong


def _unknown_value(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return 99 if isinstance(value, int) else "not-a-known-value"


def _mismatches(target: Any, bodies: Iterator[tuple[str, Any]], *, strict: bool) -> list[str]:
    """The mutated bodies on which parsing and the schema disagree."""
    found = []
    for what, body in bodies:
        if body is None:
            continue
        model, schema = (
            model_accepts(target, body, strict=strict),
            schema_accepts(target, body, strict=strict),
        )
        if model != schema:
            found.append(f"{what}: parsing {'accepts' if model else 'rejects'}, schema does not")
    return found


def _strict_body(target: Any, body: dict[str, Any]) -> dict[str, Any] | None:
    """The body in its normalized wire form, when strict parsing takes it."""
    written: dict[str, Any] = parse(target, body).to_dict()
    return written if model_accepts(target, written, strict=True) else None


# Every payload of the corpus, against its own model (and, for the first few, against the event
# union, whose schema is a oneOf of every event's: each body checked against the union is
# checked against all of them, which the first few show as well as all would); and two unknown
# events made of corpus bodies (whose fields are all kept alike).
_UNION_SAMPLE = 3
_UNKNOWN = [
    (f"unknown-{name}", target, {**body, "eventType": "mediaStreamPaused"})
    for name, target, body in CORPUS_CASES[:2]
]
MUTATED = [
    (name, target if index < _UNION_SAMPLE else _model_of(target, body), body)
    for index, (name, target, body) in enumerate(CORPUS_CASES)
] + _UNKNOWN
MUTATED_IDS = [name for name, _, _ in MUTATED]
STRICT = [(n, t, clean) for n, t, b in MUTATED if (clean := _strict_body(t, b)) is not None]
STRICT_IDS = [name for name, _, _ in STRICT]


@pytest.mark.parametrize(("name", "target", "body"), MUTATED, ids=MUTATED_IDS)
def test_required_fields_match_what_parsing_requires(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    def removable(base: dict[str, Any]) -> Iterator[Path_]:
        # An event model's own from_json takes its eventType as given: the union needs it.
        dispatched = target is bandwidth.BandwidthEvent
        return (p for p in _paths(base) if dispatched or p != ("eventType",))

    removed = ((f"without {p}", _removed(body, p)) for p in removable(body))
    assert _mismatches(target, removed, strict=False) == []
    clean = _strict_body(target, body)
    if clean is not None:
        removed = ((f"without {p}", _removed(clean, p)) for p in removable(clean))
        assert _mismatches(target, removed, strict=True) == []


@pytest.mark.parametrize(("name", "target", "body"), MUTATED, ids=MUTATED_IDS)
def test_wrong_types_fail_parsing_and_schema_alike(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    form = isinstance(target, type) and issubclass(target, FormModel)
    for strict, base in ((False, body), (True, _strict_body(target, body))):
        if base is None:
            continue
        mutated = (
            (f"{p} = {wrong!r}", _replaced(base, p, wrong))
            for p in _paths(base)
            for wrong in _wrong_types(_get(base, p), form)
        )
        assert _mismatches(target, mutated, strict=strict) == []


@pytest.mark.parametrize("event_type", [{"a": 1}, [1]], ids=["object", "array"])
def test_an_event_type_of_another_type_is_a_payload_error(event_type: Any) -> None:
    body = {**json.loads(bandwidth_examples.MEDIA_STREAM_STOPPED), "eventType": event_type}
    assert not schema_accepts(bandwidth.BandwidthEvent, body)
    with pytest.raises(PayloadError):
        bandwidth.parse_event(json.dumps(body))


def _get(body: Any, path: Path_) -> Any:
    for key in path:
        body = body[key]
    return body


@pytest.mark.parametrize(("name", "target", "clean"), STRICT, ids=STRICT_IDS)
def test_unknown_values_fail_strict_schema_as_they_fail_strict_parsing(
    name: str, target: Any, clean: dict[str, Any]
) -> None:
    changes = [
        (p, unknown)
        for p in _paths(clean)
        if (unknown := _unknown_value(_get(clean, p))) is not None
    ]
    mutated = [(f"{p} = {unknown!r}", _replaced(clean, p, unknown)) for p, unknown in changes]
    assert _mismatches(target, iter(mutated), strict=True) == []
    # nothing lost: whatever lenient parsing keeps, the lenient schema admits
    kept = [
        what for what, b in mutated if model_accepts(target, b) and not schema_accepts(target, b)
    ]
    assert kept == []
    strict = json_schema(_model_of(target, clean), strict=True)
    if any("enum" in definition for definition in strict.get("$defs", {}).values()):
        assert any(not model_accepts(target, b, strict=True) for _, b in mutated)


@pytest.mark.parametrize(("name", "target", "body"), MUTATED, ids=MUTATED_IDS)
def test_unknown_fields_pass_lenient_and_fail_strict_schemas(
    name: str, target: Any, body: dict[str, Any]
) -> None:
    for strict, base in ((False, body), (True, _strict_body(target, body))):
        if base is None:
            continue
        added = (
            (f"{p}.unexpectedField", _replaced(base, (*p, "unexpectedField"), "x"))
            for p in _objects(base)
        )
        assert _mismatches(target, added, strict=strict) == []


# -------------------------------------------------------------------------------- structure


def test_every_schema_file_is_a_valid_draft_2020_12_schema_with_a_stable_id() -> None:
    ids = set()
    for path, text in schema_files().items():
        schema = json.loads(text)
        Draft202012Validator.check_schema(schema)
        provider, rest = path.split("/")
        name, *suffix = rest.removesuffix(".json").split(".")
        strict, mode = FLAVOURS[suffix[0] if suffix else ""]
        assert schema["$schema"] == DIALECT
        assert schema["title"] == name
        assert schema["$id"] == schema_id(f"{provider}.{name}", strict=strict, mode=mode)
        assert schema["$id"].startswith(f"urn:voice-webhooks:{provider}:{name}")
        assert schema["description"]
        ids.add(schema["$id"])
    assert len(ids) == len(schema_files())


def test_every_schema_holds_its_own_examples() -> None:
    with_examples = 0
    for text in schema_files().values():
        schema = json.loads(text)
        validator = Draft202012Validator(schema, format_checker=FORMATS)
        for example in schema.get("examples", []):
            assert validator.is_valid(example), schema["$id"]
            with_examples += 1
    assert with_examples > 40


def test_examples_come_from_the_documented_payloads_of_the_corpus() -> None:
    corpus = [json.dumps(b, sort_keys=True) for _, _, b in CORPUS_CASES]
    for model in (*bandwidth.EVENT_TYPES.values(), signalwire.Stream, signalwire.ErrorResponse):
        shown = json_schema(model)["examples"]
        assert shown and all(json.dumps(e, sort_keys=True) in corpus for e in shown), model


def test_packaged_examples_are_corpus_bodies_verbatim() -> None:
    from voice_webhooks.signalwire import examples as signalwire_examples

    texts = {p.read_text(encoding="utf-8").rstrip("\n") for p in CORPUS.glob("signalwire*/*")}
    for name in signalwire_examples.__all__:
        assert getattr(signalwire_examples, name).rstrip("\n") in texts, name
    corpus = [json.loads(p.read_bytes()) for p in bandwidth_webhooks()]
    for name in bandwidth_examples.__all__:
        assert json.loads(getattr(bandwidth_examples, name)) in corpus, name


def test_union_dispatches_on_event_type_like_parse_event() -> None:
    lenient = json_schema(bandwidth.BandwidthEvent)
    known, unknown = lenient["anyOf"]
    mapping = known["discriminator"]["mapping"]
    assert known["discriminator"]["propertyName"] == "eventType"
    assert set(mapping) == set(bandwidth.EVENT_TYPES)
    for event_type, ref in mapping.items():
        definition = lenient["$defs"][ref.rsplit("/", 1)[1]]
        assert definition["title"] == bandwidth.EVENT_TYPES[event_type].__name__
        event_type_schema = definition["properties"]["eventType"]
        assert event_type_schema.get("const", event_type) == event_type
        assert event_type in event_type_schema.get("enum", [event_type])
        assert "eventType" in definition["required"]
    assert sorted({ref: None for ref in mapping.values()}) == sorted(
        r["$ref"] for r in known["oneOf"]
    )
    unknown_type = lenient["$defs"]["UnknownEvent"]["properties"]["eventType"]
    assert unknown == {"$ref": "#/$defs/UnknownEvent"}
    assert sorted(unknown_type["not"]["enum"]) == sorted(bandwidth.EVENT_TYPES)
    strict = json_schema(bandwidth.BandwidthEvent, strict=True)
    assert (
        "UnknownEvent" not in strict["$defs"] and strict["discriminator"] == known["discriminator"]
    )


def test_enumerations_list_known_values_with_their_meanings() -> None:
    schema = json_schema(bandwidth.MediaStreamStopped, strict=True)
    cause = schema["$defs"]["MediaStreamStoppedCause"]
    assert cause["enum"] == [c.value for c in bandwidth.MediaStreamStoppedCause]
    assert "StopStream" in cause["x-enumDescriptions"]["closed"]
    assert schema["properties"]["cause"]["$ref"] == "#/$defs/MediaStreamStoppedCause"
    lenient = json_schema(bandwidth.MediaStreamStopped)["properties"]["cause"]["anyOf"]
    assert lenient[0] == {"$ref": "#/$defs/MediaStreamStoppedCause"}
    assert lenient[1]["type"] == "string"


def test_strict_schemas_close_every_object_and_lenient_ones_open_them() -> None:
    def objects(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    for strict in (False, True):
        schema = json_schema(bandwidth.BandwidthEvent, strict=strict)
        found = [o for o in objects(schema) if "properties" in o]  # models, not maps
        assert len(found) >= 5
        assert {o["additionalProperties"] for o in found} == {not strict}


def test_formats_are_claimed_only_where_the_models_enforce_them() -> None:
    def formats(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                yield node["format"]
            for value in node.values():
                yield from formats(value)
        elif isinstance(node, list):
            for value in node:
                yield from formats(value)

    claimed = {f for text in schema_files().values() for f in formats(json.loads(text))}
    # no uri for Bandwidth's `https://../…`
    assert claimed == {"date-time", "uri-reference", "uri"}
    properties = json_schema(signalwire.CreateStreamRequest, strict=True)["properties"]
    assert properties["Url"]["format"] == "uri-reference"
    assert not model_accepts(signalwire.CreateStreamRequest, {"Url": "ws://insecure.example"})
    assert properties["StatusCallback"]["format"] == "uri"
    for relative in ("/status", "ftp://files.example/status", "https:///no-host"):
        body = {"Url": "wss://a.example", "StatusCallback": relative}
        assert not model_accepts(signalwire.CreateStreamRequest, body)
        assert not schema_accepts(signalwire.CreateStreamRequest, body)


def test_json_schema_by_name_is_the_same_and_a_fresh_copy() -> None:
    first = json_schema("bandwidth.MediaStreamStopped")
    assert first == json_schema(bandwidth.MediaStreamStopped)
    first["title"] = "changed"
    assert json_schema(bandwidth.MediaStreamStopped)["title"] == "MediaStreamStopped"
    with pytest.raises(KeyError, match="not a public model"):
        json_schema("bandwidth.parse_event")
    with pytest.raises(ValueError, match="no strict schema"):
        json_schema(bandwidth.UnknownEvent, strict=True)


def test_write_schemas_writes_every_file(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    files = schema_files()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(files)
    for path in written:
        assert path.read_text(encoding="utf-8") == files[path.relative_to(tmp_path).as_posix()]


# ------------------------------------------------------------------ timestamp and duration forms

# Forms of a timestamp and of a duration that lenient parsing may read and strict parsing (and so
# the strict schema, whose patterns say what strict mode takes) must take or refuse alike.
TIMESTAMP_FORMS = [
    "2022-06-30T18:55:02Z", "2022-06-30T18:55:02.489Z", "2022-06-30T18:55:02.489123456Z",
    "2022-06-30T18:55:02.4Z", "2022-06-30T20:55:02+02:00", "2022-06-30T18:55:02-00:00",
    "2022-06-30T18:55:02.1234567891Z", "2022-06-30T18:55:02+0000", "2022-06-30T18:55:02,489Z",
    "2022-06-30t18:55:02Z", "2022-06-30T18:55:02z", "2022-06-30 18:55:02Z", "2022-06-30T18:55Z",
    "2022-06-30T18:55:02", "2022-06-30T18:55:02.489", "2022-06-30T18:55:02.489123456",
    "2022-06-30-18:55:02Z", " 2022-06-30T18:55:02Z", "2022-06-30T18:55:02Z ", "2022-06-30",
    "2022-02-30T18:55:02Z", "2022-06-30T18:55:02+24:00", "2022-06-30T18:55:02.Z", "1656615302",
]  # fmt: skip
DURATION_FORMS = [
    "PT1M52.217257456S", "PT1M52.217257S", "PT20.056S", "PT0S", "PT36H", "P1DT2H", "P2W",
    "P1W2DT3H4M5.6S", "PT1.5H", "PT20,056S", "P0.5D", "PT1.0000000001S", "PT", "P", "P1DT",
    "-PT5S", "P1Y", "P1M", "PT5S ", "20",
]  # fmt: skip
_STRICT_TIMESTAMP = re.compile(RFC3339_PATTERN, re.ASCII)
_STRICT_DURATION = re.compile(DURATION_PATTERN, re.ASCII)


def _one_strict_body_per_model() -> list[tuple[str, Any, dict[str, Any]]]:
    seen, cases = set(), []
    for name, target, clean in STRICT:
        model = _model_of(target, clean)
        if model not in seen:
            seen.add(model)
            cases.append((name, target, clean))
    return cases


TIMED = [
    (name, target, clean, path, forms)
    for name, target, clean in _one_strict_body_per_model()
    for path in _paths(clean)
    if isinstance(value := _get(clean, path), str)
    and (
        forms := TIMESTAMP_FORMS if _STRICT_TIMESTAMP.fullmatch(value)
        else DURATION_FORMS if _STRICT_DURATION.fullmatch(value)
        else None
    )
]  # fmt: skip


def test_the_form_tests_reach_timestamps_and_durations() -> None:
    assert {forms is TIMESTAMP_FORMS for *_, forms in TIMED} == {True, False}
    assert len({_model_of(target, clean) for _, target, clean, _, _ in TIMED}) > 20


@pytest.mark.parametrize(
    ("name", "target", "clean", "path", "forms"),
    TIMED,
    ids=[f"{name}-{'.'.join(map(str, path))}" for name, _, _, path, _ in TIMED],
)
def test_timestamp_and_duration_forms_fail_strict_schema_as_they_fail_strict_parsing(
    name: str, target: Any, clean: dict[str, Any], path: Path_, forms: list[str]
) -> None:
    mutated = [(f"{path} = {form!r}", _replaced(clean, path, form)) for form in forms]
    assert _mismatches(target, iter(mutated), strict=True) == []
    refused = [what for what, body in mutated if not model_accepts(target, body, strict=True)]
    assert len(refused) >= len(forms) // 2  # the forms do try strict mode
    # nothing lost: whatever lenient parsing reads, the lenient schema admits
    kept = [
        what for what, b in mutated if model_accepts(target, b) and not schema_accepts(target, b)
    ]
    assert kept == []
