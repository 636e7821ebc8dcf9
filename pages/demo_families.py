"""Demo content for the families section, in English and in our own Spanish: plain language,
short sentences, spoken to the family. Facts only from the seed pages and what is known of the
original site (the program's services, ages 3 through 21, recruiters and the Certificate of
Eligibility, records exchange and MSIX, PASS); no eligibility rule is spelled out beyond them."""

import json

from wagtail.models import Page

from .models import AboutPage, FamiliesPage, StandardPage

# Each block is ("h2", text) for a heading or a plain paragraph of text.


def body(*items):
    blocks = []
    for item in items:
        if isinstance(item, tuple):
            level, text = item
            blocks.append({"type": "heading", "value": {"text": text, "level": level}})
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{item}</p>"})
    return json.dumps(blocks)


LANDING = {
    "en": {
        "title": "For families",
        "slug": "families",
        "summary": "The Migrant Education Program helps children and youth whose families move "
        "for work in farming or fishing. Learn what it offers and how to find it in your state.",
        "body": body(
            ("h2", "What is the Migrant Education Program?"),
            "The Migrant Education Program is a program of the U.S. Department of Education. "
            "It sends money to every state. Each state uses the money to find children who can "
            "take part and to give them extra help at school.",
            "Moving can make school harder. A new school may teach different things or have "
            "different rules for graduation. The program helps your children keep learning when "
            "you move, so they do not fall behind.",
            ("h2", "What can the program offer your children?"),
            "Each state decides what it offers. Services can include extra teaching in reading, "
            "math and other subjects, classes in two languages, help choosing a career, "
            "counseling, health services and preschool.",
            "The goal is that your children finish high school with a diploma, or its "
            "equivalent, and are ready for more learning and a good job.",
        ),
        "state_form_intro": "Are you moving? Choose the state you are moving to. You will see "
        "whom to contact there.",
    },
    "es": {
        "title": "Para familias",
        "slug": "familias",
        "summary": "El Programa de Educación Migrante ayuda a niños y jóvenes cuyas familias se "
        "mudan para trabajar en la agricultura o la pesca. Conozca lo que ofrece y cómo "
        "encontrarlo en su estado.",
        "body": body(
            ("h2", "¿Qué es el Programa de Educación Migrante?"),
            "El Programa de Educación Migrante es un programa del Departamento de Educación de "
            "los Estados Unidos. Envía dinero a cada estado. Cada estado usa ese dinero para "
            "encontrar a los niños que pueden participar y para darles ayuda adicional en la "
            "escuela.",
            "Mudarse puede hacer más difícil la escuela. Una escuela nueva puede enseñar otras "
            "cosas o tener otras reglas para graduarse. El programa ayuda a sus hijos a seguir "
            "aprendiendo cuando ustedes se mudan, para que no se queden atrás.",
            ("h2", "¿Qué puede ofrecer el programa a sus hijos?"),
            "Cada estado decide lo que ofrece. Los servicios pueden incluir clases de refuerzo "
            "en lectura, matemáticas y otras materias, clases en dos idiomas, ayuda para "
            "escoger una carrera, consejería, servicios de salud y preescolar.",
            "La meta es que sus hijos terminen la escuela secundaria con un diploma, o su "
            "equivalente, y estén listos para seguir aprendiendo y tener un buen trabajo.",
        ),
        "state_form_intro": "¿Se va a mudar? Elija el estado adonde se muda. Verá a quién "
        "contactar allí.",
    },
}

