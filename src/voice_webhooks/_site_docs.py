"""The generated pages of the documentation site: a page per event family, a JSON Schema index
and a navigation file per provider, and an API reference page per public module.

Everything here is derived from the package itself, so a model or module added later gets its
page and its place in the navigation when the docs are regenerated
(``python -m voice_webhooks schema --docs docs``):

- each public model goes on the page of its *family*, the deepest public module whose
  ``__all__`` exports it (``bandwidth/media_stream.py`` gives
  ``reference/bandwidth/media_stream.md``); a model that only the provider's package exports,
  defined in a private module, goes with the family its role belongs to (:data:`PRIVATE_HOMES`);
- each family falls in a section of its provider by its module's name (:data:`SECTIONS`), and
  the navigation file ``reference/<provider>/SUMMARY.md`` lists the sections, the stream
  verbs' reference, the provider's signature checks, the field reference and the schemas;
- each public module (``voice_webhooks.bandwidth.auth``) gets ``reference/api/<module>.md``,
  which the site renders from its docstrings, with the names it is the home of (the deepest
  public module whose ``__all__`` exports them), so every object is documented once.

>>> pages = site_pages()
>>> "## MediaStreamStopped" in pages["reference/bandwidth/media_stream.md"]
True
>>> "::: voice_webhooks.bandwidth.auth" in pages["reference/api/voice_webhooks.bandwidth.auth.md"]
True
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import inspect
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from ._docgen import COMMAND, _anchor, _cell, _has_strict
from ._schema.docstrings import markdown, summary
from ._schema.examples import examples
from ._schema.names import PROVIDERS, is_union, targets
from ._verb_docs import VERB_PAGES
from .schema import FLAVOURS, json_schema

__all__ = [
    "API_DIR",
    "PRIVATE_HOMES",
    "SECTIONS",
    "SIGNATURE_MODULES",
    "api_homes",
    "families",
    "public_modules",
    "site_pages",
]

PACKAGE: Final = "voice_webhooks"
API_DIR: Final = "reference/api"
"""Where the API reference pages go, under the docs folder."""

SECTIONS: Final = {
    "stream_messages": "Stream messages",
    "requests": "REST API",
    "responses": "REST API",
}
"""The navigation section of a family, by its module's name; any other family is a webhook."""
_WEBHOOKS: Final = "Webhooks"
_SECTION_ORDER: Final = (_WEBHOOKS, "Stream messages", "REST API")

PRIVATE_HOMES: Final = {
    "_call": "events",
    "_event": "events",
    "_stream": "events",
    "_stream_replies": "stream_messages",
}
"""The family of the models a private module defines: the bases that several families share
(every event's fields, a call's, a stream's) go with the event union, the messages the user
sends back over a stream with the stream messages.  A private module not named here gets a
family of its own, named after it."""

SIGNATURE_MODULES: Final = {
    "bandwidth": ("auth", "Basic auth", "security.md#verifying-callbacks-and-why-on-the-raw-body"),
    "signalwire": ("signatures", "Signatures", "signalwire.md#signatures"),
}
"""Per provider: the module that checks that a callback comes from the provider, its title in
the navigation, and the part of the guides that shows it at work."""

_TITLES: Final = {"bandwidth": "Bandwidth", "signalwire": "SignalWire"}


def _title(provider: str) -> str:
    return _TITLES.get(provider, provider.capitalize())


_GENERATED: Final = f"<!-- Generated from the models by `{COMMAND}`: do not edit. -->"


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


@functools.cache
def public_modules() -> tuple[str, ...]:
    """Every public module of the package, by dotted name, the package first: no part of the
    name starts with an underscore (``__main__`` is the command line's, documented there)."""
    package = _module(PACKAGE)
    found = [PACKAGE]
    for info in pkgutil.walk_packages(package.__path__, f"{PACKAGE}."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            found.append(info.name)
    return tuple(sorted(found, key=lambda name: name.split(".")))


@functools.cache
def _exports(module: str) -> tuple[str, ...]:
    """A module's ``__all__``, read from its source: the optional integrations
    (``voice_webhooks.fastapi``) are documented without their framework installed."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return ()
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            names = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(n, ast.Name) and n.id == "__all__" for n in names) and node.value:
                return tuple(ast.literal_eval(node.value))
    return ()


def _is_submodule(module: str, name: str) -> bool:
    """Whether ``name`` in ``module``'s ``__all__`` is one of its submodules (a package's)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.submodule_search_locations is None:
        return False
    return importlib.util.find_spec(f"{module}.{name}") is not None


