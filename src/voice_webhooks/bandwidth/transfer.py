"""Transfer events: ``transferAnswer``, ``transferComplete`` and ``transferDisconnect``, sent as
the B legs of a ``<Transfer>`` are answered and end."""

from typing import Literal

from pydantic import Field

from ..types import UtcDatetime
from ._call import AnsweredCallEvent, CallEndFields, CallEvent

__all__ = [
    "TransferAnswer",
    "TransferComplete",
    "TransferDisconnect",
    "TransferEvent",
    "TransferredLegEvent",
]


class TransferEvent(CallEvent):
    """The fields every transfer event has: the numbers of the B leg.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import TRANSFER_COMPLETE
    >>> parse_event(TRANSFER_COMPLETE).transfer_to
    '+15556667777'
    """

    transfer_caller_id: str = Field(
        description="The phone number used as the `from` field of the B-leg call, in E.164 "
        "format (e.g. +15555555555) or one of `Restricted`, `Anonymous`, `Private`, or "
        "`Unavailable`."
    )
    transfer_to: str = Field(
        description="The phone number used as the `to` field of the B-leg call, in E.164 format "
        "(e.g. +15555555555)."
    )


class TransferredLegEvent(TransferEvent):
    """A transfer event about the B leg itself (``callId``), with the call it came from.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import TRANSFER_ANSWER
    >>> parse_event(TRANSFER_ANSWER).parent_call_id
    'c-2a913f94-6a486f3a-3cae-4034-bcc3-f0c9fa77ca2f'
    """

    parent_call_id: str = Field(
        description="The call id of the original call leg that executed the `<Transfer>`."
    )


class TransferAnswer(TransferredLegEvent, AnsweredCallEvent):
    """``transferAnswer``: a B leg of a ``<Transfer>`` answered (``direction`` is always
    ``outbound``); the BXML in the reply runs for the called party only, before it is bridged.

    >>> from voice_webhooks.bandwidth.examples import TRANSFER_ANSWER
    >>> TransferAnswer.from_json(TRANSFER_ANSWER).transfer_caller_id
    '+15551112222'
    """

    event_type: Literal["transferAnswer"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="transferAnswer", description="The event type, value is `transferAnswer`."
    )


class TransferComplete(CallEndFields, TransferEvent, AnsweredCallEvent):
    """``transferComplete``: the transferred call (the B leg that answered, or one of them if
    none did) ended; the BXML in the reply runs on the original call.

    >>> from voice_webhooks.bandwidth.examples import TRANSFER_COMPLETE
    >>> TransferComplete.from_json(TRANSFER_COMPLETE).error_message
    'Callee is busy'
    """

    event_type: Literal["transferComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="transferComplete", description="The event type, value is `transferComplete`."
    )


class TransferDisconnect(CallEndFields, TransferredLegEvent):
    """``transferDisconnect``: a B leg of a ``<Transfer>`` ended, whether it was answered or not.

    The page's field table and its three examples have no ``accountId`` nor
    ``applicationId``, which the OpenAPI spec lists: both are accepted, neither is required
    (on no call event).

    >>> from voice_webhooks.bandwidth.examples import TRANSFER_DISCONNECT
    >>> event = TransferDisconnect.from_json(TRANSFER_DISCONNECT)
    >>> event.cause, event.account_id
    (<CallEndCause.HANGUP: 'hangup'>, None)
    """

    event_type: Literal["transferDisconnect"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="transferDisconnect", description="The event type, value is `transferDisconnect`."
    )
    start_time: UtcDatetime = Field(
        description="Time the transferred leg was started, in ISO 8601 format."
    )
    end_time: UtcDatetime = Field(description="Time the transferred leg ended, in ISO 8601 format.")
