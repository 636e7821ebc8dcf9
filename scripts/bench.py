# ruff: noqa: S603, S607 -- an operator script running fixed local commands (wrk, gunicorn).
"""`make bench`: requests per second of the production build on PostgreSQL + Redis, at two
content sizes, against a fresh `wagtail start` project. A measurement, not a test.

    .venv/bin/python scripts/bench.py [--workers 2] [--duration 10s] [--quick] [--rebuild]

What it does:
1. Builds (or reuses) one PostgreSQL database per size: the demo site plus synthetic content
   (`<app>/synthetic.py`), by default 100 and 10,000 updates and resources, with 1,000
   events in both. A database is reused while its fingerprint (migrations, demo and synthetic
   code, sizes; kept as the database's COMMENT) matches; the large one is cloned from the small
   one, then topped up, so a cold run builds 19,800 pages, not 20,000 plus another demo site.
2. Starts gunicorn with the production settings for each size, page cache on and off, and
   measures each URL with `wrk` at both sizes back to back (so machine load, which other users
   of the machine change, hits both alike).
3. Builds a fresh `wagtail start` project in a temporary folder (same Wagtail, same gunicorn
   settings, its own SQLite database) and measures its home page as the baseline.
4. Prints one table (req/s, p50, p99, errors per size) and the ratios, and writes it all to
   docs/benchmarks.md (--no-write to skip). Exit code 1 on errors or a missed target.

Needs PostgreSQL (BENCH_DATABASE_URL: server and user, and the name prefix of the bench
databases, default postgres://postgres@127.0.0.1:5432/results_bench), Redis (BENCH_REDIS_URL)
and Debian's `wrk`.
"""

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (  # noqa: E402
    PYTHON,
    ROOT,
    VENV_BIN,
    create_database,
    database_comment,
    database_exists,
    drop_database,
    free_port,
    log,
    manage,
    production_env,
    psql,
    source_fingerprint,
    start_gunicorn,
    stop,
    with_database,
)

EVENTS = 1000
SEARCH_WORDS = ["recruitment", "eligibility", "subgranting", "evaluation", "learners"]
TARGETS = {
    "cached_vs_static": 0.5,
    "render_vs_wagtail": 2.0,
    "cold_vs_wagtail": 0.5,
    "large_vs_small": 0.8,
}
#: The pages held to the render and cold targets (labels of site_rows).
TARGET_PAGES = ["home", "update list", "resource library", "event list", "event page"]
#: Page-cache and render-cache settings of each mode (see DOC_HEAD).
MODES = {
    "on": {"PAGE_CACHE_SECONDS": "300"},
    "render": {"PAGE_CACHE_SECONDS": "0"},
    "cold": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0", "RENDER_MEMO_SIZE": "0"},
}


# Databases --------------------------------------------------------------------------------


def build_database(args, size, base_url, small_url=None, small_size=None):
    """The bench database for `size`, built unless an identical one exists."""
    url = with_database(base_url, f"{base_url.rsplit('/', 1)[-1]}_{size}")
    fingerprint = source_fingerprint(size, EVENTS)
    if not args.rebuild and database_exists(url) and database_comment(url) == fingerprint:
        log(f"Reusing the {size:,}-item database (fingerprint {fingerprint})")
        return url, 0.0
    started = time.monotonic()
    env = dict(production_env(url, args.redis_url), DJANGO_SETTINGS_MODULE="mep_site.settings.dev")
    drop_database(url)
    if small_url:
        # The small database already has the demo site, 1,000 events and `small_size` of each.
        log(f"Building the {size:,}-item database from the {small_size:,}-item one")
        create_database(url, template=small_url.rsplit("/", 1)[-1])
        manage(env, "migrate", "--noinput", "-v0")
        more = str(size - small_size)
        manage(env, "load_synthetic_content", "--updates", more, "--resources", more, "--events=0")
    else:
        log(f"Building the {size:,}-item database: migrate, demo content, synthetic content")
        create_database(url)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content")
        manage(
            env,
            "load_synthetic_content",
            "--updates",
            str(size),
            "--resources",
            str(size),
            "--events",
            str(EVENTS),
        )
    psql(url, "VACUUM ANALYZE")  # fresh planner statistics, as a live database would have
    psql(url, f"COMMENT ON DATABASE \"{url.rsplit('/', 1)[-1]}\" IS '{fingerprint}'")
    seconds = time.monotonic() - started
    log(f"  built in {seconds:.0f} s")
    return url, seconds


