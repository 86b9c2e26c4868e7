"""Full-article rules of the events stage: background and commentary are no events of the document's
day, figures of a toll update, far planning cues, places that are no place names. Passages are ours."""

from __future__ import annotations

from collections.abc import Callable

from sitroom.events.casualties import find_casualties
from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]


def test_bare_earlier_year_is_background(extract: Extract) -> None:
    text = "date 2022-08-20\nRussia annexed Crimea in 2014.\nRussian forces shelled Kharkiv on Friday."
    assert [(e.sub_event_type, e.event_date) for e in extract(text, "en")] == [
        ("Shelling/artillery/missile attack", "2022-08-19")
    ]


def test_a_year_of_the_document_or_a_figure_is_no_background(extract: Extract) -> None:
    assert extract("date 2022-08-20\nIn 2022, Russian forces shelled Kharkiv.", "en")
    assert extract("date 2022-08-20\nRussian forces fired 2000 shells at Kharkiv.", "en")


def test_last_year_and_french_years_are_background(extract: Extract) -> None:
    assert not extract("date 2024-05-07\nLast year, Russian forces shelled Kharkiv.", "en")
    assert not extract("date 2022-08-20\nL'année dernière, les forces russes ont bombardé Kharkiv.", "fr")
    assert not extract("date 2022-08-20\nDepuis 2014, les séparatistes bombardent Donetsk.", "fr")


def test_habit_is_no_event_unless_dated(extract: Extract) -> None:
    assert not extract("Russian forces often shell Nikopol from across the river.", "en")
    assert extract("date 2023-03-01\nOn Monday, Russian forces shelled Nikopol, as they often do.", "en")
    assert not extract("La Russie bombarde souvent Nikopol depuis l'autre rive.", "fr")


def test_fighting_in_a_whole_country_is_the_war(extract: Extract) -> None:
    assert not extract("He returned home after months of fighting in Ukraine.", "en")
    assert extract("Fierce fighting in Ukraine's east killed two soldiers on Monday.", "en")


def test_a_stated_date_after_the_document_is_planned(extract: Extract) -> None:
    (event,) = extract(
        "date 2022-10-20\nLeaders meet at the climate summit in Sharm el-Sheikh on 6 November 2022.", "en"
    )
    assert event.modality == "planned"


def test_the_verb_a_trigger_is_subject_of_governs_it(extract: Extract) -> None:
    (event,) = extract("Russian shelling of Kharkiv is expected to intensify, the governor said.", "en")
    assert event.modality == "planned"
    (event,) = extract("On a visit to China, German Chancellor Olaf Scholz urged Putin to extend the deal.", "en")
    assert event.modality == "asserted"  # the visit is no subject of "urged"


def test_a_mention_with_a_figure_is_no_place(extract: Extract) -> None:
    (event,) = extract("date 2022-10-20\nThe COP27 summit is expected to focus on climate finance.", "en")
    assert event.location is None or event.location.mention != "COP27"


def test_a_span_of_time_counts_nobody() -> None:
    assert find_casualties("He was killed two months later in a plane crash.", "en").fatalities is None
    assert find_casualties("Il a été tué deux mois plus tard.", "fr").fatalities is None
    assert find_casualties("The strike killed two people.", "en").fatalities == 2


def test_a_toll_that_rose_is_an_update() -> None:
    found = find_casualties("The death toll from Thursday's strike on Dnipro rose to 12, officials said.", "en")
    assert (found.fatalities, found.update) == (12, True)
    found = find_casualties("Le bilan s'est alourdi à cinq morts.", "fr")
    assert (found.fatalities, found.update) == (5, True)


def test_one_source_keeps_its_highest_figure_different_sources_the_lowest(extract: Extract) -> None:
    lead = (
        "date 2023-03-10\n"
        "A Russian missile hit a block in Zaporizhzhia on Thursday, killing three people, the governor said."
    )
    (update,) = extract(
        lead + "\nThe death toll from the missile strike on Zaporizhzhia on Thursday rose to five, the governor said.",
        "en",
    )
    assert update.fatalities == 5
    (conflict,) = extract(
        lead + "\nRussian missiles struck Zaporizhzhia on Thursday, killing five people, the army said.", "en"
    )
    assert conflict.fatalities == 3


def test_french_role_and_name_in_fragments_name_the_source(extract: Extract) -> None:
    text = "Le gouverneur régional Serhiï Lyssak a déclaré sur Telegram que les forces russes avaient bombardé Nikopol."
    (event,) = extract(text, "fr")
    assert event.claimed_by is not None
    assert (event.claimed_by.name, event.claimed_by.channel) == ("Serhiï Lyssak", "Telegram")


def test_french_hyphenated_source_after_its_verb_is_read_whole(extract: Extract) -> None:
    (event,) = extract("Les forces russes ont bombardé Kherson mardi, a indiqué l'état-major.", "fr")
    assert event.claimed_by is not None and event.claimed_by.name == "l'état-major"


def test_a_place_named_as_an_actor_is_no_site(extract: Extract) -> None:
    (event,) = extract("Kyiv's forces attacked Russian positions near Kherson on Monday.", "en")
    assert event.location is not None and event.location.name == "Kherson"
    (event,) = extract("Les forces de Kiev ont lancé une contre-offensive près de Kherson mardi.", "fr")
    assert event.location is not None and event.location.name == "Kherson"
    (event,) = extract("Russian missiles hit Kyiv's Obolon district on Monday.", "en")
    assert event.location is not None and event.location.name != "Kherson"


def test_a_cue_in_the_trigger_itself_is_what_happened(extract: Extract) -> None:
    (event,) = extract("Russia threatened to strike decision-making centres in Kyiv.", "en")
    assert (event.plover, event.modality) == ("THREATEN", "asserted")
