"""Each notice form, on excerpts written for these tests (not copied from the seeds or the gold).

Expected events are worked out by reading each excerpt: (action, person, post, qualifiers).
"""

from __future__ import annotations

import pytest

from graph_builder.pipeline import extract_text

GOV_NOTICE = """上海市闵行区人民政府关于
张立新等同志职务任免的通知
闵府〔2023〕88号
区政府各委、办、局，各街道办事处、镇政府：
区人民政府决定：
任命张立新为上海市闵行区教育局局长（试用期一年）；
曾勇同志任上海市闵行区体育局副局长；
任命李为民为上海市闵行区卫生健康委员会副主任、上海市闵行区医疗保障局局长（兼）；
任命欧阳坚为上海市闵行区审计局副局长，免去其原任的上海市闵行区财政局副局长职务；
免去王建国的上海市闵行区教育局局长、教育工作党委副书记职务。
特此通知。
上海市闵行区人民政府
2023年9月12日
"""

CASES = {
    "notice": (
        GOV_NOTICE,
        [
            ("appoint", "张立新", "上海市闵行区教育局局长", ["probation_1y"]),
            ("appoint", "曾勇", "上海市闵行区体育局副局长", []),
            ("appoint", "李为民", "上海市闵行区卫生健康委员会副主任", []),
            ("appoint", "李为民", "上海市闵行区医疗保障局局长", ["concurrent"]),
            ("appoint", "欧阳坚", "上海市闵行区审计局副局长", []),
            ("remove", "欧阳坚", "上海市闵行区财政局副局长", []),
            ("remove", "王建国", "上海市闵行区教育局局长", []),
            ("remove", "王建国", "上海市闵行区教育局教育工作党委副书记", []),
        ],
    ),
    "subject_list_verb_ren": (
        "经区委研究决定：\n王海涛、赵丽同志任杭州市西湖区发展和改革局副局长。\n",
        [
            ("appoint", "王海涛", "杭州市西湖区发展和改革局副局长", []),
            ("appoint", "赵丽", "杭州市西湖区发展和改革局副局长", []),
        ],
    ),
    "verb_once_for_list": (
        "市人民政府决定：任命孙伟为南京市交通运输局局长；钱晓红为南京市水务局副局长；周斌为南京市统计局副局长。\n",
        [
            ("appoint", "孙伟", "南京市交通运输局局长", []),
            ("appoint", "钱晓红", "南京市水务局副局长", []),
            ("appoint", "周斌", "南京市统计局副局长", []),
        ],
    ),
    "congress_decision": (
        "成都市武侯区人民代表大会常务委员会关于任免职务的决定\n"
        "（2022年11月3日成都市武侯区第十八届人民代表大会常务委员会第七次会议通过）\n"
        "决定任命：\n刘洋为成都市武侯区民政局局长；\n何静为成都市武侯区司法局局长。\n"
        "决定免去：\n邓超的成都市武侯区民政局局长职务。\n",
        [
            ("appoint", "刘洋", "成都市武侯区民政局局长", []),
            ("appoint", "何静", "成都市武侯区司法局局长", []),
            ("remove", "邓超", "成都市武侯区民政局局长", []),
        ],
    ),
    "nomination": (
        "关于提请审议冯磊等同志职务任免的议案\n"
        "提请任命冯磊为广州市天河区科学技术局局长；\n提请免去黄涛的广州市天河区科学技术局局长职务。\n"
        "区长：陈明\n2021年6月1日\n",
        [
            ("nominate_appoint", "冯磊", "广州市天河区科学技术局局长", []),
            ("nominate_remove", "黄涛", "广州市天河区科学技术局局长", []),
        ],
    ),
    "confirm": (
        "区人民政府决定：\n陈红同志按期正式任苏州市姑苏区人民政府平江街道办事处副主任；\n",
        [
            ("confirm", "陈红", "苏州市姑苏区人民政府平江街道办事处副主任", []),
        ],
    ),
    "resign": (
        "会议决定，接受吴刚辞去武汉市江岸区人民政府副区长职务的请求。\n",
        [
            ("other", "吴刚", "武汉市江岸区人民政府副区长", []),
        ],
    ),
    "cease": (
        "经院党委研究决定：郑浩任内科主任（试用期一年）；马力不再担任内科主任职务。\n",
        [
            ("appoint", "郑浩", "内科主任", ["probation_1y"]),
            ("remove", "马力", "内科主任", []),
        ],
    ),
    "hire_and_dismiss": (
        "经学校研究，决定聘任许文博为计算机科学与技术学院院长，聘期三年；解聘林涛的计算机科学与技术学院副院长职务。\n",
        [
            ("appoint", "许文博", "计算机科学与技术学院院长", []),
            ("remove", "林涛", "计算机科学与技术学院副院长", []),
        ],
    ),
    "terminate_probation": (
        "区人民政府决定：\n终止韩梅同志西安市雁塔区商务局副局长试用期，免去其西安市雁塔区商务局副局长职务。\n",
        [
            ("other", "韩梅", "西安市雁塔区商务局副局长", []),
            ("remove", "韩梅", "西安市雁塔区商务局副局长", []),
        ],
    ),
    "acting": (
        "区人大常委会决定：任命宋佳为重庆市渝中区人民政府副区长、代理区长。\n",
        [
            ("appoint", "宋佳", "重庆市渝中区人民政府副区长", []),
            ("appoint", "宋佳", "重庆市渝中区人民政府代理区长", []),
        ],
    ),
    "elected": (
        "大会选举：\n曹宇当选为青岛市市南区人民政府区长。\n",
        [
            ("other", "曹宇", "青岛市市南区人民政府区长", []),
        ],
    ),
    "remove_without_de": (
        "决定免去杨光同志济南市历下区城市管理局局长职务。\n",
        [
            ("remove", "杨光", "济南市历下区城市管理局局长", []),
        ],
    ),
    "table": (
        "二〇二一年七月~九月份区政府人事任免事项\n"
        "| 姓 名 | 任 命 职 务 |\n|---|---|\n"
        "| 严 明 | 天津市和平区审计局副局长(试用期满) |\n"
        "| 贺小兰 | 天津市和平区档案馆副馆长(六级管理岗位,试用期一年) |\n"
        "姓 名 免 去 职 务\n"
        "| 韦 东 | 天津市和平区审计局副局长、天津市和平区统计局局长职务 |\n",
        [
            ("confirm", "严明", "天津市和平区审计局副局长", ["probation_complete"]),
            ("appoint", "贺小兰", "天津市和平区档案馆副馆长", ["grade:六级管理岗位", "probation_1y"]),
            ("remove", "韦东", "天津市和平区审计局副局长", []),
            ("remove", "韦东", "天津市和平区统计局局长", []),
        ],
    ),
    "traditional": (
        "臺中市政府關於張志明等同志職務任免的通知\n中府〔2020〕5號\n"
        "任命張志明為臺中市政府教育局局長（試用期一年）；\n免去陳國華的臺中市政府教育局局長職務。\n"
        "2020年3月2日\n",
        [
            ("appoint", "張志明", "臺中市政府教育局局長", ["probation_1y"]),
            ("remove", "陳國華", "臺中市政府教育局局長", []),
        ],
    ),
    "qualifier_clause_and_annotation": (
        "经研究，决定任命高远同志为长沙市岳麓区教育局副局长，试用期一年；"
        "免去白雪同志的长沙市岳麓区教育局局长职务（另有任用）。\n",
        [
            ("appoint", "高远", "长沙市岳麓区教育局副局长", ["probation_1y"]),
            ("remove", "白雪", "长沙市岳麓区教育局局长", []),
        ],
    ),
    "revoke_and_elected_at_meeting": (
        "合肥市蜀山区第五届人民代表大会第三次会议选举葛军为合肥市蜀山区人民政府区长。\n"
        "撤销罗斌的合肥市蜀山区市场监督管理局局长职务。\n",
        [
            ("other", "葛军", "合肥市蜀山区人民政府区长", []),
            ("other", "罗斌", "合肥市蜀山区市场监督管理局局长", []),
        ],
    ),
    "respectively": (
        "经研究决定：任命冯涛、陈静分别为沈阳市和平区商务局局长、沈阳市和平区统计局局长。\n",
        [
            ("appoint", "冯涛", "沈阳市和平区商务局局长", []),
            ("appoint", "陈静", "沈阳市和平区统计局局长", []),
        ],
    ),
    "state_council": (
        "国务院任免国家工作人员\n新华社北京2024年4月12日电 国务院任免国家工作人员。\n"
        "任命黄志强为教育部副部长；任命邱文为国家统计局副局长。\n"
        "免去程立的财政部副部长职务。\n",
        [
            ("appoint", "黄志强", "教育部副部长", []),
            ("appoint", "邱文", "国家统计局副局长", []),
            ("remove", "程立", "财政部副部长", []),
        ],
    ),
    "university": (
        "关于沈一鸣等同志职务聘任的通知\n校人〔2023〕15号\n各学院、各部门：\n经学校研究决定：\n"
        "聘任沈一鸣为信息科学与工程学院院长；\n聘任祝安为信息科学与工程学院副院长（试用期一年）；\n"
        "免去岳峰的信息科学与工程学院院长职务。\n特此通知。\n华东某大学\n2023年7月1日\n",
        [
            ("appoint", "沈一鸣", "信息科学与工程学院院长", []),
            ("appoint", "祝安", "信息科学与工程学院副院长", ["probation_1y"]),
            ("remove", "岳峰", "信息科学与工程学院院长", []),
        ],
    ),
    "hospital": (
        "关于汪琳等同志任职的通知\n院发〔2022〕8号\n经院党委研究决定：\n"
        "汪琳同志任心血管内科主任；\n葛亮同志任护理部副主任（试用期一年）。\n",
        [
            ("appoint", "汪琳", "心血管内科主任", []),
            ("appoint", "葛亮", "护理部副主任", ["probation_1y"]),
        ],
    ),
    "hong_kong": (
        "行政長官委任陳大文為教育局常任秘書長，由2024年1月1日起生效。\n",
        [
            ("appoint", "陳大文", "教育局常任秘書長", []),
        ],
    ),
    "congress_list_and_party_posts": (
        "任命：\n周波、吴倩为上海市长宁区人民法院审判员；\n"
        "经研究决定：\n一、方明同志任中共上海市长宁区委常委、组织部部长；\n"
        "二、免去许平同志的上海市长宁区人民政府办公室主任职务。\n",
        [
            ("appoint", "周波", "上海市长宁区人民法院审判员", []),
            ("appoint", "吴倩", "上海市长宁区人民法院审判员", []),
            ("appoint", "方明", "中共上海市长宁区委常委", []),
            ("appoint", "方明", "中共上海市长宁区委组织部部长", []),
            ("remove", "许平", "上海市长宁区人民政府办公室主任", []),
        ],
    ),
    "pre_appointment_publicity_table": (
        "干部任前公示\n| 姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务 |\n|---|---|---|---|---|\n"
        "| 蔡文 | 男 | 1980.05 | 宁波市鄞州区商务局副局长 | 宁波市鄞州区商务局局长 |\n",
        [
            ("nominate_appoint", "蔡文", "宁波市鄞州区商务局局长", []),
        ],
    ),
    "party_group_then_title": (
        "近日，经市委研究决定，邵峰同志任温州市鹿城区财政局党组书记、局长。\n",
        [
            ("appoint", "邵峰", "温州市鹿城区财政局党组书记", []),
            ("appoint", "邵峰", "温州市鹿城区财政局局长", []),
        ],
    ),
    "name_list": (
        "市政府近日任免一批干部，名单如下：\n钱小红（女），任苏州市吴中区教育局局长；\n"
        "孟凡，免去苏州市吴中区教育局局长职务。\n",
        [
            ("appoint", "钱小红", "苏州市吴中区教育局局长", []),
            ("remove", "孟凡", "苏州市吴中区教育局局长", []),
        ],
    ),
    "taiwan": (
        "總統令\n任命王大明為行政院副院長。\n",
        [
            ("appoint", "王大明", "行政院副院長", []),
        ],
    ),
    "news": (
        "近日，经市委研究决定，潘志强同志任厦门市思明区人民政府副区长。潘志强，男，1975年生，"
        "曾任厦门市湖里区发展和改革局局长。\n",
        [
            ("appoint", "潘志强", "厦门市思明区人民政府副区长", []),
        ],
    ),
}


