"""The contact form (Wagtail's form builder), page feedback, and the accessibility statement and
privacy policy pages."""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    EmailFormMixin,
    FormMixin,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock, in_page_nav_items
from pages.mixins import BasePage
from pages.models import SiteSettings, StateProgram

from . import spam

logger = logging.getLogger(__name__)


class Topic(models.TextChoices):
    """What a message is about. Other pages link to /contact/?topic=<value>."""

    GENERAL = "general", _("A general question")
    ACCESSIBILITY = "accessibility", _("An accessibility problem")
    STATE_CONTACT = "state-contact", _("A correction to a State contact")
    BROKEN_LINK = "broken-link", _("A broken link or document")
    OTHER = "other", _("Something else")


class ContactFormField(AbstractFormField):
    CHOICES = (*FORM_FIELD_CHOICES, ("topic", "Topic (the site's fixed list of topics)"))

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        verbose_name="field type",
        max_length=16,
        choices=CHOICES,
        help_text='The kind of answer. "Topic" offers the site\'s topics (general question, '
        "accessibility, State contact correction, broken link, other).",
    )
    required = models.BooleanField(
        verbose_name="required",
        default=True,
        help_text="Tick when the form cannot be sent without this field.",
    )
    help_text = models.CharField(
        verbose_name="help text",
        max_length=255,
        blank=True,
        help_text="A hint shown under the label, e.g. what the address is used for.",
    )


class ContactFormBuilder(FormBuilder):
    def create_topic_field(self, field, options):
        options.pop("initial", None)
        return forms.ChoiceField(choices=[("", _("Choose a topic")), *Topic.choices], **options)


class ContactPage(EmailFormMixin, FormMixin, BasePage):
    """The contact form: fields from Wagtail's form builder, submissions stored (admin: Forms,
    for Moderators, with CSV export) and emailed to the address in the site settings."""

    search_type_label = _("Contact")

    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the form: what to write about, when we answer.",
    )
    thank_you_text = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown after a message is sent.",
    )

    from_address = models.EmailField(
        verbose_name="from address",
        max_length=255,
        blank=True,
        help_text="Sender of the emailed messages (the site's DEFAULT_FROM_EMAIL when empty).",
    )
    subject = models.CharField(
        verbose_name="subject",
        max_length=255,
        blank=True,
        help_text='Subject of the emailed messages (the page title and "new message" when empty).',
    )

    form_builder = ContactFormBuilder
    summary_field = "intro"

    content_panels = [
        FormSubmissionsPanel(),
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "form_fields",
            label="Form fields",
            help_text="The fields of the contact form, in the order visitors fill them in.",
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Email (the site settings' contact form address when 'to' is empty)",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    # The form shows a CSRF token: never stored by the page cache or a browser.
    def serve(self, request, *args, **kwargs):
        response = self.serve_form(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_form(self, request, *args, **kwargs):
        if request.method != "POST":
            form = self.get_form(page=self, user=request.user, initial=self.initial(request))
            return self.render_form(request, form)
        rejection = self.rejection(request)
        if rejection:
            return rejection
        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            return self.render_form(request, form)
        submission = self.process_form_submission(form)
        response = self.render_landing_page(request, submission, *args, **kwargs)
        return response

    def render_form(self, request, form):
        context = self.get_context(request)
        context["form"] = form
        context["started"] = spam.started_token()
        return TemplateResponse(request, self.get_template(request), context)

    def rejection(self, request):
        """A 400 page for a filled honeypot or a form sent too fast (or without the form's
        timestamp), a 429 page past the rate limit; None for a post to process."""
        if spam.over_rate_limit(
            request, "contact", settings.CONTACT_RATE_LIMIT, settings.CONTACT_RATE_WINDOW
        ):
            return self.render_rejection(request, "rate-limit", status=429)
        if request.POST.get(spam.HONEYPOT_FIELD):
            return self.render_rejection(request, "honeypot", status=400)
        problem = spam.fill_time_problem(request.POST.get(spam.STARTED_FIELD))
        if problem:
            return self.render_rejection(request, problem, status=400)
        return None

    def render_rejection(self, request, reason, status):
        logger.info("event=contact_rejected reason=%s", reason)
        context = self.get_context(request)
        context["reason"] = reason
        return TemplateResponse(request, "contact/rejected.html", context, status=status)

    def topic_field_name(self):
        for field in self.get_form_fields():
            if field.field_type == "topic":
                return field.clean_name
        return None

    def message_field_name(self):
        for field in self.get_form_fields():
            if field.field_type == "multiline":
                return field.clean_name
        return None

    def initial(self, request):
        """?topic=<value> preselects the topic; with topic=state-contact, ?state=<code> starts
        the message with the State's name. Unknown values are ignored."""
        initial = {}
        topic = request.GET.get("topic", "")
        topic_field = self.topic_field_name()
        if topic_field and topic in Topic.values:
            initial[topic_field] = topic
        code = request.GET.get("state", "")[:2]
        message_field = self.message_field_name()
        if topic == Topic.STATE_CONTACT and code.isalpha() and message_field:
            name = StateProgram.objects.localized().filter(code__iexact=code)
            name = name.values_list("name", flat=True)
            name = name.first()
            if name:
                initial[message_field] = gettext(
                    "Correction to the State contact for %(state)s: "
                ) % {"state": name}
        return initial

    # Email, through Django's mail settings; the submission is stored either way.
    def recipients(self):
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",")]
        site_settings = SiteSettings.for_site(self.get_site())
        address = site_settings.contact_form_recipient or site_settings.contact_email
        return [address] if address else []

    def process_form_submission(self, form):
        submission = FormMixin.process_form_submission(self, form)
        recipients = self.recipients()
        if recipients:
            self.send_mail_to(form, recipients)
        return submission

    def send_mail_to(self, form, recipients):
        subject = self.subject or f"{self.title}: new message"
        reply_to = [
            form.cleaned_data[name]
            for name, field in form.fields.items()
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name)
        ]
        message = EmailMessage(
            subject,
            self.render_email(form),
            self.from_address or settings.DEFAULT_FROM_EMAIL,
            recipients,
            reply_to=reply_to[:1],
        )
        sent = message.send(fail_silently=False)
        if not sent:
            logger.warning("event=contact_mail_not_sent page=%s", self.pk)
        return sent


