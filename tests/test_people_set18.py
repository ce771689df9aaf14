"""The eighteenth fix pass's rules (held-out people set 18: a crew list, a
pageant's finalists, honours citations), each on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean


def test_a_table_copied_with_bars_but_no_rule_row_stays() -> None:
    ranks = "大副 二副 三副 轮机长 大管轮 二管轮 电机员 水手长 水手 厨师 实习生".split()
    names = "韩立言 包文博 夏侯山 贝一帆 龙安 甘子健 涂明 符家栋 蓝天佑 莫少华 滕远".split()
    rows = [f"{r} | {n} | 中国 |" for r, n in zip(ranks, names, strict=True)]
    rows.insert(0, "船长 | 司空北 | 中国 | 船龄二十五年，公司最资深的船长")
    text = (
        "远航海运有限公司\n首页 | 公司概况 | 船队 | 航线 | 新闻中心\n新闻中心 > 船队动态\n"
        "“远航号”散货船第12航次船员名单公示\n"
        "“远航号”为公司旗下八万吨级散货船，本航次于十一月二十日自港口起航，沿江而下出海。\n船员名单\n"
        "职务 | 姓名 | 国籍 | 备注\n" + "\n".join(rows) + "\n岸基联系人\n"
        "起航前，全体船员在驾驶台前合影，公司领导为船员送行并祝大家平安归来。\n"
    )
    kept = clean(text).paragraphs
    assert "职务 | 姓名 | 国籍 | 备注" in kept and all(row in kept for row in rows)
    assert "首页 | 公司概况 | 船队 | 航线 | 新闻中心" not in kept


def test_one_menu_line_still_goes() -> None:
    text = "首页 | 公司概况 | 船队 | 航线\n本公司旗下散货船本航次于十一月二十日起航，全体船员在驾驶台前合影留念。\n"
    assert "首页 | 公司概况 | 船队 | 航线" not in clean(text).paragraphs


def test_numbered_entries_over_their_descriptions_stay() -> None:
    text = (
        "決賽佳麗名單如下，各位佳麗將於下月在演藝廳競逐今屆冠軍寶座。\n"
        "1號 鍾慧敏 Mina Chung\n22歲，香港大學法律系畢業生，喜歡閱讀。\n"
        "2號 符曉彤 Tina Fu\n24歲，註冊護士，閒時做義工。\n"
        "3號 羅穎詩 Vivian Law\n21歲，舞蹈員，曾參與多個大型演出。\n"
        "評判團將於決賽當晚選出冠軍、亞軍及季軍。\n"
    )
    kept = clean(text).paragraphs
    assert "2號 符曉彤 Tina Fu" in kept and "3號 羅穎詩 Vivian Law" in kept


def test_a_hometown_after_come_from_is_a_place() -> None:
    assert "何文田" not in names_in("22歲，來自何文田，香港大學法律系畢業生。她最欣賞的偶像是柯德莉·夏萍。")


def test_a_name_never_starts_inside_a_transliteration() -> None:
    names = names_in("鄺美兒 — 註冊護士，曾獲南丁格爾獎章。她自小以南丁格爾為榜樣，疫情期間三度請纓到前線。")
    assert "丁格爾" not in names and "鄺美兒" in names


def test_a_line_head_before_a_dash_is_an_entry_name() -> None:
    text = "第五明遠 — 江州大學前校長。第五明遠是首位帶領本地大學躋身全球百強的校長，亦是本年度第五位獲頒此勳章的人士。"
    assert "第五明遠" in names_in(text)


def test_a_bar_tables_column_of_people_vouches_for_its_other_cells() -> None:
    text = (
        "船员名单\n职务 | 姓名 | 国籍 | 备注\n船长 | 司马德 | 中国 | 船龄二十年\n大副 | 韩立言 | 中国 |\n"
        "二副 | 包文博 | 中国 |\n轮机长 | 太史昌 | 中国 |\n水手长 | 石长河 | 中国 |\n岸基联系人\n"
    )
    names = names_in(text)
    assert {"包文博", "太史昌", "石长河"} <= names and not names & {"中国", "大副", "轮机长"}


def test_a_japanese_name_ending_in_a_function_word_before_a_clear_end() -> None:
    assert "木村和也" in names_in("木村和也 — 日本籍教練，協助球隊體能訓練。")
    assert "中村和也" not in names_in("中村和也是好朋友，兩人經常一起踢球。")
