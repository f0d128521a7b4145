"""Docstrings as schema descriptions: reStructuredText roles and doctests out, Markdown in.

>>> summary('''``mediaStreamStopped``: a stream ended.
...
... >>> parse(...)
... ''')
'`mediaStreamStopped`: a stream ended.'
"""

from __future__ import annotations

import ast
import enum
import inspect
import re
import textwrap

__all__ = ["markdown", "member_docs", "summary"]

_LITERAL = re.compile(r"``(.+?)``")
_ROLE = re.compile(r":[a-z]+:`(~?)([^`<]+?)(?:\s*<[^>]+>)?`")  # :func:`~a.b` shows as `b`


def _role_text(match: re.Match[str]) -> str:
    short, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def markdown(text: str) -> str:
    """One paragraph of docstring text as one line of Markdown.

    >>> markdown("See :func:`~voice_webhooks.bandwidth.parse_event` and ``eventType``\\nhere.")
    'See `parse_event` and `eventType` here.'
    """
    text = _ROLE.sub(_role_text, text)
    text = _LITERAL.sub(r"`\1`", text)
    return " ".join(text.split())


def summary(doc: str | None) -> str:
    """The first paragraph of a docstring, as Markdown (empty for no docstring)."""
    if not doc:
        return ""
    paragraph = inspect.cleandoc(doc).split("\n\n", 1)[0]
    return markdown(paragraph) if not paragraph.lstrip().startswith(">>>") else ""


def member_docs(enum_cls: type[enum.Enum]) -> dict[str, str]:
    """The docstring under each member of an enumeration, by member name (source permitting).

    >>> from voice_webhooks.bandwidth import MediaStreamStoppedCause
    >>> member_docs(MediaStreamStoppedCause)["ERROR"]
    'There was an internal error other than a problem communicating with the destination.'
    """
    try:
        source = textwrap.dedent(inspect.getsource(enum_cls))
    except (OSError, TypeError):  # no source shipped: the meanings are only left out
        return {}
    body = ast.parse(source).body[0]
    assert isinstance(body, ast.ClassDef)
    docs: dict[str, str] = {}
    for node, following in zip(body.body[:-1], body.body[1:], strict=True):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.targets[0].id] = markdown(inspect.cleandoc(following.value.value))
    return docs
