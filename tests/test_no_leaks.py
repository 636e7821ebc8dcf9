"""Nothing leaks: every hidden state × every public surface, for an anonymous visitor.

For each hidden state, a copy of one live demo page of every listed type is put into that state
under a unique word in its title; then every public surface is fetched and must not contain the
word (and the hidden page's own URLs must not serve it). To cover a new surface, add its URL to
SURFACES; to cover a new page type, add it to HIDDEN_PAGE_TYPES.
"""

from datetime import timedelta

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pages.queries import visible_pages

pytestmark = pytest.mark.django_db

MARK = "Zyzzyvaleak"

#: Page types whose hidden copies are planted (the ones lists, feeds and calendars show).
HIDDEN_PAGE_TYPES = [
    "updates.UpdatePage",
    "updates.ArticlePage",
    "updates.SpotlightPage",
    "updates.StudentStoryPage",
    "events.EventPage",
    "resources.ResourcePage",
    "pages.InitiativePage",
    "contact.StatementPage",
    "contact.ContactPage",
    "pages.FamiliesPage",
    "resources.GuideArticlePage",
    "resources.OrientationModulePage",
    "resources.CurriculumLessonPage",
    "resources.NationalProfilePage",
]

HIDDEN_STATES = ["draft", "unpublished", "login", "password", "scheduled", "expired"]


def surfaces(event_month):
    """Every public place a page can show up, as URLs an anonymous visitor can fetch."""
    year, month = event_month
    return [
        "/",
        "/about-us/",
        "/updates/",
        "/updates/?category=announcement",
        "/updates/?year=2019",
        "/updates/feed/",
        "/updates/atom/",
        "/updates/category/announcement/feed/",
        "/news-stories/",
        "/news-stories/?state=PA",
        "/webinars-meetings/",
        "/webinars-meetings/?kind=webinar",
        f"/webinars-meetings/calendar/{year}/{month}/",
        "/webinars-meetings/calendar.ics",
        "/resource-library/",
        f"/resource-library/?q={MARK}",
        "/resource-library/feed/",
        "/legislation-policy/policy-qas/",
        # A toolkit's side navigation, reading order and its own search.
        "/tools-curriculum/cna-toolkit/",
        "/tools-curriculum/cna-toolkit/preliminary-work/",
        "/tools-curriculum/cna-toolkit/preliminary-work/management-team/",
        f"/tools-curriculum/cna-toolkit/?q={MARK}",
        "/tools-curriculum/new-directors/",
        "/tools-curriculum/national-idr-curriculum/",
        "/tools-curriculum/new-directors/1/",
        "/sitemap.xml",
        f"/search/?q={MARK}",
        f"/search/?q={MARK.lower()}",
        # Spanish lists show English pages not translated yet: hidden ones never.
        "/es/",
        "/es/quienes-somos/",
        "/families/",
        "/es/familias/",
        "/es/seminarios-web-y-reuniones/",
        f"/es/seminarios-web-y-reuniones/calendar/{year}/{month}/",
        "/es/seminarios-web-y-reuniones/calendar.ics",
        f"/es/search/?q={MARK}",
    ]


def plant(label, state, related_update):
    """A copy of the first live page of `label`, in the hidden `state`."""
    model = apps.get_model(label)
    original = visible_pages(model.objects.all()).order_by("path").first()
    assert original is not None, f"no live {label} in the demo content"
    slug = f"{MARK.lower()}-{state}-{model._meta.model_name}"
    copy = original.copy(
        update_attrs={"title": f"{MARK} {state} {model._meta.verbose_name}", "slug": slug},
        keep_live=state not in ("draft", "scheduled"),
        copy_revisions=False,
    ).specific
    if state == "unpublished":
        copy.unpublish()
    elif state in ("login", "password"):
        PageViewRestriction.objects.create(
            page=copy,
            restriction_type=PageViewRestriction.LOGIN if state == "login" else "password",
            password="secret-word" if state == "password" else "",
        )
    elif state == "scheduled":
        copy.go_live_at = timezone.now() + timedelta(days=2)
        copy.save_revision().publish()
        copy.refresh_from_db()
        assert not copy.live
    elif state == "expired":
        type(copy).objects.filter(pk=copy.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    # A related-content link from a live page to the hidden one must not show it either.
    if related_update is not None:
        related_update.related_page = copy
        related_update.save_revision().publish()
    return copy


@pytest.fixture
def related_update():
    from updates.models import UpdatePage

    return visible_pages(UpdatePage.objects.all()).order_by("path").first()


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_pages_appear_on_no_public_surface(client, state, related_update):
    planted = [
        plant(label, state, related_update if label == "updates.UpdatePage" else None)
        for label in HIDDEN_PAGE_TYPES
    ]
    event = next(p for p in planted if p._meta.label == "events.EventPage")
    start = timezone.localtime(event.start)
    # The search query echoes MARK back, but never the planted titles ("MARK state type").
    needle = f"{MARK} {state}".encode()
    failures = []
    for url in surfaces((start.year, start.month)) + [related_update.url]:
        response = client.get(url)
        if response.status_code >= 500:
            failures.append(f"{url}: {response.status_code}")
        elif needle in response.content:
            failures.append(f"{url}: shows the hidden page")
    for page in planted:
        # Its own URL (and sub-routes such as an event's .ics) serve nothing to the public.
        for url in [page.url or f"/{page.slug}/", *extra_urls(page)]:
            response = client.get(url)
            if response.status_code == 200 and needle in response.content:
                failures.append(f"{url}: the hidden page itself is served")
    assert failures == []


def extra_urls(page):
    if page._meta.label == "events.EventPage":
        parent = page.get_parent()
        return [f"{parent.url}{page.slug}/ics/"]
    return []


def test_documents_in_a_private_collection_appear_nowhere(client, related_update):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Internal only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title=f"{MARK} internal memo",
        file=ContentFile(b"%PDF-1.4 internal", name="memo.pdf"),
        collection=private,
    )
    related_update.related_documents.create(document=document)
    related_update.save_revision().publish()
    failures = []
    for url in [related_update.url, f"/search/?q={MARK}", "/resource-library/"]:
        body = client.get(url).content.decode()
        if f"{MARK} internal memo" in body:
            failures.append(url)
    assert failures == []
    response = client.get(document.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
