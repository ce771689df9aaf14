"""Reader mode on the shapes the fiftieth held-out set showed: a price
table whose rows carry one cell more than its header, an unpriced section
amid a price list, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_TABLE = ["套餐 人数 价格", "A 入门款 2人 $88", "B 家庭款 4人 $158", "C 聚会款 8人 $298"]


def test_a_price_table_whose_rows_have_a_code_and_a_name_under_one_header_cell_stays() -> None:
    # (套餐 over A 入门款: the header's first cell spans two of each row's)
    text = "\n".join(
        [
            "某某烧烤 GRILL HOUSE",
            "首页 | 套餐 | 场地 | 联系我们",
            "2027年露台烧烤套餐价格",
            "以下价格包括炭炉、餐具及清洁，周末及公共假期另加服务费，价格不含消费税。",
            "烧烤套餐",
            *_TABLE,
            "预订须知",
            "1. 请于三天前预订，并缴付订金五十元。",
            "2. 雨天可改期一次。",
            "© 2027 某某烧烤 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _TABLE:
        assert same(line) in kept, line


_SECTION = ["服务包括", "折叠桌椅", "白色桌布、纸杯", "LED 灯 6 盏", "电风扇 2 台", "加购项目"]


def test_an_unpriced_section_between_two_rows_of_a_price_list_stays() -> None:
    # (a head and short rows with no prices, gone amid the list for their shape)
    text = "\n".join(
        [
            "某某活动租借",
            "首页 | 帐篷 | 桌椅 | 联系我们",
            "2027年生日派对租借配套价格",
            "以下价格适用于全岛组屋楼下，均已包括运输、搭建及拆卸，不含消费税。",
            "基本配套",
            "小型 5桌 $680",
            "中型 8桌 $880",
            "大型 12桌 $1,180",
            "每加一桌 $60",
            *_SECTION,
            "音响 $120",
            "发电机 $300",
            "气球拱门 $90",
            "注意事项",
            "1. 订金为总额的 30%，余款于活动前三天付清。",
            "2. 雨天照常。",
            "© 2027 某某活动租借 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _SECTION:
        assert same(line) in kept, line


def test_a_books_author_row_in_a_quoted_box_of_its_facts_is_the_books_not_the_pages() -> None:
    # (> 作者：… between > 書名 and > 出版：… / > 定價：…: the reviewed book's box)
    text = "\n".join(
        [
            "# 讀《海邊的小食店》",
            "",
            "某某書房 ｜ 文：陳美玲 ｜ 2027-02-01",
            "",
            "> 《海邊的小食店》",
            "> 作者：林家寶",
            "> 出版：某某出版社　2026年10月",
            "> 定價：MOP 180",
            "",
            "這是一本關於澳門街坊小食店的書，作者走訪了二十多間老店，記下店主的故事和每一道招牌小食的做法。",
            "",
            "讀完之後，我第一件事就是去找書裡提到的那間豬扒包店，可惜它早已結業。",
        ]
    )
    cleaned = clean(text)
    assert same("> 作者：林家寶") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.author == "陳美玲"
    assert "林家寶" not in {name for _, name in cleaned.metadata.credits}


def test_the_editor_in_a_row_of_the_outlet_the_writer_and_the_date_is_credited() -> None:
    # (outlet ｜ 文：writer ｜ 責任編輯：editor ｜ date: the editor is no label to drop)
    line = "某某書房 ｜ 文：陳美玲 ｜ 責任編輯：何志強 ｜ 2027-02-01"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.author == "陳美玲"
    assert meta.date == "2027-02-01"
    assert ("責任編輯", "何志強") in meta.credits


def test_a_notices_sign_off_date_restating_the_pages_date_stays_under_the_signer() -> None:
    # (发布日期 at the top; the unit and the same day under 特此通告: the sign-off's own lines)
    text = "\n".join(
        [
            "关于某某湿地公园栈道维修期间暂停开放的通告",
            "发布日期：2027-03-02 10:00 来源：某某湿地公园管理处",
            "广大游客：",
            "因栈道年度检修，某某湿地公园北区栈道将于3月10日至3月31日暂停开放，南区照常开放，请游客合理安排行程。",
            "咨询电话：0571-8xxx1234",
            "特此通告。",
            "某某湿地公园管理处",
            "2027年3月2日",
        ]
    )
    cleaned = clean(text)
    assert same("2027年3月2日") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.date == "2027-03-02 10:00"


_FAQ_HEAD = [
    "某某社区卫生服务中心",
    "首页 | 中心概况 | 健康科普 | 通知公告",
    "老年人免费体检常见问题解答",
    "来源：某某社区卫生服务中心　发布时间：2027-03-05 09:00",
    "为方便辖区老年人了解免费体检安排，现将居民咨询较多的问题整理如下。",
    "1. 哪些人可以参加？",
    "辖区内65岁及以上常住居民均可参加，每年一次，不收取任何费用。",
    "2. 需要带什么？",
    "请携带本人身份证或社保卡，体检当天早上空腹，穿着宽松衣物。",
]
_STATEMENT = (
    "特别提醒：本中心从未委托任何机构或个人以体检名义上门推销保健品或收取费用，"
    "如遇可疑情况请立即拨打110或向街道办反映。"
)
_FAQ_TAIL = [
    "附件：2027年老年人体检预约时间表.pdf",
    _STATEMENT,
    "上一篇：2027年清明节门诊安排",
    "下一篇：关于开展儿童疫苗接种的通知",
    "主办单位：某某社区卫生服务中心　浙ICP备1700xxxx号",
]


def test_a_lone_phone_row_under_an_faqs_last_answer_is_the_answers() -> None:
    # (numbered questions, the last answer, whom to call; then the notice's attachment and the page)
    phone = "咨询电话：0571-8xxx1234（工作日 8:00-17:00）"
    kept = kept_set("\n".join([*_FAQ_HEAD, phone, *_FAQ_TAIL]))
    assert same(phone) in kept
    assert same(_STATEMENT) not in kept


def test_a_labelled_paragraph_under_the_notices_attachment_with_only_junk_below_goes() -> None:
    # (the notice ends at its attachment; a 提醒 under it is the site's)
    kept = kept_set("\n".join([*_FAQ_HEAD, *_FAQ_TAIL]))
    assert same(_FAQ_HEAD[-1]) in kept
    assert same(_STATEMENT) not in kept


def test_the_name_between_the_date_and_the_column_is_the_writer() -> None:
    # (date ・ name ・ column: the last cell a word that is no name)
    line = "2027年2月3日 上午10:15 ・ 林慧儀 ・ 老店故事"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.author == "林慧儀"
    assert meta.date == "2027-02-03 10:15"


_ESSAY = [
    "某某小記 ｜ 一個人走舊街",
    "首頁　街坊故事　關於我",
    "街尾的補鞋檔",
    "2027年2月3日 上午10:15 ・ 林慧儀 ・ 老店故事",
    "星期日早上，街尾那張摺枱已經擺好，李伯把一排鞋楦放在膠箱上，等第一位街坊上門。",
    "他說補鞋補了五十年，手指的繭比鞋底還要厚，「而家啲鞋都係膠，黐完就算，冇人補喇。」",
]
_NOTE = (
    "— 本文為作者個人見聞，文中價錢為採訪當日所見，日後或有變動，請以現場為準。"
    "本網誌不接受任何商戶贊助，如發現有人以本網誌名義招攬廣告，請勿相信。"
)
_APPEAL = "如果你喜歡這些故事，可以請我飲杯咖啡支持我繼續行街寫字，每一杯都會變成下一篇文章的車費，多謝你。"
_PAGE = ["標籤：手藝　老行業", "分享：Facebook　WhatsApp", "« 上一篇：油麻地的招牌舖", "© 2027 某某小記　版權所有"]


def test_an_appeal_put_to_the_reader_and_a_dashed_end_note_under_the_story_go() -> None:
    # (如果你…，…支持我…: the writer asks the reader; — 本文為…: a note on the piece, not of it)
    kept = kept_set("\n".join([*_ESSAY, _NOTE, _APPEAL, *_PAGE]))
    assert same(_ESSAY[-1]) in kept
    assert same(_APPEAL) not in kept
    assert same(_NOTE) not in kept


def test_a_last_paragraph_putting_a_condition_to_the_reader_about_the_subject_stays() -> None:
    # (no writer asking for themselves: the story's own last word)
    last = "如果你也想支持這些老手藝，星期日早上不妨拎對舊鞋去街尾搵李伯，佢會好開心。"
    kept = kept_set("\n".join([*_ESSAY, last, *_PAGE]))
    assert same(last) in kept
