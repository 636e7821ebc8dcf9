"""The contact form: Wagtail's form builder, the USWDS error pattern, spam checks, storage,
email, retention, and never the page cache."""

import time

import pytest
from django.contrib.auth.models import Group, User
from django.core import signing
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from contact import spam
from contact.models import ContactPage
from contact.retention import purge_old_submissions
from tests.html import soup
from updates.scheduler import run_once

pytestmark = pytest.mark.django_db

VALID = {
    "your_name": "Ana Example",
    "email_address": "ana@example.org",
    "topic": "broken-link",
    "message": "The link to the ID&R manual on the tools page does not open.",
}


def old_token(seconds=60):
    return signing.dumps(int(time.time()) - seconds, salt="contact.form-started")


def post(client, data=None, url="/contact/", **extra):
    payload = {"started": old_token(), **(VALID if data is None else data)}
    return client.post(url, payload, **extra)


def test_contact_page_form_fields_in_both_languages(client):
    page = soup(client.get("/contact/"))
    form = page.find("form", class_="contact-form")
    labels = [" ".join(label.text.split()) for label in form.find_all("label", class_="usa-label")]
    assert labels == ["Your name *", "Email address *", "Topic *", "Message *"]
    options = [o["value"] for o in form.find("select").find_all("option")]
    assert options == ["", "general", "accessibility", "state-contact", "broken-link", "other"]
    assert form.find("input", attrs={"name": "website"})
    assert "privacy policy" in form.find(class_="privacy-notice").text
    spanish = soup(client.get("/es/contacto/"))
    assert spanish.h1.text == "Contacto"
    select = spanish.find("select")
    assert select.find("option", value="accessibility").text == "Un problema de accesibilidad"
    # Spanish writes four-digit numbers without a thousands separator (not "3,000").
    assert "Hasta 3000 caracteres." in spanish.find("form", class_="contact-form").text


def test_topic_and_state_preselected(client):
    page = soup(client.get("/contact/?topic=accessibility"))
    assert page.find("option", selected=True)["value"] == "accessibility"
    page = soup(client.get("/contact/?topic=state-contact&state=fl"))
    assert page.find("option", selected=True)["value"] == "state-contact"
    assert "Florida" in page.find("textarea").text
    spanish = soup(client.get("/es/contacto/?topic=state-contact&state=MI"))
    assert "Míchigan" in spanish.find("textarea").text  # the State's Spanish name
    unknown_state = soup(client.get("/contact/?topic=state-contact&state=zz"))
    assert unknown_state.find("textarea").text.strip() == ""
    for bad in ["?topic=nope", "?state=<b>", "?topic=%00", "?topic=general&topic=x"]:
        response = client.get("/contact/" + bad)
        assert response.status_code == 200
        selected = soup(response).find_all("option", selected=True)
        assert [option["value"] for option in selected] in ([], [""])


def test_valid_post_is_stored_emailed_and_thanked(client, mailoutbox):
    response = post(client)
    assert response.status_code == 200
    assert "Thank you" in soup(response).h1.text
    submission = FormSubmission.objects.get()
    assert submission.get_data()["topic"] == "broken-link"
    assert submission.get_data()["email_address"] == "ana@example.org"
    assert "website" not in submission.form_data and "started" not in submission.form_data
    [mail] = mailoutbox
    assert mail.to == ["results-team@example.gov"]
    assert mail.reply_to == ["ana@example.org"]
    assert "does not open" in mail.body


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("your_name", "", "This field is required."),
        ("email_address", "", "This field is required."),
        ("email_address", "not-an-address", "Enter a valid email address."),
        ("topic", "", "This field is required."),
        ("topic", "sales", "Select a valid choice."),
        ("message", "", "This field is required."),
    ],
)
def test_each_invalid_field_gets_the_uswds_error_pattern(client, mailoutbox, field, value, message):
    response = post(client, {**VALID, field: value})
    assert response.status_code == 200
    page = soup(response)
    assert page.title.text.startswith("Error:")
    summary = page.find(id="error-summary")
    assert summary["role"] == "alert" and "usa-alert--error" in summary["class"]
    link = summary.find("a")
    assert link["href"] == f"#id_{field}" and message in link.text
    widget = page.find(id=f"id_{field}")
    assert widget["aria-invalid"] == "true"
    assert f"id_{field}-error" in widget["aria-describedby"]
    assert page.find(id=f"id_{field}-error").text.startswith(message)
    assert "usa-form-group--error" in widget.find_parent(class_="usa-form-group")["class"]
    # The other values are kept.
    others = {name: v for name, v in VALID.items() if name not in (field, "topic", "message")}
    for name, kept in others.items():
        assert page.find(id=f"id_{name}")["value"] == kept
    assert not FormSubmission.objects.exists() and not mailoutbox


def test_honeypot_is_rejected_with_400(client, mailoutbox):
    response = post(client, {**VALID, "website": "https://spam.example"})
    assert "was not sent" in soup(response, status=400).h1.text
    assert not FormSubmission.objects.exists() and not mailoutbox


def test_too_fast_or_missing_timestamp_is_rejected_with_400(client):
    fresh = {**VALID, "started": spam.started_token()}
    assert client.post("/contact/", fresh).status_code == 400
    assert client.post("/contact/", VALID).status_code == 400
    assert client.post("/contact/", {**VALID, "started": "forged"}).status_code == 400
    assert client.post("/contact/", {**VALID, "started": old_token(2 * 86400)}).status_code == 400
    assert not FormSubmission.objects.exists()
    with override_settings(CONTACT_MIN_FILL_SECONDS=0):
        assert client.post("/contact/", fresh).status_code == 200
    assert FormSubmission.objects.count() == 1


@override_settings(CONTACT_RATE_LIMIT=2)
def test_rate_limit_per_address_gives_429(client):
    assert post(client).status_code == 200
    assert post(client).status_code == 200
    response = post(client)
    assert "Too many messages" in soup(response, status=429).text
    # Another address is not affected.
    assert post(client, REMOTE_ADDR="192.0.2.77").status_code == 200
    assert FormSubmission.objects.count() == 3


def test_contact_page_is_never_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    first = client.get("/contact/")
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    second = client.get("/contact/")
    assert second.get("X-Cache") != "hit"
    token = soup(first).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    assert token


def test_submissions_visible_to_moderators_only_with_csv(client):
    post(client)
    page = ContactPage.objects.get(locale__language_code="en")
    url = f"/admin/forms/submissions/{page.pk}/"
    moderator = User.objects.create_user("mod-test", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = User.objects.create_user("ed-test", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403, 404)
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200 and "Ana Example" in response.content.decode()
    csv = client.get(url + "?export=csv")
    assert csv.status_code == 200
    assert "Ana Example" in b"".join(csv.streaming_content).decode()


def test_scheduler_deletes_submissions_past_retention(client, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    post(client)
    post(client)
    old = FormSubmission.objects.first()
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - timezone.timedelta(days=31)
    )
    run_once()
    assert list(FormSubmission.objects.values_list("pk", flat=True)) != [old.pk]
    assert FormSubmission.objects.count() == 1
    assert purge_old_submissions() == 0
