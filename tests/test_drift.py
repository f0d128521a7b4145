"""Drift: for any event of every model, with unknown keys and enum values added anywhere,
lenient parsing keeps them all and ``drift_of`` names exactly them, by wire path; a valid body
has none."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_webhooks import bandwidth
from voice_webhooks._drift import Drift, drift_of
from voice_webhooks.bandwidth import examples
from voice_webhooks.testing import strategies

from ._corpus_cases import wire
from ._meaning import differences
from .test_nothing_lost import drifted_and_added

SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _listed(path: tuple[str | int, ...]) -> str:
    """A wire path as drift names it: list items as ``[]``."""
    return wire(tuple("[]" if isinstance(p, int) else p for p in path)).replace(".[]", "[]")


@st.composite
def drifted(draw: st.DrawFn) -> tuple[dict[str, Any], set[Drift]]:
    """A valid event of any model, with unknown values and keys added; and what was added."""
    body = draw(strategies.bandwidth_events())
    model = bandwidth.parse_event(body, strict=True)
    body, added = draw(drifted_and_added(body, model, form=False))
    return body, {
        Drift("value", _listed(path), value)
        if kind == "value"
        else Drift("field", _listed((*path, value)), None)
        for kind, path, value in added
    }


@SETTINGS
@given(drifted())
def test_drift_names_exactly_what_was_added_and_nothing_is_lost(
    case: tuple[dict[str, Any], set[Drift]],
) -> None:
    body, added = case
    event = bandwidth.parse_event(json.dumps(body))
    assert set(drift_of(event)) == added
    assert differences(body, json.loads(event.to_json())) == []


@settings(max_examples=60, deadline=None, database=None)
@given(strategies.bandwidth_events())
def test_a_valid_event_has_no_drift(body: dict[str, Any]) -> None:
    assert list(drift_of(bandwidth.parse_event(body))) == []


def test_an_unknown_event_type_is_one_drift_whatever_it_holds() -> None:
    event = bandwidth.parse_event({"eventType": "callParked", "cause": "x", "newField": {"a": 1}})
    assert list(drift_of(event)) == [Drift("event type", "", "callParked")]


def test_a_boolean_where_text_is_usual_is_no_drift() -> None:
    body = json.loads(examples.REAL_TIME_TRANSCRIPTION_AVAILABLE)
    body["realTimeTranscription"]["stabilized"] = True
    assert list(drift_of(bandwidth.parse_event(body, strict=True))) == []
    body["realTimeTranscription"]["stabilized"] = "yes"
    assert list(drift_of(bandwidth.parse_event(body))) == [
        Drift("value", "realTimeTranscription.stabilized", "yes")
    ]
