/*
 * The text rules of the checker on how the text is written: lists that add up to more than their
 * total, last year's year or period left in, look-alike characters, garbled comparisons, the
 * agency's own name misspelt, brackets that do not pair.  Their entries are in the rule table of
 * checker.c; the texts they read come from check_text.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

/* Whether a digit stands right before p: a count read there would be the tail of another. */
static int is_digit_at(const char *text, const char *p)
{
    /* (or a group of a figure written with thousands apart: the 368 of "2,368") */
    return p > text && ((p[-1] >= '0' && p[-1] <= '9') ||
                        (p - text >= 2 && p[-1] == ',' && p[-2] >= '0' && p[-2] <= '9'));
}

/* Length of a clause separator that ends at x (text starts at lo), or 0.  Separators are
 * ASCII or start with a lead byte, so a match is never inside another character. */
static size_t sep_ending(const char *lo, const char *x)
{
    if (x - lo >= 1 && clause_sep(x - 1) == 1)
        return 1;
    return x - lo >= 3 && clause_sep(x - 3) == 3 ? 3 : 0;
}

/* Start of the clause that ends at x. */
static const char *clause_from(const char *lo, const char *x)
{
    while (x > lo && !sep_ending(lo, x))
        x--;
    return x;
}

/* What a part of a list of applications is of: 1 a kind of applicant, 2 a channel, 3 an
 * outcome, 4 a subject (涉及征收的), 0 none or several. */
static int part_kind(const char *a, const char *e)
{
    static const char *const channels[] = {"网络", "网上", "在线", "信函", "邮寄", "当面",
                                           "现场", "传真", "邮件", "来信", "网站", "平台",
                                           "电话", "窗口", "网办", "线上", "线下"};
    static const char *const outcomes[] = {"予以公开", "部分公开", "不予公开", "无法提供",
                                           "不予处理", "其他处理"};
    static const char *const subjects[] = {"涉", "要求公开", "申请公开", "征求", "关于", "惠企",
                                           "民生"};
    int kind = chk_span_has_any(a, e, chk_applicant_kinds, CHK_APPLICANT_KINDS);
    int channel = chk_span_has_any(a, e, channels, sizeof channels / sizeof channels[0]);
    int outcome = chk_span_has_any(a, e, outcomes, sizeof outcomes / sizeof outcomes[0]);
    int subject = chk_span_has_any(a, e, subjects, sizeof subjects / sizeof subjects[0]);
    return kind + channel + outcome + subject != 1 ? 0
           : kind                                 ? 1
           : channel                              ? 2
           : outcome                              ? 3
                                                  : 4;
}

/* Whether a part names one of several kinds that the same item may have at once: a channel it
 * was published on (the same notice goes to the website and to WeChat) or a penalty imposed (one
 * decision may both fine and warn). */
static int overlapping_part(const char *a, const char *e)
{
    static const char *const media[] = {"网站", "微信", "微博", "公众号", "新媒体", "抖音",
                                        "头条", "客户端", "视频号", "APP", "两微"};
    static const char *const penalties[] = {"罚款", "警告", "没收", "吊销", "拘留", "暂扣",
                                            "责令", "通报批评", "降低资质"};
    return chk_span_has_any(a, e, media, sizeof media / sizeof media[0]) ? 1
           : chk_span_has_any(a, e, penalties, sizeof penalties / sizeof penalties[0]) ? 2
                                                                                       : 0;
}

/* "总数397条，其中主动公开61条、依申请公开255条、不予公开81条": the parts listed after 其中, one
 * per clause in the total's unit, must not add up to more than the total.  (They may add up to
 * less: a list need not be complete.)  A list may break the total down twice, "其中自然人15件、
 * 法人5件，网络申请12件、信函8件": parts that make the total exactly where the separator changes
 * close one breakdown, and the next starts from nothing. */
