"""Validation errors as users should see them: one per problem, by wire keys, bounded in size.

The package's types are unions inside: each field type of :mod:`voice_webhooks.types` tries
native schemas before its Python fallback, and the Bandwidth event union tries the known event
types before the unknown one.  Pydantic reports every branch a value failed, each under the
branch's label, and gives the whole offending value as the input (for a missing field: the
whole object, which may be a whole body).  This module makes that report clean:

* :func:`clean_lines` keeps one error per problem, located by wire keys only: the fallback's
  error for a value that failed both the native branches and the fallback;
* :func:`validation_error` rebuilds a :class:`~pydantic_core.ValidationError` of such errors
  whose inputs are previews (never a whole body), with bounded messages and locations and at
  most :data:`MAX_ERRORS` errors;
* :func:`with_clean_errors` makes a core schema report its failures that way wherever Pydantic
  runs it (a ``TypeAdapter``, a FastAPI body, a field of a user's model).  A valid value never
  leaves Rust: the cleaning runs only once validation has failed.

>>> from pydantic_core import ErrorDetails
>>> [(line["loc"], line["msg"]) for line in clean_lines([
...     ErrorDetails(type="string_pattern_mismatch", loc=("eventTime", NATIVE_BRANCH),
...                  msg="String should match pattern '...'", input="soon"),
...     ErrorDetails(type="datetime_parsing", loc=("eventTime", FALLBACK_BRANCH),
...                  msg="Input is not a recognizable date and time", input="soon"),
... ])]
[(('eventTime',), 'Input is not a recognizable date and time')]
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, NoReturn, cast

from pydantic import ValidationError
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError, core_schema

__all__ = [
    "FALLBACK_BRANCH",
    "MAX_ERRORS",
    "NATIVE_BRANCH",
    "Validated",
    "clean_lines",
    "fast_schema",
    "preview",
    "problem",
    "validation_error",
    "with_clean_errors",
]

# Labels of the branches of the fast-path/fallback unions in ``types.py``.  The native branch
# fails whenever the fallback is needed, so its errors are noise; the fallback's are the answer.
NATIVE_BRANCH: Final = "~native"
FALLBACK_BRANCH: Final = "~fallback"

MAX_ERRORS: Final = 20
"""The most errors one :func:`validation_error` holds; the last one then says how many more."""

_MAX_TEXT: Final = 100  # characters of an input preview or of a key in a location
_MAX_MESSAGE: Final = 300  # characters of a message or of a value in an error's context

_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxdict, _REPR.maxlist, _REPR.maxtuple = 2, 4, 4, 4
_REPR.maxstring, _REPR.maxother = 40, 40


def clean_lines(errors: Iterable[ErrorDetails], skip_leading: int = 0) -> list[ErrorDetails]:
    """One error per problem, located by wire keys only.

    Errors of a native branch are dropped (the fallback, tried after it, has the error that
    counts), the fallback labels are dropped from its errors' locations, and so are the first
    ``skip_leading`` parts of every location (the labels of an enclosing union).  An error
    repeated at the same place with the same message is kept once.
    """
    errors = list(errors)
    lines: list[ErrorDetails] = []
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    for err in errors:
        parts = err["loc"][skip_leading:]
        # The branch labels of a field's unions end its location (several, where one such
        # type holds another): an error inside a native branch is noise, a fallback's counts.
        end = len(parts)
        while end and parts[end - 1] in (NATIVE_BRANCH, FALLBACK_BRANCH):
            end -= 1
        if NATIVE_BRANCH in parts[end:]:
            continue
        parts = parts[:end]
        key = (parts, err["msg"])
        if key not in seen:
            seen.add(key)
            lines.append({**err, "loc": parts})
    if not lines and errors:  # only native-branch errors: should not happen, but never hide it
        lines.append({**errors[0], "loc": errors[0]["loc"][skip_leading:]})
    return lines


def validation_error(title: str, lines: Sequence[ErrorDetails]) -> ValidationError:
    """A :class:`~pydantic_core.ValidationError` of clean ``lines``, bounded in size.

    Inputs become previews (:func:`preview`), long keys in locations and long messages are
    cut, and past :data:`MAX_ERRORS` problems the last error says how many were left out.
    Pydantic's own error types keep their type, message and context (and documentation URL);
    the package's own ones keep their type and message.

    >>> from pydantic_core import ErrorDetails
    >>> error = validation_error("Example", [
    ...     ErrorDetails(type="missing", loc=("callId",), msg="Field required",
    ...                  input={"padding": "x" * 10_000}, url="https://errors.pydantic.dev")])
    >>> detail = error.errors(include_url=False)[0]
    >>> detail["loc"], detail["msg"], len(detail["input"]) <= 100
    (('callId',), 'Field required', True)
    """
    shown = list(lines)
    listed = shown[: MAX_ERRORS - (len(shown) > MAX_ERRORS)]
    more: list[InitErrorDetails] = []
    if len(shown) > MAX_ERRORS:
        left_out = {"count": len(shown) - len(listed)}
        words = "{count} more problems, not listed"
        summary = PydanticCustomError("too_many_errors", words, left_out)
        more.append(InitErrorDetails(type=summary, loc=(), input=None))
    try:
        return ValidationError.from_exception_data(title, [*map(_init_details, listed), *more])
    except (KeyError, TypeError, ValueError):  # a Pydantic error type it cannot rebuild
        return ValidationError.from_exception_data(title, [*map(_as_said, listed), *more])


def _loc(line: ErrorDetails) -> tuple[str | int, ...]:
    return tuple(part if isinstance(part, int) else _cut(part, _MAX_TEXT) for part in line["loc"])


def _as_said(line: ErrorDetails) -> InitErrorDetails:
    """An error of its type, in the words it was given (as the package's own errors are)."""
    message = _cut(line["msg"], _MAX_MESSAGE)
    custom = PydanticCustomError(line["type"], message)  # pyright: ignore[reportArgumentType]
    return InitErrorDetails(type=custom, loc=_loc(line), input=preview(line.get("input")))


def _init_details(line: ErrorDetails) -> InitErrorDetails:
    if "url" not in line:  # one of the package's own errors
        return _as_said(line)
    details = InitErrorDetails(type=line["type"], loc=_loc(line), input=preview(line.get("input")))
    if "ctx" in line:  # Pydantic's: rebuilt from its type and context, as Pydantic words it
        details["ctx"] = {key: _context_value(value) for key, value in line["ctx"].items()}
    return details


def problem(loc: Sequence[str | int], type_: str, msg: str, input_: Any) -> dict[str, Any]:
    """One problem as FastAPI's 422 lists it (``type``, ``loc``, ``msg``, ``input``), bounded
    as :func:`validation_error` bounds its errors.

    >>> problem(["body", "x" * 500], "missing", "Field required", None)["loc"][1][-5:]
    'xx...'
    """
    return {
        "type": type_,
        "loc": [part if isinstance(part, int) else _cut(part, _MAX_TEXT) for part in loc],
        "msg": _cut(msg, _MAX_MESSAGE),
        "input": preview(input_),
    }


def _context_value(value: Any) -> Any:
    if isinstance(value, BaseException):  # a ValueError raised by a validator: its words
        value = str(value)
    return _cut(value, _MAX_MESSAGE) if isinstance(value, str) else value


def preview(value: Any) -> Any:
    """A stand-in for an offending input that JSON can carry, of about 100 characters at most.

    Small values come back as they are; long text is cut, and a large object or array (a
    whole body, for a missing field) becomes the start of its ``repr``.

    >>> preview("x" * 1000)[-5:], preview([1, 2]), preview(float("nan"))
    ('xx...', [1, 2], 'nan')
    >>> preview({"mediaStream": {"tracks": ["inbound"] * 1000}})
    "{'mediaStream': {'tracks': [...]}}"
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _cut(value, _MAX_TEXT)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, int):
        return value if value.bit_length() <= 64 else f"<an integer of {value.bit_length()} bits>"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _cut(bytes(value[: _MAX_TEXT + 1]).decode("utf-8", "backslashreplace"), _MAX_TEXT)
    if isinstance(value, (dict, list, tuple)) and _fits(value, _MAX_TEXT) >= 0:
        return value
    try:
        text = _REPR.repr(value)
    except (RecursionError, ValueError):  # an integer too long for str(), or worse
        text = f"<{type(value).__name__}>"
    return _cut(text, _MAX_TEXT)


def _fits(value: Any, budget: int) -> int:
    """What is left of ``budget`` (characters) once ``value`` is written as JSON, or -1 when
    it does not fit or is not plain JSON (the walk stops as soon as it knows)."""
    if value is None or isinstance(value, bool):
        return budget - 5
    if isinstance(value, str):
        return budget - len(value) - 2 if len(value) < budget and _is_text(value) else -1
    if isinstance(value, float):
        return budget - 24 if math.isfinite(value) else -1
    if isinstance(value, int):
        return budget - 21 if value.bit_length() <= 64 else -1
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return -1
            budget = _fits(key, budget)
            budget = _fits(item, budget) if budget >= 0 else budget
            if budget < 0:
                return -1
        return budget - 2
    if isinstance(value, (list, tuple)):
        for item in value:
            budget = _fits(item, budget)
            if budget < 0:
                return -1
        return budget - 2
    return -1


def _is_text(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (no unpaired surrogates)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters long, and writable as UTF-8."""
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text if _is_text(text) else text.encode("utf-8", "backslashreplace").decode("utf-8")


# --------------------------------------------------------------------- clean errors in a schema


class Validated:
    """A base of every model of the package: what :func:`with_clean_errors` passes on.

    A plain class (no Pydantic in it), so that pydantic-core's check of it is a bare
    ``isinstance``.
    """

    __slots__ = ()


class _Failed:
    """What the cleaning branch of :func:`with_clean_errors` gives for a value that failed."""

    __slots__ = ("error",)

    def __init__(self, error: ValidationError) -> None:
        self.error = error


def _raise_failed(value: Any) -> NoReturn:
    if isinstance(value, _Failed):
        raise value.error
    raise TypeError(f"unexpected {type(value).__name__} after validation")  # a bug, if ever


def with_clean_errors(
    schema: core_schema.CoreSchema,
    clean: Callable[[list[ErrorDetails]], list[ErrorDetails]],
    *,
    title: str,
) -> core_schema.CoreSchema:
    """``schema``, whose values are all :class:`Validated`, reporting its failures as ``clean``
    selects them, bounded.

    The result is, in pydantic-core's terms,
    ``chain[union[schema, wrap(schema)], model(Validated)]``:

    * a valid value passes ``schema``, then the instance check, without leaving Rust;
    * a failing value goes on to the second branch of the union, the only Python on the way,
      which validates it again to catch the error, cleans it, and returns it in a box; the
      model step, whose class the box is not, hands the box to a function that raises the
      clean error.  It is a plain error of the validator (no union label on it), so an
      enclosing field or list puts its own location in front, as for any other error.

    The union alone could not do it: a union reports every branch's errors, each under the
    branch's label.  Serialization is by the value's own type (each model has its own).
    """

    def retry_cleanly(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError as exc:
            return _Failed(validation_error(title, clean(exc.errors())))

    retry = core_schema.no_info_wrap_validator_function(retry_cleanly, schema)
    passed = core_schema.model_schema(
        Validated,
        core_schema.no_info_plain_validator_function(_raise_failed),
        revalidate_instances="never",
        serialization=core_schema.simple_ser_schema("any"),
    )
    return core_schema.chain_schema(
        [core_schema.union_schema([(schema, title), (retry, title)], mode="left_to_right"), passed]
    )


def fast_schema(schema: core_schema.CoreSchema) -> core_schema.CoreSchema:
    """The schema :func:`with_clean_errors` was given (``schema`` itself if not from there),
    for the JSON Schema: the same with or without clean errors."""
    if schema["type"] == "chain":
        union = cast("dict[str, Any]", schema["steps"][0])
        if union["type"] == "union":
            first = union["choices"][0]
            return cast("core_schema.CoreSchema", first[0] if isinstance(first, tuple) else first)
    return schema
