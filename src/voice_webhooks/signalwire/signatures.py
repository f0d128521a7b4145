"""Request signatures: check that a webhook really comes from SignalWire (or Twilio).

SignalWire signs each webhook with the project's Signing Key and sends the signature in the
``X-SignalWire-Signature`` header (Twilio: ``X-Twilio-Signature``, signed with the auth
token).  Two schemes are in use, and :func:`verify_signature` tells them apart by the
signature's shape:

* ``"form"``: ``base64(HMAC-SHA1(key, url + name1 + value1 + name2 + value2 …))`` over the
  form parameters sorted by name, then value (a repeated name contributes each of its values).
  The URL is tried as given and with the default port added or removed (``:443``/``:80``),
  since providers are not consistent about it.  A JSON body is covered instead by a
  ``bodySHA256`` query parameter of the URL (hex SHA-256 of the body), checked too, with the
  signature over the URL alone.
* ``"raw_body"``: ``hex(HMAC-SHA1(key, url + raw_body))``.

``url`` is the full URL the provider requested, scheme, host, path and query, as it was
configured (behind a proxy, rebuild it from the original host and scheme).  Comparisons are
constant-time.  :func:`verify_signature` answers ``False`` for any request it cannot verify,
whatever its type or content; only a missing or mistyped signing key, a configuration error,
raises :class:`~voice_webhooks.PayloadError`.  :func:`sign` makes signatures for tests.

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
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Literal, Union
from urllib.parse import parse_qsl, quote, urlsplit

from .._errors import PayloadError
from .._form import parse_urlencoded

__all__ = [
    "BODY_SHA256_PARAMETER",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "SignatureScheme",
    "SignedBody",
    "body_sha256",
    "sign",
    "verify_signature",
    "with_body_sha256",
]

SIGNALWIRE_SIGNATURE_HEADER: Final = "X-SignalWire-Signature"
"""The header SignalWire sends the signature in."""
TWILIO_SIGNATURE_HEADER: Final = "X-Twilio-Signature"
"""The header Twilio sends the signature in."""

SignatureScheme = Literal["form", "raw_body"]
"""``"form"``: base64 HMAC-SHA1 over URL + sorted parameters; ``"raw_body"``: hex HMAC-SHA1
over URL + raw body."""

SignedBody = Union[  # noqa: UP007
    bytes, bytearray, memoryview, str, Mapping[str, Union[str, Sequence[str]]], None  # noqa: UP007
]
"""A request body: raw (``bytes``/``str``), form parameters already decoded (a mapping of
names to a value or a list of values), or ``None`` for none (a GET request)."""

BODY_SHA256_PARAMETER: Final = "bodySHA256"
"""The URL query parameter that covers a JSON body: its hex SHA-256 (:func:`with_body_sha256`)."""
_HEX_SIGNATURE = re.compile(rb"[0-9a-fA-F]{40}")
_DEFAULT_PORTS: Final = {"https": ":443", "http": ":80"}
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


def _url_variants(url: str) -> list[str]:
    """``url`` as given, and with its scheme's default port added or removed."""
    scheme, sep, rest = url.partition("://")
    default_port = _DEFAULT_PORTS.get(scheme.lower())
    if not sep or default_port is None:
        return [url]
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    userinfo, at, host_port = rest[:end].rpartition("@")
    bracket = host_port.rfind("]")  # an IPv6 host: [::1]:443
    colon = host_port.find(":", bracket + 1)
    host, port = (host_port, "") if colon < 0 else (host_port[:colon], host_port[colon:])
    if not host:
        return [url]
    head, tail = f"{scheme}://{userinfo}{at}{host}", rest[end:]
    if not port:
        return [url, head + default_port + tail]
    if port == default_port:
        return [url, head + tail]
    return [url]


def _body_sha256_values(url: str) -> list[str]:
    try:
        query = urlsplit(url).query
    except ValueError:
        raise _Unverifiable("url is not a URL") from None
    return [v for k, v in parse_qsl(query, keep_blank_values=True) if k == BODY_SHA256_PARAMETER]


