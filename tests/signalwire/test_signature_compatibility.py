"""Signatures that verify wherever SignalWire's and Twilio's own validators do, and no others.

* Differentially, on thousands of random requests (unicode, repeated names and pairs, ports,
  credentials, IPv6 hosts, query strings, JSON bodies with ``bodySHA256``, HMAC-SHA1 and
  HMAC-SHA256): ``verify_signature`` against twilio-python's ``RequestValidator`` itself, and
  against the rules of SignalWire's SDKs (a model of them, below).  Every disagreement must be
  one that ``docs/signalwire.md`` lists, and each of those must be met.
* twilio-python's own validator tests and SignalWire's Python SDK tests, ported: their vectors
  are in ``tests/corpus/signalwire-sdks/``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twilio.request_validator import HMAC_SHA256, RequestValidator, add_port, remove_port
from werkzeug.datastructures import MultiDict

from voice_webhooks import signalwire

from ..conftest import CORPUS

KEY = "PSK_test_key_ë0123"
OTHER_KEY = "PSK_other_key"
SDK_VECTORS: list[dict[str, Any]] = json.loads(
    (CORPUS / "signalwire-sdks" / "signature_vectors.sdk-tests.json").read_bytes()
)
HASHES = {28: hashlib.sha1, 40: hashlib.sha1, 44: hashlib.sha256, 64: hashlib.sha256}


# ------------------------------------------------------------------ the request, three ways


class Request:
    """A request as the provider sends it, and as each validator is handed it."""

    def __init__(self, url: str, kind: str, pairs: list[tuple[str, str]], raw: bytes) -> None:
        self.url, self.kind, self.pairs, self.raw = url, kind, pairs, raw

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8")

    def twilio_params(self) -> Any:
        """What a Twilio user passes: the framework's form (a MultiDict, as Flask's), the raw
        JSON text, or nothing."""
        if self.kind == "form":
            return MultiDict(self.pairs)
        return self.text if self.kind == "json" else {}

    def __repr__(self) -> str:
        return f"Request({self.url!r}, {self.kind!r}, {self.pairs!r}, {self.raw!r})"


def b64(message: str, algorithm: Callable[..., Any] = hashlib.sha1, key: str = KEY) -> str:
    mac = hmac.new(key.encode(), message.encode(), algorithm)
    return base64.b64encode(mac.digest()).decode()


def hexdigest(message: str, algorithm: Callable[..., Any] = hashlib.sha1) -> str:
    return hmac.new(KEY.encode(), message.encode(), algorithm).hexdigest()


def twilio_accepts(request: Request, signature: str) -> bool:
    """twilio-python's answer; an exception (a port that is not a number, a JSON body without
    ``bodySHA256``) is a refusal."""
    algorithm = HMAC_SHA256 if len(signature) == 44 else None
    try:
        return bool(
            RequestValidator(KEY).validate(
                request.url, request.twilio_params(), signature, algorithm=algorithm
            )
        )
    except Exception:
        return False


def twilio_forms(url: str) -> list[str]:
    """Twilio's two forms of the URL, from its own functions (garbled ones included)."""
    try:
        parsed = urlparse(url)
        return [remove_port(parsed), add_port(parsed)]
    except ValueError:
        return []


# ---------------------------------------------------- a model of SignalWire's SDKs' rules


def _signalwire_candidate_urls(url: str) -> list[str]:
    """SignalWire's TypeScript SDK's URL candidates: as given; with the scheme's default port
    added or removed, the rest of the URL rebuilt from its parts."""
    head, sep, rest = url.partition("://")
    if not sep:
        return [url]
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    netloc, tail = rest[:end], rest[end:]
    auth, at, host = netloc.rpartition("@")
    port = ""
    if host.startswith("["):
        close = host.find("]")
        host, port = host[: close + 1], host[close + 1 :].removeprefix(":")
    elif ":" in host and host.rsplit(":", 1)[1].isdigit():
        host, port = host.rsplit(":", 1)
    path = tail.split("?", 1)[0].split("#", 1)[0]
    query = tail.split("?", 1)[1].split("#", 1)[0] if "?" in tail.split("#", 1)[0] else ""
    fragment = tail.split("#", 1)[1] if "#" in tail else ""
    standard = {"http": "80", "https": "443"}.get(head.lower(), "")
    if not host:
        return [url]

    def build(with_port: str) -> str:
        return (
            f"{head}://{auth}{at}{host}{':' + with_port if with_port else ''}{path}"
            f"{'?' + query if query else ''}{'#' + fragment if fragment else ''}"
        )

    out = [url]
    if not port and standard:
        out.append(build(standard))
    elif port and port == standard:
        out.append(build(""))
    return out


