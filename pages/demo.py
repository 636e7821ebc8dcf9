"""Demo content for the pages app, and the helpers every app's demo module uses.

Facts come from the original RESULTS site; every sentence is written fresh. Figures and files we
do not have are labelled samples. Running it twice changes nothing: existing pages are left as
editors may have changed them."""

import io
import json

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from . import demo_families, demo_footer, demo_impact, demo_shared_es
from .addresses import site_hostname_and_port
from .demo_images import DESCRIPTIONS, abstract_png
from .demo_subscribe import load_subscribe
from .models import (
    AboutPage,
    AboutPageService,
    CustomImage,
    HomePage,
    ImpactPage,
    ImpactStatistic,
    InitiativePage,
    SiteSettings,
    StandardPage,
    StateDirectoryPage,
    StateProgram,
)
from .sample_pdf import sample_pdf

# Helpers shared by the demo modules of every app --------------------------------------------


def ensure_page(parent, model, slug, *, replace_other_types=False, **fields):
    """Return the child of `parent` with this slug, creating and publishing it if missing.

    With `replace_other_types`, a placeholder of another type at the same slug (a standard page
    standing in for a section another app now provides) is replaced by `model`, keeping its
    place among its siblings so the menu order stays the same.
    """
    existing = parent.get_children().filter(slug=slug).first()
    next_sibling = None
    if existing is not None:
        existing = existing.specific
        if isinstance(existing, model) or not replace_other_types:
            return existing
        next_sibling = existing.get_next_sibling()
        fields.setdefault("show_in_menus", existing.show_in_menus)
        existing.delete()
        parent.refresh_from_db()
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    if next_sibling is not None:
        page.move(next_sibling, pos="left")
    return page


