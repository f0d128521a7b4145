"""The public models by name (``bandwidth.MediaStreamStopped``), found in each provider's
``__all__``: what the command line's ``--model`` and the schema files are named after.

>>> from voice_webhooks import bandwidth
>>> resolve("bandwidth.MediaStreamStopped") is bandwidth.MediaStreamStopped
True
>>> resolve("MediaStreamStopped") is bandwidth.MediaStreamStopped  # unambiguous: no provider
True
>>> qualified_name(bandwidth.BandwidthEvent)
'bandwidth.BandwidthEvent'
"""

from __future__ import annotations

import importlib
from typing import Any, Final

__all__ = [
    "DEFAULT_TARGET",
    "PROVIDERS",
    "has_strict_schema",
    "is_union",
    "qualified_name",
    "resolve",
    "targets",
]

PROVIDERS: Final = ("bandwidth", "signalwire")
"""The provider subpackages, in the order the docs list them."""

DEFAULT_TARGET: Final = "bandwidth.BandwidthEvent"
"""What the command line parses when no ``--model`` is given."""

_UNION_NAME: Final = "BandwidthEvent"


def _provider(name: str) -> Any:
    if name not in PROVIDERS:
        raise KeyError(name)
    return importlib.import_module(f"voice_webhooks.{name}")


def _is_model(obj: object) -> bool:
    """A model with a JSON or form wire form (the XML verbs have their own reference)."""
    from .._wire import WireModel
    from .._xml import RawVerb, XmlModel

    return (
        isinstance(obj, type)
        and issubclass(obj, WireModel)
        and not issubclass(obj, (XmlModel, RawVerb))
    )


def is_union(target: object) -> bool:
    """Whether ``target`` is :data:`~voice_webhooks.bandwidth.BandwidthEvent` (not a class)."""
    return not isinstance(target, type)


def has_strict_schema(target: object) -> bool:
    """Whether strict parsing accepts anything of ``target``: not for the models of unknown
    types (``UnknownEvent``, the ``UnknownStreamMessage`` models), which it rejects by design."""
    from .._stream_dispatch import UnknownMessage
    from ..bandwidth import UnknownEvent

    return target is not UnknownEvent and not (
        isinstance(target, type) and issubclass(target, UnknownMessage)
    )


def targets(provider: str | None = None) -> dict[str, Any]:
    """Every public model (and the event union) by qualified name, in ``__all__`` order with
    the union first; only ``provider``'s when given."""
    found: dict[str, Any] = {}
    for name in PROVIDERS if provider is None else (provider,):
        module = _provider(name)
        exported = list(module.__all__)
        if _UNION_NAME in exported:
            exported.remove(_UNION_NAME)
            found[f"{name}.{_UNION_NAME}"] = getattr(module, _UNION_NAME)
        for attr in exported:
            obj = getattr(module, attr)
            if _is_model(obj):
                found[f"{name}.{attr}"] = obj
    return found


def resolve(name: str) -> Any:
    """The model (or the event union) a qualified name stands for; a name without its
    provider (``MediaStreamStopped``) when only one provider exports it.

    Raises :class:`KeyError` for a name that is not a public model (its message lists them) or
    that several providers export (its message lists those).
    """
    if "." not in name:
        return _resolve_short(name)
    provider, dot, attr = name.partition(".")
    try:
        module = _provider(provider)
        obj = getattr(module, attr) if dot and attr in module.__all__ else None
    except KeyError:
        obj = None
    if obj is not None and (_is_model(obj) or attr == _UNION_NAME):
        return obj
    raise KeyError(f"{name!r} is not a public model; one of: {', '.join(targets())}")


def _resolve_short(attr: str) -> Any:
    found = {name: obj for name, obj in targets().items() if name.partition(".")[2] == attr}
    if len(found) == 1:
        return next(iter(found.values()))
    if found:
        raise KeyError(f"{attr!r} is ambiguous; give its provider: {', '.join(found)}")
    raise KeyError(f"{attr!r} is not a public model; one of: {', '.join(targets())}")


def qualified_name(target: Any) -> str:
    """``bandwidth.MediaStreamStopped`` for the class, ``bandwidth.BandwidthEvent`` for the
    union: the provider subpackage and the exported name."""
    for name, obj in targets().items():
        if obj is target:
            return name
    raise KeyError(f"{target!r} is not a public model")
