"""Chinese surnames: the tables the people finder reads names with, and
that cleaning asks whether a byline's value is a name (``person_values``).

Kept outside the people package so that cleaning reads them without
importing the finder (the package's import compiles its rules: a cold load
paid it for two tables). Written in Simplified characters and compared
against :func:`reader.core.folding.fold` output.
"""

from __future__ import annotations

from typing import Final

# Compound surnames come first: 欧阳修 is 欧阳 + 修, not 欧 + 阳修.
COMPOUND_SURNAMES: Final = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 "
    "南宫 西门 万俟 闻人 澹台 公冶 申屠 太史 濮阳 钟离 呼延 赫连 百里 东郭 左丘 第五 拓跋 亓官 司空 闾丘 鲜于 "
    # the rarer ones of the 百家姓 (段干明德), bar those that are words (东门, 公羊, 微生)
    "段干 仲孙 叔孙 颛孙 巫马 漆雕 壤驷 公良 宰父 谷梁 羊舌 仉督 商牟 伯赏 阳佟 汝鄢 "
    "夹谷 淳于 单于 太叔 子车 公西 乐正 梁丘 归海 宗政 "
    # the Tangut clans of Western Xia (嵬名, 野利), borne by its historians' subjects and by people now;
    # so the Jurchen imperial clan of Jin (完颜阿骨打, 完颜明)
    "嵬名 野利 完颜 "
    # Taiwan's double surnames (张廖志明): two clans joined, written as one surname.
    "张廖 简廖 范姜 张简".split()
)

# Surnames common enough that a name-shaped string starting with one is worth
# a look even without a speech or title cue (used by the weaker rules).
COMMON_SURNAMES: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范贾夏韦邹孟熊秦邱尹薛闫段侯史陶黎贺顾毛郝龚邵钱严覃"
    "戴莫孔汤施樊葛邢齐乔伍庞颜倪庄聂岳翟殷詹耿焦俞柳祝舒阮柯纪梅童凌裴霍涂苗盛翁冉骆蓝"
    "靳柴鲍喻祁饶牟艾尤穆卓缪褚娄窦戚岑瞿佟臧闵苟邬卞姬仇栾隋刁荣巫寇甄虞敖巩佘邝鞠荆郁"
    "胥栗鄢谌奚冼蔺阚屠朴禹芈辛萧阎滕廖赖阙邝傅关"
)

# Common surnames that are also everyday characters (金, 高, 方): good enough
# for a two-character name, but only with a cue.
CUED_SURNAMES: Final = COMMON_SURNAMES | frozenset("洪江温康龙雷武石白金高方万文安付")

# Every single-character surname the strong (cued) rules accept. Many are
# also everyday characters (高, 金, 石, 和), so they only count with a cue.
SURNAMES: Final = (
    COMMON_SURNAMES
    | frozenset(
        "高金石白文方安于万常温康易向关成单华路连车项全应师商沙谈乐楚燕冀满区权帅井祖支"
        "计宣晋敬普玉银战印那修母羊阿乌付廖韦江范雷龙武牛毕麦车房屈解阳时农司古吉简项芦"
        "党宫费卜冷晏席卫米柏宗桂邸伏鹿薄雍辜裘亓邰赫杭况宿鲜逯隆茹诸慕危亢嵩帖畅勾鄂伊"
        "申欧兰尚符宁甘左包丰狄平云容来扈晁芮阙浦戈曲游苑迟封惠南班储原楚劳皮粟仲桑郎丛"
        "池查麻官匡海花强豆练廉漆巴卿国相初门谷蒙翟仝章鲁季管蒲滕景边楼闻厉郜盖植洪"
        # checked against a standard list of the ~500 commonest (Taiwan and
        # Korea included: 粘, 湛, 玄)
        "明索佴粘湛玄秋咸慎琴奉钮郦凤谯邴束阴靖岩"
        # the rest of the Hundred Family Surnames (百家姓) whose character is
        # rare on its own (under ~1000 in jieba's dictionary): 宓, 郗, 嵇
        "郗郈昝钭訾蒯璩嵇逄缑隗羿莘仉殳乜笪韶庾竺贲酆郏荀汲宓厍糜弘蔚沃蓟宦苍戎禄桓昌益蓬濮巢贡夔茅贝"
        # Hui, Zhuang and Dai surnames that are everyday characters too (纳, 虎, 撒, 冶, 侬, 刀)
        "纳虎撒冶侬刀"
    )
    | CUED_SURNAMES
)


__all__ = ["COMMON_SURNAMES", "COMPOUND_SURNAMES", "CUED_SURNAMES", "SURNAMES"]