def _read(text: str) -> list[tuple]:
    result = extract_text("excerpt.txt", text)
    return sorted((e.action.value, e.person, e.post, sorted(e.qualifiers)) for e in result.events)


@pytest.mark.parametrize("name", sorted(CASES))
def test_form(name: str) -> None:
    text, expected = CASES[name]
    assert _read(text) == sorted((a, p, post, sorted(q)) for a, p, post, q in expected)


@pytest.mark.parametrize(
    "text",
    [
        "对法律法规明确要求必须有申请环节的，自动生成申请表，免去申请环节的表格填报和材料提交。\n",
        "张三，男，1968年生，曾任上海市徐汇区教育局局长，2015年被任命为上海市徐汇区副区长。\n",
        "去年3月，李四被任命为北京市海淀区科学技术委员会主任。\n",
        "组 长：肖文高 区长\n副组长：姚汝林 副区长\n区长：肖文高\n",
        "今后，领导小组成员职务如有变动，由其所在单位接任领导自然替补。\n",
        "领导小组组长由区长兼任，副组长由分管副区长担任。时任区长张三兼任组长。\n",
    ],
    ids=["no-person", "biography", "last-year", "membership-list", "policy", "working-group"],
)
def test_no_event(text: str) -> None:
    assert _read(text) == []


