"""The bench's bulk content builders (<app>/synthetic.py, pages/bulk.py) make pages
the site treats like any published page: live, public, in a sound tree, listed, searchable and
served."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from events.models import EventPage
from pages.management.commands.load_synthetic_content import build
from resources.models import ResourcePage
from updates.models import UpdatePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def built():
    before = {
        m: set(m.objects.values_list("pk", flat=True))
        for m in (UpdatePage, ResourcePage, EventPage)
    }
    created = build(updates=4, resources=3, events=2)
    new = {m: m.objects.exclude(pk__in=pks).order_by("path") for m, pks in before.items()}
    return created, new


def test_builds_the_requested_numbers_of_live_public_pages(built):
    created, new = built
    assert created == {"updates": 4, "resources": 3, "events": 2}
    assert [new[m].count() for m in (UpdatePage, ResourcePage, EventPage)] == [4, 3, 2]
    for pages in new.values():
        for page in pages:
            assert page.live and not page.has_unpublished_changes
            assert page.get_view_restrictions().count() == 0
    assert Page.find_problems() == ([], [], [], [], [])  # paths, depths, numchild all sound


def test_synthetic_pages_are_served_listed_and_found(client, built):
    _created, new = built
    update = new[UpdatePage].first()
    resource = new[ResourcePage].first()
    event = new[EventPage].first()
    for page in (update, resource, event):
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    assert resource.topics.count() == 2
    library = client.get("/resource-library/?sort=title").content.decode()
    assert all(r.title in library for r in new[ResourcePage])
    found = client.get("/search/", {"q": update.title, "type": "updates"}).content.decode()
    assert f">{update.title}<" in found


def test_the_command_refuses_production_settings(settings):
    settings.SETTINGS_MODULE = "mep_site.settings.production"
    with pytest.raises(CommandError):
        call_command("load_synthetic_content", "--updates=1", "--resources=1", "--events=0")
