"""What parse_event is measured against: the same fields, decoded without our features.

* a bare Pydantic model per event type: plain ``datetime``/``timedelta``, closed enums, no
  nanoseconds, no repair, no unknown-event fallback, unknown fields ignored (what a careful
  user writes by hand in an afternoon);
* a ``msgspec`` struct per event type with the same fields and types;
* Bandwidth's own SDK model, where it has one.

Both hand-written-style baselines are derived from our models' fields, so they always have
exactly the same fields, wire names and required lists as what they are compared with.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal, Optional, Union, get_args, get_origin

import msgspec
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from voice_webhooks import bandwidth
from voice_webhooks._wire import WireModel

__all__ = ["bare_pydantic", "bare_union", "msgspec_decoder", "sdk_decoder"]

_PLAIN = {str, int, bool, float, datetime, timedelta}


def _plain(annotation: Any, convert: Callable[[type[WireModel]], Any]) -> Any:
    """Our annotation as plain native types: open enums closed, nested models converted."""
    origin = get_origin(annotation)
    if origin is Annotated:  # our field types: the native type they stand for
        return _plain(get_args(annotation)[0], convert)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        inner = enums[0] if enums else _plain(args[0], convert)  # OpenEnum[E] is E | str
        return Optional[inner] if type(None) in get_args(annotation) else inner  # noqa: UP045
    if origin is list:
        return list[_plain(get_args(annotation)[0], convert)]  # type: ignore[misc]
    if origin is dict:
        return annotation
    if origin is Literal or annotation in _PLAIN:
        return annotation
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if isinstance(annotation, type) and issubclass(annotation, WireModel):
        return convert(annotation)
    raise TypeError(f"no plain equivalent for {annotation!r}")


def _fields(model: type[WireModel]) -> list[tuple[str, str, Any, bool]]:
    """(python name, wire name, our annotation, required) of each field."""
    return [
        (name, info.alias or name, info.annotation, info.is_required())
        for name, info in model.model_fields.items()
    ]


_BARE: dict[type[WireModel], type[BaseModel]] = {}


def bare_pydantic(model: type[WireModel]) -> type[BaseModel]:
    """A plain Pydantic model with ``model``'s fields (cached)."""
    if model not in _BARE:
        fields: dict[str, Any] = {}
        for name, wire, annotation, required in _fields(model):
            plain = _plain(annotation, bare_pydantic)
            default = ... if required else None
            if name == "event_type" and get_origin(plain) is Literal:
                default = ...  # the tag: required, as a hand-written union needs it
            fields[name] = (plain, Field(default, alias=wire))
        _BARE[model] = create_model(  # type: ignore[call-overload]
            f"Bare{model.__name__}",
            __config__=ConfigDict(populate_by_name=True),
            **fields,
        )
    return _BARE[model]


def bare_union() -> TypeAdapter[Any]:
    """The bare models of the known events as a discriminated union on ``eventType``."""
    members = tuple(bare_pydantic(m) for m in dict.fromkeys(bandwidth.EVENT_TYPES.values()))
    union = Annotated[Union[members], Field(discriminator="event_type")]  # type: ignore[valid-type]  # noqa: UP007
    return TypeAdapter(union)


_STRUCTS: dict[type[WireModel], type[msgspec.Struct]] = {}


def _struct(model: type[WireModel]) -> type[msgspec.Struct]:
    if model not in _STRUCTS:
        required, optional = [], []
        for name, wire, annotation, is_required in _fields(model):
            plain = _plain(annotation, _struct)
            if is_required:
                required.append((name, plain, msgspec.field(name=wire)))
            else:
                optional.append((name, plain, msgspec.field(name=wire, default=None)))
        _STRUCTS[model] = msgspec.defstruct(f"Struct{model.__name__}", required + optional)
    return _STRUCTS[model]


def msgspec_decoder(model: type[WireModel]) -> Callable[[bytes], Any]:
    """``msgspec.json.Decoder(<struct of model>).decode``."""
    return msgspec.json.Decoder(_struct(model)).decode


def sdk_decoder(event_type: str) -> Callable[[bytes], Any] | None:
    """Bandwidth SDK's ``<EventType>Callback.from_json`` for an event type it has, else None."""
    name = event_type[0].upper() + event_type[1:] + "Callback"
    try:
        # the model's own module; importing it runs the SDK's __init__, which imports the
        # whole package (every model and API), once
        module = __import__("bandwidth.models." + _snake(name), fromlist=[name])
    except ImportError:
        return None
    cls = getattr(module, name)
    return lambda body: cls.from_json(body.decode())


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
