"""The generated reference docs: a Markdown page per provider, made from the JSON Schemas.

``python -m voice_webhooks schema --docs docs`` writes ``docs/reference/<provider>.md`` and
``docs/schema/<provider>/<Name>[.strict|.output].json``; the test suite fails when the
committed files differ from what the code generates (``--check`` says the same).

>>> pages = reference_pages()
>>> "| `mediaStream` | `media_stream` |" in pages["reference/bandwidth.md"]
True
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final

from ._form import FormModel
from ._schema.examples import examples
from ._schema.generator import ENUM_DESCRIPTIONS, PATTERN_NAMES
from ._schema.names import PROVIDERS, has_strict_schema, is_union, targets
from .schema import FLAVOURS, json_schema, schema_files

__all__ = ["COMMAND", "docs_files", "reference_pages", "stale_docs", "write_docs"]

COMMAND: Final = "python -m voice_webhooks schema --docs docs"
"""The command that regenerates the committed docs."""

_TITLES: Final = {"bandwidth": "Bandwidth Voice webhooks", "signalwire": "SignalWire Streams"}
_FORMATS: Final = {"date-time": "RFC 3339 date-time", "uri-reference": "URI reference"}
_SCHEMA_DIR: Final = "schema"
_REFERENCE_DIR: Final = "reference"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(value: Any) -> str:
    return f"`{value}`"


def _anchor(name: str) -> str:
    return "#" + re.sub(r"[^a-z0-9 -]", "", name.lower()).replace(" ", "-")


class _Page:
    """One provider's reference page, built section by section."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self.targets = targets(provider)
        self.enums: dict[str, dict[str, Any]] = {}
        self.lines: list[str] = []

    def schema_links(self, name: str, target: Any) -> str:
        links = []
        for suffix, (strict, _) in FLAVOURS.items():
            if strict and not _has_strict(target):
                continue
            label = suffix or "lenient"
            path = f"../{_SCHEMA_DIR}/{self.provider}/{name}{'.' + suffix if suffix else ''}.json"
            links.append(f"[{label}]({path})")
        return "JSON Schema: " + " · ".join(links)

    def render(self) -> str:
        title = _TITLES[self.provider]
        self.lines += [
            f"# {title}: reference",
            "",
            f"<!-- Generated from the models by `{COMMAND}`: do not edit. -->",
            "",
            f"Every public model of `voice_webhooks.{self.provider}`, field by field, as the "
            "models define it: the same names, types, rules and descriptions as the JSON Schema "
            f"files in [`{_SCHEMA_DIR}/{self.provider}/`]({self.provider}/schemas.md).",
            "Fields are listed by wire name, with the Python attribute; a field that is not "
            "required may be absent.",
            "Allowed values are the ones this version knows: lenient parsing (the default) also "
            "keeps other values, unknown fields and repairable timestamps, which `strict=True` "
            "rejects. The [guide](../guide.md#json-schema) explains the schema flavours.",
            "",
            "Contents: "
            + " · ".join(
                f"[{name.split('.')[1]}]({_anchor(name.split('.')[1])})" for name in self.targets
            )
            + " · [Enumerations](#enumerations)",
            "",
        ]
        for name, target in self.targets.items():
            self.section(name.split(".")[1], target)
        self.enumerations()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def section(self, name: str, target: Any) -> None:
        lenient = json_schema(target)
        strict = json_schema(target, strict=True) if _has_strict(target) else lenient
        self.collect_enums(lenient)
        self.lines += [f"## {name}", "", lenient["description"], ""]
        if is_union(target):
            self.union(lenient)
        else:
            kind = (
                "an urlencoded form (`from_form`/`to_form`); the schemas describe its fields as "
                "an object of strings"
                if issubclass(target, FormModel)
                else "a JSON object (`from_json`/`to_json`)"
            )
            self.lines += [f"`voice_webhooks.{self.provider}.{name}`: {kind}.", ""]
            self.fields(target, lenient, strict)
        self.lines += [self.schema_links(name, target), ""]
        shown = examples(target)
        if shown:
            self.lines += [
                "<details><summary>Documented example</summary>",
                "",
                "```json",
                json.dumps(shown[0], indent=2, ensure_ascii=False),
                "```",
                "",
                "</details>",
                "",
            ]

    def union(self, schema: dict[str, Any]) -> None:
        known = schema["anyOf"][0]["discriminator"]["mapping"]
        self.lines += ["| `eventType` | model |", "|---|---|"]
        for event_type, ref in known.items():
            model = ref.rsplit("/", 1)[1]
            self.lines.append(f"| `{event_type}` | [{model}]({_anchor(model)}) |")
        unknown = schema["anyOf"][1]["$ref"].rsplit("/", 1)[1]
        self.lines += [
            f"| any other | [{unknown}]({_anchor(unknown)}) (lenient mode only) |",
            "",
        ]

    def fields(self, model: Any, lenient: dict[str, Any], strict: dict[str, Any]) -> None:
        python = {field.alias or name: name for name, field in model.model_fields.items()}
        unnamed = [name for wire, name in python.items() if wire not in strict["properties"]]
        self.lines += [
            "| Wire name | Python name | Type | Required | Allowed values | Description |",
            "|---|---|---|---|---|---|",
        ]
        required = set(lenient.get("required", ()))
        for wire, prop in strict["properties"].items():
            self.lines.append(
                self.row(_code(wire), _code(python[wire]), prop, wire in required, strict)
            )
        patterns = strict.get("patternProperties", {})
        for pattern, prop in patterns.items():
            attr = _code(unnamed[0]) if len(unnamed) == len(patterns) == 1 else ""
            self.lines.append(self.row(f"matching `{pattern}`", attr, prop, False, strict))
        self.lines.append("")

    def row(
        self, wire: str, attr: str, prop: dict[str, Any], required: bool, schema: dict[str, Any]
    ) -> str:
        kind, allowed = _describe(prop, schema.get("$defs", {}))
        cells = [
            wire,
            attr,
            kind,
            "yes" if required else "no",
            allowed,
            prop.get("description", ""),
        ]
        return "| " + " | ".join(_cell(cell) for cell in cells) + " |"

    def collect_enums(self, schema: dict[str, Any]) -> None:
        for name, definition in schema.get("$defs", {}).items():
            if "enum" in definition:
                self.enums.setdefault(name, definition)

    def enumerations(self) -> None:
        self.lines += [
            "## Enumerations",
            "",
            "Lenient parsing keeps a value not listed here as a plain `str` (or `int`); strict "
            "parsing rejects it.",
            "",
        ]
        for name, definition in sorted(self.enums.items()):
            meanings = definition.get(ENUM_DESCRIPTIONS, {})
            self.lines += [
                f"### {name}",
                "",
                f"`voice_webhooks.{self.provider}.{name}`: {definition.get('description', '')}",
                "",
            ]
            if not meanings:
                self.lines += ["Values: " + ", ".join(map(_code, definition["enum"])) + ".", ""]
                continue
            self.lines += ["| Value | Meaning |", "|---|---|"]
            for value in definition["enum"]:
                self.lines.append(f"| {_code(value)} | {_cell(meanings.get(str(value), ''))} |")
            self.lines.append("")


