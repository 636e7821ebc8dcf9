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
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

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
    # Other apps' periodic jobs (e.g. contact's retention purge), without importing them.
    for job in hooks.get_hooks("scheduler_pass"):
        try:
            job(now)
        except Exception:
            logger.exception("Scheduler job %s failed; carrying on", job.__name__)
    return result


def pages_user_may_edit(user):
    """The pages `user` may edit or publish (every page for a superuser; all pages when no user
    is given, as for the scheduler itself)."""
    if user is None:
        return Page.objects.all()
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})


def upcoming(days=14, now=None, user=None):
    """What goes live or expires in the next `days` days, soonest first, for the dashboard:
    only pages `user` may edit."""
    now = now or timezone.now()
    until = now + timezone.timedelta(days=days)
    editable = pages_user_may_edit(user)
    go_live = [
        {"when": revision.approved_go_live_at, "action": "Goes live", "revision": revision}
        for revision in Revision.page_revisions.filter(
            approved_go_live_at__gte=now, approved_go_live_at__lte=until
        )
        .annotate(page_id=Cast("object_id", models.BigIntegerField()))
        .filter(page_id__in=editable.values("pk"))
        .select_related("content_type")
        .order_by("approved_go_live_at")[:50]
    ]
    expiring = [
        {"when": page.expire_at, "action": "Expires", "page": page}
        for page in editable.filter(live=True, expire_at__gte=now, expire_at__lte=until)
        .order_by("expire_at")
        .defer_streamfields()[:50]
    ]
    return sorted(go_live + expiring, key=lambda row: row["when"])


def requested_schedule(revision):
    """The go-live and expiry times a submitted revision asks for (aware datetimes or None)."""
    content = revision.content or {}
    return (
        parse_datetime(content.get("go_live_at") or ""),
        parse_datetime(content.get("expire_at") or ""),
    )


def awaiting_approval(user=None, limit=50):
    """Pages in moderation whose submitted revision asks for a go-live or expiry time, oldest
    submission first, limited to pages `user` may edit: what a moderator approves, with the
    time it will take effect."""
    states = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .annotate(page_id=Cast("object_id", models.BigIntegerField()))
        .filter(page_id__in=pages_user_may_edit(user).values("pk"))
        .select_related("requested_by", "current_task_state__revision")
        .order_by("current_task_state__started_at", "pk")[:limit]
    )
    rows = []
    for state in states:
        task_state = state.current_task_state
        if task_state is None or task_state.revision is None:
            continue
        go_live_at, expire_at = requested_schedule(task_state.revision)
        if go_live_at is None and expire_at is None:
            continue
        rows.append(
            {
                "page_id": state.page_id,
                "title": task_state.revision.object_str,
                "go_live_at": go_live_at,
                "expire_at": expire_at,
                "requested_by": state.requested_by,
                "submitted_at": task_state.started_at,
            }
        )
    return rows
