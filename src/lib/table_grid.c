/*
 * Merged figure cells on a table's grid.  A figure merged over the columns of two applicants,
 * or over the rows below it, is one cell where the table has several: the cells after it
 * would move a column left.  Word writes the places a cell spans down into as empty cells; a
 * web page does not, nor either the columns a cell spans: this says where empty cells go.
 * In a ledger's table every merged cell, words too, leaves them, as a workbook's CSV has them.
 */
#include "lib/table_grid.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"

unsigned char grid_kind(const char *s, size_t n)
{
    size_t digits = 0, other = 0;
    n = trim_wide(&s, n);
    if (n == 0)
        return GRID_NOTHING;
    if (n == 1 && (s[0] == '/' || s[0] == '-'))
        return GRID_FIGURE;
    for (size_t i = s[0] == '-' || s[0] == '+'; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] != '.' && s[i] != ',')
            other++;
    return digits && !other ? GRID_FIGURE : GRID_WORDS;
}

/* How many cells of row h set apart the columns cell i covers, 1 when they do not: a figure
 * merged over the columns of two applicants, each headed apart, stands for two cells; one
 * under a heading merged as it is (the 2019 template's 本年新公开数量) for one. */
static unsigned apart(const grid_cell *cell, const size_t *start, size_t h, size_t i)
{
    unsigned c = cell[i].col, e = cell[i].col + cell[i].cols;
    size_t a = start[h], b = start[h + 1]; /* the cell of row h beginning at c, if any */
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (cell[m].col < c)
            a = m + 1;
        else
            b = m;
    }
    unsigned at = c, n = 0;
    for (size_t j = a; j < start[h + 1] && cell[j].col == at && at < e; j++, n++)
        at += cell[j].cols;
    return at == e && n > 1 ? n : 1;
}

/* Whether row r is a heading of the columns of figures: words over them, and no figure. */
static int heading(const grid_cell *cell, const size_t *start, size_t r, unsigned first)
{
    int words = 0;
    for (size_t i = start[r]; i < start[r + 1]; i++) {
        const grid_cell *own = cell[i].from ? &cell[cell[i].from - 1] : &cell[i];
        if (own->kind == GRID_FIGURE)
            return 0;
        words |= own->kind == GRID_WORDS && own->col + own->cols > first;
    }
    return words;
}

/* Only figures, and cells with nothing in them, at or right of the table's first column of
 * figures leave empty cells: labels span rows and columns in the format itself (（三）不予公开
 * over eight rows, 四、结转下年度继续办理 over three columns) and read as they always have.  Which
 * columns a figure merged over several stands for is told by the heading nearest above it;
 * with none, it is one cell. */
void grid_place(grid_cell *cell, const size_t *start, size_t rows)
{
    size_t n = start[rows], head = (size_t)-1;
    unsigned first = (unsigned)-1;
    for (size_t i = 0; i < n; i++) {
        cell[i].shown = 0;
        cell[i].blanks = 0;
        if (!cell[i].from && cell[i].kind == GRID_FIGURE && cell[i].col < first)
            first = cell[i].col;
    }
    for (size_t r = 0; r < rows; r++) {
        for (size_t i = start[r]; i < start[r + 1]; i++) {
            const grid_cell *own = cell[i].from ? &cell[cell[i].from - 1] : &cell[i];
            if (own->kind == GRID_WORDS || own->col < first)
                continue;
            if (cell[i].from)
                cell[i].shown = 1;
            cell[i].blanks = cell[i].from                        ? own->blanks
                             : own->cols > 1 && head != (size_t)-1 ? apart(cell, start, head, i) - 1
                                                                 : 0;
        }
        if (heading(cell, start, r, first))
            head = r;
    }
}

void grid_place_all(grid_cell *cell, const size_t *start, size_t rows)
{
    for (size_t i = 0; i < start[rows]; i++) {
        const grid_cell *own = cell[i].from ? &cell[cell[i].from - 1] : &cell[i];
        cell[i].shown = cell[i].from != 0;
        cell[i].blanks = own->cols - 1;
    }
}

int grid_room(void *p, size_t *cap, size_t n, size_t extra, size_t size)
{
    if (n + extra <= *cap)
        return 0;
    size_t cap2 = *cap ? *cap : 16;
    while (cap2 < n + extra && cap2 <= SIZE_MAX / 2 / size)
        cap2 *= 2;
    if (cap2 < n + extra)
        return -1; /* (more than memory could hold) */
    /* (the array's pointer copied out and back, not read through a void ** it is not: POSIX
     * gives object pointers one representation) */
    void *items;
    memcpy(&items, p, sizeof items);
    void *grown = realloc(items, cap2 * size);
    if (!grown)
        return -1;
    memcpy(p, &grown, sizeof grown);
    *cap = cap2;
    return 0;
}
