"""Reader mode on the shapes the sixty-seventh held-out set showed: a
timetable's rows led by a clock (no option label), a table's head row over
rows of figures under the headline (no panel of tabs), a label's value
with a gap inside its brackets (one value), a 日期： row under the line that
gave the page's date (the event's day), a record's facts under their own
heading right under the byline and its buttons, a letter's salutation
right over its first paragraph, the links to a series' other units (a
tour's stops, a course's lectures: 上一站：/ 下一讲：), a bilingual masthead whose
English name has a comma, a bilingual name in accented Latin letters, and
a column's label before the credits."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.bar_bylines import chinese_name
from reader.core.cleaning import clean
from reader.core.credit_roles import role_matches
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line
from reader.core.title_shapes import is_option_row

# A hiking club's outing record: all short rows until its numbered notes.
_HIKE = [
    "山友之家 — 户外爱好者的论坛",
    "首页　活动　线路　装备　交易　社团",
    "社团首页 > 社团 > 白云登山队 > 活动记录",
    "【活动记录】3月2日 穿越石门峡（18公里／累计爬升960米）",
    "发布人：白云登山队　2027-03-03 21:15　浏览 906",
    "收藏　点赞 41　分享",
    "行程概要",
    "日期：2027年3月2日（周日）",
    "出发：06:30　市图书馆南门",
    "报名人数：17人（新人5　老队员12）",
    "领队：罗海峰",
    "天气：晴，2℃～14℃，微风",
    "山头记录",
    "山名　海拔　上升　用时　难度",
    "鹰嘴岩　1,120m　640m　2时05分　中",
    "望夫台　980m　210m　48分　易",
    "石门顶　1,260m　380m　1时20分　中",
    "时间节点",
    "07:40　石门村口　起步",
    "10:05　鹰嘴岩顶　午餐（干粮、热茶）",
    "14:50　峡谷出口　清点人数",
    "1. 望夫台下山段有落石，队伍拉开间距依次通过，无人受伤。",
    "2. 一名新人在峡谷段崴脚，由两名老队员陪同提前下撤，已安全到家。",
    "本论坛为户外爱好者交流平台，活动均为自愿参加、风险自担，本站不承担任何因参加活动产生的责任。",
]


def test_a_timetable_row_led_by_a_clock_is_no_option_row() -> None:
    assert not is_option_row("07:40　石门村口　起步")
    assert is_option_row("尺码：S　M　L")


def test_a_gap_inside_brackets_parts_no_options() -> None:
    assert not is_option_row("报名人数：17人（新人5　老队员12）")


def test_a_records_facts_table_and_timetable_under_its_headline_stay() -> None:
    kept = kept_set("\n".join(_HIKE))
    for line in [
        "行程概要",
        "日期：2027年3月2日（周日）",
        "出发：06:30　市图书馆南门",
        "报名人数：17人（新人5　老队员12）",
        "山名　海拔　上升　用时　难度",
        "鹰嘴岩　1,120m　640m　2时05分　中",
        "石门顶　1,260m　380m　1时20分　中",
        "07:40　石门村口　起步",
        "14:50　峡谷出口　清点人数",
    ]:
        assert same(line) in kept, line


def test_the_events_day_under_the_pages_date_line_is_no_date() -> None:
    cleaned = clean("\n".join(_HIKE))
    assert cleaned.metadata.date is not None and cleaned.metadata.date.startswith("2027-03-03")
    assert "日期：2027年3月2日（周日）" not in cleaned.metadata.bylines


def test_a_letters_salutation_over_its_first_paragraph_stays() -> None:
    text = "\n".join(
        [
            "首頁　港聞　副刊　專欄",
            "【東京手記】每月刊出",
            "在便利店學會講「唔該」",
            "文：梁曉彤　2027年11月6日 07:00",
            "字體：A- A A+　列印　分享",
            "老豆：",
            "東京今日好凍，早上出門見到地上結咗薄冰，同事話呢度十一月就係咁，習慣咗就唔覺。",
            "我而家每朝都喺樓下便利店買飯糰，店員阿姨已經記得我要三文魚味，仲會同我講兩句天氣。",
            "你唔使擔心我食得唔好，雖然冇屋企啲飯咁好食，但係都算食得飽。",
            "仔　曉彤",
        ]
    )
    assert same("老豆：") in kept_set(text)


def test_links_to_a_series_other_units_go() -> None:
    text = "\n".join(
        [
            "首页　展览　导览　服务",
            "第三号展品：唐代铜镜",
            "各位观众，您现在看到的是一面唐代的海兽葡萄镜，镜背的纹样细密繁复，是盛唐铸镜工艺的代表。",
            "请您留意镜背外圈的葡萄藤蔓，它们一直延伸到内圈，这在当时被称为“过梁”的做法。",
            "下一讲，我们将走到右手边的展柜，去看一件宋代的瓷枕。",
            "上一讲：第二号展品：汉代陶俑——沉默的仪仗",
            "下一讲：第四号展品：宋代瓷枕——梦里的山水",
        ]
    )
    kept = kept_set(text)
    assert same("上一讲：第二号展品：汉代陶俑——沉默的仪仗") not in kept
    assert same("下一讲：第四号展品：宋代瓷枕——梦里的山水") not in kept
    assert same("下一讲，我们将走到右手边的展柜，去看一件宋代的瓷枕。") in kept


def test_a_bilingual_masthead_with_a_comma_goes() -> None:
    text = "\n".join(
        [
            "回首頁　網站導覽　English",
            "桐溪市環保局 Environmental Bureau, Tongxi City Government",
            "認識本局　最新消息　便民服務",
            "公告：資源回收站春節期間開放時間調整",
            "發布單位：環保局清潔科　發布日期：116-01-20",
            "主旨：春節期間本市各資源回收站開放時間調整如下，請市民配合於開放時間內前往回收。",
            "說明：除夕及初一全日休息，初二起恢復正常開放，每日上午八時至下午五時。",
        ]
    )
    assert same("桐溪市環保局 Environmental Bureau, Tongxi City Government") not in kept_set(text)


def test_the_chinese_part_of_a_name_in_accented_latin() -> None:
    assert chinese_name("海星書局 Livraria Estrela do Mar") == "海星書局"
    assert chinese_name("海星書局 Livraria São Lázaro") == "海星書局"


def test_a_columns_label_before_the_credits_names_no_one() -> None:
    line = "街坊故事｜文：黃嘉慧｜攝影：李志遠｜2027年9月3日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "黃嘉慧"
    assert [name for _, name in meta.credits] == ["黃嘉慧", "李志遠"]
    # (a table's head row of labels apart by bars credits no one)
    head = "項目名稱 | 作者 | 學校 | 指導老師"
    assert role_matches(fold(head)) == [] or (parse_meta_line(head, fold(head)) is None)
