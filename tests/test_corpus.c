/*
 * The real reports of ../shared/corpus: every figure against its hand-checked truth file, and
 * the findings against the truth's inconsistencies and expected findings.  Text files are read
 * as they are; PDFs both directly and through their `pdftotext -layout`, `pdftotext -raw` and
 * `mutool draw -F txt` text; web pages as
 * HTML, as `w3m -dump` and `lynx -dump` show them, and as the crawler's flattened text, where
 * figures glued beyond a unique cut must be left null and reported, never guessed.
 * Exits 77 (skipped) when the corpus is absent.
 */
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support.h"

/* The findings a careful reader expects of each report (from the truth's expected_findings and
 * inconsistencies), as rule ids.  Every report must yield at least these. */
static const struct {
    const char *file;
    const char *rules;
} expected[] = {
    {"seeds/000_54e43b38756bbae6.txt",
     "struct-section-missing struct-section-duplicate format-title struct-extra-cells"},
    {"seeds/001_7347ffa5c5ec4b36.txt", "format-old-layout struct-blank-cells"},
    {"seeds/002_93e5e8f46c08b0fa.txt",
     "struct-section-missing date-missing format-label-variant struct-extra-cells "
     "text-corrected-silent"},
    {"seeds/003_f24d835b901d1514.txt", "date-missing format-label-variant format-note-position"},
    {"seeds/004_ee5c99a7b26747b1.txt", "date-missing"},
    {"pdf/hongze-2023.pdf", "date-missing format-label-variant format-mixed-layout "
                            "arith-review-total"},
    {"pdf/hongze-2024.pdf", "date-missing format-label-variant format-mixed-layout "
                            "text-figure-mismatch"},
    {"pdf/huaian-2024.pdf", "date-missing text-figure-kind"},
    {"web/pingtan-approval-2023-page.html", "date-missing text-agency-name"},
    {"web/pingtan-economy-2024-page.html", "arith-outcomes arith-balance"},
    {"web/pingtan-finance-2024-page.html", "text-sum text-year text-typo"},
    {"web/pingtan-transport-2024-page.html", "text-brackets arith-withheld-share"},
    {"web/pingtan-haitan-2024-page.html",
     "struct-row-missing format-label-variant arith-row-total arith-outcomes "
     "text-figure-mismatch"},
    {"web/pingtan-office-2025-page.html", "date-missing text-figure-mismatch"},
    {"web/pingtan-police-2019-page.html",
     "struct-blank-cells text-garbled text-link-mismatch arith-no-decisions"},
    {"web/pingtan-police-2022-page.html", "date-missing"},
};

static int failures, reports;

/* What each report read directly hands on to the next year, for the check across years. */
static struct {
    char rel[256];
    xxgk_year_figures y;
} years[128];
static int nyears;
static figure_tally tally;

static int has_rule(const xxgk_findings *f, const char *rule)
{
    return count_rule(f, rule, NULL, 0) > 0;
}

/* The findings' rule ids outside the reader category, sorted and space-separated, without the
 * notes (info) when notes is 0.  Links are left out too: a page has them, its flattened text has
 * lost them. */
static void rule_list(const xxgk_findings *f, int notes, char *out, size_t cap)
{
    const char *ids[256];
    size_t n = 0;
    for (size_t i = 0; i < xxgk_findings_count(f) && n < 256; i++) {
        const xxgk_rule *rule = xxgk_findings_get(f, i)->rule;
        if (strcmp(rule->category, "reader") != 0 && strcmp(rule->id, "text-link-mismatch") != 0 &&
            (notes || rule->severity != XXGK_SEV_INFO))
            ids[n++] = rule->id;
    }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(ids[j - 1], ids[j]) > 0; j--) {
            const char *x = ids[j];
            ids[j] = ids[j - 1];
            ids[j - 1] = x;
        }
    out[0] = '\0';
    for (size_t i = 0, len = 0; i < n; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " " : "", ids[i]);
}

/* A crawler's flattened text of a page must yield the findings the page itself does: the same
 * report, whatever the reader had to recover (its own reader notes apart; and the notes on
 * figures when it left glued figures null, as they need those figures). */
