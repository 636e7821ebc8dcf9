"""Demo content for resources, tools and policy. Facts from the seed pages; every sentence is
new. We have none of the real documents, modules or Q&A texts, so files are generated
placeholders titled "Sample document" and every question says it is a sample."""

import datetime
import json

from django.core.management import call_command
from wagtail.models import Locale

from pages.demo import (
    ensure_menu_label,
    ensure_page,
    ensure_translation,
    home_page,
    paragraph,
    sample_document,
)
from pages.models import StandardPage

from . import demo_lessons, demo_orientation, demo_profile, demo_taxonomy_es, demo_toolkits
from .models import (
    Audience,
    CurriculumModule,
    CurriculumPage,
    LibraryFeaturedResource,
    PolicyQAIndexPage,
    PolicyQASetPage,
    PolicyQuestion,
    ResourceDocument,
    ResourceLibraryPage,
    ResourcePage,
    ResourceType,
    ToolkitPage,
    Topic,
)

SAMPLE_NOTE = (
    "Sample entry for the demo site: the date and the attached file are placeholders, "
    "not the published resource."
)

# Topics follow the chapters of the MEP Non-Regulatory Guidance.
TOPICS = [
    ("Child eligibility", "eligibility", ["Qualifying moves", "Qualifying work"]),
    (
        "Identification and recruitment",
        "identification-and-recruitment",
        ["Certificate of Eligibility", "Quality control"],
    ),
    ("Comprehensive needs assessment", "comprehensive-needs-assessment", []),
    ("Service delivery", "service-delivery", ["Priority for services", "Out-of-school youth"]),
    ("Program evaluation", "program-evaluation", []),
    ("Fiscal requirements", "fiscal", ["Subgranting", "Allowable costs"]),
    ("Parent involvement", "parent-involvement", ["Parent Advisory Councils"]),
    ("Records transfer", "records-transfer", ["MSIX"]),
    ("English learners", "english-learners", []),
]

AUDIENCES = [
    ("State MEP staff", "state-mep-staff"),
    ("Recruiters", "recruiters"),
    ("Local program staff", "local-program-staff"),
    ("Teachers", "teachers"),
    ("Families", "families"),
    ("Researchers", "researchers"),
]

TYPES = [
    ("Toolkit", "toolkit"),
    ("Manual", "manual"),
    ("Curriculum module", "curriculum-module"),
    ("Report", "report"),
    ("Brief", "brief"),
    ("Webinar recording", "webinar-recording"),
    ("Presentation", "presentation"),
    ("Website", "website"),
]


def load():
    home = home_page()
    topics = load_taxonomy()
    demo_taxonomy_es.load()
    manual, curriculum = load_tools(home)
    demo_toolkits.load(manual.get_parent().specific)
    demo_orientation.load(manual.get_parent().specific)
    demo_lessons.load(curriculum)
    library = load_library(home, topics, {"manual": manual, "curriculum": curriculum})
    demo_profile.load(library)
    policy_index = load_policy(home, topics)
    load_spanish(library, manual.get_parent().specific, policy_index)
    # The whole-toolkit PDFs, now that every page of the toolkits is published.
    call_command("build_toolkit_downloads")


def load_taxonomy():
    topics = {}
    for order, (name, slug, subtopics) in enumerate(TOPICS, start=1):
        main, _ = Topic.objects.sources().get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order * 10}
        )
        topics[slug] = main
        for sub_order, sub_name in enumerate(subtopics, start=1):
            sub_slug = Topic._meta.get_field("slug").to_python(
                sub_name.lower().replace(" ", "-").replace("(", "").replace(")", "")
            )
            topics[sub_slug], _ = Topic.objects.sources().get_or_create(
                slug=sub_slug, defaults={"name": sub_name, "parent": main, "sort_order": sub_order}
            )
    for order, (name, slug) in enumerate(AUDIENCES, start=1):
        Audience.objects.sources().get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    for order, (name, slug) in enumerate(TYPES, start=1):
        ResourceType.objects.sources().get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    return topics


# Entries without a file whose date the seeds do not give.
SAMPLE_DATES = {"our-nations-english-learners"}

