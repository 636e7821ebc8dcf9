"""The New Directors' Orientation: a self-paced course (OrientationPage) of numbered modules
(OrientationModulePage), each with an overview, numbered sections, supporting materials and
three kinds of activity that work without JavaScript:

- "What do you think?": a prompt; the answer is revealed on request (<details>);
- "Check-in": a reflection prompt tied to a worksheet;
- "Pop quiz": multiple-choice questions in a plain GET form; the module's `quiz/<id>/` route
  marks each answer on the server, explains the right one, stores nothing and is never cached.
"""

from django.db import models
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import (
    INLINE_RICH_TEXT_FEATURES,
    RICH_TEXT_FEATURES,
    DocumentLinkBlock,
    in_page_nav,
    section_anchor,
)
from pages.mixins import BasePage
from pages.organization import publisher_json_ld
from pages.queries import visible_pages

#: The most choices one quiz question may have (a tampered answer beyond them is unanswered).
MAX_CHOICES = 6


SECTION_SAMPLE = {
    "title": "Sample section: Getting Started",
    "body": "<p>Sample text: what this part of the module explains.</p>",
}
THINK_SAMPLE = {
    "prompt": "Sample prompt: who decides how a State uses its MEP funds?",
    "answer": "<p>Sample answer: the State, within the federal rules.</p>",
}


class ModuleSectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text='The section heading, e.g. "Funding Cycle".')
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="The section's text.")

    class Meta:
        icon = "list-ol"
        template = "resources/blocks/module_section.html"
        description = "A numbered section of the module (numbers are added on the page)."
        preview_value = SECTION_SAMPLE


class WhatDoYouThinkBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="The question put to the reader.")
    answer = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, help_text="Revealed when the reader asks for it."
    )

    class Meta:
        icon = "help"
        template = "resources/blocks/what_do_you_think.html"
        description = '"What do you think?": a prompt whose answer is revealed on request.'
        preview_value = THINK_SAMPLE


class CheckInBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="A question to reflect on about the reader's own State.")
    worksheet = DocumentLinkBlock(
        required=False, help_text="Optional: the worksheet to write the reflection on."
    )

    class Meta:
        icon = "form"
        template = "resources/blocks/check_in.html"
        description = '"Check-in": a reflection prompt tied to a worksheet.'
        preview_value = {"prompt": "Sample prompt: how does your State track its funding cycle?"}


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, help_text="One possible answer.")
    correct = blocks.BooleanBlock(required=False, help_text="Tick the right answer (one).")

    class Meta:
        icon = "radio-full"
        description = "One choice of a quiz question."
        preview_value = {"text": "Sample choice", "correct": True}


QUESTION_SAMPLE = {
    "question": "Sample question: how often is the CNA updated?",
    "choices": [
        {"text": "Sample: every year", "correct": False},
        {"text": "Sample: on a regular cycle", "correct": True},
    ],
    "explanation": "Sample explanation.",
}


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300, help_text="The question.")
    choices = blocks.ListBlock(
        QuizChoiceBlock(),
        min_num=2,
        max_num=MAX_CHOICES,
        help_text=f"Two to {MAX_CHOICES} choices; tick the right one.",
    )
    explanation = blocks.TextBlock(help_text="Why the right answer is right, shown after marking.")

    class Meta:
        icon = "help"
        description = "A multiple-choice question with its explanation."
        preview_value = QUESTION_SAMPLE


class PopQuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, default="Pop quiz!", help_text="The quiz heading.")
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=1, help_text="The questions.")

    class Meta:
        icon = "tick-inverse"
        template = "resources/blocks/pop_quiz.html"
        description = '"Pop quiz": multiple-choice questions the site marks, without JavaScript.'
        preview_value = {
            "title": "Sample pop quiz",
            "questions": [QUESTION_SAMPLE],
        }


class ModuleBodyBlock(blocks.StreamBlock):
    section = ModuleSectionBlock()
    what_do_you_think = WhatDoYouThinkBlock()
    check_in = CheckInBlock()
    pop_quiz = PopQuizBlock()

    class Meta:
        description = "A module's numbered sections and its activities, in reading order."
        preview_value = [
            ("section", SECTION_SAMPLE),
            ("what_do_you_think", THINK_SAMPLE),
        ]


class OrientationPage(BasePage):
    """The course: lists its modules with their estimated time."""

    search_type_label = _("Orientation")

    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Who the orientation is for and how to take it, above the list of modules.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.StandardPage", "pages.HomePage"]
    subpage_types = ["resources.OrientationModulePage"]
    summary_field = "intro"

    class Meta:
        verbose_name = _("orientation course page")

    def modules(self):
        return list(
            visible_pages(OrientationModulePage.objects.child_of(self))
            .order_by("number", "path")
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.modules()
        return context

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "provider": publisher_json_ld(),
            "hasCourseInstance": {
                "@type": "CourseInstance",
                "courseMode": "online",
                "courseWorkload": "self-paced",
            },
            "hasPart": [
                {
                    "@type": "LearningResource",
                    "name": module.title,
                    "position": module.number,
                    "url": module.get_full_url(request),
                    **({"timeRequired": module.estimated_time} if module.estimated_time else {}),
                }
                for module in self.modules()
            ],
        }


