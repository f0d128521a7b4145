"""The pytest plugin of the test kit: fixtures for the factories and a signing key.

pytest loads it by itself once voice-webhooks is installed (the ``pytest11`` entry point
``voice_webhooks``); ``-p no:voice_webhooks`` turns it off.  It only adds fixtures: no hooks,
nothing autouse.  Each factory fixture has the factory's name and returns it (see
:mod:`voice_webhooks.testing`); those of every Bandwidth event (``disconnect``,
``conference_member_join``, …) are made from :data:`~voice_webhooks.testing.FACTORIES`::

    def test_stopped_stream_is_recorded(media_stream_stopped, client):
        response = client.post("/bandwidth", content=media_stream_stopped.body(call_id="c-1"))
        assert response.status_code == 204

>>> from voice_webhooks.testing import plugin
>>> plugin.media_stream_stopped.name
'media_stream_stopped'
"""

from __future__ import annotations

from typing import Any

import pytest

from .. import bandwidth, signalwire
from .. import testing as kit
from ..bandwidth import (
    MediaStreamRejected,
    MediaStreamStarted,
    MediaStreamStopped,
    RecordingAvailable,
    UnknownEvent,
)
from ..signalwire import (
    CallStatusCallback,
    ConferenceStream,
    CreateConferenceStreamRequest,
    CreateStreamRequest,
    ErrorListResponse,
    ErrorResponse,
    RecordingStatusCallback,
    Stream,
    StreamStatusCallback,
    TranscriptionStatusCallback,
    UnknownCallback,
    UpdateConferenceStreamRequest,
    UpdateStreamRequest,
)

__all__ = [
    "bandwidth_clear",
    "bandwidth_play_audio",
    "bandwidth_stream_media",
    "bandwidth_stream_start",
    "bandwidth_stream_stop",
    "bandwidth_stream_unknown",
    "call_status_callback",
    "conference_stream_response",
    "create_conference_stream_request",
    "create_stream_request",
    "error_list_response",
    "error_response",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "recording_available",
    "recording_status_callback",
    "signalwire_clear",
    "signalwire_send_dtmf",
    "signalwire_send_mark",
    "signalwire_send_media",
    "signalwire_signing_key",
    "signalwire_stream_connected",
    "signalwire_stream_dtmf",
    "signalwire_stream_mark",
    "signalwire_stream_media",
    "signalwire_stream_start",
    "signalwire_stream_stop",
    "signalwire_stream_unknown",
    "stream_response",
    "stream_status_callback",
    "transcription_status_callback",
    "unknown_callback",
    "unknown_event",
    "update_conference_stream_request",
    "update_stream_request",
]


@pytest.fixture
def media_stream_started() -> kit.Factory[MediaStreamStarted]:
    """The factory of ``mediaStreamStarted`` payloads."""
    return kit.media_stream_started


@pytest.fixture
def media_stream_rejected() -> kit.Factory[MediaStreamRejected]:
    """The factory of ``mediaStreamRejected`` payloads."""
    return kit.media_stream_rejected


@pytest.fixture
def media_stream_stopped() -> kit.Factory[MediaStreamStopped]:
    """The factory of ``mediaStreamStopped`` payloads."""
    return kit.media_stream_stopped


@pytest.fixture
def recording_available() -> kit.Factory[RecordingAvailable]:
    """The factory of ``recordingAvailable`` payloads."""
    return kit.recording_available


@pytest.fixture
def unknown_event() -> kit.Factory[UnknownEvent]:
    """The factory of Bandwidth events of a type this version does not model."""
    return kit.unknown_event


@pytest.fixture
def create_stream_request() -> kit.Factory[CreateStreamRequest]:
    """The factory of SignalWire Create Stream request forms."""
    return kit.create_stream_request


@pytest.fixture
def update_stream_request() -> kit.Factory[UpdateStreamRequest]:
    """The factory of SignalWire Update Stream request forms."""
    return kit.update_stream_request


@pytest.fixture
def stream_response() -> kit.Factory[Stream]:
    """The factory of SignalWire Create/Update Stream responses (``signalwire.Stream``)."""
    return kit.stream_response


@pytest.fixture
def error_response() -> kit.Factory[ErrorResponse]:
    """The factory of SignalWire Compatibility API error bodies."""
    return kit.error_response


@pytest.fixture
def stream_status_callback() -> kit.Factory[StreamStatusCallback]:
    """The factory of SignalWire stream status callback forms."""
    return kit.stream_status_callback


@pytest.fixture
def create_conference_stream_request() -> kit.Factory[CreateConferenceStreamRequest]:
    """The factory of SignalWire Create Conference Stream request forms."""
    return kit.create_conference_stream_request


@pytest.fixture
def update_conference_stream_request() -> kit.Factory[UpdateConferenceStreamRequest]:
    """The factory of SignalWire Update Conference Stream request forms."""
    return kit.update_conference_stream_request


@pytest.fixture
def conference_stream_response() -> kit.Factory[ConferenceStream]:
    """The factory of SignalWire conference stream responses (``signalwire.ConferenceStream``)."""
    return kit.conference_stream_response


@pytest.fixture
def error_list_response() -> kit.Factory[ErrorListResponse]:
    """The factory of SignalWire validation error bodies (a list of messages)."""
    return kit.error_list_response


@pytest.fixture
def call_status_callback() -> kit.Factory[CallStatusCallback]:
    """The factory of SignalWire call status callback forms."""
    return kit.call_status_callback


