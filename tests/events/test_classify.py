from __future__ import annotations

import pytest

from sitroom.events.actors import assign_actors, find_actors
from sitroom.events.attribution import modality
from sitroom.events.classify import capture_class, find_hits, resolve
from sitroom.events.lexicon import lexicon


def _classes(text: str, lang: str) -> list[str]:
    return [hit.cls for hit in resolve(find_hits(lexicon(lang), text))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Enemy troops shelled the village and stormed our positions with small arms.", "Armed clash"),
        ("en", "Air defence units intercepted four cruise missiles over the capital.", "Disrupted weapons use"),
        ("en", "A drone dropped a grenade on a car.", "Air/drone strike"),
        ("en", "Police used tear gas to disperse the protesters.", "Protest with intervention"),
        ("fr", "Les forces russes ont bombardé la ville pendant la nuit.", "Shelling/artillery/missile attack"),
        ("fr", "Six ballons ont été abattus au-dessus de la ville.", "Disrupted weapons use"),
        ("uk", "Окупанти обстріляли село з артилерії.", "Shelling/artillery/missile attack"),
        ("ru", "Силы ПВО сбили два беспилотника.", "Disrupted weapons use"),
    ],
)
def test_hierarchy_picks_the_acled_sub_type(lang: str, text: str, expected: str) -> None:
    assert _classes(text, lang)[0] == expected


def test_political_event_kept_beside_the_conflict_event() -> None:
    assert _classes("Germany pledged military aid after Russian missiles struck the city.", "en") == [
        "Shelling/artillery/missile attack",
        "AID",
    ]


def test_capture_depends_on_who_takes_the_place() -> None:
    assert capture_class("@capture", "UA", "UA") == "Government regains territory"
    assert capture_class("@capture", "RU", "UA") == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "expected"),
    [
        ("en", "The ministers are to meet in Brussels next week.", "meet", "planned"),
        ("en", "Moscow denied that its forces shelled the town.", "shelled", "denied"),
        ("en", "Russian forces did not attack the bridge.", "attack", "negated"),
        ("en", "The governor said Russian forces shelled the town.", "shelled", "claimed"),
        ("fr", "La capture de Bakhmout donnerait un tremplin à la Russie.", "capture", "hypothetical"),
        ("fr", "Le ministère a démenti avoir bombardé l'hôpital.", "bombardé", "denied"),
        ("fr", "Les forces russes ont bombardé la ville.", "bombardé", "asserted"),
    ],
)
def test_modality_from_cues(lang: str, text: str, trigger: str, expected: str) -> None:
    assert modality(lexicon(lang), text, text.index(trigger)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "actor1"),
    [
        ("fr", "Les forces russes ont bombardé Kharkiv.", ("Military Forces of Russia", "RU")),
        ("en", "Ukrainian troops repelled an attack.", ("Military Forces of Ukraine", "UA")),
        ("uk", "ЗСУ відбили атаку.", ("Military Forces of Ukraine", "UA")),
    ],
)
def test_actor_aliases_normalise_names(lang: str, text: str, actor1: tuple[str, str]) -> None:
    first, _ = assign_actors(find_actors(text, lang), len(text) // 2)
    assert first is not None
    assert (first.name, first.country) == actor1
