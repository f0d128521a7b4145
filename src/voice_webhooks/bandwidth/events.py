"""The union of Bandwidth events, dispatched on ``eventType``, and :func:`parse_event`."""

import threading
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Final, Union

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
from .._strictness import STRICT_CONTEXT, is_strict
from .._wire import DEFAULT_MAX_BYTES, Body, check_body, nested_too_deeply, run_validator
from ._base import BandwidthModel, is_query_mapping
from ._registry import EVENT_TYPES

if TYPE_CHECKING:
    from .bridge import BridgeComplete, BridgeTargetComplete
    from .calls import Answer, Disconnect, Initiate, Redirect
    from .conference import (
        ConferenceCompleted,
        ConferenceCreated,
        ConferenceMemberExit,
        ConferenceMemberJoin,
        ConferenceRecordingAvailable,
        ConferenceRedirect,
    )
    from .input import Dtmf, Gather
    from .machine_detection import MachineDetectionComplete
    from .media_stream import MediaStreamRejected, MediaStreamStarted, MediaStreamStopped
    from .realtime_transcription import (
        RealTimeTranscriptionAvailable,
        RealTimeTranscriptionRejected,
        RealTimeTranscriptionStarted,
        RealTimeTranscriptionStopped,
    )
    from .recording import RecordComplete, RecordingAvailable
    from .refer import ReferComplete
    from .transcription import TranscriptionAvailable
    from .transfer import TransferAnswer, TransferComplete, TransferDisconnect

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


_UNBUILT: Final = "event_model_unbuilt"


def _unbuilt(data: Any) -> Any:
    """The stand-in, in :func:`parse_event`'s validator, for a model not built yet."""
    raise PydanticCustomError(_UNBUILT, "The model of this eventType is not built yet")


