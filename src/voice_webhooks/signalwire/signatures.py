"""Request signatures: check that a webhook really comes from SignalWire (or Twilio).

SignalWire signs each webhook with the project's Signing Key and sends the signature in the
``X-SignalWire-Signature`` header, some requests also an HMAC-SHA256 one in
``X-SignalWire-Sha256-Signature`` (Twilio: ``X-Twilio-Signature``, signed with the auth token
or, when ``X-Twilio-Webhooks-Signature-Settings`` says so, a shared key and HMAC-SHA256).  Two
schemes are in use, and :func:`verify_signature` tells them, and the hash, apart by the
signature's shape:

* ``"form"`` (base64: 28 characters for HMAC-SHA1, 44 for HMAC-SHA256) over the URL followed
  by every form parameter's name and value, sorted by name.  A JSON body is covered instead
  by a ``bodySHA256`` query parameter of the URL (hex SHA-256 of the body), with the signature
  over the URL alone.
* ``"raw_body"`` (lower-case hex: 40 characters for HMAC-SHA1, 64 for HMAC-SHA256) over the
  URL followed by the raw body.

The details differ between SignalWire's SDKs and Twilio's ``RequestValidator`` (the URL's
port, the order of a repeated name's values, a repeated pair): a signature is accepted when
any of them accepts it, and a few cases none of them should accept are refused.
``docs/signalwire.md`` lists every rule.  ``url`` is the full URL the provider requested, as
configured: behind a proxy, rebuild it with :func:`~voice_webhooks.signalwire.public_url`.
Comparisons are constant-time.  :func:`verify_signature` answers ``False`` for any request it
cannot verify, whatever its type or content; only a missing or mistyped signing key, a
configuration error, raises :class:`~voice_webhooks.PayloadError`.  :func:`sign` makes
signatures for tests.

>>> url = "https://example.com/stream-status"
>>> body = b"AccountSid=AC1&StreamEvent=stream-started"
>>> signature = sign("my-signing-key", url, body)
>>> verify_signature("my-signing-key", url, body, signature)
True
>>> verify_signature("my-signing-key", url, body + b"x", signature)
False
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Literal, Union
from urllib.parse import parse_qsl, quote, urlparse

from .._errors import PayloadError
from .._form import parse_urlencoded
from ._signed_strings import (
    signalwire_parameters,
    signalwire_urls,
    twilio_parameters,
    twilio_urls,
)
from .proxy import Headers, header_values, public_url

__all__ = [
    "BODY_SHA256_PARAMETER",
    "SIGNALWIRE_SHA256_SIGNATURE_HEADER",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "Algorithm",
    "SignatureScheme",
    "SignedBody",
    "body_sha256",
    "sign",
    "verify_request",
    "verify_signature",
    "with_body_sha256",
]

SIGNALWIRE_SIGNATURE_HEADER: Final = "X-SignalWire-Signature"
"""The header SignalWire sends the signature in."""
SIGNALWIRE_SHA256_SIGNATURE_HEADER: Final = "X-SignalWire-Sha256-Signature"
"""The header SignalWire sends an HMAC-SHA256 signature in (over the same string)."""
TWILIO_SIGNATURE_HEADER: Final = "X-Twilio-Signature"
"""The header Twilio sends the signature in."""

SignatureScheme = Literal["form", "raw_body"]
"""``"form"``: base64 HMAC over URL + sorted parameters; ``"raw_body"``: hex HMAC over URL +
raw body."""

Algorithm = Literal["sha1", "sha256"]
"""The hash of the HMAC: ``"sha1"`` (``X-SignalWire-Signature``, ``X-Twilio-Signature``) or
``"sha256"`` (``X-SignalWire-Sha256-Signature``, Twilio's ``HMAC_SHA256`` setting)."""

SignedBody = Union[  # noqa: UP007
    bytes, bytearray, memoryview, str, Mapping[str, Union[str, Sequence[str]]], None  # noqa: UP007
]
"""A request body: raw (``bytes``/``str``), form parameters already decoded (a mapping of
names to a value or a list of values), or ``None`` for none (a GET request)."""

BODY_SHA256_PARAMETER: Final = "bodySHA256"
"""The URL query parameter that covers a JSON body: its hex SHA-256 (:func:`with_body_sha256`)."""

_HASHES: Final = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
# The shape of each kind of signature: its length, which says the scheme and the hash.
_SHAPES: Final[dict[int, tuple[SignatureScheme, Algorithm]]] = {
    28: ("form", "sha1"),
    44: ("form", "sha256"),
    40: ("raw_body", "sha1"),
    64: ("raw_body", "sha256"),
}
_HEX_DIGITS: Final = frozenset(b"0123456789abcdef")
_SIGNATURE_HEADERS: Final = (
    SIGNALWIRE_SIGNATURE_HEADER,
    TWILIO_SIGNATURE_HEADER,
    SIGNALWIRE_SHA256_SIGNATURE_HEADER,
)
_SUBJECT = "request signature"


class _Unverifiable(Exception):
    """The request cannot be verified under a scheme (a body of the wrong kind, bad text)."""


def _key_bytes(signing_key: object) -> bytes:
    if isinstance(signing_key, str):
        try:
            key = signing_key.encode("utf-8")
        except UnicodeEncodeError:
            key = b""
    elif isinstance(signing_key, (bytes, bytearray)):
        key = bytes(signing_key)
    else:
        key = b""
    if not key:
        raise PayloadError.single(
            "signing_key",
            "signing_key_invalid",
            "The signing key must be a non-empty str or bytes",
            type(signing_key).__name__,
            subject=_SUBJECT,
        )
    return key


def _raw(body: object) -> bytes:
    if body is None:
        return b""
    if isinstance(body, memoryview):
        return body.tobytes()
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError:
            raise _Unverifiable("body is not valid text") from None
    raise _Unverifiable("body is not raw bytes or text")


def _pairs(body: object) -> list[tuple[str, str]]:
    """The form parameters of ``body``, in order, a repeated name every time."""
    if body is None:
        return []
    if isinstance(body, Mapping):
        pairs: list[tuple[str, str]] = []
        for name, values in body.items():
            if not isinstance(name, str):
                raise _Unverifiable("parameter names must be strings")
            if isinstance(values, str):
                values = (values,)
            elif not isinstance(values, Sequence) or isinstance(values, (bytes, bytearray)):
                raise _Unverifiable("parameter values must be strings or lists of strings")
            for value in values:
                if not isinstance(value, str):
                    raise _Unverifiable("parameter values must be strings")
                pairs.append((name, value))
        return pairs
    try:
        return parse_urlencoded(_raw(body).decode("utf-8"))
    except (UnicodeDecodeError, PayloadError):
        raise _Unverifiable("body is not an urlencoded form") from None


def _json_document(raw: bytes) -> object:
    """The JSON object or array ``raw`` holds, or ``None`` when it holds none (a form body
    never starts with a raw ``{`` or ``[``: urlencoding escapes them)."""
    if raw.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        value: object = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value


def _json_object_pairs(document: object) -> list[tuple[str, str]] | None:
    """The members of a JSON object whose values are all strings, as form parameters
    (SignalWire's Python SDK 2.x checks such a body as the form it stands for); else None."""
    if not isinstance(document, dict) or not all(isinstance(v, str) for v in document.values()):
        return None
    return list(document.items())


def _body_sha256_readings(url: str) -> tuple[str | None, str | None]:
    """The URL's ``bodySHA256`` as Twilio reads it (the first value that is not blank) and as
    SignalWire's SDKs do (the last value); ``None`` for none."""
    try:
        query = urlparse(url).query
    except ValueError:
        return None, None
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == BODY_SHA256_PARAMETER]
    first_given = next((v for v in values if v), None)
    return first_given, (values[-1] if values else None)


