"""voice-webhooks: typed, validated Pydantic v2 models for programmable-voice webhooks.

(PYTEST_DONT_REWRITE: the package has no asserts for pytest's plugin loader to rewrite.)

>>> from voice_webhooks import PayloadError, bandwidth
>>> bandwidth.parse_event(b'{"eventType": "mediaStreamStopped"}')
Traceback (most recent call last):
    ...
voice_webhooks.PayloadError: invalid Bandwidth event, 10 problems:
  eventTime: Field required
  ...
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import ErrorDetail, PayloadError
from ._wire import DEFAULT_MAX_BYTES, WireModel

if TYPE_CHECKING:
    from . import bandwidth, signalwire

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

_PROVIDERS = frozenset({"bandwidth", "signalwire"})


def __getattr__(name: str) -> Any:
    # The provider packages load on first use, so a program that needs one does not pay to
    # build the models of the other (``from voice_webhooks import bandwidth`` loads just that).
    if name in _PROVIDERS:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_PROVIDERS})
