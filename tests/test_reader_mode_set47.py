"""Reader mode on the shapes the forty-seventh held-out set showed: a price
list whose last section is headed by a word that also heads other articles
(其他), so that the list above it and the sentences under it went with it; a
clause naming the document its title names (本规程…); a notice's sign-off under
a masked hotline or a numbered section's contact sentence; a footer's masked
phone; a house magazine's issue given as the source."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.meta_records import Hints

_LIST = [
    "洗衣（以公斤計）",
    "每公斤　NT$ 40",
    "棉被加收　NT$ 100",
    "燙衣（以件計）",
    "襯衫　每件　NT$ 35",
    "西裝　每件　NT$ 120",
    "其他",
    "修改褲腳　每件 NT$ 80",
    "最低收費　NT$ 150（未滿150元以150元計）",
]
_NOTES = [
    "收件時間：每日 08:00－20:00，週日公休。",
    "送洗前請先來電預約，取件時請出示收據，三個月未取視同放棄。",
    "有任何問題歡迎打給我們，或直接到店裡聊聊。",
]


def _price_page() -> str:
    return "\n".join(
        [
            "某某洗衣店｜某某路",
            "首頁 / 關於我們 / 服務項目 / 聯絡我們",
            "新年度洗衣收費標準",
            "2026/12/30 10:45　by 店長 某某某",
            "各位鄰居好，新的一年即將開始，先把新年度的收費公布給大家參考，今年洗衣每公斤調漲5元，其餘維持不變。",
            *_LIST,
            *_NOTES,
            "分享到 LINE　分享到 Facebook",
            "Copyright © 某某洗衣店 All Rights Reserved.",
        ]
    )


def test_a_price_list_under_a_head_that_also_heads_other_articles_stays() -> None:
    kept = kept_set(_price_page())
    for line in [*_LIST, *_NOTES]:
        assert same(line) in kept, line


_TABLE = [
    "数量 每台价格",
    "1台 $35",
    "2–3台 $30",
    "4台或以上 $25",
    "深层清洗（Deep Cleaning）",
    "机型 每台价格",
    "9,000–12,000 BTU $80",
    "18,000–24,000 BTU $100",
    "室外机 $60",
    "其他服务",
    "更换滤网：$20起",
    "排水管疏通：$30",
    "检查费：$50（如进行维修则免收）",
    "全年配套：一般清洗4次＋深层清洗1次，3台机只需$420，可分两期付款。",
    "服务时间：星期一至六 09:00–18:00，星期日休息。",
]


def _table_page() -> str:
    return "\n".join(
        [
            "某某冷气工程",
            "首页　服务价格　联系我们",
            "2027年冷气保养价格表",
            "更新于 2027年1月5日 ｜ 作者：某某某",
            "天气湿热，冷气几乎全年开着。我们建议每三个月做一次一般清洗，既能省电，也能延长机组寿命。以下是今年的价格。",
            "一般清洗（General Servicing）",
            *_TABLE,
            "📞 立即 WhatsApp 预约",
            "© 2027 某某冷气工程",
        ]
    )


def test_a_price_tables_rows_heads_and_notes_stay_under_a_head_of_other_services() -> None:
    kept = kept_set(_table_page())
    for line in _TABLE:
        assert same(line) in kept, line


_ROWS = ["02:10　东线　某A·1xxxx　张师傅", "02:35　南线　某B·8xxxx　李师傅", "03:05　西线　某C·6xxxx　赵师傅"]


def test_a_table_quoted_between_two_paragraphs_stays_though_shaped_like_a_menu() -> None:
    text = "\n".join(
        [
            "某某集团",
            "首页　新闻中心　企业文化　联系我们",
            "那盏一直亮着的灯",
            "作者：某某　2026-12-29 09:30",
            "那天是第二个夜班，大屏上跳着三百多条待发车次，值班调度老郑把一杯泡面推到我面前，说今晚还长。",
            "老郑的桌上压着一张手写的表，字迹已经被茶水洇开了：",
            *_ROWS,
            "我问他系统里都有，为什么还要手抄一份。他笑了笑，说系统会卡，人不会忘，这张纸是他给自己的一份保险。",
            "版权所有 © 某某集团　沪ICP备2xxxxxxx号",
        ]
    )
    kept = kept_set(text)
    for row in _ROWS:
        assert same(row) in kept, row


_RULES = [
    "为推广棋类运动，本会订于3月举办第五届会长杯公开赛，欢迎各地棋友报名参加，以下为本届竞赛规程。",
    "一、赛制",
    "采用积分编排制，共赛七轮，每方基本用时40分钟。",
    "二、报名",
    "截止日期：2月10日",
    "报名方式：填写线上表格并转账，转账后请将收据发至本会邮箱。",
    "本规程解释权归本会赛事组。",
]


def test_a_clause_naming_the_document_the_title_names_stays_with_the_line_above() -> None:
    # (本规程… under a title that ends 规程: the rules speak of themselves; the site's
    # own statement under the share bar, 本会…概不负责, still goes)
    statement = "重要声明：本会为非营利团体，比赛期间如有任何意外或损失，本会概不负责。"
    text = "\n".join(
        [
            "某某棋会",
            "首页　本会简介　赛事　联络",
            "第五届会长杯公开赛竞赛规程",
            "2027年1月2日 · 赛事组",
            *_RULES,
            "分享：Facebook　WhatsApp　Telegram",
            statement,
            "© 2027 某某棋会 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _RULES:
        assert same(line) in kept, line
    assert same(statement) not in kept


_SIGN_OFF = ["服务热线：0571-8xxxxxxx（24小时）", "某某物业服务中心", "2027年1月4日"]


def test_a_notices_sign_off_stays_under_a_hotline_whose_number_is_masked() -> None:
    # (a published sample's number, 0571-8xxxxxxx: a phone still, over the unit and its date)
    text = "\n".join(
        [
            "某某物业 · 用心服务每一户",
            "首页 | 通知公告 | 便民服务 | 业主论坛",
            "关于某某花园水箱清洗消毒的通知",
            "发布时间：2027-01-04 16:12　发布部门：工程部",
            "尊敬的各位业主、住户：",
            "为保障小区生活饮用水卫生安全，我中心定于近期对小区二次供水水箱进行年度清洗消毒，届时相关楼栋将暂停供水。",
            "清洗完成后将委托第三方检测机构取样送检，检测报告将于1月20日前在物业服务中心公示栏公示。",
            "由此给您带来的不便，敬请谅解！",
            *_SIGN_OFF,
            "附件：2026年度水质检测报告.pdf",
            "温馨提示：本网站发布的停水、停电等通知仅供参考，实际时间以现场施工情况为准，如有疑问请到物业服务中心前台咨询。",
            "【打印】【关闭】",
            "相关通知",
            "关于春节期间垃圾清运时间调整的通知",
            "关于开展冬季消防安全检查的通知",
            "Copyright © 2027 某某物业服务中心 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _SIGN_OFF:
        assert same(line) in kept, line


_SECTION_END = [
    "六、报名方式",
    "请于9月15日前向秘书处报名，联系人：某某（秘书长助理），电话：0371-61234567",
    "某某宗亲总会　谨启",
]


def test_a_numbered_sections_contact_sentence_stays_over_the_notices_sign_off() -> None:
    # (whom to ask, the last section's one row under its head, then the signed unit and date)
    text = "\n".join(
        [
            "某某宗亲总会",
            "首页　会务动态　联系我们",
            "关于召开第十届宗亲恳亲大会的通知",
            "各地宗亲会、各位宗亲：",
            "经总会理事会研究决定，第十届宗亲恳亲大会定于2027年10月在某地举行，现将有关事项通知如下，请各地宗亲会做好准备。",
            "五、鸣谢",
            "感谢各地宗亲会及各位宗长对本次大会的慷慨赞助，特别感谢已故老会长生前为宗亲事务奔走四十余年。",
            *_SECTION_END,
            "2027年6月1日",
        ]
    )
    kept = kept_set(text)
    for line in _SECTION_END:
        assert same(line) in kept, line


def test_a_footers_address_row_goes_though_its_phone_number_is_masked() -> None:
    # (021-6xxxxxxx is a phone as 021-61234567 is: the row goes with the footer, and the call for
    # contributions over it that the article's end left among the junk)
    call = "欢迎职工踊跃投稿，来稿请发送至编辑部邮箱，一经录用将按稿酬办法支付稿酬。"
    address = "地址：上海市某某区某某路88号　电话：021-6xxxxxxx"
    text = "\n".join(
        [
            "首页　企业动态　内刊　联系我们",
            "某某集团",
            "那盏一直亮着的调度灯",
            "2026-12-29 09:30　作者：某某",
            "进公司的第七年，我才第一次在凌晨三点走进调度室，大屏上跳着三百多条待发车次，值班调度老郑把一杯泡面推到我面前。",
            "我忽然觉得，这盏灯就是我们这个行业的样子：没有人会特意抬头看它，但它一直亮着，照着每一条要赶在天亮前跑完的路。",
            "上一篇：安全生产月：分拨中心开展叉车技能比武",
            "下一篇：新年寄语｜致全体员工的一封信",
            call,
            "版权所有 © 某某集团有限公司　沪ICP备2xxxxxxx号",
            address,
        ]
    )
    kept = kept_set(text)
    assert same(address) not in kept
    assert same(call) not in kept


def test_a_house_magazines_issue_as_the_source_gives_way_to_the_company_the_page_names() -> None:
    # (来源：《某帆》第96期 is an issue of the site's magazine; the publisher is the lone name over
    # the headline, which the © line writes with its legal form)
    text = "\n".join(
        [
            "首页　企业动态　内刊《某帆》　员工风采　联系我们",
            "当前位置：首页 > 内刊《某帆》 > 第96期 > 职工随笔",
            "某帆物流集团",
            "那盏一直亮着的调度灯",
            "2026-12-29 09:30　来源：《某帆》第96期　作者：分拨中心 某某某",
            "进公司的第七年，我才第一次在凌晨三点走进调度室，大屏上跳着三百多条待发车次，值班调度老郑把一杯泡面推到我面前。",
            "我忽然觉得，这盏灯就是我们这个行业的样子：没有人会特意抬头看它，但它一直亮着，照着每一条要赶在天亮前跑完的路。",
            "上一篇：安全生产月：分拨中心开展叉车技能比武",
            "版权所有 © 某帆物流集团有限公司　沪ICP备2xxxxxxx号",
        ]
    )
    assert clean(text).metadata.source == "某帆物流集团"


def test_the_name_beside_the_date_that_is_the_authors_own_is_the_blog_that_publishes_the_post() -> None:
    # (某雨的慢慢寫 beside the date, under the front matter's author 某雨: her blog, the source)
    text = "\n".join(
        [
            "# 畢業二十年，我們回到了那間沒有冷氣的教室",
            "某雨的慢慢寫｜2027年1月3日｜分類：生活隨筆",
            "元旦前一天晚上，班長在群組裡丟了一句：「明天下午兩點，老地方。」沒有人問老地方是哪裡，大家都知道。",
            "回家的路上，我把那封信夾進筆記本裡。也許再過二十年，我會想在第三題底下補一個答案。",
        ]
    )
    got = clean(text, hints=Hints(title="畢業二十年，我們回到了那間沒有冷氣的教室", author="某雨")).metadata
    assert (got.source, got.author) == ("某雨的慢慢寫", "某雨")
