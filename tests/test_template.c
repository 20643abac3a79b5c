/* Tests of the letter template engine (xxgk/template.h) and of every letter shipped in
 * templates/, which must render with the documented variables and nothing else. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

static const xxgk_tvar vars[] = {
    {"a", "甲", NULL}, {"b", "乙", NULL}, {"empty", "", NULL}, {"null", NULL, NULL}, {"braces", "{{a}}", NULL},
};
#define NVARS (sizeof vars / sizeof vars[0])

/* Render t with vars; expect success and return the text (free it). */
static char *ok(const char *t)
{
    char *out = NULL;
    int rc = xxgk_template_render(&out, t, strlen(t), vars, NVARS, "t");
    if (rc < 0) fail_msg("%s: %s", t, xxgk_error_last());
    return out;
}

static void expect(const char *t, const char *want)
{
    char *out = ok(t);
    assert_string_equal(out, want);
    free(out);
}

/* Render t; expect code and an error message holding msg. */
static void expect_error(const char *t, int code, const char *msg)
{
    char *out = (char *)"untouched";
    assert_int_equal(xxgk_template_render(&out, t, strlen(t), vars, NVARS, "letter.txt"), code);
    assert_string_equal(out, "untouched");
    if (!strstr(xxgk_error_last(), msg))
        fail_msg("message \"%s\" lacks \"%s\"", xxgk_error_last(), msg);
}

static void test_substitution(void **state)
{
    (void)state;
    expect("", "");
    expect("no tags, 没有占位符 } { }}", "no tags, 没有占位符 } { }}");
    expect("{{a}}：{{b}}，{{a}}。", "甲：乙，甲。");
    expect("[{{empty}}][{{null}}]", "[][]");
    expect("{{braces}}", "{{a}}"); /* values are never expanded again */
    /* a value missing where the text needs one: its prompt, but a section still hides */
    const xxgk_tvar asked[] = {{"fee", "", "（请写明金额）"}, {"a", "甲", "（不用）"}};
    char *out = NULL;
    const char *t = "金额为人民币{{fee}}元{{#fee}}，已缴{{/fee}}；{{a}}";
    assert_int_equal(xxgk_template_render(&out, t, strlen(t), asked, 2, NULL), 0);
    assert_string_equal(out, "金额为人民币（请写明金额）元；甲");
    free(out);
    /* len bounds the template: no NUL needed */
    assert_int_equal(xxgk_template_render(&out, "{{a}}{{nope}}", 5, vars, NVARS, NULL), 0);
    assert_string_equal(out, "甲");
    free(out);
    assert_int_equal(xxgk_template_render(&out, NULL, 0, NULL, 0, NULL), 0);
    assert_string_equal(out, "");
    free(out);
}

