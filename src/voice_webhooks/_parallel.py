"""``voice-webhooks validate --jobs N``: the same checks, spread over worker processes.

The main process reads each input in blocks of about :data:`BLOCK_BYTES` cut at line ends (it
never parses JSON) and hands them out in order; a worker checks a block's lines with the code a
single-process run uses (``cli._check``) and sends back its report lines and counts, which the
main process writes and adds up in input order.  So the report, the line numbers, the counts
and the exit status are those of ``--jobs 1``, whatever the number of workers.  At most
``2 * jobs + 1`` blocks are in flight, so memory stays bounded however large the archive.

Workers are forked where that is safe (on Linux, from a process with one thread: the command
line), so they start with the models already built; elsewhere they are started fresh
(``forkserver`` or ``spawn``) and import them first.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import stat
import sys
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import IO, Final, TypeAlias

from .cli import (
    _check,
    _InputError,
    _inputs,
    _open,
    _Progress,
    _sniff,
    _Tally,
    _Target,
    _unreadable,
)

__all__ = ["BLOCK_BYTES", "check_in_parallel", "cores"]

BLOCK_BYTES: Final = 1 << 20  # about 1,700 lines of 600-byte bodies: ~15 ms of work a block

_Place: TypeAlias = tuple[str, int, int]  # path, offset, size: lines for a worker to read
_Block: TypeAlias = tuple[int, bytes | _Place, bool]  # first line number, lines, whole input?
_Result: TypeAlias = tuple[str, _Tally, int]  # report lines, counts, lines read
_Pending: TypeAlias = tuple[Future[_Result], int] | _InputError  # a block and its size


def cores() -> int:
    """The CPU cores this process may run on (what ``--jobs 0`` means)."""
    if sys.version_info >= (3, 13):
        return os.process_cpu_count() or 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def check_in_parallel(
    paths: list[str], fmt: str, target: _Target, tally: _Tally, progress: _Progress, jobs: int
) -> bool:
    """Check every input with ``jobs`` worker processes, writing the report to standard output
    and adding the counts to ``tally``; return whether an input could not be read (or a worker
    stopped before its work was done: then the counts are incomplete)."""
    run = _Run(tally, progress, limit=2 * jobs + 1)
    pool = ProcessPoolExecutor(
        jobs,
        _context(),
        initializer=_start_worker,
        initargs=(target.name, target.strict, tally.drift is not None),
    )
    try:
        for path, name, stream in _inputs(paths):
            if isinstance(stream, _InputError):
                run.add(stream)
                continue
            for first, lines, whole in _blocks(stream, path, fmt, target.form):
                future = pool.submit(_check_block, name, first, lines, whole)
                run.add((future, lines[2] if isinstance(lines, tuple) else len(lines)))
        run.finish()
    except BrokenProcessPool as exc:
        _unreadable(_InputError(f"a worker process stopped before its work was done ({exc})"))
        return True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return run.unreadable


def _context() -> BaseContext:
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _blocks(stream: IO[bytes], path: str, fmt: str, form: bool) -> Iterator[_Block]:
    """An input's blocks of whole lines; the whole input as one entry when it holds one JSON
    body rather than JSON Lines (as ``cli._entries`` reads it).  A block of a regular file is
    only its place in the file, for the worker to read."""
    head, lines = _sniff(stream, path, fmt, form)
    if not lines:
        yield 1, head + stream.read(), True
    elif path != "-" and stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
        stream.seek(0)
        first = 1
        for start, size, ends in _file_blocks(stream):
            yield first, (path, start, size), False
            first += ends
    else:
        yield from _stream_blocks(head, stream)


def _file_blocks(stream: IO[bytes]) -> Iterator[tuple[int, int, int]]:
    """(offset, size, line ends) of blocks of whole lines of a file, read to find them."""
    start = offset = ends = 0
    while data := stream.read(BLOCK_BYTES):
        cut = data.rfind(b"\n") + 1 if len(data) == BLOCK_BYTES else len(data)  # else: the end
        if not cut:  # within a line longer than a block: read on
            offset += len(data)
            continue
        ends += data.count(b"\n", 0, cut)
        offset += cut
        if cut < len(data):
            stream.seek(offset)
        yield start, offset - start, ends
        start, ends = offset, 0
    if offset > start:
        yield start, offset - start, ends


def _stream_blocks(head: bytes, stream: IO[bytes]) -> Iterator[_Block]:
    """Blocks of whole lines of a stream (standard input, a pipe), read to be sent."""
    first = 1
    if head:
        yield first, head, False
        first += head.count(b"\n")
    while block := stream.read(BLOCK_BYTES):
        if not block.endswith(b"\n"):
            block += stream.readline()  # the rest of the line the block cut
        yield first, block, False
        first += block.count(b"\n")


class _Run:
    """Blocks in flight, settled in input order: their report written, their counts added."""

    def __init__(self, tally: _Tally, progress: _Progress, limit: int) -> None:
        self.tally = tally
        self.progress = progress
        self.limit = limit
        self.pending: deque[_Pending] = deque()
        self.unreadable = False
        self.changed: set[str] = set()  # files reported as changed while being read
        self.done_bytes = self.done_lines = 0

    def add(self, item: _Pending) -> None:
        self.pending.append(item)
        while len(self.pending) > self.limit:
            self._settle()

    def finish(self) -> None:
        while self.pending:
            self._settle()

    def _settle(self) -> None:
        item = self.pending.popleft()
        if isinstance(item, _InputError):
            _unreadable(item)
            self.unreadable = True
            return
        future, size = item
        try:
            report, counts, lines = future.result()
        except _InputError as exc:  # a file that changed or went away while being read
            if str(exc) not in self.changed:  # once, not once per block
                self.changed.add(str(exc))
                _unreadable(exc)
            self.unreadable = True
            return
        sys.stdout.write(report)
        self.tally.merge(counts)
        self.done_bytes += size
        self.done_lines += lines
        self.progress.update(self.done_bytes, self.done_lines)


# ----------------------------------------------------------------------- in a worker process

_target: _Target | None = None
_drift = False  # whether the run counts drift (--drift)


def _start_worker(model: str, strict: bool, drift: bool) -> None:
    global _target, _drift
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _target = _Target(model, strict)
    _drift = drift


def _check_block(name: str, first: int, lines: bytes | _Place, whole: bool) -> _Result:
    """Check one block's lines as a single-process run would; return its report and counts."""
    assert _target is not None, "the worker was not started"
    block = lines if isinstance(lines, bytes) else _read(*lines)
    entries = [block] if whole else block.split(b"\n")
    if not whole and block.endswith(b"\n"):
        entries.pop()  # the empty text after the last line end
    out = io.StringIO()
    tally = _Tally(drift=_drift)
    for number, line in enumerate(entries, first):
        _check(_target, tally, out, name, number, line)
    return out.getvalue(), tally, len(entries)


def _read(path: str, offset: int, size: int) -> bytes:
    with _open(path) as stream:
        stream.seek(offset)
        block = stream.read(size)
    if len(block) != size:
        raise _InputError(f"{path}: changed while it was being read")
    return block
