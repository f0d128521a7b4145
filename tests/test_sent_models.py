"""Received = lenient, sent = strict: what a user builds to send is refused when it is wrong.

Found by walking the package, so a model added later for sending (a verb, an outbound message)
is held to the same rules without a list to update.
"""

from __future__ import annotations

import enum
import typing
from typing import Any, Literal, get_args, get_origin

import pytest
from pydantic import ValidationError

from voice_webhooks import PayloadError, signalwire
from voice_webhooks._wire import SentModel
from voice_webhooks.types import ClosedEnum, OpenEnum

from ._parse_targets import models

SENT = [model for model in models() if issubclass(model, SentModel)]


def _ids(classes: list[type[Any]]) -> list[str]:
    return [cls.__name__ for cls in classes]


def _enum_and_literal(annotation: Any) -> list[tuple[type[enum.Enum], Any]]:
    """Each ``Union[SomeEnum, X]`` inside a field annotation, as (enum, X)."""
    found = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        args = get_args(current)
        if get_origin(current) is typing.Annotated:
            stack.append(args[0])
            continue
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        if enums and len(args) == 2:
            other = next(a for a in args if a is not enums[0])
            found.append((enums[0], other))
        else:
            stack.extend(args)
    return found


def test_every_kind_of_thing_a_user_sends_is_a_sent_model() -> None:
    from voice_webhooks import bandwidth

    sent = {
        # REST requests
        signalwire.CreateStreamRequest,
        signalwire.UpdateStreamRequest,
        signalwire.CreateConferenceStreamRequest,
        signalwire.UpdateConferenceStreamRequest,
        # verbs and their documents
        bandwidth.StartStream,
        bandwidth.StopStream,
        bandwidth.BxmlResponse,
        signalwire.Start,
        signalwire.Connect,
        signalwire.Stop,
        signalwire.CxmlResponse,
        # what a two-way WebSocket server sends
        bandwidth.PlayAudioMessage,
        bandwidth.ClearMessage,
        signalwire.SendMediaMessage,
        signalwire.SendMarkMessage,
        signalwire.SendDtmfMessage,
        signalwire.ClearMessage,
    }
    assert sent <= set(SENT)


@pytest.mark.parametrize("model", SENT, ids=_ids(SENT))
def test_every_enum_field_of_a_sent_model_is_closed(model: type[SentModel]) -> None:
    for name, field in model.model_fields.items():
        for enum_cls, other in _enum_and_literal(field.annotation):
            assert get_origin(other) is Literal, f"{model.__name__}.{name} is open ({other})"
            assert set(get_args(other)) == {m.value for m in enum_cls}


@pytest.mark.parametrize("model", SENT, ids=_ids(SENT))
def test_a_misspelt_field_name_is_refused_when_built(model: type[SentModel]) -> None:
    with pytest.raises(ValidationError) as caught:
        model(**{"no_such_field": "x"})
    assert ("no_such_field",) in [e["loc"] for e in caught.value.errors()]


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"track": "both"}, "track"),
        ({"track": "both_track"}, "track"),
        ({"status_callback_method": "PUTT"}, "status_callback_method"),
        ({"status_callback_method": "PUT"}, "status_callback_method"),
        ({"status_callback": "ftp://hooks.example/status"}, "status_callback"),
        ({"status_callback": "/status"}, "status_callback"),
        ({"url": "https://media.example/audio"}, "url"),
        ({"url": "ws://media.example/audio"}, "url"),
        ({"trak": "both_tracks"}, "trak"),
    ],
)
def test_a_create_request_refuses_mistakes_at_construction(
    fields: dict[str, Any], where: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        signalwire.CreateStreamRequest(**{"url": "wss://media.example/audio", **fields})
    assert {e["loc"][0] for e in caught.value.errors()} == {where}


def test_an_update_request_refuses_an_unknown_status() -> None:
    with pytest.raises(ValidationError):
        signalwire.UpdateStreamRequest(status="paused")  # type: ignore[arg-type]


def test_values_given_as_text_become_the_enum_members() -> None:
    req = signalwire.CreateStreamRequest(
        url="wss://media.example/audio", track="inbound_track", status_callback_method="GET"
    )
    assert req.track is signalwire.Track.INBOUND_TRACK
    assert req.status_callback_method is signalwire.HttpMethod.GET


def test_a_received_request_is_still_read_leniently() -> None:
    body = "Url=wss%3A%2F%2Fa.example&Track=future_track&StatusCallbackMethod=PUT&Later=1"
    req = signalwire.CreateStreamRequest.from_form(body)
    assert (req.track, req.status_callback_method) == ("future_track", "PUT")
    assert req.wire_extra() == {"Later": "1"}
    assert req.to_form_body() == body
    assert signalwire.CreateStreamRequest.model_validate(req.to_form()) == req
    with pytest.raises(PayloadError) as caught:
        signalwire.CreateStreamRequest.from_form(body, strict=True)
    assert caught.value.paths == ["Track", "StatusCallbackMethod", "Later"]


def test_a_closed_enum_must_list_exactly_its_enum_values() -> None:
    from pydantic import TypeAdapter

    with pytest.raises(TypeError, match="exactly"):
        TypeAdapter(ClosedEnum[signalwire.HttpMethod, Literal["GET"]])
    assert TypeAdapter(OpenEnum[signalwire.HttpMethod]).validate_python("PUT") == "PUT"
