"""The union of Bandwidth events, dispatched on ``eventType``, and :func:`parse_event`."""

from collections.abc import Mapping
from typing import Annotated, Any, Final, Union, get_args

from pydantic import (
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import ErrorDetails, PydanticCustomError, core_schema

from .._clean_errors import clean_lines, fast_schema, with_clean_errors
from .._errors import PayloadError, from_error_list
from .._strictness import context_for, is_strict
from .._wire import DEFAULT_MAX_BYTES, Body, check_body, nested_too_deeply, run_validator
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

    model_config = ConfigDict(json_schema_extra=lambda schema: _not_a_known_type(schema))

    event_type: str = Field(min_length=1, description="The event type.")

    @model_validator(mode="before")
    @classmethod
    def _unknown_is_an_error_in_strict_mode(cls, data: Any, info: ValidationInfo) -> Any:
        if is_strict(info) and isinstance(data, dict):  # not an object: the model's own error
            event_type = _event_type_of(data)
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


def _not_a_known_type(schema: dict[str, Any]) -> None:
    """JSON Schema of :class:`UnknownEvent`: its ``eventType`` is none of the known ones."""
    schema["properties"]["eventType"]["not"] = {"enum": sorted(EVENT_TYPES)}


def _event_type_of(body: Mapping[str, Any]) -> Any:
    """The ``eventType`` of a decoded body, given by wire or Python name (``None`` if absent)."""
    return body.get("eventType", body.get("event_type"))


# Labels of the two branches of the union, as they appear in Pydantic's error locations.
_KNOWN: Final = "~known"
_UNKNOWN: Final = "~unknown"


def _only_unknown_types(data: Any) -> Any:
    """Guard of the unknown-event branch: a body of a known type that failed its own model must
    not come back as an :class:`UnknownEvent`."""
    event_type = _event_type_of(data) if isinstance(data, dict) else None
    if isinstance(event_type, str) and event_type in EVENT_TYPES:
        raise PydanticCustomError("event_type_known", "eventType is known: see its own model")
    return data


class _DispatchOnEventType:
    """The core schema of :data:`BandwidthEvent`.

    Known event types go through a tagged union keyed on ``eventType``, which pydantic-core
    resolves without leaving Rust (a JSON body never becomes a Python dict on the way).  Only
    a tag that names no known type goes on to the second branch, :class:`UnknownEvent`.

    With ``clean_errors`` (the public type), a body that fails reports one error per problem
    at its wire path, without the union's branch labels (:func:`_event_lines`); a valid body
    pays nothing for it.  :func:`parse_event` validates without it and words the same errors
    as a :class:`~voice_webhooks.PayloadError`.
    """

    def __init__(self, *, clean_errors: bool) -> None:
        self.clean_errors = clean_errors

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        known = handler.generate_schema(
            Annotated[Union[_MODELS], Field(discriminator="event_type")]  # noqa: UP007
        )
        unknown = core_schema.no_info_before_validator_function(
            _only_unknown_types, handler.generate_schema(UnknownEvent)
        )
        union = core_schema.union_schema(
            [(known, _KNOWN), (unknown, _UNKNOWN)], mode="left_to_right"
        )
        if not self.clean_errors:
            return union
        return with_clean_errors(union, _event_lines, title="BandwidthEvent")

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return handler(fast_schema(schema))


BandwidthEvent = Annotated[
    Union[  # noqa: UP007
        MediaStreamStarted,
        MediaStreamRejected,
        MediaStreamStopped,
        RecordingAvailable,
        UnknownEvent,
    ],
    _DispatchOnEventType(clean_errors=True),
]
"""Any Bandwidth event: a tagged union dispatched on ``eventType``, unknown types last.

Usable wherever Pydantic takes a type: a FastAPI body, ``TypeAdapter(BandwidthEvent)``, a field.
A body that does not validate gives one error per problem, located by its wire path
(``mediaStream.duration``), with a short preview of the input.  Its JSON Schema is ``anyOf``: a
``oneOf`` of the known events with a ``discriminator`` on ``eventType``, then
:class:`UnknownEvent`.
"""

# The same union without the error cleaning: parse_event words the errors itself.
_UNCLEANED: Any = Annotated[get_args(BandwidthEvent)[0], _DispatchOnEventType(clean_errors=False)]
_ADAPTER: Final[TypeAdapter[BandwidthEvent]] = TypeAdapter(_UNCLEANED)
_VALIDATE_JSON: Final = _ADAPTER.validator.validate_json
_LENIENT: Final = context_for(False)
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
    if (
        type(body) is bytes
        and body
        and not strict
        and (max_bytes is None or len(body) <= max_bytes)
    ):
        # The common case, kept short: a JSON body as the web framework hands it over.
        try:
            return _VALIDATE_JSON(body, context=_LENIENT)  # type: ignore[no-any-return]
        except ValidationError as exc:
            raise _payload_error(exc) from None
        except RecursionError:
            raise nested_too_deeply(_SUBJECT) from None
    checked = check_body(body, max_bytes, subject=_SUBJECT)
    if isinstance(checked, Mapping) and is_query_mapping(checked):
        model = EVENT_TYPES.get(_event_type_of(checked) or "")
        if model is not None:
            checked = model.decode_query(checked)
    event: BandwidthEvent = run_validator(
        _ADAPTER.validator, checked, strict=strict, subject=_SUBJECT, translate=_payload_error
    )
    return event


def _payload_error(exc: ValidationError) -> PayloadError:
    """The :class:`PayloadError` for a body the union refused, from the branch that matters."""
    return from_error_list(_event_lines(exc.errors(include_url=False)), subject=_SUBJECT)


def _event_lines(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """The errors of the branch of the union that matters, located by wire keys only."""
    known = [e for e in errors if e["loc"][:1] == (_KNOWN,)]
    if not known:  # the body itself: not JSON, not UTF-8
        return clean_lines(errors)
    dispatch = next((e for e in known if len(e["loc"]) == 1), None)
    if dispatch is None:  # a known eventType: its model's errors, less the label and the tag
        return clean_lines(known, skip_leading=2)
    body = dispatch["input"]
    event_type = _event_type_of(body) if isinstance(body, dict) else None
    if not isinstance(event_type, str) or not event_type:  # nothing to dispatch on
        return [_no_event_type(body)]
    unknown = [e for e in errors if e["loc"][:1] == (_UNKNOWN,)]
    first = unknown[0]
    if first["type"] == "event_type_unknown":
        return [_line("eventType", first["type"], first["msg"], _event_type_of(first["input"]))]
    return clean_lines(unknown, skip_leading=1)


def _line(key: str, type_: str, msg: str, input_: Any = None) -> ErrorDetails:
    return ErrorDetails(type=type_, loc=(key,) if key else (), msg=msg, input=input_)


def _no_event_type(body: Any) -> ErrorDetails:
    """The error for a body the union cannot dispatch: not an object, or no string eventType."""
    if not isinstance(body, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(body), "a number"
        )
        return _line("", "body_not_object", f"Body should be a JSON object, got {kind}", body)
    if "eventType" not in body and "event_type" not in body:
        return _line("eventType", "missing", "Field required (it selects the event model)")
    return _line(
        "eventType",
        "event_type_type",
        "eventType should be a non-empty string",
        _event_type_of(body),
    )
