"""Page feedback (from cached pages, without a CSRF token), content dates, Last-Modified/304."""

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.http import http_date

from contact.models import PageFeedback
from pages.models import InitiativePage
from tests.html import soup

pytestmark = pytest.mark.django_db

PAGE = "/about-us/migrant-health/"
ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def feedback_form(response):
    return soup(response).find("form", class_="page-feedback__form")


def test_feedback_form_on_content_pages_without_csrf_token(client):
    form = feedback_form(client.get(PAGE))
    assert form["action"] == "/feedback/"
    assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert [b["value"] for b in form.find_all("button")] == ["yes", "no"]
    spanish = feedback_form(client.get("/es/quienes-somos/salud-migrante/"))
    assert spanish["action"] == "/es/feedback/"
    assert "¿Le fue útil esta página?" in spanish.text


def test_feedback_posted_from_a_cached_page(settings):
    settings.PAGE_CACHE_SECONDS = 300
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(PAGE)
    cached = visitor.get(PAGE)
    assert cached["X-Cache"] == "HIT"
    form = feedback_form(cached)
    data = {"page": form.find("input", attrs={"name": "page"})["value"], "helpful": "no"}
    response = visitor.post(form["action"], data, **ORIGIN)
    assert response.status_code == 200
    item = PageFeedback.objects.get()
    assert not item.helpful and item.language == "en" and item.comment == ""
    assert item.page_id == InitiativePage.objects.get(slug="migrant-health").pk
    # Then the optional comment.
    thanks = soup(response)
    token = thanks.find("input", attrs={"name": "feedback"})["value"]
    assert "Do not include personal information" in thanks.text
    response = visitor.post(
        "/feedback/", {"feedback": token, "comment": "Please add a Spanish PDF."}, **ORIGIN
    )
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.comment == "Please add a Spanish PDF."
    # The comment is set once, never shown publicly.
    again = visitor.post("/feedback/", {"feedback": token, "comment": "x"}, **ORIGIN)
    assert again.status_code == 400
    assert "Spanish PDF" not in visitor.get(PAGE).content.decode()


def test_feedback_needs_our_origin_or_referer(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    data = {"page": page.pk, "helpful": "yes"}
    assert client.post("/feedback/", data).status_code == 403
    assert client.post("/feedback/", data, HTTP_ORIGIN="https://evil.example").status_code == 403
    ok = client.post("/feedback/", data, HTTP_REFERER="http://testserver" + PAGE)
    assert ok.status_code == 200
    assert client.get("/feedback/").status_code == 405
    assert PageFeedback.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"page": "abc", "helpful": "yes"},
        {"page": "999999", "helpful": "yes"},
        {"helpful": "maybe"},
        {"feedback": "forged", "comment": "hi"},
    ],
)
def test_bad_feedback_is_a_400(client, data):
    response = client.post("/feedback/", data, **ORIGIN)
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_long_comment_is_refused(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    response = client.post("/feedback/", {"page": page.pk, "helpful": "yes"}, **ORIGIN)
    token = soup(response).find("input", attrs={"name": "feedback"})["value"]
    long = client.post("/feedback/", {"feedback": token, "comment": "x" * 501}, **ORIGIN)
    assert long.status_code == 400


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_feedback_rate_limit(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    data = {"page": page.pk, "helpful": "yes"}
    assert client.post("/feedback/", data, **ORIGIN).status_code == 200
    assert client.post("/feedback/", data, **ORIGIN).status_code == 200
    assert client.post("/feedback/", data, **ORIGIN).status_code == 429
    assert PageFeedback.objects.count() == 2


def test_unpublished_page_takes_no_feedback(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    page.unpublish()
    response = client.post("/feedback/", {"page": page.pk, "helpful": "yes"}, **ORIGIN)
    assert response.status_code == 400


def test_published_and_updated_dates(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    dates = soup(client.get(PAGE)).find(class_="page-dates")
    assert "Published:" in dates.text and "Updated" not in dates.text
    InitiativePage.objects.filter(pk=page.pk).update(
        first_published_at=page.first_published_at.replace(year=2019)
    )
    dates = soup(client.get(PAGE)).find(class_="page-dates")
    assert "Published: " in dates.text and "2019" in dates.text and "Updated:" in dates.text
    spanish = soup(client.get("/es/quienes-somos/salud-migrante/")).find(class_="page-dates")
    assert "Publicado:" in spanish.text
    # The statement pages also show their review date, labelled as the statement says.
    statement = soup(client.get("/accessibility/")).find(class_="page-dates")
    assert "Last reviewed:" in statement.text and "2026" in statement.text


def test_last_modified_and_304_agree_with_the_sitemap(client, settings):
    page = InitiativePage.objects.get(slug="migrant-health")
    response = client.get(PAGE)
    assert response["Last-Modified"] == http_date(page.last_published_at.timestamp())
    again = client.get(PAGE, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304
    older = http_date(page.last_published_at.timestamp() - 3600)
    assert client.get(PAGE, HTTP_IF_MODIFIED_SINCE=older).status_code == 200
    sitemap = soup(client.get("/sitemap.xml"))
    entry = next(u for u in sitemap.find_all("url") if u.loc.text.endswith(PAGE))
    # The sitemap writes the date where the site is (Eastern time), as the pages do.
    assert entry.lastmod.text == timezone.localdate(page.last_published_at).isoformat()
    # From the page cache too.
    settings.PAGE_CACHE_SECONDS = 300
    client.get(PAGE)
    cached = client.get(PAGE, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert cached.status_code == 304
    # Lists change when their children do: no Last-Modified, always answered in full.
    assert not client.get("/about-us/").has_header("Last-Modified")
    assert not client.get("/").has_header("Last-Modified")


def test_feedback_report_for_moderators_with_filters_and_csv(client):
    from django.contrib.auth.models import Group, User

    page = InitiativePage.objects.get(slug="migrant-health")
    for helpful, comment in [(True, ""), (False, "Missing the 2022 figures."), (False, "")]:
        PageFeedback.objects.create(page=page, language="en", helpful=helpful, comment=comment)
    url = "/admin/reports/page-feedback/"
    editor = User.objects.create_user("fb-editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    moderator = User.objects.create_user("fb-moderator", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200
    row = soup(response).find("a", string="Migrant Health").find_parent("tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
    assert cells[1:4] == ["1", "2", "33%"]
    assert "Missing the 2022 figures." in cells[5]
    about = page.get_parent()
    assert "Migrant Health" in client.get(url, {"section": about.path}).content.decode()
    other = InitiativePage.objects.get(slug="migrant-health").get_parent().get_parent()
    news = other.get_children().exclude(pk=about.pk).first()
    assert "Migrant Health" not in client.get(url, {"section": news.path}).content.decode()
    assert "Migrant Health" not in client.get(url, {"since": "2099-01-01"}).content.decode()
    assert client.get(url, {"since": "not-a-date", "sort": "zzz"}).status_code == 200
    csv = client.get(url, {"export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    assert "Migrant Health" in csv.content.decode() and "Missing the 2022" in csv.content.decode()


def test_form_pages_show_dates_but_no_feedback_form(client):
    page = soup(client.get("/contact/"))
    assert page.find(class_="page-dates") and not page.find(class_="page-feedback__form")
    assert feedback_form(client.get("/privacy/"))
