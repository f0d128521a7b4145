"""The cXML instructions that start and stop a media stream, and the response that holds them.

SignalWire's ``<Stream>`` noun lives inside a verb, and the verb decides what it does:
``<Start><Stream>`` forks the call's audio to a WebSocket server and goes on with the next
instruction; ``<Connect><Stream>`` makes a two-way stream the call stays connected to;
``<Stop><Stream name="…"/>`` stops a named stream; a ``<Stream>`` inside ``<Dial><Conference>``
streams the conference.  The models follow the XML, one class per element:

* :class:`Start`, :class:`Connect`, :class:`Stop`: the verbs, named after their tags as
  Twilio's and SignalWire's SDKs name them.  Each holds one ``stream``.
* :class:`StreamNoun` (the ``<Stream>`` of ``<Start>`` and ``<Connect>``),
  :class:`StopStreamNoun` (the ``<Stream>`` of ``<Stop>``: a name only) and
  :class:`ConferenceStreamNoun` (the ``<Stream>`` of a ``<Conference>``, with its own
  attributes).  They end in *Noun* because :class:`~voice_webhooks.signalwire.Stream` is
  already the Streams API's response, and because they are what cXML calls them: nouns.
* :class:`StreamParameter`: a ``<Parameter>``, passed to the WebSocket server in the
  ``start`` message's ``customParameters``.
* :class:`CxmlResponse`: the ``<Response>`` document, with these verbs typed and every
  other verb (``<Say>``, ``<Dial>`` …) a :class:`RawVerb`, verbatim.

Built in Python they are validated strictly (a ``ws://`` or query-string URL, ``track`` other
than ``inbound_track`` on a two-way stream, an unknown codec, a parameter name given twice
fail at once); ``from_xml`` reads documents back, leniently unless ``strict=True``.

>>> from voice_webhooks import signalwire
>>> doc = signalwire.CxmlResponse(verbs=[
...     signalwire.Start(stream=signalwire.StreamNoun(
...         url="wss://your-application.com/audiostream",
...         parameters=[signalwire.StreamParameter(name="FirstName", value="Jane")])),
...     signalwire.RawVerb(xml="<Say>Streaming.</Say>"),
... ])
>>> print(doc.to_xml(declaration=False))  # doctest: +NORMALIZE_WHITESPACE
<Response><Start><Stream url="wss://your-application.com/audiostream"><Parameter
  name="FirstName" value="Jane"/></Stream></Start><Say>Streaming.</Say></Response>
>>> signalwire.CxmlResponse.from_xml(doc.to_xml()) == doc
True
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from .._enums import WireEnum
from .._errors import PayloadError
from .._urls import url_rule
from .._wire import DEFAULT_MAX_BYTES
from .._xml import (
    Binder,
    Node,
    RawVerb,
    XmlBool,
    XmlDocument,
    XmlModel,
    invalid,
    read_xml,
    unique_names,
    verb_list,
)
from ..types import ClosedEnum
from .enums import HttpMethod, HttpMethodValue, Track, TrackValue

__all__ = [
    "ConferenceStreamNoun",
    "Connect",
    "CxmlResponse",
    "CxmlVerb",
    "RawVerb",
    "Start",
    "Stop",
    "StopStreamNoun",
    "StreamNoun",
    "StreamNounCodec",
    "StreamNounCodecValue",
    "StreamParameter",
]


class StreamNounCodec(WireEnum):
    """The audio codec of a stream, with its sample rate. Default ``PCMU@8000h``.

    >>> StreamNounCodec("L16@24000h").name
    'L16_24000'
    """

    PCMU_8000 = "PCMU@8000h"
    """G.711 μ-law at 8000 Hz (the default); ``audio/x-mulaw`` in the ``start`` message."""
    L16_16000 = "L16@16000h"
    """Linear 16-bit PCM at 16000 Hz; ``audio/x-L16``."""
    L16_24000 = "L16@24000h"
    """Linear 16-bit PCM at 24000 Hz; ``audio/x-L16``."""


StreamNounCodecValue = Literal["PCMU@8000h", "L16@16000h", "L16@24000h"]
"""The values of :class:`StreamNounCodec`, for type checkers."""

_StreamUrl = Annotated[
    str,
    AfterValidator(url_rule(("wss",), what="A stream URL", relative=True, query=False)),
]
_CallbackUrl = Annotated[
    str, AfterValidator(url_rule(("http", "https"), what="A status callback URL", relative=True))
]
_NAME_DESCRIPTION = "Unique name for the Stream, per Call. It is used to stop a Stream by name."


class _CxmlElement(XmlModel):
    """Base of the cXML elements: camelCase attribute names (``statusCallbackMethod``)."""

    model_config = ConfigDict(alias_generator=to_camel)


class StreamParameter(_CxmlElement):
    """``<Parameter>``: a custom key-value pair passed to the WebSocket server, in the
    ``start`` message's ``customParameters``.

    >>> StreamParameter(name="Cookie", value="948f9938").to_xml()
    '<Parameter name="Cookie" value="948f9938"/>'
    """

    xml_tag: ClassVar[str] = "Parameter"

    name: str = Field(min_length=1, description="The name of the custom parameter.")
    value: str = Field(description="The value of the custom parameter.")


def _inbound_only(track: Any, loc: tuple[str, ...]) -> None:
    """A two-way stream takes only ``inbound_track`` (a value this version does not know,
    kept by a lenient read, is left to SignalWire)."""
    if track in (Track.OUTBOUND_TRACK, Track.BOTH_TRACKS):
        raise invalid(
            loc,
            "track_bidirectional",
            "A bidirectional stream takes only inbound_track",
            track.value,
        )


class _Stream(_CxmlElement):
    """The attributes and parameters every ``<Stream>`` that starts a stream has, in the
    order they are written (a subclass's own attributes follow them)."""

    xml_tag: ClassVar[str] = "Stream"

    name: str | None = Field(default=None, min_length=1, description=_NAME_DESCRIPTION)
    url: _StreamUrl = Field(
        json_schema_extra={"format": "uri-reference"},
        description="Absolute or relative URL. A WebSocket connection to the url will be "
        "established and audio will start flowing towards the Websocket server. The only "
        "supported protocol is `wss`. For security reasons `ws` is NOT supported. The url does "
        "not support query string parameters: pass custom parameters instead.",
    )
    track: ClosedEnum[Track, TrackValue] | None = Field(
        default=None,
        description="This attribute can be one of: `inbound_track`, `outbound_track`, "
        "`both_tracks`. For `both_tracks` there will be both `inbound_track` and "
        "`outbound_track` events. If the stream is bidirectional, the only available attribute "
        "is `inbound_track`. Default is `inbound_track`.",
    )
    codec: ClosedEnum[StreamNounCodec, StreamNounCodecValue] | None = Field(
        default=None,
        description="Specifies the audio codec for the stream: `PCMU@8000h` (the default), "
        "`L16@16000h` or `L16@24000h`.",
    )
    realtime: XmlBool | None = Field(
        default=None,
        description="If `true`, and the stream is bidirectional, the stream offers a realtime "
        "experience to the call parties by managing packet delays and bursts. If `false`, the "
        "call parties benefit from buffered audio, which can be played out with delay. Default "
        "is `false`.",
    )
    status_callback: _CallbackUrl | None = Field(
        default=None,
        description="Absolute or relative URL. SignalWire will make a HTTP GET or POST request "
        "to this URL when a Stream is started, stopped or there is an error.",
    )
    status_callback_method: ClosedEnum[HttpMethod, HttpMethodValue] | None = Field(
        default=None,
        description="GET or POST. The type of HTTP request to use when requesting a "
        "statusCallback. Default is POST.",
    )
    parameters: list[StreamParameter] = Field(
        default_factory=list,
        description="Custom parameters (`<Parameter>` nouns) passed to the WebSocket server, "
        "as JSON in the `start` message.",
    )

    @model_validator(mode="after")
    def _unique_parameters(self) -> _Stream:
        unique_names(self.parameters, "parameters", "the server gets a JSON object")
        return self


class StreamNoun(_Stream):
    """``<Stream>`` inside ``<Start>`` or ``<Connect>``: stream the call's audio over a
    WebSocket to ``url``.

    >>> StreamNoun(name="mystream", url="wss://mystream.ngrok.io/audiostream").to_xml()
    '<Stream name="mystream" url="wss://mystream.ngrok.io/audiostream"/>'
    >>> StreamNoun(url="wss://a.example/audio?tenant=1")
    Traceback (most recent call last):
        ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for StreamNoun
    url
      A stream URL takes no query string (pass parameters instead) ...
    """

    auth_bearer_token: str | None = Field(
        default=None,
        description="An authentication Bearer token that can be supplied when starting a "
        "stream. The remote server can then authenticate the websocket connection request from "
        "the supplied token (sent as `Authorization: Bearer <token>`).",
    )


class StopStreamNoun(_CxmlElement):
    """``<Stream>`` inside ``<Stop>``: the stream to stop, by name.

    >>> StopStreamNoun(name="mystream").to_xml()
    '<Stream name="mystream"/>'
    """

    xml_tag: ClassVar[str] = "Stream"

    name: str = Field(
        min_length=1,
        description="The unique name of the stream to stop, as given when it was started.",
    )


class ConferenceStreamNoun(_Stream):
    """``<Stream>`` inside ``<Dial><Conference>``: stream a conference.

    Write it into your ``<Conference>`` with :meth:`RawVerb.element`; a
    :class:`CxmlResponse` read with ``from_xml`` checks every one and gives them typed by
    :meth:`CxmlResponse.conference_streams`.  Its ``name`` is required, and a bidirectional
    one (``bidir``) takes only ``inbound_track``.

    >>> ConferenceStreamNoun(name="my_conference_stream", url="wss://ws.example/",
    ...                      stream_start_conference_on_enter=True, bidir=True).to_xml()
    '<Stream name="my_conference_stream" url="wss://ws.example/"
     streamStartConferenceOnEnter="true" bidir="true"/>'
    """

    name: str = Field(min_length=1, description=_NAME_DESCRIPTION)  # pyright: ignore[reportIncompatibleVariableOverride]
    stream_start_conference_on_enter: XmlBool | None = Field(
        default=None,
        description="Controls if streaming begins automatically when joining a conference.",
    )
    bidir: XmlBool | None = Field(
        default=None, description="Defines if stream supports bidirectional communication."
    )
    stream_ssl_validate_certificate: XmlBool | None = Field(
        default=None,
        description="Enable SSL certificate validation for the WebSocket connection. Default "
        "is `false`.",
    )

    @model_validator(mode="after")
    def _two_way_track(self) -> ConferenceStreamNoun:
        if self.bidir:
            _inbound_only(self.track, ("track",))
        return self


class _StreamVerb(_CxmlElement):
    """A verb that holds a ``<Stream>``: read as one only when it does (``<Start><Siprec>``,
    ``<Connect><Room>`` … are other instructions, kept as :class:`RawVerb` s)."""

    @classmethod
    def claims(cls, node: Node) -> bool:
        return node.tag == cls.xml_tag and bool(node.named("Stream"))


class Start(_StreamVerb):
    """``<Start><Stream>``: start streaming the call's audio, asynchronously: the next
    instruction runs at once (with none, the call ends).

    >>> Start(stream=StreamNoun(url="wss://your-application.com/audiostream")).to_xml()
    '<Start><Stream url="wss://your-application.com/audiostream"/></Start>'
    """

    xml_tag: ClassVar[str] = "Start"

    stream: StreamNoun = Field(description="The stream to start.")


class Connect(_StreamVerb):
    """``<Connect><Stream>``: a bidirectional stream: the WebSocket server hears the call and
    can play audio into it.  Its stream takes only ``inbound_track``.

    >>> Connect(stream=StreamNoun(url="wss://mystream.ngrok.io/audiostream")).to_xml()
    '<Connect><Stream url="wss://mystream.ngrok.io/audiostream"/></Connect>'
    >>> Connect(stream=StreamNoun(url="wss://a.example/s", track="both_tracks"))
    Traceback (most recent call last):
        ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Connect
    stream.track
      A bidirectional stream takes only inbound_track ...
    """

    xml_tag: ClassVar[str] = "Connect"

    stream: StreamNoun = Field(description="The bidirectional stream to connect the call to.")

    @model_validator(mode="after")
    def _two_way_track(self) -> Connect:
        _inbound_only(self.stream.track, ("stream", "track"))
        return self


class Stop(_StreamVerb):
    """``<Stop><Stream name="…"/>``: stop a stream started with a name.

    >>> Stop(stream=StopStreamNoun(name="mystream")).to_xml()
    '<Stop><Stream name="mystream"/></Stop>'
    """

    xml_tag: ClassVar[str] = "Stop"

    stream: StopStreamNoun = Field(description="The stream to stop.")


CxmlVerb = Annotated[Start | Connect | Stop | RawVerb, verb_list]
"""A verb of a :class:`CxmlResponse`: a typed stream instruction, or any other verb kept raw."""


def _conference_streams(node: Node, binder: Binder) -> list[ConferenceStreamNoun | None]:
    """The ``<Stream>`` s of the ``<Conference>`` s of a ``<Dial>``, read (``None`` where one
    has problems, which ``binder`` records)."""
    return [
        binder.bind(ConferenceStreamNoun, stream)
        for conference in node.named("Conference")
        for stream in conference.named("Stream")
    ]


class CxmlResponse(XmlDocument):
    """A cXML ``<Response>``: instructions in order, the stream verbs typed and every other
    verb a :class:`RawVerb`, kept verbatim.

    Reading one with ``from_xml`` also checks the conference streams inside its ``<Dial>``
    verbs (see :meth:`conference_streams`).

    >>> doc = CxmlResponse.from_xml(
    ...     '<Response><Stop><Stream name="mystream"/></Stop><Hangup/></Response>')
    >>> [type(verb).__name__ for verb in doc.verbs]
    ['Stop', 'RawVerb']
    >>> CxmlResponse.from_xml('<Response><Connect><Stream url="wss://a.example/s"'
    ...                       ' track="both_tracks"/></Connect></Response>')
    Traceback (most recent call last):
        ...
    voice_webhooks.PayloadError: invalid CxmlResponse payload: Response/Connect[0]/Stream[0]@track:
    A bidirectional stream takes only inbound_track ...
    """

    xml_tag: ClassVar[str] = "Response"
    verb_classes: ClassVar[tuple[type[XmlModel], ...]] = (Start, Connect, Stop)

    model_config = ConfigDict(alias_generator=to_camel)

    verbs: list[CxmlVerb] = Field(
        default_factory=list,
        description="The instructions, in the order SignalWire executes them.",
    )

    @classmethod
    def _check_raw(cls, node: Node, binder: Binder) -> None:
        if node.tag == "Dial":
            _conference_streams(node, binder)

    def conference_streams(
        self, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
    ) -> list[ConferenceStreamNoun]:
        """The ``<Stream>`` nouns of the conferences this document dials, typed, in order.

        ``strict=True`` refuses unknown attributes and elements in them.  Raises
        :class:`~voice_webhooks.PayloadError` (paths from the ``<Dial>``) for one that is wrong.

        >>> doc = CxmlResponse.from_xml(
        ...     '<Response><Dial><Conference>room<Stream name="s" url="wss://a.example/"'
        ...     ' bidir="true"/></Conference></Dial></Response>')
        >>> [(s.name, s.bidir) for s in doc.conference_streams()]
        [('s', True)]
        """
        found: list[ConferenceStreamNoun] = []
        for verb in self.verbs:
            if not (isinstance(verb, RawVerb) and verb.tag == "Dial"):
                continue
            node, data = read_xml(verb.xml, subject="conference stream", max_bytes=max_bytes)
            binder = Binder(data, strict)
            streams = _conference_streams(node, binder)
            if binder.problems:
                raise PayloadError(binder.problems, subject="conference stream")
            found += [stream for stream in streams if stream is not None]
        return found
