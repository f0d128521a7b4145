"""Factories of SignalWire Streams API payloads: requests, responses, status callbacks.

SIDs are UUIDs, as SignalWire's are; ``uri`` holds the account, call (or conference) and stream
SIDs; a callback reports ``stream-error`` with a ``StreamError`` and nothing else with one.

>>> from voice_webhooks import signalwire
>>> from voice_webhooks.testing import create_stream_request, stream_status_callback
>>> create_stream_request(parameters={"tenant": "7"})["Parameter1.Value"]
'7'
>>> callback = stream_status_callback(stream_event="stream-error")
>>> callback["StreamError"]
'connection_refused'
>>> signalwire.StreamStatusCallback.from_form(callback, strict=True).stream_event.value
'stream-error'
"""

from __future__ import annotations

from urllib.parse import quote

from ..signalwire import (
    CreateStreamRequest,
    ErrorResponse,
    HttpMethod,
    Stream,
    StreamErrorCode,
    StreamEvent,
    StreamStatus,
    StreamStatusCallback,
    StreamUpdateStatus,
    Track,
    UpdateStreamRequest,
)
from ..signalwire.paths import LAML_PREFIX
from ._draft import Draft
from ._factory import Factory
from ._times import whole_seconds
from ._values import Values

__all__ = [
    "create_stream_request",
    "error_response",
    "stream_response",
    "stream_status_callback",
    "update_stream_request",
]

_STREAM_NAME = "my_first_stream"
_API_VERSION = "2010-04-01"
_NO_ERROR = "null"  # what SignalWire writes in error_code when there is none
_ERROR_CODES = (_NO_ERROR, 31920, "31921")


def _create(draft: Draft, values: Values) -> None:
    draft.field("url", values.stream_url("wss://media.example.com/audiostream"))
    draft.field("name", values.text(_STREAM_NAME), include=values.present(True))
    draft.field(
        "track", values.choice(list(Track), Track.BOTH_TRACKS), include=values.present(True)
    )
    draft.field(
        "status_callback",
        "https://app.example.com/stream-status",
        include=values.present(True),
    )
    draft.field(
        "status_callback_method",
        values.choice(list(HttpMethod), HttpMethod.POST),
        include=values.present(True),
    )
    draft.field(
        "authorization_bearer_token",
        values.uuid().replace("-", ""),
        include=values.present(False),
    )
    draft.field("parameters", values.parameters({"tenant": "42"}))


def _update(draft: Draft, values: Values) -> None:
    draft.field("status", values.choice(list(StreamUpdateStatus), StreamUpdateStatus.STOPPED))


def _call_or_conference(draft: Draft, values: Values) -> str:
    """``call_sid`` or (a conference stream) ``conference_sid``; the URI segment of the one
    sent."""
    conference = values.choice([False, True], False)
    call_sid = draft.field("call_sid", values.uuid(), include=not conference)
    conference_sid = draft.field("conference_sid", values.uuid(), include=conference)
    if draft.emitted("conference_sid") and not draft.emitted("call_sid"):
        return f"Conferences/{quote(str(conference_sid), safe='')}"
    return f"Calls/{quote(str(call_sid), safe='')}"


def _stream(draft: Draft, values: Values) -> None:
    account_sid = draft.field("account_sid", values.uuid())
    draft.field("api_version", _API_VERSION, include=values.present(True))
    parent = _call_or_conference(draft, values)
    sid = draft.field("sid", values.uuid())
    draft.field("name", values.nullable(values.text(_STREAM_NAME)), include=values.present(True))
    draft.field("status", values.choice(list(StreamStatus), StreamStatus.IN_PROGRESS))
    draft.field("date_updated", whole_seconds(values.instant()))
    draft.field("error_code", values.choice(_ERROR_CODES, _NO_ERROR), include=values.present(True))
    account, stream = quote(str(account_sid), safe=""), quote(str(sid), safe="")
    draft.field("uri", f"{LAML_PREFIX}/Accounts/{account}/{parent}/Streams/{stream}.json")


def _error(draft: Draft, values: Values) -> None:
    draft.field("code", values.integer(20003, 10000, 99999))
    draft.field("message", values.text("Authentication failed"))
    draft.field(
        "more_info",
        "https://signalwire.com/docs/compatibility-api/reference/errors",
        include=values.present(True),
    )
    draft.field("status", values.integer(401, 400, 599))


def _callback(draft: Draft, values: Values) -> None:
    draft.field("account_sid", values.uuid())
    _call_or_conference(draft, values)
    draft.field("stream_sid", values.uuid())
    draft.field("stream_name", values.text(_STREAM_NAME), include=values.present(True))
    draft.field(
        "stream_track",
        values.choice(list(Track), Track.BOTH_TRACKS),
        include=values.present(True),
    )
    event = draft.field(
        "stream_event", values.choice(list(StreamEvent), StreamEvent.STREAM_STARTED)
    )
    draft.field(
        "stream_error",
        values.choice(list(StreamErrorCode), StreamErrorCode.CONNECTION_REFUSED),
        include=event == StreamEvent.STREAM_ERROR,
    )
    draft.field("timestamp", values.instant())
    draft.field("unique_id", values.uuid(), include=values.present(False))


create_stream_request: Factory[CreateStreamRequest] = Factory(
    "create_stream_request", CreateStreamRequest, _create
)
update_stream_request: Factory[UpdateStreamRequest] = Factory(
    "update_stream_request", UpdateStreamRequest, _update
)
stream_response: Factory[Stream] = Factory("stream_response", Stream, _stream)
error_response: Factory[ErrorResponse] = Factory("error_response", ErrorResponse, _error)
stream_status_callback: Factory[StreamStatusCallback] = Factory(
    "stream_status_callback", StreamStatusCallback, _callback
)
