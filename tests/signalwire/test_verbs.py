"""The cXML stream instructions: every documented example read, written back and built; every
rule checked when built and when read, each by a test that fails without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from voice_webhooks import PayloadError
from voice_webhooks.signalwire import (
    ConferenceStreamNoun,
    Connect,
    CxmlResponse,
    HttpMethod,
    RawVerb,
    Start,
    Stop,
    StopStreamNoun,
    StreamNoun,
    StreamNounCodec,
    StreamParameter,
    Track,
    cxml_examples,
)

from .._xml_support import check_documented_example, problems, same_xml
from ..conftest import CORPUS

EXAMPLES = sorted((CORPUS / "signalwire-cxml").glob("*.xml"))
READ_AS = {  # the documents, and the examples that are one verb on its own
    "stream_attributes-example.xml": CxmlResponse,
    "stream_conference-stream.xml": CxmlResponse,
    "stream_custom-parameters.xml": CxmlResponse,
    "stream_bidirectional-stream.xml": Connect,
    "stream_starting-a-stream.xml": Start,
    "stream_stopping-a-stream.xml": Stop,
}


def test_the_corpus_holds_every_example_of_the_page() -> None:
    assert sorted(p.name for p in EXAMPLES) == sorted(READ_AS)
    assert {p.read_text() for p in EXAMPLES} == {
        getattr(cxml_examples, name) for name in cxml_examples.__all__
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_documented_example_reads_strictly_and_writes_back(path: Path) -> None:
    check_documented_example(READ_AS[path.name], path)


COOKIE = "948f9938-299a-d43e-0df4-af3a7eccb0ac"
BUILT = {
    "STREAM": CxmlResponse(
        verbs=[Start(stream=StreamNoun(url="wss://your-application.com/audiostream"))]
    ),
    "CONFERENCE_STREAM": CxmlResponse(
        verbs=[
            RawVerb.element(
                "Dial",
                {"trim": "do-not-trim"},
                RawVerb.element(
                    "Conference",
                    {
                        "beep": False,
                        "startConferenceOnEnter": True,
                        "trim": "do-not-trim",
                        "streamUrl": "wss://206.189.19.130:8765/",
                    },
                    "test",
                    ConferenceStreamNoun(
                        name="my_conference_stream",
                        url="wss://206.189.19.130:8765/",
                        stream_start_conference_on_enter=True,
                        bidir=True,
                        parameters=[
                            StreamParameter(name="foo1", value="bar1"),
                            StreamParameter(name="foo2", value="bar2"),
                        ],
                    ),
                ),
            )
        ]
    ),
    "BIDIRECTIONAL_STREAM": Connect(stream=StreamNoun(url="wss://mystream.ngrok.io/audiostream")),
    "START_NAMED_STREAM": Start(
        stream=StreamNoun(name="mystream", url="wss://mystream.ngrok.io/audiostream")
    ),
    "STOP_NAMED_STREAM": Stop(stream=StopStreamNoun(name="mystream")),
    "CUSTOM_PARAMETERS": CxmlResponse(
        verbs=[
            Start(
                stream=StreamNoun(
                    url="wss://your-application.com/audiostream",
                    parameters=[
                        StreamParameter(
                            name="Cookie", value="948f9938-299a-d43e-0df4-af3a7eccb0ac"
                        ),
                        StreamParameter(name="Type", value="SIP"),
                    ],
                )
            )
        ]
    ),
}


@pytest.mark.parametrize("name", cxml_examples.__all__)
def test_the_builders_make_every_documented_example(name: str) -> None:
    built = BUILT[name]
    text = getattr(cxml_examples, name)
    assert same_xml(built.to_xml(), text)
    if not isinstance(built, CxmlResponse) or name != "CONFERENCE_STREAM":
        assert type(built).from_xml(text) == built  # (the raw <Dial> keeps its white space)


def test_conference_streams_are_checked_and_given_typed() -> None:
    doc = CxmlResponse.from_xml(cxml_examples.CONFERENCE_STREAM, strict=True)
    [stream] = doc.conference_streams(strict=True)
    assert stream == BUILT["CONFERENCE_STREAM"].conference_streams()[0]
    assert (stream.name, stream.bidir, [p.name for p in stream.parameters]) == (
        "my_conference_stream", True, ["foo1", "foo2"],
    )  # fmt: skip
    broken = cxml_examples.CONFERENCE_STREAM.replace('url="wss://206', 'url="ws://206')
    with pytest.raises(PayloadError) as caught:
        CxmlResponse.from_xml(broken)
    assert caught.value.paths == ["Response/Dial[0]/Conference[0]/Stream[0]@url"]
    odd = cxml_examples.CONFERENCE_STREAM.replace("bidir=", 'later="1" bidir=')
    assert CxmlResponse.from_xml(odd).conference_streams()[0].wire_extra() == {"later": "1"}
    with pytest.raises(PayloadError) as caught:
        CxmlResponse.from_xml(odd, strict=True)
    assert caught.value.paths == ["Response/Dial[0]/Conference[0]/Stream[0]@later"]
    with pytest.raises(PayloadError) as caught:
        CxmlResponse.from_xml(odd).conference_streams(strict=True)
    assert caught.value.paths == ["Dial/Conference[0]/Stream[0]@later"]


def test_attributes_are_written_in_a_fixed_order() -> None:
    noun = StreamNoun(
        status_callback_method="GET", status_callback="/status", auth_bearer_token="t",
        realtime=True, codec="L16@24000h", track="inbound_track", url="/audio", name="n",
        parameters=[StreamParameter(name="a", value="1")],
    )  # fmt: skip
    assert Connect(stream=noun).to_xml() == (
        '<Connect><Stream name="n" url="/audio" track="inbound_track" codec="L16@24000h" '
        'realtime="true" statusCallback="/status" statusCallbackMethod="GET" '
        'authBearerToken="t"><Parameter name="a" value="1"/></Stream></Connect>'
    )
    assert noun.codec is StreamNounCodec.L16_24000 and noun.status_callback_method is HttpMethod.GET


def test_verbs_without_a_stream_are_other_instructions() -> None:
    body = (
        "<Response><Start><Siprec connectorName='c'/></Start><Connect><Room>r</Room></Connect>"
        "<Stop><Siprec name='c'/></Stop></Response>"
    )
    doc = CxmlResponse.from_xml(body, strict=True)
    assert [type(verb) for verb in doc.verbs] == [RawVerb, RawVerb, RawVerb]
    assert doc.to_xml(declaration=False) == body


def test_a_second_stream_in_a_verb_is_kept_or_refused() -> None:
    body = '<Start><Stream url="wss://a.example/1"/><Stream url="wss://a.example/2"/></Start>'
    verb = Start.from_xml(body)
    assert verb.stream.url == "wss://a.example/1"
    assert verb.to_xml() == body
    with pytest.raises(PayloadError) as caught:
        Start.from_xml(body, strict=True)
    assert caught.value.paths == ["Start/Stream[1]"]


def test_attributes_of_the_verb_itself_are_kept() -> None:
    body = '<Connect action="/next" method="POST"><Stream url="wss://a.example/s"/></Connect>'
    verb = Connect.from_xml(body)
    assert verb.wire_extra() == {"action": "/next", "method": "POST"}
    assert verb.to_xml() == body


# ------------------------------------------------------------------------------- the rules

URL = "wss://ws.example/audio"

# (model, fields, where the error is, its type): one rule each.
REFUSED: dict[str, tuple[type[Any], dict[str, Any], tuple[str | int, ...], str]] = {
    "a ws URL": (StreamNoun, {"url": "ws://ws.example/a"}, ("url",), "url_scheme"),
    "an https URL": (StreamNoun, {"url": "https://ws.example/a"}, ("url",), "url_scheme"),
    "a URL with a query": (StreamNoun, {"url": "wss://ws.example/a?x=1"}, ("url",), "url_query"),
    "a relative URL with a query": (StreamNoun, {"url": "/a?x=1"}, ("url",), "url_query"),
    "a URL without a host": (StreamNoun, {"url": "wss:///a"}, ("url",), "url_host"),
    "an empty URL": (StreamNoun, {"url": ""}, ("url",), "url_parsing"),
    "a callback scheme": (StreamNoun, {"url": URL, "status_callback": "wss://a.example/s"},
                          ("status_callback",), "url_scheme"),
    "a callback method typo": (StreamNoun, {"url": URL, "status_callback_method": "PUT"},
                               ("status_callback_method",), "enum"),
    "a codec typo": (StreamNoun, {"url": URL, "codec": "L16@8000h"}, ("codec",), "enum"),
    "a track typo": (StreamNoun, {"url": URL, "track": "both"}, ("track",), "enum"),
    "an empty name": (StreamNoun, {"url": URL, "name": ""}, ("name",), "string_too_short"),
    "a parameter name twice": (StreamNoun, {"url": URL, "parameters": [
        {"name": "a", "value": "1"}, {"name": "a", "value": "2"}]},
        ("parameters", 1, "name"), "parameter_duplicate_name"),
    "an empty parameter name": (StreamNoun, {"url": URL, "parameters": [
        {"name": "", "value": "1"}]}, ("parameters", 0, "name"), "string_too_short"),
    "a two-way stream of both tracks": (Connect, {"stream": {"url": URL, "track": "both_tracks"}},
                                        ("stream", "track"), "track_bidirectional"),
    "a two-way stream of the outbound track": (Connect, {"stream": {"url": URL,
                                               "track": "outbound_track"}},
                                               ("stream", "track"), "track_bidirectional"),
    "a two-way conference stream of both tracks": (ConferenceStreamNoun, {
        "name": "c", "url": URL, "bidir": True, "track": "both_tracks"},
        ("track",), "track_bidirectional"),
    "a conference stream without a name": (ConferenceStreamNoun, {"url": URL}, ("name",),
                                           "missing"),
    "a conference stream with a query": (ConferenceStreamNoun, {"name": "c", "url": URL + "?a"},
                                         ("url",), "url_query"),
    "a conference stream bool": (ConferenceStreamNoun, {"name": "c", "url": URL,
                                 "stream_ssl_validate_certificate": "maybe"},
                                 ("stream_ssl_validate_certificate",), "bool_parsing"),
    "a stop without a name": (StopStreamNoun, {}, ("name",), "missing"),
    "a stop with an empty name": (StopStreamNoun, {"name": ""}, ("name",), "string_too_short"),
    "a start without a stream": (Start, {}, ("stream",), "missing"),
    "a misspelt attribute": (StreamNoun, {"url": URL, "traks": "inbound_track"}, ("traks",),
                             "extra_forbidden"),
}  # fmt: skip


@pytest.mark.parametrize(("model", "fields", "loc", "kind"), REFUSED.values(), ids=list(REFUSED))
def test_each_rule_refuses_an_instruction_when_built(
    model: type[Any], fields: dict[str, Any], loc: tuple[str | int, ...], kind: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        model(**fields)
    assert problems(caught.value) == [(loc, kind)]


def _unchecked(model: type[Any], fields: dict[str, Any]) -> Any:
    """A model built without checks, to write what building would refuse."""
    values = dict(fields)
    if "parameters" in values:
        values["parameters"] = [StreamParameter.model_construct(**p) for p in values["parameters"]]
    if "stream" in values:
        values["stream"] = StreamNoun.model_construct(**values["stream"])
    return model.model_construct(**values)


def _xml_path(root: str, loc: tuple[str | int, ...]) -> str:
    path = root
    for index, part in enumerate(loc):
        follows = loc[index + 1] if index + 1 < len(loc) else None
        if part == "stream":
            path += "/Stream[0]"
        elif part == "parameters":
            path += f"/Parameter[{follows}]"
        elif isinstance(part, str):
            path += "@" + "".join(
                w if i == 0 else w.capitalize() for i, w in enumerate(part.split("_"))
            )
    return path


@pytest.mark.parametrize(("model", "fields", "loc", "kind"), REFUSED.values(), ids=list(REFUSED))
def test_each_rule_refuses_an_instruction_when_read(
    model: type[Any], fields: dict[str, Any], loc: tuple[str | int, ...], kind: str
) -> None:
    if loc == ("stream",):
        body = "<Start/>"  # no <Stream>: not a stream instruction at all
        with pytest.raises(PayloadError) as caught:
            Start.from_xml(body, strict=True)
        assert caught.value.paths == ["Start/Stream[0]"]
        return
    body = _unchecked(model, fields).to_xml()
    with pytest.raises(PayloadError) as caught:
        model.from_xml(body, strict=True)
    errors = [(e["path"], e["type"]) for e in caught.value.errors()]
    assert errors == [(_xml_path(model.xml_tag, loc), kind)]


ACCEPTED = {
    "a relative URL": (StreamNoun, {"url": "/audio"}),
    "a relative callback": (StreamNoun, {"url": URL, "status_callback": "/status"}),
    "an http callback": (StreamNoun, {"url": URL, "status_callback": "http://a.example/s"}),
    "a two-way stream of the inbound track": (Connect, {"stream": {"url": URL,
                                              "track": Track.INBOUND_TRACK}}),
    "a two-way stream of the default track": (Connect, {"stream": {"url": URL}}),
    "a one-way stream of both tracks": (Start, {"stream": {"url": URL, "track": "both_tracks"}}),
    "a one-way conference stream of both tracks": (ConferenceStreamNoun, {
        "name": "c", "url": URL, "bidir": False, "track": "both_tracks"}),
    "every conference attribute": (ConferenceStreamNoun, {
        "name": "c", "url": URL, "stream_start_conference_on_enter": False, "bidir": True,
        "track": "inbound_track", "codec": "PCMU@8000h", "realtime": False,
        "status_callback": "https://a.example/s", "status_callback_method": "POST",
        "stream_ssl_validate_certificate": True}),
}  # fmt: skip


@pytest.mark.parametrize(("model", "fields"), ACCEPTED.values(), ids=list(ACCEPTED))
def test_what_the_rules_allow_is_built_and_reads_back(
    model: type[Any], fields: dict[str, Any]
) -> None:
    built = model(**fields)
    assert model.from_xml(built.to_xml(), strict=True) == built


def test_a_value_signalwire_adds_later_is_kept_when_read_leniently() -> None:
    body = (
        '<Connect><Stream url="wss://a.example/s" track="mixed_track" codec="OPUS@48000h"/>'
        "</Connect>"
    )
    verb = Connect.from_xml(body)
    assert (verb.stream.track, verb.stream.codec) == ("mixed_track", "OPUS@48000h")
    assert verb.to_xml() == body
    with pytest.raises(PayloadError) as caught:
        Connect.from_xml(body, strict=True)
    assert caught.value.paths == ["Connect/Stream[0]@track", "Connect/Stream[0]@codec"]
