"""The form-body machinery every form model shares (``voice_webhooks._form``)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field

from voice_webhooks import PayloadError
from voice_webhooks._form import FormModel, decode_form, parse_urlencoded

from ._support import payload_error


class Sample(FormModel):
    """A minimal form model."""

    status: str = Field(alias="Status")
    note: str | None = Field(default=None, alias="Note")


def _error(body: object, **kwargs: object) -> PayloadError:
    return payload_error(Sample.from_form, body, **kwargs)


def test_reads_bytes_str_memoryview_and_mappings_alike() -> None:
    expected = Sample(Status="a b", Note="ü")  # type: ignore[call-arg]
    body = "Status=a+b&Note=%C3%BC"
    for form in (body, body.encode(), bytearray(body.encode()), memoryview(body.encode())):
        assert Sample.from_form(form) == expected
    assert Sample.from_form({"Status": "a b", "Note": "ü"}) == expected
    assert Sample.from_form("Status=a%20b&Note=ü") == expected
    assert Sample.from_form("Status=a%20b&Note=ü".encode()) == expected


def test_writes_text_pairs_and_an_urlencoded_body() -> None:
    model = Sample.from_form("Status=a+b&Note=%2F%3D%26")
    assert model.to_form() == {"Status": "a b", "Note": "/=&"}
    assert model.to_form_body() == "Status=a+b&Note=%2F%3D%26"


def test_unknown_keys_round_trip_after_the_fields() -> None:
    model = Sample.from_form("Later=1&Status=x&Other=2")
    assert list(model.to_form().items()) == [("Status", "x"), ("Later", "1"), ("Other", "2")]
    assert _error("Later=1&Status=x", strict=True).paths == ["Later"]


def test_lenient_mode_reads_fields_as_web_frameworks_do() -> None:
    assert parse_urlencoded("a=1&&b&c=") == [("a", "1"), ("b", ""), ("c", "")]
    assert parse_urlencoded("") == []
    assert Sample.from_form("Status=x&&Flag").wire_extra() == {"Flag": ""}


def test_strict_mode_refuses_malformed_fields() -> None:
    error = _error("Status=x&&Flag", strict=True)
    assert error.paths == ["", "Flag"]
    assert {e["type"] for e in error.errors()} == {"form_invalid"}


def test_a_repeated_key_is_refused_not_dropped() -> None:
    error = _error("Status=a&Status=b")
    assert error.paths == ["Status"] and error.errors()[0]["type"] == "duplicate_key"
    assert decode_form("a=1&b=2") == {"a": "1", "b": "2"}


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ("Status=%FF", "Status"),
        ("%FF=x", "%FF"),
        (b"Status=\xff", ""),
        ("Status=\ud800", ""),
    ],
)
def test_invalid_utf8_is_refused(body: str | bytes, path: str) -> None:
    error = _error(body)
    assert error.paths == [path] and error.errors()[0]["type"] == "form_unicode"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"Status": 1}, "Status"),
        ({"Status": ["a"]}, "Status"),
        ({"Status": "x", 3: "y"}, "3"),
        ({"Status": "\udc80"}, "Status"),
    ],
)
def test_mapping_values_must_be_text(body: dict[object, object], path: str) -> None:
    error = _error(body)
    assert error.paths == [path] and error.errors()[0]["type"] == "form_value_type"


@pytest.mark.parametrize("body", [12, None, 1.5, ["Status=x"], object()])
def test_other_body_types_are_refused(body: object) -> None:
    error = _error(body)
    assert error.paths == [""] and error.errors()[0]["type"] == "body_type"


def test_the_size_cap_comes_first() -> None:
    error = _error(b"Status=" + b"x" * 100, max_bytes=50)
    assert error.paths == [""] and error.errors()[0]["type"] == "body_too_large"
    assert "Sample" in str(error)
    assert _error("Status=" + "é" * 30, max_bytes=50).errors()[0]["type"] == "body_too_large"
    assert Sample.from_form(b"Status=" + b"x" * 100, max_bytes=None).status == "x" * 100


def test_a_missing_field_is_named() -> None:
    assert _error(b"").paths == ["Status"]
    assert _error({}).paths == ["Status"]


def test_json_still_works_on_the_same_shape() -> None:
    model = Sample.from_form("Status=x&Extra=y")
    assert model.to_json() == '{"Status":"x","Extra":"y"}'
    assert Sample.from_json(model.to_json()) == model


_FORMISH = st.text(alphabet="%&=+;StatusNote0F9C3\xffé\ud800", max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=100), _FORMISH, _FORMISH.map(lambda t: "Status=x&" + t)))
def test_anything_gives_a_model_or_a_payload_error(body: bytes | str) -> None:
    for strict in (False, True):
        with contextlib.suppress(PayloadError):
            Sample.from_form(body, strict=strict)
