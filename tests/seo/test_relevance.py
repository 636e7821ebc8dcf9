"""Searching the demo site finds what a visitor means (SQLite FTS and PostgreSQL full text)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def titles(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in page.select("#results-heading ~ ul .usa-collection__heading a")]


def test_idr_manual_puts_the_national_manual_first(client):
    assert titles(client, "ID&R manual")[0] == "National ID&R Manual"


def test_parent_advisory_council_finds_the_mentoring_initiative_meeting(client):
    found = titles(client, "parent advisory council")[:5]
    assert "MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs" in found, found
    assert "MEP Mentoring Initiative: Family Engagement and State and Local PACs" in found, found


def test_jocelyn_finds_the_pass_spotlight(client):
    found = titles(client, "Jocelyn")
    assert found and "Jocelyn Martinez" in found[0], found


def test_english_learners_finds_both_english_learner_updates(client):
    both = {
        "National Study on English Learners and Digital Resources",
        "Our Nation's English Learners",
    }
    assert both <= set(titles(client, "English learners")[:5])
    assert both <= set(titles(client, "English learners", type="updates")[:2])
