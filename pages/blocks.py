"""StreamField blocks, defined once and used by every page body on the site."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]


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


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="The button text visitors click.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="Shown when opened.")


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The quotation, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=200, help_text="Who said it.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    accordion = AccordionBlock()
    table = TableBlock(
        template="blocks/table.html",
        help_text="Use the first row as column headings for screen readers.",
    )
    quote = QuoteBlock()
