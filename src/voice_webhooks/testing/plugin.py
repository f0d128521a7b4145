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

from .. import testing as kit
from ..bandwidth import (
    MediaStreamRejected,
    MediaStreamStarted,
    MediaStreamStopped,
    RecordingAvailable,
    UnknownEvent,
)
from ..signalwire import (
    CreateStreamRequest,
    ErrorResponse,
    Stream,
    StreamStatusCallback,
    UpdateStreamRequest,
)

__all__ = [
    "create_stream_request",
    "error_response",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "recording_available",
    "signalwire_signing_key",
    "stream_response",
    "stream_status_callback",
    "unknown_event",
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
def signalwire_signing_key() -> str:
    """A SignalWire signing key for tests: configure your endpoint with it, and sign requests
    with ``voice_webhooks.testing.signed_callback``."""
    return kit.TEST_SIGNING_KEY


def _fixture_of(factory: kit.Factory[Any]) -> Any:
    def fixture() -> kit.Factory[Any]:
        return factory

    fixture.__name__ = fixture.__qualname__ = factory.name
    fixture.__doc__ = f"The factory of ``{factory.model.__name__}`` payloads."
    return pytest.fixture(name=factory.name)(fixture)


_MADE = [f.name for f in kit.FACTORIES.values() if f.name not in globals()]
globals().update({f.name: _fixture_of(f) for f in kit.FACTORIES.values() if f.name in _MADE})
__all__ += _MADE  # pyright: ignore[reportUnsupportedDunderAll]
