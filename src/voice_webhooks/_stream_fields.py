"""Field types of the WebSocket stream messages: numbers sent as text, and base64 audio.

Both providers write counters as JSON strings (``"sequenceNumber": "42"``).  :data:`DecimalText`
types them as ``int`` and writes them back as the same text; :func:`decode_audio` turns a
``payload`` into bytes when the audio is asked for, never while a frame is parsed.
"""

from __future__ import annotations

import binascii
import re
import sys
from typing import TYPE_CHECKING, Annotated, Any, Final

from pydantic import GetCoreSchemaHandler, ValidationInfo
from pydantic_core import PydanticCustomError, core_schema

from ._errors import PayloadError
from ._strictness import is_strict

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

__all__ = ["BASE64_PATTERN", "DECIMAL_PATTERN", "DecimalText", "decode_audio", "encode_audio"]

DECIMAL_PATTERN: Final = r"^(0|[1-9][0-9]{0,17})$"
"""A counter as the providers write it: decimal digits, no sign, no leading zero."""

BASE64_PATTERN: Final = r"^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
"""Standard base64 with padding (RFC 4648, section 4), as ``payload`` carries audio."""

_LIMIT: Final = 10**18  # what DECIMAL_PATTERN admits: far beyond any real counter
_LEADING_ZEROS: Final = re.compile(r"[0-9]{1,18}", re.ASCII)
_MESSAGE: Final = (
    'Input should be a whole number written as decimal text, such as "42" (lenient mode '
    "also takes a non-negative JSON integer, or digits with leading zeros)"
)


def _lenient_number(value: Any, info: ValidationInfo) -> int:
    """What only lenient mode reads: a JSON integer, or digits with leading zeros."""
    if not is_strict(info):
        if type(value) is int and 0 <= value < _LIMIT:
            return value
        if type(value) is str and _LEADING_ZEROS.fullmatch(value):
            return int(value)
    raise PydanticCustomError("decimal_text", _MESSAGE)


class _DecimalTextSchema:
    """The canonical text natively (no Python call on the hot path), the rest in Python."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        canonical = core_schema.chain_schema(
            [core_schema.str_schema(strict=True, pattern=DECIMAL_PATTERN), core_schema.int_schema()]
        )
        return core_schema.union_schema(
            [canonical, core_schema.with_info_plain_validator_function(_lenient_number)],
            mode="left_to_right",
            custom_error_type="decimal_text",
            custom_error_message=_MESSAGE,
            serialization=core_schema.to_string_ser_schema(when_used="json"),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        canonical = {"type": "string", "pattern": DECIMAL_PATTERN}
        generator = getattr(handler, "generate_json_schema", None)
        if handler.mode == "serialization" or getattr(generator, "strict", True):
            return canonical
        return {
            "anyOf": [
                canonical,
                {"type": "integer", "minimum": 0, "description": "Read in lenient mode only."},
                {
                    "type": "string",
                    "pattern": "^[0-9]{1,18}$",
                    "description": "Digits with leading zeros: read in lenient mode only.",
                },
            ]
        }


DecimalText = Annotated[int, _DecimalTextSchema()]
"""An ``int`` that travels as decimal text: ``"42"`` on the wire, ``42`` in Python.

>>> from pydantic import TypeAdapter
>>> adapter = TypeAdapter(DecimalText)
>>> adapter.validate_json('"42"'), adapter.dump_json(42)
(42, b'"42"')
"""

if sys.version_info >= (3, 11):

    def _a2b(text: str) -> bytes:
        return binascii.a2b_base64(text, strict_mode=True)

else:  # pragma: no cover - strict_mode is new in 3.11
    _BASE64 = re.compile(BASE64_PATTERN, re.ASCII)

    def _a2b(text: str) -> bytes:
        if not _BASE64.match(text):
            raise binascii.Error("not base64")
        return binascii.a2b_base64(text)


def decode_audio(payload: str, path: str, *, subject: str) -> bytes:
    """The bytes a base64 ``payload`` carries; :class:`PayloadError` naming ``path`` when it is
    not standard, padded base64 (nothing is skipped: a corrupt payload is never half read).

    >>> decode_audio("AAEC/w==", "payload", subject="media message")
    b'\\x00\\x01\\x02\\xff'
    >>> decode_audio("AAEC/w", "payload", subject="media message")
    Traceback (most recent call last):
        ...
    voice_webhooks.PayloadError: invalid media message: payload: Audio is not standard ...
    """
    try:
        return _a2b(payload)
    except (binascii.Error, ValueError):  # ValueError: text that is not ASCII
        raise PayloadError.single(
            path,
            "base64_invalid",
            "Audio is not standard base64 with padding (RFC 4648)",
            payload,
            subject=subject,
        ) from None


def encode_audio(audio: bytes | bytearray | memoryview) -> str:
    """``audio`` as a base64 ``payload``: standard alphabet, padded, no line breaks.

    >>> encode_audio(b"\\x00\\x01\\x02\\xff")
    'AAEC/w=='
    """
    return binascii.b2a_base64(audio, newline=False).decode("ascii")
