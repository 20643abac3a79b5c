/* The formats' labels prepared for matching (see labels.h). */
#include "lib/labels.h"

#include <pthread.h>
#include <string.h>

static row_labels rows[2][XXGK_TABLE_COUNT][LABELS_ROWS_MAX];
static label_set markers[2];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int format_index(xxgk_format_id id)
{
    return id == XXGK_FORMAT_2019 ? 1 : 0;
}

static void prepare(void)
{
    static const xxgk_format_id ids[2] = {XXGK_FORMAT_2021, XXGK_FORMAT_2019};
    for (int f = 0; f < 2; f++) {
        const xxgk_format_spec *spec = xxgk_format_get(ids[f]);
        label_set_init(&markers[f], spec->markers);
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            const xxgk_table_spec *ts = &spec->tables[t];
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

const row_labels *labels_row(const xxgk_table_spec *t, int i)
{
    pthread_once(&once, prepare);
    /* Tables are the formats' own: which format is told by where t sits. */
    const xxgk_format_spec *f19 = xxgk_format_get(XXGK_FORMAT_2019);
    int f = t >= f19->tables && t < f19->tables + XXGK_TABLE_COUNT ? 1 : 0;
    return &rows[f][t->id][i];
}

const label_set *labels_markers(const xxgk_format_spec *f)
{
    pthread_once(&once, prepare);
    return &markers[format_index(f->id)];
}
