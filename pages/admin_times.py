"""Wagtail's status panel says when a page was changed today as a bare clock time ("08:16 by
editor"), with no zone, while every other admin date says ET (pages/formats). The tag that writes
it (`timesince_last_update`) has no hook, so its messages — Wagtail's own msgids — are translated
again in our catalogues with the zone added: LOCALE_PATHS wins over Wagtail's catalogues. Listed
here so `make messages` keeps them in the Spanish catalogue; locale/en/ holds the English ones.
"""

from django.utils.translation import gettext_noop

WAGTAIL_TODAY_TIME_MESSAGES = (
    gettext_noop("at %(time)s by %(user_display_name)s"),
    gettext_noop("at %(time)s"),
    gettext_noop("%(time)s by %(user_display_name)s"),
)
