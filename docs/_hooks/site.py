"""MkDocs hooks of the site (``hooks:`` in ``mkdocs.yml``).

Pages that show a file kept outside ``docs/`` hold one line, ``<!-- include PATH -->`` (PATH
from the repository root): the README is the home page, CONTRIBUTING.md, CHANGELOG.md and
``benchmarks/README.md`` are pages too. The examples page gets each ``examples/*.py`` in full
where it says ``<!-- examples -->``. Links that leave ``docs/`` (the README's ``docs/guide.md``,
``examples/flask_app.py``) are pointed at the page of the site that shows their target; a link
to anything the site does not show is left alone, and the strict build reports it.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
INCLUDE = re.compile(r"^<!-- include (\S+) -->$", re.M)
EXAMPLES = "<!-- examples -->"
LINK = re.compile(r"(\]\()([^)\s#]*)(#[^)\s]*)?(\))")

SHOWN_AT = {
    "README.md": "index.md",
    "CONTRIBUTING.md": "contributing.md",
    "CHANGELOG.md": "changelog.md",
    "benchmarks/README.md": "performance.md",
}
"""Files outside docs/ by path from the repository root, and the page that shows each."""


def _site_target(target: Path) -> tuple[str, str] | None:
    """The page under docs/ that shows ``target`` (a resolved path), and an anchor on it."""
    if target.is_relative_to(DOCS):
        return target.relative_to(DOCS).as_posix(), ""
    if not target.is_relative_to(ROOT):
        return None
    relative = target.relative_to(ROOT).as_posix()
    if relative in SHOWN_AT:
        return SHOWN_AT[relative], ""
    if target.parent == ROOT / "examples" and target.suffix == ".py":
        return "examples.md", f"#{target.stem}"
    return None


def rewrite_links(text: str, written_in: Path, page: Path) -> str:
    """Point the relative links of ``text`` (written in the file ``written_in``) at the pages
    that show their targets, as seen from ``page`` (a file under docs/)."""

    def replace(match: re.Match[str]) -> str:
        start, path, anchor, end = match.groups()
        if not path or "://" in path or path.startswith(("mailto:", "/")):
            return match.group(0)
        target = (written_in.parent / path).resolve()
        if written_in == page and target.is_relative_to(DOCS):
            return match.group(0)
        shown = _site_target(target)
        if shown is None or not target.exists():
            return match.group(0)
        where, own_anchor = shown
        relative = os.path.relpath(DOCS / where, page.parent)
        return f"{start}{Path(relative).as_posix()}{anchor or own_anchor}{end}"

    return LINK.sub(replace, text)


def _examples() -> str:
    sections = []
    for path in sorted((ROOT / "examples").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(source)) or ""
        first = doc.split("\n\n", 1)[0].replace("\n", " ")
        sections.append(
            f"## `examples/{path.name}` {{ #{path.stem} }}\n\n{first}\n\n"
            f'```python title="examples/{path.name}"\n{source.rstrip()}\n```\n'
        )
    return "\n".join(sections)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    source = DOCS / page.file.src_uri

    def include(match: re.Match[str]) -> str:
        included = ROOT / match.group(1)
        return rewrite_links(included.read_text(encoding="utf-8"), included, source)

    markdown = INCLUDE.sub(include, markdown)
    if EXAMPLES in markdown:
        markdown = markdown.replace(EXAMPLES, _examples())
    return rewrite_links(markdown, source, source)
