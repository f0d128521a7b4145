"""Stream a call's audio with SignalWire, and receive the stream's status callbacks.

Two halves, each usable alone (``pip install voice-webhooks httpx fastapi uvicorn``):

* ``start_stream`` / ``stop_stream`` call the Streams API of the Compatibility (LaML) API with
  httpx: a form body from the typed request, a typed ``Stream`` back, a ``StreamsApiError``
  holding the typed ``ErrorResponse`` on failure::

      with signalwire_client() as client:
          stream = start_stream(client, os.environ["SIGNALWIRE_PROJECT_ID"], call_sid,
                                signalwire.CreateStreamRequest(
                                    url="wss://your.host/audio", track="both_tracks",
                                    status_callback="https://your.host/stream-status"))

* ``app`` answers those status callbacks at ``/stream-status``: its dependency checks the
  ``X-SignalWire-Signature`` header on the raw body, before parsing anything, and answers 403
  when it does not match (413 for a body over 1 MiB, 422 for a signed body that is not a
  status callback)::

      uvicorn signalwire_streams:app --app-dir examples --proxy-headers

  The signature covers the URL SignalWire requested, so behind a proxy or load balancer the
  app must see the original scheme and host (``--proxy-headers`` and ``X-Forwarded-*``).

Environment: ``SIGNALWIRE_SPACE_URL`` (``https://<space>.signalwire.com``),
``SIGNALWIRE_PROJECT_ID`` and ``SIGNALWIRE_API_TOKEN`` for the API; ``SIGNALWIRE_SIGNING_KEY``
for the callbacks.
"""

from __future__ import annotations

import logging
import os
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from fastapi.responses import Response

from voice_webhooks import PayloadError, signalwire
from voice_webhooks.fastapi import describe_webhooks, signalwire_webhook

log = logging.getLogger(__name__)

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class StreamsApiError(Exception):
    """The Streams API refused a request; ``error`` is its answer."""

    def __init__(self, error: signalwire.ErrorResponse) -> None:
        super().__init__(f"HTTP {error.status}, error {error.code}: {error.message}")
        self.error = error


def signalwire_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client for your Space, with the project's credentials."""
    return httpx.Client(
        base_url=os.environ["SIGNALWIRE_SPACE_URL"],
        auth=(os.environ["SIGNALWIRE_PROJECT_ID"], os.environ["SIGNALWIRE_API_TOKEN"]),
        transport=transport,
        timeout=10.0,
    )


def _stream(response: httpx.Response) -> signalwire.Stream:
    if response.is_success:
        return signalwire.Stream.from_json(response.content)
    try:
        error = signalwire.ErrorResponse.from_json(response.content)
    except PayloadError:  # not the API's error body: a proxy's, say
        response.raise_for_status()
        raise
    raise StreamsApiError(error)


def start_stream(
    client: httpx.Client,
    account_sid: str,
    call_sid: str,
    request: signalwire.CreateStreamRequest,
) -> signalwire.Stream:
    """Start streaming a call's audio to the WebSocket server of ``request.url``."""
    path = signalwire.create_stream_path(account_sid, call_sid)
    return _stream(client.post(path, content=request.to_form_body(), headers=FORM))


def stop_stream(
    client: httpx.Client, account_sid: str, call_sid: str, stream_sid: str
) -> signalwire.Stream:
    """Stop a stream."""
    path = signalwire.update_stream_path(account_sid, call_sid, stream_sid)
    stop = signalwire.UpdateStreamRequest(status=signalwire.StreamUpdateStatus.STOPPED)
    return _stream(client.post(path, content=stop.to_form_body(), headers=FORM))


def handle_status(callback: signalwire.StreamStatusCallback) -> None:
    """Act on one status callback: your code goes here."""
    sid = callback.stream_sid
    match callback.stream_event:
        case signalwire.StreamEvent.STREAM_STARTED:
            log.info("stream %s started", sid)
        case signalwire.StreamEvent.STREAM_STOPPED:
            log.info("stream %s stopped", sid)
        case signalwire.StreamEvent.STREAM_ERROR:
            log.warning("stream %s failed: %s", sid, callback.to_form().get("StreamError"))
        case other:  # an event added after this version: lenient parsing keeps it as text
            log.info("stream %s: %s", sid, other)


app = FastAPI(title="SignalWire stream status callbacks")

SignedStatusCallback = Annotated[
    signalwire.StreamStatusCallback,
    Depends(signalwire_webhook(signing_key=os.environ["SIGNALWIRE_SIGNING_KEY"])),
]


@app.post("/stream-status", status_code=204, response_class=Response)
def stream_status(callback: SignedStatusCallback) -> None:
    """Receive a stream status callback (``StatusCallbackMethod=POST``, the default)."""
    handle_status(callback)


describe_webhooks(app)
