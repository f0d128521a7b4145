"""The JSON bodies the Streams API answers with: a :class:`Stream` (call streams), a
:class:`ConferenceStream` (conference streams), or an error (:class:`ErrorResponse`, and
:class:`ErrorListResponse` for a conference stream request that fails validation).

Their keys are snake_case on the wire already, so Python and wire names are the same.
"""

from __future__ import annotations

from typing import Annotated, Any, Final

from pydantic import BeforeValidator, Field, PlainSerializer, StrictInt
from pydantic_core import PydanticCustomError

from .._wire import WireModel
from ._fields import (
    AccountSid,
    CallSid,
    ConferenceSid,
    StreamDateCreated,
    StreamDateUpdated,
    StreamName,
    StreamResourceStatus,
    StreamSid,
    StreamUri,
)

__all__ = [
    "NO_ERROR",
    "ConferenceStream",
    "ErrorCode",
    "ErrorListResponse",
    "ErrorResponse",
    "Stream",
]

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

    Reads every shape in use: SignalWire's documented nine fields (with ``api_version`` and
    ``error_code``), the seven of the current spec and of Twilio (where ``name`` may be
    ``null``), and ``date_created`` that SignalWire's API models add; a conference stream has
    ``conference_sid`` in place of ``call_sid`` (:class:`ConferenceStream` reads only those).
    ``error_code`` is ``None`` when SignalWire sends the string ``"null"``, and :meth:`to_json`
    writes it back as ``"null"``.  The dates are RFC 2822 on the wire and aware datetimes here
    (SignalWire's ``Sept`` is repaired in lenient mode, an error in strict mode).

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
    status: StreamResourceStatus
    date_created: StreamDateCreated = None
    date_updated: StreamDateUpdated
    error_code: ErrorCode = Field(
        default=None,
        description='Further details about a failed stream; SignalWire sends the string "null" '
        "when there are none.",
    )
    uri: StreamUri


class ConferenceStream(WireModel):
    """A conference stream, as the Create and Update Conference Stream responses describe it.

    ``POST …/Conferences/{ConferenceSid}/Streams`` (and ``…/Streams/{Sid}``) answer with it;
    ``name`` is ``null`` when the stream was created without one.

    >>> from voice_webhooks.signalwire.examples import CONFERENCE_STREAM
    >>> stream = ConferenceStream.from_json(CONFERENCE_STREAM)
    >>> stream.conference_sid, stream.status
    ('b3877c40-da60-4998-90ad-b792e98472cf', <StreamStatus.QUEUED: 'queued'>)
    >>> ConferenceStream.from_json(stream.to_json()) == stream
    True
    """

    account_sid: AccountSid
    conference_sid: Annotated[str, Field(description="The unique identifier for the conference.")]
    sid: StreamSid
    name: StreamName = None
    status: StreamResourceStatus
    date_created: StreamDateCreated = None
    date_updated: StreamDateUpdated
    uri: StreamUri


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


class ErrorListResponse(WireModel):
    """The error body of a conference stream request that fails validation (HTTP 422): a list
    of messages.

    >>> ErrorListResponse.from_json('{"errors": ["Url is invalid"]}').errors
    ['Url is invalid']
    """

    errors: list[str] = Field(description="List of validation error messages.")
