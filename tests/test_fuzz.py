"""Fuzzing in the suite (bounded): for any bytes, any JSON value, any form and any GET query,
every parse entry point, in both modes and every input shape, gives a model that round-trips or
a PayloadError, and warns about nothing; the request checks answer ``bool``.

The coverage-guided harness in ``fuzz/`` runs the same checks (``_parse_targets``) for as long
as you let it; this file keeps a small, fixed budget so the suite stays fast.
"""

from __future__ import annotations

import json
import os
import warnings
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from voice_webhooks import WireModel
from voice_webhooks._form import FormModel

from ._corpus_cases import corpus_files, decoded
from ._parse_targets import (
    PARSERS,
    Parser,
    check_everything,
    check_outcome,
    check_verifiers,
    models,
)

# A small budget in the suite; VOICE_WEBHOOKS_FUZZ_EXAMPLES=5000 for a longer hunt.
EXAMPLES = int(os.environ.get("VOICE_WEBHOOKS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text, unpaired surrogates and control characters included.
any_text = st.text(st.characters(exclude_categories=()), max_size=30)

WIRE_NAMES = sorted(
    {field.alias or name for model in models() for name, field in model.model_fields.items()}
)
CORPUS_BODIES = [body for path in corpus_files() if (body := decoded(path)) is not None]


def enum_values() -> list[str]:
    values: set[str] = set()
    for model in models():
        schema = json.dumps(model.model_json_schema())
        for fragment in schema.split('"enum": [')[1:]:
            values.update(json.loads("[" + fragment.split("]")[0] + "]"))
    return sorted(str(v) for v in values)


# Keys and text that reach deep: the models' own wire names, enum values, time-like strings.
keys = st.one_of(st.sampled_from(WIRE_NAMES), any_text)
texts = st.one_of(
    any_text,
    st.sampled_from(enum_values()),
    st.datetimes().map(lambda d: d.isoformat()),
    st.from_regex(r"-?P(\d+[WD])?(T(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?", fullmatch=True),
    st.from_regex(r"\d{4}-\d\d-\d\d[T -]\d\d:\d\d(:\d\d([.,]\d{1,12})?)?( ?[A-Za-z+-].{0,6})?"),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(),  # NaN and infinities included
    texts,
)


def _arrays_and_objects(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5)


json_values = st.recursive(
    scalars,
    _arrays_and_objects,
    max_leaves=20,
)
objects = st.dictionaries(keys, json_values, max_size=8)


@st.composite
def mutated_corpus_body(draw: st.DrawFn) -> dict[str, Any]:
    """A real body with some of its values replaced, removed, or joined by new keys."""
    body: dict[str, Any] = json.loads(json.dumps(draw(st.sampled_from(CORPUS_BODIES))))
    for _ in range(draw(st.integers(1, 4))):
        target = body
        while True:  # walk down into a nested object now and then
            nested = [k for k, v in target.items() if isinstance(v, dict)]
            if not nested or not draw(st.booleans()):
                break
            target = target[draw(st.sampled_from(nested))]
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "add" or not target:
            target[draw(keys)] = draw(json_values)
        elif action == "replace":
            target[draw(st.sampled_from(sorted(target)))] = draw(json_values)
        else:
            del target[draw(st.sampled_from(sorted(target)))]
    return body


def encode(value: Any) -> bytes:
    """JSON text as a sender might write it: NaN and Infinity as bare words."""
    return json.dumps(value, allow_nan=True, ensure_ascii=False).encode("utf-8", "surrogatepass")


def json_parsers() -> list[Any]:
    return [p for p in PARSERS if p.kind == "json"]


@FUZZ
@given(st.binary(max_size=300))
@example(b"")
@example(b'{"eventType": "x", "a": NaN}')
@example(b'{"eventType": {"a": 1}}')
@example(b'{"eventType": "x", "a": "\\ud800"}')
def test_any_bytes(data: bytes) -> None:
    check_everything(data)


@FUZZ
@given(st.one_of(json_values, objects, mutated_corpus_body()))
def test_any_json_value_as_text_and_as_a_decoded_mapping(value: Any) -> None:
    text = encode(value)
    shapes: list[Any] = [text]
    if isinstance(value, dict):
        shapes.append(value)  # what a framework's json.loads hands over: nan, surrogates and all
    for parser in json_parsers():
        for shape in shapes:
            check_outcome(parser, shape)


@FUZZ
@given(mutated_corpus_body())
def test_any_get_callback_query(value: dict[str, Any]) -> None:
    query = {
        k: v if isinstance(v, str) else json.dumps(v, allow_nan=True) for k, v in value.items()
    }
    for parser in PARSERS:
        if parser.takes_query:
            check_outcome(parser, query)


FORM_NAMES = sorted(
    {
        field.alias or name
        for model in models()
        if issubclass(model, FormModel)
        for name, field in model.model_fields.items()
    }
    | {"Parameter1.Name", "Parameter1.Value", "Parameter2.Name", "Parameter100.Value"}
)
form_keys = st.one_of(st.sampled_from(FORM_NAMES), any_text)
form_pairs = st.lists(st.tuples(form_keys, st.one_of(texts, any_text)), max_size=10)
raw_form = st.text(alphabet="%&=+;.0123456789ABCDEFabcdefStatusNameUrl\x00\xff\u00e9\ud800")


@FUZZ
@given(st.one_of(form_pairs.map(lambda pairs: _urlencoded(pairs)), raw_form))
def test_any_form_body(body: str) -> None:
    data = body.encode("utf-8", "surrogatepass")
    for parser in PARSERS:
        if parser.kind == "form":
            for shape in (body, data):
                check_outcome(parser, shape)
    check_verifiers(data)


@FUZZ
@given(st.dictionaries(form_keys, st.one_of(texts, any_text, st.integers()), max_size=8))
def test_any_form_mapping(mapping: dict[str, Any]) -> None:
    for parser in PARSERS:
        if parser.kind == "form":
            check_outcome(parser, mapping)


def _urlencoded(pairs: list[tuple[str, str]]) -> str:
    """Pairs percent-encoded as a sender would, unpaired surrogates passed through."""
    try:
        return urlencode(pairs)
    except UnicodeEncodeError:
        return "&".join(
            f"{quote(k, errors='surrogatepass')}={quote(v, errors='surrogatepass')}"
            for k, v in pairs
        )


class _Sample(WireModel):
    value: float = 0.0


def _lossy(body: Any, **_: Any) -> WireModel:
    return _Sample(value=0.5 if isinstance(body, bytes) else 1.5)  # not what the body says


def _raising(body: Any, **_: Any) -> WireModel:
    raise ValueError("not a PayloadError")


def _warning(body: Any, **_: Any) -> WireModel:
    warnings.warn("lenient parse", UserWarning, stacklevel=1)
    return _Sample()


@pytest.mark.parametrize(
    ("parse", "failure"),
    [(_lossy, AssertionError), (_raising, ValueError), (_warning, UserWarning)],
    ids=["loses a value", "raises another error", "warns"],
)
def test_the_rule_catches_what_it_is_for(parse: Any, failure: type[Exception]) -> None:
    parser = Parser("broken", "json", False, parse)
    with pytest.raises(failure):
        check_outcome(parser, b'{"value": 0.1}')
