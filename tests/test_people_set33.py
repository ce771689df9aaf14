"""The thirty-third people fix pass (tests/data/people/fresh33): reader mode
keeps a roll of names apart by spaces between kept lines of the body (its
words mostly three characters, a full name's length); a compound surname
before a ranked title (范姜副會長) gives no name with the rank as its given
name; a form that runs on past a dotted name's first part (若泽笑 of 若泽·施利华)
is that part; a whole cell of a table's column not headed for people, in a
table with a column headed for people, is a thing (a stall named after
someone); an everyday common noun in a list (全体) is no name; 司空, 闾丘
and 鲜于 are compound surnames; a compound surname's name with one given
character before a title (南宫雪馆长) is a person where the surname stands
as an address elsewhere; a head chef (总厨, 主厨) and a blogger (博主,
部落客) are jobs before a name."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean


def test_a_spaced_roll_of_names_inside_the_body_stays() -> None:
    text = "\n".join(
        [
            "本屆木工學徒培訓計劃昨日舉行結業禮，導師與學員一同慶祝，場面溫馨熱鬧，家長亦有到場支持。",
            "結業學員",
            "何志強 梁嘉欣 鄧永康 蔡雅琳 馮俊宏",
            "主辦機構感謝各界支持，並宣佈下一屆課程將於明年三月開班，歡迎有興趣人士報名參加。",
        ]
    )
    assert "何志強 梁嘉欣 鄧永康 蔡雅琳 馮俊宏" in clean(text).paragraphs


def test_a_menu_of_two_character_words_still_goes() -> None:
    text = "\n".join(
        [
            "本屆木工學徒培訓計劃昨日舉行結業禮，導師與學員一同慶祝，場面溫馨熱鬧，家長亦有到場支持。",
            "首頁 新聞 體育 財經 娛樂",
            "主辦機構感謝各界支持，並宣佈下一屆課程將於明年三月開班，歡迎有興趣人士報名參加。",
        ]
    )
    assert "首頁 新聞 體育 財經 娛樂" not in clean(text).paragraphs


def test_a_rank_before_a_title_is_no_given_name() -> None:
    text = "本會理事會昨日開會。\n端木副會長建議增設長者座位，獲得通過。"
    names = names_in(text)
    assert "端木副" not in names


def test_a_dotted_names_first_part_before_a_verb() -> None:
    text = "\n".join(
        [
            "名次 | 姓名 | 備註",
            "冠軍 | 保罗·施利华 | 土生葡人",
            "亞軍 | 梁淑儀 | 本地",
            "季軍 | 何家明 | 本地",
            "賽後花絮",
            "冠軍保罗笑說：「我只係鍾意同朋友耍下。」",
        ]
    )
    names = names_in(text)
    assert "保罗笑" not in names
    assert {"保罗·施利华", "梁淑儀"} <= names


def test_a_stall_named_after_someone_in_a_register() -> None:
    text = "\n".join(
        [
            "本会更新摊位名册如下。",
            "摊号 | 摊名 | 负责人 | 备注",
            "A01 | 张三丰豆花 | 刘美华 | 新进",
            "A02 | 阿婆鱼丸 | 黄志成 | 老摊位",
            "A03 | 王董奶茶 | 王俊杰 | 异动",
        ]
    )
    names = names_in(text)
    assert not {"王董奶茶", "张三丰豆花", "张三丰"} & names
    assert {"刘美华", "黄志成", "王俊杰"} <= names


def test_an_everyday_noun_in_a_rota_is_no_name() -> None:
    text = "\n".join(
        [
            "下月值班安排如下。",
            "日期 | 岗位 | 值班员",
            "周一 | 前台 | 张海燕、李建华",
            "周二 | 后台 | 王丽娟、赵明远",
            "周日 | 机动 | 全体",
        ]
    )
    names = names_in(text)
    assert "全体" not in names
    assert {"张海燕", "赵明远"} <= names


def test_sikong_is_a_compound_surname() -> None:
    text = "\n".join(
        [
            "本周讲座安排如下。",
            "日期 | 地点 | 讲解员",
            "周一 | 一号厅 | 司空明辉 黄晓东",
            "周二 | 二号厅 | 刘志伟 陈静怡",
        ]
    )
    assert "司空明辉" in names_in(text)


def test_a_compound_surname_with_one_given_character_before_a_title() -> None:
    text = "本月新馆开放。西门岚馆长将于周六为志愿者颁发证书，届时西门馆长还将作专题讲座。"
    assert "西门岚" in names_in(text)


def test_a_name_after_a_chefs_title() -> None:
    text = "酒樓昨日舉行開業禮。行政總廚上官志遠（遠哥）與一眾徒弟一同剪綵，場面熱鬧。"
    assert "上官志遠" in names_in(text)


def test_a_japanese_name_after_a_bloggers_title() -> None:
    text = "有攤商建議辦美食節。日本部落客 松本春香 願意協助宣傳，會員一致贊成。"
    assert "松本春香" in names_in(text)
