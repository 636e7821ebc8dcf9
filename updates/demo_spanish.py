"""Spanish translations of demo stories and updates (our own translation): the 2017 PASS
spotlight, the two press articles and the updates about the Mentoring Initiative meeting and
the national study on English learners. The press articles' headlines and citations stay as
published, in English."""

from pages.demo import demo_image, ensure_translation, paragraph

STORIES = {
    "2017-pass-student-of-the-year-jocelyn-martinez": {
        "title": "Estudiante PASS del Año 2017: Jocelyn Martinez",
        "slug": "estudiante-pass-del-ano-2017-jocelyn-martinez",
        "state": "Dakota del Norte",
        "target_audience": "Estudiantes migrantes de secundaria y preparatoria, personal del MEP",
        "synopsis": "Una estudiante de Dakota del Norte siguió ganando créditos de la escuela "
        "secundaria con PASS mientras su familia se mudaba por trabajo. La nombraron Estudiante "
        "PASS del Año a nivel nacional.",
        "quote_attribution": "Jocelyn Martinez, Estudiante PASS del Año 2017",
        "quote": "No sé lo que me traerá el futuro, pero espero que esté lleno de logros y de "
        "muchas oportunidades. Con toda mi dedicación y mi esfuerzo, puedo decir con orgullo "
        "que soy migrante y que toda mi vida he luchado por dar lo mejor.",
        "summary": "Jocelyn Martinez, de Dakota del Norte, fue nombrada Estudiante Migrante "
        "PASS del Año 2017 a nivel nacional.",
        "body": paragraph(
            "La cita es nuestra traducción de las palabras de Jocelyn, que las dijo en inglés.",
            "El programa Portable Assisted Study Sequence (PASS) empezó en California en 1978. "
            "Permite a los hijos de trabajadores agrícolas migrantes seguir ganando créditos "
            "escolares mientras su familia se muda por trabajo.",
            "Los estudiantes pueden tomar inglés, álgebra, geometría, biología, geografía e "
            "historia mundial, ciencias ambientales y más. Según el Centro Nacional de PASS, en "
            "Leicester, Nueva York, que prepara y coordina los cursos y ofrece materiales y "
            "capacitación, treinta estados ofrecen PASS hoy.",
        ),
    },
    "one-youths-journey-towards-college": {
        "title": "El camino de un joven hacia la universidad",
        "slug": "el-camino-de-un-joven-hacia-la-universidad",
        "summary": "NPR publicó un artículo y un pódcast sobre Angel Benavides, de 14 años, "
        "que cada año se muda con sus padres entre Dakota del Norte y Texas. Cuenta su camino "
        "hacia la universidad y los obstáculos que encuentra. El artículo está en inglés.",
        "body": paragraph(
            "Enlace de muestra: el botón lleva a la página principal de NPR hasta que un editor "
            "agregue la dirección del artículo."
        ),
    },
    "recruiter-challenges-and-solutions": {
        "title": "Retos y soluciones de los reclutadores",
        "slug": "retos-y-soluciones-de-los-reclutadores",
        "summary": "Education Week cuenta cómo los reclutadores de Carolina del Norte encuentran "
        "a estudiantes migrantes, los inscriben en la escuela y ayudan a los jóvenes que no "
        "asisten a ella. Sigue la ruta de Michigan a Florida y a Carolina del Norte, muestra "
        "lo que ofrece PASS y explica por qué los estados deben coordinarse. El artículo está "
        "en inglés.",
        "body": paragraph(
            "Enlace de muestra: el botón lleva a la página principal de Education Week hasta "
            "que un editor agregue la dirección del artículo."
        ),
    },
}

UPDATES = {
    "mentoring-initiative-family-engagement-pacs": {
        "title": "Iniciativa de Mentoría del MEP: la participación de las familias y los "
        "Consejos Asesores de Padres",
        "slug": "iniciativa-de-mentoria-participacion-de-las-familias",
        "summary": "El miércoles 16 de enero de 2019, de 2:00 a 3:30 p. m. (hora del Este), la "
        "Iniciativa de Mentoría tiene una reunión virtual sobre la participación de las "
        "familias por medio de los Consejos Asesores de Padres (PAC) estatales y locales.",
        "body": paragraph(
            "Presentadores de varios estados explicarán por qué existen los consejos locales, "
            "cómo se forman y cómo los apoyan los estados. La reunión busca maneras de dar más "
            "voz a los padres y de unir mejor los consejos locales con el consejo estatal.",
            "Los datos para conectarse están en la página de la reunión, en Seminarios web y "
            "reuniones.",
        ),
    },
    "national-study-english-learners-digital-resources": {
        "title": "Estudio nacional sobre los estudiantes de inglés y los recursos digitales",
        "slug": "estudio-nacional-estudiantes-de-ingles-recursos-digitales",
        "summary": "El Departamento de Educación de los Estados Unidos publicó un estudio "
        "nacional sobre cómo los distritos y los maestros usan la tecnología educativa para "
        "enseñar a los estudiantes de inglés, el grupo de estudiantes que más crece en el país.",
        "body": paragraph(
            "Es el primer estudio que mira en todo el país los recursos digitales de aprendizaje "
            "para estudiantes de inglés: desde lo que eligen los distritos hasta la manera en "
            "que los maestros usan esas herramientas en clase. El estudio está en inglés.",
        ),
    },
}


def load(updates, stories):
    """Translate what is there (after the sections themselves); a page editors removed or
    renamed is left alone."""
    for index, items in ((stories, STORIES), (updates, UPDATES)):
        for slug, fields in items.items():
            original = index.get_children().filter(slug=slug).first()
            if original is not None:
                ensure_translation(
                    original.specific, "es", **fields, **spanish_image(original.specific, fields)
                )


def spanish_image(original, fields):
    """A placeholder image with Spanish alt text, for a story that has an image."""
    if getattr(original, "listing_image_id", None) is None:
        return {}
    title = fields["title"]
    return {
        "listing_image": demo_image(
            f"{title} (imagen)",
            f"Imagen de muestra con las palabras {title}.",
            colour=(84, 0, 132),
            label=title,
        )
    }
