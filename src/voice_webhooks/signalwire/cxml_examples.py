"""The XML examples of SignalWire's cXML ``<Stream>`` page, verbatim.

Some are whole ``<Response>`` documents, some a single verb.  Handy in docs and tests; the
generated reference shows them under the elements they use.

>>> from voice_webhooks.signalwire import Stop
>>> Stop.from_xml(STOP_NAMED_STREAM, strict=True).stream.name
'mystream'
"""

__all__ = [
    "BIDIRECTIONAL_STREAM",
    "CONFERENCE_STREAM",
    "CUSTOM_PARAMETERS",
    "START_NAMED_STREAM",
    "STOP_NAMED_STREAM",
    "STREAM",
]

STREAM = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Start>
     <Stream url="wss://your-application.com/audiostream" />
  </Start>
</Response>
"""
"""The page's first example ("Attributes"): start a stream."""

CONFERENCE_STREAM = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
<Dial trim="do-not-trim">
  <Conference beep="false" startConferenceOnEnter="true" trim="do-not-trim" streamUrl="wss://206.189.19.130:8765/">test
    <Stream name="my_conference_stream"
            url="wss://206.189.19.130:8765/"
            streamStartConferenceOnEnter="true"
            bidir="true">
      <Parameter name="foo1" value="bar1"/>
      <Parameter name="foo2" value="bar2"/>
    </Stream>
  </Conference>
</Dial>
</Response>
"""
""""Conference stream": a stream inside `<Dial><Conference>`."""

BIDIRECTIONAL_STREAM = """\
<Connect>
    <Stream url="wss://mystream.ngrok.io/audiostream" />
</Connect>
"""
""""Bidirectional stream": a `<Connect>` verb on its own."""

START_NAMED_STREAM = """\
<Start>
    <Stream name="mystream" url="wss://mystream.ngrok.io/audiostream" />
</Start>
"""
""""Starting and stopping streams": a `<Start>` verb on its own."""

STOP_NAMED_STREAM = """\
<Stop>
   <Stream name="mystream" />
</Stop>
"""
""""Starting and stopping streams": a `<Stop>` verb on its own."""

CUSTOM_PARAMETERS = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
   <Start>
     <Stream url="wss://your-application.com/audiostream" >
        <Parameter name="Cookie" value ="948f9938-299a-d43e-0df4-af3a7eccb0ac"/>
        <Parameter name="Type" value ="SIP" />
      </Stream>
    </Start>
</Response>
"""
""""Custom parameters": `<Parameter>` nouns."""
