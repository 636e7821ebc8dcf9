# Spanish for families in the United States: "16 de enero de 2019" (month and weekday names
# in lower case, as Spanish writes them). Numbers as Spanish is written in the U.S., Puerto Rico
# and Mexico (Django's es_PR and es_MX), where our readers live: 1,234.5, not Spain's 1.234,5.
DATE_FORMAT = r"j \d\e F \d\e Y"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = "d/m/Y"
# The admin's dates, always Eastern time (see en/formats.py).
DATETIME_FORMAT = r"j \d\e F \d\e Y, g:i a \E\T"  # 1 de diciembre de 2026, 8:16 a.m. ET
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3

# The site's own named formats (pages.formats.SITE_FORMATS).
WEEKDAY_DATE_FORMAT = r"l, j \d\e F \d\e Y"  # miércoles, 16 de enero de 2019
WEEKDAY_MONTH_DAY_FORMAT = r"l, j \d\e F"  # miércoles, 16 de enero
