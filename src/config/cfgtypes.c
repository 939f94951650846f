/* cfgtypes.c: formatting warnings and value positions. */
#include "cfgtypes.h"

#include <stdarg.h>
#include <stdio.h>

void warnf(const Warner *w, const char *fmt, ...)
{
    if (!w || !w->fn)
        return;
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    w->fn(w->ud, msg);
}

const char *cfg_where(const CfgStr *s, char *buf, unsigned long len)
{
    if (!s->file)
        buf[0] = 0;
    else if (s->line)
        snprintf(buf, len, "%s:%u:%u: ", s->file, s->line, s->col);
    else
        snprintf(buf, len, "%s: ", s->file);
    return buf;
}
