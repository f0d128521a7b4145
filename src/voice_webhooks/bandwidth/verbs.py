"""The BXML verbs that start and stop a media stream, and the response document that holds them.

:class:`StartStream` (with up to 12 :class:`StreamParam`) and :class:`StopStream` are what a
callback answers to stream a call's audio to a WebSocket server; :class:`BxmlResponse` is the
whole answer, ``<Response>`` (or ``<Bxml>``), with the stream verbs typed and the rest of your
verbs (``<SpeakSentence>``, ``<Gather>`` …) as :class:`RawVerb` s, kept verbatim.

Built in Python they are validated strictly, so a mistake Bandwidth would only report later
(``tracks="bothh"``, a ``ws://`` destination, a 13th parameter, credentials sent to a plain
``http`` URL) fails at once; ``from_xml`` reads a document back (leniently unless
``strict=True``).  The names are Bandwidth's own: the SDKs' ``StartStream``, ``StopStream``
and ``StreamParam``.

>>> from voice_webhooks import bandwidth
>>> doc = bandwidth.BxmlResponse(verbs=[
...     bandwidth.RawVerb(xml="<SpeakSentence>Streaming now.</SpeakSentence>"),
...     bandwidth.StartStream(name="live", tracks="both", destination="wss://ws.example/a",
...                           stream_params=[bandwidth.StreamParam(name="id", value="42")]),
... ])
>>> print(doc.to_xml())  # doctest: +ELLIPSIS
<?xml version="1.0" encoding="UTF-8"?><Response><SpeakSentence>Streaming now.</SpeakSentence>...
>>> print(doc.verbs[1].to_xml())  # doctest: +NORMALIZE_WHITESPACE
<StartStream name="live" tracks="both" destination="wss://ws.example/a"><StreamParam name="id"
  value="42"/></StartStream>
>>> bandwidth.BxmlResponse.from_xml(doc.to_xml()) == doc
True
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Final, Literal

from pydantic import AfterValidator, ConfigDict, Field, model_validator

from .._enums import WireEnum
from .._urls import url_rule
from .._xml import (
    Node,
    RawVerb,
    XmlBool,
    XmlDocument,
    XmlModel,
    invalid,
    unique_names,
    verb_list,
)
from ..types import ClosedEnum
from ._base import camel_case

__all__ = [
    "MAX_STREAM_PARAMS",
    "BxmlResponse",
    "BxmlVerb",
    "RawVerb",
    "StartStream",
    "StartStreamTracks",
    "StartStreamTracksValue",
    "StopStream",
    "StreamEventMethod",
    "StreamEventMethodValue",
    "StreamMode",
    "StreamModeValue",
    "StreamParam",
]

MAX_STREAM_PARAMS: Final = 12
"""How many ``<StreamParam>`` a ``<StartStream>`` may hold."""


class StartStreamTracks(WireEnum):
    """The part of the call a ``<StartStream>`` sends. Default ``inbound``.

    >>> StartStreamTracks("both")
    <StartStreamTracks.BOTH: 'both'>
    """

    INBOUND = "inbound"
    """Media received by Programmable Voice from the call executing the BXML."""
    OUTBOUND = "outbound"
    """Media sent by Programmable Voice to the call executing the BXML."""
    BOTH = "both"
    """Both tracks (counts as 2 of the 4 concurrent track streams a call may have)."""


StartStreamTracksValue = Literal["inbound", "outbound", "both"]
"""The values of :class:`StartStreamTracks`, for type checkers."""


class StreamMode(WireEnum):
    """Whether the WebSocket server may also send audio back. Default ``unidirectional``.

    >>> StreamMode("bidirectional").name
    'BIDIRECTIONAL'
    """

    UNIDIRECTIONAL = "unidirectional"
    """One-way, read-only: the server only receives the call's audio."""
    BIDIRECTIONAL = "bidirectional"
    """The server can both read and write audio over the WebSocket."""


StreamModeValue = Literal["unidirectional", "bidirectional"]
"""The values of :class:`StreamMode`, for type checkers."""


class StreamEventMethod(WireEnum):
    """The HTTP method of the requests to ``streamEventUrl``. Default ``POST``.

    >>> StreamEventMethod.GET == "GET"
    True
    """

    GET = "GET"
    POST = "POST"


StreamEventMethodValue = Literal["GET", "POST"]
"""The values of :class:`StreamEventMethod`, for type checkers."""

_websocket = url_rule(("wss",), what="A stream destination")
_event_url = url_rule(("http", "https"), what="streamEventUrl", relative=True)


class _BxmlElement(XmlModel):
    """Base of the BXML elements: camelCase attribute names (``streamEventUrl``)."""

    model_config = ConfigDict(alias_generator=camel_case)


