"""The admin of the translatable snippets (impact figures, State contacts, footer text, the
resource taxonomy):

- deleting a source row (the default language's, the record) deletes its translations too
  (pages.signal_handlers.delete_translations), and both delete confirmations, one row's and
  the bulk action's, say which translations go with it;
- a copy made by Translate waits for its translation (TranslationStatusMixin): its edit form
  says so, its listing's Translation column too, and saving the form marks it translated."""

from django.contrib import messages
from wagtail.models import TranslatableMixin
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from .queries import default_language


def translations_deleted_with(row):
    """The translations deleting `row` deletes too: all of them when it is a source row,
    none when it is itself a translation."""
    if not isinstance(row, TranslatableMixin) or row.locale.language_code != default_language():
        return []
    return list(row.get_translations().select_related("locale").order_by("locale__language_code"))


def languages_of(rows):
    return ", ".join(row.locale.get_display_name() for row in rows)


class TranslationsDeleteView(DeleteView):
    @property
    def confirmation_message(self):
        message = super().confirmation_message
        translations = translations_deleted_with(self.object)
        if translations:
            return f"{message} Its translations are deleted with it: {languages_of(translations)}."
        if self.object.locale.language_code != default_language():
            return (
                f"{message} Only this translation ({self.object.locale.get_display_name()}) "
                "is deleted; the English version stays."
            )
        return message


PENDING_MESSAGE = (
    "This {language} version is still a copy of the English text: visitors to {language} pages "
    "read the English version until you translate the text here and save."
)


class TranslationEditView(EditView):
    def get(self, request, *args, **kwargs):
        if getattr(self.object, "translation_pending", False):
            language = self.object.locale.language_name_localized
            messages.warning(request, PENDING_MESSAGE.format(language=language))
        return super().get(request, *args, **kwargs)

    def save_instance(self):
        # A translator saving the copy's form is their word that it is translated.
        if getattr(self.form.instance, "translation_pending", False):
            self.form.instance.translation_pending = False
        return super().save_instance()


class TranslatableSnippetViewSet(SnippetViewSet):
    delete_view_class = TranslationsDeleteView
    edit_view_class = TranslationEditView


class TranslationsDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete of snippets, saying which translations go with the rows."""

    template_name = "pages/admin/confirm_bulk_delete_translations.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        translations = []
        for item in context.get("items", []):
            translations.extend(translations_deleted_with(item["item"]))
        chosen = {item["item"].pk for item in context.get("items", [])}
        context["translations_deleted"] = [row for row in translations if row.pk not in chosen]
        return context
