"""People set 40's fix pass (tests/data/people/fresh40): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_character_named_inside_a_work_is_no_person() -> None:
    # 里面 (and Cantonese 入面), "inside", as 里的 says it.
    text = "他的射门像《足球小将》里面林学文的射法。队长黄文伟说明年再战。"
    names = names_in(text)
    assert "黄文伟" in names and "林学文" not in names


def test_a_settlement_before_a_name_makes_it_a_place() -> None:
    text = "【公告】馬立雲部落 年祭分工\n馬立雲部落的年祭由頭目林正雄主持，部落族人都說林正雄辦事很細心。"
    names = names_in(text)
    assert "林正雄" in names and "馬立雲" not in names


def test_a_family_name_and_the_land_it_sits_on_is_a_village() -> None:
    text = "那年冬天，我去给李家沟的赵大娘看病，赵大娘的儿子张守田一路送我回到卫生站。张守田后来当了村医。"
    names = names_in(text)
    assert "张守田" in names and "李家沟" not in names


def test_herbs_listed_with_medicines_are_no_people() -> None:
    text = (
        "卫生站的柜子里有藿香正气散、牛黄解毒片，还有王大夫带我们上山采的白头翁、徐长卿。"
        "王大夫名叫王立仁，是县医院派来的。"
    )
    names = names_in(text)
    assert "王立仁" in names and not names & {"白头翁", "徐长卿"}


def test_an_herb_weighed_out_in_a_prescription_is_no_person() -> None:
    text = "老中医陈守礼开的方子是：黄芪30克、当归10克、何首乌15克、甘草6克。陈守礼说要连服七天。"
    names = names_in(text)
    assert "陈守礼" in names and "何首乌" not in names


def test_a_film_credit_after_a_name_cues_it() -> None:
    text = "影展特别放映了谢晋导演的《牧马人》，以纪念这位前辈。"
    assert "谢晋" in names_in(text)


def test_a_word_listed_beside_a_person_and_given_an_age_is_a_name() -> None:
    text = "元老雙人艇：江海、司徒美華\n江海今年六十二歲，仍然每星期落水練習，他說划艇講究心境。"
    assert "江海" in names_in(text)  # (a place word, 江海: the tagger reads it a person here)


def test_one_of_a_people_before_a_name_cues_it() -> None:
    # (哈斯巴根: the tagger reads few Mongolian names as people at all)
    text = "这次来参加那达慕的有王建华、刘春梅和蒙古族的哈斯巴根，一共三个人。"
    assert "哈斯巴根" in names_in(text)


def test_a_dotted_name_ending_a_bar_tables_row_is_whole() -> None:
    text = "奖项 | 影片 | 获奖者\n最佳剪辑 | 《天山以南》 | 买买提明·艾则孜\n最佳影片 | 《秋雨》 | 导演：林海峰\n"
    names = names_in(text)
    assert "买买提明·艾则孜" in names and "买买提明·艾" not in names
