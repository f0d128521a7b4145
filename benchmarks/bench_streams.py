"""Media stream WebSocket frames: parsing, audio decoding and μ-law conversion, as ratios.

    python benchmarks/bench_streams.py [--repeats N] [--json FILE]

Each target is a ratio to a baseline timed in the same run, in alternation (``run.per_call``):

* parsing a 20 ms media frame (160 bytes of μ-law, base64) with ``parse_stream_message``
  against ``json.loads`` of the same frame (target: at most 1.3x), for both providers and for
  the frame as ``str`` (a WebSocket text frame) and ``bytes``;
* decoding its audio (``message.audio``) against ``base64.b64decode`` of the payload alone
  (target: at most 1.2x);
* ``ulaw_to_pcm16`` of those 160 samples against one ``bytes.translate`` over the same 160
  bytes (target: at most 4x).

Frames a second per core are the reciprocal of the parse time (parse plus audio decoding, and
through a ``StreamSession`` too).  For figures that do not move with machine load, count
instructions: ``valgrind --tool=callgrind python benchmarks/bench_streams.py --callgrind``
runs each operation a fixed number of times (see the README).
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import per_call

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.audio import pcm16_to_ulaw, ulaw_to_pcm16
from voice_webhooks.testing import bandwidth_stream_frames, signalwire_stream_frames

TARGETS = {"parse": 1.3, "audio": 1.2, "ulaw_to_pcm16": 4.0}
AUDIO = bytes((i * 37 + 11) % 256 for i in range(160))  # 20 ms of μ-law
_TABLE = bytes(range(256))[::-1]


def frames() -> dict[str, str]:
    """One 20 ms media frame of each provider, as the provider sends it."""
    return {
        "bandwidth": bandwidth_stream_frames(AUDIO)[1],
        "signalwire": signalwire_stream_frames(AUDIO)[2],
    }


def bench(repeats: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    parsers = {
        "bandwidth": bandwidth.parse_stream_message,
        "signalwire": signalwire.parse_stream_message,
    }
    for provider, text in frames().items():
        results[provider] = _provider(parsers[provider], text, repeats)
    pcm = ulaw_to_pcm16(AUDIO)
    times = per_call(
        {
            "bytes.translate": lambda: AUDIO.translate(_TABLE),
            "ulaw_to_pcm16": lambda: ulaw_to_pcm16(AUDIO),
            "pcm16_to_ulaw": lambda: pcm16_to_ulaw(pcm),
        },
        repeats,
    )
    results["audio"] = {
        "seconds": times,
        "ulaw_to_pcm16_ratio": times["ulaw_to_pcm16"] / times["bytes.translate"],
        "pcm16_to_ulaw_ratio": times["pcm16_to_ulaw"] / times["bytes.translate"],
    }
    session_frames = signalwire_stream_frames(AUDIO * 50)  # one second
    results["session"] = per_call(
        {"feed a second of frames": lambda: _session(session_frames)}, max(3, repeats // 3)
    )
    results["session"]["frames_per_second_per_core"] = (
        len(session_frames) / results["session"]["feed a second of frames"]
    )
    return results


def _provider(parse: Any, text: str, repeats: int) -> dict[str, Any]:
    data = text.encode()
    message: Any = parse(text)
    payload = getattr(message, "payload", None) or message.media.payload
    times = per_call(
        {
            "json.loads(str)": lambda: json.loads(text),
            "parse(str)": lambda: parse(text),
            "json.loads(bytes)": lambda: json.loads(data),
            "parse(bytes)": lambda: parse(data),
            "b64decode": lambda: base64.b64decode(payload),
            "message.audio": lambda: message.audio,
            "parse+audio": lambda: parse(text).audio,
        },
        repeats,
    )
    return {
        "seconds": times,
        "parse_ratio_str": times["parse(str)"] / times["json.loads(str)"],
        "parse_ratio_bytes": times["parse(bytes)"] / times["json.loads(bytes)"],
        "audio_ratio": times["message.audio"] / times["b64decode"],
        "frames_per_second_per_core": 1 / times["parse+audio"],
    }


def _session(frames: list[str]) -> None:
    session = signalwire.StreamSession()
    for frame in frames:
        session.feed(frame)


def report(results: dict[str, Any]) -> list[str]:
    lines = []
    for provider in ("bandwidth", "signalwire"):
        r = results[provider]
        loads = r["seconds"]["json.loads(str)"] * 1e6
        lines.append(
            f"{provider:10} parse: {r['parse_ratio_str']:.2f}x json.loads (str), "
            f"{r['parse_ratio_bytes']:.2f}x (bytes) [target {TARGETS['parse']}x; json.loads "
            f"{loads:.2f} us]; audio: {r['audio_ratio']:.2f}x b64decode [target "
            f"{TARGETS['audio']}x]; {r['frames_per_second_per_core']:,.0f} frames/s/core "
            "(parse + audio)"
        )
    a = results["audio"]
    lines.append(
        f"ulaw_to_pcm16: {a['ulaw_to_pcm16_ratio']:.2f}x bytes.translate [target "
        f"{TARGETS['ulaw_to_pcm16']}x]; pcm16_to_ulaw: {a['pcm16_to_ulaw_ratio']:.2f}x "
        f"(translate {a['seconds']['bytes.translate'] * 1e9:.0f} ns)"
    )
    lines.append(
        f"StreamSession: {results['session']['frames_per_second_per_core']:,.0f} "
        "SignalWire frames/s/core (parse, checks, counters)"
    )
    return lines


def callgrind(operation: str, count: int) -> None:
    """Run one operation ``count`` times (for instruction counts under callgrind)."""
    text = frames()["signalwire"]
    message: Any = signalwire.parse_stream_message(text)
    payload = message.media.payload
    calls = {
        "none": lambda: None,
        "json.loads": lambda: json.loads(text),
        "parse": lambda: signalwire.parse_stream_message(text),
        "b64decode": lambda: base64.b64decode(payload),
        "audio": lambda: message.audio,
        "translate": lambda: AUDIO.translate(_TABLE),
        "ulaw_to_pcm16": lambda: ulaw_to_pcm16(AUDIO),
    }
    call = calls[operation]
    for _ in range(count):
        call()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Media stream frame benchmarks (ratios).")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--callgrind", metavar="OPERATION")
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.callgrind:
        callgrind(args.callgrind, args.count)
        return 0
    results = bench(args.repeats)
    print("\n".join(report(results)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
