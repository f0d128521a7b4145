"""What a provider sends for a stream verb: a verb, its callbacks and its WebSocket ``start``
message, tied together.

From the verb your code answers with, build the callbacks the provider would then send about
that stream and the ``start`` message its WebSocket connection opens with, with the same name,
tracks, destination and custom parameters and the same call and stream ids, so a test can
drive a handler through the stream's whole life: :func:`media_stream_webhooks_for` (Bandwidth's
``mediaStreamStarted``/``mediaStreamStopped`` for a ``<StartStream>``) and
:func:`stream_status_callbacks_for` (SignalWire's ``stream-started``/``stream-stopped`` status
callbacks for a ``<Start><Stream>`` or ``<Connect><Stream>``).

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import media_stream_webhooks_for
>>> verb = bandwidth.StartStream(name="live", tracks="both", destination="wss://ws.example/a")
>>> started, stopped, start_message = media_stream_webhooks_for(verb)
>>> event = bandwidth.parse_event(started, strict=True)
>>> event.media_stream.name, [str(track) for track in event.media_stream.tracks]
('live', ['inbound', 'outbound'])
>>> bandwidth.parse_event(stopped).media_stream.id == event.media_stream.id
True
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, NamedTuple

from ..bandwidth import CallEvent, StartStream, StartStreamTracks, StreamTrack
from ..signalwire import Connect, Start, StreamNounCodec, StreamStatusCallback, Track
from ._bandwidth import media_stream_started, media_stream_stopped
from ._bandwidth_streams import bandwidth_stream_start
from ._draft import ABSENT
from ._signalwire import stream_status_callback
from ._signalwire_streams import signalwire_stream_start
from ._values import Seed, values_for

__all__ = ["StreamLifecycle", "media_stream_webhooks_for", "stream_status_callbacks_for"]

_TRACKS: dict[Any, list[StreamTrack]] = {
    StartStreamTracks.INBOUND: [StreamTrack.INBOUND],
    StartStreamTracks.OUTBOUND: [StreamTrack.OUTBOUND],
    StartStreamTracks.BOTH: [StreamTrack.INBOUND, StreamTrack.OUTBOUND],
}
# The webhook fields that belong to the call, not to the event: the same in both events.
_CALL_FIELDS = [
    field.alias or name
    for name, field in CallEvent.model_fields.items()
    if name not in ("event_type", "event_time")
] + ["startTime", "answerTime"]
_STREAMED = timedelta(minutes=1, seconds=52, microseconds=217257)
# What a SignalWire stream's WebSocket carries: the tracks of each Track value, and the media
# format (start.mediaFormat) of each codec.
_SIGNALWIRE_TRACKS: dict[Any, list[str]] = {
    Track.INBOUND_TRACK: ["inbound"],
    Track.OUTBOUND_TRACK: ["outbound"],
    Track.BOTH_TRACKS: ["inbound", "outbound"],
}
_SIGNALWIRE_FORMATS: dict[Any, dict[str, Any]] = {
    StreamNounCodec.PCMU_8000: {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
    StreamNounCodec.L16_16000: {"encoding": "audio/x-L16", "sampleRate": 16000, "channels": 1},
    StreamNounCodec.L16_24000: {"encoding": "audio/x-L16", "sampleRate": 24000, "channels": 1},
}


class StreamLifecycle(NamedTuple):
    """What the provider sends about one stream, as wire payloads: the callback when it
    started, the one when it stopped, and the ``start`` message of its WebSocket connection.

    >>> from voice_webhooks import signalwire
    >>> verb = signalwire.Start(stream=signalwire.StreamNoun(url="wss://ws.example/a"))
    >>> lifecycle = stream_status_callbacks_for(verb)
    >>> lifecycle.started["StreamEvent"], lifecycle.stopped["StreamEvent"]
    ('stream-started', 'stream-stopped')
    >>> lifecycle.start_message["start"]["streamSid"] == lifecycle.started["StreamSid"]
    True
    """

    started: dict[str, Any]
    """The first callback: ``mediaStreamStarted`` (JSON), ``stream-started`` (a form)."""
    stopped: dict[str, Any]
    """The last callback: ``mediaStreamStopped`` (cause ``closed``), ``stream-stopped``."""
    start_message: dict[str, Any]
    """The WebSocket ``start`` message sent to the stream's destination: the same call and
    stream, its tracks and media format, the verb's custom parameters."""


