"""RFC 2822 dates: exact parsing, lenient repair, strict refusal, formatting."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from voice_webhooks.signalwire._rfc2822 import format_rfc2822, parse_rfc2822

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 19 Sep 2018 21:00:00 +0000", datetime(2018, 9, 19, 21, tzinfo=UTC)),
        ("19 Sep 2018 21:00:00 +0000", datetime(2018, 9, 19, 21, tzinfo=UTC)),
        ("Wed, 19 Sep 2018 21:00 GMT", datetime(2018, 9, 19, 21, tzinfo=UTC)),
        ("Wed, 19 Sep 2018 21:00:00 -0000", datetime(2018, 9, 19, 21, tzinfo=UTC)),
        (
            "Wed, 19 Sep 2018 16:00:00 -0500",
            datetime(2018, 9, 19, 16, tzinfo=timezone(-timedelta(hours=5))),
        ),
    ],
)
def test_rfc2822_is_read_in_both_modes(text: str, expected: datetime) -> None:
    for strict in (False, True):
        value = parse_rfc2822(text, strict=strict)
        assert value == expected and value.utcoffset() == expected.utcoffset()


def test_signalwire_s_sept_is_read_in_both_modes_and_written_back_as_sep() -> None:
    # SignalWire's own API spec writes it (ConferenceStreamResponse.date_updated).
    expected = datetime(2018, 9, 26, 23, 0, 4, tzinfo=UTC)
    for strict in (False, True):
        assert parse_rfc2822("Wed, 26 Sept 2018 23:00:04 +0000", strict=strict) == expected
    assert format_rfc2822(expected) == "Wed, 26 Sep 2018 23:00:04 +0000"
    with pytest.raises(PydanticCustomError):
        parse_rfc2822("Wed, 26 Sept. 2018 23:00:04 +0000", strict=True)
    with pytest.raises(PydanticCustomError):
        parse_rfc2822("Wed, 26 Junet 2018 23:00:04 +0000", strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "Wed, 26 SEPT 2018 23:00:04 +0000",
        "Wednesday, 26 September 2018 23:00:04 +0000",
        "wed, 26 sep 2018 23:00:04 +0000",
        "Wed,  26 Sep 2018  23:00:04 +0000",
        "Thu, 26 Sep 2018 23:00:04 +0000",
        "Wed, 26 Sep 2018 23:00:04",
        "Wed, 26 Sep 18 23:00:04 +0000",
    ],
)
def test_sloppy_dates_are_repaired_leniently_and_refused_strictly(text: str) -> None:
    assert parse_rfc2822(text) == datetime(2018, 9, 26, 23, 0, 4, tzinfo=UTC)
    with pytest.raises(PydanticCustomError):
        parse_rfc2822(text, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2018-09-26T23:00:04Z",
        "Wed, 31 Sep 2018 23:00:04 +0000",
        "Wed, 26 Sep 2018 25:00:04 +0000",
        "Wed, 26 Sep 2018 23:00:04 +0099",
        "x" * 100,
    ],
)
def test_unreadable_dates_are_refused(text: str) -> None:
    for strict in (False, True):
        with pytest.raises(PydanticCustomError):
            parse_rfc2822(text, strict=strict)


def test_formatting() -> None:
    assert (
        format_rfc2822(datetime(2015, 7, 30, 20, tzinfo=UTC)) == "Thu, 30 Jul 2015 20:00:00 +0000"
    )
    offset = timezone(timedelta(hours=5, minutes=30))
    assert format_rfc2822(datetime(2015, 7, 30, 20, tzinfo=offset)).endswith("+0530")


_ZONES = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))


@settings(max_examples=150, deadline=None)
@given(st.datetimes(min_value=datetime(1000, 1, 1), timezones=_ZONES))
def test_formatted_dates_read_back_equal_in_strict_mode(value: datetime) -> None:
    value = value.replace(microsecond=0)
    again = parse_rfc2822(format_rfc2822(value), strict=True)
    assert again == value and again.utcoffset() == value.utcoffset()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="MonWedSeptember0123456789 ,:+-GMTUTxyz", max_size=40))
def test_any_text_gives_a_date_or_a_validation_error(text: str) -> None:
    for strict in (False, True):
        with contextlib.suppress(PydanticCustomError):
            assert parse_rfc2822(text, strict=strict).tzinfo is not None
