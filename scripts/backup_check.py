# ruff: noqa: S608 -- an operator script: SQL built from our own table names.
"""`make backup-check`: a backup is only a backup once a restore from it has worked.

Dumps the source database with scripts/backup.py, restores the dump into a fresh database,
and compares them: the row count of every table, then, through Django on the restored copy,
the live pages by type, a sound page tree, and the home page and a few others served with 200.
Prints PASS or FAIL per check; exit code 0/1. The restored copy and the dump are removed.

    .venv/bin/python scripts/backup_check.py [--database-url URL]

Source: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/results_bench), given
the migrations and the demo content first if it is empty. The copy is SOURCE_restore_check.
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from backup import dump, restore
from benchlib import (
    create_database,
    database_exists,
    drop_database,
    log,
    manage,
    production_env,
    psql,
    split_database_url,
    with_database,
)

TABLE_COUNTS = """
SELECT table_name FROM information_schema.tables
WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
"""

SITE_FACTS = (
    "import json;"
    "from collections import Counter;"
    "from django.test import Client;"
    "from wagtail.models import Page;"
    "pages = Page.objects.live().select_related('content_type');"
    "live = Counter(p.content_type.model for p in pages);"
    "c = Client(HTTP_HOST='127.0.0.1');"
    "paths = ['/', '/updates/', '/resource-library/', '/about-us/', '/search/?q=migrant'];"
    "print(json.dumps({'live_pages': dict(sorted(live.items())),"
    " 'tree_problems': [len(x) for x in Page.find_problems()],"
    " 'status': {p: c.get(p).status_code for p in paths}}))"
)


def row_counts(url):
    tables = psql(url, TABLE_COUNTS).split()
    query = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM \"{t}\"" for t in tables)
    return dict(line.split("|") for line in psql(url, query).splitlines())


def site_facts(url, redis_url):
    env = production_env(url, redis_url, CACHE_KEY_PREFIX="results-backup-check")
    return json.loads(manage(env, "shell", "-c", SITE_FACTS, capture=True).splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/results_bench"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
    )
    args = parser.parse_args()
    source = args.database_url
    _, name = split_database_url(source)
    copy = with_database(source, f"{name}_restore_check")

    failures = []

    def check(title, ok, detail=""):
        print(f"{'PASS' if ok else 'FAIL'}: {title}{f' ({detail})' if detail else ''}", flush=True)
        if not ok:
            failures.append(title)

    if not database_exists(source):
        create_database(source)
    dev_env = dict(
        production_env(source, args.redis_url), DJANGO_SETTINGS_MODULE="mep_site.settings.dev"
    )
    log(f"Making sure {name} is migrated and has the demo content")
    manage(dev_env, "migrate", "--noinput", "-v0")
    manage(dev_env, "load_demo_content")

    with tempfile.TemporaryDirectory(prefix="results-backup-") as folder:
        backup = dump(source, Path(folder) / "results.dump")
        drop_database(copy)
        try:
            restore(backup, copy, create=True)
            before, after = row_counts(source), row_counts(copy)
            differing = {
                t: (before.get(t), after.get(t)) for t in before if before[t] != after.get(t)
            }
            check(
                f"every table has the same rows after the restore ({len(before)} tables, "
                f"{sum(int(n) for n in before.values()):,} rows)",
                not differing and before.keys() == after.keys(),
                f"differing: {differing}" if differing else "",
            )
            original, restored = (
                site_facts(source, args.redis_url),
                site_facts(copy, args.redis_url),
            )
            check(
                "the same live pages by type",
                original["live_pages"] == restored["live_pages"],
                f"{sum(restored['live_pages'].values())} live pages",
            )
            check("a sound page tree", restored["tree_problems"] == [0, 0, 0, 0, 0])
            check(
                "the restored site serves its pages",
                all(status == 200 for status in restored["status"].values()),
                ", ".join(f"{p} {s}" for p, s in restored["status"].items()),
            )
        finally:
            drop_database(copy)
    print("PASS" if not failures else f"FAIL ({len(failures)} checks failed)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
