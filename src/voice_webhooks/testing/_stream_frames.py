"""Whole streams: audio turned into the frames a provider sends on one WebSocket connection.

For testing a WebSocket handler end to end: replay the frames to it, as the provider would, and
check what it makes of the audio.  The frames are JSON text, compact as the providers write
them, numbered as they number them, and parse back (strictly) to exactly the audio given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from .._stream_fields import encode_audio
from ..audio import AudioEncoding, AudioFormat
from ._bandwidth_streams import bandwidth_stream_start, bandwidth_stream_stop
from ._draft import ABSENT
from ._signalwire_streams import (
    signalwire_stream_connected,
    signalwire_stream_start,
    signalwire_stream_stop,
)
from ._values import Seed

__all__ = ["bandwidth_stream_frames", "signalwire_stream_frames"]

Audio = bytes | bytearray | memoryview
_ENCODINGS = {AudioEncoding.PCMU: "audio/x-mulaw", AudioEncoding.L16: "audio/x-L16"}


def _text(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def _tracks(audio: Audio | Mapping[str, Audio]) -> dict[str, bytes]:
    if isinstance(audio, Mapping):
        if not audio:
            raise ValueError("a stream needs at least one track")
        return {str(track): bytes(data) for track, data in audio.items()}
    return {"inbound": bytes(audio)}


def _chunks(tracks: Mapping[str, bytes], size: int) -> Iterator[tuple[int, str, bytes]]:
    """(chunk index, track, audio) in the order a provider sends them: chunk by chunk, each
    track's in turn."""
    count = max((len(data) + size - 1) // size for data in tracks.values())
    for index in range(count):
        for track, data in tracks.items():
            piece = data[index * size : (index + 1) * size]
            if piece:
                yield index, track, piece


def bandwidth_stream_frames(
    audio: Audio | Mapping[str, Audio],
    *,
    frame_ms: int = 20,
    numbered: bool = True,
    stream_params: Mapping[str, str] | None = None,
    seed: Seed = None,
) -> list[str]:
    """The frames Bandwidth sends for ``audio`` (μ-law, 8000 Hz): ``start``, the ``media``
    frames (``frame_ms`` of audio each, every track's in turn), ``stop``.

    ``audio`` is one track's bytes (the ``inbound`` track) or a mapping of track name to bytes.
    ``numbered`` gives each media frame its ``sequenceNumber`` (1, 2, … across the
    connection), as two-way streams carry.  ``seed`` varies the ids, as for the factories.

    >>> from voice_webhooks import bandwidth
    >>> frames = bandwidth_stream_frames({"inbound": b"\\x01" * 200, "outbound": b"\\x02" * 160})
    >>> [bandwidth.parse_stream_message(f).event_type for f in frames]
    ['start', 'media', 'media', 'media', 'stop']
    >>> frames[3]
    '{"eventType":"media","track":"inbound","sequenceNumber":"3","payload":"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ=="}'
    """
    tracks = _tracks(audio)
    size = AudioFormat(AudioEncoding.PCMU, 8000).frame_size(frame_ms)
    metadata = {
        "tracks": [
            {"name": track, "mediaFormat": {"encoding": "PCMU", "sampleRate": 8000}}
            for track in tracks
        ]
    }
    params = ABSENT if stream_params is None else dict(stream_params)
    frames = [_text(bandwidth_stream_start(seed=seed, metadata=metadata, stream_params=params))]
    for number, (_, track, piece) in enumerate(_chunks(tracks, size), start=1):
        media: dict[str, Any] = {"eventType": "media", "track": track}
        if numbered:
            media["sequenceNumber"] = str(number)
        media["payload"] = encode_audio(piece)
        frames.append(_text(media))
    frames.append(_text(bandwidth_stream_stop(seed=seed, metadata=metadata)))
    return frames


def signalwire_stream_frames(
    audio: Audio | Mapping[str, Audio],
    *,
    encoding: AudioEncoding = AudioEncoding.PCMU,
    sample_rate: int | None = None,
    frame_ms: int = 20,
    custom_parameters: Mapping[str, str] | None = None,
    seed: Seed = None,
) -> list[str]:
    """The frames SignalWire sends for ``audio``: ``connected``, ``start``, the ``media``
    frames (``frame_ms`` of audio each, every track's in turn), ``stop``.

    ``audio`` is one track's bytes (the ``inbound`` track) or a mapping of track name to
    bytes, in ``encoding`` (μ-law at 8000 Hz, or L16 at ``sample_rate`` 16000 or 24000).
    ``sequenceNumber`` counts every message from ``start`` (1); ``chunk`` counts each track's
    media from 1 and ``timestamp`` is its audio's start in milliseconds.

    >>> from voice_webhooks import signalwire
    >>> frames = signalwire_stream_frames(b"\\xff" * 400)
    >>> [signalwire.parse_stream_message(f).event for f in frames]
    ['connected', 'start', 'media', 'media', 'media', 'stop']
    >>> signalwire.parse_stream_message(frames[4]).media  # the last 80 bytes: 10 ms
    MediaChunk(track=<MediaTrack.INBOUND: 'inbound'>, chunk=3, timestamp=40, payload='////...')
    """
    tracks = _tracks(audio)
    rate = sample_rate or (8000 if encoding is AudioEncoding.PCMU else 16000)
    audio_format = AudioFormat(encoding, rate)
    size = audio_format.frame_size(frame_ms)
    start = signalwire_stream_start(
        seed=seed,
        stream_sid=ABSENT,
        start={
            "tracks": list(tracks),
            "custom_parameters": dict(custom_parameters or {}),
            "media_format": {"encoding": _ENCODINGS[encoding], "sample_rate": rate, "channels": 1},
        },
    )
    frames = [_text(signalwire_stream_connected(seed=seed)), _text(start)]
    number = 1
    for index, track, piece in _chunks(tracks, size):
        number += 1
        chunk = {
            "track": track,
            "chunk": str(index + 1),
            "timestamp": str(index * frame_ms),
            "payload": encode_audio(piece),
        }
        frames.append(_text({"event": "media", "sequenceNumber": str(number), "media": chunk}))
    frames.append(
        _text(signalwire_stream_stop(seed=seed, sequence_number=str(number + 1), stream_sid=ABSENT))
    )
    return frames