def signalwire_accepts(request: Request, signature: str) -> bool:
    """What SignalWire's SDKs accept: its current Python and TypeScript SDKs, and its Python
    SDK 2.x (which hands Twilio's validator what it does not check itself)."""
    algorithm = HASHES.get(len(signature), hashlib.sha1)
    url, text = request.url, request.text
    # Current SDKs, JSON scheme: hex over the URL as given and the raw body.
    if signature == hexdigest(url + text, algorithm):
        return True
    # SDK 2.x: hex over Twilio's forms of the URL; then a JSON object body through Twilio.
    if any(signature == hexdigest(form + text, algorithm) for form in twilio_forms(url)):
        return True
    try:
        as_json = json.loads(text)
        twilio_algorithm = HMAC_SHA256 if algorithm is hashlib.sha256 else None
        if isinstance(as_json, dict) and RequestValidator(KEY).validate(
            url, as_json, signature, algorithm=twilio_algorithm
        ):
            return True
    except Exception:
        pass
    # Current SDKs, form scheme: names sorted (by code point in Python, by UTF-16 code unit in
    # TypeScript), values as they came; or no parameters at all, then checking bodySHA256.
    pairs = parse_qsl(text, keep_blank_values=True)
    shapes = [
        "".join(k + v for k, v in sorted(pairs, key=lambda p: p[0])),
        "".join(k + v for k, v in sorted(pairs, key=lambda p: p[0].encode("utf-16-be"))),
        "",
    ]
    for candidate in _signalwire_candidate_urls(url):
        for shape in shapes:
            if signature == b64(candidate + shape, algorithm):
                expected = dict(parse_qsl(urlparse(candidate).query, keep_blank_values=True))
                given = expected.get("bodySHA256")
                if given is None or given == hashlib.sha256(request.raw).hexdigest():
                    return True
    return False


# ------------------------------------------------------------ the documented differences


def _garbled_forms(url: str) -> list[str]:
    """Twilio's forms of the URL that name another host (or none): the port cut at the first
    colon of a netloc with credentials ``user:password@`` or an IPv6 host, or ``:443``
    appended to a host ending in ``:`` or ``:0``."""
    host = urlparse(url).hostname
    garbled = []
    for form in twilio_forms(url):
        try:
            parsed = urlparse(form)
            _ = parsed.port  # raises for a port that is not a number
            same = parsed.hostname == host
        except ValueError:  # no host, or a port that is not a number
            same = False
        if not same:
            garbled.append(form)
    return garbled


def twilio_garbles(request: Request, signature: str) -> bool:
    """Twilio (or SignalWire's SDK 2.x, through Twilio's functions) accepts the signature only
    through a garbled form of the URL."""
    validator = RequestValidator(KEY)
    algorithm = HMAC_SHA256 if len(signature) == 44 else None
    params = request.twilio_params()
    for form in _garbled_forms(request.url):
        candidates = [
            hexdigest(form + request.text, HASHES.get(len(signature), hashlib.sha1)),
            validator.compute_signature(form, {}, algorithm),
        ]
        if not isinstance(params, str):
            candidates.append(validator.compute_signature(form, params, algorithm))
        try:
            as_json = json.loads(request.text)
            candidates.append(validator.compute_signature(form, as_json, algorithm))
        except Exception:
            pass
        if signature in candidates:
            return True
    return False


def twilio_ignores_body_sha256(request: Request, signature: str) -> bool:
    """Twilio's validator, handed the decoded form of a request whose URL has a
    ``bodySHA256``, checks the URL and the parameters and not the hash; a URL with one says
    the body is hashed, so that signature is refused."""
    twilio_reading = parse_qs(urlparse(request.url).query).get("bodySHA256")
    if request.kind != "form" or not twilio_reading:
        return False
    validator = RequestValidator(KEY)
    algorithm = HMAC_SHA256 if len(signature) == 44 else None
    params = request.twilio_params()
    return any(
        signature == validator.compute_signature(form, params, algorithm)
        for form in twilio_forms(request.url)
    )


