"""A headless Chromium driven over the DevTools protocol, for the site's render checks.

Only the system's browser (Debian's ``chromium``) and ``websockets`` are needed: no driver
binary, nothing downloaded. Every page load records what a reader's browser would complain
about: console errors, uncaught exceptions, failed loads, and every URL requested.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

# The flags this machine needs: no background traffic to the outside, no sandbox as root,
# a fresh profile per run.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--disable-quic",
    "--window-size=1280,900",
    "--remote-debugging-port=0",
)


class BrowserError(AssertionError):
    """The browser did not answer as expected."""


class Browser:
    """One Chromium process and its first tab."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.resources = contextlib.ExitStack()
        self.resources.callback(self._stop)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        try:
            port = self._port(profile)
            url = f"http://127.0.0.1:{port}/json/list"
            with urllib.request.urlopen(url, timeout=10) as reply:
                targets = json.load(reply)
            page = next(t for t in targets if t["type"] == "page")
            # No keepalive pings: websockets draws their payloads from the global random
            # state, which Hypothesis tests running meanwhile would see change.
            self.socket: ClientConnection = self.resources.enter_context(
                connect(page["webSocketDebuggerUrl"], max_size=None, ping_interval=None)
            )
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
        except BaseException:
            self.resources.close()
            raise

    def _port(self, profile: Path) -> int:
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrowserError(f"chromium exited with {self.process.returncode}")
            if active.is_file() and active.read_text().strip():
                return int(active.read_text().split()[0])
            time.sleep(0.05)
        raise BrowserError("chromium did not open its DevTools port")

    def send(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        """Call a DevTools method and return its result; events that arrive meanwhile are kept."""
        ident = next(self.ids)
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.socket.recv(timeout=max(0.01, deadline - time.monotonic())))
            if message.get("id") == ident:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self.events.append(message)

    def _drain(self) -> None:
        while True:
            try:
                self.events.append(json.loads(self.socket.recv(timeout=0.2)))
            except TimeoutError:
                return

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event; what came before is forgotten."""
        self.events.clear()
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            if time.monotonic() > deadline:
                raise BrowserError(f"{url} did not finish loading")
            self.events.append(json.loads(self.socket.recv(timeout=30)))

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> Any:
        """The first truthy value of ``expression``, polled until ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise BrowserError(f"never true: {expression}")

    def type_text(self, text: str) -> None:
        """Type into the focused element as a keyboard would."""
        for char in text:
            for kind in ("keyDown", "keyUp"):
                self.send("Input.dispatchKeyEvent", type=kind, text=char, key=char)

    def errors(self) -> list[str]:
        """What the page reported as errors since it was opened: console errors, uncaught
        exceptions, log entries of level error (failed loads among them), failed requests."""
        self._drain()
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(" ".join(str(a.get("value", a)) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append(str(params["exceptionDetails"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"{params['entry']['text']} ({params['entry'].get('url', '')})")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"request failed: {params.get('errorText')}")
        return found

    def requested(self) -> list[str]:
        """Every URL the page requested since it was opened."""
        self._drain()
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def close(self) -> None:
        self.resources.close()

    def _stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