# (title, slug, type, date, topics, audiences, summary, external url, sample file?)
RESOURCES = [
    (
        "Identification and recruitment guidance revised for ESSA",
        "national-idr-manual-resource",
        "manual",
        datetime.date(2017, 10, 1),
        ["identification-and-recruitment", "eligibility"],
        ["state-mep-staff", "recruiters"],
        "Downloadable chapters of OME's guidance on identifying and recruiting eligible "
        "migratory children, revised in fall 2017 to reflect the Every Student Succeeds Act.",
        "",
        True,
    ),
    (
        "Recruiter training materials revised for ESSA",
        "national-idr-curriculum-resource",
        "curriculum-module",
        datetime.date(2017, 10, 1),
        ["identification-and-recruitment", "certificate-of-eligibility"],
        ["recruiters", "state-mep-staff"],
        "Training modules that prepare recruiters and their supervisors to find eligible "
        "children and document their eligibility, revised to reflect ESSA.",
        "",
        True,
    ),
    (
        "MEP Policy Q&As: January 2018",
        "mep-policy-qas-january-2018",
        "brief",
        datetime.date(2018, 1, 1),
        ["eligibility", "fiscal"],
        ["state-mep-staff"],
        "OME's answers to specific policy scenarios, a companion to the Non-Regulatory "
        "Guidance that helps States think through situations they may meet.",
        "",
        True,
    ),
    (
        "National Study on English Learners and Digital Resources",
        "national-study-english-learners-digital-resources",
        "report",
        datetime.date(2018, 12, 1),
        ["english-learners"],
        ["researchers", "teachers"],
        "The Department's first national look at how districts and teachers use educational "
        "technology to teach English learners, the fastest-growing group of students.",
        "",
        True,
    ),
    (
        "Our Nation's English Learners",
        "our-nations-english-learners",
        "website",
        datetime.date(2018, 2, 1),
        ["english-learners"],
        ["researchers", "state-mep-staff"],
        "An interactive Department of Education website on who English learners are and "
        "where they live, using data from the 2009-10 and 2014-15 school years.",
        "https://www2.ed.gov/datastory/el-characteristics/index.html",
        False,
    ),
    (
        "2018 Annual Directors' Meeting presentations",
        "2018-annual-directors-meeting-presentations",
        "presentation",
        datetime.date(2018, 3, 5),
        ["service-delivery", "program-evaluation"],
        ["state-mep-staff"],
        "Slides and handouts from the sessions of the 2018 Annual Directors' Meeting, held "
        "March 5–7, 2018 in Washington, D.C.",
        "",
        True,
    ),
    (
        "Subgranting Webinar recording",
        "subgranting-webinar-recording",
        "webinar-recording",
        datetime.date(2018, 3, 29),
        ["subgranting", "fiscal"],
        ["state-mep-staff"],
        "The recording and materials of OME's technical assistance webinar on subgranting "
        "MEP funds, held on March 29, 2018.",
        "",
        True,
    ),
    (
        "MEP Family Engagement: State and Local PACs",
        "mep-family-engagement-state-and-local-pacs",
        "webinar-recording",
        datetime.date(2019, 1, 16),
        ["parent-advisory-councils", "parent-involvement"],
        ["state-mep-staff", "families", "local-program-staff"],
        "From the Mentoring Initiative's virtual meeting: how states form and support local "
        "Parent Advisory Councils and connect them with the state PAC.",
        "",
        True,
    ),
    (
        "In One Generation, A Farmworker Family Grows College Ambitions",
        "farmworker-family-college-ambitions",
        "report",
        datetime.date(2018, 8, 29),
        ["out-of-school-youth", "service-delivery"],
        ["families", "teachers"],
        "An NPR story and podcast following a 14-year-old who migrates with his parents "
        "between North Dakota and Texas, and the challenges he meets on the way to college.",
        "https://www.npr.org/",
        False,
    ),
    (
        "Education, Unsettled: recruiters keeping migrant students in school",
        "education-unsettled-recruiters",
        "report",
        datetime.date(2018, 11, 28),
        ["identification-and-recruitment", "out-of-school-youth"],
        ["recruiters", "state-mep-staff"],
        "Education Week on North Carolina recruiters who identify and enroll migrant students "
        "and support out-of-school youth, and on the value of coordination between states.",
        "https://www.edweek.org/",
        False,
    ),
    (
        "Sample brief: moving records with MSIX",
        "sample-brief-msix-records",
        "brief",
        datetime.date(2017, 5, 1),
        ["msix", "records-transfer"],
        ["local-program-staff", "state-mep-staff"],
        "A placeholder brief on using the Migrant Student Information Exchange so records "
        "reach a student's new school quickly.",
        "",
        True,
    ),
    (
        "Sample toolkit: comprehensive needs assessment",
        "sample-toolkit-comprehensive-needs-assessment",
        "toolkit",
        datetime.date(2016, 9, 1),
        ["comprehensive-needs-assessment", "program-evaluation"],
        ["state-mep-staff"],
        "A placeholder toolkit that walks a state through planning its comprehensive needs "
        "assessment and service delivery plan.",
        "",
        True,
    ),
    (
        "Sample report: priority for services",
        "sample-report-priority-for-services",
        "report",
        datetime.date(2019, 4, 1),
        ["priority-for-services", "service-delivery"],
        ["state-mep-staff", "local-program-staff"],
        "A placeholder report on how states decide which migratory children receive "
        "priority for services.",
        "",
        True,
    ),
]


