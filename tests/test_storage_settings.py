"""Production media storage: S3 through django-storages only when a bucket is configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRINT_STORAGE = (
    "import django; django.setup();"
    "from django.core.files.storage import storages;"
    "s = storages['default']; print(type(s).__name__, getattr(s, 'bucket_name', '-'))"
)


def default_storage_with(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="mep_site.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="results.example.gov",
        **env,
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", PRINT_STORAGE],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_media_stay_on_local_disk_without_a_bucket():
    assert default_storage_with() == ["FileSystemStorage", "-"]


def test_media_go_to_s3_when_a_bucket_is_set():
    storage = default_storage_with(
        AWS_STORAGE_BUCKET_NAME="results-media", AWS_S3_REGION_NAME="us-east-1"
    )
    assert storage == ["S3Storage", "results-media"]
