"""The call events (initiate, answer, disconnect, redirect), the keypad ones (dtmf, gather), machine
detection, bridges and transfers: what the pages document, and what the 2026 spec adds."""

from __future__ import annotations

import json
from typing import Any

import pytest

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.bandwidth import examples
from voice_webhooks.types import Duration

from ..conftest import CORPUS


def load(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((CORPUS / "bandwidth" / name).read_bytes())
    return body


# ----------------------------------------------------------------------------------- initiate


def test_initiate_with_a_diversion_keeps_the_keys_it_does_not_list() -> None:
    event = bandwidth.parse_event(load("initiate_2.json"))
    assert isinstance(event, bandwidth.Initiate) and event.diversion is not None
    assert event.diversion.orig_to == "+15558884444"
    assert event.diversion.reason is bandwidth.DiversionReason.UNAVAILABLE
    assert event.diversion.privacy is bandwidth.DiversionPrivacy.OFF
    assert event.diversion.wire_extra() == {"unknown": "unknownValue"}  # "must be tolerant"


def test_initiate_with_uui_and_the_specs_newer_fields() -> None:
    body = load("initiate_3.json") | {
        "sipCallId": "c95ac8d6e1a31c52eb38f419893c151633ec68f8d@sbc.bandwidth.com",
        "sipHeaders": {"x-custom-header": "customer-value", "x-session-id": "sess-12345"},
        "stirShaken": {"verstat": "TN-Validation-Passed", "attestationIndicator": "A",
                       "originatingId": "99759086-1335-11ed-9bcf-5f7d464e91af"},
    }  # fmt: skip
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.Initiate)
    assert event.uui is not None and event.uui.endswith(";encoding=base64")
    assert event.sip_headers == {"x-custom-header": "customer-value", "x-session-id": "sess-12345"}
    assert event.stir_shaken is not None
    assert event.stir_shaken.verstat is bandwidth.Verstat.TN_VALIDATION_PASSED
    assert event.stir_shaken.attestation_indicator is bandwidth.AttestationIndicator.FULL
    assert event.to_dict() == body


@pytest.mark.parametrize("verstat", [v.value for v in bandwidth.Verstat])
def test_both_spellings_of_the_verification_status_are_known(verstat: str) -> None:
    body = load("initiate_1.json") | {"stirShaken": {"verstat": verstat}}
    assert bandwidth.parse_event(body, strict=True).to_dict() == body


def test_a_diversion_needs_orig_to() -> None:
    body = load("initiate_1.json") | {"diversion": {"reason": "away"}}
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body)
    assert caught.value.paths == ["diversion.origTo"]


def test_sip_headers_from_a_get_callback() -> None:
    params = {k: str(v) for k, v in load("initiate_1.json").items()}
    dotted = params | {"sipHeaders.x-session-id": "sess-1", "sipHeaders.x-custom": "v"}
    event = bandwidth.parse_event(dotted, strict=True)
    assert isinstance(event, bandwidth.Initiate)
    assert event.sip_headers == {"x-session-id": "sess-1", "x-custom": "v"}
    as_json = params | {"sipHeaders": '{"x-session-id": "sess-1", "x-custom": "v"}'}
    assert bandwidth.parse_event(as_json, strict=True) == event


# ----------------------------------------------------------------------- answer, disconnect


def test_answer_with_a_sync_machine_detection_result() -> None:
    event = bandwidth.parse_event(load("answer_3.json"), strict=True)
    assert isinstance(event, bandwidth.Answer) and event.machine_detection_result is not None
    assert event.machine_detection_result.value is bandwidth.MachineDetectionValue.ANSWERING_MACHINE
    duration = Duration(seconds=5, microseconds=45329, nanosecond=368)
    assert event.machine_detection_result.duration == duration
    assert json.loads(event.to_json())["machineDetectionResult"]["duration"] == "PT5.045329368S"


def test_answer_time_may_be_null_as_the_spec_says() -> None:
    body = load("answer_1.json") | {"answerTime": None}
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.Answer) and event.answer_time is None
    assert event.to_dict() == body
    with pytest.raises(PayloadError) as caught:  # but the pages require it: it must be there
        bandwidth.parse_event({k: v for k, v in body.items() if k != "answerTime"})
    assert caught.value.paths == ["answerTime"]