def test_notice_fields() -> None:
    result = extract_text("excerpt.txt", GOV_NOTICE)
    first = result.events[0]
    assert first.notice == "上海市闵行区人民政府关于张立新等同志职务任免的通知"
    assert first.doc_number == "闵府〔2023〕88号"
    assert first.issuer == "上海市闵行区人民政府"
    assert first.date.iso() == "2023-09-12"
    assert (first.org, first.title) == ("上海市闵行区教育局", "局长")


def test_congress_date_from_adoption_line() -> None:
    text, _ = CASES["congress_decision"]
    assert {e.date.iso() for e in extract_text("x.txt", text).events} == {"2022-11-03"}


def test_news_date_in_the_sentence() -> None:
    text = "2024年3月1日，市人民政府决定任命陆斌为昆明市五华区文化和旅游局局长。\n"
    assert [e.date.iso() for e in extract_text("x.txt", text).events] == ["2024-03-01"]


def test_dates_of_news_items() -> None:
    text, _ = CASES["state_council"]
    assert {e.date.iso() for e in extract_text("x.txt", text).events} == {"2024-04-12"}
    # The day the appointment takes effect (由…起生效) is not the day it was decided: with no other
    # date printed, the date is unknown (docs/design.md#events).
    text, _ = CASES["hong_kong"]
    assert [e.date for e in extract_text("x.txt", text).events] == [None]


