"""The strategies: every payload valid and round-tripping; every enum value, every optional
field present and absent, and the edge-case times and durations all reached."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta, timezone
from typing import Any, get_args

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from voice_webhooks import PayloadError, WireModel, bandwidth, signalwire
from voice_webhooks.testing import Factory, media_stream_stopped, strategies
from voice_webhooks.types import nanoseconds

from ._support import ALL_FACTORIES, FACTORY_IDS, parse, wire

EXAMPLES = 100  # Hypothesis's default; a value these miss is searched for below
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
KIT_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None)
# A value the run above did not reach is searched for alone (generation only, no shrinking).
SEARCH_SETTINGS = settings(max_examples=2000, deadline=None, database=None, phases=[Phase.generate])


def _types_in(annotation: Any) -> list[Any]:
    """``annotation`` and every type argument inside it, recursively."""
    found = [annotation]
    for arg in get_args(annotation):
        found += _types_in(arg)
    return found


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    for candidate in _types_in(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _is_optional(field: Any) -> bool:
    return field.default_factory is not None or (not field.is_required() and field.default is None)


def expected_coverage(model: type[BaseModel], prefix: str = "") -> set[tuple[str, object]]:
    """What a strategy must reach: each enum value, each optional field present and absent."""
    expected: set[tuple[str, object]] = set()
    for name, field in model.model_fields.items():
        path = prefix + name
        if _is_optional(field):
            expected |= {(path, "present"), (path, "absent")}
        for candidate in _types_in(field.annotation):
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                expected |= {(path, member) for member in candidate}
        nested = _nested_model(field.annotation)
        if nested is not None:
            expected |= expected_coverage(nested, path + ".")
    return expected


def reached(parsed: BaseModel, prefix: str = "") -> set[tuple[str, object]]:
    """What one parsed payload shows of the same."""
    seen: set[tuple[str, object]] = set()
    for name in type(parsed).model_fields:
        path = prefix + name
        is_set = name in parsed.model_fields_set
        seen.add((path, "present" if is_set else "absent"))
        value = getattr(parsed, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, enum.Enum):
                seen.add((path, item))
            elif isinstance(item, BaseModel):
                seen |= reached(item, path + ".")
    return seen


def _as_fields_of(factory: Factory[Any], parsed: WireModel) -> BaseModel:
    """An unknown event's (or callback's) fields, read as the model its overrides name
    (``CallEvent``)."""
    if type(parsed) is factory.fields_of:
        return parsed
    if isinstance(parsed, signalwire.UnknownCallback):
        return factory.fields_of.model_validate(parsed.wire_extra())
    assert isinstance(parsed, bandwidth.UnknownEvent)
    return factory.fields_of.model_validate({**parsed.wire_extra(), "eventType": parsed.event_type})


def _times(model: BaseModel) -> list[datetime]:
    """Every time a model holds, nested models included."""
    found: list[datetime] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, datetime):
            found.append(value)
        elif isinstance(value, BaseModel):
            found += _times(value)
    return found


def check_times(event: WireModel) -> None:
    """The times of a Bandwidth event are in order, to the nanosecond: each after what it
    follows, every one at or before ``eventTime``, durations equal to what they span."""
    if not isinstance(event, bandwidth.EventBase):
        return
    last = _ns(event.event_time)
    assert all(_ns(moment) <= last for moment in _times(event))
    if isinstance(event, bandwidth.RecordingFields):
        assert _ns(event.start_time) <= _ns(event.end_time)
        assert nanoseconds(event.duration) == _ns(event.end_time) - _ns(event.start_time)
    if not isinstance(event, bandwidth.CallEvent):
        return
    call = [event.enqueued_time, None if isinstance(event, bandwidth.RecordingFields) else
            event.start_time, event.answer_time]  # fmt: skip
    steps = [_ns(moment) for moment in call if moment is not None]
    assert steps == sorted(steps)
    streams = [getattr(event, name, None) for name in ("media_stream", "real_time_transcription",
                                                       "transcription")]  # fmt: skip
    for stream in streams:
        if isinstance(stream, bandwidth.StreamFields):
            assert steps == [] or steps[-1] <= _ns(stream.start_time)
            if isinstance(stream, bandwidth.StreamDuration):
                assert _ns(stream.start_time) + nanoseconds(stream.duration) <= last


def _ns(moment: datetime) -> int:
    return nanoseconds(moment - EPOCH) + getattr(moment, "nanosecond", 0)


def url_shape(
    request: signalwire.CreateStreamRequest | signalwire.CreateConferenceStreamRequest,
) -> set[str]:
    shapes = {"wss" if request.url.lower().startswith("wss://") else "relative"}
    if len(request.parameters) == signalwire.MAX_PARAMETERS:
        shapes.add("all parameters")
    if not request.parameters:
        shapes.add("no parameters")
    if len(request.parameter_pairs) > len(request.parameters):
        shapes.add("a repeated name")
    return shapes


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
def test_payloads_are_valid_round_trip_and_reach_every_value(factory: Factory[Any]) -> None:
    seen: set[Any] = set()

    @KIT_SETTINGS
    @given(strategies.payloads(factory))
    def check(payload: dict[str, Any]) -> None:
        if factory.strictly_valid:
            parsed = parse(factory, payload, strict=True)
        else:
            with pytest.raises(PayloadError):
                parse(factory, payload, strict=True)
            parsed = parse(factory, payload, strict=False)
        assert wire(factory, parsed) == payload
        assert parse(factory, wire(factory, parsed), strict=False) == parsed
        check_times(parsed)
        seen.update(features(factory, parsed))

    check()
    expected: set[Any] = expected_coverage(factory.fields_of)
    if factory.model in (signalwire.CreateStreamRequest, signalwire.CreateConferenceStreamRequest):
        expected |= {"wss", "relative", "all parameters", "no parameters", "a repeated name"}
    for item in expected - seen:  # rare combinations: search for each until found

        def shows(payload: dict[str, Any], item: Any = item) -> bool:
            return item in features(factory, parse(factory, payload, strict=False))

        find(strategies.payloads(factory), shows, settings=SEARCH_SETTINGS)


def features(factory: Factory[Any], parsed: WireModel) -> set[Any]:
    """The enum values, optional fields and URL shapes one parsed payload shows."""
    found: set[Any] = reached(_as_fields_of(factory, parsed))
    if isinstance(
        parsed, (signalwire.CreateStreamRequest, signalwire.CreateConferenceStreamRequest)
    ):
        found |= url_shape(parsed)
    return found


def test_the_union_strategy_reaches_every_event_type() -> None:
    seen: set[str] = set()

    @KIT_SETTINGS
    @given(strategies.bandwidth_events(unknown=True))
    def check(payload: dict[str, Any]) -> None:
        event = bandwidth.parse_event(payload)
        seen.add("(unknown)" if isinstance(event, bandwidth.UnknownEvent) else event.event_type)

    check()
    for event_type in {*bandwidth.EVENT_TYPES, "(unknown)"} - seen:  # search for each left

        def is_type(payload: dict[str, Any], event_type: str = event_type) -> bool:
            kind = payload["eventType"] if payload["eventType"] in bandwidth.EVENT_TYPES else ""
            return (kind or "(unknown)") == event_type

        find(strategies.bandwidth_events(unknown=True), is_type, settings=SEARCH_SETTINGS)


def test_the_union_strategy_leaves_unknown_events_out_unless_asked() -> None:
    @settings(max_examples=50, deadline=None, database=None)
    @given(strategies.bandwidth_events())
    def check(payload: dict[str, Any]) -> None:
        assert payload["eventType"] in bandwidth.EVENT_TYPES

    check()


def test_durations_and_instants_reach_the_edge_cases() -> None:
    found: set[str] = set()

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True)
    @given(strategies.durations(), strategies.instants())
    def check(duration: timedelta, moment: Any) -> None:
        total = nanoseconds(duration)
        found.add("zero" if total == 0 else "nanoseconds" if total % 1000 else "other")
        if duration > timedelta(days=1):
            found.add("longer than a day")
        found.add("has nanoseconds" if getattr(moment, "nanosecond", 0) else "no nanoseconds")
        found.add("UTC" if moment.utcoffset() == timedelta(0) else "other zone")
        if moment.microsecond == 0:
            found.add("whole seconds")

    check()
    assert found >= {"zero", "nanoseconds", "longer than a day", "has nanoseconds",
                     "no nanoseconds", "UTC", "other zone", "whole seconds"}  # fmt: skip


def test_overrides_may_be_values_or_strategies() -> None:
    @settings(max_examples=30, deadline=None, database=None)
    @given(
        strategies.media_stream_stopped(
            cause="error", call_id=st.sampled_from(["c-1", "c-2"]), extra={"codec": "PCMU"}
        )
    )
    def check(payload: dict[str, Any]) -> None:
        assert payload["cause"] == "error" and payload["callId"] in ("c-1", "c-2")
        assert payload["callUrl"].endswith("/" + payload["callId"])
        assert bandwidth.parse_event(payload).wire_extra() == {"codec": "PCMU"}

    check()


def test_payloads_accepts_a_model_and_checks_override_names_at_once() -> None:
    assert strategies.payloads(media_stream_stopped) is not None
    with pytest.raises(TypeError, match="'callid'"):
        strategies.payloads(bandwidth.MediaStreamStopped, callid="c-1")
    with pytest.raises(TypeError, match="no factory"):
        strategies.payloads(bandwidth.MediaStream)
