"""The example bodies of Bandwidth's webhook documentation, verbatim in content.

They are real payloads with real warts (``recordingAvailable``'s timestamps lack a zone or
use ``-`` for ``T``), handy in docs, tests and ``curl -d``.

>>> import json
>>> json.loads(RECORDING_AVAILABLE)["eventType"]
'recordingAvailable'
"""

__all__ = [
    "MEDIA_STREAM_REJECTED",
    "MEDIA_STREAM_STARTED",
    "MEDIA_STREAM_STOPPED",
    "RECORDING_AVAILABLE",
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
