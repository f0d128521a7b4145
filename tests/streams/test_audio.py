"""G.711 μ-law ↔ PCM16, against the tables of ITU-T G.711, and audio in and out of messages."""

from __future__ import annotations

import sys
import warnings
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.audio import AudioEncoding, AudioFormat, pcm16_to_ulaw, ulaw_to_pcm16

# G.711 Table 2a (μ-law), in its own 8159 scale: the segments' lower end and step size; the
# decoder output of step q of segment s is end + step / 2 + q * step (segment 0 starts at 0
# with outputs 0, 2, 4, … 30).  PCM16 is that scale times 4.
SEGMENT_ENDS = (0, 31, 95, 223, 479, 991, 2015, 4063)
STEPS = (2, 4, 8, 16, 32, 64, 128, 256)


def g711_output(code: int) -> int:
    """The decoder output value of a μ-law character, from G.711's table (16-bit scale)."""
    bits = ~code & 0xFF  # μ-law characters are sent with every bit inverted
    sign, segment, step = bits >> 7, (bits >> 4) & 7, bits & 15
    if segment == 0:
        magnitude = 2 * step
    else:
        magnitude = SEGMENT_ENDS[segment] + STEPS[segment] // 2 + step * STEPS[segment]
    return 4 * (-magnitude if sign else magnitude)


def samples(pcm: bytes) -> list[int]:
    values = array("h")
    values.frombytes(pcm)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def pcm(values: list[int]) -> bytes:
    out = array("h", values)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


ALL_CODES = bytes(range(256))


def test_every_code_decodes_to_its_g711_output() -> None:
    assert samples(ulaw_to_pcm16(ALL_CODES)) == [g711_output(code) for code in range(256)]
    assert g711_output(0xFF) == g711_output(0x7F) == 0
    assert (g711_output(0x80), g711_output(0x00)) == (32124, -32124)


def test_every_code_survives_a_round_trip_but_negative_zero() -> None:
    back = pcm16_to_ulaw(ulaw_to_pcm16(ALL_CODES))
    assert [code for code in range(256) if back[code] != code] == [0x7F]
    assert back[0x7F] == 0xFF  # negative zero becomes positive zero


def g711_level(magnitude: int) -> int:
    """The decoder output (8159 scale) of the step whose G.711 decision interval holds a 14-bit
    magnitude: segment 0 steps at 1, 3, 5, …; segment s at its end plus multiples of its step;
    magnitudes beyond the last segment take its top step."""
    segment = max(s for s, end in enumerate(SEGMENT_ENDS) if end <= magnitude)
    if segment == 0:
        return 2 * min((magnitude + 1) // 2, 15)
    step = min((magnitude - SEGMENT_ENDS[segment]) // STEPS[segment], 15)
    return SEGMENT_ENDS[segment] + STEPS[segment] // 2 + step * STEPS[segment]


def test_every_sample_encodes_into_its_g711_decision_interval() -> None:
    # G.711 codes 14-bit values (the sample less its 2 lowest bits, rounded down).
    codes = pcm16_to_ulaw(pcm(list(range(-32768, 32768))))
    outputs = samples(ulaw_to_pcm16(codes))
    for value, output in zip(range(-32768, 32768), outputs, strict=True):
        level = g711_level(abs(value >> 2))
        assert output == (-4 * level if value < 0 else 4 * level), value


def test_the_conversions_match_audioop_where_python_still_has_it() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        audioop = pytest.importorskip("audioop")  # removed in Python 3.13
    every_sample = pcm(list(range(-32768, 32768)))
    assert pcm16_to_ulaw(every_sample) == audioop.lin2ulaw(every_sample, 2)
    assert ulaw_to_pcm16(ALL_CODES) == audioop.ulaw2lin(ALL_CODES, 2)


def test_inputs_of_every_buffer_type_and_size() -> None:
    assert ulaw_to_pcm16(b"") == b"" == pcm16_to_ulaw(b"")
    assert ulaw_to_pcm16(bytearray(b"\xff")) == ulaw_to_pcm16(memoryview(b"\xff")) == b"\0\0"
    assert pcm16_to_ulaw(memoryview(b"\0\0")) == b"\xff"
    with pytest.raises(ValueError, match="two bytes a sample"):
        pcm16_to_ulaw(b"\0\0\0")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=1000))
def test_any_ulaw_survives_pcm16_and_back(audio: bytes) -> None:
    assert pcm16_to_ulaw(ulaw_to_pcm16(audio)) == audio.replace(b"\x7f", b"\xff")
    assert len(ulaw_to_pcm16(audio)) == 2 * len(audio)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=1000))
def test_media_frames_give_back_the_audio_they_were_built_from(audio: bytes) -> None:
    reply = signalwire.SendMediaMessage.from_audio("MZ-1", audio)
    assert signalwire.SendMediaMessage.from_json(reply.to_json(), strict=True).media.audio == audio
    play = bandwidth.PlayAudioMessage.from_audio(audio)
    assert bandwidth.PlayAudioMessage.from_json(play.to_json(), strict=True).media.audio == audio
    frame = f'{{"eventType":"media","track":"inbound","payload":"{play.media.payload}"}}'
    message = bandwidth.parse_stream_message(frame, strict=True)
    assert isinstance(message, bandwidth.MediaMessage) and message.audio == audio


def test_audio_is_decoded_on_access_not_while_parsing() -> None:
    frame = '{"eventType": "media", "track": "inbound", "payload": "not base64!"}'
    message = bandwidth.parse_stream_message(frame, strict=True)  # parses: nothing decoded yet
    assert isinstance(message, bandwidth.MediaMessage)
    for bad in ("not base64!", "AAE", "AA==AA==", "ÿÿÿÿ", "AAA\n"):
        with pytest.raises(PayloadError) as caught:
            message.model_copy(update={"payload": bad}).audio  # noqa: B018
        assert caught.value.errors()[0]["type"] == "base64_invalid"
        assert caught.value.paths == ["payload"]


def test_outbound_audio_is_checked_when_built() -> None:
    with pytest.raises(ValueError, match="empty"):
        bandwidth.PlayAudioMessage.from_audio(b"")
    pcm_type = bandwidth.PlayAudioContentType.PCM_24000
    with pytest.raises(ValueError, match="two bytes a sample"):
        bandwidth.PlayAudioMessage.from_audio(b"\0\0\0", pcm_type)
    message = bandwidth.PlayAudioMessage.from_audio(b"\0\0", pcm_type)
    assert message.media.content_type is pcm_type and pcm_type.sample_rate == 24000
    with pytest.raises(ValueError, match="empty"):
        signalwire.SendMediaMessage.from_audio("MZ-1", bytearray())


def test_audio_formats_give_sizes_and_durations() -> None:
    pcmu = AudioFormat(AudioEncoding.PCMU, 8000)
    assert (pcmu.frame_size(), pcmu.duration_ms(80)) == (160, 10.0)
    l16 = AudioFormat(AudioEncoding.L16, 16000)
    assert (l16.bytes_per_second, l16.frame_size(20)) == (32000, 640)
    with pytest.raises(ValueError):
        AudioFormat(AudioEncoding.PCMU, 0)
    unknown = signalwire.MediaFormat.from_json(
        '{"encoding": "audio/x-opus", "sampleRate": 48000, "channels": 1}'
    )
    assert unknown.encoding == "audio/x-opus" and unknown.audio_format is None
