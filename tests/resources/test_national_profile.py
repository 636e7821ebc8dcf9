"""The MEP National Profile 2021-2022: facts, goals, the Child Counts table and the report."""

import json

import pytest

from tests.html import soup, text_of

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


def test_child_counts_chart_draws_the_table_rows_but_the_total(client):
    page = soup(client.get(URL))
    table = page.select_one(".profile-indicator table")
    rows = [[text_of(c) for c in tr(["th", "td"])] for tr in table.tbody("tr")]
    chart = page.select_one("figure svg.bar-chart")
    assert chart["role"] == "img"
    title_id, desc_id = chart["aria-labelledby"].split()
    assert chart.find(id=title_id).text == "National Child Counts, 2021-22"
    bars = chart.select("rect.bar-chart__bar")
    values = [text_of(v) for v in chart.select("text.bar-chart__value")]
    assert len(bars) == len(rows) - 1  # the total is in the table only
    assert values == [value for _label, value in rows[:-1]]
    heights = {value: float(bar["height"]) for value, bar in zip(values, bars, strict=True)}
    largest = max(rows[:-1], key=lambda row: int(row[1].replace(",", "")))[1]
    assert max(heights.values()) == heights[largest] > 0
    description = chart.find(id=desc_id).text
    assert "Birth to 2 years old: 2,923" in description
    caption = text_of(chart.find_parent("figure").figcaption)
    assert "The table “National Child Counts, 2021-22” gives the same figures." in caption
    assert not page.main.select("[style]")


def test_no_chart_when_a_figure_is_not_a_count(client):
    from resources.models import NationalProfilePage

    profile = NationalProfilePage.objects.get(url_path__endswith="/mep-national-profile-2021-2022/")
    data = profile.indicators.raw_data
    data[0]["value"]["rows"][0]["value"] = "n/a"
    profile.indicators = data
    profile.save_revision().publish()
    page = soup(client.get(URL))
    assert page.select_one(".profile-indicator table")
    assert page.select_one("svg.bar-chart") is None
