"""Receive Bandwidth Voice and SignalWire stream callbacks in Django: one decorator per view.

A whole Django project in one file (``pip install voice-webhooks[django]``)::

    export BANDWIDTH_CALLBACK_USERNAME=... BANDWIDTH_CALLBACK_PASSWORD=...
    export SIGNALWIRE_SIGNING_KEY=...
    python examples/django_app.py runserver 8000

In your own project the two views and their ``urlpatterns`` are what you take.  Point the
event URLs of your BXML at ``https://<your host>/bandwidth/callbacks`` and the
``StatusCallback`` of your SignalWire streams at ``https://<your host>/stream-status``.

The decorators answer 401 (wrong Basic credentials), 403 (wrong signature), 413 (a body over
1 MiB) and 422 (a body that is not a callback, each problem by its wire path); the views see
only parsed callbacks, and answer 204.
"""

from __future__ import annotations

import logging
import os
import sys

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import path

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.django import bandwidth_webhook, signalwire_webhook

if not settings.configured:  # the settings of this one-file project
    settings.configure(
        ROOT_URLCONF=__name__,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "only-for-this-example"),
        ALLOWED_HOSTS=os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(","),
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    )

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
        case bandwidth.UnknownEvent(event_type=name):
            log.info("ignored a %s event", name)


@bandwidth_webhook(
    username=os.environ["BANDWIDTH_CALLBACK_USERNAME"],
    password=os.environ["BANDWIDTH_CALLBACK_PASSWORD"],
)
def bandwidth_callback(request: HttpRequest, event: bandwidth.BandwidthEvent) -> HttpResponse:
    """Receive any Bandwidth Voice event."""
    handle(event)
    return HttpResponse(status=204)


@signalwire_webhook(signing_key=os.environ["SIGNALWIRE_SIGNING_KEY"])
async def stream_status(
    request: HttpRequest, callback: signalwire.StreamStatusCallback
) -> HttpResponse:
    """Receive a stream status callback (an async view: the decorator serves both kinds)."""
    log.info("stream %s: %s", callback.stream_sid, callback.stream_event)
    return HttpResponse(status=204)


urlpatterns = [
    path("bandwidth/callbacks", bandwidth_callback),
    path("stream-status", stream_status),
]

application = get_wsgi_application()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
