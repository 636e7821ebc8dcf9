# ruff: noqa: S603, S607, S608 -- operator scripts: fixed local commands and our own database names.
"""Shared by the operator scripts (bench, scale check, faults, backup check): production-like
gunicorn processes and throwaway PostgreSQL databases."""

import contextlib
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def production_env(database_url, redis_url, **extra):
    """The production settings module, with what it requires set for a local run."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="mep_site.settings.production",
        SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",  # no TLS terminator in front locally
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        LOG_LEVEL="WARNING",
        PATH=f"{VENV_BIN}:{env.get('PATH', '')}",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, workers=2, app="mep_site.wsgi", cwd=ROOT, wait_path="/", output=None):
    """gunicorn on 127.0.0.1:port, once it answers. output: a file for its log lines."""
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env=env,
        stdout=output,
        stderr=output,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn on port {port} exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{wait_path}", timeout=5)  # noqa: S310
            return process
        except urllib.error.HTTPError:
            return process  # it answers; the status is the page's business
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"gunicorn on port {port} did not answer within 60 s")


def stop(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def fetch(url):
    """(status, headers, body text) without raising on 4xx/5xx."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def demo_urls(env):
    """Paths of the pages the bench and the scale check use, read from the demo database."""
    code = (
        "import json;"
        "from events.models import EventPage;"
        "from pages.queries import visible_pages;"
        "from resources.models import ResourceLibraryPage;"
        "from updates.models import UpdateIndexPage, UpdatePage;"
        "first=lambda m: visible_pages(m.objects.all()).order_by('path').first().url;"
        "print(json.dumps({'home': '/', 'updates': first(UpdateIndexPage),"
        "'update': first(UpdatePage), 'event': first(EventPage),"
        "'library': first(ResourceLibraryPage)}))"
    )
    return json.loads(manage(env, "shell", "-c", code, capture=True).strip().splitlines()[-1])


# PostgreSQL databases --------------------------------------------------------------------


def split_database_url(url):
    """(connection arguments for the PostgreSQL command-line tools, database name)."""
    parsed = urllib.parse.urlsplit(url)
    args = ["-h", parsed.hostname or "127.0.0.1", "-p", str(parsed.port or 5432)]
    args += ["-U", parsed.username or "postgres"]
    return args, parsed.path.lstrip("/")


def with_database(url, name):
    """The same server and user, another database."""
    parsed = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parsed._replace(path=f"/{name}"))


def psql(url, sql, database=None):
    args, name = split_database_url(url)
    result = subprocess.run(
        ["psql", *args, "-d", database or name, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def database_exists(url):
    args, name = split_database_url(url)
    found = psql(url, f"SELECT 1 FROM pg_database WHERE datname = '{name}'", database="postgres")
    return found == "1"


def database_comment(url):
    """The database's COMMENT: where the bench keeps the fingerprint of what it was built from."""
    args, name = split_database_url(url)
    return psql(
        url,
        f"SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '{name}'",
        database="postgres",
    )


def drop_database(url):
    args, name = split_database_url(url)
    subprocess.run(["dropdb", *args, "--if-exists", "--force", name], check=True)


def create_database(url, template=None):
    args, name = split_database_url(url)
    subprocess.run(["createdb", *args, *(["-T", template] if template else []), name], check=True)


def source_fingerprint(*extra):
    """A hash of everything a built database depends on: migrations, demo and synthetic
    content code, plus `extra` (the sizes). A change in any of them means a rebuild."""
    digest = hashlib.sha256()
    files = sorted(ROOT.glob("*/migrations/*.py")) + sorted(ROOT.glob("*/demo.py"))
    files += sorted(ROOT.glob("*/synthetic.py")) + [ROOT / "requirements.txt"]
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    digest.update(repr(extra).encode())
    return digest.hexdigest()[:16]


# Throwaway servers -------------------------------------------------------------------------

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


class ThrowawayPostgres:
    """A PostgreSQL cluster of our own in a temporary folder, on a free port, so a script can
    stop and restart it without touching the machine's shared server. initdb refuses to run
    as root, so as root the cluster runs as the `postgres` system user."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="results-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command):
        subprocess.run(
            [*self.as_user, *command], check=True, capture_output=True, text=True, cwd="/"
        )

    def start(self):
        if not self.data.exists():
            self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                      "--auth=trust", "--no-sync")  # fmt: skip
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "start")  # fmt: skip
        return self

    def stop(self, mode="fast"):
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


class ThrowawayRedis:
    """A redis-server of our own on a free port, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
        )
        deadline = time.time() + 10
        while time.time() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return self
            time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        stop(self.process)
        self.process = None
