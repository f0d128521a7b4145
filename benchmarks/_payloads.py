"""The bodies the benchmarks parse: a corpus body of every event type, the media stream and
recording ones also trimmed to their required fields or filled with every optional one, a mixed
batch, and the inputs that take the slow paths."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from voice_webhooks import bandwidth, signalwire
from voice_webhooks._wire import WireModel

__all__ = [
    "CORPUS",
    "compact",
    "corpus_event",
    "event_payloads",
    "filled",
    "mixed_batch",
    "regression_bodies",
    "slow_paths",
    "trimmed",
    "zoned",
]

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def compact(value: Any) -> bytes:
    """JSON as a provider sends it: no white space."""
    return json.dumps(value, separators=(",", ":")).encode()


def corpus_event(event_type: str) -> dict[str, Any]:
    """The first valid corpus body of ``event_type``, decoded (the spec's ``recordingComplete``:
    the pages' ``recordComplete`` body, so named)."""
    wanted = "recordComplete" if event_type == "recordingComplete" else event_type
    for path in sorted(CORPUS.glob(f"bandwidth*/{wanted}_*.json")):
        value: dict[str, Any] = json.loads(path.read_text())
        return value | {"eventType": event_type}
    raise LookupError(f"no corpus body of {event_type}")


def trimmed(body: dict[str, Any], model: type[WireModel]) -> dict[str, Any]:
    """``body`` with only the fields ``model`` requires (nested models too)."""
    out = {}
    for name, info in model.model_fields.items():
        wire = info.alias or name
        if wire in body and (info.is_required() or name == "event_type"):
            out[wire] = _nested(body[wire], info.annotation, trimmed)
    return out


def filled(body: dict[str, Any], model: type[WireModel]) -> dict[str, Any]:
    """``body`` with every optional field of ``model`` present, with a plausible value."""
    out = dict(body)
    for name, info in model.model_fields.items():
        wire = info.alias or name
        if wire not in out:
            out[wire] = _plausible(name, info.annotation, body)
        out[wire] = _nested(out[wire], info.annotation, filled)
    return out


def _models_in(annotation: Any) -> list[type[WireModel]]:
    args = getattr(annotation, "__args__", ())
    found = [a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, WireModel)]
    return found


def _nested(value: Any, annotation: Any, how: Any) -> Any:
    models = _models_in(annotation)
    return how(value, models[0]) if models and isinstance(value, dict) else value


def _plausible(name: str, annotation: Any, body: dict[str, Any]) -> Any:
    text = repr(annotation)
    if _models_in(annotation):  # an optional nested object: the event's own media stream
        return body["mediaStream"]
    if "datetime" in text:
        return body["eventTime"]
    if "bool" in text:
        return False
    if name.endswith("id"):
        return "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85"
    if name in ("transfer_caller_id", "transfer_to"):
        return "+15554445555"
    return f"example {name}"


def mixed_batch(size: int, seed: int = 7) -> list[bytes]:
    """``size`` corpus bodies of every event type (known and not), shuffled."""
    bodies = [
        compact(json.loads(path.read_text()))
        for path in sorted((CORPUS / "bandwidth").glob("*.json"))
    ]
    rng = random.Random(seed)
    return [rng.choice(bodies) for _ in range(size)]


def slow_paths() -> dict[str, bytes]:
    """Well-formed-but-unusual bodies, each taking one of the Python fallbacks."""
    started = corpus_event("mediaStreamStarted")
    stopped = corpus_event("mediaStreamStopped")
    return {
        "repaired timestamp (dateutil)": compact(
            started | {"enqueuedTime": "2022-06-30-18:54:59.172Z"}
        ),
        "unknown enum value (open enum)": compact(stopped | {"cause": "brand-new-cause"}),
        "unknown event type (UnknownEvent)": compact(
            corpus_event("answer") | {"eventType": "mediaStreamPaused"}
        ),
        "unknown fields kept": compact(
            started | {"newField": "x", "another": {"nested": [1, 2, 3]}}
        ),
        "microsecond duration (native)": compact(
            stopped | {"mediaStream": stopped["mediaStream"] | {"duration": "PT1M52.217257S"}}
        ),
    }


