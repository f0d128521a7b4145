"""The webhooks a provider sends for a stream verb: a verb and its callbacks, tied together.

From the verb your code answers with, build the callbacks the provider would then send about
that stream, with the same name, tracks and destination, so a test can drive a handler
through the stream's whole life: :func:`media_stream_webhooks_for` (Bandwidth's
``mediaStreamStarted``/``mediaStreamStopped`` for a ``<StartStream>``) and
:func:`stream_status_callbacks_for` (SignalWire's ``stream-started``/``stream-stopped`` status
callbacks for a ``<Start><Stream>`` or ``<Connect><Stream>``).

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import media_stream_webhooks_for
>>> verb = bandwidth.StartStream(name="live", tracks="both", destination="wss://ws.example/a")
>>> started, stopped = media_stream_webhooks_for(verb)
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
from ..signalwire import Connect, Start, StreamStatusCallback, Track
from ._bandwidth import media_stream_started, media_stream_stopped
from ._draft import ABSENT
from ._signalwire import stream_status_callback
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


class StreamLifecycle(NamedTuple):
    """The callbacks about one stream, as wire payloads: when it started, when it stopped.

    >>> from voice_webhooks import signalwire
    >>> verb = signalwire.Start(stream=signalwire.StreamNoun(url="wss://ws.example/a"))
    >>> lifecycle = stream_status_callbacks_for(verb)
    >>> lifecycle.started["StreamEvent"], lifecycle.stopped["StreamEvent"]
    ('stream-started', 'stream-stopped')
    """

    started: dict[str, Any]
    """The first callback: ``mediaStreamStarted`` (JSON), ``stream-started`` (a form)."""
    stopped: dict[str, Any]
    """The last callback: ``mediaStreamStopped`` (cause ``closed``), ``stream-stopped``."""


def media_stream_webhooks_for(verb: StartStream, *, seed: Seed = None) -> StreamLifecycle:
    """The ``mediaStreamStarted`` and ``mediaStreamStopped`` webhooks Bandwidth sends (to the
    verb's ``streamEventUrl``) for a stream started by ``verb``: its ``name`` (the stream id
    when the verb gave none), ``tracks`` (``both`` is ``["inbound", "outbound"]``, absent is
    ``inbound``) and ``destination``; the same call and stream in both, stopped after it
    started.  ``seed`` as for the factories.

    >>> verb = StartStream(destination="wss://ws.example/a")
    >>> stream = media_stream_webhooks_for(verb).started["mediaStream"]
    >>> stream["name"] == stream["id"], stream["tracks"]
    (True, ['inbound'])
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
    return StreamLifecycle(started, stopped)


def stream_status_callbacks_for(verb: Start | Connect, *, seed: Seed = None) -> StreamLifecycle:
    """The ``stream-started`` and ``stream-stopped`` status callbacks SignalWire sends (to the
    stream's ``statusCallback``) for the stream of a ``<Start>`` or ``<Connect>``: its
    ``StreamName`` (the ``StreamSid`` when the verb named none) and ``StreamTrack``
    (``inbound_track`` when absent), the same account, call and stream in both, stopped after
    it started.  ``seed`` as for the factories.

    >>> from voice_webhooks import signalwire
    >>> noun = signalwire.StreamNoun(name="s1", url="wss://a.example/s", track="both_tracks")
    >>> started, stopped = stream_status_callbacks_for(signalwire.Start(stream=noun))
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
    return StreamLifecycle(started, stopped)
