"""The JSON bodies the Streams API answers with: a :class:`Stream`, or an :class:`ErrorResponse`.

Their keys are snake_case on the wire already, so Python and wire names are the same.
"""

from __future__ import annotations

from typing import Annotated, Any, Final

from pydantic import BeforeValidator, Field, PlainSerializer, StrictInt
from pydantic_core import PydanticCustomError

from .._wire import WireModel
from ..types import OpenEnum
from ._fields import AccountSid, CallSid, ConferenceSid, StreamName, StreamSid
from ._rfc2822 import Rfc2822Datetime
from .enums import StreamStatus

__all__ = ["NO_ERROR", "ErrorCode", "ErrorResponse", "Stream"]

NO_ERROR: Final = "null"
"""How SignalWire writes "no error" in ``error_code``: the *string* ``"null"``."""


def _none_if_null_text(value: Any) -> Any:
    if value is None or value == NO_ERROR:
        return None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise PydanticCustomError("error_code_type", "Input should be a string, an integer or null")


def _null_text_if_none(value: str | int | None) -> str | int:
    return NO_ERROR if value is None else value


ErrorCode = Annotated[
    str | StrictInt | None,
    BeforeValidator(_none_if_null_text),
    PlainSerializer(_null_text_if_none, return_type=str | int, when_used="json"),
]
"""An error code as sent (text or number); ``None`` for none, read from the string ``"null"``
or JSON ``null`` and written as ``"null"``, SignalWire's own form."""


class Stream(WireModel):
    """A stream, as the Create Stream and Update Stream responses describe it.

    Reads both shapes in use: SignalWire's documented nine fields (with ``api_version`` and
    ``error_code``) and the seven of the current spec and of Twilio (where ``name`` may be
    ``null``); a conference stream has ``conference_sid`` in place of ``call_sid``.
    ``error_code`` is ``None`` when SignalWire sends the string ``"null"``, and :meth:`to_json`
    writes it back as ``"null"``.  ``date_updated`` is RFC 2822 on the wire and an aware
    datetime here (SignalWire's ``Sept`` is repaired in lenient mode, an error in strict mode).

    >>> stream = Stream.from_json(
    ...     '{"account_sid": "AC1", "call_sid": "CA1", "sid": "MZ1", "name": null,'
    ...     ' "status": "in-progress", "date_updated": "Thu, 30 Jul 2015 20:00:00 +0000",'
    ...     ' "uri": "/2010-04-01/Accounts/AC1/Calls/CA1/Streams/MZ1.json"}')
    >>> stream.status, stream.date_updated.isoformat()
    (<StreamStatus.IN_PROGRESS: 'in-progress'>, '2015-07-30T20:00:00+00:00')
    >>> Stream.from_json(stream.to_json()) == stream
    True
    """

    account_sid: AccountSid
    api_version: str | None = Field(
        default=None, description="The version of the SignalWire API (`2010-04-01`)."
    )
    call_sid: CallSid = None
    conference_sid: ConferenceSid = None
    sid: StreamSid
    name: StreamName = None
    status: OpenEnum[StreamStatus] = Field(description="The status of the stream.")
    date_updated: Rfc2822Datetime = Field(
        description="The date, in RFC 2822 format, this stream was updated."
    )
    error_code: ErrorCode = Field(
        default=None,
        description='Further details about a failed stream; SignalWire sends the string "null" '
        "when there are none.",
    )
    uri: str = Field(description="The URI of the stream.")


class ErrorResponse(WireModel):
    """The error body of the Compatibility API (and of Twilio's REST API).

    >>> error = ErrorResponse.from_json(
    ...     '{"code": 20003, "message": "Authentication failed",'
    ...     ' "more_info": "https://signalwire.com/docs/compatibility-api/reference/errors",'
    ...     ' "status": 401}')
    >>> error.status, error.code
    (401, 20003)
    """

    code: int = Field(description="The API's error code.")
    message: str = Field(description="What went wrong, in words.")
    more_info: str | None = Field(
        default=None, description="The URL of a page that explains the error code."
    )
    status: int = Field(description="The HTTP status code of the response.")
