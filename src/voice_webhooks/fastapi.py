"""FastAPI dependencies for Bandwidth and SignalWire webhooks (the ``fastapi`` extra).

One line in the endpoint's signature; the dependency reads the raw body itself, so that

* the size cap holds while the body arrives (a ``Content-Length`` over it, or a stream that
  goes over it, is refused with 413 before it is buffered);
* Bandwidth's Basic credentials (401) or SignalWire's signature over the raw bytes (403) are
  checked first, when configured;
* the body is parsed by the package's rules (as :func:`~voice_webhooks.bandwidth.parse_event`
  and ``from_form``: lenient, or strict on request), and a body that does not parse is
  answered with FastAPI's own 422 (``{"detail": [{"type", "loc", "msg", "input"}]}``), each
  ``loc`` the wire path in the body: ``["body", "mediaStream", "duration"]``.

GET callbacks (``callbackMethod``/``StatusCallbackMethod`` set to GET) are read from the query
string.  FastAPI documents the request bodies it reads itself; :func:`describe_webhooks` adds
the ones these dependencies read to the app's OpenAPI document (the event union with its
``eventType`` discriminator, the form models).  FastAPI is imported when one of these is used,
never by ``import voice_webhooks``.

>>> from fastapi import FastAPI
>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.fastapi import BandwidthWebhook, describe_webhooks
>>> app = FastAPI()
>>> @app.post("/bandwidth/callbacks", status_code=204)
... def callback(event: BandwidthWebhook) -> None:
...     print(type(event).__name__)
>>> describe_webhooks(app)
>>> body = app.openapi()["paths"]["/bandwidth/callbacks"]["post"]["requestBody"]
>>> body["content"]["application/json"]["schema"]["anyOf"][0]["discriminator"]["propertyName"]
'eventType'
"""

# No ``from __future__ import annotations``: FastAPI reads the dependencies' parameter types,
# and ``Request`` is imported where they are made, not in this module's globals.

from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, overload

from pydantic import TypeAdapter

from ._form import FormModel
from ._wire import DEFAULT_MAX_BYTES
from .bandwidth import BandwidthEvent
from .receivers import BandwidthReceiver, Rejected, SignalWireReceiver

if TYPE_CHECKING:
    from fastapi import Depends, FastAPI, Request
    from fastapi.dependencies.models import Dependant

    from .signalwire import StreamStatusCallback

    BandwidthWebhook = Annotated[BandwidthEvent, Depends()]
    StreamStatusWebhook = Annotated[StreamStatusCallback, Depends()]

__all__ = [
    "BandwidthWebhook",
    "StreamStatusWebhook",
    "bandwidth_webhook",
    "describe_webhooks",
    "signalwire_webhook",
]

F = TypeVar("F", bound=FormModel)

_JSON = "application/json"
_FORM = "application/x-www-form-urlencoded"
_BODY = "voice_webhooks_body"  # the attribute of a dependency naming the body it reads


def _http_error(exc: Rejected) -> Exception:
    """The FastAPI exception for a refused request: FastAPI's own 422, or an HTTPException."""
    from fastapi import HTTPException
    from fastapi.exceptions import RequestValidationError

    if isinstance(exc.detail, list):
        return RequestValidationError([{**p, "loc": tuple(p["loc"])} for p in exc.detail])
    return HTTPException(exc.status, detail=exc.detail, headers=exc.headers or None)


