"""Field types shared by every provider: timestamps, ISO 8601 durations and open enumerations.

Each type validates natively in pydantic-core when the wire value is well formed and only falls
back to Python (nanosecond precision, repair of sloppy timestamps, unknown enum values) when the
native path fails, so well-formed payloads pay nothing for the leniency.

* :data:`UtcDatetime` - an aware :class:`~datetime.datetime`.  A wire value without a zone is
  taken as UTC; sloppy but unambiguous forms are repaired with python-dateutil (lenient mode
  only).  Sub-microsecond digits are kept in a :class:`Timestamp`.
* :data:`IsoDuration` - a non-negative :class:`~datetime.timedelta` from an ISO 8601 duration;
  sub-microsecond digits are kept in a :class:`Duration`.  :data:`NanosecondIsoDuration` is the
  same for fields whose values usually have them: it tries the nanosecond path first.
* :data:`OpenEnum` - an enumeration that keeps values it does not know as plain ``str``/``int``
  in lenient mode and rejects them in strict mode: for what a provider sends.
* :data:`ClosedEnum` - an enumeration closed to type checkers and when built: for what the user
  sends.
* :class:`WireEnum`, :class:`WireIntEnum` - the bases of the package's enumerations, whose
  members print as their wire values.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone, tzinfo
from itertools import product
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import GetCoreSchemaHandler, ValidationInfo
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

# python-dateutil and isodate serve only the slow paths (repairing sloppy timestamps, rare
# duration forms); they are imported there, on first need, to keep ``import`` fast.

from ._enums import WireEnum, WireIntEnum
from ._errors import FALLBACK_BRANCH, NATIVE_BRANCH
from ._strictness import DURATION_PATTERN, RFC3339_PATTERN, RFC3339_ZONELESS, is_strict

__all__ = [
    "ClosedEnum",
    "Duration",
    "IsoDuration",
    "NanosecondIsoDuration",
    "OpenEnum",
    "OpenIntEnum",
    "Timestamp",
    "UtcDatetime",
    "WireEnum",
    "WireIntEnum",
    "format_datetime",
    "format_duration",
    "nanoseconds",
]

_NS_PER_US = 1_000
_NS_PER_SECOND = 1_000_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def nanoseconds(value: timedelta) -> int:
    """The total length of ``value`` in nanoseconds, for a plain timedelta or a :class:`Duration`.

    >>> nanoseconds(timedelta(seconds=1, microseconds=5))
    1000005000
    """
    micro = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    return micro * _NS_PER_US + getattr(value, "nanosecond", 0)


def _instant_ns(value: datetime) -> int:
    return nanoseconds(value - _EPOCH) + getattr(value, "nanosecond", 0)


class Duration(timedelta):
    """A :class:`~datetime.timedelta` that also keeps the nanoseconds below its microseconds.

    Produced for wire durations with more than six fractional digits of a second, such as
    Bandwidth's ``PT1M52.217257456S``; it compares, hashes and serializes with them.
    Arithmetic returns a plain timedelta (microsecond precision).

    >>> d = Duration(seconds=112, microseconds=217257, nanosecond=456)
    >>> d.nanosecond, nanoseconds(d)
    (456, 112217257456)
    >>> format_duration(d)
    'PT1M52.217257456S'
    >>> d == timedelta(seconds=112, microseconds=217257)
    False
    """

    __slots__ = ("_nanosecond",)
    _nanosecond: int

    def __new__(
        cls,
        days: float = 0,
        seconds: float = 0,
        microseconds: float = 0,
        milliseconds: float = 0,
        minutes: float = 0,
        hours: float = 0,
        weeks: float = 0,
        *,
        nanosecond: int = 0,
    ) -> Duration:
        if not 0 <= nanosecond < _NS_PER_US:
            raise ValueError("nanosecond must be in 0..999")
        self = super().__new__(
            cls, days, seconds, microseconds, milliseconds, minutes, hours, weeks
        )
        object.__setattr__(self, "_nanosecond", nanosecond)
        return self

    @classmethod
    def from_nanoseconds(cls, total: int) -> timedelta:
        """A timedelta of ``total`` nanoseconds: a :class:`Duration` only when it needs one."""
        micro, nano = divmod(total, _NS_PER_US)
        if nano:
            return cls(microseconds=micro, nanosecond=nano)
        return timedelta(microseconds=micro)

    @property
    def nanosecond(self) -> int:
        """Nanoseconds beyond the microseconds, 0 to 999."""
        return self._nanosecond

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(days={self.days}, seconds={self.seconds}, "
            f"microseconds={self.microseconds}, nanosecond={self._nanosecond})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_duration, (nanoseconds(self),))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) == nanoseconds(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) != nanoseconds(other)
        return NotImplemented

    def __lt__(self, other: timedelta) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) < nanoseconds(other)
        return NotImplemented

    def __le__(self, other: timedelta) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) <= nanoseconds(other)
        return NotImplemented

    def __gt__(self, other: timedelta) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) > nanoseconds(other)
        return NotImplemented

    def __ge__(self, other: timedelta) -> bool:
        if isinstance(other, timedelta):
            return nanoseconds(self) >= nanoseconds(other)
        return NotImplemented

    def __hash__(self) -> int:
        if not self._nanosecond:  # equal to a plain timedelta: hash like one
            return timedelta.__hash__(self)
        return hash(nanoseconds(self))


def _rebuild_duration(total: int) -> timedelta:
    return Duration.from_nanoseconds(total)


class Timestamp(datetime):
    """An aware :class:`~datetime.datetime` that also keeps the nanoseconds below its
    microseconds, for wire timestamps with more than six fractional digits.

    >>> t = Timestamp(2022, 6, 30, 18, 55, 2, 489123, tzinfo=timezone.utc, nanosecond=456)
    >>> format_datetime(t)
    '2022-06-30T18:55:02.489123456Z'
    """

    __slots__ = ("_nanosecond",)
    _nanosecond: int

    def __new__(
        cls,
        year: int,
        month: int,
        day: int,
        hour: int = 0,
        minute: int = 0,
        second: int = 0,
        microsecond: int = 0,
        tzinfo: Any = None,
        *,
        fold: int = 0,
        nanosecond: int = 0,
    ) -> Timestamp:
        if not 0 <= nanosecond < _NS_PER_US:
            raise ValueError("nanosecond must be in 0..999")
        self = super().__new__(
            cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold
        )
        object.__setattr__(self, "_nanosecond", nanosecond)
        return self

    @classmethod
    def from_datetime(cls, base: datetime, nanosecond: int = 0) -> datetime:
        """``base`` with ``nanosecond`` added: a :class:`Timestamp` only when it needs one."""
        if not nanosecond:
            return base
        return cls(
            base.year, base.month, base.day, base.hour, base.minute, base.second,
            base.microsecond, base.tzinfo, fold=base.fold, nanosecond=nanosecond,
        )  # fmt: skip

    @property
    def nanosecond(self) -> int:
        """Nanoseconds beyond the microseconds, 0 to 999."""
        return self._nanosecond

    def _plain(self) -> datetime:
        return datetime(
            self.year, self.month, self.day, self.hour, self.minute, self.second,
            self.microsecond, self.tzinfo, fold=self.fold,
        )  # fmt: skip

    def replace(self, *args: Any, nanosecond: int | None = None, **kwargs: Any) -> datetime:  # type: ignore[override]
        """:meth:`datetime.replace` that keeps (or sets) the nanoseconds.

        >>> t = Timestamp(2022, 6, 30, 18, 55, 2, 489123, tzinfo=timezone.utc, nanosecond=456)
        >>> format_datetime(t.replace(second=3))
        '2022-06-30T18:55:03.489123456Z'
        """
        keep = self._nanosecond if nanosecond is None else nanosecond
        return Timestamp.from_datetime(self._plain().replace(*args, **kwargs), keep)

    def astimezone(self, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        """:meth:`datetime.astimezone` that keeps the nanoseconds."""
        return Timestamp.from_datetime(self._plain().astimezone(tz), self._nanosecond)

    def __repr__(self) -> str:
        return f"{datetime.__repr__(self)[:-1]}, nanosecond={self._nanosecond})"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_timestamp,
            (datetime(*self.timetuple()[:6], self.microsecond, self.tzinfo), self._nanosecond),
        )

    def _cmp_key(self, other: object) -> tuple[int, int] | None:
        if (
            isinstance(other, datetime)
            and self.utcoffset() is not None
            and other.utcoffset() is not None
        ):
            return _instant_ns(self), _instant_ns(other)
        return None

    def __eq__(self, other: object) -> bool:
        keys = self._cmp_key(other)
        return datetime.__eq__(self, other) if keys is None else keys[0] == keys[1]

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other: datetime) -> bool:  # type: ignore[override]
        keys = self._cmp_key(other)
        return super().__lt__(other) if keys is None else keys[0] < keys[1]

    def __le__(self, other: datetime) -> bool:  # type: ignore[override]
        keys = self._cmp_key(other)
        return super().__le__(other) if keys is None else keys[0] <= keys[1]

    def __gt__(self, other: datetime) -> bool:  # type: ignore[override]
        keys = self._cmp_key(other)
        return super().__gt__(other) if keys is None else keys[0] > keys[1]

    def __ge__(self, other: datetime) -> bool:  # type: ignore[override]
        keys = self._cmp_key(other)
        return super().__ge__(other) if keys is None else keys[0] >= keys[1]

    def __hash__(self) -> int:
        if not self._nanosecond or self.utcoffset() is None:  # hash like an equal datetime
            return datetime.__hash__(self)
        return hash(_instant_ns(self))


def _rebuild_timestamp(base: datetime, nanosecond: int) -> datetime:
    return Timestamp.from_datetime(base, nanosecond)


# ---------------------------------------------------------------------------------- formatting


def _fraction(total_ns: int) -> str:
    """Fractional seconds in groups of three digits: ``.500``, ``.217257``, ``.217257456``."""
    if not total_ns:
        return ""
    if total_ns % 1_000_000 == 0:
        return f".{total_ns // 1_000_000:03d}"
    if total_ns % 1_000 == 0:
        return f".{total_ns // 1_000:06d}"
    return f".{total_ns:09d}"


def format_datetime(value: datetime) -> str:
    """RFC 3339 text for ``value``: ``Z`` for UTC, millisecond digits where they suffice.

    A naive value is taken as UTC, as on input.

    >>> format_datetime(datetime(2019, 9, 13, 16, 49, 40, 500000))
    '2019-09-13T16:49:40.500Z'
    """
    offset = value.utcoffset()
    frac = _fraction(value.microsecond * _NS_PER_US + getattr(value, "nanosecond", 0))
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}{frac}"
    )
    if not offset:
        return text + "Z"
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(abs(int(offset.total_seconds())), 60)
    zone = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return text + zone + (f":{seconds:02d}" if seconds else "")


def format_duration(value: timedelta) -> str:
    """ISO 8601 text for a duration, in the form Bandwidth (Java) writes: ``PT1M52.217257456S``.

    >>> format_duration(timedelta(hours=26, seconds=20.5))
    'PT26H20.5S'
    >>> format_duration(timedelta(0))
    'PT0S'
    """
    total = nanoseconds(value)
    sign = "-" if total < 0 else ""
    total = abs(total)
    seconds, nano = divmod(total, _NS_PER_SECOND)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{sign}PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or nano or not (hours or minutes):
        frac = f".{nano:09d}".rstrip("0") if nano else ""
        text += f"{seconds}{frac}S"
    return text


# ------------------------------------------------------------------------------------- parsing

# The fast paths.  pydantic-core parses timestamps exactly when they fit in microseconds, but it
# also reads a string of digits as Unix time, and ISO 8601 variants that strict mode refuses (a
# space or ``t`` for the ``T``, ``+hhmm`` offsets, a comma before the fraction, no seconds), so
# only RFC 3339 text as strict mode takes it, with at most six digits of a second, is given to
# it: the variants go to the fallback, which reads them in lenient mode and refuses them in
# strict mode.  Durations need a full pattern: pydantic-core also reads
# years, months and clock forms and truncates nanoseconds, so only ``PT…`` with at most
# microseconds is left to it, and ``PT…`` with nanoseconds goes to one small Python function
# (:func:`_pt_duration_ns`).  Digits are ASCII digits everywhere (``[0-9]``, ``re.ASCII``).
# Text without a zone of exactly the RFC 3339 shape goes to one small Python function too
# (:func:`_zoneless_as_utc`): ``datetime.fromisoformat`` with the UTC offset appended costs a
# fifth of pydantic-core's naive datetime plus ``replace(tzinfo=...)``.
_ZONELESS = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?$"
_ZONED = _ZONELESS[:-1] + r"(?:Z|[+-][0-9]{2}:[0-9]{2})$"
_H, _M = r"[0-9]{1,9}H", r"[0-9]{1,9}M"
_S = r"[0-9]{1,12}(?:\.[0-9]{1,6})?S"
_NATIVE_DURATION = rf"^PT(?:{_H}(?:{_M})?(?:{_S})?|{_M}(?:{_S})?|{_S})$"
_NS_DURATION = rf"^PT(?:{_H})?(?:{_M})?[0-9]{{1,12}}\.[0-9]{{7,9}}S$"
_new_timedelta = timedelta.__new__


def _sub_microsecond_table() -> dict[str, int]:
    """Every one to three digits below the microsecond with the closing ``S``, and their
    nanoseconds: ``4S`` 400, ``45S`` 450, ``456S`` 456."""
    table: dict[str, int] = {}
    for width, step in ((1, 100), (2, 10), (3, 1)):
        keys = map("".join, product(*["0123456789"] * width, "S"))
        table.update(zip(keys, range(0, 1000, step), strict=True))
    return table


# What the nanosecond path reads by lookup rather than int(), which costs as much as a dozen
# lookups: the numbers up to 99 that the parts of a clock time are, and the digits below the
# microsecond.
_SMALL_INTS = {str(n): n for n in range(100)}
_SUB_MICROSECOND = _sub_microsecond_table()

# What strict mode takes (the patterns its JSON Schemas state), checked by the fallbacks.
_STRICT_DATETIME = re.compile(RFC3339_PATTERN, re.ASCII)
_STRICT_ZONELESS = re.compile(RFC3339_ZONELESS + "$", re.ASCII)
_STRICT_DURATION = re.compile(DURATION_PATTERN, re.ASCII)
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2}):(\d{2})(?:([.,])(\d+))?"
    r"(?:([Zz])|([+-])(\d{2})(:?)(\d{2}))?",
    re.ASCII,
)
_SLOPPY_DATE_TIME_SEPARATOR = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_/](\d{2}:)", re.ASCII)
_ISO_DURATION = re.compile(
    r"P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?",
    re.ASCII,
)
# What dateutil would misread rather than refuse: a leading sign (it drops it), a zone name
# followed by an offset (``UTC+3`` is read the POSIX way, as three hours behind UTC).
_DATEUTIL_MISREADS = re.compile(r"^[+-]|[A-Za-z]{1,5}\s*[+-]\s*[0-9]")
_MAX_TEXT = 64  # no real timestamp or duration is longer; longer input is not worth parsing
_UTC_NAMES = frozenset({"UTC", "GMT", "UT", "Z"})
_DEFAULT_A = datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2001, 2, 2, 1, 1, 0)


def _error(kind: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, message, ctx or None)  # pyright: ignore[reportArgumentType]


def _no_zone() -> PydanticCustomError:
    return _error(
        "datetime_no_zone",
        "Timestamp has no time zone (strict mode only accepts RFC 3339 with a zone)",
    )


def _utc_if_naive(value: datetime, strict: bool) -> datetime:
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if strict:
        raise _no_zone()
    return value.replace(tzinfo=timezone.utc)


_fromisoformat = datetime.fromisoformat


def _zoneless_as_utc(text: str, info: ValidationInfo) -> datetime:
    """Text that matched ``_ZONELESS``, as UTC (an error in strict mode)."""
    if info.context is not None and is_strict(info):
        raise _no_zone()
    return _fromisoformat(text + "+00:00")


if sys.version_info < (3, 11):  # pragma: no cover - fromisoformat reads 3 or 6 digits there

    def _zoneless_as_utc(text: str, info: ValidationInfo) -> datetime:
        """Text that matched ``_ZONELESS``, as UTC (an error in strict mode)."""
        if info.context is not None and is_strict(info):
            raise _no_zone()
        if len(text) not in (19, 23, 26):  # 1, 2, 4 or 5 digits of a second: six
            text = text.ljust(26, "0")
        return _fromisoformat(text + "+00:00")


def _tz_for_name(name: str | None, offset: int | None) -> Any:
    if offset is not None:
        return timezone(timedelta(seconds=offset)) if offset else timezone.utc
    if name is None:
        return None
    if name.upper() in _UTC_NAMES:
        return timezone.utc
    raise ValueError(f"unknown time zone name {name!r}")


def _fixed_offset(value: datetime) -> datetime:
    offset = value.utcoffset()
    if offset is None:
        return value
    return value.replace(tzinfo=timezone.utc if not offset else timezone(offset))


def _parse_iso_datetime(text: str) -> datetime | None:
    """Exact parse of ISO 8601 / RFC 3339 timestamps (any fraction up to nanoseconds); a value
    without a zone is taken as UTC."""
    m = _ISO_DATETIME.fullmatch(text)
    if m is None:
        return None
    (year, month, day, _, hour, minute, second, _, frac, zulu, sign, oh, _, om) = m.groups()
    frac = frac or ""
    if len(frac) > 9:
        raise _error("datetime_precision", "Timestamp has more than nanosecond precision")
    total_ns = int(frac.ljust(9, "0")) if frac else 0
    micro, nano = divmod(total_ns, _NS_PER_US)
    tz: timezone | None = None
    if zulu:
        tz = timezone.utc
    elif sign:
        minutes = int(oh) * 60 + int(om)
        if int(oh) > 23 or int(om) > 59:
            raise _error("datetime_parsing", "Timestamp has an invalid UTC offset")
        tz = (
            timezone.utc
            if not minutes
            else timezone(timedelta(minutes=-minutes if sign == "-" else minutes))
        )
    try:
        base = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
        )
    except ValueError as exc:
        raise _error(
            "datetime_parsing", "Timestamp is not a valid date and time: {reason}", reason=str(exc)
        ) from None
    return Timestamp.from_datetime(_utc_if_naive(base, False), nano)


def _repair_datetime(text: str) -> datetime:
    """Lenient parse of a sloppy but unambiguous timestamp with python-dateutil."""
    normalized = _SLOPPY_DATE_TIME_SEPARATOR.sub(r"\1T\2", text)
    if normalized != text:  # only the separator was wrong (Bandwidth's ``2019-09-13-16:48:27Z``)
        exact = _parse_iso_datetime(normalized)
        if exact is not None:
            return exact
    if _DATEUTIL_MISREADS.search(normalized):
        raise _error(
            "datetime_ambiguous",
            "Timestamp has a sign or a zone name with an offset, which cannot be read reliably",
        )
    from dateutil import parser as _dateutil

    results = set()
    try:
        for default in (_DEFAULT_A, _DEFAULT_B):
            for dayfirst in (False, True):
                results.add(
                    _dateutil.parse(
                        normalized, default=default, dayfirst=dayfirst, tzinfos=_tz_for_name
                    )
                )
    except (ValueError, ArithmeticError, TypeError):  # ArithmeticError: decimal's, overflows
        raise _error("datetime_parsing", "Input is not a recognizable date and time") from None
    if len(results) != 1:
        raise _error(
            "datetime_ambiguous",
            "Timestamp is incomplete or ambiguous (needs a full date and time of day)",
        )
    (value,) = results
    return _fixed_offset(_utc_if_naive(value, False))


def _validate_datetime_fallback(value: Any, info: ValidationInfo) -> datetime:
    strict = is_strict(info)
    if isinstance(value, datetime):
        return _utc_if_naive(value, strict)
    if not isinstance(value, str):
        raise _error("datetime_type", "Input should be a date-time string")
    text = value.strip() if not strict else value
    if len(text) > _MAX_TEXT:
        raise _error("datetime_parsing", "Input is too long to be a timestamp")
    if not (text.isascii() and text.isprintable()):
        raise _error("datetime_parsing", "Timestamp has characters other than printable ASCII")
    if strict and _STRICT_DATETIME.fullmatch(text) is None:
        if _STRICT_ZONELESS.fullmatch(text):
            raise _no_zone()
        raise _error(
            "datetime_not_rfc3339",
            "Timestamp is not RFC 3339 (strict mode does not repair timestamps)",
        )
    parsed = _parse_iso_datetime(text)
    if parsed is not None:
        return parsed
    return _repair_datetime(text)


def _duration_from_match(m: re.Match[str]) -> timedelta:
    weeks, days, hours, minutes, seconds, frac = m.groups()
    if not any((weeks, days, hours, minutes, seconds)) or m.group(0).endswith("T"):
        raise _error("duration_parsing", "Input is not an ISO 8601 duration")
    frac = frac or ""
    if len(frac) > 9:
        raise _error("duration_precision", "Duration has more than nanosecond precision")
    whole = (
        ((int(weeks or 0) * 7 + int(days or 0)) * 24 + int(hours or 0)) * 60 + int(minutes or 0)
    ) * 60 + int(seconds or 0)
    total = whole * _NS_PER_SECOND + (int(frac.ljust(9, "0")) if frac else 0)
    try:
        return Duration.from_nanoseconds(total)
    except OverflowError:
        raise _error("duration_range", "Duration is too long") from None


def _validate_duration_fallback(value: Any, info: ValidationInfo) -> timedelta:
    if isinstance(value, timedelta):
        result = value
    elif not isinstance(value, str):
        raise _error("duration_type", "Input should be an ISO 8601 duration string")
    elif len(value) > _MAX_TEXT:
        raise _error("duration_parsing", "Input is too long to be a duration")
    elif is_strict(info) and _STRICT_DURATION.fullmatch(value) is None:
        raise _error(
            "duration_format",
            "Duration is not PnWnDTnHnMn.nS (strict mode reads no other ISO 8601 form, and a "
            "fraction only on the seconds, with a '.')",
        )
    else:
        m = _ISO_DURATION.fullmatch(value)
        result = _duration_from_match(m) if m else _isodate_duration(value)
    if result < timedelta(0):
        raise _error("duration_negative", "Duration must not be negative")
    return result


def _isodate_duration(text: str) -> timedelta:
    """ISO 8601 forms beyond ``PnDTnHnMnS`` (fractional hours, the alternative format)."""
    import isodate

    try:
        parsed = isodate.parse_duration(text)
    except (isodate.ISO8601Error, ValueError, ArithmeticError, TypeError):
        raise _error("duration_parsing", "Input is not an ISO 8601 duration") from None
    if not isinstance(parsed, timedelta):
        raise _error(
            "duration_calendar", "Duration uses years or months, which have no fixed length"
        )
    return parsed


def _pt_duration_ns(text: str) -> timedelta:
    """``PT[nH][nM]n.fffffffffS`` with 7 to 9 fractional digits, already matched by
    ``_NS_DURATION``: the hot path for Bandwidth's stream durations, kept to plain string work
    and table lookups.  A :class:`Duration` only when there are nanoseconds, as
    :meth:`Duration.from_nanoseconds`.  (The pattern's digit limits keep every value far inside
    ``timedelta``'s range.)"""
    head, _, fraction = text.partition(".")  # "PT1M52", "217257456S"
    nano = _SUB_MICROSECOND[fraction[6:]]
    hours = minutes = "0"
    seconds = head[2:]
    if "H" in seconds:
        hours, _, seconds = seconds.partition("H")
    if "M" in seconds:
        minutes, _, seconds = seconds.partition("M")
    try:
        whole = _SMALL_INTS[hours] * 3600 + _SMALL_INTS[minutes] * 60 + _SMALL_INTS[seconds]
    except KeyError:  # a part of 100 or more
        whole = int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    if not nano:  # ``.217257000``: a plain timedelta, as every other path gives
        return timedelta(0, whole, int(fraction[:6]))
    value = _new_timedelta(Duration, 0, whole, int(fraction[:6]))
    value._nanosecond = nano
    return value


def _fast_or_fallback(
    native: core_schema.CoreSchema | list[core_schema.CoreSchema],
    fallback: Callable[[Any, ValidationInfo], Any],
    serialize: Callable[[Any], Any] | None = None,
) -> core_schema.CoreSchema:
    """A left-to-right union: the fast schemas first, the Python fallback only if they fail."""
    fast = native if isinstance(native, list) else [native]
    return core_schema.union_schema(
        [
            *((schema, NATIVE_BRANCH) for schema in fast),
            (core_schema.with_info_plain_validator_function(fallback), FALLBACK_BRANCH),
        ],
        mode="left_to_right",
        serialization=None
        if serialize is None
        else core_schema.plain_serializer_function_ser_schema(serialize, when_used="json"),
    )


class _DatetimeSchema:
    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # Text with a zone, parsed by pydantic-core; text without one, taken as UTC (an error
        # in strict mode).  Python datetimes, numbers and everything else are left to the
        # fallback.
        zoned = core_schema.chain_schema(
            [
                core_schema.str_schema(strict=True, pattern=_ZONED),
                core_schema.datetime_schema(tz_constraint="aware", microseconds_precision="error"),
            ]
        )
        zoneless = core_schema.chain_schema(
            [
                core_schema.str_schema(strict=True, pattern=_ZONELESS),
                core_schema.with_info_plain_validator_function(_zoneless_as_utc),
            ]
        )
        return _fast_or_fallback([zoned, zoneless], _validate_datetime_fallback, format_datetime)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "format": "date-time"}


