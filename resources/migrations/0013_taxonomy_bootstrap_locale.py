"""Every existing topic, audience and resource type becomes a source (default-locale) term with
its own translation key, so pages keep pointing at the rows they point at today."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("resources", "0012_taxonomy_translation_fields")]

    operations = [
        BootstrapTranslatableModel("resources.Topic"),
        BootstrapTranslatableModel("resources.Audience"),
        BootstrapTranslatableModel("resources.ResourceType"),
    ]