def page_paths(env):
    """The URLs to measure, read from the database (the same demo pages at every size)."""
    code = (
        "import json;"
        "from pages.queries import visible_pages;"
        "from updates.models import UpdateIndexPage, UpdatePage;"
        "from resources.models import ResourceLibraryPage;"
        "from events.models import EventIndexPage, EventPage;"
        "first=lambda m: visible_pages(m.objects.all()).order_by('path').first().url;"
        "from django.contrib.staticfiles.storage import staticfiles_storage as s;"
        "print(json.dumps({'updates': first(UpdateIndexPage), 'update': first(UpdatePage),"
        "'library': first(ResourceLibraryPage), 'events': first(EventIndexPage),"
        "'event': first(EventPage), 'static': s.url('build/css/site.css')}))"
    )
    return json.loads(manage(env, "shell", "-c", code, capture=True).strip().splitlines()[-1])


# Measuring --------------------------------------------------------------------------------


def wrk(url, args, duration=None, script=None):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}"]
    # A request slower than 10 s counts as an error (wrk's default, 2 s, is about the machine's
    # other load as much as about the site when the machine is shared).
    command += [f"-d{duration or args.duration}", "--timeout", "10s", "--latency"]
    if script:
        command += ["-s", script]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout

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
        "requests": int(find(r"(\d+) requests in")),
    }


def new_search_script(folder):
    """A wrk script asking a different search question each time (so no cache can answer):
    a topic word and a number, as in "recruitment 4711"; synthetic titles end in numbers."""
    path = Path(folder) / "new_search.lua"
    words = ", ".join(f'"{w}"' for w in SEARCH_WORDS)
    path.write_text(
        f"local words = {{{words}}}\n"
        "local counter = 1\n"
        "function setup(thread)\n"
        "  thread:set('id', counter)\n"
        "  counter = counter + 1\n"
        "end\n"
        "function init(args)\n"
        "  math.randomseed(os.time() * 100 + id)\n"
        "end\n"
        "function request()\n"
        "  local q = words[math.random(#words)] .. '+' .. math.random(1, 10000)\n"
        "  return wrk.format('GET', '/search/?q=' .. q)\n"
        "end\n"
    )
    return str(path)


def duration_seconds(text):
    value = float(re.match(r"([\d.]+)", text).group(1))
    return value * {"s": 1, "m": 60, "h": 3600}.get(text[-1], 1)


def measure(groups, args):
    """Measure every target of each group in interleaved rounds.

    groups: lists of (key, url, script). Within a group each round measures every target once,
    in a rotated order, and each target keeps its best round (highest req/s; errors are
    summed over all rounds). Another process's burst of load then costs a target one round
    instead of its whole measurement, and targets compared in a ratio are measured side by side.
    """
    rounds = max(1, args.rounds)
    seconds = max(1, round(duration_seconds(args.duration) / rounds))  # wrk takes whole seconds
    results = {}
    for group in groups:
        for _key, url, script in group:
            # Warm up every worker: first-visit work (renditions, caches) is not measured.
            wrk(url, args, duration="1s", script=script)
        for round_number in range(rounds):
            shift = round_number % len(group)
            for key, url, script in group[shift:] + group[:shift]:
                result = wrk(url, args, duration=f"{seconds}s", script=script)
                best = results.get(key)
                errors = result["errors"] + (best["errors"] if best else 0)
                requests = result["requests"] + (best["requests"] if best else 0)
                if best is None or result["rps"] > best["rps"]:
                    best = result
                results[key] = dict(best, errors=errors, requests=requests)
        for key, _url, _script in group:
            r = results[key]
            name = " / ".join(f"{part:,}" if isinstance(part, int) else part for part in key)
            log(
                f"  {name:<52} {r['rps']:>8.1f} req/s  p50 {r['p50']:>8}  p99 {r['p99']:>8}"
                f"  errors {r['errors']}"
            )
    return results