def ensure_translation(page, language_code, **fields):
    """The page's translation into `language_code`, created with `fields` and published if
    missing (its parent must be translated first). An existing translation is left alone."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    if "slug" in fields:
        # Renamed in place before its first publish, so Wagtail does not add a redirect from
        # a slug that was never public.
        slug = fields.pop("slug")
        url_path = f"{translation.get_parent().url_path}{slug}/"
        Page.objects.filter(pk=translation.pk).update(slug=slug, url_path=url_path)
    translation = Page.objects.get(pk=translation.pk).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def ensure_menu_label(page, label):
    """The page with a short menu label (the Promote tab's "Menu label", BasePage.menu_title)
    unless it has one already; a demo database loaded before the field existed gets it too."""
    if not page.menu_title:
        page.menu_title = label
        page.save_revision().publish()
    return page


def paragraph(*texts):
    """StreamField JSON for one rich-text block per paragraph of plain text."""
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts])


def demo_image(title, alt_text, colour=(26, 68, 128), label=""):
    """A generated sample image (no real photos are available to us): abstract shapes in the
    theme's colours (pages/demo_images.py), titled "Sample image: …" in the admin. Alt text
    that promised words in the picture (the old placeholders had them) is replaced."""
    title = f"Sample image: {title}"
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    if "words" in alt_text or "palabras" in alt_text:
        alt_text = DESCRIPTIONS["es" if "palabras" in alt_text else "en"]
    filename = f"{slugify(title)[:60]}.png"
    png = abstract_png(title, background=colour)
    image = CustomImage(
        title=title, description=alt_text, file=ImageFile(io.BytesIO(png), name=filename)
    )
    image.save()
    return image


def sample_pdf_bytes(title):
    """A one-page PDF that says plainly it is a sample, not the real document."""
    text = f"Sample document - {title}".replace("\\", "").replace("(", "[").replace(")", "]")
    stream = (
        f"BT /F1 18 Tf 72 720 Td ({text}) Tj "
        "0 -28 Td (Placeholder file for the RESULTS demo site.) Tj ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def sample_document(title, filename, summary=""):
    """A sample PDF document titled 'Sample document: …', created once: a real few-page PDF
    (pages/sample_pdf.py, WeasyPrint) with `summary` as its text, or a one-line placeholder
    where WeasyPrint cannot run."""
    Document = get_document_model()
    full_title = f"Sample document: {title}"
    existing = Document.objects.filter(title=full_title).first()
    if existing:
        return existing
    document = Document(title=full_title)
    content = sample_pdf(title, summary) or sample_pdf_bytes(title)
    document.file.save(filename, ContentFile(content))
    document.file_size = document.file.size
    document.save()
    return document


def home_page():
    return HomePage.objects.get(depth=2, slug="home", locale__language_code="en")


# This app's content -------------------------------------------------------------------------

SERVICES = [
    "Academic instruction",
    "Remedial and compensatory instruction",
    "Bilingual and multicultural instruction",
    "Vocational instruction",
    "Career education services",
    "Special guidance",
    "Counseling and testing services",
    "Health services",
    "Preschool services",
]

INITIATIVES = [
    (
        "Binational Migrant Initiative",
        "binational-migrant-initiative",
        "Works with partners in Mexico so that students who move between the two countries "
        "can keep learning without losing ground.",
    ),
    (
        "Comprehensive Needs Assessment",
        "comprehensive-needs-assessment",
        "Helps states find out what migrant children and youth need most, and plan services "
        "around those needs.",
    ),
    (
        "Identification and Recruitment",
        "identification-and-recruitment",
        "Supports recruiters who find and enroll eligible migratory children, the first step "
        "toward every service the program offers.",
    ),
    (
        "Student Records Exchange",
        "student-records-exchange",
        "Gets students' education and health records to their new school quickly when they "
        "move, so placement and services are not delayed.",
    ),
    (
        "Secondary Students",
        "secondary-students",
        "Focuses on migrant students in middle and high school, and on out-of-school youth, "
        "on the way to a diploma or its equivalent.",
    ),
    (
        "Migrant Health",
        "migrant-health",
        "Connects migrant children and their families with the health services that help "
        "them do well in school.",
    ),
]

SECTIONS = [
    (
        "Legislation & Policy",
        "legislation-policy",
        "The statute, regulations and guidance that govern the Migrant Education Program.",
    ),
    (
        "Tools & Curriculum",
        "tools-curriculum",
        "Manuals, curricula and tools for identification and recruitment and for serving "
        "migrant students.",
    ),
    (
        "Resource Library",
        "resource-library",
        "Reports, briefs, presentations and other resources about migrant education.",
    ),
    (
        "Webinars & Meetings",
        "webinars-meetings",
        "Upcoming and past webinars, virtual meetings and conferences for MEP staff.",
    ),
]


def load():
    root = Page.get_first_root_node()
    statistics = load_statistics()
    home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
    if home is None:
        # Replace Wagtail's "Welcome" placeholder with our home page.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                placeholder.delete()
        root.refresh_from_db()
        home = HomePage(
            title="Home",
            slug="home",
            seo_title="RESULTS: Migrant Education Resource Center",
            hero_tagline="Collaboration & Coordination To Achieve Results For Migrant Education",
            impact_statistic=statistics["2016-17"],
            program_goal_intro=(
                "<p>The Migrant Education Program works so that every migrant student meets "
                "challenging academic standards and earns a high school diploma or its "
                "equivalent (HSED), ready for citizenship, further learning and a good job. "
                "RESULTS brings together information, tools and resources that help states "
                "coordinate services for children who move between them.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # The Site record follows the configured address (SITE_URL: by default the port
    # `make run PORT=…` serves) on every run, so the admin's Sites screen agrees with it.
    hostname, port = site_hostname_and_port()
    if (site.root_page_id, site.hostname, site.port) != (home.id, hostname, port):
        if site.root_page_id != home.id:
            site.site_name = "RESULTS"
            site.root_page = home
        site.hostname, site.port = hostname, port
        site.save()

    SiteSettings.for_site(site)  # the settings' defaults; the footer text is demo_footer's
    about = load_about(home)
    load_states(about)
    load_impact(about)
    demo_impact.load(home)
    for title, slug, summary in SECTIONS:
        ensure_page(home, StandardPage, slug, title=title, summary=summary, show_in_menus=True)
    load_spanish(home, about)
    demo_shared_es.load()
    demo_footer.load()
    demo_families.load(home, ensure_page, ensure_translation)
    load_subscribe(home)


def load_statistics():
    label = "Migrant youth participating in the Migrant Education Program"
    note = "Replace with the Ed Data Express value before launch."
    statistics = {}
    for year, value in [("2014-15", 100000), ("2016-17", 110000)]:
        statistics[year], _ = ImpactStatistic.objects.get_or_create(
            label=label,
            school_year=year,
            defaults={
                "value": value,
                "source_name": "Ed Data Express",
                "source_url": "https://eddataexpress.ed.gov/",
                "note": note,
                "is_sample": True,
            },
        )
    return statistics


def load_about(home):
    about = home.get_children().filter(slug="about-us").first()
    if about is None:
        about = AboutPage(
            title="About Us",
            slug="about-us",
            show_in_menus=True,
            mission_statement=(
                "The Office of Migrant Education (OME) offers leadership, technical assistance "
                "and funding that widen educational opportunity and academic success for "
                "migrant children and youth, agricultural workers, fishers and their families."
            ),
            program_goal=(
                "The Migrant Education Program (MEP) works so that all migrant students reach "
                "challenging academic standards and graduate with a high school diploma, or "
                "complete a GED, prepared for responsible citizenship, further learning and "
                "productive work."
            ),
            body=paragraph(
                "Migrant Education funds pay for high-quality education programs for migratory "
                "children. They help make sure that children who move from state to state are "
                "not held back by differences in curriculum, graduation requirements or "
                "academic standards, and that they get the education and support services "
                "they need to meet the same challenging standards expected of every child.",
                "The federal money reaches state educational agencies (SEAs) by formula. The "
                "formula looks at each state's per-pupil spending on education and at its "
                "count of eligible migratory children, ages 3 through 21, living in the state. "
                "States use the funds to identify eligible children and to provide education "
                "and support services.",
                "The Migrant Education Resource Center (MERC), known as RESULTS, supports "
                "interstate and intrastate coordination of the MEP. It improves communication "
                "among MEP stakeholders through this website and other media, gives "
                "presentations on topics that matter to the program, and produces a review of "
                "the literature on the MEP and related resources.",
            ),
            services_intro="<p>With program funds, states provide services such as:</p>",
            initiatives_intro=(
                "<p>OME runs leadership initiatives that build the capacity of state agencies, "
                "school districts, schools and community organizations to keep improving "
                "results for migrant children. Today they focus on:</p>"
            ),
        )
        about.services = [AboutPageService(name=name) for name in SERVICES]
        home.add_child(instance=about)
        about.save_revision().publish()

    for title, slug, summary in INITIATIVES:
        ensure_page(
            about,
            InitiativePage,
            slug,
            title=title,
            summary=summary,
            show_in_menus=True,
            body=paragraph(summary),
            listing_image=demo_image(
                f"{title} illustration",
                f"Decorative banner with the words {title}.",
                label=title,
            ),
        )
    return about


# Three states from the seeds' migration story (Michigan to Florida to North Carolina) carry a
# made-up contact so the directory shows what a filled-in entry looks like. The names, the
# reserved example.org addresses and the 555-01xx numbers are placeholders, never real people.
SAMPLE_CONTACT_STATES = ["FL", "MI", "NC"]


def load_states(about):
    ensure_page(
        about,
        StateDirectoryPage,
        "state-directory",
        title="State MEP Directory",
        show_in_menus=True,
        intro=(
            "<p>Find the Migrant Education Program in another state or territory, so a "
            "student who moves keeps getting services. Choose a state on the map or in the "
            "table to see whom to contact.</p>"
        ),
    )
    for number, code in enumerate(SAMPLE_CONTACT_STATES, start=1):
        state = StateProgram.objects.sources().filter(code=code).first()
        if state is None or state.has_contact or state.last_verified or state.is_sample_contact:
            continue  # Editors have been here, or the state is missing: leave it alone.
        state.director_name = f"Sample Contact {number} (placeholder, not a real person)"
        state.director_title = "State MEP Director (sample)"
        state.email = f"sample-mep-{code.lower()}@example.org"
        state.phone = f"555-010-01{number:02d}"
        state.is_sample_contact = True
        state.notes = "Sample entry: replace with the contact confirmed by the state."
        state.save()


def load_impact(about):
    ensure_page(
        about,
        ImpactPage,
        "our-impact",
        title="Our Impact Over Time",
        show_in_menus=True,
        intro=(
            "<p>How many migrant children and youth the Migrant Education Program reaches, "
            "school year by school year. Figures marked as samples are placeholders until "
            "the published values are entered.</p>"
        ),
    )


# En español: the home page, About Us, the six initiatives and About Us's two sections (the
# state directory, Our Impact), in our own translation; each app translates its own section
# pages, so an editor can translate any single page below them ("Translate" needs the parent
# translated). Pages below the sections stay in English until someone translates them;
# Spanish lists show them in their place, marked lang="en".

SPANISH_SERVICES = [
    "Instrucción académica",
    "Instrucción de refuerzo y compensatoria",
    "Instrucción bilingüe y multicultural",
    "Formación vocacional",
    "Servicios de orientación profesional",
    "Orientación especial",
    "Servicios de consejería y evaluación",
    "Servicios de salud",
    "Servicios preescolares",
]

SPANISH_INITIATIVES = {
    "binational-migrant-initiative": (
        "Iniciativa Binacional Migrante",
        "iniciativa-binacional-migrante",
        "Trabaja con socios en México para que los estudiantes que se mudan entre los dos "
        "países sigan aprendiendo sin quedarse atrás.",
    ),
    "comprehensive-needs-assessment": (
        "Evaluación Integral de Necesidades",
        "evaluacion-integral-de-necesidades",
        "Ayuda a los estados a saber qué necesitan más los niños y jóvenes migrantes, y a "
        "planear los servicios según esas necesidades.",
    ),
    "identification-and-recruitment": (
        "Identificación y Reclutamiento",
        "identificacion-y-reclutamiento",
        "Apoya a los reclutadores que buscan e inscriben a los niños migratorios elegibles, el "
        "primer paso hacia todos los servicios que ofrece el programa.",
    ),
    "student-records-exchange": (
        "Intercambio de Expedientes Estudiantiles",
        "intercambio-de-expedientes-estudiantiles",
        "Hace llegar pronto los expedientes académicos y de salud de los estudiantes a su nueva "
        "escuela cuando se mudan, para que la inscripción y los servicios no se retrasen.",
    ),
    "secondary-students": (
        "Estudiantes de Secundaria",
        "estudiantes-de-secundaria",
        "Se dedica a los estudiantes migrantes de escuela intermedia y secundaria, y a los "
        "jóvenes que no asisten a la escuela, en su camino hacia un diploma o su equivalente.",
    ),
    "migrant-health": (
        "Salud Migrante",
        "salud-migrante",
        "Pone en contacto a los niños migrantes y a sus familias con los servicios de salud que "
        "los ayudan a salir bien en la escuela.",
    ),
}


def load_spanish(home, about):
    spanish_home = ensure_translation(
        home,
        "es",
        title="Inicio",
        slug="inicio",
        seo_title="RESULTS: Centro de Recursos de Educación Migrante",
        hero_tagline="Colaboración y coordinación para lograr resultados en la educación migrante",
        program_goal_intro=(
            "<p>El Programa de Educación Migrante trabaja para que cada estudiante migrante "
            "alcance estándares académicos exigentes y obtenga un diploma de escuela secundaria "
            "o su equivalente (HSED), preparado para la ciudadanía, para seguir aprendiendo y "
            "para un buen empleo. RESULTS reúne información, herramientas y recursos que ayudan "
            "a los estados a coordinar los servicios para los niños que se mudan de un estado a "
            "otro.</p>"
        ),
    )
    ensure_translation(
        about,
        "es",
        title="Quiénes somos",
        slug="quienes-somos",
        mission_statement=(
            "La Oficina de Educación Migrante (OME) ofrece liderazgo, asistencia técnica y "
            "fondos que amplían las oportunidades educativas y el éxito académico de los niños "
            "y jóvenes migrantes, de los trabajadores agrícolas, de los pescadores y de sus "
            "familias."
        ),
        program_goal=(
            "El Programa de Educación Migrante (MEP) trabaja para que todos los estudiantes "
            "migrantes alcancen estándares académicos exigentes y se gradúen con un diploma de "
            "escuela secundaria, o completen un GED, preparados para ser ciudadanos "
            "responsables, seguir aprendiendo y tener un trabajo productivo."
        ),
        body=paragraph(
            "Los fondos de Educación Migrante pagan programas educativos de alta calidad para "
            "niños migratorios. Ayudan a que los niños que se mudan de un estado a otro no se "
            "queden atrás por diferencias en el plan de estudios, en los requisitos de "
            "graduación o en los estándares académicos, y a que reciban la educación y los "
            "servicios de apoyo que necesitan para alcanzar los mismos estándares exigentes que "
            "se esperan de todos los niños.",
            "El dinero federal llega a las agencias estatales de educación (SEA) según una "
            "fórmula. La fórmula toma en cuenta lo que cada estado gasta en educación por "
            "alumno y el número de niños migratorios elegibles, de 3 a 21 años, que viven en el "
            "estado. Los estados usan los fondos para identificar a los niños elegibles y para "
            "ofrecerles servicios educativos y de apoyo.",
            "El Centro de Recursos de Educación Migrante (MERC), conocido como RESULTS, apoya "
            "la coordinación del MEP entre los estados y dentro de cada estado. Mejora la "
            "comunicación entre todos los que participan en el MEP por medio de este sitio web "
            "y otros medios, da presentaciones sobre temas importantes para el programa y "
            "prepara una revisión de las publicaciones sobre el MEP y de recursos relacionados.",
        ),
        services=[AboutPageService(name=name) for name in SPANISH_SERVICES],
        services_intro="<p>Con los fondos del programa, los estados ofrecen servicios como:</p>",
        initiatives_intro=(
            "<p>La OME dirige iniciativas de liderazgo que fortalecen a las agencias estatales, "
            "los distritos escolares, las escuelas y las organizaciones comunitarias para que "
            "sigan mejorando los resultados de los niños migrantes. Hoy se centran en:</p>"
        ),
    )
    for initiative in InitiativePage.objects.child_of(about):
        if initiative.slug not in SPANISH_INITIATIVES:
            continue  # an initiative editors added: theirs to translate
        title, slug, summary = SPANISH_INITIATIVES[initiative.slug]
        ensure_translation(
            initiative,
            "es",
            title=title,
            slug=slug,
            summary=summary,
            body=paragraph(summary),
            listing_image=demo_image(
                f"{title} (ilustración)",
                f"Banner decorativo con las palabras {title}.",
                label=title,
            ),
        )
    load_spanish_about_sections(about)
    return spanish_home


def load_spanish_about_sections(about):
    """The state directory and Our Impact, under Quiénes somos."""
    directory = StateDirectoryPage.objects.child_of(about).filter(slug="state-directory").first()
    if directory is not None:
        ensure_translation(
            directory,
            "es",
            title="Directorio de programas estatales",
            slug="directorio-estatal",
            intro=(
                "<p>Encuentre el Programa de Educación Migrante de otro estado o territorio, "
                "para que un estudiante que se muda siga recibiendo servicios. Elija un estado "
                "en el mapa o en la tabla para ver a quién contactar.</p>"
            ),
            unverified_text="Contacto aún no verificado",
        )
    impact = ImpactPage.objects.child_of(about).filter(slug="our-impact").first()
    if impact is not None:
        ensure_translation(
            impact,
            "es",
            title="Nuestro impacto a lo largo del tiempo",
            slug="nuestro-impacto",
            intro=(
                "<p>Cuántos niños y jóvenes migrantes atiende el Programa de Educación Migrante, "
                "año escolar por año escolar. Las cifras marcadas como muestras ocupan el lugar "
                "de los valores publicados hasta que se agreguen.</p>"
            ),
        )
