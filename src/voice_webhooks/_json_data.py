"""What JSON can carry: the check that keeps ``to_json`` able to write back what was parsed.

Models keep what they are given, so a value that JSON cannot carry would break the round trip:
``NaN``, ``Infinity`` and numbers beyond the float range (``1e400`` parses as infinity) would be
written as ``null``; a string with an unpaired surrogate (which Python's ``json.loads`` makes
of ``"\\ud800"``) or a mapping nested deeper than any JSON body could not be written at all; an
integer too long for ``str()`` could not even be shown in an error message.  JSON bodies are
mostly safe by construction (the parser refuses all but the non-finite numbers); decoded
mappings are checked whole before validation, and unknown fields are typed :data:`JsonData`.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(JsonData).validate_python({"a": [1, 2.5, None]})
{'a': [1, 2.5, None]}
>>> find_problem([1, {"b": float("nan")}])[:2]
([1, 'b'], 'finite_number')
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from ._errors import wire_path

__all__ = ["MAX_DEPTH", "JsonData", "find_problem"]

MAX_DEPTH: Final = 200
"""How deeply arrays and objects may nest in a decoded body or an unknown field's value: what
JSON bodies allow (pydantic-core's JSON parser stops at the same depth)."""

_BITS_PER_DIGIT: Final = math.log2(10)

Problem = tuple[list[str | int], str, str, Any]
"""Where (path parts), what kind, what is wrong, and the offending value."""


def _too_long_for_text(value: int) -> bool:
    """Whether ``value`` has more digits than ``str()`` takes (Python's int/str digit limit):
    a bit-length comparison decides all but the integers within a bit of the limit, which are
    compared with the limit itself."""
    digits = sys.get_int_max_str_digits()
    if not digits or value.bit_length() <= digits * _BITS_PER_DIGIT:
        return False
    limit: int = 10**digits
    return abs(value) >= limit


def _scalar_problem(value: Any) -> tuple[str, str] | None:
    if isinstance(value, str):
        if value.isascii():
            return None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "string_unicode", "String holds an unpaired surrogate: it is not Unicode text"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return (
            "finite_number",
            "Number is not finite: NaN, Infinity and numbers beyond the float range are not JSON",
        )
    if isinstance(value, int) and _too_long_for_text(value):
        return "number_too_large", "Integer has more digits than Python converts to text"
    return None


def find_problem(value: Any, depth: int = 0) -> Problem | None:
    """The first thing in ``value`` that JSON output could not carry, or ``None``."""
    if isinstance(value, Mapping):
        items: Any = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        found = _scalar_problem(value)
        return None if found is None else ([], *found, value)
    if depth >= MAX_DEPTH:
        return [], "recursion", f"Value is nested too deeply (over {MAX_DEPTH} levels)", None
    for key, item in items:
        if isinstance(key, str) and not key.isascii() and _scalar_problem(key) is not None:
            return [], "string_unicode", "A key holds an unpaired surrogate", key
        if type(item) is str and item.isascii():
            continue
        problem = find_problem(item, depth + 1)
        if problem is not None:
            path, kind, message, offending = problem
            if kind == "recursion" and depth:  # named by its outermost key, not 200 of them
                return problem
            return [key, *path], kind, message, offending
    return None


def _json_data(value: Any) -> Any:
    if type(value) is str and value.isascii():
        return value
    problem = find_problem(value)
    if problem is not None:
        path, kind, message, _ = problem
        where = f" (at {wire_path(path)})" if path else ""
        raise PydanticCustomError(kind, message + "{where}", {"where": where})  # pyright: ignore[reportArgumentType]
    return value


JsonData = Annotated[Any, AfterValidator(_json_data)]
"""Any value, as long as JSON can carry it (see :func:`find_problem`)."""
