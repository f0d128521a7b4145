"""Hypothesis strategies of valid wire payloads, one per model and one for every Bandwidth event.

They build with the same factories as :mod:`voice_webhooks.testing`, but draw every choice
from Hypothesis: each optional field present or absent, every enum value, free text in names
and messages, times at any precision down to the nanosecond and in other zones than UTC, gaps
of zero, durations of zero, of nanoseconds and of days.  Times stay in order and derived
fields (``callUrl``, ``uri``) consistent; every payload parses with ``strict=True`` (except
unknown events, which strict mode rejects by design) and round-trips.

Overrides work as for the factories, and may also be strategies:
``media_stream_stopped(cause="error", call_id=st.sampled_from(["c-1", "c-2"]))``.
This module needs hypothesis (``pip install hypothesis``).

>>> from hypothesis import given, settings
>>> from voice_webhooks import bandwidth
>>> @given(bandwidth_events())
... @settings(max_examples=20)
... def test_every_event_parses_strictly(payload):
...     event = bandwidth.parse_event(payload, strict=True)
...     assert bandwidth.parse_event(event.to_json(), strict=True) == event
>>> test_every_event_parses_strictly()
"""

from __future__ import annotations

import functools
import operator
import random
import string
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from hypothesis import strategies as st

from .._wire import WireModel
from ..bandwidth import EVENT_TYPES
from ..signalwire import CALLBACK_KINDS, MAX_PARAMETERS, Parameters
from ..types import Duration
from . import _bandwidth, _bandwidth_streams, _signalwire, _signalwire_streams
from ._catalog import FACTORIES
from ._draft import ABSENT
from ._factory import Factory
from ._times import instant_at, shift
from ._values import Values, values_for

__all__ = [
    "bandwidth_events",
    "bandwidth_stream_messages",
    "call_status_callback",
    "conference_stream_response",
    "create_conference_stream_request",
    "create_stream_request",
    "durations",
    "error_list_response",
    "error_response",
    "instants",
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "payloads",
    "recording_available",
    "recording_status_callback",
    "signalwire_callbacks",
    "signalwire_stream_messages",
    "stream_response",
    "stream_status_callback",
    "transcription_status_callback",
    "unknown_callback",
    "unknown_event",
    "update_conference_stream_request",
    "update_stream_request",
]

T = TypeVar("T")

_NS_PER_S = 1_000_000_000
_DAY_NS = 86_400 * _NS_PER_S
_ZONES = (timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30)))
# Characters are drawn from explicit alphabets and code-point ranges, never from Unicode
# categories or a codec: those make hypothesis build its table of every code point on first
# use (over a second on a machine without a .hypothesis cache), which fails the default
# too_slow health check of a user's first test run.
_any_character = st.one_of(
    st.sampled_from(string.ascii_letters + string.digits + " -_.:/+@"),  # most text is ASCII
    st.integers(0, 0xD7FF).map(chr),  # any other code point that UTF-8 can carry:
    st.integers(0xE000, 0x10FFFF).map(chr),  # everything but the surrogates
)
_text = st.text(_any_character, max_size=20)
_url_part = st.text(string.ascii_letters + string.digits + "._~-", min_size=1, max_size=12)
_label = st.builds(
    operator.add,
    st.sampled_from(string.ascii_lowercase),
    st.text(string.ascii_lowercase + string.digits + "-", max_size=12),
)
_hosts = st.lists(_label, min_size=2, max_size=3).map(".".join)
_stream_urls = st.one_of(
    st.builds(
        lambda scheme, host, port, parts, query: (
            f"{scheme}://{host}{port}/{'/'.join(parts)}" + query
        ),
        st.sampled_from(["wss", "WSS"]),
        st.one_of(_hosts, st.just("[2001:db8::1]")),
        st.sampled_from(["", ":443", ":8443"]),
        st.lists(_url_part, max_size=3),
        st.one_of(st.just(""), _url_part.map(lambda value: f"?token={value}")),
    ),
    st.lists(_url_part, min_size=1, max_size=3).map("/".join),  # relative: no scheme
    st.lists(_url_part, min_size=1, max_size=3).map(lambda parts: "/" + "/".join(parts)),
)
_most_parameters = {f"p{number}": str(number) for number in range(1, MAX_PARAMETERS + 1)}
_names = st.sampled_from(["FirstName", "LastName", "tenant"])
_parameters = st.one_of(
    st.dictionaries(_text, _text, max_size=4),
    st.just(_most_parameters),
    st.lists(st.tuples(st.one_of(_names, _text), _text), max_size=5).map(Parameters),  # repeats
)


