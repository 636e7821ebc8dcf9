"""The scheduler process (see the Procfile): publishes and unpublishes scheduled pages and
snippets every minute, for as long as it runs. `--once` runs one pass and exits (for tests and
cron-style deployments)."""

import logging
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from updates.scheduler import run_once

logger = logging.getLogger("updates.scheduler")


class Command(BaseCommand):
    help = (
        "Publish pages whose go-live time has come and unpublish expired ones, every "
        "--interval seconds (default 60), or once with --once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")
        parser.add_argument(
            "--interval", type=int, default=60, help="Seconds between passes (at least 1)."
        )

    def handle(self, *args, once=False, interval=60, **options):
        stop = threading.Event()
        if not once and threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stop.set())
            self.stdout.write(f"Scheduler running every {max(interval, 1)} s.")
        while True:
            self.run_pass(once)
            if once or stop.wait(max(interval, 1)):
                return

    def run_pass(self, once):
        self.refresh_connection()
        try:
            result = run_once()
        except Exception:
            # The database may be down for a moment: log it and try again next pass.
            logger.exception("Scheduler pass failed")
            if once:
                raise
            return
        finally:
            self.refresh_connection()
        if once or result.published or result.expired or result.failed:
            self.stdout.write(f"Scheduler pass: {result}.")

    @staticmethod
    def refresh_connection():
        """A long-running process must not hold on to a connection the database has dropped
        (or one past CONN_MAX_AGE). Inside a transaction (a test) there is nothing to do."""
        if not connection.in_atomic_block:
            close_old_connections()
