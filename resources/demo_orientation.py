"""Demo content: the New Directors' Orientation, 14 modules (titles from the public site).

Every module gets an overview; modules 3 and 4 get their real section titles, with our own
short text, and one activity of each kind. Quiz questions, times and worksheets are samples and
say so."""

import json
import uuid

from pages.demo import ensure_page, sample_document

from .models import OrientationModulePage, OrientationPage

# (number, title, overview)
MODULES = [
    (1, "MEP Overview", "the purpose of the Migrant Education Program and how it is organized"),
    (
        2,
        "Eligibility and Identification & Recruitment",
        "who is eligible for the MEP and how States find and enroll eligible children",
    ),
    (
        3,
        "State MEP Funding Allocation and Use of Funds",
        "how MEP funds reach the State and how the State may use them",
    ),
    (4, "MEP Subgrant Procedures", "how a State awards MEP subgrants to local operating agencies"),
    (5, "Parental Involvement", "parent advisory councils (PACs) and working with families"),
    (6, "Program Planning – CNA", "the comprehensive needs assessment"),
    (7, "Program Planning – SDP", "the service delivery plan"),
    (8, "Program Evaluation", "evaluating the State MEP against its plan"),
    (9, "Coordination", "coordination with other programs, FERPA and records transfer"),
    (10, "MEP Reporting", "Category 1 and 2 child counts and the CSPR"),
    (
        11,
        "Federal Monitoring of the State MEP",
        "what federal monitoring reviews and how to prepare",
    ),
    (12, "Migrant Student Information Exchange (MSIX)", "the national records exchange"),
    (
        13,
        "Grants and Special Initiatives",
        "the Consortium Incentive Grants, HEP/CAMP and binational work",
    ),
    (14, "Managing the MEP", "running the State program through the year"),
]

SECTIONS = {
    3: [
        "Getting Started",
        "Overview of MEP Funding",
        "Allocation of MEP Funds",
        "Funding Cycle",
        "Use of Funds for State MEP Administration",
        "Use of State MEP Funds for Service Delivery",
        "Recordkeeping",
        "Wrapping Up",
    ],
    4: [
        "Getting Started",
        "Migrant Subgrant Overview",
        "Factors for Determining Subgrant Amounts",
        "Approaches to Subgrants",
        "The Subgrant Process",
        "Wrapping Up",
    ],
}

ACTIVITIES = {
    3: {
        "think": (
            "Sample prompt: before reading on, what do you think decides the size of your "
            "State's MEP allocation?",
            "<p>Sample answer: mainly the number of eligible migratory children the State "
            "counts, as the module's section on allocation explains.</p>",
        ),
        "check_in": "Sample prompt: who in your State office tracks the MEP funding cycle, and "
        "when do you next need to act?",
        "quiz": [
            (
                "Sample question: what is the main basis of a State's MEP allocation?",
                ["The State's population", "Its count of eligible migratory children"],
                1,
                "Sample explanation: the allocation follows the child count the State reports.",
            ),
            (
                "Sample question: may a State spend MEP funds on its own administration?",
                ["Yes, within limits", "No, never"],
                0,
                "Sample explanation: some administration is allowed, within the program's rules.",
            ),
        ],
    },
    4: {
        "think": (
            "Sample prompt: what would you weigh when deciding how much each local project "
            "receives?",
            "<p>Sample answer: the number and needs of the migratory children each project "
            "serves, among the factors the module lists.</p>",
        ),
        "check_in": "Sample prompt: which approach to subgrants does your State use today, and "
        "why?",
        "quiz": [
            (
                "Sample question: who receives MEP subgrants from the State?",
                ["Local operating agencies", "Individual families", "Federal offices"],
                0,
                "Sample explanation: States award subgrants to local operating agencies.",
            ),
        ],
    },
}


def sentence(number, title):
    return f"<p>Sample text for section {number}, “{title}”: written for this demo site.</p>"


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def module_body(number):
    titles = SECTIONS.get(number)
    if not titles:
        return "[]"
    activities = ACTIVITIES[number]
    worksheet = sample_document(
        f"QRRS {number}.1 reflection sheet", f"qrrs-{number}-1-reflection-sheet-sample.pdf"
    )
    body = []
    for position, title in enumerate(titles, start=1):
        body.append(block("section", {"title": title, "body": sentence(position, title)}))
        if position == 2:
            prompt, answer = activities["think"]
            body.append(block("what_do_you_think", {"prompt": prompt, "answer": answer}))
        if position == 4:
            body.append(
                block(
                    "check_in",
                    {
                        "prompt": activities["check_in"],
                        "worksheet": {"document": worksheet.pk, "title": ""},
                    },
                )
            )
    quiz = {
        "title": "Pop quiz! (sample questions)",
        "questions": [
            {
                "question": question,
                "choices": [
                    {"text": text, "correct": n == right} for n, text in enumerate(choices)
                ],
                "explanation": explanation,
            }
            for question, choices, right, explanation in activities["quiz"]
        ],
    }
    body.insert(len(body) - 1, block("pop_quiz", quiz))
    return json.dumps(body)


def load(tools):
    course = ensure_page(
        tools,
        OrientationPage,
        "new-directors",
        show_in_menus=True,
        title="New Directors' Orientation",
        intro="<p>A self-paced tutorial in 14 modules for new State MEP directors. Take the "
        "modules in order or pick the one you need; each has an overview, numbered sections, "
        "short activities and worksheets. The estimated times, quiz questions and worksheets "
        "on this demo site are samples.</p>",
    )
    for number, title, subject in MODULES:
        materials = "[]"
        if number in SECTIONS:
            materials = json.dumps(
                [
                    {
                        "type": "document",
                        "value": {
                            "document": sample_document(
                                f"QRRS {number}.1 reflection sheet",
                                f"qrrs-{number}-1-reflection-sheet-sample.pdf",
                            ).pk,
                            "title": f"Quick Resource and Reflection Sheet {number}.1 (sample)",
                        },
                    }
                ]
            )
        ensure_page(
            course,
            OrientationModulePage,
            str(number),
            title=f"Module {number}: {title}",
            number=number,
            estimated_time="45 minutes (sample)",
            overview=f"<p>This module covers {subject}.</p>",
            body=module_body(number),
            materials=materials,
        )
    return course
