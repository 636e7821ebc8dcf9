# ruff: noqa: S603, S607 -- an operator script running the PostgreSQL client tools.
"""Back up the site's PostgreSQL database with pg_dump, and restore a backup.

    .venv/bin/python scripts/backup.py dump [--database-url URL] [--output FILE]
    .venv/bin/python scripts/backup.py restore FILE --database-url URL [--create]

dump: a custom-format archive (compressed, restorable table by table), named
`results-YYYYmmdd-HHMMSS.dump` in `backups/` unless --output is given. DATABASE_URL is the
default source. Media files (images, documents) are not in the database: back up the bucket
(or MEDIA_ROOT) alongside, see docs/deployment.md.

restore: into the database at --database-url, which must be empty or not exist yet (--create
makes it); it never drops an existing database. Then run `manage.py migrate` (a no-op for a
backup of the same release) and clear the cache (a new generation starts by itself when Redis
is flushed).

`make backup-check` (scripts/backup_check.py) proves the round trip.
"""

import argparse
import datetime
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import ROOT, create_database, database_exists, log, psql, split_database_url


def dump(database_url, output=None):
    args, name = split_database_url(database_url)
    if output is None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        output = ROOT / "backups" / f"results-{stamp}.dump"
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    # --no-owner/--no-acl: restorable by another role on another server.
    subprocess.run(
        [
            "pg_dump",
            *args,
            "--format=custom",
            "--no-owner",
            "--no-acl",
            "--file",
            str(output),
            name,
        ],
        check=True,
    )
    log(f"Backed up {name} to {output} ({output.stat().st_size / 1024 / 1024:.1f} MB)")
    return output


def restore(backup, database_url, create=False):
    args, name = split_database_url(database_url)
    if create and not database_exists(database_url):
        create_database(database_url)
    tables = psql(
        database_url, "SELECT count(*) FROM information_schema.tables WHERE table_schema='public'"
    )
    if tables != "0":
        sys.exit(f"Refusing to restore into {name}: it already has {tables} tables.")
    subprocess.run(
        ["pg_restore", *args, "--no-owner", "--no-acl", "--exit-on-error", "-d", name, str(backup)],
        check=True,
    )
    log(f"Restored {backup} into {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_parser = commands.add_parser("dump")
    dump_parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    dump_parser.add_argument("--output")
    restore_parser = commands.add_parser("restore")
    restore_parser.add_argument("backup")
    restore_parser.add_argument("--database-url", required=True)
    restore_parser.add_argument("--create", action="store_true")
    args = parser.parse_args()
    if not args.database_url or not args.database_url.startswith("postgres"):
        sys.exit("Give a PostgreSQL --database-url (or set DATABASE_URL).")
    if args.command == "dump":
        dump(args.database_url, args.output)
    else:
        restore(args.backup, args.database_url, create=args.create)
    return 0


if __name__ == "__main__":
    sys.exit(main())
