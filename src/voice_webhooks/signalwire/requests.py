"""The request bodies of the Streams API: create a stream, and update (stop) one, for a call
(:class:`CreateStreamRequest`, :class:`UpdateStreamRequest`) or a conference
(:class:`CreateConferenceStreamRequest`, :class:`UpdateConferenceStreamRequest`).

All are ``application/x-www-form-urlencoded`` forms sent with HTTP Basic auth (project id and
API token on SignalWire, account SID and auth token on Twilio) to the paths of
:mod:`voice_webhooks.signalwire.paths`.  Nothing the user did not set is sent: the provider's
own defaults apply (they disagree on ``Track``'s, see :class:`~voice_webhooks.signalwire.Track`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .._wire import SentModel
from ..types import ClosedEnum
from ._base import SignalWireForm
from ._fields import SentStreamTrack, StreamName
from ._form_values import FormBool
from ._parameters import (
    MAX_PARAMETERS,
    Parameters,
    ParametersSchema,
    fold_parameters,
    parameter_fields,
)
from .enums import (
    HttpMethod,
    HttpMethodValue,
    StreamCodec,
    StreamCodecValue,
    StreamUpdateStatus,
    StreamUpdateStatusValue,
)

__all__ = [
    "CreateConferenceStreamRequest",
    "CreateStreamRequest",
    "UpdateConferenceStreamRequest",
    "UpdateStreamRequest",
]

_URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_NOT_IN_URLS = re.compile(r"[\x00-\x20\x7f]")
_PARAMETERS_ALIAS = "Parameters"  # the field's alias: never on the wire, where it is spread out
_PARAMETER_KEYS = r"^Parameter([1-9]|[1-9][0-9])\.(Name|Value)$"
_ANY_PARAMETER_KEY = r"^Parameter[0-9]+\.(Name|Value)$"


def _websocket_url(value: str) -> str:
    """A ``wss://`` URL with a host, or a relative URL (no scheme): what SignalWire accepts."""
    if _NOT_IN_URLS.search(value):
        raise PydanticCustomError("url_parsing", "URL contains white space or control characters")
    scheme = _URL_SCHEME.match(value)
    if scheme is None:
        return value  # relative, resolved by the provider
    if scheme.group(1).lower() != "wss":
        raise PydanticCustomError(
            "url_scheme",
            "URL scheme should be wss (the only protocol SignalWire supports; ws is refused for "
            "security) or absent (a relative URL); got {scheme}",
            {"scheme": scheme.group(1)},
        )
    try:
        host = urlsplit(value).hostname
    except ValueError:  # a malformed IPv6 host
        host = None
    if not host:
        raise PydanticCustomError("url_host", "A wss URL needs a host: wss://host/path")
    return value


_CALLBACK_URL = r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]+"


def _callback_url(value: str) -> str:
    """An absolute http(s) URL with a host: where SignalWire can deliver status callbacks."""
    scheme = _URL_SCHEME.match(value)
    if scheme is None or scheme.group(1).lower() not in ("http", "https"):
        raise PydanticCustomError(
            "url_scheme", "A status callback URL should be absolute, with scheme http or https"
        )
    if _NOT_IN_URLS.search(value):
        raise PydanticCustomError("url_parsing", "URL contains white space or control characters")
    try:
        host = urlsplit(value).hostname
    except ValueError:  # a malformed IPv6 host
        host = None
    if not host:
        raise PydanticCustomError(
            "url_host", "A status callback URL needs a host: https://host/path"
        )
    return value


def _wire_parameters_schema(schema: dict[str, Any]) -> None:
    """JSON Schema of the wire form: the parameters as the numbered keys they are sent as."""
    properties = schema.get("properties", {})
    described = properties.pop(_PARAMETERS_ALIAS, {})
    schema["patternProperties"] = {
        _PARAMETER_KEYS: {"type": "string", "description": described.get("description", "")}
    }
    # What fold_parameters requires of the keys (all but "no name twice", which no schema
    # can say): numbers 1 to 99 without leading zeros, names and values in pairs, no gaps.
    schema["propertyNames"] = {
        "anyOf": [{"pattern": _PARAMETER_KEYS}, {"not": {"pattern": _ANY_PARAMETER_KEY}}]
    }
    schema["dependentRequired"] = {
        f"Parameter{number}.{part}": [
            f"Parameter{number}.{other}",
            *([f"Parameter{number - 1}.Name"] if number > 1 else []),
        ]
        for number in range(1, MAX_PARAMETERS + 1)
        for part, other in (("Name", "Value"), ("Value", "Name"))
    }


