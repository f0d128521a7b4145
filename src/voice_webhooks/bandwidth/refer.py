"""``referComplete``: the outcome of a ``<Refer>`` (a SIP REFER sent on an inbound SIP URI call).

Not in the 2023 pages nor in the OpenAPI excerpt; from Bandwidth's current docs and SDKs (2026),
as summarised in ``bandwidth-media-streams.md``.
"""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum
from ._call import AnsweredCallEvent
from .enums import ReferCallStatus

__all__ = ["ReferComplete"]


class ReferComplete(AnsweredCallEvent):
    """``referComplete``: the SIP REFER flow of a ``<Refer>`` completed.

    On ``success`` the call has been handed off and any BXML in the reply is ignored; on
    ``failure`` the call stays up and the BXML in the reply runs on it.

    >>> from voice_webhooks.bandwidth.examples import REFER_COMPLETE
    >>> event = ReferComplete.from_json(REFER_COMPLETE)
    >>> event.refer_call_status, event.refer_sip_response_code, event.notify_sip_response_code
    (<ReferCallStatus.SUCCESS: 'success'>, 202, 200)
    """

    event_type: Literal["referComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="referComplete", description="The event type, value is `referComplete`."
    )
    refer_call_status: OpenEnum[ReferCallStatus] = Field(
        description="The outcome of the REFER: `success` or `failure`."
    )
    refer_sip_response_code: int | None = Field(
        default=None,
        description="(optional) The SIP response code returned for the REFER request itself "
        "(e.g. 202, 405, 603). Present when a SIP response was received for the REFER.",
    )
    notify_sip_response_code: int | None = Field(
        default=None,
        description="(optional) The final SIP response code the caller's endpoint reported in a "
        "NOTIFY (its `message/sipfrag` body). Present only when a final NOTIFY was received.",
    )
