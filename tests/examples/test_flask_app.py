"""examples/flask_app.py: Basic auth, then the raw body parsed, in Flask's test client."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from flask.testing import FlaskClient

from voice_webhooks import bandwidth
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED

from ._support import BANDWIDTH_BODIES, INVALID_JSON, event_type, expected_model, ids, load

URL = "/bandwidth/callbacks"
USERNAME, PASSWORD = "bw-callbacks", "correct horse battery staple"


def basic(username: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Content-Type": "application/json"}


GOOD = basic(USERNAME, PASSWORD)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load("flask_app")


@pytest.fixture
def client(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> FlaskClient:
    monkeypatch.setenv("BANDWIDTH_CALLBACK_USERNAME", USERNAME)
    monkeypatch.setenv("BANDWIDTH_CALLBACK_PASSWORD", PASSWORD)
    app = example.create_app()
    app.config["TESTING"] = True
    return app.test_client()  # type: ignore[no-any-return]


@pytest.fixture
def received(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the view hands to ``handle``."""
    events: list[Any] = []
    monkeypatch.setattr(example, "handle", events.append)
    return events


@pytest.mark.parametrize("path", BANDWIDTH_BODIES, ids=ids(BANDWIDTH_BODIES))
def test_every_corpus_event_answers_204_with_its_typed_model(
    client: FlaskClient, received: list[Any], path: Path
) -> None:
    response = client.post(URL, data=path.read_bytes(), headers=GOOD)
    assert response.status_code == 204, response.text
    assert response.data == b""
    [event] = received
    assert type(event) is expected_model(path)
    assert event.event_type == event_type(path)
    assert event == bandwidth.parse_event(path.read_bytes())


@pytest.mark.parametrize("path", INVALID_JSON, ids=ids(INVALID_JSON))
def test_invalid_json_answers_422_saying_so(
    client: FlaskClient, received: list[Any], path: Path
) -> None:
    response = client.post(URL, data=path.read_bytes(), headers=GOOD)
    assert response.status_code == 422
    [problem] = response.get_json()["detail"]
    assert problem["loc"] == ["body"] and problem["type"] == "json_invalid"
    assert problem["msg"].startswith("Invalid JSON: trailing comma")
    assert received == []


def test_a_rejected_field_answers_422_with_its_wire_path(client: FlaskClient) -> None:
    body = json.loads(MEDIA_STREAM_STOPPED)
    body["mediaStream"]["startTime"] = "yesterday"
    response = client.post(URL, data=json.dumps(body), headers=GOOD)
    assert response.status_code == 422
    [problem] = response.get_json()["detail"]
    assert problem["loc"] == ["body", "mediaStream", "startTime"]
    assert problem["input"] == "yesterday"


def test_a_body_over_1_mib_answers_413_unread(client: FlaskClient, received: list[Any]) -> None:
    body = json.loads(MEDIA_STREAM_STOPPED) | {"padding": "x" * (1 << 20)}
    response = client.post(URL, data=json.dumps(body), headers=GOOD)
    assert response.status_code == 413
    assert response.get_json()["detail"].startswith("Body is 1049")
    assert received == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        basic(USERNAME, "guess"),
        basic("someone", PASSWORD),
        {"Authorization": f"Bearer {PASSWORD}"},
    ],
    ids=["none", "wrong-password", "wrong-username", "not-basic"],
)
def test_wrong_credentials_answer_401_before_the_body_is_read(
    client: FlaskClient, received: list[Any], headers: dict[str, str]
) -> None:
    for body in (MEDIA_STREAM_STOPPED.encode(), INVALID_JSON[0].read_bytes()):
        response = client.post(URL, data=body, headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Basic ")
    assert received == []


def test_credentials_come_from_the_environment(
    example: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANDWIDTH_CALLBACK_USERNAME", "other")
    monkeypatch.setenv("BANDWIDTH_CALLBACK_PASSWORD", "secret")
    client = example.create_app().test_client()
    assert client.post(URL, data=MEDIA_STREAM_STOPPED, headers=GOOD).status_code == 401
    ok = client.post(URL, data=MEDIA_STREAM_STOPPED, headers=basic("other", "secret"))
    assert ok.status_code == 204
    monkeypatch.delenv("BANDWIDTH_CALLBACK_PASSWORD")
    with pytest.raises(KeyError):
        example.create_app()
