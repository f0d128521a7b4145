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
from ._bandwidth_streams import (
    bandwidth_clear,
    bandwidth_play_audio,
    bandwidth_stream_media,
    bandwidth_stream_start,
    bandwidth_stream_stop,
    bandwidth_stream_unknown,
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

__all__ = ["FACTORIES", "STREAM_FACTORIES"]

STREAM_FACTORIES: tuple[Factory[Any], ...] = (
    bandwidth_stream_start,
    bandwidth_stream_media,
    bandwidth_stream_stop,
    bandwidth_stream_unknown,
    bandwidth_play_audio,
    bandwidth_clear,
    signalwire_stream_connected,
    signalwire_stream_start,
    signalwire_stream_media,
    signalwire_stream_dtmf,
    signalwire_stream_mark,
    signalwire_stream_stop,
    signalwire_stream_unknown,
    signalwire_send_media,
    signalwire_send_mark,
    signalwire_clear,
    signalwire_send_dtmf,
)
"""The factories of the media stream WebSocket messages, both providers, both ways."""

_HTTP_FACTORIES: tuple[Factory[Any], ...] = (
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
FACTORIES: Mapping[type[WireModel], Factory[Any]] = types.MappingProxyType(
    {factory.model: factory for factory in (*_HTTP_FACTORIES, *STREAM_FACTORIES)}
)
"""The factory of each model, for generic tests: ``FACTORIES[bandwidth.MediaStreamStopped]``.

>>> from voice_webhooks import signalwire
>>> FACTORIES[signalwire.Stream].name
'stream_response'
"""
