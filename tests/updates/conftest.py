import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from updates.models import StoryIndexPage, UpdateIndexPage, UpdatePage


@pytest.fixture
def updates_index(db):
    return UpdateIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def stories_index(db):
    return StoryIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def make_update(updates_index):
    def make(title, *, date=None, category="announcement", publish=True, **fields):
        page = UpdatePage(
            title=title,
            date=date or datetime.date(2030, 1, 1),
            category=category,
            summary=fields.pop("summary", f"Summary of {title}."),
            live=publish,
            **fields,
        )
        updates_index.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page

    return make


def restrict_to_login(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def restrict_to_group(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Editors"))
