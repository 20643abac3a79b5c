/* Unit tests of src/util: number parsing, label normalization and matching, folding, decoding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "support.h"
#include "lib/labels.h"
#include "util/encoding.h"
#include "util/text.h"

static num_kind parse(const char *s, double *v)
{
    return num_parse(s, strlen(s), v);
}

/* A cell's spaces trimmed, the ideographic and the no-break ones too, not those inside it. */
static void test_trim_wide(void **state)
{
    (void)state;
    const char *s = "\xE3\x80\x80 \t12 3\xC2\xA0\xE3\x80\x80";
    size_t n = trim_wide(&s, strlen(s));
    assert_int_equal(n, 4);
    assert_memory_equal(s, "12 3", 4);
    s = "\xC2\xA0 ";
    assert_int_equal(trim_wide(&s, strlen(s)), 0);
}

static void test_numbers(void **state)
{
    (void)state;
    double v;
    assert_int_equal(parse("0", &v), NUM_PLAIN);
    assert_true(v == 0);
    assert_int_equal(parse(" 42 ", &v), NUM_PLAIN);
    assert_true(v == 42);
    assert_int_equal(parse("1,234", &v), NUM_PLAIN);
    assert_true(v == 1234);
    assert_int_equal(parse("3,985,758", &v), NUM_PLAIN);
    assert_true(v == 3985758);
    assert_int_equal(parse("96171.6", &v), NUM_PLAIN);
    assert_true(v > 96171.59 && v < 96171.61);
    assert_int_equal(parse("-2", &v), NUM_PLAIN);
    assert_true(v == -2);
    assert_int_equal(parse("\xe2\x88\x92" "2", &v), NUM_PLAIN); /* U+2212 MINUS SIGN */
    assert_true(v == -2);
    assert_int_equal(parse("\xe2\x80\x93" "12", &v), NUM_PLAIN); /* an en dash */
    assert_true(v == -12);
    assert_int_equal(parse("\xe2\x80\x93", &v), NUM_DASH);
    assert_int_equal(parse("251000元", &v), NUM_UNIT);
    assert_true(v == 251000);
    assert_int_equal(parse("17件", &v), NUM_UNIT);
    assert_int_equal(parse("", &v), NUM_BLANK);
    assert_int_equal(parse("   ", &v), NUM_BLANK);
    assert_int_equal(parse("/", &v), NUM_SLASH);
    assert_int_equal(parse("-", &v), NUM_DASH);
    assert_int_equal(parse("—", &v), NUM_DASH);
    assert_int_equal(parse("1.属于国家秘密", &v), NUM_NONE);
    assert_int_equal(parse("共3次会议", &v), NUM_NONE);
    assert_int_equal(parse("1,23", &v), NUM_NONE); /* not a thousands group */
    assert_int_equal(parse("12345678901234567890", &v), NUM_RANGE);
    /* thousands apart by spaces: a lead of one to three digits, then groups of exactly three */
    assert_int_equal(parse("9 487", &v), NUM_GROUPED);
    assert_true(v == 9487);
    assert_int_equal(parse("1 234 567.5", &v), NUM_GROUPED);
    assert_true(v == 1234567.5);
    assert_int_equal(parse("9 487 件", &v), NUM_GROUPED);
    assert_true(v == 9487);
    assert_int_equal(parse("1234 567", &v), NUM_NONE);  /* a lead of four */
    assert_int_equal(parse("1 23", &v), NUM_NONE);      /* a group of two */
    assert_int_equal(parse("1 2345", &v), NUM_NONE);    /* a group of four */
    assert_int_equal(parse("1,234 567", &v), NUM_NONE); /* commas and spaces mixed */
    assert_int_equal(parse("1 234,567", &v), NUM_NONE);
    assert_int_equal(parse("1  234", &v), NUM_NONE);    /* two spaces apart: two cells */
    assert_int_equal(parse("0 000", &v), NUM_NONE);     /* a lead opening with 0: 0s apart */
    assert_int_equal(parse("00 000", &v), NUM_NONE);
    assert_int_equal(parse("35 件", &v), NUM_UNIT);
    /* a 2019 本年增/减 in words, or its sign set apart */
    assert_int_equal(parse("减少3", &v), NUM_UNIT);
    assert_true(v == -3);
    assert_int_equal(parse("增加12", &v), NUM_UNIT);
    assert_true(v == 12);
    assert_int_equal(parse("减 3", &v), NUM_UNIT); /* (its figure set apart by a space) */
    assert_true(v == -3);
    assert_int_equal(parse("增长3%", &v), NUM_NONE);
    assert_int_equal(parse("- 3", &v), NUM_PLAIN);
    assert_true(v == -3);
    assert_int_equal(parse("- 3 -", &v), NUM_NONE); /* a page's footer */
    assert_int_equal(parse("-  3", &v), NUM_NONE);
    /* written as it reads back */
    char buf[64];
    assert_string_equal(num_format(buf, sizeof buf, 0.000001), "0.000001");
    assert_string_equal(num_format(buf, sizeof buf, 12.5), "12.5");
    assert_string_equal(num_format(buf, sizeof buf, 18651.064104), "18651.064104");
    assert_string_equal(num_format(buf, sizeof buf, 42), "42");
    assert_string_equal(num_format(buf, sizeof buf, -3), "-3");
    assert_string_equal(num_format(buf, sizeof buf, 1e20), "100000000000000000000");
    assert_int_equal(parse(num_format(buf, sizeof buf, 0.000001), &v), NUM_PLAIN);
    assert_true(v == 0.000001);
}

