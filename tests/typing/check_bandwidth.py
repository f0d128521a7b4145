"""Type expectations for Bandwidth events, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file, and each ``assert_type`` is an error
if the checker infers another type.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from typing_extensions import assert_never, assert_type

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.testing import factory_for

AnyEvent = (
    bandwidth.Initiate
    | bandwidth.Answer
    | bandwidth.Disconnect
    | bandwidth.Redirect
    | bandwidth.Dtmf
    | bandwidth.Gather
    | bandwidth.MachineDetectionComplete
    | bandwidth.BridgeComplete
    | bandwidth.BridgeTargetComplete
    | bandwidth.TransferAnswer
    | bandwidth.TransferComplete
    | bandwidth.TransferDisconnect
    | bandwidth.RecordComplete
    | bandwidth.RecordingAvailable
    | bandwidth.TranscriptionAvailable
    | bandwidth.ConferenceCreated
    | bandwidth.ConferenceRedirect
    | bandwidth.ConferenceMemberJoin
    | bandwidth.ConferenceMemberExit
    | bandwidth.ConferenceCompleted
    | bandwidth.ConferenceRecordingAvailable
    | bandwidth.MediaStreamStarted
    | bandwidth.MediaStreamRejected
    | bandwidth.MediaStreamStopped
    | bandwidth.RealTimeTranscriptionStarted
    | bandwidth.RealTimeTranscriptionAvailable
    | bandwidth.RealTimeTranscriptionRejected
    | bandwidth.RealTimeTranscriptionStopped
    | bandwidth.ReferComplete
    | bandwidth.UnknownEvent
)


def parse_event_returns_the_union(body: bytes, text: str, query: dict[str, str]) -> None:
    assert_type(bandwidth.parse_event(body), AnyEvent)
    assert_type(bandwidth.parse_event(text, strict=True), bandwidth.BandwidthEvent)
    assert_type(bandwidth.parse_event(query, max_bytes=None), AnyEvent)
    assert_type(bandwidth.MediaStreamStopped.from_json(body), bandwidth.MediaStreamStopped)
    assert_type(bandwidth.Disconnect.from_json(body), bandwidth.Disconnect)
    assert_type(bandwidth.UnknownEvent.from_json(body).wire_extra(), dict[str, Any])


def match_narrows_to_each_model(body: bytes) -> str:
    event = bandwidth.parse_event(body)
    match event:
        case bandwidth.Initiate(diversion=diversion, stir_shaken=stir_shaken):
            assert_type(diversion, bandwidth.Diversion | None)
            assert_type(stir_shaken, bandwidth.StirShaken | None)
            assert_type(event.sip_headers, dict[str, str] | None)
            if diversion is not None:
                assert_type(diversion.orig_to, str)
                assert_type(diversion.reason, bandwidth.DiversionReason | str | None)
            return event.uui or ""
        case bandwidth.Answer(machine_detection_result=result):
            assert_type(result, bandwidth.MachineDetectionResult | None)
            assert_type(event.answer_time, datetime | None)
            return "answer"
        case bandwidth.Disconnect(cause=cause, end_time=end):
            assert_type(cause, bandwidth.CallEndCause | str)
            assert_type(end, datetime)
            assert_type(event.sip_response_code, int | None)
            assert_type(event.error_message, str | None)
            return str(cause)
        case bandwidth.Redirect(parent_call_id=parent):
            assert_type(parent, str | None)
            return "redirect"
        case bandwidth.Dtmf(digit=digit):
            assert_type(digit, bandwidth.DtmfDigit | str)
            return str(digit)
        case bandwidth.Gather(digits=digits, terminating_digit=terminating):
            assert_type(digits, str | None)
            assert_type(terminating, bandwidth.DtmfDigit | str | None)
            return digits or ""
        case bandwidth.MachineDetectionComplete(machine_detection_result=result):
            if result is not None:
                assert_type(result.value, bandwidth.MachineDetectionValue | str)
                assert_type(result.duration, timedelta)
            return "machine detection"
        case bandwidth.BridgeComplete(cause=cause):
            assert_type(cause, bandwidth.CallEndCause | str | None)
            return "bridge"
        case bandwidth.BridgeTargetComplete(call_id=call_id):
            return call_id
        case bandwidth.TransferAnswer(parent_call_id=parent, transfer_to=to):
            assert_type(parent, str)
            assert_type(to, str)
            return parent
        case bandwidth.TransferComplete(cause=cause, transfer_caller_id=caller):
            assert_type(cause, bandwidth.CallEndCause | str)
            return caller
        case bandwidth.TransferDisconnect(account_id=account, end_time=end):
            assert_type(account, str | None)
            assert_type(end, datetime)
            return account or ""
        case bandwidth.RecordComplete(event_type=name, media_url=url):
            assert_type(name, Literal["recordComplete", "recordingComplete"])
            assert_type(url, str | None)
            assert_type(event.channels, bandwidth.RecordingChannels | int)
            return name
        case bandwidth.RecordingAvailable(media_url=url, channels=channels):
            assert_type(url, str | None)
            assert_type(channels, bandwidth.RecordingChannels | int)
            assert_type(event.duration, timedelta)
            assert_type(event.file_format, bandwidth.FileFormat | str)
            assert_type(event.status, bandwidth.RecordingStatus | str)
            assert_type(event.recording_name, str | None)
            assert_type(event.parent_call_id, str | None)
            return url or ""
        case bandwidth.TranscriptionAvailable(transcription=transcription):
            assert_type(transcription, bandwidth.Transcription)
            assert_type(transcription.status, bandwidth.TranscriptionStatus | str | None)
            assert_type(transcription.confidence, float | None)
            return transcription.text or ""
        case bandwidth.ConferenceCreated(conference_id=conference):
            return conference
        case bandwidth.ConferenceRedirect(name=name):
            return name
        case (
            bandwidth.ConferenceMemberJoin(call_id=call_id)
            | bandwidth.ConferenceMemberExit(call_id=call_id)
        ):
            assert_type(event, bandwidth.ConferenceMemberJoin | bandwidth.ConferenceMemberExit)
            return call_id
        case bandwidth.ConferenceCompleted(tag=tag):
            assert_type(tag, str | None)
            return tag or ""
        case bandwidth.ConferenceRecordingAvailable(status=status):
            assert_type(status, bandwidth.RecordingStatus | str)
            return event.account_id
        case bandwidth.MediaStreamStarted(media_stream=stream):
            assert_type(event, bandwidth.MediaStreamStarted)
            assert_type(stream, bandwidth.MediaStream)
            assert_type(stream.tracks, list[bandwidth.StreamTrack | str])
            assert_type(stream.start_time, datetime)
            return stream.name
        case bandwidth.MediaStreamRejected(cause=cause, original_media_stream=original):
            assert_type(cause, bandwidth.MediaStreamRejectedCause | str)
            assert_type(original, bandwidth.MediaStream | None)
            assert_type(event.error_message, str)
            return event.error_message
        case bandwidth.MediaStreamStopped(media_stream=stream, cause=cause):
            assert_type(stream, bandwidth.StoppedMediaStream)
            assert_type(stream.duration, timedelta)
            assert_type(cause, bandwidth.MediaStreamStoppedCause | str)
            assert_type(event.error_message, str | None)
            return str(stream.duration.total_seconds())
        case bandwidth.RealTimeTranscriptionStarted(details=details):
            assert_type(details, bandwidth.RealTimeTranscription)
            assert_type(details.stabilized, bool | bandwidth.TextBoolean | str | None)
            return details.name
        case bandwidth.RealTimeTranscriptionAvailable(details=details):
            assert_type(details, bandwidth.AvailableRealTimeTranscription)
            assert_type(details.status, bandwidth.RealTimeTranscriptionStatus | str)
            return details.url
        case bandwidth.RealTimeTranscriptionRejected(cause=cause, original_transcription=original):
            assert_type(cause, bandwidth.TranscriptionRejectedCause | str)
            assert_type(original, bandwidth.RealTimeTranscription | None)
            assert_type(event.transcription, bandwidth.RealTimeTranscription | None)
            return event.error_message
        case bandwidth.RealTimeTranscriptionStopped(details=details, cause=cause):
            assert_type(details, bandwidth.StoppedRealTimeTranscription)
            assert_type(details.duration, timedelta)
            assert_type(cause, bandwidth.TranscriptionStoppedCause | str)
            return str(cause)
        case bandwidth.ReferComplete(refer_call_status=status):
            assert_type(status, bandwidth.ReferCallStatus | str)
            assert_type(event.notify_sip_response_code, int | None)
            return str(status)
        case bandwidth.UnknownEvent(event_type=name):
            assert_type(name, str)
            return name
        case _:
            assert_never(event)  # the union is closed: every case above is reachable


def match_by_family(body: bytes) -> str:
    event = bandwidth.parse_event(body)
    match event:
        case bandwidth.CallEvent():
            # Every call event: its shared fields need no narrowing.
            assert_type(event.event_time, datetime)
            assert_type(event.start_time, datetime)
            assert_type(event.answer_time, datetime | None)
            assert_type(event.enqueued_time, datetime | None)
            assert_type(event.direction, bandwidth.CallDirection | str)
            assert_type(event.from_, str)
            assert_type(event.account_id, str | None)
            assert_type(event.privacy, bool | None)
            return event.call_id
        case bandwidth.ConferenceEvent():
            assert_type(event.event_time, datetime)
            return event.conference_id
        case bandwidth.UnknownEvent():
            return event.event_type
        case _:
            assert_never(event)  # calls, conferences and unknown events: nothing else


def isinstance_narrows_too(body: bytes) -> None:
    event = bandwidth.parse_event(body)
    if isinstance(event, bandwidth.UnknownEvent):
        assert_type(event.wire_extra(), dict[str, Any])
        return
    assert_type(event.event_time, datetime)  # every known event has it
    if isinstance(event, bandwidth.RecordingFields):
        assert_type(event.recording_id, str)
        assert_type(event.duration, timedelta)
    if isinstance(event, bandwidth.CallEndFields):
        assert_type(event.error_id, str | None)
    if isinstance(event, bandwidth.MediaStreamEvent):
        assert_type(event.answer_time, datetime | None)


def wire_output_and_errors(event: bandwidth.BandwidthEvent) -> None:
    assert_type(event.to_json(), str)
    assert_type(event.to_dict(), dict[str, Any])
    try:
        bandwidth.parse_event(event.to_json(), strict=True)
    except PayloadError as exc:
        assert_type(exc, PayloadError)
        assert_type(exc.paths, list[str])
        assert_type(exc.errors()[0]["path"], str)


def the_test_kit_is_typed_for_every_event() -> None:
    assert_type(factory_for(bandwidth.Disconnect).build(), bandwidth.Disconnect)
    assert_type(factory_for(bandwidth.Gather)(digits="1"), dict[str, Any])


def basic_auth(header: str | None) -> None:
    assert_type(bandwidth.check_basic_auth(header, "user", "password"), bool)
    assert_type(bandwidth.basic_auth_header("user", "password"), str)