def empty_port(request: Request) -> bool:
    """A URL whose port is empty (``host:``): SignalWire's TypeScript SDK rebuilds it with a
    default port (``[::1]:443``, ``host::443``); only the URL as given and Twilio's forms of it
    are tried."""
    netloc = urlparse(request.url).netloc
    return netloc.endswith(":")


def unsigned_body(request: Request, signature: str) -> bool:
    """SignalWire's SDKs accept a signature of the URL alone for a request whose URL has no
    ``bodySHA256``, whatever its body: any body would pass.  Refused."""
    if not request.pairs and request.kind != "json":
        return False
    algorithm = HASHES.get(len(signature), hashlib.sha1)
    no_hash = "bodySHA256" not in dict(parse_qsl(urlparse(request.url).query))
    return no_hash and any(
        signature == b64(candidate, algorithm)
        for candidate in _signalwire_candidate_urls(request.url)
    )


# ------------------------------------------------------------------ random requests

_names = st.sampled_from(["a", "b", "A", "Digits", "é", "\uffff", "\U0001f600", "", "a b", "="])
_values = st.one_of(
    st.sampled_from(["", "1", "2", "+1 555", "é", "\U0001f600", "a&b=c"]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=5),
)
_pairs = st.lists(st.tuples(_names, _values), max_size=5).flatmap(
    lambda pairs: st.integers(0, len(pairs)).map(lambda n: pairs + pairs[:n])  # repeats
)
_urls = st.builds(
    lambda scheme, auth, host, port, path, query, fragment: (
        f"{scheme}://{auth}{host}{port}{path}{query}{fragment}"
    ),
    st.sampled_from(["https", "http", "HTTPS"]),
    st.sampled_from(["", "", "user@", "user:pw@"]),
    st.sampled_from(["example.com", "Example.COM", "[2001:db8::1]", "10.0.0.5"]),
    st.sampled_from(["", "", ":443", ":80", ":8443", ":0443", ":0", ":"]),
    st.lists(st.sampled_from(["hook", "a;b", "é", "%C3%A9", "x y", ""]), max_size=3).map(
        lambda parts: "/" + "/".join(parts)
    ),
    st.one_of(
        st.just(""),
        st.just("?"),
        st.lists(st.tuples(_names, _values), max_size=3).map(lambda q: "?" + urlencode(q)),
    ),
    st.sampled_from(["", "", "#", "#top"]),
)


@st.composite
def requests(draw: st.DrawFn) -> Request:
    url = draw(_urls)
    kind = draw(st.sampled_from(["form", "form", "get", "json"]))
    if kind == "get":
        return Request(url, kind, [], b"")
    pairs = draw(_pairs)
    if kind == "form":
        raw = urlencode(pairs).encode()
        if draw(st.integers(0, 5)) == 0:  # a URL that says the body is hashed
            digest = draw(st.sampled_from([hashlib.sha256(raw).hexdigest(), "0" * 64]))
            url = _with_query(url, f"bodySHA256={digest}")
        return Request(url, kind, pairs, raw)
    value: Any = dict(pairs) if draw(st.booleans()) else {"n": 1, **dict(pairs)}
    raw = json.dumps(value, ensure_ascii=draw(st.booleans())).encode()
    digest = hashlib.sha256(raw).hexdigest()
    hashes = draw(
        st.sampled_from(
            [[], [digest], ["0" * 64], [digest.upper()], [digest, "0" * 64], ["0" * 64, digest],
             ["", digest], [""]]
        )
    )  # fmt: skip
    if hashes:
        url = _with_query(url, "&".join(f"bodySHA256={h}" for h in hashes))
    return Request(url, kind, [], raw)


def _with_query(url: str, parameters: str) -> str:
    base, mark, fragment = url.partition("#")
    separator = "&" if "?" in base else "?"
    return base + separator + parameters + mark + fragment


