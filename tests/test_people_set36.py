"""The thirty-sixth people set's fixes (tests/data/people/fresh36), each a
general rule: a table's row whose bracketed gloss holds a space, a pet's
name after its kind, a Japanese name the tagger cuts a character short, a
dotted name's long first part in a spaced list, the rarer compound
surnames, and a 、 list counted in persons."""

from __future__ import annotations

from people_support import names_in


def test_spaced_table_row_keeps_a_gloss_with_spaces_as_one_cell() -> None:
    # (a tab-separated table reads with single spaces once loaded; the English
    # name's space in brackets is no new cell, so the rows stay even)
    table = (
        "摊位 承租人 备注\n"
        "C01 黄国伟 新租户\n"
        "C02 穆斯塔法·汗（Mustafa Khan） 续租\n"
        "C03 区志坚 续租\n"
        "C04 麦少华 新租户\n"
        "C05 叶成 续租\n"
    )
    assert {"区志坚", "麦少华", "叶成"} <= names_in(table)


def test_a_pet_named_like_a_person_is_no_person() -> None:
    found = names_in("橘猫杜甫爱晒太阳。三花猫「武则天」的新主人是交换生王明。杜甫每天都要喝水。")
    assert "杜甫" not in found and "武则天" not in found
    assert "王明" in found
    # a pet shop named after a cartoon dog
    assert "史迪奇" not in names_in("中正路上的史迪奇寵物美容免費為待認養犬貓洗澡。")
    # a person who also has a cat: a title by a mention says so
    assert "李明" in names_in("作家李明说，他的猫叫小白。邻居的狗李明也见过。")


def test_japanese_name_the_tagger_cuts_runs_to_its_word() -> None:
    assert "松本彩花" in names_in("由兽医王大明医师负责。另有日籍兽医松本彩花每周二协助绝育手术。")


def test_dotted_name_with_a_long_first_part_in_a_spaced_list() -> None:
    # (the Uyghur first part 阿不都热依木 is six characters; the last item's gloss
    # in brackets closes its cell, the line's end after it)
    line = "二等奖\n司马文青（城东区）　刘建平（苏州）　阿不都热依木·艾力（新疆喀什）\n"
    assert {"阿不都热依木·艾力", "刘建平", "司马文青"} <= names_in(line)


def test_rarer_compound_surname() -> None:
    assert "巫马立新" in names_in("组长巫马立新说，投票结束了。")


def test_list_counted_in_persons_vouches_for_its_items() -> None:
    assert {"江河", "李文博"} <= names_in("检票工作由江河、李文博两位同学负责。")
    # (名 counts prizes too: no person)
    assert "银奖" not in names_in("最终评出金奖一名、银奖两名、铜奖一名。")
