"""`manage.py load_synthetic_content --updates 10000 --resources 10000 --events 1000`: bulk
synthetic pages for benchmarks (mep_site/synthetic.py). Run it after load_demo_content."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mep_site import synthetic


class Command(BaseCommand):
    help = "Add synthetic live updates, resources and events in bulk (benchmarks only)."

    def add_arguments(self, parser):
        parser.add_argument("--updates", type=int, default=100)
        parser.add_argument("--resources", type=int, default=100)
        parser.add_argument("--events", type=int, default=1000)

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError("Refusing to load synthetic content with production settings.")
        started = time.monotonic()
        log = self.stdout.write if options["verbosity"] > 1 else None
        created = synthetic.build(
            options["updates"], options["resources"], options["events"], log=log
        )
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(f"Added {summary} in {time.monotonic() - started:.1f} s.")
