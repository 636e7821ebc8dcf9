"""The site as `make lighthouse` serves it: the production WSGI app, with uploaded media served
from MEDIA_ROOT the way the web server in front of gunicorn serves it in production."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from whitenoise import WhiteNoise

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mep_site.settings.production")

application = WhiteNoise(
    get_wsgi_application(),
    root=str(settings.MEDIA_ROOT),
    prefix=settings.MEDIA_URL,
    autorefresh=True,  # renditions are created while the audit runs
)
