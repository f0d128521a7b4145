"""PayloadError: one exception type, wire paths, every problem listed."""

from __future__ import annotations

import pickle

import pytest

from voice_webhooks import ErrorDetail, PayloadError, bandwidth


def test_is_a_value_error_with_every_problem() -> None:
    with pytest.raises(ValueError) as caught:
        bandwidth.parse_event({"eventType": "mediaStreamStarted", "direction": "up", "tag": 5})
    exc = caught.value
    assert isinstance(exc, PayloadError)
    assert "direction" not in exc.paths  # lenient: an unknown direction is kept, not an error
    assert "tag" in exc.paths and "eventTime" in exc.paths
    assert len(exc.errors()) == len(exc.paths) > 5
    assert str(exc).startswith(f"invalid Bandwidth event, {len(exc.paths)} problems:\n  ")


def test_single_problem_message_names_path_message_and_input() -> None:
    exc = PayloadError.single("mediaStream.tracks[1]", "enum_unknown", "Unknown value", "x")
    assert str(exc) == "invalid payload: mediaStream.tracks[1]: Unknown value [input: 'x']"
    assert exc.errors() == [
        ErrorDetail(
            path="mediaStream.tracks[1]", type="enum_unknown", msg="Unknown value", input="x"
        )
    ]


def test_long_inputs_are_shortened_in_the_message_but_kept_in_errors() -> None:
    exc = PayloadError.single("tag", "string_type", "bad", "y" * 1000)
    assert len(str(exc)) < 120
    assert exc.errors()[0]["input"] == "y" * 1000


def test_errors_returns_a_fresh_list() -> None:
    exc = PayloadError.single("a", "t", "m")
    exc.errors().clear()
    assert len(exc.errors()) == 1


def test_pickles() -> None:
    exc = PayloadError.single("callId", "missing", "Field required", subject="Bandwidth event")
    clone = pickle.loads(pickle.dumps(exc))
    assert str(clone) == str(exc) and clone.errors() == exc.errors()


def test_needs_at_least_one_error() -> None:
    with pytest.raises(ValueError):
        PayloadError([])


def test_shown_under_its_public_module() -> None:
    assert PayloadError.__module__ == "voice_webhooks"
