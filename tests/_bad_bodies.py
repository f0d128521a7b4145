"""Bad bodies made from the models themselves: every field of every event type, at any depth.

A complete valid body is built from a model's JSON Schema (every property present, optional
ones included); each :class:`Mutation` then breaks it in one place (a required field missing, a
value of the wrong JSON type, a bad timestamp or duration, an unknown enumeration value) and
says where the one error it causes must be.  Nothing is listed by hand, so an event type added
to the package is covered as soon as it is in ``bandwidth.EVENT_TYPES``.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import Any

from voice_webhooks import WireModel, bandwidth

Loc = tuple[str | int, ...]

TIMESTAMP = "2022-06-30T18:55:02.489Z"
DURATION = "PT1M52.217257456S"
BAD_TIMESTAMP = "yesterday at noon"
BAD_DURATION = "PT1X"
UNKNOWN_VALUE = "addedByTheProviderLater"
FIVE_MB = 5 * 1024 * 1024


@dataclass(frozen=True)
class Field:
    """A place in a body: its wire path, its JSON Schema, and whether it may be left out."""

    loc: Loc
    schema: dict[str, Any]
    required: bool

    @property
    def kind(self) -> str:
        """``object``, ``array``, ``enum``, ``date-time``, ``duration`` or a JSON type."""
        if "enum" in self.schema:
            return "enum"
        if self.schema.get("format") in ("date-time", "duration"):
            return str(self.schema["format"])
        return str(self.schema.get("type", "const" if "const" in self.schema else "?"))


@dataclass(frozen=True)
class Mutation:
    """One thing wrong with a model's complete body, and the one error it must cause."""

    model: type[WireModel]
    what: str  # missing, wrong-type, bad-timestamp, bad-duration, unknown-value
    loc: Loc
    strict: bool = False  # an unknown value is an error in strict mode only

    def __repr__(self) -> str:
        where = ".".join(str(part) for part in self.loc)
        return f"{self.model.__name__}:{self.what}:{where}"

    def body(self) -> dict[str, Any]:
        """The complete body, broken in this one place."""
        body = complete_body(self.model)
        *parents, last = self.loc
        target: Any = body
        for part in parents:
            target = target[part]
        if self.what == "missing":
            del target[last]
        else:
            target[last] = _BAD_VALUES[self.what](_field_at(self.model, self.loc))
        return body


def _wrong_type(field: Field) -> Any:
    return {} if field.kind == "array" else []  # no field takes both an object and an array


_BAD_VALUES = {
    "wrong-type": _wrong_type,
    "bad-timestamp": lambda _field: BAD_TIMESTAMP,
    "bad-duration": lambda _field: BAD_DURATION,
    "unknown-value": lambda field: UNKNOWN_VALUE if field.schema.get("type") != "integer" else 97,
}


@functools.cache
def _schema(model: type[WireModel]) -> dict[str, Any]:
    return model.model_json_schema()


def _resolved(schema: dict[str, Any], defs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema behind references and unions (their first choice other than ``null``), and
    whether ``null`` is allowed."""
    nullable = False
    while True:
        if "$ref" in schema:
            schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
        elif ("anyOf" in schema or "oneOf" in schema) and "properties" not in schema:
            # (an object's own anyOf only says which of its properties it needs: not a union)
            given = schema.get("anyOf", schema.get("oneOf", []))
            choices = [s for s in given if s.get("type") != "null"]
            nullable = nullable or len(choices) < len(given)
            schema = choices[0]
        else:
            return schema, nullable


_STRINGS = {
    "date-time": TIMESTAMP,
    "duration": DURATION,
    "uri": "https://example.com/x",
    "email": "someone@example.com",
}


def _value(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    """A valid value of ``schema``, as plain as can be (a new model whose constraints this
    does not meet fails ``test_every_event_type_has_a_complete_valid_body``, by name)."""
    schema, _ = _resolved(schema, defs)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        if properties:
            return {key: _value(sub, defs) for key, sub in properties.items()}
        values = schema.get("additionalProperties")
        return {"key": _value(values, defs)} if isinstance(values, dict) else {}
    if kind == "array":
        return [_value(schema.get("items", {}), defs) for _ in range(2)]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
    return _STRINGS.get(schema.get("format", ""), "text" * max(1, schema.get("minLength", 1)))


@functools.cache
def _complete_body(model: type[WireModel]) -> dict[str, Any]:
    schema = _schema(model)
    body: dict[str, Any] = _value(schema, schema.get("$defs", {}))
    return body


def complete_body(model: type[WireModel]) -> dict[str, Any]:
    """A valid body of ``model`` with every field present, optional ones included."""
    return copy.deepcopy(_complete_body(model))


def fields(model: type[WireModel]) -> list[Field]:
    """Every place of ``model``'s complete body: each field at any depth, each list item."""
    schema = _schema(model)
    defs = schema.get("$defs", {})
    found: list[Field] = []

    def walk(schema: dict[str, Any], loc: Loc, required: bool) -> None:
        resolved, nullable = _resolved(schema, defs)
        if loc:
            found.append(Field(loc, resolved, required and not nullable))
        if resolved.get("type") == "object":
            for key, sub in resolved.get("properties", {}).items():
                walk(sub, (*loc, key), key in resolved.get("required", ()))
        elif resolved.get("type") == "array":
            for index in range(2):
                walk(resolved["items"], (*loc, index), True)

    walk(schema, (), True)
    return found


def _field_at(model: type[WireModel], loc: Loc) -> Field:
    return next(field for field in fields(model) if field.loc == loc)


def mutations(model: type[WireModel]) -> list[Mutation]:
    """Each way to break ``model``'s complete body in one place."""
    out: list[Mutation] = []
    for field in fields(model):
        if field.required and isinstance(field.loc[-1], str):
            out.append(Mutation(model, "missing", field.loc))
        out.append(Mutation(model, "wrong-type", field.loc))
        if field.kind == "date-time":
            out.append(Mutation(model, "bad-timestamp", field.loc))
        elif field.kind == "duration":
            out.append(Mutation(model, "bad-duration", field.loc))
        elif field.kind == "enum" and field.loc[-1] != "eventType":
            out.append(Mutation(model, "unknown-value", field.loc, strict=True))
    return out


EVENT_MODELS = sorted(bandwidth.EVENT_TYPES.values(), key=lambda model: model.__name__)
"""Every event type the package knows (what ``BandwidthEvent`` dispatches to)."""

EVENT_MUTATIONS = [mutation for model in EVENT_MODELS for mutation in mutations(model)]
"""Every single-place break of every event type's complete body."""


def huge_bodies() -> list[tuple[str, Any, list[Loc]]]:
    """Bad bodies of over 5 MB, and where their problems are."""
    stopped = complete_body(bandwidth.MediaStreamStopped)
    padded = stopped | {"padding": "x" * FIVE_MB}
    del padded["callId"]
    return [
        ("missing-field-in-padding", padded, [("callId",)]),
        ("long-timestamp", stopped | {"eventTime": "2" * FIVE_MB}, [("eventTime",)]),
        ("long-unknown-type", {"eventType": "x" * FIVE_MB, "x": float("inf")}, [("x",)]),
        ("array", ["x" * 100] * (FIVE_MB // 100), [()]),
    ]
