"""Reader mode on the shapes the seventy-eighth held-out set showed: a
review's spec table whose first row's value is a clause (14K金，M尖), no
counter; a blog post's comments under a head that counts them,
each commenter's line a bold name saying 说： over the comment; a related
headline set under its label framed in brackets amid an interview."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule

_REVIEW = [
    "評測 · 手錶",
    "【手錶評測】山海 M3：萬元以下嘅金殼自動錶，值唔值得買？",
    "文：陳大文　2027年3月1日",
    "本文部分連結為聯盟推廣連結，經連結購買我們或會收取佣金，但不影響評測內容。",
    "山海係一間新晉本地錶廠，今年推出嘅M3係佢哋第一隻金殼錶，定價一萬幾蚊，我戴咗佢兩個禮拜。",
    "規格",
    "錶殼 18K金，拉絲",
    "機芯 自動上鏈",
    "防水 50米",
    "售價 HK$12,800",
    "外觀",
    "錶面係深藍色放射紋，對住光會變色，錶耳收得好短，細手腕戴都唔會凸出嚟。",
]


def test_a_spec_row_whose_value_is_a_clause_is_no_counter() -> None:
    kept = kept_set("\n".join(_REVIEW))
    for line in _REVIEW[5:11]:
        assert same(line) in kept


def test_a_count_and_its_word_still_a_counter() -> None:
    for line in ("赞 3k，评论 12", "阅读 1.2万，收藏 30", "3条评论", "收藏 57 · 留言 3"):
        assert junk_rule(line, fold(line))[0] is Reason.COUNTER
    assert junk_rule("錶殼 18K金，拉絲", fold("錶殼 18K金，拉絲"))[0] is None


_POST = [
    "# 第一次带妈妈去槟城吃炒粿条",
    "**小路的饭盒** ｜ 林小路 ｜ 2027年5月3日",
    "妈妈七十岁了，一直说想回槟城看看她小时候住过的老街。五月初的长周末，我们终于成行。",
    "## 第一天",
    "下了飞机直接去汕头街，那家炒粿条摊还在，老板已经换成了第二代，味道却几乎一样。",
    "妈妈吃完一碟，又叫了一碟，说这次不管胆固醇了。",
]
_COMMENTS = [
    "### 3条留言",
    "**Mei Ling** 说：",
    "我也好想带我妈妈去，请问那家炒粿条摊几点开门？",
    "**小路** 说：",
    "早上十点开到下午三点，星期二休息。",
    "**Jason Ong** 写道：",
    "看到妈妈叫第二碟那段我笑了，我外婆也是这样，每次回乡都说这次不管医生怎么讲了，先吃了再说，真的是一模一样。",
]


def test_comments_under_bold_names_saying_go() -> None:
    page = [*_POST, *_COMMENTS, "© 2027 小路的饭盒 · 由 WordPress 驱动"]
    kept = kept_set("\n\n".join(page))
    for line in _POST[2:]:
        assert same(line) in kept
    for line in _COMMENTS:
        assert same(line) not in kept


def test_a_long_comment_under_its_name_goes_with_it() -> None:
    # (a comment of prose's length, then one more: the block runs on under the first's name)
    comments = [*_COMMENTS[:1], *_COMMENTS[5:], *_COMMENTS[1:3]]
    kept = kept_set("\n\n".join([*_POST, *comments]))
    for line in comments:
        assert same(line) not in kept


def test_a_bold_speaker_in_the_story_stays() -> None:
    words = "我爸爸做了四十年，我接手也快十年了，火候还是跟他学的，一点都没有改过。"
    page = [*_POST, "## 摊主说", "**老板** 说：", words]
    kept = kept_set("\n\n".join(page))
    for line in page[2:]:
        assert same(line) in kept


_INTERVIEW = [
    "【人物專訪】修了三十年霓虹燈 陳師傅：每支光管都要親手屈",
    "2027-11-02 09:15 記者：何小敏",
    "上環一間不足一百呎的工場入面，六十八歲的陳志光正用火槍燒紅一支玻璃管，手一扭，就屈出一個「茶」字的第一筆。",
    "問：幾時開始做呢行？",
    "答：十六歲跟阿叔學，嗰陣成條街都係霓虹招牌，日做夜做都做唔切。",
    "【延伸閱讀】最後一間手寫招牌舖 老闆：字要寫得大過個人",
    "問：而家仲有幾多人識做？",
    "答：全香港數落得返三、四個，個個都六十幾歲，後生仔冇人肯入行。",
    "【背景】霓虹燈招牌曾經遍佈油麻地",
    "訪問結束時，陳志光關掉火槍，話明天仲要趕一個「粥」字。",
]


def test_a_framed_related_headline_amid_the_interview_goes() -> None:
    kept = kept_set("\n".join(_INTERVIEW))
    assert same(_INTERVIEW[5]) not in kept
    for line in (*_INTERVIEW[2:5], *_INTERVIEW[6:]):
        assert same(line) in kept