def media_stream_webhooks_for(verb: StartStream, *, seed: Seed = None) -> StreamLifecycle:
    """The ``mediaStreamStarted`` and ``mediaStreamStopped`` webhooks Bandwidth sends (to the
    verb's ``streamEventUrl``) for a stream started by ``verb``: its ``name`` (the stream id
    when the verb gave none), ``tracks`` (``both`` is ``["inbound", "outbound"]``, absent is
    ``inbound``) and ``destination``; the same call and stream in both, stopped after it
    started.  Also the ``start`` message of the stream's WebSocket: the same account, call,
    stream and tracks (μ-law at 8000 Hz), with the verb's ``<StreamParam>`` elements as its
    ``streamParams``.  ``seed`` as for the factories.

    >>> verb = StartStream(destination="wss://ws.example/a")
    >>> lifecycle = media_stream_webhooks_for(verb)
    >>> stream = lifecycle.started["mediaStream"]
    >>> stream["name"] == stream["id"], stream["tracks"]
    (True, ['inbound'])
    >>> lifecycle.start_message["metadata"]["streamId"] == stream["id"]
    True
    """
    values = values_for(seed)
    tracks = _TRACKS.get(verb.tracks or StartStreamTracks.INBOUND, [str(verb.tracks)])
    stream: dict[str, Any] = {"destination": verb.destination, "tracks": tracks}
    if verb.name is not None:
        stream["name"] = verb.name
    started = media_stream_started(seed=values.rng, media_stream=stream)
    media = started["mediaStream"]
    if verb.name is None:
        media["name"] = media["id"]  # Bandwidth names an unnamed stream by its id
    call = {key: started.get(key, ABSENT) for key in _CALL_FIELDS}
    stopped = media_stream_stopped(seed=values.rng, cause="closed", media_stream=media, **call)
    params = {param.name: param.value for param in verb.stream_params}
    start_message = bandwidth_stream_start(
        seed=values.rng,
        metadata={
            "accountId": started["accountId"],
            "callId": started["callId"],
            "streamId": media["id"],
            "streamName": media["name"],
            "tracks": [
                {"name": str(track), "mediaFormat": {"encoding": "PCMU", "sampleRate": 8000}}
                for track in tracks
            ],
        },
        stream_params=params if params else ABSENT,
    )
    return StreamLifecycle(started, stopped, start_message)


def stream_status_callbacks_for(verb: Start | Connect, *, seed: Seed = None) -> StreamLifecycle:
    """The ``stream-started`` and ``stream-stopped`` status callbacks SignalWire sends (to the
    stream's ``statusCallback``) for the stream of a ``<Start>`` or ``<Connect>``: its
    ``StreamName`` (the ``StreamSid`` when the verb named none) and ``StreamTrack``
    (``inbound_track`` when absent), the same account, call and stream in both, stopped after
    it started.  Also the WebSocket ``start`` message: the same account, call and stream, the
    track's ``tracks``, the ``codec``'s media format, the ``<Parameter>`` elements as its
    ``customParameters``.  ``seed`` as for the factories.

    >>> from voice_webhooks import signalwire
    >>> noun = signalwire.StreamNoun(name="s1", url="wss://a.example/s", track="both_tracks")
    >>> started, stopped, start_message = stream_status_callbacks_for(signalwire.Start(stream=noun))
    >>> started["StreamName"], started["StreamTrack"], stopped["StreamSid"] == started["StreamSid"]
    ('s1', 'both_tracks', True)
    """
    values = values_for(seed)
    noun = verb.stream
    same: dict[str, Any] = {
        "account_sid": values.uuid(),
        "call_sid": values.uuid(),
        "conference_sid": ABSENT,
        "stream_sid": values.uuid(),
        "stream_track": noun.track or Track.INBOUND_TRACK,
    }
    same["stream_name"] = noun.name if noun.name is not None else same["stream_sid"]
    started = stream_status_callback(seed=values.rng, stream_event="stream-started", **same)
    began = StreamStatusCallback.from_form(started).timestamp
    stopped = stream_status_callback(
        seed=values.rng, stream_event="stream-stopped", timestamp=began + _STREAMED, **same
    )
    start_message = signalwire_stream_start(
        seed=values.rng,
        stream_sid=ABSENT,
        start={
            "streamSid": same["stream_sid"],
            "accountSid": same["account_sid"],
            "callSid": same["call_sid"],
            "tracks": _SIGNALWIRE_TRACKS[same["stream_track"]],
            "customParameters": {param.name: param.value for param in noun.parameters},
            "mediaFormat": _SIGNALWIRE_FORMATS[noun.codec or StreamNounCodec.PCMU_8000],
        },
    )
    return StreamLifecycle(started, stopped, start_message)
