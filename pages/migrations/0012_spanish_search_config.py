"""The PostgreSQL text search configuration for Spanish pages (pages/search_backend.py): the
Spanish stemmer after `unaccent`, so accents do not matter. Nothing happens on SQLite.

After applying it to a database with Spanish pages already indexed, run
`manage.py update_index` once so they are indexed with it."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'results_spanish') THEN
        CREATE TEXT SEARCH CONFIGURATION results_spanish (COPY = pg_catalog.spanish);
        ALTER TEXT SEARCH CONFIGURATION results_spanish
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS results_spanish;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("pages", "0011_families_page")]

    operations = [migrations.RunPython(create, drop)]
