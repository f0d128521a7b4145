"""Factories of Bandwidth Voice webhook payloads: one for every event model, from its fields.

One builder serves every event.  It walks the model's fields and fills each by what it is: its
name (``callId``, ``mediaUrl``), the group it belongs to (a stream, a recording, the B leg of a
transfer) and its type, so a model added to the package has a factory with no code of its own.

Values are shaped like Bandwidth's: call ids ``c-…``, stream ids ``s-…``, recording ids
``r-…``, seven-digit account ids, E.164 numbers, URLs holding the ids they name, times at the
millisecond and stream durations at the nanosecond.  Times are in order: ``enqueuedTime <=
startTime <= answerTime <=`` (a stream's or a recording's start) ``<=`` its end ``<=
eventTime``, and durations agree with the times they span.  The documented scenario is the
default (an outbound call, a stream closed normally, a ``duplicate`` rejection with its
original stream, ``errorMessage`` only where something went wrong); the Hypothesis strategies
draw every other one.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import factory_for, media_stream_rejected, recording_available
>>> event = bandwidth.parse_event(media_stream_rejected(cause="track-limit"), strict=True)
>>> event.cause.value, event.original_media_stream is None
('track-limit', True)
>>> recording = recording_available.build(duration="PT1M")
>>> (recording.end_time - recording.start_time).total_seconds()
60.0
>>> factory_for(bandwidth.Disconnect)(cause="busy")["errorMessage"]
'Callee is busy'
"""

from __future__ import annotations

import enum
import re
import types
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Final, Union, get_args, get_origin

from .. import bandwidth as bw
from .._wire import WireModel
from ._draft import Draft
from ._factory import Factory
from ._times import elapsed, shift
from ._values import Values

__all__ = [
    "EVENT_FACTORIES",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "recording_available",
    "unknown_event",
]

_API: Final = "https://voice.bandwidth.com/api/v2"
_DESTINATION: Final = "wss://media.example.com/streams"
_TRACKS: Final = (
    [bw.StreamTrack.INBOUND, bw.StreamTrack.OUTBOUND],
    [bw.StreamTrack.INBOUND],
    [bw.StreamTrack.OUTBOUND],
    [bw.StreamTrack.OUTBOUND, bw.StreamTrack.INBOUND],
)
_UNKNOWN_EVENT_TYPE: Final = "mediaStreamPaused"  # no such event (yet)

# The documented scenario: the value an enumeration takes unless told otherwise (else its first
# member), by field first, then by enumeration.
_USUAL_BY_FIELD: Final[Mapping[str, enum.Enum]] = {
    "digit": bw.DtmfDigit.TWO,
    "terminating_digit": bw.DtmfDigit.POUND,
}
_USUAL: Final[Mapping[type[enum.Enum], enum.Enum]] = {
    bw.CallDirection: bw.CallDirection.OUTBOUND,
    bw.MediaStreamRejectedCause: bw.MediaStreamRejectedCause.DUPLICATE,
    bw.TranscriptionRejectedCause: bw.TranscriptionRejectedCause.DUPLICATE,
    bw.TranscriptionStatus: bw.TranscriptionStatus.AVAILABLE,
    bw.MachineDetectionValue: bw.MachineDetectionValue.ANSWERING_MACHINE,
}
# What one event type documents otherwise: an inbound call is what sends ``initiate``.
_EVENT_SCENARIO: Final[Mapping[str, Mapping[str, Any]]] = {
    "initiate": {"direction": bw.CallDirection.INBOUND},
}

# ``errorMessage`` by ``cause``; a cause not listed here (``closed``, ``hangup``) is no error.
_MESSAGES: Final[Mapping[str, str]] = {
    "connection-error": "Unable to connect to the {noun} destination",
    "duplicate": "A {noun} with the name {name} already exists",
    "error": "An internal error occurred",
    "track-limit": "The maximum number of tracks for this call has been reached",
    "busy": "Callee is busy",
    "timeout": "The call was not answered before the call timeout",
    "cancel": "The call was cancelled while ringing",
    "rejected": "The call was rejected by the callee",
    "callback-error": "The callback could not be delivered",
    "invalid-bxml": "Invalid BXML was returned by the callback",
    "application-error": "An unsupported action was tried on the call",
    "account-limit": "The account rate limit was reached",
    "node-capacity-exceeded": "The system capacity was reached",
    "unknown": "An unknown error happened on the call",
}
_NORMAL_CAUSES: Final = frozenset({"closed", "hangup"})
_OTHER_MESSAGE: Final = "Something went wrong"
_ORIGINALS: Final = frozenset({"original_media_stream", "original_transcription"})
_DETAILS: Final = ("real_time_transcription", "transcription")  # one of them, by either name

