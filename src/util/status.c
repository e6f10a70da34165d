/* status.c: the names of wt_status values and the library version. */
#include "wiretrace.h"

const char *wt_strerror(wt_status st)
{
    switch (st) {
    case WT_OK: return "success";
    case WT_ERR_NOMEM: return "out of memory";
    case WT_ERR_ARG: return "invalid argument";
    case WT_ERR_IO: return "input/output error";
    case WT_ERR_NOTFOUND: return "no such file or directory";
    case WT_ERR_FORMAT: return "malformed input";
    case WT_ERR_EMPTY: return "empty input";
    case WT_ERR_BINARY: return "binary input, not text";
    case WT_ERR_TRUNCATED: return "truncated compressed input";
    case WT_ERR_LIMIT: return "size limit exceeded";
    case WT_ERR_INTERNAL: return "internal error";
    }
    return "unknown status";
}

const char *wt_version(void)
{
    return WT_VERSION;
}
