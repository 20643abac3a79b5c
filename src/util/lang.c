/* The system's error messages in the language set: glibc's own translations need locales a
 * server seldom has, so the common ones are given here. */
#include "util/lang.h"

#include <errno.h>
#include <string.h>

const char *lang_strerror(int e)
{
    static const struct {
        int e;
        const char *zh;
    } zh[] = {
        {ENOENT, "文件或目录不存在"},
        {EACCES, "没有权限"},
        {EPERM, "不允许此操作"},
        {EISDIR, "这是一个目录"},
        {ENOTDIR, "路径中有一项不是目录"},
        {ENOSPC, "磁盘空间不足"},
        {EROFS, "只读文件系统"},
        {EEXIST, "文件已存在"},
        {EMFILE, "打开的文件过多"},
        {ENAMETOOLONG, "文件名过长"},
        {EIO, "读写出错"},
        {EFBIG, "文件过大"},
        {ENOMEM, "内存不足"},
        {ELOOP, "符号链接层数过多"},
        {EBUSY, "设备或资源忙"},
        {EDQUOT, "超出磁盘配额"},
    };
    if (xxgk_lang_get() != XXGK_LANG_EN)
        for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++)
            if (zh[i].e == e)
                return zh[i].zh;
    return strerror(e);
}