static const char *norm(const char *s)
{
    static char buf[256];
    label_norm(buf, sizeof buf, s, strlen(s));
    return buf;
}

/* Counts in running text, and the clause separators of folded text. */
static void test_counts(void **state)
{
    (void)state;
    const char *unit, *end;
    const char *t = "17件，";
    assert_int_equal(count_at(t, &unit, &end), 17);
    assert_string_equal(unit, "件");
    assert_ptr_equal(end, t + 2 + 3);
    assert_int_equal(count_at("1,234条", &unit, &end), 1234);
    assert_string_equal(unit, "条");
    const char *u2;
    assert_int_equal(count_at("3项", &u2, &end), 3);
    assert_ptr_not_equal(u2, unit); /* units compare as pointers */
    assert_int_equal(count_at("12,34件", &unit, &end), -1); /* not a thousands group */
    assert_int_equal(count_at("17人", &unit, &end), -1);
    assert_int_equal(count_at("件", &unit, &end), -1);
    /* events and writings only where asked for */
    assert_int_equal(count_at("6次", &unit, &end), -1);
    assert_int_equal(count_at_wide("6次", &unit, &end), 6);
    assert_string_equal(unit, "次");
    assert_int_equal(count_at_wide("21篇，", &unit, &end), 21);
    assert_int_equal(count_at_wide("17件", &unit, &end), 17);
    assert_int_equal(count_at_wide("17人", &unit, &end), -1);
    /* in Chinese numerals, before a unit or not */
    static const struct {
        const char *text;
        double value;
        size_t len; /* of the numerals */
    } cn[] = {{"三十件", 30, 6},   {"一百零五件", 105, 12}, {"两起", 2, 3},
              {"叁拾壹件", 31, 9}, {"十五万元", 15, 6},     {"一千零二十", 1020, 15},
              {"零件", -1, 0},     {"万元", -1, 0}};
    for (size_t i = 0; i < sizeof cn / sizeof cn[0]; i++) {
        assert_true(cn_number_at(cn[i].text, &end) == cn[i].value);
        if (cn[i].value >= 0)
            assert_ptr_equal(end, cn[i].text + cn[i].len);
    }
    assert_int_equal(count_at_cn("三十件", &unit, &end), 30);
    assert_string_equal(unit, "件");
    assert_int_equal(count_at_cn("十五万元", &unit, &end), -1); /* (万元 is no count's unit) */
    assert_int_equal(clause_sep("、x"), 3);
    assert_int_equal(clause_sep("。"), 3);
    assert_int_equal(clause_sep(","), 1);
    assert_int_equal(clause_sep("\n"), 1);
    assert_int_equal(clause_sep("年"), 0);
}

static void test_label_norm(void **state)
{
    (void)state;
    assert_string_equal(norm("一、本年新收政府信息公开申请数量"), "本年新收政府信息公开申请数量");
    assert_string_equal(norm("（五） 不予 处理"), "不予处理");
    assert_string_equal(norm("（ 七 ） 总 计"), "总计"); /* (spaced inside the brackets too) */
    assert_string_equal(norm("(三)1.属于国家秘密"), "属于国家秘密");
    assert_string_equal(norm("3.危及“三安全一稳定”"), "危及三安全一稳定");
    assert_string_equal(norm("1、申请人无正当理由"), "申请人无正当理由");
    assert_string_equal(norm("三 、本 年 度办 理 结果"), "本年度办理结果");
    assert_string_equal(norm("**二、** 主动公开"), "二主动公开");
    assert_string_equal(norm("本年收费金额（单位：万元）"), "本年收费金额单位万元");
}

static void test_label_match(void **state)
{
    (void)state;
    assert_true(label_match("其他法律行政止公开", "其他法律行政|法规禁止公开", 0));
    assert_false(label_match("计其他情形", "其他", 1));
    assert_true(label_match("其他", "其他", 1));
    assert_true(label_match("法提供2没有现成信息需要另行制作", "没有现成信息", 0));
    assert_false(label_match("", "规章", 1));
    assert_false(label_match("规章制度", "规章", 1));
}

/* What a user's typed text must not hold, and where. */
static void test_first_flaw(void **state)
{
    (void)state;
    size_t at = 99;
    int32_t cp = 0;
    const char *ok = "张三 (Zhang) \xc2\xad";
    assert_int_equal(text_first_flaw(ok, strlen(ok), 1, &at, &cp), TEXT_CLEAN);
    assert_int_equal(at, 99);
    /* a soft hyphen is at home in prose, not in a name */
    assert_int_equal(text_first_flaw(ok, strlen(ok), 0, &at, &cp), TEXT_INVISIBLE);
    assert_int_equal(at, 15);
    assert_int_equal(cp, 0xAD);
    const char *lines = "一行\n二行\t";
    assert_int_equal(text_first_flaw(lines, strlen(lines), 1, &at, &cp), TEXT_CLEAN);
    assert_int_equal(text_first_flaw(lines, strlen(lines), 0, &at, &cp), TEXT_CONTROL);
    assert_int_equal(at, 6);
    assert_int_equal(cp, '\n');
    const char *c1 = "ab\xc2\x9f";
    assert_int_equal(text_first_flaw(c1, strlen(c1), 1, &at, &cp), TEXT_CONTROL);
    assert_int_equal(at, 2);
    assert_int_equal(cp, 0x9F);
    const char *del = "a\x7f";
    assert_int_equal(text_first_flaw(del, strlen(del), 1, &at, &cp), TEXT_CONTROL);
    assert_int_equal(at, 1);
    /* direction controls reorder what is shown: refused in prose too */
    const char *rlo = "金额\xe2\x80\xae" "001";
    assert_int_equal(text_first_flaw(rlo, strlen(rlo), 1, &at, &cp), TEXT_INVISIBLE);
    assert_int_equal(at, 6);
    assert_int_equal(cp, 0x202E);
    /* the first flaw counts; a truncated character is not UTF-8 */
    const char *cut = "x\xe5\x85";
    assert_int_equal(text_first_flaw(cut, strlen(cut), 1, &at, &cp), TEXT_NOT_UTF8);
    assert_int_equal(at, 1);
    assert_int_equal(cp, -1);
}

