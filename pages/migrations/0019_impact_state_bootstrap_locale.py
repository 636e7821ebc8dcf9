"""Every existing impact figure and State contact becomes a source (default-locale) row with
its own translation key, so the home page keeps pointing at the figure it points at today."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("pages", "0018_impact_state_translation_fields")]

    operations = [
        BootstrapTranslatableModel("pages.ImpactStatistic"),
        BootstrapTranslatableModel("pages.StateProgram"),
    ]