def start_site(args, databases):
    """gunicorn per size and cache mode; returns (servers, ports, paths)."""
    servers, ports, paths = {}, {}, None
    try:
        for size, url in databases.items():
            base = production_env(url, args.redis_url, CACHE_KEY_PREFIX=f"results-bench-{size}")
            if paths is None:
                paths = page_paths(base)
            for mode, env in MODES.items():
                ports[size, mode] = free_port()
                log(f"gunicorn {args.workers} workers, {size:,} items, caches {mode}")
                servers[size, mode] = start_gunicorn(
                    dict(base, **env), ports[size, mode], workers=args.workers
                )
    except BaseException:
        for server in servers.values():
            stop(server)
        raise
    return servers, ports, paths


def site_rows(args, paths, folder):
    """(label, cache mode, path, wrk script) for each row of the table."""
    pages = {
        "home": "/",
        "update list": paths["updates"],
        "resource library": paths["library"],
        "event list": paths["events"],
        "event page": paths["event"],
    }
    rows = [
        ("static file (whitenoise)", "on", paths["static"], None),
        ("home", "on", "/", None),
    ]
    for mode in ("render", "cold"):
        rows += [(label, mode, path, None) for label, path in pages.items()]
    rows += [
        ("update page", "render", paths["update"], None),
        ("resource library, topic filter", "render", f"{paths['library']}?topic=eligibility", None),
        ("search", "render", f"/search/?q={SEARCH_WORDS[0]}", None),
    ]
    if not args.quick:
        rows.append(
            ("search, a new query each time", "render", "/search/", new_search_script(folder))
        )
    return rows


def measure_all(args, databases, baseline_url, folder):
    servers, ports, paths = start_site(args, databases)
    try:
        rows = site_rows(args, paths, folder)

        def targets(label, mode):
            path, script = next((p, s) for lbl, m, p, s in rows if (lbl, m) == (label, mode))
            return [
                ((label, mode, size), f"http://127.0.0.1:{ports[size, mode]}{path}", script)
                for size in databases
            ]

        # What a ratio compares is measured in one group, side by side: the cached home with
        # the static file, and each target page (both modes) with the fresh Wagtail home.
        groups = [targets("static file (whitenoise)", "on") + targets("home", "on")]
        for label in TARGET_PAGES:
            group = targets(label, "render") + targets(label, "cold")
            if baseline_url:
                group.append((("fresh Wagtail home", "none", 0), baseline_url, None))
            groups.append(group)
        for label, mode, _path, _script in rows:
            if label not in TARGET_PAGES and label != "static file (whitenoise)" and mode != "on":
                groups.append(targets(label, mode))
        return rows, measure(groups, args)
    finally:
        for server in servers.values():
            stop(server)


def start_baseline(args, folder):
    """A fresh `wagtail start` project, same Wagtail, same gunicorn settings, DEBUG off.
    Returns (server, url)."""
    log(f"Building the baseline: wagtail start in {folder}")
    folder.mkdir()
    subprocess.run(
        [str(VENV_BIN / "wagtail"), "start", "baseline", str(folder)],
        check=True,
        capture_output=True,
    )
    (folder / "baseline" / "settings" / "local.py").write_text(
        'ALLOWED_HOSTS = ["127.0.0.1", "localhost"]\nSECRET_KEY = "bench-only-baseline"\n'
    )
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="baseline.settings.production")
    for step in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *step], cwd=folder, env=env, check=True)
    port = free_port()
    server = start_gunicorn(env, port, workers=args.workers, app="baseline.wsgi", cwd=folder)
    return server, f"http://127.0.0.1:{port}/"


