"""The request paths of the Streams API."""

from __future__ import annotations

import pytest

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError


def test_signalwire_paths() -> None:
    assert (
        signalwire.create_stream_path("AC1", "CA1")
        == "/api/laml/2010-04-01/Accounts/AC1/Calls/CA1/Streams"
    )
    assert (
        signalwire.update_stream_path("AC1", "CA1", "MZ1")
        == "/api/laml/2010-04-01/Accounts/AC1/Calls/CA1/Streams/MZ1"
    )


def test_twilio_paths() -> None:
    assert (
        signalwire.create_stream_path("AC1", "CA1", twilio=True)
        == "/2010-04-01/Accounts/AC1/Calls/CA1/Streams.json"
    )
    assert (
        signalwire.update_stream_path("AC1", "CA1", "my stream", twilio=True)
        == "/2010-04-01/Accounts/AC1/Calls/CA1/Streams/my%20stream.json"
    )


def test_every_segment_is_quoted() -> None:
    path = signalwire.update_stream_path("a/b", "c?d", "e#f%é")
    assert path == "/api/laml/2010-04-01/Accounts/a%2Fb/Calls/c%3Fd/Streams/e%23f%25%C3%A9"


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (("", "CA1", "MZ1"), "AccountSid"),
        (("AC1", "", "MZ1"), "CallSid"),
        (("AC1", "CA1", ""), "Sid"),
        (("AC1", "..", "MZ1"), "CallSid"),
        (("AC1", "CA1", "."), "Sid"),
        ((None, "CA1", "MZ1"), "AccountSid"),
        (("AC1", 7, "MZ1"), "CallSid"),
        (("AC1", "CA1", "\ud800"), "Sid"),
    ],
)
def test_bad_ids_are_named(args: tuple[object, object, object], path: str) -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.update_stream_path(*args)  # type: ignore[arg-type]
    assert caught.value.paths == [path]
    if path != "Sid":
        with pytest.raises(PayloadError) as caught:
            signalwire.create_stream_path(*args[:2])  # type: ignore[arg-type]
        assert caught.value.paths == [path]