# Filled first, in this order (the rest follow in the model's order, ``_LAST`` at the end):
# what the others derive from.
_FIRST: Final = (
    "event_type", "direction", "account_id", "application_id", "from_", "to", "call_id",
    "call_url", "conference_id", "name", "parent_call_id", "transfer_caller_id", "transfer_to",
    "start_time", "enqueued_time", "answer_time", "recording_id", "end_time", "duration",
    "cause", *sorted(_ORIGINALS), "media_stream", *_DETAILS, "destination",
)  # fmt: skip
_LAST: Final = ("error_message", "error_id", "event_time")


class _Scene:
    """What one payload is about, shared by the builders of the event and its nested objects:
    the values source, the latest time so far, and the ids and names fields derive from."""

    def __init__(self, values: Values, event_type: str) -> None:
        self.values = values
        self.event_type = event_type
        self.clock: datetime | None = None
        self.call_start: datetime | None = None
        self.said: dict[str, Any] = {}  # python values of fields filled so far, by name

    def tick(self, moment: Any) -> None:
        """Note a time the payload holds: what comes after it is later."""
        if isinstance(moment, datetime) and (self.clock is None or moment > self.clock):
            self.clock = moment

    def later(self, typical: timedelta) -> datetime:
        """A time about ``typical`` after the latest so far (the first time of an event with
        no call: any instant)."""
        if self.clock is None:
            return self.values.instant()
        return self.values.later(self.clock, typical)


def _types_in(annotation: Any) -> list[Any]:
    found = [annotation]
    for arg in get_args(annotation):
        found += _types_in(arg)
    return found


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    for candidate in _types_in(annotation):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _model_in(annotation: Any) -> type[WireModel] | None:
    for candidate in _types_in(annotation):
        if isinstance(candidate, type) and issubclass(candidate, WireModel):
            return candidate
    return None


def _admits_none(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType) and type(None) in get_args(annotation)


class _Builder:
    """Fills one :class:`Draft` (an event, or an object inside one) field by field."""

    def __init__(self, draft: Draft, scene: _Scene) -> None:
        self.draft = draft
        self.scene = scene
        self.values = scene.values
        self.model = draft.model
        self.fields = self.model.model_fields
        # The optional fields of the B leg of a <Transfer>: all three or none.
        self.transfer_leg = issubclass(self.model, bw.TransferLegFields) and self.values.present(
            False
        )

    # -- filling ------------------------------------------------------------------------------

    def fill(self, skip: frozenset[str] = frozenset()) -> None:
        self.draft.reserve(*self.fields)
        first = [name for name in _FIRST if name in self.fields]
        last = [name for name in _LAST if name in self.fields]
        rest = [name for name in self.fields if name not in first and name not in last]
        for name in [*first, *rest, *last]:
            if name not in skip:
                self.fill_field(name)

    def put(self, name: str, default: Any, *, include: bool | None = None) -> Any:
        """Fill ``name``: always if it is required (sometimes ``null`` where it may be),
        otherwise when ``include`` says so (by default: as the values source decides)."""
        field = self.fields[name]
        if field.is_required():
            if _admits_none(field.annotation):
                default = self.values.nullable(default)
            include = True
        elif include is None:
            include = self.values.present(False)
        value = self.draft.field(name, default, include=include)
        self.scene.said[name] = value  # what derived fields follow, sent or not
        return value

    def time(self, name: str, default: datetime, *, include: bool | None = None) -> Any:
        """:meth:`put` for a time: the times filled after it follow it."""
        value = self.put(name, default, include=include)
        self.scene.tick(value)
        return value

    def nested(self, name: str, *, include: bool | None = None) -> Any:
        if self.fields[name].is_required():
            include = True
        elif include is None:
            include = self.values.present(False)

        def build(sub: Draft) -> Any:
            _Builder(sub, self.scene).fill()
            return sub

        self.draft.nested(name, build, include=include)

    def fill_field(self, name: str) -> None:
        rule = _RULES.get(name)
        if rule is not None and rule(self, name) is not _GENERIC:
            return
        self.generic(name)

    def generic(self, name: str) -> None:
        """A field no rule knows, filled by its type."""
        annotation = self.fields[name].annotation
        if _model_in(annotation) is not None:
            self.nested(name)
            return
        found = _enum_in(annotation)
        if found is not None:
            self.put(name, self.choice(name, found))
            return
        kinds = set(_types_in(annotation))
        if datetime in kinds:
            self.time(name, self.scene.later(timedelta(seconds=1)))
        elif timedelta in kinds:
            self.put(name, self.values.duration(timedelta(minutes=1)))
        elif bool in kinds:
            self.put(name, self.values.choice([False, True], False))
        elif int in kinds:
            self.put(name, self.values.integer(0, 0, 1000))
        elif float in kinds:
            self.put(name, self.values.choice([0.9, 0.0, 1.0], 0.9))
        elif dict in {get_origin(kind) for kind in kinds}:
            self.put(name, {"x-custom-header": "customer-value"})
        else:
            self.put(name, self.values.text(f"example {name}"))

    def choice(self, name: str, enum_cls: type[enum.Enum]) -> Any:
        scenario = _EVENT_SCENARIO.get(self.scene.event_type, {})
        usual = scenario.get(name) or _USUAL_BY_FIELD.get(name) or _USUAL.get(enum_cls)
        members = list(enum_cls)
        return self.values.choice(members, usual if usual is not None else members[0])

    def is_stream(self) -> bool:
        return issubclass(self.model, bw.StreamFields)

    def is_recording(self) -> bool:
        return issubclass(self.model, bw.RecordingFields)


