"""examples/fastapi_app.py: the event as a dependency of the endpoint, the union in OpenAPI."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from voice_webhooks import bandwidth
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED

from ._support import (
    BANDWIDTH_BODIES,
    INVALID_JSON,
    asgi_request,
    event_type,
    expected_model,
    ids,
    load,
)

URL = "https://callbacks.example/bandwidth/callbacks"
JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load("fastapi_app")


@pytest.fixture
def received(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the endpoint hands to ``handle``."""
    events: list[Any] = []
    monkeypatch.setattr(example, "handle", events.append)
    return events


def post(example: ModuleType, body: bytes) -> Any:
    return asgi_request(example.app, "POST", URL, content=body, headers=JSON)


def test_the_corpus_has_every_event_type_but_the_spec_name_of_record_complete() -> None:
    shown = {event_type(path) for path in BANDWIDTH_BODIES}
    assert set(bandwidth.EVENT_TYPES) - shown == {"recordingComplete"}
    assert INVALID_JSON


def test_an_unknown_event_type_answers_204_with_every_field_kept(
    example: ModuleType, received: list[Any]
) -> None:
    body = _stopped() | {"eventType": "mediaStreamPaused"}
    assert post(example, json.dumps(body).encode()).status_code == 204
    [event] = received
    assert isinstance(event, bandwidth.UnknownEvent)
    assert event.to_dict() == body


@pytest.mark.parametrize("path", BANDWIDTH_BODIES, ids=ids(BANDWIDTH_BODIES))
def test_every_corpus_event_answers_204_with_its_typed_model(
    example: ModuleType, received: list[Any], path: Path
) -> None:
    response = post(example, path.read_bytes())
    assert response.status_code == 204, response.text
    assert response.content == b""
    [event] = received
    assert type(event) is expected_model(path)
    assert event.event_type == event_type(path)
    assert event == bandwidth.parse_event(path.read_bytes())  # FastAPI gives what the library gives


@pytest.mark.parametrize("path", INVALID_JSON, ids=ids(INVALID_JSON))
def test_invalid_json_answers_422_saying_so(
    example: ModuleType, received: list[Any], path: Path
) -> None:
    response = post(example, path.read_bytes())
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body"] and problem["type"] == "json_invalid"
    assert problem["msg"].startswith("Invalid JSON: trailing comma")
    assert received == []


def _stopped() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(MEDIA_STREAM_STOPPED)
    return body


def test_a_rejected_field_answers_422_with_its_wire_path(
    example: ModuleType, received: list[Any]
) -> None:
    body = _stopped()
    body["mediaStream"]["duration"] = "soon"
    body["mediaStream"]["tracks"][1] = 7
    del body["callId"]
    response = post(example, json.dumps(body).encode())
    assert response.status_code == 422
    problems = {(tuple(p["loc"]), p["type"]) for p in response.json()["detail"]}
    assert problems == {
        (("body", "callId"), "missing"),
        (("body", "mediaStream", "tracks", 1), "str_type"),
        (("body", "mediaStream", "duration"), "duration_parsing"),
    }
    assert received == []


def test_a_body_over_1_mib_answers_413(example: ModuleType, received: list[Any]) -> None:
    body = _stopped() | {"padding": "x" * (1 << 20)}
    response = post(example, json.dumps(body).encode())
    assert response.status_code == 413
    assert received == []


def test_a_body_that_is_not_an_object_answers_422(example: ModuleType) -> None:
    response = post(example, b"[1, 2]")
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "body_not_object"


def test_lenient_unknown_fields_and_values_reach_the_endpoint(
    example: ModuleType, received: list[Any]
) -> None:
    body = _stopped()
    body["cause"] = "solar-flare"
    body["newField"] = {"added": "later"}
    assert post(example, json.dumps(body).encode()).status_code == 204
    [event] = received
    assert event.cause == "solar-flare"
    assert event.wire_extra() == {"newField": {"added": "later"}}


def test_openapi_documents_the_union_with_its_discriminator(example: ModuleType) -> None:
    document = example.app.openapi()
    operation = document["paths"]["/bandwidth/callbacks"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    known, unknown = schema["anyOf"]
    assert known["discriminator"]["propertyName"] == "eventType"
    mapping = known["discriminator"]["mapping"]
    assert set(mapping) == set(bandwidth.EVENT_TYPES)
    components = document["components"]["schemas"]
    for name, model in bandwidth.EVENT_TYPES.items():
        assert mapping[name] == f"#/components/schemas/{model.__name__}"
        assert {"$ref": mapping[name]} in known["oneOf"]
        event_type_schema = components[model.__name__]["properties"]["eventType"]
        assert name in event_type_schema.get("enum", [event_type_schema.get("const")])
    assert unknown == {"$ref": "#/components/schemas/UnknownEvent"}
    assert set(operation["responses"]) == {"204", "422"}
    problems = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert problems == {"$ref": "#/components/schemas/HTTPValidationError"}
    assert set(components["ValidationError"]["properties"]) >= {"loc", "msg", "type"}
