"""A WebSocket server for two-way media streams, Bandwidth and SignalWire: an echo bot.

It reads every frame of a connection through a stream session (typed messages, the ``start``
metadata, frames out of place refused, gaps reported) and answers on the same socket: each
second of the caller's audio is played back to the call.  Bandwidth gets it as 16-bit PCM
(``playAudio``, converted from μ-law); SignalWire as μ-law ``media`` followed by a ``mark``, and
a ``#`` key press clears what is queued.  Needs the ``websockets`` package.

    python examples/media_stream_server.py --port 8765

Point the stream at it: Bandwidth ``<StartStream mode="bidirectional"
destination="wss://your-host/bandwidth"/>``, SignalWire ``<Connect><Stream
url="wss://your-host/signalwire"/></Connect>`` (behind a TLS proxy: both need ``wss``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging

from websockets.asyncio.server import ServerConnection, serve

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.audio import ulaw_to_pcm16

ECHO_BYTES = 8000  # one second of μ-law at 8000 Hz
POLICY_VIOLATION = 1008  # the WebSocket close code for a frame that breaks the protocol

log = logging.getLogger("media_stream_server")


async def refuse(connection: ServerConnection, exc: PayloadError) -> None:
    """Close the connection over a frame that cannot be read or has no place in it."""
    log.warning("closing: %s", exc)
    await connection.close(POLICY_VIOLATION, exc.errors()[0]["type"])


async def bandwidth_stream(connection: ServerConnection) -> None:
    session = bandwidth.StreamSession()
    heard = bytearray()
    async for frame in connection:
        try:
            message = session.feed(frame)
        except PayloadError as exc:
            return await refuse(connection, exc)
        if isinstance(message, bandwidth.MediaMessage) and message.track == "inbound":
            heard += message.audio
        if heard and (len(heard) >= ECHO_BYTES or session.stopped):
            reply = bandwidth.PlayAudioMessage.from_audio(
                ulaw_to_pcm16(heard), bandwidth.PlayAudioContentType.PCM_8000
            )
            await connection.send(reply.to_json())
            heard.clear()
        if session.stopped:
            break
    for problem in session.problems:
        log.warning("call %s: %s", session.call_id, problem)
    await connection.close()


async def signalwire_stream(connection: ServerConnection) -> None:
    session = signalwire.StreamSession()
    heard = bytearray()
    echoes = 0
    async for frame in connection:
        try:
            message = session.feed(frame)
        except PayloadError as exc:
            return await refuse(connection, exc)
        sid = session.stream_id
        if isinstance(message, signalwire.MediaMessage) and message.media.track == "inbound":
            heard += message.audio
        elif isinstance(message, signalwire.DtmfMessage) and message.dtmf.digit == "#" and sid:
            await connection.send(signalwire.ClearMessage(stream_sid=sid).to_json())
        elif isinstance(message, signalwire.MarkMessage):
            log.info("played: %s", message.mark.name)
        if heard and sid and (len(heard) >= ECHO_BYTES or session.stopped):
            echoes += 1
            await connection.send(signalwire.SendMediaMessage.from_audio(sid, heard).to_json())
            mark = signalwire.SendMarkMessage(
                stream_sid=sid, mark=signalwire.Mark(name=f"echo-{echoes}")
            )
            await connection.send(mark.to_json())
            heard.clear()
        if session.stopped:
            break
    for problem in session.problems:
        log.warning("call %s: %s", session.call_id, problem)
    await connection.close()


async def route(connection: ServerConnection) -> None:
    """One stream per connection, by path: ``/bandwidth`` or ``/signalwire``."""
    path = connection.request.path if connection.request else ""
    if path == "/bandwidth":
        await bandwidth_stream(connection)
    elif path == "/signalwire":
        await signalwire_stream(connection)
    else:
        await connection.close(POLICY_VIOLATION, "unknown path")


async def main(host: str, port: int) -> None:
    async with serve(route, host, port):
        log.info("listening on ws://%s:%d/bandwidth and /signalwire", host, port)
        await asyncio.Future()  # until interrupted


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="An echo bot for two-way media streams.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(arguments.host, arguments.port))