_GENERIC: Final = object()  # what a rule returns to leave the field to the generic filling
_Rule = Callable[[_Builder, str], Any]


def _event_type(b: _Builder, name: str) -> None:
    tags = get_args(b.fields[name].annotation)
    b.draft.field(name, b.values.choice(list(tags), tags[0]))


def _account_id(b: _Builder, name: str) -> None:
    b.put(name, b.values.account_id(), include=b.values.present(True))


def _application_id(b: _Builder, name: str) -> None:
    b.put(name, b.values.uuid(), include=b.values.present(True))


def _phone(b: _Builder, name: str) -> None:
    if name in ("transfer_caller_id", "transfer_to"):
        b.put(name, b.values.phone(), include=b.transfer_leg)
    else:
        b.put(name, b.values.phone())


def _call_id(b: _Builder, name: str) -> None:
    b.put(name, b.values.bandwidth_id("c"))


def _call_url(b: _Builder, name: str) -> None:
    account = b.scene.said.get("account_id") or b.values.account_id()
    b.put(name, f"{_API}/accounts/{account}/calls/{b.scene.said['call_id']}")


def _conference_id(b: _Builder, name: str) -> None:
    b.put(name, b.values.bandwidth_id("conf"))


def _name(b: _Builder, name: str) -> Any:
    if b.is_stream():
        kind = "stream" if issubclass(b.model, bw.MediaStream) else "transcription"
        b.scene.said["stream_name"] = b.put(name, b.values.text(f"example_{kind}"))
        return None
    if issubclass(b.model, bw.ConferenceEvent):
        return b.put(name, b.values.text("my-conference"))
    return _GENERIC


def _id(b: _Builder, name: str) -> None:
    if issubclass(b.model, bw.MediaStream):
        b.put(name, b.values.bandwidth_id("s"))
    else:
        b.put(name, f"t-{b.values.uuid()}")


def _start_time(b: _Builder, name: str) -> None:
    scene = b.scene
    if b.is_stream():  # after the call was answered
        b.time(name, scene.later(timedelta(milliseconds=400)))
    elif b.is_recording():  # the recording's start, some seconds into the call
        scene.call_start = b.values.instant()
        scene.tick(scene.call_start)
        b.time(name, scene.later(timedelta(seconds=5)))
    else:
        scene.call_start = b.time(name, b.values.instant())


def _enqueued_time(b: _Builder, name: str) -> None:
    assert b.scene.call_start is not None
    queued = b.values.present(b.scene.said.get("direction") == bw.CallDirection.OUTBOUND)
    moment = b.values.earlier(b.scene.call_start, timedelta(milliseconds=3))
    b.put(name, moment, include=queued)


def _answer_time(b: _Builder, name: str) -> None:
    assert b.scene.call_start is not None
    b.time(name, b.values.later(b.scene.call_start, timedelta(seconds=3)))


def _end_time(b: _Builder, name: str) -> None:
    if not b.is_recording():
        b.time(name, b.scene.later(timedelta(minutes=1)))
        return
    start = b.scene.said["start_time"]
    typical = b.values.duration(timedelta(seconds=20, milliseconds=56))
    end = b.time(name, shift(start, b.draft.peek("duration", typical)))
    ended_as_given = b.draft.given(name) and end >= start
    b.put("duration", elapsed(start, end) if ended_as_given else typical)


