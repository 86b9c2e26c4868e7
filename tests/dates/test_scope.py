"""Which date governs an event trigger: the tightest expression scope, not the first date of the text."""


def at(text: str, word: str) -> int:
    return text.index(word)


def test_each_clause_keeps_its_own_date(timeline):
    text = "Russian forces shelled Kherson on Monday and struck Odesa on Thursday."
    found = timeline(text, "en", "2024-03-12")
    assert found.date_for(at(text, "shelled")).value.isoformat() == "2024-03-11"
    assert found.date_for(at(text, "struck")).value.isoformat() == "2024-03-07"


def test_leading_date_governs_its_paragraph_until_another_date(timeline):
    text = (
        "On 9 October 2018, rebel forces fired at positions near Luhanske. One soldier was killed. "
        "On 10 October 2018, shelling resumed.\n\nThe ministry gave no figures."
    )
    found = timeline(text, "en", "2018-10-12")
    assert found.date_for(at(text, "killed")).value.isoformat() == "2018-10-09"
    assert found.date_for(at(text, "resumed")).value.isoformat() == "2018-10-10"
    assert found.date_for(at(text, "gave")).value.isoformat() == "2018-10-12"


def test_other_paragraph_without_expression_falls_back_to_publication_date(timeline):
    text = "Hier, Kiev a été attaquée.\n\nLe gouverneur parle de trois morts à Pokrovsk."
    found = timeline(text, "fr", "2023-02-15")
    assert found.date_for(at(text, "attaquée")).value.isoformat() == "2023-02-14"
    assert found.date_for(at(text, "morts")).value.isoformat() == "2023-02-15"


def test_date_in_a_subordinate_clause_does_not_date_the_main_verb(timeline):
    text = "Forte de milliers de réservistes enrôlés en décembre, la Russie a intensifié ses attaques."
    found = timeline(text, "fr", "2023-02-15")
    assert found.date_for(at(text, "enrôlés")).value.isoformat() == "2022-12-15"
    assert found.date_for(at(text, "intensifié")).value.isoformat() == "2023-02-15"