def load_library(home, topics, tools):
    library = ensure_page(
        home,
        ResourceLibraryPage,
        "resource-library",
        replace_other_types=True,
        title="Resource Library",
        intro="<p>Reports, briefs, toolkits, presentations and recordings about migrant "
        "education. Search the library or narrow it by topic, type, audience and year.</p>",
    )
    types = {t.slug: t for t in ResourceType.objects.sources().all()}
    audiences = {a.slug: a for a in Audience.objects.sources().all()}
    created = {}
    for title, slug, kind, date, topic_slugs, audience_slugs, summary, url, sample in RESOURCES:
        existing = ResourcePage.objects.child_of(library).filter(slug=slug).first()
        if existing:
            created[slug] = existing
            continue
        body = []  # the summary is the page's lead already
        if sample:
            body.append(SAMPLE_NOTE)
        elif slug in SAMPLE_DATES:
            body.append("Sample entry for the demo site: the date is a placeholder.")
        body = json.loads(paragraph(*body))
        for key, tool in tools.items():
            if slug == f"national-idr-{key}-resource":
                body.append(
                    {
                        "type": "call_to_action",
                        "value": {"text": f"Use the interactive {tool.title}", "page": tool.pk},
                    }
                )
        page = ResourcePage(
            title=title,
            slug=slug,
            summary=summary,
            date=date,
            resource_type=types[kind],
            external_url=url,
            body=json.dumps(body),
        )
        page.topics = [topics[s] for s in topic_slugs]
        page.audiences = [audiences[s] for s in audience_slugs]
        if sample:
            page.documents = [
                ResourceDocument(
                    document=sample_document(title, f"{slug[:60]}-sample.pdf", summary)
                )
            ]
        library.add_child(instance=page)
        page.save_revision().publish()
        created[slug] = page
    if not library.featured_resources.exists():
        for order, slug in enumerate(
            [
                "national-idr-manual-resource",
                "national-idr-curriculum-resource",
                "mep-policy-qas-january-2018",
            ]
        ):
            LibraryFeaturedResource.objects.create(
                library=library, resource=created[slug], sort_order=order
            )
    return library


def download(title):
    document = sample_document(title, f"{title.lower().replace(' ', '-')[:60]}-sample.pdf")
    return {"document": document.pk, "title": ""}


# Each chapter and part with a sentence saying what it covers (written for the demo; the
# real manual's text is not in the seeds).
MANUAL_SECTIONS = [
    (
        "Introduction",
        "Why identification and recruitment matters and how the manual is organized.",
        [
            ("Purpose of the manual", "What the manual covers and who it is written for."),
            (
                "What changed under ESSA",
                "How the Every Student Succeeds Act changed identification and recruitment.",
            ),
        ],
    ),
    (
        "Child eligibility",
        "The parts of the definition of a migratory child and how each one is met.",
        [
            ("Qualifying moves", "When a move counts toward eligibility."),
            ("Qualifying work", "Which work counts toward eligibility."),
            (
                "Temporary and seasonal employment",
                "How to tell whether work is temporary or seasonal.",
            ),
        ],
    ),
    (
        "Recruiting eligible children",
        "Planning recruitment, working with employers and communities, and interviewing families.",
        [
            ("Recruitment plans", "Deciding where, when and how recruiters look for families."),
            (
                "The eligibility interview",
                "Asking the questions that decide eligibility, respectfully and completely.",
            ),
        ],
    ),
    (
        "Documenting eligibility",
        "Completing the Certificate of Eligibility so that each determination is supported.",
        [
            ("The Certificate of Eligibility", "Filling in the certificate, part by part."),
            (
                "Comments that support a determination",
                "Writing comments that show how each part of the definition is met.",
            ),
        ],
    ),
    (
        "Quality control",
        "Reviewing determinations, re-interviews and correcting errors.",
        [
            ("Re-interviewing", "Checking determinations by interviewing families again."),
            ("Corrective actions", "What to do when a determination turns out to be wrong."),
        ],
    ),
]

