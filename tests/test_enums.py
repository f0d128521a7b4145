"""Every enumeration of the package prints as its wire value, on every supported Python."""

from __future__ import annotations

import enum

import pytest

from voice_webhooks.types import WireEnum, WireIntEnum

from ._parse_targets import package_modules


def _enums() -> list[type[enum.Enum]]:
    found = {
        obj
        for module in package_modules()
        for name in getattr(module, "__all__", ())
        if isinstance(obj := getattr(module, name), type) and issubclass(obj, enum.Enum)
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


ENUMS = _enums()


def test_the_package_has_enums() -> None:
    assert len(ENUMS) >= 14


@pytest.mark.parametrize("enum_cls", ENUMS, ids=[cls.__name__ for cls in ENUMS])
def test_members_print_as_their_wire_values(enum_cls: type[enum.Enum]) -> None:
    assert issubclass(enum_cls, (WireEnum, WireIntEnum))
    for member in enum_cls:
        wire = str(member.value)
        assert str(member) == wire
        assert f"{member}" == wire
        assert "{}".format(member) == wire  # noqa: UP032
        assert format(member, "") == wire
        assert "%s" % member == wire  # noqa: UP031
        assert member == member.value
        assert repr(member).startswith(f"<{enum_cls.__name__}.")


def test_format_specs_apply_to_the_wire_value() -> None:
    from voice_webhooks.bandwidth import MediaStreamRejectedCause, RecordingChannels

    assert f"{MediaStreamRejectedCause.DUPLICATE:>12}" == "   duplicate"
    assert f"{RecordingChannels.STEREO:03d}" == "002"
