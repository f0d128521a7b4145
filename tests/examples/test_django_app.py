"""examples/django_app.py: the decorated views through Django's test clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from django.test import AsyncClient, Client, override_settings

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED

from ._support import (
    BANDWIDTH_BODIES,
    INVALID_JSON,
    SIGNALWIRE,
    event_type,
    expected_model,
    ids,
    load,
)

URL = "/bandwidth/callbacks"
USERNAME, PASSWORD = "bw-callbacks", "correct horse battery staple"
VECTORS = json.loads((SIGNALWIRE / "signature_vectors.constructed.json").read_text())
KEY = VECTORS[0]["signing_key"]
ENVIRONMENT = {
    "BANDWIDTH_CALLBACK_USERNAME": USERNAME,
    "BANDWIDTH_CALLBACK_PASSWORD": PASSWORD,
    "SIGNALWIRE_SIGNING_KEY": KEY,
    "DJANGO_ALLOWED_HOSTS": "testserver",
}


def load_with(environment: dict[str, str]) -> ModuleType:
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        return load("django_app")


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_with(ENVIRONMENT)


@pytest.fixture(autouse=True)
def urls(example: ModuleType) -> Iterator[None]:
    with override_settings(ROOT_URLCONF=example.__name__, ALLOWED_HOSTS=["testserver"]):
        yield


@pytest.fixture
def received(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the Bandwidth view hands to ``handle``."""
    events: list[Any] = []
    monkeypatch.setattr(example, "handle", events.append)
    return events


def post(body: bytes | str, authorization: str | None = None) -> Any:
    headers = {} if authorization is None else {"authorization": authorization}
    return Client().post(URL, body, content_type="application/json", headers=headers)


GOOD = bandwidth.basic_auth_header(USERNAME, PASSWORD)


@pytest.mark.parametrize("path", BANDWIDTH_BODIES, ids=ids(BANDWIDTH_BODIES))
def test_every_corpus_event_answers_204_with_its_typed_model(
    received: list[Any], path: Path
) -> None:
    response = post(path.read_bytes(), GOOD)
    assert response.status_code == 204
    [event] = received
    assert type(event) is expected_model(path)
    assert event.event_type == event_type(path)
    assert event == bandwidth.parse_event(path.read_bytes())


@pytest.mark.parametrize("path", INVALID_JSON, ids=ids(INVALID_JSON))
def test_invalid_json_answers_422_saying_so(received: list[Any], path: Path) -> None:
    response = post(path.read_bytes(), GOOD)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body"] and problem["type"] == "json_invalid"
    assert problem["msg"].startswith("Invalid JSON: trailing comma")
    assert received == []


def test_a_rejected_field_answers_422_with_its_wire_path() -> None:
    body = json.loads(MEDIA_STREAM_STOPPED)
    body["mediaStream"]["duration"] = "a while"
    response = post(json.dumps(body), GOOD)
    assert response.status_code == 422
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "mediaStream", "duration"]]


@pytest.mark.parametrize(
    "authorization",
    [None, bandwidth.basic_auth_header(USERNAME, "guess"), f"Bearer {PASSWORD}"],
    ids=["none", "wrong-password", "not-basic"],
)
def test_wrong_credentials_answer_401(received: list[Any], authorization: str | None) -> None:
    for body in (MEDIA_STREAM_STOPPED, INVALID_JSON[0].read_bytes()):
        response = post(body, authorization)
        assert response.status_code == 401
        assert response["WWW-Authenticate"].startswith("Basic ")
    assert received == []


def deliver(url: str, body: str, signature: str | None, *, asynchronous: bool) -> Any:
    """A status callback, as SignalWire sends it to ``url`` (on the test server's host)."""
    headers = {} if signature is None else {signalwire.SIGNALWIRE_SIGNATURE_HEADER: signature}
    options: dict[str, Any] = {
        "content_type": "application/x-www-form-urlencoded",
        "headers": headers,
        "secure": url.startswith("https"),
    }
    if asynchronous:
        return asyncio.run(AsyncClient().post(url, body, **options))
    return Client().post(url, body, **options)


def on_test_server(vector: dict[str, str]) -> str:
    """The vector's URL, on the host of Django's test clients."""
    return vector["url"].replace("example.com", "testserver")


@pytest.mark.parametrize("asynchronous", [False, True], ids=["wsgi", "asgi"])
@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_a_signed_status_callback_answers_204(
    example: ModuleType,
    caplog: pytest.LogCaptureFixture,
    vector: dict[str, str],
    asynchronous: bool,
) -> None:
    caplog.set_level("INFO", logger=example.__name__)
    url, body = on_test_server(vector), vector["raw_body"]
    response = deliver(url, body, signalwire.sign(KEY, url, body), asynchronous=asynchronous)
    assert response.status_code == 204
    callback = signalwire.StreamStatusCallback.from_form(vector["raw_body"])
    assert caplog.messages == [f"stream {callback.stream_sid}: stream-{vector['name']}"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["wsgi", "asgi"])
def test_a_forged_status_callback_answers_403(asynchronous: bool) -> None:
    url, body = on_test_server(VECTORS[0]), VECTORS[0]["raw_body"]
    another_key = signalwire.sign("another key", url, body)
    another_host = signalwire.sign(KEY, VECTORS[0]["url"], body)
    for forged in (another_key, another_host):
        assert deliver(url, body, forged, asynchronous=asynchronous).status_code == 403
    assert deliver(url, body, None, asynchronous=asynchronous).status_code == 403


def test_the_secrets_come_from_the_environment() -> None:
    for name in ("BANDWIDTH_CALLBACK_PASSWORD", "SIGNALWIRE_SIGNING_KEY"):
        with pytest.raises(KeyError):
            load_with({k: v for k, v in ENVIRONMENT.items() if k != name})
