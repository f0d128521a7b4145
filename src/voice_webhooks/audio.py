"""Audio of the media streams: G.711 μ-law ↔ 16-bit linear PCM, and the format of a stream.

Both providers stream telephone audio as G.711 μ-law (``PCMU``), 8000 samples a second, one
byte a sample; speech and audio tools mostly want 16-bit linear PCM.  The conversions here
replace ``audioop.ulaw2lin``/``lin2ulaw`` (removed in Python 3.13) with the same results, using
lookup tables and C-level byte operations only: no loop over samples in Python.

* :func:`ulaw_to_pcm16` and :func:`pcm16_to_ulaw`: PCM16 is signed, little-endian, mono.
* :class:`AudioFormat`: the encoding, sample rate and channels of a stream, as the ``start``
  message of either provider announces them, with the sizes and durations that follow.

>>> pcm = ulaw_to_pcm16(b"\\xff\\x80\\x00")  # zero, the loudest positive, the loudest negative
>>> [int.from_bytes(pcm[i:i + 2], "little", signed=True) for i in (0, 2, 4)]
[0, 32124, -32124]
>>> pcm16_to_ulaw(pcm)
b'\\xff\\x80\\x00'
"""

from __future__ import annotations

import functools
import sys
from array import array
from dataclasses import dataclass
from typing import Final

from ._enums import WireEnum

__all__ = ["AudioEncoding", "AudioFormat", "pcm16_to_ulaw", "ulaw_to_pcm16"]

_BIAS: Final = 0x84  # 132: the μ-law bias, in the 16-bit scale


def _ulaw_decoded(code: int) -> int:
    """The linear value (16-bit scale) of one μ-law code, as G.711 defines it."""
    inverted = ~code & 0xFF
    segment = (inverted >> 4) & 0x07
    magnitude = ((((inverted & 0x0F) << 3) + _BIAS) << segment) - _BIAS
    return -magnitude if inverted & 0x80 else magnitude


_DECODED: Final = tuple(_ulaw_decoded(code) for code in range(256))
# Low and high byte of each code's PCM16 value: two ``bytes.translate`` tables.
_LOW: Final = bytes(value & 0xFF for value in _DECODED)
_HIGH: Final = bytes((value >> 8) & 0xFF for value in _DECODED)
_EVEN: Final = slice(0, None, 2)
_ODD: Final = slice(1, None, 2)


def ulaw_to_pcm16(ulaw: bytes | bytearray | memoryview) -> bytes:
    """G.711 μ-law samples as 16-bit signed little-endian linear PCM (two bytes a sample).

    The values are G.711's decoder outputs scaled to 16 bits (``±32124`` at most); negative
    zero (``0x7F``) decodes to 0 like positive zero (``0xFF``).

    >>> ulaw_to_pcm16(b"\\xff\\x7f\\xfe")
    b'\\x00\\x00\\x00\\x00\\x08\\x00'
    """
    codes = bytearray(ulaw)
    out = bytearray(len(codes) << 1)
    out[_EVEN] = codes.translate(_LOW)
    out[_ODD] = codes.translate(_HIGH)
    return bytes(out)


def _segment_runs() -> bytes:
    """The μ-law code (before inversion) of each biased 14-bit magnitude 32..8192, built run
    by run: in segment ``s`` each of the 16 steps covers ``2 ** (s + 1)`` magnitudes."""
    runs = [bytes([(segment << 4) | step]) * (2 << segment)
            for segment in range(8) for step in range(16)]  # fmt: skip
    return b"".join(runs) + b"\x7f"  # 8192: beyond the last segment, coded as its top


def _repeat_each(data: bytes, times: int) -> bytes:
    """Each byte of ``data`` ``times`` times in a row (a loop over ``times``, not the bytes)."""
    out = bytearray(len(data) * times)
    for offset in range(times):
        out[offset::times] = data
    return bytes(out)


_MAX_14: Final = 8159  # the largest 14-bit magnitude G.711 codes distinctly


