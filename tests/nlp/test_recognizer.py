from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dragon_reader.domain.entities import EntityLabel, TaughtRules
from dragon_reader.nlp.recognizer import RuleRecognizer

RECOGNIZER = RuleRecognizer()


def found(text: str, taught: TaughtRules | None = None) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in RECOGNIZER.recognize(text, taught)]


def test_names_after_titles_leave_the_title_out() -> None:
    text = (
        "Defense Secretary Lloyd Banks met Major General Song Yanchao and "
        "Gen. Ruth Okafor in Beijing."
    )
    assert ("Lloyd Banks", "PERSON") in found(text)
    assert ("Song Yanchao", "PERSON") in found(text)
    assert ("Ruth Okafor", "PERSON") in found(text)
    assert ("Beijing", "GPE") in found(text)


def test_surname_repeats_follow_a_full_name_even_over_a_city() -> None:
    text = "Secretary Lloyd Austin spoke. Later Austin said no. Wang Wentao agreed; Wang left."
    result = found(text)
    assert result.count(("Austin", "PERSON")) == 1
    assert ("Wang", "PERSON") in result
    assert ("Austin", "GPE") not in result


def test_acronyms_are_case_sensitive() -> None:
    assert found("The US and the PRC told us") == [("US", "GPE"), ("PRC", "GPE")]


def test_hyphenated_compounds_split_and_possessives_stay_out() -> None:
    result = found("U.S.-China talks and Sino-US ties; Pelosi’s trip and China's navy")
    assert result[:4] == [("U.S.", "GPE"), ("China", "GPE"), ("Sino", "NORP"), ("US", "GPE")]
    assert ("China", "GPE") in result[4:]


def test_datelines_credits_and_party_letters() -> None:
    text = (
        "TAIPEI (Reuters) – Rep. Jane Ortiz (D-CA) spoke.\n\n"
        "(Reporting by Yimou Lee and Ben Blanchard; Editing by Kim Coghill)"
    )
    result = found(text)
    for expected in [
        ("TAIPEI", "GPE"),
        ("Reuters", "ORG"),
        ("Jane Ortiz", "PERSON"),
        ("D", "NORP"),
        ("CA", "GPE"),
        ("Yimou Lee", "PERSON"),
        ("Ben Blanchard", "PERSON"),
        ("Kim Coghill", "PERSON"),
    ]:
        assert expected in result


def test_names_of_laws_and_events_hide_the_places_inside() -> None:
    result = found("under the Taiwan Relations Act and at the Munich Security Conference")
    assert result == []


def test_organisation_names_by_their_head_word() -> None:
    result = found("said Bonnie Glaser of the German Marshall Fund.")
    assert result == [("Bonnie Glaser", "PERSON"), ("German Marshall Fund", "ORG")]


def test_taught_marks_and_rejects_apply() -> None:
    taught = TaughtRules(marks=(("Filoli", EntityLabel.LOC),), rejects=frozenset({"Reuters"}))
    assert found("Talks at Filoli, Reuters said.", taught) == [("Filoli", "LOC")]


def test_the_recognizer_version_names_its_data() -> None:
    assert RECOGNIZER.version.startswith("rules-")
    assert len(RECOGNIZER.version) > len("rules-1+")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Joe Biden",
                "met",
                "Xi Jinping",
                "in",
                "Beijing",
                "on",
                "Tuesday,",
                "Jan. 9",
                "U.S.-China",
                "😀",
                "“talks”",
                "\n\n",
                "Sullivan",
                "the",
                "Pentagon",
                "(D-CA)",
                "late last year",
                "Wang",
            ]
        ),
        max_size=40,
    )
)
def test_spans_are_sorted_disjoint_and_exact(words: list[str]) -> None:
    text = " ".join(words)
    entities = RECOGNIZER.recognize(text)
    previous_end = 0
    for entity in entities:
        assert previous_end <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
        assert entity.text == entity.text.strip()
        previous_end = entity.end


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "lower case only here."])
def test_texts_without_entities(text: str) -> None:
    assert found(text) == []


def test_longer_listed_names_beat_shape_guesses_inside_them() -> None:
    result = found("The People's Liberation Army sailed near the Second Thomas Shoal.")
    assert result == [("People's Liberation Army", "ORG"), ("Second Thomas Shoal", "LOC")]


def test_reuters_dateline_with_an_unpunctuated_month() -> None:
    result = found("KUALA LUMPUR, Oct 31 (Reuters) - Talks began.")
    assert result == [("KUALA LUMPUR", "GPE"), ("Oct 31", "DATE"), ("Reuters", "ORG")]


def test_places_in_credit_lines_stay_places() -> None:
    result = found("(Reporting by Idrees Ali in Kuala Lumpur; Editing by Michael Perry)")
    assert result == [
        ("Idrees Ali", "PERSON"),
        ("Kuala Lumpur", "GPE"),
        ("Michael Perry", "PERSON"),
    ]
