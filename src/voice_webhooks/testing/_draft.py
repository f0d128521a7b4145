"""One payload being built: the user's overrides, the factory's defaults, and the wire form.

A :class:`Draft` knows a model's fields from the model itself (``model_fields``, their aliases
and types): it accepts overrides by Python or wire name, refuses unknown ones with a
:class:`TypeError` naming them, reads overrides back as Python values (so that derived defaults
follow them) and writes every value in wire form through the model's own serializers.
"""

from __future__ import annotations

import difflib
import functools
import json
import types
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError

from .._form import FormModel
from .._wire import WireModel

__all__ = ["ABSENT", "Draft"]

T = TypeVar("T")


class _Absent:
    """The type of :data:`ABSENT`."""

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()
"""An override that leaves a field out of the payload: ``media_stream_stopped(tag=ABSENT)``.

>>> from voice_webhooks.testing import media_stream_stopped
>>> "enqueuedTime" in media_stream_stopped(enqueued_time=ABSENT)
False
"""

_PENDING: Final = object()  # a reserved place in the output, not filled (yet)


@functools.cache
def _names(model: type[BaseModel]) -> Mapping[str, str]:
    """Each Python and wire name of ``model``'s fields, with the field's Python name."""
    names: dict[str, str] = {}
    for name, field in model.model_fields.items():
        names[name] = name
        if field.alias:
            names[field.alias] = name
    return types.MappingProxyType(names)


@functools.cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    return TypeAdapter(model.model_fields[name].rebuild_annotation())


def _nested_model(model: type[BaseModel], name: str) -> type[WireModel]:
    annotation = model.model_fields[name].annotation
    candidates = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else ()
    for candidate in (annotation, *candidates):
        if isinstance(candidate, type) and issubclass(candidate, WireModel):
            return candidate
    raise TypeError(f"{model.__name__}.{name} is not an object field")


def _is_plain(value: Any) -> bool:
    """Whether ``value`` is already JSON as it goes on the wire (no enum, no datetime, …)."""
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) is list:
        return all(_is_plain(item) for item in value)
    if type(value) is dict:
        return all(type(key) is str and _is_plain(item) for key, item in value.items())
    return False


def _form_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