def _is_sha256_of(raw: bytes, reading: str | None) -> bool:
    if reading is None:
        return False
    expected = body_sha256(raw).encode("ascii")
    return hmac.compare_digest(expected, reading.encode("utf-8", "surrogatepass"))


def _encoded(texts: Iterable[str]) -> list[bytes]:
    """Each text as UTF-8, leaving out any that is not valid text (lone surrogates)."""
    out = []
    for text in texts:
        try:
            out.append(text.encode("utf-8"))
        except UnicodeEncodeError:
            continue
    return out


def _signed_messages(scheme: SignatureScheme, url: str, body: object) -> list[bytes]:
    """Every message the signature may cover under ``scheme``: each validator's own URLs with
    its own parameter strings (``docs/signalwire.md`` has the rules)."""
    twilio, signalwire = twilio_urls(url), signalwire_urls(url)
    if scheme == "raw_body":
        # SignalWire's current SDKs: the URL as given; its Python SDK 2.x: Twilio's URLs.
        whole = _raw(body)
        return [u + whole for u in _encoded(dict.fromkeys([url, *twilio]))]
    texts: list[str] = []

    def signed(urls: list[str], parameters: Iterable[str]) -> None:
        texts.extend(u + p for u in urls for p in parameters)

    raw = None if isinstance(body, Mapping) else _raw(body)
    try:
        pairs: list[tuple[str, str]] | None = _pairs(body)
    except _Unverifiable:
        if raw is None:
            raise
        pairs = None
    # A bodySHA256 in the URL says the body is hashed: Twilio then signs the URL alone, and
    # SignalWire's SDKs check the hash whatever they sign.
    twilio_reading, signalwire_reading = _body_sha256_readings(url)
    signalwire_hash_ok = signalwire_reading is None or (
        raw is not None and _is_sha256_of(raw, signalwire_reading)
    )
    # A JSON body is no form for Twilio, which is handed its text, not decoded parameters.
    document = None if raw is None else _json_document(raw)
    if pairs is not None:
        if twilio_reading is None and document is None:
            signed(twilio, [twilio_parameters(pairs)])
        if signalwire_hash_ok:
            signed(signalwire, signalwire_parameters(pairs))
    json_pairs = _json_object_pairs(document)
    if json_pairs is not None:  # SignalWire's Python SDK 2.x, through Twilio's validator
        signed(twilio, [twilio_parameters(json_pairs)])
    if raw is not None:
        if _is_sha256_of(raw, twilio_reading):
            signed(twilio, [""])
        if signalwire_reading is not None and signalwire_hash_ok:
            signed(signalwire, [""])
    return _encoded(dict.fromkeys(texts))


