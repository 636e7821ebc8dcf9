"""Email settings, and a mail server that is down or refuses us never stops an editor: the
failure is logged in one line, without a traceback, and the submission goes through."""

import logging
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail.backends import smtp
from django.urls import reverse
from django.utils.text import slugify

from updates.models import UpdateIndexPage, UpdatePage

from .conftest import form_data

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_tests_keep_mail_in_memory(settings):
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"


def settings_in(module, **env):
    """The email and address settings a process started with `env` would have."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "SITE_"))}
    environment.pop("WAGTAILADMIN_BASE_URL", None)
    environment.pop("PORT", None)
    environment.update(DJANGO_SETTINGS_MODULE=module, **env)
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, "
        "s.DEFAULT_FROM_EMAIL, s.SERVER_EMAIL, s.SITE_URL, s.WAGTAILADMIN_BASE_URL, sep='|')"
    )
    result = subprocess.run(  # noqa: S603 - our own code string
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("|")


def test_development_prints_mail_and_follows_the_port_make_run_serves():
    backend, *_rest, site_url, admin_url = settings_in("mep_site.settings.dev", PORT="8800")
    assert backend == "django.core.mail.backends.console.EmailBackend"
    assert site_url == admin_url == "http://127.0.0.1:8800"


def test_email_settings_come_from_the_environment():
    values = settings_in(
        "mep_site.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="results.example.gov",
        EMAIL_HOST="smtp.example.gov",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="results",
        EMAIL_HOST_PASSWORD="secret",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="RESULTS <results@example.gov>",
    )
    assert values == [
        "pages.mail.EmailBackend",
        "smtp.example.gov",
        "587",
        "results",
        "True",
        "RESULTS <results@example.gov>",
        "RESULTS <results@example.gov>",
        "https://results.example.gov",
        "https://results.example.gov",
    ]


@pytest.fixture
def broken_mail_server():
    """A server on localhost that accepts a connection and answers with something that is not
    SMTP over TLS, so the TLS handshake fails: an ssl.SSLError, which Wagtail's own mail code
    does not catch (it catches only refused and timed-out connections)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(10)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.sendall(b"this is not a mail server\r\n" * 20)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    listener.close()


@pytest.fixture
def real_mail_settings(settings, broken_mail_server):
    settings.EMAIL_BACKEND = "pages.mail.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = broken_mail_server
    settings.EMAIL_USE_SSL = True
    settings.EMAIL_TIMEOUT = 5
    return settings


def test_plain_django_backend_would_raise_here(real_mail_settings):
    # What the editor's request would meet without our backend: the test setup is a real
    # failure, not one our backend merely claims to survive.
    with pytest.raises(OSError):
        smtp.EmailBackend().open()


def test_mail_failure_is_one_log_line_and_the_message_counts_as_not_sent(
    real_mail_settings, caplog
):
    with caplog.at_level(logging.INFO):
        sent = mail.send_mail("Subject", "Body", None, ["someone@example.com"])
    assert sent == 0
    failures = [r for r in caplog.records if "event=mail_failed" in r.getMessage()]
    assert len(failures) == 1
    assert failures[0].name == "pages.mail" and failures[0].exc_info is None
    assert "stage=connect" in failures[0].getMessage()
    assert "SSLError" in failures[0].getMessage()


def test_refused_connection_is_logged_once_too(settings, caplog):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "pages.mail.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    messages = [mail.EmailMessage("S", "B", None, [f"user{n}@example.com"]) for n in range(3)]
    connection = mail.get_connection()
    with caplog.at_level(logging.INFO), connection:
        sent = sum(connection.send_messages([message]) for message in messages)
    assert sent == 0
    lines = [r for r in caplog.records if "event=mail_failed" in r.getMessage()]
    assert len(lines) == 1 and "ConnectionRefusedError" in lines[0].getMessage()


def test_editor_submits_while_the_mail_server_fails(client, dev_users, real_mail_settings, caplog):
    index = UpdateIndexPage.objects.get(locale__language_code="en")
    client.force_login(dev_users["editor"])
    url = reverse("wagtailadmin_pages:add", args=["updates", "updatepage", index.pk])
    data = form_data(client.get(url).content.decode())
    title = "Submitted while mail is down"
    data.update(
        title=title,
        slug=slugify(title),
        date="2030-05-01",
        category="announcement",
        summary="The submission still goes to the Moderators.",
        **{"body-count": "0", "calls_to_action-count": "0", "action-submit": "Submit"},
    )
    with caplog.at_level(logging.INFO):
        response = client.post(url, data)
    assert response.status_code == 302
    page = UpdatePage.objects.get(title=title)
    assert page.current_workflow_state is not None  # in moderation
    failures = [r for r in caplog.records if "event=mail_failed" in r.getMessage()]
    # One line per notification batch (Moderators; superusers), never a traceback.
    assert 1 <= len(failures) <= 2
    assert not [r for r in caplog.records if r.exc_info]
    assert "Mail connection error" not in caplog.text
