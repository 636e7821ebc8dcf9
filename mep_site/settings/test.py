import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests never read the real static build's manifest; templates still resolve {% static %}.
# Uploads go to a throwaway folder, through the same file storage as development.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="results-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "results-test"
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments": CACHES["fragments"],
        "fragments-off": CACHES["fragments-off"],
    }
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Sent mail is kept in django.core.mail.outbox (pytest-django: the `mailoutbox` fixture).
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Rendering is what most tests look at; tests/test_page_cache.py turns the page cache on.
PAGE_CACHE_SECONDS = 0
# The same for the render caches (tests/test_render_cache.py turns them on).
FRAGMENT_CACHE_SECONDS = 0
RENDER_MEMO_SIZE = 0
