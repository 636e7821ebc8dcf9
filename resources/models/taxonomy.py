"""The shared vocabulary of resources and policy questions: topics (two levels: topic →
subtopic), audiences and resource types. All three are translatable snippets editors manage.

Pages point at the source terms (the default language's rows) and filter values are the
source slugs, so a filter link means the same resources in every language; only the names a
visitor reads come from the translation in their language (see TaxonomyTermQuerySet)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.search import index

from pages.translatable import TranslationStatusMixin


def source_language():
    """The language of the source terms (Wagtail's default locale)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def source_terms():
    """`limit_choices_to` of the fields that tag content with terms: editors choose the source
    terms, never a translation (the names visitors read follow their language)."""
    return Q(locale__language_code=source_language())


class TaxonomyTermQuerySet(models.QuerySet):
    def sources(self):
        """The source terms: the rows pages point at and whose slugs filters use."""
        return self.filter(locale__language_code=source_language())

    def localized(self):
        """Source terms with `translated_name`, their name in the active language (None when
        there is no translation), read in the same query (a subquery), so a page listing
        terms costs no extra query for their translations."""
        return self.sources().annotate(translated_name=self.translated_name("translation_key"))

    def translated_name(self, translation_key_field):
        """A subquery: the name, in the active language, of the term whose translation key is
        in `translation_key_field` of the outer query (e.g. "resource_type__translation_key")."""
        language = get_supported_content_language_variant(get_language())
        translations = self.model.objects.filter(
            translation_key=OuterRef(translation_key_field),
            locale__language_code=language,
            translation_pending=False,  # a copy still holding the source's name
        )
        return Subquery(translations.values("name")[:1])

    def of(self, related):
        """The source terms of a page's many-to-many field (e.g. `page.topics`), from
        `localized()`: one query, the page's saved terms as a subquery (in a preview, the
        edited ones)."""
        return self.localized().filter(pk__in=related.values_list("pk", flat=True))


def named(term, translated_name):
    """The related `term` (or None) with the name in the visitor's language that the query
    which read it annotated (see `TaxonomyTermQuerySet.translated_name`)."""
    if term is not None:
        term.translated_name = translated_name
    return term


class TaxonomyTerm(TranslationStatusMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120, help_text="The name visitors see in filters and tags.")
    slug = models.SlugField(
        max_length=120,
        blank=True,
        help_text="The value used in filter links (lowercase letters, numbers and hyphens), "
        "unique within a language. Leave it empty to make one from the name. Changing it "
        "breaks links people have saved.",
    )
    description = models.TextField(
        blank=True, help_text="Optional: a sentence explaining what belongs here, for editors."
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text="Lower numbers come first in filters and lists."
    )

    objects = TaxonomyTermQuerySet.as_manager()

    # locale_id: the admin's choosers filter a search by language.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslationStatusMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = self.unused_slug()

    def unused_slug(self):
        """A slug made from the name, numbered when another term of this language has it."""
        base = slugify(self.name)[:110] or self._meta.model_name
        taken = set(
            type(self)
            .objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    @property
    def display_name(self):
        """The name in the visitor's language, else the source name (from `localized()`)."""
        return getattr(self, "translated_name", None) or self.name

    @property
    def display_lang(self):
        """The language of `display_name` when it is not the visitor's (a term with no
        translation yet), for a lang attribute; empty otherwise."""
        if getattr(self, "translated_name", True) is None:
            return source_language()
        return ""


class TopicQuerySet(TaxonomyTermQuerySet):
    def with_parent_names(self):
        """Annotate `parent_local_name`: the parent's name in each row's own language (the
        source name where the parent has no translation in it). Every subtopic's parent is a
        source (English) topic, also a Spanish subtopic's, so the admin's lists would
        otherwise read "Child eligibility › Mudanzas que califican".

        And `listing_group`, `listing_level`: the admin lists each main topic followed by
        its subtopics, the main topics by their name in the row's language."""
        parents = self.model.objects.filter(
            translation_key=OuterRef("parent__translation_key"), locale=OuterRef("locale")
        )
        parent_name = Coalesce(Subquery(parents.values("name")[:1]), "parent__name")
        return self.annotate(
            parent_local_name=parent_name,
            listing_group=Coalesce(parent_name, "name"),
            listing_level=Case(When(parent__isnull=True, then=Value(0)), default=Value(1)),
        )


class Topic(TaxonomyTerm):
    """A topic (e.g. Eligibility) or, when it has a parent, a subtopic (e.g. Qualifying work)."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subtopics",
        limit_choices_to=source_terms,
        help_text="Leave empty for a main topic. Choose a main topic to make this a subtopic "
        "of it (only two levels: topic → subtopic).",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent")], heading="Topic"
        ),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [*TaxonomyTerm.search_fields, index.FilterField("parent_id")]

    objects = TopicQuerySet.as_manager()

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "topic"

    def __str__(self):
        if self.parent_id:
            return f"{self.parent_name()} › {self.name}"
        return self.name

    def parent_name(self):
        """The parent's name in this term's own language (its translation in that locale, else
        the source name); from `with_parent_names()` when the query read it, else looked up."""
        if not self.parent_id:
            return ""
        name = getattr(self, "parent_local_name", None)
        if name:
            return name
        if self.parent.locale_id == self.locale_id:
            return self.parent.name
        translation = self.parent.get_translation_or_none(self.locale_id)
        return translation.name if translation else self.parent.name

    parent_name.short_description = "Parent"
    parent_name.admin_order_field = "parent_local_name"  # read by with_parent_names()

    @property
    def is_subtopic(self):
        return self.parent_id is not None

    def clean(self):
        super().clean()
        if self.parent_id:
            if self.pk and self.parent_id == self.pk:
                raise ValidationError({"parent": "A topic cannot be its own parent."})
            if self.parent.parent_id:
                raise ValidationError(
                    {"parent": "Choose a main topic: subtopics cannot have subtopics."}
                )
            if self.pk and self.subtopics.exists():
                raise ValidationError(
                    {"parent": "This topic has subtopics, so it must stay a main topic."}
                )

    @classmethod
    def ordered(cls):
        """Main topics each followed by their subtopics, for filters and admin lists."""
        topics = list(cls.objects.localized().select_related("parent"))
        children = {}
        for topic in topics:
            children.setdefault(topic.parent_id, []).append(topic)
        ordered = []
        for main in children.get(None, []):
            ordered.append(main)
            ordered.extend(children.get(main.pk, []))
        return ordered

    @staticmethod
    def q_for(slug, field="topics"):
        """Match items tagged with the (source) topic or with any of its subtopics."""
        return Q(**{f"{field}__slug": slug}) | Q(**{f"{field}__parent__slug": slug})


class Audience(TaxonomyTerm):
    """Who a resource is for: state MEP staff, recruiters, teachers, families…"""

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "audience"


class ResourceType(TaxonomyTerm):
    """What kind of thing a resource is: toolkit, manual, report, webinar recording…"""

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "resource type"
