"""The shared vocabulary of resources and policy questions: topics (two levels: topic →
subtopic), audiences and resource types. All three are snippets editors manage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(max_length=120, help_text="The name visitors see in filters and tags.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The value used in filter links (lowercase letters, numbers and hyphens). "
        "Changing it breaks links people have saved.",
    )
    description = models.TextField(
        blank=True, help_text="Optional: a sentence explaining what belongs here, for editors."
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text="Lower numbers come first in filters and lists."
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Topic(TaxonomyTerm):
    """A topic (e.g. Eligibility) or, when it has a parent, a subtopic (e.g. Qualifying work)."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subtopics",
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

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "topic"

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.name} › {self.name}"
        return self.name

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
        topics = list(cls.objects.select_related("parent"))
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
        """Match items tagged with the topic or with any of its subtopics."""
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
