"""Helpers for the tests of the XML verbs: comparing documents, reading Pydantic errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import canonicalize

from pydantic import ValidationError


def same_xml(a: str, b: str) -> bool:
    """Equivalent XML: the same elements, attributes and text, white space around text aside
    (C14N 2.0; only for trusted test documents: ElementTree resolves internal entities)."""
    return canonicalize(a, strip_text=True) == canonicalize(b, strip_text=True)


def problems(exc: ValidationError) -> list[tuple[tuple[str | int, ...], str]]:
    """Each error's location and type (an enum's fast-path branch and labels left out)."""
    return [
        (tuple(part for part in e["loc"] if not str(part).startswith("~")), e["type"])
        for e in exc.errors()
        if "~native" not in e["loc"]
    ]


def check_documented_example(cls: Any, path: Path) -> None:
    """A documented example reads strictly (from text and bytes, in both modes alike), writes
    back as equivalent XML that reads back equal, and survives its JSON form."""
    text = path.read_text()
    model = cls.from_xml(text, strict=True)
    assert model == cls.from_xml(text) == cls.from_xml(path.read_bytes())
    written = model.to_xml()
    assert same_xml(written, text)
    assert cls.from_xml(written, strict=True) == model
    assert cls.from_json(model.to_json(), strict=True) == model
