"""Reader mode on the shapes the fifty-sixth held-out set showed: a date line
whose only other words are a role and a name (2027.09.02　文／X), which names
the writer and no outlet."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_EXPLAINER = [
    "租屋者聯盟",
    "首頁 > 懶人包",
    "房東說要漲租？先看這篇",
    "2027.09.02　文／林育萱（本會法律組專員）",
    "最近幾個月，專線接到最多的問題就是房東要漲租，我們整理了五個最常見的情況給大家參考。",
    "原則上不行。租約是雙方約定好的，租期內的租金就是契約寫的金額，你可以拒絕。",
]


def test_a_role_and_a_name_after_the_date_is_no_source() -> None:
    # (文／X is the writer's credit: the author, never the outlet)
    meta = clean("\n".join(_EXPLAINER)).metadata
    assert meta.author == "林育萱"
    assert meta.source != "文／林育萱"


_TAP_LIST = [
    "麦芽巷精酿 MALT LANE",
    "主页　酒单　小食　联络",
    "本周生啤酒单",
    "更新于 2027年6月5日 | 吧台主管 张伟豪",
    "本周新上桶两款，其中一款是与果园合作的限量季节款，售完即止。",
    "价格以杯计，半品脱／品脱。",
]


def test_a_job_title_and_a_name_after_the_update_date_and_a_bar_is_the_author() -> None:
    # (the person who updated the list, in their role: the author, the role dropped)
    meta = clean("\n".join(_TAP_LIST)).metadata
    assert meta.author == "张伟豪"
    assert ("吧台主管", "张伟豪") in meta.credits


_TICKETS = [
    "科技馆",
    "首页　展览　影院　服务",
    "球幕影院暑期场次安排",
    "今年暑期球幕影院每天放映六场，欢迎市民和游客前来观看，详细场次和票价如下。",
    "二、票价",
    "成人　30元",
    "学生（凭学生证）　15元",
    "1.2米以下儿童　免费（须由成人陪同，不占座）",
    "65周岁以上老人　15元",
    "三、购票方式",
    "通过微信公众号预约购票，每日零时放出次日起七天的场次。",
]


def test_the_last_price_row_under_kept_rows_of_its_currency_stays() -> None:
    # (a number and a word before the price read as a counter: the list's last row,
    # under two kept rows closing in 元 and one free row, over the next head)
    kept = kept_set("\n".join(_TICKETS))
    assert same("65周岁以上老人　15元") in kept
    assert same("成人　30元") in kept


_TRANSCRIPT = [
    "街坊電台",
    "首頁　節目表　重溫　文字稿",
    "《街坊茶座》第212集：修了四十年收音機的黎伯",
    "本集嘉賓黎錦棠，七十三歲，在街市旁開了一間小小的收音機維修舖，一做就是四十年。",
    "主持：最後想同聽眾講甚麼？",
    "黎伯：東西壞了，先不要丟。拿來給我看看，修不到都不收錢，大家坐下傾吓偈都好。",
    "（完）",
    "監製：梁志豪　｜　文字整理：陳嘉欣",
    "本台為非牟利社區電台，所有節目均由義工製作。如你喜歡我們的節目，歡迎每月捐助，支持我們繼續記錄街坊的故事。",
    "更多文字稿",
    "《街坊茶座》第211集：紅街市的最後一檔竹器",
]


def test_an_end_mark_in_brackets_stays_as_the_last_line() -> None:
    # (（完） closes the article: what follows it goes, the mark is the body's own)
    kept = kept_set("\n".join(_TRANSCRIPT))
    assert same("（完）") in kept
    assert same("更多文字稿") not in kept
    assert not any("非牟利" in line for line in kept)


def test_the_one_person_the_dated_line_credits_with_writing_up_is_the_author() -> None:
    # (整理 on the publication line: the transcript's writer, not the producer the foot names)
    meta = clean("\n".join([*_TRANSCRIPT[:3], "2027年3月14日 18:45　｜　整理：陳嘉欣", *_TRANSCRIPT[3:]])).metadata
    assert meta.author == "陳嘉欣"


_RULES = [
    "纪念馆",
    "首页　本馆概况　展览陈列　参观服务",
    "参观须知",
    "本馆实行免费预约参观，观众须凭有效身份证件入馆，请按下表提前预约。",
    "类别 预约渠道 提前时间",
    "个人 微信公众号“纪念馆” 1—7天",
    "10人以上团队 电话 0730-8812 0798 3个工作日",
    "学校研学 发函至 yxjy@example.cn 7个工作日",
    "三、参观规定",
    "衣着整洁，不得穿拖鞋、背心入馆；馆内禁止吸烟、饮食、大声喧哗。",
]


def test_rows_of_cells_one_space_apart_under_a_kept_head_row_stay() -> None:
    # (an HTML table's rows: one names an account, one a phone; the head's labels say they are the table's)
    kept = kept_set("\n".join(_RULES))
    for row in _RULES[4:8]:
        assert same(row) in kept


_STAY = [
    "旅人論壇",
    "首頁 | 國內旅遊 | 住宿心得",
    "[宜蘭] 兩天一夜農莊心得",
    "這次帶爸媽去宜蘭住了一間農莊，老實說出發前有點擔心，結果回程媽媽已經在問明年還能不能再去。",
    "▍基本資訊",
    "房型 四人和室（一大通鋪）",
    "價格 平日NT$6,800／晚，含晚餐、早餐",
    "入住／退房 15:00／11:00",
    "停車 莊內免費，約8台",
    "▍第一天：灶腳晚餐",
    "下午三點多到，老闆直接帶我們下田，爸爸一看到田就眼睛發亮，跟老闆聊了快一個小時的肥料和水路。",
]


def test_a_two_cell_row_between_kept_rows_of_its_shape_stays() -> None:
    # (入住／退房 reads like a login control; between the box's other label-value rows it is a fact)
    kept = kept_set("\n".join(_STAY))
    assert same("入住／退房 15:00／11:00") in kept


_LETTER = [
    "議員辦事處 Office of the Member",
    "首頁 | 議員通訊 | 聯絡我們",
    "議員通訊：劏房租務管制實施一年",
    "去年這個時候，租務管制剛剛實施，不少街坊擔心業主會以各種理由加租或者迫遷，一年過去了，我們逐戶探訪。",
    "政策的好壞，最終要看住在裏面的人過得怎樣。我會在九月的委員會會議上提出建議，亦歡迎街坊繼續來辦事處反映情況。",
    "區穎珊",
    "立法會議員",
]


def test_a_name_under_the_last_paragraph_over_its_title_signs_the_letter() -> None:
    # (a lone word over the text's end, as a page's article block gives it; its title under it stays: the sign-off)
    kept = kept_set("\n".join(_LETTER))
    assert same("區穎珊") in kept
    assert same("立法會議員") in kept


_RECAP = [
    "# 语伴会第48次聚会回顾",
    "文／郑思颖　|　语伴会　|　2027年4月29日",
    "上个星期六晚上，第48次聚会照例在民众俱乐部的二楼活动室举行。这次报名的人特别多，还有十一位第一次来的朋友。",
    "聚会结束已经快十点，还有七八个人留下来，一起走去对面的咖啡店吃宵夜，继续用两种语言夹杂着聊天。",
    "> 📮 语伴会完全由义工运作，不收会费。愿意帮忙布置场地，欢迎在报名表格里勾选。合作请电邮至 hello@example.sg。",
    "标签：#语言交换 #活动回顾",
]


def test_an_icon_led_callout_that_asks_the_reader_to_write_to_an_address_goes() -> None:
    # (the site's appeal: an icon, an ask, an e-mail address; the article's own callouts give none)
    kept = kept_set("\n".join(_RECAP))
    assert not any("hello@" in line for line in kept)
    assert same(_RECAP[3]) in kept
