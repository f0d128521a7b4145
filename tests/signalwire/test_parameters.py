"""Folding ``ParameterN.Name``/``ParameterN.Value`` keys into one ordered dict, and back; a
name given more than once kept, in order, as :class:`~voice_webhooks.signalwire.Parameters`."""

from __future__ import annotations

import copy
import json
import operator
import pickle

import pytest
from pydantic import ValidationError

import voice_webhooks.signalwire as signalwire
from voice_webhooks.signalwire._parameters import (
    MAX_PARAMETERS,
    Parameters,
    fold_parameters,
    parameter_fields,
)


def test_fold_and_spread_are_inverse() -> None:
    parameters = {"b": "2", "a": "1", "": "", "x y": "é"}
    fields = dict(parameter_fields(parameters))
    folded = fold_parameters({"Url": "u", **fields}, title="t")
    assert folded == {"Url": "u", "parameters": parameters}
    assert list(folded["parameters"]) == list(parameters)


def test_data_without_parameters_is_returned_as_is() -> None:
    data = {"Url": "u", "parameters": {"a": "b"}}
    assert fold_parameters(data, title="t") is data


def test_key_order_on_input_does_not_matter() -> None:
    folded = fold_parameters(
        {
            "Parameter2.Value": "2",
            "Parameter1.Value": "1",
            "Parameter2.Name": "b",
            "Parameter1.Name": "a",
        },
        title="t",
    )
    assert list(folded["parameters"].items()) == [("a", "1"), ("b", "2")]


def test_problems_are_located_at_wire_keys() -> None:
    with pytest.raises(ValidationError) as caught:
        fold_parameters({"Parameter1.Name": "a", "Parameter3.Name": "b"}, title="t")
    locations = [e["loc"] for e in caught.value.errors()]
    assert locations == [("Parameter1.Value",), ("Parameter3.Name",), ("Parameter3.Value",)]


def test_gap_messages_name_the_missing_numbers() -> None:
    with pytest.raises(ValidationError) as caught:
        fold_parameters({"Parameter4.Name": "a", "Parameter4.Value": "b"}, title="t")
    assert "Parameter1 to Parameter3 are missing" in caught.value.errors()[0]["msg"]


def test_the_limit_is_ninety_nine() -> None:
    assert MAX_PARAMETERS == 99
    fields = dict(parameter_fields({str(i): "" for i in range(99)}))
    assert len(fold_parameters(fields, title="t")["parameters"]) == 99


# ----------------------------------------------------------- a name given more than once

REPEATED = (
    "Url=wss%3A%2F%2Fa.example&Parameter1.Name=FirstName&Parameter1.Value=Jane"
    "&Parameter2.Name=LastName&Parameter2.Value=Doe"
    "&Parameter3.Name=FirstName&Parameter3.Value=Joe"
)


@pytest.mark.parametrize(
    "model", [signalwire.CreateStreamRequest, signalwire.CreateConferenceStreamRequest]
)
@pytest.mark.parametrize("strict", [False, True])
def test_a_repeated_name_is_kept_in_order_in_both_modes(
    model: type[signalwire.CreateStreamRequest], strict: bool
) -> None:
    request = model.from_form(REPEATED, strict=strict)
    assert request.parameter_pairs == (
        ("FirstName", "Jane"),
        ("LastName", "Doe"),
        ("FirstName", "Joe"),
    )
    # The mapping: each name once, at its first place, with its last value.
    assert dict(request.parameters) == {"FirstName": "Joe", "LastName": "Doe"}
    assert list(request.parameters) == ["FirstName", "LastName"]
    assert request.parameters.getall("FirstName") == ["Jane", "Joe"]  # type: ignore[attr-defined]
    assert request.to_form_body() == REPEATED  # lossless, in order
    assert model.from_form(request.to_form(), strict=True) == request
    assert model.from_json(request.to_json(), strict=True) == request
    assert request != model.from_form(REPEATED.replace("Joe", "Jane"))


