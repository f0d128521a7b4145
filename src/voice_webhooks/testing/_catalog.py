"""Every factory, by the model its payloads are for."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, TypeVar

from .._wire import WireModel
from ._bandwidth import EVENT_FACTORIES, unknown_event
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

__all__ = ["FACTORIES", "STREAM_FACTORIES", "factory_for"]

M = TypeVar("M", bound=WireModel)

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

# The factories of the Bandwidth events are EVENT_FACTORIES, one per event model.
_HTTP_FACTORIES: tuple[Factory[Any], ...] = (
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
    {
        **EVENT_FACTORIES,
        **{factory.model: factory for factory in (*_HTTP_FACTORIES, *STREAM_FACTORIES)},
    }
)
"""The factory of each model, for generic tests: ``FACTORIES[bandwidth.MediaStreamStopped]``.

Every Bandwidth event model has one (named after the model: ``disconnect``,
``real_time_transcription_started``), as have the SignalWire models and ``UnknownEvent``.

>>> from voice_webhooks import signalwire
>>> FACTORIES[signalwire.Stream].name
'stream_response'
"""


def factory_for(model: type[M]) -> Factory[M]:
    """The factory of ``model``'s payloads, typed for it (:data:`FACTORIES` holds them all).

    >>> from voice_webhooks import bandwidth
    >>> gather = factory_for(bandwidth.Gather)
    >>> gather.name, gather(digits="42")["digits"], gather.build().terminating_digit
    ('gather', '42', <DtmfDigit.POUND: '#'>)
    >>> factory_for(bandwidth.MediaStream)
    Traceback (most recent call last):
        ...
    TypeError: there is no factory of MediaStream payloads (see FACTORIES)
    """
    factory = FACTORIES.get(model)
    if factory is None:
        raise TypeError(f"there is no factory of {model.__name__} payloads (see FACTORIES)")
    found: Factory[M] = factory
    return found