static void test_sections(void **state)
{
    (void)state;
    expect("x{{#a}}[{{a}}]{{/a}}y", "x[甲]y");
    /* an inverted section: shown when its name is empty, hidden when set */
    expect("x{{^a}}[{{a}}]{{/a}}y", "xy");
    expect("x{{^empty}}[{{a}}]{{/empty}}y", "x[甲]y");
    expect("x{{^null}}无{{/null}}y", "x无y");
    expect("{{#a}}有{{/a}}{{^a}}无{{/a}}，{{#empty}}有{{/empty}}{{^empty}}无{{/empty}}", "有，无");
    expect("{{^empty}}1{{^a}}2{{/a}}{{#b}}3{{/b}}{{/empty}}", "13");
    expect("{{^a}}1{{^empty}}2{{/empty}}{{/a}}", ""); /* hidden stays hidden inside */
    expect("一\n{{^a}}\n二\n{{/a}}\n三\n", "一\n三\n");
    expect("x{{#empty}}[{{a}}]{{/empty}}y", "xy");
    expect("x{{#null}}[{{a}}]{{/null}}y", "xy");
    expect("{{#a}}1{{#empty}}2{{/empty}}{{#b}}3{{/b}}{{/a}}", "13");
    expect("{{#empty}}1{{#a}}2{{/a}}{{/empty}}", ""); /* hidden stays hidden inside */
    /* a tag alone on its line takes the line with it, blanks and all */
    expect("一\n  {{#a}}\n二\n{{/a}}  \n三\n", "一\n二\n三\n");
    expect("一\n{{#empty}}\n二\n{{/empty}}\n三\n", "一\n三\n");
    expect("一\r\n{{#a}}\r\n二\r\n{{/a}}\r\n", "一\r\n二\r\n");
    expect("一\n{{#a}}\n二\n{{/a}}", "一\n二\n");   /* at the very end */
    expect("一{{#a}}\n二\n{{/a}}三", "一\n二\n三"); /* not alone: lines stay */
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("第一行\n第二行\n称谓：{{nope}}\n", XXGK_EINVAL,
                 "letter.txt:3: unknown placeholder {{nope}}");
    /* hidden or not, every tag is checked */
    expect_error("{{#empty}}\n\n{{typo}}\n{{/empty}}\n", XXGK_EINVAL, "letter.txt:3: unknown");
    expect_error("{{#a}}\n{{/a}}\n{{#nope}}{{/nope}}", XXGK_EINVAL,
                 "letter.txt:3: unknown placeholder {{nope}}");
    expect_error("ok\n{{ a }}", XXGK_EINVAL, "letter.txt:2: malformed tag \"{{ a }}\"");
    expect_error("{{a", XXGK_EINVAL, "letter.txt:1: malformed tag \"{{a\"");
    expect_error("{{}}", XXGK_EINVAL, "malformed");
    expect_error("{{a}}{{", XXGK_EINVAL, "malformed");
    expect_error("{{{a}}}", XXGK_EINVAL, "malformed");
    expect_error("{{#a}}\n\n{{/b}}", XXGK_EINVAL, "letter.txt:3: {{/b}} closes no open");
    expect_error("{{/a}}", XXGK_EINVAL, "closes no open");
    expect_error("{{^a}}x{{/b}}", XXGK_EINVAL, "letter.txt:1: {{/b}} closes no open");
    expect_error("{{^nope}}{{/nope}}", XXGK_EINVAL, "letter.txt:1: unknown placeholder {{nope}}");
    expect_error("{{^a}}x", XXGK_EINVAL, "letter.txt:1: section {{^a}} is never closed");
    expect_error("x\n{{#a}}\n{{#b}}{{/b}}\n", XXGK_EINVAL,
                 "letter.txt:2: section {{#a}} is never closed");
    /* a message quotes a bad tag without cutting a UTF-8 character in two */
    expect_error("{{申请人}}", XXGK_EINVAL, "malformed tag \"{{申请人}}\"");
    expect_error("{{申请人申请人申请人申请人申请人}}", XXGK_EINVAL,
                 "malformed tag \"{{申请人申请人申请人申请人\"");
    char *out = NULL;
    assert_int_equal(xxgk_template_render(NULL, "x", 1, vars, NVARS, NULL), XXGK_EINVAL);
    assert_int_equal(xxgk_template_render(&out, "x", 1, NULL, 2, NULL), XXGK_EINVAL);
}

static void test_literal_braces(void **state)
{
    (void)state;
    expect("{{{{a}}", "{{a}}");
    expect("{{{{{{a}}", "{{甲");
    expect("{{#empty}}{{{{{{/empty}}x", "x");
    expect("}}{{{{}}", "}}{{}}");
}

