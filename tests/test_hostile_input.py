"""Hostile input: whatever arrives at a public webhook URL gives a model or a PayloadError that
says what is wrong and where; never another exception, a warning, or a silently wrong value.

The parse entry points, the corpus bodies they accept and the wire paths of their fields are
all found from the package (``_parse_targets``, ``_corpus_cases``), so a new model or field is
covered here without editing this file.  Body-level basics for ``parse_event`` alone are in
``bandwidth/test_events.py``; this matrix runs them through every parser, mode and input shape.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from voice_webhooks import DEFAULT_MAX_BYTES, PayloadError, bandwidth, signalwire
from voice_webhooks._form import FormModel

from ._corpus_cases import (
    REMOVE,
    Case,
    field_paths,
    replaced,
    required_paths,
    specific_cases,
    typed_paths,
    wire,
)
from ._parse_targets import PARSERS, Parser, check_payload_error

JSON_PARSERS = [p for p in PARSERS if p.kind == "json"]
FORM_PARSERS = [p for p in PARSERS if p.kind == "form"]
CASES = specific_cases()
JSON_CASES = [c for c in CASES if c.parser.kind == "json"]
EVENT_CASES = [
    c
    for c in JSON_CASES
    if c.parser.name == "parse_event" and type(c.result) in bandwidth.EVENT_TYPES.values()
]


def error_of(parse: Callable[[], Any]) -> PayloadError:
    with pytest.raises(PayloadError) as caught:
        parse()
    check_payload_error(caught.value)
    return caught.value


def only_problem(exc: PayloadError) -> tuple[str, str]:
    assert len(exc.errors()) == 1, exc
    return exc.errors()[0]["path"], exc.errors()[0]["type"]


def nested(depth: int) -> list[Any]:
    """``[[[…]]]``, ``depth`` lists deep, built without recursion."""
    outer: list[Any] = []
    inner = outer
    for _ in range(depth - 1):
        inner.append([])
        inner = inner[0]
    return outer


# ------------------------------------------------------------------ the body as a whole

NOT_JSON = {
    "empty bytes": (b"", "empty"),
    "empty text": ("", "empty"),
    "white space": (b" \r\n\t", "JSON"),
    "not UTF-8": (b'{"eventType": "\xff\xfe"}', "unicode"),
    "overlong UTF-8": (b'{"eventType": "\xc0\xaf"}', "unicode"),
    "unpaired surrogate in text": ('{"eventType": "\ud800"}', "unicode"),
    "unpaired surrogate escape": (b'{"eventType": "\\udc00x"}', "surrogate"),
    "a form, not JSON": (b"eventType=mediaStreamStopped&callId=c-1", "JSON"),
    "single quotes": (b"{'eventType': 'x'}", "JSON"),
    "trailing comma": (b'{"eventType": "x",}', "trailing comma"),
    "truncated": (b'{"eventType": "x"', "EOF"),
    "two documents": (b'{"eventType": "x"} {}', "trailing characters"),
    "byte order mark": (b'\xef\xbb\xbf{"eventType": "x"}', "JSON"),
    "comment": (b'{"eventType": "x" /* hi */}', "JSON"),
    "raw control character": (b'{"eventType": "x\x01"}', "control character"),
    "raw NUL": (b'{"eventType": "x\x00"}', "control character"),
}


@pytest.mark.parametrize("parser", JSON_PARSERS, ids=repr)
@pytest.mark.parametrize("case", NOT_JSON)
def test_bodies_that_are_not_json_are_named_as_such(parser: Parser, case: str) -> None:
    body, words = NOT_JSON[case]
    exc = error_of(lambda: parser.parse(body))
    path, _ = only_problem(exc)
    assert path == ""
    assert words.lower() in exc.errors()[0]["msg"].lower()


JSON_NON_OBJECTS = [b"null", b"true", b"0", b"-1.5e3", b'"mediaStreamStopped"', b"[]",
                    b'[{"eventType": "mediaStreamStopped"}]']  # fmt: skip


@pytest.mark.parametrize("parser", JSON_PARSERS, ids=repr)
def test_json_scalars_and_arrays_are_not_objects(parser: Parser) -> None:
    for body in JSON_NON_OBJECTS:
        for shape in (body, body.decode()):
            exc = error_of(lambda shape=shape: parser.parse(shape))
            assert only_problem(exc)[0] == ""
            assert "object" in str(exc), (body, str(exc))


EVENT_TYPE_VALUES = {
    "missing": REMOVE, "empty": "", "a number": 7, "null": None, "true": True,
    "an object": {"a": 1}, "a list": ["mediaStreamStopped"],
}  # fmt: skip


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("what", EVENT_TYPE_VALUES)
def test_event_type_that_is_not_a_name_is_named(what: str, strict: bool) -> None:
    body = replaced(EVENT_CASES[0].body, ("eventType",), EVENT_TYPE_VALUES[what])
    shapes: list[Any] = [json.dumps(body).encode(), json.dumps(body), body]
    if what in ("missing", "empty"):  # what a GET callback can carry
        shapes.append({k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()})
    for shape in shapes:
        exc = error_of(lambda shape=shape: bandwidth.parse_event(shape, strict=strict))
        path, kind = only_problem(exc)
        assert path == "eventType"
        assert kind == ("missing" if what == "missing" else "event_type_type")


# ------------------------------------------------------------------- field by field


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_every_required_field_missing_in_turn_is_named(case: Case) -> None:
    paths = list(required_paths(case.result, case.body))
    assert paths or not any(f.is_required() for f in type(case.result).model_fields.values())
    for path in paths:
        if case.parser.name == "parse_callback" and path[0] in signalwire.CALLBACK_KINDS:
            continue  # its dispatch key: without it, another kind (signalwire/test_dispatch.py)
        body = replaced(case.body, path, REMOVE)
        exc = error_of(lambda body=body: case.parser.parse(body))
        assert only_problem(exc) == (wire(path), "missing"), path
        if case.parser.kind == "json":
            assert error_of(lambda body=body: case.parser.parse(json.dumps(body))).paths == [
                wire(path)
            ]


def wrong_type(value: Any) -> Any:
    """A value of a type no field of ``value``'s kind accepts: an object, or for an object, a
    list."""
    return ["not", "an", "object"] if isinstance(value, dict) else {"not": "a value"}


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_every_field_with_a_wrong_type_in_turn_is_named(case: Case) -> None:
    paths = list(field_paths(case.result, case.body))
    assert paths
    for path in paths:
        if path == ("eventType",) and case.parser.takes_query:
            continue  # parse_event's dispatch key: test_event_type_that_is_not_a_name_is_named
        original = case.body
        for part in path:
            original = original[part]
        bad = wrong_type(original)
        body = replaced(case.body, path, bad)
        shapes: list[Any] = [body]
        if case.parser.kind == "json":
            shapes.append(json.dumps(body))
        for shape in shapes:
            exc = error_of(lambda shape=shape: case.parser.parse(shape))
            assert exc.paths == [wire(path)], (path, str(exc))
            assert exc.errors()[0]["input"] == bad


# ------------------------------------------------------------ numbers JSON cannot carry

NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 400 + ".5"]


@pytest.mark.parametrize("case", JSON_CASES, ids=repr)
@pytest.mark.parametrize("number", NON_FINITE)
def test_nan_infinity_and_overflowing_numbers_are_refused_where_they_stand(
    case: Case, number: str
) -> None:
    # Anywhere: an unknown field, nested in one, or a field of the model.
    first_field = next(iter(field_paths(case.result, case.body)))
    for path in [("x-new",), ("x-new", "inner", 1), first_field]:
        body = replaced(
            case.body, path[:1], {"inner": [0, "NUMBER"]} if len(path) > 1 else "NUMBER"
        )
        text = json.dumps(body).replace('"NUMBER"', number)
        exc = error_of(lambda text=text: case.parser.parse(text))
        assert exc.paths == [wire(path[:1])], str(exc)
        if path[0] == "x-new" and not case.parser.strict:
            assert exc.errors()[0]["type"] == "finite_number"
        decoded = json.loads(text)  # Python's json reads them too: as nan and inf
        exc = error_of(lambda decoded=decoded: case.parser.parse(decoded))
        assert exc.paths == [wire(path)], str(exc)  # a decoded body: the very item


def test_the_message_points_inside_an_unknown_field() -> None:
    exc = error_of(lambda: bandwidth.parse_event('{"eventType": "x", "a": {"b": [1, NaN]}}'))
    assert exc.paths == ["a"] and exc.errors()[0]["type"] == "finite_number"
    assert "(at b[1])" in str(exc)
    decoded = {"eventType": "x", "a": {"b": [1, float("nan")]}}
    assert error_of(lambda: bandwidth.parse_event(decoded)).paths == ["a.b[1]"]


def test_huge_integers_are_kept_exactly_while_they_are_json() -> None:
    big = 10**300
    event = bandwidth.parse_event(f'{{"eventType": "x", "count": {big}, "neg": {-big}}}')
    assert event.wire_extra() == {"count": big, "neg": -big}
    assert json.loads(event.to_json()) == {"eventType": "x", "count": big, "neg": -big}
    error = signalwire.ErrorResponse.from_json(f'{{"code": {big}, "message": "m", "status": 1}}')
    assert error.code == big and signalwire.ErrorResponse.from_json(error.to_json()) == error


@pytest.mark.parametrize("digit", "19")
def test_integers_of_as_many_digits_as_python_writes_are_kept(digit: str) -> None:
    limit = sys.get_int_max_str_digits()  # 4,300 by default
    longest = int(digit * limit)  # 99...9 is 2 bits longer than 11...1: both have 4,300 digits
    text = f'{{"eventType": "x", "n": {longest}}}'
    for body in (text, {"eventType": "x", "n": longest}):
        event = bandwidth.parse_event(body)
        assert event.wire_extra() == {"n": longest}
        assert bandwidth.parse_event(event.to_json()) == event
    exc = error_of(lambda: bandwidth.parse_event({"eventType": "x", "n": longest * 10 + 9}))
    assert exc.paths == ["n"] and exc.errors()[0]["type"] == "number_too_large"


def test_integers_too_long_for_text_are_payload_errors() -> None:
    digits = "9" * 5000  # beyond Python's int/str conversion limit
    exc = error_of(lambda: bandwidth.parse_event(f'{{"eventType": "x", "n": {digits}}}'))
    assert exc.paths == [""] and "number out of range" in str(exc)
    big = 10**5000  # a decoded mapping can hold one; even its error message must not break
    exc = error_of(lambda: bandwidth.parse_event({"eventType": "mediaStreamStopped", "tag": big}))
    assert exc.paths == ["tag"] and exc.errors()[0]["type"] == "number_too_large"
    assert len(str(exc)) < 200


# --------------------------------------------------------------------------- nesting

DEPTH = 100_000
DEEP = nested(DEPTH)


@pytest.mark.parametrize("parser", JSON_PARSERS, ids=repr)
def test_absurd_nesting_is_a_payload_error_not_a_recursion_error(parser: Parser) -> None:
    arrays = b"[" * DEPTH + b"]" * DEPTH
    objects = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH
    inside = b'{"eventType": "x", "a": ' + arrays + b"}"
    for body in (arrays, objects, inside):
        assert len(body) < DEFAULT_MAX_BYTES  # not the cap: the parser's own limit
        for options in ({}, {"max_bytes": None}):
            exc = error_of(lambda body=body, options=options: parser.parse(body, **options))
            assert only_problem(exc) == ("", "json_invalid")
            assert "recursion limit" in str(exc)
        exc = error_of(lambda body=body: parser.parse(body, max_bytes=1000))
        assert only_problem(exc) == ("", "body_too_large")


@pytest.mark.parametrize("parser", JSON_PARSERS, ids=repr)
def test_absurdly_nested_mappings_are_refused_too(parser: Parser) -> None:
    # A decoded mapping skips the JSON parser's limit: the same limit applies to it, so that
    # what parses can always be written back.
    for key in ("x-new", "tag", "eventType"):
        body = {"eventType": "mediaStreamStopped", key: DEEP}
        exc = error_of(lambda body=body: parser.parse(body))
        assert exc.paths == [key] and exc.errors()[0]["type"] == "recursion"
        assert len(str(exc)) < 200


def test_nesting_within_the_json_limit_is_kept_and_written_back() -> None:
    body = {"eventType": "somethingNew", "deep": nested(150)}
    event = bandwidth.parse_event(json.dumps(body))
    assert json.loads(event.to_json()) == body
    assert bandwidth.parse_event(body) == event


def test_deep_json_text_in_a_get_callback_is_a_payload_error() -> None:
    params = {"eventType": "mediaStreamStopped", "mediaStream": '{"a":' * DEPTH + "}" * DEPTH}
    exc = error_of(lambda: bandwidth.parse_event(params))
    assert only_problem(exc) == ("mediaStream", "json_invalid")


# -------------------------------------------------------------- big bodies and the cap


def peak_traced_bytes(call: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        with contextlib.suppress(PayloadError):
            call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_body_over_the_cap_is_refused_before_it_is_read() -> None:
    # A body whose parsing would allocate a Python object per item (not a cached small int)...
    items = ",".join(str(100_000 + i) for i in range(160_000))
    body = f'{{"eventType": "x", "n": [{items}]}}'.encode()
    assert DEFAULT_MAX_BYTES < len(body) < 4 * DEFAULT_MAX_BYTES
    # ...allocates that much when it is parsed (the measurement can see parsing)...
    assert peak_traced_bytes(lambda: bandwidth.parse_event(body, max_bytes=None)) > len(body)
    # ...and next to nothing when the cap refuses it, for every parser and form of the body.
    for parser in PARSERS:
        for shape in (body, body.decode(), bytearray(body), memoryview(body)):
            exc = error_of(lambda shape=shape, parser=parser: parser.parse(shape))
            assert only_problem(exc) == ("", "body_too_large"), parser
            if not isinstance(shape, memoryview):  # (a memoryview is copied to bytes first)
                assert peak_traced_bytes(lambda shape=shape, p=parser: p.parse(shape)) < 64_000


def test_the_cap_counts_bytes_not_characters() -> None:
    text = '{"eventType": "x", "a": "' + "\u20ac" * 1000 + '"}'  # 3 UTF-8 bytes each
    assert len(text) < 2000 < len(text.encode())
    for parse in (bandwidth.parse_event, signalwire.Stream.from_json):
        assert error_of(lambda parse=parse: parse(text, max_bytes=2000)).errors()[0]["type"] == (
            "body_too_large"
        )
    form = "Status=" + "\u20ac" * 1000
    exc = error_of(lambda: signalwire.UpdateStreamRequest.from_form(form, max_bytes=2000))
    assert exc.errors()[0]["type"] == "body_too_large"


TEN_MB = "x" * 10_000_000


def test_a_ten_megabyte_string_is_over_the_default_cap() -> None:
    body = json.dumps(EVENT_CASES[0].body | {"tag": TEN_MB})
    for parser in PARSERS:
        assert only_problem(error_of(lambda p=parser: p.parse(body))) == ("", "body_too_large")


@pytest.mark.parametrize("case", EVENT_CASES, ids=repr)
def test_a_ten_megabyte_string_with_the_cap_lifted(case: Case) -> None:
    # Where any text goes, it is kept exactly; where a timestamp or duration goes, it is an
    # error that does not repeat the 10 MB.
    kept = bandwidth.parse_event(
        json.dumps(case.body | {"x-big": TEN_MB}), strict=False, max_bytes=None
    )
    assert kept.wire_extra()["x-big"] == TEN_MB
    for path in typed_paths(case.result, case.body, (datetime, timedelta)):
        body = replaced(case.body, path, TEN_MB)
        for shape in (json.dumps(body), body):
            exc = error_of(
                lambda shape=shape: bandwidth.parse_event(
                    shape, strict=case.parser.strict, max_bytes=None
                )
            )
            assert exc.paths == [wire(path)] and len(str(exc)) < 300


# ----------------------------------------------------------------------- duplicate keys


def with_duplicate(body: dict[str, Any], key: str, first: Any) -> str:
    """``body`` as JSON text with ``key`` given twice: ``first``, then the body's own value."""
    text = json.dumps(body)
    return "{" + json.dumps(key) + ": " + json.dumps(first) + ", " + text[1:]


