"""Helpers the test-kit tests share: parsing a factory's payload the way its model reads it."""

from __future__ import annotations

from typing import Any

from voice_webhooks import WireModel
from voice_webhooks._form import FormModel
from voice_webhooks.testing import FACTORIES, Factory

ALL_FACTORIES = list(FACTORIES.values())
FACTORY_IDS = [factory.name for factory in ALL_FACTORIES]


def parse(factory: Factory[Any], payload: Any, *, strict: bool) -> WireModel:
    """``payload`` read by the factory's model (a form model reads it as a form)."""
    model = factory.model
    if factory.is_form:
        form: WireModel = model.from_form(payload, strict=strict)
        return form
    parsed: WireModel = model.from_json(payload, strict=strict)
    return parsed


def wire(factory: Factory[Any], parsed: WireModel) -> dict[str, Any]:
    """The wire form of a parsed model: its form, or its JSON object."""
    if isinstance(parsed, FormModel):
        return parsed.to_form()
    return parsed.to_dict()
