/* fix_file.c: the fix loop of one file of a run and the safe write-back of its result. */
#include "fix_file.h"

#include <stdlib.h>
#include <string.h>

bool fix_file(const LintJob *job, FileResult *r, Arena *scratch, const struct stat *st, const char *raw,
              uint32_t rawlen)
{
    const FixRequest *req = job->fix;
    if (!fix_apply_loop_in(&r->arena, scratch, &r->src, job->settings, req->required, &r->diags, &r->fix))
        return false;
    if (req->mode != FIX_MODE_APPLY || !r->fix.changed || strcmp(job->path, "-") == 0)
        return true;

    size_t bom = r->fix.has_bom ? 3 : 0;
    char *content = malloc(bom + r->fix.len + 1);
    if (!content)
        return false;
    memcpy(content, "\xEF\xBB\xBF", bom);
    memcpy(content + bom, r->fix.text, r->fix.len);
    FileStamp stamp;
    file_stamp_init(&stamp, st, raw, rawlen);
    int err = 0;
    WriteStatus ws = write_file_safe(job->path, &stamp, content, bom + r->fix.len, req->hooks, &err);
    free(content);
    if (ws == WRITE_OK)
        return true;

    char msg[512];
    r->fix.write_error = arena_strdup(&r->arena, write_status_message(ws, err, msg, sizeof msg));
    memset(&r->fix.fixed, 0, sizeof r->fix.fixed);
    r->fix.changed = false;
    r->diags.len = 0;
    if (ruleset_has(&job->settings->enabled, RULE_E902)) {
        Diagnostic d = {.rule = RULE_E902, .message = r->fix.write_error ? r->fix.write_error : "Failed to write fixes"};
        if (!vec_push(&r->diags, d))
            return false;
    }
    return true;
}
