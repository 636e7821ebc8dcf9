"""Snippets with text in several languages and facts entered once (impact figures, State
contacts): Wagtail's TranslatableMixin, plus

- `shared_fields`: the figures and contact data every language shows alike. The source row
  (the default language's) is the one place they are edited: saving it copies them to its
  translations, a translation takes them from its source when saved, and a translation's
  edit form shows them read-only (SharedFieldsForm);
- `LocalizedQuerySet.localized()`: the rows a visitor reads, in one query: each row in the
  visitor's language and, where a source row has no translation in it yet, the source row
  (its `display_lang` then names the source language, for a lang attribute);
- the source row is the record: deleting it deletes its translations
  (pages.signal_handlers.delete_translations), and a translation without a source row is
  never shown publicly;
- `TranslationStatusMixin.translation_pending`: a copy made with the admin's Translate action
  holds the source's text until a translator saves it, and until then visitors read the
  source row (marked with its language), not the copy as if it were translated."""

from django.contrib import admin
from django.db import models
from django.db.models import F, Q
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import TranslatableMixin

from .queries import content_language, default_language

PENDING_STATUS = "Needs translation"

SHARED_FIELD_HELP = (
    "Shared by every language: change it on the English version, which copies it here."
)


def source_rows():
    """`limit_choices_to` of a field choosing one of these snippets: editors choose the source
    row; visitors read its translation in their language."""
    return Q(locale__language_code=default_language())


class LocalizedQuerySet(models.QuerySet):
    def sources(self):
        """The source rows (the default language's): one per figure or State."""
        return self.filter(locale__language_code=default_language())

    def localized(self, language=None):
        """Rows in `language` (by default the visitor's) and the source row of every row not
        translated into it, each annotated with `row_language`; one query."""
        language = content_language(language)
        default = default_language()
        rows = self.filter(locale__language_code=language)
        if language != default:
            # Only translations of an existing source row: the source is the record, and a
            # translation left behind by its deletion (see pages.signal_handlers) is not shown.
            sources = self.model.objects.filter(locale__language_code=default)
            translated = self.model.objects.filter(
                locale__language_code=language,
                translation_key__in=sources.values("translation_key"),
                translation_pending=False,
            )
            rows = self.filter(
                Q(locale__language_code=language, translation_pending=False)
                & Q(translation_key__in=sources.values("translation_key"))
                | Q(locale__language_code=default)
                & ~Q(translation_key__in=translated.values("translation_key"))
            )
        return rows.annotate(row_language=F("locale__language_code"))


class TranslationStatusMixin(TranslatableMixin):
    """TranslatableMixin that knows a copy still waiting for its translation (see the module):
    Wagtail's Translate action copies the source's text into the new row, which the public
    surfaces skip until a translator saves it in the admin (pages.snippet_admin)."""

    translation_pending = models.BooleanField(
        default=False,
        editable=False,
        help_text="A copy of the English text made by Translate, not yet saved by a translator.",
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @admin.display(description="Translation")
    def translation_status(self):
        """The admin listings' Translation column."""
        return PENDING_STATUS if self.translation_pending else ""


class SharedFieldsMixin(TranslationStatusMixin):
    """TranslatableMixin whose `shared_fields` follow the source row (see the module)."""

    shared_fields = ()

    class Meta(TranslationStatusMixin.Meta):
        abstract = True

    def source_row(self):
        """The default language's row of this one (itself when it is that row), or None
        for a row entered in another language only."""
        if self.locale_id is None:
            return None
        return (
            self.__class__.objects.filter(
                translation_key=self.translation_key, locale__language_code=default_language()
            )
            .exclude(pk=self.pk)
            .first()
        )

    def is_source(self):
        return self.locale_id is not None and self.locale.language_code == default_language()

    def shared_values(self):
        return {name: getattr(self, name) for name in self.shared_fields}

    def save(self, *args, **kwargs):
        is_source = self.is_source()
        if not is_source:
            source = self.source_row()
            if source is not None:
                for name, value in source.shared_values().items():
                    setattr(self, name, value)
        super().save(*args, **kwargs)
        if is_source:
            self.get_translations().update(**self.shared_values())

    @property
    def display_lang(self):
        """The language of this row's text when it is not the visitor's (a source row
        standing in for a missing translation), for a lang attribute; else ""."""
        language = getattr(self, "row_language", None)  # read by localized()
        return language if language and language != content_language() else ""


class SharedFieldsForm(WagtailAdminModelForm):
    """The edit form of a translation shows the shared fields read-only: they come from the
    source row, and the form says so."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk is None or instance.is_source() or instance.source_row() is None:
            return
        for name in instance.shared_fields:
            field = self.fields.get(name)
            if field is not None:
                field.disabled = True
                field.help_text = SHARED_FIELD_HELP
