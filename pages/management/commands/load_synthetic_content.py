"""`manage.py load_synthetic_content --updates 10000 --resources 10000 --events 1000`: bulk
synthetic pages for benchmarks. Run it after load_demo_content. Each content app builds its
own in `<app>/synthetic.py` (OPTION, DEFAULT and `build(count, rng, stamp, step)`), found the
way load_demo_content finds `<app>/demo.py`, so this app never imports the domain apps."""

import random
import time
import uuid
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule


def synthetic_builders():
    """The `<app>.synthetic` modules of the site's content apps, in settings order."""
    return [
        import_module(f"{app_config.name}.synthetic")
        for app_config in apps.get_app_configs()
        if app_config.label in settings.CONTENT_APPS
        and module_has_submodule(app_config.module, "synthetic")
    ]


def build(seed=9, log=None, **counts):
    """Add synthetic pages: counts maps a builder's OPTION ("updates") to how many."""
    rng = random.Random(seed)  # noqa: S311 - made-up content, not secrets
    started = time.monotonic()

    def step(message):
        if log:
            log(f"{message} ({time.monotonic() - started:.1f} s)")

    stamp = uuid.uuid4().hex[:6]  # slugs stay unique if this runs twice on one database
    created = {}
    with transaction.atomic():
        for builder in synthetic_builders():
            count = counts.get(builder.OPTION, builder.DEFAULT)
            created[builder.OPTION] = builder.build(count, rng, stamp, step)
    return created


class Command(BaseCommand):
    help = "Add synthetic live pages in bulk (benchmarks only)."

    def add_arguments(self, parser):
        for builder in synthetic_builders():
            parser.add_argument(f"--{builder.OPTION}", type=int, default=builder.DEFAULT)

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError("Refusing to load synthetic content with production settings.")
        started = time.monotonic()
        log = self.stdout.write if options["verbosity"] > 1 else None
        counts = {b.OPTION: options[b.OPTION] for b in synthetic_builders()}
        created = build(log=log, **counts)
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(f"Added {summary} in {time.monotonic() - started:.1f} s.")