_FIRST_SECOND = int(datetime(1971, 1, 1, tzinfo=timezone.utc).timestamp())
_LAST_SECOND = int(datetime(2200, 1, 1, tzinfo=timezone.utc).timestamp())
_FRACTIONS = (  # digits of a second kept: none, milli, micro, nano
    st.just(0),
    st.integers(0, 999).map(lambda ms: ms * 1_000_000),
    st.integers(0, 999_999).map(lambda us: us * 1_000),
    st.integers(0, _NS_PER_S - 1),
)


def _instant_from(parts: tuple[int, int, timezone]) -> datetime:
    second, fraction, zone = parts
    return instant_at(second * _NS_PER_S + fraction, zone)


_instants = st.tuples(
    st.integers(_FIRST_SECOND, _LAST_SECOND), st.one_of(*_FRACTIONS), st.sampled_from(_ZONES)
).map(_instant_from)
_booleans = st.booleans()
_seeds = st.integers(0, 2**32 - 1)


def instants() -> st.SearchStrategy[datetime]:
    """Aware instants from 1971 to 2200, in UTC and other zones, to the second, millisecond,
    microsecond or nanosecond (a :class:`~voice_webhooks.types.Timestamp`).

    >>> from hypothesis import given, settings
    >>> @given(instants())
    ... @settings(max_examples=10)
    ... def test(moment):
    ...     assert moment.utcoffset() is not None
    >>> test()
    """
    return _instants


def durations(typical: timedelta = timedelta(minutes=2)) -> st.SearchStrategy[timedelta]:
    """Durations with the edge cases: zero, nanoseconds, ``typical``, and up to thirty days.

    >>> from hypothesis import given, settings
    >>> @given(durations())
    ... @settings(max_examples=10)
    ... def test(duration):
    ...     assert duration >= timedelta(0)
    >>> test()
    """
    return _durations(typical)


@functools.cache
def _durations(typical: timedelta) -> st.SearchStrategy[timedelta]:
    typical_ns = int(typical / timedelta(microseconds=1)) * 1_000
    return st.one_of(
        st.just(0),
        st.integers(1, 999),
        st.just(typical_ns),
        st.integers(0, _DAY_NS),
        st.integers(_DAY_NS, 30 * _DAY_NS),  # long calls
        st.sampled_from([_NS_PER_S, _DAY_NS - 1, _DAY_NS]),
    ).map(Duration.from_nanoseconds)


@functools.cache
def _gaps(typical: timedelta) -> st.SearchStrategy[timedelta]:
    """Gaps between two times: zero up to twice ``typical`` (at least a minute), any precision."""
    longest = max(2 * int(typical / timedelta(microseconds=1)) * 1_000, 60 * _NS_PER_S)
    return st.integers(0, longest).map(Duration.from_nanoseconds)


