"""The MEP National Profile 2021-2022: facts, goals, the Child Counts table and the report."""

import json

import pytest

from .conftest import soup, text_of

pytestmark = pytest.mark.django_db

URL = "/resource-library/mep-national-profile-2021-2022/"


def test_profile_shows_period_source_goals_child_counts_and_report(client):
    page = soup(client.get(URL))
    assert page.h1.text == "MEP National Profile for Performance Period 2021-2022"
    text = text_of(page.main)
    assert "Migrant Student Information Exchange (MSIX)" in text
    assert "OME's grantees" in text
    assert len(page.select("#goals-heading + .usa-prose li")) == 5
    table = page.select_one(".profile-indicator table")
    assert table.caption.text == "National Child Counts, 2021-22"
    rows = [[text_of(c) for c in tr(["th", "td"])] for tr in table.tbody("tr")]
    assert rows[0] == ["Birth to 2 years old", "2,923"]
    assert rows[-1] == ["Total students", "213,569"]
    assert all(th["scope"] == "col" for th in table.thead("th"))
    assert "(PDF," in text
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Report" and data["temporalCoverage"] == "2021-2022"
