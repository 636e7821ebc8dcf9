"""Demo content: the footer's disclaimer and links in English and in Spanish (our own
translation), one FooterText row per language."""

from wagtail.models import Locale

from .models import FooterText

DISCLAIMER = {
    "en": (
        "<p>This website was created by ESCORT under contract number ED-ESE-10-C-0084. "
        "No official endorsement by the U.S. Department of Education (ED) of any product, "
        "commodity, service or enterprise mentioned on this site is intended or should be "
        "inferred.</p>"
    ),
    "es": (
        "<p>Este sitio web fue creado por ESCORT con el contrato número ED-ESE-10-C-0084. "
        "El Departamento de Educación de los EE. UU. (ED) no respalda oficialmente ningún "
        "producto, bien, servicio o empresa que se mencione en este sitio, y no debe "
        "entenderse que lo hace.</p>"
    ),
}

ED_DATA_EXPRESS = "https://eddataexpress.ed.gov/"
LINKS = {
    "en": [("Ed Data Express", ED_DATA_EXPRESS)],
    "es": [("Ed Data Express: datos de educación (en inglés)", ED_DATA_EXPRESS)],
}


def links(language):
    return [{"type": "link", "value": {"text": text, "url": url}} for text, url in LINKS[language]]


def load():
    """The English row (unless editors already wrote one) and its Spanish translation."""
    english = FooterText.objects.filter(locale__language_code="en").first()
    if english is None:
        english = FooterText.objects.create(
            locale=Locale.objects.get(language_code="en"),
            disclaimer=DISCLAIMER["en"],
            footer_links=links("en"),
        )
    spanish_locale = Locale.objects.get(language_code="es")
    if english.get_translation_or_none(spanish_locale) is None:
        spanish = english.copy_for_translation(spanish_locale)
        spanish.disclaimer = DISCLAIMER["es"]
        spanish.footer_links = links("es")
        spanish.translation_pending = False  # the demo writes its Spanish text
        spanish.save()
