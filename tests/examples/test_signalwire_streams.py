"""examples/signalwire_streams.py: the Streams API over httpx, and the signed status callback."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from voice_webhooks import signalwire

from ._support import SIGNALWIRE, asgi_request, load

SPACE = "https://example.signalwire.com"
PROJECT, TOKEN = "720796a0-8ee9-4350-83bd-2d07a3121f1e", "PT-api-token"
CALL = "43bb71ee-553f-4074-bb20-8e2747647cce"
STREAM_RESPONSES = sorted(p for p in SIGNALWIRE.glob("*.json") if "stream_response" in p.name)
VECTORS = json.loads((SIGNALWIRE / "signature_vectors.constructed.json").read_text())
FORM_SIGNATURE = "X-SignalWire-Signature (form scheme, base64)"


def corpus_form(name: str) -> bytes:
    return (SIGNALWIRE / name).read_bytes().rstrip(b"\n")


def environment(monkeypatch: pytest.MonkeyPatch, signing_key: str) -> None:
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", SPACE)
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", signing_key)


def load_with_key(signing_key: str) -> ModuleType:
    """The example as loaded in an environment holding this signing key."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        environment(monkeypatch, signing_key)
        return load("signalwire_streams")


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_with_key(VECTORS[0]["signing_key"])


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    environment(monkeypatch, VECTORS[0]["signing_key"])


class FakeSpace:
    """A stand-in for the Space's API: checks each request, answers with a corpus body."""

    def __init__(self, path: str, body: bytes, status: int, answer: Path) -> None:
        self.expected = ("POST", SPACE + path, body)
        self.status, self.answer = status, answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert (request.method, str(request.url), request.content) == self.expected
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        credentials = base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
        assert request.headers["Authorization"] == f"Basic {credentials}"
        return httpx.Response(
            self.status,
            content=self.answer.read_bytes(),
            headers={"Content-Type": "application/json"},
        )


def client(example: ModuleType, space: FakeSpace) -> httpx.Client:
    result: httpx.Client = example.signalwire_client(httpx.MockTransport(space))
    return result


def create_request() -> signalwire.CreateStreamRequest:
    """The request of the corpus body, built as a user builds it."""
    return signalwire.CreateStreamRequest(
        url="wss://your-application.com/audiostream",
        name="my_first_stream",
        track=signalwire.Track.BOTH_TRACKS,
        status_callback="https://your-api-endpoint.com/stream-status",
        status_callback_method=signalwire.HttpMethod.POST,
        parameters={"FirstName": "Jane", "LastName": "Doe"},
    )


@pytest.mark.parametrize("answer", STREAM_RESPONSES, ids=[p.stem for p in STREAM_RESPONSES])
def test_start_stream_posts_the_form_and_returns_the_typed_stream(
    example: ModuleType, answer: Path
) -> None:
    path = signalwire.create_stream_path(PROJECT, CALL)
    space = FakeSpace(path, corpus_form("sw_create_stream_request.form.txt"), 201, answer)
    with client(example, space) as api:
        stream = example.start_stream(api, PROJECT, CALL, create_request())
    assert len(space.requests) == 1
    assert stream == signalwire.Stream.from_json(answer.read_bytes())
    assert stream.date_updated.tzinfo is not None


def test_stop_stream_posts_status_stopped(example: ModuleType) -> None:
    answer = SIGNALWIRE / "sw_stream_response.legacy-docs.json"
    path = signalwire.update_stream_path(PROJECT, CALL, "MZ-1")
    space = FakeSpace(path, corpus_form("sw_stop_stream_request.form.txt"), 200, answer)
    with client(example, space) as api:
        stream = example.stop_stream(api, PROJECT, CALL, "MZ-1")
    assert stream.status is signalwire.StreamStatus.STOPPED
    assert stream.error_code is None


def test_an_api_error_raises_with_the_typed_error_body(example: ModuleType) -> None:
    answer = SIGNALWIRE / "sw_compat_error_response.spec.json"
    path = signalwire.create_stream_path(PROJECT, CALL)
    space = FakeSpace(path, corpus_form("sw_create_stream_request.form.txt"), 401, answer)
    with client(example, space) as api, pytest.raises(example.StreamsApiError) as raised:
        example.start_stream(api, PROJECT, CALL, create_request())
    assert raised.value.error == signalwire.ErrorResponse.from_json(answer.read_bytes())
    assert raised.value.error.code == 20003


