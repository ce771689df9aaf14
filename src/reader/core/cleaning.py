"""Reader mode: the article's own words, without the page around them.

Each line becomes one record (:class:`Line`): its text, its shape, its
metadata if it states some, and a verdict (kept, or the :class:`Reason` it
goes). The signals, all general:

1. the line on its own: junk shapes (navigation, counters, share bars,
   controls, handles, prev/next links; ``reader.core.junk_rules``);
2. repetition across the folder: a line that occurs in several files is the
   site's template (menus, footers, slogans); the loader counts it once per
   load and passes the recurring lines in (``template``);
3. blocks at the tail: after a related-articles or comments header, or an
   end marker, and a run of headline-shaped lines after the body;
4. context, as jusText does: a short line between two junk lines is junk, a
   short line next to body text is a heading and stays; label-value lines
   (a spec list) between paragraphs stay whatever their digits look like;
5. the page footer, judged as a whole.

Sentences are never dropped for being near junk (except in the footer), and
the phrase tables only ever judge short lines. Every rule looks at the
*folded* line (Simplified, lowercase, half-width), so Traditional pages are
treated like Simplified ones.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Final

from reader.core.appeals_amid_rows import asks_anyone, mark_appeals_amid_rows
from reader.core.author_cards import mark_author_boxes
from reader.core.body_span import keep_fenced_code, keep_span_lines
from reader.core.call_buttons import mark_call_buttons
from reader.core.closing_calls import mark_closing_calls
from reader.core.closing_teasers import mark_closing_teasers, mark_head_twin, mark_labelled_twins, mark_pointer_twins
from reader.core.comment_calls import mark_comment_calls
from reader.core.comment_posts import commenter
from reader.core.end_boxes import mark_boxes_after_credit, mark_lists_amid_junk, mark_site_notices
from reader.core.end_matter import mark_end_matter
from reader.core.field_tables import keep_field_tables
from reader.core.form_fields import mark_form_fields, marks_required
from reader.core.framed_appeals import mark_framed_appeals
from reader.core.head_passes import mark_site_name
from reader.core.junk_rules import Reason
from reader.core.letter_writers import introduced_writer
from reader.core.line_features import is_short
from reader.core.line_fix import fix_line, fix_lines
from reader.core.line_passes import (
    Line,
    mark_after_ad_label,
    mark_image_captions,
    mark_markup_captions,
    mark_teasers,
)
from reader.core.line_records import judged_lines
from reader.core.list_fields import keep_list_fields
from reader.core.mail_headers import mark_mail_headers
from reader.core.metadata import Hints, Metadata, MetaLine, dateline_reporters
from reader.core.note_asides import mark_note_asides
from reader.core.page_footer import mark_footer
from reader.core.page_marks import mark_page_marks
from reader.core.page_title import fallback_title, page_title
from reader.core.pass_gates import carries, census, run_head_rescues, run_rescues
from reader.core.pipe_tables import keep_pipe_tables
from reader.core.prev_next_tail import mark_after_prev_next
from reader.core.quoted_headlines import mark_quoted_headlines
from reader.core.recurring_lines import mark_repeated, mark_template
from reader.core.result_rows import keep_result_rows
from reader.core.review_rows import mark_masked_reviews, mark_testimonials
from reader.core.row_runs import keep_tab_tables
from reader.core.save_dates import page_date
from reader.core.settled_names import settle
from reader.core.signatures import reporters_sign_off, signer
from reader.core.site_offers import mark_site_offers
from reader.core.site_statements import (
    ANY_ICON,
    icon_led,
    mark_appeals_after_junk,
    mark_icon_appeals,
    mark_link_buttons,
    mark_site_statements,
)
from reader.core.tail_after_prose import mark_tail_after_prose
from reader.core.tail_furniture import mark_tail_furniture
from reader.core.tail_notices import mark_tail_statement
from reader.core.tail_passes import mark_tail_blocks
from reader.core.tail_prose import mark_post_footer, mark_posts_under_rows, mark_replies
from reader.core.tail_rows import mark_tail_rows
from reader.core.tail_sections import mark_tail_sections
from reader.core.thread_turns import turn

# (the reasons a pass needs some line to carry before it can act)
_AD_SLOTS: Final = (Reason.PROMOTION, Reason.WIDGET)
_TAKEN_BACK: Final = (Reason.BETWEEN_BOILERPLATE, Reason.COUNTER)
# (bound once: Reason.X is a slow look-up, and the walks below ask them line by line)
_METADATA: Final = Reason.METADATA
_RELATED: Final = Reason.RELATED
_PREV_NEXT: Final = Reason.PREV_NEXT


@dataclass(frozen=True, slots=True)
class Dropped:
    """A line cleaning removed, and the rule that removed it."""

    line: str
    reason: Reason


@dataclass(frozen=True)
class Cleaned:
    metadata: Metadata
    paragraphs: tuple[str, ...]
    dropped: tuple[Dropped, ...]
    # The paragraphs that are a table's rows, with their cells (see
    # reader.core.table_cells): read beside cleaning, which they never change;
    # set only for a text with a tab.
    cells: tuple[tuple[int, tuple[int, ...], bool], ...] = ()


def clean(
    text: str, template: Collection[str] = frozenset(), hints: Hints | None = None, head_rows: Collection[str] = ()
) -> Cleaned:
    """The article in ``text``: its metadata and its cleaned paragraphs.

    ``template`` holds the lines (as ``line_features.template_key``) that
    recur across the folder ``text`` came from; ``hints`` what is known
    from outside the text (a web page's title, the file's name);
    ``head_rows`` the rows of a table (cells apart by tabs) the page sets as
    its head, for the cells kept beside cleaning (``Cleaned.cells``).
    """
    # (cleaning makes no cycles: the collector's passes during it, set off by its many short-lived
    # records, free nothing and cost ~3% of it; off meanwhile, unless someone else turned it off)
    if not gc.isenabled():
        return _clean(text, template, hints, head_rows)
    gc.disable()
    try:
        return _clean(text, template, hints, head_rows)
    finally:
        gc.enable()


def _clean(text: str, template: Collection[str], hints: Hints | None, head_rows: Collection[str]) -> Cleaned:
    hints = hints or Hints()
    amp, tab, star = "&" in text, "\t" in text, "*" in text  # (asked by several gates below: one scan each)
    texts = fix_lines(text)
    turn()  # (here and below, about every 10 ms of a 2 M-character text: see reader.core.thread_turns)
    lines = judged_lines(text, hints.date, texts)
    turn()
    mark_mail_headers(lines)
    mark_template(lines, template)
    if len(set(texts)) < len(texts):  # (no text twice, most pages: no line repeats another)
        mark_repeated(lines)
    mark_teasers(lines)
    mark_tail_blocks(lines)
    mark_tail_sections(lines)
    seen = census(lines)  # (what the lines carry: for the gate below, then the rescues)
    if not seen.isdisjoint(_AD_SLOTS):
        mark_after_ad_label(lines)
        seen = census(lines)  # (a line may have gone since: taken again)
    # (a two-character scan behind a one-character one, here and below: the longer scan is slower)
    if amp or ("!" in text and "![" in text):  # (a picture's Markdown, or its entity)
        mark_image_captions(lines)
        seen = census(lines)
    turn()
    seen = run_rescues(lines, seen)
    turn()
    only_short = not any(line.kept for line in lines)
    if only_short:  # (only short lines, a poem, a list: a text of short lines is its own body)
        for line in lines:
            if line.reason is Reason.BETWEEN_BOILERPLATE:
                line.reason = None
    title = page_title(lines, hints, only_short)
    mark_head_twin(lines, title)
    run_head_rescues(lines, seen)
    if hints.source:
        mark_site_name(lines, hints.source)
    mark_site_statements(lines, title)
    if tab or "\u3000" in text:  # (a results table's cells apart)
        keep_result_rows(lines)
    mark_appeals_after_junk(lines, hints.source)
    mark_site_offers(lines, text, hints.source)
    if asks_anyone(text):  # (an appeal between two blocks of rows asks the reader as 你/您, or for a gift)
        mark_appeals_amid_rows(lines)
    mark_closing_calls(lines, hints.source)
    if Reason.COUNTER in seen:  # (the comments' count: 3 条留言)
        mark_comment_calls(lines)
    # (only a line led by an icon or a > can be a callout; then the text's own icons decide, as ever)
    if led := icon_led(lines):
        if ANY_ICON.search(text):
            mark_icon_appeals(led)
        mark_quoted_headlines(led)  # (> 延伸阅读：…: a quote's mark, no icon)
    if framed := "【" in text:  # (a framed label: 【捐書熱線】…)
        mark_framed_appeals(lines, title, hints.source)
    if title and (led or framed):  # (another issue's headline under a label: 【上期回顾】…, > 往期推荐｜…)
        mark_labelled_twins(lines, title)
    if title:  # (another piece's headline under any label: 延伸閱讀》…, 焦點新聞：…)
        mark_pointer_twins(lines, title)
    turn()
    if "](http" in text:  # (a Markdown link: a button's)
        mark_link_buttons(lines)
    mark_testimonials(lines)
    mark_site_notices(lines, hints.source)
    mark_boxes_after_credit(lines, "editor" in seen)  # (no pass after the census states an editor's credit)
    mark_lists_amid_junk(lines)
    mark_closing_teasers(lines)
    if star and "***" in text:  # (a reviewer's name masked by the site: 柞***2：…)
        mark_masked_reviews(lines)
    turn()
    mark_tail_rows(lines)
    if _PREV_NEXT in seen:  # (the links to the previous and next posts: only a line's own rule sets it)
        mark_after_prev_next(lines)
    mark_author_boxes(lines, hints.author)
    mark_footer(lines)
    mark_tail_statement(lines)
    mark_tail_furniture(lines)
    mark_call_buttons(lines)
    mark_page_marks(lines)
    turn()
    if lines and ("出" in lines[-1].text or "出" in lines[0].text):  # (an export stamp's verb: 匯出, 导出)
        mark_note_asides(lines)
    if amp or "|" in text or "｜" in text:  # (a pipe table's rows start with |, ｜ or its entity)
        keep_pipe_tables(lines)
    if tab:  # (a table copied with tabs)
        keep_tab_tables(lines, text)
        keep_field_tables(lines, text)
    if carries(lines, _TAKEN_BACK):
        keep_span_lines(lines)
    if "`" in text and "```" in text:  # (a Markdown code fence)
        keep_fenced_code(lines)
    if star and "- **" in text:  # (a Markdown list of bold-labelled fields)
        keep_list_fields(lines)
    turn()
    if Reason.TIMESTAMP in seen:  # (a reply's time amid the page: a thread's)
        mark_replies(lines)
    mark_tail_after_prose(lines, title)
    mark_end_matter(lines)
    if (replies := mark_posts_under_rows(lines)) is not None:
        # (the replies gone, the forum's statement under the post is at the page's end: asked again)
        mark_site_statements(lines, title)
        mark_post_footer(lines, replies)
    if hints.captions:
        mark_markup_captions(lines, hints.captions)
    if star and marks_required(text):  # (a form's labels marked required; the lone * first)
        mark_form_fields(lines)

    # (what stays, the metadata lines and what goes, in one walk)
    metas: list[MetaLine] = []
    bylines: list[str] = []
    gone: list[Dropped] = []
    kept: list[str] = []
    for line in lines:
        reason, meta = line.reason, line.meta
        if meta is None:
            if reason is None:
                kept.append(line.text)
            else:
                gone.append(Dropped(line.text, reason))
            continue
        bylines.append(line.text)
        # (a date or outlet line inside a comments or related block is someone else's, and so is a name set
        # beside a date by its place alone, a commenter's; credits after an end marker are the article's)
        if not ((meta.kind in ("date", "source") or meta.unlabelled or meta.date) and reason is _RELATED):
            metas.append(meta)
        # (the reporters' sign-off in brackets under the last paragraph, （本報記者麥凱琳、黃志軒）, is
        # the story's own last line: it stays, and its names are still the story's credits)
        if reason is None and line.text[:1] in "（(" and reporters_sign_off(lines, line, meta):
            kept.append(line.text)
            continue
        gone.append(Dropped(line.text, reason or _METADATA))
    paragraphs = tuple(kept)
    leads = itertools.islice((p for p in paragraphs if not is_short(p)), 2)  # (the lead, or the next: a twin over it)
    if wire := next(filter(None, (dateline_reporters(p, hints.author) for p in leads)), None):  # (its reporters)
        metas.append(wire)
    # (a page's markup names its site and author more surely than a line
    # does: the line's outlet may be the wire the story came from)
    if hints.author and commenter(lines, hints.author):  # (the markup's author only a commenter's name)
        hints = replace(hints, author=None)
    if hints.label:  # (the channel the markup's title names, beside the date too: 阿凱 · 工作板 · date, no source)
        metas = [replace(m, source=None) if m.source == hints.label else m for m in metas]
    source, author, date, credits = settle(metas, hints, lines)
    if date and len(metas) > 1:  # (a clipper's save date loses to the page's own)
        date = page_date(date, lines)
    if author is None and (signed := signer(lines, source)):  # (主席 葉志強 under the notice, its body the source)
        # (over the site's name when the notice's own date line names it: 發布單位：某委員會總務組)
        issued = signed[2] is not None and any(x.meta and signed[2] in x.text for x in lines)
        author, credits, source = signed[1], (*credits, signed[:2]), signed[2] if issued else source or signed[2]
    # (我係何安東，… under a salutation, the letter signed 阿東: asked only of a text opening with one)
    elif author is None and paragraphs and paragraphs[0][-1] in "：:" and (writer := introduced_writer(lines)):
        author, credits = writer, (*credits, ("作者", writer))
    if author is None and len(credits) == 1 and credits[0][0][0] in "译譯":  # (译者 / X date: its own notes)
        from reader.core.translator_bylines import translator_as_writer  # (here: a rare page)

        author = translator_as_writer(credits, metas, lines)
    title = title or fallback_title(paragraphs, hints)
    metadata = Metadata(title=title, source=source, author=author, date=date, credits=credits, bylines=tuple(bylines))
    if tab:  # (only a text with a tab has a table's cells)
        from reader.core.table_cells import table_rows

        return Cleaned(metadata, paragraphs, tuple(gone), table_rows(text, paragraphs, head_rows))
    return Cleaned(metadata, paragraphs, tuple(gone))


__all__ = ["Cleaned", "Dropped", "Line", "clean", "fix_line"]
