"""Factories of Bandwidth's media stream WebSocket messages, both ways.

Ids look like Bandwidth's (``c-…``, ``s-…``); a ``start`` and a ``stop`` built with the same
seed describe the same stream; media carries 20 ms of μ-law (160 bytes) by default.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import bandwidth_stream_media, bandwidth_stream_start
>>> bandwidth.parse_stream_message(bandwidth_stream_start(), strict=True).metadata.stream_name
'live_audience'
>>> len(bandwidth.parse_stream_message(bandwidth_stream_media()).audio)
160
"""

from __future__ import annotations

from ..bandwidth import (
    ClearMessage,
    MediaMessage,
    PlayAudioContentType,
    PlayAudioMessage,
    StartMessage,
    StopMessage,
    StreamEncoding,
    StreamTrack,
    UnknownStreamMessage,
)
from ..bandwidth.stream_messages import _DISPATCH
from ._draft import Draft
from ._factory import Factory
from ._stream_values import audio_payload, fixed_tag, fixed_tag_only, unknown_tag
from ._values import Values

__all__ = [
    "bandwidth_clear",
    "bandwidth_play_audio",
    "bandwidth_stream_media",
    "bandwidth_stream_start",
    "bandwidth_stream_stop",
    "bandwidth_stream_unknown",
]

_TRACK_SETS = ([StreamTrack.INBOUND], [StreamTrack.INBOUND, StreamTrack.OUTBOUND],
               [StreamTrack.OUTBOUND])  # fmt: skip


def _metadata(draft: Draft, values: Values) -> None:
    draft.field("account_id", values.account_id())
    draft.field("call_id", values.bandwidth_id("c"))
    draft.field("stream_id", values.bandwidth_id("s"))
    draft.field("stream_name", values.text("live_audience"))
    tracks = values.choice(_TRACK_SETS, _TRACK_SETS[0])
    encodings = list(StreamEncoding)
    draft.field(
        "tracks",
        [
            {
                "name": str(track),
                "mediaFormat": {
                    "encoding": str(values.choice(encodings, StreamEncoding.PCMU)),
                    "sampleRate": 8000,
                },
            }
            for track in tracks
        ],
    )


def _start(draft: Draft, values: Values) -> None:
    fixed_tag(draft)
    draft.nested("metadata", lambda sub: _metadata(sub, values))
    draft.field(
        "stream_params",
        values.parameters({"internal_id": "call_ABC"}),
        include=values.present(True),
    )


def _media(draft: Draft, values: Values) -> None:
    fixed_tag(draft)
    draft.field("track", values.choice(list(StreamTrack), StreamTrack.INBOUND))
    draft.field("sequence_number", str(values.integer(1, 1, 10**9)), include=values.present(True))
    draft.field("payload", audio_payload(values, 160))


def _stop(draft: Draft, values: Values) -> None:
    fixed_tag(draft)
    draft.nested("metadata", lambda sub: _metadata(sub, values))


def _unknown(draft: Draft, values: Values) -> None:
    unknown_tag(draft, "event_type", _DISPATCH.by_tag)


def _play_audio(draft: Draft, values: Values) -> None:
    fixed_tag(draft)

    def media(sub: Draft) -> None:
        kind = sub.field(
            "content_type",
            values.choice(list(PlayAudioContentType), PlayAudioContentType.PCMU),
        )
        width = PlayAudioContentType(kind).sample_width if kind in list(PlayAudioContentType) else 1
        sub.field("payload", audio_payload(values, 160, width=width))

    draft.nested("media", media)


bandwidth_stream_start: Factory[StartMessage] = Factory(
    "bandwidth_stream_start", StartMessage, _start
)
bandwidth_stream_media: Factory[MediaMessage] = Factory(
    "bandwidth_stream_media", MediaMessage, _media
)
bandwidth_stream_stop: Factory[StopMessage] = Factory("bandwidth_stream_stop", StopMessage, _stop)
bandwidth_stream_unknown: Factory[UnknownStreamMessage] = Factory(
    "bandwidth_stream_unknown", UnknownStreamMessage, _unknown, strictly_valid=False
)
"""A message of an ``eventType`` this version does not model: lenient parsing keeps it as an
:class:`~voice_webhooks.bandwidth.UnknownStreamMessage`, strict refuses it."""
bandwidth_play_audio: Factory[PlayAudioMessage] = Factory(
    "bandwidth_play_audio", PlayAudioMessage, _play_audio
)
bandwidth_clear: Factory[ClearMessage] = Factory("bandwidth_clear", ClearMessage, fixed_tag_only)
