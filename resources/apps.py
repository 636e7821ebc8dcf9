from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Resources, tools and policy"

    def ready(self):
        from . import signals

        signals.connect()
