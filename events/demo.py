"""Demo content for webinars and meetings.

The three events of the seed pages keep their real dates; details the seeds do not give (the
Subgranting Webinar's time, the Directors' Meeting agenda, files) are left out or labelled as
samples. A few sample events dated from the day the demo is loaded keep "upcoming" from being
empty; they say plainly that they are samples."""

import datetime
import json

from django.utils import timezone

from pages.demo import (
    ensure_menu_label,
    ensure_page,
    ensure_translation,
    home_page,
    paragraph,
    sample_document,
)

from . import demo_meetings, demo_spanish
from .models import EventIndexPage, EventKind, EventPage, EventSession
from .timefmt import EASTERN


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EASTERN)


def document_materials(*documents):
    return json.dumps(
        [{"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in documents]
    )


def load():
    home = home_page()
    index = ensure_page(
        home,
        EventIndexPage,
        "webinars-meetings",
        replace_other_types=True,
        title="Webinars & Meetings",
        show_in_menus=True,
        summary="Upcoming and past webinars, virtual meetings and conferences for Migrant "
        "Education Program staff, with recordings and materials to download.",
    )
    load_mentoring_meeting(index)
    load_subgranting_webinar(index)
    load_directors_meeting(index)
    demo_meetings.load(index)
    load_samples(index)
    load_spanish(index)
    demo_spanish.load(index)


def load_mentoring_meeting(index):
    ensure_page(
        index,
        EventPage,
        "mentoring-initiative-family-engagement-pacs",
        title="MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs",
        kind=EventKind.VIRTUAL_MEETING,
        start=at(2019, 1, 16, 14, 0),
        end=at(2019, 1, 16, 15, 30),
        summary="A virtual meeting of the Mentoring Initiative on family engagement in the "
        "Migrant Education Program, focused on state and local Parent Advisory Councils (PACs).",
        body=paragraph(
            "Presenters from the states talk about why local Parent Advisory Councils exist, "
            "how they are formed and how they can be supported.",
            "The meeting looks at ways to give parents a real voice in the program and to "
            "build stronger ties between local councils and the state council.",
        ),
        connection_details=(
            "<p><b>Sample:</b> the joining instructions of the original meeting are not "
            "available. An editor would put the web meeting link and the dial-in number "
            "here.</p>"
        ),
    )


def load_subgranting_webinar(index):
    slides = sample_document("Subgranting Webinar slides", "subgranting-webinar-slides.pdf")
    ensure_page(
        index,
        EventPage,
        "subgranting-webinar",
        title="Subgranting Webinar",
        kind=EventKind.WEBINAR,
        # The seed gives the day but not the time, so the event is shown by date only.
        start=at(2018, 3, 29),
        end=at(2018, 3, 29),
        all_day=True,
        summary="Part of the technical assistance webinar series: the Office of Migrant "
        "Education (OME) on subgranting Migrant Education Program funds.",
        body=paragraph(
            "The Office of Migrant Education held this webinar as part of its technical "
            "assistance series. The time of day it was held is not recorded here.",
            "The slides below are a sample placeholder until the original materials are added.",
        ),
        materials=document_materials(slides),
    )


ADM_SESSIONS = [
    (0, (9, 0), (9, 45), "Sample session: Welcome and opening remarks"),
    (0, (10, 0), (11, 30), "Sample session: Identification and recruitment updates"),
    (1, (9, 0), (10, 30), "Sample session: Serving secondary students and out-of-school youth"),
    (1, (13, 0), (14, 30), "Sample session: Student records exchange"),
    (2, (9, 0), (11, 0), "Sample session: Program evaluation and closing"),
]


def load_directors_meeting(index):
    handouts = sample_document("2018 Annual Directors' Meeting handouts", "2018-adm-handouts.pdf")
    presentations = sample_document(
        "2018 Annual Directors' Meeting presentations", "2018-adm-presentations.pdf"
    )
    sessions = [
        EventSession(
            day=datetime.date(2018, 3, 5) + datetime.timedelta(days=offset),
            start_time=datetime.time(*start),
            end_time=datetime.time(*end),
            title=title,
            description="Sample description: replace with the session's real summary.",
            presenters=json.dumps(
                [
                    {
                        "type": "presenter",
                        "value": {
                            "name": "Sample Presenter",
                            "job_title": "Sample title",
                            "organization": "Sample organization",
                        },
                    }
                ]
            ),
            slides=sample_document(f"Slides: {title}", f"2018-adm-slides-{number}.pdf"),
        )
        for number, (offset, start, end, title) in enumerate(ADM_SESSIONS, start=1)
    ]
    ensure_page(
        index,
        EventPage,
        "annual-directors-meeting-2018",
        title="2018 Annual Directors' Meeting",
        kind=EventKind.CONFERENCE,
        start=at(2018, 3, 5),
        end=at(2018, 3, 7),
        all_day=True,
        location="Washington, D.C.",
        summary="The yearly meeting of state Migrant Education Program directors, held in "
        "Washington, D.C. Presentations and handouts from the sessions can be downloaded.",
        body=paragraph(
            "State directors met with the Office of Migrant Education for three days of "
            "sessions. Presentations and handouts from the meeting are below.",
            "The agenda shown here is a sample: the real session titles, times and "
            "presenters are not available to this demo.",
        ),
        materials=document_materials(presentations, handouts),
        agenda_sessions=sessions,
    )


SAMPLES = [
    (
        "sample-webinar-identification-and-recruitment",
        "Sample webinar: Identification and recruitment questions and answers",
        EventKind.WEBINAR,
        14,
        (14, 0),
        (15, 0),
        "Sample event for the demo site: a webinar where recruiters bring their questions "
        "about identification and recruitment.",
    ),
    (
        "sample-virtual-meeting-secondary-students",
        "Sample virtual meeting: Supporting secondary students",
        EventKind.VIRTUAL_MEETING,
        30,
        (13, 0),
        (14, 30),
        "Sample event for the demo site: a virtual meeting on serving migrant students in "
        "middle and high school.",
    ),
    (
        "sample-conference-state-coordinators",
        "Sample conference: State coordinators' meeting",
        EventKind.CONFERENCE,
        45,
        (0, 0),
        (0, 0),
        "Sample event for the demo site: a three-day in-person meeting, to show how a "
        "multi-day event looks in the list and the calendar.",
    ),
]


def load_samples(index):
    today = timezone.localdate(timezone=EASTERN)
    for slug, title, kind, days_ahead, start, end, summary in SAMPLES:
        day = today + datetime.timedelta(days=days_ahead)
        starts = datetime.datetime.combine(day, datetime.time(*start), tzinfo=EASTERN)
        ends = datetime.datetime.combine(day, datetime.time(*end), tzinfo=EASTERN)
        if kind == EventKind.CONFERENCE:
            ends += datetime.timedelta(days=2)
        page = ensure_page(
            index,
            EventPage,
            slug,
            title=title,
            kind=kind,
            start=starts,
            end=ends,
            all_day=kind == EventKind.CONFERENCE,
            location="Sample location" if kind == EventKind.CONFERENCE else "",
            summary=summary,
            body=paragraph(
                "This is a sample event, dated from the day the demo content was loaded so "
                "the site always has something upcoming. Replace or delete it before launch."
            ),
            connection_details=""
            if kind == EventKind.CONFERENCE
            else "<p><b>Sample:</b> the web meeting link and dial-in number go here.</p>",
        )
        if page.is_over:
            # Keep "upcoming" non-empty on a long-lived demo database.
            page.start, page.end = starts, ends
            page.save_revision().publish()


def load_spanish(index):
    """The section and the Mentoring Initiative meeting in Spanish, for families."""
    spanish_index = ensure_translation(
        index,
        "es",
        title="Seminarios web y reuniones",
        slug="seminarios-web-y-reuniones",
        summary="Seminarios web, reuniones virtuales y conferencias, próximos y pasados, para el "
        "personal del Programa de Educación Migrante, con grabaciones y materiales para "
        "descargar.",
    )
    # A short menu label: the Spanish title is too long for one row of the navigation bar.
    ensure_menu_label(spanish_index, "Seminarios y reuniones")
    meeting = index.get_children().filter(slug="mentoring-initiative-family-engagement-pacs")
    if not meeting.exists():
        return
    ensure_translation(
        meeting.get().specific,
        "es",
        title="Iniciativa de Mentoría del MEP: La participación de las familias en el MEP: "
        "los Consejos Asesores de Padres (PAC) estatales y locales",
        slug="iniciativa-de-mentoria-familias-pac",
        summary="Una reunión virtual de la Iniciativa de Mentoría sobre la participación de las "
        "familias en el Programa de Educación Migrante, centrada en los Consejos Asesores de "
        "Padres (PAC) estatales y locales.",
        body=paragraph(
            "Presentadores de los estados explican por qué existen los Consejos Asesores de "
            "Padres locales, cómo se forman y cómo se les puede apoyar.",
            "La reunión busca maneras de dar a los padres una voz real en el programa y de "
            "fortalecer los lazos entre los consejos locales y el consejo estatal.",
        ),
        connection_details=(
            "<p><b>Muestra:</b> las instrucciones para unirse a la reunión original no están "
            "disponibles. Aquí un editor pondría el enlace de la reunión en línea y el número "
            "de teléfono para participar.</p>"
        ),
    )
