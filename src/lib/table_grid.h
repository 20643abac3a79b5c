/* Where a web page's or a Word document's merged figure cells (a ledger's, any merged cells)
 * leave empty cells behind, so the cells after them stay in their columns (see table_grid.c). */
#ifndef XXGK_LIB_TABLE_GRID_H
#define XXGK_LIB_TABLE_GRID_H

#include <stddef.h>

enum { GRID_WORDS, GRID_NOTHING, GRID_FIGURE };

/* A cell of a table as a reader placed it on the table's grid, or a place in a row below that
 * a cell spanning rows covers (HTML's rowspan; Word writes an empty cell there itself). */
typedef struct {
    unsigned col, cols;  /* the grid columns it covers */
    size_t from;         /* for a place covered from above, 1 + the index of the cell; else 0 */
    unsigned char kind;  /* what its text is: GRID_WORDS, GRID_NOTHING or GRID_FIGURE */
    unsigned char shown; /* out: for a place covered from above, an empty cell is put there */
    unsigned blanks;     /* out: the empty cells put after it */
} grid_cell;

/* The kind of a cell's text, s[0..n): a figure (digits, "/" or "-" as the reader reads them
 * as 0), nothing (spaces at most), or words. */
unsigned char grid_kind(const char *s, size_t n);

/* Sets shown and blanks of the cells of a table, its rows one after another, row r's cells
 * from start[r] to start[r + 1] (start has rows + 1 entries), each row's in column order. */
void grid_place(grid_cell *cell, const size_t *start, size_t rows);
/* As grid_place, for a ledger's table, whose merged cells hold a request's values, not
 * figures: every cell leaves an empty cell in each other column it covers, and every place
 * covered from above is shown, with the empty cells of its own columns. */
void grid_place_all(grid_cell *cell, const size_t *start, size_t rows);

/* Room for n + extra items of size `size` in the array *p (a T **, cap its room), grown by
 * doubling: 0, or -1 when memory ran out (*p as it was). */
int grid_room(void *p, size_t *cap, size_t n, size_t extra, size_t size);

#endif
