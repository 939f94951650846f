/* checks_docker.c: PRJ021-PRJ023, multi-stage build, non-root runtime, Dockerfile hygiene. */
#include "audit/audit.h"

#include <ctype.h>
#include <string.h>

/* Skip without a Dockerfile, fail on a malformed one; true when the check is decided. */
static bool docker_gate(const Project *p, AuditResult *r)
{
    if (!p->dockerfile_path) {
        res_skip(r, "no Dockerfile");
        return true;
    }
    if (p->docker_err.message) {
        res_failf(p, r, p->docker_err.file, p->docker_err.line, "%s:%u: %s", p->docker_err.file,
                  p->docker_err.line, p->docker_err.message);
        return true;
    }
    return false;
}

static const DockerStage *final_stage(const Dockerfile *df)
{
    return &df->stages[df->nstages - 1];
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ021[] =
    "What: the Dockerfile has two or more FROM stages and copies the result with COPY --from.\n"
    "Why:  compilers, build tools and caches stay in the build stage; the runtime image is\n"
    "      smaller, faster to pull and has less to attack.\n"
    "Fix:  FROM python:3.11-slim AS build\n"
    "      RUN ... build the venv ...\n"
    "      FROM python:3.11-slim\n"
    "      COPY --from=build /app/.venv /app/.venv\n";

void check_PRJ021(const Project *p, AuditResult *r)
{
    if (docker_gate(p, r))
        return;
    const Dockerfile *df = p->docker;
    if (df->nstages < 2) {
        res_failf(p, r, p->dockerfile_path, df->ninstr ? df->instr[0].line : 1, "%s has a single stage: build in a "
                  "first stage and COPY --from it into a slim runtime stage", p->dockerfile_path);
        return;
    }
    for (uint32_t i = 0; i < df->ninstr; i++)
        if (strcmp(df->instr[i].keyword, "COPY") == 0 && docker_flag(&df->instr[i], "from")) {
            res_pass(r);
            return;
        }
    res_failf(p, r, p->dockerfile_path, final_stage(df)->first < df->ninstr ? df->instr[final_stage(df)->first].line : 1,
              "no COPY --from: the final stage should copy the built artifacts from the build stage");
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ022[] =
    "What: the final stage sets a USER that is not root (nor 0); a missing USER fails.\n"
    "Why:  a process running as root inside the container is root on the host's kernel: one\n"
    "      escape away from owning the machine.\n"
    "Fix:  RUN useradd --create-home app\n"
    "      USER app\n";

static bool is_root_user(const char *u)
{
    size_t n = strcspn(u, ":");
    return (n == 4 && strncmp(u, "root", 4) == 0) || (n == 1 && u[0] == '0');
}

void check_PRJ022(const Project *p, AuditResult *r)
{
    if (docker_gate(p, r))
        return;
    const Dockerfile *df = p->docker;
    const DockerStage *st = final_stage(df);
    const DockerInstr *user = NULL;
    for (uint32_t i = st->first; i < st->first + st->count; i++)
        if (strcmp(df->instr[i].keyword, "USER") == 0)
            user = &df->instr[i];
    if (!user) {
        res_failf(p, r, p->dockerfile_path, df->instr[st->first].line, "the final stage runs as root: add "
                  "`USER <non-root user>` after installing");
        return;
    }
    if (user->argc == 0 || is_root_user(user->argv[0])) {
        res_failf(p, r, p->dockerfile_path, user->line, "%s:%u: USER %s is root: switch to a non-root user",
                  p->dockerfile_path, user->line, user->args);
        return;
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ023[] =
    "What: pip runs with --no-cache-dir (or a cache mount / PIP_NO_CACHE_DIR); CMD and\n"
    "      ENTRYPOINT use the exec form; dependency files are copied and installed before the\n"
    "      source; a python:X.Y base image matches the requires-python floor.\n"
    "Why:  pip's cache bloats every layer; the shell form runs the app under /bin/sh, which does\n"
    "      not forward SIGTERM; copying the source first invalidates the dependency layer on\n"
    "      every change; a different Python in the image is an untested one.\n"
    "Fix:  COPY pyproject.toml uv.lock ./\n"
    "      RUN uv sync --frozen --no-install-project\n"
    "      COPY . .\n"
    "      CMD [\"python\", \"-m\", \"mypkg\"]\n";

static bool is_install(const char *t)
{
    return cmd_matches(t, "pip install") || cmd_matches(t, "uv sync") || cmd_matches(t, "poetry install") ||
           cmd_matches(t, "pdm install") || cmd_matches(t, "pdm sync") || cmd_matches(t, "pipenv install");
}

/* Does a COPY/ADD bring in the whole source (".", "src", the package)? */
static bool copies_source(const Project *p, const DockerInstr *in)
{
    if ((strcmp(in->keyword, "COPY") != 0 && strcmp(in->keyword, "ADD") != 0) || docker_flag(in, "from") ||
        in->argc < 2)
        return false;
    for (uint32_t a = 0; a + 1 < in->argc; a++) {
        const char *s = in->argv[a];
        if (strncmp(s, "./", 2) == 0 && s[2])
            s += 2;
        size_t n = strlen(s);
        while (n > 1 && s[n - 1] == '/')
            n--;
        if ((n == 1 && (s[0] == '.' || s[0] == '*')) || (n == 2 && memcmp(s, "./", 2) == 0) ||
            (n == 3 && memcmp(s, "src", 3) == 0) ||
            (p->package_dir && strlen(p->package_dir) == n && memcmp(s, p->package_dir, n) == 0))
            return true;
    }
    return false;
}

static bool stage_env(const Dockerfile *df, const DockerStage *st, const char *name)
{
    for (uint32_t i = 0; i < df->ninstr && i < st->first + st->count; i++)
        if ((strcmp(df->instr[i].keyword, "ENV") == 0 || strcmp(df->instr[i].keyword, "ARG") == 0) &&
            strstr(df->instr[i].args, name))
            return true;
    return false;
}

void check_PRJ023(const Project *p, AuditResult *r)
{
    if (docker_gate(p, r))
        return;
    const Dockerfile *df = p->docker;
    const char *f = p->dockerfile_path;
    for (uint32_t s = 0; s < df->nstages; s++) {
        const DockerStage *st = &df->stages[s];
        bool env = stage_env(df, st, "PIP_NO_CACHE_DIR");
        int source_at = -1;
        for (uint32_t i = st->first; i < st->first + st->count; i++) {
            const DockerInstr *in = &df->instr[i];
            if (copies_source(p, in) && source_at < 0)
                source_at = (int)i;
            if (strcmp(in->keyword, "RUN") != 0)
                continue;
            const char *t = in->args;
            const char *mount = docker_flag(in, "mount");
            bool cache_mount = mount && strstr(mount, "type=cache");
            if (cmd_matches(t, "pip install") && !cmd_matches(t, "uv pip install") &&
                !cmd_matches(t, "pip install --no-cache-dir") && !cmd_matches(t, "pip --no-cache-dir install") &&
                !env && !cache_mount) {
                res_failf(p, r, f, in->line, "%s:%u: pip install without --no-cache-dir keeps pip's cache in the "
                          "image: add --no-cache-dir", f, in->line);
                return;
            }
            if (is_install(t) && source_at >= 0 && !cmd_matches(t, "pip install --no-deps")) {
                /* an install after the source arrived: fine only if the dependencies were installed before */
                bool before = false;
                for (uint32_t k = st->first; k < (uint32_t)source_at; k++)
                    before |= strcmp(df->instr[k].keyword, "RUN") == 0 && is_install(df->instr[k].args);
                if (!before) {
                    res_failf(p, r, f, df->instr[source_at].line, "%s:%u copies the source before the dependencies "
                              "are installed: COPY the dependency files (pyproject.toml, the lock) and install them "
                              "first, then COPY the source", f, df->instr[source_at].line);
                    return;
                }
            }
        }
    }
    const DockerStage *last = final_stage(df);
    for (uint32_t i = last->first; i < last->first + last->count; i++) {
        const DockerInstr *in = &df->instr[i];
        if ((strcmp(in->keyword, "CMD") == 0 || strcmp(in->keyword, "ENTRYPOINT") == 0) && !in->exec_form) {
            res_failf(p, r, f, in->line, "%s:%u: %s in shell form runs under /bin/sh, which does not pass on "
                      "signals: use the exec form, %s [\"...\", \"...\"]", f, in->line, in->keyword, in->keyword);
            return;
        }
    }
    if (p->has_requires_python)
        for (uint32_t s = 0; s < df->nstages; s++) {
            const char *img = df->stages[s].image;
            const char *tag = NULL;
            if (strncmp(img, "python:", 7) == 0)
                tag = img + 7;
            else if (strncmp(img, "docker.io/library/python:", 25) == 0)
                tag = img + 25;
            else if (strncmp(img, "library/python:", 15) == 0)
                tag = img + 15;
            if (!tag || !isdigit((unsigned char)*tag))
                continue;
            size_t n = strlen(p->py_floor_text);
            if (strncmp(tag, p->py_floor_text, n) != 0 || isdigit((unsigned char)tag[n]) ||
                !strchr(".-@", tag[n] ? tag[n] : '-')) {
                const DockerInstr *from = &df->instr[df->stages[s].first];
                res_failf(p, r, f, from->line, "%s:%u: base image %s is not Python %s, the requires-python floor: "
                          "use python:%s-slim", f, from->line, img, p->py_floor_text, p->py_floor_text);
                return;
            }
        }
    res_pass(r);
}
