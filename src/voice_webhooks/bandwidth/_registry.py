"""Which model each ``eventType`` parses into, and where it lives: :data:`EVENT_TYPES`.

The models load on first use (the module of an event type is imported when its model is first
asked for), so importing the package, and parsing a first event, costs the same whatever the
number of event types.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._base import BandwidthModel

__all__ = ["EVENT_TYPES", "EventTypes"]

_EVENT_MODELS: Final[Mapping[str, tuple[str, str]]] = {
    "initiate": ("calls", "Initiate"),
    "answer": ("calls", "Answer"),
    "disconnect": ("calls", "Disconnect"),
    "redirect": ("calls", "Redirect"),
    "dtmf": ("input", "Dtmf"),
    "gather": ("input", "Gather"),
    "machineDetectionComplete": ("machine_detection", "MachineDetectionComplete"),
    "bridgeComplete": ("bridge", "BridgeComplete"),
    "bridgeTargetComplete": ("bridge", "BridgeTargetComplete"),
    "transferAnswer": ("transfer", "TransferAnswer"),
    "transferComplete": ("transfer", "TransferComplete"),
    "transferDisconnect": ("transfer", "TransferDisconnect"),
    "recordComplete": ("recording", "RecordComplete"),
    "recordingComplete": ("recording", "RecordComplete"),  # the OpenAPI spec's name of it
    "recordingAvailable": ("recording", "RecordingAvailable"),
    "transcriptionAvailable": ("transcription", "TranscriptionAvailable"),
    "conferenceCreated": ("conference", "ConferenceCreated"),
    "conferenceRedirect": ("conference", "ConferenceRedirect"),
    "conferenceMemberJoin": ("conference", "ConferenceMemberJoin"),
    "conferenceMemberExit": ("conference", "ConferenceMemberExit"),
    "conferenceCompleted": ("conference", "ConferenceCompleted"),
    "conferenceRecordingAvailable": ("conference", "ConferenceRecordingAvailable"),
    "mediaStreamStarted": ("media_stream", "MediaStreamStarted"),
    "mediaStreamRejected": ("media_stream", "MediaStreamRejected"),
    "mediaStreamStopped": ("media_stream", "MediaStreamStopped"),
    "realTimeTranscriptionStarted": ("realtime_transcription", "RealTimeTranscriptionStarted"),
    "realTimeTranscriptionAvailable": ("realtime_transcription", "RealTimeTranscriptionAvailable"),
    "realTimeTranscriptionRejected": ("realtime_transcription", "RealTimeTranscriptionRejected"),
    "realTimeTranscriptionStopped": ("realtime_transcription", "RealTimeTranscriptionStopped"),
    "referComplete": ("refer", "ReferComplete"),
}


class EventTypes(Mapping[str, "type[BandwidthModel]"]):
    """A read-only mapping of each ``eventType`` to its model class, which loads the model's
    module the first time the model is asked for.  Membership tests load nothing.

    >>> from voice_webhooks import bandwidth
    >>> "dtmf" in bandwidth.EVENT_TYPES, bandwidth.EVENT_TYPES["dtmf"].__name__
    (True, 'Dtmf')
    """

    def __init__(self, models: Mapping[str, tuple[str, str]]) -> None:
        self._where = models
        self._loaded: dict[str, type[BandwidthModel]] = {}

    def __getitem__(self, event_type: str) -> type[BandwidthModel]:
        model = self._loaded.get(event_type)
        if model is None:
            module, name = self._where[event_type]
            model = getattr(importlib.import_module(f"{__package__}.{module}"), name)
            self._loaded[event_type] = model
        return model

    def __contains__(self, event_type: object) -> bool:
        return event_type in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __repr__(self) -> str:
        return f"EventTypes({', '.join(self._where)})"

    def loaded(self, event_type: str) -> type[BandwidthModel] | None:
        """The model of ``event_type`` if it has been loaded already, else ``None``."""
        return self._loaded.get(event_type)


EVENT_TYPES: Final = EventTypes(_EVENT_MODELS)
"""Each ``eventType`` this version knows, with its model class (``recordComplete`` and
``recordingComplete`` are two names of one event)."""
