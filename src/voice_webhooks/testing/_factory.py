"""The factory objects: one per model, building valid wire payloads with keyword overrides."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, cast
from urllib.parse import urlencode

from .._form import FormModel
from .._wire import WireModel
from ._draft import Draft
from ._values import Seed, Values, values_for

__all__ = ["Builder", "Factory"]

M = TypeVar("M", bound=WireModel)

Builder = Callable[[Draft, Values], None]
"""Fills a :class:`Draft` with a model's fields, asking a :class:`Values` for each value."""

_RESERVED = ("seed", "extra")


class Factory(Generic[M]):
    """Builds valid wire payloads of one model: call it for a ``dict``, ``.body()`` for text.

    Keyword overrides take the model's Python names (``call_id``) or wire names (``callId``),
    Python values (``datetime``, ``timedelta``, enum members) or wire values (strings);
    an object field takes a mapping of its own fields, merged into the built one
    (``media_stream={"duration": "PT5S"}``).  :data:`~voice_webhooks.testing.ABSENT` leaves a
    field out; ``extra={...}`` adds keys the model does not know (for tests of lenient mode).
    An unknown override is a :class:`TypeError` naming it.  Defaults that depend on other
    fields follow their overrides: ``callUrl`` holds the ``callId``, times stay in order.

    Every call builds the same payload unless ``seed=`` is given (an ``int``, or a
    :class:`random.Random` to draw from, so successive calls differ): ids, numbers and times
    change with it, the scenario (causes, statuses) does not.

    >>> from voice_webhooks.testing import media_stream_stopped
    >>> payload = media_stream_stopped(call_id="c-1", media_stream={"duration": "PT5S"})
    >>> payload["callId"], payload["callUrl"].rsplit("/", 1)[-1], payload["mediaStream"]["duration"]
    ('c-1', 'c-1', 'PT5S')
    >>> media_stream_stopped.body(callId="c-1").startswith('{"eventType": "mediaStreamStopped"')
    True
    >>> media_stream_stopped.build(call_id="c-1").media_stream.duration.total_seconds() > 0
    True
    >>> media_stream_stopped(callid="c-1")
    Traceback (most recent call last):
        ...
    TypeError: media_stream_stopped() got an unknown field 'callid': MediaStreamStopped has no ...
    """

    def __init__(
        self,
        name: str,
        model: type[M],
        builder: Builder,
        *,
        fields_of: type[WireModel] | None = None,
        strictly_valid: bool = True,
    ) -> None:
        self.name = name
        self.model = model
        """The model the payloads are for (what :meth:`build` parses them into)."""
        self.fields_of = fields_of or model
        """The model whose fields the overrides name (a base of ``model``'s, for events that
        keep unknown fields as extras)."""
        self.strictly_valid = strictly_valid
        """Whether the payloads (without lenient overrides) pass ``strict=True``; ``False``
        for unknown events, which strict mode rejects by design."""
        self._builder = builder
        clash = [name for name in _RESERVED if name in self.fields_of.model_fields]
        if clash:
            raise TypeError(f"{model.__name__} has fields named like factory options: {clash}")

    @property
    def is_form(self) -> bool:
        """Whether the payloads are forms (``dict[str, str]``, urlencoded) rather than JSON."""
        return issubclass(self.model, FormModel)

    @property
    def content_type(self) -> str:
        """The ``Content-Type`` of :meth:`body`'s text."""
        return "application/x-www-form-urlencoded" if self.is_form else "application/json"

    def __call__(
        self, *, seed: Seed = None, extra: Mapping[str, Any] | None = None, **overrides: Any
    ) -> dict[str, Any]:
        """A payload in wire form: a fresh ``dict`` (all ``str`` values for a form)."""
        return self.payload(values_for(seed), overrides, extra)

    def payload(
        self, values: Values, overrides: Mapping[str, Any], extra: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        """A payload built from ``values`` (what the Hypothesis strategies call)."""
        draft = Draft(self.fields_of, overrides, extra=extra, factory=self.name)
        self._builder(draft, values)
        return copy.deepcopy(draft.wire())

    def body(
        self, *, seed: Seed = None, extra: Mapping[str, Any] | None = None, **overrides: Any
    ) -> str:
        """The payload as the request body: JSON text, or the urlencoded form."""
        payload = self(seed=seed, extra=extra, **overrides)
        return urlencode(payload) if self.is_form else json.dumps(payload)

    def build(
        self, *, seed: Seed = None, extra: Mapping[str, Any] | None = None, **overrides: Any
    ) -> M:
        """The payload parsed into its model, as an endpoint parses it (lenient mode)."""
        payload = self(seed=seed, extra=extra, **overrides)
        if issubclass(self.model, FormModel):
            return cast(M, self.model.from_form(payload))
        return self.model.from_json(payload)

    def __repr__(self) -> str:
        return f"<factory {self.name}() of {self.model.__name__} payloads>"
