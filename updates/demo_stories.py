"""Demo content: Focus, Target audience, State and Synopsis on the stories, a pull quote's
attribution on the PASS spotlight, and one student story. Facts (titles, States, focus) from
what is known of the real stories; the student story's text is a labelled sample."""

import datetime

from pages.demo import ensure_page, paragraph
from pages.models import StateProgram

from .models import SpotlightPage, StoryAudience, StoryFocus, StudentStoryPage


def load(stories):
    states = {
        state.code: state for state in StateProgram.objects.sources().filter(code__in=["ND", "PA"])
    }
    spotlight = SpotlightPage.objects.child_of(stories).filter(award_year=2017).first()
    if spotlight is not None and not spotlight.focus:
        spotlight.focus = StoryFocus.STUDENT_SUCCESS
        spotlight.audience = StoryAudience.STUDENTS
        spotlight.target_audience = "Secondary migrant students, MEP staff"
        spotlight.state_program = states.get("ND")
        spotlight.synopsis = (
            "A North Dakota student who kept earning high school credit through PASS while "
            "her family moved for work was named the national PASS Student of the Year."
        )
        spotlight.quote_attribution = "Jocelyn Martinez, 2017 PASS Student of the Year"
        spotlight.save_revision().publish()
    ensure_page(
        stories,
        StudentStoryPage,
        "juans-story-pa",
        title="Juan's Story (PA)",
        student_name="Juan",
        date=datetime.date(2016, 6, 1),
        date_is_sample=True,
        focus=StoryFocus.STUDENT_SUCCESS,
        audience=StoryAudience.STUDENTS,
        target_audience="Middle school migrant students, MEP staff",
        state_program=states.get("PA"),
        summary="Sample story: a Pennsylvania middle school student whose family moved for "
        "seasonal work, and the MEP services that helped him stay on track.",
        synopsis="Sample synopsis: after two moves in one school year, a student catches up "
        "with help from an MEP tutor and a summer program.",
        quote="Sample quote: my tutor showed me I could finish the year with my class.",
        quote_attribution="Juan, a migrant student in Pennsylvania (sample)",
        body=paragraph(
            "Sample text: this demo story stands in for one of the student stories on the "
            "public site. Its details are not real.",
        ),
    )
