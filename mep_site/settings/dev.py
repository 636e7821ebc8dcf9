import os

from .base import *  # noqa: F403

# On unless the environment says otherwise (make profile measures with it off).
DEBUG = env_bool("DEBUG", True)  # noqa: F405
# Moderation notifications and form emails are printed in `make run`'s output instead of sent.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
