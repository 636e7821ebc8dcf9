"""Content dates are the site's local (Eastern) dates: a page published in the evening in
Washington says that day, not the UTC date after midnight, in the text and in its datetime."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.formats import date_format
from pages.models import InitiativePage

pytestmark = pytest.mark.django_db

# 8:30 p.m. Eastern on 1 December 2026 is already 2 December in UTC.
EVENING = datetime.datetime(2026, 12, 2, 1, 30, tzinfo=datetime.UTC)


def test_date_format_writes_the_eastern_date_of_a_utc_datetime():
    with translation.override("en"):
        assert date_format(EVENING, "DATE_FORMAT") == "December 1, 2026"
    with translation.override("es"):
        assert "1 de diciembre de 2026" in date_format(EVENING, "DATE_FORMAT")
    # Dates without a time stay as they are.
    assert date_format(datetime.date(2026, 12, 2), "DATE_FORMAT").endswith("2026")


def test_published_date_on_the_page_is_the_eastern_date(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    InitiativePage.objects.filter(pk=page.pk).update(
        first_published_at=EVENING, last_published_at=EVENING
    )
    dates = BeautifulSoup(client.get(page.url).content, "html.parser").find(class_="page-dates")
    published = dates.find("time")
    assert published["datetime"] == "2026-12-01"
    assert published.text == "December 1, 2026"
