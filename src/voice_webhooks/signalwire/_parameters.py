"""The custom parameters of a Create Stream request: ``Parameter1.Name``/``Parameter1.Value`` …

On the wire they are numbered pairs of form keys; in Python one ordered ``dict``.  Folding the
keys into the dict (on input) and spreading it back (on output) is all this module does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

__all__ = ["MAX_PARAMETERS", "fold_parameters", "parameter_fields"]

MAX_PARAMETERS: Final = 99
"""How many custom parameters a stream may carry (``Parameter1`` … ``Parameter99``)."""

PARAMETERS_FIELD: Final = "parameters"
_PARAMETER_KEY = re.compile(r"Parameter([0-9]+)\.(Name|Value)")
_NAME, _VALUE = "Name", "Value"


def _key(number: int, part: str) -> str:
    return f"Parameter{number}.{part}"


def parameter_fields(parameters: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """The wire keys and values of ``parameters``, numbered from 1 in order.

    >>> list(parameter_fields({"tenant": "42"}))
    [('Parameter1.Name', 'tenant'), ('Parameter1.Value', '42')]
    """
    for number, (name, value) in enumerate(parameters.items(), start=1):
        yield _key(number, _NAME), name
        yield _key(number, _VALUE), value


class _Problems:
    def __init__(self) -> None:
        self.details: list[InitErrorDetails] = []

    def add(self, key: str, kind: str, message: str, value: Any = None) -> None:
        self.details.append(
            InitErrorDetails(type=PydanticCustomError(kind, message), loc=(key,), input=value)  # pyright: ignore[reportArgumentType]
        )


def fold_parameters(data: Mapping[str, Any], *, title: str) -> Mapping[str, Any]:
    """``data`` with its ``ParameterN.Name``/``ParameterN.Value`` keys folded into one
    ``parameters`` dict, or ``data`` itself when it has none.

    Numbers run from 1 to at most 99 without gaps or leading zeros, every name has a value and
    every value a name, and no name repeats (a dict cannot hold it twice); anything else raises
    a :class:`~pydantic.ValidationError` located at the wire key concerned.

    >>> fold_parameters({"Url": "wss://a.example", "Parameter1.Name": "k",
    ...                  "Parameter1.Value": "v"}, title="example")
    {'Url': 'wss://a.example', 'parameters': {'k': 'v'}}
    """
    numbered: dict[int, dict[str, Any]] = {}
    rest: dict[str, Any] = {}
    problems = _Problems()
    for key, value in data.items():
        match = _PARAMETER_KEY.fullmatch(key) if key.startswith("Parameter") else None
        if match is None:
            rest[key] = value
            continue
        digits, part = match.groups()
        if digits.startswith("0"):
            problems.add(
                key,
                "parameter_number",
                "Parameters are numbered 1, 2, 3, … (no 0, no leading 0)",
                value,
            )
        elif len(digits) > len(str(MAX_PARAMETERS)) or int(digits) > MAX_PARAMETERS:
            problems.add(
                key,
                "parameter_limit",
                f"At most {MAX_PARAMETERS} custom parameters are allowed",
                value,
            )
        else:
            if not isinstance(value, str):
                problems.add(key, "string_type", "Input should be a valid string", value)
            numbered.setdefault(int(digits), {})[part] = value
    if not numbered and not problems.details:
        return data
    for other in (PARAMETERS_FIELD, "Parameters"):
        if other in rest:
            problems.add(
                other,
                "parameter_conflict",
                "Custom parameters given both as a mapping and as ParameterN keys",
                rest[other],
            )
    parameters: dict[str, str] = {}
    expected = 1
    for number in sorted(numbered):
        pair = numbered[number]
        if number != expected:
            missing = f"Parameter{expected}" + (
                f" to Parameter{number - 1} are" if number > expected + 1 else " is"
            )
            part = _NAME if _NAME in pair else _VALUE
            problems.add(
                _key(number, part),
                "parameter_gap",
                f"{missing} missing (parameters are numbered without gaps)",
                pair[part],
            )
        expected = number + 1
        if _NAME not in pair or _VALUE not in pair:
            present, absent = (_NAME, _VALUE) if _NAME in pair else (_VALUE, _NAME)
            problems.add(
                _key(number, absent),
                "missing",
                f"Field required (Parameter{number}.{present} is given without it)",
            )
            continue
        name = pair[_NAME]
        if not isinstance(name, str):
            continue  # reported as a string_type problem above
        if name in parameters:
            problems.add(
                _key(number, _NAME),
                "parameter_duplicate_name",
                "A parameter of this name is already given",
                name,
            )
            continue
        parameters[name] = pair[_VALUE]
    if problems.details:
        raise ValidationError.from_exception_data(title, problems.details)
    return {**rest, PARAMETERS_FIELD: parameters}
