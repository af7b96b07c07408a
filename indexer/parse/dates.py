"""Find calendar dates written the ways minutes write them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan", "ionawr"), ("february", "feb", "chwefror"),
         ("march", "mar", "mawrth"), ("april", "apr", "ebrill"), ("may", "mai"),
         ("june", "jun", "mehefin"), ("july", "jul", "gorffennaf"), ("august", "aug", "awst"),
         ("september", "sept", "sep", "medi"), ("october", "oct", "hydref"),
         ("november", "nov", "tachwedd"), ("december", "dec", "rhagfyr")),
        start=1,
    )
    for name in names
} | {f"{ordinal} month": number for number, ordinal in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
    start=1)}
"""Months by their English names and abbreviations, their Welsh names ('4ydd Chwefror 2026' on
a Welsh council's page), and as Friends number them ('Ninth Month 13, 2009')."""
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)\s*(?:(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)\s?\.?)?"
"""A day, its ordinal's ending perhaps closed by a typist's full stop ('19th. May 2022'), spaced
as a text dump spaces it ('26 th . SEPTEMBER 2007')."""
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
"""A year written after a month's name: a minute book transcribed may be a Victorian one's
('March 9th, 1871'); numbers alone keep to 1900-2099."""
_NEXT_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
"""A range's second day, after its first."""
WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
           r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
           r"|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul))")
WELSH_WEEKDAYS = {"llun": "mon", "mawrth": "tue", "mercher": "wed", "iau": "thu",
                  "gwener": "fri", "sadwrn": "sat", "sul": "sun"}
"""A weekday in Welsh ('Dydd Mercher'), as the English abbreviation its date's weekday has."""
_PATTERNS = (
    re.compile(rf"(?:\b|(?<=[a-z]))(?<!\d){_DAY}(?:\s+day)?(?:\s+of)?(?:[\s,]+(?P<inner>{WEEKDAY})\b)?"
               rf"(?:[\s,]+|(?<=[a-z]))(?<!day){_MONTH}(?:\s*/\s*[A-Za-z]{{3,9}})?"
               rf"(?:[\s,]+|(?<=\.)|(?<=[a-z])){_YEAR}"
               r"(?:\b|(?<=[a-z]\d{4})(?=[a-z]))",
               re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}[\s,]+{_YEAR}\b", re.I),
    # A meeting over two days, read as its first: 'May 13th to 14th 2011', 'May 13-14, 2011'.
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[-–]|\s(?:to|and|&))\s*{_NEXT_DAY}[\s,]+{_YEAR}\b",
               re.I),
    re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I),
    re.compile(rf"^{_YEAR}[\s,]+{_MONTH}\s+{_DAY}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)"
               r"(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"(?<=\bheld\s)\s*(?:on\s+)?(?:{WEEKDAY}\.?,?\s+)?(?P<day>[0-3]?\d)[/.]"
               r"(?P<month>[01]?\d)[/.](?P<year>\d\d)\b", re.I),
    re.compile(rf"\bon\s+(?:{WEEKDAY}\.?,?\s+)?(?P<when>(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)"
               r"[/.](?P<year>\d\d))\b(?![/.]\d)", re.I),
    re.compile(rf"\bheld\s+(?:on\s+)?(?:{WEEKDAY}\.?,?\s+)?(?:the\s+)?(?P<when>{_DAY}(?:\s+of)?"
               rf"\s+{_MONTH}\s+'?(?P<year>\d\d))\b(?![/.:]\d)"
               r"(?=\s*(?:$|[^\w\s]|(?:at|in)\b))", re.I),
    re.compile(rf"(?:\b{WEEKDAY}\.?,?\s+|\bon\s+)(?P<when>(?P<day>[0-3]?\d)\.\s+{_MONTH}"
               rf"[\s,]+{_YEAR})\b", re.I),
)
"""The first reads a bilingual month too ('12 Mehefin / June 2025'), and words run together
where a text lost its spaces ('19:30TUESDAY15 SEPTEMBER 2009', '18th August2009',
'2ndFebruary, 2021'); the third a date joined by hyphens ('14-Sep-2020'). The last
two: a year in two figures only where a meeting is 'held 3.7.23' or met 'at 7.30 P.M. ON
09.03.25' (elsewhere '3.7.23' may be a minute's number), and a month's name with the year in
two figures only where the meeting was 'held on the 12th of January 26'. The day with a stop
after its figures ('Saturday 11. May 2019', 'held on 12. May 2018') only after its weekday or
'on': elsewhere '3. March 2021 accounts' is an item's number and its title."""
WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{WEEKDAY})\b\.?,?\s*(?:the\s+)?$", re.I)
WEEKDAY_REACH = 16
DATE_LINE = re.compile(
    rf"^(?:{WEEKDAY}\.?,?\s+)?(?:the\s+)?[\w ,.]*?\d{{4}}"
    r"(?:[\s,;@]*(?:at\s+)?(?:[0-2]\d[0-5]\d\s*hrs|\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?"
    r"|hrs)?))?\.?$"
    rf"|^(?:19|20)\d\d[\s,]+{_MONTH}\s+[0-3]?\d\s*(?:st|nd|rd|th)?\.?$",
    re.I,
)
"""A line that is a date and perhaps a time ('TUESDAY 19 NOVEMBER 2019 @ 1400 HRS'); a minute
book's '1953 March 11th' too."""
TIME_SPAN = re.compile(r"^(?:[\s,.–—@-]|\b(?:at|from|to|until)\b"
                       r"|\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs)?)*$", re.I)
