"""Pydantic's JSON Schema generator, taught the package's wire types and its two parsing modes.

The field types of :mod:`voice_webhooks.types` validate natively and fall back to Python for
what lenient parsing repairs or keeps (unknown enum values, sloppy timestamps); their own JSON
Schema is the canonical (native) form.  This generator writes each as:

* **strict** - the canonical form only: a closed ``enum``; an RFC 3339 ``date-time`` with a
  ``pattern`` that asserts it (formats are only annotations unless a validator is told
  otherwise); ``additionalProperties: false`` on every object;
* **lenient** - ``anyOf: [canonical, fallback]``, the same shape as the type's validator: the
  known values or the canonical format first, then what lenient parsing also takes (another
  string or integer, a repairable timestamp); ``additionalProperties: true``.

In serialization mode (what ``to_json`` writes) timestamps and durations are always canonical,
while enumerations and objects stay open unless strict.

>>> from pydantic import TypeAdapter
>>> from voice_webhooks.bandwidth import CallDirection
>>> from voice_webhooks.types import OpenEnum
>>> adapter = TypeAdapter(OpenEnum[CallDirection])
>>> adapter.json_schema(schema_generator=Lenient)["anyOf"][1]["type"]
'string'
>>> adapter.json_schema(schema_generator=Strict)["$ref"]
'#/$defs/CallDirection'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, cast

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from .._errors import FALLBACK_BRANCH
from .._strictness import DURATION_PATTERN, RFC3339_PATTERN
from ..signalwire import _rfc2822
from .docstrings import member_docs, summary

if TYPE_CHECKING:
    from pydantic._internal._core_utils import CoreSchemaOrField

__all__ = [
    "DURATION_PATTERN",
    "ENUM_DESCRIPTIONS",
    "PATTERN_NAMES",
    "RFC2822_PATTERN",
    "RFC3339_PATTERN",
    "Lenient",
    "Strict",
    "WireSchema",
]

RFC2822_PATTERN: Final = f"^{_rfc2822._RFC2822.pattern}$"
"""RFC 2822 dates as the Streams API writes them (``Wed, 19 Sep 2018 21:00:00 +0000``)."""

PATTERN_NAMES: Final = {
    RFC3339_PATTERN: "RFC 3339 date-time",
    DURATION_PATTERN: "ISO 8601 duration",
    RFC2822_PATTERN: "RFC 2822 date",
}
"""A name for each pattern above, for the reference docs."""

ENUM_DESCRIPTIONS: Final = "x-enumDescriptions"
"""The keyword holding the meaning of each enum value (Redocly's extension)."""

_ENUM_MARK: Final = "x-voice-webhooks-enum"  # set on enums while generating, never output

_REPAIRED: Final = {
    "date-time": "Not RFC 3339: lenient parsing repairs a sloppy but unambiguous timestamp "
    "(no zone: UTC).",
    "duration": "Another ISO 8601 form without years or months, such as `PT1.5H`.",
    "rfc2822": "Not RFC 2822: lenient parsing repairs a readable date (`Sept`, long names, "
    "no zone: UTC).",
}
_UNKNOWN_VALUE: Final = "A value this version does not know, kept as is (lenient mode)."


def _is_fast_or_fallback(schema: CoreSchemaOrField) -> bool:
    """A field type of :mod:`voice_webhooks.types`: a union whose last branch is its fallback."""
    if schema.get("type") != "union":
        return False
    choices = cast("dict[str, Any]", schema)["choices"]
    return isinstance(choices[-1], tuple) and choices[-1][1] == FALLBACK_BRANCH


def _is_rfc2822(schema: CoreSchemaOrField) -> bool:
    function = schema.get("function")
    return (
        schema.get("type") == "function-plain"
        and isinstance(function, dict)
        and function.get("function") is _rfc2822._validate
    )


class WireSchema(GenerateJsonSchema):
    """The package's generator; :class:`Lenient` and :class:`Strict` fix the parsing mode."""

    strict: ClassVar[bool] = False

    def generate(
        self, schema: CoreSchema, mode: Literal["validation", "serialization"] = "validation"
    ) -> JsonSchemaValue:
        """The schema, with each enumeration moved to ``$defs`` once, under its class name."""
        self._enums: dict[str, JsonSchemaValue] = {}
        result = super().generate(schema, mode)
        defs = {
            name: definition
            for name, definition in result.pop("$defs", {}).items()
            if _ENUM_MARK not in definition  # an enumeration Pydantic moved itself: added below
        }
        result = _hoist_enums(result, self._enums)
        defs = {**_hoist_enums(defs, self._enums), **self._enums}
        if defs:
            result["$defs"] = dict(sorted(defs.items()))
        return _flatten_any_of(result)  # type: ignore[no-any-return]

    def generate_inner(self, schema: CoreSchemaOrField) -> JsonSchemaValue:
        """Each wire type of the package in this generator's mode; the rest as Pydantic does."""
        if _is_fast_or_fallback(schema):
            return self._wire_type(super().generate_inner(schema))
        if _is_rfc2822(schema):
            canonical = {
                "type": "string",
                "pattern": RFC2822_PATTERN,
                **super().generate_inner(schema),
            }
            return self._repairable(canonical, "rfc2822")
        if (
            self.mode == "serialization"
            and schema.get("type") == "model"
            and "serialization" in schema
        ):
            # A model serializer (the custom parameters spread into numbered form keys) writes
            # the fields that the model's own schema describes.
            schema = cast(
                "CoreSchemaOrField", {k: v for k, v in schema.items() if k != "serialization"}
            )
        return super().generate_inner(schema)

    def _wire_type(self, canonical: JsonSchemaValue) -> JsonSchemaValue:
        kind = canonical.get("format")
        if kind == "date-time":
            return self._repairable({**canonical, "pattern": RFC3339_PATTERN}, kind)
        if kind == "duration":
            return self._repairable({"type": "string", "pattern": DURATION_PATTERN}, kind)
        if self.strict:  # an open enumeration: known values only
            return canonical
        base = self.resolve_ref_schema(canonical).get("type", "string")
        return {"anyOf": [canonical, {"type": base, "description": _UNKNOWN_VALUE}]}

    def _repairable(self, canonical: JsonSchemaValue, kind: str) -> JsonSchemaValue:
        if self.strict or self.mode == "serialization":
            return canonical
        return {"anyOf": [canonical, {"type": "string", "description": _REPAIRED[kind]}]}

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        """An enumeration, with its summary and the meaning of each value that has one."""
        cls = schema["cls"]
        result = super().enum_schema(schema)
        result["description"] = summary(cls.__doc__)
        meanings = member_docs(cls)
        described = {
            str(member.value): meanings[member.name] for member in cls if member.name in meanings
        }
        if described:
            result[ENUM_DESCRIPTIONS] = described
        self._enums[cls.__name__] = dict(result)
        return {**result, _ENUM_MARK: cls.__name__}

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        """A model: its docstring's summary, open or closed to unknown fields by mode, and the
        fields it always writes required (an event's ``eventType``: it selects the model)."""
        result = super().model_schema(schema)
        target = self.resolve_ref_schema(result)
        cls = schema["cls"]
        target["description"] = summary(cls.__doc__)
        target["additionalProperties"] = not self.strict
        always: frozenset[str] = getattr(cls, "_always_written", frozenset())
        wire = {cls.model_fields[name].alias or name for name in always}
        if wire:
            required = set(target.get("required", ())) | wire
            target["required"] = [key for key in target["properties"] if key in required]
        return result

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        """No ``default``: a model's defaults are Python's, and absent fields stay absent."""
        return self.generate_inner(schema["schema"])

    def field_title_should_be_set(self, schema: CoreSchemaOrField) -> bool:
        """No field titles: the wire name is the key, and the description says the rest."""
        return False


class Lenient(WireSchema):
    """What lenient parsing (the default) accepts, or what ``to_json`` writes."""

    strict = False


class Strict(WireSchema):
    """What ``strict=True`` parsing accepts: no unknown fields, values or repairs."""

    strict = True


def _hoist_enums(value: Any, enums: dict[str, JsonSchemaValue]) -> Any:
    """Replace each marked enumeration by a ``$ref``, keeping the keys a field added to it."""
    if isinstance(value, list):
        return [_hoist_enums(item, enums) for item in value]
    if not isinstance(value, dict):
        return value
    if _ENUM_MARK in value:
        name = value[_ENUM_MARK]
        own = enums[name]
        added = {k: v for k, v in value.items() if k != _ENUM_MARK and own.get(k) != v}
        return {"$ref": f"#/$defs/{name}", **added}
    return {key: _hoist_enums(item, enums) for key, item in value.items()}


def _flatten_any_of(value: Any) -> Any:
    """``anyOf: [{anyOf: [a, b]}, c]`` as ``anyOf: [a, b, c]`` (an optional open enum)."""
    if isinstance(value, list):
        return [_flatten_any_of(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {key: _flatten_any_of(item) for key, item in value.items()}
    if "anyOf" in out:
        flat: list[Any] = []
        for branch in out["anyOf"]:
            nested = isinstance(branch, dict) and set(branch) == {"anyOf"}
            flat.extend(branch["anyOf"] if nested else [branch])
        out["anyOf"] = flat
    return out
