"""The documentation site, built as a reader gets it: ``mkdocs build --strict`` passes, every
model and every public module has a page the navigation reaches, nothing is loaded from outside,
search works offline, and the pages render in a real browser without a console error.

The site is built once for the session (``VOICE_WEBHOOKS_SITE`` names one already built, as the
``docs`` nox session does). The browser checks run where Debian's ``chromium`` is installed (CI
installs it), driven over the DevTools protocol (``tests/_browser.py``);
``VOICE_WEBHOOKS_BROWSER=required`` makes its absence a failure instead of a skip.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import voice_webhooks
from voice_webhooks import bandwidth, signalwire
from voice_webhooks._wire import WireModel
from voice_webhooks._xml import RawVerb

from ._browser import Browser
from .conftest import ROOT

pytest.importorskip("mkdocs", reason="the docs extra is not installed")

DOCS = ROOT / "docs"
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
CHROMIUM = os.environ.get("CHROMIUM", "chromium")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("VOICE_WEBHOOKS_SITE")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    return out


class _Page(HTMLParser):
    """What the checks read from a built page: the ids, the links of the navigation, and the
    resources it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.nav: list[str] = []
        self.loads: list[str] = []
        self._nav_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if attr.get("id"):
            self.ids.add(str(attr["id"]))
        classes = (attr.get("class") or "").split()
        if tag == "nav" and "md-nav--primary" in classes:
            self._nav_depth = 1
        elif tag == "nav" and self._nav_depth:
            self._nav_depth += 1
        if tag == "a" and attr.get("href"):
            (self.nav if self._nav_depth else self.links).append(str(attr["href"]))
        source = attr.get("src") if tag in ("script", "img", "iframe") else None
        if tag == "link" and attr.get("rel") not in ("canonical", "prev", "next"):
            source = attr.get("href")
        if source:
            self.loads.append(source)

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self._nav_depth:
            self._nav_depth -= 1


@functools.cache
def _read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _html(site: Path, url: str) -> Path:
    """The built file of a site-relative URL (``reference/bandwidth/`` → its ``index.html``)."""
    path = site / url.split("#")[0]
    return path / "index.html" if url.endswith("/") or not url else path


def _nav_pages(site: Path) -> dict[str, _Page]:
    """Every page the navigation reaches from the home page, by site-relative URL."""
    urls = {
        os.path.normpath(href).removeprefix("./") + "/" if href not in ("", ".", "./") else ""
        for href in _read(site / "index.html").nav
        if "://" not in href and not href.startswith("#")
    }
    return {url: _read(_html(site, url)) for url in sorted(urls)}


def _documented_classes(module: Any) -> list[type[Any]]:
    return [
        obj
        for name in module.__all__
        if isinstance(obj := getattr(module, name), type) and issubclass(obj, (WireModel, RawVerb))
    ]


@pytest.mark.parametrize("provider", [bandwidth, signalwire], ids=["bandwidth", "signalwire"])
def test_every_model_has_a_page_the_navigation_reaches(site: Path, provider: Any) -> None:
    pages = _nav_pages(site)
    prefix = f"reference/{provider.__name__.rsplit('.', 1)[1]}"
    for cls in _documented_classes(provider):
        slug = cls.__name__.lower()
        showing = [url for url, page in pages.items() if slug in page.ids]
        assert any(url.startswith(prefix) for url in showing), f"no page for {cls.__name__}"


def test_every_bandwidth_event_has_a_family_page_with_its_schemas(site: Path) -> None:
    pages = _nav_pages(site)
    for event_type, model in bandwidth.EVENT_TYPES.items():
        slug = model.__name__.lower()
        family = [
            url
            for url, page in pages.items()
            if url.startswith("reference/bandwidth/") and slug in page.ids
        ]
        assert family, f"{event_type}: no family page"
        text = _html(site, family[0]).read_text(encoding="utf-8")
        for flavour in ("", ".strict", ".output"):
            schema = f"schema/bandwidth/{model.__name__}{flavour}.json"
            assert schema in text and (site / schema).is_file(), schema


