"""The union of Bandwidth events, dispatched on ``eventType``, and :func:`parse_event`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final, Union

from pydantic import Discriminator, Field, Tag, TypeAdapter, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .._errors import PayloadError
from .._strictness import is_strict
from .._wire import DEFAULT_MAX_BYTES, Body, check_body, run_validator
from ._base import BandwidthModel, is_query_mapping
from .media_stream import MediaStreamRejected, MediaStreamStarted, MediaStreamStopped
from .recording import RecordingAvailable

__all__ = ["EVENT_TYPES", "BandwidthEvent", "UnknownEvent", "parse_event"]


class UnknownEvent(BandwidthModel):
    """An event whose ``eventType`` this version of the library does not know.

    Every field is kept, untouched, and written back by ``to_json``; read them with
    :meth:`~voice_webhooks._wire.WireModel.wire_extra`.  In strict mode an unknown event type
    is an error instead.

    >>> from voice_webhooks import bandwidth
    >>> event = bandwidth.parse_event('{"eventType": "somethingNew", "callId": "c-1"}')
    >>> event.event_type, event.wire_extra()
    ('somethingNew', {'callId': 'c-1'})
    """

    event_type: str = Field(min_length=1, description="The event type.")

    @model_validator(mode="before")
    @classmethod
    def _unknown_is_an_error_in_strict_mode(cls, data: Any, info: ValidationInfo) -> Any:
        if is_strict(info):
            event_type = _event_type_of(data) if isinstance(data, dict) else None
            raise PydanticCustomError(
                "event_type_unknown",
                "Unknown event type '{event_type}' (strict mode); known: {known}",
                {"event_type": event_type, "known": ", ".join(sorted(EVENT_TYPES))},
            )
        return data


_MODELS: Final = (MediaStreamStarted, MediaStreamRejected, MediaStreamStopped, RecordingAvailable)

EVENT_TYPES: Final[Mapping[str, type[BandwidthModel]]] = {
    model.model_fields["event_type"].default: model for model in _MODELS
}
"""Each ``eventType`` this version knows, with its model class."""

_UNKNOWN_TAG: Final = "~unknown"


def _event_type_of(body: Mapping[str, Any]) -> Any:
    """The ``eventType`` of a decoded body, given by wire or Python name (``None`` if absent)."""
    return body.get("eventType", body.get("event_type"))


def _event_tag(value: Any) -> str | None:
    event_type = (
        _event_type_of(value) if isinstance(value, dict) else getattr(value, "event_type", None)
    )
    if not isinstance(event_type, str) or not event_type:
        return None
    return event_type if event_type in EVENT_TYPES else _UNKNOWN_TAG


BandwidthEvent = Annotated[
    Union[  # noqa: UP007
        Annotated[MediaStreamStarted, Tag("mediaStreamStarted")],
        Annotated[MediaStreamRejected, Tag("mediaStreamRejected")],
        Annotated[MediaStreamStopped, Tag("mediaStreamStopped")],
        Annotated[RecordingAvailable, Tag("recordingAvailable")],
        Annotated[UnknownEvent, Tag(_UNKNOWN_TAG)],
    ],
    Discriminator(
        _event_tag,
        custom_error_type="event_type_missing",
        custom_error_message="eventType is missing or not a string",
    ),
]
"""Any Bandwidth event: a tagged union dispatched on ``eventType``.

Usable wherever Pydantic takes a type: a FastAPI body, ``TypeAdapter(BandwidthEvent)``, a field.
"""

_ADAPTER: Final = TypeAdapter(BandwidthEvent)
_SUBJECT: Final = "Bandwidth event"


def parse_event(
    body: Body, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> BandwidthEvent:
    """Parse a Bandwidth webhook body into the model of its ``eventType``.

    ``body`` is the raw JSON (``bytes`` or ``str``), an already decoded mapping, or the query
    parameters of a GET callback (a mapping of strings).  Unknown event types come back as
    :class:`UnknownEvent` with every field kept; ``strict=True`` makes them an error, and also
    rejects unknown fields, unknown enum values and timestamps that needed repair.  A body
    over ``max_bytes`` is refused before it is parsed (``None`` lifts the cap).

    Every failure raises :class:`~voice_webhooks.PayloadError`.

    >>> from voice_webhooks import bandwidth
    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
    >>> event = bandwidth.parse_event(MEDIA_STREAM_STOPPED)
    >>> type(event).__name__, event.cause.value
    ('MediaStreamStopped', 'closed')
    >>> bandwidth.parse_event(event.to_json()) == event
    True
    """
    checked = check_body(body, max_bytes, subject=_SUBJECT)
    if isinstance(checked, Mapping) and is_query_mapping(checked):
        model = EVENT_TYPES.get(_event_type_of(checked) or "")
        if model is not None:
            checked = model.decode_query(checked)
    try:
        event: BandwidthEvent = run_validator(
            _ADAPTER.validator, checked, strict=strict, subject=_SUBJECT, skip_leading=1
        )
    except PayloadError as exc:
        first = exc.errors()[0]
        if first["type"] == "event_type_missing":
            raise _no_event_type(first["input"]) from None
        if first["type"] == "event_type_unknown":
            raise PayloadError.single(
                "eventType",
                first["type"],
                first["msg"],
                _event_type_of(first["input"]),
                subject=_SUBJECT,
            ) from None
        raise
    return event


def _no_event_type(body: Any) -> PayloadError:
    """The error for a body the union cannot dispatch: not an object, or no string eventType."""
    if not isinstance(body, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(body), "a number"
        )
        return PayloadError.single(
            "",
            "body_not_object",
            f"Body should be a JSON object, got {kind}",
            body,
            subject=_SUBJECT,
        )
    if "eventType" not in body and "event_type" not in body:
        return PayloadError.single(
            "eventType",
            "missing",
            "Field required (it selects the event model)",
            subject=_SUBJECT,
        )
    return PayloadError.single(
        "eventType",
        "event_type_type",
        "eventType should be a non-empty string",
        _event_type_of(body),
        subject=_SUBJECT,
    )
