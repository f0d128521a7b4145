"""The example bodies of Bandwidth's webhook documentation, one for each event type.

Verbatim in content (indented with spaces), from the 2023 pages: real payloads with real warts
(``recordingAvailable``'s timestamps lack a zone or use ``-`` for ``T``; the real-time
transcription examples write ``stabilized`` as text), handy in docs, tests and ``curl -d``.
Two are not verbatim, and say so: ``REAL_TIME_TRANSCRIPTION_AVAILABLE`` (the page's only
example is not valid JSON) and ``REFER_COMPLETE`` (constructed: no page documents one).

>>> import json
>>> json.loads(RECORDING_AVAILABLE)["eventType"]
'recordingAvailable'
"""

__all__ = [
    "ANSWER",
    "BRIDGE_COMPLETE",
    "BRIDGE_TARGET_COMPLETE",
    "CONFERENCE_COMPLETED",
    "CONFERENCE_CREATED",
    "CONFERENCE_MEMBER_EXIT",
    "CONFERENCE_MEMBER_JOIN",
    "CONFERENCE_RECORDING_AVAILABLE",
    "CONFERENCE_REDIRECT",
    "DISCONNECT",
    "DTMF",
    "GATHER",
    "INITIATE",
    "MACHINE_DETECTION_COMPLETE",
    "MEDIA_STREAM_REJECTED",
    "MEDIA_STREAM_STARTED",
    "MEDIA_STREAM_STOPPED",
    "REAL_TIME_TRANSCRIPTION_AVAILABLE",
    "REAL_TIME_TRANSCRIPTION_REJECTED",
    "REAL_TIME_TRANSCRIPTION_STARTED",
    "REAL_TIME_TRANSCRIPTION_STOPPED",
    "RECORDING_AVAILABLE",
    "RECORD_COMPLETE",
    "REDIRECT",
    "REFER_COMPLETE",
    "TRANSCRIPTION_AVAILABLE",
    "TRANSFER_ANSWER",
    "TRANSFER_COMPLETE",
    "TRANSFER_DISCONNECT",
]

MEDIA_STREAM_STARTED = """\
{
    "accountId": "55555555",
    "answerTime": "2022-06-30T18:55:02.080Z",
    "applicationId": "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "callId": "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "callUrl": "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "direction": "outbound",
    "enqueuedTime": "2022-06-30T18:54:59.172Z",
    "eventTime": "2022-06-30T18:55:02.489Z",
    "eventType": "mediaStreamStarted",
    "from": "+15551112222",
    "mediaStream": {
        "destination": "wss://websocket.myapp.example",
        "id": "s-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2",
        "name": "example_stream",
        "startTime": "2022-06-30T18:55:02.489Z",
        "tracks": [
            "inbound",
            "outbound"
        ],
        "type": "WebSocket"
    },
    "startTime": "2022-06-30T18:54:59.175Z",
    "to": "+15553334444"
}
"""

MEDIA_STREAM_REJECTED = """\
{
    "accountId": "55555555",
    "answerTime": "2022-06-30T18:55:02.080Z",
    "applicationId": "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "callId": "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "callUrl": "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "cause": "duplicate",
    "direction": "outbound",
    "enqueuedTime": "2022-06-30T18:54:59.172Z",
    "errorMessage": "A stream with the name example_stream already exists",
    "eventTime": "2022-06-30T18:55:02.489Z",
    "eventType": "mediaStreamRejected",
    "from": "+15551112222",
    "mediaStream": {
        "destination": "wss://duplicate.websocket.myapp.example",
        "name": "example_stream",
        "id": "s-95ac90b3-a2b4fd9b-579c-4cc7-898e-3d257c7a042b",
        "startTime": "2022-06-30T18:55:02.489Z",
        "tracks": [
            "outbound"
        ],
        "type": "WebSocket"
    },
    "originalMediaStream": {
        "destination": "wss://websocket.myapp.example",
        "name": "example_stream",
        "id": "s-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5",
        "startTime": "2022-06-30T18:55:02.489Z",
        "tracks": [
            "inbound",
            "outbound"
        ],
        "type": "WebSocket"
    },
    "startTime": "2022-06-30T18:54:59.175Z",
    "to": "+15553334444"
}
"""

