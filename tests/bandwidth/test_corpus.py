"""Every Bandwidth payload in the conformance corpus: parsed, typed, round-tripped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voice_webhooks import PayloadError, bandwidth

from .._meaning import differences
from ..conftest import CORPUS

BANDWIDTH = CORPUS / "bandwidth"
VALID = sorted(BANDWIDTH.glob("*.json"))
INVALID_JSON = sorted((BANDWIDTH / "invalid-json").glob("*.json"))
MODELLED = [p for p in VALID if json.loads(p.read_bytes())["eventType"] in bandwidth.EVENT_TYPES]


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_the_corpus_is_all_here() -> None:
    every = sorted(p for p in BANDWIDTH.rglob("*") if p.is_file())
    assert every == sorted(VALID + INVALID_JSON), "a corpus file is not exercised by this module"
    assert len(MODELLED) >= 7 and len(INVALID_JSON) == 4


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_parses_into_the_model_of_its_event_type(path: Path) -> None:
    raw = json.loads(path.read_bytes())
    event = bandwidth.parse_event(path.read_bytes())
    expected = bandwidth.EVENT_TYPES.get(raw["eventType"], bandwidth.UnknownEvent)
    assert type(event) is expected
    assert event.event_type == raw["eventType"]


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_round_trip_is_equal_and_means_the_same(path: Path) -> None:
    body = path.read_bytes()
    event = bandwidth.parse_event(body)
    emitted = event.to_json()
    assert bandwidth.parse_event(emitted) == event
    assert differences(json.loads(body), json.loads(emitted)) == []
    assert event.to_dict() == json.loads(emitted)


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_decoded_dict_and_text_inputs_agree(path: Path) -> None:
    body = path.read_bytes()
    event = bandwidth.parse_event(body)
    assert bandwidth.parse_event(body.decode()) == event
    assert bandwidth.parse_event(json.loads(body)) == event


@pytest.mark.parametrize("path", MODELLED, ids=_ids(MODELLED))
def test_model_from_json_matches_parse_event(path: Path) -> None:
    event = bandwidth.parse_event(path.read_bytes())
    assert type(event).from_json(path.read_bytes()) == event


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_strict_mode_accepts_exactly_the_clean_modelled_payloads(path: Path) -> None:
    raw = json.loads(path.read_bytes())
    warty = raw["eventType"] == "recordingAvailable"  # zone-less / malformed timestamps
    if raw["eventType"] in bandwidth.EVENT_TYPES and not warty:
        assert bandwidth.parse_event(path.read_bytes(), strict=True) == bandwidth.parse_event(
            path.read_bytes()
        )
    else:
        with pytest.raises(PayloadError):
            bandwidth.parse_event(path.read_bytes(), strict=True)


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_unknown_events_keep_every_field(path: Path) -> None:
    raw = json.loads(path.read_bytes())
    event = bandwidth.parse_event(path.read_bytes())
    if isinstance(event, bandwidth.UnknownEvent):
        assert {"eventType": event.event_type, **event.wire_extra()} == raw
    else:
        assert event.wire_extra() == {}


@pytest.mark.parametrize("path", INVALID_JSON, ids=_ids(INVALID_JSON))
def test_invalid_json_is_a_payload_error(path: Path) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(path.read_bytes())
    (error,) = caught.value.errors()
    assert error["type"] == "json_invalid"
    assert "trailing comma" in error["msg"]
    assert "line" in str(caught.value)
