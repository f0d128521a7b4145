"""examples/aws_lambda.py: the handler called with API Gateway proxy events, as Lambda calls it.

The events follow what API Gateway sends (``apigateway_events.json``): a REST API's, with the
body as text and headers as sent, and an HTTP API's, with the body base64-encoded and headers
lower-cased.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from voice_webhooks import bandwidth
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED

from ._support import BANDWIDTH_BODIES, INVALID_JSON, event_type, expected_model, ids, load

USERNAME, PASSWORD = "bw-callbacks", "correct horse battery staple"
EVENTS = json.loads((Path(__file__).parent / "apigateway_events.json").read_text())
GATEWAYS = sorted(EVENTS)


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def proxy_event(gateway: str, body: bytes, authorization: str | None) -> dict[str, Any]:
    """The event API Gateway hands the function for a request with this body."""
    event = copy.deepcopy(EVENTS[gateway])
    header = "authorization" if gateway == "http-api" else "Authorization"
    if authorization is not None:
        event["headers"][header] = authorization
    if event["isBase64Encoded"]:
        event["body"] = base64.b64encode(body).decode()
        event["headers"]["content-length"] = str(len(body))
    else:
        event["body"] = body.decode()
    return event


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load("aws_lambda")


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANDWIDTH_CALLBACK_USERNAME", USERNAME)
    monkeypatch.setenv("BANDWIDTH_CALLBACK_PASSWORD", PASSWORD)


@pytest.fixture
def received(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the handler hands to ``handle``."""
    events: list[Any] = []
    monkeypatch.setattr(example, "handle", events.append)
    return events


def call(example: ModuleType, event: dict[str, Any]) -> dict[str, Any]:
    response: dict[str, Any] = example.handler(event, None)
    assert isinstance(response["statusCode"], int) and isinstance(response["body"], str)
    json.dumps(response)  # what Lambda does with it
    return response


@pytest.mark.parametrize("gateway", GATEWAYS)
@pytest.mark.parametrize("path", BANDWIDTH_BODIES, ids=ids(BANDWIDTH_BODIES))
def test_every_corpus_event_answers_204_with_its_typed_model(
    example: ModuleType, received: list[Any], path: Path, gateway: str
) -> None:
    body = path.read_bytes()
    response = call(example, proxy_event(gateway, body, basic(USERNAME, PASSWORD)))
    assert response["statusCode"] == 204 and response["body"] == ""
    [event] = received
    assert type(event) is expected_model(path)
    assert event.event_type == event_type(path)
    assert event == bandwidth.parse_event(body)


@pytest.mark.parametrize("gateway", GATEWAYS)
@pytest.mark.parametrize("path", INVALID_JSON, ids=ids(INVALID_JSON))
def test_invalid_json_answers_422_saying_so(
    example: ModuleType, received: list[Any], path: Path, gateway: str
) -> None:
    response = call(example, proxy_event(gateway, path.read_bytes(), basic(USERNAME, PASSWORD)))
    assert response["statusCode"] == 422
    assert response["headers"]["Content-Type"] == "application/json"
    [problem] = json.loads(response["body"])["detail"]
    assert problem["loc"] == ["body"] and problem["type"] == "json_invalid"
    assert received == []


def test_a_rejected_field_answers_422_with_its_wire_path(example: ModuleType) -> None:
    body = json.loads(MEDIA_STREAM_STOPPED)
    body["mediaStream"]["tracks"] = "inbound"
    event = proxy_event("rest-api", json.dumps(body).encode(), basic(USERNAME, PASSWORD))
    response = call(example, event)
    assert response["statusCode"] == 422
    locs = [p["loc"] for p in json.loads(response["body"])["detail"]]
    assert locs == [["body", "mediaStream", "tracks"]]


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_a_body_over_1_mib_answers_413(example: ModuleType, gateway: str) -> None:
    body = json.loads(MEDIA_STREAM_STOPPED) | {"padding": "x" * (1 << 20)}
    event = proxy_event(gateway, json.dumps(body).encode(), basic(USERNAME, PASSWORD))
    assert call(example, event)["statusCode"] == 413


@pytest.mark.parametrize("gateway", GATEWAYS)
@pytest.mark.parametrize(
    "authorization",
    [None, basic(USERNAME, "guess"), basic("someone", PASSWORD), "Basic"],
    ids=["none", "wrong-password", "wrong-username", "malformed"],
)
def test_wrong_credentials_answer_401(
    example: ModuleType, received: list[Any], gateway: str, authorization: str | None
) -> None:
    response = call(example, proxy_event(gateway, MEDIA_STREAM_STOPPED.encode(), authorization))
    assert response["statusCode"] == 401
    assert response["headers"]["WWW-Authenticate"].startswith("Basic ")
    assert received == []


def test_an_empty_or_undecodable_body_is_refused(example: ModuleType) -> None:
    event = proxy_event("http-api", b"", basic(USERNAME, PASSWORD))
    event["body"] = None
    response = call(example, event)
    assert response["statusCode"] == 422
    assert [p["type"] for p in json.loads(response["body"])["detail"]] == ["json_invalid"]
    event["body"] = "not base64!"
    response = call(example, event)
    assert response["statusCode"] == 400
    assert json.loads(response["body"]) == {"detail": "Body is not valid base64"}
    event["headers"].pop("authorization")
    assert call(example, event)["statusCode"] == 401  # the credentials come first