@pytest.fixture
def recording_status_callback() -> kit.Factory[RecordingStatusCallback]:
    """The factory of SignalWire recording status callback forms."""
    return kit.recording_status_callback


@pytest.fixture
def transcription_status_callback() -> kit.Factory[TranscriptionStatusCallback]:
    """The factory of SignalWire transcription status callback forms."""
    return kit.transcription_status_callback


@pytest.fixture
def unknown_callback() -> kit.Factory[UnknownCallback]:
    """The factory of SignalWire status callbacks of a kind this version does not model."""
    return kit.unknown_callback


@pytest.fixture
def signalwire_signing_key() -> str:
    """A SignalWire signing key for tests: configure your endpoint with it, and sign requests
    with ``voice_webhooks.testing.signed_callback``."""
    return kit.TEST_SIGNING_KEY


@pytest.fixture
def bandwidth_stream_start() -> kit.Factory[bandwidth.StartMessage]:
    """The factory of Bandwidth ``StartMessage`` stream messages."""
    return kit.bandwidth_stream_start


@pytest.fixture
def bandwidth_stream_media() -> kit.Factory[bandwidth.MediaMessage]:
    """The factory of Bandwidth ``MediaMessage`` stream messages."""
    return kit.bandwidth_stream_media


@pytest.fixture
def bandwidth_stream_stop() -> kit.Factory[bandwidth.StopMessage]:
    """The factory of Bandwidth ``StopMessage`` stream messages."""
    return kit.bandwidth_stream_stop


@pytest.fixture
def bandwidth_stream_unknown() -> kit.Factory[bandwidth.UnknownStreamMessage]:
    """The factory of Bandwidth ``UnknownStreamMessage`` stream messages."""
    return kit.bandwidth_stream_unknown


@pytest.fixture
def bandwidth_play_audio() -> kit.Factory[bandwidth.PlayAudioMessage]:
    """The factory of Bandwidth ``PlayAudioMessage`` stream messages."""
    return kit.bandwidth_play_audio


@pytest.fixture
def bandwidth_clear() -> kit.Factory[bandwidth.ClearMessage]:
    """The factory of Bandwidth ``ClearMessage`` stream messages."""
    return kit.bandwidth_clear


@pytest.fixture
def signalwire_stream_connected() -> kit.Factory[signalwire.ConnectedMessage]:
    """The factory of SignalWire ``ConnectedMessage`` stream messages."""
    return kit.signalwire_stream_connected


@pytest.fixture
def signalwire_stream_start() -> kit.Factory[signalwire.StartMessage]:
    """The factory of SignalWire ``StartMessage`` stream messages."""
    return kit.signalwire_stream_start


@pytest.fixture
def signalwire_stream_media() -> kit.Factory[signalwire.MediaMessage]:
    """The factory of SignalWire ``MediaMessage`` stream messages."""
    return kit.signalwire_stream_media


@pytest.fixture
def signalwire_stream_dtmf() -> kit.Factory[signalwire.DtmfMessage]:
    """The factory of SignalWire ``DtmfMessage`` stream messages."""
    return kit.signalwire_stream_dtmf


@pytest.fixture
def signalwire_stream_mark() -> kit.Factory[signalwire.MarkMessage]:
    """The factory of SignalWire ``MarkMessage`` stream messages."""
    return kit.signalwire_stream_mark


@pytest.fixture
def signalwire_stream_stop() -> kit.Factory[signalwire.StopMessage]:
    """The factory of SignalWire ``StopMessage`` stream messages."""
    return kit.signalwire_stream_stop


@pytest.fixture
def signalwire_stream_unknown() -> kit.Factory[signalwire.UnknownStreamMessage]:
    """The factory of SignalWire ``UnknownStreamMessage`` stream messages."""
    return kit.signalwire_stream_unknown


@pytest.fixture
def signalwire_send_media() -> kit.Factory[signalwire.SendMediaMessage]:
    """The factory of SignalWire ``SendMediaMessage`` stream messages."""
    return kit.signalwire_send_media


@pytest.fixture
def signalwire_send_mark() -> kit.Factory[signalwire.SendMarkMessage]:
    """The factory of SignalWire ``SendMarkMessage`` stream messages."""
    return kit.signalwire_send_mark


@pytest.fixture
def signalwire_clear() -> kit.Factory[signalwire.ClearMessage]:
    """The factory of SignalWire ``ClearMessage`` stream messages."""
    return kit.signalwire_clear


@pytest.fixture
def signalwire_send_dtmf() -> kit.Factory[signalwire.SendDtmfMessage]:
    """The factory of SignalWire ``SendDtmfMessage`` stream messages."""
    return kit.signalwire_send_dtmf


def _fixture_of(factory: kit.Factory[Any]) -> Any:
    def fixture() -> kit.Factory[Any]:
        return factory

    fixture.__name__ = fixture.__qualname__ = factory.name
    fixture.__doc__ = f"The factory of ``{factory.model.__name__}`` payloads."
    return pytest.fixture(name=factory.name)(fixture)


_MADE = [f.name for f in kit.FACTORIES.values() if f.name not in globals()]
globals().update({f.name: _fixture_of(f) for f in kit.FACTORIES.values() if f.name in _MADE})
__all__ += _MADE  # pyright: ignore[reportUnsupportedDunderAll]
