"""Bridge events: ``bridgeComplete`` and ``bridgeTargetComplete``, one of which is sent when a
``<Bridge>`` ends, to the call that stays."""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum
from ._call import AnsweredCallEvent, CallErrorFields, TransferLegFields
from .enums import CallEndCause

__all__ = ["BridgeComplete", "BridgeTargetComplete"]


class BridgeComplete(CallErrorFields, TransferLegFields, AnsweredCallEvent):
    """``bridgeComplete``: the target call left the ``<Bridge>`` (or the calls could not be
    bridged: then ``cause`` says why); the BXML in the reply runs on the original call.

    The page's failed-bridge example also carries ``transferCallerId`` and ``transferTo``, which
    neither its field table nor the OpenAPI spec lists: they are accepted (the transfer-leg
    fields), so the documented body passes strict mode.

    >>> from voice_webhooks.bandwidth.examples import BRIDGE_COMPLETE
    >>> BridgeComplete.from_json(BRIDGE_COMPLETE).cause is None
    True
    """

    event_type: Literal["bridgeComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="bridgeComplete", description="The event type, value is `bridgeComplete`."
    )
    cause: OpenEnum[CallEndCause] | None = Field(
        default=None,
        description="(optional) Reason the bridge failed: `busy`, `rejected`, or `unknown` (the "
        "2026 OpenAPI spec shares the full list of call end causes). Absent when the bridge "
        "completed normally, as in the page's examples of a successful bridge.",
    )


class BridgeTargetComplete(AnsweredCallEvent):
    """``bridgeTargetComplete``: the originating call left the ``<Bridge>``; the BXML in the reply
    runs on the target call (whose id is ``callId``).

    >>> from voice_webhooks.bandwidth.examples import BRIDGE_TARGET_COMPLETE
    >>> BridgeTargetComplete.from_json(BRIDGE_TARGET_COMPLETE).call_id
    'c-2a913f94-6a486f3a-3cae-4034-bcc3-f0c9fa77ca2f'
    """

    event_type: Literal["bridgeTargetComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="bridgeTargetComplete",
        description="The event type, value is `bridgeTargetComplete`.",
    )