def test_a_quarterly_table_keeps_its_period_before_the_next_notice() -> None:
    text, _ = CASES["table"]
    text += "特此公告。\n天津市和平区人民政府\n2021年10月11日\n"
    assert {e.date.iso() for e in extract_text("x.txt", text).events} == {"2021-07/2021-09"}


def test_gazette_government_is_not_run_into_a_date_line() -> None:
    text = "二〇二一年七月~九月份区政府人事任免事项\n| 姓名 | 任命职务 |\n| 严明 | 和平区审计局副局长 |\n"
    text += "".join(f"2021年{m}月11日\n天津市和平区人民政府\n关于某事的通知\n" for m in range(1, 9))
    assert {e.issuer for e in extract_text("x.txt", text).events} == {"天津市和平区人民政府"}


def test_gazette_government_is_a_place_not_the_clause_before_it() -> None:
    # (the name before 人民政府 is a place's: 任命赵敏为 is the clause that runs into it)
    text = "会议决定任命赵敏为南皮县人民政府副县长，代理县长。\n"
    assert {e.issuer for e in extract_text("x.txt", text).events} == {"南皮县人民政府"}
    text = "会议根据县人民政府的提请，决定任命赵敏为县教育局局长。\n"
    assert {e.issuer for e in extract_text("x.txt", text).events} == {None}
    text = "鹤岗市向阳区人民政府任免名单\n任命张立新为鹤岗市向阳区教育局局长。\n"  # (向阳区 is a place)
    assert {e.issuer for e in extract_text("x.txt", text).events} == {"鹤岗市向阳区人民政府"}
    text = "按照县人民政府的部署，决定任命赵敏为县教育局局长。\n"
    assert {e.issuer for e in extract_text("x.txt", text).events} == {None}


