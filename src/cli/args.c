/* The command line's option parser (see args.h). */
#include "cli/args.h"

#include <stdio.h>
#include <string.h>

#include "util/encoding.h"
#include "util/lang.h"

int args_help(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return 1;
    return 0;
}

/* The spec that word s names, or NULL; s is "--name" or "-x". */
static const char *option_named(const char *const *allowed, const char *s)
{
    int dashes = s[1] == '-' ? 2 : 1;
    const char *w = s + dashes;
    for (const char *const *p = allowed; *p; p++) {
        const char *bar = strchr(*p, '|');
        size_t l = bar ? (size_t)(bar - *p) : strlen(*p);
        l -= l && (*p)[l - 1] == '!'; /* (a flag: see args_parse) */
        int long_ok = strlen(w) == l && strncmp(w, *p, l) == 0;
        int short_ok = dashes == 1 && strlen(w) == 1 &&
                       ((bar && strcmp(bar + 1, w) == 0) || (l == 1 && **p == *w));
        if ((dashes == 2 && long_ok) || short_ok)
            return *p;
    }
    return NULL;
}

/* Whether s is an option: "-x..." (1) and "--name" (2) are; "-", "-3" and "-.txt" are not (0). */
static int option_word(const char *s)
{
    if (s[0] != '-')
        return 0;
    if ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z'))
        return 1;
    return s[1] == '-' && s[2] != '\0' ? 2 : 0;
}

/* Whether s names one of the options allowed (--db, --db=x.db, -o, -ox), as a value never
 * does. */
static int names_option(const char *const *allowed, const char *s)
{
    int dashes = option_word(s);
    if (!dashes)
        return 0;
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(s, "="), s);
    if (dashes == 1)
        name[2 < sizeof name ? 2 : 0] = '\0';
    return option_named(allowed, name) != NULL;
}

/* Move argv[i] (and its value) in front of the positional arguments gathered so far, which
 * start at argv[*first]: the positional ones keep their order. */
static void hoist(char **argv, int *first, int i, int n)
{
    for (int k = 0; k < n; k++) {
        char *x = argv[i + k];
        memmove(argv + *first + 1, argv + *first, (size_t)(i + k - *first) * sizeof *argv);
        argv[(*first)++] = x;
    }
}

int args_parse(args *a, int argc, char **argv, int from, const char *const *allowed,
               const char *cmd)
{
    memset(a, 0, sizeof *a);
    int first = from; /* where the positional arguments seen so far start */
    for (int i = from; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--") == 0) {
            hoist(argv, &first, i, 1);
            break; /* the rest are positional, in place */
        }
        int dash1 = option_word(s) == 1, dash2 = option_word(s) == 2;
        /* the value may come attached: --jobs=2, -fjson, -oout.csv, -j2 (-j takes a number:
         * -json is no -j) */
        char name[64];
        const char *attached = NULL;
        snprintf(name, sizeof name, "%s", s);
        if (dash2 && strchr(s, '=')) {
            attached = strchr(s, '=') + 1;
            name[attached - 1 - s < (int)sizeof name ? attached - 1 - s : 0] = '\0';
        } else if (dash1 && s[2] != '\0') {
            char x[3] = {'-', s[1], '\0'};
            const char *short_spec = option_named(allowed, x);
            if (short_spec && (strncmp(short_spec, "jobs|", 5) != 0 ||
                               (s[2] >= '0' && s[2] <= '9'))) {
                attached = s + 2;
                name[2] = '\0';
            }
        }
        const char *spec = dash1 || dash2 ? option_named(allowed, name) : NULL;
        if (!spec && (dash1 || dash2)) {
            fprintf(stderr,
                    TR("xxgk %s：未知选项 %s（用法见 xxgk %s --help）\n",
                       "xxgk %s: unknown option %s (see 'xxgk %s --help')\n"),
                    cmd, s, cmd);
            return -1;
        }
        if (!spec)
            continue; /* positional: stays where it is */
        size_t speclen = strcspn(spec, "|");
        int flag = speclen && spec[speclen - 1] == '!';
        if (flag && attached) {
            fprintf(stderr, TR("xxgk %s：%s 不带值\n", "xxgk %s: %s takes no value\n"), cmd, name);
            return -1;
        }
        /* (a value left out: the next word is one of the command's options, which would
         * otherwise be taken for it and its own value then blamed as a stray argument) */
        if (!flag && !attached && (i + 1 >= argc || names_option(allowed, argv[i + 1]))) {
            fprintf(stderr, TR("xxgk %s：%s 需要一个值\n", "xxgk %s: %s needs a value\n"), cmd, s);
            return -1;
        }
        if (a->nopts == ARGS_MAX) {
            fprintf(stderr, TR("xxgk %s：选项太多\n", "xxgk %s: too many options\n"), cmd);
            return -1;
        }
        for (int k = 0; k < a->nopts; k++)
            if (a->names[k] == spec) { /* which one was meant? */
                fprintf(stderr, TR("xxgk %s：%s 给了两次\n", "xxgk %s: %s given twice\n"), cmd, name);
                return -1;
            }
        a->names[a->nopts] = spec;
        a->values[a->nopts++] = flag ? "1" : attached ? attached : argv[i + 1];
        hoist(argv, &first, i, flag || attached ? 1 : 2);
        i += flag || attached ? 0 : 1;
    }
    a->pos = argv + first;
    a->npos = argc - first;
    /* an encoding iconv does not know is a mistake in the command, said once, not per file */
    const char *enc = args_get(a, "encoding", NULL);
    if (enc && !enc_known(enc)) {
        fprintf(stderr,
                TR("xxgk %s：未知的编码“%s”（可用 UTF-8、GB18030、GBK、UTF-16 等）\n",
                   "xxgk %s: unknown encoding '%s' (UTF-8, GB18030, GBK, UTF-16 ...)\n"),
                cmd, enc);
        return -1;
    }
    return 0;
}

