"""People pass people63 on set 47 (tests/data/people/fresh47): things named after people."""

from __future__ import annotations

from people_support import names_in


def test_a_pond_named_after_someone_is_no_person() -> None:
    text = "今年鱼塘重新发包。杨公塘原承包人陈建华因病住院，由其妻代为竞标。看塘的老狗照旧留在杨公塘。"
    names = names_in(text)
    assert "杨公塘" not in names and "陈建华" in names


def test_a_shop_named_after_its_owner_is_no_person() -> None:
    text = "街坊都去黄润记排队买腊肠。店主刘志明说生意一年不如一年。"
    names = names_in(text)
    assert "黄润记" not in names and "刘志明" in names


def test_a_dish_named_after_someone_is_no_person() -> None:
    text = "酒楼的招牌菜有白切鸡同曾国藩杂碎，经理张伟强话最后一日照样出菜。"
    names = names_in(text)
    assert "曾国藩" not in names and "张伟强" in names


def test_a_name_with_a_title_after_it_stays_a_person() -> None:
    text = "黄润记说，店铺下个月关门。记者问黄润记以后有什么打算。"
    assert "黄润记" in names_in(text)


def test_a_name_with_no_surname_in_a_list_full_of_people_is_one() -> None:
    text = "三楼宿舍分配如下。\nA301：王晓红、达娃、金敏智（김민지）、李春梅\n请同学们周五前入住。\n"
    assert "达娃" in names_in(text)
