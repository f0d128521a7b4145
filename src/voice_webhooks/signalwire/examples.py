"""Example bodies of SignalWire's Streams API and status callbacks, from its documentation and
API spec.

Form bodies (requests, status callbacks) are urlencoded text; responses are JSON text.  They are
the provider's own examples, warts included (``Sept``, the string ``"null"``), handy in docs,
tests and ``curl -d``.  Those from the API spec hold the example value of each of a schema's
properties, in the spec's order; the stream status callbacks are built from the documented field
list.

>>> from voice_webhooks import signalwire
>>> signalwire.StreamStatusCallback.from_form(STREAM_STATUS_CALLBACK_ERROR).stream_error.value
'connection_refused'
"""

__all__ = [
    "CALL_STATUS_CALLBACK",
    "CONFERENCE_STREAM",
    "CONFERENCE_STREAM_WITH_DATE_CREATED",
    "CREATE_CONFERENCE_STREAM_REQUEST",
    "CREATE_STREAM_REQUEST",
    "CREATE_STREAM_REQUEST_REPEATED_NAME",
    "ERROR_LIST_RESPONSE",
    "ERROR_RESPONSE",
    "INBOUND_CALL_STATUS_CALLBACK",
    "RECORDING_STATUS_CALLBACK",
    "STREAM",
    "STREAM_CURRENT_SPEC",
    "STREAM_STATUS_CALLBACK_ERROR",
    "STREAM_STATUS_CALLBACK_STARTED",
    "STREAM_STATUS_CALLBACK_STOPPED",
    "STREAM_WITH_DATE_CREATED",
    "TRANSCRIPTION_STATUS_CALLBACK",
    "UPDATE_CONFERENCE_STREAM_REQUEST",
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

CREATE_STREAM_REQUEST_REPEATED_NAME = (
    "Name=my_first_stream"
    "&Track=both_tracks"
    "&StatusCallbackMethod=GET"
    "&StatusCallback=https%3A%2F%2Fyour-api-endpoint.com%2Fstream-status"
    "&Url=wss%3A%2F%2Fyour-application.com%2Faudiostream"
    "&Parameter1.Name=FirstName"
    "&Parameter1.Value=Jane"
    "&Parameter2.Name=FirstName"
    "&Parameter2.Value=Jane"
)
"""A Create Stream request body with the examples of SignalWire's API models (TypeSpec), whose
two custom parameters have the same name (``FirstName``, twice)."""

UPDATE_STREAM_REQUEST = "Status=stopped"
"""The Update Stream request body (form) that stops a stream."""

CREATE_CONFERENCE_STREAM_REQUEST = (
    "Name=my_conference_stream"
    "&Track=both_tracks"
    "&StatusCallbackMethod=GET"
    "&StatusCallback=https%3A%2F%2Fyour-api-endpoint.com%2Fstream-status"
    "&Url=wss%3A%2F%2Fyour-application.com%2Faudiostream"
    "&StreamCodec=PCMU"
    "&StreamRealTime=true"
    "&Parameter1.Name=FirstName"
    "&Parameter1.Value=Jane"
    "&Parameter2.Name=LastName"
    "&Parameter2.Value=Doe"
    "&AuthorizationBearerToken=your-bearer-token"
)
"""A Create Conference Stream request body (form), from SignalWire's API spec."""

UPDATE_CONFERENCE_STREAM_REQUEST = "Status=stopped"
"""The Update Conference Stream request body (form) that stops a conference stream."""

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

STREAM_WITH_DATE_CREATED = """\
{
  "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
  "api_version": "2010-04-01",
  "call_sid": "b3877c40-da60-4998-90ad-b792e98472ca",
  "date_created": "Wed, 19 Sept 2018 20:00:00 +0000",
  "date_updated": "Wed, 19 Sept 2018 21:00:00 +0000",
  "error_code": null,
  "name": "my_first_stream",
  "sid": "b3877c40-da60-4998-90ad-b792e98472st",
  "status": "in-progress",
  "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Calls/b3877c40-da60-4998-90ad-b792e98472ca/Streams/b3877c40-da60-4998-90ad-b792e98472st.json"
}
"""  # noqa: E501
"""A stream with ``date_created`` and a JSON ``null`` ``error_code``, with the examples of
SignalWire's API models (TypeSpec ``CallStream``)."""

CONFERENCE_STREAM_WITH_DATE_CREATED = """\
{
  "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
  "conference_sid": "b3877c40-da60-4998-90ad-b792e98472cf",
  "date_created": "Mon, 24 Sept 2018 21:00:00 +0000",
  "date_updated": "Tue, 25 Sept 2018 20:00:00 +0000",
  "name": "my_conference_stream",
  "sid": "b3877c40-da60-4998-90ad-b792e98472st",
  "status": "in-progress",
  "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf/Streams/b3877c40-da60-4998-90ad-b792e98472st.json"
}
"""  # noqa: E501
"""A conference stream with ``date_created``, with the examples of SignalWire's API models
(TypeSpec ``ConferenceStream``)."""

ERROR_LIST_RESPONSE = """\
{
  "errors": [
    "Validation error message"
  ]
}
"""
"""The error body of a conference stream request that fails validation (HTTP 422), from the
spec."""

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

_RECORDING_URL = (
    "https%3A%2F%2Fexample.signalwire.com%2Fapi%2Flaml%2F2010-04-01%2FAccounts"
    "%2Fb3877c40-da60-4998-90ad-b792e98472af%2FRecordings%2Fb3877c40-da60-4998-90ad-b792e984re01"
)

CALL_STATUS_CALLBACK = (
    "AccountSid=b3877c40-da60-4998-90ad-b792e98472af"
    "&ApiVersion=2010-04-01"
    "&AudioInAveragePtime=20"
    "&AudioInDtmfPacketCount=0"
    "&AudioInFlushPacketCount=2"
    "&AudioInJitterMaxVariance=8"
    "&AudioInJitterMinVariance=1"
    "&AudioInLargestJbSize=4"
    "&AudioInMos=4.3"
    "&AudioInMediaPacketCount=1842"
    "&AudioInSkipPacketCount=1"
    "&AudioOutDtmfPacketCount=0"
    "&AudioOutMediaPacketCount=1840"
    "&CallbackSource=call-progress-events"
    "&CallDuration=94"
    "&CallerName=Jane+Smith"
    "&CallSid=b3877c40-da60-4998-90ad-b792e98472ca"
    "&CallStatus=completed"
    "&Direction=outbound-api"
    "&ForwardedFrom=%2B15550001111"
    "&From=%2B15551234567"
    "&ParentCallSid=b3877c40-da60-4998-90ad-b792e98472pa"
    "&RecordingDuration=94"
    "&RecordingSid=b3877c40-da60-4998-90ad-b792e984re01"
    f"&RecordingUrl={_RECORDING_URL}"
    "&SequenceNumber=4"
    "&SipInviteResultPhrase=OK"
    "&SipResultCode=200"
    "&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000"
    "&To=%2B15559876543"
)
"""A call status callback (form) of the call progress events, from SignalWire's API spec."""

INBOUND_CALL_STATUS_CALLBACK = (
    "CallSid=b3877c40-da60-4998-90ad-b792e98472ca"
    "&AccountSid=b3877c40-da60-4998-90ad-b792e98472af"
    "&From=%2B15551234567"
    "&To=%2B18005559876"
    "&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000"
    "&CallStatus=completed"
    "&CallDuration=142"
    "&AudioInMos=4.5"
)
"""The status callback of an inbound call (form), from SignalWire's API spec."""

RECORDING_STATUS_CALLBACK = (
    "AccountSid=b3877c40-da60-4998-90ad-b792e98472af"
    "&CallSid=b3877c40-da60-4998-90ad-b792e98472ca"
    "&RecordingSid=b3877c40-da60-4998-90ad-b792e984re01"
    f"&RecordingUrl={_RECORDING_URL}"
    "&RecordingStatus=completed"
    "&RecordingDuration=94"
    "&RecordingChannels=1"
    "&RecordingSource=RecordVerb"
)
"""A recording status callback (form), from SignalWire's API spec."""

TRANSCRIPTION_STATUS_CALLBACK = (
    "TranscriptionSid=b3877c40-da60-4998-90ad-b792e984tr01"
    "&TranscriptionText=Hello%2C+I%27d+like+to+schedule+an+appointment+for+next+Tuesday."
    "&TranscriptionStatus=completed"
    "&TranscriptionUrl=https%3A%2F%2Fexample.signalwire.com%2Fapi%2Flaml%2F2010-04-01%2FAccounts"
    "%2Fb3877c40-da60-4998-90ad-b792e98472af%2FTranscriptions%2Fb3877c40-da60-4998-90ad-b792e984tr01"
    "&RecordingSid=b3877c40-da60-4998-90ad-b792e984re01"
    f"&RecordingUrl={_RECORDING_URL}"
)
"""A transcription status callback (form), from SignalWire's API spec."""
