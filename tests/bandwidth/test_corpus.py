"""Every Bandwidth payload in the conformance corpus: parsed into its own model, typed,
round-tripped; strict mode takes every documented body but for the warts listed here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from voice_webhooks import PayloadError, bandwidth

from .._meaning import differences
from ..conftest import CORPUS

BANDWIDTH = CORPUS / "bandwidth"
VALID = sorted(BANDWIDTH.glob("*.json"))
INVALID_JSON = sorted((BANDWIDTH / "invalid-json").glob("*.json"))
CONSTRUCTED = sorted((CORPUS / "bandwidth-constructed").glob("*.json"))

# The documented bodies that strict mode refuses, each with the wire paths it names and why.
# Strict mode is for catching drift, so it must refuse these; lenient parsing (the default)
# takes every one of them.
STRICT_WARTS: dict[str, tuple[list[str], str]] = {
    "recordingAvailable_1.json": (
        ["eventTime"],
        "eventTime has no time zone (2019-09-13T16:49:40.500); lenient mode reads it as UTC",
    ),
    "recordingAvailable_2.json": (
        ["eventTime", "enqueuedTime"],
        "as _1, and enqueuedTime has a '-' where the 'T' belongs (2019-09-13-16:48:27.198Z)",
    ),
    "recordingAvailable_seed_compact.json": (
        ["eventTime", "enqueuedTime"],
        "the seed page's copy of recordingAvailable_2",
    ),
    "initiate_2.json": (
        ["diversion.unknown"],
        "the page shows that Diversion carries keys it does not list ('unknown'): lenient mode "
        "keeps them, strict mode reports them as the drift they are",
    ),
}
TIMESTAMP_WARTS = {name for name in STRICT_WARTS if name.startswith("recordingAvailable")}


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def _without_trailing_commas(path: Path) -> bytes:
    return re.sub(rb",(\s*[}\]])", rb"\1", path.read_bytes())


def _event_type(path: Path) -> str:
    event_type: str = json.loads(_without_trailing_commas(path))["eventType"]
    return event_type


def test_the_corpus_is_all_here() -> None:
    every = sorted(p for p in BANDWIDTH.rglob("*") if p.is_file())
    assert every == sorted(VALID + INVALID_JSON), "a corpus file is not exercised by this module"
    assert len(VALID) == 52 and len(INVALID_JSON) == 4
    assert set(STRICT_WARTS) <= {p.name for p in VALID}


def test_the_corpus_shows_every_documented_event_type() -> None:
    shown = {_event_type(path) for path in VALID + INVALID_JSON}
    # referComplete has no documented body (bandwidth-constructed/ has one); recordingComplete
    # is the spec's name of recordComplete (test_events.py)
    assert set(bandwidth.EVENT_TYPES) - shown == {"referComplete", "recordingComplete"}
    constructed = {_event_type(path) for path in CONSTRUCTED}
    assert constructed == {"referComplete", "realTimeTranscriptionAvailable"}


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_parses_into_the_model_of_its_event_type(path: Path) -> None:
    event = bandwidth.parse_event(path.read_bytes())
    assert not isinstance(event, bandwidth.UnknownEvent)
    assert type(event) is bandwidth.EVENT_TYPES[_event_type(path)]
    assert event.event_type == _event_type(path)


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_round_trip_is_equal_and_means_the_same(path: Path) -> None:
    body = path.read_bytes()
    event = bandwidth.parse_event(body)
    emitted = event.to_json()
    assert bandwidth.parse_event(emitted) == event
    assert differences(json.loads(body), json.loads(emitted)) == []
    assert event.to_dict() == json.loads(emitted)
    if path.name not in TIMESTAMP_WARTS:  # every value written back as it came
        assert json.loads(emitted) == json.loads(body)


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_decoded_dict_and_text_inputs_agree(path: Path) -> None:
    body = path.read_bytes()
    event = bandwidth.parse_event(body)
    assert bandwidth.parse_event(body.decode()) == event
    assert bandwidth.parse_event(json.loads(body)) == event


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_model_from_json_matches_parse_event(path: Path) -> None:
    event = bandwidth.parse_event(path.read_bytes())
    assert type(event).from_json(path.read_bytes()) == event


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_strict_mode_accepts_every_documented_body_but_the_warts(path: Path) -> None:
    if path.name not in STRICT_WARTS:
        assert bandwidth.parse_event(path.read_bytes(), strict=True) == bandwidth.parse_event(
            path.read_bytes()
        )
        return
    paths, _why = STRICT_WARTS[path.name]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(path.read_bytes(), strict=True)
    assert caught.value.paths == paths


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_nothing_is_unknown_but_the_documented_unlisted_key(path: Path) -> None:
    event = bandwidth.parse_event(path.read_bytes())
    assert event.wire_extra() == {}
    if isinstance(event, bandwidth.Initiate) and event.diversion is not None:
        assert event.diversion.wire_extra() == (
            {"unknown": "unknownValue"} if path.name == "initiate_2.json" else {}
        )


@pytest.mark.parametrize("path", INVALID_JSON, ids=_ids(INVALID_JSON))
def test_invalid_json_is_a_payload_error(path: Path) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(path.read_bytes())
    (error,) = caught.value.errors()
    assert error["type"] == "json_invalid"
    assert "trailing comma" in error["msg"]
    assert "line" in str(caught.value)


@pytest.mark.parametrize("path", INVALID_JSON, ids=_ids(INVALID_JSON))
def test_invalid_json_bodies_are_valid_events_but_for_their_trailing_commas(path: Path) -> None:
    body = _without_trailing_commas(path)
    event = bandwidth.parse_event(body, strict=True)
    assert type(event) is bandwidth.EVENT_TYPES[json.loads(body)["eventType"]]
    assert json.loads(event.to_json()) == json.loads(body)


@pytest.mark.parametrize("path", CONSTRUCTED, ids=_ids(CONSTRUCTED))
def test_constructed_bodies_are_strictly_valid_and_written_back_as_they_are(path: Path) -> None:
    event = bandwidth.parse_event(path.read_bytes(), strict=True)
    assert type(event) is bandwidth.EVENT_TYPES[_event_type(path)]
    assert json.loads(event.to_json()) == json.loads(path.read_bytes())


def test_the_repaired_body_is_the_published_one_less_its_trailing_commas() -> None:
    (repaired,) = [p for p in CONSTRUCTED if p.name.endswith(".repaired.json")]
    published = BANDWIDTH / "invalid-json" / repaired.name.replace(".repaired", "")
    assert json.loads(repaired.read_bytes()) == json.loads(_without_trailing_commas(published))
