"""Demo updates, press articles and the PASS spotlight, from the seed pages of the original
site. Facts (titles, dates, names, places) come from the seeds; every sentence is new. The
seeds give no posting dates for the updates, so those dates are samples and say so."""

import datetime
import json

from pages.demo import (
    demo_image,
    ensure_page,
    ensure_translation,
    home_page,
    paragraph,
    sample_document,
)

from . import demo_spanish, demo_stories
from .models import (
    ArticlePage,
    SpotlightPage,
    StoryIndexPage,
    UpdateCategory,
    UpdateIndexPage,
    UpdatePage,
    UpdateRelatedDocument,
)


def page_at(home, slug):
    page = home.get_children().filter(slug=slug).first()
    return page.specific if page else None


def cta(text, page):
    return {"type": "link", "value": {"text": text, "page": page.pk, "external_url": ""}}


def load():
    home = home_page()
    updates = ensure_page(
        home,
        UpdateIndexPage,
        "updates",
        replace_other_types=True,
        title="Updates",
        show_in_menus=True,
        intro="<p>Announcements, publications, webinars, meetings and policy news from the "
        "Office of Migrant Education and RESULTS, newest first.</p>",
    )
    stories = ensure_page(
        home,
        StoryIndexPage,
        "news-stories",
        replace_other_types=True,
        title="News & Stories",
        show_in_menus=True,
        intro="<p>Press coverage of migrant education and spotlights on students in the "
        "Portable Assisted Study Sequence (PASS) program.</p>",
    )
    load_updates(home, updates)
    load_stories(stories)
    demo_stories.load(stories)
    load_spanish(updates, stories)
    demo_spanish.load(updates, stories)


def load_spanish(updates, stories):
    """Both sections in Spanish, so any single update or story can be translated on its own.
    The updates and stories themselves stay in English until an editor translates them."""
    ensure_translation(
        updates,
        "es",
        title="Novedades",
        slug="novedades",
        intro="<p>Anuncios, publicaciones, seminarios web, reuniones y noticias sobre políticas "
        "de la Oficina de Educación Migrante y de RESULTS, de las más recientes a las más "
        "antiguas.</p>",
    )
    ensure_translation(
        stories,
        "es",
        title="Noticias e historias",
        slug="noticias-e-historias",
        intro="<p>Lo que dice la prensa sobre la educación migrante, y estudiantes destacados del "
        "programa Portable Assisted Study Sequence (PASS).</p>",
    )


def load_updates(home, index):
    tools = page_at(home, "tools-curriculum")
    policy = page_at(home, "legislation-policy")
    webinars = page_at(home, "webinars-meetings")

    items = [
        {
            "slug": "mentoring-initiative-family-engagement-pacs",
            "title": "MEP Mentoring Initiative: Family Engagement and State and Local PACs",
            "date": datetime.date(2019, 1, 7),
            "category": UpdateCategory.MEETING,
            "summary": "On Wednesday, January 16, 2019, from 2:00 to 3:30 PM ET, the "
            "Mentoring Initiative holds a virtual meeting on MEP family engagement through "
            "state and local Parent Advisory Councils (PACs).",
            "body": paragraph(
                "Presenters from several states will explain why local PACs exist, how they "
                "are formed and how states support them. The session looks at ways to give "
                "parents a stronger voice and to tie local councils more closely to the state "
                "council.",
                "Connection details are in the event listing on the Webinars & Meetings page.",
            ),
            "related": webinars,
        },
        {
            "slug": "national-study-english-learners-digital-resources",
            "title": "National Study on English Learners and Digital Resources",
            "date": datetime.date(2018, 12, 10),
            "category": UpdateCategory.PUBLICATION,
            "summary": "The U.S. Department of Education has released a national study of how "
            "districts and teachers use educational technology to teach English learners, "
            "the fastest-growing group of students in the country.",
            "body": paragraph(
                "It is the first study to look nationwide at digital learning resources for "
                "English learner students, from the choices districts make to the way "
                "teachers use the tools in class."
            ),
        },
        {
            "slug": "revised-national-idr-manual-and-curriculum",
            "title": "Revised National ID&R Manual and Curriculum",
            "date": datetime.date(2018, 10, 15),
            "category": UpdateCategory.PUBLICATION,
            "summary": "OME has revised the National Identification and Recruitment (ID&R) "
            "Manual and the National ID&R Curriculum to reflect the changes the Every Student "
            "Succeeds Act (ESSA) made to the program.",
            "body": paragraph(
                "Both are on the Tools & Curriculum page, as interactive tools and as "
                "documents to download."
            ),
            "calls_to_action": [
                cta("View the Interactive ID&R Manual", tools),
                cta("View the Interactive ID&R Curriculum", tools),
            ]
            if tools
            else [],
        },
        {
            "slug": "2018-annual-directors-meeting-presentations",
            "title": "2018 Annual Directors' Meeting Presentations",
            "date": datetime.date(2018, 4, 20),
            "category": UpdateCategory.MEETING,
            "summary": "The 2018 Annual Directors' Meeting met in Washington, D.C., on "
            "March 5–7, 2018. The presentations and handouts from its sessions can now be "
            "downloaded.",
            "documents": [
                sample_document(
                    "2018 Annual Directors' Meeting presentations",
                    "2018-annual-directors-meeting-presentations.pdf",
                )
            ],
            "related": webinars,
        },
        {
            "slug": "our-nations-english-learners",
            "title": "Our Nation's English Learners",
            "date": datetime.date(2018, 4, 10),
            "category": UpdateCategory.ANNOUNCEMENT,
            "summary": "The Department of Education has launched Our Nation's English "
            "Learners, an interactive website about who English learners are and where they "
            "live, using data from the 2009-10 and 2014-15 school years.",
        },
        {
            "slug": "subgranting-webinar",
            "title": "Listen to the Subgranting Webinar",
            "date": datetime.date(2018, 4, 2),
            "category": UpdateCategory.WEBINAR,
            "summary": "OME held a Subgranting Webinar on Thursday, March 29, 2018, as part of "
            "its technical assistance webinar series. The recording and materials are on the "
            "Webinars & Meetings page.",
            "body": paragraph(
                "Upcoming webinars in the series are listed on the same page.",
            ),
            "related": webinars,
        },
        {
            "slug": "mep-policy-qas-january-2018",
            "title": "MEP Policy Q&As: January 2018",
            "date": datetime.date(2018, 1, 31),
            "category": UpdateCategory.POLICY,
            "summary": "OME has issued Migrant Education Program Policy Questions and Answers "
            "that work through specific scenarios states may meet when running the program.",
            "body": paragraph(
                "The answers complement the MEP Non-Regulatory Guidance and, like it, are a "
                "resource for states deciding how best to administer the program. States may "
                "adopt their own policies and procedures, provided they agree with the statute "
                "and regulations.",
                "Download the Q&As below; they are also in the MEP Policy Q&As section of the "
                "Legislation & Policy page.",
            ),
            "documents": [
                sample_document(
                    "MEP Policy Q&As FY18 v.2 (January)", "mep-policy-qas-fy18-v2-january.pdf"
                )
            ],
            "related": policy,
        },
    ]
    for item in items:
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        page = UpdatePage(
            slug=item["slug"],
            title=item["title"],
            date=item["date"],
            date_is_sample=True,
            category=item["category"],
            summary=item["summary"],
            body=item.get("body", "[]"),
            calls_to_action=json.dumps(item.get("calls_to_action", [])),
            related_page=item.get("related"),
        )
        page.related_documents = [
            UpdateRelatedDocument(document=document) for document in item.get("documents", [])
        ]
        index.add_child(instance=page)
        page.save_revision().publish()


