/* xxgk request: log disclosure requests and their events; show, list, export and import, and
 * what falls due. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/cli.h"

/* The forms of the command, after "用法：" or "usage: " (U), the lines below indented by as
 * many columns (P): the same in both languages. */
#define SYNOPSIS(U, P)                                                                         \
    U "xxgk request add ID --applicant NAME --type TYPE --channel CHANNEL\n"                   \
    P "                --received DATE --description TEXT\n"                                  \
    P "                [--applicant-id ID] [--contact TEXT] [--form TEXT] [--note TEXT]\n"    \
    P "xxgk request event ID KIND DATE [--days N] [--approver NAME]\n"                        \
    P "                [--outcome ROW] [--count | --pages N | --fee YUAN] [--note TEXT]\n"   \
    P "xxgk request set ID FIELD VALUE\n"                                                     \
    P "xxgk request undo ID\n"                                                                \
    P "xxgk request delete ID --reason TEXT\n"                                                \
    P "xxgk request show ID [--today DATE]\n"                                                \
    P "xxgk request list [--year YEAR] [--format text|csv|xlsx|sqlite] [-o FILE]\n"           \
    P "                  [--today DATE]\n"                                                    \
    P "xxgk request import FILE [--encoding ENC]\n"                                           \
    P "xxgk request due [--within DAYS] [--today DATE]\n"