static int same_findings_as_page(const char *rel, const char *text_path, const xxgk_findings *f)
{
    const char *suffix = "-flat.txt";
    size_t n = strlen(text_path), sl = strlen(suffix);
    if (n < sl || strcmp(text_path + n - sl, suffix) != 0)
        return 0;
    char page[1600];
    snprintf(page, sizeof page, "%.*s-page.html", (int)(n - sl), text_path);
    xxgk_report *r = NULL;
    if (xxgk_report_read_file(&r, page, NULL) < 0) {
        printf("  %s: its page %s not read: %s\n", rel, page, xxgk_error_last());
        return 1;
    }
    xxgk_findings *g = check_report(r);
    static char a[8192], b[8192];
    int notes = !has_rule(f, "reader-glued");
    rule_list(f, notes, a, sizeof a);
    rule_list(g, notes, b, sizeof b);
    int bad = strcmp(a, b) != 0;
    if (bad)
        printf("  %s: findings differ from the page's\n    flat: %s\n    page: %s\n", rel, a, b);
    xxgk_findings_free(g);
    xxgk_report_free(r);
    return bad;
}

static void check_one(const char *rel, const char *text_path, const char *truth_path)
{
    json_error_t err;
    json_t *truth = json_load_file(truth_path, 0, &err);
    if (!truth) {
        printf("  %s: bad truth file: %s\n", rel, err.text);
        failures++;
        return;
    }
    xxgk_report *r = NULL;
    if (xxgk_report_read_file(&r, text_path, NULL) < 0) {
        printf("  %s: not read: %s\n", rel, xxgk_error_last());
        failures++;
        json_decref(truth);
        return;
    }
    reports++;
    int before = failures;
    json_t *got = report_json(r);
    {
        /* A flattened text whose reader reported figures it could not cut apart may leave
         * those null (never a guess); every figure it gives must still be exact. */
        xxgk_findings *g = check_report(r);
        tally.allow_null = strcmp(xxgk_report_layout(r), "flattened") == 0 &&
                           count_rule(g, "reader-glued", NULL, 0) > 0;
        xxgk_findings_free(g);
    }
    int wrong = tally.wrong;
    compare_figures(&tally, truth, got, rel);
    failures += tally.wrong - wrong;
    const char *scalars[] = {"year", "format", "published"};
    for (int i = 0; i < 3; i++)
        failures += compare_scalar(truth, got, scalars[i], rel);
    const char *agency = json_string_value(json_object_get(truth, "agency"));
    const char *ga = xxgk_report_agency(r);
    if (agency && !(ga && (strstr(agency, ga) || strstr(ga, agency)))) {
        printf("  %s: agency: want %s, got %s\n", rel, agency, ga ? ga : "null");
        failures++;
    }

    xxgk_findings *f = check_report(r);
    size_t arith = 0; /* errors: the notes on figures (info) are no inconsistency */
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        arith += strcmp(xxgk_findings_get(f, i)->rule->category, "arithmetic") == 0 &&
                 xxgk_findings_get(f, i)->rule->severity == XXGK_SEV_ERROR;
    size_t incons = json_array_size(json_object_get(truth, "inconsistencies"));
    if (arith != incons) {
        printf("  %s: %zu arithmetic findings, the truth lists %zu inconsistencies\n", rel, arith,
               incons);
        failures++;
    }
    for (size_t e = 0; e < sizeof expected / sizeof expected[0]; e++) {
        if (strncmp(expected[e].file, rel, strlen(expected[e].file)) != 0)
            continue;
        char rules[512];
        snprintf(rules, sizeof rules, "%s", expected[e].rules);
        /* (a text dump of a page shows a link's words, not where it leads; text joined with
         * spaces has nothing for a blank cell) */
        int joined = strstr(rel, "(joined with spaces)") != NULL;
        int dump = joined || strstr(rel, " -dump)") != NULL;
        for (char *tok = strtok(rules, " "); tok; tok = strtok(NULL, " "))
            if (!has_rule(f, tok) && !(dump && strcmp(tok, "text-link-mismatch") == 0) &&
                !(joined && strcmp(tok, "struct-blank-cells") == 0)) {
                printf("  %s: expected finding %s is missing\n", rel, tok);
                failures++;
            }
    }
    failures += same_findings_as_page(rel, text_path, f);
    if (nyears < 128 && !strstr(rel, "(")) {
        snprintf(years[nyears].rel, sizeof years[nyears].rel, "%s", rel);
        xxgk_year_figures_of(r, &years[nyears++].y);
    }
    printf("%s %s\n", failures == before ? "ok  " : "FAIL", rel);
    xxgk_findings_free(f);
    json_decref(got);
    json_decref(truth);
    xxgk_report_free(r);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Files of a corpus folder with a truth file, sorted. */
static int list(const char *dir, char names[][256], int max)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < max) {
        if (e->d_name[0] == '.' || ends_with(e->d_name, ".json") || ends_with(e->d_name, ".md"))
            continue;
        snprintf(names[n++], 256, "%s", e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, 256, (int (*)(const void *, const void *))strcmp);
    return n;
}