@pytest.mark.parametrize("case", JSON_CASES, ids=repr)
def test_duplicate_json_keys_the_last_one_wins(case: Case) -> None:
    # pydantic-core's parser keeps the last value of a repeated key, as Python's json module and
    # JavaScript's JSON.parse do; the earlier value is dropped without an error.
    for path in field_paths(case.result, case.body):
        if len(path) != 1:
            continue
        body = with_duplicate(case.body, str(path[0]), wrong_type(case.body[path[0]]))
        assert case.parser.parse(body) == case.result


def test_duplicate_event_types_the_last_one_picks_the_model() -> None:
    body = EVENT_CASES[0].body
    text = with_duplicate(body, "eventType", "recordingAvailable")
    assert type(bandwidth.parse_event(text)) is type(bandwidth.parse_event(body))
    text = json.dumps(body)[:-1] + ', "eventType": "somethingNew"}'
    assert bandwidth.parse_event(text).event_type == "somethingNew"


def test_a_field_given_by_wire_and_python_name_keeps_both() -> None:
    body = EVENT_CASES[0].body | {"call_id": "by-python-name"}
    event = bandwidth.parse_event(body)
    assert event.call_id == body["callId"]  # type: ignore[union-attr]
    assert event.wire_extra() == {"call_id": "by-python-name"}
    assert error_of(lambda: bandwidth.parse_event(body, strict=True)).paths == ["call_id"]


