"""docs/scale.md: the Dask recipe, run as it stands on Dask's local process scheduler, reports
what ``voice-webhooks validate`` reports; the Spark recipe (not run: Spark is no dependency of
the suite) at least compiles."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .test_cli import FAILURE, run
from .test_validate_jobs import BAD, BLANK, GOOD

PAGE = ROOT / "docs" / "scale.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)


def sections() -> dict[str, list[str]]:
    """The page's python code blocks under each ``## `` heading."""
    found: dict[str, list[str]] = {}
    for part in re.split(r"^## ", PAGE.read_text(encoding="utf-8"), flags=re.M)[1:]:
        heading, _, body = part.partition("\n")
        found[heading] = BLOCK.findall(body)
    return found


def write_archive(folder: Path) -> list[Path]:
    rng = random.Random(1818)
    folder.mkdir()
    files = []
    for hour in range(3):
        lines = [rng.choice(GOOD) for _ in range(60)]
        for _ in range(4):
            lines.insert(rng.randrange(len(lines)), rng.choice(BAD[:3] + BLANK))  # no JSON strings
        path = folder / f"2024-05-01T{hour:02}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def test_the_dask_recipe_reports_what_the_command_line_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = sections()
    assert len(blocks["The check, line by line"]) == 1 and len(blocks["Dask"]) == 2
    files = write_archive(tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "__main__"}  # as a script the user runs
    for code in [*blocks["The check, line by line"], *blocks["Dask"]]:
        exec(compile(code, str(PAGE), "exec"), namespace)  # the last block runs the recipe
    printed = capsys.readouterr().out.splitlines()

    cli = run("validate", "--strict", *map(str, files))
    assert cli.returncode == 1
    expected = [line for line in cli.stdout.splitlines() if FAILURE.match(line)]
    assert expected and [line for line in printed if FAILURE.match(line)] == expected

    totals = {"valid": 0, "invalid": 0}
    for line in printed:
        if match := re.match(r"^.+: ([\d,]+) (valid|invalid)$", line):
            totals[match[2]] += int(match[1].replace(",", ""))
    head = re.search(r": ([\d,]+) valid, ([\d,]+) invalid", cli.stdout)
    assert head and (totals["valid"], totals["invalid"]) == (int(head[1]), int(head[2]))
    assert totals["valid"] and totals["invalid"]


def test_the_spark_recipe_compiles() -> None:
    (code,) = sections()["Spark"]
    compile(code, str(PAGE), "exec")
    assert "mapInPandas(check_files" in code and "check_line(line, strict)" in code
