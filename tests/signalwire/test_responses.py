"""Stream and ErrorResponse: the JSON responses of the Streams API."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError

from ._support import payload_error

Stream = signalwire.Stream

MINIMAL: dict[str, Any] = {
    "account_sid": "AC1",
    "call_sid": "CA1",
    "sid": "MZ1",
    "status": "in-progress",
    "date_updated": "Wed, 19 Sep 2018 21:00:00 +0000",
    "uri": "/2010-04-01/Accounts/AC1/Calls/CA1/Streams/MZ1.json",
}


def _paths(body: Any, *, strict: bool = False) -> list[str]:
    return payload_error(Stream.from_json, body, strict=strict).paths


def test_minimal_stream() -> None:
    stream = Stream.from_json(json.dumps(MINIMAL), strict=True)
    assert stream.date_updated == datetime(2018, 9, 19, 21, tzinfo=timezone.utc)
    assert stream.name is None and stream.error_code is None and stream.api_version is None
    assert json.loads(stream.to_json()) == MINIMAL


@pytest.mark.parametrize("missing", ["account_sid", "sid", "status", "date_updated", "uri"])
def test_required_fields_are_named(missing: str) -> None:
    body = {k: v for k, v in MINIMAL.items() if k != missing}
    assert _paths(body) == [missing]


def test_sids_are_plain_strings() -> None:
    stream = Stream.from_json({**MINIMAL, "sid": "b3877c40-da60-4998-90ad-b792e98472st"})
    assert stream.sid.endswith("st")


@pytest.mark.parametrize("wire", ["null", None])
def test_no_error_code_is_none_and_written_as_signalwire_does(wire: str | None) -> None:
    stream = Stream.from_json({**MINIMAL, "error_code": wire}, strict=True)
    assert stream.error_code is None
    assert json.loads(stream.to_json())["error_code"] == "null"
    assert Stream.from_json(stream.to_json()) == stream
    assert stream.model_dump()["error_code"] is None


@pytest.mark.parametrize("code", ["31920", 31920, "stream failed"])
def test_error_codes_keep_their_type(code: str | int) -> None:
    stream = Stream.from_json({**MINIMAL, "error_code": code})
    assert stream.error_code == code and type(stream.error_code) is type(code)
    assert json.loads(stream.to_json())["error_code"] == code


@pytest.mark.parametrize("code", [True, 1.5, [], {}])
def test_error_codes_of_other_types_are_refused(code: object) -> None:
    assert _paths({**MINIMAL, "error_code": code}) == ["error_code"]


def test_absent_error_code_stays_absent() -> None:
    assert "error_code" not in Stream.from_json(MINIMAL).to_json()


def test_unknown_status_and_fields() -> None:
    body = {**MINIMAL, "status": "paused", "new_field": 1}
    stream = Stream.from_json(body)
    assert stream.status == "paused" and stream.wire_extra() == {"new_field": 1}
    assert json.loads(stream.to_json()) == body
    assert _paths(body, strict=True) == ["status", "new_field"]


def test_date_updated_is_repaired_leniently_only() -> None:
    body = {**MINIMAL, "date_updated": "Wed, 26 September 2018 23:00:04 +0000"}
    stream = Stream.from_json(body)
    assert stream.date_updated == datetime(2018, 9, 26, 23, 0, 4, tzinfo=timezone.utc)
    assert json.loads(stream.to_json())["date_updated"] == "Wed, 26 Sep 2018 23:00:04 +0000"
    assert _paths(body, strict=True) == ["date_updated"]


def test_date_updated_keeps_its_offset() -> None:
    stream = Stream.from_json({**MINIMAL, "date_updated": "Wed, 19 Sep 2018 23:30:00 +0230"})
    assert stream.date_updated.utcoffset() == timedelta(hours=2, minutes=30)
    assert json.loads(stream.to_json())["date_updated"] == "Wed, 19 Sep 2018 23:30:00 +0230"


@pytest.mark.parametrize("value", ["2018-09-19T21:00:00Z", "yesterday", "", 5, None])
def test_bad_dates_are_named(value: object) -> None:
    assert _paths({**MINIMAL, "date_updated": value}) == ["date_updated"]


def test_python_datetimes() -> None:
    when = datetime(2018, 9, 19, 21, tzinfo=timezone.utc)
    stream = Stream(**{**MINIMAL, "date_updated": when})
    assert stream.date_updated == when
    naive = Stream.model_validate({**MINIMAL, "date_updated": when.replace(tzinfo=None)})
    assert naive.date_updated == when
    assert _paths({**MINIMAL, "date_updated": when.replace(tzinfo=None)}, strict=True) == [
        "date_updated"
    ]
    assert _paths({**MINIMAL, "date_updated": when.replace(microsecond=5)}) == ["date_updated"]


def test_not_json_and_wrong_shapes() -> None:
    assert _paths(b"{") == [""]
    assert _paths(b"[]") == [""]
    assert _paths(b"") == [""]
    assert _paths(b"{}", strict=True) == ["account_sid", "sid", "status", "date_updated", "uri"]


def test_json_schema() -> None:
    schema = Stream.model_json_schema()
    assert schema["properties"]["date_updated"]["type"] == "string"
    assert set(schema["required"]) == {"account_sid", "sid", "status", "date_updated", "uri"}


# --------------------------------------------------------------------------- ErrorResponse

ERROR: dict[str, Any] = {
    "code": 20003,
    "message": "Authentication failed",
    "more_info": "https://signalwire.com/docs/compatibility-api/reference/errors",
    "status": 401,
}


def test_error_response_round_trip() -> None:
    error = signalwire.ErrorResponse.from_json(json.dumps(ERROR), strict=True)
    assert json.loads(error.to_json()) == ERROR
    assert signalwire.ErrorResponse.from_json(error.to_json()) == error


def test_error_response_without_more_info() -> None:
    body = {k: v for k, v in ERROR.items() if k != "more_info"}
    assert signalwire.ErrorResponse.from_json(body, strict=True).more_info is None


@pytest.mark.parametrize(
    ("body", "paths"),
    [
        ({"message": "m", "status": 401}, ["code"]),
        ({"code": 1, "status": 401}, ["message"]),
        ({"code": 1, "message": "m"}, ["status"]),
        ({**ERROR, "code": "abc"}, ["code"]),
        ({**ERROR, "status": [401]}, ["status"]),
    ],
)
def test_error_response_errors(body: dict[str, Any], paths: list[str]) -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.ErrorResponse.from_json(body)
    assert caught.value.paths == paths


def test_error_response_strict_extra() -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.ErrorResponse.from_json({**ERROR, "detail": "x"}, strict=True)
    assert caught.value.paths == ["detail"]
