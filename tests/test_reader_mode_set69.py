"""Reader mode on the shapes the sixty-ninth held-out set showed: a
reading-time note that gives the length first, a blog's comment thread
whose last post answers another by @name (no time under it), a bare price
under its label, a notice's signer over a date in Chinese numerals (no
sidebar box), a table's head row over rows with a dash for a blank cell,
a section's contact rows under one taken back, a paragraph over the
buttons that do what it asks, and a unit beside the date in a byline."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line


def test_a_reading_time_note_with_the_length_first_goes() -> None:
    text = "\n".join(
        [
            "首页　随笔　关于",
            "在老街修了三十年钟表的师傅",
            "2027年5月2日 · 王小雨",
            "全文共 2,400 字，預計閱讀 7 分鐘",
            "老街尽头有一家不到四平方米的钟表铺，陈师傅在这里修了三十年的表，街坊都认得他。",
            "他说现在来修表的人少了，但每一只送来的表，背后都有一个舍不得丢掉的故事。",
        ]
    )
    assert same("全文共 2,400 字，預計閱讀 7 分鐘") not in kept_set(text)


# A personal blog's post: its comments, each over its time, the last one the blogger's @reply.
_BLOG = [
    "阿月的阳台菜园",
    "首页　种菜日记　工具　关于阿月",
    "小番茄终于红了：阳台种植三个月的记录",
    "2027年8月3日 · 林月华 · 种菜日记",
    "三个月前在阳台摆了两个大花盆，种下六棵小番茄苗，每天下班回家第一件事就是去看看它们。",
    "一开始叶子一直发黄，后来才知道是浇水太勤，根都泡坏了，改成两天浇一次以后才慢慢长好。",
    "上周终于摘下第一批果子，一共十四颗，甜度比超市买的还高，女儿一口气吃了一半。",
    "分享：Facebook　WhatsApp",
    "上一篇：阳台种菜的第一个月",
    "下一篇：自制堆肥的失败经验",
    "5 则留言",
    "番茄控：请问你用的是什么土？我家的小番茄也一直黄叶，换了好几种肥料都没用，快要放弃了。",
    "2027年8月4日 10:21",
    "Amy Tan：好羡慕！我家阳台只有半天太阳。",
    "2027年8月4日 22:05",
    "林月华：@番茄控 我用的是园艺店买的营养土，再混一点椰糠。",
    "写下你的留言",
    "关于我：阿月，平日是小学老师，周末在阳台上和一盆盆蔬菜聊天。这里记录我种菜的点点滴滴。",
    "© 2027 阿月的阳台菜园",
]


def test_a_comment_thread_ending_in_an_at_reply_goes() -> None:
    kept = kept_set("\n".join(_BLOG))
    for line in _BLOG[11:18]:
        assert same(line) not in kept, line
    assert same(_BLOG[6]) in kept


def test_a_bare_price_under_its_label_stays() -> None:
    text = "\n".join(
        [
            "首页　活动　报名",
            "周末亲子陶艺体验课",
            "这堂课适合五岁以上的小朋友和家长一起参加，老师会先示范拉坯，再让大家自己动手。",
            "每位学员费用：",
            "RM68",
            "费用包括陶土、上釉和烧制，作品大约三周后可以到店领取，也可以付费寄送到府。",
            "课程每周六下午两点开始，每班最多十二人，额满为止。",
        ]
    )
    assert "RM68" in kept_set(text)


# A clinic's notice: numbered sections, then its signer and a date in Chinese numerals; its menu names the clinic.
_NOTICE = [
    "康和診所 Clínica Médica Hong Wo",
    "首頁　康和診所簡介　醫生團隊　最新消息",
    "春節應診安排通知",
    "發佈日期：2027年1月20日",
    "各位街坊：",
    "春節期間本診所應診時間調整如下，敬請留意。",
    "一、年初一至初三休息。",
    "二、年初四起恢復正常應診，預約電話照常。",
    "三、如有緊急情況，請前往就近醫院急診部求診。",
    "康和診所 謹啟",
    "二〇二七年一月二十日",
    "相關通告",
    "流感疫苗接種安排",
    "© 2027 康和診所",
]


def test_a_notices_signer_over_a_date_in_chinese_numerals_is_no_sidebar_box() -> None:
    kept = kept_set("\n".join(_NOTICE))
    assert same("康和診所 謹啟") in kept
    assert "二〇二七年一月二十日" in kept


def test_a_head_row_over_rows_with_a_dashed_blank_cell_stays() -> None:
    text = "\n".join(
        [
            "首頁　服務　通告",
            "游泳池開放時間",
            "本泳池由下月起調整開放時間，以下為各日的開放時段，請泳客留意。",
            "日子 早場 晚場",
            "星期二 7:00–12:00 —",
            "星期四 — 18:00–22:00",
            "星期六 7:00–12:00 18:00–22:00",
            "如遇惡劣天氣，泳池將暫停開放，恕不另行通知，敬請見諒。",
        ]
    )
    assert same("日子 早場 晚場") in kept_set(text)


def test_contact_rows_under_a_sections_contact_row_taken_back_stay() -> None:
    text = "\n".join(
        [
            "首页　通知公告　办事指南",
            "关于2027年暑期社会实践项目立项结果的公示",
            "发布时间：2027-06-10",
            "各学院：",
            "经学院推荐、专家评审，拟立项以下社会实践项目，现予公示。",
            "一、公示时间",
            "2027年6月10日至6月16日。",
            "二、反映方式",
            "公示期间如有异议，请以书面形式实名向团委实践部反映：",
            "电话：0571-8820 1234",
            "电子邮箱：shijian@example.edu.cn",
            "地址：学生活动中心302室",
            "校团委",
            "2027年6月10日",
            "上一篇：关于举办第五届校园歌手大赛的通知",
        ]
    )
    assert same("电子邮箱：shijian@example.edu.cn") in kept_set(text)


def test_a_paragraph_over_the_buttons_that_do_what_it_asks_goes() -> None:
    text = "\n".join(
        [
            "首頁　關於我們　認養專區　捐款支持",
            "本週待認養：橘子",
            "2027/05/02　文／志工 林小美",
            "橘子是一隻三歲的橘貓，個性溫和，喜歡曬太陽，已完成結紮與疫苗注射。",
            "牠在中途之家住了半年，最喜歡窩在志工的腿上睡午覺，適合有耐心的家庭。",
            "有意認養者請先填寫線上問卷，志工會在三天內與您聯絡，安排見面時間。",
            "協會每月照顧四十多隻貓狗，飼料與醫療費用全靠社會大眾的小額捐款，請支持我們繼續照顧牠們。",
            "👉 單筆捐款　👉 定期定額捐款",
            "延伸閱讀",
            "送養前必看：認養的五個準備",
            "© 2027 貓狗回家協會",
        ]
    )
    kept = kept_set(text)
    assert same("協會每月照顧四十多隻貓狗，飼料與醫療費用全靠社會大眾的小額捐款，請支持我們繼續照顧牠們。") not in kept
    assert same("有意認養者請先填寫線上問卷，志工會在三天內與您聯絡，安排見面時間。") in kept


def test_a_unit_beside_the_date_in_a_byline_writes_nothing() -> None:
    line = "2027/05/02　文／活動組　攝影／志工 陳建宏"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None
    assert ("攝影", "陳建宏") in meta.credits
    assert meta.date is not None and meta.date.startswith("2027-05-02")


def test_a_person_beside_the_date_in_a_byline_still_writes_it() -> None:
    line = "2027/05/02　文／林小美　攝影／志工 陳建宏"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "林小美"


def test_the_blog_keeps_its_author() -> None:
    assert clean("\n".join(_BLOG)).metadata.author == "林月华"
