"""The National ID&R Curriculum's trainer view: one CurriculumLessonPage per level (lesson)
below the CurriculumPage, its slides in a StreamField, each slide at its own address
(`<lesson>/<number>/`) with the slide (image with alt text, or text), Materials, Trainer's notes,
Talking points and Discussion points, and Previous / Next slide."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, DocumentLinkBlock
from pages.mixins import BasePage
from pages.organization import publisher_json_ld

SLIDE_SAMPLE = {
    "title": "Sample slide: What is ID&R?",
    "text": "<p>Sample slide text.</p>",
    "trainer_notes": "<p>Sample trainer's notes.</p>",
    "talking_points": "<p>Sample talking points.</p>",
    "discussion_points": "<p>Sample discussion points.</p>",
}


class SlideBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="The slide's title.")
    image = ImageChooserBlock(
        required=False,
        help_text="Optional: the slide as an image; its alt text is the image's description.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text="The slide's text (shown instead of, or under, the image).",
    )
    materials = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="What the trainer needs."
    )
    trainer_notes = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="Notes for the trainer."
    )
    talking_points = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="What to say on this slide."
    )
    discussion_points = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="Questions for the group."
    )

    class Meta:
        icon = "image"
        description = "One slide of the lesson with the trainer's notes and talking points."
        preview_value = SLIDE_SAMPLE


class CurriculumLessonPage(RoutablePageMixin, BasePage):
    search_type_label = _("Curriculum lesson")
    code = models.CharField(
        max_length=20, help_text='The lesson\'s code, e.g. "M1L2" (module 1, level 2).'
    )
    module_number = models.CharField(
        max_length=20,
        help_text="The module number as written in the curriculum's modules table, e.g. "
        '"1": the table links this lesson from that module\'s row.',
    )
    summary = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences for lists and search."
    )
    downloads = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        help_text="The lesson's files: outline, presentation, trainer's resource materials.",
    )
    slides = StreamField([("slide", SlideBlock())], blank=True, help_text="The slides, in order.")

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("module_number")]),
        FieldPanel("summary"),
        FieldPanel("downloads"),
        FieldPanel("slides"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("code", boost=2),
        index.SearchField("summary"),
        index.SearchField("slides"),
    ]
    parent_page_types = ["resources.CurriculumPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("curriculum lesson page")

    @path("<int:number>/")
    def slide_route(self, request, number):
        slides = list(self.slides)
        if not 1 <= number <= len(slides):
            raise Http404("No such slide")
        return self.render(
            request,
            template="resources/curriculum_slide.html",
            context_overrides={
                "slide": slides[number - 1].value,
                "number": number,
                "count": len(slides),
                "previous_number": number - 1 if number > 1 else None,
                "next_number": number + 1 if number < len(slides) else None,
            },
        )

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "identifier": self.code,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "learningResourceType": "lesson",
            "publisher": publisher_json_ld(),
        }
