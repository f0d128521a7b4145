"""Call events: ``initiate``, ``answer``, ``disconnect`` and ``redirect``.

Bandwidth sends ``initiate`` when an inbound call arrives and ``answer`` when an outbound call
is answered (both expect BXML in reply), ``redirect`` when a ``<Redirect>`` verb runs or the
call is redirected through the API, and ``disconnect`` when a call ends, for any reason.
"""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum, UtcDatetime
from ._base import BandwidthModel
from ._call import AnsweredCallEvent, CallEndFields, CallEvent, SipCallIdField, TransferLegFields
from .enums import AttestationIndicator, DiversionPrivacy, DiversionReason, DiversionScreen, Verstat
from .machine_detection import MachineDetectionResult

__all__ = ["Answer", "Disconnect", "Diversion", "Initiate", "Redirect", "StirShaken"]


class Diversion(BandwidthModel):
    """Information from the most recent SIP ``Diversion`` header of an inbound call.

    Each diversion parameter is a key of its own; Bandwidth lists common ones and warns that
    a receiver must be tolerant of unlisted keys and values: they are kept (``wire_extra()``),
    and strict mode reports them like any other unknown field.

    >>> diversion = Diversion.from_json('{"origTo": "+15558884444", "reason": "unavailable"}')
    >>> diversion.orig_to, diversion.reason
    ('+15558884444', <DiversionReason.UNAVAILABLE: 'unavailable'>)
    """

    orig_to: str = Field(
        description="Always present. Indicates the last telephone number that the call was "
        "diverted from."
    )
    reason: OpenEnum[DiversionReason] | None = Field(
        default=None,
        description="(optional) The reason for the diversion. Common values: `unknown`, "
        "`user-busy`, `no-answer`, `unavailable`, `unconditional`, `time-of-day`, "
        "`do-not-disturb`, `deflection`, `follow-me`, `out-of-service`, `away`.",
    )
    screen: OpenEnum[DiversionScreen] | None = Field(
        default=None,
        description="(optional) `no` if the number was provided by the user, `yes` if the "
        "number was provided by the network.",
    )
    privacy: OpenEnum[DiversionPrivacy] | None = Field(
        default=None, description="(optional) `off` or `full`."
    )
    counter: str | None = Field(
        default=None,
        description="(optional) The number of diversions that have occurred (a string of "
        "digits, as in the SIP header).",
    )
    limit: str | None = Field(
        default=None,
        description="(optional) The maximum number of diversions allowed for this session (a "
        "string of digits, as in the SIP header).",
    )


class StirShaken(BandwidthModel):
    """The verification status from Bandwidth's STIR/SHAKEN implementation, when it verified the
    ``Identity`` header of an inbound call.

    >>> StirShaken.from_json('{"attestationIndicator": "A"}').attestation_indicator
    <AttestationIndicator.FULL: 'A'>
    """

    verstat: OpenEnum[Verstat] | None = Field(
        default=None,
        description="(optional) The verification status indicating whether the verification "
        "was successful or not. The 2023 pages say `TN-Verification-Passed` and "
        "`TN-Verification-Failed`, the 2026 OpenAPI spec `TN-Validation-Passed` and "
        "`TN-Validation-Failed`: all four are known values.",
    )
    attestation_indicator: OpenEnum[AttestationIndicator] | None = Field(
        default=None,
        description="(optional) The attestation level verified by Bandwidth. Possible values "
        "are `A` (full), `B` (partial) or `C` (gateway).",
    )
    originating_id: str | None = Field(
        default=None, description="(optional) A unique origination identifier."
    )


class Initiate(SipCallIdField, CallEvent):
    """``initiate``: an inbound call arrived for a number of the account (``direction`` is
    always ``inbound``); the BXML in the reply runs on the call.

    >>> from voice_webhooks.bandwidth.examples import INITIATE
    >>> event = Initiate.from_json(INITIATE)
    >>> event.direction, event.diversion is None
    (<CallDirection.INBOUND: 'inbound'>, True)
    """

    event_type: Literal["initiate"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="initiate", description="The event type, value is `initiate`."
    )
    uui: str | None = Field(
        default=None,
        description="(optional) The value of the `User-To-User` header of the initial `INVITE`, "
        "with its `encoding` parameter as specified in RFC 7433 (`base64` and `jwt`; the 2026 "
        "OpenAPI spec adds `hex`). Bandwidth documents at most 256 characters; longer text is "
        "not refused on receipt.",
    )
    diversion: Diversion | None = Field(
        default=None,
        description="(optional) Information from the most recent Diversion header, if any: each "
        "diversion parameter gets its own key, and the keys and their values vary with the "
        "parameters received in the SIP header.",
    )
    stir_shaken: StirShaken | None = Field(
        default=None,
        description="(optional) The verification status provided by Bandwidth's STIR/SHAKEN "
        "implementation when verifying the `identity` header.",
    )
    sip_headers: dict[str, str] | None = Field(
        default=None,
        description="(optional) Map of customer-supplied X-* headers from the original INVITE. "
        "Keys are lowercase (SIP headers are case-insensitive) and keep the SIP header's name; "
        "if a header was sent more than once, only the last value is kept. Present only for "
        "inbound SIP URI calls with custom headers. (From the 2026 OpenAPI spec.)",
    )


class Answer(SipCallIdField, AnsweredCallEvent):
    """``answer``: an outbound call was answered; the BXML in the reply runs on the call.

    >>> from voice_webhooks.bandwidth.examples import ANSWER
    >>> Answer.from_json(ANSWER).answer_time.isoformat()
    '2019-06-20T15:54:25.432000+00:00'
    """

    event_type: Literal["answer"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="answer", description="The event type, value is `answer`."
    )
    machine_detection_result: MachineDetectionResult | None = Field(
        default=None,
        description="(optional) If machine detection was requested in `sync` mode, its result: "
        "the same values as the async `machineDetectionComplete` event. (Nullable in the 2026 "
        "OpenAPI spec.)",
    )


class Disconnect(SipCallIdField, CallEndFields, CallEvent):
    """``disconnect``: a call ended, for any reason (``cause``).

    >>> from voice_webhooks.bandwidth.examples import DISCONNECT
    >>> event = Disconnect.from_json(DISCONNECT)
    >>> event.cause, event.answer_time is None
    (<CallEndCause.BUSY: 'busy'>, True)
    """

    event_type: Literal["disconnect"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="disconnect", description="The event type, value is `disconnect`."
    )
    end_time: UtcDatetime = Field(description="Time the call ended, in ISO 8601 format.")
    sip_response_code: int | None = Field(
        default=None,
        description="(optional) The SIP status code returned by Bandwidth's SBC when it "
        "rejected an outbound call's INVITE (e.g. 486 for busy, 603 for decline). Present only "
        "when an outbound call was rejected by the SBC. (From the 2026 OpenAPI spec.)",
    )


class Redirect(TransferLegFields, CallEvent):
    """``redirect``: a ``<Redirect>`` verb ran, or the call was redirected through the API; the
    BXML in the reply runs next.

    >>> from voice_webhooks.bandwidth.examples import REDIRECT
    >>> Redirect.from_json(REDIRECT).tag is None
    True
    """

    event_type: Literal["redirect"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="redirect", description="The event type, value is `redirect`."
    )
