"""The image and document forms of the admin (`WAGTAILIMAGES_IMAGE_FORM_BASE`,
`WAGTAILDOCS_DOCUMENT_FORM_BASE`): what may be uploaded is said before a file is chosen.
Loaded by Wagtail when the admin needs them, never at model import time."""

import os

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from pages.models.documents import DocumentLanguage, document_language, set_document_language


def allowed_types_text(extensions):
    return ", ".join(extension.upper() for extension in extensions)


class DocumentForm(BaseDocumentForm):
    """The document upload and edit forms say which files are accepted before one is chosen
    (Wagtail only names the size limit, and the types once a file is refused), and ask which
    language the document is in."""

    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        # The multiple uploader's first step sends only the file; English until edited.
        required=False,
        help_text=DocumentLanguage._meta.get_field("language").help_text,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["language"] = document_language(self.instance)
        elif "language" not in self.initial:
            self.initial["language"] = settings.LANGUAGE_CODE
        file_field = self.fields.get("file")
        if file_field is None:
            return
        extensions = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []
        parts = []
        if extensions:
            parts.append(f"Allowed file types: {allowed_types_text(extensions)}.")
            file_field.widget.attrs["accept"] = ",".join(f".{ext}" for ext in extensions)
        max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if max_size:
            parts.append(f"Maximum file size: {filesizeformat(max_size)}.")
        file_field.help_text = " ".join(parts)

    def save(self, commit=True):
        document = super().save(commit=commit)
        if commit:
            language = self.cleaned_data.get("language") or settings.LANGUAGE_CODE
            if language != document_language(document):
                set_document_language(document, language)
        return document


def title_from_filename(title):
    """'Annual report 2019.pdf' -> 'Annual report 2019' (only a known image extension)."""
    stem, extension = os.path.splitext(title or "")
    allowed = getattr(settings, "WAGTAILIMAGES_EXTENSIONS", None) or []
    return stem if stem and extension[1:].lower() in allowed else title


class ImageForm(BaseImageForm):
    """Images need alt text before they are saved; the multiple uploader says so up front, and
    an upload waiting for its alt text gets a title without the file extension."""

    SAVED_AFTER_ALT_TEXT = (
        "An image is saved only once its alt text is entered: after the upload, fill in the "
        'alt text under each image and press "Update". Until then it is not in the library.'
    )
    WAITING_FOR_ALT_TEXT = (
        'Not saved yet: enter the alt text and press "Update" to add this image to the '
        "library. Describe the image for people who cannot see it; say what matters in the "
        "picture, not 'image of'."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if file_field is not None:
            if kwargs.get("instance") is None and not self.prefix:
                # Wagtail's "Supported formats: … Maximum filesize: …", then our note: only on
                # Images → Add an image, whose page shows the file picker alone (Wagtail builds
                # that form without an image). The one-image add form (given a new image), the
                # chooser's Upload tab (prefixed) and an image's edit page show the alt text
                # field beside the file, and an image being edited is in the library already.
                file_field.help_text = f"{file_field.help_text} {self.SAVED_AFTER_ALT_TEXT}"
        elif self.instance.pk is None:
            # The multiple uploader's form for a file kept aside until its alt text is given.
            if "description" in self.fields:
                self.fields["description"].help_text = self.WAITING_FOR_ALT_TEXT
            if "title" in self.fields and not self.is_bound:
                # Wagtail titles it with the raw file name, extension and all.
                self.initial["title"] = title_from_filename(self.instance.title)