def signatures(request: Request) -> st.SearchStrategy[str]:
    """Signatures a signer might send: each validator's own (over each of its URL forms),
    ours, the raw-body scheme's, and forgeries (another key, another request, noise)."""
    validator = RequestValidator(KEY)
    params = request.twilio_params() if request.kind == "form" else {}
    candidates: list[str] = []
    for algorithm, digest in ((None, hashlib.sha1), (HMAC_SHA256, hashlib.sha256)):
        for form in twilio_forms(request.url):
            candidates.append(validator.compute_signature(form, params, algorithm))
            candidates.append(hexdigest(form + request.text, digest))
        pairs = parse_qsl(request.text, keep_blank_values=True)
        by_name = "".join(k + v for k, v in sorted(pairs, key=lambda p: p[0]))
        for candidate in _signalwire_candidate_urls(request.url):
            candidates += [b64(candidate + by_name, digest), b64(candidate, digest)]
        candidates.append(hexdigest(request.url + request.text, digest))
        candidates.append(b64(request.url + by_name + "x", digest))  # another request
        candidates.append(b64(request.url + by_name, digest, OTHER_KEY))
    for scheme in ("form", "raw_body"):
        with contextlib.suppress(ValueError):
            candidates.append(signalwire.sign(KEY, request.url, request.raw, scheme=scheme))
    noise = st.binary(min_size=20, max_size=20).map(lambda b: base64.b64encode(b).decode())
    return st.one_of(st.sampled_from(candidates), noise)


