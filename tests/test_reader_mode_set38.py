"""Reader mode on the shapes the thirty-eighth held-out set showed: a price
list's short heads and rows (a room's size range in brackets, a surcharge
given as a rate), a post's closing sentence with a number to message."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

_INTRO = "由下月一日起，本店價目調整如下，會員價維持九折，已預訂的客人按原價收費，敬請留意最新安排。"
_NOTE = "以上價錢另加服務費，如有任何疑問，請於營業時間內向前台職員查詢，多謝各位一直以來的支持。"


def test_a_head_closed_by_a_size_range_in_brackets_is_no_counter() -> None:
    # (two-digit ends of a range read like a count and its word; a range
    # closing the line in brackets is a size, which no counter states)
    rows = ["大廳（12–30人）", "全日　MOP 500／小時", "小廳（3–6人）", "全日　MOP 200／小時"]
    kept = kept_lines("\n".join(["新年價目表", _INTRO, *rows, _NOTE]))
    for row in rows:
        assert same(row) in kept


def test_a_surcharge_given_as_a_rate_is_a_row_of_the_list() -> None:
    # (a rate is a share of the price, never a count of likes or comments)
    rows = ["中譯英　每字 US$0.20", "夜间加收30%", "英譯中　每字 US$0.18"]
    kept = kept_lines("\n".join(["翻譯收費", _INTRO, *rows, _NOTE]))
    assert same("夜间加收30%") in kept


def test_a_closing_sentence_with_a_number_to_message_is_the_posts() -> None:
    # (WhatsApp ends in "app" but names no app of the site's to download)
    close = "有問題歡迎直接問我，或者WhatsApp 6123 4567。"
    kept = kept_lines("\n".join(["會籍月費調整", _INTRO, _NOTE, close]))
    assert same(close) in kept


def test_under_the_site_and_its_unit_signing_the_post_the_page_runs_to_the_end() -> None:
    # (the masthead's name and a department close the notice as a letter's
    # signer does; the warning, the reviews and the address under it,
    # down to the copyright, are the page's)
    tail = [
        "飲酒要適量，切勿酒後駕駛。",
        "Amy W.：房間好乾淨，職員服務好好。",
        "Ben：週末晚上好難訂，建議早啲訂房。",
        "地址：某市某街88號3樓　營業時間：12:00–06:00",
    ]
    head = ["星光KTV", "首頁｜價目表｜最新消息｜聯絡我們", "新年價目表", "發佈：營運部　2026年12月20日"]
    text = "\n".join([*head, _INTRO, "細房　MOP 88／小時", _NOTE, "星光KTV 營運部", *tail, "© 2026 星光KTV"])
    kept = kept_lines(text)
    assert same(_NOTE) in kept
    for line in tail:
        assert same(line) not in kept


_CN_INTRO = "各位家长好，新学年将于下月开课。以下为本校合作业者提供的路线、接送时间及车资，请家长于本月底前直接报名。"
_CN_NOTE = "请家长提醒孩子在站点准时等候，校车不会等候超过两分钟；孩子若当天不搭车，请提前通知司机。"


def test_a_bracketed_appeal_over_the_comments_goes_once_they_have() -> None:
    # (a notice of its own under a bracketed label, inviting the reader, is
    # the site's when only the page's junk stands under it: here the comment
    # thread, which goes only after the tail's prose is judged)
    appeal = "【校友会呼吁】本校图书馆翻新工程尚欠约RM5万，诚邀家长及校友慷慨解囊，详情请联络学校财政处。"
    tail = [
        "2 则留言",
        "陈太太：请问路线C会经过新村吗？",
        "家长：谢谢老师整理，很清楚！",
        "注：校车服务由私人业者经营，学校仅协助发布资讯，对任何服务纠纷概不负责，敬请家长知悉。",
        "访客人数：108,331",
        "© 2026 某某华文小学 版权所有",
    ]
    text = "\n".join(["校车路线及接送时间表", _CN_INTRO, "路线A", "6:15　新村巴士站", _CN_NOTE, appeal, *tail])
    kept = kept_lines(text)
    assert same(_CN_NOTE) in kept
    assert same(appeal) not in kept


def test_credits_past_a_labelled_date_and_a_dot_are_the_bylines() -> None:
    # (the writer and the photographer set apart after 發布於 and its date)
    text = "\n".join(
        [
            "# 營位預約規則",
            "發布於 2026年12月16日　·　文／營主 林志明　攝影／陳美華",
            _INTRO,
            _NOTE,
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "林志明"
    assert {name for _, name in meta.credits} >= {"林志明", "陳美華"}
    assert meta.date == "2026-12-16"


def test_titles_listed_beside_the_writer_are_no_outlet() -> None:
    # (a name, its titles joined by 、, the date: the titles are the writer's)
    text = "\n".join(["宠物美容价目表", "陈美玲｜店长、资深美容师｜2026年12月19日", _INTRO, _NOTE])
    meta = clean(text, hints=Hints(source="毛毛宠物美容"))
    assert meta.metadata.author == "陈美玲"
    assert meta.metadata.source == "毛毛宠物美容"


def test_a_reviewer_in_a_row_of_fields_apart_by_single_spaces_is_credited() -> None:
    # (the page's wide gaps came out as single spaces: each label and its colon still opens a field)
    row = "发布时间：2026-12-18 16:20 发布者：后勤服务中心 审核：赵立新 浏览次数：1203"
    meta = clean("\n".join(["关于宿舍调整的通知", row, _CN_INTRO, _CN_NOTE])).metadata
    assert ("审核", "赵立新") in meta.credits
    assert meta.date == "2026-12-18 16:20"


def test_a_cms_units_short_name_is_completed_by_the_rights_line() -> None:
    # (ContentSource names the unit; the footer's © line writes its university before it)
    from reader.core.cms_site import cms_site

    html = (
        '<html><head><meta name="ContentSource" content="后勤服务中心"></head><body>'
        "<p>通知正文</p><p>版权所有 © 某某师范学院后勤服务中心　ICP备00000000号</p></body></html>"
    )
    assert cms_site(html) == "某某师范学院后勤服务中心"
    assert cms_site(html.replace("某某师范学院后勤服务中心", "某某师范学院")) == "后勤服务中心"


def test_a_closing_line_opening_with_a_subscription_to_the_sites_channel_goes() -> None:
    # (no 請 in it, but it opens with what it asks for, over the comments at the page's end)
    call = "訂閱電子報，每月收到活動日期及攤位名單。"
    comments = ["留言（2）", "May：上次一早就賣晒！", "Tony：請問可以帶狗入場嗎？", "© 2026 某某社區市集"]
    kept = kept_lines("\n".join(["本月攤位名單", _INTRO, _NOTE, call, *comments]))
    assert same(_NOTE) in kept
    assert same(call) not in kept
