/* A small option parser for the register's commands: "--name value" options (and "-o FILE" for
 * option "o"), in any order among positional arguments. */
#ifndef XXGK_CLI_ARGS_H
#define XXGK_CLI_ARGS_H

#define ARGS_MAX 32

typedef struct {
    const char *names[ARGS_MAX]; /* option names without "--" */
    const char *values[ARGS_MAX];
    int nopts;
    const char *pos[ARGS_MAX]; /* positional arguments */
    int npos;
} args;

/* Parse argv[from..argc); `allowed` is a NULL-terminated list of option names.  Prints the
 * problem and returns -1 on an unknown option, a missing value or too many arguments. */
int args_parse(args *a, int argc, char **argv, int from, const char *const *allowed,
               const char *cmd);
/* The option's value, or def. */
const char *args_get(const args *a, const char *name, const char *def);
/* The start every register command shares: --help prints usage and returns 1; an unknown
 * option, or positional arguments other than npos of them starting with sub (when sub is not
 * NULL), print the problem or usage to stderr and return -1; 0 when a is ready. */
int args_command(args *a, int argc, char **argv, const char *const *allowed, const char *cmd,
                 const char *usage, const char *sub, int npos);
/* Whether --help was given. */
int args_help(int argc, char **argv);

#endif
