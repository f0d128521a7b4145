"""Receive Bandwidth Voice webhooks in FastAPI: the event is one parameter of the endpoint.

``event: BandwidthWebhook`` reads the body itself (refusing one over 1 MiB with 413 while it
arrives), parses it leniently as ``bandwidth.parse_event`` does (unknown fields, enum values
and event types are kept), and hands the endpoint the model of the body's ``eventType``.  A
body that is not an event gets FastAPI's own 422, each problem at its wire path
(``["body", "mediaStream", "duration"]``).  ``describe_webhooks`` shows the event union, with
its ``eventType`` discriminator, as the request body in the OpenAPI document (``/docs``).

Run it (``pip install voice-webhooks[fastapi] uvicorn``)::

    uvicorn fastapi_app:app --app-dir examples --port 8000

and point the event URLs of your BXML at ``https://<your host>/bandwidth/callbacks``.
Bandwidth ignores the response body: any 2xx will do, this answers 204.  To check the Basic
credentials Bandwidth sends, use ``Annotated[bandwidth.BandwidthEvent,
Depends(bandwidth_webhook(username=..., password=...))]`` as the parameter's type instead.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.responses import Response

from voice_webhooks import bandwidth
from voice_webhooks.fastapi import BandwidthWebhook, describe_webhooks

log = logging.getLogger(__name__)

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


@app.post("/bandwidth/callbacks", status_code=204, response_class=Response)
def bandwidth_callback(event: BandwidthWebhook) -> None:
    """Receive any Bandwidth Voice event (a plain ``def``: FastAPI runs it in a thread, so
    ``handle`` may block)."""
    handle(event)


describe_webhooks(app)