CURRICULUM_MODULES = [
    (
        "1",
        "introductory",
        "Overview of the MEP and ID&R",
        "Explain why identifying and "
        "recruiting eligible children is the first step toward every MEP service.",
        "1 hour",
        "recruiters",
        "identification-and-recruitment",
    ),
    (
        "2",
        "introductory",
        "The child eligibility definition",
        "Name each part of the definition of a migratory child and the evidence it requires.",
        "2 hours",
        "recruiters",
        "eligibility",
    ),
    (
        "3",
        "intermediate",
        "Qualifying moves and qualifying work",
        "Decide whether a move and the work that followed meet the definitions.",
        "2.5 hours",
        "recruiters",
        "qualifying-work",
    ),
    (
        "4",
        "intermediate",
        "Interviewing families",
        "Plan and conduct an eligibility interview that is respectful and complete.",
        "1.5 hours",
        "recruiters",
        "identification-and-recruitment",
    ),
    (
        "5",
        "intermediate",
        "Completing the Certificate of Eligibility",
        "Record an eligibility determination clearly enough for any reviewer to follow.",
        "2 hours",
        "recruiters",
        "certificate-of-eligibility",
    ),
    (
        "6",
        "advanced",
        "Quality control for supervisors",
        "Set up reviews and re-interviews that catch errors early.",
        "2 hours",
        "state-mep-staff",
        "quality-control",
    ),
    (
        "7",
        "advanced",
        "Planning statewide recruitment",
        "Write a recruitment plan that reaches every area where migratory families live and work.",
        "1.5 hours",
        "state-mep-staff",
        "identification-and-recruitment",
    ),
]


def load_tools(home):
    tools = ensure_page(
        home,
        StandardPage,
        "tools-curriculum",
        title="Tools & Curriculum",
        summary="Manuals, curricula and tools for identification and recruitment and for "
        "serving migrant students.",
        show_in_menus=True,
    )
    manual = ensure_page(
        tools,
        ToolkitPage,
        "national-idr-manual",
        title="National ID&R Manual",
        seo_title="National ID&R Manual: Identification and Recruitment of Migratory Children",
        summary="OME's manual on identifying and recruiting eligible migratory children, "
        "revised in fall 2017 to reflect the changes the Every Student Succeeds Act (ESSA) made "
        "to the program.",
        revision_note="Revised fall 2017 to reflect the Every Student Succeeds Act (ESSA)",
        search_terms="ID&R manual IDR manual identification and recruitment manual recruiter "
        "handbook eligibility",
        intro="<p>Use the contents to jump to a chapter or part. Each chapter can be "
        "downloaded on its own. The files on this demo site are samples, not the real manual."
        "</p>",
        full_document=sample_document("National ID&R Manual", "national-idr-manual-sample.pdf"),
        sections=json.dumps(
            [
                {
                    "type": "section",
                    "value": {
                        "title": title,
                        "body": f"<p>{text}</p>",
                        "downloads": [download(f"ID&R Manual chapter {n}: {title}")],
                        "subsections": [
                            {"title": sub, "body": f"<p>{sub_text}</p>", "downloads": []}
                            for sub, sub_text in subsections
                        ],
                    },
                }
                for n, (title, text, subsections) in enumerate(MANUAL_SECTIONS, start=1)
            ]
        ),
        show_in_menus=True,
    )
    curriculum = tools.get_children().filter(slug="national-idr-curriculum").first()
    if curriculum is None:
        audiences = {a.slug: a for a in Audience.objects.sources().all()}
        curriculum = CurriculumPage(
            title="National ID&R Curriculum",
            slug="national-idr-curriculum",
            summary="Training modules for recruiters and their supervisors on identifying and "
            "recruiting eligible migratory children, revised to reflect ESSA.",
            revision_note="Revised to reflect the Every Student Succeeds Act (ESSA)",
            show_in_menus=True,
            search_terms="ID&R curriculum IDR training modules recruiter training",
            intro="<p>The modules are meant to be taught in order. The module list, training "
            "times and files on this demo site are samples, not the published curriculum.</p>",
        )
        curriculum.modules = [
            CurriculumModule(
                module=number,
                level=level,
                title=f"Sample module: {title}",
                objective=objective,
                training_time=f"{time} (sample)",
                audience=audiences[audience],
                topic=Topic.objects.sources().get(slug=topic),
                document=sample_document(
                    f"ID&R Curriculum module {number}",
                    f"idr-curriculum-module-{number}.pdf",
                    f"{title}. {objective}",
                ),
            )
            for number, level, title, objective, time, audience, topic in CURRICULUM_MODULES
        ]
        tools.add_child(instance=curriculum)
        curriculum.save_revision().publish()
    if not tools.specific.body:
        tools = tools.specific
        tools.body = json.dumps(
            [
                {
                    "type": "paragraph",
                    "value": "<p>OME has published revised versions of the National ID&amp;R "
                    "Manual and the National ID&amp;R Curriculum that reflect the changes the "
                    "Every Student Succeeds Act (ESSA) made to the program. Both are here as "
                    "interactive tools and as downloadable documents.</p>",
                },
                {
                    "type": "call_to_action",
                    "value": {"text": "View the Interactive ID&R Manual", "page": manual.pk},
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "View the Interactive ID&R Curriculum",
                        "page": curriculum.pk,
                    },
                },
            ]
        )
        tools.save_revision().publish()
    return manual, curriculum


