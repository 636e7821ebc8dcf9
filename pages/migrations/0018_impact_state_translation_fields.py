"""Impact figures and State contacts become translatable (Wagtail's three steps, as the
resource taxonomy did): first the locale and translation key, empty."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0017_pages_page_last_reviewed"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name=model,
            name=name,
            field=field,
        )
        for model in ("impactstatistic", "stateprogram")
        for name, field in (
            (
                "locale",
                models.ForeignKey(
                    editable=False,
                    null=True,
                    on_delete=django.db.models.deletion.PROTECT,
                    related_name="+",
                    to="wagtailcore.locale",
                ),
            ),
            ("translation_key", models.UUIDField(editable=False, null=True)),
        )
    ]
