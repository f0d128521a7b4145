"""Every factory, by the model its payloads are for."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

from .._wire import WireModel
from ._bandwidth import (
    media_stream_rejected,
    media_stream_started,
    media_stream_stopped,
    recording_available,
    unknown_event,
)
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

__all__ = ["FACTORIES"]

FACTORIES: Mapping[type[WireModel], Factory[Any]] = types.MappingProxyType(
    {
        factory.model: factory
        for factory in (
            media_stream_started,
            media_stream_rejected,
            media_stream_stopped,
            recording_available,
            unknown_event,
            create_stream_request,
            update_stream_request,
            stream_response,
            error_response,
            stream_status_callback,
            create_conference_stream_request,
            update_conference_stream_request,
            conference_stream_response,
            error_list_response,
            call_status_callback,
            recording_status_callback,
            transcription_status_callback,
            unknown_callback,
        )
    }
)
"""The factory of each model, for generic tests: ``FACTORIES[bandwidth.MediaStreamStopped]``.

>>> from voice_webhooks import signalwire
>>> FACTORIES[signalwire.Stream].name
'stream_response'
"""