MEDIA_STREAM_STOPPED = """\
{
    "accountId": "55555555",
    "answerTime": "2022-06-30T18:55:02.080Z",
    "applicationId": "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "callId": "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "callUrl": "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
    "cause": "closed",
    "direction": "outbound",
    "enqueuedTime": "2022-06-30T18:54:59.172Z",
    "eventTime": "2022-06-30T18:55:02.489Z",
    "eventType": "mediaStreamStopped",
    "from": "+15551112222",
    "mediaStream": {
        "destination": "wss://websocket.myapp.example",
        "duration": "PT1M52.217257456S",
        "id": "s-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5",
        "name": "example_stream",
        "startTime": "2022-06-30T18:55:02.489Z",
        "tracks": [
            "inbound",
            "outbound"
        ],
        "type": "WebSocket"
    },
    "startTime": "2022-06-30T18:54:59.175Z",
    "to": "+15553334444"
}
"""

RECORDING_AVAILABLE = """\
{
    "eventType": "recordingAvailable",
    "eventTime": "2019-09-13T16:49:40.500",
    "accountId": "55555555",
    "applicationId": "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "to": "+15553334444",
    "from": "+15551112222",
    "direction": "outbound",
    "callId": "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "recordingId": "r-115da407-e3d9-4ea7-889f-5f4ad7386a80",
    "channels": 1,
    "enqueuedTime": "2019-09-13-16:48:27.198Z",
    "startTime": "2019-09-13T16:48:29.235Z",
    "endTime": "2019-09-13T16:48:48.890Z",
    "duration": "PT20.056S",
    "fileFormat": "wav",
    "callUrl": "https://../{accountId}/calls/{callId-1}",
    "mediaUrl": "https://../{accountId}/calls/{callId-1}/recordings/{recordingId}/media",
    "status": "complete"
}
"""

INITIATE = """\
{
    "eventType"     : "initiate",
    "eventTime"     : "2019-06-20T15:56:11.554Z",
    "accountId"     : "55555555",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"          : "+15551112222",
    "to"            : "+15553334444",
    "direction"     : "inbound",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"       : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"     : "2019-06-20T15:54:22.234Z"
}
"""

ANSWER = """\
{
    "eventType"     : "answer",
    "eventTime"     : "2019-06-20T15:54:25.435Z",
    "accountId"     : "55555555",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"          : "+15551112222",
    "to"            : "+15553334444",
    "direction"     : "outbound",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"       : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"     : "2019-06-20T15:54:22.234Z",
    "answerTime"    : "2019-06-20T15:54:25.432Z"
}
"""

DISCONNECT = """\
{
    "eventType"     : "disconnect",
    "eventTime"     : "2019-06-20T15:55:55.533Z",
    "accountId"     : "55555555",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"          : "+15551112222",
    "to"            : "+15553334444",
    "direction"     : "outbound",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"       : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"     : "2019-06-20T15:54:22.234Z",
    "endTime"       : "2019-06-20T15:55:54.123Z",
    "cause"         : "busy",
    "errorMessage"  : "Callee is busy",
    "errorId"       : "4642074b-7b58-478b-96e4-3a60955c6765"
}
"""

REDIRECT = """\
{
    "eventType"     : "redirect",
    "eventTime"     : "2019-06-20T15:54:22.807Z",
    "accountId"     : "55555555",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"          : "+15551112222",
    "to"            : "+15553334444",
    "direction"     : "outbound",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"       : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"     : "2019-06-20T15:54:22.234Z"
}
"""

DTMF = """\
{
    "eventType"        : "dtmf",
    "eventTime"        : "2019-06-20T15:54:48.992Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "startTime"        : "2019-06-20T15:54:22.234Z",
    "answerTime"       : "2019-06-20T15:54:25.432Z",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "digit"            : "2"
}
"""

GATHER = """\
{
    "eventType"        : "gather",
    "eventTime"        : "2019-06-20T15:56:11.554Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "startTime"        : "2019-06-20T15:54:22.234Z",
    "answerTime"       : "2019-06-20T15:54:25.432Z",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "digits"           : "25",
    "terminatingDigit" : ""
}
"""

MACHINE_DETECTION_COMPLETE = """\
{
    "eventType"              : "machineDetectionComplete",
    "callId"                 : "c-6a0d8e3e-1c71aa98-fb05-46ca-acf8-f735db20fa28",
    "from"                   : "+15551112222",
    "to"                     : "+15553334444",
    "direction"              : "outbound",
    "applicationId"          : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "accountId"              : "55555555",
    "startTime"              : "2021-11-10T11:20:02.123Z",
    "eventTime"              : "2021-11-10T11:20:07.709Z",
    "callUrl"                : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-6a0d8e3e-1c71aa98-fb05-46ca-acf8-f735db20fa28",
    "tag"                    : "example-tag",
    "answerTime"             : "2021-11-10T11:20:02.292Z",
    "machineDetectionResult" : {
        "value"    : "answering-machine",
        "duration" : "PT4.9891287S"
    }
}
"""

