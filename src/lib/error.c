/* Error codes and the per-thread message of the last failure. */
#include <stdarg.h>
#include <stdio.h>

#include "lib/error.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

static _Thread_local char last_error[ERR_MAX];
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
    return last_error;
}

int err_set(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof last_error) /* cut before the last character, which may be split */
        last_error[u8_floor(last_error, sizeof last_error - 2)] = '\0';
    return code;
}
