from sitroom.ingest import document_id, make_document, normalise_text, sniff_metadata


def test_normalise_text_nfc_spaces_and_paragraphs():
    raw = "Kramatorsk\u00a0 was  hit.\r\n\r\n\r\n  Two\u200b people   died. \n"
    assert normalise_text(raw) == "Kramatorsk was hit.\n\nTwo people died."
    decomposed = "Izioum e\u0301tait"
    assert normalise_text(decomposed) == "Izioum \u00e9tait"


def test_leading_date_line_on_the_same_line_as_the_text():
    text, meta = sniff_metadata("date 2023-02 Forte de réservistes, la Russie a attaqué.")
    assert meta == {"date": "2023-02"}
    assert text == "Forte de réservistes, la Russie a attaqué."


def test_trailing_site_tag_is_lifted():
    text, meta = sniff_metadata("Les troupes ont repris la ville.\n\nttn-fr-3")
    assert meta == {"site": "ttn-fr-3"}
    assert text == "Les troupes ont repris la ville."


def test_a_sentence_ending_the_text_is_not_a_site_tag():
    text, meta = sniff_metadata("Les troupes ont repris la ville.\n\nLe calme est revenu.")
    assert meta == {}
    assert text.endswith("Le calme est revenu.")


def test_document_id_is_stable_and_given_metadata_wins():
    first = make_document("date 2024-03-14 Shelling hit Kherson.\n\nttn-en-1")
    again = make_document("date 2024-03-14   Shelling hit Kherson.\n\n\nttn-en-1")
    assert first.doc_id == again.doc_id == document_id(first.text)
    assert first.date == "2024-03-14" and first.source == "ttn-en-1"
    given = make_document("date 2024-03-14 Shelling hit Kherson.", date="2024-03-15", doc_id="x1")
    assert given.date == "2024-03-15" and given.doc_id == "x1"


def test_unreadable_date_is_kept_as_a_note_not_guessed():
    document = make_document("Shelling hit Kherson.", date="last Tuesday")
    assert document.date is None
    assert document.meta["date_unreadable"] == "last Tuesday"