def _digest(scheme: SignatureScheme, algorithm: Algorithm, key: bytes, message: bytes) -> bytes:
    mac = hmac.new(key, message, _HASHES[algorithm])
    if scheme == "raw_body":
        return mac.hexdigest().encode("ascii")
    return base64.b64encode(mac.digest())


def body_sha256(body: bytes | bytearray | memoryview | str) -> str:
    """The hex SHA-256 of a raw body, as the ``bodySHA256`` query parameter carries it.

    >>> body_sha256(b"{}")
    '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
    """
    try:
        return hashlib.sha256(_raw(body)).hexdigest()
    except _Unverifiable as exc:
        raise PayloadError.single("body", "body_type", str(exc), subject=_SUBJECT) from None


def with_body_sha256(url: str, body: bytes | bytearray | memoryview | str) -> str:
    """``url`` with a ``bodySHA256`` query parameter for ``body`` (for signing JSON bodies).

    >>> with_body_sha256("https://example.com/hook?a=1", b"{}")[:49]
    'https://example.com/hook?a=1&bodySHA256=44136fa35'
    """
    if not isinstance(url, str):
        raise PayloadError.single(
            "url", "string_type", "Input should be a valid string", url, subject=_SUBJECT
        )
    base, hash_mark, fragment = url.partition("#")
    separator = "&" if "?" in base else "?"
    parameter = f"{BODY_SHA256_PARAMETER}={quote(body_sha256(body))}"
    return f"{base}{separator}{parameter}{hash_mark}{fragment}"


