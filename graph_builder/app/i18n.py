"""The app's labels in Chinese and English, and the display names of the graph's fixed vocabularies.

Every string a reader sees goes through :func:`tr` (labels) or :func:`term` (values such as a
tenure's status), so the language switch changes the whole page. Names, posts and evidence are
shown as printed in the gazettes and never translated.
"""

from __future__ import annotations

from graph_builder.graph.wording import NOTE_LABELS

LANGS = ("zh", "en")
LANG_NAMES = {"zh": "中文", "en": "English"}

# key → (Chinese, English)
LABELS: dict[str, tuple[str, str]] = {
    # navigation and sidebar
    "app_title": ("任免知识图谱", "Appointments graph"),
    "app_caption": (
        "政府公报中的任免事项，逐条可追溯到原文",
        "Appointments and removals in government gazettes, each traced to its source sentence",
    ),
    "language": ("语言", "Language"),
    "page_overview": ("概览", "Overview"),
    "page_person": ("人物", "Person"),
    "page_post": ("职务", "Post"),
    "page_organisation": ("机构", "Organisation"),
    "page_vacancies": ("空缺", "Vacancies"),
    "page_network": ("关系网络", "Network"),
    "page_documents": ("文件", "Documents"),
    "page_cypher": ("Cypher 查询", "Cypher"),
    "store": ("图数据库", "Graph store"),
    "reload": ("重新载入图", "Reload graph"),
    "reload_help": (
        "图重建后会自动载入；也可点此立即重新读取",
        "A rebuilt graph is loaded by itself; click to read it again now",
    ),
    "no_graph": ("无法打开图数据库", "Cannot open the graph store"),
    "no_graph_hint": ("先运行：", "Build it first:"),
    # overview
    "files": ("源文件", "Source files"),
    "notices": ("通知", "Notices"),
    "events": ("任免事项", "Events"),
    "people": ("人物", "People"),
    "posts": ("职务", "Posts"),
    "organisations": ("机构", "Organisations"),
    "tenures": ("任职记录", "Tenures"),
    "by_issuer_year": ("各发文机关、年度的任免事项", "Events by issuer and year"),
    "latest_events": ("最新任免事项", "Latest events"),
    "warnings": ("数据质量提示", "Data-quality warnings"),
    "warnings_caption": (
        "推断的日期、尚无决定的提请任免",
        "Inferred dates and nominations with no decision seen",
    ),
    "merges": ("合并的同名或异写人物", "People merged from several mentions"),
    "merges_caption": (
        "系统认定为同一人的依据；弱依据值得人工复核",
        "Why mentions were taken as one person; weak reasons deserve a human check",
    ),
    "duplicates": ("重复收录的通知", "Notices read from several documents"),
    "duplicates_warning": (
        "{n} 份通知在多个文件中重复出现（同一文号，或简繁体同文），每份只计一次",
        "{n} notice(s) appear in several documents (same 文号, or the same text in either script); "
        "each is counted once",
    ),
    "col_kept": ("采用的文件", "Document kept"),
    "col_copies": ("重复的文件", "Copies"),
    "also_in": ("另见", "also in"),
    "built_at": ("图构建于", "Graph built"),
    "built_unknown": ("构建时间未记录", "build time not recorded"),
    "built_time": ("{time}（协调世界时）", "{time} UTC"),
    "open_person": ("查看人物", "Open person"),
    # person
    "person_search": ("姓名（可输入部分，简繁均可）", "Name (a fragment, either script)"),
    "person_hint": ("输入姓名查看其履历，例如：", "Type a name to see the career, for example:"),
    "person_pick": ("同名或相近的人物（以职务区分）", "Matching people (told apart by their posts)"),
    "no_match": ("没有找到", "Nothing found for"),
    "career": ("履历", "Career"),
    "career_caption": (
        "实色为文件确认的任职期；斜纹为不确定的起止，横纹浅色为推断的起止，点状为起始不详，网格为尚无决定的提请任命或免职"
        "（悬停查看原因与原文）；延伸到右端的条表示截至该日仍在任。",
        "Solid: the span the documents confirm; hatched: an uncertain boundary; lined and light: an inferred "
        "one; dotted: start unknown; crossed: a nomination or removal proposed with no decision seen (hover "
        "for why, and the source). Bars reaching the right edge are still open on the chosen day.",
    ),
    "tenures_sources": ("每段任职及其原文依据", "Every tenure with its source sentences"),
    "as_of": ("截至日期", "As of"),
    "show_network": ("查看其关系网络", "Show network"),
    # post
    "post_search": ("职务（可输入部分名称）", "Post (a full name or part of it)"),
    "post_hint": ("输入职务名称，例如：", "Type a post, for example:"),
    "post_pick": ("匹配的职务", "Matching posts"),
    "on_date": ("日期", "On"),
    "bad_date": (
        "无法识别日期“{value}”：请输入实际存在的日期，例如 2024-05-01 或 2024年5月1日",
        "Cannot read the date “{value}”: give a day that exists, e.g. 2024-05-01",
    ),
    "who_held": ("在任者", "Who held it"),
    "nobody_held": ("该日无在任记录", "No holder recorded on that day"),
    "succession": ("历任", "Succession"),
    "date_line": ("红色虚线为所选日期。", "The red dashed line is the chosen day."),
    # organisation
    "org_caption": (
        "某一日期该机构及其下属机构的全部职务与在任者，每条均附原文依据",
        "Every post of an organisation and of those within it, with its holder on a date and the sources",
    ),
    "org_search": ("机构（可输入部分名称，简繁均可）", "Organisation (a name or part of it, either script)"),
    "org_hint": (
        "输入机构名称查看其在任名单，例如：",
        "Type an organisation to see who held its posts, for example:",
    ),
    "org_pick": ("匹配的机构", "Matching organisations"),
    "org_no_posts": ("该机构没有记录在案的职务", "No post of this organisation is recorded"),
    "org_roster_caption": (
        "“确定”为文件确认该日在任；“可能”为起止日期不确定；“待决定”为提请尚无决定。",
        "“certainly”: the documents confirm the day; “possibly”: a boundary is uncertain; "
        "“pending”: a nomination with no decision seen.",
    ),
    # vacancies
    "org_filter": ("机构或地区（可选）", "Organisation or jurisdiction (optional)"),
    "vacancies_caption": (
        "主要负责职务：最后一位在任者已被免职、截至该日未见继任者；“可能”：免职或继任的日期不确定，该日可能空缺",
        "Principal posts whose last holder was removed with no successor recorded by that day; "
        "“possibly”: the removal or the successor's start is not dated exactly, so the post may have "
        "been empty",
    ),
    "no_vacancies": ("该日没有空缺记录", "No vacancies recorded on that day"),
    # network
    "network_caption": (
        "红：所选人物；蓝色实线：同一机构、任期确定重叠；灰色虚线：可能重叠；"
        "橙色箭头：同一职务的前任 → 继任。"
        "点击节点即打开该人物的履历，也可在下方选择。",
        "Red: the person; solid blue: same organisation, certainly overlapping; dashed grey: possibly "
        "overlapping; orange arrows: predecessor → successor in the same post. Click a node to open that "
        "person's career, or choose one below.",
    ),
    "post_ties": ("同一职务的前任与继任", "Predecessors and successors in the same posts"),
    "no_colleagues": ("没有找到任期重叠的同事", "No colleagues with overlapping service found"),
    "neighbour": ("打开同事", "Open a colleague"),
    "open": ("打开", "Open"),
    "colleagues": ("同事", "Colleagues"),
    # documents
    "document": ("源文件", "Source file"),
    "notice": ("通知", "Notice"),
    "notice_events": ("本通知的任免事项", "Events of this notice"),
    "source_text": (
        "原文（高亮：人名、机构、职务、日期、文号）",
        "Source text (highlighted: person, organisation, title, date, document number)",
    ),
    "source_missing": ("找不到源文件", "Source file not found"),
    "documents_list": ("全部源文件", "All source files"),
    # cypher
    "cypher_caption": (
        "只读查询：写入语句会被拒绝。示例来自 queries/ 目录中的命名查询。",
        "Read-only: writes are refused. The examples are the named queries in queries/.",
    ),
    "example": ("示例查询", "Example query"),
    "cypher": ("Cypher 语句", "Cypher statement"),
    "params": ("参数（JSON）", "Parameters (JSON)"),
    "run": ("运行", "Run"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "refused": ("已拒绝（只读）", "Refused (read-only)"),
    "query_error": ("查询出错", "Query failed"),
    "query_syntax": ("语法错误", "Syntax error"),
    "query_semantic": (
        "查询引用了图中没有的标签、关系、属性或变量，或类型不符",
        "The query names a label, relationship, property or variable the graph lacks, or mixes types",
    ),
    "bad_params": ("参数不是合法的 JSON 对象", "The parameters are not a JSON object"),
    "rows": ("行", "rows"),
    "rows_shown": ("仅显示前 {shown} 行（共 {total} 行）", "Showing {shown} of {total} rows"),
    "rows_more": ("仅显示前 {shown} 行，其余未显示", "Showing the first {shown} rows; more rows not shown"),
    "rows_hint": (
        "需要全部结果请在查询中加 LIMIT / SKIP 分批，或用 renmian query --limit 0",
        "For every row, page with LIMIT / SKIP, or use renmian query --limit 0",
    ),
    "timed_out": ("查询超时，已停止", "Stopped: the query ran too long"),
    "timed_out_hint": (
        "超过 {seconds} 秒的时间限制。请缩小查询范围或加上 LIMIT（renmian app --timeout 可调整时限）。",
        "It ran past the time limit of {seconds} s. Narrow it or add a LIMIT "
        "(renmian app --timeout changes the limit).",
    ),
    "schema": ("图的结构", "Graph schema"),
    # column headers
    "col_person": ("人物", "Person"),
    "col_post": ("职务", "Post"),
    "col_org": ("机构", "Organisation"),
    "col_start": ("起", "Start"),
    "col_end": ("止", "End"),
    "col_status": ("状态", "Status"),
    "col_certainty": ("确定性", "Certainty"),
    "col_date": ("日期", "Date"),
    "col_action": ("事项", "Action"),
    "col_docno": ("文号", "Doc. no."),
    "col_document": ("文件", "Document"),
    "col_evidence": ("原文", "Source sentence"),
    "col_role": ("依据作用", "Role"),
    "col_notes": ("说明", "Notes"),
    "col_since": ("空缺自", "Vacant since"),
    "col_last_holder": ("最后在任者", "Last holder"),
    "col_removed_by": ("免职文件", "Removed by"),
    "col_warning": ("提示", "Warning"),
    "col_names": ("名字", "Names"),
    "col_reasons": ("依据", "Reasons"),
    "col_issuer": ("发文机关", "Issuer"),
    "col_year": ("年度", "Year"),
    "col_title": ("标题", "Title"),
    "col_events": ("事项数", "Events"),
    "col_notices": ("通知数", "Notices"),
    "col_file": ("文件", "File"),
    "col_own_post": ("本人职务", "Own post"),
    "col_part": ("时段", "Span"),
    "col_relation": ("关系", "Relation"),
    "col_why": ("原因", "Why"),
    "col_posts": ("职务", "Posts"),
    "col_jurisdiction": ("地区", "Jurisdiction"),
    "unknown": ("不详", "unknown"),
    "still_in_post": ("至今", "open"),
    # neighbours, aliases and merges
    "replaces": ("接替", "replaces"),
    "replaced_by": ("由{person}接替", "replaced by {person}"),
    "printed_as": ("文件中的写法", "Printed as"),
    "merge_reasons": ("认定为同一人的依据", "Why these mentions are one person"),
    "judgements_hint": (
        "如认定有误，可在 `{path}` 中登记拆分或合并，然后运行 `renmian rebuild`",
        "To split or join people, edit `{path}`, then run `renmian rebuild`",
    ),
    **NOTE_LABELS,  # what a tenure leaves uncertain (graph/wording.py)
}

# the graph's fixed vocabularies: value → (Chinese, English)
TERMS: dict[str, tuple[str, str]] = {
    # tenure status
    "formal": ("正式", "formal"),
    "probation": ("试用期", "probation"),
    "ended": ("已离任", "ended"),
    "nominated": ("提请中", "nominated"),
    "vacant": ("空缺", "vacant"),
    "unknown": ("不详", "unknown"),  # a status no document states (a removal proposed, say)
    "no holder recorded": ("无在任记录", "no holder recorded"),  # a post in a roster
    # certainty
    "certainly": ("确定", "certainly"),
    "possibly": ("可能", "possibly"),
    "pending": ("待决定", "pending"),
    # a tenure known only from attestations (status), and their role among sources and certainty
    "attested": ("见于名单等", "attested"),
    "attestation": ("名单等所见", "attestation"),
    # actions and kinds
    "appoint": ("任命", "appoint"),
    "remove": ("免去", "remove"),
    "confirm": ("转正", "confirm"),
    "nominate_appoint": ("提请任命", "nominate appoint"),
    "nominate_remove": ("提请免去", "nominate remove"),
    "other": ("其他", "other"),
    "hire": ("聘任", "hire"),
    "elect": ("当选", "elect"),
    "acting": ("代理", "acting"),
    "dismiss": ("解聘", "dismiss"),
    "revoke": ("撤销", "revoke"),
    "resign": ("辞去", "resign"),
    "cease": ("不再担任", "cease"),
    "terminate_probation": ("终止试用期", "end probation"),
    "term_ended": ("任满离任", "term ended"),
    "died": ("逝世", "died"),
    "moved_away": ("调离", "moved away"),
    # source roles
    "start": ("起始", "start"),
    "end": ("终止", "end"),
    "nomination": ("提请", "nomination"),
    "proposed removal": ("提请免职", "proposed removal"),
    "successor (inferred end)": ("继任者（推断终止）", "successor (inferred end)"),
    # ties in the network
    "predecessor": ("前任", "predecessor"),
    "successor": ("继任", "successor"),
    # warnings
    "pending nomination": ("提请尚无决定", "pending nomination"),
    "inferred date": ("推断的日期", "inferred date"),
    # timeline parts
    "certain": ("确定任期", "certain"),
    "uncertain start": ("起始不确定", "uncertain start"),
    "uncertain end": ("终止不确定", "uncertain end"),
    "open": ("至今在任", "still open"),
    "unknown start": ("起始不详", "start unknown"),
    "inferred start": ("推断的起始", "inferred start"),
    "inferred end": ("推断的终止", "inferred end"),
    "removal proposed": ("已提请免职、未见决定", "removal proposed, no decision seen"),
    # attestation forms
    "list": ("名单", "membership list"),
    "signature": ("署名", "signature"),
    "current_post": ("现任职务", "current post"),
    "narrative": ("文中提及", "dated mention"),
    "at_the_time": ("时任", "at the time"),
}


def tr(key: str, lang: str) -> str:
    """The label ``key`` in ``lang`` ('zh' or 'en'); an unknown key is shown as itself."""
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "zh" else pair[1]


def term(value: str | None, lang: str) -> str:
    """A vocabulary value (status, certainty, action…) in ``lang``; other values unchanged."""
    if value is None:
        return ""
    pair = TERMS.get(value)
    if pair is None:
        return value
    return pair[0] if lang == "zh" else pair[1]
