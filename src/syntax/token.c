/* token.c: names of token kinds and keywords, expanded from tokens.def and keywords.def. */
#include "syntax/token.h"

#include <stddef.h>

static const char *const kind_names[] = {
#define TOK(id, name, text) name,
#include "syntax/tokens.def"
#undef TOK
};

static const char *const op_texts[] = {
#define TOK(id, name, text) text,
#include "syntax/tokens.def"
#undef TOK
};

static const char *const kw_texts[] = {
    "",
#define KW(id, text) text,
#include "syntax/keywords.def"
#undef KW
};

const char *token_kind_name(TokKind k) { return (unsigned)k < TK__COUNT ? kind_names[k] : "?"; }
const char *token_op_text(TokKind k) { return (unsigned)k < TK__COUNT ? op_texts[k] : NULL; }
const char *keyword_text(KwId k) { return (unsigned)k < KW__COUNT ? kw_texts[k] : ""; }
