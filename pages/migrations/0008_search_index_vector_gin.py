"""A GIN index on the expression Wagtail's PostgreSQL search filters on.

Wagtail's database search backend matches `(title || body) @@ query` on its index table. The
table has GIN indexes on `title` and on `body`, but none on the concatenation, so every search
read the whole index: a new query cost more the more pages the site had (docs/benchmarks.md).
With this index PostgreSQL finds the matching entries directly. PostgreSQL only; elsewhere (the
SQLite development database) nothing happens.
"""

from django.db import migrations

INDEX = "results_search_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_translation_permission"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
