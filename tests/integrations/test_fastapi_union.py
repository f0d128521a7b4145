"""The bare union as a FastAPI body (``event: bandwidth.BandwidthEvent``, as the README shows):
FastAPI's own 422 for every bad body, each problem once at its wire path, never large."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI

from voice_webhooks import bandwidth

from .._bad_bodies import EVENT_MODELS, EVENT_MUTATIONS, FIVE_MB, Loc, Mutation, complete_body
from .._bad_bodies import huge_bodies as _huge_bodies
from ..examples._support import asgi_request

URL = "https://callbacks.example/events"
app = FastAPI()


@app.post("/events")
def receive(event: bandwidth.BandwidthEvent) -> dict[str, str]:
    return {"model": type(event).__name__, "eventType": event.event_type}


def post(body: bytes) -> Any:
    return asgi_request(
        app, "POST", URL, content=body, headers={"Content-Type": "application/json"}
    )


def rejected(body: bytes) -> list[dict[str, Any]]:
    """The problems of FastAPI's 422, checked to be FastAPI's shape and small."""
    response = post(body)
    assert response.status_code == 422, response.text
    assert len(response.content) < 4096
    detail: list[dict[str, Any]] = response.json()["detail"]
    for problem in detail:
        assert set(problem) <= {"type", "loc", "msg", "input", "ctx"}
        assert problem["loc"][0] == "body"
        assert not any(str(part).startswith("~") for part in problem["loc"])
    return detail


def locs(detail: list[dict[str, Any]]) -> list[Loc]:
    return [tuple(problem["loc"][1:]) for problem in detail]


@pytest.mark.parametrize("model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_a_complete_body_reaches_the_endpoint(model: type[bandwidth.CallEvent]) -> None:
    response = post(json.dumps(complete_body(model)).encode())
    assert response.status_code == 200
    assert response.json()["model"] == model.__name__


LENIENT = [mutation for mutation in EVENT_MUTATIONS if not mutation.strict]


@pytest.mark.parametrize("mutation", LENIENT, ids=repr)
def test_each_bad_body_is_one_problem_at_its_wire_path(mutation: Mutation) -> None:
    detail = rejected(json.dumps(mutation.body()).encode())
    assert locs(detail) == [mutation.loc]
    if mutation.what == "missing":
        assert detail[0]["type"] == "missing"


@pytest.mark.parametrize(("name", "body", "expected"), _huge_bodies(), ids=lambda v: str(v)[:30])
def test_a_5_mb_body_is_answered_in_a_few_kilobytes(name: str, body: Any, expected: Any) -> None:
    text = json.dumps(body).encode()
    assert len(text) > FIVE_MB
    assert locs(rejected(text)) == expected


@pytest.mark.parametrize(
    "garbage",
    [bytes(range(256)) * 4, b"\xff\xfe{", b'{"eventType": "mediaStreamStopped",', b""],
    ids=["binary", "not-utf-8", "truncated", "empty"],
)
def test_garbage_bytes_are_one_short_answer(garbage: bytes) -> None:
    # FastAPI decodes the JSON itself, before the union runs: its answers (400 for bytes that
    # are not UTF-8, 422 for the rest), one problem, never the body
    response = post(garbage * 5000)
    assert response.status_code in (400, 422)
    assert len(response.content) < 1024
    detail = response.json()["detail"]
    assert isinstance(detail, str) or len(detail) == 1


def test_a_body_that_is_not_an_event_is_one_problem() -> None:
    assert [(p["loc"], p["type"]) for p in rejected(b"[1, 2]")] == [(["body"], "body_not_object")]
    assert [(p["loc"], p["type"]) for p in rejected(b'{"callId": "c-1"}')] == [
        (["body", "eventType"], "missing")
    ]


def test_unknown_event_types_reach_the_endpoint() -> None:
    response = post(b'{"eventType": "somethingNew", "callId": "c-1"}')
    assert response.json() == {"model": "UnknownEvent", "eventType": "somethingNew"}


def test_openapi_documents_the_union_with_its_discriminator() -> None:
    document = app.openapi()
    body = document["paths"]["/events"]["post"]["requestBody"]
    known, unknown = body["content"]["application/json"]["schema"]["anyOf"]
    assert known["discriminator"]["propertyName"] == "eventType"
    assert set(known["discriminator"]["mapping"]) == set(bandwidth.EVENT_TYPES)
    assert unknown == {"$ref": "#/components/schemas/UnknownEvent"}