POLICY_INTRO = (
    "<p>The Office of Migrant Education (OME) answers questions about the Migrant Education "
    "Program (MEP) that come up in practice. The answers work through specific situations to "
    "help States reason about the cases they meet.</p>"
    "<p>The Q&amp;As add to the MEP Non-Regulatory Guidance; they do not replace it. Like the "
    "guidance, they are a resource for States deciding how to run the program. A State may "
    "adopt its own policies and procedures that differ from OME's, provided they are "
    "consistent with the statute and the regulations.</p>"
)

SAMPLE_PREFIX = "Sample question — not OME policy."

# (number, topic slug, subtopic slug, question, answer, technical edit)
QUESTIONS = [
    (
        "A1",
        "eligibility",
        "qualifying-moves",
        "Does a move within the same school district count as a qualifying move?",
        "Placeholder answer about moves between residences and school districts.",
        False,
    ),
    (
        "A2",
        "eligibility",
        "qualifying-work",
        "Does work on a fishing vessel count as qualifying work?",
        "Placeholder answer about fishing work and its seasonal or temporary nature.",
        False,
    ),
    (
        "A3",
        "eligibility",
        "qualifying-work",
        "How should a recruiter treat work in a food processing plant?",
        "Placeholder answer about processing work and agricultural products.",
        True,
    ),
    (
        "B1",
        "identification-and-recruitment",
        "certificate-of-eligibility",
        "Who may sign the Certificate of Eligibility for a family?",
        "Placeholder answer about the interviewee and the recruiter.",
        False,
    ),
    (
        "B2",
        "identification-and-recruitment",
        "quality-control",
        "How often should a State re-interview families?",
        "Placeholder answer about prospective re-interviews.",
        False,
    ),
    (
        "C1",
        "fiscal",
        "subgranting",
        "May a State subgrant MEP funds to a nonprofit organization?",
        "Placeholder answer about subgrants to local operating agencies.",
        False,
    ),
    (
        "C2",
        "fiscal",
        "allowable-costs",
        "Can MEP funds pay for a recruiter's mileage?",
        "Placeholder answer about reasonable and necessary costs.",
        True,
    ),
    (
        "D1",
        "service-delivery",
        "priority-for-services",
        "Which children must receive priority for services?",
        "Placeholder answer about children failing or at risk of failing whose "
        "education was interrupted.",
        False,
    ),
    (
        "D2",
        "service-delivery",
        "out-of-school-youth",
        "May a State serve out-of-school youth who already hold a diploma?",
        "Placeholder answer about youth who have not graduated.",
        False,
    ),
    (
        "E1",
        "records-transfer",
        "msix",
        "How quickly must a State send records through MSIX when a student moves?",
        "Placeholder answer about timely records exchange.",
        False,
    ),
]