"""What may follow a date on a meeting's date line: '10 Dec 2025 - 10:30 to 12:45', or as an
events calendar prints it, 'May 9, 2023 @ 19:30 - 21:00'."""
HOURS_ASIDE = re.compile(r"\s*\(\s*\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s*[-–—]\s*"
                         r"\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s*\)\s*$", re.I)
"""The hours a meeting sat, in brackets after its date ('4 MARCH 2003 (7.00pm – 9.10pm)')."""
OPENING_WEEKDAY = re.compile(rf"{WEEKDAY}\.?,?\s+", re.I)
"""A weekday opening a date line ('MONDAY 01 OCTOBER 2018')."""


EDITED_YEAR = re.compile(r"\[((?:18|19|20)\d\d)\]")
"""A year a transcriber or editor added in square brackets."""
OCR_ONE = re.compile(r"(?<!\w)(?-i:[lI])(?=\d(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
                     + _MONTH + r"\b)", re.I)
"""A day's first figure that a scan's text layer read as a letter, 'l' or 'I' for '1' ('ON
TUESDAY l2th MAY 2009'): the letter alone before a figure and a month's name."""


def find_dates(text: str) -> Iterator[tuple[date, int, int]]:
    """Yield (date, start, end) for each valid date written in text, in order."""
    if "[" in text:
        # '9th SEPTEMBER [1998]': a transcriber's year in brackets, read as the year (the
        # brackets become spaces, so places in the text stay where they were).
        text = EDITED_YEAR.sub(r" \1 ", text)
    if "l" in text or "I" in text:
        text = OCR_ONE.sub("1", text)
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            day = _to_date(match)
            inner = match.groupdict().get("inner")
            start, end = match.span("when") if "when" in pattern.groupindex else match.span()
            if day is not None and not _weekday_contradicts(text, start, day) \
                    and not (inner and _weekday_of(inner) != day.strftime("%a").lower()):
                # '14th Thursday May 2026': a weekday typed inside the date must be its own.
                found.append((start, end, day))
    found.sort()
    last_end = -1
    for start, end, day in found:
        if start >= last_end:
            last_end = end
            yield day, start, end


def first_date(text: str) -> date | None:
    """Return the first date written in text that is not the paper's own ('Agenda: Published
    3rd May 2023'), or None."""
    return meeting_day(text)


PAPER_DATE_LABEL = re.compile(
    r"(?:\bversion(?:\s+[\d.]+)?|\bv\d[\d.]*|\bissued?|\bprinted|\bpublished|\bcreated"
    r"|\b(?:date\s+)?(?:posted|uploaded|post)(?:\s+on)?"
    r"|\b(?:last\s+)?(?:updated|modified|revised|amended)(?:\s+on)?)\s*[:,-]?\s*$", re.I)
"""What says a date is the paper's own, not the meeting's: 'Version 2.1: 02/12/2019', 'Printed
on …', a site's '(posted 03/06/2014 …)' is written before it."""
LABEL_REACH = 24


