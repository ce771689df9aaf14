"""People set 56's fix pass (tests/data/people/fresh56): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.people.credits import credited_names


def test_a_roll_of_who_stands_where_in_a_photo_is_the_texts() -> None:
    lines = [
        "这张合影摄于1976年秋收之后，一直挂在老队部的墙上，去年翻修时才被取下来，交给了村里的档案室保存。",
        "前排（左起）：孔繁荣\u3000邓桂香\u3000欧阳满囤\u3000雷小燕",
        "后排（左起）：石磨盘\u3000上官铁生\u3000（待确认）\u3000郝秋菊",
        "照片中的人大多已经离开村子，档案室希望知情的乡亲能帮忙确认剩下那一位的身份，并补充他们的故事。",
    ]
    kept = kept_set("\n".join(lines))
    assert same(lines[1]) in kept and same(lines[2]) in kept


def test_a_caption_saying_where_one_stands_still_goes() -> None:
    # (a guard: the caption rule holds for a picture's caption with a verb)
    lines = [
        "社区长者中心本周举办了重阳敬老活动，志愿者为一百多位长者准备了茶点和节目，现场气氛十分热烈。",
        "何国平（右二）带着合唱队员排练《歌唱祖国》。",
        "活动最后，中心负责人感谢各位志愿者的付出，并表示明年还会继续举办类似的活动，欢迎更多街坊参加。",
    ]
    assert same(lines[1]) not in kept_set("\n".join(lines))


def test_a_typed_results_table_goes_on_under_each_groups_head() -> None:
    lines = [
        "本次钓鱼比赛共有六十名钓友参加，比赛分为两个组别进行，各组前三名的成绩公布如下，供大家参考。",
        "【男子组】",
        "名次\u3000姓名\u3000单位\u3000尾数",
        "1\u3000司马长林\u3000东湖钓协\u300037",
        "2\u3000贺铁军\u3000个人报名\u300031",
        "3\u3000廖青山\u3000南岸钓友会\u300029",
        "【女子组】",
        "名次\u3000姓名\u3000单位\u3000尾数",
        "1\u3000诸葛春燕\u3000东湖钓协\u300033",
        "2\u3000安娜·彼得森（Anna Petersen）\u3000留学生钓鱼社\u300028",
        "3\u3000蓝天\u3000个人报名\u300022",
        "【少儿组】",
        "1\u3000毛小豆\u30002\u3000乌力吉\u30003\u3000汤圆圆",
        "颁奖仪式上，钓协会长为获奖钓友颁发了奖杯和证书，并宣布明年的比赛将移到西湖举办，欢迎大家继续参加。",
    ]
    kept = kept_set("\n".join(lines))
    assert all(same(line) in kept for line in lines[6:13])


def test_a_rank_before_each_name_breaks_no_roll() -> None:
    text = "少儿组前三名如下。\n1\u3000毛小豆\u30002\u3000乌力吉\u30003\u3000汤圆圆\n毛小豆今年只有九岁，是第一次参赛。"
    assert {"乌力吉", "汤圆圆"} <= names_in(text)


def test_now_after_a_name_is_no_part_of_it() -> None:
    names = names_in("老队长的女儿孔丽现为镇卫生院护士，她认出了照片上的父亲。")
    assert "孔丽" in names and "孔丽现" not in names


def test_a_label_in_a_winners_place_is_no_person() -> None:
    names = names_in("青年组：冠军 周海燕\u3000亚军 江小河\u3000季军 宋一凡\n周海燕赛后说，明年还要再来。")
    assert "季军" not in names and {"周海燕", "江小河", "宋一凡"} <= names


def test_one_who_does_it_before_a_colon_labels_a_credit_field() -> None:
    line = "張貼者：總務組\u3000｜\u30002026-05-02\u3000｜\u3000分類：最新消息"
    assert [line[s:e] for s, e in credited_names(line)] == []
    line = "編輯者：陳美玲"
    assert [line[s:e] for s, e in credited_names(line)] == ["陳美玲"]
