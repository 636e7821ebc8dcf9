"""The scheduler process: publishes and unpublishes scheduled pages every minute."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run scheduled publishing every minute (or once with --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between passes.")

    def handle(self, *args, once=False, interval=60, **options):
        while True:
            call_command("publish_scheduled")
            if once:
                return
            time.sleep(interval)
