"""Benchmark: ``voice-webhooks validate`` on a large JSON Lines log, in lines per second.

    python benchmarks/bench_validate.py                       # 100,000 lines, median of 3 runs
    python benchmarks/bench_validate.py --lines 20000 --runs 5 --strict

Builds a JSON Lines file of mixed events (the Bandwidth bodies of the conformance corpus, one
compact body per line, in random order) in a temporary directory, runs the real command line on
it in a subprocess and takes the wall time (median of ``--runs``), start-up included; a run on a
one-line file gives the start-up alone.  For scale it also times ``json.loads`` over the same
lines, in this process.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def bodies() -> list[str]:
    """Compact Bandwidth bodies: the corpus's, or the package's documented ones without it."""
    files = sorted((CORPUS / "bandwidth").glob("*.json"))
    if files:
        texts = [f.read_text(encoding="utf-8") for f in files]
    else:
        from voice_webhooks.bandwidth import examples

        texts = [getattr(examples, name) for name in examples.__all__]
    return [json.dumps(json.loads(text), separators=(",", ":")) for text in texts]


def write_log(path: Path, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = bodies()
    lines = [rng.choice(pool) for _ in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def run_validate(path: Path, strict: bool) -> tuple[float, int]:
    command = [sys.executable, "-m", "voice_webhooks", "validate", "--quiet", str(path)]
    if strict:
        command.append("--strict")
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"validate failed ({result.returncode}): {result.stderr.decode()}")
    return elapsed, result.returncode


def time_json_loads(lines: list[str], runs: int) -> float:
    encoded = [line.encode() for line in lines]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for line in encoded:
            json.loads(line)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000, help="lines in the log (100,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of (3)")
    parser.add_argument("--strict", action="store_true", help="validate with --strict")
    parser.add_argument("--seed", type=int, default=20220630)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "webhooks.jsonl"
        lines = write_log(log, args.lines, args.seed)
        single = Path(tmp) / "one.jsonl"
        write_log(single, 1, args.seed)
        size = log.stat().st_size
        run_validate(log, args.strict)  # warm the file cache and the bytecode
        startup = statistics.median(run_validate(single, args.strict)[0] for _ in range(args.runs))
        results = [run_validate(log, args.strict) for _ in range(args.runs)]
    wall = statistics.median(t for t, _ in results)
    status = results[0][1]
    loads = time_json_loads(lines, args.runs)
    work = max(wall - startup, 1e-9)

    mode = "strict" if args.strict else "lenient"
    print(
        f"validate ({mode}): {args.lines:,} lines, {size / 1e6:.1f} MB, "
        f"median of {args.runs} runs, exit status {status}"
    )
    print(f"  voice-webhooks validate  {wall:7.2f} s  {args.lines / wall:>10,.0f} lines/s")
    print(f"    less start-up {startup:.2f} s  {work:7.2f} s  {args.lines / work:>10,.0f} lines/s")
    print(f"  json.loads (in-process)  {loads:7.2f} s  {args.lines / loads:>10,.0f} lines/s")
    print(f"  validate / json.loads    {work / loads:7.1f}x (start-up excluded)")


if __name__ == "__main__":
    main()