def _signed_messages(scheme: SignatureScheme, url: str, body: object) -> tuple[list[bytes], bool]:
    """What the signature may cover (one message per URL variant), and whether the body
    matches the URL's ``bodySHA256`` (always true when there is none)."""
    try:
        url_bytes = [variant.encode("utf-8") for variant in _url_variants(url)]
    except UnicodeEncodeError:
        raise _Unverifiable("url is not valid text") from None
    if scheme == "raw_body":
        raw = _raw(body)
        return [u + raw for u in url_bytes], True
    hashes = _body_sha256_values(url)
    if hashes:
        if len(hashes) > 1:
            raise _Unverifiable("bodySHA256 is given more than once")
        expected = body_sha256(_raw(body)).encode("ascii")
        given = hashes[0].lower().encode("utf-8", "surrogatepass")
        return url_bytes, hmac.compare_digest(expected, given)
    params = "".join(name + value for name, value in sorted(_pairs(body)))
    try:
        suffix = params.encode("utf-8")
    except UnicodeEncodeError:
        raise _Unverifiable("parameters are not valid text") from None
    return [u + suffix for u in url_bytes], True


def _digest(scheme: SignatureScheme, key: bytes, message: bytes) -> bytes:
    mac = hmac.new(key, message, hashlib.sha1)
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


def sign(
    signing_key: str | bytes,
    url: str,
    body: SignedBody = None,
    *,
    scheme: SignatureScheme = "form",
) -> str:
    """The signature SignalWire would send for a request: for your tests and test servers.

    ``scheme="form"`` (the default) signs the URL and the form parameters of ``body`` (raw
    urlencoded text, or a mapping), or, when the URL has a ``bodySHA256`` parameter
    (:func:`with_body_sha256`), the URL alone; ``scheme="raw_body"`` signs the URL and the raw
    body.  Raises :class:`~voice_webhooks.PayloadError` for input it cannot sign.

    >>> sign("key", "https://example.com/hook", {"b": "2", "a": "1"})
    '0qG3ekYMP2EroG5CcKySu/CF+L0='
    >>> sign("key", "https://example.com/hook", b"a=1&b=2", scheme="raw_body")
    '2aff678d5d6bcaa2abafe2b95499d06a808b3239'
    """
    key = _key_bytes(signing_key)
    if scheme not in ("form", "raw_body"):
        raise PayloadError.single(
            "scheme", "scheme_unknown", "Expected 'form' or 'raw_body'", scheme, subject=_SUBJECT
        )
    if not isinstance(url, str):
        raise PayloadError.single(
            "url", "string_type", "Input should be a valid string", url, subject=_SUBJECT
        )
    try:
        messages, body_matches = _signed_messages(scheme, url, body)
    except _Unverifiable as exc:
        raise PayloadError.single("body", "body_unsignable", str(exc), subject=_SUBJECT) from None
    if not body_matches:
        raise PayloadError.single(
            BODY_SHA256_PARAMETER,
            "body_sha256_mismatch",
            "The URL's bodySHA256 is not the SHA-256 of the body",
            subject=_SUBJECT,
        )
    return _digest(scheme, key, messages[0]).decode("ascii")


def _signature_bytes(signature: object) -> bytes | None:
    if isinstance(signature, (bytes, bytearray)):
        return bytes(signature)
    if isinstance(signature, str) and signature.isascii():
        return signature.encode("ascii")
    return None


def _any_matches(expected: Iterable[bytes], given: bytes) -> bool:
    found = False
    for candidate in expected:  # every candidate is compared: no early exit
        found |= hmac.compare_digest(candidate, given)
    return found


def verify_signature(
    signing_key: str | bytes,
    url: str,
    body: SignedBody,
    signature: str | bytes | None,
) -> bool:
    """Whether ``signature`` (the ``X-SignalWire-Signature`` or ``X-Twilio-Signature``
    header) is the provider's signature of this request.

    ``body`` is the raw body as received (``bytes``/``str``, best), the decoded form
    parameters (a mapping of names to a value or a list of values; ``"form"`` scheme only) or
    ``None`` for a request without one.  The scheme is chosen by the signature's shape: 40 hex
    digits for ``"raw_body"``, base64 for ``"form"``.  Returns ``False`` for any request it
    cannot verify (a missing or non-text signature, a body of the wrong kind), never raises
    for it; a missing or empty ``signing_key`` raises :class:`~voice_webhooks.PayloadError`.

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
    given = _signature_bytes(signature)
    if given is None or not isinstance(url, str):
        return False
    scheme: SignatureScheme = "raw_body" if _HEX_SIGNATURE.fullmatch(given) else "form"
    if scheme == "raw_body":
        given = given.lower()
    try:
        messages, body_matches = _signed_messages(scheme, url, body)
    except _Unverifiable:
        return False
    signature_matches = _any_matches((_digest(scheme, key, m) for m in messages), given)
    return signature_matches and body_matches