def _public_modules() -> list[str]:
    found = ["voice_webhooks"]
    for info in pkgutil.walk_packages(voice_webhooks.__path__, "voice_webhooks."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            found.append(info.name)
    return found


def test_every_public_module_has_an_api_reference_page(site: Path) -> None:
    pages = _nav_pages(site)
    rendered = {url: page for url, page in pages.items() if url.startswith("reference/api/")}
    for module in _public_modules():
        assert any(module in page.ids for page in rendered.values()), module


def test_every_object_a_module_exports_is_rendered_from_its_docstring(site: Path) -> None:
    ids = set().union(*(page.ids for page in _nav_pages(site).values()))
    for module in ("voice_webhooks.bandwidth.events", "voice_webhooks.signalwire.signatures"):
        for name in importlib.import_module(module).__all__:
            assert f"{module}.{name}" in ids, f"{module}.{name}"
    text = _html(site, "reference/api/voice_webhooks.bandwidth.events/").read_text("utf-8")
    assert ":func:`" not in text and ":class:`" not in text  # roles become code spans
    assert 'class="language-pycon' in text or '<span class="gp">&gt;&gt;&gt; </span>' in text


def test_every_link_between_pages_leads_to_a_page_and_an_anchor_on_it(site: Path) -> None:
    """What the strict build cannot see: anchors made by mkdocstrings (the API entries)."""
    for path in site.rglob("*.html"):
        for href in _read(path).links:
            if re.match(r"[a-z]+:", href) or href.startswith("/"):
                continue
            target, _, anchor = href.partition("#")
            linked = (path.parent / target).resolve() if target else path
            if linked.is_dir():
                linked = linked / "index.html"
            where = f"{path.relative_to(site)}: {href}"
            assert linked.is_file(), where
            if anchor and linked.suffix == ".html":
                assert anchor in _read(linked).ids, where


def test_every_handwritten_page_is_in_the_navigation(site: Path) -> None:
    generated = {"reference", "schema", "_hooks", "benchmarks"}
    pages = _nav_pages(site)
    for path in DOCS.rglob("*.md"):
        relative = path.relative_to(DOCS)
        if relative.parts[0] in generated or path.name == "SUMMARY.md":
            continue
        url = "" if relative.stem == "index" else relative.with_suffix("").as_posix() + "/"
        assert url in pages, f"docs/{relative} is not in docs/SUMMARY.md"


def test_the_home_page_is_the_readme_with_links_into_the_site(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    assert "A short tour" in text and "Two commands" in text
    assert 'href="guide/"' in text and 'href="examples/#fastapi_app"' in text
    assert not re.search(r'href="[^"]*\.(md|py)(#[^"]*)?"', text)  # all pointed into the site


def test_nothing_is_loaded_from_outside(site: Path) -> None:
    for path in site.rglob("*.html"):
        outside = [url for url in _read(path).loads if re.match(r"(https?:)?//", url)]
        assert outside == [], f"{path.relative_to(site)} loads {outside}"
    for path in site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?(https?:)?//", path.read_text("utf-8"))


def test_search_has_every_model(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["title"] for doc in index["docs"]}
    for cls in _documented_classes(bandwidth) + _documented_classes(signalwire):
        assert cls.__name__ in titles, cls.__name__


def test_the_benchmark_chart_is_on_the_performance_page(site: Path) -> None:
    text = _html(site, "performance/").read_text(encoding="utf-8")
    assert re.search(r'<img[^>]+src="\.\./benchmarks/parse_event\.svg"', text)
    assert "<table>" in text and "parse_event" in text
    svg = (site / "benchmarks" / "parse_event.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "parse_event" in svg


# ------------------------------------------------------------------------------ in a browser


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1 (search needs a page served, not a file)."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("VOICE_WEBHOOKS_BROWSER") == "required":
            pytest.fail(message)
        pytest.skip(message)
    opened = Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    yield opened
    opened.close()


def _only_local(browser: Browser, served: str) -> None:
    requested = browser.requested()
    assert requested and all(url.startswith((served, "data:")) for url in requested), requested


def test_home_page_renders_with_navigation_and_search(browser: Browser, served: str) -> None:
    browser.open(served)
    title = browser.evaluate("document.querySelector('article h1').firstChild.textContent")
    assert title == "voice-webhooks"
    nav = browser.evaluate(
        "[...document.querySelectorAll('nav.md-nav--primary a')].map(a => a.href)"
    )
    for section in ("reference/bandwidth/media_stream/", "reference/api/voice_webhooks/"):
        assert f"{served}{section}" in nav
    assert browser.errors() == []
    _only_local(browser, served)
    # search runs in the page, from the index the build wrote: no service behind it
    browser.evaluate("document.querySelector('input.md-search__input').focus()")
    browser.type_text("MediaStreamStopped")
    found = browser.wait_for(
        "[...document.querySelectorAll('.md-search-result__item a')]"
        ".map(a => a.href).filter(h => h.includes('reference/bandwidth/media_stream/'))"
    )
    assert found
    assert browser.errors() == []
    _only_local(browser, served)


def test_event_page_renders_each_event_and_its_example(browser: Browser, served: str) -> None:
    browser.open(f"{served}reference/bandwidth/media_stream/")
    heading = browser.wait_for("document.querySelector('h2#mediastreamstopped')?.textContent")
    assert heading.startswith("MediaStreamStopped")
    example = (
        "document.evaluate(\"//h2[@id='mediastreamstopped']/following-sibling::details[1]\", "
        "document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue"
    )
    assert browser.evaluate(f"{example}.open") is False
    browser.evaluate(f"{example}.querySelector('summary').click()")
    assert browser.evaluate(f"{example}.open") is True
    code = browser.evaluate(f"{example}.querySelector('pre code').innerText")
    assert '"eventType": "mediaStreamStopped"' in code
    links = browser.evaluate("[...document.querySelectorAll('article a')].map(a => a.href)")
    assert f"{served}schema/bandwidth/MediaStreamStopped.strict.json" in links
    assert f"{served}reference/bandwidth/#mediastreamstopped" in links
    assert browser.errors() == []
    _only_local(browser, served)