DIFFERENTIAL = settings(
    max_examples=1500,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_no_disagreement_with_twilio_or_signalwire_but_the_documented_ones() -> None:
    seen: Counter[str] = Counter()

    @DIFFERENTIAL
    @given(st.data())
    def check(data: st.DataObject) -> None:
        request = data.draw(requests())
        for _ in range(4):
            signature = data.draw(signatures(request))
            body = request.raw if request.kind != "get" else None
            ours = signalwire.verify_signature(KEY, request.url, body, signature)
            twilio = twilio_accepts(request, signature)
            sdk = signalwire_accepts(request, signature)
            seen["accepted" if ours else "refused"] += 1
            if ours:  # no other: some validator accepts it
                assert twilio or sdk, (request, signature)
            if ours and not twilio:
                seen["SignalWire's SDKs only"] += 1  # explained: sdk is true
            if twilio and not ours:
                if twilio_garbles(request, signature):
                    seen["Twilio's garbled URL"] += 1
                else:
                    assert twilio_ignores_body_sha256(request, signature), (request, signature)
                    seen["Twilio ignores bodySHA256"] += 1
            if sdk and not ours:
                if unsigned_body(request, signature):
                    seen["unsigned body"] += 1
                elif empty_port(request):
                    seen["empty port"] += 1
                else:
                    assert twilio_garbles(request, signature), (request, signature)
            if ours == twilio:
                seen["agree with Twilio"] += 1

    check()
    assert sum(seen[k] for k in ("accepted", "refused")) >= 6000
    for category in (
        "accepted",
        "refused",
        "agree with Twilio",
        "SignalWire's SDKs only",
        "Twilio's garbled URL",
        "Twilio ignores bodySHA256",
        "unsigned body",
        "empty port",
    ):
        assert seen[category] > 0, (category, seen)


# ------------------------------------------------------------ each rule, by example


def test_a_repeated_identical_pair_verifies_kept_or_removed() -> None:
    url, body = "https://h.example/x", "a=1&a=1&b=2"
    kept = b64(url + "a1a1b2")  # SignalWire keeps it
    removed = b64(url + "a1b2")  # Twilio removes it
    for signature in (kept, removed):
        assert signalwire.verify_signature(KEY, url, body, signature)
        assert signalwire.verify_signature(KEY, url, {"a": ["1", "1"], "b": "2"}, signature)
    validator = RequestValidator(KEY)
    params = MultiDict([("a", "1"), ("a", "1"), ("b", "2")])
    assert validator.validate(url, params, removed) and not validator.validate(url, params, kept)
    assert not signalwire.verify_signature(KEY, url, body, b64(url + "a1a1a1b2"))


def test_a_repeated_name_s_values_in_their_order_or_sorted() -> None:
    url, body = "https://h.example/x", "a=2&a=1"
    for signed in ("a2a1", "a1a2"):
        assert signalwire.verify_signature(KEY, url, body, b64(url + signed))
    # Twilio's URL forms go with Twilio's order only, SignalWire's with SignalWire's.
    with_port = "https://h.example:443/x"
    assert signalwire.verify_signature(KEY, with_port, body, b64(url + "a1a2"))
    assert signalwire.verify_signature(KEY, with_port, body, b64(url + "a2a1"))
    assert signalwire.verify_signature(KEY, "https://h.example:8443/x", body, b64(url + "a1a2"))
    assert not signalwire.verify_signature(KEY, "https://h.example:8443/x", body, b64(url + "a2a1"))


def test_names_are_also_sorted_as_javascript_sorts_them() -> None:
    # U+FFFF sorts after U+1F600 by code point, before it by UTF-16 code unit.
    url, body = "https://h.example/x", urlencode([("\uffff", "1"), ("\U0001f600", "2")])
    code_points = b64(url + "\uffff1\U0001f6002")
    utf16 = b64(url + "\U0001f6002\uffff1")
    assert signalwire.verify_signature(KEY, url, body, code_points)
    assert signalwire.verify_signature(KEY, url, body, utf16)
    assert RequestValidator(KEY).validate(url, MultiDict(parse_qsl(body)), code_points)


@pytest.mark.parametrize("port", [":8443", ":80", ":4430", ":443"])
def test_any_port_may_be_left_out_of_the_signed_url(port: str) -> None:
    url, body = f"https://h.example{port}/x?y=1", "a=1"
    signature = b64("https://h.example/x?y=1a1")
    assert signalwire.verify_signature(KEY, url, body, signature)
    assert RequestValidator(KEY).validate(url, {"a": "1"}, signature)


def test_sha256_signatures_over_the_same_string() -> None:
    url, body = "https://h.example/x", "b=2&a=1"
    form = b64(url + "a1b2", hashlib.sha256)
    raw = hexdigest(url + body, hashlib.sha256)
    assert len(form) == 44 and len(raw) == 64
    for signature in (form, raw):
        assert signalwire.verify_signature(KEY, url, body, signature)
        assert signalwire.verify_signature(KEY, url, body, signature, algorithm="sha256")
        assert not signalwire.verify_signature(KEY, url, body, signature, algorithm="sha1")
    assert signalwire.sign(KEY, url, body, algorithm="sha256") == form
    assert signalwire.sign(KEY, url, body, scheme="raw_body", algorithm="sha256") == raw
    assert RequestValidator(KEY).validate(url, {"a": "1", "b": "2"}, form, HMAC_SHA256)
    assert not signalwire.verify_signature(KEY, url, body + "&c=3", form)


def test_a_url_only_signature_needs_a_matching_body_sha256() -> None:
    url, body = "https://h.example/x", b'{"a": "b"}'
    url_only = b64(url)
    # SignalWire's SDKs accept this one for any body: refused, the body is unsigned.
    assert signalwire_accepts(Request(url, "json", [], body), url_only)
    assert not signalwire.verify_signature(KEY, url, body, url_only)
    signed_url = signalwire.with_body_sha256(url, body)
    assert signalwire.verify_signature(KEY, signed_url, body, b64(signed_url))
    assert not signalwire.verify_signature(KEY, signed_url, body + b" ", b64(signed_url))
    # An empty body has nothing to sign: the URL alone covers it.
    assert signalwire.verify_signature(KEY, url, b"", url_only)
    assert signalwire.verify_signature(KEY, url, None, url_only)


def test_body_sha256_read_as_twilio_or_as_signalwire_does() -> None:
    body = b'{"a": "b"}'
    digest = hashlib.sha256(body).hexdigest()
    for query in (f"?bodySHA256={digest}&bodySHA256=00", f"?bodySHA256=00&bodySHA256={digest}"):
        url = "https://h.example/x" + query
        assert signalwire.verify_signature(KEY, url, body, b64(url))
    upper = "https://h.example/x?bodySHA256=" + digest.upper()
    assert not signalwire.verify_signature(KEY, upper, body, b64(upper))  # neither accepts
    assert not RequestValidator(KEY).validate(upper, body.decode(), b64(upper))


def test_a_json_object_body_verifies_as_the_form_it_stands_for() -> None:
    url = "https://h.example/x"
    body = b'{"b": "2", "a": "1"}'
    assert signalwire.verify_signature(KEY, url, body, b64(url + "a1b2"))
    assert not signalwire.verify_signature(KEY, url, b'{"b": 2, "a": "1"}', b64(url + "a1b2"))


def test_garbled_twilio_forms_are_refused() -> None:
    for url, garbled in (
        ("https://user:pw@h.example:8443/x", "https://user/x"),
        ("https://[2001:db8::1]:8443/x", "https://[2001/x"),
        ("https://h.example:0/x", "https://h.example:0:443/x"),
        ("https://h.example:/x", "https://h.example::443/x"),
    ):
        signature = b64(garbled + "a1")
        assert garbled in twilio_forms(url)
        assert RequestValidator(KEY).validate(url, {"a": "1"}, signature)
        assert not signalwire.verify_signature(KEY, url, "a=1", signature)
        proper = b64(url + "a1")
        assert signalwire.verify_signature(KEY, url, "a=1", proper)


def test_hex_signatures_are_lower_case_as_the_sdks_compare_them() -> None:
    url, body = "https://h.example/x", "a=1"
    signature = hexdigest(url + body)
    assert signalwire.verify_signature(KEY, url, body, signature)
    assert not signalwire.verify_signature(KEY, url, body, signature.upper())


# ------------------------------------------------------------ the SDKs' own tests, ported


def _body_of(vector: dict[str, Any]) -> Any:
    if "params" in vector:
        grouped: dict[str, list[str]] = {}
        for name, value in vector["params"]:
            grouped.setdefault(name, []).append(value)
        return grouped
    return vector["raw_body"]


@pytest.mark.parametrize("vector", SDK_VECTORS, ids=[v["name"] for v in SDK_VECTORS])
def test_the_sdks_own_vectors_verify(vector: dict[str, Any]) -> None:
    key, url, signature = vector["signing_key"], vector["url"], vector["signature"]
    body = _body_of(vector)
    assert signalwire.verify_signature(key, url, body, signature)
    assert not signalwire.verify_signature(key + "x", url, body, signature)
    if "params" in vector:
        params = [(name, value) for name, value in vector["params"]]
        form = urlencode(params).encode()
        assert signalwire.verify_signature(key, url, form, signature)
        twilio = RequestValidator(key)
        assert twilio.validate(url, MultiDict(params), signature)
        changed = [*params[:-1], (params[-1][0], "changed")]
        assert not signalwire.verify_signature(key, url, urlencode(changed), signature)
    if "body_sha256" in vector:
        assert signalwire.body_sha256(vector["raw_body"]) == vector["body_sha256"]
        assert RequestValidator(key).validate(url, vector["raw_body"], signature)


def test_twilio_s_duplicate_name_vector_sorts_the_values() -> None:
    (vector,) = [v for v in SDK_VECTORS if v["name"] == "twilio-duplicate-name"]
    validator = RequestValidator(vector["signing_key"])
    params = [(name, value) for name, value in vector["params"]]
    assert validator.compute_signature(vector["url"], MultiDict(params)) == vector["signature"]
    # Digits arrive as 5678 then 1234: signed sorted, the order they came verifies too.
    arrival = b64(
        vector["url"] + "Digits5678Digits1234SidCA123SidAccountAC123", key=vector["signing_key"]
    )
    assert signalwire.verify_signature(
        vector["signing_key"], vector["url"], urlencode(params), arrival
    )


def test_signalwire_s_real_callbacks_parse_strictly() -> None:
    for vector in SDK_VECTORS:
        if vector["name"].startswith("signalwire-http"):
            callback = signalwire.parse_callback(dict(vector["params"]), strict=True)
            assert isinstance(callback, signalwire.CallStatusCallback)
            assert callback.hangup_direction in ("inbound", "outbound")
            assert callback.audio_in_mos is None  # not sent, though the spec requires it


def test_every_file_of_the_sdk_group_is_exercised() -> None:
    assert {p.name for p in (CORPUS / "signalwire-sdks").iterdir()} == {
        "signature_vectors.sdk-tests.json"
    }
    assert {v["name"].split("-")[0] for v in SDK_VECTORS} == {
        "relay",
        "compat",
        "signalwire",
        "twilio",
    }