void r_text_sum(check_ctx *c)
{
    const char *text = chk_prose(c);
    if (!text)
        return;
    static const char *const comparisons[] = {"同比", "相比", "较", "增长", "下降", "减少",
                                              "增加", "比上年", "上升"};
    for (const char *p = chk_next(c, text, "其中"); p; p = chk_next(c, p + 1, "其中")) {
        const char *from, *to;
        chk_sentence_of(text, p, 0, &from, &to);
        /* the parts' unit: the first count after 其中 */
        const char *part_unit = NULL;
        for (const char *q = p + strlen("其中"); q < to && !part_unit; q++) {
            const char *u, *e;
            if (!is_digit_at(text, q) && count_at(q, &u, &e) >= 0 && e <= to)
                part_unit = u;
        }
        /* the total: the last count in that unit before 其中 in the sentence ("申请20件，涉及
         * 行政复议1起，其中……件" totals the 20) */
        double total = -1, before_total = -1; /* (and the count before it, in its unit) */
        const char *unit = NULL, *total_at = NULL;
        int bound = 0; /* (whether the total is a bound, "超过50件": parts may add up to more) */
        /* (not an aside in brackets that close before 其中, "(上年收到申请45件)") */
        int depth = 0, depth_at_p = 0;
        for (const char *q = from; q < p; q++)
            depth_at_p += *q == '(' ? 1 : *q == ')' && depth_at_p > 0 ? -1 : 0;
        for (const char *q = from; q < p; q++) {
            const char *u, *e;
            depth += *q == '(' ? 1 : *q == ')' && depth > 0 ? -1 : 0;
            double v = is_digit_at(text, q) || depth > depth_at_p ? -1 : count_at(q, &u, &e);
            /* (not a change from last year: "49件，较上年增加5件，其中…") */
            int change = v >= 0 && (chk_span_has_any(clause_from(from, q), q, comparisons,
                                                     sizeof comparisons / sizeof comparisons[0]) ||
                                    chk_span_has(clause_from(from, q), q, "多"));
            if (v >= 0 && e <= p && (!part_unit || u == part_unit) && !change) {
                before_total = unit == u ? total : -1;
                total = v, unit = u, total_at = q;
                bound = chk_bounded(text, q, e);
            }
        }
        if (total < 0 || bound)
            continue;
        /* The next 其中 opens another list: its total, the clause before it, ends this one. */
        const char *stop = chk_next(c, p + strlen("其中"), "其中");
        if (stop && stop < to)
            to = clause_from(p, stop - sep_ending(p, stop));
        /* Evidence: from the clause of the total to the end of the list. */
        const char *quote = clause_from(from, total_at);
        double sum = 0;
        int parts = 0, whole = 0; /* whole: a part as large as the total */
        xbuf terms;
        xbuf_init(&terms, 0);
        /* the breakdown closed last, and where this one's terms start */
        double prev_sum = 0;
        int prev_parts = 0, turned = 0;
        int group_kind = 0, subjects = 0, prev_subjects = 0; /* (parts of kind 4: subjects) */
        int prev_kind = 0, last_kind = 0, last_attr = 0, last_other = 0, kinds[3] = {0};
        int kindless = 0; /* (parts of no kind in this breakdown) */
        int kind_parts = 0, prev_kind_parts = 0; /* (parts of kinds 1 to 3) */
        size_t group_at = 0, prev_at = 0;
        for (const char *q = p + strlen("其中"); q < to;) {
            const char *e = q;
            while (e < to && !clause_sep(e))
                e++;
            size_t el = e < to ? clause_sep(e) : 0;
            int compare = 0;
            for (size_t k = 0; k < sizeof comparisons / sizeof comparisons[0] && !compare; k++)
                compare = chk_span_has(q, e, comparisons[k]);
            /* (a comparison with last year is not a part, nor is a clause of the year's own:
             * "其中政策文件12条，官方微信全年公开政府信息502条", 本年度…) */
            if (compare || chk_span_has(q, e, "全年") || chk_span_has(q, e, "本年度"))
                break;
            /* (what is carried into next year is no part of those answered, "办结29件，其中…，
             * 结转下年度4件", nor a part of those received beside their channels or kinds, but
             * some of them: "收到29件，其中网络申请14件，信函申请15件，另有2件结转下年度") */
            int carried_out = chk_span_has(q, e, "结转下") || chk_span_has(q, e, "结转至下") ||
                              /* (nor those carried in: "其中网上申请22件，信函申请9件；上年
                               * 结转4件" breaks down the 29 received, not 33) */
                              chk_span_has(q, e, "上年结转") || chk_span_has(q, e, "上年度结转");
            /* the part's count: the first in its clause, or the one that ends it ("在12个县区
             * 设立3个": 12 names where) */
            double part = -1;
            const char *part_at = NULL;
            for (const char *x = carried_out ? e : q; x < e; x++) {
                const char *u, *end;
                double v = is_digit_at(text, x) ? -1 : count_at(x, &u, &end);
                if (v >= 0 && end <= e && u == unit) {
                    if (part < 0 || end == e)
                        part = v, part_at = x;
                    x = end - 1;
                }
            }
            int kind = part_kind(q, e);
            if (part >= 0) {
                last_kind = kind;
                static const char *const rest[] = {"其他", "其余", "另"};
                last_other = chk_skip_any(q, e, rest, sizeof rest / sizeof rest[0]) != q;
                kindless += !last_kind;
                /* (a part told by what its items are like, "阅读量10万+的3条", not what they
                 * are) */
                last_attr = part_at - q >= 3 && memcmp(part_at - 3, "的", 3) == 0;
                int overlap = overlapping_part(q, e);
                if (overlap)
                    kinds[overlap]++;
                whole |= part == total;
                sum += part;
                parts++;
                char n[32];
                xbuf_printf(&terms, "%s%s", terms.len ? "+" : "", chk_num(n, part));
            }
            /* (a semicolon ends the list after parts that make the total: "其中维持2件，纠正1件；
             * 行政诉讼3件") */
            if (sum == total && parts && el && *e == ';') {
                to = e;
                break;
            }
            /* (or where the parts turn from kinds of applicant to channels, or back: "其中
             * 自然人20件，法人9件，通过网络提交20件，通过信函提交9件") */
            const char *next = e + el, *next_end = next;
            while (next_end < to && !clause_sep(next_end))
                next_end++;
            /* (the kind of the breakdown: its first part's that has one) */
            if (!group_kind)
                group_kind = kind;
            subjects += kind == 4;
            kind_parts += kind >= 1 && kind <= 3;
            int next_kind = el ? part_kind(next, next_end) : 0;
            int turn = next_kind && ((group_kind && group_kind != next_kind) ||
                                     (!group_kind && kindless >= 2)); /* (即办件、承诺件, then
                                                                       * 网上办理) */
            /* (another kind of part starts another breakdown, complete or not: "其中自然人20件，
             * 涉及征收的15件") */
            /* (a breakdown that makes the total ends: another may follow, "其中自然人20件，
             * 法人或其他组织9件，按期答复25件，延期答复4件") */
            if ((turn && parts && sum <= total) || (sum == total && parts >= 2 && el)) {
                turned = turn;
                prev_kind = group_kind;
                group_kind = 0;
                prev_subjects = subjects;
                subjects = 0;
                prev_kind_parts = kind_parts;
                kind_parts = 0;
                kindless = 0;
                prev_sum = sum, prev_parts = parts, prev_at = group_at;
                sum = 0; /* one breakdown made the total: another may follow */
                parts = 0;
                group_at = terms.len;
            }
            q = e < to ? e + el : e;
        }
        /* one part alone after a list that made the total goes on with it where it is of the
         * same kind, or the rest ("其中自然人20件，法人9件，其他组织3件", "其他5条"); another,
         * or one told by what its items are like, may cut across it ("其中即办件80件，承诺件40件，
         * 全程网办116件", "阅读量10万+的3条") */
        if (prev_parts && parts == 1 && !turned && !last_attr &&
            ((last_kind && last_kind == prev_kind) || last_other)) {
            sum += prev_sum;
            parts += prev_parts;
            subjects += prev_subjects;
            kind_parts += prev_kind_parts;
            group_at = prev_at;
        }
        /* (not of parts that overlap, one of them the whole: "其中经合法性审核5件、公平竞争审查
         * 5件"; nor of a list with a breakdown of its own in brackets, "自然人20件(其中网上15件)") */
        /* (subjects overlap: "涉及征收的18件，涉及规划的15件" may count one application twice) */
        /* (nor of channels of publication or kinds of penalty, which one item may have
         * several of; nor of subjects, "涉企文件3件，惠民文件4件", where no part says who or
         * how) */
        static const char *const published[] = {"发布", "公开", "推送", "转载", "转发", "信息"};
        int publishing =
            chk_span_has_any(quote, p, published, sizeof published / sizeof published[0]);
        int several = !chk_span_has(quote, p, "申请") &&
                      ((kinds[1] >= 2 && publishing) || kinds[2] >= 2);
        /* (nor a list of two totals' parts together: "建议86件、提案112件，其中主办74件、协办
         * 124件") */
        int two_totals = before_total >= 0 && sum == total + before_total;
        if (parts >= 2 && sum > total && !terms.failed && !whole && subjects < parts &&
            !two_totals &&
            !several && !(subjects && !kind_parts) && !chk_span_has(p, to, "(") &&
            !(p > text && p[-1] == '(')) {
            char a[32], b[32];
            const char *shown = terms.data + group_at;
            chk_found(c, chk_line_at(c, quote),
                      CHK_LANG(c, "“%.*s”：分项 %s = %s，大于总数 %s",
                               "“%.*s”: the parts %s = %s, more than the total %s"),
                      (int)(to - quote), quote, shown + (*shown == '+'), chk_num(a, sum),
                      chk_num(b, total));
        }
        xbuf_free(&terms);
        p = to > p ? to - 1 : p;
    }
}

/* Whether [a, e) names a body other than the agency (a 局, 厅, 部, 委 or 中心 not its own: 我局,
 * 本局, 全局, 局机关 are) or all of a province or country. */
static int other_body_before(const char *a, const char *e)
{
    static const char *const many[] = {"全省", "全国", "全区", "全县", "系统"};
    if (chk_span_has_any(a, e, many, sizeof many / sizeof many[0]))
        return 1;
    static const char *const bodies[] = {"局", "厅", "部", "委", "中心"};
    static const char *const own[] = {"我", "本", "全", ",", "年"};
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++)
        for (const char *x = a; x + strlen(bodies[b]) <= e; x++) {
            if (memcmp(x, bodies[b], strlen(bodies[b])) != 0)
                continue;
            int mine = x == a;
            for (size_t o = 0; o < sizeof own / sizeof own[0] && !mine; o++) {
                size_t l = strlen(own[o]);
                mine = (size_t)(x - a) >= l && memcmp(x - l, own[o], l) == 0;
            }
            if (!mine)
                return 1;
        }
    return 0;
}

