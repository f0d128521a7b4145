"""Request signatures: the corpus vectors, tampering, port variants, bodySHA256, bad input."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import parse_qsl

import pytest

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError

from . import _corpus

VECTORS: list[dict[str, Any]] = _corpus.data("signature_vectors.constructed.json")
FORM = "X-SignalWire-Signature (form scheme, base64)"
HEX = "hex_scheme_over_raw_body"
SCHEMES = [FORM, HEX]


def _flip(text: str, index: int) -> str:
    """``text`` with one byte changed (the low bit of its ``index``-th character)."""
    return text[:index] + chr(ord(text[index]) ^ 1) + text[index + 1 :]


def _ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [v["name"] for v in vectors]


@pytest.mark.parametrize("vector", VECTORS, ids=_ids(VECTORS))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_vectors_verify(vector: dict[str, Any], scheme: str) -> None:
    key, url, body = vector["signing_key"], vector["url"], vector["raw_body"]
    assert signalwire.verify_signature(key, url, body, vector[scheme])
    assert signalwire.verify_signature(key.encode(), url, body.encode(), vector[scheme].encode())
    assert signalwire.verify_signature(key, url, memoryview(body.encode()), vector[scheme])


@pytest.mark.parametrize("vector", VECTORS, ids=_ids(VECTORS))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_any_one_byte_change_fails(vector: dict[str, Any], scheme: str) -> None:
    key, url, body, signature = (vector[k] for k in ("signing_key", "url", "raw_body", scheme))
    for i in range(len(url)):
        assert not signalwire.verify_signature(key, _flip(url, i), body, signature), (url, i)
    for i in range(len(body)):
        assert not signalwire.verify_signature(key, url, _flip(body, i), signature), (body, i)
    for i in range(len(key)):
        assert not signalwire.verify_signature(_flip(key, i), url, body, signature), (key, i)
    for i in range(len(signature)):
        assert not signalwire.verify_signature(key, url, body, _flip(signature, i)), i


@pytest.mark.parametrize("vector", VECTORS, ids=_ids(VECTORS))
def test_additions_and_removals_fail(vector: dict[str, Any]) -> None:
    key, url, body = vector["signing_key"], vector["url"], vector["raw_body"]
    for scheme in SCHEMES:
        signature = vector[scheme]
        assert not signalwire.verify_signature(key, url + "&x=1", body, signature)
        assert not signalwire.verify_signature(key, url, body + "&Extra=", signature)
        assert not signalwire.verify_signature(key, url, body.rsplit("&", 1)[0], signature)
        assert not signalwire.verify_signature(key + "x", url, body, signature)
        assert not signalwire.verify_signature(key, url, body, signature[:-1])
        assert not signalwire.verify_signature(key, url, body, "")


def test_the_form_scheme_covers_decoded_parameters_in_sorted_order() -> None:
    vector = VECTORS[0]
    key, url, body = vector["signing_key"], vector["url"], vector["raw_body"]
    shuffled = "&".join(reversed(body.split("&")))
    assert signalwire.verify_signature(key, url, shuffled, vector[FORM])
    assert not signalwire.verify_signature(key, url, shuffled, vector[HEX])  # the raw body


def test_empty_values_are_signed() -> None:
    with_empty = signalwire.sign("k", "https://h.example/x", "a=1&b=")
    assert with_empty != signalwire.sign("k", "https://h.example/x", "a=1")
    assert signalwire.verify_signature("k", "https://h.example/x", {"b": "", "a": "1"}, with_empty)


def test_repeated_names_contribute_each_value_as_it_came_or_sorted() -> None:
    url = "https://h.example/x"
    signature = signalwire.sign("k", url, "a=2&b=0&a=1")  # SignalWire: as the values came
    assert signature == signalwire.sign("k", url, {"a": ["2", "1"], "b": "0"})
    assert signalwire.verify_signature("k", url, {"b": ["0"], "a": ("2", "1")}, signature)
    twilio = signalwire.sign("k", url, {"a": ["1", "2"], "b": "0"})  # Twilio: sorted
    assert signalwire.verify_signature("k", url, "a=2&b=0&a=1", twilio)
    assert not signalwire.verify_signature("k", url, "a=2&b=0", signature)


def test_get_callbacks_are_signed_over_the_url_alone() -> None:
    url = "https://h.example/status?AccountSid=AC1&StreamEvent=stream-started"
    signature = signalwire.sign("k", url)
    for body in (None, b"", ""):
        assert signalwire.verify_signature("k", url, body, signature)
    assert signalwire.sign("k", url, {}) == signature


@pytest.mark.parametrize(
    ("signed", "received", "schemes"),
    [
        ("https://h.example/x?y=1", "https://h.example:443/x?y=1", ("form", "raw_body")),
        ("https://h.example:443/x", "https://h.example/x", ("form", "raw_body")),
        ("http://h.example/x", "http://h.example:80/x", ("form", "raw_body")),
        ("http://h.example:80", "http://h.example", ("form", "raw_body")),
        # Only SignalWire's form-scheme validators try these; Twilio's cut at the first
        # colon garbles them (and its forms are the raw_body scheme's, in SignalWire's SDK 2.x).
        ("https://user:pw@h.example/x", "https://user:pw@h.example:443/x", ("form",)),
        ("https://[::1]/x", "https://[::1]:443/x", ("form",)),
    ],
)
def test_default_port_variants_verify(
    signed: str, received: str, schemes: tuple[signalwire.signatures.SignatureScheme, ...]
) -> None:
    for scheme in ("form", "raw_body"):
        signature = signalwire.sign("k", signed, "a=1", scheme=scheme)
        assert signalwire.verify_signature("k", received, "a=1", signature) is (scheme in schemes)


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://h.example/x", "https://h.example:80/x"),
        ("https://h.example/x", "https://h.example:4430/x"),
        ("http://h.example/x?y=1", "http://h.example:8080/x?y=1"),
        ("https://u@h.example/x", "https://u@h.example:8443/x"),
    ],
)
def test_any_port_may_be_left_out_as_twilio_does(signed: str, received: str) -> None:
    for scheme in ("form", "raw_body"):  # raw_body: SignalWire's Python SDK 2.x
        signature = signalwire.sign("k", signed, "a=1", scheme=scheme)
        assert signalwire.verify_signature("k", received, "a=1", signature)


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://h.example:8443/x", "https://h.example/x"),
        ("https://h.example:8443/x", "https://h.example:443/x"),
        ("https://h.example/x", "http://h.example/x"),
        ("https://u/x", "https://u:pw@h.example:8443/x"),  # Twilio's cut at the first colon
        ("https://[/x", "https://[::1]:8443/x"),
        ("https://h.example:0:443/x", "https://h.example:0/x"),
    ],
)
def test_other_ports_and_schemes_do_not(signed: str, received: str) -> None:
    signature = signalwire.sign("k", signed, "a=1")
    assert not signalwire.verify_signature("k", received, "a=1", signature)


def test_json_bodies_are_covered_by_body_sha256() -> None:
    body = json.dumps({"event_type": "calling.call.stream", "params": {"state": "started"}})
    url = signalwire.with_body_sha256("https://h.example/hook?x=1", body)
    assert url.startswith("https://h.example/hook?x=1&bodySHA256=")
    assert url.endswith(signalwire.body_sha256(body))
    signature = signalwire.sign("k", url, body)
    url_only = hmac.new(b"k", url.encode(), hashlib.sha1).digest()
    assert signature == base64.b64encode(url_only).decode()  # the signature covers the URL only
    assert signalwire.verify_signature("k", url, body, signature)
    assert signalwire.verify_signature("k", url, body.encode(), signature)
    assert not signalwire.verify_signature("k", url, body + " ", signature)
    assert not signalwire.verify_signature("k", url, {"a": "b"}, signature)
    assert not signalwire.verify_signature("k", url + "&bodySHA256=00", body, signature)
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    resigned = base64.b64encode(hmac.new(b"k", tampered.encode(), hashlib.sha1).digest())
    assert not signalwire.verify_signature("k", tampered, body, resigned)
    assert signalwire.with_body_sha256("https://h.example/h#f", "").endswith("#f")
    assert "?bodySHA256=" in signalwire.with_body_sha256("https://h.example/h", "")


@pytest.mark.parametrize(
    "signature", [None, 12, 1.5, ["sig"], "sïg", "\ud800", "", b"\xff" * 28, bytearray(b"x")]
)
def test_unusable_signatures_are_false(signature: object) -> None:
    vector = VECTORS[0]
    assert not signalwire.verify_signature(
        vector["signing_key"],
        vector["url"],
        vector["raw_body"],
        signature,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("url", "body"),
    [
        (None, "a=1"),
        (b"https://h.example/x", "a=1"),
        ("https://h.example/x", 12),
        ("https://h.example/x", object()),
        ("https://h.example/x", {"a": 1}),
        ("https://h.example/x", {"a": [1]}),
        ("https://h.example/x", {"a": b"1"}),
        ("https://h.example/x", {1: "a"}),
        ("https://h.example/x", b"a=%FF"),
        ("https://h.example/x", b"\xff"),
        ("https://h.example/x", "\ud800"),
        ("https://h.example/\ud800", "a=1"),
        ("https://[::1/x?bodySHA256=00", "a=1"),
        ("https://h.example/x?bodySHA256=a&bodySHA256=b", "{}"),
    ],
)
def test_unusable_requests_are_false(url: object, body: object) -> None:
    for signature in ("0qG3ekYMP2EroG5CcKySu/CF+L0=", "2aff678d5d6bcaa2abafe2b95499d06a808b3239"):
        assert not signalwire.verify_signature("k", url, body, signature)  # type: ignore[arg-type]


def test_the_raw_body_scheme_needs_the_raw_body() -> None:
    signature = signalwire.sign("k", "https://h.example/x", "a=1", scheme="raw_body")
    assert not signalwire.verify_signature("k", "https://h.example/x", {"a": "1"}, signature)
    assert signalwire.verify_signature("k", "https://h.example/x", "a=1", signature)
    # The SDKs compare the lower-case hex digest exactly.
    assert not signalwire.verify_signature("k", "https://h.example/x", "a=1", signature.upper())


@pytest.mark.parametrize("key", [None, "", b"", 12, "\ud800"])
def test_a_bad_signing_key_is_a_payload_error(key: object) -> None:
    for call in (
        lambda: signalwire.verify_signature(key, "https://h.example", None, "x"),  # type: ignore[arg-type]
        lambda: signalwire.sign(key, "https://h.example"),  # type: ignore[arg-type]
    ):
        with pytest.raises(PayloadError) as caught:
            call()
        assert caught.value.paths == ["signing_key"]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"url": None}, "url"),
        ({"body": 12}, "body"),
        ({"body": {"a": 1}}, "body"),
        ({"body": {"a": "1"}, "scheme": "raw_body"}, "body"),
        ({"scheme": "sha256"}, "scheme"),
        ({"url": "https://h.example/?bodySHA256=00", "body": "{}"}, "bodySHA256"),
    ],
)
def test_sign_errors_are_named(kwargs: dict[str, Any], path: str) -> None:
    arguments: dict[str, Any] = {"url": "https://h.example/x", "body": None, **kwargs}
    with pytest.raises(PayloadError) as caught:
        signalwire.sign("k", **arguments)
    assert caught.value.paths == [path]


def test_helper_errors_are_named() -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.body_sha256(12)  # type: ignore[arg-type]
    assert caught.value.paths == ["body"]
    with pytest.raises(PayloadError) as caught:
        signalwire.with_body_sha256(None, "{}")  # type: ignore[arg-type]
    assert caught.value.paths == ["url"]


def test_header_names() -> None:
    assert signalwire.SIGNALWIRE_SIGNATURE_HEADER == "X-SignalWire-Signature"
    assert signalwire.TWILIO_SIGNATURE_HEADER == "X-Twilio-Signature"


def test_mapping_bodies_match_the_raw_body() -> None:
    for vector in VECTORS:
        params = dict(parse_qsl(vector["raw_body"]))
        assert signalwire.sign(vector["signing_key"], vector["url"], params) == vector[FORM]
