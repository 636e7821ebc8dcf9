"""Demo content of the contact app: the contact page and the accessibility statement and
privacy policy, in English and Spanish, and the site settings that point to them."""

from wagtail.models import Site

from pages.demo import ensure_page, ensure_translation, home_page
from pages.models import SiteSettings

from .demo_statements import load_statements
from .models import ContactFormField, ContactPage

FIELDS = {
    "en": [
        ("Your name", "singleline", True, ""),
        ("Email address", "email", True, "We use it only to answer you."),
        ("Topic", "topic", True, ""),
        ("Message", "multiline", True, "Up to 3,000 characters."),
    ],
    "es": [
        ("Su nombre", "singleline", True, ""),
        ("Correo electrónico", "email", True, "Solo lo usamos para responderle."),
        ("Tema", "topic", True, ""),
        ("Mensaje", "multiline", True, "Hasta 3000 caracteres."),
    ],
}


def set_fields(page, language):
    """Create the page's form fields (and publish them in a new revision) unless it has some."""
    if page.form_fields.exists():
        return
    for order, (label, kind, required, help_text) in enumerate(FIELDS[language]):
        ContactFormField.objects.create(
            page=page,
            sort_order=order,
            label=label,
            field_type=kind,
            required=required,
            help_text=help_text,
        )
    page = ContactPage.objects.get(pk=page.pk)
    page.save_revision().publish()


def load():
    home = home_page()
    contact = ensure_page(
        home,
        ContactPage,
        "contact",
        title="Contact us",
        intro="<p>Questions about RESULTS, a correction to a State contact, a broken link or an "
        "accessibility problem: write to the RESULTS team of the Office of Migrant Education. "
        "We answer within three working days.</p>",
        thank_you_text="<p>Thank you. Your message has reached the RESULTS team; we answer "
        "within three working days, by email.</p>",
        subject="RESULTS contact form",
    )
    set_fields(contact, "en")
    spanish = ensure_translation(
        contact,
        "es",
        title="Contacto",
        slug="contacto",
        intro="<p>Preguntas sobre RESULTS, una corrección a un contacto estatal, un enlace que no "
        "funciona o un problema de accesibilidad: escriba al equipo de RESULTS de la Oficina de "
        "Educación Migrante. Respondemos en un plazo de tres días hábiles.</p>",
        thank_you_text="<p>Gracias. Su mensaje llegó al equipo de RESULTS; le responderemos por "
        "correo electrónico en un plazo de tres días hábiles.</p>",
    )
    if spanish.form_fields.filter(label="Your name").exists():
        spanish.form_fields.all().delete()
    set_fields(spanish, "es")
    accessibility, privacy = load_statements(home)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for name, page in [
        ("contact_page", contact),
        ("accessibility_page", accessibility),
        ("privacy_page", privacy),
    ]:
        if getattr(site_settings, f"{name}_id") is None:
            setattr(site_settings, name, page)
            changed = True
    if not site_settings.contact_form_recipient:
        site_settings.contact_form_recipient = "results-team@example.gov"
        site_settings.accessibility_email = "accessibility@example.gov"
        changed = True
    if changed:
        site_settings.save()
