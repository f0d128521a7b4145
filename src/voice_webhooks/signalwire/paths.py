"""The request paths of the Streams API, with every id URL-quoted.

SignalWire serves the Compatibility (LaML) API under ``/api/laml/2010-04-01`` on your Space
(``https://{space}.signalwire.com``); Twilio serves the call streams under ``/2010-04-01`` on
``https://api.twilio.com`` with a ``.json`` suffix.  Conference streams are SignalWire's only.

>>> create_stream_path("AC1", "CA1")
'/api/laml/2010-04-01/Accounts/AC1/Calls/CA1/Streams'
>>> update_stream_path("AC1", "CA1", "MZ1", twilio=True)
'/2010-04-01/Accounts/AC1/Calls/CA1/Streams/MZ1.json'
>>> create_conference_stream_path("AC1", "CF1")
'/api/laml/2010-04-01/Accounts/AC1/Conferences/CF1/Streams'
"""

from __future__ import annotations

from typing import Final
from urllib.parse import quote

from .._errors import PayloadError

__all__ = [
    "LAML_PREFIX",
    "TWILIO_PREFIX",
    "create_conference_stream_path",
    "create_stream_path",
    "update_conference_stream_path",
    "update_stream_path",
]

LAML_PREFIX: Final = "/api/laml/2010-04-01"
"""Where SignalWire's Compatibility API lives on a Space."""
TWILIO_PREFIX: Final = "/2010-04-01"
"""Where Twilio's REST API lives on ``api.twilio.com``."""

_SUBJECT = "Streams API path"


def _segment(wire_name: str, value: object) -> str:
    if not isinstance(value, str):
        raise PayloadError.single(
            wire_name, "string_type", "Input should be a valid string", value, subject=_SUBJECT
        )
    if value in ("", ".", ".."):
        raise PayloadError.single(
            wire_name,
            "path_segment",
            "An id must not be empty, '.' or '..'",
            value,
            subject=_SUBJECT,
        )
    try:
        return quote(value, safe="", errors="strict")
    except UnicodeEncodeError:
        raise PayloadError.single(
            wire_name, "path_segment", "An id must be valid Unicode text", value, subject=_SUBJECT
        ) from None


def _streams(account_sid: str, call_sid: str, twilio: bool) -> str:
    prefix = TWILIO_PREFIX if twilio else LAML_PREFIX
    account = _segment("AccountSid", account_sid)
    call = _segment("CallSid", call_sid)
    return f"{prefix}/Accounts/{account}/Calls/{call}/Streams"


def _conference_streams(account_sid: str, conference_sid: str) -> str:
    account = _segment("AccountSid", account_sid)
    conference = _segment("ConferenceSid", conference_sid)
    return f"{LAML_PREFIX}/Accounts/{account}/Conferences/{conference}/Streams"


def create_stream_path(account_sid: str, call_sid: str, *, twilio: bool = False) -> str:
    """The path to ``POST`` a :class:`~voice_webhooks.signalwire.CreateStreamRequest` to.

    ``twilio=True`` gives Twilio's form of the path (``/2010-04-01/…/Streams.json``).  Every id
    is URL-quoted; an empty id (or ``.``/``..``) raises :class:`~voice_webhooks.PayloadError`.

    >>> create_stream_path("my account", "CA/1", twilio=True)
    '/2010-04-01/Accounts/my%20account/Calls/CA%2F1/Streams.json'
    """
    path = _streams(account_sid, call_sid, twilio)
    return path + ".json" if twilio else path


def update_stream_path(
    account_sid: str, call_sid: str, stream_sid: str, *, twilio: bool = False
) -> str:
    """The path to ``POST`` an :class:`~voice_webhooks.signalwire.UpdateStreamRequest` to.

    ``stream_sid`` is the stream's SID (Twilio also accepts its name).  ``twilio=True`` gives
    Twilio's form of the path, with ``.json``.  Ids are URL-quoted; empty ones are an error.

    >>> update_stream_path("AC1", "CA1", "my stream")
    '/api/laml/2010-04-01/Accounts/AC1/Calls/CA1/Streams/my%20stream'
    """
    path = f"{_streams(account_sid, call_sid, twilio)}/{_segment('Sid', stream_sid)}"
    return path + ".json" if twilio else path


def create_conference_stream_path(account_sid: str, conference_sid: str) -> str:
    """The path to ``POST`` a
    :class:`~voice_webhooks.signalwire.CreateConferenceStreamRequest` to.

    Every id is URL-quoted; an empty id (or ``.``/``..``) raises
    :class:`~voice_webhooks.PayloadError`.

    >>> create_conference_stream_path("AC1", "my conference")
    '/api/laml/2010-04-01/Accounts/AC1/Conferences/my%20conference/Streams'
    """
    return _conference_streams(account_sid, conference_sid)


def update_conference_stream_path(account_sid: str, conference_sid: str, stream_sid: str) -> str:
    """The path to ``POST`` an
    :class:`~voice_webhooks.signalwire.UpdateConferenceStreamRequest` to.

    >>> update_conference_stream_path("AC1", "CF1", "ST1")
    '/api/laml/2010-04-01/Accounts/AC1/Conferences/CF1/Streams/ST1'
    """
    return f"{_conference_streams(account_sid, conference_sid)}/{_segment('Sid', stream_sid)}"
