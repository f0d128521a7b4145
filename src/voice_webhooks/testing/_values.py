"""Where built payloads get their values: realistic ones, from a seeded random source.

The factories ask a :class:`Values` for every value they put in a payload.  This one answers
with realistic values: Bandwidth-style ids (``c-…``, ``s-…``, ``r-…``), E.164 numbers from the
range reserved for fiction (``+1 NPA 555-01XX``), times a few seconds apart at the millisecond
as Bandwidth writes them, and the documented scenario (a stream closed normally, a
``duplicate`` rejection, …).  The Hypothesis strategies answer with a subclass that draws the
same choices from Hypothesis instead, edge cases included.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TypeVar, Union

from ..types import Duration, nanoseconds
from ._times import ceil_ms, shift

__all__ = ["DEFAULT_SEED", "Seed", "Values", "values_for"]

T = TypeVar("T")

Seed = Union[int, random.Random, None]  # noqa: UP007
"""What ``seed=`` takes: ``None`` (the same values every call), an ``int``, or a
:class:`random.Random` (drawn from, so successive calls differ)."""

DEFAULT_SEED = 20220630
"""The seed of the values used when none is given: every call builds the same payload."""

_FIRST = datetime(2023, 1, 1, tzinfo=timezone.utc)
_SPAN_MS = 3 * 365 * 86_400_000  # instants fall within three years of _FIRST
_NS_PER_MS = 1_000_000


class Values:
    """Realistic values for a payload, drawn from ``rng``.

    Identity values (ids, numbers) always come from ``rng``; the others return the realistic
    ``default`` they are given, or a value near the ``typical`` one.

    >>> values = Values(random.Random(1))
    >>> values.bandwidth_id("c")[:2], values.phone()[:2]
    ('c-', '+1')
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # -- identities: realistic whatever the source ------------------------------------------

    def uuid(self) -> str:
        """A random (version 4) UUID, as SignalWire SIDs and Bandwidth application ids are."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def bandwidth_id(self, prefix: str) -> str:
        """A Bandwidth id: ``c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2`` for a call."""
        return f"{prefix}-{self.rng.getrandbits(32):08x}-{self.uuid()}"

    def account_id(self) -> str:
        """A Bandwidth account id: seven digits."""
        return str(self.rng.randint(1_000_000, 9_999_999))

    def phone(self) -> str:
        """An E.164 number in the North American range reserved for fiction (555-0100…0199)."""
        area = f"{self.rng.randint(2, 9)}{self.rng.randint(0, 8)}{self.rng.randint(0, 9)}"
        return f"+1{area}55501{self.rng.randint(0, 99):02d}"

    # -- choices: the documented scenario, or (in strategies) anything valid -----------------

    def instant(self) -> datetime:
        """When the call starts: an aware UTC time, to the millisecond."""
        return shift(_FIRST, timedelta(milliseconds=self.rng.randrange(_SPAN_MS)))

    def later(self, moment: datetime, typical: timedelta) -> datetime:
        """A time at or after ``moment``, about ``typical`` later, to the millisecond."""
        gap = timedelta(milliseconds=round(self._near(typical) / _NS_PER_MS))
        return shift(ceil_ms(moment), gap)

    def earlier(self, moment: datetime, typical: timedelta) -> datetime:
        """A time at or before ``moment``, about ``typical`` earlier, to the millisecond."""
        gap = timedelta(milliseconds=round(self._near(typical) / _NS_PER_MS) + 1)
        return ceil_ms(shift(moment, -gap))

    def duration(self, typical: timedelta, *, nanosecond_digits: bool = False) -> timedelta:
        """A duration near ``typical``: to the nanosecond (``PT1M52.217257456S``, as media
        stream durations are) or to the millisecond (as recording durations are)."""
        total = self._near(typical)
        if not nanosecond_digits:
            total -= total % _NS_PER_MS
        return Duration.from_nanoseconds(total)

    def _near(self, typical: timedelta) -> int:
        return round(nanoseconds(typical) * self.rng.uniform(0.5, 1.5))

    def choice(self, options: Sequence[T], default: T) -> T:
        """One of ``options``: here always ``default``, the documented scenario."""
        return default

    def present(self, default: bool) -> bool:
        """Whether an optional field is sent: here ``default``."""
        return default

    def text(self, default: str) -> str:
        """A free-text value (a name, a message, a tag): here ``default``."""
        return default

    def nullable(self, value: T) -> T | None:
        """``value``, or (in strategies) sometimes ``None``, for fields that may be null."""
        return value

    def integer(self, default: int, low: int, high: int) -> int:
        """An integer in ``low..high``: here ``default``."""
        return default

    def stream_url(self, default: str) -> str:
        """A URL a SignalWire stream may be sent to (``wss://…`` or relative): ``default``."""
        return default

    def parameters(self, default: dict[str, str]) -> dict[str, str]:
        """Custom stream parameters: here ``default``."""
        return dict(default)


def values_for(seed: Seed) -> Values:
    """The :class:`Values` for a factory's ``seed=`` argument.

    >>> values_for(None).uuid() == values_for(None).uuid()
    True
    >>> values_for(1).uuid() == values_for(2).uuid()
    False
    """
    if isinstance(seed, random.Random):
        return Values(seed)
    if seed is None:
        return Values(random.Random(DEFAULT_SEED))
    if isinstance(seed, int) and not isinstance(seed, bool):
        return Values(random.Random(seed))
    raise TypeError(f"seed should be an int, a random.Random or None, not {type(seed).__name__}")
