"""Conference events: ``conferenceCreated``, ``conferenceRedirect``, ``conferenceMemberJoin``,
``conferenceMemberExit``, ``conferenceCompleted`` and ``conferenceRecordingAvailable``.

Bandwidth sends them to the ``callbackUrl`` of a ``<Conference>``.  The BXML in a reply (to the
first four) runs in the conference, and only the audio and recording verbs are allowed there.
"""

from typing import Literal

from pydantic import Field

from ._event import EventBase
from .recording import AvailableRecordingFields

__all__ = [
    "ConferenceCompleted",
    "ConferenceCreated",
    "ConferenceEvent",
    "ConferenceMemberEvent",
    "ConferenceMemberExit",
    "ConferenceMemberJoin",
    "ConferenceRecordingAvailable",
    "ConferenceRedirect",
]


class ConferenceEvent(EventBase):
    """The fields every conference event carries: the conference's id, name and tag.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_CREATED
    >>> event = parse_event(CONFERENCE_CREATED)
    >>> isinstance(event, ConferenceEvent), event.name, event.tag
    (True, 'thisConference', 'conferenceTag')
    """

    conference_id: str = Field(description="The ID of the conference.")
    name: str = Field(
        description="The custom name used to reference this conference. This is the name that "
        "you included inside the body of the `<Conference>` tag."
    )
    tag: str | None = Field(
        default=None,
        description="(optional) The `tag` that was set at conference creation. If no `tag` was "
        "specified, this field will not be present. (Nullable in the 2026 OpenAPI spec.)",
    )


class ConferenceMemberEvent(ConferenceEvent):
    """A conference event about one member: the member's call.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_MEMBER_JOIN
    >>> parse_event(CONFERENCE_MEMBER_JOIN).from_
    '+15559998765'
    """

    call_id: str = Field(
        description="The callId of the member that joined or left the conference. (The "
        '`conferenceMemberJoin` page says "left" too, a copy of the exit page\'s wording.)'
    )
    from_: str = Field(
        description="The provided identifier string of the caller used in the `from` field of "
        "the original call."
    )
    to: str = Field(
        description="The to number of the member's call, in E.164 format (e.g. +15555555555)."
    )


class ConferenceCreated(ConferenceEvent):
    """``conferenceCreated``: a conference that specified a ``callbackUrl`` was created.

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_CREATED
    >>> ConferenceCreated.from_json(CONFERENCE_CREATED).conference_id
    'conf-59082d52-4a2ab5be-ce26-43ed-af94-431b8a19d4e3'
    """

    event_type: Literal["conferenceCreated"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceCreated", description="The event type, value is `conferenceCreated`."
    )


class ConferenceRedirect(ConferenceEvent):
    """``conferenceRedirect``: an existing conference was modified with a ``POST`` to its
    ``/conferences/{conferenceId}`` resource.

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_REDIRECT
    >>> ConferenceRedirect.from_json(CONFERENCE_REDIRECT).tag is None
    True
    """

    event_type: Literal["conferenceRedirect"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceRedirect", description="The event type, value is `conferenceRedirect`."
    )


class ConferenceMemberJoin(ConferenceMemberEvent):
    """``conferenceMemberJoin``: a caller joined a conference that specified a ``callbackUrl``.

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_MEMBER_JOIN
    >>> ConferenceMemberJoin.from_json(CONFERENCE_MEMBER_JOIN).call_id
    'c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d'
    """

    event_type: Literal["conferenceMemberJoin"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceMemberJoin",
        description="The event type, value is `conferenceMemberJoin`.",
    )


class ConferenceMemberExit(ConferenceMemberEvent):
    """``conferenceMemberExit``: a caller left a conference that specified a ``callbackUrl``.

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_MEMBER_EXIT
    >>> ConferenceMemberExit.from_json(CONFERENCE_MEMBER_EXIT).to
    '+15551112345'
    """

    event_type: Literal["conferenceMemberExit"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceMemberExit",
        description="The event type, value is `conferenceMemberExit`.",
    )


class ConferenceCompleted(ConferenceEvent):
    """``conferenceCompleted``: the last member left the conference (BXML in the reply is not
    allowed).

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_COMPLETED
    >>> ConferenceCompleted.from_json(CONFERENCE_COMPLETED).name
    'thisConference'
    """

    event_type: Literal["conferenceCompleted"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceCompleted", description="The event type, value is `conferenceCompleted`."
    )


class ConferenceRecordingAvailable(AvailableRecordingFields, ConferenceEvent):
    """``conferenceRecordingAvailable``: a recording started by ``<StartRecording>`` in a
    conference is available for download.

    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_RECORDING_AVAILABLE
    >>> event = ConferenceRecordingAvailable.from_json(CONFERENCE_RECORDING_AVAILABLE)
    >>> event.channels, event.recording_id
    (<RecordingChannels.MONO: 1>, 'r-115da407-e3d9-4ea7-889f-5f4ad7386a80')
    """

    event_type: Literal["conferenceRecordingAvailable"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="conferenceRecordingAvailable",
        description="The event type, value is `conferenceRecordingAvailable`.",
    )
    account_id: str = Field(description="The user account associated with the conference.")
