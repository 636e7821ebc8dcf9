"""Demo content: the real 2021-22 "Our Impact" figures (MEP National Profile for Performance
Period 2021-2022, data reported in MSIX), shown on the home page as one set of tiles.

The earlier years' single figure stays a labelled sample (pages/demo.py) until an editor
enters the published value."""

from .models import ImpactStatistic

GROUP = "Migrant youth participating in the MEP"
SCHOOL_YEAR = "2021-22"
SOURCE_NAME = "MEP National Profile for Performance Period 2021-2022"
SOURCE_URL = "https://results.ed.gov/resources/profiles"

# (label, value, footnote, icon), in the order the home page shows them.
FIGURES = [
    ("Birth to 2 years old", 2923, "", "bedding"),
    ("Age 3-5", 16029, "not in kindergarten", "backpack"),
    ("K-12 and ungraded", 172192, "", "school"),
    ("Out of school", 19011, "", "directions_walk"),
    ("Grade not specified", 3414, "", "help_outline"),
    ("Total students", 213569, "", "groups"),
]


def load(home):
    """Create the six figures (once) and show them on the home page unless an editor has
    already chosen a real figure there. Returns the total."""
    total = None
    for order, (label, value, footnote, icon) in enumerate(FIGURES, start=1):
        statistic, _created = ImpactStatistic.objects.get_or_create(
            label=label,
            school_year=SCHOOL_YEAR,
            defaults={
                "value": value,
                "group": GROUP,
                "order": order,
                "icon": icon,
                "footnote": footnote,
                "source_name": SOURCE_NAME,
                "source_url": SOURCE_URL,
                "is_sample": False,
            },
        )
        total = statistic
    chosen = home.impact_statistic
    if chosen is None or chosen.is_sample:
        home.impact_statistic = total
        home.save_revision().publish()
    return total
