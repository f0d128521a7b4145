"""Factories of SignalWire's media stream WebSocket messages, both ways.

SIDs are UUIDs, as SignalWire's are; a ``start`` announces μ-law at 8000 Hz, or L16 at 16000 or
24000 Hz; media carries 20 ms of audio (160 bytes of μ-law) by default.

>>> from voice_webhooks import signalwire
>>> from voice_webhooks.testing import signalwire_send_mark, signalwire_stream_start
>>> start = signalwire.parse_stream_message(signalwire_stream_start(), strict=True)
>>> start.start.media_format.encoding
<MediaEncoding.MULAW: 'audio/x-mulaw'>
>>> signalwire.SendMarkMessage.from_json(signalwire_send_mark(), strict=True).mark.name
'my label'
"""

from __future__ import annotations

from ..signalwire import (
    ClearMessage,
    ConnectedMessage,
    DtmfDigit,
    DtmfMessage,
    MarkMessage,
    MediaEncoding,
    MediaMessage,
    MediaTrack,
    SendDtmfMessage,
    SendMarkMessage,
    SendMediaMessage,
    StartMessage,
    StopMessage,
    StreamProtocol,
    UnknownStreamMessage,
)
from ..signalwire.stream_messages import _DISPATCH
from ._draft import Draft
from ._factory import Factory
from ._stream_values import audio_payload, fixed_tag, unknown_tag
from ._values import Values

__all__ = [
    "signalwire_clear",
    "signalwire_send_dtmf",
    "signalwire_send_mark",
    "signalwire_send_media",
    "signalwire_stream_connected",
    "signalwire_stream_dtmf",
    "signalwire_stream_mark",
    "signalwire_stream_media",
    "signalwire_stream_start",
    "signalwire_stream_stop",
    "signalwire_stream_unknown",
]

_TRACK_SETS = ([MediaTrack.INBOUND], [MediaTrack.INBOUND, MediaTrack.OUTBOUND],
               [MediaTrack.OUTBOUND])  # fmt: skip
_RATES = {MediaEncoding.MULAW: (8000,), MediaEncoding.L16: (16000, 24000)}


def _numbered(draft: Draft, values: Values, number: int, *, sid: str | None = None) -> None:
    """The tag, the ``sequenceNumber`` and (as Twilio, and SignalWire's two-way streams, send
    it) the top-level ``streamSid``."""
    fixed_tag(draft)
    draft.field("sequence_number", str(values.integer(number, 1, 10**9)))
    draft.field("stream_sid", sid or values.uuid(), include=values.present(False))


def _connected(draft: Draft, values: Values) -> None:
    fixed_tag(draft)
    draft.field("protocol", values.choice(list(StreamProtocol), StreamProtocol.CALL))
    draft.field("version", values.text("0.2.0"))


def _start(draft: Draft, values: Values) -> None:
    sid = values.uuid()
    _numbered(draft, values, 1, sid=sid)

    def media_format(sub: Draft) -> None:
        encoding = sub.field("encoding", values.choice(list(MediaEncoding), MediaEncoding.MULAW))
        rates = _RATES.get(encoding, (8000,))
        sub.field("sample_rate", values.choice(rates, rates[0]))
        sub.field("channels", 1)

    def start(sub: Draft) -> None:
        sub.field("stream_sid", sid)
        sub.field("account_sid", values.uuid())
        sub.field("call_sid", values.uuid())
        sub.field("tracks", [str(t) for t in values.choice(_TRACK_SETS, _TRACK_SETS[0])])
        sub.field("custom_parameters", values.parameters({}), include=values.present(True))
        sub.nested("media_format", media_format)

    draft.nested("start", start)


def _media(draft: Draft, values: Values) -> None:
    _numbered(draft, values, 2)

    def media(sub: Draft) -> None:
        sub.field("track", values.choice(list(MediaTrack), MediaTrack.INBOUND))
        chunk = values.integer(1, 1, 10**9)
        sub.field("chunk", str(chunk))
        sub.field("timestamp", str(values.integer(20 * (chunk - 1), 0, 10**9)))
        sub.field("payload", audio_payload(values, 160))

    draft.nested("media", media)


def _dtmf(draft: Draft, values: Values) -> None:
    _numbered(draft, values, 123)

    def dtmf(sub: Draft) -> None:
        sub.field("digit", values.choice(list(DtmfDigit), DtmfDigit.FIVE))
        sub.field("duration", values.integer(2000, 0, 60_000), include=values.present(True))

    draft.nested("dtmf", dtmf)


def _mark_name(sub: Draft, values: Values, default: str) -> None:
    sub.field("name", values.text(default) or default)


def _mark(draft: Draft, values: Values) -> None:
    fixed_tag(draft)
    draft.field("sequence_number", str(values.integer(4, 1, 10**9)), include=values.present(False))
    draft.field("stream_sid", values.uuid(), include=values.present(True))
    draft.nested("mark", lambda sub: _mark_name(sub, values, "my-custom-mark"))


def _stop(draft: Draft, values: Values) -> None:
    _numbered(draft, values, 999)


def _unknown(draft: Draft, values: Values) -> None:
    unknown_tag(draft, "event", _DISPATCH.by_tag)


def _sent(draft: Draft, values: Values) -> None:
    """The tag and the target ``streamSid`` of a message sent to SignalWire."""
    fixed_tag(draft)
    draft.field("stream_sid", values.uuid())


def _send_media(draft: Draft, values: Values) -> None:
    _sent(draft, values)
    draft.nested("media", lambda sub: sub.field("payload", audio_payload(values, 160)))


def _send_mark(draft: Draft, values: Values) -> None:
    _sent(draft, values)
    draft.nested("mark", lambda sub: _mark_name(sub, values, "my label"))


def _send_dtmf(draft: Draft, values: Values) -> None:
    _sent(draft, values)
    draft.nested("dtmf", lambda sub: sub.field("digit", values.choice(list(DtmfDigit), "5")))


signalwire_stream_connected: Factory[ConnectedMessage] = Factory(
    "signalwire_stream_connected", ConnectedMessage, _connected
)
signalwire_stream_start: Factory[StartMessage] = Factory(
    "signalwire_stream_start", StartMessage, _start
)
signalwire_stream_media: Factory[MediaMessage] = Factory(
    "signalwire_stream_media", MediaMessage, _media
)
signalwire_stream_dtmf: Factory[DtmfMessage] = Factory("signalwire_stream_dtmf", DtmfMessage, _dtmf)
signalwire_stream_mark: Factory[MarkMessage] = Factory("signalwire_stream_mark", MarkMessage, _mark)
signalwire_stream_stop: Factory[StopMessage] = Factory("signalwire_stream_stop", StopMessage, _stop)
signalwire_stream_unknown: Factory[UnknownStreamMessage] = Factory(
    "signalwire_stream_unknown", UnknownStreamMessage, _unknown, strictly_valid=False
)
"""A message of an ``event`` this version does not model: lenient parsing keeps it as an
:class:`~voice_webhooks.signalwire.UnknownStreamMessage`, strict refuses it."""
signalwire_send_media: Factory[SendMediaMessage] = Factory(
    "signalwire_send_media", SendMediaMessage, _send_media
)
signalwire_send_mark: Factory[SendMarkMessage] = Factory(
    "signalwire_send_mark", SendMarkMessage, _send_mark
)
signalwire_clear: Factory[ClearMessage] = Factory("signalwire_clear", ClearMessage, _sent)
signalwire_send_dtmf: Factory[SendDtmfMessage] = Factory(
    "signalwire_send_dtmf", SendDtmfMessage, _send_dtmf
)
