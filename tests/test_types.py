"""The shared field types: timestamps, durations, open enums, and their nanosecond classes."""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from voice_webhooks._strictness import STRICT_CONTEXT
from voice_webhooks.types import (
    Duration,
    IsoDuration,
    NanosecondIsoDuration,
    OpenEnum,
    Timestamp,
    UtcDatetime,
    format_datetime,
    format_duration,
    nanoseconds,
)

UTC = timezone.utc
DT = TypeAdapter(UtcDatetime)
DUR = TypeAdapter(IsoDuration)
DUR_NS = TypeAdapter(NanosecondIsoDuration)


def lenient(adapter: TypeAdapter[Any], value: Any) -> Any:
    return (
        adapter.validate_json(f'"{value}"')
        if isinstance(value, str)
        else (adapter.validate_python(value))
    )


def strict(adapter: TypeAdapter[Any], value: Any) -> Any:
    return adapter.validate_python(value, context=STRICT_CONTEXT)


# ------------------------------------------------------------------------------- timestamps

VALID_TIMESTAMPS = {
    "2022-06-30T18:55:02.489Z": datetime(2022, 6, 30, 18, 55, 2, 489000, tzinfo=UTC),
    "2022-06-30T18:55:02Z": datetime(2022, 6, 30, 18, 55, 2, tzinfo=UTC),
    "2022-06-30T18:55:02.123456Z": datetime(2022, 6, 30, 18, 55, 2, 123456, tzinfo=UTC),
    "2022-06-30T20:55:02.489+02:00": datetime(2022, 6, 30, 18, 55, 2, 489000, tzinfo=UTC),
    "2022-06-30T13:55:02-05:00": datetime(2022, 6, 30, 18, 55, 2, tzinfo=UTC),
    "2022-06-30T18:55:02-00:00": datetime(2022, 6, 30, 18, 55, 2, tzinfo=UTC),
    "2022-06-30T18:55:02.4Z": datetime(2022, 6, 30, 18, 55, 2, 400000, tzinfo=UTC),
    # before 2000: the exact Python parser, same result
    "1999-12-31T23:59:59.999999Z": datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
}


@pytest.mark.parametrize("text", VALID_TIMESTAMPS)
def test_rfc3339_timestamps_pass_in_both_modes(text: str) -> None:
    assert lenient(DT, text) == VALID_TIMESTAMPS[text]
    assert strict(DT, text) == VALID_TIMESTAMPS[text]
    assert lenient(DT, text).utcoffset() is not None


def test_offsets_are_kept_not_converted() -> None:
    value = lenient(DT, "2022-06-30T20:55:02+02:00")
    assert value.utcoffset() == timedelta(hours=2)
    assert format_datetime(value) == "2022-06-30T20:55:02+02:00"


def test_nanosecond_timestamps_keep_their_digits() -> None:
    value = strict(DT, "2022-06-30T18:55:02.489123456Z")
    assert isinstance(value, Timestamp)
    assert value.nanosecond == 456 and value.microsecond == 489123
    assert format_datetime(value) == "2022-06-30T18:55:02.489123456Z"
    assert value != datetime(2022, 6, 30, 18, 55, 2, 489123, tzinfo=UTC)
    assert value > datetime(2022, 6, 30, 18, 55, 2, 489123, tzinfo=UTC)


@pytest.mark.parametrize("digits", range(7))
def test_zoneless_timestamps_are_utc_with_every_fraction_length(digits: int) -> None:
    fraction = "." + "123456"[:digits] if digits else ""
    value = lenient(DT, f"2019-09-13T16:49:40{fraction}")
    micro = int("123456"[:digits].ljust(6, "0")) if digits else 0
    assert value == datetime(2019, 9, 13, 16, 49, 40, micro, tzinfo=UTC)
    assert value.utcoffset() == timedelta(0) and type(value) is datetime
    with pytest.raises(ValidationError, match="no time zone"):
        strict(DT, f"2019-09-13T16:49:40{fraction}")


