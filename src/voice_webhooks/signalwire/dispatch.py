"""One endpoint for every status callback: :func:`parse_callback` tells them apart.

A SignalWire user may point the stream, call, recording and transcription status callbacks at
the same URL.  Each kind carries a field no other kind does, checked in this order:
``StreamEvent`` (a stream), ``TranscriptionStatus`` (a transcription, which may also carry the
call's ``CallStatus`` and its recording's ``RecordingSid``), ``RecordingStatus`` (a recording),
``CallStatus`` (a call).  Anything else is an :class:`UnknownCallback` with every field kept
(lenient mode) or an error (strict mode).

>>> from voice_webhooks import signalwire
>>> from voice_webhooks.signalwire.examples import RECORDING_STATUS_CALLBACK
>>> callback = signalwire.parse_callback(RECORDING_STATUS_CALLBACK)
>>> type(callback).__name__
'RecordingStatusCallback'
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Annotated, Any, Final, Union

from pydantic import Discriminator, Tag

from .._errors import PayloadError
from .._form import FormBody, decode_form
from .._wire import DEFAULT_MAX_BYTES, WireModel, run_validator
from ._base import SignalWireForm
from .call_status import CallStatusCallback
from .callbacks import StreamStatusCallback
from .recordings import RecordingStatusCallback
from .transcriptions import TranscriptionStatusCallback

__all__ = ["CALLBACK_KINDS", "StatusCallback", "UnknownCallback", "parse_callback"]


class UnknownCallback(SignalWireForm):
    """A callback :func:`parse_callback` does not know (a conference or fax status callback,
    one added later): every field kept as it came.

    Read them with :meth:`~voice_webhooks.WireModel.wire_extra`; :meth:`to_form` writes them
    back.  Strict parsing refuses it (:func:`parse_callback` with ``strict=True`` names the
    fields it looked for).

    >>> from voice_webhooks import signalwire
    >>> callback = signalwire.parse_callback("ConferenceSid=CF1&StatusCallbackEvent=conference-end")
    >>> type(callback).__name__, callback.wire_extra()["StatusCallbackEvent"]
    ('UnknownCallback', 'conference-end')
    """


CALLBACK_KINDS: Final[Mapping[str, type[SignalWireForm]]] = types.MappingProxyType(
    {
        "StreamEvent": StreamStatusCallback,
        "TranscriptionStatus": TranscriptionStatusCallback,
        "RecordingStatus": RecordingStatusCallback,
        "CallStatus": CallStatusCallback,
    }
)
"""The field that marks each kind of status callback, with its model, in the order checked."""

_UNKNOWN_TAG: Final = "UnknownCallback"
_SUBJECT: Final = "SignalWire status callback"


def _python_name(model: type[SignalWireForm], wire: str) -> str:
    return next(name for name, field in model.model_fields.items() if field.alias == wire)


_KEYS: Final = tuple(
    (wire, _python_name(model, wire), model) for wire, model in CALLBACK_KINDS.items()
)


def _model_of(fields: Mapping[str, Any]) -> type[SignalWireForm]:
    """The model of a decoded callback: the first kind whose marking field (by wire or Python
    name) it has, else :class:`UnknownCallback`."""
    for wire, python, model in _KEYS:
        if wire in fields or python in fields:
            return model
    return UnknownCallback


def _tag(value: Any) -> str:
    if isinstance(value, WireModel):
        return type(value).__name__
    if isinstance(value, Mapping):
        return _model_of(value).__name__
    return _UNKNOWN_TAG


StatusCallback = Annotated[
    Union[  # noqa: UP007
        Annotated[StreamStatusCallback, Tag(StreamStatusCallback.__name__)],
        Annotated[TranscriptionStatusCallback, Tag(TranscriptionStatusCallback.__name__)],
        Annotated[RecordingStatusCallback, Tag(RecordingStatusCallback.__name__)],
        Annotated[CallStatusCallback, Tag(CallStatusCallback.__name__)],
        Annotated[UnknownCallback, Tag(_UNKNOWN_TAG)],
    ],
    Discriminator(_tag),
]
"""Any SignalWire status callback, told apart as :func:`parse_callback` does: usable wherever
Pydantic takes a type (``TypeAdapter(StatusCallback)``, a field); errors are located under the
model's name (``CallStatusCallback.CallSid``)."""


def parse_callback(
    body: FormBody, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> StatusCallback:
    """Parse a status callback of any kind into its model: a stream, call, recording or
    transcription status callback, or an :class:`UnknownCallback`.

    ``body`` is the urlencoded body (``bytes``/``str``) or a mapping of strings (a framework's
    decoded form, or a GET callback's query parameters).  ``strict=True`` refuses a callback of
    no known kind, and is the strict mode of the model chosen.  Every failure raises
    :class:`~voice_webhooks.PayloadError`.

    >>> from voice_webhooks import signalwire
    >>> callback = signalwire.parse_callback(
    ...     "AccountSid=AC1&CallSid=CA1&CallStatus=ringing&From=%2B15551234567"
    ...     "&To=%2B15559876543&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000")
    >>> match callback:
    ...     case signalwire.CallStatusCallback(call_status=status):
    ...         print("call", status)
    ...     case signalwire.StreamStatusCallback() | signalwire.RecordingStatusCallback():
    ...         print("media")
    call ringing
    """
    fields = decode_form(body, strict=strict, max_bytes=max_bytes, subject=_SUBJECT)
    model = _model_of(fields)
    if model is UnknownCallback and strict:
        raise PayloadError.single(
            "",
            "callback_unknown",
            "Not a status callback this version knows: it has none of "
            f"{', '.join(CALLBACK_KINDS)} (strict mode)",
            subject=_SUBJECT,
        )
    result: StatusCallback = run_validator(
        model.__pydantic_validator__, fields, strict=strict, subject=_SUBJECT
    )
    return result