# Reporting --------------------------------------------------------------------------------


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {"Python": platform.python_version()}
    code = "import django, wagtail; print(django.get_version(), wagtail.__version__)"
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True).stdout.split()
    if len(out) == 2:
        versions.update(Django=out[0], Wagtail=out[1])
    for name, command in (("PostgreSQL", ["psql", "--version"]), ("Redis", ["redis-server", "-v"])):
        try:
            text = subprocess.run(command, capture_output=True, text=True).stdout
            versions[name] = re.search(r"(\d+\.\d+(?:\.\d+)?)", text).group(1)
        except (OSError, AttributeError):
            pass
    with contextlib.suppress(OSError, IndexError):
        versions["wrk"] = subprocess.run(
            ["wrk", "-v"], capture_output=True, text=True
        ).stdout.split()[1]
    return f"{os.cpu_count()} × {cpu}", versions


def report(args, rows, results, baseline, sizes, build_seconds, loads, started):
    small, large = sizes[0], sizes[-1]
    lines = []
    header = "| page | caches |"
    rule = "|---|---|"
    for size in sizes:
        header += f" req/s {size:,} | p50 | p99 | errors |"
        rule += "---:|---:|---:|---:|"
    if len(sizes) > 1:
        header += f" {large:,} / {small:,} |"
        rule += "---:|"
    lines += [header, rule]
    scale_ratios = {}
    for label, mode, _path, _script in rows:
        cells = f"| {label} | {mode} |"
        for size in sizes:
            r = results[label, mode, size]
            cells += f" {r['rps']:.1f} | {r['p50']} | {r['p99']} | {r['errors']} |"
        if len(sizes) > 1:
            low = results[label, mode, small]["rps"]
            ratio = results[label, mode, large]["rps"] / low if low else 0.0
            scale_ratios[label, mode] = ratio
            cells += f" {ratio:.2f} |"
        lines.append(cells)
    if baseline:
        cells = "| fresh `wagtail start` home (SQLite) | none |"
        cells += f" {baseline['rps']:.1f} | {baseline['p50']} | {baseline['p99']} | "
        cells += f"{baseline['errors']} |" + " | | | |" * (len(sizes) - 1)
        if len(sizes) > 1:
            cells += " |"
        lines.append(cells)
    table = "\n".join(lines)

    checks = []

    def check(name, value, target, detail):
        ok = value >= target
        checks.append((name, value, target, ok, detail))

    for size in sizes:
        static = results["static file (whitenoise)", "on", size]["rps"]
        cached = results["home", "on", size]["rps"]
        check(
            f"cached home / static file ({size:,} items)",
            cached / static if static else 0.0,
            TARGETS["cached_vs_static"],
            f"{cached:.0f} / {static:.0f} req/s",
        )
    if baseline and baseline["rps"]:
        for mode, target in (("render", "render_vs_wagtail"), ("cold", "cold_vs_wagtail")):
            for label in TARGET_PAGES:
                for size in sizes:
                    rps = results[label, mode, size]["rps"]
                    check(
                        f"{label}, {mode} / fresh Wagtail home ({size:,} items)",
                        rps / baseline["rps"],
                        TARGETS[target],
                        f"{rps:.0f} / {baseline['rps']:.0f} req/s",
                    )
    if len(sizes) > 1:
        # Every page of the list; the static file does not touch the database, and the
        # "new query each time" search row is shown for information (see the notes).
        counted = {
            key: ratio
            for key, ratio in scale_ratios.items()
            if key[0] not in ("static file (whitenoise)", "search, a new query each time")
        }
        worst = min(counted, key=counted.get)
        check(
            f"req/s at {large:,} / at {small:,} items (worst page)",
            counted[worst],
            TARGETS["large_vs_small"],
            f"{worst[0]}, page cache {worst[1]}",
        )
    errors = sum(r["errors"] for r in results.values()) + (baseline or {}).get("errors", 0)
    requests = sum(r["requests"] for r in results.values())

    summary = ["| check | result | target | |", "|---|---:|---:|---|"]
    for name, value, target, ok, detail in checks:
        verdict = "PASS" if ok else "FAIL"
        summary.append(f"| {name} | {value:.2f} | ≥ {target} | {verdict}: {detail} |")
    summary.append(
        f"| errors (socket errors + non-2xx/3xx) | {errors} | 0 | "
        f"{'PASS' if errors == 0 else 'FAIL'}: of {requests:,} measured requests |"
    )
    summary = "\n".join(summary)

    cpu, versions = machine()
    took = time.monotonic() - started
    build = (
        f"databases built in {sum(build_seconds.values()):.0f} s"
        if any(build_seconds.values())
        else "databases reused from an earlier run"
    )
    context = (
        f"- When: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}; the run took "
        f"{took / 60:.1f} min ({build}).\n"
        f"- Machine: {cpu}; load average (1 min) {loads[0]:.2f} at the start, "
        f"{loads[1]:.2f} at the end. The machine is shared: other processes' load during the "
        "run lowers every number, which is why each URL is measured at both sizes back to back "
        "and the targets are ratios.\n"
        f"- Software: {', '.join(f'{k} {v}' for k, v in versions.items())}.\n"
        f"- Load: `wrk -t{args.threads} -c{args.connections}`, {args.duration} per URL and size "
        f"in {args.rounds} interleaved round(s) after a 1 s warm-up, the best round kept (see "
        f"the notes); gunicorn `--workers {args.workers}` (sync), production settings "
        "(`DEBUG` off, whitenoise, PostgreSQL with persistent health-checked connections, "
        "Redis), wrk, gunicorn, PostgreSQL and Redis all on the same machine.\n"
        f"- Content: the demo site plus {', '.join(f'{s:,}' for s in sizes)} synthetic updates "
        f"and as many resources, and {EVENTS:,} events, in PostgreSQL "
        "(`<app>/synthetic.py, pages/bulk.py`)."
    )
    return table, summary, context, checks, errors


