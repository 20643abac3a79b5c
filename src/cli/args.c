/* A small option parser for the register's commands (see args.h). */
#include "cli/args.h"

#include <stdio.h>
#include <string.h>

int args_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return 1;
    return 0;
}

int args_parse(args *a, int argc, char **argv, int from, const char *const *allowed,
               const char *cmd)
{
    memset(a, 0, sizeof *a);
    for (int i = from; i < argc; i++) {
        const char *s = argv[i];
        int short_o = strcmp(s, "-o") == 0; /* -o FILE, the usual spelling of --o */
        if (!short_o && (strncmp(s, "--", 2) != 0 || s[2] == '\0')) {
            if (a->npos == ARGS_MAX)
                goto too_many;
            a->pos[a->npos++] = s;
            continue;
        }
        const char *name = short_o ? "o" : s + 2;
        int ok = 0;
        for (const char *const *p = allowed; *p; p++)
            ok |= strcmp(*p, name) == 0;
        if (!ok) {
            fprintf(stderr, "xxgk %s: unknown option %s (see 'xxgk %s --help')\n", cmd, s, cmd);
            return -1;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "xxgk %s: %s needs a value\n", cmd, s);
            return -1;
        }
        if (a->nopts == ARGS_MAX)
            goto too_many;
        a->names[a->nopts] = name;
        a->values[a->nopts++] = argv[++i];
    }
    return 0;
too_many:
    fprintf(stderr, "xxgk %s: too many arguments\n", cmd);
    return -1;
}

const char *args_get(const args *a, const char *name, const char *def)
{
    for (int i = a->nopts - 1; i >= 0; i--)
        if (strcmp(a->names[i], name) == 0)
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
        fputs(usage, stderr);
        return -1;
    }
    return 0;
}
