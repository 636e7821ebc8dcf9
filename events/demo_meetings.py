"""Demo content: the Annual Directors' Meetings, 2017–2024, as the Webinars & Meetings archive
shows them (dates and places from the public site; 2021 and 2022 were virtual). The 2018 meeting
is in events/demo.py. Agendas use the sessions that recur on the real agendas, presented by
office or organisation, never by name; descriptions and handouts are labelled samples, and time
slots are given from 2023 on, as the real agendas do."""

import datetime
import json

from pages.demo import ensure_page, paragraph, sample_document

from .models import EventKind, EventPage, EventSession
from .timefmt import EASTERN

OME = "Office of Migrant Education"

# (year, first day, last day, place or "" when virtual, [(day offset, title, presenter)])
MEETINGS = [
    (
        2017,
        (3, 6),
        (3, 8),
        "Washington, D.C.",
        [
            (0, "OME Updates", OME),
            (1, "MEP Eligibility 101", OME),
            (2, "Records Transfer and MSIX", OME),
        ],
    ),
    (
        2019,
        (3, 11),
        (3, 13),
        "Washington, D.C.",
        [
            (0, "New Directors' Orientation", OME),
            (1, "OME Updates", OME),
            (2, "MEP Fiscal Requirements", OME),
        ],
    ),
    (
        2020,
        (3, 2),
        (3, 4),
        "Washington, D.C.",
        [
            (0, "New Directors' Orientation", OME),
            (1, "RESULTS Website Walkthrough", "RTI International"),
            (2, "MEP Continuous Improvement Cycle (CNA, SDP and Evaluation toolkits)", OME),
        ],
    ),
    (
        2021,
        (3, 23),
        (3, 26),
        "",
        [
            (0, "OME Updates", OME),
            (1, "Intra- and Interagency Coordination (Part I)", OME),
            (2, "Intra- and Interagency Coordination (Part II)", OME),
        ],
    ),
    (
        2022,
        (3, 22),
        (3, 24),
        "",
        [
            (0, "OME Updates", OME),
            (1, "Consortium Incentive Grant spotlight", "A Consortium Incentive Grant State"),
            (2, "Records Transfer and MSIX", OME),
        ],
    ),
    (
        2023,
        (3, 1),
        (3, 2),
        "LBJ Building, Washington, D.C.",
        [
            (0, "OME Updates", OME),
            (0, "MEP Eligibility 101", OME),
            (1, "MEP Fiscal Requirements", OME),
        ],
    ),
    (
        2024,
        (3, 5),
        (3, 6),
        "LBJ Building, Washington, D.C.",
        [
            (0, "OME Updates", OME),
            (0, "MEP Continuous Improvement Cycle (CNA, SDP and Evaluation toolkits)", OME),
            (1, "Records Transfer and MSIX", OME),
        ],
    ),
]

#: Time slots for the meetings that publish them (2023 on): one per session of a day.
SLOTS = [((8, 30), (9, 0)), ((9, 15), (10, 30)), ((10, 45), (12, 0))]


def sessions_for(year, first_day, sessions):
    built, per_day = [], {}
    for number, (offset, title, presenter) in enumerate(sessions, start=1):
        slot = per_day.get(offset, 0)
        per_day[offset] = slot + 1
        start, end = SLOTS[slot] if year >= 2023 else (None, None)
        built.append(
            EventSession(
                day=first_day + datetime.timedelta(days=offset),
                start_time=datetime.time(*start) if start else None,
                end_time=datetime.time(*end) if end else None,
                title=title,
                description="Sample description: replace with the session's real summary.",
                presenters=json.dumps(
                    [{"type": "presenter", "value": {"name": presenter, "organization": ""}}]
                ),
                slides=sample_document(
                    f"{year} ADM handout: {title}", f"{year}-adm-handout-{number}.pdf"
                ),
            )
        )
    return built


def load(index):
    for year, (month, day), (end_month, end_day), place, sessions in MEETINGS:
        first_day = datetime.date(year, month, day)
        virtual = not place
        where = "online" if virtual else f"{'at the' if place.startswith('LBJ') else 'in'} {place}"
        extra = ""
        if year == 2021:
            extra = (
                " New Directors' Orientation sessions were held online on February 18, 23 and 25."
            )
        ensure_page(
            index,
            EventPage,
            f"annual-directors-meeting-{year}",
            title=f"{year} Annual Directors' Meeting",
            kind=EventKind.VIRTUAL_MEETING if virtual else EventKind.CONFERENCE,
            start=datetime.datetime(year, month, day, tzinfo=EASTERN),
            end=datetime.datetime(year, end_month, end_day, tzinfo=EASTERN),
            all_day=True,
            location=place,
            summary=f"The {year} meeting of State MEP directors with the Office of Migrant "
            f"Education, held {where.rstrip('.')}.{extra}",
            body=paragraph(
                "The agenda below lists sessions that recur on the real agendas. Descriptions "
                "and handouts are samples, not the meeting's materials.",
            ),
            materials=json.dumps(
                [
                    {
                        "type": "document",
                        "value": {
                            "document": sample_document(
                                f"{year} Annual Directors' Meeting agenda",
                                f"{year}-adm-agenda-sample.pdf",
                            ).pk,
                            "title": "",
                        },
                    }
                ]
            ),
            agenda_sessions=sessions_for(year, first_day, sessions),
        )
