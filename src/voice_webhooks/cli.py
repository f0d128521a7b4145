"""The command line: ``voice-webhooks`` (also ``python -m voice_webhooks``).

::

    voice-webhooks parse FILE|-          print the typed payload (--json: its normalized wire form)
    voice-webhooks validate PATH...      check JSON files or JSON Lines logs (one body per line);
                                         --drift: list what the provider sends that this
                                         version does not know, with counts
    voice-webhooks validate -j N PATH... the same in N processes (0: one per core), same report
    voice-webhooks schema --out DIR      write the JSON Schemas (--docs DIR: the reference docs)
    voice-webhooks sample EVENT_TYPE     print a valid example body, ready for ``curl -d @-``

Payloads are Bandwidth events unless ``--model`` names another public model
(``signalwire.StreamStatusCallback``, whose bodies are forms; the provider may be left out when
the name is unambiguous).  Exit status: 0 when every payload is valid, 1 when one is not or
there was none, 2 for a usage error or an input that cannot be read.
Each command imports only what it needs.

>>> main(["sample", "mediaStreamStopped"])  # doctest: +ELLIPSIS
{
  "eventType": "mediaStreamStopped",
  ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import IO, Any, Final

from ._errors import PayloadError
from ._schema.names import DEFAULT_TARGET

__all__ = ["main"]

_PROG: Final = "voice-webhooks"
_LINES_SUFFIXES: Final = (".jsonl", ".ndjson", ".jsonlines")
_PROGRESS_AFTER: Final = 0.5  # seconds of work before a progress bar is worth drawing
_PROGRESS_EVERY: Final = 0.2  # seconds between redraws

_Body = Any  # bytes, str or a decoded mapping: what the model's parse function takes
_Reader = Callable[[_Body], Any]


class _InputError(Exception):
    """A path that cannot be read (exit status 2)."""


def _count(number: int, noun: str) -> str:
    """``1 payload``, ``3,003 payloads``."""
    return f"{number:,} {noun}{'s' * (number != 1)}"


# ------------------------------------------------------------------------------------ models


class _Target:
    """The model payloads are read as: how to parse a body, and what to count it under."""

    def __init__(self, name: str, strict: bool) -> None:
        from ._schema.names import resolve

        self.name = name
        self.strict = strict
        self.model = resolve(name)
        self.union = not isinstance(self.model, type)  # the Bandwidth event union
        self.form = False
        if self.union:
            from .bandwidth import UnknownEvent, parse_event

            self.unknown: type[Any] | None = UnknownEvent
            self.read: _Reader = lambda body: parse_event(body, strict=strict)
            self.read_lenient: _Reader = lambda body: parse_event(body)
        else:
            from ._form import FormModel

            self.unknown = None
            self.form = issubclass(self.model, FormModel)
            parse = self.model.from_form if self.form else self.model.from_json
            self.read = lambda body: parse(body, strict=strict)
            self.read_lenient = lambda body: parse(body)
        self.strict = strict

    @property
    def label_name(self) -> str:
        return "eventType" if self.union else "model"

    def label(self, result: Any) -> str:
        """What a parsed payload is counted under: its ``eventType``, or its model."""
        if not self.union:
            return type(result).__name__
        event_type = str(result.event_type)
        return f"{event_type} (unknown)" if type(result) is self.unknown else event_type

    def label_failed(self, body: _Body) -> str:
        """What a payload that failed is counted under, as far as can be told."""
        if not self.union:
            return str(self.model.__name__)
        try:
            data = json.loads(body) if isinstance(body, (bytes, str)) else body
        except (ValueError, RecursionError):
            return "(not JSON)"
        event_type = data.get("eventType") if isinstance(data, Mapping) else None
        return event_type if isinstance(event_type, str) and event_type else "(no eventType)"


def _target(parser: argparse.ArgumentParser, name: str, strict: bool) -> _Target:
    try:
        return _Target(name, strict)
    except KeyError as exc:
        parser.error(str(exc.args[0]))


# ------------------------------------------------------------------------------------ inputs


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _line_body(line: bytes, form: bool) -> _Body:
    """One JSON Lines entry: the body itself, or a JSON string (or, for forms, object) that
    holds it."""
    if line[:1] == b'"' or (form and line[:1] == b"{"):
        return json.loads(line)
    return line


def _whole_body(data: bytes, form: bool) -> _Body:
    if form:
        text = data.strip()
        return json.loads(text) if text[:1] == b"{" else text
    return data


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _sniff(stream: IO[bytes], path: str, fmt: str, form: bool) -> tuple[bytes, bool]:
    """Whether an input is JSON Lines, and the lines read from it to tell (to be read first)."""
    if fmt == "json":
        return b"", False
    if fmt == "lines" or form or path.endswith(_LINES_SUFFIXES):
        return b"", True
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    return b"".join(head), bool(head) and _is_json(head[-1])


def _entries(stream: IO[bytes], path: str, fmt: str, form: bool) -> Iterator[tuple[int, bytes]]:
    """The (line number, line) entries of one input; the whole input as line 1 when it holds
    one JSON body rather than JSON Lines."""
    head, lines = _sniff(stream, path, fmt, form)
    if not lines:
        yield 1, head + stream.read()
        return
    yield from enumerate(chain(io.BytesIO(head), stream), 1)


def _inputs(paths: list[str]) -> Iterator[tuple[str, str, IO[bytes] | _InputError]]:
    """Each input in turn: its path, the name it is reported under, and its stream (closed once
    the next input is asked for) or why it cannot be read."""
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            stream = _open(path)
        except _InputError as exc:
            yield path, name, exc
            continue
        try:
            yield path, name, stream
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def _unreadable(error: _InputError) -> None:
    print(f"{_PROG}: {error}", file=sys.stderr)


# ---------------------------------------------------------------------------------- progress


class _Progress:
    """A progress bar on standard error, drawn only on a terminal and only for long runs."""

    def __init__(self, stream: IO[str], total_bytes: int | None) -> None:
        self.stream = stream
        self.total = total_bytes
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self.last = self.started
        self.drawn = False

    def update(self, done_bytes: int, lines: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < _PROGRESS_AFTER or now - self.last < _PROGRESS_EVERY:
            return
        self.last = now
        rate = lines / (now - self.started)
        text = f"{lines:,} lines  {rate:,.0f} lines/s"
        if self.total:
            share = min(done_bytes / self.total, 1.0)
            filled = int(share * 30)
            text = f"[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}  " + text
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# ---------------------------------------------------------------------------------- commands


def _cmd_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    target = _target(parser, args.model, args.strict)
    try:
        stream = _open(args.file)
    except _InputError as exc:
        print(f"{_PROG}: {exc}", file=sys.stderr)
        return 2
    with stream:
        data = stream.read()
    try:
        result = target.read(_whole_body(data, target.form))
    except ValueError as exc:  # PayloadError, or a form given as malformed JSON
        print(exc if isinstance(exc, PayloadError) else f"invalid payload: {exc}", file=sys.stderr)
        return 1
    print(result.to_json() if args.json else "\n".join(_render(result)))
    return 0


def _describe(value: Any) -> str:
    from datetime import datetime, timedelta
    from enum import Enum

    from .types import format_datetime, format_duration

    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name} ({value.value!r})"
    if isinstance(value, datetime):
        return f"datetime {format_datetime(value)}"
    if isinstance(value, timedelta):
        return f"timedelta {format_duration(value)} ({value.total_seconds():g} s)"
    if isinstance(value, list):
        return "[" + ", ".join(_describe(item) for item in value) + "]"
    return repr(value)


def _render(model: Any, indent: str = "") -> list[str]:
    """A model as a person reads it: its class, then each field given, nested models indented,
    and the unknown fields it kept."""
    lines = [f"{indent}{type(model).__name__}"] if not indent else []
    inner = indent + "  "
    fields = type(model).model_fields
    shown = [name for name in fields if name in model.model_fields_set or name == "event_type"]
    for name in shown:
        value = getattr(model, name)
        if hasattr(type(value), "model_fields"):
            lines.append(f"{inner}{name}: {type(value).__name__}")
            lines += _render(value, inner)
        else:
            lines.append(f"{inner}{name}: {_describe(value)}")
    for key, value in model.wire_extra().items():
        lines.append(f"{inner}{key} (unknown field, kept): {value!r}")
    return lines


class _Tally:
    """Counts per label of valid and invalid payloads, and (``--drift``) of what they held
    that this version does not know."""

    def __init__(self, *, drift: bool = False) -> None:
        self.valid: Counter[str] = Counter()
        self.invalid: Counter[str] = Counter()
        self.skipped = 0
        self.drift = _DriftTally() if drift else None

    def merge(self, other: _Tally) -> None:
        """Add another tally's counts (a worker process's) to these."""
        self.valid.update(other.valid)
        self.invalid.update(other.invalid)
        self.skipped += other.skipped
        if self.drift is not None and other.drift is not None:
            self.drift.found.update(other.drift.found)

    def summary(self, label_name: str, files: int) -> list[str]:
        valid, invalid = sum(self.valid.values()), sum(self.invalid.values())
        head = f"{_count(valid + invalid, 'payload')} in {_count(files, 'input')}: "
        head += f"{valid:,} valid, {invalid:,} invalid"
        if self.skipped:
            head += f" ({_count(self.skipped, 'blank line')} skipped)"
        labels = sorted(set(self.valid) | set(self.invalid))
        if not labels:
            return [head]
        width = max(len(label_name), *map(len, labels))
        rows = [f"  {label_name:<{width}}  {'valid':>9}  {'invalid':>9}"]
        rows += [
            f"  {label:<{width}}  {self.valid[label]:>9,}  {self.invalid[label]:>9,}"
            for label in labels
        ]
        return [head, *rows]


class _DriftTally:
    """Counts of what payloads held that this version does not know, by kind and place."""

    _HEADS: Final = {
        "event type": "unknown event types",
        "field": "unknown fields ({label}: wire path)",
        "value": "unknown enum values ({label}: wire path = value)",
    }

    def __init__(self) -> None:
        self.found: Counter[tuple[str, str, str]] = Counter()

    def add(self, target: _Target, result: Any) -> None:
        from ._drift import drift_of

        label = target.label(result)
        for kind, path, value in drift_of(result):
            if kind == "event type":
                self.found[kind, "", str(value)] += 1
            elif kind == "field":
                self.found[kind, f"{label}: {path}", ""] += 1
            else:
                self.found[kind, f"{label}: {path}", f" = {value!r}"] += 1

    def report(self, label_name: str) -> list[str]:
        if not self.found:
            return ["drift: none (every event type, field and enum value is known)"]
        seen = sum(self.found.values())
        lines = [f"drift: {len(self.found):,} unknown to this version, seen {seen:,} times"]
        width = max(len(place + value) for _, place, value in self.found)
        for kind, head in self._HEADS.items():
            rows = sorted((k for k in self.found if k[0] == kind), key=lambda k: k[1:])
            if rows:
                lines.append(f"  {head.format(label=label_name)}")
                lines += [
                    f"    {place + value:<{width}}  {self.found[kind, place, value]:>9,}"
                    for _, place, value in rows
                ]
        return lines


def _cmd_validate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    target = _target(parser, args.model, args.strict)
    tally = _Tally(drift=args.drift)
    sizes = [_size(path) for path in args.paths]
    progress = _Progress(sys.stderr, None if None in sizes else sum(s or 0 for s in sizes))
    if args.jobs == 1:
        unreadable = _check_inputs(args, target, tally, progress)
    else:
        from ._parallel import check_in_parallel, cores

        jobs = args.jobs or cores()
        unreadable = check_in_parallel(args.paths, args.format, target, tally, progress, jobs)
    progress.close()
    if not args.quiet:
        sys.stdout.write("\n".join(tally.summary(target.label_name, len(args.paths))) + "\n")
    if tally.drift is not None:
        sys.stdout.write("\n".join(tally.drift.report(target.label_name)) + "\n")
    if unreadable:
        return 2
    if not (tally.valid or tally.invalid):
        print(f"{_PROG}: no payload found in the input (nothing was validated)", file=sys.stderr)
        return 1
    return 1 if tally.invalid else 0


def _check_inputs(
    args: argparse.Namespace, target: _Target, tally: _Tally, progress: _Progress
) -> bool:
    """Check every input in this process; return whether one could not be read."""
    out = sys.stdout
    unreadable = False
    done = lines = 0
    for path, name, stream in _inputs(args.paths):
        if isinstance(stream, _InputError):
            _unreadable(stream)
            unreadable = True
            continue
        for number, line in _entries(stream, path, args.format, target.form):
            done += len(line)
            lines += 1
            if not lines & 0x3FF:
                progress.update(done, lines)
            _check(target, tally, out, name, number, line)
    return unreadable


def _size(path: str) -> int | None:
    try:
        return None if path == "-" else os.path.getsize(path)
    except OSError:
        return 0


def _check(
    target: _Target,
    tally: _Tally,
    out: IO[str],
    name: str,
    number: int,
    line: bytes,
) -> None:
    """Parse one entry; count it (and its drift); write its problems as
    ``file:line: wire.path: message``."""
    text = line.strip()
    if not text:
        tally.skipped += 1
        return
    try:
        body = _line_body(text, target.form)
    except (ValueError, RecursionError) as exc:  # a JSON string line that is not JSON
        tally.invalid["(not JSON)" if target.union else target.model.__name__] += 1
        out.write(f"{name}:{number}: (body): Invalid JSON: {exc}\n")
        return
    try:
        result = target.read(body)
    except PayloadError as exc:
        tally.invalid[target.label_failed(body)] += 1
        out.write(
            "".join(
                f"{name}:{number}: {error['path'] or '(body)'}: {error['msg']}\n"
                for error in exc.errors()
            )
        )
        if tally.drift is not None and target.strict:  # what strict mode refused may be drift
            with contextlib.suppress(PayloadError):
                tally.drift.add(target, target.read_lenient(body))
        return
    tally.valid[target.label(result)] += 1
    if tally.drift is not None:
        tally.drift.add(target, result)


def _cmd_schema(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.check and args.docs is None:
        parser.error("--check goes with --docs DIR")
    if args.docs is not None:
        from ._docgen import COMMAND, stale_docs, write_docs

        if args.check:
            stale = stale_docs(args.docs)
            for path in stale:
                print(f"{Path(args.docs, path)}: out of date", file=sys.stderr)
            if stale:
                print(f"{_PROG}: regenerate with: {COMMAND}", file=sys.stderr)
            return 1 if stale else 0
        written = write_docs(args.docs)
        print(f"wrote {len(written)} files under {args.docs}")
        return 0
    from . import schema

    if args.out is not None:
        written = schema.write_schemas(args.out)
        print(f"wrote {len(written)} schemas under {args.out}")
        return 0
    if args.name is None:
        parser.error("give a model NAME, --out DIR or --docs DIR")
    try:
        document = schema.json_schema(
            args.name,
            strict=args.strict,
            mode="serialization" if args.serialization else "validation",
        )
    except (KeyError, ValueError) as exc:
        parser.error(str(exc.args[0]))
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return 0


def _cmd_sample(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from ._schema.examples import documented
    from ._schema.names import resolve

    name = args.model
    if args.event_type is not None:
        from .bandwidth import EVENT_TYPES

        if args.event_type not in EVENT_TYPES:
            parser.error(
                f"unknown event type {args.event_type!r}; one of: {', '.join(EVENT_TYPES)}"
            )
        model = EVENT_TYPES[args.event_type]
    elif name is not None:
        try:
            model = resolve(name)
        except KeyError as exc:
            parser.error(str(exc.args[0]))
    else:
        parser.error("give an EVENT_TYPE or --model NAME")
    found = documented(model)
    if not found:
        parser.error(f"no documented example of {name or model.__name__}")
    example = found[0][0]
    if args.event_type is not None and example.event_type != args.event_type:  # type: ignore[attr-defined]
        # another name of the same event (recordingComplete): the example, so named
        example = example.model_copy(update={"event_type": args.event_type})
    from ._form import FormModel

    if isinstance(example, FormModel):
        print(example.to_form_body())
    else:
        print(json.dumps(example.to_dict(), indent=2, ensure_ascii=False))
    return 0


# ------------------------------------------------------------------------------------ parser


def _job_count(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0: one per core)")
    return jobs


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse, validate, sample and describe Bandwidth and SignalWire payloads.",
        epilog="Exit status: 0 valid, 1 a payload is invalid (or there was none), 2 usage error "
        "or unreadable input.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def model_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--model",
            default=DEFAULT_TARGET,
            metavar="NAME",
            help="the public model payloads are read as, such as signalwire.StreamStatusCallback "
            f"(form bodies) or just StreamStatusCallback; default {DEFAULT_TARGET}",
        )
        sub.add_argument(
            "--strict",
            action="store_true",
            help="reject unknown fields, enum values and event types, and repaired timestamps",
        )

    parse = commands.add_parser("parse", help="print a payload, typed")
    parse.add_argument("file", metavar="FILE", help="a file holding the body, or - for stdin")
    parse.add_argument("--json", action="store_true", help="print the normalized wire form")
    model_options(parse)
    parse.set_defaults(run=_cmd_parse, parser=parse)

    validate = commands.add_parser(
        "validate",
        help="check many payloads: JSON files or JSON Lines logs",
        description="Check payloads: each PATH is a JSON file (one body) or JSON Lines (one "
        "body per line, or a JSON string holding it; blank lines skipped).  Prints "
        "FILE:LINE: WIRE.PATH: MESSAGE for each problem, then counts per event type.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="a file, or - for stdin")
    validate.add_argument(
        "--format",
        choices=("auto", "json", "lines"),
        default="auto",
        help="json: one body per file; lines: JSON Lines; auto (default): JSON Lines for "
        ".jsonl/.ndjson files, form models and files whose first line is a JSON value",
    )
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    validate.add_argument(
        "--drift",
        action="store_true",
        help="also list, with counts, the unknown event types, unknown fields (by wire path) "
        "and unknown enum values the payloads hold: what the provider changed",
    )
    validate.add_argument(
        "-j",
        "--jobs",
        type=_job_count,
        default=1,
        metavar="N",
        help="check in N processes (0: one per core); the same report, in input order; default 1",
    )
    model_options(validate)
    validate.set_defaults(run=_cmd_validate, parser=validate)

    schema = commands.add_parser(
        "schema",
        help="print or write JSON Schemas, or the reference docs",
        description="Print the JSON Schema (Draft 2020-12) of one model, write every schema "
        "to a folder (--out) or write the reference docs (--docs).",
    )
    schema.add_argument("name", nargs="?", metavar="NAME", help="a model: bandwidth.BandwidthEvent")
    schema.add_argument("--strict", action="store_true", help="the schema of strict parsing")
    schema.add_argument(
        "--serialization", action="store_true", help="the schema of what to_json() writes"
    )
    where = schema.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="DIR", help="write every schema under DIR")
    where.add_argument(
        "--docs", metavar="DIR", help="write DIR/reference/*.md and DIR/schema/**/*.json"
    )
    schema.add_argument(
        "--check", action="store_true", help="with --docs: exit 1 if the files are out of date"
    )
    schema.set_defaults(run=_cmd_schema, parser=schema)

    sample = commands.add_parser(
        "sample",
        help="print a valid example body, ready for curl -d @-",
        description="Print the provider's documented example, normalized (valid in strict "
        "mode): JSON, or an urlencoded form for form models.",
    )
    sample.add_argument("event_type", nargs="?", metavar="EVENT_TYPE", help="a Bandwidth eventType")
    sample.add_argument("--model", metavar="NAME", help="a public model, such as signalwire.Stream")
    sample.set_defaults(run=_cmd_sample, parser=sample)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    >>> main(["schema", "bandwidth.UnknownEvent"])  # doctest: +ELLIPSIS
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "urn:voice-webhooks:bandwidth:UnknownEvent",
    ...
    0
    """
    args = _build_parser().parse_args(argv)
    try:  # usage errors found by a command show that command's usage
        status: int = args.run(args, args.parser)
    except BrokenPipeError:  # `... | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    return status
