"""Ingest stage: read documents from files, folders, JSON Lines, HTML, feeds or stdin."""

from sitroom.ingest.normalise import document_id, make_document, normalise_text, sniff_metadata
from sitroom.ingest.readers import read_paths

__all__ = ["document_id", "make_document", "normalise_text", "read_paths", "sniff_metadata"]
