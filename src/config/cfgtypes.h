/* cfgtypes.h: values read from configuration that remember where they were written (for
 * messages naming FILE:LINE:COL), and the sink warnings go to. */
#ifndef SNIPE_CFGTYPES_H
#define SNIPE_CFGTYPES_H

#include <stdbool.h>
#include <stdint.h>

/* A string from a configuration file or the command line. */
typedef struct CfgStr {
    const char *s;
    const char *file;     /* the configuration file; NULL: the command line */
    const char *key;      /* the option it was given for: "lint.select", "--select" */
    uint32_t line, col;   /* 1-based; 0 when unknown */
} CfgStr;

/* An integer option (`set` false when the file does not name it). */
typedef struct CfgInt {
    bool set;
    int64_t v;
} CfgInt;

/* A list option: `set` is false when the option was not given at all (not the same as []). */
typedef struct CfgStrs {
    bool set;
    CfgStr *v;
    uint32_t n;
} CfgStrs;

/* Where warnings go; the sink prints each distinct message once. */
typedef struct Warner {
    void (*fn)(void *ud, const char *message);
    void *ud;
} Warner;

void warnf(const Warner *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "FILE:LINE:COL: " for a value from a file, "" for the command line, into buf. */
const char *cfg_where(const CfgStr *s, char *buf, unsigned long len);

#endif
