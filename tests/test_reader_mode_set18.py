"""Reader mode on the shapes the eighteenth held-out set showed: rows of one
shape about the article's own subject (a table copied with tabs, a list's
bracketed group heads, whom to call about a notice) stay; and junk of
general shapes."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

HEAD = [
    "首页　学校概况　教学教研　德育天地　招生信息　联系我们",
    "当前位置：首页 > 通知公告",
    "关于2027年春季学期课后服务收费标准的公告",
    "发布日期：2027年1月10日　来源：总务处",
]
FOOT = ["上一篇：寒假安全告家长书", "下一篇：期末考试安排", "© 2027 东湖实验小学　版权所有"]


def test_a_table_copied_with_tabs_beside_the_prose_stays() -> None:
    rows = [
        "年级\t服务时段\t每月费用（元）\t备注",
        "一年级\t16:00-17:30\t180\t含点心",
        "二年级\t16:00-17:30\t180\t含点心",
        "三年级\t16:30-18:00\t200\t含作业辅导",
    ]
    intro = "根据区教育局有关文件精神，经学校家长委员会讨论，现将本学期课后服务收费标准公告如下："
    outro = "课后服务实行自愿参加原则，家长可于每月25日前通过班主任办理报名或退出手续。"
    page = "\n".join([*HEAD, intro, *rows, outro, *FOOT])
    kept = kept_set(page)
    assert [row for row in rows if same(row) not in kept] == []
    # (the same rows copied with wide spaces are no tab table: this rule leaves them to the others)
    menu = ["首页\t新闻\t下载\t公告", "关于\t章程\t机构\t联系", "招生\t教研\t德育\t校友"]
    page = "\n".join([*menu, *HEAD, intro.replace("如下：", "。"), outro, *FOOT])
    assert [row for row in menu if same(row) in kept_set(page)] == []


def test_a_tab_table_that_names_nothing_of_the_story_goes() -> None:
    # (rows of a site's widget copied with tabs, under the story, unannounced, sharing no word)
    widget = ["天气\t晴\t8℃", "空气\t良\tAQI 62", "限行\t3和8\t周一"]
    story = "本学期课后服务由学校统一组织，服务内容包括作业辅导、阅读和体育活动，家长可自愿报名。"
    page = "\n".join([*HEAD, story, *widget, *FOOT])
    assert [row for row in widget if same(row) in kept_set(page)] == []


def test_bracketed_group_heads_the_body_names_stay() -> None:
    lines = [
        "东湖区青少年书法比赛获奖名单公布",
        "2027年1月8日　发布：区文化馆",
        "本届比赛共收到作品四百余件，经评审委员会评议，共评出获奖作品三十六件，现将部分获奖名单公布如下：",
        "奖金：一等奖每名500元；二等奖每名300元；三等奖每名100元。",
        "【一等奖】（共3名）",
        "1. 王若溪（东湖实验小学）",
        "2. 陈一鸣（育才中学）",
        "【二等奖】（共10名）",
        "1. 李嘉怡（东湖实验小学）",
        "2. 周子涵（第二中学）",
        "【三等奖】（共23名）",
        "1. 赵思远（育才中学）",
        "2. 孙雨桐（第三中学）",
        "颁奖典礼定于1月20日在区文化馆举行，请获奖者准时出席。",
        "© 2027 东湖区文化馆",
    ]
    kept = kept_set("\n".join(lines))
    assert {"【一等奖】（共3名）", "【二等奖】（共10名）", "【三等奖】（共23名）"} <= kept
    # (a page's bracketed controls stand among junk and name nothing of the story)
    controls = "【大】【中】【小】　【打印】　【关闭】"
    assert controls not in kept_set("\n".join([lines[0], controls, *lines[1:]]))


def test_whom_to_call_named_by_the_paragraph_above_stays() -> None:
    lines = [
        *HEAD,
        "经学校家长委员会讨论，本学期课后服务收费标准维持不变，每生每月一百八十元。",
        "公示期为2027年1月10日至1月16日。家长如有异议，可在公示期内向学校总务处或区教育局反映。",
        "监督电话：学校总务处 027-8765 4321　　区教育局 027-8765 1000",
        "附件：课后服务收费明细表.xls",
        *FOOT,
    ]
    assert same(lines[-5]) in kept_set("\n".join(lines))
    # (a site's contact row names no party the paragraph above names)
    site = "服务电话：027-8765 9999　网站维护：东湖网络"
    assert same(site) not in kept_set("\n".join([*lines[:-4], site, *lines[-4:]]))


ESSAY = [
    "老街的冬天",
    "2027年1月5日　第7版",
    "冬天的老街总是醒得很晚，卖豆浆的阿婆要等到七点才推开木门，蒸笼里的白气一下子涌到街上。",
    "我小时候每天从这里走去上学，书包里装着阿婆多给的一个馒头，一路走一路吃，到校门口正好吃完。",
    "后来老街改造，许多老店搬走了，只有那家豆浆铺还在，招牌换了新的，味道却和从前一样。",
]


def test_a_run_of_headlines_after_this_pages_other_pieces_goes() -> None:
    teasers = ["本栏其他文章", "外婆的腌菜坛", "从汕头到曼谷：一位老侨的路", "渡口旁的槐树"]
    call = (
        "《东湖》副刊欢迎投稿，散文、小说不拘，来稿请附真实姓名及联系电话，一经刊用即付稿酬。投稿信箱：dh@example.com"
    )
    kept = clean("\n".join([*ESSAY, *teasers, call, "© 2027 东湖日报"])).paragraphs
    assert [line for line in [*teasers, call] if line in kept] == []
    assert ESSAY[-1] in kept


def test_a_contents_list_repeating_the_bodys_heads_goes() -> None:
    toc = ["第一步\u3000选好土壤", "第二步\u3000控制浇水", "第三步\u3000适时施肥"]
    body = [
        "第一步：选好土壤",
        "多肉植物怕积水，盆土要疏松透气，可以用泥炭土混合颗粒土，比例大约一比一。",
        "第二步：控制浇水",
        "夏天高温时多肉进入休眠，浇水要少，等盆土完全干透再浇，避免叶片化水。",
        "第三步：适时施肥",
        "春秋两季是生长期，可以每月施一次稀薄的液体肥，冬天则停止施肥。",
    ]
    page = ["新手养多肉的三个步骤", "2027-01-06　园艺知识", "目录", *toc, *body, "© 2027 绿手指园艺"]
    kept = clean("\n".join(page)).paragraphs
    assert [line for line in toc if line in kept] == []
    assert [line for line in body if line not in kept] == []
    # (one line alike proves nothing: a heading may restate another)
    page = ["新手养多肉的三个步骤", "2027-01-06　园艺知识", toc[0], *body, "© 2027 绿手指园艺"]
    assert toc[0] in clean("\n".join(page)).paragraphs


def test_a_markdown_breadcrumb_and_an_edit_note_go() -> None:
    title = "【经验】冬季水库翘嘴作钓心得：深水找鱼，午后浅滩米诺慢收最有效"
    crumbs = f"[钓友之家](https://example.org/) › [路亚交流](https://example.org/f-3.html) › {title}"
    note = "*本帖最后由 江边老李 于 2027-01-03 20:15 编辑*"
    post = [
        "[登录](https://example.org/login) | [注册](https://example.org/reg)",
        crumbs,
        f"# {title}",
        "查看: 812 | 回复: 17",
        "**楼主** [江边老李](https://example.org/u-5.html)",
        "[只看该作者](https://example.org/t-9.html?author=5)",
        note,
        "上周末去了城北水库，水温已经降到十度左右，翘嘴都沉到了深水区，上午几乎没有口。",
        "下午两点以后太阳晒暖了浅滩，换了小号米诺慢收，连着上了五条，最大的一条有两斤多。",
        "*两斤多的那条，放流前拍了一张*",
    ]
    kept = clean("\n".join(post)).paragraphs
    assert crumbs not in kept
    assert note not in kept
    assert post[-3] in kept


def test_an_invitation_with_a_number_under_the_closing_credit_goes() -> None:
    story = [
        "助听器选配不是买来戴上就好，第一次验配后通常需要两到三次微调，才能找到听得清又不刺耳的设定。",
        "刚开始戴的头两周，建议每天在安静的家里先戴几个小时，再慢慢延长到整天配戴。",
    ]
    call = "想知道自己适不适合配戴助听器？欢迎预约到店做听力检查，预约请拨 027-8123 4567。"
    page = ["第一次配助听器要注意什么", "2027-01-08　听力知识", *story, "文／听力师 王晓明", call, "分享：微信　微博"]
    kept = clean("\n".join(page)).paragraphs
    assert call not in kept
    assert story[-1] in kept
    # (a number to call inside the article, above its signature, stays)
    page = ["第一次配助听器要注意什么", "2027-01-08　听力知识", *story, call, "文／听力师 王晓明", "分享：微信　微博"]
    assert call in clean("\n".join(page)).paragraphs


def test_rows_led_by_their_numbers_with_wide_gaps_are_a_table() -> None:
    rows = [
        "1\u3000一年级\u300016:00-17:30\u3000180元",
        "2\u3000二年级\u300016:00-17:30\u3000180元",
        "3\u3000三年级\u300016:30-18:00\u3000200元",
    ]
    intro = "经学校家长委员会讨论，现将本学期各年级课后服务时段和收费标准公布，请家长留意。"
    outro = "课后服务实行自愿参加原则，家长可于每月25日前通过班主任办理报名或退出手续。"
    kept = kept_set("\n".join([*HEAD, intro, *rows, outro, *FOOT]))
    assert [row for row in rows if same(row) not in kept] == []
    # (an archive's months under the story: led by no number, no table)
    archive = [
        "2026年10月\u30002026年11月\u30002026年12月",
        "2026年7月\u30002026年8月\u30002026年9月",
        "2026年4月\u30002026年5月\u30002026年6月",
    ]
    kept = kept_set("\n".join([*HEAD, intro, outro, *archive, *FOOT]))
    assert [row for row in archive if same(row) in kept] == []


def test_a_bracketed_click_button_between_paragraphs_goes() -> None:
    button = "【点击查看完整比赛视频】"
    story = [
        "第三节比赛双方比分交替上升，主队依靠两记三分球在节末取得五分领先。",
        "末节客队加强防守，连续抢断后反超比分，最终以八十六比八十二赢下比赛。",
    ]
    kept = clean("\n".join(["市篮球联赛第五轮战报", "2027-01-09", story[0], button, story[1]])).paragraphs
    assert button not in kept
    assert story == [line for line in kept if line in story]
    # (a bracketed head that says no click stays: 【赛后】)
    assert "【赛后采访】" in clean("\n".join(["市篮球联赛第五轮战报", story[0], "【赛后采访】", story[1]])).paragraphs


def test_an_about_box_at_the_tail_goes() -> None:
    story = [
        "近日，市中医院康复科为一名脑卒中后遗症患者制定了针灸结合运动疗法的康复方案，患者已能独立行走。",
        "康复科主任表示，脑卒中后的前六个月是康复的黄金期，越早介入效果越好。",
    ]
    about = "科室简介：康复科现有医护人员24人，开放床位40张，是市级康复医学重点专科，常规开展针灸、推拿和运动疗法。"
    kept = clean(
        "\n".join(
            ["康复科助脑卒中患者重新站起来", "2027-01-07", *story, about, "上一篇：冬季养生讲座", "下一篇：义诊活动"]
        )
    ).paragraphs
    assert about not in kept
    assert story == [line for line in kept if line in story]
    # (between the story's paragraphs, a label of 简介 is the story's own)
    kept = clean(
        "\n".join(["康复科助脑卒中患者重新站起来", "2027-01-07", story[0], about, story[1], "上一篇：冬季养生讲座"])
    ).paragraphs
    assert about in kept
