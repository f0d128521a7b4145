"""URL rules for what users send: which schemes, whether a relative URL will do, no query.

One checker, :func:`url_rule`, configured per field: a WebSocket destination (``wss`` only), a
callback URL (``http``/``https``, perhaps relative), a URL that must be ``https`` because
credentials travel with it.  Each failure is a Pydantic error of its own kind
(``url_parsing``, ``url_scheme``, ``url_host``, ``url_query``).

>>> check = url_rule(("wss",), what="A stream destination")
>>> check("wss://media.example/audio")
'wss://media.example/audio'
>>> check("ws://media.example/audio")
Traceback (most recent call last):
    ...
pydantic_core._pydantic_core.PydanticCustomError: A stream destination should use wss; got ws
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from pydantic_core import PydanticCustomError

__all__ = ["url_rule"]

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_NOT_IN_URLS = re.compile(r"[\x00-\x20\x7f]")


def url_rule(
    schemes: tuple[str, ...],
    *,
    what: str,
    relative: bool = False,
    query: bool = True,
) -> Callable[[str], str]:
    """A validator of URLs with one of ``schemes`` and a host, or (``relative=True``) without
    a scheme, resolved by the provider against the URL it fetched; ``query=False`` refuses a
    query string.  ``what`` names the field in the messages."""
    allowed = " or ".join(schemes)

    def check(value: str) -> str:
        if not value or _NOT_IN_URLS.search(value):
            raise PydanticCustomError(
                "url_parsing", "{what} should be a URL without white space or control "
                "characters", {"what": what},
            )  # fmt: skip
        scheme = _SCHEME.match(value)
        if scheme is None and not relative:
            raise PydanticCustomError(
                "url_scheme", "{what} should be an absolute {allowed} URL", {"what": what,
                "allowed": allowed},
            )  # fmt: skip
        if scheme is not None and scheme.group(1).lower() not in schemes:
            raise PydanticCustomError(
                "url_scheme",
                "{what} should use {allowed}; got {scheme}",
                {"what": what, "allowed": allowed, "scheme": scheme.group(1)},
            )
        try:
            parts = urlsplit(value)
            host = parts.hostname
        except ValueError:  # a malformed IPv6 host
            raise PydanticCustomError(
                "url_parsing", "{what} is not a valid URL", {"what": what}
            ) from None
        if scheme is not None and not host:
            raise PydanticCustomError(
                "url_host", "{what} needs a host: {scheme}://host/path",
                {"what": what, "scheme": scheme.group(1)},
            )  # fmt: skip
        if not query and parts.query:
            raise PydanticCustomError(
                "url_query", "{what} takes no query string (pass parameters instead)",
                {"what": what},
            )  # fmt: skip
        return value

    return check
