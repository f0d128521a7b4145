"""The generated reference of the XML verbs: a Markdown page per provider, a section per element.

The pages are made from the models, as the webhooks' are: each element's attributes in the
order ``to_xml()`` writes them (wire name, Python name, type, allowed values, the provider's
description), its child elements, the documented examples that use it, and the enumerations.
:func:`~voice_webhooks._docgen.reference_pages` adds them to the other reference pages.

>>> pages = verb_pages()
>>> "| `destination` | `destination` |" in pages["reference/bandwidth-bxml.md"]
True
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any, Final

from pydantic import TypeAdapter

from ._docgen import COMMAND, _anchor, _cell, _code, _describe, _Page
from ._schema.docstrings import summary
from ._schema.generator import Strict
from ._xml import RawVerb, XmlDocument, XmlModel

__all__ = ["VERB_PAGES", "element_classes", "verb_pages"]

VERB_PAGES: Final = {
    "bandwidth": ("bandwidth-bxml", "Bandwidth BXML stream verbs", "bxml_examples"),
    "signalwire": ("signalwire-cxml", "SignalWire cXML stream verbs", "cxml_examples"),
}
"""Per provider: the page's file name (under ``reference/``), its title, and the module of the
documented XML examples."""

_EXAMPLE_PATHS: Final = {
    "bandwidth": "Response/StartStream[0]@destination",
    "signalwire": "Response/Connect[0]/Stream[0]@track",
}


def _provider(name: str) -> ModuleType:
    import importlib

    return importlib.import_module(f"voice_webhooks.{name}")


def element_classes(provider: str) -> list[type[XmlModel] | type[RawVerb]]:
    """The XML models a provider exports, in document order: each document, then its verbs,
    each followed by the elements inside it; then the rest (in ``__all__`` order)."""
    module = _provider(provider)
    exported = [
        obj
        for name in module.__all__
        if isinstance(obj := getattr(module, name), type) and issubclass(obj, (XmlModel, RawVerb))
    ]
    ordered: dict[type[Any], None] = {}

    def visit(cls: type[Any]) -> None:
        if cls in ordered or cls not in exported:
            return
        ordered[cls] = None
        if issubclass(cls, XmlDocument):
            for verb in cls.verb_classes:
                visit(verb)
        if issubclass(cls, XmlModel):
            for child in cls._xml_children.values():
                visit(child.cls)

    for cls in exported:
        if issubclass(cls, XmlDocument):
            visit(cls)
    for cls in exported:
        visit(cls)
    return list(ordered)


def _read(provider: str, text: str) -> XmlModel:
    """A documented example read strictly, by whichever of the provider's classes it is."""
    for cls in element_classes(provider):
        if issubclass(cls, XmlModel):
            try:
                return cls.from_xml(text, strict=True)
            except ValueError:
                continue
    raise ValueError(f"no {provider} model reads this example:\n{text}")


def _elements_in(model: Any) -> Iterator[type[Any]]:
    """The classes of ``model`` and of every element inside it (conference streams too)."""
    yield type(model)
    if isinstance(model, XmlModel):
        for name in type(model).model_fields:
            value = getattr(model, name)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, (XmlModel, RawVerb)):
                    yield from _elements_in(item)
    from .signalwire import CxmlResponse

    if isinstance(model, CxmlResponse):
        for stream in model.conference_streams(strict=True):
            yield from _elements_in(stream)


def _examples(provider: str) -> dict[type[Any], list[str]]:
    """The documented examples that use each element class, in the examples module's order."""
    module = _provider(f"{provider}.{VERB_PAGES[provider][2]}")
    found: dict[type[Any], list[str]] = {}
    for name in module.__all__:
        text = getattr(module, name)
        for cls in dict.fromkeys(_elements_in(_read(provider, text))):
            found.setdefault(cls, []).append(text)
    return found


def _element_link(cls: type[XmlModel]) -> str:
    return f"`<{cls.xml_tag}>` ([{cls.__name__}]({_anchor(cls.__name__)}))"


def _parents(cls: type[Any], classes: list[type[Any]]) -> list[str]:
    """Where the element goes: the tags of the elements (and documents) that hold it."""
    parents: list[str] = []
    for other in classes:
        if issubclass(other, XmlDocument) and (cls in other.verb_classes or cls is RawVerb):
            parents += [f"`<{tag}>`" for tag in other._root_tags()]
        elif issubclass(other, XmlModel) and any(
            child.cls is cls for child in other._xml_children.values()
        ):
            parents.append(_element_link(other))
    return list(dict.fromkeys(parents))


