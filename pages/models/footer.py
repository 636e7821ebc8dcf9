"""The text of every page's footer that editors write (the contract disclaimer and the footer
links), one row per language: a translatable snippet, since Wagtail's settings are one per site
and English and Spanish share the site. The footer shows the row in the visitor's language, or
the default language's (marked as such) while there is none."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, Q, Subquery, Value, When
from django.db.models.functions import JSONObject
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from ..blocks import INLINE_RICH_TEXT_FEATURES, FooterLinkBlock
from ..queries import content_language, default_language
from ..translatable import TranslationStatusMixin


class FooterTextQuerySet(models.QuerySet):
    def for_language(self, language=None):
        """The rows in `language` (by default the visitor's) and in the default language, the
        former first: `.first()` is the text to show."""
        language, default = content_language(language), default_language()
        preference = Case(When(locale__language_code=language, then=Value(0)), default=Value(1))
        # Another language's text shows only while the default language has one (the
        # record): deleting that deletes its translations (pages.signal_handlers); and not
        # while it is a copy waiting for its translation.
        source = FooterText.objects.filter(locale__language_code=default)
        return (
            self.filter(locale__language_code__in={language, default})
            .filter(
                Q(locale__language_code=default) | Q(translation_pending=False) & Exists(source)
            )
            .order_by(preference, "pk")
        )


class FooterText(TranslationStatusMixin, models.Model):
    disclaimer = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        help_text="The contract and endorsement disclaimer shown in every page footer, in this "
        "row's language.",
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        help_text="Links in the footer, e.g. to the U.S. Department of Education, with their "
        "text in this row's language (a Spanish page's footer shows the Spanish row's links).",
    )

    objects = FooterTextQuerySet.as_manager()

    panels = [FieldPanel("disclaimer"), FieldPanel("footer_links")]

    #: The annotation SiteSettings.base_queryset reads the row into (see `from_annotation`).
    ANNOTATION = "footer_text_row"

    class Meta(TranslationStatusMixin.Meta):
        verbose_name = "footer text"
        verbose_name_plural = "footer text"

    def __str__(self):
        return f"Footer text ({self.locale.get_display_name()})"

    def clean(self):
        super().clean()
        others = FooterText.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                "This language already has its footer text: edit that one instead (each "
                "language has one)."
            )

    @property
    def display_lang(self):
        """The row's language when it is not the visitor's (the default language's text
        standing in for a missing translation), for a lang attribute; empty otherwise."""
        language = getattr(self, "language", None) or self.locale.language_code
        return "" if language == content_language() else language

    @classmethod
    def annotation(cls):
        """{ANNOTATION: a subquery reading the row to show (see `for_language`)} for another
        query: one JSON object, as five subqueries (one per field) cost more to compose than
        a query of their own."""
        row = JSONObject(
            pk="pk",
            locale="locale_id",
            language="locale__language_code",
            disclaimer="disclaimer",
            links="footer_links",
        )
        chosen = cls.objects.for_language().annotate(row=row).values("row")[:1]
        return {cls.ANNOTATION: Subquery(chosen, output_field=models.JSONField())}

    @classmethod
    def from_annotation(cls, instance):
        """The row `annotation()` read into `instance`, or None when there is none."""
        row = getattr(instance, cls.ANNOTATION)
        if row is None:
            return None
        text = cls(
            pk=row["pk"],
            locale_id=row["locale"],
            disclaimer=row["disclaimer"],
            footer_links=row["links"],
        )
        text.language = row["language"]
        return text
