"""The transcription status callback: what SignalWire sends to a recording's
``TranscribeCallback`` URL once its transcription is done (or failed).

A form body.  Verify its signature (:mod:`voice_webhooks.signalwire.signatures`) before
trusting it.
"""

from __future__ import annotations

from pydantic import Field

from ..types import OpenEnum
from ._base import SignalWireForm
from .enums import TranscriptionStatus

__all__ = ["TranscriptionStatusCallback"]


class TranscriptionStatusCallback(SignalWireForm):
    """A transcription status callback: a recording's transcription, or its failure.

    >>> from voice_webhooks.signalwire.examples import TRANSCRIPTION_STATUS_CALLBACK
    >>> callback = TranscriptionStatusCallback.from_form(TRANSCRIPTION_STATUS_CALLBACK)
    >>> callback.transcription_status, callback.transcription_text[:22]
    (<TranscriptionStatus.COMPLETED: 'completed'>, "Hello, I'd like to sch")
    >>> TranscriptionStatusCallback.from_form(callback.to_form()) == callback
    True
    """

    transcription_sid: str = Field(description="The unique ID of the transcription.")
    transcription_text: str = Field(description="The text of the transcription.")
    transcription_status: OpenEnum[TranscriptionStatus] = Field(
        description="The status of the transcription: completed or failed."
    )
    transcription_url: str = Field(description="The URL for the transcription's REST API resource.")
    recording_sid: str = Field(
        description="The unique identifier for the recording from which the transcription "
        "was generated."
    )
    recording_url: str = Field(
        description="The URL for the audio recording from which the transcription was generated."
    )
