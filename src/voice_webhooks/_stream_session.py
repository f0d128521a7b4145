"""One WebSocket connection of a media stream, followed frame by frame.

A provider subclass (``bandwidth.StreamSession``, ``signalwire.StreamSession``) says how to read
its messages; the rules live here, once:

* the connection's story is ``start``, media (and the other messages), ``stop``: a frame
  before ``start`` (other than SignalWire's ``connected``), a second ``start``, a frame after
  ``stop``, media for a track ``start`` did not announce and a message of another stream are
  refused with :class:`StreamProtocolError`, and leave the session as it was;
* the counters (``sequenceNumber`` across the connection, and per track ``chunk`` and
  ``timestamp``) are followed, and every gap, repeat or late arrival is recorded as a
  :class:`StreamProblem` in :attr:`StreamSession.problems` (the frame is still accepted: the
  audio is real, only its order is off).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Generic, Literal, TypeVar

from ._errors import ErrorDetail, PayloadError
from ._wire import DEFAULT_MAX_BYTES, Body, WireModel
from .audio import AudioFormat

__all__ = ["Counter", "StreamProblem", "StreamProtocolError", "StreamSession"]

M = TypeVar("M", bound=WireModel)

ProblemKind = Literal["gap", "repeated", "out_of_order"]
_MAX_MISSING: Final = 256  # gaps remembered per counter, to tell a late frame from a repeat


@dataclass(frozen=True)
class StreamProblem:
    """A frame whose counter is not the next one expected.

    ``kind`` is ``gap`` (frames were skipped: ``got`` is beyond ``expected``), ``repeated`` (a
    frame with a number already received) or ``out_of_order`` (a frame of a gap, arriving
    after later ones).

    >>> from voice_webhooks.signalwire import StreamSession
    >>> from voice_webhooks.testing import signalwire_stream_frames
    >>> frames = signalwire_stream_frames(b"\\xff" * 480)  # connected, start, 3 media, stop
    >>> session = StreamSession()
    >>> for frame in frames[:3] + frames[4:]:  # the second media frame never arrives
    ...     _ = session.feed(frame)
    >>> [(p.kind, p.field, p.expected, p.got) for p in session.problems]
    [('gap', 'sequenceNumber', 3, 4), ('gap', 'media.chunk', 2, 3),
     ('gap', 'media.timestamp', 20, 40)]
    >>> print(session.problems[0])
    frame 3: sequenceNumber skipped from 3 to 4
    """

    kind: ProblemKind
    """``gap``, ``repeated`` or ``out_of_order``."""
    field: str
    """The counter, by wire path: ``sequenceNumber``, ``media.chunk``, ``media.timestamp``."""
    track: str | None
    """The track the counter belongs to (``None`` for the connection's ``sequenceNumber``)."""
    expected: int
    """The value that was due."""
    got: int
    """The value that arrived."""
    frame: int
    """Where the frame came in the connection (0 for the first frame fed)."""

    def __str__(self) -> str:
        where = f"frame {self.frame}: {self.field}" + (f" of {self.track}" if self.track else "")
        if self.kind == "gap":
            return f"{where} skipped from {self.expected} to {self.got}"
        if self.kind == "repeated":
            return f"{where} {self.got} repeated (expected {self.expected})"
        return f"{where} {self.got} arrived out of order (expected {self.expected})"


class StreamProtocolError(PayloadError):
    """A frame that has no place in its connection: before ``start``, after ``stop``, a second
    ``start``, media of a track that was not announced, or a message of another stream.

    A :class:`~voice_webhooks.PayloadError` (so ``except PayloadError`` catches it too); its
    ``errors()`` name the field by wire path and the problem by type (``frame_after_stop``,
    ``track_not_announced``, …).

    >>> from voice_webhooks import bandwidth
    >>> from voice_webhooks.testing import bandwidth_stream_frames
    >>> session = bandwidth.StreamSession()
    >>> for frame in bandwidth_stream_frames(b"\\xff" * 160):
    ...     _ = session.feed(frame)
    >>> session.feed(bandwidth_stream_frames(b"\\xff" * 160)[1])
    Traceback (most recent call last):
        ...
    voice_webhooks...StreamProtocolError: invalid Bandwidth stream: eventType: A frame after ...
    """


class Counter:
    """One counter of a stream: which value is due next, and the gaps seen so far.

    >>> counter = Counter()
    >>> [counter.observe(n, 1) for n in (1, 2, 4, 3, 3)]
    [None, None, ('gap', 3), ('out_of_order', 5), ('repeated', 5)]
    """

    __slots__ = ("_missing", "_next", "_tolerance")

    def __init__(self, tolerance: float = 0) -> None:
        self._next: float | None = None
        self._missing: list[tuple[float, float]] = []
        self._tolerance = tolerance

    def observe(self, got: int, advance: float) -> tuple[ProblemKind, int] | None:
        """Take ``got``, which covers ``advance`` (1 for a count, a duration for a clock); the
        problem with it and the value that was due, or ``None`` when it was the one due."""
        due = self._next
        if due is None or abs(got - due) <= self._tolerance:
            self._next = got + advance
            return None
        expected = round(due)
        if got > due:
            self._missing.append((due, float(got)))
            del self._missing[:-_MAX_MISSING]
            self._next = got + advance
            return "gap", expected
        for index, (low, high) in enumerate(self._missing):
            if low - self._tolerance <= got < high:
                del self._missing[index]
                return "out_of_order", expected
        return "repeated", expected


class StreamSession(Generic[M]):
    """The state of one stream connection, fed every frame in order (see the module docs).

    Subclasses implement the ``_`` hooks for their provider's messages.
    """

    _subject: ClassVar[str] = "stream"
    _tag: ClassVar[str] = ""

    def __init__(
        self,
        *,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
        timestamp_tolerance_ms: float = 1,
    ) -> None:
        self.strict = strict
        """Whether frames are parsed in strict mode."""
        self.max_bytes = max_bytes
        """The size cap of a frame."""
        self.timestamp_tolerance_ms = timestamp_tolerance_ms
        """How far (ms) a timestamp may stray from the one its track's audio makes due."""
        self.problems: list[StreamProblem] = []
        """Every gap, repeat and late arrival seen so far, in order."""
        self.frames = 0
        """How many frames were accepted."""
        self._start: M | None = None
        self._stop: M | None = None
        self._formats: dict[str, AudioFormat | None] = {}
        self._counters: dict[tuple[str, str | None], Counter] = {}

    # -- feeding -------------------------------------------------------------------------------

    def feed(self, frame: Body | M) -> M:
        """Take the next frame of the connection (text, bytes, a decoded mapping, or a message
        already parsed); return its message.

        Raises :class:`~voice_webhooks.PayloadError` for a frame that does not parse and
        :class:`StreamProtocolError` for one that has no place in the connection; either way
        the session is left as it was.
        """
        message: M = frame if isinstance(frame, WireModel) else self._parse(frame)
        kind = self._kind(message)
        if self._stop is not None:
            self._refuse(self._tag, "frame_after_stop", "A frame after the stream's stop message")
        if kind == "start":
            if self._start is not None:
                self._refuse(self._tag, "start_repeated", "A second start message")
            self._formats = dict(self._announced(message))
            self._start = message
        elif self._start is None:
            if kind != "before_start":
                self._refuse(self._tag, "frame_before_start", "A frame before the start message")
        else:
            self._check_stream(message)
            if kind == "media":
                self._check_track(message)
        if self._start is not None:
            self._count(message)
        if kind == "stop":
            self._stop = message
        self.frames += 1
        return message

    def _refuse(self, path: str, kind: str, msg: str, value: Any = None) -> None:
        detail = ErrorDetail(path=path, type=kind, msg=msg, input=value)
        raise StreamProtocolError([detail], subject=self._subject)

    def _check_track(self, message: M) -> None:
        track, path = self._track(message)
        if track not in self._formats:
            announced = ", ".join(self._formats) or "none"
            self._refuse(
                path, "track_not_announced",
                f"Media of track {track!r}, which the start message did not announce "
                f"(announced: {announced})",
                track,
            )  # fmt: skip

    def _check_stream(self, message: M) -> None:
        got, path = self._stream_of(message)
        if got is not None and got != self.stream_id:
            self._refuse(
                path, "stream_mismatch",
                f"A message of stream {got!r} on the connection of stream {self.stream_id!r}",
                got,
            )  # fmt: skip

    def _count(self, message: M) -> None:
        for field, track, value, advance in self._counts(message):
            tolerance = self.timestamp_tolerance_ms if advance != 1 else 0
            counter = self._counters.get((field, track))
            if counter is None:
                counter = self._counters[field, track] = Counter(tolerance)
            problem = counter.observe(value, advance)
            if problem is not None:
                kind, expected = problem
                self.problems.append(
                    StreamProblem(kind, field, track, expected, value, self.frames)
                )

    # -- what the connection knows -------------------------------------------------------------

    @property
    def started(self) -> bool:
        """Whether the ``start`` message has arrived."""
        return self._start is not None

    @property
    def stopped(self) -> bool:
        """Whether the ``stop`` message has arrived (every later frame is refused)."""
        return self._stop is not None

    @property
    def start(self) -> M | None:
        """The ``start`` message (``None`` before it arrives)."""
        return self._start

    @property
    def tracks(self) -> list[str]:
        """The tracks ``start`` announced, by name (empty before it)."""
        return list(self._formats)

    @property
    def media_formats(self) -> Mapping[str, AudioFormat | None]:
        """The format of each announced track (``None``: an encoding this version does not
        know)."""
        return dict(self._formats)

    @property
    def media_format(self) -> AudioFormat | None:
        """The format of the first announced track (``None`` before ``start``)."""
        return next(iter(self._formats.values()), None)

    @property
    def stream_id(self) -> str | None:
        """The stream's id (``None`` before ``start``)."""
        return None if self._start is None else self._ids(self._start)[0]

    @property
    def call_id(self) -> str | None:
        """The id of the streamed call (``None`` before ``start``)."""
        return None if self._start is None else self._ids(self._start)[1]

    @property
    def account_id(self) -> str | None:
        """The account of the call (``None`` before ``start``)."""
        return None if self._start is None else self._ids(self._start)[2]

    @property
    def custom_parameters(self) -> dict[str, str]:
        """The parameters given to the stream when it was started (empty when none)."""
        return {} if self._start is None else dict(self._parameters(self._start))

    # -- the provider's hooks ------------------------------------------------------------------

    def _parse(self, frame: Body) -> M:
        raise NotImplementedError

    def _kind(self, message: M) -> Literal["start", "media", "stop", "before_start", "other"]:
        """What the message is to the session (``before_start``: allowed before ``start``)."""
        raise NotImplementedError

    def _announced(self, start: M) -> Mapping[str, AudioFormat | None]:
        """The tracks a ``start`` message announces, with their formats."""
        raise NotImplementedError

    def _ids(self, start: M) -> tuple[str, str, str]:
        """The stream, call and account ids of a ``start`` message."""
        raise NotImplementedError

    def _parameters(self, start: M) -> Mapping[str, str]:
        raise NotImplementedError

    def _track(self, media: M) -> tuple[str, str]:
        """A media message's track, and the wire path of the field that names it."""
        raise NotImplementedError

    def _stream_of(self, message: M) -> tuple[str | None, str]:
        """The stream a message names (``None``: it names none), and the field's wire path."""
        raise NotImplementedError

    def _counts(self, message: M) -> list[tuple[str, str | None, int, float]]:
        """The counters a message carries: (wire path, track or ``None``, value, how far the
        message advances it)."""
        raise NotImplementedError

    def _format_of(self, track: str) -> AudioFormat | None:
        return self._formats.get(track)
