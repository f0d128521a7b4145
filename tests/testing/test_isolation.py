"""The kit stays out of the way: ``import voice_webhooks`` does not import it, and it imports and
works without pytest or hypothesis (only ``strategies`` needs hypothesis)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import json, sys

    import voice_webhooks
    kit = ("voice_webhooks.testing", "pytest", "_pytest", "hypothesis")
    imported_by_package = sorted(
        name for name in sys.modules if name.split(".")[0] in kit or name.startswith(kit[0])
    )

    class Missing:  # as if pytest and hypothesis were not installed
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("pytest", "_pytest", "hypothesis"):
                raise ImportError(f"No module named {name!r}")
            return None

    sys.meta_path.insert(0, Missing())
    from voice_webhooks import bandwidth, signalwire
    from voice_webhooks.testing import (
        TEST_SIGNING_KEY, assert_valid, media_stream_stopped, signed_callback,
        stream_status_callback,
    )

    event = assert_valid(media_stream_stopped(call_id="c-1"), bandwidth.BandwidthEvent)
    request = signed_callback("https://a.example/s", stream_status_callback(), TEST_SIGNING_KEY)
    try:
        import voice_webhooks.testing.strategies
        strategies_error = None
    except ImportError as exc:
        strategies_error = str(exc)
    print(json.dumps({
        "imported_by_package": imported_by_package,
        "call_id": event.call_id,
        "verified": signalwire.verify_signature(
            TEST_SIGNING_KEY, request.url, request.body, request.signature),
        "strategies_error": strategies_error,
    }))
    """
)


def test_the_kit_is_optional_and_needs_neither_pytest_nor_hypothesis() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported_by_package"] == []
    assert report["call_id"] == "c-1" and report["verified"] is True
    assert "hypothesis" in report["strategies_error"]
