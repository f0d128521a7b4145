"""Receive Bandwidth Voice webhooks in FastAPI, with the event union as the request body.

``bandwidth.BandwidthEvent`` is an ordinary Pydantic type: FastAPI validates the JSON body with
it (leniently: unknown fields, enum values and event types are kept), hands the endpoint the
model of the body's ``eventType``, and shows the union with its ``eventType`` discriminator in
the OpenAPI document (``/docs``).  A body that does not validate gets a 422 that names each
problem by its wire path (``mediaStream.duration``), as ``PayloadError`` does.

Run it (``pip install voice-webhooks fastapi uvicorn``)::

    uvicorn fastapi_app:app --app-dir examples --port 8000

and point the event URLs of your BXML (``<StartStream>``, ``<StopStream>``, the recording
verbs) at ``https://<your host>/bandwidth/callbacks``.  Bandwidth ignores the response body:
any 2xx will do, this answers 204.  Check the callbacks' Basic credentials as in
``flask_app.py`` (a FastAPI dependency calling ``bandwidth.check_basic_auth``).
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from voice_webhooks import PayloadError, bandwidth

log = logging.getLogger(__name__)

CALLBACK_PATH = "/bandwidth/callbacks"


class Problem(BaseModel):
    """One problem with a callback body."""

    path: str = Field(description="The wire path of the field: `mediaStream.tracks[1]`.")
    type: str = Field(description="A machine-readable kind, such as `missing`.")
    msg: str = Field(description="What is wrong, in words.")


class Problems(BaseModel):
    """The 422 body: every problem found."""

    detail: list[Problem]


app = FastAPI(title="Bandwidth Voice callbacks")


def handle(event: bandwidth.BandwidthEvent) -> None:
    """Act on one event: your code goes here."""
    match event:
        case bandwidth.MediaStreamStarted(media_stream=stream):
            log.info("stream %s started, sending to %s", stream.name, stream.destination)
        case bandwidth.MediaStreamRejected(media_stream=stream, error_message=message):
            log.warning("stream %s rejected: %s", stream.name, message)
        case bandwidth.MediaStreamStopped(media_stream=stream):
            seconds = stream.duration.total_seconds()
            log.info("stream %s stopped after %.3f s", stream.name, seconds)
        case bandwidth.RecordingAvailable(recording_id=recording, media_url=url):
            log.info("recording %s ready at %s", recording, url)
        case _:  # every other event type, and types this version does not know
            log.info("ignored a %s event", event.event_type)


@app.post(
    CALLBACK_PATH,
    status_code=204,
    response_class=Response,
    responses={422: {"model": Problems, "description": "The body is not a Bandwidth event"}},
)
def bandwidth_callback(event: bandwidth.BandwidthEvent) -> None:
    """Receive any Bandwidth Voice event (a plain ``def``: FastAPI runs it in a thread, so
    ``handle`` may block)."""
    handle(event)


@app.exception_handler(RequestValidationError)
async def name_wire_paths(request: Request, exc: RequestValidationError) -> Response:
    """Report a callback body that did not validate by wire paths, one entry per problem.

    Pydantic's own error locations walk through the union's branches; the library's report
    (parsing the body again, on this error path only) names each field as it is on the wire.
    """
    if request.url.path != CALLBACK_PATH:
        return await request_validation_exception_handler(request, exc)
    body = exc.body if isinstance(exc.body, (str, bytes)) else json.dumps(exc.body)
    try:
        bandwidth.parse_event(body)
    except PayloadError as error:
        problems = [Problem(path=e["path"], type=e["type"], msg=e["msg"]) for e in error.errors()]
        return JSONResponse(Problems(detail=problems).model_dump(), status_code=422)
    return await request_validation_exception_handler(request, exc)
