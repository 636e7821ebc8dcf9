"""The pages app's models, split by area; everything is re-exported here so
`from pages.models import X` keeps working."""

from .core import (
    SCHOOL_YEAR_PATTERN,
    AboutPage,
    AboutPageService,
    CustomImage,
    CustomRendition,
    HomeFeaturedPage,
    HomePage,
    ImpactStatistic,
    InitiativePage,
    SiteSettings,
    StandardPage,
    validate_school_year,
)
from .documents import DocumentLanguage
from .families import FamiliesPage
from .footer import FooterText
from .impact import BarChart, ImpactPage
from .states import StateDirectoryPage, StateProgram
from .subscribe import SubscribePage

__all__ = [
    "SCHOOL_YEAR_PATTERN",
    "AboutPage",
    "AboutPageService",
    "BarChart",
    "CustomImage",
    "CustomRendition",
    "DocumentLanguage",
    "FamiliesPage",
    "FooterText",
    "HomeFeaturedPage",
    "HomePage",
    "ImpactPage",
    "ImpactStatistic",
    "InitiativePage",
    "SiteSettings",
    "StandardPage",
    "StateDirectoryPage",
    "StateProgram",
    "SubscribePage",
    "validate_school_year",
]
