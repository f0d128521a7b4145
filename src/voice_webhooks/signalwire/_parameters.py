"""The custom parameters of a stream request: ``Parameter1.Name``/``Parameter1.Value`` …

On the wire they are numbered pairs of form keys, and a name may come more than once
(SignalWire's own API spec sends ``Parameter1.Name=FirstName`` and ``Parameter2.Name=FirstName``).
In Python they are one :class:`Parameters`: a ``dict`` by name, which also keeps every pair in
order.  Folding the keys into it (on input) and spreading it back (on output) is what this module
does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, NoReturn, cast

from pydantic import GetCoreSchemaHandler, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError, core_schema

__all__ = [
    "MAX_PARAMETERS",
    "Parameters",
    "ParametersSchema",
    "fold_parameters",
    "parameter_fields",
]

MAX_PARAMETERS: Final = 99
"""How many custom parameters a stream may carry (``Parameter1`` … ``Parameter99``)."""

PARAMETERS_FIELD: Final = "parameters"
_PARAMETER_KEY = re.compile(r"Parameter([0-9]+)\.(Name|Value)")
_NAME, _VALUE = "Name", "Value"


class Parameters(dict[str, str]):
    """Custom stream parameters: a read-only ``dict`` by name that keeps every pair in order.

    A name sent more than once is kept every time in :attr:`pairs` (and on the wire); the
    mapping holds its last value, as a JSON object with that key repeated reads.  With unique
    names it is the plain ``dict`` of the parameters.  Build one from a mapping, or from pairs
    to repeat a name.

    >>> params = Parameters([("FirstName", "Jane"), ("FirstName", "Joe")])
    >>> params["FirstName"], params.pairs
    ('Joe', (('FirstName', 'Jane'), ('FirstName', 'Joe')))
    >>> params.getall("FirstName")
    ['Jane', 'Joe']
    >>> Parameters({"tenant": "42"}) == {"tenant": "42"}
    True
    """

    __slots__ = ("_pairs",)
    _pairs: tuple[tuple[str, str], ...]

    def __init__(self, pairs: Mapping[str, str] | Iterable[tuple[str, str]] = (), /) -> None:
        given: Iterable[object] = pairs.items() if isinstance(pairs, Mapping) else pairs
        items: list[tuple[str, str]] = []
        for item in given:
            if not (isinstance(item, (tuple, list)) and len(item) == 2):
                raise TypeError(f"parameters are (name, value) pairs, not {item!r}")
            name, value = item
            items.append(cast("tuple[str, str]", (name, value)))
        super().__init__(items)
        self._pairs = tuple(items)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """Every ``(name, value)`` pair, in order, a repeated name every time it comes."""
        return self._pairs

    def getall(self, name: str) -> list[str]:
        """Every value given to ``name``, in order (empty when there is none).

        >>> Parameters({"a": "1"}).getall("b")
        []
        """
        return [value for key, value in self._pairs if key == name]

    @property
    def has_repeats(self) -> bool:
        """Whether some name comes more than once (the mapping then shows only its last value)."""
        return len(self._pairs) != len(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Parameters):
            return self._pairs == other._pairs
        if isinstance(other, Mapping):
            return not self.has_repeats and dict(self) == dict(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __repr__(self) -> str:
        if self.has_repeats:
            return f"Parameters({list(self._pairs)!r})"
        return dict.__repr__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Parameters, (self._pairs,))

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("Parameters are read-only: build new ones, e.g. Parameters({**old, k: v})")

    __setitem__ = __delitem__ = _read_only
    clear = pop = popitem = setdefault = update = __ior__ = _read_only  # pyright: ignore[reportAssignmentType]


def parameter_fields(parameters: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """The wire keys and values of ``parameters``, numbered from 1 in order (every pair of a
    :class:`Parameters`, a repeated name included).

    >>> list(parameter_fields({"tenant": "42"}))
    [('Parameter1.Name', 'tenant'), ('Parameter1.Value', '42')]
    """
    pairs = parameters.pairs if isinstance(parameters, Parameters) else parameters.items()
    for number, (name, value) in enumerate(pairs, start=1):
        yield _key(number, _NAME), name
        yield _key(number, _VALUE), value


def _key(number: int, part: str) -> str:
    return f"Parameter{number}.{part}"


class _Problems:
    def __init__(self) -> None:
        self.details: list[InitErrorDetails] = []

    def add(self, key: str, kind: str, message: str, value: Any = None) -> None:
        self.details.append(
            InitErrorDetails(type=PydanticCustomError(kind, message), loc=(key,), input=value)  # pyright: ignore[reportArgumentType]
        )


def fold_parameters(data: Mapping[str, Any], *, title: str) -> Mapping[str, Any]:
    """``data`` with its ``ParameterN.Name``/``ParameterN.Value`` keys folded into one
    :class:`Parameters` under ``parameters``, or ``data`` itself when it has none.

    Numbers run from 1 to at most 99 without gaps or leading zeros, and every name has a value
    and every value a name; anything else raises a :class:`~pydantic.ValidationError` located
    at the wire key concerned.  A repeated name is kept, in order.

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
    pairs: list[tuple[str, str]] = []
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
        pairs.append((pair[_NAME], pair[_VALUE]))
    if problems.details:
        raise ValidationError.from_exception_data(title, problems.details)
    return {**rest, PARAMETERS_FIELD: Parameters(pairs)}


def _checked(value: Parameters) -> Parameters:
    if len(value.pairs) > MAX_PARAMETERS:
        raise PydanticCustomError(
            "too_long",
            "At most {max_length} custom parameters are allowed",
            {"max_length": MAX_PARAMETERS},
        )
    for name, text in value.pairs:
        if not (isinstance(name, str) and isinstance(text, str)):
            raise PydanticCustomError(
                "string_type", "Parameter names and values should be valid strings"
            )
    return value


class ParametersSchema:
    """The core schema of a custom-parameters field: a ``dict[str, str]`` of at most 99
    entries, given back as :class:`Parameters` (a :class:`Parameters` given is kept whole,
    its repeated names included)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        mapping = core_schema.dict_schema(
            core_schema.str_schema(), core_schema.str_schema(), max_length=MAX_PARAMETERS
        )

        def validate(value: Any, inner: core_schema.ValidatorFunctionWrapHandler) -> Parameters:
            if isinstance(value, Parameters):
                return _checked(value)
            return Parameters(inner(value))

        return core_schema.no_info_wrap_validator_function(validate, mapping)
