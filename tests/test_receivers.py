"""voice_webhooks.receivers: what every integration does, without a framework.

The size cap (declared, while reading, on a body already read), the caller checks, the parsing
rules, and the answers: 401 with its challenge, 403, 413, and 422 listing FastAPI-shaped
problems, bounded in number and size."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
from voice_webhooks.receivers import BandwidthReceiver, Rejected, SignalWireReceiver
from voice_webhooks.testing import stream_status_callback

from ._bad_bodies import EVENT_MUTATIONS, Mutation, complete_body
from .test_clean_errors import as_starlette_sends_it
from .test_fuzz import FUZZ, encode, json_values, mutated_corpus_body, objects

USERNAME, PASSWORD = "bw-callbacks", "s3cret"
GOOD = bandwidth.basic_auth_header(USERNAME, PASSWORD)
KEY = "the-signing-key"
URL = "https://callbacks.example/stream-status"


def rejected(call: Any, *args: Any, **kwargs: Any) -> Rejected:
    with pytest.raises(Rejected) as caught:
        call(*args, **kwargs)
    json.dumps(caught.value.json_body())  # what every framework sends
    return caught.value


class Stream(io.BytesIO):
    """A request body stream that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1, /) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


@FUZZ
@given(
    st.one_of(st.binary(max_size=300), st.builds(encode, st.one_of(json_values, objects))),
    st.builds(encode, mutated_corpus_body()),
    st.booleans(),
)
def test_any_body_gives_a_model_or_a_short_answer(raw: bytes, body: bytes, strict: bool) -> None:
    bandwidth_receiver = BandwidthReceiver(strict=strict)
    signalwire_receiver = SignalWireReceiver(strict=strict)
    for receive in (bandwidth_receiver.receive, partial(signalwire_receiver.receive, url=URL)):
        for data in (raw, body):
            try:
                receive(data)
            except Rejected as exc:
                assert exc.status in (413, 422)
                assert len(as_starlette_sends_it(exc.json_body())) < 20 * 1000


# ---------------------------------------------------------------------------------- Bandwidth


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_a_bad_body_is_422_with_fastapis_problem_shape(mutation: Mutation) -> None:
    receiver = BandwidthReceiver(strict=mutation.strict)
    exc = rejected(receiver.receive, json.dumps(mutation.body()).encode())
    assert exc.status == 422
    [problem] = exc.detail
    assert isinstance(problem, dict)
    assert problem["loc"] == ["body", *mutation.loc]
    with pytest.raises(PayloadError) as payload_error:
        bandwidth.parse_event(json.dumps(mutation.body()), strict=mutation.strict)
    [error] = payload_error.value.errors()
    assert (problem["type"], problem["msg"]) == (error["type"], error["msg"])


def test_problem_inputs_are_previews_and_past_twenty_the_rest_is_counted() -> None:
    body = complete_body(bandwidth.MediaStreamStopped)
    body["callId"] = ["x" * 100_000]
    body["mediaStream"]["tracks"] = [7] * 100
    exc = rejected(BandwidthReceiver().receive, json.dumps(body))
    assert isinstance(exc.detail, list) and len(exc.detail) == 20
    assert exc.detail[0]["loc"] == ["body", "callId"]
    assert len(json.dumps(exc.detail[0])) < 300
    assert exc.detail[-1] == {
        "type": "too_many_errors",
        "loc": ["body"],
        "msg": "82 more problems, not listed",
    }
    assert len(json.dumps(exc.json_body())) < 4096


@pytest.mark.parametrize(
    "authorization",
    [None, "", bandwidth.basic_auth_header(USERNAME, "guess"), "Basic !!", b"\xff"],
    ids=["none", "empty", "wrong", "malformed", "bytes"],
)
def test_wrong_credentials_are_401_before_the_body_is_read(authorization: Any) -> None:
    stream = Stream(MEDIA_STREAM_STOPPED.encode())
    receiver = BandwidthReceiver(username=USERNAME, password=PASSWORD)
    exc = rejected(receiver.receive, stream, authorization=authorization)
    assert exc.status == 401
    assert exc.headers == {"WWW-Authenticate": 'Basic realm="Bandwidth callbacks"'}
    assert stream.taken == 0
    query = rejected(receiver.receive_query, "eventType=x", authorization=authorization)
    assert query.status == 401


def test_right_credentials_give_the_event() -> None:
    receiver = BandwidthReceiver(username=USERNAME, password=PASSWORD)
    event = receiver.receive(Stream(MEDIA_STREAM_STOPPED.encode()), authorization=GOOD)
    assert event == bandwidth.parse_event(MEDIA_STREAM_STOPPED)


def test_credentials_are_both_given_and_usable() -> None:
    with pytest.raises(ValueError, match="both"):
        BandwidthReceiver(username=USERNAME)
    with pytest.raises(PayloadError):
        BandwidthReceiver(username="a:b", password=PASSWORD)
    with pytest.raises(ValueError, match="max_bytes"):
        BandwidthReceiver(max_bytes=-1)


def test_get_callbacks_come_from_the_query_string() -> None:
    receiver = BandwidthReceiver()
    event = receiver.receive_query(b"eventType=somethingNew&callId=c-1")
    assert event.wire_extra() == {"callId": "c-1"}
    exc = rejected(receiver.receive_query, "eventType=mediaStreamStarted&callId=c-1")
    assert ["query", "eventTime"] in [problem["loc"] for problem in exc.detail]
    twice = rejected(receiver.receive_query, "eventType=x&callId=1&callId=2")
    assert [(p["loc"], p["type"]) for p in twice.detail] == [(["query", "callId"], "duplicate_key")]