/* The report naming itself with a later year than the one it reports on ("编制完成2023年度政府
 * 信息公开工作年度报告" in the report on 2022, written in 2023): the clause, in *from and *to,
 * and 1; else 0.  A verb of making or publishing it before the name in its clause (not a link
 * to another year's report) and the name ending the clause (not a notice's title, "关于编制
 * 公布2023年政府信息公开工作年度报告有关事项的通知"); not a plan, nor in sections 五 and 六. */
static int later_own_name(check_ctx *c, const char *text, int year, const char **from,
                          const char **to)
{
    static const char *const names[] = {"政府信息公开工作年度报告", "政府信息公开年度报告",
                                        "政府信息公开工作年报", "政府信息公开年报"};
    static const char *const making[] = {"编制", "编写", "撰写", "形成", "公布", "发布"};
    static const char *const plans[] = {"将", "计划", "拟", "下一步", "明年", "做好", "力争"};
    for (const char *p = chk_next(c, text, "政府信息公开"); p;
         p = chk_next(c, p + 1, "政府信息公开")) {
        size_t nl = 0;
        for (size_t k = 0; k < sizeof names / sizeof names[0] && !nl; k++)
            nl = strncmp(p, names[k], strlen(names[k])) == 0 ? strlen(names[k]) : 0;
        const char *y = p - text >= 10 && memcmp(p - 6, "年度", 6) == 0 ? p - 6
                        : p - text >= 7 && memcmp(p - 3, "年", 3) == 0  ? p - 3
                                                                       : NULL;
        if (!nl || !y || y - text < 4 || is_digit_at(text, y - 4))
            continue;
        int named = 0;
        for (const char *d = y - 4; d < y && named >= 0; d++)
            named = *d >= '0' && *d <= '9' ? named * 10 + (*d - '0') : -1;
        const char *end = p + nl;
        end += strncmp(end, "》", 3) == 0 ? 3 : 0;
        if (named <= year || !(!*end || clause_sep(end)))
            continue;
        const char *a = clause_from(text, y - 4), *sa, *sz;
        chk_sentence_of(text, y, 0, &sa, &sz);
        if (!chk_span_has_any(a, y, making, sizeof making / sizeof making[0]) ||
            chk_span_has_any(sa, y, plans, sizeof plans / sizeof plans[0]) ||
            chk_in_section(c, p, 5) || chk_in_section(c, p, 6))
            continue;
        *from = a;
        *to = end;
        return 1;
    }
    return 0;
}

/* "2023年，在主动公开的61条政府信息中……" in the report on 2024: the year of the work given as
 * the year before, most often text left over from last year's report; or the report naming
 * itself with a later year (later_own_name). */
void r_text_year(check_ctx *c)
{
    int year = c->r->year;
    /* (not across a table: a 2019 table's header says 上一年项目数量) */
    const char *text = chk_narrative(c);
    if (!text || year < 1000)
        return;
    const char *own_from, *own_to;
    if (later_own_name(c, text, year, &own_from, &own_to)) {
        chk_found(c, chk_line_at(c, own_from),
                  CHK_LANG(c, "“%.*s”（报告年度为%d年）", "“%.*s” (the report is for %d)"),
                  (int)(own_to - own_from), own_from, year);
        return; /* one is enough */
    }
    char pats[2][32];
    snprintf(pats[0], sizeof pats[0], "%d年,", year - 1);
    snprintf(pats[1], sizeof pats[1], "%d年度,", year - 1);
    static const char *const before[] = {"截至", "截止", "至", "自", "从", "与", "和", "较", "比",
                                         "、", "-"};
    static const char *const relative[] = {"同比", "相比", "较", "上年", "去年", "以来", "结转",
                                           "比", "对比", "延续", "上一年", "增至", "增加",
                                           "减少", "下降", "上升", "全市", "全区", "全县",
                                           "本年", "今年"}; /* (the year told apart from it) */
    for (int k = 0; k < 2; k++)
        for (const char *p = chk_next(c, text, pats[k]); p; p = chk_next(c, p + 1, pats[k])) {
            if (is_digit_at(text, p))
                continue;
            int skip = 0;
            for (size_t i = 0; i < sizeof before / sizeof before[0] && !skip; i++) {
                size_t l = strlen(before[i]);
                skip = (size_t)(p - text) >= l && memcmp(p - l, before[i], l) == 0;
            }
            const char *from, *to, *next = NULL, *after;
            chk_sentence_of(text, p, 0, &from, &to);
            /* (the comparison may come in the next sentence, "…24件。2024年增至29件", of the
             * same section) */
            if (*to) {
                chk_sentence_of(text, to + strlen("。"), 0, &after, &next);
                for (int sec = 1; sec <= 6; sec++)
                    if (chk_in_section(c, p, sec) != chk_in_section(c, after, sec))
                        next = NULL;
            }
            for (size_t i = 0; i < sizeof relative / sizeof relative[0] && !skip; i++)
                skip = chk_span_has(p, next ? next : to, relative[i]);
            char own[16]; /* (the year reported on, named after it: "…于2024年通过验收") */
            snprintf(own, sizeof own, "%d年", year);
            skip = skip || chk_span_has(p, to, own);
            /* A copied account states the year's figures ("2023年，在主动公开的61条政府信息
             * 中"), where the year's work is told: not a word on last year without one
             * ("2023年，我局获评…"), nor on last year's problems (五) or other matters (六). */
            int counts = 0;
            const char *q = p + 4;
            for (; q < to && !counts; q++) {
                const char *unit, *end;
                counts = !(q[-1] >= '0' && q[-1] <= '9') && count_at_wide(q, &unit, &end) >= 0 &&
                         end <= to;
            }
            /* (nor the figures of a document issued then, "2023年，市政府办公室印发《考核办法》，
             * 明确考核指标12项") */
            counts = counts && !chk_span_has(p, q, "《");
            /* (nor what another body did then, "2023年，市委、市政府作出…部署，提出重点任务
             * 20项") */
            static const char *const bodies[] = {"市委", "市政府", "省委", "省政府", "区委",
                                                 "区政府", "县委", "县政府", "国务院", "中央",
                                                 "上级"};
            const char *subject = p + strlen(pats[k]);
            for (size_t b = 0; b < sizeof bodies / sizeof bodies[0] && counts; b++)
                counts = strncmp(subject, bodies[b], strlen(bodies[b])) != 0;
            /* (nor a figure told of another body or of many, before it: "被省交通运输厅评为…，
             * 全省共评选先进单位20个", "交通运输部组织…培训2期", "全省交通运输系统共召开…") */
            counts = counts && !other_body_before(subject, q);
            if (skip || !counts || chk_in_section(c, p, 5) || chk_in_section(c, p, 6))
                continue;
            const char *e = p;
            for (int n = 0; e < to && n < 60; n++) { /* the sentence, up to sixty characters */
                int32_t cp;
                e += u8_next(e, (size_t)(to - e), &cp);
            }
            chk_found(c, chk_line_at(c, p),
                      CHK_LANG(c, "“%.*s%s”（报告年度为%d年）", "“%.*s%s” (the report is for %d)"),
                      (int)(e - p), p,
                      e < to ? "……" : "",
                      year);
            return; /* one is enough to send the reader back to the text */
        }
}