class _Drawn(Values):
    """Values drawn from Hypothesis: every choice from a strategy; ids and numbers, which
    have no edge cases worth shrinking to, from a random source seeded by one draw."""

    def __init__(self, draw: st.DrawFn) -> None:
        super().__init__(random.Random(draw(_seeds)))
        self._draw = draw

    def instant(self) -> datetime:
        return self._draw(_instants)

    def later(self, moment: datetime, typical: timedelta) -> datetime:
        return shift(moment, self._draw(_gaps(typical)))

    def earlier(self, moment: datetime, typical: timedelta) -> datetime:
        return shift(moment, -self._draw(_gaps(typical)))

    def duration(self, typical: timedelta, *, nanosecond_digits: bool = False) -> timedelta:
        return self._draw(durations(typical))

    def choice(self, options: Sequence[T], default: T) -> T:
        return options[self._draw(st.integers(0, len(options) - 1))]

    def present(self, default: bool) -> bool:
        return self._draw(_booleans)

    def text(self, default: str) -> str:
        return self._draw(_text) if self._draw(_booleans) else default

    def nullable(self, value: T) -> T | None:
        return None if self._draw(_booleans) else value

    def integer(self, default: int, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def stream_url(self, default: str) -> str:
        return self._draw(_stream_urls)

    def parameters(self, default: dict[str, str]) -> dict[str, str]:
        drawn: dict[str, str] = self._draw(_parameters)
        return drawn


def _drawn(draw: st.DrawFn, value: Any) -> Any:
    return draw(value) if isinstance(value, st.SearchStrategy) else value


def payloads(
    target: Factory[Any] | type[WireModel],
    /,
    *,
    extra: Mapping[str, Any] | st.SearchStrategy[Mapping[str, Any]] | None = None,
    **overrides: Any,
) -> st.SearchStrategy[dict[str, Any]]:
    """Wire payloads of a factory, or of the model a factory builds (``FACTORIES[model]``).

    Overrides (and ``extra``) are as for the factory; each may also be a strategy, drawn
    from for every payload.  Unknown override names fail here, not in the test.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(payloads(signalwire.Stream, status="stopped"))
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert signalwire.Stream.from_json(payload, strict=True).status == "stopped"
    >>> test()
    """
    factory = target if isinstance(target, Factory) else FACTORIES.get(target)
    if factory is None:
        raise TypeError(f"there is no factory of {target!r} payloads (see FACTORIES)")
    factory.payload(values_for(None), dict.fromkeys(overrides, ABSENT), None)  # check names

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        values = _Drawn(draw)
        given = {name: _drawn(draw, value) for name, value in overrides.items()}
        return factory.payload(values, given, _drawn(draw, extra))

    return build()


def media_stream_started(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """``mediaStreamStarted`` payloads (as :func:`voice_webhooks.testing.media_stream_started`).

    >>> from hypothesis import given, settings
    >>> @given(media_stream_started(call_id="c-1"))
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert payload["callId"] == "c-1" and payload["callUrl"].endswith("/c-1")
    >>> test()
    """
    return payloads(_bandwidth.media_stream_started, **overrides)


def media_stream_rejected(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """``mediaStreamRejected`` payloads, every ``cause``; ``originalMediaStream`` with
    ``duplicate`` only.

    >>> from hypothesis import given, settings
    >>> @given(media_stream_rejected())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert ("originalMediaStream" in payload) == (payload["cause"] == "duplicate")
    >>> test()
    """
    return payloads(_bandwidth.media_stream_rejected, **overrides)


def media_stream_stopped(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """``mediaStreamStopped`` payloads, every ``cause``, durations from zero to days.

    >>> from hypothesis import given, settings
    >>> @given(media_stream_stopped(cause="error"))
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert "errorMessage" in payload
    >>> test()
    """
    return payloads(_bandwidth.media_stream_stopped, **overrides)


def recording_available(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """``recordingAvailable`` payloads, mono and stereo, every format and status.

    >>> from hypothesis import given, settings
    >>> @given(recording_available(channels=2))
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert payload["channels"] == 2
    >>> test()
    """
    return payloads(_bandwidth.recording_available, **overrides)


def unknown_event(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Events of a type this version does not model (lenient parsing keeps them whole).

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import bandwidth
    >>> @given(unknown_event())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert isinstance(bandwidth.parse_event(payload), bandwidth.UnknownEvent)
    >>> test()
    """
    return payloads(_bandwidth.unknown_event, **overrides)


def bandwidth_events(*, unknown: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Any Bandwidth event this version models; with ``unknown=True``, unknown ones too.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import bandwidth
    >>> @given(bandwidth_events())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert payload["eventType"] in bandwidth.EVENT_TYPES
    >>> test()
    """
    known = [payloads(model) for model in dict.fromkeys(EVENT_TYPES.values())]
    return st.one_of(*known, *([unknown_event()] if unknown else []))


def create_stream_request(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Create Stream request forms: ``wss://`` and relative URLs, every track and method,
    zero to 99 custom parameters of any text, a name sometimes repeated.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(create_stream_request())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     request = signalwire.CreateStreamRequest.from_form(form, strict=True)
    ...     assert request.to_form() == form
    >>> test()
    """
    return payloads(_signalwire.create_stream_request, **overrides)


def update_stream_request(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Update Stream request forms (``Status=stopped``).

    >>> from hypothesis import given, settings
    >>> @given(update_stream_request())
    ... @settings(max_examples=5)
    ... def test(form):
    ...     assert form == {"Status": "stopped"}
    >>> test()
    """
    return payloads(_signalwire.update_stream_request, **overrides)


def stream_response(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Create/Update Stream responses (``signalwire.Stream``): call and conference streams,
    every status, ``name`` null or text, ``error_code`` absent, ``"null"`` or a code.

    >>> from hypothesis import given, settings
    >>> @given(stream_response())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert payload["uri"].endswith(payload["sid"] + ".json")
    >>> test()
    """
    return payloads(_signalwire.stream_response, **overrides)


def error_response(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Compatibility API error bodies, HTTP statuses 400 to 599.

    >>> from hypothesis import given, settings
    >>> @given(error_response())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert 400 <= payload["status"] <= 599
    >>> test()
    """
    return payloads(_signalwire.error_response, **overrides)


def stream_status_callback(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Stream status callback forms: every event, every ``StreamError`` with ``stream-error``.

    >>> from hypothesis import given, settings
    >>> @given(stream_status_callback())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     assert ("StreamError" in form) == (form["StreamEvent"] == "stream-error")
    >>> test()
    """
    return payloads(_signalwire.stream_status_callback, **overrides)


def bandwidth_stream_messages(*, unknown: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Any WebSocket message Bandwidth sends on a stream (``start``, ``media``, ``stop``); with
    ``unknown=True``, messages of unknown types too.  Each message on its own: for whole
    streams, see :func:`voice_webhooks.testing.bandwidth_stream_frames`.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import bandwidth
    >>> @given(bandwidth_stream_messages())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     message = bandwidth.parse_stream_message(payload, strict=True)
    ...     assert message.to_dict() == payload
    >>> test()
    """
    kit = _bandwidth_streams
    known: list[Factory[Any]] = [
        kit.bandwidth_stream_start,
        kit.bandwidth_stream_media,
        kit.bandwidth_stream_stop,
    ]
    return _messages(known, kit.bandwidth_stream_unknown if unknown else None)


def signalwire_stream_messages(*, unknown: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Any WebSocket message SignalWire sends on a stream (``connected``, ``start``, ``media``,
    ``dtmf``, ``mark``, ``stop``); with ``unknown=True``, messages of unknown events too.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(signalwire_stream_messages())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     message = signalwire.parse_stream_message(payload, strict=True)
    ...     assert message.to_dict() == payload
    >>> test()
    """
    kit = _signalwire_streams
    known: list[Factory[Any]] = [
        kit.signalwire_stream_connected,
        kit.signalwire_stream_start,
        kit.signalwire_stream_media,
        kit.signalwire_stream_dtmf,
        kit.signalwire_stream_mark,
        kit.signalwire_stream_stop,
    ]
    return _messages(known, kit.signalwire_stream_unknown if unknown else None)


def _messages(
    known: list[Factory[Any]], unknown: Factory[Any] | None
) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(*(payloads(factory) for factory in (*known, *([unknown] if unknown else []))))


def create_conference_stream_request(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Create Conference Stream request forms: those of :func:`create_stream_request`, with
    every codec and real-time mode.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(create_conference_stream_request())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     request = signalwire.CreateConferenceStreamRequest.from_form(form, strict=True)
    ...     assert request.to_form() == form
    >>> test()
    """
    return payloads(_signalwire.create_conference_stream_request, **overrides)


def update_conference_stream_request(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Update Conference Stream request forms (``Status=stopped``).

    >>> from hypothesis import given, settings
    >>> @given(update_conference_stream_request())
    ... @settings(max_examples=5)
    ... def test(form):
    ...     assert form == {"Status": "stopped"}
    >>> test()
    """
    return payloads(_signalwire.update_conference_stream_request, **overrides)


def conference_stream_response(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Conference stream responses (``signalwire.ConferenceStream``): every status, ``name``
    null or text, ``date_created`` absent or at most ``date_updated``.

    >>> from hypothesis import given, settings
    >>> @given(conference_stream_response())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert f"/Conferences/{payload['conference_sid']}/" in payload["uri"]
    >>> test()
    """
    return payloads(_signalwire.conference_stream_response, **overrides)


def error_list_response(**overrides: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Validation error bodies of the conference stream requests: zero to three messages.

    >>> from hypothesis import given, settings
    >>> @given(error_list_response())
    ... @settings(max_examples=10)
    ... def test(payload):
    ...     assert len(payload["errors"]) <= 3
    >>> test()
    """
    return payloads(_signalwire.error_list_response, **overrides)


def call_status_callback(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Call status callback forms: every status and direction, each optional field present
    or absent, ``CallDuration`` with ``completed`` only.

    >>> from hypothesis import given, settings
    >>> @given(call_status_callback())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     assert "CallDuration" not in form or form["CallStatus"] == "completed"
    >>> test()
    """
    return payloads(_signalwire.call_status_callback, **overrides)


def recording_status_callback(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Recording status callback forms: every status and source, mono and stereo.

    >>> from hypothesis import given, settings
    >>> @given(recording_status_callback())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     assert form["RecordingUrl"].endswith("/Recordings/" + form["RecordingSid"])
    >>> test()
    """
    return payloads(_signalwire.recording_status_callback, **overrides)


def transcription_status_callback(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Transcription status callback forms: completed and failed, text of any kind.

    >>> from hypothesis import given, settings
    >>> @given(transcription_status_callback())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     assert form["TranscriptionStatus"] in ("completed", "failed")
    >>> test()
    """
    return payloads(_signalwire.transcription_status_callback, **overrides)


def unknown_callback(**overrides: Any) -> st.SearchStrategy[dict[str, str]]:
    """Status callbacks of a kind this version does not model (a conference's).

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(unknown_callback())
    ... @settings(max_examples=10)
    ... def test(form):
    ...     assert isinstance(signalwire.parse_callback(form), signalwire.UnknownCallback)
    >>> test()
    """
    return payloads(_signalwire.unknown_callback, **overrides)


def signalwire_callbacks(*, unknown: bool = False) -> st.SearchStrategy[dict[str, str]]:
    """Any SignalWire status callback :func:`~voice_webhooks.signalwire.parse_callback` knows:
    stream, call, recording and transcription; with ``unknown=True``, unknown ones too.

    >>> from hypothesis import given, settings
    >>> from voice_webhooks import signalwire
    >>> @given(signalwire_callbacks())
    ... @settings(max_examples=20)
    ... def test(form):
    ...     callback = signalwire.parse_callback(form, strict=True)
    ...     assert signalwire.parse_callback(callback.to_form(), strict=True) == callback
    >>> test()
    """
    known = [payloads(model) for model in CALLBACK_KINDS.values()]
    return st.one_of(*known, *([unknown_callback()] if unknown else []))
