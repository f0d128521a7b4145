"""Folding ``ParameterN.Name``/``ParameterN.Value`` keys into one ordered dict, and back."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from voice_webhooks.signalwire._parameters import (
    MAX_PARAMETERS,
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
