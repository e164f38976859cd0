"""Generation profiles: which forms the generator may print, and how much prose surrounds them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Profile:
    """Which forms the generator may use, and how much prose surrounds them."""

    tables: bool = True  # quarterly tables with spaced names (长宁区 style)
    bulletins: bool = True  # city bulletins: full-width dated items, "." for "。"
    nominations: bool = True  # 提请任命 议案, then the standing committee's decision
    hire: bool = True  # 聘任 / 解聘 for hospitals, schools, libraries
    omit_removals: bool = True  # sometimes a replaced principal's removal is not printed
    attestations: bool = True  # membership lists and signatures
    decoys: bool = True  # 免去申请环节的表格填报 and the like in the prose
    pdf_wrap: bool = True  # lines broken at a fixed width, as text from PDF arrives
    furniture: bool = True  # page numbers and running heads between paragraphs
    chinese_dates: bool = True  # some jurisdictions sign 二〇二四年四月二十二日
    prose_ratio: float = 1.0  # characters of prose per character of personnel text


# Only notices: what any extractor of docs/design.md#forms reads, for round-trip tests.
PLAIN = Profile(
    tables=False,
    bulletins=False,
    nominations=False,
    hire=False,
    omit_removals=False,
    pdf_wrap=False,
    furniture=False,
    chinese_dates=False,
)

# The default profile, as one value: functions take it as a default argument (a frozen dataclass,
# so sharing the instance is safe).
DEFAULT = Profile()
