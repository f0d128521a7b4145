"""Coverage-guided fuzzing (atheris/libFuzzer) of every parse function of voice_webhooks.

Each input is fed, as bytes, as text and as the mapping a web framework would decode, to every
parse entry point of the package in lenient and strict mode (``tests/_parse_targets.py`` finds
them by walking the package), and to the request checks (signatures, Basic auth).  A crash is
any outcome but a model that round-trips or a ``PayloadError``: another exception, a warning, a
round trip that changes the model, or a check that does not answer ``bool``.

Run it (see ``fuzz/README.md``)::

    python fuzz/fuzz_parse.py -max_total_time=1800

Seeds (the conformance corpus, the documented examples, forms written by the models) and a
dictionary of wire names are written to a fresh work directory (``$FUZZ_WORK``, or a temporary
one) at start; libFuzzer adds what it finds there.  Nothing is written into the repository.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["voice_webhooks", "dateutil", "isodate"]):
    import dateutil.parser  # noqa: F401  (imported lazily by the package: instrument now)
    import isodate  # noqa: F401

    import voice_webhooks
    from tests import _parse_targets

from voice_webhooks import bandwidth, signalwire  # noqa: E402  (already imported, instrumented)
from voice_webhooks.bandwidth import examples  # noqa: E402


def seeds() -> Iterator[bytes]:
    """Real bodies to start from: the corpus, the documented examples, the models' own forms."""
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            if path.is_file() and path.suffix in (".json", ".txt"):
                yield path.read_bytes()
    for name in examples.__all__:
        value = getattr(examples, name)
        if isinstance(value, str):
            yield value.encode()
    yield (
        signalwire.CreateStreamRequest(
            url="wss://ws.example/a",
            name="s",
            track="both_tracks",
            status_callback_method="GET",
            parameters={"tenant": "42", "k": "v"},
        )
        .to_form_body()
        .encode()
    )


def dictionary() -> Iterator[str]:
    """The wire names of every model's fields and the values of every enumeration."""
    for model in _parse_targets.models():
        for name, field in model.model_fields.items():
            yield field.alias or name
    for module in _parse_targets.package_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and hasattr(obj, "__members__"):
                yield from (str(member.value) for member in obj)
    yield from ("Parameter1.Name", "Parameter1.Value", "Parameter2.Name", "T", "Z", "PT", "%")
    yield from ("NaN", "Infinity", "1e400", "null", "true", "\\u0000", "\\ud800", "+00:00")


def _escape(token: str) -> str:
    return "".join(c if c.isalnum() or c in "._-+:" else f"\\x{b:02x}"
                   for c in token for b in c.encode())  # fmt: skip


def prepare(work: Path) -> list[str]:
    """Write the seeds and the dictionary; the libFuzzer arguments that use them."""
    seed_dir = work / "corpus"
    seed_dir.mkdir(parents=True, exist_ok=True)
    for body in seeds():
        (seed_dir / hashlib.sha1(body).hexdigest()).write_bytes(body)
    dict_path = work / "voice_webhooks.dict"
    tokens = sorted(set(dictionary()))
    dict_path.write_text("".join(f'"{_escape(token)}"\n' for token in tokens if token))
    return [f"-dict={dict_path}", str(seed_dir)]


def test_one_input(data: bytes) -> None:
    _parse_targets.check_everything(data)


def main() -> None:
    work = Path(os.environ.get("FUZZ_WORK") or tempfile.mkdtemp(prefix="voice-webhooks-fuzz-"))
    args = list(sys.argv)
    has_corpus = any(not arg.startswith("-") for arg in args[1:])
    extra = prepare(work)
    if has_corpus:  # the caller's corpus directory (or an input to replay) comes first
        extra = extra[:1]
    print(f"fuzzing voice_webhooks {voice_webhooks.__version__}; work dir {work}", flush=True)
    print(f"{len(_parse_targets.PARSERS)} parse entry points", flush=True)
    atheris.Setup(args[:1] + extra[:1] + args[1:] + extra[1:], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    bandwidth.parse_event(examples.MEDIA_STREAM_STOPPED)  # fail fast if the package is broken
    main()
