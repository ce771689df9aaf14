"""Reader mode on the shapes the fifty-second held-out set showed: a note set
whole in brackets under an afterword's last paragraph, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_AFTERWORD = [
    "某某文化 編輯室部落格",
    "首頁　新書　作家　譯者專欄　線上書店",
    "譯後記｜在海邊翻譯一本關於風的小說",
    "文／王小明　2027/03/01",
    "接下這本書的翻譯邀約時，我正好在海邊的小鎮住了第二個冬天，每天早上煮一壺茶，然後和書裡的老船長對坐。",
    "譯完最後一章那天，風停了，港口的燈一盞一盞亮起來。希望讀者也能在書頁之間聽見它。",
]
_TAIL = ["責任編輯：李小華", "標籤：#譯後記 #海洋文學", "© 2027 某某文化事業有限公司　版權所有，轉載請註明出處"]


def test_a_note_in_brackets_under_the_last_paragraph_stays() -> None:
    # (set whole in brackets right under the prose: the piece's own word on where it ran)
    note = "（本文為《風的形狀》中文版譯後記，經某某文化授權刊登。）"
    kept = kept_set("\n".join([*_AFTERWORD, note, *_TAIL]))
    assert same(note) in kept


def test_the_same_note_bare_under_the_last_paragraph_goes() -> None:
    # (no brackets: the site's notice, as ever)
    note = "本文經原作者授權翻譯刊登，原文刊載於作者個人電子報。"
    kept = kept_set("\n".join([*_AFTERWORD, note, *_TAIL]))
    assert same(_AFTERWORD[-1]) in kept
    assert same(note) not in kept


_REPORT = [
    "某某云 服务状态",
    "首页　服务状态　历史事件　订阅通知",
    "3月1日华北一区消息队列服务中断故障复盘",
    "作者：王小明　发布时间：2027-03-03 18:30",
]
_REPORT_BODY = [
    "2027年3月1日10:02至10:49，华北一区消息队列服务出现大面积投递延迟，我们向所有受影响的客户致以诚挚的歉意。",
    "以下是这次故障的经过、原因以及我们正在做的改进，欢迎各位客户提出意见和建议。",
]


def test_a_reading_time_note_on_the_piece_goes() -> None:
    # (本文阅读时间约6分钟: the page's widget, with 本文 before it as well)
    note = "本文阅读时间约6分钟"
    kept = kept_set("\n".join([*_REPORT, note, *_REPORT_BODY]))
    assert same(note) not in kept
    assert same(_REPORT_BODY[0]) in kept


def test_a_view_count_under_a_word_opening_with_dian_goes() -> None:
    # (點閱數：312 under the meta line: the page counts its readers, a label no fact has)
    counter = "點閱數：312"
    text = "\n".join(
        [
            "某某國民小學",
            "首頁　認識本校　行政單位　最新消息",
            "三月份營養午餐菜單公告",
            "發布單位：學務處衛生組　發布日期：2027-03-01",
            counter,
            "親愛的家長您好：本月營養午餐自3月1日起供應，菜單如下，每日均附水果或乳品，敬請參閱。",
            "如學生有食物過敏情形，請家長填寫調查表後交由導師轉送學務處，以便營養師調整菜色。",
        ]
    )
    kept = kept_set(text)
    assert same(counter) not in kept


def test_an_office_beside_the_date_gives_way_to_the_site_it_belongs_to() -> None:
    # (堂區辦事處 2027年1月20日: a desk of five characters that only the date line states;
    # the masthead and the © line name the parish)
    text = "\n".join(
        [
            "天主教某某堂區 Paróquia de Exemplo",
            "主頁　堂區簡介　聖事辦理　聯絡我們",
            "2027年度聖洗聖事預約須知",
            "堂區辦事處　2027年3月1日",
            "主內平安！凡有意於本堂領洗的教友，請最遲於領洗前三個月親臨堂區辦事處預約，並留意以下事項：",
            "1. 領洗者須完成堂區舉辦的慕道課程，並由神父面談一次。",
            "2. 代父母最少一人須為已領堅振的天主教徒。",
            "© 2027 天主教某某堂區　版權所有",
        ]
    )
    assert clean(text).metadata.source == "天主教某某堂區"


def test_a_talk_s_speaker_on_the_post_s_dated_row_is_its_author() -> None:
    # (某會｜date｜主講：X　文字整理：Y: the row credits the transcript; a dharma name and its
    # title open with no surname)
    text = "\n".join(
        [
            "# 【周日开示】放下手机，好好吃一顿饭",
            "某某佛教会 ｜ 2027年3月7日 ｜ 主讲：释宏明法师　文字整理：李慧玲",
            "各位法友，下午好。今天不讲经，只讲吃饭这件小事，大家每天都在做，却很少真的在做。",
            "很多人一边吃饭一边看手机，吃完了也不记得吃了什么。饭进了肚子，心却不在这里。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "释宏明法师"
    assert ("文字整理", "李慧玲") in meta.credits


_TALK = [
    "# 放下手机，好好吃一顿饭",
    "某某佛教会 ｜ 2027年3月7日",
    "各位法友，下午好。今天不讲经，只讲吃饭这件小事，大家每天都在做，却很少真的在做。",
    "愿大家在忙碌之中，都能好好吃一顿饭。阿弥陀佛。",
]


def test_the_lines_under_a_rule_that_closes_the_article_go() -> None:
    # (--- right under the last paragraph, the share row and © under it: the page's end matter,
    # however prose-like: an appeal with the society's account, the next talk's notice)
    appeal = (
        "**随喜护持**：本会所有法会均免费开放，日常开支全赖善信护持。如欲随喜，可转账至本会户头，并将收据发至本会。"
    )
    teaser = "下期预告：3月14日（周日）下午3时　春季法会及开示"
    tail = ["---", appeal, teaser, "分享到：Facebook · WhatsApp · 复制链接", "© 2027 某某佛教会"]
    kept = kept_set("\n".join([*_TALK, *tail]))
    assert same(_TALK[-1]) in kept
    assert same(appeal) not in kept
    assert same(teaser) not in kept


_PARISH = [
    "天主教某某堂區",
    "主頁　堂區簡介　彌撒時間　聖事辦理　聯絡我們",
    "2027年度聖洗聖事預約須知",
    "主內平安！凡有意於本堂領洗的教友，請最遲於領洗前三個月親臨堂區辦事處預約，並留意以下事項：",
    "一、辦理條件",
    "領洗者須完成堂區舉辦的慕道課程，並由神父面談一次。",
    "二、奉獻標準",
    "聖堂使用奉獻　1,000",
    "三、注意事項",
    "領洗當日請提前半小時到達聖堂，並穿著端莊服裝。",
]
_BOX = ["主日彌撒時間", "星期六　下午6時（粵語）", "星期日　上午8時（葡語）　上午10時（粵語）"]
_FOOT = [
    "本堂區經費全賴教友及善心人士捐獻支持。近年聖堂維修工程費用龐大，懇請各位慷慨解囊，支票抬頭請寫「天主教某某堂區」，願天主降福您。",
    "地址：澳門某某街1號　電話：2835 0000",
    "© 2027 天主教某某堂區　版權所有",
]


def test_a_box_under_the_numbered_sections_whose_head_names_a_menu_item_goes() -> None:
    # (主日彌撒時間 outside the notice's numbering, the menu's 彌撒時間 in it, only junk under its rows)
    kept = kept_set("\n".join([*_PARISH, *_BOX, *_FOOT]))
    assert same(_PARISH[-1]) in kept
    for line in _BOX:
        assert same(line) not in kept, line


def test_a_numbered_section_that_names_a_menu_item_stays() -> None:
    # (四、彌撒時間 is the notice's own section)
    rows = ["四、彌撒時間", *_BOX[1:]]
    kept = kept_set("\n".join([*_PARISH, *rows, *_FOOT]))
    for line in rows:
        assert same(line) in kept, line
