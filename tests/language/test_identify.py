import pytest

from sitroom.language import identify, identify_paragraphs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les forces russes ont bombardé la ville de Koupiansk dans la nuit.", "fr"),
        ("Russian forces shelled the town of Kupiansk overnight.", "en"),
        ("Російські війська обстріляли Куп'янськ уночі.", "uk"),
        ("Российские войска обстреляли Купянск ночью.", "ru"),
        ("Бахмут", "uk"),
        ("Die russischen Truppen haben die Stadt in der Nacht beschossen.", "de"),
    ],
)
def test_identify(text, lang):
    assert identify(text) == lang


def test_identify_too_short_falls_back_to_default():
    assert identify("  ", default="fr") == "fr"


def test_mixed_document_per_paragraph():
    text = "Russian forces shelled Kherson on Monday.\n\nЗагинули двоє людей, ще троє поранені."
    assert [lang for _, _, lang in identify_paragraphs(text)] == ["en", "uk"]
