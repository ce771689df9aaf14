"""People set 57's fix pass (tests/data/people/fresh57): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in

_BEFORE = "龙舟协会今年的端午巡游定在农历五月初五，全程约六公里，沿途设有三个补给点，欢迎街坊到场打气。"
_AFTER = "协会提醒各位队员提前半小时到码头集合，自备饮用水和防晒用品，雨天改期另行通知，敬请留意协会公告。"


def test_a_column_of_labelled_rows_stays_in_the_body() -> None:
    lines = [
        _BEFORE,
        "一、队员名单如下：",
        "总 指 挥\u3000杜海生",
        "鼓\u3000\u3000手\u3000柯长青\u3000甘文亮",
        "舵\u3000\u3000手\u3000滕伯元",
        "桨 手 组\u3000詹金福\u3000鲁志远\u3000原野",
        _AFTER,
    ]
    kept = kept_set("\n".join(lines))
    assert all(same(line) in kept for line in lines[2:6])


def test_two_rows_of_names_under_a_line_announcing_them_stay() -> None:
    lines = [
        _BEFORE,
        "本届评出十位“最美船工”，名单如下：",
        "\u3000\u3000庞德顺\u3000柯长青\u3000甘文亮\u3000滕伯元\u3000原野",
        "\u3000\u3000杨柳\u3000\u3000詹金福\u3000\u3000鲁志远\u3000周围\u3000覃桂英",
        _AFTER,
    ]
    kept = kept_set("\n".join(lines))
    assert same(lines[2]) in kept and same(lines[3]) in kept


def test_a_typed_table_may_end_at_a_kept_heading_over_prose() -> None:
    gap = "\u3000" * 6
    lines = [
        "本社今年的社员作品展于四月开幕，共展出作品三十六方，风格各异，从汉印到流派印都有，选录如下。",
        f"编号\u3000作者{gap}{gap}印文{gap}材质",
        f"01\u3000\u3000钟离远舟（号石翁）\u3000\u3000听雨{gap}青田石",
        f"02\u3000\u3000梁上燕{gap}{gap}观海{gap}寿山石",
        f"03\u3000\u3000巴特尔{gap}{gap}守拙{gap}昌化鸡血石",
        f"04\u3000\u3000宇文青{gap}{gap}白云深处{gap}巴林石",
        "作品说明",
        "开幕式由副社长主持，书法家和收藏家到场致辞，展览期间每周六下午还有现场示范刻印，欢迎市民前来参观。",
    ]
    assert same(lines[1]) in kept_set("\n".join(lines))


def test_a_column_of_ranked_rows_vouches_for_names_that_are_words() -> None:
    text = (
        "【成人组】\n"
        "第一名\u3000欧阳春华\u3000×\u3000金星\n"
        "第二名\u3000司马青\u3000×\u3000田野\n"
        "佳\u3000作\u3000卫东阳\u3000×\u3000林阿妹\n"
        "颁奖后，大家一起合影留念。"
    )
    assert {"金星", "田野"} <= names_in(text)


def test_a_column_of_role_rows_vouches_when_two_of_its_names_are_known() -> None:
    text = (
        "工作人员名册\n"
        "主任委员\u3000萧振发\n"
        "副 炉 主\u3000潘文雄\u3000叶金枝\n"
        "锣 鼓 阵\u3000龚建宏\u3000江山\n"
        "主任委员萧振发表示，潘文雄负责沿途接待。"
    )
    assert "江山" in names_in(text)


def test_a_typed_table_with_a_heading_is_no_column_of_labelled_rows() -> None:
    # (a guard: its place column stays places, 宁阳 beside the owners)
    text = (
        "决赛结果如下：\n"
        "名次\u3000虫名\u3000\u3000虫主\u3000\u3000产地\n"
        "冠军\u3000赵子龙\u3000\u3000任天翔\u3000\u3000宁阳\n"
        "亚军\u3000黑旋风\u3000\u3000钟离萍\u3000\u3000宁夏\n"
        "季军\u3000关公\u3000\u3000闻一鸣\u3000\u3000天津\n"
        "虫主任天翔说，这条虫是在宁阳的玉米地里逮来的。"
    )
    assert not {"宁阳", "宁夏"} & names_in(text)


def test_a_ranked_cells_given_name_may_end_in_a_particle() -> None:
    text = (
        "【老山歌组】\n"
        "第一名\u3000古秀妹\u3000×\u3000邱金水\n"
        "第二名\u3000刘阿满\u3000×\u3000谢平和\n"
        "第三名\u3000傅春娇\u3000×\u3000罗宇恩\n"
        "古秀妹赛后说，明年还要再来。"
    )
    assert "谢平和" in names_in(text)


def test_an_agents_column_typed_in_columns_holds_an_unsurnamed_name() -> None:
    text = (
        "本届展出作品如下。\n"
        "编号\u3000作者\u3000\u3000\u3000\u3000印文\u3000\u3000\u3000\u3000材质\n"
        "01\u3000\u3000端木青\u3000\u3000\u3000\u3000上善若水\u3000\u3000寿山石\n"
        "02\u3000\u3000乌云其其格\u3000\u3000草原之子\u3000\u3000牛骨\n"
        "03\u3000\u3000宇文静\u3000\u3000\u3000\u3000白云深处\u3000\u3000巴林石\n"
        "开幕式由副社长端木青主持。"
    )
    assert "乌云其其格" in names_in(text)


def test_a_japanese_name_ending_in_a_particle_is_whole_where_it_ends_clear_elsewhere() -> None:
    text = "05号作者松本和也在杭州留学，他说自己最早在东京读到印谱。\n展品：05　松本和也（日本）　听涛　青田石"
    names = names_in(text)
    assert "松本和也" in names and "松本和" not in names


def test_yu_after_a_clock_time_is_the_preposition() -> None:
    assert not names_in("第一天清晨五點於廟埕起駕，中午於新港奉天宮前休息。")
    # (a guard: a name after the time, met again alone, is still one)
    assert "于洋" in names_in("下午三点于洋来到现场。于洋说，今年的人比去年多。")
