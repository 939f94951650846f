/* checks_ops.c: PRJ024-PRJ028, logging, committed secrets, dependency updates, pickles, ownership. */
#include "audit/audit.h"

#include <fnmatch.h>
#include <string.h>
#include <strings.h>

#include "audit/pyscan.h"
#include "util/str.h"

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ024[] =
    "What: logs are structured (structlog or python-json-logger in the dependencies, or a\n"
    "      logging.Formatter subclass or logging.config.dictConfig in the package), and the\n"
    "      package has no print( calls (T201).\n"
    "Why:  log aggregators index fields, not prose; print() bypasses levels, handlers and\n"
    "      redaction, and is lost when stdout is not a terminal.\n"
    "Fix:  configure structlog (or a JSON formatter) once at start-up and use\n"
    "      `log = logging.getLogger(__name__)` everywhere instead of print().\n"
    "Note: print( is found on snipe's tokens, so comments and strings never match (as T201).\n";

void check_PRJ024(const Project *p, AuditResult *r)
{
    if (!p->package_dir) {
        res_skip(r, "no package found");
        return;
    }
    bool structured = project_depends_on(p, "structlog", false) || project_depends_on(p, "python-json-logger", false);
    size_t plen = strlen(p->package_dir);
    for (uint32_t i = 0; i < p->files.len; i++) {
        const char *f = p->files.paths[i];
        if (strncmp(f, p->package_dir, plen) != 0 || f[plen] != '/' || !ends_with(f, ".py"))
            continue;
        size_t len;
        const char *src = project_read(p, f, &len);
        if (!src)
            continue;
        uint32_t line = py_find_call(src, len, "print");
        if (line) {
            res_failf(p, r, f, line, "%s:%u calls print(): log through the logging module instead", f, line);
            return;
        }
        if (!structured)
            structured = py_find_subclass(src, len, "Formatter") || py_find_name(src, len, "dictConfig");
    }
    if (structured)
        res_pass(r);
    else
        res_failf(p, r, p->pyproject.file, 0, "logging is not structured: add structlog (or python-json-logger) or "
                  "configure a JSON formatter with logging.config.dictConfig");
}

/* ---------------------------------------------------------------------------------------- */
/* .gitignore patterns, enough for "is this path ignored": plain, /anchored, dir/, negation. */

static bool ignored_by(const Project *p, const char *text, const char *path)
{
    if (!text)
        return false;
    bool ignored = false;
    const char *l = text;
    while (*l) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        char *pat = arena_strndup(p->arena, l, n);
        l = e ? e + 1 : l + n;
        if (!pat)
            break;
        size_t k = strlen(pat);
        while (k && (pat[k - 1] == ' ' || pat[k - 1] == '\r'))
            pat[--k] = 0;
        if (!k || pat[0] == '#')
            continue;
        bool neg = pat[0] == '!';
        if (neg)
            pat++;
        bool dir = k > 1 && pat[strlen(pat) - 1] == '/';
        if (dir)
            pat[strlen(pat) - 1] = 0;
        bool anchored = pat[0] == '/' || strchr(pat, '/') != NULL;
        if (pat[0] == '/')
            pat++;
        bool hit = false;
        if (anchored) {
            hit = fnmatch(pat, path, FNM_PATHNAME) == 0;
            /* a directory pattern also ignores what is inside */
            size_t pl = strlen(pat);
            hit |= strncmp(path, pat, pl) == 0 && path[pl] == '/';
        } else {
            /* match any component of the path */
            const char *c = path;
            while (c && !hit) {
                const char *slash = strchr(c, '/');
                char *comp = arena_strndup(p->arena, c, slash ? (size_t)(slash - c) : strlen(c));
                hit = comp && fnmatch(pat, comp, 0) == 0 && (!dir || slash);
                c = slash ? slash + 1 : NULL;
            }
        }
        if (hit)
            ignored = !neg;
    }
    return ignored;
}

const char doc_PRJ025[] =
    "What: the git index holds no .env files (.env.example and similar templates are fine),\n"
    "      no *.pem, *.key or id_rsa* files; and .gitignore lists .env.\n"
    "Why:  a secret pushed once is in every clone and fork forever; rotating it is the only fix.\n"
    "Fix:  git rm --cached .env && echo .env >> .gitignore, then rotate what the file held.\n";