REPAIRED = {
    # ISO 8601 variants that RFC 3339 (strict mode) does not allow, read exactly when lenient
    "2022-06-30 18:55:02Z": datetime(2022, 6, 30, 18, 55, 2, tzinfo=UTC),
    "2019-09-13T16:48:27,198Z": datetime(2019, 9, 13, 16, 48, 27, 198000, tzinfo=UTC),
    "2019-09-13T16:48:27+0000": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
    "2019-09-13T16:48Z": datetime(2019, 9, 13, 16, 48, tzinfo=UTC),
    "2019-09-13t16:48:27z": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
    "2019-09-13T16:48:27z": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
    "2019-09-13t16:48:27Z": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
    "2019-09-13T16:48:27.198123+00:00 ": datetime(2019, 9, 13, 16, 48, 27, 198123, tzinfo=UTC),
    "2019-09-13T16:49:40.500": datetime(2019, 9, 13, 16, 49, 40, 500000, tzinfo=UTC),
    "2019-09-13-16:48:27.198Z": datetime(2019, 9, 13, 16, 48, 27, 198000, tzinfo=UTC),
    " 2019-09-13T16:48:27Z ": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
    "2019-09-13T16:48:27.198 Z": datetime(2019, 9, 13, 16, 48, 27, 198000, tzinfo=UTC),
    "Wed, 26 Sept 2018 23:00:04 +0000": datetime(2018, 9, 26, 23, 0, 4, tzinfo=UTC),
    "Sep 13 2019 16:48:27 UTC": datetime(2019, 9, 13, 16, 48, 27, tzinfo=UTC),
}


@pytest.mark.parametrize("text", REPAIRED)
def test_sloppy_timestamps_are_repaired_leniently_and_rejected_strictly(text: str) -> None:
    value = lenient(DT, text)
    assert value == REPAIRED[text]
    assert value.utcoffset() == timedelta(0)
    with pytest.raises(ValidationError, match=r"not RFC 3339|no time zone"):
        strict(DT, text)
    with pytest.raises(ValidationError):  # JSON input too (the fast path reads JSON)
        DT.validate_json(json.dumps(text), context=STRICT_CONTEXT)


@pytest.mark.parametrize(
    "text",
    [
        "garbage", "5", "", "2019-09-13", "16:48:27", "2019-13-45T00:00:00Z",
        "2019-02-30T00:00:00Z", "2019-09-13T25:00:00Z", "2019-09-13T16:48:27 EST",
        "01/02/2019 10:00", "2019-09-13T16:48:27.1234567891Z", "2019-09-13T16:48:27+24:00",
        "x" * 100, "0000-01-01T00:00:00Z", "99999-01-01T00:00:00Z",
        "1656615302",  # digits alone: not read as Unix time
    ],
)  # fmt: skip
def test_garbage_timestamps_fail_in_both_modes(text: str) -> None:
    with pytest.raises(ValidationError):
        lenient(DT, text)
    with pytest.raises(ValidationError):
        strict(DT, text)


@pytest.mark.parametrize(
    ("adapter", "text"),
    [
        (DT, "2022-06-30T18:55:02." + "4" * 60 + "Z"),
        (DT, "2022-06-30T18:55:02.489+00:00" + "0" * 60),
        (DT, "2022-06-30T18:55:02" + "0" * 100),
        (DUR, "PT" + "1" * 70 + "S"),
        (DUR_NS, "PT1M52." + "2" * 70 + "S"),
    ],
)
def test_text_over_64_characters_is_refused_unread(adapter: TypeAdapter[Any], text: str) -> None:
    """pydantic-core's branches take only text of their exact shape (at most 45 characters), so
    longer text never reaches its parsers; the fallback refuses it before parsing."""
    for context in (None, STRICT_CONTEXT):
        with pytest.raises(ValidationError) as caught:
            adapter.validate_json(json.dumps(text), context=context)
        native = {e["type"] for e in caught.value.errors() if e["loc"] == ("~native",)}
        fallback = [e["msg"] for e in caught.value.errors() if e["loc"] == ("~fallback",)]
        assert native == {"string_pattern_mismatch"}
        assert len(fallback) == 1 and fallback[0].startswith("Input is too long")


@pytest.mark.parametrize("value", [1656615302, 1656615302.5, True, None, ["2022"], {}])
def test_non_string_timestamps_fail(value: Any) -> None:
    with pytest.raises(ValidationError):
        lenient(DT, value)


def test_python_datetimes() -> None:
    aware = datetime(2024, 1, 1, tzinfo=UTC)
    assert strict(DT, aware) is aware
    naive = datetime(2024, 1, 1)
    assert lenient(DT, naive) == aware
    with pytest.raises(ValidationError):
        strict(DT, naive)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2019, 9, 13, 16, 49, 40, 500000, tzinfo=UTC), "2019-09-13T16:49:40.500Z"),
        (datetime(2019, 9, 13, 16, 49, 40, tzinfo=UTC), "2019-09-13T16:49:40Z"),
        (datetime(2019, 9, 13, 16, 49, 40, 1, tzinfo=UTC), "2019-09-13T16:49:40.000001Z"),
        (
            datetime(5, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
            "0005-01-01T00:00:00-03:30",
        ),
    ],
)
def test_format_datetime(value: datetime, text: str) -> None:
    assert format_datetime(value) == text
    assert lenient(DT, text) == value


