"""A saved page's headings the extractor left out go back over the paragraph
they head, past a comment or a processing instruction between them (lxml
gives those no text_content: found by mutating the test pages)."""

from __future__ import annotations

import lxml.html

from reader.core.html_dom import _restore_headings


def test_a_heading_goes_back_over_its_paragraph_past_a_comment() -> None:
    tree = lxml.html.fromstring("<div><h2>兩年紀錄</h2><!-- 廣告位 --><p>草缸的第一年全是綠藻。</p></div>")
    assert _restore_headings(tree, "草缸的第一年全是綠藻。") == "兩年紀錄\n草缸的第一年全是綠藻。"


def test_a_heading_with_only_a_comment_after_it_heads_nothing() -> None:
    tree = lxml.html.fromstring("<div><p>草缸的第一年全是綠藻。</p><h2>兩年紀錄</h2><!-- 完 --></div>")
    assert _restore_headings(tree, "草缸的第一年全是綠藻。") == "草缸的第一年全是綠藻。"
