"""The bases of every enumeration in the package: members print as their wire value.

``str(member)`` and ``f"{member}"`` give the wire value (``duplicate``, ``1``) on every Python
the package supports, as :class:`enum.StrEnum` does from 3.11 (a plain ``(str, Enum)`` prints
``MediaStreamRejectedCause.DUPLICATE`` there, and an ``IntEnum`` did so before 3.11).  A value
an open field does not know arrives as a plain ``str``/``int``, which prints the same way, so
code that formats a field never has to tell the two apart.

>>> class Color(WireEnum):
...     RED = "red"
>>> str(Color.RED), f"{Color.RED}", f"{Color.RED:>5}", Color.RED == "red"
('red', 'red', '  red', True)
>>> class Channels(WireIntEnum):
...     MONO = 1
>>> str(Channels.MONO), f"{Channels.MONO:03d}", repr(Channels.MONO)
('1', '001', '<Channels.MONO: 1>')
"""

from __future__ import annotations

from enum import Enum, IntEnum

__all__ = ["WireEnum", "WireIntEnum"]


class WireEnum(str, Enum):
    """A text enumeration whose members are, compare and print as their wire values.

    >>> from voice_webhooks.bandwidth import MediaStreamRejectedCause
    >>> cause = MediaStreamRejectedCause.DUPLICATE
    >>> f"rejected: {cause}", cause == "duplicate", isinstance(cause, WireEnum)
    ('rejected: duplicate', True, True)
    """

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(str.__str__(self), format_spec)


class WireIntEnum(IntEnum):
    """An integer enumeration whose members are, compare and print as their wire values.

    >>> from voice_webhooks.bandwidth import RecordingChannels
    >>> f"{RecordingChannels.STEREO} channels", RecordingChannels.STEREO == 2
    ('2 channels', True)
    """

    def __str__(self) -> str:
        return int.__repr__(self)

    def __format__(self, format_spec: str) -> str:
        return int.__format__(int(self), format_spec)
