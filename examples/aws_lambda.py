"""Receive Bandwidth Voice webhooks in an AWS Lambda function behind API Gateway.

API Gateway (a REST API or an HTTP API, with Lambda proxy integration) hands the function the
request as an event dict: the body as text in ``body``, base64-encoded when
``isBase64Encoded`` is true, and the headers in ``headers`` (lower-cased by HTTP APIs).  Deploy
this file with the ``voice-webhooks`` package, set the handler to ``aws_lambda.handler`` and
the environment variables ``BANDWIDTH_CALLBACK_USERNAME`` and ``BANDWIDTH_CALLBACK_PASSWORD`` to
the Basic credentials Bandwidth sends, and point the event URLs of your BXML at the route.

Answers: 401 for wrong credentials, 400 for a body that is not valid base64, 413 for a body
over 1 MiB, 422 (each problem at its wire path, as FastAPI words it) for a body that is not a
Bandwidth event, 204 for every event, including event types this version of the library does
not know.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from collections.abc import Mapping
from typing import Any

from voice_webhooks import bandwidth
from voice_webhooks.receivers import BandwidthReceiver, Rejected

log = logging.getLogger(__name__)


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


def _response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> dict[str, Any]:
    """An API Gateway proxy response; ``body``, when given, is sent as JSON."""
    headers = dict(headers or {})
    if body is not None:
        headers["Content-Type"] = "application/json"
    text = "" if body is None else json.dumps(body)
    return {"statusCode": status, "headers": headers, "body": text, "isBase64Encoded": False}


def handler(request: Mapping[str, Any], context: object) -> dict[str, Any]:
    """The Lambda entry point: an API Gateway proxy event in, a proxy response out."""
    given: Mapping[str, str] = request.get("headers") or {}
    headers = {name.lower(): value for name, value in given.items()}
    receiver = BandwidthReceiver(
        username=os.environ["BANDWIDTH_CALLBACK_USERNAME"],
        password=os.environ["BANDWIDTH_CALLBACK_PASSWORD"],
    )
    body: str = request.get("body") or ""
    try:
        receiver.authenticate(headers.get("authorization"))
        try:
            raw = base64.b64decode(body, validate=True) if request.get("isBase64Encoded") else body
        except binascii.Error:
            raise Rejected(400, "Body is not valid base64") from None
        event = receiver.parse(raw)
    except Rejected as exc:
        return _response(exc.status, exc.json_body(), exc.headers)
    handle(event)
    return _response(204)
