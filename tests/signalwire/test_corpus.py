"""Every SignalWire file in the conformance corpus, read by its model (or verified)."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qsl

import pytest

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError

from . import _corpus


def _create_request(name: str) -> None:
    body = _corpus.text(name)
    pairs = parse_qsl(body, keep_blank_values=True)
    for strict in (False, True):
        request = signalwire.CreateStreamRequest.from_form(body, strict=strict)
        assert list(request.to_form().items()) == pairs  # exact, in order
        assert request.to_form_body() == body
    assert request.url == "wss://your-application.com/audiostream"
    assert request.parameters == {"FirstName": "Jane", "LastName": "Doe"}
    assert request.track is signalwire.Track.BOTH_TRACKS
    assert request.status_callback_method is signalwire.HttpMethod.POST


def _twilio_create_request(name: str) -> None:
    raw = _corpus.data(name)
    request = signalwire.CreateStreamRequest.from_form(raw)
    assert request.status_callback_method == "PUT"
    assert not isinstance(request.status_callback_method, signalwire.HttpMethod)
    assert request.url == "myUrl"  # a relative URL, as documented
    assert request.parameters == {"name1": "value1", "name2": "value2", "name3": "value3"}
    assert request.to_form() == raw
    assert signalwire.CreateStreamRequest.from_json(json.dumps(raw)) == request
    with pytest.raises(PayloadError) as caught:
        signalwire.CreateStreamRequest.from_form(raw, strict=True)
    assert caught.value.paths == ["StatusCallbackMethod"]


def _stop_request(name: str) -> None:
    body = _corpus.text(name)
    request = signalwire.UpdateStreamRequest.from_form(body, strict=True)
    assert request.status is signalwire.StreamUpdateStatus.STOPPED
    assert request.to_form_body() == body


def _stream(name: str) -> None:
    raw = _corpus.data(name)
    stream = signalwire.Stream.from_json(_corpus.path(name).read_bytes())
    emitted = json.loads(stream.to_json())
    assert set(emitted) == set(raw)
    for key, value in raw.items():
        if key == "date_updated":
            assert signalwire.Stream.model_validate({**raw, key: emitted[key]}) == stream
        else:
            assert emitted[key] == value, key
    assert signalwire.Stream.from_json(stream.to_json(), strict=True) == stream
    assert signalwire.Stream.from_json(raw) == stream


def _strict_stream(name: str) -> None:
    _stream(name)
    assert signalwire.Stream.from_json(_corpus.path(name).read_bytes(), strict=True)


def _sept_stream(name: str) -> None:
    # SignalWire's own spelling, which strict mode reads too; written back as "Sep".
    _strict_stream(name)
    assert "Sept" in _corpus.data(name)["date_updated"]
    stream = signalwire.Stream.from_json(_corpus.path(name).read_bytes(), strict=True)
    assert " Sep " in json.loads(stream.to_json())["date_updated"]


def _error_response(name: str) -> None:
    body = _corpus.path(name).read_bytes()
    error = signalwire.ErrorResponse.from_json(body, strict=True)
    assert (error.code, error.status) == (20003, 401)
    assert json.loads(error.to_json()) == json.loads(body)


def _status_callback(name: str) -> None:
    body = _corpus.text(name)
    callback = signalwire.StreamStatusCallback.from_form(body, strict=True)
    assert list(callback.to_form().items()) == parse_qsl(body, keep_blank_values=True)
    assert callback.to_form_body() == body
    assert callback.timestamp.tzinfo is not None
    assert isinstance(callback.stream_event, signalwire.StreamEvent)
    assert name.split("_")[4].split(".")[0] in callback.stream_event.value


def _signature_vectors(name: str) -> None:
    vectors = _corpus.data(name)
    assert len(vectors) == 3
    for vector in vectors:
        key, url, body = vector["signing_key"], vector["url"], vector["raw_body"]
        form_signature = vector["X-SignalWire-Signature (form scheme, base64)"]
        hex_signature = vector["hex_scheme_over_raw_body"]
        assert signalwire.verify_signature(key, url, body, form_signature)
        assert signalwire.verify_signature(key, url, body.encode(), form_signature)
        assert signalwire.verify_signature(key, url, dict(parse_qsl(body)), form_signature)
        assert signalwire.verify_signature(key, url, body, hex_signature)
        assert signalwire.sign(key, url, body) == form_signature
        assert signalwire.sign(key, url, body, scheme="raw_body") == hex_signature
        callback = signalwire.StreamStatusCallback.from_form(body, strict=True)
        assert signalwire.verify_signature(key, url, callback.to_form(), form_signature)


CHECKS: dict[str, Callable[[str], None]] = {
    "sw_create_stream_request.form.txt": _create_request,
    "twilio_stream_create_request.oai-example.json": _twilio_create_request,
    "sw_stop_stream_request.form.txt": _stop_request,
    "sw_stream_response.legacy-docs.json": _sept_stream,
    "sw_conference_stream_response.docs.json": _sept_stream,
    "sw_stream_response.current-spec.json": _strict_stream,
    "twilio_stream_response.oai-example.json": _strict_stream,
    "twilio_stream_update_response.oai-example.json": _strict_stream,
    "sw_compat_error_response.spec.json": _error_response,
    "sw_stream_status_callback_started.constructed.form.txt": _status_callback,
    "sw_stream_status_callback_stopped.constructed.form.txt": _status_callback,
    "sw_stream_status_callback_error.constructed.form.txt": _status_callback,
    "signature_vectors.constructed.json": _signature_vectors,
}
DOCUMENTATION = {"sw_create_stream_request.README"}


def test_every_corpus_file_is_exercised() -> None:
    files = {p.name for p in _corpus.CORPUS.rglob("*") if p.is_file()}
    assert files == set(CHECKS) | DOCUMENTATION


def test_the_readme_describes_the_create_request_body() -> None:
    readme = _corpus.text("sw_create_stream_request.README")
    minimal = readme.rsplit("\n", 1)[-1].strip()
    assert minimal == "Url=wss%3A%2F%2Fyour-application.com%2Faudiostream"
    request = signalwire.CreateStreamRequest.from_form(minimal, strict=True)
    assert request.to_form_body() == minimal
    path = signalwire.create_stream_path("{AccountSid}", "{CallSid}")
    assert path.replace("%7B", "{").replace("%7D", "}") in readme


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_corpus_file(name: str) -> None:
    CHECKS[name](name)


def test_the_error_callback_names_its_error() -> None:
    callback = signalwire.StreamStatusCallback.from_form(
        _corpus.text("sw_stream_status_callback_error.constructed.form.txt")
    )
    assert callback.stream_error is signalwire.StreamErrorCode.CONNECTION_REFUSED


def test_responses_keep_their_shapes() -> None:
    legacy = signalwire.Stream.from_json(_corpus.data("sw_stream_response.legacy-docs.json"))
    assert legacy.api_version == "2010-04-01" and legacy.error_code is None
    assert '"error_code":"null"' in legacy.to_json()
    conference = signalwire.Stream.from_json(
        _corpus.data("sw_conference_stream_response.docs.json")
    )
    assert conference.call_sid is None and conference.conference_sid is not None
    assert conference.status is signalwire.StreamStatus.QUEUED
    twilio = signalwire.Stream.from_json(_corpus.data("twilio_stream_response.oai-example.json"))
    assert twilio.name is None and '"name":null' in twilio.to_json()
    assert "api_version" not in twilio.to_json()
