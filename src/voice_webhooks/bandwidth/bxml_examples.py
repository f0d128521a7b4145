"""The XML examples of Bandwidth's ``<StartStream>`` and ``<StopStream>`` pages, verbatim.

Handy in docs and tests; the generated reference shows them under the verbs they use.

>>> from voice_webhooks.bandwidth import BxmlResponse
>>> [type(verb).__name__ for verb in BxmlResponse.from_xml(START_STREAM, strict=True).verbs]
['RawVerb', 'StartStream', 'RawVerb']
"""

# ruff: noqa: E501  (the examples are verbatim, long lines included)

__all__ = [
    "START_STREAM",
    "STOP_STREAM",
]

START_STREAM = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <SpeakSentence voice="bridget">This call is being streamed to a live studio audience.</SpeakSentence>
    <StartStream name="live_audience" tracks="both" destination="wss://live-studio-audience.myapp.example.com" streamEventUrl="https://myapp.example.com/noBXML">
        <StreamParam name="internal_id" value="call_ABC" />
    </StartStream>
    <SpeakSentence voice="bridget">This will now be streamed to the destination as well as played to the call participants.</SpeakSentence>
</Response>
"""
"""Start Stream: "Stream Both Legs of A Call"."""

STOP_STREAM = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <StopStream name="live_audience"/>
</Response>
"""
"""Stop Stream: "Stopping a media stream"."""
