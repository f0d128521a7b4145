"""Instructions per parse of every corpus body, against a committed baseline: a regression check
for people to read (CI can run it; nothing in the test suite asserts a speed).

    python benchmarks/regress.py              # measure, compare with benchmarks/baseline.json
    python benchmarks/regress.py --update     # measure and write benchmarks/baseline.json
    python benchmarks/regress.py --only bandwidth/media --count 20

Counts instructions with valgrind's callgrind, which (unlike a clock) gives the same figure on a
busy machine: one interpreter under ``valgrind --tool=callgrind``, with ``PYTHONHASHSEED=0`` and
the garbage collector off, imports everything and warms each parse up with instrumentation off
(so start-up costs almost nothing), then, instrumented, calls each parse ``--count`` times in a
row, in three rounds.  A call to ``os.getpgrp`` between rounds makes callgrind dump its counts
(``--dump-before=getpgrp``), so one run gives every round's count: a body's figure is its least
round, less the least round of as many empty calls, divided by the count.

The bodies (``_payloads.regression_bodies``): one Bandwidth corpus body of each event type
through ``bandwidth.parse_event``, every SignalWire corpus body through its model's parse
function (``parse_callback`` for callbacks), and every stream message a provider sends through
``parse_stream_message``.  The baseline records the Python and pydantic-core versions too:
counts move with either, so compare like with like.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
WARM_UP = 3
ROUNDS = 3  # of --count calls a body
# The same addresses every run: without it, counts move by up to 0.5% from run to run.
_NO_ASLR = ["setarch", platform.machine(), "--addr-no-randomize"] if shutil.which("setarch") else []


# ------------------------------------------------------------------ in the measured process


def _bodies() -> tuple[dict[str, Any], list[str]]:
    sys.path.insert(0, str(HERE))
    from _payloads import regression_bodies

    return regression_bodies()


def harness(count: int, only: str) -> None:
    """Print the keys measured, wait to be instrumented, then run each phase."""
    bodies = {k: v for k, v in _bodies()[0].items() if k.startswith(only)}
    calls = [lambda: None] + [lambda p=parse, b=body: p(b) for parse, body in bodies.values()]
    for call in calls:  # first calls build what is built lazily
        for _ in range(WARM_UP):
            call()
    gc.collect()
    gc.freeze()
    gc.disable()
    print(json.dumps(list(bodies)), flush=True)
    sys.stdin.readline()  # instrumentation is on
    for call in calls:
        for _ in range(ROUNDS):
            os.getpgrp()  # dump: what came before this phase
            for _ in range(count):
                call()
            os.getpgrp()  # dump: this phase


# ------------------------------------------------------------------------------- measuring


def measure(count: int, only: str) -> dict[str, int]:
    """Instructions per call of each body, less an empty call's."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit(
            "regress.py needs valgrind (callgrind and callgrind_control): apt-get install valgrind"
        )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            *_NO_ASLR,
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--dump-before=getpgrp",
            "--dump-line=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--harness",
            f"--count={count}",
            f"--only={only}",
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        ) as process:
            assert process.stdin and process.stdout and process.stderr
            keys = json.loads(process.stdout.readline() or "null")
            if keys is None:
                sys.exit(f"the measured process failed:\n{process.stderr.read().decode()}")
            subprocess.run(
                ["callgrind_control", "--instr=on", str(process.pid)],
                check=True,
                capture_output=True,
            )
            _, errors = process.communicate(b"go\n")
        if process.returncode:
            sys.exit(f"the measured process failed:\n{errors.decode()}")
        phases = [
            _instructions(Path(f"{out}.{2 * i + 2}")) for i in range((len(keys) + 1) * ROUNDS)
        ]
    # the least of each body's rounds: a one-off cost (an arena allocated, a cache filled) falls
    # in one round only
    empty, *measured = (min(phases[i : i + ROUNDS]) for i in range(0, len(phases), ROUNDS))
    return {key: round((total - empty) / count) for key, total in zip(keys, measured, strict=True)}


def _instructions(dump: Path) -> int:
    for line in dump.read_text().splitlines():
        if line.startswith(("totals:", "summary:")):
            return int(line.split()[1])
    raise ValueError(f"{dump}: no totals line")