class StatementPage(BasePage):
    """A required statement: the accessibility statement or the privacy policy, with the date
    it was last reviewed (or last changed in substance)."""

    search_type_label = _("Statement")

    class DateKind(models.TextChoices):
        REVIEWED = "reviewed", _("Last reviewed")
        CHANGED = "changed", _("Last substantive change")

    summary = models.TextField(
        blank=True, max_length=400, help_text="One or two sentences for listings and search."
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="The statement itself.")
    review_date_kind = models.CharField(
        max_length=10,
        choices=DateKind.choices,
        default=DateKind.REVIEWED,
        help_text='How the "Last reviewed" date (Settings tab) is labelled: "Last reviewed" '
        '(accessibility statement) or "Last substantive change" (privacy policy).',
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("review_date_kind"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage", "pages.AboutPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("statement page")

    @property
    def review_date_label(self):
        # "Last reviewed" or "Last substantive change", as the statement's kind says.
        return self.get_review_date_kind_display()

    @staticmethod
    def closing_sections(context):
        """The sections the template writes after the body (anchor, heading)."""
        if context["is_privacy_policy"]:
            return [
                ("analytics", gettext("Analytics")),
                ("related-policies", gettext("Related policies")),
            ]
        if context["is_accessibility_statement"]:
            return [("report-a-problem", gettext("Report a problem"))]
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.for_request(request) if request else None
        chosen = {}
        if site_settings is not None:
            for name in ("accessibility_page", "privacy_page", "contact_page"):
                page = getattr(site_settings, name)
                chosen[name] = page.translation_key if page else None
        context["is_accessibility_statement"] = chosen.get("accessibility_page") == (
            self.translation_key
        )
        context["is_privacy_policy"] = chosen.get("privacy_page") == self.translation_key
        context["in_page_items"] = in_page_nav_items(self.body, self.closing_sections(context))
        context["site_settings"] = site_settings
        context["dap_agency"] = settings.DAP_AGENCY
        return context


class PageFeedback(models.Model):
    """One visitor's answer to "Was this page helpful?": nothing that identifies them."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The page the answer is about.",
    )
    language = models.CharField(max_length=10, help_text="The language the page was read in.")
    helpful = models.BooleanField(help_text="Whether the visitor found the page helpful.")
    comment = models.TextField(
        blank=True, max_length=500, help_text="The visitor's optional comment (never public)."
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When the answer came in.")

    class Meta:
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{'Yes' if self.helpful else 'No'} on page {self.page_id}"
