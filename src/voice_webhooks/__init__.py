"""voice-webhooks: typed, validated Pydantic v2 models for programmable-voice webhooks.

>>> from voice_webhooks import PayloadError, bandwidth
>>> bandwidth.parse_event(b'{"eventType": "mediaStreamStopped"}')
Traceback (most recent call last):
    ...
voice_webhooks.PayloadError: invalid Bandwidth event, 12 problems:
  eventTime: Field required
  ...
"""

from . import bandwidth, signalwire
from ._errors import ErrorDetail, PayloadError
from ._wire import DEFAULT_MAX_BYTES, WireModel

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ErrorDetail",
    "PayloadError",
    "WireModel",
    "bandwidth",
    "signalwire",
]

__version__ = "0.1.0"

PayloadError.__module__ = __name__
