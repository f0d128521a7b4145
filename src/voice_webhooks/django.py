"""Django view decorators for Bandwidth and SignalWire webhooks (the ``django`` extra).

Decorate a view, sync or async, and it is called with the parsed model after the request:
``view(request, event, *args, **kwargs)``.  Before that the decorator

* refuses a body over the size cap with 413, on its ``Content-Length`` or while reading it;
* checks Bandwidth's Basic credentials (401) or SignalWire's signature over the raw bytes
  (403), when configured;
* parses the body by the package's rules (lenient, or strict on request) and answers a body
  that does not parse with 422 and FastAPI's error shape: ``{"detail": [{"type", "loc",
  "msg", "input"}]}``, each ``loc`` the wire path (``["body", "mediaStream", "duration"]``).

GET callbacks are read from the query string.  The view is exempt from Django's CSRF check (a
provider has no CSRF token: the credentials or the signature stand in for it).  Django is
imported when a decorated view runs, never by ``import voice_webhooks``.

>>> from django.http import HttpResponse
>>> @bandwidth_webhook(username="bw-user", password="s3cret")
... def callbacks(request, event):
...     return HttpResponse(status=204)
>>> callbacks.csrf_exempt
True
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar, overload

from ._form import FormModel
from ._wire import DEFAULT_MAX_BYTES
from .receivers import BandwidthReceiver, Rejected, SignalWireReceiver

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse

    from .bandwidth import BandwidthEvent
    from .signalwire import StreamStatusCallback

__all__ = ["bandwidth_webhook", "signalwire_webhook"]

_P = ParamSpec("_P")
R = TypeVar("R")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
F = TypeVar("F", bound=FormModel)


class _Decorator(Protocol[T_co]):
    """What the decorators make: a view taking the request and the model becomes a view taking
    the request alone (other arguments, such as URL parameters, passed on)."""

    def __call__(
        self, view: Callable[Concatenate[HttpRequest, T_co, _P], R], /
    ) -> Callable[Concatenate[HttpRequest, _P], R]: ...


def _response(exc: Rejected) -> HttpResponse:
    from django.http import JsonResponse

    return JsonResponse(exc.json_body(), status=exc.status, headers=exc.headers)


def _decorator(receive: Callable[[HttpRequest], T]) -> _Decorator[T]:
    """A view decorator that calls ``receive`` on the request, then the view with its result."""

    def decorate(view: Callable[Concatenate[HttpRequest, T, _P], R], /) -> Callable[..., Any]:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def async_view(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                try:
                    payload = receive(request)  # the body is in memory or a spooled file
                except Rejected as exc:
                    return _response(exc)
                result: Coroutine[Any, Any, Any] = view(request, payload, *args, **kwargs)
                return await result

            async_view.csrf_exempt = True  # type: ignore[attr-defined]
            return async_view

        @functools.wraps(view)
        def sync_view(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            try:
                payload = receive(request)
            except Rejected as exc:
                return _response(exc)
            return view(request, payload, *args, **kwargs)

        sync_view.csrf_exempt = True  # type: ignore[attr-defined]
        return sync_view

    return decorate


def _meta(request: HttpRequest, key: str) -> str | None:
    """A CGI variable of the request: ``QUERY_STRING``, or a header (``HTTP_AUTHORIZATION``)."""
    value: str | None = request.META.get(key)
    return value


def _header(request: HttpRequest, name: str) -> str | None:
    return _meta(request, "HTTP_" + name.upper().replace("-", "_"))


def _body(receiver: BandwidthReceiver | SignalWireReceiver[Any], request: HttpRequest) -> bytes:
    receiver.check_length(_meta(request, "CONTENT_LENGTH") or None)
    return receiver.read(request)


def bandwidth_webhook(
    *,
    username: str | None = None,
    password: str | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> _Decorator[BandwidthEvent]:
    """A view decorator that calls the view with the Bandwidth event of the request.

    ``username`` and ``password``: the Basic credentials Bandwidth sends (set on the
    application or the verb), checked before the body is read; ``strict`` and ``max_bytes``
    as for :func:`~voice_webhooks.bandwidth.parse_event`.

    >>> from django.http import HttpResponse
    >>> @bandwidth_webhook(strict=True)
    ... async def callbacks(request, event):
    ...     return HttpResponse(status=204)
    >>> import inspect
    >>> inspect.iscoroutinefunction(callbacks)
    True
    """
    receiver = BandwidthReceiver(
        username=username, password=password, strict=strict, max_bytes=max_bytes
    )

    def receive(request: HttpRequest) -> BandwidthEvent:
        authorization = _header(request, "Authorization")
        if request.method == "GET":
            query = _meta(request, "QUERY_STRING") or ""
            return receiver.receive_query(query, authorization=authorization)
        receiver.authenticate(authorization)
        return receiver.parse(_body(receiver, request))

    return _decorator(receive)


@overload
def signalwire_webhook(
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: Callable[[HttpRequest], str] | None = None,
) -> _Decorator[StreamStatusCallback]: ...


@overload
def signalwire_webhook(
    model: type[F],
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: Callable[[HttpRequest], str] | None = None,
) -> _Decorator[F]: ...


def signalwire_webhook(
    model: type[Any] | None = None,
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: Callable[[HttpRequest], str] | None = None,
) -> _Decorator[Any]:
    """A view decorator that calls the view with the SignalWire form callback of the request
    (a :class:`~voice_webhooks.signalwire.StreamStatusCallback`, or ``model``).

    With a ``signing_key`` the ``X-SignalWire-Signature`` (or ``X-Twilio-Signature``) header
    must sign the request.  The signed URL is ``request.build_absolute_uri()`` (behind a proxy,
    set Django's ``SECURE_PROXY_SSL_HEADER`` and ``USE_X_FORWARDED_HOST``), or what ``url``, a
    function of the request, returns.

    >>> from django.http import HttpResponse
    >>> @signalwire_webhook(signing_key="my-signing-key")
    ... def stream_status(request, callback):
    ...     return HttpResponse(status=204)
    >>> stream_status.__name__
    'stream_status'
    """
    from .signalwire import (
        SIGNALWIRE_SIGNATURE_HEADER,
        TWILIO_SIGNATURE_HEADER,
        StreamStatusCallback,
    )

    receiver = SignalWireReceiver(
        model or StreamStatusCallback, signing_key=signing_key, strict=strict, max_bytes=max_bytes
    )

    def receive(request: HttpRequest) -> Any:
        signature = _header(request, SIGNALWIRE_SIGNATURE_HEADER) or _header(
            request, TWILIO_SIGNATURE_HEADER
        )
        called = url(request) if url is not None else str(request.build_absolute_uri())
        if request.method == "GET":
            query = _meta(request, "QUERY_STRING") or ""
            return receiver.receive_query(query, url=called, signature=signature)
        return receiver.receive(_body(receiver, request), url=called, signature=signature)

    return _decorator(receive)