const char *args_get(const args *a, const char *name, const char *def)
{
    size_t n = strlen(name);
    for (int i = a->nopts - 1; i >= 0; i--)
        if (strncmp(a->names[i], name, n) == 0 &&
            (a->names[i][n] == '\0' || a->names[i][n] == '|' || a->names[i][n] == '!'))
            return a->values[i];
    return def;
}

int args_command(args *a, int argc, char **argv, const char *const *allowed, const char *cmd,
                 const char *usage, const char *sub, int npos)
{
    if (args_help(argc, argv)) {
        fputs(usage, stdout);
        return 1;
    }
    if (args_parse(a, argc, argv, 1, allowed, cmd) < 0)
        return -1;
    if (a->npos != npos || (sub && strcmp(a->pos[0], sub) != 0)) {
        args_say_wrong(a, cmd, sub, npos);
        return -1;
    }
    return 0;
}

const char *args_subcommand(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return i + 1 < argc ? argv[i + 1] : "";
        if (!option_word(argv[i]))
            return argv[i];
        i += !strchr(argv[i], '='); /* (its value) */
    }
    return "";
}

void args_say_wrong(const args *a, const char *cmd, const char *sub, int want)
{
    if (sub && a->npos > 0 && strcmp(a->pos[0], sub) != 0)
        fprintf(stderr, TR("xxgk %s：未知的子命令“%s”\n", "xxgk %s: unknown subcommand '%s'\n"),
                cmd, a->pos[0]);
    else if (a->npos > want)
        fprintf(stderr,
                TR("xxgk %s%s%s：多余的参数“%s”\n", "xxgk %s%s%s: unexpected argument '%s'\n"),
                cmd, sub ? " " : "", sub ? sub : "", a->pos[want]);
    else { /* (counted after the subcommand) */
        int need = want - (sub != NULL), got = a->npos - (sub != NULL && a->npos > 0);
        if (xxgk_lang_get() == XXGK_LANG_EN) /* (a plural the Chinese has not) */
            fprintf(stderr, "xxgk %s%s%s: %d argument%s wanted, %d given\n", cmd,
                    sub ? " " : "", sub ? sub : "", need, need == 1 ? "" : "s", got);
        else
            fprintf(stderr, "xxgk %s%s%s：应有 %d 个参数，实际 %d 个\n", cmd, sub ? " " : "",
                    sub ? sub : "", need, got);
    }
    /* (where to read more, not the whole help after one word out of place) */
    fprintf(stderr, TR("用法见 xxgk %s --help\n", "see 'xxgk %s --help'\n"), cmd);
}
