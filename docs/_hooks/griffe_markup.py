"""A griffe extension for the API reference: the package's docstrings are written for
``help()`` and doctest (reStructuredText roles, ``>>>`` examples), the site reads Markdown.

- ``:class:`~voice_webhooks.bandwidth.MediaStream``` (any role) becomes the code span
  `` `MediaStream` `` (the full name without ``~``), as :mod:`voice_webhooks._schema.docstrings`
  does for the schema descriptions;
- each doctest block (from a ``>>>`` line to the next blank line) becomes a fenced ``pycon``
  block, so that examples are highlighted and keep their line breaks.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":[a-z]+:`(~?)([^`<]+?)(?:\s*<[^>]+>)?`")


def _role(match: re.Match[str]) -> str:
    short, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def _fence_doctests(text: str) -> str:
    out: list[str] = []
    in_block = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not in_block and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append(f"{indent}```")
            in_block = False
        out.append(line)
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


def markup(text: str) -> str:
    """A docstring as Markdown: roles as code spans, doctests fenced."""
    return _fence_doctests(_ROLE.sub(_role, text))


class DocstringMarkup(griffe.Extension):
    """Rewrites every docstring of the loaded package with :func:`markup`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markup(obj.docstring.value)
