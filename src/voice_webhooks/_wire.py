"""The base every model shares: configuration, reading bodies, strict handling, wire output."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._clean_errors import Validated, clean_lines, validation_error
from ._errors import PayloadError, from_validation_error, wire_path
from ._json_data import JsonData, find_problem
from ._strictness import STRICT_CONTEXT

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Body",
    "SentModel",
    "WireModel",
    "check_body",
    "run_validator",
]

DEFAULT_MAX_BYTES = 1_048_576
"""The default body-size cap (1 MiB); real webhook bodies are a few kilobytes."""

Body = Union[bytes, bytearray, memoryview, str, Mapping[str, Any]]  # noqa: UP007
"""What the parse functions accept: JSON text (bytes or str) or an already decoded mapping."""

M = TypeVar("M", bound="WireModel")


def check_body(
    body: object, max_bytes: int | None, *, subject: str = "payload"
) -> bytes | bytearray | str | Mapping[str, Any]:
    """Check a body's type and, before any parsing, its size; return it ready to validate."""
    if isinstance(body, memoryview):
        body = body.tobytes()
    if isinstance(body, (bytes, bytearray)):
        size = len(body)
    elif isinstance(body, str):
        size = len(body)
        if max_bytes is not None and size * 4 > 0 and size * 4 > max_bytes >= size:
            size = len(body.encode("utf-8", "surrogatepass"))
    elif isinstance(body, Mapping):
        return body
    else:
        raise PayloadError.single(
            "",
            "body_type",
            f"Body should be JSON bytes or str, or a mapping; got {type(body).__name__}",
            subject=subject,
        )
    if max_bytes is not None and size > max_bytes:
        raise PayloadError.single(
            "",
            "body_too_large",
            f"Body is {size} bytes, over the {max_bytes}-byte cap (max_bytes=)",
            subject=subject,
        )
    if size == 0:
        raise PayloadError.single("", "json_invalid", "Body is empty", subject=subject)
    return body


if TYPE_CHECKING:
    from pydantic.plugin._schema_validator import PluggableSchemaValidator
    from pydantic_core import SchemaValidator

    # The type of ``BaseModel.__pydantic_validator__`` and of ``TypeAdapter.validator``.
    _Validator = SchemaValidator | PluggableSchemaValidator


def run_validator(
    validator: _Validator,
    body: bytes | bytearray | str | Mapping[str, Any],
    *,
    strict: bool,
    subject: str,
    skip_leading: int = 0,
    translate: Callable[[ValidationError], PayloadError] | None = None,
) -> Any:
    """Validate with one of the package's validators, turning every failure into PayloadError.

    ``translate`` replaces the default translation of Pydantic's errors (which drops
    ``skip_leading`` parts of each location).
    """
    extra: Literal["forbid"] | None = "forbid" if strict else None
    context = STRICT_CONTEXT if strict else None  # no context: lenient
    try:
        if isinstance(body, Mapping):
            data = body if isinstance(body, dict) else dict(body)
            _check_json_data(data, subject)
            return validator.validate_python(data, extra=extra, context=context)
        return validator.validate_json(body, extra=extra, context=context)
    except ValidationError as exc:
        if translate is not None:
            raise translate(exc) from None
        raise from_validation_error(exc, subject=subject, skip_leading=skip_leading) from None
    except RecursionError:
        raise nested_too_deeply(subject) from None


def _check_json_data(data: Mapping[str, Any], subject: str) -> None:
    """A decoded body holds only what JSON can carry (what ``to_json`` must write back)."""
    problem = find_problem(data)
    if problem is not None:
        path, kind, message, offending = problem
        raise PayloadError.single(wire_path(path), kind, message, offending, subject=subject)


def nested_too_deeply(subject: str) -> PayloadError:
    """The error for a body nested deeper than the parser's recursion limit."""
    return PayloadError.single("", "recursion", "Body is nested too deeply", subject=subject)


def _clean_error(model: type[BaseModel], exc: ValidationError) -> ValidationError:
    """A model's validation error, one error per problem at its wire path, bounded in size."""
    return validation_error(model.__name__, clean_lines(exc.errors()))


def _validate_init(instance: WireModel, data: dict[str, Any], **options: Any) -> None:
    """What ``__init__`` does: validate ``data`` into ``instance``, with clean errors."""
    __tracebackhide__ = True
    try:
        instance.__pydantic_validator__.validate_python(data, self_instance=instance, **options)
    except ValidationError as exc:
        raise _clean_error(type(instance), exc) from None


def _with_clean_errors(name: str) -> Any:
    """Pydantic's classmethod ``name`` (``model_validate``...), raising clean errors."""
    validate_as_pydantic_does = getattr(BaseModel, name).__func__

    def validate(cls: type[WireModel], data: Any, /, **options: Any) -> Any:
        __tracebackhide__ = True
        try:
            return validate_as_pydantic_does(cls, data, **options)
        except ValidationError as exc:
            raise _clean_error(cls, exc) from None

    validate.__name__ = validate.__qualname__ = name
    validate.__doc__ = validate_as_pydantic_does.__doc__
    return classmethod(validate)