def test_disconnect_of_an_unanswered_busy_call() -> None:
    event = bandwidth.parse_event(load("disconnect_1.json"), strict=True)
    assert isinstance(event, bandwidth.Disconnect)
    assert event.cause is bandwidth.CallEndCause.BUSY and event.answer_time is None
    assert event.error_message == "Callee is busy"
    assert event.error_id == "4642074b-7b58-478b-96e4-3a60955c6765"


def test_disconnect_with_the_specs_sip_response_code_and_null_errors() -> None:
    body = load("disconnect_1.json") | {"sipResponseCode": 486, "errorMessage": None}
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.Disconnect)
    assert event.sip_response_code == 486 and event.error_message is None


@pytest.mark.parametrize("cause", [c.value for c in bandwidth.CallEndCause])
def test_every_documented_cause_ends_a_call(cause: str) -> None:
    for name in ("disconnect_1.json", "transferComplete_3.json", "transferDisconnect_3.json"):
        event = bandwidth.parse_event(load(name) | {"cause": cause}, strict=True)
        assert isinstance(event, bandwidth.CallEndFields)
        assert event.cause is bandwidth.CallEndCause(cause)


# -------------------------------------------------------------------------- keypad input


def test_gather_with_no_terminating_digit_reads_the_empty_string_as_none() -> None:
    event = bandwidth.parse_event(examples.GATHER, strict=True)
    assert isinstance(event, bandwidth.Gather)
    assert event.terminating_digit is bandwidth.DtmfDigit.NONE and not event.terminating_digit
    assert json.loads(event.to_json())["terminatingDigit"] == ""


def test_gather_ended_by_a_terminating_digit() -> None:
    event = bandwidth.parse_event(load("gather_2.json"), strict=True)
    assert isinstance(event, bandwidth.Gather)
    assert (event.digits, event.terminating_digit) == ("123", bandwidth.DtmfDigit.POUND)


@pytest.mark.parametrize("digit", ["0", "9", "*", "#"])
def test_dtmf_digits(digit: str) -> None:
    event = bandwidth.parse_event(load("dtmf_1.json") | {"digit": digit}, strict=True)
    assert isinstance(event, bandwidth.Dtmf) and event.digit == digit
    assert f"pressed {event.digit}" == f"pressed {digit}"  # enum members print as the key


# ---------------------------------------------------------------------- bridge and transfer


def test_a_successful_bridge_has_no_cause_and_a_failed_one_says_why() -> None:
    ok = bandwidth.parse_event(load("bridgeComplete_1.json"), strict=True)
    assert isinstance(ok, bandwidth.BridgeComplete)
    assert (ok.cause, ok.error_message, ok.transfer_to) == (None, None, None)
    failed = bandwidth.parse_event(load("bridgeComplete_3.json"), strict=True)
    assert isinstance(failed, bandwidth.BridgeComplete)
    assert failed.cause is bandwidth.CallEndCause.BUSY
    assert failed.transfer_to == "+15556667777"  # in the example though not in the table
    assert not isinstance(failed, bandwidth.CallEndFields)  # its cause may be absent


def test_a_transferred_leg_names_the_call_it_came_from() -> None:
    answer = bandwidth.parse_event(load("transferAnswer_1.json"), strict=True)
    assert isinstance(answer, bandwidth.TransferredLegEvent)
    assert answer.parent_call_id == "c-2a913f94-6a486f3a-3cae-4034-bcc3-f0c9fa77ca2f"
    complete = bandwidth.parse_event(load("transferComplete_3.json"), strict=True)
    assert isinstance(complete, bandwidth.TransferEvent)
    assert not isinstance(complete, bandwidth.TransferredLegEvent)


def test_transfer_disconnect_as_documented_has_no_account_nor_application() -> None:
    body = load("transferDisconnect_3.json")
    assert "accountId" not in body and "applicationId" not in body
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.TransferDisconnect)
    assert (event.account_id, event.application_id, event.answer_time) == (None, None, None)
    with_account = body | {"accountId": "55555555", "applicationId": "a-1"}  # as the spec lists
    assert bandwidth.parse_event(with_account, strict=True).to_dict() == with_account


@pytest.mark.parametrize(
    ("name", "field"),
    [("transferAnswer_1.json", "transferTo"), ("transferDisconnect_1.json", "parentCallId"),
     ("transferComplete_3.json", "transferCallerId"), ("transferComplete_3.json", "cause")],
)  # fmt: skip
def test_the_transfer_fields_the_pages_require(name: str, field: str) -> None:
    body = {k: v for k, v in load(name).items() if k != field}
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body)
    assert caught.value.paths == [field]
