"""The call (voice) status callback: what SignalWire sends to a call's ``StatusCallback`` URL.

Configured with ``StatusCallback`` and ``StatusCallbackEvent`` when creating a call through the
REST API, or on ``<Dial>``'s ``<Number>``, ``<Sip>`` and ``<Conference>``; a phone number's
status change webhook sends the same fields, fewer of them.  A form body (``POST``) or query
parameters (``GET``).  Verify its signature (:mod:`voice_webhooks.signalwire.signatures`)
before trusting it.
"""

from __future__ import annotations

from pydantic import Field

from ..types import OpenEnum
from ._base import SignalWireForm
from ._callback_fields import (
    CallbackAccountSid,
    CallbackCallSid,
    OptionalRecordingDuration,
    OptionalRecordingSid,
    OptionalRecordingUrl,
)
from ._form_values import FormInt
from ._rfc2822 import Rfc2822Datetime
from .enums import CallDirection, CallStatus

__all__ = ["CallStatusCallback"]


class CallStatusCallback(SignalWireForm):
    """A call status callback: the call was initiated, rang, was answered, or ended.

    Reads both shapes SignalWire documents: the call progress events (``CallbackSource`` is
    ``call-progress-events``, with the audio quality counters) and the shorter status callback
    of an inbound call (``completed`` or ``failed``, with ``CallDuration`` and ``AudioInMos``).
    The fields required are those both shapes, and the callbacks SignalWire sends, always
    carry; ``Timestamp`` is RFC 2822.

    >>> callback = CallStatusCallback.from_form(
    ...     "AccountSid=AC1&CallSid=CA1&CallStatus=completed&From=%2B15551234567"
    ...     "&To=%2B15559876543&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000&CallDuration=94")
    >>> callback.call_status, callback.call_duration, callback.timestamp.isoformat()
    (<CallStatus.COMPLETED: 'completed'>, 94, '2024-04-04T18:32:15+00:00')
    >>> CallStatusCallback.from_form(callback.to_form()) == callback
    True
    """

    account_sid: CallbackAccountSid
    api_version: str | None = Field(
        default=None,
        description="The version of the SignalWire API. Incoming calls use the API version "
        "placed on the number called. Outgoing calls use the version of the REST API request.",
    )
    call_sid: CallbackCallSid
    parent_call_sid: str | None = Field(
        default=None, description="A unique identifier for the call that created this call."
    )
    call_status: OpenEnum[CallStatus] = Field(
        description="The status of the call: initiated, ringing, in-progress, queued, failed, "
        "busy, no-answer, completed or canceled."
    )
    direction: OpenEnum[CallDirection] | None = Field(
        default=None,
        description="The direction of the call: outbound-dial (launched through the Dial "
        "verb), outbound-api (launched through the REST API) or inbound.",
    )
    from_: str = Field(
        description="The phone number that sent this call, in E.164 format (or a SIP address)."
    )
    to: str = Field(
        description="The phone number of the call recipient, in E.164 format (or a SIP address)."
    )
    caller_name: str | None = Field(
        default=None,
        description="The name of the caller. Only available if Caller ID lookup is enabled.",
    )
    forwarded_from: str | None = Field(
        default=None, description="The number this call was forwarded from."
    )
    timestamp: Rfc2822Datetime = Field(
        description="The timestamp, in RFC 2822 format, of when the event occurred."
    )
    callback_source: str | None = Field(
        default=None,
        description="The source of the status callback (`call-progress-events`).",
    )
    sequence_number: FormInt | None = Field(
        default=None,
        description="The order in which events occur, starting at 0. Although events are "
        "fired in order, they each take time and may not appear in the order you expect.",
    )
    call_duration: FormInt | None = Field(
        default=None,
        description="The duration, in seconds, of the finished call. Only present on the "
        "`completed` event.",
    )
    sip_result_code: str | None = Field(
        default=None,
        description="The numeric SIP response code received for the INVITE request, "
        "indicating the outcome of the call attempt.",
    )
    sip_invite_result_phrase: str | None = Field(
        default=None,
        description="A textual description of the result of the SIP INVITE request, "
        "indicating success or failure with additional details.",
    )
    hangup_by: str | None = Field(
        default=None,
        description="The address of the party that hung up (sent by SignalWire, not in its "
        "API spec).",
    )
    hangup_direction: str | None = Field(
        default=None,
        description="Which leg of the call hung up: `inbound` or `outbound` (sent by "
        "SignalWire, not in its API spec).",
    )
    recording_sid: OptionalRecordingSid = None
    recording_url: OptionalRecordingUrl = None
    recording_duration: OptionalRecordingDuration = None
    audio_in_mos: str | None = Field(
        default=None,
        description="A mean opinion score on a scale of 1-5 that helps determine audio quality.",
    )
    audio_in_average_ptime: FormInt | None = Field(
        default=None, description="The average time between packets for the inbound stream."
    )
    audio_in_media_packet_count: FormInt | None = Field(
        default=None,
        description="The number of audio packets received in the inbound media stream.",
    )
    audio_in_dtmf_packet_count: FormInt | None = Field(
        default=None, description="The number of DTMF packets in the inbound media stream."
    )
    audio_in_flush_packet_count: FormInt | None = Field(
        default=None,
        description="The number of incoming packets removed from the jitter buffer due to "
        "buffer overflow or underflow, causing these packets to be discarded or lost.",
    )
    audio_in_skip_packet_count: FormInt | None = Field(
        default=None,
        description="Increased with every packet not received at a given ptime. Increases "
        "with every lost packet from the inbound stream.",
    )
    audio_in_jitter_max_variance: FormInt | None = Field(
        default=None,
        description="The maximum variance of jitter for incoming audio RTP packets.",
    )
    audio_in_jitter_min_variance: FormInt | None = Field(
        default=None,
        description="The minimum variance of jitter for incoming audio RTP packets.",
    )
    audio_in_largest_jb_size: FormInt | None = Field(
        default=None,
        description="The largest jitter buffer size recorded for incoming audio RTP packets "
        "during the session.",
    )
    audio_out_media_packet_count: FormInt | None = Field(
        default=None,
        description="The number of audio packets sent in the outbound media stream.",
    )
    audio_out_dtmf_packet_count: FormInt | None = Field(
        default=None,
        description="The total number of DTMF packets generated in the outbound media stream.",
    )
