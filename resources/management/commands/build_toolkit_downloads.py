"""Build "Download the whole toolkit" for every toolkit guide now (resources/guide_download.py);
the scheduler rebuilds only the guides a change has marked stale."""

from django.core.management.base import BaseCommand

from resources.guide_download import build_all


class Command(BaseCommand):
    help = "Build the whole-toolkit PDF of every toolkit guide from its live pages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale", action="store_true", help="Only the guides changed since their last build."
        )

    def handle(self, *args, stale=False, **options):
        built = build_all(stale_only=stale)
        self.stdout.write(f"Built the download of {len(built)} toolkit guide(s).")
