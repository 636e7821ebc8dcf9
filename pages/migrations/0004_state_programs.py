"""All 50 states, the District of Columbia and Puerto Rico, with their place on the tile map.

Contacts start empty: the site says "Contact not yet verified" until an editor fills them in and
sets the date they were checked. Editors and Moderators may add and change entries; deleting one
is left to site administrators, as a missing state would leave a hole in the map."""

from django.db import migrations

from pages.roles import grant_model_permissions, noop

# (USPS code, name, tile row, tile column): a common news-site tile layout, 12 columns x 8 rows.
STATES = [
    ("AK", "Alaska", 0, 0),
    ("ME", "Maine", 0, 11),
    ("WI", "Wisconsin", 1, 6),
    ("VT", "Vermont", 1, 10),
    ("NH", "New Hampshire", 1, 11),
    ("WA", "Washington", 2, 1),
    ("ID", "Idaho", 2, 2),
    ("MT", "Montana", 2, 3),
    ("ND", "North Dakota", 2, 4),
    ("MN", "Minnesota", 2, 5),
    ("IL", "Illinois", 2, 6),
    ("MI", "Michigan", 2, 7),
    ("NY", "New York", 2, 9),
    ("MA", "Massachusetts", 2, 10),
    ("OR", "Oregon", 3, 1),
    ("NV", "Nevada", 3, 2),
    ("WY", "Wyoming", 3, 3),
    ("SD", "South Dakota", 3, 4),
    ("IA", "Iowa", 3, 5),
    ("IN", "Indiana", 3, 6),
    ("OH", "Ohio", 3, 7),
    ("PA", "Pennsylvania", 3, 8),
    ("NJ", "New Jersey", 3, 9),
    ("CT", "Connecticut", 3, 10),
    ("RI", "Rhode Island", 3, 11),
    ("CA", "California", 4, 1),
    ("UT", "Utah", 4, 2),
    ("CO", "Colorado", 4, 3),
    ("NE", "Nebraska", 4, 4),
    ("MO", "Missouri", 4, 5),
    ("KY", "Kentucky", 4, 6),
    ("WV", "West Virginia", 4, 7),
    ("VA", "Virginia", 4, 8),
    ("MD", "Maryland", 4, 9),
    ("DE", "Delaware", 4, 10),
    ("AZ", "Arizona", 5, 2),
    ("NM", "New Mexico", 5, 3),
    ("KS", "Kansas", 5, 4),
    ("AR", "Arkansas", 5, 5),
    ("TN", "Tennessee", 5, 6),
    ("NC", "North Carolina", 5, 7),
    ("SC", "South Carolina", 5, 8),
    ("DC", "District of Columbia", 5, 9),
    ("OK", "Oklahoma", 6, 4),
    ("LA", "Louisiana", 6, 5),
    ("MS", "Mississippi", 6, 6),
    ("AL", "Alabama", 6, 7),
    ("GA", "Georgia", 6, 8),
    ("HI", "Hawaii", 7, 0),
    ("TX", "Texas", 7, 4),
    ("FL", "Florida", 7, 9),
    ("PR", "Puerto Rico", 7, 11),
]


def create_states(apps, schema_editor):
    StateProgram = apps.get_model("pages", "StateProgram")
    for code, name, row, column in STATES:
        StateProgram.objects.get_or_create(
            code=code, defaults={"name": name, "tile_row": row, "tile_column": column}
        )


def remove_states(apps, schema_editor):
    StateProgram = apps.get_model("pages", "StateProgram")
    StateProgram.objects.filter(code__in=[code for code, *_ in STATES]).delete()


def grant(apps, schema_editor):
    grant_model_permissions(apps, "pages", ["StateProgram"], actions=("add", "change"))


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_state_directory_and_impact_page")]

    operations = [
        migrations.RunPython(create_states, remove_states),
        migrations.RunPython(grant, noop),
    ]