def _check_option(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise PayloadError.single(
            name,
            f"{name}_unknown",
            f"Expected one of {', '.join(map(repr, allowed))}",
            value,
            subject=_SUBJECT,
        )


def sign(
    signing_key: str | bytes,
    url: str,
    body: SignedBody = None,
    *,
    scheme: SignatureScheme = "form",
    algorithm: Algorithm = "sha1",
) -> str:
    """The signature SignalWire would send for a request: for your tests and test servers.

    ``scheme="form"`` (the default) signs the URL and the form parameters of ``body`` (raw
    urlencoded text, or a mapping), sorted by name as SignalWire sorts them, or, when the URL
    has a ``bodySHA256`` parameter (:func:`with_body_sha256`), the URL alone;
    ``scheme="raw_body"`` signs the URL and the raw body.  ``algorithm="sha256"`` gives the
    ``X-SignalWire-Sha256-Signature``.  Raises :class:`~voice_webhooks.PayloadError` for input
    it cannot sign.

    >>> sign("key", "https://example.com/hook", {"b": "2", "a": "1"})
    '0qG3ekYMP2EroG5CcKySu/CF+L0='
    >>> sign("key", "https://example.com/hook", b"a=1&b=2", scheme="raw_body")
    '2aff678d5d6bcaa2abafe2b95499d06a808b3239'
    >>> len(sign("key", "https://example.com/hook", b"a=1&b=2", algorithm="sha256"))
    44
    """
    key = _key_bytes(signing_key)
    _check_option("scheme", scheme, ("form", "raw_body"))
    _check_option("algorithm", algorithm, tuple(_HASHES))
    if not isinstance(url, str):
        raise PayloadError.single(
            "url", "string_type", "Input should be a valid string", url, subject=_SUBJECT
        )
    readings = _body_sha256_readings(url)
    try:
        if scheme == "raw_body":
            text, raw = url, _raw(body)
        elif readings != (None, None):
            if not any(_is_sha256_of(_raw(body), reading) for reading in readings):
                raise PayloadError.single(
                    BODY_SHA256_PARAMETER,
                    "body_sha256_mismatch",
                    "The URL's bodySHA256 is not the SHA-256 of the body",
                    subject=_SUBJECT,
                )
            text, raw = url, b""
        else:
            by_name = sorted(_pairs(body), key=lambda pair: pair[0])
            text, raw = url + "".join(name + value for name, value in by_name), b""
    except _Unverifiable as exc:
        raise PayloadError.single("body", "body_unsignable", str(exc), subject=_SUBJECT) from None
    encoded = _encoded([text])
    if not encoded:
        raise PayloadError.single(
            "url", "string_unicode", "The URL or a parameter is not valid text", subject=_SUBJECT
        )
    return _digest(scheme, algorithm, key, encoded[0] + raw).decode("ascii")


def _shape(signature: object) -> tuple[bytes, SignatureScheme, Algorithm] | None:
    """The signature as bytes, with the scheme and hash its shape says; None if none fits."""
    if isinstance(signature, (bytes, bytearray)):
        given = bytes(signature)
    elif isinstance(signature, str) and signature.isascii():
        given = signature.encode("ascii")
    else:
        return None
    shape = _SHAPES.get(len(given))
    if shape is None:
        return None
    if shape[0] == "raw_body" and not _HEX_DIGITS.issuperset(given):
        return None  # the SDKs compare lower-case hex digests exactly
    return given, shape[0], shape[1]


def verify_signature(
    signing_key: str | bytes,
    url: str,
    body: SignedBody,
    signature: str | bytes | None,
    *,
    algorithm: Algorithm | None = None,
) -> bool:
    """Whether ``signature`` (the ``X-SignalWire-Signature``, ``X-Twilio-Signature`` or
    ``X-SignalWire-Sha256-Signature`` header) is the provider's signature of this request.

    ``body`` is the raw body as received (``bytes``/``str``, best), the decoded form
    parameters (a mapping of names to a value or a list of values; ``"form"`` scheme only) or
    ``None`` for a request without one.  The scheme and the hash are chosen by the
    signature's shape (its length); ``algorithm=`` accepts only that hash.  Returns ``False``
    for any request it cannot verify (a missing or non-text signature, a body of the wrong
    kind), never raises for it; a missing or empty ``signing_key`` raises
    :class:`~voice_webhooks.PayloadError`.

    >>> verify_signature("key", "https://example.com/hook", "b=2&a=1",
    ...                  "0qG3ekYMP2EroG5CcKySu/CF+L0=")
    True
    >>> verify_signature("key", "https://example.com:443/hook", "b=2&a=1",
    ...                  "0qG3ekYMP2EroG5CcKySu/CF+L0=")
    True
    >>> verify_signature("key", "https://example.com/hook", "b=2&a=1", None)
    False
    """
    key = _key_bytes(signing_key)
    if algorithm is not None:
        _check_option("algorithm", algorithm, tuple(_HASHES))
    shape = _shape(signature)
    if shape is None or not isinstance(url, str):
        return False
    given, scheme, hash_name = shape
    if algorithm is not None and algorithm != hash_name:
        return False
    try:
        messages = _signed_messages(scheme, url, body)
    except _Unverifiable:
        return False
    found = False
    for message in messages:  # every candidate is compared: no early exit
        found |= hmac.compare_digest(_digest(scheme, hash_name, key, message), given)
    return found


def verify_request(
    signing_key: str | bytes,
    url: str,
    body: SignedBody,
    headers: Headers,
    *,
    trusted_proxies: int = 0,
) -> bool:
    """Whether a request carries a valid signature in any of its signature headers
    (``X-SignalWire-Signature``, ``X-Twilio-Signature``, ``X-SignalWire-Sha256-Signature``,
    any case), for the URL :func:`~voice_webhooks.signalwire.public_url` rebuilds with
    ``trusted_proxies``.

    ``False`` when no header verifies (or there is none, or the forwarding headers are
    malformed); a missing ``signing_key`` or a bad ``trusted_proxies`` raises
    :class:`~voice_webhooks.PayloadError`.

    >>> body = b"CallSid=CA1&CallStatus=ringing"
    >>> headers = {"x-signalwire-signature": sign("key", "https://app.example/hook", body),
    ...            "X-Forwarded-Proto": "https", "X-Forwarded-Host": "app.example"}
    >>> verify_request("key", "http://10.0.0.5:8000/hook", body, headers, trusted_proxies=1)
    True
    >>> verify_request("key", "http://10.0.0.5:8000/hook", body, headers)
    False
    """
    key = _key_bytes(signing_key)
    try:
        requested = public_url(url, headers, trusted_proxies=trusted_proxies)
    except PayloadError as exc:
        if exc.paths and exc.paths[0] == "trusted_proxies":
            raise
        return False
    found = False
    for name in _SIGNATURE_HEADERS:
        for signature in header_values(headers, name):
            found |= verify_signature(key, requested, body, signature)
    return found
