"""The accessibility statement and the privacy policy of the demo site, in English and Spanish.
Facts about how the site is built and tested; nothing here is ED's official wording."""

import datetime
import json

from pages.demo import ensure_page, ensure_translation

from .models import StatementPage

REVIEWED = datetime.date(2026, 11, 30)


def body(*blocks):
    """StreamField JSON from ("h2", text) headings and ("p", html) paragraphs."""
    stream = []
    for kind, text in blocks:
        if kind == "h2":
            stream.append({"type": "heading", "value": {"text": text, "level": "h2"}})
        else:
            stream.append({"type": "paragraph", "value": text})
    return json.dumps(stream)


ACCESSIBILITY_EN = body(
    ("h2", "The standard we meet"),
    (
        "p",
        "<p>RESULTS is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at "
        "level AA and Section 508 of the Rehabilitation Act. It uses the U.S. Web Design "
        "System, whose components are designed and tested for accessibility.</p>",
    ),
    ("h2", "How we test"),
    (
        "p",
        "<ul><li>Automated checks on every change: axe-core runs in the Chromium browser on "
        "every type of page, in English and Spanish, at phone and desktop widths, including the "
        "contact form with its error messages; further tests check keyboard access, the skip "
        "link, visible focus and valid HTML.</li><li>Manual checks before each release: the "
        "whole site with the keyboard only, with a screen reader (NVDA on Windows, VoiceOver on "
        "macOS and iOS), zoomed to 200 percent and on a 320-pixel-wide screen.</li></ul>",
    ),
    ("h2", "Known limitations"),
    (
        "p",
        "<ul><li>Some older PDF documents in the resource library were made before this site "
        "and may not be fully tagged for screen readers.</li><li>Recordings of past webinars "
        "from partners may not all have captions or transcripts.</li></ul>",
    ),
    ("h2", "Other formats"),
    (
        "p",
        "<p>Any document on this site can be provided in another format, such as accessible "
        "PDF, Word, large print or plain text, on request. Tell us which document and which "
        "format you need.</p>",
    ),
)

ACCESSIBILITY_ES = body(
    ("h2", "La norma que cumplimos"),
    (
        "p",
        "<p>RESULTS está hecho para cumplir las Pautas de Accesibilidad para el Contenido Web "
        "(WCAG) 2.1, nivel AA, y la Sección 508 de la Ley de Rehabilitación. Usa el Sistema de "
        "Diseño Web de los EE. UU. (USWDS), cuyos componentes se diseñan y prueban pensando en "
        "la accesibilidad.</p>",
    ),
    ("h2", "Cómo lo comprobamos"),
    (
        "p",
        "<ul><li>Pruebas automáticas en cada cambio: axe-core revisa en el navegador Chromium "
        "cada tipo de página, en inglés y en español, en pantallas de teléfono y de computadora, "
        "incluido el formulario de contacto con sus mensajes de error; otras pruebas revisan el "
        "uso con teclado, el enlace para saltar al contenido, el foco visible y que el HTML sea "
        "válido.</li><li>Revisiones manuales antes de cada versión: todo el sitio solo con "
        "teclado, con un lector de pantalla (NVDA en Windows, VoiceOver en macOS e iOS), con "
        "zoom al 200 por ciento y en una pantalla de 320 píxeles de ancho.</li></ul>",
    ),
    ("h2", "Limitaciones conocidas"),
    (
        "p",
        "<ul><li>Algunos documentos PDF antiguos de la biblioteca de recursos son anteriores a "
        "este sitio y quizá no estén etiquetados por completo para lectores de pantalla.</li>"
        "<li>Es posible que no todas las grabaciones de seminarios web de nuestros socios "
        "tengan subtítulos o transcripción.</li></ul>",
    ),
    ("h2", "Otros formatos"),
    (
        "p",
        "<p>Cualquier documento de este sitio se puede ofrecer en otro formato, como PDF "
        "accesible, Word, letra grande o texto simple, si lo pide. Díganos qué documento y qué "
        "formato necesita.</p>",
    ),
)