class _DurationSchema:
    """``nanoseconds_first``: try the nanosecond branch before pydantic-core's, for fields whose
    wire values usually carry nanoseconds (each branch a value fails first costs a pattern
    mismatch)."""

    def __init__(self, *, nanoseconds_first: bool = False) -> None:
        self.nanoseconds_first = nanoseconds_first

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        native = core_schema.chain_schema(
            [core_schema.str_schema(pattern=_NATIVE_DURATION), core_schema.timedelta_schema()]
        )
        nanosecond = core_schema.chain_schema(
            [
                core_schema.str_schema(pattern=_NS_DURATION),
                core_schema.no_info_plain_validator_function(_pt_duration_ns),
            ]
        )
        fast: list[core_schema.CoreSchema] = (
            [nanosecond, native] if self.nanoseconds_first else [native, nanosecond]
        )
        return _fast_or_fallback(fast, _validate_duration_fallback, format_duration)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "format": "duration"}


UtcDatetime = Annotated[datetime, _DatetimeSchema()]
"""An aware datetime; serialized as RFC 3339 (``2022-06-30T18:55:02.489Z``)."""

IsoDuration = Annotated[timedelta, _DurationSchema()]
"""A non-negative timedelta; serialized as ISO 8601 (``PT1M52.217257456S``)."""