def load_stories(index):
    ensure_page(
        index,
        ArticlePage,
        "one-youths-journey-towards-college",
        title="One Youth's Journey Towards College",
        headline="In One Generation, A Farmworker Family Grows College Ambitions",
        publication="National Public Radio (NPR)",
        author="Tennessee Watson",
        date=datetime.date(2018, 8, 29),
        citation="Watson, Tennessee. “In One Generation, A Farmworker Family Grows College "
        "Ambitions.” National Public Radio (NPR), 29 August 2018.",
        external_url="https://www.npr.org/",
        summary="NPR published an article and podcast about Angel Benavides, 14, who moves "
        "with his parents between North Dakota and Texas each year. It follows his path toward "
        "college and the obstacles along the way.",
        body=paragraph(
            "Sample link: the button points to NPR's home page until an editor adds the "
            "article's own address."
        ),
        listing_image=demo_image(
            "NPR article placeholder",
            "Placeholder graphic with the words One Youth's Journey Towards College.",
            colour=(0, 94, 162),
            label="One Youth's Journey Towards College",
        ),
    )
    ensure_page(
        index,
        ArticlePage,
        "recruiter-challenges-and-solutions",
        title="Recruiter Challenges and Solutions",
        headline="Education, Unsettled: Inside the Struggle to Keep Migrant Students in School "
        "and Out of the Fields",
        publication="Education Week",
        author="Alex Granados",
        date=datetime.date(2018, 11, 28),
        citation="Granados, Alex. “Education, Unsettled.” Education Week, 28 Nov. 2018.",
        external_url="https://www.edweek.org/",
        summary="Education Week looks at how recruiters in North Carolina find migrant students, "
        "enroll them in school and help out-of-school youth. It traces the route from Michigan "
        "to Florida to North Carolina, shows what the Portable Assisted Study Sequence (PASS) "
        "offers, and explains why states need to coordinate. Several recruiters describe their "
        "daily work and what they have learned.",
        body=paragraph(
            "Sample link: the button points to Education Week's home page until an editor adds "
            "the article's own address."
        ),
        listing_image=demo_image(
            "Education Week article placeholder",
            "Placeholder graphic with the words Recruiter Challenges and Solutions.",
            colour=(22, 46, 81),
            label="Recruiter Challenges and Solutions",
        ),
    )
    ensure_page(
        index,
        SpotlightPage,
        "2017-pass-student-of-the-year-jocelyn-martinez",
        title="2017 National Migrant PASS Student of the Year: Jocelyn Martinez",
        student_name="Jocelyn Martinez",
        state="North Dakota",
        award_year=2017,
        date=datetime.date(2017, 12, 1),
        date_is_sample=True,
        quote="I don't know what the future holds for me but I do hope it's filled with "
        "accomplishments and many opportunities. With all my dedication and hard work, I'm "
        "proud to say I'm a migrant, and that I have been striving for the best all my life.",
        summary="Jocelyn Martinez of North Dakota was named the 2017 National Migrant PASS "
        "Student of the Year.",
        body=paragraph(
            "The Portable Assisted Study Sequence (PASS) began in California in 1978 to give "
            "the children of migrant farmworkers a way to keep earning course credit while "
            "their families moved for work.",
            "Students can take English, algebra, geometry, biology, world geography and "
            "history, environmental science and more. According to the National PASS Center "
            "in Leicester, New York, which develops and coordinates the courses and provides "
            "materials and training, thirty states now offer PASS.",
        ),
        listing_image=demo_image(
            "PASS Student of the Year placeholder",
            "Placeholder graphic with the words 2017 PASS Student of the Year.",
            colour=(84, 0, 132),
            label="2017 PASS Student of the Year",
        ),
    )