/* A date written 2024年1月1日 (*y the year) or 1月1日 (*y = 0) at p: where it ends, or NULL. */
static const char *cn_date_at(const char *p, int *y, int *m, int *d)
{
    int v[3], k = 0;
    static const char *const units[] = {"年", "月", "日"};
    int unit = 0;
    *y = 0;
    while (k < 3) {
        int n = 0, digits = 0;
        while (*p >= '0' && *p <= '9' && digits < 5)
            n = n * 10 + (*p++ - '0'), digits++;
        if (!digits)
            return NULL;
        if (k == 0 && strncmp(p, units[0], 3) == 0)
            unit = 0; /* a year first */
        else if (k == 0 && strncmp(p, units[1], 3) == 0)
            unit = 1, v[k++] = 0; /* no year: month first */
        if (strncmp(p, units[unit], 3) != 0)
            return NULL;
        p += 3;
        v[k++] = n;
        unit++;
    }
    *y = v[0], *m = v[1], *d = v[2];
    return p;
}

/* Whether the sentence [a, z) states the period of the report's figures: the figures named and
 * the report (not a date in running text, "自2024年1月1日起施行", nor another term, "征求意见期
 * 限", "有效期限", a 数据 of other work, a count made, "根据市大数据局统计，…至6月30日我局网站
 * 访问量", another report's, "统计年报"), and not last year's named to compare with.  A period
 * that is a whole other year needs only to be named one ("统计期限为2023年1月1日至2023年12月
 * 31日": last year's report's words left in), where other work's have windows of their own
 * (a hotline's 2023年12月21日至2024年12月20日, a school year). */
static int figures_period(const char *a, const char *z, int whole_year)
{
    static const char *const periods[] = {"统计期限", "统计时限", "统计期间", "统计区间",
                                          "统计周期", "统计时段"};
    static const char *const figures[] = {
        "统计期", "统计时", "统计区间", "统计周期", "统计范围", "统计截止", "统计自",
        "统计数据", "数据统计", "本报告", "报告中", "所列数据", "报告期", "年报数据",
        "数据时限", "数据期限"};
    static const char *const compared[] = {"相比", "同比", "对比", "比较", "较上年", "与上年",
                                           "上年度", "上一年度"};
    /* (named alone, the period opens its clause, not another work's or report's: "热线工单统计
     * 期间为…", "统计年报报送，统计期限为…") */
    int named = 0;
    for (size_t k = 0; whole_year && k < sizeof periods / sizeof periods[0] && !named; k++)
        for (const char *q = chk_span_find(a, z, periods[k]); q && !named;
             q = chk_span_find(q + 1, z, periods[k]))
            named = q == a || q[-1] == ',' || q[-1] == ';' || q[-1] == ':';
    if (named && chk_span_has(a, z, "年报"))
        named = 0;
    return (named ||
            (chk_span_has_any(a, z, figures, sizeof figures / sizeof figures[0]) &&
             chk_span_has(a, z, "报告"))) &&
           !chk_span_has_any(a, z, compared, sizeof compared / sizeof compared[0]);
}

/* The period stated with no first day: "统计期限为2023年度", "时间范围为2023年1月至12月",
 * "统计数据截止时间为2023年12月31日", in another year than the report's: where it is (its end
 * in *end), or NULL. */
static const char *period_of_year(check_ctx *c, const char *text, int year, const char **end)
{
    /* (found by their first words, a pass over the text for each; 截止 and 截至 after the
     * figures' words) */
    static const char *const anchors[] = {"统计", "时间范围", "截"};
    static const char *const terms[] = {"统计期限", "统计期间", "统计时限", "统计时间", "统计区间",
                                        "统计周期", "统计范围", "时间范围", "截止时间", "截止日期",
                                        "截止", "截至"};
    static const char *const fillers[] = {"为", "是", ":", "：", "自", "从", " "};
    for (size_t w = 0; w < sizeof anchors / sizeof anchors[0]; w++)
        for (const char *p = chk_next(c, text, anchors[w]); p;
             p = chk_next(c, p + 1, anchors[w])) {
            size_t t = 0;
            while (t < sizeof terms / sizeof terms[0] &&
                   strncmp(p, terms[t], strlen(terms[t])) != 0)
                t++;
            int bare = t + 2 >= sizeof terms / sizeof terms[0]; /* (截止, 截至: the last two) */
            if (t == sizeof terms / sizeof terms[0] ||
                (bare && !(p - text >= 6 && (memcmp(p - 6, "数据", 6) == 0 ||
                                             memcmp(p - 6, "统计", 6) == 0))))
                continue;
            const char *q = chk_skip_any(p + strlen(terms[t]), p + strlen(terms[t]) + 12,
                                         fillers, sizeof fillers / sizeof fillers[0]);
            int y = 0, digits = 0;
            const char *e = q;
            while (*e >= '0' && *e <= '9' && digits < 5)
                y = y * 10 + (*e++ - '0'), digits++;
            if (digits != 4 || strncmp(e, "年", 3) != 0 || y == year)
                continue;
            e += 3;
            int cut = strstr(terms[t], "截") != NULL, yy, m, d;
            const char *date = cut ? cn_date_at(q, &yy, &m, &d) : NULL;
            if (strncmp(e, "度", 3) == 0 && !cut) {
                e += 3; /* the year as a whole */
            } else if (date && m == 12 && d == 31) {
                e = date; /* the last day of another year */
            } else {
                /* January to December: 1月至12月, 1-12月, 1月—12月 */
                static const char *const spans[] = {"1月至12月", "1月到12月", "1月—12月",
                                                    "1月-12月", "1-12月", "1至12月"};
                size_t k = 0;
                while (k < sizeof spans / sizeof spans[0] &&
                       strncmp(e, spans[k], strlen(spans[k])) != 0)
                    k++;
                if (cut || k == sizeof spans / sizeof spans[0])
                    continue;
                e += strlen(spans[k]);
            }
            const char *a, *z;
            chk_sentence_of(text, p, 0, &a, &z);
            if (!figures_period(a, z, 1))
                continue;
            *end = e;
            return q;
        }
    return NULL;
}

/* "统计期限自2023年1月1日起至2023年12月31日止" in the report on 2024, or a period of part of
 * the year ("至2024年6月30日"): the period the figures cover is not the year reported on, most
 * often last year's sentence kept. */
void r_text_period(check_ctx *c)
{
    int year = c->r->year;
    const char *text = chk_prose(c);
    if (!text || year < 1000)
        return;
    static const char *const seps[] = {"至", "到", "—", "～", "~", "-"};
    /* A period's first date ends in 日, then perhaps 起, then the separator. */
    for (const char *day = chk_next(c, text, "日"); day; day = chk_next(c, day + 3, "日")) {
        const char *q = day + 3, *s = strncmp(q, "起", 3) == 0 ? q + 3 : q;
        size_t sl = 0;
        for (size_t i = 0; i < sizeof seps / sizeof seps[0] && !sl; i++)
            if (strncmp(s, seps[i], strlen(seps[i])) == 0)
                sl = strlen(seps[i]);
        if (!sl)
            continue;
        /* the first date: a year, month and day that end where the separator begins */
        const char *from = NULL;
        int y1 = 0, m1 = 0, d1 = 0, y2, m2, d2;
        for (const char *b = q; b > text && q - b < 24 && !from;) {
            b--;
            if (*b >= '0' && *b <= '9' && (b == text || b[-1] < '0' || b[-1] > '9') &&
                cn_date_at(b, &y1, &m1, &d1) == q && y1 > 0)
                from = b;
        }
        const char *e = from ? cn_date_at(s + sl, &y2, &m2, &d2) : NULL;
        if (!e)
            continue;
        if (!y2)
            y2 = y1;
        const char *a, *z;
        chk_sentence_of(text, from, 0, &a, &z);
        int whole = y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31;
        if (!figures_period(a, z, whole))
            continue;
        static const char *const plans[] = {"计划", "行动", "规划", "实施期限", "方案"};
        int plan = 0;
        for (size_t i = 0; i < sizeof plans / sizeof plans[0] && !plan; i++)
            plan = chk_span_has(a, z, plans[i]);
        if (plan && y2 > y1)
            continue; /* a plan's term of years, not the figures' period */
        if (y1 == year && m1 == 1 && d1 == 1 && y2 == year && m2 == 12 && d2 == 31)
            continue; /* the year's own period */
        chk_found(c, chk_line_at(c, from),
                  CHK_LANG(c, "“%.*s”（报告年度为%d年）", "“%.*s” (the report is for %d)"),
                  (int)(e - from), from,
                  year);
        return;
    }
    const char *end, *from = period_of_year(c, text, year, &end);
    if (from)
        chk_found(c, chk_line_at(c, from),
                  CHK_LANG(c, "“%.*s”（报告年度为%d年）", "“%.*s” (the report is for %d)"),
                  (int)(end - from), from, year);
}

