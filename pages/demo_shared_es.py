"""Demo content: the Spanish text of every demo impact figure and State contact (our own
translation of the English rows), so the Spanish home page, Our Impact and the State
directory read in Spanish. Only the text is translated: the figures and the contact data
come from the English rows (see pages.translatable)."""

from wagtail.models import Locale

from .models import ImpactStatistic, StateProgram

#: English label → Spanish label, footnote and note (the English note or footnote, if any,
#: translated; empty stays empty).
IMPACT_LABELS_ES = {
    "Birth to 2 years old": "Desde que nacen hasta los 2 años",
    "Age 3-5": "De 3 a 5 años",
    "K-12 and ungraded": "De kínder a 12.º grado, y sin grado",
    "Out of school": "Fuera de la escuela",
    "Grade not specified": "Grado sin indicar",
    "Total students": "Total de estudiantes",
    "Migrant youth participating in the Migrant Education Program": (
        "Jóvenes migrantes en el Programa de Educación Migrante"
    ),
}

IMPACT_TEXT_ES = {
    "not in kindergarten": "que no van al kínder",
    "Replace with the Ed Data Express value before launch.": (
        "Cifra de muestra: se cambiará por el valor de Ed Data Express antes de abrir el sitio."
    ),
    "MEP National Profile for Performance Period 2021-2022": (
        "Perfil nacional del Programa de Educación Migrante, período 2021-2022"
    ),
    "Ed Data Express": "Ed Data Express",
    "Migrant youth participating in the MEP": (
        "Jóvenes migrantes en el Programa de Educación Migrante"
    ),
}

STATE_NAMES_ES = {
    "AK": "Alaska",
    "AL": "Alabama",
    "AR": "Arkansas",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DC": "Distrito de Columbia",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawái",
    "IA": "Iowa",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Luisiana",
    "MA": "Massachusetts",
    "MD": "Maryland",
    "ME": "Maine",
    "MI": "Míchigan",
    "MN": "Minnesota",
    "MO": "Misuri",
    "MS": "Misisipi",
    "MT": "Montana",
    "NC": "Carolina del Norte",
    "ND": "Dakota del Norte",
    "NE": "Nebraska",
    "NH": "Nuevo Hampshire",
    "NJ": "Nueva Jersey",
    "NM": "Nuevo México",
    "NV": "Nevada",
    "NY": "Nueva York",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregón",
    "PA": "Pensilvania",
    "PR": "Puerto Rico",
    "RI": "Rhode Island",
    "SC": "Carolina del Sur",
    "SD": "Dakota del Sur",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "VT": "Vermont",
    "WA": "Washington",
    "WI": "Wisconsin",
    "WV": "Virginia Occidental",
    "WY": "Wyoming",
}

#: The sample contacts' English text (pages/demo.py) → Spanish.
STATE_TEXT_ES = {
    "State MEP Director (sample)": "Director estatal del Programa de Educación Migrante (muestra)",
    "Sample entry: replace with the contact confirmed by the state.": (
        "Dato de muestra: hay que cambiarlo por el contacto que confirme el estado."
    ),
}


def load():
    spanish = Locale.objects.get(language_code="es")
    for statistic in ImpactStatistic.objects.sources().filter(label__in=IMPACT_LABELS_ES):
        translate(
            statistic,
            spanish,
            label=IMPACT_LABELS_ES[statistic.label],
            footnote=in_spanish(statistic.footnote, IMPACT_TEXT_ES),
            note=in_spanish(statistic.note, IMPACT_TEXT_ES),
            source_name=in_spanish(statistic.source_name, IMPACT_TEXT_ES),
            group_heading=in_spanish(statistic.group, IMPACT_TEXT_ES),
        )
    for state in StateProgram.objects.sources().filter(code__in=STATE_NAMES_ES):
        translate(
            state,
            spanish,
            name=STATE_NAMES_ES[state.code],
            director_title=in_spanish(state.director_title, STATE_TEXT_ES),
            notes=in_spanish(state.notes, STATE_TEXT_ES),
        )


def in_spanish(text, translations):
    """The Spanish of a demo text; text editors wrote (not in the table) is left out."""
    return translations.get(text, "") if text else ""


def translate(row, locale, **text):
    """The row's translation in `locale` with `text`, created once (a reload leaves what
    editors have written alone); its figures or contact data are the source row's (copied
    when it is saved)."""
    translation = row.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = row.copy_for_translation(locale)
    for name, value in text.items():
        setattr(translation, name, value)
    translation.translation_pending = False  # the demo writes its Spanish text
    translation.save()
    return translation
