"""The language of each document in the library. Wagtail's own document model is kept (see
docs/architecture.md, "Document language"); a document without a row here is in English."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

#: Cache key of {document id: language} for the documents not in the default language.
OTHER_LANGUAGE_DOCUMENTS_KEY = "pages:document-languages"


class DocumentLanguage(models.Model):
    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="language_setting",
        help_text=_("The document this language is for."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_(
            "The language the document is written in. Links to it from pages in the other "
            "language say so, e.g. “(in Spanish)”."
        ),
    )

    class Meta:
        verbose_name = _("document language")
        verbose_name_plural = _("document languages")

    def __str__(self):
        return f"{self.document_id}: {self.language}"


def other_language_documents():
    """{document id: language} for every document not in the default language: looked up once
    and cached until a document's language changes, so links add no query per document."""
    languages = cache.get(OTHER_LANGUAGE_DOCUMENTS_KEY)
    if languages is None:
        languages = dict(
            DocumentLanguage.objects.exclude(language=settings.LANGUAGE_CODE).values_list(
                "document_id", "language"
            )
        )
        cache.set(OTHER_LANGUAGE_DOCUMENTS_KEY, languages, None)
    return languages


def forget_document_languages(**kwargs):
    cache.delete(OTHER_LANGUAGE_DOCUMENTS_KEY)


def document_language(document):
    """The language a document is written in ("en" unless marked otherwise)."""
    return other_language_documents().get(document.pk, settings.LANGUAGE_CODE)


def set_document_language(document, language):
    """Record `document`'s language (used by the admin forms and the demo content)."""
    DocumentLanguage.objects.update_or_create(document=document, defaults={"language": language})
