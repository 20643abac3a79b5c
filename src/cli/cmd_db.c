/* xxgk db: create the register, settings, backup, integrity check, audit trail. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/cli.h"

/* Ctrl-C, a kill, or the terminal closed (SIGHUP: an SSH session dropped) during a backup: it
 * stops and removes its unfinished copy, which holds the applicants' details (again and again,
 * if pressed again while it does). */
static void stop_backup(int sig)
{
    (void)sig;
    xxgk_db_backup_cancel();
}

static int backup(xxgk_db *db, const char *dest)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction on = {0}, old[3];
    on.sa_handler = stop_backup;
    on.sa_flags = 0;
    sigemptyset(&on.sa_mask);
    for (int i = 0; i < 3; i++)
        sigaction(sigs[i], &on, &old[i]);
    int rc = xxgk_db_backup(db, dest);
    for (int i = 0; i < 3; i++)
        sigaction(sigs[i], &old[i], NULL);
    return rc;
}

static const char *const help_zh =
    "用法：xxgk db init [--agency NAME] [--agency-kind department|government]\n"
    "      xxgk db set agency|agency_kind|payment VALUE\n"
    "      xxgk db backup FILE\n"
    "      xxgk db check\n"
    "      xxgk db audit\n"
    "通用选项：--db PATH（默认 xxgk.db），--user NAME（记入审计记录的操作人）\n\n"
    "登记簿是一个 SQLite 文件。init 创建登记簿（附 2019-2026 年的节假日表），xxgk 的\n"
    "其他命令都要求登记簿已经存在；backup 可在使用中复制登记簿；check 检查其完整性\n"
    "（发现问题时退出状态为 1）；set payment 设定收费通知书中的缴费方式（收款单位、开户\n"
    "银行和账号）；\n"
    "audit 列出历来的每一项修改（何人、何时、原值 -> 新值），任何命令都不能改动这些\n"
    "记录。\n",
                  *const help_en =
    "usage: xxgk db init [--agency NAME] [--agency-kind department|government]\n"
    "       xxgk db set agency|agency_kind|payment VALUE\n"
    "       xxgk db backup FILE\n"
    "       xxgk db check\n"
    "       xxgk db audit\n"
    "options for all: --db PATH (default xxgk.db), --user NAME (for the audit trail)\n\n"
    "The register is one SQLite file.  init creates it (with the 2019-2026 holiday\n"
    "table), and every other command of xxgk needs it to exist; backup copies it while\n"
    "in use; check verifies its integrity (exit status 1 when it finds a problem); set\n"
    "payment gives the fee notice's 缴费方式 (payee, bank and account); audit\n"
    "prints every change ever made (who, when, old -> new), which no command can alter.\n";

static void help(FILE *out) { fputs(TR(help_zh, help_en), out); }

/* A township's government (or a 街道办事处) set as a people's government: its report is due by
 * 31 January all the same (Art. 49's 31 March is for county level and above), which xxgk check
 * of its file will hold it to; said where the setting is made. */
static void township_note(xxgk_db *db)
{
    char *name = NULL, *kind = NULL;
    if (xxgk_db_get(db, "agency", &name) == 0 && xxgk_db_get(db, "agency_kind", &kind) == 0 &&
        kind && strcmp(kind, "government") == 0 && xxgk_agency_township(name))
        printf(TR("注意：%s是乡镇人民政府或街道办事处，年度报告应在1月31日前公布（第四十九条的"
                  "3月31日适用于县级以上人民政府）；设为 government，xxgk report 将按3月31日判断，"
                  "而 xxgk check 按1月31日；如无另行规定，请 xxgk db set agency_kind department\n",
                  "note: %s is a township's government or a 街道办事处, whose report is due by 31 "
                  "January (Art. 49's 31 March is for governments at county level and above); "
                  "set as government, xxgk report judges by 31 March and xxgk check by 31 "
                  "January: unless rules say otherwise, xxgk db set agency_kind department\n"),
               name);
    free(name);
    free(kind);
}

