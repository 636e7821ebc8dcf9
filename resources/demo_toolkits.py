"""Demo content: the toolkits of the MEP continuous improvement cycle under Tools & Curriculum.

The CNA Toolkit and the SDP Toolkit are read article by article (GuidePage → GuideSectionPage
→ GuideArticlePage); the Program Evaluation Toolkit is one page with its downloads. Titles and
structure follow what is known of the real toolkits; every sentence is ours, and the files are
labelled samples."""

import json

from pages.demo import ensure_page, paragraph, sample_document

from .models import GuideArticlePage, GuidePage, GuideSectionPage, ToolkitPage

SAMPLE_NOTE = (
    "This demo toolkit follows the structure of OME's toolkit; its text is a short summary "
    "written for this site, not the published toolkit."
)

# (section title, slug, intro, [(article title, slug, summary, [paragraphs])])
CNA_STEPS = [
    (
        "Step 1: Preliminary Work",
        "preliminary-work",
        "Set up the needs assessment before any data are collected.",
        [
            (
                "Setting up a management team",
                "management-team",
                "Who plans and oversees the needs assessment, and how they share the work.",
                [
                    "A small management team keeps the needs assessment on schedule. It "
                    "usually includes the State MEP director, a data specialist and someone "
                    "who knows the local projects well.",
                    "The team agrees on a timeline, a budget and who will write each part of "
                    "the final report.",
                ],
            ),
            (
                "Forming the needs assessment committee",
                "needs-assessment-committee",
                "The stakeholders who help interpret data and choose priorities.",
                [
                    "The committee brings together parents of migratory children, "
                    "recruiters, teachers and partners from other programs, so that decisions "
                    "reflect more than one point of view.",
                ],
            ),
        ],
    ),
    (
        "Step 2: Explore What Is",
        "explore-what-is",
        "Describe the State's migratory children and the services they receive today.",
        [
            (
                "Writing concern statements",
                "concern-statements",
                "Short statements of what may stand in the way of students' success.",
                [
                    "A concern statement names a condition that affects migratory students, "
                    "such as interrupted schooling, in words everyone on the committee can "
                    "agree on.",
                    "Each statement is then checked against data in the next step.",
                ],
            ),
            (
                "Building a student profile",
                "student-profile",
                "A picture of the State's migratory children drawn from existing data.",
                [
                    "The profile brings together counts by age and grade, mobility, language "
                    "and achievement, so that the committee starts from the same facts.",
                ],
            ),
        ],
    ),
    (
        "Step 3: Gather and Analyze Data",
        "gather-and-analyze-data",
        "Collect the data that confirm or rule out each concern.",
        [
            (
                "Planning data collection",
                "planning-data-collection",
                "Which data answer which concern, and where they come from.",
                [
                    "For every concern statement, the team lists the data that would show "
                    "whether the need is real and how large it is, and who holds those data.",
                ],
            ),
            (
                "Analyzing and presenting the data",
                "analyzing-data",
                "Turning the data into need indicators the committee can compare.",
                [
                    "Gaps between migratory students and other students are written as need "
                    "indicators, so that needs of different sizes can be ranked side by side.",
                ],
            ),
        ],
    ),
    (
        "Step 4: Make Decisions",
        "make-decisions",
        "Set priorities and propose solutions.",
        [
            (
                "Setting priorities",
                "setting-priorities",
                "Ranking the confirmed needs by size and urgency.",
                [
                    "The committee weighs each confirmed need by how many students it "
                    "affects, how large the gap is and how much the MEP can change it.",
                ],
            ),
            (
                "Proposing solutions",
                "proposing-solutions",
                "Strategies that answer the priority needs.",
                [
                    "For each priority need, the committee suggests solutions that research "
                    "or experience supports and that the State can afford.",
                ],
            ),
        ],
    ),
    (
        "Step 5: Transition to SDP",
        "transition-to-sdp",
        "Hand the results over to the service delivery plan.",
        [
            (
                "Writing the CNA report",
                "cna-report",
                "What the report contains and who reads it.",
                [
                    "The report records the needs found, the data behind them and the "
                    "solutions proposed, and becomes the starting point of the SDP.",
                ],
            ),
        ],
    ),
]

CNA_EXTRA = [
    (
        "Step-by-step guide",
        "step-by-step-guide",
        "The five steps of the CNA on one page, with what each one produces.",
        [
            "Step 1 sets up the people and the plan; Step 2 describes the students and writes "
            "concern statements; Step 3 gathers data for each concern; Step 4 ranks the needs "
            "and proposes solutions; Step 5 hands the results to the service delivery plan.",
        ],
    ),
    (
        "Glossary",
        "glossary",
        "Terms and definitions related to the MEP CNA, SDP and program evaluation.",
        [
            "Comprehensive needs assessment (CNA): the State's study of the needs of its "
            "migratory children, repeated on a regular cycle.",
            "Service delivery plan (SDP): the State's plan for meeting the needs the CNA "
            "found, with measurable program outcomes.",
            "Measurable program outcome (MPO): what a service is expected to achieve, stated "
            "so that it can be measured.",
            "Priority for services (PFS): migratory children who have made a move in the past "
            "year and are failing, or most at risk of failing, to meet State standards.",
        ],
    ),
]