def environment() -> dict[str, str]:
    import pydantic_core

    return {
        "python": platform.python_version(),
        "pydantic_core": pydantic_core.__version__,
        "machine": platform.machine(),
    }


# ---------------------------------------------------------------------------------- report


def report(now: dict[str, int], baseline: dict[str, Any] | None, threshold: float) -> list[str]:
    """A row per body: the baseline's count, this run's, and the change."""
    before: dict[str, int] = baseline["instructions"] if baseline else {}
    lines = [f"{'body':<58} {'baseline':>9} {'now':>9} {'change':>8}"]
    slower, faster = [], []
    for key in sorted(now.keys() | before.keys(), key=_order):
        old, new = before.get(key), now.get(key)
        if old is None or new is None:
            note = "new" if old is None else "gone"  # gone: in the baseline, not measured now
            lines.append(f"{key:<58} {_cell(old)} {_cell(new)} {note:>8}")
            continue
        change = new / old - 1
        mark = ""
        if change > threshold:
            slower.append((change, key))
            mark = "  slower"
        elif change < -threshold:
            faster.append((change, key))
            mark = "  faster"
        lines.append(f"{key:<58} {old:>9,} {new:>9,} {change:>+8.1%}{mark}")
    lines.append(
        f"{len(now)} bodies measured; {len(slower)} slower and {len(faster)} faster by more "
        f"than {threshold:.0%}"
        + (f"; most slower: {max(slower)[1]} ({max(slower)[0]:+.1%})" if slower else "")
    )
    return lines


def _cell(value: int | None) -> str:
    return f"{value:>9,}" if value is not None else f"{'-':>9}"


def _order(key: str) -> tuple[int, str]:
    groups = ("bandwidth/", "signalwire/", "bandwidth-stream/", "signalwire-stream/")
    return next((i for i, g in enumerate(groups) if key.startswith(g)), len(groups)), key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the baseline file")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the baseline file")
    parser.add_argument(
        "--count", type=int, help="calls per round (default: the baseline's, else 50)"
    )
    parser.add_argument("--only", default="", metavar="PREFIX", help="bodies whose key starts so")
    parser.add_argument("--threshold", type=float, default=1.0, help="percent change marked (1)")
    parser.add_argument(
        "--fail-above", type=float, metavar="PERCENT", help="exit 1 when a body is this % slower"
    )
    parser.add_argument("--harness", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.harness:
        harness(args.count, args.only)
        return 0

    baseline = json.loads(args.baseline.read_text()) if args.baseline.exists() else None
    count = args.count or (baseline["count"] if baseline else 50)
    now = measure(count, args.only)
    env = environment()
    print(
        f"instructions per call (callgrind; the least of {ROUNDS} rounds of {count:,} calls a "
        "body, less an empty call)"
    )
    if baseline is None:
        print(f"no baseline at {args.baseline}")
    else:
        print(f"baseline: {args.baseline.name}, {_describe(baseline['environment'])}")
        if baseline["environment"] != env:
            print(f"  NOTE this run: {_describe(env)}: counts move with these versions")
        if baseline["count"] != count:
            print(f"  NOTE {baseline['count']:,} calls a round there: counts move a little with it")
    compared = baseline and {
        **baseline,
        "instructions": {
            k: v for k, v in baseline["instructions"].items() if k.startswith(args.only)
        },
    }
    print("\n".join(report(now, compared, args.threshold / 100)))
    left_out = _bodies()[1]
    if left_out:
        print(f"left out (no parser known for them): {', '.join(left_out)}")
    if args.update:
        merged = {**(baseline or {}).get("instructions", {}), **now} if args.only else now
        document = {"environment": env, "count": count, "instructions": merged}
        args.baseline.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
        print(f"wrote {args.baseline}")
    if args.fail_above is not None and baseline:
        before = baseline["instructions"]
        worst = max((now[k] / before[k] - 1 for k in now.keys() & before.keys()), default=0.0)
        return 1 if worst * 100 > args.fail_above else 0
    return 0


def _describe(env: dict[str, str]) -> str:
    return f"Python {env['python']}, pydantic-core {env['pydantic_core']}, {env['machine']}"


if __name__ == "__main__":
    raise SystemExit(main())
