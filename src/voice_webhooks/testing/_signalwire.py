"""Factories of SignalWire payloads: Streams API requests and responses, status callbacks.

SIDs are UUIDs, as SignalWire's are; ``uri`` and the recording and transcription URLs hold the
SIDs they name; a stream callback reports ``stream-error`` with a ``StreamError`` and nothing
else with one; a call reports ``CallDuration`` when it is ``completed`` only.

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

from datetime import timedelta
from urllib.parse import quote

from pydantic import Field

from ..signalwire import (
    CallDirection,
    CallStatus,
    CallStatusCallback,
    ConferenceStream,
    CreateConferenceStreamRequest,
    CreateStreamRequest,
    ErrorListResponse,
    ErrorResponse,
    HttpMethod,
    RecordingSource,
    RecordingStatus,
    RecordingStatusCallback,
    Stream,
    StreamCodec,
    StreamErrorCode,
    StreamEvent,
    StreamStatus,
    StreamStatusCallback,
    StreamUpdateStatus,
    Track,
    TranscriptionStatus,
    TranscriptionStatusCallback,
    UnknownCallback,
    UpdateConferenceStreamRequest,
    UpdateStreamRequest,
)
from ..signalwire._base import SignalWireForm
from ..signalwire.paths import LAML_PREFIX
from ._draft import Draft
from ._factory import Factory
from ._times import whole_seconds
from ._values import Values

__all__ = [
    "call_status_callback",
    "conference_stream_response",
    "create_conference_stream_request",
    "create_stream_request",
    "error_list_response",
    "error_response",
    "recording_status_callback",
    "stream_response",
    "stream_status_callback",
    "transcription_status_callback",
    "unknown_callback",
    "update_conference_stream_request",
    "update_stream_request",
]

_STREAM_NAME = "my_first_stream"
_API_VERSION = "2010-04-01"
_NO_ERROR = "null"  # what SignalWire writes in error_code when there is none
_ERROR_CODES = (_NO_ERROR, 31920, "31921")
_SPACE = "https://example.signalwire.com"


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


def _create_conference(draft: Draft, values: Values) -> None:
    _create(draft, values)
    draft.field(
        "stream_codec",
        values.choice(list(StreamCodec), StreamCodec.PCMU),
        include=values.present(False),
    )
    draft.field(
        "stream_real_time", values.choice([True, False], True), include=values.present(False)
    )


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


def _stream_dates(draft: Draft, values: Values) -> None:
    """``date_created`` (sent by some API versions only) at or before ``date_updated``."""
    created = whole_seconds(values.instant())
    created = draft.field("date_created", created, include=values.present(False))
    updated = whole_seconds(values.later(created, timedelta(minutes=5)))
    draft.field("date_updated", updated)


def _stream_uri(account_sid: object, parent: str, sid: object) -> str:
    account, stream = quote(str(account_sid), safe=""), quote(str(sid), safe="")
    return f"{LAML_PREFIX}/Accounts/{account}/{parent}/Streams/{stream}.json"


def _stream(draft: Draft, values: Values) -> None:
    account_sid = draft.field("account_sid", values.uuid())
    draft.field("api_version", _API_VERSION, include=values.present(True))
    parent = _call_or_conference(draft, values)
    sid = draft.field("sid", values.uuid())
    draft.field("name", values.nullable(values.text(_STREAM_NAME)), include=values.present(True))
    draft.field("status", values.choice(list(StreamStatus), StreamStatus.IN_PROGRESS))
    _stream_dates(draft, values)
    draft.field("error_code", values.choice(_ERROR_CODES, _NO_ERROR), include=values.present(True))
    draft.field("uri", _stream_uri(account_sid, parent, sid))


def _conference_stream(draft: Draft, values: Values) -> None:
    account_sid = draft.field("account_sid", values.uuid())
    conference_sid = draft.field("conference_sid", values.uuid())
    sid = draft.field("sid", values.uuid())
    name = values.nullable(values.text("my_conference_stream"))
    draft.field("name", name, include=values.present(True))
    draft.field("status", values.choice(list(StreamStatus), StreamStatus.QUEUED))
    _stream_dates(draft, values)
    conference = f"Conferences/{quote(str(conference_sid), safe='')}"
    draft.field("uri", _stream_uri(account_sid, conference, sid))


def _error(draft: Draft, values: Values) -> None:
    draft.field("code", values.integer(20003, 10000, 99999))
    draft.field("message", values.text("Authentication failed"))
    draft.field(
        "more_info",
        "https://signalwire.com/docs/compatibility-api/reference/errors",
        include=values.present(True),
    )
    draft.field("status", values.integer(401, 400, 599))


def _error_list(draft: Draft, values: Values) -> None:
    count = values.integer(1, 0, 3)
    draft.field("errors", [values.text("Url is invalid") for _ in range(count)])


def _recording_url(account_sid: object, recording_sid: object) -> str:
    account, recording = quote(str(account_sid), safe=""), quote(str(recording_sid), safe="")
    return f"{_SPACE}{LAML_PREFIX}/Accounts/{account}/Recordings/{recording}"


def _call_status(draft: Draft, values: Values) -> None:
    account_sid = draft.field("account_sid", values.uuid())
    draft.field("api_version", _API_VERSION, include=values.present(True))
    draft.field("call_sid", values.uuid())
    draft.field("parent_call_sid", values.uuid(), include=values.present(False))
    status = draft.field("call_status", values.choice(list(CallStatus), CallStatus.COMPLETED))
    draft.field(
        "direction",
        values.choice(list(CallDirection), CallDirection.OUTBOUND_API),
        include=values.present(True),
    )
    draft.field("from_", values.phone())
    draft.field("to", values.phone())
    draft.field("caller_name", values.text("Jane Smith"), include=values.present(False))
    draft.field("forwarded_from", values.phone(), include=values.present(False))
    draft.field("timestamp", whole_seconds(values.instant()))
    draft.field("callback_source", "call-progress-events", include=values.present(True))
    draft.field("sequence_number", values.integer(4, 0, 20), include=values.present(True))
    draft.field(
        "call_duration",
        values.integer(94, 0, 86_400),
        include=status == CallStatus.COMPLETED and values.present(True),
    )
    draft.field("sip_result_code", "200", include=values.present(True))
    draft.field("sip_invite_result_phrase", values.text("OK"), include=values.present(True))
    draft.field("hangup_by", values.phone(), include=values.present(False))
    draft.field(
        "hangup_direction", values.choice(["inbound", "outbound"], "inbound"),
        include=values.present(False),
    )  # fmt: skip
    recorded = values.present(False)
    recording_sid = draft.field("recording_sid", values.uuid(), include=recorded)
    draft.field(
        "recording_url",
        _recording_url(account_sid, recording_sid),
        include=values.present(recorded),
    )
    draft.field(
        "recording_duration", values.integer(94, 0, 86_400), include=values.present(recorded)
    )
    draft.field(
        "audio_in_mos", values.choice(["4.3", "1.0", "4.5"], "4.3"), include=values.present(True)
    )
    for name, typical in _AUDIO_COUNTERS.items():
        draft.field(name, values.integer(typical, 0, 100_000), include=values.present(True))


_AUDIO_COUNTERS = {  # the spec's example values
    "audio_in_average_ptime": 20,
    "audio_in_media_packet_count": 1842,
    "audio_in_dtmf_packet_count": 0,
    "audio_in_flush_packet_count": 2,
    "audio_in_skip_packet_count": 1,
    "audio_in_jitter_max_variance": 8,
    "audio_in_jitter_min_variance": 1,
    "audio_in_largest_jb_size": 4,
    "audio_out_media_packet_count": 1840,
    "audio_out_dtmf_packet_count": 0,
}


def _recording_status(draft: Draft, values: Values) -> None:
    account_sid = draft.field("account_sid", values.uuid())
    draft.field("call_sid", values.uuid())
    recording_sid = draft.field("recording_sid", values.uuid())
    draft.field("recording_url", _recording_url(account_sid, recording_sid))
    draft.field("recording_status", values.choice(list(RecordingStatus), RecordingStatus.COMPLETED))
    draft.field("recording_duration", values.integer(94, 0, 86_400))
    draft.field("recording_channels", values.choice([1, 2], 1))
    draft.field(
        "recording_source", values.choice(list(RecordingSource), RecordingSource.RECORD_VERB)
    )


def _transcription_status(draft: Draft, values: Values) -> None:
    account_sid = values.uuid()
    sid = draft.field("transcription_sid", values.uuid())
    draft.field(
        "transcription_text",
        values.text("Hello, I'd like to schedule an appointment for next Tuesday."),
    )
    draft.field(
        "transcription_status",
        values.choice(list(TranscriptionStatus), TranscriptionStatus.COMPLETED),
    )
    account = quote(account_sid, safe="")
    draft.field(
        "transcription_url",
        f"{_SPACE}{LAML_PREFIX}/Accounts/{account}/Transcriptions/{quote(str(sid), safe='')}",
    )
    recording_sid = draft.field("recording_sid", values.uuid())
    draft.field("recording_url", _recording_url(account_sid, recording_sid))


class _ConferenceStatusCallback(SignalWireForm):
    """The fields of a conference status callback: a callback :func:`parse_callback` does not
    model, so an :class:`~voice_webhooks.signalwire.UnknownCallback`."""

    account_sid: str = Field(description="The project.")
    conference_sid: str = Field(description="The conference.")
    friendly_name: str = Field(description="The conference's name.")
    status_callback_event: str = Field(description="What happened.")
    call_sid: str | None = Field(default=None, description="The participant's call.")
    sequence_number: str = Field(description="The order of the events.")
    timestamp: str = Field(description="When it happened.")


def _unknown_callback(draft: Draft, values: Values) -> None:
    draft.field("account_sid", values.uuid())
    draft.field("conference_sid", values.uuid())
    draft.field("friendly_name", values.text("my_conference"))
    event = values.choice(
        ["conference-start", "participant-join", "participant-leave", "conference-end"],
        "participant-join",
    )
    draft.field("status_callback_event", event)
    draft.field("call_sid", values.uuid(), include=event.startswith("participant"))
    draft.field("sequence_number", str(values.integer(1, 0, 20)))
    draft.field("timestamp", "Thu, 04 Apr 2024 18:32:15 +0000")


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

create_conference_stream_request: Factory[CreateConferenceStreamRequest] = Factory(
    "create_conference_stream_request", CreateConferenceStreamRequest, _create_conference
)
update_conference_stream_request: Factory[UpdateConferenceStreamRequest] = Factory(
    "update_conference_stream_request", UpdateConferenceStreamRequest, _update
)
conference_stream_response: Factory[ConferenceStream] = Factory(
    "conference_stream_response", ConferenceStream, _conference_stream
)
error_list_response: Factory[ErrorListResponse] = Factory(
    "error_list_response", ErrorListResponse, _error_list
)
call_status_callback: Factory[CallStatusCallback] = Factory(
    "call_status_callback", CallStatusCallback, _call_status
)
recording_status_callback: Factory[RecordingStatusCallback] = Factory(
    "recording_status_callback", RecordingStatusCallback, _recording_status
)
transcription_status_callback: Factory[TranscriptionStatusCallback] = Factory(
    "transcription_status_callback", TranscriptionStatusCallback, _transcription_status
)
unknown_callback: Factory[UnknownCallback] = Factory(
    "unknown_callback",
    UnknownCallback,
    _unknown_callback,
    fields_of=_ConferenceStatusCallback,
    strictly_valid=False,
)
"""Status callbacks :func:`~voice_webhooks.signalwire.parse_callback` does not know (a
conference's): lenient parsing gives an :class:`~voice_webhooks.signalwire.UnknownCallback`,
strict parsing refuses it."""