NanosecondIsoDuration = Annotated[timedelta, _DurationSchema(nanoseconds_first=True)]
"""An :data:`IsoDuration` for a field whose wire values usually carry nanoseconds (Bandwidth's
stream durations, ``PT1M52.217257456S``): the same values, errors and JSON Schema, with the
nanosecond path tried before pydantic-core's."""


E = TypeVar("E", bound=enum.Enum)
L = TypeVar("L", bound=str)


class _OpenEnumSchema:
    """Validates ``Union[SomeEnum, str]`` (or ``int`` for integer enums): the enum natively,
    any other value of the base type kept as is in lenient mode and rejected in strict mode.

    For :data:`ClosedEnum` (``Union[SomeEnum, Literal[...]]``) the base type is ``str`` and
    the error for an unknown value is the plain enum error, as a typo in what the user built.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        enum_cls, base = get_args(source)
        closed = get_origin(base) is Literal
        if closed:
            _check_literal_names(enum_cls, base)
            base = str
        expected = ", ".join(repr(m.value) for m in enum_cls)

        def fallback(value: Any, info: ValidationInfo) -> Any:
            if type(value) is not base and not (
                isinstance(value, str) and base is int and _is_int_text(value)
            ):
                raise _error(
                    f"{base.__name__}_type",
                    f"Input should be one of {expected}"
                    f" or another {'string' if base is str else 'integer'}",
                )
            if is_strict(info):
                if closed:
                    raise _error("enum", "Input should be one of {expected}", expected=expected)
                raise _error(
                    "enum_unknown",
                    "Unknown value (strict mode); expected one of {expected}",
                    expected=expected,
                )
            return base(value)

        return _fast_or_fallback(handler.generate_schema(enum_cls), fallback)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        assert schema["type"] == "union"  # what __get_pydantic_core_schema__ built
        native = schema["choices"][0]
        return handler(native[0] if isinstance(native, tuple) else native)


def _is_int_text(value: str) -> bool:
    return value.strip().lstrip("+-").isdigit() and len(value) < 20


def _check_literal_names(enum_cls: type[enum.Enum], names: Any) -> None:
    """A :data:`ClosedEnum`'s ``Literal`` lists exactly its enum's values (it is written out
    for type checkers, so it is checked here, once, when the model is built)."""
    if set(get_args(names)) != {member.value for member in enum_cls}:
        raise TypeError(
            f"ClosedEnum[{enum_cls.__name__}, Literal[...]]: the Literal should list exactly "
            f"the enum's values {sorted(m.value for m in enum_cls)}"
        )


OpenEnum = Annotated[Union[E, str], _OpenEnumSchema()]  # noqa: UP007
"""``OpenEnum[MyEnum]``: a known ``MyEnum`` member, or (lenient mode) the unknown ``str``.

