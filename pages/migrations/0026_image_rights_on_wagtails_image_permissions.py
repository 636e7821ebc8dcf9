"""Image rights are Wagtail's image permissions, whatever the image model.

Wagtail checks image rights as `wagtailimages.add_image`, `change_image` and `choose_image`
(the auth model of its image permission policy, also with a custom image model such as
`CustomImage`), and the Groups admin's image panel shows and sets those. 0002 granted the
roles `pages.*_customimage` instead, which nothing reads and no screen shows; the rights
editors had came from Wagtail's own migrations. This grants the real ones explicitly and
removes the inert rows, so what the Groups admin shows is all there is.
"""

from django.db import migrations

from pages.roles import grant_collection_permissions, noop


def grant_wagtail_image_rights(apps, schema_editor):
    grant_collection_permissions(apps, "wagtailimages", "Image")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    inert = {"content_type__app_label": "pages", "content_type__model": "customimage"}
    GroupCollectionPermission.objects.filter(
        **{f"permission__{key}": value for key, value in inert.items()}
    ).delete()
    # Made by 0002 only: Django's own four (add, change, delete, view) stay.
    Permission.objects.filter(codename="choose_customimage", **inert).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0025_last_reviewed_help_names_statement_labels"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant_wagtail_image_rights, noop)]
