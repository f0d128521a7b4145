"""Every way the package reads untrusted input, found by walking the package, and the rule each
one must keep: give back a model that round-trips, or raise PayloadError, and warn about nothing.

Used by the hostile-input, fuzz and concurrency tests and by the atheris harness (``fuzz/``),
so a model or parse function added to the package is covered by all of them without a list
to update.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal
from urllib.parse import parse_qsl

import voice_webhooks
from voice_webhooks import PayloadError, WireModel, signalwire
from voice_webhooks._form import FormModel
from voice_webhooks.bandwidth import check_basic_auth

Kind = Literal["json", "form", "xml"]


def package_modules() -> list[ModuleType]:
    """Every module of the package, imported."""
    names = [voice_webhooks.__name__] + [
        info.name for info in pkgutil.walk_packages(voice_webhooks.__path__, "voice_webhooks.")
    ]
    return [importlib.import_module(name) for name in names]


def _exported() -> Iterator[tuple[ModuleType, str, Any]]:
    for module in package_modules():
        for name in getattr(module, "__all__", ()):
            yield module, name, getattr(module, name)


def models() -> list[type[WireModel]]:
    """Every model class any module exports (bases included: they parse bodies too)."""
    found = {
        obj for _, _, obj in _exported() if isinstance(obj, type) and issubclass(obj, WireModel)
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def parse_functions() -> list[Callable[..., Any]]:
    """The public ``parse_*`` functions that take a body and ``strict=``."""
    found = {
        obj
        for module, name, obj in _exported()
        if name.startswith("parse_")
        and not any(part.startswith("_") for part in module.__name__.split("."))
        and inspect.isfunction(obj)
        and "strict" in inspect.signature(obj).parameters
    }
    return sorted(found, key=lambda f: f"{f.__module__}.{f.__qualname__}")


@dataclass(frozen=True)
class Parser:
    """One parse entry point with its mode bound: ``parse(body)``, and how to write back."""

    name: str
    kind: Kind
    strict: bool
    parse: Callable[..., WireModel]  # (body, **options such as max_bytes)
    takes_query: bool = False  # also reads GET-callback query parameters (a mapping of str)

    def __repr__(self) -> str:
        return f"{self.name}[{'strict' if self.strict else 'lenient'}]"

    def write_back(self, result: WireModel) -> Any:
        if self.kind == "xml":
            return result.to_xml()  # type: ignore[attr-defined]
        return result.to_form() if self.kind == "form" else result.to_json()


def _bound(func: Callable[..., Any], strict: bool) -> Callable[..., WireModel]:
    def parse(body: Any, **options: Any) -> WireModel:
        result: WireModel = func(body, strict=strict, **options)
        return result

    return parse


def body_kind(func: Callable[..., Any]) -> Kind:
    """What a parse function reads: a form when its body is typed ``FormBody``, else JSON."""
    body = next(iter(inspect.signature(func).parameters.values()))
    return "form" if "FormBody" in str(body.annotation) else "json"


def parsers() -> list[Parser]:
    """Every parse entry point, in lenient and in strict mode."""
    out: list[Parser] = []
    for strict in (False, True):
        for func in parse_functions():
            kind = body_kind(func)
            out.append(Parser(func.__name__, kind, strict, _bound(func, strict), kind == "json"))
        for model in models():
            if hasattr(model, "from_xml"):  # an XML element or document: XML is its wire form
                out.append(Parser(f"{model.__name__}.from_xml", "xml", strict,
                                  _bound(model.from_xml, strict)))  # fmt: skip
                continue
            out.append(Parser(f"{model.__name__}.from_json", "json", strict,
                              _bound(model.from_json, strict)))  # fmt: skip
            if issubclass(model, FormModel):
                out.append(Parser(f"{model.__name__}.from_form", "form", strict,
                                  _bound(model.from_form, strict)))  # fmt: skip
    return out


# ------------------------------------------------------------------------------ input shapes


def json_inputs(data: bytes, *, query: bool) -> list[Any]:
    """The shapes a JSON body arrives in: bytes, text, the decoded mapping, query strings."""
    shapes: list[Any] = [data, data.decode("utf-8", "surrogateescape")]
    try:
        decoded = json.loads(data)
    except (ValueError, RecursionError):
        return shapes
    if isinstance(decoded, dict):
        shapes.append(decoded)
        if query:
            shapes.append(
                {k: v if isinstance(v, str) else json.dumps(v) for k, v in decoded.items()}
            )
    return shapes


def form_inputs(data: bytes) -> list[Any]:
    """The shapes a form body arrives in: bytes, text, the mapping a web framework decodes."""
    shapes: list[Any] = [data, data.decode("utf-8", "surrogateescape")]
    with contextlib.suppress(UnicodeDecodeError, ValueError):
        shapes.append(dict(parse_qsl(data.decode("utf-8"), keep_blank_values=True)))
    return shapes


def inputs_for(parser: Parser, data: bytes) -> list[Any]:
    if parser.kind == "xml":
        return [data, data.decode("utf-8", "surrogateescape")]
    if parser.kind == "form":
        return form_inputs(data)
    return json_inputs(data, query=parser.takes_query)


# ----------------------------------------------------------------------------------- the rule


def check_outcome(parser: Parser, body: Any) -> WireModel | None:
    """Parse ``body``: a model that writes back to an equal model, or a useful PayloadError.

    Any other exception, or a warning, fails (warnings are errors in here).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            result = parser.parse(body)
        except PayloadError as exc:
            check_payload_error(exc)
            return None
        assert isinstance(result, WireModel), (parser, type(result))
        again = parser.parse(parser.write_back(result))
    assert again == result, (parser, body, result, again)
    return result


def check_payload_error(exc: PayloadError) -> None:
    """The error is useful: it says what is wrong, and where, for every problem; and its
    message is safe to log: one line per problem, of bounded length, valid text."""
    assert isinstance(exc, ValueError)
    message = str(exc)
    assert message.startswith("invalid ")
    errors = exc.errors()
    assert errors
    for error in errors:
        assert isinstance(error["path"], str)
        assert isinstance(error["type"], str) and error["type"]
        assert isinstance(error["msg"], str) and error["msg"]
    lines = message.split("\n")
    assert len(lines) == (1 if len(errors) == 1 else len(errors) + 1), message
    assert all(len(line) < 700 and line.isprintable() for line in lines), message


SIGNING_KEY = "fuzz-signing-key"
URL = "https://example.com/hook?a=1"


def check_verifiers(data: bytes) -> None:
    """The request checks answer ``bool`` for any request content, and never raise."""
    text = data.decode("utf-8", "surrogateescape")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for body in (data, text, None, *form_inputs(data)[2:]):
            for signature in (data, text, data[:40], text[:28]):
                for url in (URL, text):
                    result = signalwire.verify_signature(SIGNING_KEY, url, body, signature)
                    assert result is False or isinstance(result, bool)
        for body in (data, text):
            for scheme in ("form", "raw_body"):
                try:
                    signature = signalwire.sign(SIGNING_KEY, URL, body, scheme=scheme)
                except PayloadError:
                    continue
                assert signalwire.verify_signature(SIGNING_KEY, URL, body, signature) is True
        for header in (data, text, "Basic " + text):
            assert isinstance(check_basic_auth(header, "user", "pass"), bool)


def check_everything(data: bytes) -> None:
    """Every parser, in every mode and input shape, on ``data``; then the request checks."""
    for parser in PARSERS:
        for body in inputs_for(parser, data):
            check_outcome(parser, body)
    check_verifiers(data)


PARSERS = parsers()
