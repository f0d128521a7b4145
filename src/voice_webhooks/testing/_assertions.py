"""``assert_valid``: a payload matches a model, or an AssertionError that says where and how."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, overload
from urllib.parse import parse_qsl

from .. import bandwidth
from .._errors import PayloadError
from .._form import FormModel
from .._wire import WireModel

__all__ = ["assert_valid"]

M = TypeVar("M", bound=WireModel)

_Parse = Callable[[Any, bool], Any]
_MAX_INPUT = 60
_MAX_LINES = 60


def _parser(model: object) -> tuple[str, _Parse, bool]:
    """The name, the parse function and the body kind (form or not) for ``model``."""
    if model is bandwidth.BandwidthEvent:
        return (
            "Bandwidth event",
            lambda body, strict: bandwidth.parse_event(body, strict=strict),
            False,
        )
    if isinstance(model, type) and issubclass(model, FormModel):
        form = model
        return model.__name__, lambda body, strict: form.from_form(body, strict=strict), True
    if isinstance(model, type) and issubclass(model, WireModel):
        json_model = model
        return model.__name__, lambda body, strict: json_model.from_json(body, strict=strict), False
    raise TypeError(
        "assert_valid() takes a model class of voice_webhooks or bandwidth.BandwidthEvent, "
        f"not {model!r}"
    )


def _decoded(payload: object, is_form: bool) -> object:
    """The payload as a mapping, for display; as it is if it cannot be decoded."""
    if isinstance(payload, Mapping):
        return dict(payload)
    try:
        text = payload.decode("utf-8") if isinstance(payload, (bytes, bytearray)) else payload
        if not isinstance(text, str):
            return payload
        return dict(parse_qsl(text, keep_blank_values=True)) if is_form else json.loads(text)
    except ValueError:
        return payload


def _wire(parsed: Any, is_form: bool) -> dict[str, Any]:
    return parsed.to_form() if is_form else parsed.to_dict()  # type: ignore[no-any-return]


def _values(parsed: WireModel) -> dict[str, Any]:
    """A model's values as they are in Python, by wire name (no serializer applied)."""
    given = {
        (field.alias or name): getattr(parsed, name)
        for name, field in type(parsed).model_fields.items()
        if name in parsed.model_fields_set
    }
    return given | parsed.wire_extra()


def _lines(value: object) -> list[str]:
    if isinstance(value, (dict, list)):
        text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=repr)
    else:
        text = repr(value)
    return text.splitlines()


def _diff(before: object, after: object, before_name: str, after_name: str) -> list[str]:
    diff = difflib.unified_diff(
        _lines(before), _lines(after), before_name, after_name, n=2, lineterm=""
    )
    return [f"  {line}" for line in diff]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_INPUT else text[: _MAX_INPUT - 3] + "..."


def _problems(exc: PayloadError) -> list[str]:
    lines = []
    for error in exc.errors():
        line = f"  {error['path'] or '(body)'}: {error['msg']}"
        if error["type"] != "missing":
            line += f" [input: {_short(error['input'])}]"
        lines.append(line)
    return lines


def _report(payload: object, name: str, parse: _Parse, is_form: bool, exc: PayloadError) -> str:
    count = len(exc.errors())
    lines = [
        f"payload is not a valid {name} (strict mode), "
        + ("1 problem:" if count == 1 else f"{count} problems:"),
        *_problems(exc),
        "",
    ]
    decoded = _decoded(payload, is_form)
    try:
        lenient = parse(payload, False)
    except PayloadError:
        lines.append("lenient parsing rejects it too; the payload:")
        shown = _lines(decoded)
        lines += [f"  {line}" for line in shown[:_MAX_LINES]]
        if len(shown) > _MAX_LINES:
            lines.append(f"  … ({len(shown) - _MAX_LINES} more lines)")
    else:
        diff = _diff(decoded, _wire(lenient, is_form), "payload", "parsed leniently")
        if diff:
            lines.append(
                "lenient parsing accepts it; the payload against what it reads (wire form):"
            )
            lines += diff
        else:
            lines.append("lenient parsing accepts it as it is: only strict mode objects")
    return "\n".join(lines)


@overload
def assert_valid(
    payload: bytes | str | Mapping[str, Any], model: type[M], *, strict: bool = True
) -> M: ...
@overload
def assert_valid(
    payload: bytes | str | Mapping[str, Any], model: object, *, strict: bool = True
) -> Any: ...
def assert_valid(
    payload: bytes | str | Mapping[str, Any], model: object, *, strict: bool = True
) -> Any:
    """Assert that ``payload`` is a valid wire body of ``model``; return the parsed model.

    ``model`` is a model class (``bandwidth.MediaStreamStopped``, ``signalwire.Stream``;
    form models read urlencoded text or a mapping of strings) or ``bandwidth.BandwidthEvent``
    for any Bandwidth event.  Strict by default, the mode for tests: unknown fields, unknown
    enum values and sloppy timestamps fail.  The parsed model must also survive its own wire
    form unchanged.  On failure the :class:`AssertionError` lists every problem by wire path
    and, when lenient parsing accepts the payload, diffs the payload against what it reads.

    >>> from voice_webhooks import bandwidth
    >>> from voice_webhooks.testing import media_stream_stopped
    >>> assert_valid(media_stream_stopped(), bandwidth.BandwidthEvent).cause.value
    'closed'
    >>> assert_valid(media_stream_stopped(event_time="2022-06-30T18:55:02.489"),
    ...              bandwidth.MediaStreamStopped)
    Traceback (most recent call last):
        ...
    AssertionError: payload is not a valid MediaStreamStopped (strict mode), 1 problem:
      eventTime: Timestamp has no time zone (strict mode only accepts RFC 3339 with a zone) ...
    <BLANKLINE>
    lenient parsing accepts it; the payload against what it reads (wire form):
      --- payload
      +++ parsed leniently
      ...
      -  "eventTime": "2022-06-30T18:55:02.489",
      +  "eventTime": "2022-06-30T18:55:02.489Z",
      ...
    """
    __tracebackhide__ = True
    name, parse, is_form = _parser(model)
    try:
        parsed = parse(payload, strict)
    except PayloadError as exc:
        raise AssertionError(_report(payload, name, parse, is_form, exc)) from None
    written = _wire(parsed, is_form)
    try:
        again = parse(written, strict)
    except PayloadError as exc:
        raise AssertionError(
            f"{name} does not read back its own wire form:\n" + "\n".join(_problems(exc))
        ) from None
    if again != parsed:
        raise AssertionError(
            "\n".join(
                [
                    f"{name} reads back its own wire form differently:",
                    *_diff(
                        _values(parsed), _values(again), "parsed", "read back from its wire form"
                    ),
                ]
            )
        )
    return parsed
