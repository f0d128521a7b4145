"""Messages dispatched on a tag field, with a fallback for tags this version does not know.

Each provider's WebSocket messages carry their kind in one field (Bandwidth ``eventType``,
SignalWire ``event``).  :class:`Dispatch` builds, from the message models, the core schema of
their union (a tagged union that pydantic-core resolves without leaving Rust, then the unknown
message only for a tag no model has) and the parse function with the package's rules: the size
cap, strict mode and one :class:`~voice_webhooks.PayloadError` naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Final, Generic, TypeVar, Union

from pydantic import (
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from ._errors import PayloadError, from_error_list
from ._strictness import is_strict
from ._wire import DEFAULT_MAX_BYTES, Body, WireModel, check_body, nested_too_deeply, run_validator

__all__ = ["Dispatch", "UnknownMessage"]

T = TypeVar("T")

# Labels of the two branches of the union, as they appear in Pydantic's error locations.
_KNOWN: Final = "~known"
_UNKNOWN: Final = "~unknown"


def _not_a_known_type(schema: dict[str, Any], cls: type[UnknownMessage]) -> None:
    """JSON Schema of an unknown message: its tag is none of the known ones."""
    tag = schema.get("properties", {}).get(cls.tag_wire_name)
    if tag is not None:  # (the base declares no tag)
        tag["not"] = {"enum": sorted(cls.known_tags)}


class UnknownMessage(WireModel):
    """Base of the models of messages whose tag this version does not know.

    Every field is kept and written back (read them with ``wire_extra()``); in strict mode an
    unknown tag is an error instead.  Subclasses declare the tag field (a non-empty ``str``).
    """

    model_config = ConfigDict(json_schema_extra=_not_a_known_type)

    tag_wire_name: ClassVar[str] = ""
    """The wire name of the tag field."""
    known_tags: ClassVar[frozenset[str]] = frozenset()
    """The tags that have models of their own (set by :class:`Dispatch`)."""

    @model_validator(mode="before")
    @classmethod
    def _unknown_is_an_error_in_strict_mode(cls, data: Any, info: ValidationInfo) -> Any:
        if is_strict(info) and isinstance(data, dict):  # not an object: the model's own error
            raise PydanticCustomError(
                "message_type_unknown",
                "Unknown {tag} '{value}' (strict mode); known: {known}",
                {
                    "tag": cls.tag_wire_name,
                    "value": _tag_of(data, cls.tag_wire_name, _python_tag(cls)),
                    "known": ", ".join(sorted(cls.known_tags)),
                },
            )
        return data


def _python_tag(cls: type[WireModel]) -> str:
    wire = getattr(cls, "tag_wire_name", "")
    for name, field in cls.model_fields.items():
        if (field.alias or name) == wire:
            return name
    return wire


def _tag_of(body: Mapping[str, Any], wire: str, python: str) -> Any:
    """The tag of a decoded body, given by wire or Python name (``None`` if absent)."""
    return body.get(wire, body.get(python))


class Dispatch(Generic[T]):
    """The union of one provider's messages and its parse function.

    ``models`` each fix the tag field to a ``Literal`` with a default; ``unknown`` takes any
    other tag.  Use the instance as the metadata of the union's ``Annotated`` type, then call
    :meth:`parse` (after the union type exists, so that :meth:`bind` can build the validator).
    """

    def __init__(
        self,
        *,
        tag: str,
        models: tuple[type[WireModel], ...],
        unknown: type[UnknownMessage],
        subject: str,
    ) -> None:
        self.tag = tag
        self.python_tag = _python_tag(unknown)
        self.models = models
        self.unknown = unknown
        self.subject = subject
        self.by_tag: Mapping[str, type[WireModel]] = {
            model.model_fields[self.python_tag].default: model for model in models
        }
        unknown.known_tags = frozenset(self.by_tag)
        self._adapter: TypeAdapter[T] | None = None

    # -- the core schema -----------------------------------------------------------------------

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        known = handler.generate_schema(
            Annotated[Union[self.models], Field(discriminator=self.python_tag)]  # noqa: UP007
        )
        unknown = core_schema.no_info_before_validator_function(
            self._only_unknown_tags, handler.generate_schema(self.unknown)
        )
        return core_schema.union_schema(
            [(known, _KNOWN), (unknown, _UNKNOWN)], mode="left_to_right"
        )

    def _only_unknown_tags(self, data: Any) -> Any:
        """Guard of the unknown branch: a body of a known tag that failed its own model must
        not come back as an unknown message."""
        tag = _tag_of(data, self.tag, self.python_tag) if isinstance(data, dict) else None
        if isinstance(tag, str) and tag in self.by_tag:
            raise PydanticCustomError("message_type_known", "The tag is known: see its own model")
        return data

    # -- parsing -------------------------------------------------------------------------------

    def bind(self, union: Any) -> None:
        """Build the validator of ``union`` (the ``Annotated`` type carrying this dispatch)."""
        self._adapter = TypeAdapter(union)

    def parse(self, frame: Body, *, strict: bool, max_bytes: int | None = DEFAULT_MAX_BYTES) -> T:
        """Parse one message (JSON text, bytes or a decoded mapping) into its model."""
        adapter = self._adapter
        assert adapter is not None, "Dispatch.bind() was not called"
        kind = type(frame)
        if (
            (kind is str or kind is bytes)
            and frame
            and not strict
            and (max_bytes is None or len(frame) * (4 if kind is str else 1) <= max_bytes)
        ):
            # The common case, kept short: a WebSocket text frame as the server hands it over.
            try:
                # no context: lenient
                return adapter.validator.validate_json(frame)  # type: ignore[arg-type, no-any-return]
            except ValidationError as exc:
                raise self._payload_error(exc) from None
            except RecursionError:
                raise nested_too_deeply(self.subject) from None
        checked = check_body(frame, max_bytes, subject=self.subject)
        result: T = run_validator(
            adapter.validator,
            checked,
            strict=strict,
            subject=self.subject,
            translate=self._payload_error,
        )
        return result

    def _payload_error(self, exc: ValidationError) -> PayloadError:
        """The :class:`PayloadError` for a body the union refused, from the branch that matters."""
        errors = exc.errors(include_url=False)
        known = [e for e in errors if e["loc"][:1] == (_KNOWN,)]
        if not known:  # the body itself: not JSON, not UTF-8
            return from_error_list(errors, subject=self.subject)
        dispatch = next((e for e in known if len(e["loc"]) == 1), None)
        if dispatch is None:  # a known tag: its model's errors, less the label and the tag
            return from_error_list(known, subject=self.subject, skip_leading=2)
        body = dispatch["input"]
        tag = _tag_of(body, self.tag, self.python_tag) if isinstance(body, dict) else None
        if not isinstance(tag, str) or not tag:  # nothing to dispatch on
            return self._no_tag(body)
        unknown = [e for e in errors if e["loc"][:1] == (_UNKNOWN,)]
        first = unknown[0]
        if first["type"] == "message_type_unknown":
            return PayloadError.single(
                self.tag, first["type"], first["msg"], tag, subject=self.subject
            )
        return from_error_list(unknown, subject=self.subject, skip_leading=1)

    def _no_tag(self, body: Any) -> PayloadError:
        """The error for a body that cannot be dispatched: not an object, or no string tag."""
        if not isinstance(body, dict):
            kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
                type(body), "a number"
            )
            return PayloadError.single(
                "", "body_not_object", f"Body should be a JSON object, got {kind}", body,
                subject=self.subject,
            )  # fmt: skip
        if self.tag not in body and self.python_tag not in body:
            return PayloadError.single(
                self.tag, "missing", "Field required (it selects the message model)",
                subject=self.subject,
            )  # fmt: skip
        return PayloadError.single(
            self.tag, "message_type_type", f"{self.tag} should be a non-empty string",
            _tag_of(body, self.tag, self.python_tag), subject=self.subject,
        )  # fmt: skip