class _StreamRequest(SentModel, SignalWireForm):
    """The fields of a request that starts a stream, of a call or of a conference."""

    model_config = ConfigDict(json_schema_extra=_wire_parameters_schema)

    url: Annotated[str, AfterValidator(_websocket_url)] = Field(
        min_length=1,
        description="Absolute or relative URL. A WebSocket connection to the url will be "
        "established and audio will start flowing towards the Websocket server. The only "
        "supported protocol is wss. For security reasons ws is NOT supported.",
        json_schema_extra={"format": "uri-reference"},  # a wss URL or a relative one
    )
    name: StreamName = None
    track: SentStreamTrack = None
    status_callback: Annotated[str, AfterValidator(_callback_url)] | None = Field(
        default=None,
        description="The URL to request to when stream is available (absolute, http or https).",
        json_schema_extra={"format": "uri", "pattern": _CALLBACK_URL},
    )
    status_callback_method: ClosedEnum[HttpMethod, HttpMethodValue] | None = Field(
        default=None,
        description="Whether the request to StatusCallback URL is a GET or a POST. "
        "Default is POST.",
    )
    authorization_bearer_token: str | None = Field(
        default=None,
        description="A bearer token sent to the WebSocket server, for it to authenticate "
        "the stream.",
    )
    # No alias= here: the generator gives _PARAMETERS_ALIAS, and type checkers then take
    # `parameters=` (not `Parameters=`) as the keyword of __init__.  The value is a
    # `Parameters` (a dict), which keeps a repeated name too.
    parameters: Annotated[dict[str, str], ParametersSchema()] = Field(
        default_factory=dict,
        description="Custom parameters (name and value) to pass towards the wss server, up to "
        f"{MAX_PARAMETERS}; sent as Parameter1.Name, Parameter1.Value, … in this order. A "
        "name may be given more than once (build them as Parameters([(name, value), …])).",
    )

    @model_validator(mode="before")
    @classmethod
    def _fold_parameters(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            return fold_parameters(data, title=cls.__name__)
        return data

    @model_serializer(mode="wrap")
    def _spread_parameters(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if not info.by_alias or _PARAMETERS_ALIAS not in data:
            return data
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key == _PARAMETERS_ALIAS:
                out.update(parameter_fields(self.parameters))
            else:
                out[key] = value
        return out

    @property
    def parameter_pairs(self) -> tuple[tuple[str, str], ...]:
        """The custom parameters as ``(name, value)`` pairs, in order, a repeated name every
        time it is given (:attr:`parameters` maps each name to its last value)."""
        params = self.parameters
        return params.pairs if isinstance(params, Parameters) else tuple(params.items())


class CreateStreamRequest(_StreamRequest):
    """Create Stream: start streaming a call's audio to a WebSocket server.

    ``POST /api/laml/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams``
    (:func:`~voice_webhooks.signalwire.paths.create_stream_path`).  The custom parameters are
    a ``dict`` here (a :class:`~voice_webhooks.signalwire.Parameters`, which also keeps a
    repeated name, in :attr:`parameter_pairs`) and ``Parameter1.Name``/``Parameter1.Value`` …
    on the wire.

    >>> req = CreateStreamRequest(url="wss://ws.example/audio", name="s1", track="both_tracks",
    ...                           parameters={"tenant": "42"})
    >>> req.to_form()  # doctest: +NORMALIZE_WHITESPACE
    {'Url': 'wss://ws.example/audio', 'Name': 's1', 'Track': 'both_tracks',
     'Parameter1.Name': 'tenant', 'Parameter1.Value': '42'}
    >>> CreateStreamRequest.from_form(req.to_form_body()) == req
    True
    >>> twice = CreateStreamRequest.from_form(
    ...     "Url=wss%3A%2F%2Fws.example&Parameter1.Name=a&Parameter1.Value=1"
    ...     "&Parameter2.Name=a&Parameter2.Value=2")
    >>> twice.parameters, twice.parameter_pairs
    (Parameters([('a', '1'), ('a', '2')]), (('a', '1'), ('a', '2')))
    """


class CreateConferenceStreamRequest(_StreamRequest):
    """Create Conference Stream: start streaming a conference's audio to a WebSocket server.

    ``POST /api/laml/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Streams``
    (:func:`~voice_webhooks.signalwire.paths.create_conference_stream_path`).  The fields of
    :class:`CreateStreamRequest`, and the codec and real-time mode of the stream.

    >>> req = CreateConferenceStreamRequest(url="wss://ws.example/audio",
    ...                                     stream_codec="L16@16000h", stream_real_time=True)
    >>> req.to_form()
    {'Url': 'wss://ws.example/audio', 'StreamCodec': 'L16@16000h', 'StreamRealTime': 'true'}
    >>> CreateConferenceStreamRequest.from_form(req.to_form()) == req
    True
    """

    stream_codec: ClosedEnum[StreamCodec, StreamCodecValue] | None = Field(
        default=None, description="The audio codec to use for the stream."
    )
    stream_real_time: FormBool | None = Field(
        default=None, description="Enable real-time streaming for the conference stream."
    )


class UpdateStreamRequest(SentModel, SignalWireForm):
    """Update Stream: stop a stream (``Status=stopped``).

    ``POST …/Calls/{CallSid}/Streams/{Sid}``
    (:func:`~voice_webhooks.signalwire.paths.update_stream_path`); Twilio also accepts the
    stream's name in place of its SID.

    >>> UpdateStreamRequest(status="stopped").to_form()
    {'Status': 'stopped'}
    >>> UpdateStreamRequest.from_form(b"Status=stopped").status
    <StreamUpdateStatus.STOPPED: 'stopped'>
    """

    status: ClosedEnum[StreamUpdateStatus, StreamUpdateStatusValue] = Field(
        description="The status of the stream. Set it to `stopped` to stop the stream."
    )


class UpdateConferenceStreamRequest(UpdateStreamRequest):
    """Update Conference Stream: stop a conference stream (``Status=stopped``).

    ``POST …/Conferences/{ConferenceSid}/Streams/{Sid}``
    (:func:`~voice_webhooks.signalwire.paths.update_conference_stream_path`).

    >>> UpdateConferenceStreamRequest(status="stopped").to_form_body()
    'Status=stopped'
    """
