"""People set 64's fix pass (tests/data/people/fresh64): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.folding import fold
from reader.core.people import find_people

_COMMITTEE = (
    "王建国同志因病医治无效，于2026年3月2日在杭州逝世，享年八十八岁。遗体告别仪式定于3月6日上午举行。\n"
    "王建国同志治丧委员会\n"
    "治丧委员会名单\n"
    "主\u3000任：丁伟\n"
    "副主任：欧阳中华\n"
    "委\u3000员：江河\u3000林海\u3000方圆\u3000艾尔肯·吐尔逊\u3000白玛多吉\u3000高原\n"
    "亲属名单\n"
    "子\u3000王海波\u3000\u3000媳\u3000山田惠子\n"
    "女\u3000王小荷\u3000婿\u3000周明\n"
    "外孙\u3000周一鸣（Ethan Zhou）\n"
    "治丧委员会办公室联系人：高峰，电话0571-8xxxxxxx。\n"
)


def test_a_committees_labelled_roll_beside_one_kept_line_stays() -> None:
    kept = kept_set(_COMMITTEE)
    assert same("委\u3000员：江河\u3000林海\u3000方圆\u3000艾尔肯·吐尔逊\u3000白玛多吉\u3000高原") in kept


def test_a_familys_rows_of_kin_and_name_pairs_over_a_kept_row_stay() -> None:
    kept = kept_set(_COMMITTEE)
    assert same("子\u3000王海波\u3000\u3000媳\u3000山田惠子") in kept
    assert same("女\u3000王小荷\u3000婿\u3000周明") in kept


def test_a_menu_of_short_pairs_beside_the_body_still_goes() -> None:
    text = (
        "王建国同志因病医治无效，于2026年3月2日在杭州逝世，享年八十八岁。遗体告别仪式定于3月6日上午举行。\n"
        "首\u3000页\u3000新\u3000闻中心\u3000体\u3000育频道\n"
        "栏目：新闻\u3000体育\u3000财经\u3000娱乐\u3000科技\n"
    )
    kept = kept_set(text)
    assert same("首\u3000页\u3000新\u3000闻中心\u3000体\u3000育频道") not in kept
    assert same("栏目：新闻\u3000体育\u3000财经\u3000娱乐\u3000科技") not in kept


def test_a_committees_roll_names_words_and_dotted_names() -> None:
    names = names_in(_COMMITTEE)
    assert {"丁伟", "江河", "林海", "方圆", "艾尔肯·吐尔逊", "白玛多吉", "高原"} <= names


def test_a_label_spaced_out_to_align_a_column_is_the_role() -> None:
    assert "雷霆" in names_in("主\u3000任：雷霆\n")
    assert "乔松" in names_in("联\u3000系\u3000人：乔松\n")


def test_a_contact_persons_name_that_is_a_word_is_a_name() -> None:
    assert "乔木" in names_in("报名处联系人：乔木，电话0731-8xxxxxxx。\n")


def test_rows_of_kin_and_name_pairs_vouch_for_their_names() -> None:
    names = names_in(_COMMITTEE)
    assert {"王海波", "山田惠子", "王小荷", "周明", "周一鸣"} <= names


def test_a_roll_under_a_head_ending_in_a_colon_stays_when_its_names_are_surname_led() -> None:
    text = (
        "本屆村民代表應選五名，開票到深夜才結束，投票率比上屆還高。\n"
        "村民代表當選名單（依得票數排列）：\n"
        "阮氏蘭\u3000黃金\u3000蔡許秀英\u3000丁來福\u3000王國\n"
        "當選人中，黃金、王國都是第一次參選，丁來福則已連任三屆。\n"
    )
    assert same("阮氏蘭\u3000黃金\u3000蔡許秀英\u3000丁來福\u3000王國") in kept_set(text)
    assert {"黃金", "王國"} <= names_in(text)


def test_a_share_bar_under_a_colon_still_goes() -> None:
    text = (
        "本屆村民代表應選五名，開票到深夜才結束，投票率比上屆還高。\n"
        "分享到：\n"
        "微信\u3000微博\u3000豆瓣\u3000臉書\u3000推特\n"
        "當選人中，黃金、王國都是第一次參選，丁來福則已連任三屆。\n"
    )
    assert same("微信\u3000微博\u3000豆瓣\u3000臉書\u3000推特") not in kept_set(text)


def test_a_bylines_field_after_a_persons_role_is_a_name_whatever_word_it_makes() -> None:
    byline = "2026/11/29 00:41\u3000地方新聞\u3000記者林正／雲林報導\u3000攝影：何必"
    people = find_people("今天天氣很好，大家都去公園散步。\n", credits=[("bylines[0]", byline)])
    assert {"林正", "何必"} <= {p.person.name for p in people}


def test_an_author_field_that_is_a_bare_name_is_a_person() -> None:
    people = find_people("今天天氣很好，大家都去公園散步。\n", credits=[("author", "施正")])
    assert "施正" in {p.person.name for p in people}


def test_a_name_the_dictionary_runs_into_a_verb_before_a_word_ends_before_the_verb() -> None:
    names = names_in("治水的前人里，李冰修都江堰靠的是测量。\n")
    assert "李冰" in names and "李冰修" not in names


def test_a_department_the_dictionary_tags_as_a_name_is_not_cut_to_one() -> None:
    assert "麻醉" not in names_in("队员高原是麻醉科医生，第一个出现高原反应。\n")


def test_a_married_name_with_a_rarer_own_surname_framed_by_a_title_and_a_womans_address_is_whole() -> None:
    names = names_in("校長何麥秀貞女士感謝各位同學和老師付出。\n")
    assert "何麥秀貞" in names and "麥秀貞" not in names


def test_a_dotted_name_a_gloss_spells_part_by_part_is_whole_after_a_modifier() -> None:
    names = names_in("另一個學徒是阿美族的拉娃·谷木（Lawa Kumud），他說部落的木雕跟彩繪相通。\n")
    assert "拉娃·谷木" in names and "拉娃" not in names


def test_a_time_word_right_after_a_persons_role_is_a_name() -> None:
    assert "夏至" in names_in("本案由审判员周正主审，书记员夏至参与庭审记录。\n")


def test_a_things_word_after_a_role_is_still_no_name() -> None:
    assert "钱包" not in names_in("司机钱包被偷了，只好报警。\n")


def test_a_latin_title_in_a_tables_column_of_works_is_no_person() -> None:
    text = (
        "本校同學在朗誦節表現出色，以下為得獎名單。\n"
        "項目｜篇目｜作者｜同學｜名次\n"
        "英詩獨誦｜The Lake Isle｜William Yeats｜金敏兒｜亞軍\n"
        "英詩獨誦｜Night Song｜Robert Frost｜李小文｜冠軍\n"
        "粵語詩詞獨誦｜靜夜思｜李白｜伍詠詩｜冠軍\n"
        "同學們在禮堂練習了三個月。\n"
    )
    names = {fold(n) for n in names_in(text)}
    assert "night song" not in names and "robert frost" in names
