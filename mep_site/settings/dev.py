import os

from .base import *  # noqa: F403

DEBUG = True
# Moderation notifications and form emails are printed in `make run`'s output instead of sent.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
