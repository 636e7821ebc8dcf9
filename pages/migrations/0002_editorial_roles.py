from django.db import migrations

from pages.roles import (
    MODERATORS,
    grant_collection_permissions,
    grant_model_permissions,
    noop,
)


def grant(apps, schema_editor):
    grant_model_permissions(apps, "pages", ["ImpactStatistic"])
    # Inert: Wagtail checks image rights on wagtailimages.Image even for our image model;
    # 0026 grants those and removes these. Documents are granted again to be explicit.
    grant_collection_permissions(apps, "pages", "CustomImage")
    grant_collection_permissions(apps, "wagtaildocs", "Document")
    # Site-wide settings (footer contacts, social links) are for Moderators only.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="pages", model="sitesettings")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_sitesettings",
        defaults={"name": "Can change site settings"},
    )
    Group.objects.get(name=MODERATORS).permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, noop)]
