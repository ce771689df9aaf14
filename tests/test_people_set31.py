"""The thirty-first people fix pass (tests/data/people/fresh31): reader mode
keeps a two-column table copied with its bars (年级 | 代表 over its rows)
when it sits inside the body, so the people in its cells are found; a list
joined by 、 runs on through a dotted name (…马强、努尔买买提·吐尔逊、顾念…),
so the everyday words after it are the list's names too; a line opening with
a full name, a colon and a quotation names its speaker (南宫秀兰：“…”), whatever
the tagger reads; a grammar word after 本名 (本名如此) says how, not who; a
Malay honorific (拿督, 拿汀 Datin) is no part of the name after it, a dotted one
or a married woman's (拿汀陳黃秀蓮), and clears that name's start; a word
counted with 位 (三位孫兒) is no name; reader mode keeps a split table's last row
when most of its rows are kept on their own (a menu's never are)."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in
from reader.core.cleaning import clean


def test_a_two_column_table_inside_the_body_stays() -> None:
    # (each row alone is a menu's shape: 三年级 | 林立、陆地、阿依古丽·买买提)
    rows = [
        "年级 | 代表",
        "一年级 | 张明远 李晓燕 方圆",
        "二年级 | 田野、程光",
        "三年级 | 林立、陆地、阿依古丽·买买提",
        "四年级 | 马骏、石磊",
        "五年级 | 高飞",
        "六年级 | 丁香",
    ]
    text = "\n".join(
        [
            "经各班推选，本学年的班级图书管理员名单如下，请各位同学相互监督，共同爱护图书角的每一本书。",
            *rows,
            "以上同学任期一年，期间如有调整，将由班主任另行通知，并在公告栏张贴新的名单。",
        ]
    )
    assert set(rows) <= set(clean(text).paragraphs)


def test_a_short_stacked_menu_still_goes() -> None:
    text = "\n".join(
        [
            "首页 | 新闻",
            "关于 | 联系",
            "本周六上午九点，社区将在中心广场举办旧物交换活动，欢迎居民带上闲置物品参加。",
        ]
    )
    assert "关于 | 联系" not in "\n".join(clean(text).paragraphs)


def test_a_list_joined_by_commas_runs_on_through_a_dotted_name() -> None:
    text = "二、金奖\n王建国、李春燕、赵铁柱、马强、阿卜杜热合曼·艾山、顾盼、石坚、向前\n三、银奖"
    assert {"顾盼", "石坚", "向前"} <= names_in(text)


def test_a_line_opening_with_a_name_before_quoted_words_names_a_speaker() -> None:
    # (the tagger reads 南宫 as a town; the line's shape says a person)
    text = "六、受助者的话\n南宫桂兰：“那次手术，是素不相识的人的血救了我。”\n活动由市红十字会主办。"
    assert "南宫桂兰" in names_in(text)


def test_a_grammar_word_after_real_name_is_no_name() -> None:
    text = "钟馗为南江三中体育教师，本名如此，并非戏曲人物。"
    assert "如此" not in names_in(text)


def test_a_malay_title_is_no_part_of_a_dotted_name() -> None:
    names = folded_aliases_in("副主席：拿督哈山·阿里（Hassan Ali）、維傑·南達（Vijay Nanda）\n秘書：林振聲")
    assert "哈山·阿里" in names and not any(n.startswith("拿督") for n in names)


def test_a_married_name_after_datin_is_whole() -> None:
    names = folded_aliases_in("副會長：拿汀張林月娥、拿督阿末·再納（Ahmad Zainal）\n婦女組主任：拿汀黃蔡月嬌")
    assert {"张林月娥", "黄蔡月娇"} <= names and "林月娥" not in names


def test_an_address_and_said_before_quoted_words_is_no_speakers_name() -> None:
    names = names_in("主厨查家強今晚掌勺。\n強哥話：「今晚加菜！」\n食客都好開心。")
    assert "強哥話" not in names


def test_a_word_counted_with_wei_is_no_name() -> None:
    names = folded_aliases_in("居民陳張麗華女士喜得兩位孫兒：陳子豪、陳子晴。孫兒爸爸陳家明說：「好開心！」")
    assert "孙儿" not in names and {"陈子豪", "陈家明"} <= names


def test_a_tables_last_row_stays_before_a_short_heading() -> None:
    # (the last row alone reads as a menu; the table's other rows are kept on their own)
    lines = [
        "经校学位评定委员会审议通过，决定授予以下47人博士学位，现将部分学院名单公示如下。",
        "化学与分子工程学院",
        "序号 | 姓名 | 专业 | 学位论文题目 | 指导教师",
        "1 | 张明 | 有机化学 | 铃木偶联反应中新型钯催化剂的设计与应用 | 林国栋 教授",
        "2 | 马建国 | 物理化学 | 狄尔斯-阿尔德反应过渡态的理论研究 | 林国栋 教授",
        "3 | 郑美珍 | 分析化学 | 基于拉曼光谱的食品中苏丹红快速检测 | 尚文 教授",
        "计算机科学学院",
        "4 | 李想 | 计算机科学与技术 | 图灵测试视角下的大语言模型评估方法 | 皇甫晨 教授",
        "5 | 朴敏俊（박민준） | 计算机科学与技术 | 基于贝叶斯网络的故障诊断研究 | 皇甫晨 教授",
        "6 | 何思齐 | 软件工程 | 面向“鸿蒙”系统的程序分析工具 | 皇甫晨 教授、高德伟 副教授",
        "人文学院",
        "7 | 埃琳娜·罗西（Elena Rossi） | 中国古代文学 | 《红楼梦》形象在意大利语译本中的重塑 | 钟离秋 教授",
        "8 | 陈明 | 中国古代文学 | 杜甫夔州诗研究 | 钟离秋 教授",
        "9 | 佐藤健太 | 中国哲学 | 王阳明心学在江户时代日本的传播与变异 | 钟离秋 教授",
        "10 | 林一凡 | 中国哲学 | 从孟母三迁看传统家庭教育观念 | 钟离秋 教授",
        "备注",
        "1. 以上人员已通过学位论文答辩及盲审。高德伟副教授为何思齐同学的校外联合导师。",
        "2. 公示期内如有异议，请向研究生院学位办孙老师反映（电话：021-6425XXXX）。",
    ]
    assert lines[14] in clean("\n".join(lines)).paragraphs


def test_a_name_after_one_wei_is_still_a_name() -> None:
    assert "廖娟敏" in names_in("记者联系了其中一位廖娟敏，她表示会再考虑。廖娟敏此前曾在多家公司任职。")
