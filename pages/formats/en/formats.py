# English (U.S.): "January 16, 2019", not Django's default "Jan. 16, 2019". Numbers keep
# Django's English defaults (1,234.5). Format characters: Django's `date` filter.
DATE_FORMAT = "F j, Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"

# The site's own named formats (pages.formats.SITE_FORMATS).
WEEKDAY_DATE_FORMAT = "l, F j, Y"  # Wednesday, January 16, 2019
WEEKDAY_MONTH_DAY_FORMAT = "l, F j"  # Wednesday, January 16