# The event types whose bodies are also measured trimmed and filled (the ones the first
# releases had: their figures compare across versions).
VARIED = ("mediaStreamStarted", "mediaStreamRejected", "mediaStreamStopped", "recordingAvailable")


def event_payloads() -> dict[str, tuple[str, bytes]]:
    """Per event type, as documented (and for ``VARIED``, trimmed and filled too):
    label -> (event type, body)."""
    out: dict[str, tuple[str, bytes]] = {}
    for event_type, model in bandwidth.EVENT_TYPES.items():
        body = corpus_event(event_type)
        out[f"{event_type}"] = (event_type, compact(body))
        if event_type in VARIED:
            out[f"{event_type} (required only)"] = (event_type, compact(trimmed(body, model)))
            out[f"{event_type} (all optional)"] = (event_type, compact(filled(body, model)))
        if event_type == "recordingAvailable":  # documented with a zone-less eventTime
            out[f"{event_type} (zoned times)"] = (event_type, compact(zoned(body)))
    return out


# What parses each SignalWire corpus body, by file name: the first pattern that matches.
_SIGNALWIRE_PARSERS: list[tuple[str, Callable[[Any], Any]]] = [
    ("*callback*", signalwire.parse_callback),
    ("create_conference_stream_request*", signalwire.CreateConferenceStreamRequest.from_form),
    ("*create_stream_request*", signalwire.CreateStreamRequest.from_form),
    ("*stream_create_request*", signalwire.CreateStreamRequest.from_form),
    ("*stop_stream_request*", signalwire.UpdateStreamRequest.from_form),
    ("conference_stream.*", signalwire.ConferenceStream.from_json),
    ("*error_list_response*", signalwire.ErrorListResponse.from_json),
    ("*error_response*", signalwire.ErrorResponse.from_json),
    ("*stream*.json", signalwire.Stream.from_json),
]

Measured = dict[str, tuple[Callable[[Any], Any], Any]]


def regression_bodies() -> tuple[Measured, list[str]]:
    """What benchmarks/regress.py measures, by key: one Bandwidth corpus body of each event
    type (``parse_event``), every SignalWire corpus body (its model's parse function) and every
    stream message a provider sends (``parse_stream_message``); and the body files it leaves out
    (no parser known for them)."""
    bodies: Measured = {}
    for path in sorted((CORPUS / "bandwidth").glob("*_1.json")):
        event_type = path.name.removesuffix("_1.json")
        bodies[f"bandwidth/{event_type}"] = (bandwidth.parse_event, path.read_bytes())
    left_out = []
    for path in sorted([*CORPUS.glob("signalwire/*"), *CORPUS.glob("signalwire-spec/*")]):
        if not path.name.endswith((".json", ".form.txt")) or "signature" in path.name:
            continue
        parse = next((p for pattern, p in _SIGNALWIRE_PARSERS if fnmatch(path.name, pattern)), None)
        if parse is None:
            left_out.append(path.relative_to(CORPUS).as_posix())
            continue
        body: Any = path.read_bytes()
        if path.suffix == ".json" and parse.__name__ == "from_form":
            body = json.loads(body)  # a form's fields, written as JSON
        name = path.name.removesuffix(".json").removesuffix(".form.txt")
        bodies[f"signalwire/{name}"] = (parse, body)
    parsers = {
        "bandwidth": bandwidth.parse_stream_message,
        "signalwire": signalwire.parse_stream_message,
    }
    for provider, parse_message in parsers.items():
        for path in sorted((CORPUS / f"{provider}-stream-messages").glob("*.json")):
            if not path.name.startswith("send_"):  # what the user sends is built, not parsed
                bodies[f"{provider}-stream/{path.stem}"] = (parse_message, path.read_bytes())
    return bodies, left_out


def zoned(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with a ``Z`` after each top-level timestamp that has no zone."""
    return {
        key: value + "Z" if isinstance(value, str) and _ZONELESS.fullmatch(value) else value
        for key, value in body.items()
    }


_ZONELESS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?", re.ASCII)
