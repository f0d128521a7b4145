"""Benchmark: ``voice-webhooks validate`` on a large JSON Lines log, in lines per second.

    python benchmarks/bench_validate.py          # 200,000 lines, --jobs 1 and 2, median of 5 runs
    python benchmarks/bench_validate.py --lines 20000 --runs 3 --jobs 1,2,0 --strict

Builds a JSON Lines file of mixed events (the Bandwidth bodies of the conformance corpus, one
compact body per line, in random order) in a temporary directory and runs the real command line
on it in a subprocess, once per ``--jobs`` value in turn (so a busy machine slows each alike),
``--runs`` times; it reports the median wall time, start-up included, the start-up alone (a run
on a one-line file), the lines/s less start-up (the checking itself) and the CPU time of the
command and its worker processes.

Targets, on lines/s less start-up (``--jobs`` against ``--jobs 1``, in the same run): on a
machine with two cores, at least 1.7x the single-process lines/s with ``--jobs 2``, and at
least 100,000 lines/s per process; the figures with start-up are printed beside them.  Wall
times need an otherwise idle machine, so beside each run it also measures the *ceiling*: how much
faster N busy loops run at once than one after another right now (N on an idle machine, less when
other work holds the cores), the most ``--jobs N`` could gain; and it prints the load average
before and after, and lines per CPU second (which load moves much less).  For scale it also
times ``json.loads`` over the same lines, in this process.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from voice_webhooks import _parallel as parallel

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SPEEDUP_TARGET = 1.7  # --jobs 2 against --jobs 1, on two cores
PER_PROCESS_TARGET = 100_000  # lines/s


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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_validate(path: Path, strict: bool, jobs: int = 1) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the command and its workers) and exit status of one run."""
    command = [sys.executable, "-m", "voice_webhooks", "validate", "--quiet", str(path)]
    command += ["--jobs", str(jobs)] + (["--strict"] if strict else [])
    cpu = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"validate failed ({result.returncode}): {result.stderr.decode()}")
    return elapsed, _children_cpu() - cpu, result.returncode


def time_json_loads(lines: list[str], runs: int) -> float:
    encoded = [line.encode() for line in lines]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for line in encoded:
            json.loads(line)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _spin(n: int) -> None:
    for _ in range(n):
        pass


def parallel_ceiling(processes: int, loops: int = 4_000_000) -> float:
    """How much faster the machine runs ``processes`` equal CPU-bound loops at once than one
    after another, now: ``processes`` on an idle machine, less when others use the cores.  What
    ``--jobs`` can gain at best, measured beside it."""
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_spin, [1] * processes)  # started
        started = time.perf_counter()
        for _ in range(processes):
            _spin(loops)
        serial = time.perf_counter() - started
        started = time.perf_counter()
        pool.map(_spin, [loops] * processes, chunksize=1)
        return serial / (time.perf_counter() - started)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(args: argparse.Namespace, jobs_list: list[int], cores: int) -> dict[str, Any]:
    """Every run's figures, in turn for each --jobs value (so load from elsewhere slows each
    alike), with the parallel ceiling measured once a round."""
    results: dict[str, Any] = {
        key: {j: [] for j in jobs_list} for key in ("wall", "cpu", "startup", "ceiling")
    }
    results["load_before"] = _load()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "webhooks.jsonl"
        lines = write_log(log, args.lines, args.seed)
        single = Path(tmp) / "one.jsonl"
        write_log(single, 1, args.seed)
        results["size"] = log.stat().st_size
        statuses = {run_validate(log, args.strict, j)[2] for j in jobs_list}  # warm the caches
        for _ in range(args.runs):
            for j in jobs_list:
                results["startup"][j].append(run_validate(single, args.strict, j)[0])
                elapsed, seconds, status = run_validate(log, args.strict, j)
                results["wall"][j].append(elapsed)
                results["cpu"][j].append(seconds)
                statuses.add(status)
                processes = j or cores
                ceiling = parallel_ceiling(processes) if processes > 1 else 1.0
                results["ceiling"][j].append(ceiling)
    results["load_after"] = _load()
    results["statuses"] = sorted(statuses)
    results["json_loads"] = time_json_loads(lines, args.runs)
    return results


def report(args: argparse.Namespace, jobs_list: list[int], cores: int, r: dict[str, Any]) -> None:
    mode = "strict" if args.strict else "lenient"
    print(
        f"validate ({mode}): {args.lines:,} lines, {r['size'] / 1e6:.1f} MB, median of "
        f"{args.runs} runs, exit status {'/'.join(map(str, r['statuses']))}; {cores} cores; "
        f"load average {r['load_before']} before, {r['load_after']} after"
    )
    print(
        f"  {'--jobs':>6}  {'wall s':>6}  {'lines/s':>8}  {'start-up s':>10}  {'less start-up':>13}"
        f"  {'per process':>11}  {'CPU s':>5}  {'lines/CPU s':>11}  {'ceiling':>7}"
    )
    rate: dict[int, float] = {}
    work_rate: dict[int, float] = {}
    ceiling: dict[int, float] = {}
    for j in jobs_list:
        seconds, start = statistics.median(r["wall"][j]), statistics.median(r["startup"][j])
        cpu_seconds = statistics.median(r["cpu"][j])
        ceiling[j] = statistics.median(r["ceiling"][j])
        rate[j] = args.lines / seconds
        work_rate[j] = args.lines / max(seconds - start, 1e-9)
        print(
            f"  {j:>6}  {seconds:6.2f}  {rate[j]:>8,.0f}  {start:10.2f}  {work_rate[j]:>13,.0f}"
            f"  {work_rate[j] / (j or cores):>11,.0f}  {cpu_seconds:5.2f}  "
            f"{args.lines / cpu_seconds:>11,.0f}  {ceiling[j]:6.2f}x"
        )
    loads = r["json_loads"]
    print(f"  json.loads (in-process)  {loads:6.2f} s  {args.lines / loads:>9,.0f} lines/s")
    print(
        "  ceiling: N busy loops at once against one after another, measured beside each run "
        "(N on an idle machine)"
    )
    print("  targets (lines/s less start-up; with start-up in brackets):")
    for j in jobs_list:
        processes = j or cores
        if processes == 2:
            ratio = work_rate[j] / work_rate[1]
            print(
                f"  [{'met' if ratio >= SPEEDUP_TARGET else 'MISSED'}] --jobs {j} >= "
                f"{SPEEDUP_TARGET}x --jobs 1: {ratio:.2f}x ({rate[j] / rate[1]:.2f}x); "
                f"{ratio / ceiling[j]:.0%} of the ceiling, {ceiling[j]:.2f}x"
            )
        per_process = work_rate[j] / processes
        print(
            f"  [{'met' if per_process >= PER_PROCESS_TARGET else 'MISSED'}] --jobs {j}: >= "
            f"{PER_PROCESS_TARGET:,} lines/s per process: {per_process:,.0f} "
            f"({rate[j] / processes:,.0f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000, help="lines in the log (200,000)")
    parser.add_argument("--runs", type=int, default=5, help="runs to take the median of (5)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to compare (1,2)")
    parser.add_argument("--strict", action="store_true", help="validate with --strict")
    parser.add_argument("--seed", type=int, default=20220630)
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]
    if 1 not in jobs_list:
        jobs_list.insert(0, 1)
    cores = parallel.cores()
    report(args, jobs_list, cores, measure(args, jobs_list, cores))


if __name__ == "__main__":
    main()