static void test_fold(void **state)
{
    (void)state;
    xbuf b;
    xbuf_init(&b, 0);
    const char *in = "（一）１\xc2\xad２&nbsp;件\r\n第二行\u3000x\xef\xbb\xbf";
    size_t ctl = 9;
    size_t bad = 0;
    assert_int_equal(text_fold(&b, in, strlen(in), &ctl, &bad), 0);
    assert_int_equal(ctl, 0);
    assert_int_equal(bad, strlen(in));
    assert_string_equal(b.data, "(一)12 件\n第二行 x");
    xbuf_free(&b);
    /* entities without their semicolon, as browsers read them; not before a letter */
    xbuf_init(&b, 0);
    const char *bare = "3520&nbsp|&nbsp280|a&amp b|&lt3|&#160;|&#1604|&nbspx|&ampere";
    assert_int_equal(text_fold(&b, bare, strlen(bare), NULL, NULL), 0);
    assert_string_equal(b.data, "3520 | 280|a& b|<3| |&#1604|&nbspx|&ampere");
    xbuf_free(&b);
    /* and back to full width where Chinese prose has it; numbers and ASCII text keep theirs */
    xbuf_init(&b, 0);
    const char *prose = "(一)本年,共收到1,234件(含网上申请:12件);见www.x.gov.cn(网站)!a, b (c)";
    prose_widths(&b, prose, strlen(prose));
    assert_string_equal(b.data, "（一）本年，共收到1,234件（含网上申请：12件）；"
                                "见www.x.gov.cn（网站）！a, b (c)");
    xbuf_free(&b);
    /* a pair stays a pair: wide when its opening is */
    xbuf_init(&b, 0);
    prose = "本机关(2023)和报告(PDF)";
    prose_widths(&b, prose, strlen(prose));
    assert_string_equal(b.data, "本机关（2023）和报告（PDF）");
    xbuf_free(&b);
}

/* Radicals that PDF text layers give for characters fold to those characters, byte for byte
 * (so no offset moves); radicals that are only parts of characters stay.  Written as escapes:
 * a radical and its character look alike. */
static void test_fold_radicals(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        /* Kangxi Radicals, by their compatibility mapping */
        {"\u2F00\u2F8F\u2F47\u2F08", "一行日人"},
        {"\u2F00\u3001\u603B\u4F53\u60C5\u51B5", "一、总体情况"},
        {"2025\u5E741\u2F494\u2F47", "2025年1月4日"},
        /* the CJK Radicals Supplement's simplified look-alikes, by the table */
        {"\u2EA0\u2ED3\u2ED4\u2EDC\u2EE2\u2EDB\u2EC5\u2ECB\u2ED8\u2EC9\u2EDA\u2EC4",
         "民长门飞马风见车青贝页西"},
        {"\u6D4B\u8BD5\u5E02\u2F08\u2EA0\u653F\u5E9C", "测试市人民政府"},
        /* and its two with compatibility mappings */
        {"\u2E9F\u2EF3", "母龟"},
        /* parts of characters (亻 讠), a Japanese form, an ideographic description character,
         * and the punctuation that shares their lead byte: left as they are */
        {"\u2E85\u2EC8\u2EEB\u2FF0\u2014\u2026", "\u2E85\u2EC8\u2EEB\u2FF0\u2014\u2026"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        xbuf b;
        xbuf_init(&b, 0);
        size_t n = strlen(cases[k].in), bad = 0;
        assert_int_equal(text_fold(&b, cases[k].in, n, NULL, &bad), 0);
        assert_int_equal(bad, n);
        assert_string_equal(b.data, cases[k].out);
        assert_int_equal(b.len, n);
        xbuf_free(&b);
    }
    /* an invalid byte after radicals is found where it stands */
    xbuf b;
    xbuf_init(&b, 0);
    const char *cut = "\u2F8F\u653F\xff";
    size_t bad = 0;
    assert_int_equal(text_fold(&b, cut, strlen(cut), NULL, &bad), 0);
    assert_int_equal(bad, 6);
    xbuf_free(&b);
}

