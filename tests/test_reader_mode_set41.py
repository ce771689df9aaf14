"""Reader mode on the shapes the forty-first held-out set showed: a price
list whose first sections' rows read as counters (3天2夜　RM1,580), a
Markdown page whose own heading is the site's name, a bar and the title, and
a site's appeal for gifts under the notice's sign-off, and a privacy note
labelled as one that names no 本站."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean
from reader.core.readers import read_markdown

_COURSES = [
    "SSI 初级开放水域课程（Open Water）",
    "3天2夜　RM1,680",
    "含教材、装备租借、4次开放水域潜水",
    "SSI 进阶开放水域课程（Advanced Diver）",
    "2天1夜　RM1,180",
    "体验潜水（Discover）",
    "半天　RM350",
    "船潜（已有执照）",
    "2潜　RM250",
    "3潜　RM340",
    "夜潜　+RM90",
    "码头门票　RM30（须另付，现场缴交）",
]


def test_price_rows_under_the_lists_first_heads_stay() -> None:
    # (a row of figures and words, 3天2夜　RM1,680, reads as a counter; under a course's
    # head, over the list's kept price rows, it is one more section of the list)
    text = "\n".join(
        [
            "海湾潜水学校 Bay Dive School",
            "WhatsApp 预约：+60 12-555 1234",
            "首页　课程　行程　联络我们",
            "新一季课程价格表",
            "店主 王小明 · 2026年12月10日",
            "新一季课程即将开始，以下为今年各课程的价格，早鸟于1月31日前付订金可享九折。",
            *_COURSES,
            "注：12岁以下须家长陪同；患有心脏病者须出示医生证明。",
            "订金 RM200，不退款，可改期一次。",
            "海湾潜水学校 敬上",
            "© 2026 Bay Dive School 版权所有",
        ]
    )
    kept = kept_lines(text)
    for row in _COURSES:
        assert same(row) in kept


def _md_title(heading: str) -> str | None:
    page = read_markdown(
        "\n".join(
            [
                "---",
                f'title: "{heading}"',
                "published: 2026-12-20",
                "---",
                f"# {heading}",
                "文／陳美玲　2026年12月20日",
                "配合年度設備保養，本館自明年一月一日起調整入場價目，並更新入場須知，敬請旅客留意。",
                "## 大眾池",
                "- 全票：NT$380",
                "- 優待票：NT$260",
                "入場前請先淋浴，並請勿攜帶食物進入池區。",
            ]
        ).encode(),
        Path("a.md"),
    )
    return clean(page.text, hints=page.hints).metadata.title


def test_a_markdown_heading_of_site_bar_and_title_is_the_title_whole() -> None:
    # (the page's own heading, as the front matter repeats it: the site's name first is no <title>'s suffix)
    assert _md_title("山嵐溫泉渡假會館｜新年泡湯價目及入場須知") == "山嵐溫泉渡假會館｜新年泡湯價目及入場須知"


def test_a_markdown_heading_of_title_then_site_loses_the_site() -> None:
    # (a front matter's title with the site after a spaced bar, over its own heading: the heading)
    page = read_markdown(
        "---\ntitle: 新年泡湯價目及入場須知 - 山嵐溫泉渡假會館\n---\n# 新年泡湯價目及入場須知\n"
        "配合年度設備保養，本館自明年一月一日起調整入場價目，並更新入場須知，敬請旅客留意。\n".encode(),
        Path("a.md"),
    )
    assert clean(page.text, hints=page.hints).metadata.title == "新年泡湯價目及入場須知"


_CENTRE = "楓林華人社區中心"
_APPEAL = "本中心為註冊慈善機構，所有服務有賴各界捐助方能維持。捐款 $20 或以上可獲發退稅收據，懇請各位會員慷慨支持。"


def _centre_page(sign_off: list[str]) -> list[str]:
    return kept_lines(
        "\n".join(
            [
                f"{_CENTRE} Maple Chinese Community Centre",
                "首頁　關於我們　活動課程　場地租用　通告　聯絡我們",
                "乒乓球室使用守則（明年一月起）",
                "康樂部主任 陳美玲｜2026年12月10日",
                "本中心乒乓球室使用需求持續增加，為公平分配場地，自明年一月起實施以下新守則：",
                "1. 須穿著運動鞋進場。",
                "2. 遲到15分鐘未報到，場地將自動釋出。",
                "如有查詢，請致電前台。",
                *sign_off,
                _APPEAL,
                "留言（2）",
                "李太：請問非會員可以預約嗎？",
                "中心回覆：非會員須親臨前台預約，多謝查詢。",
                "Copyright © 2026 Maple Chinese Community Centre. All rights reserved.",
            ]
        )
    )


def test_an_appeal_for_gifts_under_the_notices_sign_off_goes() -> None:
    # (the sign-off, the masthead's name and a unit, ends the notice: an appeal under it is the site's)
    kept = _centre_page([f"{_CENTRE} 康樂部"])
    assert same(_APPEAL) not in kept
    assert same("如有查詢，請致電前台。") in kept
    # (or a line that closes with the signer's word)
    assert same(_APPEAL) not in _centre_page(["康樂部　謹啟"])


def test_an_appeal_right_under_the_notice_stays() -> None:
    # (with no sign-off between, it may be the writer's own closing)
    assert same(_APPEAL) in _centre_page([])


_GUIDE = [
    "取件指南",
    "1. 打开App，点击“我的包裹”查看取件码。",
    "2. 在柜机屏幕输入取件码，柜门会自动打开。",
    "问：取件码丢了怎么办？",
    "答：在App里可以找回，或者用收件手机号在柜机上验证。",
]


def test_a_privacy_note_at_the_tail_is_the_sites() -> None:
    # (labelled as a privacy note, it names no 本站, and is the site's all the same)
    note = "隐私提示：部分柜机支持刷脸取件，您的面部信息仅用于身份核验，您可随时在App设置中关闭该功能。"
    kept = kept_lines("\n".join([*_GUIDE, "这篇文章对你有帮助吗？ 有用 没用", note, "© 2026 某某科技有限公司"]))
    assert same(note) not in kept
    assert same(_GUIDE[-1]) in kept


def test_privacy_settings_in_the_guide_stay() -> None:
    # (a step about the privacy settings is the guide's own)
    step = "隐私设置：在App“设置”里可以关闭刷脸取件，并删除已采集的面部信息，关闭后仍可用取件码取件。"
    assert same(step) in kept_lines("\n".join([*_GUIDE, step, "© 2026 某某科技有限公司"]))