BRIDGE_COMPLETE = """\
{
    "eventType"        : "bridgeComplete",
    "eventTime"        : "2019-07-31T13:15:35.121Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"        : "2019-07-31T13:13:34.859Z",
    "answerTime"       : "2019-07-31T13:13:40.644Z"
}
"""

BRIDGE_TARGET_COMPLETE = """\
{
    "eventType"        : "bridgeTargetComplete",
    "eventTime"        : "2019-07-31T13:16:01.324Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-2a913f94-6a486f3a-3cae-4034-bcc3-f0c9fa77ca2f",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"        : "2019-07-31T13:13:34.859Z",
    "answerTime"       : "2019-07-31T13:13:40.644Z"
}
"""

TRANSFER_ANSWER = """\
{
    "eventType"        : "transferAnswer",
    "eventTime"        : "2019-06-20T15:57:22.477Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "parentCallId"     : "c-2a913f94-6a486f3a-3cae-4034-bcc3-f0c9fa77ca2f",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "startTime"        : "2019-06-20T15:54:22.234Z",
    "answerTime"       : "2019-06-20T15:54:25.432Z",
    "transferTo"       : "+15556667777",
    "transferCallerId" : "+15551112222"
}
"""

# The page's third example: the first two end with a trailing comma (invalid JSON).
TRANSFER_COMPLETE = """\
{
    "eventType"        : "transferComplete",
    "eventTime"        : "2019-07-31T13:20:39.810Z",
    "accountId"        : "55555555",
    "applicationId"    : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "transferCallerId" : "+15551115555",
    "transferTo"       : "+15556667777",
    "startTime"        : "2019-07-31T13:13:34.859Z",
    "answerTime"       : "2019-07-31T13:13:40.644Z",
    "cause"            : "busy",
    "errorMessage"     : "Callee is busy",
    "errorId"          : "4642074b-7b58-478b-96e4-3a60955c6765"
}
"""

TRANSFER_DISCONNECT = """\
{
    "eventType"        : "transferDisconnect",
    "eventTime"        : "2019-12-27T19:19:28.003Z",
    "from"             : "+15551112222",
    "to"               : "+15553334444",
    "direction"        : "outbound",
    "callId"           : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "parentCallId"     : "c-95ac8d6e-2c7ae496-7558-47a4-b291-4f02a3ca6942",
    "callUrl"          : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "transferCallerId" : "+15551115555",
    "transferTo"       : "+15556667777",
    "startTime"        : "2019-12-27T19:18:20.721Z",
    "answerTime"       : "2019-12-27T19:18:23.320Z",
    "endTime"          : "2019-12-27T19:19:27.987Z",
    "cause"            : "hangup"
}
"""

RECORD_COMPLETE = """\
{
    "eventType"     : "recordComplete",
    "eventTime"     : "2019-09-13T16:48:48.905Z",
    "accountId"     : "55555555",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "to"            : "+15553334444",
    "from"          : "+15551112222",
    "direction"     : "outbound",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "recordingId"   : "r-115da407-e3d9-4ea7-889f-5f4ad7386a80",
    "callUrl"       : "https://../{accountId}/calls/{callId-1}",
    "channels"      : 1,
    "answerTime"    : "2019-09-13T16:48:26.665Z",
    "startTime"     : "2019-09-13T16:48:29.235Z",
    "endTime"       : "2019-09-13T16:48:48.890Z",
    "duration"      : "PT20.056S",
    "fileFormat"    : "wav",
    "mediaUrl"      : "https://../{accountId}/calls/{callId-1}/recordings/{recordingId}/media"
}
"""