static bool secret_name(const char *b)
{
    if (strncmp(b, ".env", 4) == 0 && (b[4] == 0 || b[4] == '.')) {
        static const char *const OK[] = {".example", ".sample", ".template", ".dist", ".defaults"};
        for (size_t i = 0; i < sizeof OK / sizeof *OK; i++)
            if (ends_with(b, OK[i]))
                return false;
        return true;
    }
    return ends_with(b, ".pem") || ends_with(b, ".key") || strncmp(b, "id_rsa", 6) == 0 ||
           strncmp(b, "id_ed25519", 10) == 0 || strncmp(b, "id_ecdsa", 8) == 0 || strncmp(b, "id_dsa", 6) == 0;
}

void check_PRJ025(const Project *p, AuditResult *r)
{
    const char *gi = project_read(p, ".gitignore", NULL);
    for (uint32_t i = 0; i < p->files.len; i++) {
        const char *f = p->files.paths[i];
        if (!secret_name(base_name(f)) || !p->files.tracked[i])
            continue;   /* untracked files are not blamed */
        if (!p->files.from_git && ignored_by(p, gi, f))
            continue;   /* without git, trust .gitignore to keep it out of the index */
        res_failf(p, r, f, 0, "%s is %s: remove it (git rm --cached %s), rotate what it held, and ignore it",
                  f, p->files.from_git ? "committed" : "in the tree and not ignored", f);
        return;
    }
    if (!ignored_by(p, gi, ".env")) {
        res_fail(r, ".gitignore", 0, ".env is not in .gitignore: add a line `.env`");
        return;
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ026[] =
    "What: .github/dependabot.yml has an `updates` entry for the pip or uv ecosystem, or a\n"
    "      Renovate configuration (renovate.json, .renovaterc...) manages Python dependencies.\n"
    "Why:  locks pin versions; without automated updates they pin known vulnerabilities too.\n"
    "Fix:  version: 2\n"
    "      updates:\n"
    "        - package-ecosystem: \"uv\"\n"
    "          directory: \"/\"\n"
    "          schedule: {interval: \"weekly\"}\n";

void check_PRJ026(const Project *p, AuditResult *r)
{
    static const char *const DEPENDABOT[] = {".github/dependabot.yml", ".github/dependabot.yaml"};
    for (int i = 0; i < 2; i++) {
        size_t len;
        const char *text = project_read(p, DEPENDABOT[i], &len);
        if (!text)
            continue;
        YamlError err = {0};
        const YamlNode *root = yaml_tree_parse(p->arena, text, len, &err);
        if (!root) {
            res_failf(p, r, DEPENDABOT[i], err.line, "%s:%u:%u: not valid YAML: %s", DEPENDABOT[i], err.line, err.col,
                      err.message);
            return;
        }
        const YamlNode *updates = yaml_get(root, "updates");
        for (uint32_t k = 0; updates && updates->kind == YAML_NODE_SEQ && k < updates->len; k++) {
            const char *eco = yaml_str(yaml_get(updates->items[k], "package-ecosystem"));
            if (eco && (strcmp(eco, "pip") == 0 || strcmp(eco, "uv") == 0)) {
                res_pass(r);
                return;
            }
        }
        res_failf(p, r, DEPENDABOT[i], updates ? updates->line : 1, "%s has no entry for Python: add "
                  "`- package-ecosystem: \"uv\"` (or \"pip\") under updates", DEPENDABOT[i]);
        return;
    }
    static const char *const RENOVATE[] = {"renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json",
                                           ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json"};
    for (size_t i = 0; i < sizeof RENOVATE / sizeof *RENOVATE; i++) {
        const char *text = project_read(p, RENOVATE[i], NULL);
        if (!text)
            continue;
        if (strstr(text, "enabledManagers") && !strstr(text, "pep621") && !strstr(text, "pip") &&
            !strstr(text, "poetry") && !strstr(text, "uv")) {
            res_failf(p, r, RENOVATE[i], 0, "%s limits enabledManagers and none is for Python: add \"pep621\"",
                      RENOVATE[i]);
            return;
        }
        res_pass(r);
        return;
    }
    res_fail(r, NULL, 0, "dependency updates are not automated: add .github/dependabot.yml with a "
             "package-ecosystem \"uv\" (or \"pip\") entry, or a renovate.json");
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ027[] =
    "What: no tracked or COPY'd *.pkl, *.pickle or *.joblib file lacks a checksum file beside\n"
    "      it (<file>.sha256 or a SHA256SUMS in the same folder).\n"
    "Why:  unpickling runs arbitrary code: a swapped model file is remote code execution. A\n"
    "      checksum verified before loading pins the artifact you reviewed.\n"
    "Fix:  sha256sum model.pkl > model.pkl.sha256, verify it before loading (or use a safe\n"
    "      format such as safetensors, ONNX or JSON).\n";

static bool pickle_name(const char *f)
{
    return ends_with(f, ".pkl") || ends_with(f, ".pickle") || ends_with(f, ".joblib");
}

static bool has_checksum(const Project *p, const char *f)
{
    static const char *const SUFFIX[] = {".sha256", ".sha512", ".sha256sum", ".sha512sum"};
    for (size_t i = 0; i < sizeof SUFFIX / sizeof *SUFFIX; i++) {
        const char *c = arena_printf(p->arena, "%s%s", f, SUFFIX[i]);
        if (c && project_exists(p, c))
            return true;
    }
    const char *slash = strrchr(f, '/');
    const char *dir = slash ? arena_strndup(p->arena, f, (size_t)(slash - f + 1)) : "";
    static const char *const SUMS[] = {"SHA256SUMS", "SHA512SUMS", "sha256sums.txt", "checksums.txt"};
    for (size_t i = 0; dir && i < sizeof SUMS / sizeof *SUMS; i++) {
        const char *c = arena_printf(p->arena, "%s%s", dir, SUMS[i]);
        const char *text = c ? project_read(p, c, NULL) : NULL;
        if (text && strstr(text, base_name(f)))
            return true;
    }
    return false;
}

void check_PRJ027(const Project *p, AuditResult *r)
{
    for (uint32_t i = 0; i < p->files.len; i++) {
        const char *f = p->files.paths[i];
        if (pickle_name(f) && p->files.tracked[i] && !has_checksum(p, f)) {
            res_failf(p, r, f, 0, "%s is a pickle with no checksum beside it: add %s.sha256 and verify it before "
                      "loading, or switch to a format that cannot run code", f, f);
            return;
        }
    }
    const Dockerfile *df = p->docker;
    for (uint32_t i = 0; df && i < df->ninstr; i++) {
        const DockerInstr *in = &df->instr[i];
        if ((strcmp(in->keyword, "COPY") != 0 && strcmp(in->keyword, "ADD") != 0) || docker_flag(in, "from"))
            continue;
        for (uint32_t a = 0; a + 1 < in->argc; a++) {
            const char *s = in->argv[a];
            if (strncmp(s, "./", 2) == 0)
                s += 2;
            if (pickle_name(s) && !strchr(s, '*') && !has_checksum(p, s)) {
                res_failf(p, r, p->dockerfile_path, in->line, "%s:%u copies the pickle %s with no checksum beside it",
                          p->dockerfile_path, in->line, s);
                return;
            }
        }
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ028[] =
    "What: a CODEOWNERS file (root, .github/, docs/ or .gitlab/) and a runbook (RUNBOOK* at the\n"
    "      root or docs/runbook*) or decision records (docs/adr/ or docs/decisions/).\n"
    "Why:  when production breaks at night, someone must own the code and someone must know\n"
    "      the steps; decision records tell the next maintainer why it is the way it is.\n"
    "Fix:  echo '* @team' > .github/CODEOWNERS, and write docs/runbook.md.\n";

void check_PRJ028(const Project *p, AuditResult *r)
{
    static const char *const OWNERS[] = {"CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"};
    bool owners = false;
    for (size_t i = 0; i < sizeof OWNERS / sizeof *OWNERS; i++)
        owners |= project_exists(p, OWNERS[i]);
    bool runbook = project_is_dir(p, "docs/adr") || project_is_dir(p, "docs/decisions");
    for (uint32_t i = 0; !runbook && i < p->files.len; i++) {
        const char *f = p->files.paths[i];
        runbook = (!strchr(f, '/') && strncasecmp(f, "RUNBOOK", 7) == 0) ||
                  (strncmp(f, "docs/", 5) == 0 && strncasecmp(f + 5, "runbook", 7) == 0);
    }
    if (!owners)
        res_fail(r, NULL, 0, "no CODEOWNERS: add .github/CODEOWNERS naming who reviews what");
    else if (!runbook)
        res_fail(r, NULL, 0, "no runbook or decision records: add docs/runbook.md (or docs/adr/)");
    else
        res_pass(r);
}
