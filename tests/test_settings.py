import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_with_production_settings(code="import django; django.setup()", **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="mep_site.settings.production", **env)
    return subprocess.run(  # noqa: S603 - code strings from this module only
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_with_production_settings(ALLOWED_HOSTS="results.example.gov")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_with_production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in the environment" in result.stderr


def test_production_starts_with_both():
    result = run_with_production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="results.example.gov")
    assert result.returncode == 0, result.stderr


def test_production_compiles_each_template_once():
    # No explicit "loaders" in TEMPLATES, so Django wraps them in its cached loader: parsing a
    # template on every request would cost more than rendering most pages.
    result = run_with_production_settings(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="results.example.gov",
        code="import django; django.setup(); from django.template import engines;"
        "print(engines['django'].engine.loaders[0][0])",
    )
    assert result.stdout.strip() == "django.template.loaders.cached.Loader", result.stderr


def test_dev_settings_debug_is_on_unless_the_environment_turns_it_off():
    """make profile measures with DEBUG off under the dev settings; they ignored DEBUG=false."""
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    environment = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    environment["DJANGO_SETTINGS_MODULE"] = "mep_site.settings.dev"
    for debug, shown in ((None, "True"), ("false", "False")):
        env = environment if debug is None else {**environment, "DEBUG": debug}
        result = subprocess.run(  # noqa: S603 - a code string from this module
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.stdout.strip() == shown, result.stderr
