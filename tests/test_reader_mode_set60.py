"""Reader mode on the shapes the sixtieth held-out set showed: a figure's
change (before → after), a place and its measure set apart by a dot, a
numbered row of a table, an event's 日期 row under the page's own date, and
a letter's sign-off with a programme under it."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_features import junk_rule
from reader.core.menu_shapes import is_menu

_PROSE = [
    "山脚的茶厂今年换了新的揉捻机，老师傅说茶叶的条索比往年更紧，香气也更足，只是电费贵了不少。",
    "厂长算了一笔账，把春茶和夏茶的产量都重新排过，夏茶少做一些，把人手留给秋天的白茶。",
]


def test_a_figure_changed_by_an_arrow_is_a_row_not_buttons() -> None:
    for row in ("春茶 300 斤 → 260 斤", "夏茶 80 箱 → 50 箱", "員工 12 人 → 9 人"):
        assert junk_rule(row, fold(row))[0] is None, row
        assert not is_menu(row)
    kept = kept_set("\n".join([_PROSE[0], "今年的调整：", "春茶 300 斤 → 260 斤", "夏茶 80 箱 → 50 箱", _PROSE[1]]))
    assert same("春茶 300 斤 → 260 斤") in kept
    # (a button's arrow still ends its words; a pager is still a pager)
    assert junk_rule("上一篇 → 下一篇", fold("上一篇 → 下一篇"))[0] is not None


def test_a_place_and_its_measure_is_no_breadcrumb() -> None:
    for row in ("石门村 · 海拔860米", "东湖 · 面积33平方公里"):
        assert junk_rule(row, fold(row))[0] is None, row
    assert junk_rule("首页 · 新闻", fold("首页 · 新闻"))[0] is not None


def test_a_numbered_row_of_a_table_is_no_menu() -> None:
    assert not is_menu("3 王思远 二级 Sonatina in C／克莱门蒂")
    # (a count's row, its parts set apart by a dot, is judged as ever)
    assert is_menu("3 条评论 · 由 Giscus 提供支持") == is_menu("三条评论 · 由 Giscus 提供支持")


_PROGRAMME = [
    "2028年度合唱团音乐会 节目单",
    "发布于 2028年5月2日",
    "日期：2028年6月8日（星期六）",
    "时间：晚上7:30",
    "地点：市民会堂小剧场",
    "各位家长、朋友：今年合唱团有三十位团员登台，最小的八岁，每一位都为这一晚准备了好几个月，请给他们最热烈的掌声。",
    "周老师 敬上",
    "第一部分",
    "1 童声组 春天在哪里／潘振声",
    "2 少年组 茉莉花／民歌",
    "第二部分",
    "3 全体 雪绒花／罗杰斯",
    "4 周老师 — 独唱：我和我的祖国",
    "5 全体团员 — 合唱：歌声与微笑",
    "6 全体团员与家长 — 合唱：送别",
    "注意事项",
    "演出期间请将手机调至静音。",
    "分享：Facebook　WhatsApp　复制链接",
]


def test_an_events_date_row_under_the_pages_own_date_stays() -> None:
    cleaned = clean("\n".join(_PROGRAMME))
    assert same("日期：2028年6月8日（星期六）") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.date is not None and cleaned.metadata.date.startswith("2028-05-02")


def test_a_programme_under_a_foreword_s_sign_off_stays() -> None:
    kept = kept_set("\n".join(_PROGRAMME))
    for row in (
        "第一部分",
        "1 童声组 春天在哪里／潘振声",
        "4 周老师 — 独唱：我和我的祖国",
        "演出期间请将手机调至静音。",
    ):
        assert same(row) in kept, row
    assert same(_PROGRAMME[-1]) not in kept


_THREAD = [
    "# 【游记】金马仑高原两天一夜：茶园、草莓和雾",
    "**山城小王子** 楼主 · 发表于 2028-03-02 20:11",
    "三月初趁着假期上了一趟金马仑，住在丹那拉打的一间小旅馆，早上起来整片茶园都在雾里，非常安静。",
    "第一天去了茶园和草莓园，第二天早上看日出，可惜云太厚，什么也没看到，只好去吃了一碗热腾腾的蒸鱼头米粉。",
    "总的来说很值得去一趟，只是山路弯多，容易晕车的朋友记得准备药。",
    "**2楼** 阿花去旅行 · 发表于 2028-03-03 09:15",
    "谢谢分享，请问自己开车上山难开吗？",
    "**3楼** 山城小王子 · 发表于 2028-03-03 11:40",
    "不难，只是弯多，慢慢开就好，周末车比较多。",
    "**4楼** 吉隆坡老陈 · 发表于 2028-03-04 22:02",
    "去年也去过，草莓园的价钱比以前贵了不少，不过还是很好吃。",
    "© 2028 山城论坛",
]


def test_a_floor_label_is_never_the_author_or_the_source() -> None:
    meta = clean("\n".join(_THREAD)).metadata
    assert meta.author == "山城小王子"
    assert meta.source != "楼主"
    assert meta.date is not None and meta.date.startswith("2028-03-02")


def test_replies_under_their_floor_headers_go() -> None:
    kept = kept_set("\n".join(_THREAD))
    assert same(_THREAD[4]) in kept
    for row in (_THREAD[5], _THREAD[6], _THREAD[8], _THREAD[10]):
        assert same(row) not in kept, row


def test_a_labelled_writer_beats_a_section_and_column_pair_beside_it() -> None:
    # (副刊・專欄 then 文：X then the date: the labelled X wrote it, the column's name is nobody)
    lines = [
        "週末・讀書角　文：何曉嵐　2028年1月8日 07:30",
        "這本小書寫的是老城區的茶樓，從清晨第一籠點心寫到打烊後伙計們的宵夜，一頁一頁讀來像在茶樓坐了一整天。",
        "作者把每一位伙計都寫得很細，誰負責沖茶，誰負責收錢，誰最早上班，讀完以後很想再去飲一次早茶。",
    ]
    meta = clean("\n".join(lines)).metadata
    assert meta.author == "何曉嵐"
    assert "何曉嵐" in [name for _, name in meta.credits]


def test_a_row_of_download_links_goes() -> None:
    for row in ("下載產品照片　下載新聞稿 PDF", "下载报名表 docx"):
        assert junk_rule(row, fold(row))[0] is not None, row
    for row in ("下载量突破百万", "下载量 破百万 下载榜第一"):
        assert junk_rule(row, fold(row))[0] is None, row


def test_a_related_title_with_a_status_note_is_one_more_of_the_list() -> None:
    lines = [
        "关于调整部分门店夜间营业时间的公告",
        "发布时间：2028年2月3日",
        "尊敬的顾客：自2028年2月10日起，本公司部分门店的夜间营业时间将调整为晚上九点结束，由此带来的不便敬请谅解。",
        "如需夜间购药，可拨打本公司客服热线查询就近的二十四小时门店，或通过网上药店下单配送。",
        "相关公告",
        "关于春节期间门店营业安排的公告",
        "关于暂停销售部分批次感冒冲剂的公告（已结束）",
        "风险提示：本网站所售药品请在医师或药师指导下使用，如有不适请及时就医，本提示长期有效。",
        "免责声明：本网站所载信息仅供参考，不作为诊断及医疗的依据，如有不适请及时就医。",
        "在线客服　工作时间 8:00-22:00",
        "互联网药品信息服务资格证书编号：（浙）-非经营性-2028-0101",
        "浙ICP备2028000001号-1　© 2028 某某大药房 版权所有",
    ]
    kept = kept_set("\n".join(lines))
    assert same(lines[3]) in kept
    assert same(lines[6]) not in kept


def test_download_and_reply_header_patterns_compile_only_for_their_rows() -> None:
    """The two rules' patterns cost their compile only in a process that meets a
    row their lead test picks (most folders have none); their answers stand."""
    from reader.core import junk_rules
    from reader.core.junk_rules import Reason

    junk_rules._fullmatch.cache_clear()
    for row in [*_PROSE, "2028-03-02 10:05", "阅读 1024　评论 8　10:05", *_THREAD]:
        junk_rule(row, fold(row))
    assert junk_rules._fullmatch.cache_info().currsize == 0
    for row, reason in (
        ("下载报名表 docx", Reason.ATTACHMENT),
        ("3楼 阿明 · 发表于 2028-03-02 10:05", Reason.TIMESTAMP),
    ):
        assert junk_rule(row, fold(row))[0] is reason, row
    assert junk_rules._fullmatch.cache_info().currsize == 2


def test_a_title_loses_only_a_short_note_closing_it() -> None:
    from reader.core.round_brackets import without_short_note

    assert without_short_note("关于暂停销售部分批次感冒冲剂的公告（已结束）") == "关于暂停销售部分批次感冒冲剂的公告"
    assert without_short_note("活动公告(进行中)") == "活动公告"
    for title in ("活动公告（报名截止于三月底之前）", "活动公告（）", "活动（一）公告", "公告（甲（乙）)"):
        assert without_short_note(title) == title, title