/* Folding validates UTF-8 on the way: where the first bad sequence is, or U+FFFD for it. */
static void test_fold_validates(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t bad; /* offset of the first invalid sequence, or (size_t)-1 for valid */
        const char *replaced;
    } cases[] = {
        {"申请“17”件。é😀", (size_t)-1, "申请“17”件。é😀"},
        {"规章\xb9\xe6", 6, "规章\xef\xbf\xbd\xef\xbf\xbd"},    /* GBK after UTF-8 */
        {"ab\xe0\x80\x80", 2, "ab\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"}, /* overlong */
        {"\xed\xa0\x80z", 0, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz"}, /* surrogate */
        {"件\xe4\xbb", 3, "件\xef\xbf\xbd\xef\xbf\xbd"},         /* cut short */
        {"x\xc3(", 1, "x\xef\xbf\xbd("},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        xbuf b;
        xbuf_init(&b, 0);
        size_t n = strlen(cases[k].in), bad = 12345;
        assert_int_equal(text_fold(&b, cases[k].in, n, NULL, &bad), 0);
        assert_int_equal(bad, cases[k].bad == (size_t)-1 ? n : cases[k].bad);
        xbuf_reset(&b);
        assert_int_equal(text_fold(&b, cases[k].in, n, NULL, NULL), 0);
        assert_string_equal(b.data, cases[k].replaced);
        xbuf_free(&b);
    }
}

/* Dates as agencies write them: one separator used twice, or 年月日; what follows is left. */
static void test_date_at(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
        size_t used;
    } cases[] = {{"2025-01-22 20:18", "2025-01-22", 10},
                 {"2025/1/2", "2025-01-02", 8},
                 {"2025.1.22日", "2025-01-22", 9},
                 {"2025年1月22日 来源", "2025-01-22", 16},
                 {"2025年元月20日", "2025-01-20", 18},
                 {"2025-元月-20", NULL, 0},
                 {"2025-01/22", NULL, 0},
                 {"2025年1月22", NULL, 0},
                 {"25-1-22", NULL, 0},
                 {"2025-123-1", NULL, 0},
                 {"发布 2025-01-22", NULL, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[16] = "";
        assert_int_equal(text_date_at(cases[i].in, out), cases[i].used);
        if (cases[i].out)
            assert_string_equal(out, cases[i].out);
    }
}

static void test_label_sets(void **state)
{
    (void)state;
    label_set set;
    label_set_init(&set, "逾期不补正|无正当理由逾期");
    assert_int_equal(set.n, 2);
    const char *norm = "1申请人无正当理由逾期不补正行政机关不再处理";
    size_t n = strlen(norm);
    uint64_t sig = label_sig(norm, n);
    assert_true(label_set_match(&set, norm, n, sig, 0));
    assert_false(label_set_match(&set, norm, n, sig, 1));
    assert_true(label_set_match(&set, "逾期不补正", strlen("逾期不补正"),
                                label_sig("逾期不补正", strlen("逾期不补正")), 1));
    /* A key's characters are all in a label that contains it. */
    assert_int_equal(set.key[0].sig & ~sig, 0);
    assert_false(label_set_match(&set, "逾期未按收费", strlen("逾期未按收费"),
                                 label_sig("逾期未按收费", strlen("逾期未按收费")), 0));
    /* More keys than fit: read from the string as it is. */
    label_set_init(&set, "a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q");
    assert_int_equal(set.n, -1);
    assert_true(label_set_match(&set, "xq", 2, 0, 0));
    assert_false(label_set_match(&set, "xyz", 3, 0, 0));
    label_set_init(&set, "");
    assert_int_equal(set.n, 0);
    assert_false(label_set_match(&set, "规章", 6, ~UINT64_C(0), 0));
}

/* The prepared labels are the format's own, normalized, for every row of both formats. */
static void test_prepared_labels(void **state)
{
    (void)state;
    const xxgk_format_id ids[2] = {XXGK_FORMAT_2021, XXGK_FORMAT_2019};
    int rows = 0;
    for (int f = 0; f < 2; f++) {
        const xxgk_format_spec *spec = xxgk_format_get(ids[f]);
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            const xxgk_table_spec *ts = &spec->tables[t];
            assert_true(ts->nrows <= LABELS_ROWS_MAX);
            /* (the titles of table 三's rows numbered like sections: begun, not other words) */
            assert_int_equal(labels_row_title_start("结转下"), 1);
            assert_int_equal(labels_row_title_start("本年度办理"), 1);
            assert_int_equal(labels_row_title_start("上年结转政府信息公开申请数量"), 1);
            assert_int_equal(labels_row_title_start("结"), 0); /* (one character: too short to tell) */
            assert_int_equal(labels_row_title_start("主动公开政府信息情况"), 0);
            /* every column's label among the table's, once (none cut off by LABELS_COLS_MAX) */
            const table_columns *tc = labels_columns(ts);
            for (int i = 0; i < ts->nrows; i++)
                for (int j = 0; j < ts->rows[i].ncols; j++) {
                    int found = 0;
                    for (int q = 0; q < tc->n; q++)
                        found += strcmp(tc->col[q].spec->label, ts->rows[i].cols[j].label) == 0;
                    assert_int_equal(found, 1);
                }
            /* the first row's columns first, in order, each with its label, every variant
             * and every short form (the recognizer finds a header's column by them) */
            for (int k = 0; k < ts->rows[0].ncols; k++) {
                const column_label *l = &tc->col[k];
                assert_ptr_equal(l->spec, &ts->rows[0].cols[k]);
                int forms = 1;
                for (const char *w = l->spec->short_forms; w && *w; w++)
                    forms += *w == '|' || w == l->spec->short_forms;
                for (const char *w = l->spec->variants; w && *w; w++)
                    forms += *w == '|' || w == l->spec->variants;
                assert_int_equal(l->nwords, forms);
                assert_int_equal(l->words[0].n, strlen(l->spec->label));
                /* (the last word runs to the end of the list: none cut off) */
                assert_int_equal(l->words[l->nwords - 1].s[l->words[l->nwords - 1].n], '\0');
            }
            for (int i = 0; i < ts->nrows; i++) {
                const xxgk_row_spec *row = &ts->rows[i];
                const row_labels *l = labels_row(ts, i);
                char want[LABEL_NORM_MAX];
                label_norm(want, sizeof want, row->label, strlen(row->label));
                assert_string_equal(l->label, want);
                assert_ptr_equal(l->match.raw, row->match);
                assert_true(l->match.n >= 1);
                /* Every row's official label matches its own keys. */
                assert_true(label_set_match(&l->match, want, strlen(want),
                                            label_sig(want, strlen(want)),
                                            (row->flags & XXGK_ROW_EXACT) != 0));
                rows++;
            }
        }
        assert_ptr_equal(labels_markers(spec)->raw, spec->markers);
    }
    assert_int_equal(rows, 6 + 30 + 3 + 8 + 27 + 3);
}

