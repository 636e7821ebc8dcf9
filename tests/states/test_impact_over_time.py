import pytest

from pages.models import BarChart, ImpactPage, ImpactStatistic
from pages.models.impact import nice_step
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

URL = "/about-us/our-impact/"
LABEL = "Migrant youth participating in the Migrant Education Program"


def make_statistics(count, label="Test count"):
    ImpactStatistic.objects.all().delete()
    for number in range(count):
        ImpactStatistic.objects.create(
            label=label,
            school_year=f"{2000 + number}-{(number + 1) % 100:02d}",
            value=1000 * (number + 1),
            source_name="Ed Data Express",
            source_url="https://eddataexpress.ed.gov/",
            is_sample=number % 2 == 0,
        )


def test_home_statistic_links_to_the_impact_page(client):
    home = soup(client.get("/"))
    impact = home.find(id="impact-heading").parent
    link = impact.find("a", href=URL)
    assert link and "Our Impact over time" in text_of(link)
    assert client.get(URL).status_code == 200


def sample_series_chart(page):
    """The demo's sample series (one label by school year): the chart after 2021-22's."""
    return page.select("svg.bar-chart")[1]


def test_real_2021_22_figures_are_charted_by_group_with_source_and_no_sample_label(client):
    page = soup(client.get(URL))
    headings = [h.text for h in page.select("main h2")]
    assert headings == ["Migrant youth participating in the MEP, 2021-22", LABEL]
    svg = page.select_one("svg.bar-chart")
    values = [t.text for t in svg.select("text.bar-chart__value")]
    assert values == ["2,923", "16,029", "172,192", "19,011", "3,414", "213,569"]
    assert not svg.select(".bar-chart__bar--sample")
    table = page.select_one("table.impact-table")
    rows = [[text_of(c) for c in row.find_all(["th", "td"])] for row in table.tbody("tr")]
    assert rows[1][:2] == ["Age 3-5*", "16,029"]
    assert "* not in kindergarten" in rows[1][2]
    assert "Sample" not in text_of(table)
    assert table.find("a", href="https://results.ed.gov/resources/profiles")
    assert "MEP National Profile for Performance Period 2021-2022" in text_of(table)


def test_chart_bars_match_statistics_in_order_with_text_alternative(client):
    page = soup(client.get(URL))
    assert page.h1.text == "Our Impact Over Time"
    svg = sample_series_chart(page)
    assert svg["role"] == "img"
    ids = svg["aria-labelledby"].split()
    title, desc = (page.find(id=i) for i in ids)
    assert title.name == "title" and LABEL in title.text
    assert desc.text == (
        f"Bar chart of {LABEL} by school year. "
        "2014-15: 100,000 (sample figure); 2016-17: 110,000 (sample figure)."
    )
    values = [t.text for t in svg.select("text.bar-chart__value")]
    assert values == ["100,000*", "110,000*"]
    bars = svg.select("rect.bar-chart__bar")
    assert len(bars) == 2 and all("bar-chart__bar--sample" in b["class"] for b in bars)
    assert float(bars[1]["height"]) > float(bars[0]["height"])
    assert float(bars[0]["x"]) < float(bars[1]["x"])
    labels = [t.text for t in svg.select("text.bar-chart__text")]
    assert "School year" in labels and "Number" in labels
    assert "2014-15" in labels and "100,000" in labels  # year under the bar, tick on the axis
    assert "sample figures" in text_of(page.find_all("figcaption")[1])


def test_data_table_matches_the_chart_and_marks_samples(client):
    page = soup(client.get(URL))
    table = page.select("table.impact-table")[1]
    rows = [[text_of(c) for c in row.find_all(["th", "td"])] for row in table.tbody("tr")]
    assert [r[0] for r in rows] == ["2014-15", "2016-17"]
    assert rows[0][1] == "100,000 Sample figure"
    assert table.find("a", href="https://eddataexpress.ed.gov/")
    assert "style=" not in client.get(URL).content.decode()


@pytest.mark.parametrize("count", [0, 1, 10])
def test_chart_renders_with_0_1_and_10_statistics(client, count):
    make_statistics(count)
    page = soup(client.get(URL))
    bars = page.select("rect.bar-chart__bar")
    assert len(bars) == count
    if count == 0:
        assert not page.select("svg")
        assert "No figures have been published yet" in text_of(page.main)
        return
    values = [t.text.rstrip("*") for t in page.select("text.bar-chart__value")]
    assert values == [f"{1000 * (n + 1):,}" for n in range(count)]
    rows = page.select("table.impact-table tbody tr")
    assert [r.th.text for r in rows] == [f"{2000 + n}-{(n + 1) % 100:02d}" for n in range(count)]
    heights = [float(b["height"]) for b in bars]
    assert heights == sorted(heights) and heights[0] > 0
    # Every bar stays inside the drawing.
    for bar in bars:
        assert float(bar["x"]) >= BarChart.left
        assert float(bar["x"]) + float(bar["width"]) <= BarChart.right + 0.1
        assert float(bar["y"]) >= BarChart.top - 0.1


def test_one_chart_per_label_with_unique_ids(client):
    ImpactStatistic.objects.create(
        label="Out-of-school youth served",
        school_year="2016-17",
        value=5000,
        source_name="Ed Data Express",
        source_url="https://eddataexpress.ed.gov/",
    )
    page = soup(client.get(URL))
    assert len(page.select("svg.bar-chart")) == 3
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids))
    assert [h.text for h in page.select("main h2")][1:] == [LABEL, "Out-of-school youth served"]


def test_home_page_figures_are_the_chosen_figures_group_in_order_in_one_query(
    django_assert_num_queries,
):
    from pages.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    with django_assert_num_queries(1):
        figures = home.impact_figures
    assert [(f.label, f.value) for f in figures] == [
        ("Birth to 2 years old", 2923),
        ("Age 3-5", 16029),
        ("K-12 and ungraded", 172192),
        ("Out of school", 19011),
        ("Grade not specified", 3414),
        ("Total students", 213569),
    ]
    assert figures[1].display_label == "Age 3-5*" and figures[1].footnote == "not in kindergarten"
    assert all(f.icon_sprite_id and not f.is_sample for f in figures)
    # A figure without a group stands alone.
    home.impact_statistic = ImpactStatistic.objects.sources().get(school_year="2014-15")
    del home.impact_figures
    assert [f.school_year for f in home.impact_figures] == ["2014-15"]
    home.impact_statistic = None
    del home.impact_figures
    assert home.impact_figures == []


def test_query_count_does_not_grow_with_statistics(client, django_assert_max_num_queries):
    make_statistics(1)
    client.get(URL)
    with django_assert_max_num_queries(20) as few:
        client.get(URL)
    make_statistics(40)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(URL)


def test_home_query_count_stays_low(client, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(15):  # the home ceiling, tests/test_query_counts.py
        client.get("/")


def test_unpublished_impact_page_hides_the_home_link(client):
    ImpactPage.objects.get(locale__language_code="en").unpublish()
    assert client.get(URL).status_code == 404
    home = soup(client.get("/"))
    assert not home.find("a", href=URL)


def test_nice_step():
    assert nice_step(0) == 1
    assert nice_step(110000) == 50000
    assert nice_step(9) == 2
    assert nice_step(1) == 1
    assert nice_step(7) == 2
    assert nice_step(1_234_567) == 500_000


def test_impact_page_fields_have_help_text():
    assert ImpactPage._meta.get_field("intro").help_text