class StreamParam(_BxmlElement):
    """``<StreamParam>``: a parameter sent to the destination when the stream starts (in the
    WebSocket ``start`` message's ``streamParams``).

    >>> StreamParam(name="internal_id", value="call_ABC").to_xml()
    '<StreamParam name="internal_id" value="call_ABC"/>'
    """

    xml_tag: ClassVar[str] = "StreamParam"

    name: str = Field(
        min_length=1,
        max_length=256,
        description="(required) The name of this parameter, up to 256 characters.",
    )
    value: str = Field(
        max_length=2048,
        description="(required) The value of this parameter, up to 2048 characters.",
    )


def _pair(model: Any, first: str, second: str) -> None:
    """Credentials come in pairs: one given without the other is refused where it is missing."""
    given = {name: getattr(model, name) is not None for name in (first, second)}
    if given[first] != given[second]:
        present, absent = (first, second) if given[first] else (second, first)
        wire = type(model).model_fields[absent].alias or absent
        raise invalid(
            (wire,),
            "credentials_pair",
            f"Required when {type(model).model_fields[present].alias} is given (credentials "
            "come in pairs)",
            None,
        )


class StartStream(_BxmlElement):
    """``<StartStream>``: send the audio of one or both tracks of the call to a WebSocket
    server, until the call ends or a ``<StopStream>`` names this stream.

    Bandwidth reports on the stream with ``mediaStreamStarted``, ``mediaStreamRejected`` and
    ``mediaStreamStopped`` webhooks to ``streamEventUrl`` (BXML in reply is ignored).  Each
    stream on a call needs a unique ``name``; a call may stream 4 tracks at once (``both``
    counts 2).  Building one checks: a ``wss`` destination with a host; ``tracks``, ``mode``
    and ``streamEventMethod`` among their values; at most 12 parameters with unique names of
    at most 256 characters and values of at most 2048; credentials in pairs, and the
    ``streamEventUrl`` credentials only with an absolute ``https`` ``streamEventUrl``.

    >>> verb = StartStream(destination="wss://ws.example/audio", tracks="inbound",
    ...                    stream_event_url="https://app.example/events",
    ...                    username="user", password="secret")
    >>> verb.to_xml()  # doctest: +NORMALIZE_WHITESPACE
    '<StartStream tracks="inbound" destination="wss://ws.example/audio"
      streamEventUrl="https://app.example/events" username="user" password="secret"/>'
    >>> StartStream(destination="wss://ws.example/audio", username="u", password="p",
    ...             stream_event_url="http://app.example/events")
    Traceback (most recent call last):
        ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for StartStream
    username
      Credentials for streamEventUrl need an absolute https streamEventUrl ...
    """

    xml_tag: ClassVar[str] = "StartStream"

    name: str | None = Field(
        default=None,
        min_length=1,
        description="(optional) A name to refer to this stream by. Used when sending "
        "`<StopStream>`. If not provided, it will default to the generated stream id as sent in "
        "the Media Stream Started webhook. Each stream on a call must have a unique name.",
    )
    tracks: ClosedEnum[StartStreamTracks, StartStreamTracksValue] | None = Field(
        default=None,
        description="(optional) The part of the call to send a stream from. `inbound`, "
        "`outbound` or `both`. Default is `inbound`.",
    )
    mode: ClosedEnum[StreamMode, StreamModeValue] | None = Field(
        default=None,
        description="(optional) The mode to use for the stream. `unidirectional` or "
        "`bidirectional`. Specifies whether the audio being streamed over the WebSocket is "
        "bidirectional (the service can both read and write audio over the WebSocket) or "
        "unidirectional (one-way, read-only). Default is `unidirectional`.",
    )
    destination: Annotated[str, AfterValidator(_websocket)] = Field(
        json_schema_extra={"format": "uri"},
        description="(required) A websocket URI to send the stream to. The audio from the "
        "specified tracks will be sent via websocket to this URL as base64-encoded PCMU/G711 "
        "audio.",
    )
    destination_username: str | None = Field(
        default=None,
        description="(optional) The username to send in the `Authorization` header of the "
        "initial websocket connection to the `destination` URL.",
    )
    destination_password: str | None = Field(
        default=None,
        description="(optional) The password to send in the `Authorization` header of the "
        "initial websocket connection to the `destination` URL.",
    )
    stream_event_url: Annotated[str, AfterValidator(_event_url)] | None = Field(
        default=None,
        json_schema_extra={"format": "uri-reference"},
        description="(optional) URL to send the associated Webhook events to during this "
        "stream's lifetime. Does not accept BXML. May be a relative URL.",
    )
    stream_event_method: ClosedEnum[StreamEventMethod, StreamEventMethodValue] | None = Field(
        default=None,
        description="(optional) The HTTP method to use for the request to `streamEventUrl`. "
        "GET or POST. Default value is POST.",
    )
    username: str | None = Field(
        default=None,
        description="(optional) The username to send in the HTTP request to `streamEventUrl`. "
        "If specified, the URLs must be TLS-encrypted (i.e., `https`).",
    )
    password: str | None = Field(
        default=None,
        description="(optional) The password to send in the HTTP request to `streamEventUrl`. "
        "If specified, the URLs must be TLS-encrypted (i.e., `https`).",
    )
    stream_params: list[StreamParam] = Field(
        default_factory=list,
        max_length=MAX_STREAM_PARAMS,
        description="You may specify up to 12 `<StreamParam/>` elements nested within a "
        "`<StartStream>` tag. These elements define optional user specified parameters that "
        "will be sent to the destination URL when the stream is first started.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> StartStream:
        _pair(self, "destination_username", "destination_password")
        _pair(self, "username", "password")
        url = self.stream_event_url
        if self.username is not None and not (url is not None and url.lower().startswith("https:")):
            raise invalid(
                ("username",),
                "credentials_https",
                "Credentials for streamEventUrl need an absolute https streamEventUrl (they "
                "would travel in the clear, or to a URL whose scheme is not known here)",
                self.username,
            )
        unique_names(self.stream_params, "streamParams", "the server gets a name -> value map")
        return self


class StopStream(_BxmlElement):
    """``<StopStream>``: stop a stream started by a previous ``<StartStream>`` (no effect if
    the call has no stream of that name).

    >>> StopStream(name="live_audience", wait=True).to_xml()
    '<StopStream name="live_audience" wait="true"/>'
    """

    xml_tag: ClassVar[str] = "StopStream"

    name: str = Field(
        min_length=1,
        description="(required) The name of the stream to stop. This is either the user "
        "selected name when sending the `<StartStream>` verb, or the system generated name "
        "returned in the Media Stream Started webhook if `<StartStream>` was sent with no "
        "`name` attribute.",
    )
    wait: XmlBool | None = Field(
        default=None,
        description="(optional) If `true`, the BXML that follows waits until the stream has "
        "stopped (two-way streams need it). Default is `false`.",
    )


BxmlVerb = Annotated[StartStream | StopStream | RawVerb, verb_list]
"""A verb of a :class:`BxmlResponse`: a typed stream verb, or any other verb kept raw."""


class BxmlResponse(XmlDocument):
    """A BXML document: ``<Response>`` (or ``<Bxml>``, for an update of a live call) holding
    verbs in order, the stream verbs typed and every other verb a :class:`RawVerb`.

    ``to_xml()`` writes it whole, XML declaration first; ``from_xml()`` reads one, refusing a
    DTD, entities and oversized or deeply nested input (every XML body is read that way).

    >>> doc = BxmlResponse.from_xml(
    ...     '<Response><Pause duration="1"/><StopStream name="live_audience"/></Response>')
    >>> [type(verb).__name__ for verb in doc.verbs]
    ['RawVerb', 'StopStream']
    >>> BxmlResponse(root="Bxml", verbs=[StopStream(name="s1")]).to_xml(declaration=False)
    '<Bxml><StopStream name="s1"/></Bxml>'
    >>> BxmlResponse.from_xml('<Response><StartStream name="x"/></Response>')
    Traceback (most recent call last):
        ...
    voice_webhooks.PayloadError: invalid BxmlResponse payload: Response/StartStream[0]@destination:
    Field required
    """

    xml_tag: ClassVar[str] = "Response"
    verb_classes: ClassVar[tuple[type[XmlModel], ...]] = (StartStream, StopStream)
    _xml_ignored: ClassVar[frozenset[str]] = frozenset({"verbs", "root"})

    model_config = ConfigDict(alias_generator=camel_case)

    root: Literal["Response", "Bxml"] = Field(
        default="Response",
        description="The root element: `Response` (the answer to a callback) or `Bxml` (the "
        "body of a request that updates a live call with BXML).",
    )
    verbs: list[BxmlVerb] = Field(
        default_factory=list,
        description="The verbs, in the order Bandwidth executes them.",
    )

    @classmethod
    def _root_tags(cls) -> tuple[str, ...]:
        return ("Response", "Bxml")

    @classmethod
    def _prepare_xml(cls, data: dict[str, Any], node: Node) -> None:
        data["root"] = node.tag

    def _document_tag(self) -> str:
        return self.root
