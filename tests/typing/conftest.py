"""The files here are read by the type checkers only (tests/test_typing.py runs them)."""

collect_ignore_glob = ["check_*.py"]
