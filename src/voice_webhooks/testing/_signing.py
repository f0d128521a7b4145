"""Signed SignalWire requests for tests of webhook endpoints that verify signatures."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple
from urllib.parse import urlencode

from .._form import FormModel
from ..signalwire import (
    SIGNALWIRE_SHA256_SIGNATURE_HEADER,
    SIGNALWIRE_SIGNATURE_HEADER,
    TWILIO_SIGNATURE_HEADER,
    sign,
    with_body_sha256,
)
from ..signalwire.signatures import SignatureScheme

__all__ = ["TEST_SIGNING_KEY", "SignedRequest", "signed_callback", "signed_json"]

TEST_SIGNING_KEY = "PSK_voice_webhooks_test_key_0123456789"
"""A signing key for tests (the ``signalwire_signing_key`` fixture's)."""

_FORM = "application/x-www-form-urlencoded"
_TWILIO_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"


class SignedRequest(NamedTuple):
    """A request as SignalWire sends it: the URL it requests, the raw body, the headers.

    Unpacks as ``url, body, headers``.  ``body`` is ``b""`` for a ``GET`` callback, whose
    fields are in the URL's query (and which has no ``Content-Type``).

    >>> request = signed_callback("https://app.example/status", {"StreamEvent": "stream-started"},
    ...                           TEST_SIGNING_KEY)
    >>> request.headers["X-SignalWire-Signature"] == request.signature
    True
    """

    url: str
    body: bytes
    headers: dict[str, str]

    @property
    def method(self) -> str:
        """``POST`` for a request with a body, ``GET`` for one without."""
        return "POST" if "Content-Type" in self.headers else "GET"

    @property
    def signature(self) -> str:
        """The signature header's value (``X-SignalWire-Signature`` or ``X-Twilio-Signature``)."""
        for name in (SIGNALWIRE_SIGNATURE_HEADER, TWILIO_SIGNATURE_HEADER):
            if name in self.headers:
                return self.headers[name]
        raise KeyError("the request has no signature header")

    def tampered(self) -> SignedRequest:
        """The same request with one byte of the body (or, for a GET, of the URL's query)
        changed and the signature kept: what a verifying endpoint must reject.

        >>> from voice_webhooks import signalwire
        >>> request = signed_callback("https://app.example/status", {"A": "1"}, TEST_SIGNING_KEY)
        >>> signalwire.verify_signature(TEST_SIGNING_KEY, request.url, request.tampered().body,
        ...                             request.signature)
        False
        """
        if self.body:
            return self._replace(body=self.body[:-1] + bytes([self.body[-1] ^ 1]))
        return self._replace(url=self.url[:-1] + chr(ord(self.url[-1]) ^ 1))


def _signature_headers(
    signing_key: str,
    url: str,
    body: bytes | None,
    *,
    scheme: SignatureScheme,
    twilio: bool,
    sha256: bool,
) -> dict[str, str]:
    """The signature headers of a request: SignalWire's (with an HMAC-SHA256 one besides the
    HMAC-SHA1 one when ``sha256``) or Twilio's (HMAC-SHA256 when ``sha256``, as its
    ``X-Twilio-Webhooks-Signature-Settings`` header then says)."""
    if twilio:
        algorithm: Literal["sha1", "sha256"] = "sha256" if sha256 else "sha1"
        headers = {TWILIO_SIGNATURE_HEADER: sign(signing_key, url, body, scheme=scheme,
                                                 algorithm=algorithm)}  # fmt: skip
        if sha256:
            headers[_TWILIO_SETTINGS_HEADER] = "algorithm=HMAC_SHA256"
        return headers
    headers = {SIGNALWIRE_SIGNATURE_HEADER: sign(signing_key, url, body, scheme=scheme)}
    if sha256:
        headers[SIGNALWIRE_SHA256_SIGNATURE_HEADER] = sign(
            signing_key, url, body, scheme=scheme, algorithm="sha256"
        )
    return headers


def _fields(params: Mapping[str, str] | FormModel) -> dict[str, str]:
    return params.to_form() if isinstance(params, FormModel) else dict(params)


def signed_callback(
    url: str,
    params: Mapping[str, str] | FormModel,
    signing_key: str,
    *,
    method: Literal["POST", "GET"] = "POST",
    scheme: SignatureScheme = "form",
    twilio: bool = False,
    sha256: bool = False,
) -> SignedRequest:
    """A signed form callback (such as a stream status callback) to ``url``.

    ``params`` is the form (a mapping of strings, e.g. a factory's payload, or a form model).
    ``POST`` sends it as an urlencoded body; ``GET`` (``StatusCallbackMethod=GET``) as the URL's
    query.  The signature is :func:`voice_webhooks.signalwire.sign`'s, under ``scheme``, in
    ``X-SignalWire-Signature`` (``X-Twilio-Signature`` with ``twilio=True``).  ``sha256=True``
    adds the HMAC-SHA256 one in ``X-SignalWire-Sha256-Signature`` (with ``twilio=True``:
    signs with HMAC-SHA256, as Twilio's ``HMAC_SHA256`` setting does).

    >>> from voice_webhooks import signalwire
    >>> from voice_webhooks.testing import stream_status_callback
    >>> url, body, headers = signed_callback("https://app.example/status",
    ...                                      stream_status_callback(), TEST_SIGNING_KEY)
    >>> signalwire.verify_signature(TEST_SIGNING_KEY, url, body,
    ...                             headers["X-SignalWire-Signature"])
    True
    >>> headers["Content-Type"]
    'application/x-www-form-urlencoded'
    >>> request = signed_callback("https://app.example/status", {"A": "1"}, TEST_SIGNING_KEY,
    ...                           sha256=True)
    >>> signalwire.verify_signature(TEST_SIGNING_KEY, request.url, request.body,
    ...                             request.headers["X-SignalWire-Sha256-Signature"])
    True
    """
    encoded = urlencode(_fields(params))
    if method == "GET":
        separator = "&" if "?" in url else "?"
        url = f"{url}{separator}{encoded}" if encoded else url
    body = encoded.encode("utf-8") if method == "POST" else b""
    headers = _signature_headers(
        signing_key, url, body, scheme=scheme, twilio=twilio, sha256=sha256
    )
    if method == "POST":
        headers = {"Content-Type": _FORM, **headers}
    return SignedRequest(url, body, headers)


def signed_json(
    url: str,
    body: Mapping[str, Any] | str | bytes,
    signing_key: str,
    *,
    twilio: bool = False,
    sha256: bool = False,
) -> SignedRequest:
    """A signed JSON ``POST`` to ``url``: the body is covered by a ``bodySHA256`` query
    parameter added to the URL, and the signature covers the URL (``sha256`` as for
    :func:`signed_callback`).

    >>> from voice_webhooks import signalwire
    >>> request = signed_json("https://app.example/hook", {"event": "x"}, TEST_SIGNING_KEY)
    >>> "bodySHA256=" in request.url
    True
    >>> signalwire.verify_signature(TEST_SIGNING_KEY, request.url, request.body,
    ...                             request.signature)
    True
    """
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if isinstance(raw, Mapping):
        raw = json.dumps(raw).encode("utf-8")
    signed_url = with_body_sha256(url, raw)
    signatures = _signature_headers(
        signing_key, signed_url, bytes(raw), scheme="form", twilio=twilio, sha256=sha256
    )
    headers = {"Content-Type": "application/json", **signatures}
    return SignedRequest(signed_url, bytes(raw), headers)
