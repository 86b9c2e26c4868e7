from sitroom.model import Document
from sitroom.nlp import analyze, load_pipeline


def test_pipelines_are_loaded_once():
    assert load_pipeline("en") is load_pipeline("en")


def test_analyze_gives_sentences_entities_and_parse_with_offsets():
    text = "Russian forces shelled Kharkiv on Sunday. Three civilians were killed, governor Oleh Syniehubov said."
    (adoc,) = analyze([(Document("d1", text), "en")])
    assert [s.text for s in adoc.sentences] == [text[:41], text[42:]]
    assert all(text[e.start : e.end] == e.text for e in adoc.entities)
    assert any(e.text == "Oleh Syniehubov" and e.label == "PERSON" for e in adoc.entities)
    assert adoc.parse is not None and adoc.sentence_at(50).start == 42


def test_language_without_model_gets_sentences_and_no_parse():
    text = "Російські війська обстріляли Херсон. Загинула одна людина."
    (adoc,) = analyze([(Document("d2", text), "uk")])
    assert adoc.parse is None and adoc.entities == []
    assert [s.text for s in adoc.sentences] == ["Російські війська обстріляли Херсон.", "Загинула одна людина."]


def test_mixed_languages_keep_input_order():
    docs = [
        (Document("a", "Kyiv was attacked."), "en"),
        (Document("b", "Kiev a été attaquée."), "fr"),
        (Document("c", "Odesa was attacked."), "en"),
    ]
    assert [adoc.document.doc_id for adoc in analyze(docs)] == ["a", "b", "c"]
    assert [adoc.lang for adoc in analyze(docs)] == ["en", "fr", "en"]


def test_sentences_never_span_a_paragraph_break():
    text = "Frappe sur Kiev\n\nLes forces russes ont frappé Kiev. Deux morts.\n\n\nFin"
    (adoc,) = analyze([(Document("d3", text), "fr")])
    texts = [s.text for s in adoc.sentences]
    assert "Les forces russes ont frappé Kiev." in texts and texts[-2:] == ["Deux morts.", "Fin"]
    assert not any("\n" in sentence or sentence != sentence.strip() for sentence in texts)
    assert all(text[s.start : s.end] == s.text for s in adoc.sentences)


def test_a_sentence_cut_by_the_parser_without_closing_punctuation_is_rejoined():
    text = (
        "Dans la région de Kharkiv, l'armée de l'air ukrainienne a indiqué avoir abattu onze drones Shahed "
        "au-dessus de Koupiansk et d'Izioum dans la nuit de mardi à mercredi. Ces informations n'ont pas pu "
        "être vérifiées."
    )
    (adoc,) = analyze([(Document("d4", text), "fr")])
    assert [s.text for s in adoc.sentences] == [text[: text.index(" Ces")], text[text.index("Ces") :]]