TRANSCRIPTION_AVAILABLE = """\
{
    "eventType"     : "transcriptionAvailable",
    "eventTime"     : "2019-09-13T16:53:34.229Z",
    "accountId"     : "55555555",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "recordingId"   : "r-115da407-e3d9-4ea7-889f-5f4ad7386a80",
    "applicationId" : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
    "direction"     : "outbound",
    "from"          : "+15551112222",
    "to"            : "+15553334444",
    "startTime"     : "2019-09-13T16:48:29.235Z",
    "endTime"       : "2019-09-13T16:48:48.890Z",
    "duration"      : "PT20.056S",
    "fileFormat"    : "wav",
    "callUrl"       : "https://../{accountId}/calls/{callId-1}",
    "mediaUrl"      : "https://../{accountId}/calls/{callId-1}/recordings/{recordingId}/media",
    "transcription" : {
        "id"            : "t-1a68a908-544f-48ae-b30d-d1747dca3723",
        "url"           : "https://../{accountId}/calls/{callId-1}/recordings/{recordingId}/transcription",
        "status"        : "available",
        "completedTime" : "2019-09-13T16:49:28.883Z"
    }
}
"""

CONFERENCE_CREATED = """\
{
    "conferenceId"   : "conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3",
    "name"           : "thisConference",
    "eventType"      : "conferenceCreated",
    "eventTime"      : "2019-07-31T13:16:01.324Z",
    "tag"            : "conferenceTag"
}
"""

CONFERENCE_REDIRECT = """\
{
     "conferenceId"  : "conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3",
     "name"          : "thisConference",
     "eventType"     : "conferenceRedirect",
     "eventTime"     : "2019-09-13T16:50:53.788Z"
 }
"""

CONFERENCE_MEMBER_JOIN = """\
{
    "conferenceId"  : "conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3",
    "name"          : "thisConference",
    "eventType"     : "conferenceMemberJoin",
    "eventTime"     : "2019-07-31T13:16:01.324Z",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "to"            : "+15551112345",
    "from"          : "+15559998765",
    "tag"           : "conferenceTag"
}
"""

CONFERENCE_MEMBER_EXIT = """\
{
    "conferenceId"  : "conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3",
    "name"          : "thisConference",
    "eventType"     : "conferenceMemberExit",
    "eventTime"     : "2019-07-31T13:16:01.324Z",
    "callId"        : "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d",
    "to"            : "+15551112345",
    "from"          : "+15559998765",
    "tag"           : "conferenceTag"
}
"""

CONFERENCE_COMPLETED = """\
{
    "conferenceId"   : "conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3",
    "name"           : "thisConference",
    "eventType"      : "conferenceCompleted",
    "eventTime"      : "2019-07-31T13:16:01.324Z",
    "tag"            : "conferenceTag"
}
"""

CONFERENCE_RECORDING_AVAILABLE = """\
{
    "eventType"     : "conferenceRecordingAvailable",
    "eventTime"     : "2019-09-13T16:50:53.788Z",
    "accountId"     : "55555555",
    "conferenceId"  : "conf-95ac90b3-ac6cd003-85e4-466f-b2e2-3fc5462c5d0d",
    "name"          : "thisConference",
    "recordingId"   : "r-115da407-e3d9-4ea7-889f-5f4ad7386a80",
    "channels"      : 1,
    "startTime"     : "2019-09-13T16:48:29.235Z",
    "endTime"       : "2019-09-13T16:48:48.890Z",
    "duration"      : "PT20.056S",
    "fileFormat"    : "wav",
    "mediaUrl"      : "https://../{accountId}/conferences/{conferenceId}/recordings/{recordingId}/media",
    "status"        : "complete"
}
"""

REAL_TIME_TRANSCRIPTION_STARTED = """\
{
 "accountId"       : "55555555",
 "answerTime"      : "2022-06-30T18:55:02.080Z",
 "applicationId"   : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
 "callId"          : "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "callUrl"         : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "direction"       : "outbound",
 "enqueuedTime"    : "2022-06-30T18:54:59.172Z",
 "eventTime"       : "2022-06-30T18:55:02.489Z",
 "eventType"       : "realTimeTranscriptionStarted",
 "from"            : "+15551112222",
 "realTimeTranscription" : {
    "id"          : "t-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2",
    "name"        : "example_transcription",
    "startTime"   : "2022-06-30T18:55:02.489Z",
    "tracks"      : ["inbound", "outbound"]
 },
 "startTime"       : "2022-06-30T18:54:59.175Z",
 "to"              : "+15553334444"
}
"""