class WireModel(BaseModel, Validated):
    """Base of every model: immutable, compares by value, keeps unknown fields.

    Python names are snake_case; wire names are exact and used on output.  Both are accepted on
    input.  Fields absent on the wire stay absent on output (``to_json`` leaves out what was
    never set), and unknown fields are kept and written back.

    Validating a model (building it, or Pydantic's ``model_validate``, ``model_validate_json``,
    ``model_validate_strings``) reports one error per problem, located by its wire path, with a
    short preview of the offending input: never a whole body.

    >>> from pydantic import Field
    >>> class Leg(WireModel):
    ...     call_id: str = Field(alias="callId")
    >>> leg = Leg.from_json('{"callId": "c-1", "addedLater": true}')
    >>> leg.call_id, leg.wire_extra()
    ('c-1', {'addedLater': True})
    >>> leg.to_json()
    '{"callId":"c-1","addedLater":true}'
    """

    model_config = ConfigDict(
        extra="allow",
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        use_attribute_docstrings=False,
        regex_engine="rust-regex",
        hide_input_in_errors=False,
        defer_build=True,
    )

    # Unknown fields hold what to_json can write back unchanged: no NaN, no absurd nesting.
    __pydantic_extra__: dict[str, JsonData] = Field(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

    _always_written: ClassVar[frozenset[str]] = frozenset()
    """Fields written on output even when left at their default (an event's ``eventType``)."""

    if not TYPE_CHECKING:  # type checkers keep Pydantic's signatures

        def __init__(self, /, **data: Any) -> None:
            __tracebackhide__ = True
            _validate_init(self, data)

        # Pydantic's mark for an __init__ that only validates (see SentModel.__init__).
        __init__.__pydantic_base_init__ = True

        model_validate = _with_clean_errors("model_validate")
        model_validate_json = _with_clean_errors("model_validate_json")
        model_validate_strings = _with_clean_errors("model_validate_strings")

    @classmethod
    def from_json(
        cls: type[M], body: Body, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
    ) -> M:
        """Parse a JSON body (bytes or str) or an already decoded mapping into this model.

        ``strict=True`` rejects unknown fields, unknown enum values and repaired timestamps.
        Raises :class:`~voice_webhooks.PayloadError` for any bad input.
        """
        checked = check_body(body, max_bytes, subject=cls._subject())
        result = run_validator(
            cls.__pydantic_validator__, cls._prepare(checked), strict=strict, subject=cls._subject()
        )
        return result  # type: ignore[no-any-return]

    @classmethod
    def _prepare(
        cls, body: bytes | bytearray | str | Mapping[str, Any]
    ) -> bytes | bytearray | str | Mapping[str, Any]:
        """A hook for providers whose mapping input needs decoding first."""
        return body

    @classmethod
    def _subject(cls) -> str:
        return f"{cls.__name__} payload"

    def to_json(self) -> str:
        """The wire form as JSON text; parsing it back gives an equal model."""
        self._count_always_written_as_set()
        return self.model_dump_json(by_alias=True, exclude_unset=True)

    def to_dict(self) -> dict[str, Any]:
        """The wire form as a JSON-compatible ``dict`` (what :meth:`to_json` encodes)."""
        self._count_always_written_as_set()
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def _count_always_written_as_set(self) -> None:
        # Done on output rather than in model_post_init, which would cost a Python call on
        # every parse.
        missing = self._always_written - self.__pydantic_fields_set__
        if missing:
            self.__pydantic_fields_set__.update(missing)

    def wire_extra(self) -> dict[str, Any]:
        """The unknown fields that arrived with this object, by wire name (empty when none)."""
        return dict(self.__pydantic_extra__ or {})


class SentModel(WireModel):
    """Base of the models a user builds to send (requests, verbs, outbound messages).

    Received = lenient, sent = strict: building one in Python validates it in strict mode, so
    an unknown enum value, a wrong URL scheme or a misspelt field name is an error at
    construction, not a rejection from the provider later.  Its enum fields are
    :data:`~voice_webhooks.types.ClosedEnum`, so type checkers catch the same mistakes first.
    ``from_json``/``from_form`` still read a received body leniently unless ``strict=True``.

    >>> from pydantic import Field
    >>> class Hangup(SentModel):
    ...     reason: str = Field(alias="Reason")
    >>> Hangup(reason="busy").to_json()
    '{"Reason":"busy"}'
    >>> Hangup(reason="busy", reasn="typo")
    Traceback (most recent call last):
        ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Hangup
    reasn
      Extra inputs are not permitted ...
    """

    if not TYPE_CHECKING:  # type checkers keep the signature Pydantic synthesizes from the fields

        def __init__(self, /, **data: Any) -> None:
            __tracebackhide__ = True
            _validate_init(self, data, context=STRICT_CONTEXT, extra="forbid")

        # Pydantic's own mark for an __init__ that only validates, as BaseModel's and
        # RootModel's do: without it pydantic-core would call this __init__ for every
        # validation (from_form and model_validate too), and parsing could not stay lenient.
        __init__.__pydantic_base_init__ = True
