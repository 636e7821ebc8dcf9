"""Demo content: the Spanish names of every demo topic, audience and resource type (our own
translation), so the Spanish library's filters, tags and facts read in Spanish."""

from wagtail.models import Locale

from .models import Audience, ResourceType, Topic

TOPICS_ES = {
    "eligibility": "Elegibilidad de los niños",
    "qualifying-moves": "Mudanzas que califican",
    "qualifying-work": "Trabajo que califica",
    "identification-and-recruitment": "Identificación y reclutamiento",
    "certificate-of-eligibility": "Certificado de Elegibilidad",
    "quality-control": "Control de calidad",
    "comprehensive-needs-assessment": "Evaluación integral de necesidades",
    "service-delivery": "Prestación de servicios",
    "priority-for-services": "Prioridad de servicios",
    "out-of-school-youth": "Jóvenes que no asisten a la escuela",
    "program-evaluation": "Evaluación del programa",
    "fiscal": "Requisitos fiscales",
    "subgranting": "Subvenciones locales",
    "allowable-costs": "Costos permitidos",
    "parent-involvement": "Participación de los padres",
    "parent-advisory-councils": "Consejos Asesores de Padres",
    "records-transfer": "Transferencia de expedientes escolares",
    "msix": "MSIX (intercambio de expedientes de estudiantes migrantes)",
    "english-learners": "Estudiantes de inglés",
}

AUDIENCES_ES = {
    "state-mep-staff": "Personal estatal del MEP",
    "recruiters": "Reclutadores",
    "local-program-staff": "Personal de programas locales",
    "teachers": "Maestros",
    "families": "Familias",
    "researchers": "Investigadores",
}

TYPES_ES = {
    "toolkit": "Conjunto de herramientas",
    "manual": "Manual",
    "curriculum-module": "Módulo de currículo",
    "report": "Informe",
    "brief": "Resumen",
    "webinar-recording": "Grabación de seminario web",
    "presentation": "Presentación",
    "website": "Sitio web",
}


def load():
    spanish = Locale.objects.get(language_code="es")
    for model, names in ((Topic, TOPICS_ES), (Audience, AUDIENCES_ES), (ResourceType, TYPES_ES)):
        for term in model.objects.sources().filter(slug__in=names):
            translate(term, spanish, names[term.slug])


def translate(term, locale, name):
    """The term's translation in `locale`, named `name` (created once, renamed on reload).
    It keeps the source slug: filter links use the source term's slug in every language."""
    translation = term.get_translation_or_none(locale) or term.copy_for_translation(locale)
    translation.name = name
    translation.translation_pending = False  # the demo writes its Spanish name
    translation.save()
    return translation
