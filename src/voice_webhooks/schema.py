"""JSON Schema (Draft 2020-12) for every public model and for the Bandwidth event union.

Generated from the models themselves: wire names, the providers' descriptions, ``enum`` for
known values (with each value's meaning in ``x-enumDescriptions``), required lists that match
parsing, and the providers' documented bodies as ``examples``.  Each schema comes in three
flavours, because the models parse in two modes and write one canonical form:

==================  ==============================  ================================
flavour             holds                           ``$id``
==================  ==============================  ================================
lenient (default)   what ``parse_event(body)`` and  ``urn:voice-webhooks:<provider>:
                    ``from_json``/``from_form``     <Name>``
                    accept: unknown fields, enum
                    values and event types; sloppy
                    timestamps
strict              what ``strict=True`` accepts    ``…:<Name>:strict``
output              what ``to_json()`` writes       ``…:<Name>:output``
==================  ==============================  ================================

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.schema import json_schema
>>> schema = json_schema(bandwidth.MediaStreamStopped, strict=True)
>>> schema["$id"], schema["additionalProperties"]
('urn:voice-webhooks:bandwidth:MediaStreamStopped:strict', False)
>>> schema["required"][:3]
['eventType', 'eventTime', 'from']
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Annotated, Any, Final, Literal, Union

from pydantic import Field, TypeAdapter

from ._schema.examples import examples
from ._schema.generator import Lenient, Strict
from ._schema.names import has_strict_schema, is_union, qualified_name, resolve, targets

__all__ = [
    "DIALECT",
    "FLAVOURS",
    "Mode",
    "json_schema",
    "schema_files",
    "schema_id",
    "write_schemas",
]

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The ``$schema`` of every schema: JSON Schema Draft 2020-12."""

Mode = Literal["validation", "serialization"]
"""``validation``: what parsing accepts; ``serialization``: what ``to_json`` writes."""

FLAVOURS: Final[dict[str, tuple[bool, Mode]]] = {
    "": (False, "validation"),
    "strict": (True, "validation"),
    "output": (False, "serialization"),
}
"""The flavours written to files, by file-name suffix: ``Name.json``, ``Name.strict.json``,
``Name.output.json``, each as ``(strict, mode)``."""

_URN: Final = "urn:voice-webhooks"
_SUFFIX: Final[dict[tuple[bool, Mode], str]] = {
    (False, "validation"): "",
    (True, "validation"): ":strict",
    (False, "serialization"): ":output",
    (True, "serialization"): ":strict-output",
}


def _target(model: Any) -> Any:
    return resolve(model) if isinstance(model, str) else model


def schema_id(model: Any, *, strict: bool = False, mode: Mode = "validation") -> str:
    """The ``$id`` of a schema: a URN naming the provider, the model and the flavour.

    It names the schema rather than locating it (the files can live anywhere), and it stays the
    same across releases of the package.

    >>> schema_id("signalwire.StreamStatusCallback", mode="serialization")
    'urn:voice-webhooks:signalwire:StreamStatusCallback:output'
    """
    provider, name = qualified_name(_target(model)).split(".")
    return f"{_URN}:{provider}:{name}{_SUFFIX[strict, mode]}"


def json_schema(model: Any, *, strict: bool = False, mode: Mode = "validation") -> dict[str, Any]:
    """The JSON Schema of a public model, of ``bandwidth.BandwidthEvent``, or of one named
    ``"bandwidth.MediaStreamStopped"`` (a fresh ``dict``: change it freely).

    ``strict=True`` gives the schema of strict parsing: ``additionalProperties: false`` on
    every object, closed enumerations, RFC 3339 timestamps asserted by a ``pattern``, and for
    the event union only the known event types.  ``mode="serialization"`` gives what
    ``to_json()`` writes.  :class:`~voice_webhooks.bandwidth.UnknownEvent` has no strict schema
    (strict parsing rejects every unknown event): asking for it raises :class:`ValueError`.

    >>> from voice_webhooks import bandwidth
    >>> union = json_schema(bandwidth.BandwidthEvent)
    >>> known, unknown = union["anyOf"]
    >>> known["discriminator"]["propertyName"], unknown["$ref"]
    ('eventType', '#/$defs/UnknownEvent')
    >>> "anyOf" in json_schema(bandwidth.BandwidthEvent, strict=True)
    False
    """
    return copy.deepcopy(_cached(_target(model), strict, mode))


@functools.cache
def _cached(target: Any, strict: bool, mode: Mode) -> dict[str, Any]:
    from .bandwidth import EVENT_TYPES

    if strict and not has_strict_schema(target):
        raise ValueError(
            f"{target.__name__} has no strict schema: strict parsing rejects every unknown type"
        )
    generator = Strict if strict else Lenient
    shape: Any = target
    if strict and is_union(target):  # UnknownEvent is no branch of a strict union
        shape = Annotated[Union[tuple(EVENT_TYPES.values())], Field(discriminator="event_type")]  # noqa: UP007
    generated = TypeAdapter(shape).json_schema(by_alias=True, mode=mode, schema_generator=generator)
    name = qualified_name(target).split(".")[1]
    head: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": schema_id(target, strict=strict, mode=mode),
        "title": name,
        "description": generated.pop("description", None) or _union_description(strict),
    }
    generated.pop("title", None)
    defs = generated.pop("$defs", None)
    shown = examples(target, strict=strict, mode=mode)
    return {
        **head,
        **generated,
        **({"examples": shown} if shown else {}),
        **({"$defs": defs} if defs else {}),
    }


def _union_description(strict: bool) -> str:
    from .bandwidth import EVENT_TYPES

    known = ", ".join(f"`{event_type}`" for event_type in EVENT_TYPES)
    text = f"A Bandwidth Voice event, selected by its `eventType`: one of {known}"
    if strict:
        return text + " (strict mode rejects any other event type)."
    return text + "; any other event type is an `UnknownEvent`, every field kept."


def schema_files() -> dict[str, str]:
    """Every schema file as ``{relative path: JSON text}``: for each public model (and the
    event union) ``<provider>/<Name>.json``, ``.strict.json`` and ``.output.json``.

    >>> files = schema_files()
    >>> "bandwidth/MediaStreamStopped.strict.json" in files
    True
    >>> "bandwidth/UnknownEvent.strict.json" in files  # strict parsing rejects every one
    False
    """
    files: dict[str, str] = {}
    for name, target in targets().items():
        provider, model = name.split(".")
        for suffix, (strict, mode) in FLAVOURS.items():
            if strict and not has_strict_schema(target):
                continue
            path = f"{provider}/{model}{'.' + suffix if suffix else ''}.json"
            schema = json_schema(target, strict=strict, mode=mode)
            files[path] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files


def write_schemas(directory: str | Path) -> list[Path]:
    """Write :func:`schema_files` under ``directory`` (created if needed); the paths written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = write_schemas(tmp)
    ...     json.loads(written[0].read_text())["$id"]
    'urn:voice-webhooks:bandwidth:BandwidthEvent'
    """
    root = Path(directory)
    written = []
    for relative, text in schema_files().items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
