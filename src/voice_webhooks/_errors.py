"""The one exception type the package raises for bad input: :class:`PayloadError`."""

from __future__ import annotations

import contextlib
import reprlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypedDict

from pydantic import ValidationError
from pydantic_core import ErrorDetails as PydanticErrorDetails

from ._clean_errors import FALLBACK_BRANCH, NATIVE_BRANCH, clean_lines

__all__ = ["FALLBACK_BRANCH", "NATIVE_BRANCH", "ErrorDetail", "PayloadError"]

_MAX_INPUT_REPR = 60
_MAX_SHOWN = 300


class ErrorDetail(TypedDict):
    """One problem found in a payload: an item of :meth:`PayloadError.errors`.

    >>> from voice_webhooks import PayloadError, bandwidth
    >>> try:
    ...     bandwidth.parse_event('{"eventType": "mediaStreamStopped", "eventTime": "soon"}')
    ... except PayloadError as exc:
    ...     detail = exc.errors()[0]
    >>> detail["path"], detail["type"], detail["input"]
    ('eventTime', 'datetime_parsing', 'soon')
    """

    path: str
    """Where, as a wire path: ``mediaStream.tracks[1]``; empty for the body as a whole."""
    type: str
    """A stable machine-readable kind, such as ``missing`` or ``enum_unknown``."""
    msg: str
    """What is wrong, in words."""
    input: Any
    """The offending value as received (absent values are ``None``)."""


class PayloadError(ValueError):
    """A webhook body or API payload that cannot be turned into a model.

    Raised for every kind of bad input (not JSON, not an object, a missing or mistyped field, a
    value out of range, an unknown value in strict mode, a body over the size cap, invalid
    UTF-8, absurd nesting), never any other exception type.  The message names the offending
    field by its wire path and :meth:`errors` lists every problem found.

    >>> from voice_webhooks import PayloadError, bandwidth
    >>> try:
    ...     bandwidth.parse_event(b'{"eventType": "mediaStreamStopped"}')
    ... except PayloadError as exc:
    ...     print(exc.errors()[0]["path"], "-", exc.errors()[0]["msg"])
    eventTime - Field required
    """

    def __init__(
        self,
        errors: Sequence[ErrorDetail],
        *,
        subject: str = "payload",
        locations: Sequence[tuple[str | int, ...]] | None = None,
    ) -> None:
        if not errors:
            raise ValueError("PayloadError needs at least one error")
        if locations is not None and len(locations) != len(errors):
            raise ValueError("PayloadError needs one location per error")
        self._errors = [dict(e) for e in errors]
        self._locations = (
            [tuple(loc) for loc in locations]
            if locations is not None
            else [(e["path"],) if e["path"] else () for e in errors]
        )
        self.subject = subject
        super().__init__(_format(subject, errors))

    def errors(self) -> list[ErrorDetail]:
        """Every problem found, in the order found (a fresh list each call)."""
        return [ErrorDetail(**e) for e in self._errors]  # type: ignore[typeddict-item]

    @property
    def paths(self) -> list[str]:
        """The wire paths of the problems, in order."""
        return [str(e["path"]) for e in self._errors]

    @property
    def locations(self) -> list[tuple[str | int, ...]]:
        """The places of the problems, in order, as the parts of their wire paths: the form of
        a Pydantic (and FastAPI) error's ``loc``.

        >>> from voice_webhooks import PayloadError, bandwidth
        >>> try:
        ...     bandwidth.parse_event('{"eventType": "mediaStreamStopped", "mediaStream": []}')
        ... except PayloadError as exc:
        ...     print(exc.paths[-1], exc.locations[-1])
        mediaStream ('mediaStream',)
        """
        return list(self._locations)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._errors, self.subject, self._locations))

    @classmethod
    def single(
        cls, path: str, type_: str, msg: str, input_: Any = None, *, subject: str = "payload"
    ) -> PayloadError:
        """A :class:`PayloadError` holding one problem."""
        return cls([ErrorDetail(path=path, type=type_, msg=msg, input=input_)], subject=subject)


def _rebuild(
    errors: list[ErrorDetail], subject: str, locations: list[tuple[str | int, ...]] | None = None
) -> PayloadError:
    return PayloadError(errors, subject=subject, locations=locations)


def _short_repr(value: Any) -> str:
    if isinstance(value, (str, bytes, bytearray)):
        value = value[: _MAX_INPUT_REPR + 1]  # a 10 MB input need not be copied to show its start
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # nested deeper than repr goes; an int too long for str
        text = f"<{type(value).__name__}>"
        with contextlib.suppress(RecursionError, ValueError):
            text = reprlib.repr(value)
    return text if len(text) <= _MAX_INPUT_REPR else text[: _MAX_INPUT_REPR - 3] + "..."


def _shown(text: str) -> str:
    """``text`` fit for one line of the message: control characters escaped (a key or value
    from the body must not start a line of its own in a log), very long text cut."""
    text = text[: _MAX_SHOWN + 1]
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _format(subject: str, errors: Sequence[ErrorDetail]) -> str:
    lines = []
    for err in errors:
        where = _shown(err["path"]) or "(body)"
        line = f"{where}: {_shown(err['msg'])}"
        if err["type"] not in ("missing", "json_invalid", "body_too_large", "body_type"):
            line += f" [input: {_short_repr(err['input'])}]"
        lines.append(line)
    if len(lines) == 1:
        return f"invalid {subject}: {lines[0]}"
    return f"invalid {subject}, {len(lines)} problems:\n  " + "\n  ".join(lines)


def wire_path(loc: Iterable[str | int]) -> str:
    """``('mediaStream', 'tracks', 1)`` -> ``'mediaStream.tracks[1]'``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def from_validation_error(
    exc: ValidationError, *, subject: str, skip_leading: int = 0
) -> PayloadError:
    """Translate a Pydantic error into a :class:`PayloadError` with wire paths.

    ``skip_leading`` drops location parts that name a union member rather than a wire key
    (the event-type tag of the event union).
    """
    return from_error_list(
        exc.errors(include_url=False), subject=subject, skip_leading=skip_leading
    )


def from_error_list(
    errors: Sequence[PydanticErrorDetails],
    *,
    subject: str,
    skip_leading: int = 0,
    locate: Callable[[Sequence[str | int]], str] = wire_path,
) -> PayloadError:
    """:func:`from_validation_error` for a selection of a Pydantic error's ``errors()``;
    ``locate`` names a location (the JSON wire path by default; XML bodies name elements)."""
    details = []
    lines = clean_lines(errors, skip_leading)
    for err in lines:
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        details.append(
            ErrorDetail(
                path=locate(err["loc"]),
                type=err["type"],
                msg=msg,
                input=None if err["type"] == "missing" else err.get("input"),
            )
        )
    return PayloadError(details, subject=subject, locations=[err["loc"] for err in lines])
