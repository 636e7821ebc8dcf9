"""Contact form submissions are kept CONTACT_RETENTION_DAYS days, then deleted by the scheduler
process (updates' run_scheduler runs every "scheduler_pass" hook, contact/wagtail_hooks.py)."""

import logging

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

logger = logging.getLogger(__name__)


def purge_old_submissions(now=None):
    """Delete the contact form submissions older than the retention period; returns how many."""
    from .models import ContactPage

    now = now or timezone.now()
    cutoff = now - timezone.timedelta(days=settings.CONTACT_RETENTION_DAYS)
    old = FormSubmission.objects.filter(page__in=ContactPage.objects.all(), submit_time__lt=cutoff)
    deleted, _ = old.delete()
    if deleted:
        logger.info("event=contact_submissions_purged count=%s", deleted)
    return deleted
