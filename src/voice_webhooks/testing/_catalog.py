"""Every factory, by the model its payloads are for."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, TypeVar

from .._wire import WireModel
from ._bandwidth import EVENT_FACTORIES, unknown_event
from ._factory import Factory
from ._signalwire import (
    create_stream_request,
    error_response,
    stream_response,
    stream_status_callback,
    update_stream_request,
)

__all__ = ["FACTORIES", "factory_for"]

M = TypeVar("M", bound=WireModel)

FACTORIES: Mapping[type[WireModel], Factory[Any]] = types.MappingProxyType(
    {
        **EVENT_FACTORIES,
        **{
            factory.model: factory
            for factory in (
                unknown_event,
                create_stream_request,
                update_stream_request,
                stream_response,
                error_response,
                stream_status_callback,
            )
        },
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
