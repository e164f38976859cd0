"""Forms that recur in real notices from many governments and outlets, one excerpt each.

The excerpts are written for these tests in the manner of such texts (none is copied from a
gazette or a gold file). Each expectation is read off the excerpt by the conventions of
docs/design.md#events: (action, person, post, date).
"""

from __future__ import annotations

import pytest

from graph_builder.pipeline import extract_text

FORMS = {
    "verb_once_with_ren_items": (
        "经研究，市人民政府决定任命赵明任市教育局局长、钱亮任市民政局副局长、孙红任市商务局局长。",
        [
            ("appoint", "赵明", "市教育局局长", None),
            ("appoint", "钱亮", "市民政局副局长", None),
            ("appoint", "孙红", "市商务局局长", None),
        ],
    ),
    "verb_once_with_de_items": (
        "市人民政府决定：免去周伟的市教育局局长职务、吴涛的市民政局副局长职务、郑丽的市商务局局长职务。",
        [
            ("remove", "周伟", "市教育局局长", None),
            ("remove", "吴涛", "市民政局副局长", None),
            ("remove", "郑丽", "市商务局局长", None),
        ],
    ),
    "place_elided_in_the_list": (
        "市人民政府决定，任命秦峰为南港市发展和改革委员会主任，许岚为财政局局长，邓军为南港大学校长。",
        [
            ("appoint", "秦峰", "南港市发展和改革委员会主任", None),
            ("appoint", "许岚", "南港市财政局局长", None),
            ("appoint", "邓军", "南港大学校长", None),
        ],
    ),
    "special_region_government_elided_in_the_list": (
        "国务院根据行政长官的提名，任命：吕方为香港特别行政区政府政务司司长；冯毅为律政司司长。",
        [
            ("appoint", "吕方", "香港特别行政区政府政务司司长", None),
            ("appoint", "冯毅", "香港特别行政区政府律政司司长", None),
        ],
    ),
    "described_person_removed_without_a_post": (
        "经省委批准，北岭市委常委、秘书长韦东被免职。",
        [
            ("remove", "韦东", "北岭市委常委", None),
            ("remove", "韦东", "北岭市委秘书长", None),
        ],
    ),
    "party_secretary_after_the_standing_committee": (
        "经上级党委批准：滕云同志任中共西坪县委员会委员、常务委员会委员、书记。",
        [
            ("appoint", "滕云", "中共西坪县委员会委员", None),
            ("appoint", "滕云", "中共西坪县委员会常务委员会委员", None),
            ("appoint", "滕云", "中共西坪县委员会书记", None),
        ],
    ),
    "title_with_its_number_then_the_items": (
        "西坪县人民政府关于滕云等职务任免的通知（西政任〔2023〕5号）\n滕云任西坪县交通运输局副局长；\n"
        "邹敏任西坪县水利局副局长。\n",
        [
            ("appoint", "滕云", "西坪县交通运输局副局长", None),
            ("appoint", "邹敏", "西坪县水利局副局长", None),
        ],
    ),
    "people_sharing_a_post": (
        "区人大常委会决定任命王刚、李强为区人民法院审判员，陈梅为区人民法院助理审判员。",
        [
            ("appoint", "王刚", "区人民法院审判员", None),
            ("appoint", "李强", "区人民法院审判员", None),
            ("appoint", "陈梅", "区人民法院助理审判员", None),
        ],
    ),
    "qi_is_the_current_item": (
        "决定任命刘伟为区财政局局长，免去其区审计局局长职务；任命张敏为区审计局局长，免去其区统计局局长职务。",
        [
            ("appoint", "刘伟", "区财政局局长", None),
            ("remove", "刘伟", "区审计局局长", None),
            ("appoint", "张敏", "区审计局局长", None),
            ("remove", "张敏", "区统计局局长", None),
        ],
    ),
    "post_name_pairs_under_one_verb": (
        "会议决定任命了一批干部，包括县财政局局长张三、县教育局局长李四、县卫健局局长王五。",
        [
            ("appoint", "张三", "县财政局局长", None),
            ("appoint", "李四", "县教育局局长", None),
            ("appoint", "王五", "县卫健局局长", None),
        ],
    ),
    "heading_post_then_names": (
        "省人民政府新聘任的参事有：周立新、吴晓梅（女）、郑国强等3人。",
        [
            ("appoint", "周立新", "省人民政府参事", None),
            ("appoint", "吴晓梅", "省人民政府参事", None),
            ("appoint", "郑国强", "省人民政府参事", None),
        ],
    ),
    "names_listed_below_the_decision": (
        "市人民政府关于聘任参事的通知\n各区人民政府：\n市人民政府决定，聘任下列同志为市人民政府参事：\n"
        "柳青、武斌\n市人民政府\n2019年2月28日\n",
        [
            ("appoint", "柳青", "市人民政府参事", "2019-02-28"),
            ("appoint", "武斌", "市人民政府参事", "2019-02-28"),
        ],
    ),
    "descriptor_before_the_names": (
        "市政府决定聘任我校副校长韦东等5人为市政府参事。",
        [("appoint", "韦东", "市政府参事", None)],
    ),
    "currently_then_proposed": (
        "现任东川市委副书记、市长邓林，拟任西岭市委书记。",
        [("nominate_appoint", "邓林", "西岭市委书记", None)],
    ),
    "already_moved_on": (
        "原任北山省委宣传部部长的贺军近日已履新中央某部门副部长。",
        [
            ("remove", "贺军", "北山省委宣传部部长", None),
            ("appoint", "贺军", "中央某部门副部长", None),
        ],
    ),
    "resigned_one_post": (
        "邹平因工作原因辞去公司董事会副董事长一职。\n华南电力股份有限公司董事会",
        [("other", "邹平", "华南电力股份有限公司董事会副董事长", None)],
    ),
    "list_title_and_verb_on_one_line": (
        "西湖区人民代表大会常务委员会任命名单 "
        "（2021年5月20日西湖区第九届人民代表大会常务委员会第三次会议通过） "
        "决定任命： 沈阳为西湖区人民政府副区长。",
        [("appoint", "沈阳", "西湖区人民政府副区长", "2021-05-20")],
    ),
    "special_administrative_region_officials": (
        "国务院根据香港特别行政区行政长官的提名和建议，任命张伟明为香港特别行政区政府财政司司长，"
        "免去陈国基的香港特别行政区政府财政司司长职务。",
        [
            ("appoint", "张伟明", "香港特别行政区政府财政司司长", None),
            ("remove", "陈国基", "香港特别行政区政府财政司司长", None),
        ],
    ),
    "no_longer_after_a_new_post": (
        "中共江城市委决定：孔伟同志任江城市委副书记，不再担任江城市委秘书长职务。",
        [
            ("appoint", "孔伟", "江城市委副书记", None),
            ("remove", "孔伟", "江城市委秘书长", None),
        ],
    ),
    "pre_appointment_notice_birth_date": (
        "东城市委组织部干部任前公示：马丽，女，1980年5月出生，现任东城市财政局副局长，拟任东城市审计局局长。",
        [("nominate_appoint", "马丽", "东城市审计局局长", None)],
    ),
    "request_in_a_decision_title": (
        "县人大常委会表决通过了关于接受陈亮辞去县人民政府副县长职务请求的决定。",
        [("other", "陈亮", "县人民政府副县长", None)],
    ),
    "bare_title_of_the_describing_post": (
        "江城人民医院召开大会。该院党委书记、院长张平因年龄原因不再担任院长职务。",
        [("remove", "张平", "江城人民医院院长", None)],
    ),
    "reason_with_a_bracketed_age": (
        "中共中央决定，林川同志任西岭省委书记，赵海同志因年龄（本月满65岁）原因不再担任西岭省委书记、常委职务。",
        [
            ("appoint", "林川", "西岭省委书记", None),
            ("remove", "赵海", "西岭省委书记", None),
            ("remove", "赵海", "西岭省委常委", None),
        ],
    ),
    "former_post_in_a_relative_clause_opening_the_sentence": (
        "据新华社消息，此前任南河省副省长的高峰调任北岭省委常委。",
        [("appoint", "高峰", "北岭省委常委", None), ("remove", "高峰", "南河省副省长", None)],
    ),
    "promoted_to_the_bare_title_of_the_former_post": (
        "中共中央决定，原任中共西川省委副书记的韩松升任书记。",
        [("appoint", "韩松", "中共西川省委书记", None), ("remove", "韩松", "中共西川省委副书记", None)],
    ),
    "elected_at_a_meeting_named_between_name_and_verb": (
        "东岭市第三届人民代表大会第一次会议闭幕。罗建平在会上当选东岭市市长，"
        "方小兰昨日在市人大会议上全票当选为东岭市副市长。",
        [("other", "方小兰", "东岭市副市长", None), ("other", "罗建平", "东岭市市长", None)],
    ),
    "subject_alone_then_recently_took_up": (
        "由外省调来任职的周明，已于近日履新东港新区管委会主任。",
        [("appoint", "周明", "东港新区管委会主任", None)],
    ),
    "party_proposes_a_mayor_leave_the_post": (
        "经省委研究决定：提议吴立同志不再担任北塘市市长职务，免去吴立同志的中共北塘市委副书记职务。",
        [("nominate_remove", "吴立", "北塘市市长", None), ("remove", "吴立", "中共北塘市委副书记", None)],
    ),
    "decided_that_the_same_person_acts": (
        "市人大常委会决定任命郑航为南溪市人民政府副市长，并决定其担任代理市长。",
        [
            ("appoint", "郑航", "南溪市人民政府副市长", None),
            ("appoint", "郑航", "南溪市人民政府代理市长", None),
        ],
    ),
    "promoted_with_wei": (
        "年仅四十五岁的欧阳青，升任为北川市委副书记。",
        [("appoint", "欧阳青", "北川市委副书记", None)],
    ),
    "resignation_of_a_described_person_accepted": (
        "省人大常委会会议接受现任东林市市长贺平辞职。",
        [("other", "贺平", "东林市市长", None)],
    ),
    "acting_decision_adopted_by_its_title": (
        "会议表决通过了关于方远代理西川省监察委员会主任的决定。",
        [("appoint", "方远", "西川省监察委员会代理主任", None)],
    ),
    "meeting_over_a_span_of_days_without_its_month": (
        "南溪日报 2019年6月30日 星期日 第一版:要闻\n"
        "本报讯 27日至28日,市人大常委会举行第十次会议,任命邵莉为市人大常委会副秘书长。"
        "会议还免去了陈东的市审计局局长职务。",
        [
            ("appoint", "邵莉", "市人大常委会副秘书长", "2019-06"),
            ("remove", "陈东", "市审计局局长", "2019-06"),
        ],
    ),
    "day_between_name_and_verb": (
        "东江前市长、市委副书记高原2月13日调任南岭省委书记。李明已于3月5日调任东山县委书记。",
        [
            ("appoint", "李明", "东山县委书记", None),
            ("appoint", "高原", "南岭省委书记", None),
            ("remove", "高原", "市委副书记", None),
        ],
    ),
    "acting_decided_with_you": (
        "区人大常委会会议决定由王东同志代理东山区区长。",
        [("appoint", "王东", "东山区代理区长", None)],
    ),
    "post_taken_by_a_person_described_by_profession": (
        "新一届政府名单公布。律政司司长由资深大律师洪家声接任，财政司司长由前金融管理局总裁陈立行出任。",
        [("appoint", "洪家声", "律政司司长", None), ("appoint", "陈立行", "财政司司长", None)],
    ),
    "page_timestamp_with_a_one_digit_day_run_into_its_time": (
        "2021/6/3 18:20\n(本社记者北京3日电)陈晓今天接任西江省代省长。",
        [("appoint", "陈晓", "西江省代省长", "2021-06-03")],
    ),
    "meeting_day_in_the_sentence_under_the_page_date": (
        "2011年05月06日 09:08\n"
        "5月5日下午，东城市人大常委会举行第九次会议，决定任命刘平为东城市人民政府代理市长。",
        [("appoint", "刘平", "东城市人民政府代理市长", "2011-05-05")],
    ),
    "decision_read_out_ending_in_renzhi_jueding": (
        "会上，省委组织部副处长宣读了省委关于孟海同志任东山职业学院院长的任职决定。",
        [("appoint", "孟海", "东山职业学院院长", None)],
    ),
    "elected_list_holding_a_rare_surname": (
        "经全体委员投票选举，赵立、钱东明、奇峰、孙海当选为政协南旗第九届委员会副主席。",
        [
            ("other", "孙海", "政协南旗第九届委员会副主席", None),
            ("other", "奇峰", "政协南旗第九届委员会副主席", None),
            ("other", "赵立", "政协南旗第九届委员会副主席", None),
            ("other", "钱东明", "政协南旗第九届委员会副主席", None),
        ],
    ),
    "election_verb_stated_again_in_the_list": (
        "大会选举李永成为东岭县人民政府县长、选举陈旺为东岭县人大常委会副主任。",
        [
            ("other", "李永成", "东岭县人民政府县长", None),
            ("other", "陈旺", "东岭县人大常委会副主任", None),
        ],
    ),
    "resignation_with_its_reason_and_tichu_de": (
        "会议决定接受钟原同志因工作岗位变动提出的辞去南江市市长职务的请求。",
        [("other", "钟原", "南江市市长", None)],
    ),
    "two_decisions_adopted_by_title_joined_by_dunhao": (
        "会议表决通过了关于接受林海辞去北原省人大常委会主任职务请求的决定、关于接受蓝田辞去北原省人民政府省长职务请求的决定。",
        [
            ("other", "林海", "北原省人大常委会主任", None),
            ("other", "蓝田", "北原省人民政府省长", None),
        ],
    ),
    "elected_with_the_most_votes": (
        "新一届市议会昨日选出正副议长，严志钦以最高票当选北原市议会议长。",
        [("other", "严志钦", "北原市议会议长", None)],
    ),
    "took_up_the_post_across_provinces": (
        "9月29日，韩立已跨省赴任北疆自治区党委常委、鹿城市委书记。苏青此次受命出任南沅市农业农村局副局长。",
        [
            ("appoint", "苏青", "南沅市农业农村局副局长", None),
            ("appoint", "韩立", "北疆自治区党委常委", None),
            ("appoint", "韩立", "鹿城市委书记", None),
        ],
    ),
    "descriptor_with_a_grade_before_the_name": (
        "此次公布的任免事项中，中共西沅市委副秘书长（正局级）简明，兼任西沅市对口支援办公室主任。",
        [("appoint", "简明", "西沅市对口支援办公室主任", None)],
    ),
    "removal_list_without_de_before_the_post": (
        "任命方立、陶红为南川市人民政府副市长，免去唐文、王莉、买青南川市人民政府副市长职务。",
        [
            ("appoint", "方立", "南川市人民政府副市长", None),
            ("appoint", "陶红", "南川市人民政府副市长", None),
            ("remove", "买青", "南川市人民政府副市长", None),
            ("remove", "唐文", "南川市人民政府副市长", None),
            ("remove", "王莉", "南川市人民政府副市长", None),
        ],
    ),
    "decided_name_with_tongzhi_then_ren": (
        "市人大常委会举行会议，接受沈明同志辞去澄江市市长职务的请求，决定汪健同志任澄江市副市长、代市长。",
        [
            ("appoint", "汪健", "澄江市代市长", None),
            ("appoint", "汪健", "澄江市副市长", None),
            ("other", "沈明", "澄江市市长", None),
        ],
    ),
    "two_resignations_in_one_request": (
        "会议决定接受汪文辞去嵩山市市长、孙磊辞去嵩山市副市长的请求。",
        [("other", "孙磊", "嵩山市副市长", None), ("other", "汪文", "嵩山市市长", None)],
    ),
    "also_elected_at_the_session": (
        "吉原省人代会闭幕。王汝林亦在该省人代会闭幕会上当选为吉原省省长。",
        [("other", "王汝林", "吉原省省长", None)],
    ),
    "dismissal_announced_of_a_described_person": (
        "新华社消息，中国宣布国防部长李尚明被免职。",
        [("remove", "李尚明", "国防部长", None)],
    ),
    "vice_premier_appointed": (
        "根据国务院总理的提名，大会决定任命丁国庆为国务院副总理。",
        [("appoint", "丁国庆", "国务院副总理", None)],
    ),
    "transfer_from_a_post_called_yuan": (
        "东岳大学原校长张荣调任西江大学校长。东湖大学原党委书记李先调任南州大学党委书记。",
        [
            ("appoint", "张荣", "西江大学校长", None),
            ("appoint", "李先", "南州大学党委书记", None),
            ("remove", "张荣", "东岳大学校长", None),
            ("remove", "李先", "东湖大学党委书记", None),
        ],
    ),
    "since_last_year_up_to_now": (
        "去年10月以来，多地人大常委会任命了代省长，在西川，此前担任西川省委副书记的殷勇获任西川省代理省长。"
        "在东安，王崧履任东安省委书记。",
        [("appoint", "殷勇", "西川省代理省长", None), ("appoint", "王崧", "东安省委书记", None)],
    ),
    "last_years_decision_reported_as_news": (
        "发布时间:2010-02-03 16:26\n"
        "去年12月，北林省人大常委会举行会议，决定接受韩常青辞去北林省省长职务的请求，决定任命王汝林为北林省副省长。",
        [
            ("appoint", "王汝林", "北林省副省长", "2009-12"),
            ("other", "韩常青", "北林省省长", "2009-12"),
        ],
    ),
    "assistant_to_the_head_after_a_ministry_post": (
        "商务部官网显示，黎东不再担任商务部副部长职务，章军、张翰出任部长助理。",
        [
            ("appoint", "张翰", "商务部部长助理", None),
            ("appoint", "章军", "商务部部长助理", None),
            ("remove", "黎东", "商务部副部长", None),
        ],
    ),
    "post_held_once_describing_a_person_moved_now": (
        "贺文的前任，曾任邵原市委书记的龙泽已于今年6月2日出任南湘省副省长。",
        [("appoint", "龙泽", "南湘省副省长", None)],
    ),
    "described_subject_then_transferred_after_a_comma": (
        "此前的西州市委书记龚明，已调任北秦省委常委、宣传部部长。"
        "在其他省市，松江工程大学党委书记王树，转任松江工业大学党委书记。",
        [
            ("appoint", "王树", "松江工业大学党委书记", None),
            ("appoint", "龚明", "北秦省委宣传部部长", None),
            ("appoint", "龚明", "北秦省委常委", None),
            ("remove", "王树", "松江工程大学党委书记", None),
            ("remove", "龚明", "西州市委书记", None),
        ],
    ),
    "new_turn_of_a_head_and_de_zhiwu": (
        "南江水利大学召开大会，宣读了任免文件：任命章宽同志为我校新一任校长，免去姜道同志校长的职务。"
        "会议决定接受萧海同志辞去竹山县人民政府县长的职务。",
        [
            ("appoint", "章宽", "南江水利大学校长", None),
            ("other", "萧海", "竹山县人民政府县长", None),
            ("remove", "姜道", "南江水利大学校长", None),
        ],
    ),
    "congress_announcement_of_deputies_leaving_and_by_elected": (
        "南阳市人民代表大会常务委员会公告\n"
        "市九届人大常委会五次会议以来，代表出缺2名。北湖县的刘江和东城区的石营调离本行政区，"
        "按照法律规定他们的代表资格终止。\n"
        "有关选举单位依法补选了3名市人大代表。其中：北湖县补选2名（温宏、谭明）；东城区补选1名（钱平）。\n"
        "现予公告。\n2019年4月20日",
        [
            ("other", "刘江", "南阳市第九届人民代表大会代表", "2019-04-20"),
            ("other", "石营", "南阳市第九届人民代表大会代表", "2019-04-20"),
            ("other", "温宏", "南阳市第九届人民代表大会代表", "2019-04-20"),
            ("other", "谭明", "南阳市第九届人民代表大会代表", "2019-04-20"),
            ("other", "钱平", "南阳市第九届人民代表大会代表", "2019-04-20"),
        ],
    ),
    "hospital_list_with_bare_titles_and_party_unit": (
        "医管局党委宣读了任免决定：任命阎松同志为滨江妇产医院副院长，免去邹连同志党委副书记、院长职务，免去叶坚副院长职务。",
        [
            ("appoint", "阎松", "滨江妇产医院副院长", None),
            ("remove", "叶坚", "滨江妇产医院副院长", None),
            ("remove", "邹连", "滨江妇产医院党委副书记", None),
            ("remove", "邹连", "滨江妇产医院院长", None),
        ],
    ),
    "body_printed_before_the_name": (
        "据悉，侨光大学党委书记由李明担任。另外，清澜大学仇勇任党委常务副书记、副校长。",
        [
            ("appoint", "仇勇", "清澜大学党委常务副书记", None),
            ("appoint", "仇勇", "清澜大学副校长", None),
            ("appoint", "李明", "侨光大学党委书记", None),
        ],
    ),
    "military_rank_after_the_name": (
        "报道显示，樊志少将已升任中部战区陆军司令员。",
        [("appoint", "樊志", "中部战区陆军司令员", None)],
    ),
    "board_meeting_day_not_its_notice_day": (
        "东川科技股份有限公司第六届董事会第一次会议于2023年11月28日在公司会议室以现场方式召开。"
        "本次会议的通知于2023年11月22日以通讯方式送达全体董事。"
        "董事会同意聘任张文先生为公司总经理，任期与第六届董事会任期一致。",
        [("appoint", "张文", "东川科技股份有限公司总经理", "2023-11-28")],
    ),
    "board_committees_elected_line_by_line": (
        "一、董事会会议召开情况 东川科技股份有限公司（以下简称“公司”）"
        "第六届董事会第一次会议于2023年11月28日召开。\n"
        "董事会同意选举以下董事为公司第六届董事会各专门委员会委员：\n"
        "战略委员会：罗力（主任委员）、陈雅、余然；\n审计委员会：万俊（主任委员）、陶闻。",
        [
            ("other", "万俊", "东川科技股份有限公司第六届董事会审计委员会主任委员", "2023-11-28"),
            ("other", "余然", "东川科技股份有限公司第六届董事会战略委员会委员", "2023-11-28"),
            ("other", "罗力", "东川科技股份有限公司第六届董事会战略委员会主任委员", "2023-11-28"),
            ("other", "陈雅", "东川科技股份有限公司第六届董事会战略委员会委员", "2023-11-28"),
            ("other", "陶闻", "东川科技股份有限公司第六届董事会审计委员会委员", "2023-11-28"),
        ],
    ),
    "standing_committee_office_then_its_committees": (
        "免去季明同志的东城区人大常委会人事代表工作室主任、人事代表工作委员会副主任、内务司法工作委员会副主任职务。",
        [
            ("remove", "季明", "东城区人大常委会人事代表工作委员会副主任", None),
            ("remove", "季明", "东城区人大常委会人事代表工作室主任", None),
            ("remove", "季明", "东城区人大常委会内务司法工作委员会副主任", None),
        ],
    ),
    "signing_date_on_the_line_it_closes": (
        "北州市人民代表大会常务委员会公告\n发布时间:2019-12-25 来源:市人大常委会\n"
        "由东区选出的北州市第八届人民代表大会代表申伟因工作调整已调离北州，依照代表法的有关规定，"
        "申伟的代表资格自行终止。 特此公告 北州市人民代表大会常务委员会 2019年12月24日",
        [("other", "申伟", "北州市第八届人民代表大会代表", "2019-12-24")],
    ),
    "short_form_glossed_in_brackets": (
        "市教育局发布任职通知：东江音乐学校校长解慧调任市招生考试委员会办公室（市招办）主任。",
        [
            ("appoint", "解慧", "市招生考试委员会办公室主任", None),
            ("remove", "解慧", "东江音乐学校校长", None),
        ],
    ),
    "nominated_after_the_act_and_company_short_names": (
        "市委决定黄立任市公安局局长，并提名为市政府副市长人选。中石化、中石油任董事长、党组书记。",
        [("appoint", "黄立", "市公安局局长", None)],
    ),
    "moves_listed_each_with_its_described_person": (
        "其中异动分别为，原新湖分局长张熊调升市警察局行政科科长、中岭分局长叶炎调任保安警察大队副大队长。",
        [
            ("appoint", "叶炎", "保安警察大队副大队长", None),
            ("appoint", "张熊", "市警察局行政科科长", None),
            ("remove", "叶炎", "中岭分局长", None),
            ("remove", "张熊", "新湖分局长", None),
        ],
    ),
    "takings_up_listed_each_with_its_described_person": (
        "民政局表示，民政局主任秘书陈明出任三溪区长、新渡户政事务所主任陈勤出任金港区长。",
        [("appoint", "陈勤", "金港区长", None), ("appoint", "陈明", "三溪区长", None)],
    ),
    "two_decisions_adopted_by_title_side_by_side": (
        "会议表决通过了《自治区人大常委会关于接受骆山辞去自治区监察委员会主任职务的决定》"
        "《自治区人大常委会关于接受个别代表辞去自治区人民代表大会代表职务的决议》。",
        [("other", "骆山", "自治区监察委员会主任", None)],
    ),
    "press_release_appointees_listed_with_honours": (
        "行政长官任命海港发展委员会委员\n"
        "政府今日宣布行政长官已委任以下人士，由二零一九年四月一日起为海港发展委员会委员，任期两年：\n\n"
        "运输及房屋局局长（主席）\n\n何志康博士, GBS, JP（副主席）\n\n方美玲女士\n\n翟远先生, JP\n\n"
        "政府发言人表示，委员会的成员来自各主要界别。",
        [
            ("appoint", "何志康", "海港发展委员会副主席", None),
            ("appoint", "何志康", "海港发展委员会委员", None),
            ("appoint", "方美玲", "海港发展委员会委员", None),
            ("appoint", "翟远", "海港发展委员会委员", None),
        ],
    ),
    "school_referred_to_after_a_clause_naming_its_head": (
        "东川华屹职业技术大学召开干部大会。会上，蒋霖校长代表理事会和学校宣布：聘任汪力同志任学校副校长。",
        [("appoint", "汪力", "东川华屹职业技术大学副校长", None)],
    ),
    "cantonese_surname_ou_and_district_councillors": (
        "东华控股有限公司（「本公司」）董事会宣布，区志诚先生已辞任本公司执行董事及董事会主席。"
        "另外，区议员为「三会」委员。",
        [
            ("other", "区志诚", "东华控股有限公司执行董事", None),
            ("other", "区志诚", "东华控股有限公司董事会主席", None),
        ],
    ),
    "motion_adopted_by_its_title": (
        "东华股份有限公司第五届董事会第三次会议审议通过了《关于选举李锦先生担任公司董事长的议案》。"
        "会议还审议了区长提请的关于任命张三为区财政局局长的议案。",
        [("other", "李锦", "东华股份有限公司董事长", None)],
    ),
    "roundup_lines_opening_with_their_day": (
        "2011年高校人事调整一览\n9月2日 田红任中南大学校长，黄伯不再担任中南大学校长\n"
        "10月14日 邱平任东北林业大学校长\n11月23日 陈霖任中国人民大学校长\n",
        [
            ("appoint", "田红", "中南大学校长", None),  # a year in a heading resolves no day
            ("appoint", "邱平", "东北林业大学校长", None),
            ("appoint", "陈霖", "中国人民大学校长", None),
            ("remove", "黄伯", "中南大学校长", None),
        ],
    ),
    "elected_in_a_shi_de_frame_and_new_holder": (
        "孙维是在昨天召开的渝川市人民代表大会会议上当选渝川市新任市长的。"
        "陈新是在2016年12月空降楚北任省委副书记的。",
        [("other", "孙维", "渝川市市长", None)],
    ),
    "retired_at_the_age_limit": (
        "三大运营商换帅。中国东信原董事长奚强到龄退休。退休人员座谈会同日召开。",
        [("other", "奚强", "中国东信董事长", None)],
    ),
    "moved_into_a_body_named_before_the_titles": (
        "三大石油公司换帅。东海油原董事长王霖调至西石油任董事长、党组书记。",
        [
            ("appoint", "王霖", "西石油党组书记", None),
            ("appoint", "王霖", "西石油董事长", None),
            ("remove", "王霖", "东海油董事长", None),
        ],
    ),
    "provincial_head_moved_to_a_national_body": (
        "日前，经中共中央批准，赵六任南湖省委副书记。南湖省长孙七已调任中央某部部长。",
        [
            ("appoint", "孙七", "中央某部部长", None),
            ("appoint", "赵六", "南湖省委副书记", None),
            ("remove", "孙七", "南湖省长", None),
        ],
    ),
    "generic_word_is_not_a_referent": (
        "经学校研究决定，聘任刘洋为学校办公室主任（正处级），试用期一年。",
        [("appoint", "刘洋", "学校办公室主任", None)],
    ),
    "board_hires_with_honorific": (
        "华能科技股份有限公司\n公司董事会于2023年5月10日召开第三届董事会第八次会议，同意聘任张三先生为公司总经理。",
        [("appoint", "张三", "华能科技股份有限公司总经理", "2023-05-10")],
    ),
    "department_heads_without_tongzhi": (
        "经医院党委会研究决定：孙七任心内科主任，周八任心内科副主任。",
        [("appoint", "孙七", "心内科主任", None), ("appoint", "周八", "心内科副主任", None)],
    ),
    "elected_after_a_describing_post": (
        "北山省人大常委会副主任吴九当选为北山省人民政府省长。",
        [("other", "吴九", "北山省人民政府省长", None)],
    ),
    "profile_then_proposed_post": (
        "王六，女，1980年5月出生，现任区财政局副局长。拟任区审计局局长。",
        [("nominate_appoint", "王六", "区审计局局长", None)],
    ),
    "qi_decided_as_acting": (
        "南江市人大常委会任命王五为南江市人民政府副市长，并决定其为南江市人民政府代理市长。",
        [
            ("appoint", "王五", "南江市人民政府副市长", None),
            ("appoint", "王五", "南江市人民政府代理市长", None),
        ],
    ),
    "takes_over_a_post": (
        "新华社消息，东山省委决定，张三接任东山省委秘书长一职。",
        [("appoint", "张三", "东山省委秘书长", None)],
    ),
    "removed_in_the_passive": (
        "周三被免去南城区区长职务。",
        [("remove", "周三", "南城区区长", None)],
    ),
    "described_then_appointed_in_the_passive": (
        "原任西江市委书记的孙二，已被任命为北湖省副省长。",
        [("appoint", "孙二", "北湖省副省长", None)],
    ),
    "post_held_by_in_the_passive": (
        "中央决定，东山省省长一职由王五担任。",
        [("appoint", "王五", "东山省省长", None)],
    ),
    "two_described_people_moved_respectively": (
        "原东城区区长王五和原西城区区长赵六分别调任北湖市副市长、南湖市副市长。",
        [
            ("appoint", "王五", "北湖市副市长", None),
            ("appoint", "赵六", "南湖市副市长", None),
            ("remove", "王五", "东城区区长", None),
            ("remove", "赵六", "西城区区长", None),
        ],
    ),
    "districts_named_like_a_city_area": (
        "张三、李四分别任东城区委书记、西城区委书记。会议决定任命王五为北城区区长。",
        [
            ("appoint", "张三", "东城区委书记", None),
            ("appoint", "李四", "西城区委书记", None),
            ("appoint", "王五", "北城区区长", None),
        ],
    ),
    "removed_from_office_hong_kong_style": (
        "行政長官今日宣布，免除張三的保安局局長職務。",
        [("remove", "張三", "保安局局長", None)],
    ),
    "appointed_in_the_passive_hong_kong_style": (
        "李四獲委任為香港特別行政區政府律政司司長。",
        [("appoint", "李四", "香港特別行政區政府律政司司長", None)],
    ),
    "reappointed_for_a_new_term": (
        "經研究，學校決定續聘王五為文學院院長。趙六留任北湖市市長。",
        [("appoint", "王五", "文學院院長", None), ("appoint", "趙六", "北湖市市長", None)],
    ),
    "taiwan_personnel_order": (
        "總統府今天發布人事命令，特任張三為行政院副院長。行政院會今天通過，由李四接任經濟部部長。",
        [("appoint", "張三", "行政院副院長", None), ("appoint", "李四", "經濟部部長", None)],
    ),
    "places_sharing_one_title": (
        "经研究决定：杨一、孙二、仇三分别任武汉、合肥、昆明市委副书记。",
        [
            ("appoint", "杨一", "武汉市委副书记", None),
            ("appoint", "孙二", "合肥市委副书记", None),
            ("appoint", "仇三", "昆明市委副书记", None),
        ],
    ),
    "title_before_name": (
        "经县委研究决定，县委副书记马超同志兼任县委党校校长。",
        [("appoint", "马超", "县委党校校长", None)],
    ),
    "acting_after_a_deputy_post": (
        "会议决定任命林峰为市人民政府副市长、代理市长。",
        [
            ("appoint", "林峰", "市人民政府副市长", None),
            ("appoint", "林峰", "市人民政府代理市长", None),
        ],
    ),
    "acting_frame_gives_only_the_acting_post": (
        "会议决定：高原副区长代理区长职务。",
        [("appoint", "高原", "代理区长", None)],
    ),
    "post_then_names_under_a_list_verb": (
        "东湖区人大常委会任免名单\n任命：\n东湖区人民法院审判员：柯明、蒋丽\n东湖区人民检察院检察员：车伟\n",
        [
            ("appoint", "柯明", "东湖区人民法院审判员", None),
            ("appoint", "蒋丽", "东湖区人民法院审判员", None),
            ("appoint", "车伟", "东湖区人民检察院检察员", None),
        ],
    ),
    "election_results_a_post_a_line": (
        "县第九届人民代表大会第一次会议选举结果\n县人大常委会主任：邱刚\n县人民政府县长：鲁平\n县人民政府副县长：陶红、范勇\n",
        [
            ("other", "邱刚", "县人大常委会主任", None),
            ("other", "鲁平", "县人民政府县长", None),
            ("other", "陶红", "县人民政府副县长", None),
            ("other", "范勇", "县人民政府副县长", None),
        ],
    ),
    "election": (
        "大会选举产生了新一届政府领导，陈刚当选为县人民政府县长。",
        [("other", "陈刚", "县人民政府县长", None)],
    ),
    "elected_unanimously": (
        "在今天的会议上，韩冰以全票当选为市人大常委会主任。",
        [("other", "韩冰", "市人大常委会主任", None)],
    ),
    "by_election": (
        "会议补选王亮为市人大常委会委员。",
        [("other", "王亮", "市人大常委会委员", None)],
    ),
    "decision_and_resignation_in_one_sentence": (
        "县十八届人大常委会第二十次会议于2023年8月30日举行。会议表决通过了任命张三为县人民政府副县长的决定，"
        "接受李四因工作变动辞去县人民政府副县长职务的请求。",
        [
            ("appoint", "张三", "县人民政府副县长", "2023-08-30"),
            ("other", "李四", "县人民政府副县长", "2023-08-30"),
        ],
    ),
    "reason_in_a_clause_of_its_own": (
        "公司董事会近日收到副总经理严峰先生的书面辞职报告。严峰先生因个人原因，申请辞去公司副总经理职务。",
        [("other", "严峰", "公司副总经理", None)],
    ),
    "already_in_post_reported": (
        "据县政府网站消息，葛亮已任县应急管理局局长。",
        [("appoint", "葛亮", "县应急管理局局长", None)],
    ),
    "takes_up_a_post_with_danren": (
        "经区委研究，雷鸣担任区融媒体中心主任。",
        [("appoint", "雷鸣", "区融媒体中心主任", None)],
    ),
    "board_hires_several_with_honorifics": (
        "董事会同意聘任江涛先生为公司副总经理、尹洁女士为公司财务总监。",
        [("appoint", "江涛", "公司副总经理", None), ("appoint", "尹洁", "公司财务总监", None)],
    ),
    "back_reference_word_with_no_name_printed": (
        "经院党委研究决定，苗青同志任医院副院长；聘任陆原同志为学校办公室主任，免去其学校档案馆馆长职务。",
        [
            ("appoint", "苗青", "医院副院长", None),
            ("appoint", "陆原", "学校办公室主任", None),
            ("remove", "陆原", "学校档案馆馆长", None),
        ],
    ),
    "profile_with_birthplace": (
        "任前公示\n万杰，男，1979年6月生，汉族，南川人，大学学历，现任县商务局副局长，拟任县商务局局长。",
        [("nominate_appoint", "万杰", "县商务局局长", None)],
    ),
    "appointed_to_take_up_hong_kong_style": (
        "行政長官委任龐浩出任運輸署署長，接替退休的余文。",
        [("appoint", "龐浩", "運輸署署長", None)],
    ),
    "successor_named_before_the_one_replaced": (
        "據報道，甘霖將接替邵華出任財政司司長。另悉，孔明接替魯直，出任北平市委書記。",
        [("appoint", "甘霖", "財政司司長", None), ("appoint", "孔明", "北平市委書記", None)],
    ),
    "today_between_name_and_verb": (
        "新任警務處處長岑海今日履新。蔡明昨天出任南陵市副市长。",
        [("appoint", "岑海", "警務處處長", None), ("appoint", "蔡明", "南陵市副市长", None)],
    ),
    "described_person_then_moves_in_a_clause_of_its_own": (
        "西岭市副市长温良，已出任东岭市市长。",
        [("appoint", "温良", "东岭市市长", None)],
    ),
    "described_person_resigns": (
        "北山省政協副主席祁連辭職，省政協常委會接受其辭職。",
        [("other", "祁連", "北山省政協副主席", None)],
    ),
    "personnel_order_with_vice_ministers": (
        "人事令：派任晏清為交通部常務次長，免除韓江的交通部常務次長職務。",
        [("appoint", "晏清", "交通部常務次長", None), ("remove", "韓江", "交通部常務次長", None)],
    ),
    "ambassador_appointed_and_removed": (
        "国家主席根据全国人大常委会的决定：任命严明为中华人民共和国驻某国特命全权大使。",
        [("appoint", "严明", "中华人民共和国驻某国特命全权大使", None)],
    ),
    "names_accepted_to_resign": (
        "会议决定：接受韦明、甄红辞去南城市人民代表大会常务委员会委员职务的请求。",
        [
            ("other", "韦明", "南城市人民代表大会常务委员会委员", None),
            ("other", "甄红", "南城市人民代表大会常务委员会委员", None),
        ],
    ),
    "news_verbs_of_taking_and_leaving_office": (
        "柏林获任命为南城市副市长。华山就任南城银行行长。钟灵辞任南城大学校长。易水请辞南城市副市长一职。",
        [
            ("appoint", "柏林", "南城市副市长", None),
            ("appoint", "华山", "南城银行行长", None),
            ("other", "钟灵", "南城大学校长", None),
            ("other", "易水", "南城市副市长", None),
        ],
    ),
    "one_line_report_with_a_bare_ren": (
        "方红（女，满族）任北川市副市长",
        [("appoint", "方红", "北川市副市长", None)],
    ),
    "proposal_to_the_congress_names_no_one_new": (
        "决定任命葛平同志为北川市公安局局长，提请市人大常委会任命为北川市公安局局长。",
        [("appoint", "葛平", "北川市公安局局长", None)],
    ),
    "resignation_accepted": (
        "会议决定接受张伟辞去市人民政府副市长职务的请求。",
        [("other", "张伟", "市人民政府副市长", None)],
    ),
    "resignation_with_a_reason_between": (
        "李明因工作调动原因辞去县人大常委会副主任职务。",
        [("other", "李明", "县人大常委会副主任", None)],
    ),
    "revocation": (
        "会议表决通过，撤销赵刚的县人民法院副院长职务。",
        [("other", "赵刚", "县人民法院副院长", None)],
    ),
    "recall": (
        "县人大常委会依法罢免了钱江的县人民代表大会代表职务。",
        [("other", "钱江", "县人民代表大会代表", None)],
    ),
    "mandate_ended_after_a_move": (
        "王军因调离本行政区域，其市第十六届人民代表大会代表资格终止。",
        [("other", "王军", "市第十六届人民代表大会代表", None)],
    ),
    "mandates_ended_for_a_list": (
        "市十届人大代表刘方、何平因工作变动调离本市。根据代表法的规定，刘方、何平的代表资格终止。",
        [
            ("other", "刘方", "市十届人大代表", None),
            ("other", "何平", "市十届人大代表", None),
        ],
    ),
    "transfer_ends_the_old_post": (
        "原任市发改委主任的孙斌调任市政府秘书长。",
        [
            ("remove", "孙斌", "市发改委主任", None),
            ("appoint", "孙斌", "市政府秘书长", None),
        ],
    ),
    "transfer_from_within": (
        "胡刚由学院党委书记转任院长。",
        [
            ("remove", "胡刚", "学院党委书记", None),
            ("appoint", "胡刚", "学院院长", None),
        ],
    ),
    "no_longer_holds": (
        "赵倩不再担任市文化和旅游局局长职务。",
        [("remove", "赵倩", "市文化和旅游局局长", None)],
    ),
    "hire_and_dismiss": (
        "经研究，学校决定聘任周杰为外国语学院院长，解聘吴迪的外国语学院副院长职务。",
        [
            ("appoint", "周杰", "外国语学院院长", None),
            ("remove", "吴迪", "外国语学院副院长", None),
        ],
    ),
    "new_head_named_after_the_post": (
        "此次任命中，新任市科技局局长杨帆此前担任高新区管委会副主任。",
        [("appoint", "杨帆", "市科技局局长", None)],
    ),
    "back_reference_to_the_school": (
        "江南大学召开干部大会。会上宣布，任命李勇为该校副校长。",
        [("appoint", "李勇", "江南大学副校长", None)],
    ),
    "company_defined_as_gongsi": (
        "华东机械股份有限公司（以下简称“公司”）董事会收到刘强先生的书面辞职报告，刘强先生因个人原因辞去公司总经理职务。",
        [("other", "刘强", "华东机械股份有限公司总经理", None)],
    ),
    "headline_and_body_repeat_one_event": (
        "王涛任北方市代市长\n北方市人大常委会决定，任命王涛为北方市人民政府副市长、代理市长。",
        [
            ("appoint", "王涛", "北方市人民政府副市长", None),
            ("appoint", "王涛", "北方市人民政府代理市长", None),
        ],
    ),
    "traditional_characters": (
        "會議決定任命黃志強為市財政局局長，免去陳國華的市財政局局長職務。",
        [
            ("appoint", "黃志強", "市財政局局長", None),
            ("remove", "陳國華", "市財政局局長", None),
        ],
    ),
    "pinyin_glosses_in_words": (
        "會議決定任命黃志強為市財(cái)政局局長(zhǎng)。",
        [("appoint", "黃志強", "市財政局局長", None)],
    ),
    "announced_names_for_a_post": (
        "滨江大学召开干部大会，宣读任免决定。大会还宣布了周凯、韩雪为滨江大学副校长，吕波为滨江大学校长助理。",
        [
            ("appoint", "周凯", "滨江大学副校长", None),
            ("appoint", "韩雪", "滨江大学副校长", None),
            ("appoint", "吕波", "滨江大学校长助理", None),
        ],
    ),
    "decided_as_acting": (
        "市人大常委会任命孟华为东川市人民政府副市长，决定孟华为东川市人民政府代理市长。",
        [
            ("appoint", "孟华", "东川市人民政府副市长", None),
            ("appoint", "孟华", "东川市人民政府代理市长", None),
        ],
    ),
    "bare_title_of_the_previous_clause": (
        "省政府聘请秦岭为省文史研究馆馆长，聘请白洁为副馆长。",
        [
            ("appoint", "秦岭", "省文史研究馆馆长", None),
            ("appoint", "白洁", "省文史研究馆副馆长", None),
        ],
    ),
    "qi_with_a_bare_title": (
        "宋涛同志任南方港务集团有限公司董事长、党委书记，免去其总经理职务。",
        [
            ("appoint", "宋涛", "南方港务集团有限公司董事长", None),
            ("appoint", "宋涛", "南方港务集团有限公司党委书记", None),
            ("remove", "宋涛", "南方港务集团有限公司总经理", None),
        ],
    ),
    "page_noise_with_an_unclosed_bracket": (
        "( x7e1 ` now 省人大常委会接受了林涛提出辞去省人民代表大会代表职务，"
        "省人大常委会罢免了钟声的省人民代表大会代表职务。",
        [
            ("other", "林涛", "省人民代表大会代表", None),
            ("other", "钟声", "省人民代表大会代表", None),
        ],
    ),
    "page_noise_with_a_bracket_closed_far_away": (
        '公告 q( O" v+ E$ X\n东省人大常委会接受了祁山提出辞去第九届全国人民代表大会代表职务，'
        "西省人大常委会接受了白川提出辞去第九届全国人民代表大会代表职务。"
        + "会议还审议了其他议题。" * 8
        + "\n7 x) E0 b",
        [
            ("other", "祁山", "第九届全国人民代表大会代表", None),
            ("other", "白川", "第九届全国人民代表大会代表", None),
        ],
    ),
    "latin_page_noise_before_a_post": (
        "tvbnow,bttvb第九届全国人民代表大会代表石岩因病去世，石岩的代表资格自然终止。",
        [("other", "石岩", "第九届全国人民代表大会代表", None)],
    ),
    "described_deputies_whose_mandates_end": (
        "南城市选出的北山省第九届人民代表大会代表韦明、甄红因工作调动，已调离本行政区域，依照代表法的规定，"
        "其代表资格终止。",
        [
            ("other", "韦明", "北山省第九届人民代表大会代表", None),
            ("other", "甄红", "北山省第九届人民代表大会代表", None),
        ],
    ),
    "news_dateline": (
        "新华社北京3月5日电 国务院任命刘洋为国家统计局副局长。\n2024年03月06日 08:00",
        [("appoint", "刘洋", "国家统计局副局长", "2024-03-05")],
    ),
    "some_days_before_stays_unknown": (
        "新华社北京3月5日电 国务院日前任命刘洋为国家统计局副局长。\n2024年03月06日 08:00",
        [("appoint", "刘洋", "国家统计局副局长", None)],
    ),
    "meeting_date_in_the_lead": (
        "区人大常委会第十次会议于2021年6月3日举行，会议决定任命何静为区司法局局长。",
        [("appoint", "何静", "区司法局局长", "2021-06-03")],
    ),
    "yesterday_against_the_page_date": (
        "本报讯 昨天，市人大常委会决定任命冯涛为市审计局局长。\n发布时间：2023-07-12 09:10",
        [("appoint", "冯涛", "市审计局局长", "2023-07-11")],
    ),
    "signing_date_not_the_page_date": (
        "市人民政府关于张三等同志职务任免的通知\n发布日期：2019-11-20\n各区县人民政府：\n经市人民政府研究决定：\n"
        "张三任市教育局局长；\n免去李四的市教育局局长职务。\n市人民政府\n2019年11月15日\n",
        [
            ("appoint", "张三", "市教育局局长", "2019-11-15"),
            ("remove", "李四", "市教育局局长", "2019-11-15"),
        ],
    ),
    "meeting_day_before_the_page_date": (
        "区人大常委会召开第二十次会议\n发布时间：2019-11-20\n"
        "11月18日，区第九届人大常委会第二十次会议召开。会议决定任命王五为区民政局局长。",
        [("appoint", "王五", "区民政局局长", "2019-11-18")],
    ),
    "month_and_day_without_a_year_stays_unknown": (
        "5月20日，市人大常委会决定任命冯涛为市审计局局长。",
        [("appoint", "冯涛", "市审计局局长", None)],
    ),
    "publication_line_above_the_dateline": (
        "稿源：人民网 2022-09-14\n新华社北京9月14日电 国务院任命邵强为国家林业和草原局副局长。",
        [("appoint", "邵强", "国家林业和草原局副局长", "2022-09-14")],
    ),
    "news_date_line_with_its_weekday": (
        "【本報訊】政府昨日宣布，委任鄺文為運輸署副署長。\n2022年9月15日 星期四",
        [("appoint", "鄺文", "運輸署副署長", "2022-09-14")],
    ),
    "date_line_with_weekday_above_the_story": (
        "2022年9月15日 星期四\n政府昨日宣布，委任鄺文為運輸署副署長。",
        [("appoint", "鄺文", "運輸署副署長", "2022-09-14")],
    ),
    "signing_date_with_its_publication_mark": (
        "北湖市人民政府关于孟涛职务任免的通知\n经市政府研究决定：\n孟涛任北湖市水务局局长。\n北湖市人民政府\n"
        "2020年11月3日（此件公开发布）\n",
        [("appoint", "孟涛", "北湖市水务局局长", "2020-11-03")],
    ),
    "press_release_dated_with_a_bracketed_weekday": (
        "政府昨日公布，委任鄺文為運輸署副署長。\n2022年9月15日（星期四）",
        [("appoint", "鄺文", "運輸署副署長", "2022-09-14")],
    ),
    "pre_appointment_page_run_together": (
        "任前公示\n对下列同志拟任职务进行公示，如有意见，请于2015年3月20日下午5:00前反映。"
        "联系电话:12345678中共西坪县委组织部2015年3月13日邹敏,女,汉族,西坪县人,1985年2月出生,"
        "现任县委办秘书科科长。\n拟任县委办副主任。\n",
        [("nominate_appoint", "邹敏", "县委办副主任", "2015-03-13")],
    ),
    "effective_date_is_not_the_decision's": (
        "政府今日（十一月三日）宣布，行政長官委任龐浩為醫院管理局主席，任期兩年，由二〇二三年一月一日起生效。\n完\n"
        "2022年11月3日（星期四）\n",
        [("appoint", "龐浩", "醫院管理局主席", "2022-11-03")],
    ),
    "site_name_and_date_below_the_story": (
        "北山市第九届人民代表大会常务委员会第八次会议于5月26日闭幕。会议决定任命岑海为市财政局局长。\n"
        "北山人大网 2022-05-27",
        [("appoint", "岑海", "市财政局局长", "2022-05-26")],
    ),
    "yesterday_in_the_meeting_sentence_before_the_decision": (
        "昨日，市九届人大常委会第八次会议闭幕。会议决定任命岑海为市财政局局长。\n"
        "北山日报 2022年5月27日 第2版",
        [("appoint", "岑海", "市财政局局长", "2022-05-26")],
    ),
    "headlines_of_other_articles_are_not_the_page's": (
        "市人大常委会会议决定任命孙立为东湖市人民政府副市长。会议还审议了其他事项。" * 2
        + "\n相关新闻\n周明任南湖市副市长\n钱进任北湖区区长\n",
        [("appoint", "孙立", "东湖市人民政府副市长", None)],
    ),
    "birth_date_is_never_the_event_date": (
        "近日，省委决定任命郭峰为省农业农村厅厅长。郭峰，1968年5月出生，\n曾任某市副市长。",
        [("appoint", "郭峰", "省农业农村厅厅长", None)],
    ),
    "name_then_when_then_verb": (
        "记者获悉，北原市委副书记陈明已于近日调任南原市委副书记。",
        [
            ("remove", "陈明", "北原市委副书记", None),
            ("appoint", "陈明", "南原市委副书记", None),
        ],
    ),
    "deciding_body_states_the_list_verb": (
        "县人大常委会任命：\n张小兵为县财政局局长；\n刘洪为县教育局局长。",
        [
            ("appoint", "张小兵", "县财政局局长", None),
            ("appoint", "刘洪", "县教育局局长", None),
        ],
    ),
    "list_verb_over_the_following_people_lines_without_stops": (
        "经研究决定，任命下列同志职务：\n张三为东港市教育局局长\n李四为东港市卫生健康委员会主任",
        [
            ("appoint", "张三", "东港市教育局局长", None),
            ("appoint", "李四", "东港市卫生健康委员会主任", None),
        ],
    ),
    "removal_lines_without_stops": (
        "决定免去下列同志的职务：\n周五的东港市教育局局长职务\n吴六的东港市民政局局长职务",
        [
            ("remove", "周五", "东港市教育局局长", None),
            ("remove", "吴六", "东港市民政局局长", None),
        ],
    ),
    "post_held_by_a_described_successor": (
        "北岭省委书记一职由原省长王东接任。",
        [("appoint", "王东", "北岭省委书记", None)],
    ),
    "elected_by_xuanchu": (
        "立法會昨日選出梁偉為立法會主席。",
        [("other", "梁偉", "立法會主席", None)],
    ),
    "roundup_bullets_one_act_a_line": (
        "省部级人事观察：3月以来，多名官员履新。\n◆王立军任北江省副省长\n◆陈静任南湖省委常委、宣传部部长\n◆李军不再担任东海省副省长",
        [
            ("appoint", "王立军", "北江省副省长", None),
            ("appoint", "陈静", "南湖省委常委", None),
            ("appoint", "陈静", "南湖省委宣传部部长", None),
            ("remove", "李军", "东海省副省长", None),
        ],
    ),
    "yesterday_against_a_publication_line": (
        "2022年3月16日 来源：东江晚报\n"
        "昨天，东江市人大常委会召开第四十次会议，决定任命吴刚为东江市人民政府副市长。",
        [("appoint", "吴刚", "东江市人民政府副市长", "2022-03-15")],
    ),
    "headline_leaves_out_the_government": (
        "李卫任东城代市长\n2023-02-10 来源：东城日报\n"
        "会议决定任命李卫为东城市人民政府副市长，决定李卫为东城市人民政府代理市长。",
        [
            ("appoint", "李卫", "东城市人民政府副市长", "2023-02-10"),
            ("appoint", "李卫", "东城市人民政府代理市长", "2023-02-10"),
        ],
    ),
    "judge_of_the_court_after_a_division_post": (
        "任命王晓东为东川区人民法院民事审判第一庭庭长、审判员；任命刘红为东川区人民检察院第一检察部主任、检察员。",
        [
            ("appoint", "王晓东", "东川区人民法院民事审判第一庭庭长", None),
            ("appoint", "王晓东", "东川区人民法院审判员", None),
            ("appoint", "刘红", "东川区人民检察院第一检察部主任", None),
            ("appoint", "刘红", "东川区人民检察院检察员", None),
        ],
    ),
    "takes_over_jiezhang": (
        "前經濟部次長林明將接掌中油董事長。",
        [("appoint", "林明", "中油董事長", None)],
    ),
    "newly_appointed_named_before_a_speech": (
        "大会宣布了省委决定：王海任东平市委书记。新任市委书记王海作表态发言。",
        [("appoint", "王海", "东平市委书记", None)],
    ),
    "bare_government_title_of_the_describing_post": (
        "近日，北城区区长孙斌被免去区长职务。",
        [("remove", "孙斌", "北城区区长", None)],
    ),
    "news_clause_after_a_biography_clause": (
        "王五此前担任国家统计局副局长，原任东海省委组织部部长的王刚近日已履新中央国家机关工委副书记。",
        [
            ("remove", "王刚", "东海省委组织部部长", None),
            ("appoint", "王刚", "中央国家机关工委副书记", None),
        ],
    ),
    "described_people_in_turn_leave_places_sharing_a_title": (
        "原东省委副书记张三、西省委副书记李四先后卸任东湖、西湖市委书记。",
        [
            ("remove", "张三", "东湖市委书记", None),
            ("remove", "李四", "西湖市委书记", None),
        ],
    ),
    "described_people_joined_by_and_after_a_list_of_posts": (
        "北山省委常委、秘书长王赋和南江省委常委、东林市委书记莫明调任西京市委常委。",
        [
            ("remove", "王赋", "北山省委常委", None),
            ("remove", "王赋", "北山省委秘书长", None),
            ("appoint", "王赋", "西京市委常委", None),
            ("remove", "莫明", "南江省委常委", None),
            ("remove", "莫明", "东林市委书记", None),
            ("appoint", "莫明", "西京市委常委", None),
        ],
    ),
    "newly_hired_xinpinren": (
        "东川市人民医院新聘任张华为医务科科长。",
        [("appoint", "张华", "医务科科长", None)],
    ),
    "resignation_approved_and_successor_takes_over": (
        "衛生福利部長陳建仁請辭獲准，由政務次長薛瑞芳接任。",
        [
            ("other", "陳建仁", "衛生福利部長", None),
            ("appoint", "薛瑞芳", "衛生福利部長", None),
        ],
    ),
    "successor_takes_the_removed_post": (
        "免去张三的东湖市财政局局长职务，其职务由副局长李四接替。",
        [
            ("remove", "张三", "东湖市财政局局长", None),
            ("appoint", "李四", "东湖市财政局局长", None),
        ],
    ),
    "academic_title_after_the_name": (
        "王伟博士出任东川大学校长。聘任李红教授、赵明院士为东川大学讲席教授。",
        [
            ("appoint", "王伟", "东川大学校长", None),
            ("appoint", "李红", "东川大学讲席教授", None),
            ("appoint", "赵明", "东川大学讲席教授", None),
        ],
    ),
    "company_named_under_a_section_heading": (
        "一、高级管理人员辞职情况\n东川新材料股份有限公司（以下简称“公司”）董事会收到公司总经理宋建国先生的辞职报告。"
        "宋建国先生因个人原因申请辞去公司总经理职务。",
        [("other", "宋建国", "东川新材料股份有限公司总经理", None)],
    ),
    "school_back_reference_skips_a_decision_about_the_school": (
        "据东川大学官网消息，该校召开干部大会，宣布省委关于学校主要领导调整的决定：赵启明任该校校长。",
        [("appoint", "赵启明", "东川大学校长", None)],
    ),
    "republic_of_china_year": (
        "總統令\n中華民國112年8月15日\n任命林志明為內政部政務次長。",
        [("appoint", "林志明", "內政部政務次長", "2023-08-15")],
    ),
    "post_ends_with_the_mandate": (
        "会议决定，接受吴建华辞去东川市第十六届人民代表大会代表职务的请求。"
        "依照代表法的有关规定，吴建华的代表资格终止，其东川市人民代表大会常务委员会委员职务相应终止。",
        [
            ("other", "吴建华", "东川市第十六届人民代表大会代表", None),
            ("other", "吴建华", "东川市人民代表大会常务委员会委员", None),
        ],
    ),
    "revocation_list_under_its_verb": (
        "免去：\n何建的东川市中级人民法院副院长职务。\n撤销：\n杜明的东川市中级人民法院审判员职务。",
        [
            ("remove", "何建", "东川市中级人民法院副院长", None),
            ("other", "杜明", "东川市中级人民法院审判员", None),
        ],
    ),
    "meeting_yesterday_dates_the_list_after_it": (
        "东川日报 2022年9月16日 第A02版\n昨天，西岭县人大常委会会议闭幕。会议表决通过了人事任免事项："
        "任命邓超为西岭县人民政府副县长；免去贺军的西岭县卫生健康局局长职务。",
        [
            ("appoint", "邓超", "西岭县人民政府副县长", "2022-09-15"),
            ("remove", "贺军", "西岭县卫生健康局局长", "2022-09-15"),
        ],
    ),
    "name_and_reason_then_no_longer_holds": (
        "骆志强任东川能源集团有限公司董事长；武建因到龄退休，不再担任东川能源集团有限公司董事长职务。",
        [
            ("appoint", "骆志强", "东川能源集团有限公司董事长", None),
            ("remove", "武建", "东川能源集团有限公司董事长", None),
        ],
    ),
    "verb_restated_in_the_list_item": (
        "宣布集团决定：任命李亚东同志为东方进出口(集团)公司党委书记、聘李亚东同志为东方进出口(集团)公司董事长。",
        [
            ("appoint", "李亚东", "东方进出口(集团)公司党委书记", None),
            ("appoint", "李亚东", "东方进出口(集团)公司董事长", None),
        ],
    ),
    "company_of_its_own_in_a_list_of_posts": (
        "张明任东部新城控股集团党委书记、兴业控股集团董事长。",
        [
            ("appoint", "张明", "东部新城控股集团党委书记", None),
            ("appoint", "张明", "兴业控股集团董事长", None),
        ],
    ),
    "described_deputy_acts_for_the_head": (
        "会议决定：由东川市南湖区人民政府副区长刘建代理区长职务。",
        [("appoint", "刘建", "东川市南湖区人民政府代理区长", None)],
    ),
    "described_person_takes_a_bare_title_of_the_same_body": (
        "东川大学副校长张三任校长。西岭市副市长李四任市长。",
        [
            ("appoint", "张三", "东川大学校长", None),
            ("appoint", "李四", "西岭市市长", None),
        ],
    ),
    "verb_word_is_no_surname": (
        "東川大學校董會委任新任學術副校長\n東川大學校董會宣布，委任化學系講座教授鄭家豪為東川大學學術副校長。",
        [("appoint", "鄭家豪", "東川大學學術副校長", None)],
    ),
    "executive_instruction_yesterday_dates_the_report": (
        "澳門日報 2024年2月21日\n【本報消息】行政長官昨日批示，委任梁振邦為文化局局長。"
        "周美玲因任期屆滿，不再擔任文化局局長。",
        [
            ("appoint", "梁振邦", "文化局局長", "2024-02-20"),
            ("remove", "周美玲", "文化局局長", "2024-02-20"),
        ],
    ),
    "dateline_in_brackets_before_a_described_resignation": (
        "（中央社記者陳怡君台北15日電）內政部長黃世傑今天請辭獲准。",
        [("other", "黃世傑", "內政部長", None)],
    ),
    "pairs_after_including_and_a_colon": (
        "东川市人大常委会会议决定任命了一批政府组成人员，包括：东川市发展和改革委员会主任汤明，东川市教育局局长何志远。",
        [
            ("appoint", "汤明", "东川市发展和改革委员会主任", None),
            ("appoint", "何志远", "东川市教育局局长", None),
        ],
    ),
    "roundup_items_tagged_with_their_place": (
        "一周人事\n【沧澜】原任沧澜市副市长的韦东已调任云泽省商务厅副厅长。\n【柏溪】柏溪县县长一职由戚远接任。",
        [
            ("remove", "韦东", "沧澜市副市长", None),
            ("appoint", "韦东", "云泽省商务厅副厅长", None),
            ("appoint", "戚远", "柏溪县县长", None),
        ],
    ),
    "month_day_against_the_page_date_above_an_earlier_meeting": (
        "2024-04-13 08:05 来源：某某新闻\n"
        "4月9日，云泽省人大常委会会议决定任命蓝晓峰为云泽省交通运输厅厅长。\n"
        "4月11日，在云泽省政协常委会会议上，汤颖当选云泽省政协副主席。",
        [
            ("appoint", "蓝晓峰", "云泽省交通运输厅厅长", "2024-04-09"),
            ("other", "汤颖", "云泽省政协副主席", "2024-04-11"),
        ],
    ),
    "taiwan_resignation_for_a_reason_and_a_post_taken_over": (
        "經濟部長蔡明達因家庭因素請辭，行政院長已批准，經濟部長一職由政務次長邱振宏接掌。",
        [
            ("other", "蔡明達", "經濟部長", None),
            ("appoint", "邱振宏", "經濟部長", None),
        ],
    ),
    "short_name_the_text_defines": (
        "云泽省地方金融管理局（以下简称“省金融局”）于今年5月挂牌成立。\n"
        "省政府决定：任命郁青山为省金融局副局长；免去甘霖的省金融局副局长职务。",
        [
            ("appoint", "郁青山", "云泽省地方金融管理局副局长", None),
            ("remove", "甘霖", "云泽省地方金融管理局副局长", None),
        ],
    ),
    "approved_lists_and_removals_of_a_post_held_concurrently": (
        "任命：\n汪海波为沧澜市人民政府秘书长。\n批准任命：\n卞志宏为柏溪县人民检察院检察长。\n"
        "会议决定任命姜涛为望川区司法局局长；免去萧明远兼任的望川区司法局局长职务。",
        [
            ("appoint", "汪海波", "沧澜市人民政府秘书长", None),
            ("appoint", "卞志宏", "柏溪县人民检察院检察长", None),
            ("appoint", "姜涛", "望川区司法局局长", None),
            ("remove", "萧明远", "望川区司法局局长", None),
        ],
    ),
    "acting_post_after_a_comma": (
        "任命伍志诚为柏溪县人民检察院副检察长、检察员，代理检察长。",
        [
            ("appoint", "伍志诚", "柏溪县人民检察院副检察长", None),
            ("appoint", "伍志诚", "柏溪县人民检察院检察员", None),
            ("appoint", "伍志诚", "柏溪县人民检察院代理检察长", None),
        ],
    ),
    "described_deputies_each_with_their_own_ending": (
        "一、接受吕明哲辞去沧澜市第十六届人民代表大会代表职务的请求。\n"
        "二、柏溪县选出的沧澜市第十六届人民代表大会代表苗长青因病去世，其代表资格自然终止。",
        [
            ("other", "吕明哲", "沧澜市第十六届人民代表大会代表", None),
            ("other", "苗长青", "沧澜市第十六届人民代表大会代表", None),
        ],
    ),
    "by_election_results_under_the_verb": (
        "会议于二〇二四年一月九日补选：\n司徒兰为望川区人民代表大会常务委员会副主任；\n史可为望川区人民代表大会常务委员会委员。",
        [
            ("other", "司徒兰", "望川区人民代表大会常务委员会副主任", "2024-01-09"),
            ("other", "史可", "望川区人民代表大会常务委员会委员", "2024-01-09"),
        ],
    ),
    "motion_titled_without_a_document_number": (
        "关于提请任免蒲建峰等同志职务的议案\n望川区人民代表大会常务委员会：\n现提请：\n任命蒲建峰为望川区发展和改革局局长。",
        [("nominate_appoint", "蒲建峰", "望川区发展和改革局局长", None)],
    ),
    "less_common_surname_revoked": (
        "会议决定：撤销杭建军的沧澜市人民政府副市长职务。",
        [("other", "杭建军", "沧澜市人民政府副市长", None)],
    ),
    "names_with_a_head_count_in_wei": (
        "聘任聂文渊、上官明远等12位同志为云泽省文史研究馆馆员。",
        [
            ("appoint", "聂文渊", "云泽省文史研究馆馆员", None),
            ("appoint", "上官明远", "云泽省文史研究馆馆员", None),
        ],
    ),
    "secondment_before_the_verb": (
        "喻婷同志挂职任青岚县人民政府办公室副主任（挂职期一年）。",
        [("appoint", "喻婷", "青岚县人民政府办公室副主任", None)],
    ),
    "party_titles_after_a_party_secretary": (
        "吉光辉因年龄原因不再担任云泽理工大学党委书记、常委、委员职务。",
        [
            ("remove", "吉光辉", "云泽理工大学党委书记", None),
            ("remove", "吉光辉", "云泽理工大学党委常委", None),
            ("remove", "吉光辉", "云泽理工大学党委委员", None),
        ],
    ),
    "bill_title_heads_its_item": (
        "（一）审议通过《关于聘任公司副总经理的议案》\n"
        "鉴于公司副总经理祝海峰先生因个人原因辞去公司副总经理职务，董事会同意聘任甄妮女士为公司副总经理。",
        [
            ("other", "祝海峰", "公司副总经理", None),
            ("appoint", "甄妮", "公司副总经理", None),
        ],
    ),
    "described_person_after_the_verb": (
        "行政長官委任前高等法院法官鄧耀祖為審查貪污舉報諮詢委員會主席。",
        [("appoint", "鄧耀祖", "審查貪污舉報諮詢委員會主席", None)],
    ),
    "alternates_fill_seats_in_order": (
        "全会递补中共沧澜市第十三届委员会候补委员严冬、温良为中共沧澜市第十三届委员会委员。",
        [
            ("other", "严冬", "中共沧澜市第十三届委员会委员", None),
            ("other", "温良", "中共沧澜市第十三届委员会委员", None),
        ],
    ),
    "promoted_and_acting_in_hong_kong": (
        "政府昨日公布，運輸署副署長梅嘉倫獲擢升為運輸署署長；由助理署長譚卓文署理運輸署副署長一職。",
        [
            ("appoint", "梅嘉倫", "運輸署署長", None),
            ("appoint", "譚卓文", "署理運輸署副署長", None),
        ],
    ),
    "listed_company_securities_representative": (
        "同意聘任聂小舟先生为东川精工股份有限公司证券事务代表。",
        [("appoint", "聂小舟", "东川精工股份有限公司证券事务代表", None)],
    ),
    "headlines_of_other_articles_in_traditional_characters": (
        "立法會今日選出梁偉為立法會主席。會議其後處理其他事項。" * 2 + "\n延伸閱讀\n．周明出任南湖署署長\n",
        [("other", "梁偉", "立法會主席", None)],
    ),
    "post_split_by_a_page_footer": (
        "省政府决定：\n任命隗海洋为澜沣省生态环境厅副厅\n\n第 1 页　共 2 页\n\n长；\n"
        "任命蒯雯雯为澜沣省地方金融监督管理局副局长。",
        [
            ("appoint", "隗海洋", "澜沣省生态环境厅副厅长", None),
            ("appoint", "蒯雯雯", "澜沣省地方金融监督管理局副局长", None),
        ],
    ),
    "name_split_by_a_gazette_running_head": (
        "国务院任免国家工作人员\n任命洪启航为国家发展和改革委员会副主任；\n"
        "任命覃立\n— 42 —\n国务院公报　2023·30\n章为工业和信息化部总工程师。",
        [
            ("appoint", "洪启航", "国家发展和改革委员会副主任", None),
            ("appoint", "覃立章", "工业和信息化部总工程师", None),
        ],
    ),
    "market_regulation_is_no_city_of_its_own": (
        "任命苍建军为漪城市公安局副局长（副县级），鄂晓红（女）为市场监督管理局副局长（副县级，试用期一年）。",
        [
            ("appoint", "苍建军", "漪城市公安局副局长", None),
            ("appoint", "鄂晓红", "漪城市市场监督管理局副局长", None),
        ],
    ),
    "party_branch_secretary_and_chair": (
        "向东升同志任岫阳城发置业有限公司党支部书记、董事长。",
        [
            ("appoint", "向东升", "岫阳城发置业有限公司党支部书记", None),
            ("appoint", "向东升", "岫阳城发置业有限公司董事长", None),
        ],
    ),
    "school_back_reference_then_moved_on": (
        "峪川县第三中学召开全体教职工大会，宣读了关于学校校长调整的决定：佟海峰任峪川县第三中学校长；"
        "涂建明不再担任该校校长职务，调任峪川县教师发展中心主任。",
        [
            ("appoint", "佟海峰", "峪川县第三中学校长", None),
            ("remove", "涂建明", "峪川县第三中学校长", None),
            ("appoint", "涂建明", "峪川县教师发展中心主任", None),
        ],
    ),
    "rare_surname_where_only_a_name_can_stand": (
        "任命宓云飞为澜沣省教育厅厅长；免去利娜的峪川县应急管理局副局长职务。",
        [
            ("appoint", "宓云飞", "澜沣省教育厅厅长", None),
            ("remove", "利娜", "峪川县应急管理局副局长", None),
        ],
    ),
    "list_in_space_separated_columns_with_padded_names": (
        "岫阳市人民代表大会常务委员会任免人员名单\n"
        "   姓　名              职　　务\n"
        "一、任命\n"
        "   芮家明              岫阳市人民政府秘书长\n"
        "   禹  婷（女）        岫阳市教育局局长\n"
        "   幸光耀              岫阳市中级人民法院刑事审判第一庭庭长、\n"
        "                       审判员\n"
        "二、免去\n"
        "   糜  涛              岫阳市中级人民法院审判员\n",
        [
            ("appoint", "芮家明", "岫阳市人民政府秘书长", None),
            ("appoint", "禹婷", "岫阳市教育局局长", None),
            ("appoint", "幸光耀", "岫阳市中级人民法院刑事审判第一庭庭长", None),
            ("appoint", "幸光耀", "岫阳市中级人民法院审判员", None),
            ("remove", "糜涛", "岫阳市中级人民法院审判员", None),
        ],
    ),
    "confirmed_after_probation_name_and_post_lines": (
        "经考核，下列同志试用期满，考核合格，按期正式任职：\n"
        "眭文静　峪川县应急管理局副局长\n"
        "利　娜　中共峪川县委办公室副主任\n",
        [
            ("confirm", "眭文静", "峪川县应急管理局副局长", None),
            ("confirm", "利娜", "中共峪川县委办公室副主任", None),
        ],
    ),
    "further_post_after_a_comma": (
        "佘立峰同志任中共苇塘镇委员会委员，中共苇塘镇纪律检查委员会书记，免去其中共苇塘镇委员会组织委员职务。",
        [
            ("appoint", "佘立峰", "中共苇塘镇委员会委员", None),
            ("appoint", "佘立峰", "中共苇塘镇纪律检查委员会书记", None),
            ("remove", "佘立峰", "中共苇塘镇委员会组织委员", None),
        ],
    ),
    "name_split_by_a_page_number_and_a_congress_gazette_head": (
        "决定任命：\n宓云飞为澜沣省教\n· 36 ·\n"
        "澜沣省人民代表大会常务委员会公报　　　　2024年第1号\n育厅厅长。",
        [("appoint", "宓云飞", "澜沣省教育厅厅长", None)],
    ),
    "shortlisted_by_competition_profile_lines": (
        "拟聘任下列同志为中层干部，现予公示：\n"
        "段志伟，男，1981年3月生，副主任医师，现任岫阳医院呼吸科副主任，拟聘任岫阳医院呼吸科主任；",
        [("nominate_appoint", "段志伟", "岫阳医院呼吸科主任", None)],
    ),
    "described_official_steps_down_then_moves": (
        "現任旅遊局局長施國棟卸任，轉任行政長官辦公室顧問。",
        [
            ("remove", "施國棟", "旅遊局局長", None),
            ("appoint", "施國棟", "行政長官辦公室顧問", None),
        ],
    ),
    "hong_kong_gazette_list_after_a_dash": (
        "行政長官行使《職業訓練局條例》所賦予的權力，委任——\n衞家明為職業訓練局主席；\n尤嘉欣、祈子健為職業訓練局委員。",
        [
            ("appoint", "衞家明", "職業訓練局主席", None),
            ("appoint", "尤嘉欣", "職業訓練局委員", None),
            ("appoint", "祈子健", "職業訓練局委員", None),
        ],
    ),
    "concurrent_ambassador_removed_and_appointed": (
        "免去裘嘉树的中华人民共和国驻斐济共和国特命全权大使，兼任驻汤加王国特命全权大使职务；"
        "任命相国栋为中华人民共和国驻斐济共和国特命全权大使，兼任驻汤加王国特命全权大使。",
        [
            ("remove", "裘嘉树", "中华人民共和国驻斐济共和国特命全权大使", None),
            ("remove", "裘嘉树", "中华人民共和国驻汤加王国特命全权大使", None),
            ("appoint", "相国栋", "中华人民共和国驻斐济共和国特命全权大使", None),
            ("appoint", "相国栋", "中华人民共和国驻汤加王国特命全权大使", None),
        ],
    ),
    "body_named_again_in_a_list_of_posts": (
        "秦立山同志任中央纪委国家监委驻自然资源部纪检监察组组长、自然资源部党组成员。",
        [
            ("appoint", "秦立山", "中央纪委国家监委驻自然资源部纪检监察组组长", None),
            ("appoint", "秦立山", "自然资源部党组成员", None),
        ],
    ),
    "table_row_whose_cell_states_the_act": (
        "县政府决定对下列同志职务予以任免：\n"
        "| 序号 | 姓名 | 原任职务 | 任免事项 |\n"
        "| 1 | 荀立伟 | 峪川县发展和改革局副局长 | 任峪川县统计局局长 |\n"
        "| 2 | 臧　颖（女） | 峪川县财政局副局长 | 任峪川县财政局局长，免去其峪川县财政局副局长职务 |\n",
        [
            ("appoint", "荀立伟", "峪川县统计局局长", None),
            ("appoint", "臧颖", "峪川县财政局局长", None),
            ("remove", "臧颖", "峪川县财政局副局长", None),
        ],
    ),
    "line_of_names_spaced_apart_under_a_heading": (
        "聘任下列6位同志为云泽省人民政府参事（按姓氏笔画为序）：\n王德成　司马静　朱晓东　庄严\n",
        [
            ("appoint", "王德成", "云泽省人民政府参事", None),
            ("appoint", "司马静", "云泽省人民政府参事", None),
            ("appoint", "朱晓东", "云泽省人民政府参事", None),
            ("appoint", "庄严", "云泽省人民政府参事", None),
        ],
    ),
    "names_of_two_padded_to_three_in_running_clauses": (
        "岫阳市人民政府关于任免职务的通知\n任命晏　青为岫阳市商务局局长；\n"
        "免去阚　松的岫阳市统计局局长职务。\n聘任韦　岚（女）为岫阳市人民政府参事。\n"
        "　　接受芮　宁辞去岫阳市人民政府副市长职务的请求。\n",
        [
            ("appoint", "晏青", "岫阳市商务局局长", None),
            ("remove", "阚松", "岫阳市统计局局长", None),
            ("appoint", "韦岚", "岫阳市人民政府参事", None),
            ("other", "芮宁", "岫阳市人民政府副市长", None),
        ],
    ),
    "line_of_names_some_padded_to_three": (
        "聘任下列同志为岫阳市人民政府参事：\n缪　杰　葛文涛　滕　珊　柏良才\n",
        [
            ("appoint", "缪杰", "岫阳市人民政府参事", None),
            ("appoint", "葛文涛", "岫阳市人民政府参事", None),
            ("appoint", "滕珊", "岫阳市人民政府参事", None),
            ("appoint", "柏良才", "岫阳市人民政府参事", None),
        ],
    ),
    "numbered_item_opening_with_a_list_of_names": (
        "三、聘任岑立峰为岫阳市人民政府参事。\n四、糜伟、邬冰同志因年龄原因不再担任岫阳市人民政府参事。\n",
        [
            ("appoint", "岑立峰", "岫阳市人民政府参事", None),
            ("remove", "糜伟", "岫阳市人民政府参事", None),
            ("remove", "邬冰", "岫阳市人民政府参事", None),
        ],
    ),
    "signature_with_its_title_spaced_out": (
        # 总 理  甲: a title spaced letter by letter before the signer's name is no line of names
        "国务院关于任免国家工作人员的通知\n任命练海为水利部副部长。\n"
        "                          总 理  岑立峰\n                          二○一二年三月二十八日\n",
        [("appoint", "练海", "水利部副部长", "2012-03-28")],
    ),
    "list_item_with_a_note_on_the_person": (
        "大会以无记名投票方式选举柏海峰（女）为澄阳区区长、邝远（女，回族）为澄阳区监察委员会主任。",
        [
            ("other", "柏海峰", "澄阳区区长", None),
            ("other", "邝远", "澄阳区监察委员会主任", None),
        ],
    ),
    "list_grouped_under_numbered_body_headings": (
        "澄阳县人民代表大会常务委员会任免名单\n任命：\n一、澄阳县人民法院\n"
        "　　龚立（女）为澄阳县人民法院刑事审判庭庭长、审判员；\n二、澄阳县人民检察院\n"
        "　　滕佳慧（女）为澄阳县人民检察院检察员。\n免去：\n　　桑明的澄阳县人民法院审判员职务。\n",
        [
            ("appoint", "龚立", "澄阳县人民法院刑事审判庭庭长", None),
            ("appoint", "龚立", "澄阳县人民法院审判员", None),
            ("appoint", "滕佳慧", "澄阳县人民检察院检察员", None),
            ("remove", "桑明", "澄阳县人民法院审判员", None),
        ],
    ),
    "probation_served_heading_over_its_list": (
        # (GOLD_SCHEMA: a probation served, then 正式任命, is confirm)
        "二、试用期满，正式任命\n　　甘雨晴（女）为澄阳市统计局副局长。\n",
        [("confirm", "甘雨晴", "澄阳市统计局副局长", None)],
    ),
    "dotted_name_whose_last_part_ends_like_a_verb": (
        # 买买提任: the name ends with 提, the verb is 任 (not 提任)
        "经研究决定，艾尔肯·买买提任乌苏市商务局副局长，免去其乌苏市发展和改革委员会副主任职务。",
        [
            ("appoint", "艾尔肯·买买提", "乌苏市商务局副局长", None),
            ("remove", "艾尔肯·买买提", "乌苏市发展和改革委员会副主任", None),
        ],
    ),
    "dotted_name_after_an_act_word_or_a_title": (
        "乌苏市人民代表大会常务委员会决定：\n接受阿力木·吾斯曼辞去乌苏市人民政府副市长职务的请求。\n"
        "乌苏市统计局局长热依木·阿不都任乌苏市商务局局长。",
        [
            ("other", "阿力木·吾斯曼", "乌苏市人民政府副市长", None),
            ("appoint", "热依木·阿不都", "乌苏市商务局局长", None),
        ],
    ),
    "group_headings_numbered_in_arabic_figures": (
        "澄阳县人民代表大会常务委员会任免名单\n任命：\n1.澄阳县人民法院\n"
        "　　龚立为澄阳县人民法院刑事审判庭庭长；\n2.澄阳县人民检察院\n"
        "　　滕佳慧为澄阳县人民检察院检察员。\n",
        [
            ("appoint", "龚立", "澄阳县人民法院刑事审判庭庭长", None),
            ("appoint", "滕佳慧", "澄阳县人民检察院检察员", None),
        ],
    ),
    "list_verbs_numbered_in_brackets_over_space_columns": (
        "澄阳市人民代表大会常务委员会任免人员名单\n   姓　名              职　　务\n（一）任命\n"
        "   邬家明              澄阳市人民政府秘书长\n   甘  露（女）        澄阳市教育局局长\n"
        "   阙光耀              澄阳市中级人民法院刑事审判第一庭庭长、\n                       审判员\n"
        "（二）免去\n   蓝建新              澄阳市教育局局长\n",
        [
            ("appoint", "邬家明", "澄阳市人民政府秘书长", None),
            ("appoint", "甘露", "澄阳市教育局局长", None),
            ("appoint", "阙光耀", "澄阳市中级人民法院刑事审判第一庭庭长", None),
            ("appoint", "阙光耀", "澄阳市中级人民法院审判员", None),
            ("remove", "蓝建新", "澄阳市教育局局长", None),
        ],
    ),
    "item_numbered_in_brackets_opening_with_names": (
        "（三）聘任岑立峰为澄阳市人民政府参事。\n（四）糜伟、邬冰同志因年龄原因不再担任澄阳市人民政府参事。\n",
        [
            ("appoint", "岑立峰", "澄阳市人民政府参事", None),
            ("remove", "糜伟", "澄阳市人民政府参事", None),
            ("remove", "邬冰", "澄阳市人民政府参事", None),
        ],
    ),
    "motion_under_a_web_page_path_and_controls": (
        "首页 > 信息公开 > 人事任免\n【字体：大 中 小】 打印本页 关闭窗口\n"
        "澄阳区人民政府关于提请任命邬云鹏等同志职务的议案\n区人大常委会：\n"
        "经区人民政府研究，提请任命邬云鹏为澄阳区教育局局长；免去柏立的澄阳区教育局局长职务。\n请予审议。\n",
        [
            ("nominate_appoint", "邬云鹏", "澄阳区教育局局长", None),
            ("nominate_remove", "柏立", "澄阳区教育局局长", None),
        ],
    ),
    "headline_under_a_web_page_path_and_controls": (
        "首页 > 要闻\n【字体：大 中 小】 打印本页 关闭窗口\n澄阳银行行长蓝海涛辞职\n",
        [("other", "蓝海涛", "澄阳银行行长", None)],
    ),
    "members_by_title_above_a_page_s_share_line": (
        "关于澄阳市第十七届人民代表大会专门委员会主任委员、副主任委员和委员名单的决定\n"
        "澄阳市第十七届人民代表大会财政经济委员会\n主任委员：邬云鹏\n副主任委员：柏立\n"
        "分享到：微信 微博\n相关新闻：\n· 澄阳县召开全县领导干部大会\n",
        [
            ("other", "邬云鹏", "澄阳市第十七届人民代表大会财政经济委员会主任委员", None),
            ("other", "柏立", "澄阳市第十七届人民代表大会财政经济委员会副主任委员", None),
        ],
    ),
    "verb_cut_in_two_by_a_line_end": (
        "会议听取了市人民政府关于全市农村人居环境整治工作情况的报\n告；会议表决通过了《澄阳市古树名木保护条例》；"
        "会议决定任\n命邬云鹏为澄阳市农业农村局局长；任命柏立为澄阳市人民检察\n院检察员。\n",
        [
            ("appoint", "邬云鹏", "澄阳市农业农村局局长", None),
            ("appoint", "柏立", "澄阳市人民检察院检察员", None),
        ],
    ),
    "decisions_named_in_a_wrapped_sentence": (
        # …请求的决定、关于…: 关于 inside a sentence opens no title's line
        "会议进行了人事任免事项,表决通过了关于接受蓝海涛辞去澄阳\n市人民政府市长职务请求的决定、关于接受蓝海涛辞去澄阳市第\n"
        "十五届人民代表大会代表职务请求的决定。\n",
        [
            ("other", "蓝海涛", "澄阳市人民政府市长", None),
            ("other", "蓝海涛", "澄阳市第十五届人民代表大会代表", None),
        ],
    ),
    "decision_word_wrapped_to_the_next_line": (
        # …职务的⏎决定。: 决定 before a full stop ends the sentence above, it opens no clause
        "会议表决通过了关于接受缪文杰辞去澄阳县人民政府县长职务的\n决定。缪文杰因工作调动，已向县人大常委会提出辞职。\n",
        [("other", "缪文杰", "澄阳县人民政府县长", None)],
    ),
    "gloss_after_a_line_break": (
        # 环⏎(huán)境: the gloss of the line's last character, printed on the next line
        "免去邬云鹏北留镇环\n(huán)境监察中队队长职务。\n",
        [("remove", "邬云鹏", "北留镇环境监察中队队长", None)],
    ),
    "list_whose_last_name_a_line_end_cuts": (
        # …、邬长⏎青当选为…: the list's last name goes on below, before the list's verb
        "柏立当选为市十三届人大常委会主任,蓝海涛、\n缪文杰、葛文涛、甘雨晴、邬长\n青当选为市十三届人大常委会副主任。\n",
        [
            ("other", "柏立", "市十三届人大常委会主任", None),
            *(
                ("other", name, "市十三届人大常委会副主任", None)
                for name in ("蓝海涛", "缪文杰", "葛文涛", "甘雨晴", "邬长青")
            ),
        ],
    ),
    "listed_company_whose_stock_code_a_line_end_cuts": (
        # 澄阳电气(600168.⏎SH)公布: the point ends no sentence, the company is the issuer
        "澄阳快讯5月21日丨澄阳电气(600168.\nSH)公布,公司董事会于2020年5月21日收到公司董事长蓝海涛提交的书面辞职报告。"
        "蓝海涛申请辞去公司董事长职务。\n",
        [("other", "蓝海涛", "澄阳电气董事长", "2020-05-21")],
    ),
    "name_and_tongzhi_cut_by_line_ends": (
        # 决定:邬锦⏎辉同志任…; 蓝瑞林同⏎志不再担任…: a name and its 同志 wrapped, one clause each
        "中共中央日前决定:邬锦\n辉同志任中共澄阳省委委员、常委;蓝瑞林同\n志不再担任澄阳省委委员、常委职务,另有任\n用。\n",
        [
            ("appoint", "邬锦辉", "中共澄阳省委委员", None),
            ("appoint", "邬锦辉", "中共澄阳省委常委", None),
            ("remove", "蓝瑞林", "澄阳省委委员", None),
            ("remove", "蓝瑞林", "澄阳省委常委", None),
        ],
    ),
    "timeline_items_whose_move_a_line_end_cuts": (
        # 时任X甲跨省调⏎任Y: the move is cut; the next 时任… line is an item of its own
        "时任澄阳省委常委、组织部部长柏致远跨省调\n任海岱省委常委、胶海市委书记\n"
        "时任江右省委常委、组织部部长缪源强跨省调\n任湖北省委常委、楚江市委书记\n",
        [
            ("appoint", "柏致远", "海岱省委常委", None),
            ("appoint", "柏致远", "胶海市委书记", None),
            ("remove", "柏致远", "澄阳省委常委", None),
            ("remove", "柏致远", "澄阳省委组织部部长", None),
            ("appoint", "缪源强", "湖北省委常委", None),
            ("appoint", "缪源强", "楚江市委书记", None),
            ("remove", "缪源强", "江右省委常委", None),
            ("remove", "缪源强", "江右省委组织部部长", None),
        ],
    ),
    "decision_titles_in_quotes_wrapped": (
        # 《⏎某常委会关于接受甲辞去X职务的请求的决⏎定》: the quoted title and its 决定 go on below
        "会议表决通过了省人大常委会代表资格审查委员会关于代表资格的审查报告、《\n"
        "澄阳省人民代表大会常务委员会关于接受蓝建华辞去澄阳省人民政府副省长职务的请求的决\n"
        "定》、《澄阳省人民代表大会常务委员会关于接受柏雅平等辞去有关职务的请求的决定》及\n人事任免事项。\n",
        [("other", "蓝建华", "澄阳省人民政府副省长", None)],
    ),
    "body_word_cut_by_a_line_end": (
        # 受理中⏎心主任甲调任…: 中心 cut in two, no item opening below
        "市招生考试委员会办公室书记、主任柏建新调任澄浦工学院党委书记;市教育事务受理中\n"
        "心主任邬敏瑶调任澄浦市工商旅游学校书记、校长。\n",
        [
            ("appoint", "柏建新", "澄浦工学院党委书记", None),
            ("remove", "柏建新", "市招生考试委员会办公室书记", None),
            ("remove", "柏建新", "市招生考试委员会办公室主任", None),
            ("appoint", "邬敏瑶", "澄浦市工商旅游学校书记", None),
            ("appoint", "邬敏瑶", "澄浦市工商旅游学校校长", None),
            ("remove", "邬敏瑶", "市教育事务受理中心主任", None),
        ],
    ),
    "decisions_listed_after_a_wrapped_decision_word": (
        # …请求的⏎决定、关于…: 决定 before 、 opens no line, nor does the 关于 after it
        "会议表决通过了关于接受蓝海涛辞去澄阳市人民政府市长职务请求的\n"
        "决定、关于接受蓝海涛辞去澄阳市第十五届人民代表大会代表职务请求的决定。\n",
        [
            ("other", "蓝海涛", "澄阳市人民政府市长", None),
            ("other", "蓝海涛", "澄阳市第十五届人民代表大会代表", None),
        ],
    ),
    "numbered_item_whose_act_is_of_the_item_before": (
        # 二、免去其…: the item's number stands apart; 其 is the person of the item before
        "会议决定：\n一、任命柏晓光为澄阳市财政局局长；\n二、免去其澄阳市财政局副局长职务。\n",
        [
            ("appoint", "柏晓光", "澄阳市财政局局长", None),
            ("remove", "柏晓光", "澄阳市财政局副局长", None),
        ],
    ),
    "institution_that_meets_or_announces_gives_the_bare_title": (
        # 某大学召开干部大会，宣布甲任副校长: the body opening the sentence is the bare title's
        "近日，澄阳大学召开干部大会，宣布柏晓光任副校长。澄阳医院今日宣布，邬丽获委任为副院长。"
        "国内五大电力集团之一的澄阳电力集团近日宣布，蓝海涛任总经理。",
        [
            ("appoint", "柏晓光", "澄阳大学副校长", None),
            ("appoint", "邬丽", "澄阳医院副院长", None),
            ("appoint", "蓝海涛", "澄阳电力集团总经理", None),
        ],
    ),
    "institution_meeting_told_in_a_sentence_of_its_own": (
        # 某大学召开干部大会。会上宣布，甲任副校长: the body of the sentence before
        "澄阳大学召开干部大会。会上宣布，柏晓光任副校长。",
        [("appoint", "柏晓光", "澄阳大学副校长", None)],
    ),
    "site_name_run_into_a_headline_of_its_college": (
        # 某大学某学院⏎学院举行…: the college the 学院 below stands for is the site's, whole
        "澄阳农业大学信息工程学院\n学院举行院长助理聘任仪式\n"
        "4月8日,学院在216会议室举行院长助理聘任仪式,缪文、葛涛被聘为学院院长助理。\n",
        [
            ("appoint", "缪文", "澄阳农业大学信息工程学院院长助理", None),
            ("appoint", "葛涛", "澄阳农业大学信息工程学院院长助理", None),
        ],
    ),
    "committee_and_college_back_references": (
        "澳門基金會信託委員會今日宣布，林家俊獲委任為該委員會主席。澄湖理工学院召开干部会议，李静任学院科研处副处长。",
        [
            ("appoint", "林家俊", "澳門基金會信託委員會主席", None),
            ("appoint", "李静", "澄湖理工学院科研处副处长", None),
        ],
    ),
    "posted_on_secondment": (
        "胡建平挂任西藏自治区嘉措县委常委、副县长。",
        [
            ("appoint", "胡建平", "西藏自治区嘉措县委常委", None),
            ("appoint", "胡建平", "西藏自治区嘉措县副县长", None),
        ],
    ),
    "proposal_appended_to_the_report_of_its_adoption": (
        "10月26日，县人大常委会会议表决通过了县人民政府提请的人事任免事项，任命黄丽华为梓桐县司法局局长。\n"
        "附：\n梓桐县人民政府关于提请任免黄丽华等同志职务的议案\n梓桐县人民代表大会常务委员会：\n"
        "根据有关规定，提请任命：黄丽华为梓桐县司法局局长。\n请予审议。",
        [("appoint", "黄丽华", "梓桐县司法局局长", None)],
    ),
    "acting_post_decided_for_qi_after_the_meeting": (
        "会议决定任命高建军为梓桐县人民政府副县长。随后，会议决定其为梓桐县人民政府代理县长。",
        [
            ("appoint", "高建军", "梓桐县人民政府副县长", None),
            ("appoint", "高建军", "梓桐县人民政府代理县长", None),
        ],
    ),
    "pronoun_subject_after_the_decision_about_a_named_person": (
        "何军宣读了省委关于杨慧敏同志任职的决定：她任澄湖师范大学党委副书记、校长。",
        [
            ("appoint", "杨慧敏", "澄湖师范大学党委副书记", None),
            ("appoint", "杨慧敏", "澄湖师范大学校长", None),
        ],
    ),
    "concurrent_post_after_jian_alone": (
        "刘海任沅屏市财政局局长，兼沅屏市国有资产监督管理委员会主任；赵丽同志正式担任泓阳市商务局副局长。",
        [
            ("appoint", "刘海", "沅屏市财政局局长", None),
            ("appoint", "刘海", "沅屏市国有资产监督管理委员会主任", None),
            ("confirm", "赵丽", "泓阳市商务局副局长", None),
        ],
    ),
    "bureau_back_reference_and_chief_statistician": (
        "澄湖省林业局官网显示，何勇已任该局副局长。决定任命马丽娟为澄湖省统计局副局长，同时免去其澄湖省统计局总统计师职务。",
        [
            ("appoint", "何勇", "澄湖省林业局副局长", None),
            ("appoint", "马丽娟", "澄湖省统计局副局长", None),
            ("remove", "马丽娟", "澄湖省统计局总统计师", None),
        ],
    ),
    "institute_and_association_back_references": (
        "汀兰省林业科学研究院关于聘任部门负责人的通知\n聘任杨鹏为本院财务处处长。\n"
        "消費者委員會今日宣布，林穎彤獲委任為該會主席。",
        [
            ("appoint", "杨鹏", "汀兰省林业科学研究院财务处处长", None),
            ("appoint", "林穎彤", "消費者委員會主席", None),
        ],
    ),
    "four_character_names_where_only_a_name_can_stand": (
        "任命吉克阿果为峨溪彝族自治县民族宗教事务局局长；免去阿苏惹则的峨溪彝族自治县民族宗教事务局局长职务。",
        [
            ("appoint", "吉克阿果", "峨溪彝族自治县民族宗教事务局局长", None),
            ("remove", "阿苏惹则", "峨溪彝族自治县民族宗教事务局局长", None),
        ],
    ),
    "short_name_gloss_inside_a_post": (
        "任命卢振国为槐江高新技术产业开发区管理委员会（以下简称高新区管委会）主任。",
        [("appoint", "卢振国", "槐江高新技术产业开发区管理委员会主任", None)],
    ),
    "zone_party_working_committee_then_its_management_committee": (
        "吕春明同志任中共槐江经济技术开发区工作委员会书记、管理委员会主任；"
        "成志刚同志任中共汀兰省港航集团有限公司委员会委员、纪律检查委员会书记。",
        [
            ("appoint", "吕春明", "中共槐江经济技术开发区工作委员会书记", None),
            ("appoint", "吕春明", "槐江经济技术开发区管理委员会主任", None),
            ("appoint", "成志刚", "中共汀兰省港航集团有限公司委员会委员", None),
            ("appoint", "成志刚", "中共汀兰省港航集团有限公司纪律检查委员会书记", None),
        ],
    ),
    "posts_ending_with_the_mandate_and_a_numbered_deputy": (
        "一、接受崔建军辞去槐江市第十七届人民代表大会代表职务的请求。依照代表法的有关规定，崔建军的代表资格终止，"
        "其槐江市人民代表大会常务委员会委员、槐江市第十七届人民代表大会财政经济委员会副主任委员职务相应终止。\n"
        "二、胡海燕因调离本行政区域，其槐江市第十七届人民代表大会代表资格终止。",
        [
            ("other", "崔建军", "槐江市第十七届人民代表大会代表", None),
            ("other", "崔建军", "槐江市人民代表大会常务委员会委员", None),
            ("other", "崔建军", "槐江市第十七届人民代表大会财政经济委员会副主任委员", None),
            ("other", "胡海燕", "槐江市第十七届人民代表大会代表", None),
        ],
    ),
    "confirmed_lines_with_tongzhi": (
        "下列同志试用期满，经考核合格，正式任职：\n"
        "袁凤英同志　棠溪县统计局副局长\n熊志斌同志　棠溪县医疗保障局副局长\n",
        [
            ("confirm", "袁凤英", "棠溪县统计局副局长", None),
            ("confirm", "熊志斌", "棠溪县医疗保障局副局长", None),
        ],
    ),
    "group_sends_its_people_to_subsidiaries": (
        "一、委派钟丽为槐江自来水有限公司财务总监，免去其槐江水务集团有限公司财务部副部长职务；\n"
        "二、委派倪志刚、邓勇为槐江污水处理有限公司董事。",
        [
            ("appoint", "钟丽", "槐江自来水有限公司财务总监", None),
            ("remove", "钟丽", "槐江水务集团有限公司财务部副部长", None),
            ("appoint", "倪志刚", "槐江污水处理有限公司董事", None),
            ("appoint", "邓勇", "槐江污水处理有限公司董事", None),
        ],
    ),
    "appointment_ended_and_member_resigned_in_hong_kong": (
        "消費者委員會：行政長官已根據條例第4條，終止委任何耀聲為消費者委員會成員，即時生效。"
        "另外，葉德明已因個人理由辭任消費者委員會成員。",
        [
            ("remove", "何耀聲", "消費者委員會成員", None),
            ("other", "葉德明", "消費者委員會成員", None),
        ],
    ),
    "committee_members_under_the_committee_name": (
        "关于霖州市第十七届人民代表大会专门委员会主任委员、副主任委员和委员名单的决定\n"
        "霖州市第十七届人民代表大会法制委员会\n主任委员：周海鹰\n副主任委员：彭晓、上官明\n"
        "委员：（按姓氏笔画为序）\n王涛　刘静　孙国梁\n",
        [
            ("other", "周海鹰", "霖州市第十七届人民代表大会法制委员会主任委员", None),
            ("other", "彭晓", "霖州市第十七届人民代表大会法制委员会副主任委员", None),
            ("other", "上官明", "霖州市第十七届人民代表大会法制委员会副主任委员", None),
            ("other", "王涛", "霖州市第十七届人民代表大会法制委员会委员", None),
            ("other", "刘静", "霖州市第十七届人民代表大会法制委员会委员", None),
            ("other", "孙国梁", "霖州市第十七届人民代表大会法制委员会委员", None),
        ],
    ),
    "board_members_list_by_title_in_hong_kong": (
        "古物諮詢委員會新一屆成員名單\n名單如下：\n主席：梁錦輝（再度委任）\n新委任委員：陳嘉儀、何志明\n"
        "當然委員：發展局常任秘書長（工務）或其代表\n",
        [
            ("appoint", "梁錦輝", "古物諮詢委員會主席", None),
            ("appoint", "陳嘉儀", "古物諮詢委員會委員", None),
            ("appoint", "何志明", "古物諮詢委員會委員", None),
        ],
    ),
    "party_group_member_and_a_nominated_removal": (
        "吕斌同志不再担任中共棠溪县教育局党组书记、成员职务，提名免去其棠溪县教育局局长职务。",
        [
            ("remove", "吕斌", "中共棠溪县教育局党组书记", None),
            ("remove", "吕斌", "中共棠溪县教育局党组成员", None),
            ("nominate_remove", "吕斌", "棠溪县教育局局长", None),
        ],
    ),
    "college_back_reference_past_the_reader_of_the_decision": (
        "汀兰大学经济管理学院召开干部教师大会。学校党委组织部部长曾卫宣读了学校关于学院领导班子调整的决定："
        "蔡文任学院党委书记；万红任学院院长。",
        [
            ("appoint", "蔡文", "汀兰大学经济管理学院党委书记", None),
            ("appoint", "万红", "汀兰大学经济管理学院院长", None),
        ],
    ),
    "unit_title_name_columns_under_a_heading": (
        "一、聘任以下同志为本院科室主任（副主任），聘期三年：\n"
        "　　神经内科　　　主任　　　　　　　黄立伟\n"
        "　　麻醉科　　　　副主任　　　　　　柳建波\n",
        [
            ("appoint", "黄立伟", "神经内科主任", None),
            ("appoint", "柳建波", "麻醉科副主任", None),
        ],
    ),
    "a_roundup_item_date_stays_in_its_item": (
        "一周人事速览\n2023-11-11　来源：澄湖观察\n"
        "1．11月7日，澄湖省人民政府决定任命马丽娟为澄湖省统计局副局长。\n"
        "2．澄湖省林业局官网显示，何勇已任澄湖省林业局副局长。",
        [
            ("appoint", "马丽娟", "澄湖省统计局副局长", "2023-11-07"),
            ("appoint", "何勇", "澄湖省林业局副局长", "2023-11-11"),
        ],
    ),
    "names_list_headings_post_colon_name": (
        "任命名单如下：\n蘅州市桐浦区教育局局长：蒋丽华\n免职名单如下：\n蘅州市桐浦区人民政府办公室主任：邹建波\n",
        [
            ("appoint", "蒋丽华", "蘅州市桐浦区教育局局长", None),
            ("remove", "邹建波", "蘅州市桐浦区人民政府办公室主任", None),
        ],
    ),
    "elected_with_vote_counts": (
        "会议进行补选。苏振华以201票当选为茗溪县人民政府县长；钟丽华、谢宏伟分别以198票、195票当选为茗溪县人民政府副县长。",
        [
            ("other", "苏振华", "茗溪县人民政府县长", None),
            ("other", "钟丽华", "茗溪县人民政府副县长", None),
            ("other", "谢宏伟", "茗溪县人民政府副县长", None),
        ],
    ),
    "acting_for_a_full_post": (
        "决定由骊泉市人民政府副市长韩振东代理骊泉市人民政府市长职务。",
        [("appoint", "韩振东", "骊泉市人民政府代理市长", None)],
    ),
    "names_with_posts_in_brackets_under_the_verb": (
        "任命：贺俊（渚阳市翡湖区教育局局长）、卢婷（渚阳市翡湖区民政局局长）；免去：孙志国（渚阳市翡湖区教育局局长）。",
        [
            ("appoint", "贺俊", "渚阳市翡湖区教育局局长", None),
            ("appoint", "卢婷", "渚阳市翡湖区民政局局长", None),
            ("remove", "孙志国", "渚阳市翡湖区教育局局长", None),
        ],
    ),
    "deputy_appointed_and_acting_for_the_head": (
        "三、会议决定任命宁晓军为蓼川县人民检察院副检察长，并代理蓼川县人民检察院检察长。",
        [
            ("appoint", "宁晓军", "蓼川县人民检察院副检察长", None),
            ("appoint", "宁晓军", "蓼川县人民检察院代理检察长", None),
        ],
    ),
    "numbered_rows_of_unit_title_name_under_a_hiring_line": (
        "经院党委会研究决定，聘任以下同志为本院临床医技科室负责人，聘期三年：\n"
        "序号   科室              职务                  姓名\n"
        "1      针灸推拿科        主任                  劳嘉文\n"
        "2      针灸推拿科        副主任                俞晓萍\n",
        [
            ("appoint", "劳嘉文", "针灸推拿科主任", None),
            ("appoint", "俞晓萍", "针灸推拿科副主任", None),
        ],
    ),
    "month_day_under_a_source_and_date_line": (
        "柘林区人大常委会任免区审计局局长\n柘林区人大网　2022-11-25\n"
        "11月24日，柘林区第九届人民代表大会常务委员会第八次会议审议了区人民政府提请的任免议案。"
        "经表决，任命廖春生为柘林区审计局局长。\n",
        [("appoint", "廖春生", "柘林区审计局局长", "2022-11-24")],
    ),
    "month_day_before_a_contributors_date_at_the_end": (
        "6月27日，枫亭县第七届人大常委会第十二次会议举行，会议任命莫振东为枫亭县民政局局长。\n"
        "（枫亭县人大常委会办公室供稿　2023年6月28日）",
        [("appoint", "莫振东", "枫亭县民政局局长", "2023-06-27")],
    ),
    "vote_on_the_second_day_of_a_meeting": (
        "云溪市人大常委会第九次会议举行\n2022-04-30 09:10　来源：云溪人大\n"
        "云溪市第八届人民代表大会常务委员会第九次会议于4月28日至29日举行。\n"
        "28日上午，会议听取了市人民政府关于农村公路建设的报告。\n"
        "29日下午，会议表决通过了人事任免事项，任命符建明为云溪市人民政府秘书长。",
        [("appoint", "符建明", "云溪市人民政府秘书长", "2022-04-29")],
    ),
    "meeting_over_several_days_gives_its_month": (
        "石门县第六届人民代表大会常务委员会第五次会议于2021年9月27日至28日召开。"
        "会议决定任命阮丽华为石门县卫生健康局局长。",
        [("appoint", "阮丽华", "石门县卫生健康局局长", "2021-09")],
    ),
    "today_after_a_dateline_opening_its_sentence": (
        "发布日期：2020-05-22 07:30 来源：江城日报\n"
        "本报5月21日讯　今天上午，江城市人民政府参事聘任仪式举行。市政府聘任的参事有：韩德明、苏雅琴。",
        [
            ("appoint", "韩德明", "市政府参事", "2020-05-21"),
            ("appoint", "苏雅琴", "市政府参事", "2020-05-21"),
        ],
    ),
    "yesterdays_ceremony_dates_the_assignments_read_at_it": (
        "江城日报　2021年8月5日　第3版\n本报讯　昨日上午，我市第五批援疆干部欢送会在市委党校举行。"
        "会上宣读了市委组织部的通知。\n根据通知，江城市水利局副局长史国强挂任新疆维吾尔自治区托里县副县长。",
        [("appoint", "史国强", "新疆维吾尔自治区托里县副县长", "2021-08-04")],
    ),
    "rare_surname_before_tongzhi_opening_a_clause": (
        "中共柘林县委员会\n关于职务任免的通知\n经县委研究决定：\n"
        "佴志红同志任柘林县统计局局长；\n甯晓东同志不再担任柘林县统计局局长职务。\n"
        "中共柘林县委员会\n2022年3月4日",
        [
            ("appoint", "佴志红", "柘林县统计局局长", "2022-03-04"),
            ("remove", "甯晓东", "柘林县统计局局长", "2022-03-04"),
        ],
    ),
    "roundup_lines_with_section_headings_and_no_stops": (
        "一周人事\n部委\n方志远任国家统计局副局长\n柯建新任水利部党组成员、提名为副部长人选\n"
        "罗晓峰任应急管理部副部长\n地方\n北岭省委副书记谭卫东兼任省委政法委书记\n",
        [
            ("appoint", "方志远", "国家统计局副局长", None),
            ("appoint", "柯建新", "水利部党组成员", None),
            ("appoint", "罗晓峰", "应急管理部副部长", None),
            ("appoint", "谭卫东", "省委政法委书记", None),
        ],
    ),
    "town_congress_elects_each_tongzhi_as_post": (
        "大会依照法定程序选举产生秦志平同志为柳溪镇第九届人大主席，蓝小燕同志为柳溪镇人民政府镇长，"
        "贝德明、龙晓华等2名同志为柳溪镇人民政府副镇长。",
        [
            ("other", "秦志平", "柳溪镇第九届人大主席", None),
            ("other", "蓝小燕", "柳溪镇人民政府镇长", None),
            ("other", "贝德明", "柳溪镇人民政府副镇长", None),
            ("other", "龙晓华", "柳溪镇人民政府副镇长", None),
        ],
    ),
    "town_congress_elects_posts_then_names_over_clauses": (
        "2022-01-08 16:20　柳溪镇人民政府\n1月6日至7日，柳溪镇第九届人民代表大会第一次会议召开。"
        "会议选举产生柳溪镇人大主席秦志平、副主席汤宏，镇长蓝小燕、副镇长贝德明、龙晓华，并举行宪法宣誓。",
        [
            ("other", "秦志平", "柳溪镇人大主席", "2022-01"),
            ("other", "汤宏", "柳溪镇人大副主席", "2022-01"),
            ("other", "蓝小燕", "柳溪镇镇长", "2022-01"),
            ("other", "贝德明", "柳溪镇副镇长", "2022-01"),
            ("other", "龙晓华", "柳溪镇副镇长", "2022-01"),
        ],
    ),
    "month_day_late_in_the_year_before_an_early_page_date": (
        "本帖最后由 清风 于 2019-3-2 10:15 编辑\n11月28日，长岭镇第十届人民代表大会第一次会议召开。"
        "会议选举韦建国为长岭镇人民政府镇长。",
        [("other", "韦建国", "长岭镇人民政府镇长", "2018-11-28")],
    ),
    "the_meeting_as_subject_paragraphs_below_its_day": (
        "区报　2022-06-10\n本报讯　昨天上午，区八届人大常委会召开第五次会议。\n"
        "会议决定接受谭明辞去区人民政府副区长职务的请求。\n会议听取了区人民政府关于河道治理的报告。\n"
        "会议审议了区人民法院的工作报告。\n会议以无记名投票方式，任命石磊、丁怡为区人民法院审判员。",
        [
            ("other", "谭明", "区人民政府副区长", "2022-06-09"),
            ("appoint", "石磊", "区人民法院审判员", "2022-06-09"),
            ("appoint", "丁怡", "区人民法院审判员", "2022-06-09"),
        ],
    ),
    "weekday_of_the_act_under_a_dated_page": (
        "联合早报 > 中国\n发布/2025年3月4日 10:05\n"
        "“江城医院”微信公众号在星期二(3月4日)上午发布消息称，星期一下午，医院领导班子调整宣布会召开。"
        "会议宣布江城市委决定，邹明任江城市人民医院院长，白涛不再担任江城市人民医院院长职务。",
        [
            ("appoint", "邹明", "江城市人民医院院长", "2025-03-03"),
            ("remove", "白涛", "江城市人民医院院长", "2025-03-03"),
        ],
    ),
    "a_new_decision_takes_no_place_from_the_one_before": (
        "会议宣布江城市委决定，苗青任江城市第一人民医院院长。\n"
        "另一场宣布会上，会议宣布北岭省委决定，柏宁任北岭大学附属医院院长。",
        [
            ("appoint", "苗青", "江城市第一人民医院院长", None),
            ("appoint", "柏宁", "北岭大学附属医院院长", None),
        ],
    ),
    "subjects_each_with_their_verb_in_one_list": (
        "宣布会上宣读了任命通知：省农科院副院长韦东兼任南湖分院院长、甘霖担任南湖分院党委书记、祁峰担任副院长。",
        [
            ("appoint", "韦东", "南湖分院院长", None),
            ("appoint", "甘霖", "南湖分院党委书记", None),
            ("appoint", "祁峰", "南湖分院副院长", None),
        ],
    ),
    "jian_joins_two_posts_in_one_item": (
        "经研究决定，任命骆平为西陵县审计局局长兼西陵县经济责任审计中心主任。",
        [
            ("appoint", "骆平", "西陵县审计局局长", None),
            ("appoint", "骆平", "西陵县经济责任审计中心主任", None),
        ],
    ),
    "bank_described_resigns_for_a_reason_from_its_posts": (
        "3月2日晚间，南屿银行发布公告称，该行行长甄雷因工作调整，辞去该行执行董事、"
        "董事会风险管理委员会委员及行长等职务。",
        [
            ("other", "甄雷", "南屿银行执行董事", None),
            ("other", "甄雷", "南屿银行董事会风险管理委员会委员", None),
            ("other", "甄雷", "南屿银行行长", None),
        ],
    ),
    "board_committee_then_an_officer_and_all_posts": (
        "青禾科技股份有限公司董事会于近日收到总经理屠力先生的书面报告，屠力先生因到龄退休，"
        "不再担任青禾科技股份有限公司董事、董事会审计委员会委员及总经理等所有职务。",
        [
            ("remove", "屠力", "青禾科技股份有限公司董事", None),
            ("remove", "屠力", "青禾科技股份有限公司董事会审计委员会委员", None),
            ("remove", "屠力", "青禾科技股份有限公司总经理", None),
        ],
    ),
    "ceremony_hands_letters_to_the_new_holders": (
        "中新网 南州5月9日电 8日，南州省文史研究馆馆员聘任仪式举行。副省长邝宁为骆云和、"
        "滕雅琴、符建国3位新聘馆员颁发聘书。",
        [
            ("appoint", "骆云和", "南州省文史研究馆馆员", None),
            ("appoint", "滕雅琴", "南州省文史研究馆馆员", None),
            ("appoint", "符建国", "南州省文史研究馆馆员", None),
        ],
    ),
    "representatives_of_the_newly_hired_speak": (
        "发布时间:2023-06-02\n在6月1日举行的西江市人民政府参事聘任仪式上，市长向新聘参事颁发聘书。"
        "仪式上，新聘参事代表甘德、卜晓云就做好参事工作作了发言。",
        [
            ("appoint", "甘德", "西江市人民政府参事", "2023-06-01"),
            ("appoint", "卜晓云", "西江市人民政府参事", "2023-06-01"),
        ],
    ),
    "heading_and_its_names_in_one_clause": (
        "北川市文史研究馆馆员聘任仪式10月12日上午举行。这次录用的三名馆员分别是甘为民、岑秀英、黎光，"
        "他们长期从事地方史研究。",
        [
            ("appoint", "甘为民", "北川市文史研究馆馆员", None),
            ("appoint", "岑秀英", "北川市文史研究馆馆员", None),
            ("appoint", "黎光", "北川市文史研究馆馆员", None),
        ],
    ),
    "compound_surname_after_a_title": (
        "行政长官办公室今日公布。发展局副局长韦志坚和发展局局长政治助理欧阳嘉琪将于9月1日履新。",
        [
            ("appoint", "韦志坚", "发展局副局长", None),
            ("appoint", "欧阳嘉琪", "发展局局长政治助理", None),
        ],
    ),
    "label_and_a_wide_gap_before_the_act": (
        "2022年03月08日\n調任:  水務署副署長邵嘉慧出任海港事務辦公室總監。",
        [("appoint", "邵嘉慧", "海港事務辦公室總監", "2022-03-08")],
    ),
    "post_held_by_among_several": (
        "政府已調派公務員出任兩個首長級職位，其中海港事務辦公室總監一職由水務署副署長邵嘉慧出任。",
        [("appoint", "邵嘉慧", "海港事務辦公室總監", None)],
    ),
    "reappointed_names_then_their_post_after_a_comma": (
        "行政長官同時再度委任賴偉明教授、屈綺雯博士以及莫振宇，出任諮詢委員會委員，任期兩年。",
        [
            ("appoint", "賴偉明", "諮詢委員會委員", None),
            ("appoint", "屈綺雯", "諮詢委員會委員", None),
            ("appoint", "莫振宇", "諮詢委員會委員", None),
        ],
    ),
    "company_word_is_the_announcing_issuer": (
        "6月3日晚間，嶺南農商銀行公告稱，公司董事會收到董事長歐建中先生的辭呈。"
        "因工作調動，歐建中先生辭去公司董事長職務。",
        [("other", "歐建中", "嶺南農商銀行董事長", None)],
    ),
    "listed_company_by_its_short_name_and_code": (
        "青岚达(600999.SH)发布公告，公司于2022年5月9日召开第五届董事会第三次会议，会议选举卜海涛为公司"
        "第五届董事会董事长，任期至本届董事会届满。",
        [("other", "卜海涛", "青岚达第五届董事会董事长", "2022-05-09")],
    ),
    "new_before_the_post_is_no_part_of_it": (
        "股东大会后，董事会选举卜海涛为新任青岚达股份有限公司董事长。",
        [("other", "卜海涛", "青岚达股份有限公司董事长", None)],
    ),
    "two_named_then_counted": (
        "会上宣读了任免通知，同意聘任尤小琴、佘德明两位同志为青溪县人民医院副院长。",
        [
            ("appoint", "尤小琴", "青溪县人民医院副院长", None),
            ("appoint", "佘德明", "青溪县人民医院副院长", None),
        ],
    ),
    "successor_becomes_the_new_holder": (
        "经中央批准，甘立新同志将接替闻卫东同志，成为新的北岭理工大学校长。",
        [("appoint", "甘立新", "北岭理工大学校长", None)],
    ),
    "described_official_from_tomorrow": (
        "政府有高層官員調動，現任發展局常任秘書長龐家明，明日起出任保安局常任秘書長。",
        [("appoint", "龐家明", "保安局常任秘書長", None)],
    ),
    "counted_names_then_elected_to_the_new_committee": (
        "北岭师范学院召开全体党员大会，进行党委换届选举。选举结果：祁志远、黎红、石峻等三位同志，"
        "当选为学院新一届党委委员。",
        [
            ("other", "祁志远", "北岭师范学院党委委员", None),
            ("other", "黎红", "北岭师范学院党委委员", None),
            ("other", "石峻", "北岭师范学院党委委员", None),
        ],
    ),
    "resigns_then_keeps_another_post": (
        "青岚纸业(600999)6月2日晚间公告，颜国栋辞去公司董事长职务后，继续担任公司董事职务。",
        [("other", "颜国栋", "青岚纸业董事长", None)],
    ),
    "span_of_days_without_a_year_gives_its_month": (
        "发布时间：2021-12-31 09:30\n12月26日至29日，青川县第十七届人民代表大会第一次会议召开，"
        "会议选举柏志远为青川县人民政府县长。",
        [("other", "柏志远", "青川县人民政府县长", "2021-12")],
    ),
    "age_limit_reason_before_the_resignation": (
        "会议接受蓝正宝因任职年龄到限辞去省人大农业与农村委员会主任委员职务的请求。",
        [("other", "蓝正宝", "省人大农业与农村委员会主任委员", None)],
    ),
    "school_named_before_its_own_posts": (
        "北岭农业大学党委书记、校长双双更换，该校党委副书记、纪委书记詹立群任校党委书记，副校长邬海洋任校长；"
        "江城医科大学党委常委、常务副校长宁奎任校长等。",
        [
            ("appoint", "詹立群", "北岭农业大学党委书记", None),
            ("appoint", "邬海洋", "北岭农业大学校长", None),
            ("appoint", "宁奎", "江城医科大学校长", None),
        ],
    ),
    "then_and_transferred_before_taking_up": (
        "另外，上屆環境局副局長鄺振昇調職，出任運輸局副局長。立法會議員之子鍾宏昭則出任民政局副局長。",
        [
            ("appoint", "鄺振昇", "運輸局副局長", None),
            ("appoint", "鍾宏昭", "民政局副局長", None),
        ],
    ),
    "they_take_up_posts_respectively": (
        "兩名政治助理升任副局長，包括鄔曼琳和祁俊熙，他們將分別出任創新科技局副局長及教育局副局長。",
        [
            ("appoint", "鄔曼琳", "創新科技局副局長", None),
            ("appoint", "祁俊熙", "教育局副局長", None),
        ],
    ),
    "meeting_called_for_later_dates_nothing": (
        "2020-04-20 21:21 来源：某市人民政府门户网站\n4月14日，市人大常委会召开第二十八次会议。会议决定，"
        "市第十三届人民代表大会第五次会议于2020年4月22日至24日在市区召开。\n会议表决通过人事任免事项。"
        "会议决定任命祁伟盛为岚山市交通运输局局长。",
        [("appoint", "祁伟盛", "岚山市交通运输局局长", "2020-04-14")],
    ),
    "day_first_page_date_and_the_announcement_day": (
        "【海澄政情】三名副局長名單出爐\n22/07/2022\n行政長官辦公室周五(20日)公布委任名單。\n"
        "另外，醫管局總監鄒夏蔭將出任醫務衞生局副局長。",
        [("appoint", "鄒夏蔭", "醫務衞生局副局長", "2022-07-20")],
    ),
    "decisions_adopted_by_their_titles": (
        "会议表决通过了《关于接受甄沛林同志辞去岭口镇人民政府副镇长职务请求的决定》草案，"
        "表决通过了《关于罢免霍湘钧东川省第十四届人民代表大会代表职务的决议(草案)》，"
        "表决通过了《某某市人民代表大会常务委员会关于伍振宇为某某市中级人民法院代理院长的决定》。",
        [
            ("other", "甄沛林", "岭口镇人民政府副镇长", None),
            ("other", "霍湘钧", "东川省第十四届人民代表大会代表", None),
            ("appoint", "伍振宇", "某某市中级人民法院代理院长", None),
        ],
    ),
    "newly_and_again_hired_are_listed_after_wei": (
        "2021年市政府参事聘任仪式今天举行。副市长宣读了市政府关于聘任参事的通知。此次新聘参事为甘融、"
        "伍志远，续聘参事为丁美华、陶红。",
        [
            ("appoint", "甘融", "市政府参事", None),
            ("appoint", "伍志远", "市政府参事", None),
            ("appoint", "丁美华", "市政府参事", None),
            ("appoint", "陶红", "市政府参事", None),
        ],
    ),
    "director_asks_to_resign_all_her_posts": (
        "青曜科技(603999.SH)發布公告，祁文萱女士提請辭任公司董事會秘書、公司高級副總裁等職務。",
        [
            ("other", "祁文萱", "青曜科技董事會秘書", None),
            ("other", "祁文萱", "青曜科技高級副總裁", None),
        ],
    ),
    "described_official_from_today": (
        "原行政署长邝启铭今日起出任候任行政长官办公室秘书长。",
        [("appoint", "邝启铭", "候任行政长官办公室秘书长", None)],
    ),
    "lunar_date_beside_the_page_date": (
        "北京时间2022年8月7日(农历2022年7月10日)，星期日，石岭县人大常委会决定伍永同志代理石岭县人民政府县长职务。\n"
        "因工作需要，决定接受晋武同志辞去石岭县人民政府县长职务。",
        [
            ("appoint", "伍永", "石岭县人民政府代理县长", "2022-08-07"),
            ("other", "晋武", "石岭县人民政府县长", "2022-08-07"),
        ],
    ),
    "elected_out_for_town_posts": (
        "会议议程之二是选举镇人大主席、镇长、副镇长。选举出祁振科同志为镇人大主席，韩立同志为镇长，"
        "杜朗、马峥两位同志为副镇长。",
        [
            ("other", "祁振科", "镇人大主席", None),
            ("other", "韩立", "镇长", None),
            ("other", "杜朗", "副镇长", None),
            ("other", "马峥", "副镇长", None),
        ],
    ),
    "successor_named_then_the_one_who_leaves": (
        "近日，两个部门相继迎来新任部党组书记。其中，蕭亞文任工信部黨組書記，苗禾卸任；胡合安任文旅部黨組書記，"
        "駱樹林卸任。",
        [
            ("appoint", "蕭亞文", "工信部黨組書記", None),
            ("remove", "苗禾", "工信部黨組書記", None),
            ("appoint", "胡合安", "文旅部黨組書記", None),
            ("remove", "駱樹林", "文旅部黨組書記", None),
        ],
    ),
    "long_list_with_ethnic_notes_after_the_verb": (
        "选举吴福安、马建新、邓本才(藏族)、骆玉山、阿苏木加(彝族)、王令泽、高云海、张光明、卓玛(女、藏族)"
        "为青海湖省人民政府副省长。",
        [
            ("other", name, "青海湖省人民政府副省长", None)
            for name in ("吴福安", "马建新", "邓本才", "骆玉山", "阿苏木加", "王令泽", "高云海", "张光明")
            + ("卓玛",)
        ],
    ),
    "posts_elected_then_names_under_each_title": (
        "雪原自治区第十二届人民代表大会第三次会议于2025年1月22日，补选雪原自治区第十二届人民代表大会常务委员会"
        "主任、副主任、委员。现将名单公告如下：\n主任：马金川；\n副主任：陈洪波（汉族）；\n委员：（按姓名笔画为序）\n"
        "次仁卓玛（女）、白玛顿珠、拉嘎。",
        [
            ("other", "马金川", "雪原自治区第十二届人民代表大会常务委员会主任", "2025-01-22"),
            ("other", "陈洪波", "雪原自治区第十二届人民代表大会常务委员会副主任", "2025-01-22"),
            ("other", "次仁卓玛", "雪原自治区第十二届人民代表大会常务委员会委员", "2025-01-22"),
            ("other", "白玛顿珠", "雪原自治区第十二届人民代表大会常务委员会委员", "2025-01-22"),
            ("other", "拉嘎", "雪原自治区第十二届人民代表大会常务委员会委员", "2025-01-22"),
        ],
    ),
    "seconded_to_posts": (
        "根据两位挂职干部的实际情况，学校决定颜洽明挂职黔南大学校长助理，孙毅然挂职黔南大学生命科学学院副院长，"
        "挂职期一年。",
        [
            ("appoint", "颜洽明", "黔南大学校长助理", None),
            ("appoint", "孙毅然", "黔南大学生命科学学院副院长", None),
        ],
    ),
    "party_proposes_a_removal_and_first_acting_posts": (
        "燕川市委决定：刘东明任城南区委书记\n10月31日，会议宣布中共燕川市委决定，刘东明同志任中共燕川市城南区委员会书记，"
        "俞泰文同志担任中共燕川市城南区委员会副书记，批准俞泰文同志为城南区区长候选人，先任城南区副区长、代理区长。"
        "市委建议，免去刘东明同志燕川市城南区人民政府区长职务。",
        [
            ("appoint", "刘东明", "中共燕川市城南区委员会书记", None),
            ("appoint", "俞泰文", "中共燕川市城南区委员会副书记", None),
            ("appoint", "俞泰文", "城南区副区长", None),
            ("appoint", "俞泰文", "城南区代理区长", None),
            ("nominate_remove", "刘东明", "燕川市城南区人民政府区长", None),
        ],
    ),
    "described_names_after_de_leave_together": (
        "国资委秘书长阎晓林任国资委党委委员，年龄已满60岁的黄淑华、靳朝阳不再任国资委副主任。",
        [
            ("appoint", "阎晓林", "国资委党委委员", None),
            ("remove", "黄淑华", "国资委副主任", None),
            ("remove", "靳朝阳", "国资委副主任", None),
        ],
    ),
    "a_verb_never_goes_on_from_a_sentence_before": (
        "会上，韩东明任国资委副主任。在农业部，生于1955年的牛敦被国务院派往海外，不再担任农业部副部长。",
        [("appoint", "韩东明", "国资委副主任", None)],
    ),
    "appointed_by_a_body_named_between": (
        "据国务院网站消息，宁立夫被国务院任命为国家统计局副局长，钱卫被中央军委任命为军事科学院副院长。",
        [
            ("appoint", "宁立夫", "国家统计局副局长", None),
            ("appoint", "钱卫", "军事科学院副院长", None),
        ],
    ),
    "group_appointed_then_each_named_with_wei": (
        "近期退役的三名将领，在这次全国人大常委会会议上被分别任命为三个专门委员会副主任委员。其中，"
        "吴振华为全国人大内司委副主任委员，彭立山为全国人大财经委副主任委员，刘永清为全国人大外事委员会副主任委员。",
        [
            ("appoint", "吴振华", "全国人大内司委副主任委员", None),
            ("appoint", "彭立山", "全国人大财经委副主任委员", None),
            ("appoint", "刘永清", "全国人大外事委员会副主任委员", None),
        ],
    ),
    "removal_items_with_the_post_after_tongzhi": (
        "会议进行了相关人事任免，票决同意免去马廷松同志泸水市人民政府市长职务、许晓阳同志泸水市人民政府副市长职务。",
        [
            ("remove", "马廷松", "泸水市人民政府市长", None),
            ("remove", "许晓阳", "泸水市人民政府副市长", None),
        ],
    ),
    "mandates_ended_of_themselves": (
        "由柘川区选出的溱海市第八届人民代表大会代表申立、缪树林因工作调整已调离溱海。依照代表法的有关规定，"
        "申立、缪树林的溱海市第八届人民代表大会代表资格自行终止。",
        [
            ("other", "申立", "溱海市第八届人民代表大会代表", None),
            ("other", "缪树林", "溱海市第八届人民代表大会代表", None),
        ],
    ),
    "except_for_one_move": (
        "除珠海大学校长徐宁安调任沪南大学校长外，其余均只涉及副校级干部。",
        [
            ("remove", "徐宁安", "珠海大学校长", None),
            ("appoint", "徐宁安", "沪南大学校长", None),
        ],
    ),
    "described_official_is_appointed_to_two_hospitals": (
        "青灣醫院副醫院行政總監鄧耀明，獲委任為北嶺醫院聯網總監及青灣醫院行政總監，明年四月一日履新。",
        [
            ("appoint", "鄧耀明", "北嶺醫院聯網總監", None),
            ("appoint", "鄧耀明", "青灣醫院行政總監", None),
        ],
    ),
    "post_held_concurrently_by_a_described_person": (
        "国务院中午宣布人事调动，主任章晓明转做副主任，瀛海办主任一职由全国政协副主席夏葆华兼任。",
        [("appoint", "夏葆华", "瀛海办主任", None)],
    ),
    "promoted_from_the_old_post": (
        "中共中央今天公布。陸欣華由江右省長升任江右省委書記；許明麟由網信辦副主任升為主任。",
        [
            ("remove", "陸欣華", "江右省長", None),
            ("appoint", "陸欣華", "江右省委書記", None),
            ("remove", "許明麟", "網信辦副主任", None),
            ("appoint", "許明麟", "網信辦主任", None),
        ],
    ),
    "acting_for_a_post_is_no_post": (
        "6月28日，華商銀行發布董事會決議公告，選舉劉連峰為華商銀行董事長。同時，在該行聘任新任行長前，"
        "由劉連峰代為履行行長職務。",
        [("other", "劉連峰", "華商銀行董事長", None)],
    ),
    "names_holding_he_inside": (
        "会议决定，接受楼勤华辞去秦川省人民政府省长职务的请求，任命扈和平为秦川省人民政府副省长、代省长；"
        "任命王和顺和赵六、钱七为秦川省人民政府参事。",
        [
            ("other", "楼勤华", "秦川省人民政府省长", None),
            ("appoint", "扈和平", "秦川省人民政府副省长", None),
            ("appoint", "扈和平", "秦川省人民政府代省长", None),
            ("appoint", "王和顺", "秦川省人民政府参事", None),
            ("appoint", "赵六", "秦川省人民政府参事", None),
            ("appoint", "钱七", "秦川省人民政府参事", None),
        ],
    ),
    "a_branch_procuratorate_is_a_court_of_its_own": (
        "会议经表决，任命阳明宇为南海省人民检察院珠江铁路运输分院检察长、检察委员会委员、检察员。",
        [
            ("appoint", "阳明宇", "南海省人民检察院珠江铁路运输分院检察长", None),
            ("appoint", "阳明宇", "南海省人民检察院珠江铁路运输分院检察委员会委员", None),
            ("appoint", "阳明宇", "南海省人民检察院珠江铁路运输分院检察员", None),
        ],
    ),
    "described_official_moves_across_companies": (
        "中国盛华集团总经理柳明轩，跨公司任国家电力投资集团董事长。",
        [("appoint", "柳明轩", "国家电力投资集团董事长", None)],
    ),
    "mandates_confirmed_ended_by_the_committee": (
        "麓江市十四届人大常委会第三十六次会议确认郭正林、黎军、扈衡华的麓江市十五届人民代表大会代表资格终止。",
        [
            ("other", "郭正林", "麓江市十五届人民代表大会代表", None),
            ("other", "黎军", "麓江市十五届人民代表大会代表", None),
            ("other", "扈衡华", "麓江市十五届人民代表大会代表", None),
        ],
    ),
    "hired_as_the_subject_says": (
        "本报驻北方记者站站长庄电明也受聘担任北方大学客座教授。",
        [("appoint", "庄电明", "北方大学客座教授", None)],
    ),
    "announced_list_of_moves_joined_by_semicolons": (
        "行政院昨天公布十六位新閣員異動，包括：行政院秘書長將由總統府副秘書長張惇明接任；"
        "僑務委員會副委員長阮昭華將接任行政院副秘書長。",
        [
            ("appoint", "張惇明", "行政院秘書長", None),
            ("appoint", "阮昭華", "行政院副秘書長", None),
        ],
    ),
    "company_full_name_before_its_short_issuer_name": (
        "2024年12月28日，江浦青禾环境股份有限公司发布《关于公司董事辞职的公告》。\n图源：青禾环境公告\n"
        "公告显示，董事会于近日收到公司董事邬建平先生提交的书面辞职报告。邬建平先生因退休，申请辞去公司董事职务。",
        [("other", "邬建平", "江浦青禾环境股份有限公司董事", "2024-12-28")],
    ),
    "successor_appointed_then_the_other_no_longer_holds_it": (
        "5月30日，邬长明被任命为燕北昌平区委书记，乔君书不再担任。今年9月，汪世勇接替了郭炎明担任诺敏旗委副书记。",
        [
            ("appoint", "邬长明", "燕北昌平区委书记", None),
            ("remove", "乔君书", "燕北昌平区委书记", None),
            ("appoint", "汪世勇", "诺敏旗委副书记", None),
        ],
    ),
    "took_over_the_baton_then_the_post": (
        "6月27日，程正明正式接棒蒋伟新，任住建部部长。任振华接棒刘剑飞，履新越州省纪委书记。",
        [
            ("appoint", "程正明", "住建部部长", None),
            ("appoint", "任振华", "越州省纪委书记", None),
        ],
    ),
    "suddenly_between_the_name_and_the_verb": (
        "華利前董事長陳洪平突被免去華利集團黨委書記職務。",
        [("remove", "陳洪平", "華利集團黨委書記", None)],
    ),
    "deputy_head_and_also_acting_head": (
        "湖墅市人大常委会决定邹占明任湖墅市人民政府副市长并代理市长。",
        [
            ("appoint", "邹占明", "湖墅市人民政府副市长", None),
            ("appoint", "邹占明", "湖墅市人民政府代理市长", None),
        ],
    ),
    "the_appointee_speaks_of_himself": (
        "会议决定任命宁跃明同志为越溪市人民政府副市长、代市长。\n宁跃明在就职前的讲话中说，"
        "市人大常委会决定任命我为市政府副市长、代市长，代表了全市人民的极大信任。",
        [
            ("appoint", "宁跃明", "越溪市人民政府副市长", None),
            ("appoint", "宁跃明", "越溪市人民政府代市长", None),
        ],
    ),
    "page_dated_day_first_with_dots_and_a_time": (
        "29.06.2016  12:04\n今天上午，榕城市召开领导干部大会。省委决定，韩向明同志任榕城市委副书记。",
        [("appoint", "韩向明", "榕城市委副书记", "2016-06-29")],
    ),
    "page_dated_with_a_wide_gap_before_the_time": (
        "2016-06-29  12:04\n今天上午，榕城市召开领导干部大会。省委决定，韩向明同志任榕城市委副书记。",
        [("appoint", "韩向明", "榕城市委副书记", "2016-06-29")],
    ),
    "deputy_head_and_then_decided_acting": (
        "会议决定任命祁若明为甬江市人民政府副市长并决定其代理市长。祁若明在这一时期代理市长职务。",
        [
            ("appoint", "祁若明", "甬江市人民政府副市长", None),
            ("appoint", "祁若明", "甬江市人民政府代理市长", None),
        ],
    ),
    "respectively_to_bureaus_side_by_side": (
        "行政長官辦公室今日公布，鄺志明、韋嘉欣和尹浩然分別出任發展局副局長、教育局副局長和勞工及福利局副局長。",
        [
            ("appoint", "鄺志明", "發展局副局長", None),
            ("appoint", "韋嘉欣", "教育局副局長", None),
            ("appoint", "尹浩然", "勞工及福利局副局長", None),
        ],
    ),
    "described_people_take_up_their_posts": (
        "商務及經濟發展局副局長凌家豪和保安局副局長巫詠琪已於8月1日上任。",
        [
            ("appoint", "凌家豪", "商務及經濟發展局副局長", None),
            ("appoint", "巫詠琪", "保安局副局長", None),
        ],
    ),
    "quoted_committee_with_its_short_name": (
        "行政长官已委任简国良出任「公务员薪俸及服务条件常务委员会」(常委会)的主席，"
        "以及屈美玲出任常委会的委员，任期两年。",
        [
            ("appoint", "简国良", "公务员薪俸及服务条件常务委员会主席", None),
            ("appoint", "屈美玲", "公务员薪俸及服务条件常务委员会委员", None),
        ],
    ),
    "institute_named_as_yuan_in_its_own_notice": (
        "北岭省地质勘查设计院\n经厅党组研究决定，任命景文斌同志为院党委书记，免去其院长职务；"
        "任命申立同志为院党委副书记、院长。",
        [
            ("appoint", "景文斌", "北岭省地质勘查设计院党委书记", None),
            ("remove", "景文斌", "北岭省地质勘查设计院院长", None),
            ("appoint", "申立", "北岭省地质勘查设计院党委副书记", None),
            ("appoint", "申立", "北岭省地质勘查设计院院长", None),
        ],
    ),
    "decided_that_a_deputy_acts_for_the_head": (
        "会议以举手表决方式，决定邵建国副县长代理柳溪县人民政府县长职务。",
        [("appoint", "邵建国", "柳溪县人民政府代理县长", None)],
    ),
    "appointed_deputy_and_decided_as_acting": (
        "会议任命卢晓东同志为柳溪县人民法院副院长、决定为代理院长。",
        [
            ("appoint", "卢晓东", "柳溪县人民法院副院长", None),
            ("appoint", "卢晓东", "柳溪县人民法院代理院长", None),
        ],
    ),
    "deciding_body_accepts_several_resignations": (
        "北岭省人大常委会决定接受管志远、侯小梅辞去第十四届全国人民代表大会代表职务。",
        [
            ("other", "管志远", "第十四届全国人民代表大会代表", None),
            ("other", "侯小梅", "第十四届全国人民代表大会代表", None),
        ],
    ),
    "removal_list_of_names_and_posts_without_de": (
        "按程序免去俞建平柳溪县委副书记、县长职务，童晓光柳溪县水利局副局长职务，"
        "冷小燕南坪镇国土所所长职务。",
        [
            ("remove", "俞建平", "柳溪县委副书记", None),
            ("remove", "俞建平", "柳溪县县长", None),
            ("remove", "童晓光", "柳溪县水利局副局长", None),
            ("remove", "冷小燕", "南坪镇国土所所长", None),
        ],
    ),
    "no_longer_holds_posts_after_a_comma": (
        "省委决定：石磊同志不再担任中共南坪市委副书记、常委、委员，南坪市人民政府市长职务。",
        [
            ("remove", "石磊", "中共南坪市委副书记", None),
            ("remove", "石磊", "中共南坪市委常委", None),
            ("remove", "石磊", "中共南坪市委委员", None),
            ("remove", "石磊", "南坪市人民政府市长", None),
        ],
    ),
    "removal_then_appointment_in_one_item": (
        "根据全国人民代表大会常务委员会的决定：\n二、免去何立峰的水利部部长职务、任命汤晓明为水利部部长。",
        [
            ("remove", "何立峰", "水利部部长", None),
            ("appoint", "汤晓明", "水利部部长", None),
        ],
    ),
    "described_officials_retire_together": (
        "行政長官今天宣布人事變動，原運輸及房屋局局長孔德明和環境局局長甄國輝同時退休。"
        "房屋局副局長祁樂將會出任運輸及房屋局局長。",
        [
            ("other", "孔德明", "運輸及房屋局局長", None),
            ("other", "甄國輝", "環境局局長", None),
            ("appoint", "祁樂", "運輸及房屋局局長", None),
        ],
    ),
    "board_member_resigns_with_reason_and_committee_posts": (
        "董事阚明先生因工作变动原因，已向公司董事会递交书面辞职报告，申请辞去青禾科技股份有限公司董事、"
        "董事会审计委员会委员、董事会提名委员会委员职务。",
        [
            ("other", "阚明", "青禾科技股份有限公司董事", None),
            ("other", "阚明", "青禾科技股份有限公司董事会审计委员会委员", None),
            ("other", "阚明", "青禾科技股份有限公司董事会提名委员会委员", None),
        ],
    ),
    "term_end_in_a_bracket_is_no_date_of_the_act": (
        "2023年11月30日，北岭大学发布《关于邝宇等同志职务任免的通知》，包括：\n"
        "邝宇同志任北岭大学科研处处长（试用期至2024年11月），尤敏同志任北岭大学教务处副处长（兼，任期至2024年12月）。",
        [
            ("appoint", "邝宇", "北岭大学科研处处长", "2023-11-30"),
            ("appoint", "尤敏", "北岭大学教务处副处长", "2023-11-30"),
        ],
    ),
    "congress_notice_with_dateline_title_and_number_in_words": (
        "新华社北京6月28日电\n全国人民代表大会常务委员会公告\n〔十四届〕第七号\n"
        "北岭省人大常委会决定罢免莫建成的第十四届全国人民代表大会代表职务。"
        "依照有关规定，莫建成的第十四届全国人民代表大会常务委员会委员、全国人民代表大会教育科学文化卫生委员会委员职务相应撤销。\n"
        "全国人民代表大会常务委员会\n2024年6月28日",
        [
            ("other", "莫建成", "第十四届全国人民代表大会代表", "2024-06-28"),
            ("other", "莫建成", "第十四届全国人民代表大会常务委员会委员", "2024-06-28"),
            ("other", "莫建成", "全国人民代表大会教育科学文化卫生委员会委员", "2024-06-28"),
        ],
    ),
    "career_steps_of_a_dated_news_profile": (
        "他履新市委书记\n政知见\n2022-09-14\n9月14日，据“北岭组工”消息，北岭省南坪市委书记调整。\n"
        "简历显示，石岩曾长期在北岭钢铁集团任职。\n"
        "2016年4月，石岩被任命为北岭钢铁集团党委书记、董事长。\n"
        "9月14日，中共北岭省委决定：石岩同志任中共南坪市委书记。",
        [("appoint", "石岩", "中共南坪市委书记", "2022-09-14")],
    ),
    "deputy_and_acting_head_of_the_government_in_one_list": (
        "会议决定任命龚志强为南坪市人民政府副市长、代理南坪市人民政府市长职务。",
        [
            ("appoint", "龚志强", "南坪市人民政府副市长", None),
            ("appoint", "龚志强", "南坪市人民政府代理市长", None),
        ],
    ),
    "decision_accepting_a_rare_surnamed_comrades_resignation": (
        "经区第九届人民代表大会常务委员会第十次会议审议决定：接受佴志红同志辞去南坪市东湖区人民政府区长职务的请求。",
        [("other", "佴志红", "南坪市东湖区人民政府区长", None)],
    ),
    "appointed_and_its_resignation_accepted": (
        "会议经表决，决定任命祁德明为南坪市人民政府副市长，接受其辞去南坪市人大常委会副主任职务的请求。",
        [
            ("appoint", "祁德明", "南坪市人民政府副市长", None),
            ("other", "祁德明", "南坪市人大常委会副主任", None),
        ],
    ),
    "newly_elected_take_the_oath_post_before_name": (
        "国歌唱毕，新当选的南坪市人大常委会副主任柏文华，南坪市人大常委会秘书长卞晓燕，"
        "南坪市人大常委会委员严志远、苗青，先后走到宣誓台前宣誓。",
        [
            ("other", "柏文华", "南坪市人大常委会副主任", None),
            ("other", "卞晓燕", "南坪市人大常委会秘书长", None),
            ("other", "严志远", "南坪市人大常委会委员", None),
            ("other", "苗青", "南坪市人大常委会委员", None),
        ],
    ),
    "company_officers_with_the_legal_representative_and_party_titles_repeated": (
        "宣布会上宣读了任免决定：钱伟同志任青禾集团有限公司董事、总经理、法定代表人、党委副书记；"
        "免去甘霖的青禾集团有限公司党委书记、党委常委、党委委员职务。",
        [
            ("appoint", "钱伟", "青禾集团有限公司董事", None),
            ("appoint", "钱伟", "青禾集团有限公司总经理", None),
            ("appoint", "钱伟", "青禾集团有限公司法定代表人", None),
            ("appoint", "钱伟", "青禾集团有限公司党委副书记", None),
            ("remove", "甘霖", "青禾集团有限公司党委书记", None),
            ("remove", "甘霖", "青禾集团有限公司党委常委", None),
            ("remove", "甘霖", "青禾集团有限公司党委委员", None),
        ],
    ),
    "promotions_listed_each_of_the_body_describing_its_person": (
        # Taiwan titles (主秘, 简任技正, 专委); an item opening with 原 and a title is the next item,
        # and each bare title is of the body that describes its own person
        "2023年3月8日，北屏市政府昨公布人事异动，包括工务局主秘卢佩君升任副局长、交通局简任技正"
        "邹志恒升任主秘、原简任技正温书豪接任主秘。文化局专委葛思源升任主秘。",
        [
            # (2023年3月8日，…昨公布: the report's date opens the sentence; 昨 is the act's day)
            ("appoint", "卢佩君", "工务局副局长", "2023-03-07"),
            ("appoint", "邹志恒", "交通局主秘", "2023-03-07"),
            ("appoint", "温书豪", "交通局主秘", "2023-03-07"),
            ("appoint", "葛思源", "文化局主秘", "2023-03-07"),
        ],
    ),
    "described_subject_promoted_to_a_bare_title_after_other_posts": (
        "任命邬明远为东湾区财政局局长。区审计局副局长滕嘉树升任局长。",
        [
            ("appoint", "邬明远", "东湾区财政局局长", None),
            ("appoint", "滕嘉树", "区审计局局长", None),
        ],
    ),
    "pairs_below_an_announced_list_with_the_post_held_before": (
        # 调整情形如下：then "post name (原 post)" items: each takes the post, and leaves the bracket's
        "市政府今日举行两位新任区长宣誓典禮。民政局表示，因应区政所需，区长职务调整情形如下：\n"
        "东林区区公所区长柏宗信（原西湖区区公所区长），西湖区区公所区长温雅琴（原民政局科长）。",
        [
            ("appoint", "柏宗信", "东林区区公所区长", None),
            ("remove", "柏宗信", "西湖区区公所区长", None),
            ("appoint", "温雅琴", "西湖区区公所区长", None),
            ("remove", "温雅琴", "民政局科长", None),
        ],
    ),
    "pairs_after_an_election_stop_at_a_clause_that_is_no_pair": (
        # the chair of the meeting, named after the newly elected, holds no post from this text
        "大会选举韦德安为青溪县人民政府县长。新当选的县长韦德安作表态发言。县委书记鲁光明主持大会。",
        [("other", "韦德安", "青溪县人民政府县长", None)],
    ),
    "awarded_appointments_with_party_brackets_and_a_headcount": (
        # 获聘: the person receives the appointment; a party in brackets and a headcount after the
        # names are neither part of a name; 我校 before the names is the school's lead
        "在市政府参事聘任大会上，我校5名教师获颁聘书。其中，柯文澜（民盟）、贝思远（无党派）获聘市政府参事；"
        "此外，我校骆一鸣（九三学社）、诸葛恒2人获聘市文史研究馆馆员，滕若溪获聘市政府特聘参事。",
        [
            ("appoint", "柯文澜", "市政府参事", None),
            ("appoint", "贝思远", "市政府参事", None),
            ("appoint", "骆一鸣", "市文史研究馆馆员", None),
            ("appoint", "诸葛恒", "市文史研究馆馆员", None),
            ("appoint", "滕若溪", "市政府特聘参事", None),
        ],
    ),
    "acting_head_decided_for_the_deputy_just_appointed": (
        "决定任命卜少华为东岭省人民检察院副检察长、决定其为代理检察长。",
        [
            ("appoint", "卜少华", "东岭省人民检察院副检察长", None),
            ("appoint", "卜少华", "东岭省人民检察院代理检察长", None),
        ],
    ),
    "pairs_below_a_lead_naming_the_act_of_those_listed": (
        # 辞职的…有：then post and name pairs (a name alone shares the pair's post; 及 joins the next
        # pair; an ethnic note after a name is none of it)
        "据报道，近期辞职的副省级官员有：东岭省副省长齐振国；西川省副省长晏立华、欧阳明及北岸省副省长"
        "蒲建业；南屿省人大常委会副主任韦光远、巴特尔 （蒙古族）。",
        [
            ("other", "齐振国", "东岭省副省长", None),
            ("other", "晏立华", "西川省副省长", None),
            ("other", "欧阳明", "西川省副省长", None),
            ("other", "蒲建业", "北岸省副省长", None),
            ("other", "韦光远", "南屿省人大常委会副主任", None),
            ("other", "巴特尔", "南屿省人大常委会副主任", None),
        ],
    ),
    "company_resignation_reported_with_the_issuer_and_its_board_committee": (
        # the issuer run into a dateline (…日讯某某(code)今日发布关于…的公告): 公司 is it; a clause
        # opening 同时 goes on with the person; a board committee printed bare is the company's
        "财经网上海6月3日讯 青禾电气(603311.SH)今日发布关于公司董事长辞职的公告。"
        "植海生因工作原因申请辞去公司董事长职务，同时辞去董事会提名委员会委员职务。",
        [
            ("other", "植海生", "青禾电气董事长", None),
            ("other", "植海生", "青禾电气董事会提名委员会委员", None),
        ],
    ),
    "a_clause_opening_with_tongshi_names_its_own_person": (
        # 同时免去甲的X职务 is 甲's, not of the person the clause before described
        "上月被免去交通部部长职务的黎远，亦被免去国务委员职务；同时免去顾言的水利部部长职务。",
        [
            ("remove", "黎远", "国务委员", None),
            ("remove", "顾言", "水利部部长", None),
        ],
    ),
    "posts_listed_in_a_later_sentence_are_not_of_the_person_before": (
        # a commentary's later paragraph lists another official's current posts (现任…, its name
        # glossed): no post of the person appointed above
        "今年5月，晏书诚出任北岭省公安厅厅长。\n\n"
        "仉(zhǎng)修远，现任公安部党委副书记、分管日常工作的副部长(正部长级)、督察长，"
        "南屿市副市长、市政府党组成员、市公安局局长。",
        [("appoint", "晏书诚", "北岭省公安厅厅长", None)],
    ),
    "party_committee_members_by_duty": (
        # 组织委员 / 政法委员 after a 党工委 title are of that party working committee
        "区委决定：闵启航同志任东泉街道党工委副书记、政法委员；柴雨桐同志任东泉街道党工委委员、宣传委员。",
        [
            ("appoint", "闵启航", "东泉街道党工委副书记", None),
            ("appoint", "闵启航", "东泉街道党工委政法委员", None),
            ("appoint", "柴雨桐", "东泉街道党工委委员", None),
            ("appoint", "柴雨桐", "东泉街道党工委宣传委员", None),
        ],
    ),
    "new_heads_named_in_a_page_of_the_unit_itself": (
        # a college's own page (我院): 新任院长甲，副院长乙、丙… are of the college its heading names;
        # a name before 先后 closes the list
        "东湖理工大学机械工程学院\n首页 | 学院新闻\n"
        "2022年9月2日下午，我院召开全体教职工大会，宣布学校关于我院院长、副院长的任免决定。\n"
        "新任院长祁志澄，副院长巫晓岚、贲立行先后作表态发言。",
        [
            ("appoint", "祁志澄", "东湖理工大学机械工程学院院长", "2022-09-02"),
            ("appoint", "巫晓岚", "东湖理工大学机械工程学院副院长", "2022-09-02"),
            ("appoint", "贲立行", "东湖理工大学机械工程学院副院长", "2022-09-02"),
        ],
    ),
    "pairs_after_new_members_sworn_with_the_act_before_a_post": (
        # 表决通过的X主任委员甲: the post is after the act that gave it
        "国歌唱毕，新当选的市人大常委会副主任尤嘉禾，市人大常委会秘书长邢澄，"
        "表决通过的市人大社会建设委员会主任委员鞠远航先后走到宣誓台前。",
        [
            ("other", "尤嘉禾", "市人大常委会副主任", None),
            ("other", "邢澄", "市人大常委会秘书长", None),
            ("other", "鞠远航", "市人大社会建设委员会主任委员", None),
        ],
    ),
    "elected_post_heading_then_its_holders": (
        # 会议选出的X是：names / 当选为X的有：names — elections of the post the heading names
        "会议选出的南屿省政协第九届委员会副主席是：闫德昭、沙丽娜、阿迪力·木沙。"
        "当选为南屿省政协第九届委员会秘书长的是：卓少恒。",
        [
            ("other", "闫德昭", "南屿省政协第九届委员会副主席", None),
            ("other", "沙丽娜", "南屿省政协第九届委员会副主席", None),
            ("other", "阿迪力·木沙", "南屿省政协第九届委员会副主席", None),
            ("other", "卓少恒", "南屿省政协第九届委员会秘书长", None),
        ],
    ),
    "numbered_moves_of_described_heads": (
        # 1、某部技监甲调任主任秘书: the item's number is no part of the post left; Taiwan's 技监 and
        # 主任秘书 are titles, a bare one of the describing body
        "其余首长异动如下：\n1、农业部技监龚明哲调任主任秘书。\n2、林务局局长庄德胜调任农业部技监。",
        [
            ("appoint", "龚明哲", "农业部主任秘书", None),
            ("remove", "龚明哲", "农业部技监", None),
            ("appoint", "庄德胜", "农业部技监", None),
            ("remove", "庄德胜", "林务局局长", None),
        ],
    ),
    "deputy_and_chief_representatives": (
        "国务院任免国家工作人员。免去柴明轩的商务部国际贸易谈判副代表职务；任命甘露为商务部驻南屿特派员办事处首席代表。",
        [
            ("remove", "柴明轩", "商务部国际贸易谈判副代表", None),
            ("appoint", "甘露", "商务部驻南屿特派员办事处首席代表", None),
        ],
    ),
    "yesterday_under_a_paper_date_line_run_into_the_headline": (
        # the page's date with its weekday (a date line, even run into the headline) anchors 昨日
        "新京报 > 封面报道\n韦嘉禾当选南湖市市长\n2017年01月21日 星期六 新京报\n分享:\n"
        "南湖市第十四届人民代表大会第五次会议昨日上午闭幕，经大会选举，韦嘉禾当选南湖市市长。",
        [("other", "韦嘉禾", "南湖市市长", "2017-01-20")],
    ),
    "a_day_in_brackets_after_yesterday_under_a_paper_date": (
        # 昨日（3月14日）: the act's day, not the page's (明报 2024年3月15日 星期五)
        "明报 2024年3月15日 星期五 港闻\n钱立行任咨询委员会主席\n"
        "【明报专讯】政府昨日（3月14日）公布，行政长官委任前法官钱立行为审查贪污举报咨询委员会主席。",
        [("appoint", "钱立行", "审查贪污举报咨询委员会主席", "2024-03-14")],
    ),
    "yesterday_under_a_notice_date_line": (
        # under a page's own date line, a sentence that tells its day (昨日) is dated by it
        "南湖市人大常委会公告\n2020年3月24日\n"
        "南湖市第十五届人大常委会第十九次会议昨日决定，接受裘岭辞去南湖市人民政府市长职务的请求。",
        [("other", "裘岭", "南湖市人民政府市长", "2020-03-23")],
    ),
    "an_announcement_dated_by_its_signature_below": (
        # no date above the acts: the date the announcement is signed with (after 特此公告) dates them
        "青禾科技股份有限公司关于董事辞职的公告 本公司董事会收到董事柯振邦先生的书面辞职报告，"
        "柯振邦先生因工作变动原因申请辞去公司董事职务。 特此公告。 青禾科技股份有限公司董事会 2024年4月16日",
        [("other", "柯振邦", "青禾科技股份有限公司董事", "2024-04-16")],
    ),
    "new_heads_listed_after_baokuo_with_a_colon": (
        # 新“掌门人”包括 / 新任领导包括：post and name pairs, a clause each
        "南岭多所高校迎来新“掌门人”。这批高校新“掌门人”包括：南岭卫生职业学院院长庞立新，"
        "东江工艺美术职业学院院长宁可欣和南岭医药职业学院院长蒲向东。",
        [
            ("appoint", "庞立新", "南岭卫生职业学院院长", None),
            ("appoint", "宁可欣", "东江工艺美术职业学院院长", None),
            ("appoint", "蒲向东", "南岭医药职业学院院长", None),
        ],
    ),
    "a_college_named_in_the_heading_not_the_breadcrumb_above_it": (
        # 正文⏎学院…: the word ending the line above is page chrome, not half of the college's name
        "东川农业大学信息工程学院\n当前位置: 首页 >> 学院新闻 >> 正文\n"
        "学院召开院长助理聘任大会\n2021年4月8日，学院召开大会，会上宣读了聘任决定，戚沛、许超被聘为学院院长助理。",
        [
            ("appoint", "戚沛", "东川农业大学信息工程学院院长助理", "2021-04-08"),
            ("appoint", "许超", "东川农业大学信息工程学院院长助理", "2021-04-08"),
        ],
    ),
    "names_announced_then_passive_verb": (
        # 宣布甲、乙被聘为…: the names stand after the announcing word, as after 接受
        "2021年4月8日，学院召开大会，宣布柏嘉言、许超被聘为东川大学信息工程学院院长助理。",
        [
            ("appoint", "柏嘉言", "东川大学信息工程学院院长助理", "2021-04-08"),
            ("appoint", "许超", "东川大学信息工程学院院长助理", "2021-04-08"),
        ],
    ),
    "officers_dismissed_in_an_announcement_that_calls_the_company_gongsi": (
        # (以下简称“公司”): a bare officer's title is the company's; 甲和乙 before the post
        "青禾电气股份有限公司(以下简称“公司”)独立董事发表如下独立意见：公司决定解聘戴立新和邹卫平副总经理职务。",
        [
            ("remove", "戴立新", "青禾电气股份有限公司副总经理", None),
            ("remove", "邹卫平", "青禾电气股份有限公司副总经理", None),
        ],
    ),
    "credits_below_a_report_name_no_post": (
        # 栏目主编：甲 under the report (after 原标题) is the page's credit line
        "会议决定任命卢新华为桂岭市副市长。\n\n会前，市人大常委会召开了主任会议。\n\n"
        "原标题：《卢新华任桂岭市副市长》\n\n栏目主编：孙昕\n",
        [("appoint", "卢新华", "桂岭市副市长", None)],
    ),
    "resignation_accepted_by_its_letter": (
        "会议接受了韩启升辞去市政府市长职务的辞呈。任命卓瑾为市人民政府副市长、代理市长。",
        [
            ("other", "韩启升", "市政府市长", None),
            ("appoint", "卓瑾", "市人民政府副市长", None),
            ("appoint", "卓瑾", "市人民政府代理市长", None),
        ],
    ),
    "two_resignations_joined_by_he_in_one_letter": (
        "会议决定接受卫庭辞去南海省人大常委会主任职务和罗之明辞去南海省人民政府省长职务的辞呈。",
        [
            ("other", "卫庭", "南海省人大常委会主任", None),
            ("other", "罗之明", "南海省人民政府省长", None),
        ],
    ),
    "new_heads_listed_after_they_are_in_a_sentence_naming_the_act": (
        # 新任命的…中，有N个新面孔，他们分别是：post and name pairs (a name may end in 正)
        "3月31日，某省人大常委会会议表决通过一批人事任免事项。新任命的省政府组成部门负责人中，"
        "有3个新面孔，他们分别是：\n省民政厅厅长余向东、省民族事务委员会主任时先正、省司法厅厅长罗建平。",
        [
            ("appoint", "余向东", "省民政厅厅长", None),
            ("appoint", "时先正", "省民族事务委员会主任", None),
            ("appoint", "罗建平", "省司法厅厅长", None),
        ],
    ),
    "profile_steps_after_cihou_are_biography": (
        # 此后，他出任…: the profile's next steps, not acts (nor the person named before it)
        "据教育部网站消息，张立远同志任西岭交通大学校长；王树森同志不再担任西岭交通大学校长职务。\n\n"
        "张立远出生于1969年12月。此后，他出任北岭化工大学材料学院副院长、院长、校党委常委、副校长等职。",
        [
            ("appoint", "张立远", "西岭交通大学校长", None),
            ("remove", "王树森", "西岭交通大学校长", None),
        ],
    ),
    "a_bodys_leaders_listed_by_title_with_names_apart_by_spaces": (
        # a body's name on its own line, then "title:names" lines (names apart by spaces, one
        # space lost between two of them); a CPPCC's leaders are elected
        "政协全体会议下午选出新一届政协领导人。\n\n 政协南屿省第九届委员会\n\n主席:闫德昭\n\n"
        "副主席:沙丽娜  阿迪力·木沙  柯文澜 卓少恒  邵启明\n\n秘书长:卓少恒(兼)\n",
        [
            ("other", "闫德昭", "政协南屿省第九届委员会主席", None),
            ("other", "沙丽娜", "政协南屿省第九届委员会副主席", None),
            ("other", "阿迪力·木沙", "政协南屿省第九届委员会副主席", None),
            ("other", "柯文澜", "政协南屿省第九届委员会副主席", None),
            ("other", "卓少恒", "政协南屿省第九届委员会副主席", None),
            ("other", "邵启明", "政协南屿省第九届委员会副主席", None),
            ("other", "卓少恒", "政协南屿省第九届委员会秘书长", None),
        ],
    ),
    "elected_with_no_vote_against": (
        "会议通过选举，章启明零反对票当选南湖市人民政府市长；邢远满票当选南湖市人大常委会主任。",
        [
            ("other", "章启明", "南湖市人民政府市长", None),
            ("other", "邢远", "南湖市人大常委会主任", None),
        ],
    ),
    "pronoun_after_a_person_described_in_its_sentence": (
        # 某省委常委甲是…，他出任X: 他 is 甲, not the person of the list before
        "近期辞职的官员有：东岭省政协副主席穆远川。\n"
        "此外，东岭省委常委祝晓是地方党务系统辞职的副省级官员，他出任东岭大学党委书记。",
        [
            ("other", "穆远川", "东岭省政协副主席", None),
            ("appoint", "祝晓", "东岭大学党委书记", None),
        ],
    ),
    "ben_gongsi_is_the_issuer_not_the_exchange_and_in_full": (
        # the exchange in a listed company's disclaimer is never 本公司; 某集团有限公司 is read whole
        "南屿建工集团有限公司\n企业管治\n本公司已遵守香港联合交易所有限公司证券上市规则所载之守则条文。"
        "于二零一八年八月二十一日，柯毅先生不再担任本公司行政总裁，及韦海涛先生获委任为本公司行政总裁。",
        [
            ("remove", "柯毅", "南屿建工集团有限公司行政总裁", "2018-08-21"),
            ("appoint", "韦海涛", "南屿建工集团有限公司行政总裁", "2018-08-21"),
        ],
    ),
    "decision_titles_listed_with_other_titles": (
        # 《…条例》、《…关于接受甲辞去X职务的请求的决定》、…: each title its own clause
        "会议表决通过了《东岭省公路条例》、《东岭省人民代表大会常务委员会关于接受莫远华辞去东岭省人民政府副省长职务的"
        "请求的决定》、《东岭省人民代表大会常务委员会关于接受沈雅平等辞去有关职务的请求的决定》及人事任免事项。",
        [("other", "莫远华", "东岭省人民政府副省长", None)],
    ),
    "recalled_with_le_after_the_verb": (
        # 被罢免了X职务: 了 after a removing verb; 担任了5年多的… is a span, no act
        "会议还表决通过了代表资格审查的报告。岚原市选出的章芮被罢免了东岭省第十二届人民代表大会代表职务。"
        "他在此前担任了5年多的母校校长。",
        [("other", "章芮", "东岭省第十二届人民代表大会代表", None)],
    ),
    "candidate_elected_after_the_votes": (
        # 正式候选人甲同志获得赞成票N票，…，当选X: the candidate is the subject of 当选
        "人大代表正式候选人喻斌同志获得赞成票912票，赞成率达98%，当选槐原镇第二十届人民代表大会代表。",
        [("other", "喻斌", "槐原镇第二十届人民代表大会代表", None)],
    ),
    "new_heads_listed_by_their_bodies": (
        # 新任校长有：school and name glued, item by item: each the head of the school it names
        "县政府今日举行校长交接典礼。于今日到职生效的新任校长有：新浦国中林景灿、鹿寮国中李财盛、和乐国小江连芳。",
        [
            ("appoint", "林景灿", "新浦国中校长", None),
            ("appoint", "李财盛", "鹿寮国中校长", None),
            ("appoint", "江连芳", "和乐国小校长", None),
        ],
    ),
    "becomes_the_companys_new_head": (
        # 甲成为公司新任总经理 (成为 only before a post holding 新任); the issuer of 发布…变更公告 is 公司
        "1月20日晚间，青岚智恒基金发布高级管理人员变更公告，邵一骥成为公司新任总经理。"
        "他曾成为行业协会的一员。",
        [("appoint", "邵一骥", "青岚智恒基金总经理", None)],
    ),
    "described_head_leaves_office": (
        # 某公司总经理、副董事长、党组副书记甲离任。: each post describing the person ends
        "昨天传来消息：中国南联总经理、副董事长、党组副书记陆安离任。做好干部离任审计工作。",
        [
            ("remove", "陆安", "中国南联总经理", None),
            ("remove", "陆安", "中国南联副董事长", None),
            ("remove", "陆安", "中国南联党组副书记", None),
        ],
    ),
    "month_timeline_of_moves_told_by_the_post_left": (
        # a year's roundup: month headings, each line 时任X甲调任Y / 升任Y (the post left, then the
        # move: the posts printed before the name end)
        "今年以来，多个城市迎来新任市委书记。\n3月\n时任东岭省副省长方立新调任东岭省委常委、南湖市委书记\n"
        "时任西川省委常委、秘书长钟岳升任西川省委副书记\n7月\n时任北河市市长葛平跨省调任中原省委常委、平州市委书记\n"
        "9月，葛平职务再度调整\n",
        [
            ("appoint", "方立新", "东岭省委常委", None),
            ("appoint", "方立新", "南湖市委书记", None),
            ("remove", "方立新", "东岭省副省长", None),
            ("appoint", "钟岳", "西川省委副书记", None),
            ("remove", "钟岳", "西川省委常委", None),
            ("remove", "钟岳", "西川省委秘书长", None),
            ("appoint", "葛平", "中原省委常委", None),
            ("appoint", "葛平", "平州市委书记", None),
            ("remove", "葛平", "北河市市长", None),
        ],
    ),
    "units_of_one_body_side_by_side": (
        # a university's colleges listed after the first one names the university
        "学校决定聘任江涛、许文、戴明分别担任南川大学文学院院长、理学院院长和工学院院长。"
        "任命罗兵为南川大学外国语学院副院长，莫琳为法学院副院长。",
        [
            ("appoint", "江涛", "南川大学文学院院长", None),
            ("appoint", "许文", "南川大学理学院院长", None),
            ("appoint", "戴明", "南川大学工学院院长", None),
            ("appoint", "罗兵", "南川大学外国语学院副院长", None),
            ("appoint", "莫琳", "南川大学法学院副院长", None),
        ],
    ),
    "letters_handed_then_the_post_they_are_hired_to": (
        # 为甲、乙颁发聘书 as a clause of its own; the post follows, for each in turn (分别) or for all
        "典礼上，馆长为宁远、柏青、温涛三位专家颁发聘任证书，分别聘任为西溪博物馆书画研究中心、"
        "陶瓷研究中心、民俗文化与非遗研究中心名誉主任。随后，副馆长为蓝天颁发聘书，聘请其为西溪博物馆顾问。",
        [
            ("appoint", "宁远", "西溪博物馆书画研究中心名誉主任", None),
            ("appoint", "柏青", "西溪博物馆陶瓷研究中心名誉主任", None),
            ("appoint", "温涛", "西溪博物馆民俗文化与非遗研究中心名誉主任", None),
            ("appoint", "蓝天", "西溪博物馆顾问", None),
        ],
    ),
    "press_release_dated_at_its_foot": (
        # 政府今日(三月五日)宣布…: today is the day printed as the release's last line, far below
        "新聞公報\n\n政府今日(三月五日)宣布，行政長官已委任以下人士為海濱發展委員會委員，任期兩年：\n\n"
        "溫家樂先生\n\n麥詠詩女士, JP\n\n"
        "政府發言人表示，委員會成員來自各界。\n\n"
        # paragraphs of policy between (more than a window reaches past the last act)
        + "".join(f"委員會第{n}項工作為推動社區參與，並就公眾教育提供意見。\n\n" for n in range(20))
        + "二○一九年三月五日(星期二)\n",
        [
            ("appoint", "溫家樂", "海濱發展委員會委員", "2019-03-05"),
            ("appoint", "麥詠詩", "海濱發展委員會委員", "2019-03-05"),
        ],
    ),
    "successor_described_then_the_post_in_the_next_clause": (
        # 某省委秘书长甲接替乙，担任…: the successor is described; 甲接替落马的乙，出任…: the predecessor
        "中共中央批准，东川省委秘书长郑和平接替赵立新，担任南岭省委常委、桐州市委书记。"
        "西江汽车公司原董事长邓宏接替落马的马志远，出任北方机械集团公司董事长。",
        [
            ("appoint", "郑和平", "南岭省委常委", None),
            ("appoint", "郑和平", "桐州市委书记", None),
            ("appoint", "邓宏", "北方机械集团公司董事长", None),
        ],
    ),
    "post_then_its_new_holder_by_you": (
        # 某局长(一职)则由某人接任 / 由原某局长某人调任 (that post ends)
        "市政府今天公布人事案，交通局长由原工务局长邱文雄调任，文化局长则由该局副局长蓝静升任，"
        "北海公司董事长则由市府顾问胡振国接任。",
        [
            ("appoint", "邱文雄", "交通局长", None),
            ("remove", "邱文雄", "工务局长", None),
            ("appoint", "蓝静", "文化局长", None),
            ("remove", "蓝静", "文化局副局长", None),  # (由该局副局长升任: the post she leaves)
            ("appoint", "胡振国", "北海公司董事长", None),
        ],
    ),
    "married_names_of_two_surnames_and_council_members": (
        # Hong Kong prints a married woman's two surnames (梁何颖茵); the Executive Council's convenor
        # and unofficial members are its posts
        "行政長官今日委任馮黃慧玲為行政會議召集人，並委任陳林美儀、周子健為行政會議非官守議員。"
        "公務員事務局常任秘書長一職由現任常秘蘇楊淑芬出任。",
        [
            ("appoint", "馮黃慧玲", "行政會議召集人", None),
            ("appoint", "陳林美儀", "行政會議非官守議員", None),
            ("appoint", "周子健", "行政會議非官守議員", None),
            ("appoint", "蘇楊淑芬", "公務員事務局常任秘書長", None),
        ],
    ),
    "posts_then_their_holders_listed_with_dun": (
        # 某处长由甲出任、某局长由乙出任: each item a post, then 由 its holder
        "县政府今日发布人事命令，财政处长由副处长陶立群出任、环保局长由副局长闻静出任、"
        "消防局长由原副局长欧阳平升任。",
        [
            ("appoint", "陶立群", "财政处长", None),
            ("appoint", "闻静", "环保局长", None),
            ("appoint", "欧阳平", "消防局长", None),
        ],
    ),
    "resignation_asked_by_the_person_himself": (
        # 因工作调动，本人申请辞去…职务: the person named in the clause before resigns
        "赵文清同志因工作调动，本人申请辞去县第十八届人民代表大会代表职务。",
        [("other", "赵文清", "县第十八届人民代表大会代表", None)],
    ),
    "described_head_left_some_days_ago": (
        # 某大学党委书记甲已于近日卸任: the post describing the person ends
        "记者从南川大学获悉，南川大学党委书记杜明远已于近日卸任。",
        [("remove", "杜明远", "南川大学党委书记", None)],
    ),
    "new_team_listed_by_title_after_a_colon": (
        # the unit named with 新一届…班子 above; each member by a bare title, names after it
        "东湖医院新一届领导班子宣布大会召开\n"
        "会上宣读了任命通知。新一届领导班子成员为：院长米振华，副院长邝蓉、牛建军，党委书记符立。\n",
        [
            ("appoint", "米振华", "东湖医院院长", None),
            ("appoint", "邝蓉", "东湖医院副院长", None),
            ("appoint", "牛建军", "东湖医院副院长", None),
            ("appoint", "符立", "东湖医院党委书记", None),
        ],
    ),
    "new_holders_listed_after_they_are": (
        # 共有3个市迎来了新任市委书记，他们分别是：post and name pairs (新任 is the act)
        "一年来，全省共有3个市迎来了新任市委书记，他们分别是：清河市委书记韦东升，"
        "云州市委书记阎红和白沙市委书记寇建平。",
        [
            ("appoint", "韦东升", "清河市委书记", None),
            ("appoint", "阎红", "云州市委书记", None),
            ("appoint", "寇建平", "白沙市委书记", None),
        ],
    ),
    "bodies_named_short_and_each_head_taking_his_own": (
        # 某集团公司(下称“某某”): the short name is the body's; 甲、乙分别担任A、B的董事长、党组书记
        "中国远洋渔业集团公司(下称“远渔”)和中国西部建材集团公司(下称“西材”)召开干部大会。"
        "邢立强和包文分别担任远渔和西材的董事长、党组书记。",
        [
            ("appoint", "邢立强", "中国远洋渔业集团公司董事长", None),
            ("appoint", "邢立强", "中国远洋渔业集团公司党组书记", None),
            ("appoint", "包文", "中国西部建材集团公司董事长", None),
            ("appoint", "包文", "中国西部建材集团公司党组书记", None),
        ],
    ),
    "committee_then_appoint_and_reappointment": (
        # 省委任命甲: 省委 then 任命 (no 委任 before a name 命甲); 聘任甲连任…: 连任 is the verb
        "省委任命游建章为南岭师范学院党委书记。董事会同意聘任钟远连任该行行长。",
        [
            ("appoint", "游建章", "南岭师范学院党委书记", None),
            ("appoint", "钟远", "该行行长", None),
        ],
    ),
    "move_told_as_the_news_confirmed": (
        # 甲调任Y的消息由官方确认: the move is the news
        "3月初，东江省委常委、海澄市委书记骆平调任西岭省委副书记的消息由官方确认。",
        [
            ("appoint", "骆平", "西岭省委副书记", None),
            ("remove", "骆平", "东江省委常委", None),
            ("remove", "骆平", "海澄市委书记", None),
        ],
    ),
    "successors_named_then_those_who_left": (
        # 甲、乙分别任A县、B县县委书记，丙(生年)、丁不再担任: each leaves the post in his place
        "近日，白松、田野分别任南川市东溪县、石门县县委书记，邹建(1963年1月生)、韦华不再担任。",
        [
            ("appoint", "白松", "南川市东溪县县委书记", None),
            ("appoint", "田野", "石门县县委书记", None),
            ("remove", "邹建", "南川市东溪县县委书记", None),
            ("remove", "韦华", "石门县县委书记", None),
        ],
    ),
    "announced_then_the_person_and_post": (
        # 某部在某大学宣布，甲为学校党委书记: 宣布 ends its clause; 学校 is the university named
        "1月14日，组织部在北岭交通大学宣布，焦远山为学校党委书记。",
        [("appoint", "焦远山", "北岭交通大学党委书记", None)],
    ),
    "same_day_and_succeeding_with_jieren": (
        # 同日下午: the day told last (19日, in the month of the page's date); 甲接任乙任X: 甲 takes X
        "发布时间:2013-03-22\n19日下午，北岭、南川两省一把手易人，齐振明接替罗伟任北岭省委书记，"
        "欧阳立接任张屹任南川省委书记。同日下午，证监会主席郭树声接替姜平任东山省委副书记。\n",
        [
            ("appoint", "齐振明", "北岭省委书记", "2013-03-19"),
            ("appoint", "欧阳立", "南川省委书记", "2013-03-19"),
            ("appoint", "郭树声", "东山省委副书记", "2013-03-19"),
        ],
    ),
    "long_list_with_a_minority_name_of_five": (
        # a CPPCC's standing members: a Mongolian name of five characters printed without a dot
        "吴海涛、孙建新、白晓燕、娜仁花、乌力吉、陈立东、赛音巴特尔、高峰当选为政协西拉木旗第十届委员会常务委员。",
        [
            ("other", n, "政协西拉木旗第十届委员会常务委员", None)
            for n in ("吴海涛", "孙建新", "白晓燕", "娜仁花", "乌力吉", "陈立东", "赛音巴特尔", "高峰")
        ],
    ),
    "cppcc_members_added_and_two_resignations_accepted": (
        # 甲、乙等N名同志增补为…委员; 接受甲同志请辞X和乙同志请辞Y的决定: each his own
        "会议审议通过了委员增补名单，卫东、祁红、耿立等3名同志增补为九届东川县政协委员；"
        "通过了《关于接受吕长风同志请辞政协东川县第九届委员会常委、委员和温子明同志请辞政协东川县第九届委员会委员的决定》。",
        [
            ("appoint", "卫东", "九届东川县政协委员", None),
            ("appoint", "祁红", "九届东川县政协委员", None),
            ("appoint", "耿立", "九届东川县政协委员", None),
            ("other", "吕长风", "政协东川县第九届委员会常委", None),
            ("other", "吕长风", "政协东川县第九届委员会委员", None),
            ("other", "温子明", "政协东川县第九届委员会委员", None),
        ],
    ),
    "deputies_by_constituency_then_those_above_end": (
        # X选出的甲、Y选出的乙和Z的丙调离…，以上3人的代表资格终止 (a name may hold 和: 谢凤和)
        "2013年1月西岭省第十二届人民代表大会第一次会议时，实有代表887名。后有，驻岭部队选出的邹海、"
        "广安选出的谢凤和、乐平选出的钱明调离西岭，依照代表法的有关规定，以上3人的代表资格终止。",
        [
            ("other", "邹海", "西岭省第十二届人民代表大会代表", None),
            ("other", "谢凤和", "西岭省第十二届人民代表大会代表", None),
            ("other", "钱明", "西岭省第十二届人民代表大会代表", None),
        ],
    ),
    "oath_by_the_newly_appointed_by_post_and_name": (
        # 新任命的某部部长甲、某部部长乙跟诵誓词: pairs after 新任命的, as after 新任
        "领誓人、新任命的全国人大农业委员会副主任委员章立田手抚宪法，宣读誓词。"
        "新任命的交通运输部部长邵文杰、水利部部长罗振荣跟诵誓词。",
        [
            ("appoint", "章立田", "全国人大农业委员会副主任委员", None),
            ("appoint", "邵文杰", "交通运输部部长", None),
            ("appoint", "罗振荣", "水利部部长", None),
        ],
    ),
    "removals_each_with_its_verb_and_a_group": (
        # 免去甲等同志X职务、免去乙等同志Y职务: each item names the first of a group
        "会议表决通过了免去邢东等同志政协西岭省第十届委员会专门委员会主任职务、"
        "免去殷杰等同志政协西岭省第十届委员会专门委员会副主任职务的决定。",
        [
            ("remove", "邢东", "政协西岭省第十届委员会专门委员会主任", None),
            ("remove", "殷杰", "政协西岭省第十届委员会专门委员会副主任", None),
        ],
    ),
    "deputies_listed_then_their_mandates_end": (
        # 2017年…，先后有甲、乙等代表因工作变动调离某区，…其…代表资格自行终止 (a report of 2018)
        "2018年1月8日，西城区完成了区人大代表的补选工作。\n"
        "2017年西城区第十届人大二次会议实有代表169名，先后有韦明、刘亮、田军等代表因工作变动调离西城区，"
        "根据《代表法》第四十九条规定，其西城区第十届人大代表资格自行终止。",
        [
            ("other", "韦明", "西城区第十届人大代表", None),
            ("other", "刘亮", "西城区第十届人大代表", None),
            ("other", "田军", "西城区第十届人大代表", None),
        ],
    ),
    "head_of_a_unit_after_its_party_posts": (
        # 中共某学院委员会委员、副书记，院长: the head's title is the college's, not its party's
        "根据决定，郑立川任中共南安学院委员会委员、副书记，院长。任命何强为中共东湖大学委员会常委、副校长。",
        [
            ("appoint", "郑立川", "中共南安学院委员会委员", None),
            ("appoint", "郑立川", "中共南安学院委员会副书记", None),
            ("appoint", "郑立川", "南安学院院长", None),
            ("appoint", "何强", "中共东湖大学委员会常委", None),
            ("appoint", "何强", "东湖大学副校长", None),
        ],
    ),
    "yesterdays_notice_told_paragraphs_above": (
        # 昨天，某局发布了任职通知。⏎⏎…⏎⏎其中，甲调任…；乙调任…: each takes the notice's day (a
        # paragraph's end and its line break are one stop, not an empty sentence between)
        "2016-09-01 08:27:22 来源: 南浦网\n\n这不，昨天，南浦市教育局发布了任职通知。\n\n"
        "据悉，此次调整的主要原因是交流规定。\n\n"
        "其中，南浦一中副校长司马兰调任南浦六中副校长；南浦六中副校长郑明调任南浦音乐学校校长。\n",
        [
            ("appoint", "司马兰", "南浦六中副校长", "2016-08-31"),
            ("remove", "司马兰", "南浦一中副校长", "2016-08-31"),
            ("appoint", "郑明", "南浦音乐学校校长", "2016-08-31"),
            ("remove", "郑明", "南浦六中副校长", "2016-08-31"),
        ],
    ),
    "listed_company_chair_resigns_to_the_board": (
        # 某某(股票代码:600874)发布公告: 公司 is it; 甲因…，…，向公司董事会辞去…: the board is no person
        "经济网北京11月6日讯 华岳股份(股票代码:600871)今日晚间发布公告称，"
        "公司收到公司董事长郑百林的书面辞职报告，郑百林因达到退休年龄，根据工作安排，"
        "向公司董事会辞去公司董事长、董事职务，辞职后仍将担任公司顾问。",
        [
            ("other", "郑百林", "华岳股份董事长", None),
            ("other", "郑百林", "华岳股份董事", None),
        ],
    ),
    "sworn_new_heads_listed_after_including": (
        # 宣示就任的新任校长包括某大学校长甲、…: the pairs follow 包括, not 新任 (宣示就任 no name)
        "▲本次共有四校新任校长宣示就任。本次宣示就任的新任校长包括南滨科技大学校长蔡忠林、北岭理工大学校长石贻民。",
        [
            ("appoint", "蔡忠林", "南滨科技大学校长", None),
            ("appoint", "石贻民", "北岭理工大学校长", None),
        ],
    ),
    "document_of_the_act_read_out": (
        # 宣读了院党组任命甲同志任Y的文件 / 的通知: the post ends before the document's word
        "院人事局处长宣读了院党组任命覃志远同志任海滨所副所长的文件。会上还宣读了聘任柯敏为海滨所所长助理的通知。",
        [
            ("appoint", "覃志远", "海滨所副所长", None),
            ("appoint", "柯敏", "海滨所所长助理", None),
        ],
    ),
    "issuer_before_its_announcement_is_the_shortest_name": (
        # 某某发布公告: the issuer is 某某 (发布 is no part of its name); 公司 is it
        "日前，恒远数控发布公告宣布，公司董事会收到董事汪明先生递交的辞职报告。汪明先生申请辞去所任公司董事职务。",
        [("other", "汪明", "恒远数控董事", None)],
    ),
    "went_to_a_body_to_serve_and_moved_from_a_post": (
        # 甲赴某局任局长 (a name alone, the body then the title); 乙从X调任Y (as 由X调任Y)
        "卢岩赴央行研究局任局长，曾益民从中大肿瘤防治中心主任调任京华协和医学院校长。",
        [
            ("appoint", "卢岩", "央行研究局局长", None),
            ("appoint", "曾益民", "京华协和医学院校长", None),
            ("remove", "曾益民", "中大肿瘤防治中心主任", None),
        ],
    ),
    "acting_head_who_will_become_the_youngest": (
        # …将成为现任最年轻的省长: a prospect after the act, and 成为现 is no name before 任
        "3月25日，韩立山辞去北岭省省长职务，不满46岁的邵云林被任命为北岭省代理省长，"
        "待转正后，邵云林将成为现任最年轻的省长。",
        [
            ("other", "韩立山", "北岭省省长", None),
            ("appoint", "邵云林", "北岭省代理省长", None),
        ],
    ),
    "issuer_listed_in_two_markets": (
        # 某银行(601328.SH/03328.HK)公告显示，公司…: 公司 is the bank
        "1月3日，东海银行(601398.SH/03398.HK)公告显示，公司已收到批复，核准庞远任公司副行长的任职资格，"
        "庞远已正式就任公司副行长。",
        [("appoint", "庞远", "东海银行副行长", None)],
    ),
    "month_of_the_act_between_the_name_and_the_verb": (
        # 甲已于3月上旬被正式任命为… / 乙本月中旬调任…: the time told stands between the name and the
        # verb; the month is the act's, in the year of the page's date
        "日期: 2019-04-12\n据了解，宁海峰已于3月上旬被正式任命为西河县委书记。"
        "北川市委教育工委书记邵光明本月中旬调任东川市委书记。",
        [
            ("appoint", "宁海峰", "西河县委书记", "2019-03"),
            ("appoint", "邵光明", "东川市委书记", "2019-04-12"),
            ("remove", "邵光明", "北川市委教育工委书记", "2019-04-12"),
        ],
    ),
    "last_month_before_the_verb": (
        # 于上月底获任命为: no name starts at 于 (a surname), the month is no part of the name
        "2020年1月5日电 南湾区区长柯文涛于上月底获任命为全国人大财政经济委员会副主任委员。",
        [("appoint", "柯文涛", "全国人大财政经济委员会副主任委员", "2019-12")],
    ),
    "post_held_by_a_person_of_several_descriptions": (
        # X由律师、某会副主席甲出任 (the name after two descriptions); 昨天新增X由乙担任 (the day and
        # 新增 are no part of the post); X一职由副处长丙暂时兼任
        "律政司副司长由执业律师、青联会副主席柏国良出任。昨天新增环境部长由现任水利署长邝志忠担任。"
        "新闻处处长一职由副处长祁美瑶暂时兼任。",
        [
            ("appoint", "柏国良", "律政司副司长", None),
            ("appoint", "邝志忠", "环境部长", None),
            ("appoint", "祁美瑶", "新闻处处长", None),
        ],
    ),
    "order_reassigning_the_holder_dismisses_him": (
        # 總統令: 特任甲為X。X乙另有任用，應予免職 (the described post of 乙 ends)
        "總統令\n中華民國113年5月20日\n特任柯嘉明為經濟部部長。\n經濟部部長溫宏達另有任用，應予免職。",
        [
            ("appoint", "柯嘉明", "經濟部部長", "2024-05-20"),
            ("remove", "溫宏達", "經濟部部長", "2024-05-20"),
        ],
    ),
    "probation_served_told_of_one_person": (
        # 甲同志X试用期满，(经考核合格，)按期正式任职: a confirmation in one sentence
        "经研究，邝海同志川南市交通运输局副局长试用期已满，经考核合格，按期正式任职。",
        [("confirm", "邝海", "川南市交通运输局副局长", None)],
    ),
    "table_of_old_and_new_holders": (
        # 職稱｜原任｜新任: each row appoints the person of the 新任 column to the post of the 職稱 one
        "（中央社記者台北2日電）行政院今天公布政務官異動名單：\n職稱｜原任｜新任\n"
        "內政部政務次長｜柯明達｜溫俊廷\n文化部部長｜邱素琴｜莊雅雯\n",
        [
            ("appoint", "溫俊廷", "內政部政務次長", None),
            ("appoint", "莊雅雯", "文化部部長", None),
        ],
    ),
    "body_dismisses_the_persons_it_names": (
        # 决定对X所长甲、副所长乙等2人予以免职: each leaves the post he is described by (a bare title is
        # of the first one's organisation); 给予撤职处分 is a revocation
        "经研究，决定对城西税务所所长邹立平、副所长温海等2人予以免职。县纪委对县林业局局长唐国栋给予撤职处分。",
        [
            ("remove", "邹立平", "城西税务所所长", None),
            ("remove", "温海", "城西税务所副所长", None),
            ("other", "唐国栋", "县林业局局长", None),
        ],
    ),
    "resignation_adopted_as_a_request_to_resign": (
        # 通过了甲辞去X职务的请辞: the request (请辞) is no part of the post
        "会议表决通过了汪立成因到龄退休辞去市人大常委会副主任职务的请辞。",
        [("other", "汪立成", "市人大常委会副主任", None)],
    ),
    "elected_deputies_with_long_notes_in_brackets": (
        # 补选甲(某市委常委、纪委书记)、乙(…)三位同志为…代表: notes with 、 and many posts in them
        "会议同意补选邱国平(中共临水市委常委、纪委书记)、汤少华(中共临水县委副书记、县长)、"
        "龚启文(临水能源投资集团有限公司党委副书记、纪委书记、工会主席)三位同志为临水市第九届人民代表大会代表。",
        [
            ("other", "邱国平", "临水市第九届人民代表大会代表", None),
            ("other", "汤少华", "临水市第九届人民代表大会代表", None),
            ("other", "龚启文", "临水市第九届人民代表大会代表", None),
        ],
    ),
    "resignation_told_as_a_report_and_after_a_long_reason": (
        # 审议了甲辞去X职务的报告 (a township congress); 乙因上级组织安排工作变动原因，申请辞去…;
        # 丙屆齡65歲退休 (the post he is described by)
        "会议听取和审议了裘凯同志辞去石门镇副镇长职务的报告。"
        "鼎信股份(603177.SH)发布公告，龚岚因上级组织安排工作变动原因，申请辞去公司董事长职务。"
        "桐北市立醫院院長賴慶雄屆齡65歲退休。",
        [
            ("other", "裘凯", "石门镇副镇长", None),
            ("other", "龚岚", "鼎信股份董事长", None),
            ("other", "賴慶雄", "桐北市立醫院院長", None),
        ],
    ),
    "acting_holder_named_after_the_post": (
        # X职务暂由甲代理 / X一职先由乙代理: acting posts, 代理 after the organisation or before a unit's
        # head run into its title (代理文化处长)
        "文化处长职务暂由副处长柯一洁代理、卫生局副局长职务暂由科长薛珊代理。海委会主委一职先由副主委林正荣代理。",
        [
            ("appoint", "柯一洁", "代理文化处长", None),
            ("appoint", "薛珊", "卫生局代理副局长", None),
            ("appoint", "林正荣", "海委会代理主委", None),
        ],
    ),
    "day_in_chinese_numerals_between_the_name_and_the_verb": (
        # 甲将于今年九月十六日出任X: the day, in Chinese numerals, is no part of the name
        "现任工业贸易署署长邝智恒将于今年九月十六日出任海关关长。",
        [("appoint", "邝智恒", "海关关长", None)],
    ),
    "election_congratulated": (
        # 某书记对甲同志当选X表示祝贺: the election is told as what is congratulated
        "会上，县委书记王青山对翟玉文同志当选县长表示热烈祝贺。",
        [("other", "翟玉文", "县长", None)],
    ),
    "short_name_defined_with_xia_jiancheng": (
        # 某集团总公司（下简称某集团）…甲同志同时担任某集团外部董事、董事长: the short name is written in
        # full; 同时 stands between the name and the verb
        "6月11日，在中国华药集团总公司（下简称华药集团）召开的干部大会上，国资委宣布，"
        "现任中国轻工集团董事长的邝志远同志同时担任华药集团外部董事、董事长。",
        [
            ("appoint", "邝志远", "中国华药集团总公司外部董事", None),
            ("appoint", "邝志远", "中国华药集团总公司董事长", None),
        ],
    ),
    "causative_before_the_name_and_former_post_after_it": (
        # 让甲同志担任X (让 is no part of the name); 新任Y乙原任Z: 原任 tells the post held before (no
        # act, and no name 柏宏原), 新任 the one taken
        "局长在讲话中说，让邝海同志担任华药集团董事长，是一次新的探索。新任交通局长邱柏宏原任市交通局副局长。",
        [("appoint", "邝海", "华药集团董事长", None), ("appoint", "邱柏宏", "交通局长", None)],
    ),
    "resignation_letter_received_then_its_writer_resigns": (
        # 收到甲的辞职报告，其因个人原因辞去公司X、Y职务: 其 is the letter's writer, 公司 the issuer
        "3月16日，华园美科技股份有限公司发布公告称，收到邝南的辞职报告，其因个人原因辞去公司董事、董事会秘书职务。",
        [
            ("other", "邝南", "华园美科技股份有限公司董事", None),
            ("other", "邝南", "华园美科技股份有限公司董事会秘书", None),
        ],
    ),
    "promoted_to_posts_of_two_companies": (
        # 甲同志晋级担任A公司X、Y，B公司Z: 晋级 is no name; the second company's posts go on the list
        "经集团党委常委会研究决定：唐正文同志晋级担任青河钢铁集团有限责任公司执行董事、经理，"
        "青河钢铁股份有限公司党委书记、董事长，按照相关规定履行任职程序。",
        [
            ("appoint", "唐正文", "青河钢铁集团有限责任公司执行董事", None),
            ("appoint", "唐正文", "青河钢铁集团有限责任公司经理", None),
            ("appoint", "唐正文", "青河钢铁股份有限公司党委书记", None),
            ("appoint", "唐正文", "青河钢铁股份有限公司董事长", None),
        ],
    ),
    "appointed_on_probation_with_a_headcount_after": (
        # 甲同志试用任X兼Y (试用任: appointed on probation); 以及7名同志任…: a headcount, no post of 乙's
        "根据校任字[2017]6号文件，任命葛文达同志试用任科学技术研究院副院长兼国防科研处处长，"
        "卢建华同志试用任科学技术研究院副院长以及7名同志任相关处副处长。",
        [
            ("appoint", "葛文达", "科学技术研究院副院长", None),
            ("appoint", "葛文达", "科学技术研究院国防科研处处长", None),
            ("appoint", "卢建华", "科学技术研究院副院长", None),
        ],
    ),
    "acting_head_decided_with_wei": (
        # 会议决定甲为某市人民政府代理市长: 决定 is the verb (no 任命)
        "26日举行的临江市十三届人大常委会第三十八次会议经投票表决，决定柳海雄为临江市人民政府代理市长。",
        [("appoint", "柳海雄", "临江市人民政府代理市长", None)],
    ),
    "promoted_by_a_move_after_a_comma": (
        # 某集团董事、党组副书记甲，调升某集团总经理: 调升 moves him as 调任 does (the posts before end)
        "例如，华光集团董事、党组副书记孙向华，调升大河集团总经理。",
        [
            ("appoint", "孙向华", "大河集团总经理", None),
            ("remove", "孙向华", "华光集团董事", None),
            ("remove", "孙向华", "华光集团党组副书记", None),
        ],
    ),
    "word_of_sequence_after_a_list_item": (
        # 秘书长：甲(兼)⏎⏎另外，…: 另外 (a surname's character first) is no one elected
        "政协全体会议下午选出第十三届全国政协领导人。\n\n政协十三届全国委员会\n\n主席：汪平\n\n"
        "秘书长：夏宝生(兼)\n\n另外，获选的300名政协常委，包括港区政协委员。",
        [
            ("other", "汪平", "政协十三届全国委员会主席", None),
            ("other", "夏宝生", "政协十三届全国委员会秘书长", None),
        ],
    ),
    "names_listed_under_a_count_of_the_elected": (
        # 选举产生的N名X中，…。他们是：(note)甲、乙: the names listed are elected to X
        "选举产生的298名全国政协常委中，来自港区的常委有16人。他们是：(按姓氏笔划排名)伍淑华、刘汉明、许仕杰。",
        [
            ("other", "伍淑华", "全国政协常委", None),
            ("other", "刘汉明", "全国政协常委", None),
            ("other", "许仕杰", "全国政协常委", None),
        ],
    ),
    "retired_for_whom_the_posts_are_filled": (
        # 因原甲区长A、乙区长B退休，…: each retires from the post he is described by (因 is no part of it)
        "民政局表示，因原土川区长邱武明、瑞溪区长简华平退休，区长职位将另行派任。",
        [
            ("other", "邱武明", "土川区长", None),
            ("other", "简华平", "瑞溪区长", None),
        ],
    ),
    "council_elects_its_speakers_by_votes": (
        # 某县议会…选举，…甲以28票当选议长、乙以23票当选副议长: the council's own posts, each item
        # with its votes
        "(图/记者摄)栗川縣議會25日舉行第19屆議員宣誓就職典禮及議長副議長選舉,經全數38名議員投票結束,"
        "國民黨縣議員鄧東明以28票當選議長、吳文華以23票當選副議長。",
        [
            ("other", "鄧東明", "栗川縣議會議長", None),
            ("other", "吳文華", "栗川縣議會副議長", None),
        ],
    ),
    "next_month_between_the_name_and_the_verb": (
        # 甲下月一日出任X: the day to come is no part of the name
        "【本报消息】旅游局执照及监察厅长林蔚华下月一日出任新闻局长，行政长官回应了选择她的原因。",
        [("appoint", "林蔚华", "新闻局长", None)],
    ),
    "described_holder_kept_for_a_new_term": (
        # 某局政治助理甲则延任 / 乙局长丙续任: the post he is described by, held for a new term
        "政府再宣布委任一名副局长，林展华出任民政事务局副局长，教育局政治助理区志明则延任。",
        [
            ("appoint", "林展华", "民政事务局副局长", None),
            ("appoint", "区志明", "教育局政治助理", None),
        ],
    ),
    "board_members_named_under_a_press_release": (
        # 政府今日宣布委任两名某委员会(某会)新成员…。两名新成员为甲及乙。三名再度获委任两年的成员为
        # 丙、丁博士及戊: each appointed a member of the board
        "政府今日宣布委任两名海港规划咨询委员会(海咨会)新成员及再度委任三名现任成员。\n\n"
        "两名新成员为彭韵思及叶冠华。\n\n三名再度获委任两年的成员为区佩玲、洪霏博士及胡建文。",
        [
            ("appoint", "彭韵思", "海港规划咨询委员会成员", None),
            ("appoint", "叶冠华", "海港规划咨询委员会成员", None),
            ("appoint", "区佩玲", "海港规划咨询委员会成员", None),
            ("appoint", "洪霏", "海港规划咨询委员会成员", None),
            ("appoint", "胡建文", "海港规划咨询委员会成员", None),
        ],
    ),
    "removal_list_goes_on_with_a_post_of_a_place_named_before": (
        # 免去甲中共某新区工委书记、委员，某新区管委会主任职务: 兰泉新 is no name (the place was named)
        "省委决定：免去郝锐同志中共兰泉新区工作委员会书记、委员，兰泉新区管理委员会主任职务。",
        [
            ("remove", "郝锐", "中共兰泉新区工作委员会书记", None),
            ("remove", "郝锐", "中共兰泉新区工作委员会委员", None),
            ("remove", "郝锐", "兰泉新区管理委员会主任", None),
        ],
    ),
    "holder_described_with_his_age": (
        # 某行57岁行长甲辞任: the age is no part of the post
        "华丰银行57岁行长郑钧明辞任，今年刚连任不到5个月",
        [("other", "郑钧明", "华丰银行行长", None)],
    ),
    "promoted_from_the_post_held_then": (
        # 时任X甲升任Y: the post held then ends (a roundup's line)
        "10月\n时任宁川市市长韩丽明升任江苏省委常委、宁川市委书记",
        [
            ("appoint", "韩丽明", "江苏省委常委", None),
            ("appoint", "韩丽明", "宁川市委书记", None),
            ("remove", "韩丽明", "宁川市市长", None),
        ],
    ),
    "committee_set_up_under_the_board": (
        # 不再担任公司董事会下设的战略委员会召集人: 下设的 is no part of the post
        "穗丰股份发布公告，郑百明因到龄退休，辞去公司董事长职务，同时不再担任公司董事会下设的战略委员会召集人。",
        [
            ("other", "郑百明", "穗丰股份董事长", None),
            ("remove", "郑百明", "穗丰股份董事会战略委员会召集人", None),
        ],
    ),
    "designated_to_act_as_head": (
        # 县政府指派某乡公所秘书甲代理乡长职务: 指派 is no part of the organisation
        "嘉丰县政府依地方制度法规定，指派竹埔乡公所秘书林正文代理乡长职务。",
        [("appoint", "林正文", "竹埔乡公所代理乡长", None)],
    ),
    "description_with_wei_after_a_full_stop": (
        # 选举甲为X。乙为本澳知名商人、…: after a full stop in running text, 乙为… describes him (no item
        # of the list before)
        "会议选举何乐文为市政咨询委员会主席。梁岸明为本澳知名商人、商会永远荣誉会长。",
        [("other", "何乐文", "市政咨询委员会主席", None)],
    ),
    "chiefs_leave_the_leadership_at_the_age_limit": (
        # 甲公司原董事长A、乙公司原董事长B到龄退出领导班子: each leaves the post described (原 and an age,
        # 63岁的, are no part of it)
        "据报道，中石华原董事长傅承明、63岁的北油董事长邹继文到龄退出领导班子。",
        [
            ("other", "傅承明", "中石华董事长", None),
            ("other", "邹继文", "北油董事长", None),
        ],
    ),
    "spokesperson_appointed": (
        # 发言人 is a post (行政会发言人, 市府发言人)
        "行政长官委任郑永明担任行政会发言人。市府发言人由现任副发言人李政文接任。",
        [
            ("appoint", "郑永明", "行政会发言人", None),
            ("appoint", "李政文", "市府发言人", None),
        ],
    ),
    "roundup_lines_open_with_the_posts_held": (
        # a roundup prints one move a line, no stop at the end, the person described before the name:
        # each line is an item of its own (not one post running over the next lines)
        "南岭省近日人事调整如下。\n\n东港市委书记林建平履新南岭省委副书记\n\n"
        "西川市市长高志远履新东港市委书记\n\n南岭省财政厅厅长周明履新西川市市长\n",
        [
            ("appoint", "林建平", "南岭省委副书记", None),
            ("remove", "林建平", "东港市委书记", None),
            ("appoint", "高志远", "东港市委书记", None),
            ("remove", "高志远", "西川市市长", None),
            ("appoint", "周明", "西川市市长", None),
            ("remove", "周明", "南岭省财政厅厅长", None),
        ],
    ),
    "successor_named_after_a_removal_or_a_move": (
        # 免去甲X职务，乙接任: the successor takes the post removed; 甲调任Y，其职由乙接任: the office the
        # move ended (not the rank described with it)
        "经研究，免去周卫东北川市委书记职务，韩立新接任。"
        "南岭省委常委、组织部部长高明调任东港市委书记，其职由孙志刚接任。",
        [
            ("remove", "周卫东", "北川市委书记", None),
            ("appoint", "韩立新", "北川市委书记", None),
            ("appoint", "高明", "东港市委书记", None),
            ("remove", "高明", "南岭省委常委", None),
            ("remove", "高明", "南岭省委组织部部长", None),
            ("appoint", "孙志刚", "南岭省委组织部部长", None),
        ],
    ),
    "successor_of_the_post_of_its_own_sentence": (
        # 该职务由乙接任 takes the post read in its sentence, never one of a sentence before
        "农会副总经理汤丽文接任财务局长。现任观光局长詹玉琪日前传出有意请辞，该职务由何美玲接任。",
        [("appoint", "汤丽文", "财务局长", None)],
    ),
    "wrapped_list_of_names_runs_on": (
        # a page's line ends inside a list (…、舒⏎慧林同志的…): the break is layout, the name one
        "任免决定：项延平同志任中共东江大学委员会常委；免\n去刘淑文同志的中共东江大学委员会副书记，邱明、陈南松、舒\n"
        "慧林同志的中共东江大学委员会常委职务。",
        [
            ("appoint", "项延平", "中共东江大学委员会常委", None),
            ("remove", "刘淑文", "中共东江大学委员会副书记", None),
            ("remove", "邱明", "中共东江大学委员会常委", None),
            ("remove", "陈南松", "中共东江大学委员会常委", None),
            ("remove", "舒慧林", "中共东江大学委员会常委", None),
        ],
    ),
    "wrapped_names_after_a_count": (
        # …、何雪兰(女)、黄⏎如松、林金海。: the line below is the same list, not a list of its own
        "受邀将出任行政会委员的5人分别是：陈海云(女)、梁庆文、何雪兰(女)、黄\n如松、林金海。",
        [
            ("appoint", "陈海云", "行政会委员", None),
            ("appoint", "梁庆文", "行政会委员", None),
            ("appoint", "何雪兰", "行政会委员", None),
            ("appoint", "黄如松", "行政会委员", None),
            ("appoint", "林金海", "行政会委员", None),
        ],
    ),
    "wrapped_titles_are_no_names": (
        # 市委书记、常委、委员职务 on a line of its own is the end of a post list, not a list of names
        "会议宣布省委决定：任泽民同志任淮水市委书记；沈志强同志不再担任中共淮水\n市委书记、常委、委员职务。",
        [
            ("appoint", "任泽民", "淮水市委书记", None),
            ("remove", "沈志强", "中共淮水市委书记", None),
            ("remove", "沈志强", "中共淮水市委常委", None),
            ("remove", "沈志强", "中共淮水市委委员", None),
        ],
    ),
    "wrapped_sentence_before_a_name_and_its_move": (
        # …，东山市委常委、秘书长⏎王显文调任…: a clause wrapped before the name, not a roundup's item
        "此外，还有两人跨省任职。东山市委常委、副市长陈立平调任西岭省副省长，东山市委常委、秘书长\n"
        "王显文调任南川省副省长。",
        [
            ("appoint", "陈立平", "西岭省副省长", None),
            ("remove", "陈立平", "东山市委常委", None),
            ("remove", "陈立平", "东山市副市长", None),
            ("appoint", "王显文", "南川省副省长", None),
            ("remove", "王显文", "东山市委常委", None),
            ("remove", "王显文", "东山市委秘书长", None),
        ],
    ),
    "wrapped_after_a_colon_and_its_verb": (
        # 组成人员：任命甲为⏎X: a clause wrapped after 为, not a post and its names
        "此次决定任命的共计三位市政府组成人员：任命汪立强为\n南江市经济和信息化委员会主任，孙海文为商务委员会主任，"
        "马丽芳为民政局局长。",
        [
            ("appoint", "汪立强", "南江市经济和信息化委员会主任", None),
            ("appoint", "孙海文", "南江市商务委员会主任", None),
            ("appoint", "马丽芳", "南江市民政局局长", None),
        ],
    ),
    "wrapped_clause_is_no_unit_of_our_own": (
        # 我院 stands for the unit the page heads with; 厅党组对我院 (a clause after a break) names none
        "东江水利规划设计院\n12月26日上午，我院召开干部大会，宣布省水利\n厅党组对我院党委书记、院长职务任免的通知。"
        "经厅党组研究决定，任命陈春明同志为院党委书记，免去其院长职务。",
        [
            ("appoint", "陈春明", "东江水利规划设计院党委书记", None),
            ("remove", "陈春明", "东江水利规划设计院院长", None),
        ],
    ),
    "wrapped_short_name_defined": (
        # （以下简⏎称高新区管委会）: the definition read across the break
        "槐江市人民政府关于任免槐江高新技术产业开发区管理委员会领导职务的通知\n市政府决定：\n"
        "一、任命卢振华为槐江高新技术产业开发区管理委员会（以下简\n称高新区管委会）主任；\n"
        "二、任命田宇飞为高新区管委会副主任。",
        [
            ("appoint", "卢振华", "槐江高新技术产业开发区管理委员会主任", None),
            ("appoint", "田宇飞", "槐江高新技术产业开发区管理委员会副主任", None),
        ],
    ),
    "wrapped_name_ends_on_the_next_line": (
        # …、王嘉⏎睿、汪正平…: the line below opens with the end of a name
        "会议选出的政协第十二届东山省委员会副主席是：邬青林、冷继文、\n韩启明、董剑华、万岗山、林雯清、王嘉\n"
        "睿、汪正平、马彪文。\n",
        [
            ("other", name, "政协第十二届东山省委员会副主席", None)
            for name in (
                "邬青林",
                "冷继文",
                "韩启明",
                "董剑华",
                "万岗山",
                "林雯清",
                "王嘉睿",
                "汪正平",
                "马彪文",
            )
        ],
    ),
    "wrapped_before_tongzhi": (
        # …；伍凯文⏎同志任…: 同志 opens no roundup item (it is no name)
        "省委组织部副部长宣布省委决定：\n汪忠明同志任辽川市委书记，不再担任辽川市市长职务；伍凯文\n"
        "同志任辽川市委副书记，免去其海连市副市长职务。",
        [
            ("appoint", "汪忠明", "辽川市委书记", None),
            ("remove", "汪忠明", "辽川市市长", None),
            ("appoint", "伍凯文", "辽川市委副书记", None),
            ("remove", "伍凯文", "海连市副市长", None),
        ],
    ),
    "wrapped_adoption_line_above_a_committee": (
        # （…第一次会⏎议通过）: one date line in brackets over two lines, the committee's name below it
        "关于霖州市第十七届人民代表大会专门委员会主任委员名单的决定\n"
        "（2022年1月14日霖州市第十七届人民代表大会第一次会\n议通过）\n"
        "霖州市第十七届人民代表大会法制委员会\n主任委员：周海峰\n",
        [("other", "周海峰", "霖州市第十七届人民代表大会法制委员会主任委员", "2022-01-14")],
    ),
    "vacancy_filled_by_a_described_person": (
        # X職缺由現任Y甲接任 / X遗缺由乙接任: the vacancy's post is taken (職缺, 遗缺 are no part of it)
        "山海文化中心主任職缺由現任國立海洋博物館副館長許玉芬接任。东港市财政局局长遗缺由副局长李明华接任。",
        [
            ("appoint", "許玉芬", "山海文化中心主任", None),
            ("appoint", "李明华", "东港市财政局局长", None),
        ],
    ),
    "wrapped_inside_a_stock_code": (
        # 东原车轴(600498.S⏎H): the bracket closes just below; the company is named, not 公司
        "中国经济网北京10月29日讯东原车轴(600498.S\nH)今日发布关于公司董事长辞职的公告。"
        "东原车轴董事会于近日收到公司董事长郑朝明的书面辞职报告，郑朝明申请辞去公司董事长职务。",
        [("other", "郑朝明", "东原车轴董事长", None)],
    ),
    "wrapped_after_a_name_s_first_character": (
        # …职务，郭⏎树森任代理省长: one character after a comma is a name's start, not a clause
        "代理省长任免：\n3月28日，骆成文辞去西海省省长职务，郝\n志强任代理省长；3月29日，姜立新辞去东山省省长职务，郭\n"
        "树森任代理省长。",
        [
            ("other", "骆成文", "西海省省长", None),
            ("appoint", "郝志强", "西海省代理省长", None),
            ("other", "姜立新", "东山省省长", None),
            ("appoint", "郭树森", "东山省代理省长", None),
        ],
    ),
    "wrapped_titles_after_a_name": (
        # 决定甲任某市副⏎市长、代市长: a line of titles is no list of names
        "会议接受沈明华同志辞去澄州市市长职务的请求，决定汪建同志任澄州市副\n市长、代市长。",
        [
            ("other", "沈明华", "澄州市市长", None),
            ("appoint", "汪建", "澄州市副市长", None),
            ("appoint", "汪建", "澄州市代市长", None),
        ],
    ),
    "roundup_items_numbered_with_circles": (
        # ①甲任X⏎②乙任Y: a circled number opens an item (and is no digit of the post before)
        "本周人事\n①林海涛任东河市人大常委会主任\n②王建任西江市委书记\n",
        [("appoint", "林海涛", "东河市人大常委会主任", None), ("appoint", "王建", "西江市委书记", None)],
    ),
    "then_holder_steps_down": (
        # 某公司时任董事长甲卸任: 时任 (then) describes the post the person leaves; the leaving is news
        "今年3月，南方汽车时任董事长邓建国卸任，这一职位空缺7个多月后终于敲定人选。",
        [("remove", "邓建国", "南方汽车董事长", None)],
    ),
    "name_of_two_common_surnames_then_an_address": (
        # 余林女士: 余 and 林 are both surnames, but 女士 is how she is addressed, no given name
        "同意聘任余林女士为东川新能源股份有限公司总经理。",
        [("appoint", "余林", "东川新能源股份有限公司总经理", None)],
    ),
    "compound_surname_writes_the_letter": (
        # 收到上官军亮的辞职报告，其因…辞去: the writer's name of four, with a compound surname
        "3月16日，粤园美科科技股份有限公司发布公告称，收到上官军亮的辞职报告，其因个人原因辞去公司董事会秘书职务。",
        [("other", "上官军亮", "粤园美科科技股份有限公司董事会秘书", None)],
    ),
    "compound_surname_in_a_list_of_deputies": (
        # a list of deputies read back over its items: one of four characters (欧阳琳海) is an item too
        "市八届人大代表黎芳伟、欧阳琳海、袁云、许丽因工作岗位变动，调离东州市。"
        "根据有关规定，黎芳伟、欧阳琳海、袁云、许丽的代表资格终止。",
        [("other", name, "市八届人大代表", None) for name in ("黎芳伟", "欧阳琳海", "袁云", "许丽")],
    ),
    "name_of_two_after_guanyu": (
        # 关于周斌同志任职的决定：她任…: 于 is 关于's, the name is of two (and 她 is that person)
        "会上宣读了省委关于周斌同志任职的决定：她任澄湖师范大学党委副书记、校长。",
        [
            ("appoint", "周斌", "澄湖师范大学党委副书记", None),
            ("appoint", "周斌", "澄湖师范大学校长", None),
        ],
    ),
    "name_of_two_before_a_word": (
        # 县长蔡俊向宪法宣誓 / 常务副校长宋平则为…: 向 and 则 start the words after a name of two
        "3月24日上午，新当选的岳东县人民政府县长蔡俊向宪法庄重宣誓。"
        "此次任命中，新任中山大学常务副校长(正厅级)宋平则为年龄压线的一位。",
        [
            ("other", "蔡俊", "岳东县人民政府县长", None),
            ("appoint", "宋平", "中山大学常务副校长", None),
        ],
    ),
    "surname_ren_is_no_verb": (
        # 任华海同志任X / 任命王五、任艳为Y: a 任 opening a name (before 同志, after a list's 、)
        "任华海同志任东川市财政局局长。决定任命王五、任艳为东川市副市长。",
        [
            ("appoint", "任华海", "东川市财政局局长", None),
            ("appoint", "王五", "东川市副市长", None),
            ("appoint", "任艳", "东川市副市长", None),
        ],
    ),
    "former_post_after_a_name_of_two": (
        # 免去吴鹏原某厅厅长职务: 原 (former) stands between the name and the post
        "决定任命吴昌华为自治区公安厅厅长，免去吴鹏原自治区公安厅厅长职务。",
        [
            ("appoint", "吴昌华", "自治区公安厅厅长", None),
            ("remove", "吴鹏", "自治区公安厅厅长", None),
        ],
    ),
    "ascii_full_stop_before_a_date": (
        # 市长.2月28日: a page printing ASCII full stops ends its sentence before the next day (only
        # a point between digits, 2.5, is none)
        "2月22日,柳川市第十三届人民代表大会第五次会议选举肖文彬为柳川市人民政府市长."
        "2月28日,防海市第五届人民代表大会第四次会议选举何朝兴为防海市人民政府市长.",
        [
            ("other", "肖文彬", "柳川市人民政府市长", None),
            ("other", "何朝兴", "防海市人民政府市长", None),
        ],
    ),
    "gloss_printed_inside_the_verb": (
        # 任(rèn)命, 請(qǐng)辭: a page's pinyin gloss inside the act's own word still lets it be found
        "會議決定任(rèn)命張明為雪域自治區財政廳廳長。另據報道，王建國請(qǐng)辭東川市市長職務。",
        [
            ("appoint", "張明", "雪域自治區財政廳廳長", None),
            ("other", "王建國", "東川市市長", None),
        ],
    ),
    "name_before_a_known_prefecture": (
        # 免去张三张家口市…职务 (no 的): the name ends where a province or prefecture begins, whose
        # name may be of three or four characters, or end in 盟 or an autonomous prefecture's peoples;
        # or a county or district jieba's dictionary knows (石景山区)
        "经研究决定：免去张军张家口市财政局局长职务；免去李明阿拉善盟审计局局长职务；"
        "免去周涛恩施土家族苗族自治州教育局副局长职务；免去王强石景山区卫生健康委员会主任职务。",
        [
            ("remove", "张军", "张家口市财政局局长", None),
            ("remove", "李明", "阿拉善盟审计局局长", None),
            ("remove", "周涛", "恩施土家族苗族自治州教育局副局长", None),
            ("remove", "王强", "石景山区卫生健康委员会主任", None),
        ],
    ),
    "outgoing_board_members_thanked": (
        # a press release that names the board (委任甲出任某委员会主席) thanks those leaving it
        # (即将卸任的主席乙和成员丙教授): each leaves the board, with the title printed before the names
        "政府今日宣布，民政事务局局长委任林德文出任青年发展咨询委员会主席，任期两年。"
        "政府发言人表示，十分感谢即将卸任的主席何国强和成员陈志明教授、黄美玲，在过去数年对委员会作出贡献。",
        [
            ("appoint", "林德文", "青年发展咨询委员会主席", None),
            ("remove", "何国强", "青年发展咨询委员会主席", None),
            ("remove", "陈志明", "青年发展咨询委员会成员", None),
            ("remove", "黄美玲", "青年发展咨询委员会成员", None),
        ],
    ),
    "wrapped_list_before_its_verb": (
        # a line of names, then 为 at the head of the line below: the list's clause goes on
        "4月28日，教育部任命陈立新为东滨大学常务副校长，\n蔡文华、桂宏明、许芸芳、金海涛\n为副校长。",
        [
            ("appoint", "陈立新", "东滨大学常务副校长", None),
            *(("appoint", name, "东滨大学副校长", None) for name in ("蔡文华", "桂宏明", "许芸芳", "金海涛")),
        ],
    ),
    "wrapped_word_before_a_verb_line": (
        # …分别是：新⏎任命的…: 新任命 cut by the line's end, not a list's verb opening a line
        "现场进行宣誓的2人分别是：新\n任命的省人大常委会副秘书长覃作良、省人大常委会法制工作委员会副主任汪守文。",
        [
            ("appoint", "覃作良", "省人大常委会副秘书长", None),
            ("appoint", "汪守文", "省人大常委会法制工作委员会副主任", None),
        ],
    ),
    "wrapped_verb_after_a_list_of_names": (
        # …、牛丽萍当⏎选为副主任: a line of names ending with a verb's first character is no list alone
        "其中，鲍玉成当选西山区第十五届人民代表大会常务委员会主任，\n卜生华、田玉明、牛丽萍当\n选为副主任。",
        [
            ("other", "鲍玉成", "西山区第十五届人民代表大会常务委员会主任", None),
            *(
                ("other", name, "西山区第十五届人民代表大会常务委员会副主任", None)
                for name in ("卜生华", "田玉明", "牛丽萍")
            ),
        ],
    ),
    "letter_spaced_page": (
        # a PDF's text layer with a space between its characters: 当 选, 辞 去 are still acts
        "东 川 市 第 十 五 届 人 民 代 表 大 会 第 一 次 会 议 选 举 张 明 为 东 川 市 人 民 政 府 市 长 。\n"
        "王 建 国 当 选 为 东 川 市 人 大 常 委 会 主 任 。\n李 文 辞 去 东 川 市 副 市 长 职 务 。\n",
        [
            ("other", "张明", "东川市人民政府市长", None),
            ("other", "王建国", "东川市人大常委会主任", None),
            ("other", "李文", "东川市副市长", None),
        ],
    ),
    "roundup_items_parted_by_bullets": (
        # ▶ opens an item, also inside a line after a city's name (北川▶甲履新…▶乙履新…)
        "各市主要负责人调整一览：\n▶林建平履新省商务厅厅长\n北川▶高志远履新北川市委书记▶周明履新北川市长\n",
        [
            ("appoint", "林建平", "省商务厅厅长", None),
            ("appoint", "高志远", "北川市委书记", None),
            ("appoint", "周明", "北川市长", None),
        ],
    ),
    "chair_and_deputy_elected_together": (
        # 正、副议长 / 正副主席 with two names: the first is the chair, the second the deputy
        "梅川市议会昨日改选，许志明、庄丽娟分别当选市议会正、副议长。会议选举韦国栋、蒙秀英为乡人大正副主席。",
        [
            ("other", "许志明", "市议会议长", None),
            ("other", "庄丽娟", "市议会副议长", None),
            ("other", "韦国栋", "乡人大主席", None),
            ("other", "蒙秀英", "乡人大副主席", None),
        ],
    ),
    "post_alone_then_the_passive": (
        # 至于X一职，由甲出任: the post in a clause of its own before 由
        "至于环境局局长一职，由现任副局长卢家豪出任。",
        [("appoint", "卢家豪", "环境局局长", None)],
    ),
    "acting_in_the_passive": (
        # 由甲署任 / 由某单位副职乙代理: an acting post, however long the description before the name
        "港务公司董事长一职由交通局副局长吕文彬署任。港务局局长由港务公司副总经理甘志明代理。",
        [
            ("appoint", "吕文彬", "港务公司代理董事长", None),
            ("appoint", "甘志明", "港务局代理局长", None),
        ],
    ),
    "the_bank_is_not_the_banking_industry": (
        # 该行 is the bank named before, not 中国银行 read out of 中国银行业监督管理机构
        "南屏银行公告称，董事会选举邵志宏为董事长，邵志宏将自中国银行业监督管理机构核准之日起就任。"
        "该行行长一职由副行长冯立群接任。",
        [
            ("other", "邵志宏", "南屏银行董事长", None),
            ("appoint", "冯立群", "南屏银行行长", None),
        ],
    ),
    "described_person_then_a_day_before_the_verb": (
        # 某局局长甲，将于3月30日出任… / 十一月一日起兼任… / 昨日在某会议上被任命为…: the clause after
        # the described person opens with the day or the meeting, then the verb
        "现任市交通局局长何慧贞，将于3月30日出任市港务局局长。市卫健委副主任彭志远，十一月一日起兼任市疾控中心主任。"
        "北岭省委副书记唐逸群，昨日在省人大常委会会议上被任命为北岭省副省长。",
        [
            ("appoint", "何慧贞", "市港务局局长", None),
            ("appoint", "彭志远", "市疾控中心主任", None),
            ("appoint", "唐逸群", "北岭省副省长", None),
        ],
    ),
    "elected_list_repeated_by_dangxuan": (
        # 大会选举甲、乙、丙当选为…: the names between the electing verb and 当选 are all elected (a day
        # with no month or year gives no date)
        "16日，县政协十届三次会议选举潘德明、鲁晓燕、龙志刚当选为县政协副主席。",
        [
            ("other", "潘德明", "县政协副主席", None),
            ("other", "鲁晓燕", "县政协副主席", None),
            ("other", "龙志刚", "县政协副主席", None),
        ],
    ),
    "passive_with_several_people": (
        # X由甲和乙出任 / X职务分别由副院长丙、丁出任: everyone in the 由 slot takes the post
        "农学院副院长由章立军和辛悦出任。3名副县长职务分别由现任副县长许志国、吴玉琳出任。",
        [
            ("appoint", "章立军", "农学院副院长", None),
            ("appoint", "辛悦", "农学院副院长", None),
            ("appoint", "许志国", "副县长", None),
            ("appoint", "吴玉琳", "副县长", None),
        ],
    ),
    "several_people_after_by_before_the_verb": (
        # 决定由甲和乙出任X: both, not the last name alone
        "学校党委决定由章立军和辛悦出任农学院副院长。",
        [
            ("appoint", "章立军", "农学院副院长", None),
            ("appoint", "辛悦", "农学院副院长", None),
        ],
    ),
    "a_day_before_the_news_opened_by_ciqian": (
        # 此前，1月7日，某部宣布任命…: 此前 dates an act before the news, no career step of the past
        "9日，教育部宣布汤立新任东海外国语大学党委书记。此前，1月7日，教育部宣布任命庞晓东为南江冶金大学党委书记。",
        [
            ("appoint", "汤立新", "东海外国语大学党委书记", None),
            ("appoint", "庞晓东", "南江冶金大学党委书记", None),
        ],
    ),
    "mandate_ended_by_the_body": (
        # 终止甲的…代表资格 / 撤销乙、丙政协…委员资格: the act first, then the names and the post
        "岭源县人大常委会会议全票通过终止范志敏的县人大代表资格。"
        "会议表决通过了关于撤销聂卫东、石林政协第十二届溪山市委员会委员资格的决定。",
        [
            ("other", "范志敏", "县人大代表", None),
            ("other", "聂卫东", "政协第十二届溪山市委员会委员", None),
            ("other", "石林", "政协第十二届溪山市委员会委员", None),
        ],
    ),
    "adverb_after_a_short_name": (
        # 华清还兼任…, 成明也已接任…, 习凯并担任…: the adverbs are no part of the name
        "华清还兼任北岭省长一职。成明也已接任北岭疗养院院长。习凯并担任北岭县教育局督学。",
        [
            ("appoint", "华清", "北岭省长", None),
            ("appoint", "成明", "北岭疗养院院长", None),
            ("appoint", "习凯", "北岭县教育局督学", None),
        ],
    ),
    "succeeding_run_into_the_passive_slot": (
        # 由甲和乙接替出任X: 接替 is the verb's, not the second name's
        "原副校长免职后，由章立军和辛悦接替出任农学院副院长。",
        [
            ("appoint", "章立军", "农学院副院长", None),
            ("appoint", "辛悦", "农学院副院长", None),
        ],
    ),
    "reassigned_from_the_post_held_before": (
        # 原X甲另有任用 / 乙(原Y)另有任用: a list's item that ends the post the person held
        "经研究决定：\n原滇南大学党委书记羊启明另有任用；\n柏林(原滇南大学副校长)另有任用。",
        [
            ("remove", "羊启明", "滇南大学党委书记", None),
            ("remove", "柏林", "滇南大学副校长", None),
        ],
    ),
    "assigning_body_before_the_described_person": (
        # 县政府指派某乡公所秘书甲代理乡长: the body that assigns is no part of the acting post
        "县政府指派竹溪乡公所秘书林正德代理乡长职务。",
        [("appoint", "林正德", "竹溪乡公所代理乡长", None)],
    ),
    "caption_and_charge_before_a_post": (
        # (右图为外交部长甲) / 而负责某工作的市委书记乙: the caption's and the charge's words are no
        # part of the post
        "何志雄接任外交部长。右图为外交部长何志雄。北山市委教育工委书记朱立新调任省教育厅副厅长，"
        "而负责北山市高校工作的市委教育工委书记一职由吴振华接任。",
        [
            ("appoint", "何志雄", "外交部长", None),
            ("appoint", "朱立新", "省教育厅副厅长", None),
            ("remove", "朱立新", "北山市委教育工委书记", None),
            ("appoint", "吴振华", "市委教育工委书记", None),
        ],
    ),
    "lead_word_before_a_post": (
        # 时年某区委常委的甲调任…: 时年 (at the time) is no part of the post the move ends
        "时年南川区委常委的周立新调任北岭区区长。",
        [
            ("appoint", "周立新", "北岭区区长", None),
            ("remove", "周立新", "南川区委常委", None),
        ],
    ),
    "decided_with_a_comma_before_the_acting_post": (
        # 会议决定，甲为某县人民政府代理县长: 决定 names the post across the comma
        "会议决定，韦明哲为东川县人民政府代理县长。",
        [("appoint", "韦明哲", "东川县人民政府代理县长", None)],
    ),
    "newly_appointed_then_what_they_did": (
        # 新任命的某职甲进行了宪法宣誓: 进 opens 进行, it ends no name
        "会上，新任命的东川县人民政府副县长蒋文进行了宪法宣誓。",
        [("appoint", "蒋文", "东川县人民政府副县长", None)],
    ),
    "the_school_a_reporter_heard_from": (
        # 记者从某大学获悉，甲已任该校党委书记: 该校 is the university, without the reporter's words
        "记者从东江师范大学获悉，邹明远已任该校党委书记。",
        [("appoint", "邹明远", "东江师范大学党委书记", None)],
    ),
    "deputy_head_after_the_government_by_its_level": (
        # 甲当选为县人民政府县长，乙、丙当选为副县长: the deputies are of the same government
        "张文斌当选为县人民政府县长，李国华、王晓东当选为副县长。",
        [
            ("other", "张文斌", "县人民政府县长", None),
            ("other", "李国华", "县人民政府副县长", None),
            ("other", "王晓东", "县人民政府副县长", None),
        ],
    ),
    "letter_of_resignation_received": (
        # 公司董事会收到某职甲的书面辞呈 and no word after of which posts: the writer resigns his post
        "东川机电股份有限公司（以下简称“公司”）董事会于2023年5月6日收到董事会秘书李红女士的书面辞呈。"
        "辞呈自送达董事会之日起生效。",
        [("other", "李红", "东川机电股份有限公司董事会秘书", "2023-05-06")],
    ),
    "letter_then_the_posts_it_resigns": (
        # 收到董事甲的辞职报告。甲申请辞去公司副总经理职务: the posts resigned are said after (he
        # stays a director): the letter gives no event of its own
        "东川机电股份有限公司（以下简称“公司”）董事会收到公司董事王刚的辞职报告。"
        "王刚因工作调整申请辞去公司副总经理职务，辞职后仍担任公司董事。",
        [("other", "王刚", "东川机电股份有限公司副总经理", None)],
    ),
    "department_after_its_institution_in_a_list": (
        # 某医院…宣布甲任医务部主任 / 任命乙为某大学副校长，丙为财务处处长: a department of the
        # institution named before, not of its city
        "东川市第一人民医院召开中层干部任命大会，宣布王立刚任医务部主任，李四海任护理部主任。"
        "任命冯志远为东川理工大学副校长，陈晓为财务处处长。",
        [
            ("appoint", "王立刚", "东川市第一人民医院医务部主任", None),
            ("appoint", "李四海", "东川市第一人民医院护理部主任", None),
            ("appoint", "冯志远", "东川理工大学副校长", None),
            ("appoint", "陈晓", "东川理工大学财务处处长", None),
        ],
    ),
    "appointed_with_wei_left_out": (
        # 甲被任命某区委副书记: news often drops 为 after 被任命
        "6月2日，甘立斌被任命为燕北市怀远区委书记；於庆年被任命怀远区委副书记。",
        [
            ("appoint", "甘立斌", "燕北市怀远区委书记", None),
            ("appoint", "於庆年", "怀远区委副书记", None),
        ],
    ),
    "list_rows_printed_as_sentences": (
        # 任命：⏎甲，某局局长；⏎乙，某局局长。⏎免职⏎丙　某局局长: rows under a list's verb (免职 too)
        "东川县第十七届人大常委会第五次会议决定：\n任命：\n张立群，县财政局局长；\n李晓东，县审计局局长。\n"
        "免职\n王海　县教育局局长\n",
        [
            ("appoint", "张立群", "县财政局局长", None),
            ("appoint", "李晓东", "县审计局局长", None),
            ("remove", "王海", "县教育局局长", None),
        ],
    ),
    "election_results_by_title": (
        # 选举结果：⏎县长：甲⏎副县长：乙、丙: a title of two characters before the names
        "东川县第十八届人民代表大会第一次会议选举结果：\n县长：张立群\n副县长：李晓东、王海\n",
        [
            ("other", "张立群", "县长", None),
            ("other", "李晓东", "副县长", None),
            ("other", "王海", "副县长", None),
        ],
    ),
    "decided_with_a_colon_before_the_acting_post": (
        # 会议决定：甲为某县人民政府副县长、代理县长
        "县十八届人大常委会第二十次会议决定：张立群为县人民政府副县长、代理县长。",
        [
            ("appoint", "张立群", "县人民政府副县长", None),
            ("appoint", "张立群", "县人民政府代理县长", None),
        ],
    ),
    "deputies_mandates_confirmed": (
        # 确认甲、乙的…代表资格有效: the by-election's deputies are elected
        "会议表决通过了代表资格审查委员会的报告，确认张立群、李晓东的东川市第十六届人民代表大会代表资格有效。",
        [
            ("other", "张立群", "东川市第十六届人民代表大会代表", None),
            ("other", "李晓东", "东川市第十六届人民代表大会代表", None),
        ],
    ),
    "roster_of_a_reshuffle_made_public": (
        # 公布内阁改组名单，某部长：甲；某部长：乙: each title, then the one who takes it
        "行政院今天公布內閣改組名單，經濟部長：王美華；交通部長：林佳明。",
        [
            ("appoint", "王美華", "經濟部長", None),
            ("appoint", "林佳明", "交通部長", None),
        ],
    ),
    "gloss_wrapped_inside_its_brackets": (
        # 調(⏎diào)任, 職務(wù⏎): a page wrapped inside a pinyin gloss; the gloss is still noise
        "山東省委常委、濟川市委書記王文韜調(\ndiào)任江西省委常委、南州市委書記,其在山東的職務(wù\n)由他人接替。",
        [
            ("appoint", "王文韜", "江西省委常委", None),
            ("appoint", "王文韜", "南州市委書記", None),
            ("remove", "王文韜", "山東省委常委", None),
            ("remove", "王文韜", "濟川市委書記", None),
        ],
    ),
    "wrapped_before_a_closing_mark_or_by": (
        # …的决定⏎》。: a line never opens with a closing mark; …，甲⏎由某校副校长改任…: 由 goes on the
        # clause above, it opens no roundup's item
        "会议表决通过了《北岭省人大常委会关于接受柳学良同志请求辞去北岭省人民政府副省长职务的决定\n》。\n"
        "曾益鑫从中大肿瘤防治中心主任调任京华协和医学院校长,贾益明\n由暨安大学副校长改任侨光大学校长。\n",
        [
            ("other", "柳学良", "北岭省人民政府副省长", None),
            ("appoint", "曾益鑫", "京华协和医学院校长", None),
            ("remove", "曾益鑫", "中大肿瘤防治中心主任", None),
            ("appoint", "贾益明", "侨光大学校长", None),
            ("remove", "贾益明", "暨安大学副校长", None),
        ],
    ),
    "vacancy_of_a_move_up": (
        # 甲升任主委，遗缺由乙接任: the vacancy is the post 甲 left (原X: X, which 乙 takes), not the
        # one he took up; after a resignation it is the post resigned
        "行政院長今天宣布，原國發會副主委高仙桂升任主委，遺缺由國發會參事林至美接任。"
        "國發會主委龔明鑫請辭獲准，遺缺由副主委邱雅玲接任。",
        [
            ("appoint", "高仙桂", "國發會主委", None),
            ("remove", "高仙桂", "國發會副主委", None),
            ("appoint", "林至美", "國發會副主委", None),
            ("other", "龔明鑫", "國發會主委", None),
            ("appoint", "邱雅玲", "國發會主委", None),
        ],
    ),
    "decision_titled_by_whom_the_body_calls_him": (
        # 关于接受甲辞去X职务的决定 over a body that says 决定接受他辞去…: the title names whom
        "临川县人民代表大会常务委员会关于接受周明辞去临川县人民政府县长职务的决定\n\n"
        "临川县人民政府：\n临川县第十七届人民代表大会常务委员会第三十次会议，审议了周明县长提出的"
        "辞去临川县人民政府县长职务的请求，决定接受他辞去临川县人民政府县长职务。\n"
        "临川县人大常委会\n2021年3月5日\n"
        "东源市人民代表大会常务委员会关于吴江代理东源市人民检察院检察长的决定\n"
        "（2022年8月30日东源市第九届人民代表大会常务委员会第五次会议通过）\n"
        "根据有关法律规定，决定由其代理东源市人民检察院检察长职务。\n",
        [
            ("other", "周明", "临川县人民政府县长", "2021-03-05"),
            ("appoint", "吴江", "东源市人民检察院代理检察长", "2022-08-30"),
        ],
    ),
    "names_listed_after_guanyu": (
        # 关于甲、乙同志辞去…: every name after 关于 resigns, not the last one alone
        "会议表决通过了关于韩冬、俞晓梅同志辞去县人大常委会委员职务的请求。",
        [
            ("other", "韩冬", "县人大常委会委员", None),
            ("other", "俞晓梅", "县人大常委会委员", None),
        ],
    ),
    "request_reviewed_by_the_meeting": (
        # 会议审议了某院院长甲关于辞去院长职务的请求 / 的提请报告: the reviewed request is a resignation, the
        # bare title the describing court's
        "会议审议了东坪县人民法院院长简国梁关于辞去院长职务的请求。\n"
        "会议听取了东坪县人民检察院检察长欧阳立关于辞去检察长职务的提请报告。",
        [
            ("other", "简国梁", "东坪县人民法院院长", None),
            ("other", "欧阳立", "东坪县人民检察院检察长", None),
        ],
    ),
    "election_results_with_their_adoption_note": (
        # 某会议选举结果 / (某日某会议选举) / 县长：甲: the note after the heading keeps the lines elections
        "溪南县第十八届人民代表大会第一次会议选举结果\n"
        "（2022年1月10日溪南县第十八届人民代表大会第一次会议选举）\n"
        "县人民政府县长：龚海川\n县人民政府副县长：齐文、单晓（女）\n",
        [
            ("other", "龚海川", "县人民政府县长", "2022-01-10"),
            ("other", "齐文", "县人民政府副县长", "2022-01-10"),
            ("other", "单晓", "县人民政府副县长", "2022-01-10"),
        ],
    ),
    "table_pasted_with_one_space": (
        # a 任免名单 table pasted as text: the name, one plain space, the post (no county 孙南县), below
        # a list's heading or another such row; not a PDF's line wrapped mid-sentence (申请辞⏎去公司 董事)
        "免去：\n孙南 县发展和改革局局长\n任命\n钱北 县发展和改革局局长\n宁西 县自然资源局局长\n"
        "东岭港务股份有限公司董事会近日收到董事长顾思琪女士的书面辞职报告。顾思琪女士因工作原因，申请辞\n"
        "去公司 董事长职务。\n",
        [
            ("remove", "孙南", "县发展和改革局局长", None),
            ("appoint", "钱北", "县发展和改革局局长", None),
            ("appoint", "宁西", "县自然资源局局长", None),
            ("other", "顾思琪", "东岭港务股份有限公司董事长", None),
        ],
    ),
    "removed_by_the_posts_describing_him": (
        # 免去某局局长甲的职务: the name follows the posts removed, 的职务 with no post after it
        "国务院日前任免国家工作人员，免去国家林业局副局长聂远航的职务；任命符兰为国家林业局副局长。",
        [
            ("remove", "聂远航", "国家林业局副局长", None),
            ("appoint", "符兰", "国家林业局副局长", None),
        ],
    ),
    "former_holder_by_bare_title_leaves": (
        # 甲任某报社社长，原社长乙卸任: the former holder's bare title is the post the clause before gave
        "据报社官网显示，孔令山任东岭日报社社长，原社长葛修文卸任。",
        [
            ("appoint", "孔令山", "东岭日报社社长", None),
            ("remove", "葛修文", "东岭日报社社长", None),
        ],
    ),
    "laid_down_a_post": (
        # 卸去某职务: laid down (news), as 卸任
        "据悉，邝海明已卸去东岭市国资委党委书记职务。",
        [("remove", "邝海明", "东岭市国资委党委书记", None)],
    ),
    "committee_named_again_by_its_kind": (
        # 委任甲为某委员会主席…再度委任乙为委员会副主席: the committee named before, by its kind alone
        "政府今日宣布，行政長官已委任陳思遠為海濱規劃委員會主席，任期兩年。"
        "此外，行政長官亦再度委任黃文傑為委員會副主席。",
        [
            ("appoint", "陳思遠", "海濱規劃委員會主席", None),
            ("appoint", "黃文傑", "海濱規劃委員會副主席", None),
        ],
    ),
    "transfer_from_a_post_held_now": (
        # 现任某局长甲转任…: the post ended is 某局长, not 现任某局长
        "现任体育局长王泓智转任市府参事，体育局长由劳动局副局长游竹心接任。",
        [
            ("appoint", "王泓智", "市府参事", None),
            ("remove", "王泓智", "体育局长", None),
            ("appoint", "游竹心", "体育局长", None),
        ],
    ),
    "department_head_moves_up_to_a_place": (
        # 原某处处长甲升任副县长: the 副县长 is a place's, never the department's (no 某处副县长)
        "縣府今天發布人事令，原文化觀光處處長羅碧君將升任副縣長。",
        [
            ("appoint", "羅碧君", "副縣長", None),
            ("remove", "羅碧君", "文化觀光處處長", None),
        ],  # (原X: X ends)
    ),
    "appointee_described_as_a_diplomat": (
        # 任命前驻某国大使馆经济商务公使甲为…: a diplomat's title (公使, 参赞) describes the appointee
        "国务院任命前驻南非大使馆经济商务公使邬立群为商务部部长助理。"
        "外交部新增由前驻德国大使馆政务参赞蒋晓帆出任欧洲司副司长。",
        [
            ("appoint", "邬立群", "商务部部长助理", None),
            ("appoint", "蒋晓帆", "欧洲司副司长", None),
        ],
    ),
    "dismissed_from_the_company_named_back": (
        # 解聘甲公司副总经理职务 (no 的): the name ends where 公司 names the company back
        "东岭港务股份有限公司第九届董事会第五次会议决定解聘戴立新和邹卫平公司副总经理职务。",
        [
            ("remove", "戴立新", "东岭港务股份有限公司副总经理", None),
            ("remove", "邹卫平", "东岭港务股份有限公司副总经理", None),
        ],
    ),
    "roster_of_those_a_congress_elected": (
        # 选举产生的某常委会组成人员名单 / 当选人员名单 / 选举产生了新一届国家机构领导人员, then
        # "title：names" lines: each an election (a bare title of the body the heading names)
        "溪南县第十八届人民代表大会第一次会议\n选举产生的县人大常委会组成人员名单\n"
        "（2022年1月10日溪南县第十八届人民代表大会第一次会议选举）\n"
        "主任：龚海川\n副主任：齐文、单晓（女）\n",
        [
            ("other", "龚海川", "县人大常委会主任", "2022-01-10"),
            ("other", "齐文", "县人大常委会副主任", "2022-01-10"),
            ("other", "单晓", "县人大常委会副主任", "2022-01-10"),
        ],
    ),
    "state_organs_a_congress_elected": (
        "大会选举产生了新一届国家机构领导人员。\n县人民政府县长：邝建明\n县人民法院院长：冼立\n",
        [
            ("other", "邝建明", "县人民政府县长", None),
            ("other", "冼立", "县人民法院院长", None),
        ],
    ),
    "appointment_of_those_named_before_a_count": (
        # 对某法院提请的甲等70名人民陪审员进行任命: the name printed before the count is appointed, to the
        # post after it, of the proposing body
        "9月19日上午，东岭市人大常委会对东岭市人民法院提请的窦家明等52名人民陪审员进行分批任命。",
        [("appoint", "窦家明", "东岭市人民法院人民陪审员", None)],
    ),
    "added_to_the_standing_committee": (
        # 甲增补进市委常委班子: added to the body's members (班子), the post 市委常委
        "东岭市委常委班子调整。东岭警备区司令员韩立凯增补进市委常委班子。",
        [("appoint", "韩立凯", "市委常委", None)],
    ),
    "first_seen_in_a_new_post": (
        # 甲首次以某职身份公开亮相: news of the posts taken, told by the first appearance in them
        "西陵省委组织部召开会议。李远方首次以西陵省委常委、省委组织部部长身份公开亮相。",
        [
            ("appoint", "李远方", "西陵省委常委", None),
            ("appoint", "李远方", "西陵省委组织部部长", None),
        ],
    ),
    "second_body_named_by_its_level": (
        # 某省委常委、省委秘书长: the second 省委 is the same province's (not a government: see
        # posts._LEVEL_BODY)
        "中共中央决定：邵立国同志任西陵省委常委、省委秘书长。",
        [
            ("appoint", "邵立国", "西陵省委常委", None),
            ("appoint", "邵立国", "西陵省委秘书长", None),
        ],
    ),
    "posts_listed_on_after_a_comma": (
        # 不再担任中共某市委书记、常委，某开发区党工委书记职务: 职务 closes the list the comma cut, its
        # last post naming a body of its own (and 中共某市委 is no short name of that zone's 党工委)
        "东岭省委副书记王建中不再担任中共西岭市委书记、常委，西岭高新技术产业开发区党工委书记职务。",
        [
            ("remove", "王建中", "中共西岭市委书记", None),
            ("remove", "王建中", "中共西岭市委常委", None),
            ("remove", "王建中", "西岭高新技术产业开发区党工委书记", None),
        ],
    ),
    "retiring_on_request_or_at_term_end": (
        # 原局长甲申请退休 / 现任某局长乙任满退休: a retirement asked for or at a term's end
        "此外，农地银行副总经理汤丽文接任财务局长，原局长郭仙福申请退休；现任农业局长叶精忠任满退休。",
        [
            ("appoint", "汤丽文", "财务局长", None),
            ("other", "郭仙福", "财务局长", None),
            ("other", "叶精忠", "农业局长", None),
        ],
    ),
    "roles_in_a_committee_just_named": (
        # 任命某委员会，主席由某人担任，成员包括…: the roles are the committee's; a post describing a
        # member (某局副局长) is none of hers to take up, and a secretary not named is no one
        "行政长官批示，任命选举总核算委员会，主席由检察官杜振华担任，成员包括检察官邓永明、"
        "行政公职局副局长何丽诗，以及由主席指派的一名秘书。",
        [
            ("appoint", "杜振华", "选举总核算委员会主席", None),
            ("appoint", "邓永明", "选举总核算委员会成员", None),
            ("appoint", "何丽诗", "选举总核算委员会成员", None),
        ],
    ),
    "roles_in_a_committee_just_named_in_traditional": (
        # the same in traditional characters, the last member after 以及: each name as printed
        "行政長官批示，任命選舉總核算委員會，主席由檢察官杜振華擔任，成員包括檢察官鄧永明以及"
        "行政公職局副局長何麗詩。",
        [
            ("appoint", "杜振華", "選舉總核算委員會主席", None),
            ("appoint", "鄧永明", "選舉總核算委員會成員", None),
            ("appoint", "何麗詩", "選舉總核算委員會成員", None),
        ],
    ),
    "succeeding_one_who_moved": (
        # …，接替调任某职的甲: the one succeeded moved to that post; the sentence's subject stays the
        # successor (…，接替…的乙，出任某职 is the subject's)
        "11月，郑海川被任命为韶岭市委书记，接替调任省发改委党组书记的徐建华。"
        "人民日报社社长王启宸，接替调任文化部长的蔡文武，出任国务院新闻办主任。",
        [
            ("appoint", "郑海川", "韶岭市委书记", None),
            ("appoint", "徐建华", "省发改委党组书记", None),
            ("appoint", "蔡文武", "文化部长", None),
            ("appoint", "王启宸", "国务院新闻办主任", None),
        ],
    ),
    "vacancy_a_move_left": (
        # 填补甲调任某职后留下的职缺 / 因乙调任某职而产生的某职务空缺: the move told as the vacancy's cause
        "李远山首次公开亮相，填补梁言顺调任中央国家机关工委副书记后留下的职缺。"
        "赵立明的履新填补了因刘捷调任西陵省委秘书长而产生的东岭省委秘书长职务空缺。",
        [
            ("appoint", "梁言顺", "中央国家机关工委副书记", None),
            ("appoint", "刘捷", "西陵省委秘书长", None),
            ("remove", "刘捷", "东岭省委秘书长", None),
        ],
    ),
    "predecessor_already_moved": (
        # 此前，前任校长甲已调任某部副部长: the predecessor's move, news beside the successor's (not a
        # step of a profile); 教育部 is a ministry, no department of the university named before
        "中央决定，任命靳东海同志为津沽大学校长。此前，前任校长钟登华已调任教育部副部长。",
        [
            ("appoint", "靳东海", "津沽大学校长", None),
            ("appoint", "钟登华", "教育部副部长", None),
        ],
    ),
    "taking_up_on_a_day_to_come": (
        # 将在十月十九日接替…出任 (在 as well as 于), 常设代表 / 常驻代表 as titles, 则在今年7月 between a
        # name and its verb, a headline's 某日起生效 after the post
        "現任工業貿易署署長羅智衡將於今年九月十六日出任世界貿易組織香港特別行政區常設代表。"
        "律政司政務專員何鑄賢將在十月十九日接替羅智衡出任工貿署長。"
        "秦鋼明則在今年7月被免去外交部長職務。\n\n"
        "柯正明出任東岭大學副校長 11月1日起生效\n",
        [
            ("appoint", "羅智衡", "世界貿易組織香港特別行政區常設代表", None),
            ("appoint", "何鑄賢", "工貿署長", None),
            ("appoint", "柯正明", "東岭大學副校長", None),
            ("remove", "秦鋼明", "外交部長", None),
        ],
    ),
    "rarer_surnames_of_hong_kong_and_taiwan": (
        # 招 (Hong Kong), 鄞 (Taiwan), 阴: surnames no common word starts with (招聘 stands before no post)
        "三、免去王志剛的科學技術部部長職務、任命阴和峻為科學技術部部長。\n"
        "董事會宣布，招家樂先生已獲委任為岫陽控股有限公司執行董事。"
        "原文觀處處長羅璧君升任副縣長，由鄞明軒接任崙峰縣文化觀光處處長。",
        [
            ("appoint", "招家樂", "岫陽控股有限公司執行董事", None),
            ("appoint", "羅璧君", "副縣長", None),
            ("remove", "羅璧君", "文觀處處長", None),  # (原X甲升任Y: X ends)
            ("appoint", "鄞明軒", "崙峰縣文化觀光處處長", None),
            ("remove", "王志剛", "科學技術部部長", None),
            ("appoint", "阴和峻", "科學技術部部長", None),
        ],
    ),
    "appointee_described_by_a_post_held_before": (
        # 同时任命曾担任某站首席记者的甲为…: the name after the post held before (and 同时任命 holds no 时任)
        "新华社日前宣布，傅华明升任新华社社长，同时任命曾担任驻开罗记者站首席记者的吕岩松为新华社总编辑。",
        [
            ("appoint", "傅华明", "新华社社长", None),
            ("appoint", "吕岩松", "新华社总编辑", None),
        ],
    ),
    "moved_the_same_month": (
        # 已于同月调任 / 当月 between a name and its verb, as 同日
        "晋阳市委书记王维中已于同月调任南屿市委书记。",
        [
            ("appoint", "王维中", "南屿市委书记", None),
            ("remove", "王维中", "晋阳市委书记", None),
        ],
    ),
    "the_vote_names_its_result": (
        # 经委员投票，甲为某委员会主席、乙为副主席: the vote elects (the list's 为 with no verb before it)
        "市政咨询委员会昨日召开会议，投票选出正、副主席。市政署今日发稿指：“经委员投票，何乐怡为市政咨询委员会主席、"
        "梁岸明为副主席。”",
        [
            ("other", "何乐怡", "市政咨询委员会主席", None),
            ("other", "梁岸明", "市政咨询委员会副主席", None),
        ],
    ),
    "two_decisions_joined_by_he": (
        # 关于…的决定和关于…的决定: two documents, the first's post ends at its 的决定
        "会议表决通过了关于戚国华同志不再担任市政协委员的决定和关于增补委员的决定。",
        [("remove", "戚国华", "市政协委员", None)],
    ),
    "roster_of_title_colon_name_pairs_run_together": (
        # 他们分别是(按…排序)：⏎某区委书记：甲某区代区长：乙 — the act in the sentence before, the pairs
        # printed two a line with nothing between them
        "2月1日，江岭7个区县新一届党政主要负责人陆续到任。他们分别是(按行政区划排序)：\n"
        "东湖区委书记：韦东东湖区代区长：冯海波\n"
        "南山县委书记：邓子明南山县代县长：柯岩\n",
        [
            ("appoint", "韦东", "东湖区委书记", None),
            ("appoint", "冯海波", "东湖区代区长", None),
            ("appoint", "邓子明", "南山县委书记", None),
            ("appoint", "柯岩", "南山县代县长", None),
        ],
    ),
    "acting_head_of_the_post_just_left": (
        # 某公司董事长甲请辞获准，目前董事长一职由乙代理: the bare title is the post named before it
        "交通部今天证实，北岭港务公司董事长韦立群已请辞获准，目前董事长一职由总经理冯志远代理。",
        [
            ("other", "韦立群", "北岭港务公司董事长", None),
            ("appoint", "冯志远", "北岭港务公司代理董事长", None),
        ],
    ),
    "acting_county_head_after_the_county_named": (
        "西岩县县长邱建民日前收到解职令，县长一职由副县长柯文雄代理。",
        [("appoint", "柯文雄", "西岩县代理县长", None)],
    ),
    "promoted_with_jinsheng": (
        # 某行行长助理甲晋升副行长: 晋升 as 升任, the bare title the described post's body's
        "与此同时，南江农业银行行长助理邓立新晋升副行长。",
        [("appoint", "邓立新", "南江农业银行副行长", None)],
    ),
    "promoted_one_after_another": (
        # 甲、乙相继升任X: 相继 between the names and their verb
        "西川市副市长韦国安、交通运输部办公厅主任柯明相继升任交通运输部部长助理。",
        [
            ("appoint", "韦国安", "交通运输部部长助理", None),
            ("appoint", "柯明", "交通运输部部长助理", None),
        ],
    ),
    "elected_by_headcount_then_names": (
        # 选举产生的N位副市长甲、乙、丙今天亦集体亮相: the headcount's post is each one's, the city the
        # sentence before named; the day and what they did follow the last name
        "会议选举孙明为东川市市长。此次会议选举产生的三位副市长黄启帆、陈广国、吴嘉农今天亦集体亮相。",
        [
            ("other", "孙明", "东川市市长", None),
            ("other", "黄启帆", "东川市副市长", None),
            ("other", "陈广国", "东川市副市长", None),
            ("other", "吴嘉农", "东川市副市长", None),
        ],
    ),
    "described_people_after_you_then_post": (
        # 由集团董事甲、乙担任X: two people after 由, the first described by a post
        "因年龄原因，韦国安不再担任南岭港务集团董事长职务，由集团董事柯明、邓立新担任南岭港务集团轮值董事长。",
        [
            ("remove", "韦国安", "南岭港务集团董事长", None),
            ("appoint", "柯明", "南岭港务集团轮值董事长", None),
            ("appoint", "邓立新", "南岭港务集团轮值董事长", None),
        ],
    ),
    "committee_formed_and_its_members_by_role": (
        # 决定成立某管理委员会，其组成人员如下：⏎主任：甲 副市长⏎副主任：乙 …⏎成员：… — each member
        # by the committee's role; the post after each name is held already (no event)
        "西川市人民政府办公室关于成立西川港区开发建设管理委员会的通知\n"
        "经市政府研究，决定成立西川港区开发建设管理委员会，其组成人员如下：\n"
        "主 任：韦国安 副市长\n"
        "副主任：柯 明 市政府副秘书长\n"
        "        邓立新 市发展改革委主任\n"
        "成 员：冯志远 市财政局副局长\n"
        "        孙 岚 市交通委副主任\n"
        "此外，管委会日常工作由市发展改革委承担。\n",
        [
            ("appoint", "韦国安", "西川港区开发建设管理委员会主任", None),
            ("appoint", "柯明", "西川港区开发建设管理委员会副主任", None),
            ("appoint", "邓立新", "西川港区开发建设管理委员会副主任", None),
            ("appoint", "冯志远", "西川港区开发建设管理委员会成员", None),
            ("appoint", "孙岚", "西川港区开发建设管理委员会成员", None),
        ],
    ),
    "township_head_acting_by_assignment_sworn_in": (
        # 县府核派甲代理某乡长职务并于同日宣誓就职: the acting head, the place keeping its 乡
        "县府于昨(28)日核准辞职并核派柯文雄代理西屿乡长职务并于同日宣誓就职。",
        [("appoint", "柯文雄", "西屿乡代理乡长", None)],
    ),
    "promoted_with_the_variant_sheng_traditional": (
        # 陞任 (升任 with a variant character) on a Taiwan township office's page
        "鄉長依據地方制度法，核派南嶼鄉公所秘書林坤福陞任主任秘書。",
        [("appoint", "林坤福", "南嶼鄉公所主任秘書", None)],
    ),
    "new_head_by_passive_with_handover": (
        # 某院总院长甲届龄退休，…，新任总院长将由乙接任，某日举办交接仪式: the ceremony makes it done;
        # the bare title is the post printed in full before it
        "北港市立联合医院总院长赖文雄届龄退休，但仍会在院内看诊，新任总院长将由现任分院院长黄志成接任，"
        "16日举办交接仪式。",
        [
            ("other", "赖文雄", "北港市立联合医院总院长", None),
            ("appoint", "黄志成", "北港市立联合医院总院长", None),
        ],
    ),
    "post_then_name_then_elected": (
        # 开票结果议长甲以23票当选，而副议长乙也是23票获得连任: the council the sentence names
        "西岭县议会第20届县议员今日宣誓就职，随后举行正、副议长选举，开票结果议长林荣德以23票当选，"
        "而副议长游文城也是23票获得连任。",
        [
            ("other", "林荣德", "西岭县议会第20届议长", None),
            ("other", "游文城", "西岭县议会第20届副议长", None),
        ],
    ),
    "successors_in_turn_by_move": (
        # 甲、乙退休，并分别由原某区长丙、某区长丁转任: each successor the post of the one in his place,
        # the post each left ended
        "北岭区长邱武泉、瑞岭区长简华祥退休，并分别由原三溪区长杨志鸿、双港区长陈奇政转任。",
        [
            ("other", "邱武泉", "北岭区长", None),
            ("other", "简华祥", "瑞岭区长", None),
            ("appoint", "杨志鸿", "北岭区长", None),
            ("remove", "杨志鸿", "三溪区长", None),
            ("appoint", "陈奇政", "瑞岭区长", None),
            ("remove", "陈奇政", "双港区长", None),
        ],
    ),
    "vacancy_filled_by_a_move": (
        "民航局长林智铭日前退休，遗缺由交通部主任秘书林国贤调任。",
        [
            ("other", "林智铭", "民航局长", None),
            ("appoint", "林国贤", "民航局长", None),
            ("remove", "林国贤", "交通部主任秘书", None),
        ],
    ),
    "committee_members_with_posts_wrapped_by_the_page": (
        # the post after a member's name runs on below (…主任、党⏎组书记): no item of its own
        "经区政府研究，决定成立南湾新区开发建设管理委员会，其组成人员如下：\n"
        "  主 任：韦国安 副区长\n"
        "  副主任：柯 明 区农业农村委主任、党\n"
        "组书记\n"
        "  成 员：冯志远 区发展改革委党组副书\n"
        "记、副主任\n"
        "      孙 岚 区交通委副主任\n",
        [
            ("appoint", "韦国安", "南湾新区开发建设管理委员会主任", None),
            ("appoint", "柯明", "南湾新区开发建设管理委员会副主任", None),
            ("appoint", "冯志远", "南湾新区开发建设管理委员会成员", None),
            ("appoint", "孙岚", "南湾新区开发建设管理委员会成员", None),
        ],
    ),
    "act_then_talk_of_what_may_come": (
        # 甲调任X，料将提名Y: the act is reported, only the clause of talk is none
        "西岭自治区党委副书记郝志朋调任北原省委副书记，料将提名省长人选。",
        [
            ("appoint", "郝志朋", "北原省委副书记", None),
            ("remove", "郝志朋", "西岭自治区党委副书记", None),
        ],
    ),
    "years_in_a_post_are_no_part_of_it": (
        # 已任6年副校长: a duration before the title, no organisation (and no new post)
        "南岭大学党委书记由校长邹晓冬兼任，邹晓冬已任6年副校长。",
        [("appoint", "邹晓冬", "南岭大学党委书记", None)],
    ),
    "removed_are_listed_by_post_in_the_clause": (
        # 某大学是…高校，此次被免去职务的有校长甲和副校长乙、丙: the act, then the people by post
        "西川交通大学是西岭省的一所重点本科高校，此次被免去职务的有校长李引文和副校长党建明、陈兴国。",
        [
            ("remove", "李引文", "西川交通大学校长", None),
            ("remove", "党建明", "西川交通大学副校长", None),
            ("remove", "陈兴国", "西川交通大学副校长", None),
        ],
    ),
    "places_sharing_a_title_traditional": (
        # 某市甲縣、乙縣縣委書記 printed in traditional characters: each place its 縣委書記
        "溫建明、馬旭東分別任西梁市中溪縣、方嶺縣縣委書記。",
        [
            ("appoint", "溫建明", "西梁市中溪縣縣委書記", None),
            ("appoint", "馬旭東", "方嶺縣縣委書記", None),
        ],
    ),
    "earlier_report_of_the_news": (
        # 此前不久，某新闻网亦曾报道，甲、乙分别任…: an earlier report of the news, not a career's past
        "此前不久，汾河新闻网亦曾报道，温建明、马旭东分别任中溪县、方岭县县委书记，谭振华、陆文海不再担任。",
        [
            ("appoint", "温建明", "中溪县县委书记", None),
            ("appoint", "马旭东", "方岭县县委书记", None),
            ("remove", "谭振华", "中溪县县委书记", None),
            ("remove", "陆文海", "方岭县县委书记", None),
        ],
    ),
    "words_of_the_sentence_before_a_post": (
        # 让 / 加上 / 为 / 新的 / 现任 opening a post's slot are the sentence's, not the post's
        "南岭公司董事会决定，让副总经理柯明出任总经理。",
        [("appoint", "柯明", "南岭公司总经理", None)],
    ),
    "adjustments_listed_with_their_own_acts": (
        # 其他人事调整包括原任X甲于某日调职、Y主任乙于某日退休: each item's own act, the post before 甲
        # held until then
        "其他人事调整包括原任南岛音乐馆馆主任柯文斌于去年10月25日调职、山海文化中心主任石中平于1月16日退休。",
        [("other", "石中平", "山海文化中心主任", None)],
    ),
    "congress_special_committee_after_its_standing_committee": (
        # 某人大常委会委员、内务司法委员会主任委员: the special committee is the congress's; a working
        # committee (…工作委员会) and 代表资格审查委员会 stay the standing committee's
        "孙德明提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务。"
        "会议任命魏光为省人大常委会委员、财政经济工作委员会副主任。",
        [
            ("other", "孙德明", "省十二届人大常委会委员", None),
            ("other", "孙德明", "省十二届人大内务司法委员会主任委员", None),
            ("appoint", "魏光", "省人大常委会委员", None),
            ("appoint", "魏光", "省人大常委会财政经济工作委员会副主任", None),
        ],
    ),
    "dismissed_with_jiezhi": (
        # 某县长甲遭内政部解职 / 被解职: removed from the post he is described by
        "南岭县长符建琦日前遭内政部解职。西屿乡长林正雄被解职。",
        [
            ("remove", "符建琦", "南岭县长", None),
            ("remove", "林正雄", "西屿乡长", None),
        ],
    ),
    "moved_with_one_post_called_former": (
        # 某市委常委、原宣传部部长甲调任…: only the post called 原 ends (he stays 常委); 不再兼任，改任…
        "渝西市委常委、原宣传部部长徐海明调任万川区区委书记，原万川区委书记吴正林不再兼任，改任渝西市政府秘书长。",
        [
            ("appoint", "徐海明", "万川区区委书记", None),
            ("remove", "徐海明", "渝西市委宣传部部长", None),
            ("remove", "吴正林", "万川区委书记", None),
            ("appoint", "吴正林", "渝西市政府秘书长", None),
        ],
    ),
    "proposed_removal_with_jianyi": (
        # 会议建议免去甲…职务: proposed, not reported as done (ANNOTATION.md)
        "会议建议免去董立新的县财政局局长职务。",
        [("nominate_remove", "董立新", "县财政局局长", None)],
    ),
    "committee_members_then_a_clause_of_their_own": (
        # the list read whole, then the sentence goes on (试用期一年 after the last member's line)
        "经研究，决定成立西川港区开发建设管理委员会，其组成人员如下：\n"
        "主 任：韦国安 副市长\n"
        "成 员：冯志远 市财政局副局长，试用期一年。\n",
        [
            ("appoint", "韦国安", "西川港区开发建设管理委员会主任", None),
            ("appoint", "冯志远", "西川港区开发建设管理委员会成员", None),
        ],
    ),
    "reappointed_for_a_further_term": (
        # 获再度委任为 / 再度获委任为 (Hong Kong): a reappointment is an appointment for the new term
        "政府今日宣布委任韦志坚为平安咨询委员会主席，任期两年。另外，梁家明及霍美玲获再度委任为该委员会委员。"
        "东港大学校长在电邮中宣布，葛志文再度获委任为东港大学副校长（学术发展），任期三年。",
        [
            ("appoint", "韦志坚", "平安咨询委员会主席", None),
            ("appoint", "梁家明", "平安咨询委员会委员", None),
            ("appoint", "霍美玲", "平安咨询委员会委员", None),
            # (the portfolio is part of the post: one 副校长 of several, as the Conventions keep brackets)
            ("appoint", "葛志文", "东港大学副校长（学术发展）", None),
        ],
    ),
    "fixed_term_appointment_ended": (
        # 终止甲某职的定期委任 (Macao): the post ends; the name runs straight into a bureau's name
        "行政长官批示，自本月十五日起终止王志明体育局局长的定期委任，"
        "并以定期委任方式委任体育局副局长陈国豪为体育局局长，为期一年。",
        [
            ("remove", "王志明", "体育局局长", None),
            ("appoint", "陈国豪", "体育局局长", None),
        ],
    ),
    "headline_run_into_a_resignation_lead": (
        # a headline with no stop joined to its lead: 劳动局长 then the lead's name and reason is no post
        "林美华卸任劳动局长\n林美华因个人健康因素请辞劳动局长，市长已准辞，由副局长陈志明接任。",
        [
            ("other", "林美华", "劳动局长", None),
            ("appoint", "陈志明", "劳动局长", None),
        ],
    ),
    "list_of_moves_after_a_lead_with_baokuo": (
        # 此次人事异动名单包括…: the lead is no part of the first person's post
        "此次人事异动名单包括交通局主秘江文华升任副局长、工务局简任技正吴志明接任主秘。",
        [
            ("appoint", "江文华", "交通局副局长", None),
            ("appoint", "吴志明", "工务局主秘", None),
        ],
    ),
    "elected_as_additional_members": (
        # 增选 (a congress or a political consultative conference elects more deputies): an election
        "大会以无记名投票方式，增选王惠平、郑东杰为副省长。"
        "省政协十二届五次会议闭幕，林秀珍增选为省政协副主席。",
        [
            ("other", "王惠平", "副省长", None),
            ("other", "郑东杰", "副省长", None),
            ("other", "林秀珍", "省政协副主席", None),
        ],
    ),
    "accepted_with_le_before_a_list_and_a_count": (
        # 接受了甲、乙等5名同志辞去…的请求: 了 after the accepting verb, then the names
        "会议接受了赵启明、钱亮等5名同志辞去县第十七届人民代表大会代表职务的请求。",
        [
            ("other", "赵启明", "县第十七届人民代表大会代表", None),
            ("other", "钱亮", "县第十七届人民代表大会代表", None),
        ],
    ),
    "party_and_government_titles_of_an_unnamed_level": (
        # 区委副书记、区长 with no place named: the government title is 区长 (not 区区长)
        "据区政府官网“领导信息”栏目显示，王立新已任区委副书记、区长。"
        "县委决定，马文杰任县委常委、常务副县长。",
        [
            ("appoint", "王立新", "区委副书记", None),
            ("appoint", "王立新", "区长", None),
            ("appoint", "马文杰", "县委常委", None),
            ("appoint", "马文杰", "常务副县长", None),
        ],
    ),
    "took_up_the_post_with_renzhi": (
        # 已履新任职X: 任职 is the act's word, no part of the post
        "日前，王立新已履新任职东江市委常委、组织部部长。",
        [
            ("appoint", "王立新", "东江市委常委", None),
            ("appoint", "王立新", "东江市委组织部部长", None),
        ],
    ),
    "meeting_states_the_verb_of_the_list": (
        # 某常委会第五次会议任命：甲为X；乙为Y (the meeting, not the body, before the list's verb)
        "县十八届人大常委会第五次会议任命：李红为县人民法院审判员；王亮为县人民检察院检察员。",
        [
            ("appoint", "李红", "县人民法院审判员", None),
            ("appoint", "王亮", "县人民检察院检察员", None),
        ],
    ),
    "recalled_in_the_passive_after_a_reason": (
        # 甲因…，被罢免某代表职务: the reason in a clause of its own, then the passive recall
        "东江市人大常委会公告\n张立因涉嫌严重违纪违法，被罢免东江市第十六届人民代表大会代表职务。",
        [("other", "张立", "东江市第十六届人民代表大会代表", None)],
    ),
    "group_company_referred_back_to": (
        # 集团公司 after the group named: a back-reference completed like 公司 (ANNOTATION: Posts)
        "近日，中国石化集团有限公司领导班子调整，李勇任集团公司总经理、党组副书记。",
        [
            ("appoint", "李勇", "中国石化集团有限公司总经理", None),
            ("appoint", "李勇", "中国石化集团有限公司党组副书记", None),
        ],
    ),
    "resigned_after_a_long_reason_clause": (
        # a listed company's announcement: 甲因需投放更多时间于其他事务，已辞任… (the reason a clause of
        # its own, longer than a 因…原因, then 辞任 with no name of its own)
        "本公司董事会宣布，王芳女士因需投放更多时间于其他事务，已辞任本公司独立非执行董事，自2024年3月1日起生效。",
        [("other", "王芳", "本公司独立非执行董事", None)],
    ),
    "his_post_taken_over_in_the_passive": (
        # 其县委书记职务由乙接任: 其 is his (the one who moved), the post the one his move left
        "东江县委书记王刚调任东江市副市长，其县委书记职务由县长李明接任。",
        [
            ("appoint", "王刚", "东江市副市长", None),
            ("remove", "王刚", "东江县委书记", None),
            ("appoint", "李明", "东江县委书记", None),
        ],
    ),
    "kept_on_in_the_post": (
        # a new government's team: 继续出任 / 原位留任 / 原职留任 (reappointed for the new term: appoint)
        "新一届政府主要官员名单公布，警队前一哥谭炳燊继续出任保安局局长。财政司司长麦茂坤原位留任。"
        "环境局局长黄锦文原职留任。",
        [
            ("appoint", "谭炳燊", "保安局局长", None),
            ("appoint", "麦茂坤", "财政司司长", None),
            ("appoint", "黄锦文", "环境局局长", None),
        ],
    ),
    "kept_on_into_the_next_government": (
        # 过渡至新班子 / 新一届政府 (ANNOTATION: reappointment for a new term, 过渡至下届政府 → appoint)
        "新一届政府班子今日公布。政务司司长张国栋、财政司司长陈家豪将过渡至新班子。"
        "律政司司长袁志强将过渡至新一届政府。",
        [
            ("appoint", "张国栋", "政务司司长", None),
            ("appoint", "陈家豪", "财政司司长", None),
            ("appoint", "袁志强", "律政司司长", None),
        ],
    ),
    "slogan_with_a_comma_inside_a_body_name": (
        # a short quote's comma ends no clause, and the quote inside the body's name stays as printed
        "市政府常务会议研究决定：任命杨帆为东江市“产业强市，项目为王”攻坚行动指挥部办公室主任，徐建华为副主任。",
        [
            ("appoint", "杨帆", "东江市“产业强市，项目为王”攻坚行动指挥部办公室主任", None),
            ("appoint", "徐建华", "东江市“产业强市，项目为王”攻坚行动指挥部办公室副主任", None),
        ],
    ),
    "pre_appointment_notice_post_above_profile": (
        # 任前公示 printed post first: 一、拟任X⏎甲，男，…: proposed (nominate_appoint), the name below
        "现将拟任职人员情况公示如下：\n一、拟任东江大学化学化工学院院长\n"
        "王晓光，男，1977年3月生，博士，教授，现任东江大学化学化工学院副院长。\n"
        "二、拟任东江大学研究生院副院长\n张丽，女，1982年10月生，博士，研究员。\n",
        [
            ("nominate_appoint", "王晓光", "东江大学化学化工学院院长", None),
            ("nominate_appoint", "张丽", "东江大学研究生院副院长", None),
        ],
    ),
    "joined_a_unit_then_its_bare_title": (
        # 甲已到某局任职，任局长: the unit joined is the bare title's (news of a move)
        "据东江市生态环境局官网消息，梓桐县委副书记胡明亮已到东江市生态环境局任职，任局长。",
        [("appoint", "胡明亮", "东江市生态环境局局长", None)],
    ),
    "bare_title_in_the_passive_after_a_former_holder": (
        # 原某市市长甲升任…，市长一职由乙代理: the post printed in full before is 某市市长 (原 is no part)
        "原东江市市长王刚已升任东江市委书记，市长一职由常务副市长李华代理。",
        [
            ("appoint", "王刚", "东江市委书记", None),
            ("remove", "王刚", "东江市市长", None),  # (原X甲升任Y: X ends)
            ("appoint", "李华", "东江市代理市长", None),
        ],
    ),
    "proposed_to_the_central_government": (
        # 报请中央人民政府任命 (Hong Kong, Macao): the Chief Executive proposes; the appointment is not
        # yet made (nominate_appoint), unless the same text reports it made
        "行政长官今日根据《基本法》第四十八条第（五）项提名，报请中央人民政府任命李家明为运输及物流局局长。",
        [("nominate_appoint", "李家明", "运输及物流局局长", None)],
    ),
    "bare_title_of_the_post_the_subject_is_described_by": (
        # 某市原副市长甲，因到龄退休，不再担任副市长职务 / 现年60岁的某银行行长乙，已于日前辞去行长职务:
        # the bare title is the post the person is described by (an age is no part of it)
        "东江市原副市长王刚，因到龄退休，不再担任副市长职务。现年60岁的东江银行行长赵伟，已于日前辞去行长职务。"
        "年满60岁的西湾银行行长钱进已于日前辞去行长职务。",
        [
            ("remove", "王刚", "东江市副市长", None),
            ("other", "赵伟", "东江银行行长", None),
            ("other", "钱进", "西湾银行行长", None),
        ],
    ),
    "elected_with_beixuanwei": (
        # 被选为 (elected), as 被选举为
        "东江市工商业联合会第十届会员代表大会闭幕，张立明被选为东江市工商业联合会主席。",
        [("other", "张立明", "东江市工商业联合会主席", None)],
    ),
    "resignation_accepted_among_adopted_decisions": (
        # 通过了关于接受甲辞去X职务请求的决定、某项目的决议: the decisions adopted, each its own clause
        "会议表决通过了关于接受李振华同志辞去副镇长职务请求的决定、西河老街改造项目的决议。",
        [("other", "李振华", "副镇长", None)],
    ),
    "mandates_confirmed_for_several_deputies": (
        # 会议确认甲、乙的某代表资格有效: each elected (the lead before 确认 is no name)
        "会议确认周立明、王海的东江市第十六届人民代表大会代表资格有效。",
        [
            ("other", "周立明", "东江市第十六届人民代表大会代表", None),
            ("other", "王海", "东江市第十六届人民代表大会代表", None),
        ],
    ),
    "elected_pairs_after_le": (
        # 选举产生了县长甲、副县长乙: 了 after the electing words, then the title and name pairs
        "东江县第十八届人民代表大会第一次会议选举产生了县长张立明、副县长李华。",
        [
            ("other", "张立明", "县长", None),
            ("other", "李华", "副县长", None),
        ],
    ),
    "decided_acting_head_with_own_deputy_title": (
        # 决定甲副省长为某省代理省长: the deputy title he holds stands between the name and 为
        "东江省人大常委会第十次会议决定李华副省长为东江省代理省长。",
        [("appoint", "李华", "东江省代理省长", None)],
    ),
    "name_before_reciting_the_oath": (
        # 甲跟诵誓词: 跟 starts the word after the name
        "新任命的东江市财政局局长李华跟诵誓词。",
        [("appoint", "李华", "东江市财政局局长", None)],
    ),
    "leaving_told_after_described_people": (
        # the posts the people are described by end: 均因年龄原因卸任 / 近日突然被免职 / 都将在22日退休
        # (甲及乙: 及 between two described people; a place's short name ending in 原 keeps it)
        "东江大学党委常委、副校长张立明近日突然被免职。"
        "青原书记汪立民、朔方书记谭文生均因年龄原因卸任。"
        "交通部说，民航局长林志明及运输研究所所长林德华都将在22日退休。",
        [
            ("remove", "张立明", "东江大学党委常委", None),
            ("remove", "张立明", "东江大学副校长", None),
            ("remove", "汪立民", "青原书记", None),
            ("remove", "谭文生", "朔方书记", None),
            ("other", "林志明", "民航局长", None),
            ("other", "林德华", "运输研究所所长", None),
        ],
    ),
    "words_between_a_described_subject_and_its_move": (
        # 南下 / 北上 (a move's direction), 随即, a day of the month, a reason closed by 、
        "西岭省委副书记张立明南下，调任东江汽车公司董事长、党委书记。"
        "东江省委组织部部长李国华北上履新西岭省委组织部部长。"
        "赵东明15日当选东江省省长。陈荃国随即出任东江医院院长。"
        "王海涛同志因到龄退休、不再担任东江医院院长职务。",
        [
            ("appoint", "张立明", "东江汽车公司董事长", None),
            ("appoint", "张立明", "东江汽车公司党委书记", None),
            ("remove", "张立明", "西岭省委副书记", None),
            ("appoint", "李国华", "西岭省委组织部部长", None),
            ("remove", "李国华", "东江省委组织部部长", None),
            ("other", "赵东明", "东江省省长", None),
            ("appoint", "陈荃国", "东江医院院长", None),
            ("remove", "王海涛", "东江医院院长", None),
        ],
    ),
    "headline_subject_then_the_decision_naming_him": (
        # 甲北上,乙南下 as a headline, then 任命甲为X、Y: 任命 is no bare 任 going on with the headline's name
        "胡玉明北上,刘晓东南下\n\n东江省人大常委会第二次会议决定,任命胡玉明为东江省副省长、代省长。\n",
        [
            ("appoint", "胡玉明", "东江省副省长", None),
            ("appoint", "胡玉明", "东江省代省长", None),
        ],
    ),
    "pronoun_resigns": (
        # 他(同时)申请辞去…: the person the text named last
        "公司董事会收到董事长李强的辞职报告。他申请辞去东江实业股份有限公司董事长职务。",
        [("other", "李强", "东江实业股份有限公司董事长", None)],
    ),
    "named_deputies_recalled_in_the_passive": (
        # 甲、乙的某代表职务被罢免: each recalled (other), the post printed before 职务
        "东江市人大常委会发布公告：张立明、李华的东江市第十六届人民代表大会代表职务被罢免。",
        [
            ("other", "张立明", "东江市第十六届人民代表大会代表", None),
            ("other", "李华", "东江市第十六届人民代表大会代表", None),
        ],
    ),
    "appointment_approved_by_the_higher_congress": (
        # 某会议选举的某检察院检察长甲已经某省人大常委会批准任命: done (报请…批准任命 is not yet)
        "东江市人民代表大会第一次会议选举的东江市人民检察院检察长张立明已经东江省人民代表大会常务委员会批准任命。"
        "西岭市人民检察院检察长李华报请东江省人大常委会批准任命。",
        [("appoint", "张立明", "东江市人民检察院检察长", None)],
    ),
    "moved_to_a_place_with_no_post": (
        # 某市委书记甲调任某省任职: no post named where he goes; the post he is described by ends
        "东江市委书记张立明调任西岭任职。",
        [("remove", "张立明", "东江市委书记", None)],
    ),
    "letters_of_appointment_handed_to_the_newly_appointed": (
        # 为新任命(的)X甲、Y乙颁发任命书: each appointed (颁 starts the word after the last name)
        "会议结束后，刘强为新任命的东江市人民政府副市长王立新、东江市财政局局长李华颁发任命书。"
        "西岭县人大常委会主任赵刚为新任命西岭县审计局局长孙明颁发任命书。",
        [
            ("appoint", "王立新", "东江市人民政府副市长", None),
            ("appoint", "李华", "东江市财政局局长", None),
            ("appoint", "孙明", "西岭县审计局局长", None),
        ],
    ),
    "successor_described_by_no_title_of_the_table": (
        # 由前任外长乙接任: the description before the name ends in no title the table knows
        "秦立刚今年7月被免去外交部部长职务，由前任外长王予接任。",
        [
            ("remove", "秦立刚", "外交部部长", None),
            ("appoint", "王予", "外交部部长", None),
        ],
    ),
    "elected_with_the_votes_counted": (
        # 以赞成票N票、反对票N票(、弃权票N票)(的投票结果)，当选为…: the count between name and verb
        "张立明以赞成票88票、反对票0票、弃权票1票的投票结果，当选为东江县人民政府县长。"
        "在投票选举环节，李华以赞成票90票、反对票0票当选为东江镇人民政府副镇长。",
        [
            ("other", "张立明", "东江县人民政府县长", None),
            ("other", "李华", "东江镇人民政府副镇长", None),
        ],
    ),
    "party_department_of_the_committee_described": (
        # 某自治区党委常委甲兼任党委组织部部长，不再兼任党委秘书长职务: the 党委 is the one he is a
        # member of (not 党委组织部党委秘书长)
        "东江壮族自治区党委常委张立明兼任党委组织部部长，不再兼任党委秘书长职务。",
        [
            ("appoint", "张立明", "东江壮族自治区党委组织部部长", None),
            ("remove", "张立明", "东江壮族自治区党委秘书长", None),
        ],
    ),
    "removed_in_the_passive_without_qu": (
        # 甲被免某职务 (news leaves out 去)
        "东江日报社总编辑张立明被免总编辑职务。",
        [("remove", "张立明", "东江日报社总编辑", None)],
    ),
    "each_promoted_in_their_own_body": (
        # 甲、乙分别升任各自公司董事长、总经理: each title of the body its person is described by
        "东江集团总经理张立明、西岭电气集团副总经理李文华分别升任各自公司董事长、总经理。",
        [
            ("appoint", "张立明", "东江集团董事长", None),
            ("appoint", "李文华", "西岭电气集团总经理", None),
        ],
    ),
    "township_council_elects_its_chair_by_votes": (
        # 某镇代会…，甲以四票当选主席: a township's council (代会) and a vote count in Chinese numerals
        "東山鎮代會昨天辦理正副主席補選，張立明以四票當選主席，李美華以六票全票當選副主席。",
        [
            ("other", "張立明", "東山鎮代會主席", None),
            ("other", "李美華", "東山鎮代會副主席", None),
        ],
    ),
    "term_not_renewed": (
        # 不再续聘甲为某参事: the post ends (remove), not a hiring
        "经省人民政府研究，决定续聘赵六为省人民政府参事，聘期三年；不再续聘钱七为省人民政府参事。",
        [
            ("appoint", "赵六", "省人民政府参事", None),
            ("remove", "钱七", "省人民政府参事", None),
        ],
    ),
    "fixed_term_renewed_in_a_dispatch": (
        # 甲—根据…的规定，…，其担任X的定期委任，自某日起续期一年 (Macao): appointed for the new term
        "摘錄自行政法務司司長於二零二四年二月二十六日作出的批示：\n\n"
        "鄭慧明—根據第15/2009號法律《領導及主管人員通則的基本規定》第五條第一款的規定，"
        "因具備適當經驗及專業能力履行職務，其擔任法務局局長的定期委任，自二零二四年四月十八日起續期一年。\n",
        [("appoint", "鄭慧明", "法務局局長", "2024-02-26")],
    ),
    "last_years_day_weeks_before_the_page_is_news": (
        # a decision of 2019年12月31日 on a page of 2020-01-11: news, not a career's past; a month of
        # last year with no day on a page months later stays a career step
        "来源：东江日报 2020-01-11\n"
        "2019年12月31日，东江市第十六届人大常委会第二十次会议决定，任命张立明为东江市人民政府副市长。\n",
        [("appoint", "张立明", "东江市人民政府副市长", "2019-12-31")],
    ),
    "an_unclosed_quote_holds_no_list": (
        # a quote opened and never closed is no span of its own: the list's items are still read
        "决定任命杨帆为东江市“产业强市办公室主任、徐建华为东江市财政局局长、李明为东江市教育局局长。",
        [
            ("appoint", "杨帆", "东江市产业强市办公室主任", None),
            ("appoint", "徐建华", "东江市财政局局长", None),
            ("appoint", "李明", "东江市教育局局长", None),
        ],
    ),
    "bei_inside_a_body_name": (
        # 被服厂 is a name: 被 is a clause's word only before an act (被免, 被任, 被外调 …)
        "东江被服厂厂长王强辞职。",
        [("other", "王强", "东江被服厂厂长", None)],
    ),
    "kept_on_with_guodu_dao_and_a_long_day_before_the_end": (
        # 过渡到 as 过渡至; 自…零时起终止…的定期委任 (the day before 终止 runs long)
        "政务司司长陈大文将过渡到新一届政府。自二零二四年十二月三十一日零时起终止王志明体育局局长的定期委任。",
        [
            ("appoint", "陈大文", "政务司司长", None),
            ("remove", "王志明", "体育局局长", "2024-12-31"),
        ],
    ),
    "candidates_each_with_votes_then_elected": (
        # 甲得票73票，乙得票71票，当选为…: each name with its votes, one election for both
        "2名副镇长候选人宋致远得票73票，徐晋得票71票，当选为东江镇人民政府副镇长。"
        "张立明得票88票，当选为西岭镇人民政府镇长。",
        [
            ("other", "宋致远", "东江镇人民政府副镇长", None),
            ("other", "徐晋", "东江镇人民政府副镇长", None),
            ("other", "张立明", "西岭镇人民政府镇长", None),
        ],
    ),
    "decisions_by_title_then_other_items": (
        # 《关于…的决定》《关于乙代理…的决定》以及有关人事任免事项: each title its own clause, the rest too
        "会议审议了《自治区人大常委会关于免去张立明自治区监察委员会主任职务的决定》"
        "《自治区人大常委会关于李华代理自治区监察委员会主任的决定》以及有关人事任免事项等议程。",
        [
            ("remove", "张立明", "自治区监察委员会主任", None),
            ("appoint", "李华", "自治区监察委员会代理主任", None),
        ],
    ),
    "formally_became_the_head": (
        # 正式成为某市市长 (成为 alone names no act; 正式 says it is done)
        "接替已被处分降职的王立新，此前任职渭川市委书记的黎明远正式成为东江市市长。",
        [("appoint", "黎明远", "东江市市长", None)],
    ),
    # 任命甲兼任X: 兼 is no part of the name
    "concurrent_post_under_a_naming_verb": (
        "经研究，决定任命欧阳明兼任东江市财政局局长，孙立平兼任东江市城市管理综合行政执法局局长。",
        [
            ("appoint", "欧阳明", "东江市财政局局长", None),
            ("appoint", "孙立平", "东江市城市管理综合行政执法局局长", None),
        ],
    ),
    # 甲被依法罢免…代表职务: 依法 between 被 and the act
    "recall_told_as_done_by_law": (
        "会议听取了代表资格审查委员会的报告，张伟被依法罢免东江市第十八届人民代表大会代表职务。",
        [("other", "张伟", "东江市第十八届人民代表大会代表", None)],
    ),
    # 解聘甲先生公司X职务: the honorific ends the name, no 的
    "company_officer_dismissed_with_honorific": (
        "远景物流股份有限公司董事会同意解聘钟明先生公司财务总监职务，免去王丽女士公司副总经理职务。",
        [
            ("remove", "钟明", "远景物流股份有限公司财务总监", None),
            ("remove", "王丽", "远景物流股份有限公司副总经理", None),
        ],
    ),
    # 财务总监, 董事会秘书, 首席财务官: titles, no unit 财务 or board of theirs
    "company_officers_titled_by_their_field": (
        "青山环保股份有限公司董事会同意聘任张明先生为公司副总经理、财务总监、董事会秘书，聘任李华女士为公司首席财务官。",
        [
            ("appoint", "张明", "青山环保股份有限公司副总经理", None),
            ("appoint", "张明", "青山环保股份有限公司财务总监", None),
            ("appoint", "张明", "青山环保股份有限公司董事会秘书", None),
            ("appoint", "李华", "青山环保股份有限公司首席财务官", None),
        ],
    ),
    # the head of one department, then of another of the same body
    "departments_side_by_side_under_one_body": (
        "任命钱八为宁乡市人民医院医务科科长、护理部主任。\n任命赵六为宁乡市公安局刑事侦查大队大队长、禁毒大队大队长。\n汉江大学决定：聘任吴九为汉江大学发展规划处处长、高等教育研究所所长。",
        [
            ("appoint", "钱八", "宁乡市人民医院医务科科长", None),
            ("appoint", "钱八", "宁乡市人民医院护理部主任", None),
            ("appoint", "赵六", "宁乡市公安局刑事侦查大队大队长", None),
            ("appoint", "赵六", "宁乡市公安局禁毒大队大队长", None),
            ("appoint", "吴九", "汉江大学发展规划处处长", None),
            ("appoint", "吴九", "汉江大学高等教育研究所所长", None),
        ],
    ),
    # 审判员、执行局执行员: 执行员 is a court's post
    "court_bailiff_after_a_judge": (
        "任命孙七为宁乡市人民法院审判员、执行局执行员。",
        [
            ("appoint", "孙七", "宁乡市人民法院审判员", None),
            ("appoint", "孙七", "宁乡市人民法院执行局执行员", None),
        ],
    ),
    # 某自治区党委常委、宣传部部长: the committee's department
    "party_department_after_party_standing_committee": (
        "经中共江西省委研究决定：刘敏同志任南昌航空大学党委常委、组织部部长；王刚同志任新疆生产建设兵团党委常委、秘书长。",
        [
            ("appoint", "刘敏", "南昌航空大学党委常委", None),
            ("appoint", "刘敏", "南昌航空大学党委组织部部长", None),
            ("appoint", "王刚", "新疆生产建设兵团党委常委", None),
            ("appoint", "王刚", "新疆生产建设兵团党委秘书长", None),
        ],
    ),
    # 首席专家 is a post of its own
    "research_institute_chief_expert": (
        "经研究，决定聘任孔凡同志为浙东农业科学研究院首席专家。",
        [("appoint", "孔凡", "浙东农业科学研究院首席专家", None)],
    ),
    # 获国务院任命为 / 獲行政長官委任為: the appointing body between 获 and the verb
    "appointed_by_a_body_named_after_huo": (
        "李明获国务院任命为水利部副部长。前立法會議員梁志強日前獲行政長官委任為城市規劃委員會副主席。",
        [("appoint", "李明", "水利部副部长", None), ("appoint", "梁志強", "城市規劃委員會副主席", None)],
    ),
    # 交流任, 聘任为 with 被 left out, 被推选为
    "cadre_exchange_and_hiring_without_bei": (
        "王峰同志交流任平江县人民政府副县长。\n经研究，张三同志聘任为宁乡市农业科学研究所副所长。\n在县妇女第十四次代表大会上，陈芳被推选为县妇女联合会主席。",
        [
            ("appoint", "王峰", "平江县人民政府副县长", None),
            ("appoint", "张三", "宁乡市农业科学研究所副所长", None),
            ("other", "陈芳", "县妇女联合会主席", None),
        ],
    ),
    # 甲同志任X试用期满，经考核，按期正式任职
    "probation_served_told_with_ren": (
        "胡军同志任滨江区商务局副局长试用期满，经考核合格，按期正式任职。\n张敏同志任市委组织部副部长试用期已满，经考核，按期正式任职。",
        [("confirm", "胡军", "滨江区商务局副局长", None), ("confirm", "张敏", "市委组织部副部长", None)],
    ),
    # 常委会收到甲辞去X职务的书面报告
    "resignation_letter_received_by_the_committee": (
        "区人大常委会收到范文龙同志因工作调动提出辞去区人民政府副区长职务的书面报告。",
        [("other", "范文龙", "区人民政府副区长", None)],
    ),
    # 因工作调动，甲已调离…，其…代表资格终止: the name after the reason
    "deputy_leaving_after_the_reason": (
        "因工作调动，李晓东已调离本行政区域，依照代表法的有关规定，其市十五届人大代表资格终止。",
        [("other", "李晓东", "市十五届人大代表", None)],
    ),
    # 补选了X，甲、乙当选: the seat told before the result
    "election_result_after_the_seat": (
        "会议补选了东江市出席东江省第十四届人民代表大会代表，赵志刚、毛海燕当选。",
        [
            ("other", "赵志刚", "东江市出席东江省第十四届人民代表大会代表", None),
            ("other", "毛海燕", "东江市出席东江省第十四届人民代表大会代表", None),
        ],
    ),
    # 今(1)日 / 昨天(1日)起 between the name and the verb, dated by it
    "taiwan_day_told_twice_between_name_and_verb": (
        "2024年3月2日\n國發會主委龔明鑫昨（1）日請辭獲准。原郵政署長葉慧貞今（2）日起出任行政長官辦公室秘書長。",
        [
            ("other", "龔明鑫", "國發會主委", "2024-03-01"),
            ("appoint", "葉慧貞", "行政長官辦公室秘書長", "2024-03-02"),
        ],
    ),
    # 本报讯 DATE，…昨天，…决定: the opening date is the report's; 昨天 dates the act
    "report_date_opening_then_yesterday": (
        "本报讯 2023年11月8日，记者从市委组织部获悉，昨天，市委决定：高明同志任市委办公室主任。",
        [("appoint", "高明", "市委办公室主任", "2023-11-07")],
    ),
    # 确认甲、乙两名同志辞去…: 确认 and the head count are no part of a name
    "resignations_confirmed_with_a_head_count": (
        "会议表决通过了关于确认李华、王明两名同志辞去市十六届人大代表职务的报告。",
        [("other", "李华", "市十六届人大代表", None), ("other", "王明", "市十六届人大代表", None)],
    ),
    # 甲先生自DATE起就任本行X: the effective day between; 本行 is the bank's full name
    "bank_officer_takes_office_on_a_day": (
        "江南农村商业银行股份有限公司公告：刘峰先生自2024年5月20日起正式就任本行副行长。",
        [("appoint", "刘峰", "江南农村商业银行股份有限公司副行长", None)],
    ),
    # 昨天…会议闭幕。会议决定任命：甲为X；乙为Y；… every item is the meeting's
    "meeting_day_over_a_long_list_cut_by_semicolons": (
        "2024年3月6日 来源：东江日报\n昨天，市十七届人大常委会第十五次会议闭幕。会议决定任命：张一为市发展"
        "和改革委员会主任；李二为市教育局局长；王三为市科学技术局局长；赵四为市公安局局长；钱五为市民政局局"
        "长；孙六为市司法局局长。",
        [
            ("appoint", "张一", "市发展和改革委员会主任", "2024-03-05"),
            ("appoint", "李二", "市教育局局长", "2024-03-05"),
            ("appoint", "王三", "市科学技术局局长", "2024-03-05"),
            ("appoint", "赵四", "市公安局局长", "2024-03-05"),
            ("appoint", "钱五", "市民政局局长", "2024-03-05"),
            ("appoint", "孙六", "市司法局局长", "2024-03-05"),
        ],
    ),
    # 某区委常委、纪委书记: the place's 纪委, not one inside the 区委; 市监委 after 市纪委
    "discipline_commission_after_party_standing_committee": (
        "李文学同志任西山区委常委、纪委书记。\n任命王强为东江市委常委、市纪委书记、市监委主任。",
        [
            ("appoint", "李文学", "西山区委常委", None),
            ("appoint", "李文学", "西山区纪委书记", None),
            ("appoint", "王强", "东江市委常委", None),
            ("appoint", "王强", "东江市纪委书记", None),
            ("appoint", "王强", "东江市监委主任", None),
        ],
    ),
    # 甲将接替退休的乙出任X: 甲 takes X, not 乙
    "successor_before_the_one_succeeded_described": (
        "中联办主任张建国将接替退休的李明出任港澳办主任。",
        [("appoint", "张建国", "港澳办主任", None)],
    ),
    # 甲卸任X，出任Y / 甲辞去X职务，出任Y: the clause goes on with 甲
    "post_taken_after_one_left": (
        "王晓明卸任东方电信董事长，出任北方联通董事长。李华辞去南方航运总经理职务，出任东海港务集团总经理。",
        [
            ("remove", "王晓明", "东方电信董事长", None),
            ("appoint", "王晓明", "北方联通董事长", None),
            ("other", "李华", "南方航运总经理", None),
            ("appoint", "李华", "东海港务集团总经理", None),
        ],
    ),
    # 董事会于DATE收到甲的辞职报告: the letter takes effect when received, not when the notice is signed
    "resignation_dated_by_the_letters_receipt": (
        "东港物流股份有限公司(以下简称“公司”)董事会于2021年6月3日收到董事张立先生的书面辞职报告，张立先生因个人原因申请辞去公司董事职务。\n特此公告。\n东港物流股份有限公司董事会\n2021年6月5日",
        [("other", "张立", "东港物流股份有限公司董事", "2021-06-03")],
    ),
    # 甲向某某董事会提交辞职报告，辞去公司X职务: 甲 resigns, 公司 is the board's company
    "letter_handed_to_a_board_then_resigned": (
        "周立于3月5日向东港物流董事会提交辞职报告，辞去公司总经理、董事职务，即日生效。",
        [("other", "周立", "东港物流总经理", None), ("other", "周立", "东港物流董事", None)],
    ),
    # 国务院昨宣布…: 昨 alone is yesterday
    "hong_kong_yesterday_printed_alone": (
        "更新於 2021年03月06日 08:00\n國務院昨宣布免去陳大明的北港中聯辦主任職務。",
        [("remove", "陳大明", "北港中聯辦主任", "2021-03-05")],
    ),
    # 除日前已公布的名单外，昨天新增…: the act is 昨天's
    "yesterday_after_days_ago": (
        "2025-05-12 08:30 东港日报\n除部分日前已公布的名单外，昨天新增卫生局长由现任医管局副总监李明接任。",
        [("appoint", "李明", "卫生局长", "2025-05-11")],
    ),
    # 上月甲被免去…: the month before the page's
    "last_month_opening_a_sentence": (
        "2026年2月10日\n上月王国明被免去东港市劳动局局长职务。",
        [("remove", "王国明", "东港市劳动局局长", "2026-01")],
    ),
    # 此前，在M月D日，… / 此前的M月D日… / 此前一天，…: a day of this year, news, not a career's past
    "before_that_on_a_day_of_this_year": (
        "此前，在1月19日，东海市人代会选举章青为东海市市长。此前一天，南江市委常委、原宣传部部长徐海调任万山区区委书记。",
        [
            ("other", "章青", "东海市市长", None),
            ("appoint", "徐海", "万山区区委书记", None),
            ("remove", "徐海", "南江市委宣传部部长", None),
        ],
    ),
    # 甲明日（2月11日）起，出任X: the day as an aside, the verb after the comma
    "tomorrow_with_its_date_before_a_comma": (
        "政府今日宣布，現任環境局副秘書長梁詠明明日（2月11日）起，出任勞工及福利局副秘書長。",
        [("appoint", "梁詠明", "勞工及福利局副秘書長", None)],
    ),
    # 原X甲升任Y: the post called 原 ends
    "promotion_from_a_post_called_former": (
        "原东江市财政局副局长李强升任局长。",
        [("appoint", "李强", "东江市财政局局长", None), ("remove", "李强", "东江市财政局副局长", None)],
    ),
    # 其职缺由乙接掌 / 甲请辞，改由乙接任: the successor takes the post left
    "successor_of_a_vacancy_or_after_a_resignation": (
        "青山縣政府表示，原社會處長陳志明已陞任副縣長，其職缺由張雅婷接掌。勞動部長林美君因身體因素請辭，改由南屏市副市長蘇建宏接任。",
        [
            # (the county's government announcing: its 副縣長)
            ("appoint", "陳志明", "青山縣政府副縣長", None),
            ("remove", "陳志明", "社會處長", None),
            ("appoint", "張雅婷", "社會處長", None),
            ("other", "林美君", "勞動部長", None),
            ("appoint", "蘇建宏", "勞動部長", None),
        ],
    ),
    # 某某董事会选举甲为公司董事长: 公司 is the short name the board goes by (no full name printed)
    "company_by_its_boards_short_name": (
        "东海建工第五届董事会第十次会议召开。本次会议中，东海建工董事会选举王建明先生为公司董事长。",
        [("other", "王建明", "东海建工董事长", None)],
    ),
    # 某党委召开党员大会，选举产生新一届委员会。甲当选为本届委员会委员: that 党委's
    "committee_an_election_formed": (
        "海州大学离退休人员工作处党委召开党员大会，选举产生新一届委员会。王建国、李梅当选为本届委员会委员。",
        [
            ("other", "王建国", "海州大学离退休人员工作处党委委员", None),
            ("other", "李梅", "海州大学离退休人员工作处党委委员", None),
        ],
    ),
    # 并委任乙为新成员 / 某委员会新成员: 新 is no part of the post, the body is the one named
    "new_members_of_the_body_named_before": (
        "政府今日宣布再度委任李家聲、梁文軒為漁農諮詢委員會成員，並委任陳美華為新成員。",
        [
            ("appoint", "李家聲", "漁農諮詢委員會成員", None),
            ("appoint", "梁文軒", "漁農諮詢委員會成員", None),
            ("appoint", "陳美華", "漁農諮詢委員會成員", None),
        ],
    ),
    # 委任2名某委员会新成员，分别是会计师甲及某医院前任主席乙: each described, each a member
    "members_described_after_the_post_named": (
        "政府今日委任2名漁農諮詢委員會新成員，分別是會計師梁文軒及仁濟醫院前任主席陳美華。新委任的城市規劃委員會成員包括測量師何大偉和立法會議員周國明。",
        [
            ("appoint", "梁文軒", "漁農諮詢委員會成員", None),
            ("appoint", "陳美華", "漁農諮詢委員會成員", None),
            ("appoint", "何大偉", "城市規劃委員會成員", None),
            ("appoint", "周國明", "城市規劃委員會成員", None),
        ],
    ),
    # 3月，甲北上履新… / 6月，国务院任命…: a roundup's line dated by the month it opens with
    "roundup_lines_dated_by_their_month": (
        "2018-10-17 14:10 来源：东江新闻\n6日下午，东江省委组织部召开大会，宣布中共中央决定：林木同志任中共"
        "东江省委常委。\n6月，国务院任命焦明为国家粮食局副局长。",
        [
            ("appoint", "林木", "中共东江省委常委", "2018-10-06"),
            ("appoint", "焦明", "国家粮食局副局长", "2018-06"),
        ],
    ),
    # 8月24日，甲到龄退休；乙则调任…: the day reaches past the ；
    "day_opening_a_sentence_cut_by_semicolons": (
        "2015-09-15 08:06 来源：东江晚报\n8月24日，北方航运原董事长奚强到龄退休；东海港务原董事长常斌则调任"
        "南方航运董事长。",
        [
            ("other", "奚强", "北方航运董事长", "2015-08-24"),
            ("appoint", "常斌", "南方航运董事长", "2015-08-24"),
            ("remove", "常斌", "东海港务董事长", "2015-08-24"),
        ],
    ),
    # 甲已经到龄到届，卸任X职务: the subject's clause ends with the reason, the verb after
    "leaving_at_the_age_limit_then_the_post": (
        "东江大学原校长屠嘉明已经到龄到届，卸任校长职务。",
        [("remove", "屠嘉明", "东江大学校长", None)],
    ),
    # 甲回任X / 甲继续任X: appointed
    "back_to_a_post_and_kept_on": (
        "东江市财政局副局长王明回任东江市审计局局长。李强继续任东江市政府副秘书长。",
        [("appoint", "王明", "东江市审计局局长", None), ("appoint", "李强", "东江市政府副秘书长", None)],
    ),
    # 甲已于稍早前调任X: 稍早前 between the name and the verb
    "acts_after_a_while_ago": (
        "此前担任东岭省委副书记的刘宁已于稍早前调任西海省委副书记。",
        [("appoint", "刘宁", "西海省委副书记", None), ("remove", "刘宁", "东岭省委副书记", None)],
    ),
    # 任命王  伟为… / 免去刘　　芳的… / 王  伟同志任…: a two-character name padded to three in running text
    "names_padded_inside_clauses": (
        "决定任命王  伟为江山市民政局局长，免去刘\u3000\u3000芳的江山市民政局局长职务。\n王\xa0\xa0强同志任"
        "江山市水利局局长。",
        [
            ("appoint", "王伟", "江山市民政局局长", None),
            ("remove", "刘芳", "江山市民政局局长", None),
            ("appoint", "王强", "江山市水利局局长", None),
        ],
    ),
    # - 2019年4月，… / 直到2021年7月，…: a year after a list's dash or 直到 is still a career step
    "career_steps_after_a_dash_or_until": (
        "2023-07-11 来源：东江日报\n昨天（10日），远航海运集团总经理宋嘉平出任海工装备集团董事长。举几个例"
        "子。\n- 2019年4月，北方建工集团原总经理麦启强出任城乡建设部副部长；\n直到2021年7月，赵光明被任命为"
        "南方石化集团公司总经理。",
        [("appoint", "宋嘉平", "海工装备集团董事长", "2023-07-10")],
    ),
    # 某局专员甲、资深媒体人乙出任X: a profession describes the second name as a title would
    "people_described_by_post_then_by_trade": (
        "青年局专员蔡立莹、资深媒体人魏立慧出任市府副发言人。",
        [("appoint", "蔡立莹", "市府副发言人", None), ("appoint", "魏立慧", "市府副发言人", None)],
    ),
    # ■相关阅读 / 往期回顾 over other articles' headlines: none of them is this page's act
    "related_articles_under_a_bullet_or_past_issues": (
        "东江日报讯 会议任命蒋立群为衡阳市人民政府副市长。会议还听取了报告，审议了议案，通过了决议。\n■相关"
        "阅读\n王强任衡阳市政府党组成员\n往期回顾\n李明任衡阳市教育局局长",
        [("appoint", "蒋立群", "衡阳市人民政府副市长", None)],
    ),
    # 选举结果 rows: 某县人民政府县长：甲⏎副县长：乙、丙 (a bare title row is of the body of the row above)
    "election_results_a_post_a_row": (
        "选举结果\n高阳县第十八届人民代表大会常务委员会主任：王建平\n副主任：李国强、张秀兰\n高阳县人民政府县长：陈志远\n副县长：赵海、孙丽",
        [
            ("other", "王建平", "高阳县第十八届人民代表大会常务委员会主任", None),
            ("other", "李国强", "高阳县第十八届人民代表大会常务委员会副主任", None),
            ("other", "张秀兰", "高阳县第十八届人民代表大会常务委员会副主任", None),
            ("other", "陈志远", "高阳县人民政府县长", None),
            ("other", "赵海", "高阳县人民政府副县长", None),
            ("other", "孙丽", "高阳县人民政府副县长", None),
        ],
    ),
    # 7月8日…；7月9日…；7月10日…；7月11日…: each day resolved against the page's date, past the items above
    "roundup_item_under_several_dated_items": (
        "2024-07-14 10:00 来源：东江晚报\n7月8日，甲省委决定，张一任甲市委书记；\n7月9日，乙省委决定，张二"
        "任乙市委书记；\n7月10日，丙省委决定，张三任丙市委书记；\n7月11日，丁省委决定，韦立新任丁市委书记。",
        [
            ("appoint", "张一", "甲市委书记", "2024-07-08"),
            ("appoint", "张二", "乙市委书记", "2024-07-09"),
            ("appoint", "张三", "丙市委书记", "2024-07-10"),
            ("appoint", "韦立新", "丁市委书记", "2024-07-11"),
        ],
    ),
    # 2023年12月12日某县人民政府 / 香港，二零二四年三月二十八日: a signing line with its issuer or place
    "signing_date_beside_issuer_or_place": (
        "平阳县人民政府关于孟涛等同志职务任免的通知\n决定任命孟涛为平阳县科学技术局局长。\n2023年12月12日平阳县人民政府",
        [("appoint", "孟涛", "平阳县科学技术局局长", "2023-12-12")],
    ),
    # 任命：⏎某局局长　　　　甲 / 免去：⏎某局局长<tab>乙: a row printed post first
    "table_rows_printed_post_first": (
        "任命：\n黔江区司法局局长\u3000\u3000\u3000\u3000田中华\n黔江区教育委员会主任\u3000\u3000向丽华\n免去：\n黔江区财政局局长\t孙伟",
        [
            ("appoint", "田中华", "黔江区司法局局长", None),
            ("appoint", "向丽华", "黔江区教育委员会主任", None),
            ("remove", "孙伟", "黔江区财政局局长", None),
        ],
    ),
    # 委任下列人士為X：⏎甲⏎乙 / （一）甲；⏎（二）乙。: bare names one a line, numbered or not
    "appointees_listed_one_a_line_without_honours": (
        "行政長官已委任下列人士為教育統籌委員會委員：\n張志強\n劉美華\n\n委任下列人士為文化諮詢委員會委員：\n（一）陳家豪；\n（二）梁淑儀。",
        [
            ("appoint", "張志強", "教育統籌委員會委員", None),
            ("appoint", "劉美華", "教育統籌委員會委員", None),
            ("appoint", "陳家豪", "文化諮詢委員會委員", None),
            ("appoint", "梁淑儀", "文化諮詢委員會委員", None),
        ],
    ),
    # 行政長官已接納某局局長甲提出的辭職 (及 inside the bureau's name: one person)
    "resignation_accepted_by_the_chief_executive": (
        "行政長官已接納創新科技及工業局局長孫偉明因個人理由提出的辭職，即時生效。",
        [("other", "孫偉明", "創新科技及工業局局長", None)],
    ),
    # 某局長甲退休，遺缺由副局長乙升任: the successor takes the post left
    "vacancy_filled_by_a_promotion": (
        "財稅局長李淑惠退休，遺缺由副局長王俊傑升任。",
        [("other", "李淑惠", "財稅局長", None), ("appoint", "王俊傑", "財稅局長", None)],
    ),
    # 拟聘任以下同志为中层干部：⏎某科主任：甲: proposed (a 公示)
    "proposed_to_posts_listed_a_row_each": (
        "拟聘任以下同志为中层干部：\n心内科主任：刘海波\n急诊科副主任：张楠",
        [
            ("nominate_appoint", "刘海波", "心内科主任", None),
            ("nominate_appoint", "张楠", "急诊科副主任", None),
        ],
    ),
    # 某某有限公司⏎（於開曼群島註冊成立之有限公司）⏎…本公司之公司秘書: the company above, 之 no
    # part of the post
    "hong_kong_listed_company_registered_abroad": (
        "中原控股有限公司\n（於開曼群島註冊成立之有限公司）\n董事會宣佈，張嘉華先生已獲委任為本公司之公司秘書。",
        [("appoint", "張嘉華", "中原控股有限公司公司秘書", None)],
    ),
    # 今天宣布，甲将于六月一日出任X: dated by the announcement (the dateline's day), not by when it
    # takes effect
    "effective_day_to_come_is_not_the_acts": (
        "发布时间：2009-05-18 17:30\n香港特区政府今天宣布，现任民政事务局常任秘书长邝家欣将于6月1日出任公务"
        "员事务局常任秘书长。",
        [("appoint", "邝家欣", "公务员事务局常任秘书长", "2009-05-18")],
    ),
    # a headline, the page's 2009年5月19日05:59 and the dateline run into one line: the timestamp
    # dates nothing
    "page_timestamp_run_into_the_dateline": (
        "港府宣布高层人事调动\n2009年5月19日05:59 中国新闻网\n中新社香港五月十八日电 香港特区政府今天宣布，"
        "现任民政事务局常任秘书长邝家欣出任公务员事务局常任秘书长。",
        [("appoint", "邝家欣", "公务员事务局常任秘书长", "2009-05-18")],
    ),
    # …代表甲调离我区。…甲代表资格自行终止: the name right before 代表资格, the post from his description
    "deputy_mandate_ended_with_no_de": (
        "自治区第十二届人民代表大会代表庞立诚调离我区。根据代表法的有关规定，庞立诚代表资格自行终止。",
        [("other", "庞立诚", "自治区第十二届人民代表大会代表", None)],
    ),
    # 甲作为正式候选人以高票当选为X / 甲现在已经担任X: asides between the name and the verb
    "asides_between_name_and_verb": (
        "单子轩同志作为正式候选人以高票当选为东江区人大代表。现任体育局长王志豪现在已经担任东江市政府参事。",
        [("other", "单子轩", "东江区人大代表", None), ("appoint", "王志豪", "东江市政府参事", None)],
    ),
    # 甲经市委批准担任X: the approval between the name and the verb
    "approval_between_name_and_verb": (
        "张建国经市委批准担任东江县县长。",
        [("appoint", "张建国", "东江县县长", None)],
    ),
    # 委任下列人士为X：⏎甲⏎乙⏎特此公告: 特此公告 is no appointee
    "list_of_names_ends_at_a_line_that_is_none": (
        "委任下列人士為某委員會委員：\n陳大文\n李小明\n特此公告",
        [("appoint", "陳大文", "某委員會委員", None), ("appoint", "李小明", "某委員會委員", None)],
    ),
    # 本报讯 DATE，…决定任命甲…，周一已公示: the report's date, not the weekday's
    "a_weekday_said_in_passing_redates_nothing": (
        "本报讯 2023年11月8日，市委决定任命张建国为东江县副县长，周一已公示。",
        [("appoint", "张建国", "东江县副县长", "2023-11-08")],
    ),
    # 决定自2024年3月1日 00:00起任命…: a date and its time after 自 is the act's, no page stamp
    "an_acts_date_with_its_time": (
        "2024年3月5日\n决定自2024年3月1日 00:00起任命张建国为东江县副县长。",
        [("appoint", "张建国", "东江县副县长", "2024-03-01")],
    ),
    # X遗缺则是乙接手 (Taiwan): the successor takes the vacancy
    "vacancy_then_taken_by_ze_shi": (
        "至于北峰县教育处长遗缺，则是原教育处副处长林佳慧接手。",
        [("appoint", "林佳慧", "北峰县教育处长", None)],
    ),
    # 新任的X则由原来的Y乙接掌: the post, then its holder in the passive
    "post_then_passive_new_de_ze_you": (
        "新任的文化局局长则由原来的县府观光处处长郑文杰接掌。",
        [("appoint", "郑文杰", "文化局局长", None)],
    ),
    # X由前X乙回任: a holder returns to the post
    "post_then_passive_returning": (
        "社会处长由前社会处长吴美玲回任。",
        [("appoint", "吴美玲", "社会处长", None)],
    ),
    # 由年轻有为、42岁的现任某局副局长甲接任局长: praise and age are no part of the post
    "age_after_praise_before_title": (
        "由年轻有为、42岁的现任农业局副局长周建民接任局长。",
        [("appoint", "周建民", "农业局局长", None)],
    ),
    # 某局办公室主任甲升任副局长: the 局's 副局长, not the 办公室's
    "bare_title_of_the_unit_inside_the_described": (
        "县财政局办公室主任孙立伟升任副局长。",
        [("appoint", "孙立伟", "县财政局副局长", None)],
    ),
    # 某区议会举行会议，甲当选主席: the council that meets holds the bare title
    "council_meeting_names_the_elected_titles_body": (
        "南湾区区议会今日举行首次会议，林伟强当选主席，何嘉欣当选副主席。",
        [("other", "林伟强", "南湾区区议会主席", None), ("other", "何嘉欣", "南湾区区议会副主席", None)],
    ),
    # 某协会召开换届大会，选举甲为会长: the society that meets holds the bare title
    "society_congress_names_the_elected_titles_body": (
        "西城区个体劳动者协会召开换届大会，选举周丽华为会长。",
        [("other", "周丽华", "西城区个体劳动者协会会长", None)],
    ),
    # 原住民族委员会副主委甲请辞: the 原 of 原住民 is the body's own, no former
    "yuanzhumin_is_a_bodys_name_not_former": (
        "行政院今天宣布，原住民族委员会副主委林秀英请辞获准。",
        [("other", "林秀英", "原住民族委员会副主委", None)],
    ),
    # 任命下列同志为X：⏎甲⏎乙⏎丙: each line a name, each appointed
    "names_one_a_line_below_the_list_verb": (
        "任命下列同志为南溪县人民法院审判员：\n高晓燕\n曹立新\n欧阳明辉",
        [
            ("appoint", "高晓燕", "南溪县人民法院审判员", None),
            ("appoint", "曹立新", "南溪县人民法院审判员", None),
            ("appoint", "欧阳明辉", "南溪县人民法院审判员", None),
        ],
    ),
    # 免去下列同志的X职务：⏎甲⏎乙 (or 甲、乙): each removed from X
    "removed_names_below_the_post_heading": (
        "免去下列同志的南溪县人民检察院检察员职务：\n韩冬梅\n谢建军",
        [
            ("remove", "韩冬梅", "南溪县人民检察院检察员", None),
            ("remove", "谢建军", "南溪县人民检察院检察员", None),
        ],
    ),
    # 某医院召开干部大会，甲调任某委副主任，乙任院长: 院长 is the 医院's, not the 委's
    "bare_head_of_the_announcing_body_after_another_bodys_post": (
        "青山县人民医院召开干部大会，宣布刘志强调任县卫生健康局副局长，孟凡军任院长。",
        [
            ("appoint", "刘志强", "县卫生健康局副局长", None),
            ("appoint", "孟凡军", "青山县人民医院院长", None),
        ],
    ),
    # 新任校长计有某高中校长甲、某国小校长乙等12人: the pairs after the head's title and 计有
    "new_heads_counted_with_jiyou": (
        "本学年度新任校长计有溪口高中校长陈冠宇、北埔国小校长简淑芬等9人。",
        [("appoint", "陈冠宇", "溪口高中校长", None), ("appoint", "简淑芬", "北埔国小校长", None)],
    ),
    # 新任校长计有：某高中校长甲、某国小校长乙: each item prints its body and the title again
    "new_heads_under_jiyou_heading": (
        "本学年度新任校长计有：溪口高中校长陈冠宇、北埔国小校长简淑芬。",
        [("appoint", "陈冠宇", "溪口高中校长", None), ("appoint", "简淑芬", "北埔国小校长", None)],
    ),
    # 会议选举产生了X主任、副主任。⏎主任：甲⏎副主任：乙、丙: the rows are the elected
    "elected_posts_told_done_then_rows": (
        "大会选举产生了青原县第十八届人大常委会主任、副主任。\n主任：陶建平\n副主任：宋丽娟、常卫国",
        [
            ("other", "陶建平", "青原县第十八届人大常委会主任", None),
            ("other", "宋丽娟", "青原县第十八届人大常委会副主任", None),
            ("other", "常卫国", "青原县第十八届人大常委会副主任", None),
        ],
    ),
    # 聘任甲为某保险公司总精算师 / 合规负责人: an insurer's officers
    "insurer_officers_titled_by_field": (
        "聘任何静怡女士为安泰人寿保险股份有限公司总精算师，聘任邓志远先生为安泰人寿保险股份有限公司合规负责人。",
        [
            ("appoint", "何静怡", "安泰人寿保险股份有限公司总精算师", None),
            ("appoint", "邓志远", "安泰人寿保险股份有限公司合规负责人", None),
        ],
    ),
    # 任命甲为X。⏎乙为前某县县长。: a profile's post held before, no appointment
    "profile_line_of_a_former_post_after_the_list": (
        "任命孔德胜为西陵市交通运输局局长。\n严立群为前西陵市副市长，曾任市政府秘书长。",
        [("appoint", "孔德胜", "西陵市交通运输局局长", None)],
    ),
    # 2024-03-12 新华网⏎3月11日，…: the page's date line, not the act's date; the body's day is
    "publication_line_date_then_source": (
        "2023-09-20 东川新闻网\n9月18日，东川市人大常委会决定任命范志刚为东川市审计局局长。",
        [("appoint", "范志刚", "东川市审计局局长", "2023-09-18")],
    ),
    # 某局舉行局長交接典禮，卸任局長甲轉任X，新任局長由副局長乙接任: the 局 the report is about
    "handover_outgoing_and_incoming_bare_heads": (
        "嘉興市政府環境保護局今日舉行局長交接典禮，卸任局長黃振國轉任內政部營建署副署長，新任局長由副局長蘇美惠接任。",
        [
            ("appoint", "黃振國", "內政部營建署副署長", None),
            ("remove", "黃振國", "嘉興市政府環境保護局局長", None),
            ("appoint", "蘇美惠", "嘉興市政府環境保護局局長", None),
        ],
    ),
    # 某局召开干部大会，原局长甲调任X，新任局长由副局长乙接任: the bureau's 局长 ends and is taken
    "bureau_meeting_former_head_moved_and_successor": (
        "县卫生健康局召开干部大会，宣布县委决定，原局长范立明调任县委办公室主任，新任局长由副局长陶莉接任。",
        [
            ("appoint", "范立明", "县委办公室主任", None),
            ("remove", "范立明", "县卫生健康局局长", None),
            ("appoint", "陶莉", "县卫生健康局局长", None),
        ],
    ),
    # 某医院召开干部大会，原院长甲调任X: the hospital's 院长 ends
    "hospital_meeting_former_head_moved": (
        "北岭市中心医院召开干部大会，原院长许建华调任市卫生健康委员会副主任。",
        [
            ("appoint", "许建华", "市卫生健康委员会副主任", None),
            ("remove", "许建华", "北岭市中心医院院长", None),
        ],
    ),
    # …调任东阳市委书记，乙已履新教育部部长: no city's 教育部
    "a_ministry_by_its_field_is_national": (
        "南川市委书记张立新调任东阳市委书记，马国强已履新教育部党组书记、部长。",
        [
            ("appoint", "张立新", "东阳市委书记", None),
            ("remove", "张立新", "南川市委书记", None),
            ("appoint", "马国强", "教育部党组书记", None),
            ("appoint", "马国强", "教育部部长", None),
        ],
    ),
    # 某县政府秘书长甲续任: reappointed to the post described (an appointment, as 留任)
    "continued_in_the_described_post_xuren": (
        "临江县人民政府秘书长赵国栋续任。",
        [("appoint", "赵国栋", "临江县人民政府秘书长", None)],
    ),
    # 甲续任某县政府秘书长: reappointed for a new term
    "continued_in_the_named_post_xuren": (
        "赵国栋续任临江县人民政府秘书长。",
        [("appoint", "赵国栋", "临江县人民政府秘书长", None)],
    ),
    # 某局课长甲荣退，由乙升任课长 (Taiwan): 荣退 is a retirement (as 退休), 课长 a section head's title
    "retired_with_honour_rongtui": (
        "南庄乡公所民政课长罗志明荣退，由副课长张雅惠升任民政课长。",
        [("other", "罗志明", "南庄乡公所民政课长", None), ("appoint", "张雅惠", "南庄乡公所民政课长", None)],
    ),
    # 由甲升任X、乙调任Y、丙调任Z: after a post, a 、 before another person's move ends the clause
    "moves_chained_by_dunhao_after_a_post": (
        "镇公所今天发布人事令，由林秀凤升任镇公所秘书、陈家豪调任镇图书馆馆长、吴志强调任镇清洁队队长。",
        [
            ("appoint", "林秀凤", "镇公所秘书", None),
            ("appoint", "陈家豪", "镇图书馆馆长", None),
            ("appoint", "吴志强", "镇清洁队队长", None),
        ],
    ),
    # 某董事长甲到龄退休后，由乙接任董事长: the retirement is news, not only a time
    "leaving_told_as_the_time_of_its_successor": (
        "东海农商银行原董事长周立新到龄退休后，由行长孙伟接任董事长。",
        [("other", "周立新", "东海农商银行董事长", None), ("appoint", "孙伟", "东海农商银行董事长", None)],
    ),
    # 某集团总经理甲请辞后，由副总经理乙接任: both acts, the successor's post the one left
    "resigned_then_successor_without_post": (
        "南方建工集团总经理赵刚请辞后，由副总经理钱伟接任。",
        [("other", "赵刚", "南方建工集团总经理", None), ("appoint", "钱伟", "南方建工集团总经理", None)],
    ),
    # 继某县秘书长甲调升副县长后，…: the move is news
    "move_opened_by_ji_and_hou": (
        "继云岭县人民政府秘书长林家和调升云岭县副县长后，县长宣布新一波人事。",
        [("appoint", "林家和", "云岭县副县长", None), ("remove", "林家和", "云岭县人民政府秘书长", None)],
    ),
    # 某大学官网栏目更新，甲任副校长 / 据某大学官网消息，乙任校长: the body's own posts
    "a_bodys_own_site_names_its_bare_titles": (
        "据西岭理工大学官网消息，韩志远任校长。",
        [("appoint", "韩志远", "西岭理工大学校长", None)],
    ),
    # 2. 某大学⏎某大学官网栏目更新，甲任副校长: the item's body, not the one before nor doubled
    "roundup_item_heading_run_into_its_line": (
        "1. 南溪大学\n南溪大学召开干部大会，孙立平任南溪大学党委书记。\n"
        "2. 东岭师范大学\n东岭师范大学官网栏目更新，周颖任副校长。",
        [("appoint", "孙立平", "南溪大学党委书记", None), ("appoint", "周颖", "东岭师范大学副校长", None)],
    ),
    # 原总经理甲因到龄退休，不再担任公司总经理职务: one act, the removal (no other beside it)
    "retired_then_ceased_is_one_removal": (
        "西江港务集团股份有限公司原总经理郑立民因到龄退休，不再担任公司总经理职务。",
        [("remove", "郑立民", "西江港务集团股份有限公司总经理", None)],
    ),
    # 任甲为某省委委员、常委和省纪委委员、常委、书记: the 纪委's 常委 and 书记, not the province's
    "discipline_commission_titles_after_its_member": (
        "任命林建华为南岭省委委员、常委和省纪委委员、常委、书记。",
        [
            ("appoint", "林建华", "南岭省委委员", None),
            ("appoint", "林建华", "南岭省委常委", None),
            ("appoint", "林建华", "南岭省纪委委员", None),
            ("appoint", "林建华", "南岭省纪委常委", None),
            ("appoint", "林建华", "南岭省纪委书记", None),
        ],
    ),
    # …选举结果⏎某县人民政府县长　甲⏎副县长　乙　丙: each row a post and its elected holders
    "election_results_post_first_rows_spaced": (
        "青溪县第十九届人民代表大会第一次会议选举结果\n青溪县人民政府县长\u3000杨文辉\n青溪县人民政府副县长\u3000张建国\u3000李红梅",
        [
            ("other", "杨文辉", "青溪县人民政府县长", None),
            ("other", "张建国", "青溪县人民政府副县长", None),
            ("other", "李红梅", "青溪县人民政府副县长", None),
        ],
    ),
    # 甲以1,421票当选X: the count's comma ends no clause
    "votes_with_a_thousands_separator": (
        "大会以无记名投票方式进行选举，钱卫国以1,386票当选南陵市市长。",
        [("other", "钱卫国", "南陵市市长", None)],
    ),
    # 会议选举产生了新一届X主任，甲当选: the seat, then who won it
    "elected_seat_told_as_produced_then_name": (
        "会议选举产生了新一届青溪县人大常委会主任，王建国当选。",
        [("other", "王建国", "青溪县人大常委会主任", None)],
    ),
    # 选举产生了社区党组织班子成员，甲等当选…甲当选党委副书记: no 班子's 党委副书记
    "a_team_elected_is_no_body_of_later_titles": (
        "大会选举产生了新一届东湖社区党组织班子成员，张丽华等7名同志当选。在随后召开的会议上，张丽华当选东湖社区党委书记，刘强当选党委副书记。",
        [
            ("other", "张丽华", "东湖社区党组织班子成员", None),
            ("other", "张丽华", "东湖社区党委书记", None),
            ("other", "刘强", "东湖社区党委副书记", None),
        ],
    ),
    # 甲到龄退休，不再担任X职务: the name, the retirement, then the removal
    "retired_name_then_ceased": (
        "周立华到龄退休，不再担任中国宏远机械集团有限公司董事长职务。",
        [("remove", "周立华", "中国宏远机械集团有限公司董事长", None)],
    ),
    # 某市原市委书记甲调任X: the 市委书记 ends (no 原 in it)
    "yuan_between_a_place_and_its_committee": (
        "东陵市原市委书记刘德已调任东海省人大常委会副主任。",
        [("appoint", "刘德", "东海省人大常委会副主任", None), ("remove", "刘德", "东陵市市委书记", None)],
    ),
    # 甲任某医院院长，原院长乙调任X: the hospital's 院长 ends for 乙
    "former_head_after_the_successor_took_the_title": (
        "会议宣布：孙晓梅同志任云川市妇幼保健院院长，原院长赵宏同志调任云川市卫生健康局副局长。",
        [
            ("appoint", "孙晓梅", "云川市妇幼保健院院长", None),
            ("appoint", "赵宏", "云川市卫生健康局副局长", None),
            ("remove", "赵宏", "云川市妇幼保健院院长", None),
        ],
    ),
    # 某县人大代表甲、乙因调离本行政区域，代表资格终止: no 其, the deputies of the clause before
    "deputies_described_then_mandate_ended_without_qi": (
        "青溪县第十九届人民代表大会代表刘军、王玲因调离本行政区域，代表资格终止。",
        [
            ("other", "刘军", "青溪县第十九届人民代表大会代表", None),
            ("other", "王玲", "青溪县第十九届人民代表大会代表", None),
        ],
    ),
    # 聘任甲为某研究所所长；聘任乙为研究所副所长；丙不再担任研究所所长: the institute named
    "research_institute_by_its_kind_alone": (
        "聘任王磊为中国农业科学院西岭茶叶研究所所长；聘任刘佳为研究所副所长；孙启明不再担任研究所所长职务。",
        [
            ("appoint", "王磊", "中国农业科学院西岭茶叶研究所所长", None),
            ("appoint", "刘佳", "中国农业科学院西岭茶叶研究所副所长", None),
            ("remove", "孙启明", "中国农业科学院西岭茶叶研究所所长", None),
        ],
    ),
    # 他跨省履新，曾在央企任职⏎5月8日，…宣布，甲任X: the lead's day opens a sentence of its own
    "headline_then_lead_opened_by_its_day": (
        "他跨省履新，曾在央企任职\n5月8日，全市领导干部会议宣布，孙平任东陵市委书记。",
        [("appoint", "孙平", "东陵市委书记", None)],
    ),
    # …为南岭省中国彩票app官方下载人民政府副省长 (a scraper's guard printed three times): no part of the post
    "injected_string_blanked": (
        "会议决定任命李志刚为南岭省快乐彩票app官方下载人民政府副省长。快乐彩票app官方下载:主任主持会议。快乐彩票app官方下载:代表常委会颁发任命书。",
        [("appoint", "李志刚", "南岭省人民政府副省长", None)],
    ),
    # 某股份有限公司董事会选举甲为董事长: the company's 董事长
    "board_elects_a_bare_title": (
        "南岭华通股份有限公司第五届董事会第十次会议选举戴明先生为董事长。",
        [("other", "戴明", "南岭华通股份有限公司董事长", None)],
    ),
    # 某公司董事会选举甲为董事长聘任乙为总经理: two acts, no stop between them
    "headline_two_acts_without_a_stop": (
        "南岭华通股份有限公司董事会选举戴明为董事长聘任严佐楠为总经理",
        [
            ("other", "戴明", "南岭华通股份有限公司董事长", None),
            ("appoint", "严佐楠", "南岭华通股份有限公司总经理", None),
        ],
    ),
    # 甲因个人工作原因，已提出辞去公司董事职务: 已 and 提出 both before the verb
    "already_offered_to_resign_after_a_reason": (
        "东江水务股份有限公司董事会收到董事林志豪的书面辞职报告。林志豪因个人工作原因，已提出辞去公司董事职务。",
        [("other", "林志豪", "东江水务股份有限公司董事", None)],
    ),
    # 某甲公司(600001.SH)公布…；某乙股份(01871.HK)公布，丙…辞任公司董事: each item's own company
    "flash_page_issuer_by_stock_code": (
        "【财华社讯】赛腾斯集团股份有限公司(600001.SH)公布，张三辞任公司董事。\n【财华社讯】华源国际电力股份(01871.HK)公布，赵炜因个人工作原因，已提出辞任公司非执行董事职务。",
        [
            ("other", "张三", "赛腾斯集团股份有限公司董事", None),
            ("other", "赵炜", "华源国际电力股份非执行董事", None),
        ],
    ),
    # 以定期委任方式续任甲为某局局长 (Macao): a renewal, an appointment (no 方式续 for a name)
    "macao_fixed_term_renewed_by_way_of": (
        "以定期委任方式續任吳振邦為衛生局局長，自二零二四年一月一日起，為期一年。",
        [("appoint", "吳振邦", "衛生局局長", None)],
    ),
    # 终止甲作为某局副局长的定期委任 (Macao): 作为 is no part of the post
    "macao_fixed_term_ended_as": (
        "終止蘇麗雅作為統計暨普查局副局長的定期委任。",
        [("remove", "蘇麗雅", "統計暨普查局副局長", None)],
    ),
    # 续期甲作为某局副局长的定期委任 (Macao): renewed, an appointment
    "macao_fixed_term_renewed_as": (
        "續期梁嘉欣作為經濟及科技發展局副局長的定期委任，為期一年。",
        [("appoint", "梁嘉欣", "經濟及科技發展局副局長", None)],
    ),
    # 委任甲为X。免除乙上述职务: 乙 leaves X, the post the act before gave
    "removed_from_the_post_above": (
        "委任歐陽志強為終審法院院長辦公室主任。免除李振華上述職務。",
        [
            ("appoint", "歐陽志強", "終審法院院長辦公室主任", None),
            ("remove", "李振華", "終審法院院長辦公室主任", None),
        ],
    ),
    # 委任甲为区域法院法官 (Hong Kong, Macao): a court's 法官 is a post, a judge's grade is none
    "a_courts_judge_is_a_post": (
        "行政長官委任陳大文為區域法院法官。李明晉升為一級高級法官。",
        [("appoint", "陳大文", "區域法院法官", None)],
    ),
    # 人事丨甲任某市委书记⏎6月12日，…: the column's tag is no part of the name
    "column_tag_bar_before_a_headline": (
        "人事丨王刚任江陵市委书记\n6月12日，江陵市召开全市领导干部会议，宣布了省委决定。",
        [("appoint", "王刚", "江陵市委书记", None)],
    ),
    # 甲由县委副书记、县长升任县委书记: 、县长 is a post, not another person
    "two_posts_of_one_person_before_a_move": (
        "王五由东溪镇党委委员、副镇长升任镇长。",
        [
            ("appoint", "王五", "东溪镇镇长", None),
            ("remove", "王五", "东溪镇党委委员", None),
            ("remove", "王五", "东溪镇副镇长", None),
        ],
    ),
    # 任命甲为深圳市前海管理局局长，乙为前海管理局副局长: 前海 is a place, not 前 (former)
    "qianhai_is_no_former_post": (
        "决定任命张三为深圳市前海管理局局长，李四为前海管理局副局长。",
        [
            ("appoint", "张三", "深圳市前海管理局局长", None),
            ("appoint", "李四", "深圳市前海管理局副局长", None),
        ],
    ),
    # 某中医院院长甲调任X，乙任院长: the 院长 甲 left, not the body the text opened with
    "head_left_by_a_move_then_taken": (
        "北岭市人民医院召开干部大会，宣布张三任北岭市人民医院院长。同日，北岭市中医院院长李四调任北岭市卫健委副主任，王五任院长。",
        [
            ("appoint", "张三", "北岭市人民医院院长", None),
            ("appoint", "李四", "北岭市卫健委副主任", None),
            ("remove", "李四", "北岭市中医院院长", None),
            ("appoint", "王五", "北岭市中医院院长", None),
        ],
    ),
    # 某公司举行董事长交接典礼，卸任董事长甲届龄退休，新任董事长由乙接任: the company's 董事长 both
    "company_handover_outgoing_retired_incoming_by": (
        "南台電力公司今日舉行董事長交接典禮，卸任董事長王耀庭屆齡退休，新任董事長由總經理曾文生接任。",
        [("other", "王耀庭", "南台電力公司董事長", None), ("appoint", "曾文生", "南台電力公司董事長", None)],
    ),
    # 某集团公司召开干部大会，宣布甲调任某局局长，乙任董事长: the company's 董事长 (it crashed)
    "company_head_after_another_bodys_post": (
        "南岭建工集团有限公司召开干部大会，宣布张三调任北岭市住建局局长，李四任董事长。",
        [
            ("appoint", "张三", "北岭市住建局局长", None),
            ("appoint", "李四", "南岭建工集团有限公司董事长", None),
        ],
    ),
    # 某学院原党委书记甲因年龄原因，不再担任党委书记职务: the 学院's 党委书记
    "ceased_title_with_its_party_unit_after_the_described": (
        "西岭师范学院原党委书记郑华同志因年龄原因，不再担任党委书记职务。",
        [("remove", "郑华", "西岭师范学院党委书记", None)],
    ),
    # 大会选举结果如下：某县人民政府县长甲，副县长乙、丙: pairs on the line, each elected
    "election_results_inline_pairs": (
        "大会选举结果如下：青溪县人民政府县长杨文辉，副县长李卫东、王珊。",
        [
            ("other", "杨文辉", "青溪县人民政府县长", None),
            ("other", "李卫东", "青溪县人民政府副县长", None),
            ("other", "王珊", "青溪县人民政府副县长", None),
        ],
    ),
    # 某某接任⏎据某发布消息，… / 本报讯: a lead opened by its source starts its own sentence after a headline
    "lead_opened_by_its_source_after_a_headline": (
        "西川市委书记调整 曾任省直机关官员接任\n"
        "据西川市委组织部消息，3月2日召开的全市领导干部会议宣布，赵启明任西川市委书记。",
        [("appoint", "赵启明", "西川市委书记", None)],
    ),
    # 某医院书记 in a headline repeats the body's 某医院党委书记
    "headline_names_a_party_secretary_by_its_title_alone": (
        "刘芳不再担任南湖市人民医院书记\n8月2日，南湖市人民医院召开干部大会，宣布刘芳不再担任南湖市人民医院党委书记一职。",
        [("remove", "刘芳", "南湖市人民医院党委书记", None)],
    ),
    # a headline's event dated by the page is the body's, dated by its meeting
    "headline_dated_by_its_page_repeats_a_meeting_dated_earlier": (
        "南湖日报\u30002019年06月12日\u3000星期三\n县人大常委会任命周立为南湖县人民政府副县长\n6月10日，县十届人大常委会第二十次会议召开，任命周立为南湖县人民政府副县长。",
        [("appoint", "周立", "南湖县人民政府副县长", "2019-06-10")],
    ),
    # 某某接任⏎本报讯 …: the headline's verb takes no post from the lead
    "lead_opened_by_benbaoxun_after_a_headline_ending_with_a_verb": (
        "西川市委书记调整 赵启明接任\n本报讯 3月2日召开的全市领导干部会议宣布，赵启明任西川市委书记。",
        [("appoint", "赵启明", "西川市委书记", None)],
    ),
    # 某市第N届人民代表大会代表甲辞去代表职务: a deputy of the congress the text names
    "deputy_resigns_the_deputy_post_described_before_the_name": (
        "会议确认：青石市第九届人民代表大会代表郑国华、林小燕辞去代表职务，其代表资格终止。",
        [
            ("other", "郑国华", "青石市第九届人民代表大会代表", None),
            ("other", "林小燕", "青石市第九届人民代表大会代表", None),
        ],
    ),
    # 某县副县长甲、乙辞去副县长职务: both names share the title before the first
    "names_listed_after_the_title_they_share": (
        "西河县副县长赵敏、钱进辞去副县长职务。",
        [("other", "赵敏", "西河县副县长", None), ("other", "钱进", "西河县副县长", None)],
    ),
    # 聘任甲为集团公司X；免去乙同志集团公司X职务: both are the company the text names, not the word again
    "company_referred_back_to_after_a_clause_naming_it_by_the_same_word": (
        "北方建工集团有限公司党委研究决定：聘任王海同志为集团公司总会计师；免去孙洁同志集团公司副总经理职务。",
        [
            ("appoint", "王海", "北方建工集团有限公司总会计师", None),
            ("remove", "孙洁", "北方建工集团有限公司副总经理", None),
        ],
    ),
    # 原党工委书记、管委会主任乙 after 甲任其党工委书记，兼任管委会主任: the zone's units
    "former_holder_of_the_units_just_named_again": (
        "东岭高新技术产业开发区召开干部大会，宣布：陈立同志任东岭高新技术产业开发区党工委书记，兼任管委会主任；原党工委书记、管委会主任马超同志调任东岭市发展和改革委员会主任。",
        [
            ("appoint", "陈立", "东岭高新技术产业开发区党工委书记", None),
            ("appoint", "陈立", "东岭高新技术产业开发区管委会主任", None),
            ("appoint", "马超", "东岭市发展和改革委员会主任", None),
            ("remove", "马超", "东岭高新技术产业开发区党工委书记", None),
            ("remove", "马超", "东岭高新技术产业开发区管委会主任", None),
        ],
    ),
    # 由某大学校长转任该校党委书记: 该校 is the school named, no unit of it
    "back_reference_after_a_named_post_in_a_move": (
        "记者从北湖大学获悉，经省委研究决定，吴刚由北湖大学校长转任该校党委书记。",
        [("appoint", "吴刚", "北湖大学党委书记", None), ("remove", "吴刚", "北湖大学校长", None)],
    ),
    # 免去甲挂职的X职务 / 其担任的X职务相应终止: 挂职的, 担任的 are no part of the post
    "post_printed_after_how_it_is_held": (
        "东山市人民政府决定：\n免去钱明同志挂职的东山市商务局副局长职务（挂职期满）。",
        [("remove", "钱明", "东山市商务局副局长", None)],
    ),
    # 某常委会公告⏎第12号⏎…: the number line is no part of the post below
    "notice_number_alone_on_its_line": (
        "南溪县人民代表大会常务委员会公告\n第12号\n南溪县第九届人民代表大会代表韩冬因病去世，其代表资格自然终止。",
        [("other", "韩冬", "南溪县第九届人民代表大会代表", None)],
    ),
    # 因…，某市第N届人民代表大会代表甲、乙的代表资格终止: the names after their description
    "mandate_ends_for_deputies_described_before_their_names": (
        "因调离本行政区域，安平市第七届人民代表大会代表胡涛、任秀兰的代表资格终止。因工作调动，安平市第七届人民代表大会代表苏明的代表资格终止。",
        [
            ("other", "胡涛", "安平市第七届人民代表大会代表", None),
            ("other", "任秀兰", "安平市第七届人民代表大会代表", None),
            ("other", "苏明", "安平市第七届人民代表大会代表", None),
        ],
    ),
    # 甲向县人大常委会提出辞去X职务的请求: to whom stands between the name and its verb
    "resignation_requested_of_a_body_named_before_the_verb": (
        "因工作变动，韩向阳向县人大常委会提出辞去云溪县人民政府副县长职务的请求，会议表决决定接受其辞职。",
        [("other", "韩向阳", "云溪县人民政府副县长", None)],
    ),
    # 一、任命⏎（一）某县政府组成人员⏎甲为X⏎（二）某县法院⏎乙为Y: group headings go on with the list
    "list_grouped_under_headings_of_its_bodies": (
        "石门县人民代表大会常务委员会任免名单\n（2024年5月30日石门县第十八届人民代表大会常务委员会第二十次会议通过）\n一、任命\n（一）石门县人民政府组成人员\n吴斌为石门县交通运输局局长\n（二）石门县人民法院\n郑玲为石门县人民法院审判员\n二、免去\n（一）石门县人民政府组成人员\n杜军的石门县交通运输局局长职务",
        [
            ("appoint", "吴斌", "石门县交通运输局局长", "2024-05-30"),
            ("appoint", "郑玲", "石门县人民法院审判员", "2024-05-30"),
            ("remove", "杜军", "石门县交通运输局局长", "2024-05-30"),
        ],
    ),
    # 任命：⏎某县人民政府组成人员：⏎甲为X⏎某县人民检察院：⏎乙为Y
    "list_grouped_under_body_names_with_a_colon": (
        "任命：\n安乡县人民政府组成人员：\n钟涛为安乡县商务局局长\n安乡县人民检察院：\n龚丽为安乡县人民检察院检察员",
        [("appoint", "钟涛", "安乡县商务局局长", None), ("appoint", "龚丽", "安乡县人民检察院检察员", None)],
    ),
    # 任命人员⏎某局局长　甲⏎免职人员⏎某局局长　乙
    "rows_post_first_under_appointed_and_removed_sections": (
        "汉寿县人大常委会任免名单\n任命人员\n汉寿县审计局局长\u3000程刚\n免职人员\n汉寿县审计局局长\u3000邹平",
        [("appoint", "程刚", "汉寿县审计局局长", None), ("remove", "邹平", "汉寿县审计局局长", None)],
    ),
    # 免去：⏎某县人民法院⏎审判员：甲、乙⏎某县人民检察院⏎检察员：丙: each group's titles are its body's
    "groups_of_titles_and_names_under_each_body": (
        "免去：\n石门县人民法院\n审判员：陈凯、刘芬\n石门县人民检察院\n检察员：易兵",
        [
            ("remove", "陈凯", "石门县人民法院审判员", None),
            ("remove", "刘芬", "石门县人民法院审判员", None),
            ("remove", "易兵", "石门县人民检察院检察员", None),
        ],
    ),
    # …免去甲的X职务⏎某县人民法院⏎任命乙为Y: the body's name alone heads the next group
    "body_heading_alone_between_clauses_of_a_list": (
        "石门县人民政府组成人员\n任命魏东为石门县林业局局长\n免去孟浩的石门县林业局局长职务\n石门县人民法院\n任命夏雪为石门县人民法院审判员",
        [
            ("appoint", "魏东", "石门县林业局局长", None),
            ("remove", "孟浩", "石门县林业局局长", None),
            ("appoint", "夏雪", "石门县人民法院审判员", None),
        ],
    ),
    # 某县人大常委会任命人员名单⏎(某日会议通过)⏎某局局长　甲: the list's title says the act, its note dates it
    "body_list_of_appointed_people_printed_post_first": (
        "桃源县人大常委会决定免职人员名单\n（2024年6月20日桃源县第十八届人民代表大会常务委员会第十九次会议通过）\n桃源县民政局局长\u3000龙飞\n桃源县司法局局长\u3000\u3000覃艳",
        [
            ("remove", "龙飞", "桃源县民政局局长", "2024-06-20"),
            ("remove", "覃艳", "桃源县司法局局长", "2024-06-20"),
        ],
    ),
    # 决定任命：⏎甲（女）　某局局长⏎乙　　某局局长: the note on sex is the name's, the gap after it a cell's
    "rows_name_first_with_a_note_after_the_name": (
        "决定任命：\n黄丽（女）\u3000澧县财政局局长\n向东\u3000\u3000\u3000\u3000澧县审计局局长\n决定免去：\n冯敏（女）\u3000澧县财政局局长",
        [
            ("appoint", "黄丽", "澧县财政局局长", None),
            ("appoint", "向东", "澧县审计局局长", None),
            ("remove", "冯敏", "澧县财政局局长", None),
        ],
    ),
    # 辞去公司第三届董事会非独立董事、副总经理职务: the officer is the company's, not the board's
    "company_officer_after_a_post_on_its_board": (
        "星河电子股份有限公司（以下简称“公司”）董事会近日收到董事、副总经理邓磊先生的书面辞职报告。邓磊先生因个人原因申请辞去公司第三届董事会非独立董事、副总经理职务。",
        [
            ("other", "邓磊", "星河电子股份有限公司第三届董事会非独立董事", None),
            ("other", "邓磊", "星河电子股份有限公司副总经理", None),
        ],
    ),
    # 甲同志挂职期满，不再担任X职务: the secondment's end stands between the name and its verb
    "post_ends_when_a_secondment_ends": (
        "北海市人民政府关于陆明同志挂职期满的通知\n陆明同志挂职期满，不再担任北海市人民政府副秘书长职务。",
        [("remove", "陆明", "北海市人民政府副秘书长", None)],
    ),
    # 原任X的甲同志另有任用，免去其X职务: 其 is the one the item describes, not the item before's
    "other_use_then_its_removal_of_the_one_described": (
        "市政府决定：\n一、蒋涛同志任镇江市水利局局长；\n二、原任镇江市水利局局长的秦川同志另有任用，免去其镇江市水利局局长职务。",
        [("appoint", "蒋涛", "镇江市水利局局长", None), ("remove", "秦川", "镇江市水利局局长", None)],
    ),
    # 甲同志任某市人民政府副秘书长，某市人民政府办公室主任（兼）: the list of posts goes on past the comma
    "second_post_held_besides_marked_after_it": (
        "市人民政府决定：\n孔亮同志任岳阳市人民政府副秘书长，岳阳市人民政府办公室主任（兼）；\n免去雷鸣同志的岳阳市人民政府办公室主任职务。",
        [
            ("appoint", "孔亮", "岳阳市人民政府副秘书长", None),
            ("appoint", "孔亮", "岳阳市人民政府办公室主任", None),
            ("remove", "雷鸣", "岳阳市人民政府办公室主任", None),
        ],
    ),
    # 本月4日 under a page of 2023年9月5日: 2023-09-04
    "day_of_this_month_told_against_the_page": (
        "新任市财政局局长亮相\n2023年9月5日\u3000来源：临江日报\n本月4日，临江市第十六届人大常委会第九次会议决定任命吴昊为临江市财政局局长。",
        [("appoint", "吴昊", "临江市财政局局长", "2023-09-04")],
    ),
    # 上月28日 under a page of 2023年9月5日: 2023-08-28
    "day_of_last_month_told_against_the_page": (
        "新任市财政局局长亮相\n2023年9月5日\u3000来源：临江日报\n上月28日召开的临江市第十六届人大常委会第八次会议决定任命吴昊为临江市财政局局长。",
        [("appoint", "吴昊", "临江市财政局局长", "2023-08-28")],
    ),
    # 上周五 under a page of Monday 2023年9月4日: 2023-09-01
    "weekday_of_last_week_told_against_the_page": (
        "临江市人大常委会任命一批国家机关工作人员\n2023年9月4日\u3000星期一\u3000来源：临江日报\n本报讯\u3000上周五，临江市第十六届人大常委会第九次会议召开，会议任命吴昊为临江市财政局局长。",
        [("appoint", "吴昊", "临江市财政局局长", "2023-09-01")],
    ),
    # 某会11日公布…，有关命令将于本月20日公布: the act is the 11th's, not the day still to come
    "day_still_to_come_this_month_dates_no_act": (
        "行政长官委任行政会委员\n时间: 2014-12-12 10:48:37 | 来源: 澳门日报 |\n"
        "澳门特区行政会11日公布，行政长官已完成行政会委员的委任工作。"
        "有关的行政命令将于本月20日公布，委员将于同日宣誓就职。"
        "\n受邀将出任行政会委员的2人分别是：欧阳伟、何丽珍。",
        [
            ("appoint", "欧阳伟", "行政会委员", "2014-12-11"),
            ("appoint", "何丽珍", "行政会委员", "2014-12-11"),
        ],
    ),
    # …⏎（某常委会第N次会议　2022年3月30日）: the meeting's note below the list dates it
    "meeting_note_in_brackets_below_dates_the_list": (
        "会议决定任命彭军、谭静为邵东市人民政府副市长。\n（邵东市第二届人民代表大会常务委员会第五次会议\u30002022年3月30日）",
        [
            ("appoint", "彭军", "邵东市人民政府副市长", "2022-03-30"),
            ("appoint", "谭静", "邵东市人民政府副市长", "2022-03-30"),
        ],
    ),
    # 序号　姓名　任命职务　免去职务⏎1　甲　X　Y: a row appoints to one column's post, removes from another's
    "table_pasted_as_text_with_appointed_and_removed_columns": (
        "隆回县人大常委会任免人员名单\n序号\u3000姓名\u3000任命职务\u3000免去职务\n1\u3000易峰\u3000隆回县交通运输局局长\u3000隆回县交通运输局副局长\n2\u3000彭娟\u3000隆回县人民法院审判员",
        [
            ("appoint", "易峰", "隆回县交通运输局局长", None),
            ("remove", "易峰", "隆回县交通运输局副局长", None),
            ("appoint", "彭娟", "隆回县人民法院审判员", None),
        ],
    ),
    # 序号 姓名 性别 任免职务 表决结果⏎1 甲 男 任命为X 通过: the act in its cell, one space a cell
    "table_pasted_as_text_with_a_column_stating_the_act": (
        "章贡区人大常委会任免人员名单\n序号 姓名 性别 任免职务 表决结果\n"
        "1 钟伟 男 任命为赣州市章贡区商务局局长 通过\n"
        "2 温岚 女 免去赣州市章贡区商务局局长职务 通过",
        [
            ("appoint", "钟伟", "赣州市章贡区商务局局长", None),
            ("remove", "温岚", "赣州市章贡区商务局局长", None),
        ],
    ),
    # 姓名　当选职务　得票数⏎甲　X　186: the elected post's column
    "election_result_table_pasted_as_text": (
        "宁远县第十八届人民代表大会第四次会议选举结果\n姓名\u3000当选职务\u3000得票数\n欧阳平\u3000宁远县人民政府县长\u3000186\n李红\u3000宁远县监察委员会主任\u3000185",
        [("other", "欧阳平", "宁远县人民政府县长", None), ("other", "李红", "宁远县监察委员会主任", None)],
    ),
    # 甲任外国语学院院长；乙任科研处副处长: the 处 is the university's, not the college's
    "office_after_a_college_of_the_university": (
        "学院党委决定：\n周杰任外国语学院院长；\n孙丽任科研处副处长（试用期一年）。",
        [("appoint", "周杰", "外国语学院院长", None), ("appoint", "孙丽", "科研处副处长", None)],
    ),
    # …选举：⏎县人民政府副县长　　甲、乙、丙: the names after the post's gap, listed with 、
    "election_rows_post_then_names_listed_with_commas": (
        "10月14日，石城县第十八届人民代表大会第一次会议选举：\n县人民政府县长\u3000\u3000\u3000邓辉\n县人民政府副县长\u3000\u3000方立、曾勇、温婷",
        [
            ("other", "邓辉", "县人民政府县长", None),
            ("other", "方立", "县人民政府副县长", None),
            ("other", "曾勇", "县人民政府副县长", None),
            ("other", "温婷", "县人民政府副县长", None),
        ],
    ),
    # 选举结果⏎某市人民政府市长　甲（得票196）: the votes in brackets are the name's note
    "election_rows_post_then_name_with_its_votes": (
        "选举结果\n瑞金市人民政府市长\u3000钟华（得票196）\n瑞金市人民政府副市长\u3000刘洋（得票192）",
        [("other", "钟华", "瑞金市人民政府市长", None), ("other", "刘洋", "瑞金市人民政府副市长", None)],
    ),
    # …已任某市委书记⏎责任编辑：甲: the credits line is no part of the story's last sentence
    "story_line_without_its_stop_before_the_credits": (
        "泰州市委主要负责同志职务调整\n据泰州市委组织部消息，韩斌已任泰州市委书记\n责任编辑：刘畅",
        [("appoint", "韩斌", "泰州市委书记", None)],
    ),
    # …免去甲的X职务⏎某市人民政府⏎2024年3月4日: the issuer's line is no part of the last item
    "list_signed_by_its_issuer_below_the_last_item": (
        "任命蔡敏为滨州市卫生健康委员会副主任\n免去丁伟的滨州市财政局副局长职务\n滨州市人民政府\n2024年3月4日",
        [
            ("appoint", "蔡敏", "滨州市卫生健康委员会副主任", "2024-03-04"),
            ("remove", "丁伟", "滨州市财政局副局长", "2024-03-04"),
        ],
    ),
    # 甲任某某副总经理 over 甲已任某某集团有限公司副总经理: one act, the full name kept
    "headline_names_a_company_without_its_legal_form": (
        "赵磊任东方航空副总经理\n据东方航空官网消息，经中央批准，赵磊已任东方航空集团有限公司副总经理。",
        [("appoint", "赵磊", "东方航空集团有限公司副总经理", None)],
    ),
    # 某省新任副省长 (a headline): 新任 is 'newly appointed', no name ending in 新
    "headline_place_then_new_to_a_post": (
        "广东新任副省长\n5月31日，广东省十四届人大常委会第十次会议决定任命郑浩为广东省人民政府副省长。",
        [("appoint", "郑浩", "广东省人民政府副省长", None)],
    ),
    # 甲任某市市长 (headline) over 选举甲为某市人民政府市长: one act, an election
    "headline_appointment_over_the_election_it_reports": (
        "吴刚任韶关市市长\n1月10日，韶关市第十五届人民代表大会第四次会议选举吴刚为韶关市人民政府市长。",
        [("other", "吴刚", "韶关市人民政府市长", None)],
    ),
    # 新任某大学校长甲到任: 到 opens 到任, no part of the name
    "new_head_named_then_taking_up_the_post": (
        "近日，新任东海大学校长陈建到任。",
        [("appoint", "陈建", "东海大学校长", None)],
    ),
    # 副县长向阳明提出辞去…: 向 opens the name, no addressee
    "surname_xiang_before_a_request_to_resign": (
        "云溪县副县长向阳明提出辞去云溪县人民政府副县长职务。",
        [("other", "向阳明", "云溪县人民政府副县长", None)],
    ),
    # …，定于本月20日正式到任: the day it takes effect is no act's
    "day_still_to_come_this_month_in_the_clause": (
        "岷川日报\u30002024年3月12日\n岷川市人民政府决定，赵敏任岷川市财政局局长，定于本月20日正式到任。",
        [("appoint", "赵敏", "岷川市财政局局长", "2024-03-12")],
    ),
    # 甲任某医院院长、该院党委副书记: 该院 is the hospital just named
    "back_reference_after_a_body_named_in_the_same_list": (
        "张伟任湘江市人民医院院长、该院党委副书记。",
        [
            ("appoint", "张伟", "湘江市人民医院院长", None),
            ("appoint", "张伟", "湘江市人民医院党委副书记", None),
        ],
    ),
    # 某县选出的某市第N届人民代表大会代表甲辞去代表职务: the congress is the city's
    "deputy_described_by_the_constituency_that_elected": (
        "东岭县选出的岷川市第十六届人民代表大会代表张三辞去代表职务。",
        [("other", "张三", "岷川市第十六届人民代表大会代表", None)],
    ),
    # 任命：⏎某法院：⏎甲为…⏎某检察院：⏎乙为检察员: the second group's body
    "each_group_heading_gives_its_body_to_bare_titles": (
        "任命：\n岷川市中级人民法院：\n张勇为岷川市中级人民法院副院长；\n岷川市人民检察院：\n王芳为检察员。",
        [
            ("appoint", "张勇", "岷川市中级人民法院副院长", None),
            ("appoint", "王芳", "岷川市人民检察院检察员", None),
        ],
    ),
    # 某公司董事、副总经理甲、乙辞去副总经理职务: both names after the listed titles
    "names_after_titles_listed_with_commas": (
        "星河电子股份有限公司董事、副总经理张强、李敏辞去副总经理职务。",
        [
            ("other", "张强", "星河电子股份有限公司副总经理", None),
            ("other", "李敏", "星河电子股份有限公司副总经理", None),
        ],
    ),
    # 甲任某市委组织部部长；原组织部副部长乙调任…: the department stays as printed, never the city's 组织部
    "former_holder_of_a_party_department_named_again": (
        "张强任岷川市委组织部部长；原组织部副部长李明调任岷川市民政局局长。",
        [
            ("appoint", "张强", "岷川市委组织部部长", None),
            ("appoint", "李明", "岷川市民政局局长", None),
            ("remove", "李明", "组织部副部长", None),
        ],
    ),
    # 甲已于2024年4月19日正式出任X: the full day between the name and its verb, the act's day
    "already_taken_up_on_a_full_day": (
        (
            "华夏银行迎来新行长\n2024-04-22 10:00 来源：证券时报\n"
            "华夏银行4月21日晚间公告，经国家金融监督管理总局核准，周凯已于2024年4月19日正式出任华夏银行股份有限公司行长。"
        ),
        [("appoint", "周凯", "华夏银行股份有限公司行长", "2024-04-19")],
    ),
    # 某市新任一名副市长 (a headline): a head count after 任, no name ending in 新
    "headline_place_then_a_count_of_new_holders": (
        (
            "宁波新任一名副市长\n2024-06-21 07:30 来源：宁波日报\n"
            "昨天，宁波市十六届人大常委会第十九次会议举行第二次全体会议，会议决定任命孔亮为宁波市人民政府副市长。"
        ),
        [("appoint", "孔亮", "宁波市人民政府副市长", "2024-06-20")],
    ),
    # ●某省：甲任X⏎以上信息均来自…: the closing line is no part of the last item
    "roundup_bullets_then_a_closing_line": (
        "近期多位省级政府副秘书长履新\n●吉林：孟亮任吉林省人民政府副秘书长\n●河北：冯丽任河北省人民政府副秘书长\n以上信息均来自各省政府官网“领导信息”栏目。",
        [
            ("appoint", "孟亮", "吉林省人民政府副秘书长", None),
            ("appoint", "冯丽", "河北省人民政府副秘书长", None),
        ],
    ),
    # 委任甲醫生及乙律師為X: the honorific after each name is no part of it
    "appointees_addressed_as_doctor_or_lawyer": (
        "政府委任消費者委員會成員\n政府今日（六月十二日）公布，行政長官已委任黃家明醫生及何思敏律師為消費者委員會成員，任期兩年。\n2023年6月12日",
        [
            ("appoint", "黃家明", "消費者委員會成員", "2023-06-12"),
            ("appoint", "何思敏", "消費者委員會成員", "2023-06-12"),
        ],
    ),
    # 免除甲某部政務次長職務 / 免去乙交通运输局局长职务: no 的 and no place; the post opens with a word
    "removal_name_run_into_a_ministry_post": (
        "總統令\n中華民國113年5月20日\n任命何志成為經濟部常務次長。\n免除許文傑經濟部常務次長職務。",
        [
            ("appoint", "何志成", "經濟部常務次長", "2024-05-20"),
            ("remove", "許文傑", "經濟部常務次長", "2024-05-20"),
        ],
    ),
    "removal_name_run_into_a_bureau_post": (
        "县人民政府关于王伟等同志职务任免的通知\n免去王伟交通运输局局长职务。",
        [("remove", "王伟", "交通运输局局长", None)],
    ),
    # 免除甲某局副局長的職務 (Macao's dispatches): the name runs into the post, 的職務 after it
    "removal_name_run_into_a_post_then_de_zhiwu": (
        "第12/2023號社會文化司司長批示\n一、免除周家豪教育及青年發展局副局長的職務。\n二、委任梁詠詩為教育及青年發展局副局長。",
        [
            ("remove", "周家豪", "教育及青年發展局副局長", None),
            ("appoint", "梁詠詩", "教育及青年發展局副局長", None),
        ],
    ),
    # a page's date line printed Jun. 03, 2023 / 8月. 21, 2023 (content systems): it dates 今(3)日
    "page_date_in_the_english_order": (
        "嘉南市新任消防局長布達\nJun. 03, 2023\n嘉南市政府今(3)日舉行布達典禮，"
        "由市長黃志明主持，林正雄就任嘉南市政府消防局局長。\n\n"
        "溪口鎮長代理交接\n8月. 21, 2023\n溪口鎮公所今(21)日舉行交接典禮，由秘書陳美玲代理溪口鎮鎮長職務。",
        [
            ("appoint", "林正雄", "嘉南市政府消防局局長", "2023-06-03"),
            ("appoint", "陳美玲", "溪口鎮代理鎮長", "2023-08-21"),
        ],
    ),
    # 甲同志任某市X，免去某市Y职务: a prefecture (云浮) after 免去 is no one; the person is the one before
    "removal_without_a_name_before_a_known_place": (
        "黄石市人民政府关于刘建华等同志职务任免的通知\n刘建华同志任黄石市水利和湖泊局局长，免去黄石市农业农村局副局长职务；\n任命孙莉为吉安市审计局副局长，同时免去吉安市统计局副局长职务。",
        [
            ("appoint", "刘建华", "黄石市水利和湖泊局局长", None),
            ("remove", "刘建华", "黄石市农业农村局副局长", None),
            ("appoint", "孙莉", "吉安市审计局副局长", None),
            ("remove", "孙莉", "吉安市统计局副局长", None),
        ],
    ),
    # 李其昌, 王其明: 其 as the middle of a three-character name is no back-reference
    "names_with_qi_as_their_middle_character": (
        "任命：\n赵其昌为平遥县人民法院审判员；\n免去：\n孙其明的平遥县人民检察院检察员职务。\n刘其峰同志任平遥县财政局局长，免去其平遥县审计局局长职务。",
        [
            ("appoint", "赵其昌", "平遥县人民法院审判员", None),
            ("remove", "孙其明", "平遥县人民检察院检察员", None),
            ("appoint", "刘其峰", "平遥县财政局局长", None),
            ("remove", "刘其峰", "平遥县审计局局长", None),
        ],
    ),
    # 成文日期 over 发布日期 (a disclosure page's metadata): the notice is dated when written
    "disclosure_page_written_and_published_dates": (
        "索 引 号：11360500/2023-01234\n发布机构：萍乡市人民政府\n成文日期：2023年03月02日\n"
        "发布日期：2023年03月06日\n萍乡市人民政府关于钟卫东等同志职务任免的通知\n钟卫东同志任萍乡市统计局局长；\n"
        "免去罗志刚同志的萍乡市统计局局长职务。",
        [
            ("appoint", "钟卫东", "萍乡市统计局局长", "2023-03-02"),
            ("remove", "罗志刚", "萍乡市统计局局长", "2023-03-02"),
        ],
    ),
    # ◆甲任X⏎◆乙不再担任Y⏎下周继续关注。 / 任命…⏎免去…职务⏎审核｜某: the last item ends with its line
    "last_item_of_a_list_before_an_unrelated_line": (
        "本周人事速览\n◆周文斌任安庆市人民政府副市长\n◆许丽不再担任安庆市教育局局长\n更多人事信息请关注本号。\n\n"
        "经区政府研究决定：\n任命钱晓东为普陀区审计局副局长\n免去沈涛的普陀区统计局副局长职务\n审核｜陆敏",
        [
            ("appoint", "周文斌", "安庆市人民政府副市长", None),
            ("remove", "许丽", "安庆市教育局局长", None),
            ("appoint", "钱晓东", "普陀区审计局副局长", None),
            ("remove", "沈涛", "普陀区统计局副局长", None),
        ],
    ),
    # 記者甲／某地報導 on its own line over 某局局長由乙接任: the byline is no part of the post
    "reporters_byline_over_a_post_first_line": (
        "苗栗縣文化觀光局長異動\n記者林佳慧／苗栗報導\n苗栗縣政府文化觀光局局長由黃淑芬接任。\n\n区审计局人事调整\n"
        "本报记者 赵磊\n沙坪坝区审计局局长由周强接任。",
        [
            ("appoint", "黃淑芬", "苗栗縣政府文化觀光局局長", None),
            ("appoint", "周强", "沙坪坝区审计局局长", None),
        ],
    ),
    # ▼ 往期推荐 ▼ / 喜欢此内容的人还喜欢 / 排行榜 over other articles' headlines: none of their events
    "wechat_recommended_articles_under_the_story": (
        "人事｜赵凯任市交通运输局局长\n原创 九江发布 2024-05-10 18:00\n"
        "据九江市人民政府网消息，九江市人民政府决定：任命赵凯为九江市交通运输局局长。\n▼ 往期推荐 ▼\n"
        "▶人事｜钱明任九江市副市长\n▶九江这些路段将封闭施工\n喜欢此内容的人还喜欢\n孙华任九江市教育局局长\n排行榜\n"
        "1 李伟任九江市卫健委主任",
        [("appoint", "赵凯", "九江市交通运输局局长", "2024-05-10")],
    ),
    # 【任命】⏎甲为X；⏎〔免去〕⏎乙的Y职务 / 【任命】甲为X: the brackets are layout, the verb governs the rows
    "list_verbs_as_bracketed_section_headings": (
        "芜湖市人大常委会人事任免\n会议表决通过：\n【任命】\n1. 吴刚为芜湖市司法局局长；\n"
        "2. 丁琳为芜湖市审计局局长。\n〔免去〕\n郑海的芜湖市司法局局长职务。\n\n"
        "【任命】何磊为芜湖市统计局局长。",
        [
            ("appoint", "吴刚", "芜湖市司法局局长", None),
            ("appoint", "丁琳", "芜湖市审计局局长", None),
            ("remove", "郑海", "芜湖市司法局局长", None),
            ("appoint", "何磊", "芜湖市统计局局长", None),
        ],
    ),
    # 甲獲晉升為X (a promotion) and 乙獲選為Y (an election) in Hong Kong's and Taiwan's wording
    "promoted_and_chosen_with_huo": (
        "保安局今日宣布，黃國樑獲晉升為消防處處長。\n\n葉劉淑儀獲選為立法會財務委員會主席。",
        [("appoint", "黃國樑", "消防處處長", None), ("other", "葉劉淑儀", "立法會財務委員會主席", None)],
    ),
    # 甲同志试用期满，(经考核合格，)正式任X: the person of the first clause is confirmed in the next
    "probation_served_told_before_the_post": (
        "经区政府研究决定：\n马超同志试用期满，正式任雁塔区商务局副局长；\n"
        "林静同志试用期已满，经考核合格，正式任雁塔区文化和旅游局副局长。",
        [
            ("confirm", "马超", "雁塔区商务局副局长", None),
            ("confirm", "林静", "雁塔区文化和旅游局副局长", None),
        ],
    ),
    # 甲向县人大常委会申请辞去X职务 / 乙…书面申请辞去Y职务: the body and 书面 stand before the verb
    "resignation_applied_for_to_a_body": (
        "关于接受辞职的决定\n马立新向区人大常委会申请辞去临渭区人民政府副区长职务。\n"
        "孔德明因工作变动，书面申请辞去临渭区第十届人民代表大会常务委员会委员职务。\n"
        "会议决定接受马立新、孔德明的辞职。",
        [
            ("other", "马立新", "临渭区人民政府副区长", None),
            ("other", "孔德明", "临渭区第十届人民代表大会常务委员会委员", None),
        ],
    ),
    # 任命：⏎某法院审判员：⏎甲、乙 (the post's colon ends its line): the names below take the post
    "post_heading_its_names_on_the_line_below": (
        "泾县人大常委会任免名单\n任命：\n泾县人民法院审判员：\n方志远、程丽\n免去：\n"
        "泾县人民检察院检察员：\n胡斌",
        [
            ("appoint", "方志远", "泾县人民法院审判员", None),
            ("appoint", "程丽", "泾县人民法院审判员", None),
            ("remove", "胡斌", "泾县人民检察院检察员", None),
        ],
    ),
    # 在某团委第N届委员会第一次全体会议上，选举甲为书记 / 某公司第N届董事会…选举乙为董事长: the committee's
    "officers_elected_at_a_terms_first_meeting": (
        "6月12日，在共青团西北大学第十五届委员会第一次全体会议上，选举孟欣为书记，选举曹阳为副"
        "书记。\n\n"
        "远航重工股份有限公司第七届董事会第一次会议于2024年3月8日召开，会议选举韩立为董事长"
        "，聘任邵峰为总经理。",
        [
            ("other", "孟欣", "共青团西北大学第十五届委员会书记", None),
            ("other", "曹阳", "共青团西北大学第十五届委员会副书记", None),
            ("other", "韩立", "远航重工股份有限公司第七届董事会董事长", "2024-03-08"),
            ("appoint", "邵峰", "远航重工股份有限公司总经理", "2024-03-08"),
        ],
    ),
    # 某省总工会副主席、书记处书记: 总工会 is the body's name, not a 工会 unit to cut from it
    "federation_of_trade_unions_keeps_its_name": (
        "会议补选周建军为江西省总工会副主席、书记处书记。",
        [
            ("other", "周建军", "江西省总工会副主席", None),
            ("other", "周建军", "江西省总工会书记处书记", None),
        ],
    ),
    # 某大学图书馆馆长、档案馆馆长: two halls of the university, not one inside the other
    "halls_of_one_university_side_by_side": (
        "经学校党委研究决定：\n免去孙伟同志的江南师范大学图书馆馆长、档案馆馆长职务。",
        [
            ("remove", "孙伟", "江南师范大学图书馆馆长", None),
            ("remove", "孙伟", "江南师范大学档案馆馆长", None),
        ],
    ),
    # 乙同志试用期内考核不合格，免去其X职务 after 甲…正式任: 其 is 乙, the probation's subject
    "probation_failed_names_whom_its_removal_is_of": (
        "经县政府研究决定：\n高峰同志试用期满，正式任岚县林业局副局长；\n"
        "邓磊同志试用期内考核不合格，免去其岚县水利局副局长职务。",
        [("confirm", "高峰", "岚县林业局副局长", None), ("remove", "邓磊", "岚县水利局副局长", None)],
    ),
    # 机构改革…甲、乙同志的某局副局长职务自然免除: removed, as 免去 removes
    "posts_removed_with_their_body": (
        "因机构改革，原临县商务局撤销，韩冬、石磊同志的临县商务局副局长职务自然免除。\n"
        "临县人民政府\n2024年3月1日",
        [
            ("remove", "韩冬", "临县商务局副局长", "2024-03-01"),
            ("remove", "石磊", "临县商务局副局长", "2024-03-01"),
        ],
    ),
    # 甲同志任X⏎乙同志任Y⏎审核｜某 (no stops): the last item ends with its line
    "last_named_item_before_a_credit_line": (
        "经县委研究决定：\n冯涛同志任平山县财政局局长\n何静同志任平山县民政局局长\n审核｜县委组织部办公室",
        [("appoint", "冯涛", "平山县财政局局长", None), ("appoint", "何静", "平山县民政局局长", None)],
    ),
    # 【某省】甲出任X⏎【某区】乙出任Y⏎👇👇👇: a line of emoji or symbols goes on with no post
    "last_item_over_a_line_of_symbols": (
        "人事速览丨这些地方一把手有变动\n【甘肃】周立出任兰州市委书记\n"
        "【青海】马宁出任西宁市委书记\n👇👇👇\n点击下方名片关注",
        [("appoint", "周立", "兰州市委书记", None), ("appoint", "马宁", "西宁市委书记", None)],
    ),
    # 2024-03-02 某新聞網 記者 甲 某地報導 under a headline: the page's date line, a line of its own
    "date_outlet_and_byline_on_one_line": (
        "嘉縣文化局長布達 黃俊傑接任\n2024-05-06 聯合新聞網 記者 林佳欣 嘉義報導\n"
        "嘉義縣政府文化觀光局新任局長黃俊傑今（6）日由縣長主持布達就任。",
        [("appoint", "黃俊傑", "嘉義縣政府文化觀光局局長", "2024-05-06")],
    ),
    # 某专员甲任期届满离任 / 任期屆滿離任: other (the term ended), not a removal
    "term_served_out_and_left": (
        "海關關長任期屆滿離任\n2023-10-20 18:00\n海關關長黃文傑任期屆滿離任。行政長官今日簽署批示，委任"
        "鄭嘉欣為海關關長。",
        [
            ("other", "黃文傑", "海關關長", "2023-10-20"),
            ("appoint", "鄭嘉欣", "海關關長", "2023-10-20"),
        ],
    ),
    # 经核准，甲正式担任X (news, no probation spoken of): appointed; 试用期满，乙正式任Y stays confirmed
    "formally_takes_up_without_a_probation": (
        "近日，经国家金融监督管理总局核准，程志远正式担任华信人寿保险股份有限公司董事长。\n\n"
        "经考核合格，县政府决定：\n马丽同志试用期满，正式任淳安县审计局副局长。",
        [
            ("appoint", "程志远", "华信人寿保险股份有限公司董事长", None),
            ("confirm", "马丽", "淳安县审计局副局长", None),
        ],
    ),
    # 某科学院某研究院 issues: 本院 is the institute, named whole, not the academy
    "own_institute_of_an_academy": (
        "中国科学院西安光学精密机械研究院关于聘任的通知\n"
        "经院长办公会研究决定，聘任赵启明为本院首席科学家。\n中国科学院西安光学精密机械研究院\n"
        "2024年3月5日",
        [("appoint", "赵启明", "中国科学院西安光学精密机械研究院首席科学家", "2024-03-05")],
    ),
    # 在随后召开的中共某医院第N届委员会第一次全体会议上，选举甲为党委书记: that 党委 (…委员会书记)
    "party_committee_elects_its_secretaries": (
        "7月11日，中共江城市第一人民医院第三次党员代表大会闭幕。在随后召开的中共江城市第一人民"
        "医院第三届委员会第一次全体会议上，选举许国平为党委书记，选举林芳为党委副书记。",
        [
            ("other", "许国平", "中共江城市第一人民医院第三届委员会书记", None),
            ("other", "林芳", "中共江城市第一人民医院第三届委员会副书记", None),
        ],
    ),
    # 公司董事会同意甲先生由公司副总经理改任公司总经理: the body agreeing stands before the name
    "moved_with_the_boards_consent": (
        "华腾电子股份有限公司关于高级管理人员职务变动的公告\n"
        "因工作需要，公司董事会同意周立新先生由公司副总经理改任公司总经理。",
        [
            ("appoint", "周立新", "华腾电子股份有限公司总经理", None),
            ("remove", "周立新", "华腾电子股份有限公司副总经理", None),
        ],
    ),
    # 甲同志任X，原任Y职务自然免除: Y is removed from 甲, the clause's person
    "former_post_removed_of_itself": (
        "经学校党委研究，决定：\n"
        "孟凡同志任江州师范学院附属中学校长，原任江州师范学院附属中学副校长职务自然免除。",
        [
            ("appoint", "孟凡", "江州师范学院附属中学校长", None),
            ("remove", "孟凡", "江州师范学院附属中学副校长", None),
        ],
    ),
    # 承董事會命⏎某公司⏎主席⏎某某⏎香港，2024年6月28日: the signing line dates the announcement
    "signed_with_place_and_date_under_the_signer": (
        "董事會欣然宣佈，委任何嘉明先生為本公司獨立非執行董事，自2024年4月1日起生效。\n"
        "承董事會命\n華聯置業控股有限公司\n主席\n陳志遠\n香港，2024年3月22日",
        [("appoint", "何嘉明", "華聯置業控股有限公司獨立非執行董事", "2024-03-22")],
    ),
    # 董事会同意聘任下列人员为公司高级管理人员：⏎姓名 职务⏎甲 总经理: each row's bare title is the company's
    "officers_table_under_the_boards_consent": (
        "远景能源股份有限公司第三届董事会第九次会议决议公告\n"
        "会议审议通过了《关于聘任公司高级管理人员的议案》，董事会同意聘任下列人员为公司高级管理人员：\n"
        "姓名　职务\n罗宏　总经理\n苏婷　副总经理、董事会秘书\n远景能源股份有限公司董事会\n2024年7月2日",
        [
            ("appoint", "罗宏", "远景能源股份有限公司总经理", "2024-07-02"),
            ("appoint", "苏婷", "远景能源股份有限公司副总经理", "2024-07-02"),
            ("appoint", "苏婷", "远景能源股份有限公司董事会秘书", "2024-07-02"),
        ],
    ),
    # 任命下列人员为某特区政府主要官员：⏎某司司长甲；某局局长乙: each pair of post and name is appointed
    "pairs_under_persons_appointed_as_a_group": (
        "国务院总理签署国务院令，根据行政长官的提名和建议，任命下列人员为香港特别行政区第七届政府"
        "主要官员：\n政务司司长陈国基；\n财政司司长陈茂波。",
        [("appoint", "陈国基", "政务司司长", None), ("appoint", "陈茂波", "财政司司长", None)],
    ),
    # 【新任】⏎甲　某省副省长⏎【卸任】⏎乙　… (or 新任：/卸任：): each row under its section's act
    "roundup_sections_of_taken_and_left_posts": (
        "5月省部级人事盘点\n【新任】\n周涛\u3000江西省人民政府副省长\n孙磊\u3000中国工程院副院长\n"
        "【卸任】\n赵刚\u3000江西省人民政府副省长",
        [
            ("appoint", "周涛", "江西省人民政府副省长", None),
            ("appoint", "孙磊", "中国工程院副院长", None),
            ("remove", "赵刚", "江西省人民政府副省长", None),
        ],
    ),
    # 甲同志任X，免去卫生健康局局长职务: 卫生 is a word, no one; the person is the clause's before
    "removal_of_a_bureau_with_no_name_before_it": (
        "王立新同志任县政府办公室主任，免去应急管理局局长职务。",
        [("appoint", "王立新", "县政府办公室主任", None), ("remove", "王立新", "应急管理局局长", None)],
    ),
    # 关于甲等同志正式任职的通知⏎甲正式任X: a probation's end, in a notice
    "probation_notice_of_zhengshi_ren": (
        "关于孙涛等同志正式任职的通知\n经研究，决定：\n孙涛正式任学校办公室副主任；\n"
        "郑丽正式任教务处副处长。",
        [("confirm", "孙涛", "学校办公室副主任", None), ("confirm", "郑丽", "教务处副处长", None)],
    ),
    # 任命甲为X⏎任命乙为某委员会副主任⏎委员: the title goes on over the line
    "wrapped_committee_title_after_a_run_of_items": (
        "任命马骏为市财政局局长\n任命何平为市人大常委会财政经济委员会副主任\n委员",
        [
            ("appoint", "马骏", "市财政局局长", None),
            ("appoint", "何平", "市人大常委会财政经济委员会副主任委员", None),
        ],
    ),
    # 增补甲为某集团有限公司董事会成员: a board's member keeps the board
    "member_of_a_companys_board": (
        "增补韩冰为东方投资集团有限公司董事会成员。",
        [("appoint", "韩冰", "东方投资集团有限公司董事会成员", None)],
    ),
    # 在中国共产党某大学第三届委员会第一次全体会议上，甲当选为党委书记: that committee's 书记
    "party_committee_elects_in_its_full_name": (
        "在中国共产党南江大学第三届委员会第一次全体会议上，龙飞当选为党委书记。",
        [("other", "龙飞", "中国共产党南江大学第三届委员会书记", None)],
    ),
    # 某科学院任命甲为某研究院院长，免去乙的本院副院长职务: 本院 is the academy
    "own_academy_after_an_institute_it_appoints_to": (
        "东海省农业科学院决定任命曹军为作物研究院院长，免去谢华的本院副院长职务。",
        [
            ("appoint", "曹军", "作物研究院院长", None),
            ("remove", "谢华", "东海省农业科学院副院长", None),
        ],
    ),
    # 县长：⏎甲⏎副县长：⏎乙、丙: each post heads the names below it, not the names above
    "election_results_with_posts_on_their_own_lines": (
        "某县第十八届人民代表大会第一次会议选举结果\n县人民代表大会常务委员会主任：\n吴刚\n"
        "县人民代表大会常务委员会副主任：\n钱明、孙丽",
        [
            ("other", "吴刚", "县人民代表大会常务委员会主任", None),
            ("other", "钱明", "县人民代表大会常务委员会副主任", None),
            ("other", "孙丽", "县人民代表大会常务委员会副主任", None),
        ],
    ),
    # 记者今天从某部获悉甲已任X: a lead, no byline
    "news_lead_opening_with_the_reporter": (
        "记者今天从市委组织部获悉陈刚已任市\n委副书记。",
        [("appoint", "陈刚", "市委副书记", None)],
    ),
    # 点击排行 over a sidebar's headlines, then the notice: the notice's events stay
    "ranking_sidebar_above_the_notice": (
        "首页 > 政务公开 > 人事信息\n点击排行\n市政府召开常务会议\n全市安全生产会议召开\n"
        "关于何强等同志职务任免的通知\n经市政府研究决定：\n何强同志任市审计局局长；\n"
        "免去刘军同志的市审计局局长职务。\n某市人民政府\n2024年3月1日",
        [("appoint", "何强", "市审计局局长", "2024-03-01"), ("remove", "刘军", "市审计局局长", "2024-03-01")],
    ),
    # 任命：⏎某法院审判员　甲　乙　丙 (full-width spaces): each name takes the post
    "post_then_its_names_under_a_list_verb": (
        "宁国市人大常委会任免名单\n任命：\n宁国市人民法院审判员\u3000方志远\u3000程丽娟\u3000胡海\n免去：\n"
        "宁国市人民检察院检察员\u3000汪洋\u3000陶敏",
        [
            ("appoint", "方志远", "宁国市人民法院审判员", None),
            ("appoint", "程丽娟", "宁国市人民法院审判员", None),
            ("appoint", "胡海", "宁国市人民法院审判员", None),
            ("remove", "汪洋", "宁国市人民检察院检察员", None),
            ("remove", "陶敏", "宁国市人民检察院检察员", None),
        ],
    ),
    # 任命：⏎某法院审判员：甲　乙　丙: the names after the colon, by full-width spaces, each take the post
    "post_colon_then_names_by_full_width_spaces": (
        "绩溪县人大常委会任免名单\n任命：\n绩溪县人民法院审判员：汪志强\u3000程慧\u3000胡立新",
        [
            ("appoint", "汪志强", "绩溪县人民法院审判员", None),
            ("appoint", "程慧", "绩溪县人民法院审判员", None),
            ("appoint", "胡立新", "绩溪县人民法院审判员", None),
        ],
    ),
    # 任命：⏎甲⏎乙⏎以上人员为X / 免去：⏎丙⏎以上人员的Y职务: the names listed one a line take the post
    "names_one_a_line_then_those_above": (
        "云岩区人大常委会任免名单\n任命：\n周　敏\n刘建华\n以上人员为贵阳市云岩区人民法院审判员。\n"
        "免去：\n陈　静\n"
        "李志明\n以上人员的贵阳市云岩区人民法院审判员职务。",
        [
            ("appoint", "周敏", "贵阳市云岩区人民法院审判员", None),
            ("appoint", "刘建华", "贵阳市云岩区人民法院审判员", None),
            ("remove", "陈静", "贵阳市云岩区人民法院审判员", None),
            ("remove", "李志明", "贵阳市云岩区人民法院审判员", None),
        ],
    ),
    # 免去甲的X职务；⏎免去乙的某街道办事⏎处主任职务。: a body's name cut by the wrap goes on
    "last_item_wrapped_inside_a_bodys_name": (
        "经区人民政府研究决定：\n免去方磊的龙华区体育局副局长职务；\n"
        "免去许静的龙华区行政学院院长、龙华区人民政府民治街道办事\n处主任职务。",
        [
            ("remove", "方磊", "龙华区体育局副局长", None),
            ("remove", "许静", "龙华区行政学院院长", None),
            ("remove", "许静", "龙华区人民政府民治街道办事处主任", None),
        ],
    ),
    # 甲同志任A；免去B职务: the item's removal, parted by a semicolon, is its person's
    "items_removal_after_a_semicolon": (
        "经县人民政府研究决定：\n韩立军同志任宁远县应急管理局局长；免去宁远县林业局副局长职务。\n"
        "邓慧同志任宁远县统计局副局长。\n宁远县人民政府\n2023年3月8日",
        [
            ("appoint", "韩立军", "宁远县应急管理局局长", "2023-03-08"),
            ("remove", "韩立军", "宁远县林业局副局长", "2023-03-08"),
            ("appoint", "邓慧", "宁远县统计局副局长", "2023-03-08"),
        ],
    ),
    # ·甲任X。⏎·乙任Y。: a middle dot opening lines is their bullet, not a name's dot
    "middle_dot_bullets_open_items": (
        "本周人事动态\n·孟庆林任河北省人民政府副秘书长。\n·邱雅芳任福建省人民政府副秘书长。",
        [
            ("appoint", "孟庆林", "河北省人民政府副秘书长", None),
            ("appoint", "邱雅芳", "福建省人民政府副秘书长", None),
        ],
    ),
    # 艾尔肯⏎·吐尼亚孜: a name's dot wrapped to the next line stays the name's
    "middle_dot_of_a_name_wrapped_to_a_line": (
        "决定任命阿不都热依木\n·买买提为喀什市人民政府副市长。",
        [("appoint", "阿不都热依木·买买提", "喀什市人民政府副市长", None)],
    ),
    # 乌云其其格同志任X: a Mongolian name printed without a dot, five characters, no Han surname
    "mongolian_names_without_a_surname": (
        "阿拉善盟行政公署关于任免职务的通知\n经盟行政公署研究决定：\n"
        "苏日娜其木格同志任阿拉善盟卫生健康委员会副主任；\n"
        "那顺巴雅尔同志任阿拉善盟林业和草原局副局长；\n"
        "免去包宝音同志的阿拉善盟林业和草原局副局长职务。\n阿拉善盟行政公署\n"
        "2022年11月14日",
        [
            ("appoint", "苏日娜其木格", "阿拉善盟卫生健康委员会副主任", "2022-11-14"),
            ("appoint", "那顺巴雅尔", "阿拉善盟林业和草原局副局长", "2022-11-14"),
            ("remove", "包宝音", "阿拉善盟林业和草原局副局长", "2022-11-14"),
        ],
    ),
    # 次仁多布杰同志任X: a Tibetan name of two name words, five characters
    "tibetan_names_without_a_surname": (
        "经市人民政府研究决定：\n次仁多布杰同志任那曲市交通运输局局长；\n"
        "免去白玛央金同志的那曲市交通运输局副局长职务。\n那曲市人民政府\n2021年9月28日",
        [
            ("appoint", "次仁多布杰", "那曲市交通运输局局长", "2021-09-28"),
            ("remove", "白玛央金", "那曲市交通运输局副局长", "2021-09-28"),
        ],
    ),
    # 提名免去甲同志X职务: a proposal to remove, not a removal done
    "nomination_to_remove": (
        "会上宣读了自治区党委组织部的决定：提名免去陶格斯同志的西乌珠穆沁旗人民检察院检察长职务。",
        [("nominate_remove", "陶格斯", "西乌珠穆沁旗人民检察院检察长", None)],
    ),
    # 甲因工作调动，按照有关法律程序辞去X职务 / 乙依法辞去Y: the procedure is no part of a name
    "resigning_by_the_procedure": (
        "会上宣布了市委的决定：严卫东同志因工作调动，按照有关法律程序辞去崇信县人民政府县长职务。"
        "\n次日，县人大常委会会议接受覃秀英依法辞去崇信县人民政府副县长职务的请求。",
        [("other", "严卫东", "崇信县人民政府县长", None), ("other", "覃秀英", "崇信县人民政府副县长", None)],
    ),
    # …，按程序免去其X职务: the procedure before 免去其
    "removed_by_the_procedure_its": (
        "市委决定，免去侯振宇的中共二七区委副书记职务，按程序免去其二七区人民政府区长职务。",
        [("remove", "侯振宇", "中共二七区委副书记", None), ("remove", "侯振宇", "二七区人民政府区长", None)],
    ),
    # 甲因工作变动，向县人大常委会申请辞去X职务: to whom the letter goes, a congress named short
    "resigning_to_the_county_congress": (
        "关于接受蒲俊杰辞职的决定\n"
        "（2023年8月30日营山县第十八届人民代表大会常务委员会第十二次会议通过）\n"
        "蒲俊杰因工作变动，向县人大常委会申请辞去营山县人民政府副县长职务。会议决定，接受蒲俊杰的"
        "辞职请求。",
        [("other", "蒲俊杰", "营山县人民政府副县长", "2023-08-30")],
    ),
    # 按期正式任命甲为X: a probation served, confirmed
    "confirmed_by_the_decision": (
        "桐乡市人大常委会关于按期正式任命有关同志职务的决定\n"
        "（2019年6月26日桐乡市第十六届人民代表大会常务委员会第二十次会议通过）\n"
        "沈佳慧、费建平同志试用期满，经考核合格，会议决定：按期正式任命沈佳慧为桐乡市审计局局长，"
        "费建平为桐乡市统计局局长。",
        [
            ("confirm", "沈佳慧", "桐乡市审计局局长", "2019-06-26"),
            ("confirm", "费建平", "桐乡市统计局局长", "2019-06-26"),
        ],
    ),
    # 甲因任X，…，其Y职务相应终止: the subject of the cause's clause
    "mandate_ended_after_a_cause": (
        "介休市人民代表大会常务委员会公告\n（第3号）\n"
        "闫志诚因任介休市人民政府副市长，根据有关法律规定，其介休市第十六届人民代表大会常务委员会"
        "委员职务相应终止。\n特此公告。\n介休市人民代表大会常务委员会\n2022年4月29日",
        [("other", "闫志诚", "介休市第十六届人民代表大会常务委员会委员", "2022-04-29")],
    ),
    # 甲同志已到退休年龄，…，免去其X职务 / 鉴于乙同志工作调动，免去其Y职务: the comrade the clause opens with
    "its_removal_after_a_comrades_reason": (
        "关于免去祁文斌同志职务的通知\n各科室、各学校：\n"
        "祁文斌同志已到退休年龄，经局党委研究决定，免去其平湖市新埭中学校长职务。\n"
        "鉴于汤慧敏同志工作调动，免去其平湖市新埭小学副校长职务。\n平湖市教育局\n"
        "2022年8月29日",
        [
            ("remove", "祁文斌", "平湖市新埭中学校长", "2022-08-29"),
            ("remove", "汤慧敏", "平湖市新埭小学副校长", "2022-08-29"),
        ],
    ),
    # 决定免去：⏎甲同志某区某局副局长职务；: 同志 closes the name, no 的 before the post
    "removal_list_items_with_comrade_and_no_de": (
        "经区人民政府研究，决定免去：\n蒋文涛同志青羊区住房和城乡建设局副局长职务；\n"
        "邬小燕同志青羊区教育局副局长职务。\n成都市青羊区人民政府\n2023年2月20日",
        [
            ("remove", "蒋文涛", "青羊区住房和城乡建设局副局长", "2023-02-20"),
            ("remove", "邬小燕", "青羊区教育局副局长", "2023-02-20"),
        ],
    ),
    # 南方+⏎广州市委书记甲到任: an outlet's name stands alone over the headline
    "outlet_line_over_a_post_first_headline": (
        "封面新闻\n自贡市长李宏明履新",
        [("appoint", "李宏明", "自贡市长", None)],
    ),
    # 人事动态⏎某县某局局长由乙接任: a page's heading stands alone
    "heading_line_over_a_post_first_sentence": (
        "人事动态\n荣县卫生健康局局长由邹雪梅接任。",
        [("appoint", "邹雪梅", "荣县卫生健康局局长", None)],
    ),
    # 任命：⏎某法院审判委员会委员⏎　　甲⏎某法院审判员⏎　　乙⏎免去：⏎…⏎　　丁:
    # each post heads the names below it
    "post_line_over_names_one_a_line": (
        "嘉兴市秀洲区人民代表大会常务委员会任免名单\n"
        "（2023年6月29日嘉兴市秀洲区第八届人民代表大会常务委员会第十一次会议通过）\n"
        "任命：\n嘉兴市秀洲区人民法院审判委员会委员\n\u3000\u3000褚丽君\n嘉兴市秀洲区人民法院审判员\n"
        "\u3000\u3000钱一鸣\n\u3000\u3000姚\u3000芸\n免去：\n嘉兴市秀洲区人民法院审判员\n\u3000\u3000屠国庆",
        [
            ("appoint", "褚丽君", "嘉兴市秀洲区人民法院审判委员会委员", "2023-06-29"),
            ("appoint", "钱一鸣", "嘉兴市秀洲区人民法院审判员", "2023-06-29"),
            ("appoint", "姚芸", "嘉兴市秀洲区人民法院审判员", "2023-06-29"),
            ("remove", "屠国庆", "嘉兴市秀洲区人民法院审判员", "2023-06-29"),
        ],
    ),
    # 任命为某法院审判员：甲、乙 / 免去某法院审判员职务：丙: no 下列, the names after the colon
    "verb_and_post_over_names_after_a_colon": (
        "个旧市人民代表大会常务委员会任免名单\n"
        "（2021年8月27日个旧市第十六届人民代表大会常务委员会第三十六次会议通过）\n"
        "任命为个旧市人民法院审判员：\n孔德华\u3000普丽萍\u3000杞建林\n"
        "免去个旧市人民检察院检察员职务：何绍坤、矣秀兰",
        [
            ("appoint", "孔德华", "个旧市人民法院审判员", "2021-08-27"),
            ("appoint", "普丽萍", "个旧市人民法院审判员", "2021-08-27"),
            ("appoint", "杞建林", "个旧市人民法院审判员", "2021-08-27"),
            ("remove", "何绍坤", "个旧市人民检察院检察员", "2021-08-27"),
            ("remove", "矣秀兰", "个旧市人民检察院检察员", "2021-08-27"),
        ],
    ),
    # 甲已任X。乙不再任X。: 不再任 with no 职务 after the post
    "no_longer_holds_without_zhiwu": (
        "据首都之窗“政府领导”栏目消息，冯志远已任北京市人民政府副秘书长。桂林芳不再任北京市人民"
        "政府副秘书长。",
        [
            ("appoint", "冯志远", "北京市人民政府副秘书长", None),
            ("remove", "桂林芳", "北京市人民政府副秘书长", None),
        ],
    ),
    # 驻某国大使甲任满离任回国: the term ended, the ambassador home
    "ambassador_term_over_home": (
        "驻老挝大使谢建平离任\n2022年10月20日，驻老挝大使谢建平任满离任回国。",
        [("other", "谢建平", "驻老挝大使", "2022-10-20")],
    ),
    # 甲同志任X；乙同志不再担任上述职务: the posts the clause before
    # gave
    "no_longer_holds_the_posts_above": (
        "新华社北京3月9日电 中共中央决定：郑栅洁同志任国务院发展研究中心主任；马建堂同志不再担任上述职务。",
        [
            ("appoint", "郑栅洁", "国务院发展研究中心主任", None),
            ("remove", "马建堂", "国务院发展研究中心主任", None),
        ],
    ),
    # 关于终止甲同志试用期的通知⏎决定：终止甲同志X试用期: other (a probation
    # ended, no trigger word but 试用期)
    "probation_terminated_by_decision": (
        "茂名市人民政府关于终止冼志豪同志试用期的通知\n茂府干〔2022〕17号\n"
        "冼志豪同志试用期内考核不称职，市政府决定：终止冼志豪同志茂名市水务局副局长试用期。\n"
        "茂名市人民政府\n2022年9月9日",
        [("other", "冼志豪", "茂名市水务局副局长", "2022-09-09")],
    ),
    # 甲同志试用期满，经考核称职，决定正式任命甲为X: a confirmation
    "formally_appointed_after_probation": (
        "韶关市人民政府关于邝伟明同志试用期满正式任职的通知\n韶府干〔2020〕22号\n"
        "邝伟明同志试用期满，经考核称职，市政府决定正式任命邝伟明为韶关市住房和城乡建设局副局长。"
        "\n韶关市人民政府\n2020年11月30日",
        [("confirm", "邝伟明", "韶关市住房和城乡建设局副局长", "2020-11-30")],
    ),
    # 经研究决定，委派：⏎甲为某公司外部董事；⏎乙为某公司外部董事。: 委派 over a list
    "delegated_list_verb": (
        "关于委派市属国有企业外部董事的通知\n经市国资委研究决定，委派：\n"
        "蓝海峰为柳州市城市投资建设发展有限公司外部董事；\n"
        "覃丽萍为柳州市交通投资发展集团有限公司外部董事。\n柳州市人民政府国有资产监督管理委员会\n"
        "2021年8月2日",
        [
            ("appoint", "蓝海峰", "柳州市城市投资建设发展有限公司外部董事", "2021-08-02"),
            ("appoint", "覃丽萍", "柳州市交通投资发展集团有限公司外部董事", "2021-08-02"),
        ],
    ),
    # 序号⇥姓名⇥任职⇥免职⏎3⇥甲⇥⇥某局副局长: the 任职 cell empty, the 免职
    # cell's post ends
    "table_row_with_an_empty_appointment_cell": (
        "日照市人民政府任免人员名单\n序号\t姓名\t任职\t免职\n1\t厉振华\t日照市财政局副局长\t\n"
        "2\t闫海燕\t\t日照市统计局副局长\n日照市人民政府\n2024年5月6日",
        [
            ("appoint", "厉振华", "日照市财政局副局长", "2024-05-06"),
            ("remove", "闫海燕", "日照市统计局副局长", "2024-05-06"),
        ],
    ),
    # 姓名⏎任命职务⏎免去职务⏎甲⏎某局局长⏎某局局长: a table pasted one cell
    # a line, its rows put back
    "table_pasted_one_cell_a_line": (
        "涟水县人大常委会任免名单\n"
        "（2023年6月28日涟水县第十八届人民代表大会常务委员会第十二次会议通过）\n姓名\n"
        "任命职务\n免去职务\n戚海波\n涟水县住房和城乡建设局局长\n涟水县交通运输局局长\n祁晓红\n"
        "涟水县交通运输局局长\n涟水县审计局局长",
        [
            ("appoint", "戚海波", "涟水县住房和城乡建设局局长", "2023-06-28"),
            ("remove", "戚海波", "涟水县交通运输局局长", "2023-06-28"),
            ("appoint", "祁晓红", "涟水县交通运输局局长", "2023-06-28"),
            ("remove", "祁晓红", "涟水县审计局局长", "2023-06-28"),
        ],
    ),
    # 序号⏎姓名⏎任免职务⏎1⏎甲⏎任命为X⏎2⏎乙⏎免去Y职务: the verb in the
    # cell
    "numbered_table_one_cell_a_line_with_verb_cells": (
        "射阳县人大常委会人事任免表\n（2023年4月27日县十八届人大常委会第九次会议通过）\n"
        "序号\n姓名\n任免职务\n1\n钱明远\n任命为射阳县司法局局长\n2\n顾晓玲\n"
        "免去射阳县退役军人事务局局长职务",
        [
            ("appoint", "钱明远", "射阳县司法局局长", "2023-04-27"),
            ("remove", "顾晓玲", "射阳县退役军人事务局局长", "2023-04-27"),
        ],
    ),
    # 某届人大代表甲因调离本行政区域，乙因病去世，其代表资格终止: both, the deputy
    # post of the first
    "mandates_of_two_each_with_a_reason": (
        "仁怀市人民代表大会常务委员会公告\n（第十二号）\n"
        "仁怀市第九届人民代表大会代表穆志强因调离本行政区域，冉小娟因病去世，其代表资格终止。\n"
        "特此公告。\n仁怀市人民代表大会常务委员会\n2022年11月30日",
        [
            ("other", "穆志强", "仁怀市第九届人民代表大会代表", "2022-11-30"),
            ("other", "冉小娟", "仁怀市第九届人民代表大会代表", "2022-11-30"),
        ],
    ),
    # 某届人大代表甲因病去世，依法其代表资格终止: 依法 before 其
    "mandate_ended_by_law_its": (
        "灵寿县人大常委会代表资格审查委员会关于个别代表资格终止的报告\n"
        "（2019年12月27日）\n"
        "灵寿县第十六届人民代表大会代表贾永辉因病去世，依法其代表资格终止。",
        [("other", "贾永辉", "灵寿县第十六届人民代表大会代表", "2019-12-27")],
    ),
    # 某届人民代表大会下列代表的代表资格终止：⏎甲（辞职）⏎乙（调离本行政区域）: each below
    "mandates_ended_of_the_deputies_below": (
        "如皋市人大常委会关于个别代表资格终止的公告\n"
        "根据《代表法》第五十条的规定，如皋市第十七届人民代表大会下列代表的代表资格终止：\n"
        "\u3000\u3000缪建国（调离本行政区域）\n\u3000\u3000丁红霞（辞职）\n"
        "截至2021年4月28日，如皋市第十七届人民代表大会实有代表329名。\n"
        "如皋市人民代表大会常务委员会\n2021年4月28日",
        [
            ("other", "缪建国", "如皋市第十七届人民代表大会代表", "2021-04-28"),
            ("other", "丁红霞", "如皋市第十七届人民代表大会代表", "2021-04-28"),
        ],
    ),
    # 经某县人大常委会任命的某县人民政府副县长、代理县长甲正式到任: both posts, one
    # person
    "appointed_posts_then_name_arrives": (
        "柘城县融媒体中心\n新任县长到任\n2022年7月14日\n"
        "今天，经柘城县人大常委会任命的柘城县人民政府副县长、代理县长冯晓辉正式到任。",
        [
            ("appoint", "冯晓辉", "柘城县人民政府副县长", "2022-07-14"),
            ("appoint", "冯晓辉", "柘城县人民政府代理县长", "2022-07-14"),
        ],
    ),
    # 甲任中共中央某办公室主任、国务院某办公室主任: a national body names
    # itself, not a unit of the one before
    "two_national_bodies_one_title_each": (
        "新华社北京6月2日电 中共中央决定：陈启明同志任中共中央网络安全和信息化委员会办公室主任"
        "、国务院新闻办公室主任。",
        [
            ("appoint", "陈启明", "中共中央网络安全和信息化委员会办公室主任", None),
            ("appoint", "陈启明", "国务院新闻办公室主任", None),
        ],
    ),
    # 2022-12-01  南方周末⏎11月30日，…决定任命甲为X: a page's date
    # over its outlet (a weekly) gives the year
    "page_date_then_a_weekly_outlet": (
        "新任珠海市副市长：一位技术官僚的轨迹\n2022-12-01  南方周末\n"
        "11月30日，珠海市第十届人大常委会第八次会议决定任命詹德华为珠海市人民政府副市长。",
        [("appoint", "詹德华", "珠海市人民政府副市长", "2022-11-30")],
    ),
    # 会议任命李大为为X: the name's own 为, then the list's
    "name_ending_in_wei_before_wei": (
        "株洲市第十五届人大常委会第二十次会议闭幕\n会议任命罗振为为株洲市人民政府副市长。",
        [("appoint", "罗振为", "株洲市人民政府副市长", None)],
    ),
    # 提请任命：⏎甲为X；⏎以上议案，请予审议。⏎区长　乙: the list ends at its
    # close, the signature no item
    "motion_closed_then_signed_by_the_head": (
        "关于提请任命冼丽等同志职务的议案\n佛山市南海区人民政府\n南海区人大常委会：\n"
        "根据工作需要，提请任命：\n冼丽为佛山市南海区民政局局长；\n"
        "区俊杰为佛山市南海区司法局局长。\n以上议案，请予审议。\n区长\u3000岑志华\n"
        "2020年9月10日",
        [
            ("nominate_appoint", "冼丽", "佛山市南海区民政局局长", "2020-09-10"),
            ("nominate_appoint", "区俊杰", "佛山市南海区司法局局长", "2020-09-10"),
        ],
    ),
    # 提请任命现任X的甲为Y: the name after the post held now
    "proposed_with_the_post_held_now": (
        "关于提请任命邢立峰同志职务的议案\n赞皇县人民代表大会常务委员会：\n"
        "提请任命现任赞皇县发展和改革局副局长的邢立峰为赞皇县发展和改革局局长。\n请予审议。\n"
        "赞皇县人民政府县长\u3000郭建中\n2018年9月3日",
        [("nominate_appoint", "邢立峰", "赞皇县发展和改革局局长", "2018-09-03")],
    ),
    # 任命：甲为X；　　　乙为Y。: two columns of a PDF merged, the
    # gap after ； no table's cell edge
    "two_items_on_one_line_after_a_semicolon": (
        "任免名单（2021年6月29日区第二届人大常委会第三十四次会议通过）\n"
        "任命：施建华为南通市通州区民政局局长；\u3000\u3000\u3000陆晓燕为南通市通州区司法局局长。\n"
        "免去：曹国强的南通市通州区民政局局长职务。",
        [
            ("appoint", "施建华", "南通市通州区民政局局长", "2021-06-29"),
            ("appoint", "陆晓燕", "南通市通州区司法局局长", "2021-06-29"),
            ("remove", "曹国强", "南通市通州区民政局局长", "2021-06-29"),
        ],
    ),
    # (某日…会议通过)⏎发布时间：某日: the list's adoption dates its
    # acts, not the page's publication
    "adoption_note_over_the_page_published_time": (
        "首页 > 人事任免 > 正文\n德阳市人民代表大会常务委员会任免名单\n"
        "（2022年8月26日德阳市第九届人民代表大会常务委员会第五次会议通过）\n"
        "发布时间：2022-08-29\u3000来源：市人大常委会办公室\n任命：\n"
        "一、邹立新为德阳市教育和体育局局长；\n二、蒲晓燕为德阳市审计局局长。",
        [
            ("appoint", "邹立新", "德阳市教育和体育局局长", "2022-08-26"),
            ("appoint", "蒲晓燕", "德阳市审计局局长", "2022-08-26"),
        ],
    ),
    # 2016-05-31　某区人大⏎5月30日，…任命甲为X: a congress site's
    # name after the page's date
    "page_date_then_a_congress_site": (
        "博兴县人大常委会任命法院副庭长\n2016-05-31\u3000博兴县人大\n"
        "5月30日，县十七届人大常委会第三十次会议审议通过县人民法院院长提请的任免案，任命綦晓东"
        "为博兴县人民法院民事审判第一庭副庭长。",
        [("appoint", "綦晓东", "博兴县人民法院民事审判第一庭副庭长", "2016-05-30")],
    ),
    # 二O一七年九月十四日: a Latin O typed for 〇 in a signing
    # date
    "latin_o_in_a_chinese_year": (
        "经县人民政府研究决定：\n任命李卫东为县交通运输局局长。\n某某县人民政府\n二O一七年九月十四日",
        [("appoint", "李卫东", "县交通运输局局长", "2017-09-14")],
    ),
    # 20l9年7月3l日: OCR's l for 1 in a signing date
    "ocr_l_for_one_in_a_date": (
        "经研究，决定聘任孙海燕为某某学院图书馆馆长。\n某某学院\n20l9年7月3l日",
        [("appoint", "孙海燕", "某某学院图书馆馆长", "2019-07-31")],
    ),
    # 總統令 date line, then its 字號 line (華總一義字第…號) over
    # the first item
    "taiwan_decree_word_number_line": (
        "總統令\u3000中華民國112年5月10日\n華總一義字第11200038761號\n"
        "交通部政務次長黃明德另有任用，應予免職。\n任命陳志遠為交通部政務次長。",
        [
            ("remove", "黃明德", "交通部政務次長", "2023-05-10"),
            ("appoint", "陳志遠", "交通部政務次長", "2023-05-10"),
        ],
    ),
    # 政府新聞公報⏎******⏎委任甲為X: a release's rule line under
    # its masthead
    "press_release_rule_of_asterisks": (
        "政府新聞公報\n"
        "****************************************\n"
        "行政長官今日根據《基本法》委任何家明為入境事務處處長。\n2023年3月10日（星期五）",
        [("appoint", "何家明", "入境事務處處長", "2023-03-10")],
    ),
    # 現任X甲將於二○二三年八月一日調任Y: a move with its day between
    # the name and the verb
    "dated_move_still_to_come": (
        "現任海事處處長陳國強將於二○二三年八月一日調任水務署署長。",
        [("remove", "陳國強", "海事處處長", "2023-08-01"), ("appoint", "陳國強", "水務署署長", "2023-08-01")],
    ),
    # 再度委任N名成員（包括委任甲為X新一任主席）及委任…: the post ends with its
    # aside
    "appointment_inside_an_aside": (
        "政府今日（三月八日）宣布再度委任五名成員（包括委任李志成為漁農業諮詢委員會新一任主席）及"
        "委任兩名新成員，任期兩年。",
        [("appoint", "李志成", "漁農業諮詢委員會主席", None)],
    ),
    # 甲和乙分別獲再度委任為X的主席及副主席: 分別 before a longer verb
    "respectively_reappointed": (
        "林家豪和周美玲分別獲再度委任為建造業上訴委員團的主席及副主席，任期兩年。",
        [
            ("appoint", "林家豪", "建造業上訴委員團主席", None),
            ("appoint", "周美玲", "建造業上訴委員團副主席", None),
        ],
    ),
    # 甲任中共某经济技术开发区工作委员会书记；乙任某经济技术开发区管理委员会主任: the zone
    # names itself
    "zone_administration_after_its_party_working_committee": (
        "经市委研究决定：\n刘建国同志任中共衡州经济技术开发区工作委员会书记；\n"
        "陈志勇同志任衡州经济技术开发区管理委员会主任。\n中共衡州市委\n2021年3月2日",
        [
            ("appoint", "刘建国", "中共衡州经济技术开发区工作委员会书记", "2021-03-02"),
            ("appoint", "陈志勇", "衡州经济技术开发区管理委员会主任", "2021-03-02"),
        ],
    ),
    # 甲任中共某县某镇委员会委员、纪委书记: the place's 纪委, not one inside
    # the committee
    "discipline_secretary_after_a_township_committee": (
        "经县委研究决定：\n王海燕同志任中共安平县城关镇委员会委员、纪委书记。\n中共安平县委\n2021年9月6日",
        [
            ("appoint", "王海燕", "中共安平县城关镇委员会委员", "2021-09-06"),
            ("appoint", "王海燕", "中共安平县城关镇纪委书记", "2021-09-06"),
        ],
    ),
    # 甲任中共某县委员会常委、副县长: the county's deputy head, not the
    # committee's
    "deputy_county_head_after_a_committee_named_in_full": (
        "经研究决定：\n赵文军同志任中共清河县委员会常委、副县长。\n2022年5月18日",
        [
            ("appoint", "赵文军", "中共清河县委员会常委", "2022-05-18"),
            ("appoint", "赵文军", "清河县副县长", "2022-05-18"),
        ],
    ),
    # 某市人大代表甲因…，某区人大代表乙因…，其代表资格终止: both, each with his
    # own post
    "two_titled_deputies_each_with_a_reason": (
        "县第十八届人大代表郑志刚因调离本行政区域，镇第七届人大代表林秀英因病去世，其代表资格终止。",
        [("other", "郑志刚", "县第十八届人大代表", None), ("other", "林秀英", "镇第七届人大代表", None)],
    ),
    # 甲同志任X；乙同志晋升为一级主任科员: a rank (职级), no post: no event
    # for it
    "rank_promotion_in_a_list_of_posts": (
        "中共平川县委组织部关于干部任职及职级晋升的通知\n经县委研究决定：\n"
        "何立新同志任中共平川县委党校副校长；\n冯晓丽同志晋升为一级主任科员；\n"
        "高建军同志晋升为二级调研员。\n中共平川县委组织部\n2022年4月8日",
        [("appoint", "何立新", "中共平川县委党校副校长", "2022-04-08")],
    ),
    # 干部任前公示⏎甲同志，现任X，拟任Y: the title stands alone over a
    # profile with no sex or birth
    "pre_appointment_notice_title_over_a_profile_without_birth": (
        "干部任前公示\n"
        "周立新同志，现任安宁市城北街道办事处主任，拟任中共安宁市城北街道工作委员会书记。\n"
        "公示时间：2023年6月5日至6月11日。\n中共安宁市委组织部\n2023年6月4日",
        [("nominate_appoint", "周立新", "中共安宁市城北街道工作委员会书记", "2023-06-04")],
    ),
    # 某县第N次党代会选举产生中国共产党某县第N届委员会委员（按姓氏笔画为序）：names
    "congress_elects_committee_members_over_names": (
        "2021年10月12日，中国共产党泰和县第十五次代表大会选举产生中国共产党泰和县第十五届"
        "委员会委员（按姓氏笔画为序）：\n马文斌、刘晓燕、孙建国",
        [
            ("other", "马文斌", "中国共产党泰和县第十五届委员会委员", "2021-10-12"),
            ("other", "刘晓燕", "中国共产党泰和县第十五届委员会委员", "2021-10-12"),
            ("other", "孙建国", "中国共产党泰和县第十五届委员会委员", "2021-10-12"),
        ],
    ),
    # 中共某县某镇第N届委员会第一次全体会议选举甲为书记，乙为副书记: the committee's
    "plenary_elects_bare_titles_of_its_committee": (
        "2021年8月3日，中共永和县城关镇第十四届委员会第一次全体会议选举李红梅为书记，张建平为副书记。",
        [
            ("other", "李红梅", "中共永和县城关镇第十四届委员会书记", "2021-08-03"),
            ("other", "张建平", "中共永和县城关镇第十四届委员会副书记", "2021-08-03"),
        ],
    ),
    # 某委员会第一次全体会议选举产生了…，现将选举结果公布如下：⏎书记：甲⏎副书记：乙、丙
    "election_results_published_below_a_plenary": (
        "2021年9月28日，中共宁远县水市镇第十五届委员会第一次全体会议选举产生了新一届镇党委"
        "领导班子，现将选举结果公布如下：\n书记：唐志勇\n副书记：欧阳敏、何丽华",
        [
            ("other", "唐志勇", "中共宁远县水市镇第十五届委员会书记", "2021-09-28"),
            ("other", "欧阳敏", "中共宁远县水市镇第十五届委员会副书记", "2021-09-28"),
            ("other", "何丽华", "中共宁远县水市镇第十五届委员会副书记", "2021-09-28"),
        ],
    ),
    # 书  记：甲: a two-character title padded to the width
    # of three, then its colon
    "title_padded_before_its_colon": (
        "2021年9月28日，中共宁远县水市镇第十五届委员会第一次全体会议选举结果如下：\n"
        "书  记：唐志勇\n副书记：何丽华",
        [
            ("other", "唐志勇", "中共宁远县水市镇第十五届委员会书记", "2021-09-28"),
            ("other", "何丽华", "中共宁远县水市镇第十五届委员会副书记", "2021-09-28"),
        ],
    ),
    # 2019-08-15 某某在线⏎⏎8月14日，…决定：甲任X: an outlet by 在线,
    # the page's date
    "page_date_then_an_online_outlet": (
        "华亭县委常委调整\n2020-06-11 平凉在线\n\n6月10日，中共平凉市委决定：吴振华同志任中共华亭县委常委。",
        [("appoint", "吴振华", "中共华亭县委常委", "2020-06-10")],
    ),
    # 2023-10-27 来源：某网⏎阅读量：1024⏎10月26日，…: a counter is
    # page chrome
    "page_counter_line_under_the_date": (
        "市政府任免一批干部\n2023-10-27 来源：长河市人民政府网\n阅读量：1024\n"
        "10月26日，市政府决定任命李强为长河市交通运输局局长。",
        [("appoint", "李强", "长河市交通运输局局长", "2023-10-26")],
    ),
    # 任命：<br>&nbsp;&nbsp;甲为X；<br>免去：<br>乙的Y职务: <br> ends
    # a line, &nbsp; is a space
    "markup_left_in_a_page_text": (
        "德阳市人大常委会任免名单<br>（2023年4月26日德阳市第九届人民代表大会常务委员会"
        "第十次会议通过）<br>&nbsp;&nbsp;任命：<br>&nbsp;&nbsp;邓"
        "俊峰为德阳市民政局局长；<br>&nbsp;&nbsp;免去：<br>&nbsp;&nb"
        "sp;罗晓丽的德阳市民政局局长职务。",
        [
            ("appoint", "邓俊峰", "德阳市民政局局长", "2023-04-26"),
            ("remove", "罗晓丽", "德阳市民政局局长", "2023-04-26"),
        ],
    ),
    # <p>经研究，决定：</p><p>任命甲为X；</p><p>免去乙的Y职务。</p>
    "paragraph_tags_left_in_a_page_text": (
        "<p>经研究，决定：</p><p>任命龚建华为丽水市审计局副局长；</p><p>免去许晓"
        "梅的丽水市审计局副局长职务。</p><p>丽水市人民政府</p><p>2021年5月18"
        "日</p>",
        [
            ("appoint", "龚建华", "丽水市审计局副局长", "2021-05-18"),
            ("remove", "许晓梅", "丽水市审计局副局长", "2021-05-18"),
        ],
    ),
    # 任命甲为某局⏎某市人民政府文件⏎副局长；: the head printed where the
    # page broke
    "running_head_where_a_page_broke_a_post": (
        "任命郭志强为长治市能源局\n长治市人民政府文件\n副局长；\n免去王刚的长治市能源局副局长职务。",
        [("appoint", "郭志强", "长治市能源局副局长", None), ("remove", "王刚", "长治市能源局副局长", None)],
    ),
    # 任命谭⏎某市人民政府公报⏎志勇为X: the head inside the name
    "running_head_where_a_page_broke_a_name": (
        "任命谭\n株洲市人民政府公报\n志勇为株洲市民政局副局长。",
        [("appoint", "谭志勇", "株洲市民政局副局长", None)],
    ),
    # 甲任X    乙任Y: a list printed in two columns, no stop
    # between the items
    "two_columns_run_into_one_line": (
        "经研究决定：\n"
        "陈卫东任塔里木大学动物科学学院院长    吴丽娟任塔里木大学园艺与林学学院副院长\n"
        "塔里木大学\n2022年3月1日",
        [
            ("appoint", "陈卫东", "塔里木大学动物科学学院院长", "2022-03-01"),
            ("appoint", "吴丽娟", "塔里木大学园艺与林学学院副院长", "2022-03-01"),
        ],
    ),
    # 🔹 甲、乙当选X: a social-media post's pictograph before
    # the first name
    "pictograph_before_a_list_of_names": (
        "🔹 王立新、赵春梅当选沧州市人民政府副市长。\n✅ 刘海涛当选沧州市人民政府市长。",
        [
            ("other", "王立新", "沧州市人民政府副市长", None),
            ("other", "赵春梅", "沧州市人民政府副市长", None),
            ("other", "刘海涛", "沧州市人民政府市长", None),
        ],
    ),
    # 某股份有限公司关于聘任总经理的公告⏎本公司第N届董事会…会议同意聘任甲先生为总经理: the
    # company's
    "company_announcement_hires_a_bare_title": (
        "远东精工股份有限公司关于聘任总经理的公告\n"
        "本公司第七届董事会第三次会议于2023年8月9日召开，会议同意聘任孟庆华先生为总经理。\n"
        "远东精工股份有限公司董事会\n2023年8月10日",
        [("appoint", "孟庆华", "远东精工股份有限公司总经理", "2023-08-10")],
    ),
    # 某某公告，第四届董事会…聘任甲为总经理兼财务总监的议案获8票同意: the company, not
    # 第四届
    "motion_carried_by_its_votes_under_a_term_board": (
        "瑞康医疗公告，第三届董事会第五次会议于2024年3月6日召开。其中，聘任邹家明为总经理兼"
        "财务总监的议案获8票同意，1票弃权。",
        [
            ("appoint", "邹家明", "瑞康医疗总经理", "2024-03-06"),
            ("appoint", "邹家明", "瑞康医疗财务总监", "2024-03-06"),
        ],
    ),
    # 甲同志任X，其原任Y职务自然免除 / 原Y职务自然免去: Y ends
    "former_post_removed_of_itself_after_the_new_one": (
        "经研究决定：\n"
        "钟国平同志任长沙市第一中学校长，其原任长沙市第一中学党委副书记职务自然免除。\n"
        "何晓燕同志任长沙市第一中学党委副书记，原长沙市第一中学副校长职务自然免去。",
        [
            ("appoint", "钟国平", "长沙市第一中学校长", None),
            ("remove", "钟国平", "长沙市第一中学党委副书记", None),
            ("appoint", "何晓燕", "长沙市第一中学党委副书记", None),
            ("remove", "何晓燕", "长沙市第一中学副校长", None),
        ],
    ),
    # …甲同志任X。⏎原某街道工作委员会领导班子成员职务自然免除。: all of them, not
    # 甲's
    "former_team_removed_as_a_whole_is_no_one_persons": (
        "经区委研究决定：\n邵文杰同志任东湖街道党工委书记；\n盛丽君同志任东湖街道党工委副书记。\n"
        "原中共临江市西岭区东湖街道工作委员会领导班子成员职务自然免除。",
        [
            ("appoint", "邵文杰", "东湖街道党工委书记", None),
            ("appoint", "盛丽君", "东湖街道党工委副书记", None),
        ],
    ),
    # 选举甲为某大学工会主席、乙为副主席: the union's vice chair, not the
    # university's
    "union_chair_then_its_vice_chair": (
        "会议选举产生了新一届工会委员会，选举周建国为江南大学工会主席、黄丽萍为副主席。",
        [("other", "周建国", "江南大学工会主席", None), ("other", "黄丽萍", "江南大学工会副主席", None)],
    ),
    # 经董事会研究，决定聘任：⏎甲　总经理⏎乙　副总经理⏎某股份有限公司董事会: the
    # company's
    "board_hires_rows_of_name_and_bare_title": (
        "经董事会研究，决定聘任：\n严志恒\u3000总经理\n顾晓芸\u3000副总经理\n江海物流股份有限公司董事会\n"
        "2023年11月2日",
        [
            ("appoint", "严志恒", "江海物流股份有限公司总经理", "2023-11-02"),
            ("appoint", "顾晓芸", "江海物流股份有限公司副总经理", "2023-11-02"),
        ],
    ),
    # 国务院任命下列某特别行政区政府主要官员：⏎甲为X；⏎乙为Y。: name 为 post lines
    # under it
    "state_council_appoints_the_officials_below": (
        "新华社北京2017年6月21日电 国务院任命下列澳门特别行政区政府主要官员：\n"
        "梁志明为行政法务司司长；\n郑美华为经济财政司司长。",
        [
            ("appoint", "梁志明", "行政法务司司长", "2017-06-21"),
            ("appoint", "郑美华", "经济财政司司长", "2017-06-21"),
        ],
    ),
    # 鉴于甲同志已到退休年龄，决定免去其X职务 (经研究决定免去其…): 其 is the subject
    "reason_then_decision_removes_him": (
        "鉴于方志远同志已到退休年龄，决定免去其宁江市实验中学校长职务。\n宁江市教育局\n2021年7月30日",
        [("remove", "方志远", "宁江市实验中学校长", "2021-07-30")],
    ),
    # 任命甲为国家市场监督管理总局副局长，乙为交通运输部副部长: no 国家市, a ministry
    # of its own
    "ministry_after_a_national_administration": (
        "国务院任免国家工作人员。任命孔建华为国家市场监督管理总局副局长，任命邓晓东为交通运输部副"
        "部长，任命秦丽为农业农村部副部长。",
        [
            ("appoint", "孔建华", "国家市场监督管理总局副局长", None),
            ("appoint", "邓晓东", "交通运输部副部长", None),
            ("appoint", "秦丽", "农业农村部副部长", None),
        ],
    ),
    # 某股份有限公司2023年第一次临时股东大会决议公告⏎本次股东大会选举甲为公司董事: the long
    # title stands alone
    "shareholders_meeting_resolution_title_over_its_election": (
        "华东新材料股份有限公司2023年第二次临时股东大会决议公告\n"
        "本次股东大会选举唐振宇为公司董事。\n华东新材料股份有限公司董事会\n2023年9月15日",
        [("other", "唐振宇", "华东新材料股份有限公司董事", "2023-09-15")],
    ),
    # 2024年7月13日 来源：某网⏎新华社北京12日电 …任命甲为X: the dispatch's
    # day, of the page's month
    "dispatch_dateline_with_its_day_alone": (
        "国务院任免国家工作人员\n2024年7月13日 来源：新华网\n"
        "新华社北京12日电 国务院任免国家工作人员。任命包志强为商务部副部长。",
        [("appoint", "包志强", "商务部副部长", "2024-07-12")],
    ),
    # 2024年3月1日⏎中新社成都二十八日电 …: a day after the page's is
    # the month before's
    "dispatch_dateline_day_of_the_month_before": (
        "2024年3月1日\n中新社成都二十八日电 四川省人大常委会任命冉立新为四川省商务厅厅长。",
        [("appoint", "冉立新", "四川省商务厅厅长", "2024-02-28")],
    ),
    # 会议研究决定，提请区人大常委会任命甲为X: asked of the body, not done
    "government_asks_the_congress_committee_in_running_text": (
        "区政府第12次常务会议研究决定，提请区人大常委会任命彭立新为重庆市璧山区教育委员会主任。",
        [("nominate_appoint", "彭立新", "重庆市璧山区教育委员会主任", None)],
    ),
    # 会议决定，提请市人大常委会任命：⏎甲为X；⏎乙为Y: asked of the body, not
    # done
    "government_asks_the_congress_committee_over_a_list": (
        "市政府第8次常务会议决定，提请市人大常委会任命：\n钱晓峰为汉川市财政局局长；\n"
        "姚丽为汉川市民政局局长。",
        [
            ("nominate_appoint", "钱晓峰", "汉川市财政局局长", None),
            ("nominate_appoint", "姚丽", "汉川市民政局局长", None),
        ],
    ),
    # …职务。⏎市长　甲⏎2023年5月6日: the head's signature, no item
    # of the list
    "notice_signed_by_its_head_over_its_date": (
        "韶州市人民政府关于任免职务的通知\n市政府决定：\n任命江伟为韶州市财政局局长；\n"
        "免去林峰的韶州市财政局局长职务。\n市长\u3000黎振雄\n2023年5月6日",
        [
            ("appoint", "江伟", "韶州市财政局局长", "2023-05-06"),
            ("remove", "林峰", "韶州市财政局局长", "2023-05-06"),
        ],
    ),
    # 聘任下列同志为某省人民政府参事：⏎甲　某大学教授⏎乙　…: each the heading's
    # post, not his description
    "counsellors_listed_with_who_they_are": (
        "省人民政府决定，聘任下列同志为江西省人民政府参事：\n程一鸣\u3000南昌大学经济管理学院教授\n"
        "邱雅琴\u3000江西省社会科学院研究员\n江西省人民政府\n2020年9月8日",
        [
            ("appoint", "程一鸣", "江西省人民政府参事", "2020-09-08"),
            ("appoint", "邱雅琴", "江西省人民政府参事", "2020-09-08"),
        ],
    ),
    # 甲同志已到退休年龄，市人民政府决定免去其X职务 (经市委研究决定免去其…): the body's
    # decision, 其 the subject
    "reason_then_a_named_body_removes_him": (
        "严海涛同志已到退休年龄，市人民政府决定免去其宁江市财政局副局长职务。\n宁江市人民政府\n2022年3月15日",
        [("remove", "严海涛", "宁江市财政局副局长", "2022-03-15")],
    ),
    # 任命：⏎甲为X；⏎按期正式任：⏎乙为Y。: the section's rows are
    # confirmations
    "confirmed_on_schedule_section_under_a_list": (
        "市政府决定：\n任命：\n葛永强为宁江市财政局局长；\n按期正式任：\n柳青为宁江市民政局副局长。",
        [("appoint", "葛永强", "宁江市财政局局长", None), ("confirm", "柳青", "宁江市民政局副局长", None)],
    ),
    # 二、试用期满正式任职：⏎甲某市某局副局长；⏎乙同志某市某局副局长。
    "probation_served_section_rows_without_a_verb": (
        "市政府决定：\n一、任命\n葛永强为宁江市财政局局长；\n二、试用期满正式任职：\n"
        "柳青宁江市民政局副局长；\n汪建国同志宁江市商务局副局长。",
        [
            ("appoint", "葛永强", "宁江市财政局局长", None),
            ("confirm", "柳青", "宁江市民政局副局长", None),
            ("confirm", "汪建国", "宁江市商务局副局长", None),
        ],
    ),
    # 聘任甲为某医院某科护士长，聘任乙为副护士长: a ward's head nurse is a
    # post
    "head_nurse_and_her_deputy": (
        "经医院研究，聘任吕晓燕为江州市人民医院心血管内科护士长，聘任何静为副护士长。",
        [
            ("appoint", "吕晓燕", "江州市人民医院心血管内科护士长", None),
            ("appoint", "何静", "江州市人民医院心血管内科副护士长", None),
        ],
    ),
    # 聘请中国科学院院士甲为X: the honour before the name is no
    # part of it
    "academician_named_after_his_honour": (
        "仪式上，学校聘请中国科学院院士邵明远为湖滨大学材料科学与工程学院名誉院长。",
        [("appoint", "邵明远", "湖滨大学材料科学与工程学院名誉院长", None)],
    ),
    # 甲任某省某市副市长 (headline) over …任命甲为某市人民政府副市长: one
    # event
    "headline_adds_the_province_body_names_the_government": (
        "俞海涛任浙江省衢州市副市长\n2023-06-30 来源：衢州日报\n"
        "6月29日，衢州市人大常委会会议决定任命俞海涛为衢州市人民政府副市长。",
        [("appoint", "俞海涛", "衢州市人民政府副市长", "2023-06-29")],
    ),
    # 9月12日，国务院任免国家工作人员。任命甲为X。: the announcement's day,
    # not the page's
    "announcement_sentence_dates_the_list_after_it": (
        "国务院任免国家工作人员\n2024-09-13 来源：中国政府网\n"
        "9月12日，国务院任免国家工作人员。任命闵立新为国家统计局副局长。",
        [("appoint", "闵立新", "国家统计局副局长", "2024-09-12")],
    ),
    # 2022-01-08　某县人民政府⏎1月7日，县政府常务会议决定任命…: the page's
    # date line, not a signature
    "page_date_then_a_government_site": (
        "县政府任免工作人员\n2022-01-08\u3000崇阳县人民政府\n"
        "1月7日，县政府常务会议决定任命饶立新为崇阳县统计局局长。",
        [("appoint", "饶立新", "崇阳县统计局局长", "2022-01-07")],
    ),
    # 1．甲　免去X职务；⏎2．乙　任Y。 / 甲同志免去X职务: the person before
    # 免去 is removed
    "person_first_then_removed": (
        "经校党委研究决定：\n1．邵志刚\u3000免去外国语学院党委书记职务；\n"
        "2．柯丽\u3000任外国语学院党委书记。\n3．吴建民同志免去图书馆馆长职务。",
        [
            ("remove", "邵志刚", "外国语学院党委书记", None),
            ("appoint", "柯丽", "外国语学院党委书记", None),
            ("remove", "吴建民", "图书馆馆长", None),
        ],
    ),
    # 决定给予甲党内严重警告处分，免去其X职务: 其 is the one punished
    "punished_then_removed": (
        "经研究，决定给予卢振海党内严重警告处分，免去其临川市水务局副局长职务。",
        [("remove", "卢振海", "临川市水务局副局长", None)],
    ),
    # 某市人民政府任免工作人员名单⏎（二〇二三年四月~六月份）⏎任命甲为X: the period
    # dates the list
    "quarterly_list_period_on_the_line_below_its_title": (
        "临川市人民政府任免工作人员名单\n（二〇二三年四月~六月份）\n"
        "任命张伟为临川市财政局局长；\n免去李强的临川市财政局局长职务。",
        [
            ("appoint", "张伟", "临川市财政局局长", "2023-04/2023-06"),
            ("remove", "李强", "临川市财政局局长", "2023-04/2023-06"),
        ],
    ),
    # 某市人民政府任免工作人员名单（二〇二三年七月~九月份）: the period in
    # brackets after the title
    "quarterly_list_period_after_its_title": (
        "临川市人民政府任免工作人员名单（二〇二三年七月~九月份）\n任命赵刚为临川市商务局局长。",
        [("appoint", "赵刚", "临川市商务局局长", "2023-07/2023-09")],
    ),
    # 会议表决通过了人事任免事项,任命甲为X.: a sentence (its comma), no
    # title line
    "personnel_items_in_a_sentence_with_ascii_stops": (
        "6月27日,县十八届人大常委会第十九次会议召开.\n"
        "会议表决通过了人事任免事项,任命梁海燕为梓川县审计局局长.",
        [("appoint", "梁海燕", "梓川县审计局局长", None)],
    ),
    # 委任以下人士為X——⏎甲⏎乙: a gazette's lead-in dashes over
    # names one a line
    "appointees_below_a_gazette_lead_in": (
        "政府今日公布，行政長官已委任以下人士為建造業議會成員——\n梁志誠\n潘美玲",
        [("appoint", "梁志誠", "建造業議會成員", None), ("appoint", "潘美玲", "建造業議會成員", None)],
    ),
    # 委任以下人士為X：⏎甲（新委任）⏎乙（副主席）: a tag after the name, a
    # role the body's too
    "appointees_one_a_line_with_tags": (
        "政府今日公布，行政長官已委任以下人士為建造業議會成員：\n梁志誠（新委任）\n潘美玲（副主席）",
        [
            ("appoint", "梁志誠", "建造業議會成員", None),
            ("appoint", "潘美玲", "建造業議會成員", None),
            ("appoint", "潘美玲", "建造業議會副主席", None),
        ],
    ),
    # 任命甲为某局副局-⏎长；: a PDF's hyphen at a line's end is no
    # character of the post
    "hyphen_where_a_line_broke_a_word": (
        "经研究，决定：\n任命马建军为石嘴山市审批服务管理局副局-\n长；\n"
        "免去杜明的石嘴山市审批服务管-\n理局副局长职务。\n石嘴山市人民政府\n2021年8月2日",
        [
            ("appoint", "马建军", "石嘴山市审批服务管理局副局长", "2021-08-02"),
            ("remove", "杜明", "石嘴山市审批服务管理局副局长", "2021-08-02"),
        ],
    ),
    "padded_name_after_a_by_election_verb": (
        (
            "石门镇人民代表大会选举结果公告\n"
            "补选王\u3000伟为石门镇人民政府副镇长；\n"
            "选举刘\u3000芳为石门镇人民代表大会副主席。\n"
        ),
        [
            ("other", "王伟", "石门镇人民政府副镇长", None),
            ("other", "刘芳", "石门镇人民代表大会副主席", None),
        ],
    ),
    "people_below_a_verb_naming_their_post": (
        (
            "东川区人民代表大会常务委员会关于任命人民陪审员的决定\n"
            "（2022年9月16日东川区第九届人民代表大会常务委员会第五次会议通过）\n"
            "东川区第九届人民代表大会常务委员会第五次会议决定，任命下列人员为东川区人民法院人民陪审员（以姓氏笔画为序）：\n"
            "丁\u3000宁\u3000石晓峰\u3000孙\u3000莉\u3000汪建平\n"
            "范德明\u3000郑\u3000洁\u3000黄小红\n"
        ),
        [
            ("appoint", "丁宁", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "石晓峰", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "孙莉", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "汪建平", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "范德明", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "郑洁", "东川区人民法院人民陪审员", "2022-09-16"),
            ("appoint", "黄小红", "东川区人民法院人民陪审员", "2022-09-16"),
        ],
    ),
    "padded_names_in_rows_under_a_header": (
        (
            "西林县人大常委会任免名单\n"
            "（2023年4月26日西林县第十七届人民代表大会常务委员会第九次会议通过）\n"
            "任命\n"
            "序号 姓名 任命职务\n"
            "1 韦\u3000宁 西林县人民法院审判员\n"
            "2 黄海燕 西林县人民检察院检察员\n"
            "免去\n"
            "姓名 免去职务\n"
            "罗\u3000军 西林县人民法院审判员\n"
        ),
        [
            ("appoint", "韦宁", "西林县人民法院审判员", "2023-04-26"),
            ("appoint", "黄海燕", "西林县人民检察院检察员", "2023-04-26"),
            ("remove", "罗军", "西林县人民法院审判员", "2023-04-26"),
        ],
    ),
    "letter_spaced_verb_heading_ends_the_table_above": (
        (
            "（2022年12月28日乐平县第十六届人民代表大会常务委员会第七次会议通过）\n"
            "任\u3000命：\n"
            "姓名 职务\n"
            "孔\u3000青 乐平县农业农村局局长\n"
            "免\u3000去：\n"
            "姓名 职务\n"
            "甘立新 乐平县农业农村局局长\n"
        ),
        [
            ("appoint", "孔青", "乐平县农业农村局局长", "2022-12-28"),
            ("remove", "甘立新", "乐平县农业农村局局长", "2022-12-28"),
        ],
    ),
    "deputies_below_whose_mandates_end_in_a_table": (
        (
            "湖北省人民代表大会常务委员会公告\n"
            "湖北省第十四届人民代表大会常务委员会第十二次会议听取了代表资格审查委员会的报告，确认下列代表的代表资格终止：\n"
            "姓名\u3000原选举单位\u3000终止原因\n"
            "周建明\u3000宜昌市\u3000调离本行政区域\n"
            "许\u3000兰\u3000襄阳市\u3000辞去代表职务\n"
            "截至目前，湖北省第十四届人民代表大会实有代表721名。\n"
            "湖北省人民代表大会常务委员会\n2024年9月27日\n"
        ),
        [
            ("other", "周建明", "湖北省第十四届人民代表大会代表", "2024-09-27"),
            ("other", "许兰", "湖北省第十四届人民代表大会代表", "2024-09-27"),
        ],
    ),
    "named_deputies_of_the_congress_the_text_names": (
        "宜昌市第六届人民代表大会常务委员会第二十次会议确认，王长河、吴佳的代表资格终止。",
        [
            ("other", "王长河", "宜昌市第六届人民代表大会代表", None),
            ("other", "吴佳", "宜昌市第六届人民代表大会代表", None),
        ],
    ),
    "a_group_heading_below_an_item_ending_with_its_duty": (
        (
            "（2024年4月25日常德市第八届人民代表大会常务委员会第二十次会议通过）\n"
            "常德市中级人民法院\n"
            "免去：\n"
            "邱红的常德市中级人民法院审判员职务\n"
            "常德市人民检察院\n"
            "任命：\n"
            "龚卫为常德市人民检察院检察员\n"
        ),
        [
            ("remove", "邱红", "常德市中级人民法院审判员", "2024-04-25"),
            ("appoint", "龚卫", "常德市人民检察院检察员", "2024-04-25"),
        ],
    ),
    "related_links_end_the_page_before_its_item_runs_on": (
        (
            "（2024年4月25日常德市第八届人民代表大会常务委员会第二十次会议通过）\n"
            "免去：\n"
            "邱红的常德市中级人民法院审判员职务\n"
            "【打印本页】【关闭窗口】\n"
            "相关链接：\n"
            "常德市第八届人民代表大会常务委员会第十九次会议任免名单\n"
        ),
        [
            ("remove", "邱红", "常德市中级人民法院审判员", "2024-04-25"),
        ],
    ),
    "a_public_notice_table_with_profile_columns": (
        (
            "干部任前公示\n"
            "经研究，拟任用以下同志担任科级领导职务，现予以公示：\n"
            "姓名 性别 出生年月 政治面貌 学历学位 现任职务 拟任职务\n"
            "罗志华 男 1984.02 中共党员 大学/学士 县档案馆副馆长 县档案馆馆长\n"
            "田甜 女 1988.11 中共党员 研究生/硕士 县教育局办公室主任 县教育局副局长\n"
            "公示时间：2024年3月4日至3月8日。\n"
            "中共某县委组织部\n2024年3月4日\n"
        ),
        [
            ("nominate_appoint", "罗志华", "县档案馆馆长", "2024-03-04"),
            ("nominate_appoint", "田甜", "县教育局副局长", "2024-03-04"),
        ],
    ),
    "probation_ended_for_the_person_before_its_qi": (
        (
            "关于试用期满干部任职的通知\n"
            "经考核，韦丽同志试用期满考核不合格，经研究，决定终止其县图书馆副馆长试用期，另行安排工作。\n"
            "某县文化广电旅游局\n2023年5月10日\n"
        ),
        [
            ("other", "韦丽", "县图书馆副馆长", "2023-05-10"),
        ],
    ),
    "back_reference_to_the_unit_named_in_the_same_item": (
        (
            "经院党委研究决定：\n"
            "聘任高峰为某省农业科学院作物研究所所长；\n"
            "聘任白玉为某省农业科学院植物保护研究所副所长，兼任该所党支部书记；\n"
            "聘任唐宁为某省农业科学院畜牧兽医研究所副所长。\n"
        ),
        [
            ("appoint", "高峰", "某省农业科学院作物研究所所长", None),
            ("appoint", "白玉", "某省农业科学院植物保护研究所副所长", None),
            ("appoint", "白玉", "某省农业科学院植物保护研究所党支部书记", None),
            ("appoint", "唐宁", "某省农业科学院畜牧兽医研究所副所长", None),
        ],
    ),
    "moved_in_from_the_post_after_the_appointment": (
        "日前，经省委研究决定：韩立新任滨江理工大学党委书记，由该校校长转任；郑云任滨江理工大学校长；罗斌任宁川县副县长，由县交通运输局局长调任。",
        [
            ("appoint", "韩立新", "滨江理工大学党委书记", None),
            ("remove", "韩立新", "滨江理工大学校长", None),
            ("appoint", "郑云", "滨江理工大学校长", None),
            ("appoint", "罗斌", "宁川县副县长", None),
            ("remove", "罗斌", "县交通运输局局长", None),
        ],
    ),
    "former_mark_after_the_body_in_a_descriptor": (
        "会上宣读了市委决定：聘任蒋文为江城市中医医院院长；江城市中医医院原院长许正因到龄不再担任院长职务。",
        [
            ("appoint", "蒋文", "江城市中医医院院长", None),
            ("remove", "许正", "江城市中医医院院长", None),
        ],
    ),
    "sent_to_a_body_to_serve_there": (
        (
            "经研究，决定：\n"
            "选派梁涛同志到凤山县挂职任副县长（挂职期一年）；\n"
            "选派韦红同志到东兰县任县委副书记。\n"
        ),
        [
            ("appoint", "梁涛", "凤山县副县长", None),
            ("appoint", "韦红", "东兰县委副书记", None),
        ],
    ),
    "state_council_on_a_day_over_a_list": (
        (
            "国务院任免澳门特别行政区政府主要官员\n"
            "2019-12-20 18:02:11\u3000来源：新华网\n"
            "新华社北京12月20日电\u3000根据有关规定和行政长官的提名和建议，国务院12月20日任命：\n"
            "黄少泽为澳门特别行政区政府保安司司长；\n"
            "吴良为澳门特别行政区政府海关关长。\n"
        ),
        [
            ("appoint", "黄少泽", "澳门特别行政区政府保安司司长", "2019-12-20"),
            ("appoint", "吴良", "澳门特别行政区政府海关关长", "2019-12-20"),
        ],
    ),
    "gazette_members_below_a_long_term_then_a_chair_appointed": (
        (
            "G.N. 2051\n"
            "《某某管理局條例》\n"
            "委任\n"
            "行政長官根據《某某管理局條例》第3條，委任下列人士為某某管理局成員，任期由2024年6月1日起至2026年5月31日止——\n"
            "關志強教授\n"
            "李美儀女士\n"
            "行政長官並根據該條例第4條，委任黃為民先生為某某管理局主席，任期由2024年6月1日起生效。\n"
            "2024年5月17日\n"
        ),
        [
            ("appoint", "關志強", "某某管理局成員", "2024-05-17"),
            ("appoint", "李美儀", "某某管理局成員", "2024-05-17"),
            ("appoint", "黃為民", "某某管理局主席", "2024-05-17"),
        ],
    ),
    "resigned_for_reasons_given_with_yi": (
        (
            "北原市副市长林正平昨日以健康因素请辞，市长已核准。\n"
            "东岭科技大学今日发表声明，校长何家明以个人及家庭理由请辞，校董会已接纳其请求。\n"
        ),
        [
            ("other", "林正平", "北原市副市长", None),
            ("other", "何家明", "东岭科技大学校长", None),
        ],
    ),
    "presidential_order_special_appointments": (
        "總統府今日發布人事令，特派陳立文為公平交易委員會委員，任命王佩君為行政院主計總處副主計長。",
        [
            ("appoint", "陳立文", "公平交易委員會委員", None),
            ("appoint", "王佩君", "行政院主計總處副主計長", None),
        ],
    ),
    "a_pages_path_of_sections_is_a_line_of_its_own": (
        (
            "东南网 >> 时政 >> 地方\n"
            "林海峰任某市副市长\n"
            "2024年06月12日09:30 | 来源：东南网\n"
            "\u3000\u3000东南网6月12日讯 某市人大常委会12日决定任命林海峰为某市人民政府副市长。\n"
        ),
        [
            ("appoint", "林海峰", "某市人民政府副市长", "2024-06-12"),
        ],
    ),
    "yi_and_dai_names_without_a_han_surname": (
        (
            "会议选举产生了新一届州国家机构领导人员。"
            "阿牛木呷当选为凉山彝族自治州人民政府州长；"
            "吉伍拉哈当选为凉山彝族自治州中级人民法院院长。\n"
            "会议依法进行补选，岩罕温以50票当选为勐仑镇人民政府镇长，玉香叶以49票当选为勐仑镇人民政府副镇长。\n"
        ),
        [
            ("other", "阿牛木呷", "凉山彝族自治州人民政府州长", None),
            ("other", "吉伍拉哈", "凉山彝族自治州中级人民法院院长", None),
            ("other", "岩罕温", "勐仑镇人民政府镇长", None),
            ("other", "玉香叶", "勐仑镇人民政府副镇长", None),
        ],
    ),
    "a_roundups_items_each_opened_by_its_day": (
        (
            "人事动态（3月上旬）\n"
            "2024-03-11 08:30\u3000来源：某某新闻\n"
            "本期汇总各地公开发布的干部任免信息：\n"
            "3月1日\u3000韩青任南溪市委常委\n"
            "3月4日\u3000周立（女）任四川省文化和旅游厅副厅长\n"
            "3月5日\u3000免去郑钢的南溪市人民政府副市长职务\n"
        ),
        [
            ("appoint", "韩青", "南溪市委常委", "2024-03-01"),
            ("appoint", "周立", "四川省文化和旅游厅副厅长", "2024-03-04"),
            ("remove", "郑钢", "南溪市人民政府副市长", "2024-03-05"),
        ],
    ),
    "a_described_person_appointed_and_a_resignation_accepted": (
        "政府今日公布，行政長官已接納行政會議非官守議員何志輝的辭職，並委任立法會議員黃淑儀為行政會議非官守議員，即日生效。",
        [
            ("other", "何志輝", "行政會議非官守議員", None),
            ("appoint", "黃淑儀", "行政會議非官守議員", None),
        ],
    ),
    "decided_to_confirm_on_schedule_over_a_list": (
        (
            "经试用期满考核合格，区政府决定按期正式任命：\n"
            "钱文为某区民政局副局长；\n"
            "孔丽为某区统计局副局长。\n"
            "任命：\n"
            "汤军为某区审计局副局长（试用期一年）。\n"
        ),
        [
            ("confirm", "钱文", "某区民政局副局长", None),
            ("confirm", "孔丽", "某区统计局副局长", None),
            ("appoint", "汤军", "某区审计局副局长", None),
        ],
    ),
    "vote_table_cells_that_say_who_decided": (
        (
            "某县人大常委会人事任免事项表决结果\n"
            "（2023年6月28日）\n"
            "序号\t姓名\t任免职务\t表决结果\n"
            "1\t袁明\t决定任命为某县自然资源局局长\t通过\n"
            "2\t孟\u3000杰\t决定免去某县自然资源局局长职务\t通过\n"
            "3\t齐芳\t撤销某县人民法院审判员职务\t通过\n"
        ),
        [
            ("appoint", "袁明", "某县自然资源局局长", "2023-06-28"),
            ("remove", "孟杰", "某县自然资源局局长", "2023-06-28"),
            ("other", "齐芳", "某县人民法院审判员", "2023-06-28"),
        ],
    ),
    "a_gazettes_running_head_with_its_issue_spaced_out": (
        (
            "\u3000\u3000省人民政府决定：\n"
            "\u3000\u3000免去何立的四川省农业农村厅副厅\n"
            "— 22 —\n"
            "四川省人民政府公报                              2024 年第 5 期\n"
            "长职务；\n"
            "\u3000\u3000免去贺兰的四川省统计局副局长职务。\n"
        ),
        [
            ("remove", "何立", "四川省农业农村厅副厅长", None),
            ("remove", "贺兰", "四川省统计局副局长", None),
        ],
    ),
    "a_short_name_defined_in_brackets_after_the_full": (
        "政府今日宣布，行政長官已委任梁志豪資深大律師為消費者委員會（消委會）主席，並委任何淑芬女士為消委會委員，任期兩年。",
        [
            ("appoint", "梁志豪", "消費者委員會主席", None),
            ("appoint", "何淑芬", "消費者委員會委員", None),
        ],
    ),
    "an_items_aside_on_its_person_keeps_the_lists_verb": (
        (
            "经县政府研究，决定：\n"
            "一、任命：\n"
            "孔明为县财政局副局长，同时免去其县审计局副局长职务；\n"
            "周丽丽为县医疗保障局副局长（试用期一年）；\n"
            "吴强为县统计局副局长。\n"
        ),
        [
            ("appoint", "孔明", "县财政局副局长", None),
            ("remove", "孔明", "县审计局副局长", None),
            ("appoint", "周丽丽", "县医疗保障局副局长", None),
            ("appoint", "吴强", "县统计局副局长", None),
        ],
    ),
    "a_bureaus_sections_after_one_named_in_full": (
        (
            "经局党组研究，决定：\n"
            "任命胡斌为某县水务局办公室主任，钱丽为规划建设股股长；\n"
            "宋涛同志任某县财政局预算股股长，杨洋同志任国库股副股长。\n"
        ),
        [
            ("appoint", "胡斌", "某县水务局办公室主任", None),
            ("appoint", "钱丽", "某县水务局规划建设股股长", None),
            ("appoint", "宋涛", "某县财政局预算股股长", None),
            ("appoint", "杨洋", "某县财政局国库股副股长", None),
        ],
    ),
    "a_county_of_one_character_names_the_place_for_the_list": (
        "会议决定：任命汪洁为歙县城市管理局副局长，许强为水利局副局长。",
        [
            ("appoint", "汪洁", "歙县城市管理局副局长", None),
            ("appoint", "许强", "歙县水利局副局长", None),
        ],
    ),
    "review_yi_in_a_name_and_a_refused_resignation": (
        ("某市教育局局长李以明辞职。行政长官拒绝接纳保安局局长何家明提出的辞职。"),
        [
            ("other", "李以明", "某市教育局局长", None),
        ],
    ),
    "review_a_place_opening_with_ren_after_the_verb": (
        "经研究，决定：张伟任任丘市人民医院院长，兼任该院党委副书记。",
        [
            ("appoint", "张伟", "任丘市人民医院院长", None),
            ("appoint", "张伟", "任丘市人民医院党委副书记", None),
        ],
    ),
    "a_reporters_byline_in_brackets_before_the_lead": (
        (
            "2024/03/02 10:15\n〔記者林志明／花蓮報導〕花蓮縣副縣長陳文中日前轉任行政院政務委員，"
            "副縣長一職由秘書長王俊傑接任。"
        ),
        [
            ("remove", "陳文中", "花蓮縣副縣長", None),
            ("appoint", "陳文中", "行政院政務委員", None),
            ("appoint", "王俊傑", "花蓮縣副縣長", None),
        ],
    ),
    "rooms_of_a_commission_for_discipline_side_by_side": (
        "经县纪委常委会会议研究决定：任命韩冰同志为某县纪委监委第二纪检监察室主任，许诺同志为案件审理室副主任。",
        [
            ("appoint", "韩冰", "某县纪委监委第二纪检监察室主任", None),
            ("appoint", "许诺", "某县纪委监委案件审理室副主任", None),
        ],
    ),
    "a_rows_cell_with_a_comma_keeps_the_rows_going": (
        (
            "四川省第十四届人民代表大会常务委员会第九次会议确认下列代表的代表资格终止：\n"
            "姓名\u3000原选举单位\u3000终止原因\n"
            "邱明\u3000绵阳市\u3000调离本行政区域，已辞去代表职务\n"
            "田\u3000芳\u3000南充市\u3000被原选举单位罢免\n"
        ),
        [
            ("other", "邱明", "四川省第十四届人民代表大会代表", None),
            ("other", "田芳", "四川省第十四届人民代表大会代表", None),
        ],
    ),
    "a_reply_agreeing_to_a_resignation_by_its_title": (
        (
            "某市人民政府关于同意韩涛同志辞去某市人民政府副秘书长职务的批复\n"
            "某府任〔2024〕9号\n"
            "韩涛同志：\n"
            "你《关于辞去某市人民政府副秘书长职务的申请》收悉。经市人民政府研究，同意你辞去某市人民政府副秘书长职务。\n"
            "此复。\n"
            "某市人民政府\n2024年5月6日\n"
        ),
        [
            ("other", "韩涛", "某市人民政府副秘书长", "2024-05-06"),
        ],
    ),
    "a_health_centre_referred_back_and_a_resignation_granted": (
        (
            "聘任马丽同志为某县人民医院副院长；\n"
            "聘任钱坤同志为某县妇幼保健院院长，免去其该院副院长职务。\n"
            "總統令\u3000中華民國113年5月20日\n"
            "\u3000\u3000客家委員會副主任委員何明哲呈請辭職，應予照准。\n"
        ),
        [
            ("appoint", "马丽", "某县人民医院副院长", None),
            ("appoint", "钱坤", "某县妇幼保健院院长", None),
            ("remove", "钱坤", "某县妇幼保健院副院长", None),
            ("other", "何明哲", "客家委員會副主任委員", "2024-05-20"),
        ],
    ),
    "a_described_person_addressed_after_the_name_resigns": (
        "南嶺理工大學校董會今日宣布，該校校長何啟明教授因個人理由請辭，校董會已接納其辭呈。",
        [
            ("other", "何啟明", "南嶺理工大學校長", None),
        ],
    ),
    "a_person_sent_with_a_long_aside_on_the_post_held_now": (
        "经研究，选派刘振华同志（县人民医院医务科科长助理）任石桥镇卫生院副院长（挂职两年）。",
        [
            ("appoint", "刘振华", "石桥镇卫生院副院长", None),
        ],
    ),
    "a_committee_elected_at_its_members_election_meeting_then_this_term": (
        "3月9日，机关第二党支部委员选举大会在行政楼会议室举行，共有31名党员参会。经无记名投票，许文涛、韩冬梅、彭立三位同志当选为本届委员会委员。随后召开的支委会选举许文涛同志为书记。",
        [
            ("other", "许文涛", "机关第二党支部书记", None),
            ("other", "许文涛", "机关第二党支部委员", None),
            ("other", "韩冬梅", "机关第二党支部委员", None),
            ("other", "彭立", "机关第二党支部委员", None),
        ],
    ),
    "a_court_named_on_its_own_line_over_the_items_below_a_bare_list_verb": (
        "桐城县人民代表大会常务委员会任免名单\n三、任命\n桐城县人民法院\n钱\u3000进为审判委员会委员、审判员；\n邹晓兰为审判员。\n桐城县人民检察院\n方立群为检察员。\n四、免去\n桐城县人民法院\n宁\u3000波的审判员职务。\n",
        [
            ("appoint", "钱进", "桐城县人民法院审判委员会委员", None),
            ("appoint", "钱进", "桐城县人民法院审判员", None),
            ("appoint", "邹晓兰", "桐城县人民法院审判员", None),
            ("appoint", "方立群", "桐城县人民检察院检察员", None),
            ("remove", "宁波", "桐城县人民法院审判员", None),
        ],
    ),
    "groups_of_items_each_under_its_department_after_a_bare_decision": (
        "经2024年2月6日区政府第9次常务会议研究，决定：\n（一）新华区教育和体育局\n任命曹\u3000磊为局长；\n免去邵红英的副局长职务。\n（二）新华区城市管理局\n任命丁文博为副局长（试用期一年）。\n",
        [
            ("appoint", "曹磊", "新华区教育和体育局局长", "2024-02-06"),
            ("remove", "邵红英", "新华区教育和体育局副局长", "2024-02-06"),
            ("appoint", "丁文博", "新华区城市管理局副局长", "2024-02-06"),
        ],
    ),
    "a_department_and_colon_opening_its_items_in_running_text": (
        "经县政府第21次常务会议研究，决定：县自然资源局：任命包志远为局长，免去其副局长职务；任命蓝\u3000天为副局长。县市场监督管理局：免去罗春燕的副局长职务。",
        [
            ("appoint", "包志远", "县自然资源局局长", None),
            ("remove", "包志远", "县自然资源局副局长", None),
            ("appoint", "蓝天", "县自然资源局副局长", None),
            ("remove", "罗春燕", "县市场监督管理局副局长", None),
        ],
    ),
    "a_class_of_units_heading_items_inside_a_numbered_list": (
        (
            "经市人民政府研究决定：\n一、任命\n（一）市政府工作部门\n1. 柏青山为宁安市商务局局长；\n"
            "（二）市属事业单位\n2. 易小红为宁安市检验检测中心主任。\n"
            "二、免去\n1. 甘\u3000霖的宁安市商务局局长职务。\n"
        ),
        [
            ("appoint", "柏青山", "宁安市商务局局长", None),
            ("appoint", "易小红", "宁安市检验检测中心主任", None),
            ("remove", "甘霖", "宁安市商务局局长", None),
        ],
    ),
    "a_probation_list_announced_by_the_sentence_before_its_names": (
        (
            "经考核，贺立群等3名同志试用期满，考核合格，县委决定按期正式任职。名单如下：\n"
            "贺立群\u3000县交通运输局副局长\n谭\u3000静\u3000县统计局副局长\n"
            "黎志文\u3000县医疗保障局副局长\n"
        ),
        [
            ("confirm", "贺立群", "县交通运输局副局长", None),
            ("confirm", "谭静", "县统计局副局长", None),
            ("confirm", "黎志文", "县医疗保障局副局长", None),
        ],
    ),
    "a_units_rows_of_titles_and_names_after_its_colon": (
        (
            "经学校党委研究决定，聘任以下同志为学校中层干部：\n"
            "后勤管理处：处长 杜鸿飞；副处长 柯小梅、庞建业\n"
            "图书馆：馆长 卢文静\n下列同志试用期满，胜任现职，按期正式任职：\n"
            "县委宣传部：副部长 祁海涛\n"
        ),
        [
            ("appoint", "杜鸿飞", "后勤管理处处长", None),
            ("appoint", "柯小梅", "后勤管理处副处长", None),
            ("appoint", "庞建业", "后勤管理处副处长", None),
            ("appoint", "卢文静", "图书馆馆长", None),
            ("confirm", "祁海涛", "县委宣传部副部长", None),
        ],
    ),
    "an_election_result_table_with_a_row_number_column": (
        (
            "凤岭县第九届人民代表大会第一次会议于2022年1月6日选举产生了县国家机构领导人员，现将选"
            "举结果公告如下：\n序号\u3000职务\u3000姓名\n1\u3000凤岭县人民政府县长\u3000欧阳晖\n"
            "2\u3000凤岭县人民政府副县长\u3000莫\u3000燕\n"
        ),
        [
            ("other", "欧阳晖", "凤岭县人民政府县长", "2022-01-06"),
            ("other", "莫燕", "凤岭县人民政府副县长", "2022-01-06"),
        ],
    ),
    "a_list_titled_by_its_body_and_posts_with_its_election_note": (
        (
            "政协青溪县第九届委员会主席、副主席、秘书长名单\n"
            "（2022年1月8日政协青溪县第九届委员会第一次会议选举）\n"
            "主\u3000席：骆文斌\n副主席：詹小燕\u3000\u3000邝志刚\n"
            "秘书长：鲍\u3000平\n"
        ),
        [
            ("other", "骆文斌", "政协青溪县第九届委员会主席", "2022-01-08"),
            ("other", "詹小燕", "政协青溪县第九届委员会副主席", "2022-01-08"),
            ("other", "邝志刚", "政协青溪县第九届委员会副主席", "2022-01-08"),
            ("other", "鲍平", "政协青溪县第九届委员会秘书长", "2022-01-08"),
        ],
    ),
    "a_macao_dispatch_appointing_members_for_a_period_and_renewing_others": (
        (
            "第 15/2023 號經濟財政司司長批示\n"
            "一、委任下列人士為消費者委員會委員，為期兩年：\n"
            "（一）麥家豪；\n（二）何詠珊。\n二、續期委任下列人士為消費者委員會委員，為期兩年：\n"
            "（一）梁志遠。\n"
        ),
        [
            ("appoint", "麥家豪", "消費者委員會委員", None),
            ("appoint", "何詠珊", "消費者委員會委員", None),
            ("appoint", "梁志遠", "消費者委員會委員", None),
        ],
    ),
    "a_macao_dispatch_extract_naming_each_person_before_a_dash": (
        (
            "按照運輸工務司司長於二零二三年三月二日的批示：\n"
            "\u3000\u3000陳嘉偉——根據第15/2009號法律第五條的規定，以定期委任方式續期擔任土地工務局城市"
            "規劃廳廳長職務，為期一年。\n\u3000\u3000黃雅琪——根據第15/2009號法律第十一條的規定，以代任"
            "方式擔任土地工務局建築廳廳長職務。\n\u3000\u3000蔡國棟——根據第15/2009號法律第十五條的規定"
            "，免除其擔任土地工務局行政處處長職務。\n"
        ),
        [
            ("appoint", "陳嘉偉", "土地工務局城市規劃廳廳長", "2023-03-02"),
            ("appoint", "黃雅琪", "土地工務局建築廳廳長", "2023-03-02"),
            ("remove", "蔡國棟", "土地工務局行政處處長", "2023-03-02"),
        ],
    ),
    "a_personnel_order_table_of_former_and_new_titles": (
        (
            "高雄市政府\u3000人事令\n主旨：核定本府所屬人員職務調整如附表。\n"
            "附表\n姓名\u3000原任職稱\u3000新任職稱\u3000生效日期\n"
            "蔡明峰\u3000高雄市政府工務局副局長\u3000高雄市政府工務局局長\u3000113.09.01\n"
            "鄭雅惠\u3000高雄市政府文化局專門委員\u3000高雄市政府文化局主任秘書\u3000113.09.01\n"
        ),
        [
            ("appoint", "蔡明峰", "高雄市政府工務局局長", None),
            ("appoint", "鄭雅惠", "高雄市政府文化局主任秘書", None),
        ],
    ),
    "a_table_whose_remark_ends_the_former_post": (
        (
            "经学校党委研究决定：\n序号  姓名    原任职务          新任职务      "
            "    备注\n1     舒立明  化学化工学院副院长  科学技术处处长      免去原"
            "职务\n2     景\u3000红  —                 校医院副院长       "
            " 试用期一年\n3     向东升  财务处副处长        审计处处长        "
            "  \n"
        ),
        [
            ("appoint", "舒立明", "科学技术处处长", None),
            ("remove", "舒立明", "化学化工学院副院长", None),
            ("appoint", "景红", "校医院副院长", None),
            ("appoint", "向东升", "审计处处长", None),
        ],
    ),
    "a_probation_table_of_the_posts_served_and_the_results": (
        (
            "邓伟等2名同志任职试用期已满，经考核，胜任现职，市政府决定正式任职。\n"
            "序号 姓名 试用职务 试用期起始时间 考核结果\n"
            "1 邓伟 市审计局副局长 2023年3月 称职\n"
            "2 柳芳 市林业局副局长 2023年3月 称职\n"
            "某市人民政府\n2024年4月2日\n"
        ),
        [
            ("confirm", "邓伟", "市审计局副局长", "2024-04-02"),
            ("confirm", "柳芳", "市林业局副局长", "2024-04-02"),
        ],
    ),
    "a_former_post_ended_by_the_remark_with_no_new_post": (
        (
            "经区政府研究决定，对下列同志职务进行任免：\n"
            "| 序号 | 姓名 | 原任职务 | 新任职务 | 备注 |\n"
            "| 1 | 覃海波 | 区水利局副局长 | 区水利局局长 | 试用期一年，免去原任职务 |"
            "\n| 2 | 陆小芬 | 区民政局局长 | — | 免去原任职务，另有任用 |\n"
        ),
        [
            ("appoint", "覃海波", "区水利局局长", None),
            ("remove", "覃海波", "区水利局副局长", None),
            ("remove", "陆小芬", "区民政局局长", None),
        ],
    ),
    "a_table_under_letter_spaced_column_names": (
        (
            "经县政府研究决定，对下列同志职务作如下任免：\n"
            "序号\u3000\u3000姓\u3000名\u3000\u3000任\u3000\u3000职\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000免\u3000\u3000职\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000备\u3000注\n"
            "1\u3000\u3000\u3000滕光辉\u3000\u3000临泉县交通运输局局长\u3000\u3000\u3000临泉县公路管理局局长\n"
            "2\u3000\u3000\u3000闫\u3000静\u3000\u3000——\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000临泉县审计局副局长\u3000\u3000\u3000\u3000退休\n"
        ),
        [
            ("appoint", "滕光辉", "临泉县交通运输局局长", None),
            ("remove", "滕光辉", "临泉县公路管理局局长", None),
            ("remove", "闫静", "临泉县审计局副局长", None),
        ],
    ),
    "a_list_announced_then_a_table_naming_only_the_post_column": (
        (
            "邹建军等2名同志试用期已满，经考核合格，区政府研究决定，正式任职。名单如下：\n"
            "序号\u3000姓\u3000名\u3000\u3000职\u3000\u3000务\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000试用期起止时间\n"
            "1\u3000\u3000邹建军\u3000\u3000相山区财政局副局长\u3000\u3000\u3000\u30002023.03—2024.03\n"
            "2\u3000\u3000房\u3000悦\u3000\u3000相山区统计局副局长\u3000\u3000\u3000\u30002023.03—2024.03\n"
        ),
        [
            ("confirm", "邹建军", "相山区财政局副局长", None),
            ("confirm", "房悦", "相山区统计局副局长", None),
        ],
    ),
    "letter_spaced_name_column_over_dotted_names": (
        (
            "经地区行署研究决定：\n序号\u3000姓\u3000\u3000名\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000任\u3000\u3000职\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000免\u3000\u3000职\n"
            "1\u3000\u3000努尔兰·哈力木\u3000\u3000\u3000\u3000\u3000塔城地区交通运输局局长\u3000\u3000\u3000塔城地区交通运输局副局长\n"
            "2\u3000\u3000王\u3000宁\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000—\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000塔城地区交通运输局局长（退休）\n"
        ),
        [
            ("appoint", "努尔兰·哈力木", "塔城地区交通运输局局长", None),
            ("remove", "努尔兰·哈力木", "塔城地区交通运输局副局长", None),
            ("remove", "王宁", "塔城地区交通运输局局长", None),
        ],
    ),
    "a_proposal_table_and_a_units_column": (
        (
            "现提请：\n"
            "姓\u3000名\u3000\u3000提请任命职务\u3000\u3000\u3000\u3000提请免去职务\n"
            "庞志诚\u3000\u3000桂平县财政局局长\u3000\u3000桂平县审计局局长\n"
            "请予审议。\n"
            "经医院党委研究决定，聘任以下同志为医院中层干部：\n"
            "序号\u3000科室（部门）\u3000\u3000姓\u3000名\u3000\u3000聘任职务\n"
            "1\u3000\u3000呼吸内科\u3000\u3000\u3000\u3000冯子健\u3000\u3000主任\n"
        ),
        [
            ("nominate_appoint", "庞志诚", "桂平县财政局局长", None),
            ("nominate_remove", "庞志诚", "桂平县审计局局长", None),
            ("appoint", "冯子健", "呼吸内科主任", None),
        ],
    ),
    "names_dotted_with_a_bullet_in_a_congress_list": (
        (
            "任命：\n热依拉•阿不来提为伊犁哈萨克自治州审计局局长；\n"
            "免去：\n阿布都热合曼•吐尔洪的伊犁哈萨克自治州审计局局长职务。\n"
        ),
        [
            ("appoint", "热依拉•阿不来提", "伊犁哈萨克自治州审计局局长", None),
            ("remove", "阿布都热合曼•吐尔洪", "伊犁哈萨克自治州审计局局长", None),
        ],
    ),
    "an_election_report_with_each_name_and_its_votes_under_the_post": (
        (
            "根据计票结果，现将选举结果报告如下：\n石门乡人民政府乡长：邬建新得赞成票64票，当选。\n"
            "石门乡人民政府副乡长：卜小燕得赞成票62票，龚海得赞成票60票，均当选。\n"
        ),
        [
            ("other", "邬建新", "石门乡人民政府乡长", None),
            ("other", "卜小燕", "石门乡人民政府副乡长", None),
            ("other", "龚海", "石门乡人民政府副乡长", None),
        ],
    ),
    "items_told_with_ren_under_a_probation_list_are_confirmations": (
        (
            "经考核，县委同意下列同志试用期满正式任职：\n"
            "柯建明同志任石塘镇党委委员、副镇长；\n郝丽同志任沙河乡副乡长。\n"
            "任职时间从试用期满之日起计算。\n"
        ),
        [
            ("confirm", "柯建明", "石塘镇党委委员", None),
            ("confirm", "柯建明", "石塘镇副镇长", None),
            ("confirm", "郝丽", "沙河乡副乡长", None),
        ],
    ),
    "a_company_hiring_its_officers_by_a_table_under_its_own_heading": (
        (
            "鹭江人寿保险股份有限公司关于高级管理人员任职的信息披露公告\n"
            "经监管机构核准，我公司聘任下列人员为高级管理人员：\n"
            "姓名\u3000职务\u3000任职批准文号\n祝海平\u3000副总经理\u3000闽金复〔2024〕31号\n"
            "特此公告。\n鹭江人寿保险股份有限公司\n2024年3月8日\n"
        ),
        [
            ("appoint", "祝海平", "鹭江人寿保险股份有限公司副总经理", "2024-03-08"),
        ],
    ),
    "a_table_whose_column_says_each_rows_act": (
        (
            "经委党委研究决定：\n序号\u3000任免类别\u3000姓\u3000名\u3000\u3000职\u3000\u3000务\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000备\u3000注\n"
            "1\u3000\u3000任命\u3000\u3000\u3000石建华\u3000\u3000汉中市中医医院副院长\u3000\u3000\u3000\u3000试用期一年\n"
            "2\u3000\u3000免职\u3000\u3000\u3000丁秀兰\u3000\u3000汉中市中医医院副院长\u3000\u3000\u3000\u3000到龄退休\n"
        ),
        [
            ("appoint", "石建华", "汉中市中医医院副院长", None),
            ("remove", "丁秀兰", "汉中市中医医院副院长", None),
        ],
    ),
    "a_congress_table_by_act_with_rows_under_the_act_above": (
        (
            "类\u3000别\u3000\u3000姓\u3000名\u3000\u3000\u3000职\u3000\u3000务\n任\u3000命\u3000\u3000苟建平\u3000\u3000\u3000习水县自然资源局局长\n"
            "\u3000\u3000\u3000\u3000\u3000蒲\u3000红\u3000\u3000\u3000习水县人民法院审判员\n"
            "免\u3000去\u3000\u3000罗德胜\u3000\u3000\u3000习水县自然资源局局长职务\n"
        ),
        [
            ("appoint", "苟建平", "习水县自然资源局局长", None),
            ("appoint", "蒲红", "习水县人民法院审判员", None),
            ("remove", "罗德胜", "习水县自然资源局局长", None),
        ],
    ),
    "a_gazette_list_heading_ending_with_a_colon_and_a_dash": (
        (
            "委任\n\u3000\u3000行政長官根據《某某條例》第3條，委任下列人士為旅遊業監管局成員，任期由2024年"
            "1月1日起，為期兩年：—\n\u3000\u3000馮家俊先生\n"
            "\u3000\u3000鍾慧敏女士\n2023年12月20日\n"
        ),
        [
            ("appoint", "馮家俊", "旅遊業監管局成員", "2023-12-20"),
            ("appoint", "鍾慧敏", "旅遊業監管局成員", "2023-12-20"),
        ],
    ),
    "a_probation_list_announced_as_follows_then_a_table_with_its_number_column": (
        (
            "邵华等2名同志任职试用期满，经考核合格，学校党委研究决定，正式任职。具体如下：\n"
            "序号 姓名 职务 试用期起止时间\n1 邵华 资源与环境学院副院长 2022.09—2023"
            ".09\n2 蔡菲 国际合作处副处长 2022.09—2023.09\n"
        ),
        [
            ("confirm", "邵华", "资源与环境学院副院长", None),
            ("confirm", "蔡菲", "国际合作处副处长", None),
        ],
    ),
    "a_gazettes_table_of_acts_in_cells_with_their_notice_numbers": (
        (
            "市政府人事任免（2024年3月）\n序号 姓名 任免职务 文号\n"
            "1 贝志刚 任温州市农业农村局副局长 温政干〔2024〕5号\n"
            "2 甘晓 免去温州市农业农村局副局长职务 温政干〔2024〕5号\n"
        ),
        [
            ("appoint", "贝志刚", "温州市农业农村局副局长", "2024-03"),
            ("remove", "甘晓", "温州市农业农村局副局长", "2024-03"),
        ],
    ),
    "a_press_release_appointing_a_counted_list_in_groups_with_honorifics": (
        (
            "\u3000\u3000政府今日（三月八日）公布，民政及青年事務局局長已委任以下四名人士為青年發展委員會（青發會）非官方成員，任期兩年：\n\n"
            "\u3000\u3000新委任成員：\n\u3000\u3000\u3000尹家樂工程師\n\u3000\u3000\u3000郭凱琪女士, MH\n"
            "\u3000\u3000再度委任成員：\n\u3000\u3000\u3000麥子健先生\n"
            "\u3000\u3000其他人士：\n\u3000\u3000\u3000侯靜怡博士\n\n"
            "完\n\n2024年3月8日（星期五）\n"
        ),
        [
            ("appoint", "尹家樂", "青年發展委員會非官方成員", "2024-03-08"),
            ("appoint", "郭凱琪", "青年發展委員會非官方成員", "2024-03-08"),
            ("appoint", "麥子健", "青年發展委員會非官方成員", "2024-03-08"),
            ("appoint", "侯靜怡", "青年發展委員會非官方成員", "2024-03-08"),
        ],
    ),
    "a_press_releases_table_of_posts_then_names": (
        (
            "\u3000\u3000政府今日（九月五日）公布以下首長級人員的任命：\n\n"
            "職位\u3000姓名\u3000原任職位\u3000生效日期\n"
            "郵政署署長\u3000黎振邦\u3000郵政署副署長\u30002024年9月9日\n"
            "差餉物業估價署署長\u3000容家慧\u3000差餉物業估價署副署長\u30002024年9月16日\n"
        ),
        [
            ("appoint", "黎振邦", "郵政署署長", "2024-09-09"),
            ("appoint", "容家慧", "差餉物業估價署署長", "2024-09-16"),
        ],
    ),
    "a_counted_appointment_with_each_name_and_its_post_in_brackets_below": (
        (
            "\u3000\u3000行政長官今日宣布委任三名政治助理，分別為：\n\n"
            "\u3000\u3000韋俊傑（財政司司長政治助理）\n"
            "\u3000\u3000甄雅詩（商務及經濟發展局局長政治助理）\n"
            "\u3000\u3000鄒子謙（醫務衞生局局長政治助理）\n\n"
            "\u3000\u3000三人將於三月一日履新。\n"
        ),
        [
            ("appoint", "韋俊傑", "財政司司長政治助理", None),
            ("appoint", "甄雅詩", "商務及經濟發展局局長政治助理", None),
            ("appoint", "鄒子謙", "醫務衞生局局長政治助理", None),
        ],
    ),
    "a_title_divided_by_portfolio_keeps_its_bracket": (
        (
            "浸會大學校董會今日通過委任化學系講座教授龐家聲為浸會大學副校長（研究及拓展），並委任譚慧芝"
            "為浸會大學副校長（教學）。現任民政事務總署副署長（2）葉嘉明將調任發展局常任秘書長（規劃及"
            "地政）。"
        ),
        [
            ("appoint", "龐家聲", "浸會大學副校長（研究及拓展）", None),
            ("appoint", "譚慧芝", "浸會大學副校長（教學）", None),
            ("appoint", "葉嘉明", "發展局常任秘書長（規劃及地政）", None),
            ("remove", "葉嘉明", "民政事務總署副署長（2）", None),
        ],
    ),
    "appointees_with_a_barristers_honorific_below_the_heading": (
        (
            "\u3000\u3000行政長官亦再度委任以下人士為市區重建局非執行董事，任期兩年：\n"
            "\n\u3000\u3000雷啟文資深大律師\n\u3000\u3000孔詠恩大律師\n"
            "\n完\n"
        ),
        [
            ("appoint", "雷啟文", "市區重建局非執行董事", None),
            ("appoint", "孔詠恩", "市區重建局非執行董事", None),
        ],
    ),
    "a_list_under_one_verb_whose_next_person_is_described_first": (
        "经校党委研究，聘任化学学院院长苗志诚为南川大学副校长、图书馆馆长韩冰为南川大学校长助理。",
        [
            ("appoint", "苗志诚", "南川大学副校长", None),
            ("appoint", "韩冰", "南川大学校长助理", None),
        ],
    ),
    "a_county_government_announcing_its_own_bare_titles": (
        (
            "〔記者林志明／花蓮報導〕花蓮縣政府今天宣布人事異動，由文化局長葉靜宜出任副縣長，副縣長一職"
            "自十月一日生效。"
        ),
        [
            ("appoint", "葉靜宜", "花蓮縣政府副縣長", None),
        ],
    ),
    "renewed_advisers_under_a_heading_with_its_term_and_a_profile_table": (
        (
            "市政府决定：\n一、续聘下列同志为漳州市人民政府参事，聘期五年：\n"
            "姓\u3000名\u3000\u3000性别\u3000\u3000工作单位及职务\n柯振华\u3000\u3000男\u3000\u3000\u3000闽南师范大学教授\n"
            "二、新聘下列同志为漳州市人民政府参事，聘期五年：\n"
            "姓\u3000名\u3000\u3000性别\u3000\u3000工作单位及职务\n戴美玲\u3000\u3000女\u3000\u3000\u3000漳州市律师协会副会长\n"
        ),
        [
            ("appoint", "柯振华", "漳州市人民政府参事", None),
            ("appoint", "戴美玲", "漳州市人民政府参事", None),
        ],
    ),
    "a_hire_not_renewed_heads_no_appointments": (
        "因任期届满，公司不再聘任下列人员为公司高级管理人员：\n苗建新\u3000副总经理\n冯丽\u3000财务总监\n",
        [],
    ),
    "those_present_listed_after_a_list_are_no_appointments": (
        (
            "3月1日，县人大常委会召开第十次会议。会议任命：\n"
            "郝建国为县财政局局长；\n出席会议的有：\n"
            "县人大常委会副主任冀志强、房文\n"
        ),
        [
            ("appoint", "郝建国", "县财政局局长", None),
        ],
    ),
    "a_roundups_items_parted_by_bullets": (
        "人事速递：牛建国任宁安市财政局局长•艾红梅任宁安市统计局局长•白志强任宁安市审计局局长",
        [
            ("appoint", "牛建国", "宁安市财政局局长", None),
            ("appoint", "艾红梅", "宁安市统计局局长", None),
            ("appoint", "白志强", "宁安市审计局局长", None),
        ],
    ),
    "a_candidates_list_titled_by_posts_elects_no_one": (
        (
            "县第十八届人民代表大会常务委员会主任、副主任、秘书长候选人名单\n"
            "（2022年1月6日大会主席团第二次会议通过，提请大会选举）\n"
            "主任：滕建国\n副主任：鲁红梅、詹志强\n"
        ),
        [],
    ),
    "a_remark_ending_the_former_post_in_a_public_notice_proposes": (
        (
            "经县委常委会研究，拟任用以下同志，现予公示：\n"
            "| 姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务 | 备注 |\n"
            "| 柴志诚 | 男 | 1980.03 | 县审计局局长 | 县财政局局长 | 免去原职务"
            " |\n"
        ),
        [
            ("nominate_appoint", "柴志诚", "县财政局局长", None),
            ("nominate_remove", "柴志诚", "县审计局局长", None),
        ],
    ),
    "a_new_appointment_on_probation_by_table_is_no_confirmation": (
        (
            "经市委研究决定，任命下列同志职务，实行任职试用期一年：\n"
            "序号 姓名 试用职务 试用期起止时间\n1 邱伟 市审计局副局长 2024.03—2025."
            "03\n"
        ),
        [
            ("appoint", "邱伟", "市审计局副局长", None),
        ],
    ),
    "a_qualifier_bracketed_after_a_vice_president_is_no_portfolio": (
        "经研究，任命阎志宏为滨江学院副校长（试用期一年），聘任宁可为滨江学院副校长（兼）。",
        [
            ("appoint", "阎志宏", "滨江学院副校长", None),
            ("appoint", "宁可", "滨江学院副校长", None),
        ],
    ),
    "an_acting_successor_named_after_a_resignation_with_bing_you": (
        (
            "另外，宜兰农田水利公司董事长卢建邦也在风灾后请辞，主管部门今天同意，并由副董事长林淑贞代理"
            "董事长。"
        ),
        [
            ("other", "卢建邦", "宜兰农田水利公司董事长", None),
            ("appoint", "林淑贞", "宜兰农田水利公司代理董事长", None),
        ],
    ),
    "a_vacancy_held_acting_by_the_deputy": (
        "嘉义市政府今日宣布，环保局局长蔡明哲因健康因素请辞获准，遗缺由副局长江怡君代理。",
        [
            ("other", "蔡明哲", "环保局局长", None),
            ("appoint", "江怡君", "环保局代理局长", None),
        ],
    ),
    "a_minister_resigning_this_morning_to_the_premier_traditional": (
        "經濟部長王振宇今天上午向行政院長請辭，行政院長下午核准，並由政務次長林美惠代理部長。",
        [
            ("other", "王振宇", "經濟部長", None),
            ("appoint", "林美惠", "經濟部代理部長", None),
        ],
    ),
    "hong_kong_professional_honorifics_after_listed_names": (
        (
            "運輸及物流局局長根據《道路交通條例》委任下列人士為交通審裁處成員，任期由2025年1月1日"
            "起為期兩年——\n\u3000\u3000鄺家豪先生\n\u3000\u3000余詠琪建築師\n"
            "\u3000\u3000方啟明先生, MH\n\u3000\u3000程曉晴測量師\n"
            "2024年12月6日"
        ),
        [
            ("appoint", "鄺家豪", "交通審裁處成員", "2024-12-06"),
            ("appoint", "余詠琪", "交通審裁處成員", "2024-12-06"),
            ("appoint", "方啟明", "交通審裁處成員", "2024-12-06"),
            ("appoint", "程曉晴", "交通審裁處成員", "2024-12-06"),
        ],
    ),
    "macao_removal_of_a_person_from_the_post_they_hold_with_danren": (
        (
            "作出本批示：\n一、委任區志明為澳門體育基金行政委員會委員，並免除馮少華擔任該委員會委員的職"
            "務。\n二、本批示自二零二五年一月一日起生效。\n"
            "二零二四年十二月十日\n行政長官\u3000某某"
        ),
        [
            ("appoint", "區志明", "澳門體育基金行政委員會委員", "2024-12-10"),
            ("remove", "馮少華", "澳門體育基金行政委員會委員", "2024-12-10"),
        ],
    ),
    "numbered_rows_under_a_decided_list_title_without_its_verb_in_a_column": (
        (
            "临川市人大常委会决定任命名单\n（2024年5月30日临川市第十届人民代表大会常务委员会第二"
            "十次会议通过）\n序号\u3000姓名\u3000\u3000职务\n1\u3000\u3000邝文斌\u3000\u3000临川市交通运输局局长\n"
            "2\u3000\u3000向\u3000蓉\u3000\u3000临川市统计局局长\n决定免职名单\n"
            "序号\u3000姓名\u3000\u3000职务\n1\u3000\u3000彭国梁\u3000\u3000临川市统计局局长"
        ),
        [
            ("appoint", "邝文斌", "临川市交通运输局局长", "2024-05-30"),
            ("appoint", "向蓉", "临川市统计局局长", "2024-05-30"),
            ("remove", "彭国梁", "临川市统计局局长", "2024-05-30"),
        ],
    ),
    "a_column_of_decided_acts_with_blank_cells_below_each": (
        (
            "临川市人民代表大会常务委员会任免人员名单\n"
            "（2024年5月30日临川市第十届人民代表大会常务委员会第二十次会议通过）\n"
            "任免事项\u3000姓名\u3000\u3000职务\n决定任命\u3000甘立新\u3000临川市财政局局长\n"
            "\u3000\u3000\u3000\u3000\u3000杜\u3000鹃\u3000临川市审计局局长\n决定免去\u3000邹和平\u3000临川市财政局局长"
        ),
        [
            ("appoint", "甘立新", "临川市财政局局长", "2024-05-30"),
            ("appoint", "杜鹃", "临川市审计局局长", "2024-05-30"),
            ("remove", "邹和平", "临川市财政局局长", "2024-05-30"),
        ],
    ),
    "a_one_space_notice_table_with_an_age_column_and_a_wrapped_last_cell": (
        (
            "干部任前公示\n经市委研究，拟任用下列同志，现予公示。\n"
            "序号 姓名 性别 出生年月（年龄） 现任职务 拟任职务\n"
            "1 甘\u3000露 女 1984.02（39岁） 临川市统计局副局长 临川市审计局党组\n"
            " 书记、局长\n2 郑开元 男 1979.10（44岁） 临川县副县长 临川县委常委\n"
            "公示时间：2023年12月1日—12月7日\n"
            "中共临川市委组织部\n2023年11月30日"
        ),
        [
            ("nominate_appoint", "甘露", "临川市审计局党组书记", "2023-11-30"),
            ("nominate_appoint", "甘露", "临川市审计局局长", "2023-11-30"),
            ("nominate_appoint", "郑开元", "临川县委常委", "2023-11-30"),
        ],
    ),
    "a_name_then_its_own_appointing_clause_after_an_item_that_removed": (
        (
            "经区委研究决定：\n邓志刚\u3000任临川区交通运输委员会主任；\n"
            "免去其临川区交通运输委员会副主任职务。\n"
            "韦\u3000琳\u3000任临川区教育委员会副主任（试用期一年）。\n"
            "中共临川区委组织部\n2023年9月7日"
        ),
        [
            ("appoint", "邓志刚", "临川区交通运输委员会主任", "2023-09-07"),
            ("remove", "邓志刚", "临川区交通运输委员会副主任", "2023-09-07"),
            ("appoint", "韦琳", "临川区教育委员会副主任", "2023-09-07"),
        ],
    ),
    "removals_of_two_people_joined_by_ji_after_the_first_post": (
        (
            "中央人民政府任命警务处副处长罗振邦为警务处处长，并免去邝文昌的警务处处长职务及邵永康的惩教"
            "署署长职务。"
        ),
        [
            ("appoint", "罗振邦", "警务处处长", None),
            ("remove", "邝文昌", "警务处处长", None),
            ("remove", "邵永康", "惩教署署长", None),
        ],
    ),
    "an_acting_head_from_the_same_day_jiang_you_tongri_qi": (
        (
            "政府今日宣布，水务署署长黎伟明将于6月1日开始放取退休前休假，水务署副署长孔嘉欣将由同日起"
            "署理水务署署长，直至另行通知。"
        ),
        [
            ("appoint", "孔嘉欣", "署理水务署署长", None),
        ],
    ),
    "under_secretaries_listed_after_an_effective_at_once_note": (
        (
            "政府今日（三月五日）宣布，行政长官已委任以下人士为副局长，即时生效：\n"
            "\u3000\u3000莫慧芬出任环境及生态局副局长；\n\u3000\u3000卫嘉豪出任劳工及福利局副局长；及\n"
            "\u3000\u3000程颂恩出任房屋局副局长。\n2025年3月5日"
        ),
        [
            ("appoint", "莫慧芬", "环境及生态局副局长", "2025-03-05"),
            ("appoint", "卫嘉豪", "劳工及福利局副局长", "2025-03-05"),
            ("appoint", "程颂恩", "房屋局副局长", "2025-03-05"),
        ],
    ),
    "a_resignation_offered_to_the_chief_executive": (
        "另外，现任运输及物流局副局长韦志成已向行政长官提出辞职，获行政长官接纳，即时生效。",
        [
            ("other", "韦志成", "运输及物流局副局长", None),
        ],
    ),
    "a_biography_joining_a_service_as_its_first_post_is_no_event": (
        (
            "政府今日（2024年9月2日）宣布，行政长官已委任邓家宝为廉政公署执行处处长，即时生效。\n"
            "邓家宝于一九九二年加入廉署任二级调查主任，二〇一五年晋升为首席调查主任。"
        ),
        [
            ("appoint", "邓家宝", "廉政公署执行处处长", "2024-09-02"),
        ],
    ),
    "taiwan_nominations_sent_to_the_legislative_yuan_for_consent": (
        (
            "總統府今（12）日表示，總統依據憲法增修條文規定，提名陳立本為考試院副院長，並提名馬淑華、"
            "汪子健等2人為考試院考試委員，已於今日咨請立法院同意。"
        ),
        [
            ("nominate_appoint", "陳立本", "考試院副院長", None),
            ("nominate_appoint", "馬淑華", "考試院考試委員", None),
            ("nominate_appoint", "汪子健", "考試院考試委員", None),
        ],
    ),
    "a_profile_paragraph_naming_a_minority_people_after_the_sex": (
        (
            "中共临夏县委组织部干部任前公示\n\u3000\u3000经县委常委会会议研究，拟任用以下同志，现予以公示：\n"
            "\u3000\u3000马国伟，男，东乡族，1983年4月生，甘肃临夏人，大学学历，现任临夏县土桥镇党委副书记"
            "、镇长，拟任临夏县土桥镇党委书记。\n\u3000\u3000公示时间：2024年3月5日至3月11日\n"
            "中共临夏县委组织部\n2024年3月4日"
        ),
        [
            ("nominate_appoint", "马国伟", "临夏县土桥镇党委书记", "2024-03-04"),
        ],
    ),
    "act_columns_letter_spaced_as_evenly_as_the_whole_column_names": (
        (
            "中共麻城县委干部任免职务表\n（2023年7月3日县委常委会议研究决定）\n"
            "序号\u3000姓名\u3000任\u3000职\u3000免\u3000职\u3000备注\n1\u3000邵立新\u3000中共麻城县委党校常务副校长\u3000麻城县教育局副局"
            "长\n2\u3000彭春梅\u3000中共麻城县委党史研究室主任"
        ),
        [
            ("appoint", "邵立新", "中共麻城县委党校常务副校长", "2023-07-03"),
            ("remove", "邵立新", "麻城县教育局副局长", "2023-07-03"),
            ("appoint", "彭春梅", "中共麻城县委党史研究室主任", "2023-07-03"),
        ],
    ),
    "hospital_departments_heading_their_title_and_names_rows": (
        (
            "关于聘任临床科室主任、副主任的通知\n经医院党委会研究决定，聘任以下同志为临床科室负责人，聘"
            "期三年：\n呼吸内科\n主任：石振华\n副主任：柯玉兰、阎涛\n"
            "儿科\n主任：葛文斌\n2024年4月2日"
        ),
        [
            ("appoint", "石振华", "呼吸内科主任", "2024-04-02"),
            ("appoint", "柯玉兰", "呼吸内科副主任", "2024-04-02"),
            ("appoint", "阎涛", "呼吸内科副主任", "2024-04-02"),
            ("appoint", "葛文斌", "儿科主任", "2024-04-02"),
        ],
    ),
    "judges_listed_after_the_posts_they_hold_and_a_chief_judge": (
        (
            "司法機構新聞公報\n\u3000\u3000行政長官根據司法人員推薦委員會的建議，委任以下三位人士為高等法院原訟"
            "法庭法官：\n\u3000\u3000區域法院法官溫卓賢\n\u3000\u3000區域法院法官杜穎芝\n"
            "\u3000\u3000彭嘉樂資深大律師\n\u3000\u3000行政長官亦委任區域法院法官麥志強為區域法院首席法官。\n"
            "2024年6月14日"
        ),
        [
            ("appoint", "溫卓賢", "高等法院原訟法庭法官", "2024-06-14"),
            ("appoint", "杜穎芝", "高等法院原訟法庭法官", "2024-06-14"),
            ("appoint", "彭嘉樂", "高等法院原訟法庭法官", "2024-06-14"),
            ("appoint", "麥志強", "區域法院首席法官", "2024-06-14"),
        ],
    ),
    "a_release_day_not_taken_from_the_end_of_the_term_it_gives": (
        (
            "政府今日（十一月八日）宣布，行政長官委任譚家聲為香港康樂及體育發展委員會主席，任期由二○二"
            "五年一月一日起至二○二七年十二月三十一日止。\n"
            "完\n2024年11月8日（星期五）"
        ),
        [
            ("appoint", "譚家聲", "香港康樂及體育發展委員會主席", "2024-11-08"),
        ],
    ),
    "macao_dispatch_extract_appointing_to_its_own_bureau_and_ending_a_term": (
        (
            "社會工作局\n摘錄\n按照社會文化司司長於二零二四年十月八日作出的批示：\n"
            "梁家瑜——根據第15/2009號法律第二條及第五條的規定，以定期委任方式委任為本局社會互助"
            "廳廳長，自二零二四年十月十五日起，為期一年。\n"
            "何志強——根據第15/2009號法律第十三條的規定，終止其擔任本局家庭及社區服務廳廳長的定"
            "期委任，自二零二四年十月十五日起生效。"
        ),
        [
            ("appoint", "梁家瑜", "社會工作局社會互助廳廳長", "2024-10-08"),
            ("remove", "何志強", "社會工作局家庭及社區服務廳廳長", "2024-10-08"),
        ],
    ),
    "a_post_left_suoyi_taken_by_a_deputy": (
        (
            "新竹市政府新聞稿\n發布日期：2024-11-05\n"
            "新竹市長今（5）日宣布人事異動：新竹市政府秘書長吳明達調任新竹市副市長，所遺秘書長一職由新"
            "竹市政府副秘書長邱怡如接任。"
        ),
        [
            ("remove", "吳明達", "新竹市政府秘書長", "2024-11-05"),
            ("appoint", "吳明達", "新竹市副市長", "2024-11-05"),
            ("appoint", "邱怡如", "新竹市政府秘書長", "2024-11-05"),
        ],
    ),
    "post_first_rows_under_bodies_with_no_wrapped_tail_taken": (
        (
            "会议决定任命：\n临川市中级人民法院\n副院长\u3000邹建华\u3000麦丽\n"
            "临川市人民检察院\n检察员\u3000石磊\u3000柯静\n（此件主动公开）"
        ),
        [
            ("appoint", "邹建华", "临川市中级人民法院副院长", None),
            ("appoint", "麦丽", "临川市中级人民法院副院长", None),
            ("appoint", "石磊", "临川市人民检察院检察员", None),
            ("appoint", "柯静", "临川市人民检察院检察员", None),
        ],
    ),
    "a_second_post_of_the_same_person_after_ji_names_a_body_not_a_person": (
        "决定免去谭志远同志的临川县委常委职务及党校的校长职务。",
        [
            ("remove", "谭志远", "临川县委常委", None),
            ("remove", "谭志远", "临川县委党校校长", None),
        ],
    ),
    "a_mayor_resigning_to_no_one_between_xiang_and_the_title_and_an_acting_mayor": (
        "新竹市長高建民今天上午向院長請辭，行政院下午核准，並由副市長邱臣遠代理市長。",
        [
            ("other", "高建民", "新竹市長", None),
            ("appoint", "邱臣遠", "新竹市代理市長", None),
        ],
    ),
    "removals_listed_without_de_each_name_then_its_post": (
        (
            "临溪县人民政府\n县政府决定：\n免去周立平县财政局局长职务、吴海涛县教育局副局长职务、郑丽华"
            "县卫生健康局局长职务。\n2023年4月10日"
        ),
        [
            ("remove", "周立平", "县财政局局长", "2023-04-10"),
            ("remove", "吴海涛", "县教育局副局长", "2023-04-10"),
            ("remove", "郑丽华", "县卫生健康局局长", "2023-04-10"),
        ],
    ),
    "a_company_deciding_under_its_own_short_name_over_bare_titles": (
        (
            "宁川精密机械股份有限公司关于调整高级管理人员的公告\n"
            "经总经理提名，公司决定聘任张伟为副总经理，解聘李强和王敏副总经理职务、赵峰财务总监职务。\n"
            "2022年3月5日"
        ),
        [
            ("appoint", "张伟", "宁川精密机械股份有限公司副总经理", "2022-03-05"),
            ("remove", "李强", "宁川精密机械股份有限公司副总经理", "2022-03-05"),
            ("remove", "王敏", "宁川精密机械股份有限公司副总经理", "2022-03-05"),
            ("remove", "赵峰", "宁川精密机械股份有限公司财务总监", "2022-03-05"),
        ],
    ),
    "independent_directors_signing_under_their_opinion_on_a_dismissal": (
        (
            "云岭新材料股份有限公司独立董事关于解聘高级管理人员的独立意见\n"
            "经核查，云岭新材料股份有限公司董事会决定解聘孙立平的副总经理职务，解聘的程序符合《公司章程"
            "》的规定，我们同意该事项。\n独立董事：钱文彬、何玉梅、郭\u3000涛\n"
            "二〇二一年八月九日"
        ),
        [
            ("remove", "孙立平", "云岭新材料股份有限公司副总经理", "2021-08-09"),
        ],
    ),
    "a_dateline_before_the_post_a_transferred_person_held": (
        "中新社成都十一月五日電（記者 王明）原滇南大學校長凌文勳調任教育部副部長。",
        [
            ("appoint", "凌文勳", "教育部副部長", None),
            ("remove", "凌文勳", "滇南大學校長", None),
        ],
    ),
    "a_person_on_the_move_then_the_post_in_the_clause_after": (
        (
            "本报讯 据悉，陈立群回京，履新国家粮食和物资储备局副局长；辽宁省副省长赵文涛也由政转企，出"
            "任中国铁建集团董事长。"
        ),
        [
            ("appoint", "陈立群", "国家粮食和物资储备局副局长", None),
            ("appoint", "赵文涛", "中国铁建集团董事长", None),
        ],
    ),
    "a_person_going_to_a_school_to_serve_then_its_post_named_back": (
        "据了解，王德明随后重回江北师范大学任职，担任该校党委书记。",
        [
            ("appoint", "王德明", "江北师范大学党委书记", None),
        ],
    ),
    "the_post_a_government_appointed_then_its_holders_after_the_colon": (
        "县政府常务会议研究了人事事项。会上，县政府任命的县自然资源局副局长有：刘晓东、陈佳。",
        [
            ("appoint", "刘晓东", "县自然资源局副局长", None),
            ("appoint", "陈佳", "县自然资源局副局长", None),
        ],
    ),
    "an_acting_governor_named_with_then_afterwards": (
        "据悉，原副省长周建华随后获任东川省代省长。",
        [
            ("appoint", "周建华", "东川省代省长", None),
        ],
    ),
    "a_chair_resigning_and_the_chair_held_for_now_by_the_manager": (
        "台湾中油董事长陈明德今天请辞获准，董事长一职由总经理林建宏暂代。",
        [
            ("other", "陈明德", "台湾中油董事长", None),
            ("appoint", "林建宏", "台湾中油代理董事长", None),
        ],
    ),
    "a_vacancy_after_an_approved_resignation_to_be_filled_acting": (
        "內政部長王志誠請辭獲准，懸缺將由內政部政務次長吳家豪代理。",
        [
            ("other", "王志誠", "內政部長", None),
            ("appoint", "吳家豪", "內政部代理部長", None),
        ],
    ),
    "moves_told_as_what_will_be_in_a_report_that_announced_the_reshuffle": (
        (
            "台南市長黃偉明今日公布新任市府團隊名單。\n"
            "\n其中，民政局長將由原社會局長林志強調任，社會局長則由該局副局長陳美玲升任。"
        ),
        [
            ("appoint", "林志強", "民政局長", None),
            ("remove", "林志強", "社會局長", None),
            ("appoint", "陳美玲", "社會局長", None),
            ("remove", "陳美玲", "社會局副局長", None),  # (由该局副局长升任: the post she leaves)
        ],
    ),
    "two_bureau_heads_each_taken_over_by_one_of_two_people": (
        "市府今日宣布人事異動，交通局長及工務局長分別由王建華及李文忠接任。",
        [
            ("appoint", "王建華", "交通局長", None),
            ("appoint", "李文忠", "工務局長", None),
        ],
    ),
    "another_matter_turned_to_before_two_retiring_bureau_heads": (
        "新竹縣政府今日公布人事案。另外原文化局長張淑芬、原稅務局長劉國棟屆齡退休。",
        [
            ("other", "張淑芬", "文化局長", None),
            ("other", "劉國棟", "稅務局長", None),
        ],
    ),
    "a_bank_board_receiving_a_resignation_then_the_bare_titles_resigned": (
        (
            "东海农村商业银行股份有限公司关于行长辞职的公告\n"
            "本行董事会近日收到周志明先生的辞职报告。周志明先生因工作调整，辞去执行董事、董事会风险管理"
            "委员会委员及行长职务。"
        ),
        [
            ("other", "周志明", "东海农村商业银行股份有限公司执行董事", None),
            ("other", "周志明", "东海农村商业银行股份有限公司董事会风险管理委员会委员", None),
            ("other", "周志明", "东海农村商业银行股份有限公司行长", None),
        ],
    ),
    "posts_laid_down_with_xiexia": (
        "中新社北京6月3日电 据悉，原省委书记赵振华已卸下中共东川省委书记、常委、委员职务。",
        [
            ("remove", "赵振华", "中共东川省委书记", None),
            ("remove", "赵振华", "中共东川省委常委", None),
            ("remove", "赵振华", "中共东川省委委员", None),
        ],
    ),
    "a_chair_retiring_as_the_time_of_a_successor_named_after_the_post": (
        "南港航运公司董事长高文斌到龄退休后，董事长一职由总经理许志明接任。",
        [
            ("other", "高文斌", "南港航运公司董事长", None),
            ("appoint", "许志明", "南港航运公司董事长", None),
        ],
    ),
    "a_person_who_had_just_laid_down_a_post_then_added_to_a_committee": (
        (
            "新华社北京3月1日电 此前卸任水利部部长的陈国强，在全国政协常委会会议上，被增补为全国政协"
            "人口资源环境委员会副主任。"
        ),
        [
            ("appoint", "陈国强", "全国政协人口资源环境委员会副主任", None),
        ],
    ),
    "a_special_committee_of_a_cppcc_committee_named_after_a_member": (
        ("会议决定，增补张立新为中国人民政治协商会议东川省第十二届委员会委员、文化文史和学习委员会副主任。"),
        [
            ("appoint", "张立新", "中国人民政治协商会议东川省第十二届委员会委员", None),
            ("appoint", "张立新", "中国人民政治协商会议东川省第十二届委员会文化文史和学习委员会副主任", None),
        ],
    ),
    "a_bureau_head_described_then_sworn_in": (
        "澎湖縣社會處長陳美惠今天上午宣誓就職，由縣長監誓。",
        [
            ("appoint", "陳美惠", "澎湖縣社會處長", None),
        ],
    ),
    "ambassadors_appointed_listed_by_post_and_name_after_a_heading_clause": (
        "新华社北京4月2日电 此次任命的驻外大使有：驻法国大使陈立新、驻德国大使吴海涛。",
        [
            ("appoint", "陈立新", "驻法国大使", None),
            ("appoint", "吴海涛", "驻德国大使", None),
        ],
    ),
    "one_person_removed_from_a_government_post_and_its_party_group": (
        "经研究决定，免去刘志强县政协副主席职务、党组成员职务。",
        [
            ("remove", "刘志强", "县政协副主席", None),
            ("remove", "刘志强", "县政协党组成员", None),
        ],
    ),
    "an_opinion_on_a_successor_after_a_group_announced_its_appointments": (
        ("江北集团昨日发布人事公告，任命孙海峰为江北集团总裁。分析人士认为，现任副总裁周建明将接任董事长。"),
        [
            ("appoint", "孙海峰", "江北集团总裁", None),
        ],
    ),
    "a_company_manager_promoted_to_its_bare_chair_and_party_group_secretary": (
        "据悉，中国东方航运集团有限公司总经理李建平升任董事长、党组书记。",
        [
            ("appoint", "李建平", "中国东方航运集团有限公司董事长", None),
            ("appoint", "李建平", "中国东方航运集团有限公司党组书记", None),
        ],
    ),
    "new_principals_each_after_a_school_whose_name_ends_in_zhongxue": (
        "本学期新任校长有：临江第二中学许文杰、双桥中学罗强、城南小学陈慧。",
        [
            ("appoint", "许文杰", "临江第二中学校长", None),
            ("appoint", "罗强", "双桥中学校长", None),
            ("appoint", "陈慧", "城南小学校长", None),
        ],
    ),
    "a_roundup_one_move_a_line_without_stops_one_taking_a_post_with_danren": (
        (
            "近期地方人事变动。\n时任江城市市长周立明升任东川省委常委、江城市委书记\n"
            "东川省委常委、秘书长吴海峰担任临州市委书记\n"
            "南岭省副省长陈志刚调任东川省委常委"
        ),
        [
            ("appoint", "周立明", "东川省委常委", None),
            ("appoint", "周立明", "江城市委书记", None),
            ("remove", "周立明", "江城市市长", None),
            ("appoint", "吴海峰", "临州市委书记", None),
            ("appoint", "陈志刚", "东川省委常委", None),
            ("remove", "陈志刚", "南岭省副省长", None),
        ],
    ),
    "two_people_elected_chair_and_deputy_in_turn_without_fenbie": (
        (
            "南投縣議會今天改選，吳國華、蔡明德以23票當選縣議會議長、副議長；另，林志遠及陳文雄當選鄉"
            "民代表會正副主席。"
        ),
        [
            ("other", "吳國華", "縣議會議長", None),
            ("other", "蔡明德", "縣議會副議長", None),
            ("other", "林志遠", "鄉民代表會主席", None),
            ("other", "陳文雄", "鄉民代表會副主席", None),
        ],
    ),
    "a_listed_company_by_its_short_name_and_code_announcing_bare_directorships": (
        ("恒辉光电(01388.HK)今日公布，陈佩仪已获委任为独立非执行董事，梁志伟已获委任为非执行董事。"),
        [
            ("appoint", "陈佩仪", "恒辉光电独立非执行董事", None),
            ("appoint", "梁志伟", "恒辉光电非执行董事", None),
        ],
    ),
    "a_university_head_named_announcing_a_bare_vice_presidency": (
        "南岸大学校长何文彬今日公布，刘慧敏获委任为副校长（学术）。",
        [
            ("appoint", "刘慧敏", "南岸大学副校长（学术）", None),
        ],
    ),
    "a_contracted_office_head_promoted_lends_no_body_to_another_kind_of_title": (
        "嘉南市長下午拍板人事異動，交通處長蘇建良升任秘書長，交通處長由建設處長鄭榮輝調任。",
        [
            ("appoint", "鄭榮輝", "交通處長", None),
            ("remove", "鄭榮輝", "建設處長", None),
        ],
    ),
    "a_director_handing_in_a_written_resignation_report_naming_the_posts": (
        (
            "华腾新能源股份有限公司关于董事辞职的公告\n"
            "公司董事李华先生于近日向董事会提交了辞去公司董事、副总经理职务的书面辞职报告。"
        ),
        [
            ("other", "李华", "华腾新能源股份有限公司董事", None),
            ("other", "李华", "华腾新能源股份有限公司副总经理", None),
        ],
    ),
    "posts_resigned_closed_by_deng_and_words_on_their_kind": (
        (
            "东海农村商业银行股份有限公司公告\n周志明先生因工作调整，辞去本行党委书记、行长、执行董事等"
            "行内相关职务。"
        ),
        [
            ("other", "周志明", "东海农村商业银行股份有限公司党委书记", None),
            ("other", "周志明", "东海农村商业银行股份有限公司行长", None),
            ("other", "周志明", "东海农村商业银行股份有限公司执行董事", None),
        ],
    ),
    "a_notice_wrapped_inside_a_name_before_danren": (
        (
            "市人民政府决定任命张建国同志担任市财政局局长；任命李晓\n"
            "梅同志担任市教育局局长；任命王强同志担任市民政局局长。"
        ),
        [
            ("appoint", "张建国", "市财政局局长", None),
            ("appoint", "李晓梅", "市教育局局长", None),
            ("appoint", "王强", "市民政局局长", None),
        ],
    ),
    "a_party_committee_description_lends_no_body_to_a_party_group": (
        "据悉，东城区委副书记、副区长刘洋任党组书记。",
        [
            ("appoint", "刘洋", "党组书记", None),
        ],
    ),
    "a_contracted_bureau_head_moved_to_a_government_title_of_his_city": (
        "台南市交通局長王志明調任副秘書長。",
        [
            ("appoint", "王志明", "台南市副秘書長", None),
            ("remove", "王志明", "台南市交通局長", None),
        ],
    ),
    "a_post_taken_up_from_tomorrow_with_its_day_in_brackets": (
        "政府今日宣布，陈嘉欣将于明天（12日）起出任公务员事务局常任秘书长。",
        [
            ("appoint", "陈嘉欣", "公务员事务局常任秘书长", None),
        ],
    ),
    "two_described_heads_retiring_in_a_clause_of_their_own_and_their_successors_each": (
        (
            "交通部表示，公路局長陳永福及氣象局局長林正義，都將在30日退休，遺缺分別由交通部主任秘書王"
            "大同及航港局副局長李志成調任。"
        ),
        [
            ("other", "陳永福", "公路局長", None),
            ("other", "林正義", "氣象局局長", None),
            ("appoint", "王大同", "公路局長", None),
            ("remove", "王大同", "交通部主任秘書", None),
            ("appoint", "李志成", "氣象局局長", None),
            ("remove", "李志成", "航港局副局長", None),
        ],
    ),
    "a_region_party_standing_member_given_a_bare_party_department_after_another_city": (
        (
            "3月，南疆自治区党委常委、组织部部长李明远北上履新北江市委常委、组织部部长。\n"
            "5月，南疆自治区党委常委王建华兼任党委组织部部长，不再兼任党委秘书长职务。"
        ),
        [
            ("appoint", "李明远", "北江市委常委", None),
            ("appoint", "李明远", "北江市委组织部部长", None),
            ("remove", "李明远", "南疆自治区党委常委", None),
            ("remove", "李明远", "南疆自治区党委组织部部长", None),
            ("appoint", "王建华", "南疆自治区党委组织部部长", None),
            ("remove", "王建华", "南疆自治区党委秘书长", None),
        ],
    ),
    "military_and_command_titles_commander_and_headquarters_chief": (
        (
            "中央军委决定，任命赵卫东为北海舰队司令，任命钱国强为南江省疫情防控指挥部指挥长，免去孙立平"
            "的北江市东区工程建设总指挥职务。"
        ),
        [
            ("appoint", "赵卫东", "北海舰队司令", None),
            ("appoint", "钱国强", "南江省疫情防控指挥部指挥长", None),
            ("remove", "孙立平", "北江市东区工程建设总指挥", None),
        ],
    ),
    "hong_kong_magistrates_police_commanders_and_a_treasurer": (
        (
            "司法機構今日宣布，委任陳家明為常任裁判官，委任何志遠為新界南總區指揮官，委任李詠詩為香港嶺"
            "東大學校董會司庫。"
        ),
        [
            ("appoint", "陳家明", "常任裁判官", None),
            ("appoint", "何志遠", "新界南總區指揮官", None),
            ("appoint", "李詠詩", "香港嶺東大學校董會司庫", None),
        ],
    ),
    "taiwan_university_deans_of_studies_and_presidential_senior_advisers": (
        ("總統令\n聘王明德為總統府資政。\n國立南港大學公告：聘林淑芬為本校教務長，聘張家豪為本校總務長。"),
        [
            ("appoint", "王明德", "總統府資政", None),
            ("appoint", "林淑芬", "國立南港大學教務長", None),
            ("appoint", "張家豪", "國立南港大學總務長", None),
        ],
    ),
    "a_listed_company_board_secretary_in_its_short_form_and_a_prison_head": (
        "公司董事会同意聘任刘晓东为公司董秘。省司法厅决定，任命周建军为省第三监狱监狱长。",
        [
            ("appoint", "刘晓东", "公司董秘", None),
            ("appoint", "周建军", "省第三监狱监狱长", None),
        ],
    ),
    "a_bracketed_short_name_after_the_capacity_the_chief_executive_acts_in": (
        (
            "政府今日宣布，行政長官以香港南灣大學（南大）校監的身份，接受南大校董會的推薦，委任周志成博"
            "士出任南大副校監。"
        ),
        [
            ("appoint", "周志成", "香港南灣大學副校監", None),
        ],
    ),
    "a_city_government_naming_itself_and_its_bureaus_in_its_own_release": (
        (
            "新竹市政府新聞稿\n發布日期：2025-03-04\n"
            "市長宣布本府人事異動：本府秘書長王文德調任副市長，所遺秘書長一職由本府副秘書長陳美玲接任。"
            "\n另本府財政局局長李志明因健康因素請辭獲准，由該局副局長吳佩珊代理局長職務。"
        ),
        [
            ("remove", "王文德", "新竹市政府秘書長", "2025-03-04"),
            ("appoint", "王文德", "新竹市政府副市長", "2025-03-04"),
            ("appoint", "陳美玲", "新竹市政府秘書長", "2025-03-04"),
            ("other", "李志明", "新竹市政府財政局局長", "2025-03-04"),
            ("appoint", "吳佩珊", "新竹市政府財政局代理局長", "2025-03-04"),
        ],
    ),
    "hong_kong_reappointment_of_a_counted_body_members_listed_below": (
        (
            "政府今日公布，行政長官已再度委任以下三名醫院管理局大會成員，任期兩年：\n"
            "梁嘉欣女士\n何志強先生\n李家明教授"
        ),
        [
            ("appoint", "梁嘉欣", "醫院管理局大會成員", None),
            ("appoint", "何志強", "醫院管理局大會成員", None),
            ("appoint", "李家明", "醫院管理局大會成員", None),
        ],
    ),
    "hong_kong_members_listed_in_groups_reappointed_and_new_under_one_heading": (
        (
            "行政長官已委任以下人士為西灣河環境諮詢委員會成員，任期兩年：\n"
            "再度委任：\n王美華女士\n張志成先生\n新委任：\n"
            "李大明先生"
        ),
        [
            ("appoint", "王美華", "西灣河環境諮詢委員會成員", None),
            ("appoint", "張志成", "西灣河環境諮詢委員會成員", None),
            ("appoint", "李大明", "西灣河環境諮詢委員會成員", None),
        ],
    ),
    "a_post_given_with_its_word_for_position_before_the_successor_promoted_into_it": (
        ("政府今日宣布，水務署署長職位由該署副署長周家聲接任；海關副關長一職由助理關長吳志明晉升接任。"),
        [
            ("appoint", "周家聲", "水務署署長", None),
            ("appoint", "吳志明", "海關副關長", None),
        ],
    ),
    "a_list_of_posts_closed_by_and_other_posts_after_a_name_without_de": (
        ("国务院决定免去周建华公安部副部长、党委副书记等职位。中共中央决定，孙永明升任江北省委书记等职。"),
        [
            ("remove", "周建华", "公安部副部长", None),
            ("remove", "周建华", "公安部党委副书记", None),
            ("appoint", "孙永明", "江北省委书记", None),
        ],
    ),
    "a_state_councillor_is_a_post_of_its_own_beside_a_ministry": (
        (
            "一、免去吴立新的财政部部长职务。\n二、免去黄志远的国务委员、国防部部长职务。\n"
            "三、免去陈光明的国务委员职务。"
        ),
        [
            ("remove", "吴立新", "财政部部长", None),
            ("remove", "黄志远", "国务委员", None),
            ("remove", "黄志远", "国防部部长", None),
            ("remove", "陈光明", "国务委员", None),
        ],
    ),
    "a_ministers_title_run_into_the_ministry_repeats_the_full_printing": (
        (
            "新闻联播报道，黄志远已被免去国防部长职务。\n"
            "十四届全国人大常委会第五次会议表决通过，免去黄志远的国防部部长职务。"
        ),
        [
            ("remove", "黄志远", "国防部部长", None),
        ],
    ),
    "a_government_title_after_a_party_committee_department_is_the_provinces": (
        "会议决定任命刘建平为南江省委政法委书记、副省长。",
        [
            ("appoint", "刘建平", "南江省委政法委书记", None),
            ("appoint", "刘建平", "南江省副省长", None),
        ],
    ),
    "procurators_approved_by_the_congress_above_named_as_they_take_the_oath": (
        (
            "会上，经省人大常委会批准任命的东河县人民检察院检察长王立刚、西河县人民检察院检察长李明远进"
            "行了宪法宣誓。"
        ),
        [
            ("appoint", "王立刚", "东河县人民检察院检察长", None),
            ("appoint", "李明远", "西河县人民检察院检察长", None),
        ],
    ),
    "a_standing_committee_reviewing_requests_to_resign_one_after_another": (
        (
            "会议审议了县人民法院院长韦国强关于辞去院长职务的请求、县人民检察院检察长李明远关于辞去检察"
            "长职务的请求，同意以上两位同志辞去职务。会议还听取了关于张立新同志辞去县人民政府副县长职务"
            "的说明。"
        ),
        [
            ("other", "韦国强", "县人民法院院长", None),
            ("other", "李明远", "县人民检察院检察长", None),
            ("other", "张立新", "县人民政府副县长", None),
        ],
    ),
    "two_people_leaving_one_post_then_taking_others_in_turn": (
        (
            "国务院日前任免国家工作人员，宋立平、何东明不再担任国务院副秘书长职务，分别出任国家发展和改"
            "革委员会主任、财政部部长。"
        ),
        [
            ("remove", "宋立平", "国务院副秘书长", None),
            ("remove", "何东明", "国务院副秘书长", None),
            ("appoint", "宋立平", "国家发展和改革委员会主任", None),
            ("appoint", "何东明", "财政部部长", None),
        ],
    ),
    "each_persons_own_company_names_no_post": (
        (
            "国资委近日宣布，章立新、王海涛不再担任中国南岭集团有限公司副总经理职务，分别任各自公司董事"
            "长、总经理。"
        ),
        [
            ("remove", "章立新", "中国南岭集团有限公司副总经理", None),
            ("remove", "王海涛", "中国南岭集团有限公司副总经理", None),
        ],
    ),
    "described_people_then_each_promoted_in_their_own_body_after_a_comma": (
        ("能源方面，南岭电网公司总经理周建平、东川电气集团副总经理许文杰，分别升任各自公司董事长、总经理。"),
        [
            ("appoint", "周建平", "南岭电网公司董事长", None),
            ("appoint", "许文杰", "东川电气集团总经理", None),
        ],
    ),
    "a_company_management_committee_named_back_is_the_companys": (
        (
            "南方星辰科技股份有限公司关于聘任高级管理人员的公告\n"
            "董事会同意聘任张立新为公司管理委员会主任，聘任李文华为公司副总经理。"
        ),
        [
            ("appoint", "张立新", "南方星辰科技股份有限公司管理委员会主任", None),
            ("appoint", "李文华", "南方星辰科技股份有限公司副总经理", None),
        ],
    ),
    "no_longer_hired_then_another_hired_in_the_same_sentence": (
        "经研究，学校决定，不再聘张立新为学校发展研究中心主任，聘李文华为学校发展研究中心主任。",
        [
            ("remove", "张立新", "学校发展研究中心主任", None),
            ("appoint", "李文华", "学校发展研究中心主任", None),
        ],
    ),
    "a_taiwan_release_names_its_own_government_first_not_the_one_it_met": (
        "桃园市政府新闻稿\n桃园市长今天与台北市政府签署合作备忘录。另本府秘书长由王大明接任。",
        [
            ("appoint", "王大明", "桃园市政府秘书长", None),
        ],
    ),
    "a_forums_strings_against_copying_inside_a_post_and_after_an_item": (
        (
            "省政府决定：\n任命宋立军为山东省商务厅副厅长；1 |& S3 S: g% s$ ]\n"
            "任命孔祥德为山东省退役军人事务厅5 R3 g! X副厅长；\n"
            "免去魏海涛的山东省商务厅副厅长职务。"
        ),
        [
            ("appoint", "宋立军", "山东省商务厅副厅长", None),
            ("appoint", "孔祥德", "山东省退役军人事务厅副厅长", None),
            ("remove", "魏海涛", "山东省商务厅副厅长", None),
        ],
    ),
    "a_gazettes_page_number_and_running_head_on_one_line_inside_a_post": (
        (
            "省人民政府决定：\n谭卫星同志任湖南省人民政府驻北京办\n"
            "— 26 —                                       "
            " 湖南省人民政府公报 2023 年第 13 期\n"
            "事处主任；\n免去王志强同志的湖南省水利厅副厅长职务。"
        ),
        [
            ("appoint", "谭卫星", "湖南省人民政府驻北京办事处主任", None),
            ("remove", "王志强", "湖南省水利厅副厅长", None),
        ],
    ),
    "a_mongolian_name_opening_with_qi_after_a_removal_verb": (
        (
            "自治区人民政府决定：任命其其格为内蒙古自治区林业和草原局副局长，免去其其格的内蒙古自治区农"
            "牧厅副厅长职务；任命巴特尔为内蒙古自治区林业和草原局局长。"
        ),
        [
            ("appoint", "其其格", "内蒙古自治区林业和草原局副局长", None),
            ("remove", "其其格", "内蒙古自治区农牧厅副厅长", None),
            ("appoint", "巴特尔", "内蒙古自治区林业和草原局局长", None),
        ],
    ),
    "post_then_name_items_one_a_line_under_a_colon": (
        (
            "市委昨日召开全市领导干部会议，宣布了一批干部的任职决定。他们分别是：\n"
            "城关镇党委书记周立平\n（原任县委组织部副部长）\n"
            "县卫生健康局局长何晓云\n县统计局局长孙建业\n"
            "会议要求，新任干部要尽快进入角色。"
        ),
        [
            ("appoint", "周立平", "城关镇党委书记", None),
            ("appoint", "何晓云", "县卫生健康局局长", None),
            ("appoint", "孙建业", "县统计局局长", None),
        ],
    ),
    "new_heads_one_a_line_body_title_name_traditional": (
        (
            "縣政府今天上午舉行鄉鎮市長交接典禮。新任區長有：\n"
            "東勢區公所區長賴振宗\n（原任民政處科長）\n"
            "和平區公所區長劉素梅\n石岡區公所區長張文彬\n"
            "典禮由縣長親自主持。"
        ),
        [
            ("appoint", "賴振宗", "東勢區公所區長", None),
            ("appoint", "劉素梅", "和平區公所區長", None),
            ("appoint", "張文彬", "石岡區公所區長", None),
        ],
    ),
    "roster_name_then_post_under_a_counted_head_noun": (
        (
            "3月2日，区委常委会召开会议，研究决定提任一批科级领导干部。新提任的4名干部是（按姓氏笔画"
            "为序）：\n\u3000\u3000马文杰\u3000\u3000青阳区商务局副局长\n"
            "\u3000\u3000石\u3000磊\u3000\u3000青阳区司法局副局长\n\u3000\u3000叶婉清\u3000\u3000青阳区城关街道党工委副书记\n"
            "\u3000\u3000赵一鸣\u3000\u3000青阳区水利局副局长\n\u3000\u3000以上同志任职试用期一年。"
        ),
        [
            ("appoint", "马文杰", "青阳区商务局副局长", None),
            ("appoint", "石磊", "青阳区司法局副局长", None),
            ("appoint", "叶婉清", "青阳区城关街道党工委副书记", None),
            ("appoint", "赵一鸣", "青阳区水利局副局长", None),
        ],
    ),
    "roster_post_colon_name_with_former_post_notes": (
        (
            "2023年9月4日，市委常委会召开会议，研究决定对部分领导班子成员进行调整。此次调整的干部"
            "分别是：\n\u3000\u3000白沙市统计局局长：蒋卫东（原任白沙市财政局副局长）\n"
            "\u3000\u3000白沙市档案馆馆长：邱素云\n\u3000\u3000清河县委常委、宣传部部长：熊志远（原任白沙市委宣传部副部"
            "长）\n市委要求，调整的干部要尽快到岗。"
        ),
        [
            ("appoint", "蒋卫东", "白沙市统计局局长", "2023-09-04"),
            ("appoint", "邱素云", "白沙市档案馆馆长", "2023-09-04"),
            ("appoint", "熊志远", "清河县委常委", "2023-09-04"),
            ("appoint", "熊志远", "清河县委宣传部部长", "2023-09-04"),
        ],
    ),
    "board_hires_titles_with_colons_after_a_term_clause": (
        (
            "浙江禾丰新材料股份有限公司（以下简称“公司”）第三届董事会第一次会议于2024年6月12日"
            "召开。\n审议通过《关于聘任公司高级管理人员的议案》\n"
            "董事会同意聘任以下人员，任期与第三届董事会任期一致：\n"
            "总经理：方建国\n副总经理：沈玉梅、陆斌\n"
            "董事会秘书：严可欣\n表决结果：7票同意，0票反对，0票弃权。"
        ),
        [
            ("appoint", "方建国", "浙江禾丰新材料股份有限公司总经理", "2024-06-12"),
            ("appoint", "沈玉梅", "浙江禾丰新材料股份有限公司副总经理", "2024-06-12"),
            ("appoint", "陆斌", "浙江禾丰新材料股份有限公司副总经理", "2024-06-12"),
            ("appoint", "严可欣", "浙江禾丰新材料股份有限公司董事会秘书", "2024-06-12"),
        ],
    ),
    "one_name_between_two_election_headings": (
        (
            "2022年1月10日，临河市第九届人民代表大会第一次会议举行选举大会。\n"
            "当选为临河市人民政府市长的是：\n蔡文涛\n"
            "当选为临河市人民政府副市长的有（按姓氏笔画为序）：\n"
            "田\u3000野\u3000\u3000何丽君\u3000\u3000郑国强\n会议还选举产生了市中级人民法院院长。"
        ),
        [
            ("other", "蔡文涛", "临河市人民政府市长", "2022-01-10"),
            ("other", "田野", "临河市人民政府副市长", "2022-01-10"),
            ("other", "何丽君", "临河市人民政府副市长", "2022-01-10"),
            ("other", "郑国强", "临河市人民政府副市长", "2022-01-10"),
        ],
    ),
    "schools_and_names_under_a_heading_of_school_heads": (
        (
            "关于聘任部分中小学校长的通知\n各中小学：\n"
            "经局党委研究决定，聘任以下同志为学校校长：\n"
            "\u3000\u3000临溪县第二中学\u3000\u3000\u3000罗红英\n\u3000\u3000临溪县城东小学\u3000\u3000\u3000贾文斌\n"
            "\u3000\u3000临溪县教师发展中心\u3000\u3000潘国华（主任）\n"
            "以上同志聘期三年。\n临溪县教育局\n2024年8月20日"
        ),
        [
            ("appoint", "罗红英", "临溪县第二中学校长", "2024-08-20"),
            ("appoint", "贾文斌", "临溪县城东小学校长", "2024-08-20"),
            ("appoint", "潘国华", "临溪县教师发展中心主任", "2024-08-20"),
        ],
    ),
    "towns_and_names_under_new_party_secretaries_heading": (
        (
            "2024年3月5日下午，县委召开乡镇党委主要负责人调整宣布会议。新任乡镇党委书记名单如下："
            "\n\u3000\u3000乡\u3000镇\u3000\u3000\u3000姓\u3000名\n\u3000\u3000龙潭镇\u3000\u3000\u3000甘\u3000露（原任县委办公室副主任）\n"
            "\u3000\u3000白马镇\u3000\u3000\u3000邓晓峰\n\u3000\u3000会议强调，新任乡镇党委书记要迅速进入角色。"
        ),
        [
            ("appoint", "甘露", "龙潭镇党委书记", "2024-03-05"),
            ("appoint", "邓晓峰", "白马镇党委书记", "2024-03-05"),
        ],
    ),
    "new_department_heads_list_post_then_name": (
        (
            "2023年11月2日，市中级人民法院召开干部大会，宣布院党组关于部分中层干部任职的决定。新"
            "任部门负责人名单如下：\n\u3000\u3000立案庭庭长\u3000\u3000梁秋云\n"
            "\u3000\u3000刑事审判第一庭副庭长\u3000\u3000钟永健\n\u3000\u3000执行局副局长\u3000\u3000侯晓东\n"
            "\u3000\u3000院长在讲话中要求，新任职干部要尽快进入角色。"
        ),
        [
            ("appoint", "梁秋云", "立案庭庭长", "2023-11-02"),
            ("appoint", "钟永健", "刑事审判第一庭副庭长", "2023-11-02"),
            ("appoint", "侯晓东", "执行局副局长", "2023-11-02"),
        ],
    ),
    "bare_titles_under_election_headings_take_the_first_headings_body": (
        (
            "政協江西省第十三屆委員會第一次會議15日下午舉行選舉大會。\n"
            "當選為政協江西省第十三屆委員會主席的是：\n"
            "馮國華\n當選為副主席的有（按姓氏筆畫為序）：\n"
            "\u3000\u3000方\u3000明\u3000\u3000\u3000劉建英\n當選為秘書長的是：\n"
            "吳國平\n大會還選舉產生了常務委員85名。"
        ),
        [
            ("other", "馮國華", "政協江西省第十三屆委員會主席", None),
            ("other", "方明", "政協江西省第十三屆委員會副主席", None),
            ("other", "劉建英", "政協江西省第十三屆委員會副主席", None),
            ("other", "吳國平", "政協江西省第十三屆委員會秘書長", None),
        ],
    ),
    "meeting_verb_colon_then_post_name_pairs_on_one_line": (
        (
            "6月27日，市九届人大常委会第十二次会议闭幕。会议决定任命：安康市民政局局长严晓军，安康市"
            "水利局局长葛红梅。\n会议决定免去：安康市民政局局长孔德林。\n"
            "会议任命：安康市中级人民法院审判员曹明、鲁佳。"
        ),
        [
            ("appoint", "严晓军", "安康市民政局局长", None),
            ("appoint", "葛红梅", "安康市水利局局长", None),
            ("remove", "孔德林", "安康市民政局局长", None),
            ("appoint", "曹明", "安康市中级人民法院审判员", None),
            ("appoint", "鲁佳", "安康市中级人民法院审判员", None),
        ],
    ),
    "elected_rosters_titled_below_page_chrome": (
        (
            "攸县新闻网>要闻\n中国共产党攸县第十四届委员会书记、副书记、常务委员会委员名单（2021年"
            "9月26日中国共产党攸县第十四届委员会第一次全体会议选举）\n"
            "书记：龙建华\n副书记：沈玉兰\n中国共产党攸县纪律检查委员会书记、副书记名单\n"
            "（2021年9月26日中国共产党攸县纪律检查委员会第一次全体会议选举）\n"
            "书记：段文斌\n副书记：易海燕\n责任编辑：谭静"
        ),
        [
            ("other", "龙建华", "中国共产党攸县第十四届委员会书记", "2021-09-26"),
            ("other", "沈玉兰", "中国共产党攸县第十四届委员会副书记", "2021-09-26"),
            ("other", "段文斌", "中国共产党攸县纪律检查委员会书记", "2021-09-26"),
            ("other", "易海燕", "中国共产党攸县纪律检查委员会副书记", "2021-09-26"),
        ],
    ),
    "list_published_by_groups_of_bodies_with_title_colon_rows": (
        (
            "中共益阳市委关于何立新等同志任职的通知\n"
            "各区县（市）委，市直机关各单位党组（党委）：\n"
            "经市委研究决定，现将任职名单公布如下：\n"
            "一、益阳市商务局\n党组书记：何立新\n二、中共益阳市委政策研究室\n"
            "副主任：邵文静\n以上同志的原任职务自然免除。\n"
            "中共益阳市委\n2024年5月6日"
        ),
        [
            ("appoint", "何立新", "益阳市商务局党组书记", "2024-05-06"),
            ("appoint", "邵文静", "中共益阳市委政策研究室副主任", "2024-05-06"),
        ],
    ),
    "verb_over_the_following_comrades_posts_numbered_rows": (
        (
            "湘南大学关于干部任免的通知\n院党发〔2024〕9号\n"
            "各二级学院、各部门：\n经学校党委常委会研究决定：\n"
            "一、任命以下同志职务：\n1.邝志明\u3000\u3000经济与管理学院院长\n"
            "2.钟晓燕\u3000\u3000图书馆馆长\n二、免去以下同志职务：\n"
            "1.谢立军\u3000\u3000经济与管理学院院长\n中共湘南大学委员会\n"
            "2024年6月28日"
        ),
        [
            ("appoint", "邝志明", "经济与管理学院院长", "2024-06-28"),
            ("appoint", "钟晓燕", "图书馆馆长", "2024-06-28"),
            ("remove", "谢立军", "经济与管理学院院长", "2024-06-28"),
        ],
    ),
    "posts_going_on_after_a_bracket_or_comma": (
        (
            "省委组织部副部长宣读了省委、省政府决定：任命孔繁华为临江大学校长（试用期一年），党委常委、"
            "副书记；邹德明不再担任临江大学校长，党委常委、副书记职务，另有任用。"
        ),
        [
            ("appoint", "孔繁华", "临江大学校长", None),
            ("appoint", "孔繁华", "临江大学党委常委", None),
            ("appoint", "孔繁华", "临江大学党委副书记", None),
            ("remove", "邹德明", "临江大学校长", None),
            ("remove", "邹德明", "临江大学党委常委", None),
            ("remove", "邹德明", "临江大学党委副书记", None),
        ],
    ),
    "confirmed_list_published_by_groups_stays_confirmed": (
        (
            "中共桐江县委组织部关于试用期满干部正式任职的通知\n"
            "经县委研究，同意以下同志试用期满正式任职。现将正式任职名单公布如下：\n"
            "一、桐江县商务局\n副局长：严立峰\n2024年5月6日"
        ),
        [
            ("confirm", "严立峰", "桐江县商务局副局长", "2024-05-06"),
        ],
    ),
    "a_name_alone_under_a_decision_then_its_clause": (
        ("经市政府研究决定：\n严立峰\n任桐江市财政局局长，免去其桐江市审计局局长职务。\n2024年3月5日"),
        [
            ("appoint", "严立峰", "桐江市财政局局长", "2024-03-05"),
            ("remove", "严立峰", "桐江市审计局局长", "2024-03-05"),
        ],
    ),
    "sworn_list_of_those_the_meeting_appointed": (
        (
            "11月28日，市人大常委会第十五次会议闭幕。会议表决通过了有关人事任免事项。闭幕会后，举行"
            "宪法宣誓仪式。本次会议任命的国家工作人员进行宪法宣誓。参加宣誓的有：桐江市交通运输局局长宁"
            "海涛、桐江市中级人民法院副院长范雪莲。"
        ),
        [
            ("appoint", "宁海涛", "桐江市交通运输局局长", None),
            ("appoint", "范雪莲", "桐江市中级人民法院副院长", None),
        ],
    ),
    "letter_named_by_what_it_resigns_after_the_writers_clause": (
        (
            "桐江新材料股份有限公司（以下简称“公司”）董事会于近日收到副总经理俞海峰先生的书面辞职报告"
            "。俞海峰先生因个人原因，向公司董事会提交了辞去公司副总经理职务的辞职报告。辞职后，俞海峰先"
            "生不再担任公司任何职务。\n桐江新材料股份有限公司董事会\n"
            "2024年3月12日"
        ),
        [
            ("other", "俞海峰", "桐江新材料股份有限公司副总经理", "2024-03-12"),
        ],
    ),
    "names_one_cell_each_after_a_titles_colon_padded_and_glossed": (
        (
            "白石鎮第十八屆人民代表大會第一次會議選舉結果\n"
            "（2021年9月26日白石鎮第十八屆人民代表大會第一次會議選舉產生）\n"
            "白石鎮人民政府鎮長：\n\u3000\u3000\u3000蔣立明\n白石鎮人民政府副鎮長：\n"
            "\u3000\u3000\u3000嚴長(zhǎng)興\u3000萬\u3000莉\u3000賀曉東\n"
        ),
        [
            ("other", "蔣立明", "白石鎮人民政府鎮長", "2021-09-26"),
            ("other", "嚴長興", "白石鎮人民政府副鎮長", "2021-09-26"),
            ("other", "萬莉", "白石鎮人民政府副鎮長", "2021-09-26"),
            ("other", "賀曉東", "白石鎮人民政府副鎮長", "2021-09-26"),
        ],
    ),
    "names_one_cell_each_after_a_letter_spaced_title_and_colon": (
        (
            "9月26日，白石镇第十八届人民代表大会第一次会议闭幕。会议以无记名投票方式选举产生了镇长、"
            "副镇长。选举结果如下：\n\u3000\u3000镇\u3000\u3000长：蒋立明\n"
            "\u3000\u3000副 镇 长：严长兴\u3000万\u3000莉\u3000贺晓东\n"
            "会议号召，全镇上下要团结一心。"
        ),
        [  # (the bare titles of the town whose congress met)
            ("other", "蒋立明", "白石镇镇长", None),
            ("other", "严长兴", "白石镇副镇长", None),
            ("other", "万莉", "白石镇副镇长", None),
            ("other", "贺晓东", "白石镇副镇长", None),
        ],
    ),
    "no_longer_counsellors_names_below_their_colon": (
        (
            "经研究，决定聘任以下同志为桐江市人民政府参事，聘期三年：\n"
            "\u3000\u3000贺立群\u3000钱文远\u3000严冬梅\n以下同志因年龄原因，不再担任桐江市人民政府参事：\n"
            "\u3000\u3000宁海涛\u3000范雪莲\n桐江市人民政府\n2023年11月6日"
        ),
        [
            ("appoint", "贺立群", "桐江市人民政府参事", "2023-11-06"),
            ("appoint", "钱文远", "桐江市人民政府参事", "2023-11-06"),
            ("appoint", "严冬梅", "桐江市人民政府参事", "2023-11-06"),
            ("remove", "宁海涛", "桐江市人民政府参事", "2023-11-06"),
            ("remove", "范雪莲", "桐江市人民政府参事", "2023-11-06"),
        ],
    ),
    "last_post_colon_name_with_a_note_over_a_source_line": (
        (
            "桐江县人民代表大会常务委员会任免名单\n（2023年12月27日桐江县第十八届人民代表大会常"
            "务委员会第十六次会议通过）\n免去：\n桐江县人民法院审判员：贺立群（退休）\n"
            "桐江县人民检察院检察员：钱文远\n来源：县人大常委会人事代表工作委员会"
        ),
        [
            ("remove", "贺立群", "桐江县人民法院审判员", "2023-12-27"),
            ("remove", "钱文远", "桐江县人民检察院检察员", "2023-12-27"),
        ],
    ),
    "party_post_then_appointed_as_head_same_person": (
        (
            "2024年3月7日，学院召开中层以上干部大会，宣读任免决定：宁海涛同志任桐江职业技术学院党"
            "委委员、副书记，任命为桐江职业技术学院院长（试用期一年）。"
        ),
        [
            ("appoint", "宁海涛", "桐江职业技术学院党委委员", "2024-03-07"),
            ("appoint", "宁海涛", "桐江职业技术学院党委副书记", "2024-03-07"),
            ("appoint", "宁海涛", "桐江职业技术学院院长", "2024-03-07"),
        ],
    ),
    "announced_new_head_held_by_the_deputy_promoted": (
        "4月3日上午，桐江市中心医院召开全院干部大会，宣布新任院长由副院长宁海涛升任。",
        [
            ("appoint", "宁海涛", "桐江市中心医院院长", None),
        ],
    ),
    "names_with_post_nominal_letters_after_the_honorific": (
        (
            "政府今日（五月八日）宣布，行政長官已委任容啟明先生, SBS, JP為海洋公園公司主席，並"
            "委任鄺嘉敏女士, MH及施朗軒博士為海洋公園公司董事會成員，任期兩年。\n"
            "完\n2024年5月8日（星期三）"
        ),
        [
            ("appoint", "容啟明", "海洋公園公司主席", "2024-05-08"),
            ("appoint", "鄺嘉敏", "海洋公園公司董事會成員", "2024-05-08"),
            ("appoint", "施朗軒", "海洋公園公司董事會成員", "2024-05-08"),
        ],
    ),
    "taiwan_order_sends_with_pai_and_its_signers_are_no_event": (
        (
            "總統令\u3000\u3000中華民國112年10月16日\n"
            "華總二榮字第11200088410號\n派鍾宜芳為僑務委員會副委員長。\n"
            "派羅啟民兼行政院原住民族委員會副主任委員。\n"
            "此令\n總\u3000\u3000統\u3000謝元甫\n行政院院長\u3000柯文卿"
        ),
        [
            ("appoint", "鍾宜芳", "僑務委員會副委員長", "2023-10-16"),
            ("appoint", "羅啟民", "行政院原住民族委員會副主任委員", "2023-10-16"),
        ],
    ),
    "taiwan_order_removes_several_described_and_relieves_one": (
        (
            "總統令\u3000\u3000中華民國112年10月16日\n"
            "教育部常務次長簡志遠、文化部文化資產局局長巫佩君另有任用，均應予免職。\n"
            "勞動部政務次長龔明璋准免本職。\n此令"
        ),
        [
            ("remove", "簡志遠", "教育部常務次長", "2023-10-16"),
            ("remove", "巫佩君", "文化部文化資產局局長", "2023-10-16"),
            ("remove", "龔明璋", "勞動部政務次長", "2023-10-16"),
        ],
    ),
    "taiwan_order_grants_a_resignation_and_removes_a_retiree": (
        (
            "總統令\u3000\u3000中華民國112年10月16日\n"
            "農業部漁業署署長邢家豪准辭職。\n內政部移民署副署長盧秀雲已屆齡退休，應予免職。\n"
            "此令"
        ),
        [
            ("other", "邢家豪", "農業部漁業署署長", "2023-10-16"),
            ("remove", "盧秀雲", "內政部移民署副署長", "2023-10-16"),
        ],
    ),
    "table_of_unit_title_new_holder_and_former_post_columns": (
        (
            "嘉義市政府今（3）日發布人事命令，異動名單如下：\n"
            "機關\t職稱\t新任人員\t原職\n工務處\t處長\t溫振宏\t工務處副處長\n"
            "社會處\t副處長\t石佳芸\t社會處專門委員\n"
            "以上人員自9月9日生效。\n嘉義市政府\u30002024年9月3日"
        ),
        [
            ("appoint", "溫振宏", "工務處處長", "2024-09-03"),
            ("appoint", "石佳芸", "社會處副處長", "2024-09-03"),
        ],
    ),
    "table_of_whole_posts_with_the_new_and_the_former_holder": (
        (
            "2024-05-06\u3000〔記者廖文凱／桃園報導〕桃園市警察局今（6）日公布主管人事異動，名單"
            "如下：\n單位｜新任｜原任\n中壢分局長｜賴俊賢（大園分局長）｜鍾文斌（調督察室督察長）\n"
            "大園分局長｜簡志銘（刑事警察大隊副大隊長）｜賴俊賢（調中壢分局長）\n"
            "警方表示，新任主管將於13日交接。"
        ),
        [
            ("appoint", "賴俊賢", "中壢分局長", "2024-05-06"),
            ("appoint", "簡志銘", "大園分局長", "2024-05-06"),
        ],
    ),
    "padded_table_with_a_status_column_under_its_header": (
        (
            "公告事項：\n一、異動名單：\n\u3000單位\u3000\u3000\u3000職稱\u3000\u3000\u3000姓名\u3000\u3000\u3000\u3000異動情形\n"
            "\u3000社會課\u3000\u3000課長\u3000\u3000\u3000馬\u3000志\u3000成\u3000\u3000新任（原農業課課長）\n"
            "\u3000主計室\u3000\u3000主任\u3000\u3000\u3000溫\u3000秀\u3000琴\u3000\u3000退休\n"
            "二、以上人員自113年7月1日起生效。\n"
            "鄉長\u3000呂文德\n中華民國113年6月24日"
        ),
        [
            ("appoint", "馬志成", "社會課課長", "2024-06-24"),
            ("other", "溫秀琴", "主計室主任", "2024-06-24"),
        ],
    ),
    "table_whose_name_column_is_headed_by_the_title": (
        (
            "民政事務總署今日（九月二日）公布，各區民政事務專員已委任以下人士為分區委員會主席：\n"
            "地區\t分區委員會\t主席\n北區\t粉嶺南分區委員會\t韋家豪先生, MH\n"
            "大埔\t大埔中分區委員會\t彭麗君女士（再度委任）\n"
            "完\n2024年9月2日（星期一）"
        ),
        [
            ("appoint", "韋家豪", "粉嶺南分區委員會主席", "2024-09-02"),
            ("appoint", "彭麗君", "大埔中分區委員會主席", "2024-09-02"),
        ],
    ),
    "table_of_posts_and_the_officers_posted_to_them": (
        (
            "公務員事務局今日（十月九日）宣布以下首長級人員調派：\n"
            "職位\t人員\t生效日期\n發展局常任秘書長（規劃及地政）\t區曉彤女士（現任地政總署署長）\t20"
            "24年11月1日\n地政總署署長\t容家祺先生（現任地政總署副署長）\t2024年11月1日\n"
            "完\n2024年10月9日（星期三）"
        ),
        [
            ("appoint", "區曉彤", "發展局常任秘書長（規劃及地政）", "2024-10-09"),
            ("appoint", "容家祺", "地政總署署長", "2024-10-09"),
        ],
    ),
    "digest_of_bodies_each_with_its_appointments_after_a_colon": (
        (
            "政府今日（八月三十日）公布以下諮詢組織的委任：\n"
            "（一）環境諮詢委員會：再度委任邵德輝先生為主席；新委任黎美珍女士及蔣振邦博士為成員。\n"
            "（二）能源諮詢委員會：委任符家聲教授為副主席。\n"
            "完\n2024年8月30日（星期五）"
        ),
        [
            ("appoint", "邵德輝", "環境諮詢委員會主席", "2024-08-30"),
            ("appoint", "黎美珍", "環境諮詢委員會成員", "2024-08-30"),
            ("appoint", "蔣振邦", "環境諮詢委員會成員", "2024-08-30"),
            ("appoint", "符家聲", "能源諮詢委員會副主席", "2024-08-30"),
        ],
    ),
    "members_listed_one_a_line_under_subheadings_after_the_chair": (
        (
            "政府今日（一月五日）宣布，民政及青年事務局局長已委任容家樂先生為青年發展委員會主席，並委任"
            "三名新成員及再度委任兩名現任成員，任期兩年。\n"
            "新委任的成員為：\n\u3000\u3000龐詠儀女士\n\u3000\u3000車志軒博士\n"
            "\u3000\u3000解美蓮女士\n再度委任的成員為：\n\u3000\u3000聶嘉俊先生\n"
            "\u3000\u3000倪淑芬教授\n局長表示：「我衷心感謝卸任成員仇家明先生多年來的貢獻。」\n"
            "完\n2024年1月5日（星期五）"
        ),
        [
            ("appoint", "容家樂", "青年發展委員會主席", "2024-01-05"),
            ("appoint", "龐詠儀", "青年發展委員會成員", "2024-01-05"),
            ("appoint", "車志軒", "青年發展委員會成員", "2024-01-05"),
            ("appoint", "解美蓮", "青年發展委員會成員", "2024-01-05"),
            ("appoint", "聶嘉俊", "青年發展委員會成員", "2024-01-05"),
            ("appoint", "倪淑芬", "青年發展委員會成員", "2024-01-05"),
        ],
    ),
    "serving_members_reappointed_named_after_a_colon_in_the_sentence": (
        (
            "政府今日（五月二日）宣布，行政長官已委任藍振東先生為上訴委員會主席。此外，以下三名現任委員"
            "獲再度委任：裘美華女士、滕家輝先生及鄔淑賢女士。\n"
            "完\n2024年5月2日（星期四）"
        ),
        [
            ("appoint", "藍振東", "上訴委員會主席", "2024-05-02"),
            ("appoint", "裘美華", "上訴委員會委員", "2024-05-02"),
            ("appoint", "滕家輝", "上訴委員會委員", "2024-05-02"),
            ("appoint", "鄔淑賢", "上訴委員會委員", "2024-05-02"),
        ],
    ),
    "new_directors_counted_then_serving_ones_reappointed_and_leavers_thanked": (
        (
            "政府今日（七月八日）宣布，行政長官已委任以下兩名人士為保險業監管局新非執行董事，任期兩年："
            "\n\u3000\u3000閻子健先生\n\u3000\u3000湛麗珊女士\n\u3000\u3000行政長官亦再度委任以下兩名現任非執行董事，任期兩年："
            "\n\u3000\u3000甄志偉先生\n\u3000\u3000卓美華女士\n\u3000\u3000財經事務及庫務局局長感謝卸任非執行董事莘家豪先生及巫"
            "淑儀女士的貢獻。\n完\n2024年7月8日（星期一）"
        ),
        [
            ("appoint", "閻子健", "保險業監管局非執行董事", "2024-07-08"),
            ("appoint", "湛麗珊", "保險業監管局非執行董事", "2024-07-08"),
            ("appoint", "甄志偉", "保險業監管局非執行董事", "2024-07-08"),
            ("appoint", "卓美華", "保險業監管局非執行董事", "2024-07-08"),
        ],
    ),
    "members_appointed_below_by_role_lines_one_a_line": (
        (
            "第 77/2024 號行政長官批示\n\u3000\u3000一、委任下列人士為城市規劃委員會成員：\n"
            "\u3000\u3000（一）主席：運輸工務司司長；\n\u3000\u3000（二）副主席：容嘉豪（土地工務局局長）；\n"
            "\u3000\u3000（三）委員：\n\u3000\u3000\u3000\u3000甘慧貞；\n\u3000\u3000\u3000\u3000戚志明；\n"
            "\u3000\u3000\u3000\u3000甯淑芬。\n\u3000\u3000二、本批示自公佈翌日起生效。\n"
            "\u3000\u3000二零二四年六月三日\n\u3000\u3000行政長官\u3000岑家明"
        ),
        [
            ("appoint", "容嘉豪", "城市規劃委員會副主席", "2024-06-03"),
            ("appoint", "甘慧貞", "城市規劃委員會委員", "2024-06-03"),
            ("appoint", "戚志明", "城市規劃委員會委員", "2024-06-03"),
            ("appoint", "甯淑芬", "城市規劃委員會委員", "2024-06-03"),
        ],
    ),
    "composition_of_a_committee_with_members_by_role_and_by_label": (
        (
            "第 30/2024 號社會文化司司長批示\n"
            "\u3000\u3000一、長者事務委員會（下稱“委員會”）的成員如下：\n"
            "\u3000\u3000（一）主席：社會文化司司長；\n\u3000\u3000（二）委員：\n"
            "\u3000\u3000\u30001）社會工作局代表：冼嘉敏；\n\u3000\u3000\u30002）社會人士：卜志強、雷慧珊、邵家駿。\n"
            "\u3000\u3000二、本批示自公佈翌日起生效。\n\u3000\u3000二零二四年四月九日"
        ),
        [
            ("appoint", "冼嘉敏", "長者事務委員會委員", "2024-04-09"),
            ("appoint", "卜志強", "長者事務委員會委員", "2024-04-09"),
            ("appoint", "雷慧珊", "長者事務委員會委員", "2024-04-09"),
            ("appoint", "邵家駿", "長者事務委員會委員", "2024-04-09"),
        ],
    ),
    "new_heads_listed_below_with_bullets_post_then_name": (
        (
            "發布日期：2024-09-02\n苗栗縣政府今（2）日上午於縣務會議布達新任一級主管，新任主"
            "管如下：\n●勞動及青年發展處處長\u3000麥家瑜\n"
            "●文化觀光局局長\u3000柴志遠\n縣長期勉新任主管全力投入。"
        ),
        [
            ("appoint", "麥家瑜", "勞動及青年發展處處長", "2024-09-02"),
            ("appoint", "柴志遠", "文化觀光局局長", "2024-09-02"),
        ],
    ),
    "officer_to_begin_pre_retirement_leave_on_a_day_in_numerals": (
        (
            "公務員事務局今日（三月四日）宣布，現任運輸署署長司馬志恒將於四月十日開始退休前休假，其職位"
            "由運輸署副署長方慧琳署理。\n完\n2024年3月4日（星期一）"
        ),
        [
            ("other", "司馬志恒", "運輸署署長", "2024-03-04"),
            ("appoint", "方慧琳", "運輸署代理署長", "2024-03-04"),
        ],
    ),
    "president_to_leave_at_the_end_of_the_term_later_this_year": (
        (
            "2024年3月1日\u3000嶺南大學今日宣布，現任嶺南大學校長戴明遠教授將於今年8月31日任滿離任"
            "，校董會已展開遴選。"
        ),
        [
            ("other", "戴明遠", "嶺南大學校長", "2024-03-01"),
        ],
    ),
    "commander_retires_at_age_and_seconded_director_returns": (
        (
            "國防部今（5）日公布人事命令，海軍司令部參謀長閔振邦屆齡退伍。另原任國立臺灣文學館館長龐雅"
            "琪將於2月1日歸建。\n發布日期：2024-01-05"
        ),
        [
            ("other", "閔振邦", "海軍司令部參謀長", "2024-01-05"),
            ("other", "龐雅琪", "國立臺灣文學館館長", "2024-01-05"),
        ],
    ),
    "acting_post_taken_after_the_head_leaves_at_term_end": (
        (
            "2025年5月6日\u3000恒生大學今日宣布，現任恒生大學校長裴國樑教授將於今年8月31日任滿離任"
            "。在新校長履新前，由副校長（學術）甘啟文教授出任恒生大學署理校長。"
        ),
        [
            ("other", "裴國樑", "恒生大學校長", "2025-05-06"),
            ("appoint", "甘啟文", "恒生大學署理校長", "2025-05-06"),
        ],
    ),
    "resignation_accepted_with_its_reason_between_name_and_offer": (
        (
            "政府今日（十一月二日）宣布，行政長官已接納創新科技及工業局副局長晏家樂基於個人理由提出的辭"
            "職，即時生效。\n完\n2024年11月2日（星期六）"
        ),
        [
            ("other", "晏家樂", "創新科技及工業局副局長", "2024-11-02"),
        ],
    ),
    "pai_inside_paichusuo_before_a_move": (
        ("县公安局城关派出所所长王伟调任县公安局治安大队大队长，城南派出所所长李明接任城关派出所所长。"),
        [
            ("remove", "王伟", "县公安局城关派出所所长", None),
            ("appoint", "王伟", "县公安局治安大队大队长", None),
            ("appoint", "李明", "城关派出所所长", None),
        ],
    ),
    "contacts_table_after_an_appointment": (
        (
            "市府今日發布人事命令，任命林大同為工務處處長。\n"
            "本府各單位聯絡人名單如下：\n單位\t職稱\t姓名\n"
            "秘書室\t主任\t陳小芬\n人事室\t科長\t王小華"
        ),
        [
            ("appoint", "林大同", "工務處處長", None),
        ],
    ),
    "honours_list_table": (
        (
            "市府今日發布人事命令，任命林大同為工務處處長。\n"
            "本府113年度模範公務人員名單如下：\n單位\t職稱\t姓名\n"
            "秘書室\t主任\t陳小芬\n人事室\t科長\t王小華"
        ),
        [
            ("appoint", "林大同", "工務處處長", None),
        ],
    ),
    "past_holders_table": (
        (
            "市府今日發布人事命令，任命林大同為工務處處長。\n"
            "本府歷任工務處處長名單如下：\n單位\t職稱\t姓名\n"
            "工務處\t處長\t陳小芬\n工務處\t處長\t王小華"
        ),
        [
            ("appoint", "林大同", "工務處處長", None),
        ],
    ),
    "stale_header_reads_a_later_contacts_table": (
        (
            "市府今日發布人事命令，異動名單如下：\n機關\t職稱\t新任人員\t原職\n"
            "工務處\t處長\t溫振宏\t工務處副處長\n本府同仁聯絡方式如下：\n"
            "人事處\t科長\t王小華\t分機2231\n主計處\t專員\t李小明\t分機2232"
        ),
        [
            ("appoint", "溫振宏", "工務處處長", None),
        ],
    ),
    "removal_lead_overridden_to_appoint": (
        (
            "市府今日發布人事命令，免去下列人員職務：\n"
            "機關\t職稱\t姓名\n工務處\t處長\t溫振宏\n"
            "社會處\t處長\t林大同"
        ),
        [
            ("remove", "溫振宏", "工務處處長", None),
            ("remove", "林大同", "社會處處長", None),
        ],
    ),
    "iso_before_a_title_is_not_a_post_nominal": (
        "公司董事會決定聘任張偉為質量管理部經理，ISO內審員劉洋為副經理。",
        [
            ("appoint", "張偉", "質量管理部經理", None),
            ("appoint", "劉洋", "質量管理部副經理", None),
        ],
    ),
    "descriptor_before_a_name_on_its_line_cuts_the_list": (
        (
            "行政長官已委任以下人士為扶貧委員會成員，任期兩年：\n"
            "陳大文先生（主席）\n香港社會服務聯會行政總裁李小明先生\n"
            "黃美玲女士"
        ),
        [
            ("appoint", "陳大文", "扶貧委員會成員", None),
            ("appoint", "陳大文", "扶貧委員會主席", None),
            ("appoint", "李小明", "扶貧委員會成員", None),
            ("appoint", "黃美玲", "扶貧委員會成員", None),
        ],
    ),
    "comma_description_after_a_name_cuts_the_list": (
        (
            "行政長官已委任以下人士為扶貧委員會成員，任期兩年：\n"
            "陳大文先生（主席）\n李小明先生，香港社會服務聯會行政總裁\n"
            "黃美玲女士"
        ),
        [
            ("appoint", "陳大文", "扶貧委員會成員", None),
            ("appoint", "陳大文", "扶貧委員會主席", None),
            ("appoint", "李小明", "扶貧委員會成員", None),
            ("appoint", "黃美玲", "扶貧委員會成員", None),
        ],
    ),
    "role_lines_whose_names_carry_honorifics": (
        "行政長官已委任以下人士為扶貧委員會成員：\n主席：陳大文先生, JP\n副主席：李小明女士",
        [
            ("appoint", "陳大文", "扶貧委員會主席", None),
            ("appoint", "李小明", "扶貧委員會副主席", None),
        ],
    ),
    "new_and_former_head_columns": (
        (
            "本市113學年度國民中小學新任校長名單如下：\n"
            "學校\t新任校長\t原任校長\n大同國小\t林大同\t陳小芬\n"
            "和平國中\t王小華\t張志強"
        ),
        [
            ("appoint", "林大同", "大同國小校長", None),
            ("appoint", "王小華", "和平國中校長", None),
        ],
    ),
    "reshuffle_lead_with_no_cue_word": (
        (
            "市府今日發布人事命令，異動名單如下：\n單位\t職稱\t姓名\n"
            "工務處\t處長\t溫振宏\n社會處\t處長\t林大同\n"
            "中華民國113年6月24日"
        ),
        [
            ("appoint", "溫振宏", "工務處處長", "2024-06-24"),
            ("appoint", "林大同", "社會處處長", "2024-06-24"),
        ],
    ),
    "hk_posting_table_announced_with_gongbu": (
        (
            "公務員事務局公布以下首長級人員調派：\n職位\t人員\t生效日期\n"
            "地政總署署長\t容家祺先生\t2024年11月1日"
        ),
        [
            ("appoint", "容家祺", "地政總署署長", None),
        ],
    ),
    "order_kind_alone_above_its_line_is_no_part_of_the_post": (
        (
            "總統令\n內政部常務次長許志豪准辭職。\n此令。\n"
            "\n總統令\n派陳怡君、林俊宏為考試院考選委員會委員。\n"
            "此令。"
        ),
        [
            ("other", "許志豪", "內政部常務次長", None),
            ("appoint", "陳怡君", "考試院考選委員會委員", None),
            ("appoint", "林俊宏", "考試院考選委員會委員", None),
        ],
    ),
    "order_heading_date_and_number_on_one_line": (
        (
            "總統令\u3000中華民國112年9月1日\u3000華總一義字第11200073850號\n"
            "任命黃建宏為經濟部工業局局長。\n此令。\n"
            "總\u3000\u3000統\u3000蔡明山\n行政院院長\u3000吳志遠"
        ),
        [
            ("appoint", "黃建宏", "經濟部工業局局長", "2023-09-01"),
        ],
    ),
    "disciplined_services_medals_after_the_honorific": (
        (
            "政府今日宣布，行政長官已委任以下人士為保安及護衞業管理委員會成員：梁志偉先生，PDSM；蘇"
            "家明先生，FSMSM；何嘉敏女士，CSDSM；鄭國樑先生。"
        ),
        [
            ("appoint", "梁志偉", "保安及護衞業管理委員會成員", None),
            ("appoint", "蘇家明", "保安及護衞業管理委員會成員", None),
            ("appoint", "何嘉敏", "保安及護衞業管理委員會成員", None),
            ("appoint", "鄭國樑", "保安及護衞業管理委員會成員", None),
        ],
    ),
    "a_department_and_title_before_an_honoured_name_is_no_name": (
        (
            "政府今日公布，委任何永康先生為博物館諮詢委員會主席。新委任的成員為：鄧淑芬女士及香港浸會大"
            "學視覺藝術院教授梁家傑博士。"
        ),
        [
            ("appoint", "何永康", "博物館諮詢委員會主席", None),
            ("appoint", "鄧淑芬", "博物館諮詢委員會成員", None),
            ("appoint", "梁家傑", "博物館諮詢委員會成員", None),
        ],
    ),
    "a_role_line_with_blanks_keeps_the_role_as_printed": (
        (
            "體育發展委員會（下稱“委員會”）的成員如下：\n"
            "（一）主席 ：  羅家明；\n（二）委員：\u3000鄭美華、區志堅。"
        ),
        [
            ("appoint", "羅家明", "體育發展委員會主席", None),
            ("appoint", "鄭美華", "體育發展委員會委員", None),
            ("appoint", "區志堅", "體育發展委員會委員", None),
        ],
    ),
    "a_listed_company_with_both_market_codes_announcing": (
        ("華東船舶(01345)(滬:601345)公告,王立新因工作調整辭任公司執行董事及副總經理。"),
        [
            ("other", "王立新", "華東船舶執行董事", None),
            ("other", "王立新", "華東船舶副總經理", None),
        ],
    ),
    "a_headline_then_a_bracketed_dateline_lead": (
        (
            "財經\n05/03/2024 17:45\n"
            "\n《公司動向》南方航運總裁陳志遠辭任\n\n"
            "  《經濟通通訊社5日專訊》南方航運(01166)公布,陳志遠因個人理由辭任總裁,即日生效"
            "。"
        ),
        [
            # (the page's day, 05/03/2024 printed day first with its time, is the 5日 of the lead)
            ("other", "陳志遠", "南方航運總裁", "2024-03-05"),
        ],
    ),
    "a_listed_company_announcing_by_its_code_its_own_company_word": (
        (
            "來源:財華社\n\n財華社3月2日丨長江電能(01088.HK)宣佈,董事會於2024年3月2"
            "日收到李國明的辭呈,因年齡原因,李國明辭去公司董事長及執行董事職務,辭任於同日生效。"
        ),
        [
            ("other", "李國明", "長江電能董事長", "2024-03-02"),
            ("other", "李國明", "長江電能執行董事", "2024-03-02"),
        ],
    ),
    "a_described_official_moved_in_the_passive": (
        "國家體育總局副局長黃建平被調任中國奧林匹克博物館館長，上週已到任。",
        [
            ("appoint", "黃建平", "中國奧林匹克博物館館長", None),
            ("remove", "黃建平", "國家體育總局副局長", None),
        ],
    ),
    "a_body_where_a_list_item_could_stand_is_no_one": (
        "省政府日前任命周立群為省旅遊局局長,本週到任。據介紹,旅行社為周立群配了一位助理兼秘書。",
        [
            ("appoint", "周立群", "省旅遊局局長", None),
        ],
    ),
    "deputies_by_elected_by_bodies_between_bei_and_the_verb": (
        (
            "全國人大常委會會議今天閉幕。李國華、王建軍分別被河北、吉林補選為全國人大代表,趙志剛被甘肅"
            "省人大常委會補選為全國人大代表,會議確認代表資格有效。"
        ),
        [
            ("other", "李國華", "全國人大代表", None),
            ("other", "王建軍", "全國人大代表", None),
            ("other", "趙志剛", "全國人大代表", None),
        ],
    ),
    "a_described_successor_takes_over_his_post": (
        "今天,周建國卸任山南省生態環境廳廳長,該廳副廳長、曾任山南市環保局局長的馬立新接替其職。",
        [
            ("remove", "周建國", "山南省生態環境廳廳長", None),
            ("appoint", "馬立新", "山南省生態環境廳廳長", None),
        ],
    ),
    "a_sitting_s_executive_chairs_are_no_posts": (
        (
            "3月2日上午,市十六届人大四次會議舉行第三次全體會議。大會由大會主席團常務主席劉志強、陳國"
            "良、黃美英擔任執行主席,劉志強主持。會議選舉王建新為市人民政府市長。"
        ),
        [
            ("other", "王建新", "市人民政府市長", None),
        ],
    ),
    "a_new_body_s_members_named_after_its_post": (
        (
            "中共南川省委十一屆一次全會選舉產生新一屆省委常委。11位新一屆南川省委常委分別為周立新、陳"
            "建華(女)、馬志強、黃國平(彝族)、李衛東。"
        ),
        [
            ("other", "周立新", "南川省委常委", None),
            ("other", "陳建華", "南川省委常委", None),
            ("other", "馬志強", "南川省委常委", None),
            ("other", "黃國平", "南川省委常委", None),
            ("other", "李衛東", "南川省委常委", None),
        ],
    ),
    "a_broadcaster_s_credit_before_the_council_that_meets": (
        (
            "本地新聞\n2021-01-05 16:20:00\n"
            "\n(香港電台)\n\n東區區議會下午舉行會議,選出正副主席。公民黨梁志恒當選主席,何慧玲當選副"
            "主席。"
        ),
        [
            ("other", "梁志恒", "東區區議會主席", "2021-01-05"),
            ("other", "何慧玲", "東區區議會副主席", "2021-01-05"),
        ],
    ),
    "an_adverb_between_the_names_and_the_verb": (
        (
            "嘉義縣議會今日舉行正副議長選舉,林國雄順利當選議長。\n"
            "\n另訊,花蓮市警察局局長周文彬、台東縣警察局局長吳振宏皆調升為內政部警政署警政委員。"
        ),
        [
            ("other", "林國雄", "嘉義縣議會議長", None),
            ("appoint", "周文彬", "內政部警政署警政委員", None),
            ("remove", "周文彬", "花蓮市警察局局長", None),
            ("appoint", "吳振宏", "內政部警政署警政委員", None),
            ("remove", "吳振宏", "台東縣警察局局長", None),
        ],
    ),
    "chair_and_deputy_together_of_the_council_that_elects": (
        "宜蘭縣議會今日舉行選舉,張志明、陳美惠當選正副議長。另據報導,李國華成功當選正副主席之一。",
        [
            ("other", "張志明", "宜蘭縣議會議長", None),
            ("other", "陳美惠", "宜蘭縣議會副議長", None),
        ],
    ),
    "the_new_term_before_a_post_is_no_part_of_it": (
        "立法會今日舉行選舉,梁志強以40票當選新一屆立法會主席。",
        [
            ("other", "梁志強", "立法會主席", None),
        ],
    ),
    "a_post_handed_over_at_its_ceremony": (
        (
            "國立東華科技大學今（5）日舉辦校長交接典禮，卸任校長陳文忠將印信交接予新任校長林佳蓉，由教"
            "育部次長監交。"
        ),
        [
            ("appoint", "林佳蓉", "國立東華科技大學校長", None),
            ("remove", "陳文忠", "國立東華科技大學校長", None),
        ],
    ),
    "a_hospital_holding_its_handover_names_the_bare_title": (
        "南山醫學大學附設醫院昨日舉辦院長交接典禮，由副院長黃明德接任院長。",
        [
            ("appoint", "黃明德", "南山醫學大學附設醫院院長", None),
        ],
    ),
    "a_departure_told_with_its_reason_or_to_whom": (
        (
            "南方電力公司董事長陳建志以個人家庭因素為由請辭。港口管理局行政總裁林偉明已向港口管理局主席"
            "提出辭任。原國家體育總局副局長王國興已經離任。"
        ),
        [
            ("other", "陳建志", "南方電力公司董事長", None),
            ("other", "林偉明", "港口管理局行政總裁", None),
            ("remove", "王國興", "國家體育總局副局長", None),
        ],
    ),
    "board_members_of_a_university_appointed_reappointed_and_leaving": (
        (
            "嶺東大學年報：本年度何志豪先生、鄭美玲女士任滿卸任嶺東大學校董。陳家明先生、林淑儀博士獲委"
            "任為嶺東大學新校董。梁國華教授和吳嘉敏教授獲續任嶺東大學副校長。"
        ),
        [
            ("remove", "何志豪", "嶺東大學校董", None),
            ("remove", "鄭美玲", "嶺東大學校董", None),
            ("appoint", "陳家明", "嶺東大學校董", None),
            ("appoint", "林淑儀", "嶺東大學校董", None),
            ("appoint", "梁國華", "嶺東大學副校長", None),
            ("appoint", "吳嘉敏", "嶺東大學副校長", None),
        ],
    ),
    "a_short_name_defined_in_brackets_with_jiancheng": (
        "東方航運集團（簡稱「東航集」）今日公布人事安排,孫建華出任東航集董事長。",
        [
            ("appoint", "孫建華", "東方航運集團董事長", None),
        ],
    ),
    "new_heads_listed_by_body_and_name": (
        ("本學年有4所國立大學新校長上任,包括東海科大林志遠、南華大學陳美君、北藝大黃國強及清水大學吳佩珊。"),
        [
            ("appoint", "林志遠", "東海科大校長", None),
            ("appoint", "陳美君", "南華大學校長", None),
            ("appoint", "黃國強", "北藝大校長", None),
            ("appoint", "吳佩珊", "清水大學校長", None),
        ],
    ),
    "the_successor_named_after_the_post_left": (
        (
            "經濟部次長陳志明調任行政院副秘書長,原職由工業局局長黃國輝接任。另外,財政部次長林佳慧轉任"
            "金管會副主委,接任者為國庫署署長吳建宏。"
        ),
        [
            ("appoint", "陳志明", "行政院副秘書長", None),
            ("remove", "陳志明", "經濟部次長", None),
            ("appoint", "黃國輝", "經濟部次長", None),
            ("appoint", "林佳慧", "金管會副主委", None),
            ("remove", "林佳慧", "財政部次長", None),
            ("appoint", "吳建宏", "財政部次長", None),
        ],
    ),
    # (today's 十二月二十八日 takes its year from the term's start, the one full date printed, on or after it)
    "honoured_names_one_a_line_with_surnames_the_table_lacks": (
        (
            "行政長官今日（十二月二十八日）委任以下人士為藝術發展局成員，任期兩年，由二〇二五年一月一日"
            "起生效：\n利子厚先生\n倫永亮先生\n陳大文博士"
        ),
        [
            ("appoint", "利子厚", "藝術發展局成員", "2024-12-28"),
            ("appoint", "倫永亮", "藝術發展局成員", "2024-12-28"),
            ("appoint", "陳大文", "藝術發展局成員", "2024-12-28"),
        ],
    ),
    "a_given_name_that_reads_as_an_adverb": (
        "昨天，某村召开村民代表大会，张顺利同志当选村委会主任。",
        [
            ("other", "张顺利", "村委会主任", None),
        ],
    ),
    "a_rumoured_successor_takes_no_post": (
        "张三已辞去某市市长职务，外界猜测副市长李四将接替其职。",
        [
            ("other", "张三", "某市市长", None),
        ],
    ),
    "a_board_meeting_is_no_congress_sitting": (
        "某某控股(00123)公布，董事会会议决定由张三担任执行主席，自即日起生效。",
        [
            ("appoint", "张三", "执行主席", None),
        ],
    ),
    "a_short_name_opening_another_body_s_name_is_left": (
        "中國銀行股份有限公司（簡稱「中銀」）今日公布人事安排，委任李大文出任中銀香港副董事長。",
        [
            ("appoint", "李大文", "中銀香港副董事長", None),
        ],
    ),
    "handover_with_ze_and_an_acting_successor_after_a_departure": (
        (
            "國立成功大學今（5）日舉辦校長交接典禮，卸任校長蘇慧貞將印信交接予新任校長沈孟儒，卸任副校"
            "長王五則交棒給新任副校長趙六。\n澳门特区政府交通事务局局长张三已经离任，由副局长李四代任局"
            "长。"
        ),
        [
            ("appoint", "沈孟儒", "國立成功大學校長", None),
            ("remove", "蘇慧貞", "國立成功大學校長", None),
            ("appoint", "趙六", "國立成功大學副校長", None),
            ("remove", "王五", "國立成功大學副校長", None),
            ("remove", "张三", "澳门特区政府交通事务局局长", None),
            ("appoint", "李四", "澳门特区政府交通事务局代理局长", None),
        ],
    ),
    "a_presidential_order_countersigned_names_no_one_in_its_signers": (
        (
            "總統令\u3000中華民國112年1月31日\u3000華總二榮字第11200006541號\n"
            "任命林大同為行政院政務委員。\n總統\u3000蔡英文\n"
            "行政院院長\u3000陳建仁"
        ),
        [
            ("appoint", "林大同", "行政院政務委員", "2023-01-31"),
        ],
    ),
    "an_order_signed_by_a_head_printing_its_body_names_no_one_in_the_signer": (
        (
            "中华人民共和国主席令\n第十五号\n根据中华人民共和国第十三届全国人民代表大会常务委员会第二十"
            "次会议的决定：\n免去赵大海的水利部部长职务；\n"
            "任命王小东为水利部部长。\n中华人民共和国主席 习近平\n"
            "2020年8月8日"
        ),
        [
            ("remove", "赵大海", "水利部部长", "2020-08-08"),
            ("appoint", "王小东", "水利部部长", "2020-08-08"),
        ],
    ),
    "a_name_of_two_that_is_also_a_yi_clan_name_is_a_name": (
        "经县委研究，罗洪被免去大湖镇镇长职务，由马海接任。",
        [
            ("remove", "罗洪", "大湖镇镇长", None),
            ("appoint", "马海", "大湖镇镇长", None),
        ],
    ),
    "a_removal_of_a_described_person_with_no_de_before_the_post_word": (
        ("3月5日，某县县委决定免去青石镇镇长周立平职务。同日，县委决定免去青石镇党委副书记郑安一切职务。"),
        [
            ("remove", "周立平", "青石镇镇长", None),
            ("remove", "郑安", "青石镇党委副书记", None),
        ],
    ),
    "a_punishment_given_to_a_described_person_then_his_title_removed_with_qi": (
        "县纪委对白沙乡乡长韦明给予党内严重警告处分，并免去其乡长职务。",
        [
            ("remove", "韦明", "白沙乡乡长", None),
        ],
    ),
    "a_dismissal_given_after_geiyu_to_a_described_person": (
        "事故发生后，县委决定，给予白沙乡副乡长覃文斌免职处理，对乡安监站站长蒙海作免职处理。",
        [
            ("remove", "覃文斌", "白沙乡副乡长", None),
            ("remove", "蒙海", "乡安监站站长", None),
        ],
    ),
    "an_accountability_removal_made_first_xianqi_mianzhi": (
        "县委常委会研究决定，县应急管理局副局长黄志刚先期免职，免职手续按程序办理。",
        [
            ("remove", "黄志刚", "县应急管理局副局长", None),
        ],
    ),
    "two_described_people_the_second_by_a_bare_title_of_the_first_s_body": (
        ("经县委研究，红岩镇党委书记杨帆、镇长陆小平被免职，红岩镇党委书记罗斌、副书记潘丽已到龄退休。"),
        [
            ("remove", "杨帆", "红岩镇党委书记", None),
            ("remove", "陆小平", "红岩镇镇长", None),
            ("other", "罗斌", "红岩镇党委书记", None),
            ("other", "潘丽", "红岩镇党委副书记", None),
        ],
    ),
    "people_dismissed_by_name_alone_leave_the_posts_the_text_described_them_by": (
        (
            "某市纪委监委11月3日通报，因东城区副区长、区应急管理局局长杜海，区住建局局长邱平在事故处"
            "置中履职不力，市委决定，对杜海、邱平予以免职（有关行政职务按法定程序办理）。\n"
            "南坪县副县长龚建在防汛工作中失职失责。经市委常委会会议研究，给予龚建免职处理。"
        ),
        [
            ("remove", "杜海", "东城区副区长", None),
            ("remove", "杜海", "区应急管理局局长", None),
            ("remove", "邱平", "区住建局局长", None),
            ("remove", "龚建", "南坪县副县长", None),
        ],
    ),
    "a_described_person_at_fault_then_removed_in_a_later_clause": (
        (
            "东湖区市场监管局党组书记、局长孟凡在食品安全专项整治中组织不力，督导不严，被免去其东湖区市"
            "场监管局党组书记、局长职务。\n东湖区应急管理局副局长钱涛在事故救援中处置失当，被免职。"
        ),
        [
            ("remove", "孟凡", "东湖区市场监管局党组书记", None),
            ("remove", "孟凡", "东湖区市场监管局局长", None),
            ("remove", "钱涛", "东湖区应急管理局副局长", None),
        ],
    ),
    "the_one_who_leaves_the_post_just_told_called_this_post_or_that_post": (
        (
            "经上级批准，周海涛同志接替吴明同志，任某某职业技术学院院长，吴明同志将不再担任这一职务。\n"
            "会议决定任命孙丽为某县审计局局长，韩冰不再担任该职务。"
        ),
        [
            ("appoint", "周海涛", "某某职业技术学院院长", None),
            ("remove", "吴明", "某某职业技术学院院长", None),
            ("appoint", "孙丽", "某县审计局局长", None),
            ("remove", "韩冰", "某县审计局局长", None),
        ],
    ),
    "a_congress_elects_posts_then_names_after_xuanjuchu": (
        (
            "某省十四届人大一次会议1月20日上午举行第三次全体会议，选举出新一任省监察委员会主任孔令军"
            "、省高级人民法院院长宋雅、省人民检察院检察长程杰。"
        ),
        [
            ("other", "孔令军", "省监察委员会主任", None),
            ("other", "宋雅", "省高级人民法院院长", None),
            ("other", "程杰", "省人民检察院检察长", None),
        ],
    ),
    "a_subject_described_by_the_post_he_took_succeeding_another": (
        "接替赵明出任某省委书记的钱立群在某省十三届人大二次会议上当选为某省人大常委会主任。",
        [
            ("other", "钱立群", "某省人大常委会主任", None),
        ],
    ),
    "a_deputy_s_mandate_ended_with_no_seat_told_then_his_committee_post_ends": (
        (
            "某市人大常委会发布公告，依照代表法的有关规定，韦国强的代表资格终止，其市人大法制委员会委员"
            "职务相应终止。\n依照有关规定，陆敏的代表资格终止，市人大财政经济委员会副主任委员职务相应终"
            "止。"
        ),
        [
            ("other", "韦国强", "市人大法制委员会委员", None),
            ("other", "陆敏", "市人大财政经济委员会副主任委员", None),
        ],
    ),
    "a_vote_count_for_the_person_then_elected_in_the_next_clause": (
        (
            "某县供水有限公司召开职工代表大会，经无记名投票，方志远得赞成票数超过应到会代表的半数，当选"
            "为某县供水有限公司职工董事。"
        ),
        [
            ("other", "方志远", "某县供水有限公司职工董事", None),
        ],
    ),
    "people_described_one_a_clause_commas_between_then_removed_together": (
        (
            "县委常委会研究，作出如下处理：龙潭镇党委书记石磊，龙潭镇党委副书记、镇长吴桂芳，县交通运输"
            "局分管负责人、县交通运输局副局长杨帆先期免职，免职手续按规定程序办理。"
        ),
        [
            ("remove", "石磊", "龙潭镇党委书记", None),
            ("remove", "吴桂芳", "龙潭镇党委副书记", None),
            ("remove", "吴桂芳", "龙潭镇镇长", None),
            ("remove", "杨帆", "县交通运输局副局长", None),
        ],
    ),
    "a_society_s_congress_meets_and_elects_its_officers_bare_titles_its_own": (
        (
            "5月18日上午，江城市摄影家协会第六次会员代表大会在市文化中心报告厅召开。\n"
            "大会选举产生了新一届理事会，周卫东当选主席，钱敏、冯涛当选副主席。\n"
            "6月2日，江城市律师协会第四次会员代表大会召开，选举许文华为会长，褚红、卫国庆为副会长。"
        ),
        [
            ("other", "周卫东", "江城市摄影家协会主席", None),
            ("other", "钱敏", "江城市摄影家协会副主席", None),
            ("other", "冯涛", "江城市摄影家协会副主席", None),
            ("other", "许文华", "江城市律师协会会长", None),
            ("other", "褚红", "江城市律师协会副会长", None),
            ("other", "卫国庆", "江城市律师协会副会长", None),
        ],
    ),
    "the_post_held_before_this_move_is_a_profile_s_not_an_act": (
        (
            "据某局官网消息，日前，上级决定：韩立新同志任某局党组书记。此番履新前，韩立新任某局党组成员"
            "、副局长。"
        ),
        [
            ("appoint", "韩立新", "某局党组书记", None),
        ],
    ),
    "a_person_described_then_a_move_of_this_month_told_in_the_next_clause": (
        "此次辞去某市市长职务的邹建平，已于3月出任某市委书记。",
        [
            ("appoint", "邹建平", "某市委书记", None),
        ],
    ),
    "a_list_of_heads_of_units_under_a_decision_is_no_block_of_signers": (
        (
            "某某大学关于聘任学院院长的通知\n各单位：\n"
            "经学校研究，决定聘任以下同志为学院院长，聘期三年。\n"
            "文学院院长\u3000马晓燕\n法学院院长\u3000田志国\n"
            "2024年3月1日"
        ),
        [
            ("appoint", "马晓燕", "文学院院长", "2024-03-01"),
            ("appoint", "田志国", "法学院院长", "2024-03-01"),
        ],
    ),
    "words_holding_wangchuan_or_liuchuan_are_no_talk_and_a_reply_to_talk_tells_an_act": (
        (
            "集团董事会决定，聘任向东为省互联网传媒集团总经理。\n"
            "为促进文化交流传承，市文旅局决定聘任苗青为市文化馆馆长。\n"
            "针对网传消息，区委组织部回应称，区委已于5月6日免去陶然的某区副区长职务。"
        ),
        [
            ("appoint", "向东", "省互联网传媒集团总经理", None),
            ("appoint", "苗青", "市文化馆馆长", None),
            ("remove", "陶然", "某区副区长", None),
        ],
    ),
    "a_bare_head_of_a_place_after_another_body_s_post_is_of_that_place_or_of_none": (
        "市交通局局长马骏、副市长秦川被免职。\n溪口县县委书记温良、县长郝建被免职。",
        [
            ("remove", "马骏", "市交通局局长", None),
            ("remove", "秦川", "副市长", None),
            ("remove", "温良", "溪口县县委书记", None),
            ("remove", "郝建", "溪口县县长", None),
        ],
    ),
    "a_list_of_names_elected_one_opening_with_a_surname_that_is_also_a_word": (
        "某市政协十届一次会议选举产生了新一届领导班子，龙海涛、代丽华、秦志远当选为某市政协副主席。",
        [
            ("other", "龙海涛", "某市政协副主席", None),
            ("other", "代丽华", "某市政协副主席", None),
            ("other", "秦志远", "某市政协副主席", None),
        ],
    ),
    "a_society_s_congress_closes_somewhere_and_its_officers_are_elected": (
        "某省音乐家协会第八次代表大会12月2日在省会闭幕。王志刚当选主席，李芳、赵建华当选副主席。",
        [
            ("other", "王志刚", "某省音乐家协会主席", None),
            ("other", "李芳", "某省音乐家协会副主席", None),
            ("other", "赵建华", "某省音乐家协会副主席", None),
        ],
    ),
    "a_society_s_new_leadership_elected_then_its_officers_by_bare_titles": (
        (
            "6月9日，某市第四次注册会计师代表大会召开，代表们选举出某市注册会计师协会新一届领导班子。"
            "大会审议通过了理事会工作报告，并选举严华为会长，孔德明、曹雪为副会长。"
        ),
        [
            ("other", "严华", "某市注册会计师协会会长", None),
            ("other", "孔德明", "某市注册会计师协会副会长", None),
            ("other", "曹雪", "某市注册会计师协会副会长", None),
        ],
    ),
    "a_deputy_s_mandate_ended_too_told_with_his_and_bei": (
        "某省政府副省长郑国强被免职，他的某省人大代表资格亦被终止。",
        [
            ("remove", "郑国强", "某省政府副省长", None),
            ("other", "郑国强", "某省人大代表", None),
        ],
    ),
    "an_act_confirmed_after_talk_of_it_in_the_same_sentence": (
        "此前网传某集团副总经理将接任董事长，今日集团正式宣布，聘任邵平为某集团董事长。",
        [
            ("appoint", "邵平", "某集团董事长", None),
        ],
    ),
    "an_acting_head_of_a_place_after_its_party_secretary": (
        "县委决定，石门县县委书记邓飞、代县长向阳被免职。",
        [
            ("remove", "邓飞", "石门县县委书记", None),
            ("remove", "向阳", "石门县代县长", None),
        ],
    ),
    "a_name_followed_by_his_age_as_xiannian": (
        "据官方网站消息，新任某省发展和改革委员会副主任周涛现年48岁，曾任某市副市长。",
        [
            ("appoint", "周涛", "某省发展和改革委员会副主任", None),
        ],
    ),
    "an_abbreviation_defined_with_a_colon_after_jiancheng": (
        "据某省交通运输厅（简称：省交通厅）官网消息，杨立新已任省交通厅副厅长。",
        [
            ("appoint", "杨立新", "某省交通运输厅副厅长", None),
        ],
    ),
    "ze_before_a_move_verb_is_no_name": (
        "省政府昨日公布人事调整，陈立平任省公安厅副厅长，孙启明则调为省禁毒委员会办公室主任。",
        [
            ("appoint", "陈立平", "省公安厅副厅长", None),
            ("appoint", "孙启明", "省禁毒委员会办公室主任", None),
        ],
    ),
    "a_removal_with_the_name_run_into_the_post_after_an_appointment": (
        (
            "在日前召开的干部会议上，有关负责同志宣布：某市副市长韩立新出任华能集团董事长，同时免去郑国"
            "华华能集团董事长、党委书记职务，另有任用。"
        ),
        [
            ("appoint", "韩立新", "华能集团董事长", None),
            ("remove", "郑国华", "华能集团董事长", None),
            ("remove", "郑国华", "华能集团党委书记", None),
        ],
    ),
    "a_profile_sentence_of_two_dated_steps_after_news_of_a_move": (
        (
            "日前，某省政府宣布，刘海波出任省交通投资集团董事长。资料显示，刘海波出生于1965年。20"
            "04年，刘海波任某市副市长，2009年任某市市长。"
        ),
        [
            ("appoint", "刘海波", "省交通投资集团董事长", None),
        ],
    ),
    "a_relative_day_before_a_societys_congress_that_closes": (
        (
            "今天，江城市摄影家协会第五次代表大会在江城闭幕。大会选举产生新一届主席团，郑晓林当选主席，"
            "孙丽、胡海洋当选副主席。"
        ),
        [
            ("other", "郑晓林", "江城市摄影家协会主席", None),
            ("other", "孙丽", "江城市摄影家协会副主席", None),
            ("other", "胡海洋", "江城市摄影家协会副主席", None),
        ],
    ),
    "a_societys_congress_held_successfully_names_the_society": (
        (
            "近日，青山县书法家协会第三次代表大会在县文化馆成功举办。大会选举产生新一届理事会，李明远当"
            "选主席，王芳、赵建军当选副主席。"
        ),
        [
            ("other", "李明远", "青山县书法家协会主席", None),
            ("other", "王芳", "青山县书法家协会副主席", None),
            ("other", "赵建军", "青山县书法家协会副主席", None),
        ],
    ),
    "a_bare_election_verb_before_post_and_name_pairs": (
        (
            "1984年3月10日，长宁县第八届人民代表大会第一次会议召开。会议选举县人民代表大会常务委"
            "员会主任高文山、副主任陆平；选举县长孙建华、副县长赵立民。"
        ),
        [
            ("other", "高文山", "县人民代表大会常务委员会主任", "1984-03-10"),
            ("other", "陆平", "县人民代表大会常务委员会副主任", "1984-03-10"),
            ("other", "孙建华", "县长", "1984-03-10"),
            ("other", "赵立民", "副县长", "1984-03-10"),
        ],
    ),
    "a_new_spokesperson_held_by_a_described_official": (
        ("国务院新闻办公室公布新闻发言人名录。其中，国家林业和草原局新任新闻发言人由办公室主任郑文涛担任。"),
        [
            ("appoint", "郑文涛", "国家林业和草原局新闻发言人", None),
        ],
    ),
    "a_place_before_zhihou_is_no_name": (
        ("市政府今天宣布，任命高翔为市公安局局长。高翔曾长期在公安部工作，到青海之后担任省公安厅副厅长。"),
        [
            ("appoint", "高翔", "市公安局局长", None),
        ],
    ),
    "ming_nian_qi_of_a_future_move_is_no_name": (
        (
            "特区政府今日刊宪，委任陈国栋为某大学校务委员会委员。陈国栋上月表示将于年底退任现职，并自明"
            "年起转任董事会高级顾问。"
        ),
        [
            ("appoint", "陈国栋", "某大学校务委员会委员", None),
        ],
    ),
    "zeng_changqi_of_a_profile_is_no_name": (
        "新任副市长刘宁今天亮相，曾长期担任南湖能源集团董事长。",
        [
            ("appoint", "刘宁", "副市长", None),
        ],
    ),
    "a_head_succeeded_by_a_deputy_promoted_from_the_same_bureau": (
        "县府今日发布人事异动，原财政局长林国华届龄退休，财政局长由该局副局长陈美君升任。",
        [
            ("other", "林国华", "财政局长", None),
            ("appoint", "陈美君", "财政局长", None),
            ("remove", "陈美君", "财政局副局长", None),
        ],
    ),
    "a_promotion_to_the_post_the_description_names_ends_nothing": (
        (
            "南江大学党委书记李华，2019年起任南江大学党委副书记，此后任省委教育工委副书记，今年3月"
            "重回南江大学，升任书记。"
        ),
        [
            ("appoint", "李华", "南江大学党委书记", None),
        ],
    ),
    "gai_shu_refers_to_the_agency_named_before": (
        "交通部今日发布人事命令：民用航空署副署长冯国强调升该署署长，遗缺由该署主任秘书游雅竹升任。",
        [
            ("appoint", "冯国强", "民用航空署署长", None),
            ("remove", "冯国强", "民用航空署副署长", None),
            ("appoint", "游雅竹", "民用航空署副署长", None),
            ("remove", "游雅竹", "民用航空署主任秘书", None),
        ],
    ),
    "a_team_introduced_as_newly_elected_this_time": (
        (
            "在记者见面会上，市长将新一届市政府领导班子介绍给媒体：周立新是这次新当选的副市长，之前担任"
            "市政府秘书长；孙晓梅是新当选的副市长，曾任市财政局局长。"
        ),
        [
            ("other", "周立新", "副市长", None),
            ("other", "孙晓梅", "副市长", None),
        ],
    ),
    "a_national_teams_head_coach": (
        "中国篮协今天宣布，原上海男篮主教练刘卫东出任中国国家男子篮球队主教练，王海涛任助理教练。",
        [
            ("appoint", "刘卫东", "中国国家男子篮球队主教练", None),
            ("appoint", "王海涛", "中国国家男子篮球队助理教练", None),
        ],
    ),
    "a_name_ending_in_ze_in_a_list_under_one_verb": (
        "任命王海燕为县交通运输局局长，刘德则为县交通运输局副局长。",
        [
            ("appoint", "王海燕", "县交通运输局局长", None),
            ("appoint", "刘德则", "县交通运输局副局长", None),
        ],
    ),
    "a_dated_decision_with_its_term_told_after_is_no_profile": (
        "2023年6月，县人大常委会决定任命周建华为县人民政府代理县长，2026年任期届满。",
        [
            ("appoint", "周建华", "县人民政府代理县长", "2023-06"),
        ],
    ),
    "an_abbreviation_defined_after_a_reporters_source": (
        "记者从江西省自然资源厅（简称：省资源厅）获悉，孟庆国任省资源厅副厅长。",
        [
            ("appoint", "孟庆国", "江西省自然资源厅副厅长", None),
        ],
    ),
    "a_bureau_named_in_passing_is_not_the_one_gai_ju_means": (
        "市统计局召开干部大会，气象局代表列席。该局局长由该局副局长郑小川升任。",
        [
            ("appoint", "郑小川", "市统计局局长", None),
            ("remove", "郑小川", "市统计局副局长", None),
        ],
    ),
    "moved_to_a_province_to_serve_as_its_vice_governor": (
        (
            "据报道，原江南能源集团总经理周海峰调任北川省担任副省长，江南能源集团副总经理钱立新调任某控"
            "股集团任总经理。"
        ),
        [
            ("appoint", "周海峰", "北川省副省长", None),
            ("remove", "周海峰", "江南能源集团总经理", None),
            ("appoint", "钱立新", "某控股集团总经理", None),
            ("remove", "钱立新", "江南能源集团副总经理", None),
        ],
    ),
    "a_societys_presidium_members_elected": (
        (
            "江城市美术家协会第六次代表大会在江城召开。吴建平当选主席，陈晓、林立当选副主席，郑涛、许青"
            "当选主席团委员。"
        ),
        [
            ("other", "吴建平", "江城市美术家协会主席", None),
            ("other", "陈晓", "江城市美术家协会副主席", None),
            ("other", "林立", "江城市美术家协会副主席", None),
            ("other", "郑涛", "江城市美术家协会主席团委员", None),
            ("other", "许青", "江城市美术家协会主席团委员", None),
        ],
    ),
    "a_reason_before_the_name_with_no_comma": (
        (
            "会上宣读了省委教育工委的决定：高志远同志任南湖职业技术学院党委书记，由于年龄原因孙德明同志"
            "不再担任南湖职业技术学院党委书记职务。"
        ),
        [
            ("appoint", "高志远", "南湖职业技术学院党委书记", None),
            ("remove", "孙德明", "南湖职业技术学院党委书记", None),
        ],
    ),
    "a_body_whose_heads_change_named_before_bare_titles": (
        "3月2日，江南日报社的社长和总编辑同时换人，李光明被免去社长职务，原总编辑周正升任社长。",
        [
            ("remove", "李光明", "江南日报社社长", None),
            ("appoint", "周正", "江南日报社社长", None),
        ],
    ),
    "a_township_congress_session_names_the_town_of_its_bare_titles": (
        (
            "2021年1月8日，青石镇第十八届人民代表大会第三次会议在镇政府召开。会议选举王立为镇长，"
            "李红为副镇长。"
        ),
        [
            ("other", "王立", "青石镇镇长", "2021-01-08"),
            ("other", "李红", "青石镇副镇长", "2021-01-08"),
        ],
    ),
    "a_post_alone_then_its_holder_after_a_comma": (
        "行政院昨日公布内阁改组名单，新成立的数位发展部部长，由政务委员唐立中出任。",
        [
            ("appoint", "唐立中", "数位发展部部长", None),
        ],
    ),
    "a_university_hospital_announcing_its_head_changed": (
        "江南大学附属第二医院宣布院长换人，刘建华任院长。",
        [
            ("appoint", "刘建华", "江南大学附属第二医院院长", None),
        ],
    ),
    "a_township_congress_electing_its_chair": (
        "青石镇第十八届人民代表大会第一次会议召开，会议选举何雨为主席，选举韦东为镇长。",
        [
            ("other", "何雨", "青石镇人大主席", None),
            ("other", "韦东", "青石镇镇长", None),
        ],
    ),
    "a_reason_of_several_words_before_the_name": (
        ("因工作需要交流贝明同志任江州市林业局局长，因工作调整需要原镇长石勇同志调任县农业农村局局长。"),
        [
            ("appoint", "贝明", "江州市林业局局长", None),
            ("appoint", "石勇", "县农业农村局局长", None),
            ("remove", "石勇", "镇长", None),
        ],
    ),
    "a_head_who_stepped_down_and_his_successor": (
        "内阁改组昨日启动，卫生署长陈文雄下台，由台大医学院教授林志远接手。",
        [
            ("remove", "陈文雄", "卫生署长", None),
            ("appoint", "林志远", "卫生署长", None),
        ],
    ),
    "two_punished_each_removed_from_the_post_of_the_title_told": (
        (
            "县委常委会研究决定，对参与赌博的青山镇党委书记马强、党委副书记兼镇长吴丽分别给予党内严重警"
            "告处分，免去其书记、镇长职务。"
        ),
        [
            ("remove", "马强", "青山镇党委书记", None),
            ("remove", "吴丽", "青山镇镇长", None),
        ],
    ),
    "a_principal_officials_post_removed_by_the_state_council": (
        (
            "国务院根据行政长官的提名和建议，决定任命海关副关长何建宗出任海关关长，免去现任海关关长邓以"
            "海的主要官员职务。"
        ),
        [
            ("appoint", "何建宗", "海关关长", None),
            ("remove", "邓以海", "海关关长", None),
        ],
    ),
    "letter_of_resignation_handed_on_a_day_after_the_reason": (
        "青禾环境科技股份有限公司（以下简称“公司”）独立董事韩立松先生因工作原因无法继续在公司履职，于近日向公司董事会提交了辞去公司独立董事职务的辞职报告。",
        [
            ("other", "韩立松", "青禾环境科技股份有限公司独立董事", None),
        ],
    ),
    "letter_of_resignation_handed_on_a_dated_day": (
        "公司副总经理邵蔓女士因个人原因，于2024年3月5日向公司董事会递交了辞去公司副总经理职务的书面辞职报告。",
        [
            ("other", "邵蔓", "公司副总经理", "2024-03-05"),
        ],
    ),
    "signer_and_signing_date_run_into_one_line": (
        "云岭数码股份有限公司关于副总经理辞职的公告\n云岭数码股份有限公司副总经理蒋楠先生因个人原因，于近日向公司董事会申请辞去公司副总经理职务。\n特此公告。\n云岭数码股份有限公司\n董事会2023年11月20日",
        [
            ("other", "蒋楠", "云岭数码股份有限公司副总经理", "2023-11-20"),
        ],
    ),
    "added_member_with_an_uncommon_surname": (
        "政协南溪县第八届委员会常务委员会第十二次会议决定，增补笪海林、郗玉梅等5人为政协南溪县第八届委员会委员。",
        [
            ("appoint", "笪海林", "政协南溪县第八届委员会委员", None),
            ("appoint", "郗玉梅", "政协南溪县第八届委员会委员", None),
        ],
    ),
    "name_of_a_rare_surname_alone_before_its_verb": (
        "经县委研究决定：\n普成勇任南溪县教育局局长；\n杞文华任南溪县卫生健康局副局长。",
        [
            ("appoint", "普成勇", "南溪县教育局局长", None),
            ("appoint", "杞文华", "南溪县卫生健康局副局长", None),
        ],
    ),
    "name_of_a_rare_surname_addressed_before_its_reason": (
        "笪海林先生因个人原因申请辞去云岭数码股份有限公司副总经理职务。杞文华同志因年龄原因不再担任南溪县财政局局长职务。",
        [
            ("other", "笪海林", "云岭数码股份有限公司副总经理", None),
            ("remove", "杞文华", "南溪县财政局局长", None),
        ],
    ),
    "tibetan_names_of_two_words": (
        "自治区人大常委会会议决定，接受向秋平措辞去自治区人民政府副主席职务的请求，次旺多吉任自治区教育厅厅长。",
        [
            ("other", "向秋平措", "自治区人民政府副主席", None),
            ("appoint", "次旺多吉", "自治区教育厅厅长", None),
        ],
    ),
    "name_of_a_rare_surname_after_a_title": (
        "据悉，南溪县委副书记普成勇已调任北岭市委常委。",
        [
            ("appoint", "普成勇", "北岭市委常委", None),
            ("remove", "普成勇", "南溪县委副书记", None),
        ],
    ),
    "dotted_names_before_a_verb_of_two_or_more": (
        "经自治区人民政府研究，吐尔逊·艾合买提被任命为阿勒泰市副市长；古丽娜尔·卡德尔同志担任阿勒泰市教育局局长；阿不都热依木·买买提出任阿勒泰市财政局局长。",
        [
            ("appoint", "吐尔逊·艾合买提", "阿勒泰市副市长", None),
            ("appoint", "古丽娜尔·卡德尔", "阿勒泰市教育局局长", None),
            ("appoint", "阿不都热依木·买买提", "阿勒泰市财政局局长", None),
        ],
    ),
    "bare_ren_before_titles_of_no_head": (
        "据北岭日报消息，韩冬任北岭市中级人民法院审判员，邵蔓任青禾环境科技股份有限公司董事。",
        [
            ("appoint", "韩冬", "北岭市中级人民法院审判员", None),
            ("appoint", "邵蔓", "青禾环境科技股份有限公司董事", None),
        ],
    ),
    "probation_served_then_formally_appointed_as": (
        "经县人民政府研究决定，邵蔓同志试用期满，经考核合格，正式任命为南溪县审计局副局长。",
        [
            ("confirm", "邵蔓", "南溪县审计局副局长", None),
        ],
    ),
    "decision_title_over_a_body_that_names_no_act": (
        "南溪县人民代表大会常务委员会关于接受韩冬辞去南溪县人民政府副县长职务的决定\n（2021年8月2日南溪县第十八届人民代表大会常务委员会第五次会议通过）\n会议同意其请求，报县人民代表大会备案。",
        [
            ("other", "韩冬", "南溪县人民政府副县长", "2021-08-02"),
        ],
    ),
    "pinyin_gloss_with_a_space_before_its_bracket_closes": (
        "大會(huì )以無(wú)記名投票方式，選舉韓冬、邵蔓為南溪省十二屆人大常委會(huì )副主任。",
        [
            ("other", "韓冬", "南溪省十二屆人大常委會副主任", None),
            ("other", "邵蔓", "南溪省十二屆人大常委會副主任", None),
        ],
    ),
    "name_after_a_word_for_an_official": (
        "近日，自治区政府网更新显示，藏族高官旦增已履新自治区人民政府副主席；女官员官晓梅已履新南溪市副市长。",
        [
            ("appoint", "旦增", "自治区人民政府副主席", None),
            ("appoint", "官晓梅", "南溪市副市长", None),
        ],
    ),
    "given_name_opening_with_wu": (
        "会议决定接受韩冬、邵务林辞去南溪省副省长职务的请求，任命葛务平为南溪省人民政府常务副省长。",
        [
            ("other", "韩冬", "南溪省副省长", None),
            ("other", "邵务林", "南溪省副省长", None),
            ("appoint", "葛务平", "南溪省人民政府常务副省长", None),
        ],
    ),
    "removal_then_membership_revoked_for_the_same_person": (
        "会议通过关于免去韩冬政协第九届南溪市委员会副主席职务、撤销其南溪市政协委员资格的决定。",
        [
            ("remove", "韩冬", "政协第九届南溪市委员会副主席", None),
            ("other", "韩冬", "南溪市政协委员", None),
        ],
    ),
    "what_the_person_was_before_taking_the_post": (
        "在新任的省级法院院长中，不少人为跨行升迁。如南溪省高级人民法院院长韩冬，履新前为北岭省司法厅厅长；邵蔓上任前任北岭省公安厅副厅长。",
        [],
    ),
    "names_after_zhiyu_then_ze": (
        "至於韓冬、邵蔓和葛平則再度獲委任為南灣發展局非官方非執行董事。",
        [
            ("appoint", "韓冬", "南灣發展局非官方非執行董事", None),
            ("appoint", "邵蔓", "南灣發展局非官方非執行董事", None),
            ("appoint", "葛平", "南灣發展局非官方非執行董事", None),
        ],
    ),
    "leaving_a_post_named_after_liren": (
        "同時，韓冬和邵蔓即將離任南灣發展局非官方非執行董事；王明已离任南溪县财政局局长。",
        [
            ("remove", "韓冬", "南灣發展局非官方非執行董事", None),
            ("remove", "邵蔓", "南灣發展局非官方非執行董事", None),
            ("remove", "王明", "南溪县财政局局长", None),
        ],
    ),
    "new_holder_named_then_what_he_does": (
        "闭幕会上，南溪市红十字会新任会长葛竺讲话。会上，新任县长韩明表示将尽快进入角色。",
        [
            ("appoint", "葛竺", "南溪市红十字会会长", None),
            ("appoint", "韩明", "县长", None),
        ],
    ),
    "before_then_wei_is_no_name": (
        "新任南溪省高级人民法院院长韩平，之前为南溪省人民检察院检察长。",
        [
            ("appoint", "韩平", "南溪省高级人民法院院长", None),
        ],
    ),
    "post_handed_over_to_the_new_head": (
        "南溪县实验中学校长韩冬将学校资料及钥匙交接给新校长邵蔓。",
        [
            ("appoint", "邵蔓", "南溪县实验中学校长", None),
            ("remove", "韩冬", "南溪县实验中学校长", None),
        ],
    ),
    "a_title_after_a_word_for_an_official_is_no_part_of_the_name": (
        "某市中级人民法院法官助理王明被任命为北岭市中级人民法院审判员。某退休高官之子李明出任北岭集团董事长。",
        [
            ("appoint", "王明", "北岭市中级人民法院审判员", None),
            ("appoint", "李明", "北岭集团董事长", None),
        ],
    ),
    "formally_appointed_in_news_is_an_appointment": (
        "日前，韩晓东正式任命为北岭大学党委书记。邵蔓同志试用期满，经考核合格，被正式任命为南溪县审计局副局长。",
        [
            ("appoint", "韩晓东", "北岭大学党委书记", None),
            ("confirm", "邵蔓", "南溪县审计局副局长", None),
        ],
    ),
    "a_local_company_in_a_list_is_the_place_s": (
        "任命张三为南溪县交通运输局局长，李四为交通投资有限公司总经理。",
        [
            ("appoint", "张三", "南溪县交通运输局局长", None),
            ("appoint", "李四", "南溪县交通投资有限公司总经理", None),
        ],
    ),
    "decision_named_among_the_matters_adopted": (
        "会议表决通过了关于接受韩冬辞去南溪省副省长职务请求的决定等有关人事任免事项。",
        [
            ("other", "韩冬", "南溪省副省长", None),
        ],
    ),
    "first_name_of_a_list_ending_in_wei": (
        "会议决定任命韩有为、邵晋修为南溪省副省长。",
        [
            ("appoint", "韩有为", "南溪省副省长", None),
            ("appoint", "邵晋修", "南溪省副省长", None),
        ],
    ),
    "posts_taken_by_people_listed_each_with_its_verb": (
        "市政府宣布，交通局长由副秘书长韩冬接任、卫生局长由医院院长邵蔓担任、副市长葛平接任发展局长。",
        [
            ("appoint", "韩冬", "交通局长", None),
            ("appoint", "邵蔓", "卫生局长", None),
            ("appoint", "葛平", "发展局长", None),
        ],
    ),
    "pronoun_with_a_reason_after_the_letter": (
        "青禾环境科技股份有限公司董事会收到邵蔓女士的书面辞职报告，她因个人原因辞去公司副总经理职务。",
        [
            ("other", "邵蔓", "青禾环境科技股份有限公司副总经理", None),
        ],
    ),
    "names_of_a_list_cut_by_commas": (
        "大会以无记名投票方式，增选韩雄，邵同立，葛砚秋和曹建新为南溪省第十二届人民代表大会常务委员会委员。",
        [
            ("other", "韩雄", "南溪省第十二届人民代表大会常务委员会委员", None),
            ("other", "邵同立", "南溪省第十二届人民代表大会常务委员会委员", None),
            ("other", "葛砚秋", "南溪省第十二届人民代表大会常务委员会委员", None),
            ("other", "曹建新", "南溪省第十二届人民代表大会常务委员会委员", None),
        ],
    ),
    "officers_elected_after_the_society_s_committee_is_named": (
        "2021年5月20日，第六次南溪市归侨侨眷代表大会在南溪举行，大会选举产生南溪市归国华侨联合会第六届委员会新一届领导机构。韩斌当选主席，邵志刚、葛振龙当选副主席。",
        [
            ("other", "韩斌", "南溪市归国华侨联合会第六届委员会主席", "2021-05-20"),
            ("other", "邵志刚", "南溪市归国华侨联合会第六届委员会副主席", "2021-05-20"),
            ("other", "葛振龙", "南溪市归国华侨联合会第六届委员会副主席", "2021-05-20"),
        ],
    ),
    "removed_from_a_post_of_a_county_of_one_character": (
        "市地税局作出决定：免去韩亮生临县地税局局长职务；免去邵德明沛县财政局副局长职务。",
        [
            ("remove", "韩亮生", "临县地税局局长", None),
            ("remove", "邵德明", "沛县财政局副局长", None),
        ],
    ),
    "officers_of_a_leadership_told_as_elected": (
        "南溪市作家协会第三次会员代表大会选举产生了新一届领导班子，韩明任主席，邵红任副主席。",
        [
            ("other", "韩明", "南溪市作家协会主席", None),
            ("other", "邵红", "南溪市作家协会副主席", None),
        ],
    ),
    "names_cut_by_commas_in_every_frame": (
        "会议决定免去韩明，邵红和葛平的南溪县人民政府副县长职务。经研究，曹立，蒋莉同志任南溪县财政局副局长。",
        [
            ("remove", "韩明", "南溪县人民政府副县长", None),
            ("remove", "邵红", "南溪县人民政府副县长", None),
            ("remove", "葛平", "南溪县人民政府副县长", None),
            ("appoint", "曹立", "南溪县财政局副局长", None),
            ("appoint", "蒋莉", "南溪县财政局副局长", None),
        ],
    ),
    "items_numbered_in_brackets_without_stops": (
        "南溪县人民政府关于韩明等同志职务任免的通知\n经研究，决定：\n（一）任命韩明为南溪县财政局局长\n（二）免去邵红的南溪县教育局副局长职务\n（三）葛平同志任南溪县审计局局长\n南溪县人民政府\n2024年3月1日",
        [
            ("appoint", "韩明", "南溪县财政局局长", "2024-03-01"),
            ("remove", "邵红", "南溪县教育局副局长", "2024-03-01"),
            ("appoint", "葛平", "南溪县审计局局长", "2024-03-01"),
        ],
    ),
    "a_place_opening_with_qian_after_a_verb": (
        "经研究决定：韩刚同志担任前海管理局局长；邵明出任前进区区长。",
        [
            ("appoint", "韩刚", "前海管理局局长", None),
            ("appoint", "邵明", "前进区区长", None),
        ],
    ),
    "a_name_ending_before_a_bare_county_post": (
        "县人民政府决定：免去韩建兴县财政局局长职务。",
        [
            ("remove", "韩建兴", "县财政局局长", None),
        ],
    ),
    "a_former_head_handing_over": (
        "南溪县人民医院原院长韩刚将工作交接给新任院长邵洋。",
        [
            ("appoint", "邵洋", "南溪县人民医院院长", None),
            ("remove", "韩刚", "南溪县人民医院院长", None),
        ],
    ),
    "a_decision_announced_after_an_election": (
        "大会选举产生了新一届领导班子，会后宣布了县委决定：韩刚任县委副书记。",
        [
            ("appoint", "韩刚", "县委副书记", None),
        ],
    ),
    "a_society_s_congress_elects_its_officers": (
        "南溪市作家协会第五次会员代表大会选举韩明为主席，邵红、葛强为副主席。",
        [
            ("other", "韩明", "南溪市作家协会主席", None),
            ("other", "邵红", "南溪市作家协会副主席", None),
            ("other", "葛强", "南溪市作家协会副主席", None),
        ],
    ),
    "acting_head_by_a_notice_s_comrade": (
        "南溪县十三届人大常委会第四次会议决定：韩永同志代理南溪县人民政府县长。",
        [
            ("appoint", "韩永", "南溪县人民政府代理县长", None),
        ],
    ),
    "officers_of_the_first_term_of_the_body_meeting": (
        "2024年6月25日，南溪县石桥镇红十字会召开成立大会暨第一次会员代表大会。随即召开第一届理事会第一次会议，选举韩代玉同志为第一届红十字会会长，邵旭东同志为副会长。",
        [
            ("other", "韩代玉", "南溪县石桥镇红十字会会长", "2024-06-25"),
            ("other", "邵旭东", "南溪县石桥镇红十字会副会长", "2024-06-25"),
        ],
    ),
    "rows_of_a_name_and_its_own_post_under_a_general_heading": (
        "关于聘任学院院长的通知\n经学校研究决定，聘任以下同志为学院院长：\n谭明远  化学化工学院院长"
        "\n彭丽君  外国语学院院长\n以上同志聘期四年。\n某某大学\n2021年9月6日",
        [
            ("appoint", "谭明远", "化学化工学院院长", "2021-09-06"),
            ("appoint", "彭丽君", "外国语学院院长", "2021-09-06"),
        ],
    ),
    "a_place_named_before_its_back_reference": (
        "据湘潭市委组织部消息，该市副市长龙国华已调任湘潭市委政法委书记。",
        [
            ("appoint", "龙国华", "湘潭市委政法委书记", None),
            ("remove", "龙国华", "湘潭市副市长", None),
        ],
    ),
    "a_county_named_before_its_back_reference": (
        "记者从浏阳市获悉，胡卫东已任该市副市长，分管农业农村工作。",
        [
            ("appoint", "胡卫东", "浏阳市副市长", None),
        ],
    ),
    "rows_of_a_name_and_who_he_is_at_a_university": (
        "聘任下列同志为湖南省人民政府参事：\n邹建平  湘潭大学教授"
        "\n曾晓红  中南大学湘雅医院主任医师\n聘期五年。",
        [
            ("appoint", "邹建平", "湖南省人民政府参事", None),
            ("appoint", "曾晓红", "湖南省人民政府参事", None),
        ],
    ),
    "a_described_official_announcing_his_resignation_of_a_post": (
        "衡阳市副市长周志勇今日宣布辞去副市长职务，将赴外地工作。",
        [
            ("other", "周志勇", "衡阳市副市长", None),
        ],
    ),
    "a_described_official_resigning_his_posts_unnamed": (
        "湘江集团董事长邓国庆因个人原因辞去所任职务，董事会已接受其辞职。",
        [
            ("other", "邓国庆", "湘江集团董事长", None),
        ],
    ),
    "a_described_chairman_announcing_he_resigns": (
        "昨日，湘江集团董事长邓国庆宣布辞职。",
        [
            ("other", "邓国庆", "湘江集团董事长", None),
        ],
    ),
    "a_party_membership_and_a_dateline_before_the_described_post": (
        "（中央社記者林雅婷新竹25日電）國民黨籍新竹縣議長張志雄今天宣布請辭議長職務。",
        [
            ("other", "張志雄", "新竹縣議長", None),
        ],
    ),
    "taking_over_the_post_of_the_one_succeeded": (
        "经研究，由万国栋接替罗立新的邵阳市财政局局长职务。",
        [
            ("appoint", "万国栋", "邵阳市财政局局长", None),
        ],
    ),
    "taking_up_the_post_of_the_one_succeeded_after_jieren": (
        "据悉，万国栋接任罗立新的邵阳市财政局局长职务。",
        [
            ("appoint", "万国栋", "邵阳市财政局局长", None),
        ],
    ),
    "succeeding_one_described_then_taking_the_post": (
        "万国栋接替已到龄退休的罗立新任邵阳市财政局局长。",
        [
            ("appoint", "万国栋", "邵阳市财政局局长", None),
        ],
    ),
    "a_space_between_the_name_and_tongzhi": (
        "经研究，决定：\n秦海波 同志任常德市交通运输局局长；\n"
        "喻\u3000红\u3000同志任常德市交通运输局副局长。\n常德市人民政府\n2023年5月9日",
        [
            ("appoint", "秦海波", "常德市交通运输局局长", "2023-05-09"),
            ("appoint", "喻红", "常德市交通运输局副局长", "2023-05-09"),
        ],
    ),
    "a_full_width_space_after_the_verb_and_before_wei": (
        "\u3000\u3000经市人民政府研究，决定：\n\u3000\u3000任命\u3000廖志坚\u3000为郴州市水利局局长；\n"
        "\u3000\u3000免去\u3000曹\u3000敏\u3000的郴州市水利局局长职务。\n\u3000\u3000郴州市人民政府\n"
        "\u3000\u30002022年8月30日",
        [
            ("appoint", "廖志坚", "郴州市水利局局长", "2022-08-30"),
            ("remove", "曹敏", "郴州市水利局局长", "2022-08-30"),
        ],
    ),
    "a_name_of_three_spaced_out_to_a_cell": (
        "\u3000\u3000市人民政府决定任命：\n\u3000\u3000龚\u3000立\u3000新\u3000\u3000岳阳市商务局局长\n"
        "\u3000\u3000钟\u3000小\u3000梅\u3000\u3000岳阳市商务局副局长\n\u3000\u3000岳阳市人民政府\n\u3000\u30002023年7月3日",
        [
            ("appoint", "龚立新", "岳阳市商务局局长", "2023-07-03"),
            ("appoint", "钟小梅", "岳阳市商务局副局长", "2023-07-03"),
        ],
    ),
    "a_name_of_three_spaced_out_before_wei": (
        "任命\n龚\u3000立\u3000新\u3000为岳阳市商务局局长；\n钟\u3000小\u3000梅\u3000为岳阳市商务局副局长。",
        [
            ("appoint", "龚立新", "岳阳市商务局局长", None),
            ("appoint", "钟小梅", "岳阳市商务局副局长", None),
        ],
    ),
    "a_surname_that_is_a_word_too_right_after_the_verb": (
        "会议决定任命代晓峰为鹤峰县人民政府副县长，免去代文军的鹤峰县财政局局长职务。",
        [
            ("appoint", "代晓峰", "鹤峰县人民政府副县长", None),
            ("remove", "代文军", "鹤峰县财政局局长", None),
        ],
    ),
    "mongolian_names_opening_with_na_in_a_list": (
        "会议任命那木拉为扎鲁特旗人民政府副旗长，那仁高娃为扎鲁特旗卫生健康委员会主任。",
        [
            ("appoint", "那木拉", "扎鲁特旗人民政府副旗长", None),
            ("appoint", "那仁高娃", "扎鲁特旗卫生健康委员会主任", None),
        ],
    ),
    "a_minority_name_parted_by_a_katakana_middle_dot": (
        "（2022年9月28日自治区第十三届人民代表大会常务委员会第三十五次会议通过）\n"
        "任命阿不都热依木・托合提为新疆维吾尔自治区人民检察院检察员。",
        [
            ("appoint", "阿不都热依木・托合提", "新疆维吾尔自治区人民检察院检察员", "2022-09-28"),
        ],
    ),
    "a_list_of_names_holding_one_parted_by_a_hyphenation_point": (
        "大会选举吐尔逊‧买买提、王建华、古丽娜尔‧艾山为自治区政协副主席。",
        [
            ("other", "吐尔逊‧买买提", "自治区政协副主席", None),
            ("other", "王建华", "自治区政协副主席", None),
            ("other", "古丽娜尔‧艾山", "自治区政协副主席", None),
        ],
    ),
    "a_name_of_three_ending_in_xin_after_a_title_before_ren": (
        "4月12日，溧水区召开领导干部大会，宣布市委决定：区委副书记、区长钱卫新任中共南京市溧水区委书记。",
        [
            ("appoint", "钱卫新", "中共南京市溧水区委书记", None),
        ],
    ),
    "a_new_holder_seen_for_the_first_time": (
        "9月3日，新任江西省副省长史文亮相省政府常务会议。",
        [
            ("appoint", "史文", "江西省副省长", None),
        ],
    ),
    "a_rare_surname_addressed_as_xiansheng_in_the_slot": (
        "公司第四届董事会第十二次会议审议通过，同意聘任禚华先生为公司副总经理。",
        [
            ("appoint", "禚华", "公司副总经理", None),
        ],
    ),
    "gaiyuan_after_a_procuratorate_in_a_congress_list": (
        "任命：\n向东为来凤县人民检察院副检察长；\n彭丽为该院检察委员会委员、检察员。",
        [
            ("appoint", "向东", "来凤县人民检察院副检察长", None),
            ("appoint", "彭丽", "来凤县人民检察院检察委员会委员", None),
            ("appoint", "彭丽", "来凤县人民检察院检察员", None),
        ],
    ),
    "benyuan_in_a_courts_proposal": (
        "来凤县人民法院关于提请任免审判人员职务的议案\n来凤县人大常委会：\n"
        "因工作需要，提请任命田军为本院审判员。\n请予审议。\n来凤县人民法院院长\u3000覃明\n"
        "2023年8月21日",
        [
            ("nominate_appoint", "田军", "来凤县人民法院审判员", "2023-08-21"),
        ],
    ),
    "the_last_item_of_a_list_above_a_signature_and_its_date": (
        "任命：\n谭志刚为五峰土家族自治县林业局局长\n向丽为五峰土家族自治县统计局局长\n"
        "五峰土家族自治县人大常委会\n2023年11月28日",
        [
            ("appoint", "谭志刚", "五峰土家族自治县林业局局长", "2023-11-28"),
            ("appoint", "向丽", "五峰土家族自治县统计局局长", "2023-11-28"),
        ],
    ),
    "removals_numbered_in_brackets_without_stops": (
        "（2022年12月27日遵义市第七届人民代表大会常务委员会第八次会议通过）\n"
        "免去：\n（一）敖志勇的遵义市人民政府副秘书长职务\n"
        "（二）冉晓梅的遵义市中级人民法院审判员职务",
        [
            ("remove", "敖志勇", "遵义市人民政府副秘书长", "2022-12-27"),
            ("remove", "冉晓梅", "遵义市中级人民法院审判员", "2022-12-27"),
        ],
    ),
    "numbered_rows_of_a_name_and_a_post_under_the_verb": (
        "关于殷晓东等同志职务任免的通知\n经县政府研究，决定：\n任命：\n"
        "1、殷晓东\u3000县住房和城乡建设局副局长\n2、管丽\u3000县商务局副局长\n免去：\n"
        "1、柯建华\u3000县商务局副局长职务\n怀宁县人民政府\n2023年6月19日",
        [
            ("appoint", "殷晓东", "县住房和城乡建设局副局长", "2023-06-19"),
            ("appoint", "管丽", "县商务局副局长", "2023-06-19"),
            ("remove", "柯建华", "县商务局副局长", "2023-06-19"),
        ],
    ),
    "rows_numbered_by_circled_numbers": (
        "关于任免干部的通知\n经研究决定：\n任命：\n①欧阳平\u3000经开区管委会财政金融局局长\n"
        "②卜小燕\u3000经开区管委会招商服务局副局长\n2022年9月6日",
        [
            ("appoint", "欧阳平", "经开区管委会财政金融局局长", "2022-09-06"),
            ("appoint", "卜小燕", "经开区管委会招商服务局副局长", "2022-09-06"),
        ],
    ),
    "a_townships_short_heads_ren_and_mian": (
        "关于殷晓东等同志职务任免的通知\n经镇党委研究决定：\n任：\n"
        "殷晓东为镇综合行政执法队队长；\n免：\n柯建华的镇综合行政执法队队长职务。\n"
        "中共石牌镇委员会\n2023年4月10日",
        [
            ("appoint", "殷晓东", "镇综合行政执法队队长", "2023-04-10"),
            ("remove", "柯建华", "镇综合行政执法队队长", "2023-04-10"),
        ],
    ),
    "a_proposal_the_meeting_adopted_is_the_act": (
        "会议审议通过了恩施市人民政府市长关于提请任命符建华为恩施市水利和湖泊局局长的议案。",
        [
            ("appoint", "符建华", "恩施市水利和湖泊局局长", None),
        ],
    ),
    "a_proposals_signer_with_his_body_is_no_nominee": (
        "关于提请免去覃玉梅来凤县人民法院审判员职务的议案\n来凤县人大常委会：\n"
        "覃玉梅因退休，提请免去其来凤县人民法院审判员职务。\n来凤县人民法院院长\u3000向军\n"
        "2023年5月8日",
        [
            ("nominate_remove", "覃玉梅", "来凤县人民法院审判员", "2023-05-08"),
        ],
    ),
    "taken_up_daoren_with_the_post_after_it": (
        "据九江市人民政府网站消息，邵国平已到任九江市人民政府副市长。",
        [
            ("appoint", "邵国平", "九江市人民政府副市长", None),
        ],
    ),
    "huo_weiren_without_wei": (
        "前運輸署副署長李志偉獲委任機電工程署署長。",
        [
            ("appoint", "李志偉", "機電工程署署長", None),
        ],
    ),
    "weiren_then_xuren_after_the_name": (
        "澳门特区政府公布，行政长官委任何志坚续任澳门海关关长。",
        [
            ("appoint", "何志坚", "澳门海关关长", None),
        ],
    ),
    "zhengshi_ren_in_news_is_an_appointment": (
        "日前，翟建新正式任许昌市人民政府市长。",
        [
            ("appoint", "翟建新", "许昌市人民政府市长", None),
        ],
    ),
    "a_surname_that_is_a_word_too_alone_before_ren": (
        "近日，代永平任遂宁市人民政府副市长。",
        [
            ("appoint", "代永平", "遂宁市人民政府副市长", None),
        ],
    ),
    "a_term_after_the_post_in_a_headline": (
        "區偉明獲委任醫院管理局主席 為期兩年\n\n更多新聞\n",
        [
            ("appoint", "區偉明", "醫院管理局主席", None),
        ],
    ),
    "qiantian_right_after_a_dateline_with_its_year": (
        "衡阳日报2023年11月30日讯 前天，衡阳市第十六届人大常委会第十六次会议决定，"
        "任命彭建国为衡阳市人民政府副市长。",
        [
            ("appoint", "彭建国", "衡阳市人民政府副市长", "2023-11-28"),
        ],
    ),
    "qianri_under_a_timestamp": (
        "2023-07-12 09:30\n前日，郴州市人大常委会决定任命雷志刚为郴州市人民政府副市长。",
        [
            ("appoint", "雷志刚", "郴州市人民政府副市长", "2023-07-10"),
        ],
    ),
    "a_source_and_date_in_a_bracket_closing_the_paragraph": (
        "6月27日，邵阳市第十七届人大常委会第十一次会议决定，"
        "任命曾立新为邵阳市人民政府副市长。（2023-06-28 来源：邵阳新闻网）",
        [
            ("appoint", "曾立新", "邵阳市人民政府副市长", "2023-06-27"),
        ],
    ),
    "tongri_after_a_sentence_with_its_full_date": (
        "2022年8月26日，公司董事会收到副总经理蒋立平的书面辞职报告。同日，公司董事会决定聘任钟晓东为湘电集团有限公司副总经理。",
        [
            ("other", "蒋立平", "湘电集团有限公司副总经理", "2022-08-26"),
            ("appoint", "钟晓东", "湘电集团有限公司副总经理", "2022-08-26"),
        ],
    ),
    "yuanyue_in_a_signing_date": (
        "任命龙建平为株洲市人民政府副秘书长。\n株洲市人民政府\n二〇二二年元月十日",
        [
            ("appoint", "龙建平", "株洲市人民政府副秘书长", "2022-01-10"),
        ],
    ),
    "jiri_shengxiao_dated_by_the_press_release_foot": (
        "特區政府宣布，委任黃志光為公務員事務局副局長，即日生效。\n2023年4月3日（星期一）",
        [
            ("appoint", "黃志光", "公務員事務局副局長", "2023-04-03"),
        ],
    ),
    "an_election_told_before_a_post_and_its_colon": (
        "来凤县绿水镇第十届人民代表大会第一次会议选举产生了绿水镇人民政府镇长：覃建平；"
        "副镇长：田秀英、向宏。",
        [
            ("other", "覃建平", "绿水镇人民政府镇长", None),
            ("other", "田秀英", "绿水镇人民政府副镇长", None),
            ("other", "向宏", "绿水镇人民政府副镇长", None),
        ],
    ),
    "an_election_of_one_supervisory_head_before_a_colon": (
        "翼城县第十七届人民代表大会第一次会议选举产生了翼城县监察委员会主任：郭立新。",
        [
            ("other", "郭立新", "翼城县监察委员会主任", None),
        ],
    ),
    "posts_and_their_new_holders_under_a_heading_of_changes": (
        "近日，经市委研究决定，以下同志职务调整：\n永州市委副秘书长：唐国华\n"
        "永州市委办公室副主任：蒋丽、周建军",
        [
            ("appoint", "唐国华", "永州市委副秘书长", None),
            ("appoint", "蒋丽", "永州市委办公室副主任", None),
            ("appoint", "周建军", "永州市委办公室副主任", None),
        ],
    ),
    "gaiting_after_a_department_named": (
        "据湖南省民政厅网站更新，谢立群已任该厅副厅长。",
        [
            ("appoint", "谢立群", "湖南省民政厅副厅长", None),
        ],
    ),
    "gaiwei_after_a_commission_whose_name_holds_he": (
        "据湖南省发展和改革委员会网站消息，谢立群已任该委副主任。",
        [
            ("appoint", "谢立群", "湖南省发展和改革委员会副主任", None),
        ],
    ),
    "gai_zhongxin_after_a_centre_named": (
        "据长沙市政务服务中心消息，谢立群已任该中心主任。",
        [
            ("appoint", "谢立群", "长沙市政务服务中心主任", None),
        ],
    ),
    "gaixiao_after_a_university_of_finance": (
        "据江西财经大学官网消息，谢立群已任该校副校长。",
        [
            ("appoint", "谢立群", "江西财经大学副校长", None),
        ],
    ),
    "gongsi_after_a_group_company_with_its_bracket": (
        "据报道，中国太平保险（集团）公司副总经理孙建平因个人原因辞去公司副总经理职务。",
        [
            ("other", "孙建平", "中国太平保险（集团）公司副总经理", None),
        ],
    ),
    "a_papers_dateline_before_the_company_announcing": (
        "证券时报讯 湘电集团5月8日晚间公告，董事会聘任胡新保为公司总裁。",
        [
            ("appoint", "胡新保", "湘电集团总裁", None),
        ],
    ),
    "gaihang_after_a_branch_named": (
        "日前，中国建设银行召开干部会议，宣布总行党委决定：杨立新同志任中国建设银行湖南省分行行长，"
        "免去陈国平同志的该行行长职务。",
        [
            ("appoint", "杨立新", "中国建设银行湖南省分行行长", None),
            ("remove", "陈国平", "中国建设银行湖南省分行行长", None),
        ],
    ),
    "xuexiao_under_a_party_committees_signature": (
        "经学校党委研究决定：\n彭立新同志任学校党委组织部部长；\n"
        "免去汤建华同志的学校党委组织部部长职务。\n中共湘潭大学委员会\n2023年6月2日",
        [
            ("appoint", "彭立新", "湘潭大学党委组织部部长", "2023-06-02"),
            ("remove", "汤建华", "湘潭大学党委组织部部长", "2023-06-02"),
        ],
    ),
    "a_letter_of_resignation_then_words_on_it_naming_no_post": (
        "湖南华菱钢铁股份有限公司（以下简称“公司”）董事会于近日收到公司副总经理彭志刚先生提交的书面辞职报告。彭志刚先生因个人原因申请辞职，辞职后不再担任公司任何职务。\n"
        "湖南华菱钢铁股份有限公司董事会\n2023年9月12日",
        [
            ("other", "彭志刚", "湖南华菱钢铁股份有限公司副总经理", "2023-09-12"),
        ],
    ),
    "deputies_whose_mandates_ended_under_their_post_line": (
        "根据代表法第四十九条规定，下列代表的代表资格终止：\n"
        "醴陵市第十八届人民代表大会代表\n易志强（因调离本行政区域）\n文丽（因辞职）\n"
        "截至目前，醴陵市第十八届人民代表大会实有代表262名。",
        [
            ("other", "易志强", "醴陵市第十八届人民代表大会代表", None),
            ("other", "文丽", "醴陵市第十八届人民代表大会代表", None),
        ],
    ),
    "guard_numbered_items_with_a_wide_space_after_the_verb": (
        "一、任命\u3000罗志刚为株洲市审计局局长。\n二、免去\u3000邹平的株洲市民政局局长职务。",
        [
            ("appoint", "罗志刚", "株洲市审计局局长", None),
            ("remove", "邹平", "株洲市民政局局长", None),
        ],
    ),
    "guard_rows_saying_who_they_are_under_a_full_post": (
        "兹聘任下列同志为湖南省人民政府文史研究馆馆员：\n罗志刚\u3000湖南图书馆研究馆员\n"
        "邹平\u3000湖南省博物馆研究馆员",
        [
            ("appoint", "罗志刚", "湖南省人民政府文史研究馆馆员", None),
            ("appoint", "邹平", "湖南省人民政府文史研究馆馆员", None),
        ],
    ),
    "guard_gaishi_the_deciding_bodys_place_not_the_persons": (
        "湘潭市人大常委会任命原株洲市财政局局长罗志刚为该市财政局局长。",
        [
            ("appoint", "罗志刚", "湘潭市财政局局长", None),
        ],
    ),
    "guard_qian_ri_ben_is_former_not_a_day": (
        "2024年3月8日，前日本驻华大使罗志刚出任某基金会理事长。",
        [
            ("appoint", "罗志刚", "某基金会理事长", "2024-03-08"),
        ],
    ),
    "a_notice_before_appointment_with_ni_tiba_wei": (
        "任前公示\n"
        "谭立军，男，1980年5月生，现任湘潭大学材料科学与工程学院副院长，"
        "拟提拔为湘潭大学材料科学与工程学院院长。\n"
        "中共湘潭大学委员会组织部\n2023年7月3日",
        [
            ("nominate_appoint", "谭立军", "湘潭大学材料科学与工程学院院长", "2023-07-03"),
        ],
    ),
    "a_notice_before_appointment_with_ni_tiren_and_ni_renyong_wei": (
        "干部任前公示\n"
        "1. 邹海峰，男，1982年4月生，现任株洲市芦淞区发展和改革局副局长，"
        "拟提任株洲市芦淞区统计局局长。\n"
        "2. 易晓婷，女，1987年10月生，现任株洲市芦淞区财政局办公室主任，"
        "拟任用为株洲市芦淞区财政局副局长。\n"
        "中共株洲市芦淞区委组织部\n2023年9月4日",
        [
            ("nominate_appoint", "邹海峰", "株洲市芦淞区统计局局长", "2023-09-04"),
            ("nominate_appoint", "易晓婷", "株洲市芦淞区财政局副局长", "2023-09-04"),
        ],
    ),
    "table_rows_with_short_act_cells_under_their_header": (
        "衡阳市人民政府任免人员名单\n（2023年5月16日）\n任免\t姓名\t职务\n"
        "任\t彭立军\t衡阳市水利局局长\n免\t蒋伟\t衡阳市水利局局长",
        [
            ("appoint", "彭立军", "衡阳市水利局局长", "2023-05-16"),
            ("remove", "蒋伟", "衡阳市水利局局长", "2023-05-16"),
        ],
    ),
    "table_rows_of_act_name_and_post_with_no_header": (
        "（2023年5月16日市人民政府常务会议决定）\n"
        "任命 | 彭立军 | 衡阳市水利局局长\n免去 | 蒋伟 | 衡阳市水利局局长职务",
        [
            ("appoint", "彭立军", "衡阳市水利局局长", "2023-05-16"),
            ("remove", "蒋伟", "衡阳市水利局局长", "2023-05-16"),
        ],
    ),
    "a_rare_surname_in_the_name_cell_under_old_and_new_post_columns": (
        "衡阳市人民政府任免名单\n姓名\t原任职务\t新任职务\n"
        "毋立新\t衡阳市科学技术局副局长\t衡阳市科学技术局局长",
        [
            ("appoint", "毋立新", "衡阳市科学技术局局长", None),
        ],
    ),
    "a_table_row_continuing_the_person_above_with_its_name_cell_empty": (
        "任免名单\n姓名 | 任免职务\n彭立军 | 任衡阳市水利局局长\n"
        "\u3000\u3000\u3000 | 免去衡阳市水利局副局长职务\n蒋伟 | 任衡阳市水利局副局长\n"
        "衡阳市人民政府\n2023年5月16日",
        [
            ("appoint", "彭立军", "衡阳市水利局局长", "2023-05-16"),
            ("remove", "彭立军", "衡阳市水利局副局长", "2023-05-16"),
            ("appoint", "蒋伟", "衡阳市水利局副局长", "2023-05-16"),
        ],
    ),
    "er_joining_the_clause_of_the_one_appointed": (
        "華潤置地有限公司（「本公司」）董事會宣佈，黃志明先生已辭任本公司財務總監，"
        "而梁家豪先生獲委任為本公司財務總監。",
        [
            ("other", "黃志明", "華潤置地有限公司財務總監", None),
            ("appoint", "梁家豪", "華潤置地有限公司財務總監", None),
        ],
    ),
    "markdown_bold_marks_left_in_a_notice": (
        "**经研究，决定：**\n**任命**邹立军为岳阳市人民政府副秘书长；\n"
        "**免去**易敏的岳阳市人民政府副秘书长职务。\n岳阳市人民政府\n"
        "2023年6月14日",
        [
            ("appoint", "邹立军", "岳阳市人民政府副秘书长", "2023-06-14"),
            ("remove", "易敏", "岳阳市人民政府副秘书长", "2023-06-14"),
        ],
    ),
    "a_source_tag_inside_a_sentence": (
        "经研究，决定任命龙小东为岳阳市岳阳楼区人民政府副区长【来源：岳阳网】，"
        "免去彭丽的岳阳市岳阳楼区人民政府副区长职务。\n"
        "岳阳市人民政府\n2023年3月9日",
        [
            ("appoint", "龙小东", "岳阳市岳阳楼区人民政府副区长", "2023-03-09"),
            ("remove", "彭丽", "岳阳市岳阳楼区人民政府副区长", "2023-03-09"),
        ],
    ),
    "a_hong_kong_signature_by_order_of_the_board": (
        "本公司董事會宣佈，自二〇二三年九月一日起，葉志強先生獲委任為本公司執行董事。\n"
        "承董事會命\n華潤置地有限公司\n主席\u3000李家明\n香港，二〇二三年八月三十日",
        [
            ("appoint", "葉志強", "華潤置地有限公司執行董事", "2023-08-30"),
        ],
    ),
    "you_old_post_tiren_new_post": (
        "近日，黄立军由岳阳市副市长提任岳阳市常务副市长。",
        [
            ("remove", "黄立军", "岳阳市副市长", None),
            ("appoint", "黄立军", "岳阳市常务副市长", None),
        ],
    ),
    "the_next_list_verb_on_its_own_line_after_a_name_line": (
        "桃源县人大常委会任免名单\n任命：\n桃源县人民检察院检察员\n\u3000\u3000罗海燕\n"
        "\u3000\u3000覃立新\n免去：\n桃源县人民检察院检察员\n\u3000\u3000彭国庆",
        [
            ("appoint", "罗海燕", "桃源县人民检察院检察员", None),
            ("appoint", "覃立新", "桃源县人民检察院检察员", None),
            ("remove", "彭国庆", "桃源县人民检察院检察员", None),
        ],
    ),
    "a_post_line_over_names_spaced_on_one_line_and_a_post_with_zhiwu": (
        "桃源县人大常委会任免名单\n任命：\n桃源县人民检察院检察员\n"
        "\u3000\u3000罗海燕\u3000覃立军\u3000宋文斌\n免去：\n桃源县人民检察院检察员职务\n\u3000\u3000彭国庆",
        [
            ("appoint", "罗海燕", "桃源县人民检察院检察员", None),
            ("appoint", "覃立军", "桃源县人民检察院检察员", None),
            ("appoint", "宋文斌", "桃源县人民检察院检察员", None),
            ("remove", "彭国庆", "桃源县人民检察院检察员", None),
        ],
    ),
    "a_hired_roster_title_over_rows_of_names_and_who_they_are": (
        "湖南省人民政府关于聘任省政府参事的通知\n聘任湖南省人民政府参事名单\n"
        "龙建国（女）\u3000湖南大学教授\n彭秀英\u3000\u3000\u3000\u3000中南大学教授\n湖南省人民政府\n"
        "2022年6月1日",
        [
            ("appoint", "龙建国", "湖南省人民政府参事", "2022-06-01"),
            ("appoint", "彭秀英", "湖南省人民政府参事", "2022-06-01"),
        ],
    ),
    "guard_a_header_with_a_party_column_is_a_header": (
        "序号|姓名|党派|任命职务\n1|邹华|民盟|岳阳市教育局副局长\n2|彭立|九三学社|岳阳市科技局副局长",
        [
            ("appoint", "邹华", "岳阳市教育局副局长", None),
            ("appoint", "彭立", "岳阳市科技局副局长", None),
        ],
    ),
    "guard_qianri_before_a_verb_after_a_dateline": (
        "新华网2024年6月12日电 国务院前日任命邹华为水利部副部长。",
        [
            ("appoint", "邹华", "水利部副部长", "2024-06-10"),
        ],
    ),
    "guard_gaishi_the_clauses_own_place_not_a_sources": (
        "记者从湘潭市获悉，株洲市人大常委会日前任命邹华为该市副市长。",
        [
            ("appoint", "邹华", "株洲市副市长", None),
        ],
    ),
    "guard_rows_own_posts_under_a_heading_of_each_colleges_head": (
        "任命下列同志为各学院院长：\n邹强\u3000机械工程学院院长\n彭明\u3000化学学院院长",
        [
            ("appoint", "邹强", "机械工程学院院长", None),
            ("appoint", "彭明", "化学学院院长", None),
        ],
    ),
    "a_roc_year_in_numerals": (
        "總統令\u3000中華民國一一三年五月二十日\n任命林志明為內政部政務次長。\n總統\u3000賴清德\n"
        "行政院院長\u3000卓榮泰",
        [
            ("appoint", "林志明", "內政部政務次長", "2024-05-20"),
        ],
    ),
    "tuiren_a_hong_kong_companys_officer_leaving": (
        "華潤置地有限公司（「本公司」）董事會宣佈，黃志明先生已退任本公司行政總裁一職，"
        "而梁家豪先生獲委任為本公司行政總裁。",
        [
            ("remove", "黃志明", "華潤置地有限公司行政總裁", None),
            ("appoint", "梁家豪", "華潤置地有限公司行政總裁", None),
        ],
    ),
    "a_courts_division_named_bare_after_the_court": (
        "任命周建国为衡南县人民法院副院长，彭丽为执行局局长；免去彭丽的民事审判第二庭庭长职务。",
        [
            ("appoint", "周建国", "衡南县人民法院副院长", None),
            ("appoint", "彭丽", "衡南县人民法院执行局局长", None),
            ("remove", "彭丽", "衡南县人民法院民事审判第二庭庭长", None),
        ],
    ),
    "a_procuratorates_department_named_bare_after_it": (
        "任命邹海为醴陵市人民检察院检察委员会委员，易青为第一检察部主任。",
        [
            ("appoint", "邹海", "醴陵市人民检察院检察委员会委员", None),
            ("appoint", "易青", "醴陵市人民检察院第一检察部主任", None),
        ],
    ),
    "own_court_in_a_proposal_citing_the_courts_law": (
        "关于提请任命谭小兵等同志职务的议案\n\n耒阳市人民代表大会常务委员会：\n"
        "\u3000\u3000根据《中华人民共和国人民法院组织法》和《中华人民共和国法官法》的规定，提请任命：\n"
        "\u3000\u3000谭小兵为本院立案庭庭长；\n\u3000\u3000龙晓燕为本院审判员。\n\u3000\u3000请予审议。\n\n"
        "\u3000\u3000\u3000\u3000耒阳市人民法院院长\u3000欧阳平\n\u3000\u3000\u3000\u30002023年9月12日",
        [
            ("nominate_appoint", "谭小兵", "耒阳市人民法院立案庭庭长", "2023-09-12"),
            ("nominate_appoint", "龙晓燕", "耒阳市人民法院审判员", "2023-09-12"),
        ],
    ),
    "own_procuratorate_in_a_proposal_citing_its_law": (
        "根据《人民检察院组织法》的有关规定，提请任命万强为本院检察员。\n\n安仁县人民检察院\n2023年10月9日",
        [
            ("nominate_appoint", "万强", "安仁县人民检察院检察员", "2023-10-09"),
        ],
    ),
    "proposed_moves_in_a_notice_before_appointment": (
        "中共德清县委组织部干部任前公示\n现将拟任职干部公示如下：\n"
        "朱海峰，男，1981年9月生，现任德清县新市镇副镇长，拟转任德清县农业农村局副局长；\n"
        "蒋晓琳，女，1987年3月生，现任德清县雷甸镇党委委员，拟交流任德清县禹越镇党委副书记；\n"
        "孙立，男，1984年11月生，现任德清县文化馆副馆长，拟任命为德清县图书馆馆长。\n"
        "中共德清县委组织部\n2024年6月11日",
        [
            ("nominate_appoint", "朱海峰", "德清县农业农村局副局长", "2024-06-11"),
            ("nominate_appoint", "蒋晓琳", "德清县禹越镇党委副书记", "2024-06-11"),
            ("nominate_appoint", "孙立", "德清县图书馆馆长", "2024-06-11"),
        ],
    ),
    "promoted_or_post_adjusted_in_a_notice": (
        "中共安吉县委关于许文军等同志职务调整的通知\n经县委研究决定：\n"
        "许文军同志提拔为安吉县住房和城乡建设局副局长；\n"
        "钱一鸣同志职务调整为安吉县统计局副局长。\n中共安吉县委\n2024年5月8日",
        [
            ("appoint", "许文军", "安吉县住房和城乡建设局副局长", "2024-05-08"),
            ("appoint", "钱一鸣", "安吉县统计局副局长", "2024-05-08"),
        ],
    ),
    "a_post_released_with_jiechu": (
        "经局党组研究决定，解除陶志远同志长兴县农业农村局农机站站长职务。\n长兴县农业农村局\n2024年8月20日",
        [
            ("remove", "陶志远", "长兴县农业农村局农机站站长", "2024-08-20"),
        ],
    ),
    "a_letter_of_resignation_handed_in_by_the_officer_described": (
        "关于公司董事会秘书辞职的公告\n"
        "公司董事会秘书柏立群女士因个人原因，向公司董事会提交了书面辞职报告。\n"
        "特此公告。\n江苏恒顺醋业股份有限公司董事会\n2023年11月6日",
        [
            ("other", "柏立群", "江苏恒顺醋业股份有限公司董事会秘书", "2023-11-06"),
        ],
    ),
    "a_letter_handed_in_then_the_posts_it_resigns": (
        "关于副总经理辞职的公告\n"
        "公司副总经理阚志刚先生于近日递交书面辞职报告，申请辞去公司副总经理职务，"
        "辞职后不在公司担任其他职务。\n"
        "特此公告。\n安徽古井贡酒股份有限公司董事会\n2023年8月2日",
        [
            ("other", "阚志刚", "安徽古井贡酒股份有限公司副总经理", "2023-08-02"),
        ],
    ),
    "a_company_whose_name_holds_de_named_by_its_heading": (
        "美的集团股份有限公司关于变更证券事务代表的公告\n"
        "公司董事会同意聘任甄文静女士为公司证券事务代表。\n特此公告。\n"
        "美的集团股份有限公司董事会\n2023年6月20日",
        [
            ("appoint", "甄文静", "美的集团股份有限公司证券事务代表", "2023-06-20"),
        ],
    ),
    "a_university_whose_name_opens_with_dui_named_by_its_signature": (
        "关于隋立新等同志职务聘任的通知\n"
        "经学校党委研究决定，隋立新同志任该校国际商学院院长。\n"
        "对外经济贸易大学\n2023年5月10日",
        [
            ("appoint", "隋立新", "对外经济贸易大学国际商学院院长", "2023-05-10"),
        ],
    ),
    "a_lead_word_before_a_company_opening_a_line_stays_out_of_its_name": (
        "经浙江医药股份有限公司董事会审议通过，聘任吴斌为公司副总经理。",
        [
            ("appoint", "吴斌", "浙江医药股份有限公司副总经理", None),
        ],
    ),
    "a_notices_title_in_quotes_names_its_issuer": (
        "会议宣读了《兰州理工大学关于庞欣同志任职的通知》，庞欣任该校副校长。",
        [
            ("appoint", "庞欣", "兰州理工大学副校长", None),
        ],
    ),
    "a_source_cited_before_a_banks_announcement_stays_out_of_its_name": (
        "据中信银行公告\n"
        "该行董事会近日收到副行长甘宇青的辞职报告，甘宇青因工作调整辞去该行副行长职务。\n"
        "2023年4月19日",
        [
            ("other", "甘宇青", "中信银行副行长", "2023-04-19"),
        ],
    ),
    "a_professional_rank_printed_after_the_name": (
        "关于聘任科室主任的通知\n"
        "经院党委会研究，决定聘任邝晓岚主任医师为心血管内科主任，聘任戚明副主任医师为急诊科副主任，"
        "聘期三年。\n"
        "广东省中医院\n2023年7月3日",
        [
            ("appoint", "邝晓岚", "心血管内科主任", "2023-07-03"),
            ("appoint", "戚明", "急诊科副主任", "2023-07-03"),
        ],
    ),
    "professional_ranks_after_the_names_of_a_lists_items": (
        "经学校研究，任命仲伟民研究员为有机化学研究所所长，聘任庞欣副研究员为材料学院副院长，"
        "滕岚副教授为材料学院院长助理。\n"
        "兰州理工大学\n2023年9月1日",
        [
            ("appoint", "仲伟民", "有机化学研究所所长", "2023-09-01"),
            ("appoint", "庞欣", "材料学院副院长", "2023-09-01"),
            ("appoint", "滕岚", "材料学院院长助理", "2023-09-01"),
        ],
    ),
    "he_after_a_lists_own_conjunction": (
        "任命李明、王芳和和丽华为玉龙县人民法院人民陪审员。",
        [
            ("appoint", "李明", "玉龙县人民法院人民陪审员", None),
            ("appoint", "王芳", "玉龙县人民法院人民陪审员", None),
            ("appoint", "和丽华", "玉龙县人民法院人民陪审员", None),
        ],
    ),
    "a_lecturer_resigning_a_bare_colleges_post": (
        "潘明讲师因个人原因辞去学院团委书记职务。",
        [
            ("other", "潘明", "学院团委书记", None),
        ],
    ),
    "a_post_the_letters_writer_keeps_is_not_resigned": (
        "公司董事、副总经理邵华先生于近日向公司董事会递交书面辞职报告，辞职后邵华先生仍担任公司董事。\n"
        "浙江医药股份有限公司董事会\n2023年8月18日",
        [
            ("other", "邵华", "浙江医药股份有限公司副总经理", "2023-08-18"),
        ],
    ),
    "a_town_after_an_office_stationed_there_is_left_to_the_text": (
        "邵华任石门县纪委监委驻皂市镇纪检监察组组长，免去其该镇纪委书记职务。",
        [
            ("appoint", "邵华", "石门县纪委监委驻皂市镇纪检监察组组长", None),
            ("remove", "邵华", "该镇纪委书记", None),
        ],
    ),
    "an_engineers_post_printed_after_the_name": (
        "聘任邵华副总工程师为公司总工程师，潘明总工程师为公司副总经理。\n浙江医药股份有限公司\n2023年8月18日",
        [
            ("appoint", "邵华", "浙江医药股份有限公司总工程师", "2023-08-18"),
            ("appoint", "潘明", "浙江医药股份有限公司副总经理", "2023-08-18"),
        ],
    ),
    "a_letters_writer_keeps_a_post_named_like_the_one_he_resigns": (
        "公司总经理邵华先生于近日向公司董事会递交书面辞职报告。辞职后，邵华先生仍担任公司控股子公司副总经理。\n"
        "浙江医药股份有限公司董事会\n2023年8月18日",
        [
            ("other", "邵华", "浙江医药股份有限公司总经理", "2023-08-18"),
        ],
    ),
    "a_letter_from_a_chairman_and_general_manager_by_ji": (
        "董事长暨总经理邵华先生于近日向公司董事会递交书面辞职报告。\n浙江医药股份有限公司董事会\n2023年8月18日",
        [
            ("other", "邵华", "浙江医药股份有限公司董事长", "2023-08-18"),
            ("other", "邵华", "浙江医药股份有限公司总经理", "2023-08-18"),
        ],
    ),
    "a_letter_removing_its_addressee": (
        "邵建华同志：\n经研究，决定免去你的石门县教育局副局长职务。\n中共石门县委组织部\n2023年3月1日",
        [
            ("remove", "邵建华", "石门县教育局副局长", "2023-03-01"),
        ],
    ),
    "diao_before_a_name_opening_with_ren": (
        "调任志强同志任石门县财政局局长。\n石门县人民政府\n2023年3月1日",
        [
            ("appoint", "任志强", "石门县财政局局长", "2023-03-01"),
        ],
    ),
    "a_stand_alone_institutes_own_centre": (
        "2023年6月2日，理论物理研究所召开干部大会，宣布庞欣任所长，滕岚任量子计算中心主任。",
        [
            ("appoint", "庞欣", "理论物理研究所所长", "2023-06-02"),
            ("appoint", "滕岚", "理论物理研究所量子计算中心主任", "2023-06-02"),
        ],
    ),
    "another_bodys_office_after_a_court_is_not_the_courts": (
        "任命覃立新为桃源县人民法院副院长，向红为财政局办公室主任。",
        [
            ("appoint", "覃立新", "桃源县人民法院副院长", None),
            ("appoint", "向红", "桃源县财政局办公室主任", None),
        ],
    ),
    "he_opens_the_last_name_of_a_list_with_no_verb_before_it": (
        "石鼓区人民政府\n2023年7月10日\n李春梅、杨丽、和晓东任石鼓区财政局副局长。",
        [
            ("appoint", "李春梅", "石鼓区财政局副局长", "2023-07-10"),
            ("appoint", "杨丽", "石鼓区财政局副局长", "2023-07-10"),
            ("appoint", "和晓东", "石鼓区财政局副局长", "2023-07-10"),
        ],
    ),
    "a_gazette_list_verb_run_into_the_article_it_acts_under": (
        "第1543號公告\n《消費者委員會條例》\n"
        "行政長官根據《消費者委員會條例》(第216章)第3條委任：\n"
        "(a) 梁子峯先生為消費者委員會主席；\n(b) 甘慧儀女士為消費者委員會委員。\n"
        "2023年12月29日",
        [
            ("appoint", "梁子峯", "消費者委員會主席", "2023-12-29"),
            ("appoint", "甘慧儀", "消費者委員會委員", "2023-12-29"),
        ],
    ),
    "a_list_verb_announced_with_its_colon_in_a_sentence": (
        "新华社香港2023年6月30日电 香港特区政府今日宣布委任：邝美云为香港艺术发展局主席；"
        "岑锦辉为香港康体发展局主席。",
        [
            ("appoint", "邝美云", "香港艺术发展局主席", "2023-06-30"),
            ("appoint", "岑锦辉", "香港康体发展局主席", "2023-06-30"),
        ],
    ),
    "a_gazettes_names_one_a_line_then_the_post_they_take": (
        "第4410號公告\n《建造業議會條例》\n委任\n"
        "發展局局長根據《建造業議會條例》(第587章)第9條，委任——\n鄔國強先生；\n"
        "簡慧珊女士；及\n晏振邦工程師，\n"
        "為建造業議會成員，任期由2023年9月1日起，為期兩年。\n2023年8月25日",
        [
            ("appoint", "鄔國強", "建造業議會成員", "2023-08-25"),
            ("appoint", "簡慧珊", "建造業議會成員", "2023-08-25"),
            ("appoint", "晏振邦", "建造業議會成員", "2023-08-25"),
        ],
    ),
    "a_gazettes_lettered_names_then_the_post_they_take": (
        "委任——\n(a) 歐陽志遠先生；及\n(b) 龐穎欣女士，\n為海洋公園公司董事局成員。\n2023年7月7日",
        [
            ("appoint", "歐陽志遠", "海洋公園公司董事局成員", "2023-07-07"),
            ("appoint", "龐穎欣", "海洋公園公司董事局成員", "2023-07-07"),
        ],
    ),
    "a_taiwan_order_dated_by_the_republics_year_without_minguo": (
        "行政院人事命令\n112年11月3日\n派莊志宏為行政院農業委員會企劃處處長。\n"
        "派溫雅婷為勞動部綜合規劃司司長。",
        [
            ("appoint", "莊志宏", "行政院農業委員會企劃處處長", "2023-11-03"),
            ("appoint", "溫雅婷", "勞動部綜合規劃司司長", "2023-11-03"),
        ],
    ),
    "a_taiwan_order_dated_with_dots_after_minguo": (
        "總統令\u3000中華民國112.05.16\n任命薛明達為國防部軍備局局長。\n總統\u3000蔡英文",
        [
            ("appoint", "薛明達", "國防部軍備局局長", "2023-05-16"),
        ],
    ),
    "a_taiwan_order_relieving_an_official_of_his_post": (
        "總統令\n中華民國112年8月31日\n經濟部政務次長曾文生另有任用，應免本職。\n"
        "交通部常務次長祁文中應免本職。\n總統\u3000蔡英文",
        [
            ("remove", "曾文生", "經濟部政務次長", "2023-08-31"),
            ("remove", "祁文中", "交通部常務次長", "2023-08-31"),
        ],
    ),
    "he_a_naxi_surname_after_the_verb_and_in_a_list": (
        "丽江市古城区人民代表大会常务委员会任免名单\n"
        "（2023年6月20日区第五届人民代表大会常务委员会第十二次会议通过）\n"
        "任命木春梅、和晓东为丽江市古城区人民法院审判员；\n"
        "免去和玉兰的丽江市古城区人民检察院检察员职务。",
        [
            ("appoint", "木春梅", "丽江市古城区人民法院审判员", "2023-06-20"),
            ("appoint", "和晓东", "丽江市古城区人民法院审判员", "2023-06-20"),
            ("remove", "和玉兰", "丽江市古城区人民检察院检察员", "2023-06-20"),
        ],
    ),
    "he_a_naxi_surname_opening_an_item": (
        "中共玉龙县委关于和建国等同志职务任免的通知\n经县委研究决定：\n"
        "和建国同志任玉龙纳西族自治县林业和草原局局长；\n"
        "杨丽萍同志任玉龙纳西族自治县文化和旅游局副局长。\n中共玉龙县委\n"
        "2023年4月3日",
        [
            ("appoint", "和建国", "玉龙纳西族自治县林业和草原局局长", "2023-04-03"),
            ("appoint", "杨丽萍", "玉龙纳西族自治县文化和旅游局副局长", "2023-04-03"),
        ],
    ),
    "he_still_joins_the_last_name_of_a_list": (
        "任命张明、李强和王芳为永胜县人民法院审判员。",
        [
            ("appoint", "张明", "永胜县人民法院审判员", None),
            ("appoint", "李强", "永胜县人民法院审判员", None),
            ("appoint", "王芳", "永胜县人民法院审判员", None),
        ],
    ),
    "he_a_naxi_surname_opening_a_profile": (
        "中共丽江市委组织部干部任前公示\n"
        "和秀英，女，纳西族，1980年9月生，现任宁蒗县副县长，拟任丽江市林业和草原局副局长。\n"
        "中共丽江市委组织部\n2023年5月9日",
        [
            ("nominate_appoint", "和秀英", "丽江市林业和草原局副局长", "2023-05-09"),
        ],
    ),
    "a_town_named_again_by_gaizhen_gaixiang_gaijiedao": (
        "中共缙云县委关于吕志华等同志职务任免的通知\n经县委研究决定：\n"
        "吕志华同志任缙云县壶镇镇党委书记，免去其该镇镇长职务；\n"
        "应晓丽同志任该镇党委副书记；\n"
        "楼建平同志任缙云县五云街道党工委书记，免去其该街道办事处主任职务；\n"
        "朱海同志任缙云县大源乡党委书记，免去其该乡乡长职务。\n中共缙云县委\n"
        "2023年3月15日",
        [
            ("appoint", "吕志华", "缙云县壶镇镇党委书记", "2023-03-15"),
            ("remove", "吕志华", "缙云县壶镇镇镇长", "2023-03-15"),
            ("appoint", "应晓丽", "缙云县壶镇镇党委副书记", "2023-03-15"),
            ("appoint", "楼建平", "缙云县五云街道党工委书记", "2023-03-15"),
            ("remove", "楼建平", "缙云县五云街道办事处主任", "2023-03-15"),
            ("appoint", "朱海", "缙云县大源乡党委书记", "2023-03-15"),
            ("remove", "朱海", "缙云县大源乡乡长", "2023-03-15"),
        ],
    ),
    "a_second_act_on_the_same_person_joined_by_bing": (
        "任命覃立新为桃源县人民法院副院长并免去其桃源县人民法院执行局局长职务；"
        "任命向红为桃源县人民检察院副检察长并免去其第三检察部主任职务。",
        [
            ("appoint", "覃立新", "桃源县人民法院副院长", None),
            ("remove", "覃立新", "桃源县人民法院执行局局长", None),
            ("appoint", "向红", "桃源县人民检察院副检察长", None),
            ("remove", "向红", "桃源县人民检察院第三检察部主任", None),
        ],
    ),
    "the_meeting_removes_a_person_named_in_the_clause_before": (
        "2023年9月26日，石门县人大常委会举行会议。彭卫东同志已到龄退休，"
        "会议决定免去其石门县人民法院审判员职务。任命龚敏为石门县人民法院副院长。"
        "龚敏此前任该院民事审判庭庭长，会议同时免去其该院民事审判庭庭长职务。",
        [
            ("remove", "彭卫东", "石门县人民法院审判员", "2023-09-26"),
            ("appoint", "龚敏", "石门县人民法院副院长", "2023-09-26"),
            ("remove", "龚敏", "石门县人民法院民事审判庭庭长", "2023-09-26"),
        ],
    ),
    "a_post_named_by_jueding_or_mingque_without_ren": (
        "中共松阳县委组织部关于潘卫东等同志任职的通知\n"
        "经部务会研究，决定潘卫东同志为松阳县委组织部组织科科长，"
        "叶晓红同志为松阳县委组织部干部监督科副科长。\n"
        "中共松阳县委组织部\n2023年2月6日",
        [
            ("appoint", "潘卫东", "松阳县委组织部组织科科长", "2023-02-06"),
            ("appoint", "叶晓红", "松阳县委组织部干部监督科副科长", "2023-02-06"),
        ],
    ),
    "a_towns_notice_naming_posts_with_mingque": (
        "经镇党委研究，明确郑伟同志为大东坝镇综合信息指挥室主任，"
        "明确林芳同志为大东坝镇便民服务中心副主任。\n"
        "中共松阳县大东坝镇委员会\n2023年3月2日",
        [
            ("appoint", "郑伟", "大东坝镇综合信息指挥室主任", "2023-03-02"),
            ("appoint", "林芳", "大东坝镇便民服务中心副主任", "2023-03-02"),
        ],
    ),
    "the_body_sends_its_cadre_with_diao_or_xuanpai": (
        "中共龙泉市委关于季明等同志任职的通知\n经市委研究决定：\n"
        "调季明同志任龙泉市住房和城乡建设局局长；\n"
        "选派毛丽娟同志任龙泉市屏南镇党委第一书记。\n中共龙泉市委\n2023年4月10日",
        [
            ("appoint", "季明", "龙泉市住房和城乡建设局局长", "2023-04-10"),
            ("appoint", "毛丽娟", "龙泉市屏南镇党委第一书记", "2023-04-10"),
        ],
    ),
    "a_boards_numbered_motions_carried_by_their_votes": (
        "安徽海螺水泥股份有限公司第九届董事会第十次会议决议公告\n会议审议通过以下议案：\n"
        "（一）关于聘任柯秋璧为公司总经理的议案\n"
        "表决结果：同意9票，反对0票，弃权0票。\n"
        "（二）关于聘任虞水为公司董事会秘书的议案\n"
        "表决结果：9票同意，0票反对，0票弃权。\n特此公告。\n"
        "安徽海螺水泥股份有限公司董事会\n2023年6月1日",
        [
            ("appoint", "柯秋璧", "安徽海螺水泥股份有限公司总经理", "2023-06-01"),
            ("appoint", "虞水", "安徽海螺水泥股份有限公司董事会秘书", "2023-06-01"),
        ],
    ),
    "a_motion_titled_alone_then_carried": (
        "关于聘任吴斌为公司副总经理的议案\n表决结果：同意7票，反对0票，弃权0票。\n"
        "浙江医药股份有限公司董事会\n2023年8月18日",
        [
            ("appoint", "吴斌", "浙江医药股份有限公司副总经理", "2023-08-18"),
        ],
    ),
    "a_motion_titled_alone_is_still_proposed": (
        "关于提请任命吴斌为某县人民法院审判员的议案\n县人大常委会：\n"
        "提请任命吴斌为泾县人民法院审判员。\n请予审议。\n泾县人民法院院长\u3000王平\n"
        "2023年8月18日",
        [
            ("nominate_appoint", "吴斌", "泾县人民法院审判员", "2023-08-18"),
        ],
    ),
    "officers_by_post_and_colon_above_the_boards_signature": (
        "关于聘任公司高级管理人员的公告\n"
        "经董事会审议，同意聘任以下人员为公司高级管理人员：\n总经理：阚志刚\n"
        "董事会秘书：柏立群\n财务总监：笪慧\n特变电工股份有限公司董事会\n"
        "2023年10月27日",
        [
            ("appoint", "阚志刚", "特变电工股份有限公司总经理", "2023-10-27"),
            ("appoint", "柏立群", "特变电工股份有限公司董事会秘书", "2023-10-27"),
            ("appoint", "笪慧", "特变电工股份有限公司财务总监", "2023-10-27"),
        ],
    ),
    "a_dotted_name_then_how_the_person_is_addressed": (
        "新疆天山水泥股份有限公司董事会聘任热依拉·艾尔肯女士为公司总经理，"
        "选举买买提·吐尔逊先生为公司董事长。\n"
        "2023年9月8日",
        [
            ("appoint", "热依拉·艾尔肯", "新疆天山水泥股份有限公司总经理", "2023-09-08"),
            ("other", "买买提·吐尔逊", "新疆天山水泥股份有限公司董事长", "2023-09-08"),
        ],
    ),
    "a_probation_served_list_headed_by_yuyi_zhuanzheng": (
        "中共奉化区委组织部关于干部试用期满转正的公告\n"
        "经考核，下列同志试用期满，予以转正：\n邬海燕\u3000宁波市奉化区溪口镇副镇长\n"
        "竺立波\u3000宁波市奉化区农业农村局副局长\n中共宁波市奉化区委组织部\n"
        "2023年8月30日",
        [
            ("confirm", "邬海燕", "宁波市奉化区溪口镇副镇长", "2023-08-30"),
            ("confirm", "竺立波", "宁波市奉化区农业农村局副局长", "2023-08-30"),
        ],
    ),
    "a_probation_served_by_one_person_with_the_post_in_brackets": (
        "中共宁海县委关于胡晓峰同志试用期满的通知\n"
        "胡晓峰同志（宁海县桑洲镇党委副书记）试用期满，经考核合格，予以正式任职。\n"
        "中共宁海县委\n2023年6月12日",
        [
            ("confirm", "胡晓峰", "宁海县桑洲镇党委副书记", "2023-06-12"),
        ],
    ),
    "a_letter_addressed_to_its_appointee": (
        "任职通知\n邬海涛同志：\n"
        "根据工作需要，经局党组研究决定，聘任你为岱山县交通运输局法规科科长。\n"
        "特此通知。\n岱山县交通运输局\n2023年2月13日",
        [
            ("appoint", "邬海涛", "岱山县交通运输局法规科科长", "2023-02-13"),
        ],
    ),
    "a_resignation_reported_accepted_in_the_passive": (
        "第2210號公告\n《醫院管理局條例》\n辭職\n"
        "醫院管理局成員譚詠欣女士的辭職已獲接納，由2023年7月1日起生效。\n"
        "2023年7月4日",
        [
            ("other", "譚詠欣", "醫院管理局成員", "2023-07-04"),
        ],
    ),
    "a_move_set_for_a_day_is_no_talk": (
        "新华社澳门2023年12月18日电 澳门特区政府运输工务司顾问黎振邦"
        "将由2023年12月20日起出任澳门特区政府土地工务局局长。",
        [
            ("appoint", "黎振邦", "澳门特区政府土地工务局局长", "2023-12-18"),
        ],
    ),
    "a_successor_addressed_after_his_name_takes_the_post_left": (
        "关于总经理变更的公告\n"
        "宓建平先生因年龄原因辞去公司总经理职务，由公司副总经理邵华先生接任。\n"
        "浙江医药股份有限公司董事会\n2023年8月18日",
        [
            ("other", "宓建平", "浙江医药股份有限公司总经理", "2023-08-18"),
            ("appoint", "邵华", "浙江医药股份有限公司总经理", "2023-08-18"),
        ],
    ),
    "a_post_held_concurrently_by_one_addressed_after_his_name": (
        "公司总经理一职由董事长潘明先生兼任。\n福建南平铝业股份有限公司董事会\n2023年6月2日",
        [
            ("appoint", "潘明", "福建南平铝业股份有限公司总经理", "2023-06-02"),
        ],
    ),
    "two_posts_joined_by_ji": (
        "董事会聘任邵华为公司副总经理暨财务总监。\n温州银行股份有限公司董事会\n2023年3月1日",
        [
            ("appoint", "邵华", "温州银行股份有限公司副总经理", "2023-03-01"),
            ("appoint", "邵华", "温州银行股份有限公司财务总监", "2023-03-01"),
        ],
    ),
    "a_lists_count_of_comrades_after_its_names": (
        "经研究，决定聘任潘明、邵建华二同志为图书馆副馆长。\n江南大学\n2023年7月1日",
        [
            ("appoint", "潘明", "图书馆副馆长", "2023-07-01"),
            ("appoint", "邵建华", "图书馆副馆长", "2023-07-01"),
        ],
    ),
    "a_fixed_term_appointment_renewed_told_of_its_holder": (
        "經濟財政司司長二零二三年六月五日批示：\n"
        "根據第15/2009號法律第四條的規定，"
        "梁敏儀擔任財政局局長的定期委任自二零二三年七月一日起續期一年。",
        [
            ("appoint", "梁敏儀", "財政局局長", "2023-06-05"),
        ],
    ),
    "an_orders_item_renewing_two_appointments": (
        "第98/2023號行政長官批示\n"
        "一、續期鄧志明、區詠欣為澳門基金會信託委員會委員的委任，自二零二三年九月一日起，為期兩年。"
        "\n"
        "二、本批示自公佈翌日起生效。\n二零二三年八月二十一日",
        [
            ("appoint", "鄧志明", "澳門基金會信託委員會委員", "2023-08-21"),
            ("appoint", "區詠欣", "澳門基金會信託委員會委員", "2023-08-21"),
        ],
    ),
    "an_appointment_ended_with_chuzhen": (
        "終止委任\n"
        "財政司司長根據《市區重建局條例》(第563章)第4條，"
        "終止梁子峯先生出任市區重建局非執行董事的委任，由2023年5月2日起生效。\n"
        "2023年5月2日",
        [
            ("remove", "梁子峯", "市區重建局非執行董事", "2023-05-02"),
        ],
    ),
    "taiwans_judicial_orders_with_diaopai_and_linren": (
        "司法院人事令\n中華民國112年9月1日\n"
        "調派臺灣高雄地方法院法官鄭雅文為臺灣高雄地方法院庭長。\n"
        "遴任蕭志偉為臺灣新竹地方法院法官。",
        [
            ("appoint", "鄭雅文", "臺灣高雄地方法院庭長", "2023-09-01"),
            ("appoint", "蕭志偉", "臺灣新竹地方法院法官", "2023-09-01"),
        ],
    ),
    "heading_below_with_danren_or_ren": (
        "经研究，决定聘任以下同志担任学院副院长：周立新、郑雪梅。\n"
        "县政府决定，任命下列同志任县水利局副局长：\n韩志刚\n蒋丽华",
        [
            ("appoint", "周立新", "学院副院长", None),
            ("appoint", "郑雪梅", "学院副院长", None),
            ("appoint", "韩志刚", "县水利局副局长", None),
            ("appoint", "蒋丽华", "县水利局副局长", None),
        ],
    ),
    "company_officers_internal_audit_and_chief_economist": (
        "经董事会审议，同意聘任孔德明先生为公司内部审计负责人，聘任许倩女士为公司首席经济学家，"
        "任期至本届董事会届满之日止。",
        [
            ("appoint", "孔德明", "公司内部审计负责人", None),
            ("appoint", "许倩", "公司首席经济学家", None),
        ],
    ),
    "back_reference_to_ministry_prefecture_zone": (
        "日前，生态环境部网站更新领导信息，柯明远已任该部副部长。\n"
        "据黔东南苗族侗族自治州人民政府网站消息，吴光荣已任该州副州长。\n"
        "据两江新区官网，韦小川已任该新区党工委副书记。",
        [
            ("appoint", "柯明远", "生态环境部副部长", None),
            ("appoint", "吴光荣", "黔东南苗族侗族自治州副州长", None),
            ("appoint", "韦小川", "两江新区党工委副书记", None),
        ],
    ),
    "back_reference_compound_company_words": (
        "记者从中国能源建设集团有限公司获悉，钟立平任该集团公司总经理。\n"
        "据广州港股份有限公司官网，苏文杰已任该股份公司副总经理。",
        [
            ("appoint", "钟立平", "中国能源建设集团有限公司总经理", None),
            ("appoint", "苏文杰", "广州港股份有限公司副总经理", None),
        ],
    ),
    "back_reference_hospital_of_a_medical_school": (
        "近日，中山大学中山医学院附属第三医院官网显示，欧阳文已任该院党委书记。",
        [
            ("appoint", "欧阳文", "中山大学中山医学院附属第三医院党委书记", None),
        ],
    ),
    "back_reference_to_federation_press_and_museum": (
        "在广元市妇女联合会第八次代表大会上，何丽当选该会主席。\n"
        "近日，湖北广播电视台召开干部大会，宣布邓海波任该台台长。\n"
        "省文化和旅游厅决定，任命毛子健为湖南省博物馆馆长，免去雷鸣的该馆副馆长职务。",
        [
            ("other", "何丽", "广元市妇女联合会主席", None),
            ("appoint", "邓海波", "湖北广播电视台台长", None),
            ("appoint", "毛子健", "湖南省博物馆馆长", None),
            ("remove", "雷鸣", "湖南省博物馆副馆长", None),
        ],
    ),
    "resignation_accepted_with_tichu_de_or_written_request": (
        "会议决定接受龚振宇同志提出的辞去县人民政府副县长职务的请求。\n"
        "会议依法接受了邵红梅辞去县人民检察院检察长职务的书面请求。",
        [
            ("other", "龚振宇", "县人民政府副县长", None),
            ("other", "邵红梅", "县人民检察院检察长", None),
        ],
    ),
    "resignation_offered_to_a_township_congress_or_its_presidium": (
        "石春来因工作调动，向镇人民代表大会提出辞去青溪镇人民政府镇长职务。\n"
        "黎秀芬同志向乡人民代表大会主席团提出辞去白沙乡人民代表大会主席职务。",
        [
            ("other", "石春来", "青溪镇人民政府镇长", None),
            ("other", "黎秀芬", "白沙乡人民代表大会主席", None),
        ],
    ),
    "mandates_ended_recalled_or_lapsed_with_their_seat_named": (
        "会议终止了庞志刚的县十七届人大代表资格，罢免了单玉珍的市第十五届人民代表大会代表资格。\n"
        "按照有关规定，邝文斌的政协第十一届韶关市委员会委员资格自动终止。",
        [
            ("other", "庞志刚", "县十七届人大代表", None),
            ("other", "单玉珍", "市第十五届人民代表大会代表", None),
            ("other", "邝文斌", "政协第十一届韶关市委员会委员", None),
        ],
    ),
    "fenbie_before_the_verb_pairs_names_and_posts": (
        "会议分别任命邬建新、房丽为县审计局局长、县统计局局长。\n"
        "会议分别免去聂国庆、岳海燕的县民政局局长、县司法局局长职务。\n"
        "会议决定免去祁志远、蒙丽分别担任的县林业局局长、县水务局局长职务。",
        [
            ("appoint", "邬建新", "县审计局局长", None),
            ("appoint", "房丽", "县统计局局长", None),
            ("remove", "聂国庆", "县民政局局长", None),
            ("remove", "岳海燕", "县司法局局长", None),
            ("remove", "祁志远", "县林业局局长", None),
            ("remove", "蒙丽", "县水务局局长", None),
        ],
    ),
    "proposal_adopted_in_the_next_sentence": (
        "经县委研究同意，提请县人大常委会任命桂永林为县人大常委会石桥街道工作委员会主任。"
        "会议表决通过了上述任命。\n"
        "会议审议了县长关于提请任命贲晓燕为县文化和旅游局局长的议案。经表决，议案获得通过。\n"
        "会议审议并通过了县长关于提请任命钮国良为县商务局局长的议案。",
        [
            ("appoint", "桂永林", "县人大常委会石桥街道工作委员会主任", None),
            ("appoint", "贲晓燕", "县文化和旅游局局长", None),
            ("appoint", "钮国良", "县商务局局长", None),
        ],
    ),
    "amdo_tibetan_names_opening_with_a_known_word": (
        "近日，青海省多个州县调整领导班子，其中，才让东周任果洛藏族自治州副州长，完玛东智任同仁市副市长。",
        [
            ("appoint", "才让东周", "果洛藏族自治州副州长", None),
            ("appoint", "完玛东智", "同仁市副市长", None),
        ],
    ),
    "a_name_of_a_rare_surname_alone_before_yiren": (
        "日前，年志刚已任德州市人民政府副市长。",
        [
            ("appoint", "年志刚", "德州市人民政府副市长", None),
        ],
    ),
    "deputy_moved_away_then_its_mandate_ends": (
        "区第五届人大代表钭建明同志调离本区，其代表资格终止。",
        [
            ("other", "钭建明", "区第五届人大代表", None),
        ],
    ),
    "names_counted_as_members_before_wei": (
        "全体会议补选蔺文华为市政协副主席，庹海涛、冼丽萍、覃国良3名委员为市政协常务委员。",
        [
            ("other", "蔺文华", "市政协副主席", None),
            ("other", "庹海涛", "市政协常务委员", None),
            ("other", "冼丽萍", "市政协常务委员", None),
            ("other", "覃国良", "市政协常务委员", None),
        ],
    ),
    "accountability_resignations_yinjiu_and_zeling": (
        "岳阳市应急管理局局长晏立新引咎辞职。\n经研究，责令平江县副县长芮国强辞职。",
        [
            ("other", "晏立新", "岳阳市应急管理局局长", None),
            ("other", "芮国强", "平江县副县长", None),
        ],
    ),
    "news_moves_jiebang_and_pingdiao": (
        "日前，漳州市委书记邵志勇已接棒福建省工业和信息化厅厅长。\n"
        "近日，长沙市岳麓区委书记蒯明亮平调至长沙市开福区任区委书记。",
        [
            ("appoint", "邵志勇", "福建省工业和信息化厅厅长", None),
            ("appoint", "蒯明亮", "长沙市开福区委书记", None),
            ("remove", "蒯明亮", "长沙市岳麓区委书记", None),
        ],
    ),
    "numbered_names_under_a_heading_post": (
        "经政协某区第九届委员会常务委员会第十二次会议审议通过，增补以下人员为区政协委员：\n"
        "1.符志坚（中共党员，区教育局局长）\n"
        "2.罗春燕（九三学社社员，区人民医院副院长）\n3.邢国栋",
        [
            ("appoint", "符志坚", "区政协委员", None),
            ("appoint", "罗春燕", "区政协委员", None),
            ("appoint", "邢国栋", "区政协委员", None),
        ],
    ),
    "a_line_of_spaced_names_with_their_sex_noted": (
        "常务委员会第九次会议决定，增补下列同志为政协三亚市第八届委员会委员：\n"
        "王志雄\u3000符秀兰（女）\u3000陈德海\u3000黎小梅（女）",
        [
            ("appoint", "王志雄", "政协三亚市第八届委员会委员", None),
            ("appoint", "符秀兰", "政协三亚市第八届委员会委员", None),
            ("appoint", "陈德海", "政协三亚市第八届委员会委员", None),
            ("appoint", "黎小梅", "政协三亚市第八届委员会委员", None),
        ],
    ),
    "resignations_of_those_listed_accepted": (
        "会议决定接受下列同志辞去县人大常委会委员职务：晁立新、甘秀芝。",
        [
            ("other", "晁立新", "县人大常委会委员", None),
            ("other", "甘秀芝", "县人大常委会委员", None),
        ],
    ),
    "memberships_revoked_one_a_line_under_the_verb": (
        "政协吉安市第五届委员会常务委员会第十二次会议决定撤销：\n"
        "龚建平的政协吉安市第五届委员会委员资格\n钱德明的政协吉安市第五届委员会委员资格",
        [
            ("other", "龚建平", "政协吉安市第五届委员会委员", None),
            ("other", "钱德明", "政协吉安市第五届委员会委员", None),
        ],
    ),
    "back_references_bounded_by_the_clause_that_names_them": (
        "据财政部官网消息，蓝佛安已任该部部长。\n"
        "某市护理学会召开第五届委员会第一次会议，选举宁秀云为该会会长。\n"
        "某省青年联合会委员会召开全体会议，选举戚宏为该会主席。",
        [
            ("appoint", "蓝佛安", "财政部部长", None),
            ("other", "宁秀云", "某市护理学会会长", None),
            ("other", "戚宏", "某省青年联合会委员会主席", None),
        ],
    ),
    "moves_to_a_county_of_one_character_and_told_with_yi": (
        "醴陵市委书记乔建伟调至攸县任县委书记。\n芙蓉区委书记汤涛已平调至雨花区任区委书记。",
        [
            ("appoint", "乔建伟", "攸县县委书记", None),
            ("remove", "乔建伟", "醴陵市委书记", None),
            ("appoint", "汤涛", "雨花区委书记", None),
            ("remove", "汤涛", "芙蓉区委书记", None),
        ],
    ),
    "ordered_to_resign_by_a_body_named_first": (
        "湖南省委责令郴州市副市长喻海波引咎辞职。",
        [
            ("other", "喻海波", "郴州市副市长", None),
        ],
    ),
    "meeting_called_in_the_sentence_above_dates_the_act": (
        "3月12日，崇左市召开全市领导干部大会。"
        "会上宣布了自治区党委决定：蒙建华同志任崇左市委书记。\n"
        "2024-03-13",
        [
            ("appoint", "蒙建华", "崇左市委书记", "2024-03-12"),
        ],
    ),
    "no_longer_holds_the_post_described_as_gai_zhiwu": (
        "日前，经宁波市委同意，宁波杭州湾新区管委会主任柴建军不再担任该职务，另有任用。",
        [
            ("remove", "柴建军", "宁波杭州湾新区管委会主任", None),
        ],
    ),
    "roundup_lines_labelled_by_region_or_place": (
        "四川：邓志刚任绵阳市副市长\n贵州：龙晓燕任遵义市委常委\n"
        "云南：段文彬任曲靖市副市长\n"
        "近日，甘肃几个地级市领导班子有所调整。张掖市：鲁光明任市委副书记；武威市：蒲建军任副市长。",
        [
            ("appoint", "邓志刚", "绵阳市副市长", None),
            ("appoint", "龙晓燕", "遵义市委常委", None),
            ("appoint", "段文彬", "曲靖市副市长", None),
            ("appoint", "鲁光明", "张掖市委副书记", None),
            ("appoint", "蒲建军", "武威市副市长", None),
        ],
    ),
    "roundup_items_under_place_headings_or_numbers": (
        "一周人事\n◆ 温州市\n钱国华\u3000任温州市副市长\n◆ 台州市\n"
        "严丽芳\u3000任台州市委常委\n01\n嘉兴市\n卜建强任嘉兴市副市长\n02\n丽水市\n"
        "项晓红任丽水市委常委",
        [
            ("appoint", "钱国华", "温州市副市长", None),
            ("appoint", "严丽芳", "台州市委常委", None),
            ("appoint", "卜建强", "嘉兴市副市长", None),
            ("appoint", "项晓红", "丽水市委常委", None),
        ],
    ),
    "sumu_heads_and_rare_compound_surnames": (
        "会议任命哈斯巴根为宝日胡硕苏木副苏木达。\n"
        "经投票选举，闾丘志远当选为县人民政府副县长，公冶晓红当选为县人民政府副县长。",
        [
            ("appoint", "哈斯巴根", "宝日胡硕苏木副苏木达", None),
            ("other", "闾丘志远", "县人民政府副县长", None),
            ("other", "公冶晓红", "县人民政府副县长", None),
        ],
    ),
    "a_list_section_of_decisions_under_jueding": (
        "某县人大常委会任免名单\n任命：\n柏振东为县人民政府副县长\n决定：\n柏振东为县人民政府代理县长",
        [
            ("appoint", "柏振东", "县人民政府副县长", None),
            ("appoint", "柏振东", "县人民政府代理县长", None),
        ],
    ),
    "two_decisions_adopted_joined_by_he": (
        "县人大常委会召开第十五次会议，"
        "表决通过了任命简丽萍为县人民法院副院长的决定和免去祖国强县人民法院副院长职务的决定。",
        [
            ("appoint", "简丽萍", "县人民法院副院长", None),
            ("remove", "祖国强", "县人民法院副院长", None),
        ],
    ),
    "deputies_listed_below_their_mandates_ended_with_a_reason": (
        "某区人大常委会关于终止部分代表资格的公告\n"
        "以下代表因调离本行政区域，其代表资格终止：\n区十八届人大代表：\n"
        "鲍文涛\u3000雷春燕\u3000阎志勇\n特此公告。\n2024年5月8日",
        [
            ("other", "鲍文涛", "区十八届人大代表", "2024-05-08"),
            ("other", "雷春燕", "区十八届人大代表", "2024-05-08"),
            ("other", "阎志勇", "区十八届人大代表", "2024-05-08"),
        ],
    ),
    "last_item_before_the_closing_line_unpunctuated": (
        "乡人民代表大会主席团\n关于补选结果的公告\n"
        "石门乡第十九届人民代表大会第三次会议于2024年1月9日补选：\n"
        "伍志国为石门乡人民政府乡长\n特此公告\n石门乡第十九届人民代表大会主席团",
        [
            ("other", "伍志国", "石门乡人民政府乡长", "2024-01-09"),
        ],
    ),
    "a_two_character_name_of_a_single_surname_that_opens_a_compound": (
        "谷梁任金华县财政局局长。",
        [
            ("appoint", "谷梁", "金华县财政局局长", None),
        ],
    ),
    "a_meeting_sentence_printing_its_own_decision_date": (
        "7月9日，某市召开领导干部大会。会议传达了省委6月28日的决定：邝建国任某市委书记。\n2024-07-10",
        [
            ("appoint", "邝建国", "某市委书记", "2024-06-28"),
        ],
    ),
    "a_place_label_reaches_only_its_own_item": (
        "张掖市：鲁光明任市委副书记。\n武威市：蒲建军任副市长\n酒泉市：卢志强任市长\n王海任兰州大学副校长。",
        [
            ("appoint", "鲁光明", "张掖市委副书记", None),
            ("appoint", "蒲建军", "武威市副市长", None),
            ("appoint", "卢志强", "酒泉市市长", None),
            ("appoint", "王海", "兰州大学副校长", None),
        ],
    ),
    "no_longer_holds_the_post_with_an_adverb_between": (
        "某市副市长单国庆便不再担任该职务。",
        [
            ("remove", "单国庆", "某市副市长", None),
        ],
    ),
    "a_day_first_dateline_with_its_time_anchors_a_relative_day": (
        "两名委员被撤销资格\n01.03.2015 16:03\n昨日，全国政协常委会决定免去苏文杰全国政协副主席职务。",
        [
            ("remove", "苏文杰", "全国政协副主席", "2015-02-28"),
        ],
    ),
    "the_successor_takes_the_post_above_gai_zhiwu": (
        "4月2日，温州市人大常委会决定免去龚建华的温州市副市长职务。据温州市政府网站，"
        "邬立新近日已接任该职务。",
        [
            ("remove", "龚建华", "温州市副市长", None),
            ("appoint", "邬立新", "温州市副市长", None),
        ],
    ),
    "appointees_each_named_with_their_verb_after_a_comma_of_enumeration": (
        "醫院管理局今日公布，高志明醫生獲委任為新界西醫院聯網總監、"
        "莫慧儀醫生獲委任為將軍澳醫院行政總監，兩人於明年元旦履新。",
        [
            ("appoint", "高志明", "新界西醫院聯網總監", None),
            ("appoint", "莫慧儀", "將軍澳醫院行政總監", None),
        ],
    ),
    "the_successor_jiren_of_the_post_just_left_only": (
        "免去蔺志华的宝鸡市财政局局长职务。邢海波继任该职务。\n"
        "免去郁建平的宝鸡市审计局局长职务，任命冉立新为宝鸡市统计局局长。柴晓东近日已接任该职务。\n"
        "杭州市：戴立群任市委副书记；陶晓燕任副市长。",
        [
            ("remove", "蔺志华", "宝鸡市财政局局长", None),
            ("appoint", "邢海波", "宝鸡市财政局局长", None),
            ("remove", "郁建平", "宝鸡市审计局局长", None),
            ("appoint", "冉立新", "宝鸡市统计局局长", None),
            ("appoint", "戴立群", "杭州市委副书记", None),
            ("appoint", "陶晓燕", "杭州市副市长", None),
        ],
    ),
    "a_hong_kong_pages_time_before_its_day_dates_the_bracketed_day": (
        "發佈時間：16:01 2025-11-18 HKT\n政府（18日）宣布，委任馮志堅為建造業議會新任主席。",
        [
            ("appoint", "馮志堅", "建造業議會主席", "2025-11-18"),
        ],
    ),
    "a_decisions_colon_is_no_region_label_in_wrapped_lines": (
        "7月24日，某市城南区召开领导干部大会，宣布省委、市委\n"
        "决定:秦振宇任中共某市城南区委书记；黎韬不\n再担任中共某市城南区委书记职务。",
        [
            ("appoint", "秦振宇", "中共某市城南区委书记", None),
            ("remove", "黎韬", "中共某市城南区委书记", None),
        ],
    ),
    "a_boards_new_members_listed_after_their_count_and_the_outgoing_thanked": (
        "政府今日宣布再度委任建造業議會（議會）主席、副主席及三名現任委員，同時委任四名新委員，"
        "任期兩年。四名新委員為區志明、莫家輝、冼麗雯和譚國強。局長亦感謝即將卸任的主席陸偉業、"
        "副主席程嘉欣，以及委員葉志豪和何美玲。",
        [
            ("appoint", "區志明", "建造業議會委員", None),
            ("appoint", "莫家輝", "建造業議會委員", None),
            ("appoint", "冼麗雯", "建造業議會委員", None),
            ("appoint", "譚國強", "建造業議會委員", None),
            ("remove", "陸偉業", "建造業議會主席", None),
            ("remove", "程嘉欣", "建造業議會副主席", None),
            ("remove", "葉志豪", "建造業議會委員", None),
            ("remove", "何美玲", "建造業議會委員", None),
        ],
    ),
    "a_press_releases_day_and_weekday_at_its_foot_dates_its_acts": (
        "行政長官委任何敏儀為社會福利署署長，任期由二○二三年十月三日起生效。\n"
        "二○二三年九月二十九日（星期五）\n香港時間十八時十分",
        [
            ("appoint", "何敏儀", "社會福利署署長", "2023-09-29"),
        ],
    ),
    "a_dispatchs_dateline_in_brackets_at_the_foot_of_a_reprinted_list": (
        "国务院任免国家工作人员\n"
        "任命孔令军为水利部副部长；免去邱海涛的水利部副部长职务。\n"
        "（新华社北京2023年11月17日电）",
        [
            ("appoint", "孔令军", "水利部副部长", "2023-11-17"),
            ("remove", "邱海涛", "水利部副部长", "2023-11-17"),
        ],
    ),
    "a_numbered_units_heading_over_items_that_open_with_their_person": (
        "经县政府研究决定：\n一、县林业局\n景志刚同志任局长；\n赖红同志任副局长；\n"
        "二、县统计局\n免去阎波同志的副局长职务。\n某县人民政府\n2023年6月19日",
        [
            ("appoint", "景志刚", "县林业局局长", "2023-06-19"),
            ("appoint", "赖红", "县林业局副局长", "2023-06-19"),
            ("remove", "阎波", "县统计局副局长", "2023-06-19"),
        ],
    ),
    "a_macao_orders_signing_line_at_an_office_then_its_signer_is_no_act": (
        "第22/2023號社會文化司司長批示\n"
        "根據第15/2009號法律的規定，委任蘇子豪以定期委任方式擔任文化局副局長，為期一年。\n"
        "二零二三年七月三日於社會文化司司長辦公室\n辦公室主任\u3000溫\u3000潔",
        [
            ("appoint", "蘇子豪", "文化局副局長", "2023-07-03"),
        ],
    ),
    "an_institutions_name_and_its_signing_date_on_one_line_date_its_acts": (
        "经学校党委研究，决定聘任欧阳晨为外国语学院院长。\n某某师范大学\u30002023年11月6日",
        [
            ("appoint", "欧阳晨", "外国语学院院长", "2023-11-06"),
        ],
    ),
    "a_boards_resolutions_each_followed_by_its_vote_on_a_line_of_its_own": (
        "三、审议通过《关于聘任公司高级管理人员的议案》\n聘任温庆先生为公司总经理\n"
        "表决结果：同意9票，反对0票，弃权0票。\n聘任乔蕾女士为公司董事会秘书\n"
        "表决结果：同意9票，反对0票，弃权0票。\n特此公告。\n"
        "某某新材料股份有限公司董事会\n2023年4月12日",
        [
            ("appoint", "温庆", "某某新材料股份有限公司总经理", "2023-04-12"),
            ("appoint", "乔蕾", "某某新材料股份有限公司董事会秘书", "2023-04-12"),
        ],
    ),
    "a_name_run_into_an_institutions_unit_without_de": (
        "经院长办公会研究，决定免去冯涛总务科科长职务，解聘吕军普外科副主任职务。\n2023年2月14日",
        [
            ("remove", "冯涛", "总务科科长", "2023-02-14"),
            ("remove", "吕军", "普外科副主任", "2023-02-14"),
        ],
    ),
    "a_unit_naming_itself_wo_suo_wo_si_wo_zhongxin": (
        "经研究，决定聘任田野为我中心信息科科长。\n某省血液中心\n2023年9月5日",
        [
            ("appoint", "田野", "某省血液中心信息科科长", "2023-09-05"),
        ],
    ),
    "a_group_no_longer_delegating_its_member_to_a_companys_post": (
        "经集团公司党委研究，决定：\n一、委派蒋力为某某置业有限公司董事；\n"
        "二、不再委派卢杰为某某置业有限公司监事。\n某某控股集团有限公司\n"
        "2023年4月11日",
        [
            ("appoint", "蒋力", "某某置业有限公司董事", "2023-04-11"),
            ("remove", "卢杰", "某某置业有限公司监事", "2023-04-11"),
        ],
    ),
    "those_met_choosing_their_officer_tuixuan_tuiju": (
        "公司第六届董事会第一次会议推选凌峰先生为公司第六届董事会副董事长。\n特此公告。\n"
        "某某机械股份有限公司董事会\n2023年8月2日",
        [
            ("other", "凌峰", "某某机械股份有限公司第六届董事会副董事长", "2023-08-02"),
        ],
    ),
    "a_units_jiepin_section_heading_over_its_rows": (
        "经学校研究决定：\n聘任\n裴宁\u3000国有资产管理处副处长\n解聘\n"
        "鲍勇\u3000国有资产管理处副处长\n某某理工大学\n2023年7月14日",
        [
            ("appoint", "裴宁", "国有资产管理处副处长", "2023-07-14"),
            ("remove", "鲍勇", "国有资产管理处副处长", "2023-07-14"),
        ],
    ),
    "a_boards_consent_tongyi_pinren_over_its_appointees": (
        "公司第四届董事会第一次会议审议通过了《关于聘任公司高级管理人员的议案》，"
        "同意聘任：洪涛先生为公司总裁；姚远女士为公司财务总监。\n"
        "特此公告。\n某某医药股份有限公司董事会\n2023年5月26日",
        [
            ("appoint", "洪涛", "某某医药股份有限公司总裁", "2023-05-26"),
            ("appoint", "姚远", "某某医药股份有限公司财务总监", "2023-05-26"),
        ],
    ),
    "a_universitys_unit_beside_a_college_is_not_the_colleges": (
        "经学校研究，决定聘任：\n魏然同志为电子信息与电气工程学院院长；\n"
        "龚平同志为实验室与设备管理处处长。\n"
        "经研究决定：邓欣同志不再担任某某大学外国语学院院长、图书馆馆长职务。\n某某大学\n"
        "2023年3月9日",
        [
            ("appoint", "魏然", "电子信息与电气工程学院院长", "2023-03-09"),
            ("appoint", "龚平", "实验室与设备管理处处长", "2023-03-09"),
            ("remove", "邓欣", "某某大学外国语学院院长", "2023-03-09"),
            ("remove", "邓欣", "某某大学图书馆馆长", "2023-03-09"),
        ],
    ),
    "the_people_first_then_their_act_xialie_tongzhi_renzhi": (
        "经研究，决定下列同志任职：\n尤杰\u3000数学科学学院院长\n景蓉\u3000数学科学学院副院长\n"
        "某某大学\n2023年3月2日",
        [
            ("appoint", "尤杰", "数学科学学院院长", "2023-03-02"),
            ("appoint", "景蓉", "数学科学学院副院长", "2023-03-02"),
        ],
    ),
    "a_probation_served_then_zhengshi_pinren_wei": (
        "经医院党委研究决定：\n卜凡同志试用期满，经考核合格，正式聘任为眼科副主任。\n"
        "某某市人民医院\n2023年4月3日",
        [
            ("confirm", "卜凡", "眼科副主任", "2023-04-03"),
        ],
    ),
    "a_second_post_held_concurrently_in_a_bracket_after_the_first": (
        "经研究，聘任：\n童敏为肾内科主任；\n闻静为肾内科副主任（兼护士长）。\n某某医院\n2023年6月1日",
        [
            ("appoint", "童敏", "肾内科主任", "2023-06-01"),
            ("appoint", "闻静", "肾内科副主任", "2023-06-01"),
            ("appoint", "闻静", "肾内科护士长", "2023-06-01"),
        ],
    ),
    "tibetan_names_opening_with_qimei_or_qimi": (
        "县人民政府决定：\n任命其美顿珠为某县农业农村局局长；\n"
        "任命其米拉姆为某县农业农村局副局长。\n某县人民政府\n2023年6月8日",
        [
            ("appoint", "其美顿珠", "某县农业农村局局长", "2023-06-08"),
            ("appoint", "其米拉姆", "某县农业农村局副局长", "2023-06-08"),
        ],
    ),
    "a_month_and_day_after_a_day_the_paragraph_told_takes_its_year": (
        "2024-11-02 08:10 来源：某县融媒体中心\n"
        "2023年9月1日，某县委召开常委会议研究干部工作。9月6日，"
        "某县人大常委会第十一次会议决定，任命谭斌为某县文化和旅游局局长。",
        [
            ("appoint", "谭斌", "某县文化和旅游局局长", "2023-09-06"),
        ],
    ),
    "a_partys_member_or_none_described_before_the_appointees_name": (
        "会议表决决定，任命致公党党员郝宁为某市水务局局长，任命无党派人士饶丹、民建会员包明为某市副市长。",
        [
            ("appoint", "郝宁", "某市水务局局长", None),
            ("appoint", "饶丹", "某市副市长", None),
            ("appoint", "包明", "某市副市长", None),
        ],
    ),
    "a_candidate_named_then_the_party_posts_he_takes": (
        "2023年5月9日，某市召开领导干部会议，"
        "宣布省委决定：提名沈立同志为某市人民政府市长人选，任中共某市人民政府党组书记。",
        [
            ("appoint", "沈立", "中共某市人民政府党组书记", "2023-05-09"),
        ],
    ),
    "a_list_verb_then_minglu_ruxia_over_post_and_name_pairs": (
        "2023年2月8日，某县人民政府决定任命下列人员职务，名单如下：县商务局局长曹阳，"
        "副局长邓辉；县审计局局长卓越。",
        [
            ("appoint", "曹阳", "县商务局局长", "2023-02-08"),
            ("appoint", "邓辉", "县商务局副局长", "2023-02-08"),
            ("appoint", "卓越", "县审计局局长", "2023-02-08"),
        ],
    ),
    "a_college_of_its_own_keeps_its_offices": (
        "任命程亮为某某铁道职业技术学院院长、教务处处长。",
        [
            ("appoint", "程亮", "某某铁道职业技术学院院长", None),
            ("appoint", "程亮", "某某铁道职业技术学院教务处处长", None),
        ],
    ),
    "a_name_before_a_unit_not_cut_inside_a_word": (
        "免去高伟生产科科长职务。",
        [
            ("remove", "高伟", "生产科科长", None),
        ],
    ),
    "a_career_steps_day_sets_no_year_and_a_credit_line_dates_no_news": (
        "2024-05-10 来源：某县融媒体中心\n"
        "韩明曾于2020年1月6日任某镇镇长。5月8日，某县人大常委会决定，任命韩明为某县副县长。",
        [
            ("appoint", "韩明", "某县副县长", "2024-05-08"),
        ],
    ),
    "a_news_centres_credit_line_is_no_signing_date": (
        "某某大学新闻中心 2023年11月6日\n近日，学校党委决定，任命唐亮为学生工作部部长。",
        [
            ("appoint", "唐亮", "学生工作部部长", None),
        ],
    ),
    "of_two_splits_before_units_the_longer_unit_even_across_a_word": (
        "经研究，解聘邹军心内科主任职务。\n某某医院\n2023年2月14日",
        [
            ("remove", "邹军", "心内科主任", "2023-02-14"),
        ],
    ),
    "a_centre_signing_its_notice_with_its_date": (
        "经研究，决定聘任邵平为信息中心主任。\n某省血液中心2023年10月9日",
        [
            ("appoint", "邵平", "信息中心主任", "2023-10-09"),
        ],
    ),
    "hong_kongs_passive_list_yixia_renshi_huo_weiren_wei": (
        "以下人士獲委任為海事處諮詢委員會委員，任期由二○二三年六月一日起，為期兩年：\n"
        "\u3000\u3000馮家豪先生\n\u3000\u3000譚詠琪女士\n二○二三年五月二十六日",
        [
            ("appoint", "馮家豪", "海事處諮詢委員會委員", "2023-05-26"),
            ("appoint", "譚詠琪", "海事處諮詢委員會委員", "2023-05-26"),
        ],
    ),
    "hong_kongs_passive_list_inline_after_its_colon": (
        "下列人士獲委任為區域法院法官：簡志恒先生、麥嘉欣女士。\n二○二三年五月二十六日",
        [
            ("appoint", "簡志恒", "區域法院法官", "2023-05-26"),
            ("appoint", "麥嘉欣", "區域法院法官", "2023-05-26"),
        ],
    ),
    "macaos_dispatch_over_name_dash_post_rows": (
        "根據第15/2009號法律的規定，委任以下人員以定期委任方式擔任下列職務，為期一年：\n"
        "區志偉——體育局副局長；\n盧嘉怡——體育局大型體育活動廳廳長。\n"
        "二零二三年八月十四日",
        [
            ("appoint", "區志偉", "體育局副局長", "2023-08-14"),
            ("appoint", "盧嘉怡", "體育局大型體育活動廳廳長", "2023-08-14"),
        ],
    ),
    "back_references_to_a_centre_a_troupe_and_a_research_hall": (
        "经研究，决定：\n任命车勇为某市非物质文化遗产保护中心主任，彭蕾为该中心副主任；\n"
        "任命丁波为某市歌舞团团长，柳青为该团副团长。\n"
        "聘任邢军同志为某市人民政府文史研究馆馆员，聘任窦华同志为该馆馆员。",
        [
            ("appoint", "车勇", "某市非物质文化遗产保护中心主任", None),
            ("appoint", "彭蕾", "某市非物质文化遗产保护中心副主任", None),
            ("appoint", "丁波", "某市歌舞团团长", None),
            ("appoint", "柳青", "某市歌舞团副团长", None),
            ("appoint", "邢军", "某市人民政府文史研究馆馆员", None),
            ("appoint", "窦华", "某市人民政府文史研究馆馆员", None),
        ],
    ),
    "ben_ju_of_a_bureau_whose_name_holds_ji": (
        "文化及旅遊發展局局長批示\n委任梁子軒以定期委任方式擔任本局研究及規劃廳廳長，為期一年。",
        [
            ("appoint", "梁子軒", "文化及旅遊發展局研究及規劃廳廳長", None),
        ],
    ),
    "a_civil_servants_graded_rank_is_no_post": (
        "经研究，决定：\n免去鲁平同志的某区水利局局长职务，改任某区水利局一级主任科员；\n"
        "免去龙斌同志的某区财政局副局长、四级调研员职务。",
        [
            ("remove", "鲁平", "某区水利局局长", None),
            ("remove", "龙斌", "某区财政局副局长", None),
        ],
    ),
    "a_disclosure_pages_chengwen_riqi_and_fabu_riqi_on_one_line": (
        "索引号：11410300005252X/2023-00041\u3000发布机构：某市人民政府\n"
        "成文日期：2023-06-12\u3000发布日期：2023-06-15\n"
        "标题：某市人民政府关于贺军等同志职务任免的通知\n贺军同志任某市统计局局长；\n"
        "免去闫峰同志的某市统计局局长职务。",
        [
            ("appoint", "贺军", "某市统计局局长", "2023-06-12"),
            ("remove", "闫峰", "某市统计局局长", "2023-06-12"),
        ],
    ),
    "a_described_person_leaving_on_a_full_date": (
        "某大学医学院院长傅伟教授于2023年8月31日卸任。",
        [
            ("remove", "傅伟", "某大学医学院院长", "2023-08-31"),
        ],
    ),
    "a_date_opening_a_sentence_reaches_past_its_semicolons": (
        "2023年5月16日，县政府第十七次常务会议决定：任命曾立新为县林业局局长，"
        "免去其县农业农村局副局长职务；任命向蓉为县退役军人事务局局长。",
        [
            ("appoint", "曾立新", "县林业局局长", "2023-05-16"),
            ("remove", "曾立新", "县农业农村局副局长", "2023-05-16"),
            ("appoint", "向蓉", "县退役军人事务局局长", "2023-05-16"),
        ],
    ),
    "a_day_in_chinese_numerals_opening_a_decision_over_its_items": (
        "二〇二三年十一月三日，县人民政府决定：\n任命季平为县应急管理局副局长；\n"
        "任命温静为县医疗保障局副局长。",
        [
            ("appoint", "季平", "县应急管理局副局长", "2023-11-03"),
            ("appoint", "温静", "县医疗保障局副局长", "2023-11-03"),
        ],
    ),
    "a_closing_note_dating_the_decisions_above": (
        "人事任免\n经区政府研究决定：\n任命庞军为区民政局副局长；\n"
        "免去甘露的区民政局副局长职务。\n"
        "（以上任免经2023年9月8日区政府第31次常务会议研究决定）",
        [
            ("appoint", "庞军", "区民政局副局长", "2023-09-08"),
            ("remove", "甘露", "区民政局副局长", "2023-09-08"),
        ],
    ),
    "a_portals_column_of_acts_each_with_its_bracketed_day": (
        "人事任免\n[2023-05-12] 市政府任命倪辉为市住房和城乡建设局局长\n"
        "[2023-04-27] 市政府任命聂芳为市审计局副局长",
        [
            ("appoint", "倪辉", "市住房和城乡建设局局长", "2023-05-12"),
            ("appoint", "聂芳", "市审计局副局长", "2023-04-27"),
        ],
    ),
    "a_chronicles_year_heading_dates_its_entries": (
        "2022年大事记\n2月8日\u3000县人民政府决定，任命殷杰为县司法局局长。\n"
        "9月21日\u3000县人民政府决定，任命邬婷为县审计局副局长。",
        [
            ("appoint", "殷杰", "县司法局局长", "2022-02-08"),
            ("appoint", "邬婷", "县审计局副局长", "2022-09-21"),
        ],
    ),
    "taiwans_buda_installs_a_head": (
        "某市長今天主持局處首長布達典禮，布達鄭文彬為某市政府勞工局局長、"
        "林怡君為某市政府文化局局長。\n"
        "2023年5月22日",
        [
            ("appoint", "鄭文彬", "某市政府勞工局局長", "2023-05-22"),
            ("appoint", "林怡君", "某市政府文化局局長", "2023-05-22"),
        ],
    ),
    "new_members_joining_a_board_then_named_and_the_outgoing_thanked": (
        "政府今日公布，環境局局長已委任兩名新成員加入環境諮詢委員會，任期兩年。"
        "新委任的成員為梁家豪和蔡詠欣。局長感謝卸任成員方志文和袁嘉儀在任期內的貢獻。\n"
        "2023年6月2日（星期五）",
        [
            ("appoint", "梁家豪", "環境諮詢委員會成員", "2023-06-02"),
            ("appoint", "蔡詠欣", "環境諮詢委員會成員", "2023-06-02"),
            ("remove", "方志文", "環境諮詢委員會成員", "2023-06-02"),
            ("remove", "袁嘉儀", "環境諮詢委員會成員", "2023-06-02"),
        ],
    ),
    "a_post_kept_by_its_holder_for_a_new_term_you_x_xuren": (
        "行政院今日宣布，海洋委員會主任委員由管美珠續任。\n2023年4月18日",
        [
            ("appoint", "管美珠", "海洋委員會主任委員", "2023-04-18"),
        ],
    ),
    "a_term_ended_renqi_jieman_xieren": (
        "某委員會主任委員何宗達今日任期屆滿卸任。\n2023年7月31日",
        [
            ("other", "何宗達", "某委員會主任委員", "2023-07-31"),
        ],
    ),
    "a_post_set_in_scare_quotes_whole": (
        "台湾地区领导人20日任命卓文华为“行政院秘书长”，由林志明出任“内政部长”。",
        [
            ("appoint", "卓文华", "行政院秘书长", None),
            ("appoint", "林志明", "内政部长", None),
        ],
    ),
    "two_ministries_side_by_side_after_fenbie": (
        "行政院今日宣布，許文彥、鄧立群分別出任內政部常務次長、交通部政務次長。",
        [
            ("appoint", "許文彥", "內政部常務次長", None),
            ("appoint", "鄧立群", "交通部政務次長", None),
        ],
    ),
    "a_cabinet_list_published_then_post_colon_name_lines": (
        "行政院今天公布新內閣名單如下：\n衛生福利部長：邱泰宏\n環境部長：彭啟源\n2023年4月22日",
        [
            ("appoint", "邱泰宏", "衛生福利部長", "2023-04-22"),
            ("appoint", "彭啟源", "環境部長", "2023-04-22"),
        ],
    ),
    "a_judge_named_with_faguan_after_the_name": (
        "行政長官今日委任葉嘉欣法官為高等法院原訟法庭法官。",
        [
            ("appoint", "葉嘉欣", "高等法院原訟法庭法官", None),
        ],
    ),
    "sworn_in_on_a_day_or_at_a_place": (
        "某县代理县长潘志华8日宣誓就职。某縣代理縣長蕭文彬今日上午在縣府大禮堂宣誓就職。",
        [
            ("appoint", "潘志华", "某县代理县长", None),
            ("appoint", "蕭文彬", "某縣代理縣長", None),
        ],
    ),
    "a_short_name_defined_in_brackets_is_no_part_of_the_post": (
        "行政長官今日委任郭志明為廣播事務管理委員會（下稱「廣管會」）主席。",
        [
            ("appoint", "郭志明", "廣播事務管理委員會主席", None),
        ],
    ),
    "macaos_list_of_names_each_after_dashes": (
        "第8/2023號社會文化司司長批示\n委任下列人士為體育委員會委員：\n"
        "——黎家明；\n——伍詠詩。\n二零二三年三月十日",
        [
            ("appoint", "黎家明", "體育委員會委員", "2023-03-10"),
            ("appoint", "伍詠詩", "體育委員會委員", "2023-03-10"),
        ],
    ),
    "macaos_renewal_of_the_people_below_in_one_post": (
        "摘錄\n保安司司長二零二三年八月十二日批示：\n"
        "下列人員擔任海關副關長的定期委任，自二零二三年九月一日起續期一年：\n何浩然；\n"
        "鄧美儀。",
        [
            ("appoint", "何浩然", "海關副關長", "2023-08-12"),
            ("appoint", "鄧美儀", "海關副關長", "2023-08-12"),
        ],
    ),
    "macaos_commission_held_concurrently_ended": (
        "摘錄\n經濟財政司司長二零二三年五月六日批示：\n"
        "終止盧志輝以兼任方式擔任統計暨普查局副局長的委任，自二零二三年五月十日起生效。",
        [
            ("remove", "盧志輝", "統計暨普查局副局長", "2023-05-06"),
        ],
    ),
    "a_colleges_name_of_three_heads_its_group_and_is_no_name": (
        "经校长办公会研究决定，聘任：\n化学学院\n院\u3000长：费建国\n副院长：蓝丽\n法学院\n"
        "院\u3000长：童敏\n某某大学\n2023年4月26日",
        [
            ("appoint", "费建国", "化学学院院长", "2023-04-26"),
            ("appoint", "蓝丽", "化学学院副院长", "2023-04-26"),
            ("appoint", "童敏", "法学院院长", "2023-04-26"),
        ],
    ),
    "a_graded_rank_before_a_post_lends_it_its_body": (
        "任命葛强为某局二级巡视员、副局长。",
        [
            ("appoint", "葛强", "某局副局长", None),
        ],
    ),
    "a_sessions_span_sets_the_year_of_the_day_after_it": (
        "2024年1月6日至8日，某县第十八届人民代表大会第四次会议召开。1月8日，会议决定任命韦强为某县副县长。",
        [
            ("appoint", "韦强", "某县副县长", "2024-01-08"),
        ],
    ),
    "a_signing_date_over_a_note_of_the_meeting": (
        "经区政府研究决定：\n任命鲍军为区民政局副局长。\n"
        "（以上任免经2023年9月8日区政府第31次常务会议研究决定）\n某区人民政府\n"
        "2023年9月12日",
        [
            ("appoint", "鲍军", "区民政局副局长", "2023-09-12"),
        ],
    ),
    "continuing_for_a_new_term_is_a_reappointment": (
        "会议决定，乔明同志继续担任某县县长。",
        [
            ("appoint", "乔明", "某县县长", None),
        ],
    ),
    "shiren_x_de_then_a_transfer_ends_x": (
        "时任某市委常委、宣传部部长的彭勇调任某市委副书记。",
        [
            ("appoint", "彭勇", "某市委副书记", None),
            ("remove", "彭勇", "某市委常委", None),
            ("remove", "彭勇", "某市委宣传部部长", None),
        ],
    ),
    "a_bodys_name_before_xinren_and_a_government_title": (
        "某市政府新任副市長邱文德今日宣誓就職。某市新任副市长杨志明今日到任。",
        [
            ("appoint", "邱文德", "某市政府副市長", None),
            ("appoint", "杨志明", "某市副市长", None),
        ],
    ),
    "a_heading_naming_the_title_over_unit_colon_name_rows": (
        "经院长办公会研究决定，聘任以下同志为临床科室主任：\n心血管内科：葛勇\n"
        "呼吸内科：荣静\n以上同志聘期三年。\n某某市第二人民医院\n2023年2月16日",
        [
            ("appoint", "葛勇", "心血管内科主任", "2023-02-16"),
            ("appoint", "荣静", "呼吸内科主任", "2023-02-16"),
        ],
    ),
    "a_post_held_till_then_ended_with_yuan_before_it": (
        "任命孟浩为县商务局局长，其原县统计局局长职务自然免除。贾伟同志原县林业局副局长职务自然免除。",
        [
            ("appoint", "孟浩", "县商务局局长", None),
            ("remove", "孟浩", "县统计局局长", None),
            ("remove", "贾伟", "县林业局副局长", None),
        ],
    ),
    "a_described_official_transferred_away_diaoli": (
        "经研究，某县副县长葛明因工作调动调离本县。",
        [
            ("other", "葛明", "某县副县长", None),
        ],
    ),
    "a_graded_ranks_grade_stays_with_it_and_traditional_ranks_too": (
        "任命孔明为某县审计局一级主任科员、办公室主任。任命葛強為某局一級主任科員。",
        [
            ("appoint", "孔明", "某县审计局办公室主任", None),
        ],
    ),
    "a_time_served_post_time_ren_x_de_after_a_comma": (
        "时任某县副县长的彭勇，调任某局局长。",
        [
            ("appoint", "彭勇", "某局局长", None),
            ("remove", "彭勇", "某县副县长", None),
        ],
    ),
    "a_removal_table_cell_with_the_one_character_verb": (
        "某县人民政府任免职务表\n序号｜姓名｜任免职务\n1｜邵振宇｜免某县交通运输局局长\n"
        "2｜石磊｜任某县交通运输局局长\n某县人民政府\n2023年6月8日",
        [
            ("remove", "邵振宇", "某县交通运输局局长", "2023-06-08"),
            ("appoint", "石磊", "某县交通运输局局长", "2023-06-08"),
        ],
    ),
    "a_cell_with_both_short_verbs_after_a_semicolon": (
        "姓名｜任免职务\n鲁新华｜任鼓楼区卫生健康局局长；免鼓楼区卫生健康局副局长\n2022年9月1日",
        [
            ("appoint", "鲁新华", "鼓楼区卫生健康局局长", "2022-09-01"),
            ("remove", "鲁新华", "鼓楼区卫生健康局副局长", "2022-09-01"),
        ],
    ),
    "a_brief_notice_removal_by_the_short_verb_after_its_appointment": (
        "经区委研究决定：蒋文涛同志任区委宣传部副部长，免区文化馆馆长职务。",
        [
            ("appoint", "蒋文涛", "区委宣传部副部长", None),
            ("remove", "蒋文涛", "区文化馆馆长", None),
        ],
    ),
    "a_name_before_免于_or_免费_is_no_removal": (
        "经研究决定：对王海东同志免于处分，其县农业农村局局长职务不变。\n序号｜姓名｜事项\n1｜李静｜免费体检",
        [],
    ),
    "a_row_with_the_professional_rank_between_name_and_post": (
        "某某市中心医院关于聘任科室主任的通知\n院属各科室：\n"
        "经院长办公会研究，决定聘任：\n郝建军\u3000主任医师\u3000骨科主任\n"
        "邢晓梅\u3000副主任医师\u3000儿科副主任\n闫涛\u3000副研究员\u3000科研处副处长\n"
        "2023年9月12日",
        [
            ("appoint", "郝建军", "骨科主任", "2023-09-12"),
            ("appoint", "邢晓梅", "儿科副主任", "2023-09-12"),
            ("appoint", "闫涛", "科研处副处长", "2023-09-12"),
        ],
    ),
    "a_count_after_the_post_before_the_names": (
        "会议依法任命灵川县人民检察院检察员3名：覃志远、龙晓梅、滕建华。",
        [
            ("appoint", "覃志远", "灵川县人民检察院检察员", None),
            ("appoint", "龙晓梅", "灵川县人民检察院检察员", None),
            ("appoint", "滕建华", "灵川县人民检察院检察员", None),
        ],
    ),
    "a_count_in_a_bracket_after_the_post": (
        "决定任命望谟县人民法院人民陪审员（共3人）：岑国富、罗秀珍、班志明。",
        [
            ("appoint", "岑国富", "望谟县人民法院人民陪审员", None),
            ("appoint", "罗秀珍", "望谟县人民法院人民陪审员", None),
            ("appoint", "班志明", "望谟县人民法院人民陪审员", None),
        ],
    ),
    "a_count_of_people_in_the_list_head": (
        "任命以下3人为红河县人民法院人民陪审员：\n普建华\u3000李秀芬\u3000白志强",
        [
            ("appoint", "普建华", "红河县人民法院人民陪审员", None),
            ("appoint", "李秀芬", "红河县人民法院人民陪审员", None),
            ("appoint", "白志强", "红河县人民法院人民陪审员", None),
        ],
    ),
    "a_count_then_fenbieshi_after_a_comma": (
        "2023年11月28日，刚察县人大常委会第十三次会议任命了3名刚察县人民法院人民陪审员，"
        "分别是：才让卓玛、马成林、祁秀英。",
        [
            ("appoint", "才让卓玛", "刚察县人民法院人民陪审员", "2023-11-28"),
            ("appoint", "马成林", "刚察县人民法院人民陪审员", "2023-11-28"),
            ("appoint", "祁秀英", "刚察县人民法院人民陪审员", "2023-11-28"),
        ],
    ),
    "a_long_inline_list_of_jurors_after_one_verb": (
        "会议决定任命严海波、詹秀芝、喻国庆、车晓红、房志伟、柯丽娜、郜建军、管秀兰、饶海涛、"
        "卓丽萍、计永刚、单晓燕、邬国华、缪志强、晏红梅、苗卫东、籍丽娟为武昌区人民法院人民陪审员。",
        [
            ("appoint", "严海波", "武昌区人民法院人民陪审员", None),
            ("appoint", "詹秀芝", "武昌区人民法院人民陪审员", None),
            ("appoint", "喻国庆", "武昌区人民法院人民陪审员", None),
            ("appoint", "车晓红", "武昌区人民法院人民陪审员", None),
            ("appoint", "房志伟", "武昌区人民法院人民陪审员", None),
            ("appoint", "柯丽娜", "武昌区人民法院人民陪审员", None),
            ("appoint", "郜建军", "武昌区人民法院人民陪审员", None),
            ("appoint", "管秀兰", "武昌区人民法院人民陪审员", None),
            ("appoint", "饶海涛", "武昌区人民法院人民陪审员", None),
            ("appoint", "卓丽萍", "武昌区人民法院人民陪审员", None),
            ("appoint", "计永刚", "武昌区人民法院人民陪审员", None),
            ("appoint", "单晓燕", "武昌区人民法院人民陪审员", None),
            ("appoint", "邬国华", "武昌区人民法院人民陪审员", None),
            ("appoint", "缪志强", "武昌区人民法院人民陪审员", None),
            ("appoint", "晏红梅", "武昌区人民法院人民陪审员", None),
            ("appoint", "苗卫东", "武昌区人民法院人民陪审员", None),
            ("appoint", "籍丽娟", "武昌区人民法院人民陪审员", None),
        ],
    ),
    "a_count_closing_a_clause_without_a_colon_heads_no_names": (
        "县第二届人民代表大会第一次会议选举县人民委员会委员15人，选出出席省人代会代表4人。"
        "刘长顺当选为县长。任命科技副县长2人。受聘人员均为专家。",
        [
            ("other", "刘长顺", "县长", None),
        ],
    ),
    "the_comrade_named_back_as_gaitongzhi_in_a_removal": (
        "经市委研究决定：\n"
        "冉志华同志任市委统战部副部长，免去该同志市民族宗教事务局副局长职务；\n"
        "池晓红同志任市委老干部局副局长。",
        [
            ("appoint", "冉志华", "市委统战部副部长", None),
            ("remove", "冉志华", "市民族宗教事务局副局长", None),
            ("appoint", "池晓红", "市委老干部局副局长", None),
        ],
    ),
    "a_personal_pronoun_or_benren_in_the_removals_object": (
        "会议决定任命韦鸿飞为区人民政府副区长，同时免去他的区交通运输局局长职务；"
        "任命苏晓琳为区审计局局长，免去其本人兼任的区审计局副局长职务，"
        "并接受她辞去区政协委员职务的请求。",
        [
            ("appoint", "韦鸿飞", "区人民政府副区长", None),
            ("remove", "韦鸿飞", "区交通运输局局长", None),
            ("appoint", "苏晓琳", "区审计局局长", None),
            ("remove", "苏晓琳", "区审计局副局长", None),
            ("other", "苏晓琳", "区政协委员", None),
        ],
    ),
    "a_closing_note_with_the_deciding_body_before_its_day": (
        "任命蒲建勋为鹿城区财政局局长；\n免去阙晓燕的鹿城区财政局局长职务。\n"
        "（鹿城区人大常委会2023年8月30日决定）",
        [
            ("appoint", "蒲建勋", "鹿城区财政局局长", "2023-08-30"),
            ("remove", "阙晓燕", "鹿城区财政局局长", "2023-08-30"),
        ],
    ),
    "a_closing_note_of_the_meeting_day_with_no_verb": (
        "会议研究同意：任命牟海峰为县商务局副局长（试用期一年）。\n（2023年9月14日县政府第三十二次常务会议）",
        [
            ("appoint", "牟海峰", "县商务局副局长", "2023-09-14"),
        ],
    ),
    "a_closing_note_giving_the_meetings_time": (
        "会议表决通过的任免事项如下：\n任命涂丽君为县文化广电旅游体育局局长。\n（会议时间：2023年6月21日）",
        [
            ("appoint", "涂丽君", "县文化广电旅游体育局局长", "2023-06-21"),
        ],
    ),
    "a_party_committees_signature_and_day_on_one_line_at_the_foot": (
        "经区委研究决定：\n瞿志刚同志任区委政策研究室主任；\n"
        "庹丽华同志任区委机构编制委员会办公室副主任。\n"
        "中共江北区委组织部\u30002023年11月6日",
        [
            ("appoint", "瞿志刚", "区委政策研究室主任", "2023-11-06"),
            ("appoint", "庹丽华", "区委机构编制委员会办公室副主任", "2023-11-06"),
        ],
    ),
    "a_county_committees_signature_and_day_on_one_line": (
        "经县委研究决定：\n苟建平同志任县委巡察工作领导小组办公室主任。\n中共苍溪县委\u30002022年12月2日",
        [
            ("appoint", "苟建平", "县委巡察工作领导小组办公室主任", "2022-12-02"),
        ],
    ),
    "a_proposal_adopted_in_its_own_sentence_after_a_comma": (
        "会议审议了县人民政府县长商志平提请任命綦晓东为县教育体育局局长，"
        "免去冼玉兰的县教育体育局局长职务的议案，表决通过了上述任免事项。",
        [
            ("appoint", "綦晓东", "县教育体育局局长", None),
            ("remove", "冼玉兰", "县教育体育局局长", None),
        ],
    ),
    "a_proposal_reaches_the_acts_coordinated_after_it": (
        "2023年7月6日，区政府召开第十五次常务会议。会议研究决定，"
        "提请区人大常委会任命计海鹏为区市场监督管理局局长，免去訾红的区市场监督管理局局长职务。",
        [
            ("nominate_appoint", "计海鹏", "区市场监督管理局局长", "2023-07-06"),
            ("nominate_remove", "訾红", "区市场监督管理局局长", "2023-07-06"),
        ],
    ),
    "a_proposal_to_the_sitting_of_the_standing_committee": (
        "市人大常委会主任会议决定，提请常委会第十八次会议任命濮立新为市人大常委会研究室主任，"
        "免去其市人大常委会办公室副主任职务。",
        [
            ("nominate_appoint", "濮立新", "市人大常委会研究室主任", None),
            ("nominate_remove", "濮立新", "市人大常委会办公室副主任", None),
        ],
    ),
    "a_proposals_explanation_heard_then_the_proposal_adopted": (
        "会议听取了关于提请免去幸建华同志县人民法院审判员职务的议案的说明，表决通过了该议案。",
        [
            ("remove", "幸建华", "县人民法院审判员", None),
        ],
    ),
    "a_proposals_items_after_its_colon_cut_by_semicolons": (
        "会议研究了拟提请市人大常委会审议的人事任免事项：任命边国栋为市水务局局长；"
        "免去宓晓霞的市水务局局长职务。",
        [
            ("nominate_appoint", "边国栋", "市水务局局长", None),
            ("nominate_remove", "宓晓霞", "市水务局局长", None),
        ],
    ),
    "acts_decided_on_a_proposal_stay_effective": (
        "会议根据县长鞠志军的提请，决定任命钮海燕为县民政局局长，免去郑卫东的县民政局局长职务。",
        [
            ("appoint", "钮海燕", "县民政局局长", None),
            ("remove", "郑卫东", "县民政局局长", None),
        ],
    ),
    "name_post_rows_opened_by_a_number_and_a_space": (
        "2023年10月27日，县人大常委会第十三次会议决定任命：\n"
        "1. 闵海军\u3000县科学技术局局长\n2. 蓝秀梅（女）\u3000县退役军人事务局局长",
        [
            ("appoint", "闵海军", "县科学技术局局长", "2023-10-27"),
            ("appoint", "蓝秀梅", "县退役军人事务局局长", "2023-10-27"),
        ],
    ),
    "name_post_rows_opened_by_a_bullet_and_a_space": (
        "2023年10月27日，县人大常委会第十三次会议决定任命：\n"
        "· 闵海军\u3000县科学技术局局长\n· 辜志新\u3000县水利局局长",
        [
            ("appoint", "闵海军", "县科学技术局局长", "2023-10-27"),
            ("appoint", "辜志新", "县水利局局长", "2023-10-27"),
        ],
    ),
    "a_list_verb_with_its_one_name_post_item_on_its_line": (
        "【人事任免】\n任命：龚海洋\u3000弥勒市人民政府副市长\n"
        "免去：邵明珠\u3000弥勒市人民政府副市长职务\n"
        "（2023年12月26日弥勒市人大常委会第十六次会议决定）",
        [
            ("appoint", "龚海洋", "弥勒市人民政府副市长", "2023-12-26"),
            ("remove", "邵明珠", "弥勒市人民政府副市长", "2023-12-26"),
        ],
    ),
    "buxuanchu_before_the_names_elected": (
        "会议补选出敖建新、覃丽萍为怀化市第六届人民代表大会代表。",
        [
            ("other", "敖建新", "怀化市第六届人民代表大会代表", None),
            ("other", "覃丽萍", "怀化市第六届人民代表大会代表", None),
        ],
    ),
    "a_bulletins_count_of_deputies_then_their_names_and_the_paragraph_going_on": (
        "公告\n"
        "洪江市人民代表大会常务委员会于2023年11月20日补选出怀化市第六届人民代表大会代表2名：敖建新、覃丽萍。补选后，怀化市第六届人民代表大会实有代表421名。",
        [
            ("other", "敖建新", "怀化市第六届人民代表大会代表", "2023-11-20"),
            ("other", "覃丽萍", "怀化市第六届人民代表大会代表", "2023-11-20"),
        ],
    ),
    "a_standing_committees_own_units_elided_in_its_list": (
        "会议任命龚晓军为宜宾市人民代表大会常务委员会财政经济工作委员会主任，"
        "蔺秀英为社会建设工作委员会副主任；任命包海波为宜宾市人大常委会办公室副主任，"
        "汤丽为研究室主任。",
        [
            ("appoint", "龚晓军", "宜宾市人民代表大会常务委员会财政经济工作委员会主任", None),
            ("appoint", "蔺秀英", "宜宾市人民代表大会常务委员会社会建设工作委员会副主任", None),
            ("appoint", "包海波", "宜宾市人大常委会办公室副主任", None),
            ("appoint", "汤丽", "宜宾市人大常委会研究室主任", None),
        ],
    ),
    "a_governments_unit_after_a_standing_committees_stays_its_places": (
        "会议任命龚晓军为宜宾市人大常委会办公室主任，蔺秀英为市人民政府办公室主任。",
        [
            ("appoint", "龚晓军", "宜宾市人大常委会办公室主任", None),
            ("appoint", "蔺秀英", "市人民政府办公室主任", None),
        ],
    ),
    "acting_by_its_after_the_appointment": (
        "会议任命卢海燕为区人民政府副区长，并决定由其代理区长职务。"
        "会议任命胥建国为县人民政府副县长，并由其代理县长职务。",
        [
            ("appoint", "卢海燕", "区人民政府副区长", None),
            ("appoint", "卢海燕", "区人民政府代理区长", None),
            ("appoint", "胥建国", "县人民政府副县长", None),
            ("appoint", "胥建国", "县人民政府代理县长", None),
        ],
    ),
    "acting_head_named_by_the_deputy_without_zhiwu": (
        "会议接受韶国平辞去市人民政府市长职务的请求，由副市长佘丽代理市长。",
        [
            ("other", "韶国平", "市人民政府市长", None),
            ("appoint", "佘丽", "市人民政府代理市长", None),
        ],
    ),
    "tongshi_daili_after_the_appointment": (
        "会议决定任命冀文斌为县人民政府副县长，同时代理县长。",
        [
            ("appoint", "冀文斌", "县人民政府副县长", None),
            ("appoint", "冀文斌", "县人民政府代理县长", None),
        ],
    ),
    "a_congress_naming_its_own_place_as_benxian_or_benshi": (
        "琼中黎族苗族自治县人民代表大会常务委员会决定：任命符海东为本县财政局局长。\n"
        "三亚市人民代表大会常务委员会决定：免去林丽的本市审计局局长职务。",
        [
            ("appoint", "符海东", "琼中黎族苗族自治县财政局局长", None),
            ("remove", "林丽", "三亚市审计局局长", None),
        ],
    ),
    "a_society_named_back_bare_or_as_its_own": (
        "湖北省档案学会第七届理事会第三次会议决定，聘任宁志强为学会秘书长，聘任褚丽为本学会副秘书长。",
        [
            ("appoint", "宁志强", "湖北省档案学会秘书长", None),
            ("appoint", "褚丽", "湖北省档案学会副秘书长", None),
        ],
    ),
    "a_list_verb_with_le_before_its_colon": (
        "经表决，会议免去了：\n沙建华的县人民法院审判委员会委员职务；\n郦红的县人民法院审判员职务。",
        [
            ("remove", "沙建华", "县人民法院审判委员会委员", None),
            ("remove", "郦红", "县人民法院审判员", None),
        ],
    ),
    "zengbu_over_items_after_its_colon": (
        "市科协第十届委员会第四次全体会议于2023年12月8日召开，会议增补：\n"
        "柴志刚为市科协副主席；\n温丽娜为市科协副主席。",
        [
            ("appoint", "柴志刚", "市科协副主席", "2023-12-08"),
            ("appoint", "温丽娜", "市科协副主席", "2023-12-08"),
        ],
    ),
    "zengbu_over_items_on_its_line_after_a_long_subject": (
        "政协第十三届十堰市委员会常务委员会第十一次会议决定增补：郝建新为政协第十三届十堰市委员会委员；尚丽为政协第十三届十堰市委员会委员。",
        [
            ("appoint", "郝建新", "政协第十三届十堰市委员会委员", None),
            ("appoint", "尚丽", "政协第十三届十堰市委员会委员", None),
        ],
    ),
    "a_name_run_into_a_partys_short_name": (
        "民革湖南省委十四届五次全委会议决定，免去龚建军民革湖南省委员会副秘书长职务；"
        "撤销周海燕民盟长沙市委员会委员资格。",
        [
            ("remove", "龚建军", "民革湖南省委员会副秘书长", None),
            ("other", "周海燕", "民盟长沙市委员会委员", None),
        ],
    ),
    "an_elections_lead_ending_in_a_period_over_title_colon_name_lines": (
        "全会选举产生了共青团韶关市第十四届委员会常务委员会委员、书记、副书记。\n"
        "书记：邓志华\n副书记：温丽、曾海涛（兼职）",
        [
            ("other", "邓志华", "共青团韶关市第十四届委员会书记", None),
            ("other", "温丽", "共青团韶关市第十四届委员会副书记", None),
            ("other", "曾海涛", "共青团韶关市第十四届委员会副书记", None),
        ],
    ),
    "a_bodys_leadership_team_is_no_part_of_its_posts": (
        "会议选举了新一届县总工会领导班子成员：主席：卜建华；副主席：鄢丽、仝海。",
        [
            ("other", "卜建华", "县总工会主席", None),
            ("other", "鄢丽", "县总工会副主席", None),
            ("other", "仝海", "县总工会副主席", None),
        ],
    ),
    "an_explanations_items_proposed_by_name_then_tiqing": (
        "关于提请任免有关人员职务的说明\n一、关于提请任命的人员\n"
        "1、郗建平，现任市政府办公室副主任，提请任命为市信访局局长。\n"
        "二、关于提请免职的人员\n1、訾海燕，因工作调动，提请免去市信访局局长职务。",
        [
            ("nominate_appoint", "郗建平", "市信访局局长", None),
            ("nominate_remove", "訾海燕", "市信访局局长", None),
        ],
    ),
    "an_explanations_sections_of_people_proposed_over_ni_items": (
        "关于郑晓等同志职务任免的说明\n一、拟任命人员\n"
        "郑晓，男，1980年2月出生，现任县水利局副局长。拟任命为县水利局局长。\n"
        "二、拟免职人员\n伍海平同志因到龄退休，拟免去其县水利局局长职务。",
        [
            ("nominate_appoint", "郑晓", "县水利局局长", None),
            ("nominate_remove", "伍海平", "县水利局局长", None),
        ],
    ),
    "an_items_comrade_proposed_for_removal_by_ni": (
        "现就提请任免的有关人员情况说明如下：\n阙志远同志，拟任县交通运输局局长。\n"
        "甘立新同志，拟免去县交通运输局局长职务。",
        [
            ("nominate_appoint", "阙志远", "县交通运输局局长", None),
            ("nominate_remove", "甘立新", "县交通运输局局长", None),
        ],
    ),
    "a_committees_members_appointed_by_role_after_its_colon": (
        "会议任命了市人大常委会代表资格审查委员会组成人员：主任委员汪建平；副主任委员谯丽、符东方；"
        "委员龚斌、党秀兰。",
        [
            ("appoint", "汪建平", "市人大常委会代表资格审查委员会主任委员", None),
            ("appoint", "谯丽", "市人大常委会代表资格审查委员会副主任委员", None),
            ("appoint", "符东方", "市人大常委会代表资格审查委员会副主任委员", None),
            ("appoint", "龚斌", "市人大常委会代表资格审查委员会委员", None),
            ("appoint", "党秀兰", "市人大常委会代表资格审查委员会委员", None),
        ],
    ),
    "a_committees_members_appointed_by_role_one_a_line": (
        "会议任命了县人大常委会代表资格审查委员会组成人员：\n主任委员：汪建平\n副主任委员：谯丽、符东方",
        [
            ("appoint", "汪建平", "县人大常委会代表资格审查委员会主任委员", None),
            ("appoint", "谯丽", "县人大常委会代表资格审查委员会副主任委员", None),
            ("appoint", "符东方", "县人大常委会代表资格审查委员会副主任委员", None),
        ],
    ),
    "a_congress_adopting_its_committees_members_by_role": (
        "大会表决通过了县第十七届人民代表大会法制委员会组成人员名单。\n主任委员：覃建国\n"
        "副主任委员：莫丽萍\n委员：韦海、蒙秀珍",
        [
            ("other", "覃建国", "县第十七届人民代表大会法制委员会主任委员", None),
            ("other", "莫丽萍", "县第十七届人民代表大会法制委员会副主任委员", None),
            ("other", "韦海", "县第十七届人民代表大会法制委员会委员", None),
            ("other", "蒙秀珍", "县第十七届人民代表大会法制委员会委员", None),
        ],
    ),
    "a_bare_society_of_another_kind_stays_bare": (
        "某市企业家协会会议决定，聘任柳建华为研究会秘书长。",
        [
            ("appoint", "柳建华", "研究会秘书长", None),
        ],
    ),
    "a_bulleted_row_whose_cell_opens_with_its_own_act": (
        "近期干部调整：\n· 温海\u3000调任区发展和改革局局长",
        [
            ("appoint", "温海", "区发展和改革局局长", None),
        ],
    ),
    "a_meetings_note_gives_way_to_the_signing_date": (
        "区人民政府关于柳建华等同志职务任免的通知\n任命柳建华为区发展和改革局副局长。\n"
        "（2023年6月12日区政府第九次常务会议）\n某区人民政府\n2023年6月16日",
        [
            ("appoint", "柳建华", "区发展和改革局副局长", "2023-06-16"),
        ],
    ),
    "a_name_ending_in_min_before_a_bureau_is_no_partys_short_name": (
        "免去王利民建设局局长职务。免去张国民进出口公司总经理职务。",
        [
            ("remove", "王利民", "建设局局长", None),
            ("remove", "张国民", "进出口公司总经理", None),
        ],
    ),
    "a_party_signing_line_keeps_the_days_each_act_prints": (
        "2023年6月5日，区委常委会研究决定，柳建华同志任区委办公室副主任；\n"
        "2023年6月6日，区委常委会研究决定，聂红同志任区委组织部副部长。\n"
        "中共某区委组织部\u30002023年6月8日",
        [
            ("appoint", "柳建华", "区委办公室副主任", "2023-06-05"),
            ("appoint", "聂红", "区委组织部副部长", "2023-06-06"),
        ],
    ),
    "a_pronoun_before_another_persons_name_is_not_the_person_before": (
        "会议决定任命柳建华为区财政局局长，任命她的丈夫温海为区审计局局长。",
        [
            ("appoint", "柳建华", "区财政局局长", None),
            ("appoint", "温海", "区审计局局长", None),
        ],
    ),
    "a_proposal_reported_adopted_stays_effective_in_every_shape": (
        "会议表决通过了区人民政府提请的人事任免事项：任命柳建华为区民政局局长，"
        "免去聂红的区民政局局长职务。\n"
        "会议根据区人民政府的提请：\n任命温海为区水务局局长；\n"
        "免去侯丽的区水务局局长职务。\n"
        "区人民政府提请区人大常委会任命冯涛为区司法局局长，会议经表决，决定任命冯涛为区司法局局长。",
        [
            ("appoint", "柳建华", "区民政局局长", None),
            ("remove", "聂红", "区民政局局长", None),
            ("appoint", "温海", "区水务局局长", None),
            ("remove", "侯丽", "区水务局局长", None),
            ("appoint", "冯涛", "区司法局局长", None),
        ],
    ),
    "a_proposals_acts_adopted_at_the_end_of_the_sentence_or_the_next": (
        "区人民政府提请区人大常委会任命柳建华为区民政局局长，免去聂红的区民政局局长职务，"
        "会议表决通过了上述任免。\n"
        "温海，现任区水务局副局长，提请任命为区水务局局长。会议经表决，通过了上述任命。",
        [
            ("appoint", "柳建华", "区民政局局长", None),
            ("remove", "聂红", "区民政局局长", None),
            ("appoint", "温海", "区水务局局长", None),
        ],
    ),
    "a_unit_named_by_a_rank_keeps_its_name": (
        "经研究，决定聘任：\n郝建军\u3000主任医师工作室主任\n2023年9月12日",
        [
            ("appoint", "郝建军", "主任医师工作室主任", "2023-09-12"),
        ],
    ),
    "a_unit_named_by_a_team_keeps_its_name": (
        "任命柳建华为某县领导班子建设办公室主任。",
        [
            ("appoint", "柳建华", "某县领导班子建设办公室主任", None),
        ],
    ),
    "another_motion_adopted_after_a_personnel_motion_is_not_its_adoption": (
        "会议听取了区人民政府关于提请任命柳建华为区民政局局长的议案的说明，"
        "审议了关于区物业管理条例的议案，表决通过了该议案。",
        [],
    ),
    "numbered_rows_whose_cell_opens_with_its_own_act": (
        "区人民代表大会选举结果：\n1. 柳建华\u3000当选为区人民政府区长\n"
        "2. 聂红梅\u3000当选为区人民政府副区长",
        [
            ("other", "柳建华", "区人民政府区长", None),
            ("other", "聂红梅", "区人民政府副区长", None),
        ],
    ),
    "a_proposal_adopted_in_other_words_or_restated_stays_effective": (
        "区人民政府提请区人大常委会任命覃立新为区商务局局长，免去蒙丽的区商务局局长职务，"
        "会议经表决，任命覃立新为区商务局局长。\n"
        "根据区长韦海提请：任命黄海涛为区林业局局长；免去莫红的区林业局局长职务。",
        [
            ("appoint", "覃立新", "区商务局局长", None),
            ("remove", "蒙丽", "区商务局局长", None),
            ("appoint", "黄海涛", "区林业局局长", None),
            ("remove", "莫红", "区林业局局长", None),
        ],
    ),
    "a_proposal_put_for_decision_stays_a_proposal": (
        "区政府常务会议研究决定，提请区人大常委会任命覃立新为区商务局局长，"
        "免去蒙丽的区商务局局长职务，请予审议决定。",
        [
            ("nominate_appoint", "覃立新", "区商务局局长", None),
            ("nominate_remove", "蒙丽", "区商务局局长", None),
        ],
    ),
    "a_party_signing_line_under_an_act_dated_on_the_line_above": (
        "2023年6月5日，区委常委会研究决定，柳建华同志任区委办公室副主任。\n"
        "中共某区委组织部\u30002023年6月8日",
        [
            ("appoint", "柳建华", "区委办公室副主任", "2023-06-05"),
        ],
    ),
    "a_name_ending_in_min_before_a_bank": (
        "免去王利民建设银行某县支行行长职务。",
        [
            ("remove", "王利民", "建设银行某县支行行长", None),
        ],
    ),
    "a_rank_before_a_centre_stays_with_it": (
        "经研究，决定聘任：\n郝建军\u3000主治医师培训中心主任\n2023年9月12日",
        [
            ("appoint", "郝建军", "主治医师培训中心主任", "2023-09-12"),
        ],
    ),
    "a_verbs_line_with_one_item_whose_cell_opens_with_ren": (
        "任命：柳建华\u3000任区发展和改革局局长\n任命：聂红梅（女）\u3000区财政局局长",
        [
            ("appoint", "柳建华", "区发展和改革局局长", None),
            ("appoint", "聂红梅", "区财政局局长", None),
        ],
    ),
    "a_pronoun_in_removals_of_several_posts_or_held_besides": (
        "会议任命柳建华为区财政局局长，免去她兼任的区国资委主任职务。会议任命温海为区审计局局长，"
        "免去他的区审计局副局长、区经责办主任职务。",
        [
            ("appoint", "柳建华", "区财政局局长", None),
            ("remove", "柳建华", "区国资委主任", None),
            ("appoint", "温海", "区审计局局长", None),
            ("remove", "温海", "区审计局副局长", None),
            ("remove", "温海", "区经责办主任", None),
        ],
    ),
    "a_societys_new_leadership_elected_then_each_takes_a_title": (
        "会议选举产生了新一届桂林市音乐家协会领导班子，蒋海峰任主席，莫丽、唐国强任副主席。",
        [
            ("other", "蒋海峰", "桂林市音乐家协会主席", None),
            ("other", "莫丽", "桂林市音乐家协会副主席", None),
            ("other", "唐国强", "桂林市音乐家协会副主席", None),
        ],
    ),
    "a_proposal_approved_by_the_meeting_then_restated": (
        "区长韦海提请任命覃立新为区商务局局长，经会议批准，任命覃立新为区商务局局长。",
        [
            ("appoint", "覃立新", "区商务局局长", None),
        ],
    ),
    "a_proposal_reported_not_adopted_stays_a_proposal": (
        "区人民政府提请区人大常委会任命覃立新为区商务局局长，免去蒙丽的区商务局局长职务，"
        "该议案没有获得通过。",
        [
            ("nominate_appoint", "覃立新", "区商务局局长", None),
            ("nominate_remove", "蒙丽", "区商务局局长", None),
        ],
    ),
    "an_explanations_item_put_to_the_vote_in_its_sentence": (
        "韦建国同志因到龄退休，拟免去其区水利局局长职务，会议表决通过。",
        [
            ("remove", "韦建国", "区水利局局长", None),
        ],
    ),
    "a_party_signing_line_under_a_title_run_into_the_acts_day": (
        "区委组织部消息\n"
        "2023年6月5日，区人大常委会第十二次会议决定任命柳建华为区财政局局长。\n"
        "（完）\n中共某区委组织部\u30002023年6月8日",
        [
            ("appoint", "柳建华", "区财政局局长", "2023-06-05"),
        ],
    ),
    "a_party_signing_line_under_an_acts_bracketed_day": (
        "经区委研究决定：柳建华同志任区委办公室副主任（2023年6月5日区委常委会议）。\n"
        "中共某区委组织部\u30002023年6月8日",
        [
            ("appoint", "柳建华", "区委办公室副主任", "2023-06-05"),
        ],
    ),
    "a_rank_before_a_works_department_stays_with_it": (
        "决定聘任：\n柳建华\u3000研究员工作部部长",
        [
            ("appoint", "柳建华", "研究员工作部部长", None),
        ],
    ),
    "a_public_notices_proposed_post_stays_proposed_whatever_follows": (
        "干部任前公示\n现任某市委副书记、市长柳建华，拟任某市委书记。\n"
        "公示期间，对公示对象有异议的，可向市委组织部反映。根据有关规定，经市委常委会会议研究决定，"
        "任命的干部按程序办理。",
        [
            ("nominate_appoint", "柳建华", "某市委书记", None),
        ],
    ),
    "a_person_gone_to_a_place_takes_the_titles_there": (
        "据组织部门消息，中共中央决定，甘肃省委常委、组织部部长邵文岚同志到宁夏任自治区党委副书记。",
        [
            ("appoint", "邵文岚", "宁夏自治区党委副书记", None),
        ],
    ),
    "a_person_going_south_to_a_place_takes_the_titles_there": (
        "2024年9月8日，有关方面决定，吉林省副省长俞海涛南下海南任省委常委。",
        [
            ("appoint", "俞海涛", "海南省委常委", "2024-09-08"),
        ],
    ),
    "a_person_going_north_takes_the_post_after_the_move": (
        "2024年9月8日，江西省委副书记秦世忠北上任内蒙古自治区党委副书记。",
        [
            ("appoint", "秦世忠", "内蒙古自治区党委副书记", "2024-09-08"),
        ],
    ),
    "a_person_going_north_then_succeeding_another": (
        "2024年9月8日，湖北省省长蔡明远北上，接替郑鸿飞出任河北省委书记，郑鸿飞不再担任该职。",
        [
            ("appoint", "蔡明远", "河北省委书记", "2024-09-08"),
            ("remove", "郑鸿飞", "河北省委书记", "2024-09-08"),
        ],
    ),
    "a_bare_place_gone_to_takes_the_level_its_head_tells": (
        "今年3月，市政府秘书长俞海涛跨省到云南任副省长。",
        [
            ("appoint", "俞海涛", "云南省副省长", None),
        ],
    ),
    "who_held_it_before_and_a_place_gone_to_is_no_person": (
        "此前担任南湖市委副书记、市长的是葛如松。今年1月，燕北市政府秘书长常亮跨省到秦岭任副省长。",
        [
            ("appoint", "常亮", "秦岭省副省长", None),
        ],
    ),
    "names_with_their_count_all_leaving_a_shared_post": (
        "近日，邯郸市人事调整。其中，孟庆丰、周蓓等2人全部卸任邯郸市副市长。",
        [
            ("remove", "孟庆丰", "邯郸市副市长", None),
            ("remove", "周蓓", "邯郸市副市长", None),
        ],
    ),
    "a_grade_in_brackets_between_the_post_and_the_name_leaving": (
        "2023年5月，宽城满族自治县县委书记（正处级）郝文斌卸任，马骁出任宽城满族自治县县委书记。",
        [
            ("remove", "郝文斌", "宽城满族自治县县委书记", "2023-05"),
            ("appoint", "马骁", "宽城满族自治县县委书记", "2023-05"),
        ],
    ),
    "a_count_of_holders_leaving_then_their_names": (
        "此外，保定市也有3位副市长卸职，分别是郭志勇、苗文华和靳磊。",
        [
            ("remove", "郭志勇", "保定市副市长", None),
            ("remove", "苗文华", "保定市副市长", None),
            ("remove", "靳磊", "保定市副市长", None),
        ],
    ),
    "a_person_laying_down_a_post_in_news": (
        "据悉，沧州市副市长葛东升已于日前卸职。",
        [
            ("remove", "葛东升", "沧州市副市长", None),
        ],
    ),
    "a_span_of_days_by_a_hyphen_gives_the_month": (
        "2022年11月8日-9日，南充市总工会第十次代表大会召开，林静当选南充市总工会主席。",
        [
            ("other", "林静", "南充市总工会主席", "2022-11"),
        ],
    ),
    "a_day_of_this_year_is_read_against_the_page_date": (
        "发布时间：2023-09-12 10:20\n"
        "今年6月15日，常德市人大常委会召开会议，决定任命邓春林为常德市人民政府副市长。",
        [
            ("appoint", "邓春林", "常德市人民政府副市长", "2023-06-15"),
        ],
    ),
    "a_removal_and_a_revoked_seat_joined_by_bing": (
        "2023年9月8日，益阳市人大常委会会议决定，免去曾志勇的益阳市副市长职务并撤销其益阳市人大代表资格。",
        [
            ("remove", "曾志勇", "益阳市副市长", "2023-09-08"),
            ("other", "曾志勇", "益阳市人大代表", "2023-09-08"),
        ],
    ),
    "a_removal_then_a_seat_revoked_the_person_named_once": (
        "2023年9月8日，政协益阳市委员会常委会会议决定，"
        "免去罗建华的政协益阳市委员会副秘书长职务、撤销政协益阳市委员会委员资格。",
        [
            ("remove", "罗建华", "政协益阳市委员会副秘书长", "2023-09-08"),
            ("other", "罗建华", "政协益阳市委员会委员", "2023-09-08"),
        ],
    ),
    "a_meeting_adopting_the_decision_on_several_resignations": (
        "2023年12月5日，政协衡阳市委员会常委会议召开。会议通过谭志刚、龙小兵辞去政协衡阳市委员会委员的决定。",
        [
            ("other", "谭志刚", "政协衡阳市委员会委员", "2023-12-05"),
            ("other", "龙小兵", "政协衡阳市委员会委员", "2023-12-05"),
        ],
    ),
    "a_tibetan_name_of_one_word_opening_its_clause": (
        "2023年3月6日，墨竹工卡县人民代表大会举行第三次全体会议。"
        "格桑当选墨竹工卡县人民政府县长，尼玛辞去墨竹工卡县人民政府副县长职务。",
        [
            ("other", "格桑", "墨竹工卡县人民政府县长", "2023-03-06"),
            ("other", "尼玛", "墨竹工卡县人民政府副县长", "2023-03-06"),
        ],
    ),
    "the_one_congratulated_on_a_post_is_no_surname_xiang": (
        "2021年7月9日，绍兴市人大常委会举行会议，决定任命黄强为绍兴市人民政府代理市长。会后，"
        "市人大常委会主任代表常委会向黄强担任代理市长表示祝贺。",
        [
            ("appoint", "黄强", "绍兴市人民政府代理市长", "2021-07-09"),
        ],
    ),
    "a_societys_congress_opened_in_triumph_owns_the_titles_after": (
        "6月8日，余姚市慈善总会第四次会员代表大会胜利召开。会议选举产生了新一届理事会，"
        "选举副市长孙建英为会长。",
        [
            ("other", "孙建英", "余姚市慈善总会会长", None),
        ],
    ),
    "the_post_a_person_holds_now_told_as_background": (
        "中央组织部有关负责同志宣布：邹志明同志任国家统计局党组书记。资料显示，"
        "邹志明目前担任审计署副审计长。",
        [
            ("appoint", "邹志明", "国家统计局党组书记", None),
        ],
    ),
    "two_described_heads_each_offering_to_resign": (
        "省人大常委会会议期间，省高级人民法院院长韩立新、省人民检察院检察长罗文清分别提出辞职。",
        [
            ("other", "韩立新", "省高级人民法院院长", None),
            ("other", "罗文清", "省人民检察院检察长", None),
        ],
    ),
    "a_subject_before_then_its_move_opened_by_ze": (
        "原任白云区人民法院副院长的梁晓红，则调任越秀区人民法院副院长。",
        [
            ("appoint", "梁晓红", "越秀区人民法院副院长", None),
            ("remove", "梁晓红", "白云区人民法院副院长", None),
        ],
    ),
    "a_name_then_xianyi_before_the_post_taken": (
        "据悉，韦振东现已出任柳州市副市长。",
        [
            ("appoint", "韦振东", "柳州市副市长", None),
        ],
    ),
    "a_held_post_after_er_cishiren_then_a_move_into_a_body": (
        "而此前任番禺区人民检察院党组书记的欧阳晴，则调任天河区人民检察院任党组书记。",
        [
            ("appoint", "欧阳晴", "天河区人民检察院党组书记", None),
            ("remove", "欧阳晴", "番禺区人民检察院党组书记", None),
        ],
    ),
    "a_move_from_a_post_told_before_the_place_gone_to": (
        "2023年5月，王立明从泰兴市市长任上到扬州市任副市长。",
        [
            ("appoint", "王立明", "扬州市副市长", "2023-05"),
        ],
    ),
    "the_surname_xiang_after_dui_in_a_congratulation": (
        "全体干部对向阳明担任龙山县县长表示祝贺。",
        [
            ("appoint", "向阳明", "龙山县县长", None),
        ],
    ),
    "an_act_told_after_mu_qian_is_an_act": (
        "据悉，张建国目前不再担任丰县县长。",
        [
            ("remove", "张建国", "丰县县长", None),
        ],
    ),
    "a_count_of_a_citys_party_standing_members_leaving": (
        "杭州市有2位市委常委卸任，分别是张建国和李卫东。",
        [
            ("remove", "张建国", "杭州市委常委", None),
            ("remove", "李卫东", "杭州市委常委", None),
        ],
    ),
    "names_with_quandou_before_the_verb": (
        "张建国、李卫东全都卸任徐州市副市长。",
        [
            ("remove", "张建国", "徐州市副市长", None),
            ("remove", "李卫东", "徐州市副市长", None),
        ],
    ),
    "succeeding_the_one_who_left_takes_no_post": (
        "李卫东辞去徐州钢铁公司董事长职务，接替李卫东出任董事长。",
        [
            ("other", "李卫东", "徐州钢铁公司董事长", None),
        ],
    ),
    "a_cadre_posted_to_a_village_as_its_first_secretary": (
        "近日，省财政厅新一批驻村干部到岗。其中，预算处周海涛同志派驻阜南县王家坝镇李郢村担任第一书记。",
        [
            ("appoint", "周海涛", "阜南县王家坝镇李郢村第一书记", None),
        ],
    ),
    "a_move_from_the_seat_of_a_post": (
        "许振东从中国电建集团总经理的位置上调任安徽省人民政府副省长。",
        [
            ("appoint", "许振东", "安徽省人民政府副省长", None),
            ("remove", "许振东", "中国电建集团总经理", None),
        ],
    ),
    "two_people_accepting_appointment_then_two_posts_joined_by_he": (
        "2024年1月14日，天津市人大常委会举行会议。在这次会议上，周立新和马海涛接受任命，"
        "出任天津市高级人民法院代理院长和天津市人民检察院代理检察长。",
        [
            ("appoint", "周立新", "天津市高级人民法院代理院长", "2024-01-14"),
            ("appoint", "马海涛", "天津市人民检察院代理检察长", "2024-01-14"),
        ],
    ),
    "a_roundups_paragraph_dated_by_the_day_it_opens_with": (
        "2022-10-12 来源：某报\n今年以来，多家央企调整主要负责人。\n"
        "7月5日，两家建筑央企同日换帅。中国中铁原总经理陈云鹏调任中国铁建董事长。",
        [
            ("appoint", "陈云鹏", "中国铁建董事长", "2022-07-05"),
            ("remove", "陈云鹏", "中国中铁总经理", "2022-07-05"),
        ],
    ),
    "a_move_after_a_loose_description_ends_no_post": (
        "2023年5月8日消息，而此前长期任沛县县长的张建国，则调任徐州市任副市长。",
        [
            ("appoint", "张建国", "徐州市副市长", "2023-05-08"),
        ],
    ),
    "a_move_after_a_clause_with_its_own_act": (
        "张建国辞去沛县县长职务，随后调任徐州市任副市长。",
        [
            ("other", "张建国", "沛县县长", None),
            ("appoint", "张建国", "徐州市副市长", None),
        ],
    ),
    "places_counted_before_the_title_each_holds": (
        "湖南、江西两省省委秘书长一职，分别由长沙市委副书记刘建国、赣州市市长王海涛接任。",
        [
            ("appoint", "刘建国", "湖南省委秘书长", None),
            ("appoint", "王海涛", "江西省委秘书长", None),
        ],
    ),
    "two_people_each_a_deputy_of_two_cities_counted": (
        "会议决定，刘建国、王海涛分别任株洲、湘潭两市副市长。",
        [
            ("appoint", "刘建国", "株洲市副市长", None),
            ("appoint", "王海涛", "湘潭市副市长", None),
        ],
    ),
    "a_bodys_new_head_named_after_it": (
        "据悉，常德市财政局新任局长是邓春林。",
        [
            ("appoint", "邓春林", "常德市财政局局长", None),
        ],
    ),
    "a_body_two_cities_share_stays_whole": (
        "会议决定，刘建国任成都、重庆两市合作办公室主任。",
        [
            ("appoint", "刘建国", "成都、重庆两市合作办公室主任", None),
        ],
    ),
    "counted_places_printed_with_their_level": (
        "会议决定，刘建国、王海涛分别任南京市、苏州市两市副市长。",
        [
            ("appoint", "刘建国", "南京市副市长", None),
            ("appoint", "王海涛", "苏州市副市长", None),
        ],
    ),
    "deputies_by_elected_counted_then_named": (
        "2024年1月10日，县人大常委会会议还依法补选了3名市人大代表，分别是张伟、刘洋、王建。",
        [
            ("other", "张伟", "市人大代表", "2024-01-10"),
            ("other", "刘洋", "市人大代表", "2024-01-10"),
            ("other", "王建", "市人大代表", "2024-01-10"),
        ],
    ),
    "title_ending_in_chang_before_surname_sun": (
        "2024年3月2日，滨江集团董事长孙国庆到龄退休。同日，滨江银行行长孙丽辞职。",
        [
            ("other", "孙国庆", "滨江集团董事长", "2024-03-02"),
            ("other", "孙丽", "滨江银行行长", "2024-03-02"),
        ],
    ),
    "request_accepted_of_a_person_described_by_title": (
        "2024年3月2日，凤台县人大常委会接受县长刘卫东辞去县长职务的请求，同意副县长陈静辞去副县长职务。",
        [
            ("other", "刘卫东", "县长", "2024-03-02"),
            ("other", "陈静", "副县长", "2024-03-02"),
        ],
    ),
    "list_item_name_ending_in_cheng_before_wei": (
        "凤台县人大常委会任免名单\n"
        "（2024年3月2日凤台县第十八届人民代表大会常务委员会第十次会议通过）\n"
        "任命：\n张国成为凤台县自然资源局局长；\n李卫为凤台县水利局局长。\n"
        "2024年3月2日，会议还决定任命刘洋为凤台县商务局局长，陈志成为凤台县统计局局长。",
        [
            ("appoint", "张国成", "凤台县自然资源局局长", "2024-03-02"),
            ("appoint", "李卫", "凤台县水利局局长", "2024-03-02"),
            ("appoint", "刘洋", "凤台县商务局局长", "2024-03-02"),
            ("appoint", "陈志成", "凤台县统计局局长", "2024-03-02"),
        ],
    ),
    "became_after_a_list_is_no_list_item": (
        "2024年3月2日，会议决定任命刘洋为凤台县商务局局长。此番调整后，"
        "陈志成为凤台县最年轻的局长。在此之前他一直在县里工作，直至成为局长。",
        [
            ("appoint", "刘洋", "凤台县商务局局长", "2024-03-02"),
        ],
    ),
    "successor_described_by_own_post_then_jieren": (
        "中新网5月6日电 记者获悉，2024年5月6日，滨江博物馆馆长周立平今日退休，滨江图书馆馆长陈晓东接任。",
        [
            ("other", "周立平", "滨江博物馆馆长", "2024-05-06"),
            ("appoint", "陈晓东", "滨江博物馆馆长", "2024-05-06"),
        ],
    ),
    "described_people_with_tongzhi_leaving_together": (
        "2024年3月2日，凤台县民政局局长张建国同志和凤台县财政局局长李卫东同志同时退休。",
        [
            ("other", "张建国", "凤台县民政局局长", "2024-03-02"),
            ("other", "李卫东", "凤台县财政局局长", "2024-03-02"),
        ],
    ),
    "described_people_with_tongzhi_each_a_clause_then_removed": (
        "2024年3月2日，凤台县通报事故调查处理意见：\n"
        "1、某镇党委书记张建国同志，某镇党委副书记、镇长李卫东同志，"
        "县应急局副局长王海同志先期免职。",
        [
            ("remove", "张建国", "某镇党委书记", None),
            ("remove", "李卫东", "某镇党委副书记", None),
            ("remove", "李卫东", "某镇镇长", None),
            ("remove", "王海", "县应急局副局长", None),
        ],
    ),
    "successor_described_with_adverb_and_talk_of_one": (
        "2024年5月6日，滨江集团总经理周立平卸任，副总经理陈晓东正式接任。同日，"
        "滨江医院院长吴刚退休，外界普遍预测副院长林峰接任。",
        [
            ("remove", "周立平", "滨江集团总经理", "2024-05-06"),
            ("appoint", "陈晓东", "滨江集团总经理", "2024-05-06"),
            ("other", "吴刚", "滨江医院院长", "2024-05-06"),
        ],
    ),
    "became_the_first_after_an_appointment_is_no_item": (
        "2024年5月6日，会议任命刘芳为凤台县人民政府副县长，刘芳成为该县首位女副县长。",
        [
            ("appoint", "刘芳", "凤台县人民政府副县长", "2024-05-06"),
        ],
    ),
    "accepting_word_inside_a_body_name": (
        "2024年5月6日，会议同意市慈善捐赠接受中心主任周立平辞去主任职务。",
        [
            ("other", "周立平", "市慈善捐赠接受中心主任", "2024-05-06"),
        ],
    ),
    "subject_after_title_ending_in_chang_then_surname_sun": (
        "2024年3月2日，滨江集团有限公司董事长孙国庆因工作调动辞去董事长职务。"
        "滨江市人民法院院长长孙红辞去院长职务。",
        [
            ("other", "孙国庆", "滨江集团有限公司董事长", "2024-03-02"),
            ("other", "长孙红", "滨江市人民法院院长", None),
        ],
    ),
    "numbered_list_item_name_ending_in_cheng": (
        "凤台县人民政府关于任免工作人员的通知\n县政府决定：\n任命：\n"
        "一、张国成为凤台县自然资源局局长；\n二、李卫为凤台县水利局局长。\n免去：\n"
        "（一）陈志成的凤台县统计局局长职务。",
        [
            ("appoint", "张国成", "凤台县自然资源局局长", None),
            ("appoint", "李卫", "凤台县水利局局长", None),
            ("remove", "陈志成", "凤台县统计局局长", None),
        ],
    ),
    "dotted_name_after_a_decision_word": (
        "2024年2月2日，自治区党委决定：古丽娜·买买提同志任中共喀什地区委员会委员、常委、"
        "书记。同日，地委决定艾力·吐尔逊同志任喀什地区行政公署副专员。",
        [
            ("appoint", "古丽娜·买买提", "中共喀什地区委员会委员", "2024-02-02"),
            ("appoint", "古丽娜·买买提", "中共喀什地区委员会常委", "2024-02-02"),
            ("appoint", "古丽娜·买买提", "中共喀什地区委员会书记", "2024-02-02"),
            ("appoint", "艾力·吐尔逊", "喀什地区行政公署副专员", "2024-02-02"),
        ],
    ),
    "accepting_verb_after_an_adverb_and_he_surname": (
        "2024年3月2日，丽江市人大常委会会议一致同意副市长和丽萍辞去副市长职务，"
        "全票同意和良辉辞去市人大常委会委员职务。丽江市财政局局长和光学调任某县县长。",
        [
            ("other", "和丽萍", "副市长", "2024-03-02"),
            ("other", "和良辉", "市人大常委会委员", "2024-03-02"),
            ("remove", "和光学", "丽江市财政局局长", "2024-03-02"),
            ("appoint", "和光学", "某县县长", "2024-03-02"),
        ],
    ),
    "numbered_line_after_a_paragraph_is_no_item": (
        "2024年3月2日，市委任命刘华为市商务局局长。\n一、王建成为全省优秀县委书记，这是我市第三次获此殊荣。",
        [
            ("appoint", "刘华", "市商务局局长", "2024-03-02"),
        ],
    ),
    "two_character_name_ending_in_cheng_after_its_surname_printed": (
        "2024年3月2日，刘洋任凤台县财政局副局长。会议还决定任命张伟为凤台县公安局局长，"
        "刘成为凤台县司法局局长。",
        [
            ("appoint", "刘洋", "凤台县财政局副局长", "2024-03-02"),
            ("appoint", "张伟", "凤台县公安局局长", None),
            ("appoint", "刘成", "凤台县司法局局长", None),
        ],
    ),
    "list_lines_of_one_length_are_not_a_page_width": (
        "桐溪县人民政府关于任免工作人员的通知\n各乡镇人民政府，县政府各部门：\n"
        "经县人民政府研究决定：\n任命：\n桐溪县人民政府办公室主任：张建华\n"
        "桐溪县发展和改革局副局长：刘文斌\n桐溪县教育和体育局副局长：陈晓燕\n"
        "桐溪县卫生和健康局副局长：王海峰\n免去：\n桐溪县人民政府办公室主任：李国强\n"
        "桐溪县人民政府\n2024年5月6日\n",
        [
            ("appoint", "张建华", "桐溪县人民政府办公室主任", "2024-05-06"),
            ("appoint", "刘文斌", "桐溪县发展和改革局副局长", "2024-05-06"),
            ("appoint", "陈晓燕", "桐溪县教育和体育局副局长", "2024-05-06"),
            ("appoint", "王海峰", "桐溪县卫生和健康局副局长", "2024-05-06"),
            ("remove", "李国强", "桐溪县人民政府办公室主任", "2024-05-06"),
        ],
    ),
    "items_of_one_length_without_stops_stay_apart": (
        "临川市人民政府关于任免工作人员的通知\n经市政府研究决定：\n"
        "任命王立军为临川市财政局局长、党组书记\n任命李红梅为临川市审计局局长、党组书记\n"
        "任命赵国庆为临川市民政局局长、党组书记\n"
        "免去孙文华的临川市财政局局长、党组书记职务\n临川市人民政府\n2024年5月6日\n",
        [
            ("appoint", "王立军", "临川市财政局局长", "2024-05-06"),
            ("appoint", "王立军", "临川市财政局党组书记", "2024-05-06"),
            ("appoint", "李红梅", "临川市审计局局长", "2024-05-06"),
            ("appoint", "李红梅", "临川市审计局党组书记", "2024-05-06"),
            ("appoint", "赵国庆", "临川市民政局局长", "2024-05-06"),
            ("appoint", "赵国庆", "临川市民政局党组书记", "2024-05-06"),
            ("remove", "孙文华", "临川市财政局局长", "2024-05-06"),
            ("remove", "孙文华", "临川市财政局党组书记", "2024-05-06"),
        ],
    ),
    "proposed_post_ending_a_profile_line_without_a_stop": (
        "干部任前公示\n"
        "蒋文涛，男，汉族，1976年3月生，大学学历，现任柳川县审计局局长，拟任柳川县财政局局长\n"
        "何丽华，女，汉族，1980年9月生，研究生，现任柳川县民政局副局长，拟任柳川县审计局局长\n"
        "彭建军，男，汉族，1973年1月生，大学学历，现任柳川县商务局局长，拟任柳川县民政局局长\n"
        "公示期间，如有意见，请向县委组织部反映。",
        [
            ("nominate_appoint", "蒋文涛", "柳川县财政局局长", None),
            ("nominate_appoint", "何丽华", "柳川县审计局局长", None),
            ("nominate_appoint", "彭建军", "柳川县民政局局长", None),
        ],
    ),
    "proposed_post_on_its_own_line_above_a_profile": (
        "干部任前公示\n拟任柳川县财政局局长\n"
        "蒋文涛，男，汉族，1976年3月生，大学学历，现任柳川县审计局局长。\n"
        "拟任柳川县审计局局长\n"
        "何丽华，女，汉族，1980年9月生，研究生，现任柳川县民政局副局长。\n"
        "公示期间，如有意见，请向县委组织部反映。",
        [
            ("nominate_appoint", "蒋文涛", "柳川县财政局局长", None),
            ("nominate_appoint", "何丽华", "柳川县审计局局长", None),
        ],
    ),
    "names_sharing_a_post_open_each_line_of_a_list_without_stops": (
        "经县委研究，决定：\n吕志强、唐海燕同志任柳川县财政局副局长\n"
        "任建明、邹丽君同志任柳川县审计局副局长\n许国华同志不再担任柳川县审计局副局长",
        [
            ("appoint", "吕志强", "柳川县财政局副局长", None),
            ("appoint", "唐海燕", "柳川县财政局副局长", None),
            ("appoint", "任建明", "柳川县审计局副局长", None),
            ("appoint", "邹丽君", "柳川县审计局副局长", None),
            ("remove", "许国华", "柳川县审计局副局长", None),
        ],
    ),
    "place_party_committee_signing_below_an_item_without_a_stop": (
        "中共柳川县委关于干部任免的通知\n各乡镇党委，县直各单位党组（党委）：\n"
        "经县委研究决定：\n吕志强同志任中共柳川县财政局党组书记\n"
        "唐海燕同志任中共柳川县审计局党组书记\n"
        "免去许国华同志的中共柳川县审计局党组书记职务\n中共柳川县委\n2024年3月8日",
        [
            ("appoint", "吕志强", "中共柳川县财政局党组书记", "2024-03-08"),
            ("appoint", "唐海燕", "中共柳川县审计局党组书记", "2024-03-08"),
            ("remove", "许国华", "中共柳川县审计局党组书记", "2024-03-08"),
        ],
    ),
    # a two-character name padded to three (刘  洋) after a paragraph's indent, an item's number, or 免去
    # with no 的 after it
    "names_padded_to_three_after_an_indent_a_number_or_a_verb": (
        (
            "宁远县人大常委会任免名单\n\u3000\u3000决定任命：\n"
            "\u3000\u3000刘  洋为宁远县公安局局长；\n"
            "\u3000\u3000决定免去：\n\u3000\u3000赵  刚的宁远县公安局局长职务。\n"
            "宁远县人民政府任免名单\n一、任命\n"
            "1.周明为宁远县水利局局长；\n2.吴  迪为宁远县水利局副局长；\n"
            "二、免去\n1.郑  凯的宁远县水利局局长职务。\n"
            "宁远县人民政府关于冯博同志免职的通知\n"
            "经研究决定：\n免去冯  博宁远县统计局局长职务。\n"
            "宁远县人民政府\n2024年5月6日"
        ),
        [
            ("appoint", "刘洋", "宁远县公安局局长", None),
            ("remove", "赵刚", "宁远县公安局局长", None),
            ("appoint", "周明", "宁远县水利局局长", None),
            ("appoint", "吴迪", "宁远县水利局副局长", None),
            ("remove", "郑凯", "宁远县水利局局长", None),
            ("remove", "冯博", "宁远县统计局局长", "2024-05-06"),
        ],
    ),
    # a padded name opening an indented 任前公示 profile (　　张  华，女，…)
    "padded_name_opening_an_indented_profile": (
        (
            "关于干部任前公示的公告\n\u3000\u3000张  华，女，1985年3月生，汉族，研究生学历，现任宁远县财"
            "政局副局长，拟任宁远县审计局局长。\n"
            "\u3000\u3000公示期间，如有意见请反映。"
        ),
        [
            ("nominate_appoint", "张华", "宁远县审计局局长", None),
        ],
    ),
    # a padded name opening an indented line of a confirmation (　　陈  静同志正式任…)
    "padded_name_in_an_indented_confirmation": (
        (
            "宁远县人民政府关于陈静同志任职的通知\n"
            "各乡镇人民政府：\n\u3000\u3000陈  静同志正式任宁远县文化馆馆长。\n"
            "宁远县人民政府\n2024年5月6日"
        ),
        [
            ("confirm", "陈静", "宁远县文化馆馆长", "2024-05-06"),
        ],
    ),
    # a padded name after 聘任 (聘任马  丽为本院…)
    "padded_name_after_an_engaging_verb": (
        (
            "宁远县人民医院关于聘任科室负责人的决定\n"
            "经院长办公会研究，决定：\n聘任马  丽为本院护理部主任（试用期一年）。"
        ),
        [
            ("appoint", "马丽", "宁远县人民医院护理部主任", None),
        ],
    ),
    # a padded name after 选举, before 先生 (选举黄  平先生为…)
    "padded_name_elected_by_a_board_with_its_honorific": (
        ("宁远能源股份有限公司第五届董事会第一次会议决议公告\n一、选举黄  平先生为公司第五届董事会董事长。"),
        [
            ("other", "黄平", "宁远能源股份有限公司第五届董事会董事长", None),
        ],
    ),
    # a padded name in a row of cells parted by tabs (1⏎刘  洋⏎某局局长), under a header
    "padded_name_in_a_tab_separated_row_under_its_header": (
        (
            "宁远县人民政府关于干部任免的通知\n"
            "任命：\n序号\t姓  名\t职务\n1\t刘  洋\t宁远县公安局局长\n"
            "2\t王晓东\t宁远县财政局局长"
        ),
        [
            ("appoint", "刘洋", "宁远县公安局局长", None),
            ("appoint", "王晓东", "宁远县财政局局长", None),
        ],
    ),
    # 下列某县第N届人民代表大会代表的代表资格终止：the congress named between 下列 and 代表, the deputies
    # below it numbered one a line, or after the colon
    "deputies_listed_below_a_heading_naming_their_congress_inside": (
        (
            "关于终止刘志红等代表资格的公告\n"
            "（2024年6月26日宁远县第十八届人民代表大会常务委员会第二十次会议通过）\n"
            "下列宁远县第十八届人民代表大会代表的代表资格终止：\n"
            "1.刘志红（调离本行政区域）；\n"
            "2.蒋晓东（辞去代表职务）。"
        ),
        [
            ("other", "刘志红", "宁远县第十八届人民代表大会代表", "2024-06-26"),
            ("other", "蒋晓东", "宁远县第十八届人民代表大会代表", "2024-06-26"),
        ],
    ),
    # the same heading in a confirmation's sentence, the names after its colon
    "deputies_named_after_the_colon_of_such_a_heading": (
        (
            "宁远县第十八届人民代表大会常务委员会第二十次会议确认，下列宁远县第十八届人民代表大会代表的代"
            "表资格终止：刘志红、蒋晓东、唐建平。"
        ),
        [
            ("other", "刘志红", "宁远县第十八届人民代表大会代表", None),
            ("other", "蒋晓东", "宁远县第十八届人民代表大会代表", None),
            ("other", "唐建平", "宁远县第十八届人民代表大会代表", None),
        ],
    ),
    # the same heading over a table of name, constituency and reason
    "deputies_in_rows_under_such_a_heading": (
        (
            "宁远县第十八届人民代表大会常务委员会第十九次会议于2024年4月26日确认，下列宁远县第十八届人民"
            "代表大会代表的代表资格终止：\n"
            "姓名    原选区        终止原因\n"
            "李  华  城关镇第三选区  调离本行政区域\n"
            "王建国  城关镇第五选区  辞去代表职务"
        ),
        [
            ("other", "李华", "宁远县第十八届人民代表大会代表", "2024-04-26"),
            ("other", "王建国", "宁远县第十八届人民代表大会代表", "2024-04-26"),
        ],
    ),
    # 接受甲辞职，免去其某职务: the resignation accepted (other) is of the posts the removal after it names,
    # and the removal is 甲's
    "a_resignation_accepted_then_its_posts_removed": (
        (
            "炎陵县人大常委会举行第二十次会议。会议决定接受赵刚辞职，免去其炎陵县人民政府副县长职务；决定"
            "任命谭志勇为炎陵县财政局局长。\n"
            "经县委研究，同意李建华同志辞职，免去其炎陵县教育局局长职务。"
        ),
        [
            ("other", "赵刚", "炎陵县人民政府副县长", None),
            ("remove", "赵刚", "炎陵县人民政府副县长", None),
            ("appoint", "谭志勇", "炎陵县财政局局长", None),
            ("other", "李建华", "炎陵县教育局局长", None),
            ("remove", "李建华", "炎陵县教育局局长", None),
        ],
    ),
    # 某会议选举结果 / 当选名单 over its day alone in brackets, then POST：NAME lines with no verb:
    # elections, the bracketed day no end of the list
    "election_results_titled_then_their_day_alone_in_brackets": (
        (
            "桂东县第十八届人民代表大会第一次会议选举结果\n"
            "（2021年9月28日）\n桂东县人民代表大会常务委员会主任：郭立新\n"
            "桂东县人民政府县长：曹文斌"
        ),
        [
            ("other", "郭立新", "桂东县人民代表大会常务委员会主任", "2021-09-28"),
            ("other", "曹文斌", "桂东县人民政府县长", "2021-09-28"),
        ],
    ),
    # the same under 当选名单, its day printed in Chinese numerals
    "winners_list_over_its_day_in_chinese_numerals": (
        (
            "桂东县第十八届人民代表大会第一次会议当选名单\n"
            "（二〇二一年九月二十八日）\n桂东县人民代表大会常务委员会副主任：李春燕\n"
            "桂东县人民政府副县长：陈立军"
        ),
        [
            ("other", "李春燕", "桂东县人民代表大会常务委员会副主任", "2021-09-28"),
            ("other", "陈立军", "桂东县人民政府副县长", "2021-09-28"),
        ],
    ),
    # 接受辞职： / 接受辞去职务： as a 任免名单's section: its rows (name, post) and items (乙的某职务) are
    # resignations (other)
    "resignations_accepted_as_a_lists_section": (
        (
            "茶陵县人大常委会任免名单\n（2024年12月20日茶陵县第十八届人民代表大会常务委员会第二十四次会议"
            "通过）\n一、接受辞职：\n赵  刚    茶陵县人民政府副县长\n"
            "二、接受辞去职务：\n孙丽的茶陵县教育局局长职务。\n"
            "三、决定任命：\n谭志勇为茶陵县人民政府副县长"
        ),
        [
            ("other", "赵刚", "茶陵县人民政府副县长", "2024-12-20"),
            ("other", "孙丽", "茶陵县教育局局长", "2024-12-20"),
            ("appoint", "谭志勇", "茶陵县人民政府副县长", "2024-12-20"),
        ],
    ),
    # a resignation reported, then prose of 某行的… (no list's item): the resignation alone
    "news_going_on_after_a_resignation_names_no_post_ended": (
        (
            "今年4月，华商银行原董事长陈思明辞去华商银行董事长职务。如以上情况属实，华商行的高管层将形成"
            "一名行长、五名副行长的格局。"
        ),
        [
            ("other", "陈思明", "华商银行董事长", None),
        ],
    ),
    # 某省人大代表甲因病于某日逝世 / 某县人大常委会副主任乙同志，因病医治无效，于某日在某地逝世: the posts
    # the person is described by end with the death (other)
    "a_deputys_or_officials_death_ends_the_posts_described": (
        (
            "河北省第十四届人民代表大会代表赵春生因病于2024年4月逝世。\n"
            "武冈市人大常委会副主任陈建国同志，因病医治无效，于2024年3月8日在长沙逝世，享年58岁。"
        ),
        [
            ("other", "赵春生", "河北省第十四届人民代表大会代表", "2024-04"),
            ("other", "陈建国", "武冈市人大常委会副主任", "2024-03-08"),
        ],
    ),
    # 某县选出的某市人大代表甲因病去世，其代表资格终止: one event, the mandate's, its post without
    # 某县选出的
    "a_death_then_the_mandates_end_is_one_act": (
        "柏溪县选出的沧州市第十六届人民代表大会代表刘长青因病去世，其代表资格自然终止。",
        [
            ("other", "刘长青", "沧州市第十六届人民代表大会代表", None),
        ],
    ),
    # 甲晋升为某级（a rank, no event），并出任某职: the one promoted takes the post of the clause after;
    # Hong Kong's directorate grades (首长级甲一级政务官) are ranks too
    "promoted_to_a_rank_then_taking_a_post": (
        (
            "發展局副秘書長（規劃及地政）林美儀將於二○二三年九月五日晉升為首長級甲一級政務官，並出任發展"
            "局常任秘書長（規劃及地政）。\n"
            "宁远县财政局副局长周明晋升为一级主任科员，并出任宁远县审计局副局长。"
        ),
        [
            ("appoint", "林美儀", "發展局常任秘書長（規劃及地政）", "2023-09-05"),
            ("appoint", "周明", "宁远县审计局副局长", None),
        ],
    ),
    # 甲调任X，并出任Y / 乙出任X，同时担任Y: the post taken besides is the same person's
    "a_post_taken_besides_joined_by_bing_or_tongshi": (
        (
            "林美仪调任发展局局长，并出任发展局常任秘书长。\n"
            "王五出任宁远县财政局局长，同时担任宁远县国资办主任。"
        ),
        [
            ("appoint", "林美仪", "发展局局长", None),
            ("appoint", "林美仪", "发展局常任秘书长", None),
            ("appoint", "王五", "宁远县财政局局长", None),
            ("appoint", "王五", "宁远县国资办主任", None),
        ],
    ),
    # 杭州铁路运输中级法院 / 温州医科大学 after a post of 浙江省…: the body names its city (without 市), so
    # the list's place is not put before it
    "a_body_named_by_its_city_without_its_suffix_is_no_place_elided": (
        (
            "任命：\n赵文博为浙江省高级人民法院审判员；\n"
            "孔德润为杭州铁路运输中级法院副院长。\n"
            "任命钱明为浙江省教育厅副厅长，孙丽为温州医科大学副校长。"
        ),
        [
            ("appoint", "赵文博", "浙江省高级人民法院审判员", None),
            ("appoint", "孔德润", "杭州铁路运输中级法院副院长", None),
            ("appoint", "钱明", "浙江省教育厅副厅长", None),
            ("appoint", "孙丽", "温州医科大学副校长", None),
        ],
    ),
    # a deputy's death, then (in words, or a sentence on) the mandate's end: one event, the mandate's, its
    # post without 某县选出的
    "a_deaths_mandate_ending_after_it_is_the_one_act": (
        (
            "宁远县选出的永州市第五届人民代表大会代表刘长青因病去世，代表资格自然终止。\n"
            "蓝山县选出的永州市第五届人民代表大会代表周志明因病去世。根据代表法的规定，周志明的代表资格自"
            "然终止。"
        ),
        [
            ("other", "刘长青", "永州市第五届人民代表大会代表", None),
            ("other", "周志明", "永州市第五届人民代表大会代表", None),
        ],
    ),
    # a resignation accepted, then 会议决定，保留乙的某职务: no resignation of 乙 (no list's item)
    "a_post_kept_after_a_resignation_is_no_item": (
        "会议接受赵刚辞去宁远县人民政府副县长职务的请求。会议决定，保留孙丽的宁远县教育局局长职务。",
        [
            ("other", "赵刚", "宁远县人民政府副县长", None),
        ],
    ),
    # padded names after 解聘 and 撤销 with no 的
    "padded_names_after_dismissing_and_revoking_verbs": (
        ("经研究决定：\n解聘周  杰宁远县城建投资公司总经理职务；\n撤销吴  昊宁远县城管执法大队大队长职务。"),
        [
            ("remove", "周杰", "宁远县城建投资公司总经理", None),
            ("other", "吴昊", "宁远县城管执法大队大队长", None),
        ],
    ),
    # 出席会议人员：⏎县委书记：甲 below a list of appointments: those present, no appointments
    "those_attending_end_a_list": (
        (
            "宁远县人大常委会任命名单\n（2024年5月6日）\n"
            "宁远县财政局局长：李明\n出席会议人员：\n"
            "县委书记：王海\n县长：曹文斌"
        ),
        [
            ("appoint", "李明", "宁远县财政局局长", "2024-05-06"),
        ],
    ),
    # 聘任某学家甲教授为… / 聘任某大学乙教授为… / 聘任著名经济学家丙为…: the description (a profession
    # ending 学家, a university before 教授) and the address after the name are no part of it
    "a_scholar_described_before_the_name_hired": (
        (
            "聘任知名作物遗传学家陈立群教授为农学院院长。\n"
            "聘任北京大学周明远教授为医学院院长。\n"
            "学校决定聘任著名经济学家王立新为经济学院院长。"
        ),
        [
            ("appoint", "陈立群", "农学院院长", None),
            ("appoint", "周明远", "医学院院长", None),
            ("appoint", "王立新", "经济学院院长", None),
        ],
    ),
    # 某日至某日，某学会第N次全国会员代表大会在某地召开 … 选举甲为理事长: the society named in the
    # congress's sentence, its 全国 and the span of its days no bar
    "a_societys_national_congress_over_two_days_elects_its_officers": (
        (
            "11月18日至19日，中国土壤修复学会第十一次全国会员代表大会在北京召开。大会审议通过了工作报告，"
            "选举产生了第十一届理事会。在随后召开的十一届一次理事会上，选举王振华为理事长，李卫民、张红为"
            "副理事长，刘洋为秘书长。"
        ),
        [
            ("other", "王振华", "中国土壤修复学会理事长", None),
            ("other", "李卫民", "中国土壤修复学会副理事长", None),
            ("other", "张红", "中国土壤修复学会副理事长", None),
            ("other", "刘洋", "中国土壤修复学会秘书长", None),
        ],
    ),
    # 某县长甲今天向内政部递出辞呈 / 乙，今天请辞 / 丙因任期届满离任: the posts they are described by end
    # (other)
    "resignation_letters_handed_in_and_terms_ended": (
        (
            "彰化县长林明杰今天向内政部递出辞呈。\n"
            "嘉义县副县长吴志明，今天请辞。\n"
            "文化局局长黄振华因任期届满离任。"
        ),
        [
            ("other", "林明杰", "彰化县长", None),
            ("other", "吴志明", "嘉义县副县长", None),
            ("other", "黄振华", "文化局局长", None),
        ],
    ),
    # 来源：… / 抄送：… / 附件：… / 阅读原文 / 扫一扫… / 版权所有… / 某办公室 某日印发 below a last item
    # without a stop: the trailer stands apart, the item is read
    "a_pages_trailer_after_the_last_item_printed_without_a_stop": (
        (
            "经区政府研究决定：\n1、任命米雪为东湖区人民政府办公室副主任\n"
            "2、免去钟岳的东湖区人民政府办公室副主任职务\n"
            "来源：东湖发布\n\n经区政府研究决定：\n"
            "1、任命胡可为东湖区人民政府研究室主任\n"
            "2、免去梁平的东湖区人民政府研究室主任职务\n"
            "抄送：区委办公室\n\n经区政府研究决定：\n"
            "免去程成的东湖区审计局局长职务\n"
            "扫一扫在手机打开当前页\n\n经区政府研究决定：\n"
            "免去许诺的东湖区统计局局长职务\n"
            "东湖区人民政府办公室 2023年12月1日印发"
        ),
        [
            ("appoint", "米雪", "东湖区人民政府办公室副主任", None),
            ("remove", "钟岳", "东湖区人民政府办公室副主任", None),
            ("appoint", "胡可", "东湖区人民政府研究室主任", None),
            ("remove", "梁平", "东湖区人民政府研究室主任", None),
            ("remove", "许诺", "东湖区统计局局长", None),
            ("remove", "程成", "东湖区审计局局长", None),
        ],
    ),
    # a list's names padded to a column's width, inside and after (王　　伟　为…, 赵　　军　的…), a name of
    # four beside them
    "names_padded_in_a_column_before_their_verb": (
        (
            "临江市人民代表大会常务委员会任免名单\n"
            "任命\n\u3000\u3000王\u3000\u3000伟\u3000为临江市人民政府秘书长\n"
            "\u3000\u3000欧阳明辉\u3000为临江市财政局局长\n"
            "免去\n\u3000\u3000赵\u3000\u3000军\u3000的临江市财政局局长职务"
        ),
        [
            ("appoint", "王伟", "临江市人民政府秘书长", None),
            ("appoint", "欧阳明辉", "临江市财政局局长", None),
            ("remove", "赵军", "临江市财政局局长", None),
        ],
    ),
    # 某某公报 — 12 — 2023年第6期 printed inside a post cut at the page's end: the running head is no part
    # of it
    "a_running_head_with_its_page_number_between_name_and_issue": (
        (
            "经研究决定：\n任命柴静为临江市审\n"
            "临江市人民政府公报 — 12 — 2023年第6期\n"
            "计局副局长；\n任命李四为临江市财政局副局长。"
        ),
        [
            ("appoint", "柴静", "临江市审计局副局长", None),
            ("appoint", "李四", "临江市财政局副局长", None),
        ],
    ),
    # 根据某某的提请，任命： opening the next section below an item printed without a stop: the item is read
    "a_sections_lead_after_an_item_without_a_stop": (
        (
            "汕头市第十五届人民代表大会常务委员会第二十次会议任免名单\n"
            "根据市人民政府市长的提请，任命：\n"
            "郑海林为汕头市人民政府副市长\n"
            "根据市人民检察院检察长的提请，任命：\n"
            "陈少华为汕头市人民检察院副检察长"
        ),
        [
            ("appoint", "郑海林", "汕头市人民政府副市长", None),
            ("appoint", "陈少华", "汕头市人民检察院副检察长", None),
        ],
    ),
    # 补选甲为某常委会委员，并当选为常务委员会秘书长: elected besides, to the standing committee just named
    "elected_besides_to_the_committee_just_named": (
        (
            "会议以无记名投票方式，补选王芳为新乐市第十届人民代表大会常务委员会委员，并当选为常务委员会秘"
            "书长；补选赵磊为新乐市人民政府副市长。"
        ),
        [
            ("other", "王芳", "新乐市第十届人民代表大会常务委员会委员", None),
            ("other", "王芳", "新乐市第十届人民代表大会常务委员会秘书长", None),
            ("other", "赵磊", "新乐市人民政府副市长", None),
        ],
    ),
    # 会议决定甲代理某县人民政府县长 (no 职务 after the post): an acting appointment
    "acting_head_decided_with_no_zhiwu": (
        (
            "2024年11月20日，东阳县第十七届人大常委会召开第二十五次会议。会议听取了关于吕军工作调动的情况"
            "说明，会议决定邱志远代理东阳县人民政府县长。"
        ),
        [
            ("appoint", "邱志远", "东阳县人民政府代理县长", "2024-11-20"),
        ],
    ),
    # 关于某人大专门委员会主任委员、副主任委员、委员人选的表决结果 over the committee's name and its members
    # by title: each voted in (other, as an election)
    "a_congress_committees_members_voted_in": (
        (
            "湖南省第十四届人民代表大会第一次会议\n"
            "关于湖南省第十四届人民代表大会专门委员会主任委员、副主任委员、委员人选的表决结果\n"
            "（2023年1月16日湖南省第十四届人民代表大会第一次会议主席团第三次会议通过）\n"
            "湖南省第十四届人民代表大会教育科学文化卫生委员会\n"
            "主任委员：邓文华\n副主任委员：郭志明  罗晓兰\n"
            "委员：（按姓名笔画排序）\n王晨曦  田园"
        ),
        [
            ("other", "邓文华", "湖南省第十四届人民代表大会教育科学文化卫生委员会主任委员", "2023-01-16"),
            ("other", "郭志明", "湖南省第十四届人民代表大会教育科学文化卫生委员会副主任委员", "2023-01-16"),
            ("other", "罗晓兰", "湖南省第十四届人民代表大会教育科学文化卫生委员会副主任委员", "2023-01-16"),
            ("other", "王晨曦", "湖南省第十四届人民代表大会教育科学文化卫生委员会委员", "2023-01-16"),
            ("other", "田园", "湖南省第十四届人民代表大会教育科学文化卫生委员会委员", "2023-01-16"),
        ],
    ),
    # 任命甲为某市副市长，详见公报 - 12 - 2023年第6期: a clause before 公报, so no page line to blank
    "a_sentence_citing_the_gazette_is_no_running_head": (
        "任命张三为临江市副市长，详见公报 - 12 - 2023年第6期",
        [
            ("appoint", "张三", "临江市副市长", None),
        ],
    ),
    # 本报讯　 before the lead: a paper's dateline, not a name in a cell
    "paper_dateline_with_a_full_width_space": (
        "本报讯\u3000市十六届人大常委会第九次会议6月3日决定任命罗刚为江州市人民政府副市长。",
        [
            ("appoint", "罗刚", "江州市人民政府副市长", None),
        ],
    ),
    # a name ending in 新 before 任 (陈建新任…), after a dateline or as a headline over a decree: not 新任
    "a_name_ending_in_xin_after_a_dateline_or_as_a_headline": (
        "邓卫新任驻智利大使\n\u3000\u3000中华人民共和国主席习近平根据全国人民代表大会常务委员会的决定：任命"
        "邓卫新为驻智利大使，免去孔涛的驻智利大使职务。\n新华社西宁7月9日电 钱志新任青海省人民政府秘书长。",
        [
            ("appoint", "邓卫新", "驻智利大使", None),
            ("remove", "孔涛", "驻智利大使", None),
            ("appoint", "钱志新", "青海省人民政府秘书长", None),
        ],
    ),
    # a list's head with its day (国务院于某年某月某日任命：, …，12月13日任命：) over one item a line
    "list_head_with_its_day": (
        "根据行政长官的提名和建议，国务院于12月20日任命：\n\u3000\u3000韩立为澳门特别行政区政府行政法务司司长；\n\u3000\u3000苏明为澳门特别行政区政府经济财政司司长。\n经行政长官提名，5月8日任命：\n\u3000\u3000邹平为香港特别行政区政府保安局局长。",
        [
            ("appoint", "韩立", "澳门特别行政区政府行政法务司司长", None),
            ("appoint", "苏明", "澳门特别行政区政府经济财政司司长", None),
            ("appoint", "邹平", "香港特别行政区政府保安局局长", None),
        ],
    ),
    # 名单如下： after the sentence telling the act (…任命某政府主要官员。名单如下：), post：name rows
    "list_announced_after_the_sentence_of_its_act": (
        "国务院今天任命第五届澳门特别行政区政府主要官员。名单如下：\n\u3000\u3000行政法务司司长：韦志刚\n\u3000\u3000经济财政司司长：罗佩仪",
        [
            ("appoint", "韦志刚", "行政法务司司长", None),
            ("appoint", "罗佩仪", "经济财政司司长", None),
        ],
    ),
    # a unit's leadership team under the decision forming it
    # (关于某学院领导班子换届聘任的决定：⏎院长：甲⏎副院长：乙、丙)
    "a_units_team_formed_by_title_under_its_decision": (
        "会上宣读了学校关于环境学院行政领导班子换届聘任的决定：\n\u3000\u3000院\u3000长：侯建平\n\u3000\u3000副院长：陶宁、庞\u3000丽\n聘任新一届海洋研究所领导班子：\n所长：邱振东",
        [
            ("appoint", "侯建平", "环境学院院长", None),
            ("appoint", "陶宁", "环境学院副院长", None),
            ("appoint", "庞丽", "环境学院副院长", None),
            ("appoint", "邱振东", "海洋研究所所长", None),
        ],
    ),
    # moves listed name first, spaced from the item (1．甲  由某镇镇长调任…；), under a bracketed decision
    # line too
    "moves_listed_name_first_spaced_from_their_item": (
        "经区委研究决定：\n1．谭红梅  由临江区石门镇党委副书记、镇长调任临江区审计局党组书记；\n"
        "2．邵伟  任临江区石门镇党委副书记。",
        [
            ("appoint", "谭红梅", "临江区审计局党组书记", None),
            ("remove", "谭红梅", "临江区石门镇党委副书记", None),
            ("remove", "谭红梅", "临江区石门镇镇长", None),
            ("appoint", "邵伟", "临江区石门镇党委副书记", None),
        ],
    ),
    "moves_listed_name_first_under_a_bracketed_decision_line": (
        "（2022年5月9日区委常委会会议研究决定）\n"
        "孔令杰\u3000由临江区河口街道党工委副书记转任临江区石门镇党委副书记；\n"
        "丁慧\u3000由临江区财政局副局长调任临江区河口街道党工委副书记。",
        [
            ("appoint", "孔令杰", "临江区石门镇党委副书记", "2022-05-09"),
            ("remove", "孔令杰", "临江区河口街道党工委副书记", "2022-05-09"),
            ("appoint", "丁慧", "临江区河口街道党工委副书记", "2022-05-09"),
            ("remove", "丁慧", "临江区财政局副局长", "2022-05-09"),
        ],
    ),
    # rows saying their own act (甲　　任某职 / 乙　　免去某职职务) under the section headings 一、任职 /
    # 二、免职
    "rows_saying_their_own_act_under_section_headings": (
        "一、任职\n庞\u3000杰\u3000\u3000\u3000任校工会主席\n二、免职\n蔡丽君\u3000\u3000\u3000免去档案馆馆长职务",
        [
            ("appoint", "庞杰", "校工会主席", None),
            ("remove", "蔡丽君", "档案馆馆长", None),
        ],
    ),
    # 甲因…，自某日起不再担任…: the act's day of effect between the reason's clause and its verb
    "act_taking_effect_from_a_day_after_its_reason": (
        "龙腾电子股份有限公司董事会于近日收到副总经理严海波先生的书面辞职报告。严海波先生因个人原因，自9月1日起不再担任公司副总经理。",
        [
            ("other", "严海波", "龙腾电子股份有限公司副总经理", None),
            ("remove", "严海波", "龙腾电子股份有限公司副总经理", None),
        ],
    ),
    # a government's special representative or envoy for an affair (某事务特别代表, 某事务特使)
    "envoys_for_an_affair": (
        "经中华人民共和国政府批准，任命韩卫东为中国政府中东问题特别代表，免去鲍明的中国政府中东问题特别代表职务。任命龚丽为中国政府海洋事务特使。",
        [
            ("appoint", "韩卫东", "中国政府中东问题特别代表", None),
            ("remove", "鲍明", "中国政府中东问题特别代表", None),
            ("appoint", "龚丽", "中国政府海洋事务特使", None),
        ],
    ),
    # 会议经投票表决，决定甲、乙为某职 (a congress deciding on a head's nominees, with no 任命)
    "congress_deciding_on_nominees_after_its_vote": (
        "根据省长的提名，大会经投票表决，决定邱明、卢晓东为副省长，决定谢岚为省财政厅厅长。",
        [
            ("appoint", "邱明", "副省长", None),
            ("appoint", "卢晓东", "副省长", None),
            ("appoint", "谢岚", "省财政厅厅长", None),
        ],
    ),
    # a numbered section heading (一、原董事长离任情况) and a vote's line under an election item
    # (获得选举票数：…), each printed without a stop, end their lines
    "a_section_heading_and_a_vote_line_end_their_lines": (
        "一、原总经理离任情况\n江涛先生因到龄退休，辞去公司总经理职务。\n1.01 选举顾敏女士为公司第三届董事"
        "会非独立董事\n获得选举票数：102,553,210股\n1.02 选举庄伟先生为公司第三届董事会非独立董事\n获得选举"
        "票数：102,550,003股",
        [
            ("other", "江涛", "公司总经理", None),
            ("other", "顾敏", "公司第三届董事会非独立董事", None),
            ("other", "庄伟", "公司第三届董事会非独立董事", None),
        ],
    ),
    # a letter to one person (甲同志：⏎…你任某职，免去你的某职职务): 你 is the addressee
    "a_letter_telling_its_addressee_you_take_a_post": (
        "罗建平同志：\n经区委研究决定，你任中共临江区河口街道工作委员会书记，免去你的中共临江区石门镇委员会副书记职务。\n中共临江区委\n2024年3月2日",
        [
            ("appoint", "罗建平", "中共临江区河口街道工作委员会书记", "2024-03-02"),
            ("remove", "罗建平", "中共临江区石门镇委员会副书记", "2024-03-02"),
        ],
    ),
    # people each described before the names one hire gives (某委员甲、退休干部乙为…; 律师丙、丁为…;
    # 知名化学家、某学会会士戊教授为…), and a government's monitor (特约监督员) a post
    "people_each_described_before_one_hire": (
        "决定聘请市人大代表殷红、退休干部雷振华为江州市人民政府特约监督员，聘请律师闻静、邝立为江州市人民政府法律顾问。学院决定聘任知名物理学家、美国物理学会会士曾庆元教授为物理学院院长。",
        [
            ("appoint", "殷红", "江州市人民政府特约监督员", None),
            ("appoint", "雷振华", "江州市人民政府特约监督员", None),
            ("appoint", "闻静", "江州市人民政府法律顾问", None),
            ("appoint", "邝立", "江州市人民政府法律顾问", None),
            ("appoint", "曾庆元", "物理学院院长", None),
        ],
    ),
    # two people each described, joined by 及 or 和 before 为 (委任前某专员甲及执业会计师乙为…)
    "people_each_described_joined_by_ji_or_he": (
        "委任前申诉专员苗振国及执业会计师邬嘉欣为某管理局非执行董事。委任立法会议员岑志远和大律师龚丽为行政会议成员。",
        [
            ("appoint", "苗振国", "某管理局非执行董事", None),
            ("appoint", "邬嘉欣", "某管理局非执行董事", None),
            ("appoint", "岑志远", "行政会议成员", None),
            ("appoint", "龚丽", "行政会议成员", None),
        ],
    ),
    # committees named by their function side by side (某公司审核委员会主席及提名委员会成员;
    # 审核委员会主席、薪酬委员会成员): each its own name, the company's when named
    "committees_of_a_function_side_by_side": (
        "邝美仪女士获委任为鸿达控股有限公司独立非执行董事、审核委员会主席及提名委员会成员。\n董事会委任卓立仁先生为审核委员会主席、薪酬委员会成员。",
        [
            ("appoint", "邝美仪", "鸿达控股有限公司独立非执行董事", None),
            ("appoint", "邝美仪", "鸿达控股有限公司审核委员会主席", None),
            ("appoint", "邝美仪", "鸿达控股有限公司提名委员会成员", None),
            ("appoint", "卓立仁", "审核委员会主席", None),
            ("appoint", "卓立仁", "薪酬委员会成员", None),
        ],
    ),
    # 甲女士已由执行董事调任为非执行董事 (a company's redesignation, with how she is addressed and 已 before
    # 由)
    "redesignated_already_from_one_seat_to_another": (
        "区慧珊女士已由本公司执行董事调任为本公司非执行董事。",
        [
            ("appoint", "区慧珊", "本公司非执行董事", None),
            ("remove", "区慧珊", "本公司执行董事", None),
        ],
    ),
    # 免除甲在某局副局长的职务 (a Macao dispatch: the post after 在)
    "removed_from_a_post_said_with_zai": (
        "免除冼浩文在交通事务局副局长的职务。",
        [
            ("remove", "冼浩文", "交通事务局副局长", None),
        ],
    ),
    # a grid of names under a list's verb, then a line of what followed (会后，…宣誓): the names only
    "names_in_a_grid_then_what_followed": (
        "任命以下4名同志为江州市人民法院审判员：\n\u3000\u3000韦岚\u3000\u3000蒋涛\n\u3000\u3000包宁\u3000\u3000车晓明\n\u3000\u3000会后，新任命的法官进行了宪法宣誓。",
        [
            ("appoint", "韦岚", "江州市人民法院审判员", None),
            ("appoint", "蒋涛", "江州市人民法院审判员", None),
            ("appoint", "包宁", "江州市人民法院审判员", None),
            ("appoint", "车晓明", "江州市人民法院审判员", None),
        ],
    ),
    # a university's own office after an item of one of its colleges (校团委书记): the university's
    "university_offices_after_a_colleges_item": (
        (
            "岭南农业大学关于干部任免的通知\n经学校研究决定：\n"
            "杜海同志任园艺学院副院长；\n邹敏同志任校团委书记。"
        ),
        [
            ("appoint", "杜海", "园艺学院副院长", None),
            ("appoint", "邹敏", "岭南农业大学团委书记", None),
        ],
    ),
    # a headline's short name of a CPPCC (某省政协副主席) repeats the body's full name
    # (政协某省第N届委员会副主席): one event
    "a_headlines_short_name_of_a_cppcc_repeats_its_full_name": (
        "邱志明当选江西省政协副主席\n\u3000\u3000本报讯\u3000政协江西省第十三届委员会第二次会议1月15日选举邱志明为政协江西省第十三届委员会副主席。",
        [
            ("other", "邱志明", "政协江西省第十三届委员会副主席", None),
        ],
    ),
    # a Taiwan site's day of the Republic with dashes (发布日期：113-05-02, 113-12-15): a date line of its
    # own, read as the Gregorian day where the year's digit fits
    "a_taiwan_sites_day_of_the_republic_with_dashes": (
        (
            "某县政府 > 县政新闻\n地政处长请辞获准\n发布日期：113-05-02\n\n\u3000\u3000某县地政处长邓明辉"
            "因家庭因素请辞，县长今（2）日批准。"
        ),
        [("other", "邓明辉", "某县地政处长", "2024-05-02")],
    ),
    "a_taiwan_sites_day_of_the_republic_with_dashes_no_digit_to_spare": (
        (
            "某县政府 > 县政新闻\n社会处长请辞获准\n发布日期：113-12-15\n\n\u3000\u3000某县社会处长卢晓岚"
            "因健康因素请辞，县长今（15）日批准。"
        ),
        [("other", "卢晓岚", "某县社会处长", None)],
    ),
    # 即日起由副局长甲代理局长职务: when, then 由, before the deputy who acts (no part of the post)
    "acting_from_today_by_the_deputy": (
        "平阳县财政局局长方建华请辞获准，即日起由副局长单振宇代理局长职务。",
        [
            ("other", "方建华", "平阳县财政局局长", None),
            ("appoint", "单振宇", "平阳县财政局代理局长", None),
        ],
    ),
    # a general's rank after the successor's name (某司令由副参谋长甲中将接任): no part of the name
    "a_generals_rank_after_the_successors_name": (
        "国防部今天宣布，空军司令由副参谋长曹立诚中将接任。海军司令由副参谋长沈金龙中将接任。",
        [
            ("appoint", "曹立诚", "空军司令", None),
            ("appoint", "沈金龙", "海军司令", None),
        ],
    ),
    # a numbered item ending in its reason (二、甲因工作安排⏎不再担任…) is no section heading: its verb
    # below goes on with it
    "a_numbered_item_ending_in_its_reason_is_no_heading": (
        "湘华装备股份有限公司\n二、葛伟因工作安排\n不再担任公司董事会秘书职务。",
        [
            ("remove", "葛伟", "湘华装备股份有限公司董事会秘书", None),
        ],
    ),
    # a motion voted down beside an act done in the same sentence (…未通过任命甲的议案，通过了任命乙为…):
    # the act done only
    "a_motion_voted_down_beside_an_act_done": (
        "会议表决未通过任命邵勇为县民政局局长的议案，通过了任命康宁为县财政局局长的议案。",
        [
            ("appoint", "康宁", "县财政局局长", None),
        ],
    ),
    # a profession of two surnames' characters (教师, 讲师) before a name of two, in a hire
    "a_teacher_described_before_a_name_of_two": (
        "聘请教师苏华、程明为江州市人民政府督学。聘任讲师柳洋为江州学院教务处副处长。",
        [
            ("appoint", "苏华", "江州市人民政府督学", None),
            ("appoint", "程明", "江州市人民政府督学", None),
            ("appoint", "柳洋", "江州学院教务处副处长", None),
        ],
    ),
    # a move by exchange (由某局局长交流任某局局长) and a college of three characters
    # (决定聘任新一届文学院领导班子：)
    "a_move_by_exchange_and_a_college_of_three": (
        "（2022年5月9日区委常委会会议研究决定）\n乔伟\u3000由临江区商务局局长交流任临江区发展和改革局局长；\n决定聘任新一届文学院领导班子：\n院长：韩丽\n副院长：时锋",
        [
            ("appoint", "乔伟", "临江区发展和改革局局长", "2022-05-09"),
            ("remove", "乔伟", "临江区商务局局长", "2022-05-09"),
            ("appoint", "韩丽", "文学院院长", "2022-05-09"),
            ("appoint", "时锋", "文学院副院长", "2022-05-09"),
        ],
    ),
    # 本報訊　 (traditional) before the lead: a dateline, no name in a cell
    "a_papers_dateline_in_traditional_characters": (
        "本報訊\u3000會議任命譚家豪為市交通局局長。",
        [
            ("appoint", "譚家豪", "市交通局局長", None),
        ],
    ),
    # a CPPCC's special committee after another (文史和学习委员会主任、提案委员会副主任): the CPPCC's,
    # beside it, not inside it
    "a_cppcc_special_committee_beside_another": (
        "增补邓宏为政协湘潭市委员会文史和学习委员会主任、提案委员会副主任。",
        [
            ("appoint", "邓宏", "政协湘潭市委员会文史和学习委员会主任", None),
            ("appoint", "邓宏", "政协湘潭市委员会提案委员会副主任", None),
        ],
    ),
    # a pronoun subject for the person the sentence before named (委任甲为主席，…。彼亦已获委任为…;
    # 乙已辞任…。其将不再担任…)
    "a_pronoun_subject_for_the_person_just_named": (
        "董事会宣布，委任骆家俊先生为本公司主席，自二零二四年七月一日起生效。彼亦已获委任为本公司提名委员会主席。严伟雄先生已辞任本公司执行董事。其将不再担任本公司副主席。",
        [
            ("appoint", "骆家俊", "本公司主席", None),
            ("appoint", "骆家俊", "本公司提名委员会主席", None),
            ("other", "严伟雄", "本公司执行董事", None),
            ("remove", "严伟雄", "本公司副主席", None),
        ],
    ),
    # a list head's full day (国务院于2019年12月20日任命：) dates the items on the lines below it
    "a_list_heads_full_day_dates_its_items": (
        "根据行政长官的提名和建议，国务院于2019年12月20日任命：\n\u3000\u3000严立为澳门特别行政区政府行政法务司司长；\n\u3000\u3000苗明为澳门特别行政区政府经济财政司司长。",
        [
            ("appoint", "严立", "澳门特别行政区政府行政法务司司长", "2019-12-20"),
            ("appoint", "苗明", "澳门特别行政区政府经济财政司司长", "2019-12-20"),
        ],
    ),
    # an act told before the clause heading a list (委任甲为某局主席，并委任以下人士为董事会成员：⏎names)
    "an_act_before_a_list_heads_clause": (
        "行政长官委任龙广源为机场管理局主席，并委任以下人士为机场管理局董事会成员：\n祁志荣先生\n伍美玲女士",
        [
            ("appoint", "龙广源", "机场管理局主席", None),
            ("appoint", "祁志荣", "机场管理局董事会成员", None),
            ("appoint", "伍美玲", "机场管理局董事会成员", None),
        ],
    ),
    # a site's dash-bulleted list (- 甲任某职⏎- 乙不再担任某职), and a day of effect with no year after a
    # name (甲自11月21日起正式担任…)
    "a_dash_bulleted_list_and_a_day_of_effect_after_a_name": (
        (
            "关文博自11月21日起正式担任该行行长。\n- 韦振华任柳州市人民政府副市长\n- 覃伟东任河池市委副书"
            "记\n- 蒙丽娟不再担任百色市委常委"
        ),
        [
            ("appoint", "韦振华", "柳州市人民政府副市长", None),
            ("appoint", "覃伟东", "河池市委副书记", None),
            ("remove", "蒙丽娟", "百色市委常委", None),
            ("appoint", "关文博", "该行行长", None),
        ],
    ),
    # full-time and part-time vice-chairs (专职副主席, 兼职副主席) of the body just named: 兼职 is the
    # title's own word, not 兼 joining posts
    "full_and_part_time_vice_chairs": (
        "会议选举高立平为江州市科学技术协会第九届委员会主席，选举杜宏伟、苏文军为专职副主席，选举马志强为兼职副主席。",
        [
            ("other", "高立平", "江州市科学技术协会第九届委员会主席", None),
            ("other", "杜宏伟", "江州市科学技术协会第九届委员会专职副主席", None),
            ("other", "苏文军", "江州市科学技术协会第九届委员会专职副主席", None),
            ("other", "马志强", "江州市科学技术协会第九届委员会兼职副主席", None),
        ],
    ),
    # a CPPCC's officers by title under the clause electing them
    # (选举产生了政协某市委员会主席、副主席…。⏎主　席：甲⏎副主席：乙　丙): the CPPCC's, not the city's
    "a_cppccs_officers_by_title_below_their_election": (
        "会议选举产生了政协第八届江州市委员会主席、副主席和秘书长。\n主\u3000席：杨振东\n副主席：何瑞林\u3000罗晓梅\n秘书长：蒋文和",
        [
            ("other", "杨振东", "政协第八届江州市委员会主席", None),
            ("other", "何瑞林", "政协第八届江州市委员会副主席", None),
            ("other", "罗晓梅", "政协第八届江州市委员会副主席", None),
            ("other", "蒋文和", "政协第八届江州市委员会秘书长", None),
        ],
    ),
    # a city gazette's running heads inside a name (某某政报　2019年第5期; an even page's issue alone;
    # 总第152期 after it): cut, the name whole
    "running_heads_of_a_citys_gazette": (
        (
            "\u3000\u3000任命柯\n— 9 —\n江州政报\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002019年第5"
            "期\n秋菊为江州市文化和旅游局副局长；\n\u3000\u3000任命韦\n2021年第5期\n立为江州市财政局副局"
            "长；\n\u3000\u3000任命庞\n江州市人民政府公报\u30002021年第6期（总第152期）\n琳为江州市审计局"
            "副局长。"
        ),
        [
            ("appoint", "柯秋菊", "江州市文化和旅游局副局长", None),
            ("appoint", "韦立", "江州市财政局副局长", None),
            ("appoint", "庞琳", "江州市审计局副局长", None),
        ],
    ),
    # 免去其挂任的某职职务: how the post was held (挂任的) is no part of it
    "a_post_held_on_secondment_said_before_it": (
        "鉴于王晓峰同志挂职期满，决定免去其挂任的江州市教育局副局长职务。",
        [
            ("remove", "王晓峰", "江州市教育局副局长", None),
        ],
    ),
    # a hire's probation served (甲同志聘任某职试用期满，经考核合格，予以正式聘任): confirmed
    "a_hires_probation_served": (
        "邹杰同志聘任江州市第一人民医院副院长试用期满，经考核合格，予以正式聘任。",
        [
            ("confirm", "邹杰", "江州市第一人民医院副院长", None),
        ],
    ),
    # items without stops, each opened by its verb (接受甲辞去…的请求⏎任命乙为…⏎增补丙为…), and an editor's
    # line after a bar (编辑｜…): each item read alone
    "items_without_stops_opened_by_zengbu_and_jieshou": (
        "接受杨国辉辞去政协江州市第三届委员会副秘书长职务的请求\n任命田晓燕为政协江州市委员会副秘书长\n增补龙振华为政协第三届江州市委员会委员\n编辑｜吴倩\u3000初审｜杨帆",
        [
            ("other", "杨国辉", "政协江州市第三届委员会副秘书长", None),
            ("appoint", "田晓燕", "政协江州市委员会副秘书长", None),
            ("appoint", "龙振华", "政协第三届江州市委员会委员", None),
        ],
    ),
    # a pronoun after an act proposed (任前公示：甲拟任X，其不再担任Y;
    # 建议委任乙…，惟须待股东批准。彼亦将获委任…): no act of its own
    "a_pronoun_after_a_proposal_tells_no_act": (
        "任前公示\n许明同志拟任江都区财政局局长，其不再担任江都区财政局副局长职务。\n董事会建议委任苏文杰先生为本公司独立非执行董事，惟须待股东于股东周年大会上批准。彼亦将获委任为本公司审核委员会成员。",
        [
            ("nominate_appoint", "许明", "江都区财政局局长", None),
            ("nominate_appoint", "苏文杰", "本公司独立非执行董事", None),
        ],
    ),
    # a profession ending in 师 before the name of a later item (，副主任医师乙为…; 主管护师丙为…): never 师乙
    "a_profession_ending_in_shi_before_a_name_in_a_later_item": (
        "聘任主任医师邓丽华为医务部主任，副主任医师孔伟为急诊科主任，主管护师杨柳为护理部副主任。",
        [
            ("appoint", "邓丽华", "医务部主任", None),
            ("appoint", "孔伟", "急诊科主任", None),
            ("appoint", "杨柳", "护理部副主任", None),
        ],
    ),
    # the outgoing team printed below the new one (上届领导班子：⏎院长：甲): no act
    "a_teams_outgoing_members_below_the_new": (
        "决定聘任新一届文学院领导班子：\n院长：张明\n副院长：李华\n上届领导班子：\n院长：王大海\n副院长：刘思",
        [
            ("appoint", "张明", "文学院院长", None),
            ("appoint", "李华", "文学院副院长", None),
        ],
    ),
    # a headline of orders made public run into a post by its gap
    # (国防部发布某日将级人事　陆军司令由甲中将接任) over the story telling it: one event, no body named
    # 国防部发布…
    "a_headline_of_orders_published_over_its_story": (
        "国防部发布7月1日将级人事\u3000陆军司令由钟树明中将接任\n国防部今天发布将级人事命令，陆军司令由副参谋总长钟树明中将接任。",
        [
            ("appoint", "钟树明", "陆军司令", None),
        ],
    ),
    # a procuratorate's team lead and chief (主任检察官, 首席检察官) and a clerk (书记员) are titles
    "procurator_team_titles": (
        "南平市延平区人民检察院关于张力等同志任职的通知\n经检察长办公会研究决定：任命张力、王芳为本院主任检察官；任命赵明为本院书记员。\n2021年9月8日",
        [
            ("appoint", "张力", "南平市延平区人民检察院主任检察官", "2021-09-08"),
            ("appoint", "王芳", "南平市延平区人民检察院主任检察官", "2021-09-08"),
            ("appoint", "赵明", "南平市延平区人民检察院书记员", "2021-09-08"),
        ],
    ),
    # a move from a procuratorate's team lead (主任检察官) removes that post too
    "procurator_moved_from_team_lead": (
        "衢州市柯城区人民检察院主任检察官刘海涛调任江山市人民检察院副检察长。",
        [
            ("remove", "刘海涛", "衢州市柯城区人民检察院主任检察官", None),
            ("appoint", "刘海涛", "江山市人民检察院副检察长", None),
        ],
    ),
    # a removal list's heading may count the names below it (免去以下3名同志的…职务：)
    "removal_heading_counted": (
        "决定，免去以下3名同志的永州市冷水滩区人民法院审判员职务：\n蒋\u3000涛（退休）\n唐晓燕（调离）\n何建军",
        [
            ("remove", "蒋涛", "永州市冷水滩区人民法院审判员", None),
            ("remove", "唐晓燕", "永州市冷水滩区人民法院审判员", None),
            ("remove", "何建军", "永州市冷水滩区人民法院审判员", None),
        ],
    ),
    # 免除 heads a court's removal list, a name's reason in brackets as long as a clause
    "removal_heading_mianchu": (
        "决定免除下列同志的南通市崇川区人民法院人民陪审员职务：\n周丽华（本人申请辞去人民陪审员职务）\n钱明\n吴静",
        [
            ("remove", "周丽华", "南通市崇川区人民法院人民陪审员", None),
            ("remove", "钱明", "南通市崇川区人民法院人民陪审员", None),
            ("remove", "吴静", "南通市崇川区人民法院人民陪审员", None),
        ],
    ),
    # a 任前公示's 拟任某职人选: the post proposed, 人选 no part of it
    "proposed_post_as_candidate": (
        "任前公示\n刘建华，男，1976年8月生，现任金川区人民检察院第二检察部主任，拟任金川区人民检察院副检察长人选。\n中共金川区委组织部\n2022年4月11日",
        [
            ("nominate_appoint", "刘建华", "金川区人民检察院副检察长", "2022-04-11"),
        ],
    ),
    # 至于 turns a report to the next person moved: no part of the post he leaves
    "news_turning_to_next_moved": (
        "至于现任县交通运输局局长陈国平，调任县住房和城乡建设局局长。",
        [
            ("remove", "陈国平", "县交通运输局局长", None),
            ("appoint", "陈国平", "县住房和城乡建设局局长", None),
        ],
    ),
    # a list's head with its day in Chinese numerals (国务院一九九九年十二月五日任命：)
    "list_head_day_in_chinese_numerals": (
        "国务院一九九九年十二月五日任命：\n何建平为澳门特别行政区政府行政法务司司长；\n梁国华为澳门特别行政区政府经济财政司司长。",
        [
            ("appoint", "何建平", "澳门特别行政区政府行政法务司司长", "1999-12-05"),
            ("appoint", "梁国华", "澳门特别行政区政府经济财政司司长", "1999-12-05"),
        ],
    ),
    # a congress or its meeting deciding the premier's nominees, no 任命 (…会议决定甲、乙为国务院副总理)
    "congress_decides_names_inline": (
        "根据国务院总理的提名，第九届全国人民代表大会第一次会议决定李国栋、周文彬为国务院副总理。",
        [
            ("appoint", "李国栋", "国务院副总理", None),
            ("appoint", "周文彬", "国务院副总理", None),
        ],
    ),
    # …会议决定： then rows of a post and its holders (国务院副总理：甲　乙)
    "congress_decides_post_then_names": (
        "根据国务院总理的提名，第九届全国人民代表大会第一次会议决定：\n国务院副总理：李国栋\u3000周文彬\n国防部部长：孙建中\n（1998年3月18日第九届全国人民代表大会第一次会议通过）",
        [
            ("appoint", "李国栋", "国务院副总理", "1998-03-18"),
            ("appoint", "周文彬", "国务院副总理", "1998-03-18"),
            ("appoint", "孙建中", "国防部部长", "1998-03-18"),
        ],
    ),
    # rows printed post first, the names in wide-spaced columns, under the decision's list verb
    "post_first_rows_under_a_decision": (
        "会议决定任命：\n县人民法院副院长\u3000\u3000\u3000林海\u3000\u3000陈静\n县人民检察院副检察长\u3000\u3000\u3000黄涛",
        [
            ("appoint", "林海", "县人民法院副院长", None),
            ("appoint", "陈静", "县人民法院副院长", None),
            ("appoint", "黄涛", "县人民检察院副检察长", None),
        ],
    ),
    # a Dai name of two (岩坎, 玉应), all a list item holds before its 任
    "dai_name_of_two_before_ren": (
        "县人民政府关于岩坎等同志任职的通知\n岩坎任县民族宗教事务局副局长；\n玉应任县文化和旅游局副局长。\n2021年5月8日",
        [
            ("appoint", "岩坎", "县民族宗教事务局副局长", "2021-05-08"),
            ("appoint", "玉应", "县文化和旅游局副局长", "2021-05-08"),
        ],
    ),
    # a name of a surname the table lacks, its sex or people noted after it (娜妥（女，拉祜族）任…)
    "name_noted_by_sex_or_people": (
        "娜妥（女，拉祜族）任县乡村振兴局局长；\n贡布（藏族）任县林业和草原局副局长。",
        [
            ("appoint", "娜妥", "县乡村振兴局局长", None),
            ("appoint", "贡布", "县林业和草原局副局长", None),
        ],
    ),
    # a row of name, sex, people and the act: the first cell is the name
    "row_name_sex_people_act": (
        "岩光\u3000\u3000男\u3000\u3000傣族\u3000\u3000任县交通运输局副局长\n玉罕\u3000\u3000女\u3000\u3000傣族\u3000\u3000免去县教育体育局副局长职务",
        [
            ("appoint", "岩光", "县交通运输局副局长", None),
            ("remove", "玉罕", "县教育体育局副局长", None),
        ],
    ),
    # Hani and Yi names open, hold or end with 者 where only a name stands
    "hani_yi_names_with_zhe": (
        "任命者文兴（哈尼族）为县民族宗教事务局局长；\n免去白者黑的县林业和草原局副局长职务；\n任命阿苏拉者为县统计局副局长。",
        [
            ("appoint", "者文兴", "县民族宗教事务局局长", None),
            ("remove", "白者黑", "县林业和草原局副局长", None),
            ("appoint", "阿苏拉者", "县统计局副局长", None),
        ],
    ),
    # Diqing's Tibetan names (此里拉姆, 鲁茸农布), no Han surname
    "diqing_tibetan_names": (
        "任命此里拉姆（女，藏族）、鲁茸农布为县人民法院审判员。",
        [
            ("appoint", "此里拉姆", "县人民法院审判员", None),
            ("appoint", "鲁茸农布", "县人民法院审判员", None),
        ],
    ),
    # Mongolian names of five or six characters, no dot (孟根图雅, 敖特根其木格)
    "mongolian_names_long": (
        "任命孟根图雅为旗文化旅游体育局局长；\n免去敖特根其木格的旗卫生健康委员会副主任职务。",
        [
            ("appoint", "孟根图雅", "旗文化旅游体育局局长", None),
            ("remove", "敖特根其木格", "旗卫生健康委员会副主任", None),
        ],
    ),
    # Uyghur names whose dot a PDF printed as a space (艾尔肯 吐逊): one name, its space removed
    "uyghur_names_dot_lost": (
        "任命艾尔肯 吐逊为地区交通运输局副局长；\n免去买合木提 依明的地区交通运输局副局长职务。",
        [
            ("appoint", "艾尔肯吐逊", "地区交通运输局副局长", None),
            ("remove", "买合木提依明", "地区交通运输局副局长", None),
        ],
    ),
    # a reprinted notice's 文号 in brackets under its title, then a decision of one line
    "bracketed_docno_above_one_line_decision": (
        "中共宜昌市委关于陈志刚同志任职的通知\n（宜干〔2021〕47号）\n\u3000\u3000市委决定：陈志刚同志任中共宜昌市委副秘书长。\n中共宜昌市委\n2021年6月18日",
        [
            ("appoint", "陈志刚", "中共宜昌市委副秘书长", "2021-06-18"),
        ],
    ),
    # a county of one character and its committee (中共滑县县委常委、副县长): the government title is 滑县's
    "county_of_one_character_committee": (
        "经市委研究决定：许国栋同志任中共滑县县委常委、副县长。",
        [
            ("appoint", "许国栋", "中共滑县县委常委", None),
            ("appoint", "许国栋", "滑县副县长", None),
        ],
    ),
    # counties named by one character (藤县, 曹县, 单县) printed right after a name
    "counties_of_one_character_after_names": (
        "决定撤销蒋文明藤县人民政府副县长职务；免去孙丽曹县审计局局长职务；免去高红单县交通运输局局长职务。",
        [
            ("other", "蒋文明", "藤县人民政府副县长", None),
            ("remove", "孙丽", "曹县审计局局长", None),
            ("remove", "高红", "单县交通运输局局长", None),
        ],
    ),
    # a letter of appointment's 兹任命, the name padded apart from it (兹任命　甲　同志为…)
    "letter_of_appointment_padded_name": (
        "兹任命\u3000刘海燕\u3000同志为我院心血管内科主任。\n平阳县人民医院\n2023年4月10日",
        [
            ("appoint", "刘海燕", "平阳县人民医院心血管内科主任", "2023-04-10"),
        ],
    ),
    # a decision's names of two padded to three in the clauses of one line (决定任命 甲  乙 同志为…；任命 …)
    "decision_padded_names_in_clauses": (
        (
            "决定任命 张  伟 同志为中共平原县桃园街道工作委员会副书记；免去 赵  敏 同志的平原县桃园街道办"
            "事处副主任职务。"
        ),
        [
            ("appoint", "张伟", "中共平原县桃园街道工作委员会副书记", None),
            ("remove", "赵敏", "平原县桃园街道办事处副主任", None),
        ],
    ),
    # a street office's title after its party working committee's: the county's, never the party's 中共
    "street_office_after_party_working_committee": (
        "经县委研究决定：陈立新同志任中共武城县广运街道工作委员会副书记，广运街道办事处主任。",
        [
            ("appoint", "陈立新", "中共武城县广运街道工作委员会副书记", None),
            ("appoint", "陈立新", "武城县广运街道办事处主任", None),
        ],
    ),
    # a discipline inspection group's head, then, after a comma, a post of the ministry's party group
    "discipline_group_head_then_party_member": (
        "中央组织部有关负责同志宣布了中央决定：周立明同志任中央纪委国家监委驻水利部纪检监察组组长，水利部党组成员。",
        [
            ("appoint", "周立明", "中央纪委国家监委驻水利部纪检监察组组长", None),
            ("appoint", "周立明", "水利部党组成员", None),
        ],
    ),
    # names under a heading post grouped by where they come from, with counts (一、某街道（3名）：甲、乙、丙)
    "jurors_grouped_by_street_with_counts": (
        "任命以下同志为开封市鼓楼区人民法院人民陪审员：\n一、州桥街道（3名）：刘红梅、陈建华、赵\u3000丽\n二、相国寺街道（2名）：孙立国、周晓燕",
        [
            ("appoint", "刘红梅", "开封市鼓楼区人民法院人民陪审员", None),
            ("appoint", "陈建华", "开封市鼓楼区人民法院人民陪审员", None),
            ("appoint", "赵丽", "开封市鼓楼区人民法院人民陪审员", None),
            ("appoint", "孙立国", "开封市鼓楼区人民法院人民陪审员", None),
            ("appoint", "周晓燕", "开封市鼓楼区人民法院人民陪审员", None),
        ],
    ),
    # a hospital's list of heads under categories of its departments (一、临床科室⏎心血管内科：主任 甲)
    "hospital_list_under_categories": (
        (
            "聘任以下同志为我院中层干部，聘期三年：\n一、临床科室\n消化内科：主任 陈志远；副主任 林小梅\n"
            "二、医技科室\n检验科：主任 黄国强"
        ),
        [
            ("appoint", "陈志远", "消化内科主任", None),
            ("appoint", "林小梅", "消化内科副主任", None),
            ("appoint", "黄国强", "检验科主任", None),
        ],
    ),
    # a hospital's appointments grouped by its campuses (崂山院区：⏎甲同志为…护士长)
    "nurses_grouped_by_campus": (
        "聘任：\n\u3000\u3000东院区：\n\u3000\u3000高静同志为心内科护士长；\n\u3000\u3000西院区：\n\u3000\u3000冯丽同志为骨科护士长。",
        [
            ("appoint", "高静", "心内科护士长", None),
            ("appoint", "冯丽", "骨科护士长", None),
        ],
    ),
    # a group named in full, then its titles after a bare 集团 (集团党委书记、董事长)
    "group_named_in_full_then_bare": (
        "4月2日，河南省交通投资集团有限公司召开干部大会，宣布：周建国同志任集团党委书记、董事长；吴海同志不再担任集团董事长职务。",
        [
            ("appoint", "周建国", "河南省交通投资集团有限公司党委书记", None),
            ("appoint", "周建国", "河南省交通投资集团有限公司董事长", None),
            ("remove", "吴海", "河南省交通投资集团有限公司董事长", None),
        ],
    ),
    # 公司 names back the company that signs, not a 文号's prefix (豫交投集团任〔2022〕9号)
    "company_named_not_by_its_docno": (
        "豫交投集团任〔2022〕9号\n关于张明等同志任职的通知\n集团各部门：\n经研究，任命张明为公司副总经理。\n河南省交通投资集团有限公司\n2022年5月6日",
        [
            ("appoint", "张明", "河南省交通投资集团有限公司副总经理", "2022-05-06"),
        ],
    ),
    # a bare 集团 with no group named in full stays as printed (no 大会补选集团)
    "bare_group_in_a_vote_stays_bare": (
        "在公司第三届职工代表大会上，大会补选王强为集团工会主席。",
        [
            ("other", "王强", "集团工会主席", None),
        ],
    ),
    # an institution's list titled 任职名单 with its adoption note, rows of a post and its holder, no verb
    "list_titled_no_verb_post_colon_name": (
        "某市中心医院2022年护士长任职名单\n（2022年6月8日院长办公会研究确定）\n\n神经内科护士长：杨丽娟\n产科副护士长：何晓敏",
        [
            ("appoint", "杨丽娟", "神经内科护士长", "2022-06-08"),
            ("appoint", "何晓敏", "产科副护士长", "2022-06-08"),
        ],
    ),
    # a hire list titled 聘任名单, its rows under categories of departments, two holders spaced apart
    "hire_list_titled_with_categories": (
        "某县人民医院2023年中层干部聘任名单\n（院党委会2023年3月2日研究通过）\n\n一、职能部门\n医务科科长：罗志刚\n二、临床科室\n儿科副主任：谭小燕\u3000严伟",
        [
            ("appoint", "罗志刚", "医务科科长", "2023-03-02"),
            ("appoint", "谭小燕", "儿科副主任", "2023-03-02"),
            ("appoint", "严伟", "儿科副主任", "2023-03-02"),
        ],
    ),
    # a unit, then each of its titles and their holders in columns, under the list's verb
    # (教务处　　处长：甲　　副处长：乙、丙)
    "unit_then_titles_and_holders_in_columns": (
        "经学院党委研究决定，聘任以下同志为学院中层领导干部，聘期四年：\n学生工作处\u3000\u3000处长：廖建平\u3000\u3000副处长：何晓、钟文\n图书馆\u3000\u3000馆长：苏明",
        [
            ("appoint", "廖建平", "学生工作处处长", None),
            ("appoint", "何晓", "学生工作处副处长", None),
            ("appoint", "钟文", "学生工作处副处长", None),
            ("appoint", "苏明", "图书馆馆长", None),
        ],
    ),
    # a congress deciding on a head's nominees, their names on the lines below
    # (…根据某主席的提名，决定：⏎甲、乙为…；)
    "nominated_then_decided_names_below": (
        "第十届全国人民代表大会第一次会议于2003年3月16日根据中华人民共和国中央军事委员会主席的提名，决定：\n王立军、赵文斌为中华人民共和国中央军事委员会副主席；\n孙海涛为中华人民共和国中央军事委员会委员。\n现予公告。",
        [
            ("appoint", "王立军", "中华人民共和国中央军事委员会副主席", "2003-03-16"),
            ("appoint", "赵文斌", "中华人民共和国中央军事委员会副主席", "2003-03-16"),
            ("appoint", "孙海涛", "中华人民共和国中央军事委员会委员", "2003-03-16"),
        ],
    ),
    # a congress's table headed 姓名|拟任（免）职务|任免, each row's act in its last cell
    "congress_table_proposed_or_removed_post_header": (
        (
            "2023年5月26日，某市第九届人民代表大会常务委员会第十次会议表决通过了以下人事任免事项：\n| 姓"
            "名 | 拟任（免）职务 | 任免 |\n|---|---|---|\n| 郑国华 | 某市教育局局长 | 任 |\n| 吴\u3000敏 "
            "| 某市教育局局长 | 免 |"
        ),
        [
            ("appoint", "郑国华", "某市教育局局长", "2023-05-26"),
            ("remove", "吴敏", "某市教育局局长", "2023-05-26"),
        ],
    ),
    # a government's table headed 姓名|任免职务|任免
    "government_table_renmian_post_header": (
        (
            "某县人民政府关于周明等职务任免的通知\n经县政府研究，决定对下列同志职务任免如下：\n| 姓 名 | "
            "任免职务 | 任免 |\n|---|---|---|\n| 周\u3000明 | 某县水利局局长 | 任 |\n| 孙立新 | 某县水利"
            "局局长 | 免 |\n某县人民政府\n2022年8月3日"
        ),
        [
            ("appoint", "周明", "某县水利局局长", "2022-08-03"),
            ("remove", "孙立新", "某县水利局局长", "2022-08-03"),
        ],
    ),
    # a table headed 任/免, a name's cell spanning two rows (its second row's name cell empty)
    "table_act_slash_column_name_spanning_rows": (
        (
            "某市人民政府关于何平等同志职务任免的通知\n经市政府研究决定：\n| 姓名 | 职务 | 任/免 |\n|---|"
            "---|---|\n| 何\u3000平 | 某市发展和改革委员会主任 | 任 |\n| | 某市统计局局长 | 免 |\n| 高丽 "
            "| 某市统计局局长 | 任 |\n某市人民政府\n2023年4月12日"
        ),
        [
            ("appoint", "何平", "某市发展和改革委员会主任", "2023-04-12"),
            ("remove", "何平", "某市统计局局长", "2023-04-12"),
            ("appoint", "高丽", "某市统计局局长", "2023-04-12"),
        ],
    ),
    # a hire list's verb with its term in brackets before the colon, then a table of unit, title and name
    "hire_list_term_noted_then_unit_title_name_table": (
        (
            "某大学关于聘任中层干部的通知\n经学校党委常委会研究决定，聘任下列同志职务（聘期四年）：\n| 序"
            "号 | 单位 | 职务 | 姓名 |\n|---|---|---|---|\n| 1 | 材料学院 | 院长 | 罗\u3000斌 |\n| 2 | 外"
            "国语学院 | 副院长 | 蒋晓红 |\n某大学\n2022年9月20日"
        ),
        [
            ("appoint", "罗斌", "材料学院院长", "2022-09-20"),
            ("appoint", "蒋晓红", "外国语学院副院长", "2022-09-20"),
        ],
    ),
    # an election's results as a table printed with its edges, post first (|职务|姓名|)
    "election_result_table_post_first_with_edges": (
        (
            "2021年9月28日，某镇第十八届人民代表大会第一次会议依法选举产生了镇长、副镇长。现将选举结果公"
            "告如下：\n| 职务 | 姓名 |\n|---|---|\n| 某镇人民政府镇长 | 罗小平 |\n| 某镇人民政府副镇长 | "
            "黄\u3000丽 |"
        ),
        [
            ("other", "罗小平", "某镇人民政府镇长", "2021-09-28"),
            ("other", "黄丽", "某镇人民政府副镇长", "2021-09-28"),
        ],
    ),
    # a signing body and its date in cells of one line (某部　　　　2016年5月4日)
    "signer_and_date_in_cells_of_one_line": (
        "经研究，免去李强的交通运输部公路局局长职务。\n交通运输部\u3000\u3000\u3000\u3000\u3000\u30002017年3月9日",
        [
            ("remove", "李强", "交通运输部公路局局长", "2017-03-09"),
        ],
    ),
    # a decree signed on one line by the officer, his name and the day in Chinese numerals
    "decree_signed_by_officer_name_and_date": (
        "根据全国人民代表大会常务委员会的决定，任命陈国栋为中华人民共和国审计署审计长。\n中华人民共和国主席\u3000李某某\u3000一九九八年三月十九日",
        [
            ("appoint", "陈国栋", "中华人民共和国审计署审计长", "1998-03-19"),
        ],
    ),
    # the one punished described by his post before his name, then removed
    # (给予某镇党委书记甲…处分，并免去其…职务)
    "punished_described_by_post_then_removed": (
        "经县纪委常委会研究，给予城关镇党委书记赵文华党内严重警告处分，并免去其城关镇党委书记职务。",
        [
            ("remove", "赵文华", "城关镇党委书记", None),
        ],
    ),
    # one described by his former posts, who left in a month told
    # (某集团原董事长、党组书记甲已于今年3月卸任; 某集团前任总经理乙…)
    "left_in_a_month_described_by_former_posts": (
        "界面新闻记者获悉，中国某某航运集团有限公司原董事长、党组书记周海涛已于今年3月卸任。该集团前任总经理吴立新已于今年5月卸任。",
        [
            ("remove", "周海涛", "中国某某航运集团有限公司董事长", None),
            ("remove", "周海涛", "中国某某航运集团有限公司党组书记", None),
            ("remove", "吴立新", "中国某某航运集团有限公司总经理", None),
        ],
    ),
    # a branch committee's officers elected after its secretary, their titles bare (乙当选为组织委员)
    "branch_officers_elected_after_its_secretary": (
        "会议选举产生了新一届支部委员会。王丽当选为中共武宁县财政局机关支部委员会书记，陈东当选为组织委员，刘芳当选为宣传委员。",
        [
            ("other", "王丽", "中共武宁县财政局机关支部委员会书记", None),
            ("other", "陈东", "中共武宁县财政局机关支部委员会组织委员", None),
            ("other", "刘芳", "中共武宁县财政局机关支部委员会宣传委员", None),
        ],
    ),
    # a plenary's results: the committee's officers, then its standing committee's members
    # (常务委员会委员：…), of that committee
    "standing_committee_members_after_the_committees_officers": (
        "9月28日，中国共产党修水县第十五届委员会第一次全体会议召开。全会选举产生了中共修水县第十五届委员会常务委员会委员和书记、副书记。选举结果如下：\n书记：黄建明\n常务委员会委员：黄建明、罗丽、胡志强",
        [
            ("other", "黄建明", "中共修水县第十五届委员会书记", None),
            ("other", "黄建明", "中共修水县第十五届委员会常务委员会委员", None),
            ("other", "罗丽", "中共修水县第十五届委员会常务委员会委员", None),
            ("other", "胡志强", "中共修水县第十五届委员会常务委员会委员", None),
        ],
    ),
    # results titled by the committee whose plenary elected them, its standing committee's row first
    # (某委员会第一次全体会议选举结果⏎常务委员会委员：…⏎书记：甲)
    "plenary_results_titled_by_the_committee": (
        "中国共产党延安市第五届纪律检查委员会第一次全体会议选举结果\n（2021年9月26日）\n常务委员会委员（按姓氏笔画为序）：\n马俊峰\u3000李\u3000红\u3000赵\u3000刚\n书记：马俊峰\n副书记：李红\u3000赵刚",
        [
            ("other", "马俊峰", "中国共产党延安市第五届纪律检查委员会常务委员会委员", "2021-09-26"),
            ("other", "李红", "中国共产党延安市第五届纪律检查委员会常务委员会委员", "2021-09-26"),
            ("other", "赵刚", "中国共产党延安市第五届纪律检查委员会常务委员会委员", "2021-09-26"),
            ("other", "马俊峰", "中国共产党延安市第五届纪律检查委员会书记", "2021-09-26"),
            ("other", "李红", "中国共产党延安市第五届纪律检查委员会副书记", "2021-09-26"),
            ("other", "赵刚", "中国共产党延安市第五届纪律检查委员会副书记", "2021-09-26"),
        ],
    ),
    # 医院 in a notice its party committee issues is the hospital, not the committee
    # (中共某医院委员会…医院院长助理)
    "hospital_named_back_under_its_party_committee": (
        "中共某某医科大学附属第二医院委员会文件\n关于刘洋等同志职务任免的通知\n经院党委研究决定：\n刘洋同志任医院院长助理。\n中共某某医科大学附属第二医院委员会\n2022年5月9日",
        [
            ("appoint", "刘洋", "某某医科大学附属第二医院院长助理", "2022-05-09"),
        ],
    ),
    # a 公示's list verb 拟聘任 over its items: each proposed (nominate_appoint)
    "publicised_hire_list_proposed": (
        "关于拟聘任中小学校长人选的公示\n经局党组研究，拟聘任：\n周文杰为某区实验中学校长；\n钱丽为某区第二小学副校长。\n某区教育局\n2023年6月12日",
        [
            ("nominate_appoint", "周文杰", "某区实验中学校长", "2023-06-12"),
            ("nominate_appoint", "钱丽", "某区第二小学副校长", "2023-06-12"),
        ],
    ),
    # a 公示's table with a 拟任（免）职务 column and an act's column: each row proposed
    "publicised_table_with_act_column_proposed": (
        (
            "某区拟任免干部任前公示\n根据干部选拔任用有关规定，现将拟任免干部予以公示：\n| 姓名 | 现任职"
            "务 | 拟任（免）职务 | 任免 |\n|---|---|---|---|\n| 葛立新 | 某区商务局副局长 | 某区商务局局"
            "长 | 任 |\n| 左\u3000明 | 某区商务局局长 | 某区商务局局长 | 免 |\n公示时间：2023年5月6日至5"
            "月12日"
        ),
        [
            ("nominate_appoint", "葛立新", "某区商务局局长", None),
            ("nominate_remove", "左明", "某区商务局局长", None),
        ],
    ),
    # an institution's list adopted by a meeting's decision ((某日院长办公会研究确定)), its first row's name
    # with a note
    "list_adoption_note_determined_then_row_with_note": (
        "某市中心医院2019年护士长任职名单\n（2019年3月6日院长办公会研究确定）\n内科护士长：廖小琴（主持工作）\n外科护士长：蒋丽",
        [
            ("appoint", "廖小琴", "内科护士长", "2019-03-06"),
            ("appoint", "蒋丽", "外科护士长", "2019-03-06"),
        ],
    ),
    # a congress deciding after its nomination's clause, its meeting's, or its own comma
    # (…的提名，决定甲、乙为…; …全体会议，决定丙为…; 会议决定，丁为…)
    "congress_decides_after_nomination_or_meeting": (
        "第十四届全国人民代表大会第一次会议根据国务院总理的提名，决定周立、韩文为国务院副总理。\n十四届全国人大常委会举行第五次全体会议，决定李平为国务委员。\n会议决定，赵明为国防部部长。",
        [
            ("appoint", "周立", "国务院副总理", None),
            ("appoint", "韩文", "国务院副总理", None),
            ("appoint", "李平", "国务委员", None),
            ("appoint", "赵明", "国防部部长", None),
        ],
    ),
    # a bureau's title after a government's post (某县人民政府副县长兼公安局局长): the county's bureau, not
    # its government's; the government's own office stays its
    "bureau_after_a_government_post": (
        "任命韦立新为都安瑶族自治县人民政府副县长兼公安局局长；任命蓝海为都安瑶族自治县人民政府副县长、办公室主任。",
        [
            ("appoint", "韦立新", "都安瑶族自治县人民政府副县长", None),
            ("appoint", "韦立新", "都安瑶族自治县公安局局长", None),
            ("appoint", "蓝海", "都安瑶族自治县人民政府副县长", None),
            ("appoint", "蓝海", "都安瑶族自治县人民政府办公室主任", None),
        ],
    ),
    # a heading post over a table of numbered rows, each a name and columns that describe the person
    # (序号|姓名|性别|工作单位)
    "numbered_rows_of_names_with_profile_columns": (
        "某区第十七届人民代表大会常务委员会第十六次会议决定，任命下列同志为某区人民法院人民陪审员：\n\n序号\u3000\u3000姓\u3000名\u3000\u3000性别\u3000\u3000工作单位\n1\u3000\u3000\u3000罗建新\u3000\u3000男\u3000\u3000\u3000某区建宁街道办事处\n2\u3000\u3000\u3000曾\u3000敏\u3000\u3000女\u3000\u3000\u3000某市第八中学",
        [
            ("appoint", "罗建新", "某区人民法院人民陪审员", None),
            ("appoint", "曾敏", "某区人民法院人民陪审员", None),
        ],
    ),
    # a unit's row of titles and names, a name with a note after it ((兼), (主持工作)); the row from its
    # unit is the evidence
    "unit_title_name_with_a_note": (
        (
            "经院党委会研究决定，聘任以下同志为科室负责人，聘期三年：\n放疗科：主任 黄振华（兼）；副主任 "
            "刘淑芬\n疼痛科：副主任 高明亮（主持工作）"
        ),
        [
            ("appoint", "黄振华", "放疗科主任", None),
            ("appoint", "刘淑芬", "放疗科副主任", None),
            ("appoint", "高明亮", "疼痛科副主任", None),
        ],
    ),
    # a chronicle's year in its title after the place's name, a page's publication line below it
    # (平原县2021年大事记⏎发布时间：2022-03-15⏎1月6日，…): its entries are that year's
    "chronicle_year_in_its_title": (
        "武城县2021年大事记\n发布时间：2022-03-15\n1月6日，县十八届人大常委会第二次会议决定任命刘志刚为县人民政府副县长。\n3月2日，县委决定：陈丽同志任县委办公室主任。",
        [
            ("appoint", "刘志刚", "县人民政府副县长", "2021-01-06"),
            ("appoint", "陈丽", "县委办公室主任", "2021-03-02"),
        ],
    ),
    # a chronicle's year in brackets after its name (某县大事记（2017年）)
    "chronicle_year_in_brackets_after_its_name": (
        "夏津县大事记（2017年）\n5月8日，县人大常委会决定任命孙强为县财政局局长。",
        [
            ("appoint", "孙强", "县财政局局长", "2017-05-08"),
        ],
    ),
    # elected again or for the nth time (再次当选, 连续第三次当选), the members after in the same sentence
    # of that committee
    "elected_again_or_for_the_nth_time": (
        "张洪武连续第三次当选为张家庄村村民委员会主任，张玉兰、张建军当选为委员。刘楼村党支部书记王长顺再次当选为刘楼村村民委员会主任。",
        [
            ("other", "张洪武", "张家庄村村民委员会主任", None),
            ("other", "张玉兰", "张家庄村村民委员会委员", None),
            ("other", "张建军", "张家庄村村民委员会委员", None),
            ("other", "王长顺", "刘楼村村民委员会主任", None),
        ],
    ),
    # a Dai name of two elected by its votes (岩坎以62票当选为…)
    "dai_name_elected_by_its_votes": (
        "岩坎以62票当选为勐伴镇人民代表大会主席，玉香当选为副主席。",
        [
            ("other", "岩坎", "勐伴镇人民代表大会主席", None),
            ("other", "玉香", "勐伴镇人民代表大会副主席", None),
        ],
    ),
    # a county sending a cadre to a village's post (选派甲同志为某村第一书记)
    "cadre_sent_to_a_village_post": (
        "经县委研究，决定选派刘晓峰同志为奉家镇下团村第一书记。",
        [
            ("appoint", "刘晓峰", "奉家镇下团村第一书记", None),
        ],
    ),
    # a company's headings, then its board's announcement of a bare board title: the company's
    # (本公司董事會宣佈，甲已獲委任為非執行董事)
    "announcing_boards_bare_title_under_headings": (
        "海灣新能源控股有限公司\n董事會變更\n本公司董事會宣佈，陳國偉先生（「陳先生」）已獲委任為非執行董事，自二零二三年五月一日起生效。",
        [
            ("appoint", "陳國偉", "海灣新能源控股有限公司非執行董事", None),
        ],
    ),
    # an issuer glossed by its form of company (於中華人民共和國註冊成立的股份有限公司): 本公司 is the
    # issuer named above, never the form
    "issuer_glossed_by_its_form": (
        "中國南方航運物流股份有限公司\n（於中華人民共和國註冊成立的股份有限公司）\n委任董事會戰略委員會委員\n董事會欣然宣佈，李立偉先生已獲董事會委任為本公司董事會戰略委員會委員。",
        [
            ("appoint", "李立偉", "中國南方航運物流股份有限公司董事會戰略委員會委員", None),
        ],
    ),
    # one who went to a place in a clause of his own, then the post he took there (甲交流到某县，任…;
    # 乙到达某州，挂任…; 丙到某县挂职，任…)
    "went_to_a_place_then_took_a_post": (
        "某市发改委副主任黄立新交流到来凤县，任来凤县人民政府副县长。博士服务团成员王海到达黔东南州，挂任凯里市人民政府副市长（挂职一年）。",
        [
            ("appoint", "黄立新", "来凤县人民政府副县长", None),
            ("appoint", "王海", "凯里市人民政府副市长", None),
        ],
    ),
    # a cadre described by his unit, sent to a village's post (选派县教育局干部甲到某村任第一书记)
    "cadre_described_sent_to_a_village": (
        "选派县教育局干部罗志文到虎形山瑶族乡花瑶村任第一书记。",
        [
            ("appoint", "罗志文", "虎形山瑶族乡花瑶村第一书记", None),
        ],
    ),
    # a chronicle's year on the line under its heading (大事记⏎2018年), its entries' days spaced from their
    # acts (1月9日　…)
    "chronicle_year_under_its_heading_entries_spaced": (
        "大事记\n2019年\n1月9日\u3000市五届人大常委会第十次会议决定任命韦国强为市人民政府秘书长。\n3月2日\u3000市委决定：王晓丽同志任市委办公室主任。",
        [
            ("appoint", "韦国强", "市人民政府秘书长", "2019-01-09"),
            ("appoint", "王晓丽", "市委办公室主任", "2019-03-02"),
        ],
    ),
    # 不再任 after the clause of the posts taken: the same person leaves the one named
    "no_longer_short_after_a_taken_post": (
        "经市委研究决定：\n周立新同志任兰溪市委常委、宣传部部长，不再任兰溪市人民政府副市长；\n何晓岚同志任兰溪市人民政府副市长。",
        [
            ("remove", "周立新", "兰溪市人民政府副市长", None),
            ("appoint", "周立新", "兰溪市委常委", None),
            ("appoint", "周立新", "兰溪市委宣传部部长", None),
            ("appoint", "何晓岚", "兰溪市人民政府副市长", None),
        ],
    ),
    # 会议决定，提请某常委会任命甲为X，免去乙的Y职务；决定任命丙为Z: the first two proposed, the third the
    # meeting's own act
    "meeting_decides_to_propose_then_decides_its_own": (
        "3月2日，区长刘敏主持召开区政府第五次常务会议。会议决定，提请区人大常委会任命黄建平为区审计局局长，免去许立的区审计局局长职务；决定任命邹凯为区审计局副局长。",
        [
            ("nominate_appoint", "黄建平", "区审计局局长", None),
            ("nominate_remove", "许立", "区审计局局长", None),
            ("appoint", "邹凯", "区审计局副局长", None),
        ],
    ),
    # a motion's notice (关于提请审议任命甲为X的议案), then the sitting that adopted it: the act done on the
    # sitting's day
    "motion_then_its_adoption_below_the_signature": (
        "汉阳县人大常委会主任会议关于提请审议任命方敏为汉阳县人民代表大会常务委员会研究室主任的议案\n汉阳县人民代表大会常务委员会：\n根据工作需要，提请任命方敏为汉阳县人民代表大会常务委员会研究室主任，请予审议。\n汉阳县人民代表大会常务委员会主任会议\n2021年6月20日\n2021年6月28日，汉阳县第十七届人民代表大会常务委员会第三十四次会议审议了上述议案，经表决，任命方敏为汉阳县人民代表大会常务委员会研究室主任。",
        [
            ("appoint", "方敏", "汉阳县人民代表大会常务委员会研究室主任", "2021-06-28"),
        ],
    ),
    # a title telling the motions adopted, the motions listed one after another (…的议案、…的议案) and
    # adopted together
    "motions_listed_then_adopted": (
        "青川县人大常委会第九次会议审议通过人事任免议案\n6月29日，青川县第十八届人大常委会第九次会议召开。会议审议了县人民政府关于提请任命唐晓东为青川县交通运输局局长的议案、县人民政府关于提请免去蒲建的青川县交通运输局局长职务的议案。经表决，会议通过了上述议案。",
        [
            ("appoint", "唐晓东", "青川县交通运输局局长", None),
            ("remove", "蒲建", "青川县交通运输局局长", None),
        ],
    ),
    # a table pasted one cell a line under 任职：/免职： sections, its post column headed 职务, a name noted
    # （女）
    "cells_one_a_line_with_sections_and_sex_notes": (
        "附件\n任免人员名单\n任职：\n序号\n姓名\n职务\n1\n罗晓梅（女）\n县文化旅游局副局长\n2\n钟志刚\n县自然资源局副局长\n免职：\n序号\n姓名\n职务\n1\n邱国栋\n县文化旅游局副局长",
        [
            ("appoint", "罗晓梅", "县文化旅游局副局长", None),
            ("appoint", "钟志刚", "县自然资源局副局长", None),
            ("remove", "邱国栋", "县文化旅游局副局长", None),
        ],
    ),
    # a table pasted one cell a line, names padded to the column's width (徐　瑞) and a 性别 column between
    # the name and the post
    "cells_one_a_line_padded_names_and_sex_column": (
        "市人民政府决定：\n任命：\n姓名\n性别\n职务\n魏\u3000宁\n女\n宣城市商务局副局长\n免去：\n姓名\n性别\n职务\n葛\u3000峰\n男\n宣城市商务局副局长\n宣城市人民政府\n2022年3月9日",
        [
            ("appoint", "魏宁", "宣城市商务局副局长", "2022-03-09"),
            ("remove", "葛峰", "宣城市商务局副局长", "2022-03-09"),
        ],
    ),
    # a sentence ending 选举：, then each post on its line and the names elected to it one a line below
    "elected_posts_and_names_one_a_line": (
        "宁远县第十九届人民代表大会第一次会议于2022年1月12日选举：\n县人民政府县长\n谭志刚\n县人民政府副县长\n欧\u3000玲\n蒋海波",
        [
            ("other", "谭志刚", "县人民政府县长", "2022-01-12"),
            ("other", "欧玲", "县人民政府副县长", "2022-01-12"),
            ("other", "蒋海波", "县人民政府副县长", "2022-01-12"),
        ],
    ),
    # ⑴甲由X转任Y: an item numbered ⑴ (kept so in a key) before the name; a hall beside a hall (图书馆 then
    # 档案馆) is its sibling, not inside it
    "moved_from_after_a_parenthesised_number": (
        "经学院党委研究决定：\n⑴赵卫东由图书馆馆长转任档案馆馆长；\n⑵钱\u3000芳任图书馆馆长。\n2023年5月8日",
        [
            ("remove", "赵卫东", "图书馆馆长", "2023-05-08"),
            ("appoint", "赵卫东", "档案馆馆长", "2023-05-08"),
            ("appoint", "钱芳", "图书馆馆长", "2023-05-08"),
        ],
    ),
    # a repost's sections headed by a bar (▍任命 / ▍免去), rows of name and post below each
    "sections_under_a_bar": (
        "益阳市人民政府发布人事任免通知：\n▍任命\n龚\u3000伟\u3000任益阳市水利局副局长；\n▍免去\n蔡立民\u3000益阳市水利局副局长职务。",
        [
            ("appoint", "龚伟", "益阳市水利局副局长", None),
            ("remove", "蔡立民", "益阳市水利局副局长", None),
        ],
    ),
    # 任命甲等N名同志为X, the list attached below (附：…名单, names in rows or one a line): each named, as
    # many as counted
    "jurors_counted_then_listed_below": (
        "某市人大常委会关于任命人民陪审员的决定\n（2020年8月27日某市第十五届人民代表大会常务委员会第三十一次会议通过）\n会议决定：任命郑海燕等6名同志为柳江区人民法院人民陪审员。\n附：人民陪审员名单（按姓氏笔画排序）\n韦\u3000东\u3000邓秋菊\u3000卢志华\n郑海燕\u3000蓝\u3000俊\u3000覃丽萍",
        [
            ("appoint", "郑海燕", "柳江区人民法院人民陪审员", "2020-08-27"),
            ("appoint", "韦东", "柳江区人民法院人民陪审员", "2020-08-27"),
            ("appoint", "邓秋菊", "柳江区人民法院人民陪审员", "2020-08-27"),
            ("appoint", "卢志华", "柳江区人民法院人民陪审员", "2020-08-27"),
            ("appoint", "蓝俊", "柳江区人民法院人民陪审员", "2020-08-27"),
            ("appoint", "覃丽萍", "柳江区人民法院人民陪审员", "2020-08-27"),
        ],
    ),
    # the same, the attached roster's names one a line under its heading (…人民陪审员名单)
    "jurors_listed_one_a_line_under_a_roster": (
        "会议决定：任命莫建新等3名同志为宜州区人民法院人民陪审员（名单附后）。\n附：\n宜州区人民法院人民陪审员名单\n莫建新\n黄\u3000丽\n潘志勇",
        [
            ("appoint", "莫建新", "宜州区人民法院人民陪审员", None),
            ("appoint", "黄丽", "宜州区人民法院人民陪审员", None),
            ("appoint", "潘志勇", "宜州区人民法院人民陪审员", None),
        ],
    ),
    # a list below that is not as many as the decision counts is not its list: the first name alone
    "counted_list_that_does_not_match": (
        "会议决定：任命莫建新等5名同志为宜州区人民法院人民陪审员。\n附：名单\n莫建新\n黄\u3000丽",
        [
            ("appoint", "莫建新", "宜州区人民法院人民陪审员", None),
        ],
    ),
    # 为新任命的A甲，B乙，C丙颁发任命书: the pairs of post and name go on past the commas
    "newly_appointed_pairs_past_commas": (
        "1月11日会议闭幕后，县人大常委会主任韦立新为新任命的县人民政府副县长吴海峰，县统计局局长韦春兰，县人民法院审判员龙国庆颁发任命书。",
        [
            ("appoint", "吴海峰", "县人民政府副县长", None),
            ("appoint", "韦春兰", "县统计局局长", None),
            ("appoint", "龙国庆", "县人民法院审判员", None),
        ],
    ),
    # under a court's heading, a court's own title (副院长, 审判员) after an item naming one of its
    # divisions is the court's, not the division's
    "court_titles_after_a_division": (
        "通江县人民代表大会常务委员会任免名单\n（2017年6月28日通过）\n通江县人民法院\n任命：\n何晓林为民事审判庭庭长；\n苟建华为副院长、审判委员会委员；\n免去：\n李德明的执行局局长职务；\n向\u3000丽的审判员职务。",
        [
            ("appoint", "何晓林", "通江县人民法院民事审判庭庭长", "2017-06-28"),
            ("appoint", "苟建华", "通江县人民法院副院长", "2017-06-28"),
            ("appoint", "苟建华", "通江县人民法院审判委员会委员", "2017-06-28"),
            ("remove", "李德明", "通江县人民法院执行局局长", "2017-06-28"),
            ("remove", "向丽", "通江县人民法院审判员", "2017-06-28"),
        ],
    ),
    # a 公示 of those to be proposed: 甲，…，现任X，拟提请任命为Y (nominated)
    "to_be_proposed_in_a_publicity": (
        "拟提请市人大常委会任命人员任前公示\n胡建平，男，汉族，1979年5月出生，大学学历，现任安平市水利局副局长，拟提请任命为安平市水利局局长。\n公示时间：2022年3月1日至3月7日。\n安平市人大常委会人事代表选举工作委员会\n2022年3月1日",
        [
            ("nominate_appoint", "胡建平", "安平市水利局局长", "2022-03-01"),
        ],
    ),
    # a proposal's explanation: the profile's dated steps, then the post proposed (…2019年8月任X，拟任Y):
    # nominated, dated by the explanation
    "proposed_after_dated_steps": (
        "关于提请任命黎明同志职务的说明\n县人大常委会：\n黎明，男，汉族，1981年4月生，大学学历，中共党员。2015年6月任某县城关镇副镇长，2020年3月任某县商务局副局长，拟任某县商务局局长。\n某县人民政府\n2022年4月18日",
        [
            ("nominate_appoint", "黎明", "某县商务局局长", "2022-04-18"),
        ],
    ),
    # a closing line dating the adoption of the list above it (以上任免事项经某日某会议表决通过) governs,
    # not the page's 发布时间
    "adopted_on_a_day_told_below_the_list": (
        (
            "五常市人大常委会人事任免\n发布时间：2018-09-03 09:12:40\u3000来源：五常市人大常委会\n任命："
            "\n宋立伟为五常市交通运输局局长。\n免去：\n高国富的五常市交通运输局局长职务。\n以上任免事项经"
            "2018年8月30日五常市第十七届人民代表大会常务委员会第十一次会议表决通过。"
        ),
        [
            ("appoint", "宋立伟", "五常市交通运输局局长", "2018-08-30"),
            ("remove", "高国富", "五常市交通运输局局长", "2018-08-30"),
        ],
    ),
    # rows aligned in columns: a name of four (compound surname) or one with a dot leaves one full-width
    # space before the post
    "aligned_rows_one_gap_after_a_long_name": (
        "经市人民政府研究，决定：\n任命：\n\u3000\u3000周\u3000平\u3000\u3000\u3000\u3000市商务局副局长\n\u3000\u3000欧阳明辉\u3000市商务局副局长\n\u3000\u3000买买提·吐尔洪\u3000市民政局副局长\n免去：\n\u3000\u3000古丽娜·阿不都\u3000市民政局副局长职务\n某市人民政府\n2016年4月2日",
        [
            ("appoint", "周平", "市商务局副局长", "2016-04-02"),
            ("appoint", "欧阳明辉", "市商务局副局长", "2016-04-02"),
            ("appoint", "买买提·吐尔洪", "市民政局副局长", "2016-04-02"),
            ("remove", "古丽娜·阿不都", "市民政局副局长", "2016-04-02"),
        ],
    ),
    # rows 姓名，职务（note）； under a list's verb: the note in brackets after the post ends no row
    "name_comma_post_with_a_note": (
        "经县人民政府研究，决定任命下列同志职务：\n\u3000\u3000谭明辉，县农业农村局副局长（试用期一年）；\n\u3000\u3000龙秀英，县水利局副局长（挂职两年）；\n\u3000\u3000彭\u3000涛，县林业局副局长。\n某县人民政府\n2019年6月3日",
        [
            ("appoint", "谭明辉", "县农业农村局副局长", "2019-06-03"),
            ("appoint", "龙秀英", "县水利局副局长", "2019-06-03"),
            ("appoint", "彭涛", "县林业局副局长", "2019-06-03"),
        ],
    ),
    # rows printed post first under 聘任：: a bare title's row (副主任|甲、乙) takes the unit of the row
    # above, a cell may hold several names, and a note after the post (（主持工作）) ends no row
    "post_first_rows_bare_titles_and_several_names": (
        "经学院党委研究决定，聘任：\n办公室主任\u3000\u3000\u3000\u3000\u3000\u3000万\u3000勇\n\u3000\u3000\u3000副主任\u3000\u3000\u3000\u3000\u3000石晓丽、陈\u3000刚\n财务处副处长（主持工作）\u3000\u3000杜文华\n2023年3月2日",
        [
            ("appoint", "万勇", "办公室主任", "2023-03-02"),
            ("appoint", "石晓丽", "办公室副主任", "2023-03-02"),
            ("appoint", "陈刚", "办公室副主任", "2023-03-02"),
            ("appoint", "杜文华", "财务处副处长", "2023-03-02"),
        ],
    ),
    # a site's header (某某集团有限公司　新闻中心) run into a headline opening 集团公司: 集团公司 is the
    # registered company, not 新闻中心集团公司
    "group_company_under_a_site_header": (
        "湖南湘江建设集团有限公司\u3000新闻中心\n\n集团公司召开干部大会\n发布时间：2022-05-10\n\u3000\u30005月9日，集团公司召开干部大会，宣布：聘任刘振华同志为集团公司副总经理。",
        [
            ("appoint", "刘振华", "湖南湘江建设集团有限公司副总经理", "2022-05-09"),
        ],
    ),
    # a table whose rows each say their act, the body in a column of its own (序号|姓名|工作单位|职务|任免):
    # the title is that body's
    "act_column_with_a_workplace_column": (
        "延安市第五届人民代表大会常务委员会第九次会议任免名单\n（2023年4月27日）\n"
        "序号\t姓名\t工作单位\t职务\t任免\n"
        "1\t王志强\t延安市人民政府\t秘书长\t任\n2\t李国栋\t延安市人民政府\t秘书长\t免",
        [
            ("appoint", "王志强", "延安市人民政府秘书长", "2023-04-27"),
            ("remove", "李国栋", "延安市人民政府秘书长", "2023-04-27"),
        ],
    ),
    # a header of acts side by side (任命|免职), each cell a name and its post in brackets
    "acts_side_by_side_in_columns": (
        "道县人大常委会任免名单\n（2020年6月28日道县第十八届人民代表大会常务委员会第二十九次会议通过）\n"
        "任　命\t免　职\n何国平（道县交通运输局局长）\t蒋立新（道县交通运输局局长）",
        [
            ("appoint", "何国平", "道县交通运输局局长", "2020-06-28"),
            ("remove", "蒋立新", "道县交通运输局局长", "2020-06-28"),
        ],
    ),
    # columns headed by acts (姓名|任职|免职) whose cells say the act again (任X, 免去其Y职务), or leave
    # one empty
    "act_columns_whose_cells_say_the_act": (
        "经局党组研究决定：\n姓名\t任职\t免职\n"
        "孙　伟\t任市交通运输局综合规划科科长\t免去其市交通运输局运输管理科副科长职务\n"
        "周丽华\t\t免去市交通运输局财务科科长职务\n2021年5月27日",
        [
            ("appoint", "孙伟", "市交通运输局综合规划科科长", "2021-05-27"),
            ("remove", "孙伟", "市交通运输局运输管理科副科长", "2021-05-27"),
            ("remove", "周丽华", "市交通运输局财务科科长", "2021-05-27"),
        ],
    ),
    # a table saved as comma-separated lines (序号,姓名,任免,职务,备注), each comma a cell's edge
    "comma_separated_rows": (
        "鹤壁市人民政府任免名单\n序号,姓名,任免,职务,备注\n1,冯志刚,任,鹤壁市商务局副局长,试用期一年\n"
        "2,陈　丽,免,鹤壁市商务局副局长,退休\n鹤壁市人民政府\n2022年8月3日",
        [
            ("appoint", "冯志刚", "鹤壁市商务局副局长", "2022-08-03"),
            ("remove", "陈丽", "鹤壁市商务局副局长", "2022-08-03"),
        ],
    ),
    # a report's examples after 如： (no words of how a notice is written before it): acts
    "examples_in_a_report_are_acts": (
        "3月2日，龙泉县委研究决定对一批干部进行调整，涉及多个部门，如：韦东任龙泉县财政局局长，"
        "蓝静任龙泉县教育局局长。",
        [
            ("appoint", "韦东", "龙泉县财政局局长", None),
            ("appoint", "蓝静", "龙泉县教育局局长", None),
        ],
    ),
    # the pairs after 新任命的 end with 颁发任命书: those attending after it take no post
    "newly_appointed_pairs_end_at_the_certificates": (
        "会后，县人大常委会主任陆平为新任命的龙泉县财政局局长韦东，龙泉县教育局局长蓝静颁发任命书，"
        "县委书记覃明，县长黄海出席。",
        [
            ("appoint", "韦东", "龙泉县财政局局长", None),
            ("appoint", "蓝静", "龙泉县教育局局长", None),
        ],
    ),
    # 新任某职甲 at his work, after a decision announced just before it: its act
    "newcomer_at_work_after_the_announcement": (
        "3月15日，龙泉县召开领导干部大会，宣布省委关于龙泉县委主要领导调整的决定。"
        "新任龙泉县委书记韦东出席会议并讲话。",
        [("appoint", "韦东", "龙泉县委书记", None)],
    ),
    # a meeting's own decision after its proposals, opened by 会议还决定 / 同时决定
    "own_decision_after_proposals_said_again": (
        "会议决定，提请县人大常委会任命韦东为龙泉县财政局局长；会议还决定任命蓝静为龙泉县财政局副局长。",
        [
            ("nominate_appoint", "韦东", "龙泉县财政局局长", None),
            ("appoint", "蓝静", "龙泉县财政局副局长", None),
        ],
    ),
    # a branch of a hall named after the hall is inside it (图书馆副馆长、少儿分馆馆长)
    "branch_of_a_hall_after_the_hall": (
        "经研究决定：\n任命韦东为龙泉县图书馆副馆长、少儿分馆馆长。\n2023年3月15日",
        [
            ("appoint", "韦东", "龙泉县图书馆副馆长", "2023-03-15"),
            ("appoint", "韦东", "龙泉县图书馆少儿分馆馆长", "2023-03-15"),
        ],
    ),
    # names printed each over its post under a list's verb (▍任命⏎甲⏎某局局长), no header
    "names_over_posts_under_a_verb": (
        "龙泉县人大常委会表决通过人事任免事项。\n▍任命\n韦　东\n龙泉县财政局局长\n"
        "▍免去\n蓝静\n龙泉县财政局局长",
        [
            ("appoint", "韦东", "龙泉县财政局局长", None),
            ("remove", "蓝静", "龙泉县财政局局长", None),
        ],
    ),
    # a list attached below that is of another kind (参加培训人员名单): the first name alone
    "attached_list_of_another_kind": (
        "经研究决定，任命韦东等3名同志为龙泉县人民政府参事。\n附：参加培训人员名单\n韦东\n蓝静\n覃明",
        [("appoint", "韦东", "龙泉县人民政府参事", None)],
    ),
    # a table of those retiring after the rows taken (退休人员：⏎序号⏎姓名⏎职务…): no posts taken
    "retirees_table_after_the_rows_taken": (
        "龙泉县人民政府任免工作人员名单\n（2023年3月15日）\n任职：\n姓名\n职务\n韦东\n龙泉县财政局局长\n"
        "退休人员：\n序号\n姓名\n职务\n1\n蓝静\n龙泉县统计局局长",
        [("appoint", "韦东", "龙泉县财政局局长", "2023-03-15")],
    ),
    # 免去：⏎甲⏎某局局长⏎乙⏎某局局长: each name takes the post below it, never the one below the next
    # name (an earlier guard kept these unread, so that no post went to the name below it)
    "names_over_posts_one_a_line_pair_no_post_with_the_next_name": (
        "免去：\n周晓东\n县商务局局长\n蔡文\n县统计局局长",
        [
            ("remove", "周晓东", "县商务局局长", None),
            ("remove", "蔡文", "县统计局局长", None),
        ],
    ),
    # a sentence telling a company's staff directors and supervisors elected, then one line a title and its
    # names (职工董事：甲⏎职工监事：乙、丙): each the company's
    "board_members_elected_by_title_lines": (
        "3月24日，江河化工集团有限公司第四届职工代表大会第一次会议召开。大会经无记名投票，选举产生了集团公司职工董事、职工监事。\n职工董事：贺志远\n职工监事：马兰、冯涛",
        [
            ("other", "贺志远", "江河化工集团有限公司职工董事", None),
            ("other", "马兰", "江河化工集团有限公司职工监事", None),
            ("other", "冯涛", "江河化工集团有限公司职工监事", None),
        ],
    ),
    # rows of a name and a post whose post wraps onto an indented line below (某检察院检察委员会⏎
    # 委员、检察员), the next row's name after it
    "posts_wrapped_in_rows_of_two_cells": (
        "某区人民代表大会常务委员会任免名单\n（2020年10月29日通过）\n任命\n"
        "　　赵海燕　　　河西区人民检察院检察委员会\n　　　　　　　　委员、检察员\n"
        "　　吴　刚　　　河西区人民检察院第二检察部\n　　　　　　　　主任",
        [
            ("appoint", "赵海燕", "河西区人民检察院检察委员会委员", "2020-10-29"),
            ("appoint", "赵海燕", "河西区人民检察院检察员", "2020-10-29"),
            ("appoint", "吴刚", "河西区人民检察院第二检察部主任", "2020-10-29"),
        ],
    ),
    # a list's section of those confirmed after probation (二、试用期满转正人员⏎甲　某局副局长)
    "section_of_those_confirmed": (
        "某市人民政府任免人员名单\n（2021年9月）\n一、任命人员\n张　华　　某市商务局副局长\n"
        "二、试用期满转正人员\n刘　敏　　某市统计局副局长",
        [
            ("appoint", "张华", "某市商务局副局长", "2021-09"),
            ("confirm", "刘敏", "某市统计局副局长", "2021-09"),
        ],
    ),
    # a death in office in the line of duty (因公殉职) ends the posts the person is described by, as 逝世 does
    "died_in_the_line_of_duty": (
        "6月3日，平塘县委常委、副县长罗建新在防汛抢险一线不幸因公殉职，年仅45岁。",
        [
            ("other", "罗建新", "平塘县委常委", None),
            ("other", "罗建新", "平塘县副县长", None),
        ],
    ),
    # a 任职 column's cell opening with a place whose name opens with 任 (任丘市): no verb to drop
    "act_column_cell_of_a_place_opening_with_ren": (
        "经研究决定：\n姓名\t任职\t免职\n王建国\t任丘市副市长\t\n2022年3月1日",
        [("appoint", "王建国", "任丘市副市长", "2022-03-01")],
    ),
    # rows printed post first: a bare title of a level above the row's unit (总工程师 under 基建处处长)
    # takes no unit; the deputy of the row's own title (副主任 under 党政办公室主任) does
    "bare_title_of_a_level_above_the_unit": (
        "经研究决定，聘任：\n党政办公室主任　　　　胡海涛\n　　　副主任　　　　邹　静\n"
        "基建处处长　　　　李　明\n2023年5月6日",
        [
            ("appoint", "胡海涛", "党政办公室主任", "2023-05-06"),
            ("appoint", "邹静", "党政办公室副主任", "2023-05-06"),
            ("appoint", "李明", "基建处处长", "2023-05-06"),
        ],
    ),
    # a table pasted one cell a line under a lead ending with its colon (决定任命下列同志职务：), its post
    # column headed 职务 alone
    "cells_one_a_line_under_a_lead": (
        "经市政府研究，决定任命下列同志职务：\n序号\n姓名\n职务\n1\n王\u3000刚\n汉中市财政局副局长\n2\n李\u3000娜\n汉中市审计局副局长",
        [
            ("appoint", "王刚", "汉中市财政局副局长", None),
            ("appoint", "李娜", "汉中市审计局副局长", None),
        ],
    ),
    # 甲、乙辞去X职务的请求已经某常委会接受: a resignation accepted, told by the request (other)
    "request_to_resign_told_accepted": (
        "刘建华、王丽辞去分宜县第十七届人民代表大会代表职务的请求已经县人大常委会接受，依照代表法的规定，其代表资格终止。",
        [
            ("other", "刘建华", "分宜县第十七届人民代表大会代表", None),
            ("other", "王丽", "分宜县第十七届人民代表大会代表", None),
        ],
    ),
    # a deputy described by his seat and another post (某届人大代表、某局原局长甲因…，其代表资格终止): the
    # seat ends
    "deputy_described_by_another_post_too": (
        "益阳市第十六届人民代表大会代表、市水利局原局长郭建华因调离本行政区域，依照代表法的规定，其代表资格终止。",
        [
            ("other", "郭建华", "益阳市第十六届人民代表大会代表", None),
        ],
    ),
    # one deputy's mandate ended, then two more described in the next sentence
    # (…代表乙、丙因调离…，其代表资格终止): 其 is theirs, not the first's
    "deputies_of_the_next_sentence": (
        "天门市第九届人民代表大会代表刘德华因病去世，其代表资格自然终止。\n天门市第九届人民代表大会代表黄晓兵、周玉兰因调离本行政区域，其代表资格终止。",
        [
            ("other", "刘德华", "天门市第九届人民代表大会代表", None),
            ("other", "黄晓兵", "天门市第九届人民代表大会代表", None),
            ("other", "周玉兰", "天门市第九届人民代表大会代表", None),
        ],
    ),
    # a year of the Republic of two digits or in words (中華民國97年5月20日, 中華民國一百零五年五月二十日):
    # its Gregorian year
    "roc_year_of_two_digits_or_words": (
        "總統令\u3000中華民國97年5月20日\n任命劉兆玄為行政院院長。\n總統令\u3000中華民國一百零五年五月二十日\n任命林全為行政院院長。",
        [
            ("appoint", "劉兆玄", "行政院院長", "2008-05-20"),
            ("appoint", "林全", "行政院院長", "2016-05-20"),
        ],
    ),
    # Hong Kong's appointed district councillors (委任甲先生，MH為某區議會議員)
    "district_councillor_appointed": (
        "政府今日宣布，行政長官委任鄺志明先生，MH為沙田區議會議員，任期由即日起生效。",
        [
            ("appoint", "鄺志明", "沙田區議會議員", None),
        ],
    ),
    # a name of three with the surname 周 and a weekday's character (周一帆, 周一鸣) is no weekday: the
    # meeting's day stands
    "zhou_name_is_no_weekday": (
        (
            "2022-04-28 09:10 来源：东台市人大常委会\n4月27日，东台市第十七届人大常委会第五次会议召开。市"
            "人大常委会主任周一帆主持会议。会议决定任命陈海波为东台市农业农村局局长。"
        ),
        [
            ("appoint", "陈海波", "东台市农业农村局局长", "2022-04-27"),
        ],
    ),
    # a place's 前 after the page's date (来源：鄂托克前旗…) is no deadline: the relative day is read
    # against that date
    "place_named_with_qian_after_a_date": (
        (
            "前郭县十八届人大常委会第十次会议召开\n2018-05-31  来源：前郭县融媒体中心\n昨天，前郭县第十八"
            "届人大常委会第十次会议召开。会议决定任命白玉山为县民族宗教事务局局长。"
        ),
        [
            ("appoint", "白玉山", "县民族宗教事务局局长", "2018-05-30"),
        ],
    ),
    # a motion adopted told after it in its sentence (…的议案，经表决，议案获得通过), and motions listed
    # after the first a sentence tells adopted (审议通过了…的议案、…关于提请…的议案和关于…): each done
    "motions_adopted_later_in_their_sentence": (
        "会议审议了县长李明提请的关于任命钱坤为县林业局局长的议案，经表决，议案获得通过。会议审议通过了县人民政府关于提请任命周华为县审计局局长的议案、县人民法院关于提请任命林秀为县人民法院审判员的议案和关于提请免去郑平县人民法院审判员职务的议案。",
        [
            ("appoint", "钱坤", "县林业局局长", None),
            ("appoint", "周华", "县审计局局长", None),
            ("appoint", "林秀", "县人民法院审判员", None),
            ("remove", "郑平", "县人民法院审判员", None),
        ],
    ),
    # rows 姓名，职务 one a line with no stop printed, under 决定任命：/决定免去： (the last at the text's
    # end; a removal's 职务 after its post)
    "name_comma_post_rows_without_stops": (
        "决定任命：\n黄志强，县交通运输局局长\n莫小红，县人力资源和社会保障局局长\n决定免去：\n韦国良，县交通运输局局长职务",
        [
            ("appoint", "黄志强", "县交通运输局局长", None),
            ("appoint", "莫小红", "县人力资源和社会保障局局长", None),
            ("remove", "韦国良", "县交通运输局局长", None),
        ],
    ),
    # 任命某法院审判员：甲、乙、丙 inline (the post right after the verb, 为 left out, its names after the
    # colon)
    "verb_post_colon_names_inline": (
        "会议决定，任命县人民法院审判员：罗建、田小芳、龙海；免去县人民法院审判员职务：杨再兴。",
        [
            ("appoint", "罗建", "县人民法院审判员", None),
            ("appoint", "田小芳", "县人民法院审判员", None),
            ("appoint", "龙海", "县人民法院审判员", None),
            ("remove", "杨再兴", "县人民法院审判员", None),
        ],
    ),
    # a military rank before the name in an order (任命陸軍中將甲為某部副部長): the name after it
    "rank_before_the_name_in_an_order": (
        "總統令\u3000中華民國113年5月20日\n任命陸軍中將王志忠為國防部副部長。",
        [
            ("appoint", "王志忠", "國防部副部長", "2024-05-20"),
        ],
    ),
    # a death told with its time and illness (某縣長甲今天上午因心肌梗塞病逝)
    "died_told_with_time_and_illness": (
        "澎湖縣長林忠勇今天上午因心肌梗塞病逝，享年62歲。",
        [
            ("other", "林忠勇", "澎湖縣長", None),
        ],
    ),
    # a Taiwan order's removal (免某部政務次長甲、某部常務次長乙職 / 免兼某委員會委員長職): each post's
    # holder leaves it
    "order_removing_posts_then_names": (
        "總統令\u3000中華民國113年5月20日\n免內政部政務次長邱明宏、經濟部常務次長林秀英職。",
        [
            ("remove", "邱明宏", "內政部政務次長", "2024-05-20"),
            ("remove", "林秀英", "經濟部常務次長", "2024-05-20"),
        ],
    ),
    # 主計官 and 審計官 are titles (行政院主計總處主計官甲請辭，應予照准)
    "resigned_as_a_budget_officer": (
        "三、行政院主計總處主計官鄭美玲請辭，應予照准。",
        [
            ("other", "鄭美玲", "行政院主計總處主計官", None),
        ],
    ),
    # Hong Kong's professions printed after a name in a list (甲測量師、乙建築師): how they are addressed,
    # not part of the name
    "professions_addressed_after_names": (
        "行政長官委任陳德明先生、李健文測量師和黃振強建築師為上訴委員團（城市規劃）成員。",
        [
            ("appoint", "陳德明", "上訴委員團（城市規劃）成員", None),
            ("appoint", "李健文", "上訴委員團（城市規劃）成員", None),
            ("appoint", "黃振強", "上訴委員團（城市規劃）成員", None),
        ],
    ),
    # a Macao 批示摘錄's items: the name, a dash, then its clause (甲——以定期委任方式續期擔任某廳廳長)
    "macao_extract_items_after_a_dash": (
        "行政公職局\n批示摘錄\n按照行政法務司司長於2019年3月1日作出的批示：\n高少文——以定期委任方式續期擔任行政公職局公職法律廳廳長，為期一年，自2019年3月10日起生效。",
        [
            ("appoint", "高少文", "行政公職局公職法律廳廳長", "2019-03-01"),
        ],
    ),
    # a Taiwan city's order 核派甲為本府某局局長 (and 改派): appointed, 本府 the city's government
    "taiwan_order_kepai": (
        "臺北市政府令\n一、核派陳俊明為本府財政稅務局局長。",
        [
            ("appoint", "陳俊明", "臺北市政府財政稅務局局長", None),
        ],
    ),
    # the same order with the name padded apart (核派　甲　為本府某局局長)
    "taiwan_order_kepai_padded": (
        "嘉義縣政府\u3000令\n一、核派\u3000陳俊明\u3000為本府財政稅務局局長。",
        [
            ("appoint", "陳俊明", "嘉義縣政府財政稅務局局長", None),
        ],
    ),
    # a person described by his post and his fault, then his removal in the next clause
    # (某處處長甲督導不周，即日起予以免職)
    "removed_after_a_fault_told": (
        "台北市長今天宣布，市場處處長李文正督導不周，即日起予以免職。",
        [
            ("remove", "李文正", "市場處處長", None),
        ],
    ),
    # a handover told by the seal handed (卸任某部長甲將印信交給新任某部長乙): the one leaves, the other
    # takes the post
    "handover_by_handing_the_seal": (
        "衛福部今天舉行部長交接典禮，卸任衛福部長薛文明將印信交給新任衛福部長蔡明德。",
        [
            ("remove", "薛文明", "衛福部長", None),
            ("appoint", "蔡明德", "衛福部長", None),
        ],
    ),
    # 股东大会决议公告's vote table: 1.01|选举甲为公司第N届董事会董事|votes|share|是 — each motion elected
    # (the 议案审议情况 section's motions were voted)
    "agm_cumulative_vote_table": (
        "浙江远航电气股份有限公司\n2023年第二次临时股东大会决议公告\n\n二、议案审议情况\n（一）累积投票议案表决情况\n1、关于选举公司第四届董事会董事的议案\n议案序号\u3000\u3000议案名称\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000得票数\u3000\u3000\u3000\u3000是否当选\n1.01\u3000\u3000\u3000\u3000选举陈建国为公司第四届董事会董事\u3000\u3000\u3000208,113,402\u3000\u3000是\n1.02\u3000\u3000\u3000\u3000选举林晓燕为公司第四届董事会董事\u3000\u3000\u3000208,100,977\u3000\u3000是\n\n浙江远航电气股份有限公司董事会\n2023年11月16日",
        [
            ("other", "陈建国", "浙江远航电气股份有限公司第四届董事会董事", "2023-11-16"),
            ("other", "林晓燕", "浙江远航电气股份有限公司第四届董事会董事", "2023-11-16"),
        ],
    ),
    # a vote table's row naming the motion (关于选举甲为公司监事的议案) with its votes printed close after it
    "agm_vote_row_motion_named": (
        "重庆嘉陵机械股份有限公司\n2021年年度股东大会决议公告\n\n二、议案审议情况\n4.01\u3000\u3000关于选举邓明辉为公司职工代表以外监事的议案\u3000506,302,118\u300099.81\u3000\u3000是\n\n重庆嘉陵机械股份有限公司董事会\n2022年5月20日",
        [
            ("other", "邓明辉", "重庆嘉陵机械股份有限公司职工代表以外监事", "2022-05-20"),
        ],
    ),
    # 以下人士獲委任或再度委任為某局成員：names under 新委任/再度委任 subheads
    "hk_new_or_reappointed_members": (
        "\u3000\u3000環境局局長今日（五月九日）宣布，以下人士獲委任或再度委任為廢物管理諮詢委員會成員，任期兩年，由六月一日起生效：\n\n新委任成員：\n－\u3000鄺志堅先生\n－\u3000溫曉彤女士\n\n再度委任成員：\n－\u3000岑家俊教授，JP",
        [
            ("appoint", "鄺志堅", "廢物管理諮詢委員會成員", None),
            ("appoint", "溫曉彤", "廢物管理諮詢委員會成員", None),
            ("appoint", "岑家俊", "廢物管理諮詢委員會成員", None),
        ],
    ),
    # 委任N名新成員及再度委任N名現任成員加入某局, then 新委任的成員為：names one a line
    "hk_members_counted_joining": (
        "\u3000\u3000政府今日宣布，運輸及物流局局長已委任三名新成員及再度委任兩名現任成員加入交通諮詢委員會（委員會），任期兩年。\n\n\u3000\u3000新委任的成員為：\n\n\u3000\u3000梁偉業先生\n\u3000\u3000葉詠琪女士，MH\n\n\u3000\u3000再度委任的成員為：\n\n\u3000\u3000馮志豪博士，JP",
        [
            ("appoint", "梁偉業", "交通諮詢委員會成員", None),
            ("appoint", "葉詠琪", "交通諮詢委員會成員", None),
            ("appoint", "馮志豪", "交通諮詢委員會成員", None),
        ],
    ),
    # a two-column table pasted one cell a line with no header: each name alone over its act
    # (甲⏎任某局局长⏎乙⏎免去某局副局长职务)
    "names_over_their_acts_no_header": (
        "大理州人民政府关于杨晓东等同志职务任免的通知\n大政任〔2019〕7号\n各县市人民政府，州级各部门：\n经州人民政府研究决定：\n杨晓东\n任大理州生态环境局副局长\n段丽萍\n任大理州统计局副局长\n赵\u3000刚\n免去大理州统计局副局长职务\n大理州人民政府\n2019年6月12日",
        [
            ("appoint", "杨晓东", "大理州生态环境局副局长", "2019-06-12"),
            ("appoint", "段丽萍", "大理州统计局副局长", "2019-06-12"),
            ("remove", "赵刚", "大理州统计局副局长", "2019-06-12"),
        ],
    ),
    # 相关推荐 / 热点新闻 over other articles' headlines at a page's foot: none of them is this page's act
    # (nor runs into its last post)
    "related_recommended_and_hot_news": (
        "新京报 > 时事\n周建华已任贵州黔东南州委副书记，此前任黔东南州副州长\n新京报记者 王 磊\n"
        "2021-03-08 17:05\u3000来源：新京报\n字号\n"
        "据黔东南州委官网“领导信息”栏目最新消息，周建华已任黔东南州委副书记。\n\n此前，周建华担任黔东南州副州长。\n\n"
        "公开简历显示，周建华，男，1974年5月生，贵州凯里人，1996年7月参加工作。\n\n他曾任凯里市委副书记、市长，"
        "2018年3月起任黔东南州副州长。\n\n责任编辑：王磊\n校对：刘 敏\n关键词 >> 周建华,黔东南州委,履新\n\n"
        "相关推荐\n贵州遵义市委常委、秘书长调整\n热点新闻\n“80后”博士出任贵州省直部门副厅长",
        [
            ("appoint", "周建华", "贵州黔东南州委副书记", "2021-03-08"),
        ],
    ),
    # 甲、乙两同志任X: the count (两/二) before 同志 is no part of the last name
    "two_comrades_counted_before_ren": (
        "近日，中共钦州市委决定：黄伟东、苏丽萍两同志任中共灵山县委常委。",
        [
            ("appoint", "黄伟东", "中共灵山县委常委", None),
            ("appoint", "苏丽萍", "中共灵山县委常委", None),
        ],
    ),
    # X盟委副书记、盟长 / X地委副书记、行署专员: the government head is the 盟's or the 地区's, not the
    # party committee's
    "league_and_prefecture_heads": (
        "据兴安盟委官网消息，那日苏已任兴安盟委副书记、盟长。另据报道，吐尔逊·买买提已任和田地委副书记、行署专员。",
        [
            ("appoint", "那日苏", "兴安盟委副书记", None),
            ("appoint", "那日苏", "兴安盟盟长", None),
            ("appoint", "吐尔逊·买买提", "和田地委副书记", None),
            ("appoint", "吐尔逊·买买提", "和田地区行署专员", None),
        ],
    ),
    # an old county list's verb column spaced wide from its clause (任命　　甲同志为X / 免去　　乙同志的Y职务)
    "verb_column_wide_gap_before_clause": (
        "邵东县人大常委会任免名单\n任命\u3000\u3000曾建华同志为邵东县农业局局长\n免去\u3000\u3000李国平同志的邵东县农业局局长职务",
        [
            ("appoint", "曾建华", "邵东县农业局局长", None),
            ("remove", "李国平", "邵东县农业局局长", None),
        ],
    ),
    # 免去某法院审判员职务的有：names — the post first, those who leave it after the colon
    "removed_post_first_then_names": (
        "玉田县人大常委会任免名单\n任命为玉田县人民法院审判员的有：孙立新\n免去玉田县人民法院审判员职务的有：韩玉华、郑明",
        [
            ("appoint", "孙立新", "玉田县人民法院审判员", None),
            ("remove", "韩玉华", "玉田县人民法院审判员", None),
            ("remove", "郑明", "玉田县人民法院审判员", None),
        ],
    ),
    # a bare 县长助理 / 市长助理: a post of the place's government, printed with no organisation
    "head_assistant_bare": (
        "经县人民政府研究决定：\n任命何志成同志为县长助理；\n免去罗建军同志的县长助理职务。",
        [
            ("appoint", "何志成", "县长助理", None),
            ("remove", "罗建军", "县长助理", None),
        ],
    ),
    # 宪法宣誓 news: 新任命的某局局长甲领誓，某局局长乙、区住房和城乡建设局局长丙参加宣誓 — names end before
    # 领誓/参加, and 区住房和… is a department, no name
    "oath_pairs_verbs_after_names": (
        "会后，新任命的市审计局局长周慧敏领誓，市统计局局长钱正、市住房和城乡建设局局长郭建参加宣誓。\n区人大常委会会议结束后，新任命的区财政局局长邹平、区住房和城乡建设局局长韦海波进行了宪法宣誓。",
        [
            ("appoint", "周慧敏", "市审计局局长", None),
            ("appoint", "钱正", "市统计局局长", None),
            ("appoint", "郭建", "市住房和城乡建设局局长", None),
            ("appoint", "邹平", "区财政局局长", None),
            ("appoint", "韦海波", "区住房和城乡建设局局长", None),
        ],
    ),
    # 甲为某区人民政府办公室主任、某区人民政府外事办公室主任: two offices side by side, the shorter no
    # abbreviation of the longer
    "government_office_and_another_office": (
        "任命：\n吴志刚为常州市武进区人民政府办公室主任、常州市武进区人民政府金融工作办公室主任；",
        [
            ("appoint", "吴志刚", "常州市武进区人民政府办公室主任", None),
            ("appoint", "吴志刚", "常州市武进区人民政府金融工作办公室主任", None),
        ],
    ),
    # 某自治区人民政府主席、副主席名单 (a page's headline, its date line, the title again over its note
    # (…会议选举)): 主席：甲 / 副主席：乙、丙 are elections to that government's posts
    "government_roster_elected_title_repeated": (
        (
            "广西壮族自治区人民政府主席、副主席名单\n2018-01-27 07:10\u3000来源：广西日报\n\n广西壮族自治"
            "区人民政府主席、副主席名单\n（2018年1月26日广西壮族自治区第十三届人民代表大会第一次会议选举"
            "）\n\n主席：韦志强\n副主席：黄立新、覃秀梅（女，壮族）\n\n编辑：蓝天"
        ),
        [
            ("other", "韦志强", "广西壮族自治区人民政府主席", "2018-01-26"),
            ("other", "黄立新", "广西壮族自治区人民政府副主席", "2018-01-26"),
            ("other", "覃秀梅", "广西壮族自治区人民政府副主席", "2018-01-26"),
        ],
    ),
    # an election's tally pasted as a table (职务|姓名|得票数|当选情况 / 姓名|拟任职务|赞成票|…|结果): each
    # row elected, if its result says 当选 (未当选: none), its bare titles the place's whose congress the
    # title names
    "election_tally_table": (
        "石门乡第十七届人民代表大会第一次会议\n选举结果报告单\n\n会议时间：2016年12月20日\n实到代表：38名\u3000有效票：38张\n\n职\u3000务\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000姓\u3000名\u3000\u3000得票数\u3000\u3000当选情况\n石门乡人民政府乡长\u3000\u3000\u3000黎志红\u3000\u300037\u3000\u3000\u3000\u3000当选\n副乡长\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000谭小兵\u3000\u300035\u3000\u3000\u3000\u3000当选\n副乡长\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000周\u3000敏\u3000\u300011\u3000\u3000\u3000\u3000未当选\n\n石门乡第十七届人民代表大会第一次会议主席团\n2016年12月20日",
        [
            ("other", "黎志红", "石门乡人民政府乡长", "2016-12-20"),
            ("other", "谭小兵", "石门乡副乡长", "2016-12-20"),
        ],
    ),
    # a decided notice's attached table printed with the form's 拟任职务 / 拟免职务 columns
    # (决定对…予以任免（名单附后）): posts given and left, not proposed (one cell a line too)
    "decided_table_proposal_columns": (
        (
            "吴忠市利通区人民政府关于韦立军等同志职务任免的通知\n利政任〔2022〕6号\n\n各乡镇人民政府，区"
            "政府各部门：\n    经区人民政府研究，决定对韦立军等同志职务予以任免（名单附后）。\n\n        "
            "                          吴忠市利通区人民政府\n                                      2022年"
            "3月18日\n\n附件\n利通区人民政府任免人员名单\n姓名\t拟任职务\t拟免职务\n韦立军\t区自然资源"
            "局副局长\t区水务局副局长\n马丽\t—\t区统计局副局长"
        ),
        [
            ("appoint", "韦立军", "区自然资源局副局长", "2022-03-18"),
            ("remove", "韦立军", "区水务局副局长", "2022-03-18"),
            ("remove", "马丽", "区统计局副局长", "2022-03-18"),
        ],
    ),
    # a 任前公示's table with 拟任职务 / 拟免职务 columns: proposals still (the guard of the decided
    # notice's form)
    "publicised_table_proposal_columns": (
        "中共隆德县委组织部干部任前公示\n根据《党政领导干部选拔任用工作条例》，现将拟任人选予以公示：\n姓名\t拟任职务\t拟免职务\n苏文斌\t县财政局副局长\t县审计局副局长\n公示期为5个工作日。",
        [
            ("nominate_appoint", "苏文斌", "县财政局副局长", None),
            ("nominate_remove", "苏文斌", "县审计局副局长", None),
        ],
    ),
    # 集团公司审计部部长 after an item naming one of the group's companies: the group's in full that heads
    # and signs the notice, not the subsidiary named last
    "group_company_after_subsidiary": (
        (
            "黔通建设投资集团有限公司文件\n\n黔通建投人〔2021〕45号\n\n关于吴志远等同志职务任免的通知\n\n"
            "集团各部门、各子公司：\n    经集团公司党委会研究决定：\n    聘任吴志远为黔通交通工程有限公司"
            "副总经理；\n    聘任龙晓燕为集团公司财务部部长。\n\n黔通建设投资集团有限公司\n2021年7月12日"
        ),
        [
            ("appoint", "吴志远", "黔通交通工程有限公司副总经理", "2021-07-12"),
            ("appoint", "龙晓燕", "黔通建设投资集团有限公司财务部部长", "2021-07-12"),
        ],
    ),
    # a table of units and a column of names for each title (科室|主任|副主任; 部门|部长|副部长): each
    # column's names take its title of the row's unit, several to a cell, —— none
    "unit_then_titled_name_columns": (
        (
            "关于聘任2022年度科室负责人的通知\n\n院内各科室：\n    经医院党委研究决定，聘任以下同志为相应"
            "科室主任、副主任，聘期三年。\n\n科室\u3000\u3000\u3000\u3000\u3000\u3000主任\u3000\u3000"
            "\u3000\u3000\u3000副主任\n心内科\u3000\u3000\u3000\u3000\u3000卢志华\u3000\u3000\u3000\u3000"
            "蒋红、邓伟\n眼科\u3000\u3000\u3000\u3000\u3000\u3000——\u3000\u3000\u3000\u3000\u3000\u3000韩"
            "玉（主持工作）\n\n沅江市人民医院\n2022年2月14日"
        ),
        [
            ("appoint", "卢志华", "心内科主任", "2022-02-14"),
            ("appoint", "蒋红", "心内科副主任", "2022-02-14"),
            ("appoint", "邓伟", "心内科副主任", "2022-02-14"),
            ("appoint", "韩玉", "眼科副主任", "2022-02-14"),
        ],
    ),
    # a holder described by his post who moves away from it (学校党委副书记甲同志调离某学院，另有任用;
    # 因原乡人大主席乙已调离某乡，会议补选…): other, the post of the unit left
    "described_holder_moved_away": (
        "宣布了省委关于学校领导班子调整的决定：周海同志任岭南理工学院党委副书记；学校党委副书记吕建华同志调离岭南理工学院，另有任用。\n8月26日，石门乡第十六届人民代表大会第六次会议召开。因原乡人大主席冯德才已调离石门乡，会议依法补选吴玉兰为石门乡人民代表大会主席。",
        [
            ("appoint", "周海", "岭南理工学院党委副书记", None),
            ("other", "吕建华", "岭南理工学院党委副书记", None),
            ("other", "冯德才", "石门乡人大主席", None),
            ("other", "吴玉兰", "石门乡人民代表大会主席", None),
        ],
    ),
    # 聘请 a list of people each printed with the firm or school before the name and the honorific after it
    # (某律师事务所甲律师、…) or a grade before it (某公司高级工程师乙): all hired
    "hired_each_after_firm_or_school": (
        "经市政府研究，决定聘请广西铭信律师事务所覃立新律师、广西正泰律师事务所卢晓燕律师为市政府法律顾问。\n决定聘请桂林理工大学教授韦志坚、中国铝业广西分公司高级工程师黄春来为市人民政府决策咨询委员会委员。",
        [
            ("appoint", "覃立新", "市政府法律顾问", None),
            ("appoint", "卢晓燕", "市政府法律顾问", None),
            ("appoint", "韦志坚", "市人民政府决策咨询委员会委员", None),
            ("appoint", "黄春来", "市人民政府决策咨询委员会委员", None),
        ],
    ),
    # 我校某学院院长 after a headline naming only the college: 我校 is the university that signs, not the
    # Tibetan and Mongolian names as Qinghai and Inner Mongolia spell them (尕玛, 尕桑, 诺布, 吉日格拉)
    # before a bare 任 with no 同志
    "transcribed_names_qinghai_spellings": (
        "经州人民政府研究决定：\n尕玛扎西任州农牧局副局长；\n吉日格拉任州统计局副局长。",
        [
            ("appoint", "尕玛扎西", "州农牧局副局长", None),
            ("appoint", "吉日格拉", "州统计局副局长", None),
        ],
    ),
    # 辞去公司第N届董事会独立董事及董事会审计委员会主任委员职务: the committee's post is of the company's
    # board as printed, the term not carried over
    "board_committee_after_termed_board": (
        "证券代码：603777\u3000\u3000证券简称：华科电子\u3000\u3000公告编号：2021-052\n\n浙江华科电子股份有限公司关于独立董事辞职的公告\n\n\u3000\u3000浙江华科电子股份有限公司（以下简称“公司”）董事会近日收到独立董事汪立群先生的书面辞职报告。汪立群先生因个人原因，申请辞去公司第三届董事会独立董事及董事会提名委员会主任委员职务。\n\n\u3000\u3000特此公告。\n\n浙江华科电子股份有限公司董事会\n2021年9月3日",
        [
            ("other", "汪立群", "浙江华科电子股份有限公司第三届董事会独立董事", "2021-09-03"),
            ("other", "汪立群", "浙江华科电子股份有限公司董事会提名委员会主任委员", "2021-09-03"),
        ],
    ),
    # a listed company's completed re-election told section by section (一、第N届董事会组成情况⏎
    # 董事长：甲⏎独立董事：乙、丙⏎二、第N届监事会组成情况⏎监事会主席：丁⏎三、聘任高级管理人员情况⏎
    # 总经理：戊): the board's lines elections to that board, the officers' hirings by the company
    "board_reelection_sections": (
        "证券代码：603399\u3000\u3000证券简称：江南重工\u3000\u3000公告编号：2023-041\n\n江苏江南重工股份有限公司\n关于董事会、监事会完成换届选举及聘任高级管理人员的公告\n\n江苏江南重工股份有限公司（以下简称“公司”）于2023年5月16日召开2022年年度股东大会，选举产生了公司第五届董事会成员。现将相关情况公告如下：\n\n一、第五届董事会组成情况\n董事长：顾建平\n独立董事：邵敏、唐立新\n\n二、第五届监事会组成情况\n监事会主席：钱红\n\n三、聘任高级管理人员情况\n总经理：周国强\n董事会秘书：吴静\n\n江苏江南重工股份有限公司董事会\n2023年5月17日",
        [
            ("other", "顾建平", "江苏江南重工股份有限公司第五届董事会董事长", "2023-05-17"),
            ("other", "邵敏", "江苏江南重工股份有限公司第五届董事会独立董事", "2023-05-17"),
            ("other", "唐立新", "江苏江南重工股份有限公司第五届董事会独立董事", "2023-05-17"),
            ("other", "钱红", "江苏江南重工股份有限公司第五届监事会主席", "2023-05-17"),
            ("appoint", "周国强", "江苏江南重工股份有限公司总经理", "2023-05-17"),
            ("appoint", "吴静", "江苏江南重工股份有限公司董事会秘书", "2023-05-17"),
        ],
    ),
    # 公司 in a listed company's announcement that names its shareholder
    # (根据公司控股股东某集团有限公司…规定; 由持有公司N%股份的股东某投资有限公司提出): the company
    # announcing, never the shareholder
    "company_not_its_shareholder": (
        "证券代码：000712\u3000\u3000证券简称：湘能电力\u3000\u3000公告编号：2022-031\n\n湖南湘能电力股份有限公司\n关于聘任公司高级管理人员的公告\n\n根据公司控股股东湖南省能源集团有限公司干部管理有关规定，公司于2022年6月8日召开第八届董事会第三次会议，同意聘任邓志军先生为公司副总经理，同时免去刘海先生公司副总经理职务。\n\n湖南湘能电力股份有限公司董事会\n2022年6月9日",
        [
            ("appoint", "邓志军", "湖南湘能电力股份有限公司副总经理", "2022-06-09"),
            ("remove", "刘海", "湖南湘能电力股份有限公司副总经理", "2022-06-09"),
        ],
    ),
    # 聘任公司现任副总经理甲先生为公司常务副总经理: 公 a surname, but 公司现 no name; the person described
    # by the post he holds now
    "hired_with_current_post_described": (
        "安徽华皖物流股份有限公司（以下简称“公司”）于2023年8月28日召开第四届董事会第九次会议，董事会同意聘任以下人员为公司高级管理人员：\n1、聘任公司现任副总经理陶志成先生为公司常务副总经理；\n2、聘任许丽娟女士为公司副总经理。\n\n安徽华皖物流股份有限公司董事会\n2023年8月29日",
        [
            ("appoint", "陶志成", "安徽华皖物流股份有限公司常务副总经理", "2023-08-29"),
            ("appoint", "许丽娟", "安徽华皖物流股份有限公司副总经理", "2023-08-29"),
        ],
    ),
    # a portal's 人事任免信息 page, each person a record of labelled fields one a line
    # (姓名：甲⏎任免类别：任命⏎任免职务：X): the record's act, of its post
    "record_of_labelled_fields": (
        "人事任免信息\n发布机构：承德市人民政府\n成文日期：2021-04-12\n----------------------------------------\n姓\u3000\u3000名：孟庆丰\n任免类别：任命\n任免职务：承德市统计局局长\n----------------------------------------\n姓\u3000\u3000名：韩丽\n任免类别：免职\n任免职务：承德市统计局副局长",
        [
            ("appoint", "孟庆丰", "承德市统计局局长", "2021-04-12"),
            ("remove", "韩丽", "承德市统计局副局长", "2021-04-12"),
        ],
    ),
    # a company's record of labelled fields (姓名：甲⏎性别：男⏎…⏎职务：副总经理) under a heading naming the
    # act (一、聘任副总经理情况): hired, the company's post
    "record_under_an_act_heading": (
        "河北燕山新材料股份有限公司（以下简称“公司”）于2022年5月9日召开第三届董事会第六次会议。现将具体情况公告如下：\n一、聘任副总经理情况\n姓名：彭立伟\n性别：男\n出生年月：1981年6月\n职务：副总经理\n任期：自2022年5月9日起至第三届董事会任期届满之日止",
        [
            ("appoint", "彭立伟", "河北燕山新材料股份有限公司副总经理", "2022-05-09"),
        ],
    ),
    # 热点新闻 / 相关推荐 heading a sidebar above or beside the article (headlines, then the notice's
    # sentences): no cut, the notice read
    "hot_news_sidebar_above_a_notice": (
        (
            "首页 > 新闻中心 > 人事任免\n热点新闻\n我县召开安全生产会议\n我市举办文化节\n阜南县人民政府关"
            "于任免干部的通知\n各乡镇人民政府：\n经县政府研究决定：任命高峰为阜南县公安局副局长；免去孙伟"
            "的阜南县公安局副局长职务。\n阜南县人民政府\n2023年7月1日"
        ),
        [
            ("appoint", "高峰", "阜南县公安局副局长", "2023-07-01"),
            ("remove", "孙伟", "阜南县公安局副局长", "2023-07-01"),
        ],
    ),
    # a vote table's row whose result is 否: that motion failed, its person not elected
    "vote_row_not_elected": (
        "浙江华泰科技股份有限公司2022年第一次临时股东大会决议公告\n\n二、议案审议情况\n1.01|选举王建国为公司第九届董事会董事|1,203,456,112|99.70|是\n1.02|选举赵德明为公司第九届董事会董事|103,400,000|8.55|否",
        [
            ("other", "王建国", "浙江华泰科技股份有限公司第九届董事会董事", None),
        ],
    ),
    # 调离 of a former head (因原镇长甲已调离某镇; 某局原局长乙已调离某县): the place's head (某镇镇长), 原
    # no part of the post
    "moved_away_former_head": (
        "8月26日，石桥镇第十六届人民代表大会第六次会议召开。因原镇长李明已调离石桥镇，会议补选周涛为石桥镇镇长。\n据悉，阜南县卫生健康局原局长冯刚已调离阜南县，另有任用。",
        [
            ("other", "李明", "石桥镇镇长", None),
            ("other", "周涛", "石桥镇镇长", None),
            ("other", "冯刚", "阜南县卫生健康局局长", None),
        ],
    ),
    # 甲、王小二同志任X: a name ending in 二 stays whole (the count cut only for 两)
    "two_names_last_ending_er": (
        "经研究，决定张伟、王小二同志任阜南县林业局副局长。",
        [
            ("appoint", "张伟", "阜南县林业局副局长", None),
            ("appoint", "王小二", "阜南县林业局副局长", None),
        ],
    ),
    # an election's tally under a prefecture's congress (某彝族自治州第N届人民代表大会…选举结果): bare 州长
    # / 副州长 are that prefecture's
    "tally_in_an_autonomous_prefecture": (
        "楚雄彝族自治州第十届人民代表大会第一次会议选举结果\n职务\t姓名\t得票数\t当选情况\n州长\t张明远\t56\t当选\n副州长\t李志\t55\t当选",
        [
            ("other", "张明远", "楚雄彝族自治州州长", None),
            ("other", "李志", "楚雄彝族自治州副州长", None),
        ],
    ),
    # OCR's Latin O for a zero among Arabic digits (2O12年8月2O日): the signing date read
    "ocr_o_for_zero_in_dates": (
        "任命符气明为海南省旅游发展委员会副主任。\n海南省人民政府\n2O12年8月2O日",
        [
            ("appoint", "符气明", "海南省旅游发展委员会副主任", "2012-08-20"),
        ],
    ),
    # a re-election's sections with numbered rows and how each holder is addressed
    # (1、董事长：甲先生⏎2、独立董事：乙女士、丙先生), the last row before the section's closing sentence
    # (董事会秘书：丁女士⏎上述人员任期…。)
    "board_reelection_numbered_rows": (
        "江西赣江新材料股份有限公司（以下简称“公司”）于2023年9月15日召开2023年第二次临时股东大会，选举产生了公司第五届董事会成员。现将相关情况公告如下：\n\n一、公司第五届董事会组成情况\n1、董事长：刘春林先生\n2、独立董事：孟庆华先生、邹佳女士\n公司第五届董事会任期三年。\n\n二、聘任高级管理人员情况\n总经理：周晓鸥女士\n董事会秘书：吴静女士\n上述高级管理人员任期三年。\n\n江西赣江新材料股份有限公司董事会\n2023年9月16日",
        [
            ("other", "刘春林", "江西赣江新材料股份有限公司第五届董事会董事长", "2023-09-16"),
            ("other", "孟庆华", "江西赣江新材料股份有限公司第五届董事会独立董事", "2023-09-16"),
            ("other", "邹佳", "江西赣江新材料股份有限公司第五届董事会独立董事", "2023-09-16"),
            ("appoint", "周晓鸥", "江西赣江新材料股份有限公司总经理", "2023-09-16"),
            ("appoint", "吴静", "江西赣江新材料股份有限公司董事会秘书", "2023-09-16"),
        ],
    ),
    # the State Council's land inspectors (国家土地总督察, 国家自然资源副总督察): titles of posts, alone or
    # after another post
    "land_inspectors_titles": (
        "国务院任免国家工作人员。任命严立新为国家自然资源副总督察；免去陆志刚的国土资源部副部长、国家土地副总督察职务。",
        [
            ("appoint", "严立新", "国家自然资源副总督察", None),
            ("remove", "陆志刚", "国土资源部副部长", None),
            ("remove", "陆志刚", "国家土地副总督察", None),
        ],
    ),
    # 该司 after a ministry's division named in the item before (任命甲为某局某司司长，乙为该司副司长): that
    # division
    "division_named_back": (
        "国务院任免国家工作人员。任命刘长青为国家能源局煤炭司司长，韩晓琳为该司副司长（试用期一年）。",
        [
            ("appoint", "刘长青", "国家能源局煤炭司司长", None),
            ("appoint", "韩晓琳", "国家能源局煤炭司副司长", None),
        ],
    ),
    # 甲升任X where the text prints 甲升 alone elsewhere (甲升，1968年生): the name is 甲升 and the verb 任;
    # where it prints 甲 alone, 甲 升任
    "name_ending_sheng_before_ren": (
        "中央决定：邵建升任中国铁路物资集团公司总经理。邵建升，1966年5月生，江苏南通人。\n中央决定：宓东升任国家粮食局副局长。宓东，1970年3月生，浙江宁波人。",
        [
            ("appoint", "邵建升", "中国铁路物资集团公司总经理", None),
            ("appoint", "宓东", "国家粮食局副局长", None),
        ],
    ),
    # a resolution announcement's non-cumulative motion
    # (议案名称：关于选举甲为公司董事的议案⏎审议结果：通过): its person elected; one whose result is 未通过,
    # none
    "agm_motion_named_then_passed": (
        "江苏远东化工股份有限公司2023年第一次临时股东大会决议公告\n\n二、议案审议情况\n（一）非累积投票议案\n1、议案名称：关于选举高建军为公司董事的议案\n审议结果：通过\n表决情况：\n\n2、议案名称：关于选举顾明为公司监事的议案\n审议结果：未通过\n\n江苏远东化工股份有限公司董事会\n2023年3月9日",
        [
            ("other", "高建军", "江苏远东化工股份有限公司董事", "2023-03-09"),
        ],
    ),
    # 聘任 a list of people each described by the post held now and addressed after the name
    # (聘任技术中心主任甲先生、财务部部长乙女士为公司副总经理): all hired
    "hired_each_described_and_addressed": (
        "董事会同意聘任技术中心主任宫立伟先生、财务部部长李红女士为公司副总经理。",
        [
            ("appoint", "宫立伟", "公司副总经理", None),
            ("appoint", "李红", "公司副总经理", None),
        ],
    ),
    # a company's unit's head named 负责人 (聘任甲为公司内部审计部门负责人; 由乙担任某证券营业部负责人;
    # 某分公司负责人): a post
    "unit_heads_by_fuzeren": (
        "董事会同意聘任林思颖女士为公司内部审计部门负责人。\n经公司研究决定，由周宏伟担任长沙芙蓉路证券营业部负责人。",
        [
            ("appoint", "林思颖", "公司内部审计部门负责人", None),
            ("appoint", "周宏伟", "长沙芙蓉路证券营业部负责人", None),
        ],
    ),
    # 该司 after a company named nearer than a ministry's division
    # (…商务部外资司司长出席…。某物流有限公司宣布任命甲为该司总经理): the company
    "company_named_back_as_gaisi": (
        "商务部外资司司长乙明出席了签约仪式。当天，华通物流有限公司宣布任命庞海为该司总经理。",
        [
            ("appoint", "庞海", "华通物流有限公司总经理", None),
        ],
    ),
    # records of labelled fields one after another with no date line or divider above them
    # (人事任免信息⏎姓名：甲⏎任免类别：任命⏎任免职务：X⏎姓名：乙…): each record read
    "records_without_dividers": (
        "人事任免信息\n姓\u3000\u3000名：孟庆丰\n任免类别：任命\n任免职务：承德市统计局局长\n姓\u3000\u3000名：韩丽\n任免类别：免职\n任免职务：承德市统计局副局长",
        [
            ("appoint", "孟庆丰", "承德市统计局局长", None),
            ("remove", "韩丽", "承德市统计局副局长", None),
        ],
    ),
    # a site's mark against copying bracketed inside a name or a post (陈学[ www.example.com ]军,
    # 王[来源:某网]建国, 某交通[www.example.net]运输局): no word of the text; a page's closing （来源：某报
    # 日期） line is left as it is
    "watermark_inside_words": (
        (
            "经研究决定：周学[ www.hbrsw.com ]军任湖北省审计厅副厅长；吴[来源:学科网ZXXK]建国任淮安市交通"
            "[www.hazw.net]运输局局长。\n（来源：湖北日报\u30002013年05月09日 第 02 版）"
        ),
        [
            ("appoint", "周学军", "湖北省审计厅副厅长", None),
            ("appoint", "吴建国", "淮安市交通运输局局长", None),
        ],
    ),
    # several subjects each printed after his title and addressed
    # (公司第N届董事会非独立董事甲先生、独立董事乙先生不再担任公司董事): each the act's person
    "subjects_each_titled_then_verb": (
        "因任期届满，公司第四届董事会非独立董事韩志斌先生、独立董事吕平先生不再担任公司董事。\n第四届监事会监事许志刚先生、监事何兰女士因个人原因辞去公司监事职务。",
        [
            ("remove", "韩志斌", "公司董事", None),
            ("remove", "吕平", "公司董事", None),
            ("other", "许志刚", "公司监事", None),
            ("other", "何兰", "公司监事", None),
        ],
    ),
    # 甲同志试用期满，经考核合格，按期正式任命为X (the person in the clause before): confirmed
    "probation_served_then_confirmed_as_named": (
        "经区委研究决定：\n林晓燕同志试用期满，经考核合格，按期正式任命为区商务局副局长。",
        [
            ("confirm", "林晓燕", "区商务局副局长", None),
        ],
    ),
    # a roster whose note says its people were 选出
    # (某市人大常委会主任、副主任、秘书长名单⏎（某日…会议选出）⏎主　任　甲⏎秘书长　乙): elections, as with
    # 选举
    "roster_elected_note_xuanchu": (
        "日喀则市第三届人民代表大会常务委员会主任、副主任、秘书长名单\n（2021年12月28日日喀则市第三届人民代表大会第一次会议选出）\n\n主\u3000任\u3000次旦多吉\n秘书长\u3000刘\u3000洋",
        [
            ("other", "次旦多吉", "日喀则市第三届人民代表大会常务委员会主任", "2021-12-28"),
            ("other", "刘洋", "日喀则市第三届人民代表大会常务委员会秘书长", "2021-12-28"),
        ],
    ),
    # 甲以186票的高票当选为X: the count and 的高票 before the election, no part of the name
    "elected_by_a_high_vote_count": (
        "投票结果，李国华以186票的高票当选为县人民政府县长，王建、刘明和张丽当选副县长。",
        [
            ("other", "李国华", "县人民政府县长", None),
            ("other", "王建", "县人民政府副县长", None),
            ("other", "刘明", "县人民政府副县长", None),
            ("other", "张丽", "县人民政府副县长", None),
        ],
    ),
    # 决定，接受甲、乙、丙辞去X职务: 接受 opens the list, no part of its first name
    "accepting_a_list_of_resignations": (
        "会议表决通过了有关人事事项。决定，接受金静、夏峰、徐静辞去某市某区第十届人大代表职务。",
        [
            ("other", "金静", "某市某区第十届人大代表", None),
            ("other", "夏峰", "某市某区第十届人大代表", None),
            ("other", "徐静", "某市某区第十届人大代表", None),
        ],
    ),
    # 某开发区管委会主任、党工委副书记 and 乙任管委会副主任、党工委委员 below: the zone's two bodies side by
    # side (never 管委会党工委), and 党工委委员 after a discipline unit stationed at the zone
    # (市纪委市监委驻…) borrows no 市纪委市
    "zone_bodies_side_by_side": (
        "经市委研究决定：\n张三同志任滨江经济开发区管委会主任、党工委副书记；\n李四同志任管委会副主任、党工委委员；\n周宏亮同志任党工委委员、市纪委市监委驻管委会纪检监察工委书记；\n汪维柏同志任党工委委员。",
        [
            ("appoint", "张三", "滨江经济开发区管委会主任", None),
            ("appoint", "张三", "滨江经济开发区党工委副书记", None),
            ("appoint", "李四", "滨江经济开发区管委会副主任", None),
            ("appoint", "李四", "滨江经济开发区党工委委员", None),
            ("appoint", "周宏亮", "滨江经济开发区党工委委员", None),
            ("appoint", "周宏亮", "市纪委市监委驻管委会纪检监察工委书记", None),
            ("appoint", "汪维柏", "党工委委员", None),
        ],
    ),
    # 某署長甲，本月18日起出任X / 將於下月九日出任Y / 本月底接替乙任Z: the day of the month the news is of,
    # between the described name and its verb
    "hk_post_name_comma_this_month": (
        "政府今日宣布，規劃署副署長葉子季，本月18日起出任規劃署署長。政府新聞處處長朱曼鈴，將於下月九日出任香港郵政署長。民政事務局副秘書長楊立門，本月底接替尤曾家麗任民政事務局常任秘書長。",
        [
            ("appoint", "葉子季", "規劃署署長", None),
            ("appoint", "朱曼鈴", "香港郵政署長", None),
            ("appoint", "楊立門", "民政事務局常任秘書長", None),
        ],
    ),
    # 委任甲出任「某某及某某委员会」主席 / 委任乙为「某成员、某议员及某官员薪津独立委员会」主席: a body's
    # name set in quotes is one name, its 、 and 及 no list
    "quoted_body_name_holding_and": (
        "行政长官委任郑慕智出任「前任行政长官及政治委任官员离职后工作谘询委员会」主席，任期两年。\n政府今日宣布委任唐家成为「行政会议成员、立法会议员及政治委任制度官员薪津独立委员会」主席。",
        [
            ("appoint", "郑慕智", "前任行政长官及政治委任官员离职后工作谘询委员会主席", None),
            ("appoint", "唐家成", "行政会议成员、立法会议员及政治委任制度官员薪津独立委员会主席", None),
        ],
    ),
    # 甲下周四起出任X / 某署副署長乙，下周四起出任Y / 丙本月18日起出任Z: a day of the week or of this month
    # between the name and its verb (no 周四起 as a name)
    "weekday_before_the_verb": (
        "政府飛行服務隊副總監廖嘉俊，下周四起出任政府飛行服務隊總監。\n麥錦羅下周一起出任破產管理署署長。\n周麗蓮本月31日起出任土地註冊處處長。",
        [
            ("appoint", "廖嘉俊", "政府飛行服務隊總監", None),
            ("appoint", "麥錦羅", "破產管理署署長", None),
            ("appoint", "周麗蓮", "土地註冊處處長", None),
        ],
    ),
    # 增設一位副縣長由現任某處長甲升任 / 某區長空缺則由某科長乙調任 / 另新設副秘書長一職，由丙升任: 增设 and
    # 空缺 no part of the post; the post just named (一职) is the one the passive fills, not the post left
    # above
    "vacancy_filled_taiwan_wording": (
        "雲林縣長今發布人事命令，增設一位副縣長由現任文化觀光處長陳璧君升任，另新設副秘書長一職，由縣府參議黃凱達升任。\n高雄市政府發布人事異動，燕巢區長空缺則由自治行政科長孫筱慈調任。",
        [
            ("appoint", "陳璧君", "副縣長", None),
            ("remove", "陳璧君", "文化觀光處長", None),
            ("appoint", "孫筱慈", "燕巢區長", None),
            ("remove", "孫筱慈", "自治行政科長", None),
        ],
    ),
    # 甲先生於2023年7月24日辭任X (the day between the honorific and the verb is the act's, no birth of 生于)
    # / 乙因…原因，特申请辞去Y / 因此丙申请辞去Z / 对某局局长丁就地免职
    "resignations_of_company_officers_worded_at_length": (
        "鄧仁杰先生於2023年7月24日辭任本公司董事會主席。\n公司董事会近日收到董事胡明磊的书面辞职报告，胡明磊因个人工作安排原因，特申请辞去公司第五届董事会非独立董事的职务。\n因此许晶申请辞去公司总裁的职务。\n对前期带队到现场调查的县煤炭管理局局长张瑞清就地免职。",
        [
            ("other", "鄧仁杰", "本公司董事會主席", "2023-07-24"),
            ("other", "胡明磊", "公司第五届董事会非独立董事", None),
            ("other", "许晶", "公司总裁", None),
            ("remove", "张瑞清", "县煤炭管理局局长", None),
        ],
    ),
    # 委任甲為「某某及某某委員會」主席，並委任乙、丙為委員會委員 (the quoted body whole for the bare 委員會
    # after it) / 再度委任丁为「…委员会」（委员会）的成员
    "quoted_body_then_its_members": (
        "政府今日宣布，委任龐柏維為「前任行政長官及政治委任官員離職後工作諮詢委員會」主席，並委任聶錫恩、方黎美儀為委員會委員。\n行政长官再度委任邝志衡为「前任行政长官及政治委任官员离职后工作谘询委员会」（委员会）的成员，任期两年。",
        [
            ("appoint", "龐柏維", "前任行政長官及政治委任官員離職後工作諮詢委員會主席", None),
            ("appoint", "聶錫恩", "前任行政長官及政治委任官員離職後工作諮詢委員會委員", None),
            ("appoint", "方黎美儀", "前任行政長官及政治委任官員離職後工作諮詢委員會委員", None),
            ("appoint", "邝志衡", "前任行政长官及政治委任官员离职后工作谘询委员会成员", None),
        ],
    ),
    # …而首席執行官則獲授權有效地管理本集團整體業務 before 甲辭任本公司X: the company's own words for itself
    # (本集團) end no company's name
    "company_calling_itself_group": (
        "董事會主席負責領導董事會，而首席執行官則獲授權有效地管理本集團整體業務。\n本年內，鄧仁杰先生於2023年7月24日辭任本公司董事會主席。",
        [
            ("other", "鄧仁杰", "本公司董事會主席", "2023-07-24"),
        ],
    ),
    # 郵政署長丁葉燕薇出任X (a married woman's two surnames, the husband's 丁 first) / 委任楊瑞茹碩士擔任Y
    # (Macao's degree after the name)
    "hk_married_names_and_macao_degrees": (
        "郵政署長丁葉燕薇將出任候任行政長官辦公室秘書長。\n根據第一款的規定，委任楊瑞茹碩士擔任立法會輔助部門秘書長一職，為期一年。",
        [
            ("appoint", "丁葉燕薇", "候任行政長官辦公室秘書長", None),
            ("appoint", "楊瑞茹", "立法會輔助部門秘書長", None),
        ],
    ),
    # 某镇召开第十五届人民代表大会…甲、乙分别当选为人大主席和副主席；丙当选为镇长: the heads the congress
    # elects are its town's
    "town_congress_elects_bare_heads": (
        "10月11日至12日，古井镇召开第十五届人民代表大会第一次会议，选出新一届镇人大、镇政府领导班子。\n张亮驰、陈冬玲分别当选为人大主席和副主席；梁钊俊当选为镇长；温国宁、张佩瑶当选为副镇长。",
        [
            ("other", "张亮驰", "古井镇人大主席", None),
            ("other", "陈冬玲", "古井镇人大副主席", None),
            ("other", "梁钊俊", "古井镇镇长", None),
            ("other", "温国宁", "古井镇副镇长", None),
            ("other", "张佩瑶", "古井镇副镇长", None),
        ],
    ),
    # 国务院某日任命了某特区第六届政府主要官员和检察长。甲为X，乙为Y: the act told over the officials, then
    # the sentence that lists them
    "officials_told_then_listed": (
        "根據澳門特區第六任行政長官岑浩輝的提名，國務院11月30日任命了澳門特區第六屆政府主要官員和檢察長。張永春為行政法務司司長，戴建業為經濟財政司司長，陳子勁為檢察院檢察長。",
        [
            ("appoint", "張永春", "行政法務司司長", None),
            ("appoint", "戴建業", "經濟財政司司長", None),
            ("appoint", "陳子勁", "檢察院檢察長", None),
        ],
    ),
    # 甲晚間發表聲明宣布辭去X / 某董事長乙在農曆年前向某部長丙請辭獲准 / 丁、戊雙雙在農曆年前請辭: a
    # statement, a season, both, before the resignation
    "resignations_told_in_taiwan_news": (
        "經濟部長郭智輝晚間發表聲明宣布辭去經濟部長職務。\n中油董事長歐嘉瑞在農曆年前向經濟部長王美花請辭獲准。\n台鹽董事長陳啟昱、台船總經理曾國正雙雙在農曆年前請辭。",
        [
            ("other", "郭智輝", "經濟部長", None),
            ("other", "歐嘉瑞", "中油董事長", None),
            ("other", "陳啟昱", "台鹽董事長", None),
            ("other", "曾國正", "台船總經理", None),
        ],
    ),
    # 宣读了甲同志担任X的任命 / 宣读了关于乙同志任Y的任命决定: the document read out is of the appointment
    # (的任命 no part of the post)
    "appointment_document_read_out": (
        "会上，院党委副书记张明宣读了刘鸣同志担任国际关系研究所常务副所长的任命。\n会上还宣读了关于吴雪明同志任国际关系研究所党总支书记的任命决定。",
        [
            ("appoint", "刘鸣", "国际关系研究所常务副所长", None),
            ("appoint", "吴雪明", "国际关系研究所党总支书记", None),
        ],
    ),
    # 甲获得了N票同意的投票，被选举为某公司职工监事 / …乙同志当选为某公司职工监事⏎⏎电话：… (the last
    # sentence with no stop before the page's contact lines)
    "employee_directors_elected": (
        "经过投票，郑华先生最终获得了129票同意的投票，被选举为方正证券股份有限公司职工监事。\n经过投票，张磊同志当选为商发集团公司职工董事，项培根同志当选为商发集团公司职工监事\n\n电话：021-57816829",
        [
            ("other", "郑华", "方正证券股份有限公司职工监事", None),
            ("other", "张磊", "商发集团公司职工董事", None),
            ("other", "项培根", "商发集团公司职工监事", None),
        ],
    ),
    # 某某召开第九届董事会第四次会议…甲辞去公司总经理职务，聘任乙为公司总经理…某某第九届董事会第四次会议决议:
    # 公司 is 某某, never 某某第九届 nor 某某召开
    "company_by_its_board_meeting": (
        "8月26日，华东科技召开第九届董事会第四次会议，审议通过了《聘任公司总经理的议案》，因工作调整，孙学军先生辞去公司总经理职务，聘任徐国忠先生为公司总经理。中电熊猫党委副书记钟友祥宣读任命文件、华东科技第九届董事会第四次会议决议。",
        [
            ("other", "孙学军", "华东科技总经理", None),
            ("appoint", "徐国忠", "华东科技总经理", None),
        ],
    ),
    # …，而原某局代副局长乙则获委任为该局副局长: 该局 is 某局, without the clause's 而 and the former's 原
    "bureau_referred_back_after_er_yuan": (
        "法務局局長梁穎妍調任行政公職局局長，而原行政公職局代副局長陳淑貞則獲委任為該局副局長，兩人任期均由今日起生效。",
        [
            ("appoint", "梁穎妍", "行政公職局局長", None),
            ("remove", "梁穎妍", "法務局局長", None),
            ("appoint", "陳淑貞", "行政公職局副局長", None),
        ],
    ),
    # 某某(600872.SH)…公告…某某亦发布了高管辞职的公告…乙辞去公司总经理职务。…丙为宝能投资集团总裁助理: 公司
    # is the issuer printed above, not a group first named below (and 亦 no part of the issuer)
    "issuer_before_a_group_named_later": (
        "7月19日，中炬高新发布了董事会秘书辞职的公告。因个人原因，邹卫东辞去公司董事会秘书职务。\n7月17日，中炬高新亦发布了高管辞职的公告。因个人原因，李翠旭辞去公司总经理职务。\n根据公告，邓祖明为宝能投资集团总裁助理。",
        [
            ("other", "邹卫东", "中炬高新董事会秘书", None),
            ("other", "李翠旭", "中炬高新总经理", None),
        ],
    ),
    # …甲当选X。甲曾任A、B。2016年10月，他出任C: the profile's last step, dated by its year, after the posts
    # held before (no act)
    "profile_step_after_posts_held": (
        (
            "中新社北京1月20日电 北京市第十四届人民代表大会第五次会议20日闭幕。经大会选举，蔡奇当选北京市"
            "市长。\n蔡奇曾任福建省三明市市长，浙江省委常委、组织部部长。2016年10月，他出任北京市副市长、"
            "代市长。"
        ),
        [
            ("other", "蔡奇", "北京市市长", None),
        ],
    ),
    # 行政長官已委任兩名新成員及再度委任三名現任成員，擔任某委員會(某會)委員。⏎新委任的成員如下：⏎names⏎
    # 獲再度委任的成員如下：⏎names:
    # each the body's 委員 (the role the act names)
    "members_taking_a_role_listed_below": (
        (
            "政府今日宣布，行政長官已委任兩名新成員及再度委任三名現任成員，擔任平等機會委員會(平機會)委員"
            "，任期兩年。\n\n  新委任的成員如下:\n \n陳麗雲教授\n趙文宗博士\n\n  獲再度委任的成員如下:\n"
            "\n蔡玉萍教授\n周浩鼎\n孔美琪博士\n\n  政府發言人說：「他們的經驗將有助平機會的工作。」"
        ),
        [
            ("appoint", "陳麗雲", "平等機會委員會委員", None),
            ("appoint", "趙文宗", "平等機會委員會委員", None),
            ("appoint", "蔡玉萍", "平等機會委員會委員", None),
            ("appoint", "周浩鼎", "平等機會委員會委員", None),
            ("appoint", "孔美琪", "平等機會委員會委員", None),
        ],
    ),
    # …委任九位人士成為政治助理。九名獲委任人士名單如下：某局局長政治助理甲；…；以及某局局長政治助理乙:
    # pairs of post and name after the named list
    "appointees_named_in_a_list_of_pairs": (
        "特區行政長官今天繼續委任九位人士成為特區政府的首批政治助理。\n九名獲委任人士名單如下：財政司司長政治助理葉根銓；發展局局長政治助理張文韜；以及保安局局長政治助理盧奕基。",
        [
            ("appoint", "葉根銓", "財政司司長政治助理", None),
            ("appoint", "張文韜", "發展局局長政治助理", None),
            ("appoint", "盧奕基", "保安局局長政治助理", None),
        ],
    ),
    # 某局局長甲會署任政務司司長職務 / 乙署任X: acting (會 no part of the name)
    "acting_in_a_post_hong_kong": (
        "勞工及福利局局長張建宗會署任政務司司長職務。\n保安局局長李家超署任政務司司長。",
        [
            ("appoint", "張建宗", "政務司司長", None),
            ("appoint", "李家超", "政務司司長", None),
        ],
    ),
    # 政府今日公布「某委員會」的成員名單。該委員會的成員由行政長官委任…非官守成員名單如下:⏎甲先生,JP⏎
    # 乙議員,SBS,JP:
    # the committee's 成員, each
    "committee_members_roster_after_its_release": (
        (
            "政府今日(六月三十日)公布「輸入優秀人才及專才諮詢委員會」的成員名單。該委員會的成員由行政長官"
            "委任，任期為兩年。\n\n  成員包括三名當然成員及十五名非官守成員。非官守成員名單如下:\n\n龐述"
            "英先生,JP\n陳棋昌先生\n張學明議員,SBS,JP\n李瑞成先生,MH\n\n  當然成員為經濟發展及勞工局的代"
            "表。"
        ),
        [
            ("appoint", "龐述英", "輸入優秀人才及專才諮詢委員會成員", None),
            ("appoint", "陳棋昌", "輸入優秀人才及專才諮詢委員會成員", None),
            ("appoint", "張學明", "輸入優秀人才及專才諮詢委員會成員", None),
            ("appoint", "李瑞成", "輸入優秀人才及專才諮詢委員會成員", None),
        ],
    ),
    # 行政院長批准某署長甲、某主委乙、某部長丙辭呈 / 辭職: each leaves the post described (批准 no part of
    # the first post)
    "resignations_accepted_of_several": (
        "行政院長賴清德批准環保署長李應元、農委會主委林聰賢、交通部長吳宏謀辭呈。\n行政院長批准國防部長馮世寬、陸委會主委張小月辭職。",
        [
            ("other", "李應元", "環保署長", None),
            ("other", "林聰賢", "農委會主委", None),
            ("other", "吳宏謀", "交通部長", None),
            ("other", "馮世寬", "國防部長", None),
            ("other", "張小月", "陸委會主委", None),
        ],
    ),
    # 某办公室由甲同志任主任，乙同志兼任副主任: the body before 由 is the titles' own
    "body_staffed_in_the_passive": (
        "国务院决定，三峡地区经济开发办公室由李伯宁同志任主任，陈光健同志兼任副主任。",
        [
            ("appoint", "李伯宁", "三峡地区经济开发办公室主任", None),
            ("appoint", "陈光健", "三峡地区经济开发办公室副主任", None),
        ],
    ),
    # …履新省级党政一把手的中央委员，他们分别是某省委书记甲、某省省长乙 (no colon): the pairs after the act
    # the sentence told; 他们是市长丙 at a sitting (no act): none
    "they_are_after_an_act_no_colon": (
        "先来看履新省级党政一把手的中央委员，他们分别是湖北省委书记应勇、山东省省长李干杰、上海市市长龚正。\n今天有三位嘉宾出席，他们是市长张三、副市长李四。",
        [
            ("appoint", "应勇", "湖北省委书记", None),
            ("appoint", "李干杰", "山东省省长", None),
            ("appoint", "龚正", "上海市市长", None),
        ],
    ),
    # …甲为某司司长，乙为检察长: the procurator takes no 司 of the item before (a bare 检察长, no post read)
    "procurator_after_a_secretary": (
        "国务院11月30日任命了澳门特别行政区第六届政府主要官员和检察长。张永春为行政法务司司长，罗立文为运输工务司司长，叶迅生为检察长。",
        [
            ("appoint", "张永春", "行政法务司司长", None),
            ("appoint", "罗立文", "运输工务司司长", None),
        ],
    ),
    # 时任X甲，南下出任Y: a roundup's then-title before the name, a comma, a move's direction, then the post
    # taken
    "then_title_run_into_name_comma_south": (
        "今年以来，省级宣传部门负责人持续调整。2月，时任东江日报社总编辑韩立军，南下出任岭海省委常委、宣传部部长。",
        [
            ("appoint", "韩立军", "岭海省委常委", None),
            ("appoint", "韩立军", "岭海省委宣传部部长", None),
        ],
    ),
    # 时任X甲出任Y (no comma): a plain 出任 after a then-title ends nothing
    "then_title_name_takes_post": (
        "3月，时任北川省副省长许建中出任云泽省委常委。",
        [
            ("appoint", "许建中", "云泽省委常委", None),
        ],
    ),
    # 甲因所在单位任职要求原因请求辞去…: the 任 of 任职 inside the reason is no verb
    "reason_holding_a_job_word": (
        "丰泽股份公告，公司董事会近日收到独立董事孟庆林提交的书面辞职报告。孟庆林因所在单位任职要求原因请求辞去公司第三届董事会独立董事职务。",
        [
            ("other", "孟庆林", "丰泽股份第三届董事会独立董事", None),
        ],
    ),
    # 甲由于工作变动原因辞去…，同时相应辞去…: 由于 opens the reason, 相应 is an adverb, not a name
    "reason_youyu_then_correspondingly": (
        "远航科技股份有限公司董事会收到董事长蒋立峰先生的书面辞职报告。蒋立峰先生由于工作变动原因辞去公司董事长职务，同时相应辞去公司战略委员会主任委员职务。",
        [
            ("other", "蒋立峰", "远航科技股份有限公司董事长", None),
            ("other", "蒋立峰", "远航科技股份有限公司战略委员会主任委员", None),
        ],
    ),
    # 收到…甲先生提交的书面辞职报告，因工作变动辞去…: the letter's writer resigns in the clause after, its
    # reason first
    "letter_received_then_reason_resigns": (
        "青禾环保股份有限公司于近日收到公司监事会主席周建平先生提交的书面辞职报告，因工作变动辞去公司第六届监事会主席职务。",
        [
            ("other", "周建平", "青禾环保股份有限公司第六届监事会主席", None),
        ],
    ),
    # A委员会及B委员会成员 / A委员会、B委员会及C委员会各自的成员: committees of one board sharing a title,
    # one post each
    "committees_sharing_one_title": (
        "恒达置业集团有限公司公布，独立非执行董事邝文杰已辞任本公司审核委员会主席以及薪酬委员会及提名委员会成员。",
        [
            ("other", "邝文杰", "恒达置业集团有限公司审核委员会主席", None),
            ("other", "邝文杰", "恒达置业集团有限公司薪酬委员会成员", None),
            ("other", "邝文杰", "恒达置业集团有限公司提名委员会成员", None),
        ],
    ),
    # A管理委员会、B管理委员会主任: two zones' committees under one head title
    "zone_committees_sharing_head": (
        "提请任命钱永明为安平经济技术开发区管理委员会、安平高新技术产业园区管理委员会主任。",
        [
            ("nominate_appoint", "钱永明", "安平经济技术开发区管理委员会主任", None),
            ("nominate_appoint", "钱永明", "安平高新技术产业园区管理委员会主任", None),
        ],
    ),
    # 第N届董事会独立董事、董事会某委员会主任委员: the second item names its board again, without the term
    "board_term_not_carried": (
        "明泰股份公告，独立董事方立群因个人原因申请辞去第九届董事会独立董事、董事会审计委员会主任委员职务。",
        [
            ("other", "方立群", "第九届董事会独立董事", None),
            ("other", "方立群", "董事会审计委员会主任委员", None),
        ],
    ),
    # 董事会下设X委员会主任委员: 下设 tells how the committee stands, no part of the post
    "board_committee_set_up_under": (
        "汇川精工股份有限公司于近日收到独立董事罗文斌递交的书面辞职报告，罗文斌申请辞去公司独立董事职务，同时一并辞去董事会下设审计委员会主任委员职务。",
        [
            ("other", "罗文斌", "汇川精工股份有限公司独立董事", None),
            ("other", "罗文斌", "汇川精工股份有限公司董事会审计委员会主任委员", None),
        ],
    ),
    # 某某(600000.SH) +0.020 (+0.438%) 公布: a quote page's price and change between the code and the verb;
    # 公司 is the issuer
    "quote_price_after_stock_code": (
        (
            "1月9日丨青松智造(600999.SH) +0.050 (+1.210%) 公布，公司董事会于近日收到公司总经理赵立新先生"
            "提交的书面辞职报告，赵立新先生因个人原因申请辞去公司总经理职务。"
        ),
        [
            ("other", "赵立新", "青松智造总经理", None),
        ],
    ),
    # 甲女士已呈辞独立非执行董事…: 呈辞, a Hong Kong board's word for resigning
    "hk_hands_in_resignation": (
        "瑞丰控股有限公司(「本公司」)董事会宣布，许慧敏女士(「许女士」)已呈辞独立非执行董事。",
        [
            ("other", "许慧敏", "瑞丰控股有限公司独立非执行董事", None),
        ],
    ),
    # 选举产生了由N人组成的某区人大常委会，甲为主任；乙、丙为副主任: the body named whole, its officers
    # listed after it, elected
    "body_elected_officers_listed": (
        "大会选举产生了由15人组成的清河区第九届人民代表大会常务委员会，周立平为主任；郑雪梅、罗国强为副主任；唐文华为委员。",
        [
            ("other", "周立平", "清河区第九届人民代表大会常务委员会主任", None),
            ("other", "郑雪梅", "清河区第九届人民代表大会常务委员会副主任", None),
            ("other", "罗国强", "清河区第九届人民代表大会常务委员会副主任", None),
            ("other", "唐文华", "清河区第九届人民代表大会常务委员会委员", None),
        ],
    ),
    # (…会议通过)任命：⏎甲为X: a gazette's adoption line and the list's verb on one line
    "adoption_bracket_then_list_verb": (
        "（2003年3月14日第十届全国委员会第一次会议通过）任命：\n韩明远为政协全国委员会副秘书长\n宋立新为政协全国委员会副秘书长",
        [
            ("appoint", "韩明远", "政协全国委员会副秘书长", "2003-03-14"),
            ("appoint", "宋立新", "政协全国委员会副秘书长", "2003-03-14"),
        ],
    ),
    # 某市副市长悬缺由原秘书长甲接任: Taiwan's word for a post left open, then its taker
    "vacancy_hung_taken_by": (
        "高雄市副市长悬缺由原秘书长吴德明接任，将于下周就任。",
        [
            ("appoint", "吴德明", "高雄市副市长", None),
        ],
    ),
    # 甲不再代理某市委书记职务: the acting post ends; 不 is no part of the name
    "no_longer_acting": (
        "中央决定由王振华出任东江市委书记，李建国不再代理书记职务。",
        [
            ("appoint", "王振华", "东江市委书记", None),
            ("remove", "李建国", "东江市委代理书记", None),
        ],
    ),
    # 接受某司司长甲和某局局长乙的辞职: each described person resigns the post before his name
    "two_resignations_accepted": (
        "行政长官接受运输及房屋局局长郑文杰和民政事务局局长黄志诚的辞职。",
        [
            ("other", "郑文杰", "运输及房屋局局长", None),
            ("other", "黄志诚", "民政事务局局长", None),
        ],
    ),
    # X部长，由Y接任。Z部长，由W接任: each post its own clause names, not the one read in the sentence before
    "posts_alone_then_taker_each": (
        "交通部长，由前公路总局局长何立伟接任。文化部长，由文化部次长邓丽珠接任。",
        [
            ("appoint", "何立伟", "交通部长", None),
            ("appoint", "邓丽珠", "文化部长", None),
        ],
    ),
    # 甲拟不再兼任X，会议提请免去其X职务: proposed; 拟 no part of the name
    "proposed_no_longer_concurrent": (
        "已担任北江市委副书记的罗建华拟不再兼任北江市常务副市长职务，会议提请免去其北江市常务副市长职务。",
        [
            ("nominate_remove", "罗建华", "北江市常务副市长", None),
        ],
    ),
    # Tibetan names of two words (洛桑江村): the whole name
    "tibetan_name_jiangcun": (
        "西藏自治区政府原主席洛桑江村当选西藏自治区人大常委会主任。",
        [
            ("other", "洛桑江村", "西藏自治区人大常委会主任", None),
        ],
    ),
    # 甲在X任上调任Y: the post held told after the name, no part of it
    "post_held_at_then_moved": (
        "张建林在临江市委书记任上调任东川省副省长。",
        [
            ("appoint", "张建林", "东川省副省长", None),
        ],
    ),
    # …免去丙的X职务。⏎市人大常委会副主任甲、乙: a report's paragraph ends the act; the names after it attend
    "paragraph_then_attendees_line": (
        "会议根据市人民检察院检察长的提请，经审议表决，免去周福才的市人民检察院副检察长职务。会议还听取了市人民政府关于国有资产监督管理情况的报告。\n市人大常委会副主任郭立、李春生、伏秀兰",
        [
            ("remove", "周福才", "市人民检察院副检察长", None),
        ],
    ),
    # 值班主任：甲 under a congress report: a newsroom's credit, no post
    "newsroom_duty_editor_credit": (
        "会议以无记名投票方式选举郑明为东城区人民政府区长。\n原标题：郑明当选东城区区长\n值班主任：高明",
        [
            ("other", "郑明", "东城区人民政府区长", None),
        ],
    ),
    # …选举甲为书记，当选为常委的还有乙、丙: those elected besides, the post before them
    "elected_besides_also": (
        "全会选举韩卫东为市委书记，当选为市委常委的还有刘建新、苏晓燕、钱立平。",
        [
            ("other", "韩卫东", "市委书记", None),
            ("other", "刘建新", "市委常委", None),
            ("other", "苏晓燕", "市委常委", None),
            ("other", "钱立平", "市委常委", None),
        ],
    ),
    # 代省长转正。他们分别是某省省长甲、…以及…: an acting head's 转正 (his election) told in the sentence
    # before the pairs
    "acting_confirmed_they_are": (
        "今年各地两会共选出5位省长，其中3位系代省长转正。他们分别是东川省省长罗志刚、西岭省省长韦明以及南江省省长蔡文华。",
        [
            ("other", "罗志刚", "东川省省长", None),
            ("other", "韦明", "西岭省省长", None),
            ("other", "蔡文华", "南江省省长", None),
        ],
    ),
    # 甲,、乙,、丙: a mirror's stray comma before each 、 cuts no clause
    "stray_comma_before_list_mark": (
        "大会聘请王立新、刘海燕,、陈德明,、周建国为省红十字会名誉副会长。",
        [
            ("appoint", "王立新", "省红十字会名誉副会长", None),
            ("appoint", "刘海燕", "省红十字会名誉副会长", None),
            ("appoint", "陈德明", "省红十字会名誉副会长", None),
            ("appoint", "周建国", "省红十字会名誉副会长", None),
        ],
    ),
    # 免去甲第十二届…职务: 第 opens the term, no part of the name
    "name_before_term_ordinal": (
        "会议决定免去钱峰第十二届全国政协副主席职务。",
        [
            ("remove", "钱峰", "第十二届全国政协副主席", None),
        ],
    ),
    # 名单中新上任的官员包括：某市副市长甲、某局局长乙: news of new members, pairs after the colon
    "new_members_include": (
        "据报道，名单中新上任的官员包括：南江市副市长陈其良、南江市交通局局长林志刚。",
        [
            ("appoint", "陈其良", "南江市副市长", None),
            ("appoint", "林志刚", "南江市交通局局长", None),
        ],
    ),
    # 甲最近已被任命为X: 最近 stands between the name and the verb
    "recently_before_verb": (
        "郭建龙最近已被任命为东江市委书记。",
        [
            ("appoint", "郭建龙", "东江市委书记", None),
        ],
    ),
    # 任命甲等13名某法院人民陪审员: the first named, a head count, the post (no 为)
    "named_and_counted_post": (
        "会议任命张丽等13名疏附县人民法院人民陪审员。",
        [
            ("appoint", "张丽", "疏附县人民法院人民陪审员", None),
        ],
    ),
    # 某镇镇长甲、副镇长乙就地免职: an accountability's removals, each the post described
    "removed_on_the_spot_several": (
        "经调查，白沙镇镇长段立华、副镇长刘东明就地免职，镇安监站站长唐春生就地免职。",
        [
            ("remove", "段立华", "白沙镇镇长", None),
            ("remove", "刘东明", "白沙镇副镇长", None),
            ("remove", "唐春生", "镇安监站站长", None),
        ],
    ),
    # 某医院党委副书记、院长甲同志免职: an order's item, the posts he is described by
    "comrade_removed_item": (
        "市第三人民医院党委副书记、院长邓立凯同志免职。",
        [
            ("remove", "邓立凯", "市第三人民医院党委副书记", None),
            ("remove", "邓立凯", "市第三人民医院院长", None),
        ],
    ),
    # 免去某县县长甲、副县长乙职务: each leaves the posts he is described by
    "removed_two_described": (
        "省政府决定免去安平县县长吴立新、副县长金成超职务。",
        [
            ("remove", "吴立新", "安平县县长", None),
            ("remove", "金成超", "安平县副县长", None),
        ],
    ),
    # 某局分管安全的副局长甲: the deputy's charge no part of his post
    "duty_before_deputy_title": (
        "市煤炭局分管安全的副局长袁明剑、市安监大队大队长袁立雄就地免职。",
        [
            ("remove", "袁明剑", "市煤炭局副局长", None),
            ("remove", "袁立雄", "市安监大队大队长", None),
        ],
    ),
    # 给予某处处长甲行政撤职处分 / 受到撤销党内职务、行政撤职处分: the posts described are taken away
    "sanction_dismissal_given": (
        "给予市水务局排水设施监督管理处处长熊立才行政撤职处分；城关镇镇长宋立岳负有主要领导责任，受到撤销党内职务、行政撤职处分。",
        [
            ("other", "熊立才", "市水务局排水设施监督管理处处长", None),
            ("other", "宋立岳", "城关镇镇长", None),
        ],
    ),
    # 辞去某公司董事长职位: 职位 after the title, as 职务
    "post_then_zhiwei": (
        "蔡立曦主动辞去了星河科技股份有限公司董事长职位。",
        [
            ("other", "蔡立曦", "星河科技股份有限公司董事长", None),
        ],
    ),
    # 甲先生任期届满，不再担任…: the term's end between subject and act
    "term_expired_then_ceases": (
        "张立生先生任期届满，不再担任公司独立董事职务，同时不再担任公司董事会提名委员会主任委员。",
        [
            ("remove", "张立生", "公司独立董事", None),
            ("remove", "张立生", "公司董事会提名委员会主任委员", None),
        ],
    ),
    # 甲是因为工作变动，…辞去…: 是因为 opens the reason
    "reason_with_shi_yinwei": (
        "王立平是因为工作变动，辞去东方银行副行长职务。",
        [
            ("other", "王立平", "东方银行副行长", None),
        ],
    ),
    # 某校友分会成立大会在某地举行，会议选举甲为会长，乙为副会长: the society's officers, its name in the
    # clause of its meeting
    "society_founding_meeting_elects": (
        "南江大学北京校友分会成立大会在北京举行，会议选举李友明为会长，张立、武建为副会长。",
        [
            ("other", "李友明", "南江大学北京校友分会会长", None),
            ("other", "张立", "南江大学北京校友分会副会长", None),
            ("other", "武建", "南江大学北京校友分会副会长", None),
        ],
    ),
    # 辞去第四届董事会董事、董事长、总裁: the chairman and the officers are the company's, the term the
    # board member's only
    "termed_board_then_officers": (
        "青松科技公告，公司董事会于近日收到董事长庞立晶的书面辞职报告，庞立晶申请辞去第四届董事会董事、董事长、总裁的职务。",
        [
            ("other", "庞立晶", "青松科技第四届董事会董事", None),
            ("other", "庞立晶", "青松科技董事长", None),
            ("other", "庞立晶", "青松科技总裁", None),
        ],
    ),
    # 某银行对此发布公告: 对此 no part of the issuer's name
    "issuer_responded_announcement": (
        "当日晚间，华兴银行对此发布公告进行证实，称雷文明申请辞去第六届董事会董事、董事长职务。",
        [
            ("other", "雷文明", "华兴银行第六届董事会董事", None),
            ("other", "雷文明", "华兴银行董事长", None),
        ],
    ),
    # 市委同意甲引咎辞去X职务，同时免去其Y职务: 引咎 between the name and its act
    "resigned_taking_blame": (
        "市委同意黄立儒引咎辞去东湖区区长职务，同时免去其东湖区委副书记职务。",
        [
            ("other", "黄立儒", "东湖区区长", None),
            ("remove", "黄立儒", "东湖区委副书记", None),
        ],
    ),
    # 免去某县政府县长甲、主管安全的副县长乙职务: the deputy's charge, its 的 inside the description
    "in_charge_of_before_deputy": (
        "省政府决定免去安平县政府县长吴立新、主管安全的副县长金成超职务。",
        [
            ("remove", "吴立新", "安平县政府县长", None),
            ("remove", "金成超", "安平县政府副县长", None),
        ],
    ),
    # 某县政府副县长甲已经主动向县人大常委会提出辞职: the posts he is described by
    "resignation_offered_on_own_initiative": (
        "清江县政府副县长胡立伟已经主动向县人大常委会提出辞职。",
        [
            ("other", "胡立伟", "清江县政府副县长", None),
        ],
    ),
    # 某市委书记甲、市委副书记、市长乙被免职: a title with no name after it is the next person's
    "second_person_of_two_titles": (
        "文水市委书记赵立喜、市委副书记、市长杨立光被免职。",
        [
            ("remove", "赵立喜", "文水市委书记", None),
            ("remove", "杨立光", "文水市委副书记", None),
            ("remove", "杨立光", "文水市市长", None),
        ],
    ),
    # 甲已接任为主席: 接任为, 为 no part of the post; 辞任其于公司担任的主席及执行董事职务: the company's
    # posts
    "hk_took_over_as_chair": (
        "格隆汇3月1日丨碧岭园(02007.HK)发布公吿，公司主席及执行董事杨国兴提出辞任其于公司担任的主席及执行董事职务。",
        [
            ("other", "杨国兴", "碧岭园主席", None),
            ("other", "杨国兴", "碧岭园执行董事", None),
        ],
    ),
    # 某协会第三届理事会选举结果如下：⏎会长：甲⏎副会长：乙、丙: the society's organ named in the heading,
    # its officers by title below
    "society_results_by_title": (
        "清河县律师协会第三届理事会选举结果如下：\n会长：张立明\n副会长：李强、王刚",
        [
            ("other", "张立明", "清河县律师协会第三届理事会会长", None),
            ("other", "李强", "清河县律师协会第三届理事会副会长", None),
            ("other", "王刚", "清河县律师协会第三届理事会副会长", None),
        ],
    ),
    # 某局局长甲对事故负有主要领导责任，受到撤职处分: the liability told with its object
    "liable_for_incident_then_sanction": (
        "县环保局局长郑立平对事故负有主要领导责任，受到撤职处分。",
        [
            ("other", "郑立平", "县环保局局长", None),
        ],
    ),
    # 甲当选为某协会会长，当选为副会长的还有乙、丙: the bare title of the body just read
    "elected_besides_bare_title": (
        "彭立当选为市作家协会会长，当选为副会长的还有许强、邓敏。",
        [
            ("other", "彭立", "市作家协会会长", None),
            ("other", "许强", "市作家协会副会长", None),
            ("other", "邓敏", "市作家协会副会长", None),
        ],
    ),
    # …再度委任为委员团的主席。新委任的成员包括甲、乙: members of the body the release just named
    "newly_appointed_members_include": (
        "邵一鸣获再度委任为消费品安全上诉委员团主席。新委任的成员包括招慧英博士、龙日明和巫慕洁。",
        [
            ("appoint", "邵一鸣", "消费品安全上诉委员团主席", None),
            ("appoint", "招慧英", "消费品安全上诉委员团成员", None),
            ("appoint", "龙日明", "消费品安全上诉委员团成员", None),
            ("appoint", "巫慕洁", "消费品安全上诉委员团成员", None),
        ],
    ),
    # 任命甲、乙，分别为X、Y: the clause after the comma gives each named person his post in turn
    "names_then_their_posts_in_turn": (
        "经局党组研究，决定任命钱文涛、孙晓梅，分别为城西水务管理站、城东水务管理站站长，试用期一年。",
        [
            ("appoint", "钱文涛", "城西水务管理站站长", None),
            ("appoint", "孙晓梅", "城东水务管理站站长", None),
        ],
    ),
    # 向甲、乙等N位新聘X颁发证书: the ceremony names the new holders with 向 as with 为
    "letters_handed_to_named_new_holders": (
        "会上，市长向周立新、吴海燕、郑国华等3位新聘市政府参事颁发聘书。",
        [
            ("appoint", "周立新", "市政府参事", None),
            ("appoint", "吴海燕", "市政府参事", None),
            ("appoint", "郑国华", "市政府参事", None),
        ],
    ),
    # 免去某镇中心学校校长甲、某小学校长乙的职务: the primary school is a body of its own, no part of the
    # school before
    "a_school_named_after_another_is_its_own": (
        "同时免去城关镇中心学校校长赵立群、石桥小学校长孙红梅的职务。",
        [
            ("remove", "赵立群", "城关镇中心学校校长", None),
            ("remove", "孙红梅", "石桥小学校长", None),
        ],
    ),
    # 某县对某镇党委书记甲、镇长乙和某镇党委书记丙免职: the bare act after the persons, each with the titles
    # before his name, 和 parting the last pair
    "dismissed_by_the_bare_act_after_described_persons": (
        "事件发生后，县委对河口镇党委书记杨立新、镇长吴建国和石门乡党委书记何春花免职。",
        [
            ("remove", "杨立新", "河口镇党委书记", None),
            ("remove", "吴建国", "河口镇镇长", None),
            ("remove", "何春花", "石门乡党委书记", None),
        ],
    ),
    # 免去某局党委书记甲，党委副书记、局长乙职务: the comma parts the persons, the 、 one person's titles
    "removal_list_of_described_persons_cut_by_commas": (
        "经市委研究决定：免去市交通运输局党委书记曹国平，党委副书记、局长孔德明职务。",
        [
            ("remove", "曹国平", "市交通运输局党委书记", None),
            ("remove", "孔德明", "市交通运输局党委副书记", None),
            ("remove", "孔德明", "市交通运输局局长", None),
        ],
    ),
    # 某市发生…，当地市委书记甲被免职: 当地 + a level names back the place the news is of (not 当地市场)
    "the_local_place_named_back": (
        "阳泉市一煤矿前天发生透水事故，当地市委书记周建华、市委副书记、市长陈国庆昨天被免职。",
        [
            ("remove", "周建华", "阳泉市委书记", None),
            ("remove", "陈国庆", "阳泉市委副书记", None),
            ("remove", "陈国庆", "阳泉市市长", None),
        ],
    ),
    # 决定任命：甲为X。乙为Y。: the items of a list's verb and its colon go on past a full stop on the same
    # line
    "items_after_the_act_colon_cut_by_full_stops": (
        "区人大常委会决定任命：刘建华为区人民政府副区长。唐小龙为区人民政府科技副区长。",
        [
            ("appoint", "刘建华", "区人民政府副区长", None),
            ("appoint", "唐小龙", "区人民政府科技副区长", None),
        ],
    ),
    # 某法师 / 某道长 / 某长老当选…: the minister's address after the name is no part of it; a monastic name
    # has no surname
    "ministers_addressed_after_their_names": (
        "东林市佛教协会召开第六次代表会议，惠明法师当选会长；李道平长老当选为市基督教协会会长。",
        [
            ("other", "惠明", "东林市佛教协会会长", None),
            ("other", "李道平", "市基督教协会会长", None),
        ],
    ),
    # 某协会召开代表会议，甲当选第八届理事会会长: the termed organ is the society's
    "a_societys_organ_named_by_its_term": (
        "江宁省道教协会召开第八次代表会议，周清远当选第八届理事会会长。",
        [
            ("other", "周清远", "江宁省道教协会第八届理事会会长", None),
        ],
    ),
    # 某学会某分会换届选举会议在某地召开。甲当选为主任委员: the branch's officers, its name in the sentence
    # that tells its meeting
    "a_branch_of_a_society_meets_and_elects": (
        "江宁省医学会肾脏病学分会换届选举会议在南州召开。经全体委员投票选举，孔令杰当选为主任委员，曹敏当选为副主任委员。",
        [
            ("other", "孔令杰", "江宁省医学会肾脏病学分会主任委员", None),
            ("other", "曹敏", "江宁省医学会肾脏病学分会副主任委员", None),
        ],
    ),
    # 某协会换届大会召开，甲连任主席: re-elected at the society's meeting, not reappointed (聘任 after it
    # stays an appointment)
    "a_societys_meeting_reelects": (
        "南州市书法家协会换届大会召开，方立群连任主席，聘任郑小川为秘书长。",
        [
            ("other", "方立群", "南州市书法家协会主席", None),
            ("appoint", "郑小川", "南州市书法家协会秘书长", None),
        ],
    ),
    # 会议选举甲任会长，乙任副会长，丙任秘书长: each item goes on the election, not an appointment
    "an_election_list_of_names_each_to_take": (
        "南州市摄影家协会召开换届大会，会议选举钱立人任会长，白秀英任副会长，卢志刚任秘书长。",
        [
            ("other", "钱立人", "南州市摄影家协会会长", None),
            ("other", "白秀英", "南州市摄影家协会副会长", None),
            ("other", "卢志刚", "南州市摄影家协会秘书长", None),
        ],
    ),
    # 免去甲X职务（已调任Y）: the note tells the post he moved to, an appointment
    "the_move_noted_after_a_removal": (
        "免去孙立平同志南州日报社总编辑职务（已调任南州市委常委、宣传部部长）。",
        [
            ("remove", "孙立平", "南州日报社总编辑", None),
            ("appoint", "孙立平", "南州市委常委", None),
            ("appoint", "孙立平", "南州市委宣传部部长", None),
        ],
    ),
    # 甲因调任X，向某常委会提交了辞去Y职务的请求: the move told first is an appointment, 因 before its verb
    # no part of the name
    "the_move_a_resignation_is_for": (
        "周建民因调任南州市人民政府副市长，向市人大常委会提交了辞去市人大常委会委员职务的请求。",
        [
            ("appoint", "周建民", "南州市人民政府副市长", None),
            ("other", "周建民", "市人大常委会委员", None),
        ],
    ),
    # 通过《关于接受甲辞去X职务请求的决定》、任命名单: the title's clause ends at its 》
    "a_decisions_title_before_what_else_passed": (
        "会议表决通过《关于接受赵明远辞去南州市人民政府市长职务请求的决定》、任命名单。",
        [
            ("other", "赵明远", "南州市人民政府市长", None),
        ],
    ),
    # 公告提到“某常委会决定罢免甲的…代表职务”: the quoted decision is read as a clause of its own
    "a_notice_quoted_at_length": (
        "公告中提到“南州市人大常委会决定罢免钱国栋的南州市第十六届人民代表大会代表职务”。",
        [
            ("other", "钱国栋", "南州市第十六届人民代表大会代表", None),
        ],
    ),
    # 甲则于同日起出任X: 则 before the day, no part of the name
    "then_on_the_same_day_before_the_verb": (
        "另一名董事陈立德则于同日起出任南州贸易发展局主席。",
        [
            ("appoint", "陈立德", "南州贸易发展局主席", None),
        ],
    ),
    # 另甲被任命为X; 乙平级转任Y; 丙跨校履新Z: 另, 平级 and 跨校 are no part of the names
    "words_between_a_name_and_its_move": (
        "另周卫被任命为南州市副市长。孙宏平级转任南州警备区司令员。钱骏跨校履新南州师范大学校长。",
        [
            ("appoint", "周卫", "南州市副市长", None),
            ("appoint", "孙宏", "南州警备区司令员", None),
            ("appoint", "钱骏", "南州师范大学校长", None),
        ],
    ),
    # 换届大会上，甲连任某协会主席: re-elected where an election is told (a plain 连任 stays a reappointment)
    "reelected_to_a_societys_chair": (
        "在日前举行的换届大会上，孔德昌连任南州市足球协会主席。",
        [
            ("other", "孔德昌", "南州市足球协会主席", None),
        ],
    ),
    # 某学会召开换届大会…理事长由甲担任: the society's officer, elected at its meeting
    "a_societys_officer_by_whom_after_its_meeting": (
        "南州市护理学会召开第六届会员代表大会。大会选举产生了南州市护理学会第六届理事会，理事长由市人民医院护理部主任田秀兰担任。",
        [
            ("other", "田秀兰", "南州市护理学会理事长", None),
        ],
    ),
    # 选举产生了以甲为书记、乙为副书记的新一届某委领导班子: each head elected to the body named
    "heads_an_elected_body_is_named_by": (
        "大会选举产生了以孙立新同志为书记、钱梅同志为副书记的新一届南州市总工会领导班子。",
        [
            ("other", "孙立新", "南州市总工会书记", None),
            ("other", "钱梅", "南州市总工会副书记", None),
        ],
    ),
    # 某总队原政委甲达到服役最高年龄退休: retired, other, of the post he is described by
    "retired_at_an_officers_age_limit": (
        "南州警备区原司令员陶立军达到服役最高年龄退休。",
        [
            ("other", "陶立军", "南州警备区司令员", None),
        ],
    ),
    # 共有N名委员当选为X委员，其中包括甲、乙等: each named person elected to the count's post
    "the_elected_counted_then_named": (
        "大会共有15名委员当选为南州市篮球协会第五届执行委员会委员，其中包括周强、吴霞、陶立新等。",
        [
            ("other", "周强", "南州市篮球协会第五届执行委员会委员", None),
            ("other", "吴霞", "南州市篮球协会第五届执行委员会委员", None),
            ("other", "陶立新", "南州市篮球协会第五届执行委员会委员", None),
        ],
    ),
    # 戴某则转任中石油董事长 after 某市委常委: a central company's short name opening with 中 takes no place
    "a_central_companys_short_name_after_a_place": (
        "免去周正平的南州市委常委职务。钱立宏则转任中海油董事长。",
        [
            ("remove", "周正平", "南州市委常委", None),
            ("appoint", "钱立宏", "中海油董事长", None),
        ],
    ),
    # 某集团董事、总经理及党组副书记，由甲出任，免去他的Y职务: the posts before the comma are all the holder's
    "posts_listed_then_their_holder_after_a_comma": (
        "南州能源集团董事、总经理及党组副书记，由钱立新出任，免去他的南州电网副总经理职务。",
        [
            ("appoint", "钱立新", "南州能源集团董事", None),
            ("appoint", "钱立新", "南州能源集团总经理", None),
            ("appoint", "钱立新", "南州能源集团党组副书记", None),
            ("remove", "钱立新", "南州电网副总经理", None),
        ],
    ),
    # 某市人民代表大会会议选举甲为人民政府市长: the government of the place whose congress elects
    "a_government_named_without_its_place": (
        "汕尾市第十五届人民代表大会第三次会议选举周立平为人民政府市长。",
        [
            ("other", "周立平", "汕尾市人民政府市长", None),
        ],
    ),
    # 某自治区政府副主席甲升任党委副书记: the region's party committee, not its government's
    "a_regions_party_committee_after_its_government": (
        "广西壮族自治区政府副主席覃立新升任党委副书记。",
        [
            ("appoint", "覃立新", "广西壮族自治区党委副书记", None),
        ],
    ),
    # 局长甲，因健康因素请辞获准: the clause before describes the one who leaves
    "resigned_in_a_clause_after_the_description": (
        "新竹縣政府教育處處長林志明，因個人健康因素請辭獲准。",
        [
            ("other", "林志明", "新竹縣政府教育處處長", None),
        ],
    ),
    # 甲请辞，将由乙接任: the successor foretold is talk, the resignation before it an act
    "resigned_before_a_foretold_successor": (
        "华联公司董事长张建平请辞，将由副总经理李国华接任。",
        [
            ("other", "张建平", "华联公司董事长", None),
        ],
    ),
    # 今年4月28日 under a photo caption of 2013: the page's own year
    "this_years_day_under_a_caption_of_another_year": (
        (
            "湖南省领导班子调整回顾\n\n2015年10月17日 15:01\n湖南省第十二届人民代表大会第三次会议10月17日"
            "在长沙召开\nnews 原图 2013年6月27日,长沙,时任长沙市委书记李明。\n\n  今年4月28日,湖南省委召"
            "开常委扩大会议,宣布中央关于湖南省领导同志调整决定。中央决定:李明任湖南省委副书记。"
        ),
        [
            ("appoint", "李明", "湖南省委副书记", "2015-04-28"),
        ],
    ),
    # 某会昨天下午举行。会上，甲向…颁发证书: the meeting's day, not the page's
    "meeting_yesterday_then_at_the_meeting_under_a_date_line": (
        (
            "市政府昨聘8名新参事\n\n2012年04月10日\n\n  某市人民政府参事聘任大会昨天下午在市政府举行。\n"
            "\n  会上，市长张强向王恩平、李曦等8位新聘市政府参事颁发证书。"
        ),
        [
            ("appoint", "王恩平", "市政府参事", "2012-04-09"),
            ("appoint", "李曦", "市政府参事", "2012-04-09"),
        ],
    ),
    # 某市政府原住民族委员会: 原 begins the body's own name, no former post
    "indigenous_peoples_council_is_no_former_post": (
        "台北市政府原住民族委員會主委陳大同請辭。",
        [
            ("other", "陳大同", "台北市政府原住民族委員會主委", None),
        ],
    ),
    # 某院院长职务由副院长甲教授代理: how he is addressed, between the name and 代理
    "acting_post_by_a_professor_named_after_it": (
        "台大醫院院長職務由副院長陳石明教授代理。",
        [
            ("appoint", "陳石明", "台大醫院代理院長", None),
        ],
    ),
    # 某会主席甲正式卸任，由乙接任: 正式 before the act
    "formally_stepped_down_then_succeeded": (
        "中華奧會主席林鴻明正式卸任，由蔡家明接任。",
        [
            ("remove", "林鴻明", "中華奧會主席", None),
            ("appoint", "蔡家明", "中華奧會主席", None),
        ],
    ),
    # 某行董事长及总经理分别由甲行总经理乙及丙行副总经理丁接任: 及 between the described successors
    "posts_taken_in_turn_by_described_people_joined_by_ji": (
        "土銀董事長及總經理分別由合庫銀總經理黃伯明及臺銀副總經理謝娟明接任。",
        [
            ("appoint", "黃伯明", "土銀董事長", None),
            ("appoint", "謝娟明", "土銀總經理", None),
        ],
    ),
    # 而留任者为某部长甲、某部长乙: 留任 a reappointment, the pairs after 者为
    "kept_on_listed_after_liurenzhe": (
        "行政院改組名單昨日公布，而留任者為經濟部長王美明、勞動部長許銘明。",
        [
            ("appoint", "王美明", "經濟部長", None),
            ("appoint", "許銘明", "勞動部長", None),
        ],
    ),
    # 甲也因到了退休年龄，卸任X: 也 before the reason
    "stepped_down_after_a_reason_told_with_ye": (
        "仇保明也因到了副部級官員退休年齡，卸任住建部副部長。",
        [
            ("remove", "仇保明", "住建部副部長", None),
        ],
    ),
    # 某大学校长甲退出领导岗位: the post he is described by ends
    "left_the_leading_post": (
        "复旦大学校长杨玉明退出领导岗位。",
        [
            ("remove", "杨玉明", "复旦大学校长", None),
        ],
    ),
    # 某自治区原公安厅长甲调任: 原 after the place, before its department (traditional script too)
    "former_department_head_of_a_region_in_traditional": (
        "寧夏回族自治區原公安廳長王雁明也於今年5月調任四川省委常委。",
        [
            ("remove", "王雁明", "寧夏回族自治區公安廳長", None),
            ("appoint", "王雁明", "四川省委常委", None),
        ],
    ),
    # 申请辞去其所担任的公司X职务: 其所担任的 no part of the post
    "resigned_the_posts_told_as_his": (
        "近日，华联建设股份有限公司(以下简称公司)监事会收到公司监事会主席王建国先生提交的辞职报告，由于到达法定退休年龄，王建国先生申请辞去其所担任的公司监事会主席职务。",
        [
            ("other", "王建国", "华联建设股份有限公司监事会主席", None),
        ],
    ),
    # 委任甲等人为X: the names printed, 等人 no part of them
    "named_then_others_unnamed": (
        "行政长官也委任香港作家联会执行会长罗光明等人为艺发局成员，任期三年。",
        [
            ("appoint", "罗光明", "艺发局成员", None),
        ],
    ),
    # 委任甲为某局主席，乙及丙分别获委任为副主席和成员: the bare titles are of the body the clause before
    # named
    "bare_titles_taken_in_turn_after_the_bodys_clause": (
        "政府委任黃天明為職業安全健康局主席，陳海明博士及潘兆明分別獲再委任為副主席和成員。",
        [
            ("appoint", "黃天明", "職業安全健康局主席", None),
            ("appoint", "陳海明", "職業安全健康局副主席", None),
            ("appoint", "潘兆明", "職業安全健康局成員", None),
        ],
    ),
    # 某委员会在二○○五年成立后，甲及乙分别出任主席及委员: its first officers, the past (the new ones are read)
    "first_officers_after_the_body_was_founded": (
        (
            "政府今日公布，行政长官已委任陈德明出任「离职公务员就业申请谘询委员会」(谘询委员会)的主席，以"
            "及罗家明出任谘询委员会的成员，任期两年，即日生效。 政府对任满离任的黎志明法官及苏家明在过去"
            "六年对谘询委员会所作的贡献，深表谢意。谘询委员会在二○○五年成立后，黎志明法官及苏家明分別出任"
            "主席及委员。"
        ),
        [
            ("appoint", "陈德明", "离职公务员就业申请谘询委员会主席", None),
            ("appoint", "罗家明", "离职公务员就业申请谘询委员会成员", None),
        ],
    ),
    # 某会主委由副主委甲暂代: 暂代 an acting post, as 代理
    "acting_for_the_post_with_zandai": (
        "陸委會主委由副主委林正義暫代。",
        [
            ("appoint", "林正義", "陸委會代理主委", None),
        ],
    ),
    # 某处处长就由某局副秘书长甲接任: 就 before the passive's 由
    "post_then_jiu_you_successor": (
        "運輸署署長就由教育局副秘書長鄭偉源接任。",
        [
            ("appoint", "鄭偉源", "運輸署署長", None),
        ],
    ),
    # 某区长甲本次调任某局长: 本次 as 此次
    "moved_this_time_with_benci": (
        "楠梓區長劉文粹本次調任教育局長。",
        [
            ("appoint", "劉文粹", "教育局長", None),
            ("remove", "劉文粹", "楠梓區長", None),
        ],
    ),
    # 对某局党委书记、局长甲，某局副局长乙予以免职: the comma parts the persons, 、 one person's titles
    "dismissed_persons_cut_by_commas_after_dui": (
        "对普兰店区应急局党委书记、局长曹庆恩，住建局副局长黄旭予以免职。",
        [
            ("remove", "曹庆恩", "普兰店区应急局党委书记", None),
            ("remove", "曹庆恩", "普兰店区应急局局长", None),
            ("remove", "黄旭", "普兰店区住建局副局长", None),
        ],
    ),
    # 同时被免去职务的还有某乡乡长甲: the pairs after 的还有
    "also_removed_listed_after_huanyou": (
        "腊市镇党委书记吴义萍被免去职务，同时被免去职务的还有腊市镇镇长曾龙祥。",
        [
            ("remove", "吴义萍", "腊市镇党委书记", None),
            ("remove", "曾龙祥", "腊市镇镇长", None),
        ],
    ),
    # 给予某办副主任甲、乙撤职处分: the bare name after the described one shares the title
    "sanctioned_two_sharing_one_title": (
        "给予县招办副主任孙玉海、张德秀行政撤职处分。",
        [
            ("other", "孙玉海", "县招办副主任", None),
            ("other", "张德秀", "县招办副主任", None),
        ],
    ),
    # 给予某局副局长甲责令辞职处分: told to resign (other)
    "told_to_resign_as_a_sanction": (
        "给予渭南市煤炭局副局长李明强责令辞职处分。",
        [
            ("other", "李明强", "渭南市煤炭局副局长", None),
        ],
    ),
    # 给予某公司总经理甲党内警告处分并免职
    "warned_and_dismissed": (
        "给予某公司总经理钟祎明党内警告处分并免职。",
        [
            ("remove", "钟祎明", "某公司总经理", None),
        ],
    ),
    # 新任“某部长”甲、“某部长”乙: titles quoted, as mainland outlets print Taiwan's
    "quoted_titles_in_a_list_of_pairs": (
        "台湾当局公布新“内阁”人事，新任“经建会主委”蔡勋雄、“内政部长”江宜桦。",
        [
            ("appoint", "蔡勋雄", "经建会主委", None),
            ("appoint", "江宜桦", "内政部长", None),
        ],
    ),
    # 某部长甲发出请辞声明 / 发表辞职声明: his statement of it (other)
    "statement_of_resignation": (
        "數位發展部長黃彥男今晚發出請辭聲明。",
        [
            ("other", "黃彥男", "數位發展部長", None),
        ],
    ),
    # 某市长甲因病辞世: the posts end with a death (other)
    "died_told_as_cishi": (
        "花蓮市長田智宣因病辭世。",
        [
            ("other", "田智宣", "花蓮市長", None),
        ],
    ),
    # 某会主委甲另有任用，由乙接任: the post left to the successor
    "reassigned_then_succeeded": (
        "陸委會主委張小月另有任用，由陳明通接任。",
        [
            ("remove", "張小月", "陸委會主委", None),
            ("appoint", "陳明通", "陸委會主委", None),
        ],
    ),
    # 收到董事甲提交的书面辞职报告，因个人原因请求辞去公司董事职务: the writer's request
    "requested_to_resign_after_the_letter": (
        "华联股份有限公司董事会于近日收到董事谭庆中提交的书面辞职报告，因个人原因请求辞去公司董事职务。",
        [
            ("other", "谭庆中", "华联股份有限公司董事", None),
        ],
    ),
    # 收到副总经理甲送达的辞职函，因个人原因申请辞去副总经理职务: the board's company's title
    "letter_delivered_then_a_bare_title_resigned": (
        "华联股份有限公司董事会收到副总经理郑衡送达的辞职函，因个人原因申请辞去副总经理职务。",
        [
            ("other", "郑衡", "华联股份有限公司副总经理", None),
        ],
    ),
    # 某某公布，甲已辞任公司独立非执行董事: 公司 is the announcing company
    "company_named_by_its_announcement": (
        "花样年公布，何敏已辞任公司独立非执行董事。",
        [
            ("other", "何敏", "花样年独立非执行董事", None),
        ],
    ),
    # 某院院长甲调离后，由副院长乙代理院长职务: the leaving told as the time of the successor's act
    "moved_away_then_acting_successor": (
        "南州市人民医院院长王明调离后，由副院长张三代理院长职务。",
        [
            ("other", "王明", "南州市人民医院院长", None),
            ("appoint", "张三", "南州市人民医院代理院长", None),
        ],
    ),
    # 政府今日(某月某日)公布，委任甲…，任期由…至…: the act's day is today's, not the term's bounds
    "the_terms_days_are_not_the_acts": (
        "政府今日(四月二十一日)公布，行政长官已委任廖柏明出任谘询委员会的成员，任期由二○一一年四月十五日至二○一三年六月三十日。\n2011年4月21日(星期四)",
        [
            ("appoint", "廖柏明", "谘询委员会成员", "2011-04-21"),
        ],
    ),
    # 只昨天一天，两个区的一把手同时换人。其中，…: the day of the changes the report opens with
    "changes_told_yesterday_then_listed": (
        (
            "济南一天换了两个区的一把手\n\n2017-01-15 20:58:00 来源: 某报\n\n  只昨天一天，市中区、天桥区"
            "这两个区的一把手同时换人。其中，历下区原区长宋永祥调任市中区委书记。"
        ),
        [
            ("appoint", "宋永祥", "市中区委书记", "2017-01-14"),
            ("remove", "宋永祥", "历下区区长", "2017-01-14"),
        ],
    ),
    # 8月25日，某银行公告称，甲辞去…，自2024年8月25日起生效: the day it takes effect gives the year
    "year_from_the_day_it_takes_effect": (
        "8月25日，中国银行发布公告称，刘金明因个人原因，辞去中国银行行长职务，自2024年8月25日起生效。",
        [
            ("other", "刘金明", "中国银行行长", "2024-08-25"),
        ],
    ),
    # 甲由4月1日起出任X: Hong Kong's 由 for 自
    "takes_up_from_a_day_with_you": (
        "現任港鐵常務總監金澤培由4月1日起出任港鐵公司行政總裁。",
        [
            ("appoint", "金澤培", "港鐵公司行政總裁", None),
        ],
    ),
    # 向新聘任的某政府参事甲、乙和某馆馆员丙颁发聘书: the post printed before its holders, a group each
    # (以某某同志为核心的党中央对参事…: a political formula's 为, no post)
    "letters_handed_to_holders_after_their_post": (
        "2023年5月6日，省长林东向新聘任的南江省人民政府参事何力、葛明和南江省文史研究馆馆员韦青颁发了聘书。"
        "林东说，以习近平同志为核心的党中央对参事、馆员十分关心、寄予厚望。",
        [
            ("appoint", "何力", "南江省人民政府参事", "2023-05-06"),
            ("appoint", "葛明", "南江省人民政府参事", "2023-05-06"),
            ("appoint", "韦青", "南江省文史研究馆馆员", "2023-05-06"),
        ],
    ),
    # 免去甲、乙等6位X的职务: the names, a head count, then the post they share
    "removed_named_and_counted": (
        "2022年3月9日，省政府决定免去闫立、葛平等6位西岭省人民政府副秘书长的职务。",
        [
            ("remove", "闫立", "西岭省人民政府副秘书长", "2022-03-09"),
            ("remove", "葛平", "西岭省人民政府副秘书长", "2022-03-09"),
        ],
    ),
    # 某大学教授甲，今天上午被聘为X: the day's part after the relative day
    "hired_this_morning_after_a_described_subject": (
        "2021年10月19日，东川大学教授龙江，今天上午被聘为东川市人民政府高级经济顾问。",
        [("appoint", "龙江", "东川市人民政府高级经济顾问", "2021-10-19")],
    ),
    # 任命甲为某市副市长，并决定为代理市长: the congress's decision on the same person
    "decided_acting_with_no_name_repeated": (
        "2018年12月26日，市人大常委会决定任命谢平为青石市人民政府副市长，并决定为代理市长。",
        [
            ("appoint", "谢平", "青石市人民政府代理市长", "2018-12-26"),
            ("appoint", "谢平", "青石市人民政府副市长", "2018-12-26"),
        ],
    ),
    # 甲任某医院党委副书记、院长，某妇幼保健院院长: the post after the comma names its own body
    "a_health_centre_named_after_the_comma": (
        "2013年2月5日，经研究决定：温松同志任南州妇产医院党委副书记、院长，南州妇幼保健院院长。",
        [
            ("appoint", "温松", "南州妇产医院党委副书记", "2013-02-05"),
            ("appoint", "温松", "南州妇产医院院长", "2013-02-05"),
            ("appoint", "温松", "南州妇幼保健院院长", "2013-02-05"),
        ],
    ),
    # 某局副局长甲，3日起出任X: the day of the month the report is of, then 起
    "takes_up_from_a_day_of_this_month": (
        "2023年10月19日，南江市审计局副局长邝平，3日起出任南江市审计局局长。",
        [("appoint", "邝平", "南江市审计局局长", "2023-10-19")],
    ),
    # 被免去X职务的6人是甲、乙等: those removed, named after the act as its object
    "removed_named_after_the_act": (
        "西岭省政府2009年5月21日发布人事任免文件，免去6位省政府副秘书长的职务。被免去西岭省政府副秘书长职务的6人是邝立、温平等。",
        [
            ("remove", "温平", "西岭省政府副秘书长", "2009-05-21"),
            ("remove", "邝立", "西岭省政府副秘书长", "2009-05-21"),
        ],
    ),
    # 此前，乙已被免去X职务: his removal, reported beside the news
    "removed_before_the_news": (
        "南江市公安局西陵分局新任局长到任。此前，钱刚已被免去南江市公安局西陵分局局长职务。",
        [("remove", "钱刚", "南江市公安局西陵分局局长", None)],
    ),
    # 任命甲为某县监察委员会委员，任命乙等80名同志为人民陪审员: a juror is a court's, not the body's before
    "jurors_after_a_supervisory_commission": (
        "2023年5月6日，县人大常委会会议任命何东为云溪县监察委员会委员，任命韦平等80名同志为人民陪审员；"
        "任命温立为云溪县人民法院副院长，任命钱江等20名同志为人民陪审员。",
        [
            ("appoint", "何东", "云溪县监察委员会委员", "2023-05-06"),
            ("appoint", "温立", "云溪县人民法院副院长", "2023-05-06"),
            ("appoint", "钱江", "云溪县人民法院人民陪审员", "2023-05-06"),
        ],
    ),
    # 某检察院检察长甲已经第十二届全国人大常委会第三十次会议批准任命, the body named in full
    "procurator_approved_by_a_session_named_in_full": (
        "2018年3月29日公告：西岭省第十三届人民代表大会第一次会议选举的西岭省人民检察院检察长韦勇"
        "已经第十二届全国人民代表大会常务委员会第三十次会议批准任命。",
        [("appoint", "韦勇", "西岭省人民检察院检察长", "2018-03-29")],
    ),
    # 关于甲、乙辞去某委员以及丙、丁辞去某代表的辞呈: a second resignation after 以及, its own names
    "resignations_joined_by_yiji": (
        "2023年5月6日，会议表决通过了关于何一、钱二辞去县人大常委会委员以及孙三、温四、周五辞去县人大代表的辞呈。",
        [
            ("other", "何一", "县人大常委会委员", "2023-05-06"),
            ("other", "钱二", "县人大常委会委员", "2023-05-06"),
            ("other", "孙三", "县人大代表", "2023-05-06"),
            ("other", "温四", "县人大代表", "2023-05-06"),
            ("other", "周五", "县人大代表", "2023-05-06"),
        ],
    ),
    # 免去甲的X职务，该职务由乙兼任: the successor holds it besides his own
    "post_left_held_besides_by_the_successor": (
        "2023年5月6日，省政府决定免去钱立的南江省卫生健康委员会主任职务，该职务由温新同志兼任。",
        [
            ("appoint", "温新", "南江省卫生健康委员会主任", "2023-05-06"),
            ("remove", "钱立", "南江省卫生健康委员会主任", "2023-05-06"),
        ],
    ),
    # 甲卸任X，其职务由乙接任（详见…）: a note after the act, no post
    "successor_with_a_note_after": (
        "2023年5月6日，韦立卸任南江省省长，其职务由时任副省长何明接任（详见：南江日报报道）。",
        [
            ("appoint", "何明", "南江省省长", "2023-05-06"),
            ("remove", "韦立", "南江省省长", "2023-05-06"),
        ],
    ),
    # 免去甲某局党委书记职务，建议免去其某局局长职务: the government's post, proposed to it (nominate_remove)
    "party_post_removed_government_post_proposed": (
        "2023年5月6日，经县委研究决定，免去温青同志青山县卫健局党委书记职务，建议免去其青山县卫健局局长职务。",
        [
            ("nominate_remove", "温青", "青山县卫健局局长", "2023-05-06"),
            ("remove", "温青", "青山县卫健局党委书记", "2023-05-06"),
        ],
    ),
    # 对某局党委书记、局长甲给予免职处理: one person dismissed from each title he is described by
    "dismissed_from_each_title_listed": (
        "2023年5月6日，县纪委决定对青山县卫健局党委书记、局长温青给予免职处理。",
        [
            ("remove", "温青", "青山县卫健局党委书记", "2023-05-06"),
            ("remove", "温青", "青山县卫健局局长", "2023-05-06"),
        ],
    ),
    # 某医院副院长甲受到党内严重警告处分，其副院长职务被免去 / 乙受到…处分，免去其X职务: the one punished
    "punished_then_removed_in_the_passive": (
        "2020年2月10日，青禾市第三医院副院长何小川受到党内严重警告处分，其副院长职务被免去。"
        "同日，青禾市卫健委党组成员钱立受到政务记过处分，免去其青禾市卫健委党组成员职务。",
        [
            ("remove", "何小川", "青禾市第三医院副院长", "2020-02-10"),
            ("remove", "钱立", "青禾市卫健委党组成员", "2020-02-10"),
        ],
    ),
    # 1990年10月，召开了某乡第四届人民代表大会第一次会议。会议选举乙为乡长: a chronicle's meeting month
    "chronicle_meeting_dated_by_its_month": (
        "1987年9月19日，召开了青溪乡第三届人民代表大会第一次会议。会议选举林甲为青溪乡乡长。\n"
        "1990年10月，召开了青溪乡第四届人民代表大会第一次会议。会议选举赵乙为青溪乡乡长。",
        [
            ("other", "林甲", "青溪乡乡长", "1987-09-19"),
            ("other", "赵乙", "青溪乡乡长", "1990-10"),
        ],
    ),
    # 某省十二届人大四次会议…选举甲为省长: the province in session, not the body of the sentence before
    "governor_elected_by_the_province_in_session": (
        "1月12日，北原省人大选举王立为北原省人大常委会主任。"
        "1月15日，南江省十二届人大四次会议举行第三次全体会议选举温大伟为省长。",
        [
            ("other", "温大伟", "南江省省长", None),
            ("other", "王立", "北原省人大常委会主任", None),
        ],
    ),
    # 辞任某公司董事、副总经理及董事会秘书之职: 之职 closes the list as 一职 does
    "resigned_posts_closed_by_zhizhi": (
        "2023年5月6日，青山股份公告，韦明因个人原因辞任青山股份董事、副总经理及董事会秘书之职。",
        [
            ("other", "韦明", "青山股份董事", "2023-05-06"),
            ("other", "韦明", "青山股份副总经理", "2023-05-06"),
            ("other", "韦明", "青山股份董事会秘书", "2023-05-06"),
        ],
    ),
    # 免去县教育局甲的党组书记、局长职务: the unit printed before the name, its titles after the 的
    "removed_unit_before_the_name": (
        "2019年5月8日，青禾县委常委会决定免去县教育局温立新的党组书记、局长职务；免去县水务局周海的副局长职务。",
        [
            ("remove", "周海", "县水务局副局长", "2019-05-08"),
            ("remove", "温立新", "县教育局党组书记", "2019-05-08"),
            ("remove", "温立新", "县教育局局长", "2019-05-08"),
        ],
    ),
    # 新当选的某镇镇长甲、镇人大主席乙分别作了表态发言: 分 of 分别 is no part of a name
    "elected_then_each_spoke": (
        "2023年1月6日，新当选的青溪镇镇长李明、镇人大主席高明分别作了表态发言。",
        [
            ("other", "李明", "青溪镇镇长", "2023-01-06"),
            ("other", "高明", "镇人大主席", "2023-01-06"),
        ],
    ),
    # 对甲实行问责，责令其辞去X职务 / 决定责令乙辞去Y职务: the one held to account, the order's object
    "held_to_account_and_ordered_to_resign": (
        "2023年5月6日，市纪委决定对钱明实行问责，责令其辞去中共庄溪市委副书记、庄溪市政府市长职务。"
        "同日，县纪委决定责令孙立辞去青禾县水务局局长职务。",
        [
            ("other", "孙立", "青禾县水务局局长", "2023-05-06"),
            ("other", "钱明", "中共庄溪市委副书记", "2023-05-06"),
            ("other", "钱明", "庄溪市政府市长", "2023-05-06"),
        ],
    ),
    # 原标题：甲任湖北襄阳市副市长、代理市长 over the body's 襄阳市人民政府…: the headline's province by name
    "headline_province_without_its_suffix": (
        "原标题：韦英才任湖北襄阳市副市长、代理市长\n\n2023年5月6日，襄阳市人大常委会决定任命韦英才为"
        "襄阳市人民政府副市长，决定韦英才为襄阳市人民政府代理市长。",
        [
            ("appoint", "韦英才", "襄阳市人民政府代理市长", "2023-05-06"),
            ("appoint", "韦英才", "襄阳市人民政府副市长", "2023-05-06"),
        ],
    ),
    # 甲提早辞任X: an adverb between the name and its verb
    "resigned_early": (
        "2023年5月6日，黄立明提早辞任东湾大学校董会主席一职。",
        [("other", "黄立明", "东湾大学校董会主席", "2023-05-06")],
    ),  # 甲任某市代市长 乙辞去市长职务: a headline's two acts parted by a space alone
    "headline_two_acts_parted_by_a_space": (
        "孙立任青川市代市长 钱明辞去市长职务",
        [("appoint", "孙立", "青川市代市长", None), ("other", "钱明", "青川市市长", None)],
    ),
    "headline_resigned_and_successor_parted_by_a_space": (
        "东岭控股联席主席韦明辞任 周海接任",
        [("other", "韦明", "东岭控股联席主席", None), ("appoint", "周海", "东岭控股联席主席", None)],
    ),
    "headline_appointed_and_no_longer_parted_by_a_full_width_space": (
        "温立新任北原市委书记\u3000高明不再担任",
        [("appoint", "温立新", "北原市委书记", None), ("remove", "高明", "北原市委书记", None)],
    ),
    "headline_decisions_parted_by_spaces": (
        "決定任命林海為青禾市副市長 決定林海為青禾市代理市長 決定接受周立辭去青禾市市長職務的請求",
        [
            ("appoint", "林海", "青禾市副市長", None),
            ("appoint", "林海", "青禾市代理市長", None),
            ("other", "周立", "青禾市市長", None),
        ],
    ),
    # a headline's province before the city repeats the body's 某市政府市长: one line, the body's
    "headline_province_over_the_city_government": (
        "新华社大连4月25日电 因对上访事件处置失当，辽宁省青川市市长钱明被责令辞职。\n"
        "大连市委、市政府24日作出决定，对钱明实行问责，责令其辞去中共青川市委副书记、青川市政府市长职务。",
        [("other", "钱明", "中共青川市委副书记", None), ("other", "钱明", "青川市政府市长", None)],
    ),
    # 某公司董事长甲辞职 乙接任 over the body's 选举乙为公司第八届董事会董事长: the election's line
    "headline_chair_repeats_the_boards_term": (
        "青山机电董事长韦明辞职 周海接任\n2021年9月27日，青山机电召开董事会，同意韦明辞去董事长职务，"
        "选举周海为青山机电第八届董事会董事长。",
        [
            ("other", "韦明", "青山机电董事长", "2021-09-27"),
            ("other", "周海", "青山机电第八届董事会董事长", "2021-09-27"),
        ],
    ),
    # 甲、乙等5位同志光荣当选为X: an adverb of praise between the names and the verb (骆光荣 a name still)
    "elected_with_honour": (
        "2023年3月1日，金丽、李兰等5位同志光荣当选为宜景社区居委会委员。骆光荣同志当选为宜景社区居委会主任。",
        [
            ("other", "李兰", "宜景社区居委会委员", "2023-03-01"),
            ("other", "金丽", "宜景社区居委会委员", "2023-03-01"),
            ("other", "骆光荣", "宜景社区居委会主任", None),
        ],
    ),
    # 某公司前董事长甲请辞: 前 (former) before the title, as 原, no part of the organisation
    "former_qian_before_the_title": (
        "2024年1月5日，南盐公司前董事长胡明请辞，北船公司前总经理江东也已请辞。",
        [
            ("other", "胡明", "南盐公司董事长", "2024-01-05"),
            ("other", "江东", "北船公司总经理", "2024-01-05"),
        ],
    ),
    # 任命学科带头人甲为X / 选举彝族干部乙为Y，丙、丁为Z: what the person is known as, before the name
    "described_by_what_the_person_is_known_as": (
        "2023年3月1日，县人大常委会决定任命学科带头人王大川为县教育局局长。"
        "2023年3月2日，州人大选举彝族干部李石为州长，赵林、孙立为副州长。",
        [
            ("appoint", "王大川", "县教育局局长", "2023-03-01"),
            ("other", "李石", "州长", "2023-03-02"),
            ("other", "孙立", "副州长", "2023-03-02"),
            ("other", "赵林", "副州长", "2023-03-02"),
        ],
    ),
    # 选举产生了甲、乙等9名X: a headcount between the names and the post, no 为
    "elected_names_counted_then_the_post": (
        "2021年3月22日，罗庄村召开妇女代表大会，选举产生了白冬梅、李彩霞等9名妇女执行委员。",
        [
            ("other", "白冬梅", "妇女执行委员", "2021-03-22"),
            ("other", "李彩霞", "妇女执行委员", "2021-03-22"),
        ],
    ),
    # 增补甲、乙两位专家为X / 增补丙老师为Y: what the counted are called, and a teacher's address
    "added_experts_counted_and_a_teacher_addressed": (
        "2011年6月7日，我校召开校务委员会，增补王志安、王永海两位专家为青川中学校务委员会委员；"
        "增补张鹏飞老师为青川中学校务委员会委员。",
        [
            ("appoint", "张鹏飞", "青川中学校务委员会委员", "2011-06-07"),
            ("appoint", "王志安", "青川中学校务委员会委员", "2011-06-07"),
            ("appoint", "王永海", "青川中学校务委员会委员", "2011-06-07"),
        ],
    ),
    # 选举产生学校…主席、副主席。甲当选学校…主席。…选举甲为…: 学校 is no school named by the clause
    # before it (选举产生学校, 甲当选学校): the posts as printed
    "school_word_after_a_clause": (
        "1月12日下午，学校工会第四届委员会第一次会议召开，选举产生学校工会第四届委员会主席、副主席。"
        "韦明当选学校第四届工会委员会主席。随后，以无记名投票的方式选举韦明为学校第四届工会委员会主席，"
        "选举周海为学校第四届工会委员会副主席。",
        [
            ("other", "周海", "学校第四届工会委员会副主席", None),
            ("other", "韦明", "学校第四届工会委员会主席", None),
        ],
    ),
    # 宣布医院党委决定：聘任甲为X: the announcement's verb is no part of the hospital's name
    "announced_then_the_hospitals_posts": (
        "青川市人民医院2019年大事记\n\n4月16日　医院召开中层干部聘任大会，宣布医院党委决定："
        "聘任韦明为医务部主任；免去韦明的急诊科主任职务。",
        [
            ("appoint", "韦明", "青川市人民医院医务部主任", None),
            ("remove", "韦明", "青川市人民医院急诊科主任", None),
        ],
    ),
    # 选举产生了由甲、乙、丙组成的新一届某党支部委员会: each elected a member of the body
    "body_elected_whole_with_its_members_named": (
        "2022年9月22日，全体党员以无记名投票方式选举产生了由李娟、张长琼、杨启兰组成的行政后勤党支部委员会。"
        "随后，支部委员会选举杨启兰为支部书记，张长琼为组织宣传委员，李娟为纪检委员。",
        [
            ("other", "张长琼", "支部组织宣传委员", None),
            ("other", "张长琼", "行政后勤党支部委员会委员", "2022-09-22"),
            ("other", "李娟", "支部纪检委员", None),
            ("other", "李娟", "行政后勤党支部委员会委员", "2022-09-22"),
            ("other", "杨启兰", "支部书记", None),
            ("other", "杨启兰", "行政后勤党支部委员会委员", "2022-09-22"),
        ],
    ),
    # 该院区 / 该校区: a hospital's or a university's campus named before, not the hospital or school
    "campus_referred_back": (
        "2017年1月26日上午，增城院区召开干部大会。会上宣读了任命文件：周海、王平任该院区副院长。"
        "2023年9月1日，南湖校区召开大会，宣布孙立任该校区管委会主任。",
        [
            ("appoint", "周海", "增城院区副院长", "2017-01-26"),
            ("appoint", "孙立", "南湖校区管委会主任", "2023-09-01"),
            ("appoint", "王平", "增城院区副院长", "2017-01-26"),
        ],
    ),
    # 任命甲为某市人民政府副市长，并决定代理市长: the acting post of the one just named, 其 left out
    "acting_post_with_its_person_left_unsaid": (
        "2015年3月23日，青川市人大常委会举行会议，张鸿星任市人民政府副市长，并决定代理市长。",
        [
            ("appoint", "张鸿星", "市人民政府代理市长", "2015-03-23"),
            ("appoint", "张鸿星", "市人民政府副市长", "2015-03-23"),
        ],
    ),
    # 会议经表决决定甲、乙为国务院副总理: the vote and the decision with no comma between them
    "voted_and_decided_with_no_comma": (
        "十四届全国人大一次会议举行第五次全体会议\n2023年3月12日上午，会议经表决决定丁一平、何二林为国务院副总理。",
        [
            ("appoint", "丁一平", "国务院副总理", "2023-03-12"),
            ("appoint", "何二林", "国务院副总理", "2023-03-12"),
        ],
    ),
    # 聘请甲等9名资深律师为X: what the counted are, between the count and 为, is no part of the post
    "counted_and_described_then_the_post": (
        "2019年3月1日，区政府聘请黄加丹等9名资深律师为区政府专业法律顾问。",
        [("appoint", "黄加丹", "区政府专业法律顾问", "2019-03-01")],
    ),
    # 甲曾任X等职。今年3月，甲出任Y / 乙，1967年2月生，曾任Z。今年7月，乙履新W: a dated step of the profile
    # just begun, no news; the decision the page reports is the event
    "dated_step_after_a_profile": (
        "据《东山日报》消息，11月22日，东山省人大常委会会议决定任命王大明为东山省人民政府副省长。\n"
        "王大明曾任南江市委副书记、市长等职。今年3月，王大明出任东山省委政法委副书记、省公安厅厅长。\n"
        "北川市委书记目前由西河省委副书记赵一民兼任。赵一民，1967年2月生，曾任东山市市长。"
        "今年7月，赵一民履新西河省委副书记。",
        [("appoint", "王大明", "东山省人民政府副省长", None)],
    ),
    # 某署署长的空缺由乙接任: the post's vacancy named before the successor
    "vacancy_of_the_post_taken_by": (
        "2024年3月5日，康乐署署长的空缺由产业署署长刘大明接任。",
        [("appoint", "刘大明", "康乐署署长", "2024-03-05")],
    ),
    # 委派甲为A集团有限公司、B集团有限公司专职外部董事: two bodies named whole share one title
    "two_bodies_share_one_title": (
        "2023年5月6日，省国资委决定，委派李春为青禾城市发展集团有限公司、青禾水务集团有限公司专职外部董事。",
        [
            ("appoint", "李春", "青禾城市发展集团有限公司专职外部董事", "2023-05-06"),
            ("appoint", "李春", "青禾水务集团有限公司专职外部董事", "2023-05-06"),
        ],
    ),
    # 甲首度受聘为X / 乙首次当选Y: 首度, 首次 are adverbs, no part of a name
    "first_time_adverbs": (
        "2019年3月1日，台籍律师李华首度受聘为临川区政府法律顾问，王立首次当选临川区律师协会会长。",
        [
            ("appoint", "李华", "临川区政府法律顾问", "2019-03-01"),
            ("other", "王立", "临川区律师协会会长", "2019-03-01"),
        ],
    ),
    # 某公司于11月17日下午召开职工代表大会。甲当选为职工董事: the company meeting, its day after 于
    "company_meets_on_a_day_after_yu": (
        "青禾投资有限公司于2023年11月17日下午召开职工代表大会。杨青山同志当选为职工董事，王勇同志当选为职工监事。",
        [
            ("other", "杨青山", "青禾投资有限公司职工董事", "2023-11-17"),
            ("other", "王勇", "青禾投资有限公司职工监事", "2023-11-17"),
        ],
    ),
    # 政府昨正式宣布委任甲为X: 昨 alone before an adverb is yesterday, against the page's date line
    "yesterday_alone_before_an_adverb": (
        "港大校委会主席换人\n2021-12-18 明报\n政府昨正式宣布委任监警会主席王沛诗为香港大学校务委员会主席。",
        [("appoint", "王沛诗", "香港大学校务委员会主席", "2021-12-17")],
    ),
    # 国务院昨日…任命甲为X；免去乙的Y职务: the relative day opening the sentence dates each part
    "relative_day_over_the_parts_a_semicolon_cuts": (
        "新华社北京2020年11月2日电 国务院总理昨日签署国务院令，任命孙立为澳门特别行政区海关关长；"
        "免去钱明的澳门特别行政区海关关长职务。",
        [
            ("appoint", "孙立", "澳门特别行政区海关关长", "2020-11-01"),
            ("remove", "钱明", "澳门特别行政区海关关长", "2020-11-01"),
        ],
    ),
}

NO_EVENT = {
    # commissions ending, not renewed; a move not made (未调离, 拟调离, 申请调离)
    "commissions_ended_and_moves_not_made": (
        "下列人員擔任某局副局長的定期委任，自二零二三年九月一日起終止：\n胡志偉；\n朱美萍。\n"
        "葛明未调离。某县副县长葛明拟调离。某县副县长葛明于近日调离。"
    ),
    # a profile written a year a line (2015年⏎任某县县长): steps of a career, no acts
    "a_profile_a_year_a_line": ("王明，男，1970年生。\n2015年\n任某县县长\n2018年\n任某市副市长"),
    # 荣退后: a retirement with honour, then 后 (after it), no one's name
    "rong_tui_hou_is_no_name": ("某大學校長王明榮退後獲本校董事會聘為「名譽校長」。"),
    # a board refusing, a committee advising (提交董事会审议), a presidium's standing chairs: no acts
    "a_board_refusing_a_committee_advising_and_a_presidiums_chairs": (
        "董事会不同意聘任：庞飞先生为公司总经理。提名委员会审查后同意聘任：庞飞先生为公司总裁，并提交董事会审议。"
        "大会推选蒋涛、葛丽为大会主席团常务主席。"
    ),
    # 仍担任: the post still held; a profile's step dated by its year, and its second post (兼…)
    "a_post_kept_and_a_profiles_step_with_its_concurrent_post": (
        "某市人民政府日前公布领导分工。分工调整后，钟伟仍担任常务副市长，分管财政工作。"
        "钟伟，1971年3月生，2016年任某市委副书记，兼某市委党校校长。"
    ),
    # 王某某, 孙某: a name withheld (a content farm's, a case's), no one's
    "names_withheld_as_mou": (
        "1. 原某市委常委、宣传部部长王某某调任某省委宣传部副部长。\n"
        "2. 原某县副县长孙某调任某市政府办公室副主任。"
    ),
    # 主席团常务主席 is a session's role; 代为履行…职务 duties done in a chair's stead: no posts
    "a_sessions_standing_chairs_and_duties_done_in_a_chairs_stead": (
        "大会选举了罗平、闫静为主席团常务主席。董事会选举董事韩松代为履行公司董事长职务。"
        "大会推选了邱明为主席团常务主席。董事会推举董事江涛代为履行公司董事长职务。"
    ),
    # 现任 describes the post held now, no act (and 现 is no name's last: 于海春现任…)
    "xianren_describes_the_post_held_now": (
        "昨日，29名新当选的市人大代表纷纷表示会珍惜信任。54岁的于海春现任通州区中仓街道工委书记，是区里的老资格代表。"
    ),
    # words a surname opens that are no one's name: a session's agenda, a congress in a headline
    "agenda_and_congress_words_are_no_names": (
        "此次会议，建议议程为补选某省第十三届人民代表大会常务委员会主任。\n某省人大选出人大副主任和副省长"
    ),
    # a word that opens with a surname (文件) is no person: a bureau's documents of appointments, told
    "documents_of_appointments_told_name_no_one": (
        "9月3日，市教育局官方网站连发4个关于职务任免的文件，其中涉及部分直属学校的校长调整。\n"
        "有一批校长即将到退休年龄，先从校长岗位上退下来，担任学校书记一职，作为过渡。"
    ),
    # a board's motion still to go to the shareholders (a nomination), or voted down, is no act
    "a_boards_motion_for_the_shareholders_or_voted_down_is_no_act": (
        "浙江医药股份有限公司第九届董事会第二次会议决议公告\n"
        "（一）关于选举邵华为公司第十届董事会董事的议案\n表决结果：同意9票，反对0票，弃权0票。\n"
        "本议案尚需提交公司股东大会审议。\n"
        "（二）关于聘任潘明为公司副总经理的议案\n表决结果：同意3票，反对6票，弃权0票。\n"
        "浙江医药股份有限公司董事会\n2023年8月18日"
    ),
    # a salutation naming no one whole (致某某, 小张) lends no one to a letter's 你
    "a_salutation_naming_no_one_whole": ("小张同志：\n经研究，决定聘任你为公司副总经理。"),
    # a renewal still under study is no act
    "a_renewal_still_under_study_is_no_act": ("陈大文担任财政局局长的委任续期事宜正在研究中。"),
    # a profile's step dated by its year alone is no event, however it was decided (2012年，…决定免去其…)
    "a_profiles_step_dated_by_its_year_is_no_event": (
        "邵华，男，1971年生。2012年，石门县政府常务会议决定免去其县水利局局长职务。"
    ),
    # one letter from two people, their posts unread, gives no post to either (no garbled post)
    "one_letter_from_two_writers_gives_no_shared_post": (
        "副总经理邵华先生、财务总监潘明女士于近日递交书面辞职报告。"
    ),
    # a rank named by a notice's move (职务调整为, 明确…为) is no post (the conventions: no event)
    "a_rank_named_by_a_notices_move_is_no_post": (
        "明确庞欣同志为石鼓区财政局四级调研员。滕岚同志职务调整为石鼓区审计局一级主任科员。"
    ),
    # 解除 reads a name only before 同志 or 的 (解除某县长一职: a place, no person named there)
    "jiechu_before_a_place_and_its_head_names_no_one": ("内政部昨日依法解除青山县长一职，由秘书长代理。"),
    # a rank changed after 由 (由一级主任科员晋升为四级调研员) is no post (the conventions: no event)
    "a_rank_raised_after_you_is_no_post": ("邹梅同志由一级主任科员晋升为四级调研员。"),
    # a time after a title is no name of a surname the table lacks (局长一年后调任…: no one named)
    "a_time_after_a_title_is_no_name": ("据介绍，南溪县财政局局长一年后调任北岭市副市长。"),
    # a time told before a verb (一年后, 多年来, 第二天) is no name of a surname the table lacks
    "a_time_before_the_verb_is_no_name": (
        "2018年，该同志任南溪县委常委，一年后调任北岭市副市长。多年来担任北岭市政协委员。第二天出任北岭市代市长。"
    ),
    # how many are added (部分, 一批, 若干) names no one
    "members_added_by_how_many_name_no_one": (
        "会议增补部分同志为政协北岭市第十届委员会委员，增选一批同志为常务委员，增补若干同志为委员。"
    ),
    # an act not yet done (尚未正式任命为) is none
    "an_appointment_not_yet_made_is_none": ("据悉，韩晓东尚未正式任命为北岭大学党委书记。"),
    # an adverb after a word for an official is no one (由行政长官亲自担任主席)
    "an_adverb_after_an_official_is_no_one": ("委员会由行政长官亲自担任主席，成员包括各司局长。"),
    # an office named for elections (选举事务处, 选举指导组) opening a sentence: no election held
    "an_elections_office_opening_a_sentence_is_no_election": (
        "选举事务处处长何文康今日表示，各投票站将于上午七时半开放。选举指导组组长孙立到会指导。"
    ),
    # a profile told in one sentence: a step dated by its month alone (8月任…) is no news
    "a_profile_s_last_step_dated_by_its_month_alone_is_no_act": (
        "陈立，1970年生，2016年任某县县长，2019年4月任县委书记，10月任某市副市长。"
    ),
    # an inquiry's proposal to remove (建议对…先期免职) is no removal made
    "a_proposal_to_remove_first_is_no_removal": ("事故调查组建议对县应急管理局局长董凯先期免职。"),
    # what sources say (消息人士称) or what circulates online (网传) is talk of a move, not one made
    "talk_of_sources_or_of_what_circulates_online_is_no_act": (
        "据北京消息人士称，某部副部长陈立新将出任某省副省长。"
        "网传某市副市长刘洋已调任某省发改委主任，记者向有关部门求证未果。"
    ),
    # a university holding its alumni association's meeting: the association's 会长 is not the university's
    "a_body_holding_another_body_s_meeting_owns_none_of_its_titles": (
        "北京大学今天举办校友会换届大会，张三当选会长。"
    ),
    # a body's members told in a paragraph of its story (于2019年成立的…), not a composition decided
    "composition_in_a_background_paragraph": (
        "交通諮詢委員會今日舉行第十次會議，討論巴士路線重組方案。\n於2019年成立的交通諮詢委員會的成員如下：\n"
        "主席：陳大文；\n副主席：李小明。"
    ),
    # 派 inside 党派 before a member described: no order's 派甲为…
    "pai_inside_dangpai_describes_a_member": "該黨派成員張三為市政協委員，長期關注教育議題。",
    # a table of posts and names under a lead that proposes them (拟任): nothing done yet
    "a_table_of_units_titles_and_names_proposed": (
        "现将拟任人选名单公示如下：\n单位\t职称\t姓名\t原职\n财政局\t局长\t甘明远\t财政局副局长\n"
        "公示期间，如有意见请向县委组织部反映。"
    ),
    # a table of units, titles and names under a lead that announces no act (who to call)
    "a_table_of_contacts_by_unit_and_title": (
        "本次活动各单位联络人如下：\n单位\t职称\t姓名\n财政局\t科长\t甘明远\n教育局\t科长\t陶静"
    ),
    # 派 sending a team or staff, no person to a post (Taiwan's 派甲为… is an order's appointment)
    "a_team_sent_to_help_is_no_order": "县里派工作组为群众解决实际困难，并派专人兼管档案。",
    # a given name ending in 中 before 将 (will): a move foretold, no general's rank
    "a_name_ending_in_zhong_before_will": "据悉，某市副市长李建中将接任某市市长。",
    # how a procurator came to the post, years before the news of another matter
    "approved_years_ago_then_investigated": (
        "2018年经省人大常委会批准任命的东河县人民检察院检察长张立新日前接受纪律审查。"
    ),
    # leaving the army ends no civilian post the person is described by
    "a_chairman_who_left_the_army_long_ago": "某公司董事长张立新退伍，随后下海经商，创办了这家企业。",
    # counted members of no body named (非官方委员): no post to pair the names with
    "counted_members_of_no_body_named": "行政长官委任以下三名非官方委员，任期两年：\n陈大文先生\n李小明先生",
    # a profile: a degree's field before 博士 is no one, and the last dated step is no news
    "a_profile_page_with_a_degree_field_and_its_last_dated_step": (
        "王立新\n职　务：中共东湖县委书记\n王立新，男，汉族，1972年5月生，研究生学历，管理学博士。\n"
        "2015年3月至2020年6月，任东湖县人民政府副县长；\n2020年6月起，任中共东湖县委书记。"
    ),
    # 撤销全国政协委员资格 with no name: 全国 is no one
    "mandate_ended_with_no_name": "会议决定撤销其全国政协委员资格。依法撤销全国政协委员资格。",
    # a session's presiding chairs (大会执行主席) and its tellers are roles in the meeting, no posts
    "session_roles_in_the_passive": "本次大会执行主席由冉松、冯道明、杨丽蓉担任。",
    # a leader's profile page: the name alone on a line is no subject of a dated step sentences later
    "profile_step_at_a_meeting_under_the_name": (
        "北岭省人民政府 > 领导信息\n韩立新\n韩立新，男，汉族，1969年3月生，研究生学历。\n"
        "现任北岭省人民政府副省长。\n"
        "曾任南坪市市长。2022年1月，在北岭省第十四届人民代表大会第一次会议上当选为北岭省人民政府副省长。\n"
    ),
    # 某医院副院长甲当选副主任委员: a bare elected title is not of the body describing the person
    "elected_to_a_bare_title_of_another_body": "选举产生委员177人。省妇幼保健院副院长杜明当选副主任委员。",
    # 由某市委书记升任副省长的甲: a description of the person, no act told
    "a_promotion_to_a_bare_title_in_a_description": "由常州市委书记升任副省长的费海云，分管工业。",
    # 由X升任Y的时候: a time, no person
    "the_time_of_a_promotion_is_no_person": "由沛县县长升任徐州市副市长的时候，他刚满四十岁。",
    # 某厅常年派驻干部到某村…: an adverb after the unit, no name
    "cadres_posted_year_round_name_no_one": "省财政厅常年派驻干部到李郢村担任第一书记。",
    # 研究关于补选…代表有关事项: 有关 is no heading's 有 over names
    "matters_concerning_a_by_election": "会议研究关于补选沛县人大代表有关事项。",
    # 年轻人当选…: a word for people before 当选, no name
    "young_people_elected_is_no_name": "大会进行了选举，年轻人当选丰县人大代表。",
    # 甲卸职前曾任X: what he held before he left, a biography's, no act
    "what_was_held_before_leaving": "徐州市副市长张建国卸职前曾任丰县县长。",
    # 2名原副市长获任命，分别是…: the post they leave, no post taken named
    "a_count_of_former_holders_appointed_names_no_post": "杭州市有2名原副市长获任命，分别是张建国和李卫东。",
    # 主席团会议推选甲为常务主席: a role in the sitting its presidium gives, no post
    "standing_chairs_of_the_sitting_chosen_by_its_presidium": (
        "主席团第一次会议推选邹平、罗敏、韩冬为常务主席。"
    ),
    # 此前担任X的是甲: who held the post before (a profile follows), no act
    "who_held_it_before": "此前担任南湖市委副书记、市长的是葛如松。",
    # 担任过: a post held once, in a profile (no act)
    "post_held_once_with_guo": "齐北省公安厅厅长孔立，转战齐北省后，担任过海州市委常委、组织部部长。",
    # a head's bare title under 新任 over names that print no body: no post to give them
    "bare_head_over_plain_names": "新任校长有：张三林、李四海。",
    # a clause of 官员 / 干部 names no one
    "guanyuan_is_no_name": "目前，在由副部级官员担任党委书记和校长的32所高校中，他是较为年轻的校长之一。",
    # 包括 lists pairs only under an act named in its own sentence (not the sentence before)
    "baokuo_after_a_sentence_naming_an_appointment": (
        "候任行政长官赴京接受任令\n\n  在京期间，柯卓贤将接受中央关于他担任第六任行政长官的任命。\n\n"
        "  陪同柯卓贤赴京的官员包括候任行政长官私人秘书伍洁盈及新闻秘书简浩文。"
    ),
    # words before 新任 that name no body (并祝福新任院长甲, 其中新任校长计有…) give it no post
    "no_body_before_xinren": "市长致词时感谢卸任院长的付出，并祝福新任院长邝启明。",
    "xinren_with_a_count_after_it": "新学年度的新任校长共计98人，其中新任校长计有北原高中校长等14人。",
    "posts_held_before_this_appointment": (
        "由县(市、区)委书记任设区市党委常委的两人：许晴华、徐仁东。本次任命前分别任嘉川县委书记、温岭市委书记。"
    ),
    "posts_held_in_turn_after_the_name": (
        "2015年05月04日\n据了解，2007年后，竺炎林先后出任吉川省委常委、副省长、党委副书记等职务。"
    ),
    "moves_told_by_their_direction": (
        "2025年9月30日\n翻查公開資料，汪偉忠今年63歲。汪偉忠2017年二度跨省，南下任嶺南省委常委、鵬城市委書記。"
    ),
    "past_post_after_a_name": "2018年5月17日\n担任部长助理之前，覃岚曾任商务部新闻办公室主任。",
    "proposal_titles_of_hiring": "会议审议并通过了关于聘任总经理兼财务总监、副总经理、证券事务代表的议案。",
    "clause_read_as_a_post": "交接典禮由次長陳正祥監交，董事長楊偉福與總經理鍾炳立卸任。",
    "rumoured_moves": (
        "据港媒报道，原国家体育总局副局长甘霖可能接任国家文物局局长。有消息称，水利部副部长鲍蕾将出任应急管理部副部长。"
        "天津市副市长一职，则将由交通运输部副部长钟岩接任。"
    ),
    "acting_duties_name_no_post": "会议决定由副县长李华代行县长职责。",
    "career_step_of_a_profile": (
        "2024年3月，市人大常委会决定任命冯涛为市审计局局长。2008年5月，冯涛调任市财政局副局长。"
    ),
    "career_told_in_turn_in_the_texts_own_year": (
        "2024年5月，许文出任西港新区党工委委员、管委会副主任，后担任新区党工委副书记至今。"
    ),
    "past_post_with_zeng_before_the_verb": "贺平，男，1968年生。曾出任西疆自治区政法委书记。",
    "headline_words_before_a_verb": "江南三地市长官宣履新。局长更上一层楼，擢升为东湖区财政局副局长。",
    "head_of_state_appoints_and_removes": "根据全国人大常委会的决定，国家主席魏正平任免驻外大使。",
    "oath_caption_after_a_title": "▲新当选的西阳县监察委员会主任向宪法宣誓",
    "words_opening_with_a_surname_before_a_verb": (
        "今年以来，包括新任8名党委书记、6名校长。据悉，明确出任东原市委常委、副市长的人选尚未公布。"
    ),
    "oath_ceremony_of_new_jurors": "区法院举行新任人民陪审员宣誓仪式，为新任命陪审员颁发人民陪审员任命书。",
    "left_and_soon_took_up_another_post": "韩常明卸任不久即出任农业部党组书记、部长。王维于同月调任。",
    "dated_example_and_time_told_by_a_post": (
        "例如2020年9月曾任东江证监局副局长的闵坚调任东江银行行长一职。李明担任东山县县长时，大力推进改革。"
    ),
    "by_election_rules_adopted": "大会举手表决通过了《东城区第二届人民代表大会第二次会议补选办法（草案）》。",
    "non_names_before_a_verb": "因工作原因辞去职务的情况，全票通过。",
    "as_is_not_the_list_verb": "决定任命了一批干部。任峰作为集团总经理，在会上发言。",
    "candidate_for_a_post": "韩六同志提名为东城区人民政府区长人选。",
    "career_held_in_turn": "张三，男，1965年生。张三先后担任东湖市副市长、西湖市市长。",
    "proposal_named_in_a_report_and_a_headline": (
        "梅岙区人大常委会任免区监察委员会副主任、委员\n"
        "会议审议了区监察委员会主任廖振海提请的关于任免区监察委员会副主任、委员的议案。"
    ),
    "working_group_office": "东城区科技创新领导小组下设办公室，办公室主任由韩七同志兼任。任命工作另行通知。",
    "past_examples_after_a_colon": (
        "2024年5月，近年来由市委副书记兼任区委书记的情况减少：2019年，市委副书记高明不再兼任东区区委书记。"
    ),
    "holder_before_someone": (
        # 乙之前，X一职由甲担任: the holder before 乙, told as the past
        "韦志成之前，临川市文化局局长一职则由宁海川担任。"
    ),
    "attending_in_a_capacity": "西陵市市长李伟以西陵市委书记身份出席会议并讲话。",
    "shareholder_recommends_a_director": (
        # 控股股东推荐甲先生担任公司董事: a recommendation, the board elects later (no act)
        "根据公司章程，公司控股股东东港港务(集团)股份有限公司推荐陆文斌先生担任公司董事。"
    ),
    "judge_grades_promoted": (
        # 晋升为一级高级法官: a judge's grade, no post
        "经省高级人民法院批准，院长邱建华晋升为一级高级法官，副院长林晓、陈刚晋升为三级高级法官。"
    ),
    "ministry_title_after_a_city_post": (
        # 某市副市长甲升任部长助理 with no ministry named: no 某市部长助理 (and no bureau's either)
        "东平市副市长韦国安升任部长助理。此前，中国外文局局长柯明已赴任。"
    ),
    "working_group_formed_and_its_members": (
        # a leading group's roles are no posts (docs/design.md#forms), however its list is printed
        "经研究，区政府同意调整东城区科技创新领导小组，其组成人员如下：\n"
        "组 长：韦国安 副区长\n"
        "副组长：柯 明 区科委主任\n"
        "成 员：冯志远 区财政局副局长\n"
    ),
    "successor_talked_of_with_new_head": (
        # 新任理事长人选以甲呼声最高，她将接任…: talk of who may come, no act (no ceremony, no decision)
        "公会理事长许文楠将失去理事资格，新任理事长人选以金管会副主委张淑芬呼声最高，她将接任北港金控董事长。"
    ),
    "talk_reported_before_the_move": (
        # 消息指，早前政府有意安排甲升任X，…预料…: the whole sentence is talk
        "消息指，早前政府有意安排运输署署长李颂文升任政制局常任秘书长，惟近日风波未平，预料他可能要坐多一会。"
    ),
    "last_years_month_on_a_later_page": (
        # 2019年3月，甲任… on a page of 2020-06-11: a step of a career
        "来源：东江日报 2020-06-11\n2019年3月，张立明任东江市人民政府副市长。\n"
    ),
    "approval_of_an_appointment_proposed": (
        # 经…提请某省人大常委会批准任命: proposed for approval, not yet approved
        "东江市人民检察院检察长张立明经市委研究决定提请东江省人大常委会批准任命。"
    ),
    # 甲担任县长后，大力推进…: a time in a story, no act
    "a_post_taken_as_a_time_in_a_story": "王明担任云岭县县长后，大力推进城乡改革。",
    # 出席会议的县领导有：⏎副县长　甲　乙: those present, no election's rows
    "attendance_rows_post_first_are_no_results": (
        "出席会议的县领导有：\n副县长\u3000李四\u3000王五\n县政协副主席\u3000赵六\u3000钱七"
    ),
    # 甲连续任三届某县县长: a span of terms, no act (连续任 holds 续任)
    "terms_served_in_a_row_lianxu": "张三连续任三届北岭县县长，深受群众好评。",
    # 甲调任X后，由于工作繁忙，…: 由于 is no successor
    "a_move_as_the_time_of_a_reason": "王五调任北岭县委书记后，由于工作繁忙，很少回乡。",
    # 甲升任X后，由他分管…: a charge, no successor
    "a_move_as_the_time_of_a_charge": "张三升任北岭县副县长后，由他分管农业农村工作。",
    # 任前公示⏎拟任命人员名单⏎甲　X: a notice of a proposal, no appointment
    "notice_list_of_people_proposed": (
        "东岭县委组织部干部任前公示\n拟任命人员名单\n张伟\u3000东岭县财政局局长\n李娜\u3000东岭县教育局局长"
    ),
    # 原副县长甲的代表资格终止: no deputy's post is printed
    "mandate_end_of_a_person_described_by_another_post": "因工作调动，原副县长张伟的代表资格终止。",
    # 已有多位官员出任地级市长: 位官员 is no one
    "measure_word_before_officials_is_no_name": "人事观察｜今年以来，已有多位官员出任地级市长。",
    # 经研究，甲晋升为一级主任科员: a rank, no post
    "rank_promotion_alone": "经局党组研究，孙立平晋升为一级主任科员。",
    # posts after a bullet with nothing read before them (found by Hypothesis: it had crashed)
    "posts_with_no_clause_read_before_them": "◆庭长、《聘任",
    # a list of those proposed, under 拟提任 (a 公示 names no act done): read as no appointment
    "roster_of_those_proposed_is_no_appointment": (
        "现将拟提任的两名干部公示如下。拟提任的2名干部是：\n"
        "　　孟庆山　　云溪县商务局副局长\n　　傅雅琴　　云溪县统计局副局长\n公示期为5个工作日。"
    ),
    # the heads a school has had: history, not a list of acts
    "heads_who_served_a_school_before_are_history": (
        "桐江中学建校七十年来，先后在该校任职的校长有：\n　　第一任校长　　贺立群\n"
        "　　第二任校长　　钱文远\n　　第三任校长　　严冬梅\n他们为学校发展作出了贡献。"
    ),
    # a roster proposed to a session for election: no one is elected yet
    "roster_proposed_for_election_is_no_election": (
        "政协桐江县第十一届委员会主席、副主席、秘书长建议人选名单\n"
        "（2021年12月20日政协桐江县第十一届委员会第一次会议主席团会议通过，提交大会选举）\n"
        "主席：施永康\n副主席：鲁晓红"
    ),
    # the rosters of past terms on a page of history
    "rosters_of_past_terms_are_history": (
        "桐江县政协历届领导名单\n政协桐江县第十届委员会主席、副主席名单\n"
        "（2016年12月20日政协桐江县第十届委员会第一次会议选举）\n主席：施永康\n副主席：鲁晓红"
    ),
    # a former holder's death (某市人大常委会原副主任甲, 原某县县长乙) ends no post
    "obituaries_of_former_holders": (
        "槐山市人大常委会原副主任、党组副书记李德厚同志，因病医治无效，于2024年5月3日在槐山逝世，享年"
        "86岁。\n原宁远县人民政府县长张明同志于2024年3月8日逝世。"
    ),
    # 原 / 前 / 老 / 首任 / 离休 before the post, or honours (著名经济学家、某大学教授): a death that ends
    # no post held
    "deaths_of_former_holders_or_of_people_described_by_honours": (
        "宁远县政协原副主席王振华同志因病于2024年5月3日逝世，享年82岁。\n"
        "中国农业银行宁远县支行原行长刘大海同志因病于2024年1月5日逝世。\n"
        "宁远县老县长张明同志于2024年5月3日逝世。\n"
        "宁远县首任县长王五同志于2024年1月5日在长沙逝世，享年99岁。\n"
        "离休干部、宁远县人民政府县长刘大明同志，因病医治无效，于2024年1月1日逝世，享年97岁。\n"
        "惊悉印度前总理辛格逝世，中方表示深切哀悼。\n"
        "著名经济学家、北京大学教授厉以宁于2025年2月27日在北京逝世，享年94岁。"
    ),
    # others asking a resignation (议员要求某局长甲提出辞呈, 外界呼吁…, 议员们要求市长乙，今天请辞), a
    # scholar of one university hired for 本校's post (the hiring school unnamed), an acting head asked for
    # (决定请甲代理…): no event read
    "demands_of_resignations_and_scholars_hired_by_an_unnamed_school": (
        "多名议员要求交通局长王大同今天向市长提出辞呈。\n"
        "外界呼吁县长张三今天提出辞呈。\n"
        "议员们要求市长李四，今天请辞。\n"
        "聘任清华大学张伟教授为本校客座教授。\n"
        "会议决定请赵明代理某县人民政府县长。"
    ),
    # a motion voted down (审议未通过《关于补选甲为…的议案》) proposes nothing done
    "a_motion_voted_down": ("会议审议未通过《关于补选雷鸣先生为公司第五届监事会监事的议案》。"),
    # 名单如下： after 任命 said as a noun (任命制度, 任命工作): no act of a list
    "a_list_after_talk_of_appointment_as_a_noun": (
        "根据公务员任命制度的有关规定，现将新录用公务员名单公布如下，具体名单如下：\n市财政局科员：石岚\n市审计局科员：龙飞"
    ),
    # a meeting deciding an acting post with no body named reads nothing (the report names it in full
    # elsewhere)
    "congress_decides_acting_bare": ("昨日，某市人大常委会召开会议，会议决定王刚为代理市长。"),
    # examples a text gives of how a post is filled, from years past (例如，2013年3月，…决定任命甲为…)
    "past_examples_of_how_posts_are_filled": (
        "问：国务院组成人员如何产生？\n答：由总理提名，全国人民代表大会决定。例如，2013年3月，十二届全国人大一次会议根据国务院总理的提名，决定任命赵国庆为国家发展和改革委员会主任。又如，比如国务院于2008年任命孙志远为国家统计局副局长。"
    ),
    # a leader"s profile on a page: the posts it says he holds concurrently (兼任某学会副会长) are no act
    "profile_posts_held_concurrently": (
        "学校领导\n孙建华，男，汉族，1969年生，中共党员，正高级教师。现任某市第三中学党委副书记、校长。曾任某市第八中学副校长。兼任某省教育学会副会长、某市中学语文教学研究会理事长。"
    ),
    # a 任前公示 proposing a kind of post, no body"s (拟任乡镇党委书记人选): no post to pair the person with
    "proposed_for_a_kind_of_post": (
        "任前公示\n邓志军，男，1978年生，现任某县农业农村局局长，拟任乡镇党委书记人选。\n周平，男，1980年生，现任某县统计局局长，拟任乡镇长人选。\n中共某县委组织部\n2020年8月10日"
    ),
    # a congress"s decision recalled years after (回顾历史，1998年3月，…会议决定甲为国务院总理)
    "congress_decision_recalled": (
        "回顾历史，1998年3月，九届全国人大一次会议决定朱文华为国务院总理。此后五年间，他主持了多项改革。"
    ),
    # a disclosure denying posts held (除上文所披露者外，甲於過去三年並無在其他上市公司擔任任何董事職務)
    "disclosure_denying_posts_held": (
        "除上文所披露者外，陳先生於過去三年並無在其他上市公司擔任任何董事職務，亦無於本公司或其附屬公司擔任任何其他職位。"
    ),
    # 新任 / 新当选的 and a post before a name, the clause going on to what he does: a description, no act
    "newcomer_described_at_work": (
        "本报讯 3月18日，新任县委书记韩立春到白沙镇调研乡村振兴工作。"
        "新当选的县长孙晓梅主持召开县政府常务会议。"
    ),
    # an example of how a notice is written (…的写法，如：任命甲为X；免去乙的Y职务): no act
    "drafting_example_of_a_notice": (
        "第九条\u3000任职通知的写法为“任命×××为×××”，如：任命陈志远为县交通运输局副局长；免去吴海涛的县交通运输局局长职务。"
    ),
    # 新任副市长甲、乙列席会议: newcomers described at a sitting they attend, no act reported
    "newcomers_attending_a_sitting": (
        "市人大常委会第二十三次会议今天上午举行。新任副市长邱志刚、蒋丽列席会议。"
    ),
    # 据某地方志记载，1988年至1993年，甲任某市委书记: the years a post was held, a record (历任 roundup), no
    # act
    "years_a_post_was_held": (
        "盘点：建市以来柳州市历任市长\n2015-08-12 09:30\u3000来源：柳州新闻网\n据柳州市地方志记载，19"
        "84年至1990年，覃明义任柳州市市长；此后，黎光华、韦德政先后担任柳州市市长。"
    ),
    # 新任某市市长简历: a profile"s heading, 简历 no name
    "profile_heading_jianli": (
        "新任邢台市市长简历\n韩立新，男，汉族，1971年3月生，河北宁晋人，1993年7月参加工作。"
    ),
    # 据某地方志记载，1988年至1993年，甲任某县县长 (a closed span of years: a record) and 新任某县县长乙简历
    # (a profile"s heading): no act
    "record_of_years_and_profile_headings": (
        "据阜南县地方志记载，1988年至1993年，张德胜任阜南县县长。\n新任阜南县县长马成简历\n马成，男，1970年生。"
    ),
    # 辞任后，甲将继续担任本公司执行董事 / 辞职后乙继续担任公司董事: the post kept, no act
    "post_kept_after_a_resignation": (
        "辭任後，孫立群先生將繼續擔任本公司董事長。\n辞职后周毅先生继续担任公司董事。"
    ),
    # 据知情人士透露，甲将出任X: talk of a move, no act
    "insiders_say_will_take": ("據知情人士透露，現任國家體育總局副局長的范振宇，將出任國家體育總局局長。"),
    # a slate still to be elected told in a re-election"s sections
    # (…董事候选人，相关议案尚需提交股东大会…选举⏎一、第N届董事会组成情况⏎非独立董事：甲、乙), and a board"s
    # resolution whose motion goes on to the shareholders
    # (议案名称：关于补选丙为…董事的议案⏎审议结果：通过⏎…本议案尚需提交公司股东大会审议): no one elected yet
    "board_slate_and_board_nomination": (
        "江苏华科股份有限公司关于董事会换届选举的公告\n董事会同意提名以下人员为第五届董事会董事候选人，相关议案尚需提交股东大会以累积投票方式选举。\n一、第五届董事会组成情况\n非独立董事：石磊、韦华\n独立董事：罗兰、葛平\n\n江苏华科股份有限公司第三届董事会第十次会议决议公告\n1、议案名称：关于补选邝明为公司第三届董事会非独立董事的议案\n审议结果：通过\n表决情况：同意9票。\n本议案尚需提交公司股东大会审议。"
    ),
    # 推举甲代理履行董事长的职责: duties done in the chair's stead (as 代为履行), no post
    "duties_done_in_the_chairs_stead": ("全体董事一致推举董事孙立先生代理履行董事长及法定代表人的职责。"),
    # 是否免去甲的X职务。/ 并未免去乙的Y职务 / 未提及免去丙…: a removal asked about or denied, none done
    "removal_asked_about_or_denied": (
        "有记者追问，是否免去孙立东川大学党委常务副书记、副校长的职务。"
        "通报并未免去钱明东川大学副校长的职务，也未提及免去周海东川大学校长助理的职务。"
    ),
    # 甲、乙为何要辞去X职务？/ 是否免去甲的X职务？: a question tells no act
    "question_of_an_act": (
        "解读：王晓、陈斯喜为何要辞去常委会委员职务？常委会组成人员辞职要遵循怎样的程序？\n记者追问：是否免去张彦北大党委常务副书记、副校长的职务？校方未回应。"
    ),
    # 目前，甲兼任X / 目前，某市委书记由乙兼任 / 丙目前还担任Y / 丁任Z的八年多来: a post held, no act
    "posts_held_now_or_for_years": (
        "目前，章曦兼任嘉定区委书记、区长。\n目前，深圳市委书记由广东省委副书记王伟中兼任。\n杨健目前还担任全国政协委员。\n孙建平同志任松江区委副书记、区长的八年多来，松江发生了巨大变化。"
    ),
    # 时任X乙邀/提名丙出任Y: the then-holder acts on another; no move of anyone (the review"s probes)
    "then_holder_invites_another": ("时任省委书记王建国力邀李卫东出任省长，但未获中央同意。"),
    # 甲、乙分别当选本省区人大常委会主任: each his own province, named nowhere (no pairing printed)
    "each_own_province_unpaired": ("东川省委书记罗建平、西岭省委书记韦国强分别当选本省区人大常委会主任。"),
    # 2017年从X任上，调赴某省，任Y: a profile"s dated step; 任上 no name
    "post_left_at_profile_step": (
        "浙东省长王海已有四个省份的任职经历，2017年从山东省委常委、烟台市委书记任上，调赴河北，任河北省委常委、唐山市委书记。"
    ),
    # 表示荣幸当选某镇镇长: a speech"s words; 荣幸 is no name
    "honoured_to_be_elected": ("新当选的镇长在会上作表态发言，表示荣幸当选南岗镇镇长。"),
    # 预计20日将选出甲为市长: expected, not done
    "expected_to_elect": ("本次人大会议还有一项人事选举事项议程，预计20日将选出应强为南江市市长。"),
    # 政府感谢现任主席甲…⏎⏎至于现任主席甲于…上任: a heading and a past step run together; 现任 no body's word
    "current_holders_listed": (
        "政府感谢现任主席林立健过去五年宝贵贡献\n\n至于现任主席林立健于2019年4月上任，任期3年。"
    ),
    # 此次调整前，甲任某职: the post held before the reshuffle the report is of, no act
    "the_post_before_this_reshuffle": ("此次调整前，孟立新任南州市委副秘书长、市委办公室主任。"),
    # 甲、乙等5位同志分别担任相关支部的书记: which units, the text does not say
    "units_the_text_does_not_name": ("会议宣布，孙立平、钱明等5位同志分别担任相关党支部的书记。"),
    # 甲还担任X: the other posts he holds, told as background
    "the_other_posts_still_held": ("钱立新还担任南州市篮球协会主席、南州体育集团董事长。"),
}


def _read(text: str) -> list[tuple[str, str, str, str | None]]:
    events = extract_text("form.txt", text).events
    return sorted((e.action.value, e.person, e.post, e.date.iso() if e.date else None) for e in events)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_form(name: str) -> None:
    text, expected = FORMS[name]
    assert _read(text) == sorted(expected)


def test_every_event_of_the_forms_cites_the_words_that_state_it() -> None:
    # (a post printed before its holders, 国务院副总理　　甲　乙: the row, not an empty span)
    empty = [
        (name, e.person)
        for name, (text, _) in FORMS.items()
        for e in extract_text("form.txt", text).events
        if not e.evidence.strip() or text[e.span[0] : e.span[1]] != e.evidence
    ]
    assert empty == []


def test_a_career_step_gives_no_event_but_the_decision_does() -> None:
    found = _read(NO_EVENT["career_step_of_a_profile"])
    assert found == [("appoint", "冯涛", "市审计局局长", "2024-03")]


# every excerpt but the one whose decision does give an event (tested above)
@pytest.mark.parametrize("name", sorted(set(NO_EVENT) - {"career_step_of_a_profile"}))
def test_no_event(name: str) -> None:
    assert _read(NO_EVENT[name]) == []


def test_one_act_printed_many_times_is_one_event() -> None:
    text = "区人民政府决定：任命张三为某市财政局局长。" * 300
    assert _read(text) == [("appoint", "张三", "某市财政局局长", None)]


def test_two_headlines_run_together_give_no_post_holding_a_clause() -> None:
    # A headline's two statements, once its space is gone, read as one post ("…代理省长杜嘉豪…任副省长").
    found = _read("栗湛林任北岭省代理省长 杜嘉豪孙峣黄建晟任副省长\n")
    assert found and all("任" not in post for _, _, post, _ in found)


def test_a_sentence_about_all_bureaus_is_no_bureau_referred_back_to() -> None:
    # 让市府各局处…交流 names no bureau: 该局 later is not "让市府各局"
    found = _read(
        "市长今日公布新任小内阁名单，区长部分建立轮调制度，让市府各局处与各区公所人才相互交流。"
        "原财政局长施国荣因借调期满回任教职，由该局主任秘书彭志德升任局长。"
    )
    assert [(a, p) for a, p, _, _ in found] == [("appoint", "彭志德")]
    assert all("让" not in post and "各" not in post for _, _, post, _ in found)


def test_a_ceremony_held_is_no_part_of_a_post() -> None:
    # 某医院2日举行院长交接典礼，…新任院长由…升任: the bare title is no "某医院2日举行院长"
    found = _read("东江大学医院2日举行院长交接典礼，由东江大学校长李明监交，新任院长由原任副院长张立明升任。")
    assert all("举行" not in post for _, _, post, _ in found)


def test_a_director_is_never_a_committees() -> None:
    # 甲获委任为审核委员会主席；乙辞任非执行董事: 乙 is no director of the committee named before
    found = _read(
        "东湖光学公布，王丽已获委任为审核委员会主席；李明已辞任非执行董事；张强已获委任为非执行董事。"
    )
    assert ("appoint", "王丽", "审核委员会主席", None) in found
    assert not any("委员会" in post and post.endswith("董事") for _, _, post, _ in found)


def test_a_hong_kong_announcement_signed_with_its_place() -> None:
    # 某某控股有限公司⏎香港，二零二四年三月二十八日: the place before the date, the company run into it
    text = "董事會宣佈，張嘉華先生已獲委任為本公司執行董事。\n恒達控股有限公司\n香港，二零二四年三月二十八日"
    assert _read(text) == [("appoint", "張嘉華", "恒達控股有限公司執行董事", "2024-03-28")]


def test_each_deputy_described_keeps_the_post_printed_with_him() -> None:
    # Two deputies of two congresses, and a third described nowhere: the third takes a post, the
    # two keep their own (周建's is not asserted: the text does not say which congress he sat in).
    found = _read(
        "市第十六届人大代表刘洪涛调离本行政区域，区第九届人大代表孙丽娟因病去世。"
        "依照代表法的规定，刘洪涛、孙丽娟、周建的代表资格终止。"
    )
    assert ("other", "刘洪涛", "市第十六届人大代表", None) in found
    assert ("other", "孙丽娟", "区第九届人大代表", None) in found


def test_a_listed_companys_number_spaced_out_or_wrapped() -> None:
    # 公告编号：临 2024-100 号 (spaced out), 编号：临 2022-⏎011 (wrapped at its dash): the number whole
    title = "青山股份有限公司关于董事长辞职的公告\n"
    head = "证券代码：600267 证券简称：青山股份 公告编号：临 2024-100 号\n" + title
    body = "公司董事会于2024年8月28日收到董事长韦明先生的书面辞职报告，韦明先生申请辞去公司董事长职务。"
    assert {e.doc_number for e in extract_text("a.txt", head + body).events} == {"临2024-100号"}
    head = "证券代码：600538 证券简称：青山股份 编号：临 2022-\n011\n" + title
    assert {e.doc_number for e in extract_text("b.txt", head + body).events} == {"临2022-011"}
