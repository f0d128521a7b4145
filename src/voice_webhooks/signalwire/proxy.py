"""The URL a provider requested, rebuilt behind a reverse proxy: :func:`public_url`.

A signature covers the URL SignalWire (or Twilio) requested: ``https://app.example.com/hook``.
Behind a proxy or a load balancer the application sees another one (``http://10.0.0.5:8000/hook``)
and the proxy says what the original was in ``Forwarded`` (RFC 7239) or in
``X-Forwarded-Proto``, ``X-Forwarded-Host`` and ``X-Forwarded-Port``.  Anyone can send those
headers too, so they are read only when you say how many proxies in front of the application
add them (``trusted_proxies``), and only the value the outermost of those proxies added: the
``trusted_proxies``-th from the end of each list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, Union

from .._errors import PayloadError

__all__ = ["Headers", "header_values", "public_url"]

Headers = Union[Mapping[str, str], Iterable[tuple[str, str]]]  # noqa: UP007
"""Request headers: a mapping (any case of names; a framework's headers object) or
``(name, value)`` pairs (a header sent on several lines may repeat)."""

_SUBJECT: Final = "forwarded URL"
_PROTO = re.compile(r"https?", re.IGNORECASE)
_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]+)(?::[0-9]{1,5})?")
_PORT = re.compile(r"[0-9]{1,5}")
_FORWARDED_PAIR = re.compile(
    r'\s*([A-Za-z0-9!#$%&\'*+.^_`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;,"\s]*)\s*'
)


def header_values(headers: Headers, name: str) -> list[str]:
    """The values of header ``name`` (any case), each line split at its commas, in order.

    >>> header_values([("X-Forwarded-Proto", "http, https"), ("x-forwarded-proto", "https")],
    ...               "X-Forwarded-Proto")
    ['http', 'https', 'https']
    """
    wanted = name.lower()
    items = headers.items() if isinstance(headers, Mapping) else headers
    values: list[str] = []
    for key, value in items:
        if isinstance(key, str) and key.lower() == wanted and isinstance(value, str):
            values += [part.strip() for part in value.split(",")]
    return values


def _forwarded_elements(headers: Headers) -> list[dict[str, str]]:
    """The elements of ``Forwarded`` headers (RFC 7239), each a dict of its lower-cased
    parameters; quoted values unquoted."""
    wanted = "forwarded"
    items = headers.items() if isinstance(headers, Mapping) else headers
    elements: list[dict[str, str]] = []
    for key, value in items:
        if not (isinstance(key, str) and key.lower() == wanted and isinstance(value, str)):
            continue
        if not value.strip():
            continue
        element: dict[str, str] = {}
        position = 0
        while position <= len(value):
            match = _FORWARDED_PAIR.match(value, position)
            if match is None:
                raise _bad("Forwarded", "is not RFC 7239 (name=value pairs)", value)
            parameter, raw = match.groups()
            if raw.startswith('"'):
                raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
            element[parameter.lower()] = raw
            position = match.end()
            if position == len(value):
                break
            separator = value[position]
            position += 1
            if separator == ",":
                elements.append(element)
                element = {}
            elif separator != ";":
                raise _bad("Forwarded", "is not RFC 7239 (name=value pairs)", value)
        elements.append(element)
    return elements


def _bad(header: str, problem: str, value: object) -> PayloadError:
    return PayloadError.single(
        header, "proxy_header", f"The {header} header {problem}", value, subject=_SUBJECT
    )


def _nth_from_end(values: list[str], trusted: int) -> str | None:
    return values[-trusted] if len(values) >= trusted else None


def public_url(url: str, headers: Headers, *, trusted_proxies: int = 0) -> str:
    """The URL the provider requested: ``url`` (the one the application saw, as your framework
    gives it) with the scheme, host and port the trusted proxies forwarded.

    ``trusted_proxies`` is how many proxies in front of the application add the forwarding
    headers: ``0`` (the default) trusts none and gives ``url`` back unchanged; ``1`` for one
    reverse proxy or load balancer.  ``Forwarded`` is read when present, else the
    ``X-Forwarded-*`` headers; a header with fewer values than ``trusted_proxies`` is ignored
    (the request did not come through that many proxies).  The path and query are kept as
    they are.  A forwarded value that is not a scheme (http or https), a host or a port raises
    :class:`~voice_webhooks.PayloadError` naming the header.

    >>> headers = {"Host": "10.0.0.5:8000", "X-Forwarded-Proto": "https",
    ...            "X-Forwarded-Host": "app.example.com"}
    >>> public_url("http://10.0.0.5:8000/hook?a=1", headers, trusted_proxies=1)
    'https://app.example.com/hook?a=1'
    >>> public_url("http://10.0.0.5:8000/hook?a=1", headers)  # no proxy trusted
    'http://10.0.0.5:8000/hook?a=1'
    >>> public_url("http://10.0.0.5/hook", {"Forwarded": "for=1.2.3.4;proto=https;host=a.example"},
    ...            trusted_proxies=1)
    'https://a.example/hook'
    """
    if not isinstance(trusted_proxies, int) or isinstance(trusted_proxies, bool):
        raise PayloadError.single(
            "trusted_proxies", "int_type", "Input should be an integer", subject=_SUBJECT
        )
    if trusted_proxies < 0:
        raise PayloadError.single(
            "trusted_proxies",
            "greater_than_equal",
            "Input should be 0 (trust no proxy) or more",
            trusted_proxies,
            subject=_SUBJECT,
        )
    if not isinstance(url, str):
        raise PayloadError.single(
            "url", "string_type", "Input should be a valid string", url, subject=_SUBJECT
        )
    if trusted_proxies == 0:
        return url
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme:
        raise PayloadError.single(
            "url", "url_absolute", "The URL should be absolute: scheme://host/path", url,
            subject=_SUBJECT,
        )  # fmt: skip
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    netloc, tail = rest[:end], rest[end:]
    elements = _forwarded_elements(headers)
    if elements:
        source = "Forwarded"
        element = elements[-trusted_proxies] if len(elements) >= trusted_proxies else {}
        proto, host, port = element.get("proto"), element.get("host"), None
    else:
        source = "X-Forwarded-{}"
        proto, host, port = (
            _nth_from_end(header_values(headers, f"X-Forwarded-{part}"), trusted_proxies)
            for part in ("Proto", "Host", "Port")
        )
    if proto is not None:
        if not _PROTO.fullmatch(proto):
            raise _bad(source.format("Proto"), "should be http or https", proto)
        scheme = proto.lower()
    if host is not None:
        if not _HOST.fullmatch(host):
            raise _bad(source.format("Host"), "should be a host, with a port or not", host)
        netloc = host
    if port is not None:
        if not (_PORT.fullmatch(port) and 0 < int(port) < 65536):
            raise _bad(source.format("Port"), "should be a port number", port)
        bracket = netloc.rfind("]")
        colon = netloc.find(":", bracket + 1)
        netloc = f"{netloc if colon < 0 else netloc[:colon]}:{port}"
    return f"{scheme}://{netloc}{tail}"
