"""Demo content: the ID&R Curriculum's trainer view for lessons M1L1, M1L2 and M8L1 (titles
from the public site). The slides, notes and points are our own samples and say so."""

import json

from pages.demo import ensure_page, sample_document

from .models import CurriculumLessonPage

LESSONS = [
    (
        "M1L1",
        "1",
        "Background and Overview of the MEP",
        ["Why the MEP exists", "Who the MEP serves", "What recruiters contribute"],
    ),
    (
        "M1L2",
        "1",
        "The ID&R Process",
        ["Finding families", "The eligibility interview", "Documenting eligibility"],
    ),
    (
        "M8L1",
        "8",
        "Completing the COE",
        ["The National COE (updated May 2017)", "Filling in each section", "Common errors"],
    ),
]


def slide(title):
    return {
        "type": "slide",
        "value": {
            "title": title,
            "image": None,
            "text": f"<p>Sample slide text: {title}.</p>",
            "materials": "<p>Sample: the lesson's handout and a flip chart.</p>",
            "trainer_notes": "<p>Sample trainer's notes: allow about five minutes.</p>",
            "talking_points": f"<p>Sample talking points on “{title}”.</p>",
            "discussion_points": "<p>Sample discussion: how does your State handle this?</p>",
        },
    }


def load(curriculum):
    for code, module, title, slides in LESSONS:
        slug = f"{code.lower()}-{title.lower().replace('&', '').replace(' ', '-')}"
        ensure_page(
            curriculum,
            CurriculumLessonPage,
            slug.replace("--", "-")[:80],
            title=title,
            code=code,
            module_number=module,
            summary=f"Sample trainer view of lesson {code}: slides with trainer's notes, "
            "talking points and discussion points.",
            downloads=json.dumps(
                [
                    {
                        "type": "document",
                        "value": {
                            "document": sample_document(
                                f"ID&R Curriculum {code} {kind}",
                                f"idr-curriculum-{code.lower()}-{kind.lower()}-sample.pdf",
                            ).pk,
                            "title": "",
                        },
                    }
                    for kind in ("Outline", "Presentation", "Trainer materials")
                ]
            ),
            slides=json.dumps([slide(s) for s in slides]),
        )
