/* The formats' labels prepared for matching (see labels.h). */
#include "lib/labels.h"

#include <pthread.h>
#include <string.h>

static row_labels rows[2][XXGK_TABLE_COUNT][LABELS_ROWS_MAX];
static table_columns columns[2][XXGK_TABLE_COUNT];
static label_set markers[2];
static char titles[8][LABEL_NORM_MAX]; /* table 三's labels numbered like sections, normalized */
static int ntitles;
static const char *title_keys[8]; /* the match keys of the rows whose own label is one */
static int nkeys;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int format_index(xxgk_format_id id)
{
    return id == XXGK_FORMAT_2019 ? 1 : 0;
}

static void prepare_columns(table_columns *tc, const xxgk_table_spec *ts)
{
    for (int k = 0; k < ts->nrows; k++)
        for (int j = 0; j < ts->rows[k].ncols && tc->n < LABELS_COLS_MAX; j++) {
            const xxgk_column_spec *c = &ts->rows[k].cols[j];
            int dup = 0;
            for (int q = 0; q < tc->n && !dup; q++)
                dup = strcmp(tc->col[q].spec->label, c->label) == 0;
            if (dup)
                continue;
            column_label *l = &tc->col[tc->n++];
            l->spec = c;
            l->bytes = label_norm(l->norm, sizeof l->norm, c->label, strlen(c->label));
            l->chars = u8_count(l->norm, l->bytes);
            tc->longest = l->bytes > tc->longest ? l->bytes : tc->longest;
            l->words[l->nwords].s = c->label;
            l->words[l->nwords++].n = strlen(c->label);
            for (int v = 0; v < 2; v++) /* (its variants, 本年度止件数, then short forms) */
                for (const char *f = v ? c->short_forms : c->variants;
                     f && *f && l->nwords < LABEL_WORDS_MAX;) {
                    size_t n = strcspn(f, "|");
                    l->words[l->nwords].s = f;
                    l->words[l->nwords++].n = n;
                    f += n + (f[n] == '|');
                }
        }
}

static void prepare_titles(const xxgk_table_spec *t)
{
    for (int i = 0; i < t->nrows; i++)
        for (int k = 0; k < 2 && ntitles < 8; k++) {
            const char *l = k ? t->rows[i].caption : t->rows[i].label;
            const char *sep = l ? strstr(l, "\u3001") : NULL; /* 、 after one numeral */
            if (!sep || sep - l != 3)
                continue;
            if (k == 0 && t->rows[i].match && nkeys < 8)
                title_keys[nkeys++] = t->rows[i].match;
            char title[LABEL_NORM_MAX];
            label_norm(title, sizeof title, sep + 3, strlen(sep + 3));
            int dup = 0; /* (a group's caption is on each of its rows) */
            for (int q = 0; q < ntitles && !dup; q++)
                dup = strcmp(titles[q], title) == 0;
            if (!dup)
                memcpy(titles[ntitles++], title, sizeof title);
        }
}

static void prepare(void)
{
    prepare_titles(&xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS]);
    static const xxgk_format_id ids[2] = {XXGK_FORMAT_2021, XXGK_FORMAT_2019};
    for (int f = 0; f < 2; f++) {
        const xxgk_format_spec *spec = xxgk_format_get(ids[f]);
        label_set_init(&markers[f], spec->markers);
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            const xxgk_table_spec *ts = &spec->tables[t];
            prepare_columns(&columns[f][t], ts);
            for (int i = 0; i < ts->nrows && i < LABELS_ROWS_MAX; i++) {
                const xxgk_row_spec *row = &ts->rows[i];
                row_labels *l = &rows[f][t][i];
                label_set_init(&l->match, row->match);
                label_norm(l->label, sizeof l->label, row->label, strlen(row->label));
                if (row->caption)
                    label_norm(l->group, sizeof l->group, row->caption, strlen(row->caption));
            }
        }
    }
}

/* Which of the two formats' tables t is: told by where t sits. */
static int format_of_table(const xxgk_table_spec *t)
{
    const xxgk_format_spec *f19 = xxgk_format_get(XXGK_FORMAT_2019);
    return t >= f19->tables && t < f19->tables + XXGK_TABLE_COUNT ? 1 : 0;
}

const row_labels *labels_row(const xxgk_table_spec *t, int i)
{
    pthread_once(&once, prepare);
    return &rows[format_of_table(t)][t->id][i];
}

const table_columns *labels_columns(const xxgk_table_spec *t)
{
    pthread_once(&once, prepare);
    return &columns[format_of_table(t)][t->id];
}

const label_set *labels_markers(const xxgk_format_spec *f)
{
    pthread_once(&once, prepare);
    return &markers[format_index(f->id)];
}

int labels_attachment_at(const char *t)
{
    if (strncmp(t, "附件", 6) != 0 && strncmp(t, "附表", 6) != 0)
        return 0;
    t += 6;
    return (*t >= '0' && *t <= '9') || strncmp(t, "：", 3) == 0 || *t == ':';
}

int labels_row_title_start(const char *norm)
{
    pthread_once(&once, prepare);
    size_t n = strlen(norm);
    for (int q = 0; q < ntitles && n >= 6; q++)
        if (strncmp(titles[q], norm, n) == 0)
            return 1;
    for (int q = 0; q < nkeys; q++)
        if (label_match(norm, title_keys[q], 0))
            return 1;
    return 0;
}

int labels_section_of(const char *norm)
{
    for (int i = 1; i <= 6; i++)
        if (label_match(norm, xxgk_section_keys(i), 0))
            return i;
    return 0;
}