@functools.cache
def api_homes() -> dict[str, tuple[str, ...]]:
    """The names each public module's API page documents, in ``__all__`` order: those it
    exports that no deeper public module exports too (modules themselves have their own page)."""
    modules = public_modules()
    homes: dict[str, tuple[str, ...]] = {}
    for module in modules:
        deeper = [m for m in modules if m.startswith(f"{module}.")]
        elsewhere = {name for m in deeper for name in _exports(m)}
        homes[module] = tuple(
            name
            for name in _exports(module)
            if name not in elsewhere and not _is_submodule(module, name)
        )
    return homes


def _api_page(module: str) -> str:
    return f"{API_DIR}/{module}.md"


def _api_link(module: str, name: str) -> str:
    """A link from a provider's page (``reference/<provider>/``) to an object's API entry."""
    return f"../api/{module}.md#{module}.{name}"


def _api_markdown(module: str, names: tuple[str, ...]) -> str:
    lines = [_GENERATED, "", f"::: {module}", "    options:"]
    if names:
        lines.append("      members:")
        lines += [f"        - {name}" for name in names]
    else:
        lines.append("      members: false")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ families


def _family_of(provider: str, name: str, target: Any) -> str:
    """The public module of ``provider`` whose page shows ``target``."""
    prefix = f"{PACKAGE}.{provider}."
    exporters = [m for m in public_modules() if m.startswith(prefix) and name in _exports(m)]
    if exporters:
        return max(exporters, key=lambda m: m.count(".")).removeprefix(prefix)
    stem: str = target.__module__.rsplit(".", 1)[1]
    return PRIVATE_HOMES.get(stem, stem.lstrip("_"))


def families(provider: str) -> dict[str, dict[str, Any]]:
    """Each family of ``provider`` (by module name) with its public models by name, in the
    order the navigation lists them: the family of the event union first, then by section and
    by name."""
    found: dict[str, dict[str, Any]] = {}
    for qualified, target in targets(provider).items():
        name = qualified.split(".")[1]
        found.setdefault(_family_of(provider, name, target), {})[name] = target

    def order(family: str) -> tuple[int, bool, str]:
        section = _SECTION_ORDER.index(SECTIONS.get(family, _WEBHOOKS))
        has_union = any(is_union(t) for t in found[family].values())
        return section, not has_union, family

    return {family: found[family] for family in sorted(found, key=order)}


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def _nav_title(family: str) -> str:
    return _sentence(family.replace("_", " "))


def _module_doc(provider: str, family: str) -> tuple[str, list[str]]:
    """A family page's title and its opening paragraphs, from its module's docstring."""
    try:
        doc = inspect.cleandoc(_module(f"{PACKAGE}.{provider}.{family}").__doc__ or "")
    except ModuleNotFoundError:  # a private module's family: named after it
        return f"{_title(provider)}: {_nav_title(family).lower()}", []
    paragraphs = [p for p in doc.split("\n\n") if p and not p.lstrip().startswith(">>>")]
    first = summary(paragraphs[0]) if paragraphs else _nav_title(family)
    title = first.split(": ", 1)[0].rstrip(".")
    return _sentence(title.removeprefix("The ")), [_prose(p) for p in paragraphs]


def _prose(paragraph: str) -> str:
    """A docstring paragraph as Markdown: one line, or one line per item of a bullet list."""
    if not paragraph.lstrip().startswith(("* ", "- ")):
        return markdown(paragraph)
    items = re.split(r"\n(?=\s*[*-] )", paragraph.strip())
    return "\n".join(markdown(item) for item in items)


def _schema_links(provider: str, name: str, target: Any, *, up: str) -> str:
    links = []
    for suffix, (strict, _) in FLAVOURS.items():
        if strict and not _has_strict(target):
            continue
        path = f"{up}schema/{provider}/{name}{'.' + suffix if suffix else ''}.json"
        links.append(f"[{suffix or 'lenient'}]({path})")
    return " · ".join(links)


