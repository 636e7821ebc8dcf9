"""Settings shared by every environment. Anything secret or deployment-specific comes from
the environment; the defaults here are safe for development only."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

# The organisation's names live in one place (it imports only Django's gettext_noop).
from pages.organization import SITE_NAME

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

#: The apps that hold the site's page types, snippets and settings: the one list that page-type
#: discovery, the demo and synthetic loaders, the cache purge and the tests read.
CONTENT_APPS = ["pages", "updates", "resources", "events", "contact"]

INSTALLED_APPS = [
    *CONTENT_APPS,
    "caching",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "pages.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages gzipped here, whatever is in front: a 20-30 KB page is 5-7 KB on a slow phone
    # connection. Inside whitenoise (static files come precompressed) and outside the page
    # cache (which stores plain bodies). Django pads gzip output against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # A page's Last-Modified (BasePage.serve) answers If-Modified-Since with a 304, from the
    # page cache too.
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the security headers (added to every response) and before anything that
    # touches the database or builds a header, so a hit costs no query: the CSP and
    # X-Frame-Options headers of the middleware below are stored with each page.
    "caching.page_cache.AnonymousPageCacheMiddleware",
    "pages.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After the page cache: a cached page was rendered in the language of its URL already.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mep_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # fragment_seconds, fragment_cache and cache_versions for {% wagtailcache %}.
                "caching.context_processors.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "mep_site.wsgi.application"

# SQLite file by default so `make run` works on a bare machine; PostgreSQL via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Web and scheduler are separate processes, so the cache must be one they share:
# Redis when REDIS_URL is set, otherwise a file cache on local disk.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "results"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A cache outage must not take the site down: misses instead of errors.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    # Not one traceback per cache call: caching/page_cache.py logs an outage once, as
    # event=page_cache_unavailable, and stops asking Redis for a few seconds.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache" / "django")),
        }
    }

# {% wagtailcache %} fragments: each process's memo in front of the shared cache, or, when
# they are off, a cache that stores nothing (caching/context_processors.py).
CACHES["fragments"] = {"BACKEND": "caching.fragment_cache.MemoizedCache", "LOCATION": "default"}
CACHES["fragments-off"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

# Full-page cache for anonymous visitors (caching/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "60"))
# When the page cache misses or is off: fragments ({% wagtailcache %}) and values
# (caching/render_cache.py) such as the footer, the menu and list counts, retired with what
# they show (0 turns them off), and the size of each process's memo of values.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))
RENDER_MEMO_SIZE = int(os.environ.get("RENDER_MEMO_SIZE", "2000"))

# CDN purge on publish, configured only from the environment. caching/purge.py sends one batch
# per change through wagtail.contrib.frontend_cache's PurgeBatch; the app is not installed, so
# its own receivers do not purge the page a second time on their own. The batch names each
# language's addresses itself.
WAGTAILFRONTENDCACHE = {}
WAGTAILFRONTENDCACHE_LANGUAGES = []
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, Squid or any HTTP PURGE endpoint
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }

AUTHENTICATION_BACKENDS = [
    # django-axes first, so a locked-out login is refused before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at /, Spanish under /es/ (i18n_patterns in urls.py); Wagtail keeps one page tree per
# language, linked by translation_key.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers per language ("January 16, 2019" / "16 de enero de 2019"): pages/formats/.
FORMAT_MODULE_PATH = ["pages.formats"]
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# static/build/ is written by `npm run build` (USWDS from npm) and is not in git.
STATICFILES_DIRS = [BASE_DIR / "static"]
# The feeds' XSLT stylesheet (static/feeds/feed.xsl): browsers apply it only with its own type.
WHITENOISE_MIMETYPES = {".xsl": "text/xsl"}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "pages.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = SITE_NAME
# The public address of the site: canonical links, og:url, feeds, the sitemap, .ics files and
# every other absolute URL use it (pages.addresses), whatever the Site record or the request's
# Host says. By default the address `make run PORT=…` serves.
SITE_URL = os.environ.get(
    "SITE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '').strip() or '8000'}"
).rstrip("/")
# Links in the admin's emails (moderation notifications); the admin may live elsewhere.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL).rstrip("/")
WAGTAILIMAGES_IMAGE_MODEL = "pages.CustomImage"
# Wagtail's database backend, Spanish-aware on PostgreSQL (pages/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "pages.search_backend"}}
# Non-page models site search also finds ("app.Model"): each defines the classmethod
# search_results(query) and the method as_search_result(request); see pages/views.py.
SITE_SEARCH_EXTRA_MODELS = ["resources.PolicyQuestion"]
WAGTAIL_REFERENCE_INDEX_ENABLED = True
# Uploads: documents from an allowlist and under a size cap; raster images only (no SVG, which
# can carry scripts), checked by Pillow with a pixel limit.
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "zip", "mp3", "mp4",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "50")) * 1024 * 1024
# Documents go through Django, so private collections are enforced on every download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.upload_forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.upload_forms.ImageForm"
# Date pickers type dates and times as 2026-12-01 14:30 (24-hour, Eastern time: the help text
# says so). Dates the admin shows use DATETIME_FORMAT of the editor's language
# (pages/formats), "December 1, 2026, 2:30 p.m. ET".
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
# Everyone works in the site's time zone (the events' and the scheduler's): no per-user choice,
# so every admin date is Eastern time and may say "ET".
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# The admin in the site's two languages (each has date formats in pages/formats).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Spanish titles give plain ASCII slugs ("seminario-web-como-llegar"), not percent-encoded ones.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No Gravatar: it would send a hash of each staff member's email address to a third party on
# every admin page and need an exception in the admin's Content-Security-Policy. Wagtail shows
# its built-in avatar (or one the user uploads) instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Email: moderation notifications (Wagtail) and the site's own forms. SMTP in production;
# development prints to the console (settings/dev.py), tests keep mail in memory (test.py).
# pages.mail.EmailBackend is Django's SMTP backend that logs a failure in one line and
# carries on, so a mail server that is down never stops an editor submitting or approving.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "pages.mail.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
# Seconds to wait for the mail server: an editor's request waits at most this long.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "RESULTS <no-reply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# The contact form and page feedback (contact/): spam checks without a CAPTCHA and retention.
CONTACT_MIN_FILL_SECONDS = int(os.environ.get("CONTACT_MIN_FILL_SECONDS", "3"))
CONTACT_RATE_LIMIT = int(os.environ.get("CONTACT_RATE_LIMIT", "10"))  # posts per window
CONTACT_RATE_WINDOW = int(os.environ.get("CONTACT_RATE_WINDOW", "3600"))  # seconds
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "30"))  # per CONTACT_RATE_WINDOW

# Security headers. Production adds HTTPS-only settings on top of these.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail marks its own preview views SAMEORIGIN; nothing else may be framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
# Public pages: no inline scripts or styles, nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Same-origin framing only, for Wagtail's live preview.
        "frame-ancestors": [SELF],
    }
}

# GSA's Digital Analytics Program: off unless DAP_AGENCY (e.g. "ED") is set. Then public pages
# load its script and the CSP admits the hosts DAP's documentation lists, and only then.
DAP_AGENCY = os.environ.get("DAP_AGENCY", "").strip()
DAP_SUBAGENCY = os.environ.get("DAP_SUBAGENCY", "").strip()
DAP_SCRIPT_URL = "https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js"
DAP_CSP = {
    "script-src": [
        "https://dap.digitalgov.gov",
        "https://www.google-analytics.com",
        "https://www.googletagmanager.com",
    ],
    "connect-src": [
        "https://dap.digitalgov.gov",
        "https://www.google-analytics.com",
        "https://*.google-analytics.com",
        "https://*.analytics.google.com",
        "https://www.googletagmanager.com",
    ],
    "img-src": ["https://www.google-analytics.com", "https://www.googletagmanager.com"],
}
if DAP_AGENCY:
    for _directive, _hosts in DAP_CSP.items():
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] = [
            *CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive],
            *_hosts,
        ]

# Login protection (django-axes): lock a username from one address after repeated failures.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_LOCKOUT_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0")) or None
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "keyvalue": {
            "format": "time=%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "keyvalue"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs search-index and reference-index updates as tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
    },
}
