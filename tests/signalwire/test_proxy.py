"""Behind a proxy: the public URL rebuilt from forwarding headers, only when trusted; and
``verify_request``, which reads the signature headers itself."""

from __future__ import annotations

from typing import Any

import pytest

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError

INNER = "http://10.0.0.5:8000/hook?a=1"
PUBLIC = "https://app.example.com/hook?a=1"
KEY = "PSK_proxy_test"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"X-Forwarded-Proto": "https", "X-Forwarded-Host": "app.example.com"}, PUBLIC),
        ({"x-forwarded-proto": "HTTPS", "x-forwarded-host": "app.example.com"}, PUBLIC),
        (
            {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "app.example.com",
             "X-Forwarded-Port": "8443"},
            "https://app.example.com:8443/hook?a=1",
        ),
        (
            {"X-Forwarded-Host": "app.example.com:9000", "X-Forwarded-Port": "443"},
            "http://app.example.com:443/hook?a=1",
        ),
        ({"X-Forwarded-Proto": "https"}, "https://10.0.0.5:8000/hook?a=1"),
        ({"Forwarded": 'for=192.0.2.1;proto=https;host="app.example.com"'}, PUBLIC),
        ({"Forwarded": "For=192.0.2.1;Proto=https;Host=app.example.com:8443"},
         "https://app.example.com:8443/hook?a=1"),
        ({"Forwarded": "host=[2001:db8::1]:8443;proto=https"}, "https://[2001:db8::1]:8443/hook?a=1"),
        ({}, INNER),
    ],
)  # fmt: skip
def test_one_trusted_proxy(headers: dict[str, str], expected: str) -> None:
    assert signalwire.public_url(INNER, headers, trusted_proxies=1) == expected


def test_nothing_is_read_unless_a_proxy_is_trusted() -> None:
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example"}
    assert signalwire.public_url(INNER, headers) == INNER
    assert signalwire.public_url(INNER, {"X-Forwarded-Host": "bad host"}) == INNER


def test_the_value_the_outermost_trusted_proxy_added_counts() -> None:
    # The client sent its own X-Forwarded-Host; the one proxy appended the real one.
    spoofed = [("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Host", "app.example.com")]
    assert signalwire.public_url(INNER, spoofed, trusted_proxies=1).startswith(
        "http://app.example.com/"
    )
    joined = {"X-Forwarded-Host": "evil.example, app.example.com, lb.internal"}
    assert signalwire.public_url(INNER, joined, trusted_proxies=2).startswith(
        "http://app.example.com/"
    )
    forwarded = {"Forwarded": "host=evil.example, host=app.example.com;proto=https"}
    assert signalwire.public_url(INNER, forwarded, trusted_proxies=1) == PUBLIC
    # Fewer values than trusted proxies: the request did not come through them all.
    assert signalwire.public_url(INNER, {"X-Forwarded-Proto": "https"}, trusted_proxies=2) == (
        INNER
    )


def test_forwarded_wins_over_x_forwarded() -> None:
    headers = {"Forwarded": "proto=https;host=a.example", "X-Forwarded-Host": "b.example"}
    assert signalwire.public_url(INNER, headers, trusted_proxies=1) == "https://a.example/hook?a=1"


@pytest.mark.parametrize(
    ("headers", "where"),
    [
        ({"X-Forwarded-Proto": "ftp"}, "X-Forwarded-Proto"),
        ({"X-Forwarded-Host": "a.example/path"}, "X-Forwarded-Host"),
        ({"X-Forwarded-Host": "user@a.example"}, "X-Forwarded-Host"),
        ({"X-Forwarded-Port": "99999"}, "X-Forwarded-Port"),
        ({"X-Forwarded-Port": "https"}, "X-Forwarded-Port"),
        ({"Forwarded": "proto"}, "Forwarded"),
        ({"Forwarded": "proto=https host=a"}, "Forwarded"),
    ],
)
def test_malformed_forwarded_values_are_named(headers: dict[str, str], where: str) -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.public_url(INNER, headers, trusted_proxies=1)
    assert caught.value.paths == [where]


@pytest.mark.parametrize(
    ("url", "trusted", "where"),
    [(INNER, -1, "trusted_proxies"), (INNER, True, "trusted_proxies"), (None, 1, "url"),
     ("/hook", 1, "url")],
)  # fmt: skip
def test_bad_arguments_are_named(url: Any, trusted: Any, where: str) -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.public_url(url, {"X-Forwarded-Proto": "https"}, trusted_proxies=trusted)
    assert caught.value.paths == [where]


def test_verify_request_reads_every_signature_header() -> None:
    body = b"CallSid=CA1&CallStatus=ringing"
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "app.example.com"}
    for headers in (
        {"X-SignalWire-Signature": signalwire.sign(KEY, PUBLIC, body)},
        {"x-twilio-signature": signalwire.sign(KEY, PUBLIC, body)},
        {"X-SignalWire-Sha256-Signature": signalwire.sign(KEY, PUBLIC, body, algorithm="sha256")},
        {"X-SignalWire-Signature": "bogus", "X-SIGNALWIRE-SHA256-SIGNATURE":
         signalwire.sign(KEY, PUBLIC, body, scheme="raw_body", algorithm="sha256")},
    ):  # fmt: skip
        assert signalwire.verify_request(KEY, INNER, body, {**forwarded, **headers},
                                         trusted_proxies=1)  # fmt: skip
        assert signalwire.verify_request(KEY, PUBLIC, body, headers)
        assert not signalwire.verify_request(KEY, INNER, body, {**forwarded, **headers})
        assert not signalwire.verify_request(KEY, PUBLIC, body + b"x", headers)


def test_verify_request_answers_false_for_what_it_cannot_verify() -> None:
    body = b"a=1"
    signature = signalwire.sign(KEY, PUBLIC, body)
    assert not signalwire.verify_request(KEY, PUBLIC, body, {})
    assert not signalwire.verify_request(
        KEY, INNER, body, {"X-Forwarded-Proto": "gopher", "X-Twilio-Signature": signature},
        trusted_proxies=1,
    )  # fmt: skip
    with pytest.raises(PayloadError):
        signalwire.verify_request(KEY, PUBLIC, body, {}, trusted_proxies=-1)
    with pytest.raises(PayloadError):
        signalwire.verify_request("", PUBLIC, body, {"X-Twilio-Signature": signature})