@pytest.mark.parametrize("case", [c for c in CASES if c.parser.kind == "form"], ids=repr)
def test_repeated_form_keys_are_refused_for_every_field(case: Case) -> None:
    parser, model = case.parser, case.result
    assert isinstance(model, FormModel)
    form = model.to_form()
    for key in form:
        body = model.to_form_body() + "&" + f"{key}={form[key]}"
        for shape in (body, body.encode()):
            exc = error_of(lambda shape=shape: parser.parse(shape))
            assert only_problem(exc) == (key, "duplicate_key")


# ------------------------------------------------------------------- control characters

CONTROLS = "".join(map(chr, range(0x20))) + "\x7f\x85\u2028\u2029"


def test_escaped_control_characters_are_kept_and_written_back() -> None:
    case = EVENT_CASES[0]
    body = case.body | {"tag": CONTROLS, "x-new": CONTROLS}
    for strict in (False, True):
        if strict:
            body.pop("x-new")
        event = bandwidth.parse_event(json.dumps(body), strict=strict)
        assert event.tag == CONTROLS  # type: ignore[union-attr]
        assert json.loads(event.to_json()) == json.loads(
            bandwidth.parse_event(body, strict=strict).to_json()
        )
        assert json.loads(event.to_json())["tag"] == CONTROLS


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_control_characters_in_timestamps_and_durations_are_refused(case: Case) -> None:
    for path in typed_paths(case.result, case.body, (datetime, timedelta)):
        original = case.body
        for part in path:
            original = original[part]
        for control in ("\x00", "\x1b", "\x7f"):
            for at in (0, 5, len(original)):
                body = replaced(case.body, path, original[:at] + control + original[at:])
                exc = error_of(lambda body=body: case.parser.parse(body))
                assert exc.paths == [wire(path)]