def _constants(schema: dict[str, Any]) -> list[str]:
    """The fields whose value names the model on the wire (``eventType``, ``event``)."""
    return [
        f"`{wire}` = `{prop['const']}`"
        for wire, prop in schema.get("properties", {}).items()
        if "const" in prop
    ]


class _FamilyPage:
    """The page of one event family: what each model is, how to recognise it on the wire,
    where its fields, schemas and API are, and a documented example."""

    def __init__(self, provider: str, family: str, models: dict[str, Any]) -> None:
        self.provider = provider
        self.family = family
        self.models = models
        self.module = f"{PACKAGE}.{provider}.{family}"
        self.lines: list[str] = []

    def render(self) -> str:
        title, paragraphs = _module_doc(self.provider, self.family)
        self.lines += [f"# {title}", "", _GENERATED, ""]
        self.lines += [p for paragraph in paragraphs[1:] for p in (paragraph, "")]
        self.lines += [
            f"Import them from `{PACKAGE}.{self.provider}`. Each model's fields (wire name, "
            f"Python name, type, allowed values, {_title(self.provider)}'s description) are "
            f"in the [field reference](../{self.provider}.md), its JSON Schemas beside it.",
            "",
            "| Model | On the wire | What it is |",
            "|---|---|---|",
        ]
        schemas = {name: json_schema(target) for name, target in self.models.items()}
        for name, schema in schemas.items():
            wire = ", ".join(_constants(schema))
            self.lines.append(f"| [{name}]({_anchor(name)}) | {wire} | {_first(schema)} |")
        self.lines.append("")
        others = [name for name in _exports(self.module) if name not in self.models]
        if others:
            links = (f"[`{name}`]({_api_link(_family_module(self.provider, name), name)})"
                     for name in others)  # fmt: skip
            self.lines += [f"Also in `{self.module}`: " + " · ".join(links) + ".", ""]
        for name, target in self.models.items():
            self.section(name, target, schemas[name])
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def section(self, name: str, target: Any, schema: dict[str, Any]) -> None:
        home = _family_module(self.provider, name)
        api = _api_link(home, name)
        links = [
            f"[fields](../{self.provider}.md{_anchor(name)})",
            f"JSON Schema: {_schema_links(self.provider, name, target, up='../../')}",
            f"[API]({api})",
        ]
        self.lines += [
            f"## {name}",
            "",
            schema.get("description", ""),
            "",
            f"`{PACKAGE}.{self.provider}.{name}`"
            + "".join(f" · {constant}" for constant in _constants(schema)),
            "",
            " · ".join(links),
            "",
        ]
        if is_union(target):
            self.lines += _union_rows(self.provider, schema)
        shown = examples(target)
        if shown and not is_union(target):
            self.lines += [
                '??? example "Documented example"',
                "",
                "    ```json",
                *(f"    {line}" for line in json.dumps(shown[0], indent=2).splitlines()),
                "    ```",
                "",
            ]


def _first(schema: dict[str, Any]) -> str:
    return _cell(str(schema.get("description", "")).split("\n")[0])


def _union_rows(provider: str, schema: dict[str, Any]) -> list[str]:
    """The union's members by ``eventType``, each linked to the page that shows it."""
    known = schema["anyOf"][0]["discriminator"]["mapping"]
    pages = {name: family for family, models in families(provider).items() for name in models}
    rows = ["| `eventType` | model |", "|---|---|"]
    for event_type, ref in known.items():
        model = ref.rsplit("/", 1)[1]
        rows.append(f"| `{event_type}` | [{model}]({pages[model]}.md{_anchor(model)}) |")
    return [*rows, ""]


def _family_module(provider: str, name: str) -> str:
    """The public module whose API page documents ``name``: its deepest public exporter."""
    homes = api_homes()
    for module, names in homes.items():
        if name in names and module.startswith(f"{PACKAGE}.{provider}"):
            return module
    return f"{PACKAGE}.{provider}"