/* Official terms, and characters that are misread or mistyped for one of theirs (不子公开 for
 * 不予公开). */
static const char *const terms[] = {"不予公开", "予以公开", "不予处理", "信息处理费",
                                    "行政复议", "行政诉讼", "信息公开条例"};
static const struct {
    const char *ch, *alike;
} lookalikes[] = {{"予", "子于矛"}, {"例", "列"}, {"议", "仪义"}, {"诉", "拆"},
                  {"复", "夏"},     {"处", "外"}, {"理", "埋"}};

/* One look-alike: the character, and where it stands in which term. */
typedef struct {
    const char *ch; /* 3 bytes */
    int term;
    size_t at; /* byte offset in the term */
} alike_use;

#define MAX_USES 32

/* A character's last two bytes as a 12-bit key: with its last byte alone, the scan passes over
 * most characters with a table lookup or two. */
static unsigned tail_key(const char *p)
{
    return ((unsigned)((unsigned char)p[0] & 0x3F) << 6) | ((unsigned char)p[1] & 0x3F);
}

/* Every (look-alike, term, position) once, with the keys of the look-alikes set in seen. */
static size_t alike_uses(alike_use *u, unsigned char seen[512], unsigned char last[256])
{
    size_t n = 0;
    for (size_t t = 0; t < sizeof terms / sizeof terms[0]; t++)
        for (size_t k = 0; terms[t][k]; k += 3)
            for (size_t l = 0; l < sizeof lookalikes / sizeof lookalikes[0]; l++) {
                if (strncmp(terms[t] + k, lookalikes[l].ch, 3) != 0)
                    continue;
                for (const char *a = lookalikes[l].alike; *a && n < MAX_USES; a += 3) {
                    u[n++] = (alike_use){a, (int)t, k};
                    seen[tail_key(a + 1) >> 3] |= (unsigned char)(1u << (tail_key(a + 1) & 7));
                    last[(unsigned char)a[2]] = 1;
                }
            }
    return n;
}

void r_text_typo(check_ctx *c)
{
    const char *text = chk_prose(c);
    if (!text)
        return;
    alike_use uses[MAX_USES];
    unsigned char seen[512] = {0}, last[256] = {0};
    size_t nuses = alike_uses(uses, seen, last);
    unsigned reported = 0; /* one finding per misspelt term */
    size_t n = strlen(text);
    /* Character by character: the look-alikes are all three bytes long, so only a character
     * led by E0..EF can be one, and its last byte rules most out. */
    for (size_t i = 0; i + 2 < n;) {
        unsigned char lead = (unsigned char)text[i];
        if (lead < 0xE0 || lead > 0xEF) {
            i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 4;
            continue;
        }
        i += 3;
        if (!last[(unsigned char)text[i - 1]])
            continue;
        unsigned key = tail_key(text + i - 2);
        if (!(seen[key >> 3] & (1u << (key & 7))))
            continue;
        const char *x = text + i - 3;
        for (size_t k = 0; k < nuses; k++) {
            const alike_use *u = &uses[k];
            const char *term = terms[u->term];
            size_t tl = strlen(term);
            if (memcmp(x, u->ch, 3) != 0 || (size_t)(x - text) < u->at ||
                (size_t)(x - text) - u->at + tl > n || (reported & (1u << u->term)))
                continue;
            const char *start = x - u->at;
            if (memcmp(start, term, u->at) != 0 ||
                memcmp(start + u->at + 3, term + u->at + 3, tl - u->at - 3) != 0)
                continue;
            /* "致力于以公开促落实", "对于以公开方式…": 于 ending a word, before 以公开 */
            static const char *const yu_words = "力眼利助足善在关对用便基由属处易勇乐敢至等限鉴"
                                                "出源归忠精忙急重始终位着寓益赖功焦务向决注";
            if (memcmp(u->ch, "于", 3) == 0 && u->at == 0 && start - text >= 3) {
                int word = 0;
                for (const char *w = yu_words; *w && !word; w += 3)
                    word = memcmp(start - 3, w, 3) == 0;
                if (word)
                    continue;
            }
            reported |= 1u << u->term;
            chk_found(c, chk_line_at(c, start), CHK_LANG(c, "“%.*s”（应为“%s”）", "“%.*s” (meant: “%s”)"),
                      (int)tl, start, term);
        }
    }
}

/* Comparisons with last year that lost a character: "比升11.6%" for 同比上升. */
void r_text_garbled(check_ctx *c)
{
    static const struct {
        const char *bad, *meant;
    } garbles[] = {{"比升", "同比上升"}, {"比降", "同比下降"}};
    /* 相比升高, 占比升至 are whole */
    static const char *const fine_before[] = {"同", "环", "相", "对", "较", "占"};
    const char *text = chk_prose(c);
    if (!text)
        return;
    for (size_t k = 0; k < sizeof garbles / sizeof garbles[0]; k++)
        for (const char *p = chk_next(c, text, garbles[k].bad); p;
             p = chk_next(c, p + 1, garbles[k].bad)) {
            int fine = 0;
            for (size_t i = 0; i < sizeof fine_before / sizeof fine_before[0] && !fine; i++)
                fine = p - text >= 3 && memcmp(p - 3, fine_before[i], 3) == 0;
            const char *e = p + strlen(garbles[k].bad);
            if (fine || strncmp(e, "级", strlen("级")) == 0) /* ("比升级前") */
                continue;
            for (int n = 0; n < 8 && *e && !clause_sep(e); n++) { /* the figure after it */
                int32_t cp;
                e += u8_next(e, strnlen(e, 4), &cp);
            }
            chk_found(c, chk_line_at(c, p), CHK_LANG(c, "“%.*s”（应为“%s”）", "“%.*s” (meant: “%s”)"),
                      (int)(e - p), p,
                      garbles[k].meant);
            break;
        }
}

/* Where to start n characters before p in text, stopping after a 。 (and, when clauses is set,
 * any clause separator) or at the start of p's line on the way. */
static const char *back_chars(check_ctx *c, const char *text, const char *p, int n, int clauses)
{
    const char *from = p;
    unsigned line = chk_line_at(c, p);
    size_t place = chk_place_of(c, p);
    for (int i = 0; i < n && from > text; i++) {
        const char *prev = from - 1;
        while (prev > text && ((unsigned char)*prev & 0xC0) == 0x80)
            prev--;
        if (strncmp(prev, "。", 3) == 0 || (clauses && clause_sep(prev)) ||
            (line && chk_line_at(c, prev) != line) || chk_place_of(c, prev) != place)
            break;
        from = prev;
    }
    return from;
}

