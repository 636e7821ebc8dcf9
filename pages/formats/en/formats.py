# English (U.S.): "January 16, 2019", not Django's default "Jan. 16, 2019". Numbers keep
# Django's English defaults (1,234.5). Format characters: Django's `date` filter.
DATE_FORMAT = "F j, Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
# Dates and times the admin shows (status panel, scheduled dates, listings, history): always in
# the site's time zone (settings.WAGTAIL_USER_TIME_ZONES), so they can say "ET".
DATETIME_FORMAT = r"F j, Y, g:i a \E\T"  # December 1, 2026, 8:16 a.m. ET

# The site's own named formats (pages.formats.SITE_FORMATS).
WEEKDAY_DATE_FORMAT = "l, F j, Y"  # Wednesday, January 16, 2019
WEEKDAY_MONTH_DAY_FORMAT = "l, F j"  # Wednesday, January 16