/* Which sections hold which table, and section numbers as printed: from the format table. */
static void test_sections_of_format(void **state)
{
    (void)state;
    static const int table[8] = {-1, -1, XXGK_TABLE_ACTIVE, XXGK_TABLE_REQUESTS, XXGK_TABLE_REVIEW,
                                 -1, -1, -1};
    for (int n = 0; n < 8; n++)
        assert_int_equal(xxgk_section_table(n), table[n]);
    assert_string_equal(xxgk_section_numeral(1), "一");
    assert_string_equal(xxgk_section_numeral(4), "四");
    assert_string_equal(xxgk_section_numeral(10), "十");
    assert_null(xxgk_section_numeral(0));
    assert_null(xxgk_section_numeral(11));
}

/* A whole file into a buffer, up to the buffer's limit exactly. */
static void test_read_file(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    assert_non_null(f);
    for (int i = 0; i < 100000; i++)
        fputc('a' + i % 26, f);
    static const struct {
        size_t max; /* xbuf limit */
        int rc;
        size_t len;
    } cases[] = {{0, 0, 100000}, {100001, 0, 100000}, {100000, -2, 99999}, {70000, -2, 69999}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        rewind(f);
        xbuf b;
        xbuf_init(&b, cases[k].max);
        assert_int_equal(xbuf_read(&b, f), cases[k].rc);
        assert_int_equal(b.len, cases[k].len);
        if (cases[k].rc == 0)
            assert_int_equal(b.data[99999], 'a' + 99999 % 26);
        xbuf_free(&b);
    }
    fclose(f);
}

/* One escaper for the HTML and DOCX writers: entities, U+FFFD for bad bytes, and no character
 * XML 1.0 forbids. */
static void test_markup_escape(void **state)
{
    (void)state;
    static const char in[] = "a&b<c>\"d\x01" "e\x7f\xff中\t\n\r\xef\xbf\xbe\xef\xbf\xbdz";
    xbuf b;
    xbuf_init(&b, 1024);
    markup_escape(&b, in, sizeof in - 1);
    assert_string_equal(b.data, "a&amp;b&lt;c&gt;&quot;de\xef\xbf\xbd中\t\n\r\xef\xbf\xbdz");
    xbuf_reset(&b);
    markup_escape(&b, "中文", 4); /* a character cut short at the end */
    assert_string_equal(b.data, "中\xef\xbf\xbd");
    xbuf_free(&b);
}

static void test_u8_count(void **state)
{
    (void)state;
    assert_int_equal(u8_count("", 0), 0);
    assert_int_equal(u8_count("abc", 3), 3);
    const char *s = "本年新收政府信息公开申请 17 件 é😀";
    assert_int_equal(u8_count(s, strlen(s)), 20);
    assert_int_equal(u8_count(s, 7), 3); /* stops inside 收: its lead byte counts */
}

