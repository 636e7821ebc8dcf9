"""Build the demo site from the seed pages. Safe to run again: it changes nothing the second
time. Each app contributes its own content in `<app>/demo.py` (a `load()` function), so this
app never imports the domain apps."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule


class Command(BaseCommand):
    help = "Create (or update in place) the RESULTS demo content."

    def handle(self, *args, **options):
        # (SETTINGS_MODULE is None while a test overrides settings.)
        if (settings.SETTINGS_MODULE or "").endswith(".production"):
            raise CommandError("Refusing to load demo content with production settings.")
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                if app_config.name.startswith(("django.", "wagtail")):
                    continue
                if module_has_submodule(app_config.module, "demo"):
                    module = import_module(f"{app_config.name}.demo")
                    module.load()
                    self.stdout.write(f"Loaded demo content: {app_config.label}")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