def _duration(b: _Builder, name: str) -> Any:
    if b.is_recording():
        return None  # with end_time
    typical = timedelta(minutes=1, seconds=52, microseconds=217257)
    if issubclass(b.model, bw.MachineDetectionResult):
        typical = timedelta(seconds=4, microseconds=989128)
    duration = b.put(name, b.values.duration(typical, nanosecond_digits=True))
    if b.is_stream():
        b.scene.tick(shift(b.scene.said["start_time"], duration))
    return None


def _completed_time(b: _Builder, name: str) -> None:
    b.time(name, b.scene.later(timedelta(seconds=40)))


def _recording_id(b: _Builder, name: str) -> None:
    b.put(name, f"r-{b.values.uuid()}")


def _media_url(b: _Builder, name: str) -> None:
    said = b.scene.said
    if "conference_id" in said:
        account = said.get("account_id") or b.values.account_id()
        owner = f"{_API}/accounts/{account}/conferences/{said['conference_id']}"
    else:
        owner = said["call_url"]
    b.put(name, f"{owner}/recordings/{said['recording_id']}/media", include=b.values.present(True))


def _url(b: _Builder, name: str) -> None:
    said = b.scene.said
    if b.is_stream():
        b.put(name, f"{said['call_url']}/transcriptions/{said['id']}")
    else:
        b.put(name, f"{said['call_url']}/recordings/{said['recording_id']}/transcription")


def _destination(b: _Builder, name: str) -> None:
    b.put(name, _DESTINATION, include=b.values.present(True))


def _stabilized(b: _Builder, name: str) -> None:
    flags = [bw.TextBoolean.TRUE, bw.TextBoolean.FALSE, True, False]
    usual = b.values.choice(flags, bw.TextBoolean.TRUE)
    b.put(name, usual, include=b.draft.emitted("destination"))


def _tracks(b: _Builder, name: str) -> None:
    b.put(name, b.values.choice(_TRACKS, _TRACKS[0]))


def _is_error(b: _Builder) -> bool:
    cause = b.scene.said.get("cause")
    return b.draft.emitted("cause") and str(getattr(cause, "value", cause)) not in _NORMAL_CAUSES


def _error_message(b: _Builder, name: str) -> None:
    cause = b.scene.said.get("cause")
    value = str(getattr(cause, "value", cause))
    noun = "stream" if "media_stream" in b.fields else "real-time transcription"
    name_used = b.scene.said.get("stream_name", "example")
    message = _MESSAGES.get(value, _OTHER_MESSAGE).format(noun=noun, name=name_used)
    b.put(name, b.values.text(message), include=_is_error(b))


def _error_id(b: _Builder, name: str) -> None:
    b.put(name, b.values.uuid(), include=_is_error(b))


def _original(b: _Builder, name: str) -> None:
    cause = b.scene.said.get("cause")
    b.nested(name, include=str(getattr(cause, "value", cause)) == "duplicate")


def _details(b: _Builder, name: str) -> None:
    """A real-time transcription's details, under one of the two names (one only)."""
    if not issubclass(b.model, bw.RealTimeTranscriptionEvent):
        b.nested(name)
        return
    if name != _DETAILS[0]:
        return  # both filled below, with the first
    given = [other for other in _DETAILS if b.draft.given(other)]
    # The pages' tables name it realTimeTranscription: the usual choice.
    chosen = given[0] if given else b.values.choice(_DETAILS, _DETAILS[0])
    for other in _DETAILS:
        b.nested(other, include=other == chosen)


def _transfer_leg(b: _Builder, name: str) -> None:
    b.put(name, b.values.bandwidth_id("c"), include=b.transfer_leg)


def _refer_code(b: _Builder, name: str) -> None:
    succeeded = b.scene.said.get("refer_call_status") == bw.ReferCallStatus.SUCCESS
    if name == "refer_sip_response_code":
        code = b.values.integer(202 if succeeded else 603, 100, 699)
        b.put(name, code, include=b.values.present(True))
    else:
        b.put(name, b.values.integer(200, 100, 699), include=b.values.present(succeeded))


def _text(default: str, *, usually: bool = False) -> _Rule:
    def rule(b: _Builder, name: str) -> None:
        b.put(name, b.values.text(default), include=b.values.present(usually))

    return rule