static void test_decode(void **state)
{
    (void)state;
    xbuf b;
    const char *used;
    size_t cut;
    char err[256];
    /* "规章" in GB18030 */
    const char gb[] = "\xb9\xe6\xd5\xc2";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, gb, 4, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "GB18030");
    assert_string_equal(b.data, "规章");
    xbuf_free(&b);
    /* ... and with GB18030's byte order mark, which is not part of the text */
    const char gbom[] = "\x84\x31\x95\x33\xb9\xe6\xd5\xc2";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, gbom, 8, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "GB18030");
    assert_string_equal(b.data, "规章");
    assert_int_equal(b.len, 6);
    xbuf_free(&b);
    /* UTF-16LE with BOM */
    const char u16[] = "\xff\xfe\xc4\x89\xe0\x7a";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, u16, 6, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(b.data, "规章");
    xbuf_free(&b);
    /* NUL bytes without a BOM: binary */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "ab\0cd", 5, NULL, &used, &cut, err, sizeof err), XXGK_EBINARY);
    xbuf_free(&b);
    /* ... but NULs that only pad the end are not the text's */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "abcd\0\0", 6, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(b.data, "abcd");
    xbuf_free(&b);
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "\0\0", 2, NULL, &used, &cut, err, sizeof err), XXGK_EBINARY);
    xbuf_free(&b);
    /* UTF-16 without a BOM: read as such when it reads as text, else named as such, with the
     * option that reads it */
    const char le[] = "\x32\x00\x30\x00\x32\x00\x34\x00\x74\x5e\xa6\x5e\xa5\x62\x4a\x54"
                      "\x0a\x00\x31\x00\x32\x00";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, le, sizeof le - 1, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "UTF-16LE");
    assert_string_equal(b.data, "2024年度报告\n12");
    xbuf_free(&b);
    /* ... Chinese with few figures, few NULs: 测试 sixty times, then 2024-12-31 (nine NULs
     * inside, one padding the end) */
    char zh[260];
    for (int i = 0; i < 120; i++)
        memcpy(zh + 2 * i, i & 1 ? "\xd5\x8b" : "\x4b\x6d", 2);
    for (int i = 0; i < 10; i++)
        zh[240 + 2 * i] = "2024-12-31"[i], zh[241 + 2 * i] = 0;
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, zh, sizeof zh, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "UTF-16LE");
    assert_int_equal(b.len, 120 * 3 + 10);
    assert_memory_equal(b.data, "测试测试", 12);
    assert_string_equal(b.data + 360, "2024-12-31");
    xbuf_free(&b);
    const char be_bare[] = "\x00\x32\x00\x30\x00\x32\x00\x34\x5e\x74\x5e\xa6\x00\x0a\x00\x31";
    xbuf_init(&b, 0);
    assert_int_equal(
        enc_decode(&b, be_bare, sizeof be_bare - 1, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "UTF-16BE");
    assert_string_equal(b.data, "2024年度\n1");
    xbuf_free(&b);
    const char ctl[] = "\x32\x00\x01\x00\x32\x00\x02\x00\x32\x00\x03\x00\x32\x00\x04\x00"
                       "\x32\x00\x05\x00",
               nul[] = "\x32\x00\x30\x00\x32\x00\x34\x00\x32\x00\x30\x00\x32\x00\x34\x00"
                       "\x32\x00\x30\x00\x00\x00\x34\x00\x74\x5e\xa6\x5e\x0a\x00\x31\x00";
    xbuf_init(&b, 0); /* (a NUL character inside is no text either) */
    assert_int_equal(enc_decode(&b, nul, sizeof nul - 1, NULL, &used, &cut, err, sizeof err),
                     XXGK_EENCODING);
    xbuf_free(&b);
    /* ... but NULs after the text only pad it */
    const char padded[] = "\x32\x00\x30\x00\x32\x00\x34\x00\x74\x5e\xa6\x5e\x0a\x00\x31\x00"
                          "\x32\x00\x00\x00\x00\x00\x00\x00";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, padded, sizeof padded - 1, NULL, &used, &cut, err, sizeof err),
                     0);
    assert_string_equal(b.data, "2024年度\n12");
    assert_int_equal(b.len, strlen("2024年度\n12"));
    xbuf_free(&b);
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, ctl, sizeof ctl - 1, NULL, &used, &cut, err, sizeof err),
                     XXGK_EENCODING);
    assert_string_equal(err, "NUL bytes in every other byte: UTF-16LE text without a byte order "
                             "mark? use --encoding UTF-16LE");
    assert_int_equal(b.len, 0);
    xbuf_free(&b);
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, le, sizeof le - 1, "UTF-16LE", &used, &cut, err, sizeof err), 0);
    assert_string_equal(b.data, "2024年度报告\n12");
    xbuf_free(&b);
    const char be[] = "\x00\x32\x00\x30\x5e\x74\x5e\xa6";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, be, sizeof be - 1, "UTF-16BE", &used, &cut, err, sizeof err), 0);
    assert_string_equal(b.data, "20年度");
    xbuf_free(&b);
    xbuf_init(&b, 0); /* a named order skips its own mark */
    assert_int_equal(enc_decode(&b, "\xfe\xff\0002", 4, "utf-16be", &used, &cut, err, sizeof err), 0);
    assert_string_equal(b.data, "2");
    xbuf_free(&b);
    /* neither UTF-8 nor GB18030: the place is named */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "ok\nok\n\xff\xff", 8, NULL, &used, &cut, err, sizeof err),
                     XXGK_EENCODING);
    assert_non_null(strstr(err, "line 3"));
    xbuf_free(&b);
    /* GB18030 (规章) but for a byte on line 2: the place where GB18030 fails, not UTF-8 */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "\xb9\xe6\xd5\xc2\n\xb9\xe6\xff", 8, NULL, &used, &cut, err,
                                sizeof err),
                     XXGK_EENCODING);
    assert_string_equal(err, "line 2, byte 7: invalid GB18030 (the text before it is GB18030), "
                             "and not UTF-8 either; use --encoding to name the file's encoding");
    xbuf_free(&b);
    /* UTF-8 but for one line in GB18030 (李四, pasted from elsewhere): refused at that line, not
     * read as GB18030, which would turn every UTF-8 character into two others */
    const char mixed[] = "申请人,内容\n张三,道路建设规划批复文件\n\xc0\xee\xcb\xc4,d\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, mixed, sizeof mixed - 1, NULL, &used, &cut, err, sizeof err),
                     XXGK_EENCODING);
    assert_string_equal(err, "line 3, byte 55: invalid UTF-8 in a file otherwise UTF-8 (text in "
                             "another encoding pasted in?); save the file as UTF-8 throughout, "
                             "or use --encoding to name its encoding");
    xbuf_free(&b);
    /* ... however short: a line of UTF-8 Chinese beside one that is no UTF-8 */
    const char short_mix[] = "张三\n\xc0\xee\xcb\xc4\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, short_mix, sizeof short_mix - 1, NULL, &used, &cut, err,
                                sizeof err),
                     XXGK_EENCODING);
    assert_non_null(strstr(err, "line 2, byte 7: invalid UTF-8 in a file otherwise UTF-8"));
    xbuf_free(&b);
    /* ... or on one line with it (李四 in UTF-8, 说明 in GB18030): a Chinese character in UTF-8
     * with a byte below A1, twice, would be a rare one of GBK's extensions read as GB18030 */
    const char same_line[] = "2024-100,\xe6\x9d\x8e\xe5\x9b\x9b,\xcb\xb5\xc3\xf7\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, same_line, sizeof same_line - 1, NULL, &used, &cut, err,
                                sizeof err),
                     XXGK_EENCODING);
    assert_non_null(strstr(err, "line 1, byte 18: invalid UTF-8 in a file otherwise UTF-8"));
    xbuf_free(&b);
    /* GB18030 throughout, with as many characters, is GB18030 */
    const char gbtext[] = "\xc9\xea\xc7\xeb\xc8\xcb,\xc4\xda\xc8\xdd\n\xd5\xc5\xc8\xfd,"
                          "\xb5\xc0\xc2\xb7\xbd\xa8\xc9\xe8\xb9\xe6\xbb\xae\xc5\xfa"
                          "\xb8\xb4\xce\xc4\xbc\xfe\n\xc0\xee\xcb\xc4,d\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, gbtext, sizeof gbtext - 1, NULL, &used, &cut, err, sizeof err),
                     0);
    assert_string_equal(used, "GB18030");
    assert_string_equal(b.data, "申请人,内容\n张三,道路建设规划批复文件\n李四,d\n");
    xbuf_free(&b);
    /* a file cut short in its last character: what is whole is read, the rest counted */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "规章\xe5\x88", 8, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "UTF-8");
    assert_string_equal(b.data, "规章");
    assert_int_equal(cut, 2);
    xbuf_free(&b);
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "\xb9\xe6\xd5\xc2\xb9", 5, NULL, &used, &cut, err, sizeof err),
                     0);
    assert_string_equal(used, "GB18030");
    assert_string_equal(b.data, "规章");
    assert_int_equal(cut, 1);
    xbuf_free(&b);
    xbuf_init(&b, 0); /* (a sequence that could never be whole is not cut short) */
    assert_int_equal(enc_decode(&b, "ok\xff", 3, NULL, &used, &cut, err, sizeof err),
                     XXGK_EENCODING);
    xbuf_free(&b);
    /* an unknown forced encoding */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, "x", 1, "NO-SUCH-ENC", &used, &cut, err, sizeof err), XXGK_EINVAL);
    xbuf_free(&b);
}