def test_control_characters_in_form_values() -> None:
    callback = signalwire.StreamStatusCallback.from_form(
        "AccountSid=AC1&StreamSid=MZ1&StreamEvent=stream-started"
        "&Timestamp=2024-05-01T12%3A00%3A01.000Z&StreamName=a%00b%1Fc%7F"
    )
    assert callback.stream_name == "a\x00b\x1fc\x7f"
    assert signalwire.StreamStatusCallback.from_form(callback.to_form_body()) == callback
    for url in ("wss://a.example/x%00y", "wss://a.example/%0D%0AHost:%20evil", "wss://a%09b"):
        exc = error_of(lambda url=url: signalwire.CreateStreamRequest.from_form(f"Url={url}"))
        assert exc.paths == ["Url"]


# ------------------------------------------------------------- timestamps and durations

BAD_TIMESTAMPS = [
    "", " ", "garbage", "yesterday", "now", "T", "2019-09-13", "16:49:40", "0", "-1",
    "2019-13-01T00:00:00Z", "2019-02-30T00:00:00Z", "2019-09-13T25:00:00Z",
    "2019-09-13T10:61:00Z", "2019-09-13T10:00:61Z", "0000-01-01T00:00:00Z",
    "10000-01-01T00:00:00Z", "-2019-09-13T10:00:00Z", "2019-09-13T10:00:00+24:00",
    "2019-09-13T10:00:00+05:60", "2019-09-13T10:00:00.1234567891Z", "2019-09-13T10:00:00ZZ",
    "01/02/2019 10:00", "2019-09-13T10:00:00 EST", "2019-09-13T10:00:00" + "0" * 60 + "Z",
    12345, -1, 1.5, True, [], {},
]  # fmt: skip
BAD_DURATIONS = [
    "", "garbage", "-PT1S", "PT-1S", "P1M", "P1Y", "P1Y2M", "P", "PT", "P1DT", "1", "PT1",
    "PT99999999999999999999S", "P1000000000D", "P99999999999W", "PT1.0000000001S", "PT1S ",
    "pt1s", "PT1H1H", "P0001-00-00T00:00:00", 1, -1, 1.5, True, [], {},
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_garbage_out_of_range_and_negative_times_are_refused(case: Case) -> None:
    for kind, values in ((datetime, BAD_TIMESTAMPS), (timedelta, BAD_DURATIONS)):
        for path in typed_paths(case.result, case.body, kind):
            for value in values:
                if case.parser.kind == "form" and not isinstance(value, str):
                    continue
                body = replaced(case.body, path, value)
                exc = error_of(lambda body=body: case.parser.parse(body))
                assert exc.paths == [wire(path)], (value, str(exc))


# Text that lenient repair (python-dateutil) once read as another instant, or read although it
# is not a timestamp; each was a bug.
WRONG_INSTANTS = {
    "digits as a Unix time": "1656615302",
    "POSIX-style zone offset": "2019-09-13T10:00:00 UTC+3",
    "negative year": "-2019-09-13T10:00:00Z",
    "NUL inside": "2022-\x0006-30T18:55:02.489Z",
    "non-ASCII digits": "\uff12\uff10\uff11\uff19-09-13T10:00:00Z",
}


@pytest.mark.parametrize("case", WRONG_INSTANTS)
def test_lenient_repair_refuses_what_it_cannot_read_exactly(case: str) -> None:
    body = EVENT_CASES[0].body | {"eventTime": WRONG_INSTANTS[case]}
    for strict in (False, True):
        exc = error_of(lambda strict=strict: bandwidth.parse_event(body, strict=strict))
        assert exc.paths == ["eventTime"]


def test_timestamps_that_break_dateutil_are_payload_errors() -> None:
    # Found by the fuzz harness: python-dateutil raised decimal.InvalidOperation.
    for text in ("1h" + "1" + "0" * 29, "1h" + "0" * 55 + "1"):
        body = EVENT_CASES[0].body | {"eventTime": text}
        assert error_of(lambda body=body: bandwidth.parse_event(body)).paths == ["eventTime"]
    form = "AccountSid=AC1&StreamSid=MZ1&StreamEvent=e&Timestamp=1h" + "1" + "0" * 29
    exc = error_of(lambda: signalwire.StreamStatusCallback.from_form(form))
    assert exc.paths == ["Timestamp"]


def test_non_ascii_digits_in_durations_are_refused_in_strict_mode() -> None:
    stopped = next(c for c in EVENT_CASES if isinstance(c.result, bandwidth.MediaStreamStopped))
    body = replaced(stopped.body, ("mediaStream", "duration"), "PT\u0661S")
    exc = error_of(lambda: bandwidth.parse_event(body, strict=True))
    assert exc.paths == ["mediaStream.duration"]


def test_error_messages_keep_body_text_on_its_line() -> None:
    # Keys and values from the body reach the message; a log line must stay one line.
    forged = "x\nINFO accepted payment\x1b[0m"
    exc = error_of(lambda: bandwidth.parse_event({"eventType": forged}, strict=True))
    assert "\n" not in str(exc) and "\\nINFO accepted payment\\x1b[0m" in str(exc)
    body = EVENT_CASES[0].body | {forged: 1, "tag": 2}
    exc = error_of(lambda: bandwidth.parse_event(body, strict=True))
    assert str(exc).count("\n") == len(exc.errors()) == 2
    assert forged in exc.paths  # the errors themselves keep the key exactly
    # Found by the fuzz harness: escaping made a long key of control characters 4 times longer
    # than the cut meant to bound it.
    key = "St" + "\x0e" * 400
    exc = error_of(lambda: signalwire.UpdateStreamRequest.from_form({key: "x"}, strict=True))
    check_payload_error(exc)
    assert key in exc.paths and max(map(len, str(exc).splitlines())) < 700


# ------------------------------------------------------------------------- form escapes

UPDATE = "UpdateStreamRequest"


@pytest.mark.parametrize("parser", FORM_PARSERS, ids=repr)
def test_escapes_that_are_not_utf8_are_refused_naming_the_field(parser: Parser) -> None:
    for escape in ("%FF", "%C0%AF", "%ED%A0%80", "%E2%82"):  # invalid, overlong, surrogate, cut
        for body in (f"Status={escape}", f"Status=ok&Note=a{escape}b", f"Na{escape}me=x"):
            for shape in (body, body.encode()):
                exc = error_of(lambda shape=shape: parser.parse(shape))
                assert [e["type"] for e in exc.errors()] == ["form_unicode"], body


@pytest.mark.parametrize("malformed", ["%", "%Z1", "%1", "100%", "%%", "%u00e9"])
def test_a_percent_that_starts_no_escape_is_kept_leniently_and_refused_strictly(
    malformed: str,
) -> None:
    parsers = [p for p in FORM_PARSERS if p.name.startswith(UPDATE)]
    for parser in parsers:
        body = f"Status=stopped&Note={malformed}"
        if parser.strict:
            exc = error_of(lambda parser=parser, body=body: parser.parse(body))
            assert only_problem(exc) == ("Note", "form_invalid")
        else:
            assert parser.parse(body).wire_extra() == {"Note": malformed}


def test_hostile_get_callback_values() -> None:
    base = {"eventType": "mediaStreamStopped"}
    cases = {
        "mediaStream": ('{"id": NaN}', "mediaStream.id", "finite_number"),
        "tag": ("\ud800", "tag", "string_unicode"),
        "x-new": ("a\udfffb", "x-new", "string_unicode"),
    }
    for key, (value, path, kind) in cases.items():
        exc = error_of(lambda key=key, value=value: bandwidth.parse_event(base | {key: value}))
        assert only_problem(exc) == (path, kind)


def test_custom_parameters_of_the_wrong_type_are_named() -> None:
    # Found by test_fuzz: a list as a parameter name was looked up in a dict (TypeError).
    for value in ([], {"a": 1}, 1, None, True):
        for part in ("Name", "Value"):
            body = {"Url": "wss://a.example/x", "Parameter1.Name": "k", "Parameter1.Value": "v"}
            body[f"Parameter1.{part}"] = value
            exc = error_of(lambda body=body: signalwire.CreateStreamRequest.from_json(body))
            assert only_problem(exc) == (f"Parameter1.{part}", "string_type")
