"""Webinars and meetings: the section page with its list, month calendar and iCalendar feed,
and one page per event with its agenda."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Value, When
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.addresses import absolute_url
from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock, DocumentLinkBlock
from pages.listing import ListingChoiceFilter, ListingFilterSet, ListingPageMixin
from pages.mixins import BasePage
from pages.organization import PUBLISHER_URL, publisher_json_ld
from pages.queries import listed_pages, within_section

from . import calendar as event_calendar
from . import ical
from .timefmt import (
    EASTERN,
    eastern_midnight,
    event_days,
    format_event_when,
    format_time,
    format_time_range,
    to_eastern,
)


class EventKind(models.TextChoices):
    WEBINAR = "webinar", _("Webinar")
    VIRTUAL_MEETING = "virtual_meeting", _("Virtual meeting")
    CONFERENCE = "conference", _("Conference or meeting")


MATERIAL_LINK_SAMPLE = {"title": "Sample: slides on the presenter's website", "url": PUBLISHER_URL}


class MaterialLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, help_text="What the link is, e.g. 'Slides on SlideShare'."
    )
    url = blocks.URLBlock(help_text="The full web address, starting with https://.")

    class Meta:
        icon = "link"
        label = "Link"
        description = "A link to slides, a handout or a recording on another website."
        preview_value = MATERIAL_LINK_SAMPLE


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
    link = MaterialLinkBlock()

    class Meta:
        description = "Downloads and links for the whole event."
        preview_value = [("link", MATERIAL_LINK_SAMPLE)]


class PresenterBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text="The presenter's full name.")
    job_title = blocks.CharBlock(
        required=False, max_length=160, help_text="Their role, e.g. 'State MEP Director'."
    )
    organization = blocks.CharBlock(
        required=False, max_length=200, help_text="Where they work, e.g. 'Texas Education Agency'."
    )

    class Meta:
        icon = "user"
        label = "Presenter"
        description = "Who presents a session: name, role and organisation."
        preview_value = {
            "name": "Sample presenter",
            "job_title": "Program officer",
            "organization": "Office of Migrant Education",
        }


def event_queryset():
    """Event pages the public may see, without their StreamFields (for lists)."""
    return listed_pages(EventPage.objects.all()).defer_streamfields()


def upcoming_events(now=None):
    """Events that have not finished yet, soonest first."""
    now = now or timezone.now()
    return event_queryset().filter(ends_before__gt=now).order_by("start", "pk")


def events_between(queryset, first_day, last_day):
    """Events that touch any US Eastern day from first_day to last_day (inclusive)."""
    start = eastern_midnight(first_day)
    end = eastern_midnight(last_day + datetime.timedelta(days=1))
    return queryset.filter(start__lt=end, ends_before__gt=start).order_by("start", "pk")


def past_events_by_year(events):
    """[(year, [past events of that year])], in the order of `events`."""
    past_by_year = {}
    for event in events:
        if event.is_past:
            past_by_year.setdefault(to_eastern(event.start).year, []).append(event)
    return list(past_by_year.items())


class EventFilters(ListingFilterSet):
    kind = ListingChoiceFilter(
        label=_("Type of event"), choices=EventKind.choices, empty_label=_("All types")
    )
    year = ListingChoiceFilter(
        label=_("Year"), choices="year_choices", method="filter_year", empty_label=_("All years")
    )

    def year_choices(self):
        """Years (US Eastern) that have an event, newest first."""
        # One row a year from the database, not every event's start.
        years = self.queryset.order_by().datetimes("start", "year", order="DESC", tzinfo=EASTERN)
        return [(str(year.year), str(year.year)) for year in years]

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(
            start__gte=eastern_midnight(datetime.date(year, 1, 1)),
            start__lt=eastern_midnight(datetime.date(year + 1, 1, 1)),
        )


class EventIndexPage(ListingPageMixin, BasePage):
    """/webinars-meetings/: upcoming events, the archive by year, a month calendar and feeds."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text="One or two sentences under the heading, also used in search results.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="Optional text shown above the list of events on its first page.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("summary")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1

    listing_filterset_class = EventFilters
    listing_model = "events.EventPage"
    listing_per_page = 10
    #: How far back the subscribable feed reaches, so calendar apps see recent meetings too.
    feed_history = datetime.timedelta(days=180)

    search_type_label = _("Webinars and meetings")

    class Meta:
        verbose_name = _("webinars and meetings section")

    def events(self):
        return listed_pages(within_section(EventPage.objects.all(), self)).defer_streamfields()

    def get_listing_queryset(self, request):
        """Upcoming events soonest first, then past events newest first."""
        now = timezone.now()
        past = Case(When(ends_before__lte=now, then=Value(1)), default=Value(0))
        return (
            self.events()
            .annotate(
                is_past=past,
                upcoming_start=Case(When(ends_before__gt=now, then=F("start"))),
                past_start=Case(When(ends_before__lte=now, then=F("start"))),
            )
            .order_by(
                "is_past",
                F("upcoming_start").asc(nulls_last=True),
                F("past_start").desc(nulls_last=True),
                "pk",
            )
        )

    def get_listing_context(self, request, listing):
        # Lazy: read only when the template shows them, not when its cached fragment does.
        return {
            "upcoming": SimpleLazyObject(
                lambda: [event for event in listing.items if not event.is_past]
            ),
            "past_by_year": SimpleLazyObject(lambda: past_events_by_year(listing.items)),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = self.calendar_url(timezone.localdate(timezone=EASTERN), request)
        context["calendar_feed_url"] = self.get_feed_url(request)
        return context

    # Sub-routes -----------------------------------------------------------------------------

    @path("calendar/")
    def calendar_this_month(self, request):
        today = timezone.localdate(timezone=EASTERN)
        return redirect(self.calendar_url(today, request))

    @re_path(r"^calendar/(?P<year>\d{1,4})/(?P<month>\d{1,2})/$")
    def calendar_month(self, request, year, month):
        year, month = int(year), int(month)
        if not (event_calendar.MIN_YEAR <= year <= event_calendar.MAX_YEAR and 1 <= month <= 12):
            raise Http404("No calendar for that month")
        today = timezone.localdate(timezone=EASTERN)
        month_view = event_calendar.MonthCalendar(year, month, today=today)
        month_view.place(events_between(self.events(), month_view.first_day, month_view.last_day))
        return self.render(
            request,
            context_overrides={
                "month": month_view,
                "previous_url": month_view.previous
                and self.calendar_url(month_view.previous, request),
                "next_url": month_view.next and self.calendar_url(month_view.next, request),
                "noindex": True,
            },
            template="events/event_calendar_page.html",
        )

    def calendar_url(self, day, request=None):
        return self.get_url(request) + self.reverse_subpage(
            "calendar_month", kwargs={"year": str(day.year), "month": f"{day.month:02d}"}
        )

    def get_feed_url(self, request=None):
        return f"{self.get_url(request)}calendar.ics"

    def subscription_feeds(self, request):
        """For the Subscribe page (pages.models.SubscribePage): the calendar to subscribe to."""
        url = absolute_url(self.get_feed_url(request))
        return [{"title": self.title, "url": url, "format": "iCalendar", "kind": "calendar"}]

    #: Calendar months the CDN is told to purge: those visitors look at (any other month
    #: leaves a CDN when its s-maxage is over).
    CACHED_MONTHS = range(-3, 13)

    def get_cached_paths(self):
        """For the CDN purge (caching/purge.py): the list, its iCalendar feed and the calendar
        months around today."""
        today = timezone.localdate(timezone=EASTERN)
        months = []
        for offset in self.CACHED_MONTHS:
            year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
            months.append(f"calendar/{year}/{month + 1:02d}/")
        return ["/", "calendar.ics", *months]

    def feed_response(self, request):
        since = timezone.now() - self.feed_history
        events = self.events().filter(ends_before__gt=since).order_by("start", "pk")[:500]
        return ical.calendar_response(
            request,
            list(events),
            name=f"{self.title} – RESULTS",
            filename="calendar.ics",
            attachment=False,
        )


class EventPage(RoutablePageMixin, BasePage):
    kind = models.CharField(
        "type of event",
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.WEBINAR,
        help_text="Webinars and virtual meetings happen online; conferences and meetings "
        "usually have a place.",
    )
    start = models.DateTimeField(
        help_text="When it starts. Enter US Eastern time (ET); the site always shows ET. "
        "For an all-day event, the time is ignored.",
    )
    end = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When it ends, in US Eastern time. For an event over several days, the "
        "last day. Leave empty if the end is not known.",
    )
    all_day = models.BooleanField(
        "all day / dates only",
        default=False,
        help_text="Tick when only the dates matter (a conference over several days, or an "
        "event whose time is not known): the site then shows dates without times.",
    )
    ends_before = models.DateTimeField(
        editable=False,
        db_index=True,
        null=True,
        help_text="Computed: the instant the event is over (the end of the last day for "
        "all-day events). Used for 'upcoming' and the calendar.",
    )
    location = models.CharField(
        max_length=255,
        blank=True,
        help_text="Where it takes place, e.g. 'Washington, D.C.'. Leave empty for an online "
        "event: the site shows 'Virtual'.",
    )
    summary = models.TextField(
        max_length=600,
        help_text="Two or three sentences for the event list, the home page and calendar apps.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="More about the event: who it is for, what it covers.",
    )
    registration_url = models.URLField(
        "registration link",
        blank=True,
        help_text="Where people sign up. Shown only until the event is over.",
    )
    connection_details = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES + ["ul", "ol"],
        blank=True,
        help_text="How to join online or by phone (meeting link, dial-in number, access "
        "code). Shown on the event page only, not in lists.",
    )
    recording_url = models.URLField(
        "recording link",
        blank=True,
        help_text="A link to the recording once the event has happened.",
    )
    materials = StreamField(
        MaterialsBlock(),
        blank=True,
        help_text="Slides, handouts and other downloads or links for the whole event. "
        "Slides for one agenda session go with that session.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading="Date and time (US Eastern)",
        ),
        FieldPanel("location"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("connection_details")],
            heading="Taking part",
        ),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("materials")],
            heading="Recording and materials",
        ),
        InlinePanel(
            "agenda_sessions",
            heading="Agenda",
            label="Session",
            help_text="For meetings over several days: the sessions in the order they happen.",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    # Search results date an event by the day it happens.
    listing_date_field = "start"

    class Meta:
        verbose_name = _("webinar or meeting")
        indexes = [models.Index(fields=["start"], name="events_event_start_idx")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "The end must be after the start."})

    def save(self, *args, **kwargs):
        self.ends_before = self.compute_ends_before()
        return super().save(*args, **kwargs)

    def compute_ends_before(self):
        if self.start is None:
            return None
        if self.all_day:
            _, last = event_days(self.start, self.end, all_day=True)
            return eastern_midnight(last + datetime.timedelta(days=1))
        return max(self.end or self.start, self.start)

    # Display --------------------------------------------------------------------------------

    @property
    def when(self):
        return format_event_when(self.start, self.end, self.all_day)

    @property
    def start_time_label(self):
        """'2:00 p.m.' (ET) for the calendar grid; empty for all-day events."""
        return "" if self.all_day else format_time(to_eastern(self.start))

    @property
    def days(self):
        return event_days(self.start, self.end, self.all_day)

    @property
    def is_virtual(self):
        return not self.location.strip()

    @property
    def location_label(self):
        return self.location.strip() or gettext("Virtual")

    def get_type_label(self):
        # "Webinar", "Virtual meeting": what the event is, not the page type.
        return self.get_kind_display()

    @property
    def is_over(self):
        ends = self.ends_before or self.compute_ends_before()
        return ends is not None and ends <= timezone.now()

    @cached_property
    def sessions_by_day(self):
        """Agenda sessions grouped by day, in order, with their slides."""
        days = {}
        for session in self.agenda_sessions.select_related("slides"):
            days.setdefault(session.day, []).append(session)
        return list(days.items())

    def plain_description(self):
        return strip_tags(self.summary).strip()

    # Sub-routes and structured data ---------------------------------------------------------

    @path("ics/")
    def ics(self, request):
        return ical.calendar_response(request, [self], name=self.title, filename=f"{self.slug}.ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        if url:
            context["ics_url"] = url + self.reverse_subpage("ics")
            # Every event lives directly under the events list (parent_page_types), so its
            # address gives the list's without a query for the parent page.
            context["index_url"] = url.rstrip("/").rsplit("/", 1)[0] + "/"
        else:  # a preview of a page not saved yet
            parent = self.get_parent()
            context["ics_url"] = ""
            context["index_url"] = parent.get_url(request) if parent else ""
        return context

    def get_cached_paths(self):
        """For the CDN purge (caching/purge.py): the page and its "Add to calendar" file."""
        return ["/", "ics/"]

    def get_json_ld(self, request):
        start = to_eastern(self.start)
        end = to_eastern(self.end or self.start)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.plain_description(),
            "url": self.get_full_url(request),
            "eventStatus": "https://schema.org/EventScheduled",
            "organizer": publisher_json_ld(),
        }
        if self.all_day:
            first, last = self.days
            data["startDate"] = first.isoformat()
            data["endDate"] = last.isoformat()
        else:
            data["startDate"] = start.isoformat()
            data["endDate"] = end.isoformat()
        if self.is_virtual:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            data["location"] = {
                "@type": "VirtualLocation",
                "url": self.registration_url or self.get_full_url(request),
            }
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            data["location"] = {"@type": "Place", "name": self.location, "address": self.location}
        return data


class EventSession(Orderable):
    """One session of a meeting's agenda."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="agenda_sessions")
    day = models.DateField(help_text="The day of the session.")
    start_time = models.TimeField(
        null=True, blank=True, help_text="When the session starts, in US Eastern time."
    )
    end_time = models.TimeField(
        null=True, blank=True, help_text="When the session ends, in US Eastern time."
    )
    title = models.CharField(max_length=255, help_text="The session's title.")
    description = models.TextField(blank=True, help_text="A few sentences about the session.")
    presenters = StreamField(
        [("presenter", PresenterBlock())],
        blank=True,
        help_text="Who presents, in the order they speak.",
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The session's slides or handout, if there is one to download.",
    )

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("presenters"),
        FieldPanel("slides"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "agenda session"

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": "The session must end after it starts."})

    def __str__(self):
        return self.title

    @property
    def time_range(self):
        if not self.start_time:
            return ""
        return f"{format_time_range(self.start_time, self.end_time)} ET"
