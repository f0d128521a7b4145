"""HTTP Basic auth for Bandwidth callbacks.

Bandwidth does not sign its callbacks: it authenticates them with HTTP Basic auth, using the
username and password set on the call, the application or the BXML verb.  Check the
``Authorization`` header of every callback with :func:`check_basic_auth` before trusting it.

>>> header = basic_auth_header("bw-user", "s3cret")
>>> header
'Basic YnctdXNlcjpzM2NyZXQ='
>>> check_basic_auth(header, "bw-user", "s3cret")
True
>>> check_basic_auth(header, "bw-user", "guess")
False
>>> check_basic_auth(None, "bw-user", "s3cret")
False
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re

from .._errors import PayloadError

__all__ = ["basic_auth_header", "check_basic_auth"]

_BASIC = re.compile(rb"[Bb][Aa][Ss][Ii][Cc][ \t]+([A-Za-z0-9+/]+=*)[ \t]*")
_MAX_HEADER = 8192  # far beyond any real credentials; longer headers are not decoded


def _credential(name: str, value: object) -> bytes:
    try:
        encoded = value.encode("utf-8") if isinstance(value, str) else b""
    except UnicodeEncodeError:
        encoded = b""
    if not encoded or (name == "username" and b":" in encoded):
        raise PayloadError.single(
            name,
            "credential_invalid",
            "Expected credentials must be non-empty strings (and a username has no ':')",
            value if isinstance(value, str) and name == "username" else type(value).__name__,
            subject="Basic auth configuration",
        )
    return encoded


def _same(given: bytes, expected: bytes) -> bool:
    # Digests first, so the comparison takes the same time whatever the lengths.
    return hmac.compare_digest(hashlib.sha256(given).digest(), hashlib.sha256(expected).digest())


def _decoded(authorization_header: object) -> tuple[bytes, bytes] | None:
    if isinstance(authorization_header, str):
        try:
            header = authorization_header.encode("latin-1")
        except UnicodeEncodeError:
            return None
    elif isinstance(authorization_header, (bytes, bytearray)):
        header = bytes(authorization_header)
    else:
        return None
    if len(header) > _MAX_HEADER:
        return None
    match = _BASIC.fullmatch(header.strip(b" \t"))
    if match is None:
        return None
    try:
        decoded = base64.b64decode(match.group(1), validate=True)
    except (binascii.Error, ValueError):
        return None
    username, colon, password = decoded.partition(b":")
    return (username, password) if colon else None


def check_basic_auth(
    authorization_header: str | bytes | None, username: str, password: str
) -> bool:
    """Whether an ``Authorization`` header holds exactly these Basic auth credentials.

    The username and the password are both compared, in constant time, even when the first
    differs.  A missing, malformed or non-Basic header gives ``False``, never an exception.
    The expected ``username`` and ``password`` (your configuration, compared as UTF-8) must be
    non-empty strings, or :class:`~voice_webhooks.PayloadError` is raised.

    >>> check_basic_auth("Basic !!!", "bw-user", "s3cret")
    False
    """
    expected_username = _credential("username", username)
    expected_password = _credential("password", password)
    given = _decoded(authorization_header)
    given_username, given_password = given if given is not None else (b"", b"")
    username_ok = _same(given_username, expected_username)
    password_ok = _same(given_password, expected_password)
    return given is not None and username_ok & password_ok


def basic_auth_header(username: str, password: str) -> str:
    """The ``Authorization`` header value for these credentials (for tests and clients).

    >>> basic_auth_header("user", "pass:word")
    'Basic dXNlcjpwYXNzOndvcmQ='
    """
    user, secret = _credential("username", username), _credential("password", password)
    token = base64.b64encode(user + b":" + secret)
    return "Basic " + token.decode("ascii")