PRIVACY_EN = body(
    ("h2", "What this site collects"),
    (
        "p",
        "<ul><li><b>Server logs.</b> Like every web server, ours records each request: the "
        "address of your connection, the page asked for, the time and your browser's "
        "name.</li><li><b>The contact form.</b> Your name, email address, topic and message."
        "</li><li><b>Page feedback.</b> Whether a page helped, an optional comment, the page, "
        "its language and the date. Nothing that identifies you is stored with it.</li><li><b>"
        "Staff login.</b> Staff who edit the site get a session cookie and a security cookie "
        "when they log in. Visitors who do not log in get no cookie from us.</li></ul>",
    ),
    ("h2", "Why, and for how long"),
    (
        "p",
        "<p>Server logs keep the site secure and running and are deleted after 90 days. Contact "
        "messages are used only to answer you and are deleted after one year. Page feedback is "
        "used to improve the pages and holds nothing personal.</p>",
    ),
    ("h2", "Who sees it"),
    (
        "p",
        "<p>Only the Office of Migrant Education staff and the contractor team who run "
        "RESULTS. We do not sell or share what you send, except where the law requires it.</p>",
    ),
)

PRIVACY_ES = body(
    ("h2", "Qué recoge este sitio"),
    (
        "p",
        "<ul><li><b>Registros del servidor.</b> Como todo servidor web, el nuestro anota cada "
        "solicitud: la dirección de su conexión, la página pedida, la hora y el nombre de su "
        "navegador.</li><li><b>El formulario de contacto.</b> Su nombre, su correo electrónico, "
        "el tema y su mensaje.</li><li><b>La opinión sobre una página.</b> Si la página le fue "
        "útil, un comentario opcional, la página, su idioma y la fecha. No se guarda nada que "
        "lo identifique.</li><li><b>El acceso del personal.</b> El personal que edita el sitio "
        "recibe una cookie de sesión y una de seguridad al entrar. Los visitantes que no "
        "inician sesión no reciben ninguna cookie nuestra.</li></ul>",
    ),
    ("h2", "Para qué y por cuánto tiempo"),
    (
        "p",
        "<p>Los registros del servidor mantienen el sitio seguro y en funcionamiento y se "
        "borran a los 90 días. Los mensajes de contacto solo se usan para responderle y se "
        "borran al cabo de un año. Las opiniones sobre las páginas sirven para mejorarlas y no "
        "contienen datos personales.</p>",
    ),
    ("h2", "Quién lo ve"),
    (
        "p",
        "<p>Solo el personal de la Oficina de Educación Migrante y el equipo contratista que "
        "administra RESULTS. No vendemos ni compartimos lo que nos envía, salvo cuando la ley "
        "lo exige.</p>",
    ),
)


def load_statements(home):
    accessibility = ensure_page(
        home,
        StatementPage,
        "accessibility",
        title="Accessibility statement",
        summary="RESULTS is for everyone. How we make and test the site, what does not work "
        "yet, and how to ask for help or another format.",
        body=ACCESSIBILITY_EN,
        last_reviewed=REVIEWED,
        review_date_kind=StatementPage.DateKind.REVIEWED,
    )
    ensure_translation(
        accessibility,
        "es",
        title="Declaración de accesibilidad",
        slug="accesibilidad",
        summary="RESULTS es para todos. Cómo hacemos y comprobamos el sitio, qué aún no "
        "funciona bien y cómo pedir ayuda u otro formato.",
        body=ACCESSIBILITY_ES,
    )
    privacy = ensure_page(
        home,
        StatementPage,
        "privacy",
        title="Privacy policy",
        summary="What RESULTS collects when you visit, write to us or rate a page, why, for "
        "how long, and who sees it.",
        body=PRIVACY_EN,
        last_reviewed=REVIEWED,
        review_date_kind=StatementPage.DateKind.CHANGED,
    )
    ensure_translation(
        privacy,
        "es",
        title="Política de privacidad",
        slug="privacidad",
        summary="Qué recoge RESULTS cuando usted nos visita, nos escribe o opina sobre una "
        "página, para qué, por cuánto tiempo y quién lo ve.",
        body=PRIVACY_ES,
    )
    return accessibility, privacy
