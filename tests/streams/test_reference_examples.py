"""Every example message of the reference pages (copied verbatim into the corpus) parses into
its model, writes back exactly, and passes strict mode; the JSON Schemas hold them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from voice_webhooks import WireModel, bandwidth, signalwire
from voice_webhooks.schema import json_schema

from ..conftest import CORPUS

BANDWIDTH = CORPUS / "bandwidth-stream-messages"
SIGNALWIRE = CORPUS / "signalwire-stream-messages"

# (file, the model it documents, how it is read: the parse function, or the model's from_json)
RECEIVED: list[tuple[Path, type[WireModel], Any]] = [
    (BANDWIDTH / "start.json", bandwidth.StartMessage, bandwidth.parse_stream_message),
    (BANDWIDTH / "media.json", bandwidth.MediaMessage, bandwidth.parse_stream_message),
    (BANDWIDTH / "stop.json", bandwidth.StopMessage, bandwidth.parse_stream_message),
    (SIGNALWIRE / "connected.json", signalwire.ConnectedMessage, signalwire.parse_stream_message),
    (SIGNALWIRE / "start.json", signalwire.StartMessage, signalwire.parse_stream_message),
    (SIGNALWIRE / "media.json", signalwire.MediaMessage, signalwire.parse_stream_message),
    (SIGNALWIRE / "stop.json", signalwire.StopMessage, signalwire.parse_stream_message),
    (SIGNALWIRE / "dtmf.json", signalwire.DtmfMessage, signalwire.parse_stream_message),
    (SIGNALWIRE / "mark.json", signalwire.MarkMessage, signalwire.parse_stream_message),
]
SENT: list[tuple[Path, type[WireModel]]] = [
    (SIGNALWIRE / "send_media.json", signalwire.SendMediaMessage),
    (SIGNALWIRE / "send_mark.json", signalwire.SendMarkMessage),
    (SIGNALWIRE / "send_clear.json", signalwire.ClearMessage),
    (SIGNALWIRE / "send_dtmf.json", signalwire.SendDtmfMessage),
]
CASES = [(path, model, parse) for path, model, parse in RECEIVED] + [
    (path, model, model.from_json) for path, model in SENT
]
IDS = [f"{path.parent.name}/{path.name}" for path, _, _ in CASES]


def test_every_example_file_is_covered() -> None:
    files = {*BANDWIDTH.glob("*.json"), *SIGNALWIRE.glob("*.json")}
    assert files == {path for path, _, _ in CASES}


@pytest.mark.parametrize(("path", "model", "parse"), CASES, ids=IDS)
def test_each_example_parses_into_its_model_in_both_modes(
    path: Path, model: type[WireModel], parse: Any
) -> None:
    for frame in (path.read_bytes(), path.read_text(encoding="utf-8")):
        lenient, strict = parse(frame), parse(frame, strict=True)
        assert type(lenient) is model and strict == lenient
        assert not lenient.wire_extra()


@pytest.mark.parametrize(("path", "model", "parse"), CASES, ids=IDS)
def test_each_example_writes_back_exactly(path: Path, model: type[WireModel], parse: Any) -> None:
    original = json.loads(path.read_bytes())
    message = parse(path.read_bytes(), strict=True)
    assert json.loads(message.to_json()) == original
    assert message.to_dict() == original
    compact = json.dumps(original, separators=(",", ":"))
    assert message.to_json() == compact  # same keys in the same order: the very frame
    assert parse(message.to_json(), strict=True) == message


@pytest.mark.parametrize(("path", "model", "parse"), CASES, ids=IDS)
def test_each_example_is_held_by_its_schemas(
    path: Path, model: type[WireModel], parse: Any
) -> None:
    original = json.loads(path.read_bytes())
    for strict in (False, True):
        validator = Draft202012Validator(json_schema(model, strict=strict))
        assert validator.is_valid(original), list(validator.iter_errors(original))
    assert Draft202012Validator(json_schema(model, mode="serialization")).is_valid(original)


def test_the_examples_read_as_documented() -> None:
    start = bandwidth.parse_stream_message((BANDWIDTH / "start.json").read_bytes(), strict=True)
    assert isinstance(start, bandwidth.StartMessage)
    assert start.metadata.stream_name == "live_audience"
    assert [str(track.name) for track in start.metadata.tracks] == ["inbound", "outbound"]
    assert start.stream_params == {"foo": "bar", "foos": "bars"}
    fmt = start.metadata.tracks[0].media_format.audio_format
    assert fmt is not None and (fmt.sample_rate, fmt.bytes_per_second) == (8000, 8000)
    media = bandwidth.parse_stream_message((BANDWIDTH / "media.json").read_bytes())
    assert isinstance(media, bandwidth.MediaMessage)
    assert len(media.audio) == 160 and media.sequence_number is None  # 20 ms of μ-law

    sw_start = signalwire.parse_stream_message((SIGNALWIRE / "start.json").read_bytes())
    assert isinstance(sw_start, signalwire.StartMessage)
    assert sw_start.sequence_number == 1 and sw_start.start.custom_parameters == {}
    sw_format = sw_start.start.media_format.audio_format
    assert sw_format is not None and sw_format.frame_size(20) == 960  # L16, 24000 Hz
    sw_media = signalwire.parse_stream_message((SIGNALWIRE / "media.json").read_bytes())
    assert isinstance(sw_media, signalwire.MediaMessage)
    assert (sw_media.sequence_number, sw_media.media.chunk, sw_media.media.timestamp) == (42, 1, 0)
    dtmf = signalwire.parse_stream_message((SIGNALWIRE / "dtmf.json").read_bytes())
    assert isinstance(dtmf, signalwire.DtmfMessage)
    assert (dtmf.dtmf.digit, dtmf.dtmf.duration) == (signalwire.DtmfDigit.FIVE, 2000)


def test_the_abbreviated_payloads_are_not_audio() -> None:
    # The page abbreviates its payloads; asking for the audio says so instead of guessing.
    from voice_webhooks import PayloadError

    media = signalwire.parse_stream_message((SIGNALWIRE / "media.json").read_bytes())
    assert isinstance(media, signalwire.MediaMessage)
    with pytest.raises(PayloadError) as caught:
        media.audio  # noqa: B018
    assert caught.value.paths == ["media.payload"]
    sent = signalwire.SendMediaMessage.from_json((SIGNALWIRE / "send_media.json").read_bytes())
    with pytest.raises(PayloadError):
        sent.media.audio  # noqa: B018