# ------------------------------------------------------------------------------- the size cap


def test_a_declared_length_over_the_cap_is_refused_unread() -> None:
    stream = Stream(b"{}")
    exc = rejected(BandwidthReceiver(max_bytes=100).receive, stream, content_length="101")
    assert (exc.status, exc.detail) == (413, "Body is 101 bytes over the 100-byte cap (max_bytes=)")
    assert stream.taken == 0


@pytest.mark.parametrize("length", [None, "not a number", "-5", "10"])
def test_a_stream_longer_than_the_cap_is_refused_while_reading(length: str | None) -> None:
    stream = Stream(b" " * 1_000_000)
    receiver = BandwidthReceiver(max_bytes=100_000)
    exc = rejected(receiver.receive, stream, content_length=length)
    assert exc.status == 413
    assert stream.taken < 200_000  # stopped a chunk past the cap, not at the end


def test_a_body_already_read_is_held_to_the_cap_too() -> None:
    receiver = BandwidthReceiver(max_bytes=1_000)
    for body in (b" " * 1001, "é" * 501, memoryview(b" " * 1001)):
        assert rejected(receiver.receive, body).status == 413
    assert rejected(receiver.receive, "{}" + " " * 998).status == 422  # at the cap: parsed


def test_an_async_stream_is_capped_while_reading() -> None:
    taken = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal taken
        for _ in range(100):
            taken += 1
            yield b"x" * 1000

    receiver = BandwidthReceiver(max_bytes=10_000)
    with pytest.raises(Rejected) as caught:
        asyncio.run(receiver.aread(chunks()))
    assert caught.value.status == 413 and taken == 11
    assert asyncio.run(BandwidthReceiver(max_bytes=None).aread(chunks())) == b"x" * 100_000


def test_no_cap_reads_everything() -> None:
    stream = Stream(b" " * 2_000_000 + MEDIA_STREAM_STOPPED.encode())
    event = BandwidthReceiver(max_bytes=None).receive(stream, content_length="99999999")
    assert type(event) is bandwidth.MediaStreamStopped


# --------------------------------------------------------------------------------- SignalWire


def test_a_signed_form_gives_its_model() -> None:
    body = stream_status_callback.body().encode()
    receiver = SignalWireReceiver(signing_key=KEY)
    callback = receiver.receive(Stream(body), url=URL, signature=signalwire.sign(KEY, URL, body))
    assert callback == signalwire.StreamStatusCallback.from_form(body)
    raw = signalwire.sign(KEY, URL, body, scheme="raw_body")
    assert receiver.receive(body, url=URL, signature=raw) == callback


@pytest.mark.parametrize("signature", [None, "", "forged", 7])
def test_a_wrong_signature_is_403_before_parsing(signature: Any) -> None:
    receiver = SignalWireReceiver(signing_key=KEY)
    exc = rejected(receiver.receive, b"not a form %ZZ", url=URL, signature=signature)
    assert (exc.status, exc.detail) == (403, "Missing or wrong request signature")


def test_the_size_cap_comes_before_the_signature() -> None:
    receiver = SignalWireReceiver(signing_key=KEY, max_bytes=10)
    body = b"AccountSid=AC1&x=" + b"y" * 100
    exc = rejected(receiver.receive, body, url=URL, signature=signalwire.sign(KEY, URL, body))
    assert exc.status == 413


def test_a_signed_bad_form_is_422_at_its_keys() -> None:
    body = b"AccountSid=AC1&StreamSid=MZ1&StreamEvent=stream-started&Timestamp=soon&Timestamp=x"
    receiver = SignalWireReceiver(signing_key=KEY)
    exc = rejected(receiver.receive, body, url=URL, signature=signalwire.sign(KEY, URL, body))
    assert [(p["loc"], p["type"]) for p in exc.detail] == [(["body", "Timestamp"], "duplicate_key")]


def test_strict_mode_refuses_unknown_keys() -> None:
    body = stream_status_callback.body() + "&AddedLater=1"
    assert SignalWireReceiver().receive(body, url=URL).wire_extra() == {"AddedLater": "1"}
    exc = rejected(SignalWireReceiver(strict=True).receive, body, url=URL)
    assert [p["loc"] for p in exc.detail] == [["body", "AddedLater"]]


def test_a_get_callback_is_signed_over_its_url() -> None:
    query = stream_status_callback.body()
    url = f"{URL}?{query}"
    receiver = SignalWireReceiver(signing_key=KEY)
    callback = receiver.receive_query(query, url=url, signature=signalwire.sign(KEY, url))
    assert callback == signalwire.StreamStatusCallback.from_form(query)
    assert rejected(receiver.receive_query, query, url=URL, signature="x").status == 403


def test_any_form_model_can_be_received() -> None:
    receiver = SignalWireReceiver(signalwire.UpdateStreamRequest, strict=True)
    assert receiver.parse(b"Status=stopped").status is signalwire.StreamUpdateStatus.STOPPED
    exc = rejected(receiver.parse, b"Status=paused")
    assert [p["loc"] for p in exc.detail] == [["body", "Status"]]


def test_an_unusable_signing_key_is_refused_when_made() -> None:
    with pytest.raises(PayloadError):
        SignalWireReceiver(signing_key="")
