"""The twenty-ninth people fix pass (tests/data/people/fresh29): a row gone as
a menu between two sibling heads (大二班（…） … 大三班（…）) stays when the
rows under the other siblings stayed; four characters whose first is a surname
only by chance are a name after a role (班主任：巴桑卓嘎); the one who plays a
role is no role (孙悟同学饰演孙悟空), the part a casting call names is
(老杜瓦爾一角); a modifier with 的 opens no dotted name in a list's item
(阿美族的馬耀·谷木); a married form glossed with the husband's surname and 太
(李黃秀枝（李太）) is read whole, as is one the tagger read as the husband's
surname and the rest (曾|羅淑儀); a person's role before quotes makes the
quoted name a person's (居民“司马光明”); a folk troupe's formation (宋江陣)
and a team named after someone (白求恩志愿服务队) are no people; an entry that
opens as the kept entries around it open (區志強（1935–2026）；) stays, and the
years of a life vouch for the name before them; a lone verb the tagger reads
before 、 is the name's last character (館主吳天來、團長何德勝)."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in
from reader.core.cleaning import clean
from reader.core.folding import fold


def test_a_row_between_sibling_heads_stays() -> None:
    text = "\n".join(
        [
            "星星幼儿园 · 园所动态",
            "2026届大班毕业名单",
            "7月2日上午，我园举行毕业典礼，园长为孩子们一一颁发毕业证书，家长们都来到现场。",
            "大一班（班主任：许晓春）",
            "王子豪、李雨萱、张一鸣、刘梓轩",
            "大二班（班主任：欧阳小雪）",
            "杨欢欢 赵思远 周米米 吴天天 钱小北",
            "大三班（班主任：马丽）",
            "郑好好、马小跃、宇文安然",
            "典礼在歌声中结束，孩子们和老师一一拥抱告别。",
        ]
    )
    assert "杨欢欢 赵思远 周米米 吴天天 钱小北" in clean(text).paragraphs


def test_four_characters_after_a_role_are_a_name_without_a_surname() -> None:
    text = "大三班（班主任：巴桑卓嘎）\n郑好好、马小跃、宇文安然\n"
    assert "巴桑卓嘎" in names_in(text)


def test_the_one_who_plays_a_role_is_no_role() -> None:
    text = "毕业典礼节目单\n班级名单：孙悟、李雨萱、张一鸣\n大二班情景剧，孙悟同学饰演孙悟空，获得满堂彩。\n"
    assert "孙悟" in names_in(text)


def test_the_part_a_casting_call_names_is_no_person() -> None:
    text = "複試名單\n老杜瓦爾一角：王大同、游振興\n阿芒一角：張書豪、柯志明\n"
    names = {fold(n) for n in names_in(text)}
    assert fold("杜瓦爾") not in names and fold("王大同") in names


def test_a_modifier_with_de_opens_no_dotted_name() -> None:
    text = "阿芒一角：張書豪、柯志明、阿美族的馬耀·谷木（Mayaw Kumu）\n"
    aliases = folded_aliases_in(text)
    assert fold("馬耀·谷木") in aliases and fold("阿美族的馬耀·谷木") not in aliases


def test_a_married_form_glossed_with_tai_is_whole() -> None:
    text = "副主任委員：歐陽金城、李黃秀枝（李太）\n總幹事：涂文賢\n"
    assert fold("李黃秀枝") in folded_aliases_in(text)


def test_a_married_form_the_tagger_splits_after_the_husbands_surname() -> None:
    text = "前空軍地勤曾羅淑儀（曾太）分享她在啟德機場工作的歲月。\n"
    aliases = folded_aliases_in(text)
    assert fold("曾羅淑儀") in aliases and fold("羅淑儀") not in aliases


def test_a_role_before_quotes_vouches_for_the_quoted_name() -> None:
    text = "六、11月25日A6版一文中，将发言居民“司马光明”误写为“司马光”。\n"
    assert "司马光明" in names_in(text)


def test_a_troupes_formation_is_no_person() -> None:
    text = "陣頭組：組長 蔡宗翰\n宋江陣：由安瀾國小師生演出，指導老師邱秀蓮\n"
    assert fold("宋江陣") not in {fold(n) for n in names_in(text)}


def test_a_team_named_after_someone_is_no_person() -> None:
    text = "五、工作人员\n发令员：诸葛文 医疗：白求恩志愿服务队（领队 胡丽 医生）\n"
    assert "白求恩" not in names_in(text)


def test_a_short_entry_like_the_entries_around_it_stays() -> None:
    text = "\n".join(
        [
            "本會沉痛宣布以下會友辭世，追思會將於下月在會所舉行，歡迎會友出席。",
            "本會沉痛宣布以下會友辭世：",
            "黎德明（1930–2026），前香港義勇軍成員；",
            "甘志勇（1936–2026）；",
            "石井正夫（1932–2026），戰後留港的日籍翻譯員，晚年加入本會。",
            "追思會於十月五日舉行，由會長主持，會友們一同緬懷老戰友。",
        ]
    )
    assert "甘志勇（1936–2026）；" in clean(text).paragraphs


def test_the_years_of_a_life_vouch_for_the_name_before_them() -> None:
    text = "本會沉痛宣布以下會友辭世：\n黎德明（1930–2026），前香港義勇軍成員；\n區志強（1935–2026）；\n"
    assert fold("區志強") in {fold(n) for n in names_in(text)}


def test_a_lone_verb_before_an_enumeration_comma_ends_the_name() -> None:
    text = "陣頭組：組長 蔡宗翰；協調：八家將「振興堂」館主吳天來、官將首「金龍團」團長何德勝\n"
    assert fold("吳天來") in {fold(n) for n in names_in(text)}