def test_an_error_that_is_not_the_apis_raises_httpx_status_error(example: ModuleType) -> None:
    def gateway(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad Gateway</html>")

    api = example.signalwire_client(httpx.MockTransport(gateway))
    with api, pytest.raises(httpx.HTTPStatusError):
        example.stop_stream(api, PROJECT, CALL, "MZ-1")


# --------------------------------------------------------------------------- status callbacks


@pytest.fixture
def received(example: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the endpoint hands to ``handle_status``."""
    callbacks: list[Any] = []
    monkeypatch.setattr(example, "handle_status", callbacks.append)
    return callbacks


def deliver(example: ModuleType, url: str, body: bytes, signature: str | None) -> httpx.Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature is not None:
        headers[signalwire.SIGNALWIRE_SIGNATURE_HEADER] = signature
    return asgi_request(example.app, "POST", url, content=body, headers=headers)


@pytest.mark.parametrize("scheme", [FORM_SIGNATURE, "hex_scheme_over_raw_body"])
@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_a_signed_callback_answers_204_and_is_parsed(
    example: ModuleType, received: list[Any], vector: dict[str, str], scheme: str
) -> None:
    body = corpus_form(f"sw_stream_status_callback_{vector['name']}.constructed.form.txt")
    assert body.decode() == vector["raw_body"]
    response = deliver(example, vector["url"], body, vector[scheme])
    assert response.status_code == 204, response.text
    assert received == [signalwire.StreamStatusCallback.from_form(body)]
    assert received[0].stream_event == f"stream-{vector['name']}"


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_a_bad_signature_answers_403_before_parsing(
    example: ModuleType, received: list[Any], vector: dict[str, str]
) -> None:
    body, url, signature = vector["raw_body"].encode(), vector["url"], vector[FORM_SIGNATURE]
    tampered = body.replace(b"both_tracks", b"inbound_track")
    assert deliver(example, url, tampered, signature).status_code == 403
    assert deliver(example, url.replace("42", "43"), body, signature).status_code == 403
    assert deliver(example, url, body, None).status_code == 403
    assert deliver(example, url, b"not a form %ZZ", signature).status_code == 403
    assert received == []


def test_the_signing_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    vector = VECTORS[0]
    example = load_with_key("another key")
    monkeypatch.setattr(example, "handle_status", lambda callback: None)
    body = vector["raw_body"].encode()
    assert deliver(example, vector["url"], body, vector[FORM_SIGNATURE]).status_code == 403
    signature = signalwire.sign("another key", vector["url"], body)
    assert deliver(example, vector["url"], body, signature).status_code == 204
    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY")
    with pytest.raises(KeyError):
        load("signalwire_streams")


def test_a_signed_body_that_is_not_a_callback_answers_422_with_wire_paths(
    example: ModuleType, received: list[Any]
) -> None:
    url, body = "https://example.com/stream-status", b"AccountSid=AC1&StreamEvent=stream-started"
    response = deliver(example, url, body, signalwire.sign(VECTORS[0]["signing_key"], url, body))
    assert response.status_code == 422
    locs = {tuple(p["loc"]) for p in response.json()["detail"]}
    assert locs == {("body", "StreamSid"), ("body", "Timestamp")}
    assert received == []


def test_openapi_shows_the_form_body(example: ModuleType) -> None:
    document = example.app.openapi()
    body = document["paths"]["/stream-status"]["post"]["requestBody"]["content"]
    assert body == {
        "application/x-www-form-urlencoded": {
            "schema": {"$ref": "#/components/schemas/StreamStatusCallback"}
        }
    }


def test_handle_status_reads_typed_fields(
    example: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger=example.__name__)
    for vector in VECTORS:
        example.handle_status(signalwire.StreamStatusCallback.from_form(vector["raw_body"]))
    sid = "19e436af-5688-4307-b03b-bdb2b42b8142"
    assert caplog.messages == [
        f"stream {sid} started",
        f"stream {sid} stopped",
        f"stream {sid} failed: connection_refused",
    ]
