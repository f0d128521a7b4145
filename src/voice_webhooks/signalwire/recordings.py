"""The recording status callback: what SignalWire sends to a ``RecordingStatusCallback`` URL.

Configured when creating a call through the REST API or on ``<Dial>``, ``<Conference>`` and
``<Record>``; ``RecordingStatusCallbackEvent`` picks the events (only ``completed`` unless
asked).  A form body (``POST``) or query parameters (``GET``).  Verify its signature
(:mod:`voice_webhooks.signalwire.signatures`) before trusting it, and fetch ``RecordingUrl``
only then.
"""

from __future__ import annotations

from pydantic import Field

from ..types import OpenEnum
from ._base import SignalWireForm
from ._callback_fields import (
    CallbackAccountSid,
    CallbackCallSid,
    RecordingDuration,
    RecordingSid,
    RecordingUrl,
)
from ._form_values import FormInt
from .enums import RecordingSource, RecordingStatus

__all__ = ["RecordingStatusCallback"]


class RecordingStatusCallback(SignalWireForm):
    """A recording status callback: a recording began, is available, or is absent.

    >>> from voice_webhooks.signalwire.examples import RECORDING_STATUS_CALLBACK
    >>> callback = RecordingStatusCallback.from_form(RECORDING_STATUS_CALLBACK)
    >>> callback.recording_status, callback.recording_duration, callback.recording_source
    (<RecordingStatus.COMPLETED: 'completed'>, 94, <RecordingSource.RECORD_VERB: 'RecordVerb'>)
    >>> RecordingStatusCallback.from_form(callback.to_form()) == callback
    True
    """

    account_sid: CallbackAccountSid
    call_sid: CallbackCallSid
    recording_sid: RecordingSid
    recording_url: RecordingUrl
    recording_status: OpenEnum[RecordingStatus] = Field(
        description="The status of the recording: in-progress (recording has begun), "
        "completed (file is available) or absent (too short, or no audio was detected)."
    )
    recording_duration: RecordingDuration
    recording_channels: FormInt = Field(description="The number of channels in the recording.")
    recording_source: OpenEnum[RecordingSource] = Field(
        description="The type of call that initiated the recording."
    )
