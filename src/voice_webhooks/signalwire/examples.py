"""Example bodies of SignalWire's Streams API, from its documentation and API spec.

Form bodies (requests, status callbacks) are urlencoded text; responses are JSON text.  They are
the provider's own examples, warts included (``Sept``, the string ``"null"``), handy in docs,
tests and ``curl -d``.  The status callbacks are built from the documented field list.

>>> from voice_webhooks import signalwire
>>> signalwire.StreamStatusCallback.from_form(STREAM_STATUS_CALLBACK_ERROR).stream_error.value
'connection_refused'
"""

__all__ = [
    "CONFERENCE_STREAM",
    "CREATE_STREAM_REQUEST",
    "ERROR_RESPONSE",
    "STREAM",
    "STREAM_CURRENT_SPEC",
    "STREAM_STATUS_CALLBACK_ERROR",
    "STREAM_STATUS_CALLBACK_STARTED",
    "STREAM_STATUS_CALLBACK_STOPPED",
    "UPDATE_STREAM_REQUEST",
]

CREATE_STREAM_REQUEST = (
    "Url=wss%3A%2F%2Fyour-application.com%2Faudiostream"
    "&Name=my_first_stream"
    "&Track=both_tracks"
    "&StatusCallback=https%3A%2F%2Fyour-api-endpoint.com%2Fstream-status"
    "&StatusCallbackMethod=POST"
    "&Parameter1.Name=FirstName"
    "&Parameter1.Value=Jane"
    "&Parameter2.Name=LastName"
    "&Parameter2.Value=Doe"
)
"""A Create Stream request body (form), with the values of SignalWire's API spec examples."""

UPDATE_STREAM_REQUEST = "Status=stopped"
"""The Update Stream request body (form) that stops a stream."""

STREAM = """\
{
  "account_sid": "720796a0-8ee9-4350-83bd-2d07a3121f1e",
  "api_version": "2010-04-01",
  "call_sid": "43bb71ee-553f-4074-bb20-8e2747647cce",
  "sid": "19e436af-5688-4307-b03b-bdb2b42b8142",
  "name": "my_first_stream",
  "status": "stopped",
  "date_updated": "Wed, 26 Sept 2018 23:00:04 +0000",
  "error_code": "null",
  "uri": "/api/laml/2010-04-01/Accounts/720796a0-8ee9-4350-83bd-2d07a3121f1e/Calls/058a869c-d387-4bef-8e62-6b0bc0895bed/Streams/19e436af-5688-4307-b03b-bdb2b42b8142.json"
}
"""  # noqa: E501
"""SignalWire's documented Create/Update Stream response: nine fields, ``error_code`` the
string ``"null"``, ``date_updated`` with the month ``Sept``."""

STREAM_CURRENT_SPEC = """\
{
  "sid": "b3877c40-da60-4998-90ad-b792e98472st",
  "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
  "call_sid": "b3877c40-da60-4998-90ad-b792e98472ca",
  "name": "my_first_stream",
  "status": "in-progress",
  "date_updated": "Wed, 19 Sep 2018 21:00:00 +0000",
  "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Calls/b3877c40-da60-4998-90ad-b792e98472ca/Streams/b3877c40-da60-4998-90ad-b792e98472st.json"
}
"""  # noqa: E501
"""The seven-field Stream response of SignalWire's current API spec."""

CONFERENCE_STREAM = """\
{
  "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
  "conference_sid": "b3877c40-da60-4998-90ad-b792e98472cf",
  "date_updated": "Tue, 25 Sept 2018 20:00:00 +0000",
  "name": "my_conference_stream",
  "sid": "b3877c40-da60-4998-90ad-b792e98472st",
  "status": "queued",
  "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf/Streams/b3877c40-da60-4998-90ad-b792e98472st.json"
}
"""  # noqa: E501
"""A conference stream (``conference_sid`` in place of ``call_sid``), as documented."""

ERROR_RESPONSE = """\
{
  "code": 20003,
  "message": "Authentication failed",
  "more_info": "https://signalwire.com/docs/compatibility-api/reference/errors",
  "status": 401
}
"""
"""The error body of the Compatibility API, from its spec."""

STREAM_STATUS_CALLBACK_STARTED = (
    "AccountSid=720796a0-8ee9-4350-83bd-2d07a3121f1e"
    "&CallSid=43bb71ee-553f-4074-bb20-8e2747647cce"
    "&StreamSid=19e436af-5688-4307-b03b-bdb2b42b8142"
    "&StreamName=my_first_stream"
    "&StreamTrack=both_tracks"
    "&StreamEvent=stream-started"
    "&Timestamp=2024-05-01T12%3A00%3A00.000Z"
)
"""A ``stream-started`` status callback (form), built from the documented fields."""

STREAM_STATUS_CALLBACK_STOPPED = (
    "AccountSid=720796a0-8ee9-4350-83bd-2d07a3121f1e"
    "&CallSid=43bb71ee-553f-4074-bb20-8e2747647cce"
    "&StreamSid=19e436af-5688-4307-b03b-bdb2b42b8142"
    "&StreamName=my_first_stream"
    "&StreamTrack=both_tracks"
    "&StreamEvent=stream-stopped"
    "&Timestamp=2024-05-01T12%3A05%3A00.000Z"
)
"""A ``stream-stopped`` status callback (form), built from the documented fields."""

STREAM_STATUS_CALLBACK_ERROR = (
    "AccountSid=720796a0-8ee9-4350-83bd-2d07a3121f1e"
    "&CallSid=43bb71ee-553f-4074-bb20-8e2747647cce"
    "&StreamSid=19e436af-5688-4307-b03b-bdb2b42b8142"
    "&StreamName=my_first_stream"
    "&StreamTrack=both_tracks"
    "&StreamEvent=stream-error"
    "&StreamError=connection_refused"
    "&Timestamp=2024-05-01T12%3A00%3A01.000Z"
)
"""A ``stream-error`` status callback (form), built from the documented fields."""
