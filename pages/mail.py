"""Email that never gets in an editor's way.

Wagtail sends moderation notifications while the editor's "Submit" or the moderator's "Approve"
request is running. It catches a refused or timed-out connection itself (with a traceback in
the log), but an unknown mail host, a refused login or a TLS failure would end the request
with a server error, after the page was saved. This backend is Django's SMTP backend with one
difference: a mail server problem (any OSError, which covers socket, TLS and SMTP errors) is
logged as one line, ``event=mail_failed``, and the message counts as not sent (``send_mail``
returns 0) instead of raising. A caller that must tell its user the message did not go (a
contact form) checks that count.
"""

import logging

from django.core.mail.backends import smtp

logger = logging.getLogger("pages.mail")


class EmailBackend(smtp.EmailBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # After one failed attempt, the rest of this batch is not tried again: a batch of
        # notifications to ten moderators waits for one timeout, not ten.
        self.unavailable = False

    def log_failure(self, stage, error, count=None):
        logger.error(
            "event=mail_failed stage=%s host=%s port=%s error=%s: %s%s",
            stage,
            self.host,
            self.port,
            type(error).__name__,
            str(error).replace("\n", " ") or "-",
            f" messages_not_sent={count}" if count is not None else "",
        )

    def open(self):
        if self.unavailable:
            return None
        try:
            return super().open()
        except OSError as error:
            self.unavailable = True
            self.log_failure("connect", error)
            return None

    def send_messages(self, email_messages):
        if self.unavailable or not email_messages:
            return 0
        try:
            return super().send_messages(email_messages)
        except OSError as error:
            self.unavailable = True
            self.log_failure("send", error, count=len(email_messages))
            return 0
