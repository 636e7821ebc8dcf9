"""Demo content: the MEP National Profile for Performance Period 2021-2022, in the Resource
Library, with the Child Counts indicator (the 2021-22 figures) and the five national goals in
our own words. The report file is a labelled sample."""

import json

from pages.demo import ensure_page, sample_document

from .models import NationalProfilePage

CHILD_COUNTS = [
    ("Birth to 2 years old", "2,923"),
    ("Age 3-5 (not in kindergarten)", "16,029"),
    ("K-12 and ungraded", "172,192"),
    ("Out of school", "19,011"),
    ("Grade not specified", "3,414"),
    ("Total students", "213,569"),
]

GOALS = (
    "<ol>"
    "<li>Help States run strong education programs for migratory children that soften the "
    "effect of moving from school to school.</li>"
    "<li>Make sure migratory children are not held back by differences between States in "
    "what is taught, what is required to graduate and how students are assessed.</li>"
    "<li>Give migratory children a full and fair chance to meet the same challenging State "
    "standards as every other child.</li>"
    "<li>Help them overcome interrupted schooling, language and cultural barriers, isolation, "
    "health problems and other obstacles to doing well in school.</li>"
    "<li>Prepare them to move on successfully to further education or a job.</li>"
    "</ol>"
)


def load(library):
    return ensure_page(
        library,
        NationalProfilePage,
        "mep-national-profile-2021-2022",
        title="MEP National Profile for Performance Period 2021-2022",
        performance_period="2021-2022",
        data_source="Migrant Student Information Exchange (MSIX)",
        audience="OME's grantees",
        summary="Selected national indicators of the Migrant Education Program for the "
        "2021-2022 performance period, from the data States report in MSIX.",
        goals=GOALS,
        indicators=json.dumps(
            [
                {
                    "type": "indicator",
                    "value": {
                        "caption": "National Child Counts, 2021-22",
                        "label_heading": "Group",
                        "value_heading": "Migratory children",
                        "rows": [{"label": label, "value": value} for label, value in CHILD_COUNTS],
                        "note": "Migrant youth participating in the MEP in 2021-22, by age "
                        "and grade.",
                        "chart": "all_but_last",
                    },
                }
            ]
        ),
        report=sample_document(
            "MEP National Profile 2021-2022 (full report)",
            "mep-national-profile-2021-2022-sample.pdf",
        ),
    )
