"""HTTP Basic auth for Bandwidth callbacks: right credentials only, constant time, no raising."""

from __future__ import annotations

import base64
import hmac

import pytest

from voice_webhooks import PayloadError
from voice_webhooks.bandwidth.auth import basic_auth_header, check_basic_auth

USER, PASSWORD = "bw-user", "s3cr:et wörd"


def _basic(credentials: bytes) -> str:
    return "Basic " + base64.b64encode(credentials).decode()


def test_right_credentials_pass() -> None:
    header = basic_auth_header(USER, PASSWORD)
    assert check_basic_auth(header, USER, PASSWORD)
    assert check_basic_auth(header.encode("latin-1"), USER, PASSWORD)
    assert check_basic_auth(_basic(f"{USER}:{PASSWORD}".encode()), USER, PASSWORD)


@pytest.mark.parametrize(
    "header",
    [
        "basic " + basic_auth_header(USER, PASSWORD).split()[1],
        "BASIC\t" + basic_auth_header(USER, PASSWORD).split()[1],
        "  Basic   " + basic_auth_header(USER, PASSWORD).split()[1] + " ",
    ],
)
def test_scheme_case_and_spacing_are_tolerated(header: str) -> None:
    assert check_basic_auth(header, USER, PASSWORD)


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("bw-usex", PASSWORD),
        (USER, "s3cr:et wörD"),
        ("x", "y"),
        (USER, PASSWORD + " "),
        (USER, ""),
        ("", PASSWORD),
        (USER + ":" + PASSWORD[:2], PASSWORD[2:]),
    ],
)
def test_wrong_credentials_fail(username: str, password: str) -> None:
    assert not check_basic_auth(_basic(f"{username}:{password}".encode()), USER, PASSWORD)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Basic",
        "Basic ",
        "Bearer " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
        "Basic !!!!",
        "Basic " + base64.b64encode(USER.encode()).decode(),  # no colon
        "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()[:-1],
        "Basic " + base64.b64encode(b"user:pass!").decode().rstrip("="),  # padding cut
        "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode() + " extra",
        "Basic dXNlcjpwYXNz\n",
        "Basic ☃",
        "Basic \ud800",
        "Basic " + "A" * 20_000,
        12,
        ["Basic x"],
        object(),
    ],
)
def test_malformed_headers_fail_without_raising(header: object) -> None:
    assert not check_basic_auth(header, USER, PASSWORD)  # type: ignore[arg-type]


def test_both_parts_are_compared_even_when_the_first_differs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    compare_digest = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return compare_digest(a, b)

    monkeypatch.setattr("voice_webhooks.bandwidth.auth.hmac.compare_digest", counting)
    for header in (
        _basic(b"wrong:wrong"),
        _basic(f"{USER}:wrong".encode()),
        basic_auth_header(USER, PASSWORD),
        "garbage",
        None,
    ):
        calls.clear()
        check_basic_auth(header, USER, PASSWORD)
        assert len(calls) == 2, header
        assert all(len(a) == len(b) == 32 for a, b in calls)  # digests: lengths never leak


@pytest.mark.parametrize(
    ("username", "password", "path"),
    [
        ("", PASSWORD, "username"),
        (USER, "", "password"),
        (None, PASSWORD, "username"),
        (USER, b"bytes", "password"),
        ("a:b", PASSWORD, "username"),
        ("\ud800", PASSWORD, "username"),
    ],
)
def test_bad_configuration_is_a_payload_error(
    username: object, password: object, path: str
) -> None:
    for call in (
        lambda: check_basic_auth("Basic eDp5", username, password),  # type: ignore[arg-type]
        lambda: basic_auth_header(username, password),  # type: ignore[arg-type]
    ):
        with pytest.raises(PayloadError) as caught:
            call()
        assert caught.value.paths == [path]


def test_header_round_trip_with_unicode() -> None:
    header = basic_auth_header("usér", "pä:ss")
    assert base64.b64decode(header.split()[1]) == "usér:pä:ss".encode()
    assert check_basic_auth(header, "usér", "pä:ss")
