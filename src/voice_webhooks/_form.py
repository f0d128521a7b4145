"""The base of models whose wire form is an HTML form: ``from_form``/``to_form``.

A form body (``application/x-www-form-urlencoded``, or the query parameters of a GET callback)
is a flat list of text pairs.  :class:`FormModel` reads it from the raw body (``bytes`` or
``str``) or from a mapping a web framework already decoded, refuses anything it would have to
drop (a key given twice, a value that is not text), and writes it back as ``dict[str, str]``.
Strict mode works as for JSON bodies: unknown keys and unknown enum values are rejected.

>>> from pydantic import Field
>>> class Example(FormModel):
...     status: str = Field(alias="Status")
>>> Example.from_form(b"Status=stopped&Extra=kept").to_form()
{'Status': 'stopped', 'Extra': 'kept'}
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, TypeVar, Union
from urllib.parse import unquote_plus, urlencode

from ._errors import ErrorDetail, PayloadError
from ._wire import DEFAULT_MAX_BYTES, WireModel, check_body, run_validator

__all__ = ["FormBody", "FormModel", "decode_form", "parse_urlencoded"]

FormBody = Union[bytes, bytearray, memoryview, str, Mapping[str, str]]  # noqa: UP007
"""What ``from_form`` accepts: an urlencoded body (bytes or str) or a mapping of strings."""

F = TypeVar("F", bound="FormModel")


def _problem(path: str, type_: str, msg: str, input_: Any = None) -> ErrorDetail:
    return ErrorDetail(path=path, type=type_, msg=msg, input=input_)


def _raise(problems: list[ErrorDetail], subject: str) -> None:
    if problems:
        raise PayloadError(problems, subject=subject)


_MALFORMED_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _unquoted(text: str) -> str | None:
    try:
        return unquote_plus(text, errors="strict")
    except UnicodeDecodeError:
        return None


def parse_urlencoded(
    text: str, *, strict: bool = False, subject: str = "form body"
) -> list[tuple[str, str]]:
    """Split an urlencoded body into its decoded ``(name, value)`` pairs, in order.

    ``+`` is a space and ``%XX`` escapes are UTF-8.  In lenient mode an empty field (``a=1&&b=2``)
    is skipped and a field without ``=`` has an empty value, and a ``%`` that starts no ``%XX``
    escape is kept as it is, as web frameworks read them; strict mode rejects all three.  A
    ``%XX`` sequence that is not UTF-8 is always an error.

    >>> parse_urlencoded("Url=wss%3A%2F%2Fexample.com&Name=a+b&Empty=")
    [('Url', 'wss://example.com'), ('Name', 'a b'), ('Empty', '')]
    """
    pairs: list[tuple[str, str]] = []
    problems: list[ErrorDetail] = []
    if not text:
        return pairs
    for index, field in enumerate(text.split("&")):
        raw_name, equals, raw_value = field.partition("=")
        if strict and not (field and equals):
            problems.append(
                _problem(
                    raw_name,
                    "form_invalid",
                    f"Field {index + 1} of the form is not 'name=value' (strict mode)",
                    field,
                )
            )
            continue
        if not field:
            continue
        if strict and _MALFORMED_ESCAPE.search(field):
            problems.append(
                _problem(
                    raw_name,
                    "form_invalid",
                    "Field has a '%' that starts no %XX escape (strict mode)",
                    field,
                )
            )
            continue
        name, value = _unquoted(raw_name), _unquoted(raw_value)
        if name is None or value is None:
            problems.append(
                _problem(
                    raw_name if name is None else name,
                    "form_unicode",
                    "Field is not UTF-8 once its %XX escapes are decoded",
                    field,
                )
            )
            continue
        pairs.append((name, value))
    _raise(problems, subject)
    return pairs


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(body: bytes | bytearray | str, subject: str) -> str:
    if isinstance(body, str):
        if not _is_text(body):
            raise PayloadError.single(
                "", "form_unicode", "Body holds unpaired surrogates", subject=subject
            )
        return body
    try:
        return bytes(body).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PayloadError.single(
            "",
            "form_unicode",
            f"Body is not UTF-8 (byte {exc.start})",
            bytes(body[exc.start : exc.start + 4]),
            subject=subject,
        ) from None


def decode_form(
    body: object,
    *,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    subject: str = "form body",
) -> dict[str, str]:
    """A form body as a ``dict`` of its fields, in order, refusing what a dict cannot hold.

    ``body`` is an urlencoded body (``bytes``/``str``, checked against ``max_bytes`` before it
    is read) or a mapping of strings (query parameters, a framework's decoded form).  A name
    given twice, a value that is not a string, invalid UTF-8 or a body of another type raises
    :class:`~voice_webhooks.PayloadError` naming the key.

    >>> decode_form("Status=stopped&Status=queued")
    Traceback (most recent call last):
        ...
    voice_webhooks.PayloadError: invalid form body: Status: Field given more than once ...
    """
    if isinstance(body, memoryview):
        body = body.tobytes()
    if isinstance(body, Mapping):
        problems = [
            _problem(
                str(key),
                "form_value_type",
                "Form fields are text: names and values should be strings",
                value,
            )
            for key, value in body.items()
            if not (_is_text(key) and _is_text(value))
        ]
        _raise(problems, subject)
        return dict(body)
    if not isinstance(body, (bytes, bytearray, str)):
        raise PayloadError.single(
            "",
            "body_type",
            f"Body should be an urlencoded form (bytes or str) or a mapping of strings; "
            f"got {type(body).__name__}",
            subject=subject,
        )
    if body:  # the size cap, before anything is read (an empty form is a valid form)
        check_body(body, max_bytes, subject=subject)
    fields: dict[str, str] = {}
    problems = []
    for name, value in parse_urlencoded(_text(body, subject), strict=strict, subject=subject):
        if name in fields:
            problems.append(
                _problem(
                    name,
                    "duplicate_key",
                    "Field given more than once (a repeated field cannot be kept)",
                    value,
                )
            )
        else:
            fields[name] = value
    _raise(problems, subject)
    return fields


def _form_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


class FormModel(WireModel):
    """Base of the models sent or received as forms: adds ``from_form``/``to_form``.

    Unknown keys are kept (lenient mode) and written back by :meth:`to_form`; ``to_form`` lists
    the model's fields in declaration order, then the unknown keys in the order they arrived.
    Absent optional fields stay absent (a form cannot say ``null``).  ``from_json``/``to_json``
    still work, on the same flat shape as a JSON object.
    """

    @classmethod
    def from_form(
        cls: type[F],
        body: FormBody,
        *,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> F:
        """Parse an urlencoded body (``bytes``/``str``) or a mapping of strings into this model.

        ``strict=True`` rejects unknown keys, unknown enum values, repaired values and malformed
        fields.  A body over ``max_bytes`` is refused before it is read (``None`` lifts the cap).
        Raises :class:`~voice_webhooks.PayloadError` for any bad input.
        """
        subject = cls._subject()
        fields = decode_form(body, strict=strict, max_bytes=max_bytes, subject=subject)
        result = run_validator(cls.__pydantic_validator__, fields, strict=strict, subject=subject)
        return result  # type: ignore[no-any-return]

    def to_form(self) -> dict[str, str]:
        """The wire form as ordered text pairs; :meth:`from_form` reads it back equal."""
        data = self.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True)
        return {key: _form_text(value) for key, value in data.items()}

    def to_form_body(self) -> str:
        """The wire form urlencoded, ready to send as ``application/x-www-form-urlencoded``."""
        return urlencode(self.to_form())
