"""A test kit for code that handles Bandwidth and SignalWire webhooks.

* **Factories**, one per model: valid payloads in wire form, with keyword overrides by Python
  or wire name (nested ones too), realistic values, consistent times.  Call one for a ``dict``,
  ``.body()`` for the request body text, ``.build()`` for the parsed model.  Every Bandwidth
  event has one (``factory_for(bandwidth.Disconnect)``, or :data:`FACTORIES` for them all).
* **Hypothesis strategies** in :mod:`voice_webhooks.testing.strategies` (needs hypothesis).
* **pytest fixtures** for the factories and a signing key, from the ``voice_webhooks`` plugin
  that pytest loads by itself once this package is installed (``-p no:voice_webhooks``
  turns it off).
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
from ._catalog import FACTORIES, factory_for
from ._draft import ABSENT
from ._factory import Factory
from ._signalwire import (
    create_stream_request,
    error_response,
    stream_response,
    stream_status_callback,
    update_stream_request,
)
from ._signing import TEST_SIGNING_KEY, SignedRequest, signed_callback, signed_json

__all__ = [
    "ABSENT",
    "FACTORIES",
    "TEST_SIGNING_KEY",
    "Factory",
    "SignedRequest",
    "assert_valid",
    "create_stream_request",
    "error_response",
    "factory_for",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "recording_available",
    "signed_callback",
    "signed_json",
    "stream_response",
    "stream_status_callback",
    "unknown_event",
    "update_stream_request",
]