class QuizResult:
    """One quiz marked: per question the answer given, whether it is right, the right one."""

    def __init__(self, quiz_block, params):
        self.block_id = quiz_block.id
        self.questions = []
        for number, question in enumerate(quiz_block.value["questions"], start=1):
            choices = list(question["choices"])
            raw = params.get(f"q{number}", "")
            chosen = int(raw) if raw.isdigit() and int(raw) < len(choices) else None
            right = next((n for n, c in enumerate(choices) if c["correct"]), None)
            self.questions.append(
                {
                    "number": number,
                    "question": question["question"],
                    "answered": chosen is not None,
                    "chosen": choices[chosen]["text"] if chosen is not None else "",
                    "correct": chosen is not None and chosen == right,
                    "right_answer": choices[right]["text"] if right is not None else "",
                    "explanation": question["explanation"],
                }
            )
        self.score = sum(1 for q in self.questions if q["correct"])
        self.total = len(self.questions)


class OrientationModulePage(RoutablePageMixin, BasePage):
    search_type_label = _("Orientation module")
    number = models.PositiveSmallIntegerField(
        help_text="The module's number in the course (1–14); modules are listed in this order."
    )
    estimated_time = models.CharField(
        max_length=60, blank=True, help_text='How long the module takes, e.g. "45 minutes".'
    )
    overview = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        help_text="What the module covers and what the reader will be able to do after it.",
    )
    body = StreamField(
        ModuleBodyBlock(),
        blank=True,
        help_text="Numbered sections and activities (What do you think?, Check-in, Pop quiz), "
        "in reading order.",
    )
    materials = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        help_text="Supporting materials, e.g. the module's worksheets (QRRS); visitors see "
        "each file's type and size.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("number"),
        FieldPanel("estimated_time"),
        FieldPanel("overview"),
        FieldPanel("body"),
        FieldPanel("materials"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("overview", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["resources.OrientationPage"]
    subpage_types = []
    summary_field = "overview"

    class Meta:
        verbose_name = _("orientation module page")

    @cached_property
    def numbered_sections(self):
        """{block id: section number} for the body's sections, in order."""
        numbers, number = {}, 0
        for block in self.body:
            if block.block_type == "section":
                number += 1
                numbers[block.id] = number
        return numbers

    def neighbours(self):
        """(previous, next) live module of the same course, in one query."""
        siblings = list(
            visible_pages(OrientationModulePage.objects.sibling_of(self, inclusive=True))
            .order_by("number", "path")
            .only("id", "title", "number", "path", "depth", "url_path", "slug")
        )
        ids = [page.pk for page in siblings]
        if self.pk not in ids:
            return None, None
        position = ids.index(self.pk)
        previous = siblings[position - 1] if position > 0 else None
        following = siblings[position + 1] if position + 1 < len(siblings) else None
        return previous, following

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following = self.neighbours()
        context.update(
            previous_module=previous,
            next_module=following,
            body_items=[
                (block, self.numbered_sections.get(block.id), section_anchor(block.id))
                for block in self.body
            ],
            in_page_items=in_page_nav(self.page_sections()),
        )
        return context

    def page_sections(self):
        """(anchor, heading) of the module's sections in page order, as the template writes them."""
        sections = [("overview-heading", gettext("Overview"))]
        for block in self.body:
            if block.block_type == "section":
                number = self.numbered_sections[block.id]
                sections.append((section_anchor(block.id), f"{number}. {block.value['title']}"))
        if self.materials:
            sections.append(("materials-heading", gettext("Supporting materials")))
        return sections

    @path("quiz/<str:block_id>/")
    def quiz_route(self, request, block_id):
        """Mark one pop quiz from its GET form. Stores nothing; never cached."""
        quiz = next((b for b in self.body if b.block_type == "pop_quiz" and b.id == block_id), None)
        if quiz is None:
            raise Http404("No such quiz")
        result = QuizResult(quiz, request.GET)
        response = self.render(
            request,
            context_overrides={"quiz_result": result, "noindex": True},
        )
        add_never_cache_headers(response)
        return response

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "position": self.number,
            "learningResourceType": "module",
            "publisher": publisher_json_ld(),
        }
        if self.estimated_time:
            data["timeRequired"] = self.estimated_time
        parent = self.get_parent()
        if parent is not None:
            data["isPartOf"] = {"@type": "Course", "name": parent.title}
        return data
