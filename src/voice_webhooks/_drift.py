"""Provider drift: what a leniently parsed payload holds that this version does not know.

Lenient parsing keeps an unknown event type (``UnknownEvent``), unknown fields (at any depth)
and unknown enumeration values; :func:`drift_of` lists them, by wire path, so that a log of
real webhooks says what the provider changed before it matters
(``voice-webhooks validate --drift LOG``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any, Literal, NamedTuple, get_args, get_origin

from ._wire import WireModel

__all__ = ["Drift", "DriftKind", "drift_of"]

DriftKind = Literal["event type", "field", "value"]


class Drift(NamedTuple):
    """One thing a payload holds that this version does not know."""

    kind: DriftKind
    path: str
    """The wire path, list items as ``[]`` (``mediaStream.tracks[]``); empty for an event type."""
    value: Any
    """The unknown event type or enumeration value; ``None`` for an unknown field."""


def drift_of(parsed: WireModel) -> Iterator[Drift]:
    """What ``parsed`` (a model read leniently) holds that its model does not know.

    >>> from voice_webhooks import bandwidth
    >>> event = bandwidth.parse_event(
    ...     '{"eventType": "dtmf", "eventTime": "2024-05-01T12:00:00Z", "accountId": "1",'
    ...     ' "applicationId": "a", "from": "+1", "to": "+2", "direction": "sideways",'
    ...     ' "callId": "c", "callUrl": "u", "startTime": "2024-05-01T12:00:00Z",'
    ...     ' "answerTime": null, "digit": "5", "pressedFor": "PT1S"}')
    >>> for drift in drift_of(event):
    ...     print(drift)
    Drift(kind='field', path='pressedFor', value=None)
    Drift(kind='value', path='direction', value='sideways')
    >>> list(drift_of(bandwidth.parse_event('{"eventType": "somethingNew"}')))
    [Drift(kind='event type', path='', value='somethingNew')]
    """
    from .bandwidth import UnknownEvent

    if isinstance(parsed, UnknownEvent):  # its fields are all unknown: the type says it
        yield Drift("event type", "", parsed.event_type)
        return
    yield from _model(parsed, "")


def _model(model: WireModel, prefix: str) -> Iterator[Drift]:
    for key in model.wire_extra():
        yield Drift("field", prefix + key, None)
    for name, field in type(model).model_fields.items():
        if name in model.model_fields_set:
            path = prefix + (field.alias or name)
            yield from _value(getattr(model, name), field.annotation, path)


def _value(value: Any, annotation: Any, path: str) -> Iterator[Drift]:
    if isinstance(value, WireModel):
        yield from _model(value, path + ".")
    elif isinstance(value, list):
        for item in value:
            yield from _value(item, _item_type(annotation), path + "[]")
    elif (
        isinstance(value, (str, int))
        and not isinstance(value, (bool, enum.Enum))
        and _admits_an_enum(annotation)
    ):
        yield Drift("value", path, value)


def _item_type(annotation: Any) -> Any:
    """The item type of a list type (through ``Optional``)."""
    if get_origin(annotation) is list:
        return get_args(annotation)[0]
    for arg in get_args(annotation):
        if get_origin(arg) is list:
            return get_args(arg)[0]
    return annotation


def _admits_an_enum(annotation: Any) -> bool:
    """Whether a field type is an open enumeration (a plain value in it is an unknown one)."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return True
    if get_origin(annotation) in (list, dict):
        return False
    return any(_admits_an_enum(arg) for arg in get_args(annotation))
