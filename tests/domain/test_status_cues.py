# ruff: noqa: E501  (the sentences read better unbroken)
from __future__ import annotations

import pytest

from dragon_reader.domain.coding import ChannelStatus
from dragon_reader.domain.status_cues import suggest_status

# (sentence, the selected words, the status the sentence reports for them)
CASES = [
    ("Military talks were cut off in August 2022 after Pelosi's visit.", "cut off", "severed"),
    (
        "Biden and Xi agreed last month at a summit to resume such contacts, which were severed after the visit.",
        "resume such contacts",
        "proposed",
    ),
    (
        "Biden and Xi agreed last month at a summit to resume such contacts, which were severed after the visit.",
        "severed",
        "severed",
    ),
    (
        "At this moment, China has not agreed to move forward with that.",
        "agreed to move forward",
        "refused",
    ),
    ("China has refused to restore military talks.", "restore military talks", "refused"),
    ("The hotline was working again on Wednesday.", "working again", "resumed"),
    ("Beijing suspended the dialogue in November.", "suspended", "suspended"),
    (
        "The generals held a video call on Monday, the first such talks since 2022.",
        "held a video call",
        "resumed",
    ),
    ("The Pentagon said it plans to resume the theater commanders' talks.", "resume", "proposed"),
    ("The two sides held talks in Vienna.", "held talks", "active"),
    ("China declined a request for a call between Austin and Li.", "declined", "refused"),
    ("Defense chiefs spoke by phone on Tuesday.", "spoke", "active"),
    ("Military communications have not resumed since August.", "resumed", "suspended"),
    ("Austin will meet Dong Jun next month.", "meet", "proposed"),
    ("The channel remains frozen.", "frozen", "suspended"),
    ("Washington has called for the restoration of the hotline.", "called for", "proposed"),
    ("China rejected a US request for talks.", "rejected", "refused"),
    ("The talks resumed in January after a 16-month freeze.", "resumed", "resumed"),
    ("The two countries cut off military communications in 2022.", "cut off", "severed"),
    ("They have yet to restore the hotline.", "restore", "suspended"),
    ("Beijing halted the maritime consultations after the visit.", "halted", "suspended"),
    ("The defense ministers met in Singapore, their first meeting since 2022.", "met", "resumed"),
    ("Beijing has rebuffed repeated requests for a call.", "rebuffed", "refused"),
    ("The two sides agreed to reopen the crisis hotline.", "reopen", "proposed"),
    (
        "China agreed to restore the channels, the White House said.",
        "restore the channels",
        "proposed",
    ),
    (
        "The sides re-established contact between their militaries in December.",
        "re-established contact",
        "resumed",
    ),
    ("The dialogue was put on hold after the balloon incident.", "put on hold", "suspended"),
    ("Washington hopes to restart the defense policy talks soon.", "restart", "proposed"),
    ("China cancelled the planned meeting between the two commanders.", "cancelled", "suspended"),
    ("Beijing broke off the talks in protest.", "broke off", "severed"),
    ("The two admirals discussed maritime safety by video link.", "discussed", "active"),
    ("Officials said the hotline would be restored in the coming weeks.", "restored", "proposed"),
    ("The Chinese side did not respond to the request to talk.", "talk", "suspended"),
    ("China turned down an invitation to meet Austin in Singapore.", "turned down", "refused"),
    ("US and Chinese officials restarted the talks on Tuesday.", "restarted", "resumed"),
    (
        "Austin and Dong held their first talks since 2022 on the sidelines.",
        "held their first talks",
        "resumed",
    ),
    ("The theater commanders' talks have been frozen since 2022.", "frozen", "suspended"),
    ("China terminated the climate talks after the visit.", "terminated", "severed"),
    (
        "The two sides are expected to resume military talks early next year.",
        "resume military talks",
        "proposed",
    ),
    (
        "Beijing said it was ready to restore communication if Washington changed course.",
        "restore communication",
        "proposed",
    ),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES)
def test_status_from_the_sentence(sentence: str, words: str, expected: str) -> None:
    start = sentence.index(words)
    found = suggest_status(sentence, start, start + len(words))
    assert found.status == ChannelStatus(expected)
    assert found.cue is not None


def test_no_cue_means_active_without_a_cue() -> None:
    found = suggest_status("The channel between the two navies.", 4, 11)
    assert (found.status, found.cue) == (ChannelStatus.ACTIVE, None)


def test_the_cue_inside_the_selection_wins_over_the_sentence() -> None:
    sentence = "After China severed the talks in 2022, the two sides resumed them in 2023."
    start = sentence.index("resumed")
    assert suggest_status(sentence, start, start + 7).status == ChannelStatus.RESUMED
    start = sentence.index("severed")
    assert suggest_status(sentence, start, start + 7).status == ChannelStatus.SEVERED
