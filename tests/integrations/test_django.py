"""voice_webhooks.django through Django's own test clients (WSGI and ASGI), sync and async
views: credentials, signatures, the size cap, the parsing rules and the 422 problems."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import django
import pytest
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.test import AsyncClient, Client, override_settings
from django.urls import path

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
from voice_webhooks.django import bandwidth_webhook, signalwire_webhook
from voice_webhooks.testing import stream_status_callback

from .._bad_bodies import EVENT_MUTATIONS, Mutation

if not settings.configured:  # (the Django example's tests may have configured them first)
    settings.configure(
        SECRET_KEY="only-for-the-tests",
        ALLOWED_HOSTS=["testserver"],
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        ROOT_URLCONF=__name__,
    )
    django.setup()

USERNAME, PASSWORD = "bw-callbacks", "correct horse battery staple"
KEY = "the-signing-key"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
received: list[Any] = []


def answer(request: HttpRequest, payload: Any, **kwargs: Any) -> HttpResponse:
    received.append(payload)
    return JsonResponse({"model": type(payload).__name__, **kwargs})


@bandwidth_webhook()
def events(request: HttpRequest, event: bandwidth.BandwidthEvent) -> HttpResponse:
    return answer(request, event)


@bandwidth_webhook(username=USERNAME, password=PASSWORD, max_bytes=64 * 1024)
async def guarded(request: HttpRequest, event: bandwidth.BandwidthEvent) -> HttpResponse:
    await asyncio.sleep(0)
    return answer(request, event)


@bandwidth_webhook(strict=True)
def strict(request: HttpRequest, event: bandwidth.BandwidthEvent, tenant: str) -> HttpResponse:
    return answer(request, event, tenant=tenant)


@signalwire_webhook(signing_key=KEY)
def status(request: HttpRequest, callback: signalwire.StreamStatusCallback) -> HttpResponse:
    return answer(request, callback)


@signalwire_webhook(signing_key=KEY, url=lambda request: "https://public.example/status")
async def proxied_status(
    request: HttpRequest, callback: signalwire.StreamStatusCallback
) -> HttpResponse:
    return answer(request, callback)


urlpatterns = [
    path("events", events),
    path("guarded", guarded),
    path("tenants/<str:tenant>/strict", strict),
    path("status", status),
    path("proxied-status", proxied_status),
]


@pytest.fixture(autouse=True)
def _urls_and_nothing_received() -> Iterator[None]:
    received.clear()
    with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"]):
        yield


def post(url: str, body: bytes | str, content_type: str = JSON, **headers: str) -> Any:
    client = Client(enforce_csrf_checks=True)  # no CSRF token: the decorators exempt the views
    return client.post(url, body, content_type=content_type, headers=headers)


def apost(url: str, body: bytes | str, content_type: str = JSON, **headers: str) -> Any:
    async def go() -> Any:
        client = AsyncClient(enforce_csrf_checks=True)
        return await client.post(url, body, content_type=content_type, headers=headers)

    return asyncio.run(go())


def basic(username: str = USERNAME, password: str = PASSWORD) -> str:
    return bandwidth.basic_auth_header(username, password)


# ----------------------------------------------------------------------------- Bandwidth


def test_a_sync_view_gets_the_event() -> None:
    response = post("/events", MEDIA_STREAM_STOPPED)
    assert response.status_code == 200
    assert response.json() == {"model": "MediaStreamStopped"}
    assert received == [bandwidth.parse_event(MEDIA_STREAM_STOPPED)]


def test_an_async_view_gets_the_event_through_asgi() -> None:
    response = apost("/guarded", MEDIA_STREAM_STOPPED, authorization=basic())
    assert response.status_code == 200
    assert response.json() == {"model": "MediaStreamStopped"}


@pytest.mark.parametrize("mutation", EVENT_MUTATIONS, ids=repr)
def test_a_bad_body_is_422_with_the_problem_at_its_wire_path(mutation: Mutation) -> None:
    url = "/tenants/t-1/strict" if mutation.strict else "/events"
    response = post(url, json.dumps(mutation.body()))
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", *mutation.loc]
    assert set(problem) == {"type", "loc", "msg", "input"}
    assert received == []


def test_url_parameters_reach_the_view_after_the_event() -> None:
    response = post("/tenants/t-1/strict", MEDIA_STREAM_STOPPED)
    assert response.json() == {"model": "MediaStreamStopped", "tenant": "t-1"}


def test_a_get_callback_is_read_from_the_query_string() -> None:
    response = Client().get("/events?eventType=somethingNew&callId=c-1")
    assert response.json() == {"model": "UnknownEvent"}
    assert received[0].wire_extra() == {"callId": "c-1"}


@pytest.mark.parametrize(
    "authorization",
    [None, basic(password="guess"), "Bearer token"],
    ids=["none", "wrong", "not-basic"],
)
def test_wrong_credentials_are_401(authorization: str | None) -> None:
    headers = {} if authorization is None else {"authorization": authorization}
    for send in (post, apost):
        response = send("/guarded", MEDIA_STREAM_STOPPED, **headers)
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == 'Basic realm="Bandwidth callbacks"'
    assert received == []


def test_a_declared_length_over_the_cap_is_413_before_reading() -> None:
    client = Client()
    response = client.post(
        "/guarded",
        MEDIA_STREAM_STOPPED,
        content_type=JSON,
        headers={"authorization": basic()},
        CONTENT_LENGTH=str(10 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert response.json() == {
        "detail": "Body is 10485760 bytes over the 65536-byte cap (max_bytes=)"
    }


def test_a_body_over_the_cap_is_413() -> None:
    body = json.loads(MEDIA_STREAM_STOPPED) | {"padding": "x" * 70_000}
    assert post("/guarded", json.dumps(body), authorization=basic()).status_code == 413
    assert apost("/guarded", json.dumps(body), authorization=basic()).status_code == 413


# ------------------------------------------------------------------------------ SignalWire


def test_a_signed_callback_reaches_the_view() -> None:
    body = stream_status_callback.body()
    signature = signalwire.sign(KEY, "http://testserver/status", body)
    response = post("/status", body, FORM, **{"x-signalwire-signature": signature})
    assert response.status_code == 200
    assert received == [signalwire.StreamStatusCallback.from_form(body)]


def test_a_forged_or_missing_signature_is_403() -> None:
    body = stream_status_callback.body()
    for headers in ({}, {"x-signalwire-signature": "forged"}):
        response = post("/status", body, FORM, **headers)
        assert response.status_code == 403
        assert response.json() == {"detail": "Missing or wrong request signature"}
    assert received == []


def test_the_signed_url_can_be_the_public_one() -> None:
    body = stream_status_callback.body()
    signature = signalwire.sign(KEY, "https://public.example/status", body)
    response = apost("/proxied-status", body, FORM, **{"x-signalwire-signature": signature})
    assert response.status_code == 200
    assert isinstance(received[0], signalwire.StreamStatusCallback)


def test_a_signed_bad_form_is_422() -> None:
    body = "AccountSid=AC1&StreamEvent=stream-started&StreamSid=MZ1&Timestamp=soon"
    signature = signalwire.sign(KEY, "http://testserver/status", body)
    response = post("/status", body, FORM, **{"x-signalwire-signature": signature})
    assert response.status_code == 422
    assert [(p["loc"], p["type"]) for p in response.json()["detail"]] == [
        (["body", "Timestamp"], "datetime_parsing")
    ]


def test_a_signed_get_callback_is_read_from_the_query_string() -> None:
    query = stream_status_callback.body()
    signature = signalwire.sign(KEY, f"http://testserver/status?{query}")
    response = Client().get(f"/status?{query}", headers={"x-signalwire-signature": signature})
    assert response.status_code == 200
    assert received == [signalwire.StreamStatusCallback.from_form(query)]
