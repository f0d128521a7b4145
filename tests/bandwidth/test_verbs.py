"""The BXML stream verbs: every documented example read, written back and built; every rule
checked when built and when read, each by a test that fails without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from voice_webhooks import PayloadError
from voice_webhooks.bandwidth import (
    BxmlResponse,
    RawVerb,
    StartStream,
    StartStreamTracks,
    StopStream,
    StreamEventMethod,
    StreamMode,
    StreamParam,
    bxml_examples,
)

from .._xml_support import check_documented_example, problems, same_xml
from ..conftest import CORPUS

EXAMPLES = sorted((CORPUS / "bandwidth-bxml").glob("*.xml"))


def test_the_corpus_holds_every_example_of_the_pages() -> None:
    assert [p.name for p in EXAMPLES] == [
        "startStream_stream-both-legs.xml",
        "stopStream_stopping-a-media-stream.xml",
    ]
    assert {p.read_text() for p in EXAMPLES} == {
        bxml_examples.START_STREAM,
        bxml_examples.STOP_STREAM,
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_documented_example_reads_strictly_and_writes_back(path: Path) -> None:
    check_documented_example(BxmlResponse, path)


def test_the_builders_make_the_start_stream_example() -> None:
    doc = BxmlResponse(
        verbs=[
            RawVerb.element(
                "SpeakSentence",
                {"voice": "bridget"},
                "This call is being streamed to a live studio audience.",
            ),
            StartStream(
                name="live_audience",
                tracks=StartStreamTracks.BOTH,
                destination="wss://live-studio-audience.myapp.example.com",
                stream_event_url="https://myapp.example.com/noBXML",
                stream_params=[StreamParam(name="internal_id", value="call_ABC")],
            ),
            RawVerb.element(
                "SpeakSentence",
                {"voice": "bridget"},
                "This will now be streamed to the destination as well as played to the call "
                "participants.",
            ),
        ]
    )
    assert same_xml(doc.to_xml(), bxml_examples.START_STREAM)
    assert doc == BxmlResponse.from_xml(bxml_examples.START_STREAM)


def test_the_builders_make_the_stop_stream_example() -> None:
    doc = BxmlResponse(verbs=[StopStream(name="live_audience")])
    assert same_xml(doc.to_xml(), bxml_examples.STOP_STREAM)
    assert doc == BxmlResponse.from_xml(bxml_examples.STOP_STREAM)


def test_attributes_are_written_in_a_fixed_order_whatever_the_order_given() -> None:
    every = {
        "password": "p", "username": "u", "stream_event_method": "GET",
        "stream_event_url": "https://a.example/e", "destination_password": "dp",
        "destination_username": "du", "destination": "wss://a.example/s",
        "mode": "bidirectional", "tracks": "outbound", "name": "n",
    }  # fmt: skip
    verb = StartStream(**every)
    assert verb.to_xml() == (
        '<StartStream name="n" tracks="outbound" mode="bidirectional" '
        'destination="wss://a.example/s" destinationUsername="du" destinationPassword="dp" '
        'streamEventUrl="https://a.example/e" streamEventMethod="GET" username="u" '
        'password="p"/>'
    )
    assert StartStream.from_xml(verb.to_xml(), strict=True) == verb
    assert verb.mode is StreamMode.BIDIRECTIONAL
    assert verb.stream_event_method is StreamEventMethod.GET


def test_the_bxml_root_is_kept() -> None:
    doc = BxmlResponse.from_xml('<Bxml><StopStream name="s" wait="true"/></Bxml>', strict=True)
    assert doc.root == "Bxml" and doc.verbs == [StopStream(name="s", wait=True)]
    assert doc.to_xml(declaration=False) == '<Bxml><StopStream name="s" wait="true"/></Bxml>'
    with pytest.raises(PayloadError) as caught:
        BxmlResponse.from_xml("<Request/>")
    assert caught.value.paths == ["Request"]


# ------------------------------------------------------------------------------- the rules

BASE: dict[str, Any] = {"destination": "wss://ws.example/audio"}
SECURE = {"stream_event_url": "https://app.example/events"}


def params(count: int, **one: str) -> list[dict[str, str]]:
    """``count`` parameters, then ``one`` if given (as mappings: building checks them)."""
    return [{"name": f"p{i}", "value": "v"} for i in range(count)] + ([one] if one else [])


# (fields, where the error is, its type): one rule each.
REFUSED: dict[str, tuple[dict[str, Any], tuple[str | int, ...], str]] = {
    "ws destination": ({"destination": "ws://ws.example/a"}, ("destination",), "url_scheme"),
    "https destination": ({"destination": "https://ws.example/a"}, ("destination",), "url_scheme"),
    "relative destination": ({"destination": "/audio"}, ("destination",), "url_scheme"),
    "destination without a host": ({"destination": "wss:///a"}, ("destination",), "url_host"),
    "destination with a space": ({"destination": "wss://a.example/a b"}, ("destination",),
                                 "url_parsing"),
    "tracks typo": ({"tracks": "bothh"}, ("tracks",), "enum"),
    "tracks of the webhooks": ({"tracks": "inbound_track"}, ("tracks",), "enum"),
    "mode typo": ({"mode": "bidirectionnal"}, ("mode",), "enum"),
    "method typo": ({"stream_event_method": "PUT"}, ("stream_event_method",), "enum"),
    "event URL scheme": ({"stream_event_url": "ftp://a.example/e"}, ("stream_event_url",),
                         "url_scheme"),
    "13 parameters": ({"stream_params": params(13)}, ("stream_params",), "too_long"),
    "a 257-character name": ({"stream_params": params(1, name="n" * 257, value="v")},
                             ("stream_params", 1, "name"), "string_too_long"),
    "a 2049-character value": ({"stream_params": params(0, name="n", value="v" * 2049)},
                               ("stream_params", 0, "value"), "string_too_long"),
    "an empty parameter name": ({"stream_params": params(0, name="", value="v")},
                                ("stream_params", 0, "name"), "string_too_short"),
    "a parameter name twice": ({"stream_params": params(2, name="p1", value="w")},
                               ("streamParams", 2, "name"), "parameter_duplicate_name"),
    "an empty stream name": ({"name": ""}, ("name",), "string_too_short"),
    "a username alone": ({**SECURE, "username": "u"}, ("password",), "credentials_pair"),
    "a password alone": ({**SECURE, "password": "p"}, ("username",), "credentials_pair"),
    "a destination username alone": ({"destination_username": "u"}, ("destinationPassword",),
                                     "credentials_pair"),
    "a destination password alone": ({"destination_password": "p"}, ("destinationUsername",),
                                     "credentials_pair"),
    "credentials over http": ({"stream_event_url": "http://a.example/e", "username": "u",
                               "password": "p"}, ("username",), "credentials_https"),
    "credentials with a relative URL": ({"stream_event_url": "/events", "username": "u",
                                         "password": "p"}, ("username",), "credentials_https"),
    "credentials without a URL": ({"username": "u", "password": "p"}, ("username",),
                                  "credentials_https"),
    "a misspelt attribute": ({"stream_event_uri": "https://a.example/e"},
                             ("stream_event_uri",), "extra_forbidden"),
}  # fmt: skip


@pytest.mark.parametrize(("fields", "loc", "kind"), REFUSED.values(), ids=list(REFUSED))
def test_each_rule_refuses_a_start_stream_when_built(
    fields: dict[str, Any], loc: tuple[str | int, ...], kind: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        StartStream(**{**BASE, **fields})
    assert problems(caught.value) == [(loc, kind)]


def _xml_path(loc: tuple[str | int, ...]) -> str:
    wire = {"stream_params": "StreamParam", "streamParams": "StreamParam"}
    names = {name: field.alias for name, field in StartStream.model_fields.items()}
    names |= {"name": "name", "value": "value"}
    path = "Response/StartStream[0]"
    for index, part in enumerate(loc):
        if part in wire:
            follows = loc[index + 1] if index + 1 < len(loc) else None
            path += f"/{wire[part]}" + (f"[{follows}]" if isinstance(follows, int) else "")
        elif isinstance(part, str):
            path += f"@{names.get(part, part)}"
    return path


@pytest.mark.parametrize(("fields", "loc", "kind"), REFUSED.values(), ids=list(REFUSED))
def test_each_rule_refuses_a_start_stream_when_read(
    fields: dict[str, Any], loc: tuple[str | int, ...], kind: str
) -> None:
    if "stream_event_uri" in fields:
        fields = {"streamEventUri": "https://a.example/e"}  # what a misspelt attribute reads as
        loc, kind = ("streamEventUri",), "extra_forbidden"
    given = {**BASE, **fields}
    if "stream_params" in given:  # unchecked, to write what building would refuse
        given["stream_params"] = [StreamParam.model_construct(**p) for p in given["stream_params"]]
    built = StartStream.model_construct(**given)
    body = BxmlResponse.model_construct(verbs=[built]).to_xml()
    with pytest.raises(PayloadError) as caught:
        BxmlResponse.from_xml(body, strict=True)
    assert [(e["path"], e["type"]) for e in caught.value.errors()] == [(_xml_path(loc), kind)]


ACCEPTED = {
    "12 parameters": {"stream_params": params(12)},
    "the longest name and value": {"stream_params": params(0, name="n" * 256, value="v" * 2048)},
    "an empty value": {"stream_params": params(0, name="n", value="")},
    "credentials over https": {**SECURE, "username": "u", "password": "p"},
    "a relative event URL without credentials": {"stream_event_url": "/events"},
    "destination credentials": {"destination_username": "u", "destination_password": "p"},
    "a destination with a port, path and query": {"destination": "wss://a.example:8443/s?x=1"},
    "a WSS scheme in capitals": {"destination": "WSS://a.example/s"},
    "enum members": {"tracks": StartStreamTracks.OUTBOUND, "mode": StreamMode.UNIDIRECTIONAL},
}


@pytest.mark.parametrize("fields", ACCEPTED.values(), ids=list(ACCEPTED))
def test_what_the_rules_allow_is_built_and_reads_back(fields: dict[str, Any]) -> None:
    verb = StartStream(**{**BASE, **fields})
    assert StartStream.from_xml(verb.to_xml(), strict=True) == verb


def test_stop_stream_needs_a_name() -> None:
    for fields, kind in (({}, "missing"), ({"name": ""}, "string_too_short")):
        with pytest.raises(ValidationError) as caught:
            StopStream(**fields)
        assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [(("name",), kind)]
    with pytest.raises(ValidationError):
        StopStream(name="s", wait="yes")  # type: ignore[arg-type]


def test_a_value_bandwidth_adds_later_is_kept_when_read_leniently() -> None:
    body = '<StartStream tracks="all" mode="tridirectional" destination="wss://a.example/"/>'
    verb = StartStream.from_xml(body)
    assert (verb.tracks, verb.mode) == ("all", "tridirectional")
    assert verb.to_xml() == body
    with pytest.raises(PayloadError) as caught:
        StartStream.from_xml(body, strict=True)
    assert caught.value.paths == ["StartStream@tracks", "StartStream@mode"]


def test_every_problem_of_a_document_is_reported_with_its_place() -> None:
    body = (
        '<Response><StartStream destination="ws://a" username="u"><StreamParam name="a"/>'
        "</StartStream><Pause/><StopStream/><StartStream/></Response>"
    )
    with pytest.raises(PayloadError) as caught:
        BxmlResponse.from_xml(body)
    assert caught.value.paths == [
        "Response/StartStream[0]/StreamParam[0]@value",
        "Response/StartStream[0]@destination",
        "Response/StopStream[0]@name",
        "Response/StartStream[1]@destination",
    ]
