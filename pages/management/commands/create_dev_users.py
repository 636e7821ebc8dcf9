"""Development logins, printed for the newcomer. Never under production settings."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEV_PASSWORD = "results-dev-password"  # noqa: S105 - development only, printed on purpose


class Command(BaseCommand):
    help = "Create a development superuser if there is none, and print the login."

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError("Refusing to create development users with production settings.")
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            User.objects.create_superuser("admin", "admin@example.com", DEV_PASSWORD)
            self.stdout.write("Created the development superuser.")
        if User.objects.filter(username="admin").exists():
            self.stdout.write(
                self.style.SUCCESS(f"Admin login: username 'admin', password '{DEV_PASSWORD}'")
            )
        else:
            self.stdout.write("A superuser already exists; use its own login.")
