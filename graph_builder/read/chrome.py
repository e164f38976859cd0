"""Page chrome that holds no event of the page: lists of other articles under a web page.

News pages end with 相关新闻 / 延伸阅读 / 上一篇 / 下一篇 lists whose headlines ("李四任某省副省长")
are other articles' events, not this page's (docs/design.md#forms). Pure: text in, an offset out.
"""

from __future__ import annotations

import re
from typing import Final

# A line that heads a list of other articles, or points to the previous / next one. It starts
# with the line break before it, a literal, so the engine skips ahead from line to line; the
# lookahead (the line's bullets and spaces passed by, possessive, then a heading's first character)
# fails most lines, indented or not, before the branches below are tried (a quarter less work).
_RELATED: Final = re.compile(
    r"\n(?=[ \t\u3000【\[■□◆◇●○▌▍▎|★☆▼▽]*+[相热熱延推猜更往看喜上下])"
    # (a bullet may mark the heading: ■相关阅读, ◆相关新闻, ▌往期回顾)
    r"[ \t\u3000【\[■□◆◇●○▌▍▎|★☆▼▽]*"
    r"(?:相[关關](?:新[闻聞]|[阅閱][读讀]|[链鏈]接|文章|[报報][道導]|稿件|[内內]容|(?P<weak>推[荐薦]))|(?P<hot>[热熱]点新[闻聞])"
    r"|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|[热熱][门門]推[荐薦]|[热熱]点推[荐薦]|猜你喜[欢歡]|更多(?:新[闻聞]|[阅閱][读讀]|精彩)"
    r"|往期回[顾顧]|[热熱][门門]文章|看了又看"
    # (a WeChat article's own: ▼ 往期推荐 ▼, 喜欢此内容的人还喜欢; not a site's 排行榜, a sidebar that
    # may stand above the article)
    r"|往期(?:推[荐薦]|精[选選彩])|喜[欢歡]此[内內]容的人[还還]喜[欢歡]"
    r"|上一篇|下一篇|上一[条條]|下一[条條])[】\]]?[ \t\u3000▼▽]*(?:[:：][^\n]*)?(?=\n|$)"
)


def related_articles_at(text: str) -> int:
    """Where the first list of other articles begins (``len(text)`` when there is none).

    Only a heading after the page's own body counts: one in the first tenth of the page is
    navigation above the article, not a list under it.
    """
    for m in _RELATED.finditer(text, len(text) // 10):
        # (相关推荐, 热点新闻 also head a sidebar above or beside the article: only a run of headlines
        # to the page's end is a list under it)
        if not (m["weak"] or m["hot"]) or _headlines_to_the_end(text, m.end()):
            return m.start() + 1
    return len(text)


_HEADLINE_LONGEST = 40


def _headlines_to_the_end(text: str, at: int) -> bool:
    """Whether every line after ``at`` is a headline (short, no sentence's full stop)."""
    return all(
        len(line) <= _HEADLINE_LONGEST and not line.endswith(("。", "；", ";"))
        for line in (raw.strip() for raw in text[at:].splitlines())
    )
