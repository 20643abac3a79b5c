/* What the command-line tool's commands share. */
#ifndef XXGK_CLI_H
#define XXGK_CLI_H

#include <stddef.h>

#include "util/buf.h"
#include "util/lang.h"
#include "xxgk/xxgk.h"

/* Exit codes of every command. */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef struct {
    char **paths;    /* what each input is called: a path, or ARCHIVE/MEMBER */
    char **archives; /* the zip archive an input is in, or NULL for a file of its own */
    size_t *entries; /* its entry in the archive (xxgk_archive_name) */
    size_t n, cap;
} file_list;

/* Expand files, directories (recursively, report-like files only, sorted), zip archives (their
 * report-like entries, sorted) and "-" into a list.  A path that does not exist, an archive
 * that cannot be opened, or a folder or an archive named that holds no reports, is an input
 * read in its turn, which fails then; -1 when out of memory or a folder cannot be walked. */
int files_collect(file_list *l, char **args, int nargs);
/* Read input i of the list as a report (see xxgk_report_read_file, xxgk_archive_read). */
int files_read(xxgk_report **out, const file_list *l, size_t i, const xxgk_read_options *ro);
/* Why files_read failed for input i: xxgk_error_last(), or that a folder or archive named holds
 * no reports (in a buffer of the calling thread's, good until its next call). */
const char *files_error(const file_list *l, size_t i);
void files_free(file_list *l);
/* What the first input that is the file at path (or is in it, an archive) is called in l, or
 * NULL when none is. */
const char *files_find(const file_list *l, const char *path);

/* Process input number i of l (read it with files_read) into out, with messages for the user
 * into err (both shown in input order); return an exit code (0, 1, 2).  What the job leaves in
 * *kept (NULL when it sets nothing) is handed to the runner's file_done, in input order. */
typedef int (*file_job)(void *ctx, const file_list *l, size_t i, xbuf *out, xbuf *err,
                        void **kept);
/* Take what the job of input i kept, on the runner's own thread and in input order (a total
 * adds its reports so, the same whatever the threads), with messages for the user into err;
 * return an exit code.  done owns kept (a job keeps nothing when the runner has no done);
 * at most 8 x jobs inputs' kept results wait for it at a time. */
typedef int (*file_done)(void *ctx, size_t i, void *kept, xbuf *err);

/* Run job over every file with `jobs` threads, writing each output in input order to stdout,
 * or appending it to gather when that is not NULL, handing what each job kept to done (when
 * not NULL), and showing progress on stderr when it is a terminal.  Returns the highest exit
 * code; *nread counts the files whose job did not fail (returned less than 2): with none, an
 * -o FILE keeps what it held. */
int files_run(const file_list *l, int jobs, file_job job, file_done done, void *ctx,
              xbuf *gather, size_t *nread);

/* The output of a batch in a format: its header goes out at once, or, for a writer that gathers
 * (xlsx, sqlite), is kept with everything after it (gather is then not NULL) until
 * output_finish makes the document. */
typedef struct {
    const char *format;
    int gathers;
    xbuf kept;
    xbuf *gather; /* &kept, or NULL when the output goes straight to stdout */
} batch_output;

/* findings: the header of findings (check), not of reports (parse). */
void output_start(batch_output *out, const char *format, int findings);
/* Write the gathered document, if any; prints a failure naming cmd and returns -1. */
int output_finish(batch_output *out, const char *cmd);

/* An output file that replaces path only once it is whole.  partial_name creates the file to
 * write instead, beside path (path.partial-XXXXXX, with the permissions of the file it replaces,
 * or the usual ones; a link's target is replaced, the link kept), into partial; for a device
 * or a pipe it leaves partial empty: write to path itself.  0, or -1 with errno.
 * partial_commit puts the written file in place when ok (the name partial was made from),
 * else removes it (path keeps what it held); 0, or -1 with errno when ok and it could not be
 * put in place. */
int partial_name(const char *path, char *partial, size_t cap);
int partial_commit(char *partial, int ok);
/* A whole document to path that way (to stdout when path is NULL); 0, or -1 with errno. */
int write_whole(const char *path, const char *data, size_t len);
/* write_whole of a document made in doc, saying why not on stderr as command cmd ("report");
 * 0, or XXGK_EIO. */
int write_document(const char *path, const xbuf *doc, const char *cmd);

/* s with full-width figures, minus and point (２０２４, －, ．), as a Chinese input method types
 * them, as ASCII, into out (cap bytes); -1 when it does not fit. */
int ascii_figures(const char *s, char *out, size_t cap);
/* Parse "-j N" / "--jobs N" values etc. */
int parse_int(const char *s, int lo, int hi, int *out);

/* A sink for the library's writers that appends to an xbuf. */
int sink_buf(void *ctx, const char *data, size_t len);
/* A sink writing to a FILE *. */
int sink_file(void *ctx, const char *data, size_t len);

/* The whole of a file ("-" for stdin), NUL-terminated; prints the error and returns NULL. */
char *read_all(const char *path, size_t *len);

/* The whole of a text file in any encoding the reader knows (or in `encoding`, from --encoding,
 * when not NULL), as UTF-8; prints the error and returns NULL. */
char *read_text(const char *path, const char *encoding);
/* Whether a binary format (xlsx, sqlite, docx) would go to a terminal for want of -o: 1 with
 * the message printed, else 0. */
int binary_to_terminal(const char *format, const char *output, const char *cmd);
/* Print "xxgk CMD: unknown --format NAME (one of ...)" on stderr, naming the formats that
 * render reports (reports) or findings (!reports); returns -2 (bad usage). */
int unknown_format(const char *cmd, const char *name, int reports);
/* Whether an -o path may not be written: empty, or an existing register (of any name) or one
 * of its side files, which no output may replace.  1 with the message printed, else 0. */
int output_refused(const char *path, const char *cmd);
/* The -o path of a command on the register (NULL: standard output) in *path; -1, with the
 * message printed, when it is refused (output_refused). */
int register_output(const void *parsed_args, const char *cmd, const char **path);

/* How a path is named in output: "<stdin>" for "-", a name in GB18030 as its characters
 * (then in a buffer of the thread's that lasts through the next call). */
const char *display_name(const char *path);

/* Open the register named by --db (default xxgk.db) as --user, creating it when `create`;
 * prints the error. */
int db_open(xxgk_db **db, const void *parsed_args, int create);
/* The years whose written report the register's figures no longer match, into out
 * (STALE_MAX); their number (0 when it cannot tell). */
enum { STALE_MAX = 16 };
int reports_stale(xxgk_db *db, xxgk_report_stale *out);
/* After a change by `cmd`: each year whose written report it put out of date (not already so,
 * in before), said on stderr with what to do. */
void say_reports_stale(xxgk_db *db, const xxgk_report_stale *before, int nbefore,
                       const char *cmd);

int cmd_parse(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_sum(int argc, char **argv);
int cmd_text(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_request(int argc, char **argv);
int cmd_figure(int argc, char **argv);
int cmd_case(int argc, char **argv);
int cmd_calendar(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_letter(int argc, char **argv);
int cmd_fee(int argc, char **argv);

#endif
