"""Reader mode on the shapes the forty-fifth held-out set showed: a price
list's next sections under short heads a block of other articles would open
with (其他地區, then 附加服務), a section whose first rows all went as
counters over a kept row with no figure, testimonials signed after a dash
under a heading of any words, and a page's reviews where one reviewer's
name is masked and the next is plain."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.junk_rules import Reason

_INTRO = "新一年換證高峰期將至，本店整理咗常用證件相嘅規格同收費，方便大家一次過準備好，一般約十五分鐘即可取相。"
_SPEC = "二〇二七年起，護照相片規格改為須顯示雙耳及眉毛，請勿戴粗框眼鏡及深色隱形眼鏡，以免影響審批。"


def _studio(rows: list[str]) -> str:
    return "\n".join(
        ["某某影樓", "首頁　證件相　全家福　地圖", "證件相收費表", _INTRO, *rows, _SPEC, "© 2026 某某影樓"]
    )


_SECTIONS = [
    "本地證件",
    "身份證　MOP 60／4張",
    "護照　MOP 80／4張",
    "駕駛執照　MOP 60／4張",
    "其他地區",
    "甲國簽證　MOP 90",
    "乙國簽證　MOP 100",
    "附加服務",
    "加晒4張　MOP 30",
    "電子檔　MOP 20",
    "修相　免費",
]


def test_a_price_lists_later_sections_under_other_words_stay() -> None:
    # (其他… over priced rows reads as a block of other articles; a sub-head amid it is one more section)
    kept = kept_set(_studio(_SECTIONS))
    for row in _SECTIONS:
        assert same(row) in kept, row


def test_other_articles_under_such_a_head_still_go() -> None:
    others = ["其他文章", "畢業相預約開始：學士袍租借須知", "全家福點樣影得自然？五個小貼士"]
    kept = kept_set(_studio([*_SECTIONS[:4], *others]))
    assert same("畢業相預約開始：學士袍租借須知") not in kept


_PESTS = [
    "蟑螂防治",
    "60㎡以下　180元",
    "60—120㎡　260元",
    "120㎡以上　按面积议价",
    "餐饮门店（月度）　600元/月",
    "灭鼠",
    "住宅单次　220元",
    "住宅包年（每季复查）　880元/年",
    "鼠洞封堵　15元/处",
]


def _prices(rows: list[str], tail: list[str]) -> str:
    return "\n".join(
        [
            "某某家政服务平台",
            "首页　保洁　搬家　家电清洗　除虫灭鼠",
            "除虫灭鼠服务收费标准（2027版）",
            "2026-12-23 09:15　来源：某某虫控服务部",
            "现将我部2027年起执行的除虫灭鼠服务收费标准公示如下，以下价格均含药剂费及上门费，三环以外加收交通费。",
            *rows,
            "首次施工后15天内免费复查一次；30天内同类害虫复发，可免费补做一次。",
            *tail,
            "©2026 某某家政服务平台　京ICP备2026xxxxxx号",
        ]
    )


def test_a_sections_first_rows_gone_as_counters_come_back() -> None:
    # (both rows start with a figure; the row under them names no price, so no kept row touches them)
    kept = kept_set(_prices(_PESTS, []))
    assert same("60㎡以下　180元") in kept and same("60—120㎡　260元") in kept


_REVIEWS = [
    "用户评价（128）",
    "189****6632：师傅很准时，胶饵点得很细，一周后厨房就没再见到小强了。",
    "小鱼妈妈：灭鼠包年挺划算的，就是复查要提前约。",
    "查看全部评价",
]


def test_reviews_one_masked_one_plain_go_with_their_count_head() -> None:
    kept = kept_set(_prices(_PESTS, _REVIEWS))
    for row in _REVIEWS:
        assert same(row) not in kept, row


def test_one_masked_name_alone_makes_no_reviews() -> None:
    row = "王****老师：本学期的课程安排如下，请家长留意。"
    assert same(row) in kept_set(_prices(_PESTS, [row]))


def _course(tail: list[str]) -> str:
    return "\n".join(
        [
            "某某学院",
            "中文速记课程",
            "课程顾问：林慧敏　2026年12月21日",
            "不少行政人员中文听得懂、讲得好，一到要打中文纪录就慢下来。本课程从拼音输入法讲起，再教常用速记符号。",
            "学费：S$480（含GST），共十堂。",
            "课程开始前7天或以前取消，可全额退款；7天内取消恕不退款，但可转至下一期。",
            *tail,
            "© 2026 某某学院　版权所有",
        ]
    )


_SIGNED = [
    "学员心得",
    "“以前打一份会议纪录要花一个晚上，现在当天就能交。老师很有耐心。”——陈女士，会馆秘书",
    "“速记符号比想象中容易记，第五堂之后就能用在工作上了。”——Jason Tan，物业管理",
]


def test_signed_quotes_under_a_short_head_go_whatever_its_words() -> None:
    kept = kept_set(_course(_SIGNED))
    for row in _SIGNED:
        assert same(row) not in kept, row


def test_signed_quotes_on_a_page_that_sells_nothing_stay() -> None:
    # (graduates' parting words on a degree list: the article's own, with readers' posts under them)
    page = "\n".join(
        [
            "某某大学",
            "博士学位授予名单公示",
            "经校学位评定委员会审议通过，决定授予以下人员博士学位，现将名单公示如下。",
            "1 | 张伟 | 有机化学 | 林国栋 教授",
            "2 | 陈明 | 中国古代文学 | 钟离秋 教授",
            "3 | 李想 | 计算机科学 | 皇甫晨 教授",
            "毕业生寄语",
            "“感谢林教授五年来的悉心指导，也感谢实验室的师兄师姐。”——张伟",
            "“感谢钟离老师带我走进杜甫的世界。”——陈明",
            "网友留言",
            "化学狗小王：恭喜毕业！",
            "© 2026 某某大学",
        ]
    )
    kept = kept_set(page)
    assert same("“感谢钟离老师带我走进杜甫的世界。”——陈明") in kept
    assert same("“感谢林教授五年来的悉心指导，也感谢实验室的师兄师姐。”——张伟") in kept


def test_one_signed_quote_under_a_head_stays() -> None:
    # (a quote in the article, with the line it stands under)
    kept = kept_set(_course([*_SIGNED[:2], "报名请于网上填写表格，并于三天内完成付款，名额以付款先后为准。"]))
    assert same(_SIGNED[1]) in kept


def test_a_plain_post_beside_a_masked_one_stays_under_a_head_with_no_count() -> None:
    # (without the site's count over them, one masked name makes no block of posts)
    rows = ["补充说明", "王****：请问寒假班还有名额吗？", "陈老师：寒假班尚有三个名额，欢迎来电查询。"]
    assert same(rows[2]) in kept_set(_prices(_PESTS, rows))


def _salon(tail: list[str]) -> str:
    return "\n".join(
        [
            "某某美甲",
            "首頁　服務項目　作品集　預約　聯絡我們",
            "2027年起價格調整說明",
            "更新：2026/12/20　文／店長 林小美",
            "謝謝大家這三年來的支持！因為凝膠、保養品進貨成本連續兩年上漲，明年起部分項目價格微調，已預約的客人按舊價計算。",
            "單色凝膠　NT$900",
            "法式／漸層　NT$1,200",
            "每位美甲師一天最多只排6位客人，預約請提前3天。",
            *tail,
            "留言板（4）",
            "小芸：價格還是很佛心！上次做的貓眼撐了快四週都沒掉",
            "阿貓：足部保養做完腳底超滑，推推",
            "你可能也喜歡",
            "冬季手部保養小技巧：洗完手一定要擦護手霜",
            "婚禮美甲怎麼挑？新娘指甲5種熱門款式",
            "某某美甲｜© 2026 All rights reserved.",
        ]
    )


_HOURS = "營業時間：週二至週日 11:00–20:00（週一公休）"


def test_banners_framed_by_one_symbol_under_the_article_go() -> None:
    banners = ["＊LINE預約請加 @nail　本月壽星享9折＊", "🔥限時活動：打卡分享作品，下次消費折抵NT$100🔥"]
    kept = kept_set(_salon([_HOURS, *banners]))
    assert same(_HOURS) in kept
    for row in banners:
        assert same(row) not in kept, row


def test_a_button_row_and_the_line_under_it_go() -> None:
    rows = ["立即预约　电话咨询　在线客服", "新用户首单立减20元，领券后下单自动抵扣"]
    kept = kept_set(_salon([_HOURS, *rows]))
    assert same(_HOURS) in kept
    for row in rows:
        assert same(row) not in kept, row


def test_a_sign_off_under_the_article_stays() -> None:
    # (its words differ in length: no row of buttons)
    got = clean(_salon(["某某美甲", "主任委員　鍾明達　敬啟"]))
    assert all(gone.reason is not Reason.PROMOTION for gone in got.dropped)


def _hall(tail: list[str]) -> str:
    return "\n".join(
        [
            "# 2027年乐龄送餐计划",
            "文：福利组主任 许美玲　2026年12月19日",
            "为照顾区内独居及行动不便的乐龄人士，礼堂厨房将于明年起每日送餐上门，费用按月缴付，欢迎家属代为报名。",
            "## 报名方式",
            "1. 亲临礼堂办事处填写表格，或由家属代办",
            "2. 附上身份证副本及紧急联络人电话",
            "如有吞咽困难、需要碎餐或流质餐，请在表格上注明，厨房会另行安排，但每月加收RM20。",
            *tail,
            "相关文章：[中秋晚会筹款成绩报告](https://hall.example.my/news/a) · [屋顶维修捐款芳名录](https://hall.example.my/news/b)",
            "© 2026 某某社区礼堂",
        ]
    )


_CALLOUT = "> **温馨提示：** 本礼堂厨房并非医疗机构，餐食只按一般饮食原则烹调，对因个人健康状况引起的不适恕不负责。"
_RECRUIT = "**招募送餐义工：** 每周只需抽出两个上午，有摩托车者优先，油费津贴每次RM10。WhatsApp 01x-xxx 报名。"


def test_bold_labelled_callouts_right_over_the_pages_junk_go() -> None:
    kept = kept_set(_hall([_CALLOUT, _RECRUIT]))
    assert same(_CALLOUT) not in kept and same(_RECRUIT) not in kept
    assert same("如有吞咽困难、需要碎餐或流质餐，请在表格上注明，厨房会另行安排，但每月加收RM20。") in kept


def test_a_bold_labelled_paragraph_over_the_articles_own_line_stays() -> None:
    note = "**注意：** 首月费用须于开始送餐前缴付，之后每月5日前缴付，逾期者暂停送餐。"
    kept = kept_set(_hall([note, "送餐时间为每日上午十一时至下午十二时半，公众假期停送，敬请留意。"]))
    assert same(note) in kept


def _roll(rows: list[str]) -> str:
    return "\n".join(
        [
            "某某重工集团 内网 > 新闻动态 > 企业文化",
            "2026年度员工长期服务奖获奖名单",
            "发布：人力资源部 2026-12-10 浏览 1560",
            "12月9日，集团在总部多功能厅举行长期服务奖颁奖典礼。董事长为三十年服务奖获得者颁奖，总经理、工会主席出席。",
            "一、三十年服务奖",
            "焊工班长 牛大力，被誉为“车间里的雷锋”",
            "总工程师 长孙明远，主持研制了盾构机",
            "二、二十年服务奖",
            *rows,
            "三、十年服务奖",
            "陈刚 周莉 吴昊 郑凯 安全 小林翔太",
            "备注：获奖同事的奖金将随十二月工资一并发放，奖状由各部门负责人转交，请同事留意。",
        ]
    )


_TABLE = [
    "部门 | 姓名",
    "装配车间 | 王铁柱、李秀兰、赵卫东",
    "质检部 | 马天宇、高山",
    "财务部 | 刘霞、孙悦",
    "国际业务部 | 拉吉夫·夏尔马（Rajiv Sharma）",
    "香港分公司 | 何林淑仪",
]


def test_a_two_cell_row_gone_as_a_menus_stays_with_its_table() -> None:
    kept = kept_set(_roll(_TABLE))
    for row in _TABLE:
        assert same(row) in kept, row


def test_two_cell_rows_of_a_menu_still_go() -> None:
    menu = ["首页 | 关于我们", "新闻 | 公告", "下载 | 联系"]
    kept = kept_set(_roll(menu))
    assert not any(same(row) in kept for row in menu)


def test_a_row_of_buttons_with_no_junk_under_it_is_the_texts_last_line() -> None:
    body = "每位美甲師一天最多只排6位客人，預約請提前3天。"
    text = "\n".join(["某某美甲", "2027年起價格調整說明", body, "立即预约　电话咨询　在线客服"])
    assert same("立即预约　电话咨询　在线客服") in kept_set(text)
