"""Spanish translations of demo events (our own translation), beyond the Mentoring Initiative
meeting that events/demo.py translates: the Subgranting Webinar."""

from pages.demo import ensure_translation, paragraph

EVENTS = {
    "subgranting-webinar": {
        "title": "Seminario web sobre subvenciones",
        "slug": "seminario-web-sobre-subvenciones",
        "summary": "Parte de la serie de seminarios web de asistencia técnica: la Oficina de "
        "Educación Migrante (OME) explica cómo se otorgan subvenciones con los fondos del "
        "Programa de Educación Migrante.",
        "body": paragraph(
            "La Oficina de Educación Migrante dio este seminario web como parte de su serie de "
            "asistencia técnica. La hora en que se dio no está registrada aquí.",
            "Las diapositivas de abajo son una muestra hasta que se agreguen los materiales "
            "originales.",
        ),
    },
}


def load(index):
    """After the section is translated; an event editors removed is left alone."""
    for slug, fields in EVENTS.items():
        original = index.get_children().filter(slug=slug).first()
        if original is not None:
            ensure_translation(original.specific, "es", **fields)
