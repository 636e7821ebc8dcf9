from django.db import migrations

from pages.roles import grant_model_permissions, noop


def grant(apps, schema_editor):
    grant_model_permissions(apps, "resources", ["Topic", "Audience", "ResourceType"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("pages", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, noop)]
