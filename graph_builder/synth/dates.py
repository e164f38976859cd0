"""Calendar and printed dates: working days, quarters, and the ways gazettes print a date."""

from __future__ import annotations

from datetime import date

YEAR = 365
# Bulletins print full-width digits (２０２４年); some jurisdictions sign in Chinese (二〇二四年).
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def workday(day: int) -> int:
    """The first working day (Monday to Friday) on or after ``day``."""
    wd = date.fromordinal(day).weekday()
    return day + (7 - wd if wd >= 5 else 0)


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十一)."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def fmt_day(day: int, style: str) -> str:
    """A signing date as gazettes print it, in one of a jurisdiction's styles."""
    d = date.fromordinal(day)
    if style == "spaced":
        return f"{d.year} 年 {d.month}月 {d.day}日"
    if style == "spaced2":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == "cn":
        return f"{str(d.year).translate(CN_DIGITS)}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "full":
        return f"{d.year}年{d.month}月{d.day}日".translate(FULL_DIGITS)
    return f"{d.year}年{d.month}月{d.day}日"


def iso_day(day: int) -> str:
    """ISO text of an ordinal day."""
    return date.fromordinal(day).isoformat()


def quarter_of(day: int) -> tuple[int, int]:
    """(year, quarter 0..3) of a day."""
    d = date.fromordinal(day)
    return d.year, (d.month - 1) // 3
