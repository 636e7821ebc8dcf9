"""Scheduled publishing, done the way Wagtail's `publish_scheduled` does it, but sturdier:

* each expiry and each scheduled revision is handled in its own transaction, so one that fails
  is logged and rolled back and the rest still go out;
* each object is locked while it is handled (`SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL)
  and re-checked inside the lock, so two schedulers running at once never publish the same
  revision twice: the second one skips what the first holds, and finds it done afterwards.
  (SQLite has no row locks, but it lets only one writer in at a time, and the re-check inside
  the transaction has the same effect.)

Publishing goes through Wagtail's own `Revision.publish()` and `unpublish()`, so the usual
signals, log entries and cache purges happen in the scheduler's process.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger("updates.scheduler")


@dataclass
class PassResult:
    published: list = field(default_factory=list)
    expired: list = field(default_factory=list)
    failed: list = field(default_factory=list)

    def __str__(self):
        return (
            f"published {len(self.published)}, expired {len(self.expired)}, "
            f"failed {len(self.failed)}"
        )


def draft_state_models():
    """Pages first, then every other model with go-live/expiry dates (snippets)."""
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def _locked(queryset):
    return queryset.select_for_update(skip_locked=True)


def expire_due(now, result):
    for model in draft_state_models():
        due = model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
        for pk in list(due.values_list("pk", flat=True)):
            try:
                with transaction.atomic():
                    obj = _locked(due.filter(pk=pk)).first()
                    if obj is None:  # another scheduler holds it or has done it
                        continue
                    if isinstance(obj, Page):
                        obj = obj.specific
                    obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
                result.expired.append(obj)
                logger.info("Expired %s %r", model.__name__, str(obj))
            except Exception:
                result.failed.append((model, pk))
                logger.exception("Could not expire %s %s; carrying on", model.__name__, pk)


def publish_due(now, result):
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for pk in list(due.values_list("pk", flat=True)):
        try:
            with transaction.atomic():
                revision = _locked(due.filter(pk=pk)).first()
                if revision is None:  # another scheduler holds it or has published it
                    continue
                # publish() clears approved_go_live_at, so a later pass will not see it again.
                revision.publish(log_action="wagtail.publish.scheduled")
            result.published.append(revision)
            logger.info("Published revision %s of %r", revision.pk, revision.object_str)
        except Exception:
            result.failed.append((Revision, pk))
            logger.exception("Could not publish revision %s; carrying on", pk)


def run_once(now=None):
    """One pass: expire what is past its expiry, then publish what is due."""
    now = now or timezone.now()
    result = PassResult()
    expire_due(now, result)
    publish_due(now, result)
    return result


def upcoming(days=14, now=None):
    """What goes live or expires in the next `days` days, soonest first, for the dashboard."""
    now = now or timezone.now()
    until = now + timezone.timedelta(days=days)
    go_live = [
        {"when": revision.approved_go_live_at, "action": "Goes live", "revision": revision}
        for revision in Revision.page_revisions.filter(
            approved_go_live_at__gte=now, approved_go_live_at__lte=until
        )
        .select_related("content_type")
        .order_by("approved_go_live_at")[:50]
    ]
    expiring = [
        {"when": page.expire_at, "action": "Expires", "page": page}
        for page in Page.objects.filter(live=True, expire_at__gte=now, expire_at__lte=until)
        .order_by("expire_at")
        .defer_streamfields()[:50]
    ]
    return sorted(go_live + expiring, key=lambda row: row["when"])
