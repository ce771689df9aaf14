"""Reader mode on the shapes the twenty-seventh held-out set showed: a
sidebar box amid a notice whose numbered heads go on under it."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean


def test_a_numbered_head_that_goes_on_after_a_sidebar_box_ends_the_box() -> None:
    head = [
        "社区菜园新规定公告",
        "各位园友：",
        "经十一月园友大会讨论，菜园自下月一日起实行以下新规定，请大家留意并互相提醒，共同维护整洁的环境。",
        "一、浇水安排",
        "1. 每块菜地每天最多浇水两次，早上七点前或傍晚五点后进行。",
        "二、工具借用",
        "1. 工具借用须在登记簿写明姓名和归还时间，用后清洗干净放回原处。",
    ]
    box = ["热门菜苗", "小白菜苗　★★★★★ 4.8", "樱桃萝卜苗　★★★★☆ 4.5"]
    rest = [
        "三、违规处理",
        "第一次　口头提醒",
        "第二次　暂停借用工具一个月",
        "请各位园友配合，一起把菜园打理得干干净净。",
    ]
    kept = kept_set("\n".join([*head, *box, *rest]))
    assert [line for line in rest if same(line) not in kept] == []
    assert [line for line in box[1:] if same(line) in kept] == []


def test_a_numbered_head_that_does_not_follow_the_bodys_heads_stays_in_the_box() -> None:
    head = [
        "社区菜园新规定公告",
        "经十一月园友大会讨论，菜园自下月一日起实行以下新规定，请大家留意并互相提醒，共同维护整洁的环境。",
        "一、浇水安排",
        "1. 每块菜地每天最多浇水两次，早上七点前或傍晚五点后进行。",
    ]
    box = ["热门菜苗", "小白菜苗　★★★★★ 4.8", "三、樱桃萝卜苗", "樱桃萝卜苗　★★★★☆ 4.5"]
    kept = kept_set("\n".join([*head, *box]))
    assert [line for line in box if same(line) in kept] == []


def test_programme_rows_ending_like_the_kept_row_above_them_stay() -> None:
    page = [
        "新年音乐会节目公布",
        "一年一度的新年音乐会将于一月十日晚上举行，今年共有八个班级的学员轮流上台，家长可以提前入场选座。",
        "节目",
        "开场：新年序曲 Starter 组",
        "小步舞曲 Level 2 及 Level 3 组",
        "民乐合奏 Level 1 组",
        "春之圆舞曲 Level 4 及 Advanced 组",
        "立即报名春季课程，早鸟优惠至一月底 →",
        "门票",
        "每位学员家庭可优先购买四张门票，请于十二月二十日前向所属分校登记，余票将公开发售。",
    ]
    kept = kept_set("\n".join(page))
    assert [line for line in page[3:7] if same(line) not in kept] == []


def test_a_menu_under_the_article_that_ends_otherwise_still_goes() -> None:
    page = [
        "新年音乐会节目公布",
        "一年一度的新年音乐会将于一月十日晚上举行，今年共有八个班级的学员轮流上台，家长可以提前入场选座。",
        "开场：新年序曲 Starter 组",
        "首页 课程 师资 联络我们",
        "© 2026 雅乐音乐学校",
    ]
    assert same("首页 课程 师资 联络我们") not in kept_set("\n".join(page))


def test_a_numbered_section_between_a_caption_and_a_link_comes_back_with_its_rows() -> None:
    section = ["二、开放区域", "阅览：一楼及二楼阅览室", "借还：自助借还机、总服务台"]
    page = [
        "关于图书馆寒假开放安排的通知",
        "全校师生：",
        "寒假期间图书馆将调整开放时间，部分区域暂停开放，现将有关安排通知如下，请读者合理安排借阅时间。",
        "一、开放时间",
        "1月15日至2月20日每天9:00—17:00开放，春节假期闭馆，其间不办理借还。",
        "【图】工作人员在一楼大厅调试新的自助借还机。",
        *section,
        "延伸阅读：新版图书馆App使用说明>>",
        "三、注意事项",
        "寒假期间逾期图书不计滞纳金，请读者在开学后两周内归还，续借可在App上办理。",
    ]
    kept = kept_set("\n".join(page))
    assert [line for line in section if same(line) not in kept] == []
    assert same(page[5]) not in kept


def test_numbered_channels_a_line_of_the_body_announces_stay_though_one_names_an_app() -> None:
    items = [
        "1. “河畔社保”App或微信公众号，足不出户即可办理；",
        "2. 区政务服务中心一楼社保窗口；",
        "3. 各街道社保服务站窗口。",
    ]
    page = [
        "灵活就业人员参保缴费指南",
        "为方便灵活就业人员参加社会保险，区社保中心整理了办理参保登记和缴费的常见问题，供大家参考。",
        "问：在哪里办理参保登记？",
        "答：可通过以下三种渠道办理：",
        *items,
        "问：每月缴费基数怎么确定？",
        "答：缴费基数可在全省上年度平均工资的百分之六十至百分之三百之间自行选择，每年可调整一次。",
        "© 2026 河畔区社会保险事业管理中心",
    ]
    kept = kept_set("\n".join(page))
    assert [line for line in items if same(line) not in kept] == []


def test_a_photo_or_map_label_over_its_caption_goes_like_a_pictures() -> None:
    captions = ["【照片】工人已在楼下围起施工区域。", "【地图】改道后的行车路线示意图（红线为新路段）"]
    page = [
        "五号楼电梯更换工程通知",
        "本会将于下月为五号楼更换两部电梯，工程为期约十二周，其间每次只停用一部电梯，请住户留意。",
        captions[0],
        "工程期间如有行动不便的住户需要协助，请提前致电本会办事处登记，我们会安排人员上门了解情况。",
        captions[1],
        "改道期间原有车站暂停使用，乘客请改往对面新设的临时车站候车，不便之处，敬请原谅。",
    ]
    kept = kept_set("\n".join(page))
    assert [line for line in captions if same(line) in kept] == []


STORY_END = [
    "开业四十年的老书店将在本月底结业，店主感谢街坊多年来的支持，最后一个月所有旧书一律半价。",
    "多谢大家四十年来的支持，也多谢每一位带着孩子、再带着孙子来看书的老朋友。",
    "店主　林家明　谨启",
]


def test_plain_named_posts_under_a_guestbook_header_at_the_pages_end_go() -> None:
    posts = [
        "阿玲：小时候放学都来这里看漫画，一定要再来买几本旧书。",
        "Tony Wong：在多伦多看到消息很不舍，希望圣诞回来赶得及。",
    ]
    counter = "本页浏览次数：18,406"
    page = ["老书店月底结业告别", *STORY_END, "留言簿（最新2则）", *posts, counter, "© 2026 街角书店"]
    kept = kept_set("\n".join(page))
    assert [line for line in [page[4], *posts, counter] if same(line) in kept] == []
    assert same(STORY_END[1]) in kept


def test_named_answers_under_a_replies_heading_with_the_story_going_on_stay() -> None:
    answers = [
        "陈先生：我们一家三代都在这里买书，希望书店可以留下来，哪怕只在周末开门也好，很多老街坊都会来。",
        "Mary Lee：孩子们每个星期都要来这里的绘本角坐一个下午，希望将来接手的新店主能把它保留下来。",
    ]
    more = "店主表示会认真考虑大家的意见，如果找到合适的接手人，书店的名字和绘本角都会保留。"
    page = ["街坊意见回应会", STORY_END[0], "街坊回应", *answers, more, "© 2026 街角书店"]
    kept = kept_set("\n".join(page))
    assert [line for line in [*answers, more] if same(line) not in kept] == []


def test_a_contact_line_above_the_notices_closing_sentence_stays() -> None:
    hotline = "24小时热线：6123 4567（工程事宜请于办公时间拨打6123 4500）"
    page = [
        "第12座电梯更换工程通知",
        "本会将于下月为第12座更换两部电梯，工程为期约八周，其间每次只停用一部电梯，请住户留意。",
        "如家中有需要使用轮椅的住户，请在本月底前联系本会，以便我们与承包商事先安排协助。",
        "相关通告：第8至第10座电梯更换工程已完成 →",
        hotline,
        "不便之处，敬请见谅。",
        "这个网页对您有帮助吗？　是　否",
        "© 2026 河畔市镇理事会",
    ]
    assert same(hotline) in kept_set("\n".join(page))


def test_a_box_of_contact_fields_above_a_short_sentence_still_goes() -> None:
    box = "咨询专线：(02)2345-6789　服务时间：周一至周五 09:30–17:00"
    page = [
        "租屋押金怎么要回来？",
        "房东应在租期届满、房客返还房屋时返还押金，若无正当理由拖延，房客可以请求迟延利息。",
        "预约法律咨询",
        box,
        "符合资格者可申请免费咨询，请先来电确认。",
        "延伸阅读",
        "房东突然要卖房，房客一定要搬吗？",
        "二房东转租合法吗？签约前要先问清楚",
    ]
    assert same(box) not in kept_set("\n".join(page))


def test_a_markdown_heading_over_a_pipe_table_stays_with_the_table() -> None:
    page = [
        "# 第3次读书会记录",
        "",
        "这次读书会在社区图书馆二楼举行，一共来了五位书友，从晚上七点聊到九点半，讨论得十分热烈。",
        "",
        "## 本次书友",
        "",
        "| 书友 | 选读篇目 | 页数 |",
        "|---|---|---|",
        "| 阿澈 | 第一章 | 32 → 45 |",
        "| 小葵 | 第二章 | 46 → 58 |",
        "",
        "## 讨论要点",
        "",
        "- 大家都认为第二章的结尾写得最好，尤其是主人公在雨中回家的那一段，让人印象深刻。",
    ]
    kept = kept_set("\n".join(page))
    assert same("## 本次书友") in kept


def test_a_role_and_name_signing_with_a_closing_word_is_the_author_with_junk_after() -> None:
    page = [
        "老书店月底结业告别",
        *STORY_END[:2],
        "第二代店主　林家明　谨启",
        "留言板",
        "阿玲：小时候放学都来这里看漫画，一定要再来买几本旧书。",
        "Tony Wong：在多伦多看到消息很不舍，希望圣诞回来赶得及。",
        "本页浏览次数：18,406",
        "© 2026 街角书店",
    ]
    meta = clean("\n".join(page)).metadata
    assert meta.author == "林家明"
    assert ("第二代店主", "林家明") in meta.credits


def test_a_paragraph_between_a_photo_credit_and_the_pages_junk_goes() -> None:
    charity = (
        "本社为注册慈善团体（注册编号 81234 5678），所有捐款均可获发退税收据。"
        "本社致力推广戏曲艺术，演出收入全数用于社务及青年培训。"
    )
    page = [
        "贺岁演出排练时间表",
        *STORY_END[:2],
        "摄影：冯子轩",
        charity,
        "订阅社讯：输入电邮，每月收到最新课程及演出消息 →",
        "© 2026 凤鸣戏曲研究社",
    ]
    kept = kept_set("\n".join(page))
    assert same(charity) not in kept
    assert same(STORY_END[1]) in kept
