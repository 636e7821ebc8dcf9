"""DAP off and on (script and CSP), security.txt, and media on one server without S3."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from wagtail.models import Site

from pages.models import SiteSettings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DAP_HOSTS = {"dap.digitalgov.gov", "www.google-analytics.com", "www.googletagmanager.com"}


def run_python(code, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DAP_"))}
    environment.update(env)
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


PRINT_CSP = (
    "import django, json; django.setup(); from django.conf import settings;"
    "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']))"
)


def csp_with(**env):
    return json.loads(run_python(PRINT_CSP, DJANGO_SETTINGS_MODULE="mep_site.settings.test", **env))


def test_dap_is_off_by_default(client):
    response = client.get("/")
    assert "dap.digitalgov.gov" not in response.content.decode()
    policy = response["Content-Security-Policy"]
    assert not any(host in policy for host in DAP_HOSTS)
    directives = csp_with()
    assert directives["script-src"] == ["'self'"]


def test_dap_on_loads_the_script_on_public_pages_and_opens_the_csp(client, admin_client):
    with override_settings(DAP_AGENCY="ED"):
        page = BeautifulSoup(client.get("/about-us/").content, "html.parser")
        script = page.find("script", id="_fed_an_ua_tag")
        assert script["src"] == (
            "https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=ED"
        )
        assert script.has_attr("async")
        assert "analytics" in client.get("/privacy/").content.decode().lower()
        assert "Digital Analytics Program" in client.get("/privacy/").content.decode()
        admin = admin_client.get("/admin/")
        assert "dap.digitalgov.gov" not in admin.content.decode()
    assert "Digital Analytics Program" not in client.get("/privacy/").content.decode()
    directives = csp_with(DAP_AGENCY="ED")
    assert directives["script-src"] == [
        "'self'",
        "https://dap.digitalgov.gov",
        "https://www.google-analytics.com",
        "https://www.googletagmanager.com",
    ]
    assert "https://*.google-analytics.com" in directives["connect-src"]
    assert "https://www.google-analytics.com" in directives["img-src"]
    assert directives["style-src"] == ["'self'"]


def test_security_txt_from_site_settings(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@example.gov"
    assert fields["Policy"] == "https://www.ed.gov/vulnerability-disclosure-policy"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    assert fields["Expires"].endswith("T00:00:00.000Z")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.security_contact = "https://www.ed.gov/report-a-vulnerability"
    site_settings.save()
    body = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: https://www.ed.gov/report-a-vulnerability" in body


SERVE_IMAGE = """
import django, os, tempfile
from pathlib import Path
os.environ['MEDIA_ROOT'] = tempfile.mkdtemp()
django.setup()
from django.conf import settings
from django.test import Client
Path(settings.MEDIA_ROOT, 'images').mkdir()
Path(settings.MEDIA_ROOT, 'images', 'a.fill-10x10.png').write_bytes(b'PNGDATA')
Path(settings.MEDIA_ROOT, 'documents').mkdir()
Path(settings.MEDIA_ROOT, 'documents', 'private.pdf').write_bytes(b'%PDF secret')
c = Client()
if settings.SERVE_MEDIA:
    r = c.get('/media/images/a.fill-10x10.png', secure=True, HTTP_HOST='results.example.gov')
    print(r.status_code, b''.join(r.streaming_content))
else:
    print('-')
from django.urls import Resolver404, resolve
def served_by_django(path):
    try:
        return resolve(path).func.__name__
    except Resolver404:
        return 'not-served'
print(served_by_django('/media/documents/private.pdf'))
print(served_by_django('/media/images/a.fill-10x10.png'))
"""


def production(**env):
    return run_python(
        SERVE_IMAGE,
        DJANGO_SETTINGS_MODULE="mep_site.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="results.example.gov",
        **env,
    ).split("\n")


def test_media_on_one_server_without_s3():
    # Django serves the public images when told to, never the documents.
    served, document, image = production(SERVE_MEDIA="true")[:3]
    assert served == "200 b'PNGDATA'"
    assert document == "not-served"
    assert image == "serve"
    # By default the web server in front serves /media/ (docs/deployment.md), not Django.
    assert production()[2] == "not-served"


def test_deployment_doc_has_the_web_server_config():
    text = (ROOT / "docs/deployment.md").read_text()
    assert "location /media/images/" in text
    assert "location /media/documents/" in text
    assert "SERVE_MEDIA" in text
