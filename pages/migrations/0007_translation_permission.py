"""Editors and Moderators may translate pages ("Translate" in a page's menu, from
wagtail.contrib.simple_translation): the copy is a draft that goes through moderation as usual."""

from django.db import migrations

from pages.roles import ROLES, noop


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="simple_translation", model="simpletranslation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for name in ROLES:
        Group.objects.get_or_create(name=name)[0].permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0006_page_verbose_names"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, noop)]