def meeting_day(text: str) -> date | None:
    """Return the first date in text that is not the paper's own version, print or update date
    ('FireBoard/Minutes   Version 2.1: 02/12/2019' gives none)."""
    return next((day for day, start, _ in find_dates(text)
                 if not PAPER_DATE_LABEL.search(text[max(0, start - LABEL_REACH):start])), None)


def is_date_line(line: str) -> bool:
    """Return True for a line that is just a date, perhaps with a weekday and a time."""
    line = HOURS_ASIDE.sub("", line).strip()
    if len(line) > 60 or not DATE_LINE.match(line):
        return False
    found = list(find_dates(line))
    return len(found) == 1 and _leftover_words(line, found[0][1], found[0][2]) == 0


def is_date_and_hours(line: str) -> bool:
    """Return True for a date line, or a date with the meeting's hours after it ('10 Dec 2025
    - 10:30 to 12:45')."""
    found = next(find_dates(line), None)
    # 'MONDAY 01 OCTOBER 2018. 19:00 – 20:50hrs': its weekday may open it.
    return is_date_line(line) or (found is not None and (found[1] == 0 or OPENING_WEEKDAY.fullmatch(
        line[:found[1]]) is not None) and TIME_SPAN.match(line[found[2]:]) is not None)


YEARLESS = re.compile(rf"\b(?P<weekday>{WEEKDAY})\b\.?,?\s+(?:the\s+)?{_DAY}(?:\s+of)?[\s,]+"
                      rf"{_MONTH}(?![A-Za-z])(?![\s,]*(?:of\s+)?(?:\d{{4}}(?!\s*hrs?\b)|['’]\d\d))",
                      re.I)
YEARLESS_MONTH_FIRST = re.compile(rf"\b(?P<weekday>{WEEKDAY})\b\.?,?\s+{_MONTH}\s+{_DAY}"
                                  r"(?![\d,]*\s*(?:19|20)\d\d)(?!\s*[:.]\d)", re.I)
"""A weekday, then the month and day, as a news report writes them ('on Tuesday, June 4')."""
HEADING_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?=AGM\b|EGM\b"
                          r"|(?i:annual\s+(?:general\s+)?meeting)\b)"
                          r"|\b(?:AGM|EGM)\s+((?:19|20)\d\d)\b")
"""A year naming a yearly meeting ('The 2011 AGM', 'AGM 2019')."""
WEEKDAY_DATED = re.compile(rf"\b{WEEKDAY}\b\.?,?\s+(?:the\s+)?{_DAY}(?:\s+of)?[\s,]+{_MONTH}"
                           rf"[\s,]*(?:of\s+)?\d{{4}}\b", re.I)
"""A weekday's date with its year ('held on Wednesday 20th May 2015')."""
NUMERIC_DATE = re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.]"
                          r"(?P<year>(?:19|20)?\d\d)\b")


YEARLESS_REACH = 400
"""Characters of a heading read for its date: a page saved as one paragraph holds the whole
paper in its first line ('… nominations close on Friday, June 20.' is a deadline)."""


RECORD_YEAR = re.compile(r"\b(?i:minutes|minute\s+book)\s+((?:19|20)\d\d)\b(?![/-]\d)")
"""The year a volume of minutes is titled by ('… MINUTES 2013')."""


