/*
 * 信息处理费 (条例 Art. 42; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》): the fee for
 * one application charged per application (按件) or by volume (按量), in whole yuan, with the
 * computation spelled out in Chinese for the fee notice.
 */
#ifndef XXGK_FEES_H
#define XXGK_FEES_H

#include <stddef.h>

#include "xxgk/common.h"

XXGK_BEGIN_DECLS

#define XXGK_FEE_MAX_PAGES 10000000L /* more pages than this is a caller's error */
#define XXGK_FEE_MAX_NTH 1000000     /* more applications in one month than this, likewise */
#define XXGK_FEE_MAX_YUAN 100000000L /* a fee notice for more yuan than this, likewise */
/* The day 国办函〔2020〕109号 took effect: fees before it were set otherwise. */
#define XXGK_FEE_SCALE_SINCE "2021-01-01"
/* Room that always holds an explanation, of xxgk_fee_by_pages() or of any batch (past six price
 * bands, a batch's further bands are summed in one clause). */
#define XXGK_FEE_EXPLAIN_SIZE 1024

/* 按件: the fee in yuan for an applicant's nth application (nth >= 1) in one calendar month.
 * 1st-10th free, 11th-30th 100元, 31st-40th 200元, and 100元 more for each further 10. */
XXGK_EXTERN int xxgk_fee_by_count(long *yuan, int nth);

/* 按件 for a batch: the total for the applicant's applications from_nth..to_nth (inclusive) of
 * one month.  explain (may be NULL when cap is 0) receives e.g.
 * "本月第1-10件免费；第11-30件 20件×100元=2000元；第31-35件 5件×200元=1000元；合计3000元".
 * XXGK_EINVAL unless 1 <= from_nth <= to_nth <= XXGK_FEE_MAX_NTH; XXGK_ELIMIT if explain does
 * not fit in cap bytes or the total does not fit in a long.  *yuan is set only on success. */
XXGK_EXTERN int xxgk_fee_by_count_total(long *yuan, int from_nth, int to_nth, char *explain,
                                        size_t cap);

/* 按量: the fee in yuan for `pages` pages (1..XXGK_FEE_MAX_PAGES): the first 30 free, pages
 * 31-100 10元 each, 101-200 20元 each, from 201 40元 each.  explain as above, e.g.
 * "30页以内免费；第31-100页 70页×10元=700元；第101-120页 20页×20元=400元；合计1100元". */
XXGK_EXTERN int xxgk_fee_by_pages(long *yuan, long pages, char *explain, size_t cap);

/* 按量 the other way: the number of pages whose fee is exactly `yuan`, or 0 when there is none
 * (5, 710 or 2710元: no page count costs that) or yuan is not above 0. */
XXGK_EXTERN long xxgk_fee_pages_for(long yuan);

XXGK_END_DECLS

#endif
