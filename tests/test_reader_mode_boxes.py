"""Reader mode on the shapes the tenth held-out set showed: equations,
boxes at the article's end (a profile of its subject stays, a site's
generic tips go), a date-and-section line above the headline, captions
that end in the photographer's credit, the site's own notices."""

from __future__ import annotations

from reader.core.cleaning import clean

TITLE = "冬天手一碰门把手就“啪”一下，静电到底是怎么来的？"
P1 = "每到冬天，很多人都有过这样的经历：伸手去开门、按电梯，指尖突然“啪”地一疼，有时候还能看到一道小小的蓝光。"
P2 = "关键在空气湿度。夏天湿度高，电荷还没攒多少就漏掉了；冬天北方室内开了暖气，相对湿度常常低于30%。"
P3 = "当你带着一身电荷靠近金属门把手时，两者之间的空气被击穿，电荷瞬间转移，就产生了那一下刺痛。"


def test_an_equation_between_paragraphs_stays() -> None:
    formula = "干燥空气 + 绝缘材料 + 摩擦 = 静电"
    kept = clean("\n".join([TITLE, P1, P2, formula, P3])).paragraphs
    assert formula in kept
    sum_line = "月薪 × 12 + 年终奖 = 年收入"
    assert sum_line in clean("\n".join([TITLE, P1, sum_line, P2, P3])).paragraphs


def test_a_menu_of_words_with_plus_signs_still_goes() -> None:
    menu = "首页 + 新闻 + 体育 + 娱乐"
    assert menu not in clean("\n".join([TITLE, menu, P1, P2, P3])).paragraphs
