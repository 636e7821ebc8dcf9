"""StreamField blocks, defined once and used by every page body on the site.

Every block an editor can choose has a `description` and a `preview_value`, so the block
picker shows what it looks like (Wagtail's block previews, rendered with the site's styles by
templates/wagtailcore/shared/block_preview.html). Sample text is marked as such.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .organization import PUBLISHER_URL
from .queries import visible_documents

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]


HEADING_SAMPLE = {"text": "Identification and recruitment", "level": "h2"}
PARAGRAPH_SAMPLE = (
    "<p>The Migrant Education Program (MEP) helps States serve children whose families move to "
    "find work in agriculture or fishing.</p>"
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text="The heading text.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (H2)"), ("h3", "Subheading (H3)"), ("h4", "Minor (H4)")],
        default="h2",
        help_text="Keep headings in order: an H3 belongs under an H2.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = "A section heading (H2) or a subheading (H3, H4)."
        preview_value = HEADING_SAMPLE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = heading_anchor(value["text"])
        return context


def section_anchor(key):
    """The id of a section of a page that an in-page navigation links to: `section-<key>`. The
    one place these ids are made, so a heading's id and the navigation's link always agree."""
    return f"section-{key}"


def heading_anchor(text):
    """The id of a body heading, so an in-page navigation can link to it."""
    return section_anchor(slugify(text))


# A page with fewer sections than this is short enough to scroll; a navigation would be noise.
MIN_IN_PAGE_SECTIONS = 3


def in_page_nav(sections):
    """In-page navigation entries from (anchor, label) pairs; empty for a short page."""
    items = [{"anchor": anchor, "label": label} for anchor, label in sections]
    return items if len(items) >= MIN_IN_PAGE_SECTIONS else []


def in_page_nav_items(body, extra=()):
    """The in-page navigation of a long body: its H2 headings, then any sections the template
    writes after the body (pairs of anchor and label)."""
    headings = [
        (heading_anchor(block.value["text"]), block.value["text"])
        for block in body
        if block.block_type == "heading" and block.value["level"] == "h2"
    ]
    return in_page_nav([*headings, *extra])


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="Alt text comes from the image unless you override it.")
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text="Optional: describe the image in this context. Leave blank to use the "
        "image's own alt text.",
    )
    caption = blocks.CharBlock(required=False, max_length=300, help_text="Shown under the image.")

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "A picture with alt text and an optional caption."
        preview_value = {"caption": "Sample caption, shown under the image."}

    def get_preview_value(self):
        # The newest image in the library, so the preview shows a real picture.
        value = super().get_preview_value()
        value["image"] = get_image_model().objects.order_by("-pk").first()
        return value


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=120, help_text='What the link does, e.g. "View the Interactive ID&R Manual".'
    )
    page = blocks.PageChooserBlock(required=False, help_text="A page on this site…")
    external_url = blocks.URLBlock(required=False, help_text="…or a link to another website.")

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        value_class = LinkStructValue
        description = "A prominent link to a page on this site or another website."
        preview_value = {
            "text": "Visit the U.S. Department of Education",
            "external_url": PUBLISHER_URL,
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = ValidationError("Choose a page or enter a link, not both.")
            raise StructBlockValidationError(
                block_errors={"page": message, "external_url": message}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text="Visitors see its file type and size.")
    title = blocks.CharBlock(
        required=False, max_length=200, help_text="Leave blank to use the document's title."
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        description = "A download: the document's name with its file type and size."
        preview_value = {"title": "Sample document"}

    def get_preview_value(self):
        # A public document from the library, so the preview shows its type and size.
        value = super().get_preview_value()
        documents = visible_documents(get_document_model().objects.order_by("-pk"))
        value["document"] = documents.first()
        return value


ACCORDION_SAMPLE = {
    "title": "Who can take part in the Migrant Education Program?",
    "body": "<p>Children and youth whose families move to find work in agriculture or fishing. "
    "A recruiter checks each family's eligibility.</p>",
}


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="The button text visitors click.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="Shown when opened.")

    class Meta:
        description = "One question or section of an accordion: its title and what opens."
        preview_value = ACCORDION_SAMPLE


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        description = "Questions or sections that open one at a time."
        preview_value = {"items": [ACCORDION_SAMPLE]}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The quotation, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=200, help_text="Who said it.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "A quotation, set apart from the text, with who said it."
        preview_value = {
            "quote": "This is a sample quotation, shown as it will look on the page.",
            "attribution": "Sample attribution",
        }


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        description = "Text with headings, lists, links and bold or italic words."
        preview_value = PARAGRAPH_SAMPLE


class FiguresTableBlock(TableBlock):
    class Meta:
        template = "blocks/table.html"
        description = "A table of figures or facts, with column headings."
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "MEP participants, 2021-22 (MEP National Profile)",
            "data": [
                ["Age group", "Participants"],
                ["Birth to 2 years old", "2,923"],
                ["Age 3-5", "16,029"],
                ["K-12 and ungraded", "172,192"],
                ["Out of school", "19,011"],
            ],
        }


class FooterLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80, help_text="The link text, e.g. the site's name.")
    url = blocks.URLBlock(help_text="The full web address, starting with https://.")

    class Meta:
        icon = "link"
        description = "A link in the footer of every page."
        preview_value = {"text": "U.S. Department of Education", "url": PUBLISHER_URL}


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    accordion = AccordionBlock()
    table = FiguresTableBlock(help_text="Use the first row as column headings for screen readers.")
    quote = QuoteBlock()

    class Meta:
        description = "The body of a page: text, headings, images, links, downloads and more."
        preview_value = [("heading", HEADING_SAMPLE), ("paragraph", PARAGRAPH_SAMPLE)]