static void test_limit(void **state)
{
    (void)state;
    size_t max = XXGK_TEMPLATE_MAX_OUTPUT;
    char *big = malloc(max + 1);
    assert_non_null(big);
    memset(big, 'x', max);
    big[max] = '\0';
    xxgk_tvar v[] = {{"big", big, NULL}};
    char *out = NULL;
    assert_int_equal(xxgk_template_render(&out, "{{big}}", 7, v, 1, "big"), 0); /* exactly 1 MiB */
    assert_int_equal(strlen(out), max);
    free(out);
    assert_int_equal(xxgk_template_render(&out, "{{big}}!", 8, v, 1, "big"), XXGK_ELIMIT);
    big[max / 2] = '\0'; /* half, twice, plus one */
    assert_int_equal(xxgk_template_render(&out, "{{big}}{{big}}", 14, v, 1, "big"), 0);
    free(out);
    assert_int_equal(xxgk_template_render(&out, "{{big}}\n{{big}}", 15, v, 1, "big"), XXGK_ELIMIT);
    assert_non_null(strstr(xxgk_error_last(), "big: rendered letter exceeds"));
    free(big);
    /* sections nest only so deep */
    char deep[20 * 6];
    for (size_t i = 0; i < sizeof deep; i += 6)
        memcpy(deep + i, "{{#a}}", 6);
    assert_int_equal(xxgk_template_render(&out, deep, sizeof deep, vars, NVARS, NULL), XXGK_ELIMIT);
}

/* Every name the shipped letters may use, filled as a real case would be. */
static const xxgk_tvar letter_vars[] = {
    {"agency", "某市某区人民政府办公室", NULL},
    {"ref", "某政办信复〔2024〕15号", NULL},
    {"applicant", "张某某", NULL},
    {"you", "您", NULL},
    {"applicant_id", "110101199001011234", NULL},
    {"contact", "某市某区某路1号，13800000000", NULL},
    {"received", "2024年3月4日", NULL},
    {"corrected", "2024年3月8日", NULL},
    {"description", "2023年某区老旧小区改造项目的立项批复文件", NULL},
    {"corrected_description", "2023年某区幸福小区老旧小区改造项目的立项批复文件", NULL},
    {"form", "电子邮件", NULL},
    {"date", "2024年3月29日", NULL},
    {"due", "2024年4月1日", NULL},
    {"new_due", "2024年4月29日", NULL},
    {"extension_days", "20", NULL},
    {"approver", "李某某", NULL},
    {"correction_items", "1. 请说明所需文件的名称或者文号；\n　　2. 请说明所涉项目的具体地址。",
     NULL},
    {"correction_deadline", "2024年3月25日", NULL},
    {"correction_notice_date", "2024年3月5日", NULL},
    {"third_party", "某某建设有限公司", NULL},
    {"consult_deadline", "2024年3月26日", NULL},
    {"fee", "4700", NULL},
    {"fee_explain", "30页以内免费；第31-100页 70页×10元=700元；合计700元", NULL},
    {"pay_deadline", "2024年4月26日", NULL},
    {"payment", "", "（请写明缴费方式）"},
    {"fee_notice_date", "2024年3月28日", NULL},
    {"reason", "所申请信息中包含自然人的身份证号码，属于个人隐私", NULL},
    {"outcome", "所申请信息已经主动公开", NULL},
    {"outcome_row", "三（三）1", NULL},
    {"basis", "第十五条、第三十六条第（三）项", NULL},
    {"withheld_basis", "第十五条", NULL},
};

