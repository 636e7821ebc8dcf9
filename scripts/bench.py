# ruff: noqa: S603, S607 -- an operator script running fixed local commands (wrk, gunicorn).
"""`make bench`: requests per second of the production build, page cache on and off, against
a fresh `wagtail start` project as the baseline. A measurement, not a test (not in `make test`).

    .venv/bin/python scripts/bench.py [--workers 2] [--duration 10s] [--no-baseline]

Needs PostgreSQL (BENCH_DATABASE_URL, default results_bench on 127.0.0.1), Redis (BENCH_REDIS_URL)
and Debian's `wrk` (`apt-get install -y wrk`). The demo content is loaded into the bench database.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (  # noqa: E402
    PYTHON,
    VENV_BIN,
    demo_urls,
    free_port,
    log,
    manage,
    production_env,
    start_gunicorn,
    stop,
)

#: Measured on this project's 2-core machine, when the baseline is not built in the same run.
DOCUMENTED_BASELINE = "105-140 req/s (fresh `wagtail start` home page, 2 gunicorn workers)"


def wrk(url, args):
    output = subprocess.run(
        [
            "wrk",
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}",
            "--latency",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    def find(pattern, default="0"):
        match = re.search(pattern, output, re.MULTILINE)
        return match.group(1) if match else default

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    errors += int(find(r"Non-2xx or 3xx responses: (\d+)"))
    return {
        "rps": float(find(r"Requests/sec:\s+([\d.]+)")),
        "p50": find(r"^\s+50%\s+(\S+)", "?"),  # from the "Latency Distribution" lines
        "p99": find(r"^\s+99%\s+(\S+)", "?"),
        "errors": errors,
    }


def ensure_database(url):
    name = url.rsplit("/", 1)[-1]
    host = re.search(r"@([^:/]+)", url)
    cmd = ["createdb", "-U", "postgres", name] + (["-h", host.group(1)] if host else [])
    subprocess.run(cmd, capture_output=True)  # "already exists" is fine


def bench_site(args):
    ensure_database(args.database_url)
    base_env = production_env(args.database_url, args.redis_url, CACHE_KEY_PREFIX="results-bench")
    log("Migrating and loading the demo content into the bench database")
    # The demo loader refuses production settings (a safety net); the same database, dev settings.
    dev_env = dict(base_env, DJANGO_SETTINGS_MODULE="mep_site.settings.dev")
    manage(dev_env, "migrate", "--noinput", "-v0")
    manage(dev_env, "load_demo_content")
    manage(
        base_env, "collectstatic", "--noinput", "-v0", "--ignore", "scss", "--ignore", "build.mjs"
    )
    urls = demo_urls(base_env)
    paths = {
        "home /": urls["home"],
        "update list": urls["updates"],
        "event page": urls["event"],
        "resource library": urls["library"],
    }
    results = {}
    for mode, seconds in (("cache on", 300), ("cache off", 0)):
        env = dict(base_env, PAGE_CACHE_SECONDS=str(seconds))
        port = free_port()
        log(f"gunicorn ({args.workers} workers), page cache {mode.split()[1]}, port {port}")
        server = start_gunicorn(env, port, workers=args.workers)
        try:
            for label, path in paths.items():
                url = f"http://127.0.0.1:{port}{path}"
                subprocess.run(["curl", "-s", "-o", "/dev/null", url], check=False)  # warm up
                results[(label, mode)] = wrk(url, args)
                log(f"  {label:<17} {mode:<9} {results[(label, mode)]['rps']:>9.1f} req/s")
        finally:
            stop(server)
    return paths, results


def bench_baseline(args):
    """A fresh `wagtail start` project, same Wagtail, same gunicorn settings, DEBUG off."""
    folder = Path(tempfile.mkdtemp(prefix="wagtail-baseline-"))
    try:
        log(f"Building the baseline: wagtail start in {folder}")
        subprocess.run([str(VENV_BIN / "wagtail"), "start", "baseline", str(folder)], check=True)
        (folder / "baseline" / "settings" / "local.py").write_text(
            'ALLOWED_HOSTS = ["127.0.0.1", "localhost"]\nSECRET_KEY = "bench-only-baseline"\n'
        )
        env = dict(os.environ, DJANGO_SETTINGS_MODULE="baseline.settings.production")
        for step in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([PYTHON, "manage.py", *step], cwd=folder, env=env, check=True)
        port = free_port()
        server = start_gunicorn(env, port, workers=args.workers, app="baseline.wsgi", cwd=folder)
        try:
            result = wrk(f"http://127.0.0.1:{port}/", args)
        finally:
            stop(server)
        log(f"  fresh Wagtail home {result['rps']:>9.1f} req/s")
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 2)))
    parser.add_argument("--duration", default=os.environ.get("BENCH_DURATION", "10s"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--no-baseline", action="store_true", help="print the documented one")
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
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")

    paths, results = bench_site(args)
    baseline = None if args.no_baseline else bench_baseline(args)

    print()
    print(
        f"wrk -t{args.threads} -c{args.connections} -d{args.duration}, "
        f"gunicorn {args.workers} workers, production settings, PostgreSQL + Redis"
    )
    header = f"| {'page':<18} | {'cache':<9} | {'req/s':>8} | {'p50':>8} | {'p99':>8} | errors |"
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    rows = [(label, mode, results[(label, mode)]) for label, mode in results]
    if baseline:
        rows.append(("fresh Wagtail home", "none", baseline))
    for label, mode, r in rows:
        print(
            f"| {label:<18} | {mode:<9} | {r['rps']:>8.1f} | {r['p50']:>8} | {r['p99']:>8} "
            f"| {r['errors']:>6} |"
        )
    print()
    home_off = results[("home /", "cache off")]["rps"]
    home_on = results[("home /", "cache on")]["rps"]
    if baseline and baseline["rps"]:
        print(f"Home, cache off / fresh Wagtail home: {home_off / baseline['rps']:.2f}x")
        print(f"Home, cache on  / fresh Wagtail home: {home_on / baseline['rps']:.2f}x")
    else:
        print(f"Baseline not built in this run; documented baseline: {DOCUMENTED_BASELINE}.")
    total_errors = sum(r["errors"] for _, _, r in rows)
    print(f"Errors (socket errors + non-2xx/3xx): {total_errors}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
