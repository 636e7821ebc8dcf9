"""Wagtail signals the pages app listens to."""

from django.apps import apps
from django.utils import timezone
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import copy_for_translation_done

from .queries import default_language
from .translatable import TranslationStatusMixin


def drop_past_schedule(sender, source_obj, target_obj, **kwargs):
    """A translation starts without the original's go-live or expiry time once that time has
    passed: a past expiry would stop the translator saving ("Expiry date/time must be in the
    future"), and a past go-live date means nothing for a page published later. A future time
    is kept, so a translation of a scheduled page can go live with it."""
    if getattr(target_obj, "alias_of_id", None):
        return  # an alias follows its original
    now = timezone.now()
    changed = []
    for name in ("go_live_at", "expire_at"):
        value = getattr(target_obj, name, None)
        if value is not None and value <= now:
            setattr(target_obj, name, None)
            changed.append(name)
    if not changed or target_obj.pk is None:
        return  # a snippet copy is saved by its caller, with the fields cleared
    if not isinstance(target_obj, Page):
        target_obj.save(update_fields=changed)
        return
    target_obj.save(update_fields=changed, clean=False)
    # The editor opens the latest revision (the copy's), so it must not carry the times either.
    page = target_obj.specific
    latest = page.get_latest_revision()
    page.save_revision(
        user=latest.user if latest else None,
        changed=False,
        clean=False,
        overwrite_revision=latest,
    )


def mark_translation_pending(sender, source_obj, target_obj, **kwargs):
    """A snippet's copy for translation holds the source's text: it waits for a translator
    (pages.translatable.TranslationStatusMixin), who saving it in the admin marks it done. The
    caller saves the copy after this signal."""
    if isinstance(target_obj, TranslationStatusMixin) and target_obj.pk is None:
        target_obj.translation_pending = True


def delete_translations(sender, instance, **kwargs):
    """The source row (the default language's) is the record: deleting it deletes its
    translations, so none stays on the public pages of its language. Deleting a translation
    deletes only that one."""
    if instance.locale.language_code != default_language():
        return
    sender.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).delete()


def translatable_snippets():
    """Every concrete model with translations that is not a page: the snippets."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def connect():
    from django.db.models.signals import post_delete, post_save

    from pages.models.documents import DocumentLanguage, forget_document_languages

    for signal in (post_save, post_delete):
        signal.connect(
            forget_document_languages, sender=DocumentLanguage, dispatch_uid="pages_doc_lang"
        )
    copy_for_translation_done.connect(drop_past_schedule, dispatch_uid="pages_drop_past_schedule")
    copy_for_translation_done.connect(
        mark_translation_pending, dispatch_uid="pages_mark_translation_pending"
    )
    for model in translatable_snippets():
        uid = f"pages_translations_{model.__module__}.{model.__qualname__}"
        post_delete.connect(delete_translations, sender=model, dispatch_uid=uid)
