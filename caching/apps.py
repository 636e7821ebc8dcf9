from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The page cache, its purge and the render caches; Django and Wagtail only."""

    name = "caching"
    verbose_name = "Caching"

    def ready(self):
        from . import purge

        purge.connect()
