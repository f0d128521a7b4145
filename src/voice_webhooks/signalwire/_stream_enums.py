"""The enumerations of SignalWire's (and Twilio's) media stream WebSocket messages.

>>> MediaTrack("inbound"), DtmfDigit("#").name
(<MediaTrack.INBOUND: 'inbound'>, 'POUND')
"""

from __future__ import annotations

from typing import Literal

from .._enums import WireEnum

__all__ = ["DtmfDigit", "DtmfDigitValue", "MediaEncoding", "MediaTrack", "StreamProtocol"]


class MediaTrack(WireEnum):
    """A track of a stream's audio, as ``start`` lists them and ``media`` names its own.

    >>> [track.value for track in MediaTrack]
    ['inbound', 'outbound']
    """

    INBOUND = "inbound"
    """The audio SignalWire receives from the call."""
    OUTBOUND = "outbound"
    """The audio SignalWire generates for the call."""


class MediaEncoding(WireEnum):
    """The codec of a stream's audio, as the ``start`` message's ``mediaFormat`` gives it.

    >>> MediaEncoding("audio/x-L16").name
    'L16'
    """

    MULAW = "audio/x-mulaw"
    """G.711 μ-law (PCMU), 8000 Hz: the default."""
    L16 = "audio/x-L16"
    """16-bit linear PCM (L16), 16000 or 24000 Hz."""


class StreamProtocol(WireEnum):
    """The protocol a ``connected`` message announces for the connection's lifetime.

    >>> StreamProtocol("Call")
    <StreamProtocol.CALL: 'Call'>
    """

    CALL = "Call"


class DtmfDigit(WireEnum):
    """A touch-tone key: ``0``-``9``, ``*``, ``#`` and ``A``-``D``.

    >>> DtmfDigit("5") is DtmfDigit.FIVE
    True
    """

    ZERO = "0"
    ONE = "1"
    TWO = "2"
    THREE = "3"
    FOUR = "4"
    FIVE = "5"
    SIX = "6"
    SEVEN = "7"
    EIGHT = "8"
    NINE = "9"
    STAR = "*"
    POUND = "#"
    A = "A"
    B = "B"
    C = "C"
    D = "D"


DtmfDigitValue = Literal[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#", "A", "B", "C", "D"
]
"""The values of :class:`DtmfDigit`, for type checkers: ``digit="5"`` type-checks."""