def _has_strict(target: Any) -> bool:
    return has_strict_schema(target)


def _describe(prop: dict[str, Any], defs: dict[str, Any]) -> tuple[str, str]:
    """The type of a property as a reader says it, and the values it allows."""
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[1]
        definition = defs[name]
        link = f"[{name}]({_anchor(name)})"
        if "enum" in definition:
            return f"{definition['type']} ({link})", ", ".join(map(_code, definition["enum"]))
        return link, ""
    if "anyOf" in prop:
        branches = [b for b in prop["anyOf"] if b != {"type": "null"}]
        described = [_describe(branch, defs) for branch in branches]
        return " or ".join(k for k, _ in described), "; ".join(a for _, a in described if a)
    if "const" in prop:
        return prop["type"], _code(prop["const"])
    if prop.get("type") == "array":
        items, allowed = _describe(prop["items"], defs)
        return f"array of {items}", allowed
    kind = prop.get("type", "any")
    detail = _FORMATS.get(prop.get("format", "")) or PATTERN_NAMES.get(prop.get("pattern", ""))
    rules = []
    if prop.get("minLength") == 1:
        rules.append("not empty")
    if "not" in prop and "enum" in prop["not"]:
        rules.append("none of " + ", ".join(map(_code, prop["not"]["enum"])))
    return (f"{kind} ({detail})" if detail else kind), "; ".join(rules)


def reference_pages() -> dict[str, str]:
    """The Markdown reference page of each provider, by path under the docs folder (and of
    each provider's XML verbs: :mod:`._verb_docs`; and the site's own pages: :mod:`._site_docs`)."""
    from ._site_docs import site_pages
    from ._verb_docs import verb_pages

    pages = {f"{_REFERENCE_DIR}/{p}.md": _Page(p).render() for p in PROVIDERS}
    return {**pages, **verb_pages(), **site_pages()}


def docs_files() -> dict[str, str]:
    """Every generated docs file by path under the docs folder: reference pages and schemas."""
    files = reference_pages()
    files.update({f"{_SCHEMA_DIR}/{path}": text for path, text in schema_files().items()})
    return files


def write_docs(directory: str | Path) -> list[Path]:
    """Write :func:`docs_files` under ``directory``, removing generated files no longer made."""
    root = Path(directory)
    files = docs_files()
    for stale in _generated_on_disk(root) - set(files):
        (root / stale).unlink()
    written = []
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _generated_on_disk(root: Path) -> set[str]:
    found: set[str] = set()
    for folder, pattern in ((_REFERENCE_DIR, "*.md"), (_SCHEMA_DIR, "*.json")):
        found |= {p.relative_to(root).as_posix() for p in (root / folder).rglob(pattern)}
    return found


def stale_docs(directory: str | Path) -> list[str]:
    """The generated files under ``directory`` that differ from what the code makes, are
    missing, or are no longer made; empty when the docs are up to date."""
    root = Path(directory)
    files = docs_files()
    stale = sorted(_generated_on_disk(root) - set(files))
    for relative, text in files.items():
        path = root / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(relative)
    return stale