static const char *const help_zh =
        SYNOPSIS("用法：", "      ")
        "通用选项：--db PATH（默认 xxgk.db），--user NAME\n\n"
        "TYPE 是报告中的申请人类别：natural（自然人）、business（商业企业）、\n"
        "research（科研机构）、nonprofit（社会公益组织）、legal（法律服务机构）、\n"
        "other（其他）。CHANNEL：in_person（当面）、post（邮寄）、online（网络）、\n"
        "fax（传真）、email（电子邮件）、other（其他）；英文、中文都可以，台账中的说法\n"
        "也可以（公民、个人即自然人，网上申请、来信、现场……）。DATE 是依第三十一条按该\n"
        "渠道确定的收到申请之日：2024-03-05、2024/3/5 或 2024年3月5日（不得晚于明天）。\n"
        "add 的 --note TEXT 是与申请一起保存的备注。\n\n"
        "事项 KIND：correction-notice（补正告知，收到申请后 7 个工作日内），\n"
        "correction-received（收到补正，重新起算），correction-expired（按三（六）1\n"
        "办结），still-unclear（按三（四）3 办结），consult-start / consult-end（征求\n"
        "第三方或其他机关意见，不计入期限），extension --days N --approver NAME（延期，\n"
        "限一次，最多 20 个工作日），fee-notice（收费通知：--count 按件计收，件数从登记簿\n"
        "统计；--pages N 按量计收；费用和计算方式由 xxgk 按国办函〔2020〕109号的标准算出，\n"
        "写入收费通知书；或 --fee YUAN 直接写金额）/ fee-paid（其间不计入期限）/\n"
        "fee-unpaid（缴费期限 20 个工作日届满后，按三（六）2 办结），以及\n"
        "reply --outcome ROW（答复），ROW 是表三的一行，用键名或该行文字均可（予以公开、\n"
        "4.保护第三方合法权益）：granted、partly、withheld.1-8、unable.1-3、\n"
        "not_processed.1-5、other.1-3（输错时列出全部），或 granted.published（已主动公开，\n"
        "告知获取途径）、unable.1.other_agency（非本机关负责公开，告知负责的机关）。\n"
        "--note TEXT 写入文书（需补正的事项、补正后的申请内容、征求意见的对象、答复或\n"
        "办结的理由）。延期须在期限届满前；发出收费通知后，须先记录 fee-paid 或\n"
        "fee-unpaid，才能发下一份。事项也可以写中文：补正告知、收到补正、逾期未补正、\n"
        "补正后仍不明确、征求意见、征询结束、延期、收费通知、缴费、逾期未缴费、答复。\n\n"
        "set 更正录错的字段（applicant 申请人、type 申请人类型、applicant-id 证件号码、\n"
        "contact 联系方式、channel 申请方式、received 收到日期、description 申请内容、\n"
        "form 获取方式、note 备注，写键名或中文均可；\"\" 清空可选的字段）；undo 撤销最后\n"
        "一个事项。\n"
        "两者都重新计算期限，审计记录保留被替换的内容。delete 删除误录的申请（重复录入，\n"
        "或本不是申请）及其事项；审计记录完整保留它，格式是 request import 可以读回的\n"
        "表格。\n\n"
        "show 说明期限的计算：起算日、计入的工作日、扣除的期间及理由、延期。due 列出\n"
        "DAYS 个自然日（默认 7）内到期的未办结申请和每一件已逾期的申请，以及等待申请人\n"
        "（补正、缴费）或第三方、等待期限在 DAYS 天内届满或已经届满的申请。\n"
        "list --format csv 输出登记簿，供电子表格使用（xlsx 为 Excel 工作簿，sqlite 为\n"
        "数据库，用 -o FILE 写入文件）；\n"
        "import 读取这样的表格（CSV，UTF-8 或 GB18030，或以制表符分隔的文本；或 Excel\n"
        ".xlsx、.xls 中表头为台账的各张工作表，其他工作表在标准错误上列出；标题行可在\n"
        "表头之上；按表头名称识别列：id、received、applicant、applicant_type、channel、\n"
        "description；applicant_id、contact、form、note；events，按顺序重放，或者已答复\n"
        "的申请用 outcome 和 closed；其他各列的内容以“列名：内容”记入备注），全部行都\n"
        "导入，或者一行也不导入。--today DATE（默认为系统日期）决定 show、list 和 due\n"
        "中哪些申请算逾期。\n",
                  *const help_en =
        SYNOPSIS("usage: ", "       ")
        "options for all: --db PATH (default xxgk.db), --user NAME\n\n"
        "TYPE is the report's applicant column: natural (自然人), business (商业企业),\n"
        "research (科研机构), nonprofit (社会公益组织), legal (法律服务机构), other (其他).\n"
        "CHANNEL: in_person (当面), post (邮寄), online (网络), fax (传真), email (电子邮件),\n"
        "other (其他); either word will do, or a ledger's (公民 and 个人 for 自然人, 网上申请,\n"
        "来信, 现场 ...).  DATE is the date of receipt under Art. 31 for\n"
        "that channel: 2024-03-05, 2024/3/5 or 2024年3月5日 (no later than tomorrow).\n"
        "add --note TEXT is the agency's remark (备注), kept with the request.\n\n"
        "Event KINDs: correction-notice (补正告知, within 7 working days), correction-received\n"
        "(the clock restarts), correction-expired (ends as 三（六）1), still-unclear (ends as\n"
        "三（四）3), consult-start / consult-end (third party or other agency: not counted),\n"
        "extension --days N --approver NAME (once, at most 20 working days), fee-notice\n"
        "(--count: per application, the applicant's month counted from the register;\n"
        "--pages N: by volume; xxgk computes the fee at the tiers of 国办函〔2020〕109号 and\n"
        "puts the computation in the fee notice; or --fee YUAN as decided) / fee-paid (not\n"
        "counted) / fee-unpaid (ends as 三（六）2, after the 20 working days to pay), and\n"
        "reply --outcome ROW where ROW is a row of table 三 by key or by its words (予以公开,\n"
        "4.保护第三方合法权益): granted, partly, withheld.1-8, unable.1-3, not_processed.1-5,\n"
        "other.1-3 (a wrong one lists them all), or granted.published (already published:\n"
        "the reply says where) or unable.1.other_agency (another agency's to disclose).\n"
        "--note TEXT goes into the letters (the items to correct, the corrected content on\n"
        "correction-received, the party consulted, the reason of a reply or a closing\n"
        "event).  An extension comes before the deadline; a fee notice waits for fee-paid\n"
        "or fee-unpaid before the next.  A KIND may also be written in Chinese: 补正告知,\n"
        "收到补正, 逾期未补正, 补正后仍不明确, 征求意见, 征询结束, 延期, 收费通知, 缴费,\n"
        "逾期未缴费, 答复.\n\n"
        "set corrects a field entered wrong (applicant, type, applicant-id, contact, channel,\n"
        "received, description, form, note, or in Chinese: 申请人, 申请人类型, 证件号码,\n"
        "联系方式, 申请方式, 收到日期, 申请内容, 获取方式, 备注; \"\" clears an optional one);\n"
        "undo takes back the last event.  Both recompute the deadline; the audit trail keeps\n"
        "what they replaced.\n"
        "delete removes a request entered by mistake (twice, or never an application) with\n"
        "its events; the audit trail keeps it whole, as a table 'request import' reads back.\n\n"
        "show explains the deadline: start day, working days counted, days excluded and why,\n"
        "extension.  due lists open requests due within DAYS calendar days (default 7) and\n"
        "every overdue one, and those waiting for the applicant (to correct, to pay) or a\n"
        "third party whose time ends within DAYS or has ended.\n"
        "list --format csv writes the register for a spreadsheet (xlsx: as an Excel workbook,\n"
        "sqlite: as a database, to -o FILE);\n"
        "import reads such a table (CSV in UTF-8 or GB18030, or tab-separated; or the sheets\n"
        "of an Excel .xlsx or .xls whose header is a ledger's, the others listed on stderr; a\n"
        "title allowed above the header; columns by header name: id, received, applicant,\n"
        "applicant_type, channel, description; applicant_id, contact, form, note; events,\n"
        "replayed in order, or else outcome with closed for a request answered; any other\n"
        "column's content goes into the note as \"header：content\") and adds every row, or\n"
        "none.  --today DATE (default: the system's date) decides what is overdue in show,\n"
        "list and due.\n";

