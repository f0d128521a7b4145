"""The base of the SignalWire form models: PascalCase wire names (``StatusCallbackMethod``)."""

from __future__ import annotations

from pydantic import ConfigDict

from .._form import FormModel

__all__ = ["SignalWireForm", "pascal_case"]


def pascal_case(python_name: str) -> str:
    """The wire name of a form field: ``status_callback_method`` -> ``StatusCallbackMethod``.

    >>> pascal_case("account_sid")
    'AccountSid'
    """
    return "".join(part[:1].upper() + part[1:] for part in python_name.split("_"))


class SignalWireForm(FormModel):
    """Base of the SignalWire (LaML, Twilio-compatible) form bodies: PascalCase wire names."""

    model_config = ConfigDict(alias_generator=pascal_case)