def test_unique_names_give_the_plain_mapping_as_before() -> None:
    request = signalwire.CreateStreamRequest(
        url="wss://a.example", parameters={"tenant": "42", "b": "2"}
    )
    assert request.parameters == {"tenant": "42", "b": "2"}
    assert isinstance(request.parameters, dict)
    assert repr(request.parameters) == "{'tenant': '42', 'b': '2'}"
    assert request.parameter_pairs == (("tenant", "42"), ("b", "2"))
    assert json.dumps(request.parameters) == '{"tenant": "42", "b": "2"}'
    assert request.model_dump(by_alias=False)["parameters"] == {"tenant": "42", "b": "2"}


def test_building_with_a_repeated_name() -> None:
    pairs = [("FirstName", "Jane"), ("FirstName", "Jane")]  # SignalWire's own API models
    request = signalwire.CreateStreamRequest(
        url="wss://a.example", parameters=signalwire.Parameters(pairs)
    )
    assert request.to_form() == {
        "Url": "wss://a.example",
        "Parameter1.Name": "FirstName",
        "Parameter1.Value": "Jane",
        "Parameter2.Name": "FirstName",
        "Parameter2.Value": "Jane",
    }
    assert request.parameter_pairs == tuple(pairs)
    assert signalwire.CreateStreamRequest.from_form(request.to_form_body()) == request


def test_parameters_compare_by_their_pairs() -> None:
    once = Parameters([("a", "2")])
    twice = Parameters([("a", "1"), ("a", "2")])
    assert once == {"a": "2"} == dict(twice)
    assert twice != once and twice != {"a": "2"}
    assert operator.ne({"a": "2"}, twice)  # a dict on the left: Parameters decides
    assert twice == Parameters([("a", "1"), ("a", "2")])
    assert twice != Parameters([("a", "2"), ("a", "1")])
    assert twice.has_repeats and not once.has_repeats
    assert twice != "a"


def test_parameters_are_read_only_and_copy_whole() -> None:
    params = Parameters([("a", "1"), ("a", "2")])
    for change in (
        lambda: params.__setitem__("b", "3"),
        lambda: params.__delitem__("a"),
        lambda: params.update(b="3"),
        lambda: params.pop("a"),
        lambda: params.popitem(),
        lambda: params.setdefault("b", "3"),
        lambda: params.clear(),
    ):
        with pytest.raises(TypeError):
            change()
    with pytest.raises(TypeError):
        hash(params)
    assert pickle.loads(pickle.dumps(params)).pairs == params.pairs
    assert copy.deepcopy(params) == params and copy.copy(params) == params
    assert {**params, "b": "3"} == {"a": "2", "b": "3"}  # a new, plain dict


def test_parameters_are_pairs_of_text() -> None:
    assert Parameters({"a": "1"}).pairs == (("a", "1"),)
    assert Parameters([["a", "1"]]).pairs == (("a", "1"),)  # type: ignore[list-item]
    for bad in (["ab"], [("a", "1", "x")], "ab"):
        with pytest.raises(TypeError):
            Parameters(bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        signalwire.CreateStreamRequest(
            url="wss://a.example",
            parameters=Parameters([("a", 1)]),  # type: ignore[list-item]
        )


def test_the_limit_counts_every_pair() -> None:
    pairs = [("same", str(i)) for i in range(MAX_PARAMETERS)]
    request = signalwire.CreateStreamRequest(url="wss://a.example", parameters=Parameters(pairs))
    assert len(request.parameter_pairs) == 99 and len(request.parameters) == 1
    with pytest.raises(ValidationError) as caught:
        signalwire.CreateStreamRequest(
            url="wss://a.example", parameters=Parameters([*pairs, ("same", "x")])
        )
    assert caught.value.errors()[0]["loc"] == ("parameters",)


def test_fold_keeps_a_repeated_name() -> None:
    fields = dict(parameter_fields(Parameters([("a", "1"), ("a", "2")])))
    assert fields == {
        "Parameter1.Name": "a",
        "Parameter1.Value": "1",
        "Parameter2.Name": "a",
        "Parameter2.Value": "2",
    }
    folded = fold_parameters(fields, title="t")["parameters"]
    assert isinstance(folded, Parameters) and folded.pairs == (("a", "1"), ("a", "2"))