For what a provider sends: a value it adds later is kept, as text, instead of failing the body.
"""

OpenIntEnum = Annotated[Union[E, int], _OpenEnumSchema()]  # noqa: UP007
"""``OpenIntEnum[MyIntEnum]``: a known member, or (lenient mode) the unknown ``int``."""

ClosedEnum = Annotated[Union[E, L], _OpenEnumSchema()]  # noqa: UP007
"""``ClosedEnum[MyEnum, Literal["a", "b"]]``: a field of what the user builds to send.

Its type is closed, so a type checker refuses ``"bothh"`` where ``"both_tracks"`` or
``Track.BOTH_TRACKS`` belongs, and building the model refuses it too; the value is always the
enum member.  Reading a received body of the same model leniently still keeps a value the
provider added later, as text.  The ``Literal`` must list exactly the enum's values (checked
when the model is first built).

>>> from typing import Literal
>>> from pydantic import TypeAdapter
>>> from voice_webhooks.signalwire import HttpMethod
>>> adapter = TypeAdapter(ClosedEnum[HttpMethod, Literal["GET", "POST"]])
>>> adapter.validate_python("GET")
<HttpMethod.GET: 'GET'>
>>> adapter.validate_python("PUTT", context={"voice_webhooks_strict": True})
Traceback (most recent call last):
    ...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ...
  Input should be one of 'GET', 'POST' ...
"""