/* out = a + b; a name too long for out is a test failure, not a silent truncation. */
static void join(char *out, size_t cap, const char *a, const char *sep, const char *b)
{
    int n = snprintf(out, cap, "%s%s%s", a, sep, b);
    if (n < 0 || (size_t)n >= cap) {
        printf("path too long: %s%s%s\n", a, sep, b);
        exit(1);
    }
}

static void truth_of(char *out, size_t cap, const char *dir, const char *name)
{
    const char *dot = strrchr(name, '.');
    snprintf(out, cap, "%s/%.*s.truth.json", dir, (int)(dot - name), name);
}

/* Turn the corpus file at path into text with a shell command (fmt: the file, then the text to
 * write) and check that text as rel plus how; 1 when the command failed. */
static int check_converted(const char *fmt, const char *tmp, const char *path, const char *rel,
                           const char *how, const char *truth)
{
    char txt[1100], cmd[4096], named[1600];
    join(txt, sizeof txt, tmp, "/", "x.txt");
    join(named, sizeof named, rel, "", how);
    if (snprintf(cmd, sizeof cmd, fmt, path, txt) >= (int)sizeof cmd)
        return 0;
    if (system(cmd) != 0) {
        printf("FAIL %s: the conversion failed\n", named);
        return 1;
    }
    check_one(named, txt, truth);
    unlink(txt);
    return 0;
}

/* Page's text as a scraper joins it with a space between its pieces (get_text(" ")): every
 * line and cell of what xxgk reads of the page on one line, empty cells leaving nothing, into
 * file out.  0 on success. */
