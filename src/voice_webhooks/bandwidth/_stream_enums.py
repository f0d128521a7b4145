"""The enumerations of Bandwidth's media stream WebSocket messages.

>>> StreamEncoding("PCMU"), PlayAudioContentType.PCMU.value
(<StreamEncoding.PCMU: 'PCMU'>, 'audio/pcmu')
"""

from __future__ import annotations

from typing import Literal

from .._enums import WireEnum

__all__ = ["PlayAudioContentType", "PlayAudioContentTypeValue", "StreamEncoding"]


class StreamEncoding(WireEnum):
    """The encoding of a track's media, as the ``start`` message gives it.

    >>> StreamEncoding("audio/PCMU").name
    'AUDIO_PCMU'
    """

    PCMU = "PCMU"
    """G.711 μ-law, as Bandwidth's example message writes it."""
    AUDIO_PCMU = "audio/PCMU"
    """G.711 μ-law, as Bandwidth's parameter table writes it (currently the only encoding)."""


class PlayAudioContentType(WireEnum):
    """The format of the audio a two-way stream's server sends back in ``playAudio``.

    >>> PlayAudioContentType.PCM_16000.sample_rate
    16000
    """

    PCMU = "audio/pcmu"
    """G.711 μ-law, 8000 samples a second."""
    PCM_8000 = "audio/pcm;rate=8000;channels=1;bit-depth=16;endian=little;encoding=signed"
    """16-bit signed little-endian linear PCM, mono, 8000 samples a second."""
    PCM_16000 = "audio/pcm;rate=16000;channels=1;bit-depth=16;endian=little;encoding=signed"
    """16-bit signed little-endian linear PCM, mono, 16000 samples a second."""
    PCM_24000 = "audio/pcm;rate=24000;channels=1;bit-depth=16;endian=little;encoding=signed"
    """16-bit signed little-endian linear PCM, mono, 24000 samples a second."""

    @property
    def sample_rate(self) -> int:
        """Samples a second."""
        if self is PlayAudioContentType.PCMU:
            return 8000
        return int(self.value.split("rate=", 1)[1].split(";", 1)[0])

    @property
    def sample_width(self) -> int:
        """Bytes a sample: 1 for μ-law, 2 for 16-bit PCM."""
        return 1 if self is PlayAudioContentType.PCMU else 2


PlayAudioContentTypeValue = Literal[
    "audio/pcmu",
    "audio/pcm;rate=8000;channels=1;bit-depth=16;endian=little;encoding=signed",
    "audio/pcm;rate=16000;channels=1;bit-depth=16;endian=little;encoding=signed",
    "audio/pcm;rate=24000;channels=1;bit-depth=16;endian=little;encoding=signed",
]
"""The values of :class:`PlayAudioContentType`, for type checkers."""