/* Placeholders of a draft or a template left in the text: a report published unfinished. */
void r_text_placeholder(check_ctx *c)
{
    /* In brackets, as drafts and templates print them: bare, 待补充 and 请写明 are ordinary
     * words of a report ("申请内容有待补充的"), and ××× masks an applicant's name. */
    static const char *const marks[] = {
        "(请填写", "(待填写", "(请写明", "(待补充", "(此处填写", "(待核实", "(待确认",
        /* (a report built from figures, not read, has its brackets as written) */
        "（请填写", "（待填写", "（请写明", "（待补充", "（此处填写", "（待核实", "（待确认"};
    const char *text = chk_prose(c);
    if (!text)
        return;
    unsigned last = 0;
    int found = 0;
    /* (the marks in the order they stand, all at once: two brackets to look for, not 14 words) */
    chk_scan scan = {.words = marks, .n = sizeof marks / sizeof marks[0]};
    size_t ml;
    for (const char *p = chk_scan_next(&scan, text, &ml); p && found < 10;
         p = chk_scan_next(&scan, NULL, &ml)) {
        const char *mark = marks[scan.found];
        unsigned line = chk_line_at(c, p);
        if (line && line == last)
            continue; /* one finding a line */
        /* The evidence: the clause that holds the mark, or when the mark opens a sentence
         * (a draft's "（一）主动公开情况。（请填写）"), the end of the one before it too;
         * then the mark's closing bracket or a few characters after it. */
        const char *from = back_chars(c, text, p, 20, 1), *to = p + strlen(mark);
        const char *q = from;
        while (q < p && (*q == '(' || strncmp(q, "（", 3) == 0))
            q += *q == '(' ? 1 : 3;
        if (q == p && from - text >= 3 && strncmp(from - 3, "。", 3) == 0 &&
            chk_line_at(c, from - 3) == line && chk_place_of(c, from - 3) == chk_place_of(c, p))
            from = back_chars(c, text, from - 3, 20, 0);
        /* forward: through the bracket the mark opens, or a few characters */
        const char *close = to;
        for (int n = 0; n < 30 && *close && *close != ')' && strncmp(close, "）", 3); n++) {
            int32_t cp;
            close += u8_next(close, strnlen(close, 4), &cp);
        }
        if (*close == ')' || strncmp(close, "）", 3) == 0) {
            /* (a template's instruction stands for a value, "（请填写本机关名称）", or
             * alone for a paragraph, "（请填写本年度存在的主要问题…。）"; a long one
             * after words is their aside, "补正告知（待补充材料到位后重新计算答复期限）") */
            int alone = p == text || (p - text >= 3 && strncmp(p - 3, "。", 3) == 0) ||
                        p[-1] == ':' || chk_place_of(c, p - 1) != chk_place_of(c, p) ||
                        (line && chk_line_at(c, p - 1) != line);
            if (!alone && u8_count(p, (size_t)(close - p)) > 12)
                continue;
            /* (待补充 with what is to come is an aside too: "（待补充材料后办理）", not
             * "（待补充）") */
            if (!alone && strstr(mark, "待") && close != to)
                continue;
            to = close + (*close == ')' ? 1 : 3);
        } else
            for (int n = 0; n < 6 && *to && !clause_sep(to) && strncmp(to, "。", 3); n++) {
                int32_t cp;
                to += u8_next(to, strnlen(to, 4), &cp);
            }
        chk_found(c, line, "“%.*s”", (int)(to - from), from);
        last = line;
        found++;
    }
    /* ... or a template's XX before what it stands for: "XX局", "20XX年", "XX件" (not a name
     * masked, "王××", nor letters of a word, "XXL") */
    static const char *const xs[] = {"XX", "××"};
    static const char *const stands_for[] = {"局", "市", "区", "县", "镇", "乡", "年", "月", "日",
                                             "件", "条", "个", "项", "次", "万", "元"};
    for (size_t k = 0; k < 2; k++)
        for (const char *p = chk_next(c, text, xs[k]); p && found < 10;
             p = chk_next(c, p + 1, xs[k])) {
            const char *e = p;
            while (strncmp(e, xs[k], strlen(xs[k]) / 2) == 0)
                e += strlen(xs[k]) / 2;
            int stands = 0;
            for (size_t w = 0; w < sizeof stands_for / sizeof stands_for[0] && !stands; w++)
                stands = strncmp(e, stands_for[w], 3) == 0;
            /* (but a word that begins so names what is masked: "××项目", "××区块", "××县道") */
            static const char *const words[] = {"项目", "区块", "县道", "乡道", "镇街", "区域"};
            for (size_t w = 0; w < sizeof words / sizeof words[0] && stands; w++)
                stands = strncmp(e, words[w], strlen(words[w])) != 0;
            /* (nor what an application asked for, masked: "申请公开××镇征地补偿方案") */
            stands = stands && !(p - text >= 6 && memcmp(p - 6, "公开", 6) == 0);
            /* (or the digits of a number, "电话：0571-XXXXXXXX") */
            int digits = !stands && k == 0 && e - p >= 4 && p > text &&
                         (p[-1] == '-' || p[-1] == ':' || (p[-1] >= '0' && p[-1] <= '9') ||
                          (p - text >= 3 && strncmp(p - 3, "：", 3) == 0));
            stands |= digits;
            if (!stands ||
                (p > text && ((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= 'a' && p[-1] <= 'z'))))
                continue;
            unsigned line = chk_line_at(c, p);
            if (line && line == last)
                continue;
            const char *from = back_chars(c, text, p, 10, 1), *to = digits ? e : e + 3;
            chk_found(c, line, "“%.*s”", (int)(to - from), from);
            last = line;
            found++;
            p = e;
        }
}

/* ---- the agency's name misspelt ---- */

#define NAME_MAX_CHARS 48

/* Up to max code points of s into cp; their byte offsets (one past each) into end. */
static size_t code_points(const char *s, size_t n, int32_t *cp, const char **end, size_t max)
{
    size_t k = 0, i = 0;
    while (i < n && k < max) {
        i += u8_next(s + i, n - i, &cp[k]);
        end[k++] = s + i;
    }
    return k;
}

/* Whether code point x names a kind of place: a stretch ending in one is another jurisdiction
 * (易县 in 河北省易县人民政府), not a slip. */
static int is_place(int32_t x)
{
    static const int32_t places[] = {0x7701 /* 省 */, 0x5E02 /* 市 */, 0x53BF /* 县 */,
                                     0x533A /* 区 */, 0x9547 /* 镇 */, 0x4E61 /* 乡 */,
                                     0x5DDE /* 州 */, 0x65D7 /* 旗 */, 0x76DF /* 盟 */,
                                     0x6751 /* 村 */};
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (x == places[i])
            return 1;
    return 0;
}

/* Whether the last characters of s (n code points), from position p on at least, spell the
 * short name of a department: a name changed within it by one character is another department
 * of the same government (教育局 and 体育局), not a slip. */
