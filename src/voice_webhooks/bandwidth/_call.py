"""The fields Bandwidth call events share, each group in one base: the call itself, an answered
call, the B leg of a ``<Transfer>``, and why a call ended."""

from pydantic import Field

from ..types import OpenEnum, UtcDatetime
from ._base import BandwidthModel
from ._event import EventBase
from .enums import CallDirection, CallEndCause

__all__ = [
    "AnsweredCallEvent",
    "CallEndFields",
    "CallErrorFields",
    "CallEvent",
    "TransferLegFields",
]


class CallEvent(EventBase):
    """The fields that every Bandwidth Voice call event carries.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STARTED
    >>> event = parse_event(MEDIA_STREAM_STARTED)
    >>> isinstance(event, CallEvent), event.from_, event.direction
    (True, '+15551112222', <CallDirection.OUTBOUND: 'outbound'>)
    """

    account_id: str | None = Field(
        default=None,
        description="The user account associated with the call. (Every page lists it but that "
        "of `transferDisconnect`, whose examples leave it out although the 2026 OpenAPI spec "
        "lists it there too: so it is never required.)",
    )
    application_id: str | None = Field(
        default=None,
        description="The id of the application associated with the call. (Left out by the "
        "`transferDisconnect` page and examples, as `accountId`: never required.)",
    )
    from_: str = Field(
        description="The provided identifier of the caller: can be a phone number in E.164 "
        "format (e.g. +15555555555) or one of `Private`, `Restricted`, "
        "`Unavailable`, or `Anonymous`. (Bandwidth's 2026 OpenAPI spec says it must be an "
        "E.164 number; the pages list the other values, so any text is accepted.)"
    )
    to: str = Field(
        description="The phone number that received the call, in E.164 format (e.g. "
        "+15555555555). (A SIP URI for calls to SIP URIs: any text is accepted.)"
    )
    direction: OpenEnum[CallDirection] = Field(
        description="The direction of the call. Either `inbound` or `outbound`. The direction of "
        "a call never changes."
    )
    call_id: str = Field(description="The call id associated with the event.")
    call_url: str = Field(
        description="The URL of the call associated with the event. (The 2026 OpenAPI spec "
        "gives it the `uri` format; the pages' own examples hold URL templates such as "
        "`https://../{accountId}/calls/{callId-1}`, so it is kept as text.)"
    )
    enqueued_time: UtcDatetime | None = Field(
        default=None,
        description="(optional) If call queueing is enabled and this is an outbound call, time "
        "the call was queued, in ISO 8601 format. (Nullable in the 2026 OpenAPI spec.)",
    )
    start_time: UtcDatetime = Field(description="Time the call was started, in ISO 8601 format.")
    answer_time: UtcDatetime | None = Field(
        default=None,
        description="(optional) Time the call was answered, in ISO 8601 format. (Nullable in "
        "the 2026 OpenAPI spec.)",
    )
    tag: str | None = Field(
        default=None,
        description="(optional) The `tag` specified on call creation. If no `tag` was specified "
        "or it was previously cleared, this field will not be present. (Nullable in the 2026 "
        "OpenAPI spec.)",
    )
    privacy: bool | None = Field(
        default=None,
        description="(optional) Hide the calling number. The `callerDisplayName` field can be "
        "used to customize the displayed name.",
    )
    caller_display_name: str | None = Field(
        default=None,
        description="(optional) The caller display name to use when the call is created. May "
        "not exceed 256 characters nor contain control characters such as new lines. "
        "If privacy is true, only the following values are valid: Restricted, "
        "Anonymous, Private, or Unavailable.",
    )


class AnsweredCallEvent(CallEvent):
    """A call event sent once the call was answered: ``answerTime`` is always given.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import GATHER
    >>> event = parse_event(GATHER)
    >>> isinstance(event, AnsweredCallEvent), (event.answer_time - event.start_time).seconds
    (True, 3)
    """

    answer_time: UtcDatetime | None = Field(
        description="Time the call was answered, in ISO 8601 format. (Required by the pages; "
        "the 2026 OpenAPI spec makes it nullable, so `null` is accepted.)"
    )


class TransferLegFields(BandwidthModel):
    """The fields present when an event concerns the B leg of a ``<Transfer>``.

    >>> from voice_webhooks.bandwidth import RecordingAvailable
    >>> from voice_webhooks.bandwidth.examples import RECORDING_AVAILABLE
    >>> event = RecordingAvailable.from_json(RECORDING_AVAILABLE)
    >>> isinstance(event, TransferLegFields), event.parent_call_id
    (True, None)
    """

    parent_call_id: str | None = Field(
        default=None,
        description="(optional) If the event is related to the B leg of a `<Transfer>`, the "
        "call id of the original call leg that executed the `<Transfer>`. Otherwise, "
        "this field will not be present.",
    )
    transfer_caller_id: str | None = Field(
        default=None,
        description="(optional) If the event is related to the B leg of a `<Transfer>`, the "
        "phone number used as the `from` field of the B-leg call, in E.164 format "
        "(e.g. +15555555555). Otherwise, this field will not be present.",
    )
    transfer_to: str | None = Field(
        default=None,
        description="(optional) If the event is related to the B leg of a `<Transfer>`, the "
        "phone number used as the `to` field of the B-leg call in E.164 format "
        "(e.g. +15555555555). Otherwise, this field will not be present.",
    )


class CallErrorFields(BandwidthModel):
    """What went wrong with a call, a transferred leg or a bridge: ``errorMessage`` and
    ``errorId``, present on errors only.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import BRIDGE_COMPLETE
    >>> event = parse_event(BRIDGE_COMPLETE)
    >>> isinstance(event, CallErrorFields), event.error_id
    (True, None)
    """

    error_message: str | None = Field(
        default=None,
        description="(optional) Text explaining the reason that caused the call to be ended in "
        "case of errors. (Nullable in the 2026 OpenAPI spec.)",
    )
    error_id: str | None = Field(
        default=None,
        description="(optional) Bandwidth internal id that references the error event. "
        "(Nullable in the 2026 OpenAPI spec.)",
    )


class SipCallIdField(BandwidthModel):
    """The SIP Call-ID of the call's dialog, which Bandwidth's 2026 OpenAPI spec adds to the
    ``initiate``, ``answer`` and ``disconnect`` events.

    >>> from voice_webhooks.bandwidth import Answer
    >>> issubclass(Answer, SipCallIdField)
    True
    """

    sip_call_id: str | None = Field(
        default=None,
        description="(optional) The SIP Call-ID of the call's current SIP dialog with "
        "Bandwidth's SBC, to correlate dialogs and trace calls. Present on any call once that "
        "dialog has been established; may be absent very early in a call. (From the 2026 "
        "OpenAPI spec, which lists it on `initiate`, `answer` and `disconnect` only.)",
    )


class CallEndFields(CallErrorFields):
    """Why a call or a transferred leg ended: ``cause`` and, on errors, ``errorMessage`` and
    ``errorId``.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import DISCONNECT
    >>> event = parse_event(DISCONNECT)
    >>> isinstance(event, CallEndFields), event.cause, event.error_message
    (True, <CallEndCause.BUSY: 'busy'>, 'Callee is busy')
    """

    cause: OpenEnum[CallEndCause] = Field(
        description="Reason the call ended: `hangup`, `busy`, `timeout`, `cancel`, `rejected`, "
        "`callback-error`, `invalid-bxml`, `application-error`, `account-limit`, "
        "`node-capacity-exceeded`, `error` or `unknown`. This list is not exhaustive and other "
        "values can appear in the future."
    )
