from django.urls import re_path

from . import views

urlpatterns = [
    # /webinars-meetings/calendar.ics (whatever the section's slug and place in the tree).
    re_path(
        r"^(?P<section_path>(?:[\w\-]+/)+)calendar\.ics$",
        views.calendar_feed,
        name="events_calendar_feed",
    ),
]
