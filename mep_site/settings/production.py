import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set in the environment for production (see README.md, 'Deployment')."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]

# HTTPS only. The load balancer terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SITE_URL = os.environ.get("SITE_URL", f"https://{ALLOWED_HOSTS[0]}").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL).rstrip("/")

# Media (uploaded images, documents, renditions) on S3-compatible object storage, so every app
# server sees the same files: on when AWS_STORAGE_BUCKET_NAME is set (docs/deployment.md).
# Credentials come from the standard AWS variables or the instance role, never from here.
# Without a bucket (one server), uploads stay in MEDIA_ROOT: the web server in front serves
# /media/ (docs/deployment.md has the nginx config); SERVE_MEDIA=true lets Django serve the
# public images there itself instead (mep_site/urls.py; never documents, which need checks).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # MinIO, R2, etc.
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None  # a CDN for media
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = None  # the bucket's policy decides; no per-object ACLs
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = os.environ.get("AWS_QUERYSTRING_AUTH", "false").lower() == "true"
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