/* Regression: GB18030 whose bytes are all valid UTF-8 (characters C2-DF A1-BF, as 卢伟 and 通知
 * are) was read as UTF-8, ¬ΰ and ֪ͨ, without a word.  UTF-8 with accents in its words stays
 * UTF-8. */
static void test_decode_gb18030_valid_utf8(void **state)
{
    (void)state;
    xbuf b;
    const char *used;
    size_t cut;
    char err[256];
    /* a register's CSV with English headers, as Excel saves it edited on a Chinese Windows */
    const char amb[] = "id,received,applicant,applicant_type,channel,description\n"
                       "A1,2024-03-01,\xc2\xac\xce\xb0,natural,online,\xcd\xa8\xd6\xaa\n"
                       "A2,2024-03-02,\xc3\xab\xce\xb0,natural,online,\xd1\xa7\xd0\xa3\n";
    assert_int_equal(utf8_invalid_at(amb, sizeof amb - 1), sizeof amb - 1);
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, amb, sizeof amb - 1, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "GB18030");
    assert_string_equal(b.data, "id,received,applicant,applicant_type,channel,description\n"
                                "A1,2024-03-01,卢伟,natural,online,通知\n"
                                "A2,2024-03-02,毛伟,natural,online,学校\n");
    xbuf_free(&b);
    /* ... unless forced, or after UTF-8's BOM, which says what the file is */
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, amb, sizeof amb - 1, "UTF-8", &used, &cut, err, sizeof err),
                     0);
    assert_string_equal(used, "UTF-8");
    assert_string_equal(b.data, amb);
    xbuf_free(&b);
    const char bom[] = "\xef\xbb\xbf\xc2\xac\xce\xb0,\xcd\xa8\xd6\xaa\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, bom, sizeof bom - 1, NULL, &used, &cut, err, sizeof err), 0);
    assert_string_equal(used, "UTF-8");
    assert_string_equal(b.data, "\xc2\xac\xce\xb0,\xcd\xa8\xd6\xaa\n"); /* as it stands */
    xbuf_free(&b);
    /* a UTF-8 CSV with a few accented names and no Chinese stays UTF-8 */
    const char latin[] = "id,applicant,note\nB1,José,café\nB2,Müller,\n";
    xbuf_init(&b, 0);
    assert_int_equal(enc_decode(&b, latin, sizeof latin - 1, NULL, &used, &cut, err, sizeof err),
                     0);
    assert_string_equal(used, "UTF-8");
    assert_string_equal(b.data, latin);
    xbuf_free(&b);
    /* the weighing itself: 1 for GB18030 */
    static const struct {
        const char *text;
        int want;
    } cases[] = {
        {"\xc2\xac\xce\xb0", 1},                  /* 卢伟: a run of two, no letter beside */
        {"A1,\xc2\xac\xce\xb0,\xcd\xa8\xd6\xaa", 1}, /* 卢伟, 通知 */
        {"PDF\xb8\xf1\xca\xbd", 0},                /* 格式: C0 and over are no UTF-8 */
        {"no", 0},                                 /* ASCII: UTF-8 */
        {"", 0},
        {"José, café", 0},        /* accents in words */
        {"informação, ação", 0},  /* çã: a run, but letters in a word */
        {"¥500, 25°C, ©2024", 0}, /* lone symbols count for neither */
        {"½¼", 1},                /* (the price: two symbols together are a word, 陆录) */
        {"Ελλάδα", 0},            /* Greek: Ε is CE 95, a second byte below A1 */
        {"Иван, Москва", 0},      /* Cyrillic: second bytes below A1 */
        {"é\xc2\xac\xce\xb0", 1}, /* a run that is not all letters: 茅卢伟 */
        {"通知 \xc2\xac\xce\xb0", 0}, /* UTF-8 Chinese beside it: UTF-8 */
        {"\xc2\xac\xce", 0},          /* (a lead byte cut short: not weighed) */
        {"José, café, Müller \xc2\xac\xce\xb0", 0}, /* weighed: three accents, two in a run */
        {"José \xc2\xac\xce\xb0", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (enc_gb18030_lookalike(cases[i].text, strlen(cases[i].text)) != cases[i].want)
            fail_msg("case %zu: %s", i, cases[i].text);
}

/* Digits meeting where two blocks of a cell join are kept apart; words, a digit and a word, and
 * anything before the cell's start are left as they are. */
static void test_apart_digits(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t at, from;
        const char *want;
    } cases[] = {{"205", 2, 0, "20  5"}, {"12345", 2, 0, "12  345"},
                 {"商业企业", 6, 0, "商业企业"}, {"20件", 2, 0, "20件"},
                 {"1\t2", 2, 2, "1\t2"}, {"12", 1, 1, "12"}, {"12", 2, 0, "12"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xbuf b;
        xbuf_init(&b, 0);
        xbuf_puts(&b, cases[i].text);
        text_apart_digits(&b, cases[i].at, cases[i].from);
        assert_string_equal(b.data, cases[i].want);
        xbuf_free(&b);
    }
}

/* A column padded to its width (a Chinese character two columns), a name too wide for it cut,
 * whole characters and "..", so that the next column stays in line. */
static void test_pad(void **state)
{
    (void)state;
    static const struct {
        const char *s, *want;
    } cases[] = {{"张三", "张三        |"},
                 {"某某商贸有限公司", "某某商贸..  |"},
                 {"Zhang Sanfeng", "Zhang San.. |"},
                 {"Zhang Sanfe", "Zhang Sanfe |"},
                 {"某某商贸有", "某某商贸有  |"},
                 {"某某商贸有限", "某某商贸..  |"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xbuf b;
        xbuf_init(&b, 0);
        xbuf_pad_cut(&b, cases[i].s, 12);
        xbuf_putc(&b, '|');
        assert_string_equal(b.data, cases[i].want);
        xbuf_free(&b);
    }
}

static void test_buf_limit(void **state)
{
    (void)state;
    xbuf b;
    xbuf_init(&b, 8);
    assert_int_equal(xbuf_puts(&b, "1234567"), 0);
    assert_int_equal(xbuf_puts(&b, "89"), -1);
    assert_int_equal(xbuf_puts(&b, "x"), -1); /* sticky */
    xbuf_free(&b);
}

/* A name as a zip or a disk gives it: UTF-8 as it is; GB18030 bytes read; a GB18030 name once
 * taken for CP437 (╞╜╠╢, what some unpackers make of a Chinese Windows zip's names) put back;
 * an accented name, or box characters that read as no Chinese, left alone. */
static void test_names(void **state)
{
    (void)state;
    /* (a quote clipped at a character: 3 of them, then "…") */
    char clip[16];
    assert_string_equal(u8_clip("甲乙丙丁戊", 3, clip, sizeof clip), "甲乙丙…");
    assert_string_equal(u8_clip("甲乙丙", 3, clip, sizeof clip), "甲乙丙");
    assert_string_equal(u8_clip("甲乙丙丁戊己", 5, clip, 11), "甲乙…"); /* (as buf holds) */
    static const char *const cases[][2] = {
        {"平潭.txt", "平潭.txt"},
        {"\xb2\xc6\xd5\xfe.txt", "财政.txt"},
        {"╞╜╠╢▓╞╒■╛╓2024─Ω▒¿╕µ.txt", "平潭财政局2024年报告.txt"},
        {"été.txt", "été.txt"},
        {"│a│.txt", "│a│.txt"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xbuf b;
        xbuf_init(&b, 0);
        enc_name(&b, cases[i][0], strlen(cases[i][0]));
        assert_string_equal(b.data ? b.data : "", cases[i][1]);
        xbuf_free(&b);
    }
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_trim_wide),     cmocka_unit_test(test_label_norm),
        cmocka_unit_test(test_markup_escape), cmocka_unit_test(test_names),
        cmocka_unit_test(test_label_match), cmocka_unit_test(test_fold),
        cmocka_unit_test(test_first_flaw),
        cmocka_unit_test(test_fold_validates), cmocka_unit_test(test_label_sets),
        cmocka_unit_test(test_fold_radicals),
        cmocka_unit_test(test_u8_count), cmocka_unit_test(test_prepared_labels),
        cmocka_unit_test(test_read_file), cmocka_unit_test(test_sections_of_format),
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_decode_gb18030_valid_utf8),      cmocka_unit_test(test_buf_limit),
        cmocka_unit_test(test_counts),      cmocka_unit_test(test_date_at),
        cmocka_unit_test(test_apart_digits), cmocka_unit_test(test_pad),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