static int department_at_end(const int32_t *s, size_t n, size_t p)
{
    static const char *const names[] = {
        "教育局", "体育局", "公安局", "民政局", "财政局", "商务局", "审计局", "统计局", "税务局",
        "林业局", "水利局", "水务局", "农业局", "城管局", "交通局", "司法局", "环保局", "人社局",
        "信访局", "发改委", "发改局", "住建局", "建设局", "规划局", "应急局", "市监局", "医保局",
        "气象局", "档案局", "粮食局", "海洋局", "渔业局", "旅游局", "文旅局", "文化局", "畜牧局",
        "物价局", "民宗局", "侨务局", "科技局", "工信局", "经信局", "卫健委", "卫健局", "卫生局",
        "地震局", "国土局", "园林局", "海事局", "金融局", "数据局", "商务厅", "教育厅", "体育厅",
        "公安厅", "民政厅", "财政厅", "水利厅", "司法厅", "交通厅", "文化厅", "卫生厅"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int32_t w[8];
        const char *end[8];
        size_t k = code_points(names[i], strlen(names[i]), w, end, 8);
        if (k <= n && n - k <= p && memcmp(s + n - k, w, k * sizeof *w) == 0)
            return 1;
    }
    return 0;
}

/* Whether t (l code points) is the name a (m code points) with a slip inside: up to two
 * characters left out or added, one changed, or two next to each other swapped, between a
 * shared start and end of at least two characters each (of one, for one left out or two
 * swapped).  Two characters changed make another name (道路运输局, 台江区); leaving out
 * 人民 (县政府 for 县人民政府) is the usual shortening. */

static int near_name(const int32_t *a, size_t m, const int32_t *t, size_t l, int alone)
{
    size_t lim = m < l ? m : l, p = 0, q = 0;
    while (p < lim && a[p] == t[p])
        p++;
    if (p == m && p == l)
        return 0; /* the name itself */
    /* (the last character alone changed for one that ends no agency's name, where the name
     * stands alone, as a signature or before a mark: 交通运输居 for 交通运输局; 交通运输厅 is
     * another body, 交通运输业发展 other words) */
    if (alone && m == l && p == m - 1 && m >= 4 && text_name_end(a[m - 1]) &&
        !text_name_end(t[l - 1]) && t[l - 1] >= 0x4E00 && t[l - 1] <= 0x9FFF)
        return 1;
    while (q < lim && a[m - 1 - q] == t[l - 1 - q])
        q++;
    if (p < 2 || q < 1)
        return 0;
    int short_end = q < 2; /* (before the clamp) */
    if (q > lim - p)
        q = lim - p; /* an end that overlaps the start: 政政府 for 政府 */
    size_t da = m - p - q, dt = l - p - q; /* the differing stretches */
    /* (before the last character alone, only one left out or two swapped: 交通运局, 交通输运局
     * for 交通运输局; 交通局 and 交通运输管理局 are other names) */
    int swapped = da == 2 && dt == 2 && a[p] == t[p + 1] && a[p + 1] == t[p];
    if (short_end && !((da == 1 && dt == 0) || swapped))
        return 0;
    if (!((da == 0 && dt <= 2) || (dt == 0 && da <= 2) || (da == 1 && dt == 1) || swapped))
        return 0;
    /* (a place's kind changed for a character that names none is a slip: 测试是 for 测试市) */
    int slip = da == 1 && dt == 1 && !is_place(t[p]);
    if (((da && is_place(a[p + da - 1])) || (dt && is_place(t[p + dt - 1]))) && !slip)
        return 0;
    if (da == 2 && dt == 0 && a[p] == 0x4EBA && a[p + 1] == 0x6C11) /* 人民 */
        return 0;
    /* (和 left out is the short form, 自然资源规划局 for 自然资源和规划局; a character changed
     * before a place's kind names another place, 滨海区 for 滨江区) */
    if (da == 1 && dt == 0 && (a[p] == 0x548C /* 和 */ || a[p] == 0x4E0E /* 与 */))
        return 0;
    if (da == 1 && dt == 1 && p + 1 < m && is_place(a[p + 1]))
        return 0;
    if (da == 1 && dt == 1 && department_at_end(a, m, p) && department_at_end(t, l, p))
        return 0;
    return 1;
}

/* "请与平潭综合区行政审批局办公室联系" in the report of 平潭综合实验区行政审批局: the agency's own
 * name written wrong in the text. */
void r_text_agency(check_ctx *c)
{
    const char *agency = c->r->agency;
    const char *text = chk_prose(c);
    if (!agency || !text)
        return;
    /* The name as the text reads: without whitespace ("测试市 交通运输局" in a title). */
    char name[4 * NAME_MAX_CHARS];
    if (strlen(agency) >= sizeof name)
        return;
    *chk_squeeze(name, agency) = '\0';
    agency = name;
    int32_t a[NAME_MAX_CHARS], t[NAME_MAX_CHARS + 3];
    const char *aend[NAME_MAX_CHARS], *tend[NAME_MAX_CHARS + 3];
    size_t alen = strlen(agency);
    size_t m = code_points(agency, alen, a, aend, NAME_MAX_CHARS);
    if (m < 6 || m == NAME_MAX_CHARS)
        return; /* a short name is shortened in many ways; a long one is not a name */
    size_t lead = (size_t)(aend[1] - agency); /* the first two characters */
    struct {
        const char *s;
        size_t n;
    } seen[4]; /* names reported: each once */
    int nseen = 0;
    char first[16]; /* the name's first two characters, to search for */
    if (lead >= sizeof first)
        return;
    memcpy(first, agency, lead);
    first[lead] = '\0';
    for (const char *p = text; nseen < 4;) {
        const char *q = chk_next(c, p, first);
        if (!q)
            break;
        p = q + lead;
        if (strncmp(q, agency, alen) == 0)
            continue;
        size_t n = code_points(q, strnlen(q, 4 * (m + 2)), t, tend, m + 2);
        for (size_t l = m - 2; l <= n; l++) {
            /* (alone: no Chinese character after it) */
            int alone = l == n ? !*tend[l - 1] || (unsigned char)*tend[l - 1] < 0x80
                               : !(t[l] >= 0x4E00 && t[l] <= 0x9FFF);
            if (!near_name(a, m, t, l, alone))
                continue;
            size_t bytes = (size_t)(tend[l - 1] - q);
            int dup = 0;
            for (int k = 0; k < nseen; k++)
                dup |= seen[k].n == bytes && memcmp(seen[k].s, q, bytes) == 0;
            if (!dup) {
                seen[nseen].s = q;
                seen[nseen++].n = bytes;
                chk_found(c, chk_line_at(c, q),
                          CHK_LANG(c, "正文“%.*s”；报告机关为%s", "text: “%.*s”; the agency is %s"),
                          (int)bytes, q, agency);
            }
            p = q + bytes;
            break;
        }
    }
    /* ... and in the signature, a line of its own above the date */
    const xxgk_report *r = c->r;
    if (!r->signature_line || r->signature_line == r->published_line ||
        r->signature_line > r->nlines)
        return;
    const char *sig = r->lines[r->signature_line - 1];
    char line[4 * NAME_MAX_CHARS];
    if (strlen(sig) >= sizeof line)
        return;
    *chk_squeeze(line, sig) = '\0';
    size_t n = code_points(line, strlen(line), t, tend, NAME_MAX_CHARS + 3);
    if (n && near_name(a, m, t, n, 1))
        chk_found(c, r->signature_line,
                  CHK_LANG(c, "落款“%s”；报告机关为%s", "signature: “%s”; the agency is %s"), line,
                  agency);
}

