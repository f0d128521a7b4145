"""A helper the SignalWire tests share: the PayloadError a call raises."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from voice_webhooks import PayloadError


def payload_error(call: Callable[..., Any], *args: Any, **kwargs: Any) -> PayloadError:
    """The :class:`PayloadError` that ``call(*args, **kwargs)`` raises (failing if none)."""
    with pytest.raises(PayloadError) as caught:
        call(*args, **kwargs)
    return caught.value
