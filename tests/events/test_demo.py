import pytest
from django.utils import timezone

from events.models import EventPage

pytestmark = pytest.mark.django_db


def test_seed_events_and_labelled_samples():
    titles = set(EventPage.objects.values_list("title", flat=True))
    assert {
        "MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs",
        "Subgranting Webinar",
        "2018 Annual Directors' Meeting",
    } <= titles
    upcoming = EventPage.objects.filter(ends_before__gt=timezone.now())
    assert upcoming.count() >= 2
    assert all(page.title.startswith("Sample") for page in upcoming)
    subgranting = EventPage.objects.get(slug="subgranting-webinar")
    assert subgranting.all_day  # the seed gives no time of day
    adm = EventPage.objects.get(slug="annual-directors-meeting-2018")
    assert all(s.title.startswith("Sample session") for s in adm.agenda_sessions.all())
