"""Receive webhooks in any web framework: check the caller, cap the body, parse it, or refuse.

A receiver holds the settings of one webhook endpoint.  Give it what the request carries and it
returns the model, or raises :class:`Rejected` holding the answer to send:

* **401** - Bandwidth Basic credentials missing or wrong (:class:`BandwidthReceiver` with a
  ``username`` and ``password``), with a ``WWW-Authenticate`` header;
* **403** - a SignalWire signature missing or wrong (:class:`SignalWireReceiver` with a
  ``signing_key``), checked on the raw bytes before anything is parsed;
* **413** - a body over the size cap, refused on its ``Content-Length`` or, while it is being
  read, as soon as it goes over: never buffered whole;
* **422** - a body that is not what it should be: each problem with its location, as FastAPI
  answers (``{"detail": [{"type": ..., "loc": ["body", "mediaStream", "duration"], "msg": ...,
  "input": ...}]}``), inputs shortened, at most 20 of them.

Parsing follows :func:`~voice_webhooks.bandwidth.parse_event` and ``from_form``: lenient by
default, strict with ``strict=True``.  :mod:`voice_webhooks.fastapi` and
:mod:`voice_webhooks.django` are built on these; with another framework, call them yourself:

>>> from voice_webhooks.bandwidth import basic_auth_header
>>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
>>> receiver = BandwidthReceiver(username="bw-user", password="s3cret")
>>> event = receiver.receive(MEDIA_STREAM_STOPPED.encode(),
...                          authorization=basic_auth_header("bw-user", "s3cret"))
>>> type(event).__name__
'MediaStreamStopped'
>>> try:
...     receiver.receive(b'{"eventType": "mediaStreamStopped"}',
...                      authorization=basic_auth_header("bw-user", "s3cret"))
... except Rejected as exc:
...     print(exc.status, exc.detail[0]["loc"], exc.detail[0]["msg"])
422 ['body', 'eventTime'] Field required
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar, Union, cast, overload

from ._clean_errors import MAX_ERRORS, problem
from ._errors import PayloadError
from ._form import FormModel, decode_form
from ._wire import DEFAULT_MAX_BYTES
from .bandwidth import BandwidthEvent, check_basic_auth, parse_event
from .bandwidth.auth import basic_auth_header

if TYPE_CHECKING:  # loaded when a SignalWireReceiver is made: a Bandwidth app does without it
    from .signalwire import StreamStatusCallback

__all__ = [
    "BandwidthReceiver",
    "RawBody",
    "Readable",
    "Rejected",
    "SignalWireReceiver",
]

F = TypeVar("F", bound=FormModel)

_CHUNK: Final = 65_536


class Readable(Protocol):
    """A request body that can be read in pieces: ``read(n)`` gives at most ``n`` bytes, and
    ``b""`` at the end (a WSGI ``wsgi.input``, Flask's ``request.stream``, a Django request).

    >>> import io
    >>> stream: Readable = io.BytesIO(b'{"eventType": "somethingNew"}')
    >>> BandwidthReceiver().receive(stream).event_type
    'somethingNew'
    """

    def read(self, size: int, /) -> bytes:
        """At most ``size`` bytes of the body; ``b""`` once it has all been read."""
        ...


RawBody = Union[bytes, bytearray, memoryview, str, Readable]  # noqa: UP007
"""A request body: already read (``bytes``/``str``), or a stream to read it from."""


class Rejected(Exception):
    """A webhook request refused: the HTTP status, headers and JSON body to answer with.

    ``detail`` is a sentence (401, 403, 413) or, for a body that did not parse (422), a list of
    problems shaped as FastAPI's: ``type``, ``loc`` (``["body", "mediaStream", "duration"]``;
    ``"query"`` first for a GET callback's parameters), ``msg`` and a short ``input``.

    >>> exc = Rejected(413, "Body is over the 1048576-byte cap")
    >>> exc.status, exc.json_body()
    (413, {'detail': 'Body is over the 1048576-byte cap'})
    """

    def __init__(
        self,
        status: int,
        detail: str | list[dict[str, Any]],
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        super().__init__(f"{status}: {detail if isinstance(detail, str) else 'invalid body'}")

    def json_body(self) -> dict[str, Any]:
        """The body to answer with: ``{"detail": ...}``, as FastAPI's error answers."""
        return {"detail": self.detail}


def _problems(exc: PayloadError, where: str) -> list[dict[str, Any]]:
    """A :class:`PayloadError`'s problems as FastAPI lists them, bounded in number and size."""
    errors, locations = exc.errors(), exc.locations
    listed = len(errors) if len(errors) <= MAX_ERRORS else MAX_ERRORS - 1
    problems = [
        problem([where, *location], error["type"], error["msg"], error["input"])
        for error, location in zip(errors[:listed], locations[:listed], strict=True)
    ]
    if listed < len(errors):
        count = len(errors) - listed
        problems.append(
            {"type": "too_many_errors", "loc": [where], "msg": f"{count} more problems, not listed"}
        )
    return problems


def _refused(exc: PayloadError, where: str) -> Rejected:
    if exc.errors()[0]["type"] == "body_too_large":
        return Rejected(413, exc.errors()[0]["msg"])
    return Rejected(422, _problems(exc, where))


class _Receiver:
    """What every receiver does with a body before parsing it: cap its size."""

    def __init__(self, *, strict: bool, max_bytes: int | None) -> None:
        if max_bytes is not None and max_bytes < 0:
            raise ValueError("max_bytes must be a size in bytes, or None for no cap")
        self.strict = strict
        self.max_bytes = max_bytes

    def _too_large(self, size: int | None = None) -> Rejected:
        given = f"Body is {size} bytes" if size is not None else "Body is"
        return Rejected(413, f"{given} over the {self.max_bytes}-byte cap (max_bytes=)")

    def check_length(self, content_length: int | str | None) -> None:
        """Refuse (413) a body whose declared ``Content-Length`` is over the cap, before
        reading any of it.  A missing or unreadable length is left to :meth:`read`.

        >>> BandwidthReceiver(max_bytes=10).check_length("11")
        Traceback (most recent call last):
            ...
        voice_webhooks.receivers.Rejected: 413: Body is 11 bytes over the 10-byte cap ...
        """
        if self.max_bytes is None or content_length is None:
            return
        try:
            size = int(content_length)
        except ValueError:
            return
        if size > self.max_bytes:
            raise self._too_large(size)

    def read(self, stream: Readable) -> bytes:
        """The whole body from ``stream``, refused (413) as soon as it goes over the cap.

        >>> import io
        >>> BandwidthReceiver(max_bytes=4).read(io.BytesIO(b"12345"))
        Traceback (most recent call last):
            ...
        voice_webhooks.receivers.Rejected: 413: Body is over the 4-byte cap (max_bytes=)
        """
        chunks: list[bytes] = []
        size = 0
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if self.max_bytes is not None and size > self.max_bytes:
                raise self._too_large()
            chunks.append(chunk)
        return b"".join(chunks)

    async def aread(self, chunks: AsyncIterable[bytes]) -> bytes:
        """The whole body from an asynchronous stream of chunks (an ASGI request's), refused
        (413) as soon as it goes over the cap.

        >>> import asyncio
        >>> async def body():
        ...     yield b"{}"
        >>> asyncio.run(BandwidthReceiver().aread(body()))
        b'{}'
        """
        parts: list[bytes] = []
        size = 0
        async for chunk in chunks:
            size += len(chunk)
            if self.max_bytes is not None and size > self.max_bytes:
                raise self._too_large()
            parts.append(chunk)
        return b"".join(parts)

    def _raw(self, body: RawBody, content_length: int | str | None) -> bytes | bytearray | str:
        """The body, read if it is a stream, and within the cap."""
        self.check_length(content_length)
        if isinstance(body, memoryview):
            body = body.tobytes()
        if not isinstance(body, (bytes, bytearray, str)):
            return self.read(body)
        if self.max_bytes is not None and len(body) > self.max_bytes:
            size = len(body.encode("utf-8", "surrogatepass")) if isinstance(body, str) else None
            if size is None or size > self.max_bytes:
                raise self._too_large(size if size is not None else len(body))
        return body

    def _query(self, query: bytes | str) -> dict[str, str]:
        try:
            return decode_form(query, strict=self.strict, max_bytes=self.max_bytes)
        except PayloadError as exc:
            raise _refused(exc, "query") from None


class BandwidthReceiver(_Receiver):
    """Receives Bandwidth Voice callbacks: Basic auth, then the size cap, then the event.

    Without ``username`` and ``password`` no credentials are checked (Bandwidth sends them
    only if set on the application or the verb: set them).  ``strict`` and ``max_bytes`` are
    :func:`~voice_webhooks.bandwidth.parse_event`'s.

    >>> receiver = BandwidthReceiver(username="bw-user", password="s3cret")
    >>> receiver.receive(b"{}", authorization=None)
    Traceback (most recent call last):
        ...
    voice_webhooks.receivers.Rejected: 401: Missing or wrong Basic credentials
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None:
        super().__init__(strict=strict, max_bytes=max_bytes)
        if (username is None) != (password is None):
            raise ValueError("give both username and password, or neither")
        if username is not None and password is not None:
            basic_auth_header(username, password)  # refuses unusable credentials now
        self._credentials = (username, password)
        self.realm = "Bandwidth callbacks"

    def authenticate(self, authorization: str | bytes | None) -> None:
        """Refuse (401) a request whose ``Authorization`` header is not the expected Basic
        credentials; accept any when none are expected."""
        username, password = self._credentials
        if username is None or password is None:
            return
        if not check_basic_auth(authorization, username, password):
            raise Rejected(
                401,
                "Missing or wrong Basic credentials",
                {"WWW-Authenticate": f'Basic realm="{self.realm}"'},
            )

    def parse(self, body: bytes | bytearray | str | Mapping[str, Any]) -> BandwidthEvent:
        """The event of a JSON body (or of decoded GET parameters), or :class:`Rejected`."""
        try:
            return parse_event(body, strict=self.strict, max_bytes=self.max_bytes)
        except PayloadError as exc:
            raise _refused(exc, "body" if not isinstance(body, Mapping) else "query") from None

    def receive(
        self,
        body: RawBody,
        *,
        authorization: str | bytes | None = None,
        content_length: int | str | None = None,
    ) -> BandwidthEvent:
        """A POST callback: check the credentials, then the size (``Content-Length`` first,
        then while reading ``body`` if it is a stream), then parse."""
        self.authenticate(authorization)
        return self.parse(self._raw(body, content_length))

    def receive_query(
        self, query: bytes | str, *, authorization: str | bytes | None = None
    ) -> BandwidthEvent:
        """A GET callback (``callbackMethod="GET"``): its URL's query string holds the event.

        >>> event = BandwidthReceiver().receive_query("eventType=somethingNew&callId=c-1")
        >>> event.event_type, event.wire_extra()
        ('somethingNew', {'callId': 'c-1'})
        """
        self.authenticate(authorization)
        return self.parse(self._query(query))


class SignalWireReceiver(_Receiver, Generic[F]):
    """Receives SignalWire (or Twilio) form callbacks: the size cap, the signature on the raw
    bytes, then the model (:class:`~voice_webhooks.signalwire.StreamStatusCallback` unless
    another form model is given).

    Without a ``signing_key`` no signature is checked.  ``url`` given to :meth:`receive` must
    be the URL SignalWire requested (behind a proxy: the original scheme and host).

    >>> from voice_webhooks import signalwire
    >>> receiver = SignalWireReceiver(signing_key="my-signing-key")
    >>> url = "https://example.com/stream-status"
    >>> body = (b"AccountSid=AC1&CallSid=CA1&StreamSid=MZ1&StreamEvent=stream-started"
    ...         b"&Timestamp=2024-05-01T12%3A00%3A01.000Z")
    >>> signature = signalwire.sign("my-signing-key", url, body)
    >>> receiver.receive(body, url=url, signature=signature).stream_event
    <StreamEvent.STREAM_STARTED: 'stream-started'>
    >>> receiver.receive(body, url=url, signature="forged")
    Traceback (most recent call last):
        ...
    voice_webhooks.receivers.Rejected: 403: Missing or wrong request signature
    """

    @overload
    def __init__(
        self: SignalWireReceiver[StreamStatusCallback],
        *,
        signing_key: str | bytes | None = None,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None: ...

    @overload
    def __init__(
        self,
        model: type[F],
        *,
        signing_key: str | bytes | None = None,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None: ...

    def __init__(
        self,
        model: type[Any] | None = None,
        *,
        signing_key: str | bytes | None = None,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None:
        from .signalwire import StreamStatusCallback, verify_signature

        super().__init__(strict=strict, max_bytes=max_bytes)
        if signing_key is not None:
            verify_signature(signing_key, "", None, None)  # refuses an unusable key now
        self.model: type[F] = cast("type[F]", model or StreamStatusCallback)
        self.signing_key = signing_key

    def verify(self, url: str, body: bytes | bytearray | str | None, signature: Any) -> None:
        """Refuse (403) a request whose signature header does not sign ``url`` and ``body``;
        accept any when there is no signing key."""
        from .signalwire import verify_signature

        if self.signing_key is None:
            return
        if not verify_signature(self.signing_key, url, body, signature):
            raise Rejected(403, "Missing or wrong request signature")

    def parse(self, body: bytes | bytearray | str | Mapping[str, str], *, where: str = "body") -> F:
        """The model of an urlencoded body (or of a decoded one), or :class:`Rejected`."""
        try:
            return self.model.from_form(body, strict=self.strict, max_bytes=self.max_bytes)
        except PayloadError as exc:
            raise _refused(exc, where) from None

    def receive(
        self,
        body: RawBody,
        *,
        url: str,
        signature: str | bytes | None = None,
        content_length: int | str | None = None,
    ) -> F:
        """A POST callback: check the size, then the signature of the raw body, then parse."""
        raw = self._raw(body, content_length)
        self.verify(url, raw, signature)
        return self.parse(raw)

    def receive_query(self, query: bytes | str, *, url: str, signature: Any = None) -> F:
        """A GET callback (``StatusCallbackMethod=GET``): the signature covers ``url`` (query
        string included), and the query string holds the fields."""
        self.verify(url, None, signature)
        return self.parse(self._query(query), where="query")