static void test_shipped(void **state)
{
    (void)state;
    static const struct {
        const char *file;
        const char *cites; /* the legal basis the letter must name */
    } letters[] = {
        {"correction-notice.txt", "第三十条"},
        {"correction-notice.txt", "作出补正：\n　　1. 请说明所需文件的名称或者文号；\n　　2. 请说明"
                                  "所涉项目的具体地址。\n　　请您最迟于2024年3月25日向本机关提交"},
        {"extension-notice.txt", "第三十三条第二款"},
        /* (the last day stated is a day to answer on: 最迟于, not 于…前) */
        {"extension-notice.txt", "答复期限延长20个工作日，本机关将最迟于2024年4月29日向您作出"
                                 "答复。"},
        {"extension-notice.txt", "申请内容为：“2023年某区老旧小区改造项目的立项批复文件”；并于"
                                 "2024年3月8日收到您补正后的申请，经补正，申请内容为：“2023年某区"
                                 "幸福小区老旧小区改造项目的立项批复文件”。\n"},
        {"consultation-letter.txt", "申请公开以下信息：“2023年某区幸福小区老旧小区改造项目的"
                                    "立项批复文件”。经审查"},
        {"consultation-letter.txt",
         "15个工作日内（本函发出当日收到的，至2024年3月26日止；收到晚于发出之日的，相应顺延）"},
        {"agency-consultation-letter.txt", "第三十四条"},
        {"agency-consultation-letter.txt", "逾期未提出意见的，视为同意公开。"},
        {"fee-notice.txt", "《政府信息公开信息处理费管理办法》"},
        {"fee-notice.txt", "，经补正，申请内容为：“2023年某区幸福小区老旧小区改造项目的立项批复"
                           "文件”。\n"},
        /* (the 20 working days run from the day after it is received: 109号, the day it is
         * sent the earliest) */
        {"fee-notice.txt", "请您自收到本通知书次日起20个工作日内缴纳上述费用（本通知书发出当日"
                           "收到的，最迟于2024年4月26日；收到晚于发出之日的，相应顺延）。"},
        {"fee-notice.txt", "不再处理该政府信息公开申请。\n　　缴费方式：（请写明缴费方式）\n"
                           "　　特此通知。\n"},
        {"reply-granted.txt", "第三十六条第（二）项的规定，本机关决定予以公开，现按照您要求的形式"
                              "（电子邮件）向您提供。\n　　另需说明：所申请信息中包含"},
        {"reply-partly.txt", "对其余可以公开的政府信息内容予以公开，现按照您要求的形式（电子邮件）"
                             "向您提供。\n"},
        /* (the withheld part's ground beside Art. 37's and Art. 36's) */
        {"reply-partly.txt", "不予公开的内容及理由：所申请信息中包含自然人的身份证号码，属于个人"
                             "隐私。根据《中华人民共和国政府信息公开条例》第十五条和第三十七条、"
                             "第三十六条第（二）项、第（三）项的规定，本机关对上述内容不予公开"},
        {"reply-withheld.txt", "条例》第十五条、第三十六条第（三）项的规定，"},
        {"reply-unable.txt", "第三十六条第（四）项"},
        {"reply-other-agency.txt", "第三十六条第（五）项的规定，现将有关情况告知如下：所申请信息"},
        {"reply-published.txt", "第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径："},
        {"reply-inquiry.txt", "第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。"
                              "\n　　具体办理方式：所申请信息中包含"},
        {"reply-unable-create.txt", "第三十八条"},
        {"reply-unclear.txt", "补正后的申请内容仍不明确，本机关无法确定您所申请的政府信息，理由"
                              "是：所申请信息中包含"},
        {"reply-unclear.txt", "政府信息公开申请，申请内容为：“2023年某区老旧小区改造项目的立项"
                              "批复文件”；并于2024年3月8日收到您补正后的申请，经补正，申请内容"
                              "为：“2023年某区幸福小区老旧小区改造项目的立项批复文件”。现答复"
                              "如下："},
        {"reply-not-corrected.txt", "已于2024年3月5日告知您对申请内容作出补正"},
        {"reply-unpaid.txt", "已于2024年3月28日向您发出收费通知"},
        {"reply-not-processed.txt", "条例》第十五条、第三十六条第（三）项的有关规定，"},
        {"reply-other.txt", "经审查，所申请信息中包含自然人的身份证号码"},
    };
    size_t nv = sizeof letter_vars / sizeof letter_vars[0];
    xxgk_tvar sparse[sizeof letter_vars / sizeof letter_vars[0]];
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", XXGK_TEMPLATES, letters[i].file);
        size_t len;
        char *t = slurp(path, &len), *out = NULL;
        if (!t) fail_msg("cannot read %s", path);
        if (xxgk_template_render(&out, t, len, letter_vars, nv, letters[i].file) < 0)
            fail_msg("%s", xxgk_error_last());
        if (!strstr(out, letters[i].cites))
            fail_msg("%s does not cite %s", letters[i].file, letters[i].cites);
        assert_null(strstr(out, "{{"));
        assert_non_null(strstr(out, "某政办信复〔2024〕15号"));
        /* every letter is signed: agency, then date, at the end */
        assert_non_null(strstr(out, "某市某区人民政府办公室\n2024年3月29日\n"));
        if (strncmp(letters[i].file, "reply-", 6) == 0) {
            assert_non_null(strstr(out, "60日内依法申请行政复议"));
            assert_non_null(strstr(out, "6个月内依法向人民法院提起行政诉讼"));
        }
        free(out);
        /* optional parts left empty still make a letter */
        for (size_t k = 0; k < nv; k++) {
            sparse[k] = letter_vars[k];
            if (!strcmp(sparse[k].key, "approver") || !strcmp(sparse[k].key, "due") ||
                !strcmp(sparse[k].key, "form") || !strcmp(sparse[k].key, "corrected") ||
                !strcmp(sparse[k].key, "corrected_description"))
                sparse[k].value = "";
        }
        if (xxgk_template_render(&out, t, len, sparse, nv, letters[i].file) < 0)
            fail_msg("%s", xxgk_error_last());
        assert_null(strstr(out, "（）"));
        /* (no correction: the application as received, and nothing of a correction) */
        assert_null(strstr(out, "收到您补正后的申请"));
        assert_null(strstr(out, "经补正"));
        if (strncmp(letters[i].file, "reply-", 6) == 0 &&
            strcmp(letters[i].file, "reply-not-corrected.txt") != 0)
            assert_non_null(strstr(out, "申请内容为：“2023年某区老旧小区改造项目的立项批复文件”。"
                                        "现答复如下：\n"));
        free(out);
        /* addressed to an organisation: 你单位 throughout, never 您 */
        for (size_t k = 0; k < nv; k++)
            if (!strcmp(sparse[k].key, "you"))
                sparse[k].value = "你单位";
        if (xxgk_template_render(&out, t, len, sparse, nv, letters[i].file) < 0)
            fail_msg("%s", xxgk_error_last());
        assert_null(strstr(out, "您"));
        /* (no form asked for: the disclosure goes with the letter) */
        if (!strcmp(letters[i].file, "reply-granted.txt") ||
            !strcmp(letters[i].file, "reply-partly.txt"))
            assert_non_null(strstr(out, "予以公开，现随本答复书向你单位提供（见附件）。\n"));
        free(out);
        free(t);
    }
}

