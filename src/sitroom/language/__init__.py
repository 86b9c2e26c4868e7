"""Offline language identification (py3langid ships its model in the package)."""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "fr", "uk", "ru", "de", "pl", "es", "it")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def identify(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language; ``default`` for text too short to tell."""
    sample = text[:4000]
    if len(sample.strip()) < 3:
        return default
    # Ukrainian and Russian share most of the alphabet; letters unique to one settle short texts.
    uk, ru = len(_UK_LETTERS.findall(sample)), len(_RU_LETTERS.findall(sample))
    if uk + ru >= 2 and (uk == 0 or ru == 0):
        return "uk" if uk else "ru"
    lang, _ = _identifier().classify(sample)
    return lang


def identify_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Per-paragraph languages for mixed documents: ``(start, end, lang)`` for each paragraph."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        spans.append((match.start(), match.end(), identify(match.group())))
    return spans
