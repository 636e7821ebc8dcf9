# ruff: noqa: S311 -- an operator script: random test URLs, not secrets.
"""`make faults`: the site under load while its cache and its database fail.

Starts its own Redis (redis-server on a free port) and its own PostgreSQL cluster (initdb in a
temporary folder, /usr/lib/postgresql/15/bin), never the machine's shared services, loads the
demo site, starts gunicorn with the production settings, and keeps a steady load on it from a
few client threads. Then:

1. Redis stops for a while: no request may fail (cache errors are ignored, pages are built
   from the database); when Redis is back, pages come from the cache again.
2. PostgreSQL restarts: requests may fail only while it is down; every request that starts
   after it is back must succeed (persistent connections are health-checked before reuse,
   CONN_HEALTH_CHECKS, so no worker keeps a dead connection).

Prints PASS/FAIL per check and a timeline; exit code 0 when all pass.

    .venv/bin/python scripts/faults.py [--workers 2] [--outage 8]
"""

import argparse
import http.client
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (
    ThrowawayPostgres,
    ThrowawayRedis,
    create_database,
    free_port,
    log,
    manage,
    production_env,
    start_gunicorn,
    stop,
    with_database,
)


class Load:
    """Client threads requesting a mix of URLs; every request is recorded with its start
    time, end time, status (or the exception) and whether it came from the page cache."""

    def __init__(self, port, paths, threads=4):
        self.port, self.paths, self.threads = port, paths, threads
        self.records = []
        self.lock = threading.Lock()
        self.running = False

    def _worker(self):
        connection = None
        while self.running:
            path = random.choice(self.paths).replace("{n}", str(random.randrange(10**6)))
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                status, cached = response.status, response.getheader("X-Cache") == "HIT"
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                status, cached = type(error).__name__, False
                if connection is not None:
                    connection.close()
                connection = None
            with self.lock:
                self.records.append((started, time.monotonic(), status, cached, path))
            time.sleep(0.01)

    def start(self):
        self.running = True
        self.workers = [
            threading.Thread(target=self._worker, daemon=True) for _ in range(self.threads)
        ]
        for worker in self.workers:
            worker.start()

    def stop(self):
        self.running = False
        for worker in self.workers:
            worker.join(timeout=20)

    def between(self, start, end):
        """Records of requests that started in [start, end)."""
        return [r for r in self.records if start <= r[0] < end]


def failed(record):
    status = record[2]
    return not isinstance(status, int) or status >= 500


def summary(records):
    counts = Counter(r[2] if not isinstance(r[2], int) else str(r[2]) for r in records)
    hits = sum(1 for r in records if r[3])
    parts = ", ".join(f"{status}: {n}" for status, n in sorted(counts.items()))
    return f"{len(records)} requests ({parts}; {hits} from the page cache)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--outage", type=float, default=8, help="seconds each service is down")
    parser.add_argument("--steady", type=float, default=6, help="seconds of load between faults")
    args = parser.parse_args()

    failures = []

    def check(name, ok, detail=""):
        print(f"{'PASS' if ok else 'FAIL'}: {name}{f' ({detail})' if detail else ''}", flush=True)
        if not ok:
            failures.append(name)

    postgres, redis, server, load = ThrowawayPostgres(), ThrowawayRedis(), None, None
    try:
        log(f"Own PostgreSQL cluster in {postgres.folder} on port {postgres.port}")
        postgres.start()
        log(f"Own Redis on port {redis.port}")
        redis.start()
        url = with_database(postgres.url, "results_bench_faults")
        env = production_env(
            url, redis.url, PAGE_CACHE_SECONDS=300, DB_CONN_MAX_AGE=600, LOG_LEVEL="ERROR"
        )
        dev_env = dict(env, DJANGO_SETTINGS_MODULE="mep_site.settings.dev")
        create_database(url)
        log("Migrating and loading the demo content into it")
        manage(dev_env, "migrate", "--noinput", "-v0")
        manage(dev_env, "load_demo_content")
        manage(
            env, "collectstatic", "--noinput", "-v0", "--ignore", "scss", "--ignore", "build.mjs"
        )

        port = free_port()
        # The outage fills the server log with tracebacks; kept in a file, summed up below.
        server_log = open(postgres.folder / "gunicorn.log", "w+")  # noqa: SIM115
        server = start_gunicorn(env, port, workers=args.workers, output=server_log)
        log(f"gunicorn ({args.workers} workers) on port {port}")
        # Cached pages, pages built from the database, and searches nothing can cache.
        paths = ["/", "/updates/", "/about-us/", "/resource-library/", "/search/?q=migrant+{n}"]
        load = Load(port, paths)
        load.start()

        def phase(seconds):
            start = time.monotonic()
            time.sleep(seconds)
            return start, time.monotonic()

        steady = phase(args.steady)
        log(f"steady: {summary(load.between(*steady))}")
        records = load.between(*steady)
        check("steady load, both services up: no errors", records and not any(map(failed, records)))

        # 1. Redis goes away, then comes back (empty, as after a restart).
        redis.stop()
        down = phase(args.outage)
        records = load.between(*down)
        log(f"Redis down: {summary(records)}")
        check(
            "Redis down: no 5xx and no failed request",
            records and not any(map(failed, records)),
            f"{sum(map(failed, records))} failed of {len(records)}",
        )
        redis.start()
        back = phase(args.steady)
        records = load.between(*back)
        log(f"Redis back: {summary(records)}")
        late = load.between(back[0] + args.steady / 2, back[1])
        check("Redis back: no failed request", not any(map(failed, records)))
        check(
            "Redis back: pages come from the cache again",
            any(r[3] for r in late),
            f"{sum(1 for r in late if r[3])} page-cache hits in the last {args.steady / 2:g} s",
        )

        # 2. PostgreSQL restarts: down for a while, then up again.
        postgres_down_at = time.monotonic()
        postgres.stop()
        time.sleep(args.outage)
        postgres.start()
        postgres_up_at = time.monotonic()
        during = load.between(postgres_down_at, postgres_up_at)
        log(f"PostgreSQL down ({postgres_up_at - postgres_down_at:.1f} s): {summary(during)}")
        after = phase(args.steady)
        records = load.between(*after)
        log(f"PostgreSQL back: {summary(records)}")
        bad = [r for r in records if failed(r)]
        check(
            "PostgreSQL back: every request that started afterwards succeeded",
            records and not bad,
            f"{len(bad)} failed of {len(records)}"
            + (f", first: {bad[0][2]} on {bad[0][4]}" if bad else ""),
        )
        check(
            "PostgreSQL down: failures, if any, only while it was down",
            not any(failed(r) for r in load.records if r[0] >= postgres_up_at),
            f"{sum(map(failed, during))} failed while down",
        )
        server_log.seek(0)
        errors = Counter(
            line.split(":", 1)[0]
            for line in server_log.read().splitlines()
            if line.startswith(("django.db.utils.", "psycopg."))
        )
        log(f"server log: {dict(errors) or 'no database errors'}")
    finally:
        if load:
            load.stop()
        stop(server)
        redis.stop()
        postgres.destroy()

    print("PASS" if not failures else f"FAIL ({len(failures)} checks failed)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
