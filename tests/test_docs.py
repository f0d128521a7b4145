"""The docs: the generated reference and schema files are what the code makes, they cover every
public model and field, and the links between the pages lead somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from voice_webhooks import bandwidth
from voice_webhooks._docgen import COMMAND, docs_files, reference_pages, stale_docs
from voice_webhooks._schema.names import targets

from .conftest import ROOT

DOCS = ROOT / "docs"
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_committed_docs_are_what_the_code_generates() -> None:
    stale = stale_docs(DOCS)
    assert stale == [], f"generated docs are out of date ({', '.join(stale)}): run `{COMMAND}`"


def test_generating_twice_gives_the_same_files() -> None:
    assert docs_files() == docs_files()


def test_reference_pages_cover_every_public_model_and_field() -> None:
    pages = reference_pages()
    for name, target in targets().items():
        provider, model = name.split(".")
        page = pages[f"reference/{provider}.md"]
        assert f"\n## {model}\n" in page, name
        if not isinstance(target, type):
            continue
        for attr, field in target.model_fields.items():
            wire = field.alias or attr
            row = f"| `{wire}` | `{attr}` |" if wire != "Parameters" else f"| `{attr}` |"
            assert row in page, f"{name}.{attr}"


def test_the_bandwidth_reference_lists_every_event_type_with_its_model() -> None:
    page = (DOCS / "reference" / "bandwidth.md").read_text(encoding="utf-8")
    for event_type, model in bandwidth.EVENT_TYPES.items():
        name = model.__name__
        assert f"| `{event_type}` | [{name}](#{name.lower()}) |" in page, event_type
        assert f"\n## {name}\n" in page
    assert len(set(bandwidth.EVENT_TYPES.values())) == 29


def _markdown_files() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", _markdown_files(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_links_lead_to_files_and_headings(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target}"
        rendered_from_docstrings = linked.is_file() and "\n::: " in linked.read_text("utf-8")
        if anchor and linked.suffix == ".md" and not rendered_from_docstrings:
            # (the anchors of an API page come from the docstrings: tests/test_site.py)
            headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), re.M)
            slugs = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in headings}
            assert anchor in slugs, f"{page.name}: {target}"


def test_guide_shows_the_three_uses() -> None:
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    for heading in ("## Receiving webhooks", "## Strict mode in tests", "## JSON Schema"):
        assert heading in guide
    assert COMMAND in guide