# The page's only example, less its two trailing commas (invalid JSON as published).
REAL_TIME_TRANSCRIPTION_AVAILABLE = """\
{
 "accountId"       : "55555555",
 "answerTime"      : "2022-06-30T18:55:02.080Z",
 "applicationId"   : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
 "callId"          : "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "callUrl"         : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "direction"       : "outbound",
 "enqueuedTime"    : "2022-06-30T18:54:59.172Z",
 "eventTime"       : "2022-06-30T18:55:02.489Z",
 "eventType"       : "realTimeTranscriptionAvailable",
 "from"            : "+15551112222",
 "realTimeTranscription" : {
    "id"            : "t-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2",
    "name"          : "example_transcription",
    "startTime"     : "2022-06-30T18:55:02.489Z",
    "tracks"        : ["inbound", "outbound"],
    "destination"   : "wss://websocket.myapp.example",
    "stabilized"    : "true",
    "status"        : "available",
    "url"           : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2/transcriptions/t-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2",
    "completedTime" : "2022-06-30T18:55:02.489Z"
 },
 "startTime"       : "2022-06-30T18:54:59.175Z",
 "to"              : "+15553334444"
}
"""

REAL_TIME_TRANSCRIPTION_REJECTED = """\
{
  "accountId"          : "55555555",
  "answerTime"         : "2022-06-30T18:55:02.080Z",
  "applicationId"      : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
  "callId"             : "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
  "callUrl"            : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
  "cause"              : "duplicate",
  "direction"          : "outbound",
  "enqueuedTime"       : "2022-06-30T18:54:59.172Z",
  "errorMessage"       : "A real-time transcription with the name example_real-time_transcription already exists",
  "eventTime"          : "2022-06-30T18:55:02.489Z",
  "eventType"          : "realTimeTranscriptionRejected",
  "from"               : "+15551112222",
  "transcription" : {
    "name"        : "example_real-time_transcription",
    "id"          : "s-95ac90b3-a2b4fd9b-579c-4cc7-898e-3d257c7a042b",
    "startTime"   : "2022-06-30T18:55:02.489Z",
    "tracks"      : ["outbound"]
  },
  "originalTranscription" : {
    "name"        : "example_real-time_transcription",
    "id"          : "t-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5",
    "startTime"   : "2022-06-30T18:55:02.489Z",
    "tracks"      : ["inbound", "outbound"],
    "destination" : "wss://websocket.myapp.example",
    "stabilized"  : "false"
  },
  "startTime"          : "2022-06-30T18:54:59.175Z",
  "to"                 : "+15553334444"
}
"""  # noqa: E501 (a verbatim line of the page)

REAL_TIME_TRANSCRIPTION_STOPPED = """\
{
 "accountId"       : "55555555",
 "answerTime"      : "2022-06-30T18:55:02.080Z",
 "applicationId"   : "7fc9698a-b04a-468b-9e8f-91238c0d0086",
 "callId"          : "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "callUrl"         : "https://voice.bandwidth.com/api/v2/accounts/55555555/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2",
 "cause"           : "closed",
 "direction"       : "outbound",
 "enqueuedTime"    : "2022-06-30T18:54:59.172Z",
 "eventTime"       : "2022-06-30T18:55:02.489Z",
 "eventType"       : "realTimeTranscriptionStopped",
 "from"            : "+15551112222",
 "transcription" : {
    "duration"    : "PT1M52.217257456S",
    "id"          : "t-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5",
    "name"        : "example_real-time_transcription",
    "startTime"   : "2022-06-30T18:55:02.489Z",
    "tracks"      : ["inbound", "outbound"]
 },
 "startTime"       : "2022-06-30T18:54:59.175Z",
 "to"              : "+15553334444"
}
"""

# Constructed: the reference material has no documented body for this event.  Its fields are
# the ones Bandwidth documents for it, with values in the style of the OpenAPI spec's examples.
REFER_COMPLETE = """\
{
    "eventType": "referComplete",
    "eventTime": "2022-06-16T13:15:21.402Z",
    "accountId": "9900000",
    "applicationId": "04e88489-df02-4e34-a0ee-27a91849555f",
    "from": "+15555555555",
    "to": "sip:+15553334444@sip.example.com",
    "direction": "inbound",
    "callId": "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85",
    "callUrl": "https://voice.bandwidth.com/api/v2/accounts/9900000/calls/c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85",
    "startTime": "2022-06-16T13:15:07.160Z",
    "answerTime": "2022-06-16T13:15:18.126Z",
    "tag": "custom tag",
    "referCallStatus": "success",
    "referSipResponseCode": 202,
    "notifySipResponseCode": 200
}
"""