int cmd_db(int argc, char **argv)
{
    static const char *const opts[] = {"db", "user", "agency", "agency-kind", NULL};
    if (args_help(argc, argv)) {
        help(stdout);
        return EXIT_CLEAN;
    }
    args a;
    if (args_parse(&a, argc, argv, 1, opts, "db") < 0)
        return EXIT_TROUBLE;
    if (a.npos < 1) {
        fprintf(stderr, TR("xxgk db：缺少子命令\n\n", "xxgk db: a subcommand is wanted\n\n"));
        help(stderr);
        return EXIT_TROUBLE;
    }
    const char *sub = a.pos[0];
    /* Known and well formed before the file is touched: a typo must not create a register. */
    static const char *const subs[] = {"init", "set", "backup", "check", "audit"};
    static const int npos[] = {1, 3, 2, 1, 1};
    size_t k = 0;
    while (k < 5 && strcmp(sub, subs[k]) != 0)
        k++;
    if (k == 5 || a.npos != npos[k]) {
        args_say_wrong(&a, "db", k == 5 ? "" : sub, k == 5 ? 1 : npos[k]);
        return EXIT_TROUBLE;
    }
    const char *path = args_get(&a, "db", "xxgk.db");
    if (strcmp(sub, "init") == 0) { /* a refused init touches no file (another's, perhaps) */
        static const char *const keys[] = {"agency", "agency-kind"};
        for (int i = 0; i < 2; i++) {
            const char *v = args_get(&a, keys[i], NULL);
            if (v && xxgk_db_setting_check(i ? "agency_kind" : "agency", v) < 0) {
                fprintf(stderr, TR("xxgk db init：%s\n", "xxgk db init: %s\n"),
                        xxgk_error_last());
                return EXIT_TROUBLE;
            }
        }
    }
    struct stat st;
    int existed = stat(path, &st) == 0 && st.st_size > 0;
    xxgk_db *db;
    if (db_open(&db, &a, k == 0) < 0)
        return EXIT_TROUBLE;
    int rc = 0, said = 0;
    char *text = NULL;
    if (strcmp(sub, "init") == 0) {
        const char *agency = args_get(&a, "agency", NULL);
        const char *kind = args_get(&a, "agency-kind", NULL);
        /* init on an existing register changes nothing behind the user's back: a rename is
         * `db set`, said and audited as such; a setting not made yet is made. */
        const char *keys[] = {"agency", "agency_kind"}, *wanted[] = {agency, kind};
        /* (both were checked before the register was opened: a refused init changes
         * nothing) */
        char *now[2] = {NULL, NULL};
        for (int i = 0; i < 2 && !rc; i++)
            if (wanted[i] && (rc = xxgk_db_get(db, keys[i], &now[i])) == 0 && now[i] &&
                strcmp(now[i], wanted[i]) != 0) {
                fprintf(stderr,
                        TR("xxgk db init：%s 已是登记簿，%s 为“%s”；要修改，请用 "
                           "xxgk db set %s '%s'\n",
                           "xxgk db init: %s is already a register, with %s '%s': to change it, "
                           "xxgk db set %s '%s'\n"),
                        path, keys[i], now[i], keys[i], wanted[i]);
                rc = XXGK_EINVAL;
                said = 1;
            }
        int made[2] = {0, 0};
        for (int i = 0; i < 2 && !rc; i++)
            if (wanted[i] && !now[i])
                made[i] = (rc = xxgk_db_set(db, keys[i], wanted[i])) == 0;
        free(now[0]);
        free(now[1]);
        if (!rc) {
            printf(TR("登记簿 %s %s（结构版本 %d）\n", "register %s %s (schema %d)\n"), path,
                   existed ? TR("已存在", "already there") : TR("已就绪", "ready"),
                   xxgk_db_schema_version(db));
            for (int i = 0; i < 2 && existed; i++) /* what an init on it still set */
                if (made[i])
                    printf(TR("%s 已设为“%s”（原先未设置）\n", "%s set to '%s' (it had none)\n"),
                           keys[i], wanted[i]);
            /* (the report needs the agency's name: said now, not when it is due) */
            char *name = NULL;
            if (xxgk_db_get(db, "agency", &name) == 0 && !name)
                printf(TR("提示：尚未设置机关名称，撰写年度报告前请设置：xxgk db set agency 名称\n",
                          "note: no agency name yet; the report needs one: xxgk db set agency "
                          "NAME\n"));
            free(name);
            township_note(db);
        }
    } else if (strcmp(sub, "set") == 0) {
        rc = xxgk_db_set(db, a.pos[1], a.pos[2]);
        if (rc >= 0)
            printf(rc ? TR("%s 未改变（原来就是“%s”）\n", "%s unchanged (it already was '%s')\n")
                      : TR("%s 已设为“%s”\n", "%s set to '%s'\n"),
                   a.pos[1], a.pos[2]);
        if (rc >= 0)
            township_note(db);
        rc = rc > 0 ? 0 : rc; /* (1 from db check alone is findings) */
    } else if (strcmp(sub, "backup") == 0) {
        rc = backup(db, a.pos[1]);
        if (!rc)
            printf(TR("已备份到 %s\n", "backed up to %s\n"), a.pos[1]);
    } else if (strcmp(sub, "check") == 0) {
        rc = xxgk_db_check(db, &text);
        if (rc >= 0)
            fputs(text, stdout);
    } else {
        rc = xxgk_db_audit(db, &text);
        if (!rc)
            fputs(text, stdout);
    }
    free(text);
    xxgk_db_close(db);
    if (rc < 0) {
        if (!said)
            fprintf(stderr, TR("xxgk db %s：%s\n", "xxgk db %s: %s\n"), sub, xxgk_error_last());
        return EXIT_TROUBLE;
    }
    return rc ? EXIT_FINDINGS : EXIT_CLEAN;
}
