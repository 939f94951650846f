/* per_file.c: compiled per-file-ignores and per-file-target-version lists, matched as Ruff's
 * CompiledPerFileList: a pattern matches the file name, or (made absolute) the full path. */
#include <stdlib.h>
#include <string.h>

#include "config/resolve_internal.h"
#include "io/path.h"

bool per_file_compile(Config *c, const CfgPerFiles *lists, int nlists, bool versions, const SelectionOptions *so,
                      struct PerFileIgnoreList *out, char *err, size_t errlen)
{
    (void)c;
    memset(out, 0, sizeof *out);
    for (int k = 0; k < nlists; k++) {
        for (uint32_t i = 0; i < lists[k].n; i++) {
            const CfgPerFile *pf = &lists[k].v[i];
            PerFileEntry e = {0};
            e.negated = pf->negated;
            e.version = pf->version;
            char gerr[200];
            if (!glob_compile(pf->pattern, false, &e.basename, gerr, sizeof gerr) ||
                !glob_compile(pf->absolute, false, &e.absolute, gerr, sizeof gerr)) {
                glob_free(&e.basename);
                snprintf(err, errlen, "invalid glob %s: %s", pf->pattern, gerr);
                per_file_free(out);
                return false;
            }
            if (!versions) {
                for (uint32_t j = 0; j < pf->codes.n; j++) {
                    Selector s;
                    bool skip;
                    if (!selection_parse(&pf->codes.v[j], so, &s, &skip, err, errlen)) {
                        if (skip)
                            continue;
                        glob_free(&e.basename);
                        glob_free(&e.absolute);
                        per_file_free(out);
                        return false;
                    }
                    ruleset_union(&e.rules, &s.rules);
                }
            }
            if (!vec_push(out, e)) {
                glob_free(&e.basename);
                glob_free(&e.absolute);
                per_file_free(out);
                snprintf(err, errlen, "out of memory");
                return false;
            }
        }
    }
    return true;
}

void per_file_free(struct PerFileIgnoreList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        glob_free(&l->data[i].basename);
        glob_free(&l->data[i].absolute);
    }
    vec_free(l);
}

/* Does entry e apply to the file (taking `!` into account)? */
static bool applies(const PerFileEntry *e, const char *abspath, const char *name)
{
    bool hit = glob_match(&e->basename, name) || glob_match(&e->absolute, abspath);
    return e->negated ? !hit : hit;
}

void per_file_match(const struct PerFileIgnoreList *l, const char *abspath, RuleSet *ignored)
{
    memset(ignored, 0, sizeof *ignored);
    const char *name = path_basename(abspath);
    for (uint32_t i = 0; i < l->len; i++)
        if (applies(&l->data[i], abspath, name))
            ruleset_union(ignored, &l->data[i].rules);
}

bool per_file_version(const struct PerFileIgnoreList *l, const char *abspath, PyVersion *version)
{
    const char *name = path_basename(abspath);
    for (uint32_t i = 0; i < l->len; i++)
        if (applies(&l->data[i], abspath, name)) {
            *version = l->data[i].version;
            return true;
        }
    return false;
}
