"""Acronyms and abbreviations our resources list for regions: EU, BC, B.C."""

from collections.abc import Callable
from typing import Any

Found = Callable[[str, str], dict[str, Any]]


def test_the_eu_is_a_region_not_an_organisation_to_drop(found: Found) -> None:
    result = found("Germany and France asked the EU to act, and the European Union agreed on Monday.", "en")
    assert result["EU"].place.name == "European Union"
    assert result["European Union"].place.name == "European Union"


def test_canadian_province_abbreviations(found: Found) -> None:
    result = found("Wildfires spread near Kamloops, B.C., and across BC on Tuesday, officials in Canada said.", "en")
    assert result["B.C."].place.admin1 == "British Columbia"
    assert result["BC"].place.admin1 == "British Columbia"


def test_other_acronyms_still_name_no_place(found: Found) -> None:
    assert "SBU" not in found("The SBU said it detained an agent in Kharkiv.", "en")