static void help(FILE *out) { fputs(TR(help_zh, help_en), out); }

/* The options each subcommand takes besides --db and --user: one given to another is refused,
 * never ignored (an --outcome on add would leave the request open without a word). */
static const char *option_misplaced(const args *a, const char *sub)
{
    static const struct {
        const char *sub, *opts;
    } takes[] = {{"add", " applicant type channel received description applicant-id contact form "
                         "note "},
                 {"event", " days approver outcome fee count pages note "},
                 {"list", " year format today o "},
                 {"due", " within today "},
                 {"show", " today "},
                 {"import", " encoding "},
                 {"delete", " reason "}};
    const char *mine = " ";
    for (size_t i = 0; i < sizeof takes / sizeof takes[0]; i++)
        if (strcmp(sub, takes[i].sub) == 0)
            mine = takes[i].opts;
    for (int k = 0; k < a->nopts; k++) {
        char name[40];
        snprintf(name, sizeof name, " %.*s ", (int)strcspn(a->names[k], "|!"), a->names[k]);
        if (strcmp(name, " db ") != 0 && strcmp(name, " user ") != 0 && !strstr(mine, name))
            return a->names[k];
    }
    return NULL;
}

/* A field's value quoted, or said to be empty. */
static void print_value(const char *v)
{
    if (*v)
        printf(TR("“%s”", "'%s'"), v);
    else
        fputs(TR("（空）", "(none)"), stdout);
}