class _VerbPage(_Page):
    """One provider's verb reference page, built section by section (the enumerations as on
    the webhooks' pages)."""

    def __init__(self, provider: str) -> None:
        super().__init__(provider)
        self.classes = element_classes(provider)
        self.examples = _examples(provider)

    def render(self) -> str:
        _, title, _ = VERB_PAGES[self.provider]
        contents = " · ".join(f"[{c.__name__}]({_anchor(c.__name__)})" for c in self.classes)
        self.lines += [
            f"# {title}: reference",
            "",
            f"<!-- Generated from the models by `{COMMAND}`: do not edit. -->",
            "",
            f"The XML elements of `voice_webhooks.{self.provider}` that start and stop media "
            "streams, and the response document that holds them, as the models define them. "
            "Attributes are listed by wire name, with the Python attribute, in the order "
            "`to_xml()` writes them; an attribute that is not required may be left out (the "
            "provider's default then applies).",
            "Building a model in Python checks every rule below and refuses unknown "
            "attributes; `from_xml()` reads XML leniently (unknown attributes and child "
            "elements kept, unknown values kept as text) unless `strict=True`. Errors name the "
            f"place by its wire path, such as `{_EXAMPLE_PATHS[self.provider]}`: elements "
            "from the root, each with its index among its parent's children of the same tag, "
            "then the attribute. The [guide](../guide.md#answering-with-stream-verbs) shows "
            "them at work.",
            "",
            f"Contents: {contents} · [Enumerations](#enumerations)",
            "",
        ]
        for cls in self.classes:
            self.section(cls)
        self.enumerations()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def section(self, cls: type[Any]) -> None:  # type: ignore[override]
        name = cls.__name__
        if cls is RawVerb:
            where = "any other verb, kept verbatim"
        elif issubclass(cls, XmlDocument):
            where = " or ".join(f"`<{tag}>`" for tag in cls._root_tags()) + ", the document"
        else:
            where = f"`<{cls.xml_tag}>`"
        parents = _parents(cls, self.classes)
        inside = f" · inside {', '.join(parents)}" if parents else ""
        self.lines += [
            f"## {name}",
            "",
            f"{where} · `voice_webhooks.{self.provider}.{name}`{inside}",
            "",
            summary(cls.__doc__),
            "",
        ]
        schema = TypeAdapter(cls).json_schema(by_alias=True, schema_generator=Strict)
        self.collect_enums(schema)
        if cls is RawVerb:
            self.lines += [
                "Its one field, `xml` (`xml` in its JSON form), holds the element's text: one "
                "well-formed element and nothing around it.",
                "",
            ]
        elif issubclass(cls, XmlModel):
            self.attributes(cls, schema)
            self.children(cls, schema)
        for text in self.examples.get(cls, [])[:2]:
            self.lines += [
                "<details><summary>Documented example</summary>",
                "",
                "```xml",
                text.rstrip("\n"),
                "```",
                "",
                "</details>",
                "",
            ]

    def attributes(self, cls: type[XmlModel], schema: dict[str, Any]) -> None:
        if not cls._xml_attributes:
            return
        required = set(schema.get("required", ()))
        defs = schema.get("$defs", {})
        self.lines += [
            "| Attribute | Python name | Type | Required | Allowed values | Description |",
            "|---|---|---|---|---|---|",
        ]
        for wire, attr in cls._xml_attributes.items():
            prop = schema["properties"][wire]
            kind, allowed = _describe(prop, defs)
            if kind.startswith("boolean"):
                allowed = "`true`, `false`"
            cells = [
                _code(wire),
                _code(attr),
                kind,
                "yes" if wire in required else "no",
                allowed,
                prop.get("description", ""),
            ]
            self.lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
        self.lines.append("")

    def children(self, cls: type[XmlModel], schema: dict[str, Any]) -> None:
        rows: list[tuple[str, str, str, str]] = []
        for attr, child in cls._xml_children.items():
            info = cls.model_fields[attr]
            limit = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
            many = f"0 to {limit}" if limit else "any number"
            count = many if child.many else ("1" if info.is_required() else "0 or 1")
            rows.append((_element_link(child.cls), _code(attr), count, info.description or ""))
        if issubclass(cls, XmlDocument):
            verbs = ", ".join(
                f"[{verb.__name__}]({_anchor(verb.__name__)})" for verb in cls.verb_classes
            )
            info = cls.model_fields["verbs"]
            rows.append(
                (
                    f"{verbs}; any other element a [RawVerb]({_anchor('RawVerb')})",
                    _code("verbs"),
                    "any number, in order",
                    info.description or "",
                )
            )
        if not rows:
            return
        self.lines += [
            "| Child element | Python name | How many | Description |",
            "|---|---|---|---|",
            *("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows),
            "",
        ]


def verb_pages() -> dict[str, str]:
    """The Markdown reference page of each provider's verbs, by path under the docs folder."""
    return {
        f"reference/{page}.md": _VerbPage(provider).render()
        for provider, (page, _, _) in VERB_PAGES.items()
    }
