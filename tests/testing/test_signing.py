"""Signed SignalWire requests: they verify, tampering does not, and they match the corpus's
independently cross-checked signature vectors."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest

from voice_webhooks import signalwire
from voice_webhooks.testing import (
    TEST_SIGNING_KEY,
    create_stream_request,
    signed_callback,
    signed_json,
    stream_status_callback,
)

from ..conftest import CORPUS

URL = "https://app.example.com/stream-status?tenant=42"
VECTORS = json.loads((CORPUS / "signalwire" / "signature_vectors.constructed.json").read_text())


def verifies(url: str, body: bytes | None, signature: str) -> bool:
    return signalwire.verify_signature(TEST_SIGNING_KEY, url, body, signature)


@pytest.mark.parametrize("vector", VECTORS, ids=[vector["name"] for vector in VECTORS])
def test_signatures_match_the_cross_checked_vectors(vector: dict[str, str]) -> None:
    params = dict(parse_qsl(vector["raw_body"], keep_blank_values=True))
    form = signed_callback(vector["url"], params, vector["signing_key"])
    assert form.body.decode() == vector["raw_body"]
    assert form.signature == vector["X-SignalWire-Signature (form scheme, base64)"]
    raw = signed_callback(vector["url"], params, vector["signing_key"], scheme="raw_body")
    assert raw.signature == vector["hex_scheme_over_raw_body"]


def test_a_posted_callback_verifies_and_parses() -> None:
    form = stream_status_callback(stream_event="stream-stopped")
    url, body, headers = signed_callback(URL, form, TEST_SIGNING_KEY)
    assert url == URL
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert verifies(url, body, headers["X-SignalWire-Signature"])
    assert signalwire.StreamStatusCallback.from_form(body, strict=True).to_form() == form


def test_tampering_breaks_the_signature() -> None:
    request = signed_callback(URL, stream_status_callback(), TEST_SIGNING_KEY)
    tampered = request.tampered()
    assert tampered.body != request.body and tampered.headers == request.headers
    assert not verifies(tampered.url, tampered.body, request.signature)
    assert not signalwire.verify_signature("another-key", request.url, request.body,
                                           request.signature)  # fmt: skip


def test_a_get_callback_carries_its_fields_in_the_signed_query() -> None:
    form = stream_status_callback()
    request = signed_callback(URL, form, TEST_SIGNING_KEY, method="GET")
    assert request.method == "GET" and request.body == b""
    assert "Content-Type" not in request.headers
    assert dict(parse_qsl(urlsplit(request.url).query)) == {"tenant": "42", **form}
    assert verifies(request.url, None, request.signature)
    assert not verifies(request.tampered().url, None, request.signature)


def test_twilio_header_and_form_models() -> None:
    model = create_stream_request.build()
    request = signed_callback(URL, model, TEST_SIGNING_KEY, twilio=True)
    assert set(request.headers) == {"Content-Type", "X-Twilio-Signature"}
    assert request.body.decode() == model.to_form_body()
    assert verifies(request.url, request.body, request.signature)


def test_a_signed_json_body_is_covered_by_its_hash() -> None:
    request = signed_json("https://app.example.com/hook", {"event": "x"}, TEST_SIGNING_KEY)
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.body) == {"event": "x"}
    assert "bodySHA256=" in request.url
    assert verifies(request.url, request.body, request.signature)
    assert not verifies(request.url, request.tampered().body, request.signature)
    assert signed_json(request.url.split("?")[0], '{"event": "x"}', TEST_SIGNING_KEY) == request


def test_the_sha256_header_besides_the_sha1_one() -> None:
    for method in ("POST", "GET"):
        request = signed_callback(URL, {"A": "1"}, TEST_SIGNING_KEY, method=method, sha256=True)
        sha256 = request.headers["X-SignalWire-Sha256-Signature"]
        assert len(sha256) == 44 and request.signature == request.headers["X-SignalWire-Signature"]
        body = request.body or None
        for signature in (sha256, request.signature):
            assert verifies(request.url, body, signature)
        assert signalwire.verify_signature(
            TEST_SIGNING_KEY, request.url, body, sha256, algorithm="sha256"
        )
        assert signalwire.verify_request(TEST_SIGNING_KEY, request.url, body, request.headers)
    raw = signed_callback(URL, {"A": "1"}, TEST_SIGNING_KEY, scheme="raw_body", sha256=True)
    assert len(raw.headers["X-SignalWire-Sha256-Signature"]) == 64
    assert verifies(raw.url, raw.body, raw.headers["X-SignalWire-Sha256-Signature"])


def test_twilio_s_sha256_setting() -> None:
    request = signed_callback(URL, {"A": "1"}, TEST_SIGNING_KEY, twilio=True, sha256=True)
    assert request.headers["X-Twilio-Webhooks-Signature-Settings"] == "algorithm=HMAC_SHA256"
    assert set(request.headers) == {
        "Content-Type",
        "X-Twilio-Signature",
        "X-Twilio-Webhooks-Signature-Settings",
    }
    assert len(request.signature) == 44
    assert verifies(request.url, request.body, request.signature)
    assert not verifies(request.url, request.tampered().body, request.signature)
    json_request = signed_json(URL, {"event": "x"}, TEST_SIGNING_KEY, sha256=True)
    assert verifies(
        json_request.url, json_request.body, json_request.headers["X-SignalWire-Sha256-Signature"]
    )
