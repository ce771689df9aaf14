"""Reader mode on the shapes the forty-first held-out set showed: a price
list whose first sections' rows read as counters (3天2夜　RM1,580)."""

from __future__ import annotations

from cleaning_support import kept_lines, same

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