static int write_joined(const char *page, const char *out)
{
    xxgk_report *r = NULL;
    if (xxgk_report_read_file(&r, page, NULL) < 0)
        return -1;
    FILE *f = fopen(out, "w");
    int space = 0, bad = !f;
    for (unsigned i = 1; f && i <= xxgk_report_line_count(r); i++)
        for (const char *p = xxgk_report_line(r, i);; p++) {
            int blank = !*p || *p == ' ' || *p == '\t';
            if (blank && !space && ftell(f) > 0)
                fputc(' ', f);
            space |= blank;
            if (!*p)
                break;
            if (!blank)
                fputc(*p, f), space = 0;
        }
    if (f && fclose(f) != 0)
        bad = 1;
    xxgk_report_free(r);
    return bad ? -1 : 0;
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    struct stat st;
    if (stat(XXGK_CORPUS, &st) != 0) {
        printf("corpus not found at %s: skipped\n", XXGK_CORPUS);
        return 77;
    }
    static char names[256][256];
    char dir[1024], path[1536], truth[1536], rel[1536];

    snprintf(dir, sizeof dir, "%s/seeds", XXGK_CORPUS);
    int n = list(dir, names, 256);
    for (int i = 0; i < n; i++) {
        join(path, sizeof path, dir, "/", names[i]);
        truth_of(truth, sizeof truth, dir, names[i]);
        join(rel, sizeof rel, "seeds", "/", names[i]);
        check_one(rel, path, truth);
    }

    snprintf(dir, sizeof dir, "%s/pdf", XXGK_CORPUS);
    n = list(dir, names, 256);
    int have_pdftotext = system("pdftotext -v >/dev/null 2>&1") == 0;
    if (n && !have_pdftotext) {
        printf("FAIL pdf/: pdftotext (Debian package poppler-utils) is not installed\n");
        failures++;
    }
    int have_mutool = system("mutool -v >/dev/null 2>&1") == 0;
    if (n && !have_mutool) {
        printf("FAIL pdf/: mutool (Debian package mupdf-tools) is not installed\n");
        failures++;
    }
    char tmpl[] = "/tmp/xxgk-corpus-XXXXXX";
    char *tmp = have_pdftotext && n ? mkdtemp(tmpl) : NULL;
    for (int i = 0; tmp && i < n; i++) {
        if (!ends_with(names[i], ".pdf"))
            continue;
        join(path, sizeof path, dir, "/", names[i]);
        join(rel, sizeof rel, "pdf", "/", names[i]);
        truth_of(truth, sizeof truth, dir, names[i]);
        if (check_converted("pdftotext -layout '%s' '%s'", tmp, path, rel, "", truth)) {
            failures++;
            continue;
        }
        /* as other extractors give it: poppler in reading order, and MuPDF (PyMuPDF's
         * get_text) a cell a line with each page's footer first */
        failures += check_converted("pdftotext -raw '%s' '%s'", tmp, path, rel,
                                    " (pdftotext -raw)", truth);
        if (have_mutool)
            failures += check_converted("mutool draw -q -F txt '%s' > '%s' 2>/dev/null", tmp,
                                        path, rel, " (mutool draw -F txt)", truth);
        /* and the PDF itself, through the library's own PDF reader */
        char direct[1600];
        join(direct, sizeof direct, rel, "", " (read directly)");
        join(path, sizeof path, dir, "/", names[i]);
        check_one(direct, path, truth);
    }
    if (tmp)
        rmdir(tmp);

    /* Web pages, and the crawler's flattened text of the same pages with their cells glued */
    snprintf(dir, sizeof dir, "%s/web", XXGK_CORPUS);
    n = list(dir, names, 256);
    for (int i = 0; i < n; i++) {
        join(path, sizeof path, dir, "/", names[i]);
        truth_of(truth, sizeof truth, dir, names[i]);
        join(rel, sizeof rel, "web", "/", names[i]);
        check_one(rel, path, truth);
    }

    /* The same pages' text joined onto one line with a space between its pieces */
    char stmpl[] = "/tmp/xxgk-corpus-XXXXXX";
    tmp = n ? mkdtemp(stmpl) : NULL;
    for (int i = 0; tmp && i < n; i++) {
        if (!ends_with(names[i], "-page.html"))
            continue;
        char joined[1100], named[1600];
        join(path, sizeof path, dir, "/", names[i]);
        join(joined, sizeof joined, tmp, "/", "x.txt");
        join(named, sizeof named, "web/", names[i], " (joined with spaces)");
        truth_of(truth, sizeof truth, dir, names[i]);
        if (write_joined(path, joined) < 0) {
            printf("FAIL %s: not written: %s\n", named, xxgk_error_last());
            failures++;
            continue;
        }
        check_one(named, joined, truth);
        unlink(joined);
    }
    if (tmp)
        rmdir(tmp);

    /* The same pages as a text browser's dump shows them: w3m draws a table with borders in box
     * characters, one without in aligned columns; lynx prints a cell a line, an empty one as a
     * second blank line */
    static const struct {
        const char *name, *package, *probe, *cmd, *how;
    } dumps[] = {
        {"w3m", "w3m", "w3m -version", "w3m -dump -cols 200 -O UTF-8 -T text/html '%s' > '%s'",
         " (w3m -dump)"},
        {"lynx", "lynx", "lynx -version",
         "lynx -dump -nolist -width=200 -display_charset=UTF-8 -assume_charset=UTF-8 '%s' > "
         "'%s' 2>/dev/null",
         " (lynx -dump)"},
    };
    for (size_t b = 0; b < sizeof dumps / sizeof dumps[0]; b++) {
        char probe[256];
        snprintf(probe, sizeof probe, "%s >/dev/null 2>&1", dumps[b].probe);
        int have = system(probe) == 0;
        if (n && !have) {
            printf("FAIL web/: %s (Debian package %s) is not installed\n", dumps[b].name,
                   dumps[b].package);
            failures++;
        }
        char wtmpl[] = "/tmp/xxgk-corpus-XXXXXX";
        tmp = have && n ? mkdtemp(wtmpl) : NULL;
        for (int i = 0; tmp && i < n; i++) {
            if (!ends_with(names[i], "-page.html"))
                continue;
            join(path, sizeof path, dir, "/", names[i]);
            join(rel, sizeof rel, "web", "/", names[i]);
            truth_of(truth, sizeof truth, dir, names[i]);
            failures += check_converted(dumps[b].cmd, tmp, path, rel, dumps[b].how, truth);
        }
        if (tmp)
            rmdir(tmp);
    }

    /* Consecutive years of one agency (洪泽区 2023 and 2024) carry over as their truth says:
     * the figures agree, so no finding. */
    int pairs = 0;
    for (int a = 0; a < nyears; a++)
        for (int b = 0; b < nyears; b++) {
            if (!xxgk_year_follows(&years[a].y, &years[b].y))
                continue;
            pairs++;
            xxgk_findings *f = NULL;
            if (xxgk_check_years(&f, &years[a].y, &years[b].y, NULL) < 0 ||
                xxgk_findings_count(f) > 0) {
                printf("FAIL %s against %s: %s\n", years[b].rel, years[a].rel,
                       f ? xxgk_findings_get(f, 0)->evidence : xxgk_error_last());
                failures++;
            }
            xxgk_findings_free(f);
        }
    if (pairs == 0) {
        printf("FAIL no pair of consecutive years found (hongze-2023 and hongze-2024)\n");
        failures++;
    }

    printf("%d reports, cells %d/%d exact, %d glued figures left null and reported, %d "
           "failure%s\n",
           reports, tally.exact, tally.cells, tally.unplaced, failures, failures == 1 ? "" : "s");
    return failures ? 1 : 0;
}
