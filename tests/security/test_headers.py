import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def test_public_pages_get_strict_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_public_html_has_no_inline_scripts_or_styles(client):
    for url in ["/", "/about-us/", "/about-us/migrant-health/", "/no-such-page/"]:
        html = client.get(url).content.decode()
        assert "style=" not in html, url
        for chunk in html.split("<script")[1:]:
            # JSON-LD is data, not script: browsers never run it, so the CSP allows it.
            assert chunk.lstrip().startswith(('src="', 'type="application/ld+json"')), url


def test_admin_gets_its_own_looser_policy(admin_client):
    csp = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in csp


def test_404_and_error_pages_have_no_stack_traces(client):
    response = client.get("/definitely/missing/")
    assert response.status_code == 404
    assert b"Traceback" not in response.content


def test_500_page_renders_without_database():
    from django.template import loader

    with pytest.raises(RuntimeError):
        from django.db import connection

        with connection.execute_wrapper(_refuse_queries):
            connection.cursor().execute("SELECT 1")
    from django.db import connection

    with connection.execute_wrapper(_refuse_queries):
        html = loader.get_template("500.html").render()
    assert "Something went wrong" in html
    assert "usa-banner" in html and "Skip to main content" in html


def _refuse_queries(execute, sql, params, many, context):
    raise RuntimeError("the 500 page must not query the database")


def test_check_deploy_is_clean_with_production_settings():
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="mep_site.settings.production",
        SECRET_KEY="k" * 20 + "secret-for-the-deploy-check-0123456789abcdefgh",
        ALLOWED_HOSTS="results.example.gov",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_redirects_plain_http_and_trusts_the_proxy_header(settings, client):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    assert client.get("/").status_code == 301
    response = client.get("/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 200
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