class _DispatchOnEventType:
    """The core schema of :data:`BandwidthEvent`.

    Known event types go through a tagged union keyed on ``eventType``, which pydantic-core
    resolves without leaving Rust (a JSON body never becomes a Python dict on the way).  Only
    a tag that names no known type goes on to the second branch, :class:`UnknownEvent`.

    ``built`` limits the models whose schemas are generated: the others stand in as a
    validator that fails with ``event_model_unbuilt`` (see :class:`_LazyUnion`).

    With ``clean_errors`` (the public type), a body that fails reports one error per problem
    at its wire path, without the union's branch labels (:func:`_event_lines`); a valid body
    pays nothing for it.  :func:`parse_event` validates without it and words the same errors
    as a :class:`~voice_webhooks.PayloadError`.
    """

    def __init__(
        self, built: Collection[type[BandwidthModel]] | None = None, *, clean_errors: bool
    ) -> None:
        self.built = built
        self.clean_errors = clean_errors

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schemas: dict[type[BandwidthModel], core_schema.CoreSchema] = {}
        stand_in = core_schema.no_info_plain_validator_function(_unbuilt)
        choices: dict[Any, core_schema.CoreSchema] = {}
        for tag in EVENT_TYPES:
            model = EVENT_TYPES[tag] if self.built is None else EVENT_TYPES.loaded(tag)
            if model is None or (self.built is not None and model not in self.built):
                choices[tag] = stand_in  # (loading no model module on the way)
                continue
            if model not in schemas:
                schemas[model] = handler.generate_schema(model)
            choices[tag] = schemas[model]
        by_either_name: list[list[str | int]] = [["event_type"], ["eventType"]]
        known = core_schema.tagged_union_schema(
            choices, discriminator=by_either_name, from_attributes=True
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


if TYPE_CHECKING:
    BandwidthEvent = Annotated[
        Union[  # noqa: UP007
            Initiate,
            Answer,
            Disconnect,
            Redirect,
            Dtmf,
            Gather,
            MachineDetectionComplete,
            BridgeComplete,
            BridgeTargetComplete,
            TransferAnswer,
            TransferComplete,
            TransferDisconnect,
            RecordComplete,
            RecordingAvailable,
            TranscriptionAvailable,
            ConferenceCreated,
            ConferenceRedirect,
            ConferenceMemberJoin,
            ConferenceMemberExit,
            ConferenceCompleted,
            ConferenceRecordingAvailable,
            MediaStreamStarted,
            MediaStreamRejected,
            MediaStreamStopped,
            RealTimeTranscriptionStarted,
            RealTimeTranscriptionAvailable,
            RealTimeTranscriptionRejected,
            RealTimeTranscriptionStopped,
            ReferComplete,
            UnknownEvent,
        ],
        _DispatchOnEventType(clean_errors=True),
    ]
    """Any Bandwidth event: a tagged union dispatched on ``eventType``, unknown types last.

    Usable wherever Pydantic takes a type: a FastAPI body, ``TypeAdapter(BandwidthEvent)``, a
    field.  A body that does not validate gives one error per problem, located by its wire
    path (``mediaStream.duration``), with a short preview of the input.  Its JSON Schema is
    ``anyOf``: a ``oneOf`` of the known events with a ``discriminator`` on ``eventType``, then
    :class:`UnknownEvent`.  (It is made on first use, at run time from :data:`EVENT_TYPES`: so
    it loads every event model.)
    """


def _event_union(*, clean_errors: bool = True) -> Any:
    """:data:`BandwidthEvent` as it is at run time: the models of :data:`EVENT_TYPES`
    (``clean_errors=False``: the same union without the error cleaning, as parse_event uses)."""
    members = (*dict.fromkeys(EVENT_TYPES.values()), UnknownEvent)
    return Annotated[Union[members], _DispatchOnEventType(clean_errors=clean_errors)]  # noqa: UP007


def __getattr__(name: str) -> Any:
    if name == "BandwidthEvent":
        union = _event_union()
        globals()[name] = union  # made once: the same object on every access
        return union
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _LazyUnion:
    """:func:`parse_event`'s validator: the same union, with the schemas of only the models
    met so far, so that neither the import nor the first parse pays for all of them.

    A body of a known type whose model is not built yet fails with ``event_model_unbuilt``;
    :meth:`grow` then builds that model, remakes the union with it, and the body is parsed
    again.  Once every event type has been seen, this is :data:`BandwidthEvent`'s validator.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: frozenset[type[BandwidthModel]] = frozenset()
        self.current: Any = None
        """The validator as built so far (``None`` before the first parse)."""
        self.validate_json: Any = None
        """Its ``validate_json``, bound once: what the common case calls."""

    def start(self) -> Any:
        """The validator, made now if no parse has made it yet."""
        with self._lock:
            if self.current is None:
                self._use(self._make(self._built))
            return self.current

    def _use(self, validator: Any) -> None:
        self.validate_json = validator.validate_json
        self.current = validator

    @staticmethod
    def _make(built: frozenset[type[BandwidthModel]]) -> Any:
        models: tuple[type[BandwidthModel], ...] = (UnknownEvent, *built)
        for model in models:
            model.model_rebuild()  # the model's own schema, built once and reused below
        # Without the error cleaning: parse_event words the errors itself (_payload_error).
        return TypeAdapter(
            Annotated[Any, _DispatchOnEventType(built, clean_errors=False)]
        ).validator

    def grow(self, exc: ValidationError) -> bool:
        """Build the model a failed body needed, if that is why it failed; whether it was."""
        for error in exc.errors(include_url=False, include_context=False, include_input=False):
            if error["type"] == _UNBUILT:
                model = EVENT_TYPES[str(error["loc"][1])]
                with self._lock:
                    if model not in self._built:
                        self._built = self._built | {model}
                        self._use(self._make(self._built))
                return True
        return False


_PARSER: Final = _LazyUnion()
# Made at import, holding no event model yet: what any first parse needs (pydantic's validator
# machinery, UnknownEvent) is paid with the import, at start-up, not by the first request.
_PARSER.start()
_SUBJECT: Final = "Bandwidth event"


def parse_event(
    body: Body, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> "BandwidthEvent":
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
    if type(body) is bytes and body and (max_bytes is None or len(body) <= max_bytes):
        # The common case, kept short: a JSON body as the web framework (or a log) hands it over.
        try:
            validate = _PARSER.validate_json or _PARSER.start().validate_json
            if strict:
                return validate(body, extra="forbid", context=STRICT_CONTEXT)  # type: ignore[no-any-return]
            return validate(body)  # type: ignore[no-any-return]  # no context: lenient
        except ValidationError as exc:
            if _PARSER.grow(exc):
                return parse_event(body, strict=strict, max_bytes=max_bytes)
            raise _payload_error(exc) from None
        except RecursionError:
            raise nested_too_deeply(_SUBJECT) from None
    checked = check_body(body, max_bytes, subject=_SUBJECT)
    if isinstance(checked, Mapping) and is_query_mapping(checked):
        model = EVENT_TYPES.get(_event_type_of(checked) or "")
        if model is not None:
            checked = model.decode_query(checked)
    try:
        event: BandwidthEvent = run_validator(
            _PARSER.current or _PARSER.start(),
            checked,
            strict=strict,
            subject=_SUBJECT,
            translate=_translate,
        )
    except _Grown:
        event = run_validator(
            _PARSER.current, checked, strict=strict, subject=_SUBJECT, translate=_translate
        )
    return event


class _Grown(Exception):
    """The body's model was built just now: parse it again."""


def _translate(exc: ValidationError) -> PayloadError:
    if _PARSER.grow(exc):
        raise _Grown
    return _payload_error(exc)


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
