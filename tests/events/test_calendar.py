"""The month calendar: an accessible table with events in their days."""

import datetime

import pytest
from django.utils import timezone

from events.timefmt import EASTERN
from tests.html import soup, text_of

from .conftest import et

pytestmark = pytest.mark.django_db


def cells(page):
    """{day number: cell} for the days of the month."""
    found = {}
    for cell in page.select("td.event-calendar__day"):
        time = cell.find("time")
        if time:
            found[int(time["datetime"][-2:])] = cell
    return found


def titles_in(cell):
    return [" ".join(a.get_text(" ").split()) for a in cell.select(".event-calendar__events a")]


def test_january_2019_shows_the_mentoring_meeting(client):
    response = client.get("/webinars-meetings/calendar/2019/01/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Webinars & Meetings: January 2019"
    table = page.find("table")
    assert table.caption.text == "Webinars and meetings in January 2019"
    headers = [th.abbr["title"] for th in table.select("thead th")]
    assert headers[0] == "Sunday" and headers[-1] == "Saturday"
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    day = cells(page)[16]
    assert titles_in(day) == [
        "2:00 p.m. MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs"
    ]
    assert all(not titles_in(cell) for number, cell in cells(page).items() if number != 16)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_multi_day_event_is_in_every_day(client):
    page = soup(client.get("/webinars-meetings/calendar/2018/03/"))
    days = cells(page)
    for number in (5, 6, 7):
        assert "2018 Annual Directors' Meeting" in titles_in(days[number])
    assert "2018 Annual Directors' Meeting" not in titles_in(days[4])
    assert "2018 Annual Directors' Meeting" not in titles_in(days[8])
    assert titles_in(days[29]) == ["Subgranting Webinar"]


def test_event_across_months_is_in_both(client, make_event):
    make_event("Year end", et(2020, 12, 30), et(2021, 1, 2), all_day=True)
    december = cells(soup(client.get("/webinars-meetings/calendar/2020/12/")))
    january = cells(soup(client.get("/webinars-meetings/calendar/2021/01/")))
    assert "Year end" in titles_in(december[30]) and "Year end" in titles_in(december[31])
    assert "Year end" in titles_in(january[1]) and "Year end" in titles_in(january[2])
    assert "Year end" not in titles_in(january[3])


def test_late_evening_event_is_on_its_eastern_day(client, make_event):
    # 10:30 p.m. EST on January 31 is already February 1 in UTC.
    make_event("Late", et(2019, 1, 31, 22, 30), et(2019, 1, 31, 23, 30))
    january = cells(soup(client.get("/webinars-meetings/calendar/2019/01/")))
    february = cells(soup(client.get("/webinars-meetings/calendar/2019/02/")))
    assert titles_in(january[31]) == ["10:30 p.m. Late"]
    assert not titles_in(february[1])


def test_december_links_to_january_of_next_year(client):
    page = soup(client.get("/webinars-meetings/calendar/2019/12/"))
    nav = page.find("nav", attrs={"aria-label": "Months"})
    hrefs = [a["href"] for a in nav.find_all("a")]
    assert "/webinars-meetings/calendar/2019/11/" in hrefs
    assert "/webinars-meetings/calendar/2020/01/" in hrefs
    january = soup(client.get("/webinars-meetings/calendar/2020/01/"))
    nav = january.find("nav", attrs={"aria-label": "Months"})
    assert "/webinars-meetings/calendar/2019/12/" in [a["href"] for a in nav.find_all("a")]


@pytest.mark.parametrize(
    ("year", "month", "leading_blanks", "days"),
    [
        (2019, 9, 0, 30),  # starts on a Sunday
        (2019, 6, 6, 30),  # starts on a Saturday
        (2020, 2, 6, 29),  # leap year
        (2019, 2, 5, 28),
        (2015, 2, 0, 28),  # Sunday start, exactly four weeks
    ],
)
def test_month_shapes(client, year, month, leading_blanks, days):
    page = soup(client.get(f"/webinars-meetings/calendar/{year}/{month:02d}/"))
    rows = page.select("table tbody tr")
    first_row = rows[0].find_all("td")
    assert len(first_row) == 7
    blanks = 0
    for cell in first_row:
        if cell.find("time"):
            break
        blanks += 1
    assert blanks == leading_blanks
    assert max(cells(page)) == days
    assert all(len(row.find_all("td")) == 7 for row in rows)
    if days == 28 and leading_blanks == 0:
        assert len(rows) == 4


def test_february_29_event(client, make_event):
    make_event("Leap day", et(2020, 2, 29, 14), et(2020, 2, 29, 15))
    days = cells(soup(client.get("/webinars-meetings/calendar/2020/02/")))
    assert titles_in(days[29]) == ["2:00 p.m. Leap day"]


def test_today_is_marked(client):
    today = timezone.localdate(timezone=EASTERN)
    page = soup(client.get(f"/webinars-meetings/calendar/{today.year}/{today.month:02d}/"))
    marked = page.select('td[aria-current="date"]')
    assert len(marked) == 1
    assert marked[0].find("time")["datetime"] == today.isoformat()
    assert "Today" in text_of(marked[0])
    other = soup(client.get("/webinars-meetings/calendar/2019/01/"))
    assert not other.select('td[aria-current="date"]')


def test_calendar_root_redirects_to_this_month(client):
    today = timezone.localdate(timezone=EASTERN)
    response = client.get("/webinars-meetings/calendar/")
    assert response.status_code == 302
    assert response["Location"] == f"/webinars-meetings/calendar/{today.year}/{today.month:02d}/"


def test_upcoming_sample_is_on_the_calendar(client):
    today = timezone.localdate(timezone=EASTERN)
    day = today + datetime.timedelta(days=14)
    page = soup(client.get(f"/webinars-meetings/calendar/{day.year}/{day.month:02d}/"))
    assert any("Sample webinar" in title for title in titles_in(cells(page)[day.day]))


@pytest.mark.parametrize(
    "path",
    [
        "2019/13/",
        "2019/00/",
        "0/1/",
        "0000/01/",
        "99999/1/",
        "9999/1/",
        "1989/12/",
        "2101/01/",
        "2019/123/",
        "abcd/01/",
        "2019/1/extra/",
        "-1/1/",
    ],
)
def test_bad_months_are_404(client, path):
    assert client.get(f"/webinars-meetings/calendar/{path}").status_code == 404


def test_first_and_last_months_have_no_link_beyond(client):
    first = soup(client.get("/webinars-meetings/calendar/1990/01/"))
    assert "1989" not in text_of(first.find("nav", attrs={"aria-label": "Months"}))
    last = soup(client.get("/webinars-meetings/calendar/2100/12/"))
    assert "2101" not in text_of(last.find("nav", attrs={"aria-label": "Months"}))
