"""``python -m voice_webhooks``: the command line (see :mod:`voice_webhooks.cli`)."""

from __future__ import annotations

if __name__ == "__main__":
    import sys

    from .cli import main

    sys.exit(main())
