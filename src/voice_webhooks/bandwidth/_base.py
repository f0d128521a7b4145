"""The base of every Bandwidth model: camelCase wire names and GET-callback query decoding."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, ClassVar, Union, get_args, get_origin

from pydantic import ConfigDict

from .._errors import PayloadError
from .._wire import WireModel

__all__ = ["BandwidthModel", "camel_case", "is_query_mapping"]


def camel_case(python_name: str) -> str:
    """The wire name of a field: ``call_url`` -> ``callUrl``, ``from_`` -> ``from``."""
    head, *rest = python_name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def is_query_mapping(body: Mapping[str, Any]) -> bool:
    """Whether a mapping looks like GET-callback query parameters: every value a string."""
    return all(isinstance(value, str) for value in body.values())


def _nested_model(annotation: Any) -> type[BandwidthModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BandwidthModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
    return None


def _is_a(container: type, annotation: Any) -> bool:
    """Whether a field type is ``container`` (``list``, ``dict``), through ``Optional``."""
    if get_origin(annotation) is container:
        return True
    return get_origin(annotation) in (Union, types.UnionType) and any(
        _is_a(container, arg) for arg in get_args(annotation)
    )


class BandwidthModel(WireModel):
    """Base of the Bandwidth models: wire names are camelCase (``callId``, ``mediaStream``)."""

    model_config = ConfigDict(alias_generator=camel_case)

    # Wire names of the fields that hold an object, a map or a list, worked out once per class,
    # for decoding GET-callback query parameters (where every value is a string).
    _query_objects: ClassVar[dict[str, type[BandwidthModel]]] = {}
    _query_maps: ClassVar[frozenset[str]] = frozenset()
    _query_lists: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        objects: dict[str, type[BandwidthModel]] = {}
        maps: set[str] = set()
        lists: set[str] = set()
        for name, field in cls.model_fields.items():
            for key in {name, field.alias or name}:
                nested = _nested_model(field.annotation)
                if nested is not None:
                    objects[key] = nested
                elif _is_a(dict, field.annotation):
                    maps.add(key)
                elif _is_a(list, field.annotation):
                    lists.add(key)
        cls._query_objects = objects
        cls._query_maps = frozenset(maps)
        cls._query_lists = frozenset(lists)

    @classmethod
    def _prepare(
        cls, body: bytes | bytearray | str | Mapping[str, Any]
    ) -> bytes | bytearray | str | Mapping[str, Any]:
        if isinstance(body, Mapping) and is_query_mapping(body):
            return cls.decode_query(body)
        return body

    @classmethod
    def _holds_an_object(cls, key: str) -> bool:
        return key in cls._query_objects or key in cls._query_maps

    @classmethod
    def decode_query(cls, params: Mapping[str, str], _prefix: str = "") -> dict[str, Any]:
        """Turn GET-callback query parameters into the shape of a JSON body.

        Numbers and booleans stay strings (validation converts them).  An object-valued field
        (a nested model, or a map such as ``sipHeaders``) may arrive as JSON text
        (``mediaStream={"id": ...}``) or as dotted keys (``mediaStream.id=...``); a list-valued
        one as JSON text or comma-separated values.  Keys this model does not know are kept as
        they are.

        >>> from voice_webhooks.bandwidth import Initiate, MediaStreamStopped
        >>> MediaStreamStopped.decode_query({"mediaStream.tracks": "inbound,outbound"})
        {'mediaStream': {'tracks': ['inbound', 'outbound']}}
        >>> Initiate.decode_query({"sipHeaders.x-session-id": "s-1"})
        {'sipHeaders': {'x-session-id': 's-1'}}
        """
        out: dict[str, Any] = {}
        dotted: dict[str, dict[str, str]] = {}
        for key, value in params.items():
            head, dot, rest = key.partition(".")
            if dot and cls._holds_an_object(head):
                dotted.setdefault(head, {})[rest] = value
            elif cls._holds_an_object(key) and value.lstrip().startswith("{"):
                out[key] = _json_value(value, _prefix + key)
            elif key in cls._query_lists:
                out[key] = (
                    _json_value(value, _prefix + key)
                    if value.lstrip().startswith("[")
                    else [item.strip() for item in value.split(",") if item.strip()]
                )
            else:
                out[key] = value
        for head, sub in dotted.items():
            if head in out:
                raise PayloadError.single(
                    _prefix + head,
                    "query_conflict",
                    "Given both as a whole and as dotted keys",
                    None,
                )
            nested = cls._query_objects.get(head)
            out[head] = sub if nested is None else nested.decode_query(sub, f"{_prefix}{head}.")
        return out


def _json_value(text: str, path: str) -> Any:
    import json  # here, for GET callbacks only: the json module is a millisecond of import time

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise PayloadError.single(
            path, "json_invalid", "Query parameter is not valid JSON", text
        ) from None
