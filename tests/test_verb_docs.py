"""The generated reference of the XML verbs covers every element, attribute and child element of
both providers, and shows the documented examples (the files themselves are checked for
staleness with the other generated docs in ``test_docs.py``)."""

from __future__ import annotations

import pytest

from voice_webhooks._docgen import reference_pages
from voice_webhooks._verb_docs import VERB_PAGES, element_classes
from voice_webhooks._xml import XmlModel


@pytest.mark.parametrize("provider", VERB_PAGES)
def test_every_element_attribute_and_child_has_its_row(provider: str) -> None:
    page = reference_pages()[f"reference/{VERB_PAGES[provider][0]}.md"]
    classes = element_classes(provider)
    assert {cls.__name__ for cls in classes} >= {"RawVerb"}
    for cls in classes:
        assert f"\n## {cls.__name__}\n" in page, cls
        if not issubclass(cls, XmlModel):
            continue
        for wire, attr in cls._xml_attributes.items():
            assert f"| `{wire}` | `{attr}` |" in page, (cls, wire)
        for attr, child in cls._xml_children.items():
            assert f"`<{child.cls.xml_tag}>` ([{child.cls.__name__}]" in page, (cls, attr)
            assert f"| `{attr}` |" in page, (cls, attr)


def test_the_pages_show_the_documented_examples_and_enumerations() -> None:
    pages = reference_pages()
    bxml, cxml = pages["reference/bandwidth-bxml.md"], pages["reference/signalwire-cxml.md"]
    assert 'destination="wss://live-studio-audience.myapp.example.com"' in bxml
    assert "### StartStreamTracks" in bxml and "| `both` |" in bxml
    assert 'streamStartConferenceOnEnter="true"' in cxml
    assert "### StreamNounCodec" in cxml and "| `L16@24000h` |" in cxml
    assert "## ConferenceStreamNoun" in cxml