# -------------------------------------------------------------------------------- durations

DURATIONS = {
    "PT20.056S": 20_056_000_000,
    "PT1M52.217257456S": 112_217_257_456,
    "PT0S": 0,
    "PT26H": 26 * 3600 * 10**9,
    "P1DT2H": 26 * 3600 * 10**9,
    "P2W": 14 * 86400 * 10**9,
    "P1W2DT3H4M5.6S": ((9 * 24 + 3) * 3600 + 4 * 60 + 5) * 10**9 + 600_000_000,
    "PT0.000000001S": 1,
}
# ISO 8601 forms outside strict mode's PnWnDTnHnMn.nS: read exactly when lenient
OTHER_DURATION_FORMS = {
    "PT20,056S": 20_056_000_000,
    "PT1.5H": 5400 * 10**9,
    "PT1,5H": 5400 * 10**9,
    "P0.5D": 43200 * 10**9,
    "PT1.5M": 90 * 10**9,
}


@pytest.mark.parametrize("text", DURATIONS)
def test_iso_durations(text: str) -> None:
    assert nanoseconds(lenient(DUR, text)) == DURATIONS[text]
    assert nanoseconds(strict(DUR, text)) == DURATIONS[text]


@pytest.mark.parametrize("text", OTHER_DURATION_FORMS)
def test_other_iso_duration_forms_are_read_leniently_and_refused_strictly(text: str) -> None:
    assert nanoseconds(lenient(DUR, text)) == OTHER_DURATION_FORMS[text]
    with pytest.raises(ValidationError, match="strict mode reads no other ISO 8601 form"):
        strict(DUR, text)


@pytest.mark.parametrize(
    "text",
    [
        "PT1M52.217257S", "PT1M52.217257000S", "PT1M52.2172570S", "PT1M52,217257000S",
        "PT112.217257000S", "P0DT0H1M52.217257000S",
    ],
)  # fmt: skip
def test_a_duration_without_nanoseconds_is_a_plain_timedelta_whatever_the_path(text: str) -> None:
    for value in (lenient(DUR, text), DUR.validate_python(text)):
        assert type(value) is timedelta
        assert value == timedelta(seconds=112, microseconds=217257)


@pytest.mark.parametrize(
    "text",
    ["-PT5S", "P1M", "P1Y", "PT", "P", "P1DT", "20", "PT1.0000000001S", "garbage", "PT5S ", ""],
)
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValidationError):
        lenient(DUR, text)


@pytest.mark.parametrize(
    "value",
    [
        *DURATIONS, *OTHER_DURATION_FORMS, "PT1M52.217257S", "PT1M52.217257000S",
        "PT1H2M3.000000001S", "PT1.0000000001S", "-PT5S", "P1M", "PT", "garbage", "PT5S ",
        "P" + "9" * 70 + "D", 12, timedelta(seconds=3),
    ],
)  # fmt: skip
def test_nanosecond_iso_duration_is_iso_duration_tried_in_another_order(value: Any) -> None:
    def outcome(adapter: TypeAdapter[Any], context: Any) -> Any:
        try:
            parsed = adapter.validate_python(value, context=context)
        except ValidationError as exc:
            return [(e["type"], e["msg"]) for e in exc.errors() if "~fallback" in e["loc"]]
        return type(parsed), nanoseconds(parsed), adapter.dump_json(parsed)

    for context in (None, STRICT_CONTEXT):
        assert outcome(DUR_NS, context) == outcome(DUR, context)
    assert DUR_NS.json_schema() == DUR.json_schema()


@pytest.mark.parametrize("value", [12, 12.5, None, True, [], timedelta(seconds=-1)])
def test_non_string_durations_fail(value: Any) -> None:
    with pytest.raises(ValidationError):
        lenient(DUR, value)


@pytest.mark.parametrize(
    ("ns", "text"),
    [
        (0, "PT0S"),
        (500_000_000, "PT0.5S"),
        (112_217_257_456, "PT1M52.217257456S"),
        (3600 * 10**9, "PT1H"),
        (93784 * 10**9 + 5, "PT26H3M4.000000005S"),
        (60 * 10**9, "PT1M"),
    ],
)
def test_format_duration_round_trips(ns: int, text: str) -> None:
    value = Duration.from_nanoseconds(ns)
    assert format_duration(value) == text
    assert nanoseconds(lenient(DUR, text)) == ns


