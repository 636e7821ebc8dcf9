"""Date, time and number formats per language (settings.FORMAT_MODULE_PATH).

`en/formats.py` and `es/formats.py` override Django's own locale formats where the site writes
dates differently, and add a few named formats of the site's own (e.g. WEEKDAY_DATE_FORMAT),
which `date_format(value, name)` looks up for the active language. Templates use
`{{ value|date:"DATE_FORMAT" }}` or `{{ value|local_date:"WEEKDAY_DATE_FORMAT" }}`
(site_tags), never a hard-coded English format string.
"""

import datetime

from django.conf import settings
from django.utils import dateformat, formats, timezone
from django.utils.translation import get_language

#: The site's own named formats; every language module defines each of them.
SITE_FORMATS = frozenset({"WEEKDAY_DATE_FORMAT", "WEEKDAY_MONTH_DAY_FORMAT"})


def get_format(name, lang=None):
    """A Django format (DATE_FORMAT…) or one of SITE_FORMATS, for the active language."""
    if name not in SITE_FORMATS:
        return formats.get_format(name, lang)
    lang = lang or get_language() or settings.LANGUAGE_CODE
    for module in formats.iter_format_modules(lang, settings.FORMAT_MODULE_PATH):
        if hasattr(module, name):
            return getattr(module, name)
    # A language without its own module writes dates the way the default language does.
    for module in formats.iter_format_modules(settings.LANGUAGE_CODE, settings.FORMAT_MODULE_PATH):
        if hasattr(module, name):
            return getattr(module, name)
    raise ValueError(f"No format {name} for {lang}")


def date_format(value, name):
    """A date or datetime written with the named format of the active language. A stored
    (UTC) datetime is written as the site's local date first, as Django's `date` filter does:
    a page published at 8 p.m. Eastern was published that day, not the next."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return dateformat.format(value, get_format(name))