class Draft:
    """The fields of one payload (or nested object) of ``model`` as a factory fills them.

    ``overrides`` are keyed by Python or wire name; ``extra`` holds keys the model does not
    know, written as given.  ``complete`` says the overrides are a whole object (a model
    instance the user gave), so defaults fill nothing.  ``factory`` and ``where`` (a wire path
    prefix such as ``mediaStream.``) name the place in error messages.
    """

    def __init__(
        self,
        model: type[WireModel],
        overrides: Mapping[str, Any],
        *,
        extra: Mapping[str, Any] | None = None,
        factory: str,
        where: str = "",
        complete: bool = False,
    ) -> None:
        self.model = model
        self._factory = factory
        self._where = where
        self._complete = complete
        self._form = issubclass(model, FormModel)
        names = _names(model)
        self._given: dict[str, Any] = {}
        for key, value in overrides.items():
            name = names.get(key) if isinstance(key, str) else None
            if name is None:
                raise TypeError(self._unknown(key))
            if name in self._given:
                raise TypeError(
                    f"{factory}() got field {where + self._wire_name(name)!r} twice "
                    f"(as {name!r} and as its wire name)"
                )
            self._given[name] = value
        self._extra = dict(extra or {})
        for key in self._extra:
            if key in names:
                raise TypeError(
                    f"{factory}(): extra key {key!r} is a field of {model.__name__}; "
                    f"override it by name instead ({names[key]}=...)"
                )
        self._handled: set[str] = set()
        self._out: dict[str, Any] = {}

    # -- filling ------------------------------------------------------------------------------

    def reserve(self, *names: str) -> None:
        """Fix the order of these fields in the output, whenever they are filled."""
        for name in names:
            self._out.setdefault(name, _PENDING)

    def given(self, name: str) -> bool:
        """Whether the user gave this field (a value, or :data:`ABSENT`)."""
        return name in self._given

    def emitted(self, name: str) -> bool:
        """Whether this field is in the payload so far."""
        return self._out.get(name, _PENDING) is not _PENDING

    def peek(self, name: str, default: T) -> T:
        """The field's value as a Python value: the user's (read back) or ``default``."""
        value = self._given.get(name, ABSENT)
        if value is ABSENT or isinstance(value, (Mapping, BaseModel)):
            return default
        try:
            parsed = _adapter(self.model, name).validate_python(value)
        except ValidationError:  # a deliberately invalid override: derive from the default
            return default
        return default if parsed is None else parsed

    def field(self, name: str, default: T, *, include: bool = True) -> T:
        """Fill a field: the user's override if given, else ``default`` when ``include``.

        Returns the field's Python value (the override read back, or ``default``), for the
        defaults derived from it.
        """
        self._handled.add(name)
        if name in self._given:
            value = self._given[name]
            if value is not ABSENT:
                self._out[name] = value
            return self.peek(name, default)
        if include and not self._complete:
            self._out[name] = default
        return default

    def nested(self, name: str, build: Callable[[Draft], T], *, include: bool = True) -> T:
        """Fill an object field with ``build``, merging the user's override into it.

        The override may be a mapping of the object's fields (by Python or wire name), a model
        instance (taken whole), :data:`ABSENT` or ``None`` (JSON ``null``).  Returns what
        ``build`` returns.
        """
        self._handled.add(name)
        model = _nested_model(self.model, name)
        given = self._given.get(name, _PENDING)
        where = f"{self._where}{self._wire_name(name)}."
        if isinstance(given, BaseModel):
            data = given.model_dump(mode="json", by_alias=True, exclude_unset=True)
            known = {key: value for key, value in data.items() if key in _names(model)}
            unknown = {key: value for key, value in data.items() if key not in known}
            sub = Draft(
                model, known, extra=unknown, factory=self._factory, where=where, complete=True
            )
        elif isinstance(given, Mapping):
            sub = Draft(model, given, factory=self._factory, where=where)
        elif given is _PENDING or given is ABSENT or given is None:
            sub = Draft(model, {}, factory=self._factory, where=where)
        else:
            raise TypeError(
                f"{self._factory}(): {where[:-1]} should be a mapping of its fields, a "
                f"{model.__name__}, ABSENT or None; got {type(given).__name__}"
            )
        result = build(sub)
        if given is None:
            self._out[name] = None
        elif given is not ABSENT and (given is not _PENDING or (include and not self._complete)):
            self._out[name] = sub
        return result

    # -- output -------------------------------------------------------------------------------

    def wire(self) -> dict[str, Any]:
        """The payload in wire form: wire names, wire values, the extra keys last."""
        for name, value in self._given.items():
            if name not in self._handled and value is not ABSENT:
                self._out[name] = value
        out: dict[str, Any] = {}
        for name, value in self._out.items():
            if value is not _PENDING:
                out.update(self._fragment(name, value))
        out.update(self._extra)
        return out

    def _fragment(self, name: str, value: Any) -> dict[str, Any]:
        """One field in wire form: usually one key, several for a spread-out field."""
        wire_name = self._wire_name(name)
        if isinstance(value, Draft):
            return {wire_name: value.wire()}
        if self._form:
            if value is None:  # a form cannot say null: the field is left out
                return {}
            if type(value) is str:
                return {wire_name: value}
        elif _is_plain(value):
            return {wire_name: value}
        try:
            written = self.model.model_construct(**{name: value}).model_dump(
                mode="json", by_alias=True, include={name}, exclude_none=self._form, warnings=False
            )
        except PydanticSerializationError as exc:
            raise TypeError(
                f"{self._factory}(): cannot write {self._where}{wire_name}={value!r} "
                f"in wire form: {exc}"
            ) from None
        if self._form:
            return {key: _form_text(item) for key, item in written.items()}
        return written

    def _wire_name(self, name: str) -> str:
        return self.model.model_fields[name].alias or name

    def _unknown(self, key: object) -> str:
        known = list(_names(self.model))
        text = str(key)
        close = [name for name in known if name.lower() == text.lower()]
        close = close or difflib.get_close_matches(text, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return (
            f"{self._factory}() got an unknown field {self._where + str(key)!r}: "
            f"{self.model.__name__} has no field of that Python or wire name{hint} "
            "(to send a field the model does not know, pass it in extra={...})"
        )
