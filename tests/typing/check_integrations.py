"""Type expectations for the web integrations, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file, and each ``assert_type`` is an error
if the checker infers another type.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from django.http import (  # pyright: ignore[reportMissingTypeStubs]  (Django has no types)
    HttpRequest,
    HttpResponse,
)
from fastapi import Depends, Request
from typing_extensions import assert_type

from voice_webhooks import bandwidth, signalwire
from voice_webhooks import django as django_views
from voice_webhooks.fastapi import (
    BandwidthWebhook,
    StreamStatusWebhook,
    bandwidth_webhook,
    signalwire_webhook,
)
from voice_webhooks.receivers import BandwidthReceiver, Rejected, SignalWireReceiver


def fastapi_parameters_are_the_models(
    event: BandwidthWebhook,
    callback: StreamStatusWebhook,
    strict: Annotated[bandwidth.BandwidthEvent, Depends(bandwidth_webhook(strict=True))],
) -> None:
    assert_type(event, bandwidth.BandwidthEvent)
    assert_type(callback, signalwire.StreamStatusCallback)
    assert_type(strict, bandwidth.BandwidthEvent)


def fastapi_dependencies_give_their_model() -> None:
    assert_type(
        bandwidth_webhook(username="u", password="p"),
        Callable[[Request], Awaitable[bandwidth.BandwidthEvent]],
    )
    assert_type(
        signalwire_webhook(signing_key="k"),
        Callable[[Request], Awaitable[signalwire.StreamStatusCallback]],
    )
    assert_type(
        signalwire_webhook(signalwire.UpdateStreamRequest),
        Callable[[Request], Awaitable[signalwire.UpdateStreamRequest]],
    )


def receivers_give_their_model(body: bytes, query: str) -> None:
    assert_type(BandwidthReceiver().receive(body), bandwidth.BandwidthEvent)
    assert_type(BandwidthReceiver().receive_query(query), bandwidth.BandwidthEvent)
    status = SignalWireReceiver(signing_key="k")
    assert_type(status, SignalWireReceiver[signalwire.StreamStatusCallback])
    assert_type(status.receive(body, url="https://a.example"), signalwire.StreamStatusCallback)
    update = SignalWireReceiver(signalwire.UpdateStreamRequest)
    assert_type(update.parse(body), signalwire.UpdateStreamRequest)
    try:
        status.receive_query(query, url="https://a.example/?a=1", signature=None)
    except Rejected as exc:
        assert_type(exc.status, int)
        assert_type(exc.headers, dict[str, str])


@django_views.bandwidth_webhook(strict=True)
def events_view(request: HttpRequest, event: bandwidth.BandwidthEvent, tenant: str) -> HttpResponse:
    return HttpResponse(status=204)


@django_views.signalwire_webhook(signalwire.UpdateStreamRequest, signing_key="k")
async def update_view(request: HttpRequest, update: signalwire.UpdateStreamRequest) -> HttpResponse:
    return HttpResponse(status=204)


async def django_views_take_the_request_and_url_parameters(request: HttpRequest) -> None:
    assert_type(events_view(request, "tenant-1"), HttpResponse)
    assert_type(await update_view(request), HttpResponse)
