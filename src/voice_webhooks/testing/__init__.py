"""A test kit for code that handles Bandwidth and SignalWire webhooks.

* **Factories**, one per model: valid payloads in wire form, with keyword overrides by Python
  or wire name (nested ones too), realistic values, consistent times.  Call one for a ``dict``,
  ``.body()`` for the request body text, ``.build()`` for the parsed model.  Every Bandwidth
  event has one (``factory_for(bandwidth.Disconnect)``, or :data:`FACTORIES` for them all).
* **Whole streams**: :func:`bandwidth_stream_frames` and :func:`signalwire_stream_frames` turn
  audio into the numbered WebSocket frames a provider sends, to replay to a handler.
* **Hypothesis strategies** in :mod:`voice_webhooks.testing.strategies` (needs hypothesis).
* **pytest fixtures** for the factories and a signing key, from the ``voice_webhooks`` plugin
  that pytest loads by itself once this package is installed (``-p no:voice_webhooks``
  turns it off).
* **Stream lifecycles**: from the stream verb your code answers with, the callbacks the
  provider then sends about that stream and its WebSocket ``start`` message
  (:func:`media_stream_webhooks_for`, :func:`stream_status_callbacks_for`).
* :func:`assert_valid`, an assertion with a readable message, and signed SignalWire requests
  (:func:`signed_callback`, :func:`signed_json`).

Importing this module needs neither pytest nor hypothesis, and ``import voice_webhooks``
does not import it.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import assert_valid, media_stream_stopped
>>> payload = media_stream_stopped(call_id="c-1", cause="error")
>>> payload["errorMessage"]
'An internal error occurred'
>>> event = assert_valid(payload, bandwidth.BandwidthEvent)
>>> event.call_id, type(event).__name__
('c-1', 'MediaStreamStopped')
"""

from ._assertions import assert_valid
from ._bandwidth import (
    media_stream_rejected,
    media_stream_started,
    media_stream_stopped,
    recording_available,
    unknown_event,
)
from ._bandwidth_streams import (
    bandwidth_clear,
    bandwidth_play_audio,
    bandwidth_stream_media,
    bandwidth_stream_start,
    bandwidth_stream_stop,
    bandwidth_stream_unknown,
)
from ._catalog import FACTORIES, factory_for
from ._draft import ABSENT
from ._factory import Factory
from ._signalwire import (
    call_status_callback,
    conference_stream_response,
    create_conference_stream_request,
    create_stream_request,
    error_list_response,
    error_response,
    recording_status_callback,
    stream_response,
    stream_status_callback,
    transcription_status_callback,
    unknown_callback,
    update_conference_stream_request,
    update_stream_request,
)
from ._signalwire_streams import (
    signalwire_clear,
    signalwire_send_dtmf,
    signalwire_send_mark,
    signalwire_send_media,
    signalwire_stream_connected,
    signalwire_stream_dtmf,
    signalwire_stream_mark,
    signalwire_stream_media,
    signalwire_stream_start,
    signalwire_stream_stop,
    signalwire_stream_unknown,
)
from ._signing import TEST_SIGNING_KEY, SignedRequest, signed_callback, signed_json
from ._stream_frames import bandwidth_stream_frames, signalwire_stream_frames
from ._streams import StreamLifecycle, media_stream_webhooks_for, stream_status_callbacks_for

__all__ = [
    "ABSENT",
    "FACTORIES",
    "TEST_SIGNING_KEY",
    "Factory",
    "SignedRequest",
    "StreamLifecycle",
    "assert_valid",
    "bandwidth_clear",
    "bandwidth_play_audio",
    "bandwidth_stream_frames",
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
    "factory_for",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "media_stream_webhooks_for",
    "recording_available",
    "recording_status_callback",
    "signalwire_clear",
    "signalwire_send_dtmf",
    "signalwire_send_mark",
    "signalwire_send_media",
    "signalwire_stream_connected",
    "signalwire_stream_dtmf",
    "signalwire_stream_frames",
    "signalwire_stream_mark",
    "signalwire_stream_media",
    "signalwire_stream_start",
    "signalwire_stream_stop",
    "signalwire_stream_unknown",
    "signed_callback",
    "signed_json",
    "stream_response",
    "stream_status_callback",
    "stream_status_callbacks_for",
    "transcription_status_callback",
    "unknown_callback",
    "unknown_event",
    "update_conference_stream_request",
    "update_stream_request",
]
