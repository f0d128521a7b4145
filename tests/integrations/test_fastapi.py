"""voice_webhooks.fastapi against a real FastAPI app: the size cap while reading, Basic auth and
signatures before parsing, the package's parsing rules, FastAPI's own 422, the OpenAPI body."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
from voice_webhooks.fastapi import (
    BandwidthWebhook,
    StreamStatusWebhook,
    bandwidth_webhook,
    describe_webhooks,
    signalwire_webhook,
)
from voice_webhooks.testing import stream_status_callback

from .._bad_bodies import EVENT_MUTATIONS, Mutation
from ..conftest import CORPUS
from ..examples._support import BANDWIDTH_BODIES, expected_model, ids

HOST = "https://callbacks.example"
USERNAME, PASSWORD = "bw-callbacks", "correct horse battery staple"
KEY = "the-signing-key"
CAP = 64 * 1024
received: list[Any] = []

app = FastAPI()
guarded = bandwidth_webhook(username=USERNAME, password=PASSWORD, max_bytes=CAP)
strict = bandwidth_webhook(strict=True)
signed = signalwire_webhook(signing_key=KEY)


@app.post("/bandwidth", status_code=204)
def bandwidth_callback(event: BandwidthWebhook) -> None:
    received.append(event)


@app.get("/bandwidth", status_code=204)
def bandwidth_get_callback(event: BandwidthWebhook) -> None:
    received.append(event)


@app.post("/bandwidth/guarded", status_code=204)
def guarded_callback(event: Annotated[bandwidth.BandwidthEvent, Depends(guarded)]) -> None:
    received.append(event)


@app.post("/bandwidth/strict", status_code=204)
def strict_callback(event: Annotated[bandwidth.BandwidthEvent, Depends(strict)]) -> None:
    received.append(event)


SignedStatus = Annotated[signalwire.StreamStatusCallback, Depends(signed)]


@app.post("/stream-status", status_code=204)
def status_callback(callback: SignedStatus) -> None:
    received.append(callback)


@app.get("/stream-status", status_code=204)
def status_get_callback(callback: SignedStatus) -> None:
    received.append(callback)


@app.post("/stream-status/unsigned", status_code=204)
def unsigned_status_callback(callback: StreamStatusWebhook) -> None:
    received.append(callback)


describe_webhooks(app)


@pytest.fixture(autouse=True)
def _clear() -> None:
    received.clear()


def send(method: str, path: str, content: Any = None, **headers: str) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=HOST) as client:
            return await client.request(method, path, content=content, headers=headers)

    return asyncio.run(go())


def basic(username: str = USERNAME, password: str = PASSWORD) -> str:
    return bandwidth.basic_auth_header(username, password)


class Chunks:
    """A request body streamed in chunks (no ``Content-Length``), counting what was read."""

    def __init__(self, chunk: bytes, count: int) -> None:
        self.chunk, self.count, self.sent = chunk, count, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            self.sent += 1
            yield self.chunk


# --------------------------------------------------------------------------- Bandwidth events


@pytest.mark.parametrize("path", BANDWIDTH_BODIES, ids=ids(BANDWIDTH_BODIES))
def test_every_corpus_event_reaches_the_endpoint(path: Any) -> None:
    response = send("POST", "/bandwidth", path.read_bytes())
    assert response.status_code == 204, response.text
    [event] = received
    assert type(event) is expected_model(path)
    assert event == bandwidth.parse_event(path.read_bytes())


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_a_bad_body_is_fastapis_422_at_the_wire_path(mutation: Mutation) -> None:
    endpoint = "/bandwidth/strict" if mutation.strict else "/bandwidth"
    response = send("POST", endpoint, json.dumps(mutation.body()))
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", *mutation.loc]
    assert set(problem) == {"type", "loc", "msg", "input"}
    assert received == []


def test_a_body_with_many_problems_lists_twenty_of_them() -> None:
    body = json.loads(MEDIA_STREAM_STOPPED)
    body["mediaStream"]["tracks"] = [7] * 5000
    response = send("POST", "/bandwidth", json.dumps(body))
    detail = response.json()["detail"]
    assert len(detail) == 20 and len(response.content) < 4096
    assert detail[-1] == {
        "type": "too_many_errors",
        "loc": ["body"],
        "msg": "4981 more problems, not listed",
    }


def test_strict_mode_refuses_what_lenient_mode_keeps() -> None:
    body = json.loads(MEDIA_STREAM_STOPPED) | {"addedLater": 1, "eventType": "mediaStreamStopped"}
    assert send("POST", "/bandwidth", json.dumps(body)).status_code == 204
    response = send("POST", "/bandwidth/strict", json.dumps(body))
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "addedLater"]]
    unknown = send("POST", "/bandwidth/strict", b'{"eventType": "somethingNew"}')
    assert [(p["loc"], p["type"]) for p in unknown.json()["detail"]] == [
        (["body", "eventType"], "event_type_unknown")
    ]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"", "json_invalid"),
        (b"\xff\xfe" * 999, "json_invalid"),
        (b"[%s1]" % (b"1," * 999), "body_not_object"),
    ],
    ids=["empty", "not-utf-8", "array"],
)
def test_a_body_that_is_not_an_event_is_one_problem(body: bytes, kind: str) -> None:
    response = send("POST", "/bandwidth", body)
    assert response.status_code == 422
    assert [(p["loc"], p["type"]) for p in response.json()["detail"]] == [(["body"], kind)]
    assert len(response.content) < 1024


def test_get_callbacks_are_read_from_the_query_string() -> None:
    response = send("GET", "/bandwidth?eventType=somethingNew&callId=c-1")
    assert response.status_code == 204
    assert received[0].wire_extra() == {"callId": "c-1"}
    twice = send("GET", "/bandwidth?eventType=x&callId=c-1&callId=c-2")
    assert [(p["loc"], p["type"]) for p in twice.json()["detail"]] == [
        (["query", "callId"], "duplicate_key")
    ]


# ------------------------------------------------------------------------ the size cap, auth


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    body = Chunks(b"x" * 1024, 100)
    response = send(
        "POST",
        "/bandwidth/guarded",
        body,
        authorization=basic(),
        **{"content-length": str(100 * 1024)},
    )
    assert response.status_code == 413
    assert response.json() == {
        "detail": "Body is 102400 bytes over the 65536-byte cap (max_bytes=)"
    }
    assert body.sent <= 1  # the transport may start sending; nothing more is read


def test_a_stream_over_the_cap_is_refused_while_reading() -> None:
    body = Chunks(b"x" * 1024, 10_000)
    response = send("POST", "/bandwidth/guarded", body, authorization=basic())
    assert response.status_code == 413
    assert 64 <= body.sent < 100  # stopped just past the cap, not at the end of 10 MB
    assert received == []


def test_the_default_cap_is_parse_events() -> None:
    response = send("POST", "/bandwidth", Chunks(b" " * 65536, 17))  # just over 1 MiB
    assert response.status_code == 413


@pytest.mark.parametrize(
    "authorization",
    [None, basic(password="guess"), basic(username="someone"), f"Bearer {PASSWORD}"],
    ids=["none", "wrong-password", "wrong-username", "not-basic"],
)
def test_wrong_credentials_are_401_before_the_body_is_read(authorization: str | None) -> None:
    body = Chunks(MEDIA_STREAM_STOPPED.encode(), 1)
    headers = {} if authorization is None else {"authorization": authorization}
    response = send("POST", "/bandwidth/guarded", body, **headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Basic realm="Bandwidth callbacks"'
    assert body.sent == 0
    assert received == []


def test_right_credentials_reach_the_endpoint() -> None:
    response = send("POST", "/bandwidth/guarded", MEDIA_STREAM_STOPPED, authorization=basic())
    assert response.status_code == 204
    assert type(received[0]) is bandwidth.MediaStreamStopped


def test_fastapis_own_validation_handler_answers() -> None:
    custom = FastAPI()

    @custom.exception_handler(RequestValidationError)
    async def problems(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"problems": [list(e["loc"]) for e in exc.errors()]}, 400)

    @custom.post("/")
    def callback(event: BandwidthWebhook) -> None: ...

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=custom)) as client:
            return await client.post("http://x/", content=b'{"eventType": "mediaStreamStopped"}')

    response = asyncio.run(go())
    assert response.status_code == 400
    assert ["body", "callId"] in response.json()["problems"]


# --------------------------------------------------------------------- SignalWire callbacks


def signed_status(url: str = f"{HOST}/stream-status", **overrides: Any) -> tuple[bytes, str]:
    body = stream_status_callback.body(**overrides).encode()
    return body, signalwire.sign(KEY, url, body)


def test_a_signed_callback_reaches_the_endpoint() -> None:
    body, signature = signed_status()
    response = send("POST", "/stream-status", body, **{"x-signalwire-signature": signature})
    assert response.status_code == 204
    assert received == [signalwire.StreamStatusCallback.from_form(body)]


@pytest.mark.parametrize("forged", [None, "forged", "signed-for-another-body"])
def test_a_callback_without_its_signature_is_403(forged: str | None) -> None:
    body, _ = signed_status()
    headers = {}
    if forged is not None:
        other = signed_status(stream_sid="MZ-other")[1]
        headers["x-signalwire-signature"] = other if forged.startswith("signed") else forged
    response = send("POST", "/stream-status", body, **headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "Missing or wrong request signature"}
    assert received == []


def test_twilios_header_is_checked_too() -> None:
    body, signature = signed_status()
    response = send("POST", "/stream-status", body, **{"x-twilio-signature": signature})
    assert response.status_code == 204


def test_a_signed_bad_form_is_fastapis_422() -> None:
    body = b"AccountSid=AC1&StreamEvent=stream-started&StreamSid=MZ1&Timestamp=soon"
    signature = signalwire.sign(KEY, f"{HOST}/stream-status", body)
    response = send("POST", "/stream-status", body, **{"x-signalwire-signature": signature})
    assert response.status_code == 422
    assert [(p["loc"], p["type"]) for p in response.json()["detail"]] == [
        (["body", "Timestamp"], "datetime_parsing")
    ]


def test_a_get_callback_is_signed_over_its_url() -> None:
    query = stream_status_callback.body()
    url = f"{HOST}/stream-status?{query}"
    signature = signalwire.sign(KEY, url)
    response = send("GET", f"/stream-status?{query}", **{"x-signalwire-signature": signature})
    assert response.status_code == 204
    assert received == [signalwire.StreamStatusCallback.from_form(query)]


def test_the_ready_made_dependency_checks_no_signature() -> None:
    body = (
        (CORPUS / "signalwire" / "sw_stream_status_callback_started.constructed.form.txt")
        .read_bytes()
        .rstrip()
    )
    response = send("POST", "/stream-status/unsigned", body)
    assert response.status_code == 204
    assert isinstance(received[0], signalwire.StreamStatusCallback)


# -------------------------------------------------------------------------------- OpenAPI


def test_openapi_shows_the_bodies_the_dependencies_read() -> None:
    document = app.openapi()
    components = document["components"]["schemas"]
    for path in ("/bandwidth", "/bandwidth/guarded", "/bandwidth/strict"):
        operation = document["paths"][path]["post"]
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        known, unknown = schema["anyOf"]
        mapping = known["discriminator"]["mapping"]
        assert set(mapping) == set(bandwidth.EVENT_TYPES)
        for name, model in bandwidth.EVENT_TYPES.items():
            assert mapping[name] == f"#/components/schemas/{model.__name__}"
            tag = components[model.__name__]["properties"]["eventType"]
            # recordComplete and recordingComplete: one model, either name
            assert tag.get("const") == name or name in tag.get("enum", ())
        assert unknown == {"$ref": "#/components/schemas/UnknownEvent"}
        assert operation["responses"]["422"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/HTTPValidationError"
        }
    assert "requestBody" not in document["paths"]["/bandwidth"]["get"]
    form = document["paths"]["/stream-status"]["post"]["requestBody"]["content"]
    assert form == {
        "application/x-www-form-urlencoded": {
            "schema": {"$ref": "#/components/schemas/StreamStatusCallback"}
        }
    }
    assert "StreamSid" in components["StreamStatusCallback"]["properties"]
    assert {"ValidationError", "HTTPValidationError"} <= set(components)
