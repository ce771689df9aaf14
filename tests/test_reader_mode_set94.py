"""Reader mode on the shapes held-out page set 94 showed: a results table typed
in columns (名次　號碼　姓名　時間 over its rows, the next groups' heads between them)
right above a one-word head that the walk takes for junk between the rows
(備註 over the notes' sentences) is the body's table all the same: the head is
gone only for its place, and the prose under it shows the table ends in the
body."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.readers import read_markdown

_RESULTS = (
    "西湾水上运动会",
    "首页 | 会务 | 相册 | 联络",
    "本会主办之“2028西湾环湖划艇赛”已于上周日顺利举行，共有五十六队完成赛事，各组成绩公布如下：",
    "男子组",
    "名次　队号　队名　时间",
    "1　105　飞鱼队　18:42",
    "2　112　南湾浪人　19:05",
    "3　108　River Runners　19:31",
    "女子组",
    "1　204　白鹭队　21:12",
    "2　210　Lotus Crew　21:40",
    "3　207　晨曦队　22:03",
    "备注",
    "1. 时间以电子计时为准，由出发浮标至终点浮标止，精确至秒。",
    "2. 编号115队伍因翻艇未能完成赛事，成绩记为DNF。",
    "颁奖礼将于下月第一个星期日在本会会址举行，请得奖队伍准时出席。",
)


def test_a_typed_results_table_over_a_head_gone_between_rows_stays() -> None:
    kept = kept_set("\n".join(_RESULTS))
    for row in _RESULTS[4:12]:
        assert same(row) in kept, row


def test_a_group_head_other_files_share_over_its_own_table_stays() -> None:
    # (男子组 is in other results pages of the folder; the rows under it are this page's own)
    template = {template_key("男子组"), template_key("名次　队号　队名　时间")}
    text = "\n".join(_RESULTS)
    assert same("男子组") in {same(p) for p in clean(text, template).paragraphs}
    # (a site's block of rows recurs whole: its head goes with it)
    template |= {template_key(row) for row in _RESULTS[4:8]}
    assert same("男子组") not in {same(p) for p in clean(text, template).paragraphs}


_SITES = (
    "为破解老旧小区电动自行车“充电难”问题，减少“飞线”充电和入户充电安全隐患，街道在前期摸排和居民意见征集的基础上，"
    "拟在辖区5个小区新建电动自行车集中充电点位。现将点位信息予以公示：",
    "一、拟建点位",
    "序号　小区名称　具体位置　充电口数量　计划投用时间",
    "1　青枫花园　3幢北侧自行车棚　20　2029年1月",
    "2　杏林苑　东门保安亭旁　12　2029年1月",
    "3　柳塘新村　12幢与13幢之间空地　24　2029年2月",
    "4　青枫小学教师宿舍　车库入口西侧　8　2029年2月",
    "5　锦城公寓　地下一层非机动车库　30　2029年3月",
    "二、收费标准",
    "充电：每度电0.9元（含电费及服务费）",
    "占位：充满后超过3小时，每小时加收0.5元",
)


def test_a_tables_rows_past_a_long_row_the_run_stopped_at_stay() -> None:
    kept = kept_set("\n".join(_SITES))
    for row in _SITES[2:8]:
        assert same(row) in kept, row


_REPORT = (
    "凌晨两点，江面上的风像刀子一样，老周带着三个徒弟还在冰面上拉锯，锯下的冰块一块足有八百斤重。",
    "冰块装车以后，他们要连夜运到岸上的工地，趁着气温最低的时候把轮廓刻出来，不然天一亮冰就开始出水。",
    "记者问他累不累。",
    "“累。”他擦了擦眉毛上的霜，“可看到灯一亮，就都值了。”",
    "明年一月冰雪节开幕前，他们还要再刻出两座冰塔，每一座都比去年的高出两米，工期只有短短十天。",
)


def test_a_sentence_the_reporter_opens_between_paragraphs_is_no_byline() -> None:
    out = clean("\n".join(_REPORT))
    assert same("记者问他累不累。") in {same(p) for p in out.paragraphs}
    assert not out.metadata.credits
    # (the byline itself stays the page's: 记者 周明 over the story)
    assert clean("\n".join(("记者 周明", *_REPORT))).metadata.author == "周明"


def test_a_row_of_names_each_before_its_role_and_the_date_is_the_byline() -> None:
    meta = clean("\n".join(("周明 报道 | 林晓 摄影 | 2028-12-20 14:15", *_REPORT[:2]))).metadata
    assert (meta.author, meta.date) == ("周明", "2028-12-20 14:15")
    assert {name for _, name in meta.credits} == {"周明", "林晓"}


def test_who_made_the_site_is_no_author_of_the_page() -> None:
    tail = ("本网站内容版权属本会所有，如需转载请注明出处。", "网站设计：ABC网页工作室")
    meta = clean("\n".join((*_REPORT, *tail))).metadata
    assert meta.author is None
    assert not meta.credits


def test_an_account_that_writes_its_own_post_leaves_its_editor_a_credit() -> None:
    account = "原创 青枫街道 青枫街道 2028年12月22日 17:30 浙江"
    meta = clean("\n".join((account, *_REPORT, "编辑：林晓"))).metadata
    assert meta.author is None
    assert "林晓" in {name for _, name in meta.credits}
    # (with no such account row the lone editor's line may still name the writer)
    assert clean("\n".join((*_REPORT, "编辑：林晓"))).metadata.author == "林晓"


def test_a_headline_with_a_word_a_call_may_use_right_over_the_byline_is_the_title() -> None:
    head = ("晨报 Morning Post", "言论 › 周末随笔", "外婆学会扫码那天", "撰文：周明", "2028年12月27日 上午6:00")
    out = clean("\n".join((*head, *_REPORT)))
    assert out.metadata.title == "外婆学会扫码那天"
    assert same("外婆学会扫码那天") not in {same(p) for p in out.paragraphs}


def test_a_photo_label_in_square_brackets_is_a_caption_and_the_table_under_it_stays() -> None:
    photo = "[相片] 男子组冠军飞鱼队冲线一刻"
    text = "\n".join((*_RESULTS[:3], photo, *_RESULTS[3:]))
    kept = kept_set(text)
    assert same(photo) not in kept
    for row in _RESULTS[3:12]:
        assert same(row) in kept, row


def _md_title(front: str, heading: str) -> str | None:
    text = f'---\ntitle: "{front}"\n---\n# {heading}\n\n{_REPORT[0]}\n'
    return read_markdown(text.encode(), Path("story.md")).hints.title


def test_the_one_markdown_heading_that_words_the_front_matter_title_afresh_is_the_title() -> None:
    heading = "开了三十年冰雕，他说松花江的冰从来没有两块一样"
    assert _md_title("哈尔滨冰雕师老周：最后一个冬天 - 某某网", heading) == heading
    # (a heading that shares no run of two letters, or is shorter, keeps the front matter's)
    assert _md_title("最后一个冬天 - 某某网", "江边的早晨") == "最后一个冬天 - 某某网"
    assert _md_title("老周的冰雕：最后一个冬天 - 某某网", "老周说冰雕") == "老周的冰雕：最后一个冬天 - 某某网"


_THREAD = (
    "【种植】份地第一年，收成报告",
    "楼主：番薯妈妈　发表于 2028-11-30 21:52　查看：1,876　回复：4",
    "#1",
    "前年搬来曼城，排了十四个月的队，今年三月终于分到一块份地，半块标准大小，一年租金四十五镑。",
    "一年下来，有成功也有失败，和大家分享一下，新手可以参考。番茄七月底得了晚疫病，一夜之间全部黑掉。",
    "—— 一家三口，2026年抵英，住曼城北。",
    "赞好 (31)　收藏　分享　举报",
    "#2 利兹阿珍",
    "恭喜！我排了两年都还没排到，请问你是哪个council？",
    "#3 番薯妈妈",
    "回复 #2：我是网上报名的，记得每半年上去更新一次，不然会被剔出轮候名单。",
)


def test_the_posts_signature_over_its_action_row_and_named_floors_goes() -> None:
    kept = kept_set("\n".join(_THREAD))
    assert same(_THREAD[5]) not in kept
    assert same(_THREAD[4]) in kept
