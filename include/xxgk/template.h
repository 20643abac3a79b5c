/*
 * Letter templates: a tiny engine that fills {{name}} placeholders, {{#name}}...{{/name}} and
 * {{^name}}...{{/name}} sections.  The default letters (补正告知书, 延期答复告知书, 征求意见书,
 * 收费通知书, 答复书) live in templates/ as plain UTF-8 files.
 */
#ifndef XXGK_TEMPLATE_H
#define XXGK_TEMPLATE_H

#include <stddef.h>

#include "xxgk/common.h"

XXGK_BEGIN_DECLS

#define XXGK_TEMPLATE_MAX_OUTPUT ((size_t)1 << 20) /* rendered letters stop at 1 MiB */

typedef struct {
    const char *key;   /* placeholder name: letters, digits, '_' */
    const char *value; /* UTF-8, inserted verbatim; NULL counts as "" */
    const char *ask;   /* what {{name}} shows when the value is empty ("（请写明……）"), so that
                        * a letter has a prompt where it lacks a fact, never a gap; NULL: "" */
} xxgk_tvar;

/* Render tmpl (len bytes, not necessarily NUL-terminated) into *out (malloc'd, NUL-terminated;
 * the caller frees it).  Syntax:
 *   {{name}}               the value of name (the first match in vars)
 *   {{#name}}...{{/name}}  the inside only when name's value is non-empty; sections nest
 *   {{^name}}...{{/name}}  the inside only when it is empty (what a letter says otherwise)
 *   {{{{                   a literal "{{"
 * A section tag alone on its line takes the whole line with it, so sections cost no blank lines.
 * Every tag is checked whether shown or not: a name missing from vars, a malformed or unclosed
 * tag, or a mismatched {{/name}} is XXGK_EINVAL with the message "NAME:LINE: ..." (name labels
 * the template in messages; may be NULL).  XXGK_ELIMIT past XXGK_TEMPLATE_MAX_OUTPUT.
 *
 * The shipped letters use these names: agency (发文机关), ref (文号), applicant, you (how the
 * letter addresses the applicant: 您, or 你单位 for an organisation), applicant_id,
 * contact, received (收到申请日期), description (申请内容, as received), corrected (the day a
 * corrected application came), corrected_description (its content, when the correction's note
 * gives it), form (获取方式, as the applicant asked: 电子邮件, 纸质, ...), date (成文日期),
 * due (答复期限),
 * new_due, extension_days, approver, correction_items, correction_deadline, third_party,
 * fee (yuan, digits only), fee_explain (the fee notice's note), pay_deadline, payment (how to
 * pay: the agency's to fill in), reason, outcome, outcome_row, basis (the articles a refusal
 * rests on), withheld_basis (those a partial disclosure's withheld part rests on).  reason and
 * outcome are clauses without closing punctuation. */
XXGK_EXTERN int xxgk_template_render(char **out, const char *tmpl, size_t len,
                                     const xxgk_tvar *vars, size_t nvars, const char *name);

XXGK_END_DECLS

#endif
