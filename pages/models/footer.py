"""The text of every page's footer that editors write (the contract disclaimer and the footer
links), one row per language: a translatable snippet, since Wagtail's settings are one per site
and English and Spanish share the site. The footer shows the row in the visitor's language, or
the default language's (marked as such) while there is none."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, Q, Subquery, Value, When
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from ..blocks import INLINE_RICH_TEXT_FEATURES, FooterLinkBlock
from ..queries import content_language, default_language


class FooterTextQuerySet(models.QuerySet):
    def for_language(self, language=None):
        """The rows in `language` (by default the visitor's) and in the default language, the
        former first: `.first()` is the text to show."""
        language, default = content_language(language), default_language()
        preference = Case(When(locale__language_code=language, then=Value(0)), default=Value(1))
        # Another language's text shows only while the default language has one (the
        # record): deleting that deletes its translations (pages.signal_handlers).
        source = FooterText.objects.filter(locale__language_code=default)
        return (
            self.filter(locale__language_code__in={language, default})
            .filter(Q(locale__language_code=default) | Exists(source))
            .order_by(preference, "pk")
        )


class FooterText(TranslatableMixin, models.Model):
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

    #: Annotations SiteSettings.base_queryset reads with the settings (see `from_annotations`).
    ANNOTATED = {
        "footer_text_pk": "pk",
        "footer_text_locale": "locale_id",
        "footer_text_language": "locale__language_code",
        "footer_text_disclaimer": "disclaimer",
        "footer_text_links": "footer_links",
    }

    class Meta(TranslatableMixin.Meta):
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
    def annotations(cls):
        """Subqueries reading the row to show (see `for_language`) into another query."""
        chosen = cls.objects.for_language()
        return {name: Subquery(chosen.values(field)[:1]) for name, field in cls.ANNOTATED.items()}

    @classmethod
    def from_annotations(cls, instance):
        """The row `annotations()` read into `instance`, or None when there is none."""
        if instance.footer_text_pk is None:
            return None
        text = cls(
            pk=instance.footer_text_pk,
            locale_id=instance.footer_text_locale,
            disclaimer=instance.footer_text_disclaimer,
            footer_links=instance.footer_text_links,
        )
        text.language = instance.footer_text_language
        return text