SDP_SECTIONS = [
    (
        "Section A: Getting Started",
        "section-a",
        "What the toolkit is for and how a State plans its SDP.",
        [
            ("A.1 About This Toolkit", "about-this-toolkit"),
            ("A.2 Requirements for the SDP", "requirements"),
        ],
    ),
    (
        "Section B: Planning the SDP",
        "section-b",
        "Forming the planning committee and reviewing the CNA's results.",
        [
            ("B.1 The SDP Committee", "sdp-committee"),
            ("B.2 Reviewing the CNA Results", "reviewing-cna-results"),
        ],
    ),
    (
        "Section C: Writing the SDP",
        "section-c",
        "Performance targets, strategies and measurable program outcomes.",
        [
            ("C.1 Performance Targets", "performance-targets"),
            ("C.2 Measurable Program Outcomes", "measurable-program-outcomes"),
        ],
    ),
    (
        "Section D: Carrying Out the SDP",
        "section-d",
        "From the written plan to services, monitoring and evaluation.",
        [
            ("D.1 Communicating the Plan", "communicating-the-plan"),
            ("D.6 Project Planning", "project-planning"),
            ("Developing a Project Plan: Overview", "developing-a-project-plan"),
        ],
    ),
]

EVALUATION_ELEMENTS = [
    ("AMO results", "How migratory students did against the State's annual objectives."),
    ("MPO results", "Whether each measurable program outcome of the SDP was met."),
    ("Disaggregated results", "Results for priority-for-services students and other groups."),
    ("Implementation results", "Whether services were delivered as the SDP planned."),
    ("Recommendations", "What the State will change, based on the results above."),
]


def add_article(parent, title, slug, summary, paragraphs):
    return ensure_page(
        parent,
        GuideArticlePage,
        slug,
        title=title,
        summary=summary,
        body=paragraph(*paragraphs),
    )


def load_cna(tools):
    guide = ensure_page(
        tools,
        GuidePage,
        "cna-toolkit",
        show_in_menus=True,
        title="Comprehensive Needs Assessment (CNA) Toolkit",
        summary="A step-by-step guide for State MEPs conducting a comprehensive needs "
        "assessment: the first of the three toolkits of the continuous improvement cycle.",
        search_terms="CNA toolkit needs assessment continuous improvement cycle",
        intro=f"<p>Read the toolkit step by step, or search it. {SAMPLE_NOTE}</p>",
    )
    for title, slug, intro, articles in CNA_STEPS:
        section = ensure_page(guide, GuideSectionPage, slug, title=title, intro=intro)
        for article in articles:
            add_article(section, *article)
    for article in CNA_EXTRA:
        add_article(guide, *article)
    return guide


def load_sdp(tools):
    guide = ensure_page(
        tools,
        GuidePage,
        "sdp-toolkit",
        show_in_menus=True,
        title="Service Delivery Plan (SDP) Toolkit",
        summary="A guide for State MEPs writing a service delivery plan that answers the "
        "needs their CNA found, updated for the Every Student Succeeds Act (ESSA).",
        revision_note="Updated for the Every Student Succeeds Act (ESSA)",
        search_terms="SDP toolkit service delivery plan",
        intro=f"<p>{SAMPLE_NOTE}</p>",
    )
    for title, slug, intro, articles in SDP_SECTIONS:
        section = ensure_page(guide, GuideSectionPage, slug, title=title, intro=intro)
        for article_title, article_slug in articles:
            add_article(
                section,
                article_title,
                article_slug,
                f"{intro} (Sample summary.)",
                [f"Sample text for “{article_title}”: {intro[0].lower()}{intro[1:]}"],
            )
    return guide


def load_evaluation(tools):
    def download(title):
        document = sample_document(title, f"{title.lower().replace(' ', '-')[:60]}-sample.pdf")
        return {"document": document.pk, "title": ""}

    return ensure_page(
        tools,
        ToolkitPage,
        "program-evaluation-toolkit",
        show_in_menus=True,
        title="Program Evaluation Toolkit",
        summary="A tool for State migrant directors planning and writing the evaluation of "
        "their MEP: the third toolkit of the continuous improvement cycle.",
        search_terms="evaluation toolkit program evaluation checklist",
        intro="<p>Download the toolkit and the evaluation checklist, then compare your draft "
        "with the example written reports for each of the five required elements. The files "
        "on this demo site are samples.</p>",
        full_document=sample_document(
            "Program Evaluation Toolkit", "program-evaluation-toolkit-sample.pdf"
        ),
        sections=json.dumps(
            [
                {
                    "type": "section",
                    "value": {
                        "title": "Evaluation checklist",
                        "body": "<p>A checklist of what a State MEP evaluation must contain.</p>",
                        "downloads": [download("Program evaluation checklist")],
                        "subsections": [],
                    },
                },
                {
                    "type": "section",
                    "value": {
                        "title": "Example written evaluation reports",
                        "body": "<p>One example for each of the five required elements.</p>",
                        "downloads": [],
                        "subsections": [
                            {
                                "title": title,
                                "body": f"<p>{text}</p>",
                                "downloads": [download(f"Example report: {title}")],
                            }
                            for title, text in EVALUATION_ELEMENTS
                        ],
                    },
                },
            ]
        ),
    )


def load(tools):
    return load_cna(tools), load_sdp(tools), load_evaluation(tools)
