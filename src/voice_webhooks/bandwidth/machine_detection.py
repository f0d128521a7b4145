"""Answering machine detection: ``machineDetectionComplete`` and the result it carries (also in
an ``answer`` event when detection ran in ``sync`` mode)."""

from typing import Literal

from pydantic import Field

from ..types import NanosecondIsoDuration, OpenEnum
from ._base import BandwidthModel
from ._call import AnsweredCallEvent
from .enums import MachineDetectionValue

__all__ = ["MachineDetectionComplete", "MachineDetectionResult"]


class MachineDetectionResult(BandwidthModel):
    """The result of a machine detection: what answered, and how long it took to tell.

    >>> result = MachineDetectionResult.from_json(
    ...     '{"value": "answering-machine", "duration": "PT4.9891287S"}')
    >>> result.value, result.duration.total_seconds()
    (<MachineDetectionValue.ANSWERING_MACHINE: 'answering-machine'>, 4.989128)
    """

    value: OpenEnum[MachineDetectionValue] = Field(
        description="Possible values are `answering-machine`, `tone-detected`, `human`, "
        "`silence`, `timeout`, or `error`. `tone-detected` is only sent if tone detection is "
        "enabled on the account; otherwise a tone is reported as `answering-machine`."
    )
    duration: NanosecondIsoDuration = Field(
        description="The amount of time it took to determine the result."
    )


class MachineDetectionComplete(AnsweredCallEvent):
    """``machineDetectionComplete``: the result of an async machine detection is available (not
    sent in ``sync`` mode, whose result comes in the ``answer`` event).

    >>> from voice_webhooks.bandwidth.examples import MACHINE_DETECTION_COMPLETE
    >>> event = MachineDetectionComplete.from_json(MACHINE_DETECTION_COMPLETE)
    >>> event.machine_detection_result.value
    <MachineDetectionValue.ANSWERING_MACHINE: 'answering-machine'>
    """

    event_type: Literal["machineDetectionComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="machineDetectionComplete",
        description="The event type, value is `machineDetectionComplete`.",
    )
    machine_detection_result: MachineDetectionResult | None = Field(
        description="The machine detection analysis: its `value` and the `duration` it took. "
        "(Required by the pages; nullable in the 2026 OpenAPI spec, so `null` is accepted.)"
    )
