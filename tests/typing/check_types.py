"""Type expectations for the shared field types, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel
from typing_extensions import assert_type

from voice_webhooks import bandwidth
from voice_webhooks.types import (
    Duration,
    IsoDuration,
    OpenEnum,
    Timestamp,
    UtcDatetime,
    format_datetime,
    format_duration,
    nanoseconds,
)


class MyEvent(BaseModel):
    """The shared types work in users' own models."""

    at: UtcDatetime
    took: IsoDuration
    direction: OpenEnum[bandwidth.CallDirection]


def field_types(event: MyEvent) -> None:
    assert_type(event.at, datetime)
    assert_type(event.took, timedelta)
    assert_type(event.direction, bandwidth.CallDirection | str)


def nanosecond_types(duration: Duration, timestamp: Timestamp) -> None:
    assert_type(duration.nanosecond, int)
    assert_type(timestamp.nanosecond, int)
    assert_type(nanoseconds(duration), int)
    assert_type(Duration.from_nanoseconds(5), timedelta)
    assert_type(format_duration(duration), str)
    assert_type(format_datetime(timestamp), str)
