"""What a request signature may cover: the URLs and parameter strings each validator tries.

SignalWire's and Twilio's validators do not agree on the details, so a request is accepted
when its signature is one that one of them accepts (the list, and the few cases refused on
purpose, are in ``docs/signalwire.md``).  Each validator pairs its own URLs with its own
parameter strings:

* **Twilio** (``RequestValidator``, which SignalWire's Python SDK 2.x uses): the URL as Python's
  :mod:`urllib.parse` re-assembles it, without its port (whatever port) and with the scheme's
  default one (:func:`twilio_urls`); the parameters sorted by name then value, a repeated
  identical pair counted once (:func:`twilio_parameters`).
* **SignalWire** (its current SDKs): the URL as given, and with the scheme's default port added
  or removed (:func:`signalwire_urls`); the parameters sorted by name only, each name's values
  in the order they came, every repeat kept; its TypeScript SDK compares names by UTF-16 code
  units, as JavaScript does (:func:`signalwire_parameters`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final
from urllib.parse import urlparse

__all__ = ["signalwire_parameters", "signalwire_urls", "twilio_parameters", "twilio_urls"]

_DEFAULT_PORTS: Final = {"https": "443", "http": "80"}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _default_port_toggled(url: str) -> str | None:
    """``url`` with its scheme's default port added (when it has none) or removed (when it has
    that one), rebuilt from its parts as SignalWire's TypeScript SDK rebuilds it (an empty
    ``?`` or ``#`` left out); ``None`` when neither applies, or the port is empty (``host:``)."""
    scheme, sep, rest = url.partition("://")
    default_port = _DEFAULT_PORTS.get(scheme.lower())
    if not sep or default_port is None:
        return None
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    netloc, tail = rest[:end], rest[end:]
    userinfo, at, host_port = netloc.rpartition("@")
    port: str | None = None
    if host_port.startswith("["):  # an IPv6 host: [::1]:443
        close = host_port.find("]")
        host, after = host_port[: close + 1], host_port[close + 1 :]
        if close < 0 or (after and not after.startswith(":")):
            return None
        port = after[1:] if after else None
    else:
        host, colon, digits = host_port.rpartition(":")
        if colon and digits.isascii() and digits.isdigit():
            port = digits
        else:
            host = host_port
    if not host or port == "" or (port is None and host.endswith(":")):
        return None
    path, _, query = tail.partition("#")[0].partition("?")
    fragment = tail.partition("#")[2]

    def rebuilt(with_port: str) -> str:
        return (
            f"{scheme}://{userinfo}{at}{host}{':' + with_port if with_port else ''}{path}"
            f"{'?' + query if query else ''}{'#' + fragment if fragment else ''}"
        )

    if port is None:
        return rebuilt(default_port)
    if port == default_port:
        return rebuilt("")
    return None


def twilio_urls(url: str) -> list[str]:
    """Twilio's two forms of ``url``: re-assembled by :mod:`urllib.parse` without its port and
    with the scheme's default one.

    Left out: a URL :mod:`urllib.parse` cannot read (a port that is not a number), a scheme
    other than http(s), and the forms Twilio's text surgery garbles (cutting the port off at the
    first colon keeps only ``user`` of ``user:password@host:8443``, and ``[2001`` of
    ``[2001:db8::1]:8443``;
    appending ``:443`` to a host that ends with ``:`` or ``:0``).

    >>> twilio_urls("https://example.com:8443/hook?")
    ['https://example.com/hook', 'https://example.com:8443/hook']
    """
    try:
        parsed = urlparse(url)
        port = parsed.port
    except ValueError:
        return []
    if parsed.scheme not in _DEFAULT_PORTS or not parsed.hostname:
        return []
    netloc = parsed.netloc
    host_part = netloc.rpartition("@")[2]
    has_port_text = ":" in host_part[host_part.rfind("]") + 1 :]
    forms = []
    if port:  # Twilio: "a port", and 0 is none
        cut = netloc.split(":")[0]
        if cut == netloc[: netloc.rfind(":")]:
            forms.append(parsed._replace(netloc=cut).geturl())
        forms.append(parsed.geturl())
    else:
        forms.append(parsed.geturl())
        if not has_port_text:
            default_port = _DEFAULT_PORTS[parsed.scheme]
            forms.append(parsed._replace(netloc=f"{netloc}:{default_port}").geturl())
    return _unique(forms)


def signalwire_urls(url: str) -> list[str]:
    """``url`` as given, and with its scheme's default port added or removed.

    >>> signalwire_urls("https://example.com/hook")
    ['https://example.com/hook', 'https://example.com:443/hook']
    >>> signalwire_urls("https://example.com:8443/hook")
    ['https://example.com:8443/hook']
    """
    toggled = _default_port_toggled(url)
    return [url] if toggled is None else [url, toggled]


def _joined(items: Iterable[tuple[str, str]]) -> str:
    return "".join(name + value for name, value in items)


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-be", "surrogatepass")


def twilio_parameters(pairs: Sequence[tuple[str, str]]) -> str:
    """Twilio's string of the parameters: sorted by name then value, each pair once.

    >>> twilio_parameters([("b", "2"), ("a", "2"), ("a", "1"), ("a", "1")])
    'a1a2b2'
    """
    return _joined(sorted(set(pairs)))


def signalwire_parameters(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """SignalWire's strings of the parameters: sorted by name (by code point, and by UTF-16
    code unit), each name's values in the order they came, every pair kept.

    >>> signalwire_parameters([("b", "2"), ("a", "2"), ("a", "1"), ("a", "1")])
    ['a2a1a1b2']
    """
    return _unique(
        [
            _joined(sorted(pairs, key=lambda pair: pair[0])),  # the Python SDK
            _joined(sorted(pairs, key=lambda pair: _utf16(pair[0]))),  # the TypeScript SDK
        ]
    )