def load_policy(home, topics):
    legislation = ensure_page(
        home,
        StandardPage,
        "legislation-policy",
        title="Legislation & Policy",
        summary="The statute, regulations and guidance that govern the Migrant Education Program.",
        show_in_menus=True,
    )
    index = ensure_page(
        legislation,
        PolicyQAIndexPage,
        "policy-qas",
        title="MEP Policy Q&As",
        intro=POLICY_INTRO,
        show_in_menus=True,
    )
    if not PolicyQASetPage.objects.child_of(index).exists():
        qa_set = PolicyQASetPage(
            title="MEP Policy Q&As FY18 v.2 (January)",
            slug="fy18-v2-january",
            version_label="FY18 v.2 (January)",
            issue_date=datetime.date(2018, 1, 1),
            document=sample_document(
                "MEP Policy Q&As FY18 v.2 (January)", "mep-policy-qas-fy18-v2-sample.pdf"
            ),
            introduction="<p>The questions on this demo site are samples written for testing; "
            "they are not OME's questions or answers. Download the official version from OME.</p>",
        )
        qa_set.questions = [
            PolicyQuestion(
                number=number,
                topic=topics[topic],
                subtopic=topics[subtopic],
                question=f"{SAMPLE_PREFIX} {question}",
                answer=f"<p>{SAMPLE_PREFIX} {answer}</p>",
                technical_edit=edit,
            )
            for number, topic, subtopic, question, answer, edit in QUESTIONS
        ]
        index.add_child(instance=qa_set)
        qa_set.save_revision().publish()
    if not legislation.specific.body:
        legislation = legislation.specific
        legislation.body = json.dumps(
            [
                {
                    "type": "call_to_action",
                    "value": {"text": "Search the MEP Policy Q&As", "page": index.pk},
                }
            ]
        )
        legislation.save_revision().publish()
    return index


SPANISH_POLICY_INTRO = (
    "<p>La Oficina de Educación Migrante (OME) responde preguntas sobre el Programa de "
    "Educación Migrante (MEP) que surgen en la práctica. Las respuestas analizan situaciones "
    "concretas para ayudar a los estados a decidir en los casos que encuentran.</p>"
    "<p>Las preguntas y respuestas completan la guía no reglamentaria del MEP; no la "
    "reemplazan. Como la guía, son un recurso para los estados que deciden cómo administrar el "
    "programa. Un estado puede adoptar políticas y procedimientos propios distintos de los de "
    "la OME, siempre que sean compatibles con la ley y el reglamento.</p>"
)


def load_spanish(library, tools, policy_index):
    """The library, Tools & Curriculum, Legislation & Policy and the Policy Q&As in Spanish, so
    any resource, tool or Q&A set below them can be translated on its own. What they list stays
    in English until an editor translates it."""
    spanish_library = ensure_translation(
        library,
        "es",
        title="Biblioteca de recursos",
        slug="biblioteca-de-recursos",
        intro="<p>Informes, resúmenes, guías, presentaciones y grabaciones sobre la educación "
        "migrante. Busque en la biblioteca o limite la lista por tema, tipo, público y año.</p>",
    )
    spanish_tools = ensure_translation(
        tools,
        "es",
        title="Herramientas y currículo",
        slug="herramientas-y-curriculo",
        summary="Manuales, currículos y herramientas para la identificación y el reclutamiento "
        "y para atender a los estudiantes migrantes.",
    )
    legislation = policy_index.get_parent().specific
    index_was_translated = policy_index.get_translation_or_none(
        Locale.objects.get(language_code="es")
    )
    spanish_legislation = ensure_translation(
        legislation,
        "es",
        title="Legislación y política",
        slug="legislacion-y-politica",
        summary="La ley, el reglamento y la guía que rigen el Programa de Educación Migrante.",
    )
    spanish_index = ensure_translation(
        policy_index,
        "es",
        title="Preguntas y respuestas sobre la política del MEP",
        slug="preguntas-y-respuestas",
        intro=SPANISH_POLICY_INTRO,
    )
    if index_was_translated is None:
        # Just created: the call to action copied from English points at the English Q&As.
        # (Fetched again: adding the Q&As below it changed its row in the tree.)
        spanish_legislation = StandardPage.objects.get(pk=spanish_legislation.pk)
        spanish_legislation.body = json.dumps(
            [
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "Buscar en las preguntas y respuestas sobre la política del MEP",
                        "page": spanish_index.pk,
                    },
                }
            ]
        )
        spanish_legislation.save_revision().publish()
    # Short menu labels: the eight sections' Spanish titles do not fit on one row of the
    # navigation bar at 1024 px (the pages keep their full titles).
    ensure_menu_label(spanish_library, "Biblioteca")
    ensure_menu_label(spanish_tools, "Herramientas")
    ensure_menu_label(StandardPage.objects.get(pk=spanish_legislation.pk), "Leyes y política")
