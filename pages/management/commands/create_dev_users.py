"""Development logins, one per role, printed for the newcomer. Never under production settings."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from pages.roles import EDITORS, MODERATORS

DEV_PASSWORD = "results-dev-password"  # noqa: S105 - development only, printed on purpose

#: username, role (a group name, or None for the superuser), what the login is for
DEV_USERS = [
    ("admin", None, "superuser: everything"),
    ("editor", EDITORS, "Editors: writes and submits for moderation, cannot publish"),
    ("moderator", MODERATORS, "Moderators: approves, publishes, unpublishes and schedules"),
]


class Command(BaseCommand):
    help = "Create development logins (a superuser, an editor, a moderator) and print them."

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError("Refusing to create development users with production settings.")
        User = get_user_model()
        for username, role, description in DEV_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User(username=username, email=f"{username}@example.com")
                user.set_password(DEV_PASSWORD)
                user.is_staff = role is None
                user.is_superuser = role is None
                user.save()
            if role:
                user.groups.add(Group.objects.get(name=role))
            self.stdout.write(
                self.style.SUCCESS(f"Login '{username}', password '{DEV_PASSWORD}' ({description})")
            )