PAGES = [
    {
        "en": {
            "title": "Can my children take part?",
            "slug": "who-can-take-part",
            "summary": "Who the program is for, and how a recruiter finds out if your children "
            "can take part.",
            "body": body(
                ("h2", "Who the program is for"),
                "The program is for migratory children and youth, from age 3 through age 21. "
                "These are children whose families move to work in farming or fishing. "
                "Young people who work and no longer go to school may "
                "also take part.",
                "Federal law sets the rules. Your state's program can tell you what they mean "
                "for your family.",
                ("h2", "How a family is found: recruiters"),
                "Each state has recruiters. A recruiter's job is to find families who may be "
                "able to take part. A recruiter may come to your home, to your work or to your "
                "children's school.",
                "The recruiter asks questions about your family's moves and your work. If your "
                "children can take part, the recruiter writes down your answers on a form "
                "called the Certificate of Eligibility (COE). The form is the record that your "
                "children can get the program's services.",
                "You can also call your state's program and ask to talk with a recruiter.",
            ),
        },
        "es": {
            "title": "¿Pueden participar mis hijos?",
            "slug": "quien-puede-participar",
            "summary": "Para quién es el programa, y cómo un reclutador averigua si sus hijos "
            "pueden participar.",
            "body": body(
                ("h2", "Para quién es el programa"),
                "El programa es para niños y jóvenes migratorios, de 3 a 21 años de edad. Son "
                "niños cuyas familias se mudan para trabajar en la agricultura o la "
                "pesca. Los jóvenes que trabajan y ya no van a la escuela "
                "también pueden participar.",
                "La ley federal pone las reglas. El programa de su estado le puede explicar lo "
                "que significan para su familia.",
                ("h2", "Cómo se encuentra a una familia: los reclutadores"),
                "Cada estado tiene reclutadores. El trabajo de un reclutador es encontrar a las "
                "familias que tal vez pueden participar. Un reclutador puede ir a su casa, a su "
                "trabajo o a la escuela de sus hijos.",
                "El reclutador le hace preguntas sobre las mudanzas de su familia y sobre su "
                "trabajo. Si sus hijos pueden participar, el reclutador anota sus respuestas en "
                "un formulario llamado Certificado de Elegibilidad (COE, por sus siglas en "
                "inglés). Ese formulario es el registro de que sus hijos pueden recibir los "
                "servicios del programa.",
                "También puede llamar al programa de su estado y pedir hablar con un reclutador.",
            ),
        },
    },
    {
        "en": {
            "title": "When your family moves",
            "slug": "when-you-move",
            "summary": "What to ask for and keep before you move, so your children's new "
            "school can place them quickly.",
            "body": body(
                ("h2", "Before you move"),
                "Tell your children's school and the program that you are moving. Ask the "
                "school for copies of your children's school records and keep them in a safe "
                "place. Useful records are report cards, a list of classes and credits, test "
                "results and health records such as vaccinations.",
                ("h2", "Records that travel with your children"),
                "States share school and health records of migratory children through the "
                "Migrant Student Information Exchange (MSIX). It helps the new school see what "
                "your children have already learned. Then they can start the right classes "
                "and get services sooner.",
                "Your own copies still help. Bring them to the new school on the first day.",
                ("h2", "In your new state"),
                "Contact the Migrant Education Program in the state you move to. The State "
                "directory lists whom to contact in each state.",
            ),
        },
        "es": {
            "title": "Cuando su familia se muda",
            "slug": "cuando-se-muda",
            "summary": "Qué pedir y guardar antes de mudarse, para que la nueva escuela de sus "
            "hijos los coloque pronto en sus clases.",
            "body": body(
                ("h2", "Antes de mudarse"),
                "Avísele a la escuela de sus hijos y al programa que se van a mudar. Pida a la "
                "escuela copias de los expedientes escolares de sus hijos y guárdelas en un "
                "lugar seguro. Son útiles las boletas de calificaciones, la lista de clases y "
                "créditos, los resultados de exámenes y los registros de salud, como las "
                "vacunas.",
                ("h2", "Expedientes que viajan con sus hijos"),
                "Los estados comparten los expedientes escolares y de salud de los niños "
                "migratorios por medio del Sistema de Intercambio de Información de "
                "Estudiantes Migrantes (MSIX, por sus siglas en inglés). Así la nueva escuela "
                "ve lo que sus hijos ya aprendieron. Entonces pueden empezar las clases "
                "correctas y recibir servicios más pronto.",
                "Sus propias copias también ayudan. Llévelas a la nueva escuela el primer día.",
                ("h2", "En su nuevo estado"),
                "Comuníquese con el Programa de Educación Migrante del estado adonde se muda. "
                "El directorio estatal dice a quién contactar en cada estado.",
            ),
        },
    },
    {
        "en": {
            "title": "PASS: courses for high school students",
            "slug": "pass",
            "summary": "The Portable Assisted Study Sequence (PASS) lets high school students "
            "keep earning credits when the family moves.",
            "body": body(
                ("h2", "What PASS is"),
                "PASS stands for Portable Assisted Study Sequence. It started in California in "
                "1978 for the children of migrant farmworkers. With PASS, a student can keep "
                "taking high school courses and earn credits, even when the family moves for "
                "work.",
                ("h2", "Which courses"),
                "Courses include English, algebra, geometry, biology, world geography and "
                "history, environmental science and more.",
                ("h2", "Where PASS is offered"),
                "According to the National PASS Center in Leicester, New York, thirty states "
                "offer PASS. The center writes and coordinates the courses and trains the "
                "staff who use them. Ask the Migrant Education Program in your state if your "
                "child can take PASS courses.",
            ),
        },
        "es": {
            "title": "PASS: cursos para estudiantes de secundaria",
            "slug": "pass",
            "summary": "El programa Portable Assisted Study Sequence (PASS) permite a los "
            "estudiantes de secundaria seguir ganando créditos cuando la familia se muda.",
            "body": body(
                ("h2", "Qué es PASS"),
                "PASS quiere decir Portable Assisted Study Sequence, una serie de cursos que "
                "el estudiante puede llevar consigo. Empezó en California en 1978 para los "
                "hijos de trabajadores agrícolas migrantes. Con PASS, un estudiante puede "
                "seguir tomando cursos de secundaria y ganar créditos, aunque la familia se "
                "mude por trabajo.",
                ("h2", "Qué cursos hay"),
                "Hay cursos de inglés, álgebra, geometría, biología, geografía e historia "
                "mundial, ciencias ambientales y más.",
                ("h2", "Dónde se ofrece PASS"),
                "Según el Centro Nacional de PASS, en Leicester, Nueva York, treinta estados "
                "ofrecen PASS. El centro prepara y coordina los cursos y capacita al personal "
                "que los usa. Pregunte al Programa de Educación Migrante de su estado si su "
                "hijo o hija puede tomar cursos de PASS.",
            ),
        },
    },
]


def load(home, ensure_page, ensure_translation):
    """The section under the English home page, placed right after About Us in the menu, and
    its Spanish translation."""
    english = LANDING["en"]
    families = home.get_children().filter(slug=english["slug"]).first()
    if families is None:
        families = ensure_page(
            home,
            FamiliesPage,
            english["slug"],
            show_in_menus=True,
            **{name: value for name, value in english.items() if name != "slug"},
        )
        about = AboutPage.objects.child_of(home).first()
        if about is not None:
            Page.objects.get(pk=families.pk).move(about, pos="right")
    # Fresh from the database: the move changed its place in the tree.
    families = Page.objects.get(pk=families.pk).specific
    if not isinstance(families, FamiliesPage):
        return  # editors put something else here: theirs
    for page in PAGES:
        fields = page["en"]
        ensure_page(
            families,
            StandardPage,
            fields["slug"],
            **{name: value for name, value in fields.items() if name != "slug"},
        )
    ensure_translation(families, "es", **LANDING["es"])
    for page in PAGES:
        child = families.get_children().filter(slug=page["en"]["slug"]).first()
        if child is not None:
            ensure_translation(child.specific, "es", **page["es"])
