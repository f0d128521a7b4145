"""Instant arithmetic to the nanosecond, for the consistent times of built payloads.

``datetime + timedelta`` drops the nanoseconds a :class:`~voice_webhooks.types.Timestamp` or a
:class:`~voice_webhooks.types.Duration` holds; these helpers count in integer nanoseconds.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

from ..types import Duration, Timestamp, nanoseconds

__all__ = ["ceil_ms", "elapsed", "instant_at", "shift", "whole_seconds"]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NS_PER_MS = 1_000_000
_NS_PER_S = 1_000_000_000


def _to_ns(value: datetime) -> int:
    aware = value if value.utcoffset() is not None else value.replace(tzinfo=timezone.utc)
    return nanoseconds(aware - _EPOCH) + getattr(value, "nanosecond", 0)


def instant_at(total: int, zone: tzinfo | None) -> datetime:
    """The instant ``total`` nanoseconds after the Unix epoch, in ``zone`` (UTC if ``None``).

    Built from a plain datetime: ``Timestamp.astimezone`` would drop the nanoseconds.

    >>> instant_at(1_000_000_000_000_000_005, None)
    Timestamp(2001, 9, 9, 1, 46, 40, tzinfo=datetime.timezone.utc, nanosecond=5)
    """
    micro, nano = divmod(total, 1_000)
    base = (_EPOCH + timedelta(microseconds=micro)).astimezone(zone or timezone.utc)
    return Timestamp.from_datetime(base, nano)


def shift(value: datetime, by: timedelta) -> datetime:
    """``value + by``, nanoseconds included, in ``value``'s zone (UTC if it has none).

    >>> from voice_webhooks.types import format_datetime
    >>> start = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    >>> format_datetime(shift(start, Duration(seconds=1, nanosecond=5)))
    '2024-05-01T12:00:01.000000005Z'
    """
    return instant_at(_to_ns(value) + nanoseconds(by), value.tzinfo)


def elapsed(start: datetime, end: datetime) -> timedelta:
    """``end - start`` to the nanosecond (a :class:`~voice_webhooks.types.Duration` if needed).

    >>> a = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    >>> elapsed(a, shift(a, timedelta(minutes=2))).total_seconds()
    120.0
    """
    return Duration.from_nanoseconds(_to_ns(end) - _to_ns(start))


def ceil_ms(value: datetime) -> datetime:
    """``value`` rounded up to the millisecond, as Bandwidth writes event times.

    >>> t = Timestamp(2024, 5, 1, 12, 0, 0, 1, tzinfo=timezone.utc, nanosecond=1)
    >>> ceil_ms(t).isoformat()
    '2024-05-01T12:00:00.001000+00:00'
    """
    total = _to_ns(value)
    return instant_at(-(-total // _NS_PER_MS) * _NS_PER_MS, value.tzinfo)


def whole_seconds(value: datetime) -> datetime:
    """``value`` truncated to the second (RFC 2822 dates have no fraction).

    >>> whole_seconds(datetime(2024, 5, 1, 12, 0, 0, 999999, tzinfo=timezone.utc)).isoformat()
    '2024-05-01T12:00:00+00:00'
    """
    return instant_at(_to_ns(value) // _NS_PER_S * _NS_PER_S, value.tzinfo)
