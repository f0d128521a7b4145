"""Check what the built distributions hold: ``python .ci/check_dists.py DIST_DIR [--tree DIR]``.

The wheel: the package with ``py.typed`` and the license, nothing of the repository beside it.
The sdist: everything its own test command needs (the tests with their helpers and corpus, the
docs and examples they read, the CI script the package test reads), the license and the
changelog, and no caches.  Prints the sdist's contents, one top-level entry per line, with
file counts.  With ``--tree DIR`` (a git checkout), the sdist must also hold every file git
tracks there, byte for byte, so that running the tests in the unpacked sdist runs the very files
of the checkout.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

WHEEL_MUST = ["voice_webhooks/__init__.py", "voice_webhooks/py.typed"]
SDIST_MUST = [
    "LICENSE",
    "CHANGELOG.md",
    "README.md",
    "CONTRIBUTING.md",
    "pyproject.toml",
    "mkdocs.yml",
    "noxfile.py",
    "docs/_hooks/site.py",
    ".ci/run",
    "src/voice_webhooks/py.typed",
    "tests/conftest.py",
    "tests/_parse_targets.py",
    "tests/corpus/README.md",
    "tests/corpus/bandwidth/mediaStreamStopped_1.json",
    "tests/corpus/signalwire/signature_vectors.constructed.json",
    "tests/typing/check_bandwidth.py",
    "docs/guide.md",
    "docs/reference/bandwidth.md",
    "examples/parse_webhook.py",
    "examples/payloads/mediaStreamStopped.json",
]
# Tracked files an sdist has no use for.
NOT_SHIPPED = {".gitignore"}
NEVER = ("__pycache__", ".pyc", ".hypothesis", ".mypy_cache", ".pytest_cache", ".ruff_cache")


def fail(message: str) -> None:
    print(f"check_dists: {message}", file=sys.stderr)
    raise SystemExit(1)


def check_wheel(path: Path) -> None:
    names = zipfile.ZipFile(path).namelist()
    for must in WHEEL_MUST:
        if must not in names:
            fail(f"{path.name} lacks {must}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        fail(f"{path.name} lacks the license file")
    strays = [n for n in names if not n.startswith(("voice_webhooks/", "voice_webhooks-"))]
    if strays:
        fail(f"{path.name} holds files outside the package: {strays[:5]}")


def check_sdist(path: Path) -> None:
    with tarfile.open(path) as archive:
        names = [m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name]
    for must in SDIST_MUST:
        if must not in names:
            fail(f"{path.name} lacks {must}")
    caches = [n for n in names if any(part in n for part in NEVER)]
    if caches:
        fail(f"{path.name} holds caches: {caches[:5]}")
    files = [n for n in names if not n.endswith("/")]
    top = Counter(n.split("/", 1)[0] for n in files)
    print(f"{path.name}:")
    for entry, count in sorted(top.items()):
        if any(n.startswith(f"{entry}/") for n in files):
            print(f"  {entry}/  ({count} file{'s' * (count != 1)})")
        else:
            print(f"  {entry}")


def check_same_files(path: Path, tree: Path) -> None:
    tracked = (
        subprocess.run(["git", "-C", str(tree), "ls-files", "-z"], check=True, capture_output=True)
        .stdout.decode()
        .split("\0")
    )
    with tarfile.open(path) as archive:
        members = {
            m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name and m.isfile()
        }
        missing, differ = [], []
        shipped = sorted(set(tracked) - {""} - NOT_SHIPPED)
        for name in shipped:
            member = members.get(name)
            if member is None:
                missing.append(name)
                continue
            extracted = archive.extractfile(member)
            assert extracted is not None
            if extracted.read() != (tree / name).read_bytes():
                differ.append(name)
    if missing:
        fail(f"{path.name} lacks files of the checkout: {missing[:5]}")
    if differ:
        fail(f"{path.name} differs from the checkout in {differ[:5]}")
    print(f"check_dists: {path.name} holds the {len(shipped)} files of the checkout, unchanged")


def main(dist: str, *options: str) -> None:
    if options and (len(options) != 2 or options[0] != "--tree"):
        fail("usage: check_dists.py DIST_DIR [--tree DIR]")
    wheels = sorted(Path(dist).glob("*.whl"))
    sdists = sorted(Path(dist).glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        fail(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
    check_wheel(wheels[0])
    check_sdist(sdists[0])
    if options:
        check_same_files(sdists[0], Path(options[1]))
    print("check_dists: the wheel and the sdist hold what they should")


if __name__ == "__main__":
    main(*sys.argv[1:])
