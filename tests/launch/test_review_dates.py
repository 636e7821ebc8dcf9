"""The "last reviewed" date on every page type, shown as "Reviewed", and the "Content due for
review" report (Wagtail's ReportView): live pages not reviewed or changed for 12 months."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from wagtail.models import Locale, Page, get_page_models

from contact.models import StatementPage
from pages.mixins import BasePage
from pages.models import InitiativePage
from tests.html import soup

pytestmark = pytest.mark.django_db

URL = "/admin/reports/content-due-for-review/"
LONG_AGO = timezone.now() - datetime.timedelta(days=400)


def make_old(*pages):
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(last_published_at=LONG_AGO)


def user_in(group, username):
    user = User.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def migrant_health():
    return InitiativePage.objects.get(slug="migrant-health", locale__language_code="en")


@pytest.fixture
def moderator(client):
    client.force_login(user_in("Moderators", "review-moderator"))
    return client


def report_titles(client, **query):
    response = client.get(URL, query)
    assert response.status_code == 200
    table = soup(response).find("table", class_="listing")
    return [link.text for link in table.select("tbody td a")] if table else []


def test_every_page_type_edits_last_reviewed_in_its_settings():
    page_types = [model for model in get_page_models() if issubclass(model, BasePage)]
    assert len(page_types) > 20
    for model in page_types:
        settings_tab = next(
            child for child in model.get_edit_handler().children if str(child.heading) == "Settings"
        )
        fields = settings_tab.get_form_options()["fields"]
        assert "last_reviewed" in fields, model.__name__


def test_reviewed_date_shows_in_english_and_spanish(client, migrant_health):
    path = "/about-us/migrant-health/"
    assert "Reviewed" not in soup(client.get(path)).find(class_="page-dates").text
    spanish = migrant_health.get_translation(Locale.objects.get(language_code="es"))
    InitiativePage.objects.filter(pk__in=[migrant_health.pk, spanish.pk]).update(
        last_reviewed=datetime.date(2026, 3, 9)
    )
    dates = soup(client.get(path)).find(class_="page-dates")
    assert "Reviewed:" in dates.text and "March 9, 2026" in dates.text
    assert dates.find("time", datetime="2026-03-09")
    spanish_dates = soup(client.get("/es/quienes-somos/salud-migrante/")).find(class_="page-dates")
    assert "Revisado:" in spanish_dates.text and "marzo de 2026" in spanish_dates.text


def test_statement_pages_show_their_review_date_from_last_reviewed(client):
    statement = StatementPage.objects.get(slug="accessibility")
    assert statement.last_reviewed is not None
    page = soup(client.get("/accessibility/"))
    stamp = statement.last_reviewed.isoformat()
    dates = page.find(class_="page-dates")
    assert "Last reviewed:" in dates.text and dates.find("time", datetime=stamp)
    # Once: it was also in a line of its own under the dates.
    assert len(page.main.find_all("time", datetime=stamp)) == 1
    privacy = soup(client.get("/privacy/")).find(class_="page-dates")
    assert "Last substantive change:" in privacy.text and "Reviewed" not in privacy.text
    spanish = soup(client.get("/es/accesibilidad/")).find(class_="page-dates")
    assert "Última revisión:" in spanish.text


def test_report_lists_old_pages_and_drops_reviewed_ones(moderator, migrant_health):
    make_old(migrant_health)
    assert "Migrant Health" in report_titles(moderator)
    assert "Binational Migrant Education Program" not in report_titles(moderator)
    InitiativePage.objects.filter(pk=migrant_health.pk).update(last_reviewed=timezone.localdate())
    assert "Migrant Health" not in report_titles(moderator)
    # A review more than a year ago counts as due again, whatever the publish date.
    Page.objects.filter(pk=migrant_health.pk).update(last_published_at=timezone.now())
    InitiativePage.objects.filter(pk=migrant_health.pk).update(
        last_reviewed=timezone.localdate() - datetime.timedelta(days=500)
    )
    assert "Migrant Health" in report_titles(moderator)
    assert "Migrant Health" not in report_titles(moderator, months="24")


def test_report_never_lists_drafts(moderator, migrant_health):
    make_old(migrant_health)
    Page.objects.filter(pk=migrant_health.pk).update(live=False)
    assert "Migrant Health" not in report_titles(moderator)


def test_report_filters_by_section(moderator, migrant_health):
    make_old(migrant_health)
    about = migrant_health.get_parent()
    other = about.get_siblings(inclusive=False).first()
    assert about.depth == 3
    assert "Migrant Health" in report_titles(moderator, section=about.path)
    assert "Migrant Health" not in report_titles(moderator, section=other.path)
    options = soup(moderator.get(URL)).find("select", attrs={"name": "section"})
    assert options.find("option", value=about.path).text == f"{about.title} (en)"


def test_report_filters_by_owner(moderator, migrant_health):
    owner = user_in("Editors", "page-owner")
    make_old(migrant_health)
    Page.objects.filter(pk=migrant_health.pk).update(owner=owner)
    assert report_titles(moderator, owner=owner.pk) == ["Migrant Health"]
    other = user_in("Editors", "other-owner")
    Page.objects.filter(pk=migrant_health.get_parent().pk).update(owner=other)
    assert "Migrant Health" not in report_titles(moderator, owner=other.pk)


def test_report_exports_csv_and_xlsx(moderator, migrant_health):
    make_old(migrant_health)
    response = moderator.get(URL, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "content-due-for-review-" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = next(row for row in rows if row["Page"] == "Migrant Health")
    assert row["URL"].endswith("/about-us/migrant-health/")
    assert row["Language"] == "en" and row["Last reviewed"] == ""
    assert row["Reviewed or published"] == timezone.localdate(LONG_AGO).isoformat()
    xlsx = moderator.get(URL, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert "Migrant Health" in [cell.value for cell in sheet["A"]]


def test_report_is_for_moderators_and_admins_only(client, admin_client):
    client.force_login(user_in("Editors", "review-editor"))
    assert client.get(URL).status_code in (302, 403)
    assert client.get(URL, {"export": "csv"}).status_code in (302, 403)
    assert admin_client.get(URL).status_code == 200


@pytest.mark.parametrize(
    "query", [{"owner": "999999", "months": "x"}, {"section": "zz"}, {"p": "99999"}]
)
def test_report_survives_bad_input(moderator, query):
    assert moderator.get(URL, query).status_code == 200