@functools.cache
def _encoder_table() -> bytes:
    """The μ-law code of every 16-bit sample, indexed by the sample as an unsigned number:
    65536 bytes, built once on first use, without a loop over the samples.

    As G.711 (and ``audioop``) code it: the sample's 14-bit value ``x >> 2`` (rounded down),
    its magnitude clipped to 8159 and biased by 33, its segment and step looked up, every bit
    inverted, the sign bit set for a non-negative sample.
    """
    runs = _segment_runs()  # index: biased magnitude - 32
    top = runs[_MAX_14 + 1 : _MAX_14 + 2]
    # 14-bit values 0..8191 (magnitude m at runs[m + 1]), then -8192..-1 (magnitudes 8192..1).
    positive = runs[1 : _MAX_14 + 2] + top * (8192 - _MAX_14 - 1)
    negative = top * (8192 - _MAX_14) + runs[2 : _MAX_14 + 2][::-1]
    invert = bytes(0xFF ^ code for code in range(256))
    invert_negative = bytes(0x7F ^ code for code in range(256))
    return _repeat_each(positive, 4).translate(invert) + _repeat_each(negative, 4).translate(
        invert_negative
    )


def pcm16_to_ulaw(pcm: bytes | bytearray | memoryview) -> bytes:
    """16-bit signed little-endian linear PCM as G.711 μ-law, one byte a sample.

    Magnitudes beyond G.711's range are clipped; every μ-law code survives a round trip
    through :func:`ulaw_to_pcm16`, except negative zero, which comes back as positive zero.

    >>> codes = bytes(range(256))
    >>> pcm16_to_ulaw(ulaw_to_pcm16(codes)) == codes.replace(b"\\x7f", b"\\xff")
    True
    >>> pcm16_to_ulaw(b"\\x00")
    Traceback (most recent call last):
        ...
    ValueError: PCM16 audio has two bytes a sample; got 1 byte
    """
    size = len(pcm) if not isinstance(pcm, memoryview) else pcm.nbytes
    if size % 2:
        raise ValueError(f"PCM16 audio has two bytes a sample; got {size} byte{'s' * (size != 1)}")
    samples = array("H")
    samples.frombytes(pcm)
    if sys.byteorder == "big":  # pragma: no cover - the wire order is little-endian
        samples.byteswap()
    return bytes(map(_encoder_table().__getitem__, samples))


class AudioEncoding(WireEnum):
    """How a stream's samples are encoded.

    >>> AudioEncoding.PCMU.sample_width, AudioEncoding.L16.sample_width
    (1, 2)
    """

    PCMU = "PCMU"
    """G.711 μ-law: one byte a sample (Bandwidth ``PCMU``/``audio/PCMU``, SignalWire
    ``audio/x-mulaw``)."""
    L16 = "L16"
    """16-bit linear PCM: two bytes a sample (SignalWire ``audio/x-L16``)."""

    @property
    def sample_width(self) -> int:
        """Bytes a sample."""
        return 1 if self is AudioEncoding.PCMU else 2


@dataclass(frozen=True)
class AudioFormat:
    """The format of a stream's audio: what each provider's ``start`` message announces.

    >>> fmt = AudioFormat(AudioEncoding.PCMU, 8000)
    >>> fmt.bytes_per_second, fmt.frame_size(20), fmt.duration_ms(160)
    (8000, 160, 20.0)
    >>> AudioFormat(AudioEncoding.L16, 24000).frame_size(20)
    960
    """

    encoding: AudioEncoding
    """How the samples are encoded."""
    sample_rate: int
    """Samples a second, per channel (8000 for telephone audio)."""
    channels: int = 1
    """Audio channels (both providers stream mono)."""

    def __post_init__(self) -> None:
        if self.sample_rate <= 0 or self.channels <= 0:
            raise ValueError("sample_rate and channels should be positive")

    @property
    def bytes_per_second(self) -> int:
        """Bytes of audio a second."""
        return self.sample_rate * self.channels * self.encoding.sample_width

    def duration_ms(self, size: int) -> float:
        """How many milliseconds ``size`` bytes of this audio last."""
        return size * 1000 / self.bytes_per_second

    def frame_size(self, milliseconds: int = 20) -> int:
        """Bytes in ``milliseconds`` of audio (20 ms: the usual frame of a stream)."""
        return self.bytes_per_second * milliseconds // 1000
