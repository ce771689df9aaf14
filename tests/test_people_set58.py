"""People set 58's fix pass (tests/data/people/fresh58): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import folded_aliases_in, names_in
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line


def test_a_markdown_tables_column_of_animals_names_holds_no_people() -> None:
    text = (
        "丹寨县今年的赛马节于周六落幕，三十六匹马参赛，前四名如下：\n"
        "| 名次 | 马名 | 马主 | 村寨 |\n"
        "|---|---|---|---|\n"
        "| 冠军 | 关云长 | 韦德明 | 排调镇 |\n"
        "| 亚军 | 黄汉升 | 杨桂芬 | 雅灰乡 |\n"
        "| 季军 | 马孟起 | 潘金旺 | 兴仁镇 |\n"
        "马主韦德明说，他的“关云长”已经连续两年夺冠，明年还要再来。"
    )
    names = names_in(text)
    assert {"韦德明", "杨桂芬", "潘金旺"} <= names
    assert not names & {"关云长", "黄汉升", "马孟起", "马名"}


def test_a_role_column_holds_roles_and_a_little_one_dressed_as_one_is_no_person() -> None:
    text = (
        "周末的古装巡游吸引了不少市民，部分参加者如下：\n"
        "序号｜姓名｜服装｜扮演角色\n"
        "1｜上官晴｜明制袄裙｜杜十娘\n"
        "2｜欧阳宁｜宋制褙子｜——\n"
        "3｜诸葛岚｜唐制襦裙｜薛宝钗\n"
        "4｜郑小满｜儿童襦裙｜——\n"
        "五岁的郑小满扮成小薛宝钗，跟着妈妈走完全程，引来不少人拍照。"
    )
    names = names_in(text)
    assert {"上官晴", "欧阳宁", "诸葛岚"} <= names
    assert not names & {"杜十娘", "薛宝钗", "小薛宝钗"}


def test_a_parrot_named_after_a_singer_after_a_pause_is_no_person() -> None:
    text = "退休教师孙德明家里养了一只鹦鹉，名叫“刘德华”，每天早上都会学主人说早安。孙德明笑着说，它比孙子还黏人。"
    names = names_in(text)
    assert "孙德明" in names and "刘德华" not in names


def test_a_roll_of_couples_typed_in_columns_vouches_for_a_name_that_is_a_word() -> None:
    text = (
        "本届金婚纪念活动共有八对夫妇参加，名单如下：\n"
        "\u3000司马建业\u3000王桂香\n"
        "\u3000赵长顺\u3000\u3000孙秀兰\n"
        "\u3000许国庆\u3000\u3000林玉梅\n"
        "\u3000黄金\u3000\u3000\u3000何翠华\n"
        "\u3000钱志刚\u3000\u3000冯淑珍\n"
        "\u3000朱德胜\u3000\u3000郑桂芝\n"
        "活动最后，老人们一起切开了纪念蛋糕。"
    )
    assert {"黄金", "何翠华", "赵长顺", "郑桂芝"} <= names_in(text)


def test_a_row_of_dotted_names_between_rows_of_glossed_names_stays() -> None:
    lines = [
        "重阳节前夕，社区为结婚满五十年的老人举办集体庆典，十对老夫妻重新穿上礼服，在亲友的掌声中走上红毯。",
        "金婚夫妇名单：",
        "\u3000周建华\u3000\u3000李秀英",
        "\u3000吐尔逊·买买提\u3000阿依古丽·吾守尔",
        "\u3000朴成浩（박성호）\u3000金英淑（김영숙）",
        "\u3000刘国强\u3000\u3000陈淑华",
        "庆典最后，社区合唱团为老人们演唱了多首老歌，不少老人跟着轻轻哼唱，现场气氛温馨热烈，掌声不断。",
    ]
    assert same(lines[3]) in kept_set("\n".join(lines))


def test_a_credit_row_led_by_the_unit_that_supplied_it_names_its_people() -> None:
    line = "供稿：阳光社区居委会\u3000摄影：陈家明\u3000编辑：罗晓燕"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and ("摄影", "陈家明") in meta.credits and ("编辑", "罗晓燕") in meta.credits


def test_a_quoted_role_after_the_verb_of_playing_it_is_no_person() -> None:
    text = "飄色巡遊上，今年七歲的何樂瑤扮演「林黛玉」企喺半空，她的爸爸何志明話女兒好勇敢。"
    aliases = folded_aliases_in(text)
    assert fold("何樂瑤") in aliases and fold("林黛玉") not in aliases


def test_a_bakery_named_after_its_founder_is_no_person() -> None:
    text = "遊客搭船入島，黃志榮餅家門外排起長龍，店主何國強話今年平安包比舊年賣得更快。"
    aliases = folded_aliases_in(text)
    assert fold("何國強") in aliases and fold("黃志榮") not in aliases
