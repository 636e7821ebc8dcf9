"""'Our Impact over time': every ImpactStatistic by school year, as a bar chart drawn on the
server (inline SVG, no script) with a data table beside it."""

import math
from dataclasses import dataclass, field

from django.contrib.humanize.templatetags.humanize import intcomma
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from ..blocks import INLINE_RICH_TEXT_FEATURES
from ..mixins import BasePage
from .core import ImpactStatistic

# The chart's drawing box, in SVG user units; CSS scales it to the column width.
CHART_WIDTH = 720
CHART_HEIGHT = 360
MARGIN_LEFT = 88
MARGIN_RIGHT = 16
MARGIN_TOP = 28
MARGIN_BOTTOM = 56
# A label under a bar wraps to the bar's slot: about this many user units a character at the
# chart's 14px, lines this far apart; each line past two makes the chart taller, not the plot
# smaller.
CHARACTER_WIDTH = 7.5
LINE_HEIGHT = 16


def nice_step(maximum, ticks=5):
    """A round tick step (1, 2 or 5 times a power of ten) that covers `maximum`."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(factor * power for factor in (1, 2, 5, 10) if raw <= factor * power)
    # Whole numbers only: the figures are counts.
    return max(1, round(step))


@dataclass
class BarChart:
    """Geometry for one series of statistics with the same label, oldest school year first.
    Anything with `value` (a whole number), `display_label`, `school_year` and `is_sample` can
    be charted: the National Profile's indicator rows are (resources.models.profile)."""

    label: str
    statistics: list
    chart_id: str = "chart"
    #: Bars by school year (one label over the years), or by label (one group's figures for
    #: one school year, e.g. 2021-22's age groups).
    by_year: bool = True
    bars: list = field(default_factory=list)
    ticks: list = field(default_factory=list)
    #: The language of `label` when it is not the visitor's (a figure with no translation
    #: yet), for a lang attribute; "" otherwise.
    label_lang: str = ""

    width = CHART_WIDTH
    height = CHART_HEIGHT
    line_height = LINE_HEIGHT
    left = MARGIN_LEFT
    top = MARGIN_TOP
    bottom = CHART_HEIGHT - MARGIN_BOTTOM
    right = CHART_WIDTH - MARGIN_RIGHT

    def __post_init__(self):
        maximum = max((s.value for s in self.statistics), default=0)
        step = nice_step(maximum)
        top_value = step * max(1, math.ceil(maximum / step))
        plot_height = self.bottom - self.top
        self.ticks = [
            {"value": intcomma(v), "y": round(self.bottom - plot_height * v / top_value, 1)}
            for v in range(0, top_value + 1, step)
        ]
        slot = (self.right - self.left) / max(1, len(self.statistics))
        bar_width = min(slot * 0.7, 96)
        label_width = max(6, int(slot / CHARACTER_WIDTH))
        for number, statistic in enumerate(self.statistics):
            height = plot_height * statistic.value / top_value
            x = self.left + slot * number + (slot - bar_width) / 2
            self.bars.append(
                {
                    "statistic": statistic,
                    "x": round(x, 1),
                    "y": round(self.bottom - height, 1),
                    "width": round(bar_width, 1),
                    "height": round(height, 1),
                    "centre": round(x + bar_width / 2, 1),
                    "value_y": round(self.bottom - height - 6, 1),
                    "value": intcomma(statistic.value),
                    "category_lines": (
                        [statistic.school_year]
                        if self.by_year
                        else wrap_words(statistic.display_label, label_width)
                    ),
                }
            )
        label_lines = max((len(bar["category_lines"]) for bar in self.bars), default=1)
        self.height = CHART_HEIGHT + LINE_HEIGHT * max(0, label_lines - 2)

    @property
    def heading(self):
        if self.by_year or not self.statistics[0].school_year:
            return self.label
        return gettext("%(group)s, %(year)s") % {
            "group": self.label,
            "year": self.statistics[0].school_year,
        }

    @property
    def axis_label_y(self):
        return (self.top + self.bottom) / 2

    @property
    def x_label_x(self):
        return (self.left + self.right) / 2

    @property
    def tick_label_x(self):
        return self.left - 8

    @property
    def year_label_y(self):
        return self.bottom + 20

    @property
    def axis_title_y(self):
        return self.height - 8

    @property
    def has_samples(self):
        return any(s.is_sample for s in self.statistics)

    @property
    def summary(self):
        """The chart in words, for its text alternative."""
        sample = " " + gettext("(sample figure)")
        parts = [
            f"{s.school_year if self.by_year else s.display_label}: {intcomma(s.value)}"
            f"{sample if s.is_sample else ''}"
            for s in self.statistics
        ]
        if not self.by_year:
            return gettext("Bar chart of %(label)s. %(values)s.") % {
                "label": self.heading,
                "values": "; ".join(parts),
            }
        return gettext("Bar chart of %(label)s by school year. %(values)s.") % {
            "label": self.label,
            "values": "; ".join(parts),
        }


def wrap_words(text, width):
    """Split text into lines of at most about `width` characters, at spaces."""
    lines = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _negated_year(school_year):
    return -int(school_year[:4]) if school_year[:4].isdigit() else 0


class ImpactPage(BasePage):
    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the charts, e.g. where the figures come from.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.AboutPage", "pages.HomePage"]
    subpage_types = []
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1
    summary_field = "intro"

    search_type_label = _("Our impact")

    class Meta:
        verbose_name = _("impact page")

    def charts(self):
        """What exists, charted, in one query: each group's figures for one school year
        (newest year first) as one chart by label, then each figure without a group as a
        chart of its label by school year, oldest year first."""
        groups, series = {}, {}
        # In the visitor's language (English where a figure has no translation), each with
        # the English label as `series`, so one label's years stay one chart either way.
        source_label = ImpactStatistic.objects.sources().filter(
            translation_key=OuterRef("translation_key")
        )
        statistics = (
            ImpactStatistic.objects.localized()
            .annotate(series=Coalesce(Subquery(source_label.values("label")[:1]), "label"))
            .order_by("series", "school_year", "order")
        )
        for statistic in sorted(
            statistics, key=lambda s: (s.group, _negated_year(s.school_year), s.order)
        ):
            if statistic.group:
                groups.setdefault((statistic.group, statistic.school_year), []).append(statistic)
        for statistic in statistics:
            if not statistic.group:
                series.setdefault(statistic.series, []).append(statistic)
        charts = []
        for figures in groups.values():
            # Named by the first figure with the group's heading in the visitor's language
            # (a figure not translated yet, or translated without a heading, names it in
            # English only when none has one).
            named = next((f for f in figures if not f.group_name_lang), figures[0])
            charts.append(
                BarChart(named.group_name, figures, by_year=False, label_lang=named.group_name_lang)
            )
        for figures in series.values():
            # Named by its newest figure in the visitor's language (else its newest).
            named = next((f for f in reversed(figures) if not f.display_lang), figures[-1])
            charts.append(BarChart(named.label, figures, label_lang=named.display_lang))
        for number, chart in enumerate(charts, start=1):
            chart.chart_id = f"impact-chart-{number}"
        return charts

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["charts"] = self.charts()
        return context

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "url": self.full_url,
            "description": self.get_meta_description(),
        }