def _enum(*, usually: bool = False) -> _Rule:
    def rule(b: _Builder, name: str) -> None:
        found = _enum_in(b.fields[name].annotation)
        assert found is not None
        b.put(name, b.choice(name, found), include=b.values.present(usually))

    return rule


def _constant(default: Any, *, usually: bool = False) -> _Rule:
    def rule(b: _Builder, name: str) -> None:
        b.put(name, default, include=b.values.present(usually))

    return rule


def _event_time(b: _Builder, name: str) -> None:
    b.time(name, b.scene.later(timedelta(0)))


_RULES: Final[Mapping[str, _Rule]] = {
    "event_type": _event_type,
    "direction": _enum(),
    "account_id": _account_id,
    "application_id": _application_id,
    "from_": _phone,
    "to": _phone,
    "transfer_caller_id": _phone,
    "transfer_to": _phone,
    "orig_to": _phone,
    "call_id": _call_id,
    "parent_call_id": _transfer_leg,
    "call_url": _call_url,
    "conference_id": _conference_id,
    "name": _name,
    "id": _id,
    "start_time": _start_time,
    "enqueued_time": _enqueued_time,
    "answer_time": _answer_time,
    "end_time": _end_time,
    "duration": _duration,
    "completed_time": _completed_time,
    "event_time": _event_time,
    "recording_id": _recording_id,
    "media_url": _media_url,
    "url": _url,
    "destination": _destination,
    "stabilized": _stabilized,
    "tracks": _tracks,
    "cause": _enum(),
    "error_message": _error_message,
    "error_id": _error_id,
    "original_media_stream": _original,
    "original_transcription": _original,
    "real_time_transcription": _details,
    "transcription": _details,
    "refer_sip_response_code": _refer_code,
    "notify_sip_response_code": _refer_code,
    "tag": _text("my-tag"),
    "caller_display_name": _text("Jane Doe"),
    "recording_name": _text("greeting"),
    "digits": _text("123", usually=True),
    "terminating_digit": _enum(usually=True),
    "text": _text("Nice talking to you, friend!"),
    "uui": _constant("aGVsbG8gd29ybGQ;encoding=base64"),
    "sip_call_id": _constant("c95ac8d6e1a31c52eb38f419893c151633ec68f8d@sbc.bandwidth.com"),
    "originating_id": _constant("99759086-1335-11ed-9bcf-5f7d464e91af", usually=True),
    "counter": _constant("1", usually=True),
    "limit": _constant("3", usually=True),
    "sip_response_code": _constant(486),
}


def _event(draft: Draft, values: Values) -> None:
    tags = get_args(draft.model.model_fields["event_type"].annotation)
    _Builder(draft, _Scene(values, str(tags[0]))).fill()


def _unknown(draft: Draft, values: Values) -> None:
    event_type = draft.field("event_type", _UNKNOWN_EVENT_TYPE)
    if event_type in bw.EVENT_TYPES:
        raise ValueError(
            f"unknown_event(): {event_type!r} is an event type this version knows; "
            "use its own factory"
        )
    _Builder(draft, _Scene(values, str(event_type))).fill(skip=frozenset({"event_type"}))


def _factory_name(model: type[WireModel]) -> str:
    """``RealTimeTranscriptionStarted`` -> ``real_time_transcription_started``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower()


def _event_factory(model: type[Any]) -> Factory[Any]:
    return Factory(_factory_name(model), model, _event)


EVENT_FACTORIES: Final[Mapping[type[WireModel], Factory[Any]]] = {
    model: _event_factory(model) for model in dict.fromkeys(bw.EVENT_TYPES.values())
}
"""The factory of every event model, by model (``FACTORIES`` holds them with the others)."""

media_stream_started: Factory[bw.MediaStreamStarted] = EVENT_FACTORIES[bw.MediaStreamStarted]
media_stream_rejected: Factory[bw.MediaStreamRejected] = EVENT_FACTORIES[bw.MediaStreamRejected]
media_stream_stopped: Factory[bw.MediaStreamStopped] = EVENT_FACTORIES[bw.MediaStreamStopped]
recording_available: Factory[bw.RecordingAvailable] = EVENT_FACTORIES[bw.RecordingAvailable]
unknown_event: Factory[bw.UnknownEvent] = Factory(
    "unknown_event", bw.UnknownEvent, _unknown, fields_of=bw.CallEvent, strictly_valid=False
)
"""An event of a type this version does not model (``mediaStreamPaused``), with the shared call
fields: lenient parsing gives an :class:`~voice_webhooks.bandwidth.UnknownEvent`, strict
rejects it."""
