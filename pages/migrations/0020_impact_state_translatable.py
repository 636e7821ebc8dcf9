"""Impact figures and State contacts, translatable: the keys set and required, the home page
chooses a source figure, and uniqueness (a State's code, name and tile; a figure's label and
year) holds per language. A translated group's own heading."""

import django.core.validators
import django.db.models.deletion
import pages.translatable
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0019_impact_state_bootstrap_locale"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="impactstatistic",
            name="group_heading",
            field=models.CharField(
                blank=True,
                help_text="For a translation: the group's name in this language, the heading of the group's chart on Our Impact. Leave empty to show the group as entered above.",
                max_length=200,
            ),
        ),
        migrations.RemoveConstraint(
            model_name="impactstatistic",
            name="unique_statistic_year",
        ),
        migrations.RemoveConstraint(
            model_name="stateprogram",
            name="unique_state_tile",
        ),
        migrations.AlterField(
            model_name="homepage",
            name="impact_statistic",
            field=models.ForeignKey(
                blank=True,
                help_text='The figure shown under "Our Impact" (every language shows its own translation of it). Leave empty to hide the section.',
                limit_choices_to=pages.translatable.source_rows,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="pages.impactstatistic",
            ),
        ),
        migrations.AlterField(
            model_name="impactstatistic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="impactstatistic",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="stateprogram",
            name="code",
            field=models.CharField(
                help_text="The two-letter postal code, e.g. FL (one row per language). It is part of the page address.",
                max_length=2,
                validators=[
                    django.core.validators.RegexValidator(
                        "^[A-Z]{2}$", "Use the two capital letters, e.g. FL."
                    )
                ],
                verbose_name="USPS code",
            ),
        ),
        migrations.AlterField(
            model_name="stateprogram",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="stateprogram",
            name="name",
            field=models.CharField(
                help_text='The state or territory, e.g. "Florida", as this language writes it.',
                max_length=60,
            ),
        ),
        migrations.AlterField(
            model_name="stateprogram",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="impactstatistic",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="stateprogram",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="impactstatistic",
            constraint=models.UniqueConstraint(
                fields=("label", "school_year", "locale"), name="unique_statistic_year"
            ),
        ),
        migrations.AddConstraint(
            model_name="stateprogram",
            constraint=models.UniqueConstraint(
                fields=("tile_row", "tile_column", "locale"), name="unique_state_tile"
            ),
        ),
        migrations.AddConstraint(
            model_name="stateprogram",
            constraint=models.UniqueConstraint(fields=("code", "locale"), name="unique_state_code"),
        ),
        migrations.AddConstraint(
            model_name="stateprogram",
            constraint=models.UniqueConstraint(fields=("name", "locale"), name="unique_state_name"),
        ),
    ]
