"""The providers' documented example bodies, matched to the models they show.

Bandwidth's (:mod:`voice_webhooks.bandwidth.examples`) are matched by ``eventType``;
SignalWire's (:mod:`voice_webhooks.signalwire.examples`) by the table below.  A nested model
(``MediaStream``) is shown by the objects it parses inside them.  Each schema embeds the
examples that its model accepts in that schema's mode: the bodies as documented for lenient
parsing, their normalized wire form (what ``to_json`` writes) for strict parsing and output.

>>> from voice_webhooks import bandwidth
>>> [e["eventType"] for e in examples(bandwidth.MediaStreamStopped)]
['mediaStreamStopped']
>>> sorted({e["type"] for e in examples(bandwidth.MediaStream)})
['WebSocket']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Final

from .._form import FormModel, decode_form
from .._wire import WireModel
from .names import is_union

__all__ = ["Documented", "documented", "examples"]

_SIGNALWIRE: Final = {
    "CreateStreamRequest": ("CREATE_STREAM_REQUEST", "CREATE_STREAM_REQUEST_REPEATED_NAME"),
    "UpdateStreamRequest": ("UPDATE_STREAM_REQUEST",),
    "CreateConferenceStreamRequest": ("CREATE_CONFERENCE_STREAM_REQUEST",),
    "UpdateConferenceStreamRequest": ("UPDATE_CONFERENCE_STREAM_REQUEST",),
    "Stream": ("STREAM", "STREAM_CURRENT_SPEC", "CONFERENCE_STREAM", "STREAM_WITH_DATE_CREATED"),
    "ConferenceStream": ("CONFERENCE_STREAM", "CONFERENCE_STREAM_WITH_DATE_CREATED"),
    "ErrorResponse": ("ERROR_RESPONSE",),
    "ErrorListResponse": ("ERROR_LIST_RESPONSE",),
    "StreamStatusCallback": (
        "STREAM_STATUS_CALLBACK_STARTED",
        "STREAM_STATUS_CALLBACK_STOPPED",
        "STREAM_STATUS_CALLBACK_ERROR",
    ),
    "CallStatusCallback": ("CALL_STATUS_CALLBACK", "INBOUND_CALL_STATUS_CALLBACK"),
    "RecordingStatusCallback": ("RECORDING_STATUS_CALLBACK",),
    "TranscriptionStatusCallback": ("TRANSCRIPTION_STATUS_CALLBACK",),
}

Documented = tuple[WireModel, Any]
"""A model parsed from a documented body, and the part of the body it was parsed from."""


def _bodies() -> Iterator[Documented]:
    from .. import signalwire
    from ..bandwidth import examples as bandwidth_examples
    from ..bandwidth import parse_event
    from ..signalwire import examples as signalwire_examples

    for name in bandwidth_examples.__all__:
        text = getattr(bandwidth_examples, name)
        yield parse_event(text), json.loads(text)
    for model_name, names in _SIGNALWIRE.items():
        model = getattr(signalwire, model_name)
        for name in names:
            text = getattr(signalwire_examples, name)
            if issubclass(model, FormModel):
                yield model.from_form(text), decode_form(text)
            else:
                yield model.from_json(text), json.loads(text)


def _nodes(model: WireModel, raw: Any) -> Iterator[Documented]:
    """``model`` and every model inside it, each with its part of ``raw``."""
    yield model, raw
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, WireModel) and isinstance(raw, dict):
            yield from _nodes(value, raw.get(field.alias or name))


def documented(target: Any) -> list[Documented]:
    """The documented bodies (or parts of bodies) that ``target`` stands for, parsed: those of
    its own class first, then those of its subclasses (for a base such as ``CallEvent``)."""
    found = [node for model, raw in _bodies() for node in _nodes(model, raw)]
    if is_union(target):
        from ..bandwidth import EVENT_TYPES

        known = tuple(EVENT_TYPES.values())
        return [node for node in found if isinstance(node[0], known)]
    own = [node for node in found if type(node[0]) is target]
    return own or [node for node in found if isinstance(node[0], target)]


def _accepts(target: Any, example: Any, *, strict: bool) -> bool:
    from .. import PayloadError
    from ..bandwidth import parse_event

    try:
        if is_union(target):
            parse_event(example, strict=strict)
        elif issubclass(target, FormModel):
            target.from_form(example, strict=strict)
        else:
            target.from_json(example, strict=strict)
    except PayloadError:
        return False
    return True


def examples(
    target: Any, *, strict: bool = False, mode: str = "validation"
) -> list[dict[str, Any]]:
    """The documented examples of ``target`` that its schema of this mode holds."""
    out: list[dict[str, Any]] = []
    for model, raw in documented(target):
        example = raw if not strict and mode == "validation" else model.to_dict()
        if example not in out and _accepts(target, example, strict=strict):
            out.append(example)
    return out
