"""Stories carry Focus, Target audience, State, Synopsis and a pull quote with attribution,
shown on the page and as filters on the stories list."""

import pytest
from bs4 import BeautifulSoup

from pages.blocks import QuoteBlock
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

STORIES = "/news-stories/"
SPOTLIGHT = STORIES + "2017-pass-student-of-the-year-jocelyn-martinez/"
STUDENT = STORIES + "juans-story-pa/"


def facts(page):
    dl = page.select_one("dl.story-facts")
    return dict(zip([text_of(d) for d in dl("dt")], [text_of(d) for d in dl("dd")], strict=True))


def titles(page):
    return [text_of(h) for h in page.select(".usa-card__heading")]


def test_spotlight_shows_facts_and_attributed_pull_quote(client):
    page = soup(client.get(SPOTLIGHT))
    assert facts(page) == {
        "Focus": "Student success",
        "Target audience": "Secondary migrant students, MEP staff",
        "State": "North Dakota",
        "Synopsis": facts(page)["Synopsis"],
    }
    quote = page.select_one(".site-quote--pull")
    assert quote.blockquote and "2017 PASS Student of the Year" in text_of(quote.figcaption)


def test_student_story_page(client):
    response = client.get(STUDENT)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Juan's Story (PA)"
    assert facts(page)["State"] == "Pennsylvania"
    assert "Middle school migrant students" in facts(page)["Target audience"]
    attribution = text_of(page.select_one(".site-quote--pull figcaption"))
    assert attribution.startswith("— Juan") and "(sample)" in attribution
    assert "Student story" in text_of(page.select_one(".story__kind"))


def test_stories_list_filters_by_focus_audience_and_state(client):
    everything = titles(soup(client.get(STORIES)))
    assert "Juan's Story (PA)" in everything
    by_state = soup(client.get(STORIES, {"state": "PA"}))
    assert titles(by_state) == ["Juan's Story (PA)"]
    options = [o["value"] for o in by_state.select("select[name=state] option") if o["value"]]
    assert options == ["ND", "PA"]  # only the States stories are about
    by_focus = titles(soup(client.get(STORIES, {"focus": "student-success"})))
    assert set(by_focus) == {
        "Juan's Story (PA)",
        "2017 National Migrant PASS Student of the Year: Jocelyn Martinez",
    }
    assert titles(soup(client.get(STORIES, {"audience": "students", "kind": "student"}))) == [
        "Juan's Story (PA)"
    ]


@pytest.mark.parametrize(
    "params", [{"state": "ZZ"}, {"focus": "<script>"}, {"audience": ["a", "b"]}, {"state": ""}]
)
def test_unknown_filter_values_are_dropped(client, params):
    response = client.get(STORIES, params)
    assert response.status_code == 200
    assert "Juan's Story (PA)" in titles(soup(response))


def test_the_state_filter_offers_only_states_of_stories_visitors_can_see(client):
    from updates.models import StoryPage

    juan = StoryPage.objects.get(title="Juan's Story (PA)")
    juan.unpublish()
    options = [
        o["value"]
        for o in soup(client.get(STORIES)).select("select[name=state] option")
        if o["value"]
    ]
    assert options == ["ND"]


def test_a_body_quote_reads_like_the_pull_quote():
    """The quote block's help text says the site adds the quotation marks; it did not, and
    its attribution had no dash, unlike a story's pull quote."""
    html = BeautifulSoup(
        QuoteBlock().render({"quote": "We moved twice.", "attribution": "A parent"}), "html.parser"
    )
    assert text_of(html.blockquote) == "“We moved twice.”"
    assert text_of(html.figcaption) == "— A parent"
