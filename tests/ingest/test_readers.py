import io
import json

import pytest

from sitroom.ingest import read_paths
from sitroom.ingest.readers import read_text_stream
from sitroom.model import Document, DocumentError


def test_jsonl_keeps_metadata_and_reports_broken_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Drones hit Odesa.", "date": "2024-01-02", "lang": "en", "url": "http://x"})
        + "\n{not json\n"
        + json.dumps({"id": "c", "title": "no text"})
        + "\n"
        + json.dumps({"id": "d", "text": "   "})
        + "\n"
        + json.dumps({"id": "e", "text": "Shelling in Kherson."})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_paths([str(path)]))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, DocumentError)]
    assert [d.doc_id for d in documents] == ["a", "e"]
    assert documents[0].date == "2024-01-02" and documents[0].url == "http://x" and documents[0].lang == "en"
    assert [(e.doc_id, e.error) for e in errors] == [
        (f"{path}:2", "invalid_json"),
        ("c", "missing_text"),
        ("d", "empty"),
    ]


def test_html_main_text_without_boilerplate(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        """<!doctype html><html lang="fr-FR"><head><title>Frappe sur Kharkiv</title>
        <meta property="article:published_time" content="2024-05-25T10:00:00Z">
        <link rel="canonical" href="https://example.org/a"><script>var x = "<p>no</p>";</script></head>
        <body><nav><a>Accueil</a><a>Monde</a></nav><article><h1>Frappe sur Kharkiv</h1>
        <p>Une frappe a touché Kharkiv samedi.</p><p>Deux personnes ont été blessées.</p></article>
        <footer>© Journal</footer></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_paths([str(page)])
    assert document.text.split("\n\n") == [
        "Frappe sur Kharkiv",
        "Une frappe a touché Kharkiv samedi.",
        "Deux personnes ont été blessées.",
    ]
    assert document.title == "Frappe sur Kharkiv"
    assert document.date == "2024-05-25" and document.url == "https://example.org/a" and document.lang == "fr"


def test_rss_and_atom_feeds_give_one_document_per_item(tmp_path):
    rss = tmp_path / "feed.rss"
    rss.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>Kupiansk shelled</title><link>https://example.org/1</link>
        <pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate>
        <description>&lt;p&gt;Russian forces shelled Kupiansk.&lt;/p&gt;</description></item>
        <item><title>Empty</title><description></description></item></channel></rss>""",
        encoding="utf-8",
    )
    atom = tmp_path / "feed.atom"
    atom.write_text(
        """<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Kherson</title>
        <link href="https://example.org/2"/><published>2024-02-03T00:00:00Z</published>
        <summary>Artillery hit Kherson.</summary></entry></feed>""",
        encoding="utf-8",
    )
    items = list(read_paths([str(rss), str(atom)]))
    assert [type(item) for item in items] == [Document, DocumentError, Document]
    assert items[0].text == "Russian forces shelled Kupiansk." and items[0].date == "2024-01-02"
    assert items[0].url == "https://example.org/1" and items[0].title == "Kupiansk shelled"
    assert items[2].date == "2024-02-03" and items[2].text == "Artillery hit Kherson."


def test_feed_with_entity_declarations_is_refused(tmp_path):
    evil = tmp_path / "evil.xml"
    evil.write_text(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item>'
        "<description>&a;</description></item></channel></rss>",
        encoding="utf-8",
    )
    (error,) = read_paths([str(evil)])
    assert isinstance(error, DocumentError) and error.error == "invalid_feed"


def test_folders_missing_files_and_bad_encoding_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling in Kherson.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(b"Obstril \xff\xfe")
    items = list(read_paths([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert isinstance(items[0], Document) and items[0].text == "Shelling in Kherson."
    assert [(type(i), getattr(i, "error", None)) for i in items[1:]] == [
        (DocumentError, "encoding"),
        (DocumentError, "not_found"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "s1", "text": "Strike on Sumy."}\n', "Strike on Sumy."),
        ("<html><body><p>Strike on Sumy.</p></body></html>", "Strike on Sumy."),
        ("Strike on Sumy.", "Strike on Sumy."),
    ],
)
def test_stdin_format_is_sniffed(content, expected):
    (document,) = read_text_stream(io.StringIO(content).read(), "<stdin>")
    assert document.text == expected