def test_duration_class_semantics() -> None:
    a = Duration(seconds=1, nanosecond=5)
    assert a == Duration.from_nanoseconds(1_000_000_005)
    assert a != timedelta(seconds=1) and timedelta(seconds=1) != a
    assert timedelta(seconds=1) < a < timedelta(seconds=1, microseconds=1)
    assert a <= a and a >= a and not a > a
    assert hash(Duration(seconds=1)) == hash(timedelta(seconds=1))
    assert Duration(seconds=1) == timedelta(seconds=1)
    assert {a: 1}[Duration.from_nanoseconds(1_000_000_005)] == 1
    assert pickle.loads(pickle.dumps(a)) == a
    assert type(Duration.from_nanoseconds(1000)) is timedelta
    assert "nanosecond=5" in repr(a)
    with pytest.raises(ValueError):
        Duration(nanosecond=1000)
    assert (a == "x") is False


def test_timestamp_class_semantics() -> None:
    t = Timestamp(2022, 1, 1, tzinfo=UTC, nanosecond=7)
    same = Timestamp(2022, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)), nanosecond=7)
    assert t == same and hash(t) == hash(same)
    assert pickle.loads(pickle.dumps(t)) == t
    assert pickle.loads(pickle.dumps(t)).nanosecond == 7
    assert t >= same and t <= same and not t < same
    assert t < Timestamp(2022, 1, 1, tzinfo=UTC, nanosecond=8)
    assert "nanosecond=7" in repr(t)
    assert t != datetime(2022, 1, 1)  # naive: never equal
    plain = datetime(2022, 1, 1, tzinfo=UTC)
    assert Timestamp(2022, 1, 1, tzinfo=UTC) == plain
    assert hash(Timestamp(2022, 1, 1, tzinfo=UTC)) == hash(plain)
    with pytest.raises(ValueError):
        Timestamp(2022, 1, 1, nanosecond=-1)


# ------------------------------------------------------------------------------- open enums


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Paint(BaseModel):
    color: OpenEnum[Color]


def test_open_enum_known_values_are_members() -> None:
    assert Paint.model_validate({"color": "red"}).color is Color.RED
    assert Paint.model_validate({"color": Color.BLUE}, context=STRICT_CONTEXT).color is Color.BLUE


def test_open_enum_unknown_values() -> None:
    value = Paint.model_validate({"color": "green"}).color
    assert value == "green" and type(value) is str
    with pytest.raises(ValidationError, match="expected one of 'red', 'blue'"):
        Paint.model_validate({"color": "green"}, context=STRICT_CONTEXT)
    with pytest.raises(ValidationError):
        Paint.model_validate({"color": 3})
    assert Paint.model_validate_json('{"color": "green"}').model_dump_json() == (
        '{"color":"green"}'
    )


def test_open_enum_json_schema_lists_known_values() -> None:
    schema = Paint.model_json_schema()
    assert schema["properties"]["color"]["enum"] == ["red", "blue"]
    assert DT.json_schema() == {"type": "string", "format": "date-time"}
    assert DUR.json_schema() == {"type": "string", "format": "duration"}


def test_timestamp_replace_and_astimezone_keep_the_nanoseconds() -> None:
    value = strict(DT, "2022-06-30T18:55:02.489123456Z")
    moved = value.replace(second=3)
    assert isinstance(moved, Timestamp) and moved.nanosecond == 456
    assert format_datetime(moved) == "2022-06-30T18:55:03.489123456Z"
    assert value.replace(nanosecond=0) == datetime(2022, 6, 30, 18, 55, 2, 489123, tzinfo=UTC)
    local = value.astimezone(timezone(timedelta(hours=2)))
    assert local == value and format_datetime(local) == "2022-06-30T20:55:02.489123456+02:00"


@pytest.mark.parametrize(
    ("text", "total_ns"),
    [
        ("PT52.2172574S", 52_217_257_400),
        ("PT1M52.21725745S", 112_217_257_450),
        ("PT2H3.123456789S", 7_203_123_456_789),
        ("PT1H2M3.000000001S", 3_723_000_000_001),
        ("PT999999999H0.1234567S", 999_999_999 * 3_600_000_000_000 + 123_456_700),
    ],
)
def test_nanosecond_durations_in_every_pt_form(text: str, total_ns: int) -> None:
    for value in (lenient(DUR, text), strict(DUR, text)):
        assert isinstance(value, Duration) and nanoseconds(value) == total_ns
        assert format_duration(value) == text
