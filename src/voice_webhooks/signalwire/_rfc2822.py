"""RFC 2822 date-times (``Wed, 19 Sep 2018 21:00:00 +0000``), as in the Streams API responses.

:data:`Rfc2822Datetime` is an aware :class:`~datetime.datetime`, written back in RFC 2822.  In
lenient mode a sloppy but readable date is repaired (long month or day names, odd spacing, a
wrong day of the week, no zone taken as UTC); strict mode accepts only RFC 2822 proper, and the
month ``Sept`` that SignalWire's own API spec writes (``Tue, 25 Sept 2018 20:00:00 +0000``),
which is written back as ``Sep``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated, Any, Final

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler, ValidationInfo
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from .._strictness import is_strict

__all__ = ["Rfc2822Datetime", "format_rfc2822", "parse_rfc2822"]

_DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_SEPT: Final = "Sept"  # SignalWire's spelling of September, in its own API spec's examples
_RFC2822 = re.compile(
    rf"(?:({'|'.join(_DAYS)}), )?(\d{{1,2}}) ({'|'.join(_MONTHS)}|{_SEPT}) (\d{{4}}) "
    r"(\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|GMT|UT)"
)
# Lenient repairs: full or ``Sept``-style names cut to their three letters, any case.
_LONG_NAME = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
_MAX_TEXT = 64


def _error(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)  # pyright: ignore[reportArgumentType]


def _zone(text: str) -> timezone:
    if text in ("GMT", "UT") or text[1:] == "0000":
        return timezone.utc  # "-0000": UTC, with no claim about the sender's local zone
    hours, minutes = int(text[1:3]), int(text[3:5])
    if minutes > 59:
        raise _error("datetime_parsing", "Date has an invalid UTC offset")
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if text[0] == "-" else offset)


def _exact(text: str, strict: bool) -> datetime | None:
    match = _RFC2822.fullmatch(text)
    if match is None:
        return None
    weekday, day, month, year, hour, minute, second, zone = match.groups()
    try:
        value = datetime(
            int(year),
            _MONTHS.index(month[:3]) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=_zone(zone),
        )
    except ValueError as exc:
        raise _error("datetime_parsing", f"Date is not a valid date and time: {exc}") from None
    if strict and weekday is not None and _DAYS[value.weekday()] != weekday:
        raise _error(
            "datetime_weekday",
            "The day of the week does not match the date (strict mode does not repair dates)",
        )
    return value


def _repaired(text: str) -> datetime:
    normalized = _LONG_NAME.sub(lambda m: m.group(1).title(), " ".join(text.split()))
    normalized = normalized.replace(" ,", ",")
    if not normalized.isprintable():  # email.utils would skip control characters
        raise _error("datetime_parsing", "Date holds control characters")
    try:
        exact = _exact(normalized, strict=False)
    except PydanticCustomError:
        exact = None
    if exact is not None:
        return exact
    try:
        value = parsedate_to_datetime(normalized)
    except (ValueError, TypeError, IndexError, OverflowError):
        raise _error("datetime_parsing", "Input is not an RFC 2822 date") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def parse_rfc2822(text: str, *, strict: bool = False) -> datetime:
    """An aware datetime from RFC 2822 text; lenient mode repairs what it can read.

    >>> parse_rfc2822("Wed, 26 Sept 2018 23:00:04 +0000")
    datetime.datetime(2018, 9, 26, 23, 0, 4, tzinfo=datetime.timezone.utc)

    Raises :class:`pydantic_core.PydanticCustomError` (a validation error) when it cannot.
    """
    if len(text) > _MAX_TEXT:
        raise _error("datetime_parsing", "Input is too long to be a date")
    exact = _exact(text, strict)
    if exact is not None:
        return exact
    if strict:
        raise _error(
            "datetime_not_rfc2822",
            "Date is not RFC 2822, like 'Wed, 19 Sep 2018 21:00:00 +0000' (strict mode does "
            "not repair dates)",
        )
    return _repaired(text)


def format_rfc2822(value: datetime) -> str:
    """RFC 2822 text for an aware datetime, as the Streams API writes it.

    >>> format_rfc2822(datetime(2018, 9, 19, 21, tzinfo=timezone.utc))
    'Wed, 19 Sep 2018 21:00:00 +0000'
    """
    text: str = format_datetime(value)
    return text


def _validate(value: Any, info: ValidationInfo) -> datetime:
    strict = is_strict(info)
    if isinstance(value, str):
        return parse_rfc2822(value, strict=strict)
    if not isinstance(value, datetime):
        raise _error("datetime_type", "Input should be an RFC 2822 date string")
    result: datetime = value
    if result.utcoffset() is None:
        if strict:
            raise _error("datetime_no_zone", "Datetime has no time zone (strict mode)")
        result = result.replace(tzinfo=timezone.utc)
    if result.microsecond or getattr(result, "nanosecond", 0):
        raise _error(
            "datetime_precision",
            "RFC 2822 dates have whole seconds: use .replace(microsecond=0)",
        )
    return result


class _Rfc2822Schema:
    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.with_info_plain_validator_function(
            _validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                format_rfc2822, when_used="json"
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "examples": ["Wed, 19 Sep 2018 21:00:00 +0000"]}


Rfc2822Datetime = Annotated[datetime, _Rfc2822Schema()]
"""An aware datetime read from and written as RFC 2822 (``Wed, 19 Sep 2018 21:00:00 +0000``)."""
