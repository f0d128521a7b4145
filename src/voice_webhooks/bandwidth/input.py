"""Keypad input: ``dtmf`` (each digit after a ``<StartGather>``) and ``gather`` (the digits a
``<Gather>`` collected)."""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum
from ._call import AnsweredCallEvent, TransferLegFields
from .enums import DtmfDigit

__all__ = ["Dtmf", "Gather"]


class Dtmf(TransferLegFields, AnsweredCallEvent):
    """``dtmf``: a digit was detected after a ``<StartGather>`` verb ran (one event a digit;
    BXML in the reply is not allowed).

    >>> from voice_webhooks.bandwidth.examples import DTMF
    >>> Dtmf.from_json(DTMF).digit
    <DtmfDigit.TWO: '2'>
    """

    event_type: Literal["dtmf"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="dtmf", description="The event type, value is `dtmf`."
    )
    digit: OpenEnum[DtmfDigit] = Field(description="The digit collected in the call.")


class Gather(TransferLegFields, AnsweredCallEvent):
    """``gather``: a ``<Gather>`` verb completed; ``digits`` holds what the caller entered, and
    the BXML in the reply runs next.

    >>> from voice_webhooks.bandwidth.examples import GATHER
    >>> event = Gather.from_json(GATHER)
    >>> event.digits, event.terminating_digit
    ('25', <DtmfDigit.NONE: ''>)
    """

    event_type: Literal["gather"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="gather", description="The event type, value is `gather`."
    )
    digits: str | None = Field(
        default=None,
        description="(optional) The digits, letters, and/or symbols entered by the user. The "
        "string is empty if a timeout occurred before any buttons were pressed.",
    )
    terminating_digit: OpenEnum[DtmfDigit] | None = Field(
        default=None,
        description="(optional) The digit the user pressed to end the gather. Empty string value "
        "if no terminating digit was pressed.",
    )