/* The messages in Chinese, the default language. */
static void test_messages_zh(void **state)
{
    (void)state;
    xxgk_lang_set(XXGK_LANG_ZH);
    expect_error("第一行\n第二行\n称谓：{{nope}}\n", XXGK_EINVAL, "");
    assert_string_equal(xxgk_error_last(), "letter.txt 第3行：未知的占位符 {{nope}}");
    expect_error("ok\n{{ a }}", XXGK_EINVAL, "");
    assert_string_equal(xxgk_error_last(),
                        "letter.txt 第2行：标记“{{ a }}”写法有误（“{{”本身要写作“{{{{”）");
    expect_error("x\n{{#a}}\n{{#b}}{{/b}}\n", XXGK_EINVAL, "");
    assert_string_equal(xxgk_error_last(), "letter.txt 第2行：区块 {{#a}} 没有结束");
    long yuan;
    assert_int_equal(xxgk_fee_by_pages(&yuan, 0, NULL, 0), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(), "页数 0 不在 1 至 10000000 之间");
    xxgk_lang_set(XXGK_LANG_EN);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_substitution), cmocka_unit_test(test_sections),
        cmocka_unit_test(test_errors),       cmocka_unit_test(test_literal_braces),
        cmocka_unit_test(test_limit),        cmocka_unit_test(test_shipped),
        cmocka_unit_test_teardown(test_messages_zh, lang_en_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