def test_web_page_dates() -> None:
    text = "关于任免干部的通知\n发布日期：2023-11-08\n决定任命严华为杭州市上城区民政局局长。\n"
    assert [e.date.iso() for e in extract_text("x.txt", text).events] == ["2023-11-08"]


def test_period_and_dated_items() -> None:
    text, _ = CASES["table"]
    assert {e.date.iso() for e in extract_text("x.txt", text).events} == {"2021-07/2021-09"}
    bulletin = (
        "人事任免\n２０２４年１月５日\n任命曹阳为某市财政局副局长.\n"
        "２０２４年１月９日\n免去丁一的某市财政局局长职务.\n"
    )
    dates = {e.person: e.date.iso() for e in extract_text("x.txt", bulletin).events}
    assert dates == {"曹阳": "2024-01-05", "丁一": "2024-01-09"}


def test_traditional_doc_number_and_org_split() -> None:
    text, _ = CASES["traditional"]
    first = extract_text("x.txt", text).events[0]
    assert first.doc_number == "中府〔2020〕5號"
    assert (first.org, first.title) == ("臺中市政府教育局", "局長")


def test_page_break_inside_a_clause() -> None:
    text = (
        "区人民政府决定：\n任命郑涛为上海市浦东新区规划和自然资源局副局长，免去其上海市浦东\n\n"
        "— 7 —\n\n新区生态环境局副局长职务。\n"
    )
    events = extract_text("x.txt", text).events
    assert [(e.action.value, e.post) for e in events] == [
        ("appoint", "上海市浦东新区规划和自然资源局副局长"),
        ("remove", "上海市浦东新区生态环境局副局长"),
    ]


def test_evidence_is_the_source_slice() -> None:
    for text, _ in CASES.values():
        for e in extract_text("x.txt", text).events:
            assert text[e.span[0] : e.span[1]] == e.evidence
            assert e.person.replace(" ", "") in e.evidence.replace(" ", "").replace("\n", "")


def test_a_removal_verb_is_never_a_name_before_a_conjunction() -> None:
    # (免去和丽娟的…: 和 opens a Naxi name here; whatever is read of it, 免去 is no one)
    text = (
        "省人民政府决定：\n免去杨国华的云南省发展和改革委员会副主任职务；\n"
        "免去和丽娟的云南省文化和旅游厅副厅长职务。\n"
    )
    people = {e.person for e in extract_text("x.txt", text).events}
    assert "杨国华" in people
    assert not people & {"免去", "去和", "丽娟"}


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a standing committee's list, titled by the body: its issuer, not the city's government
        ("衡水市人大常委会任免名单\n唐建任衡水市人民政府副秘书长。", "衡水市人大常委会"),
        (
            "汕头市第十五届人民代表大会常务委员会第二十次会议任免名单\n任命：\n郑海林为汕头市人民政府副市长。",
            "汕头市第十五届人民代表大会常务委员会",
        ),
        ("宁远县人民政府人事任免\n任命张立为宁远县财政局局长。", "宁远县人民政府"),
    ],
)
def test_a_lists_title_names_its_issuer(text: str, issuer: str) -> None:
    events = extract_text("list.txt", text).events
    assert events and {e.issuer for e in events} == {issuer}