def _schema_index(provider: str) -> str:
    lines = [
        f"# {_title(provider)}: JSON Schemas",
        "",
        _GENERATED,
        "",
        "Every model's JSON Schema (Draft 2020-12) in its three flavours: *lenient*, what "
        "parsing accepts by default; *strict*, what `strict=True` accepts; *output*, what "
        "`to_json()` writes. The [guide](../../guide.md#json-schema) says how to use them; "
        "`voice_webhooks.schema.json_schema()` makes the same from Python.",
        "",
        "| Model | Schemas |",
        "|---|---|",
    ]
    for qualified, target in targets(provider).items():
        name = qualified.split(".")[1]
        links = _schema_links(provider, name, target, up="../../")
        lines.append(f"| [{name}](../{provider}.md{_anchor(name)}) | {links} |")
    return "\n".join(lines) + "\n"


def _signatures_page(provider: str) -> str:
    """What a provider's callbacks are checked with: the module's own account of it, and each
    of its functions with a link to its API entry."""
    stem, _, guide = SIGNATURE_MODULES[provider]
    module = f"{PACKAGE}.{provider}.{stem}"
    title, paragraphs = _module_doc(provider, stem)
    lines = [f"# {title}", "", _GENERATED, ""]
    lines += [p for paragraph in paragraphs[1:] for p in (paragraph, "")]
    lines += ["| Name | What it does |", "|---|---|"]
    for name in _exports(module):
        obj = getattr(_module(module), name)
        if not (inspect.isfunction(obj) or inspect.isclass(obj)):
            continue  # constants and type aliases: on the API page
        doc = summary(obj.__doc__)
        lines.append(f"| [`{name}`]({_api_link(module, name)}) | {_cell(doc)} |")
    lines += [
        "",
        f"The [guide](../../{guide}) shows them at work in an endpoint; the "
        "[security notes](../../security.md) say why they come before parsing.",
    ]
    return "\n".join(lines) + "\n"


def _provider_nav(provider: str) -> str:
    """The navigation of a provider's section, in literate-nav's Markdown list form."""
    lines = [f"* [Overview](../../{provider}.md)"]
    sections: dict[str, list[str]] = {}
    for family in families(provider):
        section = SECTIONS.get(family, _WEBHOOKS)
        sections.setdefault(section, []).append(family)
    for section, members in sections.items():
        if len(members) == 1:
            lines.append(f"* [{section}]({members[0]}.md)")
            continue
        lines.append(f"* {section}")
        lines += [f"    * [{_nav_title(family)}]({family}.md)" for family in members]
    if provider in VERB_PAGES:
        verbs, verbs_title, _ = VERB_PAGES[provider]
        lines.append(f"* [{_sentence(verbs_title.removeprefix(_title(provider)))}](../{verbs}.md)")
    if provider in SIGNATURE_MODULES:
        lines.append(f"* [{SIGNATURE_MODULES[provider][1]}](signatures.md)")
    lines += [
        f"* [Field reference](../{provider}.md)",
        "* [JSON Schemas](schemas.md)",
    ]
    return "\n".join(lines) + "\n"


def _api_nav(modules: list[str]) -> str:
    """The API reference's navigation: a module per entry, a subpackage's modules in a section
    of its own after the subpackage itself."""
    packages = {m.rsplit(".", 1)[0] for m in modules if m.count(".") > 1}
    lines = []
    for module in modules:
        if module in packages:
            lines += [f"* {module}", f"    * [{module}]({module}.md)"]
        elif module.rsplit(".", 1)[0] in packages:
            lines.append(f"    * [{module.rsplit('.', 1)[1]}]({module}.md)")
        else:
            lines.append(f"* [{module}]({module}.md)")
    return "\n".join(lines) + "\n"


def _pages() -> Iterator[tuple[str, str]]:
    for provider in PROVIDERS:
        for family, models in families(provider).items():
            page = _FamilyPage(provider, family, models)
            yield f"reference/{provider}/{family}.md", page.render()
        yield f"reference/{provider}/schemas.md", _schema_index(provider)
        if provider in SIGNATURE_MODULES:
            yield f"reference/{provider}/signatures.md", _signatures_page(provider)
        yield f"reference/{provider}/SUMMARY.md", _provider_nav(provider)
    homes = api_homes()
    for module, names in homes.items():
        yield _api_page(module), _api_markdown(module, names)
    yield f"{API_DIR}/SUMMARY.md", _api_nav(list(homes))


def site_pages() -> dict[str, str]:
    """The generated pages of the site, by path under the docs folder."""
    return dict(_pages())
