/* Error codes and the per-thread message of the last failure. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

/* A message that fits is kept in last_error; a longer one (an import's list of bad rows) in
 * memory of its own, the thread's value of long_key, freed when the next long one replaces it
 * or the thread ends (a worker of -j N): not by a short one set after it (a check a call makes
 * and passes over), so that a caller holding it still holds it.  long_active: whether it is
 * the last message. */
static _Thread_local char last_error[ERR_MAX];
static _Thread_local int long_active;
static pthread_key_t long_key;
static pthread_once_t long_once = PTHREAD_ONCE_INIT;
static int long_ok; /* whether long_key was made */

static void long_make(void)
{
    long_ok = pthread_key_create(&long_key, free) == 0;
}

static xxgk_lang lang = XXGK_LANG_ZH;

void xxgk_lang_set(xxgk_lang l)
{
    lang = l == XXGK_LANG_EN ? XXGK_LANG_EN : XXGK_LANG_ZH;
}

xxgk_lang xxgk_lang_get(void)
{
    return lang;
}

const char *xxgk_strerror(int code)
{
    switch (code) {
    case XXGK_OK: return TR("没有错误", "no error");
    case XXGK_ENOMEM: return TR("内存不足", "out of memory");
    case XXGK_EIO: return TR("读写出错", "input/output error");
    case XXGK_EENCODING: return TR("编码未知或无效", "unknown or invalid text encoding");
    case XXGK_EBINARY: return TR("二进制数据，不是文本", "binary data, not text");
    case XXGK_ELIMIT: return TR("超出限制", "input exceeds a limit");
    case XXGK_EINVAL: return TR("参数无效", "invalid argument");
    case XXGK_EEMPTY: return TR("没有文字", "no text");
    case XXGK_ENOTFOUND: return TR("未找到", "not found");
    case XXGK_ECANCELED: return TR("已中断", "cancelled");
    default: return TR("未知错误", "unknown error");
    }
}

const char *xxgk_error_last(void)
{
    pthread_once(&long_once, long_make);
    const char *l = long_ok && long_active ? pthread_getspecific(long_key) : NULL;
    return l ? l : last_error;
}

/* Cut s, longer than cap - 1 bytes, to fit cap with its NUL: at a character, marked "……". */
static void cut_marked(char *s, size_t cap)
{
    static const char mark[] = "……";
    size_t at = u8_floor(s, cap - sizeof mark);
    memcpy(s + at, mark, sizeof mark);
}

int err_set(int code, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    /* (formatted apart first: the arguments may quote the message being replaced) */
    char fit[ERR_MAX];
    int n = vsnprintf(fit, sizeof fit, fmt, ap);
    va_end(ap);
    pthread_once(&long_once, long_make);
    char *whole = NULL;
    if (n >= (int)sizeof fit) { /* whole, up to ERR_LONG_MAX */
        size_t cap = (size_t)n < ERR_LONG_MAX ? (size_t)n + 1 : ERR_LONG_MAX;
        if (long_ok && (whole = malloc(cap)) != NULL &&
            vsnprintf(whole, cap, fmt, again) >= (int)cap)
            cut_marked(whole, cap);
    }
    va_end(again);
    if (n < 0)
        fit[0] = '\0';
    char *before = whole ? pthread_getspecific(long_key) : NULL;
    if (whole && pthread_setspecific(long_key, whole) == 0) {
        free(before);
    } else if (whole) { /* (a slot for it refused: as with no memory for it) */
        free(whole);
        whole = NULL;
    }
    long_active = whole != NULL;
    if (!whole) {
        if (n >= (int)sizeof fit) /* (no memory for the whole: cut) */
            cut_marked(fit, sizeof fit);
        memcpy(last_error, fit, strlen(fit) + 1);
    }
    return code;
}
