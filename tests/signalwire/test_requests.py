"""CreateStreamRequest and UpdateStreamRequest: construction, form round trips, every error."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError

from ._support import payload_error

Create = signalwire.CreateStreamRequest
Update = signalwire.UpdateStreamRequest


def _paths(body: object, *, strict: bool = False) -> list[str]:
    return payload_error(Create.from_form, body, strict=strict).paths


# ------------------------------------------------------------------------------ construction


def test_construct_with_python_names() -> None:
    req = Create(url="wss://ws.example/a", name="s1", track="both_tracks", parameters={"t": "42"})
    assert req.track is signalwire.Track.BOTH_TRACKS
    assert req.to_form() == {
        "Url": "wss://ws.example/a",
        "Name": "s1",
        "Track": "both_tracks",
        "Parameter1.Name": "t",
        "Parameter1.Value": "42",
    }
    assert Create.from_form(req.to_form()) == req
    assert Create.from_form(req.to_form_body()) == req
    assert Create.from_form(req.to_form_body().encode()) == req
    assert Create.from_json(req.to_json()) == req


def test_every_field_has_its_wire_name() -> None:
    req = Create(
        url="wss://ws.example/a",
        name="n",
        track="inbound_track",
        status_callback="https://cb.example/status",
        status_callback_method="GET",
        authorization_bearer_token="tok",
        parameters={"a": "1", "b": "2"},
    )
    assert list(req.to_form()) == [
        "Url",
        "Name",
        "Track",
        "StatusCallback",
        "StatusCallbackMethod",
        "AuthorizationBearerToken",
        "Parameter1.Name",
        "Parameter1.Value",
        "Parameter2.Name",
        "Parameter2.Value",
    ]
    assert Create.from_form(req.to_form(), strict=True) == req


def test_wire_names_are_accepted_in_python_too() -> None:
    assert Create(Url="wss://a.example") == Create(url="wss://a.example")  # type: ignore[call-arg]


def test_absent_fields_stay_absent_and_none_is_not_written() -> None:
    assert Create(url="wss://a.example").to_form() == {"Url": "wss://a.example"}
    assert Create(url="wss://a.example", name=None).to_form() == {"Url": "wss://a.example"}
    assert Create(url="wss://a.example", parameters={}).to_form() == {"Url": "wss://a.example"}


def test_models_are_frozen_and_compare_by_value() -> None:
    req = Create(url="wss://a.example", parameters={"a": "1"})
    with pytest.raises(ValidationError):
        req.url = "wss://b.example"  # type: ignore[misc]
    assert req == Create.from_form("Url=wss%3A%2F%2Fa.example&Parameter1.Name=a&Parameter1.Value=1")
    assert req != Create(url="wss://a.example", parameters={"a": "2"})


def test_parameter_order_is_kept() -> None:
    form = Create(url="wss://a.example", parameters={"z": "1", "a": "2"}).to_form()
    assert (form["Parameter1.Name"], form["Parameter2.Name"]) == ("z", "a")
    assert list(Create.from_form(form).parameters) == ["z", "a"]


def test_ninety_nine_parameters_fit() -> None:
    parameters = {f"n{i}": str(i) for i in range(99)}
    req = Create(url="wss://a.example", parameters=parameters)
    form = req.to_form()
    assert form["Parameter99.Name"] == "n98"
    assert Create.from_form(form, strict=True).parameters == parameters


def test_a_hundredth_parameter_is_refused_in_python() -> None:
    with pytest.raises(ValidationError) as caught:
        Create(url="wss://a.example", parameters={str(i): "" for i in range(100)})
    assert caught.value.errors()[0]["loc"] == ("parameters",)
    with pytest.raises(PayloadError) as payload:
        Create.from_json({"Url": "wss://a.example", "parameters": {str(i): "" for i in range(100)}})
    assert payload.value.paths == ["parameters"]


def test_json_schema_describes_the_wire_form() -> None:
    schema = Create.model_json_schema()
    assert "Parameters" not in schema["properties"]
    assert schema["required"] == ["Url"]
    assert list(schema["patternProperties"]) == [r"^Parameter([1-9]|[1-9][0-9])\.(Name|Value)$"]
    assert Update.model_json_schema()["required"] == ["Status"]


# ------------------------------------------------------------------------------------- Url


@pytest.mark.parametrize(
    "url",
    [
        "wss://your-application.com/audiostream",
        "WSS://host.example:8443/a?b=c#d",
        "wss://user:pw@host.example/",
        "wss://[::1]:443/x",
        "myUrl",
        "/relative/path",
        "relative/path?x=1",
        "//host.example/scheme-relative",
    ],
)
def test_wss_and_relative_urls_are_accepted(url: str) -> None:
    assert Create.from_form({"Url": url}, strict=True).url == url


@pytest.mark.parametrize(
    "url",
    [
        "ws://insecure.example/a",
        "http://host.example/a",
        "https://host.example/a",
        "ftp://host.example/a",
        "localhost:8080/a",
        "wss:/host.example",
        "wss://",
        "wss:///path",
        "wss://:443/path",
        "wss://[::1/path",
        "wss://host.example/a b",
        "wss://host.example/\ta",
        "",
    ],
)
def test_other_urls_are_refused(url: str) -> None:
    assert _paths({"Url": url}) == ["Url"]
    with pytest.raises(ValidationError):
        Create(url=url)


def test_missing_url_is_named() -> None:
    assert _paths("Name=x") == ["Url"]
    assert _paths(b"") == ["Url"]


# ----------------------------------------------------------------------- lenient and strict


def test_unknown_values_are_kept_leniently_and_refused_strictly() -> None:
    body = "Url=wss%3A%2F%2Fa.example&Track=sideways&StatusCallbackMethod=PUT"
    req = Create.from_form(body)
    assert (req.track, req.status_callback_method) == ("sideways", "PUT")
    assert req.to_form_body() == body
    assert _paths(body, strict=True) == ["Track", "StatusCallbackMethod"]


def test_unknown_keys_are_kept_leniently_and_refused_strictly() -> None:
    body = (
        "Url=wss%3A%2F%2Fa.example&Parameter1.Name=a&Parameter1.Value=b"
        "&Future=yes&Parameter1.Other=x"
    )
    req = Create.from_form(body)
    assert req.wire_extra() == {"Future": "yes", "Parameter1.Other": "x"}
    assert req.to_form()["Future"] == "yes"
    assert Create.from_form(req.to_form()) == req
    assert _paths(body, strict=True) == ["Future", "Parameter1.Other"]


def test_a_python_name_beside_its_wire_name_is_kept_not_dropped() -> None:
    req = Create.from_form({"Url": "wss://a.example", "url": "wss://b.example"})
    assert req.url == "wss://a.example" and req.wire_extra() == {"url": "wss://b.example"}
    assert _paths({"Url": "wss://a.example", "url": "wss://b.example"}, strict=True) == ["url"]


def test_extra_values_received_in_json_are_written_as_text() -> None:
    req = Create.from_json({"Url": "wss://a.example", "Count": 3, "Flag": True})
    assert req.to_form() == {"Url": "wss://a.example", "Count": "3", "Flag": "true"}


# ------------------------------------------------------------------------------ parameters


@pytest.mark.parametrize(
    ("body", "paths", "kind"),
    [
        ("Parameter2.Name=a&Parameter2.Value=b", ["Parameter2.Name"], "parameter_gap"),
        (
            "Parameter1.Name=a&Parameter1.Value=b&Parameter4.Value=c&Parameter4.Name=d",
            ["Parameter4.Name"],
            "parameter_gap",
        ),
        ("Parameter1.Name=a", ["Parameter1.Value"], "missing"),
        ("Parameter1.Value=a", ["Parameter1.Name"], "missing"),
        ("Parameter1.Name=a&Parameter1.Name=b", ["Parameter1.Name"], "duplicate_key"),
        (
            "Parameter100.Name=a&Parameter100.Value=b",
            ["Parameter100.Name", "Parameter100.Value"],
            "parameter_limit",
        ),
        (
            "Parameter123456789012345678901234567890.Name=a",
            ["Parameter123456789012345678901234567890.Name"],
            "parameter_limit",
        ),
        (
            "Parameter0.Name=a&Parameter0.Value=b",
            ["Parameter0.Name", "Parameter0.Value"],
            "parameter_number",
        ),
        ("Parameter01.Name=a", ["Parameter01.Name"], "parameter_number"),
    ],
)
def test_bad_parameter_numbering_is_named(body: str, paths: list[str], kind: str) -> None:
    form = "Url=wss%3A%2F%2Fa.example&" + body
    for strict in (False, True):
        with pytest.raises(PayloadError) as caught:
            Create.from_form(form, strict=strict)
        assert caught.value.paths == paths
        assert {e["type"] for e in caught.value.errors()} == {kind}


def test_every_parameter_problem_is_listed() -> None:
    paths = _paths(
        "Url=wss%3A%2F%2Fa.example&Parameter1.Name=a&Parameter3.Name=b&Parameter3.Value=c"
        "&Parameter100.Name=z"
    )
    assert paths == ["Parameter100.Name", "Parameter1.Value", "Parameter3.Name"]


def test_parameters_given_twice_are_refused() -> None:
    body = {
        "Url": "wss://a.example",
        "parameters": "x",
        "Parameter1.Name": "a",
        "Parameter1.Value": "b",
    }
    assert _paths(body) == ["parameters"]
    with pytest.raises(PayloadError) as caught:
        Create.from_json({**body, "Parameters": {"a": "b"}, "parameters": None})
    assert caught.value.paths == ["parameters", "Parameters"]


def test_non_text_parameter_values_are_refused_in_json() -> None:
    with pytest.raises(PayloadError) as caught:
        Create.from_json(
            '{"Url": "wss://a.example", "Parameter1.Name": "a", "Parameter1.Value": 1}'
        )
    assert caught.value.paths == ["Parameter1.Value"]


def test_unicode_digits_are_not_parameter_numbers() -> None:
    req = Create.from_form({"Url": "wss://a.example", "Parameter\u0661.Name": "a"})
    assert req.parameters == {} and req.wire_extra() == {"Parameter\u0661.Name": "a"}


# --------------------------------------------------------------------------- update request


def test_update_request() -> None:
    req = Update(status="stopped")
    assert req.status is signalwire.StreamUpdateStatus.STOPPED
    assert req.to_form() == {"Status": "stopped"} and req.to_form_body() == "Status=stopped"
    assert Update.from_form(b"Status=stopped", strict=True) == req
    assert Update.from_json(req.to_json()) == req


def test_update_request_errors() -> None:
    with pytest.raises(PayloadError) as caught:
        Update.from_form("")
    assert caught.value.paths == ["Status"]
    assert Update.from_form("Status=paused").status == "paused"
    with pytest.raises(PayloadError) as caught:
        Update.from_form("Status=paused", strict=True)
    assert caught.value.paths == ["Status"]
    assert caught.value.errors()[0]["type"] == "enum"  # a closed enum: what the user sends


# ------------------------------------------------------------------------------- properties

_TEXT = st.text(max_size=20)
_URLS = st.one_of(
    st.from_regex(r"\Awss://[a-z0-9.-]{1,20}(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]{0,20})?\Z"),
    st.from_regex(r"\A/?[A-Za-z0-9._~-]{1,10}(/[A-Za-z0-9._~%-]{0,10})*\Z"),
)
_EXTRA_KEYS = st.text(alphabet=string.ascii_letters, min_size=1, max_size=8).map(lambda k: "X" + k)


@st.composite
def create_requests(draw: st.DrawFn) -> signalwire.CreateStreamRequest:
    fields: dict[str, object] = {"url": draw(_URLS)}
    optional = {
        "name": _TEXT,
        "track": st.sampled_from([*signalwire.Track, "future_track"]),
        "status_callback": st.from_regex(
            r"\Ahttps?://[a-z0-9.-]{1,20}(/[A-Za-z0-9._~%/-]{0,20})?\Z"
        ),
        "status_callback_method": st.sampled_from([*signalwire.HttpMethod, "PUT"]),
        "authorization_bearer_token": _TEXT,
        "parameters": st.dictionaries(_TEXT, _TEXT, max_size=99),
    }
    for name, strategy in optional.items():
        if draw(st.booleans()):
            fields[name] = draw(strategy)
    fields.update(draw(st.dictionaries(_EXTRA_KEYS, _TEXT, max_size=3)))
    # As received (a proxy reading a user's request): unknown values and keys are kept.
    return signalwire.CreateStreamRequest.model_validate(fields)


@settings(max_examples=150, deadline=None)
@given(create_requests())
def test_create_request_round_trips(req: signalwire.CreateStreamRequest) -> None:
    form = req.to_form()
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in form.items())
    again = Create.from_form(form)
    assert again == req
    assert again.to_form() == form
    assert list(again.to_form()) == list(form)
    assert Create.from_form(req.to_form_body()) == req
    assert Create.from_form(req.to_form_body().encode("utf-8")) == req
    assert Create.from_json(req.to_json()) == req
    assert json.loads(req.to_json()) == form
    numbered = [k for k in form if k.startswith("Parameter")]
    assert len(numbered) == 2 * len(req.parameters)
