/* The command line's one option parser: "--name value" options, and "-x value" for those given a
 * one-letter name, anywhere among the positional arguments; "--" ends the options. */
#ifndef XXGK_CLI_ARGS_H
#define XXGK_CLI_ARGS_H

#define ARGS_MAX 32

typedef struct {
    const char *names[ARGS_MAX]; /* the specs of the options given (see args_parse) */
    const char *values[ARGS_MAX];
    int nopts;
    char **pos; /* positional arguments, in order: the end of argv (see args_parse) */
    int npos;
} args;

/* The subcommand: the first word of argv[1..argc) that is neither an option nor an option's
 * value (every option before it taking one, as the register's do), or "" for none. */
const char *args_subcommand(int argc, char **argv);
/* Parse argv[from..argc).  `allowed` is a NULL-terminated list of option specs: "name", or
 * "name|x" to accept "-x" too (a one-letter name is accepted as "-x" as well).  Every option
 * takes a value but a flag, "name!" (--replace), whose value args_get gives as "1".
 * argv[from..argc) is reordered so that the positional arguments come last, in their order (a
 * shell glob may give thousands: they are not copied).  A dash and a letter
 * start an option ("-json" is an unknown one); "-", "-3" are positional.  Prints the problem and
 * returns -1 on an unknown option, a missing value or more than ARGS_MAX options. */
int args_parse(args *a, int argc, char **argv, int from, const char *const *allowed,
               const char *cmd);
/* The option's value, or def. */
const char *args_get(const args *a, const char *name, const char *def);
/* The start every register command shares: --help prints usage and returns 1; an unknown
 * option, or positional arguments other than npos of them starting with sub (when sub is not
 * NULL), print the problem or usage to stderr and return -1; 0 when a is ready. */
int args_command(args *a, int argc, char **argv, const char *const *allowed, const char *cmd,
                 const char *usage, const char *sub, int npos);
/* Say on stderr what is wrong with the positional arguments a->pos[0..npos) of `cmd`, where
 * `want` were wanted (counted with the subcommand, the first of them, when sub is not NULL):
 * an unknown subcommand (sub is not a->pos[0]), the first word too many, or how many are
 * missing.  A blank line follows, for the usage the caller prints. */
void args_say_wrong(const args *a, const char *cmd, const char *sub, int want);
/* Whether --help (or -h) was given before any "--". */
int args_help(int argc, char **argv);

#endif