int cmd_request(int argc, char **argv)
{
    static const char *const opts[] = {
        "db",           "user",    "applicant", "type", "channel",  "received", "description",
        "applicant-id", "contact", "form",      "days", "approver", "outcome",  "fee",
        "count!",       "pages",   "note",      "year", "within",   "today",    "format|f",
        "encoding",     "reason",  "o",         NULL};
    if (args_help(argc, argv)) {
        help(stdout);
        return EXIT_CLEAN;
    }
    args a;
    if (args_parse(&a, argc, argv, 1, opts, "request") < 0)
        return EXIT_TROUBLE;
    const char *sub = a.npos ? a.pos[0] : "";
    int want = strcmp(sub, "add") == 0 || strcmp(sub, "show") == 0 ||
                       strcmp(sub, "import") == 0
                   ? 2
               : strcmp(sub, "event") == 0 || strcmp(sub, "set") == 0 ? 4
               : strcmp(sub, "undo") == 0 || strcmp(sub, "delete") == 0 ? 2
               : strcmp(sub, "list") == 0 || strcmp(sub, "due") == 0 ? 1
                                                                    : -1;
    if (want < 0 || a.npos != want) {
        if (a.npos == 0)
            fprintf(stderr,
                    TR("xxgk request：缺少子命令\n\n", "xxgk request: a subcommand is wanted\n\n"));
        else
            args_say_wrong(&a, "request", want < 0 ? "" : sub, want < 0 ? 1 : want);
        if (a.npos == 0)
            help(stderr);
        return EXIT_TROUBLE;
    }
    const char *stray = option_misplaced(&a, sub);
    if (stray) {
        fprintf(stderr,
                TR("xxgk request %s：--%.*s 不是 %s 的选项（用法见 xxgk request --help）\n",
                   "xxgk request %s: --%.*s is not an option of %s (see 'xxgk request "
                   "--help')\n"),
                sub, (int)strcspn(stray, "|!"), stray, sub);
        return EXIT_TROUBLE;
    }
    xxgk_db *db;
    if (db_open(&db, &a, 0) < 0)
        return EXIT_TROUBLE;
    int rc = 0, usage = 0, said = 0;
    char *text = NULL;
    /* (what changes the figures: the years whose written report it puts out of date are said) */
    int changes = strcmp(sub, "add") == 0 || strcmp(sub, "event") == 0 ||
                  strcmp(sub, "set") == 0 || strcmp(sub, "undo") == 0 ||
                  strcmp(sub, "delete") == 0 || strcmp(sub, "import") == 0;
    xxgk_report_stale stale[STALE_MAX];
    int nstale = changes ? reports_stale(db, stale) : 0;
    if (strcmp(sub, "add") == 0) {
        xxgk_request r = {a.pos[1],
                          args_get(&a, "applicant", NULL),
                          args_get(&a, "type", NULL),
                          args_get(&a, "applicant-id", NULL),
                          args_get(&a, "contact", NULL),
                          args_get(&a, "channel", NULL),
                          args_get(&a, "received", NULL),
                          args_get(&a, "description", NULL),
                          args_get(&a, "form", NULL),
                          args_get(&a, "note", NULL)};
        rc = xxgk_request_add(db, &r);
    } else if (strcmp(sub, "event") == 0) {
        xxgk_request_event ev = {a.pos[2],
                                 a.pos[3],
                                 0,
                                 args_get(&a, "approver", NULL),
                                 args_get(&a, "outcome", NULL),
                                 0,
                                 args_get(&a, "note", NULL),
                                 0,
                                 0};
        int days = 0, fee = 0, pages = 0;
        const char *d = args_get(&a, "days", NULL), *f = args_get(&a, "fee", NULL);
        const char *pg = args_get(&a, "pages", NULL);
        char yuan[32]; /* (100元 as a ledger writes it, as the import takes it) */
        size_t fl = f ? strlen(f) : 0;
        if (fl > 3 && fl < sizeof yuan && strcmp(f + fl - 3, "元") == 0) {
            snprintf(yuan, sizeof yuan, "%.*s", (int)(fl - 3), f);
            f = yuan;
        }
        if (d && parse_int(d, 1, XXGK_DEADLINE_MAX_EXTENSION, &days) < 0) {
            fprintf(stderr,
                    TR("xxgk request event：--days “%s”：延期为 1 至 %d 个工作日（第三十三条）\n",
                       "xxgk request event: --days '%s': an extension is 1 to %d working "
                       "days (Art. 33)\n"),
                    d, XXGK_DEADLINE_MAX_EXTENSION);
            usage = 1;
        } else if (f && parse_int(f, 1, XXGK_FEE_MAX_YUAN, &fee) < 0) {
            fprintf(stderr,
                    TR("xxgk request event：--fee “%s”：费用是整数元，1 至 %ld\n",
                       "xxgk request event: --fee '%s': a fee is a whole number of yuan, 1 "
                       "to %ld\n"),
                    f, XXGK_FEE_MAX_YUAN);
            usage = 1;
        } else if (pg && parse_int(pg, 1, XXGK_FEE_MAX_PAGES, &pages) < 0) {
            fprintf(stderr,
                    TR("xxgk request event：--pages “%s”：页数是整数，1 至 %ld\n",
                       "xxgk request event: --pages '%s': pages are a whole number, 1 to %ld\n"),
                    pg, XXGK_FEE_MAX_PAGES);
            usage = 1;
        } else {
            ev.days = days;
            ev.fee = fee;
            ev.pages = pages;
            ev.by_count = args_get(&a, "count", NULL) != NULL;
            rc = xxgk_request_event_add(db, a.pos[1], &ev);
        }
    } else if (strcmp(sub, "set") == 0) {
        char *was = NULL, *is = NULL; /* (the value before, to say what changed) */
        if (xxgk_request_get(db, a.pos[1], a.pos[2], &was))
            was = NULL;
        rc = xxgk_request_set(db, a.pos[1], a.pos[2], a.pos[3]);
        if (rc == 0 && xxgk_request_get(db, a.pos[1], a.pos[2], &is))
            is = NULL;
        char name[64];
        const char *field = xxgk_request_field_name(a.pos[2], name, sizeof name);
        if (rc == 0 && was && is) {
            printf(TR("申请 %s：%s 已由", "request %s: %s set from "), a.pos[1],
                   field ? field : a.pos[2]);
            print_value(was);
            fputs(TR("改为", " to "), stdout);
            print_value(is);
            putchar('\n');
        } else if (rc >= 0)
            printf(TR("申请 %s：%s %s\n", "request %s: %s %s\n"), a.pos[1],
                   field ? field : a.pos[2],
                   rc ? TR("未改变（原来就是这个值）", "unchanged (it already held that)")
                      : TR("已修改", "set"));
        free(was);
        free(is);
    } else if (strcmp(sub, "undo") == 0) {
        char *last = NULL; /* (named before it goes; the undo says why when there is none) */
        if (xxgk_request_last_event(db, a.pos[1], &last))
            last = NULL;
        rc = xxgk_request_event_undo(db, a.pos[1]);
        if (!rc && last)
            printf(TR("申请 %s：已撤销%s\n", "request %s: %s taken back\n"), a.pos[1], last);
        else if (!rc)
            printf(TR("申请 %s：最后一个事项已撤销\n", "request %s: last event taken back\n"),
                   a.pos[1]);
        free(last);
    } else if (strcmp(sub, "delete") == 0) {
        char *kept = NULL; /* (said as the register keeps it) */
        xxgk_db_find_id(db, "request", a.pos[1], &kept);
        rc = xxgk_request_delete(db, a.pos[1], args_get(&a, "reason", NULL));
        if (!rc)
            printf(TR("申请 %s 已删除；xxgk db audit 保留它原来的样子\n",
                      "request %s deleted; 'xxgk db audit' keeps it as it was\n"),
                   kept ? kept : a.pos[1]);
        free(kept);
    } else if (strcmp(sub, "show") == 0) {
        rc = xxgk_request_show(db, a.pos[1], args_get(&a, "today", NULL), &text);
    } else if (strcmp(sub, "import") == 0) {
        size_t len = 0, added = 0;
        /* (the import tells an Excel workbook and the text encodings itself; --encoding forces
         * one on a CSV) */
        const char *enc = args_get(&a, "encoding", NULL);
        char *csv = enc ? read_text(a.pos[1], enc) : read_all(a.pos[1], &len);
        len = csv && enc ? strlen(csv) : len;
        if (!csv) {
            xxgk_db_close(db);
            return EXIT_TROUBLE;
        }
        char *twins_before = NULL, *twins = NULL;
        xxgk_request_twins(db, &twins_before);
        char *notes = NULL;
        rc = xxgk_request_import(db, csv, len, a.pos[1], &added, &notes);
        free(csv);
        /* (a workbook's sheets passed over: said, so that none is lost unseen) */
        for (char *line = notes, *end; line && (end = strchr(line, '\n')) != NULL;
             line = end + 1)
            fprintf(stderr,
                    TR("xxgk request import：注意：%.*s\n", "xxgk request import: note: %.*s\n"),
                    (int)(end - line), line);
        free(notes);
        /* (the same application twice, in the ledger or beside one already registered: the
         * pairs the import made are said) */
        if (!rc && twins_before && xxgk_request_twins(db, &twins) == 0 && twins)
            for (char *line = twins, *end; (end = strchr(line, '\n')) != NULL; line = end + 1) {
                char *tab = memchr(line, '\t', (size_t)(end - line));
                int known = 0; /* (a pair there before: a whole line of the list before) */
                for (const char *q = twins_before; tab && !known && *q;) {
                    const char *qe = strchr(q, '\n');
                    size_t ql = qe ? (size_t)(qe - q) : strlen(q);
                    known = ql == (size_t)(end - line) && memcmp(q, line, ql) == 0;
                    q += ql + (qe != NULL);
                }
                if (tab && !known)
                    fprintf(stderr,
                            TR("xxgk request import：注意：申请 %.*s 与 %.*s 的申请人、收到日期"
                               "和申请内容相同（重复录入？可用 request delete 删除其一）\n",
                               "xxgk request import: note: requests %.*s and %.*s have the same "
                               "applicant, date of receipt and description (entered twice? "
                               "request delete removes one)\n"),
                            (int)(tab - line), line, (int)(end - tab - 1), tab + 1);
            }
        free(twins_before);
        free(twins);
        if (!rc && xxgk_lang_get() == XXGK_LANG_EN) /* (a plural the Chinese has not) */
            printf("imported %zu request%s from %s\n", added, added == 1 ? "" : "s", a.pos[1]);
        else if (!rc)
            printf("已从 %s 导入 %zu 件申请\n", a.pos[1], added);
    } else if (strcmp(sub, "list") == 0) {
        int year = 0;
        const char *y = args_get(&a, "year", NULL);
        const char *format = args_get(&a, "format", "text");
        if (y && parse_int(y, XXGK_DATE_MIN_YEAR, XXGK_DATE_MAX_YEAR, &year) < 0) {
            fprintf(stderr,
                    TR("xxgk request list：--year 需要 %d 至 %d 之间的年份\n",
                       "xxgk request list: --year needs a year from %d to %d\n"),
                    XXGK_DATE_MIN_YEAR, XXGK_DATE_MAX_YEAR);
            usage = 1;
        } else if (strcmp(format, "csv") == 0 || strcmp(format, "text") == 0) {
            const char *path, *today = args_get(&a, "today", NULL);
            if (register_output(&a, "request list", &path) < 0) {
                usage = 1;
            } else {
                rc = strcmp(format, "csv") == 0 ? xxgk_request_export(db, year, today, &text)
                                                : xxgk_request_list(db, year, -1, today, &text);
                if (!rc && path) { /* -o FILE: there, not on the terminal */
                    xbuf doc;
                    xbuf_init(&doc, 0);
                    xbuf_puts(&doc, text);
                    said = (rc = write_document(path, &doc, "request list")) < 0;
                    xbuf_free(&doc);
                    free(text);
                    text = NULL;
                }
            }
        } else if (strcmp(format, "xlsx") == 0 || strcmp(format, "sqlite") == 0) {
            /* the same table as a workbook or a database, for Excel, WPS and SQL */
            const char *path;
            if (register_output(&a, "request list", &path) < 0 ||
                binary_to_terminal(format, path, "request list")) {
                usage = 1;
            } else if ((rc = (strcmp(format, "xlsx") == 0 ? xxgk_request_table
                                                           : xxgk_request_export)(
                            db, year, args_get(&a, "today", NULL), &text)) == 0) {
                xbuf doc;
                xbuf_init(&doc, 0);
                rc = xxgk_write_finish(format, text, strlen(text), sink_buf, &doc);
                if (!rc)
                    said = (rc = write_document(path, &doc, "request list")) < 0;
                xbuf_free(&doc);
            }
            free(text);
            text = NULL;
        } else {
            fprintf(stderr,
                    TR("xxgk request list：--format 只能是 text、csv、xlsx 或 sqlite，不是“%s”\n",
                       "xxgk request list: --format is text, csv, xlsx or sqlite, not '%s'\n"),
                    format);
            usage = 1;
        }
    } else {
        int within = 7;
        const char *w = args_get(&a, "within", NULL);
        if (w && parse_int(w, 0, 3660, &within) < 0) {
            fprintf(stderr, TR("xxgk request due：--within 需要 0 至 3660 的天数\n",
                               "xxgk request due: --within needs a number of days, 0 to 3660\n"));
            usage = 1;
        } else {
            rc = xxgk_request_list(db, 0, within, args_get(&a, "today", NULL), &text);
        }
    }
    /* after a change, where the request now stands (its due date above all) */
    int changed = strcmp(sub, "add") == 0 || strcmp(sub, "event") == 0 ||
                  strcmp(sub, "set") == 0 || strcmp(sub, "undo") == 0;
    if (changed && rc >= 0 && !usage)
        xxgk_request_status(db, a.pos[1], &text);
    if (text)
        fputs(text, stdout);
    free(text);
    if (changes && rc >= 0 && !usage) {
        char cmd[32];
        snprintf(cmd, sizeof cmd, "request %s", sub);
        say_reports_stale(db, stale, nstale, cmd);
    }
    xxgk_db_close(db);
    if (rc < 0 && !said) /* (write_document says what it could not write) */
        fprintf(stderr, TR("xxgk request %s：%s\n", "xxgk request %s: %s\n"), sub,
                xxgk_error_last());
    return rc < 0 || usage ? EXIT_TROUBLE : EXIT_CLEAN;
}
