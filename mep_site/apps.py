from django.apps import AppConfig


class MepSiteConfig(AppConfig):
    """Cross-cutting glue: connects the page-cache purge to everything pages show."""

    name = "mep_site"
    verbose_name = "RESULTS site"

    def ready(self):
        from . import cache_purge

        cache_purge.connect()
