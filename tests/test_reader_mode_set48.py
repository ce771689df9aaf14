"""Reader mode on the shapes the forty-eighth held-out set showed: a ward's
nursing station (…護理站) named as a guide's writer, a unit and no person."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean


def test_a_wards_nursing_station_as_the_writer_is_a_unit_not_the_author() -> None:
    # (撰稿：…護理站 beside the date: the ward's station wrote it, no person did)
    text = "\n".join(
        [
            "某某綜合醫院",
            "膝關節鏡手術後居家照護須知",
            "更新日期：2026/11/02　撰稿：復健科病房護理站　審閱：主治醫師 某某某",
            "您即將出院回家，請您與家屬一起閱讀以下事項，有任何不清楚的地方，出院前請向護理人員詢問。",
            "一、傷口照護",
            "保持傷口乾燥，出院後第3天可淋浴，但不可泡澡。",
            "如傷口出現紅、腫、熱、痛或有分泌物，請盡速回診。",
            "二、回診時間",
            "第一次回診：出院後2週，骨科門診",
        ]
    )
    assert clean(text).metadata.author is None


_FEES = [
    "一、加盟费用",
    "项目\t标准店\t旗舰店",
    "品牌使用费\t3万元\t5万元",
    "注：保证金合同期满无违约全额退还。",
    "二、加盟流程",
    "电话或在线咨询",
    "总部考察、品尝产品",
    "签订合同、缴纳费用",
]


def test_a_forms_field_labels_marked_required_and_its_heading_go() -> None:
    # (a form laid out in plain blocks: its heading, labels with the required mark, an unmarked one)
    form = ["免费索取资料 在线登记", "联系人*", "电话*", "所在城市"]
    text = "\n".join(
        [
            "某某茶饮加盟",
            "2027年单店加盟费用公示",
            "发布时间：2027-01-06　来源：某某茶饮招商部",
            "为方便意向加盟商了解投资情况，现将2027年度单店加盟费用公布如下，三线城市享受区域扶持政策。",
            *_FEES,
            "投资有风险，加盟需谨慎。本页所列费用为参考价格，实际投资金额以双方签订的正式合同为准。",
            *form,
            "Copyright © 2027 某某茶饮 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _FEES:
        assert same(line) in kept, line
    for line in form:
        assert same(line) not in kept, line


_NOTICE = [
    "本中心为考试授权考点，2027年第二季度考试定于6月12日举行，现已开放报名。",
    "考试级别及费用",
    "一级 S$45",
    "二级 S$60",
    "注意事项",
    "考生须携带有效护照或身份证原件。",
    "迟到超过15分钟者不得进入考场。",
    "查询：6xxx xxxx（星期一至五，上午10时至下午6时）",
]


def test_a_footnote_under_an_asterisk_at_the_notices_end_goes_with_the_sites_lines() -> None:
    # (the site reserving its rights under the notice, marked *: its fine print, not the notice's rule)
    note = "*本中心保留调整考试日期及考场安排的权利。如因不可抗力因素导致考试取消，考生可选择转考，手续费恕不退还。"
    text = "\n".join(
        [
            "某某语言中心",
            "主页 | 课程 | 考试 | 联系我们",
            "2027年第二季度汉语考试报名通知",
            "发布：2027年4月2日 10:15 | 考试组",
            *_NOTICE,
            note,
            "关注我们：Facebook | Instagram",
            "© 2027 某某语言中心 Pte. Ltd.",
        ]
    )
    kept = kept_set(text)
    for line in _NOTICE:
        assert same(line) in kept, line
    assert same(note) not in kept
