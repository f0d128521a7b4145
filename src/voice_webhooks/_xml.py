"""The shared base of the XML bodies (BXML and cXML): read safely, bound to models, written
exactly.  The XML counterpart of :mod:`._wire` (JSON) and :mod:`._form` (forms).

**Reading.**  :func:`read_xml` parses with the standard library's expat and refuses, before
anything is resolved, what an XML body can use to attack its reader: any document type
declaration (so no entity, internal or external, is ever declared or expanded: no billion
laughs, no file or network access), encodings other than UTF-8, attributes over
:data:`MAX_ATTRIBUTE_CHARS`, nesting deeper than :data:`MAX_DEPTH`, more than
:data:`MAX_ELEMENTS` elements, and (as for JSON) bodies over the byte cap.  What it refuses
raises :class:`~voice_webhooks.PayloadError`, as does malformed XML.

**Wire paths.**  Errors name the place in the document: elements by tag from the root, each
below the root with its 0-based index among its parent's children of the same tag, then
``@attribute``: ``Response/StartStream[0]@destination``,
``Response/StartStream[0]/StreamParam[12]``.  (XPath's steps, counted from 0 like the list
indexes of the JSON paths.)

**Models.**  :class:`XmlModel` is the base of the verbs and nouns: a field whose type is
another :class:`XmlModel` (or a list of them) is a child element, any other field an
attribute named by the field's alias, written in field order.  :class:`XmlDocument` is the
base of the response documents, whose verbs are typed where the package knows them and
:class:`RawVerb`, verbatim, where it does not.  Reading is lenient by default (unknown
attributes are kept, and so are unknown child elements of a typed element, verbatim) and
strict on request (both refused); the rules of each model apply in both modes.

>>> node, _ = read_xml('<Response><Pause duration="2"/></Response>', subject="example")
>>> node.tag, node.children[0].path, node.children[0].attributes
('Response', 'Response/Pause[0]', {'duration': '2'})
>>> read_xml('<!DOCTYPE r [<!ENTITY a "a">]><r>&a;</r>', subject="example")
Traceback (most recent call last):
    ...
voice_webhooks.PayloadError: invalid example: (body): Document type declarations (DTDs) are ...
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Final,
    NoReturn,
    TypeVar,
    Union,
    get_args,
    get_origin,
)
from xml.parsers import expat

from pydantic import (
    BeforeValidator,
    Discriminator,
    Field,
    GetCoreSchemaHandler,
    SerializerFunctionWrapHandler,
    Tag,
    ValidationError,
    WrapSerializer,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError, core_schema

from ._errors import ErrorDetail, PayloadError, from_error_list
from ._strictness import context_for
from ._wire import DEFAULT_MAX_BYTES, SentModel, check_body

__all__ = [
    "CONTENT_KEY",
    "MAX_ATTRIBUTE_CHARS",
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "XML_DECLARATION",
    "Binder",
    "Node",
    "RawVerb",
    "XmlBody",
    "XmlBool",
    "XmlDocument",
    "XmlModel",
    "escape_attribute",
    "escape_text",
    "invalid",
    "read_xml",
    "unique_names",
    "verb_list",
]

XmlBody = Union[bytes, bytearray, memoryview, str]  # noqa: UP007
"""What ``from_xml`` accepts: the XML text, as UTF-8 bytes or as ``str``."""

MAX_DEPTH: Final = 32
"""How deep elements may nest (a real response document nests five deep at most)."""

MAX_ELEMENTS: Final = 10_000
"""How many elements a document may hold."""

MAX_ATTRIBUTE_CHARS: Final = 16_384
"""The longest attribute value read, in characters (the longest documented one is 2048)."""

XML_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'
"""What :meth:`XmlDocument.to_xml` writes first."""

CONTENT_KEY: Final = "#content"
"""The key, among a leniently read element's unknown fields, of the unknown child elements
it held, verbatim (no attribute can be named so: ``#`` starts no XML name)."""

_UTF8_NAMES: Final = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_XML_SPACE: Final = " \t\r\n"
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A start tag, to find where an element written as <empty/> ends (quoted values may hold '>').
_START_TAG = re.compile(rb"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(/?)>")


# ------------------------------------------------------------------------------------ reading


@dataclass(eq=False)
class Node:
    """One element of a document as read: its tag, attributes (in document order), children
    and the character data directly inside it, with its wire path and where it lies in the
    body (byte offsets, to keep it verbatim)."""

    tag: str
    attributes: dict[str, str]
    path: str
    start: int
    close: int = 0  # where expat reported the element's end
    children: list[Node] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def has_text(self) -> bool:
        """Whether the element holds character data other than XML white space."""
        return any(piece.strip(_XML_SPACE) for piece in self.text)

    def named(self, tag: str) -> list[Node]:
        """The child elements with this tag, in order."""
        return [child for child in self.children if child.tag == tag]


class _Refused(Exception):
    def __init__(self, path: str, kind: str, message: str, value: Any = None) -> None:
        super().__init__(message)
        self.detail = ErrorDetail(path=path, type=kind, msg=message, input=value)


def _refuse_dtd(*_: Any) -> NoReturn:
    raise _Refused(
        "",
        "xml_dtd",
        "Document type declarations (DTDs) are refused: entities are never declared or resolved",
    )


class _Reader:
    """An expat parser whose handlers build :class:`Node` s and refuse the hostile."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.stack: list[Node] = []
        self.counts: list[dict[str, int]] = [{}]  # per open element: children seen, by tag
        self.root: Node | None = None
        self.elements = 0
        parser = expat.ParserCreate("utf-8")  # the encoding declared is checked, never used
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.XmlDeclHandler = self.declaration
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_dtd
        parser.UnparsedEntityDeclHandler = _refuse_dtd
        parser.NotationDeclHandler = _refuse_dtd
        parser.ExternalEntityRefHandler = _refuse_dtd
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        self.parser = parser

    def declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower() not in _UTF8_NAMES:
            raise _Refused(
                "", "xml_encoding", "Only UTF-8 documents are read (the declaration says "
                f"{encoding!r})", encoding,
            )  # fmt: skip

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.elements += 1
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            path = tag
        else:
            counts = self.counts[-1]
            index = counts.get(tag, 0)
            counts[tag] = index + 1
            path = f"{parent.path}/{tag}[{index}]"
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(path, "xml_too_deep", f"Elements nest deeper than {MAX_DEPTH} levels")
        if self.elements > MAX_ELEMENTS:
            raise _Refused(path, "xml_too_many", f"More than {MAX_ELEMENTS} elements")
        for name, value in attributes.items():
            if len(value) > MAX_ATTRIBUTE_CHARS:
                raise _Refused(
                    f"{path}@{name}",
                    "xml_attribute_too_long",
                    f"Attribute is {len(value)} characters, over the {MAX_ATTRIBUTE_CHARS} cap",
                    value,
                )
        node = Node(tag, attributes, path, self.parser.CurrentByteIndex)
        if parent is None:
            self.root = node
        else:
            parent.children.append(node)
        self.stack.append(node)
        self.counts.append({})

    def end(self, tag: str) -> None:
        node = self.stack.pop()
        self.counts.pop()
        node.close = self.parser.CurrentByteIndex

    def characters(self, text: str) -> None:
        if self.stack:
            self.stack[-1].text.append(text)

    def where(self) -> str:
        return self.stack[-1].path if self.stack else ""


def _xml_bytes(body: object, max_bytes: int | None, subject: str) -> bytes:
    if not isinstance(body, (bytes, bytearray, memoryview, str)):
        raise PayloadError.single(
            "",
            "body_type",
            f"Body should be XML text (bytes or str); got {type(body).__name__}",
            subject=subject,
        )
    checked = check_body(body, max_bytes, subject=subject)
    if isinstance(checked, str):
        try:
            return checked.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise PayloadError.single(
                "", "xml_unicode", "Body holds unpaired surrogates", checked[exc.start : exc.end],
                subject=subject,
            ) from None  # fmt: skip
    assert not isinstance(checked, Mapping)  # refused above
    return bytes(checked)


def read_xml(
    body: object, *, subject: str, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> tuple[Node, bytes]:
    """Parse an XML body into its root :class:`Node` (and the bytes read, for :func:`source`).

    Raises :class:`~voice_webhooks.PayloadError` for a body that is not XML text, over
    ``max_bytes``, malformed, not UTF-8, or using anything refused (see the module docs).
    """
    data = _xml_bytes(body, max_bytes, subject)
    # Expat follows a UTF-16 byte order mark, and guesses UTF-16 from "<" and a NUL, whatever
    # it is told; XML allows no NUL in any case, so these end here and offsets stay UTF-8's.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise PayloadError.single(
            "", "xml_encoding", "Only UTF-8 documents are read (this one is UTF-16, or holds "
            "a NUL byte)", subject=subject,
        )  # fmt: skip
    reader = _Reader(data)
    try:
        reader.parser.Parse(data, True)
    except _Refused as exc:
        raise PayloadError([exc.detail], subject=subject) from None
    except expat.ExpatError as exc:
        raise PayloadError.single(
            reader.where(),
            "xml_invalid",
            f"Not well-formed XML: {expat.ErrorString(exc.code)} "
            f"(line {exc.lineno}, column {exc.offset + 1})",
            subject=subject,
        ) from None
    assert reader.root is not None  # expat reports "no element found" otherwise
    return reader.root, data


def source(node: Node, data: bytes) -> str:
    """The element exactly as it is written in ``data``, from its ``<`` to its last ``>``."""
    head = _START_TAG.match(data, node.start)
    assert head is not None  # the pattern matches every start tag expat reads
    if head.group(1):  # <empty/>: the start tag is the element
        return data[node.start : head.end()].decode("utf-8")
    return data[node.start : data.index(b">", node.close) + 1].decode("utf-8")  # to its end tag


# ------------------------------------------------------------------------------------ writing


def escape_attribute(value: str) -> str:
    """An attribute value, escaped to read back exactly (white space controls included).

    >>> escape_attribute('a "b" & <c>\\n')
    'a &quot;b&quot; &amp; &lt;c&gt;&#10;'
    """
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )


def escape_text(value: str) -> str:
    """Character data, escaped to read back exactly.

    >>> escape_text("1 < 2 & 3 > 2")
    '1 &lt; 2 &amp; 3 &gt; 2'
    """
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _attribute_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _start_tag(tag: str, attributes: Sequence[tuple[str, str]]) -> str:
    written = "".join(f' {name}="{escape_attribute(value)}"' for name, value in attributes)
    return f"<{tag}{written}"


def _element(tag: str, attributes: Sequence[tuple[str, str]], inner: str) -> str:
    head = _start_tag(tag, attributes)
    return f"{head}>{inner}</{tag}>" if inner else f"{head}/>"


# ------------------------------------------------------------------------------- value checks


def invalid(path: tuple[str | int, ...], kind: str, message: str, value: Any) -> ValidationError:
    """A Pydantic error located at ``path`` (relative to the model being validated), for a
    model validator to raise: it reaches the user with that location."""
    return ValidationError.from_exception_data(
        "XML element",
        [InitErrorDetails(type=PydanticCustomError(kind, message), loc=path, input=value)],  # pyright: ignore[reportArgumentType]
    )


def unique_names(items: Sequence[Any], field: str, why: str) -> None:
    """Refuse a parameter name given twice in ``items`` (models with a ``name``), located at
    ``(field, index, "name")``: a provider passes parameters on as a map, which keeps one."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.name in seen:
            raise invalid(
                (field, index, "name"),
                "parameter_duplicate_name",
                f"A parameter of this name is already given ({why})",
                item.name,
            )
        seen.add(item.name)


def _text_problem(value: str) -> str | None:
    bad = _NOT_XML_CHAR.search(value)
    if bad is None:
        return None
    return f"XML cannot carry the character {bad.group()!r} (at {bad.start()})"


@functools.lru_cache(maxsize=1024)
def _is_xml_name(name: str) -> bool:
    """Whether expat itself reads ``name`` as an attribute name (so it reads back as written)."""
    if not name or _NOT_XML_CHAR.search(name) or any(c in name for c in "<>&\"'=/ \t\r\n"):
        return False
    try:
        expat.ParserCreate("utf-8").Parse(f'<a {name}=""/>'.encode(), True)
    except expat.ExpatError:
        return False
    return True


def _xml_bool(value: Any, info: Any) -> Any:
    from ._strictness import is_strict

    if not isinstance(value, str):
        return value
    if value in ("true", "false"):
        return value == "true"
    if not is_strict(info) and value.strip(_XML_SPACE).lower() in ("true", "false"):
        return value.strip(_XML_SPACE).lower() == "true"
    raise PydanticCustomError("bool_parsing", "Input should be `true` or `false`")


XmlBool = Annotated[bool, BeforeValidator(_xml_bool)]
"""A boolean attribute, spelled ``true``/``false`` on the wire (strict mode: exactly so; lenient
mode also reads other letter cases)."""


# ------------------------------------------------------------------------------------- models

X = TypeVar("X", bound="XmlModel")


@dataclass(frozen=True)
class _Child:
    """A field that holds child elements: their class and whether there may be several."""

    cls: type[XmlModel]
    many: bool


def _child_of(annotation: Any) -> _Child | None:
    if isinstance(annotation, type) and issubclass(annotation, XmlModel):
        return _Child(annotation, False)
    origin = get_origin(annotation)
    args = [arg for arg in get_args(annotation) if arg is not type(None)]
    if origin is list and args:
        inner = _child_of(args[0])
        return _Child(inner.cls, True) if inner is not None else None
    if len(args) == 1 and origin is not Annotated:  # Optional[Child]
        return _child_of(args[0])
    return None


class XmlModel(SentModel):
    """Base of the verbs and nouns: a model that is one XML element (``to_xml``/``from_xml``).

    Its attributes are its scalar fields, by wire name, in field order, then (read leniently)
    the unknown ones, in the order they came; its child elements are its fields typed as
    other :class:`XmlModel` s.  Booleans are written ``true``/``false``; absent optional
    attributes are not written.  ``from_json``/``to_json`` still work, on the same fields.
    """

    xml_tag: ClassVar[str] = ""
    """The element's tag (``StartStream``)."""

    _xml_attributes: ClassVar[dict[str, str]] = {}  # wire name -> field name
    _xml_children: ClassVar[dict[str, _Child]] = {}  # field name -> its child elements
    _xml_ignored: ClassVar[frozenset[str]] = frozenset()  # fields that are neither

    # Unknown attributes (text), and CONTENT_KEY: unknown child elements, verbatim.
    __pydantic_extra__: dict[str, str] = Field(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        attributes: dict[str, str] = {}
        children: dict[str, _Child] = {}
        for name, info in cls.model_fields.items():
            if name in cls._xml_ignored:
                continue
            child = _child_of(info.annotation)
            if child is not None:
                children[name] = child
            else:
                attributes[info.alias or name] = name
        cls._xml_attributes = attributes
        cls._xml_children = children

    @model_validator(mode="after")
    def _writable_as_xml(self) -> XmlModel:
        for wire, name in self._xml_attributes.items():
            value = getattr(self, name)
            problem = _text_problem(value) if isinstance(value, str) else None
            if problem:
                raise invalid((wire,), "xml_char", problem, value)
        for key, value in (self.__pydantic_extra__ or {}).items():
            if key == CONTENT_KEY:
                _check_content(value)
            elif not _is_xml_name(key):
                raise invalid((key,), "xml_name", "Not an XML attribute name", key)
            elif problem := _text_problem(value):
                raise invalid((key,), "xml_char", problem, value)
        return self

    # ------------------------------------------------------------------------------ writing

    def xml_attributes(self) -> list[tuple[str, str]]:
        """The attributes as written: ``(name, text)`` pairs, in order."""
        out = [
            (wire, _attribute_text(value))
            for wire, name in self._xml_attributes.items()
            if (value := getattr(self, name, None)) is not None  # (a model_construct may lack it)
        ]
        extra = self.__pydantic_extra__ or {}
        out += [(key, value) for key, value in extra.items() if key != CONTENT_KEY]
        return out

    def _inner_xml(self) -> str:
        parts: list[str] = []
        for name, child in self._xml_children.items():
            value = getattr(self, name, None)
            items: list[XmlModel] = [] if value is None else value if child.many else [value]
            parts += [item.to_xml() for item in items]
        parts.append((self.__pydantic_extra__ or {}).get(CONTENT_KEY, ""))
        return "".join(parts)

    def to_xml(self) -> str:
        """The element as XML text: attributes in a fixed order, every value escaped."""
        return _element(self.xml_tag, self.xml_attributes(), self._inner_xml())

    # ------------------------------------------------------------------------------ reading

    @classmethod
    def from_xml(
        cls: type[X],
        body: XmlBody,
        *,
        strict: bool = False,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> X:
        """Read this element from XML text (bytes or ``str``), the element as root.

        ``strict=True`` refuses unknown attributes, unknown child elements and unknown
        enumerated values.  Raises :class:`~voice_webhooks.PayloadError`, naming the place by
        its wire path, for malformed or refused XML and for anything the model refuses.
        """
        subject = cls._subject()
        root, data = read_xml(body, subject=subject, max_bytes=max_bytes)
        if root.tag not in cls._root_tags():
            expected = " or ".join(f"<{tag}>" for tag in cls._root_tags())
            raise PayloadError.single(
                root.tag, "xml_root", f"The root element should be {expected}", root.tag,
                subject=subject,
            )  # fmt: skip
        binder = Binder(data, strict)
        result = binder.bind(cls, root)
        if binder.problems or result is None:
            raise PayloadError(binder.problems, subject=subject)
        return result

    @classmethod
    def _root_tags(cls) -> tuple[str, ...]:
        return (cls.xml_tag,)

    @classmethod
    def claims(cls, node: Node) -> bool:
        """Whether an element of a document is one of this class's (by default: its tag)."""
        return node.tag == cls.xml_tag

    @classmethod
    def _read_children(cls, node: Node, binder: Binder) -> _Children:
        """The child fields' values read from ``node``, and the child elements none takes."""
        read = _Children()
        taken: set[int] = set()
        for name, child in cls._xml_children.items():
            nodes = [n for n in node.children if child.cls.claims(n)]
            if not child.many:
                nodes = nodes[:1]
            taken.update(id(n) for n in nodes)
            built = [binder.bind(child.cls, n) for n in nodes]
            read.paths[name] = [n.path for n in nodes]
            if None in built:
                read.failed.add(name)
            if nodes:
                read.values[name] = built if child.many else built[0]
        read.others = [n for n in node.children if id(n) not in taken]
        return read

    @classmethod
    def _prepare_xml(cls, data: dict[str, Any], node: Node) -> None:
        """A hook: complete the values read from ``node`` before they are validated."""

    @classmethod
    def _where(cls, base: str, loc: Sequence[str | int], paths: Mapping[str, list[str]]) -> str:
        """The wire path of a Pydantic error location in this model, read from ``base``."""
        if not loc:
            return base
        head, rest = loc[0], loc[1:]
        name = cls._field_name(head)
        child = cls._xml_children.get(name) if name is not None else None
        if child is None:
            return base if head == CONTENT_KEY else f"{base}@{head}"
        items = paths.get(str(name), [])
        if child.many and rest and isinstance(rest[0], int):
            index, rest = rest[0], rest[1:]
            at = items[index] if index < len(items) else f"{base}/{child.cls.xml_tag}[{index}]"
        elif not child.many:
            at = items[0] if items else f"{base}/{child.cls.xml_tag}[0]"
        else:
            return f"{base}/{child.cls.xml_tag}"  # the list as a whole (too many items)
        return child.cls._where(at, rest, {})

    @classmethod
    def _field_name(cls, key: str | int) -> str | None:
        """The field a wire (or Python) name stands for, if any."""
        if not isinstance(key, str):
            return None
        if key in cls.model_fields:
            return key
        return next((name for name, f in cls.model_fields.items() if f.alias == key), None)


@dataclass
class _Children:
    """What :meth:`XmlModel._read_children` found: values by field, the wire path of each item,
    the fields an item of which could not be read, and the elements no field takes."""

    values: dict[str, Any] = field(default_factory=dict)
    paths: dict[str, list[str]] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    others: list[Node] = field(default_factory=list)


def _check_content(value: str) -> None:
    """Unknown child content kept by a lenient read: whole elements (and white space) only."""
    try:
        root, _ = read_xml(f"<x>{value}</x>", subject="content", max_bytes=None)
    except PayloadError:
        message = "Not well-formed XML elements"
        raise invalid((CONTENT_KEY,), "xml_content", message, value) from None
    if root.has_text():
        raise invalid((CONTENT_KEY,), "xml_content", "Holds text outside elements", value)


class Binder:
    """Reads the nodes of one document into models, gathering every problem by wire path."""

    def __init__(self, data: bytes, strict: bool) -> None:
        self.data = data
        self.strict = strict
        self.problems: list[ErrorDetail] = []

    def problem(self, path: str, kind: str, message: str, value: Any = None) -> None:
        self.problems.append(ErrorDetail(path=path, type=kind, msg=message, input=value))

    def source(self, node: Node) -> str:
        return source(node, self.data)

    def bind(self, cls: type[X], node: Node) -> X | None:
        """``node`` as a ``cls``, or ``None`` when it has problems (then recorded)."""
        data: dict[str, Any] = {}
        for name, value in node.attributes.items():
            if cls._field_name(name) in cls._xml_children or name in cls._xml_ignored:
                self.problem(f"{node.path}@{name}", "xml_attribute",
                             f"<{node.tag}> has no attribute of this name", value)  # fmt: skip
            else:
                data[name] = value
        if node.has_text():
            text = "".join(node.text).strip(_XML_SPACE)
            self.problem(node.path, "xml_text", f"<{node.tag}> holds no text", text)
        children = cls._read_children(node, self)
        if children.others and self.strict:
            for other in children.others:
                message = f"<{other.tag}> is not an element of <{node.tag}> (strict mode)"
                self.problem(other.path, "xml_unknown_element", message)
        elif children.others:
            data[CONTENT_KEY] = "".join(self.source(other) for other in children.others)
        fields = cls.model_fields
        data.update({fields[name].alias or name: value for name, value in children.values.items()})
        cls._prepare_xml(data, node)
        try:
            result: X = cls.__pydantic_validator__.validate_python(
                data,
                extra="forbid" if self.strict else None,
                context=context_for(self.strict),
                by_alias=True,
                by_name=False,
            )
        except ValidationError as exc:
            errors = [
                error
                for error in exc.errors(include_url=False)
                if not error["loc"] or cls._field_name(error["loc"][0]) not in children.failed
            ]  # (an item that could not be read has its own problems recorded already)
            if errors:
                located = from_error_list(
                    errors,
                    subject="",
                    locate=lambda loc: cls._where(node.path, loc, children.paths),
                )
                self.problems += located.errors()
            return None
        return None if children.failed else result


# ------------------------------------------------------------------------------- raw verbs

_TAG = re.compile(r"<([^\s/>]+)")


class RawVerb(SentModel):
    """A verb (or any element) this package does not model, kept verbatim: your own
    ``<SpeakSentence>``, ``<Dial>``, ``<Pause>`` … in a response document, written exactly as
    given.

    The text must be one well-formed XML element and nothing around it (no declaration, no
    white space); it is read with the same safeguards as a whole document.  Build one from a
    string, or with :meth:`element`, which escapes what it is given.  In a document's JSON
    form it is ``{"xml": "<…/>"}``.

    >>> RawVerb(xml='<SpeakSentence voice="bridget">Hello</SpeakSentence>').tag
    'SpeakSentence'
    >>> RawVerb.element("SpeakSentence", {"voice": "bridget"}, "Fish & chips").to_xml()
    '<SpeakSentence voice="bridget">Fish &amp; chips</SpeakSentence>'
    >>> RawVerb(xml="<Pause>")
    Traceback (most recent call last):
        ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for RawVerb
    xml
      Not well-formed XML: no element found (line 1, column 8) ...
    """

    xml: str = Field(
        description="The element, verbatim: one well-formed XML element, nothing around it."
    )

    @field_validator("xml")
    @classmethod
    def _one_element(cls, value: str) -> str:
        try:
            root, data = read_xml(value, subject="raw verb")
        except PayloadError as exc:
            first = exc.errors()[0]
            where = f" at {first['path']}" if first["path"] else ""
            raise PydanticCustomError(
                first["type"],  # pyright: ignore[reportArgumentType]  (not a literal: passed on)
                "{problem}{where}",
                {"problem": first["msg"], "where": where},
            ) from None
        if source(root, data) != value:
            raise PydanticCustomError(
                "xml_one_element",
                "A raw verb is one element with nothing around it (no declaration, comment or "
                "white space)",
            )
        return value

    @property
    def tag(self) -> str:
        """The element's tag."""
        match = _TAG.match(self.xml)
        assert match is not None  # a well-formed element
        return match.group(1)

    def to_xml(self) -> str:
        """The element, exactly as given."""
        return self.xml

    @classmethod
    def from_xml(
        cls, body: XmlBody, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
    ) -> RawVerb:
        """The root element of an XML body, verbatim (its declaration, if any, left out).

        ``strict`` changes nothing here (nothing in a raw verb is unknown); it is accepted
        like every ``from_xml``'s.  Raises :class:`~voice_webhooks.PayloadError` for malformed
        or refused XML.

        >>> RawVerb.from_xml('<?xml version="1.0"?>\\n<Hangup/>').xml
        '<Hangup/>'
        """
        root, data = read_xml(body, subject=cls._subject(), max_bytes=max_bytes)
        return cls.model_construct(xml=source(root, data))

    @classmethod
    def element(
        cls,
        tag: str,
        attributes: Mapping[str, str | bool | int] | None = None,
        /,
        *content: str | RawVerb | XmlModel,
    ) -> RawVerb:
        """Build an element: a tag, its attributes (``True`` is written ``true``) and its
        content in order: text (escaped), raw verbs and the package's own elements.

        >>> from voice_webhooks import signalwire
        >>> dial = RawVerb.element("Dial", {}, RawVerb.element("Conference", {"beep": False},
        ...                                                    "room-1"))
        >>> dial.xml
        '<Dial><Conference beep="false">room-1</Conference></Dial>'
        """
        names = [tag, *(attributes or {})]
        bad = next((name for name in names if not _is_xml_name(name)), None)
        if bad is not None:
            raise ValueError(f"{bad!r} is not an XML name")
        pairs = [(name, _attribute_text(value)) for name, value in (attributes or {}).items()]
        inner = "".join(
            escape_text(item) if isinstance(item, str) else item.to_xml() for item in content
        )
        return cls(xml=_element(tag, pairs, inner))


# ------------------------------------------------------------------------------- documents

_RAW_TAG: Final = "xml"  # the JSON key of a raw verb, and its tag in the verb union


def _verb_tag(value: Any) -> str | None:
    if isinstance(value, (RawVerb, str)):
        return _RAW_TAG
    if isinstance(value, XmlModel):
        return value.xml_tag
    if isinstance(value, Mapping) and len(value) == 1:
        (key,) = value
        return key if isinstance(key, str) else None
    return None


def _unwrapped(tag: str) -> Callable[[Any], Any]:
    def unwrap(value: Any) -> Any:
        if isinstance(value, Mapping) and len(value) == 1 and tag in value:
            return value[tag]
        return value

    return unwrap


def _raw_from_text(value: Any) -> Any:
    return {_RAW_TAG: value} if isinstance(value, str) else value


def _wrapped(value: Any, handler: SerializerFunctionWrapHandler) -> Any:
    data = handler(value)
    return {value.xml_tag: data} if isinstance(value, XmlModel) else data


class _VerbChoice:
    """Makes ``Annotated[Union[VerbA, VerbB, RawVerb], verb_list]`` a union selected by element:
    a model of a listed class is itself, ``{"VerbA": {…}}`` (its JSON form) is a ``VerbA``,
    and ``{"xml": "<…/>"}`` or a string is a :class:`RawVerb`."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        choices: list[Any] = [
            Annotated[cls, BeforeValidator(_unwrapped(cls.xml_tag)), Tag(cls.xml_tag)]
            for cls in get_args(source)
            if cls is not RawVerb
        ]
        choices.append(Annotated[RawVerb, BeforeValidator(_raw_from_text), Tag(_RAW_TAG)])
        union: Any = Annotated[
            Union[tuple(choices)],  # noqa: UP007
            Discriminator(
                _verb_tag,
                custom_error_type="verb_type",
                custom_error_message='A verb should be a model, {"<Tag>": {...}} or '
                '{"xml": "<raw element/>"}',
            ),
            WrapSerializer(_wrapped),
        ]
        return handler.generate_schema(union)


verb_list: Final = _VerbChoice()
"""The marker of a document's verb type: ``Annotated[VerbA | VerbB | RawVerb, verb_list]``."""


class XmlDocument(XmlModel):
    """Base of the response documents: a root element holding verbs in order, typed where the
    package models them (:attr:`verb_classes`), :class:`RawVerb` otherwise.

    ``to_xml()`` writes the XML declaration and the whole document; ``from_xml()`` reads one.
    Subclasses declare the ``verbs`` field with their verb union.
    """

    verb_classes: ClassVar[tuple[type[XmlModel], ...]] = ()
    """The verbs read into their own models (every other element is a :class:`RawVerb`)."""
    _xml_ignored: ClassVar[frozenset[str]] = frozenset({"verbs"})

    def _inner_xml(self) -> str:
        verbs: list[XmlModel | RawVerb] = getattr(self, "verbs", [])
        return "".join(verb.to_xml() for verb in verbs)

    def _document_tag(self) -> str:
        return self.xml_tag

    def to_xml(self, *, declaration: bool = True) -> str:
        """The whole document as XML text, after the XML declaration unless asked not to."""
        element = _element(self._document_tag(), self.xml_attributes(), self._inner_xml())
        return f"{XML_DECLARATION}{element}" if declaration else element

    @classmethod
    def _read_children(cls, node: Node, binder: Binder) -> _Children:
        read = _Children()
        verbs: list[Any] = []
        for child in node.children:
            verb_cls = next((c for c in cls.verb_classes if c.claims(child)), None)
            if verb_cls is None:
                cls._check_raw(child, binder)
                verbs.append(RawVerb.model_construct(xml=binder.source(child)))
                continue
            built = binder.bind(verb_cls, child)
            if built is None:
                read.failed.add("verbs")
            verbs.append(built)
        read.values["verbs"] = verbs
        read.paths["verbs"] = [child.path for child in node.children]
        return read

    @classmethod
    def _check_raw(cls, node: Node, binder: Binder) -> None:
        """A hook: check what the package knows inside a verb it keeps raw."""

    @classmethod
    def _where(cls, base: str, loc: Sequence[str | int], paths: Mapping[str, list[str]]) -> str:
        if loc and loc[0] == "verbs" and len(loc) > 1 and isinstance(loc[1], int):
            items = paths.get("verbs", [])
            at = items[loc[1]] if loc[1] < len(items) else base
            return f"{at}@{loc[2]}" if len(loc) > 2 else at
        return super()._where(base, loc, paths)
