import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.models import EventIndexPage, EventPage
from events.timefmt import EASTERN


def et(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EASTERN)


@pytest.fixture
def index(db):
    return EventIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def make_event(index):
    counter = iter(range(1, 100000))

    def make(title=None, start=None, end=None, *, state="live", parent=None, **fields):
        number = next(counter)
        start = start or timezone.now() + datetime.timedelta(days=3)
        page = EventPage(
            title=title or f"Test event {number}",
            slug=f"test-event-{number}",
            start=start,
            end=end,
            summary=fields.pop("summary", f"Summary of test event {number}."),
            **fields,
        )
        if state in ("draft", "scheduled"):
            page.live = False
        if state == "scheduled":
            page.go_live_at = timezone.now() + datetime.timedelta(days=1)
        if state == "expired":
            page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        (parent or index).add_child(instance=page)
        if state == "private":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        return page

    return make


def link_with_text(node, text):
    return next((a for a in node.find_all("a") if text in a.get_text()), None)