def bandwidth_webhook(
    *,
    username: str | None = None,
    password: str | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> "Callable[[Request], Awaitable[BandwidthEvent]]":
    """A dependency that gives the endpoint the Bandwidth event of the request.

    ``username`` and ``password``: the Basic credentials Bandwidth sends (set on the
    application or the verb), checked before the body is read; ``strict`` and ``max_bytes``
    as for :func:`~voice_webhooks.bandwidth.parse_event`.  :data:`BandwidthWebhook` is the
    dependency with the defaults.

    >>> from typing import Annotated
    >>> from fastapi import Depends, FastAPI
    >>> from voice_webhooks import bandwidth
    >>> app = FastAPI()
    >>> @app.post("/callbacks", status_code=204)
    ... def callback(
    ...     event: Annotated[bandwidth.BandwidthEvent, Depends(bandwidth_webhook(strict=True))],
    ... ) -> None: ...
    """
    from fastapi import Request

    receiver = BandwidthReceiver(
        username=username, password=password, strict=strict, max_bytes=max_bytes
    )

    async def bandwidth_event(request: Request) -> BandwidthEvent:
        try:
            receiver.authenticate(request.headers.get("authorization"))
            if request.method == "GET":
                return receiver.receive_query(request.scope["query_string"])
            receiver.check_length(request.headers.get("content-length"))
            return receiver.parse(await receiver.aread(request.stream()))
        except Rejected as exc:
            raise _http_error(exc) from None

    setattr(bandwidth_event, _BODY, (BandwidthEvent, _JSON))
    return bandwidth_event


@overload
def signalwire_webhook(
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: "Callable[[Request], str] | None" = None,
) -> "Callable[[Request], Awaitable[StreamStatusCallback]]": ...


@overload
def signalwire_webhook(
    model: type[F],
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: "Callable[[Request], str] | None" = None,
) -> "Callable[[Request], Awaitable[F]]": ...


def signalwire_webhook(
    model: type[Any] | None = None,
    *,
    signing_key: str | bytes | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    url: "Callable[[Request], str] | None" = None,
) -> "Callable[[Request], Awaitable[Any]]":
    """A dependency that gives the endpoint the SignalWire form callback of the request
    (a :class:`~voice_webhooks.signalwire.StreamStatusCallback`, or ``model``).

    With a ``signing_key`` the ``X-SignalWire-Signature`` (or ``X-Twilio-Signature``) header
    must sign the request: the raw body is read (capped), checked, then parsed.  The signed
    URL is the one the request reached (``str(request.url)``); behind a proxy run uvicorn with
    ``--proxy-headers``, or give ``url``, a function of the request returning the URL
    SignalWire called.  :data:`StreamStatusWebhook` is the dependency with the defaults (no
    signature check).

    >>> from typing import Annotated
    >>> from fastapi import Depends, FastAPI
    >>> from voice_webhooks import signalwire
    >>> status_callback = signalwire_webhook(signing_key="my-signing-key")
    >>> app = FastAPI()
    >>> @app.post("/stream-status", status_code=204)
    ... def stream_status(
    ...     callback: Annotated[signalwire.StreamStatusCallback, Depends(status_callback)],
    ... ) -> None: ...
    """
    from fastapi import Request

    from .signalwire import (
        SIGNALWIRE_SIGNATURE_HEADER,
        TWILIO_SIGNATURE_HEADER,
        StreamStatusCallback,
    )

    receiver = SignalWireReceiver(
        model or StreamStatusCallback, signing_key=signing_key, strict=strict, max_bytes=max_bytes
    )

    async def signalwire_callback(request: Request) -> Any:
        headers = request.headers
        signature = headers.get(SIGNALWIRE_SIGNATURE_HEADER, headers.get(TWILIO_SIGNATURE_HEADER))
        called = url(request) if url is not None else str(request.url)
        try:
            if request.method == "GET":
                query = request.scope["query_string"]
                return receiver.receive_query(query, url=called, signature=signature)
            receiver.check_length(headers.get("content-length"))
            body = await receiver.aread(request.stream())
            return receiver.receive(body, url=called, signature=signature)
        except Rejected as exc:
            raise _http_error(exc) from None

    setattr(signalwire_callback, _BODY, (receiver.model, _FORM))
    return signalwire_callback


def __getattr__(name: str) -> Any:
    # The ready-made dependencies need FastAPI's Depends: made on first use.
    if name == "BandwidthWebhook":
        from fastapi import Depends

        value: Any = Annotated[BandwidthEvent, Depends(bandwidth_webhook())]
    elif name == "StreamStatusWebhook":
        from fastapi import Depends

        from .signalwire import StreamStatusCallback

        value = Annotated[StreamStatusCallback, Depends(signalwire_webhook())]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


# ------------------------------------------------------------------------------------ OpenAPI


def _dependants(dependant: "Dependant") -> Iterator["Dependant"]:
    for sub in dependant.dependencies:
        yield sub
        yield from _dependants(sub)


def describe_webhooks(app: "FastAPI") -> None:
    """Show in ``app``'s OpenAPI document the request body each webhook dependency reads.

    FastAPI documents the bodies it reads itself; these dependencies read theirs, so call
    this once, after the routes are added (or before: the document is made on first request).
    Each POST operation that uses one gets its ``requestBody`` (the event union with its
    discriminator, or the form model) and FastAPI's 422 response; the models go to
    ``components/schemas`` as FastAPI names them.

    >>> from fastapi import FastAPI
    >>> from voice_webhooks.fastapi import StreamStatusWebhook
    >>> app = FastAPI()
    >>> @app.post("/stream-status", status_code=204)
    ... def stream_status(callback: StreamStatusWebhook) -> None: ...
    >>> describe_webhooks(app)
    >>> operation = app.openapi()["paths"]["/stream-status"]["post"]
    >>> operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    {'$ref': '#/components/schemas/StreamStatusCallback'}
    >>> sorted(operation["responses"])
    ['204', '422']
    """
    document_app = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            _describe(document_app(), app)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def _describe(document: dict[str, Any], app: "FastAPI") -> None:
    from fastapi.openapi.constants import REF_TEMPLATE
    from fastapi.openapi.utils import (
        validation_error_definition,
        validation_error_response_definition,
    )
    from fastapi.routing import APIRoute

    components: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    for route in app.routes:
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        bodies = {
            getattr(sub.call, _BODY)
            for sub in _dependants(route.dependant)
            if hasattr(sub.call, _BODY)
        }
        for body_type, media_type in bodies:
            schema = TypeAdapter(body_type).json_schema(ref_template=REF_TEMPLATE)
            for name, definition in schema.pop("$defs", {}).items():
                components.setdefault(name, definition)
            if schema.get("type") == "object" and "title" in schema:  # a model: a component
                components.setdefault(schema["title"], schema)
                schema = {"$ref": REF_TEMPLATE.format(model=schema["title"])}
            errors = {"$ref": REF_TEMPLATE.format(model="HTTPValidationError")}
            for method in (route.methods or set()) - {"GET", "HEAD"}:
                operation = document["paths"][route.path_format][method.lower()]
                request_body = operation.setdefault("requestBody", {"required": True})
                request_body.setdefault("content", {})[media_type] = {"schema": schema}
                operation["responses"].setdefault(
                    "422",
                    {"description": "Validation Error", "content": {_JSON: {"schema": errors}}},
                )
                components.setdefault("ValidationError", validation_error_definition)
                components.setdefault("HTTPValidationError", validation_error_response_definition)
