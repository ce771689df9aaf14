"""Reader mode on the shapes held-out page set 101 showed: a row of ticket or
entry numbers apart by full-width spaces (No. 00871　No. 02290 …) under kept
rows led by numbers of the same shape is the body's list, not a menu; a row
of years counting up stays a menu."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.metadata import Hints

_DRAW = (
    "首页 | 会务简介 | 活动消息 | 联络我们",
    "第三届环湖慈善跑抽奖结果",
    "本届慈善跑已于上周六顺利结束，参加者共九百余人，筹得善款将全数拨作图书馆添书之用。",
    "抽奖于当天中午在大会堂公开进行，得奖号码如下，请得奖者留意领奖安排：",
    "特别奖",
    "No. 3381　自行车一辆",
    "参与奖（各得书券一张）",
    "No. 1024　No. 2871　No. 0456　No. 3310",
    "No. 0999　No. 2203　No. 1178　No. 3002",
    "得奖者须于本月底之前携带票根到办事处领奖，逾期作废，敬请留意。",
)


def test_a_row_of_ticket_numbers_under_a_numbered_prize_row_stays() -> None:
    kept = kept_set("\n".join(_DRAW))
    assert same(_DRAW[7]) in kept
    assert same(_DRAW[8]) in kept


def test_a_row_of_years_counting_up_stays_a_menu() -> None:
    lines = list(_DRAW)
    lines[5] = "No. 2027　自行车一辆"
    lines[7] = "No. 2025　No. 2026　No. 2027　No. 2028"
    assert same(lines[7]) not in kept_set("\n".join(lines))


_TIMELINE = (
    "排隊換證記",
    "上個月終於換咗新證，由遞表到攞證前後差唔多半年，記低返個過程俾大家參考吓。",
    "我嘅情況：舊證過咗期兩年，冇改過名，亦冇改過地址，所以手續算簡單。",
    "時間線",
    "2027-02-03　網上遞交I-130",
    "2027-03-11　打指模",
    "2027-06-20　收到新證通知",
    "2027-07-02　親身攞證，一次搞掂",
    "當日流程",
    "9:10 到咗大堂，排隊過安檢，要出示預約信同埋身份證明文件。",
    "9:40 上到樓層叫號，等咗差唔多半個鐘先到我，職員好有禮貌。",
)


def test_a_timelines_first_rows_go_back_with_the_rows_kept_under_them() -> None:
    kept = kept_set("\n".join(_TIMELINE))
    for row in _TIMELINE[4:8]:
        assert same(row) in kept, row


def test_a_timelines_head_another_file_also_has_stays_over_its_rows() -> None:
    kept = kept_set_with_template("\n".join(_TIMELINE), {template_key("時間線")})
    assert "時間線" in kept


def kept_set_with_template(text: str, template: set[str]) -> set[str]:
    return {same(p) for p in clean(text, template).paragraphs}


_SCHEDULE = (
    "社區飯堂八月開放安排",
    "本中心社區飯堂八月繼續為區內長者及低收入家庭提供午餐，詳情如下。",
    "服務對象",
    "六十五歲或以上長者",
    "領取綜援或低收入津貼的家庭",
    "開放時間",
    "星期一至五 中午12:00–1:30",
    "注意事項",
    "請自備餐具，中心不設外賣。",
    "如遇八號風球，當日暫停開放。",
    "查詢",
    "電話：2345 6789（星期一至五 上午9時至下午5時）",
    "WhatsApp：6123 4567（只接受文字訊息）",
    "一碗飯的力量",
    "每捐出港幣100元，就可以為一位長者提供五天的午餐，請支持我們的服務。",
    "© 2029 某某中心 版權所有",
)


def test_contact_rows_under_the_articles_own_last_head_stay() -> None:
    kept = kept_set("\n".join(_SCHEDULE))
    assert same(_SCHEDULE[11]) in kept
    assert "查詢" in kept


_REVIEW = (
    "# 一家三口、一辆二手车：我们家五月的油钱账（附对照表）",
    "*文 / 小林　2029年6月2日　阅读约5分钟*",
    "先说结论：五月油钱超支了96元。",
    "原因很简单，一半是塞车，一半是我。",
    "我们住在城北，两个人上班方向相反，孩子的补习班又在另一头，所以每个月的油钱一直是家里最难预算的一项。",
)


def test_a_writers_labelled_opening_line_over_another_short_line_stays() -> None:
    assert same(_REVIEW[2]) in kept_set("\n".join(_REVIEW))


def test_a_byline_names_the_writer_where_the_markups_author_is_the_site_itself() -> None:
    text = "\n".join(
        (
            "我们家五月的油钱账",
            "文 / 小林　2029年6月2日",
            "我们住在城北，两个人上班方向相反，孩子的补习班又在另一头，所以每个月的油钱一直是家里最难预算的一项。",
        )
    )
    cleaned = clean(text, hints=Hints(source="油钱小账本", author="油钱小账本"))
    assert cleaned.metadata.author == "小林"
    assert cleaned.metadata.source == "油钱小账本"


def test_a_long_row_of_fields_apart_by_wide_spaces_dates_the_message() -> None:
    text = "\n".join(
        (
            "河堤路夜市收摊太晚，噪音扰民怎么办？",
            "留言编号：HD20290611-0032　留言人：河堤小区住户　留言时间：2029-06-11 23:40　受理单位：某某区城市管理局",
            "您好！我住河堤小区，楼下就是夜市，每天收摊都要到凌晨一点多，搬桌椅和拉卷帘门的声音很大，老人孩子都睡不好。",
        )
    )
    assert clean(text).metadata.date == "2029-06-11 23:40"


_MESSAGE = (
    "河堤路夜市收摊太晚，噪音扰民怎么办？",
    "留言编号：HD20290611-0032　留言人：河堤小区住户　留言时间：2029-06-11 23:40　受理单位：某某区城市管理局",
    "留言内容",
    "您好！我住河堤小区5栋，楼下就是夜市。",
    "每天收摊都要到凌晨一点多，搬桌椅和拉卷帘门的声音很大，老人孩子都睡不好。",
    "希望有关部门能规定一下收摊的时间，谢谢！",
)


def test_a_comments_word_head_right_under_the_headline_and_its_row_heads_the_body() -> None:
    kept = kept_set("\n".join(_MESSAGE))
    assert "留言内容" in kept


def test_a_reply_head_over_an_addressed_letter_is_the_articles() -> None:
    # (办理回复 over 锦绣小区住户： and the bureau's answer: a letter, no comments block)
    from reader.core.cleaning import clean

    answer = "您好！您反映的问题已收悉。我局于5月9日会同街道办事处到现场进行了核查，现答复如下，请您知悉。"
    text = (
        "菜市场凌晨卸货太吵，能不能管一管？\n\n留言内容\n\n"
        "您好！我住锦绣小区3栋，正对菜市场后门，每天凌晨四点半就有货车来卸菜，一直到六点多，家人都睡不好。\n\n"
        f"办理回复\n\n锦绣小区住户：\n\n{answer}\n\n三、处理措施：\n\n"
        "自5月12日起，后门卸货时间调整为6时以后，6时前到达车辆改至正门卸货区，并由专人引导倒车。\n\n"
        "澄州市城关区城市管理局\n\n2029年5月15日\n"
    )
    kept = clean(text).paragraphs
    assert "办理回复" in kept and "锦绣小区住户：" in kept and answer in kept