/* Whether the characters of s[0..n) are t's, in their order, with others between or not: a
 * name shortened (交通局 of 交通运输局, 某区政府 of 某区人民政府办公室). */
static int within_in_order(const int32_t *s, size_t n, const int32_t *t, size_t m)
{
    size_t k = 0;
    for (size_t i = 0; i < m && k < n; i++)
        k += t[i] == s[k];
    return k == n;
}

/* s with every `word` taken out, in place. */
static void drop_words(char *s, const char *word)
{
    size_t n = strlen(word);
    for (char *p; (p = strstr(s, word)) != NULL;)
        memmove(p, p + n, strlen(p + n) + 1);
}

/* Whether the name ends as an organ's does (局, 委员会, 人民政府, 办公室, 中心 ...). */
static int organ_name(const int32_t *s, size_t n)
{
    static const int32_t ends[] = {0x5C40 /* 局 */, 0x59D4 /* 委 */, 0x4F1A /* 会 */,
                                   0x5E9C /* 府 */, 0x5BA4 /* 室 */, 0x5385 /* 厅 */,
                                   0x9662 /* 院 */, 0x90E8 /* 部 */, 0x5FC3 /* 心 */,
                                   0x529E /* 办 */, 0x7F72 /* 署 */, 0x961F /* 队 */,
                                   0x5904 /* 处 */, 0x6240 /* 所 */, 0x7AD9 /* 站 */};
    for (size_t i = 0; n && i < sizeof ends / sizeof ends[0]; i++)
        if (s[n - 1] == ends[i])
            return 1;
    return 0;
}

/* "测试市财政局" above the date of 测试市交通运输局's report: another agency's name signs it,
 * most likely a report written over another's (the same agency's name shortened, with its
 * office or unit after it, or joined with another's, is its own; one written with a wrong
 * character is text-agency-name's). */
void r_text_signature(check_ctx *c)
{
    const xxgk_report *r = c->r;
    if (!r->agency || !r->signature_line || r->signature_line == r->published_line ||
        r->signature_line > r->nlines)
        return;
    char name[4 * NAME_MAX_CHARS], line[4 * NAME_MAX_CHARS];
    const char *sig = r->lines[r->signature_line - 1];
    if (strlen(r->agency) >= sizeof name || strlen(sig) >= sizeof line)
        return;
    *chk_squeeze(name, r->agency) = '\0';
    *chk_squeeze(line, sig) = '\0';
    /* (the office for the work signs a government's report: 政务公开领导小组办公室) */
    if (strstr(line, "政务公开") || strstr(line, "信息公开"))
        return;
    char shown[sizeof line];
    memcpy(shown, line, strlen(line) + 1);
    drop_words(name, "人民"); /* (某县政府办公室 signs for 某县人民政府) */
    drop_words(line, "人民");
    int32_t a[NAME_MAX_CHARS], t[NAME_MAX_CHARS];
    const char *aend[NAME_MAX_CHARS], *tend[NAME_MAX_CHARS];
    size_t m = code_points(name, strlen(name), a, aend, NAME_MAX_CHARS);
    size_t n = code_points(line, strlen(line), t, tend, NAME_MAX_CHARS);
    if (m < 4 || n < 4 || m == NAME_MAX_CHARS || n == NAME_MAX_CHARS || !organ_name(t, n))
        return;
    for (size_t i = 0; i < n; i++)
        if (!(t[i] >= 0x4E00 && t[i] <= 0x9FFF))
            return; /* (a name is Chinese characters alone: not a sentence, a date, a list) */
    if (within_in_order(a, m, t, n) || within_in_order(t, n, a, m) || near_name(a, m, t, n, 1))
        return;
    chk_found(c, r->signature_line,
              CHK_LANG(c, "落款“%s”；报告机关为%s", "signature: “%s”; the agency is %s"), shown,
              r->agency);
}

static const char *const openers[] = {"(", "《", "〔", "【", "[", "〈", "<"};
static const char *const closers[] = {")", "》", "〕", "】", "]", "〉", ">"};

static int bracket_at(const char *p, const char *const *set, size_t *len)
{
    for (int i = 0; i < 7; i++) {
        size_t l = strlen(set[i]);
        if (strncmp(p, set[i], l) == 0) {
            *len = l;
            return i;
        }
    }
    return -1;
}

/* Brackets and title marks that do not pair up in a narrative section (tables are left out:
 * their wrapped cells split brackets across lines). */
/* Whether the ) at p ends a list's number ("1）", "A)", "一）") opening a line or a clause:
 * a mark with no partner by nature. */
static int list_marker(const char *text, const char *p)
{
    const char *q = p;
    if (q > text && ((q[-1] >= '0' && q[-1] <= '9') || (q[-1] >= 'A' && q[-1] <= 'Z') ||
                     (q[-1] >= 'a' && q[-1] <= 'z'))) {
        while (q > text && q[-1] >= '0' && q[-1] <= '9')
            q--;
        if (q == p) /* (a letter alone) */
            q--;
    } else if (q - text >= 3) {
        int32_t cp;
        u8_next(q - 3, 3, &cp);
        if (!cn_digit(cp))
            return 0;
        q -= 3;
    } else {
        return 0;
    }
    if (q == text || q[-1] == '\n' || q[-1] == ' ')
        return 1;
    static const char *const before[] = {"。", "；", ";", "：", ":", "，", ","};
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
        size_t n = strlen(before[k]);
        if ((size_t)(q - text) >= n && memcmp(q - n, before[k], n) == 0)
            return 1;
    }
    return 0;
}

void r_text_brackets(check_ctx *c)
{
    const xxgk_report *r = c->r;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        if (xxgk_section_table(s->standard) >= 0)
            continue;
        int stack[32], depth = 0;
        const char *open_at[32];
        const char *bad = NULL;
        const char *text = s->text;
        for (const char *p = text; *p && !bad;) {
            p += strcspn(p, "()[]<>\xe3"); /* the marks are ASCII or start with E3 */
            if (!*p)
                break;
            size_t l = 1;
            int k;
            if ((k = bracket_at(p, openers, &l)) >= 0) {
                if (depth == 32)
                    break; /* nesting this deep is not prose */
                open_at[depth] = p;
                stack[depth++] = k;
            } else if ((k = bracket_at(p, closers, &l)) >= 0) {
                if (depth > 0 && stack[depth - 1] == k)
                    depth--;
                else if (!(k == 0 && list_marker(text, p)))
                    bad = p;
            }
            p += l;
        }
        if (!bad && depth > 0)
            bad = open_at[depth - 1];
        if (!bad)
            continue;
        /* about twenty characters either side, on whole characters, on the mark's line */
        const char *a = bad, *e = bad;
        for (int n = 0; n < 20 && a > text && a[-1] != '\n'; n++)
            do
                a--;
            while (a > text && ((unsigned char)*a & 0xC0) == 0x80);
        for (int n = 0; n < 20 && *e && *e != '\n'; n++)
            do
                e++;
            while (*e && ((unsigned char)*e & 0xC0) == 0x80);
        size_t l = 1;
        if (bracket_at(bad, openers, &l) < 0)
            bracket_at(bad, closers, &l);
        chk_found_verbatim(c, chk_section_line_at(c, i, bad),
                           CHK_LANG(c, "“%s”部分：“%.*s”中的“%.*s”没有配对",
                                    "section “%s”: in “%.*s” the “%.*s” has no partner"),
                           s->title, (int)(e - a), a, (int)l, bad);
    }
}
