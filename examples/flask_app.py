"""Receive Bandwidth Voice webhooks in Flask: check the Basic credentials, then parse the body.

Bandwidth does not sign its callbacks; it sends the HTTP Basic credentials set on your
application (or on the BXML verb).  Give the same ones to this app and run it
(``pip install voice-webhooks flask``)::

    export BANDWIDTH_CALLBACK_USERNAME=... BANDWIDTH_CALLBACK_PASSWORD=...
    flask --app examples/flask_app.py run --port 8000

(Flask finds ``create_app``.)  Point the event URLs of your BXML at
``https://<your host>/bandwidth/callbacks``.  A ``BandwidthReceiver`` holds the endpoint's
settings and does the checking: the view answers 401 to wrong credentials, 413 to a body over
1 MiB (read no further), 422 to a body that is not a Bandwidth event (each problem at its wire
path, as FastAPI words it), and 204 to every event, including event types this version of the
library does not know.
"""

from __future__ import annotations

import logging
import os

from flask import Flask, request
from flask.typing import ResponseReturnValue

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


def create_app() -> Flask:
    """The app, with the credentials from the environment."""
    receiver = BandwidthReceiver(
        username=os.environ["BANDWIDTH_CALLBACK_USERNAME"],
        password=os.environ["BANDWIDTH_CALLBACK_PASSWORD"],
    )
    app = Flask(__name__)

    @app.post("/bandwidth/callbacks")
    def bandwidth_callback() -> ResponseReturnValue:
        """Receive any Bandwidth Voice event."""
        try:
            event = receiver.receive(
                request.stream,
                authorization=request.headers.get("Authorization"),
                content_length=request.content_length,
            )
        except Rejected as exc:
            return exc.json_body(), exc.status, exc.headers
        handle(event)
        return "", 204

    return app