def yearless_date(heading: str, text: str) -> date | None:
    """Return the date a heading gives by weekday, day and month but no year ('held on Tuesday
    8th April at 7.30pm'), where the paper gives the year elsewhere for that month ('Minutes –
    April 2025', a linked file's 'minutes-april-2025') or for that day in figures ('FC
    15.09.21'), or the heading's yearly meeting before the day ('The 2011 AGM was held on …'), and
    that day falls on that weekday in it; None if there is no such heading or not one such
    year."""
    heading = heading[:YEARLESS_REACH]
    match = YEARLESS.search(heading) or YEARLESS_MONTH_FIRST.search(heading)
    if not match or WEEKDAY_DATED.search(heading, 0, match.start()):
        # 'held on Wednesday 20th May 2015 … 3. Minutes of the previous meeting held on
        # Monday 11th May': the meeting's own date came first, with its year.
        return None
    month = MONTHS.get(match.group("month").lower().rstrip("."), 0)
    day_of_month = int(match.group("day"))
    weekday = _weekday_of(match.group("weekday"))
    names = [name for name, number in MONTHS.items() if number == month]
    # 'April 2025', 'minutes-april-2025', or a day of that month with its year ('June 12,
    # 2019', a report's dateline; '12th June 2019').
    years = {int(found) for found in re.findall(
        rf"\b(?:{'|'.join(names)})\.?,?(?:\s+[0-3]?\d(?:st|nd|rd|th)?,?)?(?:\s+|[-_])"
        r"((?:19|20)\d\d)\b", text, re.I)}
    years |= {full_year(int(m.group("year"))) for m in NUMERIC_DATE.finditer(text)
              if int(m.group("day")) == day_of_month and int(m.group("month")) == month}
    # 'BRINDLECOTE PARISH COUNCIL MINUTES 2013': a year's minute book names its year.
    years |= {int(found) for found in RECORD_YEAR.findall(text)}
    # 'The 2011 AGM was held on Wednesday the 21st of September': the year of the yearly
    # meeting the heading names before the day.
    years |= {int(m.group(1) or m.group(2))
              for m in HEADING_YEAR.finditer(heading, 0, match.start())}
    fits = set()
    for year in years:
        try:
            day = date(year, month, day_of_month)
        except ValueError:
            continue
        if day.strftime("%a").lower() == weekday:
            fits.add(day)
    return fits.pop() if len(fits) == 1 else None


def _leftover_words(line: str, start: int, end: int) -> int:
    """Count the words of a date line that are neither the date, a weekday nor a time."""
    rest = (line[:start] + " " + line[end:]).lower()
    rest = re.sub(rf"\b{WEEKDAY}\b|\bat\b|\bthe\b|\b[0-2]\d[0-5]\d\s*hrs\b|\bhrs\b"
                  r"|\d{1,2}([.:]\d\d)?\s*(a\.?m\.?|p\.?m\.?)?", " ", rest)
    return len(re.findall(r"[a-z]+", rest))


def _weekday_contradicts(text: str, start: int, day: date) -> bool:
    """Return True when the weekday written just before a date is not that date's
    ('MONDAY JANUARY 4th 2015' was a Sunday: a slip of the year, so the date is not trusted)."""
    before = WEEKDAY_BEFORE.search(text, max(0, start - WEEKDAY_REACH), start)
    if not before:
        return False
    return _weekday_of(before.group("weekday")) != day.strftime("%a").lower()


def _weekday_of(written: str) -> str:
    """Return a weekday's English abbreviation ('Thursday' 'thu', 'Dydd Iau' 'thu')."""
    weekday = written.lower()
    return WELSH_WEEKDAYS.get(weekday.split()[-1], weekday[:3]) \
        if weekday.startswith("dydd") else weekday[:3]


CENTURY_PIVOT = 50
"""A two-digit year below this is this century's ('9.3.24' 2024), from it the last's ('9.3.99'
1999): archives reach back to the 1990s, and no paper is dated 2050 yet."""


def full_year(year: int) -> int:
    """Return a year written with two digits as four; a four-digit year as it is."""
    if year >= 100:
        return year
    return year + (2000 if year < CENTURY_PIVOT else 1900)


SHORT_DATE = re.compile(r"^(?P<day>[0-3]?\d)[/.](?P<month>[0-3]?\d)[/.]"
                        r"(?P<year>\d\d|(?:19|20)\d\d)$")


def short_date(text: str) -> date | None:
    """Return the date a heading's closing 'dd/mm/yy' gives ('… meeting 03/03/26'), or None:
    read only where the heading says it is the meeting's date. An American 'mm/dd/yy' is read
    only where no day-first reading is a date ('9/17/13'): an ambiguous one gives none."""
    match = SHORT_DATE.match(text.strip())
    if match is None:
        return None
    year, first, second = (int(match.group(name)) for name in ("year", "day", "month"))
    for day, month in ((first, second), (second, first)):
        try:
            return date(full_year(year), month, day)
        except ValueError:
            continue
    return None


def _to_date(match: re.Match[str]) -> date | None:
    """Build a date from a match's named groups, or None if it is not a real date."""
    month_text = match.group("month").lower().rstrip(".")
    month = MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
    try:
        year = int(match.group("year"))
        return date(full_year(year), month, int(match.group("day")))
    except ValueError:
        return None