DOC_HEAD = """# Benchmarks

Written by `make bench` (`scripts/bench.py`); run it again to replace this file. Numbers are
requests per second from `wrk` against gunicorn with the production settings; p50 and p99 are
latencies. The *caches* column is the mode of the server measured:

- *on*: as in production; anonymous pages come from the full-page cache (Redis).
- *render*: `PAGE_CACHE_SECONDS=0`; every request runs Django, Wagtail's routing and the
  templates, with the render caches on (`{% wagtailcache %}` fragments and the values of
  `caching/render_cache.py`: menu, routes, listing counts, search results, image markup), as
  a page is built in production when the page cache misses but what it shows has not changed.
- *cold*: `PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0 RENDER_MEMO_SIZE=0`; nothing is
  cached, every request builds its page from the database, as the first visit after a change
  of everything the page shows would.
"""

DOC_NOTES = """
## Notes

- *search* repeats one query (`recruitment`, about a fifth of all pages match); its results
  are kept until the next publish, as for every popular query. *search, a new query each time*
  asks a different question on every request (a topic word and a number), so nothing can come
  from a cache: it shows the cost of the search backend itself, which reads its whole index
  for every query (Wagtail's database search backend on PostgreSQL), and so grows with the
  number of pages. It is shown for information and not counted in the size ratio.
- Each URL is measured at both sizes (each target page in both modes next to the baseline, the
  cached home next to the static file) in interleaved rounds, and keeps its best round. The machine
  runs other work too; a burst of it then costs one round of one URL instead of skewing a
  whole ratio. Errors are counted over all rounds.
- The fresh `wagtail start` baseline is what the issue asks for: the same Wagtail and gunicorn
  settings, its own SQLite database and local-memory cache, a page with four queries. It never
  leaves its process, while our pages make round trips to PostgreSQL and Redis (a cold page
  14 to 20 queries, a render-cache page three, Wagtail's site, locale and page lookups, and
  two reads from Redis: the versions of what it shows, and Wagtail's site root paths). On a
  machine whose two cores are shared with other work, each round trip waits for a time slice
  of the other process, so the ratios to the baseline fall as the load average rises: compare
  runs at a similar load.
- Why *render* stays below 2× the baseline: every request that misses the page cache is routed
  by Wagtail (`Page.route_for_request`: the site for the host, the active locale, the page,
  then its view restrictions), with PostgreSQL and i18n on. In one process, that routing
  alone takes about as long as the baseline's whole request (`make profile` prints it for each
  URL: 3.4 ms for the home page on 2026-12-02, when the baseline's whole request took 3.3 ms in
  its process), and 2× would leave half of that for the whole request. Only a page cache
  answers without it; the route memo that did so read Wagtail's private attributes and was
  removed (issue #16, item 2).
- `make profile URLS="/updates/"` shows where a page spends its time (pyinstrument), cold or
  with `PROFILE_ARGS="--mode render"`.
- Shorter runs: `make bench BENCH_ARGS="--quick"` (3 s per row, no new-query search),
  `--duration 5s`, `--sizes 100,1000`, `--workers 4`, `--no-baseline`, `--no-write`;
  `--rebuild` rebuilds the databases.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 2)))
    parser.add_argument(
        "--duration", default=os.environ.get("BENCH_DURATION", "8s"), help="per URL and size"
    )
    parser.add_argument(
        "--rounds", type=int, default=4, help="interleaved rounds per URL; the best is kept"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--sizes", default="100,10000", help="comma-separated, smallest first")
    parser.add_argument("--quick", action="store_true", help="3 s per row, fewer rows")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the bench databases")
    parser.add_argument("--no-baseline", action="store_true", help="skip `wagtail start`")
    parser.add_argument("--no-write", action="store_true", help="do not write the doc")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/results_bench"
        ),
        help="server, user and name prefix of the bench databases (NAME_100, NAME_10000)",
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
    )
    args = parser.parse_args()
    if args.quick:
        if args.duration == parser.get_default("duration"):
            args.duration = "3s"
        args.rounds = 1
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    started = time.monotonic()
    loads = [os.getloadavg()[0]]

    databases, build_seconds = {}, {}
    for size in sizes:
        small = sizes[0] if size != sizes[0] else None
        databases[size], build_seconds[size] = build_database(
            args,
            size,
            args.database_url,
            small_url=databases.get(small),
            small_size=small,
        )
    env = production_env(databases[sizes[0]], args.redis_url)
    manage(env, "collectstatic", "--noinput", "-v0", "--ignore", "scss", "--ignore", "build.mjs")

    with tempfile.TemporaryDirectory(prefix="results-bench-") as folder:
        baseline_server = baseline_url = None
        try:
            if not args.no_baseline:
                baseline_server, baseline_url = start_baseline(args, Path(folder) / "baseline")
            rows, results = measure_all(args, databases, baseline_url, folder)
        finally:
            stop(baseline_server)
    baseline = results.pop(("fresh Wagtail home", "none", 0), None)
    loads.append(os.getloadavg()[0])

    table, summary, context, checks, errors = report(
        args, rows, results, baseline, sizes, build_seconds, loads, started
    )
    print()
    print(table)
    print()
    print(summary)
    print()
    print(context)
    if not args.no_write:
        doc = ROOT / "docs" / "benchmarks.md"
        doc.write_text(
            f"{DOC_HEAD}\n## Latest run\n\n{context}\n\n{table}\n\n## Targets\n\n{summary}\n"
            f"{DOC_NOTES}"
        )
        log(f"Wrote {doc.relative_to(ROOT)}")
    failed = errors or not all(ok for *_, ok, _detail in checks)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
